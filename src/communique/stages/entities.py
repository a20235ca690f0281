"""entities: mentions grouped into the things they name, within one article (surname-only
mentions, title mentions and misspellings join the full name), each with a canonical name.

Per language: `communique.<lang>.entities.build_entities(article, ctx) -> list[Entity]`."""

from __future__ import annotations

from ..model import Article
from ..pipeline import Context, stage
from .mentions import for_language


@stage("entities", requires=("mentions",), assigns=("entities",), languages=("en", "ar"))
def entities(article: Article, ctx: Context) -> None:
    build = for_language(article.language, "entities", "build_entities")
    ents = build(article, ctx)
    for i, e in enumerate(ents, 1):
        e.id = f"E{i}"
    article.entities = ents
