"""`communique demo`: the bundled example articles into the embedded SQLite store, then the
workspace serving it (what `make demo` runs)."""

from __future__ import annotations

from pathlib import Path

import click

# examples/ beside src/ in a checkout (the demo is a developer's command, not packaged data)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@click.command()
@click.option("--db", "db_url", default="sqlite:///communique.db", show_default=True, help="Store URL.")
@click.option("--examples", "folder", type=click.Path(exists=True, file_okay=False), default=None,
              help=f"Folder of articles to read (default: {EXAMPLES}).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--no-serve", is_flag=True, help="Only build the store.")
def demo(db_url: str, folder: str | None, host: str, port: int, no_serve: bool) -> None:
    """Read the example articles (English and Arabic) into the store and serve the workspace."""
    from .store.ingest import ingest_paths

    src = Path(folder) if folder else EXAMPLES
    if not src.is_dir():
        raise click.ClickException(f"no example articles at {src}")
    stats = ingest_paths(db_url, [str(src)])
    fused = getattr(stats, "fusion", None) or {}
    click.echo(f"demo: {stats.added} articles added, {stats.skipped} already stored, {stats.failed} failed; "
               f"fusion: {fused}")
    if no_serve:
        return
    from .web.cli import serve

    click.get_current_context().invoke(serve, db_url=db_url, host=host, port=port, token=None)


COMMANDS = [demo]
