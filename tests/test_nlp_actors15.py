"""Actors of unseen news that no name gives (session 15).

- The two sides of a civil war: once a sentence has named a country's armed group (a KB
  entry coded REB, or "rebels", "militias" placed in one country) beside that state's forces
  or government, a later pair phrase of sides, parties or delegations ("the two
  delegations", "both parties", "each side ... the other") stands for those two (X MIL or
  X GOV, and X REB), not for the mediators the article names most; unless a later sentence
  told force, charges, a meeting or a deal between two states (then the phrase is theirs).

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded(coder_all):
    from detente.model import Article

    def _coded(text: str, day: date) -> set[tuple[str | None, str, str | None, str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=day, origin="test", raw_text=text)
        return {(e.source.code if e.source else None, e.root,
                 e.target.code if e.target else None, e.status.value)
                for e in coder_all.code(art).events}

    return _coded


D = date(2024, 6, 10)

# (text, publication day, expected (source code, root, target code, status) rows)
CIVIL_WAR_SIDES = [
    ("Colombia's government and the ELN agreed in March to extend their ceasefire. "
     "Talks between the two delegations resumed in Havana on Monday.", D,
     {("COLGOV", "04", "COLREB", "happened")}),
    ("The Ethiopian government and the TPLF signed a truce in Pretoria on Wednesday. "
     "The African Union urged both parties to honour it.", D,
     {("AU", "02", "ETHGOV", "happened"), ("AU", "02", "ETHREB", "happened")}),
    ("Myanmar's military and the Arakan Army agreed to a pause in fighting last month. "
     "Each side has since accused the other of breaking it.", D,
     {("MMRMIL", "11", "MMRREB", "happened"), ("MMRREB", "11", "MMRMIL", "happened")}),
    ("Fighting between the Sudanese army and the Rapid Support Forces resumed in Darfur on "
     "Tuesday. Egypt called on the two sides to return to the negotiating table.", D,
     {("EGY", "02", "SDNMIL", "happened"), ("EGY", "02", "SDNREB", "happened")}),
    ("The Houthis and the Yemeni government exchanged prisoners in April. "
     "Saudi Arabia urged both parties to extend the truce.", D,
     {("SAU", "02", "YEMGOV", "happened"), ("SAU", "02", "YEMREB", "happened")}),
    # rebels the KB has no name for; the host of their talks is no side of them
    ("Kenya hosted talks between South Sudan's government and the SPLM-IO rebels in Nairobi "
     "in May. The mediators said the two sides had agreed to a new round of talks.", D,
     {("SSDGOV", "03", "SSDREB", "happened")}),
    ("Separatist militias in Cameroon's English-speaking regions have fought the army since "
     "2017. Canada said on Monday that both parties had agreed to enter talks.", D,
     {("CMRMIL", "03", "CMRREB", "happened")}),
]


@pytest.mark.parametrize(("text", "day", "want"), CIVIL_WAR_SIDES,
                         ids=[f"sides{i}" for i in range(len(CIVIL_WAR_SIDES))])
def test_nlp_actors15_civil_war_sides(coded, text, day, want):
    got = coded(text, day)
    assert want <= got, (want - got, got)


# (text, publication day, rows that must come out, rows that must not)
CIVIL_WAR_NEGATIVE = [
    # two states fought after the civil war was told: "each side" is theirs
    ("Congo's army fought M23 rebels near Goma in January. On Monday Rwandan and Congolese "
     "troops clashed at the border, and each side blamed the other for the clash.", D,
     {("CODMIL", "11", "RWAMIL", "happened")},
     {("CODMIL", "11", "CODREB", "happened"), ("CODREB", "11", "CODMIL", "happened")}),
    # a deal between two states told since: "the two sides" are France and Mali
    ("Rebels attacked a police post in northern Mali on Sunday. France and Mali signed a "
     "defence deal in Bamako, and the two sides agreed to hold talks next month.", D,
     {("FRA", "03", "MLI", "happened")},
     {("MLIGOV", "03", "MLIREB", "happened"), ("MLIMIL", "03", "MLIREB", "happened")}),
    # a meeting of two leaders after the civil war: "the two sides" are the two states
    ("Ethiopia's army has fought Fano militias in Amhara since August. Prime Minister Abiy "
     "Ahmed met Kenyan President William Ruto in Nairobi on Monday. The two sides agreed to "
     "expand trade.", D,
     {("ETHGOV", "03", "KENGOV", "happened")},
     {("ETHMIL", "03", "ETHREB", "happened")}),
    # armed group named alone, never beside its state: no civil-war pair
    ("The M23 rebels seized the town of Rubaya in May. Rwanda and Congo agreed in Washington "
     "to end the war, and the two sides will meet again in July.", D,
     {("CODGOV", "04", "RWAGOV", "planned")},
     {("CODGOV", "04", "CODREB", "planned"), ("CODMIL", "04", "CODREB", "planned")}),
]


@pytest.mark.parametrize(("text", "day", "want", "unwanted"), CIVIL_WAR_NEGATIVE,
                         ids=[f"not_sides{i}" for i in range(len(CIVIL_WAR_NEGATIVE))])
def test_nlp_actors15_civil_war_sides_not_taken(coded, text, day, want, unwanted):
    got = coded(text, day)
    assert want <= got, (want - got, got)
    assert not unwanted & got, (unwanted & got, got)


# "the country" a journey goes to: where the traveller's side last went, not its home; the
# inviter's own country when someone asks the traveller to come
# (text, publication day, the sentence's start, expected codes of "country")
VISITED_COUNTRY = [
    ("Foreign Minister Penny Wong flew to Tonga on Tuesday and met King Tupou VI in "
     "Nuku'alofa. She said Prime Minister Albanese hoped to visit the country next year.", D,
     "She said", ["TON"]),
    ("Kenya's foreign minister travelled to Haiti on Monday to meet Prime Minister Garry "
     "Conille. He said President Ruto would visit the country before the end of the year.", D,
     "He said", ["HTI"]),
    ("Indian Prime Minister Narendra Modi visited Guyana in November. He told reporters that "
     "his foreign minister would return to the country in the spring.", D,
     "He told", ["GUY"]),
    # negative: an invitation to come is to the inviter's country
    ("Japan's prime minister met Indonesia's president in Jakarta on Monday. He invited the "
     "president to visit the country next spring.", D, "He invited", ["JPN"]),
]


@pytest.mark.parametrize(("text", "day", "start", "want"), VISITED_COUNTRY,
                         ids=[f"visited{i}" for i in range(len(VISITED_COUNTRY))])
def test_nlp_actors15_country_visited(resolve_in, text, day, start, want):
    assert resolve_in(text, day, start, "country") == want


# people of smaller Pacific, Caribbean, African and Central Asian states (people_regions15)
# (surface form, day, expected code on that day)
REGION_PEOPLE = [
    ("Jagdeo", date(2023, 12, 15), "GUYGOV"),
    ("David Granger", date(2018, 3, 1), "GUYGOV"),
    ("King Tupou VI", date(2024, 1, 5), "TONGOV"),
    ("Kokhir Rasulzoda", date(2022, 4, 1), "TJKGOV"),
    ("Rimbink Pato", date(2016, 2, 1), "PNGGOV"),
    ("Rimbink Pato", date(2021, 2, 1), "PNGELI"),  # out of office: a former official
    ("Kamina Johnson Smith", date(2024, 5, 1), "JAMGOV"),
    ("Jean-Claude Gakosso", date(2023, 7, 1), "COGGOV"),
    ("Battulga", date(2019, 9, 1), "MNGGOV"),
]


@pytest.mark.parametrize(("name", "day", "want"), REGION_PEOPLE,
                         ids=[f"{n}-{d}" for n, d, _ in REGION_PEOPLE])
def test_nlp_actors15_region_people_codes(coder, name, day, want):
    entries = coder.kb.find(name)
    assert len(entries) == 1, entries
    assert coder.kb.code_at(entries[0], day)[2] == want


# (text, publication day, expected (source code, root, target code, status) rows)
REGION_PEOPLE_EVENTS = [
    ("Vice President Bharrat Jagdeo accused Venezuela on Thursday of trying to seize the "
     "Essequibo region.", date(2023, 12, 15), {("GUYGOV", "11", "VEN", "happened")}),
    ("King Tupou VI received the Chinese foreign minister in Nuku'alofa on Monday.",
     date(2024, 5, 28), {("TONGOV", "04", "CHNGOV", "happened")}),
    ("Prime Minister Kokhir Rasulzoda met Kyrgyz Prime Minister Akylbek Japarov in Dushanbe "
     "on Friday.", date(2023, 3, 3), {("TJKGOV", "04", "KGZGOV", "happened")}),
]


@pytest.mark.parametrize(("text", "day", "want"), REGION_PEOPLE_EVENTS,
                         ids=[f"people{i}" for i in range(len(REGION_PEOPLE_EVENTS))])
def test_nlp_actors15_region_people_events(coded, text, day, want):
    got = coded(text, day)
    assert want <= got, (want - got, got)


# "the alliance", "the bloc", "the union": an organisation of members named before, not a
# camp ("the West"), a court or an armed network named since
# (text, publication day, the sentence's start, expected codes of the noun)
KIND_BODY = [
    ("Armenia froze its part in the CSTO in February and turned to the West for weapons. "
     "Analysts say Yerevan could quit the alliance next year.", D, "Analysts say", "alliance",
     ["CSTO"]),
    ("Mali, Burkina Faso and Niger left ECOWAS in January. The International Criminal Court "
     "opened an inquiry in Mali the same month. Niger said it would never rejoin the bloc.", D,
     "Niger said", "bloc", ["ECOWAS"]),
    ("Sweden joined NATO in March, and the Islamic State claimed an attack in Stockholm in "
     "April. Officials said the alliance would hold drills in the Baltic.", D,
     "Officials said", "alliance", ["NATO"]),
    # negative: only a camp was named, no organisation
    ("Ukraine has relied on the West for arms since 2022. Kyiv hopes to join the alliance "
     "one day.", D, "Kyiv hopes", "alliance", []),
]


@pytest.mark.parametrize(("text", "day", "start", "word", "want"), KIND_BODY,
                         ids=[f"body{i}" for i in range(len(KIND_BODY))])
def test_nlp_actors15_kind_reference_body(resolve_in, text, day, start, word, want):
    assert resolve_in(text, day, start, word) == want


# the Holy See's people (people_regions15)
HOLY_SEE = [
    ("Pope Francis", date(2019, 2, 4), "VATGOV"),
    ("Pope Leo XIV", date(2025, 6, 1), "VATGOV"),
    ("Cardinal Pietro Parolin", date(2022, 7, 1), "VATGOV"),
    ("Pope Francis", date(2025, 6, 1), "VATELI"),  # after his death: no longer in office
]


@pytest.mark.parametrize(("name", "day", "want"), HOLY_SEE,
                         ids=[f"{n}-{d}" for n, d, _ in HOLY_SEE])
def test_nlp_actors15_holy_see_codes(coder, name, day, want):
    entries = coder.kb.find(name)
    assert len(entries) == 1, entries
    assert coder.kb.code_at(entries[0], day)[2] == want


HOLY_SEE_EVENTS = [
    ("Pope Francis arrived in Baghdad on Friday for talks with Iraqi leaders.",
     date(2021, 3, 5), {("VATGOV", "04", "IRQGOV", "happened")}),
    ("Cardinal Pietro Parolin met Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday.",
     date(2024, 7, 23), {("VATGOV", "04", "UKRGOV", "happened")}),
]


@pytest.mark.parametrize(("text", "day", "want"), HOLY_SEE_EVENTS,
                         ids=[f"holy{i}" for i in range(len(HOLY_SEE_EVENTS))])
def test_nlp_actors15_holy_see_events(coded, text, day, want):
    got = coded(text, day)
    assert want <= got, (want - got, got)


# "the two leaders" after a host received two guests on its ground ("X, as the bloc's chair,
# hosted a meeting in Y between A and B"): the guests, whatever the parser made the subject
# of the sentence before; a plain meeting of two stays those two
HOSTED_PAIR = [
    ("The President of Indonesia, Joko Widodo, as ASEAN chair, on Sunday hosted a meeting in "
     "Jakarta between Cambodian Prime Minister Hun Sen and Thai Prime Minister Prayuth "
     "Chan-ocha. The two leaders agreed to withdraw troops from the border.",
     date(2023, 5, 7), {("KHM", "03", "THA")}, {("IDN", "03", "KHM"), ("IDN", "03", "THA")}),
    ("The President of Kenya, William Ruto, as chair of the East African Community, on Friday "
     "hosted a special session in Nairobi between Rwandan President Paul Kagame and Congolese "
     "President Felix Tshisekedi. The two leaders agreed to a truce.", D,
     {("RWA", "03", "COD")}, {("KEN", "03", "RWA"), ("KEN", "03", "COD")}),
    ("The Prime Minister of Malaysia, Anwar Ibrahim, as ASEAN chair, on Monday hosted talks in "
     "Putrajaya between Cambodian Prime Minister Hun Manet and Thai Prime Minister Paetongtarn "
     "Shinawatra. The two leaders agreed to an immediate truce.", date(2024, 9, 2),
     {("KHM", "03", "THA")}, {("MYS", "03", "KHM"), ("MYS", "03", "THA")}),
    # negative: a third side's calls to each of two are no hosting; "both sides" stay the two
    ("Indian jets struck a camp in Pakistan on Tuesday, and Pakistan shot down an Indian jet "
     "on Wednesday. British Foreign Secretary David Lammy said he had phoned the two "
     "countries' foreign ministers and pressed them to avoid escalation. Japan also called on "
     "both sides to exercise restraint.", D,
     {("JPN", "02", "IND"), ("JPN", "02", "PAK")}, {("JPN", "02", "GBR")}),
    ("Armenian and Azerbaijani troops clashed on the border on Monday. Russian Foreign "
     "Minister Sergei Lavrov said he had called his counterparts in Yerevan and Baku. "
     "France also called on both sides to show restraint.", D,
     {("FRA", "02", "ARM"), ("FRA", "02", "AZE")}, {("FRA", "02", "RUS")}),
    # negative: a meeting of two with no host keeps its pair
    ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. "
     "The two leaders signed a joint statement.", date(2023, 3, 22),
     {("CHN", "05", "RUS")}, set()),
]


@pytest.mark.parametrize(("text", "day", "want", "unwanted"), HOSTED_PAIR,
                         ids=[f"hosted{i}" for i in range(len(HOSTED_PAIR))])
def test_nlp_actors15_hosted_pair(coded, text, day, want, unwanted):
    got = {(s[:3] if s else s, r, t[:3] if t else t) for s, r, t, _st in coded(text, day)}
    assert want <= got, (want - got, got)
    assert not unwanted & got, (unwanted & got, got)


# "the warring parties / sides": the two sides of the fight the article told (a civil war's
# pair, or two states); "the ruling parties" are no such pair
WARRING = [
    ("Fighting between the Sudanese army and the Rapid Support Forces resumed in Darfur on "
     "Tuesday. Egypt called on the warring parties to return to the negotiating table.", D,
     {("EGY", "02", "SDNMIL"), ("EGY", "02", "SDNREB")}, set()),
    ("Russian and Ukrainian forces clashed near Bakhmut on Monday. Turkey urged the warring "
     "sides to agree to a prisoner exchange.", D,
     {("TUR", "02", "RUSGOV"), ("TUR", "02", "UKRGOV")}, set()),
    ("Israeli troops fought Hamas fighters in Khan Younis on Monday. Qatar urged the warring "
     "parties to accept a new truce.", D,
     {("QAT", "02", "ISRGOV"), ("QAT", "02", "PSEGOV")}, set()),
    ("The two main parties in Spain's parliament rejected the budget on Monday. Germany urged "
     "the ruling parties to cooperate.", D, set(),
     {("DEU", "02", "ESPGOV"), ("DEU", "02", "ESPLEG"), ("DEU", "02", "ESP")}),
]


@pytest.mark.parametrize(("text", "day", "want", "unwanted"), WARRING,
                         ids=[f"warring{i}" for i in range(len(WARRING))])
def test_nlp_actors15_warring_parties(coded, text, day, want, unwanted):
    got = {(s, r, t) for s, r, t, _st in coded(text, day)}
    assert want <= got, (want - got, got)
    assert not unwanted & got, (unwanted & got, got)


# "the mediators", "the facilitators": the sides told mediating ("under Saudi and American
# facilitation", "Qatari and Egyptian mediators", "mediated by Oman"); "both sides" after them
# are the two they dealt with; the talks mediators lead are no talks among them
MEDIATORS = [
    ("Talks between Colombia's government and the ELN resumed in Caracas under Venezuelan and "
     "Cuban facilitation on Monday. The facilitators thanked Norway for its support.", D,
     {("VENGOV", "05", "NOR"), ("CUBGOV", "05", "NOR")}, set()),
    ("Qatari and Egyptian mediators presented a new truce proposal to Israel and Hamas on "
     "Sunday. The mediators urged both sides to accept it within a week.", D,
     {("QATGOV", "02", "ISRGOV"), ("EGYGOV", "02", "PSEGOV")},
     {("QATGOV", "02", "EGYGOV"), ("EGYGOV", "02", "QATGOV")}),
    ("Turkey and the United Nations brokered a grain deal between Russia and Ukraine in July. "
     "The mediators praised both sides for their flexibility.", D,
     {("TURGOV", "05", "RUSGOV"), ("UNO", "05", "UKRGOV")},
     {("TURGOV", "05", "UNO"), ("UNO", "05", "TURGOV")}),
    # negative: the mediators lead the parties' talks, they hold none among themselves
    ("Talks between Sudan's army and the Rapid Support Forces opened in Jeddah under Saudi and "
     "American facilitation. The facilitators will lead talks on a truce next week.", D,
     set(), {("SAUGOV", "04", "USAGOV"), ("USAGOV", "04", "SAUGOV")}),
]


@pytest.mark.parametrize(("text", "day", "want", "unwanted"), MEDIATORS,
                         ids=[f"mediators{i}" for i in range(len(MEDIATORS))])
def test_nlp_actors15_mediators(coded, text, day, want, unwanted):
    got = {(s, r, t) for s, r, t, _st in coded(text, day)}
    assert want <= got, (want - got, got)
    assert not unwanted & got, (unwanted & got, got)
