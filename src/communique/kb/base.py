"""The knowledge base of actors: people, organisations, countries, places, instruments and
conferences, each with English and Arabic names, variants and dated roles.

Entries live in YAML files under `communique/data/kb/` (see README.md there for the format);
`--kb FILE` adds a user's own (YAML, or an openeventdata actor dictionary).
"""

from __future__ import annotations

import datetime
import functools
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeBaseError
from ..lexicon import data_path
from ..textnorm import has_arabic, norm

# libyaml's parser when the build has it: the shipped files load in a fraction of the time
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

log = logging.getLogger(__name__)

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "INSTRUMENT", "EVENT", "NORP"}


@dataclass
class RoleSpan:
    title: str
    org: str | None = None  # kb id of the organisation or country
    start: str | None = None  # YYYY[-MM[-DD]]
    end: str | None = None
    title_ar: str | None = None

    def active(self, date: str | None) -> bool:
        if not date:
            return self.end is None
        if self.start and date < self.start[: len(date)]:
            return False
        if self.end and date[: len(self.end)] > self.end:
            return False
        return True


@dataclass
class Actor:
    id: str
    type: str
    name: str  # the Latin-script canonical name
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)  # English / Latin-script variants
    aliases_ar: list[str] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    country: str | None = None  # ISO 3166 alpha-3
    extra: dict[str, Any] = field(default_factory=dict)

    def names(self, lang: str | None = None) -> list[str]:
        en = [self.name, *self.aliases]
        ar = ([self.name_ar] if self.name_ar else []) + list(self.aliases_ar)
        if lang == "en":
            return en
        if lang == "ar":
            return ar
        return en + ar


