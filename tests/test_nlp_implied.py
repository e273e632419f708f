"""A party's claim that another side did a hostile act is its accusation (nlp.implied), and
force against a thing standing in a place is against the place's country (nlp.place_targets).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 9)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """The extractor on every sentence (the pre-filter's own tests cover what it keeps)."""
    return coder_all


def _events(coder, make_article, text):
    return coder.code(make_article(text, published=PUB)).events


def _triples(events):
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.rule) for e in events]


# (sentence, accuser, accused): a claim put first, by a state body, about another side's act
ACCUSED = [
    # a minister, "said on <day> that", past perfect, an act noun ("arson attacks")
    ("Poland's interior minister said on Tuesday that Russian agents had carried out a string "
     "of arson attacks in Warsaw.", "POL", "RUS"),
    # a ministry, present tense "says", a show of force
    ("Japan's defence ministry says Chinese warships entered its territorial waters near the "
     "Senkaku Islands.", "JPN", "CHN"),
    # "told reporters that", sabotage (171)
    ("Estonia's prime minister told reporters that Moscow had sabotaged the undersea cable.",
     "EST", "RUS"),
    # a capital for its government, an act with no target of its own
    ("Seoul said North Korean troops had fired artillery shells across the border on Sunday.",
     "KOR", "PRK"),
    # the doer in a passive "by" phrase, a non-state doer of another country
    ("Israel's army says the clinic in Khan Younis was struck by Palestinian Islamic Jihad "
     "rockets.", "ISR", "PSE"),
    # "claimed that", a blockade
    ("The Philippine foreign ministry claimed that Chinese coast guard ships had blocked a "
     "supply mission to the shoal.", "PHL", "CHN"),
    ("Kyiv says Russian forces shelled a hospital in Kherson.", "UKR", "RUS"),
    # the saying conjoined to another verb of the same speaker
    ("Lithuania's army rejected the report and said Belarusian helicopters had fired rockets "
     "at a border post.", "LTU", "BLR"),
    # a count of the acts ("carried out 9 of the 12 ambushes"), a people named as the doers
    ("Kenya's interior minister said Somali gunmen had carried out 9 of the 12 ambushes on "
     "police convoys this year.", "KEN", "SOM"),
]


@pytest.mark.parametrize(("text", "accuser", "accused"), ACCUSED,
                         ids=[c[0][:50] for c in ACCUSED])
def test_nlp_implied_claimed_act_is_an_accusation(coder, make_article, text, accuser, accused):
    events = _events(coder, make_article, text)
    charges = [e for e in events if e.rule == "implied.accuse"]
    assert [(e.source.country, e.cameo, e.target.country) for e in charges] == [
        (accuser, "112", accused)], _triples(events)
    ev = charges[0]
    assert ev.status.value == "happened"
    assert ev.attribution is None  # the speaker's own act, not a report of someone else's
    assert ev.evidence.sentence == text


def test_nlp_implied_dated_by_the_saying(coder, make_article):
    """The charge was made on the day of the statement, not on the day of the act."""
    text = ("Ukraine's defence ministry said on Tuesday that Russian troops had shelled the "
            "town of Kupiansk on Sunday.")
    charges = [e for e in _events(coder, make_article, text) if e.rule == "implied.accuse"]
    assert [(e.source.country, e.target.country, e.date.value) for e in charges] == [
        ("UKR", "RUS", "2023-06-06")]


@pytest.mark.parametrize("text", [
    # a charge in so many words: one accusation, not two
    "The Russian defence ministry blamed Kyiv for the drone attack on the bridge.",
    "Seoul said North Korean troops had fired shells across the border and accused Pyongyang "
    "of a grave provocation.",
])
def test_nlp_implied_no_double_of_an_explicit_charge(coder, make_article, text):
    events = _events(coder, make_article, text)
    charges = [e for e in events if e.root == "11"]
    assert len(charges) == 1, _triples(events)
    assert charges[0].rule != "implied.accuse"


