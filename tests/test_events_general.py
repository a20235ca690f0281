"""The rules added when the events stage met articles it was not tuned on (issue 4, second
round): each on sentences written for these tests, in English and Arabic."""

from events_helpers import meetings, run, statements

EN = {
    "Anne Holt": ("PERSON", ["Anne Holt", "Holt"]),
    "Peter Mwangi": ("PERSON", ["Peter Mwangi", "Mwangi"]),
    "Carla Boni": ("PERSON", ["Carla Boni", "Boni"]),
    "Ruritania": ("GPE", ["Ruritania", "Ruritanian"]),
    "Borduria": ("GPE", ["Borduria"]),
    "Syldavia": ("GPE", ["Syldavia"]),
    "Oslo": ("GPE", ["Oslo"]),
    "Klow": ("GPE", ["Klow"]),
    "Green Alliance": ("ORG", ["Green Alliance"]),
}
AR = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Carla Boni": ("PERSON", ["كارلا بوني", "بوني"]),
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Klow": ("GPE", ["زندا"]),
    "Oslo": ("GPE", ["أوسلو"]),
    "Northern Front": ("ORG", ["الجبهة الشمالية"]),
}


# -- statements, English -------------------------------------------------------------------
def test_relative_clause_does_not_name_the_speaker():
    a, _ = run("Syldavia, which borders Ruritania and Borduria, condemned the shelling of the port.", "en", EN)
    assert statements(a) == [("Syldavia", "ACCUSE")]


def test_forces_of_a_country_act_for_it():
    a, _ = run("Ruritanian jets struck a fuel depot near the border overnight.", "en", EN)
    assert ("Ruritania", "ASSAULT") in statements(a)


def test_carried_out_strikes_and_fired_rockets_are_assaults():
    a, _ = run("Borduria carried out air strikes on three depots. The Green Alliance fired rockets at the camp.",
               "en", EN)
    assert statements(a) == [("Borduria", "ASSAULT"), ("Green Alliance", "ASSAULT")]


def test_called_on_thanked_complained():
    a, _ = run("Anne Holt called on both parties to show restraint. Peter Mwangi thanked Ruritania for its help. "
               "Borduria has long complained that smugglers cross its border.", "en", EN)
    assert statements(a) == [("Anne Holt", "REQUEST"), ("Peter Mwangi", "SUPPORT"), ("Borduria", "ACCUSE")]


def test_asked_whether_is_a_question_not_a_request():
    a, _ = run("Asked whether the troops would leave, Anne Holt gave no timetable.", "en", EN)
    assert statements(a) == []


def test_had_to_in_reported_speech_is_a_request():
    a, _ = run("Anne Holt said the transition had to be fair and inclusive.", "en", EN)
    assert statements(a) == [("Anne Holt", "REQUEST")]


# -- meetings, English ---------------------------------------------------------------------
def test_subject_of_the_clause_is_a_side_of_talks_in_a_prepositional_phrase():
    a, _ = run("Anne Holt said on Monday that a deal was close after three hours of talks with Peter Mwangi.",
               "en", EN)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_two_hours_of_talks_is_one_meeting():
    a, _ = run("Anne Holt flew to Oslo for two days of talks with Peter Mwangi.", "en", EN)
    assert len(meetings(a)) == 1


def test_pronoun_subject_of_a_second_meeting_is_the_previous_subject():
    a, _ = run("Anne Holt arrived in Oslo on Monday for talks with Peter Mwangi. "
               "She later met Carla Boni at the foreign ministry.", "en", EN, {"on Monday": "2024-03-04"})
    ms = meetings(a)
    assert {frozenset(m["participants"]) for m in ms} == {frozenset({"Anne Holt", "Peter Mwangi"}),
                                                          frozenset({"Anne Holt", "Carla Boni"})}
    # "later", with no date of its own: the day of the meeting before
    assert all(m["date"] == "2024-03-04" for m in ms)


def test_headline_joins_only_the_meeting_it_names():
    a, _ = run("Holt meets Mwangi in Oslo\n\nAnne Holt met Peter Mwangi in Oslo on Monday. "
               "Holt later met Carla Boni.", "en", EN)
    ms = meetings(a)
    assert {frozenset(m["participants"]) for m in ms} == {frozenset({"Anne Holt", "Peter Mwangi"}),
                                                          frozenset({"Anne Holt", "Carla Boni"})}


def test_brought_together_and_phone_call():
    a, _ = run("The meeting in Klow brought together Anne Holt and Peter Mwangi.", "en", EN)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    a, _ = run("Anne Holt had spoken by phone with Carla Boni on Sunday.", "en", EN)
    [m] = meetings(a)
    assert m["mode"] == "phone"


def test_due_to_meet_is_planned():
    a, _ = run("Anne Holt and Peter Mwangi are due to meet in Oslo next week.", "en", EN)
    assert meetings(a) == []


