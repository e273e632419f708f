"""Meetings told twice in one sentence (a trip and the talks held on it), title-only parties
of a review ("The Chancellor and the President reviewed ..."), and meet6's three meeting
patterns now kept in patterns.yaml (welcome ceremony, review of ties, mediator)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder(coder_all):
    """Single sentences: no pre-filter (a whole article names the countries elsewhere)."""
    return coder_all


def _events(coder, make_article, text):
    events = coder.code(make_article(text, published=date(2024, 6, 3))).events
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.rule or "") for e in events]


@pytest.mark.parametrize(("text", "pair"), [
    ("President Gustavo Petro of Colombia visited Caracas in May and held talks with President "
     "Nicolas Maduro.", {"COL", "VEN"}),
    ("Foreign Minister Penny Wong will travel to Hanoi on Monday to meet Prime Minister Pham "
     "Minh Chinh.", {"AUS", "VNM"}),
    ("Turkish President Recep Tayyip Erdogan paid a state visit to Budapest, where he held "
     "talks with Prime Minister Viktor Orban.", {"TUR", "HUN"}),
])
def test_nlp_meet7_trip_and_its_talks_are_one_meeting(coder, make_article, text, pair):
    got = _events(coder, make_article, text)
    meetings = [g for g in got if g[1].startswith("04") and {g[0], g[2]} == pair]
    assert len(meetings) == 1, got


def test_nlp_meet7_talks_of_a_trip_still_pair_the_next_sentence(coder, make_article):
    text = ("President Gustavo Petro of Colombia visited Caracas in May and held talks with "
            "President Nicolas Maduro. The two leaders discussed the reopening of border "
            "crossings.")
    got = _events(coder, make_article, text)
    assert sum(1 for s, c, t, _r in got if c.startswith("04") and {s, t} == {"COL", "VEN"}) \
        == 2, got


def test_nlp_meet7_meetings_on_two_dates_stay_two(coder, make_article):
    text = ("Prime Minister Fumio Kishida met President Yoon Suk Yeol in Seoul on Sunday. "
            "Kishida and Yoon also met in Hiroshima in May.")
    got = _events(coder, make_article, text)
    assert sum(1 for s, c, t, _r in got if c.startswith("04") and {s, t} == {"JPN", "KOR"}) \
        == 2, got


@pytest.mark.parametrize(("text", "pair"), [
    ("Chancellor Olaf Scholz hosted Kenyan President William Ruto in Berlin on Friday. The "
     "Chancellor and the President reviewed cooperation on skilled migration.",
     ("DEU", "KEN")),
    ("Indian Prime Minister Narendra Modi received Sri Lankan President Ranil Wickremesinghe in "
     "New Delhi on Friday. The Prime Minister and the President reviewed progress on the "
     "ferry link.", ("IND", "LKA")),
])
def test_nlp_meet7_title_only_reviewers_are_the_people_introduced(coder, make_article, text,
                                                                  pair):
    got = _events(coder, make_article, text)
    assert any(r.startswith("consult.review") and (s, t) == pair for s, _c, t, r in got), got


@pytest.mark.parametrize(("text", "rule", "pair"), [
    ("Qatari Emir Sheikh Tamim bin Hamad Al Thani attended a welcoming banquet for President "
     "Joko Widodo of Indonesia in Doha on Monday.", "consult.welcome_banquet_n", ("QAT", "IDN")),
    ("Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier "
     "Gonzalez-Olaechea reviewed the state of relations in Lima on Thursday.",
     "consult.review_ties", None),
    ("Oman, long a quiet mediator between Iran and the United States, hosted the envoys.",
     "consult.mediator_n", None),
])
def test_nlp_meet7_meet6_patterns_come_from_the_data_file(coder, make_article, text, rule,
                                                          pair):
    from detente.coding.patterns import load_lexicon

    ids = {p.id for p in load_lexicon().patterns}
    assert {"consult.welcome_ceremony_n", "consult.welcome_banquet_n",
            "consult.welcome_reception_n", "consult.review_ties", "consult.mediator_n"} <= ids
    got = _events(coder, make_article, text)
    assert any(r.startswith(rule) and (pair is None or (s, t) == pair)
               for s, _c, t, r in got), got
