"""Titles attached to people, in English and Arabic (pure: text, sentences and entities in,
`Role`s out).

Three shapes, in both languages:
- title before the name: "the UN special envoy Hans Grundberg", "President of the Kurdish
  National Council, Mohammed Ismail", "المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري",
  "رئيس الاستخبارات المصرية، عباس كامل";
- apposition after the name: "Hans Grundberg, the UN's special envoy to Yemen", "محمد عبدالسلام رئيس الوفد المفاوض لجماعة الحوثيين";
- a plural or collective title before a list of names: "Commission members A and B",
  "الرئاسة المشتركة للمجلس المدني … غسان اليوسف وليلى الحسن": each gets the singular.

Beside those shapes, an office said in other words (data/<lang>/role_clauses.txt): "X, who
heads Y" and "X الذي يرأس Y" (head of Y), "X, who was appointed caretaker prime minister",
"the Hamas delegation, led by X" / "وفد … برئاسة X" (head of the delegation); a counterpart
("his Turkish counterpart X", "نظيره التركي X": the office of the title held earlier in the
sentence, for the other country); an office listed by country ("Foreign ministers from
Jordan, Iraq …" then "Iraq's Fuad Hussein"); and "his deputy, X".

A title is a run of title words around a head noun (data/<lang>/role_titles.txt), names of
organisations and places (the article's entities), country adjectives and short names (title_bodies.txt) and, in
English, capitalised words ("Near Eastern Affairs"); in Arabic, where there are no capitals, a
title is head-first and continues through definite ("ال") nouns and adjectives, which is how
an Arabic title is built ("وزير الدولة السعودي للشؤون الخارجية"). It stops at a verb, a
person's name or punctuation.

The organisation of a role is the entity that the title names as the person's own: an
organisation, place or country adjective before the head ("US envoy", "Coalition's President",
"Saudi Minister"); else an organisation after it ("President of the Syrian Coalition",
"رئيس الائتلاف الوطني"); else a country adjective or a place after "of" / in the Arabic
construct. A place after "to", "for", "in" is where the person works, not whom they serve
("envoy to Syria").

Arabic titles are given as worded with an English gloss beside them, word for word from the
data file: "المبعوث الأمريكي الخاص إلى سوريا (US special envoy to Syria)".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import table
from ..model import Entity, Role, Span
from ..textnorm import arabic_fold, has_arabic, norm

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_](?:[^\W_]|[\u064b-\u0652\u0640]|-(?=[^\W_]))*|['’]s?(?![^\W_])|\S")
_COMMA = {",", "،"}
_BRACKETS = set("[]()")
_APOSTROPHES = {"'", "’", "'s", "’s"}
MAX_TITLE_TOKENS = 16  # the longest titles seen in news run to a dozen words and punctuation
_PERSON = "PERSON"
_OBJECT_PREPOSITIONS = {"to"}  # "adviser to President Joe Biden"; "of" is too often part of an office
_PREPOSITIONS = {"of", "for", "to", "at", "in", "on", "with", "and", "'s", "’s"}
_ORG_TYPES = {"ORG"}
# Arabic prepositions that, standing alone right before a name, make it an object ("إلى ترامب")
_AR_QUOTES = {'"', "«", "»", "“", "”"}
_AR_OBJECT_CONNECTORS = {"الي", "إلى", "لدى", "لدي", "في", "عن"}
_PLACE_TYPES = {"GPE", "LOC", "NORP"}


@dataclass
class Token:
    start: int
    end: int
    text: str
    keys: tuple[str, ...]  # lookup forms: the word, and in Arabic the word without clitics
    prefix: str = ""  # Arabic clitic taken off ("و", "ل")
    cls: str | None = None  # head modifier domain connector honorific group demonym
    gloss: str | None = None
    singular: str | None = None  # groups: the title each member gets
    country: str | None = None  # demonyms: the country's canonical name
    entity: Entity | None = None
    etype: str | None = None
    phrase: int = -1  # index of the first token of the lexicon phrase it belongs to


# -- data ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 16)  # every token of every sentence is folded: words recur
@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """A word or phrase as the title lexicons key it (cached: the same words recur in every
    article)."""
    return re.sub(r"\s+", " ", arabic_fold(s).casefold().replace(".", "")).strip()


@functools.lru_cache(maxsize=None)
def title_words(lang: str) -> dict[str, tuple[str, str | None, str | None]]:
    """phrase → (kind, gloss, singular) from data/<lang>/role_titles.txt; the first kind
    listed for a phrase wins, except that a word both head and honorific ("Ambassador",
    "السفير") is kept as both (see `_honorific_heads`)."""
    out: dict[str, tuple[str, str | None, str | None]] = {}
    for row in table(lang, "role_titles.txt"):
        kind, phrase = row[0], _fold(row[1])
        if lang == "ar":
            gloss = row[2] if len(row) > 2 and row[2] else None
            singular = row[3] if len(row) > 3 else gloss
        else:
            gloss = row[1]
            singular = row[2] if len(row) > 2 else None
        if kind == "group" and lang == "ar" and singular and gloss and singular != gloss:
            singular = f"{singular} ({gloss})"
        out.setdefault(phrase, (kind, gloss, singular))
    return out


@functools.lru_cache(maxsize=None)
def _honorifics(lang: str) -> frozenset[str]:
    return frozenset(_fold(r[1]) for r in table(lang, "role_titles.txt") if r[0] == "honorific")


@functools.lru_cache(maxsize=None)
def _possessives(lang: str) -> frozenset[str]:
    return frozenset(_fold(r[1]) for r in table(lang, "role_titles.txt") if r[0] == "possessive")


@functools.lru_cache(maxsize=None)
def demonyms(lang: str) -> dict[str, tuple[str, str]]:
    """surface → (canonical country or body, English gloss)."""
    return {_fold(r[0]): (r[1], r[2] if len(r) > 2 else r[0]) for r in table(lang, "title_bodies.txt")}


@functools.lru_cache(maxsize=None)
def country_names() -> dict[str, frozenset[str]]:
    """canonical → every normalised name it goes by."""
    out: dict[str, frozenset[str]] = {}
    for row in table("country_names.txt"):
        names = {row[0]} | (set(row[1].split("|")) if len(row) > 1 else set())
        out[row[0]] = frozenset(norm(n) for n in names)
    return out


@functools.lru_cache(maxsize=None)
def _not_title_capitals() -> frozenset[str]:
    """Capitalised words that are never part of a title: weekdays, months."""
    words = {r[0].casefold() for r in table("en", "weekdays.txt")}
    words |= {r[0].casefold() for r in table("en", "months.txt") if len(r[0]) > 3}
    return frozenset(words)


# -- tokens ------------------------------------------------------------------------------------

def _ar_keys(word: str) -> tuple[tuple[str, str], ...]:
    """(lookup form, clitic) pairs for an Arabic word: as written, without و/ف, without a
    preposition ب/ل/ك (لل → ال)."""
    w = _fold(word)
    out = [(w, "")]
    for conj in ("و", "ف"):
        if w.startswith(conj) and len(w) > 3:
            out.append((w[1:], conj))
    for base, pre in list(out):
        if base.startswith("لل") and len(base) > 3:
            out.append(("ال" + base[2:], pre + "ل"))
        elif base[:1] in ("ب", "ل", "ك") and len(base) > 3:
            out.append((base[1:], pre + base[0]))
    return tuple(out)


def tokenize(text: str, start: int, end: int, lang: str) -> list[Token]:
    toks = []
    for m in _TOKEN.finditer(text, start, end):
        w = m.group(0)
        if lang == "ar" and has_arabic(w):
            pairs = _ar_keys(w)
            toks.append(Token(m.start(), m.end(), w, tuple(k for k, _ in pairs)))
            toks[-1].prefix = ""  # set when a key matches the lexicon
            toks[-1].__dict__["_pairs"] = pairs
        else:
            toks.append(Token(m.start(), m.end(), w, (_fold(w),)))
    return toks


@functools.lru_cache(maxsize=None)
def _lookups(lang: str) -> tuple[dict, dict, frozenset[str]]:
    """The title words, the demonyms, and every word a title phrase or demonym begins with:
    a token whose keys begin none (most tokens) cannot start a match."""
    words = title_words(lang)
    dem = {**demonyms("en"), **(demonyms("ar") if lang == "ar" else {})}
    return words, dem, frozenset(k.split(" ")[0] for k in words) | frozenset(dem)


def _may_start(t: Token, firsts: frozenset[str]) -> bool:
    keys = [k for k, _ in t.__dict__.get("_pairs") or ()] or [t.keys[0]]
    return any(k in firsts or " " in k for k in keys)


def _classify(toks: list[Token], lang: str) -> None:
    words, dem, firsts = _lookups(lang)
    i = 0
    while i < len(toks):
        matched = False
        for n in ((4, 3, 2, 1) if _may_start(toks[i], firsts) else ()):
            if i + n > len(toks):
                continue
            first = toks[i].__dict__.get("_pairs") or ((toks[i].keys[0], ""),)
            rest = [t.keys[0] for t in toks[i + 1:i + n]]
            for key0, pre in first:
                key = " ".join([key0, *rest])
                hit = words.get(key)
                if n == 1 and key in dem and (hit is None or hit[0] == "modifier"):
                    t = toks[i]
                    t.cls, t.country, t.gloss, t.prefix, t.phrase = "demonym", dem[key][0], dem[key][1], pre, i
                    matched = True
                    break
                if hit:
                    for j in range(i, i + n):
                        toks[j].cls, toks[j].gloss, toks[j].singular, toks[j].phrase = hit[0], hit[1], hit[2], i
                    toks[i].prefix = pre
                    matched = True
                    break
            if matched:
                i += n
                break
        if not matched:
            t = toks[i]
            pairs = t.__dict__.get("_pairs") or ()
            # a bare clitic-carrying Arabic word: keep the clitic for the gloss ("والعراق")
            for key, pre in pairs:
                if key.startswith("ال") and pre:
                    t.prefix = pre
                    break
            i += 1


# Mentions a recogniser adds for a title standing for a person ("the UN envoy for Yemen", then
# "Hans Grundberg"): they are the words of a title, not a name, so the title reading must see them
# as title words, and they are no name to attach a title to.
_NOT_NAMES = {"title"}


def _is_name(m) -> bool:
    return m.source not in _NOT_NAMES or m.label != _PERSON


def _attach_entities(toks: list[Token], entities: Sequence[Entity]) -> None:
    if not toks:
        return
    lo, hi = toks[0].start, toks[-1].end  # tokens are in text order
    for e in entities:
        for m in e.mentions:
            if m.end <= lo or m.start >= hi:
                continue  # touches no token of this sentence
            if not _is_name(m) or _title_words_only(toks, m):
                continue
            for t in toks:
                if t.start < m.end and m.start < t.end:
                    t.entity, t.etype = e, (e.type or "").upper()


def _title_words_only(toks: list[Token], m) -> bool:
    """A person's name made only of title words ("بعثة" taken for a name after "ورئيسة") is a
    recogniser's slip inside a title: the title reading keeps the words."""
    if m.label != _PERSON:
        return False
    inside = [t for t in toks if m.start <= t.start and t.end <= m.end]
    return bool(inside) and all(t.cls in ("head", "modifier", "domain", "group") for t in inside)


