"""TEMPORARY harness for measuring the events stage before the entity recognisers land:
entities are made from the gold annotations (every gold variant found in the text becomes a
mention of an entity named by the gold canonical name), absolute dates from
`communique.dates.absolute.find_dates`, then the real `events` stage runs and
`communique.evaluate.evaluate` scores meetings and statements.

    PYTHONPATH=src python tests/events_harness.py [seeds|dev] [--misses]

It reads ../shared at run time and copies nothing from it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from communique.dates.absolute import find_dates
from communique.evaluate import evaluate
from communique.ingest.readers import read_file
from communique.model import Article, Entity, Mention, TimeExpr
from communique.pipeline import Context, Pipeline
from communique.readout import build, validate
from communique.stages.events import events as events_stage
from communique.textnorm import fold_char

SHARED = Path(__file__).resolve().parents[2] / "shared"
_AR_PREFIX = "(?:[وفبلك]{0,2}(?:ال)?)"


def _fold(s: str, lang: str) -> str:
    return "".join(fold_char(c) for c in s) if lang == "ar" else s


def gold_entities(article: Article, actors: list[dict]) -> list[Entity]:
    lang = article.language or "en"
    text = _fold(article.text, lang)
    found: list[tuple[int, int, int]] = []
    for ai, a in enumerate(actors):
        for v in a["variants"]:
            fv = _fold(v, lang)
            if lang == "ar":
                pat = re.compile(r"(?<!\w)" + _AR_PREFIX + "(" + re.escape(fv) + r")(?!\w)")
            else:
                flags = re.I if v[:1].islower() else 0
                pat = re.compile(r"(?<!\w)(" + re.escape(fv) + r")(?!\w)", flags)
            for m in pat.finditer(text):
                found.append((m.start(1), m.end(1), ai))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, int]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    ents: dict[int, Entity] = {}
    for s, e, ai in sorted(kept):
        a = actors[ai]
        ent = ents.setdefault(ai, Entity(id="", type=a["type"], name=a["canonical"]))
        ent.mentions.append(Mention(s, e, article.text[s:e], a["type"], source="gold"))
    out = sorted(ents.values(), key=lambda x: x.mentions[0].start)
    for i, e in enumerate(out, 1):
        e.id = f"E{i}"
    return out


def load(which: str) -> tuple[dict, list[Article]]:
    if which == "seeds":
        gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text())
        arts = [a for p in sorted((SHARED / "seeds").glob("*.txt")) for a in read_file(str(p))]
    else:
        gold = json.loads((SHARED / "dev" / "real.gold.json").read_text())
        arts = list(read_file(str(SHARED / "dev" / "real.jsonl")))
    return gold, [a for a in arts if isinstance(a, Article)]


def run(which: str) -> dict:
    gold, arts = load(which)
    by_doc = {g["doc"]: g for g in gold["documents"]}
    pipe = Pipeline(["clean", "language", "sentences"])
    ctx = Context()
    readouts = []
    for a in arts:
        pipe(a)
        key = a.id if a.id in by_doc else Path(a.source).name
        g = by_doc.get(key)
        if g is None:
            continue
        a.entities = gold_entities(a, g["actors"])
        a.times = [TimeExpr(d.start, d.end, a.text[d.start:d.end], d.value, d.precision)
                   for d in find_dates(a.text)]
        events_stage(a, ctx)
        r = build(a)
        validate(r)
        readouts.append(r)
    return evaluate(gold, readouts)


def show(which: str, doc: str) -> None:
    """Print one document's events with names and evidence, for reading misses."""
    gold, arts = load(which)
    by_doc = {g["doc"]: g for g in gold["documents"]}
    pipe = Pipeline(["clean", "language", "sentences"])
    for a in arts:
        key = a.id if a.id in by_doc else Path(a.source).name
        if not key.startswith(doc):
            continue
        pipe(a)
        a.entities = gold_entities(a, by_doc[key]["actors"])
        a.times = [TimeExpr(d.start, d.end, a.text[d.start:d.end], d.value, d.precision) for d in find_dates(a.text)]
        events_stage(a, Context())
        name = {e.id: e.name for e in a.entities}
        for v in a.events:
            who = [name.get(p) for p in v.participants] if v.type == "CONSULT" else name.get(v.actor)
            print(v.id, v.type, who, "loc", name.get(v.location), v.date, "|", v.trigger, "| tgt", name.get(v.target),
                  [name.get(x) for x in v.about])
            for e in v.evidence:
                print("     ", a.text[e.start:e.end][:160].replace("\n", " "))


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "--show":
    show(sys.argv[1], sys.argv[3])
elif __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "seeds"
    s = run(which)
    for k in ("meetings", "meeting_participants", "statements"):
        print(k, s[k])
    print("location", s["meeting_location_acc"], "date", s["meeting_date_acc"])
    print(json.dumps(s["by_language"]))
    if "--misses" in sys.argv:
        for doc, ms in s["misses"].items():
            ms = [m for m in ms if not m.startswith(("entity", "role", "link"))]
            if ms:
                print("==", doc)
                for m in ms:
                    print("  ", m)
