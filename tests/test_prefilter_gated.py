"""The pre-filter's letter-gated patterns find exactly what the patterns without the gate find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.nlp import prefilter

GATED = ("_PERSON_PRONOUN", "_BODY_PRONOUN", "_STANDALONE_PRONOUN", "_DYAD", "_SIDELESS",
         "_CROWD")

_WORDS = ("he", "She", "HIM", "her", "his", "hers", "it", "its", "they", "them", "the", "The",
          "two", "each", "other", "one", "another", "both", "three", "four", "either",
          "neither", "leaders", "sides", "Parties", "of", "kingdom", "Kingdom's", "was",
          "were", "agreed", "signed", "talks", "resumed", "protesters", "crowds", "sit-ins",
          "said", "have", "\u017fhe", "\u0130t", "\u0131t", "\u212ahe", "x", "Th", "sh")


def _ungated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern inside the gate ``(?=[...])(?:...)``."""
    m = re.fullmatch(r"\(\?=\[[A-Za-z]+\]\)\(\?:(.*)\)", rx.pattern, re.S)
    assert m is not None, rx.pattern
    return re.compile(m.group(1), rx.flags)


@pytest.mark.parametrize("name", GATED)
def test_prefilter_gated_pattern_is_gated(name: str) -> None:
    rx = getattr(prefilter, name)
    assert rx.pattern.startswith("(?=[")
    assert _ungated(rx).pattern != rx.pattern


@pytest.mark.parametrize("name", GATED)
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(_WORDS),
                                st.sampled_from((" ", " ", ", ", ". ", "'", "-", "", "\n"))),
                      max_size=14))
def test_prefilter_gated_same_matches(name: str, parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    rx = getattr(prefilter, name)
    plain = _ungated(rx)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert bool(rx.search(text)) == bool(plain.search(text))
