"""Pure parts of the workspace: escaping and highlighting, map geometry, graph layout, role
bars, request parsing. No database, no server."""

from __future__ import annotations

import pytest
from fastapi import HTTPException

from communique.web.highlight import clean_spans, excerpt, highlight, passage, safe_url


def test_highlight_escapes_then_wraps_offsets():
    text = "A <b>bold</b> & 'quoted' claim."
    out = str(highlight(text, [{"start": 2, "end": 13}]))
    assert out == "A <mark class=\"cite\">&lt;b&gt;bold&lt;/b&gt;</mark> &amp; &#39;quoted&#39; claim."


def test_highlight_merges_overlaps_and_drops_bad_spans():
    text = "abcdefghij"
    spans = [{"start": 5, "end": 8}, {"start": 1, "end": 3}, {"start": 2, "end": 4}, {"start": 9, "end": 99},
             {"start": 7, "end": 7}, {"start": "x", "end": 2}, {"end": 3}]
    assert clean_spans(spans, len(text)) == [(1, 4), (5, 8), (9, 10)]
    assert str(highlight(text, spans)) == ('a<mark class="cite">bcd</mark>e<mark class="cite">fgh</mark>i'
                                           '<mark class="cite">j</mark>')


def test_highlight_window_and_arabic():
    text = "قال المبعوث إن المحادثات مفيدة. ثم غادر."
    start = text.index("المحادثات")
    html = str(highlight(text, [{"start": start, "end": start + len("المحادثات")}], lo=4, hi=31))
    assert html == "المبعوث إن <mark class=\"cite\">المحادثات</mark> مفيدة."


def test_passage_stops_at_sentence_boundaries():
    text = "First sentence here. The envoy met the minister today. Last one follows."
    a = text.index("envoy")
    lo, hi = passage(text, [(a, a + 5)])
    assert text[lo:hi] == "The envoy met the minister today."
    ex = excerpt(text, [{"start": a, "end": a + 5}])
    assert ex["cut_before"] and ex["cut_after"] and "<mark" in str(ex["html"])


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1", True), ("http://x.y/", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/", False),
    ("https://a b", False), (None, False), ("", False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) == ok


def test_topojson_decoding_and_rings():
    from communique.web.worldmap import country_paths, decode_arcs, ring_path

    topo = {"type": "Topology", "transform": {"scale": [1, 1], "translate": [-10, -10]},
            "arcs": [[[0, 0], [10, 0], [0, 10]], [[10, 10], [-10, 0], [0, -10]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "999", "arcs": [[0, 1]], "properties": {"name": "Squareland"}},
                {"type": "Polygon", "id": "010", "arcs": [[0, 1]], "properties": {"name": "Antarctica"}}]}}}
    assert decode_arcs(topo)[0] == [(-10, -10), (0, -10), (0, 0)]
    [c] = country_paths(topo)
    assert c["name"] == "Squareland" and c["d"] == "M680,400L720,400L720,360L680,360L680,400Z"
    # a ring crossing the antimeridian stays one piece instead of a streak across the map
    d = ring_path([(179.0, 0.0), (-179.0, 0.0), (-179.0, 1.0)])
    xs = [float(p.split(",")[0]) for p in d[1:-1].split("L")]
    assert max(xs) - min(xs) < 10


def test_places_are_located_in_both_scripts():
    from communique.web.worldmap import locate, map_data

    assert locate(["جنيف"]) == locate(["Geneva"]) and round(locate(["Geneva"])[0]) == 46
    assert locate(["Nowhere-in-particular"]) is None
    m = map_data([{"id": 1, "name": "Ankara", "n_events": 4}, {"id": 2, "name": "Qwxz", "n_events": 1},
                  {"id": 3, "name": "Place", "n_events": 1}], {3: ["دمشق"]})
    assert [p["id"] for p in m["places"]] == [1, 3] and [p["id"] for p in m["unplaced"]] == [2]
    assert m["places"][0]["r"] > m["places"][1]["r"]


def test_world_geometry_from_npm_when_installed():
    from communique.web.worldmap import GEOMETRY, world

    if not GEOMETRY.exists():
        pytest.skip("world-atlas is not installed (scripts/web-assets.sh)")
    names = {c["name"] for c in world()}
    assert {"Syria", "Turkey", "Jordan"} <= names and "Antarctica" not in names


