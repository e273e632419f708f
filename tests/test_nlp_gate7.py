"""Pre-filter gates and the status of announced measures (gate7).

* "their" right after a sentence naming two sides stands for them, as "they" does: "... clashed
  on the frontier. Their gunners traded fire" is parsed;
* a third party's restraint urged on no one, or its condemnation of "the escalation" (a fight
  noun), refers back to the fight told before: parsed whoever the speaker is (the speech rules
  aim it at the fight's sides);
* a measure a government "announced that it would" take (cut, expel, impose, reopen) is told
  as done; a deployment announced, or a measure merely said to come, still lies ahead.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def needed():
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon(), context="needed")


def _kept(prefilter, text: str, needle: str) -> bool:
    scan = prefilter.scan(text)
    assert scan.relevant
    return next(s.keep for s in scan.sentences if needle in text[s.start:s.end])


FIGHT = ("Georgian and Russian troops clashed near the boundary line on Sunday, officials in "
         "Tbilisi said. ")


@pytest.mark.parametrize(("text", "needle", "kept"), [
    # "their" after a sentence about two sides: those sides
    (FIGHT + "Their gunners traded fire until dawn near the checkpoint.", "Their gunners", True),
    (FIGHT + "Their patrols were later withdrawn from the ridge.", "Their patrols", True),
    # a third party's appeal or condemnation about the fight told before
    (FIGHT + "The Secretary-General of the United Nations urged utmost restraint.",
     "utmost restraint", True),
    (FIGHT + "The African Union chairman condemned the escalation on Monday.",
     "the escalation", True),
    (FIGHT + "OSCE monitors urged calm in a short statement.", "urged calm", True),
    # ... and after a visit, the guest's and the host's (as the resolver reads "their")
    ("The Turkish president landed in Baku on Monday for a two-day visit. Their talks "
     "centred on energy transit and a new rail link.", "Their talks", True),
    # ... and a sentence with no party, no pronoun of the group and no trigger stays out
    (FIGHT + "Heavy snow closed the mountain pass for a week.", "Heavy snow", False),
])
def test_nlp_gate7_prefilter_keeps(needed, text, needle, kept):
    assert _kept(needed, text, needle) is kept


def test_nlp_gate7_their_needs_a_group(needed):
    # "their" after a sentence that names one party only is no group's
    text = ("Georgia's parliament met on Sunday. Their gunners traded fire until dawn near the "
            "checkpoint.")
    scan = needed.scan(text)
    assert not any(s.eventful for s in scan.sentences if "gunners" in text[s.start:s.end])


# (sentence, trigger word, expected status)
STATUS_ROWS: list[tuple[str, str, str]] = [
    ("Lisbon announced on Friday that it would expel four Iranian diplomats.", "expel",
     "happened"),
    ("Warsaw announced it would drastically reduce the visas it issues to Belarusians.",
     "reduce", "happened"),
    ("Ottawa has announced that it would impose sanctions on six Venezuelan officials.",
     "impose", "happened"),
    ("Doha announced that it would reopen its airspace to Bahraini flights.", "reopen",
     "happened"),
    # a deployment announced still lies ahead; so does a measure only said to come
    ("Oslo announced that it would send two frigates to the Baltic.", "send", "planned"),
    ("Lisbon said that it would expel four Iranian diplomats.", "expel", "planned"),
    ("Lisbon will announce that it would expel four Iranian diplomats.", "expel", "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "status"), STATUS_ROWS,
                         ids=[r[0][:50] for r in STATUS_ROWS])
def test_nlp_gate7_announced_measure_status(coder, text, word, status):
    from detente.nlp.status import decide

    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    decision = decide(trigger, sentence=trigger.sent)
    assert decision.status.value == status, decision


@pytest.mark.slow
def test_nlp_gate7_restraint_after_fight_is_coded(coder, make_article):
    art = make_article(FIGHT + "The Secretary-General of the United Nations condemned the "
                       "escalation and urged utmost restraint.")
    events = coder.code(art).events
    appeals = {(e.source.country, e.target.country) for e in events
               if e.cameo.startswith("025") and e.source and e.target}
    assert appeals == {("UNO", "GEO"), ("UNO", "RUS")}
