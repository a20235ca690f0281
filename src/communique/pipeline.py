"""Named stages over the Article and the runner that chains them.

A stage is a function `fn(article, ctx)` registered with the fields it needs and the fields
it sets (spaCy's `requires`/`assigns`). Later parts of the system add stages by registering
them; the runner checks the chain once when it is built, not on every article.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import PipelineError
from .model import Article

StageFn = Callable[[Article, "Context"], None]

# Fields every Article has once it is ingested.
BASE_FIELDS = frozenset({"raw", "id", "source", "format", "title", "published", "url"})


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    languages: tuple[str, ...] | None = None  # None: every supported language

    def applies_to(self, article: Article) -> bool:
        if self.languages is None:
            return True
        return article.supported and article.language in self.languages


_REGISTRY: dict[str, Stage] = {}

# The default chain. Stage modules register themselves on import; names listed here that
# are not registered yet are skipped, so the chain grows as modules are added.
DEFAULT_STAGES = (
    "clean",
    "language",
    "sentences",
    "mentions",
    "entities",
    "dates",
    "roles",
    "events",
    "linking",
)

STAGE_MODULES = (
    "communique.stages.clean",
    "communique.stages.language",
    "communique.stages.sentences",
    "communique.stages.mentions",
    "communique.stages.entities",
    "communique.stages.dates",
    "communique.stages.roles",
    "communique.stages.events",
    "communique.stages.linking",
)


def stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    assigns: Iterable[str] = (),
    languages: Iterable[str] | None = None,
) -> Callable[[StageFn], StageFn]:
    """Register `fn` as the stage `name`."""

    def wrap(fn: StageFn) -> StageFn:
        _REGISTRY[name] = Stage(
            name, fn, tuple(requires), tuple(assigns), tuple(languages) if languages else None
        )
        return fn

    return wrap


def registered() -> dict[str, Stage]:
    load_stage_modules()
    return dict(_REGISTRY)


def load_stage_modules() -> None:
    for mod in STAGE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


@dataclass
class Context:
    """Per-run resources shared by stages: models and the knowledge base, loaded once."""

    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, factory: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = factory()
        return self.cache[key]


class Pipeline:
    def __init__(self, names: Iterable[str] | None = None, context: Context | None = None):
        available = registered()
        if names is None:
            names = [n for n in DEFAULT_STAGES if n in available]
        self.stages: list[Stage] = []
        have = set(BASE_FIELDS)
        for n in names:
            if n not in available:
                raise PipelineError(f"E101 unknown stage {n!r}; known: {sorted(available)}")
            st = available[n]
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise PipelineError(f"E102 stage {n!r} needs {missing}, which no earlier stage sets")
            have.update(st.assigns)
            self.stages.append(st)
        self.context = context or Context()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article) -> Article:
        for st in self.stages:
            if st.applies_to(article):
                st.fn(article, self.context)
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterable[Article]:
        for a in articles:
            yield self(a)
