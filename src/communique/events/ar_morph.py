"""Arabic verbs of saying and acting, inflected: one lexicon line a verb, every form the
news gives it.

A report writes "رحب" and "رحّبت", "يرحب" and "ترحب", "رحبا" and "رحبوا", "مرحباً" and
"مرحبةً", "طالبه" and "طالبتهم". `verb_lemmas.tsv` names each verb by its citation forms
(past he, past she, present he, adverbial participle); this module generates the rest
(dual and plural, feminine present, "we", an object pronoun) by the regular rules of
the language, and records each form's agreement: a verb agrees with its subject, so a
feminine verb with a dropped subject ("وأضافت أن") refers back to a feminine speaker (a
ministry, a state, a woman), never to the man named last.

Agreement labels: "m" he, "f" she, "d" the two, "p" they, "1" we/I.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from ..lexicon import entries, table
from ..textnorm import AR_MARKS, arabic_fold

MARKS = AR_MARKS + "*"  # harakat, shadda, sukun, dagger alef, tatweel
OBJECT_SUFFIX = "(?:هما|هم|هن|ها|ه|نا)"  # "طالبه", "حثتهم", "دعاها"; "you"/"me" are rare in news
# proclitics of a verb: the conjunctions, and "ل" of purpose/command before the present
# is left out ("ليؤكد" introduces a purpose, not a report)
VERB_PREFIX = "[وف]?"
# a complement word may carry a clitic and the article ("حمّل إسرائيل المسؤولية")
WORD_PREFIX = "(?:[وف]?[بلك]?(?:ال)?)"
GAP_WORDS = 6
SAY = "SAY"  # the type column of a reporting verb


@dataclass(frozen=True)
class Lemma:
    past: str
    past_f: str | None
    present: str | None
    participle: str | None
    complement: str | None
    type: str
    mode: str | None


def _opt(s: str) -> str | None:
    s = s.strip()
    return None if s in ("", "-") else s


def past_forms(past: str, past_f: str | None) -> list[tuple[str, str]]:
    """He, she, the two (m, f), they, we: "دعا" → دعت دعوا دعتا دعونا; "نفى" → نفت نفيا نفوا."""
    fem = past_f or past + "ت"
    out = [(past, "m"), (fem, "f"), (fem + "ا", "d")]
    if past.endswith("ى"):  # نفى، أبدى
        out += [(past[:-1] + "يا", "d"), (past[:-1] + "وا", "p"), (past[:-1] + "ينا", "1")]
    elif past.endswith("ا"):  # دعا
        out += [(past[:-1] + "وا", "p"), (past[:-1] + "ونا", "1")]
    else:
        out += [(past + "ا", "d"), (past + "وا", "p"), (past + "نا", "1")]
    return out


def present_forms(present: str) -> list[tuple[str, str]]:
    """From the he-form "يؤكد": تؤكد (she), نؤكد (we), يؤكدان / تؤكدان (the two),
    يؤكدون (they); a stem ending in و or ي drops it before "ون" (يدعو → يدعون)."""
    if not present.startswith("ي"):
        return [(present, "m")]
    stem = present[1:]
    plural = (present[:-1] if present[-1] in "وي" else present) + "ون"
    # ("I", أ + stem, is left out: it is the past of form IV verbs, "أعرب"، "أعلن")
    return [(present, "m"), ("ت" + stem, "f"), ("ن" + stem, "1"),
            (present + "ان", "d"), ("ت" + stem + "ان", "d"), (plural, "p")]


def participle_forms(part: str) -> list[tuple[str, str]]:
    """The adverbial participle (حال) after a main verb: "مؤكداً" → مؤكدةً, مؤكدين;
    "داعياً" → داعيةً, داعين."""
    base = part[:-1] if part.endswith("ا") else part
    plural = (base[:-1] if base.endswith("ي") else base) + "ين"
    return [(part, "m"), (base + "ة", "f"), (plural, "p")]


def _letters(word: str) -> str:
    """A folded word as a regex that lets diacritics stand after any letter ("رحّب")."""
    return "".join(re.escape(c) + MARKS for c in word)


def _complement_regex(complement: str) -> str:
    out = ""
    for w in complement.split():
        if w == "...":
            out += rf"(?:\s+\S+){{0,{GAP_WORDS}}}?"
            continue
        star = w.endswith("*")
        out += r"\s+" + WORD_PREFIX + _letters(arabic_fold(w.rstrip("*"))) + (r"\w*" + MARKS if star else "")
    return out


def forms(lemma: Lemma) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(finite forms, participle forms) of a lemma, each with its agreement, folded."""
    finite = past_forms(lemma.past, lemma.past_f)
    if lemma.present:
        finite += present_forms(lemma.present)
    parts = participle_forms(lemma.participle) if lemma.participle else []
    fold = lambda fs: [(arabic_fold(f), a) for f, a in fs]  # noqa: E731
    return fold(finite), fold(parts)


@functools.lru_cache(maxsize=None)
def homographs() -> frozenset[str]:
    """Folded words a verb form collides with once its hamza is folded ("هنأ" → "هنا")."""
    return frozenset(arabic_fold(e) for e in entries("ar", "folded_homographs.txt"))


