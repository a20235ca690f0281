"""The `communique.readout/1` object (see DESIGN.md) built from a processed Article."""

from __future__ import annotations

import functools
import json
import re
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


_ID = re.compile(r"^E\d+$")
_EVENT_ID = re.compile(r"^V\d+$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _str(x: Any, pattern: re.Pattern | None = None, nullable: bool = False, min_len: int = 0) -> bool:
    if x is None:
        return nullable
    return type(x) is str and len(x) >= min_len and (pattern is None or pattern.search(x) is not None)


def _span(x: Any) -> bool:
    return (type(x) is dict and "start" in x and "end" in x
            and all(k not in x or (type(x[k]) is int and x[k] >= 0) for k in ("start", "end")))


def _spans(x: Any) -> bool:
    return type(x) is list and len(x) >= 1 and all(_span(s) for s in x)


def _strs(x: Any, pattern: re.Pattern | None = None) -> bool:
    return type(x) is list and all(_str(s, pattern) for s in x)


def surely_valid(readout: Any) -> bool:
    """True only when `readout` certainly follows the readout schema (a strict, hand-written
    reading of schema/readout.schema.json: Python types exactly as `readout.build` makes
    them). False means "ask jsonschema": it is either invalid or merely unusual (an int-valued
    float, a tuple). jsonschema walks every mention of every entity one keyword at a time,
    which costs a worker more than the events stage; this check is a fraction of that."""
    try:
        return _surely_valid(readout)
    except Exception:  # anything unexpected: let jsonschema decide
        return False


def _surely_valid(r: Any) -> bool:
    if type(r) is not dict or not all(k in r for k in ("schema", "doc", "entities", "roles", "events")):
        return False
    if r["schema"] != SCHEMA_ID or type(r["schema"]) is not str:
        return False
    d = r["doc"]
    if type(d) is not dict or not all(k in d for k in ("id", "source", "title", "language", "published", "text")):
        return False
    if not (_str(d["id"], min_len=1) and _str(d["source"]) and _str(d["title"], nullable=True)
            and _str(d["language"], nullable=True) and _str(d["published"], _DATE, nullable=True)
            and _str(d["text"]) and _str(d.get("url"), nullable=True)):
        return False
    if "supported" in d and type(d["supported"]) is not bool:
        return False
    if "notes" in d and not _strs(d["notes"]):
        return False
    ents, roles, events = r["entities"], r["roles"], r["events"]
    if type(ents) is not list or type(roles) is not list or type(events) is not list:
        return False
    for e in ents:
        if type(e) is not dict or not all(k in e for k in ("id", "type", "name", "aliases", "kb_id", "mentions")):
            return False
        if not (_str(e["id"], _ID) and type(e["type"]) is str and e["type"] in _enum("properties", "entities", "items", "properties", "type")
                and _str(e["name"], min_len=1) and _strs(e["aliases"]) and len(e["aliases"]) >= 1
                and _str(e["kb_id"], nullable=True) and _spans(e["mentions"])):
            return False
    for x in roles:
        if type(x) is not dict or not all(k in x for k in ("person", "title", "org", "evidence")):
            return False
        if not (_str(x["person"], _ID) and _str(x["title"], min_len=1) and _str(x["org"], _ID, nullable=True)
                and _span(x["evidence"])):
            return False
    for v in events:
        if type(v) is not dict or not all(k in v for k in ("id", "type", "mode", "date", "evidence")):
            return False
        if not (_str(v["id"], _EVENT_ID) and type(v["type"]) is str and v["type"] in _enum("properties", "events", "items", "properties", "type")
                and _str(v["mode"], nullable=True) and _str(v["date"], _DATE, nullable=True) and _spans(v["evidence"])):
            return False
        need = ("participants", "location") if v["type"] == "CONSULT" else ("actor", "target", "about", "quote")
        if not all(k in v for k in need):
            return False
        for k in ("participants", "about"):
            if k in v and not _strs(v[k], _ID):
                return False
        for k in ("actor", "target", "location"):
            if k in v and not _str(v[k], _ID, nullable=True):
                return False
        if "quote" in v and not _str(v["quote"], nullable=True):
            return False
    return True


@functools.lru_cache(maxsize=None)
def _enum(*path: str) -> frozenset[str]:
    """The allowed values of one enumerated field, read from the schema itself."""
    node: Any = schema()
    for k in path:
        node = node[k]
    return frozenset(node["enum"])


def validate(readout: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `readout` does not follow the schema."""
    if not surely_valid(readout):
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
