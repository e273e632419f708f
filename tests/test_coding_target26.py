"""Sides the text leaves unnamed or names in a form the resolver missed (session 26, target26).

A government statement whose first line is a header ending in a full stop ("Press statement
by the Department Spokesperson, Washington.") or whose title names "the Secretary of State"
(the U.S. one; Britain's is "the Secretary of State for ...") has an issuer, so its "we" is
that government (``Prefilter.issuer``); so has a minister's statement by title alone whose
text opens with its government by name ("The Australian Government today raised ...").
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 7, 24)


@pytest.mark.parametrize(("title", "first_line", "issuer"), [
    (None, "Press statement by the Department Spokesperson, Washington.", "USA"),
    (None, "Statement by the Department Spokesperson.", "USA"),
    ("Statement by the Secretary of State on the closure of the embassy in Kabul",
     "At the direction of the President, the embassy has suspended its work.", "USA"),
    # Britain's Secretary of State names a department; a sentence is no header
    ("Statement by the Secretary of State for Foreign Affairs on the vote", "London", None),
    (None, "Statement by the spokesman was issued after the talks ended in Geneva.", None),
    (None, "The ministry said in a statement by its spokesman that talks would resume.", None),
    # a minister's statement by title alone, its text opening with its government's name
    ("Statement by the Minister for Foreign Affairs on the ferry disaster",
     "The New Zealand Government today offered its condolences.", "NZL"),
    # no minister's header: the government the text opens with is its subject
    ("Press statement: release of prisoners", "The Nicaraguan Government has freed many.", None),
])
def test_coding_target26_issuer_headers(coder, title, first_line, issuer):
    text = first_line + "\n\nThe text of the statement follows here."
    assert coder.prefilter.issuer(title, text) == issuer



@pytest.mark.parametrize(("title", "text", "want"), [
    (None, "Press statement by the Department Spokesperson, Washington.\n\n"
     "We urge the Laotian authorities to free the jailed reporters at once.",
     ("USA", "02", "LAO")),
    ("Statement by the Secretary of State on the fighting in Sudan",
     "The fighting has gone on for a week.\n\nWe are grateful to Chad, whose help made the "
     "departure of our staff possible.", ("USA", "05", "TCD")),
])
def test_coding_target26_issuer_we(coder, coded_pairs, title, text, want):
    assert want in coded_pairs(coder, text, PUB, title)


Row = tuple[str, str, str, str]

# "the test" judged after a missile was fired or launched, "the killing" after an execution:
# the judgement is aimed at whoever did the act (``rules.ACT_NOUN_VERBS``)
DEEDS: list[tuple[str, str, list[Row], list[Row]]] = [
    ("North Korea fired a long-range missile into the sea off its east coast on Monday. "
     "Canada condemned the test in a short statement.", "Canada condemned",
     [("CAN", "PRK", "11", "happened")], []),
    ("A dissident blogger was executed by the Saudi authorities at dawn on Tuesday. "
     "Norway condemned the killing and summoned the envoy.", "Norway condemned",
     [("NOR", "SAU", "11", "happened")], []),
    # nothing was tested or fired: no one is judged
    ("Officials met in Geneva on Monday to discuss the arms treaty. Canada condemned the test "
     "in a short statement.", "Canada condemned", [], [("CAN", "CHE", "11", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "unwanted"), DEEDS)
def test_coding_target26_judged_deed_doer(pair_rows, check_pairs, text: str, sentence: str,
                                          want: list[Row], unwanted: list[Row]) -> None:
    """The doer of a deed a definite noun refers back to is the judgement's target."""
    check_pairs(pair_rows(text, PUB, sentence), want, unwanted)


# a charge denied answers its accuser: "the report" after another side said it of the
# denier in the sentence before (``speech._accusers_of``); "denied that the frigate ..." when
# the frigate is the denier's own, named so before, answering the charge told just before
# (``speech._denied_wrongs``)
DENIALS: list[tuple[str, str, list[Row], list[Row]]] = [
    ("In March, the State Department said Belarus had sold tanks to the junta in Myanmar. "
     "Minsk rejected the report as baseless on Tuesday.", "Minsk rejected",
     [("BLR", "USA", "016", "happened")], []),
    ("Athens says a Turkish navy frigate harassed a Greek research ship near Crete last week. "
     "The Greek foreign minister called the act reckless, and Athens lodged a protest with "
     "Ankara. Turkey denied that the frigate had come close to the ship.", "Turkey denied",
     [("TUR", "GRC", "016", "happened")], []),
    # the thing is another side's: no wrong of the denier's own
    ("Athens says a Libyan coast guard boat harassed a Greek research ship near Crete. "
     "The Greek foreign minister called the act reckless, and Athens lodged a protest with "
     "Tripoli. Turkey denied that the boat had come close to the ship.", "Turkey denied",
     [], [("TUR", "GRC", "016", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "unwanted"), DENIALS)
def test_coding_target26_denial_accuser(pair_rows, check_pairs, text: str, sentence: str,
                                        want: list[Row], unwanted: list[Row]) -> None:
    """A denial is aimed at whoever made the charge it answers."""
    check_pairs(pair_rows(text, PUB, sentence), want, unwanted)
