"""Arabic mentions grouped into entities within one article.

Joins: the same folded form; a surname-only or partial mention with the full name that ends
(or starts) with it (جيفري → جيمس جيفري, الإدارة الذاتية → الإدارة الذاتية لشمال وشرق سوريا);
spelling variants by a fuzzy match on folded words (جميس/جيمس, غريفث/غريفيث); one
knowledge-base id. The `name` here is provisional (the KB's or gazetteer's English name when
known, else the Arabic form); the `linking` stage gives every entity its Latin name."""

from __future__ import annotations

import datetime
import functools

from rapidfuzz.distance import JaroWinkler

from ..lexicon import entries, table
from ..model import Article, Entity, Mention
from ..textnorm import arabic_fold
from ..en.gazetteer import capital_of
from .capitals import stands_for_state
from .mentions import article_kb

# Two words are one spelling when their Jaro-Winkler similarity on folded forms reaches this:
# جيمس/جميس 0.93, غريفيث/غريفث 0.96; distinct names of one length (حسن/حسين) stay below.
SAME_WORD = 0.9
PLACE_TYPES = {"GPE", "LOC", "FAC"}


def words(m: Mention) -> list[str]:
    ws = [arabic_fold(w) for w in m.text.replace("-", " ").split()]
    return [w for w in ws if w]


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and JaroWinkler.similarity(a, b) >= SAME_WORD)


def _contained(short: list[str], long: list[str]) -> bool:
    """`short` is a run of words at the end or start of `long` (spelling-tolerant)."""
    n = len(short)
    if n == 0 or n > len(long):
        return False
    tail = all(_same_word(a, b) for a, b in zip(short, long[-n:]))
    head = all(_same_word(a, b) for a, b in zip(short, long[:n]))
    return tail or head


def joins(m: Mention, group: list[Mention]) -> bool:
    if m.source == "inner" and any(g.start <= m.start and m.end <= g.end for g in group):
        return True
    if m.kb_id and any(g.kb_id == m.kb_id for g in group):
        return True
    if any(g.kb_id and m.kb_id and g.kb_id != m.kb_id for g in group):
        return False
    mw = words(m)
    for g in group:
        gw = words(g)
        if len(mw) == len(gw) and all(_same_word(a, b) for a, b in zip(mw, gw)):
            return True
        if m.label == "PERSON" and len(mw) < len(gw) and all(_same_word(a, b) for a, b in zip(mw, gw[-len(mw):])):
            return True  # the surname alone (جيفري، دي ميستورا)
        if m.label in ("ORG", "INSTRUMENT", "EVENT") and (_contained(mw, gw) or _contained(gw, mw)) \
                and min(len(mw), len(gw)) >= 1 and mw[0] == gw[0] \
                and not (m.label == "ORG" and len(mw) < len(gw) and m.start < g.start):
            # (a short form refers back, not ahead: an agency's "أعلنت وزارة الخارجية" before
            # "وزارة الخارجية الأمريكية" is its own country's ministry, not the American one)
            return True
        latin_m, latin_g = getattr(m, "latin", None), getattr(g, "latin", None)
        if latin_m and latin_m == latin_g:
            return True
    return False


