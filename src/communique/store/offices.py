"""Office titles: the many ways a role title names one office, reduced to one key.

"US special envoy", "Special Envoy for Syria" (of the United States) and "المبعوث الأمريكي
الخاص إلى سوريا (US special envoy to Syria)" are one office. The key is the canonical head
title (data/office_titles.tsv: synonyms in both languages, modifiers that do not change the
office) plus, for envoys and the like, the country they cover: "envoy for syria". The state or
body the office belongs to is not part of the key: it is the role's organisation, kept beside
it. Pure functions, testable on one title.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import table
from ..textnorm import arabic_fold, has_arabic, norm, strip_accents

_GLOSSED = re.compile(r"^(?P<ar>[^()]*?)\s*\((?P<gloss>[^()]*)\)\s*$")
_CONNECTORS = {"for", "to", "on", "in", "of", "at"}


def _en(s: str) -> str:
    return norm(strip_accents(s.replace("'s ", " ").replace("’s ", " ")))


def _ar(s: str) -> str:
    k = norm(arabic_fold(s))
    return " ".join(re.sub(r"^(ال|لل|و|ل)(?=\S{3})", "", w) for w in k.split())


@functools.lru_cache(maxsize=1)
def _data() -> tuple[list[tuple[list[str], str]], dict[str, str], set[str], set[str]]:
    """(English phrases as word lists → head, longest first; Arabic phrase → head, drop
    words, portfolio heads)."""
    en: list[tuple[list[str], str]] = []
    ar: dict[str, str] = {}
    drop: set[str] = set()
    portfolio: set[str] = set()
    for row in table("office_titles.tsv"):
        kind, phrase = row[0], row[1]
        if kind == "same" and len(row) > 2:
            if has_arabic(phrase):
                ar[_ar(phrase)] = row[2]
            else:
                en.append((_en(phrase).split(), row[2]))
        elif kind == "drop":
            drop.add(_en(phrase))
        elif kind == "portfolio":
            portfolio.add(_en(phrase))
    en.sort(key=lambda p: -len(p[0]))
    return en, ar, drop, portfolio


@functools.lru_cache(maxsize=1)
def _places() -> list[tuple[list[str], str]]:
    """Country and body words as word lists → the canonical name's key, longest first: the
    demonyms, the countries' other names, and the UN."""
    out: dict[tuple[str, ...], str] = {}
    for row in table("en", "demonyms.txt"):
        if len(row) >= 3:
            out[tuple(_en(row[0]).split())] = _en(row[2])
            out[tuple(_en(row[2]).split())] = _en(row[2])
    for row in table("country_names.txt"):
        canon = _en(row[0])
        for name in [row[0]] + [n for f in row[1:] for n in f.split("|")]:
            if not has_arabic(name) and _en(name):
                out[tuple(_en(name).split())] = canon
    for name in ("un", "u n", "united nations"):
        out[tuple(name.split())] = "united nations"
    return sorted(((list(k), v) for k, v in out.items() if k), key=lambda p: -len(p[0]))


def _match(words: list[str], i: int, phrases) -> tuple[int, str] | None:
    for ph, val in phrases:
        if words[i:i + len(ph)] == ph:
            return len(ph), val
    return None


def _first_reading(gloss: str) -> str:
    """A gloss with "/" gives both readings of a word ("president/head"): keep the first."""
    return re.sub(r"(\w+(?: \w+)*?)/[\w ]+?(?= [A-Z]|$)", r"\1", gloss.strip())


# titles repeat across a corpus: the writer asks for the same few thousand again and again
@functools.lru_cache(maxsize=1 << 16)
def office_key(title: str, org: str | None = None) -> str:
    """The office a role title names: canonical head, plus "for <country>" for a head that
    covers a country (envoys, ambassadors); the state or body it belongs to (`org`, or a
    country word in the title) is left out."""
    title = (title or "").strip()
    head_ar = None
    glossed = False
    if has_arabic(title):
        m = _GLOSSED.match(title)
        ar_part, gloss = (m.group("ar"), m.group("gloss")) if m else (title, "")
        en_map, ar_map, _, _ = _data()
        words = _ar(ar_part).split()
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in ar_map:
                head_ar = ar_map[" ".join(words[:n])]
                break
        if not gloss:
            return head_ar or _ar(ar_part)
        title = _first_reading(gloss)
    glossed = head_ar is not None
    en_map, _, drop, portfolio_heads = _data()
    words = _en(title).split()
    org_words = _en(org).split() if org else []
    places = _places()
    org_place = _match(org_words, 0, places) if org_words else None
    parts: list[str] = []          # the office's own words, in order, before any complement
    covered: list[tuple[str, bool]] = []   # countries named beside it (, in the complement)
    complement = False             # after "to", "for", "of": what the office is about
    about: list[str] = []          # the complement's other words (a body, when no org is known)
    i = 0
    while i < len(words):
        if org_words and words[i:i + len(org_words)] == org_words:
            i += len(org_words)
            continue
        hit = _match(words, i, en_map)
        if hit and not complement:
            parts.append(hit[1])
            i += hit[0]
            # a glossed Arabic title names its body right after the head, with no "of"
            complement = glossed
            continue
        place = _match(words, i, places)
        if place:
            covered.append((place[1], complement))
            if complement:
                about.extend(words[i:i + place[0]])
            i += place[0]
            continue
        w = words[i]
        i += 1
        if w in _CONNECTORS:
            complement = complement or bool(parts)
        elif w == "and" and not complement:
            parts.append(w)
        elif not complement and w not in drop and w != "s":
            parts.append(w)
        elif complement and w not in drop:
            about.append(w)
    while parts and parts[-1] == "and":
        parts.pop()
    office = head_ar or " ".join(parts) or _en(title)
    if office in portfolio_heads:
        # the country it covers: one named after "to"/"for", else the second of two named
        # before it ("UN Libya envoy"); a lone one before it is its own state ("US envoy")
        own = {org_place[1]} if org_place else set()
        after = [c for c, comp in covered if comp and c not in own]
        before = [c for c, comp in covered if not comp]
        covers = after or ([c for c in before[1:] if c not in own] if len(before) > 1 else [])
        covers = [c for c in covers if c != "united nations"]
        if covers:
            return f"{office} for {covers[-1]}"
    elif not org and about:
        # no organisation resolved: the body named in the title tells the offices apart
        # ("president of the national coalition" is not "president")
        return f"{office} of {' '.join(about)}"
    return office


@functools.lru_cache(maxsize=1 << 16)
def office_owner(title: str) -> str | None:
    """The state or body a title names as its owner, in the canonical English spelling of
    data/country_names.txt or en/demonyms.txt (lower case): the one country word before the
    head ("US special envoy", "Turkish foreign minister"), or the first of two ("UN Libya
    envoy"); None when the title names none. Used when a role comes with no organisation."""
    title = (title or "").strip()
    m = _GLOSSED.match(title) if has_arabic(title) else None
    if m:
        title = _first_reading(m.group("gloss"))
    elif has_arabic(title):
        return None
    words = _en(title).split()
    en_map, places = _data()[0], _places()
    i = 0
    while i < len(words):
        if words[i] in _CONNECTORS:
            return None
        place = _match(words, i, places)
        if place:
            return place[1]
        hit = _match(words, i, en_map)
        i += hit[0] if hit else 1
    return None
