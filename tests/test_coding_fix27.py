"""Coding fixes (fix27).

* "called on" a titled person the tagger took for a place ("Patriarch Kirill") is a courtesy
  visit (042), as "called on the president" is; with a to-infinitive it stays an appeal (020);
* a surname after a ship noun names the ship ("the American destroyer Carney"), not the
  person of that surname in the knowledge base.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by actor code (conftest)."""
    return codes3(PUB, by="code")


@pytest.mark.parametrize("text, expected, absent", [
    ("In Moscow the Pope's envoy Matteo Zuppi called on Patriarch Kirill, the leader of the "
     "Russian Orthodox Church.", ("VATGOV", "042", "RUS"), "020"),
    ("Zuppi called on Patriarch Kirill of Russia to help free the children.",
     ("VATGOV", "020", "RUS"), "042"),
])
def test_coding_fix27_call_on_titled_person(codes, text, expected, absent):
    got = codes(text)
    src, code, tgt = expected
    assert any(s == src and c == code and (t or "").startswith(tgt) for s, c, t in got)
    assert not any(c == absent for _s, c, _t in got)


@pytest.mark.parametrize("text, source", [
    ("On Sunday the American destroyer Carney shot down three drones fired by the Houthis "
     "in Yemen.", "USAMIL"),
])
def test_coding_fix27_ship_name_not_person(codes, text, source):
    got = codes(text)
    assert any(s == source and c == "190" for s, c, _t in got)
    assert not any((s or "").endswith("ELI") for s, _c, _t in got)


def test_coding_fix27_two_by_two_meeting_once(coded_rows):
    # two ministers of one state meeting two of another: one meeting of the delegations,
    # not four of the ministers
    rows = coded_rows(PUB, by="code", digits=3)(
        "Antony Blinken and Lloyd Austin met Hayashi Yoshimasa and Hamada Yasukazu in "
        "Washington on Wednesday for their yearly security talks.")
    met = [r for r in rows if r[0] == "USAGOV" and r[1][:2] == "04" and r[2] == "JPNGOV"]
    assert len(met) == 1


@pytest.mark.parametrize("text", [
    "The alliance treaty commits Washington to defend the islands under Japan's control.",
])
def test_coding_fix27_binding_pledge_no_threat(codes, text):
    assert not any(c[:2] == "13" for _s, c, _t in codes(text))
