"""English clause structure from the shared spaCy parse (`communique.en.nlp.parsed_paragraphs`):
the character ranges of a trigger's subject and of its objects, so that only the entities in
those ranges become participants or speakers. The article is never parsed twice."""

from __future__ import annotations

import functools
from bisect import bisect_left

from ..en.nlp import parsed_paragraphs
from ..lexicon import table
from ..model import Article
from ..pipeline import Context

SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
# Dependents whose subtree still belongs to the trigger's clause (objects, prepositions,
# appositions); clausal dependents (ccomp, advcl, conj, relcl) open another event.
OBJ_DEPS = {"dobj", "obj", "pobj", "prep", "dative", "attr", "appos", "npadvmod", "agent", "oprd", "prt",
            "compound", "amod", "poss", "nmod", "det", "acomp"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp"}
SIDE_PREPS = {"with", "between"}
CLIMB_DEPS = {"conj", "xcomp", "advcl", "acl", "pcomp"}
# The verbs whose negation, modal or "if" also qualifies a word below them: the clause that
# embeds it ("did not rule out supporting", "refused to condemn", "would be ready to accept",
# "asked whether X had agreed"). A coordinated verb ("said the talks would go ahead and
# urged") has its own qualifiers, so `conj` is not climbed.
SCOPE_DEPS = {"xcomp", "ccomp", "pcomp", "advcl", "acomp", "oprd", "prep", "pobj", "dobj", "attr"}
QUALIFIER_DEPS = {"neg", "aux", "auxpass", "mark", "advmod", "det"}
RELATIVE_SUBJECTS = {"who", "which", "that"}
PLACE_PREPS = {"in", "at"}  # "met X in Tel Aviv, who …": the parse hangs "who" on the place
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# where the small model hangs a quotation's first verb: its own root, or the reported clause
# of the verb of saying after or before it ("“Stop …,” he said": ccomp; "said: “Release …”": xcomp)
IMPERATIVE_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "parataxis"}
GAP_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative", "npadvmod", "ccomp", "xcomp"}


@functools.lru_cache(maxsize=None)
def issuing_verbs() -> frozenset[str]:
    """Forms of verbs that issue a document (event_cues.tsv, kind issuing)."""
    return frozenset(r[1].lower() for r in table("en", "event_cues.tsv") if len(r) > 1 and r[0] == "issuing")


class _Head:
    def __init__(self, text: str, char: int, pos: str, tag: str = ""):
        self.text, self.char, self.pos, self.tag = text, char, pos, tag
        self.ranges: list[tuple[int, int]] = []  # the subject without its relative clauses


