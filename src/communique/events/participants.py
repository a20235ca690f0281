"""Which entity mentions near a meeting trigger are participants and which is the place.

A person named as a side of the meeting takes part. An organisation or country takes part
when it is introduced as a side ("a delegation from X", "representatives of X", "وفد X") or
stands on its own; when it only qualifies a person's title ("the US envoy James Jeffrey",
"President of the Syrian Coalition, Abdurrahman Mustafa") it does not. A place right after
"in"/"at"/"في"/"ب" is where the meeting was, not a participant.
"""

from __future__ import annotations

import functools
import re

from ..en.gazetteer import demonym
from .context import PLACE_TYPES, EventContext, Ref
from .cues import find, has_cue_before, words_before
from ..lexicon import table
from ..textnorm import arabic_fold

ATTACH_GAP = 70  # chars: a title between an organisation and its person ("'s special envoy to")
_EN_SEPARATOR = re.compile(r"\b(?:and|with|between|met|meets|as well as|who|which)\b|[;()\"“”]", re.I)
# Arabic joins list items with the clitic و ("ومجلس ...، والإدارة ...") and a verb
# ("حضره") ends the side before the attendance list.
_AR_SEPARATOR = re.compile(r"[،,;:()\"“”«»]|(?:^|\s)(?:مع|بين|و)(?:\s|$)|(?:^|\s)وال|حضر")
_AR_GLOSS = re.compile(r"\((?:\s*[^()\s]+){1,3}\s*\)")  # a bracketed gloss of up to three words
PLACE_WINDOW = 10  # words: "in the eastern outskirts of the Lebanese town of X"
# words that end the phrase a place preposition opens ("in the same office with X")
_PLACE_BREAK = re.compile(r"\b(?:with|and|between|to|for|from|by|on|that|which|who|as|after|before|while)\b"
                          r"|(?:^|\s)(?:مع|بين|الى|إلى|على|عن|من)(?:\s|$)", re.I)
AR_PLACE_GAP = 2  # "في مدينة جدة", "في حقل العمر"
PLACE_RANK = {"FAC": 0, "LOC": 1, "GPE": 1}


def attached(ctx: EventContext, r: Ref, floor: int, ceil: int) -> bool:
    """`r` (an organisation or country) is part of a person's title or apposition."""
    sep = _AR_SEPARATOR if ctx.lang == "ar" else _EN_SEPARATOR
    for p in ctx.refs_in(floor, ceil, {"PERSON"}):
        if p.end <= r.start:
            gap = ctx.ftext[p.end : r.start]
        elif p.start >= r.end:
            gap = ctx.ftext[r.end : p.start]
        else:
            continue
        if ctx.lang == "ar":
            # a gloss in brackets ("أنصار الله (الحوثيين)") continues the title; the brackets
            # themselves, at the edges of the mention, are no separator either
            gap = _AR_GLOSS.sub(" ", gap).strip("()")
            if p.end <= r.start and _ar_title_after_comma(gap):
                # "X، المبعوث الخاص للأمين العام إلى اليمن": the title in
                # apposition after the name, up to the body it names
                gap = gap.strip().lstrip("،,")
        # "رئيس الاستخبارات المصرية، عباس كامل": a title and its name across a bare comma
        if ctx.lang == "ar" and p.start >= r.end and gap.strip() in ("،", ","):
            return True
        if len(gap) <= ATTACH_GAP and not sep.search(gap):
            if ctx.lang == "en" and p.end <= r.start and "," not in gap and "'s" not in gap and "’s" not in gap:
                # "Jamous met X": a person directly before an organisation with no comma is not
                # its title unless a title word links them ("Jamous, head of X").
                if not re.search(r"\b(?:of|for|to|at)\b", gap):
                    continue
            return True
    return False


def _list_starts(ctx: EventContext, kind: str, floor: int, ceil: int) -> list[int]:
    return [h.end for h in find(ctx.lex.cue(kind), ctx.ftext, floor, ceil)]


_LIST_WORDS = {"the", "and", "of", "from", "a", "an", "its", "their", "من", "عن", "و", "ال"}


