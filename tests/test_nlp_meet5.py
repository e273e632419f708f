"""Text -> event tables for meetings and consultations (root 04, session 9): a group phrase
after one host met several guests pairs the host with each guest; a meeting told in a time
phrase of a clause ("After talks with X, Y said ...") is held by the clause's subject; a
mediation whose own phrase names no party is between the parties of the clause it led to.

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code. Meetings (04) are direction-free in scoring, but the engine's direction
is kept here as it codes it.
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


def _either(a: str, code: str, b: str) -> set[Triple]:
    """Both directions of a meeting, for ``absent`` (no such pair either way)."""
    return {(a, code, b), (b, code, a)}


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a host and several guests: "the leaders" are the host with each guest
    ("host and three guests, the leaders discussed",
     "Peruvian President Dina Boluarte hosted the presidents of Ecuador, Bolivia and Chile in "
     "Lima on Monday. The leaders discussed migration across the Andes.",
     {("PER", "04", "ECU"), ("PER", "04", "BOL"), ("PER", "04", "CHL")},
     _either("ECU", "04", "BOL") | _either("BOL", "04", "CHL") | _either("ECU", "04", "CHL")),
    ("host met two guests, the leaders agreed",
     "Senegalese President Macky Sall met Malian President Assimi Goita and Guinean President "
     "Mamady Doumbouya in Dakar on Friday. The leaders agreed to reopen a border road.",
     {("SEN", "03", "MLI"), ("SEN", "03", "GIN")}, _either("MLI", "03", "GIN")),
    ("they after the leaders keep the host",
     "Indonesian President Joko Widodo received the leaders of Malaysia, Brunei and Timor-Leste "
     "in Jakarta. The leaders discussed haze from forest fires. They also agreed to meet "
     "again in December.",
     {("IDN", "03", "MYS"), ("IDN", "03", "BRN"), ("IDN", "03", "TLS")},
     _either("MYS", "03", "BRN") | _either("BRN", "03", "TLS")),
    ("a number keeps every pair",
     "U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
     "President Yoon Suk Yeol on Friday. The three leaders agreed to hold trilateral "
     "summits every year.",
     {("USA", "03", "JPN"), ("USA", "03", "KOR"), ("JPN", "03", "KOR")}, set()),
    ("one guest: the two leaders as before",
     "Ghanaian President Nana Akufo-Addo hosted Ivorian President Alassane Ouattara in Accra. "
     "The two leaders discussed cocoa prices.", {("GHA", "04", "CIV")}, set()),
    # -- a meeting told in a time phrase: the clause's subject held it
    ("following talks with",
     "Following talks with Algerian President Abdelmadjid Tebboune, Italian Prime Minister "
     "Giorgia Meloni said gas supplies would rise.", {("ITA", "04", "DZA")}, set()),
    ("speaking after talks with",
     "Speaking after talks with Chilean President Gabriel Boric in Santiago, Spanish Prime "
     "Minister Pedro Sanchez praised the new trade accord.", {("ESP", "04", "CHL")}, set()),
    ("ahead of a meeting: planned",
     "Speaking ahead of a meeting with Mexican President Andres Manuel Lopez Obrador, "
     "Guatemalan President Bernardo Arevalo called for more legal pathways.",
     {("GTM", "04", "MEX")}, set()),
    ("after a visit to a capital",
     "After a visit to Hanoi, South Korean President Yoon Suk Yeol said ties would deepen.",
     {("KOR", "04", "VNM")}, set()),
    ("after the meeting, the subject parsed as an apposition",
     "After the meeting with Kazakh President Kassym-Jomart Tokayev, Uzbek President Shavkat "
     "Mirziyoyev said water sharing would improve.", {("UZB", "04", "KAZ")}, set()),
    ("after talks, a pair as subject",
     "Ethiopia and Somalia signed a port accord after talks in Ankara.",
     {("ETH", "04", "SOM")}, set()),
    ("after talks with nobody named: no meeting",
     "After talks in Vienna, Iranian Foreign Minister Hossein Amir-Abdollahian said a deal "
     "was near.", set(), {("IRN", "04", "AUT")}),
    ("a visit by someone else named after the place",
     "North Korea fired missiles after a visit to Seoul by U.S. Defense Secretary Lloyd "
     "Austin.", {("USA", "04", "KOR")}, {("PRK", "04", "KOR")}),
    ("a named gathering of many is no pair's meeting",
     "The two governments set up a joint panel after the Lusaka summit.", set(),
     _either("ZMB", "04", "ZMB")),
    ("the two after an act between two named people",
     "Egypt's trade minister spoke in Cairo. Hungarian Prime Minister Viktor Orban raised "
     "the transit issue with Slovak Prime Minister Robert Fico when the two met in Prague.",
     {("HUN", "04", "SVK")}, _either("HUN", "04", "EGY")),
    # -- "a four-country tour": the number tells the tour's extent, not who made it
    ("the last stop of an N-country tour",
     "Indian Foreign Minister Subrahmanyam Jaishankar met President Hakainde Hichilema in "
     "Lusaka, the last stop of a three-nation tour that also took him to Uganda and Mozambique.",
     {("IND", "042", "UGA"), ("IND", "042", "MOZ")},
     {("ZMB", "042", "UGA"), ("ZMB", "042", "MOZ"), ("UGA", "042", "MOZ")}),
    # -- one call between several people: one event per two sides
    ("a call between four people of three countries",
     "The accord followed a call between Colombian President Gustavo Petro, Venezuelan "
     "President Nicolas Maduro, Venezuelan Vice President Delcy Rodriguez and Brazilian "
     "President Luiz Inacio Lula da Silva.",
     {("COL", "041", "VEN"), ("COL", "041", "BRA"), ("VEN", "041", "BRA")}, set()),
    # -- a meeting noun with no partner, framing two parties' clause
    ("in a phone call, two subjects discussed a third",
     "In a phone call on Monday, Croatian Prime Minister Andrej Plenkovic and Slovenian Prime "
     "Minister Robert Golob discussed Bosnia.", {("HRV", "04", "SVN")},
     _either("HRV", "041", "BIH") | _either("SVN", "041", "BIH")),
    # -- mediation whose own phrase names no party
    ("after talks mediated by",
     "Djibouti and Eritrea agreed to free prisoners after talks mediated by Qatar.",
     {("QAT", "045", "DJI"), ("QAT", "045", "ERI")}, set()),
    ("in a deal brokered by",
     "Serbia and Kosovo signed a deal brokered by the European Union on Monday.",
     {("EU", "045", "SRB"), ("EU", "045", "XKX")}, set()),
    ("after mediation by, the by-phrase on the verb",
     "Rwanda and Burundi reopened their border after mediation by Angola.",
     {("AGO", "045", "RWA"), ("AGO", "045", "BDI")}, set()),
    ("thanks to a nation's mediation",
     "Thanks to Saudi mediation, Sudan and South Sudan swapped 80 prisoners.",
     {("SAU", "045", "SDN"), ("SAU", "045", "SSD")}, set()),
    ("a passive's agent held the mediated talks",
     "The truce was agreed by the two foreign ministers of Tajikistan and Kyrgyzstan after "
     "talks mediated by Kazakhstan.",
     {("KAZ", "045", "TJK"), ("KAZ", "045", "KGZ"), ("TJK", "04", "KGZ")},
     _either("KAZ", "040", "TJK") | _either("KAZ", "040", "KGZ")),
    ("relations restored after mediation: the article's pair",
     "Kenya and Somalia had cut ties over a maritime border. Relations resumed in March "
     "after mediation by Oman.", {("OMN", "045", "KEN"), ("OMN", "045", "SOM")}, set()),
    ("mediated talks that ended name no party",
     "Talks mediated by Norway ended without a deal on Sunday.", set(),
     {("NOR", "045", "NOR")}),
    ("quitting a brokered deal is no party's mediation",
     "Russia quit the grain deal brokered by Turkey in 2022.", set(),
     {("TUR", "045", "RUS")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_meet5_events(check, label: str, text: str, present: set[Triple],
                          absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
def test_nlp_meet5_one_call_per_two_sides(coder, make_article) -> None:
    """Two people of one country in a call between several: the call is told once for each
    two countries, not once for each two people."""
    art = make_article("The accord followed a call between Colombian President Gustavo "
                       "Petro, Venezuelan President Nicolas Maduro, Venezuelan Vice President "
                       "Delcy Rodriguez and Brazilian President Luiz Inacio Lula da Silva.",
                       published=PUB)
    calls = [frozenset((e.source.country, e.target.country)) for e in coder.code(art).events
             if e.root == "04" and e.source is not None and e.target is not None]
    assert len(calls) == len(set(calls)), calls
