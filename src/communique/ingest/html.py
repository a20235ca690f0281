"""HTML pages through trafilatura: title, date and main text."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import InputError
from ..model import Article

# htmldate's "extensive search" scans free text, where a footer's "Copyright 2019" passes
# for the publication date (measured on an Arabic page). We ask only the page's markup
# (meta tags, <time>, URL), and still refuse a date whose year sits in a copyright line.
_COPYRIGHT = re.compile(r"(?:©|&copy;|copyright|جميع الحقوق)[^<\n]{0,40}?((?:19|20)\d\d)", re.I)


def html_to_article(html: str, source: str, doc_id: str | None = None, **fields) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=fields.get("url"),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"E211 HTML could not be parsed: {type(exc).__name__}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source, "E212 HTML page has no main text (empty or missing <body>)")
    title = fields.pop("title", None) or getattr(doc, "title", None)
    published = fields.pop("published", None)
    if not published:
        date = getattr(doc, "date", None)
        if date and not _copyright_year(html, date):
            published = date
    stem = Path(source).stem if source not in ("-", "") else ""
    art = Article(
        id=doc_id or stem or "stdin-" + hashlib.sha1(html.encode("utf-8", "replace")).hexdigest()[:16],
        source=source,
        raw=html,
        format="html",
        title=title,
        published=published,
        **fields,
    )
    # The headline goes first so the cleaned text reads like a plain-text article.
    art.scratch["html_text"] = (title + "\n\n" + text) if title and not text.startswith(title) else text
    return art


def _copyright_year(html: str, date: str) -> bool:
    years = {m.group(1) for m in _COPYRIGHT.finditer(html)}
    return date[:4] in years and date[5:] in ("01-01", "")