def cued(ctx: EventContext, r: Ref, kind: str, floor: int) -> bool:
    """`r` follows a cue of `kind`, directly or as a later item of the list after it
    ("envoys of Norway, Japan, Canada and the European Union", "وفد من X"):
    between the cue and `r` stand only other names and list words."""
    for end in _list_starts(ctx, kind, floor, r.start):
        rest = ctx.ftext[end : r.start]
        for o in reversed(ctx.refs_in(end, r.start)):
            rest = rest[: o.start - end] + " " + rest[o.end - end :]
        words = [w for w in re.split(r"[\s,،]+", rest) if w]
        if len(words) <= 6 and all(w.lower() in _LIST_WORDS for w in words):
            return True
    return False


def place_cued(ctx: EventContext, r: Ref, floor: int) -> bool:
    if ctx.lang == "ar":
        before = ctx.ftext[max(floor, r.start - 2) : r.start]
        if before.endswith("ب") and (len(before) < 2 or before[-2] in " و"):
            return True
        mention = ctx.ftext[r.start : r.end]
        if mention.startswith(("ب", "في ")) and r.type in PLACE_TYPES:
            return True
    elif demonym(ctx.ftext[r.start : r.end]) is not None:
        return False  # "in the day the Qatari premier": an adjective names no setting
    s = words_before(ctx.ftext, r.start, PLACE_WINDOW, floor)
    for h in find(ctx.lex.cue("place"), ctx.ftext, s, r.start):
        if find(ctx.lex.cue("named_in"), ctx.ftext, words_before(ctx.ftext, h.start, 3, floor), h.start):
            continue  # "the Support Mission in Libya", "بعثة الدعم في ليبيا": part of a name
        gap = ctx.ftext[h.end : r.start]
        if "," in gap or "،" in gap or _PLACE_BREAK.search(gap):
            continue
        words = gap.split()
        if ctx.lang == "ar" and len(words) > AR_PLACE_GAP:
            continue
        if ctx.lang != "ar" and any(re.fullmatch(r"[a-z]+(?:ing|ed)", w) for w in words):
            continue  # "in supporting Sudan's unity": a verb phrase, not a setting
        if any(o.type not in PLACE_TYPES | {"NORP"} for o in ctx.refs_in(h.end, r.start)):
            continue
        return True
    return False


_EN_FUNCTION = {"and", "or", "at", "in", "on", "to", "for", "of", "with", "by", "from", "as", "after", "before",
                "over", "during", "who", "which", "that", "was", "were", "is", "are", "has", "have", "had",
                "will", "would", "said", "says", "met", "meets", "held", "received", "the", "a", "an", "last",
                "this", "since", "until", "about", "said", "told", "also"}


def modifier(ctx: EventContext, r: Ref) -> bool:
    """English: a country name used as an adjective of a person ("the Saudi official",
    "Russian counterpart") stands for that person, not for the country taking part."""
    if ctx.lang != "en":
        return False
    m = re.match(r" ([a-z][a-z\-]+)\b", ctx.ftext[r.end : r.end + 30])
    if m and find(ctx.lex.cue("group_noun"), m.group(1)):
        return False  # "with Saudi officials": unnamed officials, so the state takes part
    return bool(m) and m.group(1) not in _EN_FUNCTION and not ctx.ftext[r.start:r.end][:1].islower()


def _ar_adjective(ctx: EventContext, r: Ref) -> bool:
    """Arabic: a country named by its adjective ("قائد الإدارة السورية", "وفداً قطرياً") 
    describes a person, a body or a delegation; the country itself does not take part."""
    if ctx.lang != "ar":
        return False
    from .speakers import ar_bare, ar_country_adjectives

    words = ctx.ftext[r.start : r.end].split()
    if len(words) != 1:
        return False
    written = re.sub("[\u064c-\u0652\u0640]", "", words[0])
    # the adjective is definite ("السورية") or indefinite with the accusative ("قطرياً"); bare
    # "سورية" is the country's own name in Syrian usage
    definite = bool(re.match(r"[وفبل]?[بل]?ال", written))
    accusative = written.endswith(("ياً", "يًا"))  # marked: bare "تركيا" is a country's name
    if not (definite or accusative):
        return False
    word = re.sub(r"(?:اً|ًا)$", "", ar_bare(written))
    return word in ar_country_adjectives()


