"""Sentence -> event tables for the senses of trigger words (session 8, lex5): a verb whose
object names another sense of it ("would meet a firm response", "addressed the crisis", "the
tariffs were targeted", "struck Canada off its list"), a force noun that is only a speaker's
name for words ("called the speech an assault"), opposition coded as criticism (111) and a
message sent to praise (051).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

from detente.coding.patterns import parse_patterns

PUB = date(2024, 3, 14)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- meet: a person met, not a response, demand or deadline met
    ("meet a response is no meeting", "Seoul warned that any North Korean launch would meet "
     "a firm response from Japan.", set(), {("PRK", "04", "JPN"), ("JPN", "04", "PRK")}),
    ("meet demands is no meeting", "Germany said Poland had failed to meet the demands of "
     "the commission.", set(), {("POL", "04", "DEU"), ("DEU", "04", "POL")}),
    ("a person met stays a meeting", "The Brazilian president met the Argentine president "
     "in Brasilia on Tuesday.", {("BRA", "04", "ARG")}, set()),
    # -- address: an audience addressed, not a topic
    ("address a conflict is no statement", "The Kenyan and Ghanaian presidents also "
     "addressed the war in Ethiopia.", set(), {("KEN", "010", "ETH"), ("GHA", "010", "ETH")}),
    ("address concerns is no statement", "The French minister promised to address "
     "Algeria's concerns.", set(), {("FRA", "010", "DZA")}),
    # -- target: an attack, not a narrow measure
    ("targeted measures are no attack", "Canberra said its tariffs on Chinese steel were "
     "targeted and fair.", set(), {("AUS", "19", "CHN"), ("CHN", "19", "AUS")}),
    ("a grid targeted stays an attack", "Russian forces targeted Ukraine's power grid "
     "overnight.", {("RUS", "19", "UKR")}, set()),
    # -- strike off a list: a list placement (163), no blow
    ("struck off a list", "Tokyo struck South Korea off its list of trusted trading "
     "partners.", {("JPN", "163", "KOR")}, {("JPN", "19", "KOR")}),
    # -- violate: a rule or a border, not the facts
    ("violate facts is no defiance", "The Chinese spokesman said Canada's statement seriously "
     "violated basic facts.", set(), {("CAN", "128", "CHN"), ("CHN", "128", "CAN")}),
    ("violate airspace stays", "Belarus violated Lithuania's airspace on Sunday.",
     {("BLR", "12", "LTU")}, set()),
    # -- a force noun as the speaker's name for words
    ("called the remarks an attack", "The Mexican foreign minister called the remarks an "
     "unacceptable attack on Mexico by the president of Peru.", set(), {("PER", "19", "MEX")}),
    ("described the speech as an assault", "The Spanish government described the speech as "
     "an assault on Spain by Argentina's president.", set(), {("ARG", "19", "ESP")}),
    ("what it called attacks stays", "Kyiv condemned what it called Russian attacks on "
     "Ukrainian ports.", {("UKR", "11", "RUS")}, set()),
    # -- opposition is criticism (111)
    ("firmly opposed", "India firmly opposed the Chinese measures.", {("IND", "111", "CHN")},
     {("IND", "110", "CHN")}),
    # -- a message praising is praise (051), not sympathy (018)
    ("message praising", "The Russian president sent the Belarusian president a message on "
     "Monday praising his handling of the crisis.", {("RUS", "051", "BLR")},
     {("RUS", "018", "BLR")}),
    ("condolence message stays", "The Japanese prime minister sent a message of condolence "
     "to Turkey.", {("JPN", "018", "TUR")}, set()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS, ids=[r[0] for r in ROWS])
def test_nlp_lex5_sentence_events(check, label: str, text: str, present: set[Triple],
                                  absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "pid"), [
    ("Ukraine's air force said 90 percent of the Russian drones were intercepted.",
     "intercepted", "fight.intercept_missiles"),
    ("Lithuania expelled half of the Russian diplomats.", "expelled", "reduce.expel"),
])
def test_nlp_lex5_quantity_of_passive_subject(coder, text: str, word: str, pid: str) -> None:
    """A quantity head of the object or the passive subject counts what follows "of"."""
    sent = next(iter(coder.nlp(text).sents))
    found = {t.token.text: t.pattern.id for t in coder.extractor.triggers(sent)}
    assert found.get(word) == pid, found


def test_nlp_lex5_not_object_read() -> None:
    text = ('- {class: topics, words: [crisis, war]}\n'
            '- {id: a, head: address, not_object: ["@topics", concerns], cameo: "010"}\n')
    (pat,) = parse_patterns(text, "test.yaml")
    assert pat.not_object == ("crisis", "war", "concerns")
    assert pat.specificity == 0


ROWS_TERMS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a pledge told as what a signed text says is the signing (057), not a second intent
    ("signed pledging", "Norway and Denmark signed a memorandum with Iceland in Oslo in May, "
     "pledging to share fishing data.", {("NOR", "057", "ISL")}, {("NOR", "03", "ISL")}),
    ("signed committing", "Egypt signed a protocol on Monday committing it to membership of "
     "the African Union.", {("EGY", "057", "AU")}, {("EGY", "03", "AU")}),
    # -- "under the deal, X agreed to ...": the terms of a concluded deal (057)
    ("agreed under the deal", "Under the accord signed in Doha in April, Qatar and Bahrain "
     "agreed to reopen their embassies.", {("QAT", "057", "BHR")}, {("QAT", "03", "BHR")}),
    ("agreed without a deal stays intent", "Qatar and Bahrain agreed on Monday to reopen "
     "their embassies.", {("QAT", "03", "BHR")}, {("QAT", "057", "BHR")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS_TERMS,
                         ids=[r[0] for r in ROWS_TERMS])
def test_nlp_lex5_terms_of_deals(check, label: str, text: str, present: set[Triple],
                                 absent: set[Triple]) -> None:
    check(text, present, absent, label)


ROWS_MORE: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a message or letter sent is sympathy (018) only when it says so
    ("letter summarising is no sympathy", "The Slovak prime minister sent the German "
     "chancellor a letter summarising his talks.", set(), {("SVK", "018", "DEU")}),
    ("condolence message stays", "The Indian prime minister sent a condolence message to "
     "Nepal.", {("IND", "018", "NPL")}, set()),
    # -- freezing a war is no sanction
    ("freeze the war", "Kyiv said a ceasefire now would only freeze the war with Russia.",
     set(), {("UKR", "163", "RUS")}),
    ("freeze assets stays", "Canada froze Russian assets on Monday.", {("CAN", "163", "RUS")},
     set()),
    # -- a government attacked by a speaker is criticism (111)
    ("attacked the government", "Speaking at a rally in Rome, the Hungarian prime minister "
     "attacked Austria's government.", {("HUN", "111", "AUT")}, {("HUN", "19", "AUT")}),
    # -- ordering a named envoy to leave is expulsion (161), not a demand
    ("ordered the ambassador to leave", "Niger's junta ordered the French ambassador to "
     "leave the country within 48 hours.", {("NER", "161", "FRA")}, {("NER", "10", "FRA")}),
    # -- contacts pursued under a pledge are intent to meet (036)
    ("committed to pursue contacts", "Australia and China committed to pursue further "
     "high-level contacts in the coming months.", {("AUS", "036", "CHN")},
     {("AUS", "040", "CHN")}),
    ("listed objects are one act", "Australia and China committed to pursue further contacts "
     "and consultations in the coming months.", {("AUS", "036", "CHN")},
     {("AUS", "040", "CHN"), ("CHN", "040", "AUS")}),
    # -- a share of missiles intercepted: the missiles counted through the quantity (190, not
    # the 170 of intercepted ships and aircraft)
    ("percent of drones intercepted", "Ukraine's air force said 90 percent of the Russian "
     "drones were intercepted by Ukrainian air defences.", set(),
     {("UKR", "170", "RUS"), ("RUS", "170", "UKR")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS_MORE,
                         ids=[r[0] for r in ROWS_MORE])
def test_nlp_lex5_more_senses(check, label: str, text: str, present: set[Triple],
                              absent: set[Triple]) -> None:
    check(text, present, absent, label)
