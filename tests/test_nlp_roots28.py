"""Sentence -> event tables for the roots28 predicate classes:

- a crowd (protesters, demonstrators, supporters) forcing its way or breaking into an embassy or
  its compound is a protest (145) aimed at the state whose mission it is, as storming it;
  police doing so seize it (171);
- land, a port or a base leased to a side is trade with it (061);
- a trial or case transferred or handed over to another state is judicial cooperation (063);
- people banned or barred from office, elections or the ballot are restricted (172);
- responding or answering with force is a threat of force (138);
- taking part or participating in talks or a meeting with a side is meeting (040, 042/043/044
  by place);
- money committed or extended to a side is economic aid (071);
- a person (an envoy, a minister) sent to a state visits it (042);
- swathes or parts of a region seized or captured are ground taken (192);
- hostile, insulting or critical rhetoric, language, posts or speeches about a side are
  criticism (111).

Every row is written for this file: (source code, cameo, target code) must be coded
(``want``) or must not be (``not_want``); codes are country + sector as coded, or countries
with ``by="country"`` (the tables marked so).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

CROWD_INTO_EMBASSY: list[Row] = [
    ("Hundreds of Iraqi protesters forced their way into the Swedish embassy compound.",
     ("IRQCVL", "145", "SWEGOV"), None),
    ("Serbian demonstrators broke into the American embassy in Belgrade.",
     ("SRBCVL", "145", "USAGOV"), None),
    # police forcing their way in seize the mission (171), no protest
    ("Ecuadorian police forced their way into the Mexican embassy in Quito.",
     ("ECUCOP", "171", "MEXGOV"), ("ECUCOP", "145", "MEXGOV")),
    # a crowd forcing its way into a stadium is no protest at a state
    ("Thousands of Kenyan fans forced their way into the stadium in Nairobi.", None,
     ("KENCVL", "145", "KENGOV")),
]

LEASE_TO: list[Row] = [
    ("Greece leased the port of Piraeus to a Chinese shipping company in 2016.",
     ("GRC", "061", "CHNBUS"), None),
    ("Djibouti leased land to China for a naval base.", ("DJI", "061", "CHN"), None),
    # a port sold is not leased; a port leased from a side does not make the lessee the lessor
    ("Hungary has leased the jets from Sweden since 2006.", None, ("HUN", "061", "SWE")),
]

TRIAL_TRANSFERRED: list[Row] = [
    ("A Spanish court transferred the case against the two suspects to Morocco.",
     ("ESPJUD", "063", "MAR"), None),
    ("An Italian court transferred the trial of the officers to Egypt.",
     ("ITAJUD", "063", "EGY"), None),
    # weapons or funds transferred are no trial
    ("Iraq transferred the money to Iran last week.", None, ("IRQ", "063", "IRN")),
]

BARRED_FROM_OFFICE: list[Row] = [
    ("The Venezuelan government banned the opposition candidate from the election.",
     ("VENGOV", "172", "VENOPP"), None),
    ("The Nicaraguan government barred the opposition leader from the presidency.",
     ("NICGOV", "172", "NICOPP"), None),
    # barred from the airspace stays a movement restriction of aircraft, no candidate
    ("Poland barred Belarusian trucks from its roads.", None, ("POL", "172", "BLR")),
]

RESPOND_WITH_FORCE: list[Row] = [
    ("Iran warned that it would respond with force to any Israeli attack.",
     ("IRN", "138", "ISR"), None),
    ("Seoul said it would answer any North Korean provocation with force.",
     ("KORGOV", "138", "PRK"), None),
    # responding with a statement is no threat
    ("Beijing responded to the Japanese report with a statement.", None,
     ("CHNGOV", "138", "JPN")),
]

TAKE_PART_IN_MEETING: list[Row] = [
    ("Japan took part in talks with South Korea on Friday.", ("JPN", "040", "KOR"), None),
    ("Indian officials participated in a meeting with Chinese diplomats on Monday.",
     ("INDGOV", "040", "CHNGOV"), None),
    # taking part in an attack is no meeting
    ("Hungary said it would not take part in any attack with Russia.", None,
     ("HUN", "040", "RUS")),
]

MONEY_COMMITTED: list[Row] = [
    ("The World Bank committed two billion dollars to Kenya.", ("WB", "071", "KEN"), None),
    ("India extended about four billion dollars to Sri Lanka last year.",
     ("IND", "071", "LKA"), None),
    # committed to a plan is intent, no money given
    ("Germany committed to the plan with France.", None, ("DEU", "071", "FRA")),
]

PERSON_SENT_TO_STATE: list[Row] = [
    ("China sent its special envoy Li Hui to Ukraine on Monday.", ("CHN", "042", "UKR"), None),
    ("Turkey sent its foreign minister to Egypt.", ("TUR", "042", "EGY"), None),
    # troops sent are a deployment, no visit
    ("Russia sent troops to Mali.", None, ("RUS", "042", "MLI")),
]

GROUND_SEIZED: list[Row] = [
    ("Azerbaijan seized swathes of Armenia's territory.", ("AZE", "192", "ARM"), None),
    ("Russia captured parts of Ukraine's east in 2022.", ("RUS", "192", "UKR"), None),
    # assets or ships seized are no ground
    ("Iran seized a British tanker in the Gulf.", None, ("IRN", "192", "GBR")),
]

HOSTILE_WORDS: list[Row] = [
    ("Ankara protested the insulting language about Turkey used by the Dutch minister.",
     ("NLDGOV", "111", "TUR"), None),
    ("The French president gave a critical speech about Russia in Paris.",
     ("FRAGOV", "111", "RUS"), None),
    # a speech with no hostile word is no criticism
    ("The Spanish king gave a speech about Morocco in Rabat.", None, ("ESPGOV", "111", "MAR")),
]


@pytest.mark.parametrize(("text", "want", "not_want"), CROWD_INTO_EMBASSY,
                         ids=[r[0][:40] for r in CROWD_INTO_EMBASSY])
def test_nlp_roots28_crowd_into_embassy(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), LEASE_TO,
                         ids=[r[0][:40] for r in LEASE_TO])
def test_nlp_roots28_lease_to_is_trade(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), TRIAL_TRANSFERRED,
                         ids=[r[0][:40] for r in TRIAL_TRANSFERRED])
def test_nlp_roots28_trial_transferred(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), BARRED_FROM_OFFICE,
                         ids=[r[0][:40] for r in BARRED_FROM_OFFICE])
def test_nlp_roots28_barred_from_office(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), RESPOND_WITH_FORCE,
                         ids=[r[0][:40] for r in RESPOND_WITH_FORCE])
def test_nlp_roots28_respond_with_force(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), TAKE_PART_IN_MEETING,
                         ids=[r[0][:40] for r in TAKE_PART_IN_MEETING])
def test_nlp_roots28_take_part_in_meeting(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), MONEY_COMMITTED,
                         ids=[r[0][:40] for r in MONEY_COMMITTED])
def test_nlp_roots28_money_committed(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), PERSON_SENT_TO_STATE,
                         ids=[r[0][:40] for r in PERSON_SENT_TO_STATE])
def test_nlp_roots28_person_sent_to_state(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), GROUND_SEIZED,
                         ids=[r[0][:40] for r in GROUND_SEIZED])
def test_nlp_roots28_ground_seized(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), HOSTILE_WORDS,
                         ids=[r[0][:40] for r in HOSTILE_WORDS])
def test_nlp_roots28_hostile_words(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)
