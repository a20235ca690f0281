"""English statements as wire copy words them: the scope of negations and modals, warnings
that only forecast, organs and anaphors speaking for a state or body, relative-clause
speakers, misattached conjuncts, and the triggers and content cues added for wire copy.
Every sentence is written for these tests."""

import pytest

from events_helpers import run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Norway": ("GPE", ["Norway"]),
    "Kenya": ("GPE", ["Kenya"]),
    "Ruritania": ("GPE", ["Ruritania"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Northern Front": ("ORG", ["Northern Front"]),
}


def found(text: str) -> list[tuple[str | None, str]]:
    a, _ = run(text, "en", ENTS)
    return statements(a)


# (sentence, a statement it must give)
GIVES = [
    # a modal or future in a neighbouring clause does not touch the trigger
    ('"Either the militia disbands or the necessary steps will be taken," Anne Holt warned.', ("Anne Holt", "THREATEN")),
    ("Anne Holt said the talks would go ahead on Monday and urged Borduria to attend.", ("Anne Holt", "REQUEST")),
    # a finite verb coordinated after a verb of another form continues the one it matches
    ("Peter Mwangi said the vote would take place on Monday and criticized Borduria for the delay.",
     ("Peter Mwangi", "ACCUSE")),
    ("The Green Alliance adopted a statement, welcoming the proposal announced on Monday and calling on Borduria "
     "to withdraw its troops.", ("Green Alliance", "REQUEST")),
    # organs of a state speak for it; "it" and "the group" point back to the last body
    ("Ruritania's foreign ministry condemned the shelling of the market.", ("Ruritania", "ACCUSE")),
    ("Kenya's embassy voiced support for the mediation.", ("Kenya", "SUPPORT")),
    ("The Northern Front welcomed the agreement. It accused Borduria of violating the truce.", ("Northern Front", "ACCUSE")),
    ("The Northern Front signed the declaration on Sunday. The group later denounced the arrests in the valley.",
     ("Northern Front", "ACCUSE")),
    # a relative pronoun subject is its antecedent
    ("Anne Holt met Peter Mwangi, who demanded the release of all detainees.", ("Peter Mwangi", "REQUEST")),
    # wire-copy triggers and content cues
    ("Anne Holt pressed Borduria to reopen the crossing.", ("Anne Holt", "REQUEST")),
    ("Ruritania ruled out any talks with the Northern Front.", ("Ruritania", "REJECT")),
    ("The Northern Front vowed to step up attacks on the border posts.", ("Northern Front", "THREATEN")),
    ("Peter Mwangi vowed that Kenya would never again host foreign fighters.", ("Peter Mwangi", "AGREE")),
    ("Anne Holt stressed the rejection of any partition of the country.", ("Anne Holt", "REJECT")),
    ("Anne Holt said Norway would not take part in the conference.", ("Anne Holt", "REJECT")),
    ("Borduria launched a drone attack on the capital overnight.", ("Borduria", "ASSAULT")),
    ("Anne Holt warned that Norway would strike back at any attack on its ships.", ("Anne Holt", "THREATEN")),
    ("Ruritania supported the ceasefire plan in the vote.", ("Ruritania", "SUPPORT")),
    # "…, he warned, adding that …": the appended point is read too
    ('"The border stays shut," Anne Holt warned, adding that the militias had to leave the valley.',
     ("Anne Holt", "REQUEST")),
    # an armed group's rank and file act for it
    ("Residents said Northern Front fighters shelled the market on Friday.", ("Northern Front", "ASSAULT")),
    ("Peter Mwangi said Kenya would work to keep the corridor open.", ("Peter Mwangi", "AGREE")),
    # a verb of saying set off after its content, without quotation marks
    ("The old agreements remain valid, Anne Holt argued, even if the process must change.", ("Anne Holt", "SUPPORT")),
    ("Both armies must pull back from the river, Peter Mwangi said.", ("Peter Mwangi", "REQUEST")),
    ("Ruritania dismissed the proposal as a stalling tactic.", ("Ruritania", "REJECT")),
    ("Norway dismissed the reports of a secret deal.", ("Norway", "REJECT")),
    # the shorter trigger inside a rejected gap match still counts
    ("Ruritania launched an investigation into the attack on the convoy.", ("Ruritania", "ACCUSE")),
    ("Borduria launched a wave of attacks on the capital.", ("Borduria", "ASSAULT")),
    # an order to someone
    ("Borduria told residents of the border villages not to return yet.", ("Borduria", "REQUEST")),
    # "whose leaders refused": the relative stands for its antecedent
    ("Talks opened on Monday without the Northern Front, whose leaders refused to attend.", ("Northern Front", "REJECT")),
    # a passive's "by" phrase names the actor
    ("The raid on the market was condemned by Ruritania.", ("Ruritania", "ACCUSE")),
    ("The convoy was attacked by Borduria near the border.", ("Borduria", "ASSAULT")),
    # a participle inside a prepositional phrase belongs to the clause's subject
    ("In a statement condemning the raid, Ruritania said civilians had been killed.", ("Ruritania", "ACCUSE")),
    # an act named for what it is
    ("Anne Holt called the attack a war crime.", ("Anne Holt", "ACCUSE")),
    ("Peter Mwangi described the annexation as illegal.", ("Peter Mwangi", "ACCUSE")),
    # "according to X" cites X for what the rest of the sentence says
    ("Borduria must withdraw its troops from the valley, according to Anne Holt.", ("Anne Holt", "REQUEST")),
    ("According to Peter Mwangi, both armies must pull back from the river.", ("Peter Mwangi", "REQUEST")),
    # a verb of saying whose subject is no actor, inside what a named speaker said
    ("Anne Holt stressed that the resolution reaffirmed the rejection of any change to the border.",
     ("Anne Holt", "REJECT")),
]

# (sentence, a statement it must not give)
NOT_GIVES = [
    # negation and refusal in the trigger's own or an embedding clause
    ("Anne Holt did not rule out supporting the plan.", ("Anne Holt", "SUPPORT")),
    ("Anne Holt did not rule out supporting the plan.", ("Anne Holt", "REJECT")),
    ("Ruritania refused to condemn the raid on the market.", ("Ruritania", "ACCUSE")),
    ("Anne Holt asked whether Borduria had in fact agreed to the plan.", ("Borduria", "AGREE")),
    # a warning that forecasts a risk is not a threat by the speaker
    ("Anne Holt warned that the dispute risked pushing Kenya into a financial crisis.", ("Anne Holt", "THREATEN")),
    ("Peter Mwangi warned the standoff could plunge the region into war.", ("Peter Mwangi", "THREATEN")),
    # a participle modifier names no act of the subject
    ("The Northern Front, backed by Borduria, rejected the plan.", ("Northern Front", "SUPPORT")),
    ("The Northern Front, backed by Borduria, rejected the plan.", ("Borduria", "SUPPORT")),
    # a shared auxiliary keeps the coordination inside the reported clause
    ("Anne Holt said gunmen had stormed the office and abducted two guards.", ("Anne Holt", "ASSAULT")),
    # an apposition before the verb is not content said before it
    ("Anne Holt, the envoy who must report to the council, said the talks were held in Oslo.", ("Anne Holt", "REQUEST")),
    # a passive's subject underwent the act; an unnamed agent is no one here
    ("Peter Mwangi was detained by police in the capital.", ("Peter Mwangi", "COERCE")),
    ("Anne Holt was praised by Peter Mwangi for her mediation.", ("Anne Holt", "SUPPORT")),
    # a gap must leave the final word the verb's object
    ("Borduria pressed ahead with its offensive to capture the port.", ("Borduria", "REQUEST")),
    ("Ruritania launched an investigation into the attack on the convoy.", ("Ruritania", "ASSAULT")),
    # "told Reuters he was going to …" is a verb of saying, not an order
    ("Anne Holt told Reuters she was going to resign.", ("Anne Holt", "REQUEST")),
    # removing an official is no refusal
    ("Anne Holt dismissed the governor of the central bank.", ("Anne Holt", "REJECT")),
    # "the group" points back to an organisation, never to a state
    ("Ruritania vetoed the draft. The group later urged Borduria to withdraw.", ("Ruritania", "REQUEST")),
    # a citation of a fact is no statement
    ("Talks collapsed on Monday, according to Anne Holt.", ("Anne Holt", "REQUEST")),
    # a relative clause's speaker is not the main clause's subject
    ("Anne Holt met Peter Mwangi, who demanded the release of all detainees.", ("Anne Holt", "REQUEST")),
]


@pytest.mark.parametrize("text,want", GIVES)
def test_gives(text, want):
    assert want in found(text)


@pytest.mark.parametrize("text,unwanted", NOT_GIVES)
def test_does_not_give(text, unwanted):
    assert unwanted not in found(text)


def test_refusal_itself_is_kept():
    assert ("Ruritania", "REJECT") in found("Ruritania refused to condemn the raid on the market.")
    assert ("Northern Front", "REJECT") in found("The Northern Front, backed by Borduria, rejected the plan.")


def test_a_plain_report_is_no_statement():
    assert found("Anne Holt said the talks were held in Oslo on Monday.") == []
