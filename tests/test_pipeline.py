"""The stage registry and runner."""

from __future__ import annotations

import pytest

from communique.errors import PipelineError
from communique.model import Article
from communique.pipeline import Pipeline, registered, stage


def test_default_pipeline_has_the_foundation_stages_in_order():
    names = Pipeline().names
    assert names[:3] == ["clean", "language", "sentences"]


def test_unknown_stage_and_missing_requirement_are_refused():
    with pytest.raises(PipelineError, match="E101"):
        Pipeline(["clean", "no-such-stage"])
    with pytest.raises(PipelineError, match="E102"):
        Pipeline(["sentences"])  # needs text, set by clean


def test_a_new_stage_joins_without_touching_the_runner():
    @stage("test_shout", requires=("text",), assigns=("scratch",), languages=("en",))
    def shout(article, ctx):
        article.scratch["shout"] = article.text.upper()

    assert "test_shout" in registered()
    p = Pipeline(["clean", "language", "test_shout"])
    en = p(Article(id="a", source="a", raw="The talks in Geneva went on late into the night."))
    ar = p(Article(id="b", source="b", raw="استمرت المحادثات في جنيف حتى وقت متأخر من الليل."))
    assert en.scratch["shout"].startswith("THE TALKS")
    assert "shout" not in ar.scratch  # language-limited stage skipped
