"""Exports of the store: events (fused), actors, roles, articles as JSON Lines, CSV, PLOVER
event JSON (events) or GraphML (who met whom). Everything streams page by page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..errors import StoreError
from . import queries
from .schema import actors, aliases, articles, events, fused_events, fused_sources, statement_meetings
from .timelines import offices

WHATS = ("events", "actors", "roles", "articles")
FORMATS = ("jsonl", "csv", "plover", "graphml")
PAGE = 500


def iter_events(conn: Connection) -> Iterator[dict[str, Any]]:
    """Fused events in id order (stable across runs), each with `sources: [{"doc", "event"}]` (DESIGN.md) and, for a
    meeting, the ids of the statements made at it."""
    last = None
    while True:
        stmt = select(fused_events).order_by(fused_events.c.id).limit(PAGE)
        if last is not None:
            stmt = stmt.where(fused_events.c.id > last)
        rows = list(conn.execute(stmt))
        if not rows:
            return
        last = rows[-1].id
        ids = [r.id for r in rows]
        src: dict[str, list] = {i: [] for i in ids}
        for fid, doc, local, lang in conn.execute(
                select(fused_sources.c.fused_id, articles.c.doc_id, events.c.local_id, articles.c.language)
                .join(events, events.c.id == fused_sources.c.event_id)
                .join(articles, articles.c.id == events.c.article_id)
                .where(fused_sources.c.fused_id.in_(ids)).order_by(articles.c.doc_id, events.c.local_id)):
            src[fid].append({"doc": doc, "event": local, "language": lang})
        said: dict[str, list] = {i: [] for i in ids}
        for fid, eid in conn.execute(
                select(statement_meetings.c.fused_id, fused_sources.c.fused_id)
                .join(fused_sources, fused_sources.c.event_id == statement_meetings.c.event_id)
                .where(statement_meetings.c.fused_id.in_(ids)).order_by(fused_sources.c.fused_id)):
            said[fid].append(eid)
        for d in queries.fused_event_dicts(conn, rows):
            d["sources"] = src[d["id"]]
            if said[d["id"]]:
                d["statements"] = said[d["id"]]
            yield d


def _statement_sides(conn: Connection, fused_id: str) -> tuple[list[dict], list[dict], str | None, str | None]:
    det = queries.event_detail(conn, fused_id) or {}
    s = (det.get("sources") or [{}])[0]
    parts = s.get("participants", [])
    kb = {a["id"]: a.get("kb_id") for a in det.get("participants", [])}
    actor = [_plover_actor(p["name"], kb.get(p["actor_id"])) for p in parts if p["role"] == "actor"]
    target = [_plover_actor(p["name"], kb.get(p["actor_id"])) for p in parts if p["role"] == "target"]
    return actor, target, s.get("quote"), s.get("language")


def _plover_actor(name: str, code: str | None) -> dict[str, str]:
    return {"actorText": name, "code": code or ""}


def plover_record(conn: Connection, e: dict[str, Any]) -> dict[str, Any]:
    """A fused event as a PLOVER event record, with the field names of the PLOVER gold standard
    records (openeventdata/PLOVER: id, date, source, target, event, eventText, context, mode,
    text, language, coder, version); compound actors are lists. A meeting names all parties
    as sources with no target (PLOVER CONSULT when the host is not known). Where it came from
    is kept under "communique" (the fused id, its documents and per-document events)."""
    from datetime import date

    if e["type"] == "CONSULT":
        source = [_plover_actor(p["name"], p.get("kb_id")) for p in e["participants"]
                  if p["type"] in ("PERSON", "ORG", "GPE", "NORP")]
        target: list[dict] | str = ""
        quote = None
    else:
        source, target, quote, _ = _statement_sides(conn, e["id"])
        target = target or ""
    rec: dict[str, Any] = {
        "id": e["id"], "date": e["date"] or e["day"] or "", "source": source, "target": target,
        "event": e["type"], "eventText": "", "context": "", "mode": e["mode"] or "",
        "text": e["summary"] or "", "language": ",".join(e["languages"]),
        "coder": "communique", "version": "PLOVER 2.0", "dateCoded": date.today().isoformat(),
        "communique": {"sources": e["sources"], "location": e["location"]["name"] if e["location"] else None,
                       "n_sources": e["n_sources"]},
    }
    if quote:
        rec["communique"]["quote"] = quote
    return rec


def iter_actors(conn: Connection) -> Iterator[dict[str, Any]]:
    last = 0
    while True:
        rows = list(conn.execute(select(actors).where(actors.c.id > last).order_by(actors.c.id).limit(PAGE)))
        if not rows:
            return
        last = rows[-1].id
        als: dict[int, list] = {r.id: [] for r in rows}
        for a in conn.execute(select(aliases).where(aliases.c.actor_id.in_(list(als)))
                              .order_by(aliases.c.actor_id, aliases.c.count.desc(), aliases.c.alias)):
            als[a.actor_id].append({"alias": a.alias, "script": a.script, "count": a.count})
        for r in rows:
            yield {"id": r.id, "name": r.name, "type": r.type, "kb_id": r.kb_id, "provisional": r.provisional,
                   "aliases": als[r.id]}


def iter_roles(conn: Connection) -> Iterator[dict[str, Any]]:
    """One row per office holder: title, organisation, holder, first and last dated evidence."""
    for off in offices(conn):
        for h in off["holders"]:
            yield {"title": h["title"], "title_norm": off["title_norm"],
                   "org": off["org"]["name"] if off["org"] else None,
                   "org_actor_id": off["org"]["id"] if off["org"] else None,
                   "actor_id": h["actor_id"], "actor": h["name"], "first": h["first"], "last": h["last"],
                   "n_evidence": h["n_evidence"]}


def iter_articles(conn: Connection) -> Iterator[dict[str, Any]]:
    last = 0
    cols = [articles.c[c] for c in ("id", "doc_id", "source", "url", "title", "language", "published",
                                    "version", "is_current", "content_hash", "ingested_at")]
    while True:
        rows = list(conn.execute(select(*cols).where(articles.c.id > last).order_by(articles.c.id).limit(PAGE)))
        if not rows:
            return
        last = rows[-1].id
        yield from (dict(r._mapping) for r in rows)


def _flat(v: Any) -> Any:
    if isinstance(v, list):
        return ";".join(_flat(x) if not isinstance(x, dict) else
                        (x.get("name") or x.get("alias") or f"{x.get('doc')}#{x.get('event')}") for x in v)
    if isinstance(v, dict):
        return v.get("name") or json.dumps(v, ensure_ascii=False)
    return v


def graph(conn: Connection, since: str | None = None, until: str | None = None):
    """A networkx Graph of who met whom: actors as nodes, edge weight = fused meetings together."""
    import networkx as nx

    net = queries.network(conn, since, until, limit=20000)
    g = nx.Graph()
    for n in net["nodes"]:
        g.add_node(str(n["id"]), label=n["name"], type=n["type"], kb_id=n["kb_id"] or "")
    for e in net["edges"]:
        g.add_edge(str(e["source"]), str(e["target"]), weight=int(e["weight"]))
    return g


def export(conn: Connection, what: str, fmt: str, out: IO[str]) -> int:
    """Write `what` in `fmt` to `out`; returns the number of records (nodes for graphml)."""
    if what not in WHATS or fmt not in FORMATS:
        raise StoreError(f"E310 unknown export {what!r} / format {fmt!r}")
    if fmt == "graphml":
        if what not in ("events", "actors"):
            raise StoreError("E311 graphml exports the meeting network: use it with events or actors")
        import networkx as nx

        g = graph(conn)
        buf = io.BytesIO()
        nx.write_graphml(g, buf)
        out.write(buf.getvalue().decode("utf-8"))
        return g.number_of_nodes()
    if fmt == "plover" and what != "events":
        raise StoreError("E312 the plover format is for events")
    rows = {"events": iter_events, "actors": iter_actors, "roles": iter_roles, "articles": iter_articles}[what](conn)
    n = 0
    writer = None
    for r in rows:
        if fmt == "plover":
            r = plover_record(conn, r)
        if fmt in ("jsonl", "plover"):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            flat = {k: _flat(v) for k, v in r.items()}
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(flat)
        n += 1
    return n
