"""Coarse parts of speech (`token.pos_`) from the tagger's fine tags, without the attribute ruler.

en_core_web_sm sets `pos_` with an attribute ruler: a token Matcher run over every token of
every Doc, which cost about a quarter of the parse's own time in our profiles. Our stages read
only `pos_` from it (not `morph` or `lemma_`), and each of its POS rules tests a token's tag,
lower-case form, dependency label and whether it is a space (one rule also tests the token
before). So this component reads the ruler's own rules from the loaded model (the model's
data: nothing is restated here), decides once per distinct token key and remembers it.
As in the ruler (`AttributeRuler.match` sorts matches by rule index), a later rule wins.

`tests/test_en_coarse_pos.py` checks it gives the ruler's `pos_` on every token of our
example articles.
"""

from __future__ import annotations

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language

NAME = "communique_coarse_pos"
RULER = "attribute_ruler"
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OTHER = "\uffff"  # stands for every lower-case form that no rule names


def _test(spec):
    """A predicate on one value, from a Matcher token-pattern value (a constant, IN, NOT_IN)."""
    if isinstance(spec, dict):
        if set(spec) - {"IN", "NOT_IN"}:
            raise ValueError(f"unsupported matcher operator in {spec!r}")
        inside = set(spec["IN"]) if "IN" in spec else None
        outside = set(spec.get("NOT_IN", ()))
        return lambda v: (inside is None or v in inside) and v not in outside
    return lambda v: v == spec


def _named(spec) -> set:
    if isinstance(spec, dict):
        return set(spec.get("IN", ())) | set(spec.get("NOT_IN", ()))
    return {spec}


class Rules:
    """The ruler's POS-setting rules in its order. `single` are one-token rules as
    (number, tests, POS); `multi` are (number, [tests per position], target index, POS).
    A rule of a shape this cannot read raises, so a changed model fails loudly."""

    def __init__(self, patterns: list[dict]):
        self.single, self.multi, self.lowers = [], [], set()
        for number, p in enumerate(patterns):
            pos = p["attrs"].get("POS")
            if pos is None:
                continue
            for alt in p["patterns"]:
                steps = []
                for tok in alt:
                    if set(tok) - set(_FIELDS):
                        raise ValueError(f"unsupported attribute rule field in {tok!r}")
                    if "LOWER" in tok:
                        self.lowers |= _named(tok["LOWER"])
                    steps.append([(k, _test(v)) for k, v in tok.items()])
                if len(steps) == 1 and p.get("index", 0) == 0:
                    self.single.append((number, steps[0], pos))
                else:
                    index = p.get("index", 0) % len(steps)
                    self.multi.append((number, steps, index, pos))


class CoarsePos:
    """Every rule's test of a lower-case form is a constant, IN or NOT_IN, so all forms no rule
    names are decided alike and share one key: the memo stays as small as the rules' own
    vocabulary times the tags and labels, however many articles pass through."""

    def __init__(self, nlp: Language, rules: Rules):
        self.strings = nlp.vocab.strings
        self.rules = rules
        self.named = {self.strings.add(w) for w in rules.lowers}
        self.memo: dict[tuple, tuple[int, int, int]] = {}

    def _pos(self, pos: str) -> int:
        return self.strings.add(pos)

    def decide(self, key: tuple) -> tuple[int, int, int]:
        """(number of the last single-token rule that matches or -1, its POS id or 0, and a
        bit mask of the multi-token rule positions this token satisfies)."""
        s = self.strings
        tag, lower, dep, space = key
        values = {"TAG": s[tag] if tag else "", "LOWER": _OTHER if lower is None else (s[lower] if lower else ""),
                  "DEP": s[dep] if dep else "", "IS_SPACE": bool(space)}
        number, pos = -1, 0
        for n, tests, p in self.rules.single:
            if all(t(values[k]) for k, t in tests):
                number, pos = n, self._pos(p)
        mask, bit = 0, 1
        for _, steps, _, _ in self.rules.multi:
            for tests in steps:
                if all(t(values[k]) for k, t in tests):
                    mask |= bit
                bit <<= 1
        return number, pos, mask

    def __call__(self, doc):
        if not len(doc):
            return doc
        memo, decide, named = self.memo, self.decide, self.named
        found = []
        for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            key = (tag, lower if lower in named else None, dep, space)
            got = memo.get(key)
            if got is None:
                got = memo[key] = decide(key)
            found.append(got)
        if self.rules.multi and any(m for _, _, m in found):
            found = self._multi(found)
        for token, (_, pos, _) in zip(doc, found):
            token.pos = pos
        return doc

    def _multi(self, found: list) -> list:
        found = list(found)
        bit = 1
        for number, steps, index, pos in self.rules.multi:
            bits = [bit << i for i in range(len(steps))]
            bit <<= len(steps)
            for start in range(len(found) - len(steps) + 1):
                if all(found[start + i][2] & b for i, b in enumerate(bits)):
                    at = start + index
                    if number > found[at][0]:
                        found[at] = (number, self._pos(pos), found[at][2])
        return found


@Language.factory(NAME)
def make_coarse_pos(nlp: Language, name: str):
    return CoarsePos(nlp, Rules(nlp.get_pipe(RULER).patterns))


def install(nlp: Language) -> Language:
    """Put this component in place of a loaded attribute ruler, which stays loaded but off."""
    nlp.add_pipe(NAME, after="parser")
    if RULER in nlp.pipe_names:
        nlp.disable_pipe(RULER)
    return nlp
