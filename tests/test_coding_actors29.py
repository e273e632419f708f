"""actors29 (session 29): actors told by a form of address or by a statement's own organ."""

from __future__ import annotations

from datetime import date

import pytest


def _triples(events):
    """(source country, root, target country) of each event."""
    return {(e.source.country if e.source else None, e.root,
             e.target.country if e.target else None) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    # "His Majesty" alone: the monarch the article named with that form
    ("His Majesty King Abdullah II flew to Cairo for a short working trip. On arrival, His "
     "Majesty was received by President Abdel Fattah el-Sisi at the palace.",
     date(2023, 3, 2), ("EGY", "04", "JOR")),
    ("Sultan Haitham bin Tariq arrived in New Delhi on Thursday. On Friday His Majesty held "
     "talks with Prime Minister Narendra Modi.", date(2023, 12, 16), ("OMN", "04", "IND")),
    # "His Highness": the emir (or prince, sheikh) named before
    ("Emir Tamim bin Hamad Al Thani travelled to Ankara this week. His Highness met "
     "President Recep Tayyip Erdogan on Tuesday.", date(2023, 7, 20), ("QAT", "04", "TUR")),
    # "His Majesty The King": the title after the form says who
    ("Prime Minister Anthony Albanese arrived in London for a working visit. His Majesty The "
     "King received the Prime Minister at Windsor Castle.", date(2023, 5, 5),
     ("GBR", "04", "AUS")),
])
def test_coding_actors29_honorific_is_the_ruler(coder, make_article, text, published,
                                                 expected):
    events = coder.code(make_article(text, published=published)).events
    assert expected in _triples(events)


@pytest.mark.slow
def test_coding_actors29_honorific_without_a_ruler_is_no_one(coder, make_article):
    # no ruler is named and the story's countries are no monarchies: no actor is made up
    text = ("President Emmanuel Macron arrived in Rome for talks. His Excellency met "
            "Prime Minister Giorgia Meloni on Monday.")
    events = coder.code(make_article(text, published=date(2023, 6, 20))).events
    assert all(e.source is None or e.source.country in ("FRA", "ITA") for e in events)


@pytest.mark.slow
def test_coding_actors29_statement_organ_is_the_issuer(coder, make_article):
    # a government's statement: its bare "The Department" is its own, not the country of
    # the place its embassy sits in
    text = ("The United States is deeply concerned by the arrest of an American teacher in "
            "Russia.\n\nThe Department has asked for consular access through our Embassy in "
            "Moscow.")
    art = make_article(text, published=date(2023, 10, 20),
                       title="Statement on the arrest of an American teacher")
    events = coder.code(art).events
    asked = [e for e in events if e.cameo.startswith("02")]
    assert all(e.source is not None and e.source.country == "USA" for e in asked), asked


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # "Brussels" in a story about Belgium: Belgium's government
    ("A Belgian engineer jailed in Tehran came home on Friday after Brussels freed an Iranian "
     "official in a swap.", "BEL"),
    # in a story that names no Belgian: the EU's seat stands for the EU
    ("Jakarta accused Brussels of protectionism over the new rules on palm oil imports.",
     "EU"),
])
def test_coding_actors29_brussels_is_belgium_only_in_a_belgian_story(
        coder, make_article, text, expected):
    events = coder.code(make_article(text, published=date(2023, 6, 2))).events
    codes = {a.country for e in events for a in (e.source, e.target) if a is not None}
    assert expected in codes, codes
    assert ({"BEL", "EU"} - {expected}).isdisjoint(codes), codes


@pytest.mark.slow
def test_coding_actors29_board_is_its_organisation(coder, make_article):
    # "the Board" alone, after the organisation it governs was named
    text = ("Inspectors of the International Atomic Energy Agency were turned away from the "
            "Iranian site in May. In June the Board passed a resolution censuring Iran.")
    events = coder.code(make_article(text, published=date(2023, 9, 20))).events
    assert ("IAEA", "11", "IRN") in _triples(events), _triples(events)


@pytest.mark.slow
def test_coding_actors29_board_without_an_organisation_is_no_one(coder, make_article):
    # a regional word is no organisation whose board it could be
    text = "Western diplomats met in Vienna. Later the Board criticised Iran."
    events = coder.code(make_article(text, published=date(2023, 9, 20))).events
    assert all(e.source is None or e.source.country != "WST" or e.root != "11"
               for e in events)
