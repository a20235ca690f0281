"""The English word lists the recognisers read (see the files under `data/en/`)."""

from __future__ import annotations

import functools

from ..lexicon import entries, table


@functools.lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """lowercase word -> "courtesy" | "title" | "modifier" (titles.txt)."""
    return {r[0].lower(): r[1] for r in table("en", "titles.txt") if len(r) >= 2}


def title_kind(word: str) -> str | None:
    w = word.lower().replace("’", "'")
    return titles().get(w) or (titles().get(w + ".") if not w.endswith(".") else None)


@functools.lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    return frozenset(w for w, k in titles().items() if k == "title")


@functools.lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "org_heads.txt"))


@functools.lru_cache(maxsize=1)
def furniture_words() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "furniture_names.txt"))


@functools.lru_cache(maxsize=1)
def place_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(cues before a name, cues after it)."""
    rows = table("en", "place_cues.txt")
    return (frozenset(r[0] for r in rows if r[1] == "before"),
            frozenset(r[0] for r in rows if r[1] == "after"))


@functools.lru_cache(maxsize=1)
def place_suffixes() -> frozenset[str]:
    return frozenset(entries("en", "place_suffixes.txt"))


@functools.lru_cache(maxsize=1)
def facility_heads() -> tuple[str, ...]:
    return tuple(sorted(entries("en", "facility_heads.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def title_classes() -> dict[str, str]:
    """title word -> its class (titles.txt third field), the word itself when it has none."""
    return {r[0].lower(): (r[2] if len(r) > 2 else r[0].lower()) for r in table("en", "titles.txt")
            if len(r) >= 2 and r[1] == "title"}


@functools.lru_cache(maxsize=1)
def title_phrases() -> tuple[str, ...]:
    return tuple(p.lower() for p in entries("en", "title_phrases.txt"))


@functools.lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "kinship_words.txt"))


@functools.lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "not_names.txt"))


@functools.lru_cache(maxsize=1)
def demonym_state_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "demonym_state_nouns.txt"))


@functools.lru_cache(maxsize=1)
def direction_words() -> frozenset[str]:
    return frozenset(entries("en", "direction_words.txt"))


@functools.lru_cache(maxsize=1)
def facility_prefixes() -> frozenset[str]:
    return frozenset(entries("en", "facility_prefixes.txt"))


@functools.lru_cache(maxsize=1)
def name_particles() -> tuple[str, ...]:
    return entries("en", "name_particles.txt")


@functools.lru_cache(maxsize=1)
def issuer_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("en", "issuer_nouns.txt"))
