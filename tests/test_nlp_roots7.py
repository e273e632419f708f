"""Sentence -> event tables for consultation and intent wordings that found no trigger
(session 10, roots7): staying, remaining or keeping in contact or in touch with a side (040),
a side's leaders or a body's meeting convened (040, hosted 043 at home), a side committed
to cooperation (031) or to dialogue (036) with another, and forces or a military presence
reduced, cut or drawn down (087, not reduced relations).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 9, 3)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- in contact / in touch with a side: consultation (040)
    ("remains in close contact", "Ghana remains in close contact with Togo about the border "
     "dispute.", {("GHA", "040", "TGO")}, set()),
    ("stayed in touch", "Uruguay stayed in touch with Paraguay throughout the floods.",
     {("URY", "040", "PRY")}, set()),
    ("agreed to keep in contact is an intent", "Latvia and Estonia agreed to keep in contact "
     "about the pipeline.", {("LVA", "036", "EST")}, {("LVA", "040", "EST")}),
    ("a contact lost with a ship names no side", "The navy lost contact with a Peruvian trawler "
     "near the islands.", set(), {("PER", "04", "PER")}),
    # -- leaders convened: a meeting, hosted at home (043)
    ("leaders convened at home", "The Gabonese president convened the leaders of Chad and "
     "Cameroon in Libreville on Sunday.", {("GAB", "043", "TCD"), ("GAB", "043", "CMR")},
     set()),
    ("a bloc's meeting convened at home", "Kenya convened a meeting of the East African "
     "Community in Nairobi.", {("KEN", "043", "EAC")}, set()),
    # -- committed to cooperation (031) or to dialogue (036) with a side
    ("remains committed to cooperation", "The Zambian government remains committed to "
     "practical cooperation with the African Union.", {("ZMB", "031", "AU")}, set()),
    ("committed to closer cooperation", "Laos is committed to closer cooperation with "
     "Cambodia, the minister said.", {("LAO", "031", "KHM")}, set()),
    ("committed to dialogue", "Armenia remains committed to dialogue with Turkey on the "
     "border question.", {("ARM", "036", "TUR")}, set()),
    # -- forces or a military presence reduced where they stand: de-escalation (087)
    ("troops reduced", "Washington reduced its troops in Niger last year.",
     {("USA", "087", "NER")}, {("USA", "16", "NER")}),
    ("forces drawn down", "The Pentagon drew down its forces in Iraq.",
     {("USA", "087", "IRQ")}, set()),
    ("military presence reduced by agreement is an intent", "Greece agreed to reduce its "
     "military presence in Cyprus.", {("GRC", "03", "CYP")}, {("GRC", "16", "CYP")}),
    ("a diplomatic presence reduced stays reduced relations", "Chile reduced its diplomatic "
     "presence in Nicaragua.", {("CHL", "16", "NIC")}, {("CHL", "087", "NIC")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots7_codes(check, label: str, text: str, present: set[Triple],
                          absent: set[Triple]) -> None:
    check(text, present, absent, label)
