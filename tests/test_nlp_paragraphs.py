"""A blank line ends a sentence: headers, headings and bylines do not run on into the text."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article
from detente.nlp.prefilter import mark_paragraph_starts

pytestmark = pytest.mark.slow

HEADER_CASES = [
    # (text, the sentence that must start on its own)
    ("Lisbon, 4 May 2021 -- Statement issued by the Ministry of Foreign Affairs\n\n"
     "Foreign Minister Augusto Santos Silva was received today by Foreign Minister "
     "Wang Yi in Beijing.", "Foreign Minister Augusto Santos Silva"),
    ("TRADE TALKS RESUME\n\nJapan and Australia held talks in Canberra on Friday.",
     "Japan and Australia"),
    ("By our correspondent in Nairobi\n \n\nKenya recalled its ambassador from Somalia "
     "on Sunday.", "Kenya recalled"),
    ("Photo: the two leaders at the airport\n\n\nPresident Macron welcomed Chancellor "
     "Scholz in Paris.", "President Macron"),
]


LONG = ("Officials from both governments said the meeting covered trade, energy, the border, "
        "the return of refugees and the timetable for the next round, which is expected "
        "before the end of the year.")
# a paragraph per line (as HTML extraction gives): every line break ends one
HEADER_CASES += [
    ("Statement by the Foreign Ministry\nKenya recalled its ambassador from Somalia on "
     "Sunday.\n" + LONG, "Kenya recalled"),
    (LONG + "\nJoint press conference in Rabat\nSpain and Morocco signed three accords.",
     "Spain and Morocco"),
]


@pytest.mark.parametrize(("text", "first"), HEADER_CASES)
def test_nlp_paragraphs_a_header_is_its_own_sentence(coder, text, first):
    doc = coder.nlp(mark_paragraph_starts(coder.nlp.make_doc(text)))
    starts = [s.text for s in doc.sents]
    assert any(s.startswith(first) for s in starts), starts


@pytest.mark.parametrize("text", [
    "Japan and Australia held talks in Canberra on Friday. They agreed to meet again.",
    "Japan and Australia held talks\nin Canberra on Friday.",   # a wrapped line
    # a hard-wrapped text (every line short): a line break is no paragraph end
    "Officials from both governments said the meeting covered trade, energy and\n"
    "the border, and the return of refugees and the timetable for the next round\n"
    "which is expected before the end of the year.",
    "",
])
def test_nlp_paragraphs_nothing_marked_inside_a_paragraph(coder, text):
    doc = mark_paragraph_starts(coder.nlp.make_doc(text))
    assert not any(t.is_sent_start for t in doc if t.i > 0)


def test_nlp_paragraphs_readout_header_keeps_the_visit(coder):
    text = ("BRASILIA (2 March) - Note from the foreign ministry's press office\n\n"
            "President Lula was welcomed in Bogota today by President Gustavo Petro, who "
            "received him at the Casa de Narino.\n\nBoth presidents went over trade.")
    art = Article(id="t-readout", title=None, text=text, published=date(2023, 3, 2),
                  origin="test")
    got = {(e.source.country, e.root, e.target.country) for e in coder.code(art).events
           if e.source is not None and e.target is not None}
    assert ("BRA", "04", "COL") in got or ("COL", "04", "BRA") in got
