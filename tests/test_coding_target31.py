"""Sides the resolver left unrecognised (session 31, target31).

Aides who each hold one office in their state ("the three national security advisers", "the
advisers condemned ...") stand for the states of the meeting told just before, as "the two
leaders" do.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 16)


@pytest.mark.parametrize(("text", "want"), [
    ("The national security advisers of Canada, Norway and Denmark met in Oslo on Tuesday "
     "for their first meeting of this kind.\n\nThe three advisers condemned Russia's repeated "
     "incursions in the Arctic.", [("CAN", "11", "RUS"), ("NOR", "11", "RUS"),
                                         ("DNK", "11", "RUS")]),
    ("National Security Adviser Jake Sullivan met his Indian counterpart Ajit Doval in "
     "Washington on Monday.\n\nThe two advisers agreed to hold regular talks on technology "
     "and defence.", [("USA", "03", "IND")]),
    ("National Security Adviser Jake Sullivan met his Indian counterpart Ajit Doval in "
     "Washington on Monday.\n\nThe advisers urged Pakistan to act against the militant "
     "groups on its soil.", [("USA", "02", "PAK"), ("IND", "02", "PAK")]),
])
def test_coding_target31_adviser_groups(coder, coded_pairs, text, want):
    got = coded_pairs(coder, text, PUB)
    for row in want:
        assert row in got, (row, got)


@pytest.mark.parametrize(("surface", "on", "code"), [
    ("Jawaharlal Nehru", date(1960, 9, 19), "INDGOV"),
    ("Ayub Khan", date(1960, 9, 19), "PAKGOV"),
    ("Ayub Khan", date(1955, 1, 1), "PAKMIL"),
    ("Rashida Tlaib", date(2023, 7, 19), "USALEG"),
    ("Sergei Nechayev", date(2023, 1, 26), "RUSGOV"),
    ("John Deng", date(2023, 6, 2), "TWNGOV"),
    ("DINA", None, "CHLSPY"),
    ("TEPCO", None, "JPNBUS"),
    ("YLB", None, "BOLBUS"),
    ("First Quantum", None, "CANBUS"),
    ("CBC group", None, "CHNBUS"),
    ("People's Republic", None, "CHN"),
])
def test_coding_target31_kb_entries(surface, on, code):
    from detente.coding.actors import default_kb

    kb = default_kb()
    entries = kb.find(surface)
    assert entries, surface
    e = entries[0]
    got = kb.code_at(e, on)[2] if e.roles else e.code
    assert got == code


def test_coding_target31_northern_irish_is_british():
    from detente.coding.actors import default_kb

    assert default_kb().adjective_country("Northern Irish") == "GBR"
