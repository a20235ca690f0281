"""The analyst's workspace: HTML pages and a JSON API over the store (`communique serve`)."""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(db_url: str, token: str | None = None):
    from .app import create_app as _create

    return _create(db_url, token=token)
