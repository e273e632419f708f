"""What the parties of a located meeting say and do there takes the meeting's place."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _places(coder, make_article, text, published):
    events = coder.code(make_article(text, published=published)).events
    return [(e.source.country if e.source else None, e.root,
             e.target.country if e.target else None,
             e.location.name if e.location else None) for e in events]


def test_nlp_scene_statements_at_the_meeting(coder, make_article):
    got = _places(coder, make_article,
                  "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in "
                  "Beijing on Sunday. Blinken urged China to release detained American "
                  "citizens. The Secretary also condemned Russia's attacks on Ukrainian "
                  "cities.", date(2023, 6, 19))
    urged = [g for g in got if g[:3] == ("USA", "02", "CHN")]
    assert urged and all(g[3] == "Beijing" for g in urged), got
    # the speaker was at the meeting: a statement about a third party is made there too
    condemned = [g for g in got if g[0] == "USA" and g[1] == "11" and g[2] == "RUS"]
    assert condemned and all(g[3] == "Beijing" for g in condemned), got


def test_nlp_scene_background_meeting_is_not_the_scene(coder, make_article):
    got = _places(coder, make_article,
                  "Chinese Foreign Minister Qin Gang met U.S. Ambassador Nicholas Burns in "
                  "Beijing on Monday. Qin said that since the meeting between Xi Jinping and "
                  "Joe Biden in Bali last November, ties had been damaged by Washington. "
                  "Qin urged the United States to stop interfering in China's affairs.",
                  date(2023, 5, 9))
    bali = [g for g in got if g[3] == "Bali"]
    assert bali and all(g[1] == "04" for g in bali), got  # only the Bali meeting itself
    urged = [g for g in got if g[:3] == ("CHN", "02", "USA")]
    assert urged and all(g[3] == "Beijing" for g in urged), got


def test_nlp_scene_recent_trip_told_undated(coder, make_article):
    """A trip told as last month, and what the traveller did there in undated sentences."""
    got = _places(coder, make_article,
                  "CIA Director William Burns travelled secretly to Beijing last month, a U.S. "
                  "official said on Friday. Burns met Chinese intelligence officials and "
                  "stressed the need to keep channels of communication open.",
                  date(2023, 6, 3))
    met = [g for g in got if g[:3] == ("USA", "04", "CHN")]
    assert met and all(g[3] == "Beijing" for g in met), got


def test_nlp_scene_pronoun_is_the_subject_of_the_clause_above(coder, make_article):
    """"he" in a clause hanging off one whose subject is a person told by title is that
    person, not the last person of the sentence before."""
    events = coder.code(make_article(
        "Secretary of State Antony Blinken arrived in Israel on Thursday. Earlier, the "
        "Secretary met Israeli President Isaac Herzog. The Secretary will fly to Cairo on "
        "Friday, where he is scheduled to meet Egyptian President Abdel Fattah al-Sisi.",
        published=date(2023, 10, 12))).events
    meets = [e for e in events if e.root == "04" and e.target and e.target.country == "EGY"]
    assert meets and all(e.source.country == "USA" for e in meets), [
        (e.source.code, e.cameo, e.target.code) for e in events]


def test_nlp_scene_bare_title_is_the_principal(coder, make_article):
    """"The Secretary" in a readout is its principal, not the counterpart who also holds a
    qualified "Secretary" title; "the Foreign Secretary" is the counterpart."""
    events = coder.code(make_article(
        "Secretary Blinken spoke today with Philippine Foreign Secretary Enrique Manalo. The "
        "Secretary reaffirmed the ironclad U.S. commitment to the Philippines. The Foreign "
        "Secretary thanked the United States for its support.",
        published=date(2023, 11, 20))).events
    got = {(e.source.country, e.target.country) for e in events
           if e.source is not None and e.target is not None and e.root != "04"}
    assert ("USA", "PHL") in got and ("PHL", "USA") in got, got


def test_nlp_scene_alleged_act_is_not_placed_at_the_meeting(coder, make_article):
    got = _places(coder, make_article,
                  "National Security Adviser Jake Sullivan held talks with Chinese Foreign "
                  "Minister Wang Yi in Malta last month. Xi Jinping has accused the United "
                  "States of blockading China.", date(2023, 10, 6))
    # the blockade is only alleged: it has no scene (session 11: "suppressing China" is no
    # longer coded, repression being of people)
    alleged = [g for g in got if g[0] == "USA" and g[2] == "CHN" and g[1] != "04"]
    assert alleged and all(g[3] is None for g in alleged), got


def test_nlp_scene_force_takes_its_target_place_not_the_dateline(coder, make_article):
    got = _places(coder, make_article,
                  "KYIV, June 6 (Detente Test Wire) -- Ukrainian Foreign Minister Dmytro Kuleba "
                  "met Polish Foreign Minister Zbigniew Rau in Kyiv on Tuesday. Russian "
                  "artillery shelled Kharkiv the same day.", date(2023, 6, 6))
    shelled = [g for g in got if g[0] == "RUS" and g[1] == "19"]
    assert shelled and all(g[3] == "Kharkiv" for g in shelled), got



@pytest.mark.parametrize("text, place", [
    ("Qatar mediated between Russia and Ukraine in Doha on Monday.", "Doha"),
    ("Egypt hosted talks between Israel and Jordan in Cairo on Monday.", "Cairo"),
    ("Turkey brokered talks between Russia and Ukraine in Istanbul on Tuesday.", "Istanbul"),
])
def test_nlp_scene_talks_between_two_parties_stay_where_held(coder, make_article, text, place):
    # only a trip to several countries is in each of them; a mediator or host acting toward
    # two parties is where the talks were held (and hosting them is no visit to either)
    got = [g for g in _places(coder, make_article, text, date(2023, 9, 21)) if g[1] == "04"]
    assert got and all(g[3] == place for g in got), got
    assert not any(g[0] in ("QAT", "EGY", "TUR") and g[1] == "04" and g[3] != place
                   for g in got), got


@pytest.mark.parametrize(("text", "meeting", "country"), [
    # a guest's country has a small town of the name; the meeting is in the great city
    ("Russian Foreign Minister Sergei Lavrov met U.S. Ambassador Lynne Tracy in Moscow on "
     "Tuesday.", ("RUS", "043", "USA"), "RUS"),
    # the target names no country (an organization): the article's countries decide
    ("Prime Minister Rishi Sunak hosted European Commission President Ursula von der Leyen in "
     "Windsor on Monday.", ("GBR", "043", "EU"), "GBR"),
])
def test_nlp_scene_same_named_places(coder, make_article, text, meeting, country):
    events = coder.code(make_article(text, published=date(2023, 5, 10))).events
    got = [(e.source.country, e.cameo, e.target.country, e.location.country if e.location
            else None) for e in events if e.source and e.target]
    assert (*meeting, country) in got, got
