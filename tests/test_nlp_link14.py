"""Argument linking for actors the sentence names but the trigger's own slots miss: a
"whose" phrase as the subject, a relative clause with a second object, a "between" pair split
by a participle, a "that" clause of a complaint, an act's own complement ("pulled back from
ending its pact with X"), an appeal the main clause went ahead despite, an intent noun's
infinitive, the parties a "between" phrase names for "they signed", the state people were
held or deported in or from, a coordinated subject split by the parser, the second party of
mediated talks, "blamed X on Y", a request made of the side that reports it; and an agentless
"accused of" on a noun, which names no accuser.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

# (label, sentence, (source country, code or root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    # a "whose" phrase as the subject of a relative clause acts for the noun it belongs to
    ("whose emir hosted", "The minister thanked Kuwait, whose emir hosted the presidents of "
     "Sudan and Chad for talks in March.", ("KWT", "04", "SDN")),
    ("whose army shelled", "Villagers fled toward Armenia, whose army had shelled Azerbaijani "
     "positions the night before.", ("ARM", "19", "AZE")),
    ("whose leaders met", "Angola and Zambia, whose presidents met in Luanda last week, "
     "agreed to reopen the border.", ("AGO", "04", "ZMB")),
    # "whom X accuses Y of ...": the second object is the one accused
    ("whom accuses of backing", "Fighting flared around Goma, held by the rebels, whom "
     "Kinshasa accuses Kigali of arming.", ("COD", "112", "RWA")),
    ("which blames for", "The strike hit a depot, which Moscow blames Ukraine for.",
     ("RUS", "11", "UKR")),
    # a "between" pair split by a participle
    ("between, represented by", "Norway hosted talks in Oslo between Colombia, represented by "
     "its foreign minister, and Venezuela, represented by a special envoy.",
     ("NOR", "043", "VEN")),
    ("between, led by", "Qatar hosted a meeting between Chad, led by its prime minister, "
     "and Sudan, led by its army chief.", ("QAT", "043", "SDN")),
    # a complaint or a regret told with a "that" clause is about its named subject
    ("complained that", "Germany's foreign minister complained on Monday that Beijing had "
     "not informed Berlin.", ("DEU", "11", "CHN")),
    ("regrets that", "The kingdom of Morocco regrets that Algeria has closed its airspace to "
     "Moroccan planes.", ("MAR", "11", "DZA")),
    ("deplored that", "Lithuania deplored that Minsk had let migrants cross the frontier.",
     ("LTU", "11", "BLR")),
    # an act's own complement names whom it is aimed at
    ("pulled back from ending", "Seoul pulled back from ending its naval pact with Tokyo.",
     ("KOR", "08", "JPN")),
    ("withdrew from suspending", "Kenya withdrew from suspending its defence pact with "
     "Ethiopia.", ("KEN", "08", "ETH")),
    # an appeal or a protest the main clause went ahead despite
    ("despite appeals from", "Singapore hanged the two men despite repeated appeals from "
     "Kuala Lumpur.", ("MYS", "02", "SGP")),
    ("despite months of protests", "Japan released the treated water despite months of "
     "protests from Beijing.", ("CHN", "11", "JPN")),
    ("in defiance of warnings", "Serbia held the vote in defiance of the EU's warnings.",
     ("EU", "13", "SRB")),
    # an intent noun's infinitive names the other party
    ("pledge from X to come back to", "The envoy returned with a pledge from Nauru to come "
     "back to the Pacific Islands Forum.", ("NRU", "03", "PIF")),
    ("pledge from X to rejoin", "He secured a pledge from Mali to rejoin the ECOWAS talks.",
     ("MLI", "03", "ECOWAS")),
    # "they signed the treaty between A and B"
    ("they signed between", "After two days of talks they signed the boundary treaty between "
     "Ghana and Togo.", ("GHA", "057", "TGO")),
    ("they initialled an accord between", "On Friday they initialled an accord between "
     "Uzbekistan and Kyrgyzstan on water sharing.", ("UZB", "05", "KGZ")),
    # the state people were held in, agentless passive
    ("detained in capital", "The four French aid workers were detained in Bamako in early "
     "May.", ("MLI", "173", "FRA")),
    ("held in X were freed", "Two Canadian engineers held in Tehran have been freed.",
     ("IRN", "084", "CAN")),
    ("arrested in country", "Two Australian engineers were arrested in Myanmar on Tuesday.",
     ("MMR", "173", "AUS")),
    # people deported from a country, taken back by another
    ("take back deported from", "El Salvador agreed to take back its nationals deported from "
     "Mexico.", ("MEX", "174", "SLV")),
    ("received flights expelled from", "Guatemala received two flights of migrants expelled "
     "from Mexico.", ("MEX", "174", "GTM")),
    ("accepted citizens deported from", "Senegal has accepted hundreds of its citizens "
     "deported from Spain.", ("ESP", "174", "SEN")),
    # a name in apposition the parser split off a coordinated subject as a second subject
    ("X and his counterpart NAME signed", "Armenian Defence Minister Suren Papikyan and his "
     "Georgian counterpart Juansher Burchuladze signed a memorandum on Friday.",
     ("ARM", "057", "GEO")),
    ("X and his counterpart NAME held talks", "Indian Foreign Minister Subrahmanyam "
     "Jaishankar and his Chinese counterpart Wang Yi held talks in Moscow.",
     ("IND", "04", "CHN")),
    # the parties of mediated talks: the clause's subject and the partner of its act
    ("mediated, restore ties with", "Bahrain agreed last year, in talks mediated by Oman, to "
     "restore ties with Qatar.", ("OMN", "045", "QAT")),
    ("mediated, signed a deal with", "Ethiopia signed a peace deal with Eritrea after talks "
     "mediated by the United Arab Emirates.", ("ARE", "045", "ERI")),
    ("mediated, parsed as a subject", "Sudan's army and the RSF signed a truce in Jeddah, "
     "after talks mediated by Riyadh, to open aid corridors.", ("SAU", "045", "SDN")),
    # "blamed X on Y": Y is blamed
    ("which blamed on", "Ten people died in blasts near the border, which the authorities "
     "in Kampala blamed on Kinshasa.", ("UGA", "112", "COD")),
    ("blames on, relative", "The blasts, which Kampala blames on the CODECO militia, killed ten "
     "people.", ("UGA", "112", "COD")),
    # a request told by a side with no one asked is made of the side that tells it
    ("officials said X had asked for", "Thai officials said Cambodia had asked for the "
     "return of the statues.", ("KHM", "02", "THA")),
    ("ministry said X requested", "The Kenyan ministry said Somalia had requested more "
     "troops.", ("SOM", "02", "KEN")),
    # a main verb the parser hung on its own subject as a participle still has that subject
    ("task force condemned, parsed as a participle", "The Philippine navy's task force "
     "condemned on Monday the unsafe manoeuvres of Chinese ships.", ("PHL", "111", "CHN")),
]

# (label, sentence, (source, code or root, target) that must NOT be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    # a group tied by "whose" to a tie with someone else named is not a tie among themselves
    ("whose leaders kept channels open to", "Peru, Chile and Ecuador, whose leaders have kept "
     "channels open to Caracas, demanded an audit of the vote.", ("PER", "03", "CHL")),
    # help for an act is not aimed where the act is
    ("helped free prisoners held by", "Turkish mediation helped free ten sailors held by "
     "Russian forces.", ("TUR", "07", "RUS")),
    # a denial answers an accuser, not the one the denied deed was aimed at
    ("denied selling arms to", "Pretoria has denied selling arms to Moscow.",
     ("ZAF", "01", "RUS")),
    # a gerund of manner is no complement: "without warning"
    ("open fire without warning", "The president ordered troops to open fire without warning "
     "on armed bandits, as Russian troops helped secure the airport.", ("KAZ", "19", "RUS")),
    # a regret about a group is not aimed at either of its members
    ("regrets that the parties", "Egypt and Ethiopia resumed talks on the dam. The European "
     "Union regrets that the two parties could not agree on the text.", ("EU", "11", "EGY")),
    # the topic of talks on establishing ties is no agreement between the two
    ("talks on establishing ties between", "Egypt is mediating talks on establishing formal "
     "ties between Chad and Qatar.", ("TCD", "05", "QAT")),
    # a "despite" phrase that names no act of another side
    ("despite the rain", "Poland held the parade despite heavy rain.", ("POL", "02", "POL")),
    # a request inside a relative clause of the report is not made of the reporting side
    ("which has asked, in a report", "Officials in Wellington said they were working with the "
     "Fijian government, which has asked that foreign crews remain at sea.",
     ("FJI", "02", "NZL")),
    # an agentless "accused of", "blamed for" on a noun says what is said of it: the noun
    # does not accuse anyone
    ("diplomat accused of", "Canada expelled a Chinese diplomat accused of spying on a "
     "lawmaker.", ("CHN", "112", "CAN")),
    ("tourists accused of", "Kenya deported two British tourists accused of insulting the "
     "president.", ("GBR", "112", "KEN")),
    ("units blamed for", "Kyiv struck Russian units blamed for shelling the plant.",
     ("RUS", "112", "UKR")),
    # no "that" clause subject that names another side: nobody
    ("complained that the talks stalled", "The Latvian minister complained that the talks had "
     "stalled.", ("LVA", "11", "LVA")),
]


def _has(got: set[tuple[str | None, str, str, str | None]], want: tuple[str, str, str]) -> bool:
    src, code, tgt = want
    return any(s == src and t == tgt and c.startswith(code) for s, _r, c, t in got)


@pytest.mark.parametrize("label,text,want", PRESENT, ids=[c[0] for c in PRESENT])
def test_nlp_link14_links_the_named_side(code_sentence, label, text, want):
    got = code_sentence(text, DAY)
    assert _has(got, want), (label, want, got)


@pytest.mark.parametrize("label,text,unwanted", ABSENT, ids=[c[0] for c in ABSENT])
def test_nlp_link14_does_not_link_the_wrong_side(code_sentence, label, text, unwanted):
    got = code_sentence(text, DAY)
    assert not _has(got, unwanted), (label, unwanted, got)
