"""The blocking index (store/blocks.py) and incremental fusion read from it (store/incremental.py):
batch after batch, `fuse_new` gives exactly a full rebuild's fused events, on SQLite and
PostgreSQL, while reading only the reports near the batch."""

from __future__ import annotations

import copy
import random

import pytest
from sqlalchemy import delete, func, select

from communique.store import fusion, incremental
from communique.store.blocks import block_rows, window
from communique.store.fusion import capped_sweep, fuse, fuse_new
from communique.store.ingest import ingest_readouts
from communique.store.schema import (fusion_blocks, fusion_queue, migrate, open_store,
                                     schema_version)

from readout_factory import readout
from test_store_fusion_incremental import snapshot


def meeting(doc_id: str, people: list[str], city: str, day: str | None, published: str | None,
            url: str | None = None, extra: str = "") -> dict:
    """A one-meeting report: `people` met in `city`."""
    sent = f"{' and '.join(people)} held talks in {city} about the crossings."
    text = f"{sent} Both delegations called the session constructive.{extra}"
    ents = [{"id": f"E{n + 1}", "type": "PERSON", "name": p, "surfaces": [p]} for n, p in enumerate(people)]
    ents.append({"id": "E9", "type": "GPE", "name": city, "surfaces": [city]})
    return readout(doc_id, text, published=published, url=url, source=f"wire/{doc_id}.txt",
                   entities=ents,
                   events=[{"id": "V1", "type": "CONSULT", "participants": [e["id"] for e in ents[:-1]],
                            "location": "E9", "date": day, "evidence": [sent]}])


def full_state(tmp_path, readouts: list[dict], encode, name: str) -> tuple:
    eng = open_store(f"sqlite:///{tmp_path / name}")
    try:
        ingest_readouts(eng, readouts, batch_size=7)
        fuse(eng, encode=encode)
        return snapshot(eng)
    finally:
        eng.dispose()


def test_a_bridging_report_and_its_revision_equal_a_full_rebuild(store_url, tmp_path, fake_encode):
    # two meetings on one day in Geneva with nobody in common, kept apart; then a report naming
    # all four people joins them; then that report is corrected to name only the first two
    first = [meeting("g1", ["Lena Haddad", "Omar Novak"], "Geneva", "2024-05-03", "2024-05-03"),
             meeting("g2", ["Lena Haddad", "Omar Novak"], "Geneva", "2024-05-03", "2024-05-04")]
    second = [meeting("g3", ["Vera Salem", "Karim Toth"], "Geneva", "2024-05-03", "2024-05-03")]
    bridge = meeting("g4", ["Lena Haddad", "Omar Novak", "Vera Salem", "Karim Toth"], "Geneva", "2024-05-03",
                     "2024-05-05", url="https://example.org/g4")
    fixed = meeting("g4", ["Lena Haddad", "Omar Novak"], "Geneva", "2024-05-03", "2024-05-05",
                    url="https://example.org/g4", extra=" Corrected.")
    eng = open_store(store_url)
    try:
        seen: list[dict] = []
        n_fused = []
        for k, batch in enumerate([first, second, [bridge], [fixed]]):
            ingest_readouts(eng, batch, batch_size=5)
            fuse_new(eng, encode=fake_encode)
            seen += batch
            got = snapshot(eng)
            assert got == full_state(tmp_path, seen, fake_encode, f"full{k}.db")
            n_fused.append(len([f for f in got[0] if f[1] == "CONSULT"]))
        assert n_fused == [1, 2, 1, 2]          # the bridge joined the two meetings, its correction split them
        with eng.connect() as conn:
            assert conn.execute(select(func.count()).select_from(fusion_queue)).scalar() == 0
    finally:
        eng.dispose()


def timeless(r: dict) -> dict:
    """The same report with no date and no publication date: fused only on its people."""
    r = copy.deepcopy(r)
    r["doc"]["id"] += "-t"
    r["doc"]["source"] += "-t"
    r["doc"]["published"] = None
    for v in r["events"]:
        v["date"] = None
    return r


def revised(r: dict, days: int) -> dict:
    r = copy.deepcopy(r)
    r["doc"]["text"] += " Updated."
    r["doc"]["url"] = "https://example.org/" + r["doc"]["id"]
    for v in r["events"]:
        if v.get("date") and len(v["date"]) == 10:
            v["date"] = v["date"][:8] + f"{min(28, int(v['date'][8:]) + days):02d}"
    return r


