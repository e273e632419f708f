"""Sentence -> event tables for recall classes of session 13 (rec10): envoys sent off by the
time given to go or in the agentless passive (161: "were given 48 hours to leave", "had until
Monday to leave", "was asked to leave the country"); wire leads whose dateline city the parser
took for the subject ("HANOI, May 2 - Vietnam and Laos signed ...": the subject after the dash);
thanks extended, offered or sent (051, not an offer 03x); demands or objections waved, swept or
brushed aside (120); a gathering the story told attended with no object named ("attended in
person", "attending as a guest": 042 to the country it is held in); a person welcomed or met on
or during his visit (the guest makes the visit, to the host's side; 043 from the host); a state
joining a named body, becoming a member of it or ratifying its charter or statute (057); staying
away from, skipping or declining to attend a gathering held abroad (125 aimed at its host);
prisoners or servicemen handed over, handed back or repatriated (0841, also where the parser
reads "handed over 90 soldiers" as "over 90"); warships docking at or calling at another state's
port (042, a port call is no phone call); an act named in the "by" phrase of a negated passive
still took place ("has not been changed by Russia's war"); hostile, offensive or insulting remarks
or comments by a side about or against another (111).

Every row is written for this file and names the construction it covers. ``present`` rows
(source country, CAMEO code or two-digit root, target country, status or None) must be coded;
``absent`` triples must not be. A two-character code is compared with the event's root, a
longer one with its full code.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 12)

Want = tuple[str, str, str, str | None]
Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def code_events(coder):
    """This module's texts as articles published on PUB: the set of (source country, root,
    code, target country, status) of their events."""
    from detente.model import Article

    def _code(text: str) -> set[tuple[str | None, str, str, str | None, str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=PUB,
                      origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.country if e.source else None, e.root, e.cameo,
                 e.target.country if e.target else None, e.status.value) for e in res.events}

    return _code


def _has(got: set[tuple[str | None, str, str, str | None, str]], src: str, code: str,
         tgt: str, status: str | None = None) -> bool:
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


ROWS: list[tuple[str, str, set[Want], set[Triple]]] = [
    # -- an envoy sent off, told by the time given to go (161)
    ("given hours, passive, said", "Estonia's foreign minister said two Belarusian "
     "diplomats had been given 72 hours to leave.", {("EST", "161", "BLR", "happened")}, set()),
    ("gave envoys days, active", "Ecuador gave Mexican embassy staff five days to leave "
     "Quito.", {("ECU", "161", "MEX", "happened")}, set()),
    ("had until a day, told", "The Hungarian foreign ministry summoned the Dutch ambassador "
     "and told him the Dutch diplomats had until Friday to leave.",
     {("HUN", "161", "NLD", None)}, set()),
    ("has days to depart", "The Nigerian consul has three days to depart, the junta in "
     "Niamey said on Tuesday.", {("NER", "161", "NGA", None)}, set()),
    ("asked to leave, passive", "Kenya's foreign ministry said the Somali ambassador was "
     "asked to leave the country.", {("KEN", "161", "SOM", "happened")}, set()),
    ("asked to leave, story partner", "Bahrain condemned Lebanon's information minister on "
     "Friday. The Lebanese envoy in Manama has been asked to leave within two days.",
     {("BHR", "161", "LBN", None)}, set()),
    ("dateline and given days", "RIGA, June 3 - Latvia's government on Friday gave the "
     "Russian ambassador 48 hours to leave the country.", {("LVA", "161", "RUS", None)}, set()),
    # tourists, students or workers given time to leave are no envoys
    ("tourists given hours: none", "Tourists were given 48 hours to leave the island, "
     "Greek officials said.", set(), {("GRC", "16", "GRC")}),
    ("students asked to leave: none", "Chinese students were asked to leave the campus, "
     "the Australian university said.", set(), {("AUS", "16", "CHN")}),
    ("workers had until: none", "Filipino workers had until Monday to leave the site, "
     "Kuwait said.", set(), {("KWT", "16", "PHL")}),
    # -- a wire lead: the subject after the dateline's dash, not the dateline city
    ("dateline, coordinated subject", "HANOI, May 2 - Vietnam and Laos have signed a "
     "border demarcation protocol in the capital.", {("VNM", "057", "LAO", None)}, set()),
    ("dateline, plural noun subject", "VILNIUS, Oct 3 - Belarusian diplomats left their "
     "embassy on Tuesday after Lithuania cut diplomatic ties with Belarus.",
     {("LTU", "161", "BLR", None)}, set()),
    ("dateline, titled person", "OTTAWA, Feb 9 - Prime Minister Justin Trudeau condemned "
     "Beijing's detention of two Canadian citizens.", {("CAN", "111", "CHN", None)}, set()),
    # -- thanks extended, offered, sent: praise (051), no offer of anything (03x)
    ("extends appreciation", "Kenya extends its appreciation to the Government of Japan "
     "for its continued support.", {("KEN", "051", "JPN", "happened")}, set()),
    ("offered thanks", "Chile offered its heartfelt thanks to Argentina for the firefighting "
     "planes.", {("CHL", "051", "ARG", None)}, {("CHL", "03", "ARG")}),
    ("sent gratitude", "Nepal's president sent his gratitude to India for the earthquake "
     "relief.", {("NPL", "051", "IND", None)}, set()),
    # -- demands or objections pushed aside: rejection (120)
    ("brushed aside, adverb particle", "Hanoi brushed aside Beijing's objections to the "
     "oil survey.", {("VNM", "120", "CHN", "happened")}, set()),
    ("swept aside", "Ankara swept aside Stockholm's assurances on Tuesday.",
     {("TUR", "120", "SWE", None)}, set()),
    ("waved away", "Minsk waved away the Polish warnings about the migrants.",
     {("BLR", "120", "POL", None)}, set()),
    ("set aside funds: none", "Tokyo set aside funds for Philippine coast guard vessels.",
     set(), {("JPN", "12", "PHL")}),
    # -- a gathering attended with no object: the journey to where the story held it (042)
    ("attended in person", "Kenya hosted the presidents of Uganda and Tanzania at a "
     "regional summit in Nairobi on Tuesday. Ethiopia's prime minister attended in person, "
     "on his first trip abroad this year.", {("ETH", "042", "KEN", "happened")}, set()),
    ("attending as a guest", "The presidents of Russia and Kazakhstan met in Astana, "
     "Kazakhstan, on Sunday. The Turkish president, attending as a guest, held talks with "
     "the Azerbaijani president.", {("TUR", "042", "KAZ", "happened")}, set()),
    ("attended, no gathering told: none", "Canadian Prime Minister Justin Trudeau attended "
     "with his wife.", set(), {("CAN", "04", "USA")}),
    ("attended at home: none", "Leaders of the Commonwealth met in Kigali on Friday. "
     "Rwanda's president attended in person.", set(), {("RWA", "04", "RWA")}),
    # -- welcomed or met on / during his visit: the guest's journey to the host (042, 043)
    ("welcomed on his visit", "Hanoi welcomed the South Korean president on his first state "
     "visit.", {("KOR", "042", "VNM", "happened"), ("VNM", "043", "KOR", "happened")},
     {("VNM", "042", "KOR")}),
    ("greeted on her trip", "President Lula greeted the German chancellor on her trip to "
     "Brazil.", {("DEU", "042", "BRA", None), ("BRA", "043", "DEU", None)},
     {("BRA", "042", "DEU")}),
    ("met during his visit", "Erdogan met the Iraqi prime minister during his visit to "
     "Ankara.", {("IRQ", "042", "TUR", None)}, {("TUR", "042", "IRQ")}),
    ("welcomed a decision on a day: none", "Kenya welcomed the Ugandan decision on its "
     "first day.", set(), {("KEN", "043", "UGA")}),
    # -- accession to a named international body (057); a bid to join stays an appeal
    ("joined body", "Montenegro formally joined NATO on Monday.",
     {("MNE", "057", "NATO", "happened")}, set()),
    ("will become member of", "Timor-Leste will become the eleventh member of ASEAN next "
     "year.", {("TLS", "057", "ASEAN", "planned")}, set()),
    ("ratified statute of", "Ukraine ratified the statute of the International Criminal "
     "Court in August.", {("UKR", "057", "ICC", None)}, set()),
    ("bid to join: none", "Georgia's bid to join the European Union stalled this year.",
     set(), {("GEO", "05", "EU")}),
    ("joined in condemning: none", "Japan joined the United States in condemning the "
     "launch.", set(), {("JPN", "05", "USA")}),
    # -- staying away from a gathering abroad: a refusal aimed at the host (125)
    ("stayed away from summit in", "The Kazakh president stayed away from the bloc's summit "
     "in Minsk last month.", {("KAZ", "125", "BLR", None)}, set()),
    ("declined to attend meeting in", "A meeting of the two ministers in Geneva did not "
     "go ahead after the Serbian minister declined to attend.", {("SRB", "125", "CHE", None)},
     set()),
    ("boycotted summit in", "The Malian junta boycotted the regional summit in Abuja.",
     {("MLI", "125", "NGA", None)}, set()),
    ("stayed away from its summit", "The Shanghai bloc is led by Beijing. The Indian prime "
     "minister stayed away from its summit in Astana.", {("IND", "125", "KAZ", None)},
     {("IND", "125", "CHN")}),
    ("boycotted talks with: counterpart kept", "The Malian junta boycotted talks with "
     "France in Lome.", {("MLI", "125", "FRA", None)}, {("MLI", "125", "TGO")}),
    ("stayed away at home: none", "The Kenyan president stayed away from the summit in "
     "Nairobi.", set(), {("KEN", "12", "KEN")}),
    # -- captives handed over or repatriated: released (0841), not judicial cooperation
    ("handed over N soldiers", "Russia handed over 75 Ukrainian soldiers to Kyiv on "
     "Friday.", {("RUS", "0841", "UKR", "happened")}, {("RUS", "063", "UKR")}),
    ("handed back prisoners", "Baku handed back two Armenian prisoners to Yerevan.",
     {("AZE", "0841", "ARM", None)}, set()),
    ("repatriated fishermen", "India repatriated 22 Pakistani fishermen through the Wagah "
     "border crossing.", {("IND", "0841", "PAK", None)}, set()),
    ("handed over a suspect: judicial", "Mexico handed over the cartel leader to American "
     "authorities.", {("MEX", "063", "USA", None)}, {("MEX", "0841", "USA")}),
    # -- naval port calls: a visit (042)
    ("docked at port of", "An Indian navy destroyer docked at the Omani port of Duqm on "
     "Sunday.", {("IND", "042", "OMN", "happened")}, set()),
    ("docked in city", "Two Russian frigates docked in Havana last week.",
     {("RUS", "042", "CUB", None)}, set()),
    ("made a port call", "A French frigate made a port call in Manila.",
     {("FRA", "042", "PHL", None)}, {("FRA", "041", "PHL")}),
    ("warships docked at home: none", "Chinese warships docked in Qingdao after the "
     "drills.", set(), {("CHN", "04", "CHN")}),
    # -- the agent of a negated passive is presupposed
    ("agent of negated passive", "Our position has not been altered by China's drills "
     "around Taiwan.", {("CHN", "15", "TWN", "happened")}, set()),
    ("negated object: none", "Moscow has not created the conditions for talks with "
     "Kyiv.", set(), {("RUS", "04", "UKR")}),
    # -- hostile remarks by a side about another: its criticism (111)
    ("offensive remarks about", "Riyadh protested offensive remarks by a Lebanese minister about "
     "Saudi Arabia.", {("LBN", "11", "SAU", None)}, set()),
    ("minister's insulting comments", "Ankara condemned the Greek minister's insulting "
     "comments about Turkey.", {("GRC", "11", "TUR", None), ("TUR", "111", "GRC", None)},
     set()),
    ("remarks with no hostile word: none", "The Kenyan president's remarks about Uganda "
     "were welcomed.", set(), {("KEN", "11", "UGA")}),
    ("no dateline: capital subject kept", "NATO, the Western alliance, condemned the North "
     "Korean missile launch.", {("NATO", "111", "PRK", None)}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_rec10_codes(code_events, label: str, text: str, present: set[Want],
                         absent: set[Triple]) -> None:
    got = code_events(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status), (label, (src, code, tgt, status), got)
    for src, code, tgt in absent:
        assert not _has(got, src, code, tgt), (label, (src, code, tgt), got)
