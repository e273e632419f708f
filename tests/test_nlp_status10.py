"""Status of statement events and of charges denied (session 12, status10).

* Intents (03), rejections (12) and threats (13) are statements: made when the text tells
  them, whatever lies ahead in what they speak of. "Ankara will take countermeasures" is a
  threat made (130, happened), "will invite the Belgian minister next month" an intent
  expressed (036, happened); a condition still makes them hypothetical, and other roots keep
  their plans ("will visit Estonia next week" stays planned).
* "X accuses Y of arming the rebels, a charge Y denies": the parser may make "denies" the
  head of the whole sentence; the accusing was still made (112, happened), and only the act
  charged is denied.
"""

from __future__ import annotations

import datetime
import inspect

import pytest

from detente.model import Status
from detente.nlp.status import STATED_ROOTS, StatusDecision, stated_when_told


# -- the rule itself (no model) ----------------------------------------------------------------
@pytest.mark.parametrize(("root", "status", "expected", "future"), [
    ("03", Status.PLANNED, Status.HAPPENED, False),
    ("12", Status.PLANNED, Status.HAPPENED, False),
    ("13", Status.PLANNED, Status.HAPPENED, False),
    # conditions, doubts and denials of a statement stand
    ("13", Status.HYPOTHETICAL, Status.HYPOTHETICAL, True),
    ("03", Status.UNCERTAIN, Status.UNCERTAIN, True),
    ("12", Status.DENIED, Status.DENIED, True),
    # acts of other roots keep their plans
    ("04", Status.PLANNED, Status.PLANNED, True),
    ("07", Status.PLANNED, Status.PLANNED, True),
    ("16", Status.PLANNED, Status.PLANNED, True),
])
def test_nlp_status10_stated_when_told(root, status, expected, future):
    decision = StatusDecision(status, "will", future=True)
    got = stated_when_told(root, decision)
    assert got.status == expected
    assert got.future is future
    if expected != status:
        assert got.cue == "stated (will)"
    else:
        assert got is decision


def test_nlp_status10_stated_roots():
    assert frozenset({"03", "12", "13"}) == STATED_ROOTS


# -- in the pipeline ---------------------------------------------------------------------------
def _hooked() -> bool:
    from detente.nlp import events

    return "stated_when_told" in inspect.getsource(events)


def _events(coder, text: str) -> list[tuple[str | None, str, str | None, str]]:
    from detente.model import Article

    art = Article(id="status10", title=None, text=text, published=datetime.date(2024, 5, 1))
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value)
            for e in coder.code(art).events]


