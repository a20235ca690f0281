"""Offices and their holders over time (who was the US Special Envoy for Syria when)."""

from __future__ import annotations

from fastapi import Request

from ...store.timelines import offices
from .common import connect, opt_text

MAX_OFFICES = 200


def register(site) -> None:
    @site.page("/offices", "offices.html", name="offices",
               summary="Every office (title and organisation) with its holders and their first and last evidence")
    def office_list(request: Request, q: str | None = None):
        query = opt_text(q)
        with connect(request) as conn:
            rows = offices(conn)
        if query:
            k = query.casefold()
            rows = [o for o in rows if k in (o["title_norm"] or "").casefold()
                    or k in ((o["org"] or {}).get("name") or "").casefold()
                    or any(k in (h["title"] or "").casefold() or k in (h["name"] or "").casefold() for h in o["holders"])]
        rows.sort(key=lambda o: (-len(o["holders"]), o["title_norm"]))
        return {"title": "Offices", "q": query, "offices": rows[:MAX_OFFICES], "n_offices": len(rows)}
