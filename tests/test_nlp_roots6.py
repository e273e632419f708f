"""Sentence -> event tables for triggers that found the wrong root on the cooperative side
(session 10): ties restored or normalised by agreement (054), support restated (051), aid
announced (033), designations and blacklistings lifted (085), being open to talks (036),
forces that support a side (074), backing given to a bid (051), relief goods sent (073),
investment pledged (031), states designated as allies (050), two sides reviewing their
dealings or exchanging views (04), welcome ceremonies held for a visitor (043).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 9, 3)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- ties restored or normalised by an agreement: the restoring (054), not an intent
    ("agreed to restore relations", "Oman and Yemen agreed on Tuesday to restore diplomatic "
     "relations after a break of five years.", {("OMN", "054", "YEM")},
     {("OMN", "032", "YEM")}),
    ("agreed to normalise relations", "The White House said Bhutan and Israel had agreed to "
     "normalize relations.", {("BTN", "054", "ISR")}, {("BTN", "032", "ISR")}),
    ("consulates agreed to be opened stay an intent", "The two governments agreed that Brazil "
     "would open a new consulate in Lyon and that France would open one in Recife.",
     {("BRA", "03", "FRA")}, {("BRA", "054", "FRA")}),
    ("pledged to normalise stays an intent", "Bhutan and Israel pledged to normalize "
     "relations.", {("BTN", "03", "ISR")}, {("BTN", "054", "ISR")}),
    # -- support restated is support (051); pledged support stays an intent (032)
    ("support reaffirmed", "Chile and Peru reaffirmed their support for Ukraine on Monday.",
     {("CHL", "051", "UKR"), ("PER", "051", "UKR")}, {("CHL", "032", "UKR")}),
    ("support reiterated", "Norway reiterated its support for Moldova on Friday.",
     {("NOR", "051", "MDA")}, {("NOR", "03", "MDA")}),
    ("support pledged", "Norway pledged its support to Moldova on Friday.",
     {("NOR", "032", "MDA")}, {("NOR", "051", "MDA")}),
    # -- aid announced is aid promised (033)
    ("aid announced in pounds", "Britain announced 50 million pounds in new aid for Sudan.",
     {("GBR", "033", "SDN")}, {("GBR", "07", "SDN")}),
    ("support announced in dollars", "Canada announced 30 million dollars in fresh support "
     "for the Haitian police.", {("CAN", "033", "HTI")}, {("CAN", "07", "HTI")}),
    ("a loan package unveiled", "Japan unveiled a $2 billion loan package for Sri Lanka.",
     {("JPN", "033", "LKA")}, set()),
    # -- designations and blacklistings lifted (085); a trusted-partner list left alone
    ("a designation lifted", "The State Department lifted the designation of the Houthis on "
     "Tuesday.", {("USA", "085", "YEM")}, set()),
    ("a terrorism designation rescinded", "Washington rescinded Yemen's terrorism designation "
     "last year.", {("USA", "085", "YEM")}, set()),
    ("removed from a terrorism list", "Washington removed Venezuela from its terrorism list in "
     "2016.", {("USA", "085", "VEN")}, set()),
    ("removed from a blacklist", "The Treasury removed the Iranian bank from its blacklist.",
     {("USA", "085", "IRN")}, set()),
    ("removed from a list of trusted partners is no easing", "Tokyo removed Seoul from a list "
     "of trusted trading partners.", set(), {("JPN", "08", "KOR")}),
    # -- open to talks (036) or to cooperation (030), said when it was said
    ("open to dialogue", "The Bolivian government said it remained open to dialogue with "
     "Santiago.", {("BOL", "036", "CHL")}, set()),
    ("open to talks", "Caracas has said it is open to talks with the new administration in "
     "Washington.", {("VEN", "036", "USA")}, set()),
    ("open to cooperation", "Hanoi is open to cooperation with Canberra on fisheries.",
     {("VNM", "030", "AUS")}, set()),
    ("a crossing open to trucks", "The border crossing with Jordan was open to trucks on "
     "Monday.", set(), {("JOR", "03", "JOR")}),
    # -- forces that support or help a side: military aid (074), not political support
    ("a contingent supports an army", "The Kenyan contingent will support the Somali army in "
     "operations against the militants.", {("KEN", "074", "SOM")}, {("KEN", "051", "SOM")}),
    ("troops helped an army", "Egyptian troops helped the Sudanese army secure the capital.",
     {("EGY", "074", "SDN")}, set()),
    ("a state's support stays 051", "Brazil supports Argentina's bid to join the group.",
     {("BRA", "051", "ARG")}, {("BRA", "074", "ARG")}),
    # -- backing given to a side's bid is support (051), not aid
    ("backing given to a bid", "Peru gave its backing to Chile's bid.", {("PER", "051", "CHL")},
     {("PER", "07", "CHL")}),
    ("military support given stays aid", "Washington gave military support to Kyiv.",
     {("USA", "07", "UKR")}, {("USA", "051", "UKR")}),
    # -- relief goods sent (073, said: 033); investment pledged (031); plain goods are trade
    ("relief goods provided, said", "Japan said it would provide relief goods to Tonga.",
     {("JPN", "033", "TON")}, set()),
    ("humanitarian items sent", "Turkey sent humanitarian items to Syria on Monday.",
     {("TUR", "073", "SYR")}, set()),
    ("goods sent are no aid", "Vietnam sent goods worth $3 billion to the United States last "
     "year.", set(), {("VNM", "07", "USA")}),
    ("investment pledged", "China pledged investments in the Philippines.",
     {("CHN", "031", "PHL")}, set()),
    ("investment promised", "Saudi Arabia promised investments of $10 billion in Pakistan.",
     {("SAU", "031", "PAK")}, set()),
    # -- a state designated as an ally: a tie raised (050), no terrorist listing (163)
    ("designated as an ally", "Washington designated Morocco as a major non-NATO ally in "
     "2004.", {("USA", "050", "MAR")}, {("USA", "163", "MAR")}),
    ("a group designated stays listed", "The State Department designated the Houthis a "
     "terrorist group.", {("USA", "163", "YEM")}, set()),
    # -- a pair reviewing its dealings, or exchanging views, consults (04)
    ("ministers reviewed cooperation", "The Indian and Egyptian foreign ministers reviewed "
     "cooperation in trade and defence.", {("IND", "04", "EGY")}, set()),
    ("presidents reviewed progress", "President Ruto and President Museveni reviewed progress "
     "on the pipeline project.", {("KEN", "04", "UGA")}, set()),
    ("one side's review of its ties is no meeting", "India reviewed its relations with "
     "Nepal.", set(), {("IND", "04", "NPL")}),
    ("a court's review is no meeting", "The court reviewed the case of the Indian sailors.",
     set(), {("IND", "04", "IND")}),
    ("views exchanged", "Poland and Lithuania exchanged views on regional security.",
     {("POL", "04", "LTU")}, set()),
    # -- a welcome ceremony or state banquet held for a visitor is hosting (043)
    ("a welcome ceremony held", "The Indian premier held an official welcome ceremony for the "
     "Thai king.", {("IND", "043", "THA")}, set()),
    ("a state banquet hosted", "The Indian premier hosted a state banquet for the Thai king on "
     "Tuesday.", {("IND", "043", "THA")}, set()),
    ("a ceremony for players is no hosting", "The club held a ceremony for the Brazilian "
     "players.", set(), {("BRA", "04", "BRA")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots6_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)
