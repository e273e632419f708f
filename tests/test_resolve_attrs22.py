"""Dates and places kept to their own event (session 18, attrs22).

- "the 8th Strategic Dialogue", "the 9th annual summit": an ordinal before a name or a
  noun of a gathering numbers the gathering; it is no day of the month ("on the 20th" is);
- a gathering listed beside another with its own time ("the talks in Cairo on 3 May, ... as
  well as the summit in Aqaba on 26 February") lends that time to no other event;
- a participle that recalls something past ("thanked him, recalling his trip in
  February") keeps its time and place to what it recalls;
- a "where" clause the parser hung on a date ("the talks held in Doha on 2 May, where
  the envoys met ...") takes the place of the phrase the date belongs to.
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article
from detente.resolve._daterules import candidates


def _events(coder, text: str, pub: datetime.date):
    art = Article(id="attrs22", title=None, text=text, published=pub)
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.date.value, e.date.precision.value,
             e.location.name if e.location else None)
            for e in coder.code(art).events]


NOV = datetime.date(2023, 11, 26)
MAY = datetime.date(2023, 5, 7)

# (text, publication, source, cameo prefix, target, date value, precision, place or "")
ROWS = [
    # an ordinal numbering a gathering is no day
    ("Foreign Minister Cho Tae-yul hosted the 8th Korea-China Strategic Dialogue in Seoul "
     "today with Chinese Vice Minister Sun Weidong.", NOV,
     "KOR", "04", "CHN", "2023-11-26", "day", "Seoul"),
    ("South Korea hosted the 9th trilateral summit with China and Japan in Seoul on Monday.",
     NOV, "KOR", "04", "CHN", "2023-11-20", "day", "Seoul"),
    ("Egypt hosted the 3rd annual meeting of Arab foreign ministers with Jordan in Cairo.",
     NOV, "EGY", "04", "JOR", "2023-11-26", "publication", "Cairo"),
    # ... where a day ordinal still is one
    ("Japan's foreign minister met China's foreign minister on the 20th in Tokyo.", NOV,
     "JPN", "04", "CHN", "2023-11-20", "day", "Tokyo"),
    ("On the 12th, South Korea and Japan held talks in Seoul.", NOV,
     "KOR", "04", "JPN", "2023-11-12", "day", "Seoul"),
    ("Japan and China held talks on the 22nd November in Tokyo.", NOV,
     "JPN", "04", "CHN", "2023-11-22", "day", "Tokyo"),
    # a gathering listed beside another keeps its own time; a "where" clause on a date
    ("Egypt praised the talks held in Cairo on 3 May, where Israeli and Palestinian envoys "
     "met Egyptian officials, as well as the summit in Aqaba on 26 February.", MAY,
     "ISR", "04", "EGY", "2023-05-03", "day", "Cairo"),
    ("The ministers welcomed the talks held in Doha on 2 May, where the envoys of Qatar and "
     "Egypt met the Israeli negotiator, David Barnea, as well as the conference in Cairo on "
     "14 April.", MAY, "EGY", "04", "ISR", "2023-05-02", "day", "Doha"),
    ("Oman welcomed the talks held in Muscat on 2 May, where Iranian envoys met Saudi "
     "officials, as well as the conference in Baghdad on 20 April.", MAY,
     "IRN", "04", "SAU", "2023-05-02", "day", "Muscat"),
    # a recalling participle keeps its time and place
    ("The Prime Minister of Chile thanked UN Secretary-General Guterres for his help, "
     "recalling his trip to the burned regions in February.", MAY,
     "CHL", "051", "UNO", "2023-05-07", "publication", ""),
    ("Japan's prime minister thanked President Biden for his support, recalling their "
     "meeting at Camp David in August.", NOV,
     "JPN", "051", "USA", "2023-11-26", "publication", ""),
    ("Speaking in Tokyo on Monday, Japan's prime minister thanked President Biden for his "
     "support.", NOV, "JPN", "051", "USA", "2023-11-20", "day", "Tokyo"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pub", "src", "code", "tgt", "value", "prec", "place"),
                         ROWS, ids=[r[0][:60] for r in ROWS])
def test_resolve_attrs22_own_date_and_place(coder, text, pub, src, code, tgt, value, prec,
                                            place):
    got = _events(coder, text, pub)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[3] == value and h[4] == prec and (h[5] or "") == place for h in hits), got


# (text, whether a day rule reads an ordinal day in it)
ORDINALS = [
    ("hosted the 8th Korea-China Strategic Dialogue", False),
    ("attended the 20th party congress in Beijing", False),
    ("opened the 5th annual summit", False),
    ("held the 3rd consecutive round", False),
    ("met on the 20th in Tokyo", True),
    ("On the 12th, the two sides met", True),
    ("talks on the 21st and the 22nd", True),
]


@pytest.mark.parametrize(("text", "is_day"), ORDINALS, ids=[r[0] for r in ORDINALS])
def test_resolve_attrs22_ordinal_day(text, is_day):
    kinds = [c[2] for c in candidates(text)]
    assert ("day" in kinds) == is_day, kinds


APR = datetime.date(2023, 4, 20)

# (story, publication, source, cameo prefix, target, date value of the last sentence's event)
ANCHORED = [
    # "the day after / before X": one day from the event named again
    ("Lula won the presidential election on October 30. Chancellor Olaf Scholz "
     "congratulated Lula the day after his victory.", datetime.date(2022, 11, 20),
     "DEU", "051", "BRA", "2022-10-31"),
    ("Erdogan won the runoff on May 28. Putin congratulated Erdogan the day after the vote.",
     datetime.date(2023, 6, 5), "RUS", "051", "TUR", "2023-05-29"),
    ("Xi arrived in Moscow on March 20. Putin met Xi the day after the arrival.", APR,
     "RUS", "04", "CHN", "2023-03-21"),
    # "that meeting": the meeting the sentence before named last
    ("The ministers welcomed the talks held in Doha on 2 May, as well as the summit in Riyadh "
     "on 12 April. The Syrian foreign minister had visited Riyadh two days before that "
     "summit.", datetime.date(2023, 5, 7), "SYR", "042", "SAU", "2023-04-10"),
    ("Egypt hosted talks in Cairo on 3 April, and Jordan hosted a summit in Aqaba on 10 April. "
     "The Jordanian king had visited Cairo three days before that summit.", APR,
     "JOR", "042", "EGY", "2023-04-07"),
    # "Within days / hours, ...": counted from the story's last time, not from today
    ("In August 2018 Canada's foreign ministry criticised the arrest of activists in Saudi "
     "Arabia. Within days Saudi Arabia expelled the Canadian ambassador.",
     datetime.date(2023, 5, 25), "SAU", "161", "CAN", "2018-08"),
    ("In March 2022 Russia detained two Latvian diplomats. Within hours, Latvia expelled the "
     "Russian ambassador.", datetime.date(2023, 5, 25), "LVA", "161", "RUS", "2022-03"),
    ("Chad expelled the German ambassador on April 7. Within a week Germany expelled "
     "Chad's ambassador.", APR, "DEU", "161", "TCD", "2023-04"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pub", "src", "code", "tgt", "value"), ANCHORED,
                         ids=[r[0][-50:] for r in ANCHORED])
def test_resolve_attrs22_anchored(coder, text, pub, src, code, tgt, value):
    got = _events(coder, text, pub)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[3] == value for h in hits), got


SEP = datetime.date(2021, 9, 25)

# an event in doubt told in the simple past passive is read in the past: (text, source,
# cameo prefix, target, date value)
PAST_IN_DOUBT = [
    ("The Canadian was reportedly sentenced by China to 11 years in prison in August.",
     "CHN", "173", "CAN", "2021-08"),
    ("Ukrainian ports were reportedly attacked by Russia in November.", "RUS", "19", "UKR",
     "2020-11"),
    ("Chinese warships were reportedly sent toward Taiwan in November.", "CHN", "15", "TWN",
     "2020-11"),
    ("The Japanese diplomat was allegedly detained by Russia in December, officials said.",
     "RUS", "173", "JPN", "2020-12"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "value"), PAST_IN_DOUBT,
                         ids=[r[0][:50] for r in PAST_IN_DOUBT])
def test_resolve_attrs22_past_in_doubt(coder, text, src, code, tgt, value):
    got = _events(coder, text, SEP)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[3] == value for h in hits), got
