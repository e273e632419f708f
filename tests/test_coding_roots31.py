"""Trigger of another root only (roots31): frames whose root the lexicon chose wrongly.

* force used, threatened or held in reserve by a state or a bloc is military force (190,
  ``fight.use_military_force``, ``fight.use_of_force_n``, ``fight.resort_to_force``); tear
  gas stays 170. A warning (13x), or the force it holds out, whose own clause names no one is
  aimed at the side the verb it is joined to just named ("gave the generals ten days ... and
  warned that it might use force": ``events._warned_side``);
* forgiveness asked, begged or sought is an apology (055), not an appeal for aid (020);
* a charge a denier with an article rejects after a comma ("..., a charge the Kremlin
  rejects", the denial tagged a noun) is the denial (016) aimed at the accuser
  (``speech._charge_before``).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text`` (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    # force held out by a bloc, aimed at the side its other verb named
    ("ECOWAS gave Niger's junta ten days to step aside and warned that it could use force.",
     ("ECOWAS", "190", "NER")),
    ("ECOWAS gave Niger's junta ten days to step aside and warned that it could use force.",
     ("ECOWAS", "130", "NER")),
    # force used against a side named in the clause
    ("Washington said it would use force against Iran if talks failed.", ("USA", "190", "IRN")),
])
def test_coding_roots31_force(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, unexpected", [
    # tear gas is no military force
    ("Police in Nairobi used tear gas against the protesters.", "190"),
])
def test_coding_roots31_tear_gas_not_force(codes, text, unexpected):
    assert not any(c == unexpected for _s, c, _t in codes(text))


@pytest.mark.parametrize("text, expected, unexpected", [
    ("Visiting Windhoek, the German president asked the Namibian people for forgiveness for "
     "the colonial killings.", ("DEU", "055", "NAM"), ("DEU", "020", "NAM")),
])
def test_coding_roots31_forgiveness(codes, text, expected, unexpected):
    got = codes(text)
    assert expected in got
    assert unexpected not in got


@pytest.mark.parametrize("text, expected", [
    ("Chisinau has accused Moscow of plotting a coup against the government, a charge the "
     "Kremlin rejects.", ("RUS", "016", "MDA")),
])
def test_coding_roots31_charge_denied_after_article(codes, text, expected):
    assert expected in codes(text)
