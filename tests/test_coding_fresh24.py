"""Train24-led families (fresh24, session 26).

* a statement's header line may end with a full stop when it opens with the kind of text
  ("Press statement by the Department Spokesperson, Washington."), and the U.S. Department of
  State names its own government ("Statement, Department of State", "Statement by the
  Secretary of State"): "we" in the statement is then that government;
* a monarch told by a bare title ("the King", "the emir") is the monarch the article named
  with that title, or, when it named none, the one monarch of that title who reigns over one
  of the article's main countries.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 10, 31)


@pytest.fixture(scope="module")
def prefilter():
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon())


@pytest.mark.parametrize("title, first, issuer", [
    ("", "Press statement by the Department Spokesperson, Washington.", "USA"),
    ("", "Statement, Department of State, 3 March 2023", "USA"),
    ("Statement by the Secretary of State on the closure of the consulate",
     "The consulate will close at the end of the month.", "USA"),
    # a sentence that mentions a statement is no header
    ("", "Officials in Washington said so in a statement.", None),
    # a British Secretary of State is one "for" something: not the American office
    ("", "Statement by the Secretary of State for Wales", "GBR"),
])
def test_coding_fresh24_issuer_header(prefilter, title, first, issuer):
    assert prefilter.issuer(title, first + "\n\nSome text follows here.") == issuer


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text``."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    # "we" of a statement whose header line ends with a full stop
    ("Press statement by the Department Spokesperson, Washington.\n\n"
     "We urge the Cambodian government to free the jailed union leaders.",
     ("USA", "020", "KHM")),
    ("Press statement by the Department Spokesperson, Washington.\n\n"
     "We condemn the arrest of the reporters by the Cambodian police.",
     ("USA", "111", "KHM")),
    # "the King" after a king named in full whose office is told as such
    ("King Charles III arrived in Kenya on Monday for a state visit. The King met President "
     "William Ruto at State House on Tuesday.", ("GBR", "042", "KEN")),
    # a bare monarch's title with no name given: the one monarch among the story's countries
    # (an act done "at the request of" a side is no appeal of its own since leads28: the
    # king thanks instead)
    ("Four French hostages were freed in Burkina Faso. Morocco said the king had thanked "
     "President Emmanuel Macron.", ("MAR", "051", "FRA")),
])
def test_coding_fresh24_events(codes, text, expected):
    assert expected in codes(text)


def test_coding_fresh24_two_kings_no_guess(codes):
    # a Spanish minister received by "the king" in a Spain-Morocco story: two kings reign
    # over the story's countries, so the bare title names neither
    got = codes("Spain and Morocco mended ties in April. The Spanish foreign minister "
                "was received by the king.")
    assert not any(c[:2] == "04" and {s, t} == {"ESP"} for s, c, t in got)
