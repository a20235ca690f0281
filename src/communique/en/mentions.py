"""English mentions: knowledge-base names, instrument/conference patterns and spaCy's entities,
with spaCy's known errors on news corrected (DESIGN.md, "Known traps").

Layers, strongest first: KB aliases (`kbmatch`), patterns (`patterns`), spaCy NER (one parse
per paragraph, shared through `nlp.parsed_paragraphs`). A KB name wins over a spaCy span it
overlaps, unless spaCy's span is a longer proper name that contains it ("Deir ez-Zor Civil
Council" over the place "Deir ez-Zor"). Two further kinds of mention are candidates that
`entities.build_entities` resolves or drops: title mentions ("the US envoy", source "title")
and organisation short forms ("the Coalition", source "orgref").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from ..kb.base import KnowledgeBase, load_default_kb
from ..model import Article, Mention
from ..pipeline import Context
from ..textnorm import latin_key
from . import gazetteer, lexicon
from .kbmatch import find_kb_mentions
from .nlp import parsed_paragraphs
from .patterns import find_named, find_resolutions, resolution_key

SPACY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC",
                "EVENT": "EVENT", "NORP": "NORP", "LAW": "INSTRUMENT"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Jaro-Winkler similarity of latin_key()s above which two name words are one spelling-variant
# name: one swapped, doubled or substituted letter in a name of 5+ letters scores 0.9-0.98
# ("jeffery/jeffrey" 0.97, "franceski/franceschi" 0.94, "yusuf/yousef" 0.95), while distinct
# names of similar length stay below ("hassan/hussein" 0.77, "robak/roebuck" 0.83).
FUZZY = 0.9
FUZZY_MIN_LEN = 5


def get_kb(ctx: Context | None) -> KnowledgeBase:
    extra = tuple((ctx.options.get("kb") if ctx else None) or ())
    return load_default_kb(extra)


def similar(a: str, b: str) -> bool:
    """Spelling variants of one name (on latin_key, see FUZZY)."""
    ka, kb_ = latin_key(a), latin_key(b)
    if not ka or not kb_:
        return False
    if ka == kb_:
        return True
    if min(len(ka), len(kb_)) < FUZZY_MIN_LEN:
        return False
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity(ka, kb_) >= FUZZY


def find_mentions(article: Article, ctx: Context) -> list[Mention]:
    kb = get_kb(ctx)
    text = article.text

    def place_known(word: str) -> bool:
        return any(a.type in PLACE_TYPES for a in kb.lookup(word)) or gazetteer.is_place(word)

    kb_ms = find_kb_mentions(text, kb)
    # "Commission", "Coalition": a short form of whichever body the article named, resolved
    # by build_entities, not the KB entry that happens to own the word; any longer name
    # around it wins
    heads = [m for m in kb_ms if m.label == "ORG" and m.text.lower() in lexicon.org_heads()]
    kb_ms = [m for m in kb_ms if m not in heads]
    pat_ms = [_link_pattern(m, kb) for m in find_resolutions(text) + find_named(text, place_known)]
    sp_ms = _spacy_mentions(article, ctx)

    chosen = _merge(text, kb_ms, pat_ms, sp_ms)
    for m in heads:
        over = [c for c in chosen if _overlaps(m, c)]
        if all(c.source == "spacy" and (c.start, c.end) == (m.start, m.end) for c in over):
            m.source = "kbhead"  # its kb_id is only a fallback when no antecedent is found
            chosen = [c for c in chosen if c not in over] + [m]
    chosen = _drop_issuers(text, chosen)
    chosen = _extend_places(text, chosen, kb)
    chosen = _extend_orgs(text, chosen, kb)
    chosen = _facility_names(text, chosen)
    chosen = _given_names(text, chosen, kb, place_known)
    _acronym_appositions(text, chosen)
    chosen = _fix_labels(text, chosen, kb, place_known)
    _courtesy(text, chosen)
    chosen += _demonym_words(text, chosen)
    chosen = _demonyms(chosen, kb, text)
    _capital_governments(article, ctx, chosen, kb)
    chosen += _title_mentions(text, chosen)
    chosen += _org_refs(text, chosen)
    return sorted(chosen, key=lambda m: (m.start, -m.end))


# --- patterns and the KB

def _link_pattern(m: Mention, kb: KnowledgeBase) -> Mention:
    if m.source == "pattern" and m.title and m.title.isdigit():
        hits = kb.lookup(resolution_key(m.title))
        m.title = None
        text = resolution_key(m.text.split()[-1]) if m.text.isdigit() else m.text
        hits = hits or kb.lookup(text)
    else:
        hits = kb.lookup(re.sub(r"^the\s+", "", m.text, flags=re.I))
    if len(hits) == 1:
        m.kb_id = hits[0].id
        m.label = hits[0].type if hits[0].type in ("INSTRUMENT", "EVENT") else m.label
    return m


# --- spaCy, with span corrections

def _spacy_mentions(article: Article, ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    for offset, doc in parsed_paragraphs(article, ctx):
        for ent in doc.ents:
            label = SPACY_LABELS.get(ent.label_)
            if label is None:  # DATE, CARDINAL, MONEY ... are not names
                continue
            # a list read as one name ("European Union, America"): one mention per item
            i = ent.start
            for j in [t.i for t in ent if t.text == ","] + [ent.end]:
                if j > i:
                    m = _clean_span(article.text, offset, doc, i, j, label)
                    if m is not None:
                        out.append(m)
                i = j + 1
    return out


def _clean_span(text: str, offset: int, doc, i: int, j: int, label: str) -> Mention | None:
    global _TITLE_OF_AND
    if _TITLE_OF_AND is None:
        _TITLE_OF_AND = _title_of_and()
    """Trim a spaCy entity to the name: leading "the", titles, trailing possessive, trailing
    verbs and title words; courtesy titles just before a person are taken in."""
    toks = list(doc[i:j])
    if any(t.lower_ in lexicon.furniture_words() for t in toks):
        return None  # page furniture ("Logo Wide")
    title = None
    if toks[0].tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB"):
        return None  # a title-case heading ("Supporting the ... Solution"), not a name
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks.pop(0)
    while toks and (toks[-1].lower_ in ("'s", "’s", "'", "’") or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    if len(toks) > 1 and toks[-1].lower_ == toks[-2].lower_:
        toks.pop()  # a name repeated by page furniture ("Donald Trump Trump")
    if label != "PERSON" and len(toks) == 1 and j < len(doc) and lexicon.title_kind(doc[j].text) == "title" \
            and not (gazetteer.country_code(toks[0].text) or gazetteer.demonym(toks[0].text)):
        return None  # a portfolio in front of a title ("Defence Minister"), not a body
    n_before = len(toks)
    # trailing verbs of headlines ("Commission Meets") and title words ("... Special Envoy")
    while len(toks) > 1 and (toks[-1].tag_.startswith("VB") or
                             (label != "PERSON" and lexicon.title_kind(toks[-1].text) in ("title", "modifier")
                              and toks[-2].lower_ != "of")):  # "Council of Ministers" names a body
        toks.pop()
    if len(toks) < n_before and len(toks) == 1 and not toks[0].text.isupper() \
            and toks[0].lower_ not in lexicon.org_heads():
        return None  # "International [Special Envoy for]": only a title's qualifier was left
    # titles in front of a person name: stripped, kept in Mention.title
    lead: list = []
    while len(toks) > 1 and lexicon.title_kind(toks[0].text) in ("title", "modifier"):
        lead.append(toks.pop(0))
    if lead and toks and toks[0].lower_ in ("of", "for", "to"):
        return None  # "Minister of Foreign Affairs": a title, not a name
    if lead and label != "PERSON" and toks[-1].lower_ in lexicon.org_heads():
        toks = lead + toks  # "General Assembly", "Presidential Council": the title is the name
    elif lead and label in ("PERSON", "ORG", "GPE"):
        title = " ".join(t.text for t in lead)
        if label != "PERSON" and lexicon.title_kind(lead[-1].text) == "title":
            label = "PERSON"  # "President Mustafa" read as ORG
    elif lead:
        toks = lead + toks
    if not toks:
        return None
    courtesy = toks[0] if lexicon.title_kind(toks[0].text) == "courtesy" else None
    if courtesy is None and label == "PERSON" and toks[0].i > 0:
        prev = doc[toks[0].i - 1]
        kind = lexicon.title_kind(prev.text)
        if kind == "courtesy":
            courtesy = prev
            toks.insert(0, prev)
        elif kind == "title" and title is None:
            title = prev.text
    if courtesy is not None:
        title = courtesy.text
        if len(toks) == 1:
            return None
    s, e = offset + toks[0].idx, offset + toks[-1].idx + len(toks[-1].text)
    if not any(c.isupper() for c in text[s:e]) or text[s:e].lower() in lexicon.not_names():
        return None  # no letters, or none capitalised ("captagon"): not a name
    if label == "PERSON":
        split = re.search(r"\b[A-Z][a-z]+-\s$", text[max(0, s - 20):s])
        if split:  # a name broken at its hyphen by typesetting ("Mohy- Eddin Salim")
            s -= len(split.group())
    elif _TITLE_OF_AND.search(text[max(0, s - 120):s]):
        return None  # "Minister of Foreign Affairs and [International Cooperation]"
    window = text[max(0, s - 40):e + 40].lower()
    for phrase in lexicon.title_phrases():
        i = window.find(phrase)
        while i >= 0:
            ps = max(0, s - 40) + i
            if ps <= s and e <= ps + len(phrase):
                return None  # "State" of "Secretary of State"
            i = window.find(phrase, i + 1)
    return Mention(s, e, text[s:e], label, source="spacy", title=title)


_TITLE_OF_AND = None  # compiled below, once the title list is known


def _title_of_and() -> re.Pattern:
    words = "|".join(re.escape(w) for w, k in lexicon.titles().items() if k == "title" and w.isalpha())
    return re.compile(r"\b(?i:" + words + r")\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+(?:and|&)\s+$")


# --- merging the layers

def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


class _Spans:
    """Non-overlapping mentions kept in text order: the ones overlapping a range are found
    by bisection (their starts and ends are both sorted)."""

    def __init__(self) -> None:
        self.ms: list[Mention] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlapping(self, s: int, e: int) -> list[Mention]:
        return self.ms[bisect_right(self.ends, s):bisect_left(self.starts, e)]

    def add(self, m: Mention) -> None:
        i = bisect_left(self.starts, m.start)
        self.ms.insert(i, m)
        self.starts.insert(i, m.start)
        self.ends.insert(i, m.end)

    def remove(self, m: Mention) -> None:
        i = self.ms.index(m)
        del self.ms[i], self.starts[i], self.ends[i]


def _merge(text: str, kb_ms, pat_ms, sp_ms) -> list[Mention]:
    spans = _Spans()
    # patterns and KB: the longer span wins, the KB on a tie
    for m in sorted(kb_ms + pat_ms, key=lambda m: (-(m.end - m.start), m.source != "kb")):
        if not spans.overlapping(m.start, m.end):
            spans.add(m)
    for s in sp_ms:
        over = spans.overlapping(s.start, s.end)
        if not over:
            spans.add(s)
            continue
        inside = all(s.start <= c.start and c.end <= s.end and c.source == "kb" for c in over)
        # a KB surname alias inside a longer person name ("Hadi" of "Hadi al-Rawi") is not
        # that KB person
        if inside and (s.label in ("ORG", "FAC", "EVENT", "GPE", "LOC")
                       or (s.label == "PERSON" and all(c.label == "PERSON" for c in over))):
            if _longer_name(text, s, over):
                for c in over:
                    spans.remove(c)
                spans.add(s)
            else:
                chosen = list(spans.ms)
                if _take_state_prefix(text, s, over, chosen):  # spans changed: re-index
                    spans = _Spans()
                    for c in chosen:
                        spans.add(c)
    return spans.ms


def _drop_issuers(text: str, ms: list[Mention]) -> list[Mention]:
    """ "UN Security Council resolutions", "resolution 2254 of the UN": the issuing body is
    part of the document's name (issuer_nouns.txt), not a mention of an actor."""
    nouns = lexicon.issuer_nouns()
    out = []
    for m in ms:
        if m.label == "ORG":
            after = re.match(r"\s+([A-Za-z]+)\b", text[m.end:m.end + 30])
            before = re.search(r"\b([A-Za-z]+)\s+(?:No\.?\s*)?\d{1,4}\s+of\s+(?:the\s+)?$",
                               text[max(0, m.start - 40):m.start])
            if (after and after.group(1).lower() in nouns) or (before and before.group(1).lower() in nouns):
                continue
        out.append(m)
    return out


