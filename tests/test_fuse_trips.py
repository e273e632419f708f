"""Fusion of visits, the meetings held during them, pair anaphora and long-lived plans.

Each case is a small set of mentions (our own sentences) and the events they must form."""

from __future__ import annotations

from datetime import date

import pytest

from detente.fuse import Mention, fuse, resolve_pairs, trip_kind


def _m(eid: str, pub: date, trigger: str, *, status: str = "happened", value: str | None = None,
       prec: str = "publication", src: str = "USA", tgt: str = "CHN", cameo: str = "042",
       sname: str | None = None, tname: str | None = None, stext: str | None = None,
       ttext: str | None = None, loc: str | None = "CHN", article: str | None = None,
       sentence: str | None = None, dtext: str | None = None) -> Mention:
    return Mention(
        event_id=eid, article_id=article or "a" + eid, published=pub, source_country=src,
        target_country=tgt, source_name=sname, target_name=tname, cameo=cameo, root=cameo[:2],
        status=status, date_value=value, date_precision=prec, location_country=loc,
        trigger=trigger, sentence=sentence or trigger, source_text=stext or sname,
        target_text=ttext or tname, date_text=dtext)


def _groups(ms: list[Mention]) -> list[set[str]]:
    events, _ = fuse(ms)
    return sorted(({*e.members} for e in events), key=lambda g: sorted(g))


J18, J19, J20 = date(2023, 6, 18), date(2023, 6, 19), date(2023, 6, 20)

# one visitor, three named counterparts over two days: the trip is none of its meetings
_BLINKEN_MEETINGS = [
    _m("qin", J18, "held talks", value="2023-06-18", prec="day", sname="Antony Blinken",
       tname="Qin Gang"),
    _m("wang", J19, "held talks", value="2023-06-19", prec="day", sname="Antony Blinken",
       tname="Wang Yi"),
    _m("xi", J19, "met", value="2023-06-19", prec="day", sname="Antony Blinken",
       tname="Xi Jinping"),
]

