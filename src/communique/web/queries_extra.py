"""Reads the web pages need beyond `communique.store.queries`: read-only, parameterised
SQLAlchemy Core over the store's tables, page sizes clamped like the store's own."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from ..store.queries import MAX_LIMIT, timeline_conditions
from ..store.schema import (actors, aliases, articles, events, evidence, fused_events, fused_participants,
                            fused_sources, roles, statement_meetings, statements)


def _clamp(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


def actor_names(conn: Connection, ids) -> dict[int, dict[str, Any]]:
    ids = sorted({int(i) for i in ids if i is not None})
    if not ids:
        return {}
    return {r.id: {"id": r.id, "name": r.name, "type": r.type}
            for r in conn.execute(select(actors.c.id, actors.c.name, actors.c.type).where(actors.c.id.in_(ids)))}


def roles_at(conn: Connection, actor_ids, day: str | None) -> dict[int, dict[str, Any]]:
    """Each actor's title on `day`: the latest role dated on or before it; when none is, the
    earliest one after it (flagged `later`); undated roles only when nothing is dated."""
    ids = sorted({int(i) for i in actor_ids if i is not None})
    if not ids:
        return {}
    org = actors.alias("org")
    rows = list(conn.execute(
        select(roles.c.actor_id, roles.c.title, roles.c.date, roles.c.org_actor_id, org.c.name.label("org"),
               roles.c.article_id, roles.c.start, roles.c.end)
        .join(articles, and_(articles.c.id == roles.c.article_id, articles.c.is_current))
        .outerjoin(org, org.c.id == roles.c.org_actor_id)
        .where(roles.c.actor_id.in_(ids)).order_by(roles.c.actor_id, roles.c.date, roles.c.id)))
    out: dict[int, dict[str, Any]] = {}
    for aid in ids:
        mine = [r for r in rows if r.actor_id == aid]
        dated = [r for r in mine if r.date]
        pick, later = None, False
        if day and dated:
            before = [r for r in dated if r.date <= day]
            if before:
                pick = before[-1]
            else:
                pick, later = dated[0], True
        elif dated:
            pick = dated[-1]
        elif mine:
            pick = mine[0]
        if pick is not None:
            out[aid] = {"title": pick.title, "org": pick.org, "org_actor_id": pick.org_actor_id,
                        "date": pick.date, "article_id": pick.article_id, "later": later,
                        "evidence": {"start": pick.start, "end": pick.end}}
    return out


def article_texts(conn: Connection, ids) -> dict[int, str]:
    ids = sorted({int(i) for i in ids})
    if not ids:
        return {}
    return {r.id: r.text for r in conn.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids)))}


def actor_statements(conn: Connection, actor_id: int, limit: int = 100) -> list[dict[str, Any]]:
    """What an actor said (non-CONSULT events it is the actor of), newest first, with the
    source article, the evidence and the meeting it was made at."""
    tgt = actors.alias("tgt")
    rows = conn.execute(
        select(events.c.id, events.c.type, events.c.mode, events.c.date, events.c.day, events.c.evidence_text,
               statements.c.quote, statements.c.target_actor_id, tgt.c.name.label("target"),
               articles.c.id.label("article_id"), articles.c.title, articles.c.language, articles.c.published,
               fused_sources.c.fused_id, statement_meetings.c.fused_id.label("meeting"))
        .join(events, events.c.id == statements.c.event_id)
        .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))
        .outerjoin(tgt, tgt.c.id == statements.c.target_actor_id)
        .outerjoin(fused_sources, fused_sources.c.event_id == events.c.id)
        .outerjoin(statement_meetings, statement_meetings.c.event_id == events.c.id)
        .where(statements.c.actor_id == actor_id)
        .order_by(events.c.day.desc().nulls_last(), events.c.id).limit(_clamp(limit)))
    return [dict(r._mapping) for r in rows]


def counterparts(conn: Connection, actor_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """Who the actor met, by number of fused meetings together, with the last one's day."""
    me, other = fused_participants.alias("me"), fused_participants.alias("other")
    n = func.count().label("n")
    rows = conn.execute(
        select(actors.c.id, actors.c.name, actors.c.type, n, func.max(fused_events.c.day).label("last"))
        .select_from(me)
        .join(other, and_(other.c.fused_id == me.c.fused_id, other.c.actor_id != me.c.actor_id))
        .join(fused_events, and_(fused_events.c.id == me.c.fused_id, fused_events.c.type == "CONSULT"))
        .join(actors, actors.c.id == other.c.actor_id)
        .where(me.c.actor_id == actor_id)
        .group_by(actors.c.id, actors.c.name, actors.c.type)
        .order_by(n.desc(), actors.c.name).limit(_clamp(limit)))
    return [dict(r._mapping) for r in rows]


def aliases_of(conn: Connection, ids) -> dict[int, list[str]]:
    ids = sorted({int(i) for i in ids})
    out: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        for r in conn.execute(select(aliases.c.actor_id, aliases.c.alias).where(aliases.c.actor_id.in_(ids))
                              .order_by(aliases.c.actor_id, aliases.c.count.desc(), aliases.c.alias)):
            out[r.actor_id].append(r.alias)
    return out


def languages(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(articles.c.language).where(articles.c.is_current,
                                                                          articles.c.language.is_not(None))
                                       .distinct().order_by(articles.c.language))]


def event_types(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(fused_events.c.type).distinct().order_by(fused_events.c.type))]