def test_place_inside_an_organisation_name_is_not_the_setting():
    a, _ = run("Anne Holt, head of the Support Mission in Ruritania, met Peter Mwangi on Monday.", "en", EN)
    [m] = meetings(a)
    assert m["location"] is None


def test_bare_title_subject_is_the_person_the_report_follows():
    a, _ = run("Anne Holt received Peter Mwangi in Oslo. Mwangi praised the talks. "
               "The same day, the envoy met Carla Boni.", "en", EN)
    ms = meetings(a)
    assert frozenset({"Peter Mwangi", "Carla Boni"}) in {frozenset(m["participants"]) for m in ms}


def test_the_two_sides_agreed_gives_each_side():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. The two sides agreed to reopen the crossing.", "en", EN)
    assert sorted(statements(a)) == [("Anne Holt", "AGREE"), ("Peter Mwangi", "AGREE")]


def test_since_a_past_act_is_not_news():
    a, _ = run("Anne Holt visited Klow, her first trip since Borduria expelled her envoy.", "en", EN)
    assert ("Borduria", "SANCTION") not in statements(a)


# -- Arabic --------------------------------------------------------------------------------
def test_arabic_verbal_noun_after_reporting_verb_takes_its_speaker():
    a, _ = run("وأكدت آن هولت رفض روريتانيا لأي تقسيم للبلاد.", "ar", AR)
    assert statements(a) == [("Anne Holt", "REJECT")]


def test_arabic_name_before_a_new_clause_is_not_the_subject():
    a, _ = run("قال آن هولت إن الأزمة في روريتانيا طويلة. وطالب هولت بالحوار، كما طالب بفتح المعابر في روريتانيا.",
               "ar", AR)
    assert ("Ruritania", "REQUEST") not in statements(a)


def test_arabic_strikes_and_siege():
    a, _ = run("شنت روريتانيا غارات على مواقع في زندا. وغادر هولت المدينة بعد أشهر من الحصار الذي فرضته عليها "
               "الجبهة الشمالية.", "ar", AR)
    got = statements(a)
    assert ("Ruritania", "ASSAULT") in got
    assert ("Northern Front", "COERCE") in got
    assert ("Anne Holt", "COERCE") not in got


def test_arabic_unnamed_subject_of_an_act_is_not_the_last_speaker():
    a, _ = run("قال آن هولت إن المحادثات مثمرة. وشن الطيران الحربي غارات على زندا.", "ar", AR)
    assert ("Anne Holt", "ASSAULT") not in statements(a)


def test_arabic_title_subject_of_a_second_meeting():
    a, _ = run("استقبل بيتر موانغي في أوسلو المبعوثة آن هولت. وأشادت هولت بالمحادثات. "
               "وفي اليوم ذاته، التقت المبعوثة الأممية رئيسة الحكومة كارلا بوني.", "ar", AR)
    ms = meetings(a)
    assert frozenset({"Anne Holt", "Carla Boni"}) in {frozenset(m["participants"]) for m in ms}


def test_arabic_coinciding_event_is_not_a_meeting():
    a, _ = run("التقى آن هولت بيتر موانغي في أوسلو. وتزامن اللقاء مع غارة شنتها روريتانيا على زندا.", "ar", AR)
    assert len(meetings(a)) == 1


def test_arabic_both_sides_agreed():
    a, _ = run("التقى آن هولت بيتر موانغي في أوسلو. واتفق الجانبان على فتح المعابر.", "ar", AR)
    assert sorted(statements(a)) == [("Anne Holt", "AGREE"), ("Peter Mwangi", "AGREE")]


def test_arabic_place_inside_a_mission_name_is_not_the_setting():
    a, _ = run("استقبل آن هولت رئيسة بعثة الدعم في روريتانيا كارلا بوني.", "ar", AR)
    [m] = meetings(a)
    assert m["location"] is None