_HAMZA = set("أإآؤئء")


def hamza_kept(written: str) -> bool:
    """False for a word matched on folded text whose folded spelling is another word and
    which the text writes without a hamza ("وهنا يأتي" is no "وهنأ")."""
    w = arabic_fold(_STRIP_MARKS.sub("", written.strip()))
    bare = w[1:] if w[:1] in "وف" and w[1:] in homographs() else w
    return bare not in homographs() or bool(_HAMZA & set(written))


def lemma_regex(lemma: Lemma, participles: bool) -> str | None:
    """One regex for a lemma's finite forms (with an object pronoun when it acts on someone:
    a verb of saying with one is a relative clause, "وهو ما أكده الوزير") or its participles."""
    finite, parts = forms(lemma)
    chosen = parts if participles else finite
    if not chosen:
        return None
    words = sorted({f for f, _ in chosen}, key=len, reverse=True)
    body = "(?:" + "|".join(_letters(w) for w in words) + ")"
    if not participles and lemma.type != SAY:
        body += OBJECT_SUFFIX + "?" + MARKS
    return r"(?<![\w])" + VERB_PREFIX + body + _complement_regex(lemma.complement or "") + r"(?![\w])"


@functools.lru_cache(maxsize=None)
def lemmas() -> tuple[Lemma, ...]:
    out = []
    for r in table("ar", "verb_lemmas.tsv"):
        r = tuple(r) + ("",) * (7 - len(r))
        out.append(Lemma(r[0].strip(), _opt(r[1]), _opt(r[2]), _opt(r[3]), _opt(r[4]), r[5].strip(), _opt(r[6])))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _agreements() -> dict[str, str]:
    """Folded form → agreement; a form two lemmas share with different agreements is left
    out (ambiguous)."""
    seen: dict[str, set[str]] = {}
    for lemma in lemmas():
        finite, parts = forms(lemma)
        for f, a in finite + parts:
            seen.setdefault(f, set()).add(a)
    return {f: next(iter(a)) for f, a in seen.items() if len(a) == 1}


_STRIP_MARKS = re.compile(MARKS.replace("*", "+"))
_SUFFIX_END = re.compile(OBJECT_SUFFIX + "$")


def agreement(word: str) -> str:
    """The agreement of a verb form as written ("وأضافت" → "f", "وحثّوا" → "p"), "" when
    the word is no inflected form of a lexicon verb."""
    w = arabic_fold(_STRIP_MARKS.sub("", word.strip()))
    table_ = _agreements()
    for cand in (w, w[1:] if w[:1] in "وف" else None):
        if not cand:
            continue
        if cand in table_:
            return table_[cand]
        m = _SUFFIX_END.search(cand)
        if m and cand[: m.start()] in table_:
            return table_[cand[: m.start()]]
    return ""


def shape_agreement(word: str) -> str:
    """The agreement a past-tense verb's ending shows when the verb is no lexicon lemma (a
    trigger phrase such as "قصفت"، "استهدفت"، "شنوا"): "ت" closing a stem of two letters or
    more is she, "وا" they; anything else "" (unknown). The present is not guessed: a
    leading "ت" is also the past of form V verbs ("تقدم"، "تعهد")."""
    w = arabic_fold(_STRIP_MARKS.sub("", word.strip()))
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    if len(w) >= 3 and w.endswith("ت"):
        return "f"
    if len(w) >= 4 and w.endswith("وا"):
        return "p"
    return ""


@functools.lru_cache(maxsize=None)
def lemma_patterns():
    """(reporting-verb patterns, typed trigger patterns, participle cue patterns) for the
    lexicon (events.cues.lexicon): one pattern a lemma and kind, its forms in one
    alternation; its needle (what `cues.find` looks for before trying the regex) is the
    longest string every form contains ("كد" for أكد، يؤكد، مؤكداً)."""
    from .cues import Pattern

    said, acts, participles = [], [], []
    for lemma in lemmas():
        phrase = lemma.past + (f" {lemma.complement}" if lemma.complement else "")
        label = "" if lemma.type == SAY else lemma.type
        finite, parts = forms(lemma)
        bucket = said if lemma.type == SAY else acts
        for rx, fs in ((lemma_regex(lemma, participles=False), finite), (lemma_regex(lemma, participles=True), parts)):
            if rx:
                bucket.append(Pattern(phrase, re.compile(rx), label, lemma.mode, _common([f for f, _ in fs])))
        if lemma.participle:
            part = lemma_regex(dataclasses.replace(lemma, complement=None), True)
            participles.append(Pattern(lemma.participle, re.compile(part), "", None, _common([f for f, _ in parts])))
    return tuple(said), tuple(acts), participles


def _common(words: list[str]) -> str:
    """The longest substring of the first word that every word contains ("" if under two
    letters: then the pattern is always tried)."""
    first = min(words, key=len)
    for size in range(len(first), 1, -1):
        for i in range(len(first) - size + 1):
            sub = first[i : i + size]
            if all(sub in w for w in words):
                return sub
    return ""
