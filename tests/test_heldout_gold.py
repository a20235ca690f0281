"""The held-out corpus (examples/heldout) and its gold annotations agree with each other.

examples/heldout is measured on, never tuned on (see examples/README.md). A slip in its gold
would make the generalisation figure meaningless, so it gets the same checks as the example
corpus: variants and evidence verbatim, participants and speakers listed as actors, PLOVER
types, valid dates, same_event references that exist. It must also stay disjoint from the
example corpus: no file and no meeting shared with examples/articles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.textnorm import has_arabic, norm
from test_examples_gold import (ACTOR_TYPES, ARTICLES as EXAMPLE_ARTICLES, GOLD as EXAMPLE_GOLD, LATIN_LETTER,
                                PLOVER, gold_as_readouts, html_article_text, html_meta, valid_date)

HELDOUT = Path(__file__).resolve().parents[1] / "examples" / "heldout"
ARTICLES = HELDOUT / "articles"
GOLD_PATH = HELDOUT / "heldout.gold.json"


def load_texts() -> tuple[dict[str, str], dict[str, str]]:
    """(file name -> article text as an annotator reads it, file name -> 'txt'|'html')."""
    texts: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for path in sorted(ARTICLES.iterdir()):
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".txt":
            texts[path.name], kinds[path.name] = raw, "txt"
        elif path.suffix == ".html":
            texts[path.name], kinds[path.name] = html_article_text(raw), "html"
        else:
            raise AssertionError(f"unexpected file in examples/heldout/articles: {path.name}")
    return texts, kinds


GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
TEXTS, KINDS = load_texts()
DOCS = {d["doc"]: d for d in GOLD["documents"]}
DOC_IDS = [d["doc"] for d in GOLD["documents"]]


def test_format_and_unique_docs():
    assert GOLD["format"] == "gold-v1"
    assert isinstance(GOLD["notes"], list) and GOLD["notes"]
    assert len(DOC_IDS) == len(set(DOC_IDS)), "a document is annotated twice"
    for d in GOLD["documents"]:
        assert set(d) == {"doc", "lang", "title", "published", "actors", "roles", "meetings", "statements"}, d["doc"]


def test_every_document_exists_and_every_article_is_annotated():
    assert set(DOCS) - set(TEXTS) == set(), "gold names documents that are not in examples/heldout/articles"
    assert set(TEXTS) - set(DOCS) == set(), "held-out articles without gold annotations"


def test_composition():
    langs = Counter(d["lang"] for d in GOLD["documents"])
    assert langs == Counter({"en": 7, "ar": 7})
    assert Counter(KINDS.values())["html"] >= 1
    pairs = {frozenset(ref.split("#")[0] for ref in group) for group in GOLD["same_event"]}
    assert len(pairs) >= 2, "at least two EN/AR pairs report the same meeting"
    assert any(m["location"] is None for d in GOLD["documents"] for m in d["meetings"]), "a phone call"


def test_disjoint_from_the_example_corpus():
    """Held out means unseen: no shared file, and no example meeting reported again."""
    assert not set(TEXTS) & {p.name for p in EXAMPLE_ARTICLES.iterdir()}
    seen = {(frozenset(m["participants"]), m["date"]) for d in EXAMPLE_GOLD["documents"] for m in d["meetings"]}
    for d in GOLD["documents"]:
        for i, m in enumerate(d["meetings"]):
            assert (frozenset(m["participants"]), m["date"]) not in seen, f"{d['doc']}#{i} is an example meeting"


@pytest.mark.parametrize("doc", DOC_IDS)
def test_article_length_and_language(doc):
    text = TEXTS[doc]
    words = len(re.findall(r"\w+", text))
    assert 150 <= words <= 400, f"{doc}: {words} words"
    arabic_letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    assert (arabic_letters > len(LATIN_LETTER.findall(text))) == (DOCS[doc]["lang"] == "ar")


@pytest.mark.parametrize("doc", DOC_IDS)
def test_variants_and_evidence_are_verbatim(doc):
    g, text = DOCS[doc], TEXTS[doc]
    for a in g["actors"]:
        assert a["variants"], f"{doc}: {a['canonical']} has no variants"
        for v in a["variants"]:
            assert v in text, f"{doc}: variant {v!r} of {a['canonical']} is not in the text"
            assert has_arabic(v) == (g["lang"] == "ar"), f"{doc}: {v!r} in the wrong script"
    for i, m in enumerate(g["meetings"]):
        assert m["evidence"] in text, f"{doc}: meeting #{i} evidence is not verbatim"
    assert g["title"] is None or g["title"] in text, f"{doc}: title is not the article's headline"


@pytest.mark.parametrize("doc", DOC_IDS)
def test_actors_are_well_formed(doc):
    g = DOCS[doc]
    canon = [a["canonical"] for a in g["actors"]]
    assert len(canon) == len(set(canon)), f"{doc}: an actor is listed twice"
    owner: dict[str, str] = {}
    for a in g["actors"]:
        assert a["type"] in ACTOR_TYPES, f"{doc}: {a['canonical']} has type {a['type']}"
        assert not has_arabic(a["canonical"]), f"{doc}: canonical {a['canonical']!r} is not Latin script"
        for v in a["variants"]:
            k = norm(v)
            assert k, f"{doc}: variant {v!r} normalises to nothing"
            assert owner.setdefault(k, a["canonical"]) == a["canonical"], \
                f"{doc}: {v!r} normalises like a variant of {owner[k]}"


def test_canonical_names_agree_with_each_other_and_with_the_examples():
    types: dict[str, set[str]] = {}
    for d in GOLD["documents"] + EXAMPLE_GOLD["documents"]:
        for a in d["actors"]:
            types.setdefault(a["canonical"], set()).add(a["type"])
    assert {c: t for c, t in types.items() if len(t) > 1} == {}


@pytest.mark.parametrize("doc", DOC_IDS)
def test_references_point_at_listed_actors(doc):
    g = DOCS[doc]
    kinds = {a["canonical"]: a["type"] for a in g["actors"]}
    for r in g["roles"]:
        assert kinds.get(r["person"]) == "PERSON", f"{doc}: role holder {r['person']} is not a PERSON actor"
        assert r["title"].strip()
        assert r["org"] is None or r["org"] in kinds, f"{doc}: role org {r['org']} is not an actor here"
    for i, m in enumerate(g["meetings"]):
        assert len(m["participants"]) >= 2, f"{doc}: meeting #{i} needs two sides"
        assert len(set(m["participants"])) == len(m["participants"])
        for p in m["participants"]:
            assert p in kinds, f"{doc}: meeting #{i} participant {p} is not an actor"
        if m["location"] is not None:
            assert kinds.get(m["location"]) in {"GPE", "LOC", "FAC"}, f"{doc}: meeting #{i} place {m['location']}"
    for s in g["statements"]:
        assert s["speaker"] in kinds, f"{doc}: speaker {s['speaker']} is not an actor"
        assert s["type"] in PLOVER - {"CONSULT"}, f"{doc}: {s['type']} is not a PLOVER statement type"
        assert s["about"].strip()


@pytest.mark.parametrize("doc", DOC_IDS)
def test_dates_are_well_formed(doc):
    g = DOCS[doc]
    pub = g["published"]
    assert pub is None or (valid_date(pub) and len(pub) == 10), f"{doc}: published {pub!r}"
    if KINDS[doc] == "html":
        page = (ARTICLES / doc).read_text(encoding="utf-8")
        meta = html_meta(page, "article:published_time") or html_meta(page, "date")
        assert meta and meta[:10] == pub, f"{doc}: published differs from the page's meta date"
    for i, m in enumerate(g["meetings"]):
        if m["date"] is None:
            continue
        assert valid_date(m["date"]), f"{doc}: meeting #{i} date {m['date']!r}"
        assert pub is None or m["date"] <= pub, f"{doc}: meeting #{i} is dated after publication"


def test_same_event_references_exist():
    seen: set[str] = set()
    for group in GOLD["same_event"]:
        assert len(group) >= 2
        langs, parts = set(), []
        for ref in group:
            doc, _, idx = ref.rpartition("#")
            assert doc in DOCS, f"same_event names unknown document {doc}"
            assert idx.isdigit() and int(idx) < len(DOCS[doc]["meetings"]), f"same_event: no meeting {ref}"
            assert ref not in seen, f"{ref} is in two same_event groups"
            seen.add(ref)
            langs.add(DOCS[doc]["lang"])
            m = DOCS[doc]["meetings"][int(idx)]
            parts.append((set(m["participants"]), m["date"]))
        assert langs == {"en", "ar"}, f"{group}: not a cross-language pair"
        assert len(set.intersection(*(p for p, _ in parts))) >= 2, f"{group}: participants do not agree"
        assert len({d for _, d in parts}) == 1, f"{group}: dates do not agree"


def test_gold_scores_perfectly_against_itself():
    s = evaluate(GOLD, gold_as_readouts(GOLD, TEXTS))
    assert s["missing_readouts"] == []
    assert s["entities"]["f1"] == 1.0
    assert s["meetings"]["f1"] == 1.0 and s["meeting_participants"]["f1"] == 1.0
    assert s["statements"]["f1"] == 1.0 and s["roles"]["f1"] == 1.0
    assert s["meeting_location_acc"] == 1.0 and s["meeting_date_acc"] == 1.0
    assert s["linking_arabic_to_latin"] == 1.0


def test_a_wrong_readout_scores_below_one():
    readouts = gold_as_readouts(GOLD, TEXTS)
    readouts[0]["events"] = [e for e in readouts[0]["events"] if e["type"] != "CONSULT"]
    assert evaluate(GOLD, readouts)["meetings"]["f1"] < 1.0
