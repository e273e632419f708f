"""Session 23 (prec32): precision on unseen text -- words of an act used for no act.

* "hostile" describing a deed nobody judges ("soldiers lost to hostile attacks") is no
  disapproval; a step a side calls hostile, or hostile deeds it accuses another of, is;
* a warning that something is going on ("warning that the two neighbours were courting
  disaster") is no threat; a warning of what will happen is;
* fighting a scourge ("offered money to fight people trafficking") is no fight with a side.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, triple, present", [
    # a deed described, no judge and no addressee: no disapproval (failed before: RUS 11 LVA)
    ("Russia has put Latvia's foreign minister on a wanted list. The Kremlin said the "
     "officials were sought for hostile acts against war memorials and against Russia.",
     ("RUS", "11", "LVA"), False),
    # (failed before: UNO 11 MLI from the article's pair)
    ("The Security Council ended the UN mission in Mali on Friday at the request of the "
     "junta. The mission has lost more soldiers to hostile attacks than any other UN force.",
     ("UNO", "11", "MLI"), False),
    # a step a side calls hostile: disapproval by that side
    ("Moldova ordered Russia to cut the staff of its embassy in Chisinau on Tuesday, a step "
     "the Russian foreign ministry called hostile.", ("RUS", "11", "MDA"), True),
    # hostile deeds one side accuses another of
    ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing the kingdom of hostile "
     "actions against Algeria.", ("DZA", "11", "MAR"), True),
    # a course under way warned of: no threat (failed before: DEU 13 TUR)
    ("Germany's foreign minister toured Athens and Ankara on Monday, warning that the two "
     "neighbours were courting disaster in the Aegean.", ("DEU", "13", "TUR"), False),
    # what will happen if the other side goes on: a threat
    ("Germany's foreign minister warned Ankara on Monday that Turkey would face sanctions if "
     "the drilling went on.", ("DEU", "13", "TUR"), True),
    # a scourge fought: no fight with the side the story pairs (failed before: EU 19 TUN)
    ("The EU and Tunisia agreed a migration pact in Tunis in July. The three leaders first "
     "came to Tunis together in June, when Brussels offered 90 million euros to fight people "
     "trafficking and 120 million euros in budget support.", ("EU", "19", "TUN"), False),
    # troops fighting an armed group abroad: a fight
    ("Kenyan troops fought al-Shabaab militants inside Somalia on Sunday, the army said.",
     ("KEN", "19", "SOM"), True),
])
def test_nlp_prec32_deed_words(root_triples_all, text, triple, present):
    found = root_triples_all(text)
    assert (triple in found) is present, found


@pytest.mark.parametrize("text, triple, present", [
    # a side's own people evacuated: no aid to the place (failed before: LTU 07 BLR)
    ("VILNIUS, Jan 4 - Lithuania has evacuated the personnel of its embassy in Minsk together "
     "with their families and halted its work, two days after an attack.",
     ("LTU", "07", "BLR"), False),
    # a stance withdrawn: no withdrawal of forces (a guard: the old code did not code this
    # phrasing either, only the article it was taken from)
    ("Poland said on Tuesday it was withdrawing its consent for two of the three Belarusian "
     "consulates on its soil.", ("POL", "08", "BLR"), False),
    # forces withdrawn from a place: a withdrawal
    ("Russia withdrew its troops from the Armenian border on Friday.", ("RUS", "08", "ARM"),
     True),
    # a warning against a course that names no side (failed before: PAK 13 IND)
    ("Pakistan and India traded barbs at the summit in Delhi. In his speech, the Pakistani "
     "minister warned against using militancy as a tool of statecraft.",
     ("PAK", "13", "IND"), False),
    # a side warned against a course: a threat to that side
    ("Pakistan and India traded barbs at the summit in Delhi. The Pakistani minister warned "
     "India against staging any strike on Pakistani soil.", ("PAK", "13", "IND"), True),
    # a warning against the other side's act: a threat
    ("Pakistan and India traded barbs at the summit in Delhi. The Pakistani minister warned "
     "against any Indian strike on Pakistani soil.", ("PAK", "13", "IND"), True),
])
def test_nlp_prec32_own_people_stances_courses(root_triples_all, text, triple, present):
    found = root_triples_all(text)
    assert (triple in found) is present, found


@pytest.mark.parametrize("text, absent", [
    # armed groups listed with a state's army are that state's, not the reporter's (failed
    # before: SDN 03 ETH, ETH 03 SDN)
    ("Ethiopia said on Friday that Sudan's army and a coalition of four armed groups had "
     "agreed to a ceasefire after talks in Addis Ababa.", {"ETH"}),
])
def test_nlp_prec32_groups_listed_with_state_army(root_triples_all, text, absent):
    found = root_triples_all(text)
    assert not [t for t in found if t[1] == "03" and (t[0] in absent or t[2] in absent)], found


def test_nlp_prec32_listed_groups_resolve_to_the_army_state(resolve_in):
    text = ("Ethiopia said on Friday that Sudan's army and a coalition of four armed groups had "
            "agreed to a ceasefire after talks in Addis Ababa.")
    assert resolve_in(text, date(2024, 3, 1), "Ethiopia said", "groups") == ["SDNREB"]


@pytest.mark.parametrize("text, triple, present", [
    # an onlooker at one's side is no party to the meeting (failed before: PER 04 BRA)
    ("Peru's foreign minister met her Chilean counterpart in Lima on Monday, with Brazil's "
     "president at her side.", ("PER", "04", "BRA"), False),
    # the one met is
    ("Peru's foreign minister met Brazil's president in Lima on Monday.", ("PER", "04", "BRA"),
     True),
    # the side one signs with is
    ("Kenya signed a security accord with Somalia in Doha on 3 May.", ("KEN", "05", "SOM"),
     True),
])
def test_nlp_prec32_onlookers_are_no_parties(root_triples_all, text, triple, present):
    found = root_triples_all(text)
    assert (triple in found) is present, found


@pytest.mark.parametrize("text, triple, present", [
    # "it" is the putsch the clause before condemned, not the side that condemned it
    # (failed before: UNO 11 FRA)
    ("Soldiers in Gabon seized power on Wednesday. France, the former colonial ruler, "
     "condemned the putsch in a statement, and UN chief Antonio Guterres also condemned it.",
     ("UNO", "11", "FRA"), False),
    # a side named as the object is the target
    ("Soldiers in Gabon seized power on Wednesday. France, the former colonial ruler, "
     "condemned the putsch in a statement, and UN chief Antonio Guterres also condemned "
     "Paris.", ("UNO", "11", "FRA"), True),
])
def test_nlp_prec32_it_is_the_thing_condemned_before(root_triples_all, text, triple, present):
    found = root_triples_all(text)
    assert (triple in found) is present, found
