"""A real SQLite store for the web tests, built from hand-written readouts (our own prose) via
the store's ingest and fusion: one meeting reported in English and in Arabic, a later meeting,
statements, roles, and an article carrying script/HTML injection payloads."""

from __future__ import annotations

import re
import socket
import threading
import time
from typing import Any

import pytest

EVIL_TITLE = '<script>window.__pwned=1</script>Talks <img src=x onerror="window.__pwned=2">'
EVIL_TEXT = ('The envoy <script>window.__pwned=3;alert(3)</script> met the delegate '
             '<img src=x onerror="window.__pwned=4"> in Vienna, see <a href="javascript:window.__pwned=5">notes</a>.')
EVIL_URL = "javascript:window.__pwned=6"


def _spans(text: str, surface: str) -> list[dict[str, int]]:
    out = [{"start": m.start(), "end": m.end()} for m in re.finditer(re.escape(surface), text)]
    assert out, f"{surface!r} not in text"
    return out


def readout(doc_id: str, text: str, *, language: str, published: str, title: str, url: str | None = None,
            entities=(), roles=(), events=()) -> dict[str, Any]:
    """entities: (id, type, name, kb_id, [surfaces]); roles: (person, title, org, evidence);
    events: dicts whose `evidence` is a list of substrings of `text`."""
    ents = [{"id": i, "type": t, "name": n, "kb_id": kb, "aliases": list(surfs),
             "mentions": sorted((s for x in surfs for s in _spans(text, x)), key=lambda m: m["start"])}
            for i, t, n, kb, surfs in entities]
    rls = [{"person": p, "title": t, "org": o, "evidence": _spans(text, ev)[0]} for p, t, o, ev in roles]
    evs = []
    for v in events:
        v = {"mode": None, "date": None, **v}
        v["evidence"] = [_spans(text, s)[0] for s in v["evidence"]]
        if v["type"] == "CONSULT":
            v.setdefault("participants", [])
            v.setdefault("location", None)
        else:
            v = {"actor": None, "target": None, "about": [], "quote": None, **v}
        evs.append(v)
    return {"schema": "communique.readout/1",
            "doc": {"id": doc_id, "source": f"webtest/{doc_id}.txt", "url": url, "title": title,
                    "language": language, "published": published, "text": text},
            "entities": ents, "roles": rls, "events": evs}


EN1 = ("The US Special Envoy for Syria, James Jeffrey, sat down with the opposition negotiator Nasr al-Hariri "
       "in Geneva on Tuesday to go over the work of the constitutional committee. Afterwards Jeffrey said "
       "Washington backs the process led by the United Nations.")
AR1 = ("التقى المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري رئيس وفد المعارضة نصر الحريري في جنيف يوم الثلاثاء "
       "وبحث الجانبان عمل اللجنة الدستورية.")
EN2 = ("James Jeffrey travelled to Ankara on Thursday for a long meeting with Foreign Minister Mevlut Cavusoglu "
       "on the security of the border strip. Cavusoglu asked Washington to speed up the joint patrols.")

JEFFREY_EN = ("E1", "PERSON", "James Jeffrey", "actor:james-jeffrey", ["James Jeffrey", "Jeffrey"])
USA = ("E4", "GPE", "United States", "Q30", ["US", "Washington"])


