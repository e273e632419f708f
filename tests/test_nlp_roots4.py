"""Sentence -> event tables for material and relational acts (session 8): forces sent to a
state or with its consent (074), envoys recalled or coming home (161), transport links and
visas cut (172), joint patrols (062).

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

from detente.coding.patterns import parse_patterns
from detente.errors import DataFileError

PUB = date(2023, 9, 21)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- forces sent to another state, or with its consent (074), not a show of force
    ("troops deployed to a state", "The United States will deploy 3,000 troops to Poland.",
     {("USA", "074", "POL")}, {("USA", "150", "POL")}),
    ("soldiers sent to a state", "Nigeria sent 500 soldiers to Chad last week.",
     {("NGA", "074", "TCD")}, {("NGA", "15", "TCD")}),
    ("sent under a treaty", "Canberra will send police to Honiara under the security treaty.",
     {("AUS", "074", "SLB")}, set()),
    ("troops near a border stay a show of force", "Russia deployed troops near the Ukrainian "
     "border.", {("RUS", "150", "UKR")}, {("RUS", "074", "UKR")}),
    ("troops to a border stay a show of force", "Russia deployed troops to the border with "
     "Ukraine.", {("RUS", "150", "UKR")}, {("RUS", "074", "UKR")}),
    # -- envoys recalled (161)
    ("recalled a named envoy for consultations", "The foreign ministry of Peru recalled "
     "Gonzalez from Mexico for consultations.", {("PER", "161", "MEX")}, set()),
    ("recall for consultations is no meeting", "Brazil recalled Ambassador Maria Lopez from "
     "Israel for consultations.", {("BRA", "161", "ISR")}, {("BRA", "04", "ISR")}),
    ("ordered the recall", "President Macron ordered the recall of the French ambassador from "
     "Canberra.", {("FRA", "161", "AUS")}, {("FRA", "10", "AUS")}),
    ("envoy comes home", "Mexico's ambassador to Peru will return home, the minister said.",
     {("MEX", "161", "PER")}, set()),
    ("envoy will not go back", "Spain's ambassador to Argentina will not return, the minister "
     "said.", {("ESP", "161", "ARG")}, set()),
    # -- transport links and visas cut: administrative sanctions (172), not cut ties
    ("road and air links cut beside ties broken", "Azerbaijan broke off relations with Armenia "
     "and cut its road, rail and air links with the country.",
     {("AZE", "161", "ARM"), ("AZE", "172", "ARM")}, set()),
    ("rail links cut", "Lithuania cut rail links with Belarus.", {("LTU", "172", "BLR")},
     {("LTU", "161", "BLR")}),
    ("transport links reopened", "Turkey reopened rail links with Armenia.",
     {("TUR", "081", "ARM")}, set()),
    ("visas cut", "Italy cut visas for Tunisian citizens.", {("ITA", "172", "TUN")}, set()),
    ("number of visas reduced", "Italy will reduce the number of visas for Tunisians.",
     {("ITA", "172", "TUN")}, set()),
    ("units sent to a state", "Georgia and Moldova have also sent units to Armenia.",
     {("GEO", "074", "ARM"), ("MDA", "074", "ARM")}, set()),
    ("a deployment to a state", "The deployment of Kenyan police to Haiti was delayed by a "
     "court.", {("KEN", "074", "HTI")}, set()),
    ("a deployment near a side stays a show of force", "Russia's deployment of troops near "
     "Ukraine alarmed NATO.", {("RUS", "150", "UKR")}, {("RUS", "074", "UKR")}),
    ("deployment approved: aid promised", "The AU approved the deployment of troops to "
     "Somalia.", {("AU", "033", "SOM")}, {("AU", "15", "SOM")}),
    # -- forces leaving, attacks halted (087)
    ("forces leave a country", "The French troops will leave Niger by the end of the year.",
     {("FRA", "087", "NER")}, set()),
    ("strikes halted", "Israel halted its strikes on Lebanon for 48 hours.",
     {("ISR", "087", "LBN")}, {("ISR", "19", "LBN")}),
    ("a clash leaving soldiers dead is no withdrawal", "Soldiers from the two countries "
     "clashed on the border, leaving 12 Armenian and 9 Azerbaijani soldiers dead.", set(),
     {("ARM", "087", "AZE"), ("AZE", "087", "ARM")}),
    ("police leaving a building withdraw nothing", "Police officers left the Chilean "
     "embassy in Lima.", set(), {("CHL", "087", "PER"), ("PER", "087", "CHL")}),
    # -- the expulsion of people (174), of diplomats (161)
    ("expulsion of migrants", "Iran ordered the expulsion of Afghan migrants.",
     {("IRN", "174", "AFG")}, {("IRN", "161", "AFG")}),
    ("envoy given hours to leave", "Chad gave Germany's ambassador 48 hours to leave the "
     "country.", {("TCD", "161", "DEU")}, set()),
    ("foreign forces expelled", "The military rulers of Burkina Faso expelled French "
     "forces.", {("BFA", "166", "FRA")}, {("BFA", "161", "FRA")}),
    ("peacekeepers expelled", "Mali has expelled some of the U.N. peacekeepers.",
     {("MLI", "1661", "UNO")}, set()),
    ("inspectors expelled", "Syria expelled all OPCW chemical weapons inspectors.",
     {("SYR", "1662", "OPCW")}, set()),
    # -- reductions named as nouns: what the "of" phrase names; an order of an act is the act
    ("suspension of aid", "Sweden announced a suspension of aid to Mali.",
     {("SWE", "162", "MLI")}, set()),
    ("suspension of talks", "Kuwait announced a suspension of talks with Iraq.",
     {("KWT", "164", "IRQ")}, set()),
    ("halt to aid ordered", "Washington ordered a halt to military aid for Georgia.",
     {("USA", "162", "GEO")}, {("USA", "10", "GEO")}),
    ("air strikes ordered", "Biden ordered air strikes on Houthi targets in Yemen.",
     {("USA", "19", "YEM")}, {("USA", "10", "YEM")}),
    # -- complaints suspended (080), deals renewed (057)
    ("complaint suspended", "Australia suspended its complaint against China at the World "
     "Trade Organization.", {("AUS", "080", "CHN")}, set()),
    ("treaty renewed", "Russia and Kazakhstan renewed their lease treaty for Baikonur.",
     {("RUS", "057", "KAZ")}, set()),
    # -- leaving an international body (161)
    ("withdrew from a body", "Nicaragua withdrew from the Organization of American States "
     "in 2021.", {("NIC", "161", "OAS")}, {("NIC", "087", "OAS")}),
    ("departure from a body", "Burundi's departure from the International Criminal Court "
     "took effect on Friday.", {("BDI", "161", "ICC")}, set()),
    ("withdrew from a city stays a retreat", "Russia withdrew from Kherson.", set(),
     {("RUS", "161", "UKR")}),
    # -- hosting is of persons (043)
    ("a person received", "Xi received the visiting Spanish prime minister in Beijing.",
     {("CHN", "043", "ESP")}, set()),
    ("a named guest the model takes for a body", "President Erdogan received Zelenskiy at "
     "his palace in Ankara.", {("TUR", "043", "UKR")}, set()),
    ("a session attended in a capital", "The Emir of Kuwait attended the session in person "
     "in Cairo.", {("KWT", "042", "EGY")}, set()),
    ("two leaders at the same sessions have not met", "Lula and Milei attended the closing "
     "sessions in Rio on Friday.", set(),
     {("BRA", "04", "ARG"), ("ARG", "04", "BRA")}),
    ("a notice received is no hosting", "Micron said it had received the Chinese regulator's "
     "notice.", set(), {("USA", "04", "CHN"), ("CHN", "04", "USA")}),
    # -- hosting talks between two sides receives each (043); rounds of talks are talks
    ("rounds of talks hosted", "The Swiss foreign minister hosted two rounds of talks between "
     "Ethiopia and Eritrea.", {("CHE", "043", "ETH"), ("CHE", "043", "ERI")}, set()),
    # -- terrorist and suicide attacks (18), unless the label is someone's words
    ("a terrorist attack", "Al-Shabaab claimed the terrorist attack on Kenyan soldiers.",
     {("SOM", "180", "KEN")}, {("SOM", "190", "KEN")}),
    ("terrorist attacks carried out", "Kabul condemned the terrorist attacks carried out by "
     "the Pakistani Taliban on Afghan villages.", {("PAK", "180", "AFG")}, {("PAK", "19", "AFG")}),
    ("a military campaign", "Human rights groups criticised Ethiopia's military campaign "
     "against Eritrea.", {("ETH", "190", "ERI")}, set()),
    ("a trade war is no war", "Beijing warned of a trade war against the United States.",
     set(), {("CHN", "19", "USA")}),
    ("what it called terrorist attacks", "Moscow said it struck sites used to prepare what it "
     "called terrorist attacks against Russia.", set(), {("UKR", "18", "RUS")}),
    # -- patrols held jointly (062)
    ("patrol jointly", "Russian and Turkish troops will jointly patrol the border strip.",
     {("RUS", "062", "TUR")}, {("RUS", "150", "TUR")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots4_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "pid"), [
    ("At the invitation of the government of Chad, Niger began deploying a force of 800 "
     "soldiers.", "deploying", "aid.deploy_forces_on_request"),
    ("Under the defence pact, Fiji dispatched police officers.", "dispatched",
     "aid.dispatch_forces_on_request"),
    ("Ukraine sent more troops to Bakhmut.", "sent", "posture.send_forces"),
])
def test_nlp_roots4_consent_before_the_verb(coder, text: str, word: str, pid: str) -> None:
    """A host's consent put before the verb (on it, or on the verb it completes) still makes
    the forces sent aid; a place in one's own country is none."""
    sent = next(iter(coder.nlp(text).sents))
    found = {t.token.text: t.pattern.id for t in coder.extractor.triggers(sent)}
    assert found.get(word) == pid, found


