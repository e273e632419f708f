"""Cities the model does not tag as places are still a visit's destination; a capital an act
happened in is its scene, not its doer."""

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
             e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chinese President Xi Jinping visited Samarkand on Thursday.", "CHN", "UZB"),
    ("Indian Prime Minister Narendra Modi traveled to Marseille on Tuesday.", "IND", "FRA"),
    ("The Turkish president will travel to Lyon next week.", "TUR", "FRA"),
    ("The Brazilian foreign minister flew to Chennai on Sunday for talks.", "BRA", "IND"),
    # the verb's own "in" phrase, not the one of a noun after it
    ("The Indian prime minister arrived in Marseille on Monday after a stop in Egypt.", "IND",
     "FRA"),
])
def test_nlp_places5_untagged_city_is_visited_country(coder, make_article, text, source,
                                                      target):
    got = _events(coder, make_article, text)
    assert any(s == source and c.startswith("04") and t == target for s, c, t in got), got


@pytest.mark.parametrize("text", [
    # a person's name, a stoplisted surname, a city of the visitor's own country
    "The Chinese premier visited Reading on Friday.",
    "The French president traveled to Lyon on Monday.",
    "The Indian minister visited Austin Rivers at his home.",
])
def test_nlp_places5_no_visit_abroad(coder, make_article, text):
    got = _events(coder, make_article, text)
    assert not any(c.startswith("042") and t not in (None, s) for s, c, t in got), got


@pytest.mark.parametrize(("text", "not_source"), [
    ("Israel said the March 3 raid in Damascus that wounded four guards was a "
     "mistake.", "SYR"),
    ("The explosion near Kabul that killed three Pakistani soldiers was condemned.", "AFG"),
    ("A missile attack in Kyiv killed four people on Sunday.", "UKR"),
])
def test_nlp_places5_scene_is_not_the_doer(coder, make_article, text, not_source):
    got = _events(coder, make_article, text)
    assert not any(s == not_source and c[:2] in ("18", "19", "20") for s, c, _ in got), got


@pytest.mark.parametrize(("text", "source", "root"), [
    ("The regime in Damascus accused Turkey of aggression.", "SYR", "11"),
    ("Officials in Moscow criticized the United States on Monday.", "RUS", "11"),
    ("Russia's strike on Kyiv killed five people.", "RUS", None),
])
def test_nlp_places5_whose_phrases_still_name_the_doer(coder, make_article, text, source,
                                                       root):
    got = _events(coder, make_article, text)
    assert any(s == source and (root is None or c.startswith(root)) for s, c, _ in got), got
