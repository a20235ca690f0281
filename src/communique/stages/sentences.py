"""sentences: paragraphs (lines of the cleaned text) and sentences within them.

A rule splitter that knows both scripts: a sentence ends at . ! ? ؟ (or a closing quote after
one) followed by a space and a capital, a digit, an Arabic letter or an opening quote, unless
the word before is a known abbreviation ("Mr.", "U.S.", "Maj. Gen.", "Oct.").
"""

from __future__ import annotations

import functools
import re

from ..lexicon import entries
from ..model import Article, Span
from ..pipeline import Context, stage

_END = re.compile(r"[.!?؟]+[\"'”’»)]*(?=\s+[\"'“‘«(]?[A-Z0-9\u0621-\u064a\u0660-\u0669])")


@functools.lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(e.casefold() for e in entries("en", "abbreviations.txt"))


def split_paragraphs(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def split_sentences(text: str, para: Span) -> list[Span]:
    chunk = text[para.start : para.end]
    out, start = [], 0
    abbr = abbreviations()
    for m in _END.finditer(chunk):
        word = re.search(r"(\S+)$", chunk[start : m.start() + 1])
        w = word.group(1).casefold() if word else ""
        if m.group(0).startswith(".") and (w in abbr or re.fullmatch(r"(?:[a-z]\.)+", w) or re.fullmatch(r"[a-z]\.", w)):
            continue
        end = m.end()
        out.append(Span(para.start + start, para.start + end))
        start = end
        while start < len(chunk) and chunk[start].isspace():
            start += 1
    if start < len(chunk):
        out.append(Span(para.start + start, para.end))
    return out


@stage("sentences", requires=("text",), assigns=("paragraphs", "sentences"))
def sentences(article: Article, ctx: Context) -> None:
    article.paragraphs = split_paragraphs(article.text)
    article.sentences = [s for p in article.paragraphs for s in split_sentences(article.text, p)]