@pytest.mark.parametrize("cap", [100, 3, 1])
def test_capped_blocks_and_undated_reports_fuse_incrementally_as_in_full(store_url, tmp_path, fake_encode,
                                                                         monkeypatch, cap):
    from synthetic import corpus

    monkeypatch.setattr(fusion, "MAX_NEIGHBOURS", cap)
    rs = corpus(90, seed=3, n_people=8, days=30)
    rnd = random.Random(4)
    rs += [timeless(r) for r in rnd.sample(rs, 12)]
    # some reports dated only to the month or the year: long windows
    for r in rnd.sample(rs, 10):
        for v in r["events"]:
            if v.get("date"):
                v["date"] = v["date"][:7] if rnd.random() < 0.7 else v["date"][:4]
    rnd.shuffle(rs)
    for r in rs[:6]:
        r["doc"]["url"] = "https://example.org/" + r["doc"]["id"]
    later = [revised(r, 1 + n % 3) for n, r in enumerate(rs[:6])]
    eng = open_store(store_url)
    try:
        step = len(rs) // 5 + 1
        for k in range(0, len(rs), step):
            ingest_readouts(eng, rs[k:k + step], batch_size=9)
            fuse_new(eng, encode=fake_encode)
        ingest_readouts(eng, later, batch_size=4)
        stats = fuse_new(eng, encode=fake_encode)
        assert snapshot(eng) == full_state(tmp_path, rs + later, fake_encode, "full.db")
        assert stats.meetings == len(rs)
    finally:
        eng.dispose()


def test_fuse_new_reads_only_the_reports_near_the_batch(tmp_path, fake_encode, monkeypatch):
    from synthetic import corpus

    eng = open_store(f"sqlite:///{tmp_path / 's.db'}")
    rs = corpus(300, seed=5, n_people=60, days=700)
    ingest_readouts(eng, rs[:-1], batch_size=100)
    fuse(eng, encode=fake_encode)
    loaded: list[int] = []
    real = incremental.load_reports

    def counting(conn, ids=None):
        out = real(conn, ids)
        loaded.extend(r.id for r in out)
        return out

    monkeypatch.setattr(incremental, "load_reports", counting)
    ingest_readouts(eng, rs[-1:])
    stats = fuse_new(eng, encode=fake_encode)
    eng.dispose()
    # one new report among ~600 over two years: its week in its blocks, not the store
    assert 0 < len(set(loaded)) < 40 and stats.meetings == len(rs)


def test_a_failed_fuse_new_leaves_the_queue_and_a_rerun_completes(tmp_path, fake_encode, monkeypatch):
    from synthetic import corpus

    rs = corpus(40, seed=8, n_people=10, days=20)
    eng = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    ingest_readouts(eng, rs[:30])
    fuse_new(eng, encode=fake_encode)
    ingest_readouts(eng, rs[30:])
    before = snapshot(eng)

    def boom(*a, **k):
        raise RuntimeError("killed")

    monkeypatch.setattr(incremental, "cluster_scored", boom)
    with pytest.raises(RuntimeError):
        fuse_new(eng, encode=fake_encode)
    assert snapshot(eng) == before
    monkeypatch.undo()
    fuse_new(eng, encode=fake_encode)
    assert snapshot(eng) == full_state(tmp_path, rs, fake_encode, "full.db")
    eng.dispose()


def test_the_migration_fills_the_index_and_queues_what_is_not_fused(tmp_path, fake_encode):
    from synthetic import corpus

    rs = corpus(40, seed=9, n_people=10, days=20)
    url = f"sqlite:///{tmp_path / 'm.db'}"
    eng = open_store(url)
    ingest_readouts(eng, rs[:30])
    fuse(eng, encode=fake_encode)
    ingest_readouts(eng, rs[30:])
    with eng.begin() as conn:
        index = sorted(tuple(r) for r in conn.execute(select(fusion_blocks)))
        # a store as version 1 left it, with no index or queue (the last batch not fused yet)
        conn.execute(delete(schema_version).where(schema_version.c.version >= 2))
        fusion_blocks.drop(conn)
        fusion_queue.drop(conn)
    assert migrate(eng) == 2
    with eng.connect() as conn:
        assert sorted(tuple(r) for r in conn.execute(select(fusion_blocks))) == index
        assert conn.execute(select(func.count()).select_from(fusion_queue)).scalar() > 0
    fuse_new(eng, encode=fake_encode)
    assert snapshot(eng) == full_state(tmp_path, rs, fake_encode, "full.db")
    eng.dispose()