# (text, source, cameo prefix, target, status) expected among the events
STATED_ROWS: list[tuple[str, str, str, str, str]] = [
    # intents told in the future tense, with or without a date ahead
    ("Norway and Iceland will form a working group on energy cooperation.", "NOR", "031",
     "ISL", "happened"),
    ("Seoul and Canberra will form a working group on critical minerals.", "KOR", "031", "AUS",
     "happened"),
    ("The Dutch foreign minister will invite her Belgian counterpart to The Hague next month.",
     "NLD", "036", "BEL", "happened"),
    ("The German chancellor will invite the Polish president to Berlin for talks in the "
     "autumn.", "DEU", "036", "POL", "happened"),
    # threats and rejections
    ("Ankara will take countermeasures against Athens.", "TUR", "130", "GRC", "happened"),
    ("Washington eased its sanctions on Caracas but said it would not deal with the "
     "Venezuelan government.", "USA", "125", "VEN", "happened"),
    # ... a condition still makes them hypothetical
    ("If Vilnius opens the office, Beijing will take resolute measures against Lithuania.",
     "CHN", "130", "LTU", "hypothetical"),
    ("If Manila agrees, Tokyo would invite the Philippine president to Osaka.", "JPN", "036",
     "PHL", "hypothetical"),
    # ... and so does a pledge itself told in the future
    ("Serbia and Hungary will pledge to deepen energy cooperation at the summit.", "SRB",
     "03", "HUN", "planned"),
    ("Chile and Peru will agree to resume talks on their maritime border.", "CHL", "03",
     "PER", "planned"),
    # ... and the acts of other roots keep their plans
    ("Latvian Prime Minister Evika Silina will visit Estonia next week.", "LVA", "042", "EST",
     "planned"),
    ("Kenya will send police officers to Haiti next month.", "KEN", "074", "HTI", "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), STATED_ROWS,
                         ids=[r[0][:60] for r in STATED_ROWS])
def test_nlp_status10_stated_coded(coder, text, src, code, tgt, status):
    if not _hooked():
        pytest.skip("events.py does not call status.stated_when_told yet (status10 report)")
    got = _events(coder, text)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert {h[3] for h in hits} == {status}, got


# (sentence, trigger word, expected status)
CHARGE_ROWS: list[tuple[str, str, str]] = [
    # the accusing is made; what it charges is denied
    ("Congo accuses Rwanda of arming the rebels, a charge Kigali denies.", "accuses",
     "happened"),
    ("Congo accuses Rwanda of arming the rebels, a charge Kigali denies.", "arming", "denied"),
    ("Poland accuses Belarus of pushing migrants over the border, a charge Minsk denies.",
     "accuses", "happened"),
    ("Poland accuses Belarus of pushing migrants over the border, a charge Minsk denies.",
     "pushing", "denied"),
    ("Lebanon accused Israel of shelling a village, a claim Israel rejected.", "accused",
     "happened"),
    ("Lebanon accused Israel of shelling a village, a claim Israel rejected.", "shelling",
     "denied"),
    # ... but an accusing that is itself denied is denied
    ("Belarus denied accusing Poland of spying.", "accusing", "denied"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "status"), CHARGE_ROWS,
                         ids=[f"{r[1]}:{r[0][:50]}" for r in CHARGE_ROWS])
def test_nlp_status10_charge_denied(coder, text, word, status):
    from detente.nlp.status import decide

    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    decision = decide(trigger, sentence=trigger.sent)
    assert not decision.negated, decision
    assert decision.status.value == status, decision


# -- what another side is told it should do (screen._bound_by_other) -------------------------
# (text, source, cameo prefix, target, expected among the events?)
BOUND_ROWS: list[tuple[str, str, str, str, bool]] = [
    # another side bound: only the appeal (020) is coded, not the act asked for
    ("Lithuania's president said Russia must withdraw its troops from Ukraine.", "RUS", "087",
     "UKR", False),
    ("Lithuania's president said Russia must withdraw its troops from Ukraine.", "LTU", "020",
     "RUS", True),
    ("The Estonian foreign minister argued that Moscow has to release the detained border "
     "guard.", "EST", "020", "RUS", True),
    ("She said it was Australia that should apologise to the Afghan people.", "AUS", "055",
     "AFG", False),
    ("The envoy said it was Tokyo that must pay compensation to Seoul.", "JPN", "", "KOR",
     False),
    ("Pakistan recalled its ambassador from Tehran and said Iran's envoy should not come "
     "back.", "IRN", "16", "PAK", False),
    ("The Greek minister said Turkey must stop its flights and withdraw its ships from Greek "
     "waters.", "TUR", "087", "", False),
    # ... a condition told by an inverted "should" is no obligation
    ("The Secretary warned Beijing of the consequences should the PRC provide arms to "
     "Russia.", "CHN", "07", "RUS", True),
    # ... the act told as done is kept
    ("Latvia's president said Russia withdrew its troops from the border area.", "RUS",
     "087", "", True),
    ("Russia must withdraw its troops from Ukraine.", "RUS", "087", "UKR", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "present"), BOUND_ROWS,
                         ids=[f"{r[1]}{r[2]}:{r[0][:50]}" for r in BOUND_ROWS])
def test_nlp_status10_bound_by_other(coder, text, src, code, tgt, present):
    got = _events(coder, text)
    hits = [g for g in got if g[0] == src and g[1].startswith(code) and (
        not tgt or g[2] == tgt)]
    assert bool(hits) == present, got