def _definite(t: Token) -> bool:
    return any(k.startswith("ال") and len(k) >= 4 for k in t.keys)


def _titleish(t: Token, lang: str, sentence_initial: bool) -> bool:
    if t.entity is not None:
        return t.etype != _PERSON
    if t.cls in ("head", "modifier", "domain", "connector", "group", "demonym", "counterpart"):
        return True
    if t.text in _APOSTROPHES or t.text in _BRACKETS:
        return True  # "رئيس المجلس … لجماعة أنصار الله (الحوثيين) مهدي المشاط"
    if lang == "ar" and t.text in _AR_QUOTES:
        return True  # "رئيس المكتب السياسي لحركة "حماس" إسماعيل هنية": a body's name quoted
    if lang == "ar" and has_arabic(t.text):
        return _definite(t)
    w = t.text
    if w[:1].isupper() and w.casefold() not in _not_title_capitals():
        return not sentence_initial
    return False


# -- the three shapes ------------------------------------------------------------------------

@dataclass
class _Found:
    person: Entity
    tokens: list[Token]
    evidence: Span
    group: bool = False


def _trim(toks: list[Token], lang: str) -> list[Token]:
    """A title opens with a head, a modifier, a country adjective or a name (English), or
    with a head or modifier (Arabic, head-first); it does not end on a function word."""
    if lang == "ar" and toks and has_arabic(toks[0].text):
        k = next((i for i, t in enumerate(toks) if t.cls in ("head", "modifier", "group")
                  and (t.cls != "modifier" or t.gloss in ("deputy", "assistant", "senior"))), None)
        toks = toks[k:] if k is not None else []
    else:
        # "at his office the UN envoy": an article not governed by a preposition opens a
        # new noun phrase, and the title is that phrase
        for n in range(len(toks) - 1, 0, -1):
            if toks[n].keys[0] in ("the", "a", "an") and toks[n - 1].keys[0] not in _PREPOSITIONS:
                toks = toks[n:]
                break
        while toks and (toks[0].cls == "connector" or toks[0].text in _APOSTROPHES):
            toks = toks[1:]
    while toks and ((toks[-1].cls == "connector" and toks[-1].entity is None) or _loose_bracket(toks, -1)):
        toks = toks[:-1]
    while toks and _loose_bracket(toks, 0):
        toks = toks[1:]
    return toks


