"""The project's own annotated corpora and their gold annotations agree with each other.

Two corpora: examples/ (the demo corpus and fixtures, tuned on) and examples/heldout/
(measured on, never tuned on: see examples/README.md). A slip in either gold file (a variant
that is not in the text, a participant who is not an actor, a same_event reference to a
meeting that does not exist) silently distorts every score. The articles are read the way an
annotator reads them: .txt as written, .html through its <article> element, .jsonl by record.
"""

from __future__ import annotations

import calendar
import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.goldtools import readouts_from_gold
from communique.textnorm import has_arabic, norm

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "INSTRUMENT", "EVENT"}
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LATIN_LETTER = re.compile(r"[A-Za-z]")


class _ArticleText(HTMLParser):
    """Collects the text inside <article>…</article>: the body an annotator reads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "h1", "h2", "h3", "li", "br", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def html_article_text(page: str) -> str:
    p = _ArticleText()
    p.feed(page)
    return html.unescape("".join(p.parts))


def html_meta(page: str, name: str) -> str | None:
    m = re.search(r'<meta[^>]+(?:name|property)="%s"[^>]+content="([^"]+)"' % re.escape(name), page)
    return m.group(1) if m else None


def valid_date(s: str) -> bool:
    m = DATE.match(s)
    if not m:
        return False
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo and not 1 <= int(mo) <= 12:
        return False
    if d and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]:
        return False
    return 2012 <= int(y) <= 2025


@dataclass
class Corpus:
    name: str
    articles: Path
    gold_path: Path
    max_words: int
    gold: dict = field(init=False)
    texts: dict[str, str] = field(init=False, default_factory=dict)
    kinds: dict[str, str] = field(init=False, default_factory=dict)
    records: dict[str, dict] = field(init=False, default_factory=dict)

    def __post_init__(self):
        self.gold = json.loads(self.gold_path.read_text(encoding="utf-8"))
        for path in sorted(self.articles.iterdir()):
            raw = path.read_text(encoding="utf-8")
            if path.suffix == ".txt":
                self.texts[path.name], self.kinds[path.name] = raw, "txt"
            elif path.suffix == ".html":
                self.texts[path.name], self.kinds[path.name] = html_article_text(raw), "html"
            elif path.suffix == ".jsonl":
                for line in raw.splitlines():
                    if line.strip():
                        rec = json.loads(line)
                        assert rec["id"] not in self.texts, f"duplicate record id {rec['id']}"
                        self.texts[rec["id"]], self.kinds[rec["id"]] = rec["text"], "jsonl"
                        self.records[rec["id"]] = rec
            else:
                raise AssertionError(f"unexpected file in {self.articles}: {path.name}")

    @property
    def docs(self) -> dict[str, dict]:
        return {d["doc"]: d for d in self.gold["documents"]}


CORPORA = {
    "examples": Corpus("examples", EXAMPLES / "articles", EXAMPLES / "gold" / "examples.gold.json", 450),
    "heldout": Corpus("heldout", EXAMPLES / "heldout" / "articles", EXAMPLES / "heldout" / "heldout.gold.json", 400),
}
EXAMPLE, HELDOUT = CORPORA["examples"], CORPORA["heldout"]
ALL_DOCS = [(c, d) for c in CORPORA for d in CORPORA[c].docs]


@pytest.fixture(params=list(CORPORA))
def corpus(request) -> Corpus:
    return CORPORA[request.param]


def test_format_and_unique_docs(corpus):
    g = corpus.gold
    assert g["format"] == "gold-v1" and isinstance(g["notes"], list) and g["notes"]
    names = [d["doc"] for d in g["documents"]]
    assert len(names) == len(set(names)), "a document is annotated twice"
    for d in g["documents"]:
        assert set(d) == {"doc", "lang", "title", "published", "actors", "roles", "meetings", "statements"}, d["doc"]


def test_every_document_exists_and_every_article_is_annotated(corpus):
    assert set(corpus.docs) - set(corpus.texts) == set(), "gold names documents that are not articles"
    assert set(corpus.texts) - set(corpus.docs) == set(), "articles without gold annotations"


def test_example_corpus_composition():
    langs = Counter(d["lang"] for d in EXAMPLE.gold["documents"])
    assert langs["en"] >= 8 and langs["ar"] >= 8 and set(langs) == {"en", "ar"}
    kinds = Counter(EXAMPLE.kinds.values())
    assert kinds["html"] >= 2 and kinds["jsonl"] >= 3
    pairs = {frozenset(ref.split("#")[0] for ref in group) for group in EXAMPLE.gold["same_event"]}
    assert len(pairs) >= 4, "at least four EN/AR pairs report the same meeting"


def test_heldout_composition():
    langs = Counter(d["lang"] for d in HELDOUT.gold["documents"])
    assert langs == Counter({"en": 7, "ar": 7})
    assert Counter(HELDOUT.kinds.values())["html"] >= 1
    pairs = {frozenset(ref.split("#")[0] for ref in group) for group in HELDOUT.gold["same_event"]}
    assert len(pairs) >= 2, "at least two EN/AR pairs report the same meeting"
    assert any(m["location"] is None for d in HELDOUT.gold["documents"] for m in d["meetings"]), "a phone call"


def test_heldout_is_disjoint_from_the_example_corpus():
    """Held out means unseen: no shared file, and no example meeting reported again."""
    assert not set(HELDOUT.texts) & set(EXAMPLE.texts)
    seen = {(frozenset(m["participants"]), m["date"]) for d in EXAMPLE.gold["documents"] for m in d["meetings"]}
    for d in HELDOUT.gold["documents"]:
        for i, m in enumerate(d["meetings"]):
            assert (frozenset(m["participants"]), m["date"]) not in seen, f"{d['doc']}#{i} is an example meeting"


@pytest.mark.parametrize("name,doc", ALL_DOCS)
def test_article_length_and_language(name, doc):
    c = CORPORA[name]
    text = c.texts[doc]
    words = len(re.findall(r"\w+", text))
    assert 150 <= words <= c.max_words, f"{doc}: {words} words"
    arabic_letters = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    assert (arabic_letters > len(LATIN_LETTER.findall(text))) == (c.docs[doc]["lang"] == "ar")


@pytest.mark.parametrize("name,doc", ALL_DOCS)
def test_variants_and_evidence_are_verbatim(name, doc):
    c = CORPORA[name]
    g, text = c.docs[doc], c.texts[doc]
    for a in g["actors"]:
        assert a["variants"], f"{doc}: {a['canonical']} has no variants"
        for v in a["variants"]:
            assert v in text, f"{doc}: variant {v!r} of {a['canonical']} is not in the text"
            # the script of a surface form follows the article's language
            assert has_arabic(v) == (g["lang"] == "ar"), f"{doc}: {v!r} in the wrong script"
    for i, m in enumerate(g["meetings"]):
        assert m["evidence"] in text, f"{doc}: meeting #{i} evidence is not verbatim"
    assert g["title"] is None or g["title"] in text, f"{doc}: title is not the article's headline"


@pytest.mark.parametrize("name,doc", ALL_DOCS)
def test_actors_are_well_formed(name, doc):
    g = CORPORA[name].docs[doc]
    canon = [a["canonical"] for a in g["actors"]]
    assert len(canon) == len(set(canon)), f"{doc}: an actor is listed twice"
    owner: dict[str, str] = {}
    for a in g["actors"]:
        assert a["type"] in ACTOR_TYPES, f"{doc}: {a['canonical']} has type {a['type']}"
        assert not has_arabic(a["canonical"]), f"{doc}: canonical {a['canonical']!r} is not Latin script"
        for v in a["variants"]:
            k = norm(v)
            assert k, f"{doc}: variant {v!r} normalises to nothing"
            # the scorer matches through normalised variants: one form must name one actor
            assert owner.setdefault(k, a["canonical"]) == a["canonical"], \
                f"{doc}: {v!r} normalises like a variant of {owner[k]}"


def test_canonical_names_have_one_type_across_both_corpora():
    types: dict[str, set[str]] = {}
    for c in CORPORA.values():
        for d in c.gold["documents"]:
            for a in d["actors"]:
                types.setdefault(a["canonical"], set()).add(a["type"])
    assert {n: t for n, t in types.items() if len(t) > 1} == {}


@pytest.mark.parametrize("name,doc", ALL_DOCS)
def test_references_point_at_listed_actors(name, doc):
    c = CORPORA[name]
    g = c.docs[doc]
    kinds = {a["canonical"]: a["type"] for a in g["actors"]}
    everywhere = {a["canonical"] for d in c.gold["documents"] for a in d["actors"]}
    for r in g["roles"]:
        assert kinds.get(r["person"]) == "PERSON", f"{doc}: role holder {r['person']} is not a PERSON actor"
        assert r["title"].strip()
        assert r["org"] is None or r["org"] in everywhere, f"{doc}: role org {r['org']} is unknown"
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


@pytest.mark.parametrize("name,doc", ALL_DOCS)
def test_dates_are_well_formed(name, doc):
    c = CORPORA[name]
    g = c.docs[doc]
    pub = g["published"]
    assert pub is None or (valid_date(pub) and len(pub) == 10), f"{doc}: published {pub!r}"
    if c.kinds[doc] == "jsonl":
        assert c.records[doc]["published"] == pub, f"{doc}: published differs from the record"
    if c.kinds[doc] == "html":
        page = (c.articles / doc).read_text(encoding="utf-8")
        meta = html_meta(page, "article:published_time") or html_meta(page, "date")
        assert meta and meta[:10] == pub, f"{doc}: published differs from the page's meta date"
    for i, m in enumerate(g["meetings"]):
        if m["date"] is None:
            continue
        assert valid_date(m["date"]), f"{doc}: meeting #{i} date {m['date']!r}"
        assert pub is None or m["date"] <= pub, f"{doc}: meeting #{i} is dated after publication"
        if not pub:  # no anchor: only an absolute date in the text can give the year
            year = m["date"][:4]
            assert year in c.texts[doc] or year.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) in c.texts[doc]


def test_same_event_references_exist(corpus):
    docs = corpus.docs
    seen: set[str] = set()
    for group in corpus.gold["same_event"]:
        assert len(group) >= 2
        langs, parts = set(), []
        for ref in group:
            doc, _, idx = ref.rpartition("#")
            assert doc in docs, f"same_event names unknown document {doc}"
            assert idx.isdigit() and int(idx) < len(docs[doc]["meetings"]), f"same_event: no meeting {ref}"
            assert ref not in seen, f"{ref} is in two same_event groups"
            seen.add(ref)
            langs.add(docs[doc]["lang"])
            parts.append(set(docs[doc]["meetings"][int(idx)]["participants"]))
        assert langs == {"en", "ar"}, f"{group}: not a cross-language pair"
        # the same meeting has the same people, under the same canonical names
        assert len(set.intersection(*parts)) >= 2, f"{group}: participants do not agree"


def test_role_history_names_known_actors(corpus):
    everywhere = {a["canonical"] for d in corpus.gold["documents"] for a in d["actors"]}
    for h in corpus.gold.get("role_history", []):
        if "held_by" in h:
            holders = [n for n, _ in h["held_by"]]
            assert len(holders) >= 2 and all(n in everywhere for n in holders), h
            dates = [d for _, d in h["held_by"]]
        else:
            assert h["person"] in everywhere and h["held"], h
            dates = [d for _, d in h["held"]]
        assert all(valid_date(d) for d in dates) and dates == sorted(dates), h


def test_gold_scores_perfectly_against_itself(corpus):
    s = evaluate(corpus.gold, readouts_from_gold(corpus.gold, corpus.texts))
    assert s["missing_readouts"] == []
    for k in ("entities", "meetings", "meeting_participants", "statements", "roles"):
        assert s[k]["f1"] == 1.0, k
    assert s["meeting_location_acc"] == 1.0 and s["meeting_date_acc"] == 1.0
    assert s["linking_arabic_to_latin"] == 1.0


def test_a_wrong_readout_scores_below_one(corpus):
    """The self-check above could pass vacuously; readouts missing an actor or the meetings must not."""
    readouts = readouts_from_gold(corpus.gold, corpus.texts)
    # all but one actor of a document: one actor alone is lost in the rounding of a large corpus
    readouts[0]["entities"] = readouts[0]["entities"][:1]
    readouts[1]["events"] = [e for e in readouts[1]["events"] if e["type"] != "CONSULT"]
    s = evaluate(corpus.gold, readouts)
    assert s["entities"]["f1"] < 1.0
    assert s["meetings"]["f1"] < 1.0 or not corpus.gold["documents"][1]["meetings"]
