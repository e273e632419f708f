"""Where and when an event took place, through the real pipeline, for scenes told across
clauses and sentences: small places and venues, the meeting an act was done at ("when the
two met in ..."), "there" for the place the sentence before named, and the earlier event of
a "since" phrase, whose place and time are its own. All sentences are ours.

Rows: (text, the dyad's two countries, the CAMEO root, the expected location country or
date value).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 9, 21)

Row = tuple[str, tuple[str, str], str, str | None]

#: border crossings, launch sites and seats of government the city list lacks
SMALL_PLACES: list[Row] = [
    ("Indian and Pakistani soldiers exchanged fire at Wagah on Sept. 6.", ("IND", "PAK"),
     "19", "PAK"),
    ("Pakistani and Afghan border guards clashed at Torkham on Monday.", ("PAK", "AFG"),
     "19", "PAK"),
    ("Putin hosted Lukashenko at the Vostochny space launch centre on Wednesday.",
     ("RUS", "BLR"), "04", "RUS"),
    ("Erdogan received Scholz at the Vahdettin Pavilion on Friday.", ("TUR", "DEU"), "04",
     "TUR"),
    ("Modi received Sisi at Hyderabad House on Tuesday and held talks with him.",
     ("IND", "EGY"), "04", "IND"),
    ("Steinmeier received Yoon Suk Yeol at Bellevue Palace on Monday.", ("DEU", "KOR"),
     "04", "DEU"),
]

#: a visit's place on its partner or its "to" phrase, and names the tagger took for people
HOSTS: list[Row] = [
    ("Biden welcomed Lula to the White House today for an official visit.", ("USA", "BRA"),
     "04", "USA"),
    ("President Macron is due to meet President Erdoğan in Vilnius on Tuesday.",
     ("FRA", "TUR"), "04", "LTU"),
    ("Qatari and Egyptian envoys held talks with Hamas leaders in Khan Younis in May.",
     ("QAT", "PSE"), "04", "PSE"),
    ("Ukrainian and Russian troops clashed near Zaporizhzhia on Friday.", ("UKR", "RUS"),
     "19", "UKR"),
    # the place hung on the person met holds for what the two agreed there
    ("Kishida met Yoon Suk Yeol in Phnom Penh on Sunday, and the two agreed to seek an early "
     "resolution of the dispute.", ("JPN", "KOR"), "03", "KHM"),
]

#: an act coordinated with a trip happens where the trip went
AFTER_TRIP: list[Row] = [
    ("RIYADH, Sep 27 (Wire) -- Saudi Arabia's new envoy to the Palestinians visited Ramallah "
     "and presented his credentials to Mahmoud Abbas.", ("SAU", "PSE"), "03", "PSE"),
    ("LONDON, Sep 27 (Wire) -- Indian Foreign Minister Jaishankar visited Dhaka and signed a "
     "power deal with Bangladesh.", ("IND", "BGD"), "05", "BGD"),
    ("ANKARA, Sep 27 (Wire) -- Erdogan travelled to Sochi and agreed with Putin to revive the "
     "grain deal.", ("TUR", "RUS"), "01", "RUS"),
    # (a dateline is no scene when the trip names one)
    ("Blinken flew to Kyiv on Wednesday and announced new military aid for Ukraine.",
     ("USA", "UKR"), "07", "UKR"),
]

#: a physical act is done where its object is; a participle coordinated with the trigger
#: tells the scene of both
OBJECT_PLACE: list[Row] = [
    ("Riyadh broke off relations in January 2016 after protesters stormed its embassy in "
     "Tehran.", ("IRN", "SAU"), "14", "IRN"),
    ("Russian troops seized a Ukrainian checkpoint near Kupiansk on Sunday.", ("RUS", "UKR"),
     "17", "UKR"),
    ("Under the deal brokered by Qatar and signed in Doha on March 10, Israel and Hamas "
     "agreed to a truce.", ("QAT", "PSE"), "04", "QAT"),
]

#: an act told with the meeting it was done at ("when the two met in ...")
OCCASION: list[Row] = [
    ("Foreign Minister Penny Wong raised Australia's concerns with Wang Yi when the two met "
     "on the sidelines of a regional forum in Bangkok in March.", ("AUS", "CHN"), "11",
     "THA"),
    ("Blinken pressed Wang Yi on fentanyl when they met in Munich in February.",
     ("USA", "CHN"), "02", "DEU"),
    ("Macron criticised Moscow when he spoke in Bratislava on Wednesday.", ("FRA", "RUS"),
     "11", "SVK"),
]

#: "there": the place the sentence before named
THERE: list[Row] = [
    ("But the next test of the relationship may come at the G20 summit in New Delhi next "
     "month. If Prime Minister Anthony Albanese and Chinese President Xi Jinping meet there, "
     "it would be their first real conversation in a year.", ("AUS", "CHN"), "04", "IND"),
    ("Scholz will attend the NATO summit in Vilnius in July. He is expected to meet Erdogan "
     "there.", ("DEU", "TUR"), "04", "LTU"),
]

#: the place of a "since" phrase belongs to the earlier event, not to this one
SINCE_PLACE: list[Row] = [
    ("Modi and Biden held their first meeting since their talks in Tokyo in May 2022.",
     ("IND", "USA"), "04", None),
]

#: dates: a "since" phrase's time is the earlier event's; "there" brings the time of the
#: sentence before
DATES: list[Row] = [
    ("Modi and Biden held their first meeting since their talks in Tokyo in May 2022.",
     ("IND", "USA"), "04", "2023-09-21"),
    ("But the next test of the relationship may come at the G20 summit in New Delhi next "
     "month. If Prime Minister Anthony Albanese and Chinese President Xi Jinping meet there, "
     "it would be their first real conversation in a year.", ("AUS", "CHN"), "04",
     "2023-10"),
    ("Scholz will attend the NATO summit in Vilnius in July. He is expected to meet Erdogan "
     "there.", ("DEU", "TUR"), "04", "2024-07"),
    # an expression the parse split across clauses is read whole
    ("Sweden and Finland applied for membership of NATO together in May last year after "
     "Russia invaded Ukraine, but Turkey says Stockholm harbours militants.", ("SWE", "NATO"),
     "02", "2022-05"),
    # (a guard: one expression the parse keeps whole)
    ("Brazil and India signed a trade pact in March last year after months of talks.",
     ("BRA", "IND"), "05", "2022-03"),
    # ", starting in ..." dates a measure still ahead
    ("Japan will extend to five cities a visa waiver that allows Indian tourists to stay for "
     "up to ten days, starting in June 2024.", ("JPN", "IND"), "08", "2024-06"),
    ("India will ease visa rules that allow Japanese students to work, starting in April.",
     ("IND", "JPN"), "08", "2024-04"),

    # a plan called off before it was due: the weekday ahead
    ("Turkey had already called off a visit by Swedish Defence Minister Pal Jonson that was "
     "set for Friday, saying on Saturday that the trip had lost its meaning.",
     ("SWE", "TUR"), "04", "2023-09-22"),
    ("China postponed a visit by the German foreign minister that had been planned for "
     "Saturday.", ("DEU", "CHN"), "04", "2023-09-23"),
    # a trip that runs until a day: the days it lasts
    ("Wang Yi will leave Beijing later today for a trip to Germany and France that runs until "
     "Sept. 24.", ("CHN", "DEU"), "04", "2023-W38"),
    ("Blinken will begin a visit to India on Friday that lasts until Sunday.", ("USA", "IND"),
     "04", "2023-W38"),
    # a time counted from a saying the sentence dates days before the publication
    ("Wang Yi said in August that he would visit Washington next month.", ("CHN", "USA"),
     "04", "2023-09"),
    ("Blinken said last Friday that he would travel to Beijing next week.", ("USA", "CHN"),
     "04", "2023-W38"),
    ("Kishida told reporters on Sept. 1 that he would meet Li Qiang the following week.",
     ("JPN", "CHN"), "04", "2023-W36"),
    # (a saying of the publication week counts from the publication: the same)
    ("Blinken said he would travel to Beijing next week.", ("USA", "CHN"), "04",
     "2023-W39"),
    # "that year": the year the sentence before named
    ("Modi has not been to China since 2019. Modi last visited the country that year, when "
     "he met Xi Jinping in Wuhan.", ("IND", "CHN"), "04", "2019"),
    ("Greece and Turkey signed a trade pact in March 2021. Later that year, Erdogan visited "
     "Athens.", ("TUR", "GRC"), "04", "2021"),
    ("The deal was signed in March. Iran reopened its embassy in Riyadh in June, and Saudi "
     "Foreign Minister Prince Faisal bin Farhan visited Tehran the same month.",
     ("SAU", "IRN"), "04", "2023-06"),
    # what goes on now ("as Egypt mediates") is not dated by the past main clause's day
    ("Qatar's envoy flew to Cairo on Monday as Egypt mediates talks between Israel and "
     "Hamas.", ("EGY", "ISR"), "04", "2023-09-21"),
    # a time that is another noun's possessor is that noun's
    ("The call between Lloyd Austin and Dong Jun follows last month's agreement "
     "between Biden and Xi to restore military talks.", ("USA", "CHN"), "04", "2023-09-21"),
    # the examples an object lists keep their own time
    ("Macron expressed serious concern about the dangerous actions of Russian warships near "
     "Poland, including the incidents in June.", ("FRA", "RUS"), "11", "2023-09-21"),
]


def _picked(coder, make_article, text, dyad, root):
    res = coder.code(make_article(text, published=PUB))
    want = frozenset(dyad)
    picked = [e for e in res.events
              if frozenset((e.source.country, e.target.country)) == want and e.root == root]
    shown = [(e.source.code, e.cameo, e.target.code, e.date.value,
              e.location.country if e.location else None) for e in res.events]
    assert picked, ("no event for the dyad", shown)
    return picked, shown


PLACES = [*SMALL_PLACES, *HOSTS, *AFTER_TRIP, *OBJECT_PLACE, *OCCASION, *THERE,
          *SINCE_PLACE]


@pytest.mark.parametrize(("text", "dyad", "root", "country"), PLACES,
                         ids=[r[0][:60] for r in PLACES])
def test_resolve_event_scene_location(coder, make_article, text, dyad, root, country):
    picked, shown = _picked(coder, make_article, text, dyad, root)
    assert any((e.location.country if e.location else None) == country for e in picked), shown


@pytest.mark.parametrize(("text", "dyad", "root", "value"), DATES,
                         ids=[r[0][:60] for r in DATES])
def test_resolve_event_scene_date(coder, make_article, text, dyad, root, value):
    picked, shown = _picked(coder, make_article, text, dyad, root)
    assert any(e.date.value == value for e in picked), shown
