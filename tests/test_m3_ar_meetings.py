"""Arabic meetings, round three: shapes of agency copy that the earlier rules missed, found by
six new example reports (SANA, SPA, MENA, NNA, INA, Al Jazeera styles). One rule per test, on
sentences written for these tests; fictional people and places stand for real ones."""

from events_helpers import meetings, run

from communique.dates.absolute import find_dates

ENTS = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Carla Boni": ("PERSON", ["كارلا بوني", "بوني"]),
    "Hans Weber": ("PERSON", ["هانس فيبر", "فيبر"]),
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Oslo": ("GPE", ["أوسلو"]),
    "Vienna": ("GPE", ["فيينا"]),
    "Bergen": ("GPE", ["بيرغن"]),
    "Green Alliance": ("ORG", ["التحالف الأخضر"]),
    "League of States": ("ORG", ["رابطة الدول"]),
}


def test_the_two_presidents_are_the_meeting_told_before():
    # "وعقد الرئيسان جلسة محادثات": the dual names the principals; the people present join them
    text = ("استقبلت آن هولت اليوم في أوسلو بيتر موانغي. "
            "وعقد الرئيسان جلسة محادثات موسعة بحضور كارلا بوني وهانس فيبر.")
    a, _ = run(text, "ar", ENTS, {"اليوم": "2024-03-06"})
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni", "Hans Weber"}
    assert m["location"] == "Oslo" and m["evidence"] == 2


def test_a_call_of_the_two_ministers_on_another_day_is_a_meeting_of_its_own():
    text = ("التقت آن هولت ونظيرها بيتر موانغي اليوم في فيينا بحضور هانس فيبر. "
            "وكان الوزيران قد اتفقا خلال اتصال هاتفي الشهر الماضي على هذا اللقاء.")
    a, _ = run(text, "ar", ENTS, {"اليوم": "2024-03-06", "الشهر الماضي": "2024-02"})
    ms = sorted(meetings(a), key=lambda m: m["date"])
    assert len(ms) == 2
    call, talks = ms
    assert talks["participants"] == {"Anne Holt", "Peter Mwangi", "Hans Weber"} and talks["location"] == "Vienna"
    # the principals only, no place, the month the text gives
    assert call["participants"] == {"Anne Holt", "Peter Mwangi"}
    assert call["mode"] == "phone" and call["location"] is None and call["date"] == "2024-02"


def test_between_the_two_countries_names_no_side():
    # "اتفاقاً بين البلدين": the signing closes the meeting told; the witness attends it
    text = ("التقت آن هولت بيتر موانغي في أوسلو. "
            "ووقع الرئيسان في ختام المباحثات اتفاقاً للتعاون بين البلدين، وحضر مراسم التوقيع هانس فيبر.")
    a, _ = run(text, "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Hans Weber"}


def test_a_place_fronted_at_the_head_of_the_sentence_places_the_meeting_noun():
    a, _ = run("وفي بيرغن، انطلق اليوم الاجتماع الوزاري بين بيتر موانغي وكارلا بوني.", "ar", ENTS)
    [m] = meetings(a)
    assert m["location"] == "Bergen"


def test_a_fronted_place_needs_its_comma():
    # "وفي بيرغن التي …" without a comma is no fronted setting of the whole sentence
    a, _ = run("وفي إطار جولة شملت بيرغن انطلق الاجتماع الوزاري بين بيتر موانغي وكارلا بوني.", "ar", ENTS)
    [m] = meetings(a)
    assert m["location"] is None


