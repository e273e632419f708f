"""A clause that names no side tells of the story's pair (nlp.story): agentless passives of
agreements and meetings, definite event nouns, fighting a peace was made after; collective
references to the pair ("the parties", "each government"); intents done each to the other
coded both ways. Negative rows: a third side named, a domestic story, a story of several
pairs, a conditional, a noun with its own sides."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 6, 12)  # a Wednesday


@pytest.fixture(scope="module")
def every(coder_all):
    """The extractor on every sentence (the pre-filter's own row is below)."""
    return coder_all


def _rows(coder, make_article, text: str, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, cameo, status) of the events coded from the
    article's sentence that starts with ``sentence``."""
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or "", e.cameo, e.status.value)
            for e in coder.code(art).events
            if e.source is not None and e.target is not None
            and e.evidence.sentence.startswith(sentence)}


# (story, the sentence with no side, expected rows from it)
SIDELESS = [
    # an agentless passive of a truce, a day named
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. A three-day truce was "
     "agreed on Tuesday.", "A three-day truce",
     {("THA", "KHM", "057", "happened")}),
    # agreements signed, quantified, no determiner pointing back
    ("The presidents of Uzbekistan and Kazakhstan met in Tashkent on Friday. Several "
     "accords on water and transport were also signed.", "Several accords",
     {("UZB", "KAZ", "057", "happened")}),
    # "a number of" documents, a story told by a visit
    ("Chile's foreign minister visited Lima on Thursday for talks with his Peruvian "
     "counterpart. A number of agreements were signed at the end of the visit.",
     "A number of", {("CHL", "PER", "057", "happened")}),
    # a definite deal noun as its clause's subject
    ("Serbia and Kosovo reached a deal on licence plates in Brussels on Monday. The deal "
     "ends a months-long row over the border crossings.", "The deal ends",
     {("SRB", "XKX", "057", "happened")}),
    # a measure of meetings as the passive's subject, to come: planned
    ("Iran and the United States held indirect talks in Muscat on Saturday. A new round of "
     "talks will be held next week.", "A new round", {("IRN", "USA", "040", "planned")}),
    # a mediator tells it: the speaker is no side of the truce
    ("Eritrea and Djibouti agreed to hold talks on Sunday. Qatar's foreign ministry said "
     "a ceasefire had been agreed.", "Qatar's foreign ministry",
     {("ERI", "DJI", "057", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), SIDELESS,
                         ids=[r[1] for r in SIDELESS])
def test_nlp_story14_sideless_clause_takes_the_story_pair(every, make_article, text,
                                                           sentence, rows):
    assert rows <= _rows(every, make_article, text, sentence)


# (story, the sentence, expected rows): the pair told by a collective phrase
COLLECTIVE = [
    # "the parties" of a deal just signed, a commitment each to the other: both ways
    ("Rwanda and Congo signed a peace agreement in Washington on Friday. Under the deal, "
     "the parties commit to honour each other's frontiers.", "Under the deal",
     {("RWA", "COD", "030", "happened"), ("COD", "RWA", "030", "happened")}),
    # "each government ... the other": the charge both ways
    ("Armenia and Azerbaijan signed a border deal in Almaty on Tuesday. Each government "
     "later accused the other of violating it.", "Each government",
     {("ARM", "AZE", "112", "happened"), ("AZE", "ARM", "112", "happened")}),
    # two sides agreeing to return one another's prisoners: each to the other
    ("Ethiopia and Somalia signed a declaration in Ankara. The two sides agreed to free "
     "one another's detained soldiers.", "The two sides",
     {("ETH", "SOM", "035", "happened"), ("SOM", "ETH", "035", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), COLLECTIVE,
                         ids=[r[1] for r in COLLECTIVE])
def test_nlp_story14_collective_reference_is_the_pair(every, make_article, text, sentence,
                                                      rows):
    assert rows <= _rows(every, make_article, text, sentence)


def test_nlp_story14_one_way_intent_stays_one_way(every, make_article):
    """An intent of the pair with nothing done each to the other is told once for the pair
    (the gold codes "the two sides agreed to hold talks" one way)."""
    text = ("Ethiopia and Somalia signed a declaration in Ankara. The two sides agreed to "
            "hold technical talks in February.")
    rows = _rows(every, make_article, text, "The two sides")
    assert {(s, t) for s, t, code, _st in rows if code[:2] == "03"} == {("ETH", "SOM")}


# (story, sentence): no event of the story's pair from the sentence
NOT_THE_PAIR = [
    # a third pair named in the sentence
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. Separately, a trade deal "
     "was signed by Malaysia and Singapore.", "Separately"),
    # a conditional: no agreement yet
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. If a ceasefire is agreed, "
     "observers will be sent.", "If a ceasefire"),
    # a domestic story: political parties, no pair of states
    ("The opposition parties held talks in Caracas on Monday. The parties agreed to field a "
     "joint candidate.", "The parties"),
    # a story of several pairs at once: no one pair to give the deal
    ("Japan and China held talks in Tokyo on Monday, and India and Pakistan met in Doha. "
     "An agreement was signed on Tuesday.", "An agreement"),
    # a deal noun with its own side phrase
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. The deal with the IMF was "
     "signed on Tuesday.", "The deal with"),
    # no deal, or deals of a kind: no event
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. No agreement was signed.",
     "No agreement"),
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. Such accords are usually "
     "signed by ministers.", "Such accords"),
    # a thing, not an event, signed
    ("Thailand and Cambodia held talks in Kuala Lumpur on Monday. The budget bill was "
     "signed on Tuesday.", "The budget bill"),
]


