"""Wrong sides, round 3 (nlp.arguments): a judgement of an act done TO someone is not aimed
at the one harmed ("condemned attacks on civilians in X", "opposed the use of force against
X") nor at the place a war goes on ("described the war in X as senseless"); the doer named
as the act's owner stays the target. Each table has rows that must keep the event."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)


def _roots(coder, make_article, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, cameo root) of the events coded from ``text``."""
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or "", e.cameo[:2])
            for e in coder.code(art).events if e.source is not None and e.target is not None}


# (sentence, a (source, target, root) it must not have): the harmed, or the war's place
HARMED = [
    ("Ghana and Senegal denounced the atrocities carried out against civilians in Sudan.",
     ("GHA", "SDN", "11")),
    ("Tokyo strongly opposed the use of lasers against Philippine coast guard ships.",
     ("JPN", "PHL", "11")),
    ("Ireland condemned the attacks on aid workers in Gaza.", ("IRL", "PSE", "11")),
    ("Brazil criticised the sanctions against Venezuela on Tuesday.", ("BRA", "VEN", "11")),
    ("The Chilean minister called the war in Ukraine senseless.", ("CHL", "UKR", "11")),
    ("Qatar's emir described the war in Sudan as a catastrophe.", ("QAT", "SDN", "11")),
    ("Mexico condemned the attacks against journalists in Ukraine.", ("MEX", "UKR", "11")),
]

# (sentence, an event it must keep): the act's owner is named
HARMED_KEPT = [
    ("Turkey criticised Russia's attacks on Ukrainian ports.", ("TUR", "RUS", "11")),
    ("Poland condemned Russian strikes against Ukraine.", ("POL", "RUS", "11")),
    ("Seoul condemned North Korea's missile launch on Friday.", ("KOR", "PRK", "11")),
    ("Canada condemned Iran's crackdown on protesters.", ("CAN", "IRN", "11")),
]


@pytest.mark.parametrize(("text", "row"), HARMED)
def test_nlp_prec21_harmed_not_target(coder, make_article, text, row) -> None:
    assert row not in _roots(coder, make_article, text)


@pytest.mark.parametrize(("text", "row"), HARMED_KEPT)
def test_nlp_prec21_harmed_owner_kept(coder, make_article, text, row) -> None:
    assert row in _roots(coder, make_article, text)


# (text, a (source, target, root) it must not have): a feeling with no object, joined to a
# second act of the same speaker ("was troubled and asked the parties to ..."), is not a
# judgement of whom that second act is aimed at
BARE_FEELING = [
    ("Armenia and Azerbaijan traded fire along their border on Tuesday. A spokesman for the "
     "U.N. chief said he was troubled and asked both sides to show restraint.",
     ("", "ARM", "11")),
    ("Kyrgyz and Tajik troops clashed on Friday. The Russian foreign minister said he was "
     "alarmed and asked both capitals to pull back their forces.", ("RUS", "TJK", "11")),
    ("Serbia and Kosovo traded accusations on Monday. The German envoy said she was worried "
     "and called on Belgrade to lower tensions.", ("DEU", "SRB", "11")),
]

# (text, an event it must keep): the feeling's own object, or the second act itself
BARE_FEELING_KEPT = [
    ("Armenia and Azerbaijan traded fire along their border on Tuesday. A spokesman for the "
     "U.N. chief said he was troubled and asked both sides to show restraint.",
     ("", "ARM", "02")),
    ("The Japanese minister said he was concerned about China's military build-up.",
     ("JPN", "CHN", "11")),
]


