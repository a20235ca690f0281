"""Fusion: pure pair rules on hand-made reports, then the whole store with the real encoder."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlalchemy import select

from communique.store.fusion import Report, candidate_pairs, cluster, fuse, pair_score
from communique.store.ingest import ingest_readouts, read_readouts
from communique.store.queries import event_detail, timeline
from communique.store.schema import fused_sources

from test_store_ingest import FIXTURE


def rep(i, article, day=None, people=(1, 2), place=10, published=None, vec=None):
    d = date.fromisoformat(day) if day else None
    return Report(id=i, article_id=article, lo=d, hi=d,
                  published=date.fromisoformat(published) if published else d,
                  participants=frozenset(people), place=place,
                  vec=np.asarray(vec, dtype=np.float32) if vec is not None else None)


def test_same_people_same_day_fuse_and_a_month_apart_do_not():
    assert pair_score(rep(1, 1, "2019-03-11"), rep(2, 2, "2019-03-11")) is not None
    assert pair_score(rep(1, 1, "2019-03-11"), rep(2, 2, "2019-03-12")) is not None   # one day tolerance
    assert pair_score(rep(1, 1, "2019-03-11"), rep(2, 2, "2019-04-15")) is None


def test_one_article_never_fuses_with_itself():
    assert pair_score(rep(1, 1, "2019-03-11"), rep(2, 1, "2019-03-11")) is None


def test_a_host_meeting_two_different_guests_is_two_meetings():
    a, b = rep(1, 1, "2019-03-11", people=(1, 2)), rep(2, 2, "2019-03-11", people=(1, 3))
    assert pair_score(a, b) is None


def test_undated_report_needs_strong_evidence():
    same = [1.0, 0.0]
    dated = rep(1, 1, "2019-03-11", vec=same)
    undated = rep(2, 2, None, published="2019-03-13", vec=same)
    assert pair_score(dated, undated) is not None
    unlike = rep(3, 3, None, published="2019-03-13", vec=[0.0, 1.0])
    assert pair_score(dated, unlike) is None                    # no text support
    late = rep(4, 4, None, published="2019-04-20", vec=same)
    assert pair_score(dated, late) is None                      # published weeks later


def test_blocking_compares_only_neighbours():
    # 2000 meetings of disjoint pairs of people in different places: no candidate pair at all
    reports = [rep(i, i, "2019-03-11", people=(2 * i, 2 * i + 1), place=10_000 + i) for i in range(2000)]
    assert candidate_pairs(reports) == set()
    # one person meeting someone every day for 1000 days: only pairs within the date window
    chain = [rep(i, i, f"{date.fromordinal(date(2019, 1, 1).toordinal() + i)}", people=(1, 100 + i), place=None)
             for i in range(1000)]
    assert len(candidate_pairs(chain)) < 1000 * 10


def test_clusters_do_not_chain_across_weeks():
    # a day-by-day chain of reports of the same pair: tolerance must not glue them all together
    reports = [rep(i, i, f"2019-03-{10 + i:02d}") for i in range(6)]
    groups = cluster(reports)
    assert len(groups) >= 3
    assert all(len(g) <= 2 for g in groups)


def test_fusion_joins_english_and_arabic_reports_of_one_meeting(engine):
    ingest_readouts(engine, read_readouts(str(FIXTURE)))
    stats = fuse(engine)
    assert (stats.meetings, stats.fused, stats.statements, stats.attached) == (4, 2, 2, 2)
    with engine.connect() as conn:
        meetings = timeline(conn, type="CONSULT")
        assert [m["date"] for m in meetings] == ["2019-04-15", "2019-03-11"]
        march = event_detail(conn, meetings[1]["id"])
        assert sorted((s["doc"], s["event"]) for s in march["sources"]) == [("ar-1", "V1"), ("en-1", "V1"),
                                                                              ("en-3", "V1")]
        assert march["languages"] == ["ar", "en"] and march["location"]["name"] == "Ankara"
        assert [s["type"] for s in march["statements"]] == ["SUPPORT"]
        april = event_detail(conn, meetings[0]["id"])
        assert [s["doc"] for s in april["sources"]] == ["en-2"]
        assert [s["type"] for s in april["statements"]] == ["REQUEST"]


def test_fusion_is_deterministic(engine, fake_encode):
    ingest_readouts(engine, read_readouts(str(FIXTURE)))
    fuse(engine, encode=fake_encode)
    with engine.connect() as conn:
        first = sorted(conn.execute(select(fused_sources.c.fused_id, fused_sources.c.event_id)).all())
    fuse(engine, encode=fake_encode)
    with engine.connect() as conn:
        assert sorted(conn.execute(select(fused_sources.c.fused_id, fused_sources.c.event_id)).all()) == first


@pytest.mark.parametrize("n", [60])
def test_synthetic_meetings_fuse_per_meeting(sqlite_url, fake_encode, n):
    from communique.store.schema import open_store
    from synthetic import corpus, meetings

    rs = corpus(n, seed=3)
    eng = open_store(sqlite_url)
    ingest_readouts(eng, rs, batch_size=25)
    stats = fuse(eng, encode=fake_encode)
    assert stats.meetings == len(rs)
    # every report of one synthetic meeting shares its people, place and date: one fused event each
    distinct = {(m[0], frozenset(m[1:3]), m[3]) for m in meetings(n, seed=3)}
    assert stats.fused == len(distinct)


def test_reports_without_any_date_fuse_only_on_the_same_delegation():
    a = rep(1, 1, None, people=(1, 2, 3, 4), vec=[1.0, 0.0])
    b = rep(2, 2, None, people=(1, 2, 3, 5), vec=[0.0, 1.0])     # 3 of 5 people, unrelated wording
    assert a.window() is None and pair_score(a, b) is not None
    c = rep(3, 3, None, people=(1, 6), vec=[1.0, 0.0])
    assert pair_score(a, c) is None                               # one person in common
    d = rep(4, 4, None, people=(1, 2), vec=[1.0, 0.0])
    e = rep(5, 5, None, people=(1, 2), vec=[0.0, 1.0])
    assert pair_score(d, e) is None                               # same two people, texts unrelated
    assert (0, 1) in candidate_pairs([a, b])


def test_two_people_who_meet_often_need_the_same_place_without_a_date():
    same = [1.0, 0.0]
    undated = rep(1, 1, None, people=(1, 2, 3, 4), place=10, vec=same)     # no date, no publication
    elsewhere = rep(2, 2, "2019-03-14", people=(1, 2), place=11, vec=same)
    here = rep(3, 3, "2019-03-14", people=(1, 2), place=10, vec=same)
    for r in (undated, elsewhere, here):
        object.__setattr__(r, "persons", r.participants)
    assert pair_score(undated, elsewhere) is None
    assert pair_score(undated, here) is not None


def test_places_nest_by_the_gazetteer():
    from communique.store.places import geo_key, relation

    assert relation(geo_key("Port Sudan"), geo_key("Sudan")) == "within"
    assert relation(geo_key("Istanbul"), geo_key("Brussels")) == "conflict"
    assert relation(geo_key("Ankara"), geo_key("Ankara")) == "same"
    assert relation(geo_key("Hotel Beau Rivage"), geo_key("Switzerland")) == "unknown"
    city, country = rep(1, 1, "2019-03-11", place=1), rep(2, 2, "2019-03-11", place=2)
    object.__setattr__(city, "place_geo", geo_key("Port Sudan"))
    object.__setattr__(country, "place_geo", geo_key("Sudan"))
    from communique.store.fusion import place_relation

    assert place_relation(city, country) == "within"
