"""Sentence -> event tables for lexicon gaps found on real news sentences (session 10): meals
shared with a counterpart (040 / 042), deadlines given to a state (139), a state pushed for
something (020, the one pushed is the object), petitions, pleas and requests handed in (020)
demands handed in (100), and decisions or policies defended (no 052 towards the place they
concern).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 3, 1)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a meal had with a counterpart is a meeting (a meal held FOR a visitor is hosting)
    ("dinner had with", "Prime Minister Narendra Modi had dinner with French President "
     "Emmanuel Macron in Paris on Tuesday.", {("IND", "04", "FRA")}, set()),
    ("lunch had with", "Kenyan President William Ruto had lunch with Chinese President Xi "
     "Jinping in Beijing.", {("KEN", "04", "CHN")}, set()),
    ("a meal alone is no meeting", "The Spanish king had lunch at a restaurant in Lisbon.",
     set(), {("ESP", "04", "PRT")}),
    # -- a deadline given to a state is an ultimatum (139)
    ("deadline given", "The British prime minister gave Moscow a deadline to explain the "
     "poisoning.", {("GBR", "139", "RUS")}, set()),
    ("deadline in days given", "Canada gave New Delhi a two-week deadline to withdraw its "
     "diplomats.", {("CAN", "139", "IND")}, set()),
    ("a warning given stays a threat", "Japan gave China a warning about its coast guard "
     "patrols near the islands.", {("JPN", "130", "CHN")}, set()),
    # -- pushed X for Y: the one pushed is the object
    ("pushed a government for", "The Brazilian foreign minister pushed the Argentine "
     "government for a quick vote on the trade pact.", {("BRA", "020", "ARG")}, set()),
    ("pushed for with a partner", "Ghana pushed for a new trade corridor with Togo.",
     set(), {("GHA", "020", "GHA")}),
    # -- defending another actor is 052; defending a decision, policy or presence (mostly
    #    one's own side's) is no act towards the place the decision concerns
    ("an actor defended", "Turkey defended Azerbaijan against criticism from Armenia.",
     {("TUR", "052", "AZE")}, set()),
    ("own decision defended", "Chancellor Olaf Scholz defended Germany's decision to send "
     "tanks to Ukraine.", set(), {("DEU", "052", "UKR")}),
    ("own presence defended", "President Emmanuel Macron defended France's military presence "
     "in Mali.", set(), {("FRA", "052", "MLI")}),
    # -- petitions, pleas and requests handed in (020); demands handed in (100)
    ("request submitted to a state", "The Philippine government submitted a request to "
     "Japan for patrol boats.", {("PHL", "020", "JPN")}, set()),
    ("petition presented to a state", "Lebanon presented a petition to the Syrian government "
     "about the missing fishermen.", {("LBN", "020", "SYR")}, set()),
    ("plea handed to a state", "Nepal handed a plea to India over the border crossings on "
     "Friday.", {("NPL", "020", "IND")}, set()),
    ("demands submitted", "Armenian opposition leaders submitted their demands to the "
     "Azerbaijani government.", {("ARM", "10", "AZE")}, set()),
    ("a report submitted is no appeal", "The Chilean delegation submitted a technical report "
     "to Peru on Monday.", set(), {("CHL", "02", "PER")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_conll7_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)
