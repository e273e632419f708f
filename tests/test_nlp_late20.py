"""Events lost after the sentence had what it needed: a state told by its kind ("the
Sultanate", "the kingdom") as the only party of a sentence is a reference the pre-filter keeps
(nlp.prefilter); a journey left open, restated by its noun while its arrangements are told
("no date has been set for the visit"), stays uncertain instead of being dropped as another
journey (nlp.events). Each table has rows that must not change."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)


def _rows(coder, make_article, text: str) -> set[tuple[str, str, str, str]]:
    """(source country, target country, cameo root, status) of the events of ``text``."""
    art = make_article(text, published=PUB)
    return {(e.source.country or "", e.target.country or "", e.cameo[:2], e.status.value)
            for e in coder.code(art).events if e.source is not None and e.target is not None}


def _kept(coder, text: str, start: str) -> bool:
    """Whether the pre-filter keeps the sentence of ``text`` that starts with ``start``."""
    scan = coder.prefilter.scan(text, ())
    return next(s.keep for s in scan.sentences if text[s.start:s.end].startswith(start))


# (article, start of the sentence asked about, kept)
STATE_KINDS = [
    ("Oman hosted indirect talks between Iran and the United States in Muscat on Saturday. "
     "The Sultanate reaffirmed its readiness to keep facilitating the dialogue.",
     "The Sultanate", True),
    ("Morocco recalled its ambassador from Madrid on Tuesday. The kingdom accused its "
     "neighbour of hostile acts.", "The kingdom", True),
    ("Qatar's emir received the Iranian president in Doha on Monday. The emirate offered "
     "to mediate between the two neighbours.", "The emirate", True),
    ("Monaco signed a tax accord with France on Friday. The Principality pledged to share "
     "its banking data.", "The Principality", True),
    # no party, no pronoun, no state told by its kind: nothing to keep
    ("Oman hosted indirect talks between Iran and the United States in Muscat on Saturday. "
     "The weather in the port was hot and humid all week.", "The weather", False),
]


@pytest.mark.parametrize(("text", "start", "kept"), STATE_KINDS)
def test_nlp_late20_state_kind_reference_kept(coder, text, start, kept) -> None:
    assert _kept(coder, text, start) is kept


# (article, an event it must have)
STATE_KIND_EVENTS = [
    ("Oman hosted indirect talks between Iran and the United States in Muscat on Saturday. "
     "The Sultanate reaffirmed its readiness to keep facilitating the dialogue.",
     ("OMN", "USA", "03", "happened")),
    ("Saudi Arabia received the foreign minister of Iran in Riyadh on Sunday. The kingdom "
     "agreed to reopen its embassy in Tehran.", ("SAU", "IRN", "03", "happened")),
]


@pytest.mark.parametrize(("text", "row"), STATE_KIND_EVENTS)
def test_nlp_late20_state_kind_event(coder, make_article, text, row) -> None:
    assert row in _rows(coder, make_article, text)


# (article, the restatement's evidence start, an event it must have, one it must not have)
OPEN_JOURNEYS = [
    ("Macron invited Lula to pay a visit to France. No date has been set for the visit.",
     "No date", ("BRA", "FRA", "04", "uncertain"), ("BRA", "FRA", "04", "happened")),
    ("Kishida invited Albanese to pay an official visit to Tokyo. Details of the visit will "
     "be announced in due course.",
     "Details", ("AUS", "JPN", "04", "uncertain"), ("AUS", "JPN", "04", "planned")),
    ("Rutte invited Ramaphosa to pay a state visit to the Netherlands. The programme of the "
     "trip will be agreed through the two embassies.",
     "The programme", ("ZAF", "NLD", "04", "uncertain"), ("ZAF", "NLD", "04", "planned")),
]


@pytest.mark.parametrize(("text", "start", "row", "absent"), OPEN_JOURNEYS)
def test_nlp_late20_open_journey_restated(coder_all, make_article, text, start, row,
                                          absent) -> None:
    art = make_article(text, published=PUB)
    events = [e for e in coder_all.code(art).events
              if e.evidence.sentence.strip().startswith(start)
              and e.source is not None and e.target is not None]
    rows = {(e.source.country or "", e.target.country or "", e.cameo[:2], e.status.value)
            for e in events}
    assert row in rows
    assert absent not in rows


# a journey that took place, restated: it stays what it was (no uncertain copy)
DONE_JOURNEYS = [
    ("Lula paid a visit to France on Monday. The visit was the first since 2019.",
     ("BRA", "FRA", "04", "happened"), ("BRA", "FRA", "04", "uncertain")),
    ("Albanese visited Tokyo on Monday. Details of the visit were released by his office.",
     ("AUS", "JPN", "04", "happened"), ("AUS", "JPN", "04", "uncertain")),
    ("Ramaphosa travelled to The Hague on Tuesday. No agreement was signed during the visit.",
     ("ZAF", "NLD", "04", "happened"), ("ZAF", "NLD", "04", "uncertain")),
]


@pytest.mark.parametrize(("text", "row", "absent"), DONE_JOURNEYS)
def test_nlp_late20_done_journey_unchanged(coder_all, make_article, text, row,
                                           absent) -> None:
    rows = _rows(coder_all, make_article, text)
    assert row in rows
    assert absent not in rows


_GENEVA = ("GENEVA, March 3 -- Envoys from some thirty countries met in Geneva on Friday to "
           "discuss grain exports, at a meeting hosted by Switzerland.\n\nFrance's Catherine "
           "Colonna and Japan's Yoshimasa Hayashi were also in Geneva.\n\nThe talks ended "
           "without a statement.")
_ANKARA = ("ANKARA, June 9 -- Turkey hosted a conference on Black Sea shipping on Thursday, "
           "attended by officials of twelve states.\n\nGreek Foreign Minister Nikos Dendias "
           "was already in Ankara on Wednesday.\n\nDelegates said the mood was calm.")
_OSLO = ("OSLO, May 2 -- Norway hosted a meeting on Arctic fisheries on Monday.\n\nCanadian "
         "and Danish officials were still in Oslo on Tuesday.\n\nThe meeting ended with a "
         "joint note.")
_CAIRO = ("CAIRO, May 2 -- Egypt and Sudan held talks on the Nile dam in Cairo on Monday, "
          "after a year without contact.\n\nOfficials said technical talks on water sharing "
          "could resume in June.\n\nThe ministers left without a statement.")
_DAKAR = ("DAKAR, May 2 -- Senegal and Mauritania held talks on fishing rights in Dakar on "
          "Monday.\n\nNegotiations on the licences are expected to restart after the rainy "
          "season, an aide said.\n\nThe ministers left without a statement.")
_FLEET = ("OSLO, May 2 -- Norway hosted a meeting on Arctic fisheries on Monday.\n\nCanada's "
          "fishing fleet is in Norwegian waters this week, officials said.\n\nThe meeting "
          "ended with a joint note.")

# (article, start of the sentence asked about): people placed in a named city, and the
# pair's talks taken up again with no side named, are kept for the extractor
KEPT_LATE = [
    (_GENEVA, "France's"),
    (_ANKARA, "Greek Foreign"),
    (_OSLO, "Canadian and Danish"),
    (_CAIRO, "Officials said"),
    (_DAKAR, "Negotiations on"),
]


@pytest.mark.parametrize(("text", "start"), KEPT_LATE)
def test_nlp_late20_presence_and_resumed_talks_kept(coder, text, start) -> None:
    assert _kept(coder, text, start)


# (article, an event (source, target, root) it must have, or None: none from that sentence)
PRESENCE_EVENTS = [
    (_GENEVA, "France's", ("FRA", "CHE", "04")),
    (_ANKARA, "Greek Foreign", ("GRC", "TUR", "04")),
    (_OSLO, "Canadian and Danish", ("DNK", "NOR", "04")),
    (_CAIRO, "Officials said", ("EGY", "SDN", "04")),
    # a fleet in another's waters is no person's journey
    (_FLEET, "Canada's fishing", None),
]


@pytest.mark.parametrize(("text", "start", "row"), PRESENCE_EVENTS)
def test_nlp_late20_presence_event(coder, make_article, text, start, row) -> None:
    art = make_article(text, published=PUB)
    rows = {(e.source.country or "", e.target.country or "", e.cameo[:2])
            for e in coder.code(art).events if e.source is not None and e.target is not None
            and e.evidence.sentence.strip().startswith(start)}
    if row is None:
        assert not rows
    else:
        assert row in rows
