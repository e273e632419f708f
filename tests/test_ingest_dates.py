"""Publication-date parsing and the language guess."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from detente.ingest import detect_language, parse_publication_date
from detente.ingest.dates import looks_like_date


@pytest.mark.parametrize(("value", "expected"), [
    ("2023.10.06", date(2023, 10, 6)),
    ("2023-10-06", date(2023, 10, 6)),
    ("2023/10/6", date(2023, 10, 6)),
    ("2023-10-06 08:00", date(2023, 10, 6)),
    ("2023-10-06T23:30:00-05:00", date(2023, 10, 6)),  # the local date, not UTC
    ("2023-10-06T08:00:00Z", date(2023, 10, 6)),
    ("20231006", date(2023, 10, 6)),
    ("2023年10月6日", date(2023, 10, 6)),
    ("Fri, 06 Oct 2023 08:00:00 GMT", date(2023, 10, 6)),
    ("Sat, 7 Oct 2023 10:00:00 +0000", date(2023, 10, 7)),
    ("Oct 6, 2023", date(2023, 10, 6)),
    ("October 6, 2023 10:32 AM EDT", date(2023, 10, 6)),
    ("Friday, October 6, 2023", date(2023, 10, 6)),
    ("6 October 2023", date(2023, 10, 6)),
    ("6 octobre 2023", date(2023, 10, 6)),
    ("  2023.10.06  ", date(2023, 10, 6)),
])
def test_ingest_dates_parse(value: str, expected: date) -> None:
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize("value", [
    "", "   ", "yesterday", "3 days ago", "not a date", "2023-13-45", "2023.02.30",
    "Oct 2023", "1850-01-01", "1899-12-31", "Oct 6", "x" * 500,
])
def test_ingest_dates_unparseable_or_out_of_range(value: str) -> None:
    assert parse_publication_date(value) is None


def test_ingest_dates_future_window() -> None:
    today = date.today()
    assert parse_publication_date((today + timedelta(days=2)).isoformat()) == today + timedelta(2)
    assert parse_publication_date((today + timedelta(days=3)).isoformat()) is None
    assert parse_publication_date("1900-01-01") == date(1900, 1, 1)


def test_ingest_dates_non_string_is_none() -> None:
    assert parse_publication_date(None) is None  # type: ignore[arg-type]
    assert parse_publication_date(20231006) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "expected"), [
    ("2023.10.06", True), ("Oct 6, 2023", True), ("6 octobre 2023", True),
    ("The ministers met on Friday", False), ("", False), ("x" * 80 + " 2023", False),
])
def test_ingest_dates_looks_like_date(value: str, expected: bool) -> None:
    assert looks_like_date(value) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The November meeting in San Francisco is still inconclusive, but an official told the "
     "paper that he is very sure the two leaders will have a meeting.", "en"),
    ("Le président de la République a reçu le ministre des affaires étrangères chinois à Paris "
     "pour une visite de deux jours.", "fr"),
    ("Der Bundeskanzler hat sich mit dem chinesischen Ministerpräsidenten in Berlin getroffen, "
     "um über die Beziehungen zu sprechen.", "de"),
    ("El presidente de los Estados Unidos se reunió con el líder chino en San Francisco para "
     "hablar de las relaciones entre los dos países.", "es"),
    ("Il presidente del Consiglio ha incontrato il ministro degli esteri cinese a Roma per "
     "discutere della cooperazione e della sicurezza.", "it"),
    ("O presidente do Brasil se reuniu com o líder chinês em Pequim para falar sobre o comércio "
     "e a cooperação entre os dois países.", "pt"),
    ("Президент России встретился с председателем КНР в Москве, и они обсудили вопросы "
     "сотрудничества и безопасности.", "ru"),
    ("美国总统与中国国家主席在旧金山举行会晤，双方就两国关系进行了坦诚深入的交流。", "zh"),
    ("التقى الرئيس الأمريكي بنظيره الصيني في سان فرانسيسكو لبحث العلاقات الثنائية بين البلدين.",
     "ar"),
    ("日本の首相は中国の国家主席と会談し、両国の関係について話し合った。", "ja"),
])
def test_ingest_language_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", [
    "", "ok", "12345 67890 !!!", "xkcd qwerty zzzz blah foo bar baz qux quux corge grault",
])
def test_ingest_language_unsure_is_none(text: str) -> None:
    assert detect_language(text) is None