def span_evidence(conn: Connection, event_ids) -> dict[int, list[dict[str, int]]]:
    ids = sorted({int(i) for i in event_ids})
    out: dict[int, list[dict[str, int]]] = {}
    if ids:
        for r in conn.execute(select(evidence.c.event_id, evidence.c.start, evidence.c.end)
                              .where(evidence.c.event_id.in_(ids)).order_by(evidence.c.id)):
            out.setdefault(r.event_id, []).append({"start": r.start, "end": r.end})
    return out


# Letters Arabic writers interchange (hamza seats on alef, alef maqsura/ya, ta marbuta/ha):
# a query with any of them matches the text with any other of the same class.
_FOLDABLE = set("اأإآٱىيةه")


def fold_for_search(s: str) -> str:
    """Lower-case and Arabic-fold `s` one character at a time, so offsets in the result are
    offsets in `s` (a character whose lower case is longer is kept as it is)."""
    from ..textnorm import fold_char

    out = []
    for c in s:
        low = c.lower()
        out.append(fold_char(low) if len(low) == 1 else c)
    return "".join(out)


def find_folded(text: str, q: str) -> list[dict[str, int]]:
    """Every place `q` occurs in `text`, ignoring case and Arabic spelling variants."""
    ft, fq = fold_for_search(text), fold_for_search(q)
    if not fq:
        return []
    out, i = [], ft.find(fq)
    while i >= 0:
        out.append({"start": i, "end": i + len(fq)})
        i = ft.find(fq, i + len(fq))
    return out


def contains_pattern(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, its wildcards escaped (escape character \\)."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def like_pattern(q: str) -> str:
    """A LIKE pattern for `q` where each foldable Arabic letter is a one-character wildcard
    (the candidates are then checked with `find_folded`)."""
    parts = []
    for c in q:
        if c in _FOLDABLE:
            parts.append("_")
        elif c in "\\%_":
            parts.append("\\" + c)
        else:
            parts.append(c)
    return "%" + "".join(parts) + "%"


def search_articles(conn: Connection, q: str, lang: str | None = None, limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Current articles whose title or text contains `q`, ignoring case and Arabic spelling
    variants (اسد finds أسد), newest first, each with its text."""
    limit, offset = _clamp(limit), max(0, int(offset))
    pat = like_pattern(q)
    stmt = (select(articles.c.id, articles.c.doc_id, articles.c.title, articles.c.language, articles.c.url,
                   articles.c.source, articles.c.published, articles.c.version, articles.c.text)
            .where(articles.c.is_current, (articles.c.title.ilike(pat, escape="\\")
                                           | articles.c.text.ilike(pat, escape="\\"))))
    if lang:
        stmt = stmt.where(articles.c.language == lang)
    # wildcards admit a few false candidates (a "_" matched another letter): scan a bounded
    # window beyond the page and keep the true matches
    scan = min(5000, (offset + limit) * 4 + 100)
    stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.id).limit(scan)
    hits = []
    for r in conn.execute(stmt):
        d = dict(r._mapping)
        if find_folded(d["title"] or "", q) or find_folded(d["text"], q):
            hits.append(d)
        if len(hits) >= offset + limit:
            break
    return hits[offset:offset + limit]


def timeline_with(conn: Connection, actor: int, other: int, limit: int = 50, offset: int = 0,
                  **filters) -> list[dict[str, Any]]:
    """`queries.timeline` restricted to the fused events two actors both took part in ("when did
    X meet Y"): the same filters, order and row shape."""
    from ..store.queries import timeline

    return timeline(conn, actor=actor, other=other, limit=limit, offset=offset, **filters)


def events_per_month(conn: Connection, actor: int | None = None, other: int | None = None,
                     **filters) -> list[dict[str, Any]]:
    """How many fused events match the timeline's filters in each month (YYYY-MM), oldest
    first; undated events are not counted."""
    month = func.substr(fused_events.c.day, 1, 7).label("month")
    n = func.count().label("n")
    stmt = (select(month, n).where(fused_events.c.day.is_not(None), *timeline_conditions(actor, other, **filters))
            .group_by(month).order_by(month))
    return [{"month": r.month, "n": r.n} for r in conn.execute(stmt)]


def resolve_actor(conn: Connection, value: str) -> dict[str, Any] | None:
    """An actor named by id or by any of its names (any script): the best-connected match."""
    from ..store.queries import actors_list

    v = value.strip()
    if v.isdigit():
        return actor_names(conn, [int(v)]).get(int(v))
    rows = actors_list(conn, q=v, limit=1)
    return {"id": rows[0]["id"], "name": rows[0]["name"], "type": rows[0]["type"]} if rows else None


def meeting_places(conn: Connection, since: str | None = None, until: str | None = None,
                   limit: int = 500) -> list[dict[str, Any]]:
    """Places of fused meetings (CONSULT) within an optional day range, with their counts."""
    n = func.count().label("n_events")
    conds = [fused_events.c.type == "CONSULT"]
    if since:
        conds.append(fused_events.c.day >= since)
    if until:
        conds.append(fused_events.c.day <= until)
    stmt = (select(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id, n)
            .join(fused_events, fused_events.c.location_actor_id == actors.c.id).where(*conds)
            .group_by(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id)
            .order_by(n.desc(), actors.c.id).limit(max(1, min(int(limit), 1000))))
    return [dict(r._mapping) for r in conn.execute(stmt)]
