"""Session 23 (prec32): precision on unseen text -- words of an act used for no act.

* "hostile" describing a deed nobody judges ("soldiers lost to hostile attacks") is no
  disapproval; a step a side calls hostile, or hostile deeds it accuses another of, is;
* a warning that something is going on ("warning that the two neighbours were courting
  disaster") is no threat; a warning of what will happen is;
* fighting a scourge ("offered money to fight people trafficking") is no fight with a side.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, triple, present", [
    # a deed described, no judge and no addressee: no disapproval (failed before: RUS 11 LVA)
    ("Russia has put Latvia's foreign minister on a wanted list. The Kremlin said the "
     "officials were sought for hostile acts against war memorials and against Russia.",
     ("RUS", "11", "LVA"), False),
    # (failed before: UNO 11 MLI from the article's pair)
    ("The Security Council ended the UN mission in Mali on Friday at the request of the "
     "junta. The mission has lost more soldiers to hostile attacks than any other UN force.",
     ("UNO", "11", "MLI"), False),
    # a step a side calls hostile: disapproval by that side
    ("Moldova ordered Russia to cut the staff of its embassy in Chisinau on Tuesday, a step "
     "the Russian foreign ministry called hostile.", ("RUS", "11", "MDA"), True),
    # hostile deeds one side accuses another of
    ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing the kingdom of hostile "
     "actions against Algeria.", ("DZA", "11", "MAR"), True),
    # a course under way warned of: no threat (failed before: DEU 13 TUR)
    ("Germany's foreign minister toured Athens and Ankara on Monday, warning that the two "
     "neighbours were courting disaster in the Aegean.", ("DEU", "13", "TUR"), False),
    # what will happen if the other side goes on: a threat
    ("Germany's foreign minister warned Ankara on Monday that Turkey would face sanctions if "
     "the drilling went on.", ("DEU", "13", "TUR"), True),
    # a scourge fought: no fight with the side the story pairs (failed before: EU 19 TUN)
    ("The EU and Tunisia agreed a migration pact in Tunis in July. The three leaders first "
     "came to Tunis together in June, when Brussels offered 90 million euros to fight people "
     "trafficking and 120 million euros in budget support.", ("EU", "19", "TUN"), False),
    # troops fighting an armed group abroad: a fight
    ("Kenyan troops fought al-Shabaab militants inside Somalia on Sunday, the army said.",
     ("KEN", "19", "SOM"), True),
])
def test_nlp_prec32_deed_words(root_triples_all, text, triple, present):
    found = root_triples_all(text)
    assert (triple in found) is present, found
