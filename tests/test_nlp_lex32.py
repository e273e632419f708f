"""Session 23 (lex32): pre-filter losses and lexicon gaps.

* The pre-filter keeps, in an article that can hold an event, a sentence telling a group of
  people held or freed with no state named ("four sailors from the convoy were freed") and a
  sentence setting the government against the opposition with no country named: the
  extractor takes their sides from the article.
* Lexicon: weapons or warplanes handed to a side and the nouns of such a transfer (072);
  money paid or paid out to a side (071); convicts transferred to a state (063); forces
  kept in a state (074); debt relief, forgiveness or restructuring for a side (071); a
  proposal not taken up, embraced or entertained, a text not endorsed, a vote against (120);
  consent or acceptance withdrawn (160).

The lexicon rows load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.prefilter import _held_person


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Four sailors from the convoy were freed on Tuesday.", True),
    ("Among those released were two reporters and a priest.", True),
    ("Twelve detainees were released in the first round.", True),
    # no act of holding or freeing, or nobody held
    ("Four sailors from the convoy reached the port on Tuesday.", False),
    ("The summit was held in Geneva in March.", False),
])
def test_nlp_lex32_group_held_or_freed(sentence, kept):
    text = "Ankara seized a Greek cargo ship in May. " + sentence
    assert _held_person(sentence, text, text.index(sentence)) is kept


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Opposition deputies accused the government of rigging the count.", True),
    # (no opposition: nothing at home told; no trigger word)
    ("Farmers accused the government of rigging the count.", False),
    ("The opposition holds fewer seats than the government in the new chamber.", False),
])
def test_nlp_lex32_prefilter_home_rivals(prefilter, sentence, kept):
    text = ("Georgia recalled its ambassador from Moscow on Friday after the vote. " + sentence)
    scan = prefilter.scan(text)
    at = text.index(sentence)
    verdict = next(s.keep for s in scan.sentences if s.start <= at < s.end)
    assert verdict is kept


@pytest.fixture(scope="module")
def rows(coded_rows):
    return coded_rows(date(2025, 6, 10), by="country", digits=2)


@pytest.mark.parametrize(("text", "expected"), [
    # weapons handed, and the nouns of a transfer that say what was handed
    ("Slovakia handed Ukraine eleven fighter jets last month, the defence ministry said.",
     ("SVK", "07", "UKR")),
    ("The Czech cabinet approved the transfer of the howitzers to Ukraine on Tuesday.",
     ("CZE", "07", "UKR")),
    ("Norway announced the delivery of artillery shells to Ukraine on Thursday.",
     ("NOR", "07", "UKR")),
    # money paid out
    ("The European Commission said it paid out 80 million euros to Jordan on Friday.",
     ("EU", "07", "JOR")),
    # a proposal not taken up, a text not endorsed
    ("Hungary's prime minister floated a Christmas truce in Ukraine last week. Kyiv did not "
     "take up the offer.", ("UKR", "12", "HUN")),
    ("Poland did not embrace Germany's plan for joint purchases of air defence systems.",
     ("POL", "12", "DEU")),
    # a vote against a side's measure; consent withdrawn
    ("Hungary and Slovakia voted against the European Union's proposal on Friday.",
     ("HUN", "12", "EU")),
    ("Berlin withdrew its consent for the Russian consulate in Leipzig on Monday.",
     ("DEU", "16", "RUS")),
    # convicts sent home to serve their terms
    ("Indonesia transferred three convicts to the Philippines on Wednesday.",
     ("IDN", "06", "PHL")),
])
def test_nlp_lex32_lexicon_present(rows, text, expected):
    got = rows(text)
    src, root, tgt = expected
    assert [r for r in got if r[0] == src and r[1] == root and r[2] == tgt], got


@pytest.mark.parametrize(("text", "src", "root", "tgt"), [
    # forces kept near a rival's border help no one; a contingent maintained in a state stays
    # background (session 23); troops or bases a state keeps or has in another are 074 since
    # lead27 (session 27: the readable sets gain; test_coding_lead27)
    ("Russia keeps tens of thousands of troops near the border with Ukraine.", "RUS", "07",
     "UKR"),
    ("Russia maintains a military contingent in Armenia under a 1995 treaty.", "RUS", "07",
     "ARM"),
    # soldiers moved to a border are no convicts transferred, nor aid
    ("Mali said it would transfer more soldiers to the border with Niger.", "MLI", "06", "NER"),
    ("Mali said it would transfer more soldiers to the border with Niger.", "MLI", "07", "NER"),
    # a proposal taken up is no rejection
    ("Berlin took up the French proposal for a joint patrol on Tuesday.", "DEU", "12", "FRA"),
    # a vote for a measure is no rejection
    ("Hungary and Slovakia voted for the European Union's proposal on Friday.", "HUN", "12",
     "EU"),
    # a visit paid is no money paid
    ("The Kenyan president paid a visit to Ethiopia on Monday.", "KEN", "07", "ETH"),
])
def test_nlp_lex32_lexicon_absent(rows, text, src, root, tgt):
    got = rows(text)
    assert not [r for r in got if r[0] == src and r[1] == root and r[2] == tgt], got


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Kyiv did not take up the offer.", True),
    ("Kyiv did not take up the proposal.", True),
    # (no reference back to a proposal: the party is not one of the article's two main
    # countries, so the act's other side cannot be inferred)
    ("Kyiv did not take up arms.", False),
])
def test_nlp_lex32_prefilter_proposal_reference(prefilter, sentence, kept):
    text = ("Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in "
            "Moscow on Friday. Orban proposed a ceasefire, and Putin praised Hungary. Hungary "
            "and Russia will meet again in May. " + sentence)
    scan = prefilter.scan(text)
    at = text.index(sentence)
    verdict = next(s.keep for s in scan.sentences if s.start <= at < s.end)
    assert verdict is kept
