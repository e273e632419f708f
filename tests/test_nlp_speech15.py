"""Statements in reported speech that charge, judge or threaten another side (nlp.speech,
coding/data/stance.yaml):

* a charge rejected with its judgement put first ("rejected as groundless an accusation by
  Manila that ...") is the denial (016) aimed at the accuser its "by" phrase names; a bare
  claim of fact rejected so is no denial;
* a judgement told in a relative clause (", which Quito said were offensive") is criticism
  (111) of whoever the antecedent says did the act or spoke the words;
* an act called a step or attempt of another side toward a harmful aim ("one more move by
  the Latvian government to wreck ties") is criticism (111) of that side;
* "the expulsion would not go unanswered" promises an answer to an act already done: a
  threat (13x) to its doer; not to a proposal, and not once it is told as past;
* concern at "the allegations" is aimed at the side they charged (111);
* a wrong of another side claimed first by a state voice ("said that Mexico had abused the
  immunities of its embassy", "said the troops had been deployed without its consent") is
  its accusation (112); not when the wrong is only possible, asked about, denied, cited
  after the fact, reported by media, or the speaker's own.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _events(coder, make_article, text):
    return coder.code(make_article(text, published=PUB)).events


def _roots(coder, make_article, text):
    return {(e.source.country if e.source else None, e.cameo[:2],
             e.target.country if e.target else None)
            for e in _events(coder, make_article, text)}


def _codes(coder, make_article, text):
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None, e.status.value)
            for e in _events(coder, make_article, text)}


@pytest.mark.parametrize("text, expected", [
    ("Hanoi rejected as groundless an accusation by Manila that Vietnamese boats had rammed "
     "a patrol ship.", ("VNM", "016", "PHL", "happened")),
    ("Moscow dismissed as baseless the accusations by Kyiv that Russian troops had shelled "
     "the plant.", ("RUS", "016", "UKR", "happened")),
    ("India expelled a senior Canadian diplomat and rejected as absurd an allegation by "
     "Canada that Indian agents may have been behind the murder.",
     ("IND", "016", "CAN", "happened")),
])
def test_nlp_speech15_shifted_charge_denied(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    # a claim of fact (to a reef) rejected is no denial; nor a report named an allegation
    ("Beijing rejected as groundless a claim by Manila that the reef belongs to the "
     "Philippines.", "CHN"),
    ("Ankara rejected the report as an allegation without basis.", "TUR"),
])
def test_nlp_speech15_shifted_charge_not_denied(coder, make_article, text, speaker):
    assert not {c for c in _codes(coder, make_article, text)
                if c[0] == speaker and c[1] == "016"}


@pytest.mark.parametrize("text, expected", [
    ("Ecuador expelled the Mexican ambassador over remarks by the Mexican president about "
     "its election, which Quito said were offensive.", ("ECU", "11", "MEX")),
    ("Lithuania recalled its envoy after comments by the Belarusian leader, which Vilnius "
     "called insulting.", ("LTU", "11", "BLR")),
    ("Seoul summoned a Japanese diplomat over a statement by the Japanese defence minister, "
     "which South Korea said was provocative.", ("KOR", "11", "JPN")),
    # a "that" clause
    ("Kenya recalled its envoy over remarks by the Ugandan president that Nairobi said were "
     "insulting.", ("KEN", "11", "UGA")),
])
def test_nlp_speech15_relative_judgement(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker, other", [
    # praise, or a judgement negated, judges no one
    ("Italy welcomed remarks by the French minister about migration, which Rome said were "
     "accurate.", "ITA", "FRA"),
    ("Kenya recalled its envoy over remarks by the Ugandan president that Nairobi said were "
     "accurate.", "KEN", "UGA"),
    ("Greece noted remarks by the Turkish president, which Athens said were not offensive.",
     "GRC", "TUR"),
    ("Greece noted remarks by the Turkish president, which Athens never called offensive.",
     "GRC", "TUR"),
])
def test_nlp_speech15_relative_no_judgement(coder, make_article, text, speaker, other):
    # (the evaluative speech of nlp.events still reads the negated ones as criticism: only
    # this rule is asked here)
    assert not [e for e in _events(coder, make_article, text)
                if e.rule == "disapprove.relative_judgement"]


@pytest.mark.parametrize("text, expected", [
    ("Minsk said the border closure was one more move by the Latvian government to wreck "
     "ties between the neighbours.", ("BLR", "11", "LVA")),
    ("Beijing called the arms sale an attempt by Washington to undermine stability in the "
     "Taiwan Strait.", ("CHN", "11", "USA")),
    ("Tehran described the new sanctions as a bid by Washington to strangle the Iranian "
     "economy.", ("IRN", "11", "USA")),
])
def test_nlp_speech15_hostile_aim(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker, other", [
    # an aim that harms no one, or one not told as the other side's step
    ("Seoul said the launch was a step by Pyongyang to improve relations.", "KOR", "PRK"),
    ("Tokyo said the measures were an attempt by Seoul to contain the outbreak.", "JPN",
     "KOR"),
    # a step only supposed, or denied
    ("Moscow said any such vote would be a step by Chisinau to destroy relations.", "RUS",
     "MDA"),
    ("Budapest said the decision was not an attempt by Bratislava to isolate Hungary.", "HUN",
     "SVK"),
])
def test_nlp_speech15_no_hostile_aim(coder, make_article, text, speaker, other):
    assert (speaker, "11", other) not in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Estonia expelled a Russian diplomat on Monday. Moscow said the expulsion would not go "
     "unanswered.", ("RUS", "13", "EST")),
    ("Beijing said Manila's provocation would not go unanswered.", ("CHN", "13", "PHL")),
    ("Moscow's foreign ministry said that the expulsion was one more step by the Latvian "
     "government to wreck ties and that it would not go unanswered.",
     ("RUS", "13", "LVA")),
])
def test_nlp_speech15_act_not_unanswered(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    ("Vilnius sent Minsk a proposal on Monday. Belarus said the proposal would not go "
     "unanswered.", "BLR"),
    ("Estonia expelled a Russian diplomat in May. Moscow said the expulsion had not gone "
     "unanswered.", "RUS"),
])
def test_nlp_speech15_no_threat_unanswered(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[0] == speaker and r[1] == "13"}


@pytest.mark.parametrize("text, expected", [
    ("Poland accused Belarus of pushing migrants across the border. Britain and France "
     "said they were deeply concerned by the allegations.",
     {("GBR", "11", "BLR"), ("FRA", "11", "BLR")}),
])
def test_nlp_speech15_concern_at_charges(coder, make_article, text, expected):
    roots = _roots(coder, make_article, text)
    assert expected <= roots
    assert ("GBR", "11", "POL") not in roots


@pytest.mark.parametrize("text, expected", [
    ("Ecuador's government said that Mexico had abused the immunities of its embassy.",
     ("ECU", "112", "MEX", "happened")),
    ("Hanoi said Beijing had exploited the dispute to expand its presence in the sea.",
     ("VNM", "112", "CHN", "happened")),
    ("Poland said Russian intelligence had orchestrated the fires in Warsaw.",
     ("POL", "112", "RUS", "happened")),
    ("Niger said the French troops had been deployed without its consent.",
     ("NER", "112", "FRA", "happened")),
])
def test_nlp_speech15_wrong_claimed(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, speaker, other", [
    ("Quito said Mexico could abuse the immunities of its mission.", "ECU", "MEX"),
    ("Mexico denied that it had abused the immunities of its mission.", "MEX", "ECU"),
    ("Quito asked whether Mexico had abused its immunities.", "ECU", "MEX"),
    ("Mexico abused the immunities of its mission, Ecuador's government said.", "ECU", "MEX"),
    ("The newspaper said that China had spied on European leaders.", None, "CHN"),
    ("Britain said it had armed Ukraine since 2022.", "GBR", "UKR"),
    ("Ecuador said Mexico had not abused the immunities of its mission.", "ECU", "MEX"),
    # an obstruction that spared others, not the speaker's side, is no wrong to it
    ("Jordan said Egyptian mediation had prevented a wider war in Gaza.", "JOR", "EGY"),
])
def test_nlp_speech15_wrong_not_claimed(coder, make_article, text, speaker, other):
    assert not {c for c in _codes(coder, make_article, text)
                if c[0] == speaker and c[1] == "112" and c[2] == other}


@pytest.mark.parametrize("text, expected", [
    # a deed told as explaining an act against the side ("they": those it was aimed at)
    ("Chad expelled the Sudanese envoy on Friday, saying he had abused his status.",
     ("TCD", "112", "SDN", "happened")),
    ("Kazakhstan said Russian officials had prevented its trucks from crossing the border.",
     ("KAZ", "112", "RUS", "happened")),
    # a quote set before its speaker is the speaker's own words
    ("\"Caracas has meddled in our affairs for years,\" Guyana's foreign minister said.",
     ("GUY", "112", "VEN", "happened")),
    # a guess at a deed done is a charge all the same
    ("Quito said that Mexico might have abused the immunities of its mission.",
     ("ECU", "112", "MEX", "happened")),
])
def test_nlp_speech15_wrong_claimed_more(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # a denial of a wrong of its own, no third side named: the charge about the same thing
    ("Warsaw accused Minsk of pushing migrants over the border. Belarus has denied that its "
     "guards are pushing migrants toward Poland.", ("BLR", "016", "POL")),
    ("Latvia accused Belarus of pushing migrants toward its frontier. Minsk has denied that "
     "Belarus is steering migrants to the frontier.", ("BLR", "016", "LVA")),
    # the gerund parsed as a modifier of its object
    ("Khartoum accused the UAE of arming the rebels. The UAE has always denied supplying "
     "weapons to the RSF.", ("ARE", "016", "SDN")),
    # said it did not do it
    ("Athens accused Ankara of meddling in the management of the strait. Ankara has said "
     "it never meddled in how the strait is managed.", ("TUR", "016", "GRC")),
    ("Kinshasa accused Rwanda of arming the rebels in the east. Kigali says it does not arm "
     "the rebels.", ("RWA", "016", "COD")),
])
def test_nlp_speech15_wrong_denied(coder, make_article, text, expected):
    assert expected in {c[:3] for c in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text, speaker", [
    # a promise not to do it, or a denial about something else than the charge
    ("Washington accused Beijing of interfering in the canal. Beijing said it would never "
     "interfere in the canal.", "CHN"),
    ("Washington accused Beijing of interfering in the canal. Beijing said it had not "
     "interfered in the election in Taiwan.", "CHN"),
    ("Finland accused Russia of sending migrants to the border. Moscow has denied that its "
     "economy is in decline.", "RUS"),
])
def test_nlp_speech15_wrong_not_denied(coder, make_article, text, speaker):
    assert not {c for c in _codes(coder, make_article, text)
                if c[0] == speaker and c[1] == "016"}


@pytest.mark.parametrize("text, expected", [
    # a deed aimed against the speaker's own side, told by the speaker
    ("Kyiv said Budapest had lobbied against Ukraine in Brussels.", {("UKR", "11", "HUN")}),
    ("Warsaw said Minsk had used migrants as a weapon against Poland.",
     {("POL", "11", "BLR")}),
    ("Vilnius answered that Moscow had ordered Minsk to open a new front against Lithuania.",
     {("LTU", "11", "RUS"), ("LTU", "11", "BLR")}),
])
def test_nlp_speech15_deed_against_speaker(coder, make_article, text, expected):
    assert expected <= _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker, other", [
    # against a third side, still to come, or by no one named
    ("Seoul said Tokyo had stood with Seoul against North Korea.", "KOR", "JPN"),
    ("Kyiv said Budapest would lobby against Ukraine in Brussels.", "UKR", "HUN"),
    ("Kyiv said sanctions had been imposed against it.", "UKR", None),
])
def test_nlp_speech15_no_deed_against_speaker(coder, make_article, text, speaker, other):
    assert not [e for e in _events(coder, make_article, text)
                if e.rule == "disapprove.wrong_claimed"]


@pytest.mark.parametrize("text, expected", [
    # a deed named by a gerund the tagger took for a verb: its doer told just before
    ("Azerbaijani troops shelled Armenian villages on Monday. Yerevan called the shelling an "
     "act of aggression.", ("ARM", "11", "AZE")),
    ("Chinese coast guard ships blocked a Philippine supply boat on Saturday. Manila called "
     "the blocking a dangerous provocation.", ("PHL", "11", "CHN")),
    ("Indian troops shelled Pakistani posts on Monday. Islamabad called the shelling an act "
     "of aggression.", ("PAK", "11", "IND")),
])
def test_nlp_speech15_gerund_deed_judged(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech15_gerund_deed_of_other_stem(coder, make_article):
    # "the fighting" refers to no deed told by "fight": no doer is guessed for it
    text = ("Turkish troops shelled Kurdish positions on Monday. Baghdad called the fighting "
            "a grave escalation.")
    assert not [e for e in _events(coder, make_article, text)
                if e.rule == "disapprove.naming_judgement" and e.target is not None
                and e.target.country == "TUR"]


@pytest.mark.parametrize("text, expected", [
    ("Chad shut its frontier on Monday, telling journalists that Sudan was a bad "
     "neighbour.", ("TCD", "11", "SDN")),
    ("Ankara called Washington an unreliable ally.", ("TUR", "11", "USA")),
    ("Vilnius described Minsk as a dangerous neighbour.", ("LTU", "11", "BLR")),
])
def test_nlp_speech15_bad_company(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker, other", [
    ("Hanoi said Laos was not a bad neighbour.", "VNM", "LAO"),
    ("Tokyo said Seoul would be an unreliable partner if it left the pact.", "JPN", "KOR"),
])
def test_nlp_speech15_no_bad_company(coder, make_article, text, speaker, other):
    assert (speaker, "11", other) not in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # a pronoun named: the side the article just told of
    ("Serbian police arrested three Kosovar officers on Sunday. Belgrade called them "
     "terrorists.", ("SRB", "11", "XKX")),
    ("Venezuelan troops detained two Guyanese soldiers near the border on Friday. Caracas "
     "called them criminals.", ("VEN", "11", "GUY")),
])
def test_nlp_speech15_pronoun_named_wrongdoer(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech15_pronoun_named_friend(coder, make_article):
    text = ("Serbian police freed three Kosovar officers on Sunday. Belgrade called them "
            "friends.")
    assert ("SRB", "11", "XKX") not in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # a wrong attempted
    ("London said Moscow had tried to interfere in the election.", ("GBR", "112", "RUS")),
    ("Kyiv said Minsk had attempted to destabilise the border region.",
     ("UKR", "112", "BLR")),
    # a deed said to bear another side's marks
    ("Warsaw said the sabotage bore the hallmarks of Russian intelligence.",
     ("POL", "112", "RUS")),
    ("Seoul said the cyberattack had North Korea's fingerprints on it.",
     ("KOR", "112", "PRK")),
])
def test_nlp_speech15_wrong_attempted_or_marked(coder, make_article, text, expected):
    assert expected in {c[:3] for c in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text", [
    "London said Moscow would try to interfere in the election.",
    "London said Moscow had not tried to interfere in the election.",
    "Warsaw said the fire bore no hallmarks of Russian involvement.",
    "The attack bore the hallmarks of Iranian proxies, analysts said.",
])
def test_nlp_speech15_no_wrong_attempted_or_marked(coder, make_article, text):
    assert not [e for e in _events(coder, make_article, text)
                if e.rule in ("disapprove.wrong_claimed", "disapprove.hallmarks_named")]


@pytest.mark.parametrize("text, expected", [
    ("Kyiv said it had evidence that Russian troops had used chemical weapons near Bakhmut.",
     ("UKR", "112", "RUS")),
    ("Ankara presented proof that Greek jets had violated its airspace.",
     ("TUR", "112", "GRC")),
    ("Manila said it had gathered evidence that Chinese ships had rammed its supply boat.",
     ("PHL", "112", "CHN")),
])
def test_nlp_speech15_evidence_claimed(coder, make_article, text, expected):
    assert expected in {c[:3] for c in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text", [
    "Seoul said it had no evidence that North Korean troops had crossed the border.",
    "Kyiv said Washington had evidence that Russian troops had shelled the plant.",
    "The newspaper presented evidence that Russian troops had shelled the plant.",
])
def test_nlp_speech15_no_evidence_claimed(coder, make_article, text):
    assert not [e for e in _events(coder, make_article, text)
                if e.rule == "disapprove.evidence_claimed"]
