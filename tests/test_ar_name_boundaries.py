"""Common words next to a name or title are not part of a person (regressions of issue 3,
round three: each was once read as a person or joined to one). Sentences written for these tests."""

from test_ar_linking import run


def _people(a):
    return {e.name: e.aliases for e in a.entities if e.type == "PERSON"}


def test_preposition_noun_after_a_name_is_not_part_of_it():
    a = run("وطالب الرئيس محمود عباس بالوقف الفوري للعمليات العسكرية.")
    assert all(not any("بالوقف" in al for al in als) for als in _people(a).values())


def test_dual_verb_with_conjunction_is_no_person():
    a = run("استقبل الوزير ضيفه في مكتبه وبحثا سبل تعزيز التعاون.")
    assert not any("وبحثا" in al for als in _people(a).values() for al in als)


def test_verbal_noun_before_a_title_is_no_person():
    a = run("وأكد البيان دعم وزير الخارجية ووزير الدفاع للخطة الجديدة.")
    assert not any(al.startswith("دعم") for als in _people(a).values() for al in als)


def test_title_then_preposition_noun_is_no_person():
    a = run("وطالب المبعوث الأممي برفع القيود عن المساعدات.")
    assert not any("برفع" in al for als in _people(a).values() for al in als)


def test_present_verb_after_a_surname_is_not_part_of_it():
    a = run("وصل السفير محمد آل جابر إلى المدينة، وقالت المصادر إن آل جابر يصل غدا إلى الميناء.")
    assert not any("يصل" in al for als in _people(a).values() for al in als)


def test_misspelt_given_name_joins_the_full_name():
    a = run("قال المبعوث الأمريكي جيمس جيفري إن الحل سياسي، ثم أكد جميس جيفري ذلك.")
    people = _people(a)
    assert "James Jeffrey" in people and "جميس جيفري" in people["James Jeffrey"]
    assert len(people) == 1
