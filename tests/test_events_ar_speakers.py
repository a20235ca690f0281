"""Arabic statements: who speaks (a title alone, a participle, unnamed sources, the possessor
of a verbal noun, a name before the verb in a reported clause), the type the content decides,
and statements that are not facts. Sentences written for these tests; names are invented."""

from communique.model import Role, Span

from events_helpers import make_article, run, statements
from communique.events import extract_events
from communique.pipeline import Context

ENTS = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Carla Boni": ("PERSON", ["كارلا بوني", "بوني"]),
    "Norway": ("GPE", ["النرويج"]),
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Northern Front": ("ORG", ["الجبهة الشمالية"]),
    "Resolution 1325": ("INSTRUMENT", ["القرار 1325"]),
}


def with_roles(text: str, roles: list[tuple[str, str]]):
    """Run the events on `text` with the roles (person name, title as worded) the roles
    stage would have found where the title first appears."""
    a = make_article(text, "ar", ENTS)
    by_name = {e.name: e.id for e in a.entities}
    for person, title in roles:
        i = a.text.index(title)
        a.roles.append(Role(by_name[person], title, None, Span(i, i + len(title))))
    a.events = extract_events(a, Context())
    return a


def test_title_alone_is_its_holder():
    a = with_roles("التقى وزير الخارجية النرويجي بيتر موانغي نظيرته آن هولت في أوسلو. "
                   "وأعرب وزير الخارجية النرويجي عن تقديره لجهود الوساطة.",
                   [("Peter Mwangi", "وزير الخارجية النرويجي")])
    assert ("Peter Mwangi", "SUPPORT") in statements(a)


def test_title_with_another_adjective_is_not_that_holder():
    a = with_roles("التقى وزير الخارجية النرويجي بيتر موانغي في أوسلو. "
                   "وطالب وزير الخارجية الروريتاني بفتح المعابر.",
                   [("Peter Mwangi", "وزير الخارجية النرويجي")])
    assert ("Peter Mwangi", "REQUEST") not in statements(a)


def test_bare_head_needs_an_adjectival_title():
    # "الرئيس" alone is not "رئيس مجلس الإدارة"
    a = with_roles("قال رئيس مجلس الإدارة بيتر موانغي إن الشركة بخير. وقالت آن هولت إن الوضع هادئ. "
                   "وقال الرئيس إن على الحكومة أن تتحرك.",
                   [("Peter Mwangi", "رئيس مجلس الإدارة")])
    assert ("Peter Mwangi", "REQUEST") not in statements(a)


def test_participle_shares_the_subject_before_it():
    a, _ = run("وقالت آن هولت إن الحصار يضر المدنيين، داعيةً روريتانيا إلى فتح الطرق.", "ar", ENTS)
    assert ("Anne Holt", "REQUEST") in statements(a)
    assert ("Ruritania", "REQUEST") not in statements(a)


def test_unnamed_sources_close_to_someone_are_not_that_person():
    a, _ = run("وأكدت مصادر مقربة من هولت ضرورة تأجيل الانتخابات.", "ar", ENTS)
    assert ("Anne Holt", "REQUEST") not in statements(a)


def test_possessor_of_a_verbal_noun_is_not_the_speaker():
    a, _ = run("التقت آن هولت مع بيتر موانغي. وأكدت هولت رفض النرويج لأي تقسيم للإقليم.", "ar", ENTS)
    assert ("Anne Holt", "REJECT") in statements(a)
    assert ("Norway", "REJECT") not in statements(a)


def test_name_before_the_verb_in_a_reported_clause():
    a, _ = run("وذكر البيان أن هولت أكدت موقف النرويج الداعم للقرار 1325.", "ar", ENTS)
    assert ("Anne Holt", "SUPPORT") in statements(a)
    assert ("Norway", "SUPPORT") not in statements(a)


def test_relative_verb_takes_the_name_after_it():
    a, _ = run("وقالت هولت إن ذلك تزامن مع غارة شنتها بوردوريا فجر اليوم.", "ar", ENTS)
    assert ("Borduria", "ASSAULT") in statements(a)
    assert ("Anne Holt", "ASSAULT") not in statements(a)


