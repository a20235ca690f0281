"""Arabic "N days after/before" frames that date one meeting from another.

"ويأتي اللقاء بعد ثلاثة أيام من زيارة أجراها فيدان إلى الدوحة، التقى خلالها هنية" and
"وجاءت الزيارتان بعد يوم واحد من لقاء جمع الشرع بفيدان": the meeting told after "من" is
another, earlier (بعد) or later (قبل) one, and its day is the main meeting's shifted by the
interval. The number words and units are the dates stage's (data/ar/numbers.txt,
time_units.txt); weeks count as seven days. Months and vague counts ("بعد أيام") give no day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..lexicon import table
from ..textnorm import arabic_fold

FRAME_REACH_WORDS = 10  # from "من" to the trigger: "من زيارة أجراها فيدان إلى العاصمة القطرية الدوحة، التقى"
DAYS = {"day": 1, "week": 7}


@dataclass(frozen=True)
class Interval:
    start: int  # where "بعد"/"قبل" stands
    end: int  # just after "من"
    days: int | None  # signed: negative when the other meeting came before; None when vague


@functools.lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, int | None], dict[str, tuple[str, int | None]]]:
    nums = {arabic_fold(r[0]): (int(r[1]) if len(r) > 1 and r[1] else None) for r in table("ar", "numbers.txt")}
    units = {arabic_fold(r[0]): (r[1], int(r[2]) if len(r) > 2 and r[2] else None) for r in table("ar", "time_units.txt")}
    return nums, units


@functools.lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    nums, units = _tables()
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    return re.compile(r"(?<!\S)(?P<dir>بعد|عقب|قبل)\s+(?:(?P<num>[0-9]+|" + alt(nums) + r")\s+)?"
                      r"(?P<unit>" + alt(units) + r")(?:\s+واحد[ةه]?)?\s+من(?!\S)")


def find_interval(ftext: str, start: int, end: int) -> Interval | None:
    """The last interval frame in folded `ftext[start:end]`, or None."""
    found = None
    for m in _pattern().finditer(ftext, start, end):
        nums, units = _tables()
        unit, implied = units[m.group("unit")]
        num = m.group("num")
        count = implied if num is None else int(num) if num.isdigit() else nums.get(num)
        days = count * DAYS[unit] if count and unit in DAYS else None
        sign = -1 if m.group("dir") in ("بعد", "عقب") else 1
        found = Interval(m.start(), m.end(), sign * days if days is not None else None)
    return found


def shifted(date: str | None, days: int | None) -> str | None:
    """`date` (a day) moved by `days`; None when either is missing or the date is not a day."""
    if not date or days is None or len(date) != 10:
        return None
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()
