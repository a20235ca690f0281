"""Parameter parsing shared by the pages. HTML forms send empty strings for unset filters, so
optional filters arrive as text and are checked here; a bad value is a 400, never a 500."""

from __future__ import annotations

import re
from contextlib import contextmanager

from fastapi import HTTPException, Request

from ...store.ingest import date_range
from ...store.queries import MAX_LIMIT

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")


@contextmanager
def connect(request: Request):
    with request.app.state.engine.connect() as conn:
        yield conn


def opt_int(name: str, value: str | None) -> int | None:
    if value is None or value.strip() == "":
        return None
    try:
        n = int(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a number, not {value[:40]!r}") from None
    if not 0 <= n < 2**62:
        raise HTTPException(400, f"{name} out of range")
    return n


def opt_date(name: str, value: str | None, end: bool = False) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; as the first day it covers (or the last with `end`)."""
    if value is None or value.strip() == "":
        return None
    v = value.strip()
    lo, hi = date_range(v) if DATE_RE.match(v) else (None, None)
    if lo is None:
        raise HTTPException(400, f"{name} must be a date like 2019, 2019-03 or 2019-03-12, not {v[:40]!r}")
    return hi if end else lo


def opt_lang(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if not LANG_RE.match(value.strip()):
        raise HTTPException(400, f"lang must be a language code such as en or ar, not {value[:40]!r}")
    return value.strip()


def opt_type(value: str | None, allowed: list[str]) -> str | None:
    if value is None or value.strip() == "":
        return None
    v = value.strip().upper()
    if v not in allowed:
        raise HTTPException(400, f"type must be a PLOVER category ({', '.join(allowed)}), not {value[:40]!r}")
    return v


def opt_text(value: str | None, name: str = "q", max_len: int = 200) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > max_len:
        raise HTTPException(400, f"{name} is longer than {max_len} characters")
    return value.strip()


def page_size(limit: int | str | None, default: int = 50) -> int:
    n = opt_int("limit", None if limit is None else str(limit))
    if n is None:
        return default
    if not 1 <= n <= MAX_LIMIT:
        raise HTTPException(400, f"limit must be between 1 and {MAX_LIMIT}")
    return n


def page_offset(offset: int | str | None) -> int:
    n = opt_int("offset", None if offset is None else str(offset))
    return n or 0
