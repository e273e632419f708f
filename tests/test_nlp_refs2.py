"""Leftover speaker references (session 15, refs2).

- A country's name the knowledge base lists is a state's voice whatever label the model gave
  it ("Mali" as a person, "Niger" or "the UAE" as an organisation); a people's word ("the
  Kurds", "Palestinians") is not.
- "Its foreign ministry said ...", "Its defence minister accused ..." at the head of a
  sentence: the state the sentence before had as its subject (no one when that subject was
  two states).
- A titled name the knowledge base lacks ("Interior Minister Jane Roe") as a clause's subject:
  the office of the state the sentence before had as its subject, unless that state is the
  other party of the clause.

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded(coder_all):
    from detente.model import Article

    def _coded(text: str) -> set[tuple[str | None, str, str | None, str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=date(2024, 6, 10), origin="test", raw_text=text)
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None, e.status.value)
                for e in coder_all.code(art).events}

    return _coded


# (text, rows that must be coded, rows that must not; "*" matches any value)
STATE_VOICES = [
    ("The UAE said Sudan had attacked its embassy in Khartoum.",
     {("ARE", "11", "SDN", "happened")}, set()),
    ("Mali said Algeria had shelled villages along the border.",
     {("MLI", "11", "DZA", "happened")}, set()),
    ("Niger said France had bombed a village near the border.",
     {("NER", "11", "FRA", "happened")}, set()),
    ("Burkina Faso said Mali had shelled villages along the border.",
     {("BFA", "11", "MLI", "happened")}, set()),
    # a people is no state's voice
    ("The Palestinians said Israel had bombed a hospital in Gaza.",
     set(), {("PSE", "11", "ISR", "*")}),
    ("Afghans said Pakistan had shelled villages along the border.",
     set(), {("AFG", "11", "PAK", "*")}),
]

ITS_HEADS = [
    ("Egypt hosted talks on Gaza on Monday. Its foreign ministry said Israel had bombed a "
     "school in Rafah.", {("EGY", "11", "ISR", "happened")}, set()),
    ("Egypt hosted talks on Gaza on Monday. Its foreign minister accused Israel of blocking "
     "aid.", {("EGY", "11", "ISR", "happened")}, set()),
    ("Turkey closed its airspace on Monday. Its defence minister accused Greece of "
     "provocations.", {("TUR", "11", "GRC", "happened")}, set()),
    # two states before: "its" is of neither alone
    ("Egypt and Jordan hosted talks on Monday. Its foreign ministry accused Israel of "
     "blocking aid.", set(), {("*", "11", "ISR", "*")}),
    # a bank's governor is no state's office
    ("The central bank raised rates on Monday. Its governor criticized Turkey for high "
     "inflation.", set(), {("*", "11", "TUR", "*")}),
]

TITLED_IN_FOCUS = [
    ("Pakistan closed its border crossings on Tuesday. Interior Minister Omar Baig accused "
     "Afghanistan of sheltering militants.", {("PAK", "11", "AFG", "happened")}, set()),
    ("Ghana signed a trade deal with Togo. Foreign Minister Kwame Mensah praised Togo for "
     "its cooperation.", {("GHA", "05", "TGO", "happened")}, set()),
    # the state in focus is the other party: the minister is not its
    ("Israel struck targets in Lebanon on Tuesday. Foreign Minister Jane Roe accused Israel "
     "of killing civilians.", set(), {("ISR", "11", "*", "*")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         STATE_VOICES + ITS_HEADS + TITLED_IN_FOCUS)
def test_nlp_refs2_speakers(coded, text, wanted, unwanted):
    got = coded(text)
    assert wanted <= got
    for bad in unwanted:  # ("*": any value)
        assert not [g for g in got if all(b in ("*", v) for b, v in zip(bad, g, strict=True))]


# "the two men" / "the two women": a pair of states only through people named for them
PEOPLE_PAIRS = [
    ("Xi Jinping hosted Vladimir Putin in Beijing on Tuesday. The two men signed a statement "
     "on energy cooperation.", {("CHN", "05", "RUS", "happened")}, set()),
    ("Erdogan met Aliyev in Ankara on Monday. The two men agreed to expand trade.",
     {("TUR", "03", "AZE", "happened")}, set()),
    # soldiers, suspects: no named people, no pair of states
    ("Pakistan and India exchanged fire on the border on Monday. The two men later met in "
     "Delhi.", set(), {("*", "04", "*", "*")}),
    ("Indian and Chinese soldiers clashed at the border. The two men later met to defuse "
     "tensions.", set(), {("*", "04", "*", "*")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PEOPLE_PAIRS)
def test_nlp_refs2_people_pairs(coded, text, wanted, unwanted):
    got = coded(text)
    assert wanted <= got
    for bad in unwanted:
        assert not [g for g in got if all(b in ("*", v) for b, v in zip(bad, g, strict=True))]
