"""Corpus-wide actor resolution: every entity of every article maps to one actor.

An entity with a knowledge-base id maps to that KB actor. Any other entity maps to a
provisional actor found by its name keys (the entity name and every alias): an exact key of
the same type first, then a close spelling of the same type (rapidfuzz ratio, confirmed by
jellyfish Jaro-Winkler), else a new provisional actor. Every surface form is kept as an alias
with its script and how often it was seen.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import jellyfish
from rapidfuzz import fuzz, process
from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from ..textnorm import arabic_fold, has_arabic, latin_key, norm, strip_accents
from .schema import actors, aliases

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Close-spelling thresholds. ratio 90 accepts one edit in a ten-letter key ("jeffery" /
# "jeffrey"); keys shorter than FUZZY_MIN_LEN must match exactly, since one edit turns
# "iran" into "iraq".
FUZZY_RATIO = 90.0
FUZZY_JARO = 0.93
FUZZY_MIN_LEN = 7


def script_of(s: str) -> str:
    """Latin | Arabic | Other, by the letters the string holds."""
    if has_arabic(s):
        return "Arabic"
    if _LATIN.search(s or ""):
        return "Latin"
    return "Other"


# names repeat across a corpus (every mention of every article): keys are computed once each
@functools.lru_cache(maxsize=1 << 17)
def name_key(name: str) -> str:
    """The matching key of a name: `latin_key` for Latin script; folded, spaceless Arabic otherwise."""
    if not name:
        return ""
    if has_arabic(name):
        k = norm(arabic_fold(name))
        k = re.sub(r"(^| )ال", " ", k)       # the article is written both attached and not
        return re.sub(r"\s+", "", k)
    # accents dropped: "Mevlüt Çavuşoğlu" and "Mevlut Cavusoglu" are one spelling
    return latin_key(strip_accents(name.replace("ı", "i")))


@functools.lru_cache(maxsize=1 << 17)
def surname_key(name: str) -> tuple[str, bool]:
    """The key of a person name's last word, and whether the name is that word alone."""
    words = [w for w in re.split(r"\s+", norm(strip_accents(name or ""))) if w]
    words = [w for w in words if w not in ("al", "el", "ad", "ar", "as", "an", "at", "ash", "az", "ul", "bin", "ibn")]
    if not words:
        return "", False
    return name_key(words[-1]), len(words) == 1


def skeleton(key: str) -> str:
    """The shape of a Latin name key that romanisations of one Arabic name share ("Miqdad" /
    "Mekdad", "Shibani" / "Shaibani", "Mohamed" / "Muhammad"): q and c written k, doubled
    letters once, every run of vowels one "a". Vowel runs stay in place, so "Mahmoud"
    (mahmad) and "Mohammed" (mahamad) remain two names."""
    if not key or not key.isascii():
        return ""
    k = re.sub(r"(.)\1+", r"\1", key.replace("q", "k").replace("c", "k"))
    return re.sub(r"[aeiouy]+", "a", k)


def _consonants(skel: str) -> int:
    return sum(1 for c in skel if c != "a")


