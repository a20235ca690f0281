"""The completed meeting lexicons (data/{en,ar}/meeting_triggers.tsv): one sentence per trigger
family opens a meeting with both sides and the right mode, and near misses (another sense of
the word, a plan, a negation) open none. English has near misses only: its additions are held
back (see the commit history of data/en/meeting_triggers.tsv). Sentences written for these tests."""

import pytest

from events_helpers import meetings, run

EN = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Oslo": ("GPE", ["Oslo"]),
}
AR = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Oslo": ("GPE", ["أوسلو"]),
}
BOTH = {"Anne Holt", "Peter Mwangi"}


@pytest.mark.parametrize("text", [
    "Anne Holt welcomed the decision announced by Peter Mwangi.",  # "welcomed" without "to her office"
    "Anne Holt will sit down with Peter Mwangi next week.",  # planned
    "Anne Holt has not telephoned Peter Mwangi since the election.",  # negated
])
def test_english_near_misses(text):
    a, _ = run(text, "en", EN)
    assert meetings(a) == []


@pytest.mark.parametrize("text, mode", [
    ("استقبله آن هولت في أوسلو، وكان بيتر موانغي قد وصل صباحا.", "visit"),
    ("استضاف آن هولت بيتر موانغي في أوسلو.", "visit"),
    ("بحث آن هولت في أوسلو مع بيتر موانغي ملف الحدود.", None),
    ("وتباحث آن هولت وبيتر موانغي في سبل تعزيز التعاون.", None),
    ("وناقش آن هولت مع بيتر موانغي ملف المياه.", None),
    ("جمع لقاء آن هولت وبيتر موانغي في أوسلو.", None),
    ("عقد آن هولت وبيتر موانغي لقاء مطولا في أوسلو.", None),
    ("أجرى آن هولت مشاورات مع بيتر موانغي في أوسلو.", None),
    ("زار آن هولت بيتر موانغي في مقر إقامته بأوسلو.", "visit"),
    ("تلقى آن هولت اتصالا هاتفيا من بيتر موانغي.", "phone"),
    ("أجرى آن هولت اتصالا مرئيا مع بيتر موانغي لبحث الأزمة.", "phone"),
])
def test_arabic_trigger_families(text, mode):
    a, _ = run(text, "ar", AR)
    [m] = meetings(a)
    assert m["participants"] == BOTH
    assert m["mode"] == mode


@pytest.mark.parametrize("text", [
    "رحبت آن هولت بالقرار الذي أعلنه بيتر موانغي.",  # no meeting word
    "سيتباحث آن هولت مع بيتر موانغي الأسبوع المقبل.",  # planned: the future prefix blocks the verb
    "لم يتصل آن هولت ببيتر موانغي منذ الانتخابات.",  # a verb of calling that is not in the lexicon
    "نشر آن هولت بحثا مع بيتر موانغي عن المياه.",  # "بحث" the noun (a study), after a verb
])
def test_arabic_near_misses(text):
    a, _ = run(text, "ar", AR)
    assert meetings(a) == []
