"""Arabic statements, round t4: rules that carry over to text they were not written for.
A dual subject's stance as a verbal noun ("أن الرئيسين أكدا رفضهما"), a dual verb after it
with a dropped subject, "الرئيسان" naming only the sides' people (never a body the signed
text founds), and a clause opened by "فيما" that holds its own subject. Sentences written
for these tests; the people and two of the countries are invented."""

from communique.events import extract_events
from communique.model import Role, Span
from communique.pipeline import Context
from communique.roles.extract import find_roles

from events_helpers import make_article, statements

ENTS = {
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Omar Haddad": ("PERSON", ["عمر حداد", "حداد"]),
    "Ruritania": ("GPE", ["روريتانيا"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Joint Council": ("ORG", ["مجلس التنسيق الأعلى"]),
}
MET = "التقى رئيس روريتانيا بيتر موانغي رئيس بوردوريا عمر حداد في العاصمة أمس. "


def said(text):
    a = make_article(text, "ar", ENTS)
    a.roles = find_roles(a.text, a.sentences, a.entities, a.language)
    a.events = extract_events(a, Context())
    return statements(a)


def test_dual_subject_stance_as_verbal_noun():
    got = said(MET + "وقال المتحدث إن الرئيسين أكدا رفضهما القاطع لأي تدخل خارجي في شؤون المنطقة.")
    assert ("Peter Mwangi", "REJECT") in got and ("Omar Haddad", "REJECT") in got


def test_dual_verb_with_dropped_subject_continues_the_pair():
    got = said(MET + "وأوضح المتحدث أن الرئيسين أكدا رفضهما لأي هجوم على المدنيين، وشددا على ضرورة فتح الممرات الإنسانية.")
    assert ("Peter Mwangi", "REQUEST") in got and ("Omar Haddad", "REQUEST") in got


def test_presidents_who_sign_are_people_not_the_council_founded():
    got = said(MET + "ووقع الرئيسان في ختام اللقاء الإعلان المشترك لتأسيس مجلس التنسيق الأعلى بين البلدين.")
    assert ("Peter Mwangi", "AGREE") in got and ("Omar Haddad", "AGREE") in got
    assert not any(who == "Joint Council" for who, _ in got)


def test_a_clause_opened_by_fima_keeps_its_subject_to_itself():
    got = said("وقال موانغي إن المفاوضات تتقدم، ودعا بوردوريا إلى سحب قواتها من الحدود، فيما شكر حداد الوسطاء على جهودهم.")
    assert ("Peter Mwangi", "REQUEST") in got
    assert ("Omar Haddad", "REQUEST") not in got


def test_a_hope_held_by_two_is_asked_for():
    got = said(MET + "وأعرب الرئيسان عن أملهما في التوصل إلى اتفاق سلام دائم قبل نهاية العام.")
    assert ("Peter Mwangi", "REQUEST") in got and ("Omar Haddad", "REQUEST") in got


def test_an_aid_package_with_its_amount_is_aid_and_its_purpose_no_stance():
    got = said("وأعلن موانغي أن روريتانيا ستقدم إلى بوردوريا حزمة مساعدات بقيمة مئتي مليون دولار، لدعم المستشفيات والمدارس.")
    assert ("Peter Mwangi", "AID") in got
    assert ("Peter Mwangi", "SUPPORT") not in got


def test_readiness_to_take_part_is_an_offer():
    got = said("وأكد حداد استعداد بلاده للمشاركة في جهود إعادة الإعمار في المنطقة المنكوبة.")
    assert ("Omar Haddad", "AGREE") in got


def test_topic_without_comma_named_by_title_and_country_adjective():
    # "أما الرئيس القبرصي فأكد": no comma after the topic, and the title names its holder by
    # the adjective of the country his office serves ("رئيس جمهورية قبرص")
    ents = dict(ENTS, Cyprus=("GPE", ["قبرص"]), **{"Nikos Christodoulides": ("PERSON", ["نيكوس خريستودوليدس"])})
    text = ("عقد رئيس الحكومة بيتر موانغي اجتماعاً مع رئيس جمهورية قبرص نيكوس خريستودوليدس في العاصمة أمس. "
            "وطالب موانغي الاتحاد بالمساعدة. "
            "أما الرئيس القبرصي فأكد أن بلاده لن تقبل موجات جديدة من اللاجئين، داعياً إلى خطة أوروبية مشتركة.")
    a = make_article(text, "ar", ents)
    a.roles = find_roles(a.text, a.sentences, a.entities, a.language)
    by_name = {e.name: e.id for e in a.entities}
    start = a.text.index("رئيس جمهورية")
    a.roles.append(Role(by_name["Nikos Christodoulides"], "رئيس جمهورية قبرص", by_name["Cyprus"], Span(start, start + 40)))
    a.events = extract_events(a, Context())
    got = statements(a)
    assert ("Nikos Christodoulides", "REQUEST") in got and ("Nikos Christodoulides", "REJECT") in got
    assert ("Peter Mwangi", "REJECT") not in got


def test_present_tense_military_operations_assault_for_the_forces_state():
    got = said("وتشن قوات روريتانيا منذ أشهر عمليات جوية ضد مواقع المسلحين قرب الحدود.")
    assert ("Ruritania", "ASSAULT") in got


def test_a_decision_to_ban_is_a_sanction():
    got = said("وقررت روريتانيا حظر نشاط الجماعة المسلحة على أراضيها.")
    assert ("Ruritania", "SANCTION") in got


def test_calling_a_group_a_threat_accuses_it():
    got = said("وأكد حداد أن الجماعة المسلحة تشكل تهديداً مباشراً لأمن بوردوريا.")
    assert ("Omar Haddad", "ACCUSE") in got


def test_a_verb_under_an_subordinate_clause_leaves_the_subject_to_the_next_verb():
    # "بدلاً من أن يدين العنف": the verb under "أن" has no subject of its own here; the
    # coordinated "وتوعد" after it is still the minister's
    got = said("وهاجم موانغي الاتفاق، قائلاً إن حداد يكافئ المسلحين بدلاً من أن يدين العنف، وتوعد بالرد على أي هجوم جديد.")
    assert ("Peter Mwangi", "THREATEN") in got


def test_a_commitment_to_work_with_partners_is_a_promise():
    got = said("وجدد موانغي التزام بلاده بالعمل مع الشركاء الإقليميين على تأمين الممرات البحرية.")
    assert ("Peter Mwangi", "AGREE") in got and ("Peter Mwangi", "SUPPORT") not in got


def test_an_honorific_pronoun_is_the_person_last_named():
    got = said("ترأس رئيس روريتانيا بيتر موانغي أمس أعمال المؤتمر في العاصمة. "
               "وأكد فخامته في كلمته الافتتاحية رفض بلاده القاطع لأي تدخل في شؤون بوردوريا، داعياً إلى حوار شامل.")
    assert ("Peter Mwangi", "REJECT") in got and ("Peter Mwangi", "REQUEST") in got


def test_a_vow_to_keep_up_attacks_threatens_and_a_later_judgement_is_not_the_speakers():
    got = said("من جهته، قال موانغي إن قوات بلاده لن توقف هجماتها على مواقع المسلحين، وهو ما اعتبرته بوردوريا تهديداً مباشراً لأمنها.")
    assert ("Peter Mwangi", "THREATEN") in got
    assert ("Peter Mwangi", "ACCUSE") not in got
    assert ("Borduria", "ACCUSE") in got


def test_the_parties_pledges_reported_by_an_envoy_are_not_the_envoys():
    got = said("وأعلن موانغي أن الأطراف تعهدت بالانخراط في جولة جديدة من المحادثات الشهر المقبل.")
    assert ("Peter Mwangi", "AGREE") not in got


def test_a_claim_about_another_actor_is_an_allegation():
    got = said("وقال موانغي في مؤتمر صحفي إن المحادثات ستستمر، زاعماً أن بوردوريا تهرّب السلاح إلى المسلحين عبر الحدود.")
    assert ("Peter Mwangi", "ACCUSE") in got


def test_a_claim_about_no_actor_is_no_allegation():
    got = said("وزعم موانغي أن الاجتماع كان مثمراً للغاية.")
    assert ("Peter Mwangi", "ACCUSE") not in got


def test_the_two_sides_are_never_the_one_speaker_last_named():
    got = said("وقال موانغي إن المحادثات كانت صريحة. وأكد الطرفان رفضهما لأي تدخل خارجي في شؤون المنطقة.")
    assert ("Peter Mwangi", "REJECT") not in got


def test_the_two_ministers_with_no_meeting_found_are_the_two_ministers_named():
    a = make_article("وصل وزير خارجية روريتانيا بيتر موانغي إلى العاصمة أمس في زيارة رسمية. "
                     "وقال وزير خارجية بوردوريا عمر حداد إن الزيارة خطوة مهمة. "
                     "واتفق الوزيران على استئناف الرحلات الجوية بين البلدين.", "ar", ENTS)
    by_name = {e.name: e.id for e in a.entities}
    a.roles = [Role(by_name["Peter Mwangi"], "وزير خارجية روريتانيا", by_name["Ruritania"], Span(0, 10)),
               Role(by_name["Omar Haddad"], "وزير خارجية بوردوريا", by_name["Borduria"], Span(60, 70))]
    a.events = extract_events(a, Context())
    got = statements(a)
    assert ("Peter Mwangi", "AGREE") in got and ("Omar Haddad", "AGREE") in got


def test_looking_forward_to_closer_ties_is_an_intent_to_cooperate():
    got = said("وقال موانغي إن الزيارة ناجحة، معرباً عن تطلعه إلى تعزيز التعاون الاقتصادي مع بوردوريا.")
    assert ("Peter Mwangi", "AGREE") in got
