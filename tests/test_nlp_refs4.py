"""Within-article references to an actor named before: a title with its own "of" phrase, "it"
after a date, "the group", "the organisation", "the kingdom", "the enclave", "his country",
"its" of a body.

Each case runs the article sentence by sentence as the extractor does and asks what a
reference phrase resolves to. The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


# (text, day, start of the sentence, the word, the code expected)
REFERENCES = [
    # "it" with only a date or an adverbial phrase before it: the body of the sentence before
    ("Managua did not wait for the deadline. In May last year it expelled the Dutch "
     "ambassador.", date(2023, 5, 2), "In May", "it", "NICGOV"),
    ("Caracas refused to take part. Under the new rules, it would have to reapply.",
     date(2023, 5, 2), "Under the new", "it", "VENGOV"),
    # "the group": the armed group named last
    ("The Houthis fired two missiles at a tanker on Tuesday. The group says it will keep "
     "attacking ships bound for Israel.", date(2024, 1, 10), "The group", "group", "YEMREB"),
    # "the organisation": the organisation of states named last
    ("Mali announced that it would leave the Economic Community of West African States. "
     "The junta accused the organisation of serving foreign interests.", date(2024, 1, 29),
     "The junta", "organisation", "ECOWAS"),
    # "the insurgents", "the militants": the armed group named last
    ("The Taliban signed the accord in Doha on Saturday. The insurgents also promised to cut "
     "ties with al-Qaeda.", date(2020, 3, 1), "The insurgents", "insurgents", "AFGREB"),
    # "the kingdom": a monarchy named before
    ("Algeria closed its airspace to flights from Morocco on Wednesday, accusing the "
     "neighbouring kingdom of hostile acts.", date(2021, 9, 22), "Algeria closed", "kingdom",
     "MAR"),
    # "the enclave", "the strip": the country of the region named last
    ("Israeli tanks moved along the edge of Gaza on Monday. Aid agencies said the enclave had "
     "run out of fuel.", date(2023, 10, 30), "Aid agencies", "enclave", "PSE"),
    # "he" in a relative clause hung from a phrase that names a person: that person, not the
    # subject of the sentences before
    ("Prime Minister Viktor Orban spoke in Budapest on Monday. Hungary summoned Sweden's "
     "ambassador to protest remarks by Prime Minister Ulf Kristersson at a rally in Malmo, "
     "where he said Budapest was blocking the talks.", date(2023, 2, 20), "Hungary summoned",
     "he", "SWEGOV"),
    # a name the knowledge base does not know, told with its country, is "he" of its report
    ("Lula hosted the summit on Tuesday. Paraguay's Rodrigo Benitez said he was surprised by "
     "the tone of the meeting.", date(2023, 5, 30), "Paraguay's", "he", "PRY"),
    # a possessive put before its clause's subject is that subject
    ("Crown Prince Mohammed bin Salman received the Emir of Qatar in Riyadh. The Emir of "
     "Kuwait also attended. In his opening speech, the Crown Prince urged the region to unite.",
     date(2021, 1, 5), "In his opening", "his", "SAUGOV"),
    # "its" of a body: the doer of its own clause ("by Argentina"), not the sentence's subject
    ("Ecuador granted safe conduct to a former minister who had been sheltered by Argentina "
     "at its embassy in Quito.", date(2024, 3, 2), "Ecuador granted", "embassy", "ARGGOV"),
    # a subject pronoun is no one its own clause names as the other party
    ("President Yoon Suk Yeol arrived in Tokyo on Thursday. Prime Minister Fumio Kishida "
     "praised the visit. He invited Kishida to visit Seoul in the spring.", date(2023, 3, 16),
     "He invited", "He", "KORGOV"),
    # an object pronoun in a relative clause is not the noun the clause hangs from
    ("Lula flew to Buenos Aires and was met at the airport by Alberto Fernandez, who took him "
     "to the Casa Rosada.", date(2023, 1, 23), "Lula flew", "him", "BRAGOV"),
    # an object pronoun whose clause's subject is the last subject: the other person named
    ("President Joe Biden spoke with Prime Minister Justin Trudeau on Monday. Biden also told "
     "him that Washington would lift the tariffs.", date(2023, 3, 20), "Biden also", "him",
     "CANGOV"),
    # "his government", "her country's ministry": the body of the person's country
    ("President Emmanuel Macron welcomed President Paul Kagame to Paris. Macron thanked "
     "Kagame for his government's help in Mozambique.", date(2023, 6, 22), "Macron thanked",
     "government", "RWAGOV"),
    # "the Government of the Republic of X": the country of the inner "of" phrase
    ("Canada signed an agreement with the Government of the Republic of Kenya on Monday.",
     date(2023, 5, 8), "Canada signed", "Government", "KENGOV"),
    # "Secretary-General" (split at the hyphen) is an office, not a general of an army
    ("The Secretary-General of the Arab League welcomed the truce in Sudan.",
     date(2023, 5, 21), "The Secretary-General", "General", "LASGOV"),
]


@pytest.mark.parametrize(("text", "day", "start", "word", "code"), REFERENCES,
                         ids=[f"{r[3]}-{r[4]}" for r in REFERENCES])
def test_nlp_refs4_reference_is_the_actor_named_before(resolve_in, text, day, start, word, code):
    got = resolve_in(text, day, start, word)
    assert got and got[0] == code, got


# phrases that look like references but name no one the article introduced
NOT_REFERENCES = [
    # "a group of ..." told in between: "the group" is that one, not the bloc
    ("The African Union met in Addis Ababa. A group of farmers blocked the road outside, and "
     "police dispersed the group.", date(2023, 2, 18), "A group", "group"),
    # "a gunman" told in between: "the gunman" is that one
    ("Hamas praised the attack. Police said a gunman opened fire at a bus stop, and the "
     "gunman was arrested.", date(2023, 11, 30), "Police said", "gunman"),
    # "the Group of Seven" is a name, not a reference to the organisation named before
    ("NATO leaders met in Vilnius. The Group of Seven backed Kyiv.", date(2023, 7, 12),
     "The Group", "Group"),
]


@pytest.mark.parametrize(("text", "day", "start", "word"), NOT_REFERENCES,
                         ids=[r[3] + str(i) for i, r in enumerate(NOT_REFERENCES)])
def test_nlp_refs4_phrase_that_refers_to_no_one_named_before(resolve_in, text, day, start, word):
    got = resolve_in(text, day, start, word)
    assert not got or got[0] not in ("AU", "NATO", "PSEREB"), got


def test_nlp_refs4_title_with_of_phrase_before_a_name_is_remembered(coder, make_article):
    # a title written before a name with its own "of" phrase is the person's title, so "The
    # President" later is that person and not a president named in between
    text = ("President of the European Council Charles Michel travelled to Santiago on "
            "Monday for a summit hosted by President Gabriel Boric of Chile. "
            "On the sidelines, the President met President Luis Arce of Bolivia. "
            "The President thanked President Boric for his hospitality.")
    events = coder.code(make_article(text, published=date(2023, 7, 17))).events
    got = [e for e in events if e.evidence.sentence.startswith("The President thanked")]
    assert got and got[0].source is not None and got[0].source.country == "EU", [
        (e.source.code if e.source else None, e.cameo) for e in got]