@pytest.mark.parametrize("text", [
    # the speaker's own side's act, told by itself or inside its own act
    "Ukraine's air force said it had shot down 20 Russian drones overnight.",
    "Moscow's defence ministry said its troops beat back a big Ukrainian assault outside "
    "Vuhledar.",
    # media, an international body, a hedged source: no party's charge
    "A Russian state newspaper said Ukrainian drones had attacked an oil depot in Crimea.",
    "The United Nations said Russian forces had shelled a hospital in Kherson.",
    "A Ukrainian official who spoke on condition of anonymity said Russian troops had attacked "
    "the village.",
    # a source cited after the act: the report of the act, not a statement
    "Russian forces shelled a hospital in Kherson on Monday, Ukraine's foreign ministry said.",
    "Chinese warships fired on a Philippine fishing boat near Scarborough Shoal, Manila said.",
    # denied, negated, conditional acts
    "Ukraine denied that its forces had attacked the bridge.",
    "Kyiv said Ukrainian forces had not attacked the bridge.",
    "Seoul said North Korea would fire missiles if the drills went ahead.",
    # an act told as the aim of another ("faked it to excuse fresh raids")
    "The Georgian minister suggested that the blast was faked in order to excuse a fresh "
    "Russian offensive.",
    # the doer owning up to it, as the speaker tells
    "The ministry in Vilnius said the Belarusian commander had admitted firing across the "
    "border.",
])
def test_nlp_implied_no_accusation(coder, make_article, text):
    events = _events(coder, make_article, text)
    assert not [e for e in events if e.rule == "implied.accuse"], _triples(events)


# (sentence, attacker, CAMEO root, the target country the place gives)
PLACED = [
    # what was hit stands in a place: the place's country, not the speaker or a guess
    ("Ukraine's foreign ministry said Russian forces shelled a hospital in Kherson.", "RUS",
     "19", "UKR"),
    ("The United Nations said Russian forces had shelled a hospital in Kherson.", "RUS", "19",
     "UKR"),
    ("Russian drones struck an oil depot near Odesa overnight.", "RUS", "19", "UKR"),
    ("Russian missiles hit a power plant in the Kharkiv region on Sunday.", "RUS", "19", "UKR"),
    # an event noun whose object stands in a place
    ("The Russian attack on a power plant in Kharkiv killed two workers.", "RUS", "19", "UKR"),
    # property damaged (171) where it lies
    ("Moscow had sabotaged a gas pipeline off the coast of Finland, Estonia's prime minister "
     "said.", "RUS", "17", "FIN"),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), PLACED,
                         ids=[c[0][:50] for c in PLACED])
def test_nlp_implied_place_of_the_thing_hit_is_the_target(coder, make_article, text, source,
                                                           root, target):
    got = [(e.source.country if e.source else None, e.root,
            e.target.country if e.target else None)
           for e in _events(coder, make_article, text)]
    assert (source, root, target) in got, got
    assert not [g for g in got if g[0] == source and g[1] == root and g[2] != target], got


def test_nlp_implied_own_place_is_no_target(coder, make_article):
    """Force above a place of the attacker's own country is not against that country."""
    got = _triples(_events(coder, make_article,
                           "Russian air defences shot down drones above an airfield near "
                           "Belgorod."))
    assert not [g for g in got if g[0] == "RUS" and g[2] == "RUS"], got


@pytest.mark.parametrize(("text", "blamer", "blamed"), [
    ("Moscow blamed the attack on Kyiv.", "RUS", "UKR"),
    ("Russia blamed the drone attack on the bridge on Ukraine.", "RUS", "UKR"),
])
def test_nlp_implied_blamed_on_is_the_doer_not_the_target(coder, make_article, text, blamer,
                                                           blamed):
    """"blamed the attack on X": X is charged with the attack, not hit by it."""
    got = _triples(_events(coder, make_article, text))
    assert (blamer, "112", blamed, "disapprove.blame") in got, got
    assert not [g for g in got if g[1][:2] in ("18", "19", "20") and g[2] == blamed], got
