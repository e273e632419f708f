"""pair31 (session 31): the side a joint intent of a group phrase comes from -- the side that
reports it, else the side the sentence names first before it, else the article's first."""

from __future__ import annotations

import pytest

JOINT = [
    # the reporting side's own officials tell of the pair's agreement
    ("Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in Jakarta "
     "on Monday. The two leaders agreed to expand cooperation on energy, Indonesian officials "
     "said.", ("IDN", "03", "JPN"), ("JPN", "03", "IDN")),
    ("German Chancellor Olaf Scholz met Kenyan President William Ruto in Nairobi on Friday. "
     "The two sides agreed to deepen trade ties, Ruto's office said.",
     ("KEN", "03", "DEU"), ("DEU", "03", "KEN")),
    # a side named in the sentence before the group phrase
    ("Vietnam's President Vo Van Thuong held talks with Chinese President Xi Jinping. "
     "Xi visited Hanoi in 2017, when the two sides agreed to strengthen rail links.",
     ("CHN", "03", "VNM"), ("VNM", "03", "CHN")),
    # no reporter, no side named before: the article's first side
    ("Brazilian President Lula met Argentine President Alberto Fernandez in Buenos Aires on "
     "Monday. The two leaders agreed to keep in close contact, and Fernandez hosted a lunch "
     "for his guest.", ("BRA", "03", "ARG"), ("ARG", "03", "BRA")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected, reverse", JOINT)
def test_coding_pair31_joint_intent_side(root_triples_all, text, expected, reverse):
    got = root_triples_all(text)
    assert expected in got, got
    assert reverse not in got, got


@pytest.fixture(scope="module")
def pair31_prefilter():
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon(), context="all")


@pytest.mark.parametrize("text, order", [
    # the place a story is filed from is not the side it names first, dated or not
    ("MEXICO CITY - Australian Prime Minister Anthony Albanese met Mexican leaders on "
     "Friday.", ["AUS", "MEX"]),
    ("PANAMA CITY, May 3 (Wire) -- German Chancellor Olaf Scholz arrived in Panama on "
     "Wednesday.", ["DEU", "PAN"]),
    # a country named only in the dateline keeps its place
    ("MEXICO CITY - Japanese and American envoys met on Monday.", ["MEX", "JPN", "USA"]),
])
def test_coding_pair31_dateline_not_named_first(pair31_prefilter, text, order):
    for _counts, first in (pair31_prefilter.country_counts(text),
                           pair31_prefilter.scan(text).countries):
        assert sorted(first, key=first.__getitem__) == order


@pytest.mark.slow
def test_coding_pair31_dateline_joint_intent(root_triples_all):
    got = root_triples_all(
        "MEXICO CITY - Canadian Foreign Minister Melanie Joly met Mexican officials on "
        "Tuesday. The two governments agreed to widen their cooperation on migration.")
    assert ("CAN", "03", "MEX") in got and ("MEX", "03", "CAN") not in got, got