def _take_state_prefix(text: str, s: Mention, inner: list[Mention], chosen: list[Mention]) -> bool:
    """ "U.S. Department of State", "American State Department": a KB organisation named
    with its state in front keeps that fuller form as its mention (and its KB id)."""
    orgs = [c for c in inner if c.label == "ORG" and c.end == s.end]
    if len(orgs) != 1 or orgs[0].start == s.start:
        return False
    org = orgs[0]
    prefix = re.findall(r"[\w.'’-]+", text[s.start:org.start])
    if prefix and all(gazetteer.demonym(w) or gazetteer.country_code(w) for w in prefix):
        for c in inner:
            if c is not org:
                chosen.remove(c)
        org.start, org.text = s.start, text[s.start:org.end]
        return True
    return False


def _longer_name(text: str, s: Mention, inner: list[Mention]) -> bool:
    """Does the spaCy span add proper-name words to the KB names inside it?"""
    rest = text[s.start:s.end]
    for c in sorted(inner, key=lambda c: -c.start):
        rest = rest[: c.start - s.start] + " " + rest[c.end - s.start:]
    words = re.findall(r"[\w'’-]+", rest)
    extra = [w for w in words if _proper_word(w) and not gazetteer.demonym(w)
             and not lexicon.title_kind(w) and not gazetteer.country_code(w)]
    if extra and _title_case_line(text, s.start):
        # a headline capitalises common nouns ("Hamas Delegation in Cairo Discusses ..."):
        # a word the article also writes in lowercase is no part of a name there
        extra = [w for w in extra if not re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", text)]
    return bool(extra) and not all(lexicon.title_kind(w) for w in words if _proper_word(w))


def _title_case_line(text: str, pos: int) -> bool:
    """Is the line around `pos` a title-case headline (most of its longer words capitalised)?"""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[ls:le if le >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")  # "al-Rawi", "el-Sisi", "bin-Zayed"


def _proper_word(w: str) -> bool:
    return w[0].isupper() or bool(_PARTICLE_NAME.match(w))


@functools.lru_cache(maxsize=1)
def _facility_after() -> re.Pattern:
    """A facility head word right after a name (longest first, as listed)."""
    return re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in lexicon.facility_heads()) + r")\b")


