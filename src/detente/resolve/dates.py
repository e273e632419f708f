"""Time expressions in news sentences, anchored to the publication date.

Three steps, each usable on its own:

- :func:`find_time_expressions` finds expressions such as "on Friday", "last month",
  "Nov. 15", "in the first quarter", "two weeks ago" with character offsets
  (``text[start:end] == expr.text``). A leading preposition ("on", "in", "since", "at", ...)
  is part of the expression. Durations ("two-day talks", "for two weeks") are not time points
  and are not found.
- :func:`resolve` turns one expression into an :class:`~detente.model.EventDate` given the
  publication date and the tense of the governing verb ("past", "future", "present").
- :func:`event_date` picks the expression that belongs to an event trigger in a sentence.

Resolution rules (``pub`` is the publication date; decisions that the text leaves open):

- Values: day ``2023-09-17``, ISO week ``2023-W37``, month ``2023-09``, quarter ``2023-Q3``,
  year ``2023``.
- Weekdays ("Friday", "on Friday"): past tense -> the most recent such day *on or before*
  ``pub``; future tense -> the first such day *on or after* ``pub``; present -> the nearest.
  The same day is included because wire copy (AP/Reuters style) names the weekday even for
  the day of publication ("the president said Friday" in a Friday story). "last Friday" is
  strictly before ``pub``, "next Friday" strictly after (the first one, not the one in the
  following week), "this Friday" is the one in the ISO week of ``pub``.
- Month names without a year ("in November", "the November meeting"): past -> the most recent
  November *on or before* the publication month (the publication month itself included);
  future -> the first November on or after the publication month; present -> the nearest.
  "last November" is the most recent November strictly before the publication month (said in
  October 2023 it is 2022-11, in December 2023 it is 2023-11); "next November" the first one
  strictly after; "this November" / "November this year" the one in the publication year.
- Month-day without a year ("Nov. 15"): the nearest occurrence consistent with the tense
  (past: on or before ``pub``; future: on or after; present: nearest).
- Ranges ("from October 26 to 27", "Sept. 16-17") resolve to their start: ``EventDate`` has
  no end, the expression text keeps the whole range.
- Spans ("the past two weeks", "in the past month") resolve to the unit that contains the
  start of the window (``pub`` minus N units), at that unit's precision; "the next two weeks"
  resolves to the first unit after ``pub``'s (like "next week"). Vague spans ("in the coming
  days", "in recent weeks", "over the coming months") move a few units (days 3, weeks 2,
  months 2) and keep one unit coarser: the week, the month, the quarter.
- Weekday ranges ("from Thursday to Saturday", "on Wednesday and Thursday") anchor their
  first day like a single weekday and, like month-day ranges, give the ISO week that holds
  them (else the month).
- "N units after/before" ("three days after Tsai met McCarthy", "a month after a jet shot
  down a balloon") dates the clause that follows from the rest of the sentence
  (:func:`offset_date`).
- A year that modifies a noun ("the 1945 atomic bombing", "lifted the 2019 restrictions")
  dates that noun, and is not found as a time expression.
- "N units ago" -> the unit containing ``pub`` minus N units ("a decade ago" -> the year ten
  years back; "36 hours ago" -> a day).
- "in 2015-16" (fiscal years, ranges) -> the first year. Decades ("the 1990s") are not
  found: no precision fits them.
- Numeric dates: ISO ``2023-02-03``, ``2023/02/03``, day-first ``03.02.2023``; ``3/2/2023``
  is ambiguous (US month-first or day-first) unless one number exceeds 12, and gives UNKNOWN.
  dateparser is only consulted for other absolute dates with a year, and its answer is kept
  only when year, month and day are all written in the text (it fills gaps from today).
- Weekends are given as the ISO week that holds them (Saturday and Sunday share an ISO week).
- Seasons map to quarters (northern hemisphere): spring Q2, summer Q3, fall/autumn Q4, winter
  Q1 of the year that holds its January.
- "early/mid/late", "the end of", "the first half of" keep the precision of what they modify
  ("early next month" -> next month; "the first half of 2023" -> 2023).
- "at the end of the month/year" refers to the publication month/year.
- With ``published=None`` relative expressions give ``EventDate(None, UNKNOWN, text)``;
  expressions that carry their own year still resolve.

Nothing here raises on bad input: unparseable or impossible dates give an ``UNKNOWN`` date.
Use :func:`plausible` to flag dates far from the publication date ("in 2090").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from detente.model import DatePrecision, EventDate, period_start
from detente.resolve._daterules import (
    _MONTHS,
    _day,
    _day_v,
    _ed,
    _mon,
    _month_day,
    _month_num,
    _unknown,
    _year,
    candidates,
)

log = logging.getLogger(__name__)

__all__ = [
    "TENSES",
    "TimeExpr",
    "event_date",
    "find_dateline",
    "offset_date",
    "find_time_expressions",
    "plausible",
    "resolve",
]

TENSES = ("past", "future", "present")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in a text.

    ``kind`` is one of: ``date`` (a full date with year), ``range`` (a day range), ``month_day``
    (day and month, no year), ``weekday``, ``day`` (today/yesterday/tomorrow ...), ``week``,
    ``weekend``, ``month``, ``quarter``, ``season``, ``year``, ``span`` ("the past two weeks"),
    ``ago`` ("three days ago").
    """

    start: int
    end: int
    text: str
    kind: str