class Syntax:
    def __init__(self, article: Article, ctx: Context | None):
        self.docs = parsed_paragraphs(article, ctx)
        # per paragraph its end and its token start offsets, computed once: Doc.text joins
        # every token on each access, and a character range finds its tokens by bisection
        self._index = [(off + len(doc.text) + 1, [t.idx for t in doc]) for off, doc in self.docs]

    def is_caption(self, para) -> bool:
        """A paragraph of one sentence with no finite verb at its root ("A delegation from X,
        headed by Y, during a meeting with Z."): a photo caption or standfirst, which
        summarises the report like a headline."""
        for off, doc in self.docs:
            if off == para.start:
                sents = list(doc.sents)
                # a past or present tense verb anywhere means a sentence the parse merely
                # rooted on a noun ("The UN envoy, X, called on …")
                finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc)
                return len(sents) == 1 and sents[0].root.pos_ not in ("VERB", "AUX") and not finite
        return False

    def tokens(self, start: int, end: int):
        """(paragraph offset, the tokens that start in [start, end))."""
        for (off, doc), (end_, starts) in zip(self.docs, self._index):
            if off <= start < end_:
                i, j = bisect_left(starts, start - off), bisect_left(starts, end - off)
                return off, list(doc[i:j]) if j > i else []
        return 0, []

    def head_token(self, start: int, end: int, noun: bool = False):
        off, toks = self.tokens(start, end)
        if not toks:
            return off, None
        want = ("NOUN", "PROPN") if noun else ("VERB", "AUX")
        for t in (reversed(toks) if noun else toks):
            if t.pos_ in want:
                return off, t
        return off, toks[0]

    @staticmethod
    def span(off: int, tok) -> tuple[int, int]:
        left, right = tok.left_edge, tok.right_edge
        return off + left.idx, off + right.idx + len(right.text)

    def subject(self, start: int, end: int) -> tuple[tuple[int, int] | None, str | None]:
        """(char range of the subject of the verb in [start, end), its head word)."""
        span, head = self.subject_head(start, end)
        return span, head.text if head is not None else None

    def subject_head(self, start: int, end: int):
        """(char range of the subject, its head token with `.char` set to its offset)."""
        off, tok = self.head_token(start, end)
        # a noun trigger ("joint military exercises", "support"): its clause's verb
        steps = 0
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 3:
            tok, steps = tok.head, steps + 1
        seen = 0
        while tok is not None and seen < 4:
            subs = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            fronted = tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" \
                and tok.head.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i < tok.head.head.head.i
            if not subs and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.tag_ in ("NNS", "NNPS", "NNP") \
                    and not fronted:
                # "which led to Israeli forces taking control of …", "with the rebels
                # shelling the town": the people or the state an -ing clause hangs from do the
                # act; not a singular common noun, which is a document or an event ("passed a
                # resolution demanding …": its issuer demands), nor a phrase before the verb
                # ("In a statement condemning the raid, X said", below)
                sub = tok.head
                head = _Head(sub.text, off + sub.idx, sub.pos_, sub.tag_)
                head.ranges = self.ranges(off, sub)
                return (off + sub.left_edge.idx, off + sub.idx + len(sub.text)), head
            if subs:
                # two subjects happen when a dateline is parsed into the clause ("Oslo, 3 March -
                # Holt received …"): the one nearest the verb is the real one
                sub = max(subs, key=lambda c: c.i if c.i < tok.i else -1)
                if tok.dep_ == "relcl" and (sub.lower_ in RELATIVE_SUBJECTS
                                            or any(c.lower_ == "whose" for c in sub.children)):
                    # "Abbas, who demanded a halt", "the army, whose leaders refused to attend":
                    # the relative stands for the noun the clause hangs from. A restrictive
                    # "that" never modifies a proper name: "amendments proposed by Russia that
                    # called for …" is parsed onto the name, but the amendments did the calling
                    if not (sub.lower_ == "that" and tok.head.pos_ == "PROPN"):
                        sub = self.personal_antecedent(tok.head) if sub.lower_ == "who" else tok.head
                head = _Head(sub.text, off + sub.idx, sub.pos_, sub.tag_)
                head.ranges = self.ranges(off, sub)
                return self.span(off, sub), head
            if not subs and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "obj") \
                    and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.lower_ in issuing_verbs():
                # "passed a resolution ordering Iran to …", "issued a statement condemning the
                # raid": the issuer of the document, the subject of the verb that issued it
                # (not "vetoed a resolution calling for …": the vetoer calls for nothing)
                tok = tok.head.head
                seen += 1
                continue
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
                    and tok.head.head.pos_ in ("VERB", "AUX"):
                # "In a statement condemning the raid, X said": the phrase's verb
                tok = tok.head.head
                seen += 1
                continue
            if tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
                mate = self.true_conjunct(tok) if tok.dep_ == "conj" else None
                tok = mate if mate is not None else tok.head
                seen += 1
                continue
            break
        return None, None

    @staticmethod
    def personal_antecedent(tok):
        """The noun a "who" clause stands for. "who" names a person, never the place closing
        the clause before it ("met President X in Tel Aviv, who thanked him", "received the
        envoy at the palace in Baghdad, who said"), where the parse often hangs it: climb
        out of the place phrases to the noun or verb they modify; a verb's object is then
        the person."""
        node, steps = tok, 0
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in PLACE_PREPS \
                and node.head.head.i != node.head.i and steps < 3:
            node, steps = node.head.head, steps + 1
        if node is tok or node.i == tok.i:
            return tok
        if node.pos_ in ("VERB", "AUX"):
            objs = [c for c in node.children if c.dep_ in ("dobj", "obj")]
            return objs[0] if objs else tok
        return node

    @staticmethod
    def verb_form(tok) -> str:
        return "finite" if tok.tag_ in FINITE_TAGS else tok.tag_

    def true_conjunct(self, tok):
        """The verb a conjunct really continues when the parse hung it on a verb of another
        form: "X said the talks would go ahead and urged …" (a past verb does not coordinate
        with a bare infinitive: it continues "said"), "…, welcoming the proposal announced on
        31 May and calling on …" (the -ing verb continues "welcoming", not "announced"). The
        nearest verb of the same form above it; None when the parse's own head has that form."""
        head = tok.head
        if head.pos_ not in ("VERB", "AUX") or self.verb_form(head) == self.verb_form(tok):
            return None
        form = self.verb_form(tok)
        if form == "finite" and head.tag_ == "VBN" and any(c.dep_ == "aux" for c in head.children):
            return None  # "had threatened staff and abducted …": the auxiliary is shared
        for a in head.ancestors:
            if a.pos_ in ("VERB", "AUX") and self.verb_form(a) == form:
                return a
        return None

    def in_scope(self, cue: int, start: int, end: int) -> bool | None:
        """Whether the cue word at offset `cue` ("not", "would", "if", "refused") qualifies the
        trigger in [start, end): it is the trigger's verb or a verb embedding it, or hangs from
        one of them as a negation, auxiliary or subordinator. None when the parse has no
        tokens there (the caller falls back to word windows)."""
        off, tok = self.head_token(start, end)
        off2, ctoks = self.tokens(cue, cue + 1)
        if tok is None or not ctoks or off != off2:
            return None
        chain = {tok.i}
        t, steps = tok, 0
        while t.dep_ in SCOPE_DEPS and t.head.i != t.i and steps < 6:
            if t.dep_ == "advcl" and t.tag_ == "VBD" and any(c.dep_ in SUBJ_DEPS for c in t.children):
                # an adverbial clause with its own subject in the past tense tells what happened
                # ("a text that would have called for pauses, as the US cast a negative vote");
                # an "if" on it is its own qualifier. A present one under a plan stays in it
                # ("forces are to withdraw as the army deploys")
                break
            t, steps = t.head, steps + 1
            chain.add(t.i)
        c = ctoks[0]
        return c.i in chain or (c.dep_ in QUALIFIER_DEPS and c.head.i in chain)

    def gap_object(self, start: int, end: int) -> bool:
        """For a trigger with a gap ("launched ... attack", "pressed ... to"): a final noun is
        the verb's object (or its "of" phrase: "a wave of attacks"); a final "to" needs an
        object asked ("pressed Borduria to"). Anything else the gap swallowed is another
        phrase: "launched an investigation into the attack", "pressed ahead with its push to"."""
        off, verb = self.head_token(start, end)
        _, toks = self.tokens(start, end)
        if verb is None or not toks:
            return True
        last = toks[-1]
        if last.lower_ == "to":
            # "told residents to leave": the object asked, and the "to" of the verb's own
            # infinitive (not "told Reuters he was going to …")
            return any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children) \
                and last.dep_ == "aux" and last.head.dep_ in ("xcomp", "ccomp") and last.head.head.i == verb.i
        if last.pos_ not in ("NOUN", "PROPN"):
            return True
        t, steps = last, 0
        while steps < 4:
            if t.head.i == verb.i and t.dep_ in GAP_OBJECT_DEPS:
                return True
            if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i == verb.i:
                return True  # "designated X as a … terrorist group": the verb's "as" complement
            if t.dep_ in ("compound", "amod") and t.head.i > t.i:
                t, steps = t.head, steps + 1  # "… Terrorist group": the noun it modifies
                continue
            if t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.lower_ == "of") or t.dep_ == "prep" and t.lower_ == "of":
                t, steps = t.head, steps + 1
                continue
            return False
        return False

    def imperative(self, pos: int) -> bool:
        """The word at `pos` is a bare verb heading a clause of its own with no subject: an
        imperative ("Stop the killing now", "Open the crossings and let aid flow")."""
        _, toks = self.tokens(pos, pos + 1)
        if not toks:
            return False
        t = toks[0]
        return t.tag_ == "VB" and t.dep_ in IMPERATIVE_DEPS and not any(c.dep_ in SUBJ_DEPS for c in t.children) \
            and not any(c.dep_ in ("aux", "neg") for c in t.children)

    def phrase_object(self, start: int, end: int) -> tuple[int, int] | None:
        """Char range of the object of the preposition in [start, end) ("to" in "according
        to the UN envoy"), without its clauses."""
        off, toks = self.tokens(start, end)
        if not toks:
            return None
        objs = [c for c in toks[0].children if c.dep_ == "pobj"]
        return self.span(off, objs[0]) if objs else None

    def agent(self, start: int, end: int) -> tuple[int, int] | None:
        """Char range of the "by" phrase of a passive trigger ("was condemned by X",
        "were attacked by Y"): the one who did it. None for an active verb."""
        off, tok = self.head_token(start, end)
        if tok is None or not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return self.span(off, objs[0])
        return None

    def objects(self, start: int, end: int, noun: bool = False, preps: set[str] | None = None) -> list[tuple[int, int]]:
        """Char ranges of the trigger's objects and prepositional complements (only the
        prepositions `preps` when given: "discussed with X the Y" names X, not Y). Relative
        and adverbial clauses inside them ("who arrived in Jeddah") are left out."""
        off, tok = self.head_token(start, end, noun)
        if tok is None:
            return []
        out: list[tuple[int, int]] = []
        for c in tok.children:
            if c.i <= tok.i or c.dep_ not in OBJ_DEPS:
                continue
            if preps is not None and not (c.dep_ == "prep" and c.lower_ in preps):
                continue
            out += self.ranges(off, c)
        return out

    @staticmethod
    def ranges(off: int, tok) -> list[tuple[int, int]]:
        """Char ranges of `tok`'s subtree without its clausal dependents."""
        drop: set[int] = set()
        for t in tok.subtree:
            if t is not tok and t.dep_ in CLAUSE_DEPS:
                drop.update(x.i for x in t.subtree)
        out: list[tuple[int, int]] = []
        for t in tok.subtree:
            if t.i in drop:
                continue
            a, b = off + t.idx, off + t.idx + len(t.text)
            if out and a - out[-1][1] <= 1 and (t.i - 1) not in drop:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def complements(self, start: int, end: int) -> list[tuple[int, int]]:
        """For a meeting noun: the ranges of its "with"/"between" phrases, directly or through
        a participle ("meetings held in X between A and B"). Empty: the noun names no sides."""
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return []
        out = []
        for c in tok.children:
            if c.i <= tok.i:
                continue
            # the small model sometimes labels "between" after a participle as `agent`
            if c.dep_ in ("prep", "agent") and c.lower_ in SIDE_PREPS:
                # without its clauses: "with X, his first trip since fighting with Y erupted"
                out += self.ranges(off, c)
            elif c.dep_ in ("acl", "relcl", "prep"):
                for g in c.subtree:
                    if g.dep_ in ("prep", "agent") and g.lower_ in SIDE_PREPS and g.head.dep_ != "pobj":
                        out.append(self.span(off, g))
        return out

    def light_verb_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """"Holt had a phone call with X": the subject of the verb whose object the meeting
        noun is; also of the verb the noun's phrase modifies ("X said after talks with Y",
        "X flew to Cairo for talks with Y", "During a meeting with Y, X stressed")."""
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head
        elif tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
        else:
            return None
        span, _ = self.subject(off + verb.idx, off + verb.idx + len(verb.text))
        return span

    def light_verb_subjects(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, head offset) of the subject of `light_verb_subject`'s verb, then of
        the verbs that verb's clause hangs from (a reported clause, a conjunct), nearest first."""
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return []
        # "after nearly two hours of talks with Y": up the chain of prepositional phrases
        for _ in range(3):
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                    and tok.head.head.dep_ == "pobj":
                tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head
        elif tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
        else:
            return []
        out = []
        for _ in range(4):
            # every subject: a parse may split "Sudan's army chief General X" into two
            for sub in (c for c in verb.children if c.dep_ in SUBJ_DEPS):
                out.append(self.undated_span(off, sub) + (off + sub.idx,))
            # "X said it was ready to accept … after talks with Y": up through the adjective
            # ("ready", acomp) whose clause holds the reported subject
            if verb.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "acomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        return out

    @classmethod
    def undated_span(cls, off: int, tok) -> tuple[int, int]:
        """`span` without a dateline the parse hung on the subject ("JEDDAH (Reuters) -
        Ukraine said"): what follows the last dash or colon before the head word."""
        a, b = cls.span(off, tok)
        # a free-standing dash, not the hyphen of "Co-Chairman" (split into three tokens)
        marks = [t for t in tok.subtree if t.i < tok.i and t.text in ("-", "—", "–", ":", "//")
                 and (t.text in (":", "//") or t.whitespace_)]
        if marks:
            a = off + marks[-1].idx + len(marks[-1].text)
        return a, b

    def subject_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every subject of the verb in [start, end) after the sentence's dateline, without
        relative clauses: "A, B's King C and D met" may parse as two subjects, "A" (with C
        in apposition) and "D"; a dateline parsed as one more ("OSLO - A met") is left out."""
        off, tok = self.head_token(start, end)
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            return []
        marks = [t.i for t in tok.sent if t.i < tok.i and t.text in ("-", "—", "–", ":", "//")
                 and (t.text in (":", "//") or t.whitespace_)]
        floor = max(marks) if marks else -1
        out: list[tuple[int, int]] = []
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and floor < c.i < tok.i:
                out += self.ranges(off, c)
        return out

    def noun_use(self, start: int, end: int) -> bool:
        """The word at `start`, a verb form in the trigger list ("hosts", "meets"), is used as
        a noun here: the object of a preposition or with a determiner ("as hosts", "the
        hosts")."""
        off, toks = self.tokens(start, end)
        if not toks or toks[0].pos_ not in ("NOUN", "PROPN"):
            return False
        t = toks[0]
        return t.dep_ == "pobj" or any(c.dep_ == "det" for c in t.children)

    def joint_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """"A and B sat down for talks", "A and B began two days of talks": the coordinated
        subject of the verb a sideless meeting noun hangs from, which names the sides itself.
        None when the subject is one word or has no conjunct."""
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return None
        for _ in range(3):  # "more than four hours of talks": up to the verb's object
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "NUM"):
                tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
        elif tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
            verb = tok.head
        else:
            return None
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subs:
            return None
        # a dateline parsed as a second subject ("RIYADH (AP) — A and B sat down"): the nearest
        sub = max(subs, key=lambda c: c.i)
        if not any(c.dep_ == "conj" for c in sub.children):
            return None
        return self.span(off, sub)

    def possessor(self, start: int, end: int) -> tuple[int, int] | None:
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return None
        for c in tok.children:
            if c.dep_ == "poss":
                return self.span(off, c)
        return None

    def main_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """Char range of the subject of the main verb of the sentence in [start, end)."""
        off, toks = self.tokens(start, end)
        root = next((t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
        if root is None:
            return None
        span, head = self.subject_head(off + root.idx, off + root.idx + len(root.text))
        if head is None:
            return None
        return head.char, head.char + len(head.text)

    def subject_conjuncts(self, start: int, end: int) -> list[int]:
        """Char offsets of the words coordinated with the subject's head ("The United States
        and Britain carried out …", "Israel and Hamas had agreed")."""
        span, head = self.subject_head(start, end)
        if head is None:
            return []
        off, toks = self.tokens(head.char, head.char + len(head.text))
        if not toks:
            return []
        return [off + c.idx for c in toks[0].conjuncts]

    def active_subject_head(self, start: int, end: int) -> int | None:
        """Char offset of the head of the trigger's subject when it does the act (an active
        "nsubj", not a passive's subject: "A was praised by B")."""
        span, head = self.subject_head(start, end)
        if head is None:
            return None
        _, toks = self.tokens(head.char, head.char + len(head.text))
        return head.char if toks and toks[0].dep_ == "nsubj" else None

    def other_clause(self, pos: int, trigger: int) -> bool:
        """The word at `pos` stands in a clause of its own (relative, adverbial, reported) that
        does not hold the word at `trigger`: "… a ceasefire that would bring the hostages in
        Gaza home" tells nothing of where a meeting in the main clause took place."""
        off, toks = self.tokens(pos, pos + 1)
        off2, ttoks = self.tokens(trigger, trigger + 1)
        if not toks or not ttoks or off != off2:
            return False
        t, trig = toks[0], ttoks[0]
        above = {a.i for a in trig.ancestors} | {trig.i}
        while t.i not in above:
            # a clause that hangs from the trigger ("meetings held in X", "received Y, who
            # arrived in X") still tells the meeting's setting
            if t.dep_ in CLAUSE_DEPS and trig.i not in {a.i for a in t.ancestors}:
                return True
            if t.head.i == t.i:
                break
            t = t.head
        return False
