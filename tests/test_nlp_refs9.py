"""Who a phrase is (session 11, refs9):

* military rulers of several countries in one plural phrase ("the military governments of A, B
  and C", then "the juntas", "the coup leaders") are each of those countries' rulers;
* "A and B said they would ..." : the reported clause's "they" is both speakers;
* "the President of the Republic" is the article's president ("of the Republic" names the
  form of the state, not another office);
* "They" after a plural subject that stands for several countries ("the juntas of A and B
  ...", "Chinese and Russian warships ...") is each of them;
* "the kingdom" (or "the Kingdom", as statements write it) as a subject is the monarchy
  the sentence before had as its subject, and never the one its own clause names as the
  other party;
* a region the knowledge base lists, told as who acts or as a partner ("Transnistria asked
  Moscow ...", "a deal with Somaliland"), stands for its state; told as a place it is none;
* a bare office of state no one in the article was given ("The prime minister accused ...")
  is that office of the country the sentence before had as its subject, when the knowledge
  base knows the office there and the clause does not name that country as the other party;
* "Sheikh" inside a full name ("Sheikh Hasina") tells no gender, so "her" can be her;
* knowledge-base facts added for armed coalitions, state-run hacking groups, cross-Strait
  bodies, firms, office holders and sub-national chief executives.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

Code = tuple[str | None, str, str | None]
Row = tuple[str, set[Code], set[Code]]


@pytest.fixture(scope="module")
def code_text(coder):
    """Code ``text`` as an article published on ``DAY``: its (source country, root, target
    country) triples (the project scores countries; sectors are informative)."""
    from detente.model import Article

    def _code(text: str) -> set[Code]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                      origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.country if e.source else None, e.root[:2],
                 e.target.country if e.target else None) for e in res.events}

    return _code


def _both(codes: set[Code]) -> set[Code]:
    """A meeting's triples read either way (04 is direction-free)."""
    return codes | {(t, r, s) for s, r, t in codes}


