"""Stances a speaker states toward another side's act or its own relationship (nlp.speech,
coding/data/stance.yaml):

* readiness stated ("reaffirmed its readiness to facilitate the dialogue", "stands ready to
  mediate", "expressed its willingness to resume talks"): an offer to mediate (039) aimed at
  the sides of the story's talks, or an intent to meet (036) aimed at the speaker's partner;
  a readiness denied or only conditional is none;
* a hope stated by a verb that an act or the talks will bring peace or a settlement (013),
  aimed at the sides the clause names or the sides of the accord "this step" refers to; a
  hope dashed ("had hoped") or about one's own gains is none;
* a party praising its own pact ("called the signing a milestone") comments on the
  relationship (013) to the other party; a third side's praise stays 051;
* an act of another side not recognised or accepted ("did not recognise the decision to
  expel its envoy", "did not accept the closure") is rejected (120), aimed at the act's doer.

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


def _roots(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:2],
             e.target.country if e.target else None) for e in events}


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None, e.status.value) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Ethiopian and Eritrean officials held talks in Nairobi on Monday. Kenya reaffirmed "
     "its readiness to facilitate the dialogue.",
     {("KEN", "039", "ETH", "happened"), ("KEN", "039", "ERI", "happened")}),
    ("Serbian and Kosovar negotiators met in Brussels on Tuesday. Norway said it stood ready "
     "to mediate between the two sides.",
     {("NOR", "039", "SRB", "happened"), ("NOR", "039", "XKX", "happened")}),
    ("Hungary and Slovakia quarrelled over the dam last week. Budapest expressed its "
     "willingness to resume talks on the dam.", {("HUN", "036", "SVK", "happened")}),
    ("Indian and Pakistani troops exchanged fire along the border on Sunday. Tehran voiced "
     "its readiness to act as a mediator.",
     {("IRN", "039", "IND", "happened"), ("IRN", "039", "PAK", "happened")}),
])
def test_nlp_speech14_readiness_voiced(coder, make_article, text, expected):
    assert expected <= _codes(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    # only conditional, denied, or an offer of force: no offer to mediate or meet
    ("Ethiopian and Eritrean officials held talks in Nairobi on Monday. Kenya would be ready "
     "to facilitate the dialogue if both sides asked.", "KEN"),
    ("Ethiopian and Eritrean officials held talks in Nairobi on Monday. Kenya is not ready to "
     "facilitate the dialogue.", "KEN"),
    ("Ethiopian and Eritrean troops clashed on the border on Monday. Eritrea said its army "
     "was ready to defend every inch of the country.", "ERI"),
])
def test_nlp_speech14_readiness_not_voiced(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[0] == speaker and r[1] == "03"}


@pytest.mark.parametrize("text, expected", [
    ("Armenia and Azerbaijan signed a peace accord in Washington on Friday. Georgia hopes "
     "that this accord will bring lasting peace to the region.",
     {("GEO", "01", "ARM"), ("GEO", "01", "AZE")}),
    ("Brazil hopes the talks between Venezuela and Guyana will lead to a settlement.",
     {("BRA", "01", "VEN"), ("BRA", "01", "GUY")}),
    ("Sudan and South Sudan agreed on Monday to reopen their border crossings. Egypt hoped "
     "the step would end the tension between the two neighbours.",
     {("EGY", "01", "SDN"), ("EGY", "01", "SSD")}),
])
def test_nlp_speech14_hope_told(coder, make_article, text, expected):
    assert expected <= _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    ("Officials in Canberra had hoped the visit would bring a settlement with Beijing.", "AUS"),
    ("Kyiv hopes the offensive will strengthen its hand before the summit.", "UKR"),
    ("Armenia and Azerbaijan signed a peace accord on Friday. Georgia does not hope that "
     "this accord will bring peace.", "GEO"),
])
def test_nlp_speech14_hope_not_told(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[0] == speaker and r[1] == "01"}


@pytest.mark.parametrize("text, expected, absent", [
    ("Peru and Chile signed a trade treaty in Lima on Monday. President Boric called the "
     "signing a milestone for both nations.", ("CHL", "013", "PER"), ("CHL", "051", "PER")),
    ("Vietnam and Indonesia signed a maritime boundary agreement on Thursday. Hanoi described "
     "the agreement as a historic step.", ("VNM", "013", "IDN"), ("VNM", "051", "IDN")),
    # a third side's praise is praise of both parties (051), no comment of its own
    ("Peru and Chile signed a trade treaty in Lima on Monday. Brazil called the treaty "
     "historic.", ("BRA", "051", "PER"), ("BRA", "013", "PER")),
])
def test_nlp_speech14_own_pact_praised(coder, make_article, text, expected, absent):
    codes = {c[:3] for c in _codes(coder, make_article, text)}
    assert expected in codes
    assert absent not in codes


@pytest.mark.parametrize("text, expected", [
    ("Mali expelled the French ambassador on Monday. Paris said it did not recognise the "
     "decision to expel its envoy.", ("FRA", "120", "MLI", "happened")),
    ("Ghana closed its border with Togo on Sunday. Lome said it did not accept the closure.",
     ("TGO", "120", "GHA", "happened")),
    ("Belgrade refused to recognise Pristina's decision on the licence plates.",
     ("SRB", "120", "XKX", "happened")),
])
def test_nlp_speech14_act_not_recognised(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    ("Seoul urged Tokyo to recognise the ruling.", "KOR"),
    ("Ghana closed its border with Togo on Sunday. Lome said it accepted the closure.", "TGO"),
])
def test_nlp_speech14_act_recognised_or_asked(coder, make_article, text, speaker):
    assert not {r for r in _codes(coder, make_article, text)
                if r[0] == speaker and r[1] == "120"}


@pytest.mark.parametrize("text, expected", [
    ("The International Court of Justice ruled on the sea border between Kenya and Somalia on "
     "Tuesday. Mogadishu welcomed the judgment.", ("SOM", "05", "UNO")),
    ("The International Court of Justice ruled on the sea border between Kenya and Somalia on "
     "Tuesday. Kenya rejected the ruling in its entirety.", ("KEN", "12", "UNO")),
    ("The International Court of Justice dismissed the case Guyana had brought against "
     "Venezuela. Venezuela, which welcomed the ruling, said the dispute was over.",
     ("VEN", "05", "UNO")),
])
def test_nlp_speech14_verdict_judged(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    # the ruling's owner is named: the verb's own pattern aims it, not the court rule
    ("The International Court of Justice ruled on the sea border on Tuesday. Somalia welcomed "
     "Kenya's decision to accept the ruling of the arbitrators.", "SOM"),
    ("The International Court of Justice ruled on the sea border on Tuesday. Kenya will not "
     "welcome the ruling.", "KEN"),
])
def test_nlp_speech14_verdict_not_judged(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[0] == speaker and r[2] == "UNO"}


@pytest.mark.parametrize("text, expected", [
    # a feeling about an act told before is aimed at its doer
    ("Poland expelled two Belarusian diplomats on Monday. Minsk said it was dismayed by the "
     "expulsions.", ("BLR", "11", "POL")),
    ("Ghana closed its border with Togo on Sunday. Lome said it was saddened by the closure.",
     ("TGO", "11", "GHA")),
    # scorn for the other side's words
    ("Austria and Hungary quarrelled over migration this week. Vienna said the Hungarian "
     "remarks were nasty and inappropriate.", ("AUT", "11", "HUN")),
])
def test_nlp_speech14_feelings_and_scorn(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    # a feeling about something no side did is aimed at no one
    ("Poland expelled two Belarusian diplomats on Monday. Minsk said it was dismayed by the "
     "weather.", "BLR"),
    ("The minister said the storm was a nasty surprise for the fishermen.", None),
])
def test_nlp_speech14_feelings_unaimed(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[1] == "11" and (speaker is None or r[0] == speaker)}


@pytest.mark.parametrize("text, expected", [
    ("Madrid called Morocco's plan the most realistic basis for a settlement.",
     ("ESP", "051", "MAR")),
    ("Brasilia called the Venezuelan proposal a sound basis for talks.",
     ("BRA", "051", "VEN")),
    ("Ottawa described the Mexican offer as fair.", ("CAN", "051", "MEX")),
])
def test_nlp_speech14_possessed_endorsed(coder, make_article, text, expected):
    assert expected in {c[:3] for c in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text, speaker", [
    # a verdict with a negative word praises no one; one's own plan is no one else's
    ("Tokyo called the Chinese proposal a sham.", "JPN"),
    ("Berlin called the French plan unrealistic and dangerous.", "DEU"),
    ("Brazil called its own plan the best solution.", "BRA"),
])
def test_nlp_speech14_possessed_not_endorsed(coder, make_article, text, speaker):
    assert not {c for c in _codes(coder, make_article, text)
                if c[0] == speaker and c[1] == "051"}


@pytest.mark.parametrize("text, expected", [
    # a claim named a charge in apposition: the speaker's accusation and the denial
    ("Gitega said last month that the rebels were armed by Rwanda, a charge Kigali rejected.",
     {("RWA", "016", "BDI"), ("BDI", "112", "RWA")}),
    ("Seoul said the hackers were backed by Pyongyang, an allegation North Korea dismissed.",
     {("PRK", "016", "KOR"), ("KOR", "112", "PRK")}),
    # charges that are the ground of a detention: the jailer's charge, denied by the other side
    ("Iran arrested a French tourist last year on spying charges that Paris denies.",
     {("FRA", "016", "IRN"), ("IRN", "112", "FRA")}),
    ("Moscow detained the Estonian consul on Friday on espionage charges that he and the "
     "Estonian government rejected as false.", {("EST", "016", "RUS")}),
])
def test_nlp_speech14_charges_denied(coder, make_article, text, expected):
    assert expected <= {c[:3] for c in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text, absent", [
    # the accusation said in so many words is coded once, by its verb
    ("Seoul accused Pyongyang of backing the hackers, a charge North Korea dismissed.",
     ("KOR", "112", "PRK", "disapprove.charge_claimed")),
    # a claim the speaker's own side denies is no one's charge against another
    ("Gitega said the rebels were armed by Rwanda.", ("RWA", "016", "BDI", None)),
])
def test_nlp_speech14_charges_not_doubled(coder, make_article, text, absent):
    events = coder.code(make_article(text, published=PUB)).events
    found = {(e.source.country if e.source else None, e.cameo,
              e.target.country if e.target else None, e.rule) for e in events}
    if absent[3] is None:
        assert not {f for f in found if f[:3] == absent[:3]}
    else:
        assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("New Zealand paused its funding to the Cook Islands on Thursday. Wellington said it was "
     "never shown the draft before the signing.", ("NZL", "11", "COK")),
    ("Hungary's prime minister visited Kyiv on Tuesday. Kyiv said on Friday it had not been "
     "told in advance about his next trip.", ("UKR", "11", "HUN")),
    ("Oslo said Moscow had never notified it of the missile test.", ("NOR", "11", "RUS")),
    ("Canberra said Beijing had failed to honour its commitments under the trade deal.",
     ("AUS", "11", "CHN")),
])
def test_nlp_speech14_omission_charged(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, speaker", [
    # the speaker's own omission, one still to come, no duty at all
    ("Paris said it had not consulted Berlin before the vote.", "FRA"),
    ("Tokyo said it would not inform Seoul of the launch.", "JPN"),
    ("Hungary's prime minister visited Moscow on Friday. Kyiv said the minister did not meet "
     "the president.", "UKR"),
])
def test_nlp_speech14_omission_not_charged(coder, make_article, text, speaker):
    assert not {r for r in _roots(coder, make_article, text)
                if r[0] == speaker and r[1] == "11"}


@pytest.mark.parametrize("text, expected", [
    # an act told with a wrong's manner in reported speech: its doer is judged
    ("Iran seized the British tanker in the strait on Friday. London said the ship had been "
     "unlawfully seized by Iran.", ("GBR", "11", "IRN")),
    ("Tokyo said two Chinese jets had illegally entered its airspace on Monday.",
     ("JPN", "11", "CHN")),
    # a campaign told as ethnic cleansing is a charge
    ("Myanmar's army burned Rohingya villages in August. Washington said the army's "
     "campaign constituted ethnic cleansing of the Rohingya.", ("USA", "11", "MMR")),
])
def test_nlp_speech14_wrong_manner(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)