def _loose_bracket(toks: list[Token], n: int) -> bool:
    """A bracket at an end of a title that does not close or open one inside it."""
    t = toks[n].text
    if t not in _BRACKETS:
        return False
    texts = [x.text for x in toks]
    if t in ")]":
        return n == 0 or not any(x in "([" for x in texts[:len(texts) - 1])
    return True


def _has_head(toks: list[Token]) -> bool:
    return any(_is_head(toks, n) for n in range(len(toks)))


def _is_head(toks: list[Token], n: int) -> bool:
    """Is toks[n] the head of the title? A head word inside the name of an organisation is
    not ("House of Representatives"), unless the organisation's name begins with it: a
    recogniser may take a whole title for an organisation ("Secretary-General", "المبعوث
    الأممي إلى اليمن" as the envoy's office) and the title is still the person's."""
    t = toks[n]
    if t.cls not in ("head", "group"):
        return False
    if t.entity is None:
        return True
    return t.etype != _PERSON and t.cls == "head" and (n == 0 or toks[n - 1].entity is not t.entity)


def _is_person_start(toks: list[Token], k: int) -> bool:
    """Is there a person's name at `k`, perhaps after honorifics?"""
    hon = _honorifics_any()
    while k < len(toks) and (toks[k].cls == "honorific" or toks[k].keys[0] in hon or toks[k].text == "."):
        k += 1
    return k < len(toks) and toks[k].etype == _PERSON


@functools.lru_cache(maxsize=None)
def _honorifics_any() -> frozenset[str]:
    return _honorifics("en") | _honorifics("ar")


def _before(toks: list[Token], i: int, lang: str) -> list[Token] | None:
    """The title ending just before token `i` (the first token of a name)."""
    j = i - 1
    hon = _honorifics_any()
    honorific_heads: list[int] = []
    while j >= 0 and (toks[j].keys[0] in hon or toks[j].text == "." or toks[j].text in _BRACKETS
                      or toks[j].cls == "honorific"):
        if toks[j].cls == "head":
            honorific_heads.append(j)
        j -= 1
    end = j
    if lang == "ar" and j >= 0 and toks[j].cls == "connector" and toks[j].keys[0] in _AR_OBJECT_CONNECTORS:
        return None  # "نقل ولي العهد إلى ترامب": the name after a preposition is the object, not the holder
    if j >= 0 and toks[j].text in _COMMA:
        j -= 1
        end = j
    k = j
    while k >= 0 and end - k < MAX_TITLE_TOKENS and _titleish(toks[k], lang, k == 0) and not _separator(toks, k):
        k -= 1
    title = _trim(toks[k + 1:end + 1], lang)
    if _has_head(title):
        return _own_part(title)
    if (len(title) == 1 and title[0].cls == "modifier" and title[0].start > toks[0].start
            and toks[toks.index(title[0]) - 1].keys[0] in _possessives(lang)):
        return title  # "His deputy, Stephanie Koury": a modifier with an owner is an office
    if honorific_heads:  # "U.S. Ambassador Linda Thomas-Greenfield", "السفير محي الدين سالم"
        h = max(honorific_heads)
        k = h - 1
        while k >= 0 and h - k < MAX_TITLE_TOKENS and _titleish(toks[k], lang, k == 0) and toks[k].text not in _COMMA:
            k -= 1
        title = _trim(toks[k + 1:h + 1], lang)
        # a rank word alone ("Ambassador X", "السفير X") is a courtesy, not an office
        if _has_head(title) and len(title) > 1:
            return title
    return None


def _separator(toks: list[Token], k: int) -> bool:
    """A dash standing apart, with space on both sides, separates (a dateline's "(Reuters) -",
    "Khartoum - "): a title does not run across it, unlike a joining hyphen ("UN-Arab League")."""
    t = toks[k]
    return t.text in ("-", "–", "—") and 0 < k < len(toks) - 1 and \
        toks[k - 1].end < t.start and t.end < toks[k + 1].start


def _object_split(title: list[Token]) -> int | None:
    """"senior adviser to President": the index of a "to" after which a title with its own
    head begins, when the words before it have a head too. The name after such a title is
    the object's (the President's), not the adviser's."""
    for n in range(len(title) - 2, 0, -1):
        if title[n].keys[0] in _OBJECT_PREPOSITIONS and _has_head(title[n + 1:]) and _has_head(title[:n]):
            return n
    return None


def _split_titles_ar(title: list[Token]) -> tuple[list[Token] | None, list[Token]]:
    """Two Arabic titles side by side before a name: a head with no clitic, not joined by a
    preposition, starts a second title ("الرئيس التركي | رئيس الجمهورية عبد اللطيف",
    "مستشار | الرئيس الأمريكي جو", "رئيس الوزراء القطري | وزير الخارجية محمد"). A bare rank
    word does not ("وزير الخارجية السعودي الأمير فيصل"): the second title must go on past
    its head. (first, second), or (None, title) when there is one."""
    for n in range(len(title) - 2, 0, -1):
        t, prev = title[n], title[n - 1]
        if t.cls != "head" or t.prefix or t.entity is not None or prev.phrase == t.phrase:
            continue
        if prev.cls in ("connector", "modifier"):  # "للأمين العام", "نائب رئيس الوزراء"
            continue
        return title[:n], title[n:]
    return None, title