CASES = [
    ("a planned arrival on the day of one of several meetings is the trip, not that meeting",
     [*_BLINKEN_MEETINGS,
      _m("arrive", date(2023, 6, 14), "arrive", status="planned", value="2023-06-18",
         prec="day", sname="Antony Blinken", ttext="Beijing")],
     [{"arrive"}, {"qin"}, {"wang"}, {"xi"}]),
    ("the trip told on its first and its last day is one trip, apart from its meetings",
     [*_BLINKEN_MEETINGS,
      _m("arrive", date(2023, 6, 14), "arrive", status="planned", value="2023-06-18",
         prec="day", sname="Antony Blinken", ttext="Beijing"),
      _m("ended", J20, "visit", value="2023-06-20", prec="day", sname="Antony Blinken",
         ttext="China")],
     [{"arrive", "ended"}, {"qin"}, {"wang"}, {"xi"}]),
    ("a coarse 'went to Beijing in June' joins the trip, not a meeting",
     [*_BLINKEN_MEETINGS,
      _m("arrive", date(2023, 6, 14), "arrive", status="planned", value="2023-06-18",
         prec="day", sname="Antony Blinken", ttext="Beijing"),
      _m("went", date(2023, 12, 30), "went", value="2023-06", prec="month",
         sname="Antony Blinken", ttext="Beijing")],
     [{"arrive", "went"}, {"qin"}, {"wang"}, {"xi"}]),
    ("a leader's visit with one summit meeting is that meeting",
     [_m("talks", date(2023, 3, 16), "held talks", src="KOR", tgt="JPN", loc="JPN",
         value="2023-03-16", prec="day", sname="Yoon Suk Yeol", tname="Fumio Kishida"),
      _m("visit", date(2023, 5, 8), "visit", src="KOR", tgt="JPN", loc="JPN", value="2023-03",
         prec="month", sname="Yoon Suk Yeol", ttext="Japan")],
     [{"talks", "visit"}]),
    ("a trip 'for the meeting with Biden' names its counterpart: it is the meeting",
     [_m("met", date(2023, 11, 16), "met", src="USA", tgt="CHN", loc="USA", cameo="043",
         value="2023-11-15", prec="day", sname="Joe Biden", tname="Xi Jinping"),
      _m("travel", date(2023, 11, 10), "would travel", status="planned", src="CHN",
         tgt="USA", loc="USA", value="2023-W46", prec="week", sname="Xi Jinping",
         tname="Joe Biden"),
      _m("newsom", date(2023, 11, 16), "met", src="USA", tgt="CHN", loc="USA", cameo="043",
         value="2023-11-15", prec="day", sname="Gavin Newsom", tname="Xi Jinping")],
     [{"met", "travel"}, {"newsom"}]),
    ("two visits by one person a month apart are two trips",
     [_m("june", J20, "visit", value="2023-06-18", prec="day", sname="Antony Blinken"),
      _m("july", date(2023, 7, 20), "visit", value="2023-07-18", prec="day",
         sname="Antony Blinken")],
     [{"june"}, {"july"}]),
    ("'the two met' is the pair its article named, not another meeting that month",
     [_m("jak", date(2023, 7, 13), "met", loc="IDN", cameo="044", value="2023-07-13",
         prec="day", sname="Antony Blinken", tname="Wang Yi", article="x"),
      _m("two", date(2023, 7, 13), "met", value="2023-06", prec="month", stext="The two",
         ttext="The two", article="x"),
      _m("bw", J20, "held talks", value="2023-06-19", prec="day", sname="Antony Blinken",
         tname="Wang Yi"),
      _m("yq", J20, "met", value="2023-06-25", prec="day", sname="Janet Yellen",
         tname="Qin Gang")],
     [{"bw", "two"}, {"jak"}, {"yq"}]),
    ("'the visits' told without names are several trips, none of them in particular",
     [*(_m(f"b{i}", J20, "visit", value="2023-06", prec="month", sname="Antony Blinken")
        for i in range(4)),
      _m("y", J20, "visit", value="2023-06", prec="month", sname="Janet Yellen"),
      _m("visits", date(2023, 8, 28), "The visits", value="2023-06", prec="month",
         stext="officials", ttext="China")],
     [{"b0", "b1", "b2", "b3"}, {"visits"}, {"y"}]),
    ("'the visit' told without names goes to the trip told most",
     [*(_m(f"b{i}", J20, "visit", value="2023-06", prec="month", sname="Antony Blinken")
        for i in range(4)),
      _m("y", J20, "visit", value="2023-06", prec="month", sname="Janet Yellen"),
      _m("visit", date(2023, 8, 28), "The visit", value="2023-06", prec="month",
         stext="officials", ttext="China")],
     [{"b0", "b1", "b2", "b3", "visit"}, {"y"}]),
    ("drills begun on Saturday and still going on when told are the drills ended on Monday",
     [_m("began", date(2023, 4, 10), "drills", status="ongoing", src="CHN", tgt="TWN",
         cameo="150", loc="TWN", value="2023-04-08", prec="day",
         sentence="The drills, which began on Saturday, continued around the island."),
      _m("ended", date(2023, 4, 11), "drills", src="CHN", tgt="TWN", cameo="150", loc="TWN",
         value="2023-04-10", prec="day", sentence="The drills around the island ended on Monday.")],
     [{"began", "ended"}]),
    ("a visit still going on when told is the visit planned for that week",
     [_m("plan", date(2023, 7, 10), "visit", status="planned", value="2023-W29", prec="week",
         sname="John Kerry", ttext="China"),
      _m("on", date(2023, 7, 18), "visit", status="ongoing", value="2023-07-12", prec="day",
         sname="John Kerry", ttext="Beijing")],
     [{"on", "plan"}]),
    ("'has visited China since June' may be the visit in August",
     [_m("aug", date(2023, 8, 31), "visit", value="2023-08-30", prec="day",
         sname="Gina Raimondo", ttext="China"),
      _m("since", date(2023, 10, 25), "traveled", value="2023-06", prec="month",
         sname="Gina Raimondo", ttext="China", dtext="since June",
         sentence="Four cabinet members, Gina Raimondo among them, have traveled to China "
         "since June.")],
     [{"aug", "since"}]),
    ("'the first visit since June' is dated by the last one, in June",
     [_m("aug", date(2023, 8, 31), "visit", value="2023-08-30", prec="day",
         sname="Gina Raimondo", ttext="China"),
      _m("since", date(2023, 10, 25), "visit", value="2023-06", prec="month",
         sname="Gina Raimondo", ttext="China", dtext="since June",
         sentence="It was her first visit since June, when Gina Raimondo toured Shanghai.")],
     [{"aug"}, {"since"}]),
    ("'visited China in June' is not the visit in August",
     [_m("aug", date(2023, 8, 31), "visit", value="2023-08-30", prec="day",
         sname="Gina Raimondo", ttext="China"),
      _m("june", date(2023, 10, 25), "traveled", value="2023-06", prec="month",
         sname="Gina Raimondo", ttext="China", dtext="in June")],
     [{"aug"}, {"june"}]),
    ("meetings on two separate trips in a plan's horizon do not make it a multi-meeting trip",
     [*(_m(f"mar{i}", date(2023, 3, 17), "held talks", src="KOR", tgt="JPN", loc="JPN",
           value="2023-03-16", prec="day", sname="Yoon Suk Yeol", tname="Fumio Kishida")
        for i in range(3)),
      _m("jun", date(2023, 6, 21), "met", src="KOR", tgt="JPN", loc="JPN", value="2023-06-20",
         prec="day", sname="Yoon Suk Yeol", tname="Naruhito"),
      _m("plan", date(2023, 1, 10), "will visit", status="planned", src="KOR", tgt="JPN",
         loc="JPN", sname="Yoon Suk Yeol", ttext="Tokyo")],
     [{"jun"}, {"mar0", "mar1", "mar2", "plan"}]),
    ("an undated appeal told four days after another is a new appeal",
     [_m("call", date(2023, 6, 14), "told", src="CHN", tgt="USA", cameo="020", loc=None,
         sname="Qin Gang", tname="Antony Blinken",
         sentence="Qin told Blinken in the call that Washington should stop interfering in "
         "China's internal affairs over Taiwan."),
      _m("talks", date(2023, 6, 18), "urged", src="CHN", tgt="USA", cameo="020", loc=None,
         sname="Qin Gang", tname="Antony Blinken",
         sentence="Qin urged Blinken to stop interfering in China's internal affairs and "
         "called Taiwan the most consequential issue.")],
     [{"call"}, {"talks"}]),
    ("an undated appeal told the next day is the same appeal",
     [_m("call", date(2023, 6, 14), "told", src="CHN", tgt="USA", cameo="020", loc=None,
         sname="Qin Gang", tname="Antony Blinken",
         sentence="Qin told Blinken in the call that Washington should stop interfering in "
         "China's internal affairs over Taiwan."),
      _m("next", date(2023, 6, 15), "urged", src="CHN", tgt="USA", cameo="020", loc=None,
         sname="Qin Gang", tname="Antony Blinken",
         sentence="Qin urged Blinken to stop interfering in China's internal affairs and "
         "called Taiwan the most consequential issue.")],
     [{"call", "next"}]),
    ("a named intention comes true months later",
     [_m("hope", date(2023, 1, 19), "visit", status="uncertain", sname="Janet Yellen",
         ttext="China"),
      _m("ended", date(2023, 7, 10), "visit", value="2023-W27", prec="week",
         sname="Janet Yellen", ttext="China")],
     [{"ended", "hope"}]),
    ("an unnamed intention does not reach as far",
     [_m("hope", date(2023, 1, 19), "visit", status="uncertain", stext="officials",
         ttext="China"),
      _m("ended", date(2023, 7, 10), "visit", value="2023-W27", prec="week",
         sname="Janet Yellen", ttext="China")],
     [{"ended"}, {"hope"}]),
]


