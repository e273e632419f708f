"""Session 21 (speech28): captives and denials whose sides the clause leaves unnamed.

* A release (or an arrest of people told again) that names neither the holder nor the
  people's country -- "three women in the group were freed", "several jailed opposition
  figures were freed" -- continues the captivity the article told last: its holder (a
  release is the holder's government's) and its captives, or the holder's own opposition
  or people when the phrase says so (nlp.captives.story_captivity).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 6, 10)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, digits=4, prefilter=False)}


@pytest.mark.parametrize("text, expected", [
    # (the holder told arresting foreigners; the release names neither side)
    ("Belarusian police arrested twelve Lithuanian lorry drivers at the border in March. "
     "Four men in the convoy were freed in May.", ("BLRGOV", "0841", "LTU")),
    # (a kidnapping told first: the kidnappers freed them)
    ("Gunmen of the Arakan Army abducted four Thai engineers in Myanmar last year. Two of the "
     "engineers were released on Tuesday.", None),
    # (the holder's own opposition, told by the phrase, after the holder was told jailing
    # foreigners)
    ("Belarusian police arrested twelve Lithuanian lorry drivers at the border in March. "
     "Several jailed opposition figures were freed on Wednesday.",
     ("BLRGOV", "0841", "BLROPP")),
])
def test_nlp_speech28_unnamed_release_continues_story(coded, text, expected):
    rows = coded(text)
    if expected is None:
        # (any release coded is between the kidnappers' side and the engineers' country)
        assert all(c[2][:3] == "THA" for c in rows if c[1] == "0841")
        return
    src, code, tgt = expected
    assert [c for c in rows if c[0] == src and c[1] == code and c[2].startswith(tgt)
            and c[3] == "happened"], rows


@pytest.mark.parametrize("text", [
    # (no captivity told before: nobody to continue)
    "Several jailed opposition figures were freed on Wednesday.",
    # (release asked for, not done)
    "Belarusian police arrested twelve Lithuanian lorry drivers at the border in March. "
    "Vilnius called for the release of the men.",
    # (a thing let go, no one held)
    "Belarusian police arrested twelve Lithuanian lorry drivers at the border in March. "
    "A video released by the Belarusian military on Monday showed the border post.",
    # (a named person the story never told held is someone else's captive)
    "Belarusian police arrested twelve Lithuanian lorry drivers at the border in March. "
    "Separately, Ivan Petrov was freed on Wednesday.",
])
def test_nlp_speech28_unnamed_release_negative(coded, text):
    assert not [c for c in coded(text) if c[1] == "0841"]


@pytest.mark.parametrize("text, expected", [
    # (an apposition names the one freed as the ruler's critic: the state's own opposition)
    ("Belarus has released Ales Kovalenko, the best-known critic of President Alexander "
     "Lukashenko, and flown him to Vilnius.", ("BLR", "0841", "BLROPP")),
    ("Azerbaijan freed Tofig Mammadli, a prominent critic of President Ilham Aliyev, on "
     "Monday.", ("AZE", "0841", "AZEOPP")),
])
def test_nlp_speech28_freed_critic_of_ruler(coded, text, expected):
    src, code, tgt = expected
    rows = coded(text)
    assert [c for c in rows if c[0].startswith(src) and c[1] == code and c[2] == tgt], rows


@pytest.mark.parametrize("text", [
    # (a critic of another state's ruler: not the holder's own opposition)
    "Belarus has released Ales Kovalenko, a critic of President Vladimir Putin, and flown him "
    "to Vilnius.",
])
def test_nlp_speech28_freed_critic_of_ruler_negative(coded, text):
    assert not [c for c in coded(text) if c[1] == "0841" and c[2].endswith("OPP")]
