"""English entities: the article's mentions grouped into the things they name.

Order of resolution (each mention once):
1. names with a KB id, demonyms (to their country), and full names, in text order: same KB id,
   same key, or a spelling variant of a name of the same kind (`mentions.similar`);
2. one-word person names: the person whose full name has that word ("Jeffrey" ->
   "James Jeffrey"), or a spelling variant of it ("Jeffery"); the nearest one before it when
   two people share a surname;
3. organisation short forms ("the Coalition", "Syrian Coalition", "Commission"): the
   organisation with that head noun whose name holds all their words; dropped when none;
4. title mentions ("the US envoy", "the head of the coalition"): the person whose role in
   this article (title before the name, apposition) or in the KB at the article's date has
   that title class, the most modifiers in common breaking ties; dropped when none.
Unlinked person entities are then looked up in the KB by spelling variant ("Franceski").
"""

from __future__ import annotations

import re
import weakref

from ..kb.base import KnowledgeBase
from ..model import Article, Entity, Mention
from ..pipeline import Context
from ..textnorm import latin_key
from . import gazetteer, lexicon
from .mentions import FUZZY, FUZZY_MIN_LEN, get_kb, similar

KIND = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "FAC",
        "INSTRUMENT": "INSTRUMENT", "EVENT": "EVENT", "NORP": "NORP"}
_NUM = re.compile(r"\b(\d{3,4})\b")
# what may stand between a title and the name it introduces: a qualifying phrase without a
# sentence end (abbreviation dots such as "U.S." allowed) ending in a comma, or nothing
_APPOSED_AFTER = re.compile(r"(?:(?:[^.;!?\n\"“”]|\.(?=\S)|(?<=\b[A-Z])\.)*,)?\s*")


def bare(text: str) -> str:
    """A mention's name without courtesy title, leading "the" or trailing place word."""
    words = text.split()
    while len(words) > 1 and lexicon.title_kind(words[0]) == "courtesy":
        words.pop(0)
    if words and words[0].lower() == "the" and len(words) > 1:
        words.pop(0)
    if len(words) > 1 and words[-1].lower() in lexicon.place_suffixes():
        words.pop()
    return " ".join(words)


def one_name(text: str) -> bool:
    """One name word, a particle written apart included ("Jaber", "Al Jaber")."""
    words = text.split()
    return len(words) == 1 or (len(words) == 2 and words[0] in lexicon.name_particles()
                               and words[1][:1].isupper())


def key(m: Mention) -> str:
    if m.label == "INSTRUMENT":
        n = _NUM.search(m.text)
        if n:
            return "res" + n.group(1)
    return latin_key(bare(m.text))


