"""Event status decided by the right clause: the outcome of a plan told by its predicate,
what a main clause says of an event noun holding for the act in its relative clause, a
report or accusation told as done, and an unsettled date that belongs to the planned act.

Each row is (sentence, the dyad's two countries, the CAMEO root, the expected status); the
test needs one event of that dyad and root to carry the status (and a cue, unless it is
``happened``). All sentences are ours.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 9, 21)

Row = tuple[str, tuple[str, str], str, str]

#: a planned event whose predicate says it did not take place: cancelled (not dropped)
CALLED_OFF: list[Row] = [
    ("A visit by Blinken to Beijing that was due to start on Sunday did not go ahead.",
     ("USA", "CHN"), "04", "cancelled"),
    ("The talks between India and China that were set for Friday did not take place.",
     ("IND", "CHN"), "04", "cancelled"),
    ("A meeting between Macron and Scholz that had been planned for Monday did not take "
     "place.", ("FRA", "DEU"), "04", "cancelled"),
    ("A visit by the Italian foreign minister to Cairo that had been scheduled for next week "
     "will not go ahead.", ("ITA", "EGY"), "04", "cancelled"),
    ("The scheduled talks between Serbia and Kosovo were not held.", ("SRB", "XKX"), "04",
     "cancelled"),
    ("Talks between India and Pakistan that were planned for Monday never happened.",
     ("IND", "PAK"), "04", "cancelled"),
]

#: what the main clause says of an event noun holds for the hosting told in its relative
#: clause ("a summit that X had planned to host ... now looks uncertain")
HOSTED: list[Row] = [
    ("The summit of Ruto and Abiy, which the African Union had planned to host in Addis Ababa "
     "next month, is now in doubt.", ("AU", "ETH"), "04", "uncertain"),
    ("The summit between Putin and Erdogan that Turkey had planned to host in Istanbul has "
     "been called off.", ("TUR", "RUS"), "04", "cancelled"),
    ("A meeting between Ruto and Abiy that Kenya had planned to host in Nairobi next week is "
     "now in doubt.", ("KEN", "ETH"), "04", "uncertain"),
    ("Talks between Vucic and Kurti that the EU had intended to host in Brussels have been "
     "postponed.", ("EU", "SRB"), "04", "cancelled"),
]

#: an accusation or report told as made, whatever is said of its content afterwards
TOLD_AS_DONE: list[Row] = [
    ("Moscow has long accused Kyiv of shelling the plant, a charge Ukraine denies.",
     ("RUS", "UKR"), "11", "happened"),
    ("Washington has accused Beijing of spying on its bases, an allegation China rejects.",
     ("USA", "CHN"), "11", "happened"),
    ("Reports in Moldovan newspapers alleging that Russia had paid protesters prompted a "
     "debate in parliament.", ("MDA", "RUS"), "11", "happened"),
    ("Reports in Japanese newspapers alleging that North Korea had hacked the ministry were "
     "denied by Pyongyang.", ("JPN", "PRK"), "11", "happened"),
    # the content of the charge is what the denial answers
    ("Moscow has long accused Kyiv of shelling the plant, a charge Ukraine denies.",
     ("RUS", "UKR"), "19", "denied"),
]

#: an invitation accepted: the acceptance happened; a missing date unsettles the visit
ACCEPTED: list[Row] = [
    ("Lula accepted an invitation from Xi to visit China, though no dates have been set, his "
     "office said.", ("BRA", "CHN"), "03", "happened"),
    ("Lula accepted an invitation from Xi to visit China, though no dates have been set, his "
     "office said.", ("BRA", "CHN"), "04", "uncertain"),
    ("Lula has accepted an invitation from Xi to visit China, but no date has been "
     "announced.", ("BRA", "CHN"), "03", "happened"),
    ("Lula has accepted an invitation from Xi to visit China, but no date has been "
     "announced.", ("BRA", "CHN"), "04", "uncertain"),
    ("Scholz accepted an invitation from Xi to visit China in April.", ("DEU", "CHN"), "04",
     "planned"),
]

#: walking out on a meeting: cancelled
WALKED_OUT: list[Row] = [
    ("Netanyahu backed out of the talks with Biden.", ("ISR", "USA"), "04", "cancelled"),
    ("Erdogan pulled out of the summit with Putin in Sochi.", ("TUR", "RUS"), "04",
     "cancelled"),
    ("Netanyahu pulled out of the talks with Biden.", ("ISR", "USA"), "04", "cancelled"),
]

#: a party saying an act did not take place denies it (coded, as denied)
SAID_NOT: list[Row] = [
    ("A Chinese spokesman said Beijing had not supplied weapons to Russia.", ("CHN", "RUS"),
     "07", "denied"),
    ("Ukraine does not attack Moscow, Zelenskiy told reporters in Helsinki.", ("UKR", "RUS"),
     "19", "denied"),
    ("Officials in Tehran said Iran had not sent drones to Russia.", ("IRN", "RUS"), "07",
     "denied"),
    ("Pyongyang said it had not sold any weapons to Moscow.", ("PRK", "RUS"), "06",
     "denied"),
]

#: an event noun whose own relative clause calls it off; and what comes "before" an act
#: still ahead lies ahead too
OWN_CLAUSE: list[Row] = [
    ("Analysts saw little chance that Washington would revive the visit to Beijing by Antony "
     "Blinken that was called off in February.", ("USA", "CHN"), "04", "cancelled"),
    ("Washington and Beijing have not rescheduled the visit to China by Antony Blinken that "
     "was called off in February.", ("USA", "CHN"), "04", "cancelled"),
    ("Talks between Serbia and Kosovo, which were postponed last month, have been set for "
     "October.", ("SRB", "XKX"), "04", "planned"),
    ("Raimondo will meet Li Qiang on Tuesday before traveling to Shanghai on Wednesday.",
     ("USA", "CHN"), "04", "planned"),
    ("Scholz will hold talks with Xi in Beijing before flying to Tokyo.", ("DEU", "JPN"),
     "04", "planned"),
    ("Modi met Biden in Washington before flying to Cairo.", ("IND", "EGY"), "04",
     "happened"),
]

#: a present tense "as / while" clause against a past main clause: going on
GOING_ON: list[Row] = [
    ("Qatar's envoy flew to Cairo on Monday as Egypt mediates talks between Israel and "
     "Hamas.", ("EGY", "ISR"), "04", "ongoing"),
    ("Blinken landed in Beijing on Sunday while China holds drills around Taiwan.",
     ("CHN", "TWN"), "15", "ongoing"),
    # (a headline's present tense tells what happened)
    ("McCarthy hosts Tsai in California as Beijing vows response.", ("CHN", "USA"), "13",
     "happened"),
]

#: a past decision to keep a measure: told as done, happened (not planned; the gold sets
#: code it happened, not ongoing)
KEPT: list[Row] = [
    ("Bucharest decided last month to keep its curbs on Ukrainian wheat.", ("ROU", "UKR"),
     "16", "happened"),
    ("Hungary decided on Friday to extend its ban on Ukrainian grain imports.",
     ("HUN", "UKR"), "16", "happened"),
    # (still ahead: planned or open)
    ("Hungary plans to extend its ban on Ukrainian grain imports.", ("HUN", "UKR"), "16",
     "planned"),
    ("Hungary will decide on Friday whether to extend its ban on Ukrainian grain imports.",
     ("HUN", "UKR"), "16", "uncertain"),
]

#: an event named as a feared or risked outcome has not happened
FEARED: list[Row] = [
    ("Sudan closed its border crossings, raising fears of renewed clashes with South Sudan.",
     ("SDN", "SSD"), "19", "uncertain"),
    ("Kosovo officials spoke of the danger of a Serbian incursion into Kosovo.",
     ("SRB", "XKX"), "15", "uncertain"),
    # (worry about an attack that took place leaves it happened)
    ("Kosovo voiced worry about the attack by Serbian police on its border guards.",
     ("SRB", "XKX"), "19", "happened"),
]

ALL = [*CALLED_OFF, *TOLD_AS_DONE, *ACCEPTED, *WALKED_OUT, *SAID_NOT, *OWN_CLAUSE,
       *GOING_ON, *KEPT, *FEARED]

#: not denials: what is not yet settled, or what will not be done, is not coded
NOT_DENIED = [
    ("Blinken said China had not yet agreed to reopen military channels with Washington.",
     ("CHN", "USA")),
    ("China said it would not send troops to Russia.", ("CHN", "RUS")),
]


@pytest.mark.parametrize(("text", "dyad"), NOT_DENIED, ids=[r[0][:50] for r in NOT_DENIED])
def test_nlp_status_clauses_no_denial_of_what_is_ahead(coder, make_article, text, dyad):
    res = coder.code(make_article(text, published=PUB))
    want = frozenset(dyad)
    assert not [e for e in res.events if e.status.value == "denied" and frozenset(
        (e.source.country, e.target.country)) == want], _show(res.events)


def _show(events):
    return [(e.source.code, e.cameo, e.target.code, e.status.value, e.status_cue,
             e.evidence.trigger) for e in events]


@pytest.mark.parametrize(("text", "dyad", "root", "status"), ALL,
                         ids=[f"{r[0][:50]}-{r[2]}" for r in ALL])
def test_nlp_status_clauses_decide_the_status(coder, make_article, text, dyad, root,
                                                status):
    res = coder.code(make_article(text, published=PUB))
    want = frozenset(dyad)
    picked = [e for e in res.events
              if frozenset((e.source.country, e.target.country)) == want and e.root == root]
    assert picked, ("no event for the dyad", _show(res.events))
    matching = [e for e in picked if e.status.value == status]
    assert matching, _show(res.events)
    if status != "happened":
        assert any(e.status_cue for e in matching), _show(matching)


@pytest.mark.parametrize(("text", "dyad", "root", "status"), HOSTED,
                         ids=[r[0][:50] for r in HOSTED])
def test_nlp_status_clauses_hosting_shares_the_meetings_status(coder, make_article, text,
                                                               dyad, root, status):
    res = coder.code(make_article(text, published=PUB))
    hosting = [e for e in res.events if e.evidence.trigger == "host"
               and frozenset((e.source.country, e.target.country)) == frozenset(dyad)]
    assert hosting, _show(res.events)
    assert all(e.status.value == status for e in hosting), _show(hosting)
