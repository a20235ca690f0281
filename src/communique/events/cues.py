"""The event lexicons of one language, read from `data/<lang>/` and compiled once.

Files (a linguist edits these; the code only interprets them):
- meeting_triggers.tsv   phrase, kind (verb|noun), mode      → CONSULT
- event_triggers.tsv     phrase, PLOVER type, mode            → statements and actions
- reporting_verbs.txt    one phrase a line                    → "said", "أكد"
- statement_cues.tsv     phrase, PLOVER type                  → the type of reported content
- event_cues.tsv         kind, phrase[, value]                → negation, attendance, ...

Phrase syntax: words separated by spaces; a word ending in "*" takes any suffix, one
starting with "*" any stem ("*ing": a word ending in -ing); "..." is a gap of up to six
words. Arabic phrases are matched on folded text (hamza seats, alef maqsura, ta marbuta), with diacritics allowed after any letter, and may carry the leading clitics
و ف ب ل ك and the article ال. Arabic verbs are listed once in verb_lemmas.tsv and inflected
by `ar_morph`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lexicon import table
from ..textnorm import AR_MARKS, arabic_fold, fold_chars

GAP_WORDS = 6
_AR_CLITICS = r"(?:[وف]?[بلك]?(?:ال)?)"  # before nouns and particles
_AR_VERB_CLITICS = r"(?:[وف]?)"  # before verbs: "وبحث" is not "حث" with a preposition
_AR_MARKS = AR_MARKS + "*"


@dataclass(frozen=True)
class Pattern:
    phrase: str
    regex: re.Pattern
    label: str = ""  # meeting kind, PLOVER type or cue value
    mode: str | None = None
    needle: str = ""  # text every match contains (its first word, folded / lower-cased)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    pattern: Pattern

    @property
    def label(self) -> str:
        return self.pattern.label


def needle(phrase: str, lang: str) -> str:
    """A literal every match of `phrase` contains: its first word, without a "*"."""
    first = next((w for w in phrase.split() if w != "..."), "").strip("*")
    return arabic_fold(first) if lang == "ar" else first.lower()


def compile_phrase(phrase: str, lang: str, verb: bool = False) -> re.Pattern:
    parts = []
    for w in phrase.split():
        if w == "...":
            parts.append(None)
            continue
        star = w.endswith("*")
        stem = len(w) > 1 and w.startswith("*")  # "*ing": any word with that ending
        w = w.strip("*")
        if lang == "ar":
            w = arabic_fold(w)
        if lang == "ar":
            # diacritics may stand after any letter ("رحّب", "وقّع"), not only at the end
            body = "".join(re.escape(c) + _AR_MARKS for c in w) + (r"\w*" + _AR_MARKS if star else "")
        else:
            body = (r"\w+" if stem else "") + re.escape(w) + (r"\w*" if star else "")
        parts.append(body)
    out = ""
    for p in parts:
        if p is None:
            # English: a gap stays inside its clause ("held a joint press availability, and his
            # meeting" is no "held ... meeting"); Arabic lists run on without commas
            word = r"\S+" if lang == "ar" else r"[^\s,;]+"
            out += rf"(?:\s+{word}){{0,{GAP_WORDS}}}?"
        else:
            # English: a word may open a quotation ('called it "a historic mistake"',
            # 'described the raid as "a massacre"', 'condemned the "illegal" seizure')
            sep = r"\s+" if lang == "ar" else r"\s+[\"“‘]?"
            out += (sep if out else "") + p
    if lang == "ar":
        return re.compile(r"(?<![\w])" + (_AR_VERB_CLITICS if verb else _AR_CLITICS) + out + r"(?![\w])")
    if phrase.startswith("n't"):
        return re.compile(re.escape(phrase) + r"(?![\w])", re.I)
    return re.compile(r"(?<![\w])" + out + r"(?![\w])", re.I)


def fold_text(text: str, lang: str) -> str:
    """A same-length copy of `text` that the patterns of `lang` are matched on."""
    if lang != "ar":
        return text
    return fold_chars(text)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    meetings: tuple[Pattern, ...]
    events: tuple[Pattern, ...]
    reporting: tuple[Pattern, ...]
    content: tuple[Pattern, ...]
    cues: dict[str, tuple[Pattern, ...]]

    def cue(self, kind: str) -> tuple[Pattern, ...]:
        return self.cues.get(kind, ())

    @functools.cached_property
    def reporting_events(self) -> tuple[Pattern, ...]:
        """`reporting + events`, built once: `find` caches its work per pattern tuple."""
        return self.reporting + self.events

    @functools.cached_property
    def event_set(self) -> frozenset[Pattern]:
        """`events` for membership tests (`p in lex.event_set`): one hash, not a scan."""
        return frozenset(self.events)

    @functools.cached_property
    def reporting_set(self) -> frozenset[Pattern]:
        return frozenset(self.reporting)

    @functools.cached_property
    def reporting_meetings(self) -> tuple[Pattern, ...]:
        return self.reporting + self.meetings


def _rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    return table(lang, name)


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    def pat(phrase: str, label: str = "", mode: str | None = None, verb: bool = False) -> Pattern:
        return Pattern(phrase, compile_phrase(phrase, lang, verb), label, None if mode in (None, "-") else mode,
                       needle(phrase, lang))

    # Arabic: meeting verbs, event triggers and reporting verbs take only the conjunctions
    # و/ف; nouns (meeting nouns, cues) also the prepositions ب ل ك and the article.
    meetings = tuple(pat(r[0], r[1], r[2] if len(r) > 2 else None, verb=r[1] == "verb")
                     for r in _rows(lang, "meeting_triggers.tsv"))
    events = tuple(pat(r[0], r[1], r[2] if len(r) > 2 else None, verb=True) for r in _rows(lang, "event_triggers.tsv"))
    reporting = tuple(pat(r[0], verb=True) for r in _rows(lang, "reporting_verbs.txt"))
    content = tuple(pat(r[0], r[1]) for r in _rows(lang, "statement_cues.tsv"))
    cues: dict[str, list[Pattern]] = {}
    for r in _rows(lang, "event_cues.tsv"):
        cues.setdefault(r[0], []).append(pat(r[1], r[2] if len(r) > 2 else ""))
    if lang == "ar":
        # verbs listed once by their citation forms, every inflection generated (ar_morph)
        from .ar_morph import lemma_patterns

        said, acts, participles = lemma_patterns()
        reporting, events = said + reporting, acts + events
        cues["participle"] = participles + cues.get("participle", [])
    return Lexicon(lang, meetings, events, reporting, content, {k: tuple(v) for k, v in cues.items()})


_CANDIDATES: dict[int, tuple[tuple[Pattern, ...], str, tuple[Pattern, ...]]] = {}
_PLANS: dict[int, tuple[tuple[Pattern, ...], tuple[int, ...], dict[str, tuple[int, ...]], tuple[str, ...]]] = {}


_DROP_MARKS = {c: None for c in range(0x064B, 0x0653)} | {0x0670: None, 0x0640: None}  # AR_MARKS
_ANY_MARK = re.compile(AR_MARKS)


def _unmarked(s: str) -> str:
    """`s` without Arabic diacritics and tatweel, for looking up needles (a needle "رحب"
    is in "رحّب"); the regexes themselves allow the marks."""
    return s.translate(_DROP_MARKS) if _ANY_MARK.search(s) else s


def _plan(patterns: tuple[Pattern, ...]):
    """For one pattern tuple: the patterns always tried (no needle, or one whose lower-casing
    is not plain: a Greek sigma, a capital), and the others grouped by their needle, each
    needle looked for once."""
    got = _PLANS.get(id(patterns))
    if got is not None and got[0] is patterns:
        return got
    always, by_needle = [], {}
    for i, p in enumerate(patterns):
        if not p.needle or p.needle != p.needle.lower() or "σ" in p.needle or "ς" in p.needle:
            always.append(i)
        else:
            by_needle.setdefault(p.needle, []).append(i)
    if len(_PLANS) > 256:  # tuples built on the fly must not pile up
        _PLANS.clear()
    _NEEDLES.add(by_needle)
    got = _PLANS[id(patterns)] = (patterns, tuple(always), {k: tuple(v) for k, v in by_needle.items()},
                                  tuple(by_needle))
    return got


_LOWERED: list = [None, "", False]  # the last text looked up, its lower-cased unmarked copy,
# and whether that copy keeps every offset of the text


def _lowered(text: str) -> str:
    """`text` lower-cased and without Arabic marks, made once per text: every pattern tuple
    looked up on one article's text shares it."""
    if _LOWERED[0] is not text:
        lower = text.lower()
        # aligned: no mark taken out, no character lower-cased to two, no sigma whose lower
        # case depends on the word around it (so a window of the copy is the window's copy)
        aligned = len(lower) == len(text) and "Σ" not in text and not _ANY_MARK.search(text)
        _LOWERED[:] = [text, lower if aligned else _unmarked(lower), aligned]
    return _LOWERED[1]


