"""The measurements behind `make bench`; each returns plain numbers."""

from __future__ import annotations

import time
from pathlib import Path

from ..api import load_pipeline
from ..ingest.readers import record_to_article


def _articles(records):
    return [record_to_article(r, "bench", i) for i, r in enumerate(records, 1)]


def measure_extraction(records: list[dict]) -> dict:
    """Full pipeline, readout and its validation per language, on one core, the way an
    ingest worker runs it (chunks of articles, English parse batched across a chunk), after
    a warm-up article (models load once per process; start-up is not counted)."""
    from ..scale import CHUNKSIZE, extract_batch

    pipe = load_pipeline()
    out: dict = {"readouts": []}
    for lang in ("en", "ar"):
        recs = [r for r in records if r["language"] == lang]
        if not recs:
            continue
        extract_batch(_articles(recs[:1]), pipe)
        arts = _articles(recs)
        nbytes = sum(len(r["text"].encode("utf-8")) for r in recs)
        t, c = time.perf_counter(), time.process_time()
        for k in range(0, len(arts), CHUNKSIZE):
            out["readouts"] += extract_batch(arts[k:k + CHUNKSIZE], pipe)
        secs, cpu = time.perf_counter() - t, time.process_time() - c
        out[lang] = {"n": len(recs), "seconds": secs, "cpu_seconds": cpu,
                     "articles_per_s": len(recs) / secs if secs else 0.0,
                     "articles_per_cpu_s": len(recs) / cpu if cpu else 0.0,
                     "mb": nbytes / 1e6, "mb_per_s": nbytes / 1e6 / secs if secs else 0.0}
    return out


def measure_spacy_floor(records: list[dict]) -> dict:
    """spaCy's own full parse (every component of en_core_web_sm) of the same English texts,
    nothing else: the floor for the English pipeline."""
    import spacy

    from ..en.nlp import MODEL

    nlp = spacy.load(MODEL)
    texts = [r["text"] for r in records if r["language"] == "en"]
    list(nlp.pipe(texts[:1]))
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    return {"n": len(texts), "seconds": secs, "cpu_seconds": cpu,
            "articles_per_s": len(texts) / secs if secs else 0.0,
            "articles_per_cpu_s": len(texts) / cpu if cpu else 0.0, "components": list(nlp.pipe_names)}


def measure_ingest(readouts: list[dict], db: Path) -> dict:
    """Readouts already extracted, into a fresh SQLite store (no fusion)."""
    from ..store.ingest import ingest_readouts
    from ..store.schema import open_store

    engine = open_store(f"sqlite:///{db}")
    t = time.perf_counter()
    stats = ingest_readouts(engine, readouts)
    secs = time.perf_counter() - t
    engine.dispose()
    return {"n": stats.added, "seconds": secs, "articles_per_s": stats.added / secs if secs else 0.0}


def measure_fusion(sizes: list[int]) -> dict:
    """fuse() on stores of each size of synthetic reports, and the encoder's rate. Each size
    runs in a fresh process of its own, so its memory is reported apart from extraction's."""
    import multiprocessing as mp
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    from .fusion import encoder_rate, time_fusion

    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as ex:
                out[str(n)] = ex.submit(time_fusion, n, tmp).result()
    out["encoder"] = encoder_rate()
    return out


def measure_workers(corpus: Path, workers=(1, 2)) -> dict:
    """`ingest_paths` of the same corpus with 1 and with 2 extraction processes, each into a
    fresh SQLite store, without fusion. Includes reading, start-up of the worker processes
    and writing by the parent."""
    import tempfile

    from ..store.ingest import ingest_paths

    out = {}
    for w in workers:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            res = ingest_paths(f"sqlite:///{tmp}/w{w}.db", [str(corpus)], workers=w, progress=False, fuse=False)
            secs = time.perf_counter() - t
        out[str(w)] = {"n": res.added, "failed": res.failed, "seconds": secs,
                       "articles_per_s": res.added / secs if secs else 0.0}
    return out


def measure_pool(corpus: Path, workers=(1, 2)) -> dict:
    """Extraction alone in a pool of 1 and of 2 spawned processes over the same articles,
    timed from the first finished chunk to the last, so both sides leave out the processes'
    start-up (model loading, ~2–6 CPU-s each) and neither has the parent's warm models."""
    from ..scale import CHUNKSIZE, input_items, run_pool

    out = {}
    for w in workers:
        t0 = time.perf_counter()
        first = None
        n = 0
        for _ in run_pool(input_items([str(corpus)]), w):
            n += 1
            if first is None and n == CHUNKSIZE:
                first = time.perf_counter()
        end = time.perf_counter()
        steady = (n - CHUNKSIZE) / (end - first) if first and end > first else 0.0
        out[str(w)] = {"n": n, "seconds": end - t0, "startup_and_first_chunk": (first or end) - t0,
                       "articles_per_s": steady}
    return out
