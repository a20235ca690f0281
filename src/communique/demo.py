"""`communique demo`: the main job on the embedded default — the bundled example articles into
a SQLite store, a readable summary, then the workspace served on localhost."""

from __future__ import annotations

from pathlib import Path

import click

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def summary(url: str, limit: int = 8) -> str:
    from .store import queries
    from .store.schema import open_store

    eng = open_store(url)
    lines = []
    with eng.connect() as conn:
        counts = queries.count_events(conn)
        lines.append("store: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        lines.append("latest meetings:")
        for ev in queries.timeline(conn, type="CONSULT", limit=limit):
            who = ", ".join(p.get("name", "?") for p in ev.get("participants", [])[:6])
            place = (ev.get("location") or {}).get("name")
            langs = "/".join(ev.get("languages") or [])
            lines.append(f"  {ev.get('date') or '????-??-??':<10}  {place or '-':<18} {who}  "
                         f"[{ev.get('n_sources', 1)} report(s) {langs}]")
    eng.dispose()
    return "\n".join(lines)


@click.command()
@click.option("--db", default="sqlite:///communique.db", show_default=True, help="Store URL.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Stop after ingesting and printing the summary.")
@click.argument("paths", nargs=-1)
def demo(db, host, port, no_serve, paths) -> None:
    """Ingest the bundled example articles (or PATHS), print a summary, serve the workspace."""
    from .store.ingest import ingest_paths

    paths = list(paths) or [str(EXAMPLES)]
    stats = ingest_paths(db, paths, progress=True)
    click.echo(f"ingested {stats.added} new article(s), {stats.skipped} already stored, {stats.failed} failed")
    click.echo(summary(db))
    if no_serve:
        return
    try:
        from .web.app import create_app
    except ImportError:
        click.echo("the web workspace is not installed; stopping here")
        return
    import uvicorn

    click.echo(f"serving the workspace at http://{host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


COMMANDS = [demo]
