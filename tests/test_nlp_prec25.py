"""False positives, session 19 round 1 (nlp.screen): an act that "no indication / sign /
evidence" shows; an act that a deal makes "easier / harder / possible for X to" do; a
courtesy call ("called on King X and met the premier, who ...") read as an appeal; a release
one side expects of another; a deed plotted ("a plot to bomb a rally") and its target; and a
body's name that only opens a document's title ("the UN Convention on the Law of the
Sea")."""

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


# (sentence, a (source, target, code prefix) it must not have)
DROPPED = [
    # an act that nothing shows
    ("Officials said there was no evidence that Iran had supplied drones to Russia.",
     ("IRN", "RUS", "07")),
    ("Washington has found no sign that China is sending weapons to Russia.",
     ("CHN", "RUS", "07")),
    ("The spokesman said there was no indication that Ankara had been targeting the "
     "American troops.", ("TUR", "USA", "19")),
    # an act made easier, harder or possible, not done
    ("The new port makes it easier for China to send warships to the Indian Ocean.",
     ("CHN", "", "15")),
    ("Experts said the accord makes it possible for Greece and Turkey to hold talks on "
     "their borders.", ("GRC", "TUR", "04")),
    ("The minister said the pact makes it easier for Washington to support Norway "
     "in a crisis.", ("USA", "NOR", "05")),
    # a courtesy call on a person, told beside a meeting whose relative clause asks for
    # something: no appeal
    ("Prime Minister Modi then called on King Harald of Norway and met Prime Minister Jonas "
     "Gahr Store, who both voiced support for deeper trade.", ("IND", "NOR", "02")),
    ("The Turkish president called on Emir Tamim of Qatar and later met the prime minister, "
     "who asked for more investment.", ("TUR", "QAT", "02")),
    ("Chancellor Scholz also called on President Ramaphosa of South Africa and met his "
     "deputy, who pressed for debt relief.", ("DEU", "ZAF", "020")),
    # a release one side expects of another: what it demands
    ("Washington expects Tehran to free the detained Americans soon.", ("IRN", "USA", "08")),
    ("Berlin expects Moscow to begin returning the seized German assets.",
     ("RUS", "DEU", "08")),
    # a deed plotted, and the target of one, are not done
    ("Belgium freed the Iranian diplomat Assadollah Assadi on Friday. Assadi had served five "
     "years for taking part in a plot to bomb a gathering of Iranian exiles outside Paris.",
     ("IRN", "FRA", "19")),
    ("Belgium freed the Iranian diplomat Assadollah Assadi on Friday. Assadi had served five "
     "years for taking part in a plot to bomb a rally of Iranian exiles outside Paris.",
     ("IRN", "BEL", "1")),
    ("Canada expelled an Indian diplomat. Ottawa said Indian agents had conspired to kill a "
     "Sikh activist in Canada.", ("IND", "CAN", "18")),
    ("The Netherlands expelled two Russian diplomats. The Dutch said the Russian officers had "
     "been behind a plot to hack the chemical weapons watchdog in The Hague.",
     ("RUS", "OPCW", "17")),
    # a body's name that opens a document's title is no side appealed to
    ("Vietnam and the Philippines said that disputes must be resolved under the UN "
     "Convention on the Law of the Sea.", ("VNM", "UNO", "02")),
    ("Manila and Hanoi stressed that the dispute must be settled in line with the United "
     "Nations Convention on the Law of the Seas.", ("PHL", "UNO", "02")),
    ("Greece told Turkey that the row must be settled under the UN Convention on the Law "
     "of the Sea.", ("GRC", "UNO", "02")),
]

# (sentence, an event it must keep)
KEPT = [
    # evidence without "no" tells the act
    ("Kyiv said there was evidence that Russia had shelled the plant.", ("RUS", "UKR", "19")),
    # the act that makes a step easier or harder is told by its own verb
    ("Turkey closed its border with Syria, making it harder for refugees to cross.",
     ("TUR", "SYR", "17")),
    ("Japan signed a defence pact with Australia that makes it easier for their troops to "
     "train together.", ("JPN", "AUS", "05")),
    ("The United States agreed to send air defence systems to Poland, which will make it "
     "easier for Warsaw to protect its cities.", ("USA", "POL", "03")),
    # an appeal on a person with an infinitive or a for-phrase stays one
    ("Macron called on President Putin to end the war in Ukraine.", ("FRA", "RUS", "02")),
    ("The Turkish foreign minister called on the Greek prime minister to show restraint.",
     ("TUR", "GRC", "02")),
    ("Blinken called on Prime Minister Netanyahu for restraint in Gaza.", ("USA", "ISR", "02")),
    # a courtesy call with no clause in the sentence is the visit
    ("On Tuesday the Indian defence minister called on President Ramaphosa in Pretoria.",
     ("IND", "ZAF", "042")),
    # a plan that is no plot keeps its act
    ("Iran plans to send more drones to Russia.", ("IRN", "RUS", "07")),
    ("Russian forces attacked the Ukrainian port of Odesa.", ("RUS", "UKR", "19")),
    # the United Nations as a body is a side
    ("Guyana asked the United Nations to intervene.", ("GUY", "UNO", "02")),
    ("Guyana urged Venezuela to respect the United Nations Charter.", ("GUY", "VEN", "02")),
    # a charter ratified or joined makes the body a side
    ("Nicaragua must ratify the OAS Charter again if it wants to return.",
     ("NIC", "OAS", "05")),
    ("Bolivia signed the OAS Charter in 1948.", ("BOL", "OAS", "05")),
]


@pytest.mark.parametrize(("text", "row"), DROPPED)
def test_nlp_prec25_dropped(roots, text: str, row: tuple[str, str, str]) -> None:
    found = roots(text)
    if row[1] == "":
        assert not any(f[0] == row[0] and f[2].startswith(row[2]) for f in found), found
    else:
        assert not _has_root(found, row), found


@pytest.mark.parametrize(("text", "row"), KEPT)
def test_nlp_prec25_kept(roots, text: str, row: tuple[str, str, str]) -> None:
    assert _has_root(roots(text), row), roots(text)
