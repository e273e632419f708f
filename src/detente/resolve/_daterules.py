"""Rules behind :mod:`detente.resolve.dates`: vocabulary, regular expressions, resolvers.

Each rule is ``(kind, regex, handler)``; a handler gets the match, the publication date (or
``None``) and the tense and returns an :class:`~detente.model.EventDate`, or ``None`` when
the match is not a time expression after all ("May" the verb, "the fall of Kabul").
:func:`candidates` runs all rules over a text and keeps the longest non-overlapping matches.
Private to the package: use the functions of :mod:`detente.resolve.dates`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from detente.model import DatePrecision, EventDate

# --------------------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    # vague quantities get a conventional value
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}
#: season -> (quarter, first month, last month); winter's months are Dec (previous year)..Feb
_SEASONS = {
    "spring": (2, 3, 5),
    "summer": (3, 6, 8),
    "fall": (4, 9, 11),
    "autumn": (4, 9, 11),
    "winter": (1, 12, 2),
}


def _mon(g: str) -> str:
    full = "January|February|March|April|May|June|July|August|September|October|November|December"
    abbr = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    return rf"(?P<{g}>(?:{full})\b|(?:{abbr})(?:\.|\b(?![-'’])))"


def _mon_full(g: str) -> str:
    full = "January|February|March|April|May|June|July|August|September|October|November|December"
    return rf"(?P<{g}>(?:{full}))\b"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"


def _year(g: str) -> str:
    return rf"(?<![\d,.])(?P<{g}>(?:1[89]|20)\d\d)(?![\d])"


_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WD_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_PREP = (
    r"(?:(?P<prep>(?i:on|in|since|during|by|until|till|from|at|over|through|throughout|before|"
    r"after|as\s+of|starting|beginning|as\s+early\s+as|no\s+later\s+than|within|between|"
    r"for|of))\s+)?"
)
#: number words past twelve: "thirteen", "forty", "forty-one", "twenty five"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_BIG_NUM = (r"(?:(?:thir|four|fif|six|seven|eigh|nine)teen|" + _TENS
            + r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?)")
_NUM = (
    r"(?P<num>\d{1,2}|a\s+couple\s+of|couple\s+of|a\s+few|an?|" + _BIG_NUM
    + r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"
)
_MOD = (
    r"(?:(?P<mod>early|earlier|mid-?|late|later|the\s+(?:very\s+)?(?:end|beginning|start|"
    r"middle|rest|remainder)\s+of|the\s+(?:first|second)\s+half\s+of)\s*)?"
)
_DASH = r"\s*(?:-|–|—|to|through|until|and)\s*"
_B = r"(?<![\w-])"  # start of a word
_YREL = r"(?:,?\s+(?P<yrel>(?i:this|last|next))\s+(?i:year)\b)?"  # "March 31, this year"
_XDASH = r"\s*(?:-|–|—|to|through|until)\s*"  # between two months: no "and" (a list)


# --------------------------------------------------------------------------- helpers


def _ed(value: str | None, precision: DatePrecision, text: str | None) -> EventDate:
    return EventDate(value, precision, text)


def _unknown(text: str | None) -> EventDate:
    return EventDate(None, DatePrecision.UNKNOWN, text)


def _day_v(d: date) -> str:
    return d.isoformat()


def _week_v(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _month_v(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


_TEEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90, "thirteen": 13, "fourteen": 14,
              "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _num(s: str) -> int:
    s = " ".join(s.lower().split())
    if s.isdigit():
        return int(s)
    if s in _NUMBERS:
        return _NUMBERS[s]
    # "forty-one", "twenty five", "fifteen"
    head, _, unit = s.replace("-", " ").partition(" ")
    if head in _TEEN_TENS:
        return _TEEN_TENS[head] + _NUMBERS.get(unit, 0)
    return 1


def _pick(
    cands: Sequence[tuple[int, ...]], ref: tuple[int, ...], tense: str, strict: str = ""
) -> tuple[int, ...]:
    """Choose among comparable candidates relative to ``ref``.

    ``strict`` = "before"/"after" forces a strict comparison; otherwise the tense decides
    (past: latest <= ref, future: earliest >= ref, present: nearest by position in list).
    """
    cands = sorted(cands)
    if strict == "before" or (not strict and tense == "past"):
        ok = [c for c in cands if (c < ref if strict else c <= ref)]
        return ok[-1] if ok else cands[0]
    if strict == "after" or (not strict and tense == "future"):
        ok = [c for c in cands if (c > ref if strict else c >= ref)]
        return ok[0] if ok else cands[-1]
    # present: nearest; ties go to the future
    return min(cands, key=lambda c: (abs(_ordinal(c) - _ordinal(ref)), -_ordinal(c)))


def _ordinal(t: tuple[int, ...]) -> int:
    if len(t) == 3:
        return date(*t).toordinal()
    if len(t) == 2:
        return t[0] * 12 + t[1]
    return t[0]


def _month_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --------------------------------------------------------------------------- handlers
# Each handler gets the match, the publication date (or None) and the tense and returns an
# EventDate, or None when the match is not a time expression after all (e.g. "May" the verb).

_Handler = Callable[[re.Match[str], date | None, str], EventDate | None]


def _h_iso(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    d = _month_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return _ed(_day_v(d), DatePrecision.DAY, m[0])


def _h_full_date(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    y, mo = int(m["y"]), _month_num(m["m"])
    d = _month_day(y, mo, int(m["d"]))
    if d is None:  # "February 30, 2023": keep what is certain
        return _ed(_month_v(y, mo), DatePrecision.MONTH, m[0])
    return _ed(_day_v(d), DatePrecision.DAY, m[0])


def _h_range(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"Oct. 26-28", "September 16 and 17", "Oct 30 - Nov 2": a multi-day event is dated by
    the smallest unit that covers it (the ISO week, else the month), not by its first day."""
    start = _h_month_day(m, pub, tense)
    if start is None or start.precision != DatePrecision.DAY or not start.value:
        return start
    first = date.fromisoformat(start.value)
    gd = m.groupdict()
    if gd.get("d2"):
        end = _month_day(first.year, first.month, int(gd["d2"]))
    else:
        mo2 = _month_num(gd["m2"])
        end = _month_day(first.year + (mo2 < first.month), mo2, int(gd["d3"]))
    if end is None or end < first:
        return start
    return _span_value(first, end, m[0])


