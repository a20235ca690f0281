"""Titles attached to people, on sentences written for these tests, with hand-made entities."""

from __future__ import annotations


from communique.model import Article
from communique.pipeline import Context, registered
from communique.roles.extract import find_roles

from entity_helpers import article


def roles_of(a: Article):
    out = []
    for r in find_roles(a.text, a.sentences, a.entities, a.language):
        org = a.entity(r.org)
        out.append((a.entity(r.person).name, r.title, org.name if org else None))
    return out


US = ("GPE", "United States", ("US", "U.S.", "United States"))


# --- English ------------------------------------------------------------------------------------

def test_title_before_name_with_comma():
    a = article("Yesterday the US special envoy to Sudan, Tom Perriello, toured the camp.",
                [("PERSON", "Tom Perriello", ("Tom Perriello",)), US, ("GPE", "Sudan", ("Sudan",))])
    assert roles_of(a) == [("Tom Perriello", "US special envoy to Sudan", "United States")]


def test_title_before_name_without_comma():
    a = article("Talks opened with Qatari Minister of State for Foreign Affairs Mohammed al-Khulaifi at noon.",
                [("PERSON", "Mohammed al-Khulaifi", ("Mohammed al-Khulaifi",)), ("GPE", "Qatar", ("Qatar",))])
    # no "Qatar" in this text: the demonym finds no entity
    assert roles_of(a) == [("Mohammed al-Khulaifi", "Qatari Minister of State for Foreign Affairs", None)]
    a = article("In Doha, the envoy saw Qatari Minister of State for Foreign Affairs Mohammed al-Khulaifi.",
                [("PERSON", "Mohammed al-Khulaifi", ("Mohammed al-Khulaifi",)), ("GPE", "Qatar", ("Doha",))])
    assert roles_of(a) == [("Mohammed al-Khulaifi", "Qatari Minister of State for Foreign Affairs", "Qatar")]


def test_apposition_after_name():
    a = article("The council chair met Mike Hammer, the State Department's special envoy for the Horn of Africa, "
                "and asked for more pressure.",
                [("PERSON", "Mike Hammer", ("Mike Hammer",)),
                 ("ORG", "United States Department of State", ("State Department",))])
    assert roles_of(a) == [("Mike Hammer", "State Department's special envoy for the Horn of Africa",
                            "United States Department of State")]


def test_president_of_an_organisation():
    a = article("President of the Kurdish National Council, Mohammed Ismail, received the delegation on Friday.",
                [("PERSON", "Mohammed Ismail", ("Mohammed Ismail",)),
                 ("ORG", "Kurdish National Council", ("Kurdish National Council",))])
    assert roles_of(a) == [("Mohammed Ismail", "President of the Kurdish National Council", "Kurdish National Council")]


def test_a_list_of_titled_people():
    text = ("Also present were the Prime Minister of the Libyan Unity Government, Abdul Hamid Dbeibah, "
            "Secretary of the Council, Omar Farouk, and Council members Sara Adel and Nour Hamdan.")
    a = article(text, [("PERSON", "Abdul Hamid Dbeibah", ("Abdul Hamid Dbeibah",)),
                       ("PERSON", "Omar Farouk", ("Omar Farouk",)),
                       ("PERSON", "Sara Adel", ("Sara Adel",)),
                       ("PERSON", "Nour Hamdan", ("Nour Hamdan",)),
                       ("ORG", "Government of National Unity", ("Libyan Unity Government",)),
                       ("ORG", "Presidential Council", ("Council",))])
    assert roles_of(a) == [
        ("Abdul Hamid Dbeibah", "Prime Minister of the Libyan Unity Government", "Government of National Unity"),
        ("Omar Farouk", "Secretary of the Council", "Presidential Council"),
        ("Sara Adel", "member", "Presidential Council"),
        ("Nour Hamdan", "member", "Presidential Council"),
    ]


def test_title_after_a_name_is_not_taken_when_it_introduces_the_next_name():
    text = "The delegation included Leila Hassan, the US envoy to Iraq, William Robak, and others."
    a = article(text, [("PERSON", "Leila Hassan", ("Leila Hassan",)), ("PERSON", "William Roebuck", ("William Robak",)),
                       US, ("GPE", "Iraq", ("Iraq",))])
    assert roles_of(a) == [("William Roebuck", "US envoy to Iraq", "United States")]


