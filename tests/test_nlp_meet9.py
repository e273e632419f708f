"""Text -> event tables for meetings (root 04, session 12): each host of coordinated
by-phrases is placed by its own phrase ("received by A in Kyiv and by B in Moscow" hosts the
guest twice, 043 + 042 each); "The meeting was held ..." with no side named is the story's
pair meeting again; guests hosted "for indirect talks" or "for negotiations" negotiated
(046, not a mere meeting); "was in contact with X" is consultation (040); clashes whose
clause names no side are the story's latest fight again, both ways (190); a person who
"came to" a foreign city made a journey there (042), and so did one who hopes to "travel
there" after a place was named; one greeted or met "at the airport" or "on arrival" was hosted
(043 + 042); a journey noun whose "by" phrase the parser hung on an active verb ("follows a
trip to Beijing by X") was made by X.

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2023, 9, 21)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's texts as articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- coordinated by-phrases: each host where its own phrase puts it
    ("received by two hosts, each in own capital",
     "Over three days the Turkish president was received by Kassym-Jomart Tokayev in Astana "
     "and by Shavkat Mirziyoyev in Tashkent.",
     {("KAZ", "043", "TUR"), ("TUR", "042", "KAZ"), ("UZB", "043", "TUR"),
      ("TUR", "042", "UZB")}, {("UZB", "044", "TUR")}),
    ("welcomed by two hosts, each in own capital",
     "Last week the Indian foreign minister was welcomed by Olaf Scholz in Berlin and by "
     "Emmanuel Macron in Paris.",
     {("DEU", "043", "IND"), ("FRA", "043", "IND"), ("IND", "042", "FRA")},
     {("FRA", "044", "IND")}),
    ("received by two hosts, the second without a place",
     "The Kenyan president was received by Joe Biden in Washington and by Justin Trudeau "
     "on Friday.",
     {("USA", "043", "KEN"), ("KEN", "042", "USA")}, set()),
    # -- guests hosted for negotiation: 046 between them, no guest visit beside it
    ("hosted two ministers for indirect talks",
     "Egypt's foreign minister hosted the foreign ministers of Eritrea and Djibouti in Cairo "
     "in May for indirect talks.",
     {("EGY", "043", "ERI"), ("EGY", "043", "DJI"), ("ERI", "046", "DJI")},
     {("ERI", "044", "DJI"), ("DJI", "044", "ERI")}),
    ("hosted two delegations for negotiations",
     "The Qatari emir hosted the delegations of Rwanda and Congo in Doha for negotiations on "
     "a truce.",
     {("QAT", "043", "RWA"), ("RWA", "046", "COD")}, {("RWA", "044", "COD")}),
    ("hosted two leaders for proximity talks",
     "Kenyan President William Ruto hosted the leaders of Somalia and Ethiopia in Nairobi "
     "last week for proximity talks.",
     {("SOM", "046", "ETH")}, {("SOM", "044", "ETH")}),
    ("hosted two ministers for plain talks: still their meeting and their visits",
     "Egypt's foreign minister hosted the foreign ministers of Eritrea and Djibouti in Cairo "
     "in May for talks.",
     {("ERI", "042", "EGY"), ("ERI", "044", "DJI")}, {("ERI", "046", "DJI")}),
    # -- came to a foreign place
    ("came to a capital for talks",
     "Vietnamese Prime Minister Pham Minh Chinh came to Canberra on Monday for two days of "
     "talks.",
     {("VNM", "042", "AUS")}, set()),
    ("will come to a capital",
     "The Brazilian foreign minister will come to Tokyo next month, his ministry said.",
     {("BRA", "042", "JPN")}, set()),
    ("came to a country",
     "Chilean President Gabriel Boric came to Argentina last week.",
     {("CHL", "042", "ARG")}, set()),
    ("came to power: no place, no visit",
     "The generals came to power in Gabon in a coup in August.", set(),
     {("GAB", "042", "GAB")}),
    ("came to an agreement: no visit",
     "Hungary and Slovakia came to an agreement on gas transit.", set(),
     {("HUN", "042", "SVK"), ("SVK", "042", "HUN")}),
    # -- greeted or met on arrival: a hosting and the guest's visit
    ("greeted at the airport by a host",
     "Chinese Premier Li Qiang was greeted at the airport by Australian Prime Minister "
     "Anthony Albanese.", {("AUS", "043", "CHN"), ("CHN", "042", "AUS")}, set()),
    ("met on arrival in a capital",
     "Indian Prime Minister Narendra Modi was met on arrival in Cairo by Egyptian Prime "
     "Minister Mostafa Madbouly.", {("EGY", "043", "IND"), ("IND", "042", "EGY")}, set()),
    ("greeted at the airport under a dateline elsewhere: still the host's country",
     "SEOUL, June 3 - Chinese Premier Li Qiang landed before dawn and was greeted at the "
     "airport by North Korean leader Kim Jong Un.",
     {("PRK", "043", "CHN"), ("CHN", "042", "PRK")}, set()),
    ("arrived and greeted at the airport: one visit, one hosting",
     "Indian Prime Minister Narendra Modi arrived in Cairo on Saturday and was greeted at the "
     "airport by Egyptian Prime Minister Mostafa Madbouly.",
     {("IND", "042", "EGY"), ("EGY", "043", "IND")}, set()),
    ("greeted at a summit: no hosting",
     "Japanese Prime Minister Fumio Kishida was greeted by Joe Biden at the start of the "
     "G7 summit.", set(), {("USA", "043", "JPN")}),
    # -- a journey noun's maker in a by-phrase hung on an active verb
    ("follows a visit by",
     "The summit follows a visit to Seoul in May by Japanese Prime Minister Fumio Kishida.",
     {("JPN", "042", "KOR")}, set()),
    ("followed a visit by, a day named",
     "The announcement followed a visit to Kyiv by the German chancellor on Monday.",
     {("DEU", "042", "UKR")}, set()),
    # -- travel there: to the place named before
    ("hopes to travel there",
     "Scholz held talks in Beijing in April, and Macron has said he hopes to travel there "
     "next month.", {("FRA", "042", "CHN")}, set()),
    ("would go there",
     "The summit will be held in Nairobi, and the Nigerian president said he would go there "
     "on Friday.", {("NGA", "042", "KEN")}, set()),
    ("refugees went there: no visit",
     "The rebels seized Goma, and thousands of Rwandan refugees went there from the "
     "countryside.", set(), {("RWA", "042", "COD")}),
    # -- in contact with
    ("said it was in contact with a government",
     "Nepal said it was in contact with the Qatari government to secure help for its workers.",
     {("NPL", "040", "QAT")}, set()),
    ("a ministry is in contact with officials",
     "The Kenyan foreign ministry is in contact with Ethiopian officials about the detained "
     "traders.", {("KEN", "040", "ETH")}, set()),
    ("officials were in touch with a capital",
     "Officials in Seoul were in touch with Tokyo on Monday about the missile launch.",
     {("KOR", "040", "JPN")}, set()),
    ("lost contact: no consultation",
     "Kyiv lost contact with the Russian side after the talks collapsed.", set(),
     {("UKR", "040", "RUS")}),
    ("not in contact: no consultation",
     "The ministry of Pakistan said it was not in contact with the Taliban.", set(),
     {("PAK", "040", "AFG")}),
    ("an envoy posted there came to the capital: no journey",
     "The British ambassador came to Kabul in 2019.", set(), {("GBR", "042", "AFG")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_meet9_events(check, label: str, text: str, present: set[Triple],
                          absent: set[Triple]) -> None:
    check(text, present, absent, label)


# (text of an article, the sentence of interest's start, (source, root, target) expected)
RESTATED: list[tuple[str, str, str, tuple[str, str, str]]] = [
    ("the meeting was held: the story's pair",
     "Danish Prime Minister Mette Frederiksen travelled to Warsaw today for talks with "
     "Polish Prime Minister Donald Tusk. The meeting was held in a friendly atmosphere.",
     "The meeting was held", ("DNK", "04", "POL")),
    ("the talks were held after a clause with its own date",
     "Colombian and Ecuadorian ministers held three days of talks in Quito this week. The "
     "talks were held after Bogota announced on March 3 that it would close the border.",
     "The talks were held", ("COL", "04", "ECU")),
    ("the negotiations were held: the story's pair",
     "The Greek foreign minister met his Turkish counterpart in Ankara on Tuesday. The "
     "negotiations were held behind closed doors in the Turkish capital.",
     "The negotiations were held", ("GRC", "04", "TUR")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "start", "want"), RESTATED,
                         ids=[r[0] for r in RESTATED])
def test_nlp_meet9_meeting_held_again(coder, make_article, label: str, text: str, start: str,
                                      want: tuple[str, str, str]) -> None:
    """"The meeting was held ..." names no side: the story's pair met (its sentence codes
    the meeting, not nothing)."""
    events = coder.code(make_article(text, published=PUB)).events
    got = {frozenset((e.source.country, e.target.country)) for e in events
           if e.root == want[1] and e.source is not None and e.target is not None
           and e.evidence.sentence.startswith(start)}
    assert frozenset((want[0], want[2])) in got, (label, got)


@pytest.mark.slow
def test_nlp_meet9_meeting_held_keeps_told_date(coder, make_article) -> None:
    """The restated meeting keeps the date of the meeting told before, not the date of the
    clause the sentence sets it after."""
    text = ("Colombian and Ecuadorian ministers held three days of talks in Quito on "
            "September 19. The talks were held after Bogota announced on March 3 that it "
            "would close the border.")
    events = coder.code(make_article(text, published=PUB)).events
    held = [e for e in events if e.root == "04"
            and e.evidence.sentence.startswith("The talks were held")]
    assert held and all(e.date.value != "2023-03-03" for e in held), held


# (article text, the sentence of interest's start, the pair expected both ways; or None when
# the sentence must code no fight)
CLASHES: list[tuple[str, str, str, tuple[str, str] | None]] = [
    ("clashes with no side named: the story's two armies",
     "Armenian and Azerbaijani troops exchanged fire along the border on Tuesday. Clashes "
     "along the same stretch of border killed more than 200 soldiers in September last year, "
     "the Armenian defence ministry said.",
     "Clashes along", ("ARM", "AZE")),
    ("skirmishes with no side named after shelling told",
     "Indian artillery shelled Pakistani posts across the Line of Control on Sunday, the "
     "Pakistani army said. Skirmishes in the area have killed dozens of soldiers since May, "
     "according to the Indian army.",
     "Skirmishes in", ("IND", "PAK")),
    ("hostilities after a strike told",
     "Israeli jets struck targets in Syria overnight, the Syrian army said. The hostilities "
     "have displaced thousands of villagers, Syrian officials said.",
     "The hostilities", ("ISR", "SYR")),
    ("clashes of a named place are not the story's pair",
     "Armenian and Azerbaijani troops exchanged fire along the border on Tuesday. Clashes in "
     "Haiti killed twelve people last week.", "Clashes in", None),
    ("clashes with no fight told before name no pair",
     "The Armenian and Azerbaijani foreign ministers met in Geneva on Tuesday. Clashes along "
     "the border have killed dozens this year, the Armenian ministry said.", "Clashes along", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "start", "pair"), CLASHES,
                         ids=[r[0] for r in CLASHES])
def test_nlp_meet9_unnamed_clashes(coder, make_article, label: str, text: str, start: str,
                                   pair: tuple[str, str] | None) -> None:
    """Clashes whose clause names no side: the story's latest fight's two sides, each
    fighting the other; no pair when the phrase names a place or no fight was told."""
    events = coder.code(make_article(text, published=PUB)).events
    got = {(e.source.country, e.target.country) for e in events
           if e.root == "19" and e.source is not None and e.target is not None
           and e.evidence.sentence.startswith(start)}
    if pair is None:
        assert not got, (label, got)
    else:
        assert {pair, pair[::-1]} <= got, (label, got)


# (article text, the sentence of interest's start, (source, code or root, target) expected;
# or None when that sentence must code no 04 event)
STORY_PAIR: list[tuple[str, str, str, tuple[str, str, str] | None]] = [
    ("negotiating with no partner named: the story's other side",
     "Venezuela detained two American citizens in March. The State Department said on "
     "Friday that Washington was negotiating for their release.",
     "The State Department", ("USA", "046", "VEN")),
    ("would negotiate (an intent), the partner from the story's dispute",
     "Ethiopia accused Egypt of stoking unrest along the border. Ethiopian officials said "
     "Addis Ababa would negotiate only after the troops left.",
     "Ethiopian officials", ("ETH", "036", "EGY")),
    ("technical talks could resume: the story's dispute pair",
     "Kyrgyzstan closed its border with Tajikistan on Monday. Kyrgyz officials said "
     "technical talks on the water dispute could resume next month.",
     "Kyrgyz officials", ("KGZ", "04", "TJK")),
    ("a new round could resume is not the story's talks",
     "Kyrgyzstan closed its border with Tajikistan on Monday. Kyrgyz officials said a round "
     "of talks with Uzbek farmers could resume next month.",
     "Kyrgyz officials", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "start", "want"), STORY_PAIR,
                         ids=[r[0] for r in STORY_PAIR])
def test_nlp_meet9_story_pair(coder, make_article, label: str, text: str, start: str,
                              want: tuple[str, str, str] | None) -> None:
    """Negotiating with no partner named, and talks taken up again with no side named: the
    side or pair the story told before."""
    events = coder.code(make_article(text, published=PUB)).events
    got = {(e.source.country, e.root, e.cameo, e.target.country) for e in events
           if e.source is not None and e.target is not None
           and e.evidence.sentence.startswith(start)}
    if want is None:
        assert not {g for g in got if g[1] == "04" and {g[0], g[3]} == {"KGZ", "TJK"}}, (
            label, got)
        return
    src, code, tgt = want
    assert any({g[0], g[3]} == {src, tgt} and (g[1] == code if len(code) == 2
                                               else g[2] == code) for g in got), (label, got)


@pytest.mark.slow
def test_nlp_meet9_arrival_told_once(coder, make_article) -> None:
    """An arrival and the greeting at the airport tell one journey: one visit (042) and one
    hosting (043) for the pair, however many people each side names."""
    art = make_article("Indian Prime Minister Narendra Modi and his foreign minister arrived "
                       "in Cairo on Saturday and were greeted at the airport by Egyptian Prime "
                       "Minister Mostafa Madbouly and his deputy.", published=PUB)
    codes = [e.cameo for e in coder.code(art).events if e.root == "04"]
    assert codes.count("042") == 1 and codes.count("043") <= 1, codes


@pytest.mark.slow
def test_nlp_meet9_refused_negotiation_no_partner(coder, make_article) -> None:
    """"Will not compromise or negotiate on X": no negotiation with the story's partner."""
    art = make_article("Moscow detained two American citizens in March. The Secretary made "
                       "clear that the United States will not compromise or negotiate on "
                       "matters of national security.", published=PUB)
    got = [(e.source.country, e.cameo, e.target.country) for e in coder.code(art).events
           if e.cameo == "046" and e.source is not None and e.target is not None]
    assert not got, got
