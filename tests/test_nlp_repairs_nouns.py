"""Parse repair: a sentence's first word that is also a verb ("Aid") read as a clausal
subject with nothing of a clause is the noun subject, so the measure has its object."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.repairs import mend_noun_subjects

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 8, 5)

MENDED = [
    ("Aid to Niger was suspended by the United States.", ("USA", "NER", "16")),
    ("Aid to Mali was halted by the European Union.", ("EU", "MLI", "16")),
]

UNTOUCHED = [
    # a real clausal subject, or a noun already
    "Helping Ukraine was judged necessary by the ministers.",
    "Funding for Niger was cut by the United States.",
    "Talks with Iran were suspended by Britain.",
]


@pytest.mark.parametrize(("text", "row"), MENDED, ids=[m[0][:20] for m in MENDED])
def test_nlp_repairs_nouns_mended_and_coded(coder, sentence_rows, text, row):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_noun_subjects(coder.nlp(text)) == 1  # (the row needs the mend)
    doc = coder.nlp(text)
    assert doc[0].dep_ == "nsubjpass" and doc[0].pos_ == "NOUN"
    rows = sentence_rows(text, PUBLISHED, by="country")
    assert any((s, t, c) == row for s, t, c, _ in rows), rows


@pytest.mark.parametrize("text", UNTOUCHED)
def test_nlp_repairs_nouns_left_alone(coder, text):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_noun_subjects(coder.nlp(text)) == 0
