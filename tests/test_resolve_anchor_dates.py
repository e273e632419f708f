"""Event dates lent by an earlier sentence of the article (resolve.anchors): a time counted
from the story's last time ("the next day", "days later"), an event named again as the frame
of a new one ("In that letter, ..."), and a time counted from such an event ("Days before the
rally, ...")."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import DatePrecision, EventDate
from detente.resolve.anchors import relative_phrase, shift

PUB = date(2024, 3, 20)  # a Wednesday


@pytest.mark.parametrize(("text", "phrase"), [
    ("The ministry protested the next day.", "the next day"),
    ("Two weeks later, the envoy was recalled.", "Two weeks later"),
    ("The embassy closed days later.", "days later"),
    ("Earlier that week, the talks had stalled.", "Earlier that week"),
    ("He left that evening.", "that evening"),
    ("On the same day, the navy held drills.", "the same day"),
    ("The following month, the pact was signed.", "The following month"),
    ("Two months later, the pact was signed.", "Two months later"),
    ("The minister had arrived a day earlier.", "a day earlier"),
])
def test_resolve_anchor_dates_relative_phrases(text, phrase):
    m = relative_phrase(text)
    assert m is not None and m[0] == phrase


@pytest.mark.parametrize("text", [
    "The talks will resume next week.",  # counted from today: resolve() reads it
    "A day after the summit opened, he left.",  # counted from the clause after it
    "The ministry protested on Monday.",
    "They agreed that day-to-day contacts should resume.",
    "The two met in the morning of March 3.",
])
def test_resolve_anchor_dates_not_relative(text):
    assert relative_phrase(text) is None


@pytest.mark.parametrize(("anchor", "unit", "n", "vague", "value", "precision"), [
    (("2024-03-04", "day"), "day", 1, False, "2024-03-05", "day"),
    (("2024-03-04", "day"), "week", 2, False, "2024-W12", "week"),
    (("2024-03-04", "day"), "month", 1, False, "2024-04", "month"),
    (("2024-03-04", "day"), "hours", 1, True, "2024-03-04", "day"),
    (("2024-03-30", "day"), "days", 1, True, "2024-04", "month"),
    # never finer than the anchor: "the next day" after "In May" is May
    (("2023-05", "month"), "day", 1, False, "2023-05", "month"),
    (("2023-05", "month"), "days", 1, True, "2023-05", "month"),
    (("2023-05", "month"), "month", -1, False, "2023-04", "month"),
    (("2019", "year"), "day", 1, False, "2019", "year"),
])
def test_resolve_anchor_dates_shift_keeps_honest_precision(anchor, unit, n, vague, value,
                                                           precision):
    got = shift(EventDate(anchor[0], DatePrecision(anchor[1]), None), unit, n, vague, "x")
    assert (got.value, str(got.precision)) == (value, precision)


# (article text, trigger word, tense, expected value, expected precision)
ROWS: list[tuple[str, str, str, str, str]] = [
    # a time counted from the sentence before
    ("In February, Vilnius expelled a Belarusian attache. Minsk retaliated the next day by "
     "expelling a Lithuanian diplomat.", "retaliated", "past", "2024-02", "month"),
    ("The Chilean envoy was summoned on March 4. Santiago recalled its ambassador two days "
     "later.", "recalled", "past", "2024-03-06", "day"),
    ("Tensions had been growing since January, when the navy seized a trawler. Oslo "
     "withdrew its ambassador days later.", "withdrew", "past", "2024-01", "month"),
    ("Kenyan troops crossed the border on Feb. 26. Earlier that week, Somalia had warned "
     "Nairobi against any incursion.", "warned", "past", "2024-W09", "week"),
    ("The minister landed in Hanoi on March 11. That evening he dined with his Vietnamese "
     "counterpart.", "dined", "past", "2024-03-11", "day"),
    # background told by its year is passed over by days counted from the story's day
    ("On March 2, Baku reopened a crossing for aid trucks. The crossing was closed in 1994. "
     "Three days later, the Armenian minister visited Baku.", "visited", "past",
     "2024-03-05", "day"),
    # a plan the sentence before tells is not the story's time
    ("Officials met in Geneva on March 12. The envoy said a second round would open on "
     "March 28. The next day, Ankara protested.", "protested", "past", "2024-03-13", "day"),
    # a time earlier in the same sentence anchors the rest of it
    ("The Qatari emir met the Iranian president on March 5, and the Omani sultan followed "
     "four days later.", "followed", "past", "2024-03-09", "day"),
    ("On March 1 the two sides signed a truce that provides for elections in 2026, and the "
     "next day Brussels lifted its sanctions.", "lifted", "past", "2024-03-02", "day"),
    # an event named again as the frame of the new one
    ("Last month, the Malian junta sent a letter to the ECOWAS chair. In that letter, the "
     "junta accused the bloc of meddling.", "accused", "past", "2024-02", "month"),
    ("Erdogan and Putin spoke by phone on March 8. During the call, Erdogan urged Putin to "
     "revive the grain deal.", "urged", "past", "2024-03-08", "day"),
    ("The Kenyan president arrived in Seoul on March 11 for a three-day visit. He will sign "
     "a trade pact with Yoon during the visit.", "sign", "future", "2024-03-11", "day"),
    # an answer to what the story told last, with no time of its own
    ("Last October, Warsaw banned Ukrainian grain imports. Kyiv retaliated by filing a "
     "complaint at the WTO.", "filing", "past", "2023-10", "month"),
    ("The Dutch navy boarded a Russian trawler on March 4. In retaliation, Moscow expelled "
     "two Dutch diplomats.", "expelled", "past", "2024-W10", "week"),
    # a time counted from such an event
    ("The protest outside the embassy in Baghdad took place on March 1. Days before the "
     "protest, the Swedish envoy had been summoned.", "summoned", "past", "2024-02",
     "month"),
    ("Kim arrived in Vladivostok on March 13. Hours before Kim arrived, Pyongyang fired a "
     "missile into the sea, and Tokyo lodged a protest.", "lodged", "past", "2024-03-13",
     "day"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "tense", "value", "precision"), ROWS,
                         ids=[r[0][:50] for r in ROWS])
def test_resolve_anchor_dates_from_earlier_sentence(coder, text, word, tense, value,
                                                    precision):
    from detente.resolve.event_dates import trigger_date

    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    got = trigger_date(tok, tok.sent, tok.sent.text, PUB, tense)
    assert (got.value, str(got.precision)) == (value, precision), got


# the sentence dates its event itself, or lends nothing: the date read from it stays
KEEP: list[tuple[str, str, str]] = [
    # no earlier sentence: nothing to count from
    ("Minsk retaliated the next day by expelling a Lithuanian diplomat.", "retaliated",
     "publication"),
    # an event named anew with no time is today's, not an older one's
    ("Erdogan and Putin spoke by phone in January. The two leaders held a call. During the "
     "call, Erdogan urged Putin to revive the grain deal.", "urged", "publication"),
    # what goes on now is no part of the visit the saying was made at
    ("The commerce secretary visited Beijing on March 11. During the visit, she said that "
     "American firms have complained about raids.", "complained", "publication"),
    # "in response to" names what is answered: no time lent
    ("The Dutch navy boarded a Russian trawler on March 4. Moscow later expelled two Dutch "
     "diplomats in response to the sanctions.", "expelled", "publication"),
    # the sentence's own time
    ("Erdogan and Putin spoke by phone on March 8. During the call on March 9, Erdogan "
     "urged Putin to revive the grain deal.", "urged", "day"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "precision"), KEEP, ids=[r[0][:50] for r in KEEP])
def test_resolve_anchor_dates_nothing_lent(coder, text, word, precision):
    from detente.resolve.event_dates import trigger_date

    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    got = trigger_date(tok, tok.sent, tok.sent.text, PUB, "past")
    assert str(got.precision) == precision, got
    if precision == "day":
        assert got.value == "2024-03-09"


# whole articles through the coder: (text, source, cameo, target, date value)
ARTICLES: list[tuple[str, str, str, str, str]] = [
    # "the next day" hangs on "retaliated", the event is the expelling it governs
    ("In February, Lithuania expelled a Belarusian diplomat. Belarus retaliated the next day "
     "by expelling a Lithuanian diplomat.", "BLR", "161", "LTU", "2024-02"),
    # counted from the event the subject names again, told before with its day
    ("Pakistani jets struck militant hideouts in Iran on March 12. The strikes came only "
     "hours after Pakistan's prime minister met Iran's foreign minister in Davos.", "PAK",
     "044", "IRN", "2024-03-12"),
    ("Last month, the Malian junta sent a letter to the ECOWAS chair. In that letter, the "
     "junta accused ECOWAS of meddling in Mali's affairs.", "MLI", "112", "ECOWAS",
     "2024-02"),
]


def _country(code: str | None) -> str:
    return (code or "")[:3] if code != "ECOWAS" else code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "cameo", "tgt", "value"), ARTICLES,
                         ids=[r[0][:50] for r in ARTICLES])
def test_resolve_anchor_dates_whole_article(coder, make_article, text, src, cameo, tgt,
                                            value):
    res = coder.code(make_article(text, published=PUB))
    got = [e for e in res.events if e.cameo == cameo
           and _country(e.source.code if e.source else None) == src
           and _country(e.target.code if e.target else None) == tgt]
    assert got, [(e.source.code, e.cameo, e.target.code) for e in res.events]
    assert {e.date.value for e in got} == {value}, [(e.cameo, e.date) for e in got]