def test_capped_sweep_compares_each_report_with_its_latest_open_predecessors():
    # windows as (first, last) day numbers, sorted by first day
    spans = [(0, 0), (0, 30), (2, 2), (3, 3), (20, 20), (40, 40)]
    pairs, counts = capped_sweep(spans, cap=2, reach=8)
    # day 3 sees three open reports and keeps the two latest; day 20 sees only the month-long
    # report (the others closed more than 8 days before); day 40 none (the month closed on 38)
    assert set(pairs) == {(0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (1, 4)}
    assert counts == [0, 1, 2, 3, 1, 0]
    # what a report is compared with depends only on the reports whose windows reach it: from
    # those alone (the month-long report for the days 20 and 40) the same comparisons follow
    at = [1, 4, 5]
    sub_pairs, _ = capped_sweep([spans[n] for n in at], cap=2, reach=8)
    assert {(at[j], at[k]) for j, k in sub_pairs} == {(j, k) for j, k in pairs if k in (4, 5)}


def test_block_rows_carry_the_window_and_its_length_class():
    from datetime import date

    win = window(date(2024, 5, 1), date(2024, 5, 31), date(2024, 6, 2))
    rows = block_rows(7, [3, 5], 40, win)
    assert {r["key"] for r in rows} == {"p:3", "p:5", "l:40", "pp:3:5"}
    assert {(r["lo"], r["hi"], r["cls"]) for r in rows} == {(date(2024, 5, 1).toordinal(), date(2024, 5, 31).toordinal(), 1)}
    undated = block_rows(8, [3, 5], None, window(None, None, date(2024, 6, 2)))
    assert {r["cls"] for r in undated} == {0} and undated[0]["hi"] - undated[0]["lo"] == 7
    # no date and no publication date: only the participant-pair block, with no window
    assert [(r["key"], r["lo"], r["cls"]) for r in block_rows(9, [5, 3], 40, None)] == [("pp:3:5", None, 9)]


def test_a_full_fuse_repairs_the_index(tmp_path, fake_encode):
    from synthetic import corpus

    eng = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    ingest_readouts(eng, corpus(20, seed=2, n_people=6, days=10))
    with eng.begin() as conn:
        index = sorted(tuple(r) for r in conn.execute(select(fusion_blocks)))
        conn.execute(delete(fusion_blocks).where(fusion_blocks.c.event_id == index[0][1]))
        conn.execute(fusion_blocks.insert().values(key="p:999", event_id=index[-1][1], lo=1, hi=1, cls=0))
    fuse(eng, encode=fake_encode)
    with eng.connect() as conn:
        assert sorted(tuple(r) for r in conn.execute(select(fusion_blocks))) == index
        assert conn.execute(select(func.count()).select_from(fusion_queue)).scalar() == 0
    eng.dispose()


def test_the_fusion_bench_writes_the_index_an_ingest_would(tmp_path):
    from communique.bench.fusion import fill_store, time_new_reports
    from communique.store import blocks
    from communique.store.fusion import load_reports

    eng = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    n = fill_store(eng, 400)
    with eng.begin() as conn:
        reports = load_reports(conn)
        rows = [row for r in reports for row in block_rows(r.id, r.participants, r.place, r.window())]
        assert len(reports) == n and blocks.sync(conn, rows) == 0
    stats = fuse(eng, encode=lambda texts: 1 / 0)
    inc = time_new_reports(eng, 0.05)
    assert 20 <= inc["new_events"] <= 21 and inc["fused"] == stats.fused
    eng.dispose()


def test_a_new_report_pushing_a_pair_out_of_a_capped_block_splits_what_it_joined(store_url, tmp_path,
                                                                                  fake_encode, monkeypatch):
    # two wire copies of one sentence, a day apart, that share only their place: one names an
    # attendee, the other nobody. With one comparison per report, an undated report from the
    # same city whose week starts on the first copy's day comes between them in the place
    # block, so the copies are no longer compared and a full rebuild keeps them apart
    monkeypatch.setattr(fusion, "MAX_NEIGHBOURS", 1)
    sent = "Talks on the border crossings were held in Geneva behind closed doors."
    geneva = {"id": "E9", "type": "GPE", "name": "Geneva", "surfaces": ["Geneva"]}
    a = readout("c1", f"{sent} Lena Haddad attended.", published="2024-05-09", source="wire/c1.txt",
                entities=[{"id": "E1", "type": "PERSON", "name": "Lena Haddad", "surfaces": ["Lena Haddad"]}, geneva],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1"], "location": "E9",
                         "date": "2024-05-09", "evidence": [sent]}])
    b = readout("c2", f"{sent} Officials attended.", published="2024-05-10", source="wire/c2.txt",
                entities=[geneva], events=[{"id": "V1", "type": "CONSULT", "participants": [], "location": "E9",
                                            "date": "2024-05-10", "evidence": [sent]}])
    n = meeting("c3", ["Vera Salem", "Karim Toth"], "Geneva", None, "2024-05-16")
    eng = open_store(store_url)
    try:
        ingest_readouts(eng, [a, b])
        fuse_new(eng, encode=fake_encode)
        assert len(snapshot(eng)[0]) == 1                  # the copies are one meeting
        ingest_readouts(eng, [n])
        fuse_new(eng, encode=fake_encode)
        got = snapshot(eng)
        assert got == full_state(tmp_path, [a, b, n], fake_encode, "full.db")
        assert len(got[0]) == 3
    finally:
        eng.dispose()
