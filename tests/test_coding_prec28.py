"""Session 28 (prec28): false positives of the readable sets, by family.

* Staying away from a gathering the sentence told before ("prompting Estonia to boycott the
  gathering"): the side whose arrival prompted the boycott is no target; the host is, as
  the place the sentence's journey went tells it.
* Acts told in passing (nlp.screen_asides): a forecast credited in an "as" clause, a warning
  against a course naming no side, a speech to an audience, a material flow coordinated, a
  body's measure backed, a request whose asker the act it asked for names.
* A group's intent about "ties between A and B" is coded between A and B only.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, src, tgt", [
    ("Iran's foreign minister arrived in Austria on Monday for a conference of the "
     "International Atomic Energy Agency, prompting Israel to boycott the gathering.",
     "ISR", "AUT"),
    ("The Belarusian president flew to Hungary on Tuesday for a session of the Council of "
     "Europe, prompting Lithuania to boycott the meeting.", "LTU", "HUN"),
])
def test_coding_prec28_told_gathering_boycott_host(coded, has_event, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "125", tgt), rows
    assert not [r for r in rows if r[1].startswith("125") and not (r[2] or "").startswith(
        tgt)], rows


# acts told in passing (nlp.screen_asides): no event between two sides
@pytest.mark.parametrize("text, code", [
    ("Should Iran resume enrichment next month, as Israeli officials have warned, the "
     "inspectors would leave the country.", "13"),
    ("The Brazilian president visited Beijing in May, where he warned against a new era of "
     "economic dependence.", "13"),
    ("Poland has backed three rounds of European Union sanctions on Belarusian officials.",
     "05"),
    ("India also backed the International Monetary Fund programme for Sri Lanka approved in "
     "March.", "05"),
    ("Officials in Tokyo said the two navies were coordinating their shipments with Philippine "
     "authorities.", "05"),
    ("Qatar coordinates gas output with Moscow in the exporters' forum.", "05"),
    ("The Kenyan president later addressed members of the German parliament in Berlin.", "01"),
    ("Addressing the gathering in Vienna, Lavrov accused Western governments of bias.", "01"),
    ("Modi flies to Japan on Friday, where he is to meet Prime Minister Kishida and address "
     "members of the Indian diaspora.", "01"),
    ("The European Union's police agency has begun sending officers and vehicles to help "
     "Greece guard the border, at the request of the Greek government.", "02"),
])
def test_coding_prec28_aside_no_event(coded, text, code):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith(code)], rows


# the true events of the same words survive
@pytest.mark.parametrize("text, src, code, tgt", [
    ("Germany warned Iran on Monday that any reply to the arrests would be swift and firm.",
     "DEU", "13", "IRN"),
    ("Both prime ministers said Australia and Indonesia will coordinate closely on fisheries.",
     "AUS", "03", "IDN"),
    ("Spain backed Morocco's autonomy plan for the territory in March.", "ESP", "05", "MAR"),
    ("The Security Council will hold an urgent meeting on Monday at Ukraine's request.",
     "UKR", "02", "UNSC"),
    ("When gangs looted shops in Port Moresby last year, Australia sent police officers at "
     "Marape's request.", "PNG", "02", "AUS"),
])
def test_coding_prec28_aside_true_event_kept(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


GROUP_LEAD = ("The foreign ministers of Russia, Iran, Armenia and Azerbaijan met in Moscow on "
              "Friday. ")


def test_coding_prec28_group_intent_pair_between(codes3):
    """A group's agreement about "ties between A and B" is coded between A and B only; the
    others broker it."""
    rows = codes3(date(2025, 6, 10))(
        GROUP_LEAD + "The four agreed that experts would prepare a plan to normalise ties "
        "between Baku and Yerevan.")
    intents = {frozenset((s, t)) for s, c, t in rows if c.startswith("03")}
    assert intents == {frozenset(("ARM", "AZE"))}, rows


def test_coding_prec28_group_intent_all_pairs_kept(codes3):
    """With no pair named, the group's agreement stays one of every pair."""
    rows = codes3(date(2025, 6, 10))(
        "The foreign ministers of China, Japan and South Korea met in Busan. The three "
        "ministers agreed to speed up preparations for a trilateral summit.")
    intents = {frozenset((s, t)) for s, c, t in rows if c.startswith("03")}
    assert len(intents) == 3, rows
