"""Who a phrase is (session 12, refs10):

* a capitalised bare organ word ("the Commission", "the Council") that no body of the article
  was named with is that organ of the international organisation named last before it (its
  own name, an organ or a person holding one of its offices);
* a bare state body ("the defence ministry", "the military") in a clause that a state's
  speaker reports, or the subject of a clause joined to one whose subject is a state's, is
  that state's own ("Seoul's envoy called it reckless, and the defence ministry said the army
  would strike back");
* knowledge-base regions (provinces, islands, districts) of frequently covered countries.

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


ORGANS: list[Row] = [
    # the organisation named by its own name before
    ("The European Union summoned Russia's envoy on Monday. The Commission also condemned "
     "Moscow's strikes on Kyiv.",
     {("EU", "11", "RUS")}, {(None, "11", "RUS")}),
    # a person holding one of its offices
    ("Secretary-General Antonio Guterres briefed the United Nations on the famine. The Council "
     "condemned Sudan's army for blocking aid.",
     {("UNO", "11", "SDN")}, set()),
    # another organisation, another organ word
    ("The African Union suspended Gabon after the coup. The Commission urged Gabon's military "
     "rulers to restore civilian rule.",
     {("AU", "02", "GAB")}, set()),
    # no international organisation in the story: no one
    ("Nigeria held elections on Saturday. The Commission accused Ghana of meddling.",
     set(), {("EU", "11", "GHA"), ("UNO", "11", "GHA"), ("NGA", "11", "GHA")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), ORGANS,
                         ids=[f"organs{i}" for i in range(len(ORGANS))])
def test_nlp_refs10_organ_of_named_body(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


SPEAKERS: list[Row] = [
    # a clause joined to one whose subject is a state's, and the body its speaker reports
    ("Seoul's envoy called the launch reckless, and the defence ministry said the army would "
     "strike back at Pyongyang if attacked.",
     {("KOR", "13", "PRK")}, {("PRK", "13", "PRK")}),
    ("Seoul's envoy called the launch reckless, and the defence ministry threatened to "
     "retaliate against Pyongyang.",
     {("KOR", "13", "PRK")}, set()),
    ("Tokyo protested the incursion, and the defence ministry accused Beijing of escalating "
     "tensions.",
     {("JPN", "11", "CHN")}, set()),
    ("The Philippine coast guard accused China of ramming a supply boat, and the navy warned "
     "that it would escort the next mission.",
     {("PHL", "11", "CHN")}, {("CHN", "11", "CHN")}),
    # a body with its own nationality keeps it
    ("Kyiv denounced the shelling, and the Russian military said it had hit only army depots.",
     set(), {("UKR", "01", "UKR")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPEAKERS,
                         ids=[f"speakers{i}" for i in range(len(SPEAKERS))])
def test_nlp_refs10_bodies_of_the_speaker(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


def test_nlp_refs10_speaker_body_resolves(coder):
    """The bare bodies of a joined clause and of its report are the first clause's state."""
    from detente.nlp.actors import ActorResolver

    doc = coder.nlp("Tokyo's envoy called the drills a threat, and the defence ministry "
                    "vowed that the military would stay on alert.")
    resolver = ActorResolver(coder.kb, DAY)
    resolver.prime(doc)
    got = {t.text: {a.actor.country for a in resolver.resolve(t)} for t in doc
           if t.text in ("ministry", "military")}
    assert got == {"ministry": {"JPN"}, "military": {"JPN"}}


REGION_ROWS: list[Row] = [
    ("Tajikistan and Kyrgyzstan held talks. Gorno-Badakhshan then asked Beijing for aid on "
     "Monday.",
     {("TJK", "02", "CHN")}, set()),
    ("Venezuela and Brazil held talks. Zulia then asked Colombia for electricity.",
     {("VEN", "02", "COL")}, set()),
    ("Kosovo and Serbia traded blame. North Kosovo then asked Belgrade for protection.",
     {("XKX", "02", "SRB")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS,
                         ids=[f"regions{i}" for i in range(len(REGION_ROWS))])
def test_nlp_refs10_region_as_actor(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


@pytest.mark.parametrize(("name", "country"), [
    ("Normandy", "FRA"), ("Bavaria", "DEU"), ("Sicily", "ITA"), ("Ceuta", "ESP"),
    ("Jagang province", "PRK"), ("Gyeonggi", "KOR"), ("Kyushu", "JPN"), ("Essequibo", "GUY"),
    ("Zulia", "VEN"), ("Batken region", "KGZ"), ("Gorno-Badakhshan", "TJK"),
    ("Karakalpakstan", "UZB"), ("Republika Srpska", "BIH"), ("North Kosovo", "XKX"),
    ("Gotland", "SWE"), ("Ida-Viru", "EST"), ("Lapland", "FIN"), ("Negev", "ISR"),
    ("southern Lebanon", "LBN"), ("Suwalki Gap", "LTU"),
])
def test_nlp_refs10_kb_regions(coder, name, country):
    kb = coder.kb
    assert kb.region_country(name) == country
    assert not [e for e in kb.find(name) if e.kind == "country"]  # a place, not a state


@pytest.mark.parametrize(("name", "day", "code"), [
    ("George Kordahi", date(2021, 10, 27), "LBNGOV"),
    ("George Kordahi", date(2023, 1, 1), "LBNELI"),
    ("Jagdeep Dhankhar", date(2023, 9, 9), "INDGOV"),
    ("Michael Langley", date(2024, 3, 16), "USAMIL"),
    ("Francois Gouyette", date(2021, 10, 2), "FRAGOV"),
    ("Abdoulaye Maiga", date(2022, 9, 24), "MLIGOV"),
    ("Wang Wentian", date(2022, 6, 8), "CHNGOV"),
    ("Prince Faisal", date(2023, 4, 12), "SAUGOV"),
    ("Fayez al-Serraj", date(2019, 12, 1), "LBYGOV"),
])
def test_nlp_refs10_kb_people(coder, name, day, code):
    kb = coder.kb
    entry = next(e for e in kb.find(name) if e.kind == "person")
    assert kb.code_at(entry, day)[2] == code
