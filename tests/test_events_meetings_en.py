"""Meetings in English: participants through each attendance pattern, place, date, one
event per meeting, negation and plans. Sentences written for these tests."""

from events_helpers import meetings, run

PEOPLE = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Carla Boni": ("PERSON", ["Carla Boni", "Boni"]),
    "Hans Weber": ("PERSON", ["Hans Weber", "Weber"]),
    "Lena Dahl": ("PERSON", ["Lena Dahl", "Dahl"]),
    "Norway": ("GPE", ["Norway"]),
    "Kenya": ("GPE", ["Kenya"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Vienna": ("GPE", ["Vienna"]),
    "Grand Harbour Hotel": ("FAC", ["Grand Harbour Hotel"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Resolution 1325": ("INSTRUMENT", ["Resolution 1325"]),
}


def test_received_is_a_visit_with_place_and_date():
    a, _ = run("The Foreign Minister of Norway, Anne Holt, received the envoy of Kenya, Peter Mwangi, "
               "in Oslo on Tuesday.", "en", PEOPLE, {"on Tuesday": "2024-03-05"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Oslo"
    assert m["mode"] == "visit"
    assert m["date"] == "2024-03-05"


def test_facility_is_preferred_over_its_city():
    a, _ = run("Anne Holt met Peter Mwangi in Vienna. The talks took place at the Grand Harbour Hotel.",
               "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] == "Grand Harbour Hotel"


def test_attended_by_adds_participants():
    a, _ = run("Anne Holt met Peter Mwangi in Vienna on Monday. The meeting was attended by "
               "Carla Boni and Hans Weber.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}
    assert m["evidence"] == 2


def test_delegation_headed_by_takes_part_with_its_organisation():
    a, _ = run("Anne Holt met with a delegation from the Green Alliance headed by Carla Boni in Vienna.",
               "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Green Alliance", "Carla Boni"}
    assert m["location"] == "Vienna"


def test_side_represented_by_in_the_next_sentence():
    a, _ = run("Anne Holt held talks with Peter Mwangi in Oslo. The Kenyan side was also represented "
               "by Lena Dahl.", "en", PEOPLE)
    [m] = meetings(a)
    assert "Lena Dahl" in m["participants"]


def test_country_in_a_title_is_not_a_participant():
    a, _ = run("The Foreign Minister of Norway, Anne Holt, met Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert "Norway" not in m["participants"]


def test_two_separate_meetings_are_two():
    a, _ = run("In two separate meetings held in Vienna between the Green Alliance and a delegation from "
               "Norway, the parties discussed the plan. The first meeting was held between Anne Holt "
               "and Carla Boni. The second included Hans Weber.", "en", PEOPLE)
    ms = meetings(a)
    assert len(ms) == 2
    assert {"Anne Holt", "Carla Boni"} <= ms[0]["participants"]
    assert "Hans Weber" in ms[1]["participants"] and "Anne Holt" not in ms[1]["participants"]
    assert all(m["location"] == "Vienna" for m in ms)


def test_a_meeting_mentioned_again_is_the_same_one():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. During the meeting, Holt stressed the need for "
               "talks. Holt said the meeting with Mwangi was useful.", "en", PEOPLE)
    ms = meetings(a)
    assert len(ms) == 1
    assert ms[0]["evidence"] == 3


def test_a_later_meeting_with_someone_else_is_new():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. On Friday, Holt held a meeting with Carla Boni "
               "in Vienna.", "en", PEOPLE)
    ms = meetings(a)
    assert [m["participants"] for m in ms] == [{"Anne Holt", "Peter Mwangi"}, {"Anne Holt", "Carla Boni"}]
    assert [m["location"] for m in ms] == ["Oslo", "Vienna"]


def test_negated_meeting_is_not_an_event():
    a, _ = run("Anne Holt did not meet Peter Mwangi during her stay in Oslo.", "en", PEOPLE)
    assert meetings(a) == []


def test_planned_meeting_is_not_a_fact():
    a, _ = run("Anne Holt will meet Peter Mwangi in Oslo next week.", "en", PEOPLE)
    assert meetings(a) == []


def test_phone_call_mode():
    a, _ = run("Anne Holt had a phone call with Peter Mwangi on Sunday.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["mode"] == "phone"
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_headline_meeting_joins_the_body_meeting():
    a, _ = run("Holt Meets Kenyan Envoy\n\nAnne Holt met Peter Mwangi in Oslo on Monday.", "en", PEOPLE)
    ms = meetings(a)
    assert len(ms) == 1
    assert ms[0]["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_three_countries_make_a_multilateral_meeting():
    ents = {**PEOPLE, "Ruritania": ("GPE", ["Ruritania"]), "Borduria": ("GPE", ["Borduria"])}
    a, _ = run("Anne Holt held a meeting in Vienna with representatives of Norway, Kenya, Ruritania and "
               "Borduria.", "en", ents)
    [m] = meetings(a)
    assert m["mode"] == "multilateral"
    assert {"Norway", "Kenya", "Ruritania", "Borduria"} <= m["participants"]


def test_two_meetings_told_apart_in_one_sentence():
    a, _ = run("Anne Holt held two meetings in Vienna, the first with Peter Mwangi and the second "
               "with Carla Boni.", "en", PEOPLE)
    ms = meetings(a)
    assert [m["participants"] for m in ms] == [{"Anne Holt", "Peter Mwangi"}, {"Anne Holt", "Carla Boni"}]


def test_two_meetings_never_told_apart_are_one_event():
    a, _ = run("Anne Holt held two meetings with Peter Mwangi in Vienna.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
