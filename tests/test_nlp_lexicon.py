"""Sentence -> event tables for the predicate classes of the trigger lexicon.

Each row is written for this file (not taken from examples/ or the reference data) and names
the class of predicate it covers. ``present`` triples must be coded, ``absent`` ones must not.
A triple is (source country, CAMEO code or two-digit root, target country): a two-character
code is compared with the event's root, a longer one with its full CAMEO code. The rows load
the real spaCy model through the session's Coder.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)



ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- legal complaints at a body (115) vs. protests to a government (114)
    ("case filed at a trade body", "Canada filed a challenge against China at the World "
     "Trade Organization on Thursday.", {("CAN", "115", "CHN")}, {("CAN", "114", "CHN")}),
    ("complaint lodged at a trade body", "Australia lodged a complaint at the WTO against "
     "China over barley tariffs.", {("AUS", "115", "CHN")}, set()),
    ("protest lodged with an embassy stays 114", "Beijing lodged a protest with the Japanese "
     "embassy.", {("CHN", "114", "JPN")}, {("CHN", "115", "JPN")}),
    # -- issuing rules, licence requirements, list placements (163)
    ("export controls unveiled", "The Commerce Department unveiled new export controls on "
     "Chinese chipmakers.", {("USA", "163", "CHN")}, set()),
    ("licence requirement", "The United States will require licences for sales of advanced "
     "semiconductors to China.", {("USA", "163", "CHN")}, {("USA", "10", "CHN")}),
    ("placed on a sanctions list", "The Treasury placed nine Russian banks on its sanctions "
     "list.", {("USA", "163", "RUS")}, {("USA", "15", "RUS")}),
    ("rules released are not a prisoner release", "Tokyo released new rules on chip exports "
     "to China on Friday.", {("JPN", "163", "CHN")}, {("JPN", "08", "CHN")}),
    ("putting an item on an agenda is no alert", "The president put the issue on the agenda "
     "of the talks with Japan.", set(), {("USA", "15", "JPN"), (None, "15", "JPN")}),
    # -- regret and remorse: someone else's act (111), one's own (055)
    ("regret another's decision", "Seoul regretted Tokyo's decision to release the water.",
     {("KOR", "111", "JPN")}, set()),
    ("regret one's own intrusion", "Beijing said it regretted the accidental intrusion of its "
     "drone into Indian airspace.", {("CHN", "055", "IND")}, {("CHN", "11", "IND")}),
    ("remorse expressed", "Japan's prime minister expressed remorse to South Korea for "
     "wartime forced labour.", {("JPN", "055", "KOR")}, set()),
    ("lament a decision", "Germany lamented Moscow's decision to expel its diplomats.",
     {("DEU", "111", "RUS")}, set()),
    # -- pressing someone to act (020)
    ("pressured to act", "Washington pressured the Netherlands to restrict sales of chip "
     "machines to China.", {("USA", "020", "NLD")}, set()),
    ("stepped-up pressure", "France stepped up pressure on Iran over its nuclear programme.",
     {("FRA", "020", "IRN")}, set()),
    # -- unsafe intercepts and close approaches (150)
    ("cut across a path", "A Russian fighter cut across the path of a U.S. surveillance "
     "plane over the Black Sea.", {("RUS", "150", "USA")}, set()),
    ("came within a distance", "A Chinese frigate came within 100 meters of the Australian "
     "warship.", {("CHN", "150", "AUS")}, set()),
    ("manoeuvred near", "An Iranian patrol boat maneuvered aggressively near the American "
     "cruiser.", {("IRN", "150", "USA")}, set()),
    ("crossed the bow", "Chinese coast guard ships crossed the bow of a Philippine supply "
     "vessel.", {("CHN", "150", "PHL")}, set()),
    ("drilled near a border", "Russian forces drilled near the Finnish border.",
     {("RUS", "150", "FIN")}, set()),
    # -- halting participation (121)
    ("participation suspended", "Moscow suspended its participation in the nuclear arms "
     "treaty with Washington.", {("RUS", "121", "USA")}, {("RUS", "160", "USA")}),
    # -- raising a grievance with the other side (111)
    ("raised with a counterpart", "The Canadian minister raised with her Chinese counterpart "
     "the detention of two citizens.", {("CAN", "111", "CHN")}, set()),
    # (a jailed person's case raised is an appeal for release, 025: session 12, as three gold
    # sets code it; the detention itself raised stays 111, above)
    ("raised a case with", "Albanese raised the case of the jailed journalist with Xi.",
     {("AUS", "025", "CHN")}, set()),
    ("brought up with", "Blinken brought up human rights with Wang Yi.",
     {("USA", "111", "CHN")}, set()),
    # -- reviving talks and channels (046 / 060 -> 031 under "agree")
    ("revive talks", "India revived border talks with China on Monday.",
     {("IND", "046", "CHN")}, set()),
    ("restart a dialogue", "Japan and South Korea restarted their security dialogue on "
     "Monday.", {("JPN", "046", "KOR")}, set()),
    ("agreed to reopen hotlines", "Washington and Beijing agreed to reopen military hotlines.",
     {("USA", "031", "CHN")}, set()),
    # -- warnings and rehearsed or encircling shows of force (130 / 150)
    ("cautioned against", "Washington cautioned Beijing against any move on Taiwan.",
     {("USA", "130", "CHN")}, set()),
    ("rehearsed strikes are drills", "Chinese forces rehearsed missile strikes on Taiwan's "
     "ports.", {("CHN", "150", "TWN")}, {("CHN", "19", "TWN")}),
    ("encircled an island", "Chinese warships encircled Taiwan on Saturday.",
     {("CHN", "150", "TWN")}, set()),
    # -- leaving for a capital, greeting a visitor (04)
    ("left for a capital", "Wang Yi left for Moscow on Monday.", {("CHN", "04", "RUS")},
     set()),
    ("greeted a visitor", "Modi greeted Biden at the airport.", {("IND", "04", "USA")}, set()),
    # -- repairing ties (050), seeking to settle a dispute (037 -> root 03)
    ("repair ties", "Canberra is working to repair ties with Beijing.",
     {("AUS", "050", "CHN")}, set()),
    ("agreed to seek a resolution", "Tokyo and Seoul agreed to seek a resolution of the "
     "labour dispute.", {("JPN", "03", "KOR")}, set()),
    # -- ending agreements (121, as leaving a deal), extending sanctions and limiting trade (163)
    ("agreement terminated", "Niger terminated its military agreement with the United "
     "States.", {("NER", "121", "USA")}, set()),
    ("sanctions extended", "Britain extended sanctions on Russian oligarchs.",
     {("GBR", "163", "RUS")}, set()),
    ("exports prohibited", "Beijing prohibited exports of gallium to Japan.",
     {("CHN", "163", "JPN")}, set()),
    ("sales curtailed", "Washington curtailed sales of chip tools to China.",
     {("USA", "163", "CHN")}, set()),
    # -- nominal refusal (120)
    ("refusal noun", "China's refusal of the American request angered Washington.",
     {("CHN", "120", "USA")}, set()),
    # -- reported speech that blames someone for harm (111, evaluation.yaml)
    ("said it undermined", "Beijing said the U.S. moves undermined peace in the region.",
     {("CHN", "111", "USA")}, set()),
    ("said they endangered", "Manila said Chinese ships had endangered the lives of Filipino "
     "sailors.", {("PHL", "111", "CHN")}, set()),
    # -- cutting aid (162), suspensions (160), curfews extended (1723)
    ("aid reduced", "The United States reduced military aid to Egypt by $130 million.",
     {("USA", "162", "EGY")}, {("USA", "07", "EGY")}),
    # (flights halted restrict movement, 172, as examples/README.md codes them; session 14)
    ("suspension noun", "Morocco announced a suspension of flights with Germany.",
     {("MAR", "172", "DEU")}, {("MAR", "160", "DEU")}),
    # -- refuting (016 / 120), indicting (1121), conveying concern (111)
    ("claims refuted", "Pretoria refuted Washington's claims about arms shipments to Russia.",
     {("ZAF", "016", "USA")}, set()),
    ("indicted", "A U.S. grand jury indicted two Chinese intelligence officers.",
     {("USA", "1121", "CHN")}, set()),
    ("concerns conveyed", "The U.S. embassy conveyed serious concerns to the Greek "
     "government.", {("USA", "111", "GRC")}, set()),
    # -- permission given (080), cyberattacks (170)
    ("permission given", "Pakistan gave the United States permission to use its airspace.",
     {("PAK", "080", "USA")}, set()),
    ("cyberattacks launched", "Russia launched cyberattacks against Ukraine's banks.",
     {("RUS", "170", "UKR")}, {("RUS", "19", "UKR")}),
    # -- vessels driven off (170); unsafe intercepts (150, examples/README.md), aircraft sent in
    # (150)
    ("unsafe intercept", "A Chinese fighter jet performed an unsafe intercept of a U.S. "
     "reconnaissance plane.", {("CHN", "150", "USA")}, {("CHN", "170", "USA")}),
    ("vessel expelled is not a diplomat expelled", "China's coast guard said it expelled a "
     "Philippine vessel from the shoal.", {("CHN", "170", "PHL")}, {("CHN", "16", "PHL")}),
    ("drove off a boat", "The Chinese coast guard drove off a Vietnamese boat.",
     {("CHN", "170", "VNM")}, set()),
    ("warplanes sent into a zone", "China sent 30 warplanes into Taiwan's air defense zone.",
     {("CHN", "150", "TWN")}, set()),
    # -- licences and visas revoked, tariffs hiked
    ("licences revoked", "The Commerce Department revoked licences for exports to Huawei.",
     {("USA", "163", "CHN")}, set()),
    ("visas revoked", "Washington revoked the visas of Chinese officials.",
     {("USA", "172", "CHN")}, set()),
    ("tariffs hiked", "The United States hiked tariffs on Chinese electric vehicles.",
     {("USA", "163", "CHN")}, set()),
    # -- retaliation vowed is a threat (130), not an intent to cooperate
    ("vowed to retaliate", "China vowed to retaliate against the new U.S. chip curbs.",
     {("CHN", "130", "USA")}, {("CHN", "03", "USA")}),
    # -- joining curbs (163), barring purchases (163)
    ("joined curbs", "Japan joined the U.S. curbs on chip exports to China.",
     {("JPN", "163", "CHN")}, set()),
    ("barred from bidding", "Beijing barred American firms from bidding for state "
     "contracts.", {("CHN", "163", "USA")}, {("CHN", "17", "USA")}),
    # -- raids on offices (170), reporters and aid workers expelled (174 / 1663)
    ("offices raided", "Chinese police raided the offices of an American consulting firm.",
     {("CHN", "170", "USA")}, {("CHN", "19", "USA")}),
    ("reporters expelled", "China expelled three American journalists.",
     {("CHN", "174", "USA")}, {("CHN", "161", "USA")}),
    ("aid workers expelled", "Khartoum expelled British aid workers.",
     {("SDN", "1663", "GBR")}, set()),
    # -- reiterated support (051, as support expressed: a restatement, not a pledge)
    ("support reiterated", "Australia reiterated its support for the Philippines.",
     {("AUS", "051", "PHL")}, set()),
    # -- radar locks and chaff (150, a show of force like flares, as the gold sets code radar
    # locks since session 11)
    ("radar lock", "A Chinese warship locked its radar on a Japanese destroyer.",
     {("CHN", "150", "JPN")}, {("CHN", "170", "JPN")}),
    ("chaff released near a plane", "A Chinese fighter released chaff near an Australian "
     "patrol plane.", {("CHN", "150", "AUS")}, {("CHN", "08", "AUS")}),
    # -- embassies opened and recognition switched (054)
    ("embassy opened", "China opened an embassy in the Solomon Islands.",
     {("CHN", "054", "SLB")}, set()),
    ("recognition switched", "Honduras switched diplomatic recognition from Taipei to "
     "Beijing.", {("HND", "054", "CHN")}, set()),
    # -- envoys and delegations sent (042), visitors welcomed (043)
    ("delegation sent", "China sent a delegation to the funeral in Tokyo.",
     {("CHN", "04", "JPN")}, set()),
    ("envoy dispatched is no deployment", "Beijing dispatched its special envoy Li Hui to "
     "Kyiv.", {("CHN", "04", "UKR")}, {("CHN", "15", "UKR")}),
    ("welcomed to a capital", "Biden welcomed President Yoon to the White House on "
     "Wednesday.", {("USA", "043", "KOR")}, {("USA", "051", "KOR")}),
    # -- a carrier group deployed (150), investment restricted "in" a country (163)
    ("carrier group deployed", "China deployed an aircraft carrier group near Taiwan.",
     {("CHN", "150", "TWN")}, set()),
    ("investment in a country restricted", "Washington restricted American investment in "
     "China.", {("USA", "163", "CHN")}, set()),
    # -- aid packages announced (033, aid promised); generic "action taken against" is no
    # lawsuit
    ("aid package announced", "Washington announced a new $400 million security package "
     "for Ukraine.", {("USA", "033", "UKR")}, set()),
    ("action against is no lawsuit", "China took punitive action against American chip "
     "firms.", set(), {("CHN", "115", "USA")}),
    # -- economic targeting is a sanction (163), military targeting stays force (190)
    ("banks targeted", "Washington targeted Russian banks with new sanctions.",
     {("USA", "163", "RUS")}, {("USA", "19", "RUS")}),
    ("targeted with sanctions", "The British government targeted Moscow with a new round of "
     "sanctions.", {("GBR", "163", "RUS")}, set()),
    ("grid targeted by missiles", "Russian missiles targeted Ukraine's power grid.",
     {("RUS", "190", "UKR")}, {("RUS", "16", "UKR")}),
    # -- figurative objects of force verbs code nothing; a story's dyad is set up first
    ("boarded a plane", "Secretary of State Antony Blinken met Foreign Minister Qin Gang in "
     "Beijing. Blinken later boarded a plane for Tokyo.", {("USA", "04", "CHN")},
     {("USA", "17", "JPN"), ("USA", "01", "JPN"), ("USA", "17", "CHN")}),
    ("seized the opportunity", "Secretary of State Antony Blinken met Foreign Minister Qin "
     "Gang in Beijing. U.S. officials seized the opportunity to visit a factory.",
     {("USA", "04", "CHN")}, {("USA", "17", "CHN")}),
    ("beat expectations", "President Joe Biden met President Xi Jinping in California. China "
     "beat expectations on exports.", {("USA", "04", "CHN")}, {("CHN", "18", "USA")}),
    ("executed the plan", "President Joe Biden met President Xi Jinping in California. "
     "Beijing executed the plan quickly.", {("USA", "04", "CHN")}, {("CHN", "18", "USA")}),
    ("killed the bill", "President Joe Biden met President Xi Jinping in California. "
     "Congress killed the bill.", {("USA", "04", "CHN")}, {("USA", "18", "CHN")}),
    ("soldiers killed stays an assault", "Russia killed three Ukrainian soldiers.",
     {("RUS", "18", "UKR")}, set()),
    # -- domestic measures code nothing against the story's other side
    ("prices frozen", "President Joe Biden met President Xi Jinping in California. Beijing "
     "froze prices of fuel.", {("USA", "04", "CHN")}, {("CHN", "16", "USA")}),
    ("minister dismissed", "President Joe Biden met President Xi Jinping in California. "
     "China dismissed its defense minister.", {("USA", "04", "CHN")}, {("CHN", "12", "USA")}),
    # -- tariffs lowered or dropped ease a sanction (085)
    ("tariffs reduced", "Beijing reduced tariffs on American soybeans.",
     {("CHN", "085", "USA")}, {("CHN", "16", "USA")}),
    ("tariffs dropped", "China dropped tariffs on Australian barley.",
     {("CHN", "085", "AUS")}, set()),
    # -- intrusions into networks (170), ceasefires breached (196)
    ("broke into accounts", "Chinese hackers broke into the email accounts of Commerce "
     "Secretary Gina Raimondo.", {("CHN", "170", "USA")}, set()),
    ("networks breached", "A Chinese group breached the networks of 25 U.S. government "
     "agencies.", {("CHN", "170", "USA")}, {("CHN", "128", "USA")}),
    ("ceasefire breached", "Pakistan breached the ceasefire with India.",
     {("PAK", "196", "IND")}, {("PAK", "08", "IND")}),
    # -- support voiced (051), joint sails (062)
    ("support voiced", "Japan and Australia also voiced support for Manila.",
     {("JPN", "051", "PHL"), ("AUS", "051", "PHL")}, set()),
    ("joint sails", "The Philippines conducted joint sails with the United States and Japan.",
     {("PHL", "062", "USA"), ("PHL", "062", "JPN")}, set()),
    # -- concerns shared about a third party (111, not 019), a case dropped (080)
    ("shared concerns", "South Korean President Yoon Suk Yeol met Japanese Prime Minister "
     "Fumio Kishida in Tokyo. The leaders shared concerns about China's military activity.",
     {("KOR", "111", "CHN"), ("JPN", "111", "CHN")}, {("KOR", "019", "CHN")}),
    ("case dropped", "Seoul dropped its case against Japan at the World Trade Organization.",
     {("KOR", "080", "JPN")}, set()),
    # -- drones intercepted are shot at (190); planes intercepted are a show of force (150)
    ("drones intercepted", "Ukrainian air defences intercepted 30 Russian drones overnight.",
     {("UKR", "190", "RUS")}, {("UKR", "170", "RUS")}),
    ("plane intercepted", "Chinese jets intercepted a U.S. reconnaissance plane.",
     {("CHN", "150", "USA")}, {("CHN", "170", "USA")}),
    # -- nominal forms: a case against someone (115), a missile launch over a country (150)
    ("case noun", "Seoul's WTO case against Japan's export curbs ended in March.",
     {("KOR", "115", "JPN")}, set()),
    ("launch over a country", "North Korea's missile launch over Japan drew condemnation.",
     {("PRK", "150", "JPN")}, {("PRK", "19", "JPN")}),
    ("a product launch is no event", "The product launch in Beijing was delayed.", set(),
     {(None, "15", "CHN")}),
    # -- calls over the phone (041), due in a capital (042 planned)
    ("spoke over the phone", "Biden and Xi spoke over the phone on Tuesday.",
     {("USA", "041", "CHN")}, set()),
    ("spoke with someone over the phone", "Blinken spoke with Wang Yi over the phone.",
     {("USA", "041", "CHN")}, {("USA", "040", "CHN")}),
    ("due in a capital", "Wang Yi is due in Washington this week.",
     {("CHN", "042", "USA")}, set()),
    # -- issues taken (111), allegations (112), a warning about someone is no threat to them
    ("took issue with", "China took issue with Japan's remarks.", {("CHN", "111", "JPN")},
     set()),
    ("alleged that", "China alleged that the U.S. had sent spy balloons over its territory.",
     {("CHN", "112", "USA")}, set()),
    ("warned about someone", "Ukrainian officials warned that Moscow would target the power "
     "grid again.", set(), {("UKR", "13", "RUS")}),
    # -- ties expanded (050 -> 032 under a vow), documents signed (057), plans proposed (030)
    ("vowed to expand ties", "Xi and Putin vowed to expand trade ties.",
     {("CHN", "03", "RUS")}, set()),
    ("documents signed", "China and Russia signed 14 cooperation documents.",
     {("CHN", "057", "RUS")}, set()),
    ("peace plan proposed", "Beijing proposed a 12-point peace plan for Ukraine.",
     {("CHN", "030", "UKR")}, set()),
    ("membership approved", "Turkey approved Finland's NATO membership.",
     {("TUR", "051", "FIN")}, set()),
    # -- hotlines and working groups set up (036 / 031)
    ("hotline set up", "Beijing set up a hotline with Washington.", {("CHN", "036", "USA")},
     set()),
    ("working group to be set up", "China and the United States will set up a working group "
     "on counternarcotics.", {("CHN", "031", "USA")}, set()),
    # -- hits (190; 163 with sanctions; nothing for records), fuel dumps, weapons hosted
    ("depot hit", "Ukraine hit a Russian ammunition depot in Crimea.",
     {("UKR", "190", "RUS")}, set()),
    ("hit with tariffs", "Washington hit Chinese firms with new tariffs.",
     {("USA", "163", "CHN")}, {("USA", "19", "CHN")}),
    ("record hit", "President Joe Biden met President Xi Jinping in California. China's "
     "exports hit a record high in May.", {("USA", "04", "CHN")}, {("CHN", "19", "USA")}),
    ("curbs hit firms", "U.S. chip curbs hit Chinese firms hard.", set(),
     {("USA", "19", "CHN")}),
    ("fuel dumped", "A Russian jet dumped fuel on an American drone.",
     {("RUS", "170", "USA")}, set()),
    ("weapons hosted", "Belarus hosted Russian tactical nuclear weapons.",
     {("BLR", "062", "RUS")}, {("BLR", "04", "RUS")}),
    # -- sieges (191; a crowd at an embassy stays 145), positions stormed (190)
    ("city besieged", "Russian forces besieged Mariupol, a port city of Ukraine, for weeks.",
     {("RUS", "191", "UKR")}, {("RUS", "14", "UKR")}),
    ("siege laid", "Russia laid siege to Ukraine's city of Mariupol.",
     {("RUS", "191", "UKR")}, set()),
    ("embassy besieged by a crowd", "Iranian protesters besieged the Saudi embassy.",
     {("IRN", "145", "SAU")}, {("IRN", "191", "SAU")}),
    ("towns stormed", "Hamas gunmen stormed Israeli border towns at dawn.",
     {("PSE", "190", "ISR")}, {("PSE", "14", "ISR")}),
    # -- ground recaptured (192), assaults repelled and counterattacks (190)
    ("village recaptured from", "Ukrainian troops recaptured a village from Russian forces.",
     {("UKR", "192", "RUS")}, set()),
    ("assault repelled", "Kyiv said it repelled a Russian assault on the town.",
     {("UKR", "190", "RUS")}, set()),
    ("counterattack", "Ukrainian units counterattacked Russian forces east of the town.",
     {("UKR", "190", "RUS")}, set()),
    # -- a dam blown up (1712)
    ("dam blown up", "Ukraine accused Russian soldiers of blowing up the dam.",
     {("RUS", "1712", "UKR")}, set()),
    # -- hostages taken or held and ships hijacked (181), water cannon blasted (191)
    ("hostages taken from", "Hamas took about 240 hostages from Israel.",
     {("PSE", "181", "ISR")}, set()),
    ("hostages held", "Hamas still holds 130 Israeli hostages in Gaza.",
     {("PSE", "181", "ISR")}, set()),
    ("ship hijacked", "Houthi rebels hijacked a cargo ship linked to Israel.",
     {("YEM", "181", "ISR")}, set()),
    ("water cannon blasted", "Chinese coast guard ships blasted water cannon at Philippine "
     "boats.", {("CHN", "191", "PHL")}, {("CHN", "11", "PHL"), ("CHN", "170", "PHL")}),
    # -- relations broken off (161), embassies reopened by both (054)
    ("relations broken off", "Riyadh broke off relations with Tehran in 2016.",
     {("SAU", "161", "IRN")}, {("SAU", "164", "IRN")}),
    ("both reopened embassies", "Iran and Saudi Arabia reopened their embassies.",
     {("IRN", "054", "SAU")}, set()),
    # -- accession blocked or held up (129), ratified (051), applied for (020)
    ("membership bid blocked", "Erdogan blocked Sweden's bid to join NATO.",
     {("TUR", "129", "SWE")}, {("TUR", "16", "SWE"), ("TUR", "05", "NATO")}),
    ("accession held up", "Hungary held up Sweden's accession to NATO.",
     {("HUN", "129", "SWE")}, set()),
    # (ratifying an accession is CAMEO 057, "ratify, sign": session 12, as train4/train8 gold)
    ("accession ratified", "Turkey's parliament ratified Finland's accession to NATO.",
     {("TUR", "057", "FIN")}, set()),
    ("membership of a body ratified", "Turkey ratified Sweden's membership of NATO.",
     {("TUR", "057", "SWE")}, set()),
    ("applied to join", "Finland applied to join NATO after the invasion.",
     {("FIN", "020", "NATO")}, set()),
    ("applied for membership", "Ukraine applied for EU membership.",
     {("UKR", "020", "EU")}, set()),
    # -- arrest warrants (173), visa services suspended (172)
    ("arrest warrant issued", "The International Criminal Court issued an arrest warrant for "
     "Vladimir Putin.", {("ICC", "173", "RUS")}, set()),
    ("visa services suspended", "India suspended visa services for Canadian citizens.",
     {("IND", "172", "CAN")}, set()),
    # -- retaliation named by what was done: the verb itself is no threat (13)
    ("retaliated with a measure", "China retaliated against Japan with a ban on seafood.",
     set(), {("CHN", "13", "JPN")}),
    # -- aid announced as an amount (033)
    ("aid announced as an amount", "Japan announced $5.5 billion in aid for Ukraine.",
     {("JPN", "033", "UKR")}, set()),
    # -- support underscored or conveyed (051), assurances (030), condolences renewed (018)
    ("support underscored", "Blinken underscored U.S. support for Israel's right to defend "
     "itself.", {("USA", "051", "ISR")}, set()),
    ("solidarity conveyed", "Blinken conveyed the solidarity of the United States with "
     "Israel.", {("USA", "051", "ISR")}, set()),
    ("assured of support", "Biden assured Netanyahu of continued U.S. support.",
     {("USA", "030", "ISR")}, set()),
    ("condolences reiterated", "Biden reiterated his condolences to the Israeli people.",
     {("USA", "018", "ISR")}, set()),
    # -- envoys named (054), ambassadors exchanged (054), accession protocol forwarded (051)
    ("ambassador appointed", "Ukraine appointed a new ambassador to China.",
     {("UKR", "054", "CHN")}, set()),
    ("ambassadors exchanged", "Saudi Arabia and Iran exchanged ambassadors in September.",
     {("SAU", "054", "IRN")}, set()),
    ("protocol forwarded", "Erdogan forwarded Sweden's accession protocol to parliament.",
     {("TUR", "051", "SWE")}, set()),
    # -- exports resumed (061), trade partners reinstated (085)
    ("exports resumed", "Sweden resumed arms exports to Turkey last September.",
     {("SWE", "061", "TUR")}, set()),
    ("reinstated on a list", "Japan reinstated South Korea on its white list.",
     {("JPN", "085", "KOR")}, set()),
    # -- sites targeted with weapons (190, not 163), weapons used, people wounded
    ("grid targeted with missiles", "Russia targeted Ukraine's energy infrastructure with "
     "missiles and drones.", {("RUS", "190", "UKR")}, {("RUS", "163", "UKR")}),
    ("banks targeted with sanctions", "Washington targeted Russian banks with new sanctions.",
     {("USA", "163", "RUS")}, {("USA", "19", "RUS")}),
    ("cluster munitions used", "Russia used cluster munitions against Ukrainian civilians.",
     {("RUS", "190", "UKR")}, set()),
    ("soldiers wounded", "Russian troops wounded two Ukrainian soldiers.",
     {("RUS", "180", "UKR")}, set()),
    # -- appointed as envoy (054), compacts set up (031), rallies near an embassy (141)
    ("appointed as ambassador", "Kyiv appointed a veteran diplomat as its new ambassador "
     "to Beijing.", {("UKR", "054", "CHN")}, set()),
    ("compact set up", "Sweden and Turkey agreed to set up a security compact.",
     {("SWE", "03", "TUR")}, set()),
    ("rally near an embassy", "Hundreds of South Koreans rallied near the Japanese embassy.",
     {("KOR", "141", "JPN")}, set()),
    # -- drills or operations WITH a side are joint (062), near a side a show of force (150)
    ("joint operations named as a noun", "Japan voiced concern about Chinese joint "
     "operations with Russia near its islands.", {("CHN", "062", "RUS")}, set()),
    ("drills with a partner", "China's drills with Russia near Japan alarmed Tokyo.",
     {("CHN", "062", "RUS")}, {("CHN", "150", "RUS")}),
    ("patrols near a side", "Chinese naval patrols near Taiwan continued.",
     {("CHN", "150", "TWN")}, {("CHN", "06", "TWN")}),
    # -- aid let in (0863), suspended from a body (160), hostilities ceased (0871)
    ("aid let into a territory", "Israel allowed aid into the Palestinian territories.",
     {("ISR", "0863", "PSE")}, set()),
    ("suspended from a body", "The United Nations suspended Russia from its rights council.",
     {("UNO", "160", "RUS")}, set()),
    # (a cessation the two sides agreed to is their agreement, 057, as the gold sets code
    # truces agreed to; session 13, prec10)
    ("cessation of hostilities", "Israel and Hamas agreed to a cessation of hostilities.",
     {("ISR", "057", "PSE")}, set()),
    # -- war-time name-calling in reported speech (111), demands naming who must act (100)
    ("called a war criminal", "Biden called Putin a war criminal.", {("USA", "111", "RUS")},
     set()),
    ("described as genocide", "Erdogan described Israel's actions in Gaza as genocide.",
     {("TUR", "111", "ISR")}, set()),
    ("attacks said to be barbaric", "Zelensky said Russia's attacks were barbaric.",
     {("UKR", "111", "RUS")}, set()),
    ("demanded that someone act", "The United States demanded that Russia release the "
     "reporter.", {("USA", "100", "RUS")}, set()),
    # -- prisoner swaps carried out (0841), terrorist designations (163)
    ("swap carried out", "Russia and Ukraine carried out a prisoner swap.",
     {("RUS", "0841", "UKR")}, set()),
    ("designated a terrorist group", "Britain proscribed Hamas in 2021.",
     {("GBR", "163", "PSE")}, set()),
    ("listed as terrorist", "Lithuania listed Wagner as a terrorist organisation.",
     {("LTU", "163", "RUS")}, set()),
    # -- passives of the added classes
    ("bid blocked, passive", "Sweden's NATO bid has been blocked by Turkey for months.",
     {("TUR", "129", "SWE")}, set()),
    ("ship hijacked, passive", "The cargo ship was hijacked by Houthi rebels, Israel said.",
     {("YEM", "181", "ISR")}, set()),
    ("warrant issued, passive", "An arrest warrant for Putin was issued by the International "
     "Criminal Court.", {("ICC", "173", "RUS")}, set()),
    ("accession ratified, passive", "Finland's accession was ratified by Turkey's parliament.",
     {("TUR", "057", "FIN")}, set()),
    # -- human shields (184), refugees accepted (075), peacekeepers deployed (074)
    ("civilians held as shields", "Islamic State fighters held Iraqi civilians as human "
     "shields in Mosul.", {("ISIS", "184", "IRQ")}, set()),
    ("refugees accepted", "Germany accepted 1,200 refugees from Greece.",
     {("DEU", "075", "GRC")}, {("DEU", "03", "GRC")}),
    ("peacekeepers deployed", "Britain deployed 250 peacekeepers to Mali.",
     {("GBR", "074", "MLI")}, {("GBR", "15", "MLI")}),
    ("money contributed", "Japan contributed $10 million to Ukraine.",
     {("JPN", "070", "UKR")}, set()),
    # -- called-off strikes keep their noun (marked cancelled, as visits); taxes suspended (085)
    ("strikes called off", "Biden called off planned strikes on Iran.",
     {("USA", "190", "IRN")}, {("USA", "08", "IRN")}),
    ("tax suspended", "France suspended its digital tax on U.S. companies.",
     {("FRA", "085", "USA")}, set()),
    ("cyber warfare launched", "Russia launched cyber warfare against Ukraine.",
     {("RUS", "170", "UKR")}, set()),
    # -- hostages swapped (0841), protocols ratified (051), statehood recognised (054)
    ("hostages swapped", "Israel and Hamas swapped hostages for prisoners.",
     {("ISR", "0841", "PSE")}, set()),
    ("accession protocol ratified", "Turkey ratified Sweden's NATO accession protocol.",
     {("TUR", "057", "SWE")}, set()),
    ("statehood recognised", "Norway and Spain recognised the State of Palestine.",
     {("NOR", "054", "PSE")}, set()),
    ("laser aimed", "A Chinese navy ship aimed a military-grade laser at a Philippine "
     "vessel.", {("CHN", "150", "PHL")}, set()),
    # -- a government protesting an act complains (114); crowds protest against (140)
    ("act protested", "The Philippines protested China's aggressive actions at the shoal.",
     {("PHL", "114", "CHN")}, {("PHL", "14", "CHN")}),
    ("crowd protested against", "Hundreds of Iranians protested against Israel in Tehran.",
     {("IRN", "140", "ISR")}, set()),
    # -- releases secured: pressing the captor (0253), not a release by the one securing it
    ("release secured", "Washington secured the release of two Americans from Iran.",
     {("USA", "0253", "IRN")}, {("USA", "08", "IRN")}),
    # -- a deal under negotiation is negotiation (046), not a signed deal (057); ties elevated
    ("deal being negotiated", "Israel and Saudi Arabia are negotiating a normalization deal.",
     {("ISR", "046", "SAU")}, {("ISR", "057", "SAU")}),
    ("ties elevated", "Vietnam and the United States elevated their ties to a strategic "
     "partnership.", {("VNM", "050", "USA")}, set()),
    # -- control of ground seized (192), not an export control (163)
    ("control seized", "Azerbaijan seized control of Nagorno-Karabakh from ethnic Armenian "
     "forces.", {("AZE", "192", "ARM")}, {("ARM", "163", "AZE"), ("AZE", "171", "ARM")}),
    # -- verbs the model mis-lemmatizes ("staged" -> "stag", "waged" -> "wag")
    ("joint drills staged with", "Japan and the United States staged joint drills with "
     "Australia.", {("JPN", "062", "AUS")}, set()),
    ("war waged", "Russia has waged war on Ukraine since February 2022.",
     {("RUS", "190", "UKR")}, set()),
    ("dialogue relaunched", "Australia and China relaunched their strategic economic "
     "dialogue.", {("AUS", "046", "CHN")}, set()),
]


@pytest.mark.parametrize("name,text,present,absent", ROWS, ids=[r[0] for r in ROWS])
def test_nlp_lexicon_predicate_classes(check, name: str, text: str,
                                       present: set[Triple], absent: set[Triple]) -> None:
    check(text, present, absent, name)


# -- the loader's conditions on a pattern (object_kind, subject_kind, prep_object, negative)
@pytest.mark.parametrize("line,message", [
    ('- {id: a.b, head: welcome, object_kind: place, cameo: "043"}', "object_kind must be one of"),
    ('- {id: a.b, head: fly, subject_kind: jet, cameo: "042"}', "subject_kind must be one of"),
    ('- {id: a.b, head: hit, prep_object: [sanctions], cameo: "163"}', "needs a prep"),
])
def test_nlp_lexicon_condition_keys_checked(line: str, message: str) -> None:
    from detente.coding.patterns import parse_patterns
    from detente.errors import DataFileError

    with pytest.raises(DataFileError, match=message):
        parse_patterns(line, "test.yaml")


def test_nlp_lexicon_condition_keys_loaded_and_more_specific() -> None:
    from detente.coding.patterns import build_lexicon, parse_patterns

    text = "\n".join([
        '- {id: a.plain, head: hit, prep: with, cameo: "163"}',
        '- {id: a.kind, head: hit, prep: with, prep_object: [Sanctions], cameo: "163"}',
        '- {id: a.neg, head: object, prep: to, negative: true, cameo: "032"}',
        '- {id: a.who, head: welcome, object_kind: person, subject_kind: person, cameo: "043"}',
    ])
    pats = {p.id: p for p in parse_patterns(text, "test.yaml")}
    assert pats["a.kind"].prep_object == ("sanctions",)
    assert pats["a.neg"].negative and pats["a.who"].object_kind == "person"
    assert pats["a.who"].subject_kind == "person"
    lex = build_lexicon(list(pats.values()))
    assert [p.id for p in lex.candidates("hit", "VERB")] == ["a.kind", "a.plain"]
