"""The workspace on a real PostgreSQL store: every page and its JSON twin answer, and the
bilingual meeting is one event there too (the same code path as SQLite)."""

from __future__ import annotations

import pytest

from web_fixtures import corpus, evil_readout

pytestmark = pytest.mark.postgres


def test_every_page_on_postgresql(pg_url):
    from fastapi.testclient import TestClient

    from communique.store.fusion import fuse
    from communique.store.ingest import ingest_readouts
    from communique.store.schema import open_store
    from communique.web.app import create_app

    eng = open_store(pg_url)
    assert ingest_readouts(eng, corpus() + [evil_readout()]).failed == 0
    fuse(eng)
    eng.dispose()
    app = create_app(pg_url)
    with TestClient(app, raise_server_exceptions=False) as c:
        events = c.get("/api/events").json()["events"]
        [both] = [e for e in events if sorted(e["languages"]) == ["ar", "en"]]
        actor = [p for p in both["participants"] if p["name"] == "James Jeffrey"][0]["id"]
        art = c.get("/api/search", params={"q": "الحريري"}).json()["results"][0]["id"]
        for path in ["/", f"/events/{both['id']}", "/actors", f"/actors/{actor}", f"/articles/{art}", "/network",
                     "/map", "/downloads", "/search?q=jeffrey", "/offices", "/?lang=ar&type=CONSULT&since=2019-05",
                     "/?actor=Jeffrey&with=الحريري&q=Geneva"]:
            for p in (path, "/api/events" + path[1:] if path.startswith("/?") or path == "/" else "/api" + path):
                r = c.get(p)
                assert r.status_code == 200, (p, r.text[:300])
        pair = c.get("/api/events", params={"actor": "Jeffrey", "with": "الحريري", "lang": "ar"}).json()["events"]
        assert [e["id"] for e in pair] == [both["id"]]
        a = c.get(f"/api/actors/{actor}").json()["actor"]
        assert sorted(x["name"] for x in a["counterparts"]) == ["Mevlut Cavusoglu", "Nasr al-Hariri"]
        assert c.get("/downloads/events.jsonl").status_code == 200
    from sqlalchemy import text

    with app.state.engine.connect() as conn, pytest.raises(Exception, match="read-only"):
        conn.execute(text("DELETE FROM articles"))
    app.state.engine.dispose()
