"""English statements, round t4: an aid package announced with its amount is aid (PLOVER
AID), not backing for what it pays for. Sentences written for these tests; the people and
countries are invented."""

from events_helpers import run, statements

ENTS = {
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Northern Alliance": ("ORG", ["Northern Alliance"]),
    "Appeals Chamber": ("ORG", ["Appeals Chamber"]),
}


def test_announced_aid_package_is_aid():
    a, _ = run("Ruritanian President Peter Mwangi on Monday announced a $300 million aid package for Borduria "
               "to be paid over three years.", "en", ENTS)
    assert ("Peter Mwangi", "AID") in statements(a)


def test_amount_in_aid_is_aid():
    a, _ = run("Mwangi said his government had sent $40 million in humanitarian aid to Borduria since the floods.", "en", ENTS)
    assert ("Peter Mwangi", "AID") in statements(a)


def test_a_hope_voiced_is_an_appeal():
    a, _ = run("Peter Mwangi expressed hope that Borduria would reopen the border crossings before the harvest.", "en", ENTS)
    assert ("Peter Mwangi", "REQUEST") in statements(a)


def test_said_he_hoped_is_an_appeal():
    a, _ = run("Mwangi said he hoped the talks in Borduria would resume next month.", "en", ENTS)
    assert ("Peter Mwangi", "REQUEST") in statements(a)


def test_denying_an_equivalence_rejects_it():
    a, _ = run("Mwangi said there was no equivalence between Ruritania and the armed group.", "en", ENTS)
    assert ("Peter Mwangi", "REJECT") in statements(a)


def test_members_of_a_body_speak_for_it():
    a, _ = run("Members of the Northern Alliance said in a joint statement that Borduria must withdraw its troops.", "en", ENTS)
    assert ("Northern Alliance", "REQUEST") in statements(a)


def test_judges_of_a_chamber_speak_for_it():
    a, _ = run("Judges of the Appeals Chamber said on Monday that Borduria bore responsibility for the killings.", "en", ENTS)
    assert ("Appeals Chamber", "ACCUSE") in statements(a)


def test_ministers_from_several_states_are_no_single_states_voice():
    a, _ = run("Foreign ministers from Ruritania, Borduria and the Northern Alliance called on Saturday for "
               "a ceasefire in the border region.", "en", ENTS)
    assert not [s for s in statements(a) if s[1] == "REQUEST"]
