"""Fusion's blocking index, kept in the store so incremental fusion reads only the batch's blocks.

Every CONSULT report of a current article has one `fusion_blocks` row per block it is compared
in (`block_keys`: per participant and per place when it is placed in time, per pair of
participants always), with the day range it may describe (`window`, as day ordinals) and the
class of that range's length. Rows are written with the events (ingest) and removed when their
article stops being current, in the same transaction; `fusion_queue` lists the articles
added or superseded since fusion last ran. A full `fusion.fuse` rebuilds both (`rebuild`), so a
change of these rules takes effect with `communique fuse`.

Why a length class: a report is compared with the reports whose windows reach within
WINDOW_DAYS of its own start. Looking those up by start day alone would have to go back as far
as the longest window (a year-dated report stays open for a year), reading a year of a busy
place block for each new report. Per class, the look-back is that class's longest window: a
week for day-dated and undated reports, a month, a year only for the few year-dated ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import and_, delete, func, select
from sqlalchemy.engine import Connection

from .schema import articles, event_participants, events, fusion_blocks, fusion_queue

UNDATED_LAG = 7             # days before publication an undated report may describe
MAX_PAIR_PEOPLE = 12        # reports naming more people are not indexed by participant pairs
# (class, longest window in days): day-dated and undated (7), month-dated (31), year-dated
SPAN_CLASSES = ((0, UNDATED_LAG), (1, 31), (2, 366))
TIMELESS = 9                # the class of a report with no window (no date, no publication date)


def parse_day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


def window(lo: date | None, hi: date | None, published: date | None) -> tuple[date, date] | None:
    """The days a report may describe: its date range, else the week before publication."""
    if lo is not None:
        return lo, hi
    if published is not None:
        return published - timedelta(days=UNDATED_LAG), published
    return None


def block_keys(participants, place, timed: bool = True) -> set[tuple]:
    """The blocks a report is compared in (see `fusion.candidate_pairs`): per participant and
    place when it is placed in time, per pair of participants always."""
    keys: set[tuple] = set()
    if timed:
        keys |= {("p", p) for p in participants}
        if place is not None:
            keys.add(("l", place))
    people = sorted(participants)
    if len(people) <= MAX_PAIR_PEOPLE:
        keys |= {("pp", people[x], people[y]) for x in range(len(people)) for y in range(x + 1, len(people))}
    return keys


def key_text(key: tuple) -> str:
    """A block key as stored: "p:12", "l:40", "pp:7:8"."""
    return ":".join(str(k) for k in key)


def span_class(win: tuple[date, date] | None) -> int:
    if win is None:
        return TIMELESS
    days = (win[1] - win[0]).days
    return next(c for c, longest in SPAN_CLASSES if days <= longest or c == SPAN_CLASSES[-1][0])


def block_rows(event_id: int, participants: Iterable[int], place: int | None,
               win: tuple[date, date] | None) -> list[dict]:
    """The `fusion_blocks` rows of one report."""
    lo = win[0].toordinal() if win else None
    hi = win[1].toordinal() if win else None
    cls = span_class(win)
    return [{"key": key_text(k), "event_id": event_id, "lo": lo, "hi": hi, "cls": cls}
            for k in sorted(block_keys(set(participants), place, win is not None), key=repr)]


def rows_for_events(conn: Connection, event_ids: list[int] | None = None, current: bool = True) -> list[dict]:
    """Block rows of the CONSULT events of current articles (all, or those of `event_ids`;
    `current=False`: whatever their article, for reports that just left the blocks)."""
    parts: dict[int, set[int]] = defaultdict(set)
    on = and_(articles.c.id == events.c.article_id, articles.c.is_current) if current else \
        articles.c.id == events.c.article_id
    q = select(events.c.id, events.c.date_lo, events.c.date_hi, events.c.location_actor_id,
               articles.c.published).join(articles, on)
    qp = select(event_participants.c.event_id, event_participants.c.actor_id).where(
        event_participants.c.role == "participant")       # only meetings have participants
    out: list[dict] = []
    for chunk in ([None] if event_ids is None else _chunks(event_ids)):
        # by id, the ids are looked up (SQLite would otherwise walk the type index)
        qc, qpc = (q.where(events.c.type == "CONSULT"), qp) if chunk is None else (
            q.where(events.c.id.in_(chunk), func.coalesce(events.c.type, "") == "CONSULT"),
            qp.where(event_participants.c.event_id.in_(chunk)))
        for eid, aid in conn.execute(qpc):
            parts[eid].add(aid)
        for r in conn.execute(qc):
            win = window(parse_day(r.date_lo), parse_day(r.date_hi), parse_day(r.published))
            out += block_rows(r.id, parts.get(r.id, ()), r.location_actor_id, win)
    return out


def _chunks(ids, n: int = 500):
    ids = sorted(ids)
    for k in range(0, len(ids), n):
        yield ids[k:k + n]


def insert_rows(conn: Connection, rows: list[dict]) -> None:
    for k in range(0, len(rows), 5000):
        conn.execute(fusion_blocks.insert(), rows[k:k + 5000])


def rebuild(conn: Connection) -> int:
    """Fill `fusion_blocks` afresh from the current articles; returns the number of rows."""
    conn.execute(delete(fusion_blocks))
    rows = rows_for_events(conn)
    insert_rows(conn, rows)
    return len(rows)


def sync(conn: Connection, rows: list[dict]) -> int:
    """Make `fusion_blocks` hold exactly `rows` (every current report's, as a full fuse computes
    them), writing only the reports whose rows differ (none unless the rules changed or the
    index was damaged); returns how many reports were rewritten."""
    want: dict[int, set[tuple]] = defaultdict(set)
    for r in rows:
        want[r["event_id"]].add((r["key"], r["lo"], r["hi"], r["cls"]))
    have: dict[int, set[tuple]] = defaultdict(set)
    for key, eid, lo, hi, cls in conn.execute(select(fusion_blocks.c.key, fusion_blocks.c.event_id, fusion_blocks.c.lo,
                                                     fusion_blocks.c.hi, fusion_blocks.c.cls)):
        have[eid].add((key, lo, hi, cls))
    redo = [e for e in set(want) | set(have) if want.get(e) != have.get(e)]
    for chunk in _chunks(redo):
        conn.execute(delete(fusion_blocks).where(fusion_blocks.c.event_id.in_(chunk)))
    insert_rows(conn, [{"key": k, "event_id": e, "lo": lo, "hi": hi, "cls": c}
                       for e in sorted(redo) for k, lo, hi, c in sorted(want.get(e, ()), key=repr)])
    return len(redo)


def superseded(conn: Connection, article_ids: list[int]) -> None:
    """Articles that stopped being current: their reports leave the blocks, fusion is told."""
    for chunk in _chunks(article_ids):
        conn.execute(delete(fusion_blocks).where(fusion_blocks.c.event_id.in_(
            select(events.c.id).where(events.c.article_id.in_(chunk)))))
    enqueue(conn, article_ids)


def enqueue(conn: Connection, article_ids: Iterable[int]) -> None:
    """Tell fusion these articles were added or superseded (idempotent)."""
    ids = sorted(set(article_ids))
    if not ids:
        return
    have: set[int] = set()
    for chunk in _chunks(ids):
        have |= set(conn.execute(select(fusion_queue.c.article_id).where(fusion_queue.c.article_id.in_(chunk))).scalars())
    todo = [{"article_id": a} for a in ids if a not in have]
    if todo:
        conn.execute(fusion_queue.insert(), todo)

