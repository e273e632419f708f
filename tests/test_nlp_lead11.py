"""Sentence -> event tables for the lead's session-11 rules: a country told by a word for its
kind with its name in an of-phrase ("the island nation of Nauru") is that country, also for a
later "it"; a name suffix the parser made the head of a name ("Joseph R. Biden, Jr.") is
the person.

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not; a two-character code is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 3, 12)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("kind of-name, then it", "The small island nation of Palau said on Friday it would cut "
     "diplomatic ties with China.", {("PLW", "16", "CHN")}, set()),
    ("kind of-name, then it: a kingdom", "The tiny kingdom of Bhutan said it would open an "
     "embassy in India.", {("BTN", "03", "IND")}, set()),
    ("kind of-name, then it: a republic", "The Central Asian republic of Kazakhstan announced "
     "that it had invited the Chinese president for a state visit.", {("KAZ", "03", "CHN")},
     set()),
    ("kind of-name, then it: a state", "The Baltic state of Lithuania said on Monday it "
     "would expel two Russian diplomats.", {("LTU", "16", "RUS")}, set()),
    ("kind of-name, then it: a nation", "The West African nation of Togo said it had asked "
     "France to withdraw its soldiers.", {("TGO", "02", "FRA")}, set()),
    ("kind of-name as the subject", "The Gulf state of Qatar accused Israel of blocking the "
     "talks.", {("QAT", "112", "ISR")}, set()),
    # a name suffix the parser made the head of the name ("Biden, Jr.")
    ("suffix heads the name", "On Monday in Geneva, President Joseph R. Biden, Jr. "
     "met with the Uzbek leader, Shavkat Mirziyoyev.", {("USA", "04", "UZB")}, set()),
    ("suffix heads the name: criticism", "Secretary of State Antony J. Blinken, Jr. criticized "
     "Russia over the arrests.", {("USA", "11", "RUS")}, set()),
    ("of-phrase naming no country is no one", "The state of emergency that Peru declared "
     "angered Bolivia.", set(), {("PER", "11", "BOL"), ("BOL", "11", "PER")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lead11_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)
