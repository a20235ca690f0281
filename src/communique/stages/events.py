"""events: meetings (PLOVER CONSULT) and PLOVER-coded statements, each with its evidence.

The logic lives in `communique.events`; this stage only stores what it returns."""

from __future__ import annotations

from ..events import extract_events
from ..model import Article
from ..pipeline import Context, stage


@stage("events", requires=("entities",), assigns=("events",), languages=("en", "ar"))
def events(article: Article, ctx: Context) -> None:
    article.events = extract_events(article, ctx)
