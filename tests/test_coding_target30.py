"""target30 (session 30): target parties the parser split from a trigger's prepositional
phrase -- "talks with A and with B", a list's last member hung on the verb."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2023, 11, 20)


@pytest.mark.slow
@pytest.mark.parametrize("text, want", [
    # the phrase repeated with its preposition: the first on the object, the second on the
    # verb ("held talks with A and with B")
    ("On the sidelines of the forum, South Korean Foreign Minister Park Jin held separate "
     "talks with Foreign Minister Yoko Kamikawa of Japan and with Foreign Minister Wang Yi of "
     "China.",
     {("KOR", "04", "JPN"), ("KOR", "04", "CHN")}),
    ("South Korea's foreign minister held separate talks with Japan's foreign minister and "
     "with China's foreign minister.",
     {("KOR", "04", "JPN"), ("KOR", "04", "CHN")}),
    # the last member of a list of people of states hung on the verb
    ("During the summit, President Xi met with President Cyril Ramaphosa of South Africa, "
     "President Lula of Brazil and Prime Minister Narendra Modi of India.",
     {("CHN", "04", "ZAF"), ("CHN", "04", "BRA"), ("CHN", "04", "IND")}),
])
def test_coding_target30_split_phrase_parties(pair_roots, text, want):
    got = pair_roots(text, D)
    assert want <= got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    # one phrase, one party: nothing added
    ("President Macron held talks with Chancellor Scholz in Berlin on Monday.",
     ("FRA", "04", "CHN")),
])
def test_coding_target30_split_phrase_parties_not_added(pair_roots, text, absent):
    assert absent not in pair_roots(text, D)


@pytest.mark.slow
def test_coding_target30_earlier_joined_phrase(coder):
    from detente.nlp.target_lists import earlier_joined_phrase

    doc = coder.nlp("South Korea's foreign minister held separate talks with Japan's foreign "
                    "minister and with China's foreign minister.")
    verb = next(t for t in doc if t.lemma_ == "hold")
    obj = next(t for t in doc if t.lower_ == "talks")
    last = [t for t in doc if t.dep_ == "pobj"][-1]
    if last.head.head.i != verb.i:
        pytest.skip("the model parses both phrases on one head")
    first = earlier_joined_phrase(verb, obj, last)
    assert first is not None and first.text == "minister" and first.i < last.i


@pytest.mark.slow
@pytest.mark.parametrize("text, want", [
    # a list's first member split off by the parser still belongs to the list "them" takes
    ("Indonesia, the Philippines and Vietnam protested against the new chart on Monday, and "
     "China urged them to stay calm.",
     {("CHN", "02", "IDN"), ("CHN", "02", "PHL"), ("CHN", "02", "VNM")}),
    ("Kenya, Uganda and Tanzania criticised the decision, and Washington urged them to "
     "reconsider.",
     {("USA", "02", "KEN"), ("USA", "02", "UGA"), ("USA", "02", "TZA")}),
])
def test_coding_target30_split_list_head(pair_roots, text, want):
    got = pair_roots(text, D)
    assert want <= got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, want", [
    # forces training, exercising or drilling with another side's forces: 062
    ("Some forty Canadian soldiers trained with Latvian troops near Riga last month.",
     ("CAN", "06", "LVA")),
    ("Indian troops trained alongside French soldiers in Rajasthan last month.",
     ("IND", "06", "FRA")),
    ("Japanese sailors drilled with Philippine coast guard crews off Manila on Tuesday.",
     ("JPN", "06", "PHL")),
])
def test_coding_target30_train_with(pair_roots, text, want):
    got = pair_roots(text, D)
    assert want in got, got
