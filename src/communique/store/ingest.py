"""Readouts into the store: batches, each one transaction; safe to kill and rerun.

Safety comes from two rules: an article is identified by the hash of its content (unique in
the table), so a rerun skips everything a killed run committed; and everything one batch
writes commits together, so a kill leaves whole batches or nothing. Readers keep seeing the
last committed state (SQLite runs in WAL mode; PostgreSQL is MVCC).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection, Engine

from ..errors import InputError
from ..readout import SCHEMA_ID
from . import blocks
from .actors import ActorResolver, name_key
from .offices import office_key, office_owner
from .schema import (articles, entities, event_participants, events, evidence, mentions, open_store,
                     roles, statements)

WRITER_LOCK = 4_021_170_505      # PostgreSQL advisory lock key of the store's writers
DOC_FIELDS = ("id", "source", "url", "title", "language", "published", "text")


@dataclass
class IngestStats:
    added: int = 0          # new articles
    versions: int = 0       # of which new versions of an article already stored
    skipped: int = 0        # same content already stored
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    fusion: dict[str, int] | None = None     # fusion.FuseStats of the rebuild after ingest

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.added, "versions": self.versions, "skipped": self.skipped,
                "failed": self.failed}


def content_hash(readout: dict) -> str:
    """SHA-256 of the article's own fields (not of what was extracted from it)."""
    doc = readout["doc"]
    payload = json.dumps({k: doc.get(k) for k in DOC_FIELDS}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def article_key(doc: dict) -> str:
    """What makes two versions the same article: the URL, else source and doc id."""
    if doc.get("url"):
        return str(doc["url"])[:1024]
    return f"{doc.get('source') or ''}|{doc.get('id') or ''}"[:1024]


def date_range(d: str | None) -> tuple[str | None, str | None]:
    """First and last day a YYYY[-MM[-DD]] date covers; (None, None) when absent or malformed."""
    if not d:
        return None, None
    try:
        parts = [int(x) for x in d.split("-")]
        if len(parts) == 3:
            day = date(*parts).isoformat()
            return day, day
        if len(parts) == 2:
            y, m = parts
            last = (date(y + (m == 12), m % 12 + 1, 1) - date.resolution).isoformat()
            return date(y, m, 1).isoformat(), last
        if len(parts) == 1:
            return date(parts[0], 1, 1).isoformat(), date(parts[0], 12, 31).isoformat()
    except ValueError:
        pass
    return None, None


def check_readout(r: Any) -> None:
    """Raise ValueError when `r` is not a storable readout (the store relies on these fields)."""
    if not isinstance(r, dict) or r.get("schema") != SCHEMA_ID:
        raise ValueError(f"not a {SCHEMA_ID} object")
    doc = r.get("doc")
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not doc.get("id"):
        raise ValueError("doc.id and doc.text are required")
    from ..readout import CheckedReadout, validate

    if not isinstance(r, CheckedReadout):     # checked already by the extraction worker
        validate(r)


def _spans_text(text: str, spans: list[dict]) -> str:
    return " … ".join(text[s["start"]:s["end"]] for s in spans if 0 <= s["start"] < s["end"] <= len(text))


def store_readout(conn: Connection, r: dict, resolver: ActorResolver) -> str:
    """Write one readout; returns "added", "version" or "skipped"."""
    return store_readouts(conn, [r], resolver)[0]


def _insert_ids(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert `rows` in one executemany and return their ids in the rows' order."""
    if not rows:
        return []
    res = conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True), rows)
    return [row[0] for row in res]


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def store_readouts(conn: Connection, readouts: list[dict], resolver: ActorResolver) -> list[str]:
    """Write a batch of readouts inside the caller's transaction, one executemany per table
    (articles, entities and events return their ids in order); returns "added", "version" or
    "skipped" per readout. Two versions of one article in the batch are stored in order."""
    outcome: list[str] = []
    todo: list[tuple[dict, dict]] = []          # (readout, its article row)
    batch_hash: set[str] = set()
    batch_version: dict[str, dict] = {}         # article_key → the latest article row of this batch
    hashes = [content_hash(r) for r in readouts]
    known = set()
    gone: list[int] = []                        # articles this batch supersedes
    for k in range(0, len(hashes), 500):
        known |= set(conn.execute(select(articles.c.content_hash)
                                  .where(articles.c.content_hash.in_(hashes[k:k + 500]))).scalars())
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for r, h in zip(readouts, hashes):
        if h in known or h in batch_hash:
            outcome.append("skipped")
            continue
        batch_hash.add(h)
        doc = r["doc"]
        key = article_key(doc)
        if key in batch_version:
            prev = batch_version[key]["version"]
            batch_version[key]["is_current"] = False
        else:
            prev = conn.execute(select(func.max(articles.c.version)).where(articles.c.article_key == key)).scalar()
            if prev:
                gone += conn.execute(select(articles.c.id).where(articles.c.article_key == key,
                                                                 articles.c.is_current)).scalars().all()
                conn.execute(update(articles).where(articles.c.article_key == key).values(is_current=False))
        row = dict(doc_id=str(doc["id"]), source=doc.get("source") or "", url=doc.get("url"), article_key=key,
                   title=doc.get("title"), language=doc.get("language"), published=doc.get("published") or None,
                   text=doc["text"], raw=json.dumps(r, ensure_ascii=False), content_hash=h,
                   version=(prev or 0) + 1, is_current=True, ingested_at=now)
        batch_version[key] = row
        todo.append((r, row))
        outcome.append("version" if prev else "added")
    art_ids = _insert_ids(conn, articles, [row for _, row in todo])

    # entities: actors resolved in reading order (a later readout may match an earlier one's)
    ent_rows, ent_refs = [], []
    actor_maps: list[dict[str, int]] = []
    for (r, row), art_id in zip(todo, art_ids):
        actor_of: dict[str, int] = {}
        for e in r.get("entities") or []:
            aid = resolver.resolve(conn, e, row["text"])
            actor_of[e["id"]] = aid
            ent_rows.append({"article_id": art_id, "local_id": e["id"], "actor_id": aid,
                             "type": e.get("type") or "OTHER", "name": e.get("name") or "", "kb_id": e.get("kb_id")})
            ent_refs.append((len(actor_maps), e))
        actor_maps.append(actor_of)
    ent_id_list = _insert_ids(conn, entities, ent_rows)
    ent_maps: list[dict[str, int]] = [{} for _ in todo]
    mention_rows = []
    for (n, e), eid, erow in zip(ent_refs, ent_id_list, ent_rows):
        ent_maps[n][e["id"]] = eid
        text = todo[n][1]["text"]
        mention_rows += [{"entity_id": eid, "article_id": erow["article_id"], "start": m["start"], "end": m["end"],
                          "surface": text[m["start"]:m["end"]]} for m in e.get("mentions") or []]
    _insert(conn, mentions, mention_rows)

    role_rows, event_rows, event_refs = [], [], []
    for n, ((r, row), art_id) in enumerate(zip(todo, art_ids)):
        role_rows += _role_rows(r, art_id, row["published"], ent_maps[n], actor_maps[n], resolver)
        for v in r.get("events") or []:
            event_rows.append(_event_row(art_id, v, row["text"], row["published"], ent_maps[n], actor_maps[n]))
            event_refs.append((n, v))
    _insert(conn, roles, role_rows)
    ev_ids = _insert_ids(conn, events, event_rows)
    evidence_rows, part_rows, statement_rows = [], [], []
    for (n, v), vid, erow in zip(event_refs, ev_ids, event_rows):
        text = todo[n][1]["text"]
        ev, parts, stmt = _event_links(vid, erow["article_id"], v, text, ent_maps[n], actor_maps[n])
        evidence_rows += ev
        part_rows += parts
        if stmt:
            statement_rows.append(stmt)
    _insert(conn, evidence, evidence_rows)
    _insert(conn, event_participants, part_rows)
    _insert(conn, statements, statement_rows)
    # fusion's blocking index and queue change in the same transaction as the events
    people: dict[int, list[int]] = {}
    for p in part_rows:
        if p["role"] == "participant":
            people.setdefault(p["event_id"], []).append(p["actor_id"])
    block_rows = []
    for (n, v), vid, erow in zip(event_refs, ev_ids, event_rows):
        row = todo[n][1]
        if erow["type"] == "CONSULT" and row["is_current"]:
            win = blocks.window(blocks.parse_day(erow["date_lo"]), blocks.parse_day(erow["date_hi"]), blocks.parse_day(row["published"]))
            block_rows += blocks.block_rows(vid, people.get(vid, ()), erow["location_actor_id"], win)
    blocks.insert_rows(conn, block_rows)
    if gone:
        blocks.superseded(conn, gone)
    blocks.enqueue(conn, [a for (_, row), a in zip(todo, art_ids) if row["is_current"]])
    resolver.flush(conn)
    return outcome


