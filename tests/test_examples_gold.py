"""The example corpus and its gold annotations agree with each other.

examples/gold/examples.gold.json is what the project's extraction is measured on, so a slip in
it (a variant that is not in the text, a participant who is not an actor, a same_event
reference to a meeting that does not exist) silently distorts every score. These tests read
the articles the way an annotator does: .txt as written, .html through its <article> element,
.jsonl record by record.
"""

from __future__ import annotations

import calendar
import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.textnorm import has_arabic, norm

ROOT = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = ROOT / "articles"
GOLD_PATH = ROOT / "gold" / "examples.gold.json"

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "INSTRUMENT", "EVENT"}
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
LATIN_LETTER = re.compile(r"[A-Za-z]")


class _ArticleText(HTMLParser):
    """Collects the text inside <article>…</article>: the body an annotator reads."""

    def __init__(self) -> None:
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


def load_texts() -> tuple[dict[str, str], dict[str, str]]:
    """(doc key -> article text, doc key -> format) for every article in examples/articles."""
    texts: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".txt":
            texts[path.name] = path.read_text(encoding="utf-8")
            kinds[path.name] = "txt"
        elif path.suffix == ".html":
            texts[path.name] = html_article_text(path.read_text(encoding="utf-8"))
            kinds[path.name] = "html"
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    assert rec["id"] not in texts, f"duplicate record id {rec['id']}"
                    texts[rec["id"]] = rec["text"]
                    kinds[rec["id"]] = "jsonl"
    return texts, kinds


GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
TEXTS, KINDS = load_texts()
DOCS = {d["doc"]: d for d in GOLD["documents"]}


def doc_ids():
    return [d["doc"] for d in GOLD["documents"]]


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


def test_format_and_unique_docs():
    assert GOLD["format"] == "gold-v1"
    assert isinstance(GOLD["notes"], list) and GOLD["notes"]
    names = [d["doc"] for d in GOLD["documents"]]
    assert len(names) == len(set(names)), "a document is annotated twice"
    for d in GOLD["documents"]:
        assert set(d) == {"doc", "lang", "title", "published", "actors", "roles", "meetings", "statements"}, d["doc"]


def test_every_document_exists_and_every_article_is_annotated():
    assert set(DOCS) - set(TEXTS) == set(), "gold names documents that are not in examples/articles"
    assert set(TEXTS) - set(DOCS) == set(), "articles without gold annotations"


def test_corpus_composition():
    langs = Counter(d["lang"] for d in GOLD["documents"])
    assert langs["en"] >= 8 and langs["ar"] >= 8 and set(langs) == {"en", "ar"}
    kinds = Counter(KINDS.values())
    assert kinds["html"] >= 2 and kinds["jsonl"] >= 3
    pairs = {frozenset(ref.split("#")[0] for ref in group) for group in GOLD["same_event"]}
    assert len(pairs) >= 4, "at least four EN/AR pairs report the same meeting"


@pytest.mark.parametrize("doc", doc_ids())
def test_article_length_and_language(doc):
    text = TEXTS[doc]
    words = len(re.findall(r"\w+", text))
    assert 150 <= words <= 450, f"{doc}: {words} words"
    arabic_letters = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin_letters = len(LATIN_LETTER.findall(text))
    assert (arabic_letters > latin_letters) == (DOCS[doc]["lang"] == "ar")


@pytest.mark.parametrize("doc", doc_ids())
def test_variants_and_evidence_are_verbatim(doc):
    g, text = DOCS[doc], TEXTS[doc]
    for a in g["actors"]:
        assert a["variants"], f"{doc}: {a['canonical']} has no variants"
        for v in a["variants"]:
            assert v in text, f"{doc}: variant {v!r} of {a['canonical']} is not in the text"
            # the script of a surface form follows the article's language
            assert has_arabic(v) == (g["lang"] == "ar"), f"{doc}: {v!r} in the wrong script"
    for i, m in enumerate(g["meetings"]):
        assert m["evidence"] in text, f"{doc}: meeting #{i} evidence is not verbatim"
    if g["title"] is not None:
        assert g["title"] in text, f"{doc}: title is not the article's headline"


@pytest.mark.parametrize("doc", doc_ids())
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
            # the scorer matches through normalised variants: one form must name one actor
            assert owner.setdefault(k, a["canonical"]) == a["canonical"], \
                f"{doc}: {v!r} normalises like a variant of {owner[k]}"


def test_canonical_names_agree_across_documents():
    types: dict[str, set[str]] = {}
    for d in GOLD["documents"]:
        for a in d["actors"]:
            types.setdefault(a["canonical"], set()).add(a["type"])
    assert {c: t for c, t in types.items() if len(t) > 1} == {}


@pytest.mark.parametrize("doc", doc_ids())
def test_references_point_at_listed_actors(doc):
    g = DOCS[doc]
    kinds = {a["canonical"]: a["type"] for a in g["actors"]}
    everywhere = {a["canonical"] for d in GOLD["documents"] for a in d["actors"]}
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