def find_time_expressions(text: str) -> list[TimeExpr]:
    """Find time expressions in ``text``, in order, without overlaps (longest match wins).

    Returns a list of :class:`TimeExpr` whose ``text`` equals ``text[start:end]``.
    Never raises; non-string input gives an empty list.
    """
    if not isinstance(text, str) or not text:
        return []
    return [TimeExpr(s, e, text[s:e], k) for s, e, k, _, _ in candidates(text)]


def _norm_tense(tense: str) -> str:
    t = tense.lower().strip() if isinstance(tense, str) else "past"
    return t if t in TENSES else "past"


def _norm_pub(published: object) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return None


def resolve(expr_text: str, published: date | None, tense: str = "past") -> EventDate:
    """Anchor a time expression to the publication date.

    ``expr_text`` is usually one expression ("last month"); a longer text is accepted and its
    longest expression is used. ``tense`` is "past", "future" or "present" (anything else is
    read as "past"). Returns ``EventDate(value, precision, text)`` where ``text`` is the
    expression used; with nothing recognisable, ``EventDate(None, UNKNOWN, expr_text)``.
    Never raises.
    """
    if not isinstance(expr_text, str):
        return _unknown(None)
    pub = _norm_pub(published)
    tense = _norm_tense(tense)
    try:
        cands = candidates(expr_text)
        if cands:
            best = max(cands, key=lambda c: c[1] - c[0])
            ed = best[4](best[3], pub, tense)
            if ed is not None:
                return ed
        return _absolute_fallback(expr_text)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError) as exc:
        log.debug("cannot resolve %r: %s", expr_text, exc)
        return _unknown(expr_text.strip() or None)


_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:1[89]|20)\d\d)[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})"
    r"(?!\d)"
)


_AMBIGUOUS_NUMERIC = re.compile(r"(?<!\d)(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?:1[89]|20)\d\d")


