"""Sentence -> event tables for the predicate families added for held-out recall (session 4).

Every row is written for this file (other countries and verbs than any example or held-out
article) and names the family it covers. ``present`` triples must be coded, ``absent`` ones
must not. A triple is (source country, CAMEO code or two-digit root, target country): a
two-character code is compared with the event's root, a longer one with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 9, 21)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)



ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- welcoming cooperation or investment: the speaker's own intent (030), not praise (051)
    ("welcomes deeper cooperation", "Chile said it welcomes deeper cooperation with Canada on "
     "mining.", {("CHL", "030", "CAN")}, {("CHL", "051", "CAN")}),
    ("would welcome a closer partnership", "Tanzania would welcome a closer partnership with "
     "Japan, the minister said.", {("TZA", "030", "JPN")}, {("TZA", "051", "JPN")}),
    ("another's investment welcomed stays praise", "Kenya welcomed China's investment in its "
     "railways.", {("KEN", "051", "CHN")}, {("KEN", "030", "CHN")}),
    ("welcomed closer ties", "Ghana welcomed closer ties with India.",
     {("GHA", "030", "IND")}, set()),
    ("welcoming an act stays praise", "Canada welcomed Ukraine's counteroffensive.",
     {("CAN", "051", "UKR")}, {("CAN", "030", "UKR")}),
    # -- engaging with a government: intent to meet or negotiate (036)
    ("made clear it will engage", "The Chancellor made clear that Germany will engage "
     "directly with Brazil on climate policy.", {("DEU", "036", "BRA")}, set()),
    ("continue to engage", "Paris will continue to engage with Algeria despite the dispute.",
     {("FRA", "036", "DZA")}, set()),
    ("would engage constructively", "Norway said it would engage constructively with Iran.",
     {("NOR", "036", "IRN")}, set()),
    # -- credentials presented (032), aimed at whom they are handed to
    ("credentials presented to a king", "The new Indian ambassador presented his credentials "
     "to King Charles.", {("IND", "032", "GBR")}, set()),
    ("credentials presented to a president", "Mexico's envoy presented her credentials to "
     "President Lula in Brasilia.", {("MEX", "032", "BRA")}, set()),
    ("credentials of a named envoy", "Ambassador Nicholas Burns presented his credentials to "
     "Chinese President Xi Jinping.", {("USA", "032", "CHN")}, set()),
    # -- visa regimes widened for another country's citizens (081)
    ("visa-free entry extended", "Thailand will extend visa-free entry to Chinese tourists "
     "until March.", {("THA", "081", "CHN")}, set()),
    ("visa waivers expanded", "Turkey will expand its visa waivers to Greek nationals.",
     {("TUR", "081", "GRC")}, set()),
    ("visa-free travel extended", "Greece extended visa-free travel to Turkish visitors.",
     {("GRC", "081", "TUR")}, {("GRC", "163", "TUR")}),
    ("a sales programme expanded is no visa regime", "Turkey expanded its programme of drone "
     "sales to Ukraine.", set(), {("TUR", "08", "UKR")}),
    ("visa procedures simplified", "Japan simplified visa procedures for Indian travellers.",
     {("JPN", "081", "IND")}, set()),
    ("visa waivers introduced", "China introduced visa waivers for French and German "
     "travellers.", {("CHN", "081", "FRA"), ("CHN", "081", "DEU")}, set()),
    # -- sanctions allowed to lapse are eased (085), not imposed (163)
    ("sanctions allowed to lapse", "Washington allowed its sanctions on Venezuelan oil to "
     "lapse.", {("USA", "085", "VEN")}, {("USA", "163", "VEN")}),
    # -- deliveries of weapons or aid stopped (162), not aid given (07)
    ("arms deliveries stopped", "Germany stopped arms deliveries to Saudi Arabia.",
     {("DEU", "162", "SAU")}, {("DEU", "07", "SAU")}),
    ("weapons transfers ended", "Hungary ended weapons transfers to Ukraine.",
     {("HUN", "162", "UKR")}, {("HUN", "07", "UKR")}),
    ("weapons transfers halted", "Spain halted weapons transfers to Israel.",
     {("ESP", "162", "ISR")}, set()),
    # -- cases brought at a court or trade body in other words (115)
    ("WTO challenge launched", "Canada launched a WTO challenge against India over sugar "
     "subsidies.", {("CAN", "115", "IND")}, set()),
    ("proceedings initiated", "Bolivia initiated proceedings against Chile at the "
     "International Court of Justice.", {("BOL", "115", "CHL")}, set()),
    # -- a complaint lodged with a body against a state is aimed at the state
    ("complaint with a body, against a state", "Australia lodged a complaint with the WTO "
     "against China.", {("AUS", "11", "CHN")}, set()),
    ("protest filed with the UN against a state", "Manila filed a protest with the United "
     "Nations against China's actions.", {("PHL", "11", "CHN")}, set()),
    ("protest lodged with an embassy keeps its target", "Beijing lodged a protest with the "
     "Japanese embassy.", {("CHN", "114", "JPN")}, set()),
    ("legal challenge mounted", "Mexico mounted a legal challenge against the United States "
     "over corn rules.", {("MEX", "115", "USA")}, set()),
    # -- another state's barrier at sea removed, cut or dismantled (120)
    ("barrier removed, relative clause", "The Vietnamese coast guard removed a barrier that "
     "China had placed at the reef.", {("VNM", "120", "CHN")}, set()),
    ("buoys dismantled, possessor", "Malaysian navy divers dismantled China's buoys near the "
     "atoll.", {("MYS", "120", "CHN")}, set()),
    ("barrier removed, passive participle", "Vietnam's coast guard removed the floating "
     "barrier installed by China's coast guard.", {("VNM", "120", "CHN")}, set()),
    ("barrier without an owner", "Workers removed a barrier at the Mexican border.",
     set(), {(None, "12", "MEX"), ("MEX", "12", "MEX")}),
    # -- trade raised with a partner: material cooperation (061; agreed or announced 031)
    ("agreed to boost trade", "Kenya and Uganda agreed to boost bilateral trade to 5 billion "
     "dollars.", {("KEN", "031", "UGA")}, {("KEN", "030", "UGA")}),
    ("agreed to double trade", "Vietnam and Japan agreed to double their trade by 2030.",
     {("VNM", "031", "JPN")}, {("VNM", "030", "JPN")}),
    ("agreed to increase trade with", "Peru agreed to increase trade with Chile.",
     {("PER", "031", "CHL")}, set()),
    ("said they will expand trade", "Chile and Korea will expand trade with each other, the "
     "ministers said.", {("CHL", "031", "KOR")}, set()),
    # -- refraining from force or hostility, pledged or agreed: intent to yield (035)
    ("agreed to refrain", "Armenia and Azerbaijan agreed to refrain from hostile rhetoric.",
     {("ARM", "035", "AZE")}, {("ARM", "030", "AZE")}),
    ("pledged to refrain", "Serbia and Kosovo pledged to refrain from unilateral steps.",
     {("SRB", "035", "XKX")}, set()),
    ("vowed to refrain from force", "India and Pakistan vowed to refrain from the use of force "
     "against each other.", {("IND", "035", "PAK")}, set()),
    # -- a leader's resignation or ouster demanded (1041)
    ("resignation of a named leader", "Serbia demanded the resignation of Albin Kurti.",
     {("SRB", "1041", "XKX")}, set()),
    ("resignation of a government", "Serbian protesters demanded the resignation of the "
     "Kosovo government.", {("SRB", "1041", "XKX")}, set()),
    ("possessor's resignation", "Serbia demanded the resignation of Kosovo's prime minister.",
     {("SRB", "1041", "XKX")}, set()),
    ("removal of troops demanded is a withdrawal", "Pakistan demanded the removal of Indian "
     "troops from Kashmir.", {("PAK", "1056", "IND")}, {("PAK", "1041", "IND")}),
    ("departure of troops demanded", "Niger's junta demanded the departure of French troops.",
     {("NER", "1056", "FRA")}, set()),
    # -- money pledged or given in other currencies than dollars (033 / 071)
    ("euros pledged", "Germany pledged 2.7 billion euros in military aid to Ukraine.",
     {("DEU", "033", "UKR")}, set()),
    ("pounds promised", "Britain promised 100 million pounds to Kenya.",
     {("GBR", "033", "KEN")}, set()),
    ("yen pledged", "Japan pledged 5 billion yen to Ukraine.", {("JPN", "033", "UKR")}, set()),
    # -- credit lines and currency swaps extended (071)
    ("credit line extended", "China extended a credit line to Argentina.",
     {("CHN", "071", "ARG")}, set()),
    ("currency swap extended", "China extended a currency swap to Pakistan.",
     {("CHN", "071", "PAK")}, set()),
    # -- a mission upgraded (050), condoling (018), aid dropped from the air (073)
    ("mission upgraded", "Britain upgraded its mission in Vietnam to an embassy.",
     {("GBR", "050", "VNM")}, set()),
    ("condoled with", "Iran condoled with Turkey over the earthquake victims.",
     {("IRN", "018", "TUR")}, set()),
    ("aid airdropped", "The United States airdropped aid to Haiti.",
     {("USA", "073", "HTI")}, set()),
    ("aid parcels dropped", "Jordanian planes dropped aid parcels into Sudan.",
     {("JOR", "073", "SDN")}, {("JOR", "19", "SDN")}),
    ("food dropped", "France dropped food to Haitian villagers.", {("FRA", "073", "HTI")},
     set()),
    ("leaflets dropped are no aid", "The Israeli army dropped leaflets over Lebanon.",
     set(), {("ISR", "07", "LBN")}),
    # -- consultations in other words: talks convened (040), shuttling between two sides (045)
    ("talks convened between two sides", "South Africa convened talks between Russia and "
     "Ukraine.", {("ZAF", "040", "RUS"), ("ZAF", "040", "UKR")}, set()),
    ("envoy shuttled between", "The Chinese envoy shuttled between Moscow and Kyiv.",
     {("CHN", "045", "RUS"), ("CHN", "045", "UKR")}, set()),
    ("drone landing is no visit", "A Russian drone landed in Romania.", set(),
     {("RUS", "04", "ROU")}),
    # -- high commissioners, consuls and representatives recalled or withdrawn (161)
    ("high commissioner recalled", "India recalled its high commissioner from Canada.",
     {("IND", "161", "CAN")}, set()),
    ("consul withdrawn", "Poland withdrew its consul from Belarus.",
     {("POL", "161", "BLR")}, set()),
    ("representative recalled", "Taiwan recalled its representative from Lithuania.",
     {("TWN", "161", "LTU")}, set()),
    # -- reported speech: saying a side harbours fighters accuses it (root 11); a
    # breakthrough or the cusp of a new era voice optimism (013)
    ("says harbours militants", "Turkey says Stockholm harbours militants.",
     {("TUR", "11", "SWE")}, set()),
    ("says harbors separatists", "India says Canada harbors Sikh separatists.",
     {("IND", "11", "CAN")}, set()),
    ("said was harbouring fighters", "Egypt said Sudan was harbouring Islamist fighters.",
     {("EGY", "11", "SDN")}, set()),
    ("progress as a condition is no optimism", "Chilean officials say that progress depends "
     "on Argentina changing its policies.", set(), {("CHL", "013", "ARG")}),
    ("breakthrough expected", "Lula told Xi that a breakthrough in relations with China was "
     "near.", {("BRA", "013", "CHN")}, set()),
    ("breakthrough within reach", "The Greek minister told his Turkish counterpart that a "
     "breakthrough was within reach.", {("GRC", "013", "TUR")}, set()),
    ("cusp of a new era", "Kenya said relations with Somalia were on the cusp of a new era.",
     {("KEN", "013", "SOM")}, set()),
    # -- appeals whose addressee the parser puts inside the appealed clause (020)
    ("implored, parsed as a clause", "France implored Israel to spare civilians.",
     {("FRA", "020", "ISR")}, set()),
    ("requested that", "Japan requested that China lift the ban.", {("JPN", "020", "CHN")},
     set()),
    ("urged that", "Egypt urged that Israel allow fuel into Gaza.", {("EGY", "020", "ISR")},
     set()),
    ("requested that, another act", "Canada requested that India recall two diplomats.",
     {("CAN", "020", "IND")}, set()),
    # -- ambassadors returned (054, not a returned thing 0842) or appointed to each other
    ("ambassador returned", "Egypt returned its ambassador to Turkey.",
     {("EGY", "054", "TUR")}, {("EGY", "0842", "TUR")}),
    ("envoy returned", "Peru returned its envoy to Mexico after a year.",
     {("PER", "054", "MEX")}, {("PER", "0842", "MEX")}),
    ("ambassadors to each other", "Turkey and Egypt appointed ambassadors to each other for "
     "the first time in a decade.", {("TUR", "054", "EGY")}, set()),
    ("bodies returned stay 0842", "Russia returned the bodies of 94 Ukrainian soldiers to "
     "Ukraine.", {("RUS", "0842", "UKR")}, {("RUS", "054", "UKR")}),
    # -- visa waivers and exemptions as nouns (081)
    ("visa waiver announced", "Thailand announced a visa waiver for Chinese tourists.",
     {("THA", "081", "CHN")}, set()),
    ("possessor's visa exemption", "Malaysia's visa exemption for Indian visitors took "
     "effect on Friday.", {("MYS", "081", "IND")}, set()),
    ("visa exemption introduced", "China introduced a 15-day visa exemption for French "
     "travellers.", {("CHN", "081", "FRA")}, set()),
    # -- helping or assisting a side (070); promised or announced, the intent to aid (033)
    ("assisted with intelligence", "The United States assisted Ukraine with intelligence.",
     {("USA", "070", "UKR")}, set()),
    ("helped with relief", "Japan helped Vietnam with flood relief.",
     {("JPN", "070", "VNM")}, set()),
    ("will help, said", "Germany will help Moldova with energy supplies, Scholz said.",
     {("DEU", "033", "MDA")}, set()),
    ("promised to assist", "Britain promised to assist Kenya in fighting al-Shabaab.",
     {("GBR", "033", "KEN")}, set()),
    # -- threats of intervention (138); talks, aid or members paused or suspended (164/162/160)
    ("intervention threatened", "ECOWAS threatened military intervention in Niger.",
     {("ECOWAS", "138", "NER")}, set()),
    ("offensive threatened", "Azerbaijan threatened a new offensive against Armenia.",
     {("AZE", "138", "ARM")}, set()),
    ("talks paused", "Canada paused trade talks with India.", {("CAN", "164", "IND")},
     {("CAN", "04", "IND")}),
    ("negotiations paused", "Britain paused its free trade negotiations with Canada.",
     {("GBR", "164", "CAN")}, set()),
    ("aid paused", "Washington paused some military aid to Egypt.",
     {("USA", "162", "EGY")}, {("USA", "07", "EGY")}),
    ("member suspended by a bloc", "The African Union suspended Gabon after the coup.",
     {("AU", "160", "GAB")}, set()),
    ("member suspended, another bloc", "The Commonwealth suspended Fiji.",
     {("COMSEC", "160", "FJI")}, set()),
    # -- water cannon fired, used or aimed at boats: blocking with force (191, as
    # examples/README.md); flares and lasers are a show of force (150, as the gold sets code
    # them)
    ("water cannon fired", "Chinese coast guard vessels fired water cannon at a Vietnamese "
     "fishing boat.", {("CHN", "191", "VNM")}, {("CHN", "170", "VNM")}),
    ("water cannon used", "The Chinese coast guard used water cannon against Philippine "
     "supply boats.", {("CHN", "191", "PHL")}, {("CHN", "170", "PHL")}),
    ("water cannon directed", "Chinese ships directed water cannon at a Philippine vessel.",
     {("CHN", "191", "PHL")}, set()),
    ("flares fired are 150", "A Chinese jet fired flares at an Australian helicopter.",
     {("CHN", "150", "AUS")}, {("CHN", "19", "AUS")}),
    ("laser directed is 150", "A Chinese ship directed a laser at a Philippine vessel.",
     {("CHN", "150", "PHL")}, {("CHN", "17", "PHL")}),
    # -- dinners, banquets and receptions held for a visitor: hosting (043)
    ("state dinner held for", "Macron held a state dinner for Modi at the Louvre.",
     {("FRA", "043", "IND")}, set()),
    ("banquet given for", "King Charles gave a banquet for the German president.",
     {("GBR", "043", "DEU")}, set()),
    ("dinner hosted for (already coded as hosting)", "Biden hosted a dinner for Lula at "
     "the White House.", {("USA", "043", "BRA")}, set()),
    # -- measures shrugged off (120); scoffing or sneering at a side (111)
    ("sanctions shrugged off", "Pyongyang shrugged off U.N. sanctions.",
     {("PRK", "120", "UNO")}, set()),
    ("condemnation shrugged off", "North Korea shrugged off the Security Council's "
     "condemnation.", {("PRK", "120", "UNO")}, set()),
    ("scoffed at a warning", "Iran scoffed at the U.S. warning.", {("IRN", "111", "USA")},
     set()),
    ("scoffed at a plan", "Russia scoffed at Ukraine's peace formula.",
     {("RUS", "111", "UKR")}, set()),
    ("sneered at a leader", "Beijing sneered at Taiwan's president.", {("CHN", "111", "TWN")},
     set()),
    # -- keeping on talking or negotiating with a side: intent to meet (036), not talks held
    ("would keep talking", "Greece said it would keep talking to Turkey despite the "
     "dispute.", {("GRC", "036", "TUR")}, {("GRC", "04", "TUR")}),
    ("will keep talking", "Japan will keep talking with China about the seafood ban, "
     "Kishida said.", {("JPN", "036", "CHN")}, set()),
    ("wants to keep talking", "India wants to keep talking with Bangladesh about the river.",
     {("IND", "036", "BGD")}, {("IND", "04", "BGD")}),
    ("would keep negotiating", "Kenya said it would keep negotiating with Somalia.",
     {("KEN", "036", "SOM")}, set()),
    # -- military operations or a campaign launched are force (190); exports stopped are a
    # trade cut (160, as halted trade), supplies stopped an aid cut (162)
    ("operations launched", "Turkey launched operations against Kurdish militants in Syria.",
     {("TUR", "190", "SYR")}, set()),
    ("campaign launched", "Saudi Arabia launched a bombing campaign against the Houthis.",
     {("SAU", "19", "YEM")}, set()),
    ("legal action launched stays 115", "Mexico launched legal action against U.S. gun makers.",
     {("MEX", "115", "USA")}, set()),
    ("exports stopped", "China stopped exports of gallium to the United States.",
     {("CHN", "160", "USA")}, {("CHN", "162", "USA")}),
    # -- more verbs of growing cooperation (030) and closer ties (050) with a partner
    ("pledged to bolster cooperation", "Kenya pledged to bolster cooperation with Ethiopia on "
     "trade.", {("KEN", "030", "ETH")}, set()),
    ("step up cooperation (particle)", "Chile and Peru agreed to step up cooperation on "
     "fisheries.", {("CHL", "03", "PER")}, set()),
    ("intensify cooperation", "Morocco will intensify cooperation with Spain on migration, "
     "the minister said.", {("MAR", "030", "ESP")}, set()),
    ("enhance ties", "Vietnam and Indonesia pledged to enhance ties.", {("VNM", "03", "IDN")},
     set()),
    ("consolidated relations", "Ghana consolidated its relations with Nigeria during the "
     "visit.", {("GHA", "050", "NGA")}, set()),
    ("cement the partnership", "France and Germany cemented their partnership.",
     {("FRA", "050", "DEU")}, set()),
    # -- single verbs a wire story uses for aid, appeals and briefings
    ("aided", "Kenya aided Somalia after the floods.", {("KEN", "070", "SOM")}, set()),
    ("bankrolled", "Iran bankrolled the Houthis for years.", {("IRN", "070", "YEM")}, set()),
    ("begged to send", "Zelensky begged Berlin to send more tanks.", {("UKR", "020", "DEU")},
     set()),
    ("briefed", "The foreign minister of Japan briefed South Korea on the summit.",
     {("JPN", "040", "KOR")}, set()),
    # -- a rebuke told as a noun (111)
    ("a rebuke of", "Kenya's rebuke of Ethiopia drew attention on Monday.",
     {("KEN", "111", "ETH")}, set()),
    ("a rebuke to", "Beijing's sharp rebuke to Manila came hours after the collision.",
     {("CHN", "111", "PHL")}, set()),
    # -- session 5: families read off real news sentences (rows written for this file)
    # refuge sought in a country: a demand for humanitarian aid (1033); asylum asked for: an
    # appeal (0233); shelter given (073), asylum or refuge given (075)
    ("sought refuge in", "Some 40,000 Malians have sought refuge in Mauritania this year.",
     {("MLI", "1033", "MRT")}, set()),
    ("took shelter in", "Dozens of Sudanese took shelter in Chad.", {("SDN", "1033", "TCD")},
     set()),
    ("sought asylum in", "Hundreds of Eritreans sought asylum in Israel.",
     {("ERI", "0233", "ISR")}, set()),
    ("gave shelter to", "Uganda gave shelter to Congolese refugees.", {("UGA", "073", "COD")},
     set()),
    ("hosts refugees is no visit", "Jordan hosts more than a million Syrian refugees.",
     {("JOR", "075", "SYR")}, {("JOR", "04", "SYR")}),
    # people sent to help: aid, not a show of force
    ("sent experts", "Norway has sent five technical experts to Malawi.",
     {("NOR", "070", "MWI")}, {("NOR", "15", "MWI")}),
    ("dispatched doctors", "Cuba dispatched doctors to Haiti after the storm.",
     {("CUB", "073", "HTI")}, {("CUB", "15", "HTI")}),
    ("sent military advisers", "Turkey sent military advisers to Libya.",
     {("TUR", "072", "LBY")}, set()),
    ("sent a peacekeeping contingent", "Nepal is sending a battalion to Lebanon.",
     {("NPL", "074", "LBN")}, set()),
    # aid carried or money set aside
    ("airlifted supplies", "The Netherlands airlifted medical supplies to Sint Maarten.",
     {("NLD", "070", "SXM")}, set()),
    ("earmarked money", "Japan earmarked 20 million dollars for Sri Lanka.",
     {("JPN", "071", "LKA")}, set()),
    ("allocated money", "Saudi Arabia allocated 500 million dollars to Yemen.",
     {("SAU", "071", "YEM")}, set()),
    # giving in to pressure (080)
    ("caved in to", "Serbia caved in to pressure from Brussels.", {("SRB", "080", "EU")},
     set()),
    ("met the demands is no meeting", "Bolivia met the demands of Chilean truckers.",
     {("BOL", "080", "CHL")}, {("BOL", "04", "CHL")}),
    # emergency rule (1724)
    ("imposed martial law", "Russia imposed martial law in the occupied regions of Ukraine.",
     {("RUS", "1724", "UKR")}, set()),
    ("declared a state of emergency", "Russian forces declared a state of emergency in "
     "Ukraine's Kherson region.", {("RUS", "1724", "UKR")}, set()),
    # rapped (111) and raped (1821) share the model's lemma
    ("rapped over", "Nepal rapped India over the border map.", {("NPL", "111", "IND")},
     set()),
    ("raped people is assault", "Sudanese militiamen raped Chadian women.",
     {("SDN", "1821", "TCD")}, {("SDN", "111", "TCD")}),
    # trading fire is fighting, not trade; trading barbs is verbal
    ("traded fire", "Armenian troops traded fire with Azerbaijani soldiers.",
     {("ARM", "190", "AZE")}, {("ARM", "061", "AZE")}),
    ("traded barbs", "Colombia traded barbs with Venezuela.", {("COL", "111", "VEN")},
     {("COL", "061", "VEN")}),
    # force and repression verbs
    ("battled", "Malian soldiers battled Algerian jihadists.", {("MLI", "190", "DZA")}, set()),
    ("battled in a final is no fight", "Ghana battled Senegal in the final of the cup.",
     set(), {("GHA", "19", "SEN")}),
    ("overran a base", "Taliban fighters overran a Pakistani army post.",
     {("AFG", "19", "PAK")}, set()),
    ("sank a vessel", "A Ukrainian drone sank a Russian patrol ship.", {("UKR", "190", "RUS")},
     set()),
    ("gunned down", "Gunmen from Mexico gunned down two Guatemalan officials.",
     {("MEX", "180", "GTM")}, set()),
    ("blew himself up", "A Pakistani suicide bomber blew himself up in Afghanistan, killing "
     "four soldiers.",
     {("PAK", "1831", "AFG")}, set()),
    ("detonated a vehicle", "A Somali bomber detonated a truck near a Kenyan base.",
     {("SOM", "1832", "KEN")}, set()),
    ("dispersed protesters", "Iranian police dispersed Afghan protesters.",
     {("IRN", "175", "AFG")}, set()),
    ("fired tear gas at", "Greek police fired tear gas at Turkish migrants.",
     {("GRC", "175", "TUR")}, {("GRC", "190", "TUR")}),
    ("rounded up", "Libyan police rounded up Nigerien migrants.", {("LBY", "173", "NER")},
     set()),
    ("beefed up presence", "Poland beefed up its military presence on the Belarusian border.",
     {("POL", "154", "BLR")}, set()),
    ("withheld aid", "Germany withheld aid from Niger.", {("DEU", "162", "NER")}, set()),
    ("sealed the border", "Haiti sealed its border with the Dominican Republic.",
     {("HTI", "172", "DOM")}, set()),
    # ties forged (050), forces joined (060), blame pinned (112), talks ruled out (125)
    ("forged an alliance", "Mali forged an alliance with Burkina Faso.",
     {("MLI", "050", "BFA")}, set()),
    ("joined forces", "Benin joined forces with Togo against the jihadists.",
     {("BEN", "060", "TGO")}, set()),
    ("pinned the blame", "Kinshasa pinned the blame on Rwanda.", {("COD", "112", "RWA")},
     set()),
    # buying a country's goods is trade; stopping it ends trade
    ("bought goods", "India bought Russian oil at a discount.", {("IND", "061", "RUS")},
     set()),
    ("stopped buying", "Lithuania stopped buying Russian gas.", {("LTU", "160", "RUS")},
     {("LTU", "061", "RUS")}),
    # offensives begun, mounted or stepped up against a side (190)
    ("began an offensive", "Ethiopia began an offensive against Eritrean units.",
     {("ETH", "190", "ERI")}, set()),
    ("mounted an attack", "Sudanese rebels mounted an attack on Chadian border posts.",
     {("SDN", "190", "TCD")}, set()),
    ("stepped up shelling of", "Serbian artillery stepped up its shelling of Croatian towns.",
     {("SRB", "190", "HRV")}, set()),
    ("unleashed a barrage", "Iran unleashed a barrage of drones at Iraqi Kurdish bases.",
     {("IRN", "190", "IRQ")}, set()),
    ("rained rockets on", "Hezbollah rained rockets on Israeli villages.",
     {("LBN", "190", "ISR")}, set()),
    ("a skirmish between", "A skirmish between Indian and Chinese patrols left several "
     "injured.", {("IND", "190", "CHN")}, set()),
    ("started a rescue operation is no attack", "Chile started a rescue operation for "
     "Bolivian miners.", set(), {("CHL", "19", "BOL")}),
    ("declared a cessation of hostilities", "Colombia declared a cessation of hostilities "
     "with Ecuador.", {("COL", "0871", "ECU")}, set()),
    # verbal attacks (111), accusations levelled (112), shunning (120)
    ("slandered", "Pyongyang slandered Seoul in a statement.", {("PRK", "111", "KOR")},
     set()),
    ("chastised", "Ottawa chastised New Delhi over the killing.", {("CAN", "111", "IND")},
     set()),
    ("levelled accusations", "Baku levelled accusations at Yerevan.", {("AZE", "112", "ARM")},
     set()),
    ("shunned", "Rabat shunned Algiers after the incident.", {("MAR", "120", "DZA")}, set()),
    # fines (163), expropriation (1711), shelter (073), support lent (051)
    ("fined", "The EU fined a Chinese company for dumping steel.", {("EU", "163", "CHN")},
     set()),
    ("expropriated", "Bolivia expropriated Spanish power companies.",
     {("BOL", "1711", "ESP")}, set()),
    ("lent support", "Canada lent its support to Finland's bid.", {("CAN", "051", "FIN")},
     set()),
    # efforts between two sides: mediation begun (045) or ended (165)
    ("launched an effort between", "Oman launched a mediation effort between Iran and Saudi "
     "Arabia.", {("OMN", "045", "IRN"), ("OMN", "045", "SAU")}, set()),
    ("ended efforts between", "Norway ended its mediation efforts between Colombia and the "
     "ELN.", {("NOR", "165", "COL")}, set()),
    # deals torn up or abandoned (121): not the deal itself (057)
    ("tore up the accord", "Niger tore up its defence accord with France.",
     {("NER", "121", "FRA")}, {("NER", "057", "FRA")}),
    ("abandoned the treaty", "Russia abandoned its arms treaty with the United States.",
     {("RUS", "121", "USA")}, {("RUS", "057", "USA")}),
    # explanations sought (101), red carpets rolled out (043)
    ("sought clarification", "Indonesia sought clarification from Australia about the "
     "spying.", {("IDN", "101", "AUS")}, set()),
    ("rolled out the red carpet", "Laos rolled out the red carpet for the Vietnamese "
     "president.", {("LAO", "043", "VNM")}, set()),
    # embassy riots (145), muscle flexed and troops moved (150), diplomats ordered out (161)
    ("pelted the embassy", "Serbian protesters pelted the Croatian embassy with eggs.",
     {("SRB", "145", "HRV")}, set()),
    ("torched the flag", "Iraqi protesters torched the Swedish flag.", {("IRQ", "145", "SWE")},
     set()),
    ("flexed muscle near", "Moscow flexed its naval muscle near Lithuania.",
     {("RUS", "150", "LTU")}, set()),
    ("moved troops toward", "Venezuela moved troops toward Guyana.", {("VEN", "150", "GUY")},
     set()),
    ("ordered diplomats out", "Mali ordered French diplomats to leave the country.",
     {("MLI", "161", "FRA")}, set()),
    # disputes settled or resolved (037)
    ("resolved differences", "Qatar and Bahrain resolved their differences.",
     {("QAT", "037", "BHR")}, set()),
    # verbal sparring (111), amnesty granted (0841), rapprochement (050), normalization (054)
    ("sparred with", "Madrid sparred with London over Gibraltar.", {("ESP", "111", "GBR")},
     set()),
    ("locked horns", "Canberra locked horns with Beijing over barley.",
     {("AUS", "111", "CHN")}, set()),
    ("granted amnesty", "Belarus granted amnesty to Lithuanian prisoners.",
     {("BLR", "0841", "LTU")}, {("BLR", "080", "LTU")}),
    ("a rapprochement between", "The rapprochement between Egypt and Turkey moved ahead.",
     {("EGY", "050", "TUR")}, set()),
    ("normalization with", "Morocco's normalization with Israel drew protests.",
     {("MAR", "054", "ISR")}, set()),
    # utilities cut off (191), allies rallied against a side (113), inspectors let in (0862)
    ("cut off water", "Azerbaijan cut off water to Armenian villages.", {("AZE", "191", "ARM")},
     set()),
    ("rallied allies against", "Paris rallied its partners against Moscow.",
     {("FRA", "113", "RUS")}, set()),
    ("allowed inspectors", "Syria allowed OPCW inspectors into the site.",
     {("SYR", "0862", "OPCW")}, set()),
    # weapons handed over (0873), peacekeepers requested (0234)
    ("handed over weapons", "Kosovo Serb fighters handed over their weapons to NATO.",
     {("XKX", "0873", "NATO")}, {("XKX", "063", "NATO")}),
    ("requested peacekeepers", "Haiti requested peacekeepers from Kenya.",
     {("HTI", "0234", "KEN")}, set()),
    # evaluations in a reported clause: condemnation (111) and praise (051)
    ("said the charges were fabricated", "Tehran said the British charges were fabricated.",
     {("IRN", "111", "GBR")}, set()),
    ("described the sanctions as unlawful", "Caracas described the Colombian sanctions as "
     "unlawful.", {("VEN", "111", "COL")}, set()),
    ("called the accord a landmark", "Kenya called its accord with Ethiopia a landmark.",
     {("KEN", "051", "ETH")}, set()),
    # calls received or dialled (041), lunches and huddles (040), stopovers (042)
    ("received a call from", "The Estonian premier received a phone call from the Latvian "
     "president.", {("EST", "041", "LVA")}, {("EST", "043", "LVA")}),
    ("traded blows in a semi-final is no fight", "Cameroon traded blows with Egypt in the "
     "semi-final.", set(), {("CMR", "19", "EGY")}),
    ("neutralised a bomb is no attack", "Iraqi troops neutralised a Turkish-made bomb.", set(),
     {("IRQ", "19", "TUR")}),
    ("used a country's gas is no chemical attack", "Hungary still uses Russian gas.", set(),
     {("HUN", "20", "RUS")}),
    ("used chlorine against", "Syrian forces used chlorine against Turkish soldiers.",
     {("SYR", "2041", "TUR")}, set()),
    # light-verb forms: congratulations sent (051), concessions made (080), threats made (130),
    # markets opened (061); mortar fire (194)
    ("sent congratulations", "Tokyo sent congratulations to the new Korean president.",
     {("JPN", "051", "KOR")}, {("JPN", "018", "KOR")}),
    ("made concessions", "Armenia made concessions to Azerbaijan.", {("ARM", "080", "AZE")},
     set()),
    ("made threats against", "Belgrade made threats against Pristina.",
     {("SRB", "130", "XKX")}, set()),
    ("opened its market", "Japan opened its market to Brazilian chicken.",
     {("JPN", "061", "BRA")}, set()),
    ("mortared a base", "Houthi fighters mortared a Saudi border post.",
     {("YEM", "194", "SAU")}, set()),
    # ground taken over (192), positions abandoned (0874), impact verbs (19), damage (171)
    ("took over a town", "Armenian separatists took over an Azerbaijani border village.",
     {("ARM", "192", "AZE")}, set()),
    ("abandoned positions", "Eritrean troops abandoned their positions near the Ethiopian "
     "town.", {("ERI", "0874", "ETH")}, set()),
    ("slammed into a building", "A Ukrainian drone slammed into a Russian office tower.",
     {("UKR", "190", "RUS")}, {("UKR", "111", "RUS")}),
    ("knocked out", "Russian strikes knocked out Ukrainian power plants.",
     {("RUS", "190", "UKR")}, set()),
    ("damaged property", "Serbian rioters damaged Croatian homes.", {("SRB", "171", "HRV")},
     set()),
    ("battered relations are no attack", "Relations between Canada and India were battered "
     "by the row.", set(), {("CAN", "19", "IND"), ("IND", "19", "CAN")}),
    ("huddled with", "The Slovak premier huddled with the Czech president.",
     {("SVK", "040", "CZE")}, set()),
    ("stopped over in", "The Chilean president stopped over in Peru on his way home.",
     {("CHL", "042", "PER")}, set()),
    # wanting or seeking ties (032) and steadying them (050)
    ("wants closer ties", "Armenia wants closer ties with France.", {("ARM", "032", "FRA")},
     set()),
    ("seeks a relationship", "Bogota seeks a pragmatic relationship with Caracas.",
     {("COL", "032", "VEN")}, set()),
    ("stabilise relations", "Australia and China moved to stabilise relations.",
     {("AUS", "050", "CHN")}, set()),
    ("wanting wages is no event", "Kenyan teachers want better wages.", set(),
     {("KEN", "032", "KEN")}),
    # -- session 6: diplomats pulled out, called, brought or sent home, kicked out (161)
    ("pulled diplomats out of", "Lithuania pulled its diplomats out of Belarus after the "
     "border incident.", {("LTU", "161", "BLR")}, {("LTU", "087", "BLR")}),
    ("pulled out envoys from", "Mali pulled out its envoys from Algeria.",
     {("MLI", "161", "DZA")}, {("MLI", "087", "DZA")}),
    ("called home its ambassador", "Guatemala called home its ambassador to Honduras on "
     "Friday.", {("GTM", "161", "HND")}, set()),
    ("brought its envoy back", "Panama brought its envoy back from Nicaragua.",
     {("PAN", "161", "NIC")}, set()),
    ("sent diplomats home", "Estonia sent home two Russian diplomats.",
     {("EST", "161", "RUS")}, {("EST", "174", "RUS")}),
    ("kicked out an attache", "Latvia kicked out a Belarusian military attache.",
     {("LVA", "161", "BLR")}, {("LVA", "174", "BLR")}),
    ("told the envoy to leave", "Ghana told the Togolese ambassador to leave the country "
     "within 72 hours.", {("GHA", "161", "TGO")}, set()),
    ("asked the envoy to leave", "Benin asked Niger's envoy to leave.",
     {("BEN", "161", "NER")}, set()),
    ("troops told to leave are no envoys", "Ghana ordered Togolese troops to leave the "
     "border area.", set(), {("GHA", "161", "TGO")}),
    ("the raising of relations", "Rwanda and Burundi confirmed the raising of their ties "
     "to full embassies.", {("RWA", "05", "BDI")}, set()),
    ("the raising of tariffs is no upgrade", "The raising of tariffs by Mexico angered Canada.",
     set(), {("MEX", "05", "CAN")}),
    # relations raised to ambassador level, an ambassador nominated in a capital (05)
    ("raised relations", "Israel and Bahrain raised their relations to ambassador level.",
     {("ISR", "05", "BHR")}, set()),
    ("nominated as ambassador in", "Armenia nominated a veteran diplomat as its ambassador "
     "in Tbilisi.", {("ARM", "05", "GEO")}, set()),
    # a person welcomed is hosted (043); an act welcomed is praised (051)
    ("welcomed a minister", "Senegal welcomed the Gambian foreign minister in Dakar on "
     "Monday.", {("SEN", "043", "GMB")}, {("SEN", "051", "GMB")}),
    ("welcomed a named leader", "Ecuador welcomed Peruvian President Dina Boluarte in "
     "Quito.", {("ECU", "043", "PER")}, {("ECU", "051", "PER")}),
    ("welcomed a decision stays praise", "Senegal welcomed Gambia's decision to lift the "
     "tariff.", {("SEN", "051", "GMB")}, {("SEN", "043", "GMB")}),
    ("a leader welcomed with no place stays praise", "Brussels welcomed the new Slovak prime "
     "minister.", {("EU", "051", "SVK")}, {("EU", "043", "SVK")}),
    ("welcomed at a palace", "The Thai king welcomed the Lao president at the royal palace.",
     {("THA", "043", "LAO")}, set()),
    ("a welcome for a president", "Ethiopia's lavish welcome for the Somali president "
     "angered Kenya.", {("ETH", "043", "SOM")}, set()),
    # a person flying into a capital visits (042); aircraft flying in show force (150)
    ("minister flew into", "The Austrian chancellor flew into Budapest on Tuesday.",
     {("AUT", "042", "HUN")}, {("AUT", "150", "HUN")}),
    ("bombers flew into", "Russian bombers flew into Norwegian airspace.",
     {("RUS", "150", "NOR")}, {("RUS", "042", "NOR")}),
    # a civilian modifier makes a noun of force civilian (compounds were unseen by patterns)
    ("aid plane", "Qatar sent an aid plane to Libya after the floods.",
     {("QAT", "07", "LBY")}, {("QAT", "15", "LBY")}),
    ("relief convoy", "Jordan dispatched a relief convoy to Iraq.", {("JOR", "07", "IRQ")},
     {("JOR", "15", "IRQ")}),
    ("rescue operation", "The Greek coast guard launched a rescue operation for Turkish "
     "sailors.", set(), {("GRC", "19", "TUR")}),
    ("hunger strike", "Palestinian detainees went on a hunger strike against Israel.", set(),
     {("PSE", "19", "ISR")}),
    ("charm offensive", "Beijing launched a charm offensive toward Manila.", set(),
     {("CHN", "19", "PHL")}),
    # positions attacked are fought over (19), not a policy criticised (111)
    ("attacked positions", "Armenian troops attacked Azerbaijani positions near the border.",
     {("ARM", "19", "AZE")}, {("ARM", "111", "AZE")}),
    # hit with sanctions (163) or with missiles (19)
    ("hit with sanctions", "Britain hit Iran with new sanctions.", {("GBR", "163", "IRN")},
     set()),
    ("hit with missiles", "Israel hit Syria with missiles overnight.", {("ISR", "19", "SYR")},
     {("ISR", "163", "SYR")}),
    # radars and patrol vessels handed to a force are military aid (072)
    ("provided radars", "Australia will provide coastal radars to the Fijian navy.",
     {("AUS", "072", "FJI")}, set()),
    ("delivered patrol vessels", "South Korea delivered two patrol vessels to the Vietnamese "
     "coast guard.", {("KOR", "072", "VNM")}, set()),
    # added to a blacklist (163), also when the list hangs inside the object
    ("added to a blacklist", "Tokyo added four Russian firms tied to the drone program to "
     "its export blacklist.", {("JPN", "163", "RUS")}, set()),
    # disagreeing or differing with a side (111)
    ("disagreed with", "Norway disagreed with Denmark over fishing quotas.",
     {("NOR", "111", "DNK")}, set()),
    ("differed with", "Portugal differed with Spain on the water treaty.",
     {("PRT", "111", "ESP")}, set()),
    # negated opposition is support (032); an objection stays opposition (110)
    ("will not object to", "Greece will not object to North Macedonia's membership of the "
     "bloc.", {("GRC", "032", "MKD")}, set()),
    ("will not block a bid", "Hungary will not block Ukraine's bid to join the union.",
     {("HUN", "032", "UKR")}, {("HUN", "129", "UKR")}),
    ("objected to", "Japan objected to South Korea's survey ship.", {("JPN", "110", "KOR")},
     {("JPN", "032", "KOR")}),
    ("would not deal with", "Argentina said it would not deal with Nicaragua's government.",
     {("ARG", "12", "NIC")}, set()),
    # agreeing to resign or step down leaves office: no agreement with anyone
    ("agreed to resign", "Latvia's deputy premier agreed to resign after talks with Sweden.",
     set(), {("LVA", "03", "SWE")}),
    ("agreed to step down", "The Czech premier agreed to step down after a rebuke from the "
     "EU.", set(), {("CZE", "03", "EU")}),
    # an intent verb with an infinitive parsed as an adverbial clause (036)
    ("committed to begin negotiations", "Greece committed to begin negotiations with "
     "Albania.", {("GRC", "036", "ALB")}, set()),
    # a defence pact said to cover a side promises it protection (033); the attack it
    # covers is hypothetical
    ("treaty covers attacks", "Canberra reaffirmed that its defence treaty covers attacks on "
     "New Zealand warships.", {("AUS", "033", "NZL")}, {("AUS", "19", "NZL")}),
    ("attack would invoke commitments", "France reaffirmed that an armed attack on Estonian "
     "aircraft would invoke French defence commitments.", {("FRA", "033", "EST")},
     {("FRA", "19", "EST")}),
    ("guarantees protect ports", "Britain said its security guarantees protect Ukrainian ports "
     "from attack.",
     {("GBR", "033", "UKR")}, set()),
    ("a trade pact covers no one", "Japan said the trade pact covers Australian beef.", set(),
     {("JPN", "033", "AUS")}),
    ("conducted operations with", "Russia conducted joint operations with Belarus.",
     {("RUS", "062", "BLR")}, set()),
    # consequences or a price promised in reported words threaten (130)
    ("would have consequences", "Berlin told Warsaw that any breach of the deal would have "
     "serious consequences.", {("DEU", "130", "POL")}, set()),
    ("would pay a price", "Canada said Iran would pay a price for downing the airliner.",
     {("CAN", "130", "IRN")}, set()),
    ("consequences described are no threat", "Canada said the consequences of the drought "
     "in Mexico were severe.", set(), {("CAN", "130", "MEX")}),
    ("no consequences", "Canada said there would be no consequences for Mexico.", set(),
     {("CAN", "130", "MEX")}),
    # trade revived or rebuilt (061; agreed, 031)
    ("agreed to revive trade", "Bolivia and Chile agreed to revive trade.",
     {("BOL", "031", "CHL")}, set()),
    ("restored trade", "Qatar restored trade with the United Arab Emirates last year.",
     {("QAT", "061", "ARE")}, set()),
    # crowds gathering or converging outside an embassy demonstrate (141)
    ("gathered outside an embassy", "Hundreds of Filipino students gathered outside the "
     "Chinese embassy in Manila.", {("PHL", "141", "CHN")}, set()),
    ("converged on a consulate", "Pakistani protesters converged on the Danish consulate in "
     "Karachi.", {("PAK", "141", "DNK")}, set()),
    # what a reported act amounts to or constitutes, and the manner it was done in, judge it
    ("amount to warfare", "Tehran said the new Canadian curbs amount to economic warfare "
     "against Iran.", {("IRN", "111", "CAN")}, set()),
    ("constitutes interference", "Beijing said Lithuania's move constitutes interference.",
     {("CHN", "111", "LTU")}, set()),
    ("illegally entered", "Hanoi said Chinese survey ships had illegally entered its waters.",
     {("VNM", "111", "CHN")}, set()),
    ("would harm relations", "The Chinese premier told the Australian envoy that politicizing "
     "trade would seriously harm relations.", {("CHN", "111", "AUS")}, set()),
    ("in an unsafe manner", "The Japanese navy said the Russian frigate had maneuvered in "
     "an unsafe manner.", {("JPN", "111", "RUS")}, set()),
    ("in a constructive manner praises nobody", "Seoul said the two ministers agreed to "
     "settle the quarrel with Tokyo in a constructive manner.", set(), {("KOR", "051", "JPN")}),
    # looking forward to cooperation with a side (030)
    ("looks forward to cooperation", "Zambia looks forward to deeper cooperation with Brazil, "
     "its president said.", {("ZMB", "030", "BRA")}, set()),
    # a concern raised as a later item of a list (111)
    ("raised a listed detention", "Ottawa said it raised tariffs, visas and the detention of "
     "Canadian citizens with Beijing.", {("CAN", "111", "CHN")}, set()),
    # a group described as a liberation movement is endorsed (051)
    ("described as a liberation movement", "The Iranian president described Hezbollah as a "
     "liberation movement.", {("IRN", "051", "LBN")}, set()),
    # calling on a person at a place, with no infinitive or for-phrase, is a courtesy visit
    ("called on a president at a palace", "Indian Defence Minister Rajnath Singh called on "
     "President Joko Widodo at the Merdeka Palace.", {("IND", "042", "IDN")},
     {("IND", "020", "IDN")}),
    ("called on a premier at his office", "The Japanese envoy called on Prime Minister Hun "
     "Manet at his office.", {("JPN", "042", "KHM")}, {("JPN", "020", "KHM")}),
    ("called on a person to act stays an appeal", "The Chinese envoy called on the Thai king "
     "to express condolences.", {("CHN", "020", "THA")}, {("CHN", "042", "THA")}),
    ("a statement calling on a leader to act stays an appeal", "Amnesty International "
     "issued a statement calling on Premier Li Qiang's government to \"speed up\" the "
     "inquiry.", set(), {(None, "04", "CHN"), ("AMNESTY", "04", "CHN")}),
    ("called on a person for something stays an appeal", "The Swiss foreign minister called "
     "on Chancellor Scholz for an end to the dispute.", {("CHE", "020", "DEU")},
     {("CHE", "042", "DEU")}),
    # mobilising money is aid (07), mobilising support no force (154)
    ("mobilised funds", "The Danish government mobilised funds for Malawi after the floods.",
     {("DNK", "07", "MWI")}, {("DNK", "154", "MWI")}),
    ("mobilised support", "Serbia mobilised support for its campaign against Kosovo.", set(),
     {("SRB", "154", "XKX")}),
    # leaving or ending a deal, pact or treaty rejects the cooperation (121), no troops leave
    ("withdrew from a treaty", "Russia withdrew from the Open Skies Treaty with the United "
     "States.", {("RUS", "121", "USA")}, {("RUS", "087", "USA"), ("RUS", "0874", "USA")}),
    ("pulled out of a deal", "Peru pulled out of the fisheries agreement with Chile.",
     {("PER", "121", "CHL")}, set()),
    ("ended an agreement", "Russia ended the fishing agreement with Norway.",
     {("RUS", "121", "NOR")}, {("RUS", "160", "NOR")}),
    ("tore up a contract", "Hungary tore up the gas contract with Ukraine.",
     {("HUN", "121", "UKR")}, {("HUN", "160", "UKR")}),
    ("troops pulled out of a base stay a withdrawal", "Russia withdrew its forces from the "
     "Syrian base.", {("RUS", "087", "SYR")}, {("RUS", "121", "SYR")}),
    # designating sites is no sanction; under a defence pact it is military cooperation
    ("designated sites under a pact", "Colombia and Spain designated three new sites under "
     "their defence pact.", {("COL", "062", "ESP")}, {("COL", "163", "ESP")}),
    ("designated a group stays a sanction", "The United States designated the Houthis a "
     "terrorist organisation.", {("USA", "163", "YEM")}, set()),
    # declared persona non grata (161): the parser makes "persona" a verb clause
    ("declared an envoy persona non grata", "Kenya declared the Ugandan envoy persona non "
     "grata on Monday.", {("KEN", "161", "UGA")}, set()),
    ("declared a named diplomat persona non grata", "Norway declared Ivan Petrov, an attache "
     "at the Russian embassy in Oslo, persona non grata.", {("NOR", "161", "RUS")}, set()),
    ("persona non grata by someone is never reversed", "Two Estonian diplomats were declared "
     "persona non grata by Moscow.", set(), {("EST", "161", "RUS")}),
    # a welcome received somewhere or from someone is the guest's visit (042)
    ("received a welcome in a capital", "The Kenyan president received a red-carpet welcome "
     "in Beijing on Monday.", {("KEN", "042", "CHN")}, set()),
    ("a measure's warm welcome is no visit", "The new law received a warm welcome from "
     "Japanese investors.", set(), {(None, "04", "JPN")}),
    # border gates and checkpoints are reopened or closed as borders are
    ("reopened a border gate", "Turkey reopened the border gate with Armenia on Friday.",
     {("TUR", "081", "ARM")}, set()),
    ("closed a checkpoint", "Georgia closed the Lars checkpoint with Russia.",
     {("GEO", "172", "RUS")}, set()),
    # an assault on villagers or communities is violence against civilians (18)
    ("assault on villagers", "Al-Shabaab's assault on Kenyan villagers killed dozens.",
     {("SOM", "180", "KEN")}, {("SOM", "190", "KEN")}),
    ("assault on a town stays a battle", "Al-Shabaab's assault on a Kenyan army base killed "
     "dozens.", {("SOM", "190", "KEN")}, {("SOM", "180", "KEN")}),
]


@pytest.mark.parametrize("name,text,present,absent", ROWS, ids=[r[0] for r in ROWS])
def test_nlp_lexicon_recall_families(check, name: str, text: str,
                                     present: set[Triple], absent: set[Triple]) -> None:
    check(text, present, absent, name)
