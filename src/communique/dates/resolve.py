"""Every time expression in a text, resolved at the precision the text supports.

Anchors. Relative words ("yesterday", "أمس", "last week") count from the moment of writing,
so they need the publication date; without it their value is None, never a guess. A weekday
or a date without a year names a day close to the events the article tells of, so without a
publication date it is resolved against the nearest complete date in the text ("On Monday …
until Oct. 23, 2018"): the same weekday nearest to that date.

The weekday rule (DESIGN.md: dateparser's PREFER_DATES_FROM='past' sends a weekday equal to
the publication weekday back a week). News writes "on Monday" for the most recent Monday on or
before the day of writing, so a bare weekday is the latest such day on or before publication,
the publication day itself included ("on Thursday" in a Thursday article is that Thursday).
When the sentence points forward before it ("will meet on Friday", "سيلتقي … الخميس") it is
the next such day after publication. "last Monday" / "الاثنين الماضي" is strictly before,
"next Monday" / "الاثنين المقبل" strictly after, "this Monday" the one in the same week.

Weeks: "last week" is the calendar (ISO) week before the publication week. No date format
here can say "a week", so it is given at the finest precision holding the whole week: its
month when the week lies in one month, else its year.

Values are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `TimeExpr.precision` is the precision the
expression names ("day" for "yesterday") even when its value is None for want of an anchor.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from ..lexicon import table
from ..model import Article, Span, TimeExpr
from ..textnorm import arabic_fold
from .absolute import FoundDate, PartialDate, cues, find_dates, find_partial_dates
from .relative import RelativeExpr, find_relative, fold

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}
_UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year"}
_JOIN = re.compile(r"^[\s,،]*$")  # what may stand between "Thursday" and "14 March 2019"
CONTEXT = 100  # characters before an expression searched for a future cue when no sentences


def parse_iso(value: str | None) -> dt.date | None:
    """The publication date as a day, when it is known to the day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _value(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _span_value(first: dt.date, last: dt.date) -> tuple[str | None, str | None]:
    """A stretch of days at the finest precision that holds all of it."""
    if (first.year, first.month) == (last.year, last.month):
        return _value(first, "month"), "month"
    if first.year == last.year:
        return _value(first, "year"), "year"
    return None, "year"


def _relative_value(r: RelativeExpr, ref: dt.date | None) -> tuple[str | None, str | None]:
    if r.unit == "week":
        if ref is None or r.offset is None:
            return None, "month"
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=r.offset)
        return _span_value(monday, monday + dt.timedelta(days=6))
    precision = _UNIT_PRECISION[r.unit]
    if ref is None or r.offset is None:
        return None, precision
    if r.unit == "day":
        return _value(ref + dt.timedelta(days=r.offset), "day"), "day"
    if r.unit == "month":
        return _value(_add_months(ref, r.offset), "month"), "month"
    return f"{ref.year + r.offset:04d}", "year"


