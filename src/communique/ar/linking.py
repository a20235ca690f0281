"""Arabic entities to Latin canonical names.

Order of evidence: the knowledge base (exact Arabic alias, then a fuzzy match of the
romanised name against KB actors' Latin names), then the Latin-script entities of the other
articles already processed in this run (the run registry), else the romanised name itself
with `kb_id: None`. The romanisation (arabic-name-romanizer: جيمس جيفري → "James Jefri") is
a key for fuzzy matching, not a canonical spelling.

The registry is filled as articles pass the `linking` stage, so an Arabic article only sees
the English articles before it; `link_batch(articles, ctx)` relinks a batch once all have
passed, which makes the result independent of input order; `api.process_inputs` (and so
`communique extract`) calls it at the end of every batch that holds Arabic articles."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import jellyfish
from rapidfuzz.distance import JaroWinkler

from ..kb.base import KnowledgeBase
from ..lexicon import entries
from ..model import Article, Entity
from ..textnorm import AR_DIGITS, latin_key, norm
from .institutions import country_forms, institution_name

REGISTRY = "latin_registry"
# Jaro-Winkler on `latin_key` forms: "jamesjefri"/"jamesjeffrey" 0.93, "nasrhariri"/
# "nasralhariri" (al- removed) 1.0; distinct people sharing a first name ("jamesjeffrey"/
# "jamesmattis") stay under 0.85.
SAME_NAME = 0.88
# A surname-only key needs a near-exact match ("lavrov"/"lafrof" 0.85 is too loose alone);
# a shared metaphone code of every word admits it.
SAME_WORD = 0.9


@dataclass(frozen=True)
class Known:
    name: str
    type: str
    kb_id: str | None
    key: str
    words: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _transliterator():
    from arabic_name_romanizer import Transliterator
    from arabic_name_romanizer.api import default_resources_dir
    from arabic_name_romanizer.inference import OnnxModel

    # The package runs its ONNX model on 2 threads by default; with one extraction process per
    # core (`ingest --workers N`) those threads fight over the cores, so each process uses one.
    try:
        model = OnnxModel(default_resources_dir(), intra_op_threads=1)
    except Exception:  # model files absent: the package's dictionary and rules still work
        return Transliterator()
    return Transliterator(model=model)


_ARABIC_RUN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u064b-\u065f\u0670 ]+")


# Romanised Arabic runs, kept for the process: the romaniser's neural fallback costs tens of
# milliseconds a name, and the same names recur from article to article.
_ROMANISED: dict[str, str] = {}
_ROMANISED_MAX = 100_000


def _has_letters(run: str) -> bool:
    return bool(run.strip()) and any("\u0621" <= ch <= "\u064a" for ch in run)


def _romanise_runs(runs: Iterable[str]) -> None:
    """Romanise the runs not seen yet in one batch (the model decodes them together)."""
    todo = sorted({r for r in runs if r not in _ROMANISED})
    if not todo:
        return
    if len(_ROMANISED) + len(todo) > _ROMANISED_MAX:
        _ROMANISED.clear()
    try:
        outs = _transliterator().transliterate_many(todo)
    except Exception:  # a romaniser failure must not lose the entity: one by one, else as is
        outs = []
        for r in todo:
            try:
                outs.append(_transliterator().transliterate(r))
            except Exception:
                outs.append(r)
    for r, out in zip(todo, outs):
        _ROMANISED[r] = out or r


def _runs(arabic: str) -> list[str]:
    return [m.group().strip() for m in _ARABIC_RUN.finditer(arabic) if _has_letters(m.group())]


def romanise_many(texts: Iterable[str]) -> None:
    """Romanise the Arabic runs of several names at once, ahead of `romanise` calls."""
    _romanise_runs(r for t in texts for r in _runs(t))


def romanise(arabic: str) -> str:
    """The romaniser's reading of the Arabic-letter runs; digits, hyphens and Latin kept
    as written ("مينسك-2" → "Minsek-2", not "Minsek O")."""
    def one(m: re.Match) -> str:
        run = m.group()
        if not _has_letters(run):
            return run.translate(AR_DIGITS)
        lead, trail = run[: len(run) - len(run.lstrip())], run[len(run.rstrip()):]
        core = run.strip()
        if core not in _ROMANISED:
            _romanise_runs([core])
        return lead + _ROMANISED.get(core, core) + trail

    return _ARABIC_RUN.sub(one, arabic).strip()


def _known(name: str, typ: str, kb_id: str | None) -> Known:
    ws = tuple(w for w in (latin_key(x) for x in norm(name).split()) if w)
    return Known(name, typ, kb_id, latin_key(name), ws)


def kb_people(kb: KnowledgeBase) -> list[Known]:
    out = []
    for a in kb.actors:
        for n in [a.name, *a.aliases]:
            out.append(Known(a.name, a.type, a.id, latin_key(n), _known(n, a.type, a.id).words))
    return out


def _metaphones(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(jellyfish.metaphone(w) for w in words)


# Two surnames, one romanised and one as filed, can be one name at this Jaro-Winkler
# similarity ("bidersun"/"pedersen" 0.68) or with one metaphone code ("rubak"/"roebuck");
# different surnames after one given name fall below ("jaber"/"bashir" 0.59).
SURNAME_FLOOR = 0.65


# Latin letters an Arabic letter is romanised as, one class each (Arabic has no p or v, and
# writes g as غ or ج): two readings of one surname begin in one class ("bidersun"/"pedersen"),
# two surnames that are only loosely alike need not ("doujarik"/"koury" 0.66: Dujarric is
# not Koury).
_INITIAL_CLASSES = ("bp", "fv", "gjq", "kcq", "dt", "szcx", "aeiouy", "hk", "w")


def _same_initial(a: str, b: str) -> bool:
    return a[:1] == b[:1] or any(a[:1] in c and b[:1] in c for c in _INITIAL_CLASSES)


def _same_surname(a: str, b: str) -> bool:
    if jellyfish.metaphone(a) == jellyfish.metaphone(b):
        return True
    return JaroWinkler.similarity(a, b) >= SURNAME_FLOOR and _same_initial(a, b)


# "Abd al-" (servant of) opens many given names: Abdelmalak and Abdelsalam share it and
# nothing else, so one-word names are compared on what follows it.
_ABD = re.compile(r"^abd(?:[aeiou]?l)?(?=[a-z]{3})")


def _core(word: str) -> str:
    return _ABD.sub("", word)


# After one shared common given name, the rest of two names must match on its own: Jaro-Winkler
# rewards a common prefix, so "mohamedredaarif"/"mohammeddeif" scores 0.91 on the whole key
# while the rest, "redaarif"/"deif", is 0.42 ("bakiri"/"bashir" 0.78, different metaphones).
# Spellings of one rest stay above it ("jefri"/"jeffrey" share a metaphone code).
REST_FLOOR = 0.85


def _same_rest(words: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether two names that share their first word also share what follows it: the whole
    rest, or the last word (a middle name or patronymic dropped: "bin Hamed")."""
    rest, known_rest = words[1:], known[1:]
    if JaroWinkler.similarity("".join(rest), "".join(known_rest)) >= REST_FLOOR:
        return True
    if _metaphones(rest) == _metaphones(known_rest):
        return True
    # the last word alone: alike and with one initial ("arif"/"zarif" is 0.93 but two names)
    a, b = words[-1], known[-1]
    return (JaroWinkler.similarity(a, b) >= SAME_WORD and a[:1] == b[:1]) or _metaphones((a,)) == _metaphones((b,))


