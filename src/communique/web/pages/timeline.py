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


HIST_W, HIST_H = 1000, 70  # the events-over-time strip, in its own units


def month_bars(per_month: list[dict]) -> dict:
    """Bars for the events-over-time strip: every month from the first to the last (empty ones
    too), or every year past ten years. Each bar carries the since/until of its period so a
    click narrows the timeline to it. Pure."""
    if not per_month:
        return {"bars": [], "width": HIST_W, "height": HIST_H}
    idx = lambda m: int(m[:4]) * 12 + int(m[5:7]) - 1  # noqa: E731
    counts = {idx(r["month"]): r["n"] for r in per_month if len(r["month"] or "") == 7}
    if not counts:
        return {"bars": [], "width": HIST_W, "height": HIST_H}
    lo, hi = min(counts), max(counts)
    yearly = hi - lo >= 120
    if yearly:
        years: dict[int, int] = {}
        for k, v in counts.items():
            years[k // 12] = years.get(k // 12, 0) + v
        keys = list(range(lo // 12, hi // 12 + 1))
        values = [years.get(y, 0) for y in keys]
        labels = [str(y) for y in keys]
        periods = [(str(y), str(y)) for y in keys]
    else:
        keys = list(range(lo, hi + 1))
        values = [counts.get(k, 0) for k in keys]
        labels = [f"{k // 12}-{k % 12 + 1:02d}" for k in keys]
        periods = [(lab, lab) for lab in labels]
    top = max(values) or 1
    slot = HIST_W / len(keys)
    bars = []
    for i, (v, lab, (a, b)) in enumerate(zip(values, labels, periods)):
        h = round((HIST_H - 16) * v / top, 1)
        bars.append({"x": round(i * slot + slot * 0.08, 1), "w": round(max(0.8, slot * 0.84), 1), "h": h,
                     "y": round(HIST_H - 14 - h, 1), "n": v, "label": lab, "since": a, "until": b,
                     "tick": yearly or lab.endswith("-01") or i == 0})
    # at most ~12 axis labels, or they run into each other
    step = max(1, len([b for b in bars if b["tick"]]) // 12)
    for j, b in enumerate([b for b in bars if b["tick"]]):
        b["tick"] = j % step == 0
    return {"bars": bars, "width": HIST_W, "height": HIST_H, "top": top, "unit": "year" if yearly else "month"}


def _html_extra(request: Request, data: dict) -> dict:
    return {**_options(request, data), "hist": month_bars(data["per_month"])}


def register(site) -> None:
    @site.page("/", "timeline.html", name="timeline", api="/api/events",
               summary="Fused events, newest first, filtered by actor, type, place, period, language and text",
               html_extra=_html_extra)
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
                events, per_month = [], []
            else:
                if who and other:
                    events = qx.timeline_with(conn, who["id"], other["id"], **f, limit=n, offset=off)
                else:
                    one = who or other
                    events = queries.timeline(conn, actor=one["id"] if one else None, **f, limit=n, offset=off)
                per_month = qx.events_per_month(conn, who["id"] if who else None, other["id"] if other else None, **f)
            place_row = qx.actor_names(conn, [f["place"]]).get(f["place"]) if f["place"] is not None else None
        f["actor"] = who["id"] if who else None
        f["with"] = other["id"] if other else None
        return {"title": "Timeline", "filters": f, "events": events, "limit": n, "offset": off,
                "next_offset": off + n if len(events) == n else None,
                "actor": who, "with_actor": other, "place": place_row, "unknown_actors": unknown,
                "per_month": per_month}

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
