"""Sentence -> event tables for evaluative speech and small lexicon gaps (session 15, judge2):
judgements a naming verb withholds ("did not call the move hostile", "never described it as
hostile", "stopped short of calling it hostile") give no disapproval; embassies stormed,
raided or entered by force by a state's police or troops are a seizure (171) aimed at the
state whose mission it is, while a crowd storming one stays a protest (145); "suggest"
reports speech like "say"; a wrong a named side is said to have done ("abused", "meddled")
is the speaker's accusation (112), an abuse named as such a criticism (111).

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not. A triple is (source country, CAMEO code or two-digit root, target country): a
two-character code is compared with the event's root, a longer one with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 4, 8)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


NEGATED_JUDGEMENT: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("a predicate adjective under a negated naming verb", "Japan did not call the Chinese "
     "drills hostile.", set(), {("JPN", "11", "CHN")}),
    ("never called ... hostile", "Greece has never called the Turkish survey hostile.",
     set(), {("GRC", "11", "TUR")}),
    ("described as, negated", "Tokyo did not describe the Chinese move as hostile.", set(),
     {("JPN", "11", "CHN")}),
    ("stopped short of calling", "Athens stopped short of calling the Turkish survey "
     "hostile.", set(), {("GRC", "11", "TUR")}),
    ("stopped short of condemning", "Russia stopped short of condemning Turkey over the "
     "attack.", set(), {("RUS", "11", "TUR")}),
    ("a relative clause that never judged", "Greece, which never called the Turkish survey "
     "hostile, sent a note.", set(), {("GRC", "11", "TUR")}),
    ("a reported predicate denied", "Beijing said the Philippine patrols were not "
     "illegal.", set(), {("CHN", "11", "PHL")}),
    ("not to be treated as", "Petro said Colombians deported from the United States must "
     "not be treated as criminals.", set(), {("COL", "11", "USA")}),
    ("a copula negated", "Moscow said the Finnish decision was not hostile.", set(),
     {("RUS", "11", "FIN"), ("FIN", "11", "RUS")}),
    ("a willingness denied stays the act's status", "Xi may not be willing to meet Biden "
     "this year.", {("CHN", "036", "USA")}, set()),
    # the judgement made stays coded
    ("a reported predicate, not denied", "Beijing said the Philippine patrols were illegal.",
     {("CHN", "111", "PHL")}, set()),
    ("called ... hostile, not negated", "Japan called the Chinese drills hostile.",
     {("JPN", "11", "CHN")}, set()),
    ("a reported judgement, not negated", "Blinken suggested that China's conduct in the "
     "strait was dangerous.", {("USA", "111", "CHN")}, set()),
]

EMBASSY_SEIZED: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("police forced their way into its embassy", "Bolivia recalled its ambassador from Peru "
     "once Peruvian officers had forced their way into its embassy in Lima.",
     {("PER", "171", "BOL")}, {("PER", "11", "BOL")}),
    ("police stormed the embassy of a nationality", "Nicaraguan riot police stormed the "
     "Costa Rican embassy in Managua overnight.", {("NIC", "171", "CRI")},
     {("NIC", "11", "CRI")}),
    ("security forces stormed an embassy", "Iranian security forces stormed the British "
     "embassy in Tehran.", {("IRN", "171", "GBR")}, {("IRN", "19", "GBR")}),
    ("troops forced their way into a consulate", "Russian troops forced their way into the "
     "Ukrainian consulate.", {("RUS", "171", "UKR")}, set()),
    ("agents raided an embassy, possessor named", "Venezuelan agents raided Argentina's "
     "embassy in Caracas.", {("VEN", "171", "ARG")}, {("VEN", "19", "ARG")}),
    # a crowd storming an embassy protests; forces storming a town fight
    ("protesters stormed an embassy", "Protesters stormed the Saudi embassy in Tehran.",
     {("IRN", "145", "SAU")}, {("IRN", "171", "SAU")}),
    ("police forced their way into a building, no state's premises", "Police forced their "
     "way into the Bolivian congress building.", set(), {("BOL", "171", "BOL")}),
]

LEXICON: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("suggested that a named side meddled", "The Indian minister suggested that Pakistan had "
     "meddled in the vote.", {("IND", "112", "PAK")}, set()),
    ("said a named side abused something", "Moscow said Kyiv had abused the grain corridor.",
     {("RUS", "112", "UKR")}, {("RUS", "111", "UKR")}),
    ("said a named side meddled", "The Chinese spokesman said that Washington had meddled in "
     "Hong Kong.", {("CHN", "112", "USA")}, set()),
    ("an abuse named as such", "Ankara said the sanctions were an abuse of power by "
     "Washington.", {("TUR", "111", "USA")}, set()),
    ("what data suggest is no speech", "The data suggest that trade between China and Japan "
     "fell.", set(), {("CHN", "11", "JPN")}),
    ("a denied wrong is no charge", "China said it had never meddled in Canadian elections.",
     set(), {("CHN", "11", "CAN")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), NEGATED_JUDGEMENT,
                         ids=[r[0] for r in NEGATED_JUDGEMENT])
def test_nlp_judge2_negated_judgement(check, label: str, text: str, present: set[Triple],
                                      absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.parametrize(("label", "text", "present", "absent"), EMBASSY_SEIZED,
                         ids=[r[0] for r in EMBASSY_SEIZED])
def test_nlp_judge2_embassy_seized(check, label: str, text: str, present: set[Triple],
                                   absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.parametrize(("label", "text", "present", "absent"), LEXICON,
                         ids=[r[0] for r in LEXICON])
def test_nlp_judge2_lexicon(check, label: str, text: str, present: set[Triple],
                            absent: set[Triple]) -> None:
    check(text, present, absent, label)
