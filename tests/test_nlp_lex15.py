"""Sentence -> event tables for the lex15 trigger senses and verb/noun classes:

- a side held responsible or culpable for an act is blamed (112); held accountable is a
  warning (130);
- force (military action, the use of force) not ruled out is a threat of force (138);
- participation in talks or meetings paused or suspended is talks suspended (164); in a deal,
  the deal rejected (121);
- talks put on hold 164, aid or payments 162, a deal 121;
- diplomats cut or a cut in embassy staff demanded is ties downgraded (161), so are a side's
  diplomats leaving the other's country;
- migrants or asylum seekers sent or pushed to another's border, or migration weaponised
  against it, is coercion (170);
- a charge rejected with its verdict put first ("rejected as absurd an allegation by X") is
  a denial (016);
- "the last / the rest of" counts what follows (the border crossings closed, 172);
- a case or another side's duties taken to a court or the WTO is a legal complaint (115);
- a side held to its commitments is a demand (100); a response promised at a time or place
  of the speaker's own choosing is a threat of force (138);
- duties lifted, removed or scrapped are trade measures eased (085) (said to be removed: the
  engine's announced intent, 035);
- crossings shut 172; visa-free travel suspended or ended 172, restored 081;
- an embassy ordered or told to cut its staff is ties downgraded (161);
- weapon systems named by kind (launchers, F-16s, air-defence batteries) sent or given are
  military aid (072); migrants used as a weapon are coercion (170); people held responsible
  are blamed (112);
- a court or tribunal asked or petitioned is a legal complaint (115), not an appeal (020).

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

BLAME: list[Case] = [
    ("held responsible", "Britain held Moscow responsible for the nerve agent attack.",
     {("GBR", "112", "RUS", "happened")}, {("GBR", "17", "RUS", None)}),
    ("held culpable", "Kyiv holds Minsk culpable for the missile strikes.",
     {("UKR", "112", "BLR", None)}, set()),
    ("held accountable", "Washington vowed to hold Tehran accountable for the drone attack.",
     {("USA", "130", "IRN", None)}, {("USA", "17", "IRN", None)}),
    # negative row: talks held are no blame
    ("talks held", "Seoul held talks with Tokyo on Monday.", set(),
     {("KOR", "11", "JPN", None), ("KOR", "13", "JPN", None)}),
]

FORCE: list[Case] = [
    ("military action not ruled out", "The Kremlin has not ruled out military action "
     "against Kyiv.", {("RUS", "138", "UKR", None)}, set()),
    ("use of force not ruled out", "Beijing did not rule out the use of force against "
     "Taiwan.", {("CHN", "138", "TWN", None)}, set()),
    # negative rows: force ruled out is no threat; sanctions not ruled out are no force
    ("action ruled out", "Kyiv ruled out military action against Minsk.", set(),
     {("UKR", "13", "BLR", None)}),
    ("sanctions not ruled out", "Paris has not ruled out new sanctions on Moscow.", set(),
     {("FRA", "138", "RUS", None)}),
]

PARTICIPATION: list[Case] = [
    ("participation in talks suspended", "Poland suspended its participation in talks with "
     "Belarus.", {("POL", "164", "BLR", "happened")}, set()),
    ("participation in deal paused", "Ankara paused its participation in the grain deal with "
     "Moscow.", {("TUR", "121", "RUS", "happened")}, set()),
    # negative row: participation resumed is no suspension
    ("participation resumed", "Seoul resumed its participation in the talks with Pyongyang.",
     set(), {("KOR", "16", "PRK", None)}),
]

ON_HOLD: list[Case] = [
    ("talks on hold", "Canada put its trade talks with India on hold.",
     {("CAN", "164", "IND", "happened")}, set()),
    ("aid on hold", "Wellington put its budget support to Tonga on hold.",
     {("NZL", "162", "TON", "happened")}, set()),
    ("deal on hold", "Jakarta put its defence deal with Paris on hold.",
     {("IDN", "121", "FRA", "happened")}, set()),
    # negative row: trust put in someone is no cut
    ("trust put in", "Ottawa put its trust in Washington.", set(),
     {("CAN", "16", "USA", None), ("CAN", "12", "USA", None)}),
]

STAFF: list[Case] = [
    ("diplomats cut", "Moscow cut the number of American diplomats in Russia.",
     {("RUS", "161", "USA", "happened")}, set()),
    ("diplomats reduced", "Prague reduced the number of Russian diplomats in its capital.",
     {("CZE", "161", "RUS", "happened")}, set()),
    ("cut in staff demanded", "Chisinau demanded a cut in Russian embassy staff.",
     {("MDA", "161", "RUS", None)}, set()),
    ("diplomats leave", "Mexican diplomats will leave Ecuador immediately.",
     {("MEX", "161", "ECU", "planned")}, set()),
    ("ambassador leaves", "The Dutch ambassador left Caracas on Monday after the dispute.",
     {("NLD", "161", "VEN", "happened")}, set()),
    # negative rows: embassy funding cut is no downgrade; diplomats who stay are no pull-out
    ("embassy funding cut", "Washington cut funding for its embassy in Iraq.", set(),
     {("USA", "161", "IRQ", None)}),
    ("diplomats stay", "The Lithuanian diplomats will not leave Minsk.", set(),
     {("LTU", "161", "BLR", None)}),
]

MIGRANTS: list[Case] = [
    ("migrants pushed", "Warsaw accused Minsk of pushing migrants to the Polish border.",
     {("BLR", "170", "POL", None), ("POL", "112", "BLR", "happened")}, set()),
    ("asylum seekers sent", "Helsinki says Moscow is sending asylum seekers to the Finnish "
     "border.", {("RUS", "170", "FIN", None)}, set()),
    ("migration weaponised", "Rome accused Tripoli of weaponising migration against Italy.",
     {("LBY", "170", "ITA", None)}, set()),
    # negative row: aid workers sent to a border are no coercion
    ("aid workers sent", "Madrid sent aid workers to the border with Morocco.", set(),
     {("ESP", "17", "MAR", None)}),
]

DENIALS: list[Case] = [
    ("allegation rejected, verdict first", "India rejected as absurd an allegation by Canada "
     "that its agents were behind the killing.", {("IND", "016", "CAN", "happened")},
     {("IND", "111", "CAN", None)}),
    ("accusation dismissed, verdict first", "Kigali dismissed as baseless an accusation by "
     "Kinshasa that it armed the rebels.", {("RWA", "016", "COD", None)}, set()),
    ("charge rejected, verdict first", "Hanoi rejected as groundless a charge by Beijing "
     "that its boats rammed a trawler.", {("VNM", "016", "CHN", None)}, set()),
    # negative row: a proposal rejected with a verdict is no denial
    ("proposal rejected", "Seoul rejected as unacceptable the proposal by Tokyo.", set(),
     {("KOR", "016", "JPN", None)}),
]

COUNTED: list[Case] = [
    ("last of the crossings", "Poland is to close the last of its open crossings into "
     "Belarus.", {("POL", "172", "BLR", None)}, set()),
    ("rest of the troops", "Paris withdrew the rest of its troops from Mali.",
     {("FRA", "087", "MLI", "happened")}, set()),
]

COURTS: list[Case] = [
    ("case taken to court, side named before", "Kenya and Somalia quarrelled over the sea "
     "border for years. Somalia took the case to the international court in 2014.",
     {("SOM", "115", "KEN", "happened")}, set()),
    ("case taken to court against", "Manila took its case against Beijing to the arbitration "
     "tribunal.", {("PHL", "115", "CHN", None)}, set()),
    # negative row: a matter taken to the Security Council is an appeal, not a lawsuit
    ("matter taken to the council", "Islamabad took the matter to the UN Security Council.",
     set(), {("PAK", "115", "UNO", None)}),
]

PROMISES: list[Case] = [
    ("held to commitments", "An aide said Washington would hold Caracas to its electoral "
     "promises.", {("USA", "100", "VEN", None)}, {("USA", "17", "VEN", None)}),
    ("held to promise", "Kyiv will hold Moscow to its promise on the grain corridor.",
     {("UKR", "100", "RUS", None)}, set()),
    ("response at a time of choosing", "Islamabad vowed to respond to India at a moment and "
     "place of its own choosing.", {("PAK", "138", "IND", None)}, {("PAK", "03", "IND", None)}),
    ("retaliation at a time of choosing", "Tehran vowed to retaliate against Israel at a "
     "time of its choosing.", {("IRN", "138", "ISR", None)}, set()),
    # negative row: a person held in custody stays held
    ("person held", "Russian police held the American journalist Evan Gershkovich in "
     "Moscow.", {("RUS", "173", "USA", None)}, {("RUS", "100", "USA", None)}),
]

YIELDING: list[Case] = [
    ("removal of levies announced", "Beijing will remove the levies it put on Australian wine, "
     "its trade ministry said.", {("CHN", "035", "AUS", "happened")},
     {("CHN", "085", "AUS", None)}),
    ("duties scrapped", "India scrapped the duties on American almonds last year.",
     {("IND", "085", "USA", "happened")}, set()),
    ("duties waived", "Ottawa waived the surcharges on Mexican steel.",
     {("CAN", "085", "MEX", None)}, set()),
    # negative row: duties imposed are no easing
    ("duties imposed", "Brussels imposed duties on Chinese steel.", set(),
     {("EU", "08", "CHN", None)}),
]

BORDERS_AND_VISAS: list[Case] = [
    ("crossings shut", "Lithuania shut two border crossings with Belarus.",
     {("LTU", "172", "BLR", "happened")}, set()),
    ("visa-free travel suspended", "Beijing suspended visa-free travel for Japanese citizens.",
     {("CHN", "172", "JPN", "happened")}, {("CHN", "160", "JPN", None)}),
    ("visa-free regime ended", "Moscow ended the visa-free regime with Georgia.",
     {("RUS", "172", "GEO", None)}, set()),
    ("visa-free entry restored", "China restored visa-free entry for Japanese nationals.",
     {("CHN", "081", "JPN", None)}, set()),
    # negative row: an aid programme suspended stays aid cut
    ("aid programme suspended", "The EU suspended its aid programme for Niger.",
     {("EU", "162", "NER", None)}, {("EU", "172", "NER", None)}),
]

EMBASSIES: list[Case] = [
    ("embassy ordered to cut staff", "Russia ordered the US embassy to cut its staff by 755 "
     "people.", {("RUS", "161", "USA", "happened")}, {("RUS", "100", "USA", None)}),
    ("embassy told to reduce staff", "Moscow told the British embassy to reduce its staff.",
     {("RUS", "161", "GBR", None)}, set()),
    # negative row: a ship ordered to leave is a demand, no downgrade
    ("ship ordered to leave", "Manila ordered the Chinese vessel to leave the shoal.", set(),
     {("PHL", "161", "CHN", None)}),
]

WEAPONS: list[Case] = [
    ("air defence batteries sent", "Germany sent two Patriot batteries to Kyiv.",
     {("DEU", "072", "UKR", "happened")}, set()),
    ("launchers delivered", "Washington delivered HIMARS launchers to Ukraine.",
     {("USA", "072", "UKR", "happened")}, set()),
    ("jets to be given", "The Netherlands will give F-16s to Ukraine.",
     {("NLD", "072", "UKR", None)}, set()),
    ("battery pledged", "Berlin pledged an IRIS-T air defence battery to Kyiv.",
     {("DEU", "0332", "UKR", None)}, set()),
    # negative row: car batteries supplied are no military aid
    ("car batteries", "Seoul supplies car batteries to Germany.", set(),
     {("KOR", "072", "DEU", None)}),
]

WEAPONISED: list[Case] = [
    ("migrants as a weapon", "Belarus is using migrants as a weapon against the EU, Warsaw "
     "said.", {("BLR", "170", "EU", None)}, set()),
    ("people held responsible", "Ottawa froze the assets of six Russian officers it held "
     "responsible for the poisoning.", {("CAN", "112", "RUS", None)},
     {("CAN", "173", "RUS", None)}),
    # negative row: journalists held stay held
    ("journalists held", "Police in Minsk held two Polish journalists for a week.",
     {("BLR", "173", "POL", None)}, {("BLR", "112", "POL", None)}),
]

COURT_ASKED: list[Case] = [
    ("court asked", "South Africa asked the court to order Israel to halt its offensive.",
     {("ZAF", "115", "ISR", None)}, set()),
    ("tribunal petitioned", "Ukraine petitioned the tribunal against Russia over the seized "
     "ships.", {("UKR", "115", "RUS", None)}, {("UKR", "020", "RUS", None)}),
    # negative row: a government asked stays an appeal
    ("government asked", "Washington asked Beijing to release the detained Americans.",
     {("USA", "020", "CHN", None)}, {("USA", "115", "CHN", None)}),
]

ROWS = (BLAME + FORCE + PARTICIPATION + ON_HOLD + STAFF + MIGRANTS + DENIALS + COUNTED + COURTS
        + PROMISES + YIELDING + BORDERS_AND_VISAS + EMBASSIES + WEAPONS + WEAPONISED
        + COURT_ASKED)


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c.startswith(code))
               and (status is None or st == status) for s, r, c, t, st in got)


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lex15_sentence_events(extracted_pairs, label: str, text: str,
                                   present: set[Row], absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