def test_honorifics_and_ranks_are_not_titles():
    text = ("Egyptian intelligence chief Maj. Gen. Hassan Rashad received Mr. Khalil Hayya. "
            "The talks were led by Deputy Assistant Secretary for the Levant, Ms. Dana Stroul.")
    a = article(text, [("PERSON", "Hassan Rashad", ("Hassan Rashad",)), ("PERSON", "Khalil al-Hayya", ("Khalil Hayya",)),
                       ("PERSON", "Dana Stroul", ("Dana Stroul",)), ("GPE", "Egypt", ("Egypt",))])
    assert roles_of(a) == [("Hassan Rashad", "Egyptian intelligence chief", None),
                           ("Dana Stroul", "Deputy Assistant Secretary for the Levant", None)]


def test_a_courtesy_rank_alone_is_not_a_role_but_a_countrys_ambassador_is():
    text = "Ambassador Omar Saleh met U.S. Ambassador Linda Greenfield in New York."
    a = article(text, [("PERSON", "Omar Saleh", ("Omar Saleh",)), ("PERSON", "Linda Greenfield", ("Linda Greenfield",)), US])
    assert roles_of(a) == [("Linda Greenfield", "U.S. Ambassador", "United States")]


def test_no_title_no_role():
    text = "James Jeffrey, who arrived on Sunday, met Abdel Rahman Mustafa and discussed the agreement."
    a = article(text, [("PERSON", "James Jeffrey", ("James Jeffrey",)), ("PERSON", "Abdulrahman Mustafa", ("Abdel Rahman Mustafa",))])
    assert roles_of(a) == []


def test_sentence_initial_word_is_not_part_of_a_title():
    a = article("Yesterday President Mustafa spoke.", [("PERSON", "Abdulrahman Mustafa", ("Mustafa",))])
    assert roles_of(a) == [("Abdulrahman Mustafa", "President", None)]


def test_the_fullest_wording_of_one_office_is_kept():
    text = ("The US envoy to Sudan, Tom Perriello, arrived. Later the US special envoy to Sudan Tom Perriello "
            "met the council. Mr. Perriello left.")
    a = article(text, [("PERSON", "Tom Perriello", ("Tom Perriello", "Perriello")), US])
    assert roles_of(a) == [("Tom Perriello", "US special envoy to Sudan", "United States")]


def test_two_offices_of_one_person_are_two_roles():
    text = ("The envoy met the Deputy Assistant Secretary for Maghreb Affairs, Ms. Natasha Rossi. "
            "He greeted the incoming U.S. Special Envoy for Yemen, Ms. Natasha Rossi.")
    a = article(text, [("PERSON", "Natasha Rossi", ("Natasha Rossi",)), US])
    assert [r[1] for r in roles_of(a)] == ["Deputy Assistant Secretary for Maghreb Affairs", "U.S. Special Envoy for Yemen"]


def test_possessive_organisation_before_the_title():
    text = "Hamas' spokesman and head of its media office, Hazem Qassem, spoke to reporters."
    a = article(text, [("PERSON", "Hazem Qassem", ("Hazem Qassem",)), ("ORG", "Hamas", ("Hamas",))])
    assert roles_of(a) == [("Hazem Qassem", "Hamas' spokesman and head of its media office", "Hamas")]


def test_title_inside_a_recognised_name():
    a = article("The envoy did not meet President Hadi in Riyadh.", [("PERSON", "Abdrabbuh Mansur Hadi", ("President Hadi",))])
    assert roles_of(a) == [("Abdrabbuh Mansur Hadi", "President", None)]


# --- Arabic ---------------------------------------------------------------------------------------

def ar(text, ents):
    return article(text, ents, language="ar")


def test_arabic_title_before_name():
    a = ar("قال المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري إن بلاده ستواصل دعمها",
           [("PERSON", "James Jeffrey", ("جيمس جيفري",)), ("GPE", "Syria", ("سوريا",)),
            ("GPE", "United States", ("الولايات المتحدة",))])
    [(person, title, org)] = roles_of(a)
    assert person == "James Jeffrey"
    assert title.startswith("المبعوث الأمريكي الخاص إلى سوريا")
    assert "US special envoy" in title and "Syria" in title
    # the demonym names the United States, but no entity for it is in this text
    assert org is None


