"""English statements, round t4: an aid package announced with its amount is aid (PLOVER
AID), not backing for what it pays for. Sentences written for these tests; the people and
countries are invented."""

from events_helpers import run, statements

ENTS = {
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
}


def test_announced_aid_package_is_aid():
    a, _ = run("Ruritanian President Peter Mwangi on Monday announced a $300 million aid package for Borduria "
               "to be paid over three years.", "en", ENTS)
    assert ("Peter Mwangi", "AID") in statements(a)


def test_amount_in_aid_is_aid():
    a, _ = run("Mwangi said his government had sent $40 million in humanitarian aid to Borduria since the floods.", "en", ENTS)
    assert ("Peter Mwangi", "AID") in statements(a)
