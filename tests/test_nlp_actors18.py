"""Actor references left over (session 16, round 3).

- A closed group of states named by its region ("the Baltic states", "the Nordic countries",
  "the Visegrad countries", "the Gulf states") is all its members when the article names
  fewer than two of them; "the other Baltic states" leaves out the one named; an open region
  ("African states") still stands for no one unless the article names its countries. "They"
  after such a group is the group.
- The place where two sides meet ("rebels met government envoys in Havana", "held talks with
  government negotiators in Oslo") is no side's country; a bare state body meeting a
  country's armed group or opposition is that country's state.
- A pair phrase ("both sides", "the two sides") after "a truce/war/talks between A and B"
  where A or B is an armed group or other body of no state is that pair, not the states
  that mediate (which a count of the article's states would give).
- A statement header that names a person before or after a colon or dash ("Readout: Prime
  Minister X hosts ...", "Prime Minister X: Statement on ...") has that person's country (the
  knowledge base's dated office) as its issuer; a topic there is no issuer.

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# (source country, root, target country, status)
Row = tuple[str | None, str, str | None, str]

D = date(2023, 9, 4)


@pytest.fixture(scope="module")
def coded(article_events_all):
    def _coded(text: str) -> set[Row]:
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None, e.status.value)
                for e in article_events_all(text, D)}

    return _coded


def _check(coded, text: str, want: set[Row], never: set[Row]) -> None:
    got = coded(text)
    assert want <= got, (text, got)
    assert not (never & got), (text, got)


CLOSED_GROUPS: list[tuple[str, set[Row], set[Row]]] = [
    ("The Baltic states condemned Russia's annexation of the region on Monday.",
     {("EST", "11", "RUS", "happened"), ("LVA", "11", "RUS", "happened"),
      ("LTU", "11", "RUS", "happened")}, set()),
    ("The three Baltic countries expelled Russian diplomats last week.",
     {("EST", "16", "RUS", "happened"), ("LTU", "16", "RUS", "happened")}, set()),
    ("The Visegrad countries criticized Germany over the migration pact on Friday.",
     {("POL", "11", "DEU", "happened"), ("HUN", "11", "DEU", "happened"),
      ("CZE", "11", "DEU", "happened"), ("SVK", "11", "DEU", "happened")}, set()),
    ("The Gulf states welcomed Iran's decision to free the sailors.",
     {("SAU", "05", "IRN", "happened"), ("QAT", "05", "IRN", "happened")}, set()),
    # "they" after the group is the group
    ("The Nordic countries pledged new military aid to Ukraine. "
     "They also urged China to press Moscow.",
     {("NOR", "03", "UKR", "happened"), ("SWE", "02", "CHN", "happened"),
      ("FIN", "02", "CHN", "happened")}, set()),
    # "other", "fellow": the members but the one named
    ("Latvia and other Baltic states criticized Belarus on Monday.",
     {("EST", "11", "BLR", "happened"), ("LTU", "11", "BLR", "happened")}, set()),
    ("Estonia urged fellow Baltic states to close their borders with Russia.",
     {("EST", "02", "LTU", "happened"), ("EST", "02", "LVA", "happened")},
     {("EST", "02", "EST", "happened")}),
    # an open region is no closed set
    ("African states condemned the coup in Niger on Thursday.",
     set(), {("NGA", "11", "NER", "happened"), ("GHA", "11", "NER", "happened")}),
]

MEETING_VENUES: list[tuple[str, set[Row], set[Row]]] = [
    ("Colombian rebels met government envoys in Havana on Monday to resume peace talks.",
     {("COL", "04", "COL", "happened")}, {("COL", "04", "CUB", "happened")}),
    ("FARC dissidents held talks with government negotiators in Oslo last week.",
     {("COL", "04", "COL", "happened")}, {("COL", "04", "NOR", "happened")}),
    ("Rebels in Darfur met government envoys in Jeddah on Friday.",
     {("SDN", "04", "SDN", "happened")}, {("SDN", "04", "SAU", "happened")}),
    ("Sudanese rebels met army delegates in Jeddah on Saturday.",
     {("SDN", "04", "SDN", "happened")}, {("SDN", "04", "SAU", "happened")}),
    # the other side's own words still tell
    ("Cuban officials met Colombian rebels in Havana on Monday.",
     {("CUB", "04", "COL", "happened")}, {("COL", "04", "COL", "happened")}),
    ("Houthi rebels held talks with Saudi officials in Muscat on Thursday.",
     {("YEM", "04", "SAU", "happened")}, {("YEM", "04", "OMN", "happened")}),
    # no meeting: a place still places the local actors
    ("Police detained opposition activists in Minsk on Monday.",
     {("BLR", "17", "BLR", "happened")}, set()),
]


BETWEEN_PAIRS: list[tuple[str, set[Row], set[Row]]] = [
    ("Qatar and Egypt have spent weeks on a truce between Israel and Hamas. "
     "Both sides have now agreed to free more hostages.",
     {("ISR", "03", "PSE", "happened")}, {("QAT", "03", "EGY", "happened")}),
    ("Egyptian and Qatari officials hosted a new round of talks between Israel and Hamas in "
     "Cairo. The two sides agreed to a pause in the fighting.",
     {("ISR", "03", "PSE", "happened")}, {("EGY", "03", "QAT", "happened")}),
    ("Qatar urged an end to the war between Israel and Hezbollah on Monday. "
     "Both sides traded fire across the border on Tuesday.",
     {("ISR", "19", "LBN", "happened")},
     {("QAT", "19", "ISR", "happened"), ("ISR", "19", "QAT", "happened")}),
    ("Envoys from Norway and Cuba pressed on with the talks between the Colombian "
     "government and the ELN. The two sides blamed each other for the delay.",
     {("COL", "11", "COL", "happened")},
     {("NOR", "11", "CUB", "happened"), ("CUB", "11", "NOR", "happened")}),
    # two states between: left to the rules that count states
    ("Turkey mediated a ceasefire between Armenia and Azerbaijan. Both sides later accused "
     "each other of shelling.",
     {("ARM", "11", "AZE", "happened")}, {("TUR", "11", "ARM", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), BETWEEN_PAIRS)
def test_nlp_actors18_between_pair_with_armed_group(coded, text, want, never):
    _check(coded, text, want, never)


@pytest.mark.parametrize(("text", "want", "never"), CLOSED_GROUPS)
def test_nlp_actors18_closed_region_group_is_its_members(coded, text, want, never):
    _check(coded, text, want, never)


@pytest.mark.parametrize(("text", "want", "never"), MEETING_VENUES)
def test_nlp_actors18_meeting_place_is_no_side(coded, text, want, never):
    _check(coded, text, want, never)


HEADERS: list[tuple[str, str | None]] = [
    ("Readout: Prime Minister Albanese hosts Prime Minister Kishida", "AUS"),
    ("Readout \u2013 Prime Minister Luxon meets President Prabowo", "NZL"),
    ("Readout: President Biden's call with President Zelenskyy", "USA"),
    ("Prime Minister Albanese: Statement on the attack in Sydney", "AUS"),
    ("Readout of President Lula's call with President Macron", "BRA"),
    # a surname that is also a city, with the office's full title
    ("Readout of Secretary of Defense Austin's call with Minister Kihara", "USA"),
    # a topic after the colon, or a country before it, is no issuer
    ("Readout: Ukraine peace talks in Geneva", None),
    ("Ohrid talks: Statement on the agreement", None),
    ("Joint Statement: President Biden and Prime Minister Modi", None),
]


@pytest.mark.parametrize(("header", "issuer"), HEADERS)
def test_nlp_actors18_header_person_is_issuer(coder_all, header, issuer):
    assert coder_all.ranker.issuer(None, header + "\n\nThe leaders met today.") == issuer
