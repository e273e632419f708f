"""Text -> event tables for meetings (root 04, session 12): each host of coordinated
by-phrases is placed by its own phrase ("received by A in Kyiv and by B in Moscow" hosts the
guest twice, 043 + 042 each); "The meeting was held ..." with no side named is the story's
pair meeting again; guests hosted "for indirect talks" or "for negotiations" negotiated
(046) and the sentence tells no visit of theirs; a person who "came to" a foreign city made
a journey there (042).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2023, 9, 21)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's texts as articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- coordinated by-phrases: each host where its own phrase puts it
    ("received by two hosts, each in own capital",
     "Over three days the Turkish president was received by Volodymyr Zelensky in Kyiv and by "
     "Vladimir Putin in Moscow.",
     {("UKR", "043", "TUR"), ("TUR", "042", "UKR"), ("RUS", "043", "TUR"),
      ("TUR", "042", "RUS")}, {("RUS", "044", "TUR")}),
    ("welcomed by two hosts, each in own capital",
     "Last week the Indian foreign minister was welcomed by Olaf Scholz in Berlin and by "
     "Emmanuel Macron in Paris.",
     {("DEU", "043", "IND"), ("FRA", "043", "IND"), ("IND", "042", "FRA")},
     {("FRA", "044", "IND")}),
    ("received by two hosts, the second without a place",
     "The Kenyan president was received by Joe Biden in Washington and by Justin Trudeau "
     "on Friday.",
     {("USA", "043", "KEN"), ("KEN", "042", "USA")}, set()),
    # -- guests hosted for negotiation: 046 between them, no guest visit beside it
    ("hosted two ministers for indirect talks",
     "Egypt's foreign minister hosted the foreign ministers of Eritrea and Djibouti in Cairo "
     "in May for indirect talks.",
     {("EGY", "043", "ERI"), ("EGY", "043", "DJI"), ("ERI", "046", "DJI")},
     {("ERI", "042", "EGY"), ("DJI", "042", "EGY"), ("ERI", "044", "DJI")}),
    ("hosted two delegations for negotiations",
     "The Qatari emir hosted the delegations of Rwanda and Congo in Doha for negotiations on "
     "a truce.",
     {("QAT", "043", "RWA"), ("RWA", "046", "COD")}, {("RWA", "042", "QAT")}),
    ("hosted two leaders for proximity talks",
     "Kenyan President William Ruto hosted the leaders of Somalia and Ethiopia in Nairobi "
     "last week for proximity talks.",
     {("SOM", "046", "ETH")}, {("SOM", "044", "ETH")}),
    ("hosted two ministers for plain talks: still their meeting and their visits",
     "Egypt's foreign minister hosted the foreign ministers of Eritrea and Djibouti in Cairo "
     "in May for talks.",
     {("ERI", "042", "EGY"), ("ERI", "044", "DJI")}, {("ERI", "046", "DJI")}),
    # -- came to a foreign place
    ("came to a capital for talks",
     "Vietnamese Prime Minister Pham Minh Chinh came to Canberra on Monday for two days of "
     "talks.",
     {("VNM", "042", "AUS")}, set()),
    ("will come to a capital",
     "The Brazilian foreign minister will come to Tokyo next month, his ministry said.",
     {("BRA", "042", "JPN")}, set()),
    ("came to a country",
     "Chilean President Gabriel Boric came to Argentina last week.",
     {("CHL", "042", "ARG")}, set()),
    ("came to power: no place, no visit",
     "The generals came to power in Gabon in a coup in August.", set(),
     {("GAB", "042", "GAB")}),
    ("came to an agreement: no visit",
     "Hungary and Slovakia came to an agreement on gas transit.", set(),
     {("HUN", "042", "SVK"), ("SVK", "042", "HUN")}),
    ("an envoy posted there came to the capital: no journey",
     "The British ambassador came to Kabul in 2019.", set(), {("GBR", "042", "AFG")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_meet9_events(check, label: str, text: str, present: set[Triple],
                          absent: set[Triple]) -> None:
    check(text, present, absent, label)


# (text of an article, the sentence of interest's start, (source, root, target) expected)
RESTATED: list[tuple[str, str, str, tuple[str, str, str]]] = [
    ("the meeting was held: the story's pair",
     "Danish Prime Minister Mette Frederiksen travelled to Warsaw today for talks with "
     "Polish Prime Minister Donald Tusk. The meeting was held in a friendly atmosphere.",
     "The meeting was held", ("DNK", "04", "POL")),
    ("the talks were held after a clause with its own date",
     "Colombian and Ecuadorian ministers held three days of talks in Quito this week. The "
     "talks were held after Bogota announced on March 3 that it would close the border.",
     "The talks were held", ("COL", "04", "ECU")),
    ("the negotiations were held: the story's pair",
     "The Greek foreign minister met his Turkish counterpart in Ankara on Tuesday. The "
     "negotiations were held behind closed doors in the Turkish capital.",
     "The negotiations were held", ("GRC", "04", "TUR")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "start", "want"), RESTATED,
                         ids=[r[0] for r in RESTATED])
def test_nlp_meet9_meeting_held_again(coder, make_article, label: str, text: str, start: str,
                                      want: tuple[str, str, str]) -> None:
    """"The meeting was held ..." names no side: the story's pair met (its sentence codes
    the meeting, not nothing)."""
    events = coder.code(make_article(text, published=PUB)).events
    got = {frozenset((e.source.country, e.target.country)) for e in events
           if e.root == want[1] and e.source is not None and e.target is not None
           and e.evidence.sentence.startswith(start)}
    assert frozenset((want[0], want[2])) in got, (label, got)


@pytest.mark.slow
def test_nlp_meet9_meeting_held_keeps_told_date(coder, make_article) -> None:
    """The restated meeting keeps the date of the meeting told before, not the date of the
    clause the sentence sets it after."""
    text = ("Colombian and Ecuadorian ministers held three days of talks in Quito on "
            "September 19. The talks were held after Bogota announced on March 3 that it "
            "would close the border.")
    events = coder.code(make_article(text, published=PUB)).events
    held = [e for e in events if e.root == "04"
            and e.evidence.sentence.startswith("The talks were held")]
    assert held and all(e.date.value != "2023-03-03" for e in held), held
