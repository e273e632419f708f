"""Acts to come deemed war, the one-China principle upheld, commitments held, hope voiced,
deadlines given, first-person acts in quotations, and two parses of charges and refusals
(nlp.speech, coding/data/evaluation.yaml):

* "said further strikes would be treated as an act of war": a threat (138 when the
  name is military, else 130) to the side the act is tied to, the one warned, or the other
  side of the speaker's latest event;
* "Belgrade adheres to the one-China principle": support of China (051), not an appeal to
  adhere ("urged Washington to abide by ...") nor China's own words;
* "remains committed to working with Nairobi": an intent toward the partner (03x);
* "voiced hope that ties with Seoul would improve": optimism aimed at the side named (013);
* "gave Bamako until Friday to free the soldiers": a demand (100);
* "'We condemn the strikes,' the minister said": the speaker's own act, in the first person
  and the present tense;
* "..., a charge Kigali denies" (the charge parsed as a compound of the name) and "ruled out
  talks until Moscow withdraws" (the verb parsed as a noun).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Status

pytestmark = pytest.mark.slow

PUB = date(2024, 9, 18)


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None) for e in events}


def _roots(coder, make_article, text):
    return {(s, c[:2], t) for s, c, t in _codes(coder, make_article, text)}


DEEMED = [
    ("Moscow said all ships heading to Ukrainian ports would be regarded as military targets.",
     ("RUS", "138", "UKR")),
    ("Rwandan troops shelled South African peacekeepers near Goma on Monday. Pretoria said "
     "any further attack on its soldiers would be viewed as a declaration of war.",
     ("ZAF", "138", "RWA")),
    ("Athens warned Ankara that any drilling in its waters would be seen as a provocation.",
     ("GRC", "13", "TUR")),
    ("Seoul said that any new launch by Pyongyang will be considered an act of aggression.",
     ("KOR", "138", "PRK")),
]


@pytest.mark.parametrize("text, expected", DEEMED,
                         ids=["regarded-targets", "treated-war", "seen-provocation",
                              "considered-aggression"])
def test_nlp_speech10_act_deemed_hostile_threatens(coder, make_article, text, expected):
    codes = _codes(coder, make_article, text)
    assert expected in codes or expected in _roots(coder, make_article, text), codes


NOT_DEEMED = [
    # no future: a judgement of what was done, not a threat
    "Tokyo said the flights were regarded as a violation of its airspace by China.",
    # analysts are no state voice
    "Analysts said any visit to Taipei would be seen as a provocation by Beijing.",
    # denied
    "Hanoi said the patrols by Chinese ships would not be treated as an act of war.",
]


@pytest.mark.parametrize("text", NOT_DEEMED, ids=["past", "analysts", "negated"])
def test_nlp_speech10_no_threat_without_a_future_state_word(coder, make_article, text):
    assert not {c for c in _roots(coder, make_article, text) if c[1] == "13"}


ONE_CHINA = [
    ("Vucic said Serbia firmly adheres to the one-China principle.", ("SRB", "051", "CHN")),
    ("The Honduran president said her government upholds the one-China principle.",
     ("HND", "051", "CHN")),
    # ("would continue to abide by" is a commitment to continue: 03x, by the gold convention)
    ("Pakistan's prime minister said Islamabad would continue to abide by the one-China policy.",
     ("PAK", "032", "CHN")),
]


@pytest.mark.parametrize("text, expected", ONE_CHINA, ids=["adhere", "uphold", "abide"])
def test_nlp_speech10_one_china_upheld_supports_china(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NOT_ONE_CHINA = [
    ("Beijing urged Washington to abide by the one-China principle.", "USA"),
    ("China said it would always adhere to the one-China principle.", "CHN"),
    ("Taiwan's president said the island would never accept the one-China principle.", "TWN"),
]


@pytest.mark.parametrize("text, side", NOT_ONE_CHINA, ids=["urged", "china-itself", "never"])
def test_nlp_speech10_one_china_asked_or_refused_is_no_support(coder, make_article, text,
                                                               side):
    assert (side, "051", "CHN") not in _codes(coder, make_article, text)


def test_nlp_speech10_one_china_owed_is_not_done(coder, make_article):
    # what a side "should" do is no support given: at most a support not realized
    text = "Lithuania should uphold the one-China principle, the Chinese envoy said."
    res = coder.code(make_article(text, published=PUB))
    assert not [e for e in res.events if e.cameo == "051" and e.status == Status.HAPPENED]


COMMITTED = [
    ("Kenya remains committed to working with Somalia on border security.",
     ("KEN", "03", "SOM")),
    ("Lula said Brazil was committed to working with Argentina.", ("BRA", "03", "ARG")),
    ("Japan remains committed to strengthening ties with the Philippines.",
     ("JPN", "03", "PHL")),
    ("Paris is dedicated to deepening cooperation with Rabat, the minister said.",
     ("FRA", "03", "MAR")),
]


@pytest.mark.parametrize("text, expected", COMMITTED,
                         ids=["remains", "reported", "strengthen-ties", "dedicated"])
def test_nlp_speech10_commitment_held_is_intent(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


NOT_COMMITTED = [
    "Kenya must remain committed to working with Somalia.",
    "Kenya is no longer committed to working with Somalia.",
    "Kenya is not committed to working with Somalia.",
]


@pytest.mark.parametrize("text", NOT_COMMITTED, ids=["must", "no-longer", "not"])
def test_nlp_speech10_commitment_asked_or_withdrawn_is_none(coder, make_article, text):
    assert ("KEN", "03", "SOM") not in _roots(coder, make_article, text)


HOPE = [
    ("Modi voiced hope that ties with China would improve.", ("IND", "013", "CHN")),
    ("Tokyo expressed hope that relations with Seoul will improve.", ("JPN", "013", "KOR")),
    ("The Greek premier expressed confidence that relations with Turkey would warm.",
     ("GRC", "013", "TUR")),
]


@pytest.mark.parametrize("text, expected", HOPE, ids=["voiced", "expressed", "confidence"])
def test_nlp_speech10_hope_voiced_is_optimism(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


def test_nlp_speech10_hope_without_a_relation_is_none(coder, make_article):
    codes = _codes(coder, make_article,
                   "The minister voiced hope that the weather in Hanoi would improve.")
    assert not {c for c in codes if c[1] == "013"}


DEADLINES = [
    ("The African Union gave Sudan until Friday to hand over the suspects.",
     ("AU", "100", "SDN")),
    ("Washington gave Caracas two weeks to release the prisoners.", ("USA", "100", "VEN")),
    ("ECOWAS gave Mali until January to free the soldiers and warned of sanctions.",
     ("ECOWAS", "100", "MLI")),
]


@pytest.mark.parametrize("text, expected", DEADLINES, ids=["until", "weeks", "bloc"])
def test_nlp_speech10_deadline_given_is_demand(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NOT_DEADLINES = [
    "The United States gave Ukraine two billion dollars to rebuild its grid.",
    "Germany gave Ukraine tanks until the end of the year.",
]


@pytest.mark.parametrize("text", NOT_DEADLINES, ids=["money", "no-act-asked"])
def test_nlp_speech10_gift_is_no_deadline(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "100"}


QUOTED = [
    ('"We strongly condemn the Iranian strikes," said the British prime minister.',
     ("GBR", "111", "IRN")),
    ('"We urge Pakistan to release our pilot immediately," India\'s foreign minister told '
     "reporters.", ("IND", "020", "PAK")),
    ('"We reject Russia\'s proposal," Finland\'s president said.', ("FIN", "120", "RUS")),
    ('"We demand that Moscow return the children," Ukraine\'s foreign minister said.',
     ("UKR", "100", "RUS")),
]


@pytest.mark.parametrize("text, expected", QUOTED, ids=["condemn", "urge", "reject", "demand"])
def test_nlp_speech10_first_person_act_in_quote_is_speakers(coder, make_article, text,
                                                            expected):
    assert expected in _codes(coder, make_article, text)


NOT_QUOTED = [
    ('"We condemned the attack on Kharkiv," the Polish premier said.', "POL"),
    ('"We will not urge Ankara to change course," the Swedish minister said.', "SWE"),
    ('"We do not condemn Israel for defending itself," the Hungarian minister said.', "HUN"),
]


@pytest.mark.parametrize("text, side", NOT_QUOTED, ids=["past", "future-negated", "negated"])
def test_nlp_speech10_first_person_not_performed_is_none(coder, make_article, text, side):
    assert not {c for c in _codes(coder, make_article, text) if c[0] == side and c[1][:2] in (
        "02", "11")}


PARSES = [
    ("Kinshasa accuses Rwanda of backing the rebels and moving soldiers over the frontier, "
     "a charge Kigali denies.", ("RWA", "016", "COD")),
    ("Zelensky met the delegation in Kyiv on Friday. He ruled out negotiations until Russia "
     "withdraws.", ("UKR", "125", "RUS")),
]


@pytest.mark.parametrize("text, expected", PARSES, ids=["charge-compound", "until-noun"])
def test_nlp_speech10_misparsed_charge_and_refusal(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NAMED_WRONG = [
    ("Bamako called the Ivorian soldiers mercenaries.", ("MLI", "11", "CIV")),
    ("Moscow branded the Ukrainian fighters terrorists.", ("RUS", "11", "UKR")),
    ("Caracas described the American advisers as spies.", ("VEN", "11", "USA")),
]


@pytest.mark.parametrize("text, expected", NAMED_WRONG,
                         ids=["mercenaries", "terrorists-one-phrase", "spies"])
def test_nlp_speech10_named_a_wrongdoer_is_criticised(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech10_named_heroes_is_no_criticism(coder, make_article):
    codes = _roots(coder, make_article, "Seoul called the North Korean defectors heroes.")
    assert not {c for c in codes if c[1] == "11"}


READY = [
    ("Moscow said it was ready to respond to any aggression from Kyiv.", ("RUS", "13", "UKR")),
    ("Seoul said it stands ready to respond firmly to any provocation by Pyongyang.",
     ("KOR", "13", "PRK")),
    ("Tehran said its forces were prepared to retaliate against any Israeli attack.",
     ("IRN", "13", "ISR")),
]


@pytest.mark.parametrize("text, expected", READY, ids=["ready", "stands-ready", "prepared"])
def test_nlp_speech10_readiness_to_answer_any_attack_threatens(coder, make_article, text,
                                                               expected):
    assert expected in _roots(coder, make_article, text)


NOT_READY = [
    "Athens said it was prepared to respond to any Turkish proposal.",
    "Manila said it was not ready to respond to any attack by Beijing.",
]


@pytest.mark.parametrize("text", NOT_READY, ids=["proposal", "not-ready"])
def test_nlp_speech10_readiness_to_answer_no_attack_is_no_threat(coder, make_article, text):
    assert not {c for c in _roots(coder, make_article, text) if c[1] == "13"}


PARTNERS = [
    ("Modi called Japan a reliable partner.", ("IND", "051", "JPN")),
    ("Biden described India as a key partner.", ("USA", "051", "IND")),
    ("Putin called Xi a dear friend.", ("RUS", "051", "CHN")),
]


@pytest.mark.parametrize("text, expected", PARTNERS, ids=["partner", "as-partner", "friend"])
def test_nlp_speech10_named_a_partner_is_praised(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NOT_PARTNERS = [
    ("Trump called Germany an unreliable ally.", "DEU"),
    ("Erdogan called Sweden a former friend.", "SWE"),
    ("Kyiv called Budapest a partner of Moscow.", "HUN"),
    ("Kyiv called Minsk Moscow's closest ally.", "BLR"),
]


@pytest.mark.parametrize("text, side", NOT_PARTNERS,
                         ids=["unreliable", "former", "of-third", "third-owner"])
def test_nlp_speech10_partner_doubted_or_of_another_is_no_praise(coder, make_article, text,
                                                                 side):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "051" and c[2] == side}


ONUS = [
    ("Paris said it was time for Moscow to end the war.", ("FRA", "020", "RUS")),
    ("Manila said it was up to Beijing to show restraint.", ("PHL", "020", "CHN")),
    ("Seoul said the ball is in Pyongyang's court.", ("KOR", "020", "PRK")),
    ('"It is time for Russia to end this war," Macron said.', ("FRA", "020", "RUS")),
]


@pytest.mark.parametrize("text, expected", ONUS, ids=["time-for", "up-to", "ball", "quote"])
def test_nlp_speech10_onus_put_on_another_side_appeals(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NOT_ONUS = [
    "Kyiv said it was not up to Budapest to decide its future.",
    "Berlin said it was time for talks with Moscow.",
    "Berlin said it was time for a new approach to Moscow.",
]


@pytest.mark.parametrize("text", NOT_ONUS, ids=["not-up", "talks", "approach"])
def test_nlp_speech10_onus_denied_or_no_side_is_no_appeal(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "020"}


SPEAKER_FIRST = [
    ('The Egyptian foreign minister said: "We call on Israel to halt its offensive."',
     ("EGY", "020", "ISR")),
    ('"We stand with Ukraine," the Polish president said.', ("POL", "05", "UKR")),
    ('"We support Armenia\'s sovereignty," Macron said.', ("FRA", "05", "ARM")),
]


@pytest.mark.parametrize("text, expected", SPEAKER_FIRST,
                         ids=["speaker-first", "stand-with", "support"])
def test_nlp_speech10_first_person_support_or_appeal_in_quote(coder, make_article, text,
                                                              expected):
    roots = _roots(coder, make_article, text)
    assert expected in roots or (expected[0], expected[1][:2], expected[2]) in roots


def test_nlp_speech10_first_person_without_quote_is_not_the_speaker(coder, make_article):
    codes = _codes(coder, make_article, "The Polish premier said we must help Ukraine.")
    assert not {c for c in codes if c[0] == "POL" and c[1][:2] in ("02", "05")}


INSISTED = [
    ("Tehran insisted that Washington lift all sanctions first.", ("IRN", "100", "USA")),
    ("Ankara insists that Stockholm extradite the suspects.", ("TUR", "100", "SWE")),
    ("Belgrade insisted that Pristina withdraw its special police from the north.",
     ("SRB", "100", "XKX")),
]


@pytest.mark.parametrize("text, expected", INSISTED, ids=["lift", "extradite", "withdraw"])
def test_nlp_speech10_insisted_subjunctive_is_demand(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


NOT_INSISTED = [
    "Moscow insisted that Kyiv had shelled the plant.",
    "Moscow insists that the Ukrainians shell the plant every day.",
    "Moscow did not insist that Kyiv withdraw.",
]


@pytest.mark.parametrize("text", NOT_INSISTED, ids=["past-fact", "plural-fact", "negated"])
def test_nlp_speech10_insisted_fact_is_no_demand(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "100"}


NOT_TOLERATED = [
    ("Ankara said it would not tolerate Athens's militarisation of the islands.",
     ("TUR", "13", "GRC")),
    ("Seoul will not tolerate any provocation by Pyongyang, the minister said.",
     ("KOR", "13", "PRK")),
    ("Beijing said it would tolerate no interference from Washington.", ("CHN", "13", "USA")),
]


@pytest.mark.parametrize("text, expected", NOT_TOLERATED, ids=["poss", "by", "no-det"])
def test_nlp_speech10_not_tolerated_is_warning(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


TOLERATED = [
    "Delhi said it had never tolerated terrorism from Pakistan.",
    "Hanoi said it would not tolerate the sale of the maps.",
]


@pytest.mark.parametrize("text", TOLERATED, ids=["past", "no-doer"])
def test_nlp_speech10_tolerance_past_or_unaimed_is_no_warning(coder, make_article, text):
    assert not {c for c in _roots(coder, make_article, text) if c[1] == "13"}