class _Builder:
    def __init__(self, article: Article, kb: KnowledgeBase):
        self.article, self.kb = article, kb
        self.ents: list[Entity] = []
        self._role_cache: dict[tuple, set[str]] = {}

    # --- helpers
    def kind(self, e: Entity) -> str:
        return KIND.get(e.type, e.type)

    def add(self, e: Entity, m: Mention) -> Entity:
        e.mentions.append(m)
        if m.kb_id and not e.kb_id:
            e.kb_id = m.kb_id
        return e

    def new(self, m: Mention, typ: str | None = None) -> Entity:
        e = Entity(id="", type=typ or m.label, name="", kb_id=m.kb_id)
        self.ents.append(e)
        return self.add(e, m)

    def by_kb(self, kb_id: str) -> Entity | None:
        return next((e for e in self.ents if e.kb_id == kb_id), None)

    # --- pass 1
    def named(self, m: Mention) -> None:
        if m.kb_id:
            e = self.by_kb(m.kb_id)
            actor = self.kb.get(m.kb_id)
            typ = actor.type if actor else m.label
            if e is None:  # an unlinked entity of the same name takes the link
                e = self.same_key(m, typ)
            self.add(e, m) if e else self.new(m, typ)
            return
        if m.source == "demonym" or (m.label in ("GPE", "LOC") and gazetteer.demonym(m.text)):
            code = gazetteer.demonym(m.text)[0]
            e = next((e for e in self.ents if self.country(e) == code), None)
            if e is None:
                e = self.new(m, "GPE")
                e.extra["country"] = code
            else:
                self.add(e, m)
            return
        e = self.same_key(m, m.label) or self.variant(m)
        self.add(e, m) if e else self.new(m)

    def country(self, e: Entity) -> str | None:
        if e.kb_id and e.kb_id.startswith("country:"):
            return e.kb_id.split(":", 1)[1].upper()
        if "country" in e.extra:
            return e.extra["country"]
        if e.type in ("GPE", "LOC"):
            for m in e.mentions:
                c = gazetteer.country_code(bare(m.text))
                if c:
                    return c
        return None

    def same_key(self, m: Mention, typ: str) -> Entity | None:
        k, kind = key(m), KIND.get(typ, typ)
        for e in self.ents:
            if self.kind(e) == kind and any(key(x) == k for x in e.mentions):
                if m.kb_id and e.kb_id and e.kb_id != m.kb_id:
                    continue
                return e
        if kind == "PLACE":  # a country named by another of its names ("US", "United States")
            c = gazetteer.country_code(bare(m.text))
            if c:
                return next((e for e in self.ents if self.kind(e) == kind and self.country(e) == c), None)
        return None

    def variant(self, m: Mention) -> Entity | None:
        """A spelling variant of a name of the same kind ("Ghassan al-Yusuf"/"al-Yousef")."""
        kind = KIND.get(m.label, m.label)
        if kind not in ("PERSON", "PLACE", "INSTRUMENT", "EVENT"):
            return None
        words = bare(m.text).split()
        for e in self.ents:
            if self.kind(e) != kind:
                continue
            for x in e.mentions:
                xw = bare(x.text).split()
                if len(xw) == len(words) and (kind != "PERSON" or len(words) > 1) \
                        and similar(bare(x.text), bare(m.text)) \
                        and (kind != "PERSON" or (latin_key(xw[0])[:1] == latin_key(words[0])[:1]
                                                  and surname_like(xw[-1], words[-1]))):
                    return e
        return None

    # --- pass 2
    def surname(self, m: Mention) -> None:
        w = bare(m.text)
        cands: list[tuple[int, int, Entity]] = []  # (exact?, last position before m, entity)
        for e in self.ents:
            if e.type != "PERSON":
                continue
            full = [x for x in e.mentions if len(bare(x.text).split()) > 1]
            exact = any(latin_key(w) == latin_key(t) for x in full for t in bare(x.text).split()[1:])
            fuzzy = exact or any(similar(w, t) for x in full for t in bare(x.text).split()[1:])
            same = any(latin_key(bare(x.text)) == latin_key(w) for x in e.mentions)
            if exact or fuzzy or same:
                before = [x.start for x in e.mentions if x.start < m.start]
                cands.append((int(exact or same), int(not self.relative(e)), max(before) if before else -1, e))
        if not cands and lexicon.title_kind(m.text.split()[0]) == "courtesy":
            # "Sheikh Mohammed", "Prince Faisal": an honorific with the given name
            for e in self.ents:
                if e.type == "PERSON" and any(len(bare(x.text).split()) > 1 and
                                              latin_key(bare(x.text).split()[0]) == latin_key(w)
                                              for x in e.mentions):
                    before = [x.start for x in e.mentions if x.start < m.start]
                    cands.append((0, 1, max(before) if before else -1, e))
        if cands:
            cands.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
            self.add(cands[0][3], m)
        else:
            self.new(m)

    def relative(self, e: Entity) -> bool:
        """`e` was introduced as someone's relative ("his wife, Asma Al Assad"): news calls
        such a person by the given name after, so a bare family name is not theirs."""
        text = self.article.text
        for x in e.mentions:
            if len(bare(x.text).split()) > 1:
                words = re.findall(r"[A-Za-z]+", text[max(0, x.start - 20) : x.start])
                return bool(words) and words[-1].lower() in lexicon.kinship_words()
        return False

    # --- pass 3
    def org_ref(self, m: Mention) -> None:
        words = [w.lower() for w in re.findall(r"[\w-]+", bare(m.text))]
        head = words[-1]
        cands = []
        for e in self.ents:
            if e.type != "ORG":
                continue
            actor = self.kb.get(e.kb_id)
            forms = [bare(x.text) for x in e.mentions] + (actor.names("en") if actor else [])
            for form in forms:
                xw = [w.lower() for w in re.findall(r"[\w-]+", form)]
                if len(xw) > len(words) and org_head(xw) == head and set(words) <= set(xw):
                    before = [y.start for y in e.mentions if y.start < m.start]
                    cands.append((bool(before), max(before) if before else -m.start, e))
                    break
        fallback, m.kb_id = (m.kb_id, None) if m.source == "kbhead" else (None, m.kb_id)
        if cands:
            cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
            self.add(cands[0][2], m)
        elif fallback and not re.search(r"\b(?:the|a|an|this|that|its|their|our)\s+$",
                                        self.article.text[max(0, m.start - 8):m.start], re.I):
            # "members of Congress": a KB name used as a proper name, with no antecedent
            m.kb_id = fallback
            self.named(m)
        elif m.source not in ("orgref", "kbhead") and len(words) > 1:
            self.named(m)  # a name of its own ("Syrian Interim Government")
        elif m.source not in ("orgref", "kbhead") and m.text[:1].isupper() and head not in lexicon.org_heads():
            self.named(m)

    # --- pass 4
    def title(self, m: Mention) -> None:
        head = lexicon.title_classes().get(m.text.split()[-1].lower()) if " of " not in m.text \
            else None
        words = re.findall(r"[\w.-]+", m.text)
        if head is None:
            for w in words:
                head = head or lexicon.title_classes().get(w.lower())
        appo = self.apposed(m)
        if appo is not None:
            self.add(appo, m)
            return
        mods = {self.norm_mod(w) for w in words if lexicon.title_classes().get(w.lower()) is None}
        mods.discard("")
        best = None
        for e in self.ents:
            if e.type != "PERSON":
                continue
            ctx = self.role_words(e)
            if head not in ctx and not (head == "any" and mods & ctx):
                continue
            score = len(mods & ctx)
            before = [x.start for x in e.mentions if x.start < m.start and x.source != "title"]
            rank = (score, bool(before), max(before) if before else 0)
            if best is None or rank > best[0]:
                best = (rank, e)
        if best is not None and (best[0][0] > 0 or not mods):
            self.add(best[1], m)

    def apposed(self, t: Mention) -> Entity | None:
        """The person a title mention stands in apposition to: the name right after it
        ("the Commission's president, Dr. Badr Jamous"; "the co-chair Ghassan al-Yousef"),
        else the name right before it ("Badr Jamous, the Commission's president")."""
        text = self.article.text
        people = [(x, e) for e in self.ents if e.type == "PERSON" for x in e.mentions if x.source != "title"]
        for x, e in sorted(people, key=lambda p: p[0].start):
            gap = text[t.end:x.start]
            # "the Secretary-General's envoy, Mr. X": the title names X's principal, not X
            if 0 <= x.start - t.end <= 100 and not gap.startswith(("'s", "’s")) and _APPOSED_AFTER.fullmatch(gap):
                if text[x.end : x.end + 2] in ("'s", "’s"):
                    return None  # "the head of President X's office": the title is X's aide's
                return e
        for x, e in people:
            if 0 <= t.start - x.end <= 8 and re.fullmatch(r"['’]?s?,\s*(?:the\s+)?", text[x.end:t.start]):
                return e
        return None

    def norm_mod(self, w: str) -> str:
        w = re.sub(r"['’]s$", "", w)
        dem = gazetteer.demonym(w)
        if dem:
            return dem[0]
        c = gazetteer.country_code(w)
        if c:
            return c
        if lexicon.title_kind(w) or w.lower() in ("the", "of", "to", "for"):
            return ""
        return latin_key(w)

    def role_words(self, e: Entity) -> set[str]:
        """Title classes and modifiers this article (or the KB) gives the person (cached
        while the entity's named mentions stay the same: title mentions do not count)."""
        sig = (id(e), e.kb_id, sum(1 for m in e.mentions if m.source != "title"))
        got = self._role_cache.get(sig)
        if got is None:
            got = self._role_cache[sig] = self._role_words(e)
        return got

    def _role_words(self, e: Entity) -> set[str]:
        phrases: list[str] = []
        text = self.article.text
        for m in e.mentions:
            if m.source == "title":
                continue
            if m.title:
                phrases.append(m.title)
            before = text[max(0, m.start - 120):m.start]
            ap = re.search(r"(?:^|[.;:]\s|\n)?((?:[Tt]he\s+)?[^.;,\n]*?(?:,\s*[^.;,\n]*?)?),\s*(?:[A-Z][a-z]+\.\s+)?$",
                           before)
            if ap and any(lexicon.title_classes().get(w.lower()) for w in re.findall(r"[\w-]+", ap.group(1))):
                phrases.append(ap.group(1))
            after = text[m.end:m.end + 160]
            ap2 = re.match(r"['’]?s?,\s+((?:the\s+)?([\w.-]+)[^.;,\n]*(?:,\s*[^.;,\n]*)?)", after)
            # an apposition starts with a title or a name ("Jamous, the Commission's
            # president"), not with a verb ("Mustafa, discussed with the American official")
            if ap2 and (ap2.group(2)[:1].isupper() or lexicon.title_kind(ap2.group(2))) and any(
                    lexicon.title_classes().get(w.lower()) for w in re.findall(r"[\w-]+", ap2.group(1).split(",")[0])):
                phrases.append(ap2.group(1))
        out: set[str] = set()
        if e.kb_id:
            actor = self.kb.get(e.kb_id)
            if actor:
                for r in self.kb.roles_at(actor.id, self.article.published):
                    phrases.append(r.title)
                    org = self.kb.get(r.org)
                    if org:
                        phrases.append(org.name)
                if actor.country:
                    out.add(actor.country.upper())
        for p in phrases:
            # titles count from the head of the phrase only: the envoy "of the
            # Secretary-General" is no secretary-general
            head = re.split(r"\s(?:of|to|for|at|on)\s", p, maxsplit=1)[0]
            for i, w in enumerate(re.findall(r"[\w.’'-]+", p)):
                c = lexicon.title_classes().get(w.lower())
                if c and i < len(re.findall(r"[\w.’'-]+", head)):
                    out.add(c)
                elif not c:
                    out.add(self.norm_mod(w))
        out.discard("")
        return out

    # --- finishing
    def link_people(self) -> None:
        """Unlinked people: a KB person of the same (or variant) full name."""
        for e in self.ents:
            if e.type != "PERSON" or e.kb_id:
                continue
            fulls = {bare(m.text) for m in e.mentions if len(bare(m.text).split()) > 1 and m.source != "title"}
            hit = None
            for f in fulls:
                exact = [a for a in self.kb.lookup(f) if a.type == "PERSON"]
                if len(exact) == 1:
                    hit = exact[0]
                    break
            if hit is None:
                hit = _variant_person(self.kb, fulls)
            if hit is not None:
                e.kb_id = hit.id

    def merge_same_kb(self) -> None:
        out: list[Entity] = []
        for e in self.ents:
            prev = next((o for o in out if e.kb_id and o.kb_id == e.kb_id), None)
            if prev:
                prev.mentions.extend(e.mentions)
            else:
                out.append(e)
        self.ents = out

    def finish(self) -> list[Entity]:
        for e in self.ents:
            e.mentions.sort(key=lambda m: m.start)
            actor = self.kb.get(e.kb_id)
            if actor:
                e.name, e.type = actor.name, actor.type
            elif "country" in e.extra and not any(self.kind_of(m) == "PLACE" and not gazetteer.demonym(m.text)
                                                  for m in e.mentions):
                e.name = gazetteer.country_name(e.extra["country"]) or e.mentions[0].text
            else:
                named = [m for m in e.mentions if m.source not in ("title", "orgref", "demonym")
                         and not gazetteer.demonym(m.text)] or e.mentions
                forms = [bare(m.text) for m in named]
                # the fullest form; between spellings of it, the one most mentions agree with
                keys = [latin_key(w) for f in forms for w in f.split()]
                e.name = max(forms, key=lambda f: (len(f.split()), sum(keys.count(latin_key(w)) for w in f.split()),
                                                   len(f), -forms.index(f)))
                labels = [m.label for m in named]
                e.type = max(set(labels), key=lambda t: (labels.count(t), t == e.type))
                if e.type == "NORP" and gazetteer.demonym(e.name):
                    e.type = "GPE"
        return self.ents

    @staticmethod
    def kind_of(m: Mention) -> str:
        return KIND.get(m.label, m.label)


