"""/api: the JSON endpoints, read from the app's own OpenAPI schema (no CDN-hosted docs UI:
the workspace runs offline)."""

from __future__ import annotations

from fastapi import Request


def register(site) -> None:
    app = site.app

    @app.get("/api", include_in_schema=False)
    def api_index(request: Request):
        spec = app.openapi()
        rows = []
        for path, ops in sorted(spec.get("paths", {}).items()):
            for method, op in ops.items():
                params = [p["name"] for p in op.get("parameters", [])]
                rows.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                             "params": params})
        if "text/html" in request.headers.get("accept", ""):
            return site.render(request, "api.html", {"title": "API", "endpoints": rows})
        return {"openapi": "/openapi.json", "endpoints": rows}
