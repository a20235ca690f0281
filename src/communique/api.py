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
                   link_across: bool = True, **options: Any) -> Iterator[Article | InputError]:
    """Every document under `paths`, processed, in input order; bad input comes out as
    InputError.

    With `link_across` (the default) an Arabic article's names are matched against the
    Latin-script entities of every English article of the batch, not only those before it:
    from the first Arabic article on, results are held until the input ends, then the Arabic
    articles that English ones followed are relinked (`ar.linking.link_batch`). A batch with
    no Arabic article streams as before; one that starts with Arabic comes out at its end."""
    pipe = load_pipeline(**options)
    held: list[Article | InputError] = []
    for item in read_inputs(paths, stdin=stdin):
        if not isinstance(item, InputError):
            try:
                item = process(item, published=published, pipeline=pipe)
            except Exception as exc:  # one article's failure must not stop a batch
                item = InputError(item.source, f"E299 extraction failed: {type(exc).__name__}: {exc}",
                                  item.scratch.get("record_line"))
        if held or (link_across and isinstance(item, Article) and item.language == "ar"):
            held.append(item)
        else:
            yield item
    if held:
        _relink(held, pipe)
        yield from held


def _relink(held: list[Article | InputError], pipe: Pipeline) -> None:
    """Relink the held Arabic articles that an English article followed."""
    articles = [a for a in held if isinstance(a, Article)]
    last_en = max((i for i, a in enumerate(articles) if a.language != "ar"), default=-1)
    stale = [a for a in articles[:last_en] if a.language == "ar"]
    if stale:
        from .ar.linking import link_batch
        from .ar.mentions import article_kb

        link_batch(stale + [a for a in articles if a.language != "ar"], pipe.context, article_kb(pipe.context))


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
