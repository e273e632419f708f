"""Sentence -> event tables for the lexicon27 code fixes (patterns.yaml agreed with CAMEO and
the readable gold sets):

- a loan, credit or credit line approved for a side is economic aid (071,
  ``aid.approve_loan``), as a loan extended or granted is; an arms sale or an aid package
  approved stays 070;
- aid, assistance or funding boosted, increased, stepped up or expanded to a side is aid given
  (070, ``aid.boost_aid`` and kin); agreed, pledged or promised so it is an intent to provide
  aid (033, through the intent rule), not a bare intent to cooperate (030);
- a loan, a tranche or an instalment released to a side is economic aid paid out (071,
  ``aid.release_loan``), not a prisoner release (0841); people released stay 0841;
- a state executing or hanging convicts or prisoners is repression of civilians (170,
  ``assault.execute``), not a killing by physical assault (1823); militants or gunmen executing
  people keep 1823; "executed a plan" is no execution.

Every row is written for this file: (source country, cameo, target country) must be coded
(``want``) or must not be (``not_want``).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

LOAN_APPROVED: list[Row] = [
    ("The World Bank approved a loan for Kenya on Thursday.", ("WB", "071", "KEN"), None),
    ("The IMF board approved a loan of two billion dollars to Ghana.", ("IMF", "071", "GHA"),
     ("IMF", "070", "GHA")),
    ("Beijing approved a five billion dollar credit line for Islamabad.", ("CHN", "071", "PAK"),
     None),
    ("Tokyo approved new loans to Manila for the railway.", ("JPN", "071", "PHL"), None),
    # an arms sale approved is no loan
    ("Washington approved an arms sale to Taiwan.", ("USA", "070", "TWN"),
     ("USA", "071", "TWN")),
    # a loan approved by a parliament to its own government names no other side
    ("Kenya's parliament approved the budget on Monday.", None, ("KEN", "071", "KEN")),
]

AID_BOOSTED: list[Row] = [
    ("NATO allies agreed to boost military aid to Ukraine.", ("NATO", "033", "UKR"),
     ("NATO", "030", "UKR")),
    ("Japan pledged to step up assistance to the Philippines.", ("JPN", "033", "PHL"),
     ("JPN", "030", "PHL")),
    ("Berlin promised to increase humanitarian funding for Sudan.", ("DEU", "033", "SDN"),
     None),
    ("Germany increased humanitarian aid to Sudan last year.", ("DEU", "070", "SDN"), None),
    ("Canada ramped up assistance to Haiti in March.", ("CAN", "070", "HTI"), None),
    # cooperation or trade boosted is no aid
    ("India and Japan agreed to boost cooperation on defence.", None, ("IND", "033", "JPN")),
    ("China boosted its support for Russia's position.", None, ("CHN", "070", "RUS")),
]

LOAN_RELEASED: list[Row] = [
    ("The IMF released a tranche of its loan to Egypt.", ("IMF", "071", "EGY"),
     ("IMF", "0841", "EGY")),
    ("The World Bank released the second instalment to Ukraine.", ("WB", "071", "UKR"),
     ("WB", "0841", "UKR")),
    ("Riyadh released a further disbursement to Islamabad in May.", ("SAU", "071", "PAK"),
     ("SAU", "0841", "PAK")),
    # people released are a release
    ("Azerbaijan will release thirty Armenian soldiers.", ("AZE", "0841", "ARM"),
     ("AZE", "071", "ARM")),
]

EXECUTED: list[Row] = [
    ("Iran executed two British nationals convicted of spying.", ("IRN", "170", "GBR"),
     ("IRN", "182", "GBR")),
    ("Saudi Arabia executed three Pakistani nationals on Tuesday.", ("SAU", "170", "PAK"),
     ("SAU", "182", "PAK")),
    ("Tehran hanged two British spies last month.", ("IRN", "170", "GBR"), None),
    ("Singapore executed a Malaysian man for drug trafficking.", ("SGP", "170", "MYS"),
     ("SGP", "182", "MYS")),
    # a plan executed is no execution
    ("Beijing executed its plan to isolate Taipei.", None, ("CHN", "170", "TWN")),
]


@pytest.mark.parametrize(("text", "want", "not_want"), LOAN_APPROVED,
                         ids=[r[0][:40] for r in LOAN_APPROVED])
def test_nlp_lexicon27_loan_approved_is_economic_aid(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want, by="country", both=False)


@pytest.mark.parametrize(("text", "want", "not_want"), AID_BOOSTED,
                         ids=[r[0][:40] for r in AID_BOOSTED])
def test_nlp_lexicon27_aid_boosted_is_aid(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want, by="country", both=False)


@pytest.mark.parametrize(("text", "want", "not_want"), LOAN_RELEASED,
                         ids=[r[0][:40] for r in LOAN_RELEASED])
def test_nlp_lexicon27_loan_released_is_economic_aid(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want, by="country", both=False)


@pytest.mark.parametrize(("text", "want", "not_want"), EXECUTED,
                         ids=[r[0][:40] for r in EXECUTED])
def test_nlp_lexicon27_state_execution_is_coercion(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want, by="country", both=False)
