"""Sentence -> event tables for the roots22 trigger senses (the right verb read as the wrong
root, or no trigger at all):

- forces that fly, move or pull out of a country withdraw (087), the parser's "out" + "of"
  read as the particle it is (not out of talks or a summit: the meeting called off, 04);
- a side taken, hauled or dragged to a court or the WTO is the target of a legal complaint
  (115); a ruling or case won against a side is one too (115);
- a mandate, memorandum, lease or contract not renewed or extended is cooperation rejected
  (121);
- forces, police or peacekeepers that arrive in, deploy to or are stationed (at the host's
  request) in another state are sent to it (074), not a visit (042) nor a show of force (150);
- attacks or strikes stopped de-escalate (087); a demand to stop them is the demand's event,
  also as a bare "that" clause ("demanded that X halt its strikes": no 08 event of X's);
- envoys, observers or delegations turned away are refused (120) ("away" parsed as an adverb
  read as the particle it is).

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status or None for any status); a two-character code is
compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, str, str, str | None]
Case = tuple[str, str, set[Row], set[Row]]

FORCES_OUT: list[Case] = [
    ("contingent flew out", "The first Kenyan contingent flew out of Congo on Sunday.",
     {("KEN", "087", "COD", "happened")}, {("KEN", "15", "COD", None)}),
    ("troops pulled out of", "French troops pulled out of Mali last August.",
     {("FRA", "087", "MLI", "happened")}, set()),
    ("soldiers moved out", "Russian soldiers moved out of Armenia in May.",
     {("RUS", "087", "ARM", None)}, set()),
    # pulling out of talks is the talks called off (04 cancelled), not a withdrawal
    ("pulled out of talks", "Moscow pulled out of the negotiations with Kyiv on Friday.",
     set(), {("RUS", "08", "UKR", None)}),
    ("pulled out of summit", "Erdogan pulled out of the summit with Putin in Sochi.",
     {("TUR", "04", "RUS", "cancelled")}, {("TUR", "08", "RUS", None)}),
    # negative rows: jets flying near a side stay a show of force; a minister flying out is
    # no withdrawal
    ("jets flew near", "Chinese jets flew near Taiwan on Monday.",
     {("CHN", "15", "TWN", None)}, {("CHN", "08", "TWN", None)}),
    ("envoys pulled out of", "Quito told Caracas to pull its envoys out of Ecuador at once.",
     set(), {("VEN", "08", "ECU", None)}),
    ("minister flew out", "The Chinese foreign minister flew out of Paris on Tuesday.",
     set(), {("CHN", "08", "FRA", None)}),
]

COURTS: list[Case] = [
    ("took side to the WTO", "Canada has taken China to the WTO over its canola curbs.",
     {("CAN", "115", "CHN", "happened")}, set()),
    ("took side to the trade body", "Jakarta took Brussels to the World Trade Organization "
     "in 2019.", {("IDN", "115", "EU", None)}, set()),
    ("hauled before a court", "Kyiv hauled Moscow before the International Court of Justice.",
     {("UKR", "115", "RUS", None)}, set()),
    ("won ruling against", "Brussels won a WTO ruling against Jakarta's curbs on ore "
     "exports.", {("EU", "115", "IDN", None)}, set()),
    ("won case against", "Australia won its case against China at the WTO last year.",
     {("AUS", "115", "CHN", None)}, set()),
    # negative rows: a delegation taken to a museum, an election won
    ("duties taken to the WTO", "Ottawa said it was weighing taking the steel tariffs to the "
     "WTO.", set(), {("CAN", "115", "AFG", None)}),
    ("took delegation to a museum", "Paris took the Indian delegation to a museum.", set(),
     {("FRA", "11", "IND", None)}),
    ("won election", "Japan's ruling party won the election against its rivals.", set(),
     {("JPN", "11", "JPN", None)}),
]

NOT_RENEWED: list[Case] = [
    ("lease not extended", "Washington will not extend the lease for its base in Djibouti.",
     {("USA", "121", "DJI", None)}, set()),
    ("contract not renewed", "Hungary did not renew its gas contract with Russia.",
     {("HUN", "121", "RUS", None)}, set()),
    ("memorandum not renewed", "Rome decided not to renew its memorandum with Beijing.",
     {("ITA", "121", "CHN", None)}, set()),
    # negative rows: a deal renewed is cooperation; a ban extended stays a sanction
    ("deal renewed", "Seoul renewed its currency swap deal with Tokyo.", set(),
     {("KOR", "12", "JPN", None)}),
    ("ban extended", "Beijing extended its ban on Japanese seafood.",
     {("CHN", "16", "JPN", None)}, {("CHN", "12", "JPN", None)}),
]

FORCES_IN: list[Case] = [
    ("contingents arrived in", "The Ugandan contingents arrived in Congo in January.",
     {("UGA", "074", "COD", "happened")}, {("UGA", "04", "COD", None)}),
    ("police arrived in", "Kenyan police arrived in Haiti on Tuesday.",
     {("KEN", "074", "HTI", None)}, {("KEN", "04", "HTI", None)}),
    ("troops to deploy in", "Tanzanian troops are due to begin deploying in Mozambique "
     "next month.", {("TZA", "074", "MOZ", "planned")}, {("TZA", "15", "MOZ", None)}),
    ("stationed at request", "Rwandan soldiers are stationed in Mozambique at the request of "
     "its government.", {("RWA", "074", "MOZ", None)}, {("RWA", "15", "MOZ", None)}),
    # negative rows: a delegation arriving is a visit; warships deployed near a side and
    # troops stationed near its border stay a show of force
    ("delegation arrived", "The Chinese delegation arrived in Paris on Monday.",
     {("CHN", "04", "FRA", None)}, {("CHN", "07", "FRA", None)}),
    ("warships deployed near", "Chinese warships deployed near Taiwan on Sunday.",
     {("CHN", "15", "TWN", None)}, {("CHN", "07", "TWN", None)}),
    ("stationed near border", "Russian troops are stationed in Belarus near the Ukrainian "
     "border.", set(), {("RUS", "07", "UKR", None)}),
]

STOPPED_AND_TURNED_AWAY: list[Case] = [
    ("stopped attacks", "The Houthis have largely stopped their drone attacks on Saudi "
     "Arabia.", {("YEM", "087", "SAU", "happened")}, set()),
    ("stopped strikes", "Ankara stopped its air strikes on northern Iraq in June.",
     {("TUR", "087", "IRQ", None)}, set()),
    ("pledged to stop raids", "Kigali pledged to stop the raids in eastern Congo.",
     {("RWA", "03", "COD", None)}, {("RWA", "087", "COD", "happened")}),
    ("envoys turned away", "Moscow turned away the Swedish diplomats at the courthouse "
     "door.", {("RUS", "120", "SWE", "happened")}, set()),
    ("observers turned away", "Minsk turned away Lithuanian observers from the trial.",
     {("BLR", "120", "LTU", None)}, set()),
    # negative rows: a demand to stop attacks is no de-escalation; attacks not stopped are
    # none; migrants turned away are no envoys refused
    ("urged to stop attacks", "Washington urged Moscow to stop its attacks on Ukraine.",
     {("USA", "02", "RUS", None)}, {("RUS", "08", "UKR", None)}),
    ("demanded that they stop", "The Security Council demanded that the militia immediately "
     "stop its raids on Chad.", set(), {("SDN", "08", "TCD", None)}),
    ("demanded that it halt", "Paris demanded that Moscow halt its strikes on Ukraine.",
     {("FRA", "10", "RUS", None)}, {("RUS", "08", "UKR", None)}),
    ("not stopped strikes", "Russia has not stopped its strikes on Ukrainian cities.", set(),
     {("RUS", "08", "UKR", None)}),
    ("migrants turned away", "Hungarian border guards turned away hundreds of Syrian "
     "migrants.", set(), {("HUN", "12", "SYR", None)}),
]

ROWS = FORCES_OUT + COURTS + NOT_RENEWED + FORCES_IN + STOPPED_AND_TURNED_AWAY


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c.startswith(code))
               and (status is None or st == status) for s, r, c, t, st in got)


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots22_sentence_events(extracted_pairs, label: str, text: str,
                                     present: set[Row], absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
