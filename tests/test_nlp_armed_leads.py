"""Unnamed attackers in a wire lead: the dateline city parsed as a second subject, a
capitalised "Gunmen" tagged as a proper noun, and suicide attackers (1831) -- the attack is
the dateline country's rebels' against its own forces; a bomber with no "suicide" is an
aircraft."""

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 15)

CODED = [
    ("dateline lead, gunmen", "ISLAMABAD, June 14 - Gunmen attacked an army post on Monday.",
     ("PAKREB", "PAKMIL", "190")),
    ("dateline lead, armed men", "BAMAKO, May 3 - Armed men ambushed a police convoy near "
     "the border on Tuesday.", ("MLIREB", "MLICOP", "190")),
    ("dateline lead, suicide bomber", "ISLAMABAD, June 14 - A suicide bomber killed 12 "
     "soldiers in the northwest on Monday.", ("PAKREB", "PAKMIL", "1831")),
    ("suicide bomber, soldiers of a country", "A suicide bomber killed nine Nigerien "
     "soldiers near the Malian border.", ("NERREB", "NERMIL", "1831")),
    ("suicide bomber on an embassy", "A suicide bomber attacked a Russian embassy convoy "
     "in Kabul.", (None, "RUSGOV", "1831")),
]

NOT_SUICIDE = [
    ("aircraft bombers", "Russian bombers struck Ukrainian cities overnight.", "RUSMIL"),
    ("gunmen named by their group", "Hamas gunmen attacked an Israeli army post.", "PSEREB"),
]


@pytest.mark.parametrize(("label", "text", "want"), CODED, ids=[c[0] for c in CODED])
def test_nlp_armed_leads_coded(sentence_rows, label, text, want):
    rows = sentence_rows(text, PUBLISHED, digits=4)
    src, tgt, code = want
    assert any((src is None or s == src) and t == tgt and c.startswith(code)
               for s, t, c, _ in rows), (label, rows)


@pytest.mark.parametrize(("label", "text", "src"), NOT_SUICIDE, ids=[c[0] for c in NOT_SUICIDE])
def test_nlp_armed_leads_no_suicide_attack(sentence_rows, label, text, src):
    rows = sentence_rows(text, PUBLISHED, digits=4, prefilter=False)
    assert rows, label
    assert not any(c == "1831" for _s, _t, c, _ in rows), (label, rows)
    assert any(s == src for s, _t, _c, _ in rows), (label, rows)
