"""Denials, judgements in relative clauses and likenesses, pacts rejected (nlp.speech):

* a side denying a wrong of its own against the side that charged it is a denial (016),
  as examples/README.md "Charges denied" has it, not a criticism (111);
* "drills by ..., which Minsk described as preparations for an attack": the judgement of a
  relative clause is aimed at the doers of the act its antecedent names, also when the
  parser hangs the clause on the sentence's verb;
* "said Lima was acting like a rogue state": a side likened to a wrongdoer is judged (111),
  charged (112) when the likeness is a crime;
* a pact of two other sides rejected by a third ("Cairo also rejected the accord") is the
  third side's disapproval of both parties (111).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a wrong of one's own denied: a denial aimed at the accuser named in the clause
    ("Warsaw accused Prague of hiding the report. The Czech government denies that it "
     "withheld documents from Poland.", ("CZE", "016", "POL")),
    ("Bogota blamed Caracas for the border incident. Venezuela denied that its soldiers had "
     "crossed into Colombia.", ("VEN", "016", "COL")),
    # a judgement in a relative clause the parser hangs on the sentence's verb
    ("The exercise followed naval drills by Japanese and Australian warships last month, "
     "which Beijing described as preparations for an invasion.", ("CHN", "112", "JPN")),
    ("The exercise followed naval drills by Japanese and Australian warships last month, "
     "which Beijing described as preparations for an invasion.", ("CHN", "112", "AUS")),
    # ... or on its antecedent, the doers told as the subject of the verb it is the object of
    ("The test came days after Seoul and Washington held large-scale drills, which Pyongyang "
     "has described as rehearsals for an invasion.", ("PRK", "112", "USA")),
    ("It came after joint drills by Greek and Cypriot warships last week, which Ankara has "
     "described as preparations for an invasion.", ("TUR", "112", "CYP")),
    # a side likened to a wrongdoer: a crime is a charge, another wrong a criticism
    ("Lula said Israel was acting like a war criminal in Gaza.", ("BRA", "112", "ISR")),
    ("Zelensky told lawmakers in Kyiv that Russia was behaving like a terrorist state.",
     ("UKR", "112", "RUS")),
    # a pact of others rejected by a third side: both parties
    ("Rwanda and Uganda signed a border pact on Monday. Kenya rejected the pact as a threat "
     "to the region.", ("KEN", "111", "RWA")),
    ("Rwanda and Uganda signed a border pact on Monday. Kenya rejected the pact as a threat "
     "to the region.", ("KEN", "111", "UGA")),
    ("Kenya rejected the accord between Ethiopia and Eritrea.", ("KEN", "111", "ERI")),
    ("Kyiv signed a grain deal with Ankara. Russia rejected the deal.", ("RUS", "111", "TUR")),
    # rebels reject their own government's pact, not the one told last
    ("Ankara and Tripoli signed a maritime accord in November. Athens and Cairo signed a rival "
     "deal in August. The Libyan National Army of Khalifa Haftar also rejected the accord.",
     ("LBY", "111", "TUR")),
])
def test_nlp_speech7_coded(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unexpected", [
    # a denial is no criticism any more
    ("Warsaw accused Prague of hiding the report. The Czech government denies that it "
     "withheld documents from Poland.", ("CZE", "111", "POL")),
    # a side likened to a friend is not judged
    ("The minister said Kenya had acted like a good neighbour.", ("KEN", "111", "KEN")),
    ("Hanoi said Manila had acted like a true friend.", ("VNM", "111", "PHL")),
    # a likeness not said: no speaker, no judgement
    ("Lula did not say that Israel was acting like a war criminal.", ("BRA", "112", "ISR")),
    # a party rejecting its own pact withdraws from it: no disapproval of itself or its partner
    ("Kyiv signed a grain deal with Ankara. Ukraine later rejected the deal.",
     ("UKR", "111", "TUR")),
    ("Ankara and Tripoli signed a maritime accord in November. Athens and Cairo signed a rival "
     "deal in August. The Libyan National Army of Khalifa Haftar also rejected the accord.",
     ("LBY", "111", "GRC")),
    # a relative clause that praises
    ("The exercise followed naval drills by Japanese and Australian warships last month, "
     "which Beijing described as a routine matter.", ("CHN", "111", "JPN")),
])
def test_nlp_speech7_not_coded(coder, make_article, text, unexpected):
    assert unexpected not in _codes(coder, make_article, text)
