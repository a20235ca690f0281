"""Role timelines: per actor, each title with its first and last dated evidence; per office
(office key of the title, see offices.py, + organisation), its holders over time. Only current
article versions count.
"""

from __future__ import annotations

from collections import Counter, namedtuple
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from .offices import office_key
from .schema import actors, articles, roles


def _role_rows(conn: Connection, *conds) -> list:
    stmt = (select(roles.c.actor_id, roles.c.title, roles.c.title_norm, roles.c.org_actor_id, roles.c.date,
                   roles.c.start, roles.c.end, articles.c.id.label("article_id"), articles.c.doc_id)
            .join(articles, and_(articles.c.id == roles.c.article_id, articles.c.is_current))
            .where(*conds).order_by(roles.c.date, articles.c.doc_id, roles.c.start))
    res = conn.execute(stmt)
    row_type = namedtuple("RoleRow", list(res.keys()))
    return [row_type(*r) for r in res]


def aggregate(rows: list, key) -> list[dict[str, Any]]:
    """Group role rows by `key(row)`; each group gets its first/last dated evidence, the most
    frequent spelling of the title and its evidence count. Pure: testable without a database."""
    groups: dict[Any, list] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    out = []
    for k, rs in groups.items():
        dated = [r for r in rs if r.date]
        first = min(dated, key=lambda r: (r.date, r.doc_id)) if dated else None
        last = max(dated, key=lambda r: (r.date, r.doc_id)) if dated else None
        titles = Counter(r.title for r in rs)
        out.append({
            "key": k, "title": sorted(titles.items(), key=lambda t: (-t[1], t[0]))[0][0],
            "title_norm": rs[0].title_norm, "org_actor_id": rs[0].org_actor_id, "actor_id": rs[0].actor_id,
            "first": first.date if first else None, "last": last.date if last else None,
            "first_evidence": {"article_id": first.article_id, "doc": first.doc_id, "start": first.start,
                               "end": first.end} if first else None,
            "last_evidence": {"article_id": last.article_id, "doc": last.doc_id, "start": last.start,
                              "end": last.end} if last else None,
            "n_evidence": len(rs)})
    out.sort(key=lambda g: (g["first"] or "9999", g["title_norm"], g["actor_id"]))
    return out


def _names(conn: Connection, ids) -> dict[int, str]:
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    return {r.id: r.name for r in conn.execute(select(actors.c.id, actors.c.name).where(actors.c.id.in_(ids)))}


def actor_roles(conn: Connection, actor_id: int) -> list[dict[str, Any]]:
    """Each title an actor held (title + org), with first and last dated evidence."""
    groups = aggregate(attach_generic(_role_rows(conn, roles.c.actor_id == actor_id)),
                       key=lambda r: (r.title_norm, r.org_actor_id))
    names = _names(conn, [g["org_actor_id"] for g in groups])
    for g in groups:
        g.pop("key")
        g["org"] = {"id": g["org_actor_id"], "name": names[g["org_actor_id"]]} if g["org_actor_id"] else None
    return groups


def attach_generic(rows: list) -> list:
    """Rows with `office` set: a person's title that does not say which country it covers
    ("US special envoy": envoy) is counted under the one such office the same person holds
    for the same organisation ("Special Envoy for Syria": envoy for syria); when they hold
    none or several, it stays the general office. Pure: rows are (named)tuples with
    actor_id, org_actor_id, title_norm."""
    specific: dict[tuple, set[str]] = {}
    for r in rows:
        if " for " in r.title_norm:
            head = r.title_norm.split(" for ")[0]
            specific.setdefault((r.actor_id, r.org_actor_id, head), set()).add(r.title_norm)
    out = []
    for r in rows:
        found = specific.get((r.actor_id, r.org_actor_id, r.title_norm), ())
        out.append(r._replace(title_norm=next(iter(found))) if len(found) == 1 else r)
    return out


def office_holders(conn: Connection, title: str, org_actor_id: int | None = None) -> list[dict[str, Any]]:
    """Who held an office (an office key or any title naming it, optionally of one
    organisation) and when, in order of first evidence."""
    wanted = {office_key(title), title}
    head = office_key(title).split(" for ")[0]
    conds = [roles.c.title_norm.in_(sorted(wanted | {head}))]
    if org_actor_id is not None:
        conds.append(roles.c.org_actor_id == org_actor_id)
    rows = [r for r in attach_generic(_role_rows(conn, *conds)) if r.title_norm in wanted]
    groups = aggregate(rows, key=lambda r: r.actor_id)
    names = _names(conn, [g["actor_id"] for g in groups] + [g["org_actor_id"] for g in groups])
    for g in groups:
        g.pop("key")
        g["holder"] = {"id": g["actor_id"], "name": names.get(g["actor_id"])}
        g["org"] = {"id": g["org_actor_id"], "name": names.get(g["org_actor_id"])} if g["org_actor_id"] else None
    return groups


def offices(conn: Connection) -> list[dict[str, Any]]:
    """Every office (title_norm, org) with its holders over time."""
    rows = attach_generic(_role_rows(conn))
    by_office: dict[tuple, list] = {}
    for r in rows:
        by_office.setdefault((r.title_norm, r.org_actor_id), []).append(r)
    names = _names(conn, [r.actor_id for r in rows] + [r.org_actor_id for r in rows])
    out = []
    for (tn, org), rs in sorted(by_office.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        holders = aggregate(rs, key=lambda r: r.actor_id)
        out.append({"title_norm": tn, "org": {"id": org, "name": names.get(org)} if org else None,
                    "holders": [{"actor_id": h["actor_id"], "name": names.get(h["actor_id"]), "title": h["title"],
                                 "first": h["first"], "last": h["last"], "n_evidence": h["n_evidence"]}
                                for h in holders]})
    return out
