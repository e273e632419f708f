"""Events named again later by a definite noun (nlp.story ``restated_events``): "The raid was
condemned", "The visit follows weeks of pressure", "The expulsions will cut staff", "regretted
the closures" tell the act the story told before, with its sides, from their own sentence (the
gold conventions code them there). Meetings and journeys count only as their clause's subject
("after the visit, he flew on" is no new mention of the visit); an act asked for ("called for
the release"), a noun with its own sides or owner of another side, an indefinite noun and a
third side's sentence give nothing."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 6, 12)  # a Wednesday


def _rows(coder, make_article, text: str, sentence: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, cameo, status) of the events coded from the
    article's sentence that starts with ``sentence``."""
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or "", e.cameo, e.status.value)
            for e in coder.code(art).events
            if e.source is not None and e.target is not None
            and e.evidence.sentence.startswith(sentence)}


# (story, the sentence that names the act again, rows it must give)
RESTATED = [
    # a raid told by its verbs, then named as a passive's subject
    ("Kenya's police stormed the Ugandan embassy in Nairobi on Friday and seized documents. "
     "The raid was condemned by several governments.", "The raid",
     {("KEN", "UGA", "171", "happened")}),
    # a plural noun: each side's expulsion
    ("Ghana expelled two Togolese diplomats on Monday, and Togo expelled two Ghanaian envoys "
     "in return. The expulsions will leave both missions short of staff.", "The expulsions",
     {("GHA", "TGO", "161", "happened"), ("TGO", "GHA", "161", "happened")}),
    # a journey placed in time by "follows"
    ("Peru's foreign minister visited Bolivia on Tuesday. The visit follows months of friction "
     "over a river dispute.", "The visit", {("PER", "BOL", "042", "happened")}),
    # talks as the main clause's subject; a third side named only in the predicate
    ("Iran and Oman held talks in Muscat on Saturday. The talks follow a letter that the Omani "
     "sultan sent to Tehran in March, which an envoy of Qatar delivered.", "The talks",
     {("IRN", "OMN", "042", "happened")}),
    # a plural measure as the object of an attitude
    ("Chile closed its border with Bolivia on Monday. Officials in La Paz said they regretted "
     "the closures.", "Officials in La Paz", {("CHL", "BOL", "172", "happened")}),
    # the sentence's own expulsion (the other way) does not stand for the one told
    ("Norway expelled a Russian diplomat on Monday. The expulsion came a day after Russia "
     "ordered out a Norwegian envoy.", "The expulsion",
     {("NOR", "RUS", "161", "happened")}),
    # a strike named again as its clause's subject, with a phrase of its own
    ("Israeli jets struck a Hezbollah depot in southern Lebanon on Monday. The strike also "
     "destroyed a bridge used by farmers.", "The strike", {("ISR", "LBN", "190", "happened")}),
    # plural attacks, judged by a third side named as the passive's agent
    ("Armenia's forces attacked Azerbaijani positions near the border on Sunday. The attacks "
     "were condemned by the European Union.", "The attacks",
     {("ARM", "AZE", "190", "happened")}),
    # an offensive owned by the side that made it
    ("Azerbaijan's army attacked Armenian posts in the valley in September. Peacekeepers did "
     "not stop Azerbaijan's offensive.", "Peacekeepers", {("AZE", "ARM", "190", "happened")}),
    # a mutual force act told of both sides with no "with": each side's against the other
    ("On Tuesday a Greek frigate and a Turkish corvette collided south of Crete.", "On Tuesday",
     {("GRC", "TUR", "190", "happened"), ("TUR", "GRC", "190", "happened")}),
    ("A Chinese coast guard ship and a Philippine supply boat collided near the shoal on "
     "Sunday.", "A Chinese", {("CHN", "PHL", "190", "happened"),
                               ("PHL", "CHN", "190", "happened")}),
    # a tit-for-tat measure told earlier, then both named by a plural
    ("Latvia expelled a Belarusian envoy on Monday. Two days later Belarus expelled a Latvian "
     "diplomat in return. Officials met on Thursday. The expulsions leave both embassies "
     "with two staff.", "The expulsions",
     {("LVA", "BLR", "161", "happened"), ("BLR", "LVA", "161", "happened")}),
    # an exchange told by a release, named again
    ("Venezuela freed ten Americans on Wednesday in a swap with the United States. The exchange "
     "comes weeks after an accord on elections.", "The exchange",
     {("VEN", "USA", "0841", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), RESTATED, ids=[r[1] for r in RESTATED])
def test_nlp_events15_definite_noun_restates_the_act(coder, make_article, text, sentence,
                                                     rows):
    got = _rows(coder, make_article, text, sentence)
    assert rows <= got, got


# (story, sentence, root that must not come out of it)
NOT_RESTATED = [
    # a journey as the frame of another act, not told again
    ("Chile's foreign minister visited Bolivia on Tuesday. After the visit, he flew home.",
     "After the visit", "04"),
    # an act asked for, not told
    ("Venezuela freed ten Americans on Wednesday in a swap with the United States. Qatar "
     "called for the release of other prisoners.", "Qatar called", "08"),
    # a third side's sentence about a measure in an embedded clause
    ("Gabon closed its border with Cameroon on Thursday. Nigeria said the closure hurt its "
     "traders.", "Nigeria said", "17"),
    # no determiner pointing back
    ("Kenya's police stormed the Ugandan embassy in Nairobi on Friday. A raid of that kind is "
     "rare.", "A raid", "17"),
    # the owner is another side than the one who did the act told
    ("Kenya's police stormed the Ugandan embassy in Nairobi on Friday. Tanzania's raid on a "
     "border post last year went unpunished.", "Tanzania's raid", "17"),
    # a condition: the act supposed, not told again
    ("Armenia's forces attacked Azerbaijani positions near the border on Sunday. If the "
     "attacks continue, Baku says it will respond.", "If the attacks", "19"),
    # one ship's collision "with" no one named: no pair of its own
    ("Two Chinese fishing boats collided near the shoal on Sunday.", "Two Chinese", "19"),
    # a generic measure noun with no act of its kind told just before
    ("Gabon closed its border with Cameroon on Thursday. Cameroon's president met Nigeria's "
     "president on Friday. Nigeria pledged food aid to Cameroon. Chad's foreign minister "
     "visited Abuja. The measure was debated in Congress last year.", "The measure", "17"),
    # a journey noun with its own maker: another visit
    ("Chile's foreign minister visited Bolivia on Tuesday. The visit by Peru's president a "
     "year ago was longer.", "The visit by", "04"),
]


@pytest.mark.parametrize(("text", "sentence", "root"), NOT_RESTATED,
                         ids=[r[1] for r in NOT_RESTATED])
def test_nlp_events15_no_restatement(coder, make_article, text, sentence, root):
    got = _rows(coder, make_article, text, sentence)
    assert not {r for r in got if r[2][:2] == root}, got


# a pair agreeing to a truce: each side's intent to hold its fire toward the other (035),
# both ways; other intents of a pair stay one event per pair
TRUCE = [
    ("Chad and Sudan agreed on Monday to a ceasefire along their border.", "Chad and Sudan",
     {("TCD", "SDN", "035", "happened"), ("SDN", "TCD", "035", "happened")}),
    ("Eritrea and Djibouti agreed to a truce and a pull-back of troops on Tuesday.", "Eritrea",
     {("ERI", "DJI", "035", "happened"), ("DJI", "ERI", "035", "happened")}),
    ("Thailand and Cambodia agreed on Sunday to observe a ceasefire from midnight.", "Thailand",
     {("THA", "KHM", "035", "happened"), ("KHM", "THA", "035", "happened")}),
]


@pytest.mark.parametrize(("text", "sentence", "rows"), TRUCE, ids=[r[1] for r in TRUCE])
def test_nlp_events15_truce_agreed_is_each_sides_intent(coder, make_article, text, sentence,
                                                        rows):
    got = _rows(coder, make_article, text, sentence)
    assert rows <= got, got


@pytest.mark.parametrize("text", [
    "Chad and Sudan agreed on Monday to hold talks in Doha.",
    "Chad and Sudan agreed on Monday to reopen their border crossings.",
], ids=["talks", "border"])
def test_nlp_events15_other_pair_intents_not_doubled(coder, make_article, text):
    got = _rows(coder, make_article, text, "Chad and Sudan")
    intents = [r for r in got if r[2][:2] == "03"]
    assert len({frozenset(r[:2]) for r in intents}) == len(intents), got
