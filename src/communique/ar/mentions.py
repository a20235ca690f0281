"""Arabic mentions from data: knowledge-base aliases, numbered resolutions and named
instruments/conferences, organisation and facility head words with their complements,
gazetteer places behind a cue, and people (title cues, the given-name index), then every
later surname-only or misspelt repetition of a person found.

`find_mentions(article, ctx)` is pure; `match_tokens(text, kb)` does the work on a string."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import JaroWinkler

from ..kb.base import KnowledgeBase, load_default_kb
from ..lexicon import entries, table
from ..model import Article, Mention
from ..textnorm import AR_DIGITS, arabic_fold
from .gazetteer import places
from .institutions import country_forms
from .names import name_index
from .tokens import Token, folded_phrases, folded_set, gap, gap_has_break, strip_article, tokenize

# A one-word city after a bare preposition ("في جنيف") must be at least this large: the
# villages that share a word with common nouns are all far smaller.
CUED_CITY = 100_000
MAX_NAME = 4  # name parts in one person's name (particles merged: عبد الرحمن is one part)
MAX_COMPLEMENT = 8  # words between a title cue and the name it introduces
MAX_ORG = 8  # words an organisation's name runs over after its head
PARTICLES = {"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "ام", "دي", "دو", "فان", "فون", "دا", "لا"}
SUFFIX_PARTICLES = {"الدين", "الله"}  # سيف الدين، عبد الله: one name part with the word before


@dataclass
class Cand:
    i: int  # first token
    j: int  # one past the last token
    label: str
    source: str
    prio: int  # lower wins a tie between spans of one length
    clip: int = 0  # proclitic characters of token i left out of the span
    kb_id: str | None = None
    name: str | None = None  # an English name when the source knows one
    title: str | None = None  # the title cue before a person's name ("المبعوث")
    full_title: str | None = None  # the cue with its complements ("المبعوث الأممي إلى اليمن")
    text: str | None = None  # the bare form when it differs from the slice (لل + word)
    template: str | None = None  # English name pattern for head + one proper part ("{} Strip")
    part: tuple[int, int] | None = None  # tokens of that proper part
    absorbed: list = field(default_factory=list)  # places it swallowed (قطاع غزة holds غزة)


# ---------------------------------------------------------------- phrase tables


class PhraseTable:
    """Folded word tuples → payload, looked up from a token with clitics stripped."""

    def __init__(self, items: Iterable[tuple[tuple[str, ...], object]]):
        self.first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for key, payload in items:
            if key:
                self.first.setdefault(key[0], []).append((key, payload))
        for v in self.first.values():
            v.sort(key=lambda kp: -len(kp[0]))

    def match(self, toks: list[Token], i: int, text: str, bare_only: bool = False):
        """Longest (n_tokens, clip, key, payload) starting at token i, or None."""
        best = None
        reads = list(toks[i].readings[:1] if bare_only else toks[i].readings)
        short = None
        if not bare_only and len(toks[i].fold) == 3 and toks[i].fold[0] in "وفب":
            # و + a two-letter first word of a longer name ("وأم درمان"): the tokenizer keeps
            # stems of three letters, so the clitic is taken off here, for phrases only
            short = (1, toks[i].fold[1:])
            reads.append(short)
        for clip, stem in reads:
            for key, payload in self.first.get(stem, ()):
                n = len(key)
                if i + n > len(toks) or (n == 1 and (clip, stem) == short):
                    continue
                if n > 1 and (toks[i + 1].fold != key[1] or any(toks[i + k].fold != key[k] for k in range(2, n))):
                    continue
                # every word agrees: a name, unless a break stands between two of its words
                # (a quote may: حكومة «الوحدة الوطنية», see _quoted_tail)
                if all(not gap_has_break(text, toks[i + k - 1], toks[i + k]) for k in range(1, n)) \
                        or _quoted_tail(toks, i, n, key, text):
                    if best is None or n > best[0]:
                        best = (n, clip, key, payload)
                    break
        return best


_OPEN_QUOTE = {"«": "»", '"': '"', "“": "”"}
# An operation's quoted name has one to four words ("نبع السلام", "السيوف الحديدية"); a longer
# quotation after the head is speech.
QUOTED_NAME_MAX = 4


@functools.lru_cache(maxsize=1)
def _quoted_heads() -> dict[str, tuple[str, str]]:
    """Folded head word → (type, English template) from quoted_name_heads.tsv."""
    return {arabic_fold(r[0]): (r[1], r[2]) for r in table("ar", "quoted_name_heads.tsv") if len(r) > 2}


@functools.lru_cache(maxsize=1)
def _sole_modifiers() -> frozenset[str]:
    return folded_set("sole_modifiers.txt")


@functools.lru_cache(maxsize=1)
def _portfolio_conjuncts() -> frozenset[str]:
    return folded_set("portfolio_conjuncts.txt")


@functools.lru_cache(maxsize=1)
def _quote_heads() -> frozenset[str]:
    """First words of organisation heads, with and without the article (حكومة، الحكومة)."""
    out = set()
    for key in folded_phrases("org_heads.txt"):
        out.add(key[0])
        out.add(key[0][2:] if key[0].startswith("ال") else "ال" + key[0])
    return frozenset(out)


def _quoted_tail(toks: list[Token], i: int, n: int, key: tuple[str, ...], text: str) -> bool:
    """A known name whose head stands outside quotes and the rest inside: حكومة «الوحدة
    الوطنية»، حركة "أمل"، تنظيم "الدولة" (the press quotes the distinctive part). The quote
    opens after one word and closes right after the name's last word, nothing else between.
    The word outside must be an organisation head (org_heads.txt): "منصة «إكس»" quotes a
    brand, not part of a name."""
    if i + n > len(toks) or any(toks[i + k].fold != key[k] for k in range(1, n)):
        return False
    if not any(stem in _quote_heads() for _c, stem in toks[i].readings):
        return False
    opened = None
    for k in range(1, n):
        g = text[toks[i + k - 1].end:toks[i + k].start].strip()
        if g in _OPEN_QUOTE and opened is None:
            opened = g
        elif g:
            return False
    if opened is None:
        return False
    end = toks[i + n - 1].end
    return text[end:end + 2].strip()[:1] == _OPEN_QUOTE[opened]


# Endings of common Arabic words that an unattested word joining a name should not have: the
# accusative tanween (رئيساً، اتصالاً) and the feminine plural (تحيات) do not end an unlisted
# name; ta marbuta (جلسة) ends nouns far more often than surnames, except after a given name,
# where an unlisted family name may well end so ("محمد تكالة"). An attested name part with these
# endings (فاطمة، بركات) is found as known first.
_TANWEEN = ("اً", "ًا", "ً", "ات", "ية")  # and the nisba adjective: "عاصمة عربية", "جماعة إرهابية"
_NOUN_ENDINGS = ("ة",)


@functools.lru_cache(maxsize=None)
def _homographs() -> dict[str, str]:
    """Vocalised spellings that tell apart names written alike (homographs.tsv)."""
    return {row[0]: row[1] for row in table("ar", "homographs.tsv") if len(row) > 1}


def _homograph(written: str) -> str | None:
    """The knowledge-base id a vocalised spelling settles, or None (unvocalised, or unlisted)."""
    return _homographs().get(written.replace("\u0640", "")) if re.search("[\u064b-\u0652]", written) else None


def _common_shape(written: str, after_given: bool = False) -> bool:
    w = re.sub("[\u064c-\u0652\u0640]", "", written)  # marks off, the accusative tanween kept
    if len(w) <= 3:
        return False
    return w.endswith(_TANWEEN) or (not after_given and w.endswith(_NOUN_ENDINGS))


def _foreign_looking(fold: str, written: str) -> bool:
    """A word shaped like a foreign surname in Arabic script (بايدن، ماكرون، غروندبرغ): five
    letters or more with a long vowel letter inside, no feminine ة at the end, and not of an
    Arabic noun pattern (`noun_patterns.txt`: تصريف is تفعيل). Arabic nouns and verbs of
    that length are mostly written without inner long vowels (برفع، بعثة، استقبل)."""
    if len(fold) < 5 or written.endswith("ة") or not any(ch in "اوي" for ch in fold[1:-1]):
        return False
    return not any(_fits(fold, p) for p in _noun_patterns())


_ROOT = frozenset("فعل")


@functools.lru_cache(maxsize=1)
def _noun_patterns() -> tuple[str, ...]:
    return tuple(arabic_fold(p) for p in entries("ar", "noun_patterns.txt"))


def _fits(word: str, pattern: str) -> bool:
    """`word` has the shape of `pattern` (ف ع ل any letter, the others as written)."""
    return len(word) == len(pattern) and all(p in _ROOT or p == w for w, p in zip(word, pattern))


@functools.lru_cache(maxsize=1)
def _title_idioms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(folded title word, folded body words) pairs that make one office."""
    return tuple((arabic_fold(r[0]), tuple(arabic_fold(r[1]).split())) for r in table("ar", "title_idioms.tsv") if len(r) > 1)


