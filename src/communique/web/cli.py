"""`communique serve`: the workspace (HTML pages and JSON API) over a store."""

from __future__ import annotations

import click

DEFAULT_DB = "sqlite:///communique.db"


@click.command()
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, envvar="COMMUNIQUE_DB",
              help="Store URL: sqlite:///file.db or postgresql+psycopg://user@host/db.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--token", envvar="COMMUNIQUE_TOKEN", default=None,
              help="Enables POST /api/ingest for clients sending 'Authorization: Bearer TOKEN' "
                   "(also read from COMMUNIQUE_TOKEN). Without it the workspace is read-only.")
def serve(db_url: str, host: str, port: int, token: str | None) -> None:
    """Serve the analyst's workspace: timeline, events, actors, network, map, downloads, and
    the same data as JSON under /api."""
    import uvicorn

    from .app import create_app

    try:
        app = create_app(db_url, token=token)
    except Exception as exc:  # a bad URL or an unreachable server: one clear line
        raise click.ClickException(f"cannot open the store {db_url}: {exc}") from None
    click.echo(f"Communiqué workspace on http://{host}:{port}/  (store: {db_url}; "
               f"{'ingest enabled' if token else 'read-only'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
