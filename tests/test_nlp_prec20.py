"""Mentions that are no event the text reports, round 2 (nlp.screen): a tie told as ending
("would no longer recognise Taipei", "stopped sharing intelligence with Paris") is no act of
that tie; an agreement discussed or judged is not made by those who discuss it; one unnamed
member of a bloc ("its NATO ally") is not the bloc; a rally that a speaker addresses
("told a rally in Ohio", "made the remark at a rally") is the crowd of a speech, no protest
aimed at a side. Each table has rows that must keep the event."""

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


def _roots(rows, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, cameo root) of the events coded from ``text``."""
    return {(s, t, c[:2]) for s, t, c, _ in rows(text)}


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
    # the act as what a stop verb ends
    ("Nauru stopped recognising Taiwan on Monday.", ("NRU", "TWN", "05")),
    ("Niger ceased cooperating with France on counterterrorism.", ("NER", "FRA", "06")),
    ("Hungary said it would stop cooperating with Ukraine on energy.", ("HUN", "UKR", "03")),
    ("Burkina Faso has stopped sharing intelligence with Paris.", ("BFA", "FRA", "06")),
    ("Chad ceased to cooperate with the French army last year.", ("TCD", "FRA", "06")),
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
def test_nlp_prec20_no_longer_not_coded(rows, text, row) -> None:
    assert row not in _roots(rows, text)


@pytest.mark.parametrize(("text", "row"), NO_LONGER_KEPT)
def test_nlp_prec20_no_longer_kept(rows, text, row) -> None:
    assert row in _roots(rows, text)


# (sentence, an event it must not have): the rally, not the speech (coded by its own verb)
RALLY_ADDRESSED = [
    ("Trump told a rally in Ohio that China was cheating American workers.",
     ("USA", "CHN", "141")),
    ("Imran Khan told a rally in Lahore that India was plotting against Pakistan.",
     ("PAK", "IND", "141")),
    ("Erdogan told a big rally in Ankara that Israel behaved like a criminal state.",
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
def test_nlp_prec20_rally_addressed_not_coded(rows, text, row) -> None:
    assert row not in {r[:3] for r in rows(text)}


@pytest.mark.parametrize(("text", "row"), RALLY_KEPT)
def test_nlp_prec20_rally_kept(rows, text, row) -> None:
    assert row in _roots(rows, text)


# (sentence, an event it must not have): the discussers did not make the agreement
AGREEMENT_JUDGED = [
    ("The Greek minister discussed the deal with his Cypriot counterpart on Monday.",
     ("GRC", "CYP", "057")),
    ("The Egyptian minister said he had discussed the accord by phone with his Greek "
     "counterpart.", ("EGY", "GRC", "057")),
    ("Chile's foreign minister discussed the deal with her Peruvian counterpart on Monday.",
     ("CHL", "PER", "057")),
]

# (sentence, an event it must keep): the agreement names its own parties
AGREEMENT_KEPT = [
    ("The two ministers discussed the maritime accord between Ankara and Tripoli.",
     ("TUR", "LBY", "057")),
    ("Seoul reviewed the pact with Tokyo on Friday.", ("KOR", "JPN", "057")),
    ("Kenya and Somalia discussed the agreement signed in 2019 by the two governments.",
     ("KEN", "SOM", "057")),
]


@pytest.mark.parametrize(("text", "row"), AGREEMENT_JUDGED)
def test_nlp_prec20_agreement_judged_not_coded(rows, text, row) -> None:
    assert row not in {r[:3] for r in rows(text)}


@pytest.mark.parametrize(("text", "row"), AGREEMENT_KEPT)
def test_nlp_prec20_agreement_parties_kept(rows, text, row) -> None:
    assert row in {r[:3] for r in rows(text)}


# (sentence, a (source, target, root) it must not have): one member of a bloc, unnamed
ONE_MEMBER = [
    ("London voiced solidarity with its NATO ally after the attack.", ("GBR", "NATO", "05")),
    ("Paris said it would back its EU partner in the dispute with Ankara.", ("FRA", "EU", "03")),
    ("Berlin pledged to defend its NATO ally against any attack.", ("DEU", "NATO", "03")),
    ("Warsaw thanked its fellow EU member for the aid.", ("POL", "EU", "05")),
]

# (sentence, an event it must keep): the bloc named as one
ONE_MEMBER_KEPT = [
    ("Finland joined NATO on Tuesday.", ("FIN", "NATO", "05")),
    ("Kyiv thanked the EU for its support.", ("UKR", "EU", "05")),
    # the plural names the members as one (as the gold sets code "ECOWAS states")
    ("Vilnius thanked NATO allies for their support on Monday.", ("LTU", "NATO", "05")),
    ("Riga praised the European Union for its unity.", ("LVA", "EU", "05")),
    # a state's adjective names the member itself
    ("Washington said it would stand by its Polish ally.", ("USA", "POL", "03")),
    ("Paris pledged to stand with its Greek partner.", ("FRA", "GRC", "03")),
]


@pytest.mark.parametrize(("text", "row"), ONE_MEMBER)
def test_nlp_prec20_one_member_not_the_bloc(rows, text, row) -> None:
    assert row not in _roots(rows, text)


@pytest.mark.parametrize(("text", "row"), ONE_MEMBER_KEPT)
def test_nlp_prec20_bloc_named_kept(rows, text, row) -> None:
    assert row in _roots(rows, text)
