"""The parse helpers climb head chains; a chain ends at its sentence's root, whose head is
itself. spaCy makes a new Token object on every access, so the end must be found by index:
an identity test never holds and the climb would not stop (a paragraph whose parse has two
sentences, a place in one and the meeting in the other)."""

from communique.events.en_syntax import Syntax
from communique.model import Article, Span
from communique.pipeline import Context, Pipeline


def _article(text: str) -> Article:
    a = Article(id="t", source="t", raw=text)
    Pipeline(["clean", "language", "sentences"], Context(options={"lang": "en"}))(a)
    return a


def test_other_clause_stops_at_the_root_of_another_sentence():
    text = "Anne Holt met Peter Mwangi on Monday. Talks later ended in Vienna without a deal."
    a = _article(text)
    a.paragraphs = [Span(0, len(a.text))]  # one paragraph, two sentences in the parse
    syntax = Syntax(a, Context())
    assert syntax.other_clause(a.text.index("Vienna"), a.text.index("met")) is False