# -- meetings told again, places, members ----------------------------------------------------
def test_the_meeting_brought_together_is_the_meeting_already_told():
    a, _ = run("Ministers from Ruritania and Borduria met Peter Mwangi in Oslo on Monday. "
               "The meeting, hosted by Anne Holt, brought together Carla Boni and Peter Mwangi.",
               "en", EN, {"on Monday": "2024-03-04"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Carla Boni", "Peter Mwangi"}  # not the countries
    assert m["date"] == "2024-03-04"


def test_the_two_men_met_in_gives_the_place_of_the_meeting_told():
    a, _ = run("Anne Holt flew to Ruritania on Monday for talks with Peter Mwangi. "
               "The two men met in the resort city of Klow.", "en", EN)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert m["location"] == "Klow"


def test_a_name_after_city_of_is_a_place_whatever_its_tag():
    a, _ = run("Anne Holt met Peter Mwangi in the port city of Klow Harbour.", "en",
               {**EN, "Klow Harbour": ("ORG", ["Klow Harbour"])})
    [m] = meetings(a)
    assert m["location"] == "Klow Harbour"
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_hosting_a_summit_is_not_a_visit():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo. Ruritania hosted a summit of Borduria's neighbours in May.",
               "en", EN)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_the_capital_named_by_its_country_leaves_the_place_to_the_dateline():
    a, _ = run("OSLO — Anne Holt met Peter Mwangi in the Ruritanian capital on Monday.", "en",
               {**EN, "Oslo": ("GPE", ["OSLO"])})
    [m] = meetings(a)
    assert m["location"] == "Oslo"


def test_arabic_both_sides_met_refers_back():
    a, _ = run("وصل آن هولت إلى زندا لإجراء محادثات مع بيتر موانغي. والتقى الجانبان في مدينة أوسلو.", "ar", AR)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


# -- actors of acts, groups, coordination ------------------------------------------------------
def test_other_groups_of_a_country_do_not_act_for_it():
    a, _ = run("Ruritanian armed factions carried out attacks on the depot.", "en", EN)
    assert ("Ruritania", "ASSAULT") not in statements(a)


def test_coordinated_subjects_each_act():
    a, _ = run("Ruritania and Borduria carried out strikes on the rebel camps.", "en", EN)
    assert sorted(statements(a)) == [("Borduria", "ASSAULT"), ("Ruritania", "ASSAULT")]


def test_a_possibility_is_not_a_position():
    a, _ = run("Anne Holt said she would explore the role she can play in supporting the talks.", "en", EN)
    assert statements(a) == []
    a, _ = run("Anne Holt said she had come to Klow supporting the exchange of prisoners.", "en", EN)
    assert statements(a) == [("Anne Holt", "SUPPORT")]


def test_sentence_misparsed_as_a_caption_still_counts():
    a, _ = run("The UN envoy for Borduria, Anne Holt, called on all parties to exercise restraint and to avoid "
               "steps that could derail the peace process.", "en", EN)
    assert statements(a) == [("Anne Holt", "REQUEST")]


def test_unnamed_officials_bring_their_state_and_another_place_is_another_meeting():
    a, _ = run("Anne Holt met Peter Mwangi in Oslo on Monday. Carla Boni had held several rounds of talks "
               "with Ruritanian officials in Klow before the visit.", "en", EN)
    ms = {frozenset(m["participants"]) for m in meetings(a)}
    assert ms == {frozenset({"Anne Holt", "Peter Mwangi"}), frozenset({"Carla Boni", "Ruritania"})}


# -- where the meeting was -------------------------------------------------------------------
def test_place_of_another_event_after_a_comma_clause_is_not_the_setting():
    a, _ = run("Anne Holt received Peter Mwangi on Monday, two days after Borduria fired rockets at Klow.",
               "en", EN)
    [m] = meetings(a)
    assert m["location"] is None


def test_place_inside_a_relative_clause_of_another_event_is_not_the_setting():
    a, _ = run("Anne Holt met Peter Mwangi on Monday. Holt opened the meeting by saying that "
               "Ruritania backed a truce that would bring the prisoners in Klow home.", "en", EN)
    [m] = meetings(a)
    assert m["location"] is None


def test_building_named_before_the_meeting_noun_places_it():
    a, _ = run("Anne Holt received Peter Mwangi on Monday. Holt opened the Blue Palace meeting with a toast.",
               "en", {**EN, "Blue Palace": ("ORG", ["Blue Palace"])})
    [m] = meetings(a)
    assert m["location"] == "Blue Palace"


def test_arabic_title_subject_resolves_to_the_person_introduced_with_it():
    a, _ = run("التقى المبعوث الأمريكي آن هولت بيتر موانغي في أوسلو. وأشاد موانغي بالمحادثات. "
               "وانتقل المبعوث الأمريكي بعد ذلك إلى زندا حيث التقى رئيس الحكومة كارلا بوني.", "ar", AR)
    ms = {frozenset(m["participants"]) for m in meetings(a)}
    assert frozenset({"Anne Holt", "Carla Boni"}) in ms


def test_arabic_title_before_title_is_the_subject():
    a, _ = run("التقى الرئيس الروريتاني آن هولت بيتر موانغي في أوسلو. "
               "كما التقى الرئيس الروريتاني رئيس الجمهورية كارلا بوني.", "ar", AR)
    ms = {frozenset(m["participants"]) for m in meetings(a)}
    assert frozenset({"Anne Holt", "Carla Boni"}) in ms


def test_meeting_date_after_publication_is_dropped():
    from events_helpers import make_article
    from communique.events import extract_events
    from communique.pipeline import Context
    art = make_article("Anne Holt met Peter Mwangi in Oslo and will see him again tomorrow.", "en", EN,
                       {"tomorrow": "2024-03-06"})
    art.published = "2024-03-05"
    art.events = extract_events(art, Context())
    [m] = meetings(art)
    assert m["date"] is None


def test_arabic_visit_noun_then_since_then_with_names_no_side():
    a, _ = run("استقبل آن هولت بيتر موانغي في أوسلو، في أول زيارة يقوم بها موانغي منذ اندلاع الحرب مع الجبهة الشمالية.",
               "ar", AR)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
