"""Dates an event takes from its context, on sentences written for these tests: a relative
clause dates itself, a sentence going on with the same occasion ("later", "كما") takes the
date of the event before it, a quoted date on the trigger's side of the quote comes first, and
a meeting on a trip dated from start to end takes the month that holds the trip."""

from __future__ import annotations

from communique.dates.resolve import event_date, framed_date, in_aside
from communique.events.context import EventContext

from entity_helpers import article


def dated(text, entities=(), language="en", published=None):
    from communique.dates.resolve import find_times

    a = article(text, list(entities), language=language, published=published)
    a.times = find_times(a.text, a.published, a.sentences)
    return a


# Wednesday 12 March 2025
PUB = "2025-03-12"


def test_time_in_a_relative_clause_is_not_the_events():
    a = dated("The envoy held talks with the president on Sunday. The envoy later met Omar Basri, "
              "who was appointed prime minister last week.", published=PUB)
    s2 = a.sentences[1]
    t = next(t for t in a.times if t.text == "last week")
    assert in_aside(a, t, s2.start, s2.end, a.text.index("met"))
    assert event_date(a, s2, a.text.index("met")) == "2025-03-09"


def test_time_in_the_main_clause_still_counts():
    a = dated("Omar Basri, who leads the council, met the envoy on Monday.", published=PUB)
    s = a.sentences[0]
    assert event_date(a, s, a.text.index("met")) == "2025-03-10"


def test_arabic_also_met_takes_the_earlier_date_and_skips_the_clause():
    a = dated("التقى المبعوث الرئيس في دمشق يوم الأحد. كما اجتمع المبعوث مع رئيس الحكومة سامر نادر، "
              "الذي عين الأسبوع الماضي.", language="ar", published=PUB)
    s2 = a.sentences[1]
    assert event_date(a, s2, a.text.index("اجتمع")) == "2025-03-09"


def test_same_day_refers_back():
    a = dated("The minister arrived in Cairo on Monday and met the president. The same day he "
              "received the Libyan envoy.", published=PUB)
    assert event_date(a, a.sentences[1], a.text.index("received")) == "2025-03-10"
    a = dated("وصل الوزير إلى القاهرة يوم الاثنين والتقى الرئيس. وفي اليوم ذاته استقبل المبعوث الليبي.",
              language="ar", published=PUB)
    assert event_date(a, a.sentences[1], a.text.index("استقبل")) == "2025-03-10"


def test_a_sentence_with_no_link_back_gets_nothing():
    a = dated("The minister met the president on Monday. The envoy received the Libyan delegation.",
              published=PUB)
    assert event_date(a, a.sentences[1], a.text.index("received")) is None


def test_event_context_prefers_the_date_inside_the_quote_of_the_trigger():
    text = 'The envoy wrote on Tuesday: "I held a good meeting with the leader on March 9, 2025."'
    a = dated(text, published=None)
    ctx = EventContext(a)
    s = a.sentences[0]
    assert ctx.date_in(s.start, s.end, text.index("meeting")) == "2025-03-09"


HALE = ("PERSON", "Jon Hale", ("Jon Hale", "Hale"))


def test_meeting_on_a_dated_trip_takes_the_trips_month():
    a = dated("On Monday, Jon Hale began a tour of the region that will last until March 14, 2025. "
              "Hale met opposition leaders in Ankara.", [HALE])
    assert framed_date(a, [a.entities[0].id]) == "2025-03"


def test_arabic_meeting_on_a_dated_trip():
    a = dated("بدأ جون هيل يوم الاثنين جولة في المنطقة تستمر حتى 14 آذار 2025. والتقى هيل قادة المعارضة في أنقرة.",
              [("PERSON", "Jon Hale", ("جون هيل", "هيل"))], language="ar")
    assert framed_date(a, [a.entities[0].id]) == "2025-03"


def test_trip_framing_needs_its_conditions():
    text = ("On Monday, Jon Hale began a tour of the region that will last until March 14, 2025. "
            "Hale met opposition leaders in Ankara.")
    # with a publication date the meeting's own words are resolved against it
    assert framed_date(dated(text, [HALE], published="2025-03-12"), ["E1"]) is None
    # the trip is someone else's
    a = dated(text.replace("Hale met", "Mia Dore met"), [HALE, ("PERSON", "Mia Dore", ("Mia Dore",))])
    assert framed_date(a, [e.id for e in a.entities if e.name == "Mia Dore"]) is None
    # no trip word: a span of something else
    a = dated("On Monday, Jon Hale said the truce would last until March 14, 2025.", [HALE])
    assert framed_date(a, [a.entities[0].id]) is None
    # a trip over two months is given its year
    a = dated("On Monday, Jon Hale began a tour that will last until April 3, 2025. Hale met them.", [HALE])
    assert framed_date(a, [a.entities[0].id]) == "2025"


def test_meeting_later_the_same_visit_is_its_own_meeting_with_the_earlier_date():
    from communique.dates.resolve import find_times
    from events_helpers import make_article, meetings
    from communique.events import extract_events
    from communique.pipeline import Context

    text = ("UN envoy Lund meets Syrian leader Aziz in Damascus\n\n"
            "The UN envoy Hans Lund held talks with Samir Aziz in Damascus on Sunday. "
            "Lund later met Karim Nasser, who was appointed prime minister last week.")
    a = make_article(text, "en", {"Hans Lund": ("PERSON", ["Hans Lund", "Lund"]),
                                  "Samir Aziz": ("PERSON", ["Samir Aziz", "Aziz"]),
                                  "Karim Nasser": ("PERSON", ["Karim Nasser"]),
                                  "Damascus": ("GPE", ["Damascus"])})
    a.published = PUB
    a.times = find_times(a.text, a.published, a.sentences)
    a.events = extract_events(a, Context())
    got = sorted((sorted(m["participants"]), m["date"]) for m in meetings(a))
    assert got == [(["Hans Lund", "Karim Nasser"], "2025-03-09"), (["Hans Lund", "Samir Aziz"], "2025-03-09")]


def test_a_relative_clause_date_is_kept_when_nothing_else_dates_the_event():
    a = dated("Omar Basri, who arrived in Aden on Sunday, met the governor.", published=PUB)
    assert event_date(a, a.sentences[0], a.text.index("met")) == "2025-03-09"


def test_the_meeting_takes_the_date_of_the_sentence_that_reported_it_through_events():
    text = "On Sunday the envoy met the governor of Aden. The meeting focused on the port."
    a = dated(text, published=PUB)
    ctx = EventContext(a)
    s = a.sentences[1]
    assert ctx.date_in(s.start, s.end, text.index("meeting focused")) == "2025-03-09"
