"""Actors: the list, and one actor's page (every name in every script, role history, meetings
and statements over time, counterparts)."""

from __future__ import annotations

from fastapi import HTTPException, Path, Request

from ...store import queries
from .. import queries_extra as qx
from .common import connect, opt_text, page_offset, page_size

TIMELINE_W = 900  # width of the role-history SVG, in its own units


def role_bars(roles: list[dict]) -> dict:
    """Bars for the role-history SVG: each title from its first to its last dated evidence on
    a shared time axis (years). Pure."""
    dated = [r for r in roles if r.get("first")]
    if not dated:
        return {"bars": [], "years": [], "width": TIMELINE_W, "height": 0}

    def frac(d: str) -> float:
        y, m, dd = (int(x) for x in (d + "-01-01")[:10].split("-"))
        return y + (m - 1) / 12 + (dd - 1) / 365

    lo = int(min(frac(r["first"]) for r in dated))
    hi = int(max(frac(r["last"] or r["first"]) for r in dated)) + 1
    label_w, span = 300, max(1, hi - lo)
    scale = (TIMELINE_W - label_w - 20) / span
    bars = []
    for i, r in enumerate(dated):
        x1 = label_w + (frac(r["first"]) - lo) * scale
        x2 = label_w + (frac(r["last"] or r["first"]) - lo) * scale
        bars.append({"y": 24 + i * 26, "x": round(x1, 1), "w": round(max(6.0, x2 - x1), 1), "role": r})
    years = [{"year": y, "x": round(label_w + (y - lo) * scale, 1)} for y in range(lo, hi + 1)]
    return {"bars": bars, "years": years, "width": TIMELINE_W, "height": 24 + len(bars) * 26 + 10}


ACT_W, ACT_H = 900, 110  # activity chart size, in its own units


def activity(meetings: list[str], statements: list[str]) -> dict:
    """Meetings and statements per month (per year past four years) as stacked bars. Takes
    the days (YYYY-MM-DD or shorter) of each; undated ones are left out. Pure."""
    days = [d for d in meetings + statements if d]
    if not days:
        return {"bars": [], "width": ACT_W, "height": ACT_H}
    months = lambda d: int(d[:4]) * 12 + (int(d[5:7]) - 1 if len(d) >= 7 else 0)  # noqa: E731
    lo, hi = min(map(months, days)), max(map(months, days))
    yearly = hi - lo >= 48
    key = (lambda d: int(d[:4])) if yearly else months
    first, last = (lo // 12, hi // 12) if yearly else (lo, hi)
    n = last - first + 1
    counts = [[0, 0] for _ in range(n)]
    for i, ds in enumerate((meetings, statements)):
        for d in ds:
            if d:
                counts[key(d) - first][i] += 1
    top = max(a + b for a, b in counts) or 1
    slot = (ACT_W - 40) / n
    bars = []
    for j, (m, st) in enumerate(counts):
        k = first + j
        label = str(k) if yearly else f"{k // 12}-{k % 12 + 1:02d}"
        hm, hs = (ACT_H - 30) * m / top, (ACT_H - 30) * st / top
        bars.append({"x": round(30 + j * slot + slot * 0.1, 1), "w": round(max(1.0, slot * 0.8), 1),
                     "meetings": m, "statements": st, "label": label,
                     "ym": round(ACT_H - 18 - hm, 1), "hm": round(hm, 1),
                     "ys": round(ACT_H - 18 - hm - hs, 1), "hs": round(hs, 1),
                     "tick": yearly or k % 12 == 0 or j == 0})
    return {"bars": bars, "width": ACT_W, "height": ACT_H, "top": top, "unit": "year" if yearly else "month"}


def _role_svg(request: Request, data: dict) -> dict:
    a = data["actor"]
    return {"role_chart": role_bars(a["roles"]),
            "activity": activity([m.get("day") or m.get("date") for m in a["meetings"]],
                                 [s.get("day") or s.get("date") for s in a["statements"]])}


def register(site) -> None:
    @site.page("/actors", "actors.html", name="actors", summary="Actors by number of events; q matches any alias")
    def actors(request: Request, q: str | None = None, type: str | None = None, limit: int | None = None,
               offset: int | None = None):
        query = opt_text(q)
        kind = opt_text(type, "type", 16)
        n, off = page_size(limit), page_offset(offset)
        with connect(request) as conn:
            rows = queries.actors_list(conn, q=query, type=kind.upper() if kind else None, limit=n, offset=off)
        return {"title": "Actors", "q": query, "type": kind, "actors": rows, "limit": n, "offset": off,
                "next_offset": off + n if len(rows) == n else None}

    @site.page("/actors/{actor_id}", "actor.html", name="actor", html_extra=_role_svg,
               summary="An actor: names in every script, role history, meetings, statements, counterparts")
    def actor(request: Request, actor_id: int = Path(..., ge=1, le=2**62)):
        with connect(request) as conn:
            a = queries.actor_detail(conn, actor_id)
            if a is None:
                raise HTTPException(404, f"No actor {actor_id}")
            a["meetings"] = queries.timeline(conn, actor=actor_id, type="CONSULT", limit=200)
            a["statements"] = qx.actor_statements(conn, actor_id, limit=200)
            a["counterparts"] = qx.counterparts(conn, actor_id, limit=100)
        scripts: dict[str, list] = {}
        for al in a["aliases"]:
            scripts.setdefault(al["script"], []).append(al)
        a["names_by_script"] = scripts
        return {"title": a["name"], "actor": a}
