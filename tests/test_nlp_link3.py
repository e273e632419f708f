"""Linking a speech act to the other party: a reported clause that names the speaker's own
side first, and speech joined to a meeting ("met X and said ...").

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

OWN_SIDE_FIRST_CASES = [
    ("continued support for", "Macron said France would continue its support for Armenia.",
     ("FRA", "ARM")),
    ("continued support for, plural name", "Kishida said Japan would continue its support "
     "for the Philippines.", ("JPN", "PHL")),
    ("own side wants to contain the other", "The Australian prime minister said Australia did "
     "not want to contain China.", ("AUS", "CHN")),
]


@pytest.mark.parametrize("name,text,pair", OWN_SIDE_FIRST_CASES,
                         ids=[c[0] for c in OWN_SIDE_FIRST_CASES])
def test_nlp_link3_reported_clause_names_the_other_side(triples, name, text, pair):
    got = triples(text)
    assert any((s, t) == pair for s, _, t in got), got


def test_nlp_link3_appeal_to_own_side_stays_dropped(triples):
    got = triples("The president urged Congress to approve more aid for Kyiv.")
    assert not any(r == "02" and t == "UKR" for _, r, t in got), got


def test_nlp_link3_relative_clause_inside_report_is_not_searched(triples):
    got = triples("A U.S. trade official said the rules concerned national security, "
                  "which Washington would never debate at the WTO.")
    assert not any(t == "WTO" for _, _, t in got), got


MET_AND_SAID_CASES = [
    ("met and said", "Wang Yi met Blinken and said he saw no need for a confrontation.",
     ("CHN", "01", "USA")),
    ("spoke and proposed", "Erdogan spoke by phone with Putin on Monday and proposed a "
     "new round of prisoner talks.", ("TUR", "03", "RUS")),
]


@pytest.mark.parametrize("name,text,triple", MET_AND_SAID_CASES,
                         ids=[c[0] for c in MET_AND_SAID_CASES])
def test_nlp_link3_speech_joined_to_a_meeting(triples, name, text, triple):
    got = triples(text)
    assert any((s, r[:2], t) == triple for s, r, t in got), got


HOSTED_GUESTS_CASES = [
    ("meeting of ministers", "Next month Poland will host a gathering of EU defence "
     "ministers in Krakow.", ("POL", "EU")),
    ("conference with envoys", "Brazil hosted a conference in Brasilia with envoys of about "
     "20 countries, including the United States.", ("BRA", "USA")),
]


@pytest.mark.parametrize("name,text,pair", HOSTED_GUESTS_CASES,
                         ids=[c[0] for c in HOSTED_GUESTS_CASES])
def test_nlp_link3_guests_named_in_what_is_hosted(triples, name, text, pair):
    got = triples(text)
    assert any((s, r[:2], t) == (pair[0], "04", pair[1]) for s, r, t in got), got


def test_nlp_link3_hosted_talks_on_a_topic_have_no_guest(triples):
    assert not triples("Japan hosted talks on Ukraine.")


@pytest.mark.parametrize("text,triple", [
    ("Scholz was in Beijing for talks with Xi Jinping.", ("DEU", "04", "CHN")),
    ("Two weeks later Modi was in Kyiv for talks with Zelenskiy.", ("IND", "04", "UKR")),
])
def test_nlp_link3_there_for_talks(triples, text, triple):
    got = triples(text)
    assert any((s, r[:2], t) == triple for s, r, t in got), got


@pytest.mark.parametrize("text,pair", [
    ("Iran's foreign minister warned that military action against Israel was possible "
     "within hours.", ("IRN", "ISR")),
    ("The Russian envoy warned that strikes against Ukraine's bridges would continue.",
     ("RUS", "UKR")),
])
def test_nlp_link3_warned_act_against(triples, text, pair):
    got = triples(text)
    assert any((s, r[:2], t) == (pair[0], "13", pair[1]) for s, r, t in got), got


def test_nlp_link3_warning_about_a_third_party_act_has_no_target(triples):
    got = triples("The Japanese minister warned that the economy would slow.")
    assert not any(r[:2] == "13" and t is not None for _, r, t in got), got


def test_nlp_link3_each_of_the_listed_places(triples):
    got = triples("Ecuador recalled its ambassadors in Venezuela, Nicaragua and Cuba.")
    assert {("ECU", "16", t) for t in ("VEN", "NIC", "CUB")} <= got, got