def weekday_on(ref: dt.date, weekday: int, modifier: int | None, future: bool) -> dt.date:
    """The day called `weekday` as a text written on `ref` means it (see the module doc)."""
    if modifier == 0:
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=weekday)
    if modifier == 1 or (modifier is None and future):
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if modifier == -1:
        return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_near(anchor: dt.date, weekday: int) -> dt.date:
    """The day called `weekday` nearest to `anchor`; of two equally near, the earlier
    (news tells of the past)."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best


def _month_on(ref: dt.date, month: int, modifier: int | None, future: bool) -> dt.date:
    if modifier == 0:
        return dt.date(ref.year, month, 1)
    if modifier == 1 or (modifier is None and future):
        y = ref.year if month > ref.month or (modifier is None and month == ref.month) else ref.year + 1
        return dt.date(y, month, 1)
    if modifier == -1:
        return dt.date(ref.year if month < ref.month else ref.year - 1, month, 1)
    return dt.date(ref.year if month <= ref.month else ref.year - 1, month, 1)


@functools.lru_cache(maxsize=None)
def _cue_re(kind: str) -> re.Pattern | None:
    words = cues(kind)
    if not words:
        return None
    alts = "|".join(re.escape(arabic_fold(w).casefold()).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])")


def _has_cue(kind: str, text: str) -> bool:
    pat = _cue_re(kind)
    return bool(pat and pat.search(fold(text).casefold()))


def _before(text: str, start: int, sentences: Sequence[Span]) -> str:
    for s in sentences:
        if s.start <= start < s.end:
            return text[s.start:start]
    return text[max(0, start - CONTEXT):start]


def find_times(text: str, published: str | None = None, sentences: Sequence[Span] = ()) -> list[TimeExpr]:
    """Every time expression in `text`, resolved against `published` (pure)."""
    ref = parse_iso(published)
    absolute: list[FoundDate] = list(find_dates(text))
    taken = [(f.start, f.end) for f in absolute]
    partial: list[PartialDate] = list(find_partial_dates(text, taken))
    taken += [(p.start, p.end) for p in partial]
    relative: list[RelativeExpr] = list(find_relative(text, taken))
    anchors = [(f.start, dt.date.fromisoformat(f.value)) for f in absolute if f.precision == "day"]

    def anchor_near(pos: int) -> dt.date | None:
        if ref is not None:
            return ref
        if not anchors:
            return None
        return min(anchors, key=lambda a: abs(a[0] - pos))[1]

    out: list[TimeExpr] = []
    for f in absolute:
        out.append(TimeExpr(f.start, f.end, text[f.start:f.end], f.value, f.precision))
    for p in partial:
        value, precision = None, {"daymonth": "day", "month": "month", "year": "year"}[p.kind]
        if p.kind == "year":
            value = f"{p.year:04d}"
        else:
            a = anchor_near(p.start)
            future = _has_cue("future", _before(text, p.start, sentences))
            if a is not None and p.kind == "daymonth":
                d = _nearest_year(p.month, p.day, a)
                if d is not None and p.modifier in (-1, 1) and (d > a if p.modifier == -1 else d < a):
                    # "الرابع عشر من فبراير الماضي" is the last 14 February before the anchor,
                    # "next 3 May" the first after it, however near the other one is
                    try:
                        d = d.replace(year=d.year + p.modifier)
                    except ValueError:
                        d = None
                value = d.isoformat() if d else None
            elif a is not None and ref is not None:
                value = _value(_month_on(ref, p.month, p.modifier, future), "month")
            elif a is not None:
                value = _value(min((dt.date(y, p.month, 1) for y in (a.year - 1, a.year, a.year + 1)),
                                   key=lambda d: abs((d - a).days)), "month")
        out.append(TimeExpr(p.start, p.end, text[p.start:p.end], value, precision))
    for r in relative:
        if r.kind == "weekday":
            value = None
            if ref is not None:
                future = _has_cue("future", _before(text, r.start, sentences))
                value = weekday_on(ref, r.weekday, r.modifier, future).isoformat()
            else:
                a = anchor_near(r.start)
                value = weekday_near(a, r.weekday).isoformat() if a else None
            out.append(TimeExpr(r.start, r.end, text[r.start:r.end], value, "day"))
        else:
            value, precision = _relative_value(r, ref)
            out.append(TimeExpr(r.start, r.end, text[r.start:r.end], value, precision))
    out.sort(key=lambda t: t.start)
    return _merge_weekdays(text, out, {(r.start, r.end) for r in relative if r.kind == "weekday"})


def _merge_weekdays(text: str, times: list[TimeExpr], weekdays: set[tuple[int, int]]) -> list[TimeExpr]:
    """"Thursday, 14 March 2019", "اليوم الجمعة", "أمس الخميس": a weekday beside a day-precision
    expression is part of it, and the day it names is the other's."""
    out: list[TimeExpr] = []
    for t in times:
        prev = out[-1] if out else None
        if prev and _JOIN.match(text[prev.end:t.start]) and prev.precision == "day" and t.precision == "day":
            prev_wd, t_wd = (prev.start, prev.end) in weekdays, (t.start, t.end) in weekdays
            if prev_wd != t_wd:
                day = t if prev_wd else prev
                out[-1] = TimeExpr(prev.start, t.end, text[prev.start:t.end], day.value, "day")
                continue
        out.append(t)
    return out


# -- dates for events -----------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _backref_pat(lang: str, kind: str) -> re.Pattern:
    rows = table(lang, "date_backrefs.txt")
    alts = sorted({arabic_fold(r[1]).casefold() for r in rows if r[0] == kind}, key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!)")
    # Arabic words may carry a clitic (و، ف، ب، ل) before them
    return re.compile(r"(?<![\w])[وفبل]?(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
                      + r")(?![\w])")


