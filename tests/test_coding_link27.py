"""Actors there, not linked (link27): arguments the search missed although both sides are
named in the sentence. A past tense with a subject whose "by" phrase is a bare noun of means
("spoke by phone") is active, so its subject is the doer. A name joined to the verb's object
or phrase that carries its own time ("visited A in early May and B this week", "flies to A on
Monday and to B on Friday") is a further place visited, whatever the parser hung it on. A
pledge of one's own material help ("committed to giving X jets") is aimed where the help goes.
A deed of force told in a participle clause of an attack is done where the attack was.
A coercive means a verb acts "with" keeps its own phrase the parser hung on the verb ("hit
back with duties and bans on a range of X products": on X). Partners listed after a cue
("deepen cooperation, including with A and B") are those the act is with. Talks the parser
hung on the verb's object ("prepared the trip in talks with X") are the subject's.

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("spoke by phone, apposed name on the subject",
     "Norway's foreign minister, Anniken Huitfeldt, spoke by phone with her Polish "
     "counterpart on Monday.", ("NOR", "04", "POL")),
    ("gapped object with its own time",
     "The Kenyan president visited Brazil at the start of June and Chile later that month.",
     ("KEN", "04", "CHL")),
    ("gapped 'to' phrase with its own day",
     "Blinken travels to Egypt on Monday and to Jordan on Thursday.", ("USA", "04", "JOR")),
    ("pledge of one's own help, aimed where it goes",
     "Norway and Sweden on Monday committed to giving Ukraine two more air-defence batteries.",
     ("SWE", "03", "UKR")),
    ("participle deed of an attack",
     "Al-Shabaab gunmen attacked northern Kenya at dawn, killing five police officers and "
     "taking several teachers hostage.", ("SOM", "18", "KEN")),
    ("means with its phrase hung on the verb, counted goods",
     "Ankara hit back with duties and import bans on a range of Swedish products.",
     ("TUR", "16", "SWE")),
    ("partners after 'including with'",
     "Macron and Scholz agreed to expand naval cooperation, including with India and Vietnam.",
     ("FRA", "03", "VNM")),
    ("partner after 'especially with'",
     "Greece and Cyprus will deepen energy cooperation, especially with Egypt.",
     ("GRC", "03", "EGY")),
    ("talks hung on the object are the subject's",
     "Kuleba prepared the trip in talks with Blinken in Washington last month.",
     ("UKR", "04", "USA")),
]

# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("a real passive agent stays the doer",
     "The drone shot down by Turkish forces had flown in from Syria.", ("SYR", "19", "TUR")),
    ("no objection is no pledge",
     "Beijing would not object to assisting Haiti, its envoy told the council.",
     ("CHN", "03", "HTI")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link27_linked(pair_roots, label, text, want):
    assert want in pair_roots(text, PUBLISHED), label


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link27_not_invented(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label