def test_arabic_demonym_finds_the_country_entity():
    a = ar("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى جنيف بعد زيارة إلى الولايات المتحدة",
           [("PERSON", "Antony Blinken", ("أنتوني بلينكن",)), ("GPE", "United States", ("الولايات المتحدة",)),
            ("GPE", "Geneva", ("جنيف",))])
    [(person, title, org)] = roles_of(a)
    assert (person, org) == ("Antony Blinken", "United States")
    assert title.startswith("وزير الخارجية الأمريكي (")


def test_arabic_head_of_an_organisation():
    a = ar("وأكد رئيس الائتلاف الوطني سالم المسلط أن الحل السياسي هو الطريق الوحيد",
           [("PERSON", "Salem al-Meslet", ("سالم المسلط",)), ("ORG", "National Coalition", ("الائتلاف الوطني",))])
    [(person, title, org)] = roles_of(a)
    assert (person, org) == ("Salem al-Meslet", "National Coalition")
    assert title.startswith("رئيس الائتلاف الوطني") and "president" in title


def test_arabic_apposition_after_name():
    a = ar("واجتمع المبعوث مع خليل الحية رئيس المكتب السياسي لحركة حماس أمس",
           [("PERSON", "Khalil al-Hayya", ("خليل الحية",)), ("ORG", "Hamas", ("حركة حماس", "حماس"))])
    [(person, title, org)] = roles_of(a)
    assert (person, org) == ("Khalil al-Hayya", "Hamas")
    assert title.startswith("رئيس المكتب السياسي لحركة حماس") and "political" in title


def test_arabic_apposition_after_comma_and_courtesy_rank():
    a = ar("استقبل السفير عمر صالح، وزير الخارجية والتعاون الدولي، بمكتبه وفدا من الاتحاد",
           [("PERSON", "Omar Saleh", ("عمر صالح",))])
    [(person, title, org)] = roles_of(a)
    assert person == "Omar Saleh" and title.startswith("وزير الخارجية والتعاون الدولي (")


def test_arabic_joint_presidency_gives_each_a_co_chair():
    text = "وحضر الاجتماع والرئاسة المشتركة للمجلس المدني في الرقة الدكتور أحمد الخليل وليلى محمود وعدد من الوجهاء"
    a = ar(text, [("PERSON", "Ahmad al-Khalil", ("أحمد الخليل",)), ("PERSON", "Layla Mahmoud", ("ليلى محمود",)),
                  ("ORG", "Raqqa Civil Council", ("المجلس المدني في الرقة",))])
    got = roles_of(a)
    assert [(p, o) for p, _, o in got] == [("Ahmad al-Khalil", "Raqqa Civil Council"), ("Layla Mahmoud", "Raqqa Civil Council")]
    assert all("co-chair" in t and t.startswith("الرئيس المشترك") for _, t, _ in got)


def test_arabic_title_before_name_with_comma():
    a = ar("والتقى الوفد رئيس الاستخبارات المصرية، حسن رشاد، في القاهرة",
           [("PERSON", "Hassan Rashad", ("حسن رشاد",)), ("GPE", "Egypt", ("مصر",)), ("GPE", "Cairo", ("القاهرة",))])
    [(person, title, org)] = roles_of(a)
    assert person == "Hassan Rashad" and title.startswith("رئيس الاستخبارات المصرية") and "intelligence" in title


def test_arabic_verb_or_indefinite_word_stops_a_title():
    a = ar("قال المتحدث باسم الحكومة إن الوزير وصل أمس وسيلتقي خالد يوسف",
           [("PERSON", "Khaled Youssef", ("خالد يوسف",))])
    assert roles_of(a) == []


def test_arabic_dual_title_gives_each_the_singular():
    a = ar("لا يستبعد عقد قمة بين الرئيسين بايدن وبوتين",
           [("PERSON", "Joe Biden", ("بايدن",)), ("PERSON", "Vladimir Putin", ("بوتين",))])
    got = roles_of(a)
    assert [p for p, _, _ in got] == ["Joe Biden", "Vladimir Putin"]
    assert all("president" in t for _, t, _ in got)