def _h_month_day(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    mo, dd = _month_num(m["m"]), int(m["d"])
    if not 1 <= dd <= 31:
        return None
    if pub is None:
        return _unknown(m[0])
    yrel = (m.groupdict().get("yrel") or "").lower()
    if yrel:
        y = pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
        d = _month_day(y, mo, dd)
        if d is None:
            return _ed(_month_v(y, mo), DatePrecision.MONTH, m[0])
        return _ed(_day_v(d), DatePrecision.DAY, m[0])
    cands = [(y, mo, dd) for y in (pub.year - 1, pub.year, pub.year + 1) if _month_day(y, mo, dd)]
    if not cands:
        return _unknown(m[0])
    y, mo, dd = _pick(cands, (pub.year, pub.month, pub.day), tense)
    return _ed(_day_v(date(y, mo, dd)), DatePrecision.DAY, m[0])


def _h_month_year(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    mo = _month_num(m["m"])
    if m["y"]:
        return _ed(_month_v(int(m["y"]), mo), DatePrecision.MONTH, m[0])
    if pub is None:
        return _unknown(m[0])
    off = {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    return _ed(_month_v(pub.year + off, mo), DatePrecision.MONTH, m[0])


def _h_month(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    name = m["m"]
    rel = " ".join((m["rel"] or "").lower().split())
    if name == "May" and not (m["prep"] or rel or m["mod"]):
        return None  # "May" the modal verb
    if (
        name == "March"
        and not (m["prep"] or rel or m["mod"])
        and m.end() < len(m.string)
        and (m.string[m.end() : m.end() + 3] in (" on", " to"))
    ):
        return None  # "March on Washington" / "march to"
    if pub is None:
        return _unknown(m[0])
    mo = _month_num(name)
    cands = [(y, mo) for y in range(pub.year - 2, pub.year + 3)]
    ref = (pub.year, pub.month)
    if rel == "this":
        return _ed(_month_v(pub.year, mo), DatePrecision.MONTH, m[0])
    strict = {
        "last": "before",
        "this past": "before",
        "past": "before",
        "next": "after",
        "this coming": "after",
        "coming": "after",
    }.get(rel, "")
    y, mo = _pick(cands, ref, tense, strict)
    return _ed(_month_v(y, mo), DatePrecision.MONTH, m[0])


def _weekday_date(pub: date, wd: int, rel: str, tense: str) -> date:
    """The day named by a weekday (0 = Monday) with an optional "last"/"next"/"this"."""
    if rel == "this":
        return pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
    back = (pub.weekday() - wd) % 7  # days back to the most recent such day (0 = today)
    fwd = (wd - pub.weekday()) % 7
    if rel in ("last", "this past", "past"):
        return pub - timedelta(days=back or 7)
    if rel in ("next", "this coming", "coming"):
        return pub + timedelta(days=fwd or 7)
    if tense == "future":
        return pub + timedelta(days=fwd)
    if tense == "present":
        return pub - timedelta(days=back) if back <= fwd else pub + timedelta(days=fwd)
    return pub - timedelta(days=back)


def _h_weekday(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if pub is None:
        return _unknown(m[0])
    wd = _WEEKDAYS[m["wd"].lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    return _ed(_day_v(_weekday_date(pub, wd, rel, tense)), DatePrecision.DAY, m[0])


def _span_value(first: date, end: date, text: str) -> EventDate:
    """A multi-day event: the smallest unit that covers it (ISO week, else month), else its
    first day."""
    if first.isocalendar()[:2] == end.isocalendar()[:2]:
        return _ed(_week_v(first), DatePrecision.WEEK, text)
    if (first.year, first.month) == (end.year, end.month):
        return _ed(_month_v(first.year, first.month), DatePrecision.MONTH, text)
    return _ed(_day_v(first), DatePrecision.DAY, text)


def _h_weekday_range(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"from Thursday to Saturday", "on Wednesday and Thursday": the first day is anchored
    like a single weekday, the last is the first such day after it."""
    if pub is None:
        return _unknown(m[0])
    wd, wd2 = _WEEKDAYS[m["wd"].lower()], _WEEKDAYS[m["wd2"].lower()]
    if wd == wd2:
        return None
    rel = " ".join((m["rel"] or "").lower().split())
    first = _weekday_date(pub, wd, rel, tense)
    return _span_value(first, first + timedelta(days=(wd2 - wd) % 7), m[0])


_RELDAY = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


def _h_relday(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if pub is None:
        return _unknown(m[0])
    w = " ".join(m["w"].lower().split())
    return _ed(_day_v(pub + timedelta(days=_RELDAY[w])), DatePrecision.DAY, m[0])


def _h_ordinal_day(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"on the 18th" in a news report: that day of the publication month, or of the month
    before (past) / after (future) when the day does not fit."""
    n = int(m["n"])
    if not 1 <= n <= 31:
        return None
    if pub is None:
        return _unknown(m[0])
    y, mo = pub.year, pub.month
    if tense == "future":
        if n < pub.day:
            y, mo = _add_months(y, mo, 1)
    elif n > pub.day:
        y, mo = _add_months(y, mo, -1)
    d = _month_day(y, mo, n)
    return _ed(_day_v(d), DatePrecision.DAY, m[0]) if d else None


_REL_OFFSET = {
    "this": 0,
    "current": 0,
    "the": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "this past": -1,
    "next": 1,
    "coming": 1,
    "this coming": 1,
}


def _unit_value(pub: date, unit: str, off: int) -> EventDate:
    """The unit (week/month/quarter/year/day) containing ``pub`` moved by ``off`` units."""
    if unit == "day":
        return _ed(_day_v(pub + timedelta(days=off)), DatePrecision.DAY, None)
    if unit == "week":
        return _ed(_week_v(pub + timedelta(weeks=off)), DatePrecision.WEEK, None)
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, off)
        return _ed(_month_v(y, mo), DatePrecision.MONTH, None)
    if unit == "quarter":
        n = pub.year * 4 + (pub.month - 1) // 3 + off
        return _ed(f"{n // 4:04d}-Q{n % 4 + 1}", DatePrecision.QUARTER, None)
    return _ed(f"{pub.year + off:04d}", DatePrecision.YEAR, None)


def _with_text(ed: EventDate, text: str) -> EventDate:
    return EventDate(ed.value, ed.precision, text)


def _weekend(pub: date, off_weeks: int, text: str) -> EventDate:
    return _ed(_week_v(pub + timedelta(weeks=off_weeks)), DatePrecision.WEEK, text)


def _h_rel_unit(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if pub is None:
        return _unknown(m[0])
    rel = " ".join((m["rel"] or "the").lower().split())
    unit = m["unit"].lower()
    off = _REL_OFFSET.get(rel, 0)
    if unit == "weekend":
        if rel == "the":  # "over the weekend": tense decides
            if tense == "past":
                off = 0 if pub.weekday() >= 5 else -1
            else:
                off = 0
        return _weekend(pub, off, m[0])
    return _with_text(_unit_value(pub, unit, off), m[0])


def _h_span(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if pub is None:
        return _unknown(m[0])
    rel = m["rel"].lower()
    n = _num(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if (m["prep"] or "").lower() == "within" and rel in ("next", "coming"):
        # "within the next three months": a deadline, not a time -- nothing in the window
        # says when (the gold sets give such events the publication date)
        return EventDate(pub.isoformat(), DatePrecision.PUBLICATION, m[0])
    off = -n if rel in ("past", "last", "previous") else 1
    return _with_text(_unit_value(pub, unit, off), m[0])


def _h_vague_span(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"in the coming days", "in recent weeks", "over the next few months": a few units
    ahead or back (days ~3, weeks ~2, months ~2), one unit coarser (days -> the week,
    weeks -> the month, months -> the quarter)."""
    if pub is None:
        return _unknown(m[0])
    sign = -1 if m["rel"].lower() in ("past", "last", "recent", "previous") else 1
    unit = m["unit"].lower()
    if unit == "days":
        return _ed(_week_v(pub + timedelta(days=3 * sign)), DatePrecision.WEEK, m[0])
    if unit == "weeks":
        d = pub + timedelta(days=14 * sign)
        return _ed(_month_v(d.year, d.month), DatePrecision.MONTH, m[0])
    y, mo = _add_months(pub.year, pub.month, 2 * sign)
    return _ed(f"{y:04d}-Q{(mo - 1) // 3 + 1}", DatePrecision.QUARTER, m[0])


def _h_ago(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if pub is None:
        return _unknown(m[0])
    n = _num(m["num"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "hour":
        unit, n = "day", n // 24
    elif unit == "decade":
        unit, n = "year", 10 * n
    return _with_text(_unit_value(pub, unit, -n), m[0])


def _h_quarter(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    q = int(m["q"]) if m["q"] else _ORDINALS[m["ord"].lower()]
    year = m["y"] or m["y2"]
    if year:
        return _ed(f"{year}-Q{q}", DatePrecision.QUARTER, m[0])
    if pub is None:
        return _unknown(m[0])
    yrel = (m["yrel"] or "").lower()
    if yrel:
        off = {"this": 0, "the": 0, "last": -1, "next": 1}[yrel]
        return _ed(f"{pub.year + off:04d}-Q{q}", DatePrecision.QUARTER, m[0])
    # quarters compared as their first months, so "present" measures distance in months
    cands = [(y, 3 * q - 2) for y in range(pub.year - 2, pub.year + 3)]
    y, mo = _pick(cands, (pub.year, 3 * ((pub.month - 1) // 3) + 1), tense)
    return _ed(f"{y:04d}-Q{(mo + 2) // 3}", DatePrecision.QUARTER, m[0])


def _h_half(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    if m["y"]:
        return _ed(m["y"], DatePrecision.YEAR, m[0])
    if pub is None:
        return _unknown(m[0])
    off = {"this": 0, "the": 0, "last": -1, "next": 1}[(m["yrel"] or "the").lower()]
    return _ed(f"{pub.year + off:04d}", DatePrecision.YEAR, m[0])


#: words after "the 2019" that do not make the year a modifier of a noun
_NOT_NOUNS = frozenset(
    "and or to as when while that which who where with at on in for of by from after before "
    "but than until since during if because so though although was were is are has have had "
    "he she it they we".split())
_TEMPORAL_PREPS = frozenset(
    ("in", "since", "during", "by", "until", "till", "before", "after", "through",
     "throughout", "as of", "starting", "beginning", "as early as", "no later than"))


def _h_year(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    prep = " ".join((m["prep"] or "").lower().split())
    if not (m["mod"] or m["the"]) and prep in ("", "over", "for", "at", "on", "within", "of"):
        # a bare four-digit number may be a count: "2000 troops", "over 2000 people"
        return None
    if m["the"] and not m["mod"] and prep not in _TEMPORAL_PREPS:
        # "the 1945 atomic bombing", "lifted the 2019 restrictions": the year says when the
        # noun's own event was, not when anything else in the sentence happened
        nxt = re.match(r"\s+([a-z][a-z-]*)", m.string[m.end():])
        if nxt and nxt.group(1) not in _NOT_NOUNS:
            return None
    return _ed(m["y"], DatePrecision.YEAR, m[0])


def _season_span(season: str, y: int) -> tuple[date, date]:
    _, first, last = _SEASONS[season]
    if season == "winter":
        return date(y - 1, 12, 1), date(y, 3, 1) - timedelta(days=1)
    end = date(y, last + 1, 1) - timedelta(days=1)
    return date(y, first, 1), end


def _h_season(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    season = m["s"].lower()
    rel = " ".join((m["rel"] or "").lower().split())
    if not (m["prep"] or rel or m["y"]):
        return None  # "prices fall", "spring into action"
    if not m["y"] and m.string[m.end() : m.end() + 4] == " of ":
        return None  # "the fall of Kabul"
    q = _SEASONS[season][0]
    if m["y"]:
        return _ed(f"{m['y']}-Q{q}", DatePrecision.QUARTER, m[0])
    if pub is None:
        return _unknown(m[0])
    years = list(range(pub.year - 2, pub.year + 3))
    spans = [(y, *_season_span(season, y)) for y in years]

    def dist(s: tuple[int, date, date]) -> int:
        _, a, b = s
        return 0 if a <= pub <= b else min(abs((a - pub).days), abs((pub - b).days))

    if rel in ("last", "past", "this past"):
        ok = [s for s in spans if s[2] < pub]
        y = ok[-1][0]
    elif rel in ("next", "coming", "this coming"):
        ok = [s for s in spans if s[1] > pub]
        y = ok[0][0]
    elif rel == "this" or tense == "present":
        y = min(spans, key=dist)[0]
    elif tense == "future":
        y = [s for s in spans if s[2] >= pub][0][0]
    else:
        y = [s for s in spans if s[1] <= pub][-1][0]
    return _ed(f"{y:04d}-Q{q}", DatePrecision.QUARTER, m[0])


# --------------------------------------------------------------------------- rules

_SEP = r",?\s+"
_RULES: list[tuple[str, re.Pattern[str], _Handler]] = [
    (
        "date",
        re.compile(
            _B + _PREP + r"(?<![\d-])(?P<y>(?:1[89]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-"
            r"(?P<d>[0-3]\d)(?![\d-])"
        ),
        _h_iso,
    ),
    (
        "date",
        re.compile(
            _B
            + _PREP
            + r"(?:the\s+)?"
            + _WD_PREFIX
            + _mon("m")
            + r"\s+"
            + _day("d")
            + r"(?:"
            + _DASH
            + _day("d2")
            + r"|"
            + _XDASH
            + _mon("m2")
            + r"\s+"
            + _day("d3")
            + r")?"
            + _SEP
            + _year("y")
        ),
        _h_full_date,
    ),
    (
        "date",
        re.compile(
            _B
            + _PREP
            + _WD_PREFIX
            + r"(?:the\s+)?"
            + _day("d")
            + r"(?:\s*[-–]\s*"
            + _day("d2")
            + r")?\s+(?:of\s+)?"
            + _mon("m")
            + _SEP
            + _year("y")
        ),
        _h_full_date,
    ),
    (
        "range",
        re.compile(
            _B
            + _PREP
            + _mon("m")
            + r"\s+"
            + _day("d")
            + r"(?:"
            + _DASH
            + _day("d2")
            + r"|"
            + _XDASH
            + _mon("m2")
            + r"\s+"
            + _day("d3")
            + r")"
            + r"(?![\d,]*\s*(?:1[89]|20)\d\d)"
        ),
        _h_range,
    ),
    (
        "month_day",
        re.compile(
            _B + _PREP + r"(?:the\s+)?" + _WD_PREFIX + _mon("m") + r"\s+" + _day("d") + _YREL
        ),
        _h_month_day,
    ),
    (
        "month_day",
        re.compile(
            _B
            + _PREP
            + _WD_PREFIX
            + r"(?:the\s+)?"
            + _day("d")
            + r"\s+(?:of\s+)?"
            + _mon("m")
            + _YREL
        ),
        _h_month_day,
    ),
    (
        "month",
        re.compile(
            _B
            + _PREP
            + _MOD
            + _mon("m")
            + r"(?:"
            + _SEP
            + r"(?:of\s+)?"
            + _year("y")
            + r"|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year)\b)"
        ),
        _h_month_year,
    ),
    (
        "month",
        re.compile(
            _B + _PREP + r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|"
            r"coming))\s+)?" + _MOD + _mon_full("m") + r"(?!\s+\d)"
        ),
        _h_month,
    ),
    (
        "weekday",
        re.compile(
            _B + _PREP + r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|"
            r"coming|past))\s+)?" + _WD + r"(?:\s+(?i:morning|afternoon|evening|night))?"
        ),
        _h_weekday,
    ),
    (
        "day",
        re.compile(
            _B + _PREP + r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after"
            r"\s+tomorrow|yesterday|today|tonight|tomorrow|earlier\s+today|later\s+today"
            r"|this\s+morning|this\s+afternoon|this\s+evening|last\s+night))"
            r"(?:\s+(?i:morning|afternoon|evening|night))?(?![\w-])"
        ),
        _h_relday,
    ),
    (
        "week",
        re.compile(
            _B + _PREP + r"(?i:" + _MOD + r"(?:the\s+)?(?P<rel>this\s+past|this\s+coming|"
            r"this|last|next|past|previous|coming|current)\s+(?P<unit>week|weekend|month|"
            r"quarter|year)(?![\w-]))"
        ),
        _h_rel_unit,
    ),
    (
        "week",
        re.compile(
            _B + _PREP + r"(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|rest|"
            r"remainder)\s+of\s+the\s+(?P<unit>week|month|quarter|year)(?![\w-]))"
            r"(?P<rel>)"
        ),
        _h_rel_unit,
    ),
    (
        "weekend",
        re.compile(
            _B + r"(?P<prep>(?i:over|at|on|during|for|until|by))\s+"
            r"(?i:the\s+(?P<unit>weekend))(?P<rel>)(?![\w-])"
        ),
        _h_rel_unit,
    ),
    (
        "span",
        re.compile(
            _B
            + _PREP
            + r"(?i:(?:the\s+)?(?P<rel>past|last|previous|next|coming)\s+"
            + _NUM
            + r"\s+(?P<unit>days|weeks|months|years|quarters)(?![\w-]))"
        ),
        _h_span,
    ),
    (
        "ago",
        re.compile(
            _B
            + r"(?i:"
            + _NUM
            + r"\s+(?P<unit>hours?|days?|weeks?|months?|years?|decades?)\s+ago)\b"
        ),
        _h_ago,
    ),
    (
        "quarter",
        re.compile(
            _B + _PREP + r"(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|"
            r"2nd|3rd|4th)\s+quarter)(?:\s+(?i:of)\s+(?:"
            + _year("y")
            + r"|(?P<yrel>(?i:this|last|next|the))\s+(?i:year)))?(?P<q>)(?P<y2>)"
        ),
        _h_quarter,
    ),
    (
        "quarter",
        re.compile(
            _B + _PREP + r"(?:(?i:the\s+))?(?:" + _year("y2") + r"\s+)?Q(?P<q>[1-4])"
            r"(?:(?:\s+|[-/])(?:of\s+)?" + _year("y") + r")?(?![\w])(?P<ord>)(?P<yrel>)"
        ),
        _h_quarter,
    ),
    (
        "year",
        re.compile(
            _B
            + _PREP
            + r"(?i:the\s+(?:first|second)\s+half\s+of\s+)(?:"
            + _year("y")
            + r"|(?P<yrel>(?i:this|last|next|the))\s+(?i:year)\b)"
        ),
        _h_half,
    ),
    (
        "season",
        re.compile(
            _B + _PREP + r"(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|past|"
            r"coming|the))\s+)?(?:(?i:early|mid-?|late)\s*)?(?:(?i:the)\s+)?"
            r"(?P<s>(?i:summer|spring|fall|autumn|winter))(?:\s+(?:of\s+)?"
            + _year("y")
            + r")?(?![\w-])"
        ),
        _h_season,
    ),
    (
        "year",
        re.compile(
            _B
            + _PREP
            + r"(?P<the>(?i:the)\s+)?"
            + r"(?i:"
            + _MOD
            + r")"
            + _year("y")
            # "2015-16" (a fiscal year or a range: its start); "the 1980s" is no time point
            + r"(?:[-–/](?:\d\d|(?:19|20)\d\d))?(?![\w-])"
        ),
        _h_year,
    ),
]

# Cheap tests that must pass before a rule's regex runs (one per rule, same order): most
# sentences contain no time expression, and most rules can be ruled out by a substring or by
# a short pattern that every match of the rule contains (a pattern with a literal start is
# found much faster than a rule, which may start anywhere). A gate may pass when its rule
# finds nothing, never the other way round.
_MONTH_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_UNIT_WORDS = ("week", "month", "quarter", "year")
_DAY_WORDS = (
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
)
_SPAN_WORDS = ("days", "weeks", "months", "years", "quarters")
_SEASON_WORDS = ("summer", "spring", "fall", "autumn", "winter")
_ASCII_DIGIT = re.compile(r"[0-9]")
#: what every match of a rule holds: a year, an ISO date, a month name before a day ("Nov.
#: 15") or after one ("15th of November"), a full month name, a weekday, a day ordinal, a
#: relative unit ("last week"), the end of a unit ("the end of the month")
_YEAR_HINT = re.compile(r"(?:1[89]|20)\d\d")
_ISO_HINT = re.compile(r"\d-(?:0[1-9]|1[0-2])-[0-3]\d")
_MONTH_DAY_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_DAY_MONTH_HINT = re.compile(
    r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_FULL_MONTH_HINT = re.compile(r"(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)\b")
_YEAR_WORD_HINT = re.compile(r"(?i:year)")
_WEEKDAY_HINT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)(?![\w-])")
_REL_UNIT_HINT = re.compile(r"(?i:(?:this|last|next|past|previous|coming|current)\s+"
                            r"(?:week|month|quarter|year))")
_UNIT_END_HINT = re.compile(r"(?i:of\s+the\s+(?:week|month|quarter|year))")
_SPAN_REL_HINT = re.compile(r"(?i:(?:past|last|previous|next|coming)\s)")
#: the core of a day range ("Oct. 26-28", "Oct 30 - Nov 2") and of a weekday range ("Thursday
#: to Saturday"), as the range rules spell it
_RANGE_HINT = re.compile(_mon("m") + r"\s+" + _day("d") + r"(?:" + _DASH + _day("d2") + r"|"
                         + _XDASH + _mon("m2") + r"\s+" + _day("d3") + r")")
_WEEKDAY_RANGE_HINT = re.compile(_WD + r"\s*(?:-|–|—|to|through|until|and)\s*"
                                 + _WD.replace("wd", "wd2"))


class _Hints:
    """What a text holds, for the gates: each test run once, not once per gate."""

    __slots__ = ("day_words", "digit", "low", "month", "seasons", "span_words", "text",
                 "unit_words", "year")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = low = text.lower()
        # (any character str.isdigit() takes: only 0-9 in ASCII text)
        self.digit = (_ASCII_DIGIT.search(text) is not None if text.isascii()
                      else any(map(str.isdigit, text)))
        self.month = _MONTH_HINT.search(text) is not None
        self.year = self.digit and _YEAR_HINT.search(text) is not None
        self.day_words = any(w in low for w in _DAY_WORDS)
        self.unit_words = any(w in low for w in _UNIT_WORDS)
        self.span_words = any(w in low for w in _SPAN_WORDS)
        self.seasons = any(w in low for w in _SEASON_WORDS)


#: words one of which every gate below asks for (with a digit or a month's abbreviation): a
#: text with none of them holds no time expression
_ANY_TIME_WORD = re.compile(r"day|week|month|quarter|year|ago|half|summer|spring|fall|autumn|"
                            r"winter|tomorrow|morning|afternoon|evening|night")



def no_time_hint(text: str) -> bool:
    """Whether ``text`` has no digit, no month's abbreviation and no time word: then neither
    it nor any copy of it with words blanked out (spaces for their characters) holds a time
    expression (:func:`candidates` finds none)."""
    if _ASCII_DIGIT.search(text) is not None or _MONTH_HINT.search(text) is not None:
        return False
    if not text.isascii() and any(map(str.isdigit, text)):
        return False
    return _ANY_TIME_WORD.search(text.lower()) is None


_Gate = Callable[[_Hints], bool]
_GATES: list[_Gate] = [
    lambda h: h.digit and _ISO_HINT.search(h.text) is not None,  # ISO date
    lambda h: h.year and h.month and _MONTH_DAY_HINT.search(h.text) is not None,  # Month D, Y
    lambda h: h.year and h.month and _DAY_MONTH_HINT.search(h.text) is not None,  # D Month Y
    lambda h: h.digit and h.month and _RANGE_HINT.search(h.text) is not None,  # ranges
    lambda h: h.digit and h.month and _MONTH_DAY_HINT.search(h.text) is not None,  # Month D
    lambda h: h.digit and h.month and _DAY_MONTH_HINT.search(h.text) is not None,  # D Month
    # Month YYYY / Month this year
    lambda h: h.month and (h.year or _YEAR_WORD_HINT.search(h.text) is not None),
    lambda h: h.month and _FULL_MONTH_HINT.search(h.text) is not None,  # month names
    lambda h: "day" in h.low and _WEEKDAY_HINT.search(h.text) is not None,  # weekdays
    lambda h: h.day_words,
    # this/last/next unit
    lambda h: h.unit_words and _REL_UNIT_HINT.search(h.text) is not None,
    # the end of the unit
    lambda h: h.unit_words and _UNIT_END_HINT.search(h.text) is not None,
    lambda h: "weekend" in h.low,
    lambda h: h.span_words and _SPAN_REL_HINT.search(h.text) is not None,
    lambda h: "ago" in h.low,
    lambda h: "quarter" in h.low,
    lambda h: "Q" in h.text and h.digit,
    lambda h: "half" in h.low,
    lambda h: h.seasons,
    lambda h: h.year,  # years
]
_RULES.append((
    "day",
    re.compile(_B + r"(?:on\s+)?(?i:the)\s+(?P<n>[1-3]?\d)(?:st|nd|rd|th)(?![\w-])"
               r"(?!\s+(?i:century|anniversary|time|round|day|year|floor|amendment|session))"
               # a numbered thing, not a day: "the 10th Trilateral Meeting", "the 20th
               # party congress", "the 5th annual summit" (a month name may follow: the day)
               r"(?!\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
               r"[A-Z][\w-])"
               r"(?!\s+(?i:meeting|summit|conference|congress|plenum|plenary|edition|annual|"
               r"consecutive|straight|largest|biggest|ministerial|dialogue|forum|"
               r"consultation|party|national|joint|trilateral|bilateral|summits|meetings)\b)"),
    _h_ordinal_day,
))
_GATES.append(lambda h: h.digit and "the " in h.low and _ORDINAL_HINT.search(h.text) is not None)
_RULES.append((
    "range",
    re.compile(_B + _PREP + r"(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next|coming|"
               r"past))\s+)?" + _WD + r"\s*(?:-|–|—|to|through|until|and)\s*"
               + _WD.replace("wd", "wd2")),
    _h_weekday_range,
))
_GATES.append(lambda h: "day" in h.low and _WEEKDAY_RANGE_HINT.search(h.text) is not None)
_RULES.append((
    "span",
    re.compile(_B + _PREP + r"(?i:(?:the\s+)?(?P<rel>coming|next|past|last|recent|previous)"
               r"\s+(?:few\s+)?(?P<unit>days|weeks|months)(?![\w-]))"),
    _h_vague_span,
))
_GATES.append(lambda h: any(w in h.low for w in ("days", "weeks", "months")))


def _h_fortnight(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"a fortnight ago": the week two weeks back, as "two weeks ago"."""
    if pub is None:
        return _unknown(m[0])
    return _ed(_week_v(pub - timedelta(days=14)), DatePrecision.WEEK, m[0])


_RULES.append((
    "week",
    re.compile(_B + r"(?i:a\s+fortnight\s+ago)(?P<unit>)(?![\w-])"),
    _h_fortnight,
))
_GATES.append(lambda h: "fortnight" in h.low)

#: the middle day of the n-th week of a month ("the first week of February": the 4th)
_WEEK_OF_MONTH = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _h_week_of_month(m: re.Match[str], pub: date | None, tense: str) -> EventDate | None:
    """"in the first week of February", "the last week of March 2023": that ISO week (the
    one holding the week's middle day), in the year the month is read in."""
    mo = _month_num(m["m"])
    if m["y"]:
        y = int(m["y"])
    elif pub is None:
        return _unknown(m[0])
    else:
        y = _pick([(yy, mo) for yy in range(pub.year - 2, pub.year + 3)],
                  (pub.year, pub.month), tense)[0]
    ordinal = m["ord"].lower()
    if ordinal in _WEEK_OF_MONTH:
        d = date(y, mo, _WEEK_OF_MONTH[ordinal])
    else:  # last, final
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        d = nxt - timedelta(days=4)
    return _ed(_week_v(d), DatePrecision.WEEK, m[0])


_RULES.append((
    "week",
    re.compile(_B + _PREP + r"(?i:the\s+(?P<ord>first|second|third|fourth|last|final)\s+week"
               r"\s+of)\s+" + _mon_full("m") + r"(?:,?\s+" + _year("y") + r")?(?P<unit>)"),
    _h_week_of_month,
))
_GATES.append(lambda h: h.month and "week of" in h.low)
assert len(_GATES) == len(_RULES)

_KIND_BY_UNIT = {
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}


def candidates(text: str) -> list[tuple[int, int, str, re.Match[str], _Handler]]:
    """Time expressions of ``text`` (start, end, kind, match, handler), longest first where
    they overlap. Cached: the extractor asks again for each event of a sentence."""
    return list(_candidates(text))


@functools.lru_cache(maxsize=1024)
def _candidates(text: str) -> tuple[tuple[int, int, str, re.Match[str], _Handler], ...]:
    found: list[tuple[int, int, str, re.Match[str], _Handler]] = []
    if no_time_hint(text):
        return ()
    hints = _Hints(text)
    for (kind, rx, handler), gate in zip(_RULES, _GATES, strict=True):
        if not gate(hints):
            continue
        for m in rx.finditer(text):
            if m.end() <= m.start():
                continue
            try:
                ok = handler(m, None, "past") is not None
            except (ValueError, KeyError, OverflowError, IndexError):
                ok = False
            if not ok:
                continue
            k = kind
            if kind == "week":
                k = _KIND_BY_UNIT.get((m["unit"] or "").lower(), kind)
            found.append((m.start(), m.end(), k, m, handler))
    # longest first; ties: earlier start, then rule order (stable sort keeps it)
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str, re.Match[str], _Handler]] = []
    for c in found:
        if all(c[1] <= o[0] or c[0] >= o[1] for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return tuple(chosen)
