"""Arabic meetings, round r4: general shapes of agency and newspaper copy — chaired summits,
titles with styles of address, national delegations, sideline meetings, pluperfect visits
by someone else, meetings only proposed. Each test runs the whole pipeline on sentences
written for it (real office holders, invented occasions)."""

from communique.api import extract


def _meetings(text: str, published: str = "2024-05-20") -> list[tuple[frozenset[str], str | None, str | None]]:
    [r] = extract(text, published=published, lang="ar")
    names = {e["id"]: e["name"] for e in r["entities"]}
    return [(frozenset(names[p] for p in v["participants"]), names.get(v["location"]), v["date"])
            for v in r["events"] if v["type"] == "CONSULT"]


def _by_people(ms, *people):
    return [m for m in ms if set(people) <= m[0]]


def test_a_chaired_summit_is_a_meeting_completed_by_its_attendance_list():
    text = ("القادة يجتمعون في الرياض\n\n"
            "ترأس ولي العهد الأمير محمد بن سلمان، أمس، أعمال القمة الطارئة التي انعقدت في الرياض "
            "بمشاركة قادة الدول الأعضاء في جامعة الدول العربية.\n\n"
            "وشارك في القمة أمير دولة قطر الشيخ تميم بن حمد آل ثاني، والرئيس الفلسطيني محمود عباس.")
    ms = _meetings(text)
    [summit] = _by_people(ms, "Mohammed bin Salman", "Mahmoud Abbas")
    assert "Tamim bin Hamad Al Thani" in summit[0]
    assert "Arab League" not in summit[0]  # the body whose members came is no side
    assert summit[1] == "Riyadh" and summit[2] == "2024-05-19"


def test_a_chair_alone_with_no_guest_named_is_no_meeting():
    text = ("ولي العهد يفتتح المؤتمر\n\n"
            "ترأس ولي العهد الأمير محمد بن سلمان، أمس، أعمال القمة الاقتصادية في الرياض.")
    assert _meetings(text) == []


def test_a_title_subject_after_a_style_of_address_and_a_sideline_meeting_at_the_summit():
    text = ("القمة في الرياض\n\n"
            "ترأس الأمير محمد بن سلمان ولي العهد، أمس، أعمال القمة في الرياض بمشاركة الشيخ تميم بن حمد آل ثاني "
            "والرئيس المصري عبد الفتاح السيسي.\n\n"
            "وعلى هامش القمة، التقى سمو ولي العهد الرئيس المصري عبد الفتاح السيسي، وبحث الجانبان العلاقات الثنائية.")
    ms = _meetings(text)
    side = [m for m in ms if m[0] == {"Mohammed bin Salman", "Abdel Fattah el-Sisi"}]
    assert side, ms  # the crown prince, named with his title after the name, not the emir
    assert side[0][1] == "Riyadh"


def test_a_title_that_begins_with_waw_is_not_read_as_a_conjunction():
    # "وزير" is a title, not و + "زير": the subject is the foreign minister named before
    text = ("مباحثات في الرياض\n\n"
            "استقبل وزير الخارجية الأمير فيصل بن فرحان في الرياض اليوم نظيره العماني بدر البوسعيدي.\n\n"
            "ثم التقى وزير الخارجية في المساء الأمين العام لمجلس التعاون جاسم البديوي.")
    ms = _meetings(text)
    assert _by_people(ms, "Faisal bin Farhan", "Jasem Albudaiwi") or \
        _by_people(ms, "Faisal bin Farhan", "Jasem Mohamed Albudaiwi"), ms


def test_a_national_delegation_said_to_include_people_is_those_people_when_received():
    text = ("مباحثات أمنية في بغداد\n\n"
            "عقد وفد تركي رفيع يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر، الأحد، "
            "اجتماعاً في بغداد مع وزير الخارجية العراقي فؤاد حسين.\n\n"
            "وضم الوفد العراقي مستشار الأمن القومي قاسم الأعرجي.\n\n"
            "واستقبل رئيس الوزراء محمد شياع السوداني الوفد التركي في وقت لاحق من اليوم نفسه.")
    ms = _meetings(text)
    talks = _by_people(ms, "Hakan Fidan", "Fuad Hussein")
    assert talks and "Qasim al-Araji" in talks[0][0] and "Mohammed Shia al-Sudani" not in talks[0][0]
    received = _by_people(ms, "Mohammed Shia al-Sudani", "Hakan Fidan")
    assert received and "Fuad Hussein" not in received[0][0], ms


def test_someone_elses_earlier_visit_in_the_pluperfect_is_its_own_meeting_at_the_visited_city():
    text = ("لقاءات في الرياض\n\n"
            "التقى الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية الأردني أيمن الصفدي.\n\n"
            "وكان وزير الدولة للشؤون الخارجية السعودي عادل الجبير قد زار طهران الأحد، حيث التقى "
            "وزير الخارجية الإيراني حسين أمير عبداللهيان.")
    ms = _meetings(text)
    first = _by_people(ms, "Faisal bin Farhan", "Ayman Safadi")
    assert first and "Adel al-Jubeir" not in first[0][0], ms
    other = _by_people(ms, "Adel al-Jubeir", "Hossein Amir-Abdollahian")
    assert other and other[0][1] == "Tehran", ms


def test_a_summit_only_called_for_or_floated_is_no_meeting():
    text = ("تصريحات\n\n"
            "وقال الوزير إنه لا يستبعد فكرة عقد قمة بين الرئيسين جو بايدن وفلاديمير بوتين.\n\n"
            "ودعا الأمين العام إلى عقد قمة بين الرئيس عبد الفتاح السيسي والرئيس رجب طيب أردوغان.")
    assert _meetings(text) == []