def is_close(a: str, b: str) -> bool:
    """Two keys spelled closely enough to be one name (both long enough to risk it)."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LEN or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= FUZZY_RATIO and jellyfish.jaro_winkler_similarity(a, b) >= FUZZY_JARO


def surface_counts(entity: dict, text: str) -> Counter:
    """How often each surface form of a readout entity occurs: its mentions' texts, plus its
    listed aliases and name (seen at least once in the readout)."""
    c: Counter = Counter()
    for m in entity.get("mentions") or []:
        s = text[m["start"]:m["end"]].strip()
        if s:
            c[s] += 1
    for a in entity.get("aliases") or []:
        a = a.strip()
        if a and a not in c:
            c[a] = 1
    name = (entity.get("name") or "").strip()
    if name and name not in c:
        c[name] = 0         # the canonical name is kept as an alias even if never written so
    return c


@dataclass
class ActorResolver:
    """Resolves entities to actor ids inside an open transaction. Holds a cache of keys that
    is only valid while the transactions it saw commit: call `reset()` after a rollback."""

    _kb: dict[str, int] = field(default_factory=dict)
    _keys: dict[tuple[str, str], int] = field(default_factory=dict)
    _by_type: dict[str, list[str]] = field(default_factory=dict)
    _surnames: dict[str, set[int]] = field(default_factory=dict)
    _loaded: bool = False
    _seen: tuple | None = None
    _pending: dict[tuple[int, str], int] = field(default_factory=dict)
    _provisional: set[int] = field(default_factory=set)
    # consonant skeletons of person names (full name, and surname of a fuller name) → actors
    _skel_full: dict[str, set[int]] = field(default_factory=dict)
    _skel_surname: dict[str, set[int]] = field(default_factory=dict)

    @staticmethod
    def _high_water(conn: Connection) -> tuple:
        # the provisional count changes when a writer gives a provisional actor its KB id
        return (conn.execute(select(func.max(actors.c.id))).scalar(),
                conn.execute(select(func.max(aliases.c.id))).scalar(),
                conn.execute(select(func.count()).select_from(actors).where(actors.c.provisional)).scalar())

    def sync(self, conn: Connection) -> None:
        """At the start of a batch: forget the cache when another writer added actors or
        aliases since this resolver's last batch (`mark`)."""
        if self._loaded and self._high_water(conn) != self._seen:
            self.reset()

    def mark(self, conn: Connection) -> None:
        """At the end of a batch, before commit: write pending aliases and remember what this
        writer has seen."""
        self.flush(conn)
        self._seen = self._high_water(conn)

    def reset(self) -> None:
        self._pending.clear()
        self._surnames.clear()
        self._kb.clear()
        self._keys.clear()
        self._by_type.clear()
        self._provisional.clear()
        self._skel_full.clear()
        self._skel_surname.clear()
        self._loaded = False

    def _load(self, conn: Connection) -> None:
        for aid, kb_id, typ, key, name in conn.execute(
                select(actors.c.id, actors.c.kb_id, actors.c.type, actors.c.name_key, actors.c.name)
                .order_by(actors.c.id)):
            if kb_id:
                self._kb[kb_id] = aid
            else:
                self._provisional.add(aid)
            self._add_key(typ, key, aid)
            self._add_surname(typ, name, aid)
        for aid, typ, key in conn.execute(
                select(aliases.c.actor_id, actors.c.type, aliases.c.alias_key)
                .join(actors, actors.c.id == aliases.c.actor_id).order_by(aliases.c.id)):
            self._add_key(typ, key, aid)
        self._loaded = True

    def _add_key(self, typ: str, key: str, aid: int) -> None:
        if key and (typ, key) not in self._keys:
            self._keys[(typ, key)] = aid
            self._by_type.setdefault(typ, []).append(key)

    def _add_surname(self, typ: str, name: str, aid: int) -> None:
        if typ == "PERSON":
            sk, alone = surname_key(name)
            if sk and not alone:
                self._surnames.setdefault(sk, set()).add(aid)
                self._skel_surname.setdefault(skeleton(sk), set()).add(aid)
            full = skeleton(name_key(name))
            if full:
                self._skel_full.setdefault(full, set()).add(aid)

    def find(self, typ: str, keys: Iterable[str], name: str = "") -> int | None:
        """The actor of the first key known exactly; for a person named by the last word
        alone, the one known person with that last name; else the closest spelling."""
        keys = [k for k in keys if k]
        for k in keys:
            if (typ, k) in self._keys:
                return self._keys[(typ, k)]
        if typ == "PERSON" and name:
            sk, alone = surname_key(name)
            if alone and len(self._surnames.get(sk, ())) == 1:
                return next(iter(self._surnames[sk]))
            if not alone and (typ, sk) in self._keys and len(self._surnames.get(sk, ())) == 0:
                return self._keys[(typ, sk)]     # "Cavusoglu" was seen before "Mevlut Cavusoglu"
            # another romanisation of one person's name: the same consonants, and only one
            # person known with them (three for a surname alone, five for a fuller name)
            skel = skeleton(sk) if alone else skeleton(name_key(name))
            owners = (self._skel_surname if alone else self._skel_full).get(skel, ())
            if _consonants(skel) >= (3 if alone else 5) and len(owners) == 1:
                return next(iter(owners))
        choices = self._by_type.get(typ) or []
        for k in keys:
            if len(k) < FUZZY_MIN_LEN or not choices:
                continue
            hit = process.extractOne(k, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_RATIO)
            if hit and is_close(k, hit[0]):
                return self._keys[(typ, hit[0])]
        return None

    def known(self, typ: str, name: str) -> int | None:
        """The actor of this exact name key and type, if this writer has seen one."""
        return self._keys.get((typ, name_key(name)))

    def resolve(self, conn: Connection, entity: dict, text: str) -> int:
        """The actor id of a readout entity, creating the actor and recording aliases."""
        if not self._loaded:
            self._load(conn)
        typ = entity.get("type") or "OTHER"
        name = (entity.get("name") or "").strip() or "?"
        counts = surface_counts(entity, text)
        keys = [name_key(name)] + [name_key(a) for a in counts]
        kb_id = entity.get("kb_id")
        aid = None
        if kb_id:
            aid = self._kb.get(kb_id)
            if aid is None:
                # a provisional actor seen before under this name (an article whose linker
                # missed the KB id) is this actor: it takes the KB id rather than staying a
                # second actor, so the order articles arrive in does not split a person
                prov = self.find(typ, keys, name)
                if prov is not None and prov in self._provisional:
                    aid = prov
                    conn.execute(update(actors).where(actors.c.id == aid).values(
                        kb_id=kb_id, provisional=False, name=name, name_key=keys[0]))
                    self._provisional.discard(aid)
                else:
                    aid = conn.execute(actors.insert().values(
                        kb_id=kb_id, name=name, type=typ, name_key=keys[0],
                        provisional=False)).inserted_primary_key[0]
                self._kb[kb_id] = aid
        else:
            aid = self.find(typ, keys, name)
            if aid is None:
                aid = conn.execute(actors.insert().values(
                    kb_id=None, name=name, type=typ, name_key=keys[0], provisional=True)).inserted_primary_key[0]
                self._provisional.add(aid)
        for k in keys:
            self._add_key(typ, k, aid)
        self._add_surname(typ, name, aid)
        self._record_aliases(conn, aid, counts)
        return aid

    def _record_aliases(self, conn: Connection, aid: int, counts: Counter) -> None:
        for alias, n in counts.items():
            self._pending[(aid, alias)] = self._pending.get((aid, alias), 0) + n

    def flush(self, conn: Connection) -> None:
        """Write the alias counts gathered since the last flush (call before commit) in one
        INSERT … ON CONFLICT DO UPDATE (SQLite and PostgreSQL): a new alias is added, a known
        one has its count raised."""
        if not self._pending:
            return
        rows = [{"actor_id": aid, "alias": alias, "alias_key": name_key(alias), "script": script_of(alias),
                 "count": n} for (aid, alias), n in sorted(self._pending.items())]
        conn.execute(alias_upsert(conn.dialect.name), rows)
        self._pending.clear()


def alias_upsert(dialect: str):
    """The statement adding aliases or raising their counts, for an executemany of rows."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        raise ValueError(f"no alias upsert for the {dialect} dialect")
    stmt = insert(aliases)
    return stmt.on_conflict_do_update(index_elements=[aliases.c.actor_id, aliases.c.alias],
                                      set_={"count": aliases.c.count + stmt.excluded.count})
