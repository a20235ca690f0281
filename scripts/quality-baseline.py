"""Measure every gold set with the current pipeline and pin the figures in
tests/quality_baseline.json (run after an improvement; the gate test reads the file)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from quality import BASELINE, SETS, available, measure  # noqa: E402

pinned = {w: {k: round(v, 3) for k, v in measure(w).items()} for w in SETS if available(w)}
BASELINE.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")
print(json.dumps(pinned, indent=1, sort_keys=True))