@functools.lru_cache(maxsize=1)
def _head_adjectives() -> dict[str, str]:
    """Folded adjective closing a facility's name → its English word."""
    return {arabic_fold(r[0]): r[1] for r in table("ar", "head_adjectives.tsv") if len(r) > 1}


@functools.lru_cache(maxsize=1)
def _agency_credits() -> dict[str, str]:
    """Folded agency short name → knowledge-base id."""
    return {" ".join(arabic_fold(w) for w in r[0].split()): r[1]
            for r in table("ar", "agency_credits.tsv") if len(r) > 1}


@functools.lru_cache(maxsize=1)
def _portfolios() -> dict[str, str]:
    """Folded portfolio word with its article (الخارجية) → English ministry name."""
    return {arabic_fold(r[0]): r[1] for r in table("ar", "ministry_short_forms.tsv") if len(r) > 1}


@functools.lru_cache(maxsize=None)
def _first_column(name: str) -> frozenset[str]:
    """A table data file's first column, folded."""
    return frozenset(arabic_fold(r[0]) for r in table("ar", name))


@functools.lru_cache(maxsize=None)
def _words(s: str) -> tuple[str, ...]:
    return tuple(t.fold for t in tokenize(s))


# Two folded words are one name spelt two ways at this Jaro-Winkler similarity (جيمس/جميس
# 0.93, وليم/وليام 0.91); distinct given names of one length (حسن/حسين) stay below.
SIMILAR_NAME = 0.9


def _similar_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and JaroWinkler.similarity(a, b) >= SIMILAR_NAME)


def _joined_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name whose first word is a joinable prefix is also written without the space."""
    out = [key]
    if len(key) >= 2 and key[0] in folded_set("joinable_prefixes.txt"):
        out.append((key[0] + key[1], *key[2:]))
    return out


# Countries whose people's names are Arabic (Arab League members): their names are written
# one way. A foreign name's hard g is written غ in the Levant and the Gulf and ج in Egypt and
# Sudan (غروندبرغ/جروندبرج، غوتيريش/جوتيريش): both are indexed.
_ARAB_STATES = frozenset("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split())


def _g_variants(actor, key: tuple[str, ...]) -> list[tuple[str, ...]]:
    if actor is None or actor.type != "PERSON" or not actor.country or actor.country in _ARAB_STATES:
        return []
    if not any("غ" in w for w in key):
        return []
    return [tuple(w.replace("غ", "ج") for w in key)]


def kb_table(kb: KnowledgeBase) -> PhraseTable:
    items = []
    for alias, aid in kb.aliases("ar"):
        for k in _joined_variants(_words(alias)):
            items.append((k, aid))
            for v in _g_variants(kb.get(aid), k):
                items.append((v, aid))
    return PhraseTable(items)


@functools.lru_cache(maxsize=1)
def place_table() -> PhraseTable:
    items = []
    for key, place in places().items():
        for k in _joined_variants(key):
            items.append((k, place))
    return PhraseTable(items)


@functools.lru_cache(maxsize=None)
def cue_table(name: str, toggle_article: bool = True) -> PhraseTable:
    """A cue list, each entry also with the article added or dropped (مجلس/المجلس), so
    "للمجلس" (لل + المجلس) and "ومجلس" match one line."""
    items = []
    for key, payload in folded_phrases(name).items():
        items.append((key, payload))
        if not toggle_article:
            continue
        head = key[0]
        other = head[2:] if head.startswith("ال") and len(head) > 4 else "ال" + head
        items.append(((other, *key[1:]), payload))
    return PhraseTable(items)


_ADJ_CACHE: list = [None, {}]  # [the knowledge base, its adjectives]


def _country_adjectives(kb) -> dict[str, str | None]:
    """Folded Arabic country adjective (العراقي، العراقية) → the country's ISO3."""
    if kb is None:
        return {}
    if _ADJ_CACHE[0] is not kb:  # one knowledge base at a time is the common case
        _ADJ_CACHE[:] = [kb, {k: iso for k, (_en, iso, adj) in country_forms(kb).items()
                              if adj and " " not in k and k.startswith("ال")}]
    return _ADJ_CACHE[1]


# ---------------------------------------------------------------- the recogniser


