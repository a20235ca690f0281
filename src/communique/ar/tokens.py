"""Arabic words with exact offsets, folded forms and their proclitic analyses.

Matching happens on folded forms (`textnorm.arabic_fold`: hamza seats, ى/ي, ة/ه, diacritics)
of whole tokens, so word boundaries hold by construction and every offset points into the
original text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lexicon import entries, table
from ..textnorm import arabic_fold

# A word: Arabic letters and marks, Latin letters or digits (Arabic-Indic too), with an inner
# hyphen kept ("مينسك-2"). Punctuation, quotes and slashes separate words.
# (The Arabic block also holds punctuation, ، ؛ ؟, so only its letters and marks are listed.)
_WCH = r"[^\W_]|[\u064b-\u065f\u0670\u0640]"
_WORD = re.compile(rf"(?:{_WCH})+(?:-(?:{_WCH})+)*")
# Characters that end a clause: a name never runs across them.
# A comma too: names in a list are separated by commas, and one name never holds one.
CLAUSE_BREAK = re.compile(r"[.!?؟:;؛\n«»\"“”()\[\]،,]")


@dataclass
class Token:
    i: int
    start: int
    end: int
    text: str
    fold: str
    # (characters of proclitic in the original, the bare folded stem) pairs, the unstripped
    # reading first. "وللمجلس" → [(0, "وللمجلس"), (1, "للمجلس"), (3, "المجلس")]
    readings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def stems(self) -> list[str]:
        return [s for _, s in self.readings]


@functools.lru_cache(maxsize=1)
def _clitics() -> tuple[tuple[str, str], ...]:
    rows = []
    for row in table("ar", "clitics.txt"):
        rows.append((arabic_fold(row[0]), row[1] if len(row) > 1 else ""))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def readings(fold: str) -> list[tuple[int, str]]:
    """Every way to strip a proclitic sequence from a folded word, the bare word first.
    A stem keeps at least two letters; "ال" restores the article alef that لل swallowed."""
    out = [(0, fold)]
    for clitic, restore in _clitics():
        if fold.startswith(clitic):
            rest = fold[len(clitic):]
            stem = restore + rest if restore else rest
            # a one-letter clitic leaves three letters at least; ك (as, like) four, since
            # so many words begin with it (كامل is not ك + امل)
            least = 4 if clitic == "ك" else 3 if len(clitic) == 1 else 2
            if len(rest) >= least and all(s != stem for _, s in out):
                out.append((len(clitic), stem))
    # the shortest clitic first: "والإدارة" is و + الإدارة before it is وال + إدارة
    return [out[0], *sorted(out[1:], key=lambda r: r[0])]


def strip_article(fold: str) -> str:
    return fold[2:] if fold.startswith("ال") and len(fold) > 4 else fold


@functools.lru_cache(maxsize=200_000)
def _analyse(word: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """A word's folded form and readings, computed once per process: news vocabulary
    repeats, and folding and clitic analysis are most of tokenizing."""
    f = arabic_fold(word)
    return f, tuple(readings(f))


def tokenize(text: str) -> list[Token]:
    toks = []
    for m in _WORD.finditer(text):
        w = m.group()
        f, rs = _analyse(w)
        toks.append(Token(len(toks), m.start(), m.end(), w, f, list(rs)))
    return toks


def gap_has_break(text: str, a: Token, b: Token) -> bool:
    """True when the text between two tokens ends a clause (a name cannot cross it)."""
    return bool(CLAUSE_BREAK.search(text[a.end:b.start]))


def gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


@functools.lru_cache(maxsize=None)
def folded_set(name: str) -> frozenset[str]:
    """A word-list data file, folded."""
    return frozenset(arabic_fold(e) for e in entries("ar", name))


@functools.lru_cache(maxsize=None)
def folded_phrases(name: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A table data file keyed by its folded first column split into words."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in table("ar", name):
        key = tuple(arabic_fold(row[0]).replace(".", "").split())
        out[key] = row[1:]
    return out