def _role_rows(r: dict, art_id: int, published: str | None, ent_ids: dict[str, int], actor_of: dict[str, int],
               resolver: ActorResolver) -> list[dict]:
    # a role's evidence is dated by the role's own date, else the article's publication, else
    # the latest date of an event the same article reports (an undated page still speaks of then)
    event_days = [date_range(v.get("date"))[0] for v in r.get("events") or []]
    article_day = published or max((d for d in event_days if d), default=None)
    role_rows = []
    org_names = {e["id"]: e.get("name") for e in r.get("entities") or []}
    ent_keys = {e["id"]: {name_key(n) for n in [e.get("name") or ""] + list(e.get("aliases") or [])}
                for e in r.get("entities") or [] if e.get("type") in ("GPE", "ORG") and e["id"] in actor_of}
    for ro in r.get("roles") or []:
        ev = ro.get("evidence") or {"start": 0, "end": 0}
        org = ro.get("org")
        org_actor = actor_of.get(org) if org else None
        if org_actor is None:
            # "US special envoy" with no organisation resolved: the state the title names
            owner = office_owner(ro["title"])
            if owner:
                org_actor = next((actor_of[e] for e, keys in ent_keys.items() if name_key(owner) in keys), None) \
                    or resolver.known("GPE", owner) or resolver.known("ORG", owner)
        role_rows.append({
            "article_id": art_id, "person_entity_id": ent_ids[ro["person"]], "actor_id": actor_of[ro["person"]],
            "title": ro["title"], "title_norm": office_key(ro["title"], org_names.get(org))[:512],
            "org_entity_id": ent_ids.get(org) if org else None, "org_actor_id": org_actor,
            "date": date_range(ro.get("date"))[0] or article_day, "start": ev["start"], "end": ev["end"]})
    return role_rows


