"""Roles and meeting dates measured on the shared gold articles (../shared), read at test time.

Roles are found with entities built from the gold actors' variants (the entity recognisers
are tested on their own), and scored as the gold README says: (person, title) pairs, a title
matching when half of the gold title's content words are in it. Meeting dates: the date that
`event_date` gives the sentence holding each gold meeting's evidence, against the gold date at
its precision (None for None). Floors sit a little under what was measured when written
(roles F1 0.982, meeting dates 19/20) so that a real drop fails and noise does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.dates.resolve import event_date
from communique.evaluate import TITLE_STOP
from communique.ingest.readers import read_inputs
from communique.pipeline import Pipeline
from communique.roles.extract import find_roles
from communique.textnorm import norm

from entity_helpers import entity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_FILES = [SHARED / "gold" / "seeds.gold.json", SHARED / "dev" / "real.gold.json"]
INPUTS = [SHARED / "seeds", SHARED / "dev" / "real.jsonl"]
ROLES_F1_FLOOR = 0.90
MEETING_DATES_FLOOR = 18

pytestmark = pytest.mark.skipif(not all(p.exists() for p in GOLD_FILES + INPUTS),
                                reason="../shared with the gold articles is not beside this repository")


@pytest.fixture(scope="module")
def documents():
    gold = {}
    for f in GOLD_FILES:
        for d in json.loads(f.read_text(encoding="utf-8"))["documents"]:
            gold[d["doc"]] = d
    pipe = Pipeline(["clean", "language", "sentences", "dates"])
    out = []
    for a in read_inputs([str(p) for p in INPUTS]):
        if isinstance(a, Exception):
            continue
        pipe(a)
        key = a.id if a.id in gold else Path(a.source).name
        if key in gold:
            out.append((a, gold[key]))
    return out


def gold_entities(a, g):
    taken, ents = [], []
    actors = sorted(g["actors"], key=lambda x: -max(len(v) for v in x["variants"]))
    for n, act in enumerate(actors):
        e = entity(a.text, f"E{n}", act["type"], act["canonical"], *act["variants"], taken=taken)
        if e.mentions:
            ents.append(e)
    return ents


def test_roles_on_gold_articles(documents):
    tp = npred = ngold = 0
    for a, g in documents:
        ents = gold_entities(a, g)
        names = {e.id: e.name for e in ents}
        used: set[int] = set()
        roles = find_roles(a.text, a.sentences, ents, g["lang"])
        for r in roles:
            ptoks = set(norm(r.title).split())
            for i, gr in enumerate(g["roles"]):
                if i in used or gr["person"] != names[r.person]:
                    continue
                gtoks = set(norm(gr["title"]).split()) - TITLE_STOP
                if gtoks and len(gtoks & ptoks) / len(gtoks) >= 0.5:
                    used.add(i)
                    tp += 1
                    break
        npred += len(roles)
        ngold += len(g["roles"])
    p, r = tp / npred, tp / ngold
    f1 = 2 * p * r / (p + r)
    assert f1 >= ROLES_F1_FLOOR, (tp, npred, ngold)


def test_meeting_dates_on_gold_articles(documents):
    right = total = 0
    for a, g in documents:
        for m in g["meetings"]:
            at = a.text.find(m["evidence"])
            if at < 0:
                continue
            total += 1
            got = event_date(a, a.sentence_of(at), at)
            want = m.get("date")
            right += (got is None and want is None) or bool(got and want and got[: len(want)] == want)
    assert total >= 19
    assert right >= MEETING_DATES_FLOOR