def _absolute_fallback(text: str) -> EventDate:
    """Absolute dates the rules do not cover ("2023/02/03", "2023.02.03", "3.2.2023" ...)."""
    stripped = text.strip()
    m = _NUMERIC_DATE.search(text)
    if m:
        d = _month_day(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            return _ed(_day_v(d), DatePrecision.DAY, m[0])
    if len(stripped) > 40 or not re.search(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", stripped):
        return _unknown(stripped or None)
    amb = _AMBIGUOUS_NUMERIC.search(stripped)
    if amb and int(amb["a"]) <= 12 and int(amb["b"]) <= 12 and amb["a"] != amb["b"]:
        # 3/2/2023: March 2 (US) or 3 February? Do not guess. Dotted 03.02.2023 is day first.
        return _unknown(stripped)
    try:  # only absolute dates with a year ever get here
        import dateparser  # noqa: PLC0415 - slow import, rarely needed

        got = dateparser.parse(
            stripped,
            languages=["en"],
            settings={
                "STRICT_PARSING": True,
                "REQUIRE_PARTS": ["day", "month", "year"],
                "DATE_ORDER": "DMY",
            },
        )
    except Exception as exc:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r: %s", stripped, exc)
        got = None
    if got is None or not _backed_by_text(got.date(), stripped):
        return _unknown(stripped)
    return _ed(got.date().isoformat(), DatePrecision.DAY, stripped)


def _backed_by_text(d: date, text: str) -> bool:
    """dateparser fills missing parts from today's date: accept its answer only when the
    year, the day and the month (as a number or a name) are all written in the text."""
    low = text.lower()
    month_names = [k for k, v in _MONTHS.items() if v == d.month]
    return (
        str(d.year) in text
        and re.search(rf"(?<!\d)0?{d.day}(?!\d)", text.replace(str(d.year), " ")) is not None
        and (
            any(re.search(rf"\b{n}\b", low) for n in month_names)
            or re.search(rf"(?<!\d)0?{d.month}(?!\d)", text.replace(str(d.year), " ")) is not None
        )
    )


# --------------------------------------------------------------------------- event dates

#: clause boundaries used by :func:`event_date`: a semicolon, a spaced dash, or a comma
#: followed by a conjunction / relative pronoun that starts a new clause.
_SPEECH = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|stated|reported|added|noted|confirmed|declared)"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose)\b", re.IGNORECASE)
_BOUNDARY = re.compile(
    r";|\s[—–]\s|\s--\s|,\s+(?:but|while|whereas|although|though|and|as|after|before|when|"
    r"who|which|where|since|because)\b",
    re.IGNORECASE,
)


#: "a day after", "three weeks before", "hours after", "days after": the event of the clause
#: that follows lies that far from the date of the clause around it
_OFFSET = re.compile(
    r"(?<![\w-])(?:(?:just|only|barely|some|about|nearly|almost|more\s+than|less\s+than)\s+)?"
    r"(?:(?P<num>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s+(?P<unit>day|week|month|year)s?|(?P<vague>hours|days))"
    r"\s+(?P<dir>after|before|earlier\s+than|later\s+than)\b",
    re.IGNORECASE,
)
#: what every match of :data:`_OFFSET` holds ("days after", "a week before"): a text without
#: it is not scanned with the whole pattern
_OFFSET_HINT = re.compile(r"(?:day|week|month|year|hour)s?\s+(?:after|before|earlier|later)",
                          re.IGNORECASE)
_SCOPE_END = re.compile(r"[,;:]|\s[—–]\s|\s--\s")
#: words that rank an event among those of its kind ("the first visit since 2012", "the
#: only leader to visit since 2010"); "only" ranks only after "the" ("has only met twice
#: since 2021" counts the meetings of a span that the "since" time starts)
RANKING = (r"\b(?:first|most|highest|biggest|largest|worst|longest|lowest|strongest|"
           r"(?<=\bthe\s)only)\b")
#: words that rank an event among those of its kind ("the first visit since 2012"); read by
#: resolve.event_dates too
RANKED = re.compile(RANKING, re.IGNORECASE)
#: "the first meeting since the Bali meeting last November": inside the "since" phrase
_FIRST_SINCE_PHRASE = re.compile(RANKING + r"[^.;:]*?\bsince\b[^.;:,]*$", re.IGNORECASE)
#: the word the two patterns above need, in any case and anywhere (a cheap look first)
_SINCE = re.compile("since", re.IGNORECASE)
_SPAN_END = re.compile(r"(?:until|till|no\s+later\s+than)\s", re.IGNORECASE)
_SPAN_END_BEFORE = re.compile(r"\b(?:until|till|no\s+later\s+than)\s+$", re.IGNORECASE)


#: words that name the earlier event of a kind: "since their last meeting"
_EARLIER_ONE = re.compile(r"\b(?:last|previous|prior|preceding)\b")


def _in_since_phrase(sentence: str, ts: int, start: int) -> bool:
    """Whether the trigger at ``ts`` lies in the "since" phrase that holds the expression
    at ``start`` and is named as the earlier one: after its "since" and a "last" /
    "previous", before the expression, with no comma, colon or semicolon between ("since
    their previous talks in Hanoi in May 2019")."""
    low = sentence.lower()
    at = low.rfind("since", 0, start)
    return 0 <= at < ts < start and not any(ch in sentence[at:ts] for ch in ",;:") and (
        _EARLIER_ONE.search(low, at, ts) is not None)


