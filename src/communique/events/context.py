"""What the event rules read from an Article: its sentences, the entity mentions in each,
time expressions, and which paragraphs are headlines. Built once per article, read-only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Span
from .cues import Lexicon, fold_text, lexicon

PARTICIPANT_TYPES = {"PERSON", "ORG", "GPE"}
PLACE_TYPES = {"GPE", "FAC", "LOC"}
_SENT_END = re.compile(r"[.!?؟:]['\"”’»)]*\s*$")


@dataclass(frozen=True)
class Ref:
    """One mention of an entity: where it is, which entity, of which type."""

    start: int
    end: int
    eid: str
    type: str


@dataclass
class Sentence:
    index: int
    span: Span
    headline: bool


class EventContext:
    def __init__(self, article: Article, caption=None):
        self.article = article
        self.lang = article.language or "en"
        self.lex: Lexicon = lexicon(self.lang)
        self.text = article.text
        self.ftext = fold_text(article.text, self.lang)  # same length as text
        self.refs = sorted(
            (Ref(m.start, m.end, e.id, e.type) for e in article.entities for m in e.mentions),
            key=lambda r: (r.start, -r.end),
        )
        heads = {id(p) for p in headline_paragraphs(article)}
        if caption is not None:
            heads |= {id(p) for p in article.paragraphs if caption(p)}
        self.sentences: list[Sentence] = []
        for i, s in enumerate(article.sentences):
            para = next((p for p in article.paragraphs if p.start <= s.start < p.end), None)
            self.sentences.append(Sentence(i, s, para is not None and id(para) in heads))

    def refs_in(self, start: int, end: int, types: set[str] | None = None) -> list[Ref]:
        out = []
        for r in self.refs:
            if r.start >= end:
                break
            if r.start >= start and r.end <= end and (types is None or r.type in types):
                out.append(r)
        return out

    def etype(self, eid: str) -> str:
        e = self.article.entity(eid)
        return e.type if e else ""

    def date_in(self, start: int, end: int, near: int | None = None) -> str | None:
        """The value of a time expression inside [start, end), the one nearest `near` first."""
        from .cues import has_cue_before

        cands = [t for t in self.article.times if t.value and t.start >= start and t.end <= end
                 and not has_cue_before(self.lex, "time_skip", self.ftext, t.start, 2, start)]
        resolve = _resolver()
        if resolve is not None:
            # "…, who was appointed prime minister last week": a relative clause dates itself
            cands = [t for t in cands if not resolve.in_aside(self.article, t, start, end, near)]
        if not cands:
            if resolve is None:
                return None
            # no date of its own: the resolver's reading, which takes the date of the event
            # before for "the meeting", "later", "كما" (dates.resolve.event_date)
            return resolve.event_date(self.article, Span(start, end), near)
        if near is not None:
            # `He tweeted on Tuesday: "I met him on September 9"`: a time on the trigger's
            # side of a quotation mark first, then the nearest
            part = resolve._quote_part(self.text, start, near) if resolve else 0
            cands.sort(key=lambda t: (resolve is not None and resolve._quote_part(self.text, start, t.start) != part,
                                      abs(t.start - near)))
        return cands[0].value

    def sentence_text(self, s: Sentence) -> str:
        return self.ftext[s.span.start : s.span.end]


def _resolver():
    """The dates stage's resolver module, when it is installed (communique.dates.resolve)."""
    try:
        from ..dates import resolve
    except ImportError:
        return None
    return resolve


def _date_near(article: Article, start: int, end: int) -> str | None:
    resolve = _resolver()
    return resolve.date_near(article, start, end) if resolve else None


def headline_paragraphs(article: Article) -> list[Span]:
    """Paragraphs that are headlines or captions rather than running text: the article's
    title, and short lines that do not end a sentence. A meeting named there summarises
    the meetings the body reports."""
    out = []
    title = (article.title or "").strip()
    for p in article.paragraphs:
        s = article.text[p.start : p.end].strip()
        if _SENT_END.search(s) and (s != title or len(article.paragraphs) == 1):
            continue
        if s == title or len(s.split()) <= 25:
            out.append(p)
    return out
