"""language: identify the article's language; only English and Arabic are processed."""

from __future__ import annotations

import functools
import re

from ..model import Article
from ..pipeline import Context, stage

SUPPORTED = ("en", "ar")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")
# characters the classifier reads: its cost grows with the sample, and a news article's first
# paragraphs settle its language as surely as the whole text does
LANGID_SAMPLE = 1500


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str:
    sample = text[:LANGID_SAMPLE]
    ar = len(_ARABIC_LETTER.findall(sample))
    lat = len(_LATIN_LETTER.findall(sample))
    # Script decides between our two languages cheaply; a page mostly in Arabic script is
    # Arabic unless the classifier is sure it is Persian or Urdu.
    lang, _ = _identifier().classify(sample)
    if ar > lat:
        return lang if lang in ("fa", "ur", "ps", "ku") else "ar"
    return lang


@stage("language", requires=("text",), assigns=("language",))
def language(article: Article, ctx: Context) -> None:
    forced = ctx.options.get("lang")
    hint = article.scratch.get("language_hint")
    if forced:
        article.language = forced
    elif not article.text.strip():
        article.language = None
    else:
        article.language = identify(article.text)
        if hint and hint in SUPPORTED and article.language not in SUPPORTED:
            article.language = hint
    article.supported = article.language in SUPPORTED
    if not article.supported:
        article.notes.append(f"language {article.language!r} is not supported; stored without extraction")
