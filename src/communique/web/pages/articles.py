"""An article: its text with every cited span highlighted, its events, and its readout."""

from __future__ import annotations

from fastapi import HTTPException, Path, Request

from ...store import queries
from .common import connect


def register(site) -> None:
    @site.page("/articles/{article_id}", "article.html", name="article",
               summary="An article version: text, entities, events (with their fused event), roles")
    def article(request: Request, article_id: int = Path(..., ge=1, le=2**62)):
        with connect(request) as conn:
            a = queries.article_detail(conn, article_id)
        if a is None:
            raise HTTPException(404, f"No article {article_id}")
        a["evidence"] = sorted(({"start": s["start"], "end": s["end"]} for e in a["events"] for s in e["evidence"]),
                               key=lambda s: s["start"])
        return {"title": a.get("title") or a["doc_id"], "article": a}

    @site.app.get("/api/articles/{article_id}/readout", tags=["pages"],
                  summary="The readout (communique.readout/1) of an article version, as ingested")
    def readout(request: Request, article_id: int = Path(..., ge=1, le=2**62)):
        with connect(request) as conn:
            r = queries.readout_json(conn, article_id)
        if r is None:
            raise HTTPException(404, f"No article {article_id}")
        return r
