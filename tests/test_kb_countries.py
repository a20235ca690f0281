"""Countries from pycountry with the names analysts use."""

import json
from pathlib import Path

import pycountry
import pytest

from communique.errors import KnowledgeBaseError
from communique.kb import countries
from communique.kb.countries import country_actors, strip_diacritics
from communique.textnorm import AR_DIACRITICS, has_arabic

GOLD = Path(__file__).resolve().parents[1].parent / "shared"


def test_every_iso_country_once_as_gpe():
    actors = country_actors()
    assert len(actors) == len(pycountry.countries)
    assert {a.id for a in actors} == {f"country:{c.alpha_3}" for c in pycountry.countries}
    assert all(a.type == "GPE" and a.country == a.id[8:] for a in actors)


def test_official_names_kept_as_aliases_and_arabic_unvocalised():
    by = {a.id: a for a in country_actors()}
    assert "Syrian Arab Republic" in by["country:SYR"].aliases
    assert "Russian Federation" in by["country:RUS"].aliases
    assert "Iran, Islamic Republic of" in by["country:IRN"].aliases
    # pycountry writes الولايات المتّحدة with a shadda; news text does not
    assert by["country:USA"].name_ar == "الولايات المتحدة"
    for a in by.values():
        for n in [a.name_ar, *a.aliases_ar]:
            assert has_arabic(n) and not AR_DIACRITICS.search(n), (a.id, n)


def test_inverted_catalogue_names_and_glosses():
    by = {a.id: a for a in country_actors()}
    # "إيران، الجمهورية الإسلامية الإيرانية": both halves are names of Iran
    assert "الجمهورية الإسلامية الإيرانية" in by["country:IRN"].aliases_ar
    # "تايوان، محافظة صينية": the second half is a gloss, not a name
    assert by["country:TWN"].name_ar == "تايوان"
    assert "محافظة صينية" not in by["country:TWN"].aliases_ar


def test_demonyms_are_aliases_and_listed_apart():
    by = {a.id: a for a in country_actors()}
    for kb_id, adj in [("country:OMN", "Omani"), ("country:SDN", "Sudanese"), ("country:EGY", "Egyptian"),
                       ("country:ISR", "Israeli"), ("country:USA", "American")]:
        assert adj in by[kb_id].aliases
        assert adj in by[kb_id].extra["demonyms"]["en"]
    assert "الأمريكي" in by["country:USA"].extra["demonyms"]["ar"]


def test_strip_diacritics():
    assert strip_diacritics("الاتّحاد الرّوسي") == "الاتحاد الروسي"


def test_supplement_with_a_code_that_is_not_iso_is_refused(tmp_path, monkeypatch):
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / countries.SUPPLEMENT).write_text("XYZ:\n  name: Nowhere\n", encoding="utf-8")
    monkeypatch.setattr(countries, "data_path", lambda *p: tmp_path.joinpath(*p))
    countries.load_supplement.cache_clear()
    try:
        with pytest.raises(KnowledgeBaseError, match="XYZ"):
            countries.load_supplement()
    finally:
        countries.load_supplement.cache_clear()


@pytest.mark.skipif(not (GOLD / "gold" / "seeds.gold.json").is_file(), reason="../shared gold files are absent")
@pytest.mark.parametrize("path", ["gold/seeds.gold.json", "dev/real.gold.json"])
def test_most_gold_actors_are_in_the_knowledge_base(path):
    """A coverage floor on the hand-annotated articles: local figures named once in one
    article are not expected in a who's-who, so the floor is well below 100%."""
    from communique.kb import load_default_kb

    kb = load_default_kb()
    actors = [a for d in json.loads((GOLD / path).read_text(encoding="utf-8"))["documents"] for a in d["actors"]]
    found = sum(any(kb.lookup(v, "ar" if has_arabic(v) else "en") for v in [a["canonical"], *a["variants"]])
                for a in actors)
    assert found / len(actors) >= 0.8, f"{found}/{len(actors)}"
