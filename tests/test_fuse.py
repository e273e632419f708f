from __future__ import annotations

from datetime import date

from detente.fuse import Mention, fuse, interval


def _m(eid, pub, status="happened", value=None, prec="publication", src="USA", tgt="CHN",
       root="04", cameo="042", loc=None, sname=None):
    return Mention(eid, "a" + eid, pub, src, tgt, sname, None, cameo, root, status, value, prec,
                   loc)


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


def test_fuse_different_dates_stay_apart():
    ms = [_m("1", date(2023, 6, 20), value="2023-06-18", prec="day"),
          _m("2", date(2023, 7, 10), value="2023-07-07", prec="day")]
    events, _ = fuse(ms)
    assert len(events) == 2


def test_fuse_different_people_stay_apart():
    ms = [_m("1", date(2023, 9, 1), value="2023-06", prec="month", sname="Antony Blinken"),
          _m("2", date(2023, 9, 1), value="2023-06", prec="month", sname="Janet Yellen")]
    assert len(fuse(ms)[0]) == 2


def test_fuse_different_places_and_roots_stay_apart():
    ms = [_m("1", date(2023, 9, 18), value="2023-09", prec="month", loc="MLT"),
          _m("2", date(2023, 9, 18), value="2023-09", prec="month", loc="CHN"),
          _m("3", date(2023, 9, 18), value="2023-09", prec="month", root="11", cameo="111")]
    assert len(fuse(ms)[0]) == 3


def test_fuse_is_deterministic_and_order_free():
    ms = [_m(str(i), date(2023, 11, 16), value="2023-11-15", prec="day") for i in range(5)]
    a = fuse(ms)[0]
    b = fuse(list(reversed(ms)))[0]
    assert [e.fused_id for e in a] == [e.fused_id for e in b]


def test_fuse_interval_by_precision():
    assert interval(_m("1", date(2023, 10, 6), value="2023-09", prec="month")) == (
        date(2023, 9, 1), date(2023, 9, 30))
    assert interval(_m("1", date(2023, 10, 6), value="2023-W37", prec="week")) == (
        date(2023, 9, 11), date(2023, 9, 17))
    assert interval(_m("1", date(2023, 10, 6), "planned")) == (
        date(2023, 10, 6), date(2024, 1, 4))
