"""Every export of the store (communique.store.export) as a download."""

from __future__ import annotations

import tempfile

from fastapi import HTTPException, Path, Request
from fastapi.responses import StreamingResponse

from ...store.export import export
from .common import connect

# what -> formats the store's exporter accepts for it
KINDS = {"events": ["jsonl", "csv", "plover", "graphml"], "actors": ["jsonl", "csv", "graphml"],
         "roles": ["jsonl", "csv"], "articles": ["jsonl", "csv"]}
MEDIA = {"jsonl": "application/x-ndjson", "plover": "application/x-ndjson", "csv": "text/csv",
         "graphml": "application/graphml+xml"}
SUFFIX = {"jsonl": "jsonl", "plover": "plover.jsonl", "csv": "csv", "graphml": "graphml"}
CHUNK = 1 << 16


def register(site) -> None:
    @site.page("/downloads", "downloads.html", name="downloads", summary="The exports available for download")
    def downloads(request: Request):
        return {"title": "Downloads",
                "exports": [{"what": w, "format": f, "url": f"/downloads/{w}.{f}", "filename": f"{w}.{SUFFIX[f]}"}
                            for w, fs in KINDS.items() for f in fs]}

    @site.app.get("/downloads/{what}.{fmt}", tags=["downloads"],
                  summary="One export (events/actors/roles/articles as jsonl, csv, plover or graphml)")
    def download(request: Request, what: str = Path(..., max_length=16), fmt: str = Path(..., max_length=16)):
        if what not in KINDS or fmt not in KINDS[what]:
            raise HTTPException(404, f"No export {what}.{fmt}")
        # written to a spooled file (memory first, disk past 16 MB), then streamed in chunks
        buf = tempfile.SpooledTemporaryFile(max_size=16 << 20, mode="w+", encoding="utf-8", newline="")
        with connect(request) as conn:
            export(conn, what, fmt, buf)
        buf.seek(0)

        def chunks():
            try:
                while True:
                    block = buf.read(CHUNK)
                    if not block:
                        break
                    yield block.encode("utf-8")
            finally:
                buf.close()

        return StreamingResponse(chunks(), media_type=MEDIA[fmt],
                                 headers={"Content-Disposition": f'attachment; filename="{what}.{SUFFIX[fmt]}"'})
