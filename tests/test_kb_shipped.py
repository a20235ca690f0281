"""The shipped knowledge base: it loads, it is consistent, and the name variants analysts
meet resolve to one actor in both scripts."""

import re

import pytest

from communique.kb import KnowledgeBase, load_default_kb
from communique.kb.base import TYPES, default_files
from communique.textnorm import AR_DIACRITICS, has_arabic

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ALLOWED_KEYS = {"id", "type", "name", "ar", "aliases", "roles", "country", "date", "subject", "file"}
PREFIX = {"PERSON": "person", "ORG": "org", "GPE": ("place", "country"), "LOC": "place",
          "FAC": "place", "INSTRUMENT": "instrument", "EVENT": "event"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_default_kb()


def _raw_entries():
    import yaml

    for f in default_files():
        for e in yaml.safe_load(f.read_text(encoding="utf-8")):
            yield f.name, e


def test_loads_several_hundred_entries_of_every_kind(kb):
    kinds = {a.type for a in kb.actors}
    assert {"PERSON", "ORG", "GPE", "LOC", "FAC", "INSTRUMENT", "EVENT"} <= kinds
    hand_written = [a for a in kb.actors if not a.id.startswith("country:")]
    assert len(hand_written) >= 500
    assert sum(a.type == "PERSON" for a in kb.actors) >= 200


def test_ids_unique_across_files_and_prefixed_by_type():
    seen = {}
    for fname, e in _raw_entries():
        assert e["id"] not in seen, f"{e['id']} in {fname} and {seen.get(e['id'])}"
        seen[e["id"]] = fname
        assert e["type"] in TYPES
        prefix = PREFIX[e["type"]]
        assert e["id"].split(":", 1)[0] in ((prefix,) if isinstance(prefix, str) else prefix), e["id"]


def test_no_unknown_keys_or_flow_comma_splits():
    # an unquoted comma inside a YAML flow mapping turns the rest of a name into a stray key
    for fname, e in _raw_entries():
        assert set(e) <= ALLOWED_KEYS, (fname, e["id"], set(e) - ALLOWED_KEYS)
        for r in e.get("roles") or []:
            assert set(r) <= {"title", "org", "from", "to", "title_ar"}, (e["id"], r)


def test_every_role_org_exists_and_dates_are_ordered(kb):
    for a in kb.actors:
        for r in a.roles:
            assert r.title, a.id
            assert r.org is None or r.org in kb, f"{a.id}: unknown org {r.org}"
            for d in (r.start, r.end):
                assert d is None or DATE.match(d), f"{a.id}: bad date {d!r}"
            if r.start and r.end:
                assert r.start[: len(r.end)] <= r.end, f"{a.id}: {r.start} > {r.end}"
        if a.country:
            assert f"country:{a.country}" in kb, a.id
        d = a.extra.get("date")
        assert d is None or DATE.match(str(d)), a.id


def test_arabic_names_are_arabic_without_diacritics(kb):
    for a in kb.actors:
        assert a.name_ar, f"{a.id} has no Arabic name"
        for n in [a.name_ar, *a.aliases_ar]:
            assert has_arabic(n), (a.id, n)
            assert not AR_DIACRITICS.search(n), (a.id, n)
        for n in [a.name, *a.aliases]:
            assert not has_arabic(n), (a.id, n)


VARIANTS = {
    "place:idlib": (["Idlib", "Idleb"], ["إدلب", "ادلب"]),
    "place:deir-ez-zor": (["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Deir al-Zor"], ["دير الزور", "ديرالزور"]),
    "person:abdulrahman-mustafa": (
        ["Abdulrahman Mustafa", "Abdurrahman Mustafa", "Abdul Rahman Mustafa", "Abdel Rahman Mustafa"],
        ["عبد الرحمن مصطفى", "عبدالرحمن مصطفى"]),
    "person:james-jeffrey": (["James Jeffrey", "James F. Jeffrey", "Jeffrey"], ["جيمس جيفري"]),
    "person:ahmed-al-sharaa": (["Ahmed al-Sharaa", "Abu Mohammad al-Jolani"], ["أحمد الشرع", "أبو محمد الجولاني"]),
    "person:geir-pedersen": (["Geir Pedersen"], ["غير بيدرسن", "غير بيدرسون"]),
    "org:isis": (["ISIS", "Daesh", "ISIL"], ["داعش", "تنظيم الدولة الإسلامية"]),
    "org:sdf": (["SDF", "Syrian Democratic Forces"], ["قسد", "قوات سوريا الديمقراطية"]),
    "org:syrian-coalition": (["Syrian National Coalition", "Syrian Opposition Coalition", "Etilaf"],
                             ["الائتلاف الوطني السوري"]),
    "instrument:unsc-2254": (["Resolution 2254", "UNSCR 2254"], ["القرار 2254", "القرار ٢٢٥٤"]),
    "instrument:geneva-communique": (["Geneva Communiqué", "Geneva Communique"], ["بيان جنيف"]),
    "event:brussels-iii-conference": (["Brussels III Conference", "Brussels III"], ["مؤتمر بروكسل الثالث"]),
    "country:USA": (["United States", "US", "U.S.", "USA", "America", "American"],
                    ["أمريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية"]),
    "country:GBR": (["United Kingdom", "UK", "Britain", "British"], ["بريطانيا", "المملكة المتحدة"]),
    "country:RUS": (["Russia", "Russian Federation", "Russian"], ["روسيا", "الاتحاد الروسي"]),
    "country:TUR": (["Turkey", "Türkiye", "Turkish"], ["تركيا"]),
    "country:IRN": (["Iran", "Islamic Republic of Iran", "Iranian"], ["إيران", "ايران"]),
    "country:SYR": (["Syria", "Syrian Arab Republic", "Syrian"], ["سوريا", "سورية", "الجمهورية العربية السورية"]),
    "country:SAU": (["Saudi Arabia", "KSA", "Saudi"], ["السعودية", "المملكة العربية السعودية"]),
    "country:ARE": (["United Arab Emirates", "UAE", "Emirati"], ["الإمارات"]),
    "country:EGY": (["Egypt", "Egyptian"], ["مصر"]),
    "country:SDN": (["Sudan", "Sudanese"], ["السودان"]),
    "country:OMN": (["Oman", "Omani"], ["سلطنة عمان"]),
    "country:ISR": (["Israel", "Israeli"], ["إسرائيل"]),
    "country:KOR": (["South Korea", "Republic of Korea"], ["كوريا الجنوبية"]),
}


@pytest.mark.parametrize("kb_id", sorted(VARIANTS))
def test_variants_resolve_to_one_actor_in_both_scripts(kb, kb_id):
    en, ar = VARIANTS[kb_id]
    for s in en:
        assert [a.id for a in kb.lookup(s, "en")] == [kb_id], s
    for s in ar:
        assert [a.id for a in kb.lookup(s, "ar")] == [kb_id], s


def test_country_names_are_the_analysts_short_forms(kb):
    names = {c: kb.get(f"country:{c}").name for c in ("USA", "GBR", "RUS", "IRN", "SYR", "TUR", "KOR", "PRK", "PSE", "VNM")}
    assert names == {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran",
                     "SYR": "Syria", "TUR": "Turkey", "KOR": "South Korea", "PRK": "North Korea",
                     "PSE": "Palestine", "VNM": "Vietnam"}
    # the two Koreas do not share the bare "كوريا" of pycountry's inverted Arabic names
    assert kb.lookup("كوريا", "ar") == []


def test_ambiguous_forms_stay_ambiguous(kb):
    assert {a.id for a in kb.lookup("عمان", "ar")} == {"country:OMN", "place:amman"}
    assert {a.id for a in kb.lookup("SNC", "en")} == {"org:syrian-national-council", "org:syrian-negotiation-commission"}


def test_roles_at_dates(kb):
    def titles(kb_id, date):
        return {r.title for r in kb.roles_at(kb_id, date)}

    assert "Special Representative for Syria Engagement" in titles("person:james-jeffrey", "2019-06-01")
    assert "Special Representative for Syria Engagement" not in titles("person:james-jeffrey", "2021-03")
    assert titles("person:walid-al-muallem", "2015") == {"Minister of Foreign Affairs"}
    assert titles("person:faisal-mekdad", "2022-01-10") == {"Minister of Foreign Affairs"}
    assert titles("person:asaad-al-shaibani", "2025-05-01") == {"Minister of Foreign Affairs"}
    assert titles("person:asaad-al-shaibani", "2024-06-01") == set()
    # the presidents of the Coalition follow one another without overlap
    coalition = [(r.start, r.end, a.id) for a in kb.actors for r in a.roles
                 if r.org == "org:syrian-coalition" and r.title.startswith("President") and r.start]
    coalition.sort()
    for (s1, e1, a1), (s2, _, a2) in zip(coalition, coalition[1:]):
        assert e1 is not None and e1 <= s2, (a1, e1, a2, s2)
