"""Knowledge-base names found in English text: one Aho-Corasick automaton over every
English alias, built once per knowledge base and run over lowercased text.

Case rules: an alias written with capitals matches only text that has capitals where it
has them at word starts, so the common words "us", "leaf" or "bro" never match the names
"US", "Leaf" or "Bro"; short all-capital aliases ("UN", "US") must match exactly.
"""

from __future__ import annotations

import functools
import re
import threading
import weakref

from ..kb.base import KnowledgeBase
from ..model import Mention

_LEADING_THE = re.compile(r"^the\s+", re.I)
_lock = threading.Lock()
_cache: "weakref.WeakKeyDictionary[KnowledgeBase, object]" = weakref.WeakKeyDictionary()


def lower_keep_length(s: str) -> str:
    """Lowercase character by character, keeping offsets ("İ" lowercases to two chars)."""
    low = s.lower()
    if len(low) == len(s):  # no character grew, so every offset still lines up
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


def automaton(kb: KnowledgeBase):
    """The compiled matcher for `kb` (cached for the life of the knowledge base)."""
    with _lock:
        auto = _cache.get(kb)
        if auto is None:
            auto = _build(kb)
            _cache[kb] = auto
        return auto


def _build(kb: KnowledgeBase):
    import ahocorasick

    entries: dict[str, list[tuple[str, str, str]]] = {}
    for alias, aid in kb.aliases("en"):
        a = _LEADING_THE.sub("", alias.strip())
        if len(a) < 2:
            continue
        actor = kb.get(aid)
        entries.setdefault(lower_keep_length(a), []).append((a, aid, actor.type if actor else "ORG"))
    auto = ahocorasick.Automaton()
    for key, vals in entries.items():
        auto.add_word(key, (key, tuple(vals)))
    if len(auto):
        auto.make_automaton()
    return auto


def case_ok(alias: str, found: str) -> bool:
    """Does the text form `found` carry the alias's capitals?"""
    if alias == found:
        return True
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 4:
        return alias.replace(".", "") == found.replace(".", "")  # "US" vs "us"/"Us"
    # Every capitalised word start of the alias must be capitalised in the text too
    # (writers lowercase "al-"/"de" particles freely, so only word starts of the alias count).
    for i, c in enumerate(alias):
        if c.isupper() and (i == 0 or not alias[i - 1].isalnum()) and not found[i].isupper():
            return False
    return True


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "-" and _particle_before().search(text, max(0, start - 8), start):
        return False  # "Houthi" inside the surname "al-Houthi"
    return not (before.isalnum() or after.isalnum())


@functools.lru_cache(maxsize=1)
def _particle_before() -> re.Pattern:
    """A name particle and hyphen just before a position (`en/name_particles.txt`)."""
    from .lexicon import name_particles

    alts = "|".join(re.escape(p) for p in name_particles())
    return re.compile(r"(?<![\w-])(?:" + alts + r")-$")


def find_kb_mentions(text: str, kb: KnowledgeBase) -> list[Mention]:
    """Leftmost-longest, non-overlapping KB alias matches in `text`."""
    auto = automaton(kb)
    if not len(auto):
        return []
    low = lower_keep_length(text)
    cands: list[tuple[int, int, str, str]] = []
    for end_idx, (key, vals) in auto.iter(low):
        start, end = end_idx - len(key) + 1, end_idx + 1
        if not _boundary(text, start, end):
            continue
        found = text[start:end]
        ok = [(aid, typ) for alias, aid, typ in vals if case_ok(alias, found)]
        if not ok:
            continue
        # an alias written exactly as found beats one matched by case rules ("SANA" the agency
        # over "Sana" the city)
        exact = [(aid, typ) for alias, aid, typ in vals if alias == found]
        ok = exact or ok
        aids = sorted({aid for aid, _ in ok})
        # an alias shared by several actors links to none of them; the type still holds
        cands.append((start, end, aids[0] if len(aids) == 1 else "", ok[0][1]))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[Mention] = []
    last_end = -1
    for start, end, aid, typ in cands:
        if start < last_end:
            continue
        out.append(Mention(start, end, text[start:end], typ, kb_id=aid or None, source="kb"))
        last_end = end
    return out
