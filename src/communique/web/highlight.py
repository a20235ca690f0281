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


# Kinds of marked span (CSS classes); a span's "kind" outside this set falls back to "cite".
KINDS = ("cite", "role", "hit", "focus")


def layered_spans(spans: Iterable[dict], length: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) for spans carrying a `kind`: overlapping spans of one kind merge;
    where kinds overlap the later kind in KINDS wins (focus over hit over role over cite), so
    the pieces never nest."""
    by_kind: dict[str, list[dict]] = {}
    for s in spans:
        k = s.get("kind", "cite") if isinstance(s, dict) else "cite"
        by_kind.setdefault(k if k in KINDS else "cite", []).append(s)
    owner: list[str | None] = [None] * length
    for k in KINDS:
        for a, b in clean_spans(by_kind.get(k, []), length):
            owner[a:b] = [k] * (b - a)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < length:
        k = owner[i]
        j = i
        while j < length and owner[j] == k:
            j += 1
        if k is not None:
            out.append((i, j, k))
        i = j
    return out


def highlight(text: str, spans: Iterable[dict], *, lo: int = 0, hi: int | None = None,
              css_class: str = "cite") -> Markup:
    """`text[lo:hi]` escaped, with each span wrapped in <mark class=KIND> (a span's `kind`, else
    `css_class`); the first `focus` span gets id="focus" so a link can jump to it."""
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    default = css_class if css_class in KINDS else "cite"
    spans = [dict(s, kind=s.get("kind", default)) for s in spans if isinstance(s, dict)]
    parts: list[str] = []
    pos = lo
    focused = False
    # only the window [lo, hi) is laid out: the per-character owner list stays small
    window = [dict(s, start=int(s["start"]) - lo, end=int(s["end"]) - lo) for s in spans
              if _is_int(s.get("start")) and _is_int(s.get("end"))]
    for a, b, k in layered_spans(window, hi - lo):
        a, b = a + lo, b + lo
        parts.append(str(escape(text[pos:a])))
        anchor = ""
        if k == "focus" and not focused:
            anchor, focused = ' id="focus"', True
        parts.append(f'<mark class="{k}"{anchor}>{escape(text[a:b])}</mark>')
        pos = b
    parts.append(str(escape(text[pos:hi])))
    return Markup("".join(parts))


def _is_int(v) -> bool:
    try:
        int(v)
    except (TypeError, ValueError):
        return False
    return True


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
