"""A side the clause leaves out, filled from the article (session 16, context16).

* a definite noun that names a side's step by what it was for the doer ("the decision",
  "the move") or an envoy's recall ("the recall") tells the act the story told in the few
  sentences before again (nlp.story.restated_events); a recall of envoys from two capitals
  is both; never under "if", nor when the story told no such act lately; a ban, embargo or
  sanctions named again by a definite noun are the measure told, and an agentless passive
  (or a doer's clause with no target) lifting or easing them is the lifting by its doer
  toward its target (08x), under "if" too (hypothetical);
* a place an agreement of the story's pair is told at ("was signed in Apia", "at the White
  House") is its scene, no third side that would make the sentence another
  story's (nlp.story.story_sides);
* a host said to host a meeting noun that names no side ("The talks were hosted by Oman",
  "hosted the talks", "ready to host further rounds") hosts each side of the story's pair
  (043), and each side visits a host state (042) unless negotiation takes the visit's place
  (nlp.implied.hosted_meetings); not a meeting of its own ("a conference on energy"), nor
  with several pairs told;
* aid and offers of aid with a giver but no receiver, in a story of a disaster that struck
  one country, go to that country (nlp.implied.implied_relief); not when the disaster struck
  several countries, the sentence names a third one, the giver is of the stricken country,
  or the aid is denied.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 14)

#: (story, the start of the sentence looked at, events it must give as (source, code,
#: target), events it must not give); a 2-digit code matches the root
Row = tuple[str, str, set[tuple[str, str, str]], set[tuple[str, str, str]]]


@pytest.fixture
def sentence_events(coder_all, make_article):
    """(source country, root, cameo, target country) of the events coded from the sentence of
    ``text`` that starts with ``start``."""

    def _events(text: str, start: str) -> set[tuple[str, str, str, str]]:
        art = make_article(text, published=PUB)
        return {(e.source.country or "", e.root, e.cameo, e.target.country or "")
                for e in coder_all.code(art).events
                if e.source is not None and e.target is not None
                and e.evidence is not None and e.evidence.sentence.startswith(start)}

    return _events


def _has(got: set[tuple[str, str, str, str]], want: tuple[str, str, str]) -> bool:
    src, code, tgt = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               for s, r, c, t in got)


def _check(sentence_events, row: Row) -> None:
    text, start, present, absent = row
    got = sentence_events(text, start)
    for want in present:
        assert _has(got, want), (want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (unwanted, got)


RESTATED_STEPS: list[Row] = [
    ("Ghana shut its border with Togo on Monday. The Togolese government said it deplored "
     "the decision.", "The Togolese",
     {("GHA", "172", "TGO"), ("TGO", "11", "GHA")}, set()),
    ("Belize severed diplomatic ties with Israel on Friday. The foreign minister said the "
     "decision was taken after long reflection.", "The foreign minister",
     {("BLZ", "161", "ISR")}, set()),
    ("Slovakia expelled two Russian diplomats on Monday. Moscow called the move unjustified.",
     "Moscow called", {("SVK", "161", "RUS"), ("RUS", "11", "SVK")}, set()),
    ("Argentina lifted its ban on Chilean beef imports on Monday. The move was welcomed by "
     "ranchers.", "The move", {("ARG", "08", "CHL")}, set()),
    # a recall from two capitals, named again: both
    ("France recalled its ambassadors from Canberra and Washington on Friday. A minister said "
     "the president had ordered the recall because the matter was grave.", "A minister said",
     {("FRA", "161", "AUS"), ("FRA", "161", "USA")}, set()),
    # under a condition: no act told again
    ("Ghana shut its border with Togo on Monday. If the decision stands, traders will "
     "suffer.", "If the decision", set(), {("GHA", "172", "TGO")}),
    # too far back: several sentences of other things between
    ("Ghana shut its border with Togo on Monday. Traders were stranded. Prices rose. Markets "
     "were empty. Schools stayed shut. The decision was criticised by traders.",
     "The decision", set(), {("GHA", "172", "TGO")}),
    # a third side's judgement of the decision, the noun inside its clause
    ("Ghana shut its border with Togo on Monday. Two days later, Nigeria said the decision "
     "was regrettable.", "Two days later", set(), {("GHA", "172", "TGO")}),
    # no act told before: a court's decision is none of the story's steps
    ("The court's decision on the Peruvian case was criticised by lawyers in Chile.",
     "The court's", set(), {("PER", "17", "CHL"), ("CHL", "17", "PER")}),
]


@pytest.mark.parametrize("row", RESTATED_STEPS, ids=[f"row{i}" for i in range(len(RESTATED_STEPS))])
def test_nlp_context16_decision_or_move_restates_recent_step(sentence_events, row: Row) -> None:
    _check(sentence_events, row)


SCENES: list[Row] = [
    ("Samoa and Fiji agreed on a new fisheries treaty on Thursday. The pact was signed on "
     "Friday in New Zealand, where both premiers had gone for a regional forum.",
     "The pact was signed", {("WSM", "057", "FJI")}, {("WSM", "057", "NZL")}),
    ("Armenia and Azerbaijan held talks in Washington on Monday. A peace accord was signed at "
     "the White House on Thursday.", "A peace accord", {("ARM", "05", "AZE")},
     {("ARM", "05", "USA"), ("USA", "05", "AZE")}),
    ("Ethiopia and Eritrea held talks in Addis Ababa on Sunday. A truce was agreed in Nairobi "
     "on Monday.", "A truce", {("ETH", "05", "ERI")}, {("ETH", "05", "KEN")}),
    # a third side named otherwise than as the place: its own story
    ("Thailand and Cambodia held talks on Monday. A truce was agreed after Malaysia pressed "
     "for one on Tuesday.", "A truce", set(), {("THA", "05", "KHM")}),
]


@pytest.mark.parametrize("row", SCENES, ids=[f"row{i}" for i in range(len(SCENES))])
def test_nlp_context16_scene_of_pair_act_is_no_third_side(sentence_events, row: Row) -> None:
    _check(sentence_events, row)


RELIEF: list[Row] = [
    ("A powerful earthquake struck Nepal on Saturday, killing dozens. India offered to send "
     "rescue teams.", "India offered", {("IND", "033", "NPL")}, set()),
    ("Floods have swept through eastern Libya, leaving thousands dead. Italy pledged to help "
     "the survivors.", "Italy pledged", {("ITA", "033", "LBY")}, set()),
    ("Typhoon Haiyan devastated the central Philippines. Japan sent relief supplies, and "
     "Australia offered assistance.", "Japan sent",
     {("JPN", "07", "PHL"), ("AUS", "033", "PHL")}, set()),
    # announced: the intent, as with a receiver named
    ("A volcanic eruption and a tsunami devastated Tonga on Saturday. China said it would "
     "send emergency supplies including food.", "China said", {("CHN", "033", "TON")}, set()),
    # two countries struck: no one receiver
    ("Earthquakes hit Turkey and Syria on Monday. Greece sent rescuers within a day.",
     "Greece sent", set(), {("GRC", "07", "TUR"), ("GRC", "07", "SYR")}),
    # a receiver named: that one, not the stricken country
    ("A cyclone struck Myanmar on Sunday. India sent relief supplies to Bangladesh.",
     "India sent", {("IND", "07", "BGD")}, {("IND", "07", "MMR")}),
    # denied, no disaster, the stricken country's own relief
    ("A strong earthquake hit Nepal. China did not send aid.", "China did",
     set(), {("CHN", "07", "NPL"), ("CHN", "03", "NPL")}),
    ("Algeria offered to send rescue teams. France sent aid.", "Algeria offered",
     set(), {("DZA", "03", "MAR"), ("DZA", "03", "FRA")}),
    ("Floods hit Pakistan on Monday. The Pakistani army sent relief supplies.", "The Pakistani",
     set(), {("PAK", "07", "PAK")}),
    # a flood of people is no disaster that strikes a country
    ("A flood of migrants reached Greece on Monday. Turkey offered to send aid.",
     "Turkey offered", set(), {("TUR", "03", "GRC"), ("TUR", "07", "GRC")}),
]


@pytest.mark.parametrize("row", RELIEF, ids=[f"row{i}" for i in range(len(RELIEF))])
def test_nlp_context16_relief_goes_to_stricken_country(sentence_events, row: Row) -> None:
    _check(sentence_events, row)


HOSTED: list[Row] = [
    ("Iran and the United States held indirect talks on Saturday. The talks were hosted by "
     "Oman.", "The talks were hosted",
     {("OMN", "043", "IRN"), ("OMN", "043", "USA"), ("IRN", "042", "OMN"),
      ("USA", "042", "OMN")}, set()),
    ("Guyana's president met Venezuela's president on Thursday. The meeting was hosted by the "
     "Prime Minister of Barbados.", "The meeting was hosted",
     {("BRB", "043", "GUY"), ("BRB", "043", "VEN"), ("GUY", "042", "BRB")}, set()),
    # a body hosts: no visit to it
    ("Bahraini and Qatari officials met on Monday to mend ties. The GCC Secretary-General "
     "hosted the talks and praised both states.", "The GCC Secretary-General",
     {("GCC", "043", "BHR"), ("GCC", "043", "QAT")}, {("BHR", "042", "GCC")}),
    # more rounds of negotiation: the hosting, no visit
    ("Pakistan and Afghanistan agreed to a ceasefire in talks on Sunday. Qatar stands ready to "
     "host further rounds.", "Qatar stands",
     {("QAT", "043", "PAK"), ("QAT", "043", "AFG")}, {("PAK", "042", "QAT")}),
    # a gathering of its own, no meeting of the pair
    ("Serbia and Kosovo held talks in Brussels. Norway hosted a conference on energy.",
     "Norway hosted", set(), {("NOR", "043", "SRB"), ("NOR", "043", "XKX")}),
    # two pairs told: no one pair
    ("Chile met Peru on Monday, and Bolivia met Ecuador on Tuesday. The talks were hosted by "
     "Brazil.", "The talks were hosted", set(),
     {("BRA", "043", "CHL"), ("BRA", "043", "BOL")}),
]


@pytest.mark.parametrize("row", HOSTED, ids=[f"row{i}" for i in range(len(HOSTED))])
def test_nlp_context16_hosted_meeting_hosts_story_pair(sentence_events, row: Row) -> None:
    _check(sentence_events, row)


MEASURES: list[Row] = [
    ("China banned all seafood imports from Japan in August. The customs agency said the ban "
     "covered frozen fish as well.", "The customs agency", {("CHN", "163", "JPN")}, set()),
    ("China banned all seafood imports from Japan in August. The ban was lifted on Monday.",
     "The ban was lifted", {("CHN", "08", "JPN")}, {("CHN", "163", "JPN")}),
    ("Washington imposed sanctions on Caracas in 2019. The sanctions were eased last week.",
     "The sanctions were", {("USA", "085", "VEN")}, set()),
    ("Canada imposed an embargo on Iranian oil in March. The embargo was lifted in June.",
     "The embargo was", {("CAN", "08", "IRN")}, set()),
    # a lifting under a condition: hypothetical, still the doer's
    ("Washington imposed sanctions on Caracas in 2019. If the sanctions are lifted, oil exports "
     "will rise.", "If the sanctions", {("USA", "085", "VEN")}, {("USA", "163", "VEN")}),
    # another side's own ban lifted: none of the story's measure
    ("China banned all seafood imports from Japan in August. Vietnam lifted the ban on its own "
     "imports.", "Vietnam lifted", set(), {("CHN", "08", "JPN"), ("VNM", "08", "JPN")}),
]


@pytest.mark.parametrize("row", MEASURES, ids=[f"row{i}" for i in range(len(MEASURES))])
def test_nlp_context16_measure_named_again_and_its_lifting(sentence_events, row: Row) -> None:
    _check(sentence_events, row)
