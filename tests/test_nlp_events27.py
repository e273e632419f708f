"""Engine gaps, session 19 round 3: a release noun that an appeal or demand asks for is not
a release (no 0841); a disapproving feeling about an attack ("alarmed by the storming of
the embassy by protesters") is aimed at the attack's doer, as a judging verb is; a courtesy
call with "upon" ("called upon the king at the palace") is a visit (042), as with "on"."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 5, 10)


@pytest.fixture
def rows(sentence_rows):
    """(source country, target country, CAMEO code, status) of the two-sided events."""
    return lambda text: sentence_rows(text, PUB, by="country", digits=4, both=True,
                                      prefilter=False)


@pytest.fixture
def coded(sentence_rows):
    """(source actor code, target actor code, CAMEO code, status) of the two-sided events."""
    return lambda text: sentence_rows(text, PUB, by="code", digits=4, both=True,
                                      prefilter=False)


def _has(found: set[tuple[str, str, str, str]], row: tuple[str, str, str]) -> bool:
    return any(f[:2] == row[:2] and f[2].startswith(row[2]) for f in found)


# ---------------------------------------------------------------- release asked for, not done
ASKED_RELEASE = [
    # (sentence, the appeal or demand it keeps (if coded), the release it must not have)
    ("Ottawa pressed for the release of two Canadians detained by China.",
     ("CAN", "CHN", "02"), ("CHN", "CAN", "0841")),
    ("Canada insisted on the release of the Canadian detainees by China.",
     None, ("CHN", "CAN", "0841")),
    ("Britain made a demand for the release of British sailors seized by Iran.",
     None, ("IRN", "GBR", "0841")),
    ("Canberra called for the release of an Australian writer jailed by China.",
     ("AUS", "CHN", "02"), ("CHN", "AUS", "0841")),
    ("Washington urged the release of three Americans imprisoned by Venezuela.",
     ("USA", "VEN", "02"), ("VEN", "USA", "0841")),
]

DONE_RELEASE = [
    # a release announced, welcomed or told as news is done
    ("Iran announced the release of two French citizens.", ("IRN", "FRA", "0841")),
    ("Macron welcomed the release of two French citizens by Iran.", ("IRN", "FRA", "0841")),
    ("The release of the German hostages by Iran was welcomed in Berlin.",
     ("IRN", "DEU", "0841")),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), ASKED_RELEASE)
def test_nlp_events27_asked_release_not_done(rows, text: str,
                                             kept: tuple[str, str, str] | None,
                                             dropped: tuple[str, str, str]) -> None:
    found = rows(text)
    assert kept is None or _has(found, kept), found
    assert not _has(found, dropped), found


@pytest.mark.parametrize(("text", "row"), DONE_RELEASE)
def test_nlp_events27_told_release_kept(rows, text: str, row: tuple[str, str, str]) -> None:
    assert _has(rows(text), row), rows(text)


# ---------------------------------------------------------------- feelings about an attack
FELT_ASSAULT = [
    # (sentence, the 111 row by actor code: at the attack's doer, not the place's government)
    ("Britain was troubled by the storming of the British embassy in Tehran by protesters.",
     ("GBR", "IRNCVL", "111")),
    ("The Indian government is alarmed by the attack on the Indian consulate in Kandahar by "
     "Taliban fighters.", ("INDGOV", "AFGMIL", "111")),
    ("Seoul was deeply concerned over the shelling of South Korean islands by North Korean "
     "artillery.", ("KORGOV", "PRKMIL", "111")),
]

NOT_AT_PLACE = [
    # (sentence, a 111 row it must not have: the government of where the attack was)
    ("Britain was troubled by the storming of the British embassy in Tehran by protesters.",
     ("GBR", "IRNGOV", "111")),
    ("The Indian government is alarmed by the attack on the Indian consulate in Kandahar by "
     "Taliban fighters.", ("INDGOV", "AFGGOV", "111")),
]


@pytest.mark.parametrize(("text", "row"), FELT_ASSAULT)
def test_nlp_events27_feeling_aims_at_doer(coded, text: str,
                                           row: tuple[str, str, str]) -> None:
    assert _has(coded(text), row), coded(text)


@pytest.mark.parametrize(("text", "row"), NOT_AT_PLACE)
def test_nlp_events27_feeling_not_at_place(coded, text: str,
                                           row: tuple[str, str, str]) -> None:
    assert not _has(coded(text), row), coded(text)


# ---------------------------------------------------------------- courtesy calls with "upon"
CALLED_UPON = [
    # (sentence, an event it must have)
    ("Foreign Minister Wang Yi called upon King Abdullah of Jordan at the palace.",
     ("CHN", "JOR", "042")),
    ("Prime Minister Modi called upon President Biden during his stay in Washington.",
     ("IND", "USA", "042")),
    ("The Indian minister called upon Sheikh Hasina, who welcomed him warmly.",
     ("IND", "BGD", "042")),
    # an infinitive, a modal relative clause or a country: what is asked
    ("The Turkish president called upon Emir Tamim of Qatar to mediate.", ("TUR", "QAT", "02")),
    ("Macron called upon Putin, who must end the war.", ("FRA", "RUS", "02")),
    ("The Egyptian government called upon Israel to halt the strikes.", ("EGY", "ISR", "02")),
]

NOT_CALLED_UPON = [
    ("The Turkish president called upon Emir Tamim of Qatar to mediate.",
     ("TUR", "QAT", "042")),
    ("Macron called upon Putin, who must end the war.", ("FRA", "RUS", "042")),
    ("The Egyptian government called upon Israel to halt the strikes.", ("EGY", "ISR", "042")),
    ("Foreign Minister Wang Yi called upon King Abdullah of Jordan at the palace.",
     ("CHN", "JOR", "020")),
]


@pytest.mark.parametrize(("text", "row"), CALLED_UPON)
def test_nlp_events27_called_upon(rows, text: str, row: tuple[str, str, str]) -> None:
    assert _has(rows(text), row), rows(text)


@pytest.mark.parametrize(("text", "row"), NOT_CALLED_UPON)
def test_nlp_events27_called_upon_not(rows, text: str, row: tuple[str, str, str]) -> None:
    assert not _has(rows(text), row), rows(text)


# ---------------------------------------------------------------- trade resumed, told by its noun
RESUMED_TRADE = [
    # (sentence, an event it must have): the subject's own phrase names the other side
    ("Indian imports of Russian oil resumed in March.", ("IND", "RUS", "085")),
    ("Japanese purchases of seafood from China resumed last week.", ("JPN", "CHN", "085")),
    ("Turkish purchases of Iranian gas have resumed after the repairs.", ("TUR", "IRN", "085")),
    ("Australian exports of barley to China have resumed.", ("AUS", "CHN", "061")),
    ("Brazilian beef shipments to Egypt resumed on Monday.", ("BRA", "EGY", "061")),
]

NOT_RESUMED_TRADE = [
    # (sentence, a row it must not have): no other side named, or no trade at all
    ("Chinese purchases have resumed.", ("CHN", "CHN", "0")),
    ("Talks between Serbia and Kosovo resumed on Monday.", ("SRB", "XKX", "085")),
    ("Russian shelling of Kharkiv resumed on Monday.", ("RUS", "UKR", "085")),
    ("Indian imports of Russian oil resumed in March.", ("RUS", "IND", "085")),
]


@pytest.mark.parametrize(("text", "row"), RESUMED_TRADE)
def test_nlp_events27_trade_resumed(rows, text: str, row: tuple[str, str, str]) -> None:
    assert _has(rows(text), row), rows(text)


@pytest.mark.parametrize(("text", "row"), NOT_RESUMED_TRADE)
def test_nlp_events27_trade_resumed_not(rows, text: str, row: tuple[str, str, str]) -> None:
    assert not _has(rows(text), row), rows(text)


# ---------------------------------------------------------------- the dateline's own place
DATELINES = [
    # (text, the country of the two-sided events' place)
    ("GENEVA, May 9 - Iran and the United States held talks on Tuesday, officials said.",
     "CHE"),
    ("GENEVA, March 2 - Washington and Tehran resumed indirect negotiations on Thursday.",
     "CHE"),
    ("VIENNA, June 3 - Iran and the United States held indirect talks on Saturday.", "AUT"),
    # a dateline that names its state keeps the town there (Geneva itself is curated as the
    # Swiss city, so the namesake is a Paris)
    ("PARIS, Texas, May 9 - France and the United States held talks on Tuesday.", "USA"),
]


def _places(coder_all, text: str) -> set[str | None]:
    from detente.ingest.repair import repair_text
    from detente.model import Article

    rep = repair_text(text)
    art = Article(id=Article.make_id(rep.text, None), title=None, text=rep.text,
                  published=PUB, origin="test", raw_text=text, repairs=rep.repairs,
                  skip_spans=rep.skip_spans)
    return {e.location.country if e.location else None for e in coder_all.code(art).events
            if e.source is not None and e.target is not None}


@pytest.mark.parametrize(("text", "country"), DATELINES)
def test_nlp_events27_dateline_place(coder_all, text: str, country: str) -> None:
    assert _places(coder_all, text) == {country}
