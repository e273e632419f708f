"""Publication dates: parse the date strings that articles, feeds and JSON records carry."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = ["parse_publication_date", "looks_like_date"]

log = logging.getLogger(__name__)

_EARLIEST = date(1900, 1, 1)
_FUTURE_SLACK = timedelta(days=2)

# 2023.10.06, 2023-10-06, 2023/10/06, 2023年10月6日, optionally followed by a time
_YMD_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:$|[\sT,])")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_LOOKS_LIKE_DATE_RE = re.compile(
    rf"\d{{1,4}}\s*[-./年]\s*\d{{1,2}}\s*[-./月]\s*\d{{1,4}}|\b(?:{_MONTHS})\b\.?|\b\d{{8}}\b"
    r"|\b(?:1[89]|20)\d{2}\b",
    re.IGNORECASE,
)
# Dateparser is only asked about absolute dates, in the languages we read.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
}
_DATEPARSER_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "zh", "ar"]


def looks_like_date(value: str) -> bool:
    """True when short ``value`` has the look of a date: numbers with separators, a year or an
    English month name. A cheap filter before :func:`parse_publication_date`."""
    value = value.strip()
    return 0 < len(value) <= 60 and bool(_LOOKS_LIKE_DATE_RE.search(value))


def _check(d: date | None) -> date | None:
    if d is None:
        return None
    if d < _EARLIEST or d > date.today() + _FUTURE_SLACK:
        return None
    return d


def parse_publication_date(value: str) -> date | None:
    """The calendar date in ``value``, or None when there is none that makes sense.

    Understands ``2023.10.06``/``2023-10-06``/``2023/10/06`` (with or without a time), ISO 8601
    timestamps (the date is taken as written, not converted to UTC), RFC 822 dates from feeds
    (``Fri, 06 Oct 2023 08:00:00 GMT``) and, through dateparser, written dates such as
    ``Oct 6, 2023`` or ``6 octobre 2023``. Relative expressions ("yesterday") are not
    publication dates and give None. Dates before 1900 or more than two days in the future are
    rejected (None). Never raises.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 100:
        return None
    m = _YMD_RE.match(text + " ") or _COMPACT_RE.match(text)
    if m:
        try:
            return _check(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    try:
        return _check(datetime.fromisoformat(text).date())
    except ValueError:
        pass
    if "," in text[:5] or re.search(r"\d{2}:\d{2}(:\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,5})$", text):
        try:
            return _check(parsedate_to_datetime(text).date())
        except (TypeError, ValueError, IndexError):
            pass
    if not re.search(r"\d{4}", text):  # a publication date must carry its year
        return None
    try:
        import dateparser  # imported late: it is slow to load and rarely needed

        parsed = dateparser.parse(text, languages=_DATEPARSER_LANGUAGES,
                                  settings=_DATEPARSER_SETTINGS)
    except Exception as exc:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r: %s", text, exc)
        return None
    return _check(parsed.date()) if parsed else None