def _actor_from(entry: dict[str, Any], where: str) -> Actor:
    try:
        aid, typ, name = str(entry["id"]), str(entry["type"]).upper(), str(entry["name"])
    except KeyError as exc:
        raise KnowledgeBaseError(f"E401 {where}: entry lacks {exc.args[0]!r}") from None
    if typ not in TYPES:
        raise KnowledgeBaseError(f"E402 {where}: {aid}: unknown type {typ!r}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, dict):  # {en: [...], ar: [...]}
        en, ar = list(aliases.get("en") or []), list(aliases.get("ar") or [])
    else:
        en = [a for a in aliases if not has_arabic(a)]
        ar = [a for a in aliases if has_arabic(a)]
    roles = []
    for r in entry.get("roles") or []:
        if isinstance(r, str):
            r = {"title": r}
        roles.append(RoleSpan(title=str(r.get("title", "")), org=r.get("org"),
                              start=_d(r.get("from")), end=_d(r.get("to")), title_ar=r.get("title_ar")))
    known = {"id", "type", "name", "ar", "aliases", "roles", "country"}
    return Actor(id=aid, type=typ, name=name, name_ar=entry.get("ar"), aliases=[str(a) for a in en],
                 aliases_ar=[str(a) for a in ar], roles=roles, country=entry.get("country"),
                 extra={k: (_d(v) if isinstance(v, (datetime.date, int)) else v)
                        for k, v in entry.items() if k not in known})


def _d(v: Any) -> str | None:
    """A date as written: YAML reads 2012-06-30 as a date, 2012-06 as text, 2012 as a number."""
    return None if v in (None, "") else str(v)


class KnowledgeBase:
    def __init__(self, actors: Iterable[Actor] = ()):
        self._actors: dict[str, Actor] = {}
        self._index: dict[str, dict[str, set[str]]] = {"en": defaultdict(set), "ar": defaultdict(set)}
        for a in actors:
            self.add(a)

    # --- building
    def add(self, actor: Actor) -> None:
        old = self._actors.get(actor.id)
        if old is not None:  # a later file extends an entry: merge names and roles
            # its own name is one more alias (the first file's name stays canonical)
            for a in [actor.name, *actor.aliases]:
                if a not in old.aliases and a != old.name:
                    old.aliases.append(a)
            for a in actor.aliases_ar:
                if a not in old.aliases_ar:
                    old.aliases_ar.append(a)
            old.name_ar = old.name_ar or actor.name_ar
            old.roles.extend(actor.roles)
            actor = old
        self._actors[actor.id] = actor
        for lang in ("en", "ar"):
            for n in actor.names(lang):
                k = norm(n)
                if k:
                    self._index[lang][k].add(actor.id)

    def load_yaml(self, path: str | Path) -> None:
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.load(fh, Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise KnowledgeBaseError(f"E403 {path}{line}: not valid YAML") from None
        entries = data.get("actors", []) if isinstance(data, dict) else data
        if not isinstance(entries, list):
            raise KnowledgeBaseError(f"E404 {path}: expected a list of actors")
        for i, e in enumerate(entries):
            if not isinstance(e, dict):
                raise KnowledgeBaseError(f"E404 {path}: entry {i + 1} is not a mapping")
            self.add(_actor_from(e, f"{path} entry {i + 1}"))

    def load(self, path: str | Path) -> None:
        p = Path(path)
        if p.suffix.lower() in (".yaml", ".yml"):
            self.load_yaml(p)
        else:
            from .petrarch import ImportReport, load_dictionary

            report = ImportReport()
            for a in load_dictionary(p, report=report):
                self.add(a)
            if report.skipped:  # lenient by design (see petrarch.py); say what was dropped
                first = ", ".join(f"line {n}: {why}" for n, why in report.skipped[:3])
                log.warning("%s: %d malformed line(s) skipped (%s%s)", p, len(report.skipped), first,
                            ", ..." if len(report.skipped) > 3 else "")

    # --- reading
    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, kb_id: str) -> bool:
        return kb_id in self._actors

    def get(self, kb_id: str | None) -> Actor | None:
        return self._actors.get(kb_id) if kb_id else None

    @property
    def actors(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def lookup(self, surface: str, lang: str = "en") -> list[Actor]:
        """Actors with `surface` among their names (after normalisation)."""
        ids = self._index["ar" if lang == "ar" else "en"].get(norm(surface), ())
        return [self._actors[i] for i in sorted(ids)]

    def aliases(self, lang: str) -> Iterator[tuple[str, str]]:
        """(alias, actor id) pairs in one script, for building matchers."""
        for a in self._actors.values():
            for n in a.names(lang):
                yield n, a.id

    def counts(self) -> dict[str, int]:
        """Number of actors by type."""
        out: dict[str, int] = defaultdict(int)
        for a in self._actors.values():
            out[a.type] += 1
        return dict(sorted(out.items()))

    def roles_at(self, kb_id: str, date: str | None) -> list[RoleSpan]:
        a = self.get(kb_id)
        return [r for r in a.roles if r.active(date)] if a else []


def default_files() -> list[Path]:
    """The shipped actor files; the country supplement is read by `countries.py` instead."""
    return sorted(p for p in data_path("kb").glob("*.yaml") if p.name != "countries_supplement.yaml")


@functools.lru_cache(maxsize=4)
def load_default_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The shipped knowledge base (plus `extra` files), loaded once per process."""
    kb = KnowledgeBase()
    try:
        from .countries import country_actors
    except ImportError:
        country_actors = None
    if country_actors is not None:
        for a in country_actors():
            kb.add(a)
    for f in default_files():
        kb.load_yaml(f)
    for f in extra:
        kb.load(f)
    return kb


def kb_for_options(options: dict[str, Any] | None) -> KnowledgeBase:
    """The knowledge base a pipeline run should use: the shipped one plus the run's
    `--kb` files (`options["kb"]`, a tuple of paths: YAML or actor dictionaries)."""
    extra = (options or {}).get("kb") or ()
    return load_default_kb(tuple(str(f) for f in extra))