def _shift(anchor: EventDate, unit: str, n: int, text: str) -> EventDate:
    """``anchor`` moved by ``n`` units (negative: back), at the unit's precision; an anchor
    coarser than the unit is kept as it is."""
    start = period_start(anchor.value)
    if start is None:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    prec = anchor.precision
    fine = {DatePrecision.DAY: 0, DatePrecision.PUBLICATION: 0, DatePrecision.WEEK: 1,
            DatePrecision.MONTH: 2, DatePrecision.QUARTER: 3, DatePrecision.YEAR: 4}
    level = {"hour": 0, "day": 0, "days": 1, "week": 1, "month": 2, "year": 4}[unit]
    if fine.get(prec, 5) > level:
        return EventDate(anchor.value, prec, text)
    if unit == "hour":
        return EventDate(start.isoformat(), DatePrecision.DAY, text)
    if unit in ("day", "days"):
        d = start + timedelta(days=n)
        if unit == "days":
            return EventDate(_week_value(d), DatePrecision.WEEK, text)
        return EventDate(d.isoformat(), DatePrecision.DAY, text)
    if unit == "week":
        return EventDate(_week_value(start + timedelta(weeks=n)), DatePrecision.WEEK, text)
    if unit == "month":
        k = start.year * 12 + start.month - 1 + n
        return EventDate(f"{k // 12:04d}-{k % 12 + 1:02d}", DatePrecision.MONTH, text)
    return EventDate(f"{start.year + n:04d}", DatePrecision.YEAR, text)


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def offset_date(
    sentence: str, trigger_start: int, trigger_end: int, published: date | None, tense: str = "past"
) -> EventDate | None:
    """The date of an event told in a clause measured from another one: "The drills began
    on Saturday, three days after Tsai met McCarthy" (met: Saturday minus three days), "The
    remarks came a month after a U.S. jet shot down a balloon" (the remarks: publication).

    The clause runs from the offset phrase to the next comma, semicolon or dash; when the
    trigger lies in it, the date of the rest of the sentence (:func:`event_date`, else the
    publication date) is moved back ("after") or forward ("before") by the offset, at the
    offset's precision ("days after": the week). Returns ``None`` when the trigger is not
    in such a clause, or when that clause names its own time. Never raises.
    """
    if not isinstance(sentence, str) or "after" not in sentence and "before" not in sentence \
            and "than" not in sentence and " day" not in sentence:
        return None
    for m in _OFFSET.finditer(sentence) if _OFFSET_HINT.search(sentence) else ():
        stop = _SCOPE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if not m.end() <= trigger_start < end:
            continue
        if candidates(sentence[m.end() : end]):
            return None  # "days after they met in Malta over the weekend": its own time
        rest = sentence[: m.start()] + " " * (end - m.start()) + sentence[end:]
        back = m["dir"].lower().startswith(("after", "later"))
        # the other clause is later than this event ("after") -- as past as it, or more
        # recent; or earlier ("before"), of no known tense: the nearest reading
        anchor = event_date(rest, m.start(), m.start(), published, tense if back else "present")
        if anchor.value is None:
            return EventDate(None, DatePrecision.UNKNOWN, m[0])
        if m["vague"]:
            unit, n = ("hour", 0) if m["vague"].lower() == "hours" else ("days", 3)
        else:
            unit, n = m["unit"].lower(), _offset_num(m["num"])
        return _shift(anchor, unit, -n if back else n, m[0])
    return _postposed_offset(sentence, trigger_start, published, tense)


#: "the day before", "the previous day", "a day earlier", "the next day" closing the
#: event's own clause
_POSTPOSED = re.compile(
    r"\b(?:the\s+(?:day|night|evening)\s+(?P<a>before|after)|the\s+(?P<b>previous|next|"
    r"following)\s+day|a\s+day\s+(?P<c>earlier|later))(?=\s*(?:[,.;:]|\s[—–]\s|\s--\s|$))",
    re.IGNORECASE)


_CLAUSE_START = re.compile(_SCOPE_END.pattern + r"|\s(?:and|but)\s", re.IGNORECASE)


