"""Voices and judgements in reported speech (nlp.speech, coding/data/stance.yaml,
"# speech20"):

* an observer mission faulting the vote it watched ("monitors sent by the OSCE said the
  poll was marred by intimidation") criticises (111) the state that held the vote;
* harm said to have been avoidable had another side done its part ("could have been saved
  had Dhaka's alert system worked") is criticism (111) of that side;
* the time to leave an expulsion grants ("declared the envoy persona non grata and gave
  her 48 hours to go") is part of the expulsion, no demand (100) of its own;
* a side denying a deed of its own answers (016) the other side whose claim the sentence
  or the one before told, even when no charge was coded from it;
* a judgement of "the decision" whose latest maker was the speaker's own side is no
  judgement of an older decision of another side.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture(scope="module")
def rows(event_rows_all):
    """(source country, code, target country, status) of a one-text article."""
    return lambda text: event_rows_all(text, PUB, by="country", digits=3)


@pytest.mark.parametrize("text, expected", [
    ("Georgia voted on Saturday. OSCE observers said the election was marred by intimidation "
     "and vote buying.", ("OSCE", "111", "GEO", "happened")),
    ("Mozambique voted last week. The African Union mission said the polls were calm but "
     "regretted delays in the count.", ("AU", "111", "MOZ", "happened")),
    ("Zimbabwe held a presidential election on Wednesday. The head of the EU observer mission "
     "said the vote fell short of regional standards.", ("EU", "111", "ZWE", "happened")),
    ("Zimbabwe held a presidential election on Wednesday. Monitors sent by the EU said the "
     "ballot had been held in an atmosphere of fear.", ("EU", "111", "ZWE", "happened")),
])
def test_nlp_speech20_observers_fault_vote(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # praise, no fault
    "Kenya held elections on Tuesday. EU monitors said the vote was peaceful and well "
    "organised.",
    # no observer speaks: left to the other speech rules
    "Togo held a referendum on Sunday. Ghanaian traders said the vote had been marred by "
    "delays.",
    # the observers fault no vote
    "Iraq held elections in May. EU observers said the weather had been marred by dust "
    "storms.",
])
def test_nlp_speech20_observers_negative(rows, text):
    assert not any(c[1] == "111" and c[0] in ("EU", "GHA") for c in
                   rows(text))


@pytest.mark.parametrize("text, expected", [
    ("The UN said many lives could have been spared had Libya's forecasters done their "
     "job.", ("UNO", "111", "LBY", "happened")),
    ("The WHO said many of the victims could have been saved if Malawi's disaster agency had "
     "warned people.", ("WHO", "111", "MWI", "happened")),
    ("Islamabad said the losses might have been prevented had India shared the flood data "
     "in time.", ("PAK", "111", "IND", "happened")),
])
def test_nlp_speech20_avoidable_harm_criticises(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # no side in the condition
    "The UN said most deaths could have been avoided had the warnings been heeded.",
    # the speaker's own side
    "Pakistan said the losses might have been prevented had Pakistan's dams been finished.",
])
def test_nlp_speech20_avoidable_harm_negative(rows, text):
    assert not any(c[1] == "111" for c in rows(text))


@pytest.mark.parametrize("text, expulsion", [
    ("Mali declared the French ambassador persona non grata and gave her 72 hours to leave "
     "the country.", ("MLI", "161", "FRA", "happened")),
    ("Algeria expelled 12 French diplomats and gave them 48 hours to leave.",
     ("DZA", "161", "FRA", "happened")),
    ("The Foreign Office in Berlin said it was expelling the Chadian ambassador and giving "
     "her two days to depart.", None),
])
def test_nlp_speech20_expulsion_deadline_no_demand(rows, text, expulsion):
    codes = rows(text)
    assert not any(c[1] == "100" for c in codes)
    if expulsion is not None:
        assert expulsion in codes


def test_nlp_speech20_deadline_to_act_still_demand(rows):
    text = "Washington gave Caracas two weeks to release the prisoners."
    assert ("USA", "100", "VEN", "happened") in rows(text)


@pytest.mark.parametrize("text, expected", [
    ("Baghdad says the flow has dropped sharply; Ankara says a dry winter has left little to "
     "release, and denies that it is keeping water back.", ("TUR", "016", "IRQ", "happened")),
    ("Ethiopia says the dam poses no risk. Egypt says flows have fallen sharply, and Addis "
     "Ababa denies that it is filling the reservoir too fast.",
     ("ETH", "016", "EGY", "happened")),
    ("Kosovo said Serbian police had entered its territory. Belgrade denied that its officers "
     "had crossed the line.", ("SRB", "016", "XKX", "happened")),
])
def test_nlp_speech20_denial_answers_claim(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # no other side's claim told
    "The Philippine foreign minister visited Tokyo on Monday. China denied that it had built "
    "new structures on the reef.",
    # two other sides spoke: whose claim is open
    "Japan said the ship entered its waters, and Korea said it saw the same. China denied "
    "that its vessel had crossed the line.",
])
def test_nlp_speech20_denial_negative(rows, text):
    assert not any(c[1] == "016" for c in rows(text))


@pytest.mark.parametrize("text", [
    "Chile recalled its ambassador to Israel. Bolivia cut ties with Israel on Tuesday. A "
    "Bolivian minister said the decision had been taken in condemnation of what he called "
    "an aggressive offensive.",
    "Latvia decided last week to expel a Russian diplomat. Estonia decided on Monday to expel "
    "a Russian envoy. Tallinn said the decision had been taken in protest at what it called "
    "a hostile provocation.",
])
def test_nlp_speech20_own_decision_not_judged(rows, text):
    codes = rows(text)
    assert not any(c[1] == "111" and c[0] in ("BOL", "EST") and c[2] in ("CHL", "LVA")
                   for c in codes)


@pytest.mark.parametrize("text, expected", [
    ("Chad expelled the German ambassador. Berlin answered by ordering the Chadian envoy "
     "out, a step it said was a reply to the unjustified expulsion of its ambassador.",
     ("DEU", "111", "TCD", "happened")),
    ("Russia expelled two Estonian diplomats. Tallinn said it was expelling a Russian envoy "
     "in response to the groundless expulsion of its diplomats.",
     ("EST", "111", "RUS", "happened")),
    ("Iran seized a British tanker. Britain recalled its envoy over the illegal seizure of the "
     "tanker.", ("GBR", "111", "IRN", "happened")),
])
def test_nlp_speech20_act_named_unjust(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # no judging word on the act
    "Russia expelled two Estonian diplomats. Tallinn said it was expelling a Russian envoy in "
    "response to the expulsion of its diplomats.",
    # its own act
    "Seoul said it regretted that its unwarranted suspension of the talks had upset Tokyo.",
])
def test_nlp_speech20_act_named_unjust_negative(rows, text):
    codes = rows(text)
    assert not any(c[1] == "111" and c[0] in ("EST", "KOR") for c in codes)


def test_nlp_speech20_loss_denied_is_no_denial(rows):
    text = ("New Delhi said its air force had downed a Pakistani jet. Islamabad denied that one "
            "of its planes had been struck.")
    assert not any(c[1] == "016" for c in rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Niger's junta said on Monday that the French envoy must go within two days, over what "
     "it called his disrespectful conduct.", ("NER", "111", "FRA", "happened")),
    ("Mali ordered the French envoy out over what it called Paris's hostile remarks.",
     ("MLI", "111", "FRA", "happened")),
    ("Rabat suspended contacts with the German embassy, citing what it called Berlin's "
     "unacceptable interference.", ("MAR", "111", "DEU", "happened")),
])
def test_nlp_speech20_what_it_called(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # praise, no fault
    "Rabat renewed contacts with the German embassy, citing what it called Berlin's "
    "constructive approach.",
    # no judging word
    "Algeria recalled its ambassador to Madrid, citing what it called Spain's turnaround on "
    "the Sahara.",
])
def test_nlp_speech20_what_it_called_negative(rows, text):
    assert not any(c[1] == "111" for c in rows(text))
