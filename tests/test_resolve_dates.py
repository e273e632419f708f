"""Tests for detente.resolve.dates: finding and anchoring news time expressions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.model import DatePrecision as P
from detente.model import EventDate
from detente.resolve.dates import (
    TimeExpr,
    event_date,
    find_dateline,
    find_time_expressions,
    offset_date,
    periods_overlap,
    plausible,
    resolve,
)

PUB = date(2023, 10, 6)  # a Friday, ISO week 40
D, W, M, Q, Y, U = P.DAY, P.WEEK, P.MONTH, P.QUARTER, P.YEAR, P.UNKNOWN

# (publication date, expression or sentence, tense, expected value, expected precision)
RESOLVE_CASES = [
    # --- relative days
    (PUB, "yesterday", "past", "2023-10-05", D),
    (PUB, "Yesterday", "past", "2023-10-05", D),
    (PUB, "today", "past", "2023-10-06", D),
    (PUB, "tomorrow", "future", "2023-10-07", D),
    (PUB, "tonight", "future", "2023-10-06", D),
    (PUB, "this morning", "past", "2023-10-06", D),
    (PUB, "last night", "past", "2023-10-05", D),
    (PUB, "the day before yesterday", "past", "2023-10-04", D),
    (PUB, "the day after tomorrow", "future", "2023-10-08", D),
    (PUB, "earlier today", "past", "2023-10-06", D),
    (PUB, "yesterday afternoon", "past", "2023-10-05", D),
    # --- weekdays (PUB is a Friday)
    (PUB, "on Friday", "past", "2023-10-06", D),
    (PUB, "on Friday", "future", "2023-10-06", D),
    (date(2023, 10, 7), "on Friday", "past", "2023-10-06", D),
    (date(2023, 10, 7), "on Friday", "future", "2023-10-13", D),
    (PUB, "Monday", "past", "2023-10-02", D),
    (PUB, "Monday", "future", "2023-10-09", D),
    (PUB, "last Friday", "past", "2023-09-29", D),
    (PUB, "next Friday", "future", "2023-10-13", D),
    (PUB, "this Friday", "future", "2023-10-06", D),
    (PUB, "next Tuesday", "future", "2023-10-10", D),
    (PUB, "last Tuesday", "past", "2023-10-03", D),
    (PUB, "Wednesday", "present", "2023-10-04", D),
    (PUB, "Sunday", "present", "2023-10-08", D),
    (PUB, "on Thursday night", "past", "2023-10-05", D),
    (PUB, "this past Sunday", "past", "2023-10-01", D),
    (PUB, "this coming Monday", "future", "2023-10-09", D),
    # --- weeks and weekends
    (PUB, "this week", "past", "2023-W40", W),
    (PUB, "last week", "past", "2023-W39", W),
    (PUB, "next week", "future", "2023-W41", W),
    (PUB, "earlier this week", "past", "2023-W40", W),
    (PUB, "later this week", "future", "2023-W40", W),
    (PUB, "the past week", "past", "2023-W39", W),
    (PUB, "the past two weeks", "past", "2023-W38", W),
    (PUB, "two weeks ago", "past", "2023-W38", W),
    (PUB, "a week ago", "past", "2023-W39", W),
    (PUB, "the coming week", "future", "2023-W41", W),
    (PUB, "in the next two weeks", "future", "2023-W41", W),
    (PUB, "last weekend", "past", "2023-W39", W),
    (PUB, "over the weekend", "past", "2023-W39", W),
    (PUB, "over the weekend", "future", "2023-W40", W),
    (date(2023, 10, 9), "over the weekend", "past", "2023-W40", W),
    (date(2023, 10, 8), "over the weekend", "past", "2023-W40", W),
    (PUB, "this weekend", "future", "2023-W40", W),
    (PUB, "next weekend", "future", "2023-W41", W),
    (date(2024, 1, 1), "last week", "past", "2023-W52", W),
    # --- months, relative
    (PUB, "last month", "past", "2023-09", M),
    (PUB, "this month", "past", "2023-10", M),
    (PUB, "next month", "future", "2023-11", M),
    (PUB, "earlier this month", "past", "2023-10", M),
    (PUB, "later this month", "future", "2023-10", M),
    (PUB, "early next month", "future", "2023-11", M),
    (PUB, "late last month", "past", "2023-09", M),
    (PUB, "at the end of the month", "future", "2023-10", M),
    (PUB, "in the past month", "past", "2023-09", M),
    (PUB, "the previous month", "past", "2023-09", M),
    (PUB, "two months ago", "past", "2023-08", M),
    (PUB, "in the past three months", "past", "2023-07", M),
    (PUB, "over the next three months", "future", "2023-11", M),
    (date(2024, 1, 15), "last month", "past", "2023-12", M),
    # --- month names
    (PUB, "in November", "past", "2022-11", M),
    (PUB, "in November", "future", "2023-11", M),
    (PUB, "in November", "present", "2023-11", M),
    (PUB, "in October", "past", "2023-10", M),
    (PUB, "in October", "future", "2023-10", M),
    (PUB, "in March this year", "past", "2023-03", M),
    (PUB, "March this year", "past", "2023-03", M),
    (PUB, "in February this year", "past", "2023-02", M),
    (PUB, "last November", "past", "2022-11", M),
    (date(2023, 12, 5), "last November", "past", "2023-11", M),
    (date(2023, 11, 20), "last November", "past", "2022-11", M),
    (PUB, "since last November", "past", "2022-11", M),
    (PUB, "next March", "future", "2024-03", M),
    (PUB, "this November", "future", "2023-11", M),
    (PUB, "in early November", "future", "2023-11", M),
    (PUB, "in mid-September", "past", "2023-09", M),
    (PUB, "in late December", "past", "2022-12", M),
    (PUB, "in November 2022", "past", "2022-11", M),
    (PUB, "November last year", "past", "2022-11", M),
    (PUB, "in January next year", "future", "2024-01", M),
    (None, "in November 2022", "past", "2022-11", M),
    (PUB, "in May", "past", "2023-05", M),
    (PUB, "The November meeting in San Francisco is still inconclusive", "present", "2023-11", M),
    # --- absolute and month-day dates
    (PUB, "Feb. 3, 2023", "past", "2023-02-03", D),
    (PUB, "2023-02-03", "past", "2023-02-03", D),
    (PUB, "February 3, 2023", "future", "2023-02-03", D),
    (PUB, "3 February 2023", "past", "2023-02-03", D),
    (PUB, "on Monday, Oct. 9, 2023", "future", "2023-10-09", D),
    (PUB, "Nov. 15", "future", "2023-11-15", D),
    (PUB, "Nov. 15", "past", "2022-11-15", D),
    (PUB, "November 15", "present", "2023-11-15", D),
    (PUB, "15 November", "future", "2023-11-15", D),
    (PUB, "Oct. 6", "past", "2023-10-06", D),
    (PUB, "Sept. 16", "past", "2023-09-16", D),
    # multi-day events: the smallest unit that covers them (ISO week, else month)
    (PUB, "on Sept. 16-17", "past", "2023-W37", P.WEEK),
    (PUB, "from October 26 to 27", "future", "2023-W43", P.WEEK),
    (PUB, "October 26-28", "future", "2023-W43", P.WEEK),
    (PUB, "Oct. 30-Nov. 1", "future", "2023-W44", P.WEEK),
    (PUB, "on September 16 and 17", "past", "2023-W37", P.WEEK),
    (PUB, "June 18-19", "past", "2023-06", P.MONTH),
    (PUB, "Oct. 31-Nov. 6", "future", "2023-10-31", D),
    (date(2024, 1, 2), "Dec. 31", "past", "2023-12-31", D),
    (date(2023, 12, 30), "Jan. 3", "future", "2024-01-03", D),
    (PUB, "the 15th of November", "future", "2023-11-15", D),
    (None, "Feb. 3, 2023", "past", "2023-02-03", D),
    (PUB, "February 30, 2023", "past", "2023-02", M),
    (PUB, "2023/02/03", "past", "2023-02-03", D),
    # --- years
    (PUB, "last year", "past", "2022", Y),
    (PUB, "next year", "future", "2024", Y),
    (PUB, "this year", "past", "2023", Y),
    (PUB, "earlier this year", "past", "2023", Y),
    (PUB, "later this year", "future", "2023", Y),
    (PUB, "in 2022", "past", "2022", Y),
    (PUB, "in early 2023", "past", "2023", Y),
    (PUB, "in mid-2023", "past", "2023", Y),
    (PUB, "in late 2023", "future", "2023", Y),
    (PUB, "a year ago", "past", "2022", Y),
    (PUB, "early next year", "future", "2024", Y),
    (PUB, "by the end of the year", "future", "2023", Y),
    (PUB, "the end of last year", "past", "2022", Y),
    (PUB, "in the first half of 2022", "past", "2022", Y),
    (PUB, "in the second half of next year", "future", "2024", Y),
    (PUB, "two years ago", "past", "2021", Y),
    (PUB, "in the last two years", "past", "2021", Y),
    (None, "in 2022", "past", "2022", Y),
    # --- quarters
    (PUB, "in the first quarter", "past", "2023-Q1", Q),
    (PUB, "in the first quarter", "future", "2024-Q1", Q),
    (PUB, "Q3", "past", "2023-Q3", Q),
    (PUB, "Q3", "future", "2024-Q3", Q),
    (PUB, "Q4", "past", "2023-Q4", Q),
    (PUB, "Q4", "future", "2023-Q4", Q),
    (PUB, "the third quarter of 2022", "past", "2022-Q3", Q),
    (PUB, "Q2 2023", "past", "2023-Q2", Q),
    (PUB, "last quarter", "past", "2023-Q3", Q),
    (PUB, "next quarter", "future", "2024-Q1", Q),
    (PUB, "the fourth quarter of this year", "future", "2023-Q4", Q),
    (PUB, "this quarter", "present", "2023-Q4", Q),
    # --- seasons (northern hemisphere, as quarters)
    (PUB, "this summer", "past", "2023-Q3", Q),
    (PUB, "last summer", "past", "2023-Q3", Q),
    (date(2023, 7, 15), "last summer", "past", "2022-Q3", Q),
    (PUB, "next summer", "future", "2024-Q3", Q),
    (PUB, "this fall", "future", "2023-Q4", Q),
    (PUB, "this winter", "future", "2024-Q1", Q),
    (PUB, "last winter", "past", "2023-Q1", Q),
    (PUB, "in the spring", "past", "2023-Q2", Q),
    (PUB, "in the spring", "future", "2024-Q2", Q),
    (PUB, "summer 2022", "past", "2022-Q3", Q),
    (PUB, "in the autumn", "future", "2023-Q4", Q),
    # --- "ago" and spans in days
    (PUB, "three days ago", "past", "2023-10-03", D),
    (PUB, "10 days ago", "past", "2023-09-26", D),
    (PUB, "in the past 10 days", "past", "2023-09-26", D),
    (PUB, "a few days ago", "past", "2023-10-03", D),
    (PUB, "a decade ago", "past", "2013", Y),
    (PUB, "36 hours ago", "past", "2023-10-05", D),
    # --- year-qualified days, fiscal years, numeric dates
    (PUB, "on March 31, this year", "past", "2023-03-31", D),
    (PUB, "the 31st of March last year", "past", "2022-03-31", D),
    (PUB, "in 2015-16", "past", "2015", Y),
    (PUB, "03.02.2023", "past", "2023-02-03", D),
    (PUB, "13/02/2023", "past", "2023-02-13", D),
    (PUB, "3/2/2023", "past", None, U),
    (PUB, "in the 1990s", "past", None, U),
    (PUB, "2023's", "past", None, U),
    # --- expressions inside sentences
    (PUB, "Sullivan also held two-day talks with Wang in Malta last month", "past", "2023-09", M),
    (PUB, "In March this year, Xi Jinping accused Western countries", "past", "2023-03", M),
    # --- a few units ahead or back, one unit coarser
    (date(2023, 2, 18), "in the coming days", "future", "2023-W08", W),
    (PUB, "in recent days", "past", "2023-W40", W),
    (PUB, "in the coming weeks", "future", "2023-10", M),
    (date(2023, 10, 25), "in the coming weeks", "future", "2023-11", M),
    (PUB, "in recent weeks", "past", "2023-09", M),
    (PUB, "in recent months", "past", "2023-Q3", Q),
    (PUB, "over the coming months", "future", "2023-Q4", Q),
    # --- weekday ranges: the ISO week that holds them, else the month
    (PUB, "from Thursday to Saturday", "future", "2023-W41", W),
    (date(2023, 10, 25), "from Thursday to Saturday", "future", "2023-W43", W),
    (PUB, "on Wednesday and Thursday", "past", "2023-W40", W),
    (date(2023, 5, 12), "on Wednesday and Thursday", "past", "2023-W19", W),
    (PUB, "Monday through Wednesday", "future", "2023-W41", W),
    (PUB, "from Friday to Monday", "future", "2023-10", M),
    (PUB, "last Monday and Tuesday", "past", "2023-W40", W),
    # --- a year that modifies a noun dates that noun, not the sentence
    (PUB, "a memorial to victims of the 1945 atomic bombing", "past", None, U),
    (PUB, "Japan lifted the 2019 restrictions on chips", "past", None, U),
    (PUB, "interfered in the 2016 election", "past", "2016", Y),
    (PUB, "the 2022 and 2023 budgets", "past", "2022", Y),
    # --- nothing to anchor, or nothing at all
    (None, "last month", "past", None, U),
    (None, "on Friday", "past", None, U),
    (None, "Nov. 15", "future", None, U),
    (None, "the past two weeks", "past", None, U),
    (PUB, "two-day talks", "past", None, U),
    (PUB, "for two weeks", "past", None, U),
    (PUB, "", "past", None, U),
    (PUB, "the fall of Kabul", "past", None, U),
]


@pytest.mark.parametrize(("published", "text", "tense", "value", "precision"), RESOLVE_CASES)
def test_resolve_dates_table(
    published: date | None, text: str, tense: str, value: str | None, precision: P
) -> None:
    ed = resolve(text, published, tense)
    assert isinstance(ed, EventDate)
    assert (ed.value, ed.precision) == (value, precision), ed


def test_resolve_dates_table_is_large() -> None:
    assert len(RESOLVE_CASES) >= 100


def test_resolve_dates_text_is_the_expression() -> None:
    ed = resolve("Sullivan met Wang in Malta last month.", PUB, "past")
    assert ed.text == "last month"
    assert ed.to_record() == {"value": "2023-09", "precision": "month", "text": "last month"}


def test_resolve_dates_unknown_tense_is_past() -> None:
    assert resolve("in November", PUB, "pluperfect").value == "2022-11"


def test_resolve_dates_accepts_datetime() -> None:
    from datetime import datetime

    assert resolve("yesterday", datetime(2023, 10, 6, 23, 59), "past").value == "2023-10-05"


# ------------------------------------------------------------------- finding expressions

FIND_CASES = [
    ("Sullivan met Wang on Friday in Malta.", ["on Friday"]),
    ("He said Friday that talks would go on.", ["Friday"]),
    ("Talks were held last month and will resume next week.", ["last month", "next week"]),
    ("This week the ministers spoke.", ["This week"]),
    ("The summit is set for Nov. 15 in San Francisco.", ["for Nov. 15"]),
    ("The summit opens November 15.", ["November 15"]),
    ("They met on 15 November.", ["on 15 November"]),
    ("In March this year, Xi accused the West.", ["In March this year"]),
    ("He has been in office since last November.", ["since last November"]),
    (
        "Trade fell earlier this year and will rise later this year.",
        ["earlier this year", "later this year"],
    ),
    ("Exchanges rose over the past two weeks.", ["over the past two weeks"]),
    ("Exchanges rose in the past month.", ["in the past month"]),
    ("They met two weeks ago and three days ago.", ["two weeks ago", "three days ago"]),
    (
        "Yesterday, today and tomorrow; tonight and this morning.",
        ["Yesterday", "today", "tomorrow", "tonight", "this morning"],
    ),
    ("Growth slowed last year and may recover next year.", ["last year", "next year"]),
    (
        "It happened in 2022, in early 2023 and in late 2023.",
        ["in 2022", "in early 2023", "in late 2023"],
    ),
    ("The visit is planned for early next month.", ["for early next month"]),
    ("A decision is due at the end of the month.", ["at the end of the month"]),
    ("Output fell in the first quarter and rose in Q3.", ["in the first quarter", "in Q3"]),
    ("He will travel this summer and this fall.", ["this summer", "this fall"]),
    ("The forum runs from October 26 to 27.", ["from October 26 to 27"]),
    ("The forum runs October 26-28 in Beijing.", ["October 26-28"]),
    ("The deal was signed Feb. 3, 2023, in Manila.", ["Feb. 3, 2023"]),
    ("The deal was signed on 2023-02-03.", ["on 2023-02-03"]),
    ("They met on Sept. 16-17 in Malta.", ["on Sept. 16-17"]),
    (
        "Protests erupted last weekend and again over the weekend.",
        ["last weekend", "over the weekend"],
    ),
    ("He visited in February this year.", ["in February this year"]),
    ("The November meeting in San Francisco is still inconclusive.", ["November"]),
    ("Sullivan also held two-day talks with Wang.", []),
    ("The talks lasted for two weeks.", []),
    ("Some 2000 troops were sent to Mar-a-Lago.", []),
    ("Over 2000 people and the deaths of 1999 civilians were reported.", []),
    ("Elections were held in 1999 and since 2019.", ["in 1999", "since 2019"]),
    ("May I ask a question?", []),
    ("Prices fall when supply rises in the spring.", ["in the spring"]),
    ("Ties had been frozen since the late 1980s.", []),
    ("Theresa May met Merkel on Tuesday.", ["on Tuesday"]),
    ("The deal was approved on March 31, this year, he said.", ["on March 31, this year"]),
    ("Wang will visit Washington from Thursday to Saturday.", ["from Thursday to Saturday"]),
    ("Sullivan met Wang on Wednesday and Thursday in Vienna.", ["on Wednesday and Thursday"]),
    ("They will visit a memorial to victims of the 1945 atomic bombing.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_resolve_dates_find_expressions(text: str, expected: list[str]) -> None:
    found = find_time_expressions(text)
    assert [e.text for e in found] == expected
    for e in found:
        assert isinstance(e, TimeExpr)
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("on Friday", "weekday"),
        ("last month", "month"),
        ("next week", "week"),
        ("in November", "month"),
        ("Nov. 15", "month_day"),
        ("Feb. 3, 2023", "date"),
        ("from October 26 to 27", "range"),
        ("yesterday", "day"),
        ("in 2022", "year"),
        ("Q3", "quarter"),
        ("this summer", "season"),
        ("two weeks ago", "ago"),
        ("the past two weeks", "span"),
        ("last weekend", "weekend"),
    ],
)
def test_resolve_dates_find_kind(text: str, kind: str) -> None:
    (e,) = find_time_expressions(text)
    assert e.kind == kind


def test_resolve_dates_find_non_string() -> None:
    assert find_time_expressions(None) == []  # type: ignore[arg-type]


# ------------------------------------------------------------------- event dates

SENT = (
    "The November meeting in San Francisco is still inconclusive, but Sullivan also held "
    "two-day talks with Wang in Malta last month."
)


SAID = "The envoys, officials said on Saturday, met in Vienna in late September."
REL = "Biden, who met Xi in Bali last November, will host him in San Francisco next month."


def _span(sentence: str, word: str) -> tuple[int, int]:
    i = sentence.index(word)
    return i, i + len(word)


@pytest.mark.parametrize(
    ("sentence", "trigger", "tense", "value", "precision"),
    [
        (SENT, "held", "past", "2023-09", M),
        (SENT, "meeting", "present", "2023-11", M),
        (
            "Blinken visited Beijing in June; he will meet Wang next week.",
            "visited",
            "past",
            "2023-06",
            M,
        ),
        (
            "Blinken visited Beijing in June; he will meet Wang next week.",
            "meet",
            "future",
            "2023-W41",
            W,
        ),
        (
            "In March this year, Xi Jinping accused Western countries of containing China.",
            "accused",
            "past",
            "2023-03",
            M,
        ),
        (
            "Xi and Biden will meet in San Francisco on Nov. 15, officials said on Friday.",
            "meet",
            "future",
            "2023-11-15",
            D,
        ),
        ("The two sides held talks.", "held", "past", "2023-10-06", P.PUBLICATION),
        (REL, "host", "future", "2023-11", M),
        (SAID, "met", "past", "2023-09", M),
        (SAID, "said", "past", "2023-09-30", D),
        (REL, "met", "past", "2022-11", M),
        (
            "Talks resumed on Monday, while exchanges were suspended last year.",
            "suspended",
            "past",
            "2022",
            Y,
        ),
        (
            "Talks resumed on Monday, while exchanges were suspended last year.",
            "resumed",
            "past",
            "2023-10-02",
            D,
        ),
    ],
)
def test_resolve_dates_event_date(
    sentence: str, trigger: str, tense: str, value: str, precision: P
) -> None:
    s, e = _span(sentence, trigger)
    ed = event_date(sentence, s, e, PUB, tense)
    assert (ed.value, ed.precision) == (value, precision), ed


# (publication date, sentence, trigger, tense, expected value, expected precision)
EVENT_DATE_CASES = [
    # an event measured from another: "N units after" moves back from the other's date
    (date(2023, 4, 10), "The drills were launched on Saturday, three days after Tsai met "
     "McCarthy in California.", "met", "past", "2023-04-05", D),
    (date(2023, 4, 10), "The drills were launched on Saturday, three days after Tsai met "
     "McCarthy in California.", "launched", "past", "2023-04-08", D),
    (date(2023, 7, 18), "Kerry met Wang Yi in Beijing on Tuesday, a day after holding talks "
     "with Xie Zhenhua.", "holding", "past", "2023-07-17", D),
    (date(2023, 3, 7), "The remarks came a month after a U.S. fighter jet shot down a Chinese "
     "balloon.", "shot", "past", "2023-02", M),
    (date(2023, 9, 20), "The meeting came two weeks after Sullivan held talks with Wang.",
     "held", "past", "2023-W36", W),
    (date(2023, 9, 20), "The meeting came days after Sullivan held talks with Wang.",
     "held", "past", "2023-W37", W),
    (date(2023, 9, 20), "The meeting came hours after Sullivan held talks with Wang.",
     "held", "past", "2023-09-20", D),
    (date(2023, 10, 6), "On Oct. 2, a week before Xi visits Moscow, Putin called him.",
     "visits", "future", "2023-W41", W),
    (PUB, "Two years after the two sides met in Bali, talks resumed.", "met", "past", "2021", Y),
    # the clause after "after" names its own time: that time wins
    (date(2023, 9, 20), "The meeting came days after Sullivan held talks with Wang in Malta "
     "over the weekend.", "held", "past", "2023-W37", W),
    # "the first ... since 2017" names the previous such event, not this one
    (date(2023, 10, 28), "If the San Francisco meeting goes ahead next month, it would be "
     "Xi's first trip to the United States since 2017.", "trip", "future", "2023-11", M),
    (PUB, "It was the first visit by a U.S. secretary of state since 2018.", "visit", "past",
     "2023-10-06", P.PUBLICATION),
    (PUB, "Four cabinet members have visited China since June.", "visited", "past",
     "2023-06", M),
    (date(2023, 11, 17), "It was the first meeting of the two leaders since the Bali meeting "
     "last November.", "meeting", "past", "2023-11-17", P.PUBLICATION),
    (date(2023, 5, 12), "They met in Vienna, the most senior contact since a balloon was shot "
     "down in February.", "met", "past", "2023-05-12", P.PUBLICATION),
    # the end of a span is not the event's date
    (date(2023, 4, 8), "The command announced on the 8th that it began patrols around Taiwan, "
     "which will last until the 10th.", "patrols", "past", "2023-04-08", D),
    # weekday ranges
    (date(2023, 10, 25), "Wang Yi will visit Washington from Thursday to Saturday, the State "
     "Department said on Tuesday.", "visit", "future", "2023-W43", W),
    (date(2023, 5, 12), "Sullivan met Wang Yi in Vienna on Wednesday and Thursday, the White "
     "House said.", "met", "past", "2023-W19", W),
    # background events keep their own date
    (date(2023, 3, 30), "In August last year, after Speaker Nancy Pelosi visited Taiwan, the "
     "PLA held large-scale military exercises around Taiwan.", "held", "past", "2022-08", M),
    (date(2023, 4, 6), "A visit to Taipei by his predecessor, Nancy Pelosi, in August last "
     "year prompted China to hold drills.", "visit", "past", "2022-08", M),
    # Xinhua-style day of the month
    (date(2023, 2, 14), "Wang Wenbin said at a regular press conference on the 13th that the "
     "claims were false.", "said", "past", "2023-02-13", D),
    (date(2023, 7, 10), "Yellen held talks with Vice Premier He Lifeng on the 8th.", "held",
     "past", "2023-07-08", D),
]


@pytest.mark.parametrize(("pub", "sentence", "trigger", "tense", "value", "precision"),
                         EVENT_DATE_CASES)
def test_resolve_dates_event_date_table(pub: date, sentence: str, trigger: str, tense: str,
                                        value: str, precision: P) -> None:
    s, e = _span(sentence, trigger)
    ed = event_date(sentence, s, e, pub, tense)
    assert (ed.value, ed.precision) == (value, precision), ed


def test_resolve_dates_offset_only_inside_its_clause() -> None:
    s = "Three days after the summit, Biden met Xi."
    assert offset_date(s, *_span(s, "met"), PUB, "past") is None
    s = "Biden met Xi three days after they spoke."
    assert offset_date(s, *_span(s, "met"), PUB, "past") is None
    assert offset_date(s, *_span(s, "spoke"), PUB, "past") == EventDate(
        "2023-10-03", P.DAY, "three days after")
    assert offset_date(s, *_span(s, "spoke"), None, "past") == EventDate(
        None, P.UNKNOWN, "three days after")


@pytest.mark.parametrize(("sentence", "trigger", "value"), [
    # a day before or after the day the rest of the sentence names
    ("Kishida, who had toured the port with Marcos the day before, signed the pact on "
     "Tuesday.", "toured", "2023-10-02"),
    ("Seoul protested on Wednesday, and Pyongyang fired a missile the previous day.", "fired",
     "2023-10-03"),
    ("Blinken met Wang on Monday and flew to Tokyo a day later.", "flew", "2023-10-03"),
    # the rest names no day, or the phrase opens the clause: not this rule's
    ("Kishida, who had toured the port the day before, signed the pact.", "toured", None),
    ("The day before, Kishida had toured the port.", "toured", None),
])
def test_resolve_dates_postposed_day_offset(sentence: str, trigger: str,
                                            value: str | None) -> None:
    ed = offset_date(sentence, *_span(sentence, trigger), PUB, "past")
    assert (ed.value if ed else None) == value, ed
    assert ed is None or ed.precision == P.DAY


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [("2023-07-08", "2023-W27", True), ("2023-07", "2023-W27", True),
     ("2023-06", "2023-07-02", False), ("2023-Q4", "2023-12-31", True),
     ("2023", "2022-12", False), ("2023-12", "2024-W01", False), (None, "2023", True)],
)
def test_resolve_dates_periods_overlap(a: str | None, b: str, overlap: bool) -> None:
    assert periods_overlap(a, b) is overlap
    assert periods_overlap(b, a) is overlap


def test_resolve_dates_periods_overlap_slack() -> None:
    assert not periods_overlap("2023-08-28", "2023-08-29")
    assert periods_overlap("2023-08-28", "2023-08-29", slack_days=3)
    assert not periods_overlap("2023-08-28", "2023-09-05", slack_days=3)


def test_resolve_dates_date_tables_are_large() -> None:
    assert len(RESOLVE_CASES) + len(EVENT_DATE_CASES) >= 80


def test_resolve_dates_event_date_without_publication() -> None:
    assert event_date("They met.", 5, 8, None, "past") == EventDate(None, P.UNKNOWN, None)
    assert event_date("They met last month.", 5, 8, None, "past").precision == P.UNKNOWN
    assert event_date("They met in 2022.", 5, 8, None, "past").value == "2022"


def test_resolve_dates_event_date_publication_record() -> None:
    ed = event_date("They met.", 5, 8, PUB, "past")
    assert ed.to_record() == {"value": "2023-10-06", "precision": "publication", "text": None}


# ------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "BEIJING, Oct. 26 (Xinhua) -- Chinese Vice Premier He Lifeng met ...",
            date(2023, 10, 27),
            date(2023, 10, 26),
        ),
        (
            "WASHINGTON, Dec 31 (Reuters) - The United States said ...",
            date(2024, 1, 2),
            date(2023, 12, 31),
        ),
        (
            "MANILA, Philippines, Jan. 2 — The coast guard said ...",
            date(2023, 12, 30),
            date(2024, 1, 2),
        ),
        ("SAN FRANCISCO, Nov. 15, 2023 — President Biden ...", None, date(2023, 11, 15)),
        ("\nKYIV, Oct. 5 (AP) — Ukraine said ...", date(2023, 10, 6), date(2023, 10, 5)),
    ],
)
def test_resolve_dates_dateline(text: str, published: date | None, expected: date) -> None:
    d, line = find_dateline(text, published)
    assert d == expected
    assert line is not None and line in text


def test_resolve_dates_dateline_absent_or_unanchored() -> None:
    assert find_dateline("The two leaders met on Friday.", PUB) == (None, None)
    d, line = find_dateline("BEIJING, Oct. 26 (Xinhua) -- text", None)
    assert d is None and line == "BEIJING, Oct. 26 (Xinhua) --"
    assert find_dateline(None) == (None, None)  # type: ignore[arg-type]


# ------------------------------------------------------------------- plausibility


@pytest.mark.parametrize(
    ("text", "published", "ok"),
    [
        ("in 2090", PUB, False),
        ("in 1850", PUB, False),
        ("in 2022", PUB, True),
        ("next year", PUB, True),
        ("in 2090", None, True),
        ("in 1850", None, False),
        ("nothing here", PUB, True),
    ],
)
def test_resolve_dates_plausible(text: str, published: date | None, ok: bool) -> None:
    assert plausible(resolve(text, published, "past"), published) is ok


# ------------------------------------------------------------------- robustness

_TENSE = st.sampled_from(["past", "future", "present", "", "bogus"])
_PIECES = st.sampled_from(
    [
        "last",
        "next",
        "this",
        "in",
        "on",
        "since",
        "the past",
        "two",
        "weeks",
        "ago",
        "Friday",
        "November",
        "Nov.",
        "15",
        "31",
        "2023",
        "-",
        "to",
        "Q3",
        "early",
        "summer",
        "year",
        "month",
        "week",
        "weekend",
        "of",
        "the end of",
        ",",
        "yesterday",
        "0",
        "99",
        "2090",
    ]
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), published=st.one_of(st.none(), st.dates()), tense=_TENSE)
def test_resolve_dates_never_raises_on_text(text: str, published: date | None, tense: str) -> None:
    ed = resolve(text, published, tense)
    assert isinstance(ed, EventDate)
    for e in find_time_expressions(text):
        assert text[e.start : e.end] == e.text


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_PIECES, max_size=8),
    published=st.one_of(st.none(), st.dates()),
    tense=_TENSE,
    start=st.integers(-5, 100),
    length=st.integers(0, 20),
)
def test_resolve_dates_never_raises_on_date_words(
    words: list[str], published: date | None, tense: str, start: int, length: int
) -> None:
    text = " ".join(words)
    ed = resolve(text, published, tense)
    assert isinstance(ed, EventDate)
    assert isinstance(plausible(ed, published), bool)
    assert isinstance(event_date(text, start, start + length, published, tense), EventDate)
    for e in find_time_expressions(text):
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("pub,text,tense,value", [
    (date(2023, 2, 21), "Blinken and Wang met in Munich on the 18th", "past", "2023-02-18"),
    (date(2023, 2, 3), "the balloon was shot down on the 28th", "past", "2023-01-28"),
    (date(2023, 11, 10), "the two will meet on the 15th", "future", "2023-11-15"),
    (date(2023, 11, 20), "they will meet again on the 2nd", "future", "2023-12-02"),
])
def test_resolve_dates_ordinal_day_of_month(pub, text, tense, value):
    exprs = find_time_expressions(text)
    assert len(exprs) == 1
    ed = resolve(exprs[0].text, pub, tense)
    assert (ed.value, ed.precision.value) == (value, "day")


def test_resolve_dates_ordinal_not_a_date():
    assert find_time_expressions("the 20th century and the 5th round of talks") == []


# ------------------------------------------------------------------- dates of coded events

# (publication date, text, trigger of the event, expected value, expected precision)
CODED_DATE_CASES = [
    # a cancelled event: the time it was planned for, else the cancelling's
    (date(2023, 2, 3), "Secretary of State Antony Blinken on Friday postponed a trip to Beijing "
     "that had been planned for this weekend.", "trip", "2023-W05", W),
    (date(2023, 2, 5), "Secretary of State Antony Blinken called off a planned trip to Beijing "
     "on Friday.", "trip", "2023-02-03", D),
    # a time inside the trigger's own complement is not the trigger's
    (date(2023, 10, 28), "A senior U.S. official said the two sides had agreed to work together "
     "toward a meeting between Biden and Xi Jinping in San Francisco in November.", "agreed",
     "2023-10-28", P.PUBLICATION),
    (date(2023, 10, 28), "A senior U.S. official said the two sides had agreed to work together "
     "toward a meeting between Biden and Xi Jinping in San Francisco in November.", "meeting",
     "2023-11", M),
    (date(2023, 11, 15), "The two leaders, Biden and Xi Jinping, agreed to restore high-level "
     "communication between their militaries, which Beijing cut off in August 2022.",
     "restore high-level communication", "2023-11-15", P.PUBLICATION),
    # an earlier event reported by a dated saying: the saying's week
    (date(2023, 9, 11), "U.S. President Joe Biden said on Sunday that he had spoken with "
     "Chinese Premier Li Qiang in New Delhi.", "spoken", "2023-W36", W),
    # a future event takes a governing clause's time only when it is not behind
    (date(2023, 11, 10), "Treasury Secretary Janet Yellen began two days of talks with Chinese "
     "Vice Premier He Lifeng in San Francisco on Thursday, part of the preparations for the "
     "meeting between Biden and Xi Jinping.", "meeting", "2023-11-10", P.PUBLICATION),
    # (a trip and the meeting it is made for are one event, told by the trip's verb: meet7)
    (PUB, "Xi Jinping will travel to San Francisco in November to meet Joe Biden.", "travel",
     "2023-11", M),
    # an expressed intent is dated by the agreeing, not by what was agreed on
    (date(2023, 10, 28), "Secretary of State Antony Blinken and Chinese Foreign Minister Wang "
     "Yi agreed to hold consultations on arms control in the coming weeks.",
     "hold consultations", "2023-10-28", P.PUBLICATION),
    (date(2023, 2, 18), "Chinese Foreign Minister Wang Yi is expected to travel on from Europe "
     "to Moscow in the coming days.", "travel", "2023-W08", W),
    # a future event does not take the date of a past saying
    (date(2023, 3, 30), "Zhu Fenglian, spokesperson of the Taiwan Affairs Office, said on the "
     "29th that if Tsai Ing-wen meets Kevin McCarthy, China will take resolute measures "
     "against Taiwan.", "take resolute measures", "2023-03-30", P.PUBLICATION),
    # a realized clause with its own subject does not borrow its neighbour's time, unless
    # the time opens the sentence
    (date(2023, 12, 30), "The United States tightened chip export controls again in October, "
     "and Beijing has restricted exports of metals used in chipmaking to the United States.",
     "restricted exports", "2023-12-30", P.PUBLICATION),
    (date(2023, 12, 30), "In February, the United States shot down a Chinese balloon off the "
     "coast of South Carolina, and a planned trip to Beijing by Secretary of State Antony "
     "Blinken was called off.", "trip", "2023-02", M),
    # ... or both clauses tell one scene in the simple past
    (date(2023, 12, 11), "Chinese coast guard ships fired water cannon at a Philippine convoy "
     "on Sunday, and one of the ships rammed a Philippine supply boat.", "rammed",
     "2023-12-10", D),
    (date(2023, 12, 11), "Chinese coast guard ships fired water cannon at a Philippine convoy "
     "on Sunday, and one of the ships has rammed Philippine boats before.", "rammed",
     "2023-12-11", P.PUBLICATION),
    # a day counted from the day the story last named
    (date(2023, 8, 21), "Russia struck Odesa with missiles on Monday. Two days later, Ukraine "
     "attacked Russian warships near Sevastopol.", "attacked", "2023-08-23", D),
    (date(2023, 8, 21), "The Saudi crown prince received Iran's foreign minister in Jeddah on "
     "Friday. The Iranian envoy had flown into Jeddah a day earlier for meetings with Prince "
     "Faisal bin Farhan.", "flown", "2023-08-17", D),
    # a day named with no event does not anchor "hours later"; the last event's day does
    (date(2023, 5, 3), "Russia accused Ukraine on Tuesday of a drone attack on the Kremlin. "
     "Officials said a parade would go ahead in Moscow on May 9. Hours later, Russian "
     "artillery shelled Kharkiv.", "shelled", "2023-05-02", D),
    # a past-anchored time the parser hung on the infinitive dates the realized act
    (date(2023, 1, 23), "Sweden applied to join NATO in May last year.", "applied", "2022-05",
     M),
    # "which took place on Monday" says when the event noun was, wherever it is attached
    (PUB, "The meeting between Jake Sullivan and Wang Yi, which took place in Geneva on Monday, "
     "was the first in months.", "meeting", "2023-10-02", D),
    # a modal makes an unrealized event lie ahead, whatever the tense of the saying
    (PUB, "Officials said Chinese President Xi Jinping could meet U.S. President Joe Biden on "
     "Wednesday.", "meet", "2023-10-11", D),
    (PUB, "Officials denied reports of a meeting between Chinese President Xi Jinping and U.S. "
     "President Joe Biden on Wednesday.", "meeting", "2023-10-04", D),
    # an adverbial clause of the trigger shares its time; a dated multi-day event's end
    (date(2023, 6, 19), "Arriving in Beijing on Sunday, Secretary of State Antony Blinken met "
     "Chinese Foreign Minister Qin Gang.", "Arriving", "2023-06-18", D),
    (date(2023, 7, 10), "U.S. Treasury Secretary Janet Yellen ended her four-day visit to "
     "China on the 9th.", "visit", "2023-W27", W),
    (date(2023, 3, 22), "Chinese President Xi Jinping wrapped up his three-day state visit to "
     "Russia on Wednesday.", "visit", "2023-W12", W),
    # offsets, relative clauses, datelines
    (date(2023, 4, 10), "The drills were launched on Saturday, three days after Taiwanese "
     "President Tsai Ing-wen met U.S. House Speaker Kevin McCarthy in California.", "met",
     "2023-04-05", D),
    (PUB, "Wang Yi, who met Blinken in Munich in February, will visit Washington on Thursday.",
     "met", "2023-02", M),
    (PUB, "Wang Yi, who met Blinken in Munich in February, will visit Washington on Thursday.",
     "visit", "2023-10-12", D),
    (PUB, "Chinese Foreign Minister Wang Yi said on Friday that he would visit Washington next "
     "week.", "visit", "2023-W41", W),
    (date(2023, 10, 27), "BEIJING, Oct. 26 (Xinhua) -- Chinese Vice Premier He Lifeng met with "
     "U.S. Treasury Secretary Janet Yellen.", "met", "2023-10-26", D),
]


@pytest.mark.slow
@pytest.mark.parametrize(("pub", "text", "trigger", "value", "precision"), CODED_DATE_CASES)
def test_resolve_dates_coded_event_date(coder, make_article, pub: date, text: str,
                                        trigger: str, value: str, precision: P) -> None:
    events = [e for e in coder.code(make_article(text, published=pub)).events
              if e.evidence.trigger == trigger]
    assert events, [e.evidence.trigger for e in coder.code(make_article(text)).events]
    assert {(e.date.value, e.date.precision) for e in events} == {(value, precision)}


@pytest.mark.slow
def test_resolve_dates_seed_article(coder, shared_dir) -> None:
    """The issue's acceptance on ../shared/examples/seed-article.txt: each event keeps its
    own time, not the publication date."""
    from detente.ingest import read_inputs

    (article,) = list(read_inputs([str(shared_dir / "examples" / "seed-article.txt")]))
    by_trigger: dict[str, set[str | None]] = {}
    for e in coder.code(article).events:
        by_trigger.setdefault(e.evidence.trigger, set()).add(e.date.value)
        if e.evidence.trigger in ("meeting", "have a meeting") and "San Francisco" in (
                e.evidence.sentence):
            assert e.status.value in ("planned", "uncertain")
    assert by_trigger["held two-day talks"] == {"2023-09"}  # Malta, "last month"
    assert by_trigger["accused"] == {"2023-03"}  # "In March this year"
    assert by_trigger["shoot down"] == {"2023-02"}  # the balloon, "in February this year"
    assert by_trigger["dissatisfied"] == {"2023-02"}
    assert "2023-11" in by_trigger["have a meeting"]