JUNTAS: list[Row] = [
    # the plural phrase lists its countries
    ("The military rulers of Chad, Guinea and Sudan said on Friday they would expel the "
     "French ambassadors.",
     {("TCD", "16", "FRA"), ("GIN", "16", "FRA"), ("SDN", "16", "FRA")},
     set()),
    # a bare "the juntas" later: the countries of the phrase that told them
    ("The juntas of Mali and Burkina Faso expelled the French ambassadors on Monday. "
     "Senegalese President Bassirou Diomaye Faye urged the juntas to set a date for elections.",
     {("SEN", "02", "MLI"), ("SEN", "02", "BFA")}, set()),
    # juntas named one by one, then "the coup leaders"
    ("Guinea's junta and Niger's junta met in Niamey on Monday. On Tuesday the coup leaders "
     "signed a defence pact with Russia.",
     {("GIN", "05", "RUS"), ("NER", "05", "RUS")}, set()),
    # one junta only: a plural is still that one, no other country is made a junta
    ("Niger's junta ordered the French ambassador to leave. Paris said it would not talk to "
     "the putschists.",
     set(), {("FRA", "12", "FRA")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), JUNTAS,
                         ids=[f"juntas{i}" for i in range(len(JUNTAS))])
def test_nlp_refs9_plural_juntas(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


SPEAKERS: list[Row] = [
    ("Russia and Belarus said they would hold drills near the Polish border next week.",
     {("RUS", "15", "POL"), ("BLR", "15", "POL")}, set()),
    ("Japan and South Korea said on Monday they had protested to Beijing over the drills.",
     {("JPN", "11", "CHN"), ("KOR", "11", "CHN")}, set()),
    ("The foreign ministers of Kenya and Uganda said they would impose sanctions on Sudan's "
     "army.",
     {("KEN", "16", "SDN"), ("UGA", "16", "SDN")}, set()),
    # after a dateline the parser takes for the subject
    ("BAMAKO, Jan 28 - The governments of Mali and Guinea said on Sunday that they would "
     "expel the French ambassador.",
     {("MLI", "16", "FRA"), ("GIN", "16", "FRA")}, set()),
    ("HANOI, Oct 2 - Vietnam and the Philippines said on Monday that they had protested to "
     "China over the water cannon attack.",
     {("VNM", "11", "CHN"), ("PHL", "11", "CHN")}, set()),
    # one country speaking with two voices is no pair
    ("China's foreign ministry and its commerce ministry said they would retaliate against "
     "Canada.",
     set(), {("CHN", "13", "CHN")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPEAKERS,
                         ids=[f"speakers{i}" for i in range(len(SPEAKERS))])
def test_nlp_refs9_they_of_two_speakers(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


THEY_AFTER: list[Row] = [
    # "They" after a plural subject that stands for several countries by itself
    ("The juntas of Mali and Niger expelled the French ambassadors on Monday. They also "
     "accused France of backing jihadists.",
     {("MLI", "11", "FRA"), ("NER", "11", "FRA")}, set()),
    ("Chinese and Russian warships held joint drills near Japan on Monday. They later sailed "
     "through the Tsugaru Strait, Tokyo said.",
     {("CHN", "15", "JPN"), ("RUS", "15", "JPN")}, set()),
    # one country's plural subject is no pair
    ("Chinese warships held drills near Taiwan on Monday. They also fired missiles into the "
     "sea, Taipei said.",
     set(), {("TWN", "19", "CHN"), ("CHN", "19", "CHN")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), THEY_AFTER,
                         ids=[f"they{i}" for i in range(len(THEY_AFTER))])
def test_nlp_refs9_they_after_a_plural_subject(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


KINGDOM: list[Row] = [
    # the monarchy the sentence before had as subject, not the last named, nor the one the
    # clause names as the other party
    ("Morocco recalled its ambassador from Madrid. The kingdom accused Spain of hosting a "
     "rebel leader.",
     {("MAR", "11", "ESP")}, {("ESP", "11", "MAR"), ("ESP", "11", "ESP")}),
    ("Thailand and Cambodia clashed at the border. The kingdom accused Phnom Penh of laying "
     "mines.",
     {("THA", "11", "KHM")}, {("KHM", "11", "KHM")}),
    ("Spain hosted the Moroccan foreign minister in Madrid. The kingdom also pledged aid to "
     "Rabat.",
     {("ESP", "03", "MAR")}, {("MAR", "03", "MAR")}),
    ("Saudi Arabia restored ties with Iran in March. In June the kingdom reopened its embassy "
     "in Tehran.",
     {("SAU", "05", "IRN")}, set()),
    # "the Kingdom" as a statement capitalises it
    ("In a statement, the Kingdom of Bahrain's foreign ministry said the Kingdom would now "
     "withdraw its ambassador from Iran.",
     {("BHR", "16", "IRN")}, set()),
    ("Jordan recalled its ambassador from Israel on Monday. The Kingdom also summoned the "
     "Israeli envoy in Amman.",
     {("JOR", "11", "ISR")}, {("ISR", "11", "ISR")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), KINGDOM,
                         ids=[f"kingdom{i}" for i in range(len(KINGDOM))])
def test_nlp_refs9_the_kingdom(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


REGIONS: list[Row] = [
    # a region told as who acts, or as a partner, stands for its state
    ("Russia and Moldova traded accusations on Monday. Transnistria asked Russia for "
     "protection on Wednesday.",
     {("MDA", "02", "RUS")}, set()),
    ("Ethiopia and Eritrea held talks. Ethiopia then signed a port deal with Somaliland on "
     "Monday.",
     {("ETH", "05", "SOM")}, set()),
    ("Russia and Ukraine traded blame on Monday. Russia annexed Crimea in 2014, and Ukraine "
     "accused Moscow of occupying it.",
     {("RUS", "19", "UKR")}, set()),
    # a region told as a place is none
    ("Ethiopia and Eritrea held talks. Heavy fighting in Tigray killed dozens, Eritrea said.",
     set(), {("ETH", "19", "ETH"), ("ERI", "19", "ETH"), ("ETH", "19", "ERI")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), REGIONS,
                         ids=[f"regions{i}" for i in range(len(REGIONS))])
def test_nlp_refs9_region_as_actor(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


OFFICES: list[Row] = [
    # a bare office no one was given: the office of the sentence before's subject
    ("Hungary blocked the EU aid package. The prime minister accused Brussels of blackmail.",
     {("HUN", "11", "EU")}, set()),
    ("Canada expelled an Indian diplomat on Monday. The prime minister accused New Delhi of "
     "interference.",
     {("CAN", "11", "IND")}, set()),
    ("Poland closed its border with Belarus. The foreign minister accused Minsk of staging a "
     "migrant crisis.",
     {("POL", "11", "BLR")}, set()),
    # not an office that country has, nor the clause's other party
    ("The United States imposed sanctions on Iran. The prime minister said the sanctions were "
     "illegal.",
     set(), {("USA", "11", "USA"), ("USA", "11", "IRN")}),
    ("Russia launched missiles at Kyiv. The president accused Moscow of terror.",
     set(), {("RUS", "11", "RUS")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), OFFICES,
                         ids=[f"offices{i}" for i in range(len(OFFICES))])
def test_nlp_refs9_bare_office_of_the_last_subject(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


TITLES: list[Row] = [
    ("Italian President Sergio Mattarella travelled to Vienna on Sunday. The President of the "
     "Republic was received by Chancellor Karl Nehammer at the Hofburg.",
     _both({("AUT", "04", "ITA")}), set()),
    ("Portuguese President Marcelo Rebelo de Sousa arrived in Brasilia on Monday. On Tuesday "
     "the President of the Republic held talks with Lula.",
     _both({("PRT", "04", "BRA")}), set()),
    # a country named in the "of" phrase still says whose office it is
    ("Japanese Prime Minister Fumio Kishida flew to Seoul on Sunday. The President of the "
     "Republic of Korea welcomed him at the airport.",
     _both({("KOR", "04", "JPN")}), {("JPN", "04", "JPN")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), TITLES,
                         ids=[f"titles{i}" for i in range(len(TITLES))])
def test_nlp_refs9_president_of_the_republic(code_text, text, present, absent):
    got = _both(code_text(text))
    assert present & got, (present, got)
    assert not absent & got, (absent & got, got)


GENDER: list[Row] = [
    ("Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Friday. Indian Foreign "
     "Minister Subrahmanyam Jaishankar called on her at her hotel.",
     {("IND", "04", "BGD")}, set()),
    ("Bangladeshi Prime Minister Sheikh Hasina arrived in Tokyo on Monday. Prime Minister "
     "Fumio Kishida met her later that day.",
     {("JPN", "04", "BGD")}, set()),
    # "Sheikh" before a name the knowledge base knows without it still says "he"
    ("Kuwait's emir Sheikh Mishal al-Ahmad arrived in Cairo on Sunday. President Sisi met him "
     "at the airport.",
     {("EGY", "04", "KWT")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), GENDER,
                         ids=[f"gender{i}" for i in range(len(GENDER))])
def test_nlp_refs9_sheikh_in_a_name_tells_no_gender(code_text, text, present, absent):
    got = _both(code_text(text))
    assert _both(present) & got, (present, got)


@pytest.mark.parametrize(("text", "start", "word", "codes"), [
    ("Hackers of Volt Typhoon breached water utilities in Texas.", "Hackers", "Typhoon",
     ["CHNSPY"]),
    ("Microsoft said Cozy Bear had read the emails of senior staff.", "Microsoft", "Bear",
     ["RUSSPY"]),
    ("The Lazarus Group stole $600 million from a gaming network.", "The Lazarus", "Group",
     ["PRKSPY"]),
    ("The Permanent Strategic Framework said its fighters had taken the base.", "The",
     "Framework", ["MLIREB"]),
    ("ARATS sent a delegation to Taipei for talks with the Straits Exchange Foundation.",
     "ARATS", "Foundation", ["TWNGOV"]),
    ("CFIUS ordered the Chinese owner to sell the company.", "CFIUS", "CFIUS", ["USAGOV"]),
    ("The Dutch government took control of Nexperia in October.", "The Dutch", "Nexperia",
     ["NLDBUS"]),
])
def test_nlp_refs9_kb_bodies(resolve_in, text, start, word, codes):
    assert resolve_in(text, DAY, start, word) == codes


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Kamchybek Tashiev", date(2022, 9, 20), "KGZSPY"),
    ("Saimumin Yatimov", date(2022, 9, 20), "TJKSPY"),
    ("Sylvain Itté", date(2023, 8, 26), "FRAGOV"),
    ("Ajay Bisaria", date(2019, 8, 7), "INDGOV"),
    ("Wei Jianguo", date(2023, 7, 5), "CHNELI"),
    ("Sushila Karki", date(2025, 10, 1), "NPLGOV"),
    ("Sushila Karki", date(2017, 1, 10), "NPLJUD"),
    ("Markus Söder", date(2024, 2, 1), "DEUGOV"),
    ("Ron DeSantis", date(2016, 2, 1), "USALEG"),
    ("Vladimir Saldo", date(2023, 6, 1), "RUSGOV"),
    ("Ho Iat Seng", date(2025, 6, 1), "MACELI"),
])
def test_nlp_refs9_kb_people(coder, name, day, code):
    kb = coder.kb
    entry = next(e for e in kb.find(name) if e.kind == "person")
    assert kb.code_at(entry, day)[2] == code
