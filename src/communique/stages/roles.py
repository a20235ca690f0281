"""roles: titles attached to people by apposition and title-before-name
(`communique.roles.extract.find_roles`), dated by the publication date."""

from __future__ import annotations

from ..model import Article
from ..pipeline import Context, stage
from ..roles.extract import find_roles


@stage("roles", requires=("entities",), assigns=("roles",), languages=("en", "ar"))
def roles(article: Article, ctx: Context) -> None:
    found = find_roles(article.text, article.sentences, article.entities, article.language or "en")
    for r in found:
        r.date = article.published
    article.roles = found
