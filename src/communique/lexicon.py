"""Reading the linguistic data files under `communique/data/`.

Formats a linguist can edit: one entry a line, `#` starts a comment, fields separated by a
TAB (or ` | `). Files are read once per process.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("communique") / "data"))


def data_path(*parts: str) -> Path:
    return DATA.joinpath(*parts)


def _lines(path: Path):
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line


@functools.lru_cache(maxsize=None)
def entries(*parts: str) -> tuple[str, ...]:
    """A list file: one entry a line."""
    return tuple(line.strip() for _, line in _lines(data_path(*parts)))


@functools.lru_cache(maxsize=None)
def table(*parts: str) -> tuple[tuple[str, ...], ...]:
    """A table file: fields separated by TAB or ' | '."""
    out = []
    for _, line in _lines(data_path(*parts)):
        fields = re.split(r"\t+| \| ", line.strip())
        out.append(tuple(f.strip() for f in fields))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def mapping(*parts: str) -> dict[str, str]:
    """A two-column table as a dict (first column → second)."""
    return {row[0]: row[1] for row in table(*parts) if len(row) >= 2}


@functools.lru_cache(maxsize=None)
def regex_lines(*parts: str) -> re.Pattern:
    """A file of regular expressions, one a line, compiled into one whole-line pattern."""
    alts = [f"(?:{e})" for e in entries(*parts)]
    return re.compile(r"^\s*(?:" + "|".join(alts) + r")\s*$", re.I)
