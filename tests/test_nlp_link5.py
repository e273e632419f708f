"""Linking the right pair: co-subjects who spoke and then judged together under a trailing
attribution, a phrase of a conjoined verb that names nobody spoken to, a place inside the
relative clause of the noun that acts, whoever launched the strikes a relative clause tells
of, a side's own measure eased on a given day, the one struck off or added to a list, the
agent of a participle that describes an act noun, a move condemned by someone, the parties
of talks mediated or brokered by a third side, "did the same", an appeal for the release of
people someone holds, and the one who makes a stop or a visit told in a time phrase.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LINKED_CASES = [
    ("co-subjects judge together under a trailing attribution",
     "Iran tested a ballistic missile on Saturday. Scholz and Macron spoke by phone on Monday "
     "and condemned the test as reckless, the Elysee said.", ("DEU", "11", "IRN")),
    ("the second co-subject judges too",
     "Iran tested a ballistic missile on Saturday. Scholz and Macron spoke by phone on Monday "
     "and condemned the test as reckless, the Elysee said.", ("FRA", "11", "IRN")),
    ("the two who spoke are the call's parties",
     "Scholz and Macron spoke by phone on Monday and condemned the test as a threat to the "
     "German people, the Elysee said.", ("DEU", "04", "FRA")),
    ("a side's own sanctions eased on a named day",
     "Washington imposed sanctions on Syria in 2019. Washington eased its sanctions on "
     "Tuesday with a licence for food exports.", ("USA", "08", "SYR")),
    ("struck off a list",
     "Seoul moved days later to strike Tokyo off its list of trusted trading partners.",
     ("KOR", "16", "JPN")),
    ("added to a list",
     "The Commerce Department added six Chinese firms to its entity list on Friday.",
     ("USA", "16", "CHN")),
    ("the agent of a participle on the name an act noun is of",
     "Officials pointed to the criticism of Egypt voiced by Turkish Foreign Minister "
     "Cavusoglu during a visit to Khartoum.", ("TUR", "11", "EGY")),
    ("a visit in a time phrase of the participle is its agent's",
     "Officials pointed to the criticism of Egypt voiced by Turkish Foreign Minister "
     "Cavusoglu during a visit to Khartoum.", ("TUR", "04", "SDN")),
    ("the agent of a participle describing a force noun",
     "The invasion of Ukraine launched by Russia in 2022 shattered the security order.",
     ("RUS", "19", "UKR")),
    ("an accord signed by one side and approved by the other",
     "The accord, signed on Monday by President Ruto in Nairobi and approved by Prime Minister "
     "Abiy's cabinet in Addis Ababa, ends a dispute over grazing land.", ("KEN", "05", "ETH")),
    ("talks mediated by a third side, parties in the subject",
     "On Monday the Sudanese army and the RSF signed a truce in Jeddah, after talks mediated "
     "by Saudi Arabia.", ("SAU", "04", "SDN")),
    ("talks mediated by a third side, parties in the passive agent",
     "A prisoner swap was agreed by Kyiv and Moscow in Abu Dhabi after talks mediated by the "
     "United Arab Emirates.", ("ARE", "04", "UKR")),
    ("talks mediated, the second party of the passive agent",
     "A prisoner swap was agreed by Kyiv and Moscow in Abu Dhabi after talks mediated by the "
     "United Arab Emirates.", ("ARE", "04", "RUS")),
    ("talks brokered by a third side",
     "Ethiopia and Eritrea signed a peace deal in Jeddah on Sunday after talks brokered by "
     "Saudi Arabia.", ("SAU", "04", "ERI")),
    ("strikes launched that killed: whoever launched them",
     "The Israeli military launched dozens of strikes that killed four Palestinians on "
     "Friday.", ("ISR", "18", "PSE")),
    ("a step condemned by: at whoever took it",
     "Baku closed its border with Armenia, a step condemned by Paris.", ("FRA", "11", "AZE")),
    ("a move welcomed by: at both who made it",
     "Japan and South Korea agreed to resume talks, a move welcomed by Washington.",
     ("USA", "05", "KOR")),
    ("did the same repeats the act told with the main verb's participle",
     "Last year Nauru switched recognition from Taipei to Beijing, ending its ties with "
     "Taiwan, and Tuvalu did the same weeks later.", ("TUV", "16", "TWN")),
    ("an appeal for the release of people held by a group is made to it",
     "Lula called for the release of hostages held by Hamas.", ("BRA", "02", "PSE")),
    ("an appeal for a truce and a release, each of two speakers",
     "Macron and Scholz urged a halt to the fighting and asked for the freeing of the aid "
     "workers kidnapped by the Houthis.", ("DEU", "02", "YEM")),
    ("a stop on the way is the arriver's",
     "Modi, on his first trip abroad this year, arrived in Paris on Thursday after a stop in "
     "Greece.", ("IND", "04", "GRC")),
    ("a stopover on the way is the flyer's",
     "Kenyan President William Ruto flew to Tokyo on Monday after a stopover in Seoul.",
     ("KEN", "04", "KOR")),
]


@pytest.mark.parametrize("name,text,triple", LINKED_CASES, ids=[c[0] for c in LINKED_CASES])
def test_nlp_link5_links_the_pair(triples, name, text, triple):
    got = triples(text)
    assert triple in got, got


UNLINKED_CASES = [
    ("the attribution is no judgement of the co-subjects",
     "Iran tested a ballistic missile on Saturday. Scholz and Macron spoke by phone on Monday "
     "and condemned the test as reckless, the Elysee said.", ("FRA", "11", "DEU")),
    ("a phrase of the conjoined verb names nobody spoken to",
     "Scholz and Macron spoke by phone on Monday and condemned the test as a threat to the "
     "German people, the Elysee said.", ("DEU", "04", "DEU")),
    ("a place in the attack's relative clause is not the attacker",
     "The strikes were a response to a drone attack that killed three French soldiers in "
     "Niger last week.", ("NER", "18")),
    ("a place in the militia's relative clause is not the attacker",
     "A militia that operates in Chad shelled a village near the border on Tuesday.",
     ("TCD", "19")),
    ("a date is not the town of March",
     "Militants attacked a NATO convoy in Kandahar; in response an American jet conducted an "
     "airstrike on March 4.", ("USA", "19", "GBR")),
    ("the mediator holds no talks of its own",
     "On Monday the Sudanese army and the RSF signed a truce in Jeddah, after talks mediated "
     "by Saudi Arabia.", ("SAU", "04", "SAU")),
]


@pytest.mark.parametrize("name,text,unwanted", UNLINKED_CASES,
                         ids=[c[0] for c in UNLINKED_CASES])
def test_nlp_link5_leaves_the_pair_alone(triples, name, text, unwanted):
    got = triples(text)
    if len(unwanted) == 3:
        assert unwanted not in got, got
    else:
        assert not any((s, r) == unwanted for s, r, _ in got), got


def test_nlp_link5_mediated_talks_one_event_a_side(coder, make_article):
    """Two parties of one country mediated between make one event for that side."""
    art = make_article("On Monday the Sudanese army and the RSF signed a truce in Jeddah, after "
                       "talks mediated by Saudi Arabia.")
    events = coder.extractor.extract(coder.nlp(art.text), art)
    mediated = [e for e in events if e.cameo == "045"]
    assert [(e.source.country, e.target.country) for e in mediated] == [("SAU", "SDN")]
