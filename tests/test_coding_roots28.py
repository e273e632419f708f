"""Root rules of session 28 (roots28): a trigger firing with another root than the gold's.

* leaders who watch their officials sign documents are the parties of the agreement (057), as
  "witnessed the signing" is;
* an expulsion of a mission's people told as spies in its own clause is also the charge of
  spying (112) beside the expulsion (161);
* ", a charge the Rwandan government rejects": a state body told by its country's adjective
  denies a charge told before it (016), as a name does.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by country (conftest)."""
    return codes3(PUB)


def _check(got: set, present: list, absent: list, text: str) -> None:
    for row in present:
        assert row in got, (text, got)
    for row in absent:
        assert row not in got, (text, got)


@pytest.mark.parametrize("text, present, absent", [
    ("Argentina's president met the Brazilian president in Brasilia on Monday. The two "
     "presidents then watched their ministers sign a batch of trade documents.",
     [("ARG", "057", "BRA")], []),
    ("The Kenyan president received the Ethiopian prime minister in Nairobi on Friday. After "
     "the talks the two leaders watched officials sign an accord on road links.",
     [("KEN", "057", "ETH")], []),
    # watching something else is no signing
    ("The Kenyan president received the Ethiopian prime minister in Nairobi on Friday. The two "
     "leaders later watched a football match at the national stadium.",
     [], [("KEN", "057", "ETH"), ("ETH", "057", "KEN")]),
])
def test_coding_roots28_watched_signing(codes, text, present, absent):
    _check(codes(text), present, absent, text)


@pytest.mark.parametrize("text, present, absent", [
    ("Denmark on Tuesday expelled nine Russian embassy employees whom it called military "
     "intelligence officers.",
     [("DNK", "161", "RUS"), ("DNK", "112", "RUS")], []),
    ("Estonia declared two members of Russia's embassy staff persona non grata on Monday, "
     "saying they were spies working under diplomatic cover.",
     [("EST", "161", "RUS"), ("EST", "112", "RUS")], []),
    # an expulsion with no spying told is the expulsion only
    ("Lithuania expelled a Russian diplomat on Monday over remarks about the war.",
     [("LTU", "161", "RUS")], [("LTU", "112", "RUS")]),
])
def test_coding_roots28_spies_expelled(codes, text, present, absent):
    _check(codes(text), present, absent, text)


@pytest.mark.parametrize("text, present, absent", [
    # a charge a state body denies, the body told by its country's adjective
    ("Kinshasa accuses Rwanda of arming the rebels in the east, a charge the Rwandan government "
     "rejects.",
     [("COD", "112", "RWA"), ("RWA", "016", "COD")], []),
    # (a name still denies as before)
    ("Kinshasa accuses Rwanda of arming the rebels in the east, a charge Kigali rejects.",
     [("COD", "112", "RWA"), ("RWA", "016", "COD")], []),
])
def test_coding_roots28_charge_denied_by_body(codes, text, present, absent):
    _check(codes(text), present, absent, text)