def _titles_ar(text: str, title: list[Token], person: Entity, found: list[tuple[int, Role]]) -> list[list[Token]]:
    """Which of two side-by-side titles are the named person's. The second always is. The
    first is not when it governs the second ("مستشار الرئيس": the adviser of the president
    named) or when it is the title of someone else named earlier in the article ("التقى
    الرئيس التركي رئيس الجمهورية عبد اللطيف", the Turkish president being the visitor);
    else the person holds both ("رئيس الوزراء القطري وزير الخارجية محمد")."""
    first, second = _split_titles_ar(title)
    if first is None:
        return [title]
    if first[-1].cls == "head":
        return [second]
    worded = norm(_wording(text, first))
    if any(r.person != person.id and norm(r.title).startswith(worded) for _, r in found):
        return [second]
    return [first, second]


def _own_part(title: list[Token]) -> list[Token]:
    n = _object_split(title)
    return title[n + 1:] if n is not None else title


def _inside(toks: list[Token], i: int, j: int, person: Entity) -> list[Token] | None:
    """A title that a recogniser took into the name ("President Hadi"): head words at the
    start of the mention tokens `i:j`, with a name still after them."""
    k = i
    while k < j and toks[k].cls in ("head", "modifier", "demonym") and toks[k].entity is person:
        k += 1
    title = toks[i:k]
    return title if k < j and _has_head_word(title) else None


def _has_head_word(toks: list[Token]) -> bool:
    return any(t.cls == "head" for t in toks)


def _after(toks: list[Token], i: int, lang: str) -> list[Token] | None:
    """The title in apposition right after a name ending before token `i`."""
    k = i
    comma = k < len(toks) and toks[k].text in _COMMA
    if comma:
        k += 1
    arabic = k < len(toks) and has_arabic(toks[k].text)
    if not comma and not arabic:
        return None  # English apposition after a name is set off by a comma
    if not arabic and k < len(toks) and toks[k].keys[0] in ("a", "an"):
        k += 1  # "Hochstein, a senior adviser to …"
    start = k
    while k < len(toks) and k - start < MAX_TITLE_TOKENS and _titleish(toks[k], lang, False):
        k += 1
    title = _trim(toks[start:k], lang)
    at = toks.index(title[0]) if title else 0
    if (not arabic and len(title) == 1 and title[0].cls == "modifier" and at > 0
            and toks[at - 1].keys[0] in _possessives(lang) and (k >= len(toks) or toks[k].text in _COMMA | {".", ";"})):
        return title  # "Malik Agar, his deputy,": a modifier with an owner is an office
    if not _has_head(title):
        return None
    if arabic and title[0].cls not in ("head", "modifier", "group"):
        return None
    if not arabic:
        # the head comes before anything that is not a title word of the head's phrase
        first_head = next(n for n, t in enumerate(title) if t.cls in ("head", "group"))
        if first_head > 6:
            return None
    nxt = toks.index(title[-1]) + 1
    while nxt < len(toks) and toks[nxt].cls == "connector" and toks[nxt].entity is None:
        nxt += 1
    if nxt < len(toks) and toks[nxt].text in _COMMA:
        nxt += 1
    if _is_person_start(toks, nxt):
        owned = _possessed_end(toks, nxt)
        if owned is not None and toks[nxt - 1].text not in _COMMA:
            # "Yermak, the head of President X's office": the name owns the office, and the
            # whole phrase is Yermak's title
            return title + toks[nxt:owned]
        if _object_split(title) is not None and toks[nxt - 1].text not in _COMMA:
            # "Hochstein, a senior adviser to President Joe Biden": the name is the object's,
            # and it belongs in the adviser's title
            return title + _name_tokens(toks, nxt)
        return None  # "…, the envoy to Syria, James Jeffrey": the title is the next person's
    return title + _more_titles(toks, toks.index(title[-1]) + 1, lang)


def _more_titles(toks: list[Token], k: int, lang: str) -> list[Token]:
    """"X, Vice President, Deputy Prime Minister and Chairman of the Court": further titles of
    the same person after commas, each with a head of its own, up to one that is followed by
    a name (the next person's title) or is not a title."""
    out: list[Token] = []
    while k < len(toks) and toks[k].text in _COMMA and lang == "en":
        j = k + 1
        while j < len(toks) and j - k <= MAX_TITLE_TOKENS and _titleish(toks[j], lang, False) \
                and toks[j].text not in _COMMA:
            j += 1
        part = toks[k + 1:j]
        if not part or part[0].cls == "connector" or part[0].keys[0] in ("a", "an", "the") \
                or not _has_head(part) or _is_person_start(toks, j) or any(t.entity is not None for t in part[:1]):
            break
        out += toks[k:j]
        k = j
    return out


def _possessed_end(toks: list[Token], k: int) -> int | None:
    """"President X's office": the index after the thing a name at `k` owns (the name, "'s"
    and up to three lowercase words), or None when the name is not a possessor."""
    while k < len(toks) and (toks[k].etype != _PERSON):
        k += 1
    person = toks[k].entity if k < len(toks) else None
    while k < len(toks) and person is not None and toks[k].entity is person:
        k += 1
    if person is None or k >= len(toks) or toks[k].text not in ("'s", "’s"):
        return None
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].text[:1].islower() and toks[j].entity is None \
            and toks[j].cls not in ("connector",):
        j += 1
    return j if j > k + 1 else None


def _name_tokens(toks: list[Token], k: int) -> list[Token]:
    while k < len(toks) and toks[k].etype != _PERSON:
        k += 1
    person = toks[k].entity if k < len(toks) else None
    out = []
    while k < len(toks) and toks[k].entity is person and person is not None:
        out.append(toks[k])
        k += 1
    return out


# -- clauses: "X, who heads Y", "the Hamas delegation, led by X" ------------------------------

