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
    "Borduria": ("GPE", ["Borduria", "Bordurian"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
    "Lena Dahl": ("PERSON", ["Lena Dahl"]),
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
    # the subject's title and its apposition: the one a later "she" refers to
    ("Peter Mwangi condemned the ruling. Norway's foreign minister, Anne Holt, took a different line. "
     "The ruling must be respected, she told reporters.", ("Anne Holt", "REQUEST")),
    # an -ing clause on a noun: the noun does the act
    ("The Green Alliance condemned the offensive in the valley, which ended with Bordurian forces taking "
     "control of the airport.", ("Borduria", "COERCE")),
    ("Ruritania said its army had seized control of the two border towns.", ("Ruritania", "COERCE")),
    # duty or turn: a demand
    ("Anne Holt said it was now up to Borduria to answer the offer.", ("Anne Holt", "REQUEST")),
    ("Peter Mwangi said it was up to the militias to lay down their arms.", ("Peter Mwangi", "REQUEST")),
    ("Peter Mwangi said it was imperative that the border reopen this week.", ("Peter Mwangi", "REQUEST")),
    # backing a course, upholding a ruling, a verdict on a decision
    ('"There is no alternative to a negotiated settlement," Anne Holt said.', ("Anne Holt", "SUPPORT")),
    ("The ruling is binding on every member state, Peter Mwangi told reporters in Oslo.", ("Peter Mwangi", "SUPPORT")),
    ("Peter Mwangi described the ceasefire as an important step.", ("Peter Mwangi", "SUPPORT")),
    ("Anne Holt said the vote was a dark day for the region.", ("Anne Holt", "ACCUSE")),
    ("Anne Holt called the sentences outrageous.", ("Anne Holt", "ACCUSE")),
    ("Ruritania rejected the report, calling it antisemitic.", ("Ruritania", "ACCUSE")),
    # charges of non-compliance
    ("Peter Mwangi told the council that Borduria had failed to comply with the inspection regime.",
     ("Peter Mwangi", "ACCUSE")),
    # a threat worded as the answer awaiting an act, posted in writing
    ('"Any incursion will be met with a firm reply," Anne Holt wrote on Sunday.', ("Anne Holt", "THREATEN")),
    # opposition owned by the speaker
    ("Peter Mwangi reiterated his opposition to any partition of the country.", ("Peter Mwangi", "REJECT")),
    # what others should do
    ("Donors, Anne Holt added, should pledge more before the winter.", ("Anne Holt", "REQUEST")),
    # backing named after the act
    ("The draft, written by Norway with the backing of Kenya, goes to a vote on Friday.", ("Kenya", "SUPPORT")),
    # a document's -ing clause is its issuer's act; a body's board speaks for it
    ("The Green Alliance issued a statement condemning the arrests.", ("Green Alliance", "ACCUSE")),
    ("The board of the Green Alliance passed a resolution ordering Borduria to open its archives.",
     ("Green Alliance", "REQUEST")),
    # more present-tense statement verbs, and harm as a verdict
    ("Anne Holt deplores the loss of life in the valley.", ("Anne Holt", "ACCUSE")),
    ("Peter Mwangi expresses his full solidarity with the people of Kenya.", ("Peter Mwangi", "SUPPORT")),
    ("Anne Holt encourages the parties to resume the talks in Oslo.", ("Anne Holt", "REQUEST")),
    ("Anne Holt underlines the need for an independent inquiry.", ("Anne Holt", "REQUEST")),
    ("Ruritania opposes any change to the border.", ("Ruritania", "REJECT")),
    ("Peter Mwangi said the cuts were deeply damaging to the relief effort.", ("Peter Mwangi", "ACCUSE")),
    # attacks and revenge
    ("The Northern Front said it had targeted a border post with a guided missile.", ("Northern Front", "ASSAULT")),
    ("Ruritania vowed harsh revenge for the killing of its commander.", ("Ruritania", "THREATEN")),
    ("Anne Holt said Norway would take revenge for the attack.", ("Anne Holt", "THREATEN")),
    # an organ's owner speaks, and the body coordinated with the organ too
    ("Kenya's foreign ministry and the Green Alliance denounced the vote as rigged.", ("Kenya", "ACCUSE")),
    ("Kenya's foreign ministry and the Green Alliance denounced the vote as rigged.", ("Green Alliance", "ACCUSE")),
    # the body whose spokesman speaks in this very sentence is "the group"
    ("Lena Dahl, the Northern Front's spokeswoman, said the group would continue its operations.",
     ("Lena Dahl", "THREATEN")),
    # "was quoted as saying": the passive's subject speaks
    ("Anne Holt was quoted by the agency as saying that Norway rejects any partition.", ("Anne Holt", "REJECT")),
    ('"Borduria bears full responsibility for the massacre," said Peter Mwangi.', ("Peter Mwangi", "ACCUSE")),
    # denials, refusals with "never", war pressed on
    ("Ruritania denied any involvement in the sabotage of the pipeline.", ("Ruritania", "REJECT")),
    ("Kenya's foreign ministry denied the reports, calling them baseless.", ("Kenya", "REJECT")),
    ("Anne Holt said Norway would never negotiate under threat.", ("Anne Holt", "REJECT")),
    ("Peter Mwangi vowed to press on with the campaign until the border is secure.", ("Peter Mwangi", "THREATEN")),
    # both names of a coordinated subject, even when the later one stands right before the verb
    ("Anne Holt and Peter Mwangi signed the accord in Oslo.", ("Anne Holt", "AGREE")),
    ("Anne Holt and Peter Mwangi signed the accord in Oslo.", ("Peter Mwangi", "AGREE")),
    # a wish for the other side's act
    ("Peter Mwangi said Kenya was eager to receive a written answer from Borduria.", ("Peter Mwangi", "REQUEST")),
    # verdicts and solidarity in quotes
    ('"This is unacceptable," Anne Holt told reporters, referring to the raids.', ("Anne Holt", "ACCUSE")),
    ('"Kenya stands with the people of the valley," Peter Mwangi said.', ("Peter Mwangi", "SUPPORT")),
    # criticism and approval verbs of wire copy
    ("Peter Mwangi blasted the decision to close the border.", ("Peter Mwangi", "ACCUSE")),
    ("Anne Holt took aim at Borduria over the arrests.", ("Anne Holt", "ACCUSE")),
    ("Ruritania ratified the border accord on Tuesday.", ("Ruritania", "SUPPORT")),
    ("Anne Holt cautioned that the militias must leave the valley.", ("Anne Holt", "REQUEST")),
    # praise of a relationship, by both sides of a meeting
    ("Anne Holt met Peter Mwangi in Oslo on Monday. The two ministers reaffirmed the strength of the partnership "
     "between their countries.", ("Peter Mwangi", "SUPPORT")),
    # UN statements in the present tense
    ("Anne Holt reaffirms her full support for the mediation.", ("Anne Holt", "SUPPORT")),
    ("Peter Mwangi renews his appeal for an end to the fighting.", ("Peter Mwangi", "REQUEST")),
]

# (sentence, a statement it must not give)
NOT_GIVES = [
    ("Earlier that day Anne Holt met Peter Mwangi in Oslo, who thanked her for the support of Norway.",
     ("Oslo", "SUPPORT")),
    ("Peter Mwangi condemned the ruling. Norway's foreign minister, Anne Holt, took a different line. "
     "The ruling must be respected, she told reporters.", ("Peter Mwangi", "REQUEST")),
    # a past motive threatens nothing
    ("Peter Mwangi said the raid was in retaliation for the killing of two soldiers.", ("Peter Mwangi", "THREATEN")),
    # a noun heading the subject is no act of anyone named after it
    ("Calls for Peter Mwangi's resignation grew after the vote.", ("Peter Mwangi", "REQUEST")),
    # a gloomy forecast is no threat
    ("Anne Holt has repeatedly warned that the valley faces famine.", ("Anne Holt", "THREATEN")),
    ("Peter Mwangi warned that the region was on the brink of a wider war.", ("Peter Mwangi", "THREATEN")),
    # a conditional verdict is none
    ("Anne Holt said any attack on the port would be unacceptable.", ("Anne Holt", "ACCUSE")),
    # an inverted condition asks nothing
    ("Anne Holt said that, should the talks collapse, Norway would reconsider its aid.", ("Anne Holt", "REQUEST")),
    # a regret of what was not done asks nothing
    ("Anne Holt said the draft should have named the militias.", ("Anne Holt", "REQUEST")),
    # who vetoes a document does not ask what it asks
    ("Ruritania vetoed a resolution calling for an end to the blockade.", ("Ruritania", "REQUEST")),
    # a number, not a turn: "up to 300"
    ("Anne Holt said up to 300 trucks a day were entering the city.", ("Anne Holt", "REQUEST")),
    ("Peter Mwangi said the death toll was up to 40.", ("Peter Mwangi", "REQUEST")),
    ("Anne Holt noted the strength of the militias in the north.", ("Anne Holt", "SUPPORT")),
    # "the opposition" is a party, not a stance
    ("Peter Mwangi said the opposition to the government had grown stronger.", ("Peter Mwangi", "REJECT")),
    # a phrase before the verb keeps its own reading ("In a statement condemning …, X said")
    ("In a statement welcoming the talks, Ruritania said its army had seized control of the two towns.",
     ("Ruritania", "ACCUSE")),
]


@pytest.mark.parametrize("text,expected", GIVES)
def test_gives(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,unexpected", NOT_GIVES)
def test_does_not_give(text, unexpected):
    assert unexpected not in found(text)


def pipeline_statements(tmp_path, text: str) -> list[tuple[str, str]]:
    """The whole pipeline (knowledge base included) on one small article."""
    from communique.api import process_inputs
    from communique.readout import build

    path = tmp_path / "a.txt"
    path.write_text("A headline\nMay 2, 2024\n\n" + text + "\n", encoding="utf-8")
    r = build(next(iter(process_inputs([str(path)]))))
    names = {e["id"]: e["name"] for e in r["entities"]}
    return [(names.get(v.get("actor")), v["type"]) for v in r["events"] if v["type"] != "CONSULT"]


def test_state_forces_act_for_the_state(tmp_path):
    # "the Israeli army" (the state's adjective and a common noun) acts for Israel, as
    # "Israeli jets struck" does; the knowledge base knows whose army it is
    got = pipeline_statements(tmp_path, "Israel rejected the plan on Monday. The Israeli army told residents "
                                        "of the border villages not to return.")
    assert ("Israel", "REQUEST") in got
    assert ("Israel Defense Forces", "REQUEST") not in got


def test_proper_name_of_forces_stays_the_body(tmp_path):
    got = pipeline_statements(tmp_path, "Sudan welcomed the talks. The Sudanese Armed Forces rejected the "
                                        "invitation to Geneva on Tuesday.")
    assert ("Sudanese Armed Forces", "REJECT") in got


def test_numbered_group_is_the_states_named_together():
    got = found("Kenya and Norway signed the accord on Monday. The two countries urged Borduria to join it.")
    assert ("Kenya", "REQUEST") in got and ("Norway", "REQUEST") in got


def test_numbered_group_counts_and_continent(tmp_path):
    # "the three European powers": the last three states named together that are all in
    # Europe, not the three African states named after them
    got = pipeline_statements(tmp_path, "Norway, Sweden and Denmark drafted the text. Egypt, Kenya and Ghana "
                                        "voted against it. The three European powers said Iran must allow "
                                        "the inspectors back.")
    assert {("Norway", "REQUEST"), ("Sweden", "REQUEST"), ("Denmark", "REQUEST")} <= set(got)
    assert ("Egypt", "REQUEST") not in got
    # a list of four holds no group of three
    got = pipeline_statements(tmp_path, "Egypt, Kenya, Ghana and Nigeria drafted the text. The three countries "
                                        "said Iran must allow the inspectors back.")
    assert ("Egypt", "REQUEST") not in got
    # a group of another size is no antecedent
    got = pipeline_statements(tmp_path, "Egypt and Kenya drafted the text. The three countries said Iran must "
                                        "allow the inspectors back.")
    assert ("Egypt", "REQUEST") not in got


def test_group_is_the_body_of_this_sentences_spokesman(tmp_path):
    # the role (roles stage) ties the spokesman to his group, which "the group" then names
    got = pipeline_statements(tmp_path, "Israel struck the port on Friday. The Houthis' military spokesman, "
                                        "Yahya Saree, said the group had launched missiles at a tanker.")
    assert ("Houthis", "ASSAULT") in got
