"""Time expressions that need an anchor: relative words ("yesterday", "أمس", "last week",
"الأسبوع الماضي"), counts back ("three days ago", "قبل يومين") and weekdays ("on Thursday",
"يوم الخميس", "مساء الثلاثاء", "الاثنين الماضي", "next Friday").

`find_relative(text)` finds them without resolving them; `communique.dates.resolve` gives them
values. The words live in data/<lang>/relative_dates.txt, weekdays.txt, date_cues.txt,
numbers.txt and time_units.txt. Arabic is matched on a folded copy of the text (hamza seats,
alef maqsura, ta marbuta, digits) of the same length, so offsets stay those of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import table
from ..textnorm import arabic_fold, fold_chars, has_arabic
from .absolute import cues, modifier

_DIA = "[\u064b-\u0652\u0670\u0640]*"  # diacritics and tatweel may sit between letters
_CLITIC = r"(?:(?<![\w\u064b-\u0652])[وفبل]{1,2}(?=\S))?"


@dataclass(frozen=True)
class RelativeExpr:
    start: int
    end: int
    kind: str  # "relative" (unit+offset from writing time) | "weekday"
    unit: str | None = None  # day | week | month | year
    offset: int | None = None  # None: a vague count ("several days ago")
    weekday: int | None = None  # ISO weekday, Monday 0
    modifier: int | None = None  # weekdays: -1 last, +1 next, 0 this, None bare


def fold(text: str) -> str:
    """`text` with Arabic spelling variants folded, one character for one."""
    return fold_chars(text)


def _phrase_re(phrase: str) -> str:
    """A pattern for one lexicon phrase: Arabic folded, with optional diacritics between
    letters; spaces match any run of spaces."""
    if not has_arabic(phrase):
        return re.escape(phrase).replace(r"\ ", r"\s+")
    out = []
    for c in arabic_fold(phrase):
        out.append(r"\s+" if c == " " else re.escape(c) + _DIA)
    return "".join(out)


def _alt(phrases) -> str:
    return "|".join(_phrase_re(p) for p in sorted(set(phrases), key=len, reverse=True))


def _rows(name: str):
    for lang in ("en", "ar"):
        yield from table(lang, name)


@functools.lru_cache(maxsize=None)
def _relative_table() -> dict[str, tuple[str, int]]:
    return {arabic_fold(r[0]).casefold(): (r[1], int(r[2])) for r in _rows("relative_dates.txt")}


@functools.lru_cache(maxsize=None)
def _weekday_table() -> dict[str, int]:
    return {arabic_fold(r[0]).casefold(): int(r[1]) for r in _rows("weekdays.txt")}


@functools.lru_cache(maxsize=None)
def _numbers() -> dict[str, int | None]:
    return {arabic_fold(r[0]).casefold(): (int(r[1]) if len(r) > 1 and r[1] else None)
            for r in _rows("numbers.txt")}


@functools.lru_cache(maxsize=None)
def _units() -> dict[str, tuple[str, int | None]]:
    return {arabic_fold(r[0]).casefold(): (r[1], int(r[2]) if len(r) > 2 and r[2] else None)
            for r in _rows("time_units.txt")}


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", arabic_fold(s).casefold().strip())


@functools.lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    e = r"(?![\w])"
    rel = _relative_table()
    not_after = cues("not-after")
    rel_re = (_CLITIC + r"(?P<ph>" + _alt(rel) + r")" + e
              + (r"(?!\s+(?:" + _alt(not_after) + r")" + e + ")" if not_after else ""))
    wd = "(?P<wd>" + _alt(_weekday_table()) + ")"
    part = "(?:" + _alt(cues("part-of-day")) + ")"
    before = "(?:" + _alt(cues("before-weekday")) + ")"
    mods = ("(?:(?P<last>" + _alt(cues("last")) + ")|(?P<next>" + _alt(cues("next")) + ")|(?P<this>"
            + _alt(cues("this")) + r"))\s+")
    after = ("(?:(?P<last2>" + _alt(cues("last-after")) + ")|(?P<next2>" + _alt(cues("next-after"))
             + ")|(?P<this2>" + _alt(cues("this-after")) + "))")
    weekday_re = (_CLITIC + r"(?P<ph>(?:" + mods + r")?(?:" + part + r"\s+)?(?:" + before + r"\s+)?"
                  + wd + r"(?:\s+" + part + ")?" + r"(?:\s+" + after + ")?)" + e)
    nums = "(?P<num>[0-9]+|" + _alt(_numbers()) + ")"
    units = "(?P<unit>" + _alt(_units()) + ")"
    ago_re = (r"(?<![\w])(?P<ph>" + nums + r"\s+" + units + r"\s+ago" + e
              + "|" + _phrase_re("قبل") + r"\s+(?:" + nums.replace("num", "num2") + r"\s+)?"
              + units.replace("unit", "unit2") + ")" + e)
    return {
        "relative": re.compile(r"(?<![\w])" + rel_re, re.I),
        "weekday": re.compile(r"(?<![\w])" + weekday_re, re.I),
        "ago": re.compile(ago_re, re.I),
    }


def find_relative(text: str, taken: list[tuple[int, int]] = ()) -> Iterator[RelativeExpr]:
    """Relative expressions in `text` that do not overlap the `taken` spans."""
    folded = fold(text)
    taken = list(taken)
    found: list[RelativeExpr] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _patterns()["ago"].finditer(folded):
        s, e = m.start("ph"), m.end("ph")
        num = m.group("num") or m.group("num2")
        unit_word = m.group("unit") or m.group("unit2")
        unit, implied = _units()[_key(unit_word)]
        if num is None:
            count = implied  # "قبل يومين"; a bare plural ("قبل أيام") is vague: None
        elif num.isdigit():
            count = int(num)
        else:
            count = _numbers().get(_key(num))
        if free(s, e):
            taken.append((s, e))
            found.append(RelativeExpr(s, e, "relative", unit, -count if count else None))
    for m in _patterns()["weekday"].finditer(folded):
        s, e = m.start("ph"), m.end("ph")
        if not free(s, e):
            continue
        mod = modifier(m)
        taken.append((s, e))
        found.append(RelativeExpr(s, e, "weekday", weekday=_weekday_table()[_key(m.group("wd"))], modifier=mod))
    for m in _patterns()["relative"].finditer(folded):
        s, e = m.start("ph"), m.end("ph")
        if not free(s, e):
            continue
        unit, off = _relative_table()[_key(m.group("ph"))]
        taken.append((s, e))
        found.append(RelativeExpr(s, e, "relative", unit, off))
    yield from sorted(found, key=lambda f: f.start)
