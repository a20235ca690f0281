"""The event page: who took part (with their titles at that date), when, where, PLOVER type
and mode, statements made there, and each source's evidence side by side by language."""

from __future__ import annotations

from fastapi import HTTPException, Path, Request

from ...store import queries
from .. import queries_extra as qx
from ..highlight import clean_spans, passage
from .common import connect

LANG_ORDER = {"en": 0, "ar": 1}


def with_context(conn, items: list[dict]) -> None:
    """Give each source event the passage of its article around its evidence (article offsets)."""
    texts = qx.article_texts(conn, [s["article_id"] for s in items])
    for s in items:
        text = texts.get(s["article_id"], "")
        spans = clean_spans(s.get("evidence") or [], len(text))
        lo, hi = passage(text, spans)
        s["context"] = {"start": lo, "end": hi, "text": text[lo:hi]}


def _columns(request: Request, data: dict) -> dict:
    langs = sorted({s.get("language") or "?" for s in data["event"]["sources"]}, key=lambda x: (LANG_ORDER.get(x, 9), x))
    return {"columns": [{"language": lang, "sources": [s for s in data["event"]["sources"] if (s.get("language") or "?") == lang]}
                        for lang in langs]}


def register(site) -> None:
    @site.page("/events/{fused_id}", "event.html", name="event", html_extra=_columns,
               summary="A fused event: participants with their roles at that date, sources with evidence, statements")
    def event(request: Request, fused_id: str = Path(..., max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")):
        with connect(request) as conn:
            ev = queries.event_detail(conn, fused_id)
            if ev is None:
                raise HTTPException(404, f"No event {fused_id}")
            at = qx.roles_at(conn, [p["id"] for p in ev["participants"]], ev.get("day") or ev.get("date"))
            for p in ev["participants"]:
                p["role_at_date"] = at.get(p["id"])
            with_context(conn, ev["sources"])
            with_context(conn, ev["statements"])
        ev["title"] = f"{ev['type']} {ev.get('date') or ev.get('day') or ''}".strip()
        return {"title": ev["title"], "event": ev}
