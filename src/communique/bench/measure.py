"""The measurements behind `make bench`; each returns plain numbers."""

from __future__ import annotations

import time
from pathlib import Path

from ..api import load_pipeline
from ..ingest.readers import record_to_article
from ..readout import build


def _articles(records):
    return [record_to_article(r, "bench", i) for i, r in enumerate(records, 1)]


def measure_extraction(records: list[dict]) -> dict:
    """Full pipeline per language, after one warm-up article (models load once per process)."""
    pipe = load_pipeline()
    out: dict = {"readouts": []}
    for lang in ("en", "ar"):
        recs = [r for r in records if r["language"] == lang]
        warm = _articles(recs[:1])
        for a in warm:
            pipe(a)
        arts = _articles(recs)
        nbytes = sum(len(r["text"].encode("utf-8")) for r in recs)
        t = time.perf_counter()
        for a in arts:
            pipe(a)
            out["readouts"].append(build(a))
        secs = time.perf_counter() - t
        out[lang] = {"n": len(recs), "seconds": secs, "articles_per_s": len(recs) / secs if secs else 0.0,
                     "mb_per_s": nbytes / 1e6 / secs if secs else 0.0}
    return out


def measure_spacy_floor(records: list[dict]) -> dict:
    """spaCy's own full parse of the same English texts, nothing else: the floor."""
    from ..en.nlp import MODEL

    import spacy

    nlp = spacy.load(MODEL)
    texts = [r["text"] for r in records if r["language"] == "en"]
    list(nlp.pipe(texts[:1]))
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    secs = time.perf_counter() - t
    return {"n": len(texts), "seconds": secs, "articles_per_s": len(texts) / secs if secs else 0.0}


def measure_ingest(readouts: list[dict], db: Path) -> dict:
    from ..store.ingest import ingest_readouts
    from ..store.schema import open_engine

    engine = open_engine(f"sqlite:///{db}")
    t = time.perf_counter()
    ingest_readouts(engine, readouts)
    secs = time.perf_counter() - t
    return {"n": len(readouts), "seconds": secs, "articles_per_s": len(readouts) / secs if secs else 0.0}


def measure_fusion(sizes: list[int]) -> dict:
    from ..store.fusion import benchmark_fusion

    return {str(n): benchmark_fusion(n) for n in sizes}


def measure_workers(corpus: Path) -> dict:
    """Ingest the same corpus with 1 and with 2 worker processes, each into a fresh store."""
    import tempfile

    from ..store.ingest import ingest_paths

    out = {}
    for w in (1, 2):
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            res = ingest_paths(f"sqlite:///{tmp}/w{w}.db", [str(corpus)], workers=w, progress=False)
            secs = time.perf_counter() - t
        n = getattr(res, "articles", None) or (res.get("articles") if isinstance(res, dict) else None) or 0
        out[str(w)] = n / secs if secs else 0.0
    return out
