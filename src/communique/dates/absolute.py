"""Absolute dates written out in English or Arabic: "September 17, 2024", "14 March 2019",
"١٤ آذار ٢٠١٩", "9 أيلول/سبتمبر 2019", "2024-12-19", "14-9-2025", "Oct. 23, 2018", "March 2019".

`find_dates(text)` yields every complete absolute date with its span; bare numbers are never
dates. `find_partial_dates(text)` yields what needs an anchor or a cue word to be a date:
a day and month without a year ("September 9", "9 أيلول"), a month alone after a cue word
("in March", "في آذار", "آذار الماضي"), and a year after a cue word ("in 2019", "عام 2019").
The cue words live in data/<lang>/date_cues.txt.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import table
from ..textnorm import AR_DIGITS


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM
    precision: str  # "day" | "month"


@functools.lru_cache(maxsize=None)
def month_names() -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in ("en", "ar"):
        for row in table(lang, "months.txt"):
            out[row[0].casefold()] = int(row[1])
    return out


# Numeric parts in either digit set: Arabic-Indic digits are common in Arabic pages.
_Y = r"(?P<year>(?:19|20|١٩|٢٠)[0-9٠-٩]{2})"
_M = r"[01٠١]?[0-9٠-٩]"
_D = r"[0-3٠-٣]?[0-9٠-٩]"
# Start of a date: not inside a word, but an Arabic conjunction or preposition may be written
# onto it ("و١٤ آذار", "بـ2019").
_B = r"(?<![^\W\u0648\u0641\u0628\u0644\u0640])"


@functools.lru_cache(maxsize=None)
def _patterns() -> list[tuple[re.Pattern, str]]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\.?"
    # "أيلول/سبتمبر", "أيلول (سبتمبر)": a second name for the same month is skipped
    month2 = month + r"(?:\s*[/(]\s*(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\s*\)?)?"
    d = r"(?P<day>[0-3٠-٣]?[0-9٠-٩])"
    y = r"(?P<year>(?:1[89]|20)[0-9]{2}|[١٢][٠-٩]{3})"
    b = _B
    e = r"(?![\w])"
    return [
        # year first, with one separator throughout: ISO "2023-08-29", and the "2025/03/14" that
        # Iraqi and Gulf agency pages print (year first is never read as day-month)
        (re.compile(b + _Y + r"(?P<sep>[-/])(?P<mnum>" + _M + r")(?P=sep)(?P<day>" + _D + ")" + e), "day"),
        (re.compile(b + d + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + month2 + r",?\s+" + y + e, re.I), "day"),
        (re.compile(b + month2 + r"\s+" + d + r"(?:st|nd|rd|th)?,?\s+" + y + e, re.I), "day"),
        (re.compile(b + r"(?P<day>" + _D + r")[-/.](?P<mnum>" + _M + r")[-/.]" + _Y + e), "day"),
        (re.compile(b + month2 + r",?\s+" + y + e, re.I), "month"),
    ]


def _to_int(s: str) -> int:
    return int(s.translate(AR_DIGITS))


def find_dates(text: str) -> Iterator[FoundDate]:
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for pat, precision in _patterns():
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            gd = m.groupdict()
            try:
                year = _to_int(gd["year"])
                mon = _to_int(gd["mnum"]) if gd.get("mnum") else month_names()[
                    re.sub(r"\s+", " ", gd["month"].casefold())]
                if precision == "day":
                    day = _to_int(gd["day"])
                    value = dt.date(year, mon, day).isoformat()
                else:
                    dt.date(year, mon, 1)
                    value = f"{year:04d}-{mon:02d}"
            except (ValueError, KeyError):
                continue
            taken.append((m.start(), m.end()))
            found.append(FoundDate(m.start(), m.end(), value, precision))
    yield from sorted(found, key=lambda f: f.start)


@functools.lru_cache(maxsize=None)
def ordinal_days() -> dict[str, int]:
    """Arabic ordinal day numbers ("العاشر" → 10, "الحادي والعشرين" → 21), data/ar/ordinal_days.txt."""
    return {row[0]: int(row[1]) for row in table("ar", "ordinal_days.txt") if len(row) > 1}


@dataclass(frozen=True)
class PartialDate:
    """A date that is missing its year, or is a year or month alone."""

    start: int
    end: int
    kind: str  # "daymonth" | "month" | "year"
    month: int | None = None
    day: int | None = None
    year: int | None = None
    modifier: int | None = None  # -1 "last March" / "آذار الماضي", +1 "next", 0 "this"


@functools.lru_cache(maxsize=None)
def cues(kind: str) -> tuple[str, ...]:
    """Cue phrases of one kind from both languages' date_cues.txt, longest first."""
    out = {row[1] for lang in ("en", "ar") for row in table(lang, "date_cues.txt") if row[0] == kind}
    return tuple(sorted(out, key=len, reverse=True))


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.lru_cache(maxsize=None)
def _partial_patterns() -> list[tuple[re.Pattern, str]]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?P<month>" + _alt(names) + r")\.?"
    b, e = _B, r"(?![\w])"
    d = r"(?P<day>" + _D + r")"
    mods = ("(?:(?P<last>" + _alt(cues("last")) + ")|(?P<next>" + _alt(cues("next")) + ")|(?P<this>"
            + _alt(cues("this")) + r"))\s+")
    after = (r"\s+(?:(?P<last2>" + _alt(cues("last-after")) + ")|(?P<next2>" + _alt(cues("next-after"))
             + ")|(?P<this2>" + _alt(cues("this-after")) + "))" + e)
    # "في شهر آذار", "in the month of March"
    mcue = r"(?:" + _alt(cues("month")) + r")\s+(?:(?:the\s+)?month\s+of\s+|شهر\s+)?"
    ycue = r"(?:" + _alt(cues("year")) + r")\s+(?:the\s+year\s+|(?:ال)?عام\s+|سنة\s+)?"
    return [
        # Arabic ordinal days ("في العاشر من مارس/آذار"، "الرابع عشر من فبراير الماضي"): first,
        # before "فبراير الماضي" takes the month alone
        (re.compile(b + r"(?P<ordday>" + _alt(sorted(ordinal_days(), key=len, reverse=True)) + r")\s+من\s+(?:شهر\s+)?"
                    + month + r"(?:\s*/\s*(?:" + _alt(names) + r"))?(?:" + after + r")?" + e), "daymonth"),
        (re.compile(b + d + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + month + e, re.I), "daymonth"),
        (re.compile(b + month + r"\s+" + d + r"(?:st|nd|rd|th)?" + e, re.I), "daymonth"),
        (re.compile(b + mods + month + e, re.I), "month"),
        (re.compile(b + month + after, re.I), "month"),
        (re.compile(b + mcue + month + e, re.I), "month"),
        # a year after a cue word; "2019م" (the Gregorian-era letter) allowed, "2,000" never
        (re.compile(b + ycue + _Y + r"(?:م)?(?![\w]|[.,][0-9])", re.I), "year"),
    ]


