"""The `communique.readout/1` object (see DESIGN.md) built from a processed Article."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .model import Article, Event

SCHEMA_ID = "communique.readout/1"


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    with resources.files("communique").joinpath("schema/readout.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


class CheckedReadout(dict):
    """A readout that `validate` accepted where it was built (in an extraction worker), so
    the single writer of the store need not check it again. Pickles and serialises as the
    plain dict it is."""


def validate(readout: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `readout` does not follow the schema."""
    _validator().validate(readout)
    n = len(readout["doc"]["text"])
    ids = {e["id"] for e in readout["entities"]}
    for e in readout["entities"]:
        for m in e["mentions"]:
            if not 0 <= m["start"] < m["end"] <= n:
                raise ValueError(f"mention {m} of {e['id']} is outside the text")
    for r in readout["roles"]:
        if r["person"] not in ids or (r["org"] and r["org"] not in ids):
            raise ValueError(f"role {r} names an unknown entity")
    for v in readout["events"]:
        refs = list(v.get("participants") or []) + [v.get("actor"), v.get("target"), v.get("location")]
        refs += list(v.get("about") or [])
        for ref in refs:
            if ref and ref not in ids:
                raise ValueError(f"event {v['id']} names an unknown entity {ref}")


def _event(v: Event) -> dict[str, Any]:
    out: dict[str, Any] = {"id": v.id, "type": v.type, "mode": v.mode}
    if v.type == "CONSULT":
        out["participants"] = list(dict.fromkeys(v.participants))
        out["location"] = v.location
    else:
        out.update(actor=v.actor, target=v.target, about=list(dict.fromkeys(v.about)), quote=v.quote)
        if v.location:
            out["location"] = v.location
    out["date"] = v.date
    out["evidence"] = [s.as_dict() for s in v.evidence]
    if v.trigger:
        out["trigger"] = v.trigger
    out.update(v.extra)
    return out


def build(article: Article) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "supported": article.supported,
        "published": article.published,
        "text": article.text,
    }
    if article.notes:
        doc["notes"] = list(article.notes)
    entities = []
    for e in article.entities:
        item = {
            "id": e.id,
            "type": e.type,
            "name": e.name,
            "aliases": e.aliases,
            "kb_id": e.kb_id,
            "mentions": [{"start": m.start, "end": m.end} for m in e.mentions],
        }
        item.update(e.extra)
        entities.append(item)
    roles = []
    for r in article.roles:
        item = {"person": r.person, "title": r.title, "org": r.org, "evidence": r.evidence.as_dict()}
        if r.date:
            item["date"] = r.date
        roles.append(item)
    return {
        "schema": SCHEMA_ID,
        "doc": doc,
        "entities": entities,
        "roles": roles,
        "events": [_event(v) for v in article.events],
    }
