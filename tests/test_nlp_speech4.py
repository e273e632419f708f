"""Speech acts folded into reported clauses and wire ledes (nlp.speech): blame laid on the
other side, retaliation promised for its acts, charges told by a participle after the source.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 8)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _triples(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None) for e in events}


# (sentence, source, code, target): the event the reported clause implies
IMPLIED = [
    # a cleft that contrasts the other side with one's own
    ("Serbia's foreign ministry said it was Pristina, not Belgrade, that had abandoned the "
     "dialogue.", "SRB", "112", "XKX"),
    # a cleft that tells a wrong (an apology owed)
    ("Greece's prime minister said it was Ankara that owed Athens an apology.", "GRC", "112",
     "TUR"),
    # responsibility for a harm, an adjective
    ("Lebanon's army said on Monday that Israel was responsible for the blast at the port.",
     "LBN", "112", "ISR"),
    # responsibility that lies with the other side
    ("Pakistani officials replied that the blame for the stalemate lies with New Delhi.",
     "PAK", "112", "IND"),
    # the cause of a harm laid in the other side's act
    ("Venezuela's foreign minister said the root of the crisis lay in the blockade that the "
     "United States imposed on Caracas.", "VEN", "112", "USA"),
    # held responsible for a harm still to come: a threat
    ("Armenia's defence ministry warned that Azerbaijan would be held responsible for any "
     "escalation.", "ARM", "130", "AZE"),
    # the other side held responsible by the speaker's side
    ("Ukraine's foreign minister said Kyiv holds Moscow responsible for the strike on the "
     "dam.", "UKR", "112", "RUS"),
    # an act of the other side called a red line
    ("Japan's defence minister said a Chinese radar station on the reef would be a red line.",
     "JPN", "130", "CHN"),
    # a military answer promised for any attack
    ("Cuba's foreign minister said any American attack on the island would not go "
     "unanswered.", "CUB", "138", "USA"),
    ("Israel's defence minister said Israel would give a crushing response to any Iranian "
     "aggression.", "ISR", "138", "IRN"),
    # an armed movement's leader threatens too
    ("Hezbollah's leader said any Israeli strike on Beirut would not go unanswered.", "LBN",
     "138", "ISR"),
    # a claim that another side's means were used for an attack: done, so a charge
    ("Saudi Arabia's defence ministry said Iranian drones had been used to strike the "
     "pipeline.", "SAU", "112", "IRN"),
    # a charge told by a participle after the source of a lede
    ("Ecuador has expelled Argentina's ambassador, Foreign Minister Luis Pardo said on Friday, "
     "accusing Argentina of meddling in the election.", "ECU", "112", "ARG"),
    # a complaint whose that-clause names the one complained of
    ("Canada's trade minister complained on Monday that Washington had not consulted Ottawa "
     "on the tariffs.", "CAN", "111", "USA"),
    # an offer to play a role in calming a crisis, made to those the speaker urged
    ("Indonesia urged Thailand and Cambodia to show restraint and said it was ready to play a "
     "constructive role in easing the tension.", "IDN", "039", "THA"),
    # an intent that names no partner, said beside a gesture of the same side to someone
    ("Vietnam's president voiced his support for Laos and said Vietnam would welcome closer "
     "cooperation in energy and transport.", "VNM", "030", "LAO"),
    # support refused in a reported clause
    ("Austria's chancellor said on Tuesday that Romania should not expect Austria's backing "
     "for its bid to join the Schengen area.", "AUT", "120", "ROU"),
    # a measure held until the other side makes amends
    ("Lithuania's foreign minister said Vilnius would not send its envoy back until Minsk "
     "released the detained journalists.", "LTU", "100", "BLR"),
    # a threat whose condition names the side it is aimed at
    ("Israel's defence minister warned that Israel would not hesitate to act if Hezbollah "
     "kept firing rockets.", "ISR", "130", "LBN"),
    # peace urged on the one told
    ("Brazil's president told Zelensky that diplomacy and dialogue were the only path.", "BRA",
     "020", "UKR"),
    ("Turkey's foreign minister told Lavrov that the war could not be won on the battlefield "
     "and that there was no military solution.", "TUR", "020", "RUS"),
    # what one side wants another to do
    ("Qatari officials say they want Washington to press Israel for a truce.", "QAT", "020",
     "USA"),
    # an insult called by its name
    ("Seoul's unification ministry called Pyongyang's statement rude and insulting.", "KOR",
     "111", "PRK"),
]


def test_nlp_speech4_mutual_and_chosen_answer(coder, make_article):
    """"each side accused the other": both ways between the sides of the sentence's clash; "to
    hit back at a moment and place of its own choosing": aimed at whoever struck the speaker's
    side."""
    text = ("Eritrean and Ethiopian troops clashed on the border on Monday, and each side "
            "accused the other of starting the fighting.")
    assert {("ERI", "112", "ETH"), ("ETH", "112", "ERI")} <= _triples(coder, make_article, text)
    text = ("Iranian jets struck targets inside Iraq on Tuesday.\n\nIraq said the bombs fell on "
            "empty desert and vowed to hit back at a moment and place of its own choosing.")
    assert ("IRQ", "138", "IRN") in _triples(coder, make_article, text)


@pytest.mark.parametrize(("text", "source", "code", "target"), IMPLIED)
def test_nlp_speech4_implied_event(coder, make_article, text, source, code, target):
    assert (source, code, target) in _triples(coder, make_article, text)


# (sentence, code): no such event, whoever it would be between
NOT_IMPLIED = [
    # a cleft that says who did a neutral act: no blame
    ("India's foreign ministry said it was Beijing that had requested the bilateral meeting.",
     "112"),
    # responsible for something that is no harm
    ("Norway's foreign minister said Sweden was responsible for the security of the summit.",
     "112"),
    # the responsibility denied
    ("Egypt's foreign minister said Sudan was not responsible for the attack on the convoy.",
     "112"),
    # an answer to a proposal is no threat
    ("Chile's foreign minister said Chile would respond to the Bolivian proposal next week.",
     "130"),
    # another side's promised answer is not the speaker's threat
    ("Poland's president said NATO would respond to any Russian attack on its members.",
     "138"),
    # the speaker's own side said to be responsible: no charge of another
    ("Spain's prime minister said Madrid was responsible for the delay in the talks with "
     "Morocco.", "112"),
    # "each other" with no clash told in the sentence: no guess at the pair
    ("At the summit, each side accused the other of stalling.", "112"),
    # readiness to play a role in trade is no mediation
    ("Brazil said it was ready to play a bigger role in trade with Argentina.", "039"),
    # a conjunct of an argument is no predicate: no criticism of anyone
    ("Japan's prime minister said Tokyo would hold talks with Beijing on pressure and coercion "
     "in the East China Sea.", "111"),
    # a means sent for an attack that may not have come: no charge
    ("Ukraine's air force said Russian drones were sent to attack Odesa.", "112"),
    # a question called a red line names no act of the other side
    ("Ankara's foreign minister said the Cyprus question was a red line for Turkey.", "130"),
    # "lies" that tells where something is is no falsehood
    ("Vietnam's foreign ministry said the reef lies within its waters and that a court in "
     "The Hague had ruled on the dispute with Beijing.", "111"),
    # a wish for another's fortune is no appeal
    ("Japan's prime minister said Tokyo wants Manila to prosper.", "020"),
    # "no solution" that names no force is no appeal for peace
    ("Egypt's foreign minister told Abiy that there was still no solution to the dam dispute.",
     "020"),
    # readiness asked of another: an appeal, no offer
    ("Latvia's foreign minister said NATO must be ready to mediate talks between Serbia and "
     "Kosovo.", "039"),
]


@pytest.mark.parametrize(("text", "code"), NOT_IMPLIED)
def test_nlp_speech4_no_event(coder, make_article, text, code):
    assert not [t for t in _triples(coder, make_article, text) if t[1] == code]
