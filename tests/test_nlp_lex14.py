"""Sentence -> event tables for the lex14 trigger senses: the CAMEO root a construction takes
where the bare head's pattern gave another one.

- a veto or objection lifted, withdrawn or removed is yielding (080), not the veto (129);
- a ruling, decision or election result a side does not accept or recognise is a rejection
  (120), not a denied acceptance (030) or recognition (054);
- a deal a side will not extend or renew, and the termination or cancellation of one, is
  material cooperation rejected (121), not the deal (057);
- support or backing given to an armed group is aid (070), not praise (051);
- flights halted or suspended restrict movement (172, not 160), their resumption eases it (081);
- duties laid on goods are trade measures (163);
- retaliatory or reciprocal measures a side is ready to use against another are a threat (13);
- fighting started or provoked, and firing first, is fighting (190), alleged inside a charge;
- a rift or rupture ended or healed is ties normalised (054);
- a package, loan or plan blocked or held up is a veto (129), not a blockade (191);
- an amount of money paused, withheld or frozen is aid cut (162); measures lifted yield (08);
- a prisoner exchange told as a noun is a release (0841), so are captives or bodies handed
  to a side without "over";
- aircraft or ships banned from one's airspace or ports restrict movement (172, not 163);
- a rupture or severance of ties told as a noun is ties cut (161);
- disconnecting from another's grid or ending dependence on its energy rejects material
  cooperation (121);
- a joint exercise or drill "between" two sides is their military cooperation (062);
- a side that says it will defend its territory or interests against another warns it (130).

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status or None for any status); a two-character code is
compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 6, 12)

Row = tuple[str, str, str, str | None]
Case = tuple[str, str, set[Row], set[Row]]

VETOES: list[Case] = [
    ("veto lifted", "Turkey lifted its veto on Sweden's accession to the alliance.",
     {("TUR", "080", "SWE", "happened")}, {("TUR", "12", "SWE", None)}),
    ("veto removed", "Austria removed its veto over Croatia's entry into the Schengen area.",
     {("AUT", "080", "HRV", "happened")}, {("AUT", "12", "HRV", None)}),
    ("objections withdrawn", "Athens withdrew its objections to North Macedonia's bid.",
     {("GRC", "080", "MKD", "happened")}, set()),
    # negative row: a veto kept is no yielding
    ("veto kept", "Hungary kept its veto on the Ukrainian aid package.", set(),
     {("HUN", "08", "UKR", None)}),
]

VERDICTS: list[Case] = [
    ("annexation not recognised", "Japan does not recognise Russia's annexation of the "
     "islands.", {("JPN", "120", "RUS", "happened")}, {("JPN", "05", "RUS", None)}),
    ("ruling not accepted", "Beijing does not accept the tribunal's ruling on the Philippine "
     "claim.", {("CHN", "12", "PHL", None)}, {("CHN", "03", "PHL", None)}),
    ("referendum will not be accepted", "Caracas will not accept Guyana's referendum on the "
     "border region.", {("VEN", "12", "GUY", "happened")}, set()),
    # negative rows: a result accepted or recognised is no rejection
    ("result recognised", "Japan recognised the result of South Korea's election.", set(),
     {("JPN", "12", "KOR", None)}),
    ("ruling accepted", "Nigeria accepted Cameroon's ruling on the peninsula.", set(),
     {("NGA", "12", "CMR", None)}),
]

DEALS: list[Case] = [
    ("deal not extended", "Lithuania said it would not extend its energy agreement with "
     "Belarus.", {("LTU", "121", "BLR", "happened")}, {("LTU", "057", "BLR", None)}),
    ("deal not renewed", "Moscow will not renew the grain deal with Kyiv.",
     {("RUS", "121", "UKR", "happened")}, set()),
    ("treaty terminated, noun", "Honduras ordered the termination of its extradition treaty "
     "with the United States.", {("HND", "121", "USA", "happened")},
     {("HND", "057", "USA", None)}),
    ("accord cancelled, noun", "Ecuador announced the cancellation of its mining accord "
     "with China.", {("ECU", "121", "CHN", None)}, {("ECU", "057", "CHN", None)}),
    # negative row: a deal extended is the deal
    ("deal extended", "Lithuania said it would extend its energy agreement with Poland.",
     set(), {("LTU", "12", "POL", None)}),
]

ARMED_GROUPS: list[Case] = [
    ("backs rebels", "Iran backs the Houthi rebels.", {("IRN", "070", "YEM", "happened")},
     {("IRN", "051", "YEM", None)}),
    ("accused of supporting rebels", "Kinshasa accuses Rwanda of supporting the M23 rebels.",
     {("RWA", "070", "COD", "uncertain"), ("COD", "112", "RWA", "happened")},
     {("RWA", "051", "COD", None)}),
    ("backs a front", "Algeria, which backs the Polisario Front, protested to Madrid.",
     {("DZA", "070", "ESH", "happened")}, set()),
    # negative rows: backing a government or a bid stays political support
    ("supports a government", "France supports the government of Chad.", set(),
     {("FRA", "070", "TCD", None)}),
    ("backs a bid", "Germany backs Ukraine's membership bid.", set(),
     {("DEU", "07", "UKR", None)}),
]

LINKS: list[Case] = [
    ("flights halted", "Russia halted direct flights to Georgia.",
     {("RUS", "172", "GEO", "happened")}, {("RUS", "160", "GEO", None)}),
    ("flights suspended", "Pakistan suspended all flights to India.",
     {("PAK", "172", "IND", "happened")}, {("PAK", "160", "IND", None)}),
    ("flights stopped", "Kuwait stopped its flights to Lebanon last week.",
     {("KWT", "172", "LBN", None)}, set()),
    ("service resumed, noun", "The ministers discussed the resumption of direct air service "
     "between Kyiv and Warsaw.", {("UKR", "081", "POL", None)}, set()),
    # negative rows: flights resumed are no restriction; trade halted stays 160
    ("flights resumed", "Egypt resumed flights to Sudan.", {("EGY", "081", "SDN", None)},
     {("EGY", "17", "SDN", None)}),
    ("trade halted", "Russia halted trade with Georgia.", {("RUS", "160", "GEO", None)},
     {("RUS", "172", "GEO", None)}),
]

MEASURES: list[Case] = [
    ("duties on goods", "Canada's duties on Chinese steel took effect on Monday.",
     {("CAN", "163", "CHN", "happened")}, set()),
    ("duties on cars", "The European Union's new duties on Chinese electric cars angered "
     "Beijing.", {("EU", "163", "CHN", None)}, set()),
    ("ready to retaliate", "Paris said it was ready to use retaliatory measures against "
     "London.", {("FRA", "13", "GBR", None)}, set()),
    ("reciprocal measures", "Beijing said it would use reciprocal measures against "
     "Washington.", {("CHN", "13", "USA", None)}, set()),
    # negative rows: duties of an office; measures that answer no one
    ("duties of an office", "The new ambassador took up his duties in Paris.", set(),
     {("FRA", "16", "FRA", None)}),
    ("calming measures", "Tokyo used diplomatic measures to calm tensions with Seoul.",
     set(), {("JPN", "13", "KOR", None)}),
]

FIGHTS: list[Case] = [
    ("accused of firing first", "Bangkok accused Phnom Penh of firing first.",
     {("KHM", "190", "THA", "uncertain"), ("THA", "112", "KHM", "happened")}, set()),
    ("accused of starting the fighting", "Kyrgyzstan accused Tajikistan of starting the "
     "fighting.", {("TJK", "190", "KGZ", "uncertain")}, set()),
    ("blamed for provoking clashes", "Baku blamed Yerevan for provoking the clashes on the "
     "border.", {("ARM", "190", "AZE", "uncertain")}, set()),
    ("started fighting, told as done", "Eritrean troops started the fighting with Ethiopian "
     "forces on Tuesday.", {("ERI", "190", "ETH", "happened")}, set()),
    # negative rows: a trade war started; talks started after fighting
    ("trade war started", "Washington started a trade war with Beijing.", set(),
     {("USA", "19", "CHN", None)}),
    ("talks after fighting", "Serbia and Kosovo started talks after the fighting ended.",
     set(), {("SRB", "19", "XKX", None), ("XKX", "19", "SRB", None)}),
]

TIES: list[Case] = [
    ("rift ended", "Qatar and Bahrain ended their three-year rift in January.",
     {("QAT", "054", "BHR", "happened")}, set()),
    ("rift healed", "Turkey healed its rift with Egypt last year.",
     {("TUR", "054", "EGY", "happened")}, set()),
    ("rupture ended, participle", "Canada and Saudi Arabia restored ties, ending a rupture "
     "that began in 2018.", {("CAN", "054", "SAU", None)}, set()),
    # negative row: a standoff ended is no restored tie
    ("standoff ended", "India and China ended the standoff at the border.", set(),
     {("IND", "054", "CHN", None), ("CHN", "054", "IND", None)}),
]

BLOCKS: list[Case] = [
    ("package blocked", "Hungary is blocking the aid package for Ukraine.",
     {("HUN", "129", "UKR", None)}, {("HUN", "191", "UKR", None)}),
    ("loan held up", "Slovakia held up the loan to Ukraine for weeks.",
     {("SVK", "129", "UKR", "happened")}, set()),
    ("plan blocked", "Poland blocked the EU plan for Ukrainian grain.",
     {("POL", "12", "UKR", None)}, set()),
    # negative row: an aid ship blocked at sea stays a blockade
    ("aid ship blocked", "Israeli warships blocked an aid ship bound for Gaza.", set(),
     {("ISR", "12", "PSE", None)}),
]

MONEY: list[Case] = [
    ("amount paused", "New Zealand has paused NZ$18 million in funding to the Cook Islands.",
     {("NZL", "162", "COK", "happened")}, set()),
    ("amount suspended", "Washington suspended $95 million in aid to Egypt.",
     {("USA", "162", "EGY", None)}, set()),
    ("measures lifted", "China lifted its measures on Australian wine.",
     {("CHN", "08", "AUS", "happened")}, set()),
    # negative row: money given is aid, not a cut
    ("amount given", "Japan gave $50 million to Ukraine.", {("JPN", "07", "UKR", None)},
     {("JPN", "16", "UKR", None)}),
]

RELEASES: list[Case] = [
    ("prisoner exchange noun", "Russia and Ukraine carried out a prisoner exchange on "
     "Friday.", {("RUS", "0841", "UKR", "happened")}, set()),
    ("exchange of prisoners", "Yerevan completed an exchange of prisoners with Baku.",
     {("ARM", "0841", "AZE", None)}, set()),
    ("bodies handed", "Moscow handed the bodies of 500 soldiers to Kyiv.",
     {("RUS", "0841", "UKR", "happened")}, set()),
    # negative rows: an exchange of views is talks; a petition handed is an appeal
    ("exchange of views", "Russia and the United States held an exchange of views.",
     {("RUS", "04", "USA", None)}, {("RUS", "08", "USA", None)}),
    ("petition handed", "The activists handed a petition to the Japanese embassy.", set(),
     {("JPN", "08", "JPN", None)}),
]

SPACE: list[Case] = [
    ("aircraft banned from airspace", "Algeria banned French military aircraft from its "
     "airspace.", {("DZA", "172", "FRA", "happened")}, {("DZA", "163", "FRA", None)}),
    ("ships banned from ports", "Canada banned Russian ships from its ports.",
     {("CAN", "172", "RUS", "happened")}, set()),
    # negative row: imports banned stay a trade ban
    ("imports banned", "The EU banned imports from Russia.", {("EU", "163", "RUS", None)},
     {("EU", "172", "RUS", None)}),
]

RUPTURES: list[Case] = [
    ("rupture between", "The rupture between Morocco and Algeria deepened.",
     {("MAR", "161", "DZA", None)}, set()),
    ("rupture with", "Venezuela's rupture with Argentina came after the election.",
     {("VEN", "161", "ARG", None)}, set()),
    ("severance of relations", "Nauru announced the severance of relations with Taipei.",
     {("NRU", "161", "TWN", "happened")}, set()),
    # negative row: a pipe's rupture names no sides
    ("pipeline rupture", "A rupture of the pipeline near Gdansk cut supplies to Germany.",
     set(), {("POL", "16", "DEU", None)}),
]

DECOUPLING: list[Case] = [
    ("disconnected from grid", "Moldova disconnected from the Russian grid in 2022.",
     {("MDA", "121", "RUS", "happened")}, set()),
    ("decoupled from network", "Ukraine decoupled from the Russian power network in "
     "February.", {("UKR", "121", "RUS", None)}, set()),
    ("dependence ended", "Germany ended its dependence on Russian gas.",
     {("DEU", "121", "RUS", "happened")}, set()),
    # negative rows: dependence deepened; a line disconnected names no side
    ("dependence deepened", "Serbia deepened its dependence on Russian gas.", set(),
     {("SRB", "12", "RUS", None)}),
    ("phone line disconnected", "The call was disconnected after ten minutes.", set(),
     set()),
]

JOINT: list[Case] = [
    ("joint exercise between", "The joint exercise between India and France ended on "
     "Friday.", {("IND", "062", "FRA", None)}, {("IND", "150", "FRA", None)}),
    ("combined drill between", "A combined drill between Brazilian and Argentine marines "
     "began on Monday.", {("BRA", "062", "ARG", None)}, set()),
    ("bilateral patrol between", "The bilateral patrol between Thai and Malaysian ships "
     "covered the strait.", {("THA", "062", "MYS", None)}, set()),
    # negative row: drills around a side stay a show of force
    ("drills around", "China's drills around Taiwan ended on Monday.",
     {("CHN", "150", "TWN", None)}, {("CHN", "06", "TWN", None)}),
]

DEFENCE: list[Case] = [
    ("territory defended against", "Khartoum said it would defend its territory against the "
     "UAE by all means.", {("SDN", "130", "ARE", "happened")}, {("SDN", "03", "ARE", None)}),
    ("companies defended against", "Madrid said it would defend its companies against "
     "Algeria.", {("ESP", "13", "DZA", None)}, set()),
    ("borders defended from", "Caracas vowed to defend its borders from Guyana.",
     {("VEN", "13", "GUY", None)}, set()),
    # negative row: a government defended against criticism is verbal support
    ("government defended", "Lula defended Maduro's government against the criticism.",
     {("BRA", "052", "VEN", None)}, {("BRA", "13", "VEN", None)}),
]

ROWS = (VETOES + VERDICTS + DEALS + ARMED_GROUPS + LINKS + MEASURES + FIGHTS + TIES + BLOCKS
        + MONEY + RELEASES + SPACE + RUPTURES + DECOUPLING + JOINT + DEFENCE)


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lex14_sentence_events(extracted_pairs, label: str, text: str,
                                   present: set[Row], absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
