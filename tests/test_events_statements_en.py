"""Statements and actions in English, every PLOVER category, on sentences written for
these tests; speaker resolution, negation, hypotheticals, target, about and quote."""

import pytest

from events_helpers import name, run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Norway": ("GPE", ["Norway"]),
    "Kenya": ("GPE", ["Kenya"]),
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Northern Front": ("ORG", ["Northern Front"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Resolution 1325": ("INSTRUMENT", ["Resolution 1325"]),
}

CASES = [
    ("Anne Holt praised the mediation of the Green Alliance.", "Anne Holt", "SUPPORT"),
    ("Anne Holt reaffirmed her support for Resolution 1325.", "Anne Holt", "SUPPORT"),
    ("Anne Holt stressed the need for a new round of negotiations.", "Anne Holt", "REQUEST"),
    ("Anne Holt urged Borduria to open the border crossings.", "Anne Holt", "REQUEST"),
    ("Ruritania condemned the raid on the market.", "Ruritania", "ACCUSE"),
    ("Anne Holt accused Borduria of blocking the talks.", "Anne Holt", "ACCUSE"),
    ("Borduria rejected the proposal for a buffer zone.", "Borduria", "REJECT"),
    ("Ruritania vetoed the draft text in the council.", "Ruritania", "REJECT"),
    ("Borduria agreed to exchange prisoners next month.", "Borduria", "AGREE"),
    ("Anne Holt pledged to support the new commission.", "Anne Holt", "AGREE"),
    ("Borduria warned its neighbour against any incursion.", "Borduria", "THREATEN"),
    ("The Northern Front declared a ceasefire across the valley.", "Northern Front", "CONCEDE"),
    ("Ruritania and Borduria began joint military exercises near the coast.", "Ruritania", "COOPERATE"),
    ("Norway delivered humanitarian supplies to the camps.", "Norway", "AID"),
    ("The Northern Front withdrew from the hill towns.", "Northern Front", "RETREAT"),
    ("Ruritania imposed new sanctions on the port authority.", "Ruritania", "SANCTION"),
    ("Borduria deployed two brigades to the frontier.", "Borduria", "MOBILIZE"),
    ("The Green Alliance protested outside the parliament.", "Green Alliance", "PROTEST"),
    ("The Northern Front besieged the town for three weeks.", "Northern Front", "COERCE"),
    ("Borduria shelled the outskirts of the capital.", "Borduria", "ASSAULT"),
]


@pytest.mark.parametrize("text,actor,typ", CASES)
def test_each_plover_category(text, actor, typ):
    a, _ = run(text, "en", ENTS)
    assert (actor, typ) in statements(a)


def test_negated_statement_is_not_a_fact():
    a, _ = run("Ruritania did not condemn the raid on the market.", "en", ENTS)
    assert statements(a) == []


def test_hypothetical_statement_is_not_a_fact():
    a, _ = run("Analysts believe Borduria would reject any proposal from the north.", "en", ENTS)
    assert statements(a) == []


def test_future_statement_is_not_a_fact():
    a, _ = run("Anne Holt will urge Borduria to open the border.", "en", ENTS)
    assert statements(a) == []


def test_he_is_the_last_named_speaker():
    a, _ = run("Peter Mwangi spoke after Holt. He called for an inquiry into the shooting.", "en", ENTS)
    assert statements(a) == [("Peter Mwangi", "REQUEST")]


def test_for_his_part_is_the_other_side_of_the_meeting():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. Holt stressed the need for dialogue. For his part, "
               "the envoy reaffirmed his support for Resolution 1325.", "en", ENTS)
    assert ("Peter Mwangi", "SUPPORT") in statements(a)
    assert ("Anne Holt", "REQUEST") in statements(a)


def test_target_about_and_quote():
    a, events = run("Anne Holt urged Borduria to implement Resolution 1325, saying: “The time for delay "
                    "is over.”", "en", ENTS)
    [v] = [v for v in events if v.type == "REQUEST"]
    assert name(a, v.target) == "Borduria"
    assert [name(a, x) for x in v.about] == ["Resolution 1325"]
    assert v.quote == "The time for delay is over."
    assert a.text[v.evidence[0].start:v.evidence[0].end].startswith("Anne Holt urged")


def test_a_speakers_turn_retelling_one_act_gives_one_statement():
    # the same verb again re-tells the act; a reporting verb's content continues the position
    a, events = run("Anne Holt called for new elections. She also called for a vote before winter. "
                    "She stressed the need for calm. Peter Mwangi called for patience.", "en", ENTS)
    assert statements(a) == [("Anne Holt", "REQUEST"), ("Peter Mwangi", "REQUEST")]
    assert len(events[0].evidence) == 3


def test_a_further_act_in_the_same_turn_joins_the_first():
    # "called for … She also demanded …": one REQUEST with two sentences of evidence, as the
    # shared gold counts a speaker's turn
    a, events = run("Anne Holt called for new elections. She also demanded the release of detainees. "
                    "Peter Mwangi called for patience.", "en", ENTS)
    assert statements(a) == [("Anne Holt", "REQUEST"), ("Peter Mwangi", "REQUEST")]
    assert len(events[0].evidence) == 2
