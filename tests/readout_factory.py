"""Builds `communique.readout/1` dicts from a text and the surfaces to mark in it, so test
fixtures are written as prose rather than as character offsets."""

from __future__ import annotations

import re
from typing import Any


def spans(text: str, surface: str) -> list[dict[str, int]]:
    out = [{"start": m.start(), "end": m.end()} for m in re.finditer(re.escape(surface), text)]
    if not out:
        raise ValueError(f"{surface!r} not in text")
    return out


def readout(doc_id: str, text: str, *, language: str = "en", published: str | None = None,
            title: str | None = None, source: str | None = None, url: str | None = None,
            entities: list[dict[str, Any]] = (), roles: list[dict[str, Any]] = (),
            events: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """entities: {id, type, name, kb_id?, surfaces: [...]}; roles: {person, title, org?, evidence: str};
    events: readout events whose `evidence` is a list of substrings of `text`."""
    ents = []
    for e in entities:
        ms: list[dict[str, int]] = []
        for surf in sorted(e["surfaces"], key=len, reverse=True):   # "Cavusoglu" inside "Mevlut Cavusoglu" is one mention
            ms += [s for s in spans(text, surf)
                   if not any(s["start"] < m["end"] and m["start"] < s["end"] for m in ms)]
        ents.append({"id": e["id"], "type": e["type"], "name": e["name"], "aliases": list(e["surfaces"]),
                     "kb_id": e.get("kb_id"), "mentions": sorted(ms, key=lambda m: m["start"])})
    rls = [{"person": r["person"], "title": r["title"], "org": r.get("org"),
            "evidence": spans(text, r["evidence"])[0], **({"date": r["date"]} if r.get("date") else {})}
           for r in roles]
    evs = []
    for v in events:
        v = dict(v)
        v["evidence"] = [spans(text, s)[0] for s in v.get("evidence", [])]
        if v["type"] == "CONSULT":
            v.setdefault("participants", [])
            v.setdefault("location", None)
        else:
            v.setdefault("actor", None)
            v.setdefault("target", None)
            v.setdefault("about", [])
            v.setdefault("quote", None)
        v.setdefault("mode", None)
        v.setdefault("date", None)
        evs.append(v)
    return {"schema": "communique.readout/1",
            "doc": {"id": doc_id, "source": source or f"fixtures/{doc_id}.txt", "url": url, "title": title,
                    "language": language, "published": published, "text": text},
            "entities": ents, "roles": rls, "events": evs}
