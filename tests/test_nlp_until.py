"""An act in an "until" clause of the present tense is awaited, a condition of the main
clause (hypothetical), while the main act still happened; an "until" clause in the past tells
a done act."""

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 15)

AWAITED = [
    ("talks ruled out until troops leave", "Kyiv ruled out talks until Russian troops leave "
     "Ukrainian territory.", ("RUS", "UKR", "08"), ("UKR", "RUS", "12")),
    ("talks ruled out until rebels withdraw", "Sudan's army ruled out talks until the RSF "
     "withdraw from Khartoum.", ("SDN", "SDN", "08"), ("SDN", "SDN", "12")),
]


@pytest.mark.parametrize(("label", "text", "awaited", "held"), AWAITED,
                         ids=[c[0] for c in AWAITED])
def test_nlp_until_awaited_act_is_no_deed(sentence_rows, label, text, awaited, held):
    rows = sentence_rows(text, PUBLISHED, by="country")
    assert not any((s, t, c) == awaited and status == "happened"
                   for s, t, c, status in rows), (label, rows)
    assert any((s, t, c) == held and status == "happened" for s, t, c, status in rows), (
        label, rows)


def test_nlp_until_past_clause_keeps_its_status(sentence_rows):
    rows = sentence_rows("Kyiv ruled out talks until Russian troops pulled out of Kherson in "
                         "November 2022.", PUBLISHED, by="country")
    assert ("RUS", "UKR", "08", "happened") in rows, rows
