"""Sides a clause leaves empty: a pact's terms ("Under it, A and B commit to ...": each
party's commitment to the other, also when the parser hung the commitment on the clause the
parties declared), and a pair told as such doing a show of force or a pull-back ("both sides
held naval drills", "the two armies pulled back": each side's act toward the other).

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


def _rows(extracted_pairs, text):
    return {(s, c, t) for s, c, _, t, _ in extracted_pairs(text, PUBLISHED)}


PACT_TERMS_CASES = [
    ("under it, declared clause about a thing, commitment joined to it",
     "Kenya and Somalia signed a security treaty in Nairobi on Monday. Under it, Kenya and "
     "Somalia declare that an assault on one of them would threaten the security of both, "
     "and commit to respond together.",
     [("KEN", "03", "SOM"), ("SOM", "03", "KEN")]),
    ("under the treaty, undertake",
     "Chile and Peru signed a border treaty on Tuesday. Under the treaty, Chile and Peru "
     "undertake to settle their disputes peacefully.",
     [("CHL", "03", "PER"), ("PER", "03", "CHL")]),
    ("under the pact, a pair phrase commits",
     "Ghana and Togo concluded a defence pact last week. Under the pact, the two countries "
     "commit to share intelligence on armed groups.",
     [("GHA", "03", "TGO"), ("TGO", "03", "GHA")]),
    ("under this accord, a pair phrase declares ... and undertakes",
     "Laos and Cambodia signed an accord in Vientiane. Under this accord, the two neighbours "
     "declare that the river is a shared resource and undertake to manage it jointly.",
     [("LAO", "03", "KHM"), ("KHM", "03", "LAO")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), PACT_TERMS_CASES,
                         ids=[c[0] for c in PACT_TERMS_CASES])
def test_nlp_link21_pact_terms_each_way(extracted_pairs, label, text, wants):
    got = _rows(extracted_pairs, text)
    for want in wants:
        assert want in got, (label, want, got)


PACT_TERMS_NEGATIVE = [
    ("a pair's commitment told with no pact: once, not each way",
     "Chile and Peru said on Tuesday they would settle their disputes peacefully. The two "
     "governments undertake to report to parliament on the talks.",
     ("PER", "03", "CHL")),
    ("a side named in the reported clause commits: not the declarers",
     "Kenya and Somalia declare that the army would stay ready and commit troops to the "
     "mission.",
     ("KEN", "03", "SOM")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), PACT_TERMS_NEGATIVE,
                         ids=[c[0] for c in PACT_TERMS_NEGATIVE])
def test_nlp_link21_pact_terms_negative(extracted_pairs, label, text, unwanted):
    assert unwanted not in _rows(extracted_pairs, text), label


PAIR_POSTURE_CASES = [
    ("both sides held drills",
     "Greece and Turkey traded accusations on Monday over a survey ship. Both sides held "
     "naval exercises near the islands.",
     [("GRC", "15", "TUR"), ("TUR", "15", "GRC")]),
    ("both countries staged war games",
     "Armenia and Azerbaijan exchanged threats over the corridor this week. On Friday both "
     "countries staged military drills along the frontier.",
     [("ARM", "15", "AZE"), ("AZE", "15", "ARM")]),
    ("commanders of the two armies pulled troops back, joined to a meeting",
     "India and China clashed in the mountains in 2020. Since then, generals of the two "
     "armies have held many meetings and pulled their troops back from three valleys.",
     [("IND", "08", "CHN"), ("CHN", "08", "IND")]),
    ("troops of both sides pulled back",
     "Sudan and South Sudan clashed near the oil fields last week. On Sunday troops of both "
     "sides pulled back from the disputed town.",
     [("SDN", "08", "SSD"), ("SSD", "08", "SDN")]),
    ("the two countries withdrew troops",
     "Armenia and Azerbaijan clashed on the border last week. On Friday the two countries "
     "withdrew troops from the frontier.",
     [("ARM", "08", "AZE"), ("AZE", "08", "ARM")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), PAIR_POSTURE_CASES,
                         ids=[c[0] for c in PAIR_POSTURE_CASES])
def test_nlp_link21_pair_posture_each_way(extracted_pairs, label, text, wants):
    got = _rows(extracted_pairs, text)
    for want in wants:
        assert want in got, (label, want, got)


PAIR_POSTURE_NEGATIVE = [
    ("drills held with a third state: not at each other",
     "Greece and Turkey traded accusations on Monday over a survey ship. Both sides held "
     "naval exercises with the United States.",
     ("TUR", "15", "GRC")),
    ("both sides condemned something: no posture, nothing each way",
     "Greece and Turkey traded accusations on Monday over a survey ship. Both sides "
     "condemned the attack on the ferry.",
     ("TUR", "11", "GRC")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), PAIR_POSTURE_NEGATIVE,
                         ids=[c[0] for c in PAIR_POSTURE_NEGATIVE])
def test_nlp_link21_pair_posture_negative(extracted_pairs, label, text, unwanted):
    assert unwanted not in _rows(extracted_pairs, text), label


SCENE_MEDIATOR_CASES = [
    ("two nationalities of mediators urge the two who met",
     "In May, the Sudanese and South Sudanese presidents met in Doha, where Qatari and "
     "Egyptian mediators urged them to settle the dispute.",
     [("QAT", "04", "SDN"), ("QAT", "04", "SSD"), ("EGY", "04", "SDN"), ("EGY", "04", "SSD")]),
    ("one mediator presents a draft",
     "The foreign ministers of Armenia and Azerbaijan met in Geneva, where the Swiss mediator "
     "presented a draft.",
     [("CHE", "04", "ARM"), ("CHE", "04", "AZE")]),
    ("talks held, mediators carried messages",
     "Ethiopia and Eritrea held talks in Jeddah last week, where Saudi mediators carried "
     "messages between the rooms.",
     [("SAU", "04", "ETH"), ("SAU", "04", "ERI")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), SCENE_MEDIATOR_CASES,
                         ids=[c[0] for c in SCENE_MEDIATOR_CASES])
def test_nlp_link21_scene_mediators(extracted_pairs, label, text, wants):
    got = {(s, r, t) for s, r, c, t, _ in extracted_pairs(text, PUBLISHED) if c == "045"}
    for want in wants:
        assert want in got, (label, want, got)


SCENE_MEDIATOR_NEGATIVE = [
    ("mediators of one of the sides: no mediation of theirs",
     "The foreign ministers of Armenia and Azerbaijan met in Baku, where Azerbaijani mediators "
     "presented a draft.",
     ("AZE", "045", "ARM")),
    ("mediators with no meeting to be set in",
     "Qatari mediators said on Monday that Sudan and Chad should talk.",
     ("QAT", "045", "SDN")),
    ("a meeting that did not take place",
     "Armenia and Azerbaijan did not meet in Geneva, where Swiss mediators had waited.",
     ("CHE", "045", "ARM")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), SCENE_MEDIATOR_NEGATIVE,
                         ids=[c[0] for c in SCENE_MEDIATOR_NEGATIVE])
def test_nlp_link21_scene_mediators_negative(extracted_pairs, label, text, unwanted):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert unwanted not in got, label


PAIR_BODY_CASES = [
    ("officers from the two countries begin talks, at a body",
     "Greece and Turkey traded accusations over a survey ship on Monday. At NATO, navy "
     "officers of the two countries started technical talks.",
     ("GRC", "04", "TUR")),
    ("envoys of both states open talks, in a city",
     "Serbia and Kosovo traded charges over the border on Sunday. In Brussels, envoys of "
     "both states opened talks on licence plates.",
     ("SRB", "04", "XKX")),
    ("officials of the two countries held talks",
     "Peru and Bolivia quarrelled over a river last month. Officials of the two countries "
     "held talks on water rights.",
     ("PER", "04", "BOL")),
]


@pytest.mark.parametrize(("label", "text", "want"), PAIR_BODY_CASES,
                         ids=[c[0] for c in PAIR_BODY_CASES])
def test_nlp_link21_pair_body_talks(extracted_pairs, label, text, want):
    got = {frozenset((s, t)) | {r} for s, r, _, t, _ in extracted_pairs(text, PUBLISHED)}
    assert frozenset((want[0], want[2])) | {want[1]} in got, (label, got)


PAIR_BODY_NEGATIVE = [
    ("a third side's talks named: not the story's pair's",
     "Greece and Turkey traded accusations over a survey ship on Monday. Officers from the "
     "two countries began talks with Italian commanders.",
     ("GRC", "040", "TUR")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), PAIR_BODY_NEGATIVE,
                         ids=[c[0] for c in PAIR_BODY_NEGATIVE])
def test_nlp_link21_pair_body_talks_negative(extracted_pairs, label, text, unwanted):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert unwanted not in got, label
