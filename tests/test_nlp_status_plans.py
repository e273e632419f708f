"""Status of plans told after the fact and of what frames them: a plan in the past perfect
that was overtaken ("had been due to hold talks"), no new date (cancelled), "are to hold
talks" (planned); the describing verb under a denial ("rejected what it called ..."); a named
source's "reported that" (attribution, not a hedge); "when conditions allow" (unsettled); a
measure enacted by a past decision ("decided to expel"); ", which X denies" after a reported
act."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# (sentence, trigger word, expected status)
ROWS: list[tuple[str, str, str]] = [
    # a plan told in the past perfect did not go ahead
    ("The premier had been due to meet the Dutch envoy that afternoon.", "meet", "cancelled"),
    ("The minister had been due to fly to Oslo this week, but the summit was scrapped.", "fly",
     "cancelled"),
    ("The chancellor had been scheduled to visit Warsaw on Tuesday.", "visit", "cancelled"),
    ("The envoy had been set to hold talks with the rebels in Doha.", "talks", "cancelled"),
    # ... but a plan told in the present or simple past still stands
    ("The chancellor has been scheduled to visit Warsaw on Tuesday.", "visit", "planned"),
    ("The premier is due to meet the Dutch envoy on Friday.", "meet", "planned"),
    ("The premier was due to meet the Dutch envoy on Friday.", "meet", "planned"),
    # no new date: the old one was dropped; no date at all leaves the event unsettled
    ("The dispute deepened; no new date was fixed for the summit.", "summit", "cancelled"),
    ("No date has been set for the trip.", "trip", "uncertain"),
    # "are to hold": what is to come
    ("The negotiators are to hold another round of talks next month.", "talks", "planned"),
    ("The two navies are to hold joint drills in the autumn.", "drills", "planned"),
    # "rejected what it called ...": the calling is told as done; what is called stays denied
    ("The ministry rejected what it called slanderous claims by the Lithuanian side.",
     "called", "happened"),
    ("The cabinet dismissed what it described as lies spread by Vilnius.", "described",
     "happened"),
    ("The cabinet dismissed what it called a raid on its consulate.", "raid", "denied"),
    ("The cabinet denied that its troops had shelled the village.", "shelled", "denied"),
    # a named source that reports tells, and so does "it was reported that"; an unnamed
    # source hedges
    ("Polish state radio reported that the premier met the Latvian president.", "met",
     "happened"),
    ("Latvian media, citing unnamed sources, reported that the premier met the president.",
     "met", "uncertain"),
    ("It was reported that the premier met the Latvian president.", "met", "happened"),
    ("Local papers reported that the two leaders may meet in Riga.", "meet", "hypothetical"),
    # waiting on conditions: no telling when
    ("An aide said the premier still meant to fly to Riga when conditions allowed.", "fly",
     "uncertain"),
    ("The premier will visit Riga when circumstances permit.", "visit", "uncertain"),
    ("The premier will visit Riga when the session ends.", "visit", "planned"),
    ("The premier visited Riga when conditions allowed it.", "visited", "happened"),
    # a measure a past decision enacts is done; a decision to meet still lies ahead
    ("Lithuania's decision to restrict imports of Belarusian potash angered Minsk.",
     "restrict", "happened"),
    ("Vilnius decided to expel three Russian diplomats.", "expel", "happened"),
    ("Vilnius has decided to expel three Russian diplomats next week.", "expel", "planned"),
    ("The premier announced her decision to visit Riga in May.", "visit", "planned"),
    # a reported act followed by ", which ... deny": denied
    ("Minsk says Vilnius sent drones over the border, which Lithuanian officials deny.",
     "sent", "denied"),
    ("Minsk says Vilnius sent drones over the border, which Lithuania does not deny.",
     "sent", "happened"),
    ("Vilnius sent drones over the border, which Minsk condemned.", "sent", "happened"),
]


@pytest.mark.parametrize(("text", "word", "status"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_nlp_status_plans_decide(coder, text, word, status):
    from detente.nlp.status import decide

    doc = coder.nlp(text)
    trigger = next(t for t in doc if t.text == word)
    decision = decide(trigger, sentence=trigger.sent)
    assert not decision.negated, decision
    assert decision.status.value == status, decision
    assert decision.cue or status == "happened", decision
