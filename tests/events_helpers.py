"""Build Articles by hand for the events tests: text through the real clean, language and
sentences stages, then entities made from the surface forms the test names."""

from __future__ import annotations

import re

from communique.events import extract_events
from communique.model import Article, Entity, Mention, TimeExpr
from communique.pipeline import Context, Pipeline


def make_article(text: str, lang: str, ents: dict[str, tuple[str, list[str]]],
                 times: dict[str, str] | None = None) -> Article:
    """`ents`: canonical name → (type, surface forms). Every occurrence of a form becomes a
    mention (longest first, no overlaps). `times`: surface text → ISO value."""
    a = Article(id="t", source="t", raw=text)
    Pipeline(["clean", "language", "sentences"], Context(options={"lang": lang}))(a)
    found = []
    for name, (typ, forms) in ents.items():
        for f in forms:
            # Arabic names carry leading clitics ("وهانس", "بأوسلو"); the mention is the name
            prefix = "(?:[وفبلك]{0,2})" if lang == "ar" else ""
            for m in re.finditer(r"(?<!\w)" + prefix + "(" + re.escape(f) + r")(?!\w)", a.text):
                found.append((m.start(1), m.end(1), name, typ))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    by_name: dict[str, Entity] = {}
    for s, e, name, typ in sorted(kept):
        ent = by_name.setdefault(name, Entity(id="", type=typ, name=name))
        ent.mentions.append(Mention(s, e, a.text[s:e], typ))
    a.entities = sorted(by_name.values(), key=lambda x: x.mentions[0].start)
    for i, e in enumerate(a.entities, 1):
        e.id = f"E{i}"
    for surface, value in (times or {}).items():
        i = a.text.index(surface)
        a.times.append(TimeExpr(i, i + len(surface), surface, value))
    return a


def run(text: str, lang: str, ents: dict, times: dict | None = None):
    """(article, events) with entity ids replaced by names for easy assertions."""
    a = make_article(text, lang, ents, times)
    a.events = extract_events(a, Context())
    return a, a.events


def name(a: Article, eid: str | None) -> str | None:
    e = a.entity(eid)
    return e.name if e else None


def meetings(a: Article) -> list[dict]:
    return [{"participants": {name(a, p) for p in v.participants}, "location": name(a, v.location),
             "date": v.date, "mode": v.mode, "evidence": len(v.evidence)}
            for v in a.events if v.type == "CONSULT"]


def statements(a: Article) -> list[tuple[str | None, str]]:
    return [(name(a, v.actor), v.type) for v in a.events if v.type != "CONSULT"]