@pytest.mark.parametrize("doc", doc_ids())
def test_dates_are_well_formed(doc):
    g = DOCS[doc]
    pub = g["published"]
    if pub is not None:
        assert valid_date(pub) and len(pub) == 10, f"{doc}: published {pub!r}"
    if KINDS[doc] == "jsonl":
        rec_pub = next(json.loads(line)["published"] for line in (ARTICLES / "records.jsonl").open(encoding="utf-8")
                       if line.strip() and json.loads(line)["id"] == doc)
        assert rec_pub == pub, f"{doc}: published differs from the record"
    if KINDS[doc] == "html":
        page = (ARTICLES / doc).read_text(encoding="utf-8")
        meta = html_meta(page, "article:published_time") or html_meta(page, "date")
        assert meta and meta[:10] == pub, f"{doc}: published differs from the page's meta date"
    for i, m in enumerate(g["meetings"]):
        if m["date"] is None:
            continue
        assert valid_date(m["date"]), f"{doc}: meeting #{i} date {m['date']!r}"
        if pub:
            assert m["date"] <= pub, f"{doc}: meeting #{i} is dated after publication"
        else:
            # no anchor: only an absolute date in the text can give a day
            assert m["date"][:4] in TEXTS[doc] or m["date"][:4].translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) in TEXTS[doc]


def test_same_event_references_exist():
    seen: set[str] = set()
    for group in GOLD["same_event"]:
        assert len(group) >= 2
        langs = set()
        parts = []
        for ref in group:
            doc, _, idx = ref.rpartition("#")
            assert doc in DOCS, f"same_event names unknown document {doc}"
            assert idx.isdigit() and int(idx) < len(DOCS[doc]["meetings"]), f"same_event: no meeting {ref}"
            assert ref not in seen, f"{ref} is in two same_event groups"
            seen.add(ref)
            langs.add(DOCS[doc]["lang"])
            parts.append(set(DOCS[doc]["meetings"][int(idx)]["participants"]))
        assert langs == {"en", "ar"}, f"{group}: a cross-language pair"
        # the same meeting has the same people, under the same canonical names
        assert len(set.intersection(*parts)) >= 2, f"{group}: participants do not agree"


def test_role_history_names_known_actors():
    everywhere = {a["canonical"] for d in GOLD["documents"] for a in d["actors"]}
    for h in GOLD["role_history"]:
        if "held_by" in h:
            holders = [name for name, _ in h["held_by"]]
            assert len(holders) >= 2 and all(n in everywhere for n in holders), h
            dates = [d for _, d in h["held_by"]]
        else:
            assert h["person"] in everywhere and h["held"], h
            dates = [d for _, d in h["held"]]
        assert all(valid_date(d) for d in dates) and dates == sorted(dates), h


def gold_as_readouts(gold: dict) -> list[dict]:
    """A readout that says exactly what the gold says: must score 1.0 everywhere."""
    out = []
    for g in gold["documents"]:
        eid = {a["canonical"]: f"E{i}" for i, a in enumerate(g["actors"], 1)}
        ents = [{"id": eid[a["canonical"]], "type": a["type"], "name": a["canonical"],
                 "aliases": a["variants"], "kb_id": None, "mentions": []} for a in g["actors"]]
        roles = [{"person": eid[r["person"]], "title": r["title"], "org": eid.get(r["org"]),
                  "evidence": {"start": 0, "end": 0}} for r in g["roles"]]
        events = [{"id": f"V{i}", "type": "CONSULT", "mode": None,
                   "participants": [eid[p] for p in m["participants"]],
                   "location": eid.get(m["location"]), "date": m["date"], "evidence": []}
                  for i, m in enumerate(g["meetings"])]
        events += [{"id": f"S{i}", "type": s["type"], "mode": None, "actor": eid[s["speaker"]],
                    "target": None, "about": [], "quote": None, "date": None, "evidence": []}
                   for i, s in enumerate(g["statements"])]
        out.append({"schema": "communique.readout/1",
                    "doc": {"id": g["doc"], "source": g["doc"], "title": g["title"], "language": g["lang"],
                            "published": g["published"], "text": TEXTS[g["doc"]]},
                    "entities": ents, "roles": roles, "events": events})
    return out


def test_gold_scores_perfectly_against_itself():
    s = evaluate(GOLD, gold_as_readouts(GOLD))
    assert s["missing_readouts"] == []
    assert s["entities"]["f1"] == 1.0
    assert s["meetings"]["f1"] == 1.0 and s["meeting_participants"]["f1"] == 1.0
    assert s["statements"]["f1"] == 1.0 and s["roles"]["f1"] == 1.0
    assert s["meeting_location_acc"] == 1.0 and s["meeting_date_acc"] == 1.0
    assert s["linking_arabic_to_latin"] == 1.0


def test_a_wrong_readout_scores_below_one():
    """The self-check above could pass vacuously; a readout missing one actor must not."""
    readouts = gold_as_readouts(GOLD)
    readouts[0]["entities"] = readouts[0]["entities"][1:]
    assert evaluate(GOLD, readouts)["entities"]["f1"] < 1.0
