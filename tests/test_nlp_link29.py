"""Session 22 (link29): argument linking.

* A relationship noun whose "between" phrase names two sides ("the restoration of relations
  between A and B", "the pact revived ties between A and B") makes them the sides of the act
  on it when no one else is named doing it (``ArgumentPicker._ties_between``).
* A noun of the act's aim or means with a "with" phrase ("vowed to open negotiations with
  B") names its partner (``ArgumentPicker._aimed_with``).
* A relative "which" the parser left outside a relative clause still stands for the name
  before its comma (``clauses.stray_relative_antecedent``).
* A person described by whom they stand against ("X, a critic of Israel") or where they are
  posted ("a former ambassador to China") is of neither side (``ActorResolver._search``).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)


@pytest.fixture
def pairs(sentence_rows):
    """(source country, 2-digit root, target country) of every two-sided event of ``text``."""
    return lambda text: {(s, c, t) for s, t, c, _st in sentence_rows(
        text, PUB, by="country", both=True, prefilter=False)}


@pytest.mark.parametrize("text, want", [
    # (the noun's "of" phrase is the relationship; nobody else restores it)
    ("Officials gave no date yet for the formal restoration of relations between Fiji and "
     "Cuba.", ("FJI", "05", "CUB")),
    # (a verb whose subject is no actor: the accord itself)
    ("The accord restored diplomatic relations between Oman and Jordan after a decade of "
     "silence.", ("OMN", "05", "JOR")),
])
def test_nlp_link29_ties_between_are_the_sides(pairs, text, want):
    rows = pairs(text)
    assert want in rows or (want[2], want[1], want[0]) in rows, rows


@pytest.mark.parametrize("text, unwanted", [
    # (a topic of talks someone else mediates: no one is said to establish anything yet)
    ("Washington is brokering negotiations about establishing formal relations between Oman "
     "and Jordan.", ("OMN", "05", "JOR")),
    # (a subject that is an actor keeps its act: Peru restores ties, not Chile with Bolivia)
    ("Peru restored the broken links between Chile and Bolivia, officials in Lima said.",
     ("CHL", "05", "BOL")),
])
def test_nlp_link29_ties_between_not_overreaching(pairs, text, unwanted):
    rows = pairs(text)
    assert unwanted not in rows and (unwanted[2], unwanted[1], unwanted[0]) not in rows, rows


@pytest.mark.parametrize("text, want, unwanted", [
    # (an intent whose aim names its partner in a "with" phrase)
    ("Bolivia's foreign minister agreed on Friday to seek a fishing deal with Chile within "
     "the month.", ("BOL", "03", "CHL"), None),
    ("Ecuador's president vowed on Monday to start negotiations with Peru before the end "
     "of the year.", ("ECU", "03", "PER"), None),
    # (the doer's own side named in the phrase is no partner)
    ("Ecuador's president vowed on Monday to start negotiations with Ecuadorean unions "
     "before the end of the year.", None, ("ECU", "03", "PER")),
])
def test_nlp_link29_aim_with_partner(pairs, text, want, unwanted):
    rows = pairs(text)
    if want is not None:
        assert want in rows, rows
    if unwanted is not None:
        assert unwanted not in rows, rows


@pytest.mark.parametrize("text, want", [
    # ("which" parsed as the auxiliary's subject, the clause joined to the main verb)
    ("Analysts said Vienna had moved to placate Canada, which has itself just expelled "
     "six Iranian envoys.", ("CAN", "16", "IRN")),
])
def test_nlp_link29_stray_relative_subject(pairs, text, want):
    assert want in pairs(text)


@pytest.mark.parametrize("text, word, unwanted", [
    ("Jorge Vidal, a fierce critic of Venezuela, said the vote had been a sham.", "Vidal",
     "VEN"),
    ("Peter Lund, a longtime opponent of Russia, warned of dire consequences.", "Lund", "RUS"),
    ("Tom Baker, a former ambassador to China, urged restraint.", "Baker", "CHN"),
])
def test_nlp_link29_stance_apposition_is_no_side(phrase_codes, text, word, unwanted):
    assert not any(c.startswith(unwanted) for c in phrase_codes(text, word))


@pytest.mark.parametrize("text, word, want", [
    # (the envoy's own state stays: "of Japan", and a nationality before the noun)
    ("Sara Kim, the envoy of Japan to Korea, praised the decision.", "Kim", "JPN"),
    ("Li Wen, the Chinese ambassador to Canada, rejected the charge.", "Wen", "CHN"),
])
def test_nlp_link29_envoy_keeps_own_state(phrase_codes, text, word, want):
    assert any(c.startswith(want) for c in phrase_codes(text, word))


@pytest.mark.parametrize("text, want", [
    # (a dateline the parser took for a second passive subject: the person's own state)
    ("QUITO, May 2 - Former Ecuadorean minister Luis Mora was extradited to Spain on Friday "
     "to stand trial for fraud.", ("ECU", "06", "ESP")),
    # (held in a state, then handed on: an extradition in a participle clause)
    ("Mora was detained in Colombia in 2019 in a joint police operation, extradited to Spain "
     "in 2021 and jailed in Madrid.", ("COL", "06", "ESP")),
    # (extradited from a state: by it, to the person's own)
    ("Former Chilean senator Ana Vidal was extradited from Argentina on Monday and taken to "
     "a prison near Santiago.", ("ARG", "06", "CHL")),
])
def test_nlp_link29_passive_extradition_sides(pairs, text, want):
    assert want in pairs(text)


@pytest.mark.parametrize("text, unwanted", [
    # (people no side is told to be: no guess at the article's other side)
    ("Turkey gave Syria a deadline to disarm Kurdish groups near the border. Ankara accused "
     "the groups of planning attacks on its soldiers.", ("TUR", "11", "SYR")),
])
def test_nlp_link29_charged_people_no_partner_guess(pairs, text, unwanted):
    assert unwanted not in pairs(text)


@pytest.mark.parametrize("text, want", [
    # (a thing the other side owns, or its government, keeps the partner)
    ("Peru and Chile held talks on the border on Monday. Lima accused the government of "
     "breaking the fishing accord.", ("PER", "11", "CHL")),
])
def test_nlp_link29_charged_government_keeps_partner(pairs, text, want):
    assert want in pairs(text)


def test_nlp_link29_pact_noun_with_partner_is_not_the_story_pair(sentence_rows):
    # (a pact noun with its own "with" phrase is not the pact the article told before)
    text = ("Kenya and Ethiopia signed a new trade pact in Nairobi on Monday. Chile rejected "
            "the proposed fishing deal with Peru.")
    rows = sentence_rows(text, PUB, "Chile", by="country", both=True, prefilter=False)
    assert not any({s, t} == {"KEN", "ETH"} for s, t, _c, _st in rows), rows


@pytest.mark.parametrize("text, want", [
    # (a list of subjects the parser split in two: the first, before its comma, acts too)
    ("Bogota, the European Union and United Nations monitors accuse Venezuela of sheltering "
     "armed groups near the border.", ("COL", "11", "VEN")),
])
def test_nlp_link29_split_subject_list(pairs, text, want):
    assert want in pairs(text)


@pytest.mark.parametrize("text, unwanted", [
    # (a dateline is no subject of the sentence's verb)
    ("QUITO, May 4 - Peru accused Colombia of sheltering armed groups near the border.",
     ("ECU", "11", "COL")),
])
def test_nlp_link29_dateline_is_no_subject(pairs, text, unwanted):
    assert unwanted not in pairs(text)


@pytest.mark.parametrize("text, want", [
    # (a leader attending a gathering held in another state's capital visits that state)
    ("Next week President Boric will take part in the regional summit of Andean states in "
     "Lima.", ("CHL", "04", "PER")),
])
def test_nlp_link29_gathering_attended_in_capital(pairs, text, want):
    assert want in pairs(text)


@pytest.mark.parametrize("text, unwanted", [
    # (a bloc meeting in a member's capital visits nobody)
    ("SADC leaders, meeting at a special summit in Harare on 12 March, agreed to send troops "
     "to the north.", ("SADC", "04", "ZWE")),
])
def test_nlp_link29_bloc_summit_is_no_visit(pairs, text, unwanted):
    assert unwanted not in pairs(text)
