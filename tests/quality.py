"""The gold sets the quality gate measures, and how one is scored (shared by the gate test
and scripts/quality-baseline.py, which rewrites tests/quality_baseline.json)."""

from __future__ import annotations

import json
from pathlib import Path

from communique.api import process_inputs
from communique.evaluate import evaluate
from communique.model import Article
from communique.readout import build

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = Path(__file__).with_name("quality_baseline.json")
SETS = {
    "examples": (ROOT / "examples" / "articles", ROOT / "examples" / "gold" / "examples.gold.json"),
    "heldout": (ROOT / "examples" / "heldout" / "articles", ROOT / "examples" / "heldout" / "heldout.gold.json"),
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.gold.json"),
    "dev": (SHARED / "dev" / "real.jsonl", SHARED / "dev" / "real.gold.json"),
}
F1_KEYS = ("entities", "meetings", "meeting_participants", "statements", "roles")
RATE_KEYS = ("linking_arabic_to_latin", "meeting_location_acc", "meeting_date_acc")


def available(which: str) -> bool:
    inputs, gold = SETS[which]
    return inputs.exists() and gold.exists()


def measure(which: str) -> dict[str, float]:
    inputs, gold_path = SETS[which]
    readouts = [build(a) for a in process_inputs([str(inputs)]) if isinstance(a, Article)]
    s = evaluate(json.loads(gold_path.read_text(encoding="utf-8")), readouts)
    out = {k: s[k]["f1"] for k in F1_KEYS}
    out.update({k: s[k] for k in RATE_KEYS if s[k] is not None})
    return out
