"""Fusion on the shared real articles (read from ../shared at test time, never copied): the
gold annotations are turned into readouts ("oracle extraction") so this measures the store's
fusion alone: gold same-event groups must fuse, and nothing else may."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.store.fusion import fuse
from communique.store.ingest import ingest_readouts
from communique.store.schema import open_store
from communique.store.export import iter_events

SHARED = Path(__file__).resolve().parents[2] / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(),
                                  reason="../shared (real example articles) is not beside the checkout")


def _find(text: str, s: str) -> list[dict]:
    out, k = [], text.find(s)
    while s and k >= 0:
        out.append({"start": k, "end": k + len(s)})
        k = text.find(s, k + len(s))
    return out


def oracle_readout(gdoc: dict, doc_id: str, text: str, source: str, published: str | None) -> dict:
    """A readout with the gold actors and meetings of one document, offsets found in its text."""
    ents, ids = [], {}
    for a in gdoc["actors"]:
        eid = f"E{len(ents) + 1}"
        ids[a["canonical"]] = eid
        ms = sorted({(m["start"], m["end"]) for v in a["variants"] for m in _find(text, v)})
        # a variant spelled differently in the text (hamza, spacing) still needs one mention
        ents.append({"id": eid, "type": a["type"], "name": a["canonical"], "aliases": a["variants"],
                     "kb_id": None, "mentions": [{"start": s, "end": e} for s, e in ms] or [{"start": 0, "end": 1}]})

    def ent(name):
        if name not in ids:
            ids[name] = f"E{len(ents) + 1}"
            ents.append({"id": ids[name], "type": "ORG", "name": name, "aliases": [name], "kb_id": None,
                         "mentions": [{"start": 0, "end": 1}]})
        return ids[name]
    events = []
    for k, m in enumerate(gdoc["meetings"]):
        ev = _find(text, m.get("evidence") or "")[:1] or [{"start": 0, "end": min(len(text), 300)}]
        events.append({"id": f"V{k + 1}", "type": "CONSULT", "mode": None,
                       "participants": [ent(p) for p in m["participants"]],
                       "location": ent(m["location"]) if m.get("location") else None,
                       "date": m.get("date"), "evidence": ev})
    return {"schema": "communique.readout/1",
            "doc": {"id": doc_id, "source": source, "title": gdoc.get("title"), "language": gdoc["lang"],
                    "published": published, "text": text},
            "entities": ents, "roles": [], "events": events}


def seeds_readouts():
    gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    out = []
    for d in gold["documents"]:
        path = SHARED / "seeds" / d["doc"]
        out.append(oracle_readout(d, d["doc"], path.read_text(encoding="utf-8"), str(path), d.get("published")))
    return gold, out


def dev_readouts():
    gold = json.loads((SHARED / "dev" / "real.gold.json").read_text(encoding="utf-8"))
    recs = {}
    for line in (SHARED / "dev" / "real.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            recs[r["id"]] = r
    out = [oracle_readout(d, d["doc"], recs[d["doc"]]["text"], str(SHARED / "dev" / "real.jsonl"),
                          recs[d["doc"]].get("published") or d.get("published"))
           for d in gold["documents"] if d["doc"] in recs]
    return gold, out


def fused_groups(url: str, readouts: list[dict]) -> list[set[str]]:
    eng = open_store(url)
    assert ingest_readouts(eng, readouts).failed == 0
    fuse(eng)
    with eng.connect() as conn:
        groups = [{f"{s['doc']}#{int(s['event'][1:]) - 1}" for s in e["sources"]}
                  for e in iter_events(conn) if e["type"] == "CONSULT"]
    eng.dispose()
    return groups


@needs_shared
@pytest.mark.parametrize("load", [seeds_readouts, dev_readouts], ids=["seeds", "dev"])
def test_gold_same_event_groups_fuse_and_nothing_else(sqlite_url, load):
    gold, readouts = load()
    groups = fused_groups(sqlite_url, readouts)
    multi = sorted(sorted(g) for g in groups if len(g) > 1)
    assert multi == sorted(sorted(g) for g in gold["same_event"])


def pipeline_groups(url: str, paths: list[str]) -> list[set[str]]:
    from communique.store.ingest import ingest_paths

    stats = ingest_paths(url, paths, progress=False)
    assert stats.failed == 0
    eng = open_store(url)
    with eng.connect() as conn:
        groups = [{s["doc"] for s in e["sources"]} for e in iter_events(conn) if e["type"] == "CONSULT"]
    eng.dispose()
    return [g for g in groups if len(g) > 1]


@needs_shared
@pytest.mark.slow
def test_seeds_through_the_pipeline_fuse_000_and_001_only(sqlite_url):
    groups = pipeline_groups(sqlite_url, [str(SHARED / "seeds")])
    assert [sorted(d[:3] for d in g) for g in groups] == [["000", "001"]]


@needs_shared
@pytest.mark.slow
def test_dev_through_the_pipeline_fuses_the_gold_pairs_only(sqlite_url):
    gold = json.loads((SHARED / "dev" / "real.gold.json").read_text(encoding="utf-8"))
    want = sorted(sorted({x.split("#")[0] for x in g}) for g in gold["same_event"])
    groups = pipeline_groups(sqlite_url, [str(SHARED / "dev" / "real.jsonl")])
    assert sorted(sorted(g) for g in groups) == want