def test_the_city_which_he_met_in():
    # "قادمة من أوسلو، التي التقت فيها": the relative clause takes the place back with فيها
    a, _ = run("ووصلت هولت إلى فيينا قادمة من أوسلو، التي التقت فيها أمس بيتر موانغي.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["location"] == "Oslo"


def test_a_relative_clause_without_the_pronoun_places_nothing():
    a, _ = run("ووصلت هولت إلى فيينا قادمة من أوسلو، التي التقت بيتر موانغي قبل عام.", "ar", ENTS)
    assert all(m["location"] != "Oslo" for m in meetings(a))


def test_a_bare_title_in_the_chair_is_the_person_named_with_it():
    text = ("وصلت آن هولت وزيرة الخارجية إلى بيرغن أمس. "
            "وفي بيرغن، ترأست وزيرة الخارجية اليوم الاجتماع الوزاري بين رابطة الدول وروريتانيا، بمشاركة بيتر موانغي.")
    a, _ = run(text, "ar", ENTS)
    [m] = meetings(a)
    assert "Anne Holt" in m["participants"] and "Peter Mwangi" in m["participants"]


def test_signing_together_is_a_meeting_and_the_patron_attends():
    a, _ = run("ووقع الاتفاق بيتر موانغي وكارلا بوني في أوسلو برعاية هانس فيبر.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Carla Boni", "Hans Weber"} and m["location"] == "Oslo"


def test_one_signer_or_an_unnamed_pair_is_no_meeting():
    a, _ = run("ووقعت آن هولت مرسوماً بتعيين سفير جديد.", "ar", ENTS)
    assert meetings(a) == []
    # after a meeting, "وقع البلدان اتفاقية" does not add to it
    a, _ = run("اجتمع بيتر موانغي وكارلا بوني في أوسلو. فيما وقع البلدان اتفاقية للتعاون في مجال المياه.", "ar", ENTS)
    [m] = meetings(a)
    assert m["evidence"] == 1


def test_someone_who_joins_the_meeting_takes_part():
    a, _ = run("عقدت آن هولت اجتماعاً مع بيتر موانغي في أوسلو، قبل أن ينضم إلى الاجتماع هانس فيبر.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Hans Weber"}


def test_what_a_meeting_was_devoted_to_ends_its_attendance_list():
    text = "اجتمعت آن هولت وبيتر موانغي في فيينا بمشاركة كارلا بوني، وخصص لبحث علاقات روريتانيا مع التحالف الأخضر."
    a, _ = run(text, "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"}


def test_the_city_that_hosted_the_meeting_is_its_place():
    a, _ = run("ويأتي ذلك بعد يومين من اجتماع احتضنته فيينا، جمع آن هولت وبيتر موانغي.", "ar", ENTS)
    [m] = meetings(a)
    assert m["location"] == "Vienna"


def test_year_first_slash_dates():
    # the date line of Iraqi and Gulf agency pages; day-first numeric dates are unchanged
    assert [d.value for d in find_dates("2025/03/14")] == ["2025-03-14"]
    assert [d.value for d in find_dates("14/03/2025")] == ["2025-03-14"]
    assert [d.value for d in find_dates("2025/03-14")] == []


def test_two_people_who_chair_a_meeting_together_are_its_sides():
    a, _ = run("وترأس بيتر موانغي وكارلا بوني اجتماع اللجنة العليا المشتركة في فيينا.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Carla Boni"}


def test_titles_and_a_time_phrase_between_the_verb_and_its_other_side():
    # "بحث [title] X، أمس الاثنين، مع [title] Y": more words than one gap allows
    text = "بحث رئيس مجلس الوزراء الروريتاني بيتر موانغي، أمس الاثنين، مع الأمينة العامة لرابطة الدول آن هولت ملف المياه."
    a, _ = run(text, "ar", ENTS)
    [m] = meetings(a)
    assert {"Peter Mwangi", "Anne Holt"} <= m["participants"]


def test_attending_the_meeting_told_before_then_holding_ones_own():
    # "وحضر اللقاء X، الذي أجرى في وقت لاحق مباحثات مع Y": X sat in the first meeting too
    text = ("التقت آن هولت بيتر موانغي في أوسلو. "
            "وحضر اللقاء هانس فيبر، الذي أجرى في وقت لاحق مباحثات مع كارلا بوني.")
    a, _ = run(text, "ar", ENTS)
    ms = meetings(a)
    assert {"Anne Holt", "Peter Mwangi", "Hans Weber"} in [m["participants"] for m in ms]
    assert {"Hans Weber", "Carla Boni"} in [m["participants"] for m in ms]


def test_a_seat_of_government_tagged_as_its_body_is_the_place():
    ents = dict(ENTS, **{"White House": ("ORG", ["البيت الأبيض"])})
    a, _ = run("اجتمعت آن هولت مع بيتر موانغي في البيت الأبيض.", "ar", ents)
    [m] = meetings(a)
    assert m["location"] == "White House" and m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_who_reports_a_meeting_is_no_side_of_it():
    # the spokesman before "إن", and the one of a clause joined after a comma
    a, _ = run("اجتمع بيتر موانغي وكارلا بوني في أوسلو. وقال هانس فيبر إن الزيارة شهدت توقيع مذكرتين.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Carla Boni"}
    a, _ = run("اجتمع بيتر موانغي وكارلا بوني في أوسلو، وأوضح هانس فيبر أن اللقاء كان إيجابياً.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Carla Boni"}


def test_the_year_an_agreement_was_signed_does_not_date_the_meeting():
    text = "وترأس بيتر موانغي وكارلا بوني اجتماع اللجنة المنبثقة عن الاتفاقية الموقعة عام 2008."
    a, _ = run(text, "ar", ENTS, {"2008": "2008"})
    [m] = meetings(a)
    assert m["date"] != "2008"


def test_a_meeting_noun_with_a_pronoun_governs_its_object():
    # "بعد لقائه X": his meeting with X; the pronoun is the clause's subject
    a, _ = run("وقال بيتر موانغي بعد لقائه آن هولت إن المحادثات كانت صريحة.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Anne Holt"}


def test_a_noun_with_a_pronoun_and_no_named_object_stays_a_reference():
    text = "التقت آن هولت بيتر موانغي في أوسلو. وقالت كارلا بوني بعد لقائها إن الأجواء كانت إيجابية."
    a, _ = run(text, "ar", ENTS)
    assert len(meetings(a)) == 1


def test_a_call_told_as_the_setting_of_what_one_did_to_another():
    # "هنأ X Y في اتصال هاتفي": X and Y talked on the phone
    a, _ = run("وتوالت التهاني، إذ هنأ بيتر موانغي آن هولت في اتصال هاتفي.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Peter Mwangi", "Anne Holt"} and m["mode"] == "phone" and m["location"] is None


def test_a_call_inside_what_someone_said_names_no_caller():
    a, _ = run("وقال هانس فيبر إن بيتر موانغي أبلغ آن هولت بالقرار في اتصال هاتفي.", "ar", ENTS)
    assert all(m["participants"] != {"Hans Weber", "Peter Mwangi"} for m in meetings(a))


def test_a_ta_marbuta_is_no_pronoun():
    # "زيارة X" is X's visit, not "his visit to X"
    a, _ = run("وقال بيتر موانغي إن زيارة آن هولت إلى أوسلو كانت ناجحة.", "ar", ENTS)
    assert meetings(a) == []


def test_the_relations_between_two_countries_are_a_topic():
    ents = dict(ENTS, **{"Norway": ("GPE", ["النرويج"])})
    a, _ = run("بحثت آن هولت مع بيتر موانغي في أوسلو مستقبل العلاقات بين النرويج وروريتانيا.", "ar", ents)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}