def _extend_places(text: str, ms: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Take a following facility word into the name ("al-Rukban camp" is a FAC) and a
    following place word into a place ("Idlib province")."""
    taken = sorted((m.start, m.end) for m in ms)
    for m in ms:
        if m.label not in ("GPE", "LOC", "ORG", "FAC", "PERSON"):
            continue
        tail = text[m.end:m.end + 30]
        fac = _facility_after().match(tail)
        if fac and (demonym_code(m, kb) is not None or re.match(r"\s+(?:city|town)\b", tail[fac.end():])):
            fac = None  # "the Saudi port city of Jeddah", "a Syrian prison": no facility's name
        if m.label == "ORG" and m.text.split()[-1].lower() in lexicon.facility_heads():
            m.label = "FAC"  # "Al-Salam Palace", "Ritz-Carlton Hotel": a building
        if fac:
            new_end = m.end + fac.end()
            if not any(a < new_end and a >= m.end for a, _ in taken):
                m.end, m.label, m.kb_id = new_end, "FAC", None
                m.text = text[m.start:m.end]
        else:
            if m.label in ("GPE", "LOC") and demonym_code(m, kb) is None:
                w = re.match(r"\s+([a-z]+)\b", tail)
                if w and w.group(1) in lexicon.place_suffixes():
                    new_end = m.end + w.end()
                    if not any(a < new_end and a >= m.end for a, _ in taken):
                        m.end = new_end
                        m.text = text[m.start:m.end]
    return ms


def _extend_orgs(text: str, ms: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """An organisation name that spaCy (or a KB short alias) cut before "of <place>" takes
    the place in: "Autonomous Administration" + "of northern and eastern Syria". A KB
    organisation keeps its link only when the place is in its own country (the AANES "of
    Syria"); "Foreign Ministry of Turkey" after some other state's ministry is left alone."""
    dirs = "|".join(sorted(lexicon.direction_words(), key=len, reverse=True))
    rx = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:" + dirs + r")(?:\s*(?:,|and|&)\s*(?:" + dirs + r"))*\s+)?")
    places = {m.start: m for m in ms if m.label in ("GPE", "LOC")}
    drop: set[int] = set()
    for m in ms:
        if m.label != "ORG" or m.text.split()[-1].lower() not in lexicon.org_heads():
            continue
        g = rx.match(text, m.end)
        if g and g.end() in places:
            p = places[g.end()]
            if m.kb_id and not _in_country(kb.get(m.kb_id), p, kb):
                continue
            m.end, m.text = p.end, text[m.start:p.end]
            drop.add(id(p))
    return [m for m in ms if id(m) not in drop]


