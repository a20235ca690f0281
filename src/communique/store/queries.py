"""The read API the web UI and the exports use. Every function takes an open Connection, runs
parameterised queries only, and returns plain dicts/lists (JSON-ready). Page sizes are clamped
to MAX_LIMIT.

Events in the UI are *fused* events (`fused_events`): one per real meeting, with its source
events in every article that reported it; statements (non-CONSULT events) are fused events of
one source each, linked to the meeting they were made at (`statement_meetings`).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Connection

from .schema import (actors, aliases, articles, entities, event_participants, events, evidence,
                     fused_events, fused_participants, fused_sources, mentions, roles,
                     statement_meetings, statements)

MAX_LIMIT = 200


def _page(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _actor_names(conn: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id)
                        .where(actors.c.id.in_(sorted(ids))))
    return {r.id: {"id": r.id, "name": r.name, "type": r.type, "kb_id": r.kb_id} for r in rows}


def fused_event_dicts(conn: Connection, rows: list) -> list[dict[str, Any]]:
    ids = [r.id for r in rows]
    parts: dict[str, list[int]] = {i: [] for i in ids}
    if ids:
        for fid, aid in conn.execute(select(fused_participants.c.fused_id, fused_participants.c.actor_id)
                                     .where(fused_participants.c.fused_id.in_(ids))
                                     .order_by(fused_participants.c.fused_id, fused_participants.c.actor_id)):
            parts[fid].append(aid)
    names = _actor_names(conn, {a for v in parts.values() for a in v} |
                         {r.location_actor_id for r in rows if r.location_actor_id})
    return [{
        "id": r.id, "type": r.type, "mode": r.mode, "date": r.date, "day": r.day,
        "location": names.get(r.location_actor_id), "n_sources": r.n_sources,
        "languages": [x for x in (r.languages or "").split(",") if x], "summary": r.summary,
        "participants": [names[a] for a in parts[r.id] if a in names],
    } for r in rows]


def timeline_conditions(actor: int | None = None, other: int | None = None, type: str | None = None,
                        place: int | None = None, since: str | None = None, until: str | None = None,
                        lang: str | None = None, q: str | None = None) -> list:
    """WHERE conditions on fused_events for the timeline's filters: participant actor ids (a
    second one, `other`, for "when did X meet Y"), PLOVER type, place actor id, day range
    (YYYY-MM-DD, inclusive), a source language and a text query on the evidence."""
    fe = fused_events
    conds = [exists().where(fused_participants.c.fused_id == fe.c.id, fused_participants.c.actor_id == a)
             for a in (actor, other) if a is not None]
    if type:
        conds.append(fe.c.type == type.upper())
    if place is not None:
        conds.append(fe.c.location_actor_id == place)
    if since:
        conds.append(fe.c.day >= since)
    if until:
        conds.append(fe.c.day <= until)
    if lang:
        conds.append(exists().where(fused_sources.c.fused_id == fe.c.id, events.c.id == fused_sources.c.event_id,
                                    articles.c.id == events.c.article_id, articles.c.language == lang))
    if q:
        conds.append(or_(fe.c.summary.ilike(_like(q), escape="\\"),
                         exists().where(fused_sources.c.fused_id == fe.c.id, events.c.id == fused_sources.c.event_id,
                                        events.c.evidence_text.ilike(_like(q), escape="\\"))))
    return conds


def timeline(conn: Connection, actor: int | None = None, type: str | None = None, place: int | None = None,
             since: str | None = None, until: str | None = None, lang: str | None = None, q: str | None = None,
             limit: int = 50, offset: int = 0, other: int | None = None) -> list[dict[str, Any]]:
    """Fused events, newest first, filtered as `timeline_conditions` says."""
    limit, offset = _page(limit, offset)
    fe = fused_events
    conds = timeline_conditions(actor, other, type, place, since, until, lang, q)
    stmt = (select(fe).where(and_(*conds)) if conds else select(fe))
    stmt = stmt.order_by(fe.c.day.desc().nulls_last(), fe.c.id).limit(limit).offset(offset)
    return fused_event_dicts(conn, list(conn.execute(stmt)))


def count_events(conn: Connection) -> dict[str, int]:
    """Counts of the main tables (for status lines and tests)."""
    from . import schema

    out = {}
    for name in ("articles", "actors", "aliases", "entities", "mentions", "roles", "events", "evidence",
                 "event_participants", "statements", "fused_events", "fused_sources", "statement_meetings"):
        out[name] = conn.execute(select(func.count()).select_from(getattr(schema, name))).scalar()
    out["current_articles"] = conn.execute(select(func.count()).select_from(articles)
                                           .where(articles.c.is_current)).scalar()
    return out


def _source_events(conn: Connection, event_ids: list[int]) -> list[dict[str, Any]]:
    if not event_ids:
        return []
    ev_rows = list(conn.execute(
        select(events, articles.c.doc_id, articles.c.title, articles.c.language, articles.c.url,
               articles.c.source, articles.c.published, articles.c.version)
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.id.in_(event_ids)).order_by(articles.c.published, articles.c.doc_id, events.c.local_id)))
    spans: dict[int, list[dict]] = {}
    for s in conn.execute(select(evidence).where(evidence.c.event_id.in_(event_ids)).order_by(evidence.c.id)):
        spans.setdefault(s.event_id, []).append({"start": s.start, "end": s.end, "text": s.text})
    roles_of: dict[int, list[dict]] = {}
    for p in conn.execute(select(event_participants.c.event_id, event_participants.c.role,
                                 event_participants.c.actor_id, entities.c.name)
                          .join(entities, entities.c.id == event_participants.c.entity_id)
                          .where(event_participants.c.event_id.in_(event_ids))
                          .order_by(event_participants.c.event_id, event_participants.c.role, entities.c.id)):
        roles_of.setdefault(p.event_id, []).append({"role": p.role, "actor_id": p.actor_id, "name": p.name})
    stm = {s.event_id: s for s in conn.execute(select(statements).where(statements.c.event_id.in_(event_ids)))}
    out = []
    for r in ev_rows:
        d = {"event_id": r.id, "event": r.local_id, "doc": r.doc_id, "article_id": r.article_id,
             "title": r.title, "language": r.language, "url": r.url, "source": r.source,
             "published": r.published, "version": r.version, "type": r.type, "mode": r.mode,
             "date": r.date, "evidence": spans.get(r.id, []), "participants": roles_of.get(r.id, [])}
        if r.id in stm:
            d["quote"] = stm[r.id].quote
        out.append(d)
    return out


def event_detail(conn: Connection, fused_id: str) -> dict[str, Any] | None:
    """A fused event with its participants, every source event (article, evidence spans with
    text) and the statements made at it; None when unknown."""
    row = conn.execute(select(fused_events).where(fused_events.c.id == fused_id)).first()
    if row is None:
        return None
    out = fused_event_dicts(conn, [row])[0]
    src = [r.event_id for r in conn.execute(select(fused_sources.c.event_id)
                                            .where(fused_sources.c.fused_id == fused_id))]
    out["sources"] = _source_events(conn, src)
    st = [r.event_id for r in conn.execute(select(statement_meetings.c.event_id)
                                           .where(statement_meetings.c.fused_id == fused_id))]
    out["statements"] = _source_events(conn, st)
    return out


def actor_detail(conn: Connection, actor_id: int) -> dict[str, Any] | None:
    """An actor: names, aliases (script, count), role history, stance counts, event count."""
    a = conn.execute(select(actors).where(actors.c.id == actor_id)).first()
    if a is None:
        return None
    from .timelines import actor_roles

    als = [{"alias": r.alias, "script": r.script, "count": r.count}
           for r in conn.execute(select(aliases).where(aliases.c.actor_id == actor_id)
                                 .order_by(aliases.c.count.desc(), aliases.c.alias))]
    stance = [{"type": r.type, "target": r.target_actor_id, "n": r.n} for r in conn.execute(
        select(events.c.type, statements.c.target_actor_id, func.count().label("n"))
        .join(events, events.c.id == statements.c.event_id)
        .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))
        .where(statements.c.actor_id == actor_id)
        .group_by(events.c.type, statements.c.target_actor_id)
        .order_by(func.count().desc(), events.c.type))]
    names = _actor_names(conn, {s["target"] for s in stance if s["target"]})
    for s in stance:
        s["target"] = names.get(s["target"])
    n_events = conn.execute(select(func.count()).select_from(fused_participants)
                            .where(fused_participants.c.actor_id == actor_id)).scalar()
    return {"id": a.id, "name": a.name, "type": a.type, "kb_id": a.kb_id, "provisional": a.provisional,
            "aliases": als, "roles": actor_roles(conn, actor_id), "stances": stance, "n_events": n_events}


def actors_list(conn: Connection, q: str | None = None, type: str | None = None,
                limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Actors by how many fused events they take part in; `q` matches any alias."""
    limit, offset = _page(limit, offset)
    n = (select(func.count()).select_from(fused_participants)
         .where(fused_participants.c.actor_id == actors.c.id).scalar_subquery())
    stmt = select(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id, n.label("n_events"))
    if q:
        stmt = stmt.where(exists().where(aliases.c.actor_id == actors.c.id,
                                         aliases.c.alias.ilike(_like(q), escape="\\")))
    if type:
        stmt = stmt.where(actors.c.type == type)
    stmt = stmt.order_by(n.desc(), actors.c.id).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def network(conn: Connection, since: str | None = None, until: str | None = None,
            min_weight: int = 1, limit: int = 2000) -> dict[str, Any]:
    """Who met whom: nodes (actors) and edges weighted by the number of fused meetings
    (CONSULT) both took part in, within an optional day range."""
    fp1, fp2 = fused_participants.alias("a"), fused_participants.alias("b")
    conds = [fp1.c.fused_id == fp2.c.fused_id, fp1.c.actor_id < fp2.c.actor_id,
             fused_events.c.id == fp1.c.fused_id, fused_events.c.type == "CONSULT"]
    if since:
        conds.append(fused_events.c.day >= since)
    if until:
        conds.append(fused_events.c.day <= until)
    w = func.count().label("weight")
    stmt = (select(fp1.c.actor_id.label("source"), fp2.c.actor_id.label("target"), w)
            .where(*conds).group_by(fp1.c.actor_id, fp2.c.actor_id)
            .having(func.count() >= min_weight).order_by(w.desc(), fp1.c.actor_id, fp2.c.actor_id)
            .limit(max(1, min(int(limit), 20000))))
    edges = [dict(r._mapping) for r in conn.execute(stmt)]
    names = _actor_names(conn, {e["source"] for e in edges} | {e["target"] for e in edges})
    return {"nodes": [names[i] for i in sorted(names)], "edges": edges}