def test_claimed_strike_is_an_assault():
    a, _ = run("أعلنت الجبهة الشمالية استهداف مواقع للجيش قرب الحدود.", "ar", ENTS)
    assert ("Northern Front", "ASSAULT") in statements(a)


def test_obligation_put_on_someone_is_a_request():
    a, _ = run("وقال بيتر موانغي إن على بوردوريا أن تسحب قواتها.", "ar", ENTS)
    assert ("Peter Mwangi", "REQUEST") in statements(a)


def test_keenness_and_commitment_are_support():
    a, _ = run("وأكد موانغي حرص بلاده على حل سياسي شامل.", "ar", ENTS)
    assert ("Peter Mwangi", "SUPPORT") in statements(a)
    b, _ = run("وقالت هولت إن النرويج ملتزمة بالاتفاق الموقع في جنيف.", "ar", ENTS)
    assert ("Anne Holt", "SUPPORT") in statements(b)


def test_commitment_to_deliver_or_go_on_working_is_a_promise():
    # PLOVER AGREE: a promise of aid or of continued work with the parties (round 2)
    a, _ = run("وقالت هولت إن النرويج ملتزمة بإيصال المساعدات.", "ar", ENTS)
    assert ("Anne Holt", "AGREE") in statements(a) and ("Anne Holt", "SUPPORT") not in statements(a)
    b, _ = run("وأكد موانغي التزام المنظمة بمواصلة العمل مع الأطراف كافة.", "ar", ENTS)
    assert ("Peter Mwangi", "AGREE") in statements(b)


def test_concern_is_not_support():
    a, _ = run("وأعربت هولت عن قلقها من الدعم العسكري المتزايد للجبهة الشمالية.", "ar", ENTS)
    assert ("Anne Holt", "SUPPORT") not in statements(a)
    b, _ = run("وأعربت هولت عن ترحيبها بالاتفاق.", "ar", ENTS)
    assert ("Anne Holt", "SUPPORT") in statements(b)


def test_more_verbs():
    cases = [
        ("ندد بيتر موانغي بقصف المستشفى.", "Peter Mwangi", "ACCUSE"),
        ("نفت بوردوريا أي تورط في الهجوم.", "Borduria", "REJECT"),
        ("شكرت آن هولت النرويج على استضافة المحادثات.", "Anne Holt", "SUPPORT"),
        ("وافقت الجبهة الشمالية على تبادل الأسرى.", "Northern Front", "AGREE"),
        ("وجدد موانغي تأييده للقرار 1325.", "Peter Mwangi", "SUPPORT"),
    ]
    for text, actor, typ in cases:
        a, _ = run(text, "ar", ENTS)
        assert (actor, typ) in statements(a), text


def test_unless_and_in_case_are_not_facts():
    a, _ = run("وقالت هولت إن روريتانيا ستنسحب في حالة وافقت بوردوريا على الهدنة.", "ar", ENTS)
    assert ("Borduria", "AGREE") not in statements(a)


def test_title_then_name_keeps_the_name():
    a = with_roles("التقى بيتر موانغي آن هولت. وطالب وزير الخارجية الروريتاني كارلا بوني بفتح المعابر.", [])
    assert ("Carla Boni", "REQUEST") in statements(a)


def test_long_title_runs_on_to_the_name():
    a = with_roles("التقت آن هولت مع بيتر موانغي. من جانبه طالب الرئيس المشترك للمجلس المحلي في الإقليم "
                   "بيتر موانغي بضرورة إشراك الأهالي.", [("Anne Holt", "الرئيس المشترك")])
    assert ("Peter Mwangi", "REQUEST") in statements(a)
    assert ("Anne Holt", "REQUEST") not in statements(a)


def test_name_after_a_preposition_is_not_the_titled_subject():
    a = with_roles("التقى وزير الخارجية النرويجي بيتر موانغي آن هولت. "
                   "وأعرب وزير الخارجية النرويجي عن دعمه لكارلا بوني.",
                   [("Peter Mwangi", "وزير الخارجية النرويجي")])
    assert ("Peter Mwangi", "SUPPORT") in statements(a)
    assert ("Carla Boni", "SUPPORT") not in statements(a)


