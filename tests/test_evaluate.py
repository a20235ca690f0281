"""`communique evaluate` scores as the shared scorer does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from _shared import DEV_GOLD, SCORER, SEEDS_GOLD, needs_shared
from communique.evaluate import evaluate, summary_line
from communique.goldtools import fused_from_gold, readouts_from_gold

GOLDS = [SEEDS_GOLD, DEV_GOLD]


def load(p):
    return json.loads(p.read_text(encoding="utf-8"))


@needs_shared
@pytest.mark.parametrize("gold_path", GOLDS, ids=["seeds", "dev"])
def test_gold_built_readouts_score_one(gold_path):
    gold = load(gold_path)
    s = evaluate(gold, readouts_from_gold(gold), fused_from_gold(gold))
    for k in ("entities", "meetings", "statements", "roles"):
        assert s[k]["f1"] == 1.0, k
    assert s["meeting_date_acc"] in (1.0, None) and s["meeting_location_acc"] in (1.0, None)
    if s["linking_arabic_to_latin"] is not None:
        assert s["linking_arabic_to_latin"] == 1.0
    if gold.get("same_event"):
        n = sum(len(g) * (len(g) - 1) // 2 for g in gold["same_event"])
        assert s["same_event_pairs_joined"] == f"{n}/{n}"


@needs_shared
def test_empty_readouts_score_zero():
    gold = load(SEEDS_GOLD)
    empty = [{"doc": {"id": g["doc"]}, "entities": [], "roles": [], "events": []} for g in gold["documents"]]
    s = evaluate(gold, empty)
    assert s["entities"]["f1"] == 0 and s["meetings"]["f1"] == 0 and s["statements"]["f1"] == 0


def degrade(readouts):
    """Drop every other entity alias, event and role: a realistic imperfect output."""
    out = []
    for r in readouts:
        r = json.loads(json.dumps(r))
        for e in r["entities"][::3]:
            e["aliases"] = e["aliases"][:1]
            e["name"] = e["name"][::-1]
        r["entities"] = [e for i, e in enumerate(r["entities"]) if i % 4 != 1]
        r["entities"].append({"id": "E999", "type": "ORG", "name": "Nobody Inc", "aliases": ["Nobody Inc"],
                              "kb_id": None, "mentions": [{"start": 0, "end": 1}]})
        r["events"] = r["events"][::2]
        r["roles"] = r["roles"][1::2]
        for v in r["events"]:
            if v.get("participants"):
                v["participants"] = v["participants"][:-1]
            if v.get("date"):
                v["date"] = v["date"][:4]
        out.append(r)
    return out


@needs_shared
@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score_readouts.py is absent")
@pytest.mark.parametrize("gold_path", GOLDS, ids=["seeds", "dev"])
def test_agrees_with_shared_scorer(tmp_path, gold_path):
    gold = load(gold_path)
    preds = degrade(readouts_from_gold(gold))
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in preds) + "\n", encoding="utf-8")
    ours = evaluate(gold, preds)
    theirs = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(p), "--json"],
                            capture_output=True, text=True, check=True).stdout
    theirs_json = json.loads(theirs[: theirs.rindex("}") + 1])
    for k, v in theirs_json.items():
        assert ours[k] == v, k
    assert summary_line(ours) == theirs.strip().splitlines()[-1]
    assert ours["entities"]["f1"] < 1.0  # the degraded output really is imperfect
