"""Event extraction where the small model's parse of a news sentence goes astray: verbs
tagged as nouns, coordinated verbs that share one object, acts carried by a clause hung on a
document noun, things handed over to a receiver, efforts named by a compound, light verbs
with a predicate adjective ("set free"), object pronouns that stand for a country named
before; and negated acts of giving way that state a refusal ("will not lift the ban").

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


PRESENT_CASES = [
    # (construction, text, triples that must be present)
    ("verb tagged as a plural noun after its subject",
     "The Kenyan government, therefore, rejects and condemns the Ugandan cabinet's ruling.",
     {("KEN", "12", "UGA"), ("KEN", "11", "UGA")}),
    ("headline verb after a plural subject",
     "Japan and Korea hand over urgently needed medical supplies to the Peruvian government.",
     {("JPN", "07", "PER"), ("KOR", "07", "PER")}),
    ("coordinated verbs share the object",
     "Serbian police detained and questioned a Croatian minister at the border.",
     {("SRB", "17", "HRV")}),
    ("coordinated verbs share the object, both coded",
     "Hungary criticized and rejected the Austrian proposal.",
     {("HUN", "11", "AUT"), ("HUN", "12", "AUT")}),
    ("document noun speaks for its issuer",
     "Amnesty International released a report accusing the Egyptian police of torture.",
     {("AMNESTY", "11", "EGY")}),
    ("resolution carrying the act",
     "The Arab League adopted a resolution condemning Israel over the raids.",
     {("LAS", "11", "ISR")}),
    ("thing handed over goes to the receiver",
     "Italy returned three stolen statues to the government of Greece.",
     {("ITA", "08", "GRC")}),
    ("receiver after a relative clause inside the thing",
     "France returned ancient masks that date back to the 12th century to Mexico.",
     {("FRA", "08", "MEX")}),
    ("receiver of a passive handover",
     "A stolen manuscript was returned by Spanish officials to Chilean authorities.",
     {("ESP", "08", "CHL")}),
    ("quantity head before what is given",
     "China gave to Laos some of the surplus military equipment.",
     {("CHN", "07", "LAO")}),
    ("effort named by a compound",
     "The Norwegian envoy ended mediation efforts in the Sudanese conflict.",
     {("NOR", "16", "SDN")}),
    ("light verb with a predicate adjective",
     "Iran set free three Canadian sailors on Friday.", {("IRN", "08", "CAN")}),
    ("light verb with the adjective after the object",
     "Sudan set the two Egyptian engineers free.", {("SDN", "08", "EGY")}),
    ("made available to a receiver",
     "Korea made available four coast guard cutters to the Philippines.",
     {("KOR", "07", "PHL")}),
    ("receiver on the adjective",
     "The Polish army will make barracks available to Lithuanian units.",
     {("POL", "07", "LTU")}),
    ("parties of talks on the participle",
     "The talks conducted in Oslo between Colombia and Venezuela collapsed.",
     {("COL", "04", "VEN")}),
    ("threat conditioned inside the act threatened",
     "The Kenyan government threatened to expel the envoys if Somalia did not withdraw its "
     "claim.", {("KEN", "13", "SOM")}),
    ("will not give way is a refusal",
     "Norway will not lift the ban on Russian fishing boats.", {("NOR", "12", "RUS")}),
    ("will not accept refugees is a refusal",
     "Hungary says it will not accept Afghan refugees.", {("HUN", "12", "AFG")}),
    ("will not hold talks is a refusal",
     "Baku said it would not hold talks with Yerevan.", {("AZE", "12", "ARM")}),
    ("phrase hung on a noun of the verb's object",
     "Britain is ready to send rifles together with medical aid to Moldova.",
     {("GBR", "03", "MDA")}),
    ("object pronoun the resolver left open, in a relative clause",
     "The buoy line was sighted on Monday by a Malaysian patrol, which said two Chinese "
     "coast guard ships had shadowed it.", {("CHN", "15", "MYS")}),
    ("whose decision an infinitive carries out",
     "Arab ministers condemned Brazil's decision to recognise Jerusalem as Israel's capital.",
     {("BRA", "05", "ISR")}),
    ("intent aimed where the intended act is",
     "Brazil is ready to contribute engineers to a United Nations mission in Haiti.",
     # (help for a body's mission abroad is help for the country it serves: 074's target,
     # as examples/README.md codes forces sent under a mandate; session 13 conll10)
     {("BRA", "03", "HTI")}),
    ("intent aimed where the intended act is, place",
     "Spain is ready to contribute to the stabilization of the situation in Libya.",
     {("ESP", "03", "LBY")}),
    ("name the parser took for an adverb",
     "USAID delivered tents to Nepal.", {("USA", "07", "NPL")}),
    ("armed unit the knowledge base knows is forces",
     "Britain sent a brigade to Estonia.", {("GBR", "07", "EST")}),  # forces sent to a state: 074
    ("bare infinitive clause: its subject is the one helped",
     "The Dutch government will help Suriname rebuild its ports.", {("NLD", "07", "SUR")}),
    ("own side says it could act: an offer",
     "Erdogan said Ankara could help Baku clear the mines.", {("TUR", "03", "AZE")}),
    # (transport links halted restrict movement, 172, as examples/README.md codes them)
    ("partner hung on what the act is of",
     "Oman announced a suspension of air links with four countries including Chad and Mali.",
     {("OMN", "17", "TCD"), ("OMN", "17", "MLI")}),
    ("object pronoun for a country named before",
     "Canada condemned Iran and said it would impose sanctions on it.",
     {("CAN", "11", "IRN"), ("CAN", "16", "IRN")}),
]


@pytest.mark.parametrize("name,text,present", PRESENT_CASES, ids=[c[0] for c in PRESENT_CASES])
def test_nlp_parse_robustness_event_found(triples, name, text, present):
    got = triples(text)
    assert present <= got, got


ABSENT_CASES = [
    # (construction, text, a triple that must not be found)
    # a list of deeds in an accusation is the one accusation
    ("no shared object inside an accusation",
     "Tehran accused Washington of isolating, encircling and choking Iran.",
     ("USA", "15", "IRN")),
    # two clauses, each with its own subject, do not share the object
    ("no shared object across subjects",
     "Ankara protested and Athens rejected the Turkish note.",
     ("TUR", "12", "TUR")),
    # an act that did not happen is no refusal
    ("not lifted is no refusal", "Norway has not lifted the ban on Russian fishing boats.",
     ("NOR", "12", "RUS")),
    # a verb's own pattern for a unit comes before the generic forces reading
    ("withdrawn peacekeepers stay peacekeepers",
     "The UN withdrew peacekeepers from Lebanon.", ("UNO", "08", "LBN")),
    # what a reduction is of is reduced, not given
    ("suspended aid is no aid", "Norway announced a suspension of aid to Mali.",
     ("NOR", "07", "MLI")),
    # an invitation is carried out by the one invited, not by the host
    ("invitation carried out by the invitee",
     "Chile accepted Peru's invitation to visit Lima.", ("PER", "04", "PER")),
    # "them" is the nearest plural noun, not the subject named before it
    ("pronoun agrees in number",
     "Portugal will open to twelve Atlantic harbours a permit scheme under which Spanish "
     "tourists may visit them.", ("ESP", "04", "PRT")),
]


@pytest.mark.parametrize("name,text,absent", ABSENT_CASES, ids=[c[0] for c in ABSENT_CASES])
def test_nlp_parse_robustness_no_event(triples, name, text, absent):
    assert absent not in triples(text)


def test_nlp_parse_robustness_one_intent_for_a_coded_act(coder, make_article):
    # "is ready to provide aid" is the intent to give aid (033), not also a bare intent (030)
    art = make_article("Peru is ready to provide aid to Bolivia.")
    events = coder.extractor.extract(coder.nlp(art.text), art)
    assert [e.cameo for e in events if e.root == "03"] == ["033"]