def _in_country(actor, place: Mention, kb: KnowledgeBase) -> bool:
    """Is `place` the country of `actor` (or a place in it)?"""
    if actor is None or not actor.country:
        return False
    code = place.kb_id.split(":", 1)[1] if (place.kb_id or "").startswith("country:") else None
    if code is None:
        p = kb.get(place.kb_id)
        code = p.country if p is not None else gazetteer.country_code(place.text)
    return (code or "").upper() == actor.country.upper()


def _facility_names(text: str, ms: list[Mention]) -> list[Mention]:
    """ "Hotel President Wilson": a facility word and the capitalised words after it are one
    FAC name, whatever spaCy made of the parts."""
    out = list(ms)
    for m in re.finditer(r"\b(" + "|".join(sorted(lexicon.facility_prefixes())) + r")((?:\s+[A-Z][\w'-]*)+)", text):
        s, e = m.start(), m.end()
        inside = [c for c in out if c.start < e and s < c.end]
        if any(c.start < s or c.end > e or c.source == "kb" for c in inside):
            continue
        out = [c for c in out if c not in inside]
        out.append(Mention(s, e, text[s:e], "FAC", source="pattern"))
    return out


def _acronym_appositions(text: str, ms: list[Mention]) -> None:
    """ "the Saudi News agency (SPA)": a name followed by a KB-linked acronym in brackets is
    that organisation, whatever the writer called it."""
    by_start = {m.start: m for m in ms}
    for m in ms:
        if m.label != "ORG" or m.kb_id:
            continue
        g = re.match(r"(?:\s+[a-z]+)?\s*\(", text[m.end:m.end + 30])
        acr = by_start.get(m.end + g.end()) if g else None
        if acr is not None and acr.kb_id and acr.label == "ORG" and acr.text.isupper() \
                and text[acr.end:acr.end + 1] == ")":
            m.kb_id = acr.kb_id


