"""Session 21 (speech28): captives and denials whose sides the clause leaves unnamed.

* A release (or an arrest of people told again) that names neither the holder nor the
  people's country -- "three women in the group were freed", "several jailed opposition
  figures were freed" -- continues the captivity the article told last: its holder (a
  release is the holder's government's) and its captives, or the holder's own opposition
  or people when the phrase says so (nlp.captives.story_captivity).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

@pytest.fixture
def coded(coded_codes):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_codes


def _has(rows, expected):
    """Whether one of ``rows`` has the expected source, code and target (by its start)."""
    src, code, tgt = expected
    return any(c[0] == src and c[1] == code and c[2].startswith(tgt) for c in rows)


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
    # (a critic of another state's ruler: not the holder's own opposition; the ruler's
    # opposition, RUSOPP, is what the apposition says)
    "Belarus has released Ales Kovalenko, a critic of President Vladimir Putin, and flown him "
    "to Vilnius.",
])
def test_nlp_speech28_freed_critic_of_ruler_negative(coded, text):
    assert not [c for c in coded(text) if c[1] == "0841" and c[2] == "BLROPP"]


def _mediations(rows: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s[:3], t[:3]) for s, c, t, _st in rows if c[:3] == "045"}


@pytest.mark.parametrize("text, expected", [
    # (a participle names the mediator of a process between the story's two sides)
    ("Armenia and Azerbaijan exchanged prisoners on Tuesday. The swap, mediated by Qatar, "
     "followed weeks of contacts.", {("QAT", "ARM"), ("QAT", "AZE")}),
    ("Ethiopian and Eritrean officials met in Asmara on Monday. The talks, facilitated by "
     "Kenya, lasted two days.", {("KEN", "ETH"), ("KEN", "ERI")}),
    # (the mediator named by the noun's "from" phrase, or its verb's)
    ("Greek and Turkish warships collided in the Aegean in August. Mediation has come from "
     "Berlin.", {("DEU", "GRC"), ("DEU", "TUR")}),
    # (the mediator found by the trigger, no side named: "its mediation")
    ("Iran released a Danish aid worker on Friday, and Denmark freed an Iranian diplomat. "
     "Oman's foreign ministry said the swap was arranged through its mediation.",
     {("OMN", "IRN"), ("OMN", "DNK")}),
])
def test_nlp_speech28_story_mediation(coded, text, expected):
    assert expected <= _mediations(coded(text))


@pytest.mark.parametrize("text, expected", [
    # (a government and its own rebels: a conflict at home mediated by a third state)
    ("Colombia's government held talks with the ELN rebels in Havana on Monday. The talks, "
     "facilitated by Norway, lasted three days.", {("NOR", "COL")}),
])
def test_nlp_speech28_home_mediation(coded, text, expected):
    assert expected <= _mediations(coded(text))


@pytest.mark.parametrize("text", [
    # (no two sides told: nothing to mediate between)
    "The talks, facilitated by Kenya, lasted two days.",
    # (the mediated deal only the ground of a side's own act on it)
    "Armenia and Azerbaijan exchanged prisoners on Tuesday. Azerbaijan later quit the "
    "border deal, brokered by Qatar last year.",
    # (a mediated truce told as expired)
    "Armenia and Azerbaijan exchanged prisoners on Tuesday. A truce brokered by Qatar in "
    "2021 expired in October.",
    # (a government's dealings with its own farmers are no conflict a third side mediates)
    "Colombia's government held talks with coffee farmers in Bogota on Monday. The talks, "
    "facilitated by Kenya, lasted three days.",
    # (mediation denied)
    "Armenia and Azerbaijan exchanged prisoners on Tuesday. Qatar said the swap had not been "
    "arranged through its mediation.",
])
def test_nlp_speech28_story_mediation_negative(coded, text):
    assert not [m for m in _mediations(coded(text)) if m[0] == "QAT" or m[0] == "KEN"]


@pytest.mark.parametrize("text, expected", [
    # ("it" after a sentence whose subject is a state's organ)
    ("Iran's navy gave a different account. In a statement, it said the Greek tanker had "
     "rammed an Iranian patrol boat.", ("IRNMIL", "112", "GRC")),
    # (a spokesman for "their" ministry: the side the sentence before told)
    ("The Taliban disputed this. A spokesman for their defence ministry said "
     "Pakistani troops had fired first.", ("AFGGOV", "112", "PAKMIL")),
])
def test_nlp_speech28_told_voice(coded, text, expected):
    rows = coded(text)
    assert _has(rows, expected), rows


@pytest.mark.parametrize("text", [
    # (the sentence before has no state voice as its subject)
    "The report gave a different account. In a statement, it said the Greek tanker had "
    "rammed an Iranian patrol boat.",
    # (a spokesman for a company is no state's voice)
    "The shipowners gave a different account. A spokesman for their insurer said Iranian "
    "boats had fired first.",
])
def test_nlp_speech28_told_voice_negative(coded, text):
    assert not [c for c in coded(text) if c[1] == "112"]


@pytest.mark.parametrize("text, expected", [
    # (no charge told in words: the measure that carried it)
    ("Estonia expelled two Russian diplomats on Monday for spying. Moscow rejected the "
     "accusations as absurd.", ("RUSGOV", "016", "EST")),
    ("Lithuanian police arrested a Belarusian journalist on spying charges. Minsk has denied "
     "the charges.", ("BLRGOV", "016", "LTU")),
])
def test_nlp_speech28_charges_denied_after_measure(coded, text, expected):
    rows = coded(text)
    assert _has(rows, expected), rows


@pytest.mark.parametrize("text", [
    # (the measure was the denier's own side's)
    "Russia expelled two Estonian diplomats on Monday. Moscow rejected the accusations as "
    "absurd.",
    # (an indefinite charge is no charge told before)
    "Estonia expelled two Russian diplomats on Monday. Moscow has rejected accusations of "
    "many kinds before.",
])
def test_nlp_speech28_charges_denied_after_measure_negative(coded, text):
    assert not [c for c in coded(text) if c[1] == "016" and c[2][:3] == "EST"]
