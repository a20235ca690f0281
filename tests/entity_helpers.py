"""Building articles with hand-made entities for tests of stages that read entities."""

from __future__ import annotations

import re

from communique.model import Article, Entity, Mention
from communique.stages.sentences import split_paragraphs, split_sentences


def mentions_of(text: str, surface: str, label: str) -> list[Mention]:
    """Every occurrence of `surface` in `text` as a whole word sequence (an Arabic clitic
    و/ل/ب may be written onto it)."""
    pat = re.compile(r"(?<![^\W\u0648\u0644\u0628])" + re.escape(surface) + r"(?!\w)")
    return [Mention(m.start(), m.end(), m.group(0), label) for m in pat.finditer(text)]


def entity(text: str, eid: str, etype: str, name: str, *surfaces: str, taken=None) -> Entity:
    """An entity with a mention at every occurrence of each surface (longest first, no overlaps
    with `taken`, a list of (start, end) shared between entities)."""
    taken = taken if taken is not None else []
    ms = []
    forms = set(surfaces or (name,))
    # "للمجلس": after the preposition ل the alef of ال is not written
    forms |= {"ل" + s[1:] for s in forms if s.startswith("ال")}
    for s in sorted(forms, key=len, reverse=True):
        for m in mentions_of(text, s, etype):
            if any(m.start < e and b < m.end for b, e in taken):
                continue
            taken.append((m.start, m.end))
            ms.append(m)
    return Entity(eid, etype, name, sorted(ms, key=lambda m: m.start))


def article(text: str, entities: list[tuple[str, str, tuple[str, ...]]], language: str = "en",
            published: str | None = None) -> Article:
    """An Article with sentences and entities: entities given as (type, name, surfaces)."""
    a = Article(id="t", source="t", raw=text, text=text, language=language, published=published)
    a.paragraphs = split_paragraphs(text)
    a.sentences = [s for p in a.paragraphs for s in split_sentences(text, p)]
    taken: list[tuple[int, int]] = []
    order = sorted(range(len(entities)), key=lambda i: -max(len(s) for s in (entities[i][2] or (entities[i][1],))))
    built = {}
    for i in order:
        etype, name, surfaces = entities[i]
        built[i] = entity(text, f"E{i + 1}", etype, name, *surfaces, taken=taken)
    a.entities = [built[i] for i in range(len(entities)) if built[i].mentions]
    return a
