"""Where the shared real articles and gold live (../shared beside the checkout)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.gold.json"
DEV = SHARED / "dev" / "real.jsonl"
DEV_GOLD = SHARED / "dev" / "real.gold.json"
SCORER = SHARED / "tools" / "score_readouts.py"
EXAMPLES = ROOT / "examples"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared (real example articles) is not beside the checkout")
