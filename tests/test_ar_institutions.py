"""Descriptive Arabic institutions get English names from the glossary; a knowledge-base
body followed by another country's adjective is that country's body, not the KB entry."""

from communique.ar.institutions import country_forms, institution_name
from communique.kb.base import load_default_kb

from test_ar_linking import by_alias, run


def _countries():
    return country_forms(load_default_kb())


def test_glossary_head_alone_and_with_country_adjective():
    c = _countries()
    assert institution_name("مجلس الوزراء", c) == "Council of Ministers"
    assert institution_name("مجلس الوزراء العراقي", c) == "Iraqi Council of Ministers"
    assert institution_name("الحكومة الأردنية", c) == "Jordanian Government"


def test_country_override_and_genitive_country_and_place():
    c = _countries()
    assert institution_name("مجلس النواب اللبناني", c) == "Lebanese Parliament"
    assert institution_name("مجلس النواب الليبي", c) == "Libyan House of Representatives"
    assert institution_name("حكومة السودان", c) == "Sudanese Government"
    assert institution_name("وزارة الصحة في غزة", c) == "Gaza Health Ministry"


def test_a_proper_word_leaves_the_name_to_the_romaniser():
    assert institution_name("مجلس سوريا الديمقراطية", _countries()) is None
    assert institution_name("وزارة الصحة العامة الجديدة", _countries()) is None


def test_institutions_are_named_in_english_in_an_article():
    a = run("أعلن مجلس الوزراء العراقي أمس أن مجلس النواب اللبناني سيعقد جلسة، "
            "فيما نشرت وزارة الصحة في غزة حصيلة جديدة.")
    assert by_alias(a, "مجلس الوزراء العراقي").name == "Iraqi Council of Ministers"
    assert by_alias(a, "مجلس النواب اللبناني").name == "Lebanese Parliament"
    assert by_alias(a, "وزارة الصحة في غزة").name == "Gaza Health Ministry"


def test_another_countrys_body_is_not_the_kb_entry():
    a = run("ناقش مجلس الأمن الوطني العراقي في جلسته أمس الوضع على الحدود.")
    e = by_alias(a, "مجلس الأمن الوطني العراقي")
    assert e.kb_id is None and e.name == "Iraqi National Security Council"
    assert not any(x.kb_id == "org:unsc" for x in a.entities)


def test_a_non_country_or_own_country_adjective_keeps_the_kb_entry():
    a = run("قالت وحدات حماية الشعب الكردية إنها صدت الهجوم، وقال حزب الله اللبناني "
            "إن مجلس الأمن الدولي لم يتحرك.")
    assert {"org:ypg", "org:hezbollah", "org:unsc"} <= {e.kb_id for e in a.entities}


def test_a_nisba_surname_after_the_person_was_named_is_the_person_not_the_country():
    a = run("استقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد في بغداد. "
            "وقال السوداني إن بلاده تدعم الاستقرار في السودان.")
    e = by_alias(a, "محمد شياع السوداني")
    assert "السوداني" in e.aliases and e.kb_id == "person:mohammed-shia-al-sudani"
    sudan = [x for x in a.entities if x.kb_id == "country:SDN"]
    assert sudan and "السوداني" not in sudan[0].aliases


def test_a_bare_head_word_joins_the_body_named_before():
    a = run("أصدر المجلس الوطني الكردي بيانا أمس. وأكد المجلس أنه يؤيد الحوار.")
    e = by_alias(a, "المجلس الوطني الكردي")
    assert "المجلس" in e.aliases


def test_a_bare_head_word_with_two_candidate_bodies_joins_neither():
    a = run("اجتمع مجلس الأمن الدولي أمس، وقرر مجلس الوزراء العراقي الرد. وقال المجلس إن الوضع خطير.")
    assert not any("المجلس" in e.aliases for e in a.entities)


def test_place_after_a_place_noun_qualifies_the_institution():
    c = _countries()
    name = institution_name("المجلس المدني في محافظة الحسكة", c)  # the gazetteer's spelling
    assert name and name.endswith(" Civil Council") and "asakah" in name
    assert institution_name("المخابرات الأردنية", c) == "Jordanian Intelligence Service"


def test_a_bodys_administration_is_no_named_entity():
    a = run("وقالت إدارة البعثة في بيان إن الموظفين بخير.")
    assert not any("إدارة البعثة" in e.aliases for e in a.entities)


def test_a_masculine_country_adjective_after_a_feminine_head_is_not_the_bodys():
    a = run("وصرح رئيس الحكومة السوداني للصحفيين بأن بغداد مستعدة، وقالت الحكومة السودانية إنها ترحب.")
    names = {al for e in a.entities for al in e.aliases}
    assert "الحكومة السوداني" not in names and "الحكومة السودانية" in names


def test_joined_place_spelling_and_palaces():
    c = _countries()
    assert institution_name("المجلس العسكري في مدينة ديرالزور", c) == \
        institution_name("المجلس العسكري في مدينة دير الزور", c) is not None
    assert institution_name("القصر الجمهوري", c) == "Presidential Palace"
    a = run("استقبل الرئيس ضيفه في القصر الحكومي صباح اليوم.")
    assert any(e.name == "Government Palace" for e in a.entities)