_EVENT_KEYS = {"id", "type", "mode", "participants", "location", "date", "evidence", "trigger",
               "actor", "target", "about", "quote"}


def _event_spans(v: dict, text: str) -> list[dict]:
    return [s for s in v.get("evidence") or [] if 0 <= s["start"] < s["end"] <= len(text)]


def _event_row(art_id: int, v: dict, text: str, published: str | None,
               ent_ids: dict[str, int], actor_of: dict[str, int]) -> dict:
    lo, hi = date_range(v.get("date"))
    loc = v.get("location")
    extra = {k: val for k, val in v.items() if k not in _EVENT_KEYS}
    return dict(
        article_id=art_id, local_id=v["id"], type=v["type"], mode=v.get("mode"), date=v.get("date"),
        date_lo=lo, date_hi=hi, day=lo or published,
        location_entity_id=ent_ids.get(loc) if loc else None, location_actor_id=actor_of.get(loc) if loc else None,
        trigger=v.get("trigger"), evidence_text=_spans_text(text, _event_spans(v, text)),
        extra=json.dumps(extra, ensure_ascii=False) if extra else None)


def _event_links(vid: int, art_id: int, v: dict, text: str, ent_ids: dict[str, int],
                 actor_of: dict[str, int]) -> tuple[list[dict], list[dict], dict | None]:
    """The evidence, participant and statement rows of a stored event."""
    ev = [{"event_id": vid, "article_id": art_id, "start": s["start"], "end": s["end"],
           "text": text[s["start"]:s["end"]]} for s in _event_spans(v, text)]
    links: list[tuple[str, str]] = []
    stmt = None
    if v["type"] == "CONSULT":
        links += [(p, "participant") for p in v.get("participants") or []]
    else:
        if v.get("actor"):
            links.append((v["actor"], "actor"))
        if v.get("target"):
            links.append((v["target"], "target"))
        links += [(a, "about") for a in v.get("about") or []]
        stmt = {"event_id": vid, "actor_id": actor_of.get(v.get("actor")) if v.get("actor") else None,
                "target_actor_id": actor_of.get(v.get("target")) if v.get("target") else None,
                "quote": v.get("quote")}
    rows = {(ent_ids[e], role): actor_of[e] for e, role in links if e in ent_ids}
    parts = [{"event_id": vid, "entity_id": eid, "role": role, "actor_id": aid} for (eid, role), aid in rows.items()]
    return ev, parts, stmt