@pytest.mark.parametrize(("case", "mentions", "groups"), CASES, ids=[c[0] for c in CASES])
def test_fuse_trips_cases(case, mentions, groups):
    assert _groups(mentions) == sorted(groups, key=lambda g: sorted(g)), case
    assert _groups(list(reversed(mentions))) == sorted(groups, key=lambda g: sorted(g)), case


@pytest.mark.parametrize(("trigger", "sname", "tname", "cameo", "trip"), [
    ("arrive", "Antony Blinken", None, "042", True),
    ("made a return visit", "Fumio Kishida", None, "042", True),
    ("stopovers", "Tsai Ing-wen", None, "043", True),
    ("held talks", "Antony Blinken", None, "042", False),
    ("met", "Antony Blinken", "Qin Gang", "042", False),
    ("would travel", "Xi Jinping", "Joe Biden", "042", False),  # for the meeting with Biden
    ("visit", "Antony Blinken", None, "041", False),  # a call is never a trip
])
def test_fuse_trips_trip_kind(trigger, sname, tname, cameo, trip):
    m = _m("1", J18, trigger, sname=sname, tname=tname, cameo=cameo)
    assert trip_kind(m) is trip


@pytest.mark.parametrize(("text", "others", "named"), [
    ("The two", [("Antony Blinken", "Wang Yi")], ("Antony Blinken", "Wang Yi")),
    ("both sides", [("Antony Blinken", "Wang Yi")], ("Antony Blinken", "Wang Yi")),
    ("the two leaders", [("Antony Blinken", "Wang Yi")], (None, None)),  # a role word
    ("The two", [("Antony Blinken", "Wang Yi"), ("Jake Sullivan", "Wang Yi")], (None, None)),
    ("The two", [], (None, None)),
])
def test_fuse_trips_resolve_pairs(text, others, named):
    ms = [_m(f"o{i}", J18, "met", sname=s, tname=t, article="x") for i, (s, t) in
          enumerate(others)]
    anaphor = _m("two", J18, "met", stext=text, ttext=text, article="x")
    out = {m.event_id: m for m in resolve_pairs([*ms, anaphor])}
    assert (out["two"].source_name, out["two"].target_name) == named
