"""clean / language / sentences stages on text we wrote."""

from __future__ import annotations

from communique.model import Article
from communique.pipeline import Context, Pipeline
from communique.stages.clean import date_line, is_furniture, normalise_published

PIPE = Pipeline(["clean", "language", "sentences"])


def run(raw: str, **kw) -> Article:
    return PIPE(Article(id="t", source="t.txt", raw=raw, **kw))


def test_furniture_lines_dropped_but_kept_in_raw():
    raw = ("Skip to main content\nHome > News > Politics\nLogo Wide\n"
           "Foreign ministers meet in Baghdad\n\nThe ministers met in Baghdad on Sunday to discuss water.\n\n"
           "Related articles\nShare this\n© 2023 Example News. All rights reserved.\nOther news")
    a = run(raw)
    assert a.text.startswith("Foreign ministers meet in Baghdad")
    for junk in ("Skip to main content", "Logo Wide", "Related articles", "All rights reserved", "Other news"):
        assert junk not in a.text
        assert junk in a.raw
    assert a.title == "Foreign ministers meet in Baghdad"


def test_arabic_furniture():
    a = run("أخبار عاجلة\nالرئيسية\nوزير الخارجية يلتقي المبعوث الأممي\n\nالتقى وزير الخارجية اليوم المبعوث الأممي.\nاقرأ أيضاً\nجميع الحقوق محفوظة 2024")
    assert "أخبار عاجلة" not in a.text and "اقرأ أيضاً" not in a.text and "جميع الحقوق" not in a.text
    assert a.title == "وزير الخارجية يلتقي المبعوث الأممي"
    assert a.language == "ar"


def test_furniture_patterns_do_not_eat_article_lines():
    assert is_furniture("Other news")
    assert is_furniture("Home Press Room Statements Items filtered by date: Monday, 2 May 2022")
    assert not is_furniture("The envoy said other news would follow after the talks in Geneva.")
    assert not is_furniture("Share prices fell in Damascus after the decision was announced.")


def test_date_lines_in_both_languages():
    assert date_line("September 17, 2024") == ("2024-09-17", "")
    assert date_line("14 March 2019 In Coalition News")[0] == "2019-03-14"
    assert date_line("١٤ آذار ٢٠١٩")[0] == "2019-03-14"
    assert date_line("2024-12-19")[0] == "2024-12-19"
    assert date_line("Thursday, 3 October 2019")[0] == "2019-10-03"
    assert date_line("date 2025-09-15 Amman, the minister said")[0] == "2025-09-15"
    assert date_line("The resolution 2254 was adopted in December 2015 by the council.") is None


def test_dateline_sets_published_only_when_missing():
    a = run("Talks in Doha\nMarch 3, 2023\n\nThe delegations met in Doha yesterday.")
    assert a.published == "2023-03-03" and "March 3, 2023" not in a.text
    b = run("Talks in Doha\nMarch 3, 2023\n\nThe delegations met in Doha yesterday.", published="2023-03-04")
    assert b.published == "2023-03-04"


def test_dateline_deep_in_the_article_is_not_the_publication_date():
    body = "\n\n".join(f"Paragraph {i} says that the envoys kept talking about the crossings." for i in range(15))
    a = run("Headline about talks\n\n" + body + "\n\nMay 5, 2021")
    assert a.published is None


def test_published_normalised():
    assert normalise_published("2017-02-24T10:00:00Z") == "2017-02-24"
    assert normalise_published("March 3, 2023") == "2023-03-03"
    assert normalise_published("soon") is None


def test_repeated_lines_kept_once():
    a = run("Envoy meets minister in Rome\nEnvoy meets minister in Rome\n\nThe envoy met the minister in Rome.")
    assert a.text.count("Envoy meets minister in Rome") == 1


def test_unsupported_language_is_flagged_not_crashed():
    a = run("Le ministre des affaires étrangères a rencontré l'envoyé spécial des Nations unies à Genève mardi.")
    assert a.language == "fr" and a.supported is False and a.notes


def test_sentences_respect_abbreviations_and_arabic_punctuation():
    a = run("Mr. Smith met U.S. officials on Oct. 3. He left for Amman. Then talks resumed!\n"
            "قال الوزير إن المحادثات مثمرة. وأضاف أن الوفد سيعود؟ نعم.")
    texts = [a.text[s.start:s.end] for s in a.sentences]
    assert texts[0] == "Mr. Smith met U.S. officials on Oct. 3."
    assert texts[1] == "He left for Amman."
    assert "قال الوزير إن المحادثات مثمرة." in texts
    assert all(a.text[s.start:s.end].strip() == a.text[s.start:s.end] for s in a.sentences)


def test_language_option_forces():
    p = Pipeline(["clean", "language"], context=Context(options={"lang": "ar"}))
    a = p(Article(id="x", source="x", raw="Some English text about a meeting in Geneva."))
    assert a.language == "ar"