_PERSON_KEYS: "weakref.WeakKeyDictionary[KnowledgeBase, tuple[list[str], list[str]]]" = weakref.WeakKeyDictionary()


def _person_keys(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """(latin_key of every multi-word English name of a KB person, its actor id), built once
    per knowledge base."""
    got = _PERSON_KEYS.get(kb)
    if got is None:
        keys, ids = [], []
        for a in kb.actors:
            if a.type == "PERSON":
                for n in a.names("en"):
                    k = latin_key(n)
                    if len(n.split()) > 1 and k:
                        keys.append(k)
                        ids.append(a.id)
        got = _PERSON_KEYS[kb] = (keys, ids)
    return got


def _variant_person(kb: KnowledgeBase, fulls: set[str]):
    """The KB person whose full name is a spelling variant (`mentions.similar`) of one of
    `fulls`, the closest one; one C-level pass over the names instead of a Python loop."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    keys, ids = _person_keys(kb)
    best = None
    for f in sorted(fulls):
        k = latin_key(f)
        if len(k) < FUZZY_MIN_LEN:
            continue
        for key_, score, i in process.extract(k, keys, scorer=JaroWinkler.similarity, score_cutoff=FUZZY, limit=8):
            if min(len(key_), len(k)) >= FUZZY_MIN_LEN and same_surname(f, kb.get(ids[i]).names("en")) \
                    and (best is None or score > best[1]):
                best = (i, score)
                break
    return kb.get(ids[best[0]]) if best else None


def same_surname(full: str, names: list[str]) -> bool:
    """Does the last word of `full` spell the last word of one of `names`? Jaro-Winkler
    rewards a shared start, so "Hussein al-Ezzi" scores high against "Hussein al-Sheikh"
    and "Mohammed Al Jaber" against "Mohammed al-Bashir": the surname must agree too."""
    last = full.split()[-1]
    return any(len(n.split()) > 1 and surname_like(last, n.split()[-1]) for n in names)


def surname_like(a: str, b: str) -> bool:
    """Spellings of one surname: `similar`, or the same consonants once vowels and doubled
    letters are dropped ("Yusuf"/"Yousef" score only 0.84 by Jaro-Winkler alone)."""
    return similar(a, b) or (_skeleton(a) == _skeleton(b) and len(_skeleton(a)) >= 2)


def _skeleton(w: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", latin_key(w)))


def org_head(words: list[str]) -> str:
    """The head noun of an organisation name: the word before "of"/"for", else the last."""
    for i, w in enumerate(words):
        if w in ("of", "for", "to", "on") and i > 0:
            return words[i - 1]
    return words[-1]


def build_entities(article: Article, ctx: Context) -> list[Entity]:
    kb = get_kb(ctx)
    b = _Builder(article, kb)
    ms = sorted(article.mentions, key=lambda m: (m.start, -m.end))
    heads = lexicon.org_heads()

    def is_org_short(m: Mention) -> bool:
        if m.source == "kbhead":
            return True
        if m.kb_id or m.label != "ORG":
            return False
        if m.source == "orgref":
            return True
        ws = [w.lower() for w in re.findall(r"[\w-]+", bare(m.text))]
        # "Commission", "Syrian Coalition", "Negotiation Commission": a head with modifiers
        # that may be a short form of a longer name in the article
        return bool(ws) and ws[-1] in heads and len(ws) <= 3 and "of" not in ws and "for" not in ws

    late_person = [m for m in ms if m.label == "PERSON" and m.source != "title" and not m.kb_id
                   and one_name(bare(m.text))]
    shorts = [m for m in ms if is_org_short(m)]
    titles = [m for m in ms if m.source == "title"]
    later = {id(m) for m in late_person + shorts + titles}
    rest = [m for m in ms if id(m) not in later]
    for m in rest:
        b.named(m)
    for m in late_person:
        b.surname(m)
    # longest first, so "Negotiation Commission" finds "Syrian Negotiation Commission"
    for m in sorted(shorts, key=lambda m: (-len(m.text.split()), m.start)):
        b.org_ref(m)
    b.link_people()
    b.merge_same_kb()
    for m in titles:
        b.title(m)
    return b.finish()