class Recogniser:
    def __init__(self, text: str, kb: KnowledgeBase | None, kb_phrases: PhraseTable | None = None):
        self.text = text
        self.toks = tokenize(text)
        self.kb = kb
        self.kbt = kb_phrases if kb_phrases is not None else (kb_table(kb) if kb else PhraseTable(()))
        self.names = name_index()
        self.stop = folded_set("stopwords.txt")
        cues = folded_phrases("place_cues.txt")
        self.place_cues = frozenset(k[0] for k in cues)
        self.strong_cues = frozenset(k[0] for k, v in cues.items() if "weak" not in v)
        self.complements = folded_set("complements.txt")
        self.title_complements = folded_set("title_complements.txt")
        self.ambiguous = folded_set("ambiguous_given.txt")
        self.org_adjectives = folded_set("org_adjectives.txt")
        self.collisions = _first_column("place_collisions.txt")
        self.generic = folded_set("generic_modifiers.txt")
        self.time_words = _first_column("time_units.txt")
        self.resolution_heads = folded_set("resolution_heads.txt")
        self.backref_heads = folded_set("backref_heads.txt")
        self.titles = cue_table("titles.txt", toggle_article=False)
        self.heads = cue_table("org_heads.txt")
        self.instr = cue_table("instrument_heads.txt")
        self.country_adj = _country_adjectives(kb)
        self.cands: list[Cand] = []
        self.taken: dict[int, Cand] = {}  # token index → accepted candidate
        # Names inside a longer mention that writers also use alone: the number of a
        # resolution, the code name of an accord (مينسك-2), the group in "جماعة الحوثيين".
        # They become extra mentions of the same entity, and their later bare uses echo.
        self.inner: list[Cand] = []

    # --- helpers
    def is_stop(self, t: Token) -> bool:
        """A function word, bare or behind a proclitic (وإن، بضرورة)."""
        if t.fold in self.stop or (t.fold[:1] in ("و", "ف", "ب", "ل", "ك") and t.fold[1:] in self.stop):
            return True
        return any(s in self.stop and (clip == 1 or len(s) >= 3) for clip, s in t.readings[1:])

    def has_article(self, t: Token) -> bool:
        return any(s.startswith("ال") for s in t.stems)

    def is_cue(self, i: int) -> bool:
        return any(tab.match(self.toks, i, self.text) for tab in (self.titles, self.heads, self.instr))

    def broken(self, a: int, b: int) -> bool:
        return gap_has_break(self.text, self.toks[a], self.toks[b])

    def accept(self, c: Cand, absorb: bool = False) -> bool:
        """Take the tokens of `c` unless another candidate holds one; with `absorb`, places
        wholly inside `c` give way (المجلس المدني في إقليم دير الزور holds a place)."""
        held = {id(self.taken[k]): self.taken[k] for k in range(c.i, c.j) if k in self.taken}
        if held and not (absorb and all(h.i >= c.i and h.j <= c.j and h.label in ("GPE", "LOC")
                                        for h in held.values())):
            return False
        for h in held.values():
            self.cands.remove(h)
            c.absorbed.append(h)
        for k in range(c.i, c.j):
            self.taken[k] = c
        self.cands.append(c)
        return True

    # --- passes
    def run(self) -> list[Cand]:
        self.resolutions()
        self.ministry_short_forms()
        self.agency_credits()
        self.kb_aliases()
        self.places()  # before instruments, so "محادثات جدة" holds the place and its English name
        self.quoted_names()
        self.named_heads(self.instr, "instrument")
        self.named_heads(self.heads, "head")
        self.people_by_title()
        self.people_by_given_name()
        self.echoes()
        self.inner_echoes()
        self.head_backrefs()
        return sorted(self.cands + self.inner, key=lambda c: (c.i, c.source == "inner"))

    def quoted_names(self) -> None:
        """A head of `quoted_name_heads.tsv` right before a short quoted name: 'عملية "ردع
        العدوان"' is one operation. The quote must close within a few words and hold no
        clause break: a long quotation is what someone said."""
        toks = self.toks
        for i, t in enumerate(toks[:-1]):
            row = next((_quoted_heads()[s] for _c, s in t.readings if s in _quoted_heads()), None)
            if row is None or i in self.taken:
                continue
            opening = gap(self.text, t, toks[i + 1]).strip()
            if opening not in _OPEN_QUOTE:
                continue
            for j in range(i + 1, min(i + 1 + QUOTED_NAME_MAX, len(toks))):
                if j > i + 1 and gap(self.text, toks[j - 1], toks[j]).strip():
                    break  # another mark inside: a quotation, or a list
                after = self.text[toks[j].end:toks[j].end + 2].strip()[:1]
                if after == _OPEN_QUOTE[opening]:
                    self.accept(Cand(i, j + 1, row[0], "instrument", 3, template=row[1], part=(i + 1, j + 1)))
                    break

    def resolutions(self) -> None:
        """القرار 2254، قرار مجلس الأمن رقم 2254، القرار الأممي 2254، "القرار/ ٢٢٥٤/"."""
        toks = self.toks
        for i, t in enumerate(toks):
            if not any(s in self.resolution_heads for s in t.stems):
                continue
            clip = next(c for c, s in t.readings if s in self.resolution_heads)
            for j in range(i + 1, min(i + 6, len(toks))):
                if self.broken(j - 1, j):
                    break
                if toks[j].fold.isdigit():
                    body = " ".join(x.fold for x in toks[i + 1:j])
                    un = "مجلس الامن" in body or "الاممي" in body or "رقم" in body or j == i + 1
                    name = f"UN Security Council Resolution {toks[j].fold}" if un else None
                    if self.accept(Cand(i, j + 1, "INSTRUMENT", "pattern", 0, clip, name=name)):
                        self.inner.append(Cand(j, j + 1, "INSTRUMENT", "inner", 0, name=name))
                    break

    def ministry_short_forms(self) -> None:
        """A ministry named by its portfolio and a country's feminine adjective, وزارة understood
        ("الخارجية العراقية", "وقالت الداخلية السعودية"): that country's ministry, for every
        country the knowledge base gives demonyms for (`ministry_short_forms.tsv` lists the
        portfolios). A knowledge-base alias (الخارجية الأمريكية) and a portfolio inside a title
        or a full name ("وزير الخارجية", "وزارة الخارجية") are left to the passes for those."""
        portfolios = _portfolios()
        if not portfolios or self.kb is None:
            return
        forms = country_forms(self.kb)
        toks = self.toks
        for k in range(len(toks) - 1):
            if k in self.taken or self.broken(k, k + 1):
                continue
            reading = next(((cl, s) for cl, s in toks[k].readings if s in portfolios), None)
            if reading is None or self.kbt.match(toks, k, self.text):
                continue
            if k > 0 and not self.broken(k - 1, k) and self.is_cue(k - 1):
                continue  # "وزير الخارجية العراقي", "وزارة الخارجية العراقية"
            adj = next((forms[s] for _c, s in toks[k + 1].readings[:1] if s in forms), None)
            if adj is None or not toks[k + 1].fold.endswith("يه") or not (adj[2] or toks[k + 1].fold.startswith("ال")):
                continue  # only the feminine adjective agrees with the understood وزارة (السعودية is both)
            self.accept(Cand(k, k + 2, "ORG", "pattern", 2, reading[0],
                             name=f"{adj[0]} {portfolios[reading[1]]}"))

    def agency_credits(self) -> None:
        """A wire credit: an agency's short name (`agency_credits.tsv`) set off by a dash, slash,
        bracket or quote and closing its line or bracket ("بغداد - واع", "(بترا)"). Elsewhere
        the same word is a common word, a given name or a place."""
        credits = _agency_credits()
        if not credits or self.kb is None:
            return
        toks = self.toks
        longest = max(len(c.split()) for c in credits)
        for k, t in enumerate(toks):
            # a credit of several words ("الشرق الأوسط", a newspaper that is also a region)
            n, aid = next(((n, credits[" ".join(x.fold for x in toks[k:k + n])])
                           for n in range(min(longest, len(toks) - k), 0, -1)
                           if " ".join(x.fold for x in toks[k:k + n]) in credits), (1, None))
            if aid is None or any(j in self.taken for j in range(k, k + n)) or self.kb.get(aid) is None:
                continue
            last = toks[k + n - 1]
            before = self.text[toks[k - 1].end:t.start] if k else self.text[:t.start]
            after = self.text[last.end:toks[k + n].start] if k + n < len(toks) else "\n"
            opened = any(ch in before for ch in "-–—/(«\"“")
            closed = any(ch in after for ch in ")»\"”\n") or not after.strip(" ")
            # or a credit opening its line before a dash: "كونا - أعلن …", "واع- قال …"
            leading = (k == 0 or "\n" in before) and after.strip(" ")[:1] in ("-", "–", "—")
            # or closing a date line after its era mark or year: "… 2024 م واس" (SPA's style)
            dated = k > 0 and "\n" not in before and "\n" in after + "\n" and not after.strip(" \t\r\n") \
                and (toks[k - 1].fold in ("م", "هـ", "ه") or toks[k - 1].text.translate(AR_DIGITS).isdigit())
            if opened and closed or leading or dated:
                self.accept(Cand(k, k + n, "ORG", "kb", 1, 0, kb_id=aid, name=self.kb.get(aid).name))

    def kb_aliases(self) -> None:
        i = 0
        while i < len(self.toks):
            m = self.kbt.match(self.toks, i, self.text)
            if m and self.kb is not None:
                n, clip, _key, aid = m
                if n == 1:
                    aid = _homograph(self.toks[i].text[clip:]) or aid  # "عمّان" Amman, "عُمان" Oman
                actor = self.kb.get(aid)
                label = actor.type if actor else "ORG"
                if label == "ORG" and self.titles.match(self.toks, i, self.text):
                    i += 1  # "الأمين العام للأمم المتحدة": a person's title, the office it
                    continue  # names is no entity; the body after it (الأمم المتحدة) is one
                if n == 1 and label == "ORG" and i > 0 and not clip and not self.broken(i - 1, i) \
                        and self._names_person(i - 1):
                    i += 1  # "عبدالملك بدرالدين الحوثي": a family called after the movement's name
                    continue
                if n == 1 and label != "PERSON" and self._common_word(self.toks[i], clip) \
                        and not self._quoted(i):
                    i += 1  # "تقدم" is "progress" before it is the Sudanese coalition
                    continue
                if label == "ORG" and i > 0 and not self.broken(i - 1, i) and self.titles.match(self.toks, i - 1, self.text) \
                        and any(s in _portfolios() for _c, s in self.toks[i].readings):
                    i += 1  # "وزيرة الخارجية الألمانية": the portfolio of a minister's title
                    continue
                if label == "ORG" and self._other_country_after(i + n, actor):
                    i += 1  # "مجلس الأمن الوطني العراقي" is Iraq's body, not the UN's
                    continue
                if label == "PERSON" and i > 0 and not self.broken(i - 1, i) \
                        and self.toks[i - 1].fold in ("بن", "بنت") and self.toks[i - 1].text[:1] == "ب":
                    i += 1  # "خالد بن محمد بن زايد": the known father's name inside a son's
                    continue
                start, start_clip = i, clip
                if label == "PERSON" and n == 1 and actor is not None:
                    before = self._given_before_surname(i, actor)
                    if before is False:
                        i += 1
                        continue  # another person of that surname ("حافظ الأسد" is not Bashar)
                    if before is not None:
                        start, start_clip = before
                end = self._lineage_end(i + n) if label == "PERSON" else i + n
                cand = Cand(start, end, label, "kb", 1, start_clip, kb_id=aid, name=actor.name if actor else None)
                if self.accept(cand):
                    i += n
                    continue
            i += 1

    def _other_country_after(self, k: int, actor) -> bool:
        """A country adjective among the (at most three) definite adjectives after a knowledge-
        base body, of a country other than the body's: the words name another country's body
        ("مجلس الأمن الوطني العراقي"). An adjective of no country (الكردية) or of the body's own
        country ("حزب الله اللبناني") only describes it."""
        if actor is None:
            return False
        for j in range(k, min(k + 3, len(self.toks))):
            if self.broken(j - 1, j) or not self.has_article(self.toks[j]):
                return False
            for stem in self.toks[j].stems:
                hit = self.country_adj.get(stem)
                if hit is not None:
                    return hit != actor.country
            if not self.toks[j].fold.endswith(("ي", "يه")):
                # adjectives of relation end in ي/ية ("الوطني"); another word is the noun
                # after the name: "أدانت وزارة الخارجية والمغتربين العدوان الإسرائيلي"
                return False
        return False

    def _given_before_surname(self, i: int, actor) -> tuple[int, int] | bool | None:
        """A knowledge-base surname alone at token i, with a word before it: (token, clip)
        to start the mention at when that word is the actor's given name, misspelt or not
        ("جميس جيفري"); False when it is another given name (another person of that
        surname); None when it is no name at all."""
        k = i - 1
        if k < 0 or k in self.taken or self.broken(k, i) or self._kb_clip(i):
            return None  # "عباس لبلينكن": a name has no preposition in its middle
        t = self.toks[k]
        if self.is_stop(t) or self.is_cue(k) or t.fold.isdigit():
            return None
        firsts = {_words(n)[0] for n in actor.names("ar") if len(_words(n)) > 1}
        for clip, stem in t.readings:
            if clip > 1 or (clip == 1 and t.fold[0] not in "وفل"):
                continue
            if any(_similar_word(stem, f) for f in firsts):
                return (k, clip)
        if firsts and any(self.names.is_given(stem) and stem not in self.ambiguous
                          for clip, stem in t.readings[:2] if clip == 0 or t.fold[0] in "وفل"):
            return False
        return None

    def _kb_clip(self, i: int) -> int:
        m = self.kbt.match(self.toks, i, self.text)
        return m[1] if m else 0

    def places(self) -> None:
        table = place_table()
        for i in range(len(self.toks)):
            if i in self.taken:
                continue
            if self.is_stop(self.toks[i]):
                continue
            m = table.match(self.toks, i, self.text) or self._definite_place(i)
            if not m:
                continue
            n, clip, _key, place = m
            if n == 1 and self.names.is_given(self.toks[i].readings[0][1] if not clip else _key[0]):
                place = replace(place, known=False)  # أمل، عادل: a person's name before a place's
            if n == 1 and (self.is_cue(i) or _key[0] in self.place_cues or strip_article(_key[0]) in self.place_cues):
                continue  # "مدينة" is a cue, not the city of that name
            prev = self.toks[i - 1].stems if i > 0 and not self.broken(i - 1, i) else []
            weak = any(s in self.place_cues for s in prev)
            cued = any(s in self.strong_cues for s in prev) or (weak and (n > 1 or place.population >= CUED_CITY))
            if n == 1 and clip >= 2 and len(_key[0]) <= 3:
                # "وبنوك" is و + بنوك (and banks) before it is و + ب + نوك (Nuuk): a short stem
                # behind two clitic letters is a place only behind a cue
                place = replace(place, known=False)
                cued = any(s in self.strong_cues for s in prev)
            if n == 1 and self._common_word(self.toks[i], clip):
                # الجديدة "new", المشهد "the scene": a place only behind مدينة and the like
                place = replace(place, known=False)
                cued = any(s in self.strong_cues for s in prev)
            if place.known or cued:
                self.accept(Cand(i, i + n, place.type, "gazetteer", 2, clip, name=place.name))

    def _describing_head(self, i: int, j: int, clip: int, label: str) -> bool:
        """A head that only describes (جماعة، حركة) before an organisation the knowledge
        base found: "جماعة الحوثيين" is one mention of the Houthis, the bare name inside it
        a second (writers use it alone too)."""
        c = self.taken.get(j)
        if c is None or c.source != "kb" or c.i != j or c.clip or c.label != label \
                or self.broken(j - 1, j):
            return False
        self.cands.remove(c)
        for k in range(c.i, c.j):
            del self.taken[k]
        whole = Cand(i, c.j, label, "kb", 1, clip, kb_id=c.kb_id, name=c.name)
        if not self.accept(whole):
            self.accept(c)
            return False
        self.inner.append(replace(c, source="inner", prio=0))
        return True

    def _lineage_end(self, j: int) -> int:
        """A known name goes on over the lineage written after it: "بن عبدالعزيز" (son of),
        "آل سعود" (of the house of). "محمد بن سلمان بن عبدالعزيز آل سعود", "تميم بن حمد آل
        ثاني" are one name; the knowledge base holds the short form."""
        toks = self.toks
        while j + 1 < len(toks) and not self.broken(j - 1, j) and not self.broken(j, j + 1) \
                and toks[j].fold in ("بن", "بنت", "ال") and toks[j].text[:1] in "بآ" \
                and j + 1 not in self.taken and not self.is_stop(toks[j + 1]) and not self.is_cue(j + 1) \
                and not toks[j + 1].fold.startswith("ال"):
            j += 2
        return j

    def _quoted(self, k: int) -> bool:
        t = self.toks[k]
        return self.text[max(0, t.start - 2):t.start].strip()[-1:] in ("«", '"', "“")

    def _only_generic(self, a: int, b: int) -> bool:
        """Tokens a..b-1 after a head are all describing words (`generic_modifiers.txt`)."""
        words = [self.toks[k].fold for k in range(a, b)]
        if " ".join(words) in self.generic or (len(words) == 1 and words[0] in _sole_modifiers()):
            return True
        # a nationality adjective does not make a name of a describing phrase either:
        # "الإدارة السورية الجديدة" is "the new Syrian administration"
        return any(w in self.generic for w in words) and all(
            w in self.generic or (w.startswith("ال") and w.endswith(("ي", "يه"))) for w in words)

    def _common_word(self, t: Token, clip: int) -> bool:
        """The word (behind its clitic, with or without the article as listed) is a common
        word that some city is also called, or an adjective that continues organisation names
        (`place_collisions.txt`, `org_adjectives.txt`)."""
        stem = next((s for c, s in t.readings if c == clip), t.fold)
        # as written: "قدس" (holiness) is listed, "القدس" (Jerusalem) is not
        return stem in self.collisions or stem in self.org_adjectives

    def _adjectival(self, t: Token) -> bool:
        """A definite word that can be an adjective of a name: a nisba or a listed one."""
        return t.fold.endswith(("ي", "يه", "يين", "يون")) or t.fold in self.org_adjectives

    def _construct_pair(self, i: int, j: int, clip: int) -> bool:
        """An indefinite head, then a bare noun and a definite word: a genitive chain. Words in
        ي- are imperfect verbs, not nouns; a definite head ("الحكومة تعلن") takes none."""
        toks = self.toks
        head = next(s for c, s in toks[i].readings if c == clip)
        if head.startswith("ال") or j + 1 >= len(toks) or self.broken(j - 1, j) or self.broken(j, j + 1):
            return False
        a, b = toks[j], toks[j + 1]
        if j in self.taken or j + 1 in self.taken or self.has_article(a) or a.fold.startswith("ي"):
            return False
        if self.is_stop(a) or self.is_cue(j) or a.fold.isdigit() or self.names.is_given(a.fold):
            return False
        return b.fold.startswith("ال") and not self.is_stop(b) and not self.is_cue(j + 1)

    def _definite_place(self, i: int):
        """A large place the gazetteer lists only without the article (خرطوم) written with
        it (الخرطوم)."""
        for clip, stem in self.toks[i].readings:
            if stem.startswith("ال") and len(stem) > 4:
                for key, place in place_table().first.get(stem[2:], ()):
                    if len(key) == 1 and place.known:
                        return (1, clip, key, place)
        return None

    def _proper_follow(self, k: int) -> bool:
        """Token k can be the proper name after a head: known place/KB, or an unknown word."""
        if k >= len(self.toks):
            return False
        t = self.toks[k]
        c = self.taken.get(k)
        if c is not None:
            return c.label in ("GPE", "LOC", "ORG", "PERSON", "FAC")
        if c is None and _common_shape(t.text, after_given=True):
            return False  # "جماعة إرهابية", "حركة وطنية": a head and its adjective describe
        return not self.is_stop(t) and not t.fold.isdigit() and not self.is_cue(k) and len(t.fold) >= 2

    def named_heads(self, table: PhraseTable, source: str) -> None:
        """A head word extended over its complements: article words (adjectives and genitive
        nouns), known places, compass words, "في" + a place, or (for heads marked proper, and
        instruments) one bare proper word or a quoted name."""
        toks = self.toks
        for i in range(len(toks)):
            if i in self.taken:
                continue
            m = table.match(toks, i, self.text)
            if not m:
                continue
            n, clip, _key, payload = m
            label = payload[0] if payload and payload[0] else "ORG"
            if source == "instrument":
                flags, template = "-", (payload[1] if len(payload) > 1 else None)
            else:
                flags = payload[1] if len(payload) > 1 else "-"
                template = payload[2] if len(payload) > 2 else None
            proper = source == "instrument" or flags == "proper"
            j = i + n
            if source == "head" and template == "{}" and self._describing_head(i, j, clip, label):
                continue
            if source == "instrument":
                quote_only = j < len(toks) and not gap(self.text, toks[j - 1], toks[j]).strip(' «"“')
                if j < len(toks) and (not self.broken(j - 1, j) or quote_only) and self._named(j):
                    j = self._skip_taken(j)
                else:
                    continue  # "مؤتمر صحافي", "المحادثات المقبلة": no name, no mention
            elif proper and j < len(toks) and not self.broken(j - 1, j) and not self.has_article(toks[j]) \
                    and (source == "instrument" or not _key[0].startswith("ال")) and self._proper_follow(j):
                j = self._skip_taken(j)
            elif self._construct_pair(i, j, clip):
                j += 2  # "هيئة تحرير الشام"، "مجلس حقوق الإنسان": an indefinite noun + its genitive
            body_start = j
            while j < len(toks) and j - i < MAX_ORG and not self.broken(j - 1, j):
                t = toks[j]
                if j == body_start and n == 1 and self._disagrees(toks[i], t):
                    break  # "رئيس الحكومة السوداني": the adjective is the title's, not the head's
                c = self.taken.get(j)
                if c is not None and c.label in ("GPE", "LOC") and c.clip == 0:
                    j = c.j
                    continue
                if c is not None:
                    break
                if self.is_stop(t):
                    # "المجلس المحلي في مدينة حلب" names a local body; "الجيش الأمريكي في
                    # سوريا" describes where an army is: generic heads take no "في" place
                    if t.fold == "في" and flags != "generic" and label == "ORG" and j + 1 < len(toks) \
                            and self._place_after(j + 1):
                        j = self._place_after(j + 1)
                        break
                    break
                if t.fold in self.complements and label == "FAC":
                    break  # "مخيم المغازي وسط القطاع": where a facility lies, not its name
                if t.fold in self.complements or any(s in self.complements for _, s in t.readings[1:]):
                    j += 1
                    continue
                if j > body_start and label == "ORG" and t.fold.startswith("و") \
                        and any(c == 1 and s in _portfolio_conjuncts() for c, s in t.readings[1:]):
                    j += 1  # "وزارة الخارجية والتعاون الدولي": one portfolio, not two bodies
                    continue
                if strip_article(t.fold) in self.time_words and t.fold not in self.org_adjectives:
                    break  # "الحزب الشهر الماضي": a time adverbial follows the name
                if t.fold.startswith("ال") and not self.is_cue(j) and not self._looks_personal(j) \
                        and (j == body_start or self._adjectival(t)):
                    j += 1
                    continue
                break
            if j == i + n:
                continue  # a bare "اتفاق", "مجلس" or "قوات" names nothing by itself
            if source == "instrument" and any(q in gap(self.text, toks[i + n - 1], toks[i + n]) for q in "«\"“") \
                    and self.text[toks[j - 1].end:toks[j - 1].end + 2].strip()[:1] not in ("»", '"', "”"):
                continue  # "في بيان «جميع الأطراف على …»": a quotation, not a name in quotes
            if source == "head" and self._title_idiom(i, j, clip):
                continue  # "رئيس مجلس الوزراء": the prime minister's title, not the council
            if source == "head" and self._only_generic(i + n, j):
                continue  # "الحكومة الجديدة", "المكتب الإعلامي": a description, not a name
            if source == "head" and flags == "generic" and j == i + n + 1 \
                    and toks[j - 1].fold.endswith(("ي", "يه")):
                continue  # "القوات الأمريكية": a description, not a name
            part_end = self._skip_taken(i + n) if (i + n) in self.taken else i + n + 1
            one_part = template and proper and j == part_end
            if template and proper and label == "FAC" and j == part_end + 1 and "{}" in template:
                adj = _head_adjectives().get(toks[j - 1].fold)
                if adj:  # "مطار عدن الدولي" → "Aden International Airport"
                    template, one_part = template.replace("{}", "{} " + adj, 1), True
            part = (i + n, part_end) if one_part else None
            cand = Cand(i, j, label, source, 3, clip, template=template if one_part else None, part=part)
            if self.accept(cand, absorb=True):
                self._inner_name(i + n, j, label, source)

    def _title_idiom(self, i: int, j: int, clip: int) -> bool:
        """Tokens i..j start with the body of a title idiom (`title_idioms.tsv`) and the word
        before them is its title word."""
        if i == 0 or self.broken(i - 1, i):
            return False
        before = {s for _c, s in self.toks[i - 1].readings}
        first = next((s for c, s in self.toks[i].readings if c == clip), self.toks[i].fold)
        words = (first, *(t.fold for t in self.toks[i + 1:j]))
        return any(title in before and words[:len(body)] == body for title, body in _title_idioms())

    def _disagrees(self, head: Token, t: Token) -> bool:
        """A masculine country adjective (السوداني) right after a feminine singular head
        (الحكومة، وزارة): it cannot describe the head, so it ends the name."""
        return head.fold.endswith("ه") and t.fold.endswith("ي") and t.fold in self.country_adj

    def _inner_name(self, a: int, b: int, label: str, source: str) -> None:
        """The proper part after a head, when it is one word used alone elsewhere: a code
        name (مينسك-2) or quoted name after an instrument head, a plural group name
        (الحوثيين، الحوثيون) after an organisation head."""
        if b - a != 1:
            return
        t = self.toks[a]
        plural_group = source == "head" and t.fold.startswith("ال") and t.fold.endswith(("يين", "يون"))
        coded = source == "instrument" and ("-" in t.text or self.text[max(0, t.start - 2):t.start].strip()[-1:]
                                            in ("«", '"', "“"))
        if plural_group or coded:
            self.inner.append(Cand(a, b, label, "inner", 0))

    def inner_echoes(self) -> None:
        """Bare later uses of an inner name, the plural endings -يين/-يون taken as one."""
        def forms(f: str) -> set[str]:
            stem = f[:-3] if f.endswith(("يين", "يون")) else f
            return {f, stem + "يين", stem + "يون"} if stem != f else {f}

        names = {}
        for c in self.inner:
            for f in forms(self.toks[c.i].fold):
                names.setdefault(f, c)
        if not names:
            return
        for k, t in enumerate(self.toks):
            if k in self.taken or any(c.i == k for c in self.inner):
                continue
            for clip, stem in t.readings:
                if stem in names:
                    src = names[stem]
                    self.accept(Cand(k, k + 1, src.label, "echo", 5, clip, name=src.name))
                    break

    def _named(self, k: int) -> bool:
        """Token k names something an instrument or conference can be named after: a place or
        actor found already, a gazetteer place known enough to be named alone, a quoted word,
        or a code such as مينسك-2."""
        c = self.taken.get(k)
        if c is not None:
            return c.label in ("GPE", "LOC", "ORG", "FAC")
        t = self.toks[k]
        m = place_table().match(self.toks, k, self.text)
        if m and (m[0] > 1 or m[3].known or m[3].population >= CUED_CITY) and not self._common_word(t, m[1]):
            return True  # a village that shares a common word's spelling names no accord (اتفاقية إطار)
        quoted = self.text[max(0, t.start - 2):t.start].strip()[-1:] in ("«", '"', "“")
        return (quoted or "-" in t.text or any(ch.isdigit() for ch in t.fold)) and not self.is_stop(t)

    def _skip_taken(self, j: int) -> int:
        c = self.taken.get(j)
        return c.j if c is not None else j + 1

    def _place_after(self, k: int) -> int | None:
        """End of "[place cue] place" starting at token k, if there is one."""
        cued = k < len(self.toks) and self.toks[k].fold in self.strong_cues and k + 1 < len(self.toks)
        if cued:
            k += 1
        c = self.taken.get(k)
        if c is not None and c.label in ("GPE", "LOC") and c.clip == 0:
            return c.j
        m = place_table().match(self.toks, k, self.text, bare_only=True)
        if m and (cued or m[3].known):
            return k + m[0]
        return None

    def _looks_personal(self, j: int) -> bool:
        """An article word that is a surname right after a given name (stops an org there)."""
        return j > 0 and self.names.is_given(self.toks[j - 1].fold) and self.names.is_part(self.toks[j].fold)

    # --- people
    def _is_part_word(self, f: str) -> bool:
        return self.names.is_part(f)

    def _names_person(self, k: int) -> bool:
        """Token k is a given name or a compound one (X الدين), not a cue: what follows it
        belongs to a person's name."""
        t = self.toks[k]
        if self.is_cue(k) or self.is_stop(t) or k in self.taken:
            return False
        f = t.fold
        return self.names.is_given(f) or (f.endswith("الدين") and len(f) > 6 and self.names.is_part(f[:-5]))

    def _is_part(self, t: Token) -> bool:
        f = t.fold
        if f.startswith("عبدال") and len(f) > 6:
            f = "عبد " + f[3:]
        if f.endswith("الدين") and len(f) > 6 and self.names.is_part(f[:-5]):
            return True  # "بدرالدين", "نورالدين": a name + الدين written as one word
        return self.names.is_part(f)

    def _family_name_last(self, k: int, first: str, j: int, cued: bool, unknown_used: bool, parts: int) -> bool:
        """An unattested family name with the article closing a titled name of two attested
        parts: given name, father's name, family (أحمد غالب الرهوي، محمد عبده الزنداني). The
        family name has the nisba shape (-ي): an object noun after the name is no part of it
        ("التقى الرئيس محمود عباس الوفد"). Not a weekday, a country's adjective or a describing
        word (الثلاثاء، اليمني، الأممي)."""
        t = self.toks[j]
        if not (cued and parts == 2 and not unknown_used and t.fold.startswith("ال") and len(t.fold) > 4
                and t.fold.endswith("ي") and self.given_at(k, first)):
            return False
        if strip_article(t.fold) in self.time_words or t.fold in self.country_adj or t.fold in self.org_adjectives \
                or t.fold in self.generic or t.fold in self.collisions:
            return False
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return nxt is None or self.broken(j, j + 1) or self.is_stop(nxt) or not self._is_part(nxt)

    def _name_from(self, k: int, cued: bool, clip: int = 0) -> Cand | None:
        """A person's name starting at token k: particles merge with the next word (عبد الرحمن,
        دي ميستورا), الدين/الله with the word before; the following words join while they are
        attested name parts. One unattested word may follow the first (a foreign surname:
        جيمس جيفري، وليم روباك) when a title cue or a known given name vouches for it."""
        toks = self.toks
        start = toks[k]
        if k in self.taken or (self.is_stop(start) and not self._homograph_given(k)) or start.fold.isdigit():
            return None
        first = start.readings[0][1] if not clip else next(s for c, s in start.readings if c == clip)
        j = k + 1
        parts = 1
        unknown_used = not (self._is_part(start) or self.given_at(k, first))
        if unknown_used and first.startswith("ي"):
            return None  # an unattested word in ي- is a verb (يتابع، يزور), not a name
        if unknown_used and _common_shape(start.text):
            return None  # "ونظيره العراقي مباحثات": a plural or adjective after a title, no name
        if first in PARTICLES and j < len(toks) and not self.broken(k, j):
            j += 1
        while j < len(toks) and parts < MAX_NAME and not self.broken(j - 1, j) and j not in self.taken:
            t = toks[j]
            if t.fold in SUFFIX_PARTICLES:
                j += 1
                continue
            if self.is_stop(t) or t.fold.isdigit() or self.is_cue(j) or t.fold in self.place_cues:
                break
            if t.fold[0] in "وف" and len(t.readings) > 1 and (
                    self.given_at(j, t.readings[1][1]) or t.readings[1][1] in self.stop):
                break  # "وليلى": و starts the next conjunct (but فيدان is one word)
            known = self._is_part(t) or t.fold in PARTICLES
            if not known and self._family_name_last(k, first, j, cued, unknown_used, parts):
                j += 1  # "رئيس الحكومة أحمد غالب الرهوي": given, father, then the family
                break
            if not known:
                if unknown_used or parts > 1 or t.fold.startswith("ي"):
                    break  # "جابر يصل": an unattested word in ي- is a verb
                if any(s.startswith("ال") for c, s in t.readings[1:] if c <= 2):
                    break  # "عباس بالوقف": a preposition + a definite noun
                if _common_shape(t.text, after_given=self.given_at(k, first)):
                    break  # "صباغ جلسة", "عون رئيساً", "عون تحيات": a noun, not a foreign surname
                if any(c == 1 and s[:1] and t.fold[0] in "لب" and len(s) >= 3 and self._is_part_word(s)
                       for c, s in t.readings[1:]):
                    break  # "فاتحة لعودة": a preposition on a known word, not an unknown surname
                if t.fold.startswith("ال") and not (cued and self.given_at(k, first)):
                    break  # a surname with the article vouched for by title + given name: عادل الجبير
                if not (cued or self.names.is_given(first)):
                    break
                unknown_used = True
            j += 1
            if t.fold in PARTICLES and j < len(toks):
                j += 1
            parts += 1
        if j - k == 1 and not clip and any(
                c == 1 and start.fold[0] in "بلكوف" and (s in self.stop or any(_fits(s, p) for p in _noun_patterns()))
                for c, s in start.readings):
            return None  # "القاضي باستئناف": a preposition + a verbal noun (استفعال), not a name
        if j - k == 1 and not (self._is_part(start) or self.given_at(k, first) or _foreign_looking(first, start.text)):
            # one unattested word after a title is a noun or verb far more often than a name
            # ("طالب المبعوث برفع"، "رئيسة بعثة"): the knowledge base finds the known ones
            return None
        return Cand(k, j, "PERSON", "cue" if cued else "names", 4, clip)

    def people_by_title(self) -> None:
        toks = self.toks
        for i in range(len(toks)):
            m = self.titles.match(toks, i, self.text)
            if not m or i in self.taken:
                continue
            n, _clip, key, payload = m
            if key[0].startswith("ال") and i > 0 and not self.broken(i - 1, i) and self.has_article(toks[i - 1]) \
                    and not self.is_cue(i - 1) and not self.is_stop(toks[i - 1]):
                continue  # "المرجع الرئيس": an adjective after a definite noun, not a title
            k = i + n
            named = False
            ranks = 0  # tokens of a compound rank inside the complement, which do not count
            while k < len(toks) and k - (i + n) - ranks < MAX_COMPLEMENT and not self.broken(k - 1, k):
                t = toks[k]
                c = self.taken.get(k)
                if c is not None:
                    if c.label == "PERSON":
                        if c.i == k and c.source == "kb":
                            # "المبعوث الأممي هانس غروندبرغ": the KB found the name; the
                            # title is still the article's word for his role
                            if c.title is None:
                                c.title = self.text[toks[i].start + m[1]:toks[i + n - 1].end]
                                c.full_title = self.text[toks[i].start + m[1]:toks[k - 1].end]
                            named = True
                        break
                    k = c.j
                    continue
                if self._homograph_given(k):
                    cand = self._name_from(k, cued=True)
                    if cand:
                        cand.title = self.text[toks[i].start + m[1]:toks[i + n - 1].end]
                        cand.full_title = self.text[toks[i].start + m[1]:toks[k - 1].end]
                        named = self.accept(cand)
                    break
                if t.fold in self.place_cues or t.fold in ("الي", "لدي"):
                    if self._complement_after(k + 1):
                        k += 1
                        continue
                    break  # "وزير الخارجية في مؤتمر صحفي": the title ends before the preposition
                if key[0].startswith("ال") and not self.has_article(t) and self.titles.match(toks, k, self.text):
                    break  # "استقبل الرئيس وزير الخارجية": a definite title governs no title after it
                inner_title = self.titles.match(toks, k, self.text)
                if inner_title and inner_title[0] > 1:
                    k += inner_title[0]  # "رئيس المجلس الفريق أول ركن …": a compound rank as a whole
                    ranks += inner_title[0]
                    continue
                if t.fold in self.title_complements or self.has_article(t) and not self.names.is_given(t.fold) \
                        or inner_title or self.heads.match(toks, k, self.text):
                    k += 1
                    continue
                if self.is_stop(t):
                    break
                k = self._prefer_given(k)
                cand = self._name_from(k, cued=True)
                if cand:
                    cand.title = self.text[toks[i].start + m[1]:toks[i + n - 1].end]
                    cand.full_title = self.text[toks[i].start + m[1]:toks[k - 1].end]
                    named = self.accept(cand)
                    if named and "dual" in payload:
                        self._second_of_pair(cand)
                break
            if not named:
                self._title_alone(i, n, m[1], k)

    def _second_of_pair(self, first: Cand) -> None:
        """After a dual title, "و" + the second name (الرئيسين بايدن وبوتين)."""
        k = first.j
        if k < len(self.toks) and not self.broken(k - 1, k) and self.toks[k].fold.startswith("و"):
            second = self._name_from(k, cued=True, clip=1)
            if second:
                second.title = first.title
                self.accept(second)

    def _title_alone(self, i: int, n: int, clip: int, k: int) -> None:
        """A title with its adjectives and no name ("المبعوث الأممي", "وزير الخارجية
        الروسي"): a mention that `build_entities` joins to the person holding that title in
        the article, or drops."""
        j = i + n
        while j < k and j not in self.taken and self.has_article(self.toks[j]) and not self.is_stop(self.toks[j]):
            j += 1
        if j > i + n and not any(q in self.taken for q in range(i, j)):
            text = self.text[self.toks[i].start + clip:self.toks[j - 1].end]
            self.accept(Cand(i, j, "PERSON", "title", 6, clip, title=text))

    def _complement_after(self, k: int) -> bool:
        """A preposition inside a title's complement leads to a place, a body or a definite
        noun ("إلى سوريا", "في قوات التحالف", "لدى الأمم المتحدة")."""
        if k >= len(self.toks) or self.broken(k - 1, k):
            return False
        c = self.taken.get(k)
        if c is not None:
            return c.label != "PERSON"
        t = self.toks[k]
        return self.has_article(t) or bool(self.heads.match(self.toks, k, self.text)) or \
            bool(place_table().match(self.toks, k, self.text)) or t.fold in self.place_cues

    def _homograph_given(self, k: int) -> bool:
        """Token k, a given name spelt like a function word or a preposition + noun (باسم "in
        the name of", Basim), starts a name here: a family name follows it, a definite name
        part of the nisba shape (العوادي، الربيعي) that is no country's adjective. "باسم
        الحكومة العراقية" (on behalf of the government) has no such word after باسم."""
        toks = self.toks
        if k + 1 >= len(toks) or self.broken(k, k + 1) or k + 1 in self.taken:
            return False
        if not self.names.is_given(toks[k].fold) or not (self.is_stop(toks[k]) or toks[k].fold in self.title_complements):
            return False
        f = toks[k + 1].fold
        return f.startswith("ال") and f.endswith("ي") and len(f) > 5 and f not in self.country_adj \
            and self._is_part(toks[k + 1]) and not self.is_stop(toks[k + 1]) and not self.is_cue(k + 1)

    def given_at(self, k: int, stem: str | None = None) -> bool:
        """Token k (or its stem) starts a given name, alone or with الدين/الله after it."""
        stem = stem or self.toks[k].fold
        nxt = self.toks[k + 1].fold if k + 1 < len(self.toks) else ""
        if stem in PARTICLES:  # عبد الرحمن، أبو محمد: the index holds the merged unit
            return bool(nxt) and self.names.is_given(f"{stem} {nxt}")
        if self.names.is_given(stem):
            return True
        return nxt in SUFFIX_PARTICLES and self.names.is_given(f"{stem} {nxt}")

    def _prefer_given(self, k: int) -> int:
        """In "المبعوث الخاص إلى سوريا جيمس جيفري" an unknown word (here a country the
        knowledge base lacks) comes before the name: when a given name follows within the
        clause, the name starts there."""
        if self.given_at(k):
            return k
        if self.toks[k].fold.startswith("ي") and not self._is_part(self.toks[k]):
            return k  # "الرئيس الجديد يحمل آمال …": a verb ends the title; no name after it is his
        # a word behind ل ("of, for": لقسد، لحزب) continues the title's complement
        clitic = len(self.toks[k].readings) > 1 and self.toks[k].fold.startswith(("ل", "ول"))
        for q in range(k + 1, min(k + 4, len(self.toks))):
            if self.broken(q - 1, q) or q in self.taken or self.is_stop(self.toks[q]):
                break
            if self.has_article(self.toks[q]):
                continue
            if self.given_at(q) or (clitic and self._is_part(self.toks[q])):
                return q  # a given name, or after a word behind a preposition ("لقسد مظلوم عبدي") any name word
        return k

    def people_by_given_name(self) -> None:
        toks = self.toks
        for k, t in enumerate(toks):
            if k in self.taken:
                continue
            for clip, stem in t.readings:
                if clip > 1 or (clip == 1 and t.fold[0] not in "وفل"):
                    continue
                if (stem in self.stop and not (clip == 0 and self._homograph_given(k))) or stem.startswith("ال") \
                        or not self.given_at(k, stem) or self.is_cue(k):
                    continue  # a cue word (بيان، قائد) starts no name even where it is one
                cand = self._name_from(k, cued=False, clip=clip)
                least = 2
                if stem in self.ambiguous and cand:
                    # "نصر الحريري" (a surname with the article) yes, "سلام عادل" (a just peace) no
                    second = toks[cand.i + 1] if cand.j - cand.i >= 2 else None
                    surname = second is not None and second.fold.startswith("ال") and self._is_part(second)
                    least = 2 if surname else 3
                if cand and cand.j - cand.i >= least:
                    cand.clip = clip
                    self.accept(cand)
                    break

    def echoes(self) -> None:
        """Later mentions of a person found above by surname alone, or misspelt (edit
        distance 1 on words of five letters or more: غريفيث/غريفث)."""
        from rapidfuzz.distance import Levenshtein

        surnames: dict[str, int] = {}
        pairs: set[tuple[str, str]] = set()
        for c in list(self.cands):
            if c.label != "PERSON" or c.source == "title":
                continue
            if c.j - c.i == 1:
                if c.source == "cue" and len(self.toks[c.i].fold) >= 4:
                    surnames[self.toks[c.i].readings[0][1] if not c.clip else
                             next(s for cl, s in self.toks[c.i].readings if cl == c.clip)] = 1
                continue  # a one-word name vouched for by a title: "الرئيس بوتين" … "بوتين"
            last = self.toks[c.j - 1]
            first = self.toks[c.i]
            if c.j - c.i >= 3 and self.toks[c.j - 2].fold in PARTICLES and first.fold not in PARTICLES:
                pairs.add((self.toks[c.j - 2].fold, last.fold))  # دي ميستورا، بن سلمان
                continue
            if first.fold in PARTICLES or self.toks[c.j - 2].fold in PARTICLES:
                continue
            surnames[last.fold] = 1
        for k in range(len(self.toks) - 1):
            if k in self.taken or k + 1 in self.taken or self.broken(k, k + 1):
                continue
            for clip, stem in self.toks[k].readings:
                if (stem, self.toks[k + 1].fold) in pairs:
                    self.accept(Cand(k, k + 2, "PERSON", "echo", 5, clip))
                    break
        if not surnames:
            return
        self._nisba_surnames(surnames)
        for k, t in enumerate(self.toks):
            if k in self.taken:
                continue
            for clip, stem in t.readings:
                if len(stem) < 3 or stem in self.stop or self.names.is_given(stem) and stem not in surnames:
                    continue
                hit = stem in surnames or (len(stem) >= 5 and any(
                    len(s) >= 5 and Levenshtein.distance(stem, s) <= 1 for s in surnames))
                if hit:
                    self.accept(Cand(k, k + 1, "PERSON", "echo", 5, clip))
                    break


    def head_backrefs(self) -> None:
        """A bare definite head word ("وقال التحالف") after a body whose name starts with
        that head: one more mention of the body, when only one such body was named."""
        for k, t in enumerate(self.toks):
            if k in self.taken:
                continue
            reading = next(((cl, s) for cl, s in t.readings if s in self.backref_heads), None)
            if reading is None:
                continue
            nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
            if nxt is not None and not self.broken(k, k + 1) and not self.is_stop(nxt) \
                    and self.has_article(nxt) and k + 1 not in self.taken:
                continue  # "المجلس الوطني …": a longer name nobody caught, not a back-reference
            bare = strip_article(reading[1])
            bodies = {}
            for c in self.cands:
                if c.label not in ("ORG", "GPE") or c.j > k or c.source == "echo":  # GPE: "المملكة"
                    continue
                first = next((s for cl, s in self.toks[c.i].readings if cl == c.clip), "")
                if strip_article(first) == bare:
                    bodies.setdefault(c.kb_id or c.name or self._cand_text(c), c)
            if len(bodies) == 1:
                c = next(iter(bodies.values()))
                self.accept(Cand(k, k + 1, c.label, "echo", 5, reading[0], kb_id=c.kb_id, name=c.name))

    def _cand_text(self, c: Cand) -> str:
        return " ".join(x.fold for x in self.toks[c.i:c.j])

    def _nisba_surnames(self, surnames: dict[str, int]) -> None:
        """A country adjective that is the surname of a person named in the article
        (محمد شياع السوداني … "وقال السوداني") is that person again, not the country."""
        for c in list(self.cands):
            if c.source != "kb" or c.label != "GPE" or c.j - c.i != 1:
                continue
            stem = next((s for cl, s in self.toks[c.i].readings if cl == c.clip), None)
            if stem in surnames and stem in self.country_adj:
                self.cands.remove(c)
                del self.taken[c.i]
                self.accept(Cand(c.i, c.j, "PERSON", "echo", 5, c.clip))


