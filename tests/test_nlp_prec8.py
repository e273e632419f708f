"""Sentence -> event tables for session-11 precision screens (nlp.screen): mentions of an act
that are no event the text reports.

* what a noun of asking asks for ("its call for Israel to allow ...");
* the aim of an effort ("efforts to secure the release ..."), but not a mediation effort;
* a disapproval of any act of a kind that no side is named as doing ("opposes any
  interference in Cambodia's affairs");
* another side's act foreseen in a fear or a warning ("warned that Russia could cut ...");
* acts of force told as a habit with no time ("has repeatedly shelled ...");
* another's act taken as a model or a likeness ("asked to join Brazil's case ...");
* the reason an act answers, told "as a response to" (as "in response to" was);
* a return to office ("returned to power in 1959") and measures another side imposed that
  the subject joins or copies ("joined the sanctions imposed by ..."), tested on tokens.

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not; a two-character code is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2023, 6, 1)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- what a noun of asking asks for: only the asking is coded
    ("call for X to: the asked act", "Washington repeated its call for Israel to allow more "
     "aid into Gaza.", set(), {("ISR", "08", "USA")}),
    ("appeal for X to", "The bloc renewed its appeal for Serbia to recognise Kosovo.",
     set(), {("SRB", "054", "XKX")}),
    ("demand for X to: the demand stays", "Kyiv restated its demand for Moscow to withdraw "
     "its troops from Ukraine.", {("UKR", "10", "RUS")}, {("RUS", "087", "UKR")}),
    ("demand for X to: two asked acts", "The minister renewed Japan's demand for China to "
     "release the detained businessman and to lift its seafood ban.",
     {("JPN", "10", "CHN")}, {("CHN", "081", "JPN")}),
    # -- the aim of an effort
    ("efforts to secure a release", "Qatar's efforts to secure the release of Israeli "
     "hostages held by Hamas continued.", set(), {("QAT", "0253", "PSE")}),
    ("efforts to restore ties", "Seoul renewed its efforts to restore diplomatic ties with "
     "Tokyo.", set(), {("KOR", "054", "JPN")}),
    ("the truce an effort is for", "Egypt stepped up its efforts to broker a ceasefire "
     "between Israel and Hamas.", {("EGY", "045", "ISR")}, {("ISR", "08", "PSE")}),
    ("a bid to mediate is the mediation", "Kenya launched a bid to mediate talks between "
     "Ethiopia and Eritrea.", {("KEN", "045", "ETH")}, set()),
    # -- opposing any act of a kind
    ("opposes any attempt", "Tokyo said it strongly opposes any attempt to change the status "
     "quo in the East China Sea.", set(), {("JPN", "11", "CHN")}),
    ("condemned any interference", "Moscow condemned any interference in Kazakhstan's "
     "affairs.", set(), {("RUS", "11", "KAZ")}),
    ("opposes all forms of meddling", "Beijing opposes all forms of foreign meddling in "
     "Myanmar.", set(), {("CHN", "11", "MMR")}),
    ("all of the sides named stay", "Latvia, Lithuania and Estonia shut their borders to "
     "Belarusian lorries. Minsk condemned all three countries.", {("BLR", "11", "EST")},
     set()),
    ("any act by a named side stays", "Seoul firmly opposes any military cooperation between "
     "Russia and North Korea.", {("KOR", "111", "RUS")}, set()),
    ("a named act stays", "Beijing said it firmly opposes the new export controls imposed "
     "by Washington.", {("CHN", "111", "USA")}, set()),
    # -- another side's act foreseen
    ("fears that X could", "The report raised fears that China could attack Taiwan.",
     set(), {("CHN", "19", "TWN")}),
    ("fears that X might", "The drills raised fears that Beijing might invade Taiwan.",
     set(), {("CHN", "19", "TWN")}),
    ("what analysts fear is possible", "Analysts fear that China could blockade Taiwan.",
     {("CHN", "19", "TWN")}, set()),
    ("warned that another side would", "Polish officials warned that Russia would target "
     "the railway during the winter.", set(), {("RUS", "19", "POL")}),
    ("warned that another side could", "Japanese officials warned that North Korea could "
     "fire missiles at Guam.", set(), {("PRK", "19", "GUM")}),
    ("own side's warning stays", "The Kremlin has warned that it could cut gas supplies to "
     "Moldova.", {("RUS", "130", "MDA")}, set()),
    ("own side named again stays", "Ukraine's trade envoy warned that Kyiv could ban imports "
     "of Hungarian grain.", {("UKR", "130", "HUN")}, {("UKR", "163", "HUN")}),
    # (the ban warned of is the threat, not a ban besides: prec22, heldout3 grain row)
    # -- force told as a habit
    ("has regularly struck", "Tehran says Israeli jets have regularly struck its allies in "
     "Syria.", {("IRN", "112", "ISR")}, {("ISR", "19", "SYR")}),
    ("has routinely attacked", "Kyiv says Russian drones have routinely attacked Odesa's "
     "port.", {("UKR", "112", "RUS")}, {("RUS", "19", "UKR")}),
    ("has repeatedly fired", "Seoul said North Korea has repeatedly fired artillery near "
     "the border.", set(), {("PRK", "19", "KOR")}),
    ("a habit with its time stays", "Israel has repeatedly struck Syria since Monday.",
     {("ISR", "19", "SYR")}, set()),
    # -- another's act as a model
    ("asked to join X's case", "Bolivia asked to join Brazil's case against Paraguay at the "
     "court.", set(), {("BRA", "115", "PRY")}),
    ("align with X's sanctions", "Norway said it would align with the European Union's "
     "sanctions on Iran.", set(), {("EU", "163", "IRN")}),
    ("copy X's ban", "Slovakia moved to copy Poland's ban on Ukrainian grain.",
     set(), {("POL", "163", "UKR")}),
    # -- the reason an act answers, told "as a response to"
    ("read as a response to sanctions", "Beijing announced export curbs on gallium, a step "
     "read as a response to Washington's sanctions on Chinese chipmakers.",
     {("CHN", "163", "USA")}, {("USA", "163", "CHN")}),
    ("as a response to an expulsion", "Russia expelled two Estonian diplomats as a response "
     "to Estonia's expulsion of a Russian envoy.", {("RUS", "161", "EST")},
     {("EST", "161", "RUS")}),
    ("seen as a response to a ban", "Moscow closed its airspace to Latvian airlines, a move "
     "widely seen as a response to the Latvian ban on Russian flights.",
     {("RUS", "172", "LVA")}, {("LVA", "163", "RUS")}),
    ("a reason with its own date stays", "Russia expelled two Estonian diplomats as a "
     "response to Estonia's expulsion of a Russian envoy on Monday.", {("RUS", "161", "EST"),
                                                                      ("EST", "161", "RUS")},
     set()),
    ("sanctions taken here stay", "The European Union imposed new sanctions on Iran on "
     "Monday.", {("EU", "163", "IRN")}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_prec8_sentence_events(check, label: str, text: str, present: set[Triple],
                                   absent: set[Triple]) -> None:
    check(text, present, absent, label)


# token-level rows for screens whose sentences code the act only in an article's context
OFFICE_ROWS = [
    ("Castro returned to power in 1959 and cut relations with Taiwan.", "returned", "power"),
    ("Ortega came back to the presidency after sixteen years.", "came", "presidency"),
    ("Lula returned to office in January.", "returned", "office"),
    ("Kyiv returned the captured sailors to Russia.", "returned", None),
    ("Japan returned to the talks with Seoul.", "returned", None),
    ("Rome returned the looted manuscripts to the Greek leadership.", "returned", None),
]


@pytest.mark.parametrize(("text", "verb", "office"), OFFICE_ROWS, ids=[r[0] for r in OFFICE_ROWS])
def test_nlp_prec8_return_to_office_is_no_return(coder, text: str, verb: str,
                                                 office: str | None) -> None:
    from detente.nlp.screen import _office_taken

    tok = next(t for t in coder.nlp(text) if t.text == verb)
    got = _office_taken(tok)
    assert (got.text if got is not None else None) == office


MODEL_ROWS = [
    ("Brazil has not joined the sanctions imposed by Washington on Moscow.", "imposed",
     "joined"),
    ("Singapore moved to align with the curbs imposed by the United States on Beijing.",
     "imposed", "align"),
    ("Seoul copied the ban adopted by Tokyo on Russian coal.", "adopted", "copied"),
    ("Seoul welcomed the sanctions imposed by Washington on Moscow.", "imposed", None),
]


@pytest.mark.parametrize(("text", "verb", "model"), MODEL_ROWS, ids=[r[0] for r in MODEL_ROWS])
def test_nlp_prec8_measure_joined_by_another_stood_before(coder, text: str, verb: str,
                                                          model: str | None) -> None:
    from detente.nlp.screen import _likened

    tok = next(t for t in coder.nlp(text) if t.text == verb)
    got = _likened(tok.head, taken=True) if tok.dep_ == "acl" else None
    assert (got.text if got is not None else None) == model
