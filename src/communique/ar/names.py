"""The given-name index: name parts attested in `arabic-name-romanizer`'s names.sqlite3
(~82k tagged parts: given, surname, unknown, with counts), plus the foreign given names of
`data/ar/foreign_given_names.txt`. Read-only; looked up one folded word at a time."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from ..lexicon import table
from ..textnorm import arabic_fold

# Counts below these are noise in the index (one-off rows such as "في" tagged given).
# Read off the index: common words appear with counts 1–2, real given names with 10+.
GIVEN_MIN = 10
PART_MIN = 3


def _index_path() -> Path | None:
    try:
        import arabic_name_romanizer
    except ImportError:
        return None
    p = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    return p if p.exists() else None


class NameIndex:
    def __init__(self, path: Path | None = None):
        path = path or _index_path()
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False) if path else None
        self._cache: dict[str, tuple[int, int]] = {}
        self.foreign = {arabic_fold(r[0]): r[1] for r in table("ar", "foreign_given_names.txt") if len(r) > 1}

    def counts(self, fold: str) -> tuple[int, int]:
        """(count as a given name, count as any name part) of a folded word."""
        if fold in self._cache:
            return self._cache[fold]
        given = total = 0
        if self.conn is not None:
            for role, n in self.conn.execute(
                "SELECT role, SUM(count) FROM units WHERE arabic_key = ? GROUP BY role", (fold,)
            ):
                total += n or 0
                if role in ("given", "unknown"):
                    given += n or 0
        self._cache[fold] = (given, total)
        return given, total

    def is_given(self, fold: str) -> bool:
        return fold in self.foreign or self.counts(fold)[0] >= GIVEN_MIN

    def is_part(self, fold: str) -> bool:
        return fold in self.foreign or self.counts(fold)[1] >= PART_MIN


@functools.lru_cache(maxsize=1)
def name_index() -> NameIndex:
    return NameIndex()
