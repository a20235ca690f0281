"""The batch writer: alias counts upserted once per batch come out as if written one by one."""

from __future__ import annotations

from sqlalchemy import select

from communique.store.actors import alias_upsert
from communique.store.ingest import ingest_readouts, read_readouts
from communique.store.schema import actors, aliases, open_store

from test_store_ingest import FIXTURE


def alias_table(eng) -> list[tuple]:
    with eng.connect() as conn:
        return sorted(conn.execute(select(actors.c.name_key, aliases.c.alias, aliases.c.script, aliases.c.count)
                                   .join(actors, actors.c.id == aliases.c.actor_id)).all())


def test_alias_counts_are_the_same_in_one_batch_or_one_article_per_batch(store_url, tmp_path):
    rs = list(read_readouts(str(FIXTURE)))
    one = open_store(store_url)
    each = open_store(f"sqlite:///{tmp_path / 'each.db'}")
    try:
        ingest_readouts(one, rs, batch_size=100)
        ingest_readouts(each, rs, batch_size=1)
        got = alias_table(one)
        assert got == alias_table(each)
        assert any(n >= 2 for *_, n in got)          # some alias was seen in two articles
    finally:
        one.dispose()
        each.dispose()


def test_the_alias_upsert_adds_new_aliases_and_raises_known_counts(engine):
    with engine.begin() as conn:
        aid = conn.execute(actors.insert().values(kb_id=None, name="Test Person", type="PERSON",
                                                  name_key="testperson", provisional=True)).inserted_primary_key[0]
        row = {"actor_id": aid, "alias": "Test Person", "alias_key": "testperson", "script": "Latin", "count": 2}
        conn.execute(alias_upsert(conn.dialect.name), [row])
        conn.execute(alias_upsert(conn.dialect.name), [row, {**row, "alias": "T. Person", "count": 1}])
        got = sorted(conn.execute(select(aliases.c.alias, aliases.c.count).where(aliases.c.actor_id == aid)).all())
    assert got == [("T. Person", 1), ("Test Person", 4)]
