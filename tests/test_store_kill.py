"""A run killed with SIGKILL midway leaves the store consistent; a rerun completes it with
nothing lost or duplicated (counts equal a clean run's)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from communique.store.ingest import ingest_paths
from communique.store.queries import count_events
from communique.store.schema import articles, entities, events, make_engine

from synthetic import corpus

SRC = Path(__file__).resolve().parents[1] / "src"

# The child ingests the folder through ingest_paths, slowed by a pause per readout read so the
# kill lands midway whatever the machine's speed.
CHILD = """
import sys, time
import communique.store.ingest as ing
read = ing.read_readouts
def slow(path):
    for r in read(path):
        time.sleep(0.01)
        yield r
ing.read_readouts = slow
ing.ingest_paths(sys.argv[1], [sys.argv[2]], batch_size=3, progress=False, fuse=False)
"""


def write_folder(folder: Path, readouts: list[dict], per_file: int = 10) -> None:
    folder.mkdir()
    for k in range(0, len(readouts), per_file):
        with open(folder / f"part{k // per_file:03d}.jsonl", "w", encoding="utf-8") as fh:
            for r in readouts[k:k + per_file]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def consistent(url: str) -> int:
    """Every stored article has all its entities and events; returns the article count."""
    eng = make_engine(url)
    with eng.connect() as conn:
        raw = {i: json.loads(r) for i, r in conn.execute(select(articles.c.id, articles.c.raw))}
        n_ent = dict(conn.execute(select(entities.c.article_id, func.count()).group_by(entities.c.article_id)).all())
        n_ev = dict(conn.execute(select(events.c.article_id, func.count()).group_by(events.c.article_id)).all())
    eng.dispose()
    for i, r in raw.items():
        assert n_ent.get(i, 0) == len(r["entities"]) and n_ev.get(i, 0) == len(r["events"])
    assert set(n_ent) <= set(raw) and set(n_ev) <= set(raw)
    return len(raw)


def counts(url: str) -> dict:
    eng = make_engine(url)
    with eng.connect() as conn:
        c = count_events(conn)
    eng.dispose()
    return c


@pytest.fixture
def second_url(store_url, tmp_path, request):
    """A second empty store of the same kind, for the clean run."""
    if store_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'clean.db'}"
        return
    import psycopg

    host, port, user = request.getfixturevalue("pg_server")
    name = f"clean{os.getpid()}"
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_kill_and_resume(store_url, second_url, tmp_path):
    readouts = corpus(150, seed=11)
    folder = tmp_path / "in"
    write_folder(folder, readouts)
    total = len(readouts)
    from communique.store.schema import open_store

    open_store(store_url).dispose()
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", CHILD, store_url, str(folder)], env=env,
                             stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and child.poll() is None:
            eng = make_engine(store_url)
            with eng.connect() as conn:
                stored = conn.execute(select(func.count()).select_from(articles)).scalar()
            eng.dispose()
            if stored >= 20:
                break
            time.sleep(0.05)
        assert child.poll() is None, f"the ingest ended before it could be killed: {child.stderr.read()[-500:]}"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    midway = consistent(store_url)
    assert 0 < midway < total
    ingest_paths(store_url, [str(folder)], progress=False, fuse=False)
    assert consistent(store_url) == total
    ingest_paths(second_url, [str(folder)], progress=False, fuse=False)
    assert counts(store_url) == counts(second_url)
