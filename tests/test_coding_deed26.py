"""Judgements of a deed told before by the verb of what was done (session 25, deed26).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source, target, CAMEO code prefix, status), a side of six letters
an actor code, else a country.

"condemned the attack", "criticised the law", "condemned the decision": the noun names an
act the article told earlier with another verb ("militants ambushed a convoy", "the law
the president signed", "announced that Paris would deliver arms"), and the judgement is
aimed at whoever did it (``rules.ACT_NOUN_VERBS``, read by
``ArgumentPicker._told_act_agents``). Negative rows: the noun's own phrase names the doer, or
nothing of that kind was told.

Aid pledged with no recipient named, in a story of a gathering for pledges named for a
country ("a donors' conference for Sudan", "the Conference on a Rebuilt Haiti"), goes to
that country (``onesided.pledging_beneficiary``); a sum pledged and a name stranded after
it in a gapped clause ("Japan pledged 3 billion dollars, the EU 2 billion") is another
pledger, not the one pledged to (``clauses.gapped_clauses``).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 11)

Row = tuple[str, str, str, str]

DEEDS = [
    # an assault told by what it did, judged as "the attack"
    ("Russian troops shelled a hospital in Kharkiv on Sunday, local officials reported. "
     "Poland condemned the attack in a statement.", "Poland condemned",
     [("POL", "RUS", "11", "happened")], []),
    # a law told by its signing, judged as "the law"
    ("Hungary's president signed a media law last week that critics say muzzles the press. "
     "Sweden and Denmark have criticised the law.", "Sweden and Denmark",
     [("SWE", "HUN", "11", "happened"), ("DNK", "HUN", "11", "happened")], []),
    # a decision told by its announcing
    ("Germany announced on Monday that it would send tanks to Ukraine. Moscow condemned "
     "the decision.", "Moscow condemned", [("RUS", "DEU", "11", "happened")], []),
    # the doer named in the noun's own phrase wins over the one told before
    ("Russian troops shelled a hospital in Kharkiv on Sunday, local officials reported. "
     "Poland condemned the Belarusian attack on the border post.", "Poland condemned",
     [], [("POL", "RUS", "11", "happened")]),
]


CONF = ("Donor governments met in Cairo on Tuesday for a pledging conference for Sudan, "
        "whose war has displaced millions. ")

PLEDGES = [
    (CONF + "Germany pledged 300 million euros, and Norway 150 million.", "Germany pledged",
     [("DEU", "SDN", "03", "happened"), ("NOR", "SDN", "03", "happened")],
     [("DEU", "NOR", "03", "happened")]),
    (CONF + "Japan announced an additional 50 million dollars.", "Japan announced",
     [("JPN", "SDN", "03", "happened")], []),
    # no gathering for pledges told: no recipient guessed
    ("Donor governments met in Cairo on Tuesday to discuss the war in Sudan. Japan pledged "
     "50 million dollars.", "Japan pledged", [], [("JPN", "SDN", "03", "happened")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted", DEEDS + PLEDGES)
def test_coding_deed26_judged_deed_doer(pair_rows, check_pairs, text: str, sentence: str,
                                        want: list[Row], unwanted: list[Row]) -> None:
    """The doer of a deed a definite noun refers back to is the judgement's target."""
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
