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
    ("Indian and Pakistani troops exchanged fire near Wagah late on Sunday.", ("IND", "PAK"),
     "19", "PAK"),
    ("Afghan and Pakistani guards clashed near Spin Boldak on Monday.", ("AFG", "PAK"), "19",
     "AFG"),
    ("Putin received Lukashenko on Wednesday at the Vostochny spaceport in Russia's Far East.",
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
    ("Macron welcomed Lula to the Elysee Palace on Friday.", ("FRA", "BRA"), "04", "FRA"),
    ("Scholz is due to meet Czech Prime Minister Petr Fiala in Prague on Thursday.",
     ("DEU", "CZE"), "04", "CZE"),
    ("An Egyptian delegation met Hamas officials in Khan Younis in May.", ("EGY", "PSE"),
     "04", "PSE"),
    ("Ukrainian and Russian troops clashed near Zaporizhzhia on Friday.", ("UKR", "RUS"),
     "19", "UKR"),
    # the place hung on the person met holds for what the two agreed there
    ("Kishida met Yoon Suk Yeol in Phnom Penh on Sunday, and the two agreed to seek an early "
     "resolution of the dispute.", ("JPN", "KOR"), "03", "KHM"),
]

#: an act coordinated with a trip happens where the trip went
AFTER_TRIP: list[Row] = [
    ("CAIRO, Sep 27 (Wire) -- Jordan's new ambassador travelled to Baghdad and handed his "
     "credentials to the Iraqi president.", ("JOR", "IRQ"), "03", "IRQ"),
    ("LONDON, Sep 27 (Wire) -- Indian Foreign Minister Jaishankar visited Dhaka and signed a "
     "power deal with Bangladesh.", ("IND", "BGD"), "05", "BGD"),
    ("ANKARA, Sep 27 (Wire) -- Erdogan travelled to Sochi and agreed with Putin to revive the "
     "grain deal.", ("TUR", "RUS"), "03", "RUS"),
    # (a dateline is no scene when the trip names one)
    # (aid announced is an intent to give it, 033, as the gold sets code it)
    ("Blinken flew to Kyiv on Wednesday and announced new military aid for Ukraine.",
     ("USA", "UKR"), "03", "UKR"),
]

#: a physical act is done where its object is; a participle coordinated with the trigger
#: tells the scene of both
OBJECT_PLACE: list[Row] = [
    ("Iraqi protesters stormed Sweden's embassy in Baghdad in July.", ("IRQ", "SWE"), "14",
     "IRQ"),
    ("Russian troops seized a Ukrainian checkpoint near Kupiansk on Sunday.", ("RUS", "UKR"),
     "17", "UKR"),
]

#: an act told with the meeting it was done at ("when the two met in ...")
OCCASION: list[Row] = [
    ("Penny Wong criticised Beijing's trade curbs when she met Wang Yi in Bangkok in March.",
     ("AUS", "CHN"), "11", "THA"),
    ("Blinken pressed Wang Yi on fentanyl when they met in Munich in February.",
     ("USA", "CHN"), "02", "DEU"),
    ("Macron criticised Moscow when he spoke in Bratislava on Wednesday.", ("FRA", "RUS"),
     "11", "SVK"),
]

#: "there": the place the sentence before named
THERE: list[Row] = [
    ("Leaders will gather for the G20 summit in New Delhi next month. Australian Prime "
     "Minister Anthony Albanese hopes to meet Xi Jinping there.", ("AUS", "CHN"), "04",
     "IND"),
    ("Scholz will attend the NATO summit in Vilnius in July. He is expected to meet Erdogan "
     "there.", ("DEU", "TUR"), "04", "LTU"),
]

#: the place of a "since" phrase belongs to the earlier event, not to this one
SINCE_PLACE: list[Row] = [
    ("Modi and Biden held their first meeting since the Quad summit in Tokyo in May 2022.",
     ("IND", "USA"), "04", None),
]