def _any_source(rows: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """``rows`` plus each row with its source blanked (an IGO source has no country)."""
    return rows | {("", t, c) for _, t, c in rows}


@pytest.mark.parametrize(("text", "row"), BARE_FEELING)
def test_nlp_prec21_bare_feeling_not_aimed(coder, make_article, text, row) -> None:
    assert row not in _any_source(_roots(coder, make_article, text))


@pytest.mark.parametrize(("text", "row"), BARE_FEELING_KEPT)
def test_nlp_prec21_bare_feeling_kept(coder, make_article, text, row) -> None:
    assert row in _any_source(_roots(coder, make_article, text))


# (sentence, an event it must have, one it must not): "its" in the cause phrase of a verb
# aimed at another side is that side's act, not the subject's
ITS_CAUSE = [
    ("Jordan broke off relations with Israel over its ground offensive in Gaza.",
     ("ISR", "PSE", "19"), ("JOR", "PSE", "19")),
    ("Canada imposed sanctions on Moscow over its invasion of Ukraine.",
     ("RUS", "UKR", "19"), ("CAN", "UKR", "19")),
    ("Belize broke off relations with Israel last week over its bombardment of Gaza.",
     ("ISR", "PSE", "19"), ("BLZ", "PSE", "19")),
]


@pytest.mark.parametrize(("text", "row", "wrong"), ITS_CAUSE)
def test_nlp_prec21_its_cause_owner(coder, make_article, text, row, wrong) -> None:
    got = _roots(coder, make_article, text)
    assert row in got
    assert wrong not in got


# (sentence, an event it must keep): "its" of the subject when no other side is aimed at
ITS_CAUSE_KEPT = [
    ("Germany praised Kenya for its mediation.", ("DEU", "KEN", "05")),
    ("Russia was condemned over its invasion of Ukraine.", ("RUS", "UKR", "19")),
    # ("its own": the subject's, said so)
    ("Tokyo offered the same reason for its own export curbs on Seoul.", ("JPN", "KOR", "16")),
]


@pytest.mark.parametrize(("text", "row"), ITS_CAUSE_KEPT)
def test_nlp_prec21_its_cause_kept(coder, make_article, text, row) -> None:
    assert row in _roots(coder, make_article, text)


# (sentence, a (source, root) it must not have): a past act listed after a reported modal
# clause ("..., said X should ..., and suspended ...") is the reporter's, not X's
LISTED_AFTER_SAID = [
    ("On Monday Hanoi expelled two Chinese diplomats, said Beijing's envoy must not return, "
     "and suspended all planned visits between the two countries.", ("CHN", "16")),
    ("Warsaw recalled its ambassador from Minsk, said Belarus's envoy should leave, and "
     "cancelled the talks planned between the two countries.", ("BLR", "16")),
    ("Rabat recalled its ambassador, said Algeria's envoy should not come back, and "
     "suspended all visits planned between the two governments.", ("DZA", "16")),
]


@pytest.mark.parametrize(("text", "row"), LISTED_AFTER_SAID)
def test_nlp_prec21_listed_after_said_source(coder, make_article, text, row) -> None:
    assert row not in {(s, c) for s, _, c in _roots(coder, make_article, text)}


# (sentence, an event it must have): the reporter's own listed act
LISTED_AFTER_SAID_KEPT = [
    ("On Monday Hanoi expelled two Chinese diplomats, said Beijing's envoy must not return, "
     "and suspended all planned visits between the two countries.", ("VNM", "CHN", "16")),
    ("Rabat recalled its ambassador, said Algeria's envoy should not come back, and "
     "suspended all visits planned between the two governments.", ("MAR", "DZA", "16")),
]


@pytest.mark.parametrize(("text", "row"), LISTED_AFTER_SAID_KEPT)
def test_nlp_prec21_listed_after_said_kept(coder, make_article, text, row) -> None:
    assert row in _roots(coder, make_article, text)


# (sentence, a (source, target, root) it must not have): praise told only of a case an "if"
# clause supposes is no praise of a side (nlp.screen)
SUPPOSED_PRAISE = [
    ("Pyongyang said the drills that Seoul holds with Washington raise tension, and that if "
     "they stopped there would be useful steps on the peninsula.", ("PRK", "USA", "05")),
    ("Tehran said the sanctions that Washington keeps on Iran hurt ordinary people, and that "
     "if they ended there would be very positive changes in the Gulf.", ("IRN", "USA", "05")),
    ("Minsk said the curbs that Vilnius placed on transit were unlawful, and that if they "
     "were dropped the results would be beneficial for both sides.", ("BLR", "LTU", "05")),
]

# (sentence, an event it must keep): praise of what a side did
SUPPOSED_PRAISE_KEPT = [
    ("The Qatari emir said Egypt's mediation had been very constructive.", ("QAT", "EGY", "05")),
    ("The Saudi minister said that if Tehran kept its promises, relations would be excellent, "
     "but said Iran's help in Yemen had been useful.", ("SAU", "IRN", "05")),
]


@pytest.mark.parametrize(("text", "row"), SUPPOSED_PRAISE)
def test_nlp_prec21_supposed_praise_not_coded(coder, make_article, text, row) -> None:
    assert row not in _roots(coder, make_article, text)


@pytest.mark.parametrize(("text", "row"), SUPPOSED_PRAISE_KEPT)
def test_nlp_prec21_supposed_praise_kept(coder, make_article, text, row) -> None:
    assert row in _roots(coder, make_article, text)
