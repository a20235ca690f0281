"""`make bench`: throughput and scale, measured in one run on the same texts.

Reports extraction rate for English and Arabic (articles/s, MB/s), spaCy's own parse of the
same English texts (the floor) and our ratio to it, peak memory, ingest rate into SQLite,
fusion time for 10,000 and 100,000 events, and 1 worker against 2. Targets (issue 7):
English ≤ 1.3× spaCy, Arabic ≥ 50 articles/s, peak < 1.5 GB, fusion of 100k < 60 s growing
near-linearly, 2 workers ≥ 1.7× one.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from .corpus import write_corpus
from .measure import (
    measure_extraction,
    measure_fusion,
    measure_ingest,
    measure_spacy_floor,
    measure_workers,
)


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="communique.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--out", default="bench-out")
    ap.add_argument("--fusion-sizes", default="10000,100000")
    ap.add_argument("--skip-workers", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    corpus = write_corpus(out / "corpus.jsonl", args.articles)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    report: dict = {"articles": len(records)}

    def show(label: str, value: str) -> None:
        print(f"{label:<44} {value}", flush=True)

    ex = measure_extraction(records)
    report["extraction"] = ex
    for lang in ("en", "ar"):
        e = ex[lang]
        show(f"extraction [{lang}] ({e['n']} articles)", f"{e['articles_per_s']:.1f} articles/s, {e['mb_per_s']:.3f} MB/s")
    floor = measure_spacy_floor(records)
    report["spacy_floor"] = floor
    ratio = ex["en"]["seconds"] / floor["seconds"] if floor["seconds"] else float("nan")
    report["en_ratio_to_spacy"] = ratio
    show("spaCy en_core_web_sm alone on the English", f"{floor['articles_per_s']:.1f} articles/s")
    show("English pipeline / spaCy parse", f"{ratio:.2f}x (target <= 1.3x)")
    show("Arabic target >= 50 articles/s", "met" if ex["ar"]["articles_per_s"] >= 50 else "NOT met")

    with tempfile.TemporaryDirectory() as tmp:
        ing = measure_ingest(ex["readouts"], Path(tmp) / "bench.db")
    report["ingest"] = ing
    show("ingest into SQLite", f"{ing['articles_per_s']:.1f} articles/s")

    sizes = [int(s) for s in args.fusion_sizes.split(",") if s]
    fus = measure_fusion(sizes)
    report["fusion"] = fus
    for n, secs in fus.items():
        show(f"fusion of {int(n):,} events", f"{secs:.2f} s")
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        growth = (fus[str(b)] / fus[str(a)]) / (b / a) if fus[str(a)] else float("nan")
        show(f"growth {a:,}→{b:,} relative to linear", f"{growth:.2f} (1.0 = linear)")

    if not args.skip_workers:
        w = measure_workers(corpus)
        report["workers"] = w
        show("ingest, 1 worker", f"{w['1']:.1f} articles/s")
        show("ingest, 2 workers", f"{w['2']:.1f} articles/s ({w['2'] / w['1']:.2f}x; target >= 1.7x)")

    report["peak_mb"] = peak_mb()
    show("peak memory (largest process)", f"{report['peak_mb']:.0f} MB (target < 1500 MB)")
    report.pop("extraction")["readouts"] = None
    (out / "report.json").write_text(json.dumps({**report, "extraction": {k: v for k, v in ex.items() if k != "readouts"}},
                                                indent=1), encoding="utf-8")
    print(f"report: {out / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
