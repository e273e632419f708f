"""The pre-filter keeps a sentence that tells a person held, tried or freed by a pronoun or
by a name the article gave in full before, though it names no state."""

from __future__ import annotations

import pytest

from detente.nlp.prefilter import _held_person


@pytest.mark.parametrize(("sentence", "before", "kept"), [
    ("Lindqvist was sentenced to six years in March.",
     "Moscow detained the Swedish engineer Erik Lindqvist in 2021.", True),
    ("A court jailed her for nine years.", "Tehran arrested a French teacher.", True),
    ("Okafor had been held since 2019.", "Nigeria's Chidi Okafor is a reporter.", True),
    # no one introduced by that name, or no act of holding or freeing
    ("Lindqvist was sentenced to six years in March.", "Moscow detained an engineer.", False),
    ("Lindqvist praised the decision.",
     "Moscow detained the Swedish engineer Erik Lindqvist in 2021.", False),
    ("The prices were held steady in March.", "Oil markets were calm.", False),
])
def test_prefilter_held_person(sentence, before, kept):
    text = before + " " + sentence
    assert _held_person(sentence, text, len(before) + 1) is kept


def test_prefilter_held_sentence_is_parsed():
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    pf = Prefilter(load_kb(), load_lexicon(), context="needed")
    text = ("Russia arrested the American reporter Evan Gershkovich in March 2023. Washington "
            "condemned the arrest. Gershkovich was sentenced to 16 years in July.")
    scan = pf.scan(text)
    kept = [text[s.start:s.end] for s in scan.sentences if s.keep]
    assert any(k.startswith("Gershkovich was sentenced") for k in kept), kept
