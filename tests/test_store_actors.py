"""Actor resolution rules, on names alone (no database) and through the store."""

from __future__ import annotations

from sqlalchemy import select

from communique.store.actors import is_close, name_key, script_of, surname_key
from communique.store.ingest import ingest_readouts, read_readouts
from communique.store.queries import actor_detail
from communique.store.schema import actors

from test_store_ingest import FIXTURE


def test_name_keys_fold_spelling_variants():
    assert name_key("Mevlüt Çavuşoğlu") == name_key("Mevlut Cavusoglu")
    assert name_key("Bashar al-Assad") == name_key("Bashar Assad")
    assert name_key("أحمد الشرع") == name_key("احمد الشرع")


def test_close_spellings_need_long_keys():
    assert is_close(name_key("James Jeffery"), name_key("James Jeffrey"))
    assert not is_close(name_key("Iran"), name_key("Iraq"))
    assert not is_close(name_key("Sergei Lavrov"), name_key("Sergei Ryabkov"))


def test_scripts_and_surnames():
    assert script_of("أنقرة") == "Arabic" and script_of("Ankara") == "Latin" and script_of("2254") == "Other"
    assert surname_key("Cavusoglu") == ("cavusoglu", True)
    assert surname_key("Mevlut Cavusoglu") == ("cavusoglu", False)


def test_aliases_keep_script_and_count(engine):
    ingest_readouts(engine, read_readouts(str(FIXTURE)))
    with engine.connect() as conn:
        cav = conn.execute(select(actors.c.id).where(actors.c.name_key == "mevlutcavusoglu")).scalar()
        d = actor_detail(conn, cav)
    by_alias = {a["alias"]: a for a in d["aliases"]}
    assert by_alias["مولود جاويش أوغلو"]["script"] == "Arabic"
    assert by_alias["Mevlut Cavusoglu"]["count"] == 2       # en-1 and en-2
    assert by_alias["Cavusoglu"]["count"] == 2               # en-3 (alone) and en-2
    assert {r["title"] for r in d["roles"]} == {"Foreign Minister"}


def test_a_second_writer_sees_actors_the_first_one_added(engine):
    from communique.store.ingest import read_readouts as rr

    rs = list(rr(str(FIXTURE)))
    from communique.store.actors import ActorResolver
    from communique.store.ingest import store_readout

    one, two = ActorResolver(), ActorResolver()
    with engine.begin() as conn:                      # writer two has loaded its cache (empty store)
        two.sync(conn)
        two._load(conn)
        two.mark(conn)
    for r in rs[:1]:
        with engine.begin() as conn:
            one.sync(conn)
            store_readout(conn, r, one)
            one.mark(conn)
    with engine.begin() as conn:                      # two must notice and reload before resolving
        two.sync(conn)
        store_readout(conn, rs[3], two)
        two.mark(conn)
    with engine.connect() as conn:
        names = sorted(conn.execute(select(actors.c.name)).scalars())
    assert names.count("Mevlut Cavusoglu") == 1 and names.count("Ankara") == 1