def corpus() -> list[dict[str, Any]]:
    return [
        readout("web-en-1", EN1, language="en", published="2019-05-15", title="Envoy and opposition meet in Geneva",
                url="https://example.org/web/en-1",
                entities=[JEFFREY_EN, ("E2", "PERSON", "Nasr al-Hariri", "actor:nasr-al-hariri", ["Nasr al-Hariri"]),
                          ("E3", "GPE", "Geneva", None, ["Geneva"]), USA,
                          ("E5", "ORG", "United Nations", "org:un", ["United Nations"])],
                roles=[("E1", "Special Envoy for Syria", "E4", "US Special Envoy for Syria, James Jeffrey")],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                         "date": "2019-05-14",
                         "evidence": ["James Jeffrey, sat down with the opposition negotiator Nasr al-Hariri in Geneva on Tuesday"]},
                        {"id": "V2", "type": "SUPPORT", "actor": "E1", "about": ["E5"], "date": "2019-05-14",
                         "evidence": ["Jeffrey said Washington backs the process led by the United Nations"]}]),
        readout("web-ar-1", AR1, language="ar", published="2019-05-15", title="جيفري والحريري في جنيف",
                entities=[("E1", "PERSON", "James Jeffrey", "actor:james-jeffrey", ["جيمس جيفري"]),
                          ("E2", "PERSON", "Nasr al-Hariri", "actor:nasr-al-hariri", ["نصر الحريري"]),
                          ("E3", "GPE", "Geneva", None, ["جنيف"])],
                roles=[("E1", "Special Envoy for Syria", None, "المبعوث الأمريكي الخاص إلى سوريا")],
                events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                         "date": "2019-05-14",
                         "evidence": ["التقى المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري رئيس وفد المعارضة نصر الحريري في جنيف"]}]),
        readout("web-en-2", EN2, language="en", published="2019-06-21", title="Jeffrey in Ankara",
                entities=[JEFFREY_EN, ("E2", "PERSON", "Mevlut Cavusoglu", "actor:mevlut-cavusoglu",
                                       ["Mevlut Cavusoglu", "Cavusoglu"]),
                          ("E3", "GPE", "Ankara", None, ["Ankara"]), ("E4", "GPE", "United States", "Q30", ["Washington"])],
                roles=[("E2", "Foreign Minister", None, "Foreign Minister Mevlut Cavusoglu")],
                events=[{"id": "V1", "type": "CONSULT", "mode": "visit", "participants": ["E1", "E2"],
                         "location": "E3", "date": "2019-06-20",
                         "evidence": ["James Jeffrey travelled to Ankara on Thursday for a long meeting with Foreign Minister Mevlut Cavusoglu"]},
                        {"id": "V2", "type": "REQUEST", "actor": "E2", "target": "E4", "date": "2019-06-20",
                         "evidence": ["Cavusoglu asked Washington to speed up the joint patrols"]}]),
    ]


def evil_readout() -> dict[str, Any]:
    return readout("web-evil", EVIL_TEXT, language="en", published="2019-07-01", title=EVIL_TITLE, url=EVIL_URL,
                   entities=[("E1", "PERSON", '<b onmouseover="window.__pwned=7">Envoy</b>', None, ["The envoy"]),
                             ("E2", "PERSON", "Delegate <script>window.__pwned=8</script>", None, ["the delegate"]),
                             ("E3", "GPE", "Vienna", None, ["Vienna"])],
                   events=[{"id": "V1", "type": "CONSULT", "participants": ["E1", "E2"], "location": "E3",
                            "date": "2019-06-30", "evidence": [EVIL_TEXT[:-1]]}])


def build_store(path, readouts) -> str:
    from communique.store.fusion import fuse
    from communique.store.ingest import ingest_readouts
    from communique.store.schema import open_store

    url = f"sqlite:///{path}"
    eng = open_store(url)
    stats = ingest_readouts(eng, readouts)
    assert stats.failed == 0, stats.errors
    fuse(eng)
    eng.dispose()
    return url


@pytest.fixture(scope="session")
def web_store_url(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("webstore") / "web.db", corpus() + [evil_readout()])


@pytest.fixture(scope="session")
def client(web_store_url):
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    with TestClient(create_app(web_store_url), raise_server_exceptions=False) as c:
        yield c


def bilingual_meeting(client) -> dict[str, Any]:
    """The fused Geneva meeting (reported in English and Arabic)."""
    events = client.get("/api/events", params={"type": "CONSULT", "limit": 200}).json()["events"]
    [ev] = [e for e in events if sorted(e["languages"]) == ["ar", "en"]]
    return ev


class LiveServer:
    """uvicorn in a background thread on 127.0.0.1 and a free port; `stop()` ends it."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "LiveServer":
        self.thread.start()
        for _ in range(500):  # wait for the socket, not a fixed time
            if self.server.started:
                return self
            if not self.thread.is_alive():
                break
            time.sleep(0.01)
        raise RuntimeError("the test server did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
