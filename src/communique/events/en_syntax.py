"""English clause structure from the shared spaCy parse (`communique.en.nlp.parsed_paragraphs`):
the character ranges of a trigger's subject and of its objects, so that only the entities in
those ranges become participants or speakers. The article is never parsed twice."""

from __future__ import annotations

from bisect import bisect_left

from ..en.nlp import parsed_paragraphs
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


class _Head:
    def __init__(self, text: str, char: int, pos: str):
        self.text, self.char, self.pos = text, char, pos


class Syntax:
    def __init__(self, article: Article, ctx: Context | None):
        self.docs = parsed_paragraphs(article, ctx)
        self._starts: dict[int, list[int]] = {}     # per paragraph: its tokens' offsets, for bisection
        # Doc.text joins every token anew on each access: the paragraph lengths, once
        self._lens = [len(doc.text) for _, doc in self.docs]

    def is_caption(self, para) -> bool:
        """A paragraph of one sentence with no finite verb at its root ("A delegation from X,
        headed by Y, during a meeting with Z."): a photo caption or standfirst, which
        summarises the report like a headline."""
        for off, doc in self.docs:
            if off == para.start:
                sents = list(doc.sents)
                return len(sents) == 1 and sents[0].root.pos_ not in ("VERB", "AUX")
        return False

    def tokens(self, start: int, end: int):
        for (off, doc), n in zip(self.docs, self._lens):
            if off <= start < off + n + 1:
                # token offsets increase through a Doc: bisect instead of walking every token
                starts = self._starts.get(off)
                if starts is None:
                    starts = self._starts[off] = [t.idx for t in doc]
                i, j = bisect_left(starts, start - off), bisect_left(starts, end - off)
                return off, [doc[k] for k in range(i, j)]
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
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and steps < 3:
            tok, steps = tok.head, steps + 1
        seen = 0
        while tok is not None and seen < 4:
            subs = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            if subs:
                # two subjects happen when a dateline is parsed into the clause ("Oslo, 3 March -
                # Holt received …"): the one nearest the verb is the real one
                sub = max(subs, key=lambda c: c.i if c.i < tok.i else -1)
                return self.span(off, sub), _Head(sub.text, off + sub.idx, sub.pos_)
            if tok.dep_ in CLIMB_DEPS and tok.head is not tok:
                tok = tok.head
                seen += 1
                continue
            break
        return None, None

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
            if c.dep_ == "prep" and c.lower_ in SIDE_PREPS:
                out.append(self.span(off, c))
            elif c.dep_ in ("acl", "relcl", "prep"):
                for g in c.subtree:
                    if g.dep_ == "prep" and g.lower_ in SIDE_PREPS and g.head.dep_ != "pobj":
                        out.append(self.span(off, g))
        return out

    def light_verb_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """"Holt had a phone call with X": the subject of the verb whose object the meeting
        noun is."""
        off, tok = self.head_token(start, end, noun=True)
        if tok is None or tok.dep_ not in ("dobj", "obj") or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = tok.head
        span, _ = self.subject(off + verb.idx, off + verb.idx + len(verb.text))
        return span

    def possessor(self, start: int, end: int) -> tuple[int, int] | None:
        off, tok = self.head_token(start, end, noun=True)
        if tok is None:
            return None
        for c in tok.children:
            if c.dep_ == "poss":
                return self.span(off, c)
        return None
