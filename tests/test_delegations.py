""""The visiting delegation" in a later meeting stands for the delegation's head: the person
named after "headed by", or the first person already met who serves the country of the body
the delegation came from. Sentences written for these tests."""

import pytest

from communique.api import extract
from communique.events.delegations import delegation_head
from communique.model import Article, Entity, Mention, Role, Span


def _article() -> Article:
    a = Article(id="t", source="t", raw="")
    a.entities = [
        Entity("E1", "ORG", "United States Department of State", [Mention(0, 1, "x", "ORG")], "org:us-state-department"),
        Entity("E2", "PERSON", "Layla Mustafa", [Mention(2, 3, "x", "PERSON")]),
        Entity("E3", "PERSON", "Joel Rayburn", [Mention(4, 5, "x", "PERSON")]),
        Entity("E4", "GPE", "United States", [Mention(6, 7, "x", "GPE")], "country:USA"),
        Entity("E5", "ORG", "Raqqa Civil Council", [Mention(8, 9, "x", "ORG")]),
    ]
    a.roles = [Role("E3", "special envoy for Syria", "E4", Span(4, 5))]
    return a


def test_the_head_is_the_first_person_serving_the_bodys_country():
    a = _article()
    assert delegation_head(a, ["E1"], ["E5", "E2", "E3"]) == "E3"


def test_no_country_known_means_no_head():
    a = _article()
    assert delegation_head(a, ["E5"], ["E2", "E3"]) is None
    a.roles = []
    assert delegation_head(a, ["E1"], ["E2", "E3"]) is None


@pytest.mark.parametrize("lead", [
    "The Raqqa Civil Council held two separate meetings with a delegation from the US State "
    "Department in Raqqa on Sunday.",
    # the sides after a participle ("meetings held in X on Sunday between A and B")
    "In two separate meetings held in Raqqa on Sunday between the Raqqa Civil Council and a "
    "delegation from the US State Department, the sides discussed security.",
])
def test_the_visiting_delegation_in_the_second_meeting(lead):
    text = (lead + " The first meeting brought together the council's co-chair "
            "Layla Mustafa and the US special envoy for Syria, Joel Rayburn. In the second, the "
            "visiting delegation sat with the council and several clan elders.")
    [r] = extract(text, lang="en", published="2020-06-01")
    names = {e["id"]: e["name"] for e in r["entities"]}
    ms = [{names[p] for p in e["participants"]} for e in r["events"] if e["type"] == "CONSULT"]
    assert len(ms) == 2
    assert {"Layla Mustafa", "Joel Rayburn"} <= ms[0]
    assert {"Raqqa Civil Council", "Joel Rayburn"} <= ms[1] and "Layla Mustafa" not in ms[1]