def test_talks_by_phone_told_with_the_talks_noun():
    a, _ = run("أجرت آن هولت مباحثات هاتفية مع نظيرها بيتر موانغي تناولت ملف المياه.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["mode"] == "phone"


def test_a_call_received_by_someone_with_long_titles():
    text = "وتلقت رئيسة وزراء مملكة روريتانيا الدكتورة آن هولت اتصالاً هاتفياً، اليوم، من بيتر موانغي."
    a, _ = run(text, "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["mode"] == "phone"


def test_two_who_take_part_in_a_meeting_met_there():
    a, _ = run("وشاركت آن هولت ونظيرها بيتر موانغي في اجتماع لجنة المتابعة في فيينا.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["location"] == "Vienna"


def test_one_who_takes_part_alone_refers_to_no_new_meeting():
    a, _ = run("وشاركت آن هولت في اجتماع لجنة المتابعة في فيينا.", "ar", ENTS)
    assert meetings(a) == []


def test_a_fronted_meeting_phrase_whose_pronoun_is_the_main_subject():
    # "وخلال لقائه X في Y، أكد Z": Z's meeting with X
    a, _ = run("وخلال لقائها بيتر موانغي في أوسلو، أكدت آن هولت أهمية التعاون.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"} and m["location"] == "Oslo"


def test_a_summit_that_brought_together_its_sides():
    # the meeting noun as the subject of "جمع", its sides the verb's objects
    a, _ = run("وجمعت قمة ثلاثية في فيينا آن هولت وبيتر موانغي وكارلا بوني.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Carla Boni"} and m["location"] == "Vienna"


def test_by_phone_right_after_the_last_side():
    text = "وتباحثت رئيسة وزراء مملكة روريتانيا آن هولت ورئيس رابطة الدول بيتر موانغي عبر الهاتف حول الحدود."
    ents = dict(ENTS)
    a, _ = run(text, "ar", ents)
    [m] = meetings(a)
    assert m["mode"] == "phone"
