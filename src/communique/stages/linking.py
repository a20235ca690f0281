"""linking: every entity of an Arabic article gets a Latin canonical name (see
`communique.ar.linking`); English articles pass through it to fill the run's registry of
Latin-script names that later Arabic articles are matched against."""

from __future__ import annotations

from ..ar.linking import link_article, register
from ..ar.mentions import article_kb
from ..model import Article
from ..pipeline import Context, stage


@stage("linking", requires=("entities",), assigns=("entities",), languages=("en", "ar"))
def linking(article: Article, ctx: Context) -> None:
    if article.language == "ar":
        link_article(article, ctx, article_kb(ctx))
    else:
        register(article, ctx)
