"""Actors a sentence names that the argument search now pairs (link28): the host of a
gathering receives those a side clause says attended or joined it, or acted at it, and they
visit the host; a relative clause of signing on a pact noun names its parties; "met there
with their own chiefs" still pairs the subjects; "A and B each expelled the other's envoys";
"announced that they would keep their sanctions on X" after a coordinated subject; "objected
to X going it alone"; "condemned what it called provocations by X"; "X was the first to open
talks with Y".

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("host of talks a relative clause says were attended by",
     "Qatar hosted the talks on Tuesday, which were also attended by diplomats from Turkey "
     "and Germany.", ("QAT", "04", "TUR")),
    ("attender of hosted talks visits the host",
     "Qatar hosted the talks on Tuesday, which were also attended by diplomats from Turkey "
     "and Germany.", ("DEU", "04", "QAT")),
    ("talks hosted by A and joined by B",
     "The foreign ministers of Armenia and Azerbaijan held talks on Monday, in talks hosted "
     "by the United States and joined by France.", ("USA", "04", "FRA")),
    ("one who acts at a meeting a relative clause says was hosted by",
     "Japan's trade minister signed the accord in Wellington at a meeting of the commission, "
     "which was hosted by New Zealand's foreign minister.", ("NZL", "04", "JPN")),
    ("pact a pair phrase signed, in a relative clause",
     "Fiji's prime minister met Chinese Premier Li Qiang in Beijing on Monday. The security "
     "pact the two governments signed in 2011 has worried Australia.", ("FJI", "05", "CHN")),
    ("pact a pair phrase signed, main clause subject first",
     "Kenya's president met Ethiopia's prime minister in Nairobi on Friday. Under a water "
     "treaty the two countries signed in 1990, Ethiopia must share the river.",
     ("ETH", "05", "KEN")),
    ("each expelled the other's envoys",
     "Poland and Belarus each expelled five of the other's diplomats in 2021.",
     ("POL", "16", "BLR")),
    ("each expelled the other's envoys, the other way",
     "Poland and Belarus each expelled five of the other's diplomats in 2021.",
     ("BLR", "16", "POL")),
    ("their sanctions, said by a joined verb of a coordinated subject",
     "Canada, Australia and Japan condemned the test and announced that they would widen "
     "their sanctions on North Korea.", ("JPN", "16", "PRK")),
    ("objected to X going it alone",
     "Egypt and Sudan have objected to Ethiopia filling the dam on its own.",
     ("SDN", "11", "ETH")),
    ("what it called a deed by X",
     "Manila condemned what it called dangerous manoeuvres by the Chinese navy near the "
     "shoal.", ("PHL", "11", "CHN")),
    ("to counter what it called a deed by X",
     "The Polish foreign ministry asked for an urgent session of the alliance to counter what "
     "it called nuclear threats by the Kremlin.", ("POL", "11", "RUS")),
    ("the first to start talks with X",
     "Analysts expect that Chile will be the first to start talks with India.",
     ("CHL", "04", "IND")),
    ("the first leader to visit X",
     "Meloni was the first Western leader to visit Kyiv this year.", ("ITA", "04", "UKR")),
]

# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("host of talks receives no one of its own",
     "Qatar hosted the talks on Tuesday, which were attended by Qatari officials and Turkish "
     "diplomats.", ("QAT", "04", "QAT")),
    ("one side's relative clause of signing names no pair",
     "The grain deal Russia signed in 2022 has lapsed, Turkey said.", ("RUS", "05", "TUR")),
    ("met with people of no side's own",
     "The presidents of Kenya and Uganda met business leaders in Nairobi.",
     ("KEN", "04", "UGA")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link28_side_clause_pairs(pair_roots, label, text, want):
    assert want in pair_roots(text, PUBLISHED), label


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link28_side_clause_pairs_not_invented(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label


def test_coding_link28_met_with_their_chiefs(pair_roots):
    """"The ministers of A, B and C met there with their army chiefs": their own people came
    along, so each two of them met."""
    found = pair_roots("Last year the defence ministers of Russia, Iran and Syria met in "
                       "Tehran with their army chiefs.", PUBLISHED)
    assert {("RUS", "04", "SYR"), ("SYR", "04", "RUS")} & found
