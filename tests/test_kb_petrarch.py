"""The importer of openeventdata / TABARI actor dictionaries."""

from pathlib import Path

import pytest

from communique.errors import KnowledgeBaseError
from communique.kb import KnowledgeBase, load_default_kb
from communique.kb.petrarch import ImportReport, load_dictionary

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "dictionaries"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/dictionaries is absent")


def _by_name(path, **kw):
    return {a.name: a for a in load_dictionary(path, **kw)}


def test_small_dictionary_maps_names_synonyms_codes_and_dates():
    rep = ImportReport()
    actors = _by_name(DATA / "small.actors.txt", report=rep)
    assert rep.skipped == [] and rep.entries == 6

    syria = actors["Syria"]
    assert (syria.id, syria.type, syria.country) == ("country:SYR", "GPE", "SYR")
    assert syria.aliases == ["Syrian Arab Republic"] and syria.aliases_ar == ["سوريا"]
    assert syria.roles == []  # a bare country code is the actor's country, not a role

    muallem = actors["Walid Al-Muallem"]
    assert (muallem.type, muallem.country) == ("PERSON", "SYR")
    assert muallem.aliases == ["Walid Muallem"] and muallem.aliases_ar == ["وليد المعلم"]
    (role,) = muallem.roles
    assert (role.title, role.org, role.start, role.end) == ("government", "country:SYR", "2006-02-11", "2020-11-16")

    brahimi = actors["Lakhdar Brahimi"]
    assert brahimi.type == "PERSON" and brahimi.country == "DZA"
    assert [(r.org, r.start, r.end) for r in brahimi.roles] == [
        ("country:DZA", "1991-01-01", "1993-12-31"), ("org:un", "2012-09-01", None), (None, None, None)]
    assert brahimi.roles[2].title == "elite"

    crescent = actors["Syrian Arab Red Crescent"]
    assert crescent.type == "ORG" and crescent.roles[0].title == "non-governmental organisation"
    assert actors["U.N. Security Council"].extra["cameo"] == ["IGOUNO"]

    arabic = actors["هيئة التفاوض السورية"]
    assert arabic.name_ar == "هيئة التفاوض السورية" and arabic.roles[0].title == "opposition"


def test_malformed_lines_are_skipped_and_counted_with_their_line():
    rep = ImportReport()
    actors = _by_name(DATA / "malformed.actors.txt", report=rep)
    assert [ln for ln, _ in rep.skipped] == [3, 6, 8]
    assert "before any entry" in rep.skipped[0][1]
    assert set(actors) == {"Good Entry", "Second Entry", "Third Entry"}
    assert [(r.start, r.end) for r in actors["Third Entry"].roles] == [("2012-08-02", None)]


def test_strict_mode_names_file_and_line():
    with pytest.raises(KnowledgeBaseError, match=r"malformed\.actors\.txt:3: synonym before any entry"):
        list(load_dictionary(DATA / "malformed.actors.txt", strict=True))


def test_missing_file_is_a_knowledge_base_error(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        list(load_dictionary(tmp_path / "absent.txt"))


def test_dictionary_extends_the_knowledge_base_through_load():
    kb = KnowledgeBase()
    kb.load(DATA / "small.actors.txt")
    assert [a.id for a in kb.lookup("Walid Muallem")] == ["person:walid-al-muallem"]
    assert [a.id for a in kb.lookup("وليد المعلم", "ar")] == ["person:walid-al-muallem"]
    # the shipped knowledge base plus a user file: the country gains the file's synonyms
    both = load_default_kb((str(DATA / "small.actors.txt"),))
    assert both.get("country:SYR").name == "Syria"
    assert len(both) > len(load_default_kb())


@needs_shared
@pytest.mark.parametrize("fname,least", [("Phoenix.Countries.actors.txt", 15000),
                                         ("Phoenix.International.actors.txt", 7000),
                                         ("Phoenix.MilNonState.actors.txt", 900),
                                         ("arabic_actors_v4.txt", 5000)])
def test_public_dictionaries_load(fname, least):
    rep = ImportReport()
    actors = list(load_dictionary(SHARED / fname, report=rep))
    assert len(actors) >= least
    # the public files hold a few dozen malformed lines at most; everything else is read
    assert len(rep.skipped) < 0.01 * rep.roles


@needs_shared
def test_phoenix_assad_and_arabic_maliki():
    countries = {a.id: a for a in load_dictionary(SHARED / "Phoenix.Countries.actors.txt")}
    assad = countries["person:bashar-al-assad"]
    assert any(r.title == "government" and r.org == "country:SYR" and r.start == "2000-07-17" for r in assad.roles)
    assert "Kabul" in countries["country:AFG"].aliases
    arabic = [a for a in load_dictionary(SHARED / "arabic_actors_v4.txt") if a.name == "نوري المالكي"]
    assert arabic and all(a.type == "PERSON" and a.country == "IRQ" for a in arabic)


@needs_shared
def test_agent_dictionary_holds_no_actors():
    rep = ImportReport()
    actors = list(load_dictionary(SHARED / "Phoenix.agents.txt", report=rep))
    assert rep.agents > 2000 and len(actors) < 10


def test_knowledge_base_load_warns_about_skipped_lines(caplog):
    kb = KnowledgeBase()
    with caplog.at_level("WARNING"):
        kb.load(DATA / "malformed.actors.txt")
    assert "3 malformed line(s) skipped" in caplog.text and "line 3" in caplog.text
    assert len(kb) == 3
