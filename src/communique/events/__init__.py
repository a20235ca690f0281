"""Events of one article: meetings (PLOVER CONSULT) and what each side said or did.

`extract_events(article, ctx)` is pure: it reads `article.text`, `sentences`, `paragraphs`,
`entities` (with their mentions), `times` and, for English, the shared spaCy parse
(`article.scratch["en_docs"]` through `communique.en.nlp.parsed_paragraphs`), and returns
the events in text order with ids "V1", "V2", …; the `events` stage stores them.
"""

from __future__ import annotations

from ..model import Article, Event
from ..pipeline import Context
from .context import EventContext
from .meetings import Meeting, MeetingFinder, dateline_place
from .speakers import Speakers
from .statements import Statement, StatementFinder

__all__ = ["extract_events"]


def _syntax(article: Article, ctx: Context | None):
    if article.language != "en":
        return None
    from .en_syntax import Syntax

    return Syntax(article, ctx)


def extract_events(article: Article, ctx: Context | None = None) -> list[Event]:
    syntax = _syntax(article, ctx)
    ectx = EventContext(article, syntax.is_caption if syntax is not None else None)
    meetings = MeetingFinder(ectx, syntax).run()
    dl = dateline_place(ectx)
    for m in meetings:
        if m.mode != "phone":  # a call has no place: the dateline is where it was reported
            m.place = m.place or dl or m.weak_place
    speakers = Speakers(ectx, syntax)
    finder = StatementFinder(ectx, speakers)
    statements: list[Statement] = []
    for s in ectx.sentences:
        if s.headline:
            continue
        current = _meeting_before(meetings, s.span.start)
        sides = current.participants if current else []
        if current is not None and speakers.last is None:
            speakers.last = next((p for p in sides if ectx.etype(p) == "PERSON"), None)
        statements += finder.sentence(s, sides, current.date if current else None,
                                      current.attendees if current else None, current.hosts if current else None)
    return _number(_meeting_events(meetings, ectx) + [_statement_event(st) for st in merge_turns(statements)])


def merge_turns(statements: list[Statement]) -> list[Statement]:
    """One event per (speaker, type) within a speaker's turn: "He also called for …" after
    "Mustafa demanded …" continues the same position, and reports of a meeting repeat a
    side's stance sentence after sentence. A turn ends when another actor speaks. (This is the
    shared gold's convention: "welcomed …, He thanked …" by one speaker is one SUPPORT.)"""
    out: list[Statement] = []
    turn: dict[str, Statement] = {}
    speaker = None
    for st in statements:
        if st.actor != speaker:
            turn, speaker = {}, st.actor
        first = turn.get(st.type)
        if first is None:
            turn[st.type] = st
            out.append(st)
            continue
        first.extra_evidence.append(st.sentence.span)
        first.about += [a for a in st.about if a not in first.about]
        first.quote = first.quote or st.quote
        first.target = first.target or st.target
    return out


def _meeting_before(meetings: list[Meeting], offset: int) -> Meeting | None:
    # the meeting told last before `offset`; of two told in the same sentence, the one found
    # later ("وتأتي الزيارة بعد … حيث التقى نظيره. وأعلن الجانبان حينها": the earlier talks)
    before = [(i, m) for i, m in enumerate(meetings) if m.evidence and min(e.start for e in m.evidence) <= offset]
    return max(before, key=lambda im: (max(e.start for e in im[1].evidence if e.start <= offset), im[0]))[1] \
        if before else None


MULTILATERAL_SIDES = 3  # PLOVER: more than two parties


def _mode(m: Meeting, ectx: EventContext) -> str | None:
    """The trigger's mode ("received" visit, "phone call" phone), else multilateral when
    three or more organisations or countries take part as such."""
    if m.mode:
        return m.mode
    sides = [p for p in m.participants if ectx.etype(p) in ("ORG", "GPE")]
    return "multilateral" if len(sides) >= MULTILATERAL_SIDES else None


def _meeting_events(meetings: list[Meeting], ectx: EventContext) -> list[Event]:
    return [Event(id="", type="CONSULT", evidence=list(m.evidence), mode=_mode(m, ectx),
                  participants=list(m.participants), location=m.place.eid if m.place else None,
                  date=m.date or _framed_date(ectx, m), trigger=m.trigger) for m in meetings]


def _framed_date(ectx: EventContext, m: Meeting) -> str | None:
    """An undated meeting on a trip the text dates (dates.resolve.framed_date), when the
    dates stage's resolver is installed."""
    try:
        from ..dates.resolve import framed_date
    except ImportError:
        return None
    return framed_date(ectx.article, m.participants)


def _statement_event(st: Statement) -> Event:
    return Event(id="", type=st.type, evidence=st.evidence + st.extra_evidence, mode=st.mode, actor=st.actor, target=st.target,
                 about=st.about, quote=st.quote, date=st.date, trigger=st.trigger)


def _number(events: list[Event]) -> list[Event]:
    events.sort(key=lambda v: (v.evidence[0].start if v.evidence else 0, v.type != "CONSULT"))
    for i, v in enumerate(events, 1):
        v.id = f"V{i}"
    return events
