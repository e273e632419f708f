from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.fuse import (
    Mention,
    fuse,
    interval,
    mention_from_event,
    person_filter,
    refers_back,
    trigger_similarity,
)


def _m(eid, pub, status="happened", value=None, prec="publication", src="USA", tgt="CHN",
       root="04", cameo="042", loc=None, sname=None, tname=None, article=None, trigger=None,
       sentence=None):
    return Mention(eid, article or "a" + eid, pub, src, tgt, sname, tname, cameo, root, status,
                   value, prec, loc, 0.5, trigger, sentence)


def _groups(ms: list[Mention]) -> list[set[str]]:
    events, _ = fuse(ms)
    return sorted(({*e.members} for e in events), key=lambda g: sorted(g))


D = date(2023, 11, 16)


# --- each rule that joins two mentions ---------------------------------------------------
MERGES = [
    ("a meeting told from either side (root 04)",
     _m("1", D, value="2023-11-15", prec="day", cameo="043"),
     _m("2", D, value="2023-11-15", prec="day", src="CHN", tgt="USA", cameo="042")),
    ("a reciprocal agreement told from either side (031)",
     _m("1", D, value="2023-11-15", prec="day", root="03", cameo="031",
        trigger="agreed to restore military communication",
        sentence="The two leaders agreed to restore military communication."),
     _m("2", D, value="2023-11-15", prec="day", src="CHN", tgt="USA", root="03", cameo="031",
        trigger="restore military communication",
        sentence="China and the United States agreed to restore military communication.")),
    ("a month-precision date holds any day of its month",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", date(2023, 12, 30), value="2023-11", prec="month")),
    ("a week-precision date holds its days",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", D, value="2023-W46", prec="week")),
    ("a plan dated only by its article comes true within the horizon",
     _m("1", date(2023, 10, 6), "planned"),
     _m("2", D, value="2023-11-15", prec="day")),
    ("a realized mention dated by its article stands for the days before it",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", date(2023, 11, 17))),
    ("same country",
     _m("1", D, value="2023-11-15", prec="day", loc="USA"),
     _m("2", D, value="2023-11-15", prec="day", loc="USA")),
    ("a place on one side only",
     _m("1", D, value="2023-11-15", prec="day", loc="USA"),
     _m("2", D, value="2023-11-15", prec="day")),
    ("the same person",
     _m("1", D, value="2023-11-15", prec="day", sname="Joe Biden", tname="Xi Jinping"),
     _m("2", D, value="2023-11", prec="month", sname="Joe Biden")),
    ("an unspecified consultation (040) and a call (041)",
     _m("1", D, value="2023-12-21", prec="day", cameo="041"),
     _m("2", D, value="2023-12", prec="month", cameo="040")),
    ("a statement's place does not tell it apart (root 11)",
     _m("1", D, value="2023-11-15", prec="day", root="11", cameo="111", loc="USA",
        trigger="criticized", sentence="Biden criticized China's human rights record."),
     _m("2", D, value="2023-11-15", prec="day", root="11", cameo="111", loc="CHN",
        trigger="criticized", sentence="Biden criticized China over human rights.")),
    ("different words, one act: the sentences share their content (root 02)",
     _m("1", date(2023, 4, 8), value="2023-04-08", prec="day", root="02", cameo="020",
        trigger="called", sentence="The State Department said it is monitoring the drills "
        "closely and called on Beijing to show restraint."),
     _m("2", date(2023, 4, 10), value="2023-04-08", prec="day", root="02", cameo="020",
        trigger="urged", sentence="The State Department said on Saturday it was monitoring "
        "Beijing's actions closely and urged China to exercise restraint.")),
    ("a root's own code (070) and a specific one (072)",
     _m("1", D, value="2023-02-18", prec="day", src="CHN", tgt="RUS", root="07", cameo="070",
        trigger="supply weapons", sentence="China may supply weapons to Russia."),
     _m("2", D, value="2023-02", prec="month", src="CHN", tgt="RUS", root="07", cameo="072",
        trigger="supplying weapons", sentence="Beijing was supplying weapons to Russia.")),
    ("one article: a later sentence refers back to the meeting",
     _m("1", D, value="2023-11-15", prec="day", article="x", trigger="met",
        sentence="Biden and Xi met on Wednesday at Filoli."),
     _m("2", D, article="x", trigger="meeting",
        sentence="The meeting lasted about four hours.")),
    ("one article: both sentences name the same two people",
     _m("1", D, value="2023-11-15", prec="day", article="x", sname="Joe Biden",
        tname="Xi Jinping", trigger="met", sentence="Biden met Xi on Wednesday."),
     _m("2", D, article="x", sname="Joe Biden", tname="Xi Jinping", trigger="talked",
        sentence="Biden talked with Xi about fentanyl.")),
    ("one article: 'the two met' names nobody new",
     _m("1", date(2023, 1, 19), value="2023-01-18", prec="day", article="x", trigger="met",
        sname="Janet Yellen", tname="Liu He", sentence="Yellen met Liu He in Zurich."),
     _m("2", date(2023, 1, 19), article="x", trigger="met",
        sentence="The two met on the sidelines of a week of economic gatherings.")),
    ("one article weighing a plan names it again and again",
     _m("1", date(2023, 10, 6), "uncertain", "2023-11", "month", article="x", trigger="meeting",
        sentence="Officials are preparing for a possible meeting in November."),
     _m("2", date(2023, 10, 6), "uncertain", "2023-11", "month", article="x",
        trigger="meeting", sentence="Details of a leaders' meeting could be settled then.")),
]


@pytest.mark.parametrize(("case", "a", "b"), MERGES, ids=[c[0] for c in MERGES])
def test_fuse_rule_merges(case, a, b):
    assert len(fuse([a, b])[0]) == 1, case
    assert len(fuse([b, a])[0]) == 1, case


# --- each rule that keeps two mentions apart ---------------------------------------------
REFUSALS = [
    ("different places",
     _m("1", date(2023, 9, 18), value="2023-09", prec="month", loc="MLT"),
     _m("2", date(2023, 9, 18), value="2023-09", prec="month", loc="CHN")),
    ("dates far apart",
     _m("1", date(2023, 6, 20), value="2023-06-18", prec="day"),
     _m("2", date(2023, 7, 10), value="2023-07-07", prec="day")),
    ("a day outside the month named",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", D, value="2023-10", prec="month")),
    ("a plan dated by its article and an event long after",
     _m("1", date(2022, 11, 14), "planned"),
     _m("2", date(2023, 6, 19), value="2023-06-18", prec="day")),
    ("a realized mention dated by its article and an event weeks before",
     _m("1", D, value="2023-10-27", prec="day"),
     _m("2", D)),
    ("different roots",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", D, value="2023-11-15", prec="day", root="11", cameo="111")),
    ("different dyads",
     _m("1", D, value="2023-11-15", prec="day"),
     _m("2", D, value="2023-11-15", prec="day", tgt="RUS")),
    ("a one-sided act told the other way round (111)",
     _m("1", D, value="2023-11-15", prec="day", root="11", cameo="111", trigger="criticized",
        sentence="Biden criticized China over Taiwan."),
     _m("2", D, value="2023-11-15", prec="day", src="CHN", tgt="USA", root="11", cameo="111",
        trigger="criticized", sentence="China criticized Biden over Taiwan.")),
    ("different people on one side",
     _m("1", date(2023, 9, 1), value="2023-06", prec="month", sname="Antony Blinken"),
     _m("2", date(2023, 9, 1), value="2023-06", prec="month", sname="Janet Yellen")),
    ("a telephone call is not a visit",
     _m("1", D, value="2023-06-14", prec="day", cameo="041"),
     _m("2", D, value="2023-06-14", prec="day", cameo="042")),
    ("one article: two realized events told in a row",
     _m("1", D, value="2023-11-15", prec="day", article="x", trigger="met",
        sname="Joe Biden", tname="Xi Jinping", sentence="Biden met Xi on Wednesday."),
     _m("2", D, value="2023-11-15", prec="day", article="x", trigger="held talks",
        sname="Janet Yellen", sentence="Separately, Yellen held talks with Chinese officials.")),
    ("content words, not 'agreed' and 'sides', tell two agreements apart (030 vs 036)",
     _m("1", date(2023, 6, 19), root="03", cameo="030", trigger="encourage",
        sentence="Blinken also said the two sides had agreed to encourage more exchanges "
        "between students, scholars and businesspeople."),
     _m("2", date(2023, 6, 21), root="03", cameo="036", trigger="agreed",
        sentence="Both sides said they agreed to stabilize the relationship and to continue "
        "high-level exchanges.")),
    ("a plan told on the day its event was called off is a new plan",
     _m("1", date(2023, 2, 3), "cancelled", "2023-02-03", "day", sname="Antony Blinken",
        trigger="postponed"),
     _m("2", date(2023, 2, 3), "planned", sname="Antony Blinken", article="a1",
        trigger="travel")),
    ("same code, nothing said alike (031 fentanyl vs military channels)",
     _m("1", D, value="2023-11-15", prec="day", root="03", cameo="031", trigger="agreed",
        sentence="China agreed to act against companies that make fentanyl precursors."),
     _m("2", D, value="2023-11-15", prec="day", root="03", cameo="031", trigger="agreed",
        sentence="The leaders agreed to restore military-to-military communication.")),
    ("different specific codes (111 criticize vs 112 accuse)",
     _m("1", D, value="2023-03-06", prec="day", src="CHN", tgt="USA", root="11", cameo="111",
        trigger="criticized", sentence="Qin criticized U.S. containment of China."),
     _m("2", D, value="2023-03-06", prec="day", src="CHN", tgt="USA", root="11", cameo="112",
        trigger="accused", sentence="Xi accused the U.S. of containment of China.")),
]


@pytest.mark.parametrize(("case", "a", "b"), REFUSALS, ids=[c[0] for c in REFUSALS])
def test_fuse_rule_refuses(case, a, b):
    assert len(fuse([a, b])[0]) == 2, case
    assert len(fuse([b, a])[0]) == 2, case


def test_fuse_planned_then_happened_is_one_event_with_link():
    ms = [
        _m("1", date(2023, 10, 6), "planned", "2023-11", "month", loc="USA"),
        _m("2", date(2023, 11, 10), "planned", "2023-11-15", "day", loc="USA"),
        _m("3", date(2023, 11, 16), "happened", "2023-11-15", "day", loc="USA",
           tgt="USA", src="CHN"),
    ]
    events, links = fuse(ms)
    assert len(events) == 1
    assert events[0].status == "happened" and events[0].n_articles == 3
    assert ("1", "3", "realized_as") in links


def test_fuse_fused_code_prefers_a_specific_code():
    ms = [_m("1", D, value="2023-11-15", prec="day", cameo="040"),
          _m("2", D, value="2023-11-15", prec="day", cameo="040"),
          _m("3", D, value="2023-11-15", prec="day", cameo="043")]
    assert [e.cameo for e in fuse(ms)[0]] == ["043"]


def test_fuse_cancelled_plan_links_and_shows_cancelled():
    ms = [_m("1", date(2023, 1, 19), "planned", "2023-02", "month", sname="Antony Blinken"),
          _m("2", date(2023, 2, 4), "cancelled", "2023-02-03", "day", sname="Antony Blinken")]
    events, links = fuse(ms)
    assert len(events) == 1 and events[0].status == "cancelled"
    assert links == [("1", "2", "cancelled_as")]


def test_fuse_coarse_mention_of_a_trip_with_several_meetings_stays_apart():
    # Blinken met Qin on the 18th and Xi on the 19th: "Blinken's visit in June" is the trip,
    # not either meeting
    ms = [_m("1", date(2023, 6, 19), value="2023-06-18", prec="day", sname="Antony Blinken",
             tname="Qin Gang"),
          _m("2", date(2023, 6, 19), value="2023-06-19", prec="day", sname="Antony Blinken",
             tname="Xi Jinping"),
          _m("3", date(2023, 7, 13), value="2023-06", prec="month", sname="Antony Blinken"),
          _m("4", date(2023, 12, 30), value="2023-06", prec="month", sname="Antony Blinken")]
    assert _groups(ms) == [{"1"}, {"2"}, {"3", "4"}]


def test_fuse_unnamed_mention_goes_to_the_event_told_most():
    summit = [_m(str(i), D, value="2023-11-15", prec="day", sname="Joe Biden",
                 tname="Xi Jinping") for i in range(6)]
    side = [_m("w", D, value="2023-11-14", prec="day", sname="Joe Biden", tname="Wang Yi")]
    vague = _m("v", date(2023, 10, 28), "uncertain", "2023-11", "month")
    groups = _groups([*summit, *side, vague])
    assert {"v", "0", "1", "2", "3", "4", "5"} in groups and {"w"} in groups


def test_fuse_is_deterministic_and_order_free():
    ms = [_m(str(i), date(2023, 11, 16), value="2023-11-15", prec="day") for i in range(5)]
    a = fuse(ms)[0]
    b = fuse(list(reversed(ms)))[0]
    assert [e.fused_id for e in a] == [e.fused_id for e in b]


_mentions = st.lists(st.builds(
    lambda i, day, prec, status, swap, code, person, host, trigger: _m(
        str(i), date(2023, 11, 20), status, f"2023-11-{day:02d}" if prec == "day" else "2023-11",
        prec, src="CHN" if swap else "USA", tgt="USA" if swap else "CHN", cameo=code,
        sname=person, tname=host, trigger=trigger),
    st.integers(0, 10**6), st.integers(1, 20), st.sampled_from(["day", "month"]),
    st.sampled_from(["happened", "planned", "uncertain", "ongoing"]), st.booleans(),
    st.sampled_from(["040", "041", "042", "043"]),
    st.sampled_from([None, "Antony Blinken", "Janet Yellen"]),
    st.sampled_from([None, "Wang Yi", "Qin Gang"]),
    st.sampled_from([None, "met", "visit", "arrived", "the visits"])),
    max_size=12, unique_by=lambda m: m.event_id)


@settings(max_examples=60, deadline=None)
@given(_mentions, st.randoms(use_true_random=False))
def test_fuse_partition_does_not_depend_on_input_order(ms, rnd: random.Random):
    shuffled = list(ms)
    rnd.shuffle(shuffled)
    assert _groups(ms) == _groups(shuffled)
    # every mention lands in exactly one fused event
    assert sorted(m for g in _groups(ms) for m in g) == sorted(m.event_id for m in ms)


def test_fuse_interval_by_precision():
    assert interval(_m("1", date(2023, 10, 6), value="2023-09", prec="month")) == (
        date(2023, 9, 1), date(2023, 9, 30))
    assert interval(_m("1", date(2023, 10, 6), value="2023-W37", prec="week")) == (
        date(2023, 9, 11), date(2023, 9, 17))
    assert interval(_m("1", date(2023, 10, 6), value="2023-Q4", prec="quarter")) == (
        date(2023, 10, 1), date(2023, 12, 31))
    assert interval(_m("1", date(2023, 10, 6), "planned")) == (
        date(2023, 10, 6), date(2024, 1, 4))
    assert interval(_m("1", date(2023, 10, 6))) == (date(2023, 10, 2), date(2023, 10, 6))
    assert interval(_m("1", None)) is None


@pytest.mark.parametrize(("a", "b", "similar"), [
    ("accused", "accusing", True),
    ("shot down", "shot down", True),
    ("expanded its restrictions", "restrictions", True),
    ("provide lethal support", "met", False),
    (None, "met", False),
])
def test_fuse_trigger_similarity(a, b, similar):
    assert (trigger_similarity(a, b) >= 80) is similar


@pytest.mark.parametrize(("trigger", "sentence", "back"), [
    ("meeting", "The meeting in the Great Hall lasted two hours.", True),
    ("talks", "Both sides described their talks as candid.", True),
    ("visit", "During this two-day visit, she met Li Qiang.", True),
    ("meeting", "Biden will hold a meeting with Xi next month.", False),
    ("talks", "On Monday the United States held talks with China.", False),
    ("met", "The two met for three hours.", False),
    (None, "The meeting was long.", False),
])
def test_fuse_refers_back(trigger, sentence, back):
    assert refers_back(_m("1", D, trigger=trigger, sentence=sentence)) is back


@dataclass
class _Entry:
    name: str
    kind: str


@dataclass
class _KB:
    entries: list[_Entry] = field(default_factory=lambda: [
        _Entry("Xi Jinping", "person"), _Entry("Wang Yi", "person"),
        _Entry("Wang Wenbin", "person"), _Entry("Beijing", "metonym")])

    def find(self, surface: str) -> list[_Entry]:
        return [e for e in self.entries if e.name == surface or
                (surface == "Xi" and e.name == "Xi Jinping")]

    def aliases(self, kinds):
        return [(e.name, e) for e in self.entries if e.kind in kinds]


@pytest.mark.parametrize(("name", "person"), [
    ("Xi Jinping", "Xi Jinping"),
    ("Xi", "Xi Jinping"),          # an alias the base knows
    ("Jinping", "Xi Jinping"),     # the words of one person only
    ("Wang", None),                # two people: nobody in particular
    ("Beijing", None),             # not a person
    ("Hsiao Bi-khim", None),       # unknown words
    (None, None),
])
def test_fuse_person_filter_canonical_names(name, person):
    assert person_filter(_KB())(name) == person


def test_fuse_mention_from_event_keeps_evidence():
    from detente.model import Actor, DatePrecision, Event, EventDate, Evidence, Location, Status

    ev = Event(
        event_id="e1", article_id="a1",
        source=Actor("Biden", "Joe Biden", "USAGOV", "USA", "GOV"),
        target=Actor("Beijing", "Beijing", "CHNGOV", "CHN", "GOV"),
        cameo="043", root="04", label="Host a visit", goldstein=2.8, quad_class=1,
        status=Status.HAPPENED, date=EventDate("2023-11-15", DatePrecision.DAY),
        evidence=Evidence("Biden met Xi.", 0, 13, "met"), location=Location("Woodside", "USA"))
    m = mention_from_event(ev, date(2023, 11, 16), lambda n: n if n == "Joe Biden" else None)
    assert (m.source_name, m.target_name) == ("Joe Biden", None)
    assert (m.trigger, m.sentence, m.location_country) == ("met", "Biden met Xi.", "USA")
    assert (m.status, m.date_precision) == ("happened", "day")
    assert replace(m, status="planned").status == "planned"


def _event(eid, article, sentence, status="happened", value="2023-11-15", prec="day",
           src="Joe Biden", tgt="Xi Jinping"):
    from detente.model import Actor, DatePrecision, Event, EventDate, Evidence, Status

    return Event(
        event_id=eid, article_id=article,
        source=Actor(src, src, "USAGOV", "USA", "GOV"),
        target=Actor(tgt, tgt, "CHNGOV", "CHN", "GOV"),
        cameo="043", root="04", label="Host a visit", goldstein=2.8, quad_class=1,
        status=Status(status), date=EventDate(value, DatePrecision(prec)),
        evidence=Evidence(sentence, 0, len(sentence), "met"))


def _gold(sentence, story=None, status="happened", value="2023-11-15"):
    g = {"source": "USA GOV", "target": "CHN GOV", "cameo": "043", "status": status,
         "date": {"value": value, "precision": "day"}, "evidence": sentence}
    return {"story": story, **g} if story else g


def test_fuse_eval_scores_merges_and_links_against_story_ids():
    from detente.evaluate import fusion_scores

    s1, s2 = "Biden will meet Xi on Wednesday.", "Biden met Xi on Wednesday."
    s3, s4 = "Biden met Xi at Filoli.", "Biden met Xi in Bali."
    pairs = [
        (_gold(s1, "summit", "planned"), _event("1", "a", s1, "planned"), date(2023, 11, 10)),
        (_gold(s2, "summit"), _event("2", "b", s2), date(2023, 11, 16)),
        (_gold(s3, "summit"), _event("3", "c", s3), date(2023, 11, 16)),
        # told once, and fused with nothing
        (_gold(s4, None, value="2022-11-14"), _event("4", "d", s4, value="2022-11-14"),
         date(2022, 11, 15)),
    ]
    preds = [(p, pub) for _, p, pub in pairs]
    rep = fusion_scores(pairs, preds)
    assert rep["identity"] == "story" and rep["events"] == 4
    assert (rep["true_merges"], rep["false_merges"], rep["missed_merges"]) == (3, 0, 0)
    assert rep["pairwise_precision"] == 1.0 and rep["pairwise_recall"] == 1.0
    # the plan and each realized telling: two planned->realized pairs, both linked
    assert rep["links"]["true"] == 2 and rep["links"]["precision"] == 1.0
    assert rep["all_matched"]["events"] == 4


def test_fuse_eval_false_merge_when_the_gold_keeps_two_stories():
    from detente.evaluate import fusion_scores

    s1, s2 = "Biden met Xi on Wednesday.", "Biden met Xi at Filoli."
    pairs = [(_gold(s1, "meeting-a"), _event("1", "a", s1), date(2023, 11, 16)),
             (_gold(s2, "meeting-b"), _event("2", "b", s2), date(2023, 11, 16))]
    rep = fusion_scores(pairs, [(p, pub) for _, p, pub in pairs])
    assert (rep["true_merges"], rep["false_merges"], rep["missed_merges"]) == (0, 1, 0)
    assert rep["pairwise_precision"] == 0.0 and rep["pairwise_recall"] is None
    assert rep["false_merge_pairs"][0]["gold"] == ["meeting-a", "meeting-b"]
