"""Incremental fusion (`fuse_new` after each batch) gives exactly the fused events of a full
rebuild, on SQLite and PostgreSQL: the same groups under the same fused ids."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from communique.store import fusion
from communique.store.fusion import fuse, fuse_new
from communique.store.ingest import ingest_readouts, read_readouts
from communique.store.schema import (articles, events, fused_events, fused_participants, fused_sources, open_store,
                                     statement_meetings)

from test_store_ingest import FIXTURE


def snapshot(eng) -> tuple:
    """The fused state, with source events named by (article content hash, local id)."""
    with eng.connect() as conn:
        name = {r.id: (r.content_hash, r.local_id) for r in conn.execute(
            select(events.c.id, events.c.local_id, articles.c.content_hash)
            .join(articles, articles.c.id == events.c.article_id))}
        fe = sorted(tuple(r) for r in conn.execute(select(
            fused_events.c.id, fused_events.c.type, fused_events.c.date, fused_events.c.n_sources,
            fused_events.c.languages)))
        fs = sorted((f, name[e]) for f, e in conn.execute(select(fused_sources.c.fused_id, fused_sources.c.event_id)))
        fp = sorted(tuple(r) for r in conn.execute(select(fused_participants.c.fused_id, fused_participants.c.n_sources)))
        sm = sorted((name[e], f) for e, f in conn.execute(select(statement_meetings.c.event_id,
                                                                 statement_meetings.c.fused_id)))
    return fe, fs, fp, sm


def revised(r: dict) -> dict:
    """A new version of an article at the same address: its meeting moved a day later."""
    r = copy.deepcopy(r)
    r["doc"]["text"] += " Corrected."
    for v in r.get("events") or []:
        if v.get("date") and len(v["date"]) == 10:
            d = v["date"]
            v["date"] = d[:8] + f"{min(28, int(d[8:]) + 1):02d}"
    return r


def corpus() -> list[dict]:
    from synthetic import corpus as synth

    # few people and a short span: dense blocks, many candidate pairs between batches
    return list(read_readouts(str(FIXTURE))) + synth(150, seed=11, n_people=12, days=40)


@pytest.mark.parametrize("cap", [100, 2, 1])
def test_batches_fused_incrementally_equal_one_full_rebuild(store_url, tmp_path, fake_encode, monkeypatch, cap):
    # cap 3 saturates the blocks, where a new report can displace an old pair
    monkeypatch.setattr(fusion, "MAX_NEIGHBOURS", cap)
    rs = corpus()
    later = [revised(r) for r in rs[:1] + rs[5::17]]      # the first: a fixture meeting with statements
    inc = open_store(store_url)
    full = open_store(f"sqlite:///{tmp_path / 'full.db'}")
    try:
        step = len(rs) // 4 + 1
        for k in range(0, len(rs), step):
            ingest_readouts(inc, rs[k:k + step], batch_size=20)
            stats = fuse_new(inc, encode=fake_encode)
        assert 0 < stats.reclustered < stats.fused        # the last batch did not redo everything
        ingest_readouts(inc, later, batch_size=20)
        fuse_new(inc, encode=fake_encode)
        ingest_readouts(full, rs + later, batch_size=500)
        fuse(full, encode=fake_encode)
        got, want = snapshot(inc), snapshot(full)
        assert got[0] == want[0]
        assert got[1] == want[1]
        assert got[2:] == want[2:]
        assert len(want[0]) > 0 and want[3]                  # meetings and attached statements exist
        # and a full rebuild of the incremental store changes nothing
        fuse(inc, encode=fake_encode)
        assert snapshot(inc) == got
        again = fuse_new(inc, encode=fake_encode)             # nothing new: nothing re-clustered
        assert again.reclustered == 0 and snapshot(inc) == got
    finally:
        inc.dispose()
        full.dispose()


def test_blocks_trimmed_by_the_neighbour_cap_are_reported(monkeypatch):
    from datetime import date

    from communique.store.fusion import Report, block_keys, candidate_pairs

    def rep(i, day, people, place=None):
        d = date(2024, 5, day)
        return Report(id=i, article_id=i, lo=d, hi=d, published=d, participants=frozenset(people), place=place)

    reports = [rep(1, 3, {7, 8}), rep(2, 4, {7, 9}), rep(3, 5, {7, 10}, place=40)]
    monkeypatch.setattr(fusion, "MAX_NEIGHBOURS", 1)
    saturated: set = set()
    pairs = candidate_pairs(reports, saturated)
    assert (0, 2) not in pairs and (0, 1) in pairs and (1, 2) in pairs
    assert saturated == {("p", 7)}
    assert ("p", 7) in block_keys({7, 8}, None) and ("l", 40) in block_keys({7}, 40)
    assert ("pp", 7, 8) in block_keys({8, 7}, None, timed=False) and ("p", 7) not in block_keys({7}, None, False)
    monkeypatch.setattr(fusion, "MAX_NEIGHBOURS", 100)
    saturated.clear()
    candidate_pairs(reports, saturated)
    assert not saturated
