"""Instruments and conferences found by pattern: numbered resolutions ("Security Council
resolution 2254", "resolutions 2254 and 2118") and named documents and meetings ("the Geneva
Communiqué", "the Idlib agreement", "the Brussels III Conference", "the Astana talks").

The words live in data files: `en/resolution_patterns.txt` and `en/named_heads.txt`.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import entries, table
from ..model import Mention

_MORE_NUMS = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:No\.?\s*)?(\d{3,4})\b")
# Words that begin a sentence or a clause with a capital but are not part of a name.
_NOT_NAME = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
             "our", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "under",
             "new", "last", "next", "first", "second", "final"}
_ROMAN = re.compile(r"^(?:[IVX]+|\d+(?:st|nd|rd|th)?)$")


@functools.lru_cache(maxsize=1)
def _resolution_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p + r"\b", re.I) for p in entries("en", "resolution_patterns.txt"))


@functools.lru_cache(maxsize=1)
def named_heads() -> dict[str, tuple[str, bool]]:
    return {r[0].lower(): (r[1], len(r) > 2 and r[2] == "yes") for r in table("en", "named_heads.txt")}


def resolution_key(num: str) -> str:
    """The KB-facing name of a numbered UN Security Council resolution."""
    return f"Resolution {num}"


def find_resolutions(text: str) -> list[Mention]:
    """Numbered resolutions; a list ("resolutions 2254 and 2118") gives one mention each.
    Mention.title carries the resolution number."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for rx in _resolution_res():
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(Mention(s, e, text[s:e], "INSTRUMENT", source="pattern", title=m.group("num")))
            pos = e
            while True:
                more = _MORE_NUMS.match(text, pos)
                if not more:
                    break
                out.append(Mention(more.start(1), more.end(1), more.group(1), "INSTRUMENT",
                                   source="pattern", title=more.group(1)))
                taken.append((more.start(1), more.end(1)))
                pos = more.end()
    return out


_WORD = re.compile(r"[A-Z][\w'’.-]*|[IVX]+\b|\d+(?:st|nd|rd|th)?\b")


def find_named(text: str, is_place) -> list[Mention]:
    """Named instruments and conferences: one to five capitalised words before a head word
    from `named_heads.txt`. A lowercase head ("agreement", "talks") counts only after a
    single place name (`is_place(word)`), as in "the Idlib agreement"."""
    heads = named_heads()
    out: list[Mention] = []
    for hm in re.finditer(r"\b(\w+)\b", text):
        head = hm.group(1)
        info = heads.get(head.lower())
        if info is None:
            continue
        typ, lower_ok = info
        capital = head[0].isupper()
        if not capital and not lower_ok:
            continue
        # walk back over capitalised words (and Roman numerals / ordinals: "Brussels III")
        words: list[tuple[int, int]] = []
        pos = hm.start()
        while len(words) < 5:
            m = re.search(r"([\w'’.-]+)\s+$", text[max(0, pos - 60):pos])
            if not m:
                break
            ws = pos - (len(m.group(0)))
            w = m.group(1)
            if w.lower() in _NOT_NAME or not (w[0].isupper() or _ROMAN.match(w)):
                break
            words.insert(0, (ws, ws + len(w)))
            pos = ws
        # a numeral/ordinal alone is not a name ("the 5th conference")
        while words and _ROMAN.match(text[words[0][0]:words[0][1]]):
            words.pop(0)
        if not words:
            continue
        first = text[words[0][0]:words[0][1]]
        if not capital:
            if len(words) != 1 or not is_place(first.rstrip("'’s")):
                continue
        elif not any(_anchor(text[a:b], is_place) for a, b in words):
            # a title-case headline ("Political Process") is no name: one word must be a
            # place, an acronym or a numeral ("Brussels III Conference", "UN Summit")
            continue
        s, e = words[0][0], hm.end()
        out.append(Mention(s, e, text[s:e], typ, source="pattern"))
    return out


def _anchor(word: str, is_place) -> bool:
    return bool(_ROMAN.match(word)) or (len(word) >= 2 and word.replace(".", "").isupper()) \
        or is_place(word)
