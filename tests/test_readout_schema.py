"""Every readout the pipeline produces follows the communique.readout/1 schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from _shared import DEV, EXAMPLES, SEEDS, needs_shared
from communique.api import process_inputs
from communique.errors import InputError
from communique.readout import build, schema, validate


def readouts(paths):
    out = []
    for item in process_inputs([str(p) for p in paths]):
        assert not isinstance(item, InputError), str(item)
        out.append(build(item))
    return out


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_schema_rejects_a_broken_readout():
    bad = {"schema": "communique.readout/1", "doc": {"id": "x"}, "entities": [], "roles": [], "events": []}
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


@needs_shared
def test_seed_readouts_are_valid_with_right_language_and_dates():
    rs = readouts([SEEDS])
    assert len(rs) == 5
    for r in rs:
        validate(r)
        assert json.loads(json.dumps(r)) == r
    by = {r["doc"]["id"]: r["doc"] for r in rs}
    langs = {k[:3]: v["language"] for k, v in by.items()}
    assert langs == {"000": "en", "001": "ar", "002": "en", "003": "en", "004": "en"}
    pub = {k[:3]: v["published"] for k, v in by.items()}
    assert pub["003"] == "2019-03-14" and pub["004"] == "2024-09-17"


@needs_shared
def test_dev_readouts_are_valid():
    rs = readouts([DEV])
    assert len(rs) == 11
    for r in rs:
        validate(r)


@pytest.mark.skipif(not (EXAMPLES / "articles").is_dir(), reason="examples/articles not written yet")
def test_example_readouts_are_valid():
    rs = readouts([EXAMPLES / "articles"])
    assert len(rs) >= 12
    for r in rs:
        validate(r)
        assert r["doc"]["language"] in ("en", "ar")
