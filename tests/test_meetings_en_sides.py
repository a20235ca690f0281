"""English meetings: sides named by a joint subject, by a side's member list, by hosts and by a
gathering's guest list; what is not a side (a title's owner, a dateline, a relative clause's
place); a one-sided mention in another setting; hedged plans. Sentences written for these
tests, with hand-made entities and the real English parse."""

from communique.events import extract_events
from communique.pipeline import Context
from communique.roles.extract import find_roles
from events_helpers import make_article, meetings, run

PEOPLE = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Carla Boni": ("PERSON", ["Carla Boni", "Boni"]),
    "Hans Weber": ("PERSON", ["Hans Weber", "Weber"]),
    "Lena Dahl": ("PERSON", ["Lena Dahl", "Dahl"]),
    "Kenya": ("GPE", ["Kenya", "Kenyan"]),
    "Norway": ("GPE", ["Norway", "Norwegian"]),
    "Oslo": ("GPE", ["Oslo", "OSLO"]),
    "Vienna": ("GPE", ["Vienna"]),
    "Nordic Wire": ("ORG", ["Nordic Wire"]),
    "Grand Harbour Hotel": ("FAC", ["Grand Harbour Hotel"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
}


def test_a_joint_subject_names_the_sides_of_a_sideless_meeting_noun():
    a, _ = run("Anne Holt and Peter Mwangi sat down for three hours of talks in Oslo on Tuesday.",
               "en", PEOPLE, {"on Tuesday": "2024-03-05"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Oslo" and m["date"] == "2024-03-05"


def test_a_sideless_noun_with_one_subject_still_refers_back():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. Holt later sat down for talks in Vienna.", "en", PEOPLE)
    assert [m["participants"] for m in meetings(a)] == [{"Anne Holt", "Peter Mwangi"}]


def test_the_reporting_subject_above_ready_is_a_side():
    a, _ = run("Kenya said it was ready to sign the accord after talks with Anne Holt in Oslo.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Kenya", "Anne Holt"}


def test_a_dateline_hung_on_the_subject_is_not_a_side():
    a, _ = run("OSLO (Nordic Wire) - Kenya said it was ready to sign the accord after talks with Anne Holt.",
               "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Kenya", "Anne Holt"}


def test_a_delegations_members_join_and_its_country_gives_way():
    a, _ = run("Anne Holt held talks with a Kenyan delegation in Vienna on Monday. The Kenyan delegation "
               "was headed by Peter Mwangi and included Carla Boni.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}
    assert m["evidence"] == 2


def test_an_unnamed_delegation_keeps_its_country():
    a, _ = run("Anne Holt held talks with a Kenyan delegation in Vienna on Monday.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Kenya"}


def test_the_owner_of_a_members_title_is_not_a_member():
    a, _ = run("Anne Holt received a Kenyan delegation in Oslo. The delegation was led by Carla Boni, "
               "an aide to President Hans Weber, and included Lena Dahl.", "en", PEOPLE)
    [m] = meetings(a)
    assert "Hans Weber" not in m["participants"]
    assert {"Anne Holt", "Carla Boni", "Lena Dahl"} <= m["participants"]


def test_a_body_inside_an_attendees_title_is_not_a_side():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. The talks were attended by Carla Boni, Chairman of "
               "the Green Alliance.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}


def test_present_were_lists_attendees():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. Also present were Carla Boni and Hans Weber.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}


def test_a_meeting_that_may_happen_is_not_reported():
    a, _ = run("Anne Holt said she may meet Peter Mwangi in Oslo next month.", "en", PEOPLE)
    assert meetings(a) == []


def test_a_hosted_meeting_elsewhere_is_not_the_phone_call_before():
    a, _ = run("Anne Holt spoke by phone with Peter Mwangi on Monday. In Vienna, Carla Boni hosted an "
               "emergency meeting at the Grand Harbour Hotel on Tuesday, attended by Hans Weber and Lena Dahl.",
               "en", PEOPLE, {"on Monday": "2024-03-04", "on Tuesday": "2024-03-05"})
    ms = sorted(meetings(a), key=lambda m: m["date"])
    assert [m["participants"] for m in ms] == [{"Anne Holt", "Peter Mwangi"}, {"Carla Boni", "Hans Weber", "Lena Dahl"}]
    assert ms[0]["location"] is None and ms[0]["mode"] == "phone"
    assert ms[1]["location"] == "Grand Harbour Hotel"


def test_a_phone_call_takes_no_dateline_place():
    a, _ = run("OSLO, March 3 - Anne Holt spoke by phone with Peter Mwangi about the accord.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] is None


def test_hosts_at_the_table_join_and_hosts_is_no_verb():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. Carla Boni and Hans Weber sat at the table as hosts "
               "when the session opened.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}


def test_a_gatherings_guest_list_opens_a_meeting_with_its_host():
    a, _ = run("Leaders pledged support for the accord at a summit in Vienna hosted by Anne Holt on Monday. "
               "The summit at the Grand Harbour Hotel was attended by Peter Mwangi, Carla Boni and Hans Weber.",
               "en", PEOPLE, {"on Monday": "2024-03-04"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}
    assert m["location"] == "Grand Harbour Hotel" and m["mode"] == "multilateral"
    assert m["date"] == "2024-03-04"


def test_a_subjects_relative_clause_names_no_side():
    a, _ = run("Anne Holt, who flew to Vienna on Monday, held talks with Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_where_she_met_places_the_meeting_at_the_destination():
    a, _ = run("Anne Holt flew to Vienna last month, where she met Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] == "Vienna"
    a, _ = run("Anne Holt visited Oslo in May, when she met Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] == "Oslo"


def test_separate_meetings_with_two_sides_are_two_meetings():
    a, _ = run("Anne Holt held separate meetings with the Green Alliance delegation, led by Carla Boni, "
               "and with Kenya's negotiators in Vienna.", "en", PEOPLE)
    ms = meetings(a)
    assert sorted(sorted(m["participants"]) for m in ms) == [
        ["Anne Holt", "Carla Boni", "Green Alliance"], ["Anne Holt", "Kenya"]]


def test_a_bare_post_word_is_the_holder_of_that_post_introduced_before():
    a = make_article("Norway's Prime Minister Anne Holt spoke on Monday. Later the Norwegian premier held "
                     "talks with Peter Mwangi in Oslo.", "en", PEOPLE)
    a.roles = find_roles(a.text, a.sentences, a.entities, "en")  # the roles stage, which runs first
    a.events = extract_events(a, Context())
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_a_demonym_after_in_is_no_place():
    a, _ = run("Earlier in the day the Kenyan envoy Peter Mwangi held talks with Anne Holt.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] is None


def test_members_of_a_delegation_headed_by_a_participant_join():
    a, _ = run("Anne Holt received Peter Mwangi in Oslo on Monday. Mwangi headed a delegation that "
               "included Carla Boni and Hans Weber.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}


def test_spoke_with_is_a_meeting_and_a_hosted_meeting_elsewhere_stays_apart():
    a, _ = run("Anne Holt spoke with Peter Mwangi last week. In Oslo, Carla Boni hosted an emergency meeting "
               "at the Grand Harbour Hotel on Monday, attended by Hans Weber and Lena Dahl.", "en", PEOPLE)
    parts = sorted(sorted(m["participants"]) for m in meetings(a))
    assert parts == [["Anne Holt", "Peter Mwangi"], ["Carla Boni", "Hans Weber", "Lena Dahl"]]


def test_a_titled_possessor_and_his_are_sides_of_their_meetings():
    a = make_article("Foreign Minister Anne Holt met Peter Mwangi in Oslo on Tuesday. The meeting followed the "
                     "Minister's talks in Vienna on Monday with Carla Boni, with whom she held a joint news "
                     "conference, and her meeting in Oslo with Hans Weber.", "en", PEOPLE,
                     {"on Tuesday": "2024-03-05", "on Monday": "2024-03-04"})
    a.roles = find_roles(a.text, a.sentences, a.entities, "en")
    a.events = extract_events(a, Context())
    parts = sorted(sorted(m["participants"]) for m in meetings(a))
    assert parts == [["Anne Holt", "Carla Boni"], ["Anne Holt", "Hans Weber"], ["Anne Holt", "Peter Mwangi"]]


def test_a_companion_joins_the_meeting_of_the_person_accompanied():
    a, _ = run("Anne Holt held talks with Peter Mwangi in Oslo on Friday. Carla Boni accompanied Holt.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}


def test_a_call_between_two_leaders_is_a_phone_meeting():
    a, _ = run("Separately, a call between Anne Holt and Peter Mwangi focused on trade.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["mode"] == "phone"


def test_on_the_sidelines_of_is_a_setting_not_a_topic():
    a, _ = run("Anne Holt met Peter Mwangi on the sidelines of the Green Alliance summit in Vienna.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] == "Vienna"


def test_a_sideless_meeting_on_another_day_does_not_place_the_phone_call():
    a, _ = run("Anne Holt spoke by phone with Peter Mwangi on Wednesday. A meeting of ministers was held in "
               "Vienna on Monday.", "en", PEOPLE, {"on Wednesday": "2024-03-06", "on Monday": "2024-03-04"})
    [m] = meetings(a)
    assert m["location"] is None and m["evidence"] == 1


def test_a_dateline_with_a_colon_places_the_meeting():
    a, _ = run("OSLO: Anne Holt met Peter Mwangi on Friday to discuss the accord.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["location"] == "Oslo"


def test_a_wire_datelines_date_is_not_the_meetings():
    a, _ = run("Talks in Oslo\n\nOSLO, March 4 (Nordic Wire) - Anne Holt met Peter Mwangi in a long session "
               "that ran late into the night on Sunday.", "en", PEOPLE,
               {"March 4": "2024-03-04", "on Sunday": "2024-03-03"})
    [m] = meetings(a)
    assert m["date"] == "2024-03-03"


def test_a_body_before_delegation_takes_part_with_its_head():
    a, _ = run("Anne Holt met with a Green Alliance delegation headed by Carla Boni in Vienna.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Carla Boni", "Green Alliance"}


def test_names_right_after_a_verb_the_parse_left_without_object():
    # the small parser may read "hosted" here as an adjective of the guest's name
    a, _ = run("Talks\n\nOSLO, March 4 (Nordic Wire) - Norwegian President Anne Holt hosted Kenya's King "
               "Peter Mwangi II for talks at the Grand Harbour Hotel on Sunday.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] >= {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Grand Harbour Hotel"


def test_welcomed_a_person_to_a_building_is_a_visit_there_and_praise_is_not():
    a, _ = run("Talks\n\nAnne Holt welcomed Kenyan envoy Peter Mwangi to the Grand Harbour Hotel on Friday. "
               "Holt welcomed the decision to the relief of Carla Boni. Holt welcomed Weber's statement at the "
               "Green Alliance.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Grand Harbour Hotel" and m["mode"] == "visit"


def test_every_subject_of_a_list_the_parse_split_meets():
    leaders = {"Abdel Fattah al-Sisi": ("PERSON", ["Abdel Fattah al-Sisi"]),
               "Abdullah II": ("PERSON", ["King Abdullah II"]),
               "Mohamed bin Zayed": ("PERSON", ["Mohamed bin Zayed"]),
               "Jordan": ("GPE", ["Jordan"]), "Aqaba": ("GPE", ["Aqaba"])}
    # the small parser splits this list into two subjects, the second king in apposition
    a, _ = run("Summit\n\nEgyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and UAE "
               "President Mohamed bin Zayed met in Aqaba on Saturday.", "en", leaders)
    [m] = meetings(a)
    assert {"Abdel Fattah al-Sisi", "Abdullah II", "Mohamed bin Zayed"} <= m["participants"]
    assert m["location"] == "Aqaba"


def test_the_destination_one_arrived_in_places_talks_told_after_it():
    a, _ = run("Talks\n\nAnne Holt arrived in Vienna on Sunday for talks with Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["location"] == "Vienna"


def test_talks_between_the_two_delegations_open_a_meeting_whose_sides_are_named_after():
    a, _ = run("Talks\n\nOSLO // Kenya said on Tuesday it backed the plan after talks between the two delegations "
               "in Vienna. Anne Holt, who led the Norwegian side with Carla Boni, praised the result. Kenya's "
               "delegation was headed by Peter Mwangi.", "en", PEOPLE)
    [m] = meetings(a)
    assert {"Anne Holt", "Carla Boni", "Peter Mwangi"} <= m["participants"]
    assert m["location"] == "Vienna"


def test_a_call_not_ruled_out_is_no_meeting():
    a, _ = run("Talks\n\nHolt's office did not rule out a phone call between Anne Holt and Peter Mwangi.", "en", PEOPLE)
    assert meetings(a) == []
