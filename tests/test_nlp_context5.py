"""Context and status (session 9, context5): what did not happen, and what goes on.

* the act an accusation is about, followed by ", a charge X denied", is denied (the
  accusing happened);
* a lasting act told in the present perfect from a starting point ("has fought the rebels
  since 2019") goes on; a journey named in the present tense ("It is the first visit to ...")
  is under way;
* a meeting that "did not take place" or "will not take place" was called off;
* a bare "could" or "may" in a sentence that leaves the event unsettled ("but no date has
  been set") tells a possibility (uncertain), not a supposition (hypothetical);
* a meeting in which something "was agreed" took place, whatever the agreement plans, and
  what two sides "have agreed on" is reached (a meeting agreed on still lies ahead);
* what a body "voted to" do is done by the vote;
* what a demand asks for ("demanded that Oslo recall the envoy"), and an act someone "did
  not think" would happen, are no events of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 14)

# (sentence, the dyad's two countries, CAMEO root or None for any, expected status or None
# when no event of the dyad and root must be coded)
Row = tuple[str, tuple[str, str], str | None, str | None]

ROWS: list[Row] = [
    # the content of an accusation, then denied by the accused
    ("Somalia accused Ethiopia of arming Somali militias in the border region, a charge Addis "
     "Ababa denied.", ("ETH", "SOM"), "07", "denied"),
    ("The Kremlin accused Ukraine of trying to kill a Russian governor with a drone, an "
     "accusation Kyiv quickly rejected.", ("UKR", "RUS"), "18", "denied"),
    ("Armenia accused Azerbaijan of shelling Armenian villages near the border, a claim "
     "Baku has rejected.", ("AZE", "ARM"), "19", "denied"),
    # ... and the accusing itself stays an act that happened
    ("Somalia accused Ethiopia of arming Somali militias in the border region, a charge Addis "
     "Ababa denied.", ("SOM", "ETH"), "11", "happened"),
    # ... and so does a threat joined to the accusation
    ("Moscow accused Ukraine of planning a raid on a Russian border town and threatened to "
     "respond with force, an accusation Kyiv rejected.", ("RUS", "UKR"), "13", "happened"),
    # lasting acts in the present perfect from a starting point
    ("A Saudi-led coalition has fought the Houthis in Yemen since 2015.", ("SAU", "YEM"),
     "19", "ongoing"),
    ("Russian forces have shelled the Ukrainian city of Kharkiv since the spring.",
     ("RUS", "UKR"), "19", "ongoing"),
    # ... but a meeting does not last, and a past perfect ended before the story
    ("Chinese and Indian ministers have met four times since 2020.", ("CHN", "IND"), "04",
     "happened"),
    # a journey named in the present tense of "be"
    ("It is the first visit to Norway by a Kenyan president in 20 years.", ("KEN", "NOR"),
     "04", "ongoing"),
    ("It was the first visit to Norway by a Kenyan president in 20 years.", ("KEN", "NOR"),
     "04", "happened"),
    # a meeting that did not take place, or will not
    ("A meeting between the Serbian and Kosovar leaders in Ohrid in May did not take place.",
     ("SRB", "XKX"), "04", "cancelled"),
    ("The Hungarian prime minister's annual visit to Poland will not take place this year, "
     "a spokesman said.", ("HUN", "POL"), "04", "cancelled"),
    # a bare possibility, left unsettled
    ("Officials said the Dutch prime minister could visit Jakarta in the autumn, but no date "
     "has been set.", ("NLD", "IDN"), "04", "uncertain"),
    # ... and a condition stays a supposition
    ("If the talks succeed, the Dutch prime minister could visit Jakarta in the autumn.",
     ("NLD", "IDN"), "04", "hypothetical"),
    # the meeting something was agreed in
    ("The exchange of ambassadors was agreed in a phone call between the Egyptian and "
     "Turkish presidents on 3 May.", ("EGY", "TUR"), "04", "happened"),
    # no events of their own
    ("Pyongyang demanded that Seoul halt the loudspeaker broadcasts at the border.",
     ("KOR", "PRK"), "16", None),
    ("The Georgian president said she did not think Russia was about to invade the country "
     "again.", ("RUS", "GEO"), "19", None),
]


def _picked(coder, make_article, text, dyad, root):
    res = coder.code(make_article(text, published=PUB))
    want = frozenset(dyad)
    events = res.events
    return events, [e for e in events
                    if frozenset((e.source.country if e.source else None,
                                  e.target.country if e.target else None)) == want
                    and (root is None or e.root == root)]


def _show(events):
    return [(e.source.code if e.source else None, e.cameo,
             e.target.code if e.target else None, str(e.status), e.status_cue)
            for e in events]


@pytest.mark.parametrize(("text", "dyad", "root", "status"), ROWS,
                         ids=[f"{r[0][:50]}-{r[3]}" for r in ROWS])
def test_nlp_context5_status(coder, make_article, text, dyad, root, status):
    events, picked = _picked(coder, make_article, text, dyad, root)
    if status is None:
        assert not picked, _show(events)
        return
    assert any(str(e.status) == status for e in picked), _show(events)


@pytest.mark.parametrize(("text", "word", "status"), [
    # the settling verb's tense decides: a meeting it will be agreed in lies ahead
    ("The text will be agreed in talks between the two delegations next week.", "talks",
     "planned"),
    ("The text was agreed in talks between the two delegations last week.", "talks",
     "happened"),
    # what was agreed on is reached; a meeting agreed on lies ahead
    ("Armenia and Azerbaijan have agreed on the text of a treaty on the normalisation of "
     "relations.", "normalisation", "happened"),
    ("Armenia and Azerbaijan will agree on the text of a treaty on the normalisation of "
     "relations.", "normalisation", "planned"),
    ("Armenia and Azerbaijan agreed on a date for a visit by the Armenian leader to Baku.",
     "visit", "planned"),
    # an offer is made, whatever its answer
    ("Lithuania has offered to open a rail corridor for Ukrainian grain, but Kyiv has given "
     "no answer yet.", "offered", "happened"),
    ("Lithuania will open a rail corridor for Ukrainian grain, but no date has been set.",
     "open", "uncertain"),
    # what a body voted to do is done by the vote; a vote ahead is planned
    ("The Hungarian parliament voted on Monday to ratify Sweden's membership.", "ratify",
     "happened"),
    ("The Hungarian parliament will vote on Monday to ratify Sweden's membership.", "ratify",
     "planned"),
    # a negation shared by "or": neither confirmed nor denied
    ("Kyiv did not confirm or deny that its drones had struck the refinery.", "struck",
     "uncertain"),
    # a journey whose own clause leaves it unsettled
    ("The Kenyan president will meet the Norwegian prime minister in Oslo, in a trip that "
     "is not yet scheduled.", "meet", "uncertain"),
    ("The Kenyan president will meet the Norwegian prime minister in Oslo next week.", "meet",
     "planned"),
    # what was asked for and then done
    ("Beijing demanded that Vilnius recall its envoy, which it did a week later.", "recall",
     "happened"),
    # a demand for a verb in the subjunctive, and a claim that only insists
    ("Oslo demanded that Moscow recall the envoy.", "recall", "uncertain"),
])
def test_nlp_context5_decide_on_parse(coder, text, word, status):
    from detente.nlp.status import decide

    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert str(decide(tok, sentence=tok.sent).status) == status


@pytest.mark.parametrize(("text", "word", "screened"), [
    ("Pyongyang demanded that Seoul halt the loudspeaker broadcasts.", "halt", True),
    # ... unless the sentence tells it was done
    ("Beijing demanded that Vilnius recall its envoy, which it did a week later.", "recall",
     False),
    # told as a plan or a claim, not asked for
    ("Paris insisted that it would keep its embassy in Niamey open.", "keep", False),
    ("Pyongyang said that Seoul halted the broadcasts.", "halted", False),
])
def test_nlp_context5_demand_content(coder, text, word, screened):
    from detente.nlp.screen import _demanded

    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert (_demanded(tok) is not None) is screened
