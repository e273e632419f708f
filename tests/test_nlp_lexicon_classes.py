"""Word classes of the trigger lexicon: a kind of thing (armed forces, talks, ties, channels,
envoys, kinds of cooperation) is named once in patterns.yaml and reused by the patterns.

The loader rows check the data format; the sentence rows (written for this file) check the
phenomena the classes and the object look-through cover, on the real spaCy model.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

from detente.coding.patterns import build_lexicon, load_lexicon, parse_patterns
from detente.errors import DataFileError

PUB = date(2023, 5, 10)

Triple = tuple[str, str, str]


# -- the data format -------------------------------------------------------------------------
def test_nlp_lexicon_classes_expand_in_place() -> None:
    text = "\n".join([
        "- {class: arms, words: [Rifles, guns]}",
        "- {class: gear, words: ['@arms', helmets]}",
        '- {id: a.send, head: send, object: [tanks, "@gear", guns], cameo: "072"}',
        '- {id: a.hit, head: hit, prep: with, prep_object: ["@arms"], cameo: "190"}',
    ])
    classes: dict[str, tuple[str, ...]] = {}
    pats = {p.id: p for p in parse_patterns(text, "test.yaml", classes=classes)}
    assert classes == {"arms": ("rifles", "guns"), "gear": ("rifles", "guns", "helmets")}
    # (the class's words take its place, once each)
    assert pats["a.send"].object == ("tanks", "rifles", "guns", "helmets")
    assert pats["a.hit"].prep_object == ("rifles", "guns")
    assert build_lexicon(list(pats.values()), classes).classes["gear"][-1] == "helmets"


def test_nlp_lexicon_classes_shared_across_files() -> None:
    classes: dict[str, tuple[str, ...]] = {}
    parse_patterns("- {class: arms, words: [rifles]}", "a.yaml", classes=classes)
    (pat,) = parse_patterns('- {id: a.b, head: send, object: ["@arms"], cameo: "072"}',
                            "b.yaml", classes=classes)
    assert pat.object == ("rifles",)


@pytest.mark.parametrize("text,message", [
    ('- {id: a.b, head: send, object: ["@arms"], cameo: "072"}', "unknown word class"),
    ('- {id: a.b, head: send, object: [x], object_kind: "@arms", cameo: "072"}',
     "unknown word class"),
    ("- {class: arms, words: [a]}\n- {class: arms, words: [b]}", "duplicate word class"),
    ("- {class: arms}", "without words"),
    ("- {class: arms, words: [a], head: send}", "unknown keys"),
    ('- {id: a.b, head: send, object: ["@arms"], cameo: "072"}\n- {class: arms, words: [a]}',
     "unknown word class"),
])
def test_nlp_lexicon_classes_errors(text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_patterns(text, "test.yaml")


def test_nlp_lexicon_classes_kind_and_prep_class_accepted() -> None:
    text = ("- {class: arms, words: [rifles]}\n- {class: together, words: [with, alongside]}\n"
            '- {id: a.b, head: order, object: [leave], object_kind: "@arms", cameo: "166"}\n'
            '- {id: a.c, head: work, prep: "@together", cameo: "060"}')
    pats = {p.id: p for p in parse_patterns(text, "test.yaml")}
    assert pats["a.b"].object_kind == "@arms" and pats["a.c"].prep == "@together"
    with pytest.raises(DataFileError, match="unknown word class"):
        parse_patterns('- {id: a.c, head: work, prep: "@nothing", cameo: "060"}', "t.yaml")


def test_nlp_lexicon_classes_shipped() -> None:
    lex = load_lexicon()
    for name in ("forces", "security_staff", "drills", "bonds", "trade", "military_assets",
                 "deployables", "cooperation", "talks", "ties",
                 "channels", "envoys", "together", "deals", "arms", "hulls", "aid", "money",
                 "relief_goods", "aid_flows", "aid_agencies"):
        assert lex.classes[name], name
    assert set(lex.classes["forces"]) <= set(lex.classes["deployables"])
    # patterns that share a kind of thing share its class
    by_id = {p.id: p for p in lex.patterns}
    assert by_id["posture.deploy_forces"].object == by_id["posture.dispatch_forces"].object
    assert "contingent" in by_id["posture.station_forces"].object
    assert by_id["intent.deepen_cooperation"].object == lex.classes["cooperation"]
    assert "hotline" in by_id["reduce.cut_ties"].object
    # every verb that hands weapons over knows every weapon; ships are not "sent" as aid
    for pid in ("aid.send_mil", "aid.give_mil", "aid.deliver_mil", "aid.supply_mil"):
        assert set(lex.classes["arms"]) <= set(by_id[pid].object), pid
    assert "warships" not in by_id["aid.send_mil"].object
    for verb in ("cut", "freeze", "halt", "suspend", "slash", "pause", "withhold"):
        assert set(lex.classes["aid_flows"]) <= set(by_id[f"reduce.{verb}_aid"].object), verb


# -- sentences -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)



ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("foreign troops forced out", "Mali's military rulers forced the French soldiers out "
     "in August.", {("MLI", "166", "FRA")}, set()),
    ("troops driven out of a town are no expulsion", "Russia's army forced Ukrainian troops "
     "out of the village.", set(), {("RUS", "166", "UKR")}),
    ("aid workers forced out", "Ethiopia's government forced American aid workers out of the "
     "country.", {("ETH", "1663", "USA")}, set()),
    ("foreign troops kicked out", "The new government in Bamako kicked out French troops.",
     {("MLI", "166", "FRA")}, set()),
    ("a unit ordered to leave", "Niger's junta ordered the French battalion to leave by the "
     "end of the year.", {("NER", "166", "FRA")}, set()),
    ("a ship ordered to leave is no expulsion", "Manila's coast guard ordered the Chinese "
     "vessel to leave the shoal.", set(), {("PHL", "166", "CHN")}),
    ("an envoy ordered to leave stays 161", "Niger's junta ordered the French ambassador to "
     "leave within 48 hours.", {("NER", "161", "FRA")}, {("NER", "166", "FRA")}),
    ("ties ended after a span of years", "Honduras switched recognition to Beijing, ending "
     "eight decades of relations with Taiwan.", {("HND", "161", "TWN")}, set()),
    ("channels cut, as the compound of lines", "North Korea cut all communication lines with "
     "South Korea on Monday.", {("PRK", "161", "KOR")}, set()),
    ("a hotline severed", "Pyongyang severed the military hotline with Seoul.",
     {("PRK", "161", "KOR")}, set()),
    ("kinds of talks frozen", "China froze its dialogue with the United States on climate.",
     {("CHN", "164", "USA")}, set()),
    ("working alongside a side", "Rwandan troops will work alongside the army of Mozambique "
     "in Cabo Delgado.", {("RWA", "06", "MOZ")}, set()),
    ("drills alongside a side", "The Philippine navy held drills alongside the Japanese "
     "coast guard in the South China Sea.", {("PHL", "062", "JPN")}, set()),
    ("more kinds of forces deployed", "Russia deployed two regiments near the border with "
     "Ukraine.", {("RUS", "150", "UKR")}, set()),
    ("arms of any kind delivered", "Seoul delivered rifles and howitzers to Poland last "
     "month.", {("KOR", "072", "POL")}, set()),
    ("aid flows slashed", "Germany slashed arms deliveries to Turkey.",
     {("DEU", "162", "TUR")}, set()),
    ("trade grown by a growth verb", "Vietnam intensified trade with South Korea last year.",
     {("VNM", "061", "KOR")}, set()),
    ("cooperation cemented", "Pakistan cemented its cooperation with China.",
     {("PAK", "03", "CHN")}, set()),
    ("forces sent at a side's request protect it", "Rwanda sent soldiers and police at the "
     "request of Mozambique's government.", {("RWA", "074", "MOZ")}, {("RWA", "150", "MOZ")}),
    ("forces deployed at an invitation", "Kenya deployed police officers to Haiti at the "
     "invitation of the Haitian government.", {("KEN", "074", "HTI")}, set()),
    ("drills launched with a side, the phrase under the drills", "The Chinese navy launched "
     "drills with the Russian fleet in the Sea of Japan.", {("CHN", "062", "RUS")},
     {("CHN", "150", "RUS")}),
    ("drills launched near a side stay a show of force", "China launched drills around "
     "Taiwan.", {("CHN", "150", "TWN")}, {("CHN", "062", "TWN")}),
    ("any kind of agreement torn up", "Russia tore up the arms control treaties it had "
     "signed with the United States.", {("RUS", "121", "USA")}, set()),
    ("a memorandum sealed", "Indonesia sealed a memorandum on fisheries with Vietnam.",
     {("IDN", "057", "VNM")}, set()),
    ("kinds of cooperation", "Sweden deepened its counter-terrorism cooperation with Turkey.",
     {("SWE", "03", "TUR")}, set()),
]


@pytest.mark.slow
@pytest.mark.parametrize("label,text,present,absent", ROWS, ids=[r[0] for r in ROWS])
def test_nlp_lexicon_classes_sentences(check, label: str, text: str,
                                       present: set[Triple], absent: set[Triple]) -> None:
    check(text, present, absent, label)
