"""Ingest into a real SQLite file and a real PostgreSQL server (see conftest.store_url)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from sqlalchemy import select

from communique.store.ingest import content_hash, date_range, ingest_readouts, read_readouts
from communique.store.queries import count_events
from communique.store.schema import SCHEMA_VERSION, articles, open_store, schema_version

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "meetings.jsonl"


def fixture_readouts():
    return list(read_readouts(str(FIXTURE)))


def test_migrations_apply_once(store_url):
    open_store(store_url).dispose()
    eng = open_store(store_url)
    with eng.connect() as conn:
        assert [r.version for r in conn.execute(select(schema_version))] == list(range(1, SCHEMA_VERSION + 1))
    eng.dispose()


def test_ingest_twice_changes_no_count(engine):
    first = ingest_readouts(engine, fixture_readouts())
    assert (first.added, first.skipped, first.failed) == (4, 0, 0)
    with engine.connect() as conn:
        before = count_events(conn)
    second = ingest_readouts(engine, fixture_readouts())
    assert (second.added, second.skipped) == (0, 4)
    with engine.connect() as conn:
        assert count_events(conn) == before
    assert before["articles"] == 4 and before["events"] == 6 and before["statements"] == 2
    # Jeffrey (KB id), Cavusoglu (three spellings, two scripts), Ankara, United States, Idlib
    assert before["actors"] == 5


def test_changed_article_becomes_version_2(engine):
    rs = fixture_readouts()
    ingest_readouts(engine, rs)
    changed = copy.deepcopy(rs[0])
    changed["doc"]["title"] = "Envoy in Ankara (updated)"
    assert content_hash(changed) != content_hash(rs[0])
    stats = ingest_readouts(engine, [changed])
    assert (stats.added, stats.versions) == (1, 1)
    with engine.connect() as conn:
        rows = list(conn.execute(select(articles.c.version, articles.c.is_current, articles.c.title)
                                 .where(articles.c.doc_id == "en-1").order_by(articles.c.version)))
        assert [(r.version, r.is_current) for r in rows] == [(1, False), (2, True)]
        assert count_events(conn)["current_articles"] == 4


def test_bad_lines_are_reported_and_the_batch_goes_on(engine, tmp_path):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[1])
    broken["entities"][0]["mentions"] = [{"start": 5, "end": 10 ** 6}]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([lines[0], "{not json", json.dumps(broken, ensure_ascii=False), lines[2]]) + "\n",
                    encoding="utf-8")
    seen = []
    stats = ingest_readouts(engine, read_readouts(str(path)), batch_size=10, on_error=seen.append)
    assert (stats.added, stats.failed) == (2, 2)
    assert any(f"{path}:2" in m for m in seen)
    assert any("outside the text" in m for m in seen)


def test_date_range_covers_partial_dates():
    assert date_range("2019-03-11") == ("2019-03-11", "2019-03-11")
    assert date_range("2020-02") == ("2020-02-01", "2020-02-29")
    assert date_range("2019") == ("2019-01-01", "2019-12-31")
    assert date_range("2019-13-01") == (None, None)
    assert date_range(None) == (None, None)


def test_readers_see_the_last_committed_batch_during_an_ingest(engine):
    from communique.store.actors import ActorResolver
    from communique.store.ingest import store_readout

    rs = fixture_readouts()
    ingest_readouts(engine, rs[:2])
    with engine.connect() as writer:
        tx = writer.begin()
        for r in rs[2:]:
            store_readout(writer, r, ActorResolver())
        with engine.connect() as reader:                 # a second connection, as the web UI has
            assert reader.execute(select(articles.c.doc_id).order_by(articles.c.doc_id)).scalars().all() \
                == ["ar-1", "en-1"]
        tx.commit()
    with engine.connect() as reader:
        assert len(reader.execute(select(articles.c.id)).all()) == 4


def test_sqlite_store_runs_in_wal_mode(sqlite_url):
    eng = open_store(sqlite_url)
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    eng.dispose()
