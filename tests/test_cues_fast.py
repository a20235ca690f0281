"""The fast paths of event-lexicon matching give exactly what the plain per-pattern loop gives."""

from communique.events.cues import Hit, find, fold_text, lexicon
from communique.textnorm import fold_char, fold_chars


def _plain_find(patterns, text, start=0, end=None):
    """The reference: every pattern tried on the window, longest first where they overlap."""
    end = len(text) if end is None else end
    hits = [Hit(m.start(), m.end(), p) for p in patterns for m in p.regex.finditer(text, start, end)]
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept = []
    for h in hits:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


EN = [
    "The foreign minister met his counterpart in Cairo on Tuesday and said talks would resume.",
    "MEETING IN GENEVA, the envoys held talks; the spokesman did not say whether they agreed.",
    "She told reporters that both sides had discussed trade, but he denied any deal was reached.",
]
AR = [
    "التقى وزير الخارجية نظيره في القاهرة يوم الثلاثاء وأكد أن المحادثات ستستأنف.",
    "وبحث الجانبان خلال اللقاء العلاقات الثنائية، وقال المتحدث إن الاجتماع لم يعقد بعد.",
    "أعلنت الحكومة أن الرئيس استقبل السفير في مكتبه وناقشا سبل التعاون.",
]


def _pattern_sets(lang):
    lex = lexicon(lang)
    return [lex.meetings, lex.events, lex.reporting, lex.content, lex.reporting_events,
            lex.reporting_meetings, *lex.cues.values()]


def _windows(text):
    n = len(text)
    return [(0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4), (5, 6)]


def _check(lang, sentences):
    found_any = False
    for s in sentences:
        text = fold_text(s, lang)
        for pats in _pattern_sets(lang):
            for a, b in _windows(text):
                got = find(pats, text, a, b)
                assert got == _plain_find(pats, text, a, b)
                found_any |= bool(got)
    assert found_any  # the sentences do exercise the lexicons


def test_find_matches_plain_loop_english():
    _check("en", EN)


def test_find_matches_plain_loop_arabic():
    _check("ar", AR)


def test_fold_chars_is_fold_char_per_character():
    text = "أإآٱ ى ة ٣٤ ۵ abc ΣΑΣ " + "".join(chr(c) for c in range(0x600, 0x700))
    assert fold_chars(text) == "".join(fold_char(c) for c in text)
    assert len(fold_chars(text)) == len(text)


def test_arabic_fold_one_table_matches_the_three_steps():
    import re

    from communique.textnorm import AR_DIACRITICS, AR_DIGITS, arabic_fold

    def steps(s):
        s = AR_DIACRITICS.sub("", s)
        s = re.sub("[أإآٱ]", "ا", s)
        return s.replace("ى", "ي").replace("ة", "ه").translate(AR_DIGITS)

    text = "".join(chr(c) for c in range(0x20, 0x800)) + " وَالقَاهِرَةُ إلى ١٢ ۳"
    assert arabic_fold(text) == steps(text)
    assert arabic_fold("إلى القاهرةِ") == "الي القاهره"


def test_pattern_sets_answer_membership_as_the_tuples_do():
    for lang in ("en", "ar"):
        lex = lexicon(lang)
        everything = lex.meetings + lex.events + lex.reporting + lex.content + sum(lex.cues.values(), ())
        assert any(p not in lex.events for p in everything)
        for p in everything:
            assert (p in lex.event_set) == (p in lex.events)
            assert (p in lex.reporting_set) == (p in lex.reporting)


def test_an_english_gap_stays_inside_its_clause():
    from communique.events.cues import compile_phrase
    rx = compile_phrase("held ... meeting", "en", verb=True)
    assert rx.search("she held a long meeting")
    assert not rx.search("he held a press conference, and his meeting")


# Texts whose lower-cased, unmarked copy does not keep every offset (a shadda, tanween, a
# character that lower-cases to two, a capital sigma) take find's other path for windows; texts
# without any take a slice of the shared copy. Both must give what the plain loop gives.
UNALIGNED = {
    "en": ["İstanbul talks: the ENVOY MET his counterpart and SAID the two sides AGREED.",
           "ΣΥΡΙΖΑ leaders met the envoy in Athens and said they welcomed the talks."],
    "ar": ["رحّب الوزير بالاتفاق، والتقى نظيرَه في الرياض وأكّد دعمه للمحادثات.",
           "وقال المتحدثُ إنّ الجانبين بحثا التعاون، واستقبل الرئيسُ السفيرَ في مكتبه."],
}


def test_find_matches_plain_loop_on_texts_with_marks_and_odd_case():
    for lang, sentences in UNALIGNED.items():
        _check(lang, sentences)
        _check(lang, [s.replace("\u0651", "").replace("\u064e", "").replace("\u064f", "") for s in sentences])


def test_a_tuple_planned_later_with_new_needles_is_still_found():
    """The needle index grows when a tuple brings needles it lacks; a text looked up before
    must not keep the answer of the smaller index."""
    from communique.events.cues import _NEEDLES, Pattern, compile_phrase, needle

    lang = "en"
    text = fold_text("The envoy met the quartermaster of the flotilla in Valletta.", lang)
    _check(lang, [text])                                   # the lexicons' tuples, planned
    phrase = "quartermaster of the flotilla"
    odd = Pattern(phrase, compile_phrase(phrase, lang), "X", None, needle(phrase, lang))
    assert odd.needle == "quartermaster" and odd.needle not in _NEEDLES.words
    fresh = lexicon(lang).meetings[:3] + (odd,)
    got = find(fresh, text)
    assert got == _plain_find(fresh, text)
    assert any(h.pattern is odd for h in got)
    assert "quartermaster" in _NEEDLES.words
