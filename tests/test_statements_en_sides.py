"""English statements, third round: "the two sides agreed" stands for the head of each side
of the meeting, never for everyone who attended; "the participants" / "the leaders" stand for
the people named as sides. Every sentence is written for these tests."""

from communique.events.delegations import principal_people, side_heads
from communique.model import Article, Entity, Role, Span

from events_helpers import meetings, run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Lars Berg": ("PERSON", ["Lars Berg", "Berg"]),
    "Grace Otieno": ("PERSON", ["Grace Otieno", "Otieno"]),
    "Omar Haddad": ("PERSON", ["Omar Haddad", "Haddad"]),
    "Norway": ("GPE", ["Norway"]),
    "Kenya": ("GPE", ["Kenya"]),
}


def found(text: str) -> list[tuple[str | None, str]]:
    a, _ = run(text, "en", ENTS)
    return statements(a)


def test_two_sides_are_not_the_attendees():
    text = ("Anne Holt met Peter Mwangi in Nairobi on Monday. The talks were also attended by "
            "Lars Berg and Grace Otieno. The two sides agreed to reopen the northern border crossing.")
    a, _ = run(text, "en", ENTS)
    assert {"Anne Holt", "Peter Mwangi", "Lars Berg", "Grace Otieno"} <= meetings(a)[0]["participants"]
    got = statements(a)
    assert ("Anne Holt", "AGREE") in got and ("Peter Mwangi", "AGREE") in got
    assert ("Lars Berg", "AGREE") not in got and ("Grace Otieno", "AGREE") not in got


def test_two_delegations_companions_do_not_speak():
    text = ("Peter Mwangi held talks with Anne Holt, who was accompanied by Lars Berg. "
            "The two delegations stressed the need to protect shipping in the Red Sea.")
    got = found(text)
    assert ("Peter Mwangi", "SUPPORT") in got or ("Peter Mwangi", "REQUEST") in got
    assert all(actor != "Lars Berg" for actor, _ in got)


def test_participants_of_a_summit_are_its_named_leaders():
    text = ("Anne Holt, Peter Mwangi and Omar Haddad met in Oslo on Tuesday, in the presence of "
            "Grace Otieno. The participants called for an immediate ceasefire in Sudan.")
    got = found(text)
    assert {("Anne Holt", "REQUEST"), ("Peter Mwangi", "REQUEST"), ("Omar Haddad", "REQUEST")} <= set(got)
    assert ("Grace Otieno", "REQUEST") not in got


def _article() -> Article:
    a = Article(id="t", source="t", raw="")
    a.entities = [Entity("E1", "PERSON", "Anne Holt"), Entity("E2", "PERSON", "Lars Berg"),
                  Entity("E3", "PERSON", "Peter Mwangi"), Entity("E4", "PERSON", "Grace Otieno"),
                  Entity("E5", "GPE", "Norway", kb_id="country:NOR"),
                  Entity("E6", "GPE", "Kenya", kb_id="country:KEN")]
    for person, org in (("E1", "E5"), ("E2", "E5"), ("E3", "E6"), ("E4", "E6")):
        a.roles.append(Role(person, "minister", org, Span(0, 0)))
    return a


def test_one_head_per_country_side():
    # six people at the table, two countries: the first named of each country heads its side
    assert side_heads(_article(), ["E1", "E2", "E3", "E4"]) == ["E1", "E3"]


def test_a_side_named_only_as_a_state_is_headed_by_its_first_attendee():
    # "Anne Holt received a Kenyan delegation, accompanied by Grace Otieno …"
    assert side_heads(_article(), ["E1", "E6", "E4"], attendees=["E4"]) == ["E1", "E4"]
    # no person of that side at all: the state itself is the side
    assert side_heads(_article(), ["E1", "E2", "E6"], attendees=["E2"]) == ["E1", "E6"]


def test_principals_exclude_attendees():
    assert principal_people(_article(), ["E1", "E3", "E2", "E5"], attendees=["E2"]) == ["E1", "E3"]


def test_recorded_agreement_of_the_sides_binds_their_states():
    a = _article()
    # a head per side, then the state each head serves
    from communique.events.delegations import side_states
    assert side_states(a, ["E1", "E3"]) == ["E5", "E6"]
    # a head of no known state stays as it is
    a.entities.append(Entity("E7", "PERSON", "Omar Haddad"))
    assert side_states(a, ["E1", "E7"]) == ["E5", "E7"]


def test_told_by_a_person_the_sides_are_their_heads():
    text = ("Anne Holt met Peter Mwangi in Nairobi on Monday. Holt said the two sides had agreed "
            "to reopen the border crossing.")
    got = found(text)
    assert ("Peter Mwangi", "AGREE") in got


