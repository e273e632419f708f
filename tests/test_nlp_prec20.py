"""Mentions that are no event the text reports, round 2 (nlp.screen): a tie told as ending
("would no longer recognise Taipei") is no act of that tie; a rally that a speaker addresses
("told a rally in Ohio", "made the remark at a rally") is the crowd of a speech, no protest
aimed at a side. Each table has rows that must keep the event."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)


def _rows(coder, make_article, text: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, cameo, status) of the events coded from ``text``."""
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or "", e.cameo, e.status.value)
            for e in coder.code(art).events if e.source is not None and e.target is not None}


def _roots(coder, make_article, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, cameo root) of the events coded from ``text``."""
    return {(s, t, c[:2]) for s, t, c, _ in _rows(coder, make_article, text)}


# (sentence, a (source, target, root) it must not have)
NO_LONGER = [
    ("The Nauru cabinet said it would no longer recognise Taipei as a sovereign state.",
     ("NRU", "TWN", "03")),
    ("Ottawa said it would no longer cooperate with New Delhi on the investigation.",
     ("CAN", "IND", "03")),
    ("Hungary no longer buys crude oil from Iran, its trade minister told reporters.",
     ("HUN", "IRN", "06")),
    ("Kenya announced that it would no longer buy wheat from Ukraine.", ("KEN", "UKR", "03")),
    ("Riyadh said it would no longer meet Iranian envoys.", ("SAU", "IRN", "04")),
]

# (sentence, an event it must keep)
NO_LONGER_KEPT = [
    # aid told as no longer given is the aid stopped (rules.aid_stopped)
    ("Warsaw is no longer sending tanks to Kyiv, the Polish premier said on Wednesday.",
     ("POL", "UKR", "16")),
    ("Ottawa said it would cooperate with New Delhi on the investigation.",
     ("CAN", "IND", "03")),
    ("Nauru said on Monday that it would recognise Beijing.", ("NRU", "CHN", "03")),
]


@pytest.mark.parametrize(("text", "row"), NO_LONGER)
def test_nlp_prec20_no_longer_not_coded(coder_all, make_article, text, row) -> None:
    assert row not in _roots(coder_all, make_article, text)


@pytest.mark.parametrize(("text", "row"), NO_LONGER_KEPT)
def test_nlp_prec20_no_longer_kept(coder_all, make_article, text, row) -> None:
    assert row in _roots(coder_all, make_article, text)


# (sentence, an event it must not have): the rally, not the speech (coded by its own verb)
RALLY_ADDRESSED = [
    ("Trump told a rally in Ohio that China was cheating American workers.",
     ("USA", "CHN", "141")),
    ("Imran Khan told a rally in Lahore that India was plotting against Pakistan.",
     ("PAK", "IND", "141")),
    ("Erdogan told a huge rally in Istanbul that Israel was acting like a war criminal.",
     ("TUR", "ISR", "111")),
    ("Petro told a march in Bogota that Israel was committing genocide.",
     ("COL", "ISR", "111")),
]

# (sentence, an event it must keep)
RALLY_KEPT = [
    ("Thousands of Serbs held a rally in Belgrade against NATO on Sunday.",
     ("SRB", "NATO", "14")),
    ("Thousands of Iranians joined a rally outside the British embassy in Tehran.",
     ("IRN", "GBR", "14")),
    ("Thousands of Armenians staged a protest against Azerbaijan in Yerevan.",
     ("ARM", "AZE", "14")),
]


@pytest.mark.parametrize(("text", "row"), RALLY_ADDRESSED)
def test_nlp_prec20_rally_addressed_not_coded(coder_all, make_article, text, row) -> None:
    assert row not in {r[:3] for r in _rows(coder_all, make_article, text)}


@pytest.mark.parametrize(("text", "row"), RALLY_KEPT)
def test_nlp_prec20_rally_kept(coder_all, make_article, text, row) -> None:
    assert row in _roots(coder_all, make_article, text)
