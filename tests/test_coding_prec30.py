"""Session 30 (prec30): precision rules.

* The pairs of a list of four or more parties that act together ("the leaders of A, B, C, D
  and E agreed to set up a joint fund") are one multilateral act, no bilateral events; a
  short list (three) keeps its pairs, meetings keep theirs (nlp.pairings).
* A warning told by its content ("warned that Hungary would block ...") whose content names
  other parties and not the story's other side has no guessed target (nlp.guesses).
* What a party only can do ("researchers can now apply for the grants") is no event
  (nlp.capacity).

The sentence tables load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

from detente.model import Actor, Event, EventDate, Evidence, Status
from detente.nlp.pairings import multilateral_pairs


def _event(src: str, tgt: str, cameo: str = "031") -> Event:
    return Event(
        event_id=f"e{src}{tgt}{cameo}", article_id="a",
        source=Actor(text=src, name=None, code=src, country=src, sector=None),
        target=Actor(text=tgt, name=None, code=tgt, country=tgt, sector=None),
        cameo=cameo, root=cameo[:2], label="", goldstein=0.0, quad_class=1,
        status=Status.HAPPENED, date=EventDate("2023-05-01", "day", None),
        evidence=Evidence("s", 0, 1))


def _pairwise(members: list[str], cameo: str = "031") -> list[Event]:
    return [_event(a, b, cameo) for i, a in enumerate(members) for b in members[i + 1:]]


@pytest.mark.parametrize("events, kept", [
    # five parties paired off: a multilateral act, no pair kept
    (_pairwise(["TCD", "ERI", "ETH", "LBY", "SSD"]), 0),
    # four parties: the same
    (_pairwise(["MLI", "BFA", "NER", "TCD"]), 0),
    # three parties keep their three pairs
    (_pairwise(["MLI", "BFA", "NER"]), 3),
    # meetings of a list keep their pairs
    (_pairwise(["JPN", "KOR", "USA", "AUS"], "044"), 6),
    # two sides acting on three others: no list paired off
    ([_event(a, b) for a in ("USA", "GBR") for b in ("IRN", "SYR", "RUS")], 6),
])
def test_coding_prec30_multilateral_pairs(events, kept):
    assert len(multilateral_pairs(events)) == kept



@pytest.mark.slow
@pytest.mark.parametrize("text, pairs_left", [
    ("At the summit in Cairo, the leaders of Chad, Niger, Nigeria, Cameroon and Benin agreed "
     "to create a joint commission on the lake.", 0),
])
def test_coding_prec30_listed_group_act(coded, text, pairs_left):
    rows = coded(text)
    pairs = [r for r in rows if r[1].startswith("03") and r[0] and r[2]]
    assert len(pairs) <= pairs_left, rows


@pytest.mark.slow
def test_coding_prec30_three_parties_keep_pairs(coded, has_event):
    rows = coded("Mali, Burkina Faso and Niger signed a mutual defence pact in Bamako on "
                 "Saturday.")
    assert has_event(rows, "MLI", "05", "BFA") or has_event(rows, "BFA", "05", "MLI"), rows


@pytest.mark.slow
@pytest.mark.parametrize("text, src, tgt, kept", [
    # a warning whose content names other parties: the story's other side is no target
    ("Germany and Poland met in Berlin on Tuesday to discuss border controls. The Polish "
     "president warned that Hungary would block the new package of sanctions on Russia.",
     "POL", "DEU", False),
    # the content names the guessed side: kept
    ("Japan and China held tense talks in Tokyo on Monday over the disputed islands. Later "
     "the Japanese foreign minister warned that the dispute was the gravest problem in "
     "Japan-China relations.", "JPN", "CHN", True),
])
def test_coding_prec30_warning_elsewhere(coded, has_event, text, src, tgt, kept):
    rows = coded(text)
    assert has_event(rows, src, "13", tgt) == kept, rows


@pytest.mark.slow
@pytest.mark.parametrize("text, src, code, tgt", [
    # a permission granted: what the party can now do is no act
    ("From Monday, Swiss scientists can apply for European Union research grants again, the "
     "Commission said.", "CHE", "02", "EU"),
    # an ability hoped for
    ("Washington hopes that Ankara can help to press Moscow to reopen the grain corridor.",
     "TUR", "02", "RUS"),
])
def test_coding_prec30_capacity_not_coded(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert not has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("status, cue, dropped", [
    ("hypothetical", "can", True),
    ("uncertain", "can", True),
    # a supposition keeps its event
    ("hypothetical", "could", False),
    ("happened", None, False),
])
def test_coding_prec30_capacity_only(status, cue, dropped):
    from dataclasses import replace

    from detente.nlp.capacity import capacity_only

    ev = replace(_event("GBR", "EU", "020"), status=Status(status), status_cue=cue)
    assert capacity_only(ev) == dropped