# --- label corrections

_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{1,15})[ \t]+$")


def _given_names(text: str, ms: list[Mention], kb: KnowledgeBase, place_known) -> list[Mention]:
    """ "commander of the US forces in Iraq Blac Miran": spaCy tags the unknown surname alone
    as a place or organisation and leaves the given name out. A capitalised word nobody
    claimed, right before a one-word name that is no known place, after a title with no
    punctuation between, makes one PERSON with it."""
    spans = [(c.start, c.end) for c in ms]
    for m in ms:
        if m.source != "spacy" or m.label not in ("GPE", "LOC", "ORG") or " " in m.text \
                or place_known(m.text) or kb.lookup(m.text) or m.text.lower() in lexicon.org_heads():
            continue
        w = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if w is None:
            continue
        ws, word = w.start(1), w.group(1)
        if any(a < w.end(1) and ws < b for a, b in spans) or lexicon.title_kind(word) \
                or gazetteer.demonym(word) or place_known(word) or kb.lookup(word) \
                or word.lower() in lexicon.not_names() or place_known(text[ws:m.end]):
            continue
        before = text[max(0, ws - 100):ws]
        clause = re.split(r"[,;:.!?()\"“”\n]", before)[-1]
        if not any(lexicon.title_kind(t) == "title" for t in re.findall(r"[\w-]+", clause)):
            continue
        m.start, m.text, m.label = ws, text[ws:m.end], "PERSON"
    return ms


