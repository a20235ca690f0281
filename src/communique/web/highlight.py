"""Untrusted article text as HTML: escape first, then wrap the cited offsets in <mark>.

Offsets are character offsets into the article text (DESIGN.md). The text is never inserted
raw: every slice goes through `markupsafe.escape`, and only the <mark> tags we write ourselves
are markup. Pure functions, testable without a database or a browser.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

# Sentence-ish boundaries a passage may start or end at (Latin and Arabic full stops, question
# marks, newlines). Used only to make the excerpt readable, never for offsets.
_BOUNDARY = set(".!?\n؟۔")


def clean_spans(spans: Iterable[dict], length: int) -> list[tuple[int, int]]:
    """Valid (start, end) pairs inside [0, length], sorted, overlaps merged."""
    out: list[tuple[int, int]] = []
    for s in spans:
        try:
            a, b = int(s["start"]), int(s["end"])
        except (KeyError, TypeError, ValueError):
            continue
        a, b = max(0, a), min(length, b)
        if a < b:
            out.append((a, b))
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def passage(text: str, spans: list[tuple[int, int]], context: int = 240) -> tuple[int, int]:
    """The excerpt of `text` to show around `spans`: from the sentence start before the first
    span to the sentence end after the last, at most `context` characters either side."""
    if not spans:
        return 0, min(len(text), 2 * context)
    lo, hi = spans[0][0], spans[-1][1]
    floor = max(0, lo - context)
    start = lo
    while start > floor and text[start - 1] not in _BOUNDARY:
        start -= 1
    while start < lo and text[start].isspace():
        start += 1
    ceil = min(len(text), hi + context)
    end = hi
    while end < ceil and text[end - 1] not in _BOUNDARY:
        end += 1
    return start, end


def highlight(text: str, spans: Iterable[dict], *, lo: int = 0, hi: int | None = None,
              css_class: str = "cite") -> Markup:
    """`text[lo:hi]` escaped, with each span wrapped in <mark class=css_class>."""
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    parts: list[str] = []
    pos = lo
    for a, b in clean_spans(spans, len(text)):
        a, b = max(a, lo), min(b, hi)
        if a >= b:
            continue
        parts.append(str(escape(text[pos:a])))
        parts.append(f'<mark class="{escape(css_class)}">{escape(text[a:b])}</mark>')
        pos = b
    parts.append(str(escape(text[pos:hi])))
    return Markup("".join(parts))


def excerpt(text: str, spans: Iterable[dict], context: int = 240) -> dict:
    """The passage around `spans` with them highlighted, and whether text was cut either side."""
    spans = list(spans)
    merged = clean_spans(spans, len(text))
    lo, hi = passage(text, merged, context)
    return {"html": highlight(text, spans, lo=lo, hi=hi), "lo": lo, "hi": hi,
            "cut_before": lo > 0, "cut_after": hi < len(text)}


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address, else None: a stored `javascript:` URL must never
    become a link."""
    if not url:
        return None
    u = str(url).strip()
    if u.lower().startswith(("http://", "https://")) and not any(c in u for c in "\x00\r\n\t "):
        return u
    return None
