"""The store's relational schema (SQLAlchemy Core) and its versioned migrations.

One code path serves `sqlite:///file.db` and `postgresql+psycopg://…`: only portable column
types are used, and engine-specific setup (SQLite's WAL journal and foreign keys) happens in a
connect hook.

Migrations: a `schema_version` table plus numbered steps in `MIGRATIONS`, applied in order inside
one transaction each. We chose this over alembic because the schema is small, ships inside the
package (no alembic.ini / env.py to locate at run time) and must be created by `communique
ingest` on a fresh SQLite file with no extra command. A new release appends a step (a function
taking a Connection); steps never change once released.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, UniqueConstraint, create_engine, event, func, select)
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

# One row per stored version of an article. `article_key` is the URL when there is one, else
# "source|doc id": a changed text under the same key becomes version n+1 and the old row is kept
# with is_current false, so evidence offsets of older readouts stay valid.
articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(512), nullable=False),
    Column("source", Text, nullable=False, default=""),
    Column("url", Text),
    Column("article_key", String(1024), nullable=False),
    Column("title", Text),
    Column("language", String(16)),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("raw", Text, nullable=False),            # the readout JSON as ingested
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("version", Integer, nullable=False, default=1),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("ingested_at", String(32), nullable=False),
    UniqueConstraint("article_key", "version", name="uq_article_version"),
)
Index("ix_articles_doc", articles.c.doc_id)
Index("ix_articles_published", articles.c.published)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kb_id", String(256), unique=True),      # null for provisional actors
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("name_key", String(512), nullable=False),
    Column("provisional", Boolean, nullable=False, default=True),
)
Index("ix_actors_key", actors.c.type, actors.c.name_key)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("alias_key", String(512), nullable=False),
    Column("script", String(16), nullable=False),   # Latin | Arabic | Other
    Column("count", Integer, nullable=False, default=0),
    UniqueConstraint("actor_id", "alias", name="uq_alias"),
)
Index("ix_aliases_key", aliases.c.alias_key)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("local_id", String(32), nullable=False),  # "E1" in the readout
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", String(256)),
    UniqueConstraint("article_id", "local_id", name="uq_entity_local"),
)
Index("ix_entities_actor", entities.c.actor_id)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("surface", Text, nullable=False),
)
Index("ix_mentions_entity", mentions.c.entity_id)

roles = Table(
    "roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("person_entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("title", Text, nullable=False),
    Column("title_norm", String(512), nullable=False),
    Column("org_entity_id", Integer, ForeignKey("entities.id")),
    Column("org_actor_id", Integer, ForeignKey("actors.id")),
    Column("date", String(10)),                      # role date, else the article's date
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Index("ix_roles_actor", roles.c.actor_id)
Index("ix_roles_office", roles.c.title_norm, roles.c.org_actor_id)

# Every readout event. CONSULT events are meetings; the others are statements and also get a
# row in `statements`. date_lo/date_hi are the first and last day the (possibly partial) date
# covers; `day` is the date used for ordering (event date, else the article's publication).
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("date", String(10)),
    Column("date_lo", String(10)),
    Column("date_hi", String(10)),
    Column("day", String(10)),
    Column("location_entity_id", Integer, ForeignKey("entities.id")),
    Column("location_actor_id", Integer, ForeignKey("actors.id")),
    Column("trigger", Text),
    Column("evidence_text", Text, nullable=False, default=""),
    Column("embedding", LargeBinary),               # USE vector of evidence_text, filled by fusion
    Column("extra", Text),
    UniqueConstraint("article_id", "local_id", name="uq_event_local"),
)
Index("ix_events_type_day", events.c.type, events.c.day)
Index("ix_events_article", events.c.article_id)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_evidence_event", evidence.c.event_id)

# role: participant (CONSULT), actor / target / about (statements)
event_participants = Table(
    "event_participants", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    Column("role", String(16), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
)
Index("ix_participants_actor", event_participants.c.actor_id)

statements = Table(
    "statements", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id")),
    Column("target_actor_id", Integer, ForeignKey("actors.id")),
    Column("quote", Text),
)
Index("ix_statements_actor", statements.c.actor_id)

# Fusion output, rebuilt deterministically by fusion.fuse(). The id is a stable string derived
# from the earliest source event so links stay valid across re-fusion.
fused_events = Table(
    "fused_events", metadata,
    Column("id", String(24), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("date", String(10)),
    Column("day", String(10)),
    Column("location_actor_id", Integer, ForeignKey("actors.id")),
    Column("n_sources", Integer, nullable=False),
    Column("languages", String(64), nullable=False, default=""),
    Column("summary", Text),
)
Index("ix_fused_day", fused_events.c.day)

fused_sources = Table(
    "fused_sources", metadata,
    Column("fused_id", String(24), ForeignKey("fused_events.id"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("score", Float),
)
Index("ix_fused_sources_fused", fused_sources.c.fused_id)

fused_participants = Table(
    "fused_participants", metadata,
    Column("fused_id", String(24), ForeignKey("fused_events.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True),
    Column("n_sources", Integer, nullable=False),
)
Index("ix_fused_participants_actor", fused_participants.c.actor_id)

# A statement made at a fused meeting (same article, see fusion.attach_statements).
statement_meetings = Table(
    "statement_meetings", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("fused_id", String(24), ForeignKey("fused_events.id"), nullable=False),
)
Index("ix_statement_meetings_fused", statement_meetings.c.fused_id)

# Fusion's blocking index (store/blocks.py): a row per block a current CONSULT report is compared
# in, with its window as day ordinals (null: no date and no publication date) and the length class
# of that window, so incremental fusion finds a new report's neighbours by index. Written with the
# events, deleted when their article is superseded; rebuilt by a full fuse.
fusion_blocks = Table(
    "fusion_blocks", metadata,
    Column("key", String(64), primary_key=True),     # "p:<actor>", "l:<place actor>", "pp:<actor>:<actor>"
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("lo", Integer),
    Column("hi", Integer),
    Column("cls", Integer, nullable=False),
)
# covering: a range read never visits the table
Index("ix_fusion_blocks_range", fusion_blocks.c.key, fusion_blocks.c.cls, fusion_blocks.c.lo, fusion_blocks.c.hi,
      fusion_blocks.c.event_id)
Index("ix_fusion_blocks_event", fusion_blocks.c.event_id)

# Articles added or superseded since fusion last ran; `fuse_new` takes them and empties it.
fusion_queue = Table(
    "fusion_queue", metadata,
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
)

V2_TABLES = [fusion_blocks, fusion_queue]
V1_TABLES = [t for t in metadata.sorted_tables if t.name != "schema_version" and t not in V2_TABLES]


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=V1_TABLES)


def _v2(conn: Connection) -> None:
    """The blocking index and the fusion queue, filled for a store that has data: the blocks of
    its current meeting reports; queued, the current articles with an event not fused yet and
    the superseded ones whose events are still fused."""
    from sqlalchemy import exists

    from . import blocks

    metadata.create_all(conn, tables=V2_TABLES)
    blocks.rebuild(conn)
    unfused = ~exists().where(fused_sources.c.event_id == events.c.id)
    pending = set(conn.execute(select(events.c.article_id).distinct()
                               .join(articles, articles.c.id == events.c.article_id)
                               .where(articles.c.is_current, unfused)).scalars())
    pending |= set(conn.execute(select(events.c.article_id).distinct()
                                .join(articles, articles.c.id == events.c.article_id)
                                .join(fused_sources, fused_sources.c.event_id == events.c.id)
                                .where(~articles.c.is_current)).scalars())
    blocks.enqueue(conn, pending)


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [(1, _v1), (2, _v2)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _sqlite_setup(dbapi_conn, _record) -> None:
    # WAL: readers (the web UI) see the last committed batch while an ingest writes the next.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        eng = create_engine(url)
        event.listen(eng, "connect", _sqlite_setup)
        return eng
    return create_engine(url, pool_pre_ping=True)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def migrate(engine: Engine) -> int:
    """Apply every migration step newer than the store's version; returns the version."""
    from datetime import datetime, timezone

    with engine.begin() as conn:
        schema_version.create(conn, checkfirst=True)
    for version, step in MIGRATIONS:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # two processes opening a fresh store must not both run a step
                conn.exec_driver_sql("LOCK TABLE schema_version IN EXCLUSIVE MODE")
            if current_version(conn) >= version:
                continue
            step(conn)
            conn.execute(schema_version.insert().values(
                version=version, applied_at=datetime.now(timezone.utc).isoformat(timespec="seconds")))
    with engine.connect() as conn:
        return current_version(conn)


def open_store(url: str) -> Engine:
    """An engine for `url` with the schema brought up to date."""
    eng = make_engine(url)
    migrate(eng)
    return eng
