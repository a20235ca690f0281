"""`communique ingest` and `communique export`: thin click commands over the store library."""

from __future__ import annotations

import sys

import click

from ..errors import CommuniqueError

DEFAULT_DB = "sqlite:///communique.db"


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store URL (sqlite:///… or postgresql+psycopg://…).")
@click.option("--workers", type=int, default=1, show_default=True, help="Extraction processes.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on this Dask scheduler (e.g. tcp://host:8786); this process writes the store.")
@click.option("--batch-size", type=int, default=50, show_default=True, help="Articles per transaction.")
@click.option("--no-fuse", is_flag=True, help="Skip updating fused events after storing.")
@click.option("--refuse", is_flag=True,
              help="Rebuild all fused events (after a change of fusion rules) instead of updating them.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths, db, workers, dask_address, batch_size, no_fuse, refuse, quiet) -> None:
    """Extract PATHS (articles, or readout .jsonl files) and store them; already stored articles
    are skipped, changed ones become new versions; then fuse reports of the same event."""
    from .ingest import ingest_paths

    try:
        stats = ingest_paths(db, paths, workers=workers, progress=not quiet, batch_size=batch_size,
                             fuse=False if no_fuse else ("full" if refuse else True), dask=dask_address)
        line = (f"ingested: {stats.added} added ({stats.versions} new versions), {stats.skipped} unchanged, "
                f"{stats.failed} failed")
        if stats.fusion:
            f = stats.fusion
            line += (f"; fused: {f['meetings']} meeting reports into {f['fused']} meetings, "
                     f"{f['statements']} statements")
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(line, err=True)
    if stats.failed:
        raise SystemExit(1)


@click.command()
@click.argument("what", type=click.Choice(["events", "actors", "roles", "articles"]))
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store URL.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "plover", "graphml"]), default="jsonl",
              show_default=True, help="plover: PLOVER event JSON (events); graphml: who met whom.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(what, db, fmt, output) -> None:
    """Export WHAT (events, actors, roles, articles) from the store."""
    from .export import export as run
    from .schema import open_store

    try:
        eng = open_store(db)
        with eng.connect() as conn:
            if output:
                with open(output, "w", encoding="utf-8", newline="") as fh:
                    run(conn, what, fmt, fh)
            else:
                run(conn, what, fmt, sys.stdout)
        eng.dispose()
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store URL.")
@click.option("--new", "only_new", is_flag=True,
              help="Only re-cluster what changed since the last fusion (as `ingest` does).")
def fuse(db, only_new) -> None:
    """Rebuild the fused events of the whole store (after the fusion rules changed)."""
    from .fusion import fuse as full, fuse_new
    from .schema import open_store

    try:
        eng = open_store(db)
        f = (fuse_new if only_new else full)(eng).as_dict()
        eng.dispose()
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"fused: {f['meetings']} meeting reports into {f['fused']} meetings "
               f"({f['reclustered']} recomputed), {f['statements']} statements", err=True)


COMMANDS = [ingest, export, fuse]
