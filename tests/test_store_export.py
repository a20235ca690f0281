"""Exports parse, and the read API answers the questions the web UI asks."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from click.testing import CliRunner

from communique.store.export import export
from communique.store.fusion import fuse
from communique.store.ingest import ingest_readouts, read_readouts
from communique.store import queries
from communique.store.timelines import office_holders

from test_store_ingest import FIXTURE


def loaded(engine, encode):
    ingest_readouts(engine, read_readouts(str(FIXTURE)))
    fuse(engine, encode=encode)
    return engine


def run(conn, what, fmt) -> str:
    buf = io.StringIO()
    export(conn, what, fmt, buf)
    return buf.getvalue()


def test_exports_parse(engine, fake_encode, tmp_path):
    loaded(engine, fake_encode)
    with engine.connect() as conn:
        evs = [json.loads(line) for line in run(conn, "events", "jsonl").splitlines()]
        assert len(evs) == 4
        meeting = next(e for e in evs if e["n_sources"] == 3)
        assert {(s["doc"], s["event"]) for s in meeting["sources"]} == {("en-1", "V1"), ("ar-1", "V1"), ("en-3", "V1")}
        assert len(meeting["statements"]) == 1
        rows = list(csv.DictReader(io.StringIO(run(conn, "events", "csv"))))
        assert len(rows) == 4 and "en-1#V1" in next(r for r in rows if r["id"] == meeting["id"])["sources"]
        plover = [json.loads(line) for line in run(conn, "events", "plover").splitlines()]
        req = next(p for p in plover if p["event"] == "REQUEST")
        assert [a["actorText"] for a in req["source"]] == ["Mevlut Cavusoglu"]
        assert req["target"] == [{"actorText": "United States", "code": "Q30"}]
        met = next(p for p in plover if p["id"] == meeting["id"])
        assert met["event"] == "CONSULT" and met["date"] == "2019-03-11" and len(met["source"]) == 2
        assert len(met["communique"]["sources"]) == 3
        path = tmp_path / "net.graphml"
        path.write_text(run(conn, "events", "graphml"), encoding="utf-8")
        g = nx.read_graphml(path)
        labels = {d["label"]: n for n, d in g.nodes(data=True)}
        assert g.edges[labels["James Jeffrey"], labels["Mevlut Cavusoglu"]]["weight"] == 2
        acts = [json.loads(line) for line in run(conn, "actors", "jsonl").splitlines()]
        assert {a["name"] for a in acts} >= {"James Jeffrey", "Mevlut Cavusoglu", "Ankara"}
        roles = list(csv.DictReader(io.StringIO(run(conn, "roles", "csv"))))
        assert any(r["actor"] == "James Jeffrey" and r["org"] == "United States" for r in roles)
        arts = list(csv.DictReader(io.StringIO(run(conn, "articles", "csv"))))
        assert sorted(a["doc_id"] for a in arts) == ["ar-1", "en-1", "en-2", "en-3"]


def test_read_api(engine, fake_encode):
    loaded(engine, fake_encode)
    with engine.connect() as conn:
        jeffrey = next(a for a in queries.actors_list(conn, q="Jeffrey"))
        assert jeffrey["name"] == "James Jeffrey" and jeffrey["n_events"] == 3
        assert len(queries.timeline(conn, actor=jeffrey["id"], type="CONSULT")) == 2
        assert len(queries.timeline(conn, lang="ar")) == 1
        assert sorted(e["type"] for e in queries.timeline(conn, since="2019-04-01")) == ["CONSULT", "REQUEST"]
        assert len(queries.timeline(conn, until="2019-03-31")) == 2
        assert len(queries.timeline(conn, q="SECOND round")) == 1
        assert len(queries.timeline(conn, q="%")) == 0             # LIKE wildcards are escaped
        assert len(queries.timeline(conn, limit=1, offset=1)) == 1
        assert len(queries.timeline(conn, limit=10 ** 6)) == 4
        ankara = queries.places(conn)[0]
        assert ankara["name"] == "Ankara" and ankara["n_events"] == 2
        net = queries.network(conn, since="2019-04-01")
        assert [e["weight"] for e in net["edges"]] == [1]
        hits = queries.search_articles(conn, "working session")
        assert [h["doc_id"] for h in hits] == ["en-3"]
        art = queries.article_detail(conn, hits[0]["id"])
        assert art["events"][0]["fused_id"] and art["entities"][0]["mentions"]
        assert queries.event_detail(conn, "F-missing") is None and queries.actor_detail(conn, -1) is None
        holders = office_holders(conn, "Special Envoy for Syria")
        assert [h["holder"]["name"] for h in holders] == ["James Jeffrey"]
        assert holders[0]["first"] == "2019-03-12"


def test_cli_ingest_and_export(tmp_path):
    from communique.cli import cli

    db = f"sqlite:///{tmp_path / 'c.db'}"
    r = CliRunner().invoke(cli, ["ingest", str(FIXTURE), "--db", db, "-q"])
    assert r.exit_code == 0, r.output
    assert "4 added" in r.output
    r = CliRunner().invoke(cli, ["export", "events", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0 and len(r.output.splitlines()) == 4
    r = CliRunner().invoke(cli, ["export", "roles", "--db", db, "--format", "plover"])
    assert r.exit_code != 0 and "E312" in r.output
    r = CliRunner().invoke(cli, ["fuse", "--db", db, "--new"])          # nothing new since the ingest
    assert r.exit_code == 0 and "(0 recomputed)" in r.output, r.output
    r = CliRunner().invoke(cli, ["fuse", "--db", db])                   # a full rebuild recomputes all
    assert r.exit_code == 0 and "into 2 meetings (2 recomputed)" in r.output, r.output
    r = CliRunner().invoke(cli, ["ingest", str(FIXTURE), "--db", db, "-q", "--refuse"])
    assert r.exit_code == 0 and "into 2 meetings" in r.output, r.output
    r = CliRunner().invoke(cli, ["export", "events", "--db", db, "--format", "jsonl"])
    assert len(r.output.splitlines()) == 4


def test_roles_of_an_undated_article_take_its_event_dates(engine):
    from readout_factory import readout

    text = "Envoy Lina Sorensen met Minister Yusuf Darwish in Oslo on 3 May 2021."
    r = readout("undated-1", text, published=None,
                entities=[{"id": "E1", "type": "PERSON", "name": "Lina Sorensen", "surfaces": ["Lina Sorensen"]},
                          {"id": "E2", "type": "PERSON", "name": "Yusuf Darwish", "surfaces": ["Yusuf Darwish"]}],
                roles=[{"person": "E1", "title": "Envoy", "evidence": "Envoy"}],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "date": "2021-05-03",
                         "evidence": [text]}])
    ingest_readouts(engine, [r])
    with engine.connect() as conn:
        assert [(h["holder"]["name"], h["first"]) for h in office_holders(conn, "envoy")] == \
            [("Lina Sorensen", "2021-05-03")]
