"""POST /api/ingest: readouts into the store, only when the server was started with a token.
Without one the route does not exist and the workspace is read-only."""

from __future__ import annotations

import hmac
import json

from fastapi import HTTPException, Request

from ...store.ingest import ingest_readouts

MAX_BODY = 32 << 20  # 32 MB per request; larger corpora go through `communique ingest`


def authorised(given: str | None, token: str) -> bool:
    """Constant-time comparison of an `Authorization: Bearer …` header with the token."""
    if not given or not given.startswith("Bearer "):
        return False
    return hmac.compare_digest(given[len("Bearer "):].encode("utf-8"), token.encode("utf-8"))


def parse_body(body: bytes) -> list:
    """A JSON array of readouts, one readout object, {"readouts": [...]}, or JSON Lines."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body must be UTF-8 JSON") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise HTTPException(400, f"the body is neither JSON nor JSON Lines: {exc.msg} at line {exc.lineno}") from None
    if isinstance(data, dict) and isinstance(data.get("readouts"), list):
        return data["readouts"]
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise HTTPException(400, "expected readouts (an object, an array or JSON Lines)")


async def read_capped(request: Request, cap: int) -> bytes:
    """The request body, refused (413) as soon as it passes `cap` bytes: a huge upload is never
    held in memory whole."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"request body larger than {cap} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise HTTPException(413, f"request body larger than {cap} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def register(site) -> None:
    app = site.app
    if not app.state.token:
        return

    @app.post("/api/ingest", tags=["write"],
              summary="Store readouts (communique.readout/1) and rebuild fused events; needs the server's token")
    async def ingest(request: Request):
        if not authorised(request.headers.get("authorization"), app.state.token):
            raise HTTPException(401, "a valid bearer token is required")
        body = await read_capped(request, MAX_BODY)
        readouts = parse_body(body)
        from starlette.concurrency import run_in_threadpool

        out = await run_in_threadpool(_store, app.state.db_url, readouts)
        app.state.options_cache = None  # new actors and places for the filter form
        return out


def _store(url: str, readouts: list) -> dict:
    from ...store.fusion import fuse_new
    from ...store.schema import open_store

    engine = open_store(url)
    try:
        stats = ingest_readouts(engine, readouts)
        if stats.added:
            fuse_new(engine)
        return {**stats.as_dict(), "errors": stats.errors[:50]}
    finally:
        engine.dispose()
