"""Normalisation of names and text for matching, in both scripts."""

from __future__ import annotations

import functools
import re
import unicodedata

# one mark news copy writes over Arabic letters: short vowels, tanween, shadda, sukun, dagger
# alef, tatweel (the lexicon patterns let any number stand after each letter)
AR_MARKS = "[\u064b-\u0652\u0670\u0640]"
AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_ARABIC = re.compile("[\u0600-\u06ff]")


# `arabic_fold` in one pass: the marks AR_DIACRITICS matches deleted, the letters folded, the
# digits made Western. No mark is a folded letter or a digit, so one table does all three.
_ARABIC_FOLD = {**AR_DIGITS, **{ord(c): "ا" for c in "أإآٱ"}, ord("ى"): "ي", ord("ة"): "ه",
                **{c: None for c in range(0x600, 0x700) if AR_DIACRITICS.match(chr(c))}}  # all in this block


def has_arabic(s: str) -> bool:
    return bool(_ARABIC.search(s or ""))


def arabic_fold(s: str) -> str:
    """Fold the spelling variants Arabic writers mix freely: hamza seats on alef,
    alef maqsura/ya, ta marbuta/ha; strip diacritics and tatweel. Length-preserving
    apart from the removed marks."""
    return s.translate(_ARABIC_FOLD)


def fold_char(c: str) -> str:
    """One character folded as `arabic_fold` does; used where offsets must be kept."""
    if c in "أإآٱ":
        return "ا"
    if c == "ى":
        return "ي"
    if c == "ة":
        return "ه"
    return c.translate(AR_DIGITS)


# `fold_char` as one translation table, so a whole text folds in one pass (C speed).
_FOLD_TABLE = {**AR_DIGITS, **{ord(c): "ا" for c in "أإآٱ"}, ord("ى"): "ي", ord("ة"): "ه"}


def fold_chars(text: str) -> str:
    """`text` with every character folded by `fold_char`: same length, same offsets."""
    return text.translate(_FOLD_TABLE)


# Names and cue words are normalised over and over (every comparison of two mentions, in
# every article of a corpus): short strings are memoised, long texts computed each time.
_MEMO_CHARS = 200


def norm(s: str | None) -> str:
    """The scorer's normalisation: NFKC, casefold, Arabic folding, punctuation to space,
    spaces collapsed, a leading "the"/"al"/"el" word dropped."""
    if not s:
        return ""
    return _norm_memo(s) if len(s) <= _MEMO_CHARS else _norm(s)


@functools.lru_cache(maxsize=1 << 16)
def _norm_memo(s: str) -> str:
    return _norm(s)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold().translate(AR_DIGITS)
    s = arabic_fold(s)
    s = s.replace("’", "'").replace("`", "'")
    s = _PUNCT.sub(" ", s)
    s = _SPACES.sub(" ", s).strip()
    return re.sub(r"^(the|al|el) ", "", s)


def latin_key(s: str) -> str:
    """A spelling-tolerant key for Latin-script names: articles and hyphens removed."""
    return _latin_key_memo(s) if len(s) <= _MEMO_CHARS else _latin_key(s)


@functools.lru_cache(maxsize=1 << 16)
def _latin_key_memo(s: str) -> str:
    return _latin_key(s)


def _latin_key(s: str) -> str:
    s = norm(s)
    s = re.sub(r"\b(al|el|ad|ar|as|an|at|ash|az|ul)\b", " ", s)
    return re.sub(r"[\s\-']+", "", s)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
