"""Meetings and statements in Arabic: verb-first order, clitics, attendance and delegation
cues, "من جانبه", negation, and every PLOVER category. Sentences written for these tests."""

import pytest

from events_helpers import meetings, run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Carla Boni": ("PERSON", ["كارلا بوني"]),
    "Hans Weber": ("PERSON", ["هانس فيبر"]),
    "Norway": ("GPE", ["النرويج"]),
    "Oslo": ("GPE", ["أوسلو"]),
    "Vienna": ("GPE", ["فيينا"]),
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Green Alliance": ("ORG", ["التحالف الأخضر"]),
    "Northern Front": ("ORG", ["الجبهة الشمالية"]),
    "Resolution 1325": ("INSTRUMENT", ["القرار 1325"]),
}


def test_verb_first_meeting_with_place():
    a, _ = run("التقى وزير خارجية النرويج آن هولت مع المبعوث بيتر موانغي في أوسلو يوم الثلاثاء.", "ar", ENTS,
               {"يوم الثلاثاء": "2024-03-05"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Oslo"
    assert m["date"] == "2024-03-05"


def test_received_is_a_visit_and_clitic_place():
    a, _ = run("استقبلت آن هولت بأوسلو المبعوث بيتر موانغي.", "ar", ENTS)
    [m] = meetings(a)
    assert m["mode"] == "visit"
    assert m["location"] == "Oslo"


def test_attendance_after_the_meeting():
    a, _ = run("اجتمعت آن هولت مع بيتر موانغي في فيينا. وحضر اللقاء كارلا بوني وهانس فيبر.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}


def test_delegation_headed_by():
    a, _ = run("التقت آن هولت وفدا من التحالف الأخضر برئاسة كارلا بوني في فيينا.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Green Alliance", "Carla Boni"}


def test_a_dual_never_told_apart_is_one_meeting():
    # nothing tells the two meetings apart: two identical events would only be duplicates
    a, _ = run("عقدت آن هولت اجتماعين مع بيتر موانغي وكارلا بوني في فيينا.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}


def test_a_dual_told_apart_is_two_meetings():
    a, _ = run("عقدت آن هولت اجتماعين في فيينا، الأول مع بيتر موانغي والثاني مع كارلا بوني.", "ar", ENTS)
    ms = meetings(a)
    assert len(ms) == 2
    assert {"Anne Holt", "Peter Mwangi"} <= ms[0]["participants"]
    assert "Carla Boni" in ms[1]["participants"] and "Peter Mwangi" not in ms[1]["participants"]


def test_meeting_mentioned_again_is_merged():
    a, _ = run("التقت آن هولت مع بيتر موانغي في أوسلو. وخلال الاجتماع أكدت هولت ضرورة الحوار.", "ar", ENTS)
    ms = meetings(a)
    assert len(ms) == 1 and ms[0]["evidence"] == 2


def test_negated_meeting():
    a, _ = run("لم يلتق بيتر موانغي مع آن هولت خلال زيارته.", "ar", ENTS)
    assert meetings(a) == []


def test_min_janibihi_is_the_other_participant():
    a, _ = run("التقت آن هولت مع بيتر موانغي في أوسلو. وأكدت هولت ضرورة وقف القتال. "
               "من جانبه، أعرب المبعوث عن دعمه للقرار 1325.", "ar", ENTS)
    assert ("Peter Mwangi", "SUPPORT") in statements(a)
    assert ("Anne Holt", "REQUEST") in statements(a)


def test_dropped_subject_is_the_last_speaker():
    a, _ = run("قالت آن هولت إن الوضع صعب. وأضافت أن على الجميع ضرورة ضبط النفس.", "ar", ENTS)
    assert statements(a) == [("Anne Holt", "REQUEST")]


def test_negated_statement():
    a, _ = run("لم يطالب بيتر موانغي بأي تعديل على الخطة.", "ar", ENTS)
    assert statements(a) == []


CASES = [
    ("رحبت آن هولت بمبادرة التحالف الأخضر.", "Anne Holt", "SUPPORT"),
    ("طالب بيتر موانغي بفتح المعابر فورا.", "Peter Mwangi", "REQUEST"),
    ("أدانت روريتانيا الهجوم على السوق.", "Ruritania", "ACCUSE"),
    ("رفضت بوردوريا مقترح المنطقة العازلة.", "Borduria", "REJECT"),
    ("اتفقت بوردوريا على تبادل الأسرى الشهر المقبل.", "Borduria", "AGREE"),
    ("حذرت بوردوريا جارتها من أي توغل.", "Borduria", "THREATEN"),
    ("أعلنت الجبهة الشمالية وقف إطلاق النار في الوادي.", "Northern Front", "CONCEDE"),
    ("بدأت روريتانيا مناورات مشتركة قرب الساحل.", "Ruritania", "COOPERATE"),
    ("أرسلت النرويج مساعدات إلى المخيمات.", "Norway", "AID"),
    ("انسحبت الجبهة الشمالية من البلدات الجبلية.", "Northern Front", "RETREAT"),
    ("فرضت روريتانيا عقوبات جديدة على سلطة الميناء.", "Ruritania", "SANCTION"),
    ("حشدت بوردوريا لواءين على الحدود.", "Borduria", "MOBILIZE"),
    ("تظاهر أنصار التحالف الأخضر أمام البرلمان.", "Green Alliance", "PROTEST"),
    ("حاصرت الجبهة الشمالية البلدة ثلاثة أسابيع.", "Northern Front", "COERCE"),
    ("قصفت بوردوريا أطراف العاصمة.", "Borduria", "ASSAULT"),
]


@pytest.mark.parametrize("text,actor,typ", CASES)
def test_each_plover_category(text, actor, typ):
    a, _ = run(text, "ar", ENTS)
    assert (actor, typ) in statements(a)


def test_planned_meeting_is_not_a_fact():
    a, _ = run("سيلتقي بيتر موانغي مع آن هولت الأسبوع المقبل. ومن المقرر أن تلتقي هولت مع كارلا بوني.", "ar", ENTS)
    assert meetings(a) == []


def test_quoted_statement_keeps_its_quote():
    a, events = run("وقالت آن هولت: «نطالب بضرورة فتح المعابر».", "ar", ENTS)
    [v] = [v for v in events if v.type != "CONSULT"]
    assert v.type == "REQUEST" and v.quote == "نطالب بضرورة فتح المعابر"


def test_a_signing_witnessed_after_full_talks_is_its_own_meeting():
    # The talks are told in full (place and day); the signing that follows has more sides
    # and neither place nor day of its own: a second occasion, not the talks retold.
    a, _ = run("التقت آن هولت مع بيتر موانغي في أوسلو يوم الثلاثاء وبحثا العلاقات. "
               "وشهدت هولت وموانغي توقيع اتفاق بين كارلا بوني وهانس فيبر.", "ar", ENTS,
               {"يوم الثلاثاء": "2024-03-05"})
    ms = meetings(a)
    assert len(ms) == 2
    assert {"Anne Holt", "Peter Mwangi"} in [m["participants"] for m in ms]
