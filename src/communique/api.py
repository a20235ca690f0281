"""The library's front door: text or paths in, readouts out."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError
from .ingest.readers import read_inputs, text_article
from .model import Article
from .pipeline import Context, Pipeline
from .readout import build


@functools.lru_cache(maxsize=8)
def _cached_pipeline(options: tuple[tuple[str, Any], ...]) -> Pipeline:
    return Pipeline(context=Context(options=dict(options)))


def load_pipeline(**options: Any) -> Pipeline:
    """The default pipeline, built once per process for the same options.

    Options: `kb` (a tuple of extra knowledge-base files), `lang` (force a language)."""
    opts = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in options.items() if v is not None))
    return _cached_pipeline(opts)


def process(article: Article, *, published: str | None = None, pipeline: Pipeline | None = None,
            **options: Any) -> Article:
    if published:
        article.published = published
    pipe = pipeline or load_pipeline(**options)
    return pipe(article)


def process_inputs(paths: Iterable[str], *, published: str | None = None, stdin=None,
                   **options: Any) -> Iterator[Article | InputError]:
    """Every document under `paths`, processed; bad input comes out as InputError."""
    pipe = load_pipeline(**options)
    for item in read_inputs(paths, stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield process(item, published=published, pipeline=pipe)
        except Exception as exc:  # one article's failure must not stop a batch
            yield InputError(item.source, f"E299 extraction failed: {type(exc).__name__}: {exc}",
                             item.scratch.get("record_line"))


def extract(text_or_path: str | os.PathLike, *, published: str | None = None, lang: str | None = None,
            kb: Iterable[str] | None = None, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Readouts (`communique.readout/1` dicts) for a text, a file or a folder.

    A string naming an existing file or folder is read from disk; any other string is the
    article text itself. Bad input raises InputError."""
    options = {"lang": lang, "kb": tuple(kb) if kb else None}
    s = os.fspath(text_or_path)
    if "\n" not in s and len(s) < 4096 and os.path.exists(s):
        out = []
        for item in process_inputs([s], published=published, **options):
            if isinstance(item, InputError):
                raise item
            out.append(build(item))
        return out
    article = text_article(s, "", doc_id=doc_id)
    return [build(process(article, published=published, **options))]
