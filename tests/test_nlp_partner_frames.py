"""Whom an act is aimed at when its own clause names nobody, or only what it is about: the
meeting that frames it ("In her talks with X, ..."), the one a purpose clause's main verb
reached ("phoned X to urge ..."), the other side of the meeting a readout just told, and
the list a group phrase ("all three countries") stands for (:mod:`detente.nlp.frames`).

These load the real spaCy model (one Coder per session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # a meeting noun that frames the clause: said to the one met, not to the topic
    ("In her talks with Sergei Lavrov, Foreign Minister Annalena Baerbock raised concerns "
     "about Ukraine's grain exports.", ("DEU", "11", "RUS")),
    ("During his meeting with Narendra Modi, Prime Minister Anthony Albanese voiced concern "
     "about attacks on Hindu temples in Canada.", ("AUS", "11", "IND")),
    # a meeting clause that frames it
    ("Chancellor Olaf Scholz raised concerns about the gas pipeline in Norway when he met "
     "Recep Tayyip Erdogan in Berlin.", ("DEU", "11", "TUR")),
])
def test_nlp_partner_frames_meeting_frame_names_the_partner(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # the framing meeting noun is itself a meeting between the clause's subject and the one
    # it is with, or else the one the clause reaches
    ("In a phone call on Monday, Chancellor Olaf Scholz thanked Recep Tayyip Erdogan for his "
     "mediation.", ("DEU", "04", "TUR")),
    ("During a telephone conversation on Friday, Emmanuel Macron congratulated Giorgia Meloni "
     "on her election.", ("FRA", "04", "ITA")),
    ("During his meeting with Narendra Modi, Prime Minister Anthony Albanese voiced concern "
     "about attacks on Hindu temples in Canada.", ("AUS", "04", "IND")),
])
def test_nlp_partner_frames_framing_noun_is_a_meeting(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("French President Emmanuel Macron phoned Benjamin Netanyahu on Friday to urge restraint "
     "in Gaza.", [("FRA", "04", "ISR"), ("FRA", "02", "ISR")]),
    ("Secretary of State Antony Blinken called Nikol Pashinyan on Monday to press for a "
     "return to talks.", [("USA", "04", "ARM"), ("USA", "02", "ARM")]),
    ("Chancellor Olaf Scholz called Emmanuel Macron on Sunday to seek support for the budget "
     "rules.", [("DEU", "04", "FRA")]),
])
def test_nlp_partner_frames_purpose_clause_and_call(triples, text, expected):
    found = triples(text)
    for e in expected:
        assert e in found


@pytest.mark.parametrize("text", [
    "President Joe Biden called Vladimir Putin a killer in an interview.",
    "Prime Minister Narendra Modi called on Russia to end the war.",
    "Beijing called Canberra's remarks irresponsible.",
])
def test_nlp_partner_frames_calling_names_or_appeals_is_no_phone_call(triples, text):
    assert not any(root == "04" for _s, root, _t in triples(text))


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz also "
     "called for a quick decision on the budget rules.", ("DEU", "02", "FRA")),
    ("Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on "
     "Saturday. Albanese also demanded the release of the detained journalist Cheng Lei.",
     ("AUS", "10", "CHN")),
    ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI of Morocco in Rabat on "
     "Wednesday. The two discussed migration. Sanchez also criticised the delays at the "
     "border crossings.", ("ESP", "11", "MAR")),
])
def test_nlp_partner_frames_readout_partner(triples, text, expected):
    assert expected in triples(text)


def test_nlp_partner_frames_asked_spokesperson_is_not_appealing(triples):
    text = ("Antony Blinken met Wang Yi in Beijing on Monday. Asked about the meeting, a "
            "Chinese foreign ministry spokesperson said there was nothing to add.")
    assert ("CHN", "02", "USA") not in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a numbered group phrase stands for the list of as many the story just named
    ("Russia and Belarus began joint drills on Monday, and Russian President Vladimir Putin "
     "said Russia would station missiles in Belarus. Latvia, Lithuania and Estonia closed "
     "their border crossings to Belarusian trucks. Minsk condemned all three countries.",
     {("BLR", "LVA"), ("BLR", "LTU"), ("BLR", "EST")}),
    ("Ukraine has quarrelled with its neighbours for months. Romania, Bulgaria and Slovakia "
     "kept their import restrictions. Kyiv condemned all three governments on Monday.",
     {("UKR", "ROU"), ("UKR", "BGR"), ("UKR", "SVK")}),
])
def test_nlp_partner_frames_numbered_group_is_the_list(triples, text, expected):
    got = {(s, t) for s, root, t in triples(text) if root in ("11", "14")}
    assert expected <= got, got


def test_nlp_partner_frames_meeting_of_the_listed_countries(triples):
    text = ("Mr. Kishida welcomed closer ties among Japan, Australia and India since the "
            "first meeting of the three countries' defence ministers, held in Canberra in May.")
    pairs = {frozenset((s, t)) for s, root, t in triples(text) if root == "04"}
    assert {frozenset(("JPN", "IND")), frozenset(("JPN", "AUS")),
            frozenset(("AUS", "IND"))} <= pairs


@pytest.mark.parametrize("text, codes", [
    # one intent per infinitive that names its own field
    ("Chancellor Olaf Scholz and President Emmanuel Macron agreed to aim for bilateral trade "
     "of 100 billion euros and to continue the annual strategic dialogue.", {"030", "036"}),
    ("Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed to review the export "
     "rules and to continue the dialogue between their ministries.", {"030", "036"}),
    ("Penny Wong and Wang Yi agreed to settle the barley dispute and to hold regular talks "
     "on trade.", {"030", "036"}),
    ("President William Ruto and Prime Minister Abiy Ahmed agreed to build a new road to the "
     "border and to continue consultations on water.", {"030", "036"}),
])
def test_nlp_partner_frames_agreed_to_two_things(coder, make_article, text, codes):
    art = make_article(text)
    got = {e.cameo for e in coder.extractor.extract(coder.nlp(art.text), art)
           if e.root == "03"}
    assert codes <= got, got


@pytest.mark.parametrize("text, expected", [
    # a trade measure noun is aimed at the country whose goods it names, not at the other
    # side of the article's main pair
    ("German and Polish officials have argued over migration for months, and Berlin has "
     "criticised Warsaw. Hungary and Poland decided to keep their bans on imports of "
     "Ukrainian grain.", {("HUN", "UKR"), ("POL", "UKR")}),
    ("Canada and the United States have clashed over dairy for years, and Washington has "
     "criticised Ottawa. Ottawa decided to keep its tariffs on imports of Chinese steel.",
     {("CAN", "CHN")}),
])
def test_nlp_partner_frames_trade_measure_on_goods(triples, text, expected):
    got = {(s, t) for s, root, t in triples(text) if root == "16"}
    assert expected <= got, got


@pytest.mark.parametrize("text, host, pair", [
    # the host of a meeting between two others, told in a relative clause
    ("A meeting between Vucic and Kurti that the European Union had hoped to host in "
     "Brussels next week now looks unlikely.", "EU", ("SRB", "XKX")),
    ("A summit between Putin and Erdogan that Kazakhstan planned to host in Astana was "
     "postponed.", "KAZ", ("RUS", "TUR")),
    ("Talks between Serbia and Kosovo that France had planned to host in Paris were called "
     "off.", "FRA", ("SRB", "XKX")),
])
def test_nlp_partner_frames_host_of_a_meeting_between_two(triples, text, host, pair):
    got = {(s, t) for s, root, t in triples(text) if root == "04"}
    assert {(host, pair[0]), (host, pair[1])} <= got, got


@pytest.mark.parametrize("text, expected", [
    # an attitude to a deed told in a relative clause is aimed at who did it
    ("Hungarian Prime Minister Viktor Orban praised the measures Serbia has taken to secure "
     "its border.", ("HUN", "05", "SRB")),
    ("Foreign Minister Penny Wong welcomed the reforms Fiji has adopted this year.",
     ("AUS", "05", "FJI")),
])
def test_nlp_partner_frames_doer_of_the_deed_in_the_object(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a measure word's head noun stands in the measure's place ("a sanctions package")
    ("Ottawa announced a new sanctions package against Tehran on Friday.", ("CAN", "16", "IRN")),
    ("Canberra unveiled a sanctions package against Minsk on Monday.", ("AUS", "16", "BLR")),
])
def test_nlp_partner_frames_measure_word_head(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a protest with nobody named, after a show of force or attack told earlier in the
    # sentence, is against the one who used it (not the article's main partner)
    ("Japan and South Korea held talks in Tokyo this week, and Japanese and Korean officials "
     "met again on Friday. Russian bombers flew near Japanese airspace on Thursday, and Japan "
     "lodged a protest.", ("JPN", "11", "RUS")),
    ("Germany and France signed a defence pact this week, and German and French ministers "
     "praised it. Russian jets buzzed a German patrol plane over the Baltic on Monday, and "
     "Berlin lodged a protest.", ("DEU", "11", "RUS")),
])
def test_nlp_partner_frames_protest_at_the_offender(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a warning that one could act is aimed at whom the act would hit
    ("Brazil and China signed a trade deal on Monday, and Chinese and Brazilian ministers "
     "praised it. The Brazilian agriculture minister warned that Brasilia could suspend "
     "imports of Argentine beef.", ("BRA", "13", "ARG")),
    ("India and Japan held talks on Monday, and Indian and Japanese officials praised them. "
     "New Delhi warned that it could curb imports of Chinese solar panels.",
     ("IND", "13", "CHN")),
])
def test_nlp_partner_frames_warning_aimed_at_whom_the_act_would_hit(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, places", [
    # places named inside the objects of a visit: one visit to their country each
    ("Japanese Prime Minister Fumio Kishida plans to visit a car factory in Monterrey and the "
     "port of Veracruz next week.", 2),
    ("Chancellor Olaf Scholz will visit a chip plant in Hsinchu on Thursday.", 1),
])
def test_nlp_partner_frames_visit_to_places_in_the_objects(coder, make_article, text, places):
    art = make_article(text)
    visits = [e for e in coder.extractor.extract(coder.nlp(art.text), art)
              if e.root == "04" and e.target is not None and e.target.country in ("MEX", "TWN")]
    assert len(visits) == places, visits


@pytest.mark.parametrize("text, expected", [
    # criticism that names only the speaker's own side ("Australia's concerns about ...") is
    # aimed where the frame, the readout or the article's relationship says
    ("Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on Saturday. "
     "Albanese raised Australia's concerns about the detention of its citizens.",
     ("AUS", "11", "CHN")),
    ("In his talks with Hakan Fidan, Swedish Foreign Minister Tobias Billstrom voiced "
     "Sweden's concerns about the stalled accession talks.", ("SWE", "11", "TUR")),
])
def test_nlp_partner_frames_own_side_concern_goes_to_the_partner(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, places", [
    # "and earlier in May at ...": a remnant of time and place tells the act once more
    ("Prime Minister Pedro Sanchez received President Emmanuel Macron in Madrid on Tuesday. "
     "The two leaders had met in Brussels in October, and earlier in May at the "
     "G7 summit in Hiroshima.", {"Hiroshima"}),
    ("Chancellor Olaf Scholz met President Emmanuel Macron in Hamburg on Monday, and again in "
     "Paris on Friday.", {"Hamburg", "Paris"}),
    ("Prime Minister Narendra Modi met President Joe Biden in Washington in June, and in New "
     "Delhi in September.", {"Washington", "Delhi"}),
])
def test_nlp_partner_frames_meeting_told_again_at_another_time(coder, make_article, text,
                                                               places):
    art = make_article(text, published=date(2023, 12, 8))
    met = {e.location.name for e in coder.extractor.extract(coder.nlp(art.text), art)
           if e.root == "04" and e.location is not None}
    assert places <= met, met


@pytest.mark.parametrize("text, appeal, asked", [
    # the appeal is aimed at the one called on to act; what it asks for has not happened
    # and is no event of its own (nlp.screen)
    ("Vilnius called on Beijing to lift the sanctions on Lithuanian exports.",
     ("LTU", "02", "CHN"), ("CHN", "08", "LTU")),
    ("Berlin called on Moscow to release the detained German citizen.", ("DEU", "02", "RUS"),
     ("RUS", "08", "DEU")),
    ("Seoul urged Tokyo to scrap its export curbs on Korean chip materials.",
     ("KOR", "02", "JPN"), ("JPN", "08", "KOR")),
])
def test_nlp_partner_frames_called_on_to_act(triples, text, appeal, asked):
    got = triples(text)
    assert appeal in got and asked not in got, got


def test_nlp_partner_frames_own_side_and_topic_give_way_to_the_frame(triples):
    text = ("In her talks with Wang Yi, Foreign Minister Penny Wong raised Australia's concerns "
            "about human rights in Tibet and the erosion of freedoms in Hong Kong.")
    got = triples(text)
    assert ("AUS", "11", "CHN") in got, got
    assert ("AUS", "11", "HKG") not in got, got


@pytest.mark.parametrize("text, mediator, parties", [
    # a mediation's parties named anywhere in what is mediated
    ("Qatar mediates talks on a prisoner exchange between Russia and Ukraine.", "QAT",
     ("RUS", "UKR")),
    ("Egypt is mediating negotiations on a truce between Israel and Hamas.", "EGY",
     ("ISR", "PSE")),
    # the parties of a brokered deal that frames a clause are the clause's subject
    ("Under the agreement brokered by Turkey last year, Russia and Ukraine agreed to let grain "
     "ships leave Odesa.", "TUR", ("RUS", "UKR")),
    ("Under the deal brokered by Kuwait in June, the two neighbours agreed to reopen their "
     "embassies, Iraqi and Syrian officials said.", "KWT", ("IRQ", "SYR")),
])
def test_nlp_partner_frames_mediation_parties(triples, text, mediator, parties):
    got = {(s, t) for s, root, t in triples(text) if root == "04"}
    assert {(mediator, parties[0]), (mediator, parties[1])} <= got, got


def test_nlp_partner_frames_brokered_deal_keeps_the_pair_for_the_two_sides(triples):
    text = ("Under the deal brokered by Oman, the two sides agreed to exchange prisoners, "
            "Iranian and American officials said.")
    got = triples(text)
    assert ("OMN", "03", "IRN") not in got and ("OMN", "03", "USA") not in got, got


@pytest.mark.parametrize("text, expected", [
    # attending a meeting in another country (named or referred to) is a visit to it
    ("Saudi Arabia hosted talks last week. A senior Iranian minister is due to attend a "
     "meeting of the Islamic Cooperation organisation in the kingdom next month.",
     ("IRN", "04", "SAU")),
    ("The Polish foreign minister will attend a conference of donors in Japan next week.",
     ("POL", "04", "JPN")),
])
def test_nlp_partner_frames_attending_a_meeting_in_a_country(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, code", [
    # an intent to keep doing, start or continue an act is the intent, not the act
    ("Both Canadian and Chinese officials say they want to keep talking.", "036"),
    ("South Korea and Japan agreed to continue meeting regularly.", "036"),
    ("Greece and Turkey pledged to start cooperating on migration.", "031"),
])
def test_nlp_partner_frames_intent_through_a_phase_verb(coder, make_article, text, code):
    art = make_article(text)
    got = {e.cameo for e in coder.extractor.extract(coder.nlp(art.text), art)}
    assert code in got, got


@pytest.mark.parametrize("text, expected", [
    # a passive relative clause is done to the noun it describes, not to a place inside it
    ("Japan and China held talks. Japanese officials said a Japanese businessman who was "
     "detained in Shanghai in May should be freed.", ("CHN", "17", "JPN")),
    ("Canada and China held talks. Ottawa raised the case of a Canadian citizen who was "
     "arrested in Dandong in March and later charged with spying.", ("CHN", "17", "CAN")),
])
def test_nlp_partner_frames_passive_relative_clause(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # opening a mission "in <place>" is toward the country it is in; "agreed that A would
    # ... and that B would ..." are two announced intents
    ("The two governments agreed that Brazil would open a consulate in Guangzhou and that "
     "China would open a consulate in Recife.", {("BRA", "03", "CHN"), ("CHN", "03", "BRA")}),
    ("Seoul said it would open a new embassy in Bratislava next year.", {("KOR", "03", "SVK")}),
])
def test_nlp_partner_frames_mission_in_a_place(triples, text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize("text, expected", [
    # an attack that a side repelled or thwarted was aimed at that side
    ("Israel's army said its forces had repelled a large Hezbollah attack near the border.",
     ("LBN", "19", "ISR")),
    ("Kyiv said its air defences thwarted a massive Russian drone attack overnight.",
     ("RUS", "19", "UKR")),
])
def test_nlp_partner_frames_repelled_attack(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    # the naming inside what is criticized is the same criticism, not a second one
    "In a joint statement, Prime Minister Rishi Sunak and Chancellor Olaf Scholz condemned "
    "what they called Russia's dangerous and aggressive attacks on Ukrainian ports.",
    "Prime Minister Rishi Sunak raised objections to what he described as China's coercive "
    "and aggressive actions toward Taiwan.",
])
def test_nlp_partner_frames_naming_inside_a_criticism_is_not_a_second(coder, make_article,
                                                                       text):
    art = make_article(text)
    events = coder.extractor.extract(coder.nlp(art.text), art)
    assert not any(e.rule and "evaluative_speech" in e.rule for e in events), events


def test_nlp_partner_frames_readout_not_over_an_unresolved_addressee(triples):
    text = ("Foreign Minister Wang Yi met Secretary of State Antony Blinken in Beijing on "
            "Monday. The Chinese foreign ministry called on the relevant parties to show "
            "restraint.")
    assert ("CHN", "02", "USA") not in triples(text)


@pytest.mark.parametrize("text, expected", [
    # "the Group of 20 summit": the meeting noun behind a name parsed as the object, and
    # the host of the summit as the one visited
    ("It is unclear whether Putin will attend the Group of 20 summit that Brazil hosts in Rio "
     "de Janeiro in November.", ("RUS", "04", "BRA")),
    ("Modi will attend the Group of Seven summit that Italy hosts in Apulia next month.",
     ("IND", "04", "ITA")),
])
def test_nlp_partner_frames_named_summit_object(triples, text, expected):
    assert expected in triples(text)


def test_nlp_partner_frames_each_visited_place_is_its_visit_place(coder, make_article):
    text = ("Japanese Prime Minister Fumio Kishida plans to visit a car factory in Monterrey and "
            "the port of Veracruz next week.")
    art = make_article(text)
    places = {e.location.name for e in coder.extractor.extract(coder.nlp(art.text), art)
              if e.root == "04" and e.location is not None}
    assert {"Monterrey", "Veracruz"} <= places, places
