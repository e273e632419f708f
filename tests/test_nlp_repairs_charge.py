"""Parse repair: ", a charge X denied" after a reported clause sums the clause up; the clause
stays the reporter's, and the charge is denied by X (016) while the reporter's accusation
(112) stands."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.repairs import mend_charge_appositions

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 15)

# (text, the reported verb, the reporter, speaker country, doer country); the model, unmended,
# hangs the reported clause on the denying verb or makes the charge the clause's object
MENDED = [
    ("Manila said a Chinese vessel had rammed a Philippine boat, a charge Beijing rejected.",
     "rammed", "said", "PHL", "CHN"),
    ("Seoul said North Korean troops had fired on a South Korean post, a claim Pyongyang "
     "denied.", "fired", "said", "KOR", "PRK"),
]

UNTOUCHED = [
    # already sound, or no charge summed up
    "Kyiv said Russian jets had bombed a hospital, an accusation Moscow rejected.",
    "Beijing rejected the charge on Tuesday, and Manila said it would protest.",
    "The ministry said the claim was false, a view the embassy shared.",
]


@pytest.mark.parametrize(("text", "verb", "reporter", "speaker", "doer"), MENDED,
                         ids=[m[1] for m in MENDED])
def test_nlp_repairs_charge_apposition_mended(coder, text, verb, reporter, speaker, doer):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_charge_appositions(coder.nlp(text)) == 1  # (the row needs the mend)
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.head.text == reporter and tok.dep_ == "ccomp", [
        (t.text, t.dep_, t.head.text) for t in doc]
    charge = next(t for t in doc if t.dep_ == "appos")
    assert any(c.dep_ == "relcl" for c in charge.children)


@pytest.mark.parametrize("text", UNTOUCHED)
def test_nlp_repairs_charge_apposition_left_alone(coder, text):
    with coder.nlp.select_pipes(disable=["detente_repairs"]):
        assert mend_charge_appositions(coder.nlp(text)) == 0


@pytest.mark.parametrize(("text", "verb", "reporter", "speaker", "doer"), MENDED,
                         ids=[m[1] for m in MENDED])
def test_nlp_repairs_charge_apposition_coded(sentence_rows, text, verb, reporter, speaker,
                                             doer):
    rows = sentence_rows(text, PUBLISHED, by="country", digits=3)
    assert (speaker, doer, "112", "happened") in rows, rows
    assert (doer, speaker, "016", "happened") in rows, rows
