"""Argument linking inside the sentence (session 16, link16).

* an offer, pledge, appeal or demand named by a noun whose giver a "from" phrase names (also
  hung by the parser on what is offered, "offers of help from X", or set out as a list after
  a group noun, "from three countries, A, B and C") goes to whoever takes it up or turns it
  down ("accepted", "welcomed", "rejected");
* an active verb joined to a passive that tells a feeling ("is concerned by ... and urges X")
  shares its subject; a passive of an act ("was arrested and extradited") does not;
* a verb the parser joined to a reported "that" clause whose object is the very side that
  clause's subject names ("said it was glad that both sides had pulled back, and encouraged
  A and B to talk") is the reporter's;
* a refusal told as the moment or the cause of another side's act ("halted supplies to A after
  they refused to pay") is aimed at that side;
* an agentless "expelled / deported from" a state's place is that state's act, aimed at the
  side the one put out is of (also through "whose ambassador");
* a plural group subject shown by "including" / "like" names its members as the doers;
* a passive of giving whose retained object names the giver ("was granted EU candidate
  status") is that giver's act;
* arming told of a side charged with it goes to the fighters named by the verb or the verb
  joined to it ("of arming and fighting alongside the X rebels"), when they are a state's;
* a list of named sides whose second name the parser took for an apposition of the first
  (and hung the rest inside it) names every side; a description beside a name does not;
* an object "them" in a clause with its own subject, joined to one whose subject is plural,
  is that subject ("X's troops tried to cross, and Y's soldiers blocked them");
* the agent of a passive that takes or makes a decision or plan is who does what it decides
  ("the decision to expel the envoy was taken by X");
* people named for two sides joined in their modifier ("A and B investigators") act for each;
* a "by" phrase after the object of an active verb of judging names who did what the object
  tells ("welcomed the signing of the truce by X"), also where the parser took the verb for a
  passive because of it.

The sentences are our own. These load the real spaCy model (one Coder per session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

Want = tuple[str | None, str, str | None]
# (label, text, events that must be coded as (source, code or root, target), events that must not)
Row = tuple[str, str, set[Want], set[Want]]

OFFERS_TAKEN: list[Row] = [
    ("offers of help from a list", "Nepal's government said it had accepted offers of help from "
     "three countries, India, Japan and Norway, after the floods.",
     {("IND", "03", "NPL"), ("JPN", "03", "NPL"), ("NOR", "03", "NPL")},
     {("NPL", "03", "NPL")}),
    ("offers of aid welcomed", "Kenya welcomed offers of aid from Japan and Germany.",
     {("JPN", "03", "KEN"), ("DEU", "03", "KEN")}, set()),
    ("pledges of support received", "Greece received pledges of support from France.",
     {("FRA", "03", "GRC")}, {("GRC", "03", "FRA")}),
    ("demand rejected", "Chile rejected a demand from Bolivia for access to the sea.",
     {("BOL", "10", "CHL")}, {("CHL", "10", "BOL")}),
    # the taker's own offer: nobody else's to take
    ("own offer repeated", "Turkey repeated its offer of mediation to Armenia.",
     set(), {("ARM", "03", "TUR")}),
]

FEELING_PASSIVES: list[Row] = [
    ("troubled and urges", "Sweden is troubled by the arrests and urges Minsk to free the "
     "journalists.", {("SWE", "020", "BLR")}, set()),
    ("alarmed and called on", "Canada was alarmed by the strikes and called on Israel to stop.",
     {("CAN", "02", "ISR")}, set()),
    ("disappointed and urges", "Norway is disappointed by the verdict and urges Iran to free "
     "the activist.", {("NOR", "02", "IRN")}, set()),
    # a passive act joined to another: the one acted on does not act
    ("detained and extradited", "The banker was detained in Panama in 2019 and extradited to "
     "Spain in 2021.", {("PAN", "063", "ESP")}, {(None, "06", "ESP")}),
]

REPORTER_CONJUNCT: list[Row] = [
    ("pleased that, and encouraged", "The Kremlin said it was pleased that both sides seemed "
     "to have stepped back, and encouraged Armenia and Azerbaijan to keep talking.",
     {("RUS", "02", "ARM"), ("RUS", "02", "AZE")}, {("ARM", "02", "AZE")}),
    ("relieved that, and urged", "Brazil said it was relieved that the two sides had stopped "
     "fighting, and urged Russia and Ukraine to talk.",
     {("BRA", "02", "RUS"), ("BRA", "02", "UKR")}, set()),
    # a pronoun subject of the reported clause is the reporter itself
    ("said it downed and captured", "Syria said on Friday it had downed two Turkish drones near "
     "the border and captured an operator.", {("SYR", "190", "TUR")}, {("TUR", "19", "SYR")}),
]

REFUSALS_AS_CAUSE: list[Row] = [
    ("cut after they refused", "Last winter, Moscow cut gas deliveries to Latvia and Finland "
     "after they refused to settle bills in roubles.",
     {("LVA", "12", "RUS"), ("FIN", "12", "RUS")}, set()),
    ("recalled when rejected", "Japan recalled its ambassador after China rejected the "
     "proposal.", {("CHN", "12", "JPN")}, {("JPN", "12", "CHN")}),
    ("expelled because declined", "Lithuania expelled two Belarusian diplomats because Minsk "
     "declined to explain the border incident.", {("BLR", "12", "LTU")}, set()),
]

BY_DOERS: list[Row] = [
    ("praised handover by", "Brazil praised the handover of the prisoners on Friday by "
     "Venezuela.", {("BRA", "051", "VEN")}, {("VEN", "051", "BRA")}),
    ("welcomed signing in a city by", "Egypt welcomed the signing of the ceasefire in Doha by "
     "representatives of Israel.", {("EGY", "051", "ISR")}, {("EGY", "051", "QAT")}),
    ("condemned seizure by", "Italy condemned the seizure of the tanker by Iranian forces.",
     {("ITA", "111", "IRN")}, set()),
    # a means, not a doer
    ("praised by phone", "Chile praised the decision by phone.", set(),
     {("CHL", "05", "CHL")}),
]

PUT_OUT_FROM: list[Row] = [
    ("whose envoy expelled from capital", "Lithuania acted out of solidarity with Poland, whose "
     "ambassador had been expelled from Minsk two days before.",
     {("BLR", "161", "POL")}, {("LTU", "161", "BLR")}),
    ("envoy expelled from capital", "The Dutch envoy was expelled from Caracas last week.",
     {("VEN", "161", "NLD")}, set()),
    ("deported from country", "Hundreds of Afghans were deported from Pakistan in March.",
     {("PAK", "174", "AFG")}, set()),
    # a place that is no state: nobody to put the envoy out
    ("expelled from a meeting", "The diplomat was expelled from the conference.", set(),
     {(None, "161", None)}),
]

GROUPS_SHOWN_BY: list[Row] = [
    ("other governments including", "Thai officials said other governments, including "
     "Germany, had asked for the same kind of deal.",
     {("DEU", "02", "THA")}, {("THA", "02", "THA")}),
    ("several countries including", "Several countries, including Chile and Peru, condemned "
     "the coup in Niger.", {("CHL", "111", "NER"), ("PER", "111", "NER")}, set()),
    ("states like", "Several states, like Norway and Iceland, criticised Japan's new whaling "
     "rules.", {("NOR", "11", "JPN"), ("ISL", "11", "JPN")}, set()),
]

GIVEN_BY_NAME: list[Row] = [
    ("granted EU status", "Albania was granted EU candidate status in 2014.",
     {("EU", "054", "ALB")}, {("ALB", "054", "EU")}),
    ("granted NATO status", "Ukraine was granted NATO observer status.",
     {("NATO", "054", "UKR")}, set()),
    # nobody named on what is given and nobody reporting it: no giver
    ("granted status, no giver", "Georgia was granted candidate status.", set(),
     {("GEO", "054", None)}),
]

ARMED_GROUPS: list[Row] = [
    ("arming named rebels alongside", "Kigali accused Kampala of arming and fighting "
     "alongside the Congolese rebels.", {("UGA", "07", "COD")}, {("UGA", "07", "RWA")}),
    # fighters of no named state: whose they are is not told
    ("arming a rebel group", "Bamako accused Algiers of arming a rebel group in the north.",
     set(), {("DZA", "072", "MLI")}),
    ("arming named rebels", "Washington accused Tehran of arming Houthi rebels.",
     {("IRN", "072", "YEM")}, {("IRN", "072", "USA")}),
]

APPOSED_LISTS: list[Row] = [
    ("thanked list with apposed second name", "Oman thanked the Arab League, the Gulf "
     "Cooperation Council, Jordan and Italy for their help.",
     {("OMN", "051", "GCC"), ("OMN", "051", "JOR"), ("OMN", "051", "ITA")}, set()),
    ("praised list", "Kenya praised the European Union, the Economic Community of West African "
     "States, Ghana and Norway for their help.",
     {("KEN", "051", "EU"), ("KEN", "051", "GHA"), ("KEN", "051", "NOR")}, set()),
    # a description set beside a name is the same side, or the name told again
    ("met emir described", "Biden met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha.",
     {("USA", "04", "QAT")}, {("USA", "04", "USA")}),
]

OBJECT_PRONOUNS: list[Row] = [
    ("tried and blocked them", "Officials said Chinese vessels had tried to enter the shoal, "
     "and that Philippine ships had blocked them.", {("PHL", "191", "CHN")},
     {("PHL", "191", "PHL")}),
    ("crossed and shot them down", "Russian drones crossed the border, and Polish jets shot "
     "them down.", {("POL", "190", "RUS")}, {("POL", "190", "POL")}),
    ("approached and warned them off", "Iranian boats approached the tanker, and British "
     "sailors warned them off.", {("GBR", "13", "IRN")}, {("GBR", "13", "GBR")}),
]

DECISIONS_TAKEN_BY: list[Row] = [
    ("decision taken by", "The decision to expel the French ambassador was taken by the "
     "Government of Niger.", {("NER", "161", "FRA")}, {("FRA", "161", "NER")}),
    ("decision made by", "The decision to impose sanctions on Iran was made by the European "
     "Union.", {("EU", "163", "IRN")}, set()),
    ("plan approved by", "The plan to send troops to Haiti was approved by Kenya's parliament.",
     {("KEN", "074", "HTI")}, set()),
]

CONJOINED_NAMERS: list[Row] = [
    ("state and body investigators", "Sudan and African Union investigators have accused Chad "
     "of backing the militia.", {("SDN", "112", "TCD"), ("AU", "112", "TCD")}, set()),
    ("two states' officials", "Canada and European Union officials criticised India.",
     {("CAN", "111", "IND"), ("EU", "111", "IND")}, set()),
    ("state and state's ministers", "Peru and Chile's foreign ministers condemned the coup in "
     "Bolivia.", {("PER", "111", "BOL"), ("CHL", "111", "BOL")}, {("BOL", "111", "BOL")}),
]

ROWS = (DECISIONS_TAKEN_BY + CONJOINED_NAMERS + APPOSED_LISTS + OBJECT_PRONOUNS
        + GIVEN_BY_NAME + ARMED_GROUPS + PUT_OUT_FROM + GROUPS_SHOWN_BY + OFFERS_TAKEN
        + FEELING_PASSIVES + REPORTER_CONJUNCT + REFUSALS_AS_CAUSE + BY_DOERS)


def _has(got: set[tuple[str | None, str, str, str | None]], want: Want) -> bool:
    src, code, tgt = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               for s, r, c, t in got)


@pytest.mark.parametrize("label,text,present,absent", ROWS, ids=[r[0] for r in ROWS])
def test_nlp_link16_links_the_sides(code_sentence, label, text, present, absent):
    got = code_sentence(text, DAY)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
