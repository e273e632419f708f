"""Sentence -> event tables for session-12 precision screens (nlp.screen): mentions of an act
that are no event the text reports.

* an act a side held back from ("pulled back from ending the pact", "stopped short of
  recognising", "held off on sending troops");
* an act whose doer, or whose addressee, is no one in particular ("saying no country should
  give Putin a platform");
* what an invitation asks for besides a journey ("invited Algiers to reopen the border");
* a danger to a value, which is no threat a side makes ("would threaten regional security");
* measures told as taken, which are no threat ("the steps Beijing had taken against ...").

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status); a two-character code is compared with the
event's root, a longer one with its code, and a status of None matches any.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 6, 1)

Row = tuple[str, str, str, str | None]


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


ROWS: list[tuple[str, str, set[Row], set[Row]]] = [
    # -- held back from the act
    ("pulled back from ending", "Seoul pulled back from scrapping its military pact with "
     "Tokyo.", set(), {("KOR", "12", "JPN", None)}),
    ("stopped short of", "Ankara stopped short of recognising the new government in Niamey.",
     set(), {("TUR", "05", "NER", None)}),
    ("held off on", "The Kremlin held off on sending troops to Armenia.", set(),
     {("RUS", "07", "ARM", None)}),
    ("the act itself stays", "Seoul scrapped its military pact with Tokyo.",
     {("KOR", "12", "JPN", "happened")}, set()),
    ("refrained from (kept as before)", "Hanoi refrained from condemning the Russian "
     "invasion.", set(), {("VNM", "11", "RUS", None)}),
    # -- no side in particular
    ("no country should", "Beijing condemned the deal, saying no government should arm "
     "Taiwan.", {("CHN", "111", "TWN", "happened")}, {("CHN", "02", "TWN", None)}),
    ("no state should: said", "Paris said no state should host Putin.", set(),
     {("FRA", "02", "RUS", None)}),
    ("a named side should (kept)", "Beijing said Washington should stop arming Taiwan.",
     {("CHN", "020", "USA", "happened")}, set()),
    # -- what an invitation asks for
    ("invited to restore trade", "Rabat invited Algiers to reopen the border and to restore "
     "trade.", {("MAR", "036", "DZA", None)}, {("DZA", "06", "MAR", None)}),
    ("invited to sign a pact", "Rome invited Tripoli to sign a migration pact with Italy.",
     {("ITA", "036", "LBY", None)}, {("LBY", "05", "ITA", None)}),
    ("invited to visit: the journey stays", "Yoon invited Kishida to visit Seoul.",
     {("JPN", "042", "KOR", "uncertain")}, set()),
    # -- a danger to a value
    ("would threaten security", "Officials in Chisinau said the Russian base would threaten "
     "Moldova's security.", set(), {("RUS", "13", "MDA", None)}),
    ("threatens peace and stability", "Manila said the Chinese buildup threatens peace and "
     "stability in the region.", set(), {("CHN", "13", "PHL", None)}),
    ("threatened to retaliate (kept)", "Tehran threatened to retaliate against London.",
     {("IRN", "130", "GBR", "happened")}, set()),
    ("threatened a side with strikes (kept)", "Moscow threatened Kyiv with new strikes.",
     {("RUS", "130", "UKR", "happened")}, set()),
    # -- measures told as taken
    ("measures had taken", "She criticised the measures Beijing had taken against "
     "Australian exporters.", set(), {("CHN", "13", "AUS", None)}),
    ("took countermeasures", "Moscow took countermeasures against the Finnish firms.", set(),
     {("RUS", "13", "FIN", None)}),
    ("would take measures (kept)", "Beijing said it would take resolute measures against "
     "Washington.", {("CHN", "130", "USA", "happened")}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_prec9_sentence_events(extracted_pairs, label: str, text: str, present: set[Row],
                                   absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
