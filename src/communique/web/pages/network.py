"""Who met whom, weighted by the number of fused meetings, for a period."""

from __future__ import annotations

from fastapi import Request

from ...store import queries
from ..graph import layout
from .common import connect, opt_date, opt_int

MAX_EDGES = 300  # beyond this a drawn graph is unreadable; the JSON and GraphML have them all


def _drawing(request: Request, data: dict) -> dict:
    edges = data["edges"][:MAX_EDGES]
    keep = {e["source"] for e in edges} | {e["target"] for e in edges}
    return {"drawing": layout([n for n in data["nodes"] if n["id"] in keep], edges)}


def register(site) -> None:
    @site.page("/network", "network.html", name="network", html_extra=_drawing,
               summary="Who met whom: actors and edges weighted by fused meetings, within a period")
    def network(request: Request, since: str | None = None, until: str | None = None,
                min_weight: str | None = None):
        lo, hi = opt_date("since", since), opt_date("until", until, end=True)
        mw = opt_int("min_weight", min_weight) or 1
        with connect(request) as conn:
            net = queries.network(conn, lo, hi, min_weight=mw, limit=2000)
        return {"title": "Network", "filters": {"since": lo, "until": hi, "min_weight": mw},
                "nodes": net["nodes"], "edges": net["edges"]}