_ARABIC_NAME = None  # "Given particle-Family", compiled from name_particles.txt


def _arabic_name() -> re.Pattern:
    global _ARABIC_NAME
    if _ARABIC_NAME is None:
        parts = "|".join(re.escape(p) for p in lexicon.name_particles())
        _ARABIC_NAME = re.compile(r"^[A-Z][a-z]+\s+(?:(?:" + parts + r")[- ])[A-Z][\w'-]+$")
    return _ARABIC_NAME


def _fix_labels(text: str, ms: list[Mention], kb: KnowledgeBase, place_known) -> list[Mention]:
    people = [m for m in ms if m.label == "PERSON"]
    person_words = {latin_key(w) for m in people if len(m.text.split()) > 1 for w in m.text.split()}
    before_cues, after_cues = lexicon.place_cues()
    out: list[Mention] = []
    for m in ms:
        if m.source == "spacy":
            words = m.text.split()
            kb_types = {a.type for a in kb.lookup(m.text)}
            if m.label in ("GPE", "LOC", "PERSON", "FAC") and words[-1].lower() in lexicon.org_heads() \
                    and len(words) > 1:
                m.label = "ORG"  # "Deir ez-Zor Civil Council" read as a place
            elif m.label == "PERSON" and (kb_types & PLACE_TYPES and "PERSON" not in kb_types):
                m.label = next(iter(kb_types & PLACE_TYPES))
            elif m.label == "PERSON" and not m.title and _place_evidence(text, m, place_known, person_words,
                                                                         before_cues, after_cues):
                m.label = "GPE"  # "Idleb" read as a person
            elif m.label in ("GPE", "ORG", "LOC") and "PERSON" in kb_types:
                m.label = "PERSON"
            elif m.label in ("GPE", "LOC") and _arabic_name().match(m.text) and not place_known(m.text) \
                    and not kb_types:
                m.label = "PERSON"  # "Hadi al-Bahra" read as a place
            elif m.label == "ORG" and len(words) == 1 and words[0].lower() not in lexicon.org_heads() \
                    and (kb_types & PLACE_TYPES or (not kb_types and gazetteer.is_place(m.text))):
                m.label = "GPE"  # "an attack on Idleb" read as an organisation
            elif m.label == "ORG" and not kb_types and words[-1].lower() not in lexicon.org_heads() \
                    and _place_noun_before(text, m.start, before_cues):
                m.label = "GPE"  # "the resort city of El Alamein" read as an organisation
            elif m.label == "ORG" and not kb_types and _is_person_variant(m.text, people, kb):
                m.label = "PERSON"  # "Jeffery" read as an organisation
        if m.label == "NORP" and m.source == "spacy" and not gazetteer.demonym(m.text) \
                and not (m.text.endswith("s") and m.text[:1].isupper()):
            continue  # adjectives of peoples ("Arab", "Kurdish") describe; plural peoples act
        out.append(m)
    return out


def _place_noun_before(text: str, start: int, before_cues) -> bool:
    """A place noun and "of" right before a name ("city of", "town of"): the name is a place."""
    before = text[max(0, start - 30):start].lower().split()
    return any(" ".join(before[-n:]) in before_cues for n in (2, 3) if len(before) >= n
               and before[-1] == "of")


def _place_evidence(text, m, place_known, person_words, before_cues, after_cues) -> bool:
    words = m.text.split()
    if len(words) > 1:
        return False
    before = text[max(0, m.start - 30):m.start].lower().split()
    after = text[m.end:m.end + 30].lower().split()
    cue_before = any(" ".join(before[-n:]) in before_cues for n in (1, 2, 3) if len(before) >= n)
    cue_after = bool(after) and after[0].strip(",.;") in after_cues
    if latin_key(m.text) in person_words:
        return False  # part of a person's full name elsewhere ("Hassan" of "Leila Hassan")
    return place_known(m.text) or cue_after or (cue_before and m.text[0].isupper()
                                                and not text[m.start:m.end].endswith("s"))


