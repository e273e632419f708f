"""pair31 (session 31): the side a joint intent of a group phrase comes from -- the side that
reports it (or issues the readout), else the article's first."""

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
    # no reporter: the article's first side (not the host the sentence names after it)
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


@pytest.mark.slow
@pytest.mark.parametrize("text, expected, wrong", [
    # a dateline with a wire's name: the parser takes the place for the subject and hangs
    # the pair that signed on it in apposition
    ("ANKARA, March 4 (Wire) -- Greek Prime Minister Kyriakos Mitsotakis and his Turkish "
     "counterpart Recep Tayyip Erdogan signed a declaration on friendly relations in Ankara "
     "on Thursday.", ("GRC", "05", "TUR"), ("TUR", "05", "GRC")),
])
def test_coding_pair31_dateline_subject(root_triples_all, text, expected, wrong):
    got = root_triples_all(text)
    assert expected in got and wrong not in got, got


def _dateline_doc():
    """A hand-built parse of a dateline the parser took for the subject: "RABAT, Feb 2
    (Wire) -- Spanish premier Sanchez and his Moroccan counterpart Akhannouch signed deals."
    with "RABAT" and "Akhannouch" both subjects and "Sanchez" in apposition to "RABAT"."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    rows = [("RABAT", 16, "nsubj", "PROPN"), (",", 0, "punct", "PUNCT"),
            ("Feb", 0, "npadvmod", "PROPN"), ("2", 2, "nummod", "NUM"),
            ("(", 0, "punct", "PUNCT"), ("Wire", 0, "appos", "PROPN"),
            (")", 0, "punct", "PUNCT"), ("--", 0, "punct", "PUNCT"),
            ("Spanish", 9, "amod", "ADJ"), ("premier", 10, "compound", "NOUN"),
            ("Sanchez", 0, "appos", "PROPN"), ("and", 10, "cc", "CCONJ"),
            ("his", 14, "poss", "PRON"), ("Moroccan", 14, "amod", "ADJ"),
            ("counterpart", 10, "conj", "NOUN"), ("Akhannouch", 16, "nsubj", "PROPN"),
            ("signed", 16, "ROOT", "VERB"), ("deals", 16, "dobj", "NOUN"),
            (".", 16, "punct", "PUNCT")]
    return Doc(Vocab(), words=[r[0] for r in rows], heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows])


def test_coding_pair31_dateline_split_subject():
    from detente.nlp.joint_order import dateline_appos, dateline_split_subject

    doc = _dateline_doc()
    assert dateline_appos(doc[0]).text == "Sanchez"
    assert dateline_split_subject(doc[16], doc[15]).text == "Sanchez"
    assert dateline_appos(doc[10]) is None  # (not a dateline's place)
    assert dateline_split_subject(doc[16], doc[0]) is None
