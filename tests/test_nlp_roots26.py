"""Sentence -> event tables for the roots26 predicate classes:

- "unfroze" / "unfrozen", which the small model tags as adjectives, are read as the verb
  (nlp.attributes.PAST_AS_ADJECTIVE) so the unfreeze patterns fire (085); the subject the
  parser hung on the auxiliary ("has unfrozen") is the verb's; "the unfrozen funds" before a
  noun stays an adjective;
- flows, supplies or deliveries cut, halted, stopped, suspended or reduced through a pipeline
  are a supply embargo (163) with no energy word in the sentence; a pipeline shut or closed to a
  side is too;
- gas, oil or LNG supplies, deliveries or exports halted, stopped, suspended or reduced to a side,
  and gas or oil cut off, shut off or turned off to it, are a supply embargo (163); aid
  supplies halted stay aid cut (162);
- a sum of aid, funding or lending paused, suspended, frozen, cut or withheld ("paused 18
  million dollars in funding to") is aid cut (162), as the aid itself is.

Every row is written for this file: (source code, cameo, target code) must be coded
(``want``) or must not be (``not_want``); codes are country + sector as coded.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

UNFROZEN: list[Row] = [
    ("Britain has unfrozen Libya's assets.", ("GBR", "085", "LBY"), None),
    ("Washington has unfrozen $6 billion in Iranian funds.", ("USAGOV", "085", "IRNGOV"), None),
    ("Ottawa has unfrozen Haiti's assets.", ("CANGOV", "085", "HTI"), None),
    ("The European Union unfroze funds for Hungary.", ("EU", "085", "HUN"), None),
    # the funds named as unfrozen before are no new unfreezing
    ("Qatar said the unfrozen Iranian funds would be spent on food.", None,
     ("QAT", "085", "IRNGOV")),
]

PIPED_FLOWS_CUT: list[Row] = [
    ("Moscow halted flows to Poland through the northern pipeline.", ("RUSGOV", "163", "POL"),
     None),
    ("Russia suspended deliveries to Hungary through the Druzhba pipeline.",
     ("RUS", "163", "HUN"), None),
    ("Azerbaijan cut supplies to Armenia through the pipeline on Friday.",
     ("AZE", "163", "ARM"), None),
    ("Algeria reduced flows to Spain through the undersea pipeline.", ("DZA", "163", "ESP"),
     None),
    ("Ukraine shut the oil pipeline to Hungary in July.", ("UKR", "163", "HUN"), None),
    ("Kazakhstan closed the Caspian pipeline to Europe.", ("KAZ", "163", "EU"), None),
    # a flow of people stopped at a border crosses no pipeline
    ("Turkey stopped the flow of migrants to Greece through the land border.", None,
     ("TUR", "163", "GRC")),
    # airspace closed to a side's airlines is no supply embargo
    ("Russia closed its airspace to Polish airlines.", None, ("RUS", "163", "POL")),
]

ENERGY_CUT: list[Row] = [
    ("Russia halted gas supplies to Austria.", ("RUS", "163", "AUT"), None),
    ("Qatar suspended LNG deliveries to Pakistan.", ("QAT", "163", "PAK"), None),
    ("Kuwait stopped oil exports to Jordan.", ("KWT", "163", "JOR"), None),
    ("Russia cut off gas to Ukraine in January.", ("RUS", "163", "UKR"), None),
    ("Moscow turned off the gas to Moldova.", ("RUSGOV", "163", "MDA"), None),
    # supplies of aid halted are aid cut, not an embargo
    ("Britain halted aid supplies to Sudan.", ("GBR", "162", "SDN"), ("GBR", "163", "SDN")),
]

SUM_OF_AID_CUT: list[Row] = [
    ("New Zealand has paused 18 million dollars in funding to Tonga.", ("NZL", "162", "TON"),
     None),
    ("Britain froze 20 million pounds in assistance for Rwanda.", ("GBR", "162", "RWA"), None),
    ("Germany suspended 50 million euros in development aid to Niger.", ("DEU", "162", "NER"),
     None),
    ("Washington cut two billion dollars in aid to Kyiv.", ("USAGOV", "162", "UKRGOV"), None),
    # a sum of assets frozen is no aid cut
    ("Brussels froze 300 billion euros in Russian central bank assets.", None,
     ("EU", "162", "RUSBUS")),
    # a sum of aid pledged is no cut
    ("Japan pledged 30 million dollars in aid to Ukraine.", None, ("JPN", "162", "UKR")),
]


@pytest.mark.parametrize(("text", "want", "not_want"), UNFROZEN,
                         ids=[r[0][:40] for r in UNFROZEN])
def test_nlp_roots26_unfrozen_read_as_verb(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), PIPED_FLOWS_CUT,
                         ids=[r[0][:40] for r in PIPED_FLOWS_CUT])
def test_nlp_roots26_piped_flows_cut_is_embargo(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), ENERGY_CUT,
                         ids=[r[0][:40] for r in ENERGY_CUT])
def test_nlp_roots26_energy_cut_is_embargo(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), SUM_OF_AID_CUT,
                         ids=[r[0][:40] for r in SUM_OF_AID_CUT])
def test_nlp_roots26_sum_of_aid_cut(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


def test_nlp_roots26_unfrozen_tags():
    """The verb reading: POS, tag and lemma; before a noun the adjective stays."""
    from detente.nlp import load_nlp

    nlp = load_nlp()
    tok = nlp("Britain has unfrozen Libya's assets.")[2]
    assert (tok.pos_, tok.tag_, tok.lemma_) == ("VERB", "VBN", "unfreeze")
    assert tok.head.i == tok.i and any(c.dep_ == "nsubj" for c in tok.children)
    adj = nlp("Qatar said the unfrozen funds would be spent on food.")[3]
    assert adj.pos_ == "ADJ"
