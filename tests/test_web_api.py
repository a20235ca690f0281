"""The JSON API (/api/...) through an in-process client on a real SQLite store built by the
store's own ingest and fusion."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from web_fixtures import bilingual_meeting, build_store, client, corpus, evil_readout, readout, web_store_url  # noqa: F401


def test_timeline_lists_fused_events_newest_first(client):  # noqa: F811
    r = client.get("/api/events")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    days = [e["day"] for e in r.json()["events"]]
    assert days == sorted(days, reverse=True) and len(days) == 5


def test_the_english_and_arabic_reports_are_one_event(client):  # noqa: F811
    ev = bilingual_meeting(client)
    assert ev["n_sources"] == 2 and ev["location"]["name"] == "Geneva"
    assert sorted(p["name"] for p in ev["participants"]) == ["James Jeffrey", "Nasr al-Hariri"]


@pytest.mark.parametrize("params, expect", [
    ({"type": "CONSULT"}, 3),
    ({"type": "request"}, 1),
    ({"lang": "ar"}, 1),
    ({"since": "2019-06"}, 3),
    ({"until": "2019-05"}, 2),
    ({"since": "2019-05-14", "until": "2019-05-14"}, 2),
    ({"q": "joint patrols"}, 1),
    ({"q": "نصر الحريري"}, 1),
    ({"limit": 2}, 2),
    ({"limit": 2, "offset": 4}, 1),
])
def test_timeline_filters(client, params, expect):  # noqa: F811
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert len(r.json()["events"]) == expect


def test_timeline_filters_by_actor_and_place(client):  # noqa: F811
    jeffrey = client.get("/api/actors", params={"q": "جيفري"}).json()["actors"][0]
    assert jeffrey["name"] == "James Jeffrey"
    evs = client.get("/api/events", params={"actor": jeffrey["id"]}).json()["events"]
    assert len(evs) == 3 and all(any(p["id"] == jeffrey["id"] for p in e["participants"]) for e in evs)
    geneva = [p for p in client.get("/api/map").json()["places"] if p["name"] == "Geneva"][0]
    evs = client.get("/api/events", params={"place": geneva["id"]}).json()["events"]
    assert [e["location"]["name"] for e in evs] == ["Geneva"]


@pytest.mark.parametrize("params, word", [
    ({"limit": 201}, "limit"), ({"limit": 0}, "limit"), ({"since": "last week"}, "since"),
    ({"until": "2019-13-40"}, "until"), ({"actor": "j" * 201}, "actor"), ({"type": "MEET"}, "type"),
    ({"lang": "english"}, "lang"), ({"q": "x" * 201}, "q"), ({"offset": "-1"}, "offset"),
])
def test_bad_parameters_are_json_400s(client, params, word):  # noqa: F811
    r = client.get("/api/events", params=params)
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["status"] == 400 and word in err["message"]


def test_event_detail_has_roles_sources_in_both_languages_and_statements(client):  # noqa: F811
    ev = bilingual_meeting(client)
    d = client.get(f"/api/events/{ev['id']}").json()["event"]
    jeffrey = [p for p in d["participants"] if p["name"] == "James Jeffrey"][0]
    assert jeffrey["role_at_date"]["title"] == "Special Envoy for Syria"
    by_lang = {s["language"]: s for s in d["sources"]}
    assert set(by_lang) == {"en", "ar"}
    for s in by_lang.values():
        ctx = s["context"]
        for span in s["evidence"]:
            # the context passage holds every cited span at its article offsets
            assert ctx["start"] <= span["start"] < span["end"] <= ctx["end"]
            assert ctx["text"][span["start"] - ctx["start"]:span["end"] - ctx["start"]] == span["text"]
    assert "نصر الحريري" in by_lang["ar"]["evidence"][0]["text"]
    assert [s["type"] for s in d["statements"]] == ["SUPPORT"]


def test_unknown_things_are_json_404s(client):  # noqa: F811
    for path in ["/api/events/Fnope", "/api/actors/999999", "/api/articles/999999", "/api/nothing",
                 "/api/articles/999999/readout"]:
        r = client.get(path)
        assert r.status_code == 404 and r.json()["error"]["status"] == 404, path


def test_actor_detail(client):  # noqa: F811
    aid = client.get("/api/actors", params={"q": "Jeffrey"}).json()["actors"][0]["id"]
    a = client.get(f"/api/actors/{aid}").json()["actor"]
    assert {"Latin", "Arabic"} <= set(a["names_by_script"])
    assert "جيمس جيفري" in [n["alias"] for n in a["names_by_script"]["Arabic"]]
    assert [r["title"] for r in a["roles"]][0] == "Special Envoy for Syria"
    assert [m["day"] for m in a["meetings"]] == ["2019-06-20", "2019-05-14"]
    assert [s["type"] for s in a["statements"]] == ["SUPPORT"]
    assert sorted(c["name"] for c in a["counterparts"]) == ["Mevlut Cavusoglu", "Nasr al-Hariri"]


def test_network_weighted_and_filtered_by_period(client):  # noqa: F811
    net = client.get("/api/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    pairs = {tuple(sorted((names[e["source"]], names[e["target"]]))): e["weight"] for e in net["edges"]}
    assert pairs[("James Jeffrey", "Nasr al-Hariri")] == 1
    later = client.get("/api/network", params={"since": "2019-06"}).json()
    later_names = {n["name"] for n in later["nodes"]}
    assert "Nasr al-Hariri" not in later_names and "Mevlut Cavusoglu" in later_names
    assert client.get("/api/network", params={"min_weight": 2}).json()["edges"] == []


def test_map_places_have_coordinates(client):  # noqa: F811
    m = client.get("/api/map").json()
    got = {p["name"]: (round(p["lat"]), round(p["lon"])) for p in m["places"]}
    assert got == {"Geneva": (46, 6), "Ankara": (40, 33), "Vienna": (48, 16)}


def test_search_articles_in_both_languages(client):  # noqa: F811
    r = client.get("/api/search", params={"q": "الحريري"}).json()["results"]
    assert [x["language"] for x in r] == ["ar"]
    snip = r[0]["snippet"]
    assert all(snip["text"][h["start"] - snip["start"]:h["end"] - snip["start"]] == "الحريري" for h in r[0]["hits"])
    assert {x["doc_id"] for x in client.get("/api/search", params={"q": "jeffrey"}).json()["results"]} == {"web-en-1", "web-en-2"}
    assert client.get("/api/search", params={"q": "jeffrey", "lang": "ar"}).json()["results"] == []


def test_article_and_its_readout(client):  # noqa: F811
    art = client.get("/api/search", params={"q": "border strip"}).json()["results"][0]
    a = client.get(f"/api/articles/{art['id']}").json()["article"]
    assert a["doc_id"] == "web-en-2"
    assert {s["kind"] for s in a["spans"]} == {"cite", "role"}
    ro = client.get(f"/api/articles/{art['id']}/readout").json()
    assert ro["schema"] == "communique.readout/1" and ro["doc"]["id"] == "web-en-2"


@pytest.mark.parametrize("what, fmt", [("events", "jsonl"), ("events", "csv"), ("events", "plover"),
                                       ("events", "graphml"), ("actors", "jsonl"), ("actors", "csv"),
                                       ("roles", "jsonl"), ("roles", "csv"), ("articles", "jsonl"),
                                       ("articles", "csv")])
def test_every_export_downloads(client, what, fmt):  # noqa: F811
    r = client.get(f"/downloads/{what}.{fmt}")
    assert r.status_code == 200 and r.content
    assert "attachment" in r.headers["content-disposition"]
    if fmt == "jsonl" and what == "events":
        rows = [json.loads(x) for x in r.text.splitlines()]
        assert len(rows) == 5 and all(row["sources"] for row in rows)
    if fmt == "graphml":
        assert "<graphml" in r.text


def test_downloads_list_and_unknown_export(client):  # noqa: F811
    listed = client.get("/api/downloads").json()["exports"]
    assert len(listed) == 11
    assert client.get("/downloads/roles.graphml").status_code == 404
    assert client.get("/downloads/secrets.csv").status_code == 404


def test_openapi_documents_the_api(client):  # noqa: F811
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/api/events", "/api/events/{fused_id}", "/api/actors/{actor_id}", "/api/network", "/api/map",
              "/api/search", "/api/downloads", "/downloads/{what}.{fmt}"]:
        assert p in paths, p
    assert "/" not in paths and "/events/{fused_id}" not in paths  # HTML twins stay out of the schema
    assert client.get("/api").json()["endpoints"]


def test_read_only_by_default(client, web_store_url):  # noqa: F811
    assert client.post("/api/ingest", json=[]).status_code in (404, 405)
    from communique.web.app import create_app

    eng = create_app(web_store_url).state.engine
    with eng.connect() as conn, pytest.raises(Exception, match="readonly|read-only|query_only"):
        conn.execute(text("DELETE FROM articles"))


def test_security_headers(client):  # noqa: F811
    h = client.get("/").headers
    assert "script-src 'self'" in h["content-security-policy"] and h["x-content-type-options"] == "nosniff"


def test_server_errors_are_json_without_traceback(client, monkeypatch):  # noqa: F811
    from communique.store import queries

    def boom(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "timeline", boom)
    r = client.get("/api/events")
    assert r.status_code == 500 and r.json()["error"]["status"] == 500
    assert "secret internals" not in r.text and "Traceback" not in r.text


def test_ingest_with_token(tmp_path):
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    url = build_store(tmp_path / "w.db", corpus()[:1])
    with TestClient(create_app(url, token="s3cret-token"), raise_server_exceptions=False) as c:
        new = readout("web-new", "Nasr al-Hariri met James Jeffrey again in Geneva.", language="en",
                      published="2019-08-02", title="Again",
                      entities=[("E1", "PERSON", "Nasr al-Hariri", "actor:nasr-al-hariri", ["Nasr al-Hariri"]),
                                ("E2", "PERSON", "James Jeffrey", "actor:james-jeffrey", ["James Jeffrey"])],
                      events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "date": "2019-08-01",
                               "evidence": ["Nasr al-Hariri met James Jeffrey again"]}])
        assert c.post("/api/ingest", json=[new]).status_code == 401
        assert c.post("/api/ingest", json=[new], headers={"Authorization": "Bearer wrong"}).status_code == 401
        bad = c.post("/api/ingest", content=b"{not json", headers={"Authorization": "Bearer s3cret-token"})
        assert bad.status_code == 400 and bad.json()["error"]["status"] == 400
        ok = c.post("/api/ingest", json=[new], headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json()["added"] == 1
        days = [e["day"] for e in c.get("/api/events").json()["events"]]
        assert "2019-08-01" in days
        again = c.post("/api/ingest", content=json.dumps(new).encode(), headers={"Authorization": "Bearer s3cret-token"})
        assert again.json()["skipped"] == 1


def test_offices_and_holders(client):  # noqa: F811
    offices = client.get("/api/offices").json()["offices"]
    envoy = [o for o in offices if o["title_norm"] == "envoy for syria"]
    assert envoy and {h["name"] for o in envoy for h in o["holders"]} == {"James Jeffrey"}
    found = client.get("/api/offices", params={"q": "foreign minister"}).json()["offices"]
    assert [h["name"] for o in found for h in o["holders"]] == ["Mevlut Cavusoglu"]


def test_ingest_refuses_oversized_bodies(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from communique.web.app import create_app
    from communique.web.pages import ingest

    monkeypatch.setattr(ingest, "MAX_BODY", 1000)
    url = build_store(tmp_path / "w.db", corpus()[:1])
    with TestClient(create_app(url, token="t"), raise_server_exceptions=False) as c:
        r = c.post("/api/ingest", content=b"[" + b" " * 2000 + b"]", headers={"Authorization": "Bearer t"})
        assert r.status_code == 413 and r.json()["error"]["status"] == 413

        def chunks():
            for _ in range(30):
                yield b" " * 100
        r = c.post("/api/ingest", content=chunks(), headers={"Authorization": "Bearer t"})
        assert r.status_code == 413


def test_search_ignores_arabic_spelling_variants(client):  # noqa: F811
    # the Arabic report spells "الأمريكي" with a hamza; a query without it still finds it
    r = client.get("/api/search", params={"q": "الامريكي"}).json()["results"]
    assert [x["doc_id"] for x in r] == ["web-ar-1"]
    snip = r[0]["snippet"]
    [h] = r[0]["hits"]
    assert snip["text"][h["start"] - snip["start"]:h["end"] - snip["start"]] == "الأمريكي"


def test_when_did_two_actors_meet(client):  # noqa: F811
    # actors by name in either script, or by id
    r = client.get("/api/events", params={"actor": "جيمس جيفري", "with": "Nasr al-Hariri"}).json()
    assert [e["location"]["name"] for e in r["events"]] == ["Geneva"]
    assert r["actor"]["name"] == "James Jeffrey" and r["with_actor"]["name"] == "Nasr al-Hariri"
    both = client.get("/api/events", params={"actor": r["actor"]["id"], "with": "Cavusoglu"}).json()["events"]
    assert [(e["day"], e["type"]) for e in both] == [("2019-06-20", "CONSULT")]
    assert client.get("/api/events", params={"actor": "Jeffrey", "with": "Cavusoglu",
                                             "type": "REQUEST"}).json()["events"] == []
    none = client.get("/api/events", params={"actor": "Nobody Atall"}).json()
    assert none["events"] == [] and none["unknown_actors"] == ["Nobody Atall"]


def test_events_per_month_follow_the_filters(client):  # noqa: F811
    assert client.get("/api/events").json()["per_month"] == [{"month": "2019-05", "n": 2}, {"month": "2019-06", "n": 3}]
    assert client.get("/api/events", params={"type": "CONSULT", "lang": "ar"}).json()["per_month"] == \
        [{"month": "2019-05", "n": 1}]
    r = client.get("/api/events", params={"actor": "Jeffrey", "with": "Cavusoglu"}).json()
    assert r["per_month"] == [{"month": "2019-06", "n": 1}]


def test_map_counts_meetings_in_a_period(client):  # noqa: F811
    june = client.get("/api/map", params={"since": "2019-06", "until": "2019-06"}).json()
    assert sorted(p["name"] for p in june["places"]) == ["Ankara", "Vienna"]
    assert client.get("/api/map", params={"until": "2018"}).json()["places"] == []
    assert client.get("/api/map", params={"since": "June"}).status_code == 400