def test_hosts_are_neither_of_the_two_sides():
    a = _article()
    a.entities.append(Entity("E8", "PERSON", "Omar Haddad"))
    a.entities.append(Entity("E9", "GPE", "Jordan", kb_id="country:JOR"))
    a.roles.append(Role("E8", "minister", "E9", Span(0, 0)))
    # Norway and Kenya talk, Jordan's minister hosts them
    assert side_heads(a, ["E1", "E3", "E8"], hosts=["E8"]) == ["E1", "E3"]
    # a host who is one of only two sides stays
    assert side_heads(a, ["E1", "E8"], hosts=["E8"]) == ["E1", "E8"]


def test_hosts_sentence():
    text = ("Anne Holt met Peter Mwangi in Amman on Monday. Omar Haddad sat at the table as host. "
            "The two sides agreed to reopen the border crossing.")
    got = found(text)
    assert ("Anne Holt", "AGREE") in got and ("Peter Mwangi", "AGREE") in got
    assert ("Omar Haddad", "AGREE") not in got


def _full(text: str) -> list[tuple[str | None, str]]:
    from communique.pipeline import Context, Pipeline
    a = Article(id="t", source="t", raw=text)
    Pipeline(context=Context(options={"lang": "en"}))(a)
    return [(a.entity(v.actor).name if a.entity(v.actor) else None, v.type) for v in a.events if v.type != "CONSULT"]


def test_organ_reporting_the_sides_agreement_adds_nothing():
    got = _full("BEIRUT, June 4 (Reuters) - U.S. Secretary of State Antony Blinken met Russian Foreign "
                "Minister Sergei Lavrov at a hotel in Vienna on Tuesday.\n\nThe two sides agreed to resume "
                "talks on arms control next month, the State Department said.")
    assert ("United States", "AGREE") in got and ("Russia", "AGREE") in got
    assert not any(t == "AGREE" and a and "Department" in a for a, t in got)


def test_apposition_names_the_speaker_behind_a_title():
    got = _full("ANKARA, May 2 (Reuters) - Russian President Vladimir Putin sent a delegation to "
                "Ankara on Friday.\n\nThe head of the Russian delegation, presidential aide "
                "Vladimir Medinsky, praised the Turkish hosts.")
    assert ("Vladimir Medinsky", "SUPPORT") in got
    assert ("Vladimir Putin", "SUPPORT") not in got


def test_quoted_term_after_a_gap():
    got = found('Anne Holt called the shelling of the port "a war crime" on Sunday.')
    assert ("Anne Holt", "ACCUSE") in got


def test_name_with_apposition_before_its_verb_is_the_subject():
    text = ('Peter Mwangi praised the agreement, while Anne Holt, the only minister to oppose it, '
            'called it "a violation" of the charter.')
    got = found(text)
    assert ("Anne Holt", "ACCUSE") in got
    assert ("Peter Mwangi", "ACCUSE") not in got


def test_a_host_greeting_guests_is_no_support():
    assert ("Anne Holt", "SUPPORT") not in found("Anne Holt welcomed the two delegations before the session began.")
    assert ("Anne Holt", "SUPPORT") not in found("Anne Holt welcomed her guest at the airport in Oslo.")
    assert ("Anne Holt", "SUPPORT") in found("Anne Holt welcomed the decision to extend the truce.")


def test_official_saying_his_state_supports_is_his_statement():
    got = _full("KYIV, March 12 (Reuters) - Ukrainian President Volodymyr Zelensky spoke on Wednesday."
                "\n\nZelensky said Ukraine supported the European plan and called on Germany to send "
                "more air defence systems.")
    assert ("Volodymyr Zelensky", "SUPPORT") in got and ("Volodymyr Zelensky", "REQUEST") in got
    assert ("Ukraine", "SUPPORT") not in got


def test_a_warning_that_condemns_accuses():
    assert ("Anne Holt", "ACCUSE") in found("Anne Holt warned that the siege of the city could not be justified.")
    assert ("Anne Holt", "THREATEN") in found("Anne Holt warned that any attack on the port would be met with force.")


def test_leaving_without_signing_rejects():
    assert ("Peter Mwangi", "REJECT") in found("Peter Mwangi left Oslo without signing the ceasefire agreement.")
    assert ("Peter Mwangi", "REJECT") in found("Peter Mwangi walked out without signing the final communique.")


def test_a_favourable_verdict_on_talks_is_support():
    assert ("Peter Mwangi", "SUPPORT") in found('Peter Mwangi told reporters the meeting had been "very useful."')
    assert ("Peter Mwangi", "SUPPORT") in found("Peter Mwangi said the talks in Oslo were productive.")


def test_attacks_announced_to_go_on_threaten():
    assert ("Northern Front", "THREATEN") in run_found(
        "Northern Front said that attacks on convoys bound for the capital would continue.")
    assert ("Northern Front", "THREATEN") in run_found("Northern Front said the strikes will continue until the siege ends.")


def run_found(text: str):
    a, _ = run(text, "en", {"Northern Front": ("ORG", ["Northern Front"])})
    return statements(a)
