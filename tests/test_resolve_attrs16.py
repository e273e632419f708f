"""Where an event took place when its own clause names no place: the speaker's place over
the speaker's own side's clause, a participle's verb's place, the place of the envoys or
mission an act is done to, where an envoy was summoned to, a place hung on the person an
act is aimed at, a mission that speaks, and the trip a "when" clause tells of."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

#: (text, source country, root, target country, the place's name, or None: no place, or
#: "not:NAME": any place but that one)
CASES = [
    # the speaker's place: a clause of the speaker's own side, and its conjunct
    ("In Beijing, a foreign ministry spokeswoman said the talks had gone well and urged "
     "Tokyo to show restraint.", "CHN", "02", "JPN", "Beijing"),
    ("In Tokyo, the foreign ministry said Japan would hold talks with South Korea on the "
     "dispute.", "JPN", "04", "KOR", "Tokyo"),
    ("In Canberra, the foreign ministry said Australia recognised the new government of "
     "Fiji.", "AUS", "05", "FJI", "Canberra"),
    ("The Chinese foreign ministry said in Beijing that the move was a provocation by the "
     "Philippine coast guard.", "CHN", "11", "PHL", "Beijing"),
    # another side's statement is not made where the reporter speaks
    ("In Paris, officials said China had criticised Japan over the visit.",
     "CHN", "11", "JPN", "not:Paris"),
    ("Speaking in Tokyo, the minister said Beijing had criticised Manila.",
     "CHN", "11", "PHL", "not:Tokyo"),
    # a participle of the same subject: what the marchers did where they marched
    ("Thousands of Armenians rallied in Yerevan on Friday, demanding that Russia withdraw "
     "its peacekeepers.", "ARM", "10", "RUS", "Yerevan"),
    ("Farmers protested in Warsaw, accusing Ukraine of dumping cheap grain.",
     "POL", "11", "UKR", "Warsaw"),
    ("Hundreds of Serbs marched through Belgrade on Sunday, accusing NATO of war crimes.",
     "SRB", "11", "NATO", "Belgrade"),
    # ... not the place a strike was aimed at, nor a place of the participle's object
    ("Russia fired missiles at Kyiv overnight, accusing Ukraine of preparing an attack.",
     "RUS", "11", "UKR", "not:Kyiv"),
    ("Students marched through Tbilisi, condemning the Russian occupation of Abkhazia.",
     "RUS", "19", "GEO", "not:Tbilisi"),
    # envoys and missions: where they are posted
    ("Kenya recalled its envoy from Mogadishu on Monday.", "KEN", "16", "SOM", "Mogadishu"),
    ("Estonia ordered the Russian ambassador in Tallinn to leave the country.",
     "EST", "16", "RUS", "Tallinn"),
    ("Niger's junta gave the French ambassador 48 hours to leave Niamey.",
     "NER", "16", "FRA", "Niamey"),
    ("The minister said Mexican diplomats would leave Ecuador immediately.",
     "MEX", "16", "ECU", "Ecuador"),
    ("Seoul named a veteran diplomat as its ambassador in Tokyo.",
     "KOR", "05", "JPN", "Tokyo"),
    # "ambassador to X" names the country of the mission, not where the recall took place
    ("Spain recalled its ambassador to Argentina for consultations.",
     "ESP", "16", "ARG", None),
    # summoned to a place
    ("The Greek foreign ministry summoned the Turkish envoy to its offices in Athens.",
     "GRC", "11", "TUR", "Athens"),
    ("China summoned the Dutch ambassador to the foreign ministry in Beijing on Friday.",
     "CHN", "11", "NLD", "Beijing"),
    ("On Monday, Israel's foreign minister summoned Brazil's ambassador to the Holocaust memorial "
     "in Jerusalem and told him Israel expected an apology.", "ISR", "11", "BRA", "Jerusalem"),
    # a place the parser hung on the person addressed
    ("Blinken urged Prime Minister Fumio Kishida in Tokyo to boost defence spending.",
     "USA", "02", "JPN", "Tokyo"),
    # a mission that speaks, speaks where it is
    ("The Chinese embassy in Manila condemned the Philippine statement.",
     "CHN", "11", "PHL", "Manila"),
    ("The Russian embassy in Washington denounced the new sanctions.",
     "RUS", "11", "USA", "Washington"),
    ("The Japanese embassy in Hanoi deplored the visit.", "JPN", "11", "VNM", "Hanoi"),
    # a physical act told in the passive: where its object is
    ("The Swedish embassy in Baghdad was stormed by Iraqi protesters on Thursday.",
     "IRQ", "14", "SWE", "Baghdad"),
    ("The Chinese Embassy in Belgrade was bombed by NATO in 1999.",
     "NATO", "19", "CHN", "Belgrade"),
    # a text signed: the place hung on the text, or the city it is named for
    ("The EU and Azerbaijan inked a memorandum of understanding in Baku to raise gas flows.",
     "EU", "05", "AZE", "Baku"),
    ("Riyadh and Doha signed the Al-Ula Declaration at the Gulf summit.",
     "SAU", "05", "QAT", "AlUla"),
    ("Ethiopia and Somalia adopted the Ankara Declaration on Wednesday.",
     "ETH", "05", "SOM", "Ankara"),
    # ... a country or a person in the name is no place
    ("China and Saudi Arabia signed the China-Saudi Arabia Comprehensive Strategic "
     "Partnership Agreement.", "CHN", "05", "SAU", None),
    ("Israel and the United Arab Emirates signed the Abraham Accords.",
     "ISR", "05", "ARE", None),
    # courts act where they sit
    ("The judges in The Hague rejected Colombia's claims against Nicaragua.",
     "UNO", "12", "COL", "The Hague"),
    ("A Moscow court sentenced the American reporter to 16 years in prison.",
     "RUS", "17", "USA", "Moscow"),
    ("A Russian court sentenced the American reporter to 16 years in prison.",
     "RUS", "17", "USA", None),
    # acts in the air: over their place
    ("On Monday an Azerbaijani rocket shot down a Russian transport helicopter over Armenia.",
     "AZE", "19", "RUS", "Armenia"),
    ("Ukrainian air defences intercepted Russian drones over Kyiv overnight.",
     "UKR", "19", "RUS", "Kyiv"),
    ("An Azerbaijani rocket shot down a Russian helicopter over Armenia on Monday.",
     "AZE", "19", "RUS", "Armenia"),
    ("Ukrainian air defences intercepted Russian drones over Kyiv.",
     "UKR", "19", "RUS", "Kyiv"),
    # a quarrel "over" a place is not in it
    ("Beijing criticised Manila over the Second Thomas Shoal.", "CHN", "11", "PHL",
     "not:Second Thomas Shoal"),
    ("A Chinese balloon flew over Montana last week, the Pentagon said.",
     "CHN", "15", "USA", "Montana"),
    # hyphenated names of provinces and regions are read whole
    ("Pakistani jets bombed hideouts in Iran's Sistan-Baluchestan province on Thursday.",
     "PAK", "19", "IRN", "Sistan-Baluchestan"),
    ("Azerbaijani troops shelled positions in the Nagorno-Karabakh region, Armenia said.",
     "AZE", "19", "ARM", "Nagorno-Karabakh"),
    # what talks were about is no place of the talks
    ("During the talks with Wang Yi, the British minister voiced London's worries about "
     "freedoms in Xinjiang and Hong Kong.", "GBR", "04", "CHN", "not:Xinjiang"),
    ("During their meeting, Erdogan and Putin exchanged views about the fighting in Syria.",
     "TUR", "04", "RUS", "not:Syria"),
    ("In his talks with Wang Yi, Blinken raised concerns about Taiwan and discussed the "
     "erosion of freedoms in Hong Kong.", "USA", "04", "CHN", "not:Hong Kong"),
    ("At their meeting in Moscow, Subrahmanyam Jaishankar and Wang Yi talked about tensions "
     "in Ladakh.", "IND", "04", "CHN", "Moscow"),
    # a meeting when the two travel somewhere: where they travel to
    ("Narendra Modi and Xi Jinping could meet when they travel to Johannesburg for the BRICS "
     "summit.", "IND", "04", "CHN", "Johannesburg"),
    ("Lula hopes to meet Joe Biden when he travels to New York for the UN General Assembly.",
     "BRA", "04", "USA", "New York City"),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt", "place"), CASES)
def test_resolve_attrs16_event_place(article_events, text, src, root, tgt, place):
    events = article_events(text, date(2024, 3, 6))
    evs = [e for e in events if e.source is not None and e.target is not None
           and (e.source.country, e.root, e.target.country) == (src, root, tgt)]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    got = {e.location.name if e.location else None for e in evs}
    if place is None:
        assert got == {None}, got
    elif place.startswith("not:"):
        assert place[4:] not in got, got
    else:
        assert place in got, got


#: (lead sentence, publication day, source, root, target, the event's date value): a
#: dateline's day is the filing's; a weekday the lead's own verb names dates the event, but
#: not a day told of a saying or a time of another event
LEADS = [
    ("MOGADISHU, Jan 3 - The Somali government recalled its ambassador from Ethiopia on "
     "Tuesday in protest.", date(2024, 1, 3), "SOM", "16", "ETH", "2024-01-02"),
    ("LA PAZ, Nov 1 (Reuters) - Bolivia cut its diplomatic ties with Israel on Tuesday, "
     "citing the war.", date(2023, 11, 1), "BOL", "16", "ISR", "2023-10-31"),
    ("BEIJING, March 6 (Xinhua) -- China lodged a protest with Japan on Monday over the "
     "visit.", date(2024, 3, 6), "CHN", "11", "JPN", "2024-03-04"),
    # no weekday of its own: the dateline's day stays
    ("BEIJING, March 6 (Xinhua) -- China lodged a protest with Japan over the visit.",
     date(2024, 3, 6), "CHN", "11", "JPN", "2024-03-06"),
    # another event's time in the lead does not date the lead's event
    ("JERUSALEM, March 6 - Iran launched drones at Israel overnight, in retaliation for a "
     "strike on its embassy in Damascus earlier this month.", date(2024, 3, 6),
     "IRN", "19", "ISR", "2024-03-06"),
]


@pytest.mark.parametrize(("text", "published", "src", "root", "tgt", "value"), LEADS)
def test_resolve_attrs16_dateline_day(article_events, text, published, src, root, tgt, value):
    events = article_events(text, published)
    evs = [e for e in events if e.source is not None and e.target is not None
           and (e.source.country, e.root, e.target.country) == (src, root, tgt)]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    assert {e.date.value for e in evs} == {value}


#: (sentence, publication day, source, root, target, the event's date value and precision):
#: an act a dated saying announces in the pluperfect is of the saying's day; a contact
#: recounted so, or what had "already" happened, is of its week; an event noun named by a
#: year is of that year
SAID_AND_NAMED = [
    ("On Thursday, the Russian army said its troops had repelled a Ukrainian assault near "
     "Bakhmut.", date(2023, 9, 12), "RUS", "19", "UKR", "2023-09-07", "day"),
    ("The foreign minister of France said in a statement on Friday evening that Macron had "
     "ordered the recall of the ambassador to Washington.", date(2023, 9, 12),
     "FRA", "16", "USA", "2023-09-08", "day"),
    ("China said on Sunday that it had lowered its ties with Lithuania to the level of "
     "charge d'affaires.", date(2023, 9, 12), "CHN", "16", "LTU", "2023-09-10", "day"),
    # a contact recounted: its week
    ("President Joe Biden said on Sunday that he had spoken with Li Qiang about stability.",
     date(2023, 9, 12), "USA", "04", "CHN", "2023-W36", "week"),
    # named by a year
    ("The president said the new canal violated a 1929 treaty between Haiti and the "
     "Dominican Republic.", date(2023, 9, 18), "HTI", "05", "DOM", "1929", "year"),
    ("Panama would allow its 2017 memorandum with Beijing to expire, he said.",
     date(2025, 2, 2), "PAN", "05", "CHN", "2017", "year"),
    ("The 2018 agreement was signed when Moon Jae-in met Kim Jong Un in Pyongyang.",
     date(2023, 11, 23), "KOR", "05", "PRK", "2018", "year"),
]


@pytest.mark.parametrize(("text", "published", "src", "root", "tgt", "value", "precision"),
                         SAID_AND_NAMED)
def test_resolve_attrs16_said_and_named_dates(article_events, text, published, src, root, tgt,
                                              value, precision):
    events = article_events(text, published)
    evs = [e for e in events if e.source is not None and e.target is not None
           and {e.source.country, e.target.country} == {src, tgt} and e.root == root]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    assert {(e.date.value, str(e.date.precision)) for e in evs} == {(value, precision)}


#: (sentence, source, root, target, the first verb's date value): verbs coordinated under
#: one subject share the time the last of them names; a conjunct with its own subject or
#: of another tense keeps its time to itself
SHARED = [
    ("Latvia expelled the Russian envoy and closed the consulate in Pskov last March.",
     "LVA", "16", "RUS", "2022-03"),
    ("Honduras broke off ties with Taiwan and opened relations with China in 2023.",
     "HND", "16", "TWN", "2023"),
    ("Thailand recalled its envoy from Phnom Penh and expelled the Cambodian ambassador on "
     "9 January.", "THA", "16", "KHM", "2023-01-09"),
    ("Russia expelled two Estonian diplomats, and Estonia recalled its ambassador on Monday.",
     "RUS", "16", "EST", "2023-01-24"),
    ("Beijing has repeatedly protested to Manila and, in May, blocked a Philippine supply "
     "boat.", "CHN", "11", "PHL", "2023-01-24"),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt", "value"), SHARED)
def test_resolve_attrs16_shared_date(article_events, text, src, root, tgt, value):
    events = article_events(text, date(2023, 1, 24))
    evs = [e for e in events if e.source is not None and e.target is not None
           and (e.source.country, e.root, e.target.country) == (src, root, tgt)]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    assert value in {e.date.value for e in evs}, {e.date.value for e in evs}
