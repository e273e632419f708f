"""Multilateral events and international bodies (multi25, session 25).

* a court seated in The Hague that the text names by its seat only is the criminal court when
  the article tells of an arrest or a warrant (the court of states issues none);
* a summit attended "in the X capital" is a journey to that country (the host);
* a stand-in sent by a leader who skipped a gathering goes to its host ("skipped the summit
  in New Delhi, sending his foreign minister");
* a state "suspended from" a body with no agent named was suspended by that body (160);
* a chair or presidency of a body handed to another member is cooperation (050);
* a body walked out of is a body left (161); walking out of talks stays a protest;
* a state admitted "as a member of" a body joins it (057).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text`` (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    # the Hague court of an arrest story
    ("Russian President Vladimir Putin flew to Astana, his first trip abroad since judges "
     "in The Hague ordered his arrest.", ("ICC", "173", "RUS")),
    # a summit in a capital named by its country's adjective
    ("Vladimir Putin will attend a summit of the Eurasian Economic Union in the Kazakh "
     "capital next week.", ("RUS", "040", "KAZ")),
    # a stand-in sent to the gathering skipped
    ("The Chinese president skipped the summit in New Delhi, sending his foreign minister.",
     ("CHN", "042", "IND")),
    # suspended from a body
    ("Guinea has been suspended from ECOWAS since the coup.", ("ECOWAS", "160", "GIN")),
    # a chair handed over
    ("Finland handed the chairmanship of the Nordic Council to Sweden on Tuesday.",
     ("FIN", "050", "SWE")),
    ("Portugal handed over the rotating presidency to Slovenia in July.",
     ("PRT", "050", "SVN")),
    # a body walked out of
    ("Venezuela walked out of the Organization of American States in 2017.",
     ("VEN", "161", "OAS")),
    # admitted as a member
    ("Timor-Leste was formally admitted as the eleventh member state of ASEAN on Monday.",
     ("TLS", "057", "ASEAN")),
])
def test_coding_multi25_codes_multilateral_acts(codes, text, expected):
    assert expected in codes(text)


def test_coding_multi25_keeps_walkout_of_talks_a_protest(codes):
    rows = codes("The Iranian delegation walked out of the talks with the United States.")
    assert not any(c == "161" for _s, c, _t in rows)


def test_coding_multi25_hague_court_without_arrest_is_the_court_of_states(codes):
    rows = codes("Ukraine asked judges in The Hague to rule that Russia had broken the "
                 "genocide convention.")
    assert not any("ICC" in (s, t) for s, _c, t in rows)


@pytest.mark.parametrize("text", [
    # the body's leaders adopting its texts are its members, not the most named pair
    "Prime Minister Narendra Modi chaired the summit of the Shanghai Cooperation Organisation "
    "on Tuesday. Heads of every member government joined online. The leaders adopted a "
    "declaration on terrorism.",
])
def test_coding_multi25_body_leaders_are_no_pair(codes, text):
    assert not any(c == "057" for _s, c, _t in codes(text))


def test_coding_multi25_next_summit_host_receives_no_pair(codes):
    rows = codes("Joe Biden met Narendra Modi before the Group of 20 summit in New Delhi. "
                 "Xi Jinping stayed away. Brazil will host the next summit in 2024.")
    assert not any(s == "BRA" and c == "043" for s, c, _t in rows)


@pytest.mark.parametrize("text, expected", [
    # a condemnation of "it" in a clause joined to one that names the act
    ("Russia vetoed the resolution on Tuesday. The American envoy deplored the veto, and "
     "Japan and Italy condemned it too.", ("JPN", "111", "RUS")),
    # a warning joined to an act on the same side
    ("At a summit in Abuja, ECOWAS gave Guinea until March to set an election date, and "
     "warned that sanctions could follow.", ("ECOWAS", "130", "GIN")),
])
def test_coding_multi25_joined_clause_targets(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text", [
    "At a summit in Abuja, ECOWAS gave Guinea until March to set an election date.",
    "Kenya was admitted to the Commonwealth at a summit held in London.",
])
def test_coding_multi25_body_summit_frame_is_no_meeting(codes, text):
    assert not any(c.startswith("04") for _s, c, _t in codes(text))


PAUSED = ("The seven others (the United States, Canada, the five Nordic countries) suspended "
          "their participation in protest at Moscow's war.")


@pytest.mark.parametrize("text, expected", [
    # participation suspended in protest at a side's act: relations cut with that side
    (PAUSED, ("USA", "164", "RUS")),
    (PAUSED, ("CAN", "164", "RUS")),
    # the apposed list: a named group of states stands for each member
    (PAUSED, ("ISL", "164", "RUS")),
    (PAUSED, ("SWE", "164", "RUS")),
])
def test_coding_multi25_participation_paused_in_protest(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, expected", [
    # a text signed on the way to membership is signed with the body named before
    ("Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday. Laos "
     "signed a memorandum on its future membership at the meeting.", ("LAO", "057", "SCO")),
])
def test_coding_multi25_membership_text_signed_with_body(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text", [
    "The secretary of state is set to address a Security Council session on Friday.",
    "The Dominican president plans to address the General Assembly in New York next week.",
])
def test_coding_multi25_speech_to_a_body_is_no_event(codes, text):
    assert not any(c == "010" for _s, c, _t in codes(text))


def test_coding_multi25_bare_take_part_refused_is_aimed_at_host(codes):
    rows = codes("Vladimir Putin is set to attend a summit in the Kazakh capital next week. "
                 "The Armenian premier, Nikol Pashinyan, won't take part, aides said.")
    assert ("ARM", "125", "KAZ") in rows