def _is_person_variant(surface: str, people: list[Mention], kb: KnowledgeBase) -> bool:
    words = surface.split()
    for p in people:
        pw = p.text.split()
        if len(words) == 1 and any(similar(words[0], w) for w in pw):
            return True
        if len(words) > 1 and similar(surface, p.text):
            return True
    return False


def _courtesy(text: str, ms: list[Mention]) -> None:
    """A courtesy title right before a person's name belongs in the mention ("Mr. Jeffrey",
    "Dr. Badr Jamous": the forms the article uses); Mention.title keeps it too."""
    for m in ms:
        if m.label != "PERSON" or m.source == "title":
            continue
        w = re.search(r"\b([A-Z][a-z]{1,3}\.?)\s+$", text[max(0, m.start - 8):m.start])
        if w and lexicon.title_kind(w.group(1)) == "courtesy":
            m.start -= len(w.group())
            m.text = text[m.start:m.end]
            m.title = w.group(1)


# --- demonyms

def demonym_code(m: Mention, kb: KnowledgeBase) -> str | None:
    """ISO alpha-3 of the state whose demonym `m` is (the word list, or the KB entry's
    `demonyms` when the KB matched it), else None."""
    dem = gazetteer.demonym(m.text)
    if dem:
        return dem[0]
    actor = kb.get(m.kb_id)
    if actor is not None:
        dems = actor.extra.get("demonyms") or {}
        en = dems.get("en", []) if isinstance(dems, dict) else list(dems)
        if m.text in en:
            return (actor.country or actor.id.split(":")[-1]).upper()
    return None


def _demonym_words(text: str, ms: list[Mention]) -> list[Mention]:
    """Demonyms spaCy left out ("US-Turkish talks"), from the demonym list."""
    out = []
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", text):
        for s, e in ((m.start(), m.end()), (m.start(), m.start() + len(m.group().split()[0]))):
            if gazetteer.demonym(text[s:e]):
                if not any(c.start < e and s < c.end for c in ms + out):
                    out.append(Mention(s, e, text[s:e], "NORP", source="demonym"))
                break
    return out


def _demonyms(ms: list[Mention], kb: KnowledgeBase, text: str = "") -> list[Mention]:
    """A state's demonym is a mention of that state when the state is named in the article
    (the gold convention: "US-Turkish talks" mentions Turkey) or when a state noun follows it
    ("the Omani capital", `demonym_state_nouns.txt`); otherwise it only describes ("Iranian
    militias") and is dropped."""
    named: set[str] = set()
    for m in ms:
        if m.label in ("GPE", "LOC") and demonym_code(m, kb) is None:
            code = gazetteer.country_code(m.text)
            if m.kb_id and m.kb_id.startswith("country:"):
                code = m.kb_id.split(":", 1)[1].upper()
            if code:
                named.add(code)
    out = []
    for m in ms:
        code = demonym_code(m, kb)
        if code is None:
            out.append(m)
            continue
        nxt = re.match(r"[\s-]+([\w-]+)", text[m.end:m.end + 30]) if text else None
        state_noun = bool(nxt) and nxt.group(1).lower() in lexicon.demonym_state_nouns()
        if code not in named and not state_noun:
            continue
        m.label = "GPE"
        m.source = m.source if m.source == "kb" else "demonym"
        if not m.kb_id and f"country:{code}" in kb:
            m.kb_id = f"country:{code}"
        out.append(m)
    return out


# --- capitals standing for governments

