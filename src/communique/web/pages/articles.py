"""An article: its text with every cited span highlighted, its events, and its readout."""

from __future__ import annotations

from fastapi import HTTPException, Path, Query, Request

from ...store import queries
from .common import connect


def register(site) -> None:
    @site.page("/articles/{article_id}", "article.html", name="article",
               summary="An article version: text, entities, events (with their fused event), roles")
    def article(request: Request, article_id: int = Path(..., ge=1, le=2**62),
                mark: str | None = Query(None, max_length=40, pattern=r"^\d{1,9}-\d{1,9}$",
                                         description="a span START-END to mark and scroll to")):
        with connect(request) as conn:
            a = queries.article_detail(conn, article_id)
        if a is None:
            raise HTTPException(404, f"No article {article_id}")
        # every span the page marks, with its kind: event evidence, role evidence, the linked one
        spans = [{"start": s["start"], "end": s["end"], "kind": "cite"} for e in a["events"] for s in e["evidence"]]
        spans += [{"start": r["evidence"]["start"], "end": r["evidence"]["end"], "kind": "role"} for r in a["roles"]]
        if mark:
            start, end = (int(x) for x in mark.split("-"))
            if not 0 <= start < end <= len(a["text"]):
                raise HTTPException(400, f"mark {mark} is outside the article")
            spans.append({"start": start, "end": end, "kind": "focus"})
        a["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
        return {"title": a.get("title") or a["doc_id"], "article": a, "mark": mark}

    @site.app.get("/api/articles/{article_id}/readout", tags=["pages"],
                  summary="The readout (communique.readout/1) of an article version, as ingested")
    def readout(request: Request, article_id: int = Path(..., ge=1, le=2**62)):
        with connect(request) as conn:
            r = queries.readout_json(conn, article_id)
        if r is None:
            raise HTTPException(404, f"No article {article_id}")
        return r