def weak_place(ctx: EventContext, refs: list[Ref], floor: int) -> Ref | None:
    """A visit's destination ("his visit to Sudan", "زيارته للقاهرة"): a place for the
    meeting only when no sentence and no dateline gives one."""
    for r in refs:
        if r.type not in PLACE_TYPES:
            continue
        s = words_before(ctx.ftext, r.start, 2, floor)
        for h in find(ctx.lex.cue("weak_place"), ctx.ftext, s, r.start):
            gap = ctx.ftext[h.end : r.start].strip()
            if not gap or (ctx.lang == "ar" and ctx.ftext[r.start] == "ل" and not gap):
                return r
            if ctx.lang == "ar" and gap in ("ل", "إلى", "الى"):
                return r
    return None


def source_cued(ctx: EventContext, r: Ref, floor: int) -> bool:
    return has_cue_before(ctx.lex, "source", ctx.ftext, r.start, 4, floor)


def classify(ctx: EventContext, refs: list[Ref], floor: int, ceil: int) -> tuple[list[str], list[Ref]]:
    """(participant entity ids in text order, place mentions) among `refs`, all inside the
    sentence [floor, ceil)."""
    parts: list[str] = []
    places: list[Ref] = []
    for r in refs:
        if r.type not in PLACE_TYPES and _after_place_noun(ctx, r, floor):
            r = Ref(r.start, r.end, r.eid, "GPE")  # "the resort city of X": a place, whatever its tag
        elif r.type == "ORG" and ctx.lang == "ar" and _venue(ctx.ftext[r.start : r.end]):
            # "في البيت الأبيض", "في الكرملين": a seat of government tagged as the body it
            # houses is, after a place preposition, the building a meeting is held in
            probe = Ref(r.start, r.end, r.eid, "FAC")
            if place_cued(ctx, probe, floor):
                r = probe
        if r.type in PLACE_TYPES and place_cued(ctx, r, floor):
            if _in_title(ctx, r, ceil):
                continue
            if not _capital_of(ctx, r):  # "in the Jordanian capital" names no place itself
                places.append(r)
            continue
        if r.type == "ORG" and _members_of(ctx, r, floor):
            continue  # "قادة الدول الأعضاء في الجامعة العربية ومنظمة التعاون": their members came
        if r.type == "ORG" and _premises_of(ctx, r, floor):
            continue  # "بمقر الجامعة العربية", "at the headquarters of X": where, not who
        if r.type in ("ORG", "GPE") and cued(ctx, r, "qualifier", floor):
            continue  # "foreign ministers from X, Y and Z": the ministers take part, named or not
        if r.type not in ("PERSON", "ORG", "GPE") or source_cued(ctx, r, floor):
            continue
        if r.type == "GPE" and (modifier(ctx, r) or _ar_adjective(ctx, r)):
            continue
        if r.type != "PERSON" and not cued(ctx, r, "delegation", floor) and attached(ctx, r, floor, ceil):
            continue
        if r.eid not in parts:
            parts.append(r.eid)
    # Arabic puts the country's adjective after the city ("في مدينة جدة السعودية"، "بمدينة
    # جنيف السويسرية"): the adjective qualifies the city and is no place of its own
    places = [q for q in places if not (_ar_adjective(ctx, q) and any(
        p.end <= q.start and not ctx.ftext[p.end : q.start].strip() for p in places if p is not q))]
    # "the Turkish city of Istanbul", "بمدينة جنيف السويسرية": the named city, not its country
    places = [p for p in places if not any(q.start > p.end and _chained(ctx, p, q) for q in places)]
    return parts, places


def _ar_title_after_comma(gap: str) -> bool:
    """The gap from a name to an organisation opens with a comma and a title word."""
    from .speakers import ar_bare, speaker_titles

    m = re.match(r"\s*[،,]\s*(\S+)", gap)
    return bool(m) and ar_bare(m.group(1)) in {ar_bare(t) for t in speaker_titles("ar")}


_AR_MEMBERS_OF = re.compile(r"(?<!\S)(?:ال)?اعضاء\s+(?:في|ب)\s*")  # folded "الأعضاء في"


def _members_of(ctx: EventContext, r: Ref, floor: int) -> bool:
    """Arabic: the organisation is named as the one whose members take part ("بمشاركة
    قادة الدول الأعضاء في جامعة الدول العربية ومنظمة التعاون الإسلامي", "وزراء خارجية الدول
    الأعضاء في مجلس التعاون"): "الأعضاء في" before it in the same comma-free stretch."""
    if ctx.lang != "ar":
        return False
    seg = max(floor, max(ctx.ftext.rfind(c, floor, r.start) for c in "،,") + 1)
    return bool(_AR_MEMBERS_OF.search(ctx.ftext, seg, r.start))