@pytest.mark.parametrize(("text", "sentence"), NOT_THE_PAIR, ids=[r[1] for r in NOT_THE_PAIR])
def test_nlp_story14_no_pair_event(every, make_article, text, sentence):
    rows = _rows(every, make_article, text, sentence)
    pair = {("THA", "KHM"), ("KHM", "THA"), ("JPN", "CHN"), ("CHN", "JPN"), ("IND", "PAK"),
            ("PAK", "IND")}
    assert not {r for r in rows if (r[0], r[1]) in pair and r[2][:2] == "05"}, rows
    assert not any(r[0] == "VEN" and r[1] == "VEN" for r in rows)


# (story, sentence, expected (source, target) of the fight): fighting a deal the story told
# came after was fought by its two sides, each against the other
FOUGHT = [
    ("Armenia and Azerbaijan signed a peace deal in Washington on Friday. The deal comes after "
     "decades of fighting over Karabakh.", "The deal comes", {("ARM", "AZE"), ("AZE", "ARM")}),
    ("Peru and Ecuador agreed to a truce on Monday. The agreement comes after two weeks of "
     "heavy fighting in the Amazon hills.", "The agreement comes",
     {("PER", "ECU"), ("ECU", "PER")}),
    ("Sudan and South Sudan signed an accord in Juba on Tuesday. The accord comes after "
     "months of fighting in the oil region.", "The accord comes",
     {("SDN", "SSD"), ("SSD", "SDN")}),
]


@pytest.mark.parametrize(("text", "sentence", "sides"), FOUGHT, ids=[r[1] for r in FOUGHT])
def test_nlp_story14_fighting_a_deal_ended(every, make_article, text, sentence, sides):
    rows = _rows(every, make_article, text, sentence)
    assert {(s, t) for s, t, code, _st in rows if code[:2] == "19"} == sides


@pytest.mark.parametrize("text", [
    # talks, not a deal, after the fighting; a deal after talks, not fighting
    "Chad and Libya held talks on Monday. The talks came after weeks of fighting in Darfur.",
    "Sudan and South Sudan signed an accord in Juba on Tuesday. The accord comes after months "
    "of talks.",
    # fighting ended by the deal's parties: what they commit to, no fight
    "Rwanda and Congo signed a deal on Friday. Under the deal, the parties pledge to stop "
    "hostilities.",
], ids=["talks-after-fighting", "deal-after-talks", "end-hostilities"])
def test_nlp_story14_no_fight(every, make_article, text):
    art = make_article(text, published=PUB)
    assert not [e for e in every.code(art).events if e.root == "19"]


# (story, sentence, expected rows): a measure told again by a definite noun
RESTATED = [
    ("Gabon closed its border with Cameroon on Thursday. The closure has stranded hundreds "
     "of lorries.", "The closure", {("GAB", "CMR", "172", "happened")}),
    ("Bolivia broke off diplomatic relations with Israel late on Tuesday. Analysts said the "
     "rupture would hurt trade.", "Analysts said", {("BOL", "ISR", "161", "happened")}),
    ("Lithuania expelled Russia's ambassador on Monday. The expulsion came a week after a "
     "row over transit.", "The expulsion", {("LTU", "RUS", "161", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), RESTATED, ids=[r[1] for r in RESTATED])
def test_nlp_story14_definite_noun_restates_the_measure(every, make_article, text, sentence,
                                                         rows):
    assert rows <= _rows(every, make_article, text, sentence)


# (story, sentence): the noun is not the measure told, or a third side's sentence
NOT_RESTATED = [
    ("Gabon closed its border with Cameroon on Thursday. The closure of the school was "
     "announced by the mayor.", "The closure of"),
    ("Gabon closed its border with Cameroon on Thursday. Nigeria said the closure hurt its "
     "traders.", "Nigeria said"),
    ("Gabon closed its border with Cameroon on Thursday. A closure of that kind is rare.",
     "A closure"),
]


@pytest.mark.parametrize(("text", "sentence"), NOT_RESTATED, ids=[r[1] for r in NOT_RESTATED])
def test_nlp_story14_no_restated_measure(every, make_article, text, sentence):
    rows = _rows(every, make_article, text, sentence)
    assert not {r for r in rows if r[2] == "172"}, rows


# (story, sentence, expected rows): the pre-filter keeps a sentence that names no side
KEPT = [
    ("Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev in "
     "Tashkent on Thursday. A number of accords on transport were signed too.", "A number of",
     {("UZB", "KAZ", "057", "happened")}),
    ("Gabon closed its border with Cameroon on Thursday, Gabon's interior minister said. "
     "The closure has left traders stranded.", "The closure",
     {("GAB", "CMR", "172", "happened")}),
    ("Rwanda and Congo signed a peace agreement in Washington on Friday. Under the deal, "
     "the parties commit to honour each other's frontiers.", "Under the deal",
     {("RWA", "COD", "030", "happened"), ("COD", "RWA", "030", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), KEPT, ids=[r[1] for r in KEPT])
def test_nlp_story14_prefilter_keeps_sideless_sentence(coder, make_article, text, sentence,
                                                       rows):
    assert rows <= _rows(coder, make_article, text, sentence)
