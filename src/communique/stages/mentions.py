"""mentions: every name in the text (people, organisations, places, instruments, conferences).

Each language has its own recogniser (`communique.en.mentions`, `communique.ar.mentions`),
a function `find_mentions(article, ctx) -> list[Mention]`, pure: it computes and returns."""

from __future__ import annotations

import importlib

from ..model import Article
from ..pipeline import Context, stage


def for_language(lang: str, module: str, func: str):
    return getattr(importlib.import_module(f"communique.{lang}.{module}"), func)


@stage("mentions", requires=("text", "sentences", "language"), assigns=("mentions",),
       languages=("en", "ar"))
def mentions(article: Article, ctx: Context) -> None:
    find = for_language(article.language, "mentions", "find_mentions")
    article.mentions = sorted(find(article, ctx), key=lambda m: (m.start, -m.end))