@functools.lru_cache(maxsize=1)
def _common_given() -> frozenset[str]:
    return frozenset(jellyfish.metaphone(latin_key(n)) for n in entries("ar", "common_given_latin.txt"))


def _common_first(a: str, b: str) -> bool:
    """Both names open with one common given name (data/ar/common_given_latin.txt)."""
    code = jellyfish.metaphone(a)
    return code == jellyfish.metaphone(b) and code in _common_given()


def score(cand: Known, key: str, words: tuple[str, ...]) -> float:
    """How alike a romanised name and a known Latin name are (0..1)."""
    if not key or not cand.key:
        return 0.0
    full = JaroWinkler.similarity(key, cand.key)
    if len(words) > 1 and len(cand.words) > 1 and not _same_surname(words[-1], cand.words[-1]):
        return 0.0  # "Mohammed Al-Jaber" is not "Mohammed al-Bashir", however alike the whole
    if (len(words) > 1 and len(cand.words) > 1 and _common_first(words[0], cand.words[0])
            and not _same_rest(words, cand.words)):
        return 0.0  # "Mohamed Reda Arif" is not "Mohammed Deif": the shared given name says nothing
    if len(words) == 1 and len(cand.words) > 1:
        # a surname alone: against the known name's last word
        last = JaroWinkler.similarity(words[0], cand.words[-1])
        if _core(words[0]) != words[0] or _core(cand.words[-1]) != cand.words[-1]:
            last = min(last, JaroWinkler.similarity(_core(words[0]), _core(cand.words[-1])))
        if last >= SAME_WORD or _metaphones(words) == _metaphones(cand.words[-1:]):
            return max(full, last)
        return min(full, last)  # one word against a longer name: its last word must carry it
    if len(words) == len(cand.words) and _metaphones(words) == _metaphones(cand.words):
        return max(full, SAME_NAME)
    if len(words) == len(cand.words) + 1 and len(words) >= 3:
        # the father's name between given name and family, which the filed name leaves out
        # ("Rashad Mohammed al-Alimi" / "Rashad al-Alimi")
        full = max([full] + [JaroWinkler.similarity("".join(words[:m] + words[m + 1:]), cand.key)
                             for m in range(1, len(words) - 1)])
    return full


