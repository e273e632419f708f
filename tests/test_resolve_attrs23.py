"""Status, dates and places of an event, second pass (session 18, attrs23).

- "the agreement (that) Tehran and Riyadh reached in March to restore ties": a relative
  clause on an agreement noun, told in the past, says the deal was made -- the act it was
  made for happened then (not planned, not dated a March ahead);
- "two days before the run-off": a word the tokenizer split at its hyphen names an event
  told before as a whole; "the swap", "the exchange" name an exchange told before;
- "flew to Port Moresby, where ...": only a place takes a "where" clause, even one the
  tagger took for a person's name;
- "since their previous talks in Hanoi in May 2019": the earlier event named as such
  ("last", "previous") inside a "since" phrase keeps the time the phrase names for it;
- "pardoned a German, who had been sentenced in Minsk, two days before the swap": a phrase
  after a relative clause set off by commas times the main clause, not the aside.
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article
from detente.resolve.dates import event_date


def _events(coder, text: str, pub: datetime.date):
    art = Article(id="attrs23", title=None, text=text, published=pub)
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value, e.date.value,
             e.location.name if e.location else None)
            for e in coder.code(art).events]


NOV = datetime.date(2023, 11, 26)

# (text, source, cameo prefix, target, status, date value)
AGREED = [
    ("Oman praised the agreement that Iran and Saudi Arabia reached in March to restore "
     "diplomatic relations.", "IRN", "054", "SAU", "happened", "2023-03"),
    ("Ankara cited the accord that Turkey and Armenia signed in 2009 to establish ties.",
     "TUR", "054", "ARM", "happened", "2009"),
    ("Cairo hailed the deal which Israel and Jordan sealed in June to resume flights.",
     "ISR", "08", "JOR", "happened", "2023-06"),
    # negative: an agreement whose clause tells what is still to come stays planned
    ("Oman welcomed the agreement that Iran and Saudi Arabia will restore relations.",
     "IRN", "054", "SAU", "planned", "2023-11-26"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status", "value"), AGREED,
                         ids=[r[0][:60] for r in AGREED])
def test_resolve_attrs23_agreement_reached(coder, text, src, code, tgt, status, value):
    got = _events(coder, text, NOV)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[3] == status and h[4] == value for h in hits), got


# (story, source, cameo prefix, target, date value of the last sentence's event)
ANCHORED = [
    ("Turkey held a presidential run-off on 28 May. Two days before the run-off, Russia "
     "praised Turkey.", "RUS", "051", "TUR", "2023-05-26"),
    ("Poland held a by-election on 4 June. The day after the by-election, Germany criticized "
     "Poland.", "DEU", "111", "POL", "2023-06-05"),
    ("Iran and the United States exchanged prisoners on 18 September. Two days before the "
     "swap, Iran accused Israel of sabotage.", "IRN", "112", "ISR", "2023-09-16"),
    ("Russia and Ukraine exchanged prisoners on 3 August. A day after the exchange, Ukraine "
     "accused Russia of torture.", "UKR", "112", "RUS", "2023-08-04"),

    # a phrase after a relative clause set off by commas times the main clause, not the
    # aside (whose own time is not told)
    ("Iran and the United States exchanged prisoners on 18 September. Iran had pardoned an "
     "American citizen, who had been sentenced to prison in Tehran, two days before the "
     "swap.", "IRN", "0841", "USA", "2023-09-16"),
    ("Iran and the United States exchanged prisoners on 18 September. Iran had pardoned an "
     "American citizen, who had been sentenced to prison in Tehran, two days before the "
     "swap.", "IRN", "173", "USA", "2023-11-26"),
    ("Russia and Belarus swapped detainees on 2 August. Belarus had released a Lithuanian "
     "journalist, who had been detained in Minsk, one day before the exchange.", "BLR",
     "0841", "LTU", "2023-08-01"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "value"), ANCHORED,
                         ids=[r[0][-50:] for r in ANCHORED])
def test_resolve_attrs23_anchored(coder, text, src, code, tgt, value):
    got = _events(coder, text, NOV)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[4] == value for h in hits), got


# (text, source, cameo prefix, target, place or "")
WHERE = [
    ("Australia's defence minister flew to Port Moresby, where Australia and Papua New "
     "Guinea signed a security pact.", "AUS", "057", "PNG", "Port Moresby"),
    ("Last week the Japanese foreign minister flew to Jakarta, where Japan and Indonesia "
     "signed a maritime pact.", "JPN", "057", "IDN", "Jakarta"),
    # negative: a person the clause hangs off is no place
    ("Australia's defence minister thanked Marape, where Australia and Papua New Guinea "
     "signed a defense agreement.", "AUS", "057", "PNG", ""),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "place"), WHERE,
                         ids=[r[0][:60] for r in WHERE])
def test_resolve_attrs23_where_place(coder, text, src, code, tgt, place):
    got = _events(coder, text, NOV)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any((h[5] or "") == place for h in hits), got


# (sentence, trigger word, the time it takes or None for the publication day)
SINCE = [
    ("It was their first meeting in years, since their last meeting in Hanoi in May 2019.",
     "meeting", 2, "2019-05"),
    ("Wang visited Seoul on Monday, his first trip there since his previous visit to Seoul "
     "in December 2020.", "visit", 2, "2020-12"),
    ("The talks were the first since the last round in Geneva in June 2022.", "round", 1,
     "2022-06"),
    # the first such event is not dated by the "since" phrase
    ("It was their first meeting since their talks in Oslo in March 2021.", "meeting", 1,
     None),
    ("Biden met Xi, their first talks since November 2022.", "talks", 1, None),
]


@pytest.mark.parametrize(("text", "word", "nth", "value"), SINCE, ids=[r[0][:50] for r in SINCE])
def test_resolve_attrs23_since_phrase(text, word, nth, value):
    at = -1
    for _ in range(nth):
        at = text.index(word, at + 1)
    got = event_date(text, at, at + len(word), NOV, "past")
    assert got.value == (value or NOV.isoformat()), got


# (sentence, trigger word, expected status): a clause before a semicolon is no complement
# of a verb with its own complement after it; what an anniversary marks happened
STATUS = [
    ("The two ministers also met in Geneva; the French side again urged Iran to free its "
     "citizens.", "met", "happened"),
    ("Russia shelled the port in Odesa; Ukraine asked the UN to act.", "shelled", "happened"),
    ("The envoy must leave Vilnius by 24 February, the first anniversary of Russia's "
     "invasion of Ukraine.", "invasion", "happened"),
    ("Kyiv will mark the second anniversary of the Russian attack on the dam.", "attack",
     "happened"),
    # negative: a saying after the semicolon still tells the clause before it
    ("Russia attacked the port; Ukrainian officials claimed.", "attacked", "uncertain"),
    ("Kyiv may be attacked again before the anniversary of the invasion.", "attacked",
     "hypothetical"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "status"), STATUS, ids=[r[0][:50] for r in STATUS])
def test_resolve_attrs23_status(coder, text, word, status):
    from detente.nlp.status import decide
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert decide(tok, sentence=tok.sent).status.value == status
