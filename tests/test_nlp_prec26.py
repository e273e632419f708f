"""False positives and their lost visits, session 19 round 2: a courtesy call ("called on
King X") joined by "and" to another verb whose own clause asks for something is still the
visit (042): the other verb's clause is not the call's; nor is a relative clause that tells
what the person did ("called on King X, who thanked Y for its aid"), which makes no appeal
either; a relative clause with a modal ("called on X, who must resign") is what is asked."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 5, 10)


@pytest.fixture
def roots(sentence_rows):
    """(source country, target country, CAMEO code) of the two-sided events of ``text``."""
    return lambda text: {(s, t, c) for s, t, c, _st in sentence_rows(
        text, PUB, by="country", digits=4, both=True, prefilter=False)}


def _has_root(found: set[tuple[str, str, str]], row: tuple[str, str, str]) -> bool:
    return any(f[0] == row[0] and f[1] == row[1] and f[2].startswith(row[2]) for f in found)


# (sentence, an event it must have)
KEPT = [
    # a courtesy call joined to a meeting whose relative clause asks for something: the visit
    ("Chancellor Scholz also called on President Ramaphosa of South Africa and met his "
     "deputy, who pressed for debt relief.", ("DEU", "ZAF", "042")),
    ("The Turkish president called on Emir Tamim of Qatar and later met the prime minister, "
     "who asked for more investment.", ("TUR", "QAT", "042")),
    ("Foreign Minister Wang Yi called on President Lula of Brazil and held talks with the "
     "trade minister, who wants to expand exports.", ("CHN", "BRA", "042")),
    ("Prime Minister Modi then called on King Harald of Norway and met Prime Minister Jonas "
     "Gahr Store, who both voiced support for deeper trade.", ("IND", "NOR", "042")),
    # a relative clause telling the person's deed is no appeal's content
    ("Foreign Minister Wang Yi called on King Abdullah of Jordan, who thanked China for its "
     "support.", ("CHN", "JOR", "042")),
    ("The Indian minister called on Sheikh Hasina, who welcomed him warmly.",
     ("IND", "BGD", "042")),
    ("The Brazilian envoy called on President Ruto of Kenya, who had asked for more "
     "coffee exports.", ("BRA", "KEN", "042")),
    # what is asked in a modal relative clause stays an appeal
    ("Macron called on Putin, who must end the war.", ("FRA", "RUS", "02")),
    ("The German president called on President Ramaphosa, who should resign.",
     ("DEU", "ZAF", "02")),
]

# (sentence, an event it must not have)
DROPPED = [
    # the call's own infinitive or for-phrase makes it an appeal, not a visit
    ("The German president called on President Ramaphosa to end the strike and met his "
     "deputy.", ("DEU", "ZAF", "042")),
    ("Blinken called on Prime Minister Netanyahu for restraint and then flew to Cairo.",
     ("USA", "ISR", "042")),
    ("The Turkish president called on Emir Tamim of Qatar to mediate and later met the "
     "prime minister.", ("TUR", "QAT", "042")),
    # a deed told of the person is no appeal to them; a modal clause is no visit
    ("Foreign Minister Wang Yi called on King Abdullah of Jordan, who thanked China for its "
     "support.", ("CHN", "JOR", "02")),
    ("The Indian minister called on Sheikh Hasina, who had welcomed the plan.",
     ("IND", "BGD", "02")),
    ("Macron called on Putin, who must end the war.", ("FRA", "RUS", "042")),
    ("The German president called on President Ramaphosa, who should resign.",
     ("DEU", "ZAF", "042")),
]


@pytest.mark.parametrize(("text", "row"), KEPT)
def test_nlp_prec26_courtesy_call_kept(roots, text: str, row: tuple[str, str, str]) -> None:
    assert _has_root(roots(text), row), roots(text)


@pytest.mark.parametrize(("text", "row"), DROPPED)
def test_nlp_prec26_courtesy_call_dropped(roots, text: str,
                                          row: tuple[str, str, str]) -> None:
    assert not _has_root(roots(text), row), roots(text)
