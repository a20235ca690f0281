"""A synthetic benchmark corpus grown from the bundled example articles.

Each generated article takes a base example, keeps its headline, shuffles the order of its
body paragraphs, and swaps the names of people it mentions for other people of the knowledge
base in the same script, so texts differ while staying real news prose in both languages.
Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from ..ingest.readers import read_inputs
from ..model import Article

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "articles"


def base_articles(folder: Path = EXAMPLES) -> list[Article]:
    out = [a for a in read_inputs([str(folder)]) if isinstance(a, Article)]
    if not out:
        raise SystemExit(f"no example articles under {folder}")
    return out


def _person_names() -> dict[str, list[str]]:
    from ..kb import load_default_kb

    names: dict[str, list[str]] = {"en": [], "ar": []}
    for a in load_default_kb().actors:
        if a.type == "PERSON":
            names["en"].append(a.name)
            if a.name_ar:
                names["ar"].append(a.name_ar)
    return names


def _body(a: Article) -> str:
    return a.scratch.get("html_text") or a.raw


def generate(n: int, seed: int = 7, folder: Path = EXAMPLES) -> Iterator[dict]:
    """`n` JSON records ({id, title, language, published, text}) of varied articles."""
    rng = random.Random(seed)
    bases = base_articles(folder)
    names = _person_names()
    arabic = re.compile("[\u0600-\u06ff]")
    for i in range(n):
        base = bases[i % len(bases)]
        text = _body(base)
        lang = "ar" if len(arabic.findall(text)) > len(text) / 4 else "en"
        paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
        head, body = paras[0], paras[1:]
        rng.shuffle(body)
        out = "\n\n".join([head, *body])
        pool = names[lang]
        if pool:
            known = [nm for nm in pool if nm in out]
            for nm in known[:3]:
                out = out.replace(nm, rng.choice(pool))
        yield {"id": f"bench-{i:05d}", "title": head[:120], "language": lang,
               "published": base.published, "text": out}


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
