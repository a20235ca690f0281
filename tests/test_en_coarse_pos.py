"""The coarse_pos component stands in for en_core_web_sm's attribute ruler: it must give the
ruler's `pos_` on every token, apply its rules in the ruler's order (a later rule wins, a
two-token rule included), and refuse a rule it cannot read rather than guess."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from communique.en import coarse_pos
from communique.en.nlp import EXCLUDE, MODEL, load_nlp

ARTICLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture(scope="module")
def ruler_nlp():
    return spacy.load(MODEL, exclude=list(EXCLUDE))


def _paragraphs():
    for path in sorted(ARTICLES.glob("en-*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            if para.strip():
                yield para


def test_pipeline_runs_ours_not_the_ruler():
    names = load_nlp().pipe_names
    assert coarse_pos.NAME in names and coarse_pos.RULER not in names
    assert names.index(coarse_pos.NAME) > names.index("parser")


def test_same_pos_as_the_ruler_on_every_example_token(ruler_nlp):
    texts = list(_paragraphs())
    assert len(texts) > 200
    ours = load_nlp()
    diffs, n = [], 0
    for a, b in zip(ruler_nlp.pipe(texts), ours.pipe(texts)):
        for x, y in zip(a, b):
            n += 1
            if x.pos_ != y.pos_:
                diffs.append((x.text, x.tag_, x.dep_, x.pos_, y.pos_))
    assert n > 5000
    assert diffs == []


@pytest.mark.parametrize("text, word, pos", [
    ("There is no agreement yet.", "is", "VERB"),          # the two-token rule (expl + be)
    ("The talks is what matters.", "is", "AUX"),
    ("She said that nothing was agreed.", "nothing", "PRON"),
    ("They did not meet.", "not", "PART"),
    ("The envoy met them in Doha.", "met", "VERB"),
])
def test_rules_that_look_past_the_tag(ruler_nlp, text, word, pos):
    ref = {t.text: t.pos_ for t in ruler_nlp(text)}
    got = {t.text: t.pos_ for t in load_nlp()(text)}
    assert got[word] == ref[word]
    if ref[word] == pos:          # the model's tagging of our sentence is as expected
        assert got[word] == pos


def test_later_rule_wins_and_unknown_shapes_fail():
    nlp = spacy.blank("en")
    rules = coarse_pos.Rules([
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"TAG": "NN", "LOWER": "nobody"}]], "attrs": {"POS": "PRON"}, "index": 0},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"MORPH": "Number=Sing"}, "index": 0},
    ])
    comp = coarse_pos.CoarsePos(nlp, rules)
    s = nlp.vocab.strings
    nn = s.add("NN")
    assert comp.decide((nn, s.add("nobody"), 0, 0))[1] == s["PRON"]
    assert comp.decide((nn, None, 0, 0))[1] == s["NOUN"]
    with pytest.raises(ValueError):
        coarse_pos.Rules([{"patterns": [[{"TAG": {"REGEX": "^N"}}]], "attrs": {"POS": "NOUN"}}])
    with pytest.raises(ValueError):
        coarse_pos.Rules([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}}])
