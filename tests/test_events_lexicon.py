"""The completed PLOVER trigger lexicons (data/<lang>/event_triggers.tsv): for every
non-CONSULT category, a sentence worded with an entry added from the PLOVER / CAMEO
definitions is coded with that category, and a near-miss using the same word in another
sense (or negated) is not. Sentences written for these tests."""

import pytest

from events_helpers import run, statements

EN = {
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Northern Front": ("ORG", ["Northern Front"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
}

AR = {
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Northern Front": ("ORG", ["الجبهة الشمالية"]),
    "Green Alliance": ("ORG", ["التحالف الأخضر"]),
}

EN_CASES = [
    ("Anne Holt hailed the new power-sharing accord.", "Anne Holt", "SUPPORT"),
    ("Ruritania voted in favour of the draft on refugees.", "Ruritania", "SUPPORT"),
    ("Anne Holt implored Borduria to reopen its schools.", "Anne Holt", "REQUEST"),
    ("Ruritania slammed the shelling of the river port.", "Ruritania", "ACCUSE"),
    ("Borduria rebuffed the offer of mediation from the north.", "Borduria", "REJECT"),
    ("Ruritania and Borduria reached a trade agreement on Monday.", "Ruritania", "AGREE"),
    ("The Northern Front vowed to retaliate for the raid.", "Northern Front", "THREATEN"),
    ("Ruritania granted a general amnesty to the rebels.", "Ruritania", "CONCEDE"),
    ("Ruritania and Borduria began joint patrols along the river.", "Ruritania", "COOPERATE"),
    ("Ruritania delivered tonnes of food aid to the camps.", "Ruritania", "AID"),
    ("Borduria lifted the siege of the mountain town.", "Borduria", "RETREAT"),
    ("Ruritania recalled its ambassador from the capital.", "Ruritania", "SANCTION"),
    ("Borduria dispatched three thousand troops to the border.", "Borduria", "MOBILIZE"),
    ("The Green Alliance staged a large protest in the square.", "Green Alliance", "PROTEST"),
    ("The Northern Front closed the main border crossing to lorries.", "Northern Front", "COERCE"),
    ("The Northern Front ambushed a supply convoy near the pass.", "Northern Front", "ASSAULT"),
]

# the same words in another sense, negated, or hypothetical: no statement
EN_NEAR = [
    "Anne Holt did not hail the accord.",
    "The hailstorm flattened the wheat fields.",
    "Ruritania did not recall its ambassador.",
    "Borduria did not lift the siege.",
    "The storm closed the schools in the valley.",
    "The rebels stormed out of the concert hall in the afternoon rain.",
    "Ruritania lies within internationally accepted borders.",
    "Borduria has built an early warning system for floods.",
]

AR_CASES = [
    ("وصوتت روريتانيا لصالح مشروع القرار.", "Ruritania", "SUPPORT"),
    ("وتناشد روريتانيا بوردوريا فتح المدارس.", "Ruritania", "REQUEST"),
    ("وتستنكر روريتانيا إغلاق الميناء النهري.", "Ruritania", "ACCUSE"),
    ("وعارضت بوردوريا مقترح الوساطة.", "Borduria", "REJECT"),
    ("وأبرمت روريتانيا اتفاقا تجاريا مع بوردوريا.", "Ruritania", "AGREE"),
    ("ولوحت الجبهة الشمالية بالرد على الغارة.", "Northern Front", "THREATEN"),
    ("وأصدرت روريتانيا عفوا عاما عن المتمردين.", "Ruritania", "CONCEDE"),
    ("وأجرت روريتانيا مناورات عسكرية مشتركة قرب الساحل.", "Ruritania", "COOPERATE"),
    ("ووزعت روريتانيا مساعدات غذائية في المخيمات.", "Ruritania", "AID"),
    ("ورفعت بوردوريا الحصار عن البلدة الجبلية.", "Borduria", "RETREAT"),
    ("وسحبت روريتانيا سفيرها من بوردوريا.", "Ruritania", "SANCTION"),
    ("ودفعت بوردوريا بتعزيزات عسكرية إلى الحدود.", "Borduria", "MOBILIZE"),
    ("واعتصم التحالف الأخضر أمام البرلمان.", "Green Alliance", "PROTEST"),
    ("وأغلقت الجبهة الشمالية المعبر الحدودي أمام الشاحنات.", "Northern Front", "COERCE"),
    ("وأطلقت الجبهة الشمالية طائرات مسيرة على القاعدة.", "Northern Front", "ASSAULT"),
]