def _backref_res(lang: str) -> tuple[re.Pattern, re.Pattern]:
    return _backref_pat(lang, "refer"), _backref_pat(lang, "event")


def _lang(article: Article) -> str:
    return "ar" if (article.language or "").startswith("ar") else "en"


def asides(article: Article, start: int, end: int) -> list[tuple[int, int]]:
    """The non-restrictive relative clauses in `start:end` ("…, who was appointed caretaker
    prime minister last week, …", "، الذي عُين الأسبوع الماضي"): from the comma before the
    pronoun to the next comma or the end. What they date is the person's past, not the
    sentence's event."""
    text = article.text
    folded = fold(text[start:end]).casefold()
    out = []
    for m in _backref_pat(_lang(article), "aside").finditer(folded):
        before = folded[:m.start()].rstrip()
        if not before.endswith((",", "،")):
            continue
        stop = re.search(r"[,،;]", folded[m.end():])
        out.append((start + m.start(), start + m.end() + stop.start() if stop else end))
    return out


def in_aside(article: Article, t: TimeExpr, start: int, end: int, at: int | None = None) -> bool:
    """Is `t` inside a relative clause of the sentence `start:end` that does not hold the
    event's trigger `at`?"""
    for a, b in asides(article, start, end):
        if a <= t.start < b and not (at is not None and a <= at < b):
            return True
    return False


def _is_bound(text: str, t: TimeExpr, sentence_start: int) -> bool:
    """"since 2011", "until Oct. 23, 2018", "منذ عام 2011": a boundary of the event, not its date."""
    before = fold(text[max(sentence_start, t.start - 14):t.start]).casefold()
    pat = _cue_re("bound")
    if pat is None:
        return False
    # the cue must be the last word(s) before the expression ("until the Oct. 23")
    return any(not before[m.end():].strip(" ,،the") for m in pat.finditer(before))


_DATELINE_END = re.compile(r"[—–]|\s-\s|\([A-Z][\w.]*\)|\(\w+\)\s*[-—–]")
DATELINE_LEAD = 45  # a dateline opens its paragraph: "Port Sudan, 14-9-2025 (SUNA) -"
DATELINE_TAIL = 30  # … and is closed by a dash or an agency name soon after the date


def is_dateline(text: str, t: TimeExpr) -> bool:
    """"November 19, Port Sudan — …", "Port Sudan, 14-9-2025 (SUNA) - …": the date the report
    was filed, not the date of what it reports."""
    para_start = text.rfind("\n", 0, t.start) + 1
    if t.start - para_start > DATELINE_LEAD:
        return False
    return bool(_DATELINE_END.search(text[t.end:t.end + DATELINE_TAIL]))


_QUOTES = re.compile("[\"“”«»]")


def _quote_part(text: str, start: int, pos: int) -> int:
    """Which stretch of the sentence `pos` is in: even outside quotation marks, odd inside."""
    return len(_QUOTES.findall(text, start, pos))


def date_near(article: Article, start: int, end: int, at: int | None = None, asides: bool = False) -> str | None:
    """The date that governs the clause or sentence `start:end`: its most precise time
    expression that is not a boundary ("since", "until", "منذ"); the first of equals; a
    dateline only when nothing else dates the sentence. With `at` (the offset of the event's
    trigger word), an expression on the same side of a quotation mark as `at` comes first:
    in `He tweeted on Tuesday: "I met him on September 9"` the meeting is on September 9.
    None when there is none, or when that expression has no anchor (a coarser one is not a
    stand-in)."""
    text = article.text
    times = [t for t in article.times if start <= t.start and t.end <= end]
    times = [t for t in times if not _is_bound(text, t, start)
             and (asides or not in_aside(article, t, start, end, at))]
    if not times:
        return None
    part = _quote_part(text, start, at) if at is not None else None

    def rank(t: TimeExpr):
        same = part is None or _quote_part(text, start, t.start) == part
        return (not is_dateline(text, t), same, _PRECISION_RANK[t.precision], -t.start)

    return max(times, key=rank).value