@pytest.mark.parametrize(("item", "code"), [
    ('{id: x, head: send, prep: to, prep_kind: city, cameo: "074"}', "E308"),
    ('{id: x, head: send, prep_kind: state, cameo: "074"}', "E308"),
    ('{id: x, head: return, subject_kind: "@nowhere", cameo: "161"}', "E309"),
    ('{id: x, head: return, subject_kind: animal, cameo: "161"}', "E308"),
])
def test_nlp_roots4_pattern_keys_checked(item: str, code: str) -> None:
    with pytest.raises(DataFileError) as err:
        parse_patterns(f"- {item}\n", "test.yaml")
    assert err.value.code == code


def test_nlp_roots4_pattern_keys_read() -> None:
    text = ('- {class: envoys, words: [envoy, ambassador]}\n'
            '- {class: ways, words: [air, sea]}\n'
            '- {id: a, head: send, prep: to, prep_kind: state, cameo: "074"}\n'
            '- {id: b, head: return, subject_kind: "@envoys", cameo: "161"}\n'
            '- {id: c, head: cut, object: [links], modifier: ["@ways", land], cameo: "172"}\n')
    a, b, c = parse_patterns(text, "test.yaml")
    assert a.prep_kind == "state" and a.specificity == 2
    assert b.subject_kind == "@envoys"
    assert c.modifier == ("air", "sea", "land") and c.specificity == 3
