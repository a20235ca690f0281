"""Arabic statements as news reports them: verbs in every inflection (ar_morph), dropped
subjects that follow the verb's agreement, subjects before the verb, coordinated subjects,
"the two sides" with no meeting, unnamed sources, and the lexicon entries added with them.
Sentences written for these tests; the names are invented."""

import pytest

from communique.ar.mentions import match_text
from communique.events import ar_morph

from events_helpers import run, statements

ENTS = {
    "Anne Holt": ("PERSON", ["آن هولت", "هولت"]),
    "Peter Mwangi": ("PERSON", ["بيتر موانغي", "موانغي"]),
    "Ruritania": ("GPE", ["روريتانيا", "الروريتانية"]),
    "Borduria": ("GPE", ["بوردوريا"]),
    "Northern Front": ("ORG", ["الجبهة الشمالية"]),
    "Ruritanian Foreign Ministry": ("ORG", ["وزارة الخارجية الروريتانية"]),
}


def said(text):
    a, _ = run(text, "ar", ENTS)
    return statements(a)


# -- morphology: one lexicon line, every form ------------------------------------------

def test_generated_forms_of_a_weak_and_a_sound_verb():
    assert dict(ar_morph.past_forms("دعا", "دعت")) == {"دعا": "m", "دعت": "f", "دعتا": "d", "دعوا": "p", "دعونا": "1"}
    assert ("نفوا", "p") in ar_morph.past_forms("نفى", "نفت") and ("نفيا", "d") in ar_morph.past_forms("نفى", "نفت")
    assert ("يدعون", "p") in ar_morph.present_forms("يدعو") and ("تدعو", "f") in ar_morph.present_forms("يدعو")
    assert ("داعين", "p") in ar_morph.participle_forms("داعيا")


@pytest.mark.parametrize("word,agr", [("وأضافت", "f"), ("وحثّوا", "p"), ("طالبته", "f"), ("مرحبةً", "f"),
                                      ("ويطالبان", "d"), ("فأكد", "m"), ("الحكومة", "")])
def test_agreement_of_a_written_form(word, agr):
    assert ar_morph.agreement(word) == agr


@pytest.mark.parametrize("text,actor,typ", [
    ("ورحّب بيتر موانغي بالاتفاق.", "Peter Mwangi", "SUPPORT"),  # shadda inside the verb
    ("وتطالب روريتانيا بفتح المعابر.", "Ruritania", "REQUEST"),  # feminine present
    ("وأدانت روريتانيا وبوردوريا الهجوم.", "Borduria", "ACCUSE"),  # both of a coordinated subject
    ("وطالبه بيتر موانغي بالإفراج عن المعتقلين.", "Peter Mwangi", "REQUEST"),  # object pronoun
    ("وقالت آن هولت إن الوضع صعب، مرحبةً بالهدنة.", "Anne Holt", "SUPPORT"),  # feminine participle
    ("وحمّلت روريتانيا الجبهة الشمالية المسؤولية عن الهجوم.", "Ruritania", "ACCUSE"),  # complement with the article
    ("وسارعت بوردوريا إلى رفض المقترح.", "Borduria", "REJECT"),
    ("ولوّح بيتر موانغي بفرض عقوبات على الجبهة الشمالية.", "Peter Mwangi", "THREATEN"),
    ("واستدعت روريتانيا القائم بالأعمال البورداوي.", "Ruritania", "SANCTION"),
    ("ووقّعت روريتانيا اتفاقية تجارية مع بوردوريا.", "Ruritania", "AGREE"),
])
def test_inflected_triggers(text, actor, typ):
    got = said(text)
    assert typ in {t for _, t in got}
    if actor:
        assert (actor, typ) in got


def test_plural_and_dual_forms_are_found():
    from communique.events.cues import find, lexicon
    from communique.textnorm import fold_chars

    lex = lexicon("ar")
    for text, typ in (("وأدانوا", "ACCUSE"), ("ويطالبون", "REQUEST"), ("فحذّرا", "THREATEN"), ("رفضنا", "REJECT")):
        assert [h.label for h in find(lex.events, fold_chars(text))] == [typ], text


