"""Who says or does what: the speaker of a reporting verb or the actor of a trigger.

English takes the grammatical subject from the spaCy parse; Arabic reads verb-first order
("وأكد الحريري أن", "قال المبعوث الأمريكي ... جيفري إن"). A pronoun subject, or an Arabic
verb with no named subject ("وأضاف", "وأكد أن"), is the last person named as a speaker. A
sentence opened by "For his part"/"من جانبه" whose subject names nobody turns to the other
main participant of the meeting just described.

Arabic dropped subjects follow agreement: every resolved subject is remembered with the
agreement of its verb (ar_morph: he, she, the two, they), and a verb without a named
subject refers to the latest one it agrees with ("وأضافت أن" the ministry, not the man
named after it); a dual or plural verb to the last coordinated group. Subjects may stand
before the verb after a complementizer ("إن ترامب حث الشرع") or as a pronoun on a particle
("لكنها اتهمت"); unnamed sources ("قال مصدر في X") speak for no one, and what follows them
is theirs.
"""

from __future__ import annotations

import functools
import re

from ..lexicon import entries, table
from ..textnorm import arabic_fold
from . import ar_morph
from .context import EventContext, Ref, Sentence
from .cues import Hit, find, words_after
from .delegations import country_of

# a comma then at most five title words and no clause: what follows is an apposition
_APPOSITION = re.compile(r"^[^,]*,\s+(?:[A-Za-z.\-]+\s+){0,5}$")
# ", the lone minister to vote against it, " between a name and its verb (one comma pair, no
# "and", no quotation, no second clause's verb of saying)
_APPOSED = re.compile(r"^,\s+(?![^,]*\b(?:and|but|said|says|told)\b)[^,\"“”;]{3,80},\s*$")
_CLAUSE = re.compile(r"\b(?:who|which|that|whose|said|met)\b")