def modifier(m: re.Match) -> int | None:
    """-1 for "last"/"الماضي", 1 for "next"/"المقبل", 0 for "this"/"هذا", from the named groups a
    date pattern gives them (a cue before or after the word); None when none is there."""
    gd = m.groupdict()
    for name, value in (("last", -1), ("next", 1), ("this", 0)):
        if gd.get(name) or gd.get(name + "2"):
            return value
    return None


def find_partial_dates(text: str, taken: list[tuple[int, int]] | None = None) -> Iterator[PartialDate]:
    """Partial dates not overlapping `taken` spans (by default, the complete dates in `text`)."""
    if taken is None:
        taken = [(f.start, f.end) for f in find_dates(text)]
    taken = list(taken)
    found: list[PartialDate] = []
    for pat, kind in _partial_patterns():
        for m in pat.finditer(text):
            gd = m.groupdict()
            # the span is the date itself; a cue word before it is not part of it
            key = "year" if kind == "year" else "month"
            s = m.start(key) if kind != "daymonth" else m.start()
            s = m.start() if kind == "month" and (gd.get("last") or gd.get("next") or gd.get("this")) else s
            if any(s < te and ts < m.end() for ts, te in taken):
                continue
            try:
                mon = day = year = None
                if gd.get("month"):
                    name = gd["month"]
                    # Latin month names must be capitalised: "may", "march" are words too
                    if name[0].isascii() and not name[0].isupper():
                        continue
                    mon = month_names()[re.sub(r"\s+", " ", name.casefold())]
                if kind == "daymonth":
                    day = ordinal_days()[gd["ordday"]] if gd.get("ordday") else _to_int(gd["day"])
                    dt.date(2000, mon, day)  # valid in a leap year
                if kind == "year":
                    year = _to_int(gd["year"])
            except (ValueError, KeyError):
                continue
            mod = modifier(m)
            end = m.end()
            if text[end - 1] == "." and len(gd.get("month") or "") > 4:
                end -= 1  # "in January." ends a sentence; "Jan." is an abbreviation
            taken.append((s, end))
            found.append(PartialDate(s, end, kind, mon, day, year, mod))
    yield from sorted(found, key=lambda f: f.start)
