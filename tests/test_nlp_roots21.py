"""Engine leftovers, round 3 (nlp.events, nlp.rules): the verb "drill" is a show of force
(150) only with a military word or as the misread plural noun, not a well bored for gas or
oil; a "would" that another side's speaker reports is no announcement of the actor's own
(035/032); ties restored after a break, a rupture or a severance tell the earlier break
(161) between the same sides, dated by the break's own words."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)


@pytest.fixture(scope="module")
def rows(event_rows_all):
    """(source country, target country, cameo, status) of the events with both sides coded
    from ``text``."""
    return lambda text: {(s, t, c, st) for s, c, t, st in event_rows_all(
        text, PUB, by="country", digits=4) if s and t}


def _codes(rows, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, c) for s, t, c, _ in rows(text)}


# ---------------------------------------------------------------- drilling: force or a well
# (sentence, a (source, target, code) it must not have)
WELL_DRILLING = [
    ("Turkish ships were drilling for oil near Greece on Monday.", ("TUR", "GRC", "150")),
    ("An Italian firm is drilling near Libya's coast under a licence from Tripoli.",
     ("ITA", "LBY", "150")),
    ("Turkey began drilling for natural gas off Cyprus last week.", ("TUR", "CYP", "150")),
    ("Egypt has been drilling water wells near Sudan's border since March.",
     ("EGY", "SDN", "150")),
]

# (sentence, a (source, target, code) it must keep)
MILITARY_DRILLING = [
    ("Chinese forces were drilling near Taiwan on Tuesday.", ("CHN", "TWN", "150")),
    ("Russia's navy drilled near Japan for three days.", ("RUS", "JPN", "150")),
    ("The Russian troops drilling near Ukraine's border numbered 100,000.",
     ("RUS", "UKR", "150")),
    ("Chinese warships drills around Taiwan continued for a second day.",
     ("CHN", "TWN", "150")),
    ("Chinese coast guard vessels drilled near the Philippines' Scarborough Shoal.",
     ("CHN", "PHL", "150")),
]


@pytest.mark.parametrize(("text", "row"), WELL_DRILLING)
def test_nlp_roots21_well_drilling_no_force(rows, text, row) -> None:
    assert row not in _codes(rows, text)


@pytest.mark.parametrize(("text", "row"), MILITARY_DRILLING)
def test_nlp_roots21_military_drilling_kept(rows, text, row) -> None:
    assert row in _codes(rows, text)


# ---------------------------------------------------------------- "said X would": whose word
# (sentence, a (source, target, code) it must not have): a third side's forecast
FORECAST_BY_OTHER = [
    ("Hungarian officials said Sweden would extradite the suspects to Turkey.",
     ("SWE", "TUR", "031")),
    ("A Qatari envoy said Israel would lift the restrictions on Lebanese fishermen.",
     ("ISR", "LBN", "035")),
    ("Kenya's president said Ethiopia would recognise Somaliland within months.",
     ("ETH", "SOM", "032")),
    ("French diplomats said Germany would send tanks to Kyiv.", ("DEU", "UKR", "033")),
]

# (sentence, a (source, target, code) it must keep): the actor's own word
ANNOUNCED_BY_OWN = [
    ("Japan said it would lift the restrictions on Chinese seafood.", ("JPN", "CHN", "035")),
    ("Ethiopia's foreign ministry said Addis Ababa would recognise Somaliland.",
     ("ETH", "SOM", "032")),
    ("Ethiopian Prime Minister Abiy Ahmed said Ethiopia would recognise Somaliland.",
     ("ETH", "SOM", "032")),
    ("A Chinese spokesman said Beijing would take resolute measures against Manila.",
     ("CHN", "PHL", "130")),
    # the side acted on may relay what it was promised
    ("Kyiv's foreign minister said Berlin would send more tanks to Ukraine.",
     ("DEU", "UKR", "033")),
]


@pytest.mark.parametrize(("text", "row"), FORECAST_BY_OTHER)
def test_nlp_roots21_forecast_by_other_not_announced(rows, text,
                                                     row) -> None:
    assert row not in _codes(rows, text)


@pytest.mark.parametrize(("text", "row"), ANNOUNCED_BY_OWN)
def test_nlp_roots21_announced_by_own_side(rows, text, row) -> None:
    assert row in _codes(rows, text)


# ---------------------------------------------------------------- the break that ties end
# (sentence, (source, target, 161, happened), the break's date value)
BREAK_TOLD = [
    ("Bahrain and Qatar restored ties on Tuesday after a three-year rift.",
     ("BHR", "QAT"), "2020"),
    ("Morocco and Iran resumed relations severed in 2016.", ("MAR", "IRN"), "2016"),
    ("Djibouti and Eritrea normalized relations after a decade-long rupture that began in "
     "2008.", ("DJI", "ERI"), "2008"),
    ("Egypt and Turkey restored full ties after ten years of estrangement.",
     ("EGY", "TUR"), "2013"),
    ("Chad and Qatar agreed to restore diplomatic relations after a four-year break.",
     ("TCD", "QAT"), "2019"),
    ("Sudan and Iran resumed ties that were broken off in 2016.", ("SDN", "IRN"), "2016"),
    # the cutter named: its own act, in its direction (and no second one the other way)
    ("Iran and Saudi Arabia restored relations, which Riyadh cut in 2016.",
     ("SAU", "IRN"), "2016"),
]

# (sentence, a dyad that must have no 161)
NO_BREAK = [
    # the break is no part of the restoring
    ("Saudi Arabia restored ties with Iran, and the kingdom took a break from OPEC talks "
     "in 2019.", ("SAU", "IRN")),
    ("Iran restored ties with Saudi Arabia on Monday, while Bahrain's ties with Iran, "
     "severed in 2016, remain frozen.", ("IRN", "SAU")),
    # no ties restored
    ("Oman and Iran resumed flights after a two-year break caused by the pandemic.",
     ("OMN", "IRN")),
    # no time told for the break
    ("Jordan and Syria restored ties after a long rupture.", ("JOR", "SYR")),
    # the cutter's own act is coded once, in its direction
    ("Iran and Saudi Arabia restored relations, which Riyadh cut in 2016.", ("IRN", "SAU")),
]


def _breaks(coder, make_article, text: str) -> dict[tuple[str, str], str]:
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or ""): e.date.value or ""
            for e in coder.code(art).events if e.cameo == "161" and e.source is not None
            and e.target is not None and e.status.value == "happened"}


@pytest.mark.parametrize(("text", "dyad", "when"), BREAK_TOLD)
def test_nlp_roots21_break_told_by_restoring(coder_all, make_article, rows, text, dyad,
                                             when) -> None:
    assert any(r[2] == "054" for r in rows(text))
    assert _breaks(coder_all, make_article, text).get(dyad) == when


@pytest.mark.parametrize(("text", "dyad"), NO_BREAK)
def test_nlp_roots21_no_break_told(coder_all, make_article, text, dyad) -> None:
    assert dyad not in _breaks(coder_all, make_article, text)