class _NeedleIndex:
    """Every needle of every planned tuple in one Aho–Corasick automaton, so the needles
    present in a text are found in one pass over it instead of one substring search per
    needle and tuple. Rebuilt only when a newly planned tuple brings needles it lacks (the
    lexicons' tuples are all planned on the first article)."""

    def __init__(self):
        self.words: set[str] = set()
        self.auto = None
        self.last: list = [None, frozenset()]  # the last text, and the needles present in it

    def add(self, needles) -> None:
        new = [n for n in needles if n not in self.words]
        if new:
            self.words.update(new)
            self.auto = None
            self.last = [None, frozenset()]

    def present(self, low: str) -> frozenset[str]:
        if self.last[0] is low:
            return self.last[1]
        if self.auto is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for w in self.words:
                auto.add_word(w, w)
            auto.make_automaton()
            self.auto = auto
        found = frozenset(w for _end, w in self.auto.iter(low)) if self.words else frozenset()
        self.last = [low, found]
        return found


_NEEDLES = _NeedleIndex()


def _candidates(patterns: tuple[Pattern, ...], text: str) -> tuple[Pattern, ...]:
    """The patterns that can match somewhere in `text`, in their order: those whose needle
    occurs in it (as written or lower-cased) and those without one. `find` is called many
    times on one article's text with different windows; this narrows hundreds of patterns to
    the few worth trying, once per text. A needle in a window is in the text too, and in its
    lower-cased copy (lower-casing is per character except for the Greek final sigma: needles
    holding a sigma are always tried). A lower-case needle found in the text as written is
    also in its lower-cased copy, so looking there alone is enough."""
    got = _CANDIDATES.get(id(patterns))
    if got is not None and got[0] is patterns and (got[1] is text or got[1] == text):
        return got[2]
    _, always, by_needle, needles = _plan(patterns)
    present = _NEEDLES.present(_lowered(text))
    idx = list(always)
    if len(present) < len(needles):
        for n in present:
            idx += by_needle.get(n, ())
    else:
        for n in needles:
            if n in present:
                idx += by_needle[n]
    keep = tuple(patterns[i] for i in sorted(idx))
    if len(_CANDIDATES) > 256:
        _CANDIDATES.clear()
    _CANDIDATES[id(patterns)] = (patterns, text, keep)
    return keep