def _postposed_offset(sentence: str, trigger_start: int, published: date | None,
                      tense: str) -> EventDate | None:
    """"Blinken, who had toured Hatay with Cavusoglu the day before, announced aid on
    Monday": a day before the day the rest of the sentence names (only a day counts; the
    phrase opening a sentence, "The day before, ...", is measured from the story's last day
    by the extractor)."""
    for m in _POSTPOSED.finditer(sentence):
        starts = [b.end() for b in _CLAUSE_START.finditer(sentence, 0, m.start())]
        scope = starts[-1] if starts else 0
        if not scope <= trigger_start < m.start():
            continue
        rest = sentence[:scope] + " " * (m.end() - scope) + sentence[m.end():]
        anchor = event_date(rest, scope, scope, published, tense)
        day = period_start(anchor.value) if anchor.precision == DatePrecision.DAY else None
        if day is None:
            return None
        back = (m["a"] or m["b"] or m["c"]).lower() in ("before", "previous", "earlier")
        return EventDate((day + timedelta(days=-1 if back else 1)).isoformat(),
                         DatePrecision.DAY, m[0])
    return None


def _offset_num(s: str) -> int:
    s = s.lower()
    if s.isdigit():
        return int(s)
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
    return words.index(s) + 1 if s in words else 1


def event_date(
    sentence: str, trigger_start: int, trigger_end: int, published: date | None, tense: str = "past"
) -> EventDate:
    """The date of the event whose trigger spans ``sentence[trigger_start:trigger_end]``.

    Among the sentence's time expressions, prefers those in the trigger's clause (no clause
    boundary -- ``;``, a spaced dash, or ``, but/while/and/who/which/...`` -- between the
    expression and the trigger, and both inside or both outside a ``, who/which ...,``
    relative clause, and not the date of a saying -- "said on Friday" -- unless the trigger
    is the saying, nor the end of a span -- "until the 10th"), then the nearest one (gap in
    characters), then one after the trigger. "N days after" clauses go to
    :func:`offset_date`; "since 2017" after "first" ("the first visit since 2017", "the
    most senior contact since a balloon was shot down in February") belongs to the previous
    such event and is ignored.
    Expressions overlapping the trigger count as distance 0. With no expression, returns
    the publication date (precision ``publication``) or ``UNKNOWN`` without one.
    Never raises.
    """
    pub = _norm_pub(published)
    try:
        ts, te = int(trigger_start), int(trigger_end)
    except (TypeError, ValueError):
        ts = te = 0
    shifted = offset_date(sentence, ts, te, pub, tense)
    if shifted is not None:
        return shifted
    exprs = find_time_expressions(sentence) if isinstance(sentence, str) else []
    # "her first trip to China since 2018": the year of the last such event, not of this one
    # (but not for the last such event itself: "since their previous talks in Hanoi in
    # May 2019", the trigger "talks" inside the "since" phrase, is dated by it)
    if exprs and _SINCE.search(sentence) is not None:  # (both forms need a "since")
        exprs = [e for e in exprs if not (
            (e.text[:5].lower() == "since" and RANKED.search(sentence, 0, e.start))
            or _FIRST_SINCE_PHRASE.search(sentence, 0, e.start)) or _in_since_phrase(
                sentence, ts, e.start)]
    if not exprs:
        if pub is None:
            return _unknown(None)
        return EventDate(pub.isoformat(), DatePrecision.PUBLICATION, None)
    bounds = [m.start() for m in _BOUNDARY.finditer(sentence)]
    # ", who/which/where ...," is a parenthetical clause: it ends at the next comma
    parens = []
    for m in _RELATIVE.finditer(sentence):
        close = sentence.find(",", m.end())
        parens.append((m.start(), close if close >= 0 else len(sentence)))

    def inside(pos: int) -> tuple[int, ...]:
        return tuple(i for i, (a, b) in enumerate(parens) if a <= pos < b)

    trig_in = inside(ts)

    def score(e: TimeExpr) -> tuple[int, int, int]:
        if e.end <= ts:
            gap, lo, hi, after = ts - e.end, e.end, ts, 1
        elif e.start >= te:
            gap, lo, hi, after = e.start - te, te, e.start, 0
        else:
            gap, lo, hi, after = 0, 0, 0, 0
        crossings = sum(1 for b in bounds if lo <= b < hi)
        if inside(e.start) != trig_in:
            crossings += 1
        speech = _SPEECH.search(sentence, 0, e.start)
        if speech and not (speech.start() < te and ts < speech.end()):
            crossings += 1  # "officials said on Friday": the date of the saying
        if _SPAN_END.match(e.text) or _SPAN_END_BEFORE.search(sentence, 0, e.start):
            crossings += 1  # "will last until the 10th": when it ends, not when it happens
        return (crossings, gap, after)

    best = min(exprs, key=score)
    return resolve(best.text, pub, tense)


