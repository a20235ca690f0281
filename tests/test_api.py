"""The public Python API: its exported names are pinned."""

from __future__ import annotations

import communique


def test_exported_names_are_pinned():
    assert sorted(communique.__all__) == sorted([
        "Article", "CommuniqueError", "Entity", "Event", "InputError", "Mention", "Pipeline", "Role",
        "SCHEMA_ID", "Span", "TimeExpr", "__version__", "extract", "load_pipeline", "process", "stage",
        "validate",
    ])
    for name in communique.__all__:
        assert hasattr(communique, name), name


def test_extract_text_returns_valid_readouts():
    out = communique.extract("Talks in Amman\n\nThe two ministers met in Amman on Sunday.",
                             published="2023-05-08", doc_id="note-1")
    assert len(out) == 1
    r = out[0]
    communique.validate(r)
    assert r["doc"]["id"] == "note-1" and r["doc"]["published"] == "2023-05-08"
    assert r["doc"]["language"] == "en" and r["doc"]["title"] == "Talks in Amman"


def test_extract_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("وزير الخارجية يلتقي المبعوث\n\nالتقى وزير الخارجية أمس المبعوث الأممي في عمان.", encoding="utf-8")
    [r] = communique.extract(p)
    assert r["doc"]["language"] == "ar" and r["doc"]["source"] == str(p)


def test_extract_bad_path_raises_input_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    try:
        communique.extract(p)
    except communique.InputError as err:
        assert "E201" in str(err)
    else:
        raise AssertionError("no error for an empty file")