def test_negation_does_not_cross_a_comma():
    a, _ = run("وقالت هولت إن الحصار يعاقب المدنيين لا المسلحين، داعيةً بوردوريا إلى رفعه.", "ar", ENTS)
    assert ("Anne Holt", "REQUEST") in statements(a)
    b, _ = run("وقالت هولت إنها لا تطالب بأي تعديل.", "ar", ENTS)
    assert ("Anne Holt", "REQUEST") not in statements(b)


def test_forces_act_for_the_country_their_adjective_names():
    ents = dict(ENTS, Israel=("GPE", ["إسرائيل"]))
    a, _ = run("وقالت هولت إن إسرائيل لم ترد. وشن الطيران الحربي الإسرائيلي فجر اليوم غارات على الوادي.", "ar", ents)
    assert ("Israel", "ASSAULT") in statements(a)


def test_witnessing_a_signing_is_a_meeting_of_the_signatories():
    from events_helpers import meetings

    a, _ = run("وشهدت آن هولت وبيتر موانغي توقيع مذكرة تفاهم بين النرويج وروريتانيا.", "ar", ENTS)
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi", "Norway", "Ruritania"}


def test_stance_nouns_after_a_reporting_verb():
    cases = [
        ("وأكدت هولت رفضها القاطع للتقسيم.", "Anne Holt", "REJECT"),
        ("وجدد موانغي دعوته إلى وقف القتال.", "Peter Mwangi", "REQUEST"),
        ("وجددت هولت إدانتها للهجوم.", "Anne Holt", "ACCUSE"),
        ("دانت روريتانيا قصف القرى.", "Ruritania", "ACCUSE"),
        ("استدعت النرويج سفير بوردوريا لديها.", "Norway", "SANCTION"),
    ]
    for text, actor, typ in cases:
        a, _ = run(text, "ar", ENTS)
        assert (actor, typ) in statements(a), text


def test_verbal_noun_after_a_request_is_not_an_act():
    a, _ = run("وقالت هولت إنها طلبت من روريتانيا سحب قواتها من الحدود.", "ar", ENTS)
    assert ("Ruritania", "RETREAT") not in statements(a)


def test_subject_search_stops_at_anna_with_shadda():
    a, _ = run("وأشارت الحركة إلى أنَّ الوفد التقى آن هولت وبحث معها التهدئة وضرورة الإغاثة.", "ar", ENTS)
    assert ("Anne Holt", "REQUEST") not in statements(a)


def test_unnamed_counterpart_is_the_holder_of_that_countrys_title():
    from events_helpers import meetings

    a = with_roles("وكان وزير الخارجية السعودي بيتر موانغي قد وصل إلى أوسلو مساء الأحد. "
                   "والتقت آن هولت نظيرها السعودي صباح الاثنين.",
                   [("Peter Mwangi", "وزير الخارجية السعودي")])
    [m] = meetings(a)
    assert m["participants"] == {"Anne Holt", "Peter Mwangi"}
    b = with_roles("وكان وزير الخارجية السعودي بيتر موانغي قد وصل إلى أوسلو مساء الأحد. "
                   "والتقت آن هولت نظيرها الروسي صباح الاثنين.",
                   [("Peter Mwangi", "وزير الخارجية السعودي")])
    assert all("Peter Mwangi" not in m["participants"] for m in meetings(b))


def test_counterpart_holds_the_same_office():
    from events_helpers import meetings

    a = with_roles("وصل الرئيس السعودي كارلا بوني ووزير الخارجية السعودي بيتر موانغي إلى أوسلو. "
                   "وكانت وزيرة الخارجية آن هولت قد التقت نظيرها السعودي صباح الاثنين.",
                   [("Carla Boni", "الرئيس السعودي"), ("Peter Mwangi", "وزير الخارجية السعودي"),
                    ("Anne Holt", "وزيرة الخارجية")])
    assert any(m["participants"] == {"Anne Holt", "Peter Mwangi"} for m in meetings(a))