def test_a_series_of_meetings_one_envoy_held_is_one_meeting_per_with_at_its_own_capital():
    text = ("المبعوث يختتم جولته\n\n"
            "الرياض - سبأ\nالأحد 24 ديسمبر 2023\n\n"
            "وقال مكتب المبعوث إن البيان صدر بعد لقاءات عقدها هانز جروندبرج في الرياض مع الرئيس رشاد العليمي، "
            "وفي العاصمة العمانية مسقط مع المفاوض محمد عبدالسلام.")
    ms = _meetings(text, "2023-12-24")
    a = _by_people(ms, "Hans Grundberg", "Rashad al-Alimi")
    b = _by_people(ms, "Hans Grundberg", "Mohammed Abdulsalam")
    assert a and b and a[0] != b[0], ms
    assert "Mohammed Abdulsalam" not in a[0][0] and b[0][1] == "Muscat" and a[0][1] == "Riyadh"


def test_the_capital_of_a_named_country_is_that_city_when_the_article_names_it():
    text = ("مباحثات في بكين\n\n"
            "بكين 6 أبريل 2023 (واس)\n\n"
            "التقى الأمير فيصل بن فرحان اليوم في العاصمة الصينية وزير الخارجية الإيراني حسين أمير عبداللهيان.")
    [m] = _meetings(text, "2023-04-06")
    assert m[1] == "Beijing"


def test_a_signing_of_that_agreement_takes_the_date_the_sentence_before_gave_it():
    text = ("اتفاق في الدوحة\n\n"
            "الدوحة 20 مايو 2024\n\n"
            "وأعلنت الوساطة القطرية أن الطرفين توصلا أمس الأحد إلى اتفاق لتبادل الأسرى.\n\n"
            "ووقع ذلك الاتفاق وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني ووزير الخارجية الإيراني "
            "حسين أمير عبداللهيان في الدوحة.")
    [m] = _meetings(text, "2024-05-20")
    assert m[2] == "2024-05-19" and m[1] == "Doha"


def test_a_signing_with_both_signatories_titles_time_and_venue_before_the_instrument():
    text = ("توقيع في دمشق\n\n"
            "وقّع رئيس الجمهورية العربية السورية، أحمد الشرع، ورئيس الوزراء اللبناني، نواف سلام، "
            "مساء أمس الأحد في قصر الشعب بدمشق، اتفاقاً لترسيم الحدود البرية بين البلدين.")
    ms = _meetings(text)
    assert _by_people(ms, "Ahmed al-Sharaa", "Nawaf Salam"), ms
    one = ("مرسوم\n\nوقّع رئيس الجمهورية أحمد الشرع، مساء أمس الأحد في قصر الشعب بدمشق، "
           "مرسوماً بتشكيل لجنة، ثم أعلن الاتفاق مع الحكومة.")
    assert _meetings(one) == []  # one signer names no meeting


def test_two_who_chair_a_council_meet_in_the_capital_given_before_the_noun_without_the_councils_states():
    text = ("مجلس التعاون الاستراتيجي\n\n"
            "أنقرة - الأربعاء 4 سبتمبر 2024\n\n"
            "وصل الرئيس المصري صباح اليوم إلى أنقرة في زيارة رسمية.\n\n"
            "ترأس الرئيس عبد الفتاح السيسي ونظيره رجب طيب أردوغان، اليوم الأربعاء، في العاصمة التركية، "
            "اجتماع اللجنة العليا للتعاون بين مصر وتركيا.")
    [m] = _meetings(text, "2024-09-04")
    assert m[0] == {"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"} and m[1] == "Ankara"


def test_a_dropped_subject_and_the_day_carry_on_from_the_sentence_before():
    text = ("زيارة إلى بغداد\n\n"
            "بغداد 12 يونيو 2024\n\n"
            "وكان وزير الخارجية التركي هاكان فيدان قد وصل إلى بغداد يوم الإثنين في زيارة رسمية. "
            "وعقد في العاصمة العراقية جولة محادثات مع نظيره فؤاد حسين تناولت ملف المياه.")
    ms = _meetings(text, "2024-06-12")
    got = _by_people(ms, "Hakan Fidan", "Fuad Hussein")
    assert got and got[0][1] == "Baghdad" and got[0][2] == "2024-06-10", ms


def test_someone_met_during_a_visit_told_with_zar_meets_at_the_visited_city():
    text = ("العلاقات الثنائية\n\n"
            "التقى الأمير فيصل بن فرحان اليوم في الرياض وزير الخارجية الأردني أيمن الصفدي.\n\n"
            "وكان الأمير فيصل بن فرحان قد زار طهران في يونيو الماضي، والتقى خلال زيارته الرئيس إبراهيم رئيسي.")
    ms = _meetings(text, "2024-08-20")
    visit = _by_people(ms, "Faisal bin Farhan", "Ebrahim Raisi")
    assert visit and visit[0][1] == "Tehran" and "Ayman Safadi" not in visit[0][0], ms


def test_representatives_of_two_forces_signing_a_declaration_meet_in_the_city_not_its_country():
    text = ("إعلان مبادئ\n\n"
            "وقّع ممثلون عن الجيش السوداني وقوات الدعم السريع في مدينة جدة السعودية، مساء أمس الأحد، "
            "إعلاناً لحماية المدنيين.")
    ms = _meetings(text)
    got = _by_people(ms, "Sudanese Armed Forces", "Rapid Support Forces")
    assert got and got[0][1] == "Jeddah", ms
