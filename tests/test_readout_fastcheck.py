"""`surely_valid` never accepts what the readout schema rejects, and accepts plain readouts."""

import copy

from communique.readout import _validator, surely_valid

TEXT = "The two ministers met in Oslo on Monday."


def _readout():
    span = {"start": 4, "end": 7}
    return {
        "schema": "communique.readout/1",
        "doc": {"id": "d1", "source": "test", "url": None, "title": "Talks", "language": "en",
                "supported": True, "published": "2024-03-04", "text": TEXT, "notes": ["n"]},
        "entities": [
            {"id": "E1", "type": "PERSON", "name": "Ann", "aliases": ["Ann"], "kb_id": None, "mentions": [span]},
            {"id": "E2", "type": "GPE", "name": "Oslo", "aliases": ["Oslo"], "kb_id": "Q585", "mentions": [span]},
        ],
        "roles": [{"person": "E1", "title": "minister", "org": None, "evidence": span}],
        "events": [
            {"id": "V1", "type": "CONSULT", "mode": None, "date": "2024-03-04", "evidence": [span],
             "participants": ["E1"], "location": "E2"},
            {"id": "V2", "type": "AGREE", "mode": "said", "date": None, "evidence": [span],
             "actor": "E1", "target": None, "about": [], "quote": "yes"},
        ],
    }


BAD_VALUES = [None, "", "x", "E", "E1\n", "V1", -1, 0, 1.0, True, [], [1], {}, ("E1",), "2024-3-4", "CONSULT"]


def _paths(node, path=()):
    """Every key path of the readout, to mutate one at a time."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield path + (k,)
            yield from _paths(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield path + (i,)
            yield from _paths(v, path + (i,))


def _mutants():
    base = _readout()
    for path in _paths(base):
        for value in BAD_VALUES + ["DROP"]:
            r = copy.deepcopy(base)
            node = r
            for k in path[:-1]:
                node = node[k]
            if value == "DROP":
                if isinstance(node, dict):
                    del node[path[-1]]
                else:
                    node.pop(path[-1])
            else:
                node[path[-1]] = value
            yield r


def test_plain_readout_is_surely_valid():
    assert _validator().is_valid(_readout())
    assert surely_valid(_readout())


def test_never_accepts_what_the_schema_rejects():
    rejected = 0
    for r in _mutants():
        if not _validator().is_valid(r):
            rejected += 1
            assert not surely_valid(r), r
    assert rejected > 100  # the mutations do break the schema, often
