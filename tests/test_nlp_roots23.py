"""Sentence -> event tables for the roots23 trigger senses (the right verb read as the wrong
root, or no trigger at all):

- a deal, memorandum, mandate or lease a side lets lapse or allows to expire is cooperation
  rejected (121), as one not renewed (only with the lapsing verb: a deal let stand or reviewed
  is none; the deal itself, made before, is still told: 057);
- planes or flights of another state turned back are refused (120);
- what a "that" clause under a verb of demanding asks for in the bare form ("demanded that X
  free the crew") is no event of its own, whatever its root (examples/README.md: only the
  demand is coded);
- forces deployed with no place named in a story that told forces sent to a state (074), or
  the same side's forces leaving it (087), are sent there too (074): "Kenya deployed the first
  troops" after contingents arrived in Congo;
- forces that fly, move or pull out of a city, or withdraw from it, leave its country (087:
  the place's country; not their own country's town).

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status or None for any status); a two-character code is
compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, str, str, str | None]
Case = tuple[str, str, set[Row], set[Row]]

LAPSE: list[Case] = [
    ("let memorandum lapse", "Lima will let its port memorandum with Beijing lapse next year.",
     {("PER", "121", "CHN", None), ("PER", "057", "CHN", None)}, set()),
    ("allowed contract to expire", "Warsaw allowed the gas contract with Moscow to expire in "
     "2022.", {("POL", "121", "RUS", None)}, set()),
    ("allowed mandate to lapse", "Kinshasa allowed the mandate of the Kenyan force to lapse in "
     "December.", {("COD", "121", "KEN", None)}, set()),
    ("let treaty expire", "Washington let its arms treaty with Moscow expire in February.",
     {("USA", "121", "RUS", None)}, set()),
    # negative rows: a deal let stand or reviewed is not ended; sanctions allowed to lapse
    # are eased, not cooperation rejected
    ("let deal be reviewed", "Rome let its trade deal with Beijing be reviewed by experts.",
     set(), {("ITA", "121", "CHN", None)}),
    ("allowed delegation to enter", "Cairo allowed the Sudanese delegation to enter the hall.",
     set(), {("EGY", "121", "SDN", None)}),
    ("sanctions allowed to lapse", "Washington allowed its sanctions on Venezuelan oil to "
     "lapse.", set(), {("USA", "121", "VEN", None)}),
]

TURNED_BACK: list[Case] = [
    ("turned planes back", "Bogota turned the American deportation planes back on Sunday.",
     {("COL", "120", "USA", "happened")}, set()),
    ("turned back flights", "Caracas turned back two Colombian military flights.",
     {("VEN", "120", "COL", None)}, set()),
    ("turned back aircraft", "Khartoum turned back an Emirati cargo aircraft at the airport.",
     {("SDN", "120", "ARE", None)}, set()),
    # negative rows: a crowd or an idea turned back is no refusal of a state
    ("turned back protesters", "Serbian police turned back the protesters at the bridge.",
     set(), {("SRB", "120", "SRB", None)}),
    ("turned back the clock", "The Hungarian reform turned back the clock on Ukrainian "
     "schooling.", set(), {("HUN", "120", "UKR", None)}),
]

DEMANDED: list[Case] = [
    ("demanded that it free", "Paris demanded that Tehran free the French aid worker at once.",
     {("FRA", "10", "IRN", None)}, {("IRN", "08", "FRA", None)}),
    ("urged that they hold talks", "Berlin urged that Belgrade and Pristina hold talks in "
     "Vienna.", {("DEU", "02", "SRB", None)}, {("SRB", "04", "XKX", None)}),
    ("insisted that they meet", "The council insisted that Armenia and Azerbaijan meet in "
     "Brussels.", set(), {("ARM", "04", "AZE", None)}),
    ("insisted that it expel", "Kyiv insisted that Budapest expel the Russian envoy.",
     set(), {("HUN", "16", "RUS", None)}),
    ("urged that they impose", "Vilnius urged that Berlin impose sanctions on Minsk.",
     set(), {("DEU", "16", "BLR", None)}),
    ("demanded that it apologise", "Seoul demanded that Tokyo apologise to the victims.",
     set(), {("JPN", "05", "KOR", None)}),
    # a clause with its own tense or modal is told, not asked for
    ("said they would hold talks", "Berlin said that Serbia and Kosovo would hold talks in "
     "Vienna.", {("SRB", "04", "XKX", None)}, set()),
    ("said it would impose", "Berlin said that it would impose sanctions on Minsk.",
     {("DEU", "16", "BLR", None)}, set()),
]

HOSTED: list[Case] = [
    ("deployed first troops", "Ugandan contingents arrived in Somalia in March. Kenya "
     "deployed more soldiers in October.", {("KEN", "074", "SOM", "happened")}, set()),
    ("deployed soldiers", "Kenyan police arrived in Haiti in June. Jamaica deployed soldiers "
     "in July.", {("JAM", "074", "HTI", None)}, set()),
    ("should start deploying", "Rwandan troops arrived in Mozambique in July. SADC soldiers "
     "should start deploying next month.", {("SADC", "074", "MOZ", None)}, set()),
    ("later deployed a contingent", "Rwandan troops arrived in Mozambique in July. "
     "Botswana later deployed a contingent as well.", {("BWA", "074", "MOZ", None)}, set()),
    ("same side left before", "A Kenyan unit flew out of Bunia last week. Kenya had "
     "deployed soldiers a year earlier.", {("KEN", "074", "COD", None)}, set()),
    # negative rows: no forces sent before in the story; forces that left are no host; a
    # deployment with a place of its own keeps it
    ("no story", "Beijing deployed more troops on Monday.", set(),
     {("CHN", "074", "", None)}),
    ("after a withdrawal", "Russian troops pulled out of Armenia in May. Iran deployed "
     "troops on Tuesday.", set(), {("IRN", "074", "ARM", None)}),
    ("own place", "Kenyan police arrived in Haiti in June. Washington deployed a warship "
     "near the coast.", set(), {("USA", "074", "HTI", None)}),
]

OUT_OF_CITY: list[Case] = [
    ("battalion flew out of city", "A Kenyan battalion flew out of Goma on Friday morning.",
     {("KEN", "087", "COD", "happened")}, set()),
    ("soldiers moved out of town", "Burundian soldiers moved out of Uvira last week.",
     {("BDI", "087", "COD", None)}, set()),
    ("troops pulled out of city", "French troops pulled out of Timbuktu in 2021.",
     {("FRA", "087", "MLI", None)}, set()),
    ("troops withdrew from city", "Russian troops withdrew from Kherson in November.",
     {("RUS", "087", "UKR", None)}, set()),
    ("soldiers retreated from town", "Ethiopian soldiers retreated from Mekelle in June.",
     set(), {("ETH", "087", "ETH", None)}),
    # negative rows: a minister flying out of a capital, rockets fired out of a country,
    # troops marching from one country into another
    ("minister flew out of city", "The Chinese foreign minister flew out of Paris on Tuesday.",
     set(), {("CHN", "08", "FRA", None), ("CHN", "15", "FRA", None)}),
    ("rockets fired out of", "Hezbollah fired rockets out of Lebanon.", set(),
     {("LBN", "19", "LBN", None), ("LBN", "08", "LBN", None)}),
    ("marched from into", "Russian troops marched from Belarus into Ukraine.", set(),
     {("RUS", "08", "BLR", None), ("RUS", "15", "BLR", None), ("RUS", "19", "BLR", None)}),
]

ROWS = LAPSE + TURNED_BACK + DEMANDED + HOSTED + OUT_OF_CITY


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c.startswith(code))
               and (status is None or st == status) for s, r, c, t, st in got)


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots23_sentence_events(extracted_pairs, label: str, text: str,
                                     present: set[Row], absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