def test_signing_a_decree_is_no_agreement_and_kept_silent_is_no_pledge():
    assert said("ووقّع بيتر موانغي أمراً تنفيذياً بشأن الموانئ.") == []
    assert said("والتزمت روريتانيا الصمت حيال الانتخابات.") == []


def test_content_cues_for_concessions():
    assert ("Peter Mwangi", "CONCEDE") in said("وأعلن بيتر موانغي إصدار عفو عام عن المعتقلين.")
    assert ("Northern Front", "CONCEDE") in said("وأعلنت الجبهة الشمالية تعليق عملياتها العسكرية.")
    assert ("Peter Mwangi", "CONCEDE") not in said("وأكد بيتر موانغي ضرورة وقف العمليات العسكرية.")


# -- who speaks ----------------------------------------------------------------------

def test_feminine_dropped_subject_is_the_body_not_the_man_named_last():
    got = said("ودانت وزارة الخارجية الروريتانية القصف. وأكد بيتر موانغي أن الوضع خطير. "
               "وطالبت بوقف فوري لإطلاق النار.")
    assert ("Ruritanian Foreign Ministry", "REQUEST") in got
    assert ("Peter Mwangi", "REQUEST") not in got


def test_feminine_verb_with_a_body_after_it_is_that_bodys():
    got = said("ورحبت وزارة الخارجية الروريتانية، في بيان، بإعلان المبعوث بيتر موانغي، معربةً عن أملها في التهدئة.")
    assert ("Ruritanian Foreign Ministry", "SUPPORT") in got
    assert ("Ruritanian Foreign Ministry", "REQUEST") in got
    assert all(a != "Peter Mwangi" for a, _ in got)


def test_name_after_a_complementizer_is_the_subject_and_the_reporter_only_reports():
    got = said("وقالت آن هولت إن بيتر موانغي حث بوردوريا على الانضمام إلى الاتفاق، وطالبها بدعوة المقاتلين إلى المغادرة.")
    assert ("Peter Mwangi", "REQUEST") in got
    assert ("Borduria", "REQUEST") not in got and ("Anne Holt", "REQUEST") not in got


def test_pronoun_on_a_particle_is_the_subject():
    got = said("ورحبت الجبهة الشمالية بالقرار، لكنها اتهمت بوردوريا بخرق الهدنة.")
    assert ("Northern Front", "ACCUSE") in got and ("Borduria", "ACCUSE") not in got


def test_unnamed_source_inside_a_body_and_what_follows_it():
    got = said("وقال بيتر موانغي إن الاتفاق صامد. إلا أن مصدراً في الجبهة الشمالية قال إن الجبهة "
               "لم ترفض الاتفاق، مشيراً إلى أنها لن تقبل بتمديده.")
    assert got == []


def test_residents_are_unnamed():
    got = said("ورحب بيتر موانغي بالهدنة. وقال سكان إن الطيران الحربي شن غارات على القرية.")
    assert ("Peter Mwangi", "ASSAULT") not in got


def test_preposition_after_the_verb_leaves_the_subject_dropped():
    got = said("وقالت آن هولت إن المفاوضات مستمرة. وأعربت عن تأييدها لجهود الرئيس بيتر موانغي.")
    assert ("Anne Holt", "SUPPORT") in got and ("Peter Mwangi", "SUPPORT") not in got


def test_participle_of_a_clause_without_a_verb_of_saying():
    assert ("Peter Mwangi", "SUPPORT") in said("من جانبه، نشر بيتر موانغي نص الاتفاق، مرحباً بإلغاء القيود.")


