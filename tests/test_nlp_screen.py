"""Screening (``nlp.screen``): mentions that name something standing, a kind of act, a refusal
to speak or a meeting told before are no new event; the acts around them still are.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (name, text, present, absent)
    ("tariffs a complaint is against", "Brazil lodged a complaint at the World Trade "
     "Organization against Canadian tariffs on Brazilian steel.",
     {("BRA", "11", "CAN")}, {("CAN", "16", "BRA")}),
    ("sanctions a concern is over", "Vietnam voiced concern over Australian sanctions on "
     "Cambodia.", {("VNM", "11", "AUS")}, {("AUS", "16", "KHM")}),
    ("embargo called illegal", "Mexico's foreign ministry called the embargo on Honduras "
     "illegal and urged Guatemala to end it.", {("MEX", "02", "GTM")}, {("MEX", "16", "HND")}),
    ("patrols judged in a clause", "Ghana's president said French naval patrols near Togo "
     "were a provocation.", {("GHA", "11", "FRA")}, {("FRA", "15", "TGO")}),
    ("restrictions ended", "Poland lifted visa curbs on Belarus and ended restrictions on "
     "Lithuanian trucks.", {("POL", "08", "BLR")}, {("POL", "16", "LTU")}),
    ("ban violated", "Thailand violated the ban on Laotian timber.",
     {("THA", "12", "LAO")}, {("THA", "16", "LAO")}),
    ("incursion halted", "The ceasefire halted Ethiopia's incursion into Eritrea.",
     set(), {("ETH", "15", "ERI")}),
    ("attacks a pact covers", "Norway said the pact covers armed attacks on Estonian "
     "warships and aircraft.", set(), {("NOR", "19", "EST")}),
    ("supposed attack after that", "Chile stressed that an armed attack on Peruvian vessels "
     "anywhere in the Pacific would trigger the treaty.", set(), {("CHL", "19", "PER")}),
    ("any attack", "Estonia said any attack on Latvia would be an attack on the whole "
     "alliance.", set(), {("EST", "19", "LVA")}),
    ("any kind of attack", "Sweden said it would respond if Russia launched any kind of "
     "attack on Finland.", set(), {("RUS", "19", "FIN")}),
    ("declined to say", "Nigerian officials declined to say whether President Tinubu would "
     "attend the summit hosted by Ghana.", set(), {("NGA", "12", "GHA")}),
    ("declined to confirm", "Egypt's envoy declined to confirm that Cairo had received the "
     "Sudanese proposal.", set(), {("EGY", "12", "SDN")}),
    ("votes a party abstained in", "Indonesia has abstained in U.N. votes condemning "
     "Myanmar's crackdown on protesters.", set(), {(None, "11", "MMR"), ("MMR", "17", "MMR")}),
    ("reason cited", "Chile recalled its ambassador to Peru on Friday, citing the floods in "
     "the north and Peru's refusal of talks on the border.", {("CHL", "16", "PER")},
     {("PER", "12", "CHL")}),
    ("in protest at a visit", "Seoul cancelled the forum with Tokyo in June, in protest at a "
     "visit to the disputed islets by a Japanese minister.", set(), {("JPN", "04", "KOR")}),
    ("agreements violated", "In recent weeks Sudan and Chad have violated agreements on the "
     "border zone.", set(), {("SDN", "05", "TCD")}),
    ("a rule that stands, broken", "Estonia and Latvia condemned the test as a violation of "
     "U.N. resolutions that bar Iran from developing ballistic missiles.", set(),
     {(None, "16", "IRN"), (None, "17", "IRN")}),
    ("act one is banned from", "Ms Lindqvist, a Swedish envoy who is banned with her family "
     "from entering Belarus, denied the charge.", set(), {("SWE", "15", "BLR")}),
    ("declined to give details", "Thai officials declined to give details of the Cambodian "
     "proposal.", set(), {("THA", "12", "KHM")}),
    # kept: a refusal to act
    ("refused to provide aid", "Slovakia refused to provide weapons to Ukraine.",
     {("SVK", "12", "UKR")}, set()),
    # kept: a posture an attitude is about goes on
    ("concern about patrols", "Japan raised concerns about Chinese naval patrols near "
     "Okinawa.", {("CHN", "15", "JPN")}, set()),
    # kept: a measure the sentence tells as taken or as new
    ("new tariffs imposed", "Canada imposed new tariffs on Brazilian steel on Monday.",
     {("CAN", "16", "BRA")}, set()),
    ("new sanctions condemned", "Vietnam condemned the new Australian sanctions on Cambodia.",
     {("VNM", "11", "AUS"), ("AUS", "16", "KHM")}, set()),
]


@pytest.mark.parametrize("name,text,present,absent", CASES, ids=[c[0] for c in CASES])
def test_nlp_screen_constructions(triples, name, text, present, absent):
    got = triples(text)
    got_loose = got | {(None, r, t) for _, r, t in got}
    assert present <= got, got
    assert not (absent & got_loose), got


TOLD = [
    # (name, text): the meeting of Monday, named again as the frame of a later act
    ("criticized the meeting", "Kenyan President William Ruto met Ugandan President Yoweri "
     "Museveni in Nairobi on Monday. Tanzania strongly criticized the meeting on Wednesday."),
    ("dinner after the talks", "Kenyan President William Ruto held talks with Ugandan "
     "President Yoweri Museveni in Nairobi on Monday. On Wednesday Ruto hosted a dinner for "
     "Museveni after the talks."),
]


@pytest.mark.parametrize("name,text", TOLD, ids=[c[0] for c in TOLD])
def test_nlp_screen_meeting_told_before(coder, make_article, name, text):
    art = make_article(text, published=date(2023, 10, 6))
    events = coder.extractor.extract(coder.nlp(art.text), art)
    met = [e for e in events if e.root == "04"]
    assert any(e.date.value == "2023-10-02" for e in met), events
    # (the meeting is not told again on the day of the act that names it)
    again = [e for e in met if e.rule.split("+")[0].endswith("_n") and e.date.value != (
        "2023-10-02")]
    assert not again, [(e.rule, e.date) for e in again]
