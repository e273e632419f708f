"""trig29 (session 29): places named by a nationality adjective, a sea-named venue or a host;
gatherings attended by representing or chairing them; 'question' with what it doubts."""

from __future__ import annotations

import pytest

from detente.resolve.event_places import adjective_country
from detente.resolve.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("adjective, code", [
    ("Russian", "RUS"), ("Jordanian", "JOR"), ("Nigerian", "NGA"), ("Nigerien", "NER"),
    ("Italian", "ITA"), ("Ukrainian", "UKR"), ("Chinese", "CHN"), ("Lebanese", "LBN"),
    ("Turkish", "TUR"), ("Polish", "POL"), ("Israeli", "ISR"), ("Mexican", "MEX"),
    ("South Korean", "KOR"), ("North Korean", "PRK"), ("French", "FRA"), ("Saudi", "SAU"),
    ("Canadian", "CAN"), ("Dutch", "NLD"), ("Sri Lankan", "LKA"),
])
def test_coding_trig29_adjective_country(gazetteer, adjective, code):
    loc = adjective_country(adjective, gazetteer)
    assert loc is not None and loc.country == code


@pytest.mark.parametrize("word", ["Foreign", "capital", "Red", "Pacific", ""])
def test_coding_trig29_adjective_country_other_words(gazetteer, word):
    assert adjective_country(word, gazetteer) is None


def test_coding_trig29_gazetteer_capital(gazetteer):
    assert gazetteer.capital("RUS").name == "Moscow"
    assert gazetteer.capital("JOR").name == "Amman"
    assert gazetteer.capital("XXX") is None


def _places(coder, make_article, text):
    return {(e.source.country if e.source else None, e.cameo[:2],
             e.target.country if e.target else None,
             e.location.name if e.location else None,
             e.location.country if e.location else None)
            for e in coder.code(make_article(text)).events}


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    # "the <nationality> capital" is that country's capital
    ("The Indian foreign minister held talks with Sergei Lavrov in the Russian capital on "
     "Tuesday.", ("Moscow", "RUS")),
    ("Blinken met President Yoon Suk Yeol in the South Korean capital on Friday.",
     ("Seoul", "KOR")),
    ("Modi met Sheikh Tamim in the Qatari capital on Monday.", ("Doha", "QAT")),
    # a venue named after a sea is in the town its "of" phrase names
    ("King Abdullah met the Egyptian president in the Jordanian Red Sea resort of Aqaba.",
     ("Aqaba", "JOR")),
    ("Israeli and Palestinian officials met in the Egyptian Red Sea city of Sharm el-Sheikh.",
     ("Sharm el-Sheikh", "EGY")),
])
def test_coding_trig29_place_by_adjective_or_venue(coder, make_article, text, place):
    got = {p[3:] for p in _places(coder, make_article, text) if p[1] == "04"}
    assert place in got, got


@pytest.mark.slow
def test_coding_trig29_capital_money_is_no_place(coder, make_article):
    text = "The flight of Russian capital to Cyprus worried the central bank of Germany."
    assert not {p for p in _places(coder, make_article, text) if p[3] == "Moscow"}


@pytest.mark.slow
@pytest.mark.parametrize("text, place", [
    # talks a third state hosts are in its country, not in the dateline's city
    ("ANKARA, May 12 (Wire) -- The foreign ministers of Greece and Turkey held talks on "
     "Wednesday, in talks hosted by Russia.", "RUS"),
    # a "where" clause through "is due to hold"
    ("WELLINGTON, July 27 - Antony Blinken goes on to Brisbane on Friday, where he is "
     "due to hold talks with Australian ministers.", "AUS"),
    # a trip's "to" phrase, the where-clause hanging on its date
    ("MOSCOW, Sept 29 - Russia's deputy defence minister led a delegation to Benghazi in "
     "August, where he met Khalifa Haftar.", "LBY"),
])
def test_coding_trig29_dateline_is_not_the_place(coder, make_article, text, place):
    got = {p[4] for p in _places(coder, make_article, text) if p[1] == "04"}
    assert place in got, got


@pytest.mark.slow
def test_coding_trig29_host_in_dateline_country_keeps_the_city(coder, make_article):
    text = "DOHA, May 3 - Qatar hosted talks between Egypt and Sudan on Sunday."
    got = {p[3:] for p in _places(coder, make_article, text) if p[1] == "04"}
    assert got and all(loc == ("Doha", "QAT") for loc in got), got


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # representing one's state at a gathering abroad is attending it
    ("Vice President Kamala Harris represented the United States at the regional summit in "
     "Jakarta.", ("USA", "042", "IDN")),
    ("Putin was represented by his foreign minister at the G20 summit in New Delhi.",
     ("RUS", "042", "IND")),
    # chairing a gathering abroad, told in the passive
    ("The regional meeting in Jakarta was chaired by the Sultan of Brunei.",
     ("BRN", "042", "IDN")),
    # doubting the fairness or the handling of another side's acts
    ("Observers from the European Union questioned the transparency of the vote count in "
     "Sierra Leone.", ("EU", "111", "SLE")),
])
def test_coding_trig29_attend_and_question(coder, make_article, text, expected):
    events = coder.code(make_article(text)).events
    got = {(e.source.country if e.source else None, e.cameo,
            e.target.country if e.target else None) for e in events}
    assert expected in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The lawyer represented Iran at the hearing.",
    "Nigeria's president chairs the regional bloc this year.",
    "The two suspects from South Korea were questioned by Montenegrin police.",
])
def test_coding_trig29_no_attendance_or_doubt(coder, make_article, text):
    events = coder.code(make_article(text)).events
    assert not [e for e in events if e.root in ("04", "11")], events