def _batches(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def ingest_readouts(engine: Engine, readouts: Iterable[dict | InputError], batch_size: int = 100,
                    on_error: Callable[[str], None] | None = None,
                    on_item: Callable[[], None] | None = None) -> IngestStats:
    """Store readouts, `batch_size` per transaction. InputErrors in the stream and invalid
    readouts are counted, reported through `on_error` and skipped; the batch goes on."""
    stats = IngestStats()
    resolver = ActorResolver()

    def fail(msg: str) -> None:
        stats.failed += 1
        stats.errors.append(msg)
        if on_error:
            on_error(msg)

    for batch in _batches(readouts, max(1, batch_size)):
        good = []
        for item in batch:
            if on_item:
                on_item()
            if isinstance(item, InputError):
                fail(str(item))
                continue
            try:
                check_readout(item)
            except Exception as exc:  # jsonschema / ValueError: say which document and why
                where = (item.get("doc") or {}).get("source") or (item.get("doc") or {}).get("id") \
                    if isinstance(item, dict) else "?"
                fail(f"{where}: E301 not a storable readout: {str(exc).splitlines()[0]}")
                continue
            good.append(item)
        outcome = {"added": 0, "version": 0, "skipped": 0}
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # one writing batch at a time per store: concurrent `communique ingest` runs
                    # would otherwise race on new actors and versions (SQLite's lock does this)
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
                resolver.sync(conn)
                for result in store_readouts(conn, good, resolver):
                    outcome[result] += 1
                resolver.mark(conn)
        except Exception:
            resolver.reset()     # the cache may name actors the rollback removed
            raise
        stats.added += outcome["added"] + outcome["version"]
        stats.versions += outcome["version"]
        stats.skipped += outcome["skipped"]
    return stats


def is_readout_file(path: str) -> bool:
    """A .jsonl/.json file whose first record is a readout (rather than an input article)."""
    if Path(path).suffix.lower() not in (".jsonl", ".json"):
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    return f'"{SCHEMA_ID}"' in line.replace(" ", "")
    except (OSError, UnicodeDecodeError):
        return False
    return False


def read_readouts(path: str) -> Iterator[dict | InputError]:
    """Readouts from a JSON Lines file (or a JSON array); bad lines come out as InputError."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        head = fh.read(1)
        fh.seek(0)
        if head == "[":
            try:
                yield from json.load(fh)
            except json.JSONDecodeError as exc:
                yield InputError(path, f"E302 bad JSON: {exc}")
            return
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(path, f"E302 bad JSON line: {exc.msg}", n)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files under `paths` in a stable order (folders walked as `communique extract` does)."""
    from ..ingest.readers import walk

    out = []
    for p in paths:
        out += list(walk(p)) if os.path.isdir(p) else [p]
    return out


def iter_readouts(paths: Iterable[str], workers: int = 1, dask: Any = None) -> Iterator[dict | InputError]:
    """Readouts for every document under `paths`, in input order: readout files are read,
    articles extracted one by one (in `workers` processes, or on the Dask cluster `dask`;
    see communique.scale)."""
    from ..scale import extract_files

    return extract_files(expand_paths(paths), workers=workers, dask=dask)


def ingest_paths(url: str, paths: Iterable[str], workers: int = 1, progress: bool = True,
                 batch_size: int = 50, fuse: bool | str = True,
                 on_error: Callable[[str], None] | None = None, dask: Any = None) -> IngestStats:
    """Extract (or read) everything under `paths` and store it in the store at `url`; then
    update the fused events (`fuse=True`: incrementally, `fusion.fuse_new`; "full": rebuilt by
    `fusion.fuse`; False: not at all). Extraction runs in `workers` processes, or on the Dask cluster
    whose scheduler address (or Client) is `dask`; this process is the only writer.
    Errors are reported through `on_error` (default: stderr)."""
    engine = open_store(url)
    paths = list(paths)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="ingest", file=sys.stderr, disable=None)
    report = on_error or (lambda m: print(f"communique: error: {m}", file=sys.stderr))
    try:
        stats = ingest_readouts(engine, iter_readouts(paths, workers, dask), batch_size=batch_size,
                                on_error=report, on_item=(bar.update if bar is not None else None))
    finally:
        if bar is not None:
            bar.close()
    if fuse:
        from .fusion import fuse as rebuild, fuse_new

        stats.fusion = (rebuild if fuse == "full" else fuse_new)(engine).as_dict()
    engine.dispose()
    return stats
