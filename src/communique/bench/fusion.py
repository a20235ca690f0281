"""Fusion at scale: a store filled directly with N synthetic meeting reports, then `fuse()`.

Going through `ingest_readouts` for 100,000 reports would measure ingest (reported on its
own) and the sentence encoder (one vector per report; its rate is measured on a sample and
reported separately, since vectors are computed once per event and cached in the store).
So the rows are written in bulk, each report with a unit vector near its meeting's vector,
the way the encoder places two reports of one meeting; `fuse()` then finds no vector to
compute and the time is blocking, scoring, clustering and rewriting the fused tables.

The synthetic world follows tests/synthetic.py (the store engineer's load corpus): meetings
between two people of a pool (one per 20 reports), in one of ten cities, each reported by one
to three outlets, published on the day or up to two days later. By default the corpus covers
two years per 10,000 reports (years of news at a steady rate); with a fixed span instead, the
ten cities fill up and every report meets the MAX_NEIGHBOURS cap of its place block.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import numpy as np

from .measure import hwm_mb

CITIES = ["Geneva", "Vienna", "Doha", "Oslo", "Astana", "Muscat", "Rome", "Cairo", "Amman", "Baku"]
DIM = 512


def fill_store(engine, n_events: int, seed: int = 5, span_days: int | None = None) -> int:
    """Write about `n_events` CONSULT reports (with articles, entities, participants, vectors
    and their rows in fusion's blocking index) into an empty store; returns how many were written."""
    from ..store.blocks import block_rows
    from ..store.schema import actors, articles, entities, event_participants, events, fusion_blocks

    rnd = random.Random(seed)
    vec_rng = np.random.default_rng(seed)
    n_people = max(50, n_events // 20)
    start = date(2018, 1, 1)
    # a bigger corpus covers more years at the same density: 10,000 reports in two years
    span = max(730, round(730 * n_events / 10000)) if span_days is None else span_days
    now = "2026-01-01T00:00:00"
    actor_rows = [{"id": i + 1, "kb_id": None, "name": f"Person {i}", "type": "PERSON",
                   "name_key": f"person {i}", "provisional": True} for i in range(n_people)]
    city_id = {c: n_people + k + 1 for k, c in enumerate(CITIES)}
    actor_rows += [{"id": cid, "kb_id": None, "name": c, "type": "GPE", "name_key": c.lower(),
                    "provisional": True} for c, cid in city_id.items()]
    with engine.begin() as conn:
        conn.execute(actors.insert(), actor_rows)
    arts, ents, evs, parts, index = [], [], [], [], []
    art_id = ent_id = n_done = 0

    def flush() -> None:
        # written in slices so memory stays flat however many reports are made
        with engine.begin() as conn:
            for table, rows in ((articles, arts), (entities, ents), (events, evs), (event_participants, parts),
                                (fusion_blocks, index)):
                if rows:
                    conn.execute(table.insert(), rows)
                rows.clear()

    meeting = 0
    while n_done < n_events:
        meeting += 1
        a, b = rnd.sample(range(1, n_people + 1), 2)
        day = start + timedelta(days=rnd.randrange(span))
        city = rnd.choice(CITIES)
        base = vec_rng.standard_normal(DIM).astype(np.float32)
        for outlet in range(rnd.choice([1, 2, 3])):
            art_id += 1
            published = (day + timedelta(days=rnd.choice([0, 1, 1, 2]))).isoformat()
            arts.append({"id": art_id, "doc_id": f"m{meeting}-{outlet}", "source": f"outlet{outlet}",
                         "article_key": f"outlet{outlet}|m{meeting}", "title": None, "language": "en",
                         "published": published, "text": "", "raw": "{}", "content_hash": f"h{art_id}",
                         "version": 1, "is_current": True, "ingested_at": now})
            ids = []
            for actor in (a, b, city_id[city]):
                ent_id += 1
                ents.append({"id": ent_id, "article_id": art_id, "local_id": f"E{len(ids) + 1}",
                             "actor_id": actor, "type": "GPE" if actor > n_people else "PERSON",
                             "name": "", "kb_id": None})
                ids.append(ent_id)
            v = base + 0.8 * vec_rng.standard_normal(DIM).astype(np.float32)
            v /= np.linalg.norm(v)
            n_done += 1
            eid = n_done
            evs.append({"id": eid, "article_id": art_id, "local_id": "V1", "type": "CONSULT", "mode": None,
                        "date": day.isoformat(), "date_lo": day.isoformat(), "date_hi": day.isoformat(),
                        "day": day.isoformat(), "location_entity_id": ids[2],
                        "location_actor_id": city_id[city], "trigger": "met",
                        "evidence_text": f"Person {a} met Person {b} in {city}.", "embedding": v.tobytes(),
                        "extra": None})
            parts += [{"event_id": eid, "entity_id": ids[0], "role": "participant", "actor_id": a},
                      {"event_id": eid, "entity_id": ids[1], "role": "participant", "actor_id": b}]
            index += block_rows(eid, (a, b), city_id[city], (day, day))      # as an ingest writes them
        if len(evs) >= 5000:
            flush()
    flush()
    return n_done


def time_fusion(n_events: int, folder: str, span_days: int | None = None) -> dict:
    """Seconds `fuse()` takes on a fresh SQLite store of `n_events` synthetic reports
    (spread over `span_days`; default: two years per 10,000 reports)."""
    from ..store.fusion import fuse
    from ..store.schema import open_store

    engine = open_store(f"sqlite:///{folder}/fusion-{n_events}.db")
    t = time.perf_counter()
    n = fill_store(engine, n_events, span_days=span_days)
    fill = time.perf_counter() - t
    t = time.perf_counter()
    stats = fuse(engine, encode=_no_encoder)
    secs = time.perf_counter() - t
    inc = time_new_reports(engine, NEW_SHARE)
    engine.dispose()
    return {"events": n, "seconds": secs, "fill_seconds": fill, "fused": stats.fused, "pairs": stats.pairs,
            "peak_mb": hwm_mb(), "incremental": inc}


NEW_SHARE = 0.01        # the share of reports an ingest batch adds to a large store


def time_new_reports(engine, share: float) -> dict:
    """Seconds `fuse_new()` takes when the latest `share` of the fused reports are new: their
    fusion is forgotten (the clusters they were in lose them) and their articles queued as an
    ingest would (their rows in the blocking index stay, as an ingest writes them), then
    brought up to date."""
    from sqlalchemy import delete, func, select

    from ..store.blocks import enqueue
    from ..store.fusion import fuse_new
    from ..store.schema import events, fused_events, fused_participants, fused_sources

    with engine.begin() as conn:
        n = conn.execute(select(func.count()).select_from(events)).scalar()
        cut = conn.execute(select(events.c.id).order_by(events.c.id.desc())
                           .limit(1).offset(max(0, int(n * share) - 1))).scalar()
        conn.execute(delete(fused_sources).where(fused_sources.c.event_id >= cut))
        orphans = select(fused_events.c.id).where(fused_events.c.id.not_in(select(fused_sources.c.fused_id)))
        conn.execute(delete(fused_participants).where(fused_participants.c.fused_id.in_(orphans)))
        conn.execute(delete(fused_events).where(fused_events.c.id.not_in(select(fused_sources.c.fused_id))))
        enqueue(conn, conn.execute(select(events.c.article_id).where(events.c.id >= cut)).scalars())
    t = time.perf_counter()
    stats = fuse_new(engine, encode=_no_encoder)
    secs = time.perf_counter() - t
    return {"new_events": n - int(n * (1 - share)), "seconds": secs, "reclustered": stats.reclustered,
            "fused": stats.fused}


def _no_encoder(texts):
    raise AssertionError("every synthetic report has its vector already")


def encoder_rate(n: int = 256) -> dict:
    """Evidence sentences per second through the multilingual sentence encoder (fusion's one
    per-event model cost, paid once per event when it is first fused)."""
    from ..store.fusion import encoder

    enc = encoder()
    texts = [f"The minister of country {i} met the envoy in city {i % 17} to discuss the talks." for i in range(n)]
    enc.encode(texts[:8])
    t = time.perf_counter()
    for k in range(0, n, 64):
        enc.encode(texts[k:k + 64])
    secs = time.perf_counter() - t
    return {"n": n, "seconds": secs, "per_s": n / secs if secs else 0.0}
