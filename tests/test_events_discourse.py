"""Events across sentences: delegations named again, quotes continued, quote-first
attribution, leads and summaries, datelines and visit destinations, the stage and the
readout. Sentences written for these tests."""

from events_helpers import make_article, meetings, name, run, statements

from communique.model import Span
from communique.pipeline import Context
from communique.readout import build, validate
from communique.stages.events import events as events_stage

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Carla Boni": ("PERSON", ["Carla Boni", "Boni"]),
    "Hans Weber": ("PERSON", ["Hans Weber", "Weber"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Vienna": ("GPE", ["Vienna"]),
    "Resolution 1325": ("INSTRUMENT", ["Resolution 1325"]),
}
AR = {
    "Anne Holt": ("PERSON", ["آن هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي"]),
    "Green Alliance": ("ORG", ["التحالف الأخضر"]),
    "Cairo": ("GPE", ["القاهرة", "للقاهرة"]),
}


def test_the_delegation_stands_for_the_one_introduced():
    a, _ = run("A delegation from the Green Alliance headed by Carla Boni arrived in Vienna on Monday. "
               "The delegation met Anne Holt on Tuesday.", "en", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Green Alliance", "Carla Boni", "Anne Holt"}


def test_arabic_al_wafd_stands_for_the_delegation():
    a, _ = run("وصل وفد من التحالف الأخضر برئاسة بيتر موانغي إلى القاهرة. وقال التحالف إن الوفد التقى آن هولت.",
               "ar", AR)
    [m] = meetings(a)
    assert {"Peter Mwangi", "Anne Holt"} <= m["participants"]


def test_quote_before_the_verb_is_its_content():
    a, _ = run("“Borduria must open the crossings now,” Anne Holt said.", "en", ENTS)
    assert statements(a) == [("Anne Holt", "REQUEST")]


def test_a_quote_sentence_continues_the_last_speaker():
    a, _ = run("Anne Holt spoke to reporters in Oslo. “Any attack will meet a severe response.”", "en", ENTS)
    assert statements(a) == [("Anne Holt", "THREATEN")]


def test_citing_an_instrument_is_support():
    a, _ = run("Anne Holt said the plan rests on Resolution 1325.", "en", ENTS)
    [v] = [v for v in a.events if v.type != "CONSULT"]
    assert (name(a, v.actor), v.type) == ("Anne Holt", "SUPPORT")
    assert [name(a, x) for x in v.about] == ["Resolution 1325"]


def test_noun_use_of_a_trigger_word_is_no_act():
    a, _ = run("Anne Holt reaffirmed her backing for the people's demands for dignity.", "en", ENTS)
    assert ("Anne Holt", "REQUEST") not in statements(a)


def test_summary_then_separate_meetings():
    a, _ = run("Anne Holt met separately with Peter Mwangi and Carla Boni in Vienna. "
               "During a meeting between Holt and Peter Mwangi on Monday, the two discussed the border. "
               "On Tuesday, Holt held a meeting with Carla Boni and Hans Weber.", "en", ENTS)
    ms = meetings(a)
    assert [m["participants"] for m in ms] == [{"Anne Holt", "Peter Mwangi"},
                                               {"Anne Holt", "Carla Boni", "Hans Weber"}]


def test_lead_mention_joins_the_full_account():
    a, _ = run("Anne Holt met Peter Mwangi.\n\nIn Oslo on Monday, Anne Holt held talks with Peter Mwangi "
               "and Carla Boni.", "en", ENTS)
    ms = meetings(a)
    assert len(ms) == 1 and ms[0]["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}
    assert ms[0]["evidence"] == 2


def test_dateline_places_the_meeting():
    a, _ = run("Oslo, 3 March 2024 - Anne Holt received Peter Mwangi at her office.", "en", ENTS)
    [m] = meetings(a)
    assert m["location"] == "Oslo"


def test_visit_destination_is_the_last_resort_place():
    a, _ = run("اختتم بيتر موانغي زيارته للقاهرة. والتقى موانغي خلال الزيارة مع آن هولت.", "ar",
               {**AR, "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"])})
    [m] = meetings(a)
    assert m["location"] == "Cairo"


def test_stage_sets_numbered_events_that_validate():
    a = make_article("Anne Holt met Peter Mwangi in Oslo. Holt urged Borduria to implement Resolution 1325.",
                     "en", ENTS)
    events_stage(a, Context())
    assert [v.id for v in a.events] == ["V1", "V2"]
    assert [v.type for v in a.events] == ["CONSULT", "REQUEST"]
    for v in a.events:
        assert v.evidence and all(isinstance(e, Span) and a.text[e.start:e.end] for e in v.evidence)
    validate(build(a))


def test_no_entities_no_events():
    a = make_article("The minister met the envoy and urged calm.", "en", {})
    events_stage(a, Context())
    assert a.events == []
