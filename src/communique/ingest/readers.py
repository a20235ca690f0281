"""Turn paths, folders, standard input and records into Articles.

`read_inputs` yields an Article or an InputError for every document it meets, so one bad
file never stops a batch: callers report the error and go on.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .html import html_to_article

MAX_BYTES = 10 * 1024 * 1024  # no news article is near 10 MB; larger input is a mistake
SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
            ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def stable_id(*parts: str) -> str:
    h = hashlib.sha1("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return h[:16]


def _decode(path: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "E201 empty input: nothing to read")
    if b"\x00" in data[:8192]:
        raise InputError(path, "E202 binary file (NUL bytes): not a text, HTML or JSON document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"E203 invalid UTF-8 at byte {exc.start}", line) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(path, "E202 binary file (control characters): not a text document")
    return text


def sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{") or head.startswith("["):
        return "jsonl"
    if head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and "<body" in text[:5000].lower()
    ):
        return "html"
    return "text"


def text_article(text: str, source: str, *, doc_id: str | None = None, **fields) -> Article:
    stem = Path(source).stem if source not in ("-", "") else ""
    return Article(
        id=doc_id or stem or "stdin-" + stable_id(text),
        source=source,
        raw=text,
        format="text",
        **fields,
    )


def record_to_article(rec: dict, source: str, line: int | None) -> Article:
    if not isinstance(rec, dict):
        raise InputError(source, "E204 a record must be a JSON object", line)
    text, html = rec.get("text"), rec.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(source, "E205 record has neither 'text' nor 'html'", line)
    rid = rec.get("id")
    rid = str(rid) if rid not in (None, "") else None
    lang = rec.get("language") or rec.get("lang")
    fields = dict(
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        title=rec.get("title") if isinstance(rec.get("title"), str) else None,
        published=rec.get("published") if isinstance(rec.get("published"), str) else None,
    )
    if isinstance(text, str) and text.strip():
        art = Article(id=rid or stable_id(fields["url"] or "", text), source=source, raw=text,
                      format="text", **fields)
    elif isinstance(html, str) and html.strip():
        art = html_to_article(html, source, doc_id=rid, **fields)
    else:
        raise InputError(source, "E201 record text is empty", line)
    if isinstance(lang, str) and lang:
        art.scratch["language_hint"] = lang
    art.scratch["record_line"] = line
    return art


def _records(text: str, source: str) -> Iterator[Article | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"E206 malformed JSON: {exc.msg}", exc.lineno)
            return
        for i, rec in enumerate(data):
            try:
                yield record_to_article(rec, source, i + 1)
            except InputError as err:
                yield err
        return
    # JSON Lines; a .json file holding one object is one record.
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict):
        try:
            yield record_to_article(whole, source, 1)
        except InputError as err:
            yield err
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"E206 malformed JSON line: {exc.msg} (column {exc.colno})", n)
            continue
        try:
            yield record_to_article(rec, source, n)
        except InputError as err:
            yield err


def read_text_input(text: str, source: str, kind: str | None = None) -> Iterator[Article | InputError]:
    kind = kind or sniff(text)
    if kind in ("json", "jsonl"):
        yield from _records(text, source)
    elif kind == "html":
        try:
            yield html_to_article(text, source)
        except InputError as err:
            yield err
    else:
        yield text_article(text, source)


def read_file(path: str) -> Iterator[Article | InputError]:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        yield InputError(path, f"E207 cannot read: {exc.strerror or exc}")
        return
    if size > MAX_BYTES:
        yield InputError(path, f"E208 file too large ({size // (1024 * 1024)} MB; limit {MAX_BYTES // (1024 * 1024)} MB)")
        return
    try:
        data = p.read_bytes()
        text = _decode(path, data)
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(path, f"E207 cannot read: {exc.strerror or exc}")
        return
    kind = SUFFIXES.get(p.suffix.lower())
    yield from read_text_input(text, path, kind)


def walk(path: str) -> Iterator[str]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if Path(f).suffix.lower() in SUFFIXES and not f.startswith("."):
                yield os.path.join(root, f)


def read_inputs(paths: Iterable[str], stdin=None) -> Iterator[Article | InputError]:
    for path in paths:
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogateescape")
            try:
                text = _decode("<stdin>", data)
            except InputError as err:
                yield err
                continue
            yield from read_text_input(text, "-")
        elif os.path.isdir(path):
            found = False
            for f in walk(path):
                found = True
                yield from read_file(f)
            if not found:
                yield InputError(path, "E209 folder holds no .txt, .html, .json or .jsonl file")
        elif not os.path.exists(path):
            yield InputError(path, "E210 no such file or folder")
        else:
            yield from read_file(path)
