"""Parse repairs: a subject swallowed by a sentence-opening phrase is given back to its verb."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article
from detente.nlp.repairs import mend_between_pairs, mend_preposed_subjects, mend_state_titles

pytestmark = pytest.mark.slow

MENDED = [
    # (sentence, the subject's head word, its verb); the model, unmended, hangs each subject
    # on the opening phrase
    ("At the invitation of King Charles, President Ramaphosa of South Africa made a state "
     "visit to Britain.", "Ramaphosa", "made"),
    ("At the invitation of President Erdogan, Prime Minister Mitsotakis of Greece travelled "
     "to Ankara.", "Mitsotakis", "travelled"),
    ("At the invitation of Chancellor Scholz, the President of Kenya, William Ruto, visited "
     "Berlin.", "President", "visited"),
    ("Under the auspices of Egypt, the foreign minister of Sudan held talks with envoys "
     "of Chad.", "minister", "held"),
    ("Under the patronage of King Salman, the Kingdom of Saudi Arabia hosted talks between "
     "the two sides.", "Kingdom", "hosted"),
]

UNTOUCHED = [
    # the verb has its subject already, or the phrase runs on to the verb
    "At the invitation of Chile, Peru sent its foreign minister to Santiago.",
    "In Geneva, diplomats from both countries held a second round of talks.",
    "After the meeting with Prime Minister Kishida, Secretary Blinken flew to Seoul.",
    "Japan and Korea held talks in Tokyo on Monday.",
]


@pytest.mark.parametrize(("text", "head", "verb"), MENDED)
def test_nlp_repairs_preposed_phrase_gives_back_the_subject(coder, text, head, verb):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_preposed_subjects(coder.nlp(text)) == 1  # (the row needs the mend)
    doc = coder.nlp(text)
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.text == verb]
    assert [t.text for t in subjects] == [head], [(t.text, t.dep_, t.head.text) for t in doc]
    # sentence bounds are the parser's: one sentence, rooted at the verb
    assert [s.root.text for s in doc.sents] == [verb]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_nlp_repairs_leaves_a_sound_parse_alone(coder, text):
    plain = coder.nlp.get_pipe("detente_repairs")
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        before = coder.nlp(text)
    heads = [(t.head.i, t.dep_) for t in before]
    assert mend_preposed_subjects(before) == 0
    assert [(t.head.i, t.dep_) for t in before] == heads
    assert [(t.head.i, t.dep_) for t in plain(coder.nlp(text))] == heads


VISITS = [
    # (text, source, root, target)
    ("At the invitation of President Gustavo Petro, President Gabriel Boric of Chile paid "
     "a state visit to Colombia.", "CHL", "04", "COL"),
    ("At the invitation of President Xi Jinping, President Lula of Brazil paid a state visit "
     "to China.", "BRA", "04", "CHN"),
    ("At the invitation of Foreign Minister Penny Wong, the Foreign Minister of Indonesia, "
     "Retno Marsudi, visited Canberra on Tuesday.", "IDN", "04", "AUS"),
    ("Under the auspices of Qatar, the Foreign Minister of Pakistan held talks with the "
     "Afghan delegation in Doha.", "PAK", "04", "AFG"),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt"), VISITS)
def test_nlp_repairs_the_visitor_is_coded(coder, text, src, root, tgt):
    art = Article(id="t-repair", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    got = {(e.source.country, e.root, e.target.country) for e in coder.code(art).events
           if e.source is not None and e.target is not None}
    assert (src, root, tgt) in got, got


BETWEEN = [
    # (text, the two sides the talks are between); the model, unmended, hangs the second
    # side elsewhere (on the verb, the participle or the noun before it)
    ("Switzerland hosted negotiations in Geneva between Armenia, represented by its deputy "
     "prime minister, and Azerbaijan, represented by a presidential aide.", ("ARM", "AZE")),
    ("Egypt hosted talks in Cairo between Israel, represented by the head of Mossad, and the "
     "United States, represented by the CIA director.", ("ISR", "USA")),
    ("Egypt hosted talks in Cairo between Ethiopia, represented by its water minister, and "
     "Sudan, represented by an envoy.", ("ETH", "SDN")),
]


@pytest.mark.parametrize(("text", "pair"), BETWEEN)
def test_nlp_repairs_both_sides_of_between(coder, text, pair):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_between_pairs(coder.nlp(text)) == 1  # (the row needs the mend)
    art = Article(id="t-between", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    got = {frozenset((e.source.country, e.target.country)) for e in coder.code(art).events
           if e.source is not None and e.target is not None and e.root == "04"}
    assert frozenset(pair) in got, got


@pytest.mark.parametrize("text", [
    "They discussed trade between China and Japan, and security.",   # a plain pair
    # the second side is right already
    "Turkey brokered negotiations in Istanbul between Russia, which sent a small team, and "
    "Ukraine.",
    # no clause after the first side: a list, not a pair
    "Trade between Chile, Peru and Bolivia grew, and Argentina joined later.",
])
def test_nlp_repairs_between_left_alone(coder, text):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        doc = coder.nlp(text)
    heads = [(t.head.i, t.dep_) for t in doc]
    assert mend_between_pairs(doc) == 0
    assert [(t.head.i, t.dep_) for t in doc] == heads


TITLES = [
    # (text, the two sides, root); unmended, the second country is read inside the first's
    # title and nobody has a partner
    ("The Kingdom of Bahrain and Qatar agreed to restore ties.", ("BHR", "QAT"), "05"),
    ("The Republic of Kenya and Somalia held talks in Nairobi.", ("KEN", "SOM"), "04"),
    ("The Sultanate of Oman and Iran signed a border agreement.", ("OMN", "IRN"), "05"),
    ("The Federal Republic of Somalia and Ethiopia agreed to start technical talks.",
     ("SOM", "ETH"), "03"),
]


@pytest.mark.parametrize(("text", "pair", "root"), TITLES)
def test_nlp_repairs_two_states_in_a_title(coder, text, pair, root):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_state_titles(coder.nlp(text)) == 1  # (the row needs the mend)
    art = Article(id="t-title", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    got = {(e.source.country, e.root, e.target.country) for e in coder.code(art).events
           if e.source is not None and e.target is not None}
    assert any({s, t} == set(pair) and r == root for s, r, t in got), got


@pytest.mark.parametrize("text", [
    "The Republic of Trinidad and Tobago and Venezuela signed a gas deal.",  # one name
    "Bosnia and Herzegovina signed a deal with Serbia.",
    "The Kingdom of Saudi Arabia signed a deal with Iraq.",
])
def test_nlp_repairs_a_title_with_and_in_its_name_is_left(coder, text):
    doc = coder.nlp(text)
    assert mend_state_titles(doc) == 0
