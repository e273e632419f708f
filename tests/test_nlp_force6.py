"""Sentence -> event tables for material conflict and pressure (roots 14-20, session 10):
weapons that kill (195), the toll of fighting told as people or fighters killed (190, with
militants' victims kept 180), troops crossing into a state (190), missiles fired into the sea
(150), aircraft barred from airspace (172), members suspended from a body (160), bodies and
formats quit (161), people captured (173), entering as a show of force (only what carries
force), and where a blow landed: the place of a force noun's toll and a province named by its
state.

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 5, 14)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a weapon as the doer of a killing is its side's strike (195), not an assault
    ("a drone killed a general", "An American drone killed an Iranian general near the "
     "airport in Baghdad.", {("USA", "195", "IRN")}, {("USA", "18", "IRN")}),
    ("a drone killed civilians", "Kyiv said a Russian drone killed three civilians in "
     "Kherson.", {("RUS", "195", "UKR")}, {("RUS", "18", "UKR")}),
    ("a missile killed people", "Ukraine said a Russian missile killed two people in Odesa on "
     "Friday.", {("RUS", "19", "UKR")}, {("RUS", "18", "UKR")}),
    # -- the toll of fighting: people or fighters killed are force (19); civilians killed by
    # soldiers, and anyone killed by gunmen, stay 18
    ("fighters killed by an army", "Israeli forces killed five Hamas fighters in Gaza, the "
     "army said.", {("ISR", "19", "PSE")}, {("ISR", "18", "PSE")}),
    ("soldiers killed by a drone", "A Russian drone killed two Ukrainian soldiers near Bakhmut, "
     "Kyiv said.", {("RUS", "19", "UKR")}, {("RUS", "18", "UKR")}),
    ("people killed with no doer named", "Iran said nine people were killed in a village near "
     "the border, and summoned Pakistan's envoy.", set(), {("PAK", "18", "IRN")}),
    ("civilians killed by soldiers stay an assault", "Australian soldiers unlawfully killed "
     "39 Afghan civilians, an inquiry found.", {("AUS", "180", "AFG")}, {("AUS", "19", "AFG")}),
    ("people killed by gunmen stay an assault", "Gunmen killed 20 people at a market in "
     "northern Nigeria, Abuja said.", set(), {("NGA", "19", "NGA")}),
    ("people killed by a suicide bomber stay an assault", "A Taliban suicide bomber killed 15 "
     "Afghan army cadets in Kabul, the Afghan government said.", set(), {("AFG", "19", "AFG")}),
    ("people killed in an attack stay an assault", "Kenya condemned an attack that killed "
     "nine people at a church in Uganda.", set(), {("KEN", "19", "UGA")}),
    ("a car bombing is a bomb set off", "A car bombing by the Islamic State group killed 30 "
     "people in eastern Syria, Damascus said.", {("ISIS", "18", "SYR")}, {("ISIS", "19", "SYR")}),
    # -- forces crossing into another state invade it; a person crossing on foot does not
    ("troops crossed into a state", "Turkish troops crossed into northern Iraq on Tuesday.",
     {("TUR", "190", "IRQ")}, set()),
    ("a politician crossed on foot", "Romania's opposition leader crossed into Moldova on "
     "foot.", set(), {("ROU", "19", "MDA")}),
    # -- missiles fired into the sea or into waters are a show of force, not a strike
    ("missiles fired into waters off a state", "China fired ballistic missiles into waters "
     "off Japan.", {("CHN", "150", "JPN")}, {("CHN", "19", "JPN")}),
    # -- aircraft barred from airspace: movement restricted (172), not a sanction
    ("aircraft barred from airspace", "Mali's junta barred French aircraft from the "
     "country's airspace.", {("MLI", "172", "FRA")}, {("MLI", "163", "FRA")}),
    # -- visa requirements imposed restrict movement (172), as revoked visas
    ("a visa requirement imposed", "Moscow imposed a visa requirement on Moldovan citizens in "
     "2001.", {("RUS", "172", "MDA")}, {("RUS", "163", "MDA")}),
    ("a visa regime introduced", "Lithuania introduced a visa regime for Belarusian "
     "travellers.", {("LTU", "172", "BLR")}, set()),
    # -- a member's participation suspended by a body (160)
    ("participation of a member suspended", "The African Union suspended the participation "
     "of Niger in all its activities.", {("AU", "160", "NER")}, {("AU", "121", "NER")}),
    # -- missions and forces ordered or forced out are expelled (166)
    ("a UN mission ordered out", "Niger ordered the UN mission to leave within three "
     "months.", {("NER", "166", "UNO")}, {("NER", "10", "UNO")}),
    ("a UN mission forced out", "In 2023 the junta in Bamako forced the UN stabilisation "
     "mission to quit Mali.", {("MLI", "16", "UNO")}, set()),
    ("troops forced out", "Burkina Faso forced French troops to leave the country.",
     {("BFA", "166", "FRA")}, set()),
    # -- a format or forum quit cuts a tie with its owner (161)
    ("a cooperation format quit", "Lithuania quit China's 17+1 cooperation format last year.",
     {("LTU", "161", "CHN")}, {("LTU", "160", "EU")}),
    # -- people captured: detained (173); a town taken stays territory (192)
    ("soldiers captured", "Ukraine said its forces captured two Russian soldiers near "
     "Bakhmut.", {("UKR", "173", "RUS")}, {("UKR", "19", "RUS")}),
    ("a town captured stays ground taken", "Russian forces captured the town of Avdiivka, "
     "Kyiv said.", {("RUS", "192", "UKR")}, {("RUS", "173", "UKR")}),
    # -- storming: armed men attack (18, 19); crowds riot (145)
    ("gunmen stormed a police station", "Islamist gunmen stormed a police station in Mali, "
     "Bamako said.", {("MLI", "18", "MLI")}, {("MLI", "145", "MLI")}),
    ("protesters stormed an embassy", "Iraqi protesters stormed the Swedish embassy in "
     "Baghdad.", {("IRQ", "145", "SWE")}, {("IRQ", "18", "SWE")}),
    # -- entering: aircraft and ships show force; goods do not
    ("warplanes entered a zone", "Chinese warplanes entered Taiwan's air defence zone on "
     "Monday, Taipei said.", {("CHN", "150", "TWN")}, set()),
    ("goods entering a country", "Lithuanian goods can no longer enter China, exporters in "
     "Vilnius said.", set(), {("LTU", "15", "CHN")}),
    # -- where the blow landed: a province named by its state's possessor
    ("a convoy in a state's province", "Turkish drones struck a convoy in Syria's Qamishlo "
     "district on Sunday, Damascus said.", {("TUR", "19", "SYR")}, set()),
    ("targets in a state's region", "Israeli jets struck targets in Lebanon's Bekaa region on "
     "Monday, Beirut said.", {("ISR", "19", "LBN")}, set()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_force6_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), [
    ("Russian shelling of the town killed three people in Kharkiv.", "UKR"),
    ("The air strike killed ten fighters near Idlib.", "SYR"),
])
def test_nlp_force6_toll_place(coder, text: str, place: str) -> None:
    """A force noun whose toll verb names where the dead fell: the place is the target's."""
    from detente.nlp.place_targets import place_target

    doc = coder.nlp(text)
    noun = next(t for t in doc if t.dep_ == "nsubj")
    actor = place_target([noun], coder.extractor.gazetteer, ["RUS", "TUR"], objects=False)
    assert actor is not None and actor.country == place, (text, actor)