def test_named_counterpart_adds_no_one_else():
    from events_helpers import meetings

    a = with_roles("وصل وزير الخارجية السعودي بيتر موانغي إلى أوسلو. "
                   "والتقت آن هولت نظيرها السعودي كارلا بوني صباح الاثنين.",
                   [("Peter Mwangi", "وزير الخارجية السعودي")])
    assert all("Peter Mwangi" not in m["participants"] for m in meetings(a))


def test_reported_rejection_by_another_is_not_the_speakers():
    a, _ = run("وقال موانغي إن بوردوريا رفضت المقترح.", "ar", ENTS)
    assert ("Borduria", "REJECT") in statements(a)
    assert ("Peter Mwangi", "REJECT") not in statements(a)


def test_conditional_content_is_not_a_position():
    a, _ = run("وقال موانغي إنه إذا رفضت بوردوريا المقترح فإن الحرب ستستمر.", "ar", ENTS)
    assert statements(a) == []


def test_announced_consent_is_agreement():
    a, _ = run("وأعلنت بوردوريا موافقتها على المقترح.", "ar", ENTS)
    assert ("Borduria", "AGREE") in statements(a)


def test_sentence_opened_by_a_citation_speaks_for_that_person():
    a, _ = run("وقالت آن هولت إن المفاوضات صعبة. وحسب موانغي فإن بلاده تعمل على التهدئة، ووعد بدعم المفاوضات.",
               "ar", ENTS)
    assert ("Peter Mwangi", "SUPPORT") in statements(a)
    assert ("Anne Holt", "SUPPORT") not in statements(a)


def test_solidarity_is_support():
    a, _ = run("وأعرب موانغي عن تضامنه مع النرويج.", "ar", ENTS)
    assert ("Peter Mwangi", "SUPPORT") in statements(a)


def test_own_states_position_reported_by_its_official_is_the_officials():
    ents = dict(ENTS, Egypt=("GPE", ["مصر"]), Turkey=("GPE", ["تركيا"]))
    text = "وأكد وزير الخارجية المصري بيتر موانغي أن مصر ترفض أي تدخل في الشؤون الداخلية."
    a = make_article(text, "ar", ents)
    by = {e.name: e.id for e in a.entities}
    i = text.index("وزير الخارجية المصري")
    a.roles.append(Role(by["Peter Mwangi"], "وزير الخارجية المصري", None, Span(i, i + 20)))
    a.events = extract_events(a, Context())
    assert ("Peter Mwangi", "REJECT") in statements(a)
    # another state's position, reported by him, stays that state's
    text2 = "وأكد وزير الخارجية المصري بيتر موانغي أن تركيا ترفض أي تدخل في الشؤون الداخلية."
    b = make_article(text2, "ar", ents)
    by = {e.name: e.id for e in b.entities}
    b.roles.append(Role(by["Peter Mwangi"], "وزير الخارجية المصري", None, Span(i, i + 20)))
    b.events = extract_events(b, Context())
    assert ("Turkey", "REJECT") in statements(b)


def test_destination_before_where_is_the_meeting_place():
    from events_helpers import meetings

    ents = dict(ENTS, Oslo=("GPE", ["أوسلو"]))
    a, _ = run("وتأتي الجولة بعد أيام من زيارة آن هولت إلى أوسلو يوم الأربعاء الماضي، حيث التقت بيتر موانغي.",
               "ar", ents)
    [m] = meetings(a)
    assert m["location"] == "Oslo"


def test_both_sides_after_two_meetings_in_one_sentence_are_the_later_ones():
    ents = dict(ENTS, Vienna=("GPE", ["فيينا"]), Oslo=("GPE", ["أوسلو"]))
    a, _ = run("استقبلت آن هولت كارلا بوني في أوسلو أمس. وتأتي الزيارة بعد أيام من زيارة بوني إلى فيينا، "
               "حيث التقت بيتر موانغي. وأعلن الجانبان حينها اتفاقهما على تبادل الأسرى.", "ar", ents)
    agree = {actor for actor, typ in statements(a) if typ == "AGREE"}
    assert agree == {"Carla Boni", "Peter Mwangi"}
