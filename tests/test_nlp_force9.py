"""Sentence -> event tables for material conflict and cooperation (roots 06-08, 14-20, session 12):
a war waged against or on a side (190; a war named by where it is, or between two sides, is a
topic; a cold or propaganda war is no fighting), an economic or trade war waged on a side (163),
sides taken off a list (085; off a list of trusted partners, 163), transport links shut, closed
or halted (172), trade remedies imposed (163), people put on a plane out of the country (174),
sanctions or bans ended, revoked or rescinded (085 / 081; lifted, told as a noun, no sanction),
border and embassy closures told as nouns (172 / 161), withdrawals completed or begun (087),
forces operating alongside another side (062), relief let into a place (086, aimed at its
country), arms sales halted (162), warships or warplanes approaching a side (150), forces given
access to another's bases (062), telephone or internet links cut at home (no ties cut), fighting
that breaks out or erupts between two sides (190), diplomats or an embassy evacuated (161),
crowds attacking an embassy (145), blows at what someone else named ("struck what Delhi
described as a camp inside Pakistan") and at sites a place name is compounded on ("the
Kremenchuk shopping centre"), aimed at that place's country.

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 6, 12)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(coder_all):
    """This module's sentences as one-sentence articles published on PUB, every sentence
    parsed (the pre-filter's own tests cover what it keeps: a one-sentence article names
    only one side of many of these blows)."""
    from detente.model import Article

    def has(got: set[tuple[str | None, str, str, str | None]], want: Triple) -> bool:
        src, code, tgt = want
        return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
                   for s, r, c, t in got)

    def _check(text: str, present: set[Triple], absent: set[Triple], label: str) -> None:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=PUB,
                      origin="test", raw_text=text)
        res = coder_all.code(art)
        got = {(e.source.country if e.source else None, e.root, e.cameo,
                e.target.country if e.target else None) for e in res.events}
        for want in present:
            assert has(got, want), (label, want, got)
        for unwanted in absent:
            assert not has(got, unwanted), (label, unwanted, got)

    return _check


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a war waged against or on a side is the fighting (190), also when it is what a
    # meeting discussed or a statement condemned; a war named by its place or its two sides
    # is a topic, no blow of one side at the other
    ("war against a side condemned", "The ministers condemned Moscow's war against Ukraine "
     "in their closing statement.", {("RUS", "190", "UKR")}, set()),
    ("war on a side as a topic", "The two presidents talked about the fallout of Israel's war "
     "on Hamas for the region.", {("ISR", "19", "PSE")}, set()),
    ("war against a side as an object", "Tbilisi says Russia's war against Georgia left deep "
     "scars.", {("RUS", "19", "GEO")}, set()),
    ("war in a place", "The summit was dominated by the war in Sudan and by Russia's war in "
     "Ukraine.", set(), {("RUS", "19", "UKR")}),
    ("war between two sides", "The war between Armenia and Azerbaijan was on the agenda of "
     "the meeting.", set(), {("ARM", "19", "AZE"), ("AZE", "19", "ARM")}),
    ("cold war waged", "Beijing accused Washington of waging a new cold war against China.",
     {("CHN", "112", "USA")}, {("USA", "19", "CHN")}),
    ("propaganda war as a noun", "Kyiv says Moscow's propaganda war against Ukraine has "
     "intensified.", set(), {("RUS", "19", "UKR")}),
    # -- an economic or trade war waged on a side is a sanction (163), not fighting
    ("economic war waged", "Washington has waged an economic war on Caracas for years.",
     {("USA", "163", "VEN")}, {("USA", "19", "VEN")}),
    ("trade war waged as an accusation", "Beijing accused Washington of waging a trade war "
     "against China.", {("USA", "163", "CHN")}, {("USA", "19", "CHN")}),
    ("economic war as a noun", "Tehran says America's economic war against Iran has cost it "
     "billions.", {("USA", "163", "IRN")}, {("USA", "19", "IRN")}),
    # -- a side taken off a list (of state sponsors, a blacklist) has sanctions eased (085)
    ("removed from the list", "In 2008 Washington removed North Korea from the list of state "
     "sponsors of terrorism.", {("USA", "085", "PRK")}, set()),
    ("would remove from the list", "Biden said he would remove Cuba from the list once the "
     "review ended.", {("USA", "085", "CUB")}, set()),
    ("removed from a terrorism list", "Canada removed the Libyan group from its terrorism "
     "list.", {("CAN", "085", "LBY")}, set()),
    # (a list of trusted or preferred partners is a white list: taken off it is a curb, 163)
    ("removed from a list of preferred partners", "Beijing removed Vilnius from its list of "
     "preferred suppliers.", {("CHN", "163", "LTU")}, {("CHN", "08", "LTU")}),
    ("removed from a whitelist", "Japan removed South Korea from its export whitelist in "
     "2019.", {("JPN", "163", "KOR")}, {("JPN", "08", "KOR")}),
    # -- transport links shut, closed or halted are cut (172)
    ("land and air links shut", "Ankara shut all land and air links with Yerevan in 1993.",
     {("TUR", "172", "ARM")}, set()),
    ("air links closed", "Moscow closed its air links with Tbilisi after the protests.",
     {("RUS", "172", "GEO")}, set()),
    ("sea and air links halted", "Kuwait halted sea and air links with Iraq during the "
     "crisis.", {("KWT", "172", "IRQ")}, set()),
    # -- trade remedies imposed on a side's goods are sanctions (163)
    ("anti-dumping deposits", "Beijing imposed temporary anti-dumping deposits on "
     "Australian barley.", {("CHN", "163", "AUS")}, set()),
    ("countervailing duties", "Brussels imposed countervailing duties on Chinese electric "
     "cars.", {("EU", "163", "CHN")}, set()),
    ("a surcharge", "Washington imposed a surcharge on Canadian softwood lumber.",
     {("USA", "163", "CAN")}, set()),
    # -- people put on a plane or flight out of the country are expelled (174)
    ("put on a plane", "Kazakh police put the Uzbek activist on a plane to Tashkent.",
     {("KAZ", "174", "UZB")}, set()),
    ("put on a flight, passive", "The Russian journalist was put on a flight to Moscow by "
     "Georgian police.", {("GEO", "174", "RUS")}, set()),
    ("put on a plane home", "Thai authorities put the Uyghur men on a plane to China.",
     {("THA", "174", "CHN")}, set()),
    # -- sanctions or bans ended, revoked or rescinded (085; other bans 081)
    ("ban ended", "China ended its ban on Australian wine imports in March.",
     {("CHN", "081", "AUS")}, {("CHN", "163", "AUS")}),
    ("sanctions revoked", "Washington revoked the sanctions on the Venezuelan gold company.",
     {("USA", "085", "VEN")}, set()),
    ("tariffs ended", "Tokyo ended the tariffs on Indian steel last year.",
     {("JPN", "085", "IND")}, set()),
    ("talks ended are no easing", "Beijing ended its climate talks with Washington.",
     set(), {("CHN", "08", "USA")}),
    ("lifting of sanctions is no sanction", "The lifting of U.S. sanctions on Venezuelan oil "
     "angered the opposition.", set(), {("USA", "163", "VEN")}),
    # -- closures told as nouns: a border or crossing (172), an embassy (161)
    ("closure of a border with a state", "The closure of the border with Haiti by the "
     "Dominican Republic stranded traders.", {("DOM", "172", "HTI")}, set()),
    ("closure of its border announced", "Ankara announced the closure of its border with "
     "Syria.", {("TUR", "172", "SYR")}, set()),
    ("closure of an embassy ordered", "Washington ordered the closure of its embassy in "
     "Kabul.", {("USA", "161", "AFG")}, set()),
    # -- a withdrawal of forces completed or begun is the pull-out (087)
    ("withdrawal completed", "Paris completed the pullout of its soldiers from Mali in "
     "August.", {("FRA", "087", "MLI")}, set()),
    ("withdrawal begun", "Washington began the withdrawal of its forces from Afghanistan in "
     "May.", {("USA", "087", "AFG")}, set()),
    ("drawdown finished", "Moscow finished the drawdown of its troops from Syria.",
     {("RUS", "087", "SYR")}, set()),
    # -- forces operating alongside another side cooperate with it militarily (062)
    ("soldiers alongside troops", "Russian soldiers operate alongside Malian troops in the "
     "north.", {("RUS", "062", "MLI")}, set()),
    ("soldiers with forces", "Eritrean soldiers operated with Ethiopian forces in Tigray.",
     {("ERI", "062", "ETH")}, set()),
    ("airlines are no forces", "Russian airlines operate flights with Turkish carriers.",
     set(), {("RUS", "062", "TUR")}),
    # -- relief let into a place is let in for the people there (086 aimed at its country)
    ("aid trucks let into a strip", "Israel allowed aid trucks into Gaza through the southern "
     "crossing.", {("ISR", "0863", "PSE")}, set()),
    ("fuel let in", "Cairo allowed fuel deliveries into Gaza on Sunday.",
     {("EGY", "0863", "PSE")}, set()),
    ("aid let in, agreed", "Israel agreed to allow humanitarian aid into the Gaza Strip.",
     {("ISR", "03", "PSE")}, set()),
    # -- arms sales or exports halted, suspended or frozen cut military aid (162)
    ("arms sales halted", "Washington halted arms sales to Riyadh over the war in Yemen.",
     {("USA", "162", "SAU")}, {("USA", "06", "SAU")}),
    ("weapons exports suspended", "Ottawa suspended weapons exports to Turkey in 2019.",
     {("CAN", "162", "TUR")}, set()),
    ("arms sales frozen", "Madrid froze arms sales to Israel last year.",
     {("ESP", "162", "ISR")}, set()),
    # -- warships, warplanes or drones approaching a side are a show of force (150); people
    # and fishing boats approaching are not
    ("warships approached an island", "Taipei said Chinese warships approached Kinmen on "
     "Monday.", {("CHN", "150", "TWN")}, set()),
    ("bombers approached airspace", "Two Russian bombers approached Japanese airspace on "
     "Tuesday.", {("RUS", "150", "JPN")}, set()),
    ("lawmakers approached an envoy", "A group of Japanese lawmakers approached the Chinese "
     "ambassador.", set(), {("JPN", "150", "CHN")}),
    ("fishing vessel approached a coast", "A Chinese fishing vessel approached the Philippine "
     "coast.", set(), {("CHN", "150", "PHL")}),
    # -- a side's forces given access to another's bases or ports cooperate militarily (062)
    ("access to bases granted", "Manila granted American forces access to four more military "
     "bases.", {("PHL", "062", "USA")}, set()),
    ("access to air bases given", "Canberra gave U.S. bombers access to its northern air "
     "bases.", {("AUS", "062", "USA")}, set()),
    ("access to ports granted to a capital", "Athens granted Washington expanded access to "
     "its ports and bases.", {("GRC", "062", "USA")}, set()),
    # -- telephone or internet lines cut at home are a blackout, not ties cut with a state;
    # links cut with a state stay a cut (161, transport 172)
    ("communications cut at home", "Delhi sent extra troops to Kashmir, cut telephone and "
     "internet links and detained local leaders there.", set(), {("IND", "161", "PAK")}),
    ("links with a state cut", "Islamabad cut all links with Kabul after the attack.",
     {("PAK", "161", "AFG")}, set()),
    ("communication lines with a state cut", "Pyongyang cut all communication lines with "
     "Seoul on Tuesday.", {("PRK", "161", "KOR")}, set()),
    ("air links with a state cut", "Moscow cut air links with Tbilisi in July.",
     {("RUS", "172", "GEO")}, set()),
    # -- fighting that breaks out or erupts "between" two sides: each fought the other (190);
    # a dispute that breaks out is no fighting
    ("fighting broke out between", "Fighting broke out between Armenian and Azerbaijani "
     "troops on Tuesday.", {("ARM", "190", "AZE"), ("AZE", "190", "ARM")}, set()),
    ("clashes erupted between", "Clashes erupted between Indian and Chinese soldiers in the "
     "Galwan valley.", {("IND", "190", "CHN"), ("CHN", "190", "IND")}, set()),
    ("a dispute broke out", "A dispute broke out between Paris and Rome over migrants.",
     set(), {("FRA", "19", "ITA"), ("ITA", "19", "FRA")}),
    # -- diplomats or an embassy evacuated from a country are pulled out (161); citizens
    # evacuated are not
    ("embassy staff evacuated", "Washington evacuated its embassy staff from Kabul in "
     "August.", {("USA", "161", "AFG")}, {("USA", "074", "AFG")}),
    ("embassy evacuated", "Britain evacuated its embassy in Khartoum in April.",
     {("GBR", "161", "SDN")}, set()),
    ("diplomats evacuated", "Seoul evacuated its diplomats from Sudan.",
     {("KOR", "161", "SDN")}, set()),
    ("citizens evacuated", "France evacuated its citizens from Niger.", set(),
     {("FRA", "161", "NER")}),
    # -- crowds that attack or ransack an embassy riot (145), no armed attack (190); forces
    # that attack still fight
    ("crowds attacked an embassy", "Angry crowds attacked the French embassy in Niamey.",
     {("NER", "145", "FRA")}, {("NER", "190", "FRA")}),
    ("protesters ransacked an embassy", "Protesters ransacked the Swedish embassy in Baghdad.",
     {("IRQ", "145", "SWE")}, set()),
    ("forces attacked a port", "Russian forces attacked the Ukrainian port of Odesa.",
     {("RUS", "190", "UKR")}, {("RUS", "145", "UKR")}),
    # -- a blow at what someone else named: the thing named, and the place it stands in
    ("struck what was described", "Indian jets struck what Delhi described as a militant camp "
     "inside Pakistan.", {("IND", "19", "PAK")}, set()),
    ("hit what was called", "Iranian missiles hit what Tehran called terrorist hideouts in "
     "Pakistan's Balochistan province.", {("IRN", "19", "PAK")}, set()),
    ("bombed what was said to be", "Israeli jets bombed what the army said were weapons "
     "depots in southern Lebanon.", {("ISR", "19", "LBN")}, set()),
    ("named thing in the attacker's own country", "Pakistani jets struck what Islamabad "
     "called militant hideouts near Quetta.", set(), {("PAK", "19", "AFG")}),
    # -- a site a place name is compounded on stands in that place's country
    ("shopping centre of a city", "Russian missiles hit the Kremenchuk shopping centre.",
     {("RUS", "19", "UKR")}, set()),
    ("nuclear plant of a city", "Russian troops seized the Zaporizhzhia nuclear plant in "
     "2022.", {("RUS", "17", "UKR")}, set()),
    ("naval base of a port", "Ukrainian sea drones struck the Novorossiysk naval base.",
     {("UKR", "19", "RUS")}, set()),
    ("a site in the attacker's own country", "Russian forces shelled the Belgorod power "
     "station by mistake.", set(), {("RUS", "19", "UKR")}),
]


@pytest.mark.parametrize("label,text,present,absent", ROWS, ids=[r[0] for r in ROWS])
def test_nlp_force9_material_conflict_and_cooperation(check, label: str, text: str,
                                                      present: set[Triple],
                                                      absent: set[Triple]) -> None:
    check(text, present, absent, label)
