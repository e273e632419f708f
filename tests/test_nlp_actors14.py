"""Actors that unseen news names without a name the knowledge base lists (session 14).

- A state told by the kind of state it is, with nothing else said ("the Sultanate", "the
  emirate", "the city-state", "the Islamic Republic", "the archipelago", "the islands", "the
  principality", "the Emirates"): the state of that kind the article named last before it; no
  one for an indefinite or named use ("an emirate", "the emirate of Dubai") or when another
  island group was named since ("the Spratly Islands ... the islands").
- "the host country" / "the host government": the host of the last visit told; "the
  neighbouring country" and "its northern neighbour": the other side of the clause's own
  country (its subject, a pronoun resolved).
- A person the knowledge base lists under the full name only, told by title and surname
  ("Prime Minister Rama", "Foreign Minister Joly"), by a monarch's title and given name
  ("Sultan Haitham"), in an English spelling of a Slavic name ("Kovachevski"), or by a lone
  surname when only one person of that surname is in office on the article's date.
- "each country / each nation ... the other": the pair.
- "the capital" as where people act ("protesters marched in the capital"): the capital the
  article named last; "the neighbours" and, in a sentence that names a pact, "the parties":
  the pair the article is about; a bare "the country" nothing else resolves: the state the
  subject of a sentence before was.
- Office holders, parliaments, intelligence services and capitals of smaller states the KB
  lacked; "Congolese" in a story of Brazzaville.

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
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None, e.status.value)
                for e in coder_all.code(art).events}

    return _coded


D = date(2024, 6, 10)

# (text, publication day, expected (source, root, target, status) rows)
STATE_KINDS = [
    ("Oman received envoys from Iran and the United States on Sunday. "
     "Tehran later thanked the Sultanate for its help.", D, {("IRN", "05", "OMN", "happened")}),
    ("Qatar brokered a truce between Israel and Hamas last year. "
     "Egypt praised the emirate for its role on Monday.", D, {("EGY", "05", "QAT", "happened")}),
    ("Kuwait received the Iraqi prime minister on Tuesday. "
     "Baghdad later accused the emirate of violating the maritime border.", D,
     {("IRQ", "11", "KWT", "happened")}),
    ("Singapore signed a defence pact with Australia. "
     "The city-state also agreed to buy patrol drones from Israel.", D,
     {("SGP", "03", "ISR", "happened")}),
    ("Iran rejected the European proposal on Thursday. "
     "The Islamic Republic accused Washington of bad faith.", D,
     {("IRN", "11", "USA", "happened")}),
    ("The Philippines summoned the Chinese envoy on Monday. "
     "The archipelago accused Beijing of ramming its supply boat.", D,
     {("PHL", "11", "CHN", "happened")}),
    ("Japan praised the Solomon Islands for its vote. "
     "Tokyo later pledged new aid to the islands.", D, {("JPN", "03", "SLB", "happened")}),
    ("India signed a trade deal with the United Arab Emirates in May. "
     "Delhi thanked the Emirates for their support.", D, {("IND", "05", "ARE", "happened")}),
]

# (text, the noun, a state it must not be taken for)
STATE_KIND_NONE = [
    # another island group named since the state: the islands are that group, no state
    ("The Philippines protested to China on Monday. Ships of both sides sailed near the "
     "Spratly Islands. Manila accused China of seizing the islands.", "islands", "PHL"),
    # named by its own "of" phrase: a city, not the state told by kind
    ("Saudi Arabia criticised Qatar on Monday. Riyadh also accused the emirate of Dubai of "
     "hosting dissidents.", "emirate", "QAT"),
    # indefinite: any emirate, no reference
    ("Kuwait hosted the talks. An emirate would host the next round.", "emirate", "KWT"),
]


@pytest.mark.parametrize(("text", "day", "rows"), STATE_KINDS,
                         ids=[t[0].split()[0] + "-" + str(i) for i, t in enumerate(STATE_KINDS)])
def test_nlp_actors14_state_told_by_its_kind(coded, text, day, rows):
    got = coded(text, day)
    assert rows <= got, got


@pytest.mark.parametrize(("text", "noun", "country"), STATE_KIND_NONE,
                         ids=["spratly-islands", "emirate-of-dubai", "an-emirate"])
def test_nlp_actors14_state_kind_not_where_generic_or_named(coder_all, text, noun, country):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, D)
    resolver.prime(doc)
    tok = [t for t in doc if t.lower_ == noun][-1]
    got = resolver.resolve(tok)
    assert not any(r.actor.country == country for r in got), [r.actor.code for r in got]


OTHER_SIDE = [
    ("Burundi closed its border with Rwanda on Thursday. "
     "Rwanda said it would protest to the neighbouring country.", date(2024, 1, 12),
     {("RWA", "11", "BDI", "planned")}),
    ("Mexico criticised the United States over the raids on Monday. "
     "Mexico City said its northern neighbour had to respect Mexican sovereignty.",
     date(2024, 5, 6), {("MEX", "02", "USA", "happened")}),
    ("Kenyan President William Ruto visited Ethiopia on Monday. "
     "Ruto thanked the host country for its hospitality.", date(2024, 2, 14),
     {("KEN", "05", "ETH", "happened")}),
    ("Indonesian President Prabowo Subianto flew to Japan on Friday. "
     "The host government pledged to fund a new port.", date(2025, 3, 28),
     {("JPN", "03", "IDN", "happened")}),
]


@pytest.mark.parametrize(("text", "day", "rows"), OTHER_SIDE,
                         ids=["neighbouring-country", "northern-neighbour", "host-country",
                              "host-government"])
def test_nlp_actors14_other_side_told_by_relation(coded, text, day, rows):
    got = coded(text, day)
    assert rows <= got, got


PEOPLE = [
    # title and surname of a person the KB lists under the full name only
    ("Prime Minister Rama criticised Serbia on Tuesday.", date(2023, 9, 26),
     {("ALB", "11", "SRB", "happened")}),
    ("Foreign Minister Joly condemned Russia on Friday.", date(2023, 2, 24),
     {("CAN", "11", "RUS", "happened")}),
    # an English spelling of a Slavic name
    ("Prime Minister Kovachevski thanked Albania for its support.", date(2022, 7, 20),
     {("MKD", "05", "ALB", "happened")}),
    # a monarch by title and given name
    ("Sultan Haitham received the Iranian president in Muscat on Monday.", date(2023, 5, 29),
     {("OMN", "04", "IRN", "happened")}),
    # a surname two presidents of two countries bore: the one in office on the day
    ("President Fernández criticised Brazil on Monday.", date(2021, 6, 7),
     {("ARG", "11", "BRA", "happened")}),
    # office holders of smaller states
    ("Prime Minister Mark Brown travelled to Beijing on Monday.", date(2025, 2, 10),
     {("COK", "04", "CHN", "happened")}),
    ("Foreign Minister Albert Shingiro met his Tanzanian counterpart in Dodoma.",
     date(2023, 3, 2), {("BDI", "04", "TZA", "happened")}),
    ("Foreign Minister Enrique Reina criticised the United States on Monday.",
     date(2024, 8, 26), {("HND", "11", "USA", "happened")}),
]

PEOPLE_NONE = [
    # "Fernández" was president of two countries, neither in office on the day: no guess
    ("President Fernández criticised Brazil on Monday.", date(2018, 6, 4), "11"),
    # another person of the surname introduced before: not the office holder
    ("Jane Morrison, a historian, spoke at the forum. Morrison criticised China over trade.",
     date(2020, 11, 20), "11"),
    # a former office is no office held now
    ("Former Prime Minister Kalsakau criticised Australia on Monday.", date(2024, 6, 3), "11"),
]


@pytest.mark.parametrize(("text", "day", "rows"), PEOPLE,
                         ids=["rama", "joly", "kovachevski", "haitham", "fernandez", "brown",
                              "shingiro", "reina"])
def test_nlp_actors14_people_by_title_or_surname(coded, text, day, rows):
    got = coded(text, day)
    assert rows <= got, got


@pytest.mark.parametrize(("text", "day", "root"), PEOPLE_NONE,
                         ids=["fernandez-two-states", "morrison-namesake", "former-kalsakau"])
def test_nlp_actors14_people_not_guessed(coded, text, day, root):
    got = coded(text, day)
    # no state source for the act: ARG/DOM for Fernández, AUS for the historian; a former
    # premier is ELI at most, never a sitting government's act
    assert not any(g[1] == root and g[0] in ("ARG", "DOM", "AUS") for g in got), got


# (text, day, the lone surname, the code it resolves to, None for no one)
LONE_SURNAMES = [
    ("China restricted imports of Australian wine after Morrison urged an inquiry.",
     date(2020, 11, 20), "Morrison", "AUSGOV"),
    ("Ottawa protested after Joly was barred from the meeting.", date(2023, 3, 1), "Joly",
     "CANGOV"),
    # out of office on the day: no one
    ("Analysts recalled that Morrison had urged an inquiry.", date(2024, 5, 1), "Morrison",
     None),
    # another person of the surname named before: not the office holder
    ("Jane Morrison, a historian, spoke first. Morrison urged an inquiry.",
     date(2020, 11, 20), "Morrison", None),
]


@pytest.mark.parametrize(("text", "day", "surname", "code"), LONE_SURNAMES,
                         ids=["morrison", "joly", "morrison-2024", "morrison-namesake"])
def test_nlp_actors14_lone_surname_in_office(coder_all, text, day, surname, code):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, day)
    resolver.prime(doc)
    tok = [t for t in doc if t.text == surname][-1]
    got = [r.actor.code for r in resolver.resolve(tok)]
    if code is None:
        assert not any(c and c.endswith("GOV") for c in got), got
    else:
        assert got and got[0] == code, got


KB_BODIES = [
    ("The Sobranie approved the accession framework on Saturday after Bulgaria lifted its "
     "veto.", date(2022, 7, 16), "Sobranie", "MKDLEG"),
    ("The Saeima voted to expel the Russian ambassador.", date(2023, 1, 23), "Saeima",
     "LVALEG"),
    ("Turkey's National Intelligence Organisation said it had arranged the swap.",
     date(2024, 8, 1), "National Intelligence Organisation", "TURSPY"),
    ("Bujumbura accused Kigali of backing the rebels.", date(2024, 1, 12), "Bujumbura",
     "BDIGOV"),
    ("Red Tabara claimed the attack near the border.", date(2023, 12, 23), "Red Tabara",
     "BDIREB"),
]


@pytest.mark.parametrize(("text", "day", "surface", "code"), KB_BODIES,
                         ids=[k[2] for k in KB_BODIES])
def test_nlp_actors14_kb_bodies_of_smaller_states(coder_all, text, day, surface, code):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, day)
    resolver.prime(doc)
    span = next(s for s in doc.spans["actors"] if s.text == surface)
    got = resolver.resolve(span.root)
    assert got and got[0].actor.code == code, [r.actor.code for r in got]


CONGO = [
    ("Brazzaville signed a defence pact with Rwanda. Congolese troops will train with "
     "Rwandan officers.", "COG"),
    ("Kinshasa accused Rwanda of backing the rebels. Congolese troops clashed with Rwandan "
     "forces.", "COD"),
    ("The DRC and the Republic of the Congo agreed to patrol the river. Congolese soldiers "
     "fired on a boat.", "COD"),
]


@pytest.mark.parametrize(("text", "country"), CONGO, ids=["brazzaville", "kinshasa", "both"])
def test_nlp_actors14_congolese_of_the_story_congo(coder_all, text, country):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, date(2024, 3, 1))
    resolver.prime(doc)
    troops = next(t for t in doc if t.lower_ in ("troops", "soldiers"))
    got = resolver.resolve(troops)
    assert got and got[0].actor.country == country, [r.actor.code for r in got]


STORY_REFS = [
    # the capital named last, as where the protesters are
    ("The Chinese premier landed in Nairobi on Tuesday for a three-day stay. Protesters "
     "rallied in the capital against the trip on Wednesday.", date(2025, 2, 2),
     {("KEN", "14", "CHN", "happened")}),
    ("Kenya's president flew to Addis Ababa on Monday. Protesters in the capital denounced "
     "the visit.", date(2025, 1, 27), {("ETH", "11", "KEN", "happened")}),
    # the pair, told as neighbours or as a pact's parties
    ("The Dominican Republic closed its border with Haiti on Friday. The neighbours agreed on "
     "Monday to hold talks.", date(2023, 9, 18), {("DOM", "03", "HTI", "happened")}),
    ("Armenia and Azerbaijan initialled a peace treaty in Abu Dhabi on Thursday. Under the "
     "treaty, the parties pledge to recognise each other's borders.", date(2025, 2, 2),
     {("ARM", "03", "AZE", "happened")}),
    # "each country ... the other": the pair
    ("Armenia and Azerbaijan agreed on a text in March. Each country blamed the other for "
     "the delay.", date(2025, 3, 13), {("ARM", "11", "AZE", "happened"),
                                        ("AZE", "11", "ARM", "happened")}),
    ("Eritrea and Ethiopia traded fire along the frontier last week. Each nation accused the "
     "other of provoking it.", date(2025, 3, 13), {("ERI", "11", "ETH", "happened"),
                                                   ("ETH", "11", "ERI", "happened")}),
    # "the country": the state a subject before was
    ("Burundi closed its border with Rwanda on Thursday. The country's interior minister "
     "accused Kigali of backing rebels. The country also expelled two Rwandan diplomats.",
     date(2024, 1, 12), {("BDI", "11", "RWA", "happened"), ("BDI", "16", "RWA", "happened")}),
    ("Panama rejected the American demands on Sunday. Washington threatened the country with "
     "tariffs.", date(2025, 2, 3), {("USA", "13", "PAN", "happened")}),
]

# (text, day, the country expected for the last bare "the country")
THE_COUNTRY = [
    # no subject of its own verb: the country its sentence named, not the speaker's further up
    ("Mexico recalled its envoy to Peru on Friday. The minister said the remarks were an "
     "insult to Mexico's people by a foreign leader touring the country.", date(2023, 3, 3),
     "MEX"),
    # object of a clause whose subject is another state: not that state
    ("Cuba rejected the charges on Monday. Washington accused the country of hosting a spy "
     "base.", date(2023, 6, 12), "CUB"),
    # subject, with nothing before it in its sentence: the state a subject before was
    ("Niger expelled the French ambassador in August. The country also ended its military "
     "accords with Paris.", date(2023, 10, 2), "NER"),
]


@pytest.mark.parametrize(("text", "day", "country"), THE_COUNTRY,
                         ids=["touring-the-country", "accused-the-country", "the-country-subject"])
def test_nlp_actors14_bare_the_country(coder_all, text, day, country):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, day)
    resolver.prime(doc)
    tok = None
    for sent in doc.sents:
        for t in sent:
            if t.lower_ == "country":
                tok = t
        if tok is None or tok.sent.start != sent.start:
            resolver.note_sentence(sent)
    assert tok is not None
    got = [r.actor.country for r in resolver.resolve(tok)]
    assert got == [country], got


STORY_REFS_NONE = [
    # no pact named: "the parties" are political parties, no side of the pair
    ("Congo and Rwanda signed a peace agreement on Friday. In Kinshasa the parties agreed "
     "to form a coalition.", date(2025, 6, 28), "parties", ("COD", "RWA")),
    # no capital named before: nobody's capital
    ("Protesters marched in the capital on Sunday.", date(2025, 2, 2), "capital",
     ("PAN", "USA")),
]


@pytest.mark.parametrize(("text", "day", "rows"), STORY_REFS,
                         ids=["capital-nairobi", "capital-addis", "neighbours", "parties",
                              "each-country", "each-nation", "the-country-subject",
                              "the-country-object"])
def test_nlp_actors14_story_references(coded, text, day, rows):
    got = coded(text, day)
    assert rows <= got, got


@pytest.mark.parametrize(("text", "day", "noun", "countries"), STORY_REFS_NONE,
                         ids=["political-parties", "capital-unnamed"])
def test_nlp_actors14_story_references_not_guessed(coder_all, text, day, noun, countries):
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, day)
    resolver.prime(doc)
    tok = [t for t in doc if t.lower_ == noun][-1]
    got = resolver.resolve(tok)
    assert not any(r.actor.country in countries for r in got), [r.actor.code for r in got]
    if noun == "capital":
        assert resolver._the_capital(tok) is None
