"""Incremental fusion: after an ingest batch, read and re-cluster only what the batch can change.

A full `fusion.fuse` compares reports within blocks (`blocks.block_keys`), scores the candidate
pairs and clusters each connected component of accepted pairs on its own; a cluster depends
only on the accepted pairs of its component. So after a batch the components that can differ
from a full rebuild's are those reachable, through accepted pairs and former clusters, from

- the new reports (current articles in `fusion_queue` whose events are not fused yet),
- the other sources of a fused event that lost one (a superseded article in the queue),
- the reports whose comparisons a new or removed report displaced: in a block where a report
  had more than MAX_NEIGHBOURS open earlier reports, one entering or leaving changes which of
  them it is compared with (`fusion.capped_sweep`). A new report matters there only where the
  pair it pushed out had joined the two reports in one former cluster; for a removed one every
  report it reached in a full block is taken.

Those are re-clustered and written; the rest of the store is not read. A report's comparisons
in a timed block depend only on the block's reports whose windows reach it, so they are read
from `fusion_blocks` by an index range around the report (per window-length class, see
store/blocks.py); in a participant-pair block, a report without any date is compared with the
block's first MAX_NEIGHBOURS reports by id. The search proceeds in waves, one set of queries
per wave, and reads the fused sources of what it reaches to follow former clusters.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections import defaultdict

from sqlalchemy import bindparam, delete, func, select, union_all
from sqlalchemy.engine import Connection, Engine

from . import blocks, fusion
from .fusion import (FuseStats, Report, _chunks, _Writer, cluster_scored, embed_missing, embed_rows, load_reports,
                     pair_score)
from .schema import (articles, events, fused_events, fused_sources, fusion_blocks, fusion_queue,
                     statement_meetings)

ARMS = 48           # index range reads per UNION ALL statement


@functools.lru_cache(maxsize=1)
def _ranges_query():
    """ARMS index range reads of the blocking index in one statement: per arm n, the rows of
    block k<n> and length class c<n> starting in [l<n>, t<n>] whose windows end on or after h<n>."""
    b = fusion_blocks.c
    return union_all(*[select(b.key, b.event_id, b.lo, b.hi).where(
        b.key == bindparam(f"k{n}"), b.cls == bindparam(f"c{n}"), b.lo >= bindparam(f"l{n}"),
        b.lo <= bindparam(f"t{n}"), b.hi >= bindparam(f"h{n}")) for n in range(ARMS)])


class Neighbours:
    """The candidate pairs of the reports asked for, read from the blocking index.

    `expand(ids)` makes `adj[i]` complete for each report i of `ids`: every report a full
    `fusion.candidate_pairs` pairs it with. `probe(new, gone)` returns the reports whose
    comparisons reports entering or leaving blocks (their block rows) may have changed."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.cap = fusion.MAX_NEIGHBOURS
        self.reach = fusion.WINDOW_DAYS
        self.adj: dict[int, set[int]] = defaultdict(set)
        self.done: set[int] = set()
        self.swept: dict[str, list[tuple[int, int]]] = defaultdict(list)   # timed key → day ranges done
        # per timed key, the reports that had at least MAX_NEIGHBOURS open earlier ones:
        # id → (first day, how many were open, the ids a new report pushed out of its comparisons)
        self.full: dict[str, dict[int, tuple[int, int, set[int]]]] = defaultdict(dict)
        self.fresh: set[int] = set()      # the new reports (not fused yet)
        self.pp_done: set[str] = set()
        self.pairs = 0

    def rows_of(self, ids) -> list:
        out = []
        for chunk in _chunks(ids):
            out += self.conn.execute(select(fusion_blocks).where(fusion_blocks.c.event_id.in_(chunk))).all()
        return out

    def expand(self, ids) -> None:
        todo = set(ids) - self.done
        self.done |= todo
        self._around(self.rows_of(todo))

    def probe(self, new: list, gone: list) -> set[int]:
        """Reports whose capped comparisons the reports of block rows `new` (in the index) and
        `gone` (removed from it, rebuilt by `blocks.rows_for_events`) may have displaced."""
        rows = new + gone
        self.fresh = {r.event_id for r in new}
        self._around(rows)
        seeds: set[int] = set()
        n_pp = defaultdict(int)
        for r in rows:
            if r.key.startswith("pp:"):
                n_pp[r.key] += 1
        for key, timeless in self._timeless(n_pp).items():
            seeds |= self._pp_displaced(key, timeless, n_pp[key])
        # new reports pushed older ones out of a later report's comparisons: that matters only
        # where the pair joined the two in a former cluster (any other pair was refused or
        # joined different clusters, a step the clustering did not need)
        pushed = {(k, d) for r in new if r.lo is not None and not r.key.startswith("pp:")
                  for k, (_, _, ds) in self.full[r.key].items() for d in ds}
        was = _fused_of(self.conn, {x for kd in pushed for x in kd})
        seeds |= {k for k, d in pushed if k in was and was.get(d) == was[k]}
        for r in gone:
            # a removed one let another in where it may have been compared: every later report
            # it reached that had (now) at least MAX_NEIGHBOURS open
            if r.lo is not None and not r.key.startswith("pp:"):
                seeds |= {k for k, (lo, _, _) in self.full[r.key].items()
                          if (lo, k) > (r.lo, r.event_id) and lo <= r.hi + self.reach}
        return seeds

    def _around(self, rows: list) -> None:
        cores: dict[str, list[tuple[int, int]]] = defaultdict(list)
        pp: set[str] = set()
        for r in rows:
            if r.key.startswith("pp:"):
                pp.add(r.key)
            elif r.lo is not None:
                # the reports k that may be compared with r start within [r.lo, r.hi + reach]
                core = (r.lo, r.hi + self.reach)
                if not any(a <= core[0] and core[1] <= b for a, b in self.swept[r.key]):
                    cores[r.key].append(core)
        self._sweep(cores)
        self._pairs_pp(pp - self.pp_done)
        self.pp_done |= pp

    def _sweep(self, cores: dict[str, list[tuple[int, int]]]) -> None:
        ranges = []
        for key, cs in cores.items():
            cs.sort()
            merged = [list(cs[0])]
            for a, b in cs[1:]:
                if a <= merged[-1][1] + 1:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            for a, b in merged:
                ranges.append((key, a, b))
                self.swept[key].append((a, b))
        # every report whose window reaches a report starting in [t0, t1]: per length class,
        # those starting at most reach + the class's longest window before t0
        arms = [(key, cls, t0 - self.reach - longest, t1, t0 - self.reach)
                for key, t0, t1 in ranges for cls, longest in blocks.SPAN_CLASSES]
        found: dict[str, set[tuple[int, int, int]]] = defaultdict(set)
        for k in range(0, len(arms), ARMS):
            part = arms[k:k + ARMS]
            part += [("", -1, 0, 0, 0)] * (ARMS - len(part))      # one statement shape: compiled once
            params = {f"{name}{n}": v for n, arm in enumerate(part) for name, v in zip("kclth", arm)}
            for key, eid, lo, hi in self.conn.execute(_ranges_query(), params):
                found[key].add((lo, eid, hi))
        by_key = {key: sorted(xs) for key, xs in found.items()}
        longest = blocks.SPAN_CLASSES[-1][1]
        for key, t0, t1 in ranges:
            xs = by_key.get(key, [])
            # this range's reports and all that may reach them (other ranges' rows are read too)
            rows = xs[bisect_left(xs, (t0 - self.reach - longest,)):bisect_right(xs, (t1, float("inf")))]
            # how many new reports could be among a report's comparisons: as many more are
            # listed beyond the cap, to tell which older ones they pushed out
            extra = sum(1 for x in rows if x[1] in self.fresh)
            spill: dict[int, list[int]] = {}
            got, counts = fusion.capped_sweep([(lo, hi) for lo, _, hi in rows], self.cap, self.reach, spill, extra)
            seen: dict[int, list[int]] = defaultdict(list)
            for j, k in got:
                if rows[k][0] >= t0:        # earlier reports' own comparisons may be cut off here
                    a, b = rows[j][1], rows[k][1]
                    self.adj[a].add(b)
                    self.adj[b].add(a)
                    self.pairs += 1
                    if counts[k] >= self.cap:
                        seen[k].append(a)
            for k, n in enumerate(counts):
                if n >= self.cap and rows[k][0] >= t0:
                    now = seen[k] + [rows[j][1] for j in spill.get(k, ())]     # latest first
                    before = [e for e in now if e not in self.fresh][:self.cap]
                    self.full[key][rows[k][1]] = (rows[k][0], n, set(before) - set(now[:self.cap]))

    def _first(self, key: str, n: int) -> list[int]:
        return list(self.conn.execute(select(fusion_blocks.c.event_id).where(fusion_blocks.c.key == key)
                                      .order_by(fusion_blocks.c.event_id).limit(n)).scalars())

    def _timeless(self, keys) -> dict[str, list[int]]:
        out: dict[str, list[int]] = defaultdict(list)
        keys = sorted(keys)
        for k in range(0, len(keys), 500):
            for key, eid in self.conn.execute(select(fusion_blocks.c.key, fusion_blocks.c.event_id).where(
                    fusion_blocks.c.key.in_(keys[k:k + 500]), fusion_blocks.c.cls == blocks.TIMELESS)):
                out[key].append(eid)
        return out

    def _pairs_pp(self, keys: set[str]) -> None:
        """Participant-pair blocks: each report without a window against the first
        MAX_NEIGHBOURS reports by id (`fusion.block_pairs`); none when it has no such report."""
        for key, timeless in self._timeless(keys).items():
            first = self._first(key, self.cap)
            for t in timeless:
                for m in first:
                    if m != t:
                        self.adj[t].add(m)
                        self.adj[m].add(t)
                        self.pairs += 1

    def _pp_displaced(self, key: str, timeless: list[int], n: int) -> set[int]:
        # `n` reports entering or leaving the block's first MAX_NEIGHBOURS move others in or out
        # of them, and so of the pairs with every report without a window: conservatively all
        # of those and the first reports by id (n more than the cap) are re-clustered
        first = self._first(key, self.cap + n + 1)
        return set(timeless) | set(first) if len(first) >= self.cap else set()


