"""English statements, second round: promises worded as a commitment to act, orders given
as imperative quotations, unnamed officials of a side, states named by their style ("the
kingdom"), names listed before a verb the parse left without a subject, and the cues added
from UN meetings coverage. Every sentence is written for these tests."""

import pytest

from events_helpers import run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Norway": ("GPE", ["Norway", "Norwegian"]),
    "Borduria": ("GPE", ["Borduria", "Bordurian"]),
    "Jordan": ("GPE", ["Jordan"]),
    "Qatar": ("GPE", ["Qatar"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Northern Front": ("ORG", ["Northern Front"]),
}


def found(text: str) -> list[tuple[str | None, str]]:
    a, _ = run(text, "en", ENTS)
    return statements(a)


GIVES = [
    # a commitment to act is a promise; to a thing, backing
    ("Anne Holt said Norway was committed to reopening the northern crossing.", ("Anne Holt", "AGREE")),
    ("Peter Mwangi reaffirmed his commitment to rebuilding the damaged schools.", ("Peter Mwangi", "AGREE")),
    ("Anne Holt said Norway remained committed to the peace plan.", ("Anne Holt", "SUPPORT")),
    # a quotation opened by an imperative asks something of its hearers
    ('"Open the crossings and let the convoys through," Anne Holt told the delegates.', ("Anne Holt", "REQUEST")),
    ('Peter Mwangi said: "Release the detained aid workers today."', ("Peter Mwangi", "REQUEST")),
    # unnamed holders of a plural title speak for their side
    ("Bordurian officials accused Norway of sheltering the rebels.", ("Borduria", "ACCUSE")),
    ("Northern Front officials rejected the timetable on Sunday.", ("Northern Front", "REJECT")),
    # "the kingdom", "the emirate": the state of that style named last
    ("Anne Holt flew to Jordan on Monday. The kingdom condemned the shelling of the camps.", ("Jordan", "ACCUSE")),
    ("Talks resumed in Qatar. The emirate urged both delegations to stay.", ("Qatar", "REQUEST")),
    # the veto as UN meetings coverage words it, a threat by a vow
    ("The draft failed as Borduria cast a negative vote.", ("Borduria", "REJECT")),
    ("The Northern Front vowed to hit back at the garrison.", ("Northern Front", "THREATEN")),
    ("Peter Mwangi spoke on television, warning Borduria that its troops would be expelled.", ("Peter Mwangi", "THREATEN")),
    # criticism and approval worded as UN delegates word them
    ("Anne Holt said the vote exposed the hypocrisy of the council.", ("Anne Holt", "ACCUSE")),
    ("Peter Mwangi said Borduria bore responsibility for the famine.", ("Peter Mwangi", "ACCUSE")),
    ("Anne Holt said Norway was satisfied with the outcome of the talks.", ("Anne Holt", "SUPPORT")),
    ("Peter Mwangi said the garrison towns would not be safe.", ("Peter Mwangi", "THREATEN")),
    ("Anne Holt said there had been abuse of the relief funds by Borduria.", ("Anne Holt", "ACCUSE")),
    # an imperative after a colon inside the words quoted
    ('"The assembly has one message for Borduria: withdraw your troops," Anne Holt said.', ("Anne Holt", "REQUEST")),
    # "the rebels" points back to the armed group last named as a subject; owning an attack
    ("The Northern Front seized two villages. The rebels later claimed the attack on the depot.",
     ("Northern Front", "ASSAULT")),
    ("The Northern Front claimed responsibility for the bombing of the bridge.", ("Northern Front", "ASSAULT")),
    # an adverbial clause with its own subject and tense happened, whatever modal the clause
    # above it carries
    ("The council failed to adopt a text that would have demanded a truce, as Borduria vetoed it.",
     ("Borduria", "REJECT")),
    # a prohibition with a long object
    ("Borduria told the families of the border villages not to go back.", ("Borduria", "REQUEST")),
    # an act named by its noun, its author after "by"
    ("Anne Holt condemned the attacks carried out by the Northern Front on the depots.", ("Northern Front", "ASSAULT")),
    ("Peter Mwangi said the siege imposed by Borduria had cut off the town.", ("Borduria", "COERCE")),
    # a terrorist listing is a sanction
    ("Norway designated the Northern Front as a Specially Designated Global Terrorist group.", ("Norway", "SANCTION")),
    ("Borduria designated the Green Alliance a terrorist organisation in March.", ("Borduria", "SANCTION")),
    # more of the same attacks announced
    ("Peter Mwangi said the Northern Front would keep targeting Bordurian convoys.", ("Peter Mwangi", "THREATEN")),
    # "He" after a sentence whose subject is a person but holds no verb of saying
    ("Anne Holt spoke first. Peter Mwangi called the plan a useful basis. He urged Borduria to sign it.",
     ("Peter Mwangi", "REQUEST")),
    # an unnamed delegate speaks for the state or body he represents
    ("The representative of Norway expressed concern over the shelling and called for restraint.", ("Norway", "REQUEST")),
    ("Anne Holt spoke first. The ambassador of Borduria then rejected the proposal.", ("Borduria", "REJECT")),
    ('"We will not let this pass," Peter Mwangi said.', ("Peter Mwangi", "THREATEN")),
    # a weapon's sender acts
    ("A missile fired by the Northern Front struck a school in the capital.", ("Northern Front", "ASSAULT")),
    # a leader's own office speaks for him
    ("Peter Mwangi's office condemned the raid on the depot.", ("Peter Mwangi", "ACCUSE")),
]

NOT_GIVES = [
    # backing a thing is no promise
    ("Anne Holt said Norway remained committed to the peace plan.", ("Anne Holt", "AGREE")),
    # openers that ask nothing
    ('"Look, the talks are over," Anne Holt told reporters.', ("Anne Holt", "REQUEST")),
    ('"Thank you for coming," Peter Mwangi said.', ("Peter Mwangi", "REQUEST")),
    # a quotation opened by a statement is no order
    ('"The talks will resume in May," Anne Holt said.', ("Anne Holt", "REQUEST")),
    # a plural title is no pronoun: it does not point back to the last speaker
    ("Anne Holt welcomed the truce. Officials later accused Borduria of breaking it.", ("Anne Holt", "ACCUSE")),
    # a clause parsed as the subject holds no actor
    ("Leaders gathering in the Norwegian capital on Monday demanded a halt to the shelling.", ("Norway", "REQUEST")),
    # "the kingdom" is no state of another style
    ("Anne Holt flew to Qatar on Monday. The kingdom condemned the shelling of the camps.", ("Qatar", "ACCUSE")),
    # a restrictive "that" clause parsed onto a proper name is not that name's act
    ("The council rejected two amendments drafted by Borduria that called for a truce.", ("Borduria", "REQUEST")),
    # the "if" of an adverbial clause still qualifies it
    ("Anne Holt said Norway would retaliate if Borduria attacked the border posts.", ("Borduria", "ASSAULT")),
    # an act of a given year named as background
    ("The closure echoed a 2019 blockade imposed by Borduria.", ("Borduria", "COERCE")),
    # a present-tense clause under a plan is part of the plan
    ("Under the deal, Bordurian troops are to leave the valley as the Green Alliance deploys there.",
     ("Green Alliance", "MOBILIZE")),
    # an unnamed delegate is not the last person named
    ("Anne Holt spoke first. The ambassador of Borduria then rejected the proposal.", ("Anne Holt", "REJECT")),
    # "the Mwangi administration" is the state's organ, not the man
    ("The Mwangi administration condemned the raid on the depot.", ("Peter Mwangi", "ACCUSE")),
    # a demonym modifying the sender is not the sender
    ("A missile fired by Bordurian rebels struck a school in the capital.", ("Borduria", "ASSAULT")),
    # a response is no threat by itself
    ("Peter Mwangi expressed hope that Borduria would respond positively.", ("Peter Mwangi", "THREATEN")),
]


@pytest.mark.parametrize("text,want", GIVES)
def test_gives(text, want):
    assert want in found(text)


@pytest.mark.parametrize("text,unwanted", NOT_GIVES)
def test_does_not_give(text, unwanted):
    assert unwanted not in found(text)


def test_his_country_is_the_state_of_the_speakers_role():
    from communique.model import Role, Span

    text = "Norway's envoy, Anne Holt, said her country voted against the draft."
    a, _ = run(text, "en", ENTS)
    holt = next(e.id for e in a.entities if e.name == "Anne Holt")
    norway = next(e.id for e in a.entities if e.name == "Norway")
    a.roles = [Role(person=holt, title="envoy", org=norway, evidence=Span(0, 20))]
    from communique.events import extract_events

    got = [(next(e.name for e in a.entities if e.id == v.actor), v.type) for v in extract_events(a) if v.type != "CONSULT"]
    assert ("Norway", "REJECT") in got and ("Anne Holt", "REJECT") not in got


def test_a_position_reported_for_his_government_stays_the_speakers():
    from communique.model import Role, Span

    text = "Norway's envoy, Anne Holt, said her government wanted calm and called for talks with Borduria."
    a, _ = run(text, "en", ENTS)
    holt = next(e.id for e in a.entities if e.name == "Anne Holt")
    norway = next(e.id for e in a.entities if e.name == "Norway")
    a.roles = [Role(person=holt, title="envoy", org=norway, evidence=Span(0, 20))]
    from communique.events import extract_events

    got = [(next(e.name for e in a.entities if e.id == v.actor), v.type) for v in extract_events(a) if v.type != "CONSULT"]
    assert ("Norway", "REQUEST") not in got


def test_names_joined_before_a_verb_without_subject_all_act():
    got = found("In a closing statement read by Anne Holt, the Green Alliance and the Northern Front called on "
                "Borduria to withdraw.")
    assert ("Green Alliance", "REQUEST") in got and ("Northern Front", "REQUEST") in got
    assert ("Anne Holt", "REQUEST") not in got


def test_an_unnamed_delegate_is_the_holder_the_article_gave_that_title():
    from communique.events import extract_events
    from communique.model import Role, Span

    text = "Anne Holt is the representative of Norway. Later, the representative of Norway urged Borduria to withdraw."
    a, _ = run(text, "en", ENTS)
    holt = next(e.id for e in a.entities if e.name == "Anne Holt")
    norway = next(e.id for e in a.entities if e.name == "Norway")
    a.roles = [Role(person=holt, title="representative of Norway", org=norway, evidence=Span(0, 40))]
    got = [(next(e.name for e in a.entities if e.id == v.actor), v.type) for v in extract_events(a) if v.type != "CONSULT"]
    assert ("Anne Holt", "REQUEST") in got and ("Norway", "REQUEST") not in got