def to_mentions(text: str, toks: list[Token], cands: list[Cand]) -> list[Mention]:
    out = []
    for c in cands:
        start = toks[c.i].start + c.clip
        end = toks[c.j - 1].end
        surface = text[start:end]
        t0 = toks[c.i]
        stem = next((s for cl, s in t0.readings if cl == c.clip), None)
        if c.clip and stem and stem.startswith("ال") and not t0.fold[c.clip:].startswith("ال"):
            # لل swallowed the article: keep the whole word in the span, the bare form as text
            start = t0.start + c.clip - 2
            surface = "ال" + text[t0.start + c.clip:end]
        m = Mention(start, end, c.text or surface, c.label, kb_id=c.kb_id, source=c.source, title=c.title)
        # The English name a gazetteer or pattern knows (read by build_entities); not a field
        # of Mention because only these recognisers have one.
        m.latin = c.name  # type: ignore[attr-defined]
        m.full_title = c.full_title or c.title  # type: ignore[attr-defined]
        if c.template and c.part:
            inside = [x for x in c.absorbed if x.i >= c.part[0] and x.j <= c.part[1] and x.name]
            part_text = text[toks[c.part[0]].start:toks[c.part[1] - 1].end]
            m.template = (c.template, part_text, inside[0].name if inside else None)  # type: ignore[attr-defined]
        out.append(m)
    return out


def match_text(text: str, kb: KnowledgeBase | None = None) -> list[Mention]:
    r = Recogniser(text, kb)
    return to_mentions(text, r.toks, r.run())


def find_mentions(article: Article, ctx) -> list[Mention]:
    kb = article_kb(ctx)
    kbt = ctx.get(("ar_kb_table", id(kb)), lambda: kb_table(kb))
    r = Recogniser(article.text, kb, kbt)
    return to_mentions(article.text, r.toks, r.run())


def article_kb(ctx) -> KnowledgeBase:
    extra = ctx.options.get("kb") or ()
    if isinstance(extra, str):
        extra = (extra,)
    return ctx.get(("kb", tuple(extra)), lambda: load_default_kb(tuple(extra)))