# --- the stage -----------------------------------------------------------------------------------

def test_roles_stage_dates_roles_by_publication():
    assert "roles" in registered()
    a = article("The UN special envoy to Yemen, Martin Griffiths, arrived.",
                [("PERSON", "Martin Griffiths", ("Martin Griffiths",)), ("ORG", "United Nations", ("UN",))],
                published="2019-09-10")
    registered()["roles"].fn(a, Context())
    [r] = a.roles
    assert (r.title, r.date, a.entity(r.org).name) == ("UN special envoy to Yemen", "2019-09-10", "United Nations")
    assert a.text[r.evidence.start:r.evidence.end].startswith("The UN special envoy")


# --- titles that hold another person's name (written for these tests) -------------------------

def test_a_title_that_names_its_owners_principal_by_possessive():
    a = article("Talks were led by Anna Berg, the head of President Lars Nyman's office, on Monday.",
                [("PERSON", "Anna Berg", ("Anna Berg",)), ("PERSON", "Lars Nyman", ("Lars Nyman",))])
    r = roles_of(a)
    assert ("Anna Berg", "head of President Lars Nyman's office", None) in r
    assert ("Lars Nyman", "President", None) in r
    assert not any(p == "Lars Nyman" and "head" in t for p, t, _ in r)


def test_an_aide_to_a_president_keeps_the_whole_title():
    a = article("Yusuf Karim, a foreign policy aide to Prime Minister Lars Nyman, attended the talks.",
                [("PERSON", "Yusuf Karim", ("Yusuf Karim",)), ("PERSON", "Lars Nyman", ("Lars Nyman",))])
    assert ("Yusuf Karim", "foreign policy aide to Prime Minister Lars Nyman", None) in roles_of(a)


def test_several_titles_after_commas_are_one_persons():
    a = article("The session was attended by Omar Said, Vice President, Deputy Prime Minister and Chairman "
                "of the Audit Court, and by Lina Haddad, the mayor.",
                [("PERSON", "Omar Said", ("Omar Said",)), ("PERSON", "Lina Haddad", ("Lina Haddad",)),
                 ("ORG", "Audit Court", ("Audit Court",))])
    r = {(p, t) for p, t, _ in roles_of(a)}
    assert ("Omar Said", "Vice President, Deputy Prime Minister and Chairman of the Audit Court") in r
    assert ("Lina Haddad", "mayor") in r


def test_a_possessed_modifier_after_a_name_is_an_office():
    a = article("Omar Said came with Lina Haddad, his deputy.",
                [("PERSON", "Omar Said", ("Omar Said",)), ("PERSON", "Lina Haddad", ("Lina Haddad",))])
    assert ("Lina Haddad", "deputy", None) in roles_of(a)


def test_de_facto_and_based_modifiers_belong_to_the_title():
    a = article("The country's de facto leader Omar Said met the eastern-based commander Tarek Nour.",
                [("PERSON", "Omar Said", ("Omar Said",)), ("PERSON", "Tarek Nour", ("Tarek Nour",))])
    titles = {(p, t) for p, t, _ in roles_of(a)}
    assert ("Omar Said", "de facto leader") in titles or any(p == "Omar Said" and "de facto leader" in t for p, t in titles)
    assert any(p == "Tarek Nour" and "eastern-based commander" in t for p, t in titles)


def test_designate_and_then_titles():
    a = article("Lars Berg met Prime Minister-designate Omar Said and then-president Lina Haddad.",
                [("PERSON", "Omar Said", ("Omar Said",)), ("PERSON", "Lina Haddad", ("Lina Haddad",)),
                 ("PERSON", "Lars Berg", ("Lars Berg",))])
    r = {(p, t) for p, t, _ in roles_of(a)}
    assert ("Omar Said", "Prime Minister-designate") in r and ("Lina Haddad", "then-president") in r


def test_a_title_does_not_run_across_a_dateline_dash():
    text = "AMMAN, May 2 (Wire) - Jordanian Foreign Minister Ayman Safadi met envoys in Amman."
    a = article(text, [("PERSON", "Ayman Safadi", ("Ayman Safadi",)), ("ORG", "Wire", ("Wire",))])
    assert roles_of(a) == [("Ayman Safadi", "Jordanian Foreign Minister", None)]
