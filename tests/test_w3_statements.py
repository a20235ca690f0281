"""English statements as UN statements, State Department readouts, ministry communiqués and
reaction roundups word them (round w3): "who" after a place, present-tense verbs of UN
statements, "wrote on X", verdicts named by their adjective ("a dark day", "outrageous",
"binding"), failures to comply, control seized. Every sentence is written for these tests."""

import pytest

from events_helpers import run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Norway": ("GPE", ["Norway"]),
    "Kenya": ("GPE", ["Kenya"]),
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Northern Front": ("ORG", ["Northern Front"]),
}


def found(text: str) -> list[tuple[str | None, str]]:
    a, _ = run(text, "en", ENTS)
    return statements(a)


# (sentence, a statement it must give)
GIVES = [
    # "who" names a person, never the place the parse hangs it on
    ("Earlier that day Anne Holt met Peter Mwangi in Oslo, who thanked her for the support of Norway.",
     ("Peter Mwangi", "SUPPORT")),
    ("Anne Holt received Peter Mwangi at the palace in Oslo, who urged Borduria to free the prisoners.",
     ("Peter Mwangi", "REQUEST")),
]

# (sentence, a statement it must not give)
NOT_GIVES = [
    ("Earlier that day Anne Holt met Peter Mwangi in Oslo, who thanked her for the support of Norway.",
     ("Oslo", "SUPPORT")),
]


@pytest.mark.parametrize("text,expected", GIVES)
def test_gives(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,unexpected", NOT_GIVES)
def test_does_not_give(text, unexpected):
    assert unexpected not in found(text)