def group_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Longest mentions first, so a surname joins the full name rather than founding a group."""
    groups: list[list[Mention]] = []
    order = sorted(mentions, key=lambda m: (-len(words(m)), m.start))
    for m in order:
        for g in groups:
            if _compatible(m.label, g[0].label) and joins(m, g):
                g.append(m)
                break
        else:
            groups.append([m])
    for g in groups:
        g.sort(key=lambda m: m.start)
    return sorted(groups, key=lambda g: g[0].start)


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in PLACE_TYPES and b in PLACE_TYPES)


def _title_words(title: str) -> list[str]:
    """A title's folded words, the article and proclitic و dropped: "والمبعوث الأمريكي" →
    ["مبعوث", "امريكي"]."""
    out = []
    for w in arabic_fold(title).split():
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        out.append(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return out


def attach_titles(groups: list[list[Mention]], titles: list[Mention], kb=None, date: str | None = None) -> None:
    """A title mention joins a person named in the article under that title: the same head
    and every other word of the title mention among the words of the title the person was
    named with ("المبعوث الأممي" joins "المبعوث الأممي إلى اليمن هانس غروندبرغ", "وزير الدفاع"
    does not join "وزير الخارجية ..."). The nearest earlier such person breaks ties. Failing
    that, the one person whose knowledge-base role at the article's date fits the title
    (`_kb_title_holder`). Unheld titles are dropped (they name someone the article never
    names)."""
    for t in titles:
        tw = _title_words(t.text)
        best, best_key = None, None
        for g in groups:
            if g[0].label != "PERSON":
                continue
            for m in g:
                full = getattr(m, "full_title", None) or m.title
                if not full or m.source == "title":
                    continue
                mw = _title_words(full)
                if not mw or mw[0] != tw[0] or not set(tw[1:]) <= set(mw):
                    continue
                shared = len(set(mw) & set(tw))
                key = (shared, m.start < t.start, -abs(m.start - t.start))
                if best_key is None or key > best_key:
                    best, best_key = g, key
        if best is None and kb is not None:
            best = _kb_title_holder(tw, groups, kb, date)
        if best is None and kb is not None and date and set(tw) & _fresh_modifiers():
            best = _new_holder([w for w in tw if w not in _fresh_modifiers()], groups, kb, date)
        if best is not None:
            best.append(t)
            best.sort(key=lambda m: m.start)


@functools.lru_cache(maxsize=1)
def _title_glosses() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Folded title words → English gloss (`role_titles.txt`), and country adjectives →
    (country, gloss) (`title_bodies.txt`), both article-less like `_title_words`."""
    words = {}
    for row in table("ar", "role_titles.txt"):
        if len(row) > 2 and len(row[1].split()) == 1:
            words[_title_words(row[1])[0]] = row[2]
    bodies = {}
    for row in table("ar", "title_bodies.txt"):
        if len(row) > 2:
            bodies[_title_words(row[0])[0]] = (row[1], row[2])
    return words, bodies


def _kb_title_holder(tw: list[str], groups: list[list[Mention]], kb, date: str | None):
    """The one person of the article whose knowledge-base role at the article's date fits
    the title mention: its head and modifiers glossed ("المبعوث الأممي" → envoy, UN) are
    words of the role's title, and a country adjective names the role's or the person's
    country. None when no one or more than one fits."""
    words, bodies = _title_glosses()
    needs, country = [], None
    for w in tw:
        if w in bodies:
            country = bodies[w]
        elif w in words:
            needs.append([alt.strip().lower() for alt in words[w].split("/")])
        elif w not in ("الي", "في", "لدي"):
            return None  # a word the glossary does not know: no safe match
    if not needs:
        return None
    fits = []
    for g, kb_id in _kb_people(groups):
        actor = kb.get(kb_id)
        home = kb.get(f"country:{actor.country}") if actor and actor.country else None
        for r in kb.roles_at(kb_id, date):
            title = r.title.lower()
            if not all(any(alt in title for alt in alts) for alts in needs):
                continue
            if country and not (country[1].lower() in title or (home and home.name == country[0])):
                continue
            fits.append(g)
            break
    return fits[0] if len(fits) == 1 else None


def _kb_people(groups: list[list[Mention]]):
    """(mention group, knowledge-base id) of every person of the article the KB knows."""
    for g in groups:
        kb_id = next((m.kb_id for m in g if m.kb_id), None)
        if g[0].label == "PERSON" and kb_id:
            yield g, kb_id


@functools.lru_cache(maxsize=1)
def _fresh_modifiers() -> frozenset[str]:
    """Title adjectives of a newly taken office (الجديد، المكلف), as `_title_words` gives them."""
    return frozenset(w for e in entries("ar", "fresh_title_modifiers.txt") for w in _title_words(e))


def _day(d: str) -> datetime.date | None:
    try:
        parts = [int(x) for x in d.split("-")] + [1, 1]
        return datetime.date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


