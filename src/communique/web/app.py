"""The analyst's workspace: one FastAPI app whose page handlers serve both the JSON API
(`/api/...`, documented at `/openapi.json` and `/api`) and the HTML pages (same path without
`/api`), datasette-style: a handler returns plain data, the HTML route renders it.

Read-only by default: readers use their own engine (SQLite connections are `query_only`), and
the ingest endpoint exists only when a token is given at start.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from .highlight import excerpt, highlight, safe_url

HERE = Path(__file__).parent
log = logging.getLogger("communique.web")

# Inline scripts and styles are refused by the browser even if an escaping bug ever let one
# through: the pages need none (defence in depth; escaping is the first line).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
LANG_NAMES = {"en": "English", "ar": "Arabic"}
RTL = {"ar", "fa", "he", "ur"}


def _query_string(request: Request | None = None, **changes: Any) -> str:
    """The current query string with `changes` applied (None removes a key): for filter and
    pagination links."""
    params = dict(request.query_params) if request is not None else {}
    for k, v in changes.items():
        if v is None or v == "":
            params.pop(k, None)
        else:
            params[k] = str(v)
    return ("?" + urlencode(params)) if params else ""


def passage_html(ctx: dict | None, spans: list[dict]):
    """A source's context passage (`{start, end, text}` from the API) with the cited spans,
    given in article offsets, highlighted."""
    if not ctx:
        return ""
    shift = int(ctx.get("start") or 0)
    return highlight(ctx.get("text") or "", [dict(s, start=s["start"] - shift, end=s["end"] - shift) for s in spans])


def mark_link(article_id: int, span: dict | None) -> str:
    """A link to an article page with `span` marked and scrolled to."""
    if not span or not str(span.get("start", "")).isdigit() or not str(span.get("end", "")).isdigit():
        return f"/articles/{int(article_id)}"
    return f"/articles/{int(article_id)}?mark={int(span['start'])}-{int(span['end'])}#focus"


def make_templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(["html", "svg", "xml"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(qs=_query_string, mark_link=mark_link, excerpt=excerpt, passage_html=passage_html, safe_url=safe_url,
                       LANG_NAMES=LANG_NAMES, PLOVER_TYPES=PLOVER_TYPES)
    env.filters["dir"] = lambda lang: "rtl" if lang in RTL else "ltr"
    env.filters["langname"] = lambda lang: LANG_NAMES.get(lang or "", lang or "?")
    return env


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/openapi.json")


class Site:
    """Registers each page twice: `/api<path>` returns the handler's data as JSON (in the
    OpenAPI schema), `<path>` renders it with `template`."""

    def __init__(self, app: FastAPI, templates: Environment):
        self.app = app
        self.templates = templates

    def render(self, request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        html = self.templates.get_template(template).render(request=request, **data)
        return HTMLResponse(html, status_code=status)

    def page(self, path: str, template: str, *, name: str, summary: str, tags: list[str] | None = None,
             api: str | None = None, html_extra: Callable[[Request, dict], dict] | None = None):
        def deco(fn: Callable[..., dict[str, Any]]):
            self.app.add_api_route(api or "/api" + path, fn, methods=["GET"], name="api_" + name, summary=summary,
                                   tags=tags or ["pages"], response_model=None)

            @functools.wraps(fn)
            def html(*args, **kwargs):
                request = kwargs["request"]
                data = fn(*args, **kwargs)
                extra = html_extra(request, data) if html_extra else {}
                return self.render(request, template, {**data, **extra})

            self.app.add_api_route(path, html, methods=["GET"], name=name, include_in_schema=False,
                                   response_class=HTMLResponse, response_model=None)
            return fn
        return deco


def read_only_engine(url: str) -> Engine:
    """The readers' engine: the schema brought up to date once, then every connection refuses
    writes (SQLite `query_only`, PostgreSQL read-only sessions)."""
    from ..store.schema import make_engine, open_store

    open_store(url).dispose()
    eng = make_engine(url)
    if url.startswith("sqlite"):
        statement = "PRAGMA query_only=ON"
    elif url.startswith("postgresql"):
        statement = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
    else:
        return eng

    def _read_only(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute(statement)
        cur.close()
        if url.startswith("postgresql"):
            dbapi_conn.commit()  # psycopg opened a transaction for the SET; end it

    sa_event.listen(eng, "connect", _read_only)
    return eng


def create_app(db_url: str, token: str | None = None) -> FastAPI:
    """The app for the store at `db_url`. With `token`, POST /api/ingest accepts readouts from
    a client that sends `Authorization: Bearer <token>`."""
    app = FastAPI(title="Communiqué", version="1", docs_url=None, redoc_url=None,
                  description="Evidence-linked record of diplomacy: fused events, actors, roles, statements. "
                              "Every HTML page has a JSON twin under /api.")
    app.state.db_url = db_url
    app.state.engine = read_only_engine(db_url)
    app.state.token = token or None
    templates = make_templates()
    site = Site(app, templates)
    app.state.site = site
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def error(request: Request, status: int, message: str) -> Any:
        if wants_json(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        name = f"{status}.html" if status in (400, 404, 500) else "error.html"
        return site.render(request, name, {"status": status, "message": message, "title": f"Error {status}"},
                           status=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
        return error(request, 400, "; ".join(parts) or "bad request")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return error(request, 500, "Internal error: the server could not answer this request.")

    from .pages import register_all

    register_all(site)
    return app
