"""Session 22 (prec29): false positives in sentences that hold another event.

* Trade told in the plain present with a share or a standing adverb -- "it imports most
  of its fuel from its neighbour", "mostly sells its oil to its neighbour" -- is
  how trade stands, no deal the story reports (nlp.screen._trade_share).
* An accusation, rejection or killing whose object is a group of people the resolver gave
  no side ("accused the groups of ...", "the rebels accused the army of ...") is aimed at
  them, not at the other side of the article (nlp.arguments._unplaced_group).
* The pre-filter knows irregular forms of trigger heads ("burnt", "leant", "got").

These load the real spaCy model (one coder for the session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 6, 10)


@pytest.fixture
def coded(sentence_rows):
    """(source country, CAMEO root, target country, status) of every event of ``text``."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, by="country", prefilter=False)}


@pytest.mark.parametrize("text, row", [
    # (plain present with a share of the goods: a standing fact)
    ("The Mongolian delegation noted that it imports most of its diesel from Russia.", None),
    ("Canada mostly sells its crude oil to the United States.", None),
    ("Pakistan buys most of its fighter jets from China.", None),
    ("Uruguay largely exports its beef to China.", None),
    # (a dated purchase of a share, a future sale, a bare present sale: kept)
    ("Peru bought half of Bolivia's wheat harvest in May.", ("PER", "06", "BOL", "happened")),
    ("Kazakhstan will sell 40 percent of its grain to China next year.",
     ("KAZ", "06", "CHN", "planned")),
    ("Chile sells copper to China.", ("CHL", "06", "CHN", "happened")),
])
def test_nlp_prec29_trade_share_is_no_event(coded, text, row):
    rows = coded(text)
    trade = {r for r in rows if r[1] in ("06", "07")}
    if row is None:
        assert not trade, rows
    else:
        assert row in trade, rows


@pytest.mark.parametrize("text, row", [
    # (a group of people no side was found for: no guess at the article's other side)
    ("Turkey and Iraq have quarrelled for months over the border. Iraq accused the groups "
     "of smuggling rifles into the country.", None),
    ("Mali and Algeria have quarrelled for months over the accord. The rebels accused the "
     "army of breaking the truce.", None),
    ("Nicaragua and the Vatican have quarrelled for years. Managua accuses Catholic clergy "
     "of having backed the protests.", None),
    # (the government, unnamed, is the other side)
    ("Turkey and Iraq have quarrelled for months over the border. Iraq accused the "
     "government of smuggling rifles into the country.", ("IRQ", "11", "TUR", "happened")),
    # (a named side is still found)
    ("Turkey and Iraq have quarrelled for months over the border. Iraq accused Ankara of "
     "smuggling rifles into the country.", ("IRQ", "11", "TUR", "happened")),
])
def test_nlp_prec29_unplaced_group_object(coded, text, row):
    rows = {r for r in coded(text) if r[1] == "11" and r[0] and r[2]}
    if row is None:
        # (a domestic reading, "the army" as the accuser's own, may stand)
        assert not {r for r in rows if r[0] != r[2]}, rows
    else:
        assert row in rows, rows


@pytest.mark.parametrize("sentence", [
    "Protesters burnt a Danish flag outside the Swedish embassy.",
    "Kyiv has leant on Berlin for months.",
    "Modi got a warm welcome from the Chinese leadership.",
])
def test_nlp_prec29_prefilter_irregular_forms(prefilter, sentence):
    assert prefilter.scan(sentence).sentences[0].eventful


@pytest.mark.parametrize("text, row", [
    # (forces placed on a side's soil to guard it: military protection)
    ("Last spring Spain and Italy stationed air defence units on Latvian soil to protect it.",
     ("ESP", "07", "LVA", "happened")),
    ("Britain deployed fighter jets to Poland to defend Polish airspace.",
     ("GBR", "07", "POL", "happened")),
    # (near a side, guarding one's own interests: a show of force)
    ("Russia deployed troops near Ukraine to protect its interests.",
     ("RUS", "15", "UKR", "happened")),
])
def test_nlp_prec29_forces_placed_to_protect(coded, text, row):
    assert row in coded(text)


@pytest.mark.parametrize("text, row, absent", [
    # (strikes on a neighbour's soil against the state's own armed foe: the foe is hit)
    ("Ankara, for its part, conducts its own air raids in northern Iraq against the "
     "Kurdistan Workers' Party, its foe for four decades.", ("TUR", "19", "TUR", "happened"),
     ("TUR", "19", "IRQ", "happened")),
    # (a named foreign force after "against" is still a foreign target)
    ("Ukraine launched drone strikes in Crimea against the Russian navy.",
     ("UKR", "19", "RUS", "happened"), None),
])
def test_nlp_prec29_strikes_against_home_foe(coded, text, row, absent):
    rows = coded(text)
    assert row in rows, rows
    assert absent is None or absent not in rows, rows


@pytest.mark.parametrize("text, row, absent", [
    # (the tour takes the guest on: the guest travels, not the host)
    ("President Hichilema on Tuesday hosted President Lula of Brazil in Lusaka, the first "
     "stop of a four-country tour that will also take the Brazilian president to Angola and "
     "Namibia.", ("BRA", "04", "AGO", "happened"), ("ZMB", "04", "AGO", "happened")),
])
def test_nlp_prec29_tour_takes_guest(coded, text, row, absent):
    rows = coded(text)
    assert row in rows, rows
    assert absent not in rows, rows


@pytest.mark.parametrize("text, row, absent", [
    # (the warning names the armed group it is aimed at: not the article's other side)
    ("Turkey and the United States discussed Syria on Monday. On Wednesday Foreign "
     "Minister Hakan Fidan warned that depots of the PKK across the border had become "
     "fair game for the Turkish army.", ("TUR", "13", "TUR", "happened"),
     ("TUR", "13", "USA", "happened")),
])
def test_nlp_prec29_warning_names_armed_group(coded, text, row, absent):
    rows = coded(text)
    assert row in rows, rows
    assert absent not in rows, rows
