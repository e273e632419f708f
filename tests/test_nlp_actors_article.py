"""Actors read from the article: "the North" and "the South" of a divided country, names the
knowledge base does not know bound to the office the article introduced them with, pronouns
for office holders, a bare "the country", and military rulers with no nationality."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from detente.nlp.actors import ActorResolver

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 14)


def _in_article(coder, text: str, word: str, nth: int = 1) -> list[str]:
    """Codes of the phrase headed by the ``nth`` ``word`` of an article, read in order (the
    sentences before it noted as the extractor does)."""
    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, PUB)
    resolver.prime(doc)
    seen = 0
    for sent in doc.sents:
        for tok in sent:
            if tok.text == word:
                seen += 1
                if seen == nth:
                    return [r.actor.code or "" for r in resolver.resolve(tok)]
        resolver.note_sentence(sent)
    raise AssertionError(f"no {word} #{nth}")


def _coded(coder, make_article, text: str) -> set[tuple[str, str, str]]:
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.cameo[:2], e.target.country or "")
            for e in coder.extractor.extract(coder.nlp(art.text), art)
            if e.source is not None and e.target is not None}


HALVES = [
    ("North Korea tested a cruise missile on Sunday, Seoul said. The North's army said the "
     "test was a success.", "North", 2, "PRK"),
    ("South Korea and North Korea traded warnings on Sunday. Pyongyang accused the South of "
     "staging provocative drills.", "South", 2, "KOR"),
    ("Sudan and South Sudan signed an oil deal on Monday. Khartoum said the South would pay "
     "transit fees.", "South", 2, "SSD"),
]


@pytest.mark.parametrize(("text", "word", "nth", "code"), HALVES,
                         ids=["north", "south-korea", "south-sudan"])
def test_nlp_actors_article_half_of_a_divided_country(coder, text, word, nth, code):
    assert [c[:3] for c in _in_article(coder, text, word, nth)] == [code]


def test_nlp_actors_article_compass_word_alone_is_no_country(coder):
    text = "Chile and Peru held talks on Monday. Farmers in the South protested the deal."
    assert _in_article(coder, text, "South") == []


NAMED_BY_OFFICE = [
    # the office holder introduced unnamed, then named with the same title
    ("Ghana summoned the German ambassador on Tuesday over his remarks on a media law. "
     "Ambassador Helmut Brandauer told journalists in Accra that the law was harsh. "
     "Brandauer met Ghanaian officials on Wednesday.", "Brandauer", 2, "DEUGOV"),
    # an envoy is the ambassador
    ("Fiji summoned the Australian envoy on Monday over a leaked cable. Ambassador Greta "
     "Holloway said on Tuesday that the cable was genuine.", "Holloway", 1, "AUSGOV"),
    # the name in apposition with a title whose country the article gave
    ("Chile will recall its ambassador from Peru, the foreign ministry said on Sunday. The "
     "minister said the ambassador, Rodrigo Fuentealba, would fly home within days. Lima had "
     "expelled Fuentealba last week.", "Fuentealba", 2, "CHLGOV"),
    # the name in apposition with the body the person heads
    ("Tomas Arbulu, head of Peru's foreign ministry, accused Bolivia of meddling on Friday. "
     "Arbulu later met Bolivian diplomats in La Paz.", "Arbulu", 2, "PERGOV"),
]


@pytest.mark.parametrize(("text", "word", "nth", "code"), NAMED_BY_OFFICE,
                         ids=["same-title", "envoy-ambassador", "apposition-title",
                              "apposition-body"])
def test_nlp_actors_article_name_bound_to_its_office(coder, text, word, nth, code):
    assert _in_article(coder, text, word, nth) == [code]


@pytest.mark.parametrize(("text", "word", "code"), [
    # "he": the office holder the sentence named, when it names no one by name
    ("Kenya expelled the Somali envoy on Monday after he insulted the country's leaders.",
     "he", "SOMGOV"),
    # an object pronoun is not the subject of its own verb
    ("Kamala Harris met Narendra Modi in Delhi on Monday. Modi told her that trade was "
     "growing fast.", "her", "USAGOV"),
], ids=["office-holder", "not-own-subject"])
def test_nlp_actors_article_pronoun(coder, text, word, code):
    assert _in_article(coder, text, word) == [code]


@pytest.mark.parametrize(("text", "code"), [
    ("Kenya expelled a Somali diplomat after he insulted the country in a radio interview.",
     "KEN"),
    ("Brazil signed a trade deal with Paraguay, days after the country lifted its beef tariffs.",
     "PRY"),
], ids=["subject", "nearest"])
def test_nlp_actors_article_the_country(coder, text, code):
    assert _in_article(coder, text, "country") == [code]


def test_nlp_actors_article_the_country_of_a_name_is_left(coder):
    text = "Kenya expelled a Somali diplomat after he visited the country of Eritrea."
    assert "KEN" not in _in_article(coder, text, "country")


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Britain will withdraw its embassy staff from Guinea, the Foreign Office said. The junta, "
     "which seized power in 2021, called the move interference in Guinea's affairs.",
     "junta", "GINMIL"),
    ("Mali's junta expelled the Danish troops on Monday. Copenhagen said it would not talk to "
     "the putschists.", "putschists", "MLIMIL"),
    # a place their own phrase names, over another country the sentence names
    ("The junta in Guinea expelled French soldiers on Monday.", "junta", "GINMIL"),
    ("The military government in Niger ordered the Belgian ambassador to leave.",
     "government", "NERMIL"),
    ("The putschists in Conakry accused Senegal of backing the former president.",
     "putschists", "GINMIL"),
], ids=["sentence", "article", "own-phrase", "own-phrase-government", "own-phrase-capital"])
def test_nlp_actors_article_military_rulers(coder, text, word, code):
    assert _in_article(coder, text, word) == [code]


@pytest.mark.parametrize(("text", "triple"), [
    ("Ghana summoned the German ambassador on Tuesday after he criticised the country over "
     "a new media law.", ("DEU", "11", "GHA")),
    ("North Korea fired two missiles into the sea on Monday, South Korea said. The North's "
     "foreign ministry said it would continue its tests, and it accused the South of raising "
     "tension.", ("PRK", "11", "KOR")),
    ("The military government in Niger ordered the Belgian ambassador to leave.",
     ("NER", "16", "BEL")),
], ids=["pronoun-and-country", "north-south", "junta-in-its-country"])
def test_nlp_actors_article_events(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got, got


def test_nlp_actors_article_apposed_name_the_model_takes_for_an_organisation(coder):
    text = ("Belgium will bring home its ambassador from Kinshasa, the government said. Rutte "
            "said the ambassador, Lucien Dorré, would fly back within days. Kinshasa had "
            "ordered Dorré to leave.")
    doc = coder.nlp(text)
    name = next(t.i for t in doc if t.text == "Lucien")
    doc.set_ents([Span(doc, name, name + 2, "ORG")], default="unmodified")
    resolver = ActorResolver(coder.kb, PUB)
    resolver.prime(doc)
    sents = list(doc.sents)
    for sent in sents[:-1]:
        resolver.note_sentence(sent)
    later = next(t for t in sents[-1] if t.text == "Dorré")
    assert [r.actor.code for r in resolver.resolve(later)] == ["BELGOV"]


def test_nlp_actors_article_group_of_the_subject_before(coder, make_article):
    # "the two sides" again: the group the sentence before had as subject, not the pair of a
    # visit told in a side clause there
    text = ("Canadian Prime Minister Justin Trudeau and Indian Prime Minister Narendra Modi held "
            "talks in Ottawa on Friday. At the talks, the two sides agreed to resume trade "
            "negotiations, which New Delhi froze after a Canadian lawmaker visited Pakistan. The "
            "two sides also agreed to set up a joint working group on visas.")
    art = make_article(text, published=PUB)
    events = coder.extractor.extract(coder.nlp(art.text), art)
    last = [e for e in events if "working group" in e.evidence.sentence]
    assert last and all({e.source.country, e.target.country} == {"CAN", "IND"}
                        for e in last), [(e.source.code, e.cameo, e.target.code) for e in last]


@pytest.mark.parametrize(("text", "word", "nth", "codes"), [
    # "it" subject of a clause joined to a report: the reporter, not a subject inside it
    ("Caracas said the opposition had staged the unrest, and it warned the group against "
     "more protests.", "it", 1, ["VENGOV"]),
    ("Manila said a Chinese coast guard vessel had rammed a supply boat, and it lodged a "
     "protest.", "it", 1, ["PHLGOV"]),
    # "the two Koreas" are both
    ("North Korea fired a missile on Monday. Washington urged the two Koreas to talk.",
     "Koreas", 1, ["KOR", "PRK"]),
], ids=["it-conj", "it-conj-vessel", "two-koreas"])
def test_nlp_actors_article_joined_clause_and_pairs(coder, text, word, nth, codes):
    assert sorted(_in_article(coder, text, word, nth)) == codes


@pytest.mark.parametrize(("text", "triple"), [
    ("Peru and Chile held talks on Monday. Hundreds of demonstrators gathered outside the "
     "Chilean embassy in Lima to demand an apology.", ("PER", "14", "CHL")),
    ("Thousands of protesters rallied near the American consulate in Karachi on Friday.",
     ("PAK", "14", "USA")),
], ids=["outside-embassy", "near-consulate"])
def test_nlp_actors_article_crowd_at_a_site_in_a_city(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got, got


@pytest.mark.parametrize(("text", "triple"), [
    ("Sudan and Egypt held talks on the Nile dam. Chad's foreign ministry said on Monday that "
     "its envoy had been recalled from Khartoum.", ("TCD", "16", "SDN")),
    ("Ghana's government announced on Friday that its diplomats had been recalled from Lome.",
     ("GHA", "16", "TGO")),
], ids=["its-envoy", "its-diplomats"])
def test_nlp_actors_article_agentless_recall_by_the_possessor(coder, make_article, text,
                                                               triple):
    got = _coded(coder, make_article, text)
    assert triple in got, got
