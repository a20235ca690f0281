"""Absolute dates written out in English or Arabic: "September 17, 2024", "14 March 2019",
"١٤ آذار ٢٠١٩", "9 أيلول/سبتمبر 2019", "2024-12-19", "Oct. 23, 2018", "March 2019".

`find_dates(text)` yields every absolute date with its span; bare numbers are never dates.
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


@functools.lru_cache(maxsize=None)
def _patterns() -> list[tuple[re.Pattern, str]]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\.?"
    # "أيلول/سبتمبر", "أيلول (سبتمبر)": a second name for the same month is skipped
    month2 = month + r"(?:\s*[/(]\s*(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\s*\)?)?"
    d = r"(?P<day>[0-3]?[0-9٠-٩]{1,2})"
    y = r"(?P<year>(?:1[89]|20)[0-9]{2}|[١٢][٠-٩]{3})"
    b = r"(?<![\w])"
    e = r"(?![\w])"
    return [
        (re.compile(b + r"(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)" + e), "day"),
        (re.compile(b + d + r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + month2 + r",?\s+" + y + e, re.I), "day"),
        (re.compile(b + month2 + r"\s+" + d + r"(?:st|nd|rd|th)?,?\s+" + y + e, re.I), "day"),
        (re.compile(b + r"(?P<day>[0-3]?\d)[-/.](?P<mnum>[01]?\d)[-/.](?P<year>(?:19|20)\d{2})" + e), "day"),
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
