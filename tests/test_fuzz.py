"""Property-based: no input, however broken, crashes ingestion or extraction."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.api import process, process_inputs
from communique.errors import InputError
from communique.ingest.readers import read_inputs, text_article
from communique.readout import build, validate

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_ingestion(data):
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, InputError) or item.raw is not None


@FAST
@given(st.binary(max_size=1500))
def test_random_bytes_never_crash_extraction(data):
    for item in process_inputs(["-"], stdin=io.BytesIO(data)):
        if not isinstance(item, InputError):
            validate(build(item))


news_alphabet = st.sampled_from(list("abc XYZ.,;:!?\"'“”«»()-\n\t0123٠١٢ ") + ["The envoy met ", " in Geneva",
                                 "التقى ", " في جنيف", "Resolution 2254", "القرار ٢٢٥٤", "\u200f", "\u0640", "ـ"])


@FAST
@given(st.lists(news_alphabet, max_size=80).map("".join) | st.text(max_size=600))
def test_random_unicode_never_crashes_extraction(text):
    a = process(text_article(text or " ", "fuzz.txt"))
    validate(build(a))