def test_graph_layout_is_deterministic_and_keeps_components_apart():
    from communique.web.graph import HEIGHT, WIDTH, layout

    nodes = [{"id": i, "name": f"Actor {i}", "type": "PERSON"} for i in range(1, 6)]
    edges = [{"source": 1, "target": 2, "weight": 3}, {"source": 2, "target": 3, "weight": 1},
             {"source": 4, "target": 5, "weight": 1}]
    a, b = layout(nodes, edges), layout(nodes, edges)
    assert a == b
    for n in a["nodes"]:
        assert 0 < n["x"] < WIDTH and 0 < n["y"] < HEIGHT
    w = {(e["source"], e["target"]): e["width"] for e in a["edges"]}
    assert w[(1, 2)] > w[(2, 3)]
    big = {n["id"]: n["r"] for n in a["nodes"]}
    assert big[2] == max(big.values())
    assert layout([], [])["nodes"] == []


def test_long_labels_are_shortened():
    from communique.web.graph import short

    assert short("x" * 40).endswith("…") and len(short("x" * 40)) == 28 and short("Ankara") == "Ankara"


def test_role_bars():
    from communique.web.pages.actors import role_bars

    roles = [{"title": "Ambassador", "first": "2014-09-01", "last": "2016-06-30"},
             {"title": "Special Envoy", "first": "2018-08-17", "last": "2020-11-01"},
             {"title": "Advisor", "first": None, "last": None}]
    out = role_bars(roles)
    assert [b["role"]["title"] for b in out["bars"]] == ["Ambassador", "Special Envoy"]
    assert out["bars"][0]["x"] < out["bars"][1]["x"]
    assert [y["year"] for y in out["years"]] == list(range(2014, 2022))
    assert role_bars([{"title": "x", "first": None, "last": None}])["bars"] == []


def test_bearer_token_check():
    from communique.web.pages.ingest import authorised

    assert authorised("Bearer abc", "abc")
    for given in [None, "", "abc", "Bearer abd", "Bearer abc ", "bearer abc", "Basic abc"]:
        assert not authorised(given, "abc"), given


def test_ingest_body_forms():
    from communique.web.pages.ingest import parse_body

    assert parse_body(b'[{"a": 1}]') == [{"a": 1}]
    assert parse_body(b'{"a": 1}') == [{"a": 1}]
    assert parse_body(b'{"readouts": [{"a": 1}]}') == [{"a": 1}]
    assert parse_body(b'{"a": 1}\n{"b": 2}\n') == [{"a": 1}, {"b": 2}]
    for bad in [b"\xff\xfe", b"{oops", b"42"]:
        with pytest.raises(HTTPException) as e:
            parse_body(bad)
        assert e.value.status_code == 400


def test_parameter_parsing():
    from communique.web.pages.common import opt_date, opt_int, page_size

    assert opt_date("since", "2019") == "2019-01-01" and opt_date("until", "2019-02", end=True) == "2019-02-28"
    assert opt_date("since", "") is None and opt_int("actor", " ") is None and page_size(None) == 50
    for f, v in [(opt_date, "2019-02-30"), (opt_date, "19"), (opt_int, "1e3"), (opt_int, "-4"), (page_size, "201")]:
        with pytest.raises(HTTPException) as e:
            f("x", v) if f is not page_size else f(v)
        assert e.value.status_code == 400


def test_serve_command_is_registered():
    from click.testing import CliRunner

    from communique.cli import cli

    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "--token" in r.output and "COMMUNIQUE_TOKEN" in r.output


def test_templates_never_switch_escaping_off():
    from pathlib import Path

    import communique.web

    folder = Path(communique.web.__file__).parent / "templates"
    for t in folder.glob("*.html"):
        src = t.read_text(encoding="utf-8")
        assert "|safe" not in src.replace(" ", "") and "autoescape false" not in src, t.name