# --------------------------------------------------------------------------- datelines

_DATELINE = re.compile(
    r"^\W{0,3}(?P<place>[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?),?\s+"
    + _mon("m")
    + r"\s+"
    + _day("d")
    + r"(?:,?\s+"
    + _year("y")
    + r")?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?(?:--|—|–|-|:|/)",
    re.MULTILINE,
)


def find_dateline(
    article_text: str, published: date | None = None
) -> tuple[date | None, str | None]:
    """The dateline at the top of an article ("BEIJING, Oct. 26 (Xinhua) --").

    Looks at the first 400 characters. Without a year in the dateline, the year is the one
    (publication year, the year before or after) that puts the date nearest the publication
    date, so a Dec. 31 dateline on an article published Jan. 2 falls in the previous year.
    Returns ``(date, dateline text)``; ``(None, text)`` when the year cannot be known;
    ``(None, None)`` when there is no dateline. Never raises.
    """
    if not isinstance(article_text, str):
        return None, None
    pub = _norm_pub(published)
    m = _DATELINE.search(article_text[:400])
    if not m:
        return None, None
    text = m[0].strip()
    try:
        mo, dd = _month_num(m["m"]), int(m["d"])
        if m["y"]:
            return _month_day(int(m["y"]), mo, dd), text
        if pub is None:
            return None, text
        cands = [
            d
            for y in (pub.year - 1, pub.year, pub.year + 1)
            if (d := _month_day(y, mo, dd)) is not None
        ]
        if not cands:
            return None, text
        return min(cands, key=lambda d: abs((d - pub).days)), text
    except (ValueError, OverflowError, KeyError):
        return None, text


# --------------------------------------------------------------------------- periods


def period_span(value: str | None) -> tuple[date, date] | None:
    """First and last day of the period an event-date value names ("2023-W27" ->
    2023-07-03..2023-07-09, "2023-07" -> 2023-07-01..2023-07-31, "2023" -> the year);
    ``None`` for a missing or malformed value."""
    start = period_start(value)
    if start is None or not value:
        return None
    if "-W" in value:
        return start, start + timedelta(days=6)
    if "-Q" in value:
        y, m = (start.year + 1, 1) if start.month == 10 else (start.year, start.month + 3)
        return start, date(y, m, 1) - timedelta(days=1)
    parts = value.split("-")
    if len(parts) == 1:
        return start, date(start.year, 12, 31)
    if len(parts) == 2:
        y, m = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
        return start, date(y, m, 1) - timedelta(days=1)
    return start, start


def periods_overlap(a: str | None, b: str | None, slack_days: int = 0) -> bool:
    """Whether two event-date values can name the same time ("2023-07-08" lies in
    "2023-W27"; "2023-W27" and "2023-07" overlap), allowing ``slack_days`` between them
    (3: two days of one trip). A missing value overlaps anything."""
    sa, sb = period_span(a), period_span(b)
    if sa is None or sb is None:
        return True
    slack = timedelta(days=max(0, slack_days))
    return sa[0] <= sb[1] + slack and sb[0] <= sa[1] + slack


# --------------------------------------------------------------------------- plausibility

_YEAR_IN_VALUE = re.compile(r"^(\d{4})")


def plausible(
    ed: EventDate, published: date | None = None, *, years_back: int = 100, years_ahead: int = 10
) -> bool:
    """Whether a resolved date is believable for a news event.

    False when the date's year lies more than ``years_back`` years before or ``years_ahead``
    years after the publication year (without a publication date: outside 1900-2100).
    Dates without a value (publication, unknown) are plausible: there is nothing to flag.
    """
    if ed is None or not ed.value:
        return True
    m = _YEAR_IN_VALUE.match(ed.value)
    if not m:
        return False
    y = int(m.group(1))
    pub = _norm_pub(published)
    if pub is None:
        return 1900 <= y <= 2100
    return pub.year - years_back <= y <= pub.year + years_ahead
