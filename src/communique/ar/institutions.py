"""English names for descriptive Arabic institutions that have no knowledge-base entry
(مجلس الوزراء، مجلس النواب اللبناني، وزارة الصحة في غزة): a glossary of head phrases
(`data/ar/institutions.tsv`) composed with the country adjective or country/place name that
qualifies them. Only when every word of the name is accounted for: a name with a word the
glossary and the country lists do not know is a proper name and is romanised instead."""

from __future__ import annotations

import functools

from ..lexicon import table
from ..textnorm import AR_DIACRITICS, arabic_fold
from .gazetteer import places
from .tokens import folded_set

# Words that may stand between the head phrase and its place ("وزارة الصحة في غزة").
_LINKS = frozenset({"في", "ب"})


def _fold_words(s: str) -> tuple[str, ...]:
    return tuple(arabic_fold(AR_DIACRITICS.sub("", s)).replace("-", " ").split())


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@functools.lru_cache(maxsize=1)
def glossary() -> dict[tuple[str, ...], tuple[str, dict[str, str]]]:
    """Folded head phrase (first word without its article) → (English, {ISO3: English})."""
    out: dict[tuple[str, ...], tuple[str, dict[str, str]]] = {}
    for row in table("ar", "institutions.tsv"):
        words = _fold_words(row[0])
        overrides = {}
        if len(row) > 2 and row[2]:
            for part in row[2].split(";"):
                iso, _, en = part.partition("=")
                overrides[iso.strip()] = en.strip()
        out[(_bare(words[0]), *words[1:])] = (row[1], overrides)
    return out


_FORMS: dict[int, tuple[object, dict[str, tuple[str, str | None, bool]]]] = {}


def country_forms(kb) -> dict[str, tuple[str, str | None, bool]]:
    """Folded Arabic demonym or country name → (English qualifier, ISO3, is_adjective);
    built once per knowledge base (it is asked for every article)."""
    if kb is None:
        return {}
    got = _FORMS.get(id(kb))
    if got is not None and got[0] is kb:
        return got[1]
    out = _country_forms(kb)
    if len(_FORMS) > 8:
        _FORMS.clear()
    _FORMS[id(kb)] = (kb, out)
    return out


def _country_forms(kb) -> dict[str, tuple[str, str | None, bool]]:
    out: dict[str, tuple[str, str | None, bool]] = {}
    for a in kb.actors:
        if a.type != "GPE" or not a.id.startswith("country:"):
            continue
        dem = (a.extra or {}).get("demonyms") or {}
        en_adj = (dem.get("en") or [None])[0]
        for d in dem.get("ar") or ():
            key = " ".join(_fold_words(d))
            if en_adj:
                out.setdefault(key, (en_adj, a.country, True))
        for n in a.names("ar"):
            out.setdefault(" ".join(_fold_words(n)), (en_adj or a.name, a.country, False))
    return out


@functools.lru_cache(maxsize=1)
def _place_cues() -> frozenset[str]:
    """Nouns that introduce a place's name (مدينة، محافظة، إقليم), from place_cues.txt."""
    return frozenset(_fold_words(row[0])[0] for row in table("ar", "place_cues.txt")
                     if len(_fold_words(row[0])) == 1)


def _qualifier(words: tuple[str, ...], countries) -> tuple[str, str | None] | None:
    """The English qualifier of the words after the head phrase, or None if they are not
    one country adjective, country name or known place (optionally after في)."""
    if words and words[0] in _LINKS:
        words = words[1:]
    if len(words) > 1 and words[0] in _place_cues():
        words = words[1:]  # "في إقليم دير الزور", "في محافظة الحسكة"
    if not words:
        return None
    key = " ".join(words)
    if key in countries:
        en, iso, _adj = countries[key]
        return en, iso
    place = places().get(words) or places().get(_split_joined(words))
    if place is not None:
        return place.name, None
    return None


def _split_joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """"ديرالزور" written as one word: the joinable prefix (joinable_prefixes.txt) split off."""
    prefixes = folded_set("joinable_prefixes.txt")
    out: list[str] = []
    for w in words:
        p = next((p for p in prefixes if w.startswith(p + "ال") and len(w) > len(p) + 3), None)
        out.extend((p, w[len(p):]) if p else (w,))
    return tuple(out)


def institution_name(arabic: str, countries: dict) -> str | None:
    """The English name of a descriptive institution, or None when the name holds a word
    that is neither the glossary's nor a country's (a proper name to romanise)."""
    words = _fold_words(arabic)
    if not words:
        words = ()
    gl = glossary()
    for n in range(len(words), 0, -1):
        head = (_bare(words[0]), *words[1:n])
        if head not in gl:
            continue
        english, overrides = gl[head]
        rest = words[n:]
        if not rest:
            return english
        q = _qualifier(rest, countries)
        if q is None:
            return None
        qual, iso = q
        return f"{qual} {overrides.get(iso, english) if iso else english}"
    return None
