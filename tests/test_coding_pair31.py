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