#: dates: a "since" phrase's time is the earlier event's; "there" brings the time of the
#: sentence before
DATES: list[Row] = [
    ("Modi and Biden held their first meeting since the Quad summit in Tokyo in May 2022.",
     ("IND", "USA"), "04", "2023-09-21"),
    ("Leaders will gather for the G20 summit in New Delhi next month. Australian Prime "
     "Minister Anthony Albanese hopes to meet Xi Jinping there.", ("AUS", "CHN"), "04",
     "2023-10"),
    ("Scholz will attend the NATO summit in Vilnius in July. He is expected to meet Erdogan "
     "there.", ("DEU", "TUR"), "04", "2024-07"),
    # an expression the parse split across clauses is read whole
    # (a guard: one expression the parse keeps whole)
    ("Brazil and India signed a trade pact in March last year after months of talks.",
     ("BRA", "IND"), "05", "2022-03"),
    # ", starting in ..." dates a measure still ahead
    ("Japan will extend to five cities a visa waiver that allows Indian tourists to stay for "
     "up to ten days, starting in June 2024.", ("JPN", "IND"), "08", "2024-06"),
    ("India will ease visa rules that allow Japanese students to work, starting in April.",
     ("IND", "JPN"), "08", "2024-04"),

    # a plan called off before it was due: the weekday ahead
    ("Ankara had cancelled a trip by the Dutch defence minister that was scheduled for "
     "Friday.", ("NLD", "TUR"), "04", "2023-09-22"),
    ("China postponed a visit by the German foreign minister that had been planned for "
     "Saturday.", ("DEU", "CHN"), "04", "2023-09-23"),
    # a trip that runs until a day: the days it lasts
    ("Lavrov flies to India today for a visit that lasts until Sept. 24.", ("RUS", "IND"),
     "04", "2023-W38"),
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
    ("The accord was concluded in March. Bahrain reopened its embassy in Doha in June, and "
     "Qatar's foreign minister visited Manama the same month.",
     ("QAT", "BHR"), "04", "2023-06"),
    # "at the time": the time the sentence before named, as precise as it was named
    ("Hungary blocked the EU aid package on Aug. 30. Kyiv summoned the Hungarian envoy at "
     "the time.", ("UKR", "HUN"), "11", "2023-08-30"),
    # what goes on now ("as Egypt mediates") is not dated by the past main clause's day
    ("Qatar's envoy flew to Cairo on Monday as Egypt mediates talks between Israel and "
     "Hamas.", ("EGY", "ISR"), "04", "2023-09-21"),
    # a time that is another noun's possessor is that noun's
    ("The call between Lloyd Austin and Dong Jun follows last month's agreement "
     "between Biden and Xi to restore military talks.", ("USA", "CHN"), "04", "2023-09-21"),
    # the examples an object lists keep their own time
    ("Macron voiced alarm over Russian naval manoeuvres near Poland, including two incidents "
     "in June.", ("FRA", "RUS"), "11", "2023-09-21"),
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


def test_resolve_event_scene_split_expression_read_whole():
    # the parser may hang "last year" on another clause; blanking that clause leaves "in May",
    # which alone would be this year's May
    from types import SimpleNamespace

    from detente.model import DatePrecision, EventDate
    from detente.resolve.event_dates import _whole_expression

    sent = SimpleNamespace(text="Chile joined the pact together in May last year after talks.")
    own = "Chile joined the pact together in May                         ."
    cut = EventDate("2023-05", DatePrecision.MONTH, "in May")
    whole = _whole_expression(cut, own, sent, PUB, "past")
    assert (whole.value, whole.precision) == ("2022-05", DatePrecision.MONTH)


def test_resolve_event_scene_coordinated_participle_gives_the_scene():
    from detente.nlp import load_nlp
    from detente.resolve.event_places import event_place
    from detente.resolve.places import Gazetteer

    doc = load_nlp()("The pact, negotiated by Norway and signed in Oslo in 1993, set up a "
                     "Palestinian authority.")
    negotiated = next(t for t in doc if t.text == "negotiated")
    loc = event_place(negotiated, None, doc[:], Gazetteer(), [])
    assert loc is not None and loc.country == "NOR"
