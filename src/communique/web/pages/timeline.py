"""Home: fused events over time with filters, and full-text search over articles."""

from __future__ import annotations

import time

from fastapi import Query, Request

from ...store import queries
from .. import queries_extra as qx
from ..app import PLOVER_TYPES
from ..highlight import excerpt
from .common import (connect, opt_date, opt_int, opt_lang, opt_text, opt_type, page_offset, page_size)


# The filter form's choices rank every actor by its events: cached for this long per app
# (cleared by an ingest) so the home page stays cheap on a large store.
OPTIONS_TTL = 60.0


def _options(request: Request, data: dict) -> dict:
    """The filter form's choices (HTML only: the JSON twin stays the list of events)."""
    state = request.app.state
    cached = getattr(state, "options_cache", None)
    if cached and time.monotonic() - cached[0] < OPTIONS_TTL:
        return {"options": cached[1]}
    with connect(request) as conn:
        options = {"actors": queries.actors_list(conn, limit=200), "places": queries.places(conn, limit=200),
                   "languages": qx.languages(conn) or ["ar", "en"], "types": PLOVER_TYPES}
    state.options_cache = (time.monotonic(), options)
    return {"options": options}


def register(site) -> None:
    @site.page("/", "timeline.html", name="timeline", api="/api/events",
               summary="Fused events, newest first, filtered by actor, type, place, period, language and text",
               html_extra=_options)
    def timeline(request: Request, actor: str | None = None, type: str | None = None, place: str | None = None,
                 since: str | None = None, until: str | None = None, lang: str | None = None,
                 q: str | None = None, limit: int | None = None, offset: int | None = None,
                 with_: str | None = Query(None, alias="with", max_length=200,
                                           description="a second actor (id or name): only events both took part in")):
        f = {"type": opt_type(type, PLOVER_TYPES), "place": opt_int("place", place),
             "since": opt_date("since", since), "until": opt_date("until", until, end=True),
             "lang": opt_lang(lang), "q": opt_text(q)}
        n, off = page_size(limit), page_offset(offset)
        who, other, unknown = None, None, []
        with connect(request) as conn:
            # actor and with: an id, or a name in any script (the best-connected actor bearing it)
            if opt_text(actor, "actor"):
                who = qx.resolve_actor(conn, actor)
                unknown += [] if who else [actor.strip()]
            if opt_text(with_, "with"):
                other = qx.resolve_actor(conn, with_)
                unknown += [] if other else [with_.strip()]
            if unknown:
                events = []
            elif who and other:
                events = qx.timeline_with(conn, who["id"], other["id"], **f, limit=n, offset=off)
            else:
                one = who or other
                events = queries.timeline(conn, actor=one["id"] if one else None, **f, limit=n, offset=off)
            place_row = qx.actor_names(conn, [f["place"]]).get(f["place"]) if f["place"] is not None else None
        f["actor"] = who["id"] if who else None
        f["with"] = other["id"] if other else None
        return {"title": "Timeline", "filters": f, "events": events, "limit": n, "offset": off,
                "next_offset": off + n if len(events) == n else None,
                "actor": who, "with_actor": other, "place": place_row, "unknown_actors": unknown}

    @site.page("/search", "search.html", name="search",
               summary="Full-text search over the current articles, in every language")
    def search(request: Request, q: str | None = None, lang: str | None = None, limit: int | None = None,
               offset: int | None = None):
        query, language = opt_text(q), opt_lang(lang)
        n, off = page_size(limit), page_offset(offset)
        results = []
        if query:
            with connect(request) as conn:
                results = qx.search_articles(conn, query, lang=language, limit=n, offset=off)
            for r in results:
                text = r.pop("text")
                hits = qx.find_folded(text, query)
                ex = excerpt(text, hits[:1], context=160)
                r["snippet"] = {"start": ex["lo"], "end": ex["hi"], "text": text[ex["lo"]:ex["hi"]],
                                "more": ex["cut_after"]}
                r["hits"] = hits[:20]
                r["n_hits"] = len(hits)
        return {"title": f"Search: {query}" if query else "Search", "q": query, "lang": language,
                "results": results, "limit": n, "offset": off,
                "next_offset": off + n if len(results) == n else None}