FRESH_DAYS = 183  # "the new president" is someone in office for at most about half a year


def _new_holder(tw: list[str], groups: list[list[Mention]], kb, date: str):
    """The one person of the article whose knowledge-base role fitting the title words
    (glossed as in `_kb_title_holder`) began within FRESH_DAYS before the article's date:
    "الرئيس الجديد" a week after an election is the one just elected."""
    words, _bodies = _title_glosses()
    needs = [[alt.strip().lower() for alt in words[w].split("/")] for w in tw if w in words]
    today = _day(date)
    if not needs or today is None:
        return None
    fits = []
    for g, kb_id in _kb_people(groups):
        for r in kb.roles_at(kb_id, date):
            began = _day(r.start) if r.start else None
            if began is None or not 0 <= (today - began).days <= FRESH_DAYS:
                continue
            if all(any(alt in r.title.lower() for alt in alts) for alts in needs):
                fits.append(g)
                break
    return fits[0] if len(fits) == 1 else None


def _demonyms(actor) -> frozenset[str]:
    dem = ((actor.extra or {}).get("demonyms") or {}).get("ar") or () if actor else ()
    return frozenset(arabic_fold(d) for d in dem)


def only_demonyms(group: list[Mention], actor) -> bool:
    """Every mention of the group is a nationality adjective of its state ("السعودي",
    "السوريين"): the state is described, not named, and is no entity of the article
    (as the English recogniser treats "Saudi" when Saudi Arabia is not named)."""
    dem = _demonyms(actor)
    return bool(dem) and all(arabic_fold(m.text) in dem for m in group)


def _state_of_capital(actor, group: list[Mention], text: str, kb):
    """The state a capital's mentions stand for (ar/capitals.py), else None."""
    if actor is None or actor.type != "GPE" or not actor.country or actor.id.startswith("country:"):
        return None
    if capital_of(actor.name) != actor.country or not stands_for_state(text, group):
        return None
    return kb.get(f"country:{actor.country}")


def build_entities(article: Article, ctx) -> list[Entity]:
    kb = article_kb(ctx)
    out = []
    people = [m for m in article.mentions if m.label == "PERSON" and m.source != "title"]
    # a title right after a name ("أنتوني بلينكن، وزير الخارجية") is that person's title in
    # apposition, read by the roles stage, not a second mention of him
    titles = [m for m in article.mentions if m.source == "title"
              and not any(0 <= m.start - p.end <= 3 and not article.text[p.end:m.start].strip(" ،,")
                          for p in people)]
    groups = group_mentions([m for m in article.mentions if m.source != "title"])
    attach_titles(groups, titles, kb, article.published)
    for g in groups:
        kb_id = next((m.kb_id for m in g if m.kb_id), None)
        if kb_id is None:
            for m in g:
                hits = [a for a in kb.lookup(m.text, "ar") if _compatible(a.type, m.label)]
                if len(hits) == 1:
                    kb_id = hits[0].id
                    break
        actor = kb.get(kb_id)
        state = _state_of_capital(actor, g, article.text, kb)
        if state is not None:
            kb_id, actor = state.id, state  # "أعلنت أنقرة": Turkey, not the city
        if only_demonyms(g, actor):
            continue
        named = [m for m in g if m.source not in ("title", "inner")] or g
        longest = max(named, key=lambda m: (len(m.text), -m.start))
        latin = next((getattr(m, "latin", None) for m in g if getattr(m, "latin", None)), None)
        typ = actor.type if actor else g[0].label
        name = actor.name if actor else (latin or longest.text)
        titles = [m.title for m in g if m.title]
        extra = {"name_ar": longest.text}
        if titles:
            extra["titles_ar"] = sorted(set(titles), key=titles.index)
        if actor is None and latin:
            extra["latin_source"] = "gazetteer"
        template = next((getattr(m, "template", None) for m in g if getattr(m, "template", None)), None)
        if template:
            extra["name_template"] = list(template)
        out.append(Entity(id="", type=typ, name=name, mentions=g, kb_id=kb_id, extra=extra))
    return out
