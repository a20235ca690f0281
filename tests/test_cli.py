"""The command line: output formats, one error line per bad input, exit status, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys

from _shared import SEEDS_GOLD, needs_shared

CLI = [sys.executable, "-m", "communique"]


def run(*args, stdin=None):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, input=stdin, timeout=300)


def test_extract_batch_with_bad_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Envoy in Doha\n\nThe envoy met the emir in Doha on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "The talks resumed in Jeddah."}\nnot json\n', encoding="utf-8")
    r = run("extract", tmp_path, tmp_path / "missing.txt")
    assert r.returncode == 1
    ids = [json.loads(line)["doc"]["id"] for line in r.stdout.splitlines()]
    assert sorted(ids) == ["a", "good"]
    errs = r.stderr.strip().splitlines()
    assert len(errs) == 4, r.stderr
    assert all(e.startswith("communique: error: ") for e in errs)
    assert any("feed.jsonl:2" in e for e in errs)
    assert "Traceback" not in r.stderr


def test_extract_json_and_table_formats(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Ministers meet\n\nThe ministers met in Rabat on Friday.", encoding="utf-8")
    r = run("extract", p, "--format", "json", "--published", "2022-02-04")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data[0]["doc"]["published"] == "2022-02-04"
    t = run("extract", p, "--format", "table")
    assert t.returncode == 0 and "# a  [en]" in t.stdout


def test_extract_stdin():
    r = run("extract", "-", "--lang", "ar", stdin="التقى الوزير نظيره في الرباط يوم الجمعة.")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["doc"]["language"] == "ar"


@needs_shared
def test_evaluate_table_and_json(tmp_path):
    from communique.goldtools import readouts_from_gold

    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in readouts_from_gold(gold)), encoding="utf-8")
    t = run("evaluate", SEEDS_GOLD, p)
    assert t.returncode == 0 and "meetings F1 1.0" in t.stdout
    j = run("evaluate", SEEDS_GOLD, p, "--json")
    body = j.stdout[: j.stdout.rindex("}") + 1]
    assert json.loads(body)["statements"]["f1"] == 1.0


def test_evaluate_bad_gold_is_a_clear_error(tmp_path):
    g = tmp_path / "g.json"
    g.write_text("{not json")
    r = tmp_path / "r.jsonl"
    r.write_text("")
    out = run("evaluate", g, r)
    assert out.returncode != 0 and "cannot read input" in out.stderr and "Traceback" not in out.stderr
