"""Event extraction where the small model's parse of a news sentence goes astray: verbs
tagged as nouns, coordinated verbs that share one object, acts carried by a clause hung on a
document noun, things handed over to a receiver, efforts named by a compound, object
pronouns that stand for a country named before.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


PRESENT_CASES = [
    # (construction, text, triples that must be present)
    ("verb tagged as a plural noun after its subject",
     "The Kenyan government, therefore, rejects and condemns the Ugandan cabinet's ruling.",
     {("KEN", "12", "UGA"), ("KEN", "11", "UGA")}),
    ("headline verb after a plural subject",
     "Japan and Korea hand over urgently needed medical supplies to the Peruvian government.",
     {("JPN", "07", "PER"), ("KOR", "07", "PER")}),
    ("coordinated verbs share the object",
     "Serbian police detained and questioned a Croatian minister at the border.",
     {("SRB", "17", "HRV")}),
    ("coordinated verbs share the object, both coded",
     "Hungary criticized and rejected the Austrian proposal.",
     {("HUN", "11", "AUT"), ("HUN", "12", "AUT")}),
    ("document noun speaks for its issuer",
     "Amnesty International released a report accusing the Egyptian police of torture.",
     {("AMNESTY", "11", "EGY")}),
    ("resolution carrying the act",
     "The Arab League adopted a resolution condemning Israel over the raids.",
     {("LAS", "11", "ISR")}),
    ("thing handed over goes to the receiver",
     "Italy returned three stolen statues to the government of Greece.",
     {("ITA", "08", "GRC")}),
    ("receiver after a relative clause inside the thing",
     "France returned ancient masks that date back to the 12th century to Mexico.",
     {("FRA", "08", "MEX")}),
    ("receiver of a passive handover",
     "A stolen manuscript was returned by Spanish officials to Chilean authorities.",
     {("ESP", "08", "CHL")}),
    ("quantity head before what is given",
     "China gave to Laos some of the surplus military equipment.",
     {("CHN", "07", "LAO")}),
    ("effort named by a compound",
     "The Norwegian envoy ended mediation efforts in the Sudanese conflict.",
     {("NOR", "16", "SDN")}),
    ("object pronoun for a country named before",
     "Canada condemned Iran and said it would impose sanctions on it.",
     {("CAN", "11", "IRN"), ("CAN", "16", "IRN")}),
]


@pytest.mark.parametrize("name,text,present", PRESENT_CASES, ids=[c[0] for c in PRESENT_CASES])
def test_nlp_parse_robustness_event_found(triples, name, text, present):
    got = triples(text)
    assert present <= got, got


ABSENT_CASES = [
    # (construction, text, a triple that must not be found)
    # a list of deeds in an accusation is the one accusation
    ("no shared object inside an accusation",
     "Tehran accused Washington of isolating, encircling and choking Iran.",
     ("USA", "15", "IRN")),
    # two clauses, each with its own subject, do not share the object
    ("no shared object across subjects",
     "Ankara protested and Athens rejected the Turkish note.",
     ("TUR", "12", "TUR")),
    # "them" is the nearest plural noun, not the subject named before it
    ("pronoun agrees in number",
     "Portugal will open to twelve Atlantic harbours a permit scheme under which Spanish "
     "tourists may visit them.", ("ESP", "04", "PRT")),
]


@pytest.mark.parametrize("name,text,absent", ABSENT_CASES, ids=[c[0] for c in ABSENT_CASES])
def test_nlp_parse_robustness_no_event(triples, name, text, absent):
    assert absent not in triples(text)