def test_demo_builds_a_store_from_a_folder(tmp_path):
    import json

    from click.testing import CliRunner
    from sqlalchemy import create_engine, text
    from web_fixtures import corpus

    from communique.cli import cli

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "readouts.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus()),
                                           encoding="utf-8")
    db = tmp_path / "demo.db"
    r = CliRunner().invoke(cli, ["demo", "--db", f"sqlite:///{db}", "--no-serve", str(folder)])
    assert r.exit_code == 0, r.output
    assert "ingested 3 new article(s)" in r.output
    with create_engine(f"sqlite:///{db}").connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM fused_events WHERE languages LIKE '%ar%'")).scalar() == 1


def test_activity_bins_by_month_then_by_year():
    from communique.web.pages.actors import activity

    a = activity(["2019-05-14", "2019-05-20", "2019-07-01", None], ["2019-05-14"])
    assert a["unit"] == "month" and [b["label"] for b in a["bars"]] == ["2019-05", "2019-06", "2019-07"]
    assert [(b["meetings"], b["statements"]) for b in a["bars"]] == [(2, 1), (0, 0), (1, 0)]
    assert a["bars"][0]["hm"] + a["bars"][0]["hs"] > a["bars"][2]["hm"]
    y = activity(["2014-01-02", "2020-03"], [])
    assert y["unit"] == "year" and len(y["bars"]) == 7 and y["bars"][-1]["meetings"] == 1
    assert activity([None], [])["bars"] == []


def test_folded_search_helpers():
    from communique.web.queries_extra import find_folded, fold_for_search, like_pattern

    text = "قال الأسد إن المدينة هادئة. Assad spoke."
    assert len(fold_for_search(text)) == len(text)
    [h] = find_folded(text, "الاسد")
    assert text[h["start"]:h["end"]] == "الأسد"
    assert [text[x["start"]:x["end"]] for x in find_folded(text, "المدينه")] == ["المدينة"]
    assert [text[x["start"]:x["end"]] for x in find_folded(text, "assad")] == ["Assad"]
    assert find_folded(text, "") == [] and find_folded(text, "دمشق") == []
    assert like_pattern("الاسد") == "%_ل_سد%"
    assert like_pattern("50%_off") == "%50\\%\\_off%"


def test_layered_marks_never_nest():
    from communique.web.highlight import layered_spans

    spans = [{"start": 0, "end": 10, "kind": "cite"}, {"start": 4, "end": 6, "kind": "role"},
             {"start": 5, "end": 12, "kind": "focus"}, {"start": 14, "end": 15, "kind": "<script>"}]
    assert layered_spans(spans, 20) == [(0, 4, "cite"), (4, 5, "role"), (5, 12, "focus"), (14, 15, "cite")]
    html = str(highlight("abcdefghijklmnop", spans))
    assert html == ('<mark class="cite">abcd</mark><mark class="role">e</mark><mark class="focus" id="focus">'
                    'fghijkl</mark>mn<mark class="cite">o</mark>p')


def test_month_bars_fill_gaps_and_switch_to_years():
    from communique.web.pages.timeline import month_bars

    m = month_bars([{"month": "2019-05", "n": 2}, {"month": "2019-07", "n": 1}])
    assert [(b["label"], b["n"]) for b in m["bars"]] == [("2019-05", 2), ("2019-06", 0), ("2019-07", 1)]
    assert m["bars"][0]["h"] > m["bars"][2]["h"] > m["bars"][1]["h"] == 0
    assert (m["bars"][1]["since"], m["bars"][1]["until"]) == ("2019-06", "2019-06")
    y = month_bars([{"month": "2001-03", "n": 1}, {"month": "2019-07", "n": 4}, {"month": "2019-01", "n": 1}])
    assert y["unit"] == "year" and len(y["bars"]) == 19 and y["bars"][-1]["n"] == 5
    assert month_bars([])["bars"] == []


def test_serve_reports_an_unusable_store_in_one_line():
    from click.testing import CliRunner

    from communique.cli import cli

    r = CliRunner().invoke(cli, ["serve", "--db", "nosuchdb://nowhere/x"])
    assert r.exit_code == 1 and "cannot open the store nosuchdb://nowhere/x" in r.output
    assert "Traceback" not in r.output


def test_contains_pattern_escapes_wildcards():
    from communique.web.queries_extra import contains_pattern

    assert contains_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"