# what follows a dateline's city: an agency in brackets, a dash, a colon, or ", Country (…"
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][\w ]{2,30}?\s*)?(?:\(|[—–:]|-\s|//)")


def _capital_governments(article: Article, ctx: Context, ms: list[Mention], kb: KnowledgeBase) -> None:
    """ "Washington believed ...", "Damascus agreed ...", "talks with Damascus": a capital that
    is the subject of a clause or the partner after "with" stands for its state's government,
    and so is a mention of the state (the gold convention); "in Damascus" stays the city."""
    docs = None
    for m in ms:
        if m.label != "GPE" or (m.kb_id or "").startswith("country:"):
            continue
        code = gazetteer.capital_of(m.text)
        if code is None or f"country:{code}" not in kb:
            continue
        if _DATELINE_AFTER.match(article.text, m.end) and not article.text[max(0, m.start - 1):m.start].strip():
            continue  # "DAMASCUS — …", "RIYADH, Saudi Arabia (AP) —": a dateline is the city
        if docs is None:  # paragraph ends without Doc.text, which rebuilds the string
            docs = [(off, off + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0), doc)
                    for off, doc in parsed_paragraphs(article, ctx)]
        for off, end, doc in docs:
            if off <= m.start and m.end <= end:
                span = doc.char_span(m.start - off, m.end - off)
                if span is None:
                    break
                prev = doc[span.start - 1].lower_ if span.start > 0 else ""
                if span.root.dep_ in ("nsubj", "nsubjpass") or prev == "with":
                    m.kb_id, m.source = f"country:{code}", "metonym"
                break


# --- candidates resolved by build_entities

def _title_mentions(text: str, ms: list[Mention]) -> list[Mention]:
    """ "the US envoy", "the American special envoy", "the head of the coalition",
    "the Coalition's President": a person named by role."""
    heads = lexicon.title_heads()
    alts = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    out: list[Mention] = []
    for m in re.finditer(r"\b[Tt]he[ \t]+((?:[\w.'’-]+[ \t]+){0,4}?)((?i:" + alts + r"))\b(?![ \t]+[A-Z])",
                         text):
        head = m.group(2)
        mods = m.group(1).split()
        if not all(_title_modifier(w) for w in mods):
            continue
        s, e = m.start(1), m.end(2)
        tail = re.match(r"\s+(of|to|for)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w.'’-]*)*|[a-z]+)\b",
                        text[e:e + 80])
        if tail and (tail.group(2)[0].isupper() or tail.group(2).lower() in lexicon.org_heads()):
            e += tail.end()
            for c in ms:  # the name the title introduces is not part of it
                if c.label == "PERSON" and s < c.start < e:
                    e = c.start
            e = s + len(text[s:e].rstrip(" ,"))
        if any(c.start <= s and e <= c.end for c in ms):
            continue
        out.append(Mention(s, e, text[s:e], "PERSON", source="title",
                           title=" ".join(w for w in mods if lexicon.title_kind(w)) + (" " if mods else "") + head))
    for m in re.finditer(r"\b[Tt]he[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)['’]s[ \t]+([\w-]+)\b(?![ \t]+[A-Z])", text):
        if m.group(2).lower() in heads and not any(_overlaps(Mention(m.start(1), m.end(2), "", ""), c)
                                                   for c in ms if c.label == "PERSON"):
            out.append(Mention(m.start(1), m.end(2), text[m.start(1):m.end(2)], "PERSON",
                               source="title", title=m.group(2)))
    seen: set[tuple[int, int]] = set()
    uniq = []
    for t in out:
        if (t.start, t.end) not in seen:
            seen.add((t.start, t.end))
            t.title = t.title.strip()
            uniq.append(t)
    return uniq


def _title_modifier(w: str) -> bool:
    w = w.strip(",")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return bool(lexicon.title_kind(w) or gazetteer.demonym(w) or gazetteer.country_code(w)
                or (w[:1].isupper() and w.replace(".", "").isalpha()))


def _org_refs(text: str, ms: list[Mention]) -> list[Mention]:
    """ "the Coalition", "the council": an organisation named before, by its head noun."""
    out = []
    for m in re.finditer(r"\b[Tt]he\s+([\w-]+)\b(?!\s+(?:of|for|on)\b|\s+[A-Z])", text):
        w = m.group(1)
        if w.lower() not in lexicon.org_heads():
            continue
        s, e = m.start(1), m.end(1)
        if any(_overlaps(Mention(s, e, "", ""), c) for c in ms):
            continue
        out.append(Mention(s, e, w, "ORG", source="orgref"))
    return out
