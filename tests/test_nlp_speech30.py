"""Session 22 (speech30): releases of hostages whose sides the clause leaves unnamed.

* A release that names neither side, of people called hostages or held in an armed group's
  own land ("the first batch of hostages will be let go", "forty children held in Gaza
  will be freed"), is the armed group's, told as set against a state in the story (by an
  act between them or a mediator dealing with both), and frees the state's people
  (nlp.captives.armed_captivity).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

@pytest.fixture
def coded(coded_codes):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_codes


def _releases(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {((s or "")[:3] + ("REB" if (s or "").endswith("REB") else ""), (t or "")[:3])
            for s, c, t, _st in rows if c == "0841"}


MEDIATED = ("Egypt mediated between Israel and Hamas on Sunday, officials said. ")


@pytest.mark.parametrize("text, expected", [
    # (hostages: the armed group the mediator dealt with, freeing the state's people)
    (MEDIATED + "The first batch of hostages will be released on Thursday.",
     ("PSEREB", "ISR")),
    (MEDIATED + "Talks may resume once twenty more hostages are released.",
     ("PSEREB", "ISR")),
    # (people held in the armed group's own land)
    (MEDIATED + "Forty children held in Gaza will be freed over three days.",
     ("PSEREB", "ISR")),
])
def test_nlp_speech30_hostage_release_armed_holder(coded, text, expected):
    rows = coded(text)
    assert expected in _releases(rows), rows


@pytest.mark.parametrize("text", [
    # (no armed group told: nobody to hold the hostages)
    "Norwegian and Swedish ministers met in Oslo on Monday. Ten hostages were released on "
    "Friday.",
    # (prisoners held in the state's own jails are not the armed group's)
    MEDIATED + "Forty prisoners held in Israeli jails will be freed over three days.",
])
def test_nlp_speech30_hostage_release_negative(coded, text):
    rows = coded(text)
    assert not [r for r in _releases(rows) if r[0].endswith("REB")], rows


def _welcomes(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {((s or "")[:3], (t or "")[:3]) for s, c, t, _st in rows if c[:3] == "051"}


@pytest.mark.parametrize("text, expected", [
    # (a welcome of talks a third side brought about praises the facilitators' part)
    ("The African Union welcomed the talks facilitated in Nairobi by Kenya and Norway.",
     {("AU", "KEN"), ("AU", "NOR")}),
    ("Japan welcomed the negotiations mediated by Qatar on Monday.", {("JPN", "QAT")}),
])
def test_nlp_speech30_welcomed_facilitators(coded, text, expected):
    rows = coded(text)
    assert expected <= _welcomes(rows), rows


@pytest.mark.parametrize("text, absent", [
    # (a welcome denied is none)
    ("Japan did not welcome the talks mediated by Qatar on Monday.", ("JPN", "QAT")),
    # (a welcome of something hosted, not brought about between two others)
    ("Japan welcomed the summit hosted by Qatar on Monday.", ("JPN", "QAT")),
])
def test_nlp_speech30_welcomed_facilitators_negative(coded, text, absent):
    rows = coded(text)
    assert absent not in _welcomes(rows), rows