def _premises_of(ctx: EventContext, r: Ref, floor: int) -> bool:
    """Arabic: the organisation names the building a meeting is held in ("بمقر الجامعة
    العربية", "في مقر الأمم المتحدة"): a facility word right before it, after a place
    preposition."""
    if ctx.lang != "ar":
        return False
    start = words_before(ctx.ftext, r.start, 3, floor)
    for h in find(ctx.lex.cue("facility_word"), ctx.ftext, start, r.start):
        if not ctx.ftext[h.end : r.start].strip() and \
                (ctx.ftext[h.start] == "ب" or find(ctx.lex.cue("place"), ctx.ftext, words_before(ctx.ftext, h.start, 1, floor), h.start)):
            return True
    return False


TITLE_NAME_GAP = 3  # words between the place and the name: "في السودان الفريق أول عبد الفتاح البرهان"


def _in_title(ctx: EventContext, r: Ref, ceil: int) -> bool:
    """Arabic: the place qualifies a body in a person's title, between the title and the name
    ("رئيس مجلس السيادة الانتقالي في السودان الفريق أول البرهان", "سفير الاتحاد الأوروبي في
    سوريا X"): it is where the office is, not where the meeting was."""
    if ctx.lang != "ar":
        return False
    from .speakers import ar_bare, speaker_titles  # speakers imports this module's neighbours

    before = [o for o in ctx.refs_in(max(0, r.start - 80), r.start) if o.end <= r.start]
    if not before or before[-1].type != "ORG":
        return False
    org = before[-1]
    if ctx.ftext[org.end : r.start].strip() not in ("في", "ب") and not ctx.ftext[org.end : r.start].strip().endswith(" في"):
        return False
    lead = ctx.ftext[max(0, org.start - 20) : org.start].split()
    titles = {ar_bare(t) for t in speaker_titles("ar")}
    if not lead or ar_bare(lead[-1]) not in titles:
        return False
    after = [p for p in ctx.refs_in(r.end, ceil) if p.type == "PERSON"]
    if not after:
        return False
    gap = ctx.ftext[r.end : after[0].start]
    return "،" not in gap and "," not in gap and len(gap.split()) <= TITLE_NAME_GAP


def _chained(ctx: EventContext, p: Ref, q: Ref) -> bool:
    """"the Turkish city of Istanbul", "the Mediterranean resort city of X": `p` only
    qualifies the place `q` names."""
    gap = ctx.ftext[p.end : q.start]
    return "," not in gap and "،" not in gap and len(gap.split()) <= 3 and p.type in ("GPE", "LOC")


# Arabic is matched on folded text, where ة is ه ("العاصمه")
_CAPITAL = {"en": re.compile(r"\s+capital\b", re.I), "ar": re.compile(r"(?:العاصم[ةه]|عاصم[ةه])\s*$")}


@functools.lru_cache(maxsize=1)
def _venues() -> frozenset[str]:
    """The named seats of government and palaces of data/venues.tsv, folded."""
    return frozenset(arabic_fold(row[0]).lower() for row in table("venues.tsv") if row)


def _venue(mention: str) -> bool:
    m = arabic_fold(mention).lower()
    # a leading clitic or article glued on ("بالبيت الأبيض" keeps "البيت الأبيض")
    return m in _venues() or any(m[i:] in _venues() for i in (1, 2) if len(m) > i + 3)


def _capital_of(ctx: EventContext, r: Ref) -> bool:
    """"the Jordanian capital", "العاصمة الأردنية": the country's capital, which the
    sentence leaves unnamed (the dateline usually names it)."""
    if ctx.lang == "ar":
        return bool(_CAPITAL["ar"].search(ctx.ftext[max(0, r.start - 12) : r.start]))
    return bool(_CAPITAL["en"].match(ctx.ftext, r.end)) and modifier(ctx, r)


def _after_place_noun(ctx: EventContext, r: Ref, floor: int) -> bool:
    start = words_before(ctx.ftext, r.start, 3, floor)
    return any(not ctx.ftext[h.end : r.start].strip() for h in find(ctx.lex.cue("place_noun"), ctx.ftext, start, r.start))


def best_place(places: list[Ref]) -> Ref | None:
    """The most specific place: a facility over its city, else the first named."""
    if not places:
        return None
    return sorted(places, key=lambda r: (PLACE_RANK.get(r.type, 2), r.start))[0]
