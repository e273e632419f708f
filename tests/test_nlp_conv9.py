"""Conventions the readable gold sets agree on, pinned on sentences of our own
(examples/README.md, "One convention for all gold sets"):

* a measure kept in place by a decision told as made is `happened` (not `ongoing`);
* what a demand or a call asks for is no event of its own, whether the demand is a verb, a
  noun ("the main demand is that ...") or "called for X to ...";
* what a refusal refuses (a request, an invitation, a meeting it does not let happen) is no
  event of its own: the refusal (12x) is the event;
* "according to reports" and "it is reported that ..." tell what they report; unnamed or
  unconfirmed sources and "is reported to have" still hedge.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

Key = tuple[str | None, str, str | None]


def _coded(coder, make_article, text: str) -> dict[Key, str]:
    art = make_article(text, published=date(2023, 10, 6))
    return {(e.source.country, e.root, e.target.country): e.status.value
            for e in coder.extractor.extract(coder.nlp(art.text), art)}


#: (text, (source, root, target), status or None for no such event)
CASES: list[tuple[str, Key, str | None]] = [
    # a decision to keep a measure, told as made
    ("Warsaw decided on Tuesday to maintain its embargo on Belarusian fertiliser.",
     ("POL", "16", "BLR"), "happened"),
    ("Slovakia decided last week to keep its restrictions on Ukrainian sugar imports.",
     ("SVK", "16", "UKR"), "happened"),
    ("Serbia will decide next month whether to keep its ban on Kosovar goods.",
     ("SRB", "16", "XKX"), "uncertain"),
    # what a demand or a call asks for
    ("Chile and Peru signed a fishing accord in Lima. The Bolivian protesters' main demand is "
     "that Chile return the coastal strip to Bolivia.", ("BOL", "10", "CHL"), "happened"),
    ("Chile and Peru signed a fishing accord in Lima. The Bolivian protesters' main demand is "
     "that Chile return the coastal strip to Bolivia.", ("CHL", "07", "BOL"), None),
    ("Chile and Peru signed a fishing accord in Lima. The Peruvian senate called for Chile to "
     "withdraw its warships from the disputed waters.", ("CHL", "08", "PER"), None),
    # what a refusal refuses
    ("Manila turned down an invitation for its defence chief to visit Beijing.",
     ("PHL", "12", "CHN"), "happened"),
    ("Manila turned down an invitation for its defence chief to visit Beijing.",
     ("PHL", "04", "CHN"), None),
    ("Seoul declined a Japanese request for talks between the two coast guards.",
     ("KOR", "12", "JPN"), "happened"),
    ("Seoul declined a Japanese request for talks between the two coast guards.",
     ("KOR", "04", "JPN"), None),
    ("Seoul declined a Japanese request for talks between the two coast guards.",
     ("JPN", "04", "KOR"), None),
    # reports
    ("According to reports, the Hungarian foreign minister visited Minsk on Monday.",
     ("HUN", "04", "BLR"), "happened"),
    ("It is reported that the Serbian president has met Putin in Sochi.",
     ("SRB", "04", "RUS"), "happened"),
    ("It was reported that the Kenyan and Ugandan presidents will meet in Kampala next week.",
     ("KEN", "04", "UGA"), "planned"),
    ("According to unconfirmed reports, the Hungarian foreign minister visited Minsk on "
     "Monday.", ("HUN", "04", "BLR"), "uncertain"),
    ("According to people familiar with the talks, the Hungarian foreign minister visited "
     "Minsk.", ("HUN", "04", "BLR"), "uncertain"),
    ("The Serbian president is reported to have met Putin in Sochi.", ("SRB", "04", "RUS"),
     "uncertain"),
]


@pytest.mark.parametrize(("text", "key", "status"), CASES,
                         ids=[f"{c[0][:50]}-{c[1][1]}" for c in CASES])
def test_nlp_conv9_gold_convention(coder, make_article, text, key, status):
    got = _coded(coder, make_article, text)
    by_root = {(s, r[:2], t): st for (s, r, t), st in got.items()}
    assert by_root.get(key) == status, got
