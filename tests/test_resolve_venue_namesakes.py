"""Geneva is the Swiss city in any story (geonames' Geneva, Illinois and New York are towns a
tenth its size that the story's countries would otherwise prefer), while a dateline that
names its state keeps a namesake there (``Gazetteer.named_in``)."""

from datetime import date

import pytest

from detente.resolve.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize("context", [(), ("USA",), ("IRN", "USA"), ("RUS", "USA")])
def test_resolve_venue_namesakes_geneva_is_swiss(gazetteer, context):
    loc = gazetteer.lookup("Geneva", list(context))
    assert loc is not None and loc.country == "CHE"


def test_resolve_venue_namesakes_named_in_a_country(gazetteer):
    loc = gazetteer.named_in("Paris", "USA")
    assert loc is not None and loc.country == "USA"
    assert gazetteer.lookup("Paris", ["USA"]).country == "FRA"  # (dwarfed without a state)
    assert gazetteer.named_in("Paris", "BRA") is None


@pytest.mark.slow
def test_resolve_venue_namesakes_talks_in_geneva_are_at_a_third_place(sentence_rows):
    rows = sentence_rows("Iran and the United States held indirect talks in Geneva on "
                         "Monday.", date(2023, 6, 15), by="country", digits=3)
    assert any({s, t} == {"IRN", "USA"} and c == "044" for s, t, c, _ in rows), rows
