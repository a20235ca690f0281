"""clean: raw input → cleaned text, headline and publication date.

Page furniture (menus, breadcrumbs, footers) is dropped line by line; the raw input keeps it.
A repeated line (a headline printed twice, a caption under a photo and again below it) is
kept once. A date line near the top gives `published` when the input did not.
"""

from __future__ import annotations

import re
import unicodedata

from ..dates.absolute import find_dates
from ..lexicon import regex_lines
from ..model import Article
from ..pipeline import Context, stage

HEADER_LINES = 8  # a dateline or headline lives in the first few lines of a page
_META_PREFIX = re.compile(r"^\s*(?:date|published|posted|updated|تاريخ النشر|نشر في)\s*:?\s*", re.I)


# An Arabic agency dateline on a line of its own ("دمشق-سانا", "عمان-بترا"): one hyphenated
# token that the one-word furniture pattern would drop, yet it places the report.
_AR_DATELINE = re.compile(r"[\u0621-\u064a]{2,}\s*[-–]\s*[\u0621-\u064a]{2,}")


def is_furniture(line: str) -> bool:
    s = line.strip()
    if not s or _AR_DATELINE.fullmatch(s):
        return False
    return bool(regex_lines("furniture.txt").match(s))


def normalise_raw(raw: str) -> str:
    s = unicodedata.normalize("NFC", raw)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return s


def date_line(line: str) -> tuple[str, str] | None:
    """(date, rest of line) when the line opens with a date or is mostly one."""
    s = _META_PREFIX.sub("", line.strip())
    for d in find_dates(s):
        if d.precision != "day":
            continue
        before = s[: d.start].strip(" ,-–—|")
        # "Thursday, 14 March 2019", "14 March 2019 In Coalition News", "date 2024-12-19 Port Sudan";
        # a short dateline line may also open with a place and another calendar's date
        # ("جدة 29 شوال 1444 هـ الموافق 19 مايو 2023 م"): short line, date within it.
        short_line = len(s) <= 90 and len(before) <= 50
        if not before or (len(before) <= 12 and len(s) - (d.end - d.start) < 60) or short_line:
            return d.value, s[d.end :].strip()
        break
    return None


def looks_like_headline(line: str) -> bool:
    s = line.strip()
    return 8 <= len(s) <= 220 and not s.endswith((".", "،", ":")) and len(s.split()) <= 30


def normalise_published(value: str | None) -> str | None:
    """An ISO date (or its year/month prefix) from whatever the input gave; None otherwise."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    found = list(find_dates(value))
    return found[0].value if found else None


@stage("clean", requires=("raw",), assigns=("text", "title", "published"))
def clean(article: Article, ctx: Context) -> None:
    given = article.published
    article.published = normalise_published(given)
    if given and not article.published:
        article.notes.append(f"published date {given!r} not understood; ignored")
    source = article.scratch.get("html_text") or article.raw
    lines = normalise_raw(source).split("\n")
    kept: list[str] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        s = re.sub(r"[ \t]+", " ", line).strip()
        if not s:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        # The dateline test comes first: a bare "2023-08-29" line also looks like furniture.
        if i < HEADER_LINES + 4 or len(kept) < HEADER_LINES:
            d = date_line(s)
            if d is not None:
                if not article.published:
                    article.published = d[0]
                if len(d[1]) < 40:  # the whole line was a dateline
                    continue
        if _AR_DATELINE.fullmatch(s):
            s = re.sub(r"\s*[-–]\s*", " - ", s)  # "دمشق-سانا": the place a word of its own
        elif is_furniture(s):
            continue
        key = s.casefold()
        if key in seen and len(s) > 15:
            continue
        seen.add(key)
        kept.append(s)
    while kept and kept[-1] == "":
        kept.pop()
    text = "\n".join(kept).strip("\n")
    article.text = text
    if not article.title:
        for line in kept[:HEADER_LINES]:
            if line:
                if looks_like_headline(line):
                    article.title = line
                break
