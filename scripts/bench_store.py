"""Store benchmark: ingest rate and fusion time on synthetic meetings (tests/synthetic.py).

    PYTHONPATH=src python scripts/bench_store.py --events 10000 [--db sqlite:///bench.db]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10000, help="meeting reports (CONSULT events) to make")
    ap.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    args = ap.parse_args()

    from synthetic import corpus, meetings
    from communique.store import fusion
    from communique.store.ingest import ingest_readouts
    from communique.store.schema import open_store

    n_meetings = max(1, args.events // 2)           # 1-3 outlets each, 2 on average
    readouts = corpus(n_meetings, seed=5, n_people=max(50, n_meetings // 10))
    tmp = tempfile.mkdtemp()
    url = args.db or f"sqlite:///{os.path.join(tmp, 'bench.db')}"
    eng = open_store(url)
    t = time.perf_counter()
    # the last 1% arrive later: an ingest batch into a filled store, fused incrementally
    cut = len(readouts) - max(1, len(readouts) // 100)
    ingest_readouts(eng, readouts[:cut], batch_size=200)
    t_ingest = time.perf_counter() - t
    t = time.perf_counter()
    n_emb = fusion.embed_missing(eng)
    t_embed = time.perf_counter() - t
    with eng.connect() as conn:
        reports = fusion.load_reports(conn)
    t = time.perf_counter()
    pairs = fusion.candidate_pairs(reports)
    groups = fusion.cluster(reports)
    t_cluster = time.perf_counter() - t
    t = time.perf_counter()
    stats = fusion.fuse(eng)
    t_fuse = time.perf_counter() - t
    distinct = {(m[0], frozenset(m[1:3]), m[3]) for m in meetings(n_meetings, seed=5, n_people=max(50, n_meetings // 10))}
    ingest_readouts(eng, readouts[cut:], batch_size=200)
    fusion.embed_missing(eng)
    t = time.perf_counter()
    inc = fusion.fuse_new(eng)
    t_new = time.perf_counter() - t
    print(f"readouts {len(readouts)} (meeting reports {len(reports)}, distinct meetings {len(distinct)})")
    print(f"ingest {t_ingest:.1f}s = {cut / t_ingest:.0f} readouts/s")
    print(f"embed {n_emb} evidence sentences {t_embed:.1f}s")
    print(f"blocking+clustering {t_cluster:.2f}s: {len(pairs)} candidate pairs "
          f"(all pairs would be {len(reports) * (len(reports) - 1) // 2}), {len(groups)} clusters")
    print(f"fuse() rebuild (embeddings cached) {t_fuse:.1f}s: {stats.as_dict()}")
    print(f"then {len(readouts) - cut} more readouts, fuse_new() {t_new:.2f}s: {inc.as_dict()}")


if __name__ == "__main__":
    main()