def test_coordinated_subject_and_the_dual_that_refers_back_to_it():
    got = said("وقالت روريتانيا وبوردوريا في بيان مشترك إن المحادثات مثمرة، وحثتا الجبهة الشمالية على الانخراط فيها.")
    assert ("Ruritania", "REQUEST") in got and ("Borduria", "REQUEST") in got
    assert ("Northern Front", "REQUEST") not in got


def test_the_two_sides_without_a_meeting_are_the_pair_just_named():
    got = said("أعلن بيتر موانغي أن روريتانيا والجبهة الشمالية اتفقتا على هدنة. وتعهد الطرفان بإطلاق الأسرى.")
    assert ("Ruritania", "AGREE") in got and ("Northern Front", "AGREE") in got
    assert ("Peter Mwangi", "AGREE") not in got


def test_the_two_sides_after_the_verb_in_the_oblique_are_its_object():
    got = said("وأعلن بيتر موانغي أن روريتانيا وبوردوريا اتفقتا على هدنة، وحثّ الطرفين على احترامها.")
    assert ("Peter Mwangi", "REQUEST") in got
    assert ("Ruritania", "REQUEST") not in got


def test_a_name_in_quotation_marks_is_the_subject():
    assert ("Northern Front", "SUPPORT") in said('ورحبت "الجبهة الشمالية" في بيان بالقرار.')


def test_country_adjective_after_a_body_belongs_to_it():
    got = said("وكانت الجبهة الشمالية الروريتانية قد أعلنت تعليق عملياتها.")
    assert ("Northern Front", "CONCEDE") in got and ("Ruritania", "CONCEDE") not in got


# -- mentions --------------------------------------------------------------------------

def test_a_statement_is_not_a_person_named_bayan():
    people = [m.text for m in match_text("وأوضح مكتب المبعوث في بيان أن الطرفين اتفقا.") if m.label == "PERSON"]
    assert people == []


def test_congratulated_with_its_hamza_but_not_here():
    assert ("Peter Mwangi", "SUPPORT") in said("وهنأ بيتر موانغي آن هولت بفوزها.")
    assert said("وقال بيتر موانغي إن الوضع هادئ. وهنا يأتي دور الجبهة الشمالية.") == []


def test_quoted_through_an_agency_speaks_for_the_one_quoted():
    got = said("ونقلت الوكالة الرسمية عن بيتر موانغي قوله إن بلاده ترفض أي تدخل خارجي.")
    assert got == [("Peter Mwangi", "REJECT")]


def test_own_government_is_the_speakers_position():
    assert ("Anne Holt", "ACCUSE") in said("وقالت آن هولت إن حكومتها تدين القصف.")


def test_the_medium_between_a_verb_of_saying_and_its_verbal_noun():
    assert ("Northern Front", "REJECT") in said("وأكدت الجبهة الشمالية في بيان رفضها القاطع للهدنة.")


def test_negated_clause_still_names_the_subject_of_its_sequel():
    assert said("ولم ترفض روريتانيا المقترح، لكنها طالبت بضمانات.") == [("Ruritania", "REQUEST")]


def test_a_joined_verb_shares_the_subject_that_agrees_with_it():
    got = said("وأعربت آن هولت عن إدانتها للهجوم، وحملت الجبهة الشمالية المسؤولية الكاملة.")
    assert got == [("Anne Holt", "ACCUSE")]
    got = said("وقال بيتر موانغي إن الوضع صعب، وأدانت بوردوريا القصف.")
    assert ("Borduria", "ACCUSE") in got


def test_unnamed_spokesman_speaks_for_the_body_he_is_named_after():
    assert said("وقال متحدث باسم وزارة الخارجية الروريتانية إن على بوردوريا وقف القصف.") == \
        [("Ruritanian Foreign Ministry", "REQUEST")]
    assert said("وقال المتحدث الرسمي باسم الجبهة الشمالية بيتر موانغي إن على بوردوريا وقف القصف.") == \
        [("Peter Mwangi", "REQUEST")]
    # a name the recogniser did not find still stands after the body: not the body's words
    assert said("وقال المتحدث باسم الجبهة الشمالية سامر الخطيب إن على بوردوريا وقف القصف.") == []


