"""The records that flow through the pipeline.

One `Article` goes through every stage. Stages add annotations to it (sentences, mentions,
entities, time expressions, roles, events); `communique.readout` turns the result into the
`communique.readout/1` JSON object. Offsets are character offsets into `Article.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Span:
    start: int
    end: int

    def as_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass
class Mention:
    """One surface form in the text that names something."""

    start: int
    end: int
    text: str
    label: str  # PERSON ORG GPE LOC FAC INSTRUMENT EVENT NORP
    kb_id: str | None = None
    source: str = ""  # which recogniser found it: "kb", "spacy", "cue", "pattern", ...
    title: str | None = None  # a title word attached to it ("President Mustafa")


@dataclass
class Entity:
    """Everything in one article that refers to one thing."""

    id: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    kb_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for m in self.mentions:
            if m.text not in seen:
                seen.append(m.text)
        return seen


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when no anchor
    precision: str | None = None  # "year" | "month" | "day"


@dataclass
class Role:
    person: str  # entity id
    title: str
    org: str | None
    evidence: Span
    date: str | None = None


@dataclass
class Event:
    id: str
    type: str  # PLOVER category
    evidence: list[Span]
    mode: str | None = None
    participants: list[str] = field(default_factory=list)  # CONSULT
    actor: str | None = None  # everything else
    target: str | None = None
    about: list[str] = field(default_factory=list)
    quote: str | None = None
    location: str | None = None
    date: str | None = None
    trigger: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    id: str
    source: str
    raw: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    supported: bool = True
    format: str = "text"  # text | html | record
    notes: list[str] = field(default_factory=list)
    # annotations set by stages
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    scratch: dict[str, Any] = field(default_factory=dict)  # stage-private data (spaCy docs, ...)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def entity(self, eid: str | None) -> Entity | None:
        if eid is None:
            return None
        for e in self.entities:
            if e.id == eid:
                return e
        return None

    def sentence_of(self, offset: int) -> Span | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