ACTOR_TYPES = ("PERSON", "ORG", "GPE")
AR_SUBJECT_WORDS = 10
AR_FORCES_WORDS = 4  # "الطيران الحربي الإسرائيلي": forces, a qualifier, the country adjective
AR_TITLE_WORDS = 5  # "المبعوث الخاص للأمم المتحدة": a title's head and the words after it
AR_ORG_GAP = 3  # "الحصار الذي فرضته عليه قوات X": a relative clause between verb and subject  # a title may stand between the verb and the name
_AR_AUX = {"قد", "كان", "كانت", "لقد"}  # folded
_AR_PREP = re.compile(r"(?:^|\s)(?:من|الى|الي|إلى|على|علي|عن|مع|في)(?:\s|$)")  # plain and folded
_AR_PRONOUN_PREP = re.compile(r"(?:علي|عل|ل|ب|من|عن|في|الي|مع)(?:ه|ها|هم|هما)")  # folded: "فرضته عليه قوات X"
# folded: a conjunction after a comma that opens a clause of its own beside the one before
AR_NEW_CLAUSE = re.compile(r"[،,]\s*(?:[وف]?(?:فيما|بينما)|في حين)\s")
_AR_RELATIVE = re.compile(r"(?:^|\s)(?:الذي|التي|اللذين|اللتين|الذين)(?:\s|$)")
# matched on the unfolded text: folded, "أن" would also be the name "آن"
# a complementizer right before a clause's subject: "أن الحكومة ترفض" puts the name first
_AR_COMPLEMENTIZER = re.compile(r"(?:^|\s)[وف]?(?:ان|لان|بان)\s*$")
# a particle carrying the subject as a pronoun right before the verb ("لكنها اتهمت الجيش"):
# the name after the verb is its object
_AR_PRONOUN_SUBJECT = re.compile(r"^[وف]?(?:لكن|ان|لان|بان|كما ان)(?:ه|ها|هم|هما)$")
# a preposition right after the verb: the subject is dropped ("وأعرب عن ثقته في قدرة X")
# folded: a complementizer, forces and up to two qualifiers, "التابع(ة) لـ" right before a body's name
_AR_FORCES_OF = re.compile(r"(?:^|\s)[وف]?(?:ان|لان|بان)\s+(\S+)(?:\s+\S+){0,2}\s+(?:التابع|التابعه|التابعين)\s+ل?ل?$")
_AR_ADVERBIAL_PRONOUN = re.compile(r"(?:خلال|اثناء|فيه|فيها)(?:ه|ها)?")  # folded: "خلاله"، "فيه"
_AR_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هما)\W*$")  # folded: "تتهمها"
STANCE_TYPES = {"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "AGREE", "THREATEN"}  # said, not done
# a statement as subject and its issuer: "بيان روريتانيا"، "بيان صادر عن X"، "بيان لـX" (folded)
_AR_DOC_ISSUER = re.compile(r"\s*((?:ال)?بيانا?\s+)?(?:(?:ال)?صادره?\s+عن\s+)?")
_AR_DOC_END = re.compile(r"بيان\s*$")
# "أما X، فـ" / "وأما X، فقد": the topic, a comma, the verb with "ف" (folded text)
# (the comma is often left out: "أما الرئيس القبرصي فأكد"; then "ف" on the verb closes the topic)
_AR_TOPIC = re.compile(r"\s*[وف]?اما\s+([^،,.:؛]+?)\s*(?:[،,]\s*)?(فقد\s+)?")
_AR_PREP_FIRST = {"عن", "علي", "الي", "من"}  # folded
_AR_QUOTES = "«\"“"
_NO_QUOTES = str.maketrans({c: " " for c in _AR_QUOTES})
_SENT_BY = re.compile(r"\s+(?:launched|fired|sent|flown)\s+by\s+(?:the\s+)?", re.I)
_DELEGATE_GAP = re.compile(r"\s+(?:of|for|to)\s+(?:the\s+)?", re.I)  # "representative of (the) X"
_JOINED = re.compile(r"\s*(?:,\s*|,?\s*and\s+)(?:the\s+)?", re.I)  # "X and the Y", "X, Y"
_AR_STOP = re.compile(r"(?:^|\s)[وف]?(?:أن|إن)[\u064b-\u0652]*(?:ه|ها|هم)?[\u064b-\u0652]*(?:\s|$)|[:«\"“]")  # "أنَّ" too


@functools.lru_cache(maxsize=None)
def ar_state_styles() -> dict[str, str]:
    """Folded "المملكة" → "kingdom" (data/ar/state_styles.tsv)."""
    return {arabic_fold(r[0]): r[1] for r in table("ar", "state_styles.tsv") if len(r) > 1}


@functools.lru_cache(maxsize=None)
def speaker_titles(lang: str) -> frozenset[str]:
    return frozenset(e.lower() for e in entries(lang, "speaker_titles.txt"))


@functools.lru_cache(maxsize=None)
def state_styles() -> dict[str, frozenset[str]]:
    """"kingdom" → the names of the states styled so (data/en/state_styles.tsv)."""
    out: dict[str, set[str]] = {}
    for r in table("en", "state_styles.tsv"):
        if len(r) > 1:
            out.setdefault(r[0].lower(), set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


def ar_bare(word: str) -> str:
    """An Arabic word folded, without its conjunction and article ("والمبعوث" → "مبعوث")."""
    w = arabic_fold(word)
    if w.startswith(("وال", "فال")):
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


@functools.lru_cache(maxsize=None)
def _ar_title_heads() -> frozenset[str]:
    return frozenset(ar_bare(t) for t in speaker_titles("ar"))


@functools.lru_cache(maxsize=None)
def _ar_subject_heads() -> frozenset[str]:
    """Words through which an organisation or state named right after them speaks or acts
    ("قالت وزارة X", "أعلن جيش X"): title words and the heads of organisation names."""
    return _ar_title_heads() | frozenset(ar_bare(r[0]) for r in table("ar", "org_heads.txt"))


@functools.lru_cache(maxsize=None)
def ar_country_adjectives() -> dict[str, str]:
    """"الإسرائيلي" → "Israel" (title_bodies.txt), keyed by the bare folded adjective."""
    return {ar_bare(r[0]): r[1] for r in table("ar", "title_bodies.txt") if len(r) > 1}


def _title_word(word: str, lang: str) -> bool:
    w = word.lower()
    titles = speaker_titles(lang)
    return w in titles or (w.endswith("s") and w[:-1] in titles)


def first_word_end(text: str, hit: Hit) -> int:
    m = re.compile(r"\S+").match(text, hit.start)
    return min(m.end(), hit.end) if m else hit.end


class Speakers:
    def __init__(self, ctx: EventContext, syntax=None):
        self.ctx = ctx
        self.syntax = syntax
        self._last: str | None = None  # entity id of the last named speaker
        # Arabic: every subject resolved, most recent last, with the agreement of its verb
        # (ar_morph: "m", "f", "d", "p", "" unknown) and its sentence; None is an unnamed
        # source ("قال مصدر"), whom dropped subjects after it also refer to
        self._said: list[tuple[str | None, str, int]] = []
        self._unnamed = False
        self._agr_override = ""  # the agreement of a fronted possessive ("بلاده" → "m")
        self._any_agreement = False  # the subject found fits a verb of either gender ("بيان X")
        # Arabic: the last subject of several coordinated actors ("السعودية والولايات المتحدة"),
        # whom a later dual or plural verb with a dropped subject ("وحثتا") refers to
        self.group: list[str] = []
        self.group_sentence = -1
        self.last_span: tuple[int, int] | None = None  # where the last resolved subject stands
        self._other_holder = False  # the last title looked up is borne here by someone else
        self._full_holder = False  # the last title looked up was a whole title given to someone
        self.last_body: str | None = None  # entity id of the last organisation or state that spoke or acted
        self.before_group: list[str] = []  # English: the names joined to a subject found before the verb
        self.own_state_subject = False
        self._person_sentence = -1  # the sentence in which the last person was named as a subject

    @property
    def last(self) -> str | None:
        return self._last

    @last.setter
    def last(self, eid: str | None) -> None:
        self._last = eid
        if eid is not None:
            self._said.append((eid, "", -1))

    def cited(self, eid: str, sentence: int) -> None:
        """Arabic: the source a sentence opens by citing ("وحسب X، فإن …") speaks in it; it fits
        a verb of either gender."""
        self._said.append((eid, "", sentence))

    def _remember(self, eid: str | None, agr: str, sentence: int) -> None:
        self._said.append((eid, agr, sentence))

    def recall(self, agr: str) -> str | None:
        """Arabic: whom a dropped subject refers to: the latest subject whose verb agreed as
        this one does ("وأضافت" a feminine one: the ministry, not the man named after it);
        one of unknown agreement fits either. Dual and plural subjects are skipped."""
        for eid, a, _ in reversed(self._said):
            if a in (agr, ""):
                return eid
        return None

    def agreement(self, hit: Hit) -> str:
        ctx = self.ctx
        if ctx.lang != "ar":
            return ""
        word = ctx.ftext[hit.start : first_word_end(ctx.ftext, hit)]
        # a trigger phrase's verb that is no lemma ("إنها فرضت قيوداً"، "أنها قصفت") still shows
        # by its ending whom a dropped subject refers to
        return ar_morph.agreement(word) or (ar_morph.shape_agreement(word) if hit.pattern in ctx.lex.event_set else "")

    def _best(self, refs: list[Ref]) -> Ref | None:
        for t in ACTOR_TYPES:
            for r in refs:
                if r.type == t:
                    return r
        return None

    def resolve(self, s: Sentence, hit: Hit, meeting_sides: list[str]) -> tuple[str | None, tuple[int, int] | None]:
        """(actor entity id, char range the subject occupies) for the trigger `hit`."""
        ctx = self.ctx
        named: Ref | None = None
        span = None
        pronoun = False
        self.before_group = []
        self.own_state_subject = False  # the subject was "his country": the state acts, not its speaker
        adjacent = [r for r in ctx.refs_in(s.span.start, hit.start) if r.type in ACTOR_TYPES]
        if ctx.lang == "en" and adjacent and adjacent[-1].type == "PERSON" \
                and _APPOSED.match(ctx.ftext[adjacent[-1].end : hit.start]):
            # "…, while X, the lone minister to vote against it, called it …", "Lavrov,
            # speaking after the talks, said": a name whose apposition or participle clause
            # ends right before the verb is its subject, whatever clause the parse joined
            adjacent = adjacent[-1:]
        else:
            adjacent = adjacent[-1:] if adjacent and not ctx.ftext[adjacent[-1].end : hit.start].strip() else []
        if ctx.lang == "en" and (hit.pattern.phrase.endswith(" by") or any(
                c.start == hit.start for c in find(ctx.lex.cue("author_after"), ctx.ftext, hit.start, hit.end))):
            # "the attacks carried out by X": the author follows the trigger
            after = [r for r in ctx.refs_in(hit.end, s.span.end) if r.type in ACTOR_TYPES]
            named = after[0] if after and len(ctx.ftext[hit.end : after[0].start].split()) <= 1 else None
            self.last_span = (named.start, named.end) if named is not None else None
            return (named.eid if named is not None else None), self.last_span
        if ctx.lang == "en" and self.syntax is not None:
            span, head = self.syntax.subject_head(hit.start, hit.end)
            agent = self.syntax.agent(hit.start, hit.end) if hit.pattern in ctx.lex.event_set else None
            by = self._best(ctx.refs_in(*agent)) if agent else None
            if agent is not None:
                # "The raid was condemned by X": the passive's agent is the actor, never
                # the subject ("X was detained by police": no named actor)
                self.last_span = agent
                if by is None:
                    return None, agent
                named, span = by, agent
            elif adjacent and adjacent[0].type == "PERSON":
                # "…, Jamous confirmed": the name right before the verb is its subject, whatever
                # a parse of a long list says
                named, span = adjacent[0], (adjacent[0].start, adjacent[0].end)
            elif span and self._sender(span, head, hit) is not None:
                # "a missile fired by X struck …", "a drone launched by X hit …": the weapon's
                # sender acts
                named = self._sender(span, head, hit)
            elif span:
                refs = ctx.refs_in(*span)
                everyone = refs
                if head is not None and head.ranges:
                    # "Oman, which mediates between the Houthis and X, condemned": the names in
                    # a relative clause of the subject are not the subject
                    refs = [r for r in refs if any(a <= r.start and r.end <= b for a, b in head.ranges)]
                covering = [r for r in refs if head is not None and r.start <= head.char < r.end and r.type in ACTOR_TYPES]
                if head is not None and _title_word(head.text, ctx.lang):
                    # "The head of the Russian delegation, presidential aide X, said", "Egypt's
                    # top diplomat, Foreign Minister X, said": a title's apposition names its
                    # holder, who speaks (not the body the title belongs to, nor whoever a
                    # reading of the title alone guessed)
                    covering = [r for r in everyone if r.type == "PERSON" and r.start > head.char
                                and _APPOSITION.search(ctx.ftext[head.char : r.start])
                                and not _CLAUSE.search(ctx.ftext[head.char : r.start])][:1] or covering
                named = covering[0] if covering else (self._organ_owner(refs, head) or self._best(refs))
                if not covering and head is not None and head.pos in ("VERB", "AUX"):
                    # a clause parsed as the subject ("leaders meeting in the Saudi capital
                    # demanded"): the names in it are its objects and settings, not the actor
                    named = None
                if named is not None and named.type == "PERSON" and head is not None and head.pos == "NOUN" \
                        and named.end <= head.char and not ctx.ftext[named.end : head.char].startswith(("'", "’")) \
                        and find(ctx.lex.cue("organ"), head.text) and not _title_word(head.text, ctx.lang):
                    # "the Trump administration", "the Biden government": a leader's name naming
                    # his state's organ, which acts for the state his role serves ("Netanyahu's
                    # office said" stays his)
                    named = self._role_state(named)
                if named is not None and named.type != "PERSON" and head is not None and head.pos == "NOUN" \
                        and not (named.start <= head.char < named.end):
                    # "the head of the coalition", "the American envoy": a title, not the
                    # organisation itself; it stands for a person, as a pronoun does. Its
                    # armed forces ("Israeli jets struck", "Houthi forces seized") act for it;
                    # other groups ("Iraqi armed factions") do not.
                    title = _title_word(head.text, ctx.lang)
                    forces = bool(find(ctx.lex.cue("forces"), head.text))
                    # "Sudan's foreign ministry", "the US embassy", "Qatar's government": an
                    # organ of the state or body speaks and acts for it
                    organ = bool(find(ctx.lex.cue("organ"), head.text))
                    # "Israeli officials accused …", "Hamas officials said": unnamed holders of
                    # a plural title speak for their side; a plural names no one "He" is
                    plural = title and head.tag in ("NNS", "NNPS")
                    delegate = self._delegate_of(head, named) if title else None
                    if delegate is not None:
                        named = delegate
                    elif plural and len({r.eid for r in refs if r.type in ("GPE", "ORG")}) > 1:
                        # "Foreign ministers from the Arab world, Turkey and the United States
                        # called for …": holders from several sides are no one side's voice
                        named = None
                    elif (organ and not title) or plural:
                        pass
                    elif title or hit.pattern not in ctx.lex.event_set or not forces:
                        named = None
                        pronoun = title
                elif named is None and head is not None:
                    pronoun = bool(find(ctx.lex.cue("pronoun"), head.text)) or \
                        head.text.lower() in speaker_titles(ctx.lang)
                    own = None if pronoun else self._own_state(span)
                    self.own_state_subject = own is not None
                    styled = None if pronoun else (self._styled_state(span) or own)
                    if styled is not None:
                        # "The kingdom has hosted …", "the emirate said": the state of that style
                        # named last
                        self.last_span, self.last_body = span, styled
                        return styled, span
                    own = self._speaker_body(s, span) if not pronoun else None
                    if own is not None:
                        # "The Houthis' military spokesman, X, said the group had launched …":
                        # the body whose spokesman is speaking in this very sentence
                        self.last_span = span
                        return own, span
                    if not pronoun and self.last_body is not None and self._body_anaphor(span):
                        # "It accused the army …", "The group said …": the organisation or
                        # state last named as a subject
                        self.last_span = span
                        return self.last_body, span
            else:
                # "Russia vetoing ...": a name right before the trigger
                before = [r for r in ctx.refs_in(s.span.start, hit.start) if r.type in ACTOR_TYPES]
                if before and len(ctx.ftext[before[-1].end : hit.start].split()) <= 1:
                    named = before[-1]
                    self.before_group = self._joined_before(before)
        else:
            self._unnamed = False
            named, pronoun = self._arabic(s, hit)
        agr = "" if self._any_agreement else (self._agr_override or self.agreement(hit))
        self._agr_override = ""
        self._any_agreement = False
        self.last_span = span if span else ((named.start, named.end) if named is not None else None)
        if named is not None and ctx.lang == "en":
            named = self._state_of_forces(named)
        if named is not None:
            if named.type == "PERSON":
                self._last = named.eid
                self._person_sentence = s.index
            if named.type in ("ORG", "GPE") and ctx.lang == "en":
                self.last_body = named.eid
            if ctx.lang == "ar":
                self._remember(named.eid, agr, s.index)
                group = [r.eid for r in self.coordinated(named)] if named.type in ACTOR_TYPES else []
                if len(group) > 1:
                    self.group, self.group_sentence = group, s.index
            return named.eid, span
        part = find(ctx.lex.cue("part"), ctx.ftext, s.span.start, min(s.span.end, s.span.start + 25))
        first_in_sentence = not find(ctx.lex.reporting_events, ctx.ftext, s.span.start, hit.start)
        if part and first_in_sentence:
            other = [p for p in meeting_sides if p != self.last and ctx.etype(p) == "PERSON"]
            if other:
                self.last = other[0]
                return other[0], span
            if ctx.lang == "ar":
                # "من جانبها، أعربت الخارجية العمانية …، ودعت": someone new, unnamed here
                self._remember(None, agr, s.index)
            return None, span
        if self._unnamed:
            if ctx.lang == "ar" and ctx.ftext[s.span.start : hit.start].split()[-1:] == ["ان"]:
                # "بدلاً من أن يرفض الإرهاب، وتوعد": a verb in a clause under "أن" is
                # subordinate; the sentence's subject stays the one its next verbs refer to
                return None, span
            # "قال مصدر في المجلس … مشيراً إلى": what follows is the source's too
            self._remember(None, agr, s.index)
            self._last = None
            return None, span
        if pronoun:
            if ctx.lang == "ar":
                # a dual or plural verb's dropped subject is a group (statements: speakers.group)
                eid = self.recall(agr) if agr in ("m", "f") else None if agr in ("d", "p") else self.last
                self._remember(eid, agr, s.index)  # this sentence's subject, for its participles
                return eid, span
            return self.last, span
        return None, span

    def _state_of_forces(self, ref: Ref) -> Ref:
        """English: "the Israeli military said", "the Russian army seized": a state's forces
        named by its adjective and a common noun (event_cues.tsv, kind forces) speak and act
        for the state, as "Israeli jets struck" does, when the article names that state. A
        proper name ("the Sudanese Armed Forces", "the IDF") stays the body it names."""
        ctx = self.ctx
        if ref.type != "ORG":
            return ref
        words = ctx.text[ref.start : ref.end].split()
        if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() \
                or not any(h.start == ref.start + len(words[0]) + 1 for h in find(ctx.lex.cue("forces"), ctx.ftext, ref.start, ref.end)):
            return ref
        code = country_of(ctx.article, ref.eid)
        state = next((e.id for e in ctx.article.entities if e.type == "GPE" and code
                      and country_of(ctx.article, e.id) == code), None)
        return Ref(ref.start, ref.end, state, "GPE") if state else ref

    def _joined_before(self, before: list[Ref]) -> list[str]:
        """English, when the parse gives the verb no subject: the names joined by "and" (or a
        comma) to the one right before it ("the Arab League and the OIC called on …",
        "Egypt, Qatar and the US urged"), in text order."""
        group = [before[-1]]
        for r in reversed(before[:-1]):
            gap = self.ctx.ftext[r.end : group[0].start]
            # a comma joins only inside a list closed by "and"; a name of another kind before
            # a comma is more likely the head of an apposition ("Aboul Gheit, the Arab League …")
            if not _JOINED.fullmatch(gap) or r.type != group[0].type or ("and" not in gap and len(group) == 1):
                break
            group.insert(0, r)
        return [r.eid for r in group]

    def _sender(self, span: tuple[int, int], head, hit: Hit) -> Ref | None:
        """English: the organisation or state after "<head> fired by" / "launched by" in the
        subject of an act."""
        ctx = self.ctx
        if head is None or head.pos != "NOUN" or hit.pattern not in ctx.lex.event_set:
            return None
        end = head.char + len(head.text)
        for r in ctx.refs_in(end, span[1]):
            if r.type in ("ORG", "GPE") and _SENT_BY.fullmatch(ctx.ftext[end : r.start]):
                # the name must be the sender itself, not a modifier ("by the Yemeni rebels")
                _, toks = self.syntax.tokens(r.start, r.end)
                return r if toks and toks[-1].dep_ == "pobj" else None
        return None

    def _delegate_of(self, head, body: Ref) -> Ref | None:
        """English: "the representative of Tunisia", "the ambassador of X", "a spokesman for
        the ministry" with no name: the holder the article gives that title in that body
        (article.roles), else the body itself, which speaks through its delegate."""
        ctx = self.ctx
        if body.type not in ("GPE", "ORG") or body.start < head.char:
            return None
        if not _DELEGATE_GAP.fullmatch(ctx.ftext[head.char + len(head.text) : body.start]):
            return None
        word = head.text.lower()
        for role in ctx.article.roles:
            if role.org == body.eid and word in role.title.lower() and ctx.etype(role.person) == "PERSON":
                return Ref(body.start, body.end, role.person, "PERSON")
        return body

    def _role_state(self, person: Ref) -> Ref | None:
        """The state a person's role serves (article.roles), as a reference at the person's
        place; None when the article gives none."""
        ctx = self.ctx
        org = next((r.org for r in ctx.article.roles if r.person == person.eid and r.org and ctx.etype(r.org) == "GPE"), None)
        return Ref(person.start, person.end, org, "GPE") if org else None

    def _own_state(self, span: tuple[int, int]) -> str | None:
        """English: the state a subject "his country" / "her government" (own_state cues) names:
        the one the last speaker's role serves (article.roles)."""
        ctx = self.ctx
        if self._last is None or not any(h.start == span[0] and h.end == span[1]
                                         for h in find(ctx.lex.cue("own_state"), ctx.ftext, *span)):
            return None
        return next((r.org for r in ctx.article.roles if r.person == self._last and r.org
                     and ctx.etype(r.org) == "GPE"), None)

    def _styled_state(self, span: tuple[int, int]) -> str | None:
        """English: the state a subject "the kingdom" / "the emirate" / "the sultanate" stands
        for: the one of that style (state_styles.tsv) mentioned last before it."""
        words = self.ctx.ftext[span[0] : span[1]].lower().split()
        if len(words) != 2 or words[0] != "the":
            return None
        names = state_styles().get(words[1])
        if not names:
            return None
        for r in reversed(self.ctx.refs_in(0, span[0])):
            ent = self.ctx.article.entity(r.eid)
            if r.type == "GPE" and ent is not None and ent.name in names:
                return r.eid
        return None

    def _ar_styled_state(self, s: Sentence, word: str) -> Ref | None:
        """Arabic: the state a subject "المملكة" / "السلطنة" stands for (data/ar/state_styles.tsv):
        one of that style named earlier in the sentence, else the first the article names."""
        ctx = self.ctx
        style = ar_state_styles().get(arabic_fold(word.strip("،,.:").lstrip("وف")))
        names = state_styles().get(style or "")
        if not names:
            return None
        styled = [r for r in ctx.refs if r.type == "GPE" and r.start < s.span.end
                  and (ent := ctx.article.entity(r.eid)) is not None and ent.name in names]
        here = [r for r in styled if r.start >= s.span.start]
        return here[-1] if here else (styled[0] if styled else None)

    def _organ_owner(self, refs: list[Ref], head) -> Ref | None:
        """English: the state or body an organ subject belongs to, named right before it
        ("Iran's foreign ministry and its atomic energy body denounced …": Iran, not the
        body coordinated after it, which `_conjoined` adds)."""
        ctx = self.ctx
        if head is None or not find(ctx.lex.cue("organ"), head.text):
            return None
        before = [r for r in refs if r.end <= head.char and r.type in ("ORG", "GPE")]
        if before and re.fullmatch(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}", ctx.ftext[before[-1].end : head.char]):
            return before[-1]
        return None

    def _speaker_body(self, s: Sentence, span: tuple[int, int]) -> str | None:
        """English: "the group", "it", "the ministry" inside what a person named as a subject
        in this same sentence says: the organisation or state that person's role serves
        (article.roles), when it is of the kind the anaphor allows."""
        ctx = self.ctx
        if self._last is None or self._person_sentence != s.index:
            return None
        for role in ctx.article.roles:
            if role.person == self._last and role.org and ctx.etype(role.org) in ("ORG", "GPE"):
                saved, self.last_body = self.last_body, role.org
                fits = self._body_anaphor(span)
                self.last_body = saved
                if fits:
                    return role.org
        return None

    def _body_anaphor(self, span: tuple[int, int]) -> bool:
        """English: the subject is all of one anaphor for an organisation or state ("it",
        "the group", "the ministry": event_cues.tsv, kind body_pronoun)."""
        text = self.ctx.ftext
        a, b = span
        hits = find(self.ctx.lex.cue("body_pronoun"), text, a, b)
        return any(h.start == a and h.end == b and h.label in ("", self.ctx.etype(self.last_body)) for h in hits)

    def _arabic(self, s: Sentence, hit: Hit) -> tuple[Ref | None, bool]:
        ctx = self.ctx
        # the subject follows the verb, inside a phrase with a gap ("أرسلت النرويج مساعدات")
        verb_end = first_word_end(ctx.ftext, hit)
        said = ctx.ftext[hit.start : hit.end].split()
        if len(said) > 1 and "..." not in hit.pattern.phrase and re.search(r"(?:ه|ها)$", said[-1]):
            # "غارة شنتها إسرائيل", "الحصار الذي فرضته قوات X": a noun and the relative verb
            # whose pronoun points back to it; the subject follows the verb
            verb_end = hit.end
        after_end = s.span.end
        stop = _AR_STOP.search(ctx.text, verb_end, s.span.end)
        while stop and stop.group(0) in _AR_QUOTES and any(stop.end() <= r.start <= stop.end() + 1 for r in ctx.refs_in(stop.end(), s.span.end)):
            # حركة "حماس": a name in quotation marks, not a quotation
            stop = _AR_STOP.search(ctx.text, stop.end(), s.span.end)
        if stop:
            after_end = stop.start()
        clause = AR_NEW_CLAUSE.search(ctx.ftext, verb_end, after_end)
        if clause:
            # "ودعا إسرائيل إلى …، فيما وجّه السيسي الشكر": "فيما"، "بينما"، "في حين" open a
            # clause of their own; its subject is not this verb's
            after_end = clause.start()
        words = ctx.ftext[verb_end:after_end].split()
        if len(words) > AR_SUBJECT_WORDS:
            cut = verb_end
            for _ in range(AR_SUBJECT_WORDS):
                m = re.compile(r"\s*\S+").match(ctx.ftext, cut)
                if not m:
                    break
                cut = m.end()
            after_end = cut
        if find(ctx.lex.cue("participle"), ctx.ftext, hit.start, verb_end):
            # "داعياً واشنطن إلى", "مؤكداً رفض": a participle shares the subject of the clause
            # before it; the name after it is its object
            if not any(i == s.index for _, _, i in self._said[-1:]):
                return self._clause_subject(s, hit), True
            return None, True
        first = re.compile(r"\s*(\S+)").match(ctx.ftext, verb_end, after_end)
        while first and _AR_ADVERBIAL_PRONOUN.fullmatch(first.group(1)):
            # "نقل خلاله ولي العهد إلى ترامب": "during it" stands between the verb and its subject
            first = re.compile(r"\s*(\S+)").match(ctx.ftext, first.end(), after_end)
        if first and any(h.start == first.start(1) and h.end == first.end(1)
                         for h in find(ctx.lex.cue("honorific_pronoun"), ctx.ftext, first.start(1), first.end(1))):
            # "وأكد سموه"، "وأعرب فخامته عن": the style stands for the person last named
            prior = [r for r in ctx.refs_in(0, hit.start) if r.type == "PERSON"]
            if prior:
                return prior[-1], False
        issuer = self._document_issuer(hit, verb_end, after_end)
        if issuer is not None:
            # "وذكر بيان روريتانيا أنها …": a pronoun after it is the issuer's, whatever the
            # gender of "بيان"
            self._any_agreement = True
            return issuer, False
        if first and find(ctx.lex.cue("unnamed_source"), ctx.ftext, first.start(1), first.end(1)):
            self._unnamed = True
            return None, False  # "وأكدت مصادر مقربة من X": X is not the speaker
        front = self._fronted_subject(s, hit)
        if front is not None:
            return front
        after = [r for r in ctx.refs_in(verb_end, s.span.end) if r.start < after_end]
        if first and first.group(1) in _AR_PREP_FIRST:
            after = []  # "وأعرب عن ثقته في قدرة الرئيس X": X is in the object, not the subject
        ppl = [r for r in after if r.type == "PERSON"]
        if first and ar_bare(first.group(1)) in _ar_title_heads():
            # "وأعرب وزير الخارجية التركي عن": a title alone names whoever holds it here;
            # "قال وزير الخارجية الروسي سيرغي لافروف": the name right after it is the holder
            holder, title_end = self._title_holder(first.start(1), after_end)
            # "الرئيس المشترك للمجلس المدني في إقليم X غسان اليوسف": the title runs on to the
            # name; "أعرب وزير الخارجية التركي عن دعم …": a preposition closes the subject
            gap = ctx.ftext[title_end : ppl[0].start].split() if ppl and ppl[0].start >= title_end else []
            named_next = ppl and ppl[0].start > first.start(1) and not (gap and _AR_PREP.search(f" {gap[0]} "))
            if named_next and not (holder is not None and gap and self._full_holder):
                return ppl[0], False
            if holder is not None:
                return holder, False
            body = self._spoken_for(first.end(1), after)
            if holder is None and not named_next and body is not None:
                # "وقال متحدث باسم وزارة الخارجية الأمريكية": an unnamed spokesman speaks for
                # the body he is named after
                return body, False
            if holder is None and (self._other_holder or not ppl):
                # "وزير الخارجية الروريتاني" when the article's minister is Norway's, "وقال
                # الرئيس" when no president is named: someone the article does not name, not
                # the last speaker; a dropped subject after it is that same person
                self._unnamed = not self._other_holder
                return None, False
        agr = ar_morph.agreement(ctx.ftext[hit.start:verb_end])
        if agr in ("d", "p") and not find(ctx.lex.cue("both_sides"), ctx.ftext, verb_end, after_end):
            # a verb agreeing with two or more in verb-first order has its subject in it
            # ("وحثتا الجبهة الشمالية"): what follows is the object
            return None, True
        # the sentence already has a subject its verbs agree with ("وقال موانغي …، وأدانت
        # بوردوريا": a feminine verb after a man opens a new clause with its own subject)
        shared = any(i == s.index and (a == agr or "" in (a, agr)) for _, a, i in self._said[-1:])
        if shared and ctx.ftext[hit.start] == "و" and hit.pattern in ctx.lex.event_set:
            # "وأعربت هولت عن إدانتها، وحملت الجبهة الشمالية المسؤولية": a verb joined to the
            # sentence's first one shares its subject; the body after it is its object
            after = []
        if after and after[0].type in ("ORG", "GPE") and not ctx.ftext[verb_end : after[0].start].strip() and agr == "f" \
                and not shared:
            # "رحبت وزارة الخارجية السعودية، في بيان، بإعلان المبعوث": a feminine verb opening
            # its sentence with a body right after it: the body speaks, not a man named further on
            return after[0], False
        if ppl:
            return ppl[0], False
        gap = ctx.ftext[verb_end : after[0].start].translate(_NO_QUOTES) if after else ""  # حركة "حماس"
        if after and agr == "m" and (gap.split() or ctx.ftext[after[0].start : after[0].end].split())[0].endswith("ه"):
            # a masculine verb does not agree with a feminine head ("كما حمّل حكومة الوحدة
            # الوطنية مسؤولية الأزمة"): the body is its object, the subject is dropped
            after = []
        if after and after[0].type in ("ORG", "GPE") and len(gap.split()) <= 1 and not _AR_PREP.search(gap) \
                and all(ar_bare(w) in _ar_subject_heads() or _AR_PRONOUN_PREP.fullmatch(w)
                        or find(ctx.lex.cue("forces"), w) for w in gap.split()):
            # "طلب من روسيا": روسيا is asked, not asking; "أكد موقف مصر", "أكد رفض دمشق": the
            # name after a verbal noun is its possessor, not the verb's subject
            return after[0], False
        # "وكان غريفيث التقى", "بدأت روريتانيا مناورات مشتركة": the name just before
        # Only an auxiliary may stand between: in "… الأزمة السورية كما طالب" the adjective
        # closes the previous clause and "كما" opens a new one with a dropped subject.
        before = self._owned([r for r in ctx.refs_in(s.span.start, hit.start) if r.type in ACTOR_TYPES])
        if before and all(w in _AR_AUX for w in ctx.ftext[before[-1].end : hit.start].split()[:1]) \
                and len(ctx.ftext[before[-1].end : hit.start].split()) <= 1:
            return before[-1], False
        if after and after[0].type in ("ORG", "GPE") and len(gap.split()) <= AR_ORG_GAP \
                and _AR_RELATIVE.search(gap) and not _AR_PREP.search(gap) \
                and not re.match(r"[بل]ال|لل", gap.split()[0]):
            # (not "وأشاد بالدعم الذي تقدمه المملكة": the verb's object comes first, with its
            # preposition, and the name is the subject of the relative clause inside it)
            return after[0], False  # "الحصار الذي فرضته عليه قوات X"
        state = self._forces_of(verb_end, after_end) if hit.pattern in ctx.lex.event_set else None
        if state is not None:
            return state, False
        m = re.compile(r"\s*(\S+)").match(ctx.ftext, verb_end, s.span.end)
        # (not after a verb of asking, "وطالب المجتمع الدولي بـ", nor before an oblique dual or
        # plural, "ودعا الطرفين إلى": they name whom it addresses, the subject being dropped)
        # a verb of saying too ("وأعربت الخارجية العمانية عن قلقها"), unless its subject is the
        # document that carries the words ("وأضاف البيان أن"): its issuer is the last speaker
        acting = hit.pattern in ctx.lex.event_set and hit.label != "REQUEST"
        saying = hit.pattern in ctx.lex.reporting_set and m is not None \
            and not find(ctx.lex.cue("document") + ctx.lex.cue("both_sides"), m.group(1))
        if (acting or saying) and m and re.match(r"[وف]?ال", m.group(1)) \
                and not m.group(1).rstrip("،,.").endswith("ين") \
                and not _AR_RELATIVE.search(m.group(0)) and not _AR_PREP.search(m.group(0)) \
                and m.group(1) not in speaker_titles(ctx.lang) \
                and not any(r.start <= m.start(1) < r.end for r in after):
            # "شن الطيران الحربي … غارات": a subject the text names but no entity stands for;
            # not the last speaker, and the one a participle after it ("كما أدانت الخارجية
            # العراقية الاعتداء، داعيةً") refers to. But the head of the last speaker's name
            # refers back to it ("أكدت وزارة الخارجية … وشددت الوزارة").
            if self._names_head(self.recall(self.agreement(hit) or "m"), m.group(1)):
                return None, True
            styled = self._ar_styled_state(s, m.group(1))
            if styled is not None:
                return styled, False  # "ونوّهت المملكة بـ": the kingdom of this article
            self._unnamed = True
            return None, False
        return None, True  # "وأضاف أن ...", "كما طالب بـ ...": the subject is dropped

    def _fronted_subject(self, s: Sentence, hit: Hit) -> tuple[Ref | None, bool] | None:
        """Arabic subjects that stand before the verb: after a complementizer ("إن ترامب حث
        الشرع"، "أن الحكومة والحوثيين اتفقوا": the name after the verb is its object), as a
        pronoun on a particle ("لكنها اتهمت الجيش"), or inside an unnamed source ("إلا أن
        مصدراً في المجلس قال"). None when the verb has no fronted subject."""
        ctx = self.ctx
        topic = self._topic(s, hit)
        if topic is not None:
            return topic, False
        prev = ctx.ftext[s.span.start : hit.start].split()
        if prev and _AR_PRONOUN_SUBJECT.match(prev[-1]):
            return None, True
        if prev and _AR_RELATIVE.search(f" {prev[-1]} "):
            # "بقرار مجلس الأمن 2722 الذي يطالب الجماعة": the relative clause's subject is the
            # noun before it; a statement only when that noun is an actor ("حماس التي رحبت")
            rel_start = ctx.ftext.rfind(prev[-1], s.span.start, hit.start)
            verb_end = first_word_end(ctx.ftext, hit)
            nxt = [r for r in ctx.refs_in(verb_end, s.span.end) if r.type in ACTOR_TYPES]
            if _AR_OBJECT_PRONOUN.search(ctx.ftext[hit.start:verb_end]) and nxt \
                    and not ctx.ftext[verb_end : nxt[0].start].strip():
                # "بوردوريا، التي تتهمها روريتانيا بـ": the pronoun is the noun before, the
                # name after the verb is its subject
                return None
            # "الدبيبة، الذي يرفض": a comma may set the relative clause off its noun
            owner = [r for r in ctx.refs_in(s.span.start, rel_start) if not ctx.ftext[r.end : rel_start].strip(" ،,")]
            return (owner[-1], False) if owner and owner[-1].type in ACTOR_TYPES else (None, False)
        if len(prev) >= 2 and _AR_COMPLEMENTIZER.search(" " + prev[-2]) and find(ctx.lex.cue("own_state"), prev[-1]):
            # "قال إن بلاده ترفض": the speaker's own state, his position (as _own_side has it)
            self._agr_override = "f" if prev[-1].endswith("ها") else "m"
            return None, True
        if len(prev) >= 2 and _AR_COMPLEMENTIZER.search(" " + prev[-2]) \
                and any(h.start == 0 for h in find(ctx.lex.cue("other_parties"), prev[-1])):
            # "أعلن المبعوث أن الأطراف تعهدت": the parties, unnamed, not the speaker's own body
            self._unnamed = True
            return None, False
        if len(prev) >= 2 and _AR_COMPLEMENTIZER.search(" " + prev[-2]) and re.match(r"[وف]?ال", prev[-1]) \
                and hit.label in STANCE_TYPES and not ctx.refs_in(ctx.ftext.rfind(prev[-1], s.span.start, hit.start), hit.start):
            # "وقالت هولت إن المنظمة تدين العنف"، "قال إن الحكومة ترفض": a body the text does not
            # name, whose position the speaker reports, is the speaker's statement (as the
            # shared annotations have "قال القضاة إن المملكة تدين")
            said = [a for e, a, i in self._said if i == s.index and e is not None]
            if said:
                self._agr_override = said[-1] or "m"
                return None, True
        for n in range(2, min(len(prev), AR_TITLE_WORDS + 1) + 1):
            # "أن ولي العهد أكد"، "إن وزير الخارجية التركي قال": a title fronted after a
            # complementizer names its holder, when the article gave the title to someone
            if _AR_COMPLEMENTIZER.search(" " + prev[-n]) and ar_bare(prev[-n + 1]) in _ar_title_heads():
                start = ctx.ftext.rfind(prev[-n + 1], s.span.start, hit.start)
                holder, stop = self._title_holder(start, hit.start)
                if holder is not None and not ctx.ftext[stop:hit.start].strip():
                    return holder, False
                break
        before = [r for r in ctx.refs_in(s.span.start, hit.start) if r.type in ACTOR_TYPES]
        if not before or ctx.ftext[before[-1].end : hit.start].strip():
            return None
        chain = self.coordinated(before[-1])
        first = min(chain, key=lambda r: r.start)
        lead = ctx.ftext[max(s.span.start, first.start - 40) : first.start]
        if _AR_COMPLEMENTIZER.search(lead):
            return before[-1], False
        owned = _AR_FORCES_OF.search(lead)
        if owned and hit.pattern in ctx.lex.event_set and find(ctx.lex.cue("forces"), owned.group(1)):
            # "إن الطيران الحربي التابع للجيش شن غارات": forces belonging to a body act for it
            return before[-1], False
        head = ctx.ftext[max(s.span.start, first.start - 30) : first.start].split()[-3:]
        if any(find(ctx.lex.cue("unnamed_source"), w) for w in head):
            self._unnamed = True
            return None, False
        return None

    def _document_issuer(self, hit: Hit, verb_end: int, after_end: int) -> Ref | None:
        """Arabic: the issuer of a statement that is the verb's subject ("وذكر بيان روريتانيا"،
        "وأفاد بيان صادر عن الرئاسة بأن"، "وجاء في بيان للخارجية أن"): the actor named right
        after "بيان", after "صادر عن", or glued to "ل"."""
        ctx = self.ctx
        in_hit = bool(_AR_DOC_END.search(ctx.ftext, hit.start, hit.end))
        m = _AR_DOC_ISSUER.match(ctx.ftext, hit.end if in_hit else verb_end, after_end)
        if m is None or not (in_hit or m.group(1)):
            return None
        for r in ctx.refs_in(m.end(), after_end):
            if r.type in ACTOR_TYPES and ctx.ftext[m.end() : r.start].strip() in ("", "ل", "لل"):
                return r
            break
        return None

    def _topic(self, s: Sentence, hit: Hit) -> Ref | None:
        """Arabic "أمّا X، فـ…": the topic set before the comma is the subject of the verb that
        takes "ف" right after it ("أما السفير الإيراني حسين أكبري، فأوضح"، "أما القاهرة، فرأت"،
        "وأما الوزارة، فقد أعلنت"). A person named in the topic rather than the place or body
        of his title ("رئيس حكومة الإقليم مسرور بارزاني")."""
        ctx = self.ctx
        m = _AR_TOPIC.fullmatch(ctx.ftext, s.span.start, hit.start)
        if m is None or not (m.group(2) or ctx.ftext[hit.start] == "ف"):
            return None
        refs = [r for r in ctx.refs_in(m.start(1), m.end(1)) if r.type in ACTOR_TYPES]
        people = [r for r in refs if r.type == "PERSON"]
        if not people and ar_bare(m.group(1).split()[0]) in _ar_title_heads():
            # "أما الرئيس القبرصي فأكد": a title alone names whoever holds it here
            holder, _ = self._title_holder(m.start(1), m.end(1))
            if holder is not None:
                return holder
        return (people or refs or [None])[0]

    def _names_head(self, eid: str | None, word: str) -> bool:
        """Whether `word` ("الوزارة") is a word of one of the entity's names without its
        article ("وزارة الخارجية والمغتربين"): a definite noun referring back to it."""
        ent = self.ctx.article.entity(eid) if eid else None
        if ent is None:
            return False
        head = ar_bare(word.strip("،,.:"))
        return any(head in {ar_bare(w) for w in arabic_fold(m.text).split()} for m in ent.mentions)

    def _spoken_for(self, start: int, after: list[Ref]) -> Ref | None:
        """The body a title speaks for ("متحدث باسم X"، "الناطق الرسمي باسم X"): the first
        organisation or state right after "باسم" within the title's words."""
        ctx = self.ctx
        bodies = [r for r in after if r.type in ("ORG", "GPE") and r.start >= start]
        if not bodies:
            return None
        gap = ctx.ftext[start : bodies[0].start].split()
        if not gap or gap[-1] != "باسم" or len(gap) > 2:
            return None
        # the title must end with the body: words after it that are no preposition or
        # complementizer are most likely a name the recogniser missed ("باسم الحكومة العراقية
        # باسم العوادي"), whose statement it is
        nxt = re.match(r"\s*([^\s،,.:]*)", ctx.ftext[bodies[0].end :])
        word = nxt.group(1) if nxt else ""
        return bodies[0] if not word or word in _AR_PREP_FIRST | {"في", "ان", "لـ", "ل"} else None

    def _owned(self, refs: list[Ref]) -> list[Ref]:
        """`refs` with a trailing country adjective folded into the body it qualifies: in
        "وكانت كتائب حزب الله العراقية قد أعلنت" the subject is the group, not Iraq."""
        if len(refs) >= 2 and refs[-1].type == "GPE" and refs[-2].type == "ORG" \
                and not self.ctx.ftext[refs[-2].end : refs[-1].start].strip():
            last = refs[-2]
            return refs[:-2] + [Ref(last.start, refs[-1].end, last.eid, last.type)]
        return refs

    def coordinated(self, ref: Ref) -> list[Ref]:
        """`ref` and the actors joined to it by "و" on either side ("المملكة العربية السعودية
        والولايات المتحدة"، "الحكومة اليمنية والحوثيين"), in text order."""
        ctx = self.ctx
        actors = [r for r in ctx.refs if r.type in ACTOR_TYPES]
        if ref not in actors:
            return [ref]  # a title standing for its holder
        i = actors.index(ref)
        out = [ref]
        j = i
        while j > 0 and re.fullmatch(r"\s*،?\s*و", ctx.ftext[actors[j - 1].end : actors[j].start]):
            j -= 1
            out.insert(0, actors[j])
        j = i
        while j + 1 < len(actors) and re.fullmatch(r"\s*،?\s*و", ctx.ftext[actors[j].end : actors[j + 1].start]):
            j += 1
            out.append(actors[j])
        return [r for k, r in enumerate(out) if all(r.eid != o.eid for o in out[:k])]

    def _clause_subject(self, s: Sentence, hit: Hit) -> Ref | None:
        """The subject of the clause a participle hangs on when no verb of this sentence has
        been resolved ("من جانبه، نشر رئيس الوفد محمد عبد السلام نص الاتفاق، مرحباً"): the
        first person named within a title's length of the sentence's first verb, else an
        organisation or state right after it."""
        ctx = self.ctx
        start = s.span.start
        head = re.match(r"[^،,]{0,40}[،,]\s*", ctx.ftext[start : hit.start])
        if head and len(head.group(0).split()) <= 4 and not ctx.refs_in(start, start + head.end(), set(ACTOR_TYPES)):
            start += head.end()  # "من جانبه،", "وفي الرياض،": an opening adverbial
        verb = re.compile(r"\s*\S+").match(ctx.ftext, start, hit.start)
        if not verb:
            return None
        limit = words_after(ctx.ftext, verb.end(), AR_TITLE_WORDS + 3, hit.start)
        refs = [r for r in ctx.refs_in(verb.end(), limit) if r.type in ACTOR_TYPES]
        ppl = [r for r in refs if r.type == "PERSON"]
        if ppl:
            return ppl[0]
        if refs and not ctx.ftext[verb.end() : refs[0].start].strip():
            return refs[0]
        return None

    def _forces_of(self, start: int, end: int) -> Ref | None:
        """"شن الطيران الحربي الإسرائيلي غارات": forces qualified by a country adjective
        (title_bodies.txt) act for that country, when the article names it."""
        ctx = self.ctx
        words = list(re.finditer(r"\S+", ctx.ftext[start:end]))[:AR_FORCES_WORDS]
        if not words or not find(ctx.lex.cue("forces"), words[0].group(0)):
            return None
        for w in words[1:]:
            country = ar_country_adjectives().get(ar_bare(w.group(0).strip("،,.")))
            ent = next((e for e in ctx.article.entities if country and e.name == country and e.type == "GPE"), None)
            if ent is not None:
                return Ref(start + w.start(), start + w.end(), ent.id, "GPE")
        return None

    def _full_title_holder(self, start: int, end: int) -> tuple[Ref, int] | None:
        """A construct title repeated word for word ("وجدد رئيس مجلس القيادة الرئاسي دعم …"
        after "التقى رئيس المجلس الرئاسي رشاد العليمي"): the person the article gave that
        whole title, of two words or more. The word-by-word reading in `_title_holder` stops
        at the first indefinite word of a construct ("مجلس"), and a bare "رئيس" names no one."""
        ctx = self.ctx
        words = list(re.finditer(r"[^\s،,.:]+", ctx.ftext[start:end]))
        for role in sorted(ctx.article.roles, key=lambda r: r.evidence.start):
            title = arabic_fold(role.title.split(" (")[0]).split()
            if len(title) < 2 or len(words) < len(title) or ctx.etype(role.person) != "PERSON":
                continue
            if all(ar_bare(w.group(0)) == ar_bare(t) for w, t in zip(words, title)):
                nxt = words[len(title)].group(0) if len(words) > len(title) else ""
                if re.match(r"[وف]?(?:ال|لل|ل)", nxt):
                    continue  # the title runs on ("الرئيس المشترك للمجلس …"): a longer office
                stop = start + words[len(title) - 1].end()
                return Ref(start, stop, role.person, "PERSON"), stop
        return None

    def _title_holder(self, start: int, end: int) -> tuple[Ref | None, int]:
        """The person the article gives the title that begins at `start` ("وزير الخارجية
        التركي", "المبعوث الأممي"): a role (article.roles) with the same head word and every
        defined word after it, the one introduced first, and where the title ends. A bare head ("الرئيس") matches only
        a title of head and adjectives ("الرئيس التركي"), not a construct ("رئيس مجلس …")."""
        ctx = self.ctx
        words, pos = [], start
        word = re.compile(r"\s*([^\s،,.:]+)")
        while len(words) < AR_TITLE_WORDS:
            m = word.match(ctx.ftext, pos, end)
            if not m or (words and not m.group(1).startswith("ال")) or m.group(1) in _AR_PREP_FIRST:
                break  # (folded "إلى" begins like the article: "ولي العهد إلى ترامب")
            words.append(ar_bare(m.group(1)))
            pos = m.end()
        self._other_holder = False
        if not words:
            return None, start
        full = self._full_title_holder(start, end)
        self._full_holder = full is not None  # a whole title repeated: its holder, not a name further on
        if full is not None:
            return full
        for role in sorted(ctx.article.roles, key=lambda r: r.evidence.start):
            title = arabic_fold(role.title).split()
            bare = [ar_bare(w) for w in title]
            if not bare or bare[0] != words[0] or ctx.etype(role.person) != "PERSON":
                continue
            self._other_holder = len(words) > 1  # a qualified title some other holder bears
            if len(words) == 1 and not all(w.startswith("ال") for w in title[1:]):
                continue
            if all(w in bare for w in words[1:]):
                return Ref(start, pos, role.person, "PERSON"), pos
            org = ctx.article.entity(role.org) if role.org else None
            if org is not None and words[1:] and all(ar_country_adjectives().get(w) == org.name for w in words[1:]):
                # "الرئيس القبرصي" for "رئيس جمهورية قبرص"، "وزير الخارجية التركي" for "وزير
                # خارجية تركيا": the country's adjective stands for the country the office serves
                return Ref(start, pos, role.person, "PERSON"), pos
        return None, pos
