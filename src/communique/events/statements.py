"""Statements and actions, PLOVER-coded: one event per (speaker, type, sentence).

A sentence gives a statement through
- a trigger of its own type (event_triggers.tsv: "condemned" ACCUSE, "طالب" REQUEST), or
- a reporting verb (reporting_verbs.txt: "stressed", "أكد") whose reported content holds a
  cue (statement_cues.tsv: "the need for" REQUEST, "support for" SUPPORT).
Negated ("did not condemn", "لم يدن"), hypothetical ("if … would") and future ("will
reiterate") ones are not facts and are skipped. The actor is resolved by `speakers`; the
target is the first actor named after a direct trigger; `about` lists the instruments and
conferences the sentence names after the trigger; `quote` is the direct quote, if any.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lexicon import table
from ..model import Span
from ..textnorm import arabic_fold
from .context import EventContext, Sentence
from .ar_morph import hamza_kept
from .delegations import continent_of, country_of, person_countries, principal_people, side_heads, side_states
from .cues import Hit, Pattern, find, has_cue_before, words_after, words_before
from .speakers import (_APPOSITION, _JOINED, ACTOR_TYPES, AR_NEW_CLAUSE, STANCE_TYPES, Speakers, _title_word, ar_bare,
                       ar_country_adjectives, first_word_end)

NEGATION_WINDOW = 3
TARGET_WORDS = 2  # Arabic: the object follows the verb and its subject closely
MODAL_WINDOW = 4
SOURCE_OPENING_WORDS = 2  # "وحسب جيفري": the citation opens the sentence
CONCERN_WINDOW = 6  # words: "expressed concern over the continued support for"
PAST_REF_WINDOW = 3  # words: "since Borduria expelled"
ABOUT_TYPES = {"INSTRUMENT", "EVENT"}
ISSUER_WORDS = 2  # "صادر عن وزارة خارجيتها": the issuer named after the medium
_AR_ISSUED = {"صادر", "صادره"}  # folded
MEDIUM_WORDS = 2  # "في بيان"، "في مؤتمر صحفي": the medium between a verb of saying and its verbal noun
PAIR_SENTENCES = 2  # "الطرفان" refers back to a pair named at most this many sentences before
_QUOTE_BEFORE = re.compile(r"[”\"»][\s,،]*(?:\S+\s+){0,8}$")
# Arabic: the quote ends, a comma, then the verb ("«…»، قال موانغي"); a quote inside an earlier
# clause ("أن بلاده ستجري محادثات "مباشرة" مع طهران، في حين أصرت") is not the verb's content
_AR_QUOTE_BEFORE = re.compile(r"[”\"»]\s*[،,]\s*(?:(?!(?:بينما|فيما|وفيما|وبينما|حين|كما|لكن|ولكن|اذ|إذ)\s)\S+\s+)?$")
# (a conjunction between, "… "لن تمر دون رد"، بينما رأى الوزير", opens a new clause: the quote
# is the earlier clause's)
_AR_OBLIGATION_OPENS = re.compile(r"(?:[«\"“]|:)\s*علي\s+(?:\S+\s+){1,4}?ان\s")  # folded "على … أن"
_AR_SOURCE_STATEMENT = re.compile(r"\s*ل?(?:ال)?بيان\s+(?:(?:ال)?صادره?\s+عن\s+)?")  # folded: "بيان لـ"، "لبيان صادر عن"
_PARENTHETICAL_BEFORE = re.compile(r"\w[,]\s+(?:[\w'’.-]+\s+){1,4}$")  # "…, he ", "…, the UN envoy "
_PARENTHETICAL_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}\s*(?:[,;.]|$)")  # " on Tuesday." / ", even if"
_CLAUSE_BREAK = re.compile(r"[,،;؛]")
_CLAUSE_END = re.compile(r"[;؛.]")  # a purpose may follow its aid past a comma, not past a full stop
_OPENING_QUOTES = ("“", '"', "«")
_AR_LINKS = {"على", "علي", "عن"}  # folded: "شدد على رفض", "أعرب عن"
# where an imperative may open: after an opening quotation mark before a capital, or after a
# colon ("sent a clear message to Hamas: accept the deal")
_QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s:(]))[“\"]\s*(?=[A-Z])|(?<=\w):\s+(?=[A-Za-z])")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«([^»]{3,})»")


@functools.lru_cache(maxsize=None)
def _group_numbers() -> dict[str, int]:
    """"two" → 2 … (data/en/numbers.txt), and "both"."""
    out = {r[0].lower(): int(r[1]) for r in table("en", "numbers.txt") if len(r) > 1 and r[1].isdigit()}
    out["both"] = 2
    return out


@dataclass
class Statement:
    type: str
    actor: str
    sentence: Sentence
    trigger: str
    mode: str | None = None
    target: str | None = None
    about: list[str] = field(default_factory=list)
    quote: str | None = None
    date: str | None = None
    extra_evidence: list[Span] = field(default_factory=list)  # later sentences of the same turn

    @property
    def evidence(self) -> list[Span]:
        return [self.sentence.span]


_WITHOUT: dict[tuple[int, int], tuple[tuple[Pattern, ...], Pattern, tuple[Pattern, ...]]] = {}


def _without(patterns: tuple[Pattern, ...], drop: Pattern) -> tuple[Pattern, ...]:
    """`patterns` less `drop`, built once per pair: `find` caches its plan per tuple, so a
    tuple made afresh on every call would be planned afresh on every call."""
    got = _WITHOUT.get((id(patterns), id(drop)))
    if got is None or got[0] is not patterns or got[1] is not drop:
        got = _WITHOUT[(id(patterns), id(drop))] = (patterns, drop, tuple(p for p in patterns if p is not drop))
    return got[2]


def quote_in(text: str, start: int, end: int) -> str | None:
    m = _QUOTE.search(text, start, end)
    if not m:
        return None
    return next(g for g in m.groups() if g is not None).strip()


class StatementFinder:
    def __init__(self, ctx: EventContext, speakers: Speakers):
        self.ctx = ctx
        self.speakers = speakers

    def _not_fact(self, s: Sentence, hit: Hit) -> bool:
        lex, text, floor = self.ctx.lex, self.ctx.ftext, s.span.start
        scoped = self._scoped_not_fact(s, hit)
        if scoped is not None:
            return scoped or self._past_reference(s, hit) or self._pessimistic(s, hit)
        # "… لا النظام البائد"، داعياً": a negation does not reach across a comma
        clause = max([floor] + [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, hit.start)])
        return (has_cue_before(lex, "negation", text, hit.start, NEGATION_WINDOW, clause)
                or has_cue_before(lex, "hypothetical", text, hit.start, MODAL_WINDOW, floor)
                or has_cue_before(lex, "future", text, hit.start, MODAL_WINDOW, floor)
                or self._past_reference(s, hit))

    def _scoped_not_fact(self, s: Sentence, hit: Hit) -> bool | None:
        """English with a parse: a negation, modal, future or "if"/"whether" anywhere before
        the trigger in its sentence counts when it belongs to the trigger's own clause or to a
        clause embedding it ("did not rule out supporting", "refused to condemn", "questioned
        whether X had agreed"), not when it sits in a neighbouring clause ("“… steps will be
        taken,” he warned", "said the talks would go ahead and urged"). None: no parse."""
        syntax = self.speakers.syntax
        if self.ctx.lang != "en" or syntax is None:
            return None
        ctx = self.ctx
        verdicts = []
        for kind in ("negation", "hypothetical", "future"):
            for c in find(ctx.lex.cue(kind), ctx.ftext, s.span.start, hit.start):
                verdicts.append(syntax.in_scope(c.start, hit.start, hit.end))
        if any(v is None for v in verdicts):
            return None
        return any(verdicts)

    def _pessimistic(self, s: Sentence, hit: Hit) -> bool:
        """English: "warned that the country risked sliding back into war", "warned of the
        danger of": a gloomy forecast (CAMEO's pessimistic comment), not a threat by the
        speaker. Only a warning trigger whose own clause holds a risk cue (event_cues.tsv)."""
        ctx = self.ctx
        if hit.label != "THREATEN" or not find(ctx.lex.cue("warning"), ctx.ftext, hit.start, hit.end):
            return False
        end = s.span.end
        brk = re.search(r"[;:]|, (?:and|but|while)\b", ctx.ftext[hit.end:end])
        if brk:
            end = hit.end + brk.start()
        return bool(find(ctx.lex.cue("risk"), ctx.ftext, hit.end, end))

    def _past_reference(self, s: Sentence, hit: Hit) -> bool:
        """"since the severing of relations", "since X expelled its envoy", "منذ قطع العلاقات":
        a past act named as a time reference, not reported as news ("Since Monday, X has
        shelled …" is news: the time phrase ends at its comma)."""
        ctx = self.ctx
        if ctx.lang == "en" and _YEAR_BEFORE.search(ctx.ftext, max(s.span.start, hit.start - 8), hit.start):
            return True  # "echoed a 2020 blockade imposed by X": an act of that year, named as background
        start = words_before(ctx.ftext, hit.start, PAST_REF_WINDOW, s.span.start)
        for h in find(ctx.lex.cue("past_ref"), ctx.ftext, start, hit.start):
            if not re.search(r"[,،]", ctx.ftext[h.end : hit.start]):
                return True
        return False

    def _verbal(self, hit: Hit) -> bool:
        """English: a one-word trigger counts as an active verb only ("demands", "attacked" as
        nouns or adjectives name no act of their subject, nor does a passive "was detained")."""
        syntax = self.speakers.syntax
        if self.ctx.lang != "en" or syntax is None:
            return True
        if "..." in hit.pattern.phrase:
            # "launched an investigation into the attack", "pressed ahead with its push to":
            # what the gap swallowed must leave the final word the verb's object
            return syntax.gap_object(hit.start, hit.end)
        _, toks = syntax.tokens(hit.start, hit.end)
        if " " in hit.pattern.phrase:
            # "Calls for X's resignation grew": a noun heading the subject names no act of it
            # (unless its author follows: "the siege imposed by X had cut off …")
            return hit.pattern.phrase.endswith(" by") or \
                not (toks and toks[0].pos_ == "NOUN" and toks[0].dep_ in ("nsubj", "nsubjpass"))
        if toks and any(c.dep_ == "auxpass" for c in toks[0].children):
            # "X was arrested": the subject underwent the act, it is not its actor; with a
            # "by" phrase the agent is ("was condemned by Y")
            return syntax.agent(hit.start, hit.end) is not None
        if toks and toks[0].tag_ == "VBN" and toks[0].dep_ in ("acl", "amod"):
            return False  # "the administration, backed by X, …", "Iran-backed groups": a modifier
        return not toks or toks[0].pos_ in ("VERB", "AUX")

    def _direct(self, lo: int, hi: int) -> list[Hit]:
        """The triggers of [lo, hi) that name an act of their subject. Where the longest
        match is no such act ("launched an investigation into the attack" is no attack), a
        shorter trigger inside it may be ("launched ... investigation")."""
        ctx = self.ctx
        out = []
        for h in find(ctx.lex.events, ctx.ftext, lo, hi):
            if self._verbal(h):
                out.append(h)
                continue
            out += [g for g in find(_without(ctx.lex.events, h.pattern), ctx.ftext, h.start, h.end)
                    if self._verbal(g)]
        return out

    def _spelled(self, hit: Hit) -> bool:
        """Arabic: a verb matched on folded text is that verb as written ("وهنأ" but not
        "وهنا", here: ar_morph.hamza_kept)."""
        if self.ctx.lang != "ar":
            return True
        written = self.ctx.text[hit.start : first_word_end(self.ctx.ftext, hit)]
        if "\u0651" in written and any(c.start == hit.start for c in find(self.ctx.lex.cue("no_shadda"), self.ctx.ftext, hit.start, hit.end)):
            return False  # "وعدّ" is "and he considered", never "وعد" (he promised)
        prev = self.ctx.ftext[max(0, hit.start - 30) : hit.start].split()[-1:]
        if prev and any(c.start == hit.start and prev[0].lstrip("وف") in arabic_fold(c.label).split("|")
                        for c in find(self.ctx.lex.cue("noun_reading"), self.ctx.ftext, hit.start, hit.end)):
            return False  # "ستدفع ثمن جرائمها": the price, not "ثمّن" (appreciated)
        return hamza_kept(written)

    def triggers(self, s: Sentence) -> list[tuple[Hit, str, str | None]]:
        """(hit, PLOVER type, mode) for every statement trigger in the sentence."""
        ctx = self.ctx
        lo, hi = s.span.start, s.span.end
        direct = [h for h in self._direct(lo, hi) if self._spelled(h) and not self._after_preposition(h, lo)]
        reporting = [h for h in find(ctx.lex.reporting, ctx.ftext, lo, hi)
                     if all(h.end <= d.start or h.start >= d.end for d in direct) and not self._adverb(h, lo)]
        out = [(h, self._warning_type(h, hi), h.pattern.mode) for h in direct]
        for i, h in enumerate(reporting):
            # the content ends where another verb of saying or acting begins: "قالت ليفيت إن
            # ترامب حث الشرع … وطالبه بدعوة": what follows "حث" is Trump's, not hers
            nxt = [x.start for x in reporting[i + 1:]]
            if ctx.lang == "ar":
                nxt += [d.start for d in direct if d.start >= h.end]
            spans = [(h.end, min(nxt + [hi]))]
            before = ctx.ftext[lo : h.start]
            quoted = (_AR_QUOTE_BEFORE if ctx.lang == "ar" else _QUOTE_BEFORE).search(before)
            if quoted or self._parenthetical(before, h, hi):  # “…,” X said
                spans.append((lo, h.start))
            types = self.content_types(spans)
            if not types and self._alleges(h, spans):
                out.append((h, "ACCUSE", "allege"))
            for typ in types:
                out.append((h, typ, None))
        return sorted(out, key=lambda x: x[0].start)

    def _alleges(self, h: Hit, spans: list[tuple[int, int]]) -> bool:
        """Arabic: a verb of claiming with distance ("زاعماً أن بوردوريا تهرّب السلاح", event_cues
        kind allege) whose content names an actor: an allegation against it."""
        ctx = self.ctx
        if ctx.lang != "ar" or not any(c.start <= h.start + 1 and c.end >= first_word_end(ctx.ftext, h) - 1
                                       for c in find(ctx.lex.cue("allege"), ctx.ftext, h.start, first_word_end(ctx.ftext, h))):
            return False
        for a, b in spans:
            # the actor must stand in the claim itself, after "أن" (not the verb's own subject)
            m = re.search(r"(?:^|\s)[وف]?[بل]?ان\s", ctx.ftext[a:b])
            if m and ctx.refs_in(a + m.end(), b, set(ACTOR_TYPES)):
                return True
        return False

    def _after_preposition(self, hit: Hit, floor: int) -> bool:
        """Arabic: a one-word verb form right after a preposition is a noun with a possessive
        ("عبر عن شكره وتقديره": his thanks; "أعرب عن تأييده"), the object of another verb."""
        ctx = self.ctx
        word = ctx.ftext[hit.start : hit.end].strip()
        if ctx.lang != "ar" or " " in word or not re.search(r"(?:ه|ها|هم|هما)[\u064b-\u0652]*$", word):
            return False  # a bare verbal noun after "على" ("شددت على رفض") is what was said
        prev = ctx.ftext[floor : hit.start].split()[-1:]
        return bool(prev) and prev[0] in _AR_LINKS | {"في", "من", "الي", "إلى"}

    def _in_words(self, hit: Hit, actor: str | None, typ: str) -> str:
        """"هاجم وزير الخارجية الرئيس أردوغان": an attack by a named person is made in words,
        ACCUSE (event_cues.tsv, kind verbal_attack); forces and states keep ASSAULT."""
        ctx = self.ctx
        if typ != "ASSAULT" or actor is None or ctx.etype(actor) != "PERSON":
            return typ
        if any(c.start == hit.start or ctx.ftext[hit.start] in "وف" and c.start == hit.start + 1
               for c in find(ctx.lex.cue("verbal_attack"), ctx.ftext, hit.start, hit.end)):
            return "ACCUSE"
        return typ

    def _welcomes_a_guest(self, s: Sentence, hit: Hit, typ: str) -> bool:
        """Arabic: a host welcoming a visitor ("رحب ولي العهد بفخامة الرئيس"، "رحب بالضيف
        والوفد المرافق له") greets; welcoming a step or a decision ("رحب بالاتفاق") backs it.
        The guest is an honorific or a guest word with "ب" (event_cues.tsv, kind guest) within
        a title's length after the verb."""
        ctx = self.ctx
        if ctx.lang != "ar" or typ != "SUPPORT" or hit.pattern.phrase != "رحب":
            return False
        end = words_after(ctx.ftext, first_word_end(ctx.ftext, hit), 4, s.span.end)
        return bool(find(ctx.lex.cue("guest"), ctx.ftext, hit.end, end))

    def _adverb(self, hit: Hit, floor: int) -> bool:
        """Arabic: a participle that is also an adverb (event_cues.tsv, kind adverb: "مجدداً",
        again) reports nothing unless it opens a clause: after a comma, or with "و"."""
        ctx = self.ctx
        if ctx.lang != "ar" or not find(ctx.lex.cue("adverb"), ctx.ftext, hit.start, hit.end):
            return False
        if ctx.ftext[hit.start] in "وف":
            return False
        return not re.search(r"[،,:]\s*$", ctx.ftext[floor : hit.start]) and bool(ctx.ftext[floor : hit.start].strip())

    def _warning_type(self, hit: Hit, hi: int) -> str:
        """English: a warning whose content condemns and threatens nothing ("warned that
        collective punishment could not be justified", "warned that the raids were a flagrant
        violation") accuses; other warnings stay threats."""
        ctx = self.ctx
        if ctx.lang != "en" or hit.label != "THREATEN" or not find(ctx.lex.cue("warning"), ctx.ftext, hit.start, hit.end):
            return hit.label
        kinds = set(self.content_types([(hit.end, hi)]))
        return "ACCUSE" if "ACCUSE" in kinds and not find(ctx.lex.cue("threat_content"), ctx.ftext, hit.end, hi) else hit.label

    def _parenthetical(self, before: str, hit: Hit, hi: int) -> bool:
        """English: a verb of saying set off after its content without quotation marks ("The
        principles remain valid, he argued, even if …", "Talks must resume, the envoy said."):
        a clause of three words or more, a comma, a short subject, the verb, then at most three
        words to a comma or the sentence's end."""
        if self.ctx.lang != "en":
            return False
        m = _PARENTHETICAL_BEFORE.search(before)
        if not m or len(before[: m.start()].split()) < 3:
            return False
        return bool(_PARENTHETICAL_AFTER.match(self.ctx.ftext, hit.end, hi))

    def content_types(self, spans: list[tuple[int, int]]) -> list[str]:
        """The PLOVER types the reported content holds: its cues, else SUPPORT when it cites
        an instrument (statement_cues.tsv explains why)."""
        ctx = self.ctx
        seen: list[str] = []
        for a, b in spans:
            prev = None
            aid_at: int | None = None
            for c in find(ctx.lex.content, ctx.ftext, a, b):
                if c.label == "-":
                    continue  # a longer phrase that names no stance ("should have", a regret)
                if ctx.lang == "ar" and any(r.start <= c.start < r.end for r in ctx.refs_in(a, b)):
                    continue  # "قوات الدعم السريع": a cue word inside a name is no content
                governed = ctx.lang == "ar" and prev is not None and prev.label in ("REQUEST", "AGREE") \
                    and ctx.ftext[prev.end : c.start].split() in ([], ["إلى"], ["الى"])
                # "حزمة مساعدات بقيمة مليار يورو … لدعم الخدمات"، "an aid package to support
                # refugees": what the aid is for, after it in its clause, is no stance of its own
                purpose = c.label == "SUPPORT" and aid_at is not None and not _CLAUSE_END.search(ctx.ftext, aid_at, c.start)
                if c.label == "AID":
                    aid_at = c.end
                prev = c
                if governed or purpose:
                    # "أكد أهمية دعم الحلفاء لسوريا"، "استعداد الدوحة لتقديم الدعم": the act asked
                    # for or offered right after the cue is its object, not a stance of its own
                    continue
                # "the role he can play in supporting X": a possibility, not a position
                if c.label not in seen and not has_cue_before(ctx.lex, "negation", ctx.ftext, c.start, 2, a) \
                        and not has_cue_before(ctx.lex, "modal", ctx.ftext, c.start, MODAL_WINDOW, a) \
                        and not has_cue_before(ctx.lex, "hypothetical", ctx.ftext, c.start, MODAL_WINDOW, a) \
                        and not has_cue_before(ctx.lex, "concern", ctx.ftext, c.start, CONCERN_WINDOW, a) \
                        and not has_cue_before(ctx.lex, "capacity", ctx.ftext, c.start, 1, a):
                    # "بوصفها الداعم الأول لإسرائيل": the role of whom the clause is about
                    # "أعرب عن قلقه من الدعم العسكري": what worries the speaker is not backed
                    seen.append(c.label)
        if "REQUEST" not in seen and any(self._imperative_quote(a, b) for a, b in spans):
            seen.append("REQUEST")
        if "REQUEST" not in seen and ctx.lang == "ar" and any(_AR_OBLIGATION_OPENS.search(ctx.ftext, a, b) for a, b in spans):
            # «على المجتمع الدولي أن يتحرك»، "وقال: على الجميع أن": an obligation put on someone,
            # opening a quotation, asks it of them (as "إن على" does)
            seen.append("REQUEST")
        if not seen and any(not self._in_past_ref(r.start, a) for a, b in spans for r in ctx.refs_in(a, b, {"INSTRUMENT"})):
            seen.append("SUPPORT")
        return seen

    def _in_past_ref(self, pos: int, floor: int) -> bool:
        """An instrument named in a time phrase ("منذ انسحاب واشنطن من الاتفاق النووي",
        "since the collapse of the 2015 deal") dates what is said; it is not cited for backing."""
        ctx = self.ctx
        start = words_before(ctx.ftext, pos, CONCERN_WINDOW, floor)
        return any(not _CLAUSE_BREAK.search(ctx.ftext[h.end : pos]) for h in find(ctx.lex.cue("past_ref"), ctx.ftext, start, pos))

    def _imperative_quote(self, a: int, b: int) -> bool:
        """English: a quotation in [a, b) opened by an imperative ("“Stop the killing now,” he
        told members", "said: “Open the crossings.”", "“… a message to X: accept the deal,”")
        asks its addressees to act: REQUEST.
        Not the openers listed as not_imperative ("“Look, …”", "“Thank you …”")."""
        syntax = self.speakers.syntax
        ctx = self.ctx
        if ctx.lang != "en" or syntax is None:
            return False
        for m in _QUOTE_OPEN.finditer(ctx.ftext, a, b):
            word = m.end()
            if any(h.start == word for h in find(ctx.lex.cue("not_imperative"), ctx.ftext, word, min(b, word + 20))):
                continue
            if syntax.imperative(word):
                return True
        return False

    def continued_quote(self, s: Sentence) -> list[str]:
        """A sentence that is all quote, with no verb of saying, continues the last speaker's
        words ("… Blinken told Lavrov. “But we are also committed … to a severe response.”")."""
        ctx = self.ctx
        text = ctx.ftext[s.span.start : s.span.end].lstrip()
        if not text[:1] in _OPENING_QUOTES or find(ctx.lex.reporting, ctx.ftext, s.span.start, s.span.end):
            return []
        return self.content_types([(s.span.start, s.span.end)])

    def _own_side(self, s: Sentence, hit: Hit, typ: str, resolved: dict[int, str | None]) -> str | None:
        """"وأكد وزير الخارجية التركي أن تركيا ترفض …", "Zelensky said Ukraine supported the
        proposal": a state or body whose position its own official reports is the official's
        statement. Own: the official's
        role (article.roles) is in that organisation or its title names that country."""
        ctx = self.ctx
        actor = resolved.get(hit.start)
        if typ not in STANCE_TYPES or actor is None or ctx.etype(actor) not in ("GPE", "ORG"):
            return None
        said = [r for r in find(ctx.lex.reporting, ctx.ftext, s.span.start, hit.start) if resolved.get(r.start)]
        speaker = resolved[said[-1].start] if said else None
        if speaker is None or ctx.etype(speaker) != "PERSON":
            return None
        if ctx.lang == "ar" and AR_NEW_CLAUSE.search(ctx.ftext, said[-1].end, hit.start):
            return None  # "قالت زاخاروفا إن …، فيما طلبت روسيا": the state's own act, not her words
        ent = ctx.article.entity(actor)
        state = country_of(ctx.article, actor) if ctx.etype(actor) == "GPE" else None
        if state and state in person_countries(ctx.article, speaker):
            return speaker  # "Zelensky said Ukraine supported …": the KB knows whom he serves
        for role in ctx.article.roles:
            if role.person != speaker:
                continue
            if role.org == actor or any(ar_country_adjectives().get(ar_bare(w)) == ent.name for w in role.title.split()):
                return speaker
        return None

    def _main_subject(self, s: Sentence) -> None:
        """English: a person who is the subject of a sentence with no verb of saying or acting
        ("X called the designation an important tool. He urged …") is the one a "He" in the
        next sentence refers to."""
        syntax = self.speakers.syntax
        if self.ctx.lang != "en" or syntax is None:
            return
        subj = syntax.main_subject(s.span.start, s.span.end)
        if subj is None:
            return
        refs = self.ctx.refs_in(s.span.start, s.span.end, {"PERSON"})
        person = [r for r in refs if r.start <= subj[0] < r.end]
        if not person and _title_word(self.ctx.ftext[subj[0] : subj[1]], self.ctx.lang):
            # "The bloc's foreign policy chief, X, took the opposite view.": the title's
            # apposition names the subject
            person = [r for r in refs if r.start >= subj[1]
                      and _APPOSITION.search(self.ctx.ftext[subj[0] : r.start])][:1]
        if person:
            self.speakers.last = person[0].eid

    def _attributed(self, s: Sentence) -> str | None:
        """Arabic: the person a sentence opens by citing ("وحسب جيفري فإن …"، "ووفقا لهولت"),
        whom the sentence's dropped subjects then refer to."""
        ctx = self.ctx
        if ctx.lang != "ar":
            return None
        head = words_after(ctx.ftext, s.span.start, SOURCE_OPENING_WORDS, s.span.end)
        for h in find(ctx.lex.cue("source"), ctx.ftext, s.span.start, head):
            after = ctx.refs_in(h.end, s.span.end, {"PERSON"})
            if after and ctx.ftext[h.end : after[0].start].strip() in ("", "ل"):
                return after[0].eid
            # "وبحسب بيان لروريتانيا، فإن …"، "ووفقاً لبيان صادر عن الرئاسة": a statement's issuer
            issued = _AR_SOURCE_STATEMENT.match(ctx.ftext, h.end, s.span.end)
            body = ctx.refs_in(issued.end(), s.span.end, set(ACTOR_TYPES)) if issued else []
            if body and ctx.ftext[issued.end() : body[0].start].strip() in ("", "ل", "لل"):
                return body[0].eid
        return None

    def _according_to(self, s: Sentence) -> list[tuple[str, str]]:
        """English: "Borduria must withdraw, according to X", "According to X, …": (X, type)
        for each content cue of what X is cited for, X being the actor its phrase names."""
        syntax = self.speakers.syntax
        ctx = self.ctx
        if ctx.lang != "en" or syntax is None:
            return []
        out = []
        for c in find(ctx.lex.cue("source"), ctx.ftext, s.span.start, s.span.end):
            if c.pattern.phrase != "according to":
                continue
            span = syntax.phrase_object(c.end - 2, c.end)
            best = self.speakers._best(ctx.refs_in(*span)) if span else None
            if best is None:
                continue
            # "According to X, …" opens the sentence: what X said follows
            said = (span[1], s.span.end) if not ctx.ftext[s.span.start : c.start].strip() else (s.span.start, c.start)
            if find(ctx.lex.reporting_events, ctx.ftext, *said):
                continue  # "X urged …, according to a post on Y": the citation of X's own act
            for typ in self.content_types([said]):
                out.append((best.eid, typ))
        return out

    def _outer_speaker(self, s: Sentence, hit: Hit, resolved: dict[int, str | None]) -> str | None:
        """English: a verb of saying with no actor for a subject inside what a named speaker
        said ("He stressed that the resolution reaffirmed the rejection of …") passes its
        content on to that speaker."""
        syntax = self.speakers.syntax
        ctx = self.ctx
        if ctx.lang != "en" or syntax is None or hit.pattern not in ctx.lex.reporting_set:
            return None
        for r in reversed(find(ctx.lex.reporting, ctx.ftext, s.span.start, hit.start)):
            if resolved.get(r.start) and syntax.in_scope(r.start, hit.start, hit.end):
                return resolved[r.start]
        return None

    def _reported_by(self, s: Sentence, hit: Hit) -> Hit | None:
        """Arabic: the reporting verb a trigger directly follows ("أكد رفض"، "شددت على رفض"،
        "مؤكداً رفض"), which makes the trigger a verbal noun inside what was said."""
        ctx = self.ctx
        if ctx.lang != "ar" or hit.pattern not in ctx.lex.event_set:
            return None
        for r in find(ctx.lex.reporting, ctx.ftext, s.span.start, hit.start):
            gap = ctx.ftext[r.end : hit.start]
            # the reporting verb's own subject may stand between ("وأكدت هولت رفض")
            for ref in reversed(ctx.refs_in(r.end, hit.start, set(ACTOR_TYPES))):
                gap = gap[: ref.start - r.end] + " " + gap[ref.end - r.end :]
            words = gap.replace("،", " ").split()
            if words and find(ctx.lex.cue("honorific_pronoun"), words[0]):
                words = words[1:]  # "وأكد سموه في كلمته رفض": the style is the verb's subject
            issued = next((i for i, w in enumerate(words[: 2 + MEDIUM_WORDS]) if w in _AR_ISSUED), None)
            if words[:1] == ["في"] and issued is not None and words[issued + 1 : issued + 2] == ["عن"]:
                # "وأكدت روريتانيا في بيان صادر عن وزارة خارجيتها رفضها": the medium and its issuer
                words = words[issued + 2 + ISSUER_WORDS :]
            elif words[:1] == ["في"]:
                # "وأكدت الجامعة في بيان رفضها": where it was said stands between
                words = words[1 + MEDIUM_WORDS :] if len(words) > MEDIUM_WORDS else []
            if all(w in _AR_LINKS for w in words) and len(words) <= 1:
                return r
        return None

    def _numbered_group(self, s: Sentence, hit: Hit) -> list[str]:
        """English: a subject "the three European powers", "the two countries" (event_cues.tsv,
        kind group_noun) with no name of its own: the last as many states named together
        ("Britain, France and Germany") in this sentence or the PAIR_SENTENCES before, all on
        the continent its adjective names (kind continent), if it names one."""
        ctx = self.ctx
        syntax = self.speakers.syntax
        if ctx.lang != "en" or syntax is None:
            return []
        span, _ = syntax.subject(hit.start, hit.end)
        if span is None:
            return []
        text = ctx.ftext[span[0] : span[1]].lower()
        words = text.split()
        if not words or not any(h.end == span[1] for h in find(ctx.lex.cue("group_noun"), ctx.ftext, *span)):
            return []
        n = next((_group_numbers()[w] for w in words[:-1] if w in _group_numbers()), 0)
        if n < 2:
            return []
        continent = next((c.label for c in find(ctx.lex.cue("continent"), ctx.ftext, *span)), None)
        first = ctx.sentences[max(0, s.index - PAIR_SENTENCES)].span.start
        runs: list[list] = []  # maximal lists of states joined by commas and "and"
        for r in (r for r in ctx.refs_in(first, span[0]) if r.type == "GPE"):
            if runs and _JOINED.fullmatch(ctx.ftext[runs[-1][-1].end : r.start]):
                runs[-1].append(r)
            else:
                runs.append([r])
        for run in reversed(runs):
            eids = list(dict.fromkeys(x.eid for x in run))
            if len(eids) == n and (continent is None or all(
                    continent_of(country_of(ctx.article, e)) == continent.upper() for e in eids)):
                return eids
        return []

    def _conjoined(self, hit: Hit, actor: str, subject: tuple[int, int] | None = None) -> list[str]:
        """English: the other names coordinated with the subject ("X and Y condemned"), and
        the subject's head when the resolved subject lies elsewhere ("A and B signed" resolved
        to B); never the head inside the subject as resolved ("the Israeli military", which
        acts for Israel)."""
        syntax = self.speakers.syntax
        if self.ctx.lang != "en" or syntax is None:
            return []
        out = []
        cands = syntax.subject_conjuncts(hit.start, hit.end)
        head = syntax.active_subject_head(hit.start, hit.end)
        if cands and head is not None and not (subject is not None and subject[0] <= head < subject[1]):
            # "A and B signed" resolved to B, the name right before the verb: A too
            cands = [head] + cands
        for c in cands:
            for r in self.ctx.refs:
                if r.start <= c < r.end and r.type in ACTOR_TYPES and r.eid != actor and r.eid not in out:
                    out.append(r.eid)
        return out

    def _both_sides(self, s: Sentence, hit: Hit, kind: str = "both_sides") -> bool:
        """The trigger's subject is the meeting's sides together ("the two sides", "both
        leaders", "الجانبان", "الطرفان"): before it in English, right after the verb in Arabic."""
        ctx = self.ctx
        cues = ctx.lex.cue(kind)
        if ctx.lang == "ar":
            # "واتفق الجانبان" after the verb; "أن الطرفين اتفقا" before it
            # after the verb only the nominative is its subject ("وحث الطرفين" addresses them)
            start = words_before(ctx.ftext, hit.start, 1, s.span.start)
            end = words_after(ctx.ftext, first_word_end(ctx.ftext, hit), 2, s.span.end)
            if any(c.end <= hit.start or ctx.ftext[c.start : c.end].endswith(("ان", "ون"))
                   for c in find(cues, ctx.ftext, start, end)):
                return True
            # a broken plural of the sides' office right after the verb ("وأكد الوزراء في بيان
            # مشترك"، "وشدد القادة على"): its case does not show, the first word is the subject
            verb_end = first_word_end(ctx.ftext, hit)
            first = words_after(ctx.ftext, verb_end, 1, s.span.end)
            return kind == "both_sides" and any(c.start >= verb_end for c in find(ctx.lex.cue("all_sides"), ctx.ftext, verb_end, first))
        syntax = self.speakers.syntax
        if syntax is None:
            return False
        span, _ = syntax.subject(hit.start, hit.end)
        return bool(span and find(cues, ctx.ftext, span[0], span[1]))

    def _greeting(self, hit: Hit) -> bool:
        """English: "welcomed the two delegations", "welcomed his guests at the airport",
        "welcomes the visiting delegation": a host greeting guests, not praise of anything."""
        ctx = self.ctx
        if ctx.lang != "en" or not find(ctx.lex.cue("person_object"), ctx.ftext, hit.start, hit.end):
            return False
        return any(g.start == hit.end + 1 for g in find(ctx.lex.cue("guests"), ctx.ftext, hit.end, hit.end + 60))

    def _recorded(self, s: Sentence) -> bool:
        """English: the sentence credits a written record ("a joint statement said", "the
        readout said") or a body ("the State Department said", "Moscow said") with its words."""
        ctx = self.ctx
        if find(ctx.lex.cue("record"), ctx.ftext, s.span.start, s.span.end):
            return True
        return any(re.match(r"\s+(?:said|says|announced|reported)\b", ctx.ftext[r.end : s.span.end])
                   for r in ctx.refs_in(s.span.start, s.span.end) if r.type in ("ORG", "GPE"))

    def _ar_coordinated(self, s: Sentence, hit: Hit, actor: str | None, subject: tuple[int, int] | None) -> list[str | None]:
        """Arabic: every actor of a coordinated subject ("وقالت السعودية والولايات المتحدة"،
        "أن الحكومة والحوثيين اتفقوا"); a dual or plural verb with a dropped subject ("وحثتا")
        refers to the last such group."""
        ctx, speakers = self.ctx, self.speakers
        if actor is not None and subject is not None:
            ref = next((r for r in ctx.refs if (r.start, r.end) == subject and r.eid == actor), None)
            if ref is not None:
                return list(dict.fromkeys(r.eid for r in speakers.coordinated(ref)))
            return [actor]
        if actor is None and speakers.agreement(hit) in ("d", "p") and speakers.group:
            return list(speakers.group)
        return [actor]

    def _ar_states(self, sides: list[str]) -> list[str]:
        """The countries of a meeting's sides: a side that is a state, or the state a
        person's role serves (its organisation, or the country its title's adjective names:
        "الرئيس التركي" → Turkey)."""
        ctx = self.ctx
        out: list[str] = []
        by_name = {e.name: e.id for e in ctx.article.entities if e.type == "GPE"}
        for p in sides:
            found = p if ctx.etype(p) == "GPE" else None
            for role in ctx.article.roles:
                if found or role.person != p:
                    continue
                if role.org and ctx.etype(role.org) == "GPE":
                    found = role.org
                for w in role.title.split():
                    found = found or by_name.get(ar_country_adjectives().get(ar_bare(w), ""))
            if found and found not in out:
                out.append(found)
        return out

    def _ar_last_pair(self, s: Sentence, hit: Hit) -> list[str]:
        """The two actors last joined by "و" before `hit`, in this sentence or the two before
        ("الحكومة اليمنية والحوثيين … وأوضح … أن الطرفين اتفقا")."""
        ctx, speakers = self.ctx, self.speakers
        if speakers.group and speakers.group_sentence >= s.index - PAIR_SENTENCES:
            return list(speakers.group)  # the last coordinated subject
        first = self.ctx.sentences[max(0, s.index - PAIR_SENTENCES)].span.start
        refs = [r for r in ctx.refs_in(first, hit.start) if r.type in ACTOR_TYPES]
        for a, b in reversed(list(zip(refs, refs[1:]))):
            if a.eid != b.eid and re.fullmatch(r"\s*،?\s*و", ctx.ftext[a.end : b.start]):
                return [a.eid, b.eid]
        return self._office_pair(s, hit)

    def _office_pair(self, s: Sentence, hit: Hit) -> list[str]:
        """"واتفق الوزيران" with no meeting found and no pair joined by "و": the two people
        last named before it whose office (article.roles) has the dual's head ("وزير"،
        "رئيس"), when there are just two such people in the article so far."""
        ctx = self.ctx
        dual = next((c for c in find(ctx.lex.cue("both_people"), ctx.ftext, s.span.start, s.span.end)), None)
        if dual is None:
            return []
        head = re.sub(r"(?:ان|ين)$", "", ar_bare(ctx.ftext[dual.start : dual.end]))
        holders = {r.person for r in ctx.article.roles
                   if r.title.split() and ar_bare(r.title.split()[0]).startswith(head) and ctx.etype(r.person) == "PERSON"}
        named = list(dict.fromkeys(r.eid for r in ctx.refs_in(0, hit.start) if r.eid in holders))
        return named if len(named) == 2 else []

    def _target(self, s: Sentence, hit: Hit, actor: str, subject: tuple[int, int] | None) -> str | None:
        """The entity acted on: the trigger's object ("accused Russia", "urged the UN
        envoy", "طالب روسيا بـ"), never a name inside the speaker's own title."""
        ctx = self.ctx
        syntax = self.speakers.syntax
        if ctx.lang == "en" and syntax is not None:
            ranges = syntax.objects(hit.start, hit.end)
            start = hit.end
            cands = [r for r in ctx.refs_in(hit.end, s.span.end) if any(a <= r.start and r.end <= b for a, b in ranges)]
        else:
            start = max(hit.end, subject[1] if subject else hit.end)
            cands = ctx.refs_in(start, s.span.end)
        cands = [r for r in cands if len(ctx.ftext[start:r.start].split()) <= TARGET_WORDS]
        return next((r.eid for r in cands if r.type in ACTOR_TYPES and r.eid != actor), None)

    def sentence(self, s: Sentence, meeting_sides: list[str], meeting_date: str | None,
                 attendees: list[str] | None = None, hosts: list[str] | None = None) -> list[Statement]:
        """The statements of sentence `s`; `meeting_sides` are the participants of the meeting
        being reported (if any), `attendees` those of them who only attended, `hosts` those
        who hosted two other sides."""
        ctx = self.ctx
        out: list[Statement] = []
        seen: set[tuple[str, str]] = set()
        resolved: dict[int, str | None] = {}
        spans: dict[int, tuple[int, int] | None] = {}
        groups: dict[int, list[str]] = {}  # English: names joined to a subject found before the verb
        # Arabic: the verb of saying whose subject a verbal noun's stance is ("أن الرئيسين أكدا
        # رفضهما"): that verb's subject and agreement decide who holds the stance
        anchors: dict[int, Hit] = {}
        recorded_states: set[tuple[str, str]] = set()  # (state, type) "the two sides" stood for
        source = self._attributed(s)
        if source is not None and ctx.etype(source) == "PERSON":
            self.speakers.last = source  # "وحسب جيفري فإن …، ووعد بدعم": he is the one who promised
        if source is not None:
            # what the sentence reports is the source's ("بحسب بيان لروريتانيا، فإن الحكومة ترفض")
            self.speakers.cited(source, s.index)
        typed = self.triggers(s)
        typed_starts = {h.start for h, _, _ in typed}
        plain = [(h, "", None) for h in find(ctx.lex.reporting_meetings, ctx.ftext, s.span.start, s.span.end)
                 if h.start not in typed_starts and (h.pattern in ctx.lex.reporting_set or h.label == "verb")]
        if not typed and not plain:
            self._main_subject(s)
        for hit, typ, mode in sorted(typed + plain, key=lambda x: x[0].start):
            if not typ:
                # no statement, but its named subject becomes the one "He" refers to
                if hit.start not in resolved:
                    resolved[hit.start], _ = self.speakers.resolve(s, hit, meeting_sides)
                continue
            if self._welcomes_a_guest(s, hit, typ) or self._greeting(hit):
                continue  # "رحب سمو ولي العهد بفخامة الرئيس السوري", "welcomed the delegations": protocol
            if self._not_fact(s, hit):
                if ctx.lang == "ar" and hit.start not in resolved:
                    # "ولم ترفض روريتانيا المقترح، لكنها طالبت": a negated clause still names
                    # the subject its sequel's pronoun refers to
                    resolved[hit.start], _ = self.speakers.resolve(s, hit, meeting_sides)
                continue
            if hit.start not in resolved:
                said = self._reported_by(s, hit)
                if said is not None:
                    # "أكد رفض دمشق لـ…": the verbal noun is what the speaker of "أكد" stated;
                    # the name after it is its possessor, not the speaker
                    if said.start not in resolved:
                        resolved[said.start], _ = self.speakers.resolve(s, said, meeting_sides)
                    resolved[hit.start], spans[hit.start] = resolved[said.start], None
                    anchors[hit.start] = said
                else:
                    resolved[hit.start], _ = self.speakers.resolve(s, hit, meeting_sides)
                    spans[hit.start] = self.speakers.last_span
                    groups[hit.start] = self.speakers.before_group
                    state_act = self.speakers.own_state_subject and any(
                        c.start == hit.start for c in find(ctx.lex.cue("state_act"), ctx.ftext, hit.start, hit.end))
                    if not state_act:  # "said his country voted in favour": the state's own act
                        resolved[hit.start] = self._own_side(s, hit, typ, resolved) or resolved[hit.start]
                    if resolved[hit.start] is None:
                        resolved[hit.start] = self._outer_speaker(s, hit, resolved)
            actors = [resolved[hit.start]]
            if actors[0] is None:
                actors = self._numbered_group(s, hit) or actors  # "the three European powers said"
            # "the two sides agreed", "واتفق الجانبان": the head of each side of the meeting,
            # never every attendee; "the participants stressed": the people named as sides
            both = side_heads(ctx.article, meeting_sides, attendees or [], hosts or [])
            if ctx.lang == "ar" and len([p for p in both if ctx.etype(p) == "PERSON"]) < 2:
                both = self._ar_last_pair(s, hit)  # "الطرفان" with no meeting: the pair just named
            everyone = principal_people(ctx.article, meeting_sides, attendees or [])
            states = self._ar_states(meeting_sides) if ctx.lang == "ar" else []
            verb = anchors.get(hit.start, hit)
            if len(both) >= 2 and self._both_sides(s, verb):
                # "the two sides agreed …, the State Department said", "… a joint statement
                # said": what a written record or a state's organ reports the sides agreed
                # binds the states they came for; told by a person, their heads
                actors = side_states(ctx.article, both) if ctx.lang == "en" and self._recorded(s) else both
                if self._both_sides(s, verb, "both_people"):
                    # "ووقع الرئيسان": the two presidents, not a body that made a side
                    actors = [a for a in actors if ctx.etype(a) == "PERSON"] or actors
                if ctx.lang == "ar" and len(actors) > 1:
                    # "أن الرئيسين أكدا رفضهما …، وشددا على": a dual verb after it with a
                    # dropped subject refers to the same sides
                    self.speakers.group, self.speakers.group_sentence = list(actors), s.index
                recorded_states |= {(a, typ) for a in actors if ctx.etype(a) == "GPE"}
            elif len(everyone) >= 2 and self._both_sides(s, verb, "all_sides"):
                actors = everyone
            elif len(states) >= 2 and self._both_sides(s, verb, "both_states"):
                actors = states  # "ووقع البلدان اتفاقية": the countries of the two sides
            elif ctx.lang == "ar" and len(both) < 2 and self._both_sides(s, verb):
                # "وأكد الطرفان رفضهما" with no pair to be found: two sides are never the one
                # speaker last named
                actors = []
            elif ctx.lang == "ar":
                actors = self._ar_coordinated(s, verb, actors[0], spans.get(hit.start))
            elif actors[0] is not None:
                actors += self._conjoined(hit, actors[0], spans.get(hit.start))
                actors += [g for g in groups.get(hit.start, []) if g not in actors]
            for actor in actors:
                atyp = self._in_words(hit, actor, typ)  # per actor: a person's attack is in words
                if actor is None or ctx.etype(actor) not in ACTOR_TYPES or (actor, atyp) in seen:
                    continue
                seen.add((actor, atyp))
                after = ctx.refs_in(hit.end, s.span.end)
                target = self._target(s, hit, actor, spans.get(hit.start)) if hit.pattern in ctx.lex.event_set else None
                about = list(dict.fromkeys(r.eid for r in after if r.type in ABOUT_TYPES))
                date = ctx.date_in(s.span.start, s.span.end, hit.start) or meeting_date
                out.append(Statement(atyp, actor, s, ctx.text[hit.start:hit.end], mode, target, about,
                                     quote_in(ctx.text, s.span.start, s.span.end), date))
        if recorded_states:
            # "the two sides agreed …, the State Department said": the organ that reports its
            # state's agreement adds no statement of its own to the state's
            codes = {country_of(ctx.article, a): a for a, _ in recorded_states}
            out = [st for st in out if (st.actor, st.type) in recorded_states
                   or not any(codes.get(country_of(ctx.article, st.actor)) == a and t == st.type
                              for a, t in recorded_states) or ctx.etype(st.actor) == "PERSON"]
        for actor, typ in self._according_to(s):
            if (actor, typ) not in seen:
                seen.add((actor, typ))
                out.append(Statement(typ, actor, s, "according to", None, None,
                                     [r.eid for r in ctx.refs_in(s.span.start, s.span.end, ABOUT_TYPES)],
                                     quote_in(ctx.text, s.span.start, s.span.end),
                                     ctx.date_in(s.span.start, s.span.end) or meeting_date))
        if not typed and self.speakers.last and ctx.etype(self.speakers.last) in ACTOR_TYPES:
            for typ in self.continued_quote(s):
                quote = quote_in(ctx.text, s.span.start, s.span.end)
                out.append(Statement(typ, self.speakers.last, s, quote or "", None, None,
                                     [r.eid for r in ctx.refs_in(s.span.start, s.span.end, ABOUT_TYPES)], quote,
                                     ctx.date_in(s.span.start, s.span.end) or meeting_date))
        return out
