"""Session 23 (prec33): the wrong person linked to "he" in a sentence after one about someone
else's guests, visit or remarks.

* A sentence whose subject is a plural or a thing owned by a named person ("the premier's
  other visitors were welcomed more warmly", "the chancellor's trip ended early") makes that
  person whom a subject "he" in the next sentence stands for -- not the person who was the
  subject of the sentences before (nlp.actors.note_sentence, _owner_topic). One person told
  by office ("Putin's spokesman said ... He added") stays the office holder's own.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def coded(coded_codes):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_codes


_VISIT = ("Brazilian Foreign Minister Mauro Vieira arrived in New Delhi on Monday for two days "
          "of talks. Vieira spoke briefly with External Affairs Minister Subrahmanyam "
          "Jaishankar at the airport. ")


@pytest.mark.parametrize("text, expected, wrong", [
    # (the host's other guests: "he" is the host)
    (_VISIT + "Jaishankar's other visitors were received more warmly. On Tuesday he met "
     "Japan's Foreign Minister Yoko Kamikawa in the capital.", ("IND", "JPN"),
     ("BRA", "JPN")),
    # (a thing of the host's: his schedule)
    (_VISIT + "Jaishankar's schedule was crowded all week. On Tuesday he met Japan's Foreign "
     "Minister Yoko Kamikawa in the capital.", ("IND", "JPN"), ("BRA", "JPN")),
])
def test_nlp_prec33_owner_of_subject_is_he(coded, text, expected, wrong):
    rows = coded(text)
    pairs = {(c[0][:3], c[2][:3]) for c in rows if c[1].startswith("04")}
    assert expected in pairs, rows
    assert wrong not in pairs, rows


@pytest.mark.parametrize("text, expected", [
    # (one person told by office: "he" is still the earlier subject's side, never the owner)
    (_VISIT + "Jaishankar's spokesman described the talks as frank. On Tuesday he met Japan's "
     "Foreign Minister Yoko Kamikawa in the capital.", ("IND", "JPN")),
    # (the subject itself a person: as before)
    (_VISIT + "Vieira later visited a software park outside the city. On Tuesday he met "
     "Japan's Foreign Minister Yoko Kamikawa in the capital.", ("BRA", "JPN")),
])
def test_nlp_prec33_owner_rule_keeps_person_subjects(coded, text, expected):
    rows = coded(text)
    pairs = {(c[0][:3], c[2][:3]) for c in rows if c[1].startswith("04")}
    assert expected in pairs, rows


@pytest.mark.parametrize("text, expected, wrong", [
    # (the participle's doer is the subject of the clause above, past a dateline's city)
    ("PRAGUE, May 9 - Czechia's cabinet voted on Tuesday to send Ukraine its last eight L-159 "
     "light combat jets, becoming the third EU state to pledge Kyiv warplanes.",
     ("CZE", "074"), ("EU", "074")),
    ("Lisbon agreed on Monday to give Kyiv six Leopard tanks, becoming the latest NATO ally to "
     "promise Ukraine armour.", ("PRT", "0"), ("NATO", "0")),
])
def test_nlp_prec33_ranked_member_is_the_state(coded, text, expected, wrong):
    rows = coded(text)
    got = {(c[0][:3] if c[0][:3] != "NAT" else "NATO", c[1]) for c in rows}
    assert any(s == expected[0] and c.startswith(expected[1]) for s, c in got), rows
    assert not any(r[0] == wrong[0] and r[1].startswith(wrong[1]) for r in rows), rows



@pytest.mark.parametrize("text, expected, wrong", [
    # (a simple past joined to a perfect relative clause with no pronoun: the main clause's
    # subject did it, not the pair the relative clause names)
    ("Russian President Vladimir Putin flew to Minsk on Monday to see Alexander Lukashenko. "
     "After a long day of talks, Lukashenko called the pact the closest deal the two countries "
     "had ever signed and pledged firm backing for Moscow's campaign in Ukraine.",
     ("BLR", "032"), ("RUS", "032")),
    ("Ethiopia and Kenya signed a border accord in Nairobi on Tuesday. Ruto praised the accord "
     "the two neighbours have reached and urged Somalia to free the soldiers.",
     ("KEN", "020"), ("ETH", "020")),
])
def test_nlp_prec33_past_after_perfect_relative(coded, text, expected, wrong):
    rows = coded(text)
    assert any(c[0][:3] == expected[0] and c[1] == expected[1] for c in rows), rows
    assert not any(c[0][:3] == wrong[0] and c[1] == wrong[1] for c in rows), rows


_TRUCE = ("Kenya said on Friday that Ethiopia's army and a coalition of four ethnic armed groups "
          "had agreed to a temporary truce after talks in Nairobi. ")


@pytest.mark.parametrize("text, sides, wrong", [
    # ("ethnic armed groups" beside the state's army: the civil war's two sides, not the
    # article's two most named states)
    (_TRUCE + "According to a Kenyan envoy, both sides also promised to stay in contact "
     "through Nairobi.", {"ETHMIL", "ETHREB"}, "KEN"),
])
def test_nlp_prec33_armed_groups_are_a_side(coded, text, sides, wrong):
    rows = coded(text)
    kept = [c for c in rows if c[1].startswith("036")]
    assert kept and all({c[0], c[2]} == sides for c in kept), rows
    assert not any(c[1].startswith("036") and wrong in (c[0][:3], c[2][:3]) for c in rows), rows