def event_date(article: Article, sentence_span: Span, at: int | None = None) -> str | None:
    """The date of an event reported in `sentence_span`: the sentence's own date; failing
    that, when the sentence refers back to an event ("the meeting", "اللقاء") and has no
    time expression of its own, the date of the nearest earlier sentence that reports an event
    and has one. Nothing is borrowed from sentences after it or from unrelated ones. `at`:
    the offset of the event's trigger word, as for `date_near`."""
    own = date_near(article, sentence_span.start, sentence_span.end, at)
    if own is not None:
        return own
    if any(sentence_span.start <= t.start < sentence_span.end
           and not in_aside(article, t, sentence_span.start, sentence_span.end, at) for t in article.times):
        return None
    # a date in a relative clause ("X, who arrived on Sunday, met Y") is the event's only
    # when nothing else dates it: an earlier event the sentence goes on from comes first
    return _backref_date(article, sentence_span) or date_near(article, sentence_span.start, sentence_span.end,
                                                              at, asides=True)


def _backref_date(article: Article, sentence_span: Span) -> str | None:
    text = article.text
    refer, event = _backref_res(_lang(article))
    own_text = fold(text[sentence_span.start:sentence_span.end]).casefold()
    back = refer.search(own_text)
    if not back:
        return None
    # "Griffiths met al-Jubair in Jeddah and called the meeting positive": the sentence reports
    # its own event before referring to it, so nothing earlier is meant
    first_event = event.search(own_text)
    if first_event and first_event.start() < back.start():
        return None
    for s in sorted(article.sentences, key=lambda s: -s.start):
        if s.end > sentence_span.start:
            continue
        if event.search(fold(text[s.start:s.end]).casefold()):
            d = date_near(article, s.start, s.end)
            if d is not None:
                return d
    return None


# -- a meeting inside a dated trip ---------------------------------------------------------------

def framed_date(article: Article, participants: Sequence[str]) -> str | None:
    """The date of an undated meeting in an article with no publication date, from a trip the
    text dates from start to end ("On Monday the envoy set out on a tour of the region, to
    run until 14 March 2025, taking in Ankara"), given at the finest precision that holds
    the whole trip ("2025-03").

    Why this is sound, and why so narrow: without a publication date nothing anchors
    "yesterday" or an undated "met", and the article's other dates may be anything (a
    resolution's year, the war's start), so taking the latest date in the text would be a
    guess. But when the text itself says a participant of the meeting travels on a trip that
    runs from one stated day to another, a meeting of that participant reported in the same
    article with no date of its own is one of the trip's meetings: news reports the current
    trip, not an earlier one. Its day is unknown; every day it can be lies within the stated
    span, so the month (or year) holding the whole span is not a guess but what the text
    entails, as "last week" is given its month when the week lies in one month. Required: no
    publication date (with one, the meeting's own words are resolved against it), a sentence
    naming a trip (data/<lang>/date_backrefs.txt, kind "trip"), a mention of one of the
    meeting's participants in it, and two day-precision expressions there, the later a
    end ("until", "حتى": kind "until"). A trip of more than a month gives the year, or nothing."""
    if article.published:
        return None
    trip = _backref_pat(_lang(article), "trip")
    who = set(participants)
    text = article.text
    for s in article.sentences:
        if not trip.search(fold(text[s.start:s.end]).casefold()):
            continue
        if not any(s.start <= m.start and m.end <= s.end for e in article.entities if e.id in who
                   for m in e.mentions):
            continue
        days = [t for t in article.times if s.start <= t.start and t.end <= s.end
                and t.precision == "day" and t.value and len(t.value) == 10]
        until = _backref_pat(_lang(article), "until")
        ends = [t for t in days if until.search(fold(text[max(s.start, t.start - 16):t.start]).casefold())]
        starts = [t for t in days if not _is_bound(text, t, s.start) and not is_dateline(text, t)]
        if not ends or not starts:
            continue
        first = min(dt.date.fromisoformat(t.value) for t in starts)
        last = max(dt.date.fromisoformat(t.value) for t in ends)
        if last < first < last + dt.timedelta(days=7):
            # "On Monday … until Friday 14 March": a weekday told by its nearest full date
            # may have been put after it; a span's start is the one before its end
            first -= dt.timedelta(days=7)
        if first > last:
            continue
        value, _ = _span_value(first, last)
        if value:
            return value
    return None
