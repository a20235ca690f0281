"""dates: every time expression in the text, resolved against the publication date
(`communique.dates.resolve.find_times`)."""

from __future__ import annotations

from ..dates.resolve import find_times
from ..model import Article
from ..pipeline import Context, stage


@stage("dates", requires=("text", "sentences"), assigns=("times",))
def dates(article: Article, ctx: Context) -> None:
    article.times = find_times(article.text, article.published, article.sentences)
