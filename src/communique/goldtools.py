"""Gold-v1 annotations turned into readouts: the upper bound a perfect extractor reaches,
used to check the scorer and as a harness for testing later stages in isolation."""

from __future__ import annotations

from typing import Any

from .readout import SCHEMA_ID


def readout_from_gold(g: dict[str, Any], text: str = "") -> dict[str, Any]:
    ids: dict[str, str] = {}
    entities = []
    for i, a in enumerate(g["actors"], 1):
        eid = f"E{i}"
        ids[a["canonical"]] = eid
        mentions = []
        for v in a["variants"]:
            pos = text.find(v) if text else -1
            if pos >= 0:
                mentions.append({"start": pos, "end": pos + len(v)})
        entities.append({"id": eid, "type": a["type"], "name": a["canonical"], "aliases": list(a["variants"]),
                         "kb_id": None, "mentions": mentions or [{"start": 0, "end": 1}]})
    roles = [{"person": ids[r["person"]], "title": r["title"], "org": ids.get(r.get("org") or ""),
              "evidence": {"start": 0, "end": 1}} for r in g.get("roles", [])]
    events = []
    for m in g.get("meetings", []):
        events.append({"id": f"V{len(events) + 1}", "type": "CONSULT", "mode": None,
                       "participants": [ids[p] for p in m["participants"]],
                       "location": ids.get(m.get("location") or ""), "date": m.get("date"),
                       "evidence": [{"start": 0, "end": 1}]})
    for s in g.get("statements", []):
        events.append({"id": f"V{len(events) + 1}", "type": s["type"], "mode": None,
                       "actor": ids[s["speaker"]], "target": None, "about": [], "quote": None,
                       "date": None, "evidence": [{"start": 0, "end": 1}]})
    return {"schema": SCHEMA_ID,
            "doc": {"id": g["doc"], "source": g["doc"], "title": g.get("title"), "language": g.get("lang"),
                    "published": g.get("published"), "text": text or " "},
            "entities": entities, "roles": roles, "events": events}


def readouts_from_gold(gold: dict[str, Any], texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    texts = texts or {}
    return [readout_from_gold(g, texts.get(g["doc"], "")) for g in gold["documents"]]


def fused_from_gold(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Fused events as `communique export events` prints them, grouping gold same_event lists."""
    out, grouped = [], set()
    for n, group in enumerate(gold.get("same_event", []), 1):
        srcs = []
        for ref in group:
            doc, idx = ref.rsplit("#", 1)
            srcs.append({"doc": doc, "event": f"V{int(idx) + 1}"})
            grouped.add(ref)
        out.append({"id": f"F{n}", "sources": srcs})
    return out
