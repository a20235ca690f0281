"""The command line: a thin layer over the library that turns its errors into one clear line."""

from __future__ import annotations

import json
import sys

import click

from .errors import CommuniqueError, InputError


def report(err: Exception) -> None:
    click.echo(f"communique: error: {err}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="communique")
def cli() -> None:
    """Communiqué: who met whom, where and when, and what each side said, from English and
    Arabic news, every fact linked to its source sentence."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True, help="jsonl: one readout a line; json: an array; table: for people.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for every input, overriding what is found.")
@click.option("--lang", type=click.Choice(["en", "ar"]), help="Treat every input as this language.")
@click.option("--kb", "kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra knowledge-base file (YAML, or an openeventdata actor dictionary).")
def extract(paths, fmt, published, lang, kb) -> None:
    """Readouts (communique.readout/1) for PATHS: .txt, .html, .json, .jsonl files, folders, or - for stdin."""
    from .api import process_inputs
    from .readout import build
    from .render import readout_table

    failed = 0
    collected = []
    for item in process_inputs(paths, published=published, lang=lang, kb=kb or None):
        if isinstance(item, InputError):
            failed += 1
            report(item)
            continue
        r = build(item)
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt == "table":
            click.echo(readout_table(r))
        else:
            collected.append(r)
    if fmt == "json":
        sys.stdout.write(json.dumps(collected, ensure_ascii=False, indent=1) + "\n")
    if failed:
        raise SystemExit(1)


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("readouts", type=click.Path(exists=True, dir_okay=False))
@click.option("--events", "fused", type=click.Path(exists=True, dir_okay=False),
              help="Fused events (communique export events) to check same-event pairs.")
@click.option("--json", "as_json", is_flag=True, help="The full summary as JSON.")
@click.option("--misses", is_flag=True, help="List every miss, document by document.")
def evaluate(gold, readouts, fused, as_json, misses) -> None:
    """Score READOUTS (JSON lines) against GOLD (gold-v1), as ../shared/gold/README.md says."""
    from .evaluate import evaluate as run, load_jsonl, summary_line, table

    try:
        with open(gold, encoding="utf-8") as fh:
            g = json.load(fh)
        preds = load_jsonl(readouts)
        ev = load_jsonl(fused) if fused else None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read input: {exc}") from None
    s = run(g, preds, ev)
    if misses:
        for doc, lines in s["misses"].items():
            if lines:
                click.echo(f"== {doc}")
                for line in lines:
                    click.echo("  " + line)
        click.echo("")
    if as_json:
        out = {k: v for k, v in s.items() if k != "misses"}
        click.echo(json.dumps(out, indent=1, ensure_ascii=False))
        click.echo(summary_line(s))
    else:
        click.echo(table(s))


def _register_optional() -> None:
    """Commands that live in their own modules (store, web, demo) join when present."""
    import importlib

    for mod in ("communique.store.cli", "communique.web.cli", "communique.demo"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name and mod.startswith(exc.name):
                continue
            raise
        for c in getattr(m, "COMMANDS", ()):
            cli.add_command(c)


_register_optional()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except CommuniqueError as exc:
        report(exc)
        raise SystemExit(1) from None
