"""A capital that stands for its state's government ("أعلنت أنقرة", "إن واشنطن لا تعتقد",
"الفصائل المدعومة من أنقرة") is a mention of the state, as the gold convention has it; one
the article also uses as a place ("في واشنطن", "بالرياض", a dateline) stays the city in every
mention. The word before each mention decides (`data/ar/capital_cues.tsv`, plus the finite
forms of the verbs in `verb_lemmas.tsv` other than meetings and visits); mentions whose
neighbour says nothing do not count either way. Pure functions over the text."""

from __future__ import annotations

import functools
import re

from ..lexicon import table
from ..model import Mention
from ..textnorm import arabic_fold

# a word of Arabic letters (and marks) before a position, in the same clause
_PREV_WORDS = re.compile(r"([\u0621-\u064a\u064b-\u065f\u0670\u0640]+)\s+([\u0621-\u064a\u064b-\u065f\u0670\u0640]+)\s*$")
_PREV_WORD = re.compile(r"([\u0621-\u064a\u064b-\u065f\u0670\u0640]+)\s*$")
_LETTER = re.compile(r"[\u0621-\u064a]")


@functools.lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    out = {" ".join(arabic_fold(w) for w in r[0].split()): r[1] for r in table("ar", "capital_cues.tsv") if len(r) > 1}
    from ..events import ar_morph  # verbs of saying and acting: "رحبت الدوحة", "أفرجت واشنطن"
    for lemma in ar_morph.lemmas():
        if lemma.type == "CONSULT":
            continue  # "زار واشنطن", "استقبلت أنقرة": a visit's place or a host, not a statement
        for form, _agr in ar_morph.past_forms(lemma.past, lemma.past_f)[:2]:
            out.setdefault(arabic_fold(form), "state")
        if lemma.participle:  # "متهماً الرياض", "داعياً واشنطن": the state is the object
            for form, _agr in ar_morph.participle_forms(lemma.participle):
                out.setdefault(arabic_fold(form), "state")
    return out


def reading(text: str, m: Mention) -> str | None:
    """"state", "place" or None (nothing said) for one mention of a capital."""
    before = text[max(0, m.start - 60):m.start]
    line_start = before.rfind("\n") + 1 if "\n" in before else 0
    if not before[line_start:].strip() and re.match(r"\s*[-–—/]", text[m.end:m.end + 3]):
        return "place"  # a dateline: "أنقرة - الأناضول"
    if before and _LETTER.match(before[-1]):
        clitic = re.search(r"([\u0621-\u064a]+)$", before).group(1)
        if any(c in clitic for c in "بلك"):
            return "place"  # "بالرياض", "للدوحة"
        if clitic == "و":  # "بين دمشق والرياض": two governments between which something stands
            two = _PREV_WORDS.search(before[:-1])
            if two and arabic_fold(two.group(1)) in ("بين", "مع"):
                return "state"
        return None  # otherwise what "والرياض" is depends on what it is joined to
    cues = _cues()
    two = _PREV_WORDS.search(before)
    if two:
        key = arabic_fold(two.group(1)) + " " + arabic_fold(two.group(2))
        if key in cues:
            return cues[key]
        # "العاصمة السعودية الرياض": the capital in apposition
        if arabic_fold(two.group(1)) in ("العاصمه", "عاصمه"):
            return "place"
    one = _PREV_WORD.search(before)
    if not one:
        return None
    word = arabic_fold(one.group(1))
    if word in cues:
        return cues[word]
    for clitic in ("و", "ف"):  # "وأعلنت أنقرة", "فإن واشنطن"
        if word.startswith(clitic) and word[1:] in cues:
            return cues[word[1:]]
    return None


def stands_for_state(text: str, mentions: list[Mention]) -> bool:
    """Some mention reads as the state and none as the city."""
    readings = [reading(text, m) for m in mentions]
    return "state" in readings and "place" not in readings