def best_match(latin: str, pool: Iterable[Known], typ: str) -> Known | None:
    key = latin_key(latin)
    words = _known(latin, typ, None).words
    best, best_s = None, 0.0
    for c in pool:
        if c.type != typ:
            continue
        s = score(c, key, words)
        if s > best_s:
            best, best_s = c, s
    return best if best_s >= SAME_NAME else None


def register(article: Article, ctx) -> None:
    """Add an English article's entities to the run registry."""
    reg = ctx.cache.setdefault(REGISTRY, {})
    for e in article.entities:
        if e.name and not any("\u0600" <= ch <= "\u06ff" for ch in e.name):
            k = _known(e.name, e.type, e.kb_id)
            reg.setdefault((k.key, e.type), k)


def link_entity(e: Entity, kb: KnowledgeBase, registry: Iterable[Known], pool: list[Known],
                countries: dict | None = None) -> None:
    if e.kb_id:
        actor = kb.get(e.kb_id)
        if actor:
            e.name = actor.name
        return
    if e.extra.get("latin_source") == "gazetteer":
        return
    if e.extra.get("name_template"):
        template, part_ar, part_latin = e.extra["name_template"]
        e.name = template.format(part_latin or romanise(part_ar)).strip()
        return
    arabic = e.extra.get("name_ar") or e.name
    if e.type in ("ORG", "FAC"):
        # A descriptive institution (مجلس الوزراء العراقي) has an English name, not a reading
        english = institution_name(arabic, countries if countries is not None else country_forms(kb))
        if english:
            e.name = english
            return
    latin = e.extra.get("romanised") or romanise(arabic)
    e.extra["romanised"] = latin
    if e.type == "PERSON":
        hit = best_match(latin, pool, "PERSON") or best_match(latin, registry, "PERSON")
        if hit is not None:
            e.name, e.kb_id = hit.name, hit.kb_id
            e.extra["linked_by"] = "fuzzy"
            return
    e.name = latin


def link_article(article: Article, ctx, kb: KnowledgeBase) -> None:
    registry = list(ctx.cache.get(REGISTRY, {}).values())
    pool = ctx.get(("kb_people", id(kb)), lambda: kb_people(kb))
    countries = ctx.get(("ar_country_forms", id(kb)), lambda: country_forms(kb))
    romanise_many(_to_romanise(article.entities, countries))
    for e in article.entities:
        link_entity(e, kb, registry, pool, countries)


def _to_romanise(entities: Iterable[Entity], countries: dict | None = None) -> list[str]:
    """The Arabic names `link_entity` will romanise (those no KB id or gazetteer names)."""
    out = []
    for e in entities:
        if e.kb_id or e.extra.get("latin_source") == "gazetteer":
            continue
        if e.extra.get("name_template"):
            out.append(e.extra["name_template"][1])
        else:
            arabic = e.extra.get("name_ar") or e.name
            if e.type in ("ORG", "FAC") and countries is not None and institution_name(arabic, countries):
                continue
            out.append(arabic)
    return out


def link_batch(articles: list[Article], ctx=None, kb: KnowledgeBase | None = None) -> list[Article]:
    """Relink the Arabic articles of a batch against every Latin-script article in it, so
    the result no longer depends on the order the articles passed the pipeline. Articles must
    have passed the `entities` stage; `ctx` defaults to a fresh Context (its registry then
    holds this batch only)."""
    from ..pipeline import Context
    from .mentions import article_kb

    ctx = ctx if ctx is not None else Context()
    kb = kb if kb is not None else article_kb(ctx)
    for a in articles:
        if a.language != "ar":
            register(a, ctx)
    for a in articles:
        if a.language != "ar":
            continue
        for e in a.entities:
            if e.extra.pop("linked_by", None) == "fuzzy":
                e.kb_id = None  # a fuzzy link is redone; an exact KB link stands
        link_article(a, ctx, kb)
    return articles