def test_possessive_content_cue_and_cue_inside_a_name():
    ents = dict(ENTS, **{"Rapid Support Forces": ("ORG", ["قوات الدعم السريع"])})
    a, _ = run("وأكدت آن هولت دعمها الكامل لجهود الوساطة.", "ar", ents)
    assert statements(a) == [("Anne Holt", "SUPPORT")]
    a, _ = run("وقالت آن هولت إن قوات الدعم السريع انسحبت من المدينة.", "ar", ents)
    assert ("Anne Holt", "SUPPORT") not in statements(a)


@pytest.mark.parametrize("text,typ", [
    ("وأعربت روريتانيا عن استنكارها الشديد للهجوم.", "ACCUSE"),
    ("وجددت روريتانيا تحذيرها من انهيار الهدنة.", "THREATEN"),
    ("وأبدت روريتانيا اعتراضها على المقترح.", "REJECT"),
    ("وجددت روريتانيا مناشدتها للمانحين.", "REQUEST"),
])
def test_verbal_nouns_of_stance_after_a_verb_of_saying(text, typ):
    assert said(text) == [("Ruritania", typ)]


def test_criticism_of_others_is_not_the_speakers():
    assert said("وقال بيتر موانغي إن الحكومة تتعرض لانتقادات واسعة.") == []


def test_participle_after_a_subject_no_entity_stands_for_is_not_the_last_speaker():
    got = said("ودانت روريتانيا القصف. كما أدانت الخارجية البورداوية الاعتداء، داعيةً إلى وضع حد للانتهاكات.")
    assert ("Ruritania", "REQUEST") not in got


def test_reserving_the_right_to_respond_is_a_threat():
    assert said("وأكدت روريتانيا أنها تحتفظ بحقها في الرد.") == [("Ruritania", "THREATEN")]


def test_noun_after_a_body_is_no_adjective_of_another_country():
    from communique.kb.base import load_default_kb

    found = [(m.text, m.label) for m in match_text("أدانت وزارة الخارجية والمغتربين العدوان الإسرائيلي.", load_default_kb())]
    assert ("وزارة الخارجية والمغتربين", "ORG") in found


def test_relative_clause_verb_is_not_its_objects():
    got = said("ورحبت روريتانيا بالقرار الذي يطالب الجبهة الشمالية بوقف هجماتها.")
    assert ("Northern Front", "REQUEST") not in got and ("Ruritania", "SUPPORT") in got
    assert ("Northern Front", "SUPPORT") in said("وكانت الجبهة الشمالية التي رحبت بالهدنة قد انسحبت.")


def test_unnamed_subject_of_a_verb_of_saying_and_the_head_that_refers_back():
    got = said("ورحبت روريتانيا بالاتفاق. من جانبها، أعربت الخارجية البورداوية عن قلقها، ودعت إلى ضبط النفس.")
    assert ("Ruritania", "REQUEST") not in got
    got = said("وأدانت وزارة الخارجية الروريتانية القصف. وشددت الوزارة على ضرورة حماية المدنيين.")
    assert ("Ruritanian Foreign Ministry", "REQUEST") in got


def test_masculine_verb_before_a_feminine_head_has_it_as_object():
    got = said("ورفض بيتر موانغي القرار. كما حمّل وزارة الخارجية الروريتانية مسؤولية الأزمة.")
    assert ("Peter Mwangi", "ACCUSE") in got and ("Ruritanian Foreign Ministry", "ACCUSE") not in got


def test_disclosing_and_telling_report_what_was_said():
    assert said("وكشف بيتر موانغي أن بلاده ترفض المقترح.") == [("Peter Mwangi", "REJECT")]
    assert said("وأبلغت آن هولت نظيرها أن على بوردوريا وقف القصف.") == [("Anne Holt", "REQUEST")]
