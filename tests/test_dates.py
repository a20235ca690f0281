"""Time expressions and their resolution, on sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.dates.absolute import find_dates, find_partial_dates
from communique.dates.resolve import date_near, event_date, find_times, weekday_on
from communique.lexicon import table
from communique.model import Article
from communique.stages.sentences import split_paragraphs, split_sentences

import datetime as dt


def times(text, published=None):
    return [(t.text, t.value) for t in find_times(text, published)]


def value_of(text, phrase, published):
    for t in find_times(text, published):
        if phrase in t.text:
            return t.value
    raise AssertionError(f"{phrase!r} not found in {times(text, published)}")


def article(text, published=None, language="en"):
    a = Article(id="t", source="t", raw=text, text=text, published=published, language=language)
    a.paragraphs = split_paragraphs(text)
    a.sentences = [s for p in a.paragraphs for s in split_sentences(text, p)]
    a.times = find_times(text, published, a.sentences)
    return a


# --- English relative words -----------------------------------------------------------------

@pytest.mark.parametrize("phrase,want", [
    ("yesterday", "2024-09-16"),
    ("today", "2024-09-17"),
    ("tomorrow", "2024-09-18"),
    ("the day before yesterday", "2024-09-15"),
    ("last night", "2024-09-16"),
    ("last week", "2024-09"),       # 9–15 September: one month
    ("next month", "2024-10"),
    ("last month", "2024-08"),
    ("last year", "2023"),
    ("next year", "2025"),
    ("three days ago", "2024-09-14"),
    ("two weeks ago", "2024-09"),
])
def test_english_relative_words(phrase, want):
    text = f"The envoys spoke {phrase} about the crossing."
    assert value_of(text, phrase, "2024-09-17") == want


def test_every_english_relative_word_is_found():
    for row in table("en", "relative_dates.txt"):
        found = [t.text.casefold() for t in find_times(f"They said it {row[0]} in a statement.", "2022-06-15")]
        assert row[0] in found, row[0]


def test_every_arabic_relative_word_is_found():
    for row in table("ar", "relative_dates.txt"):
        text = f"قال المتحدث {row[0]} في بيان"
        got = find_times(text, "2022-06-15")
        assert got and got[0].value is not None, row[0]


def test_last_week_across_a_month_is_its_year():
    # published Wednesday 2 October 2024: last week is 23–29 September, one month
    assert value_of("They met last week.", "last week", "2024-10-02") == "2024-09"
    # published 3 March 2025: last week is 24 February – 2 March: two months, one year
    assert value_of("They met last week.", "last week", "2025-03-03") == "2025"


# --- Arabic relative words ----------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("التقى الوزير نظيره أمس في القاهرة", "2019-09-12"),
    ("التقى الوزير نظيره امس في القاهرة", "2019-09-12"),
    ("وبحث الجانبان بالأمس ملف المعابر", "2019-09-12"),
    ("يصل الوفد اليوم إلى جنيف", "2019-09-13"),
    ("التقى الوفد الأسبوع الماضي ممثلين عن الاتحاد", "2019-09"),
    ("يعقد المجلس جلسته الشهر المقبل", "2019-10"),
    ("زار الوزير المدينة العام الماضي", "2018"),
    ("وصل الوفد قبل يومين", "2019-09-11"),
    ("وصل الوفد قبل ثلاثة أيام", "2019-09-10"),
])
def test_arabic_relative_words(text, want):
    got = find_times(text, "2019-09-13")
    assert [t.value for t in got] == [want]


def test_arabic_today_as_a_noun_is_not_today():
    assert find_times("في اليوم التالي عاد الوفد", "2019-09-13") == []
    assert find_times("بمناسبة اليوم العالمي للاجئين", "2019-09-13") == []


# --- weekdays ---------------------------------------------------------------------------------

def test_weekday_equal_to_publication_day_is_that_day():
    # 14 March 2019 was a Thursday
    assert value_of("The president met the envoy in Brussels on Thursday.", "Thursday", "2019-03-14") == "2019-03-14"


def test_weekday_is_the_latest_on_or_before_publication():
    # 19 November 2024 was a Tuesday
    assert value_of("On Monday, the envoy met the army chief.", "Monday", "2024-11-19") == "2024-11-18"
    assert value_of("On Wednesday, the envoy met the army chief.", "Wednesday", "2024-11-19") == "2024-11-13"
    assert value_of("The minister received him Sunday at his office.", "Sunday", "2025-09-15") == "2025-09-14"


def test_weekday_with_modifiers_and_future():
    pub = "2024-11-19"  # Tuesday
    assert value_of("They met last Tuesday.", "Tuesday", pub) == "2024-11-12"
    assert value_of("They will meet next Monday.", "Monday", pub) == "2024-11-25"
    assert value_of("The two will meet on Friday in Doha.", "Friday", pub) == "2024-11-22"
    assert value_of("They met this Monday.", "Monday", pub) == "2024-11-18"


@pytest.mark.parametrize("text,want", [
    ("عقد الاجتماع يوم الخميس في أنقرة", "2019-09-12"),
    ("عقد الاجتماع الخميس في أنقرة", "2019-09-12"),
    ("التقى الوزيران الاثنين الماضي", "2019-09-09"),
    ("التقى الوزيران الإثنين الماضي", "2019-09-09"),
    ("نشر المكتب التغريدة مساء الثلاثاء", "2019-09-10"),
    ("وصل الوفد صباح يوم الأحد", "2019-09-08"),
    ("يلتقي الوزيران الأربعاء المقبل", "2019-09-18"),
    ("سيلتقي الوزيران يوم السبت", "2019-09-14"),
    ("أعلنت الحركة اليوم الجمعة انتهاء الزيارة", "2019-09-13"),
])
def test_arabic_weekdays(text, want):
    # 13 September 2019 was a Friday
    got = find_times(text, "2019-09-13")
    assert [t.value for t in got] == [want]


def test_every_weekday_in_both_languages():
    pub = dt.date(2021, 5, 9)  # a Sunday
    for lang, tmpl in (("en", "They met on {}."), ("ar", "التقيا يوم {}")):
        for name, iso in table(lang, "weekdays.txt"):
            got = find_times(tmpl.format(name.title() if lang == "en" else name), pub.isoformat())
            assert len(got) == 1, name
            assert dt.date.fromisoformat(got[0].value).weekday() == int(iso)
            assert dt.date.fromisoformat(got[0].value) <= pub


def test_weekday_rule_function():
    thursday = dt.date(2019, 3, 14)
    assert weekday_on(thursday, 3, None, False) == thursday
    assert weekday_on(thursday, 3, -1, False) == dt.date(2019, 3, 7)
    assert weekday_on(thursday, 3, 1, False) == dt.date(2019, 3, 21)
    assert weekday_on(thursday, 3, None, True) == dt.date(2019, 3, 21)


def test_weekday_without_publication_date_uses_a_nearby_date():
    text = "On Monday, the envoy began a tour that will last until Oct. 23, 2018."
    assert value_of(text, "Monday", None) == "2018-10-22"
    text = "He met the rebels in Muscat on September 9, 2019. He had seen the king in Jeddah on Sunday."
    assert value_of(text, "Sunday", None) == "2019-09-08"


# --- no anchor: None ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The first meeting was held yesterday in the oil field.",
    "They met on Wednesday in Geneva.",
    "The talks continue next week.",
    "اجتمع الوفدان يوم أمس في جنيف",
    "اجتمع الوزيران اليوم الجمعة في جنيف",
])
def test_no_anchor_gives_none(text):
    got = find_times(text, None)
    assert got and all(t.value is None for t in got)
    assert all(t.precision in ("day", "month") for t in got)


# --- absolute and partial dates -------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The ceasefire was signed on September 9, 2019 in Muscat.", "2019-09-09"),
    ("Khartoum, 3-2-2024 (SUNA) - The delegation left.", "2024-02-03"),
    ("وقع الاتفاق في 9 أيلول/سبتمبر 2019 في مسقط", "2019-09-09"),
    ("وقع الاتفاق في ١٤ آذار ٢٠١٩", "2019-03-14"),
    ("وقع الاتفاق في 3 تشرين الأول 2020", "2020-10-03"),
    ("وقع الاتفاق في 3 أكتوبر 2020", "2020-10-03"),
    ("وقع الاتفاق و١٤-٩-٢٠٢٥", "2025-09-14"),
    ("The talks opened on Thursday, 14 March 2019.", "2019-03-14"),
    ("It was signed in March 2019.", "2019-03"),
    ("The elections were held in 2019.", "2019"),
    ("وجرت الانتخابات عام ٢٠١٩م", "2019"),
    ("The truce ends on May 5.", "2024-05-05"),
    ("وتنتهي الهدنة في 5 أيار", "2024-05-05"),
    ("The envoy arrived in March.", "2024-03"),
    ("وصل المبعوث في شهر آذار", "2024-03"),
    ("وصل المبعوث في آب الماضي", "2023-08"),
])
def test_absolute_and_partial(text, want):
    got = [t for t in find_times(text, "2024-06-20") if t.value]
    assert [t.value for t in got] == [want]


def test_every_month_name():
    for lang in ("en", "ar"):
        for name, num in table(lang, "months.txt"):
            label = name.title() if lang == "en" else name
            got = list(find_dates(f"on 3 {label} 2021"))
            assert got and got[0].value == f"2021-{int(num):02d}-03", name


@pytest.mark.parametrize("text", [
    "The council implemented Resolution 2254 in full.",
    "The war has lasted 13 years.",
    "More than 2,000 families returned.",
    "Some 2019 people were displaced.",
    "القرار 2254 الصادر عن مجلس الأمن",
    "عاد أكثر من ٢٠٠٠ شخص",
    "You may 5 times ask.",
    "They march in protest.",
])
def test_bare_numbers_are_not_dates(text):
    assert find_times(text, "2024-06-20") == []
    assert list(find_partial_dates(text)) == []


def test_find_dates_api_kept_for_datelines():
    found = list(find_dates("September 17, 2024"))
    assert [(f.value, f.precision) for f in found] == [("2024-09-17", "day")]


# --- dates for events --------------------------------------------------------------------

def test_date_near_prefers_the_event_over_a_boundary():
    a = article("On Monday, the envoy began a tour that will last until Oct. 23, 2018.", None)
    assert date_near(a, 0, len(a.text)) == "2018-10-22"
    a = article("The war, which began in April 2023, was discussed on Monday.", "2024-11-19")
    assert date_near(a, 0, len(a.text)) == "2024-11-18"
    a = article("Fighting has continued since 2011.", "2024-11-19")
    assert date_near(a, 0, len(a.text)) is None


def test_date_near_skips_a_dateline():
    a = article("November 19, Port Sudan — On Monday, the envoy met the army chief.", "2024-11-19")
    assert date_near(a, 0, len(a.text)) == "2024-11-18"


def test_date_near_unanchored_is_none():
    a = article("The first meeting was held yesterday in the oil field in 2019.", None)
    assert date_near(a, 0, len(a.text)) is None


def test_date_near_follows_the_quote_of_the_trigger():
    text = 'He wrote on Tuesday: "I held a good meeting with him in Muscat on September 9, 2019".'
    a = article(text, None)
    assert date_near(a, 0, len(text), at=text.index("meeting")) == "2019-09-09"
    assert date_near(a, 0, len(text), at=text.index("wrote")) == "2019-09-10"


def test_event_date_borrows_only_on_a_reference_back():
    text = ("The minister received the envoy on Sunday in Cairo. The meeting focused on aid. "
            "The envoy met the army chief in Port Sudan.")
    a = article(text, "2024-12-09")
    s1, s2, s3 = a.sentences
    assert event_date(a, s1) == "2024-12-08"
    assert event_date(a, s2) == "2024-12-08"
    assert event_date(a, s3) is None


def test_event_date_arabic_reference_back():
    text = "استقبل الوزير المبعوث يوم الأحد في القاهرة. وتناول اللقاء الجهود المبذولة. والتقى الوفد قائد الجيش في بورتسودان ووصف اللقاء بالإيجابي."
    a = article(text, "2024-12-09", "ar")
    s1, s2, s3 = a.sentences
    assert event_date(a, s2) == "2024-12-08"
    assert event_date(a, s3) is None


def test_dates_stage_sets_times():
    from communique.pipeline import Pipeline
    a = Article(id="x", source="x", raw="The envoy met the minister yesterday.\n", published="2024-09-17")
    Pipeline(["clean", "language", "sentences", "dates"])(a)
    assert [(t.text, t.value) for t in a.times] == [("yesterday", "2024-09-16")]
