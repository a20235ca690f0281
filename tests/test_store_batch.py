"""Batched writes: a batch is one executemany per table, so what used to follow from writing
readouts one by one must still hold inside one batch."""

from __future__ import annotations

from sqlalchemy import func, select

from communique.store.ingest import ingest_readouts
from communique.store.schema import articles, entities, event_participants, events, mentions

from readout_factory import readout


def _r(text, published="2022-02-03"):
    return readout("b-1", text, url="https://example.org/b-1", published=published,
                   entities=[{"id": "E1", "type": "PERSON", "name": "Lina Sorensen", "surfaces": ["Lina Sorensen"]},
                             {"id": "E2", "type": "PERSON", "name": "Yusuf Darwish", "surfaces": ["Yusuf Darwish"]}],
                   events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "date": published,
                            "evidence": [text]}])


def test_two_versions_and_a_repeat_inside_one_batch(engine):
    first = _r("Lina Sorensen met Yusuf Darwish in Oslo.")
    second = _r("Lina Sorensen met Yusuf Darwish in Oslo for two hours.")
    stats = ingest_readouts(engine, [first, first, second], batch_size=10)
    assert (stats.added, stats.versions, stats.skipped) == (2, 1, 1)
    with engine.connect() as conn:
        rows = conn.execute(select(articles.c.version, articles.c.is_current).order_by(articles.c.version)).all()
        assert [tuple(r) for r in rows] == [(1, False), (2, True)]
        # every child row points at its own article and entity
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == 4
        assert conn.execute(select(func.count()).select_from(mentions)).scalar() == 4
        per_article = conn.execute(select(events.c.article_id, func.count()).group_by(events.c.article_id)).all()
        assert sorted(n for _, n in per_article) == [1, 1]
        linked = conn.execute(select(event_participants.c.event_id, entities.c.article_id, events.c.article_id)
                              .join(entities, entities.c.id == event_participants.c.entity_id)
                              .join(events, events.c.id == event_participants.c.event_id)).all()
        assert len(linked) == 4 and all(a == b for _, a, b in linked)
    # the same batch again changes nothing
    again = ingest_readouts(engine, [first, second], batch_size=10)
    assert (again.added, again.skipped) == (0, 2)
