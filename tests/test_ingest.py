"""Ingestion: every input kind, and every kind of bad input giving one clear error line."""

from __future__ import annotations

import io
import json

import pytest

from communique.errors import InputError
from communique.ingest.readers import MAX_BYTES, read_inputs


def read_all(paths, stdin=None):
    items = list(read_inputs([str(p) for p in paths], stdin=stdin))
    return [i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)]


def test_plain_text_file(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("Envoy visits Amman\n\nThe envoy arrived in Amman on Sunday.\n", encoding="utf-8")
    arts, errs = read_all([p])
    assert not errs and len(arts) == 1
    assert arts[0].id == "note" and arts[0].source == str(p) and arts[0].format == "text"


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("First article text here.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("Second article text here.", encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    arts, errs = read_all([tmp_path])
    assert [a.id for a in arts] == ["a", "c"] and not errs


def test_jsonl_records_keep_ids_and_fields(tmp_path):
    p = tmp_path / "feed.jsonl"
    recs = [{"id": "r1", "url": "https://example.org/1", "title": "T1", "published": "2024-05-02",
             "language": "en", "text": "The ministers met in Doha."},
            {"id": "r2", "html": "<html><body><article><p>The delegation arrived in Cairo on Monday "
                                  "for talks with officials about the crossing.</p></article></body></html>"}]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    arts, errs = read_all([p])
    assert not errs
    assert [a.id for a in arts] == ["r1", "r2"]
    assert arts[0].published == "2024-05-02" and arts[0].url == "https://example.org/1"
    assert arts[1].format == "html"


def test_malformed_json_line_names_file_and_line_and_batch_goes_on(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "ok1", "text": "A first good record."}\n{"id": "bad", "text": \n'
                 '{"id": "ok2", "text": "A second good record."}\n', encoding="utf-8")
    arts, errs = read_all([p])
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert len(errs) == 1 and errs[0].line == 2 and str(p) in str(errs[0])


def test_record_without_text(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "x", "title": "no body"}\n', encoding="utf-8")
    arts, errs = read_all([p])
    assert not arts and "E205" in str(errs[0]) and errs[0].line == 1


@pytest.mark.parametrize("name,data,code", [
    ("empty.txt", b"", "E201"),
    ("blank.txt", b"   \n\n  ", "E201"),
    ("binary.txt", b"\x00\x01\x02\x03PK\x00\x00", "E202"),
    ("latin1.txt", "Réunion à Genève".encode("latin-1"), "E203"),
])
def test_bad_files_give_one_clear_error(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("A good article stays in the batch.", encoding="utf-8")
    arts, errs = read_all([p, good])
    assert len(errs) == 1 and code in str(errs[0]) and str(p) in str(errs[0])
    assert [a.id for a in arts] == ["good"]


def test_invalid_utf8_names_the_line(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"line one\nline two\nline \xff three\n")
    _, errs = read_all([p])
    assert errs[0].line == 3


def test_html_without_body(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>Nothing</title></head></html>", encoding="utf-8")
    arts, errs = read_all([p])
    assert not arts and "E212" in str(errs[0])


def test_too_large_file_is_refused_without_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    assert p.stat().st_size > MAX_BYTES
    _, errs = read_all([p])
    assert "E208" in str(errs[0])


def test_missing_path(tmp_path):
    arts, errs = read_all([tmp_path / "nope.txt"])
    assert not arts and "E210" in str(errs[0]) and "nope.txt" in str(errs[0])


def test_stdin_text_and_jsonl():
    arts, errs = read_all(["-"], stdin=io.BytesIO("The talks ended in Muscat.".encode()))
    assert not errs and arts[0].id.startswith("stdin-") and arts[0].source == "-"
    arts, errs = read_all(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "x y z"}\n'))
    assert arts[0].id == "s1"


def test_html_page_gives_title_text_and_meta_date(tmp_path):
    page = """<!doctype html><html><head><title>Envoy in Amman</title>
    <meta property="article:published_time" content="2023-06-05T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Envoy in Amman</h1><p>The special envoy held talks in Amman on Sunday with the
    foreign minister about the return of refugees and the humanitarian situation.</p>
    <p>Both sides stressed the need for a political solution.</p></article>
    <footer>Copyright 2019 Example News. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    arts, errs = read_all([p])
    assert not errs
    a = arts[0]
    assert a.title == "Envoy in Amman" and a.published == "2023-06-05"
    assert "special envoy held talks" in a.scratch["html_text"]


def test_footer_copyright_year_is_not_the_date(tmp_path):
    page = """<html><head><title>لقاء في عمان</title></head><body><article>
    <p>عقد المبعوث الخاص اجتماعا مع وزير الخارجية في عمان لبحث عودة اللاجئين والوضع الإنساني في المنطقة.</p>
    </article><footer>Copyright 2019 جميع الحقوق محفوظة</footer></body></html>"""
    p = tmp_path / "ar.html"
    p.write_text(page, encoding="utf-8")
    arts, _ = read_all([p])
    assert arts[0].published in (None, "")