AR_NEAR = [
    "ولم ترفع بوردوريا الحصار عن البلدة.",
    "ولم تسحب روريتانيا سفيرها.",
    "وعبر الوفد الحدود إلى روريتانيا مساء الأحد.",
    "وصادف يوم الأحد عيدا وطنيا في روريتانيا.",
    "وجاء في بيان صادر عن روريتانيا أن الانتخابات ستجرى في موعدها.",
    "والتزمت روريتانيا الصمت حيال الانتخابات.",
    "ودمرت منازل كثيرة في بوردوريا جراء الفيضانات.",
]


def test_arabic_verbal_noun_is_no_act():
    """"رفع الحصار" after "دعا إلى" is asked for, not done: a request, no retreat."""
    a, _ = run("ودعت روريتانيا إلى رفع الحصار عن البلدة.", "ar", AR)
    assert statements(a) == [("Ruritania", "REQUEST")]


@pytest.mark.parametrize("text,actor,typ", EN_CASES)
def test_english_category(text, actor, typ):
    a, _ = run(text, "en", EN)
    assert (actor, typ) in statements(a)


@pytest.mark.parametrize("text", EN_NEAR)
def test_english_near_miss(text):
    a, _ = run(text, "en", EN)
    assert statements(a) == []


@pytest.mark.parametrize("text,actor,typ", AR_CASES)
def test_arabic_category(text, actor, typ):
    a, _ = run(text, "ar", AR)
    assert (actor, typ) in statements(a)


@pytest.mark.parametrize("text", AR_NEAR)
def test_arabic_near_miss(text):
    a, _ = run(text, "ar", AR)
    assert statements(a) == []


@pytest.mark.parametrize("text,actor,typ", [
    ("Ruritania struck a deal with Borduria over the dam.", "Ruritania", "AGREE"),
    ("Borduria released forty prisoners on Sunday.", "Borduria", "RETREAT"),
])
def test_english_sense_by_object(text, actor, typ):
    """The object decides the sense: a deal struck is agreed, prisoners released are freed."""
    a, _ = run(text, "en", EN)
    assert statements(a) == [(actor, typ)]


def test_a_released_statement_is_no_release():
    a, _ = run("Ruritania released a statement on the talks.", "en", EN)
    assert statements(a) == []


@pytest.mark.parametrize("text,lang,ents,actor,typ", [
    ("Anne Holt said Ruritania would not allow armed groups to cross the river.", "en", EN, "Anne Holt", "THREATEN"),
    ("Anne Holt said Ruritania will not recognise the new authorities.", "en", EN, "Anne Holt", "REJECT"),
    ("وقالت آن هولت إن روريتانيا لن تسمح بعبور الجماعات المسلحة.", "ar", AR, "Anne Holt", "THREATEN"),
    ("وقالت آن هولت إن روريتانيا لن تقبل بالسلطات الجديدة.", "ar", AR, "Anne Holt", "REJECT"),
])
def test_content_cues_after_a_reporting_verb(text, lang, ents, actor, typ):
    a, _ = run(text, lang, ents)
    assert (actor, typ) in statements(a)


def test_permission_granted_is_no_threat():
    a, _ = run("Anne Holt said Ruritania would allow the convoy to pass.", "en", EN)
    assert ("Anne Holt", "THREATEN") not in statements(a)


@pytest.mark.parametrize("text", [
    "Anne Holt was jailed in Borduria for two years.",
    "Anne Holt was expelled from Borduria in March.",
])
def test_english_passive_subject_is_not_the_actor(text):
    a, _ = run(text, "en", EN)
    assert statements(a) == []


def test_english_active_voice_keeps_its_actor():
    a, _ = run("Borduria jailed Anne Holt for two years.", "en", EN)
    assert statements(a) == [("Borduria", "COERCE")]


@pytest.mark.parametrize("text,typ", [
    ("Borduria attacks Ruritania border posts.", "ASSAULT"),
    ("Borduria slams Ruritania over border closure.", "ACCUSE"),
])
def test_english_present_tense_headline_verbs(text, typ):
    a, _ = run(text, "en", EN)
    assert statements(a) == [("Borduria", typ)]


@pytest.mark.parametrize("text", [
    "The arrests in Borduria drew wide attention.",
    "Borduria saw signs of progress in the north.",
])
def test_english_same_word_as_noun_is_no_act(text):
    a, _ = run(text, "en", EN)
    assert statements(a) == []