def _fused_of(conn: Connection, ids) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(ids):
        out.update(conn.execute(select(fused_sources.c.event_id, fused_sources.c.fused_id)
                                .where(fused_sources.c.event_id.in_(chunk))).all())
    return out


def _sources_of(conn: Connection, fused_ids) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for chunk in _chunks(fused_ids):
        for f, e in conn.execute(select(fused_sources.c.fused_id, fused_sources.c.event_id)
                                 .where(fused_sources.c.fused_id.in_(chunk))):
            out[f].append(e)
    return out


def _events_of(conn: Connection, article_ids) -> list:
    """(id, article_id, type, article is current) of the events of `article_ids`."""
    out = []
    for chunk in _chunks(article_ids):
        out += conn.execute(select(events.c.id, events.c.article_id, events.c.type, articles.c.is_current)
                            .join(articles, articles.c.id == events.c.article_id)
                            .where(events.c.article_id.in_(chunk))).all()
    return out


def fuse_new(engine: Engine, encode=None) -> FuseStats:
    """Fuse what the queued articles changed; see the module's notes. Readers keep the
    previous fused state until the one transaction commits; a killed run leaves the queue."""
    with engine.connect() as conn:
        queued = sorted(conn.execute(select(fusion_queue.c.article_id)).scalars())
    # vectors first, outside the writing transaction (the encoder is the slow part)
    embed_missing(engine, encode, article_ids=queued)
    stats = FuseStats()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            from .ingest import WRITER_LOCK

            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
        # an ingest may have committed since: take its articles too, with their vectors
        later = sorted(set(conn.execute(select(fusion_queue.c.article_id)).scalars()) - set(queued))
        if later:
            embed_rows(conn, later, encode)
            queued = sorted(set(queued) | set(later))
        evs = _events_of(conn, queued)
        old_of = _fused_of(conn, [e.id for e in evs])
        new = [e.id for e in evs if e.is_current and e.type == "CONSULT" and e.id not in old_of]
        new_stmts = [e.id for e in evs if e.is_current and e.type != "CONSULT" and e.id not in old_of]
        removed = [e.id for e in evs if not e.is_current and e.id in old_of]
        stale = {old_of[e] for e in removed}
        sources = _sources_of(conn, stale)
        seeds = set(new) | {e for f in stale for e in sources[f]}

        nb = Neighbours(conn)
        gone_rows = blocks.rows_for_events(conn, [e.id for e in evs if not e.is_current and e.type == "CONSULT"
                                                  and e.id in old_of], current=False)
        seeds |= nb.probe(nb.rows_of(new), [_Row(**r) for r in gone_rows])

        reports: dict[int, Report] = {}

        def need(ids) -> None:
            missing = set(ids) - set(reports)
            for r in load_reports(conn, missing):
                reports[r.id] = r
            for e in missing - set(reports):
                reports[e] = None           # not a current meeting report (a removed source)

        scores: dict[tuple[int, int], float | None] = {}

        def score(i: int, j: int) -> float | None:
            k = (i, j) if i < j else (j, i)
            if k not in scores:
                scores[k] = pair_score(reports[k[0]], reports[k[1]])
            return scores[k]

        comp: set[int] = set()
        frontier = set(seeds)
        while frontier:
            need(frontier)
            frontier = {i for i in frontier - comp if reports[i] is not None}
            if not frontier:
                break
            nb.expand(frontier)
            comp |= frontier
            fused = _fused_of(conn, frontier)
            old_of.update(fused)
            members = _sources_of(conn, set(fused.values()) - set(sources))
            sources.update(members)
            nxt = {e for i in frontier if i in old_of for e in sources[old_of[i]]} - comp
            near = {j for i in frontier for j in nb.adj[i]} - comp
            need(near)
            nxt |= {j for i in frontier for j in nb.adj[i]
                    if j not in comp and reports[j] is not None and score(i, j) is not None}
            frontier = nxt
        stats.pairs = nb.pairs
        order = sorted(comp)
        idx = {e: n for n, e in enumerate(order)}
        reps = [reports[e] for e in order]
        accepted = {}
        for i in order:
            for j in nb.adj[i]:
                if i < j and j in idx:
                    s = score(i, j)
                    if s is not None:
                        accepted[(idx[i], idx[j])] = s
        groups = cluster_scored(reps, accepted, range(len(reps)))

        # the fused events that go: former clusters of re-clustered reports, and any that lost a source
        drop = stale | {old_of[e] for e in comp if e in old_of}
        moved_articles = {reports[e].article_id for e in comp}
        fresh = set(new_stmts)
        stmt_articles = moved_articles | {e.article_id for e in evs if e.id in fresh}
        w = _Writer(conn, stmt_articles)
        redo_all = [e for e, r in w.ev.items() if r.type != "CONSULT" and r.article_id in moved_articles]
        redo_fused = _fused_of(conn, redo_all)
        redo = [e for e in redo_all if e in redo_fused]
        drop |= set(redo_fused.values())
        for chunk in _chunks(drop):
            conn.execute(delete(statement_meetings).where(statement_meetings.c.fused_id.in_(chunk)))
            conn.execute(delete(statement_meetings).where(statement_meetings.c.event_id.in_(
                select(fused_sources.c.event_id).where(fused_sources.c.fused_id.in_(chunk)))))
            for t in (fusion.fused_participants, fused_sources):
                conn.execute(delete(t).where(t.c.fused_id.in_(chunk)))
            conn.execute(delete(fused_events).where(fused_events.c.id.in_(chunk)))
        for g in groups:
            w.write([reps[i].id for i in g])
        # the meetings of the statements' articles: rewritten above, or as they were
        meetings = [e for e, r in w.ev.items() if r.type == "CONSULT"]
        need(meetings)
        for e, f in _fused_of(conn, [e for e in meetings if e not in w.fused_of]).items():
            w.fused_of[e] = f
        w.statements([reports[e] for e in sorted(meetings) if reports[e] is not None], new_stmts + redo, stats)
        for chunk in _chunks(queued):
            conn.execute(delete(fusion_queue).where(fusion_queue.c.article_id.in_(chunk)))
        stats.reclustered = len(groups)
        stats.meetings = conn.execute(select(func.coalesce(func.sum(fused_events.c.n_sources), 0))
                                      .where(fused_events.c.type == "CONSULT")).scalar()
        stats.fused = conn.execute(select(func.count()).select_from(fused_events)
                                   .where(fused_events.c.type == "CONSULT")).scalar()
        stats.statements = conn.execute(select(func.count()).select_from(fused_events)
                                        .where(fused_events.c.type != "CONSULT")).scalar()
        stats.attached = conn.execute(select(func.count()).select_from(statement_meetings)).scalar()
    return stats


class _Row:
    """A block row of a report that left the index (as `blocks.block_rows` builds it)."""

    def __init__(self, key: str, event_id: int, lo: int | None, hi: int | None, cls: int):
        self.key, self.event_id, self.lo, self.hi, self.cls = key, event_id, lo, hi, cls
