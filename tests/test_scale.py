"""Parallel extraction (communique.scale): 2 local workers and a 2-process Dask cluster store
exactly what one process stores, and errors come back with file and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from communique.errors import InputError
from communique.model import Article
from communique.scale import ordered_map
from communique.store.fusion import fuse
from communique.store.ingest import ingest_paths
from communique.store.schema import (articles, event_participants, events, fused_events, fused_sources,
                                     open_store)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
PICK = ["en-2023-08-burhan-alamein.txt", "ar-2023-04-aljaber-sanaa.txt", "en-2024-11-hochstein-beirut.txt"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Three example articles, plus a JSON Lines file with two records (one Arabic, one
    English, our own sentences) and a broken line between them."""
    d = tmp_path_factory.mktemp("scale-in")
    for name in PICK:
        shutil.copy(EXAMPLES / name, d / name)
    recs = [json.dumps({"id": "r1", "language": "ar", "published": "2024-03-02",
                        "text": "استقبل وزير الخارجية السعودي نظيره الأردني في الرياض يوم الأحد."}, ensure_ascii=False),
            "{not json",
            json.dumps({"id": "r3", "published": "2024-03-05",
                        "text": "The Turkish foreign minister met the Iraqi prime minister in Baghdad on Tuesday."})]
    (d / "zz-records.jsonl").write_text("\n".join(recs) + "\n", encoding="utf-8")
    return d


def snapshot(url: str, encode) -> dict:
    """What the store holds, independent of row ids and ingest times."""
    eng = open_store(url)
    fuse(eng, encode=encode)
    with eng.connect() as conn:
        arts = [(r.doc_id, r.source, r.content_hash, r.raw) for r in
                conn.execute(select(articles).order_by(articles.c.id))]
        doc_of = dict(conn.execute(select(articles.c.id, articles.c.doc_id)).all())
        parts = sorted((doc_of[r.article_id], r.local_id, r.role, r.actor_id) for r in conn.execute(
            select(events.c.article_id, events.c.local_id, event_participants.c.role, event_participants.c.actor_id)
            .join(event_participants, event_participants.c.event_id == events.c.id)))
        evs = [(doc_of[r.article_id], r.local_id, r.type, r.date, r.location_actor_id) for r in
               conn.execute(select(events).order_by(events.c.id))]
        fused = sorted((r.id, r.type, r.date, r.n_sources) for r in conn.execute(select(fused_events)))
        n_sources = len(conn.execute(select(fused_sources)).all())
    eng.dispose()
    return {"articles": arts, "events": evs, "participants": parts, "fused": fused, "sources": n_sources}


def run(tmp_path, folder, name, **kw):
    url = f"sqlite:///{tmp_path / name}.db"
    errors: list[str] = []
    stats = ingest_paths(url, [str(folder)], progress=False, fuse=False, on_error=errors.append, **kw)
    return url, stats, errors


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory, folder, fake_encode):
    tmp = tmp_path_factory.mktemp("w1")
    url, stats, errors = run(tmp, folder, "w1", workers=1)
    return snapshot(url, fake_encode), stats, errors


def test_one_worker_stores_articles_and_reports_the_bad_line(one_worker, folder):
    snap, stats, errors = one_worker
    assert (stats.added, stats.failed) == (5, 1)
    assert errors and errors[0].startswith(f"{folder / 'zz-records.jsonl'}:2: E206")
    assert [a[0] for a in snap["articles"]] == sorted(Path(p).stem for p in PICK) + ["r1", "r3"]
    assert snap["events"]


def test_two_workers_store_what_one_stores(tmp_path, folder, one_worker, fake_encode):
    url, stats, errors = run(tmp_path, folder, "w2", workers=2)
    assert (stats.added, stats.failed) == (one_worker[1].added, one_worker[1].failed)
    assert errors == one_worker[2]
    assert snapshot(url, fake_encode) == one_worker[0]


@pytest.fixture(scope="module")
def dask_cluster():
    """A 2-process LocalCluster. Started inside a fixture, never at import time: its worker
    processes are spawned and must not re-run module-level code (the `__main__` guard trap)."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    yield cluster
    cluster.close()


def test_dask_stores_what_one_worker_stores(tmp_path, folder, one_worker, dask_cluster, fake_encode):
    url, stats, errors = run(tmp_path, folder, "dask", dask=dask_cluster.scheduler_address)
    assert (stats.added, stats.failed) == (one_worker[1].added, one_worker[1].failed)
    assert errors == one_worker[2]
    assert snapshot(url, fake_encode) == one_worker[0]


class _Now:
    def __init__(self, v):
        self.v = v

    def result(self):
        return self.v


def test_ordered_map_keeps_order_and_bounds_the_window():
    arts = [Article(id=f"a{i}", source="s", raw="x") for i in range(10)]
    err = InputError("f.jsonl", "E206 bad", 4)
    items = arts[:3] + [err] + arts[3:]
    pending = []

    def submit(chunk):
        pending.append(len(chunk))
        return _Now([a.id for a in chunk])

    out = list(ordered_map(items, submit, chunksize=2, window=1))
    assert out == ["a0", "a1", "a2", err, "a3", "a4", "a5", "a6", "a7", "a8", "a9"]
    assert pending == [2, 1, 2, 2, 2, 1]


def test_input_error_survives_pickling():
    import pickle

    e = pickle.loads(pickle.dumps(InputError("a.jsonl", "E299 extraction failed", 7)))
    assert (e.path, e.message, e.line, str(e)) == ("a.jsonl", "E299 extraction failed", 7,
                                                    "a.jsonl:7: E299 extraction failed")


def test_batched_english_parse_changes_no_readout():
    """Parsing the paragraphs of a chunk of articles in one spaCy batch gives the readouts
    that parsing article by article gives."""
    from communique.api import load_pipeline
    from communique.ingest.readers import read_file
    from communique.readout import build
    from communique.scale import extract_batch

    files = [EXAMPLES / n for n in sorted(PICK)] + [EXAMPLES / "en-2024-12-pedersen-damascus.txt"]
    one_by_one = [build(load_pipeline()(a)) for f in files for a in read_file(str(f))]
    batched = extract_batch([a for f in files for a in read_file(str(f))])
    assert [dict(r) for r in batched] == one_by_one
    assert sum(r["doc"]["language"] == "en" for r in one_by_one) == 3