@functools.lru_cache(maxsize=None)
def clause_words(lang: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """kind → {folded phrase → the rest of its row} from data/<lang>/role_clauses.txt."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in table(lang, "role_clauses.txt"):
        out.setdefault(row[0], {})[_fold(row[1])] = tuple(row[2:])
    return out


def _phrase_at(toks: list[Token], k: int, phrases: dict[str, tuple[str, ...]]) -> tuple[int, tuple[str, ...]] | None:
    """The longest phrase of `phrases` starting at token k: (its length, its row)."""
    for n in (3, 2, 1):
        if k + n > len(toks):
            continue
        first = toks[k].__dict__.get("_pairs") or ((toks[k].keys[0], ""),)
        for key0, _ in first:
            key = " ".join([key0, *(t.keys[0] for t in toks[k + 1:k + n])])
            if key in phrases:
                return n, phrases[key]
    return None


@dataclass
class _Office:
    """A title said by a clause: `noun` (and its English `gloss`, Arabic) of the body `body`,
    or the title tokens themselves (`noun` None)."""
    noun: str | None
    gloss: str | None
    body: list[Token]


def _clause_after(toks: list[Token], i: int, lang: str) -> _Office | None:
    """"X, who heads the Supreme Council" (head of the Supreme Council), "X, who was appointed
    caretaker prime minister last week", "X الذي يرأس المجلس": the name ends before token i."""
    words = clause_words(lang)
    k = i + 1 if i < len(toks) and toks[i].text in _COMMA else i
    if k >= len(toks) or not _phrase_at(toks, k, words.get("relative", {})):
        return None
    k += 1
    for _ in range(3):
        m = _phrase_at(toks, k, words.get("aux", {}))
        if not m:
            break
        k += m[0]
    for kind in ("office", "appointed"):
        m = _phrase_at(toks, k, words.get(kind, {}))
        if not m:
            continue
        start = k + m[0]
        end = _body_end(toks, start, lang)
        body = _trim(toks[start:end], "en") if lang == "en" else _trim_ar_body(toks[start:end])
        if kind == "appointed":
            return _Office(None, None, body) if _has_head(body) else None
        # the object must name a body: an organisation or place, or a capitalised/defined noun
        if body and any(t.entity is not None and t.etype != _PERSON or t.cls in ("domain", "group") for t in body):
            row = m[1]
            return _Office(row[0], row[1] if len(row) > 1 else row[0], body)
    return None


def _body_end(toks: list[Token], start: int, lang: str) -> int:
    """Where the noun phrase naming a body ends: at punctuation, or where two words running
    are not title words ("Sudan's ruling Sovereignty Council", "the UN Support Mission in
    Libya | since September"); it ends on a title word."""
    end = start
    last = start
    while end < len(toks) and end - start < MAX_TITLE_TOKENS and toks[end].text not in _COMMA | {".", ";", ":", "\"", "“", "”"}:
        if _titleish(toks[end], lang, False):
            last = end + 1
        elif lang != "en" or (end + 1 < len(toks) and not _titleish(toks[end + 1], lang, False)):
            break  # Arabic has no capitals to go on: the phrase ends at the first other word
        end += 1
    return last


def _trim_ar_body(toks: list[Token]) -> list[Token]:
    while toks and (toks[-1].cls == "connector" or toks[-1].text in _BRACKETS):
        toks = toks[:-1]
    return toks


def _led_by_before(toks: list[Token], i: int, lang: str) -> _Office | None:
    """"the Hamas delegation, led by X", "وفد الحركة برئاسة X": the body before "led by" is
    headed by the person named after it (the name starts at token i, honorifics skipped)."""
    hon = _honorifics_any()
    j = i - 1
    while j >= 0 and (toks[j].keys[0] in hon or toks[j].cls == "honorific" or toks[j].text == "."):
        j -= 1
    phrases = clause_words(lang).get("led-by", {})
    for n in (1, 2, 3):
        k = j - n + 1
        if k < 0:
            continue
        m = _phrase_at(toks, k, phrases)
        if not m or m[0] != n:
            continue
        end = k - 1
        if end >= 0 and toks[end].text in _COMMA:
            end -= 1
        start = end
        while start >= 0 and end - start < MAX_TITLE_TOKENS and _titleish(toks[start], lang, start == 0):
            start -= 1
        body = toks[start + 1:end + 1]
        heads = [n for n, t in enumerate(body) if t.cls == "head"]
        if heads:  # "استقبل الوزير وفد الحركة برئاسة …": the body begins after a person's title
            body = body[heads[-1] + 1:]
        if lang == "en":
            body = _trim(body, "en")
        if body and any(t.cls == "domain" for t in body):
            row = m[1]
            return _Office(row[0], row[1] if len(row) > 1 else row[0], body)
    return None


def _body_org(body: list[Token], entities: Sequence[Entity]) -> Entity | None:
    """The organisation a body names ("the Houthis' Supreme Political Council"): the last
    organisation in it, else a country or a country adjective."""
    orgs = [t.entity for t in body if t.entity is not None and t.etype in _ORG_TYPES]
    if orgs:
        return orgs[-1]
    for t in body:
        if t.entity is not None and t.etype == "GPE":
            return t.entity
        if t.cls == "demonym":
            e = _country_entity(t.country, entities)
            if e:
                return e
    return None


def _office_role(text: str, person: Entity, office: _Office, entities: Sequence[Entity], lang: str,
                 evidence: Span) -> Role:
    if office.noun is None:
        return _role(text, person, office.body, entities, lang, evidence)
    body = _wording(text, office.body)
    if re.search(r"\bthe\s+$", text[max(0, office.body[0].start - 5):office.body[0].start], re.I):
        body = "the " + body  # "head of the Hamas delegation"
    org = _body_org(office.body, entities)
    if has_arabic(body):
        gloss = _gloss(_dedupe_tokens(office.body))
        title = f"{office.noun} {body} ({office.gloss} of {gloss})" if gloss else f"{office.noun} {body} ({office.gloss})"
    else:
        title = f"{office.noun} of {body}"
    return Role(person=person.id, title=title, org=org.id if org else None, evidence=evidence)


# -- counterparts: "met his Turkish counterpart Hakan Fidan" -----------------------------------

def _counterpart_before(toks: list[Token], i: int, lang: str) -> list[Token] | None:
    """The words "his Turkish counterpart" / "نظيره التركي" right before a name at token i:
    the tokens that say whose (a country adjective or a place), or [] when none do; None
    when there is no counterpart word."""
    j = i - 1
    hon = _honorifics_any()
    while j >= 0 and (toks[j].keys[0] in hon or toks[j].cls == "honorific" or toks[j].text in _COMMA):
        j -= 1
    k = j
    while k >= 0 and j - k < 4 and (_titleish(toks[k], lang, False) or toks[k].keys[0] in _possessives(lang)):
        k -= 1
    run = toks[k + 1:j + 1]
    if not any(t.cls == "counterpart" for t in run):
        return None
    return [t for t in run if t.cls == "demonym" or (t.entity is not None and t.etype == "GPE")]


def _counterpart_role(text: str, person: Entity, whose: list[Token], base: list[Token] | str,
                      entities: Sequence[Entity], lang: str, evidence: Span) -> Role | None:
    """The office of `base` (an earlier title in the sentence, or a group's singular such as
    "foreign minister") held for the country `whose` names."""
    if not whose:
        return None
    org = whose[0].entity if whose[0].entity is not None and whose[0].cls != "demonym" else _country_entity(whose[0].country, entities)
    country = " ".join(t.text for t in whose)
    if isinstance(base, str):
        title = f"{base} {country}" if lang == "ar" and has_arabic(base) else f"{country} {base}"
        return Role(person=person.id, title=title, org=org.id if org else None, evidence=evidence)
    kept = [t for t in base if t.cls != "demonym" and not (t.entity is not None and t.etype in ("GPE", "NORP"))]
    kept = [t for t in kept if t.text not in _APOSTROPHES]
    if not _has_head(kept):
        return None
    words = " ".join(_wording(text, [t]) for t in kept)
    if lang == "ar" and has_arabic(words):
        gloss = _gloss(_dedupe_tokens(kept + whose))
        title = f"{words} {country}" + (f" ({gloss})" if gloss else "")
    else:
        title = f"{country} {words}"
    return Role(person=person.id, title=title, org=org.id if org else None, evidence=evidence)


def _bare_counterpart(text: str, toks: list[Token], i: int, person: Entity, whose: list[Token],
                      entities: Sequence[Entity], evidence: Span) -> Role | None:
    """Arabic "نظيره التركي X" where no office is named before: the role is the counterpart
    itself, worded as written, for the country of the adjective."""
    run = [t for t in toks[:i] if t.cls == "counterpart"]
    if not run:
        return None
    first = run[-1]
    words = toks[toks.index(first):toks.index(whose[-1]) + 1]
    org = whose[0].entity if whose[0].entity is not None and whose[0].cls != "demonym" else _country_entity(whose[0].country, entities)
    gloss = " ".join(g for g in ((t.gloss if t.cls == "demonym" else None) for t in whose) if g)
    wording = re.sub(r"\s+", " ", text[first.start:words[-1].end])
    return Role(person=person.id, title=f"{wording} ({gloss} counterpart)".replace("( ", "("),
                org=org.id if org else None, evidence=evidence)


def _earlier_office(toks: list[Token], i: int, lang: str) -> str | None:
    """"Foreign ministers from Jordan … met their Syrian counterpart X": with no earlier title
    held by someone, the office a plural title before the counterpart names (its singular)."""
    for t in reversed(toks[:i]):
        if t.cls == "group" and t.entity is None and t.singular:
            return t.singular
    return None


def _member_by_adjective(toks: list[Token], i: int, person: Entity, entities: Sequence[Entity],
                         evidence: Span) -> Role | None:
    """Arabic: a member of a plural title named by a country adjective before the name ("وزراء
    خارجية الدول الضامنة، الروسي سيرغي لافروف والتركي هاكان فيدان"، "رؤساء أركان جيوش
    المنطقة، الأردني X والمصري Y"): the singular office, for the adjective's country."""
    j = i - 1
    hon = _honorifics_any()
    while j >= 0 and (toks[j].keys[0] in hon or toks[j].cls == "honorific"):
        j -= 1
    if j < 1 or toks[j].cls != "demonym" or not (toks[j - 1].text in _COMMA or toks[j].prefix == "و"):
        return None
    group = next((t for t in reversed(toks[:j]) if t.cls == "group" and t.entity is None and t.singular), None)
    if group is None:
        return None
    dem = toks[j]
    singular, _, gloss = group.singular.partition(" (")
    country = _country_entity(dem.country, entities)
    adjective = dem.text[len(dem.prefix):] if dem.prefix and dem.text.startswith(dem.prefix) else dem.text
    english = f"{dem.gloss} {gloss.rstrip(')')}".strip() if gloss else dem.gloss
    return Role(person=person.id, title=f"{singular} {adjective} ({english})",
                org=country.id if country else None, evidence=evidence)


# -- offices held country by country: "Foreign ministers from Jordan, Iraq and Egypt …" ---------

OFFICES_REACH = 3  # sentences after the plural title within which "Iraq's Fuad Hussein" is read by it


def _offices_by_country(toks: list[Token]) -> dict[str, str]:
    """"Foreign ministers from Jordan, Saudi Arabia, Iraq and Egypt": country entity id → the
    office each holds ("foreign minister"), from a plural title followed by a list of places."""
    out: dict[str, str] = {}
    for n, t in enumerate(toks):
        if t.cls != "group" or t.entity is not None or not t.singular or (n and toks[n - 1].phrase == t.phrase):
            continue
        office = t.singular
        b = n - 1
        while b >= 0 and toks[b].cls in ("domain", "modifier") and toks[b].entity is None:
            b -= 1
        if b + 1 < n:  # "Defence ministers": the office is "defence minister"
            office = " ".join(x.text.lower() for x in toks[b + 1:n]) + " " + office
        k = n + 1
        while k < len(toks) and toks[k].phrase == t.phrase:
            k += 1
        if k < len(toks) and toks[k].keys[0] in ("from", "of"):
            k += 1
        while k < len(toks):
            e = toks[k]
            if e.entity is not None and e.etype == "GPE":
                out.setdefault(e.entity.id, office)
            elif not (e.text in _COMMA or e.keys[0] in ("and", "the") or (e.entity is not None and e.etype == "GPE")):
                break
            k += 1
    return out


def _country_office(toks: list[Token], i: int, offices: dict[str, str]) -> tuple[str, Entity] | None:
    """"Iraq's Fuad Hussein" where Iraq is in `offices`: (the office, the country)."""
    if i < 2 or toks[i - 1].text not in _APOSTROPHES:
        return None
    c = toks[i - 2]
    if c.entity is not None and c.etype == "GPE" and c.entity.id in offices:
        return offices[c.entity.id], c.entity
    return None


# -- organisation and wording ----------------------------------------------------------------

def _country_entity(canonical: str, entities: Sequence[Entity]) -> Entity | None:
    names = country_names().get(canonical, frozenset({norm(canonical)}))
    for e in entities:
        if (e.type or "").upper() not in ("GPE", "ORG", "NORP", "LOC"):
            continue
        forms = {norm(e.name)} | {norm(a) for a in e.aliases}
        if forms & names:
            return e
    return None


def _org(title: list[Token], entities: Sequence[Entity], lang: str) -> Entity | None:
    org = _org_named(title, entities, lang)
    if org is not None and (org.type or "").upper() in _ORG_TYPES:
        # "رئيس مجلس النواب اللبناني": a body named only by common words and a country
        # adjective is that country's; the recogniser's entity for it names no one body
        words = [t for t in title if t.entity is org]
        if words and all(t.cls for t in words):
            dem = next((t for t in words if t.cls == "demonym"), None)
            country = _country_entity(dem.country, entities) if dem else None
            if country is not None:
                return country
    return org


def _org_named(title: list[Token], entities: Sequence[Entity], lang: str) -> Entity | None:
    h = next((n for n in range(len(title)) if _is_head(title, n)), 0)
    before, after = title[:h], title[h + 1:]
    for t in before:  # "US envoy", "Coalition's President", "Saudi Minister"
        if t.entity is not None and t.etype in _ORG_TYPES | {"GPE"}:
            return t.entity
        if t.cls == "demonym":
            e = _country_entity(t.country, entities)
            if e:
                return e
    for t in after:  # "President of the Syrian Coalition", "رئيس الائتلاف الوطني"
        if t.entity is not None and t.etype in _ORG_TYPES:
            return t.entity
    for n, t in enumerate(after):  # "وزير الخارجية الأمريكي", "commander of the US armies"
        if t.cls == "demonym" and (lang == "ar" or _after_of(after, n)):
            e = _country_entity(t.country, entities)
            if e:
                return e
        if t.entity is not None and t.etype == "GPE" and (_after_of(after, n) or _construct(after, n, lang)):
            return t.entity
    return None


def _construct(toks: list[Token], n: int, lang: str) -> bool:
    """"وزير خارجية الأردن": in Arabic a country straight after the head's phrase, with no
    preposition before it ("إلى اليمن", "لليمن"), is the owner of the office."""
    if lang != "ar" or toks[n].prefix:
        return False
    return n == 0 or (toks[n - 1].cls != "connector" and toks[n - 1].entity is not toks[n].entity
                      and all(t.cls in ("head", "domain", "modifier") for t in toks[:n]))


def _after_of(toks: list[Token], n: int) -> bool:
    """Is toks[n] governed by "of" ("President of Syria", "of the US armies")?"""
    for t in reversed(toks[:n]):
        if t.cls == "connector" and t.keys[0] in ("the",):
            continue
        return t.keys[0] == "of"
    return False


def _gloss(title: list[Token]) -> str:
    """English words for an Arabic title, head moved after its adjectives."""
    words: list[str] = []
    seen: set[str] = set()
    pending_head: str | None = None
    head_done = False
    for t in title:
        g = None
        if t.entity is not None and _entity_glosses(t):
            if t.entity.id in seen:
                continue
            seen.add(t.entity.id)
            g = t.entity.name
        elif t.cls and t.gloss:
            # an entity with no English name yet, or the person's own name taking in the
            # title ("الرئيس الفلسطيني محمود عباس"): the title words say it in English
            g = t.gloss
        if g is None:
            continue
        if "و" in t.prefix and words:
            g = "and " + g
        if t.cls in ("head", "group") and not head_done:
            pending_head, head_done = g, True
            continue
        if pending_head and t.cls in ("modifier", "demonym"):
            words.append(g)  # "المبعوث الأمريكي الخاص": US special envoy
            continue
        if pending_head:
            words.append(pending_head)
            pending_head = None
        words.append(g)
    if pending_head:
        words.append(pending_head)
    return " ".join(words)


def _entity_glosses(t: Token) -> bool:
    """Does an entity's name give the English of token `t`? Not the person's own name, not an
    Arabic name, and not a lexicon phrase headed by a title ("رئيس مجلس الوزراء")."""
    return (t.etype != _PERSON and not has_arabic(t.entity.name)
            and not (t.cls == "head" and t.phrase >= 0))


def _wording(text: str, title: list[Token]) -> str:
    start = title[0].start + len(title[0].prefix if title[0].cls else "")
    out = re.sub(r"\s+", " ", text[start:title[-1].end]).strip()
    if out.count("(") > out.count(")"):
        out += ")"  # the bracket closed just before the name: "… أنصار الله (الحوثيين) مهدي"
    return out


def _dedupe_tokens(title: list[Token]) -> list[Token]:
    """Tokens of one lexicon phrase share a gloss; keep it once."""
    out, seen = [], set()
    for t in title:
        if t.cls and t.phrase >= 0 and (t.entity is None or not _entity_glosses(t)):
            if t.phrase in seen:
                t2 = Token(t.start, t.end, t.text, t.keys)  # same span, no gloss
                t2.entity = None
                out.append(t2)
                continue
            seen.add(t.phrase)
        out.append(t)
    return out


def _role(text: str, person: Entity, title: list[Token], entities: Sequence[Entity], lang: str,
          evidence: Span, owner: Entity | None = None) -> Role:
    group = next((t for t in title if t.cls == "group" and t.entity is None), None)
    org = _org(title, entities, lang) or owner
    if group is not None and group.singular:
        wording = group.singular
    else:
        wording = _wording(text, title)
        if has_arabic(wording):
            gloss = _gloss(_dedupe_tokens(title))
            if gloss:
                wording = f"{wording} ({gloss})"
    return Role(person=person.id, title=wording, org=org.id if org else None, evidence=evidence)


# -- the whole ----------------------------------------------------------------------------------

def _mentions_in(entities: Sequence[Entity], start: int, end: int, toks: list[Token] = ()):
    for e in entities:
        if (e.type or "").upper() != _PERSON:
            continue
        for m in e.mentions:
            if start <= m.start and m.end <= end and _is_name(m) and not _title_words_only(list(toks), m):
                yield m.start, m.end, e


_LIST_JOIN = re.compile(r"^\s*(?:[,،]\s*)?(?:(?:and|و)\s*)?$", re.I)


def find_roles(text: str, sentence_spans: Sequence[Span], entities: Sequence[Entity], lang: str) -> list[Role]:
    """Every (person, title) the text states, one per person and head noun (the fullest
    wording wins), in text order."""
    lang = "ar" if (lang or "").startswith("ar") else "en"
    spans = list(sentence_spans) or [Span(0, len(text))]
    found: list[tuple[int, Role]] = []
    offices: list[tuple[int, dict[str, str]]] = []  # (sentence index, country → office)
    for si, s in enumerate(spans):
        toks = tokenize(text, s.start, s.end, lang)
        _classify(toks, lang)
        _attach_entities(toks, entities)
        here = _offices_by_country(toks)
        if here:
            offices.append((si, here))
        by_country: dict[str, str] = {}
        for k, table_ in offices:
            if si - k <= OFFICES_REACH:
                by_country.update(table_)
        names = sorted(_mentions_in(entities, s.start, s.end, toks), key=lambda x: x[0])
        carried: tuple[list[Token], int] | None = None  # a group title over a list of names
        held: list[tuple[Entity, list[Token]]] = []  # titles found so far in the sentence
        prev_end = None
        for m_start, m_end, person in names:
            i = next((n for n, t in enumerate(toks) if t.end > m_start), len(toks))
            after_i = next((n for n, t in enumerate(toks) if t.start >= m_end), len(toks))
            evidence = Span(s.start, s.end)
            listed = prev_end is not None and _LIST_JOIN.match(text[prev_end:m_start])
            if carried and listed:
                found.append((m_start, _role(text, person, carried[0], entities, lang, evidence)))
                prev_end = m_end
                continue
            carried = None
            title = _before(toks, i, lang)
            if title and after_i < len(toks) and toks[after_i].text in ("'s", "’s"):
                title = _possessor_title(title)
            if title:
                owner = _owner_after(toks, after_i)
                parts = _titles_ar(text, title, person, found) if lang == "ar" else [title]
                if len(parts) > 1:
                    # "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد": offices stacked at one
                    # naming are worded as one role, as the annotations have them ("Crown
                    # Prince and Prime Minister")
                    parts = [parts[0] + parts[1]]
                for part in parts:
                    found.append((m_start, _role(text, person, part, entities, lang, evidence, owner)))
                held.append((person, title))
                if any(t.cls == "group" and t.entity is None for t in title):
                    carried = (title, m_end)
            elif (office := _country_office(toks, i, by_country)) is not None:
                # "Foreign ministers from Jordan … met. … hosted by Jordan's Ayman Safadi"
                found.append((m_start, Role(person=person.id, title=office[0], org=office[1].id, evidence=evidence)))
            else:
                whose = _counterpart_before(toks, i, lang)
                if whose is not None:
                    base = next((t for p, t in reversed(held) if p is not person), None) or _earlier_office(toks, i, lang)
                    r = _counterpart_role(text, person, whose, base, entities, lang, evidence) if base else None
                    if r is None and lang == "ar" and whose:
                        # "يلتقي نظيره التركي هاكان فيدان" with no office named in the sentence:
                        # the counterpart of the country its adjective names
                        r = _bare_counterpart(text, toks, i, person, whose, entities, evidence)
                    if r:
                        found.append((m_start, r))
                elif lang == "ar" and (r := _member_by_adjective(toks, i, person, entities, evidence)) is not None:
                    found.append((m_start, r))
            # "President Hadi" recognised as one name; but after a title ("Saudi Foreign
            # Minister Prince Faisal") a rank word inside the name is a courtesy, as between
            # a title and a name (`_before`)
            title = None if title else _inside(toks, i, after_i, person)
            if title:
                found.append((m_start, _role(text, person, title, entities, lang, evidence)))
            title = _after(toks, after_i, lang)
            if title:
                found.append((m_start, _role(text, person, title, entities, lang, evidence)))
                held.append((person, title))
            for office in (_clause_after(toks, after_i, lang), _led_by_before(toks, i, lang)):
                if office:
                    found.append((m_start, _office_role(text, person, office, entities, lang, evidence)))
            prev_end = m_end
    return _one_per_head(found)


def _possessor_title(title: list[Token]) -> list[Token] | None:
    """"the head of President X's office": a name that owns something is not the holder of
    the words before "of"/"to"; only the title after the last of them is its own."""
    for n in range(len(title) - 1, -1, -1):
        if title[n].keys[0] in ("of", "to"):
            rest = title[n + 1:]
            return rest if _has_head(rest) else None
    return title


def _owner_after(toks: list[Token], k: int) -> Entity | None:
    """"Foreign Minister Kemal Oz of Turkey": a country or organisation after "of" right
    after the name owns the title before it."""
    if k + 1 < len(toks) and toks[k].keys[0] == "of":
        t = toks[k + 2] if toks[k + 1].keys[0] == "the" and k + 2 < len(toks) else toks[k + 1]
        if t.entity is not None and t.etype in _ORG_TYPES | {"GPE"}:
            return t.entity
    return None


def _bare_arabic_title(r: Role) -> bool:
    """An Arabic title of one word ("الرئيس (president)"): at a naming that also gives a
    fuller title ("فخامة الرئيس أحمد الشرع رئيس الجمهورية العربية السورية") it is the
    courtesy before the name, not a second office."""
    worded = r.title.split(" (")[0]
    return has_arabic(worded) and len(worded.split()) == 1


def _one_per_head(found: list[tuple[int, Role]]) -> list[Role]:
    """A person named twice with the same office ("the US envoy", later "the US special envoy
    to Syria") keeps the fullest wording; different offices are different roles."""
    heads = {k for k, v in title_words("en").items() if v[0] in ("head", "group") and " " not in k}
    kept: list[tuple[int, Role, frozenset[str]]] = []
    for pos, r in sorted(found, key=lambda x: x[0]):
        toks = frozenset(norm(r.title).split())
        dup = None
        for n, (kpos, k, ktoks) in enumerate(kept):
            # two titles at one naming ("رئيس الوزراء القطري وزير الخارجية X") are two offices
            # even when their heads share a word; at two namings a shared head is one office
            if k.person == r.person and (toks <= ktoks or ktoks <= toks or (kpos != pos and toks & ktoks & heads)
                                         or (kpos == pos and _bare_arabic_title(r) != _bare_arabic_title(k))):
                dup = n
                break
        if dup is None:
            kept.append((pos, r, toks))
        elif len(toks) > len(kept[dup][2]):
            kept[dup] = (kept[dup][0], r, toks)
    return [r for _, r, _ in kept]
