"""Every country as a knowledge-base actor (`country:ISO3`, type GPE).

Names come from pycountry (ISO 3166-1) and its Arabic gettext catalogue; the names an
analyst actually writes ("Russia", not "Russian Federation"; "روسيا", not "الاتحاد الروسي"),
the usual abbreviations and the demonym adjectives come from the hand-written
`data/kb/countries_supplement.yaml`. Official names are kept as aliases so that either
form resolves to the same id.
"""

from __future__ import annotations

import functools
import gettext
from typing import Any

import pycountry
import yaml

from ..errors import KnowledgeBaseError
from ..lexicon import data_path
from ..textnorm import AR_DIACRITICS, arabic_fold
from .base import Actor

SUPPLEMENT = "countries_supplement.yaml"


def strip_diacritics(s: str) -> str:
    """Arabic short vowels, shadda, sukun and tatweel removed (pycountry's Arabic
    catalogue is partly vocalised; news text is not)."""
    return AR_DIACRITICS.sub("", s).strip()


@functools.lru_cache(maxsize=1)
def _arabic_catalogue() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:  # a pycountry build without locales: English names only
        return gettext.NullTranslations()


def _arabic_names(english: str) -> list[str]:
    """pycountry's Arabic for `english`, first the short form. The catalogue inverts
    some names ("إيران، الجمهورية الإسلامية الإيرانية"): both halves are returned."""
    t = _arabic_catalogue().gettext(english)
    if t == english:
        return []
    parts = [strip_diacritics(p) for p in t.split("،") if p.strip()]
    if len(parts) == 2 and arabic_fold(parts[0]) not in arabic_fold(parts[1]):
        # "تايوان، محافظة صينية": the second half is a gloss, not a name
        parts = parts[:1]
    return parts


@functools.lru_cache(maxsize=1)
def load_supplement() -> dict[str, dict[str, Any]]:
    path = data_path("kb") / SUPPLEMENT
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"E405 {path}: expected a mapping of ISO3 codes")
    out = {}
    for code, entry in data.items():
        if pycountry.countries.get(alpha_3=str(code)) is None:
            raise KnowledgeBaseError(f"E405 {path}: {code!r} is not an ISO 3166 alpha-3 code")
        out[str(code)] = entry or {}
    return out


def _add(seq: list[str], *names: str | None) -> None:
    for n in names:
        if n and n not in seq:
            seq.append(n)


def country_actors() -> list[Actor]:
    """One GPE actor per ISO 3166-1 country, id `country:ISO3`."""
    supp = load_supplement()
    actors = []
    for c in pycountry.countries:
        s = supp.get(c.alpha_3, {})
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        name = s.get("name") or common or c.name
        en: list[str] = []
        _add(en, common, c.name, official)
        aliases = s.get("aliases") or {}
        _add(en, *(aliases.get("en") or []))
        demonyms = s.get("demonyms") or {}
        _add(en, *(demonyms.get("en") or []))
        en = [a for a in en if a != name]

        ar_forms = _arabic_names(c.name) + (_arabic_names(official) if official else [])
        name_ar = s.get("ar")
        if name_ar is None and ar_forms:
            name_ar = ar_forms[0]
        elif name_ar is not None and "،" in _arabic_catalogue().gettext(c.name):
            # an inverted catalogue name's first half ("كوريا") is ambiguous once the
            # supplement gives the analyst's form: keep only the full official half
            ar_forms = ar_forms[1:]
        ar: list[str] = []
        _add(ar, *ar_forms)
        _add(ar, *(aliases.get("ar") or []))
        _add(ar, *(demonyms.get("ar") or []))
        name_ar = strip_diacritics(name_ar) if name_ar else None
        ar = [a for a in dict.fromkeys(strip_diacritics(a) for a in ar) if a != name_ar]
        extra: dict[str, Any] = {"alpha_2": c.alpha_2}
        if demonyms:
            extra["demonyms"] = {k: list(v) for k, v in demonyms.items()}
        actors.append(Actor(id=f"country:{c.alpha_3}", type="GPE", name=name,
                            name_ar=name_ar,
                            aliases=en, aliases_ar=ar, country=c.alpha_3, extra=extra))
    return actors