def find(patterns: tuple[Pattern, ...], text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """Every match of `patterns` in text[start:end], longest first where they overlap,
    returned in text order. Offsets are into `text`."""
    end = len(text) if end is None else end
    if not patterns:
        return []
    cands = _candidates(patterns, text)
    if not cands:
        return []
    window = text[start:end]
    low = None
    hits = []
    for p in cands:
        if p.needle and p.needle not in window:
            if low is None:  # made once, and only when a needle is not found as written
                whole = _lowered(text)  # the text's copy, sliced when it keeps every offset
                low = whole[start:end] if _LOWERED[2] else _unmarked(window.lower())
            if p.needle not in low:
                continue  # the literal is absent: the regex cannot match here
        for m in p.regex.finditer(text, start, end):
            hits.append(Hit(m.start(), m.end(), p))
    if not hits:
        return []
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    kept: list[Hit] = []
    for h in hits:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def words_before(text: str, pos: int, n: int, floor: int = 0) -> int:
    """Offset where the `n` words before `pos` begin (not before `floor`)."""
    i, seen = pos, 0
    while i > floor and seen < n:
        i -= 1
        while i > floor and text[i].isspace():
            i -= 1
        while i > floor and not text[i - 1].isspace():
            i -= 1
        seen += 1
    return max(i, floor)


def words_after(text: str, pos: int, n: int, ceil: int) -> int:
    """Offset where the `n` words after `pos` end (not after `ceil`)."""
    m = re.compile(r"(?:\s*\S+){0,%d}" % n).match(text, pos, ceil)
    return m.end() if m else pos


def has_cue_before(lex: Lexicon, kind: str, text: str, pos: int, n_words: int, floor: int = 0) -> bool:
    s = words_before(text, pos, n_words, floor)
    return bool(find(lex.cue(kind), text, s, pos))
