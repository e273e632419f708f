"""Judgements, blame, denials and demands told without a verb of disapproval (nlp.speech):

* a naming verb whose predicate tells a wrong ("branded the boarding an act of banditry",
  "describes the alliance as a tool of Moscow's domination"): a criticism (111) or a charge
  (112) of the doer of the act named, or of the one the wrong is owned by;
* a harm linked or put down to a side's act ("tied the crisis to Rabat's choice");
* a side denying a wrong of its own against the side that charged it ("denies that it acted
  against Peru's interests"): a denial, 016, since speech7;
* a pact of two other sides declared void ("said the pact has no legal force", "regarded it
  as null and void");
* a concern the speaker's side says it has about another side ("had grave concern that the
  tally was rigged");
* an unaddressed demand told beside an appeal of the same side to someone ("demanded an
  inquiry, and Kyiv urged Tehran to ...");
* restraint urged on no one named, and "the attack" condemned with no doer named: both sides,
  or the striker, of the latest fight the article told; an inquiry demanded into an act told
  before: its doer;
* talks ruled out ("there can be no talks until ...", "ruled out negotiations until ..."): a
  refusal (125) to the side the talks would be with, or the condition names.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _roots(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:2],
             e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    # naming: a crime in the "of" phrase of the predicate, the act told before
    ("Georgia's coast guard seized an Azerbaijani fishing trawler on Monday. Baku branded the "
     "seizure an act of banditry and demanded the crew's release.", ("AZE", "11", "GEO")),
    # naming: a negative modifier of the predicate, beside a protest of the same side
    ("Pyongyang test-fired a cruise missile toward Hokkaido on Sunday. Prime Minister Ishiba "
     "termed the test an outrageous act and said Tokyo had protested.", ("JPN", "11", "PRK")),
    # naming: the wrong owned by a side inside the predicate
    ("Nicaragua's foreign ministry describes the alliance as a tool of Moscow's domination over "
     "its neighbours.", ("NIC", "11", "RUS")),
    # naming: "described ... as", a crime after "for"
    ("Serbia's army moved tanks to the border with Kosovo on Monday. Pristina described the "
     "deployment as preparation for an invasion.", ("XKX", "11", "SRB")),
    # blame: a harm linked to a side's decision ("to" hung on the harm by the parser)
    ("Algerian officials have tied the border crisis to Rabat's choice last spring to host an "
     "exiled dissident.", ("DZA", "11", "MAR")),
    ("Peruvian officials attributed the tension to Bolivia's refusal to extradite the former "
     "minister.", ("PER", "11", "BOL")),
    # a wrong of one's own denied, against the side that charged it and is named in it
    ("Minsk blamed Vilnius for the crisis. Lithuania denies that it pushed migrants across the "
     "border with Belarus.", ("LTU", "01", "BLR")),
    # a pact of others declared void: the parties told signing it, or named "between"
    ("Beijing signed a security pact with the Solomon Islands in April. Canberra said the pact "
     "has no legal force.", ("AUS", "11", "SLB")),
    ("Hungary's government said the agreement between Kyiv and Warsaw was null and void.",
     ("HUN", "11", "POL")),
    # a concern held about what another side did
    ("Kenya's foreign ministry said it had serious concerns about Ethiopia's troop build-up near "
     "the border.", ("KEN", "11", "ETH")),
    ("Speaking in Lima, Secretary of State Marco Rubio said Washington had grave concern that "
     "the official tally in Bolivia was rigged.", ("USA", "11", "BOL")),
    # an unaddressed demand beside an appeal of the same side to someone
    ("Ottawa and Kyiv demanded an independent inquiry into the crash, and Kyiv urged Tehran to "
     "compensate the families.", ("CAN", "10", "IRN")),
    # restraint urged on no one named: both sides of the latest fight told
    ("Armenian artillery shelled Azerbaijani positions near Lachin on Monday. The EU foreign "
     "policy chief deplored the violence and urged utmost restraint.", ("EU", "02", "ARM")),
    ("Armenian artillery shelled Azerbaijani positions near Lachin on Monday. The EU foreign "
     "policy chief deplored the violence and urged utmost restraint.", ("EU", "02", "AZE")),
    # "the" attack condemned with no doer named: the one who struck in that fight
    ("Eritrean troops shelled the Ethiopian town of Zalambessa on Tuesday. The African Union "
     "condemned the attack on Wednesday.", ("AU", "11", "ERI")),
    # an inquiry demanded into an act told before: its doer
    ("Russian missiles struck a market in Kharkiv on Monday. Kyiv demanded an investigation "
     "into the strike.", ("UKR", "10", "RUS")),
    # talks ruled out, with a condition on the other side or "with" it
    ("Pakistan's prime minister said there can be no talks until India lifts the curfew in the "
     "valley.", ("PAK", "12", "IND")),
    ("South Korea's foreign minister said there would be no dialogue with Pyongyang while the "
     "tests continue.", ("KOR", "12", "PRK")),
    ("President Zelensky ruled out negotiations until Russia pulls its troops back.",
     ("UKR", "12", "RUS")),
])
def test_nlp_speech6_coded(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, unexpected", [
    # praise, no wrong in the predicate
    ("Italy's interior minister met his Spanish counterpart. Madrid called the deal a victory "
     "for both peoples.", ("ESP", "11", "ITA")),
    # a denial of what no side of one's own did
    ("Lithuania denied that a Belarusian drone had crashed on its territory.",
     ("LTU", "01", "BLR")),
    # a denial of a wrong the accuser is not named in ("to Moscow": a partner, not the accuser)
    ("Washington accused Beijing of arming Moscow. China denied that it was supplying weapons "
     "to Russia.", ("CHN", "01", "RUS")),
    # a wrong neither confirmed nor denied
    ("Kyiv would neither confirm nor deny that its drones had hit the depot near Kursk.",
     ("UKR", "01", "RUS")),
    # a concern another side holds
    ("The spokesman said Tokyo had concerns about the plan, and Seoul did not comment.",
     ("KOR", "11", "JPN")),
    # a pact of one's own side is no pact of others
    ("Ankara signed a maritime accord with Tripoli. Turkey said the accord has full legal "
     "force.", ("TUR", "11", "LBY")),
    # the attack's doer named: not the last fight's
    ("Eritrean troops shelled the Ethiopian town of Zalambessa on Tuesday. The African Union "
     "condemned the Sudanese attack on Kassala.", ("AU", "11", "ERI")),
    # no talks as a fact, not a refusal
    ("Japan's foreign ministry said there had been no talks with Beijing since March.",
     ("JPN", "12", "CHN")),
])
def test_nlp_speech6_not_coded(coder, make_article, text, unexpected):
    assert unexpected not in _roots(coder, make_article, text)