def places(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Places (location actors) of fused events with their event counts."""
    n = func.count().label("n_events")
    stmt = (select(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id, n)
            .join(fused_events, fused_events.c.location_actor_id == actors.c.id)
            .group_by(actors.c.id, actors.c.name, actors.c.type, actors.c.kb_id)
            .order_by(n.desc(), actors.c.id).limit(max(1, min(int(limit), 1000))))
    return [dict(r._mapping) for r in conn.execute(stmt)]


def search_articles(conn: Connection, q: str, lang: str | None = None, limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Current article versions whose title or text contains `q` (case-insensitive)."""
    limit, offset = _page(limit, offset)
    pat = _like(q or "")
    stmt = (select(articles.c.id, articles.c.doc_id, articles.c.title, articles.c.language, articles.c.url,
                   articles.c.source, articles.c.published, articles.c.version)
            .where(articles.c.is_current, or_(articles.c.title.ilike(pat, escape="\\"),
                                               articles.c.text.ilike(pat, escape="\\"))))
    if lang:
        stmt = stmt.where(articles.c.language == lang)
    stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.id).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def article_detail(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """An article version: its text, entities with mentions and actor ids, its events (with the
    fused event each belongs to) and roles; enough to highlight every fact in its sentence."""
    a = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if a is None:
        return None
    ents = {}
    for e in conn.execute(select(entities).where(entities.c.article_id == article_id).order_by(entities.c.id)):
        ents[e.id] = {"id": e.local_id, "actor_id": e.actor_id, "type": e.type, "name": e.name,
                      "kb_id": e.kb_id, "mentions": []}
    for m in conn.execute(select(mentions).where(mentions.c.article_id == article_id).order_by(mentions.c.start)):
        ents[m.entity_id]["mentions"].append({"start": m.start, "end": m.end})
    evs = [r.id for r in conn.execute(select(events.c.id).where(events.c.article_id == article_id))]
    fused_of = {r.event_id: r.fused_id for r in conn.execute(
        select(fused_sources.c.event_id, fused_sources.c.fused_id).where(fused_sources.c.event_id.in_(evs or [-1])))}
    ev_list = _source_events(conn, evs)
    for e in ev_list:
        e["fused_id"] = fused_of.get(e["event_id"])
    rl = [{"actor_id": r.actor_id, "title": r.title, "org_actor_id": r.org_actor_id, "date": r.date,
           "evidence": {"start": r.start, "end": r.end}}
          for r in conn.execute(select(roles).where(roles.c.article_id == article_id).order_by(roles.c.id))]
    return {"id": a.id, "doc_id": a.doc_id, "source": a.source, "url": a.url, "title": a.title,
            "language": a.language, "published": a.published, "version": a.version,
            "is_current": a.is_current, "text": a.text, "entities": list(ents.values()),
            "events": ev_list, "roles": rl}


def readout_json(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """The readout exactly as it was ingested."""
    raw = conn.execute(select(articles.c.raw).where(articles.c.id == article_id)).scalar()
    return json.loads(raw) if raw else None
