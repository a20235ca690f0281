"""One small module per page; each has `register(site)` adding its HTML and JSON routes."""

from __future__ import annotations


def register_all(site) -> None:
    from . import actors, api_index, articles, downloads, events, ingest, mapview, network, offices, timeline

    for mod in (timeline, events, actors, offices, articles, network, mapview, downloads, api_index, ingest):
        mod.register(site)
