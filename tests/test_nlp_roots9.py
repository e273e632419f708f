"""Sentence -> event tables for verbal cooperation and conflict (session 12, roots9): another
side's principle held to (051), a commitment to a state's sovereignty (051, not an intent),
accessions ratified (057), measures or steps agreed on (057), another side's assets labelled
targets or a declaration of war (138), talks proposed or suggested (036, not the talks
themselves), aims stated with "intend" and "look forward to" (03x; a meeting so told stays the
meeting), a detainee's case raised (025), a visitor's address to a parliament (042), and
"critical" as an adjective of a thing (no criticism).

Every row is written for this file and names the construction it covers. ``present`` rows
(source country, CAMEO code or two-digit root, target country, status or None) must be coded;
``absent`` triples must not be. A two-character code is compared with the event's root, a
longer one with its full code.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 5, 14)

Want = tuple[str, str, str, str | None]
Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def code_events(coder):
    """This module's sentences as one-sentence articles published on PUB: the set of
    (source country, root, code, target country, status) of their events."""
    from detente.model import Article

    def _code(text: str) -> set[tuple[str | None, str, str, str | None, str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=PUB,
                      origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.country if e.source else None, e.root, e.cameo,
                 e.target.country if e.target else None, e.status.value) for e in res.events}

    return _code


def _has(got: set[tuple[str | None, str, str, str | None, str]], src: str, code: str,
         tgt: str, status: str | None = None) -> bool:
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


ROWS: list[tuple[str, str, set[Want], set[Triple]]] = [
    # -- another side's principle or policy held to: endorsement of that side (051)
    ("adheres to principle", "Egypt firmly adheres to the one-China principle.",
     {("EGY", "051", "CHN", "happened")}, set()),
    ("said abides by policy", "Argentina said it abides by the one-China policy.",
     {("ARG", "051", "CHN", None)}, set()),
    ("upholds principle", "Managua upholds the one-China principle, the minister said.",
     {("NIC", "051", "CHN", None)}, set()),
    ("upheld verdict: no endorsement", "The court upheld the verdict against the Russian "
     "journalist.", set(), {("RUS", "05", "RUS")}),
    # -- a commitment to a state's sovereignty or integrity: backing it (051), not an intent
    ("side's commitment to Y's sovereignty", "Paris underlined France's commitment to the "
     "sovereignty of Armenia.", {("FRA", "051", "ARM", "happened")}, {("FRA", "030", "ARM")}),
    ("reaffirmed commitment to integrity", "Spain reaffirmed its commitment to the territorial "
     "integrity of Morocco.", {("ESP", "051", "MAR", "happened")}, {("ESP", "030", "MAR")}),
    ("reiterated commitment to sovereignty", "Ankara reiterated its commitment to the "
     "sovereignty of Azerbaijan.", {("TUR", "051", "AZE", "happened")}, set()),
    ("commitment to security stays an intent", "Japan stressed its commitment to the security "
     "of the Philippines.", set(), {("JPN", "051", "PHL")}),
    # -- an accession ratified: a formal agreement (057, CAMEO names ratifying)
    ("voted to ratify membership", "The Turkish parliament voted on Thursday to ratify "
     "Finland's membership of the alliance.", {("TUR", "057", "FIN", "happened")},
     {("TUR", "051", "FIN")}),
    ("ratified accession", "Hungary's lawmakers ratified Sweden's accession on Monday.",
     {("HUN", "057", "SWE", "happened")}, set()),
    ("blocked accession stays a veto", "Budapest blocked Sweden's accession for months.",
     {("HUN", "129", "SWE", None)}, {("HUN", "05", "SWE")}),
    # -- measures, steps or a roadmap agreed on: the agreement (057)
    ("agreed on a set of measures", "The United States and Mexico agreed on a set of measures "
     "to curb irregular migration.", {("USA", "057", "MEX", "happened")}, set()),
    ("agreed on steps", "Chile and Peru agreed on steps to reopen their shared border.",
     {("CHL", "057", "PER", "happened")}, set()),
    ("agreed with X on a roadmap", "Japan agreed with South Korea on a roadmap to restore trade "
     "ties.", {("JPN", "057", "KOR", "happened")}, set()),
    ("agreed on the need: no agreement signed", "Kenya and Ethiopia agreed on the need for "
     "calm in the region.", set(), {("KEN", "057", "ETH")}),
    # -- another side's assets or acts labelled targets or an act of war: a threat of force
    ("will regard ships as targets", "Russia will regard all ships heading to Ukrainian ports "
     "as military targets.", {("RUS", "138", "UKR", None)}, set()),
    ("will consider an attack a declaration of war", "Iran will consider any attack by Israel "
     "as a declaration of war.", {("IRN", "138", "ISR", None)}, set()),
    ("will treat tanks as targets", "Moscow will treat British tanks in Ukraine as legitimate "
     "targets.", {("RUS", "138", "GBR", None)}, set()),
    ("regards a territory as its own: no threat", "China regards Taiwan as part of its "
     "territory.", set(), {("CHN", "138", "TWN"), ("CHN", "13", "TWN")}),
    # -- talks proposed or suggested: the intent to meet (036), not talks held or planned
    ("proposed to hold talks", "China proposed to hold talks with India on the border.",
     {("CHN", "036", "IND", "happened")}, {("CHN", "040", "IND")}),
    ("proposed the launch of a dialogue", "Biden proposed the launch of a minerals dialogue "
     "with Kazakhstan.", {("USA", "036", "KAZ", "happened")}, {("USA", "040", "KAZ")}),
    ("suggested the resumption of talks", "Japan suggested the resumption of talks with North "
     "Korea.", {("JPN", "036", "PRK", "happened")}, {("JPN", "040", "PRK")}),
    ("proposed sanctions: no intent to meet", "The EU proposed new sanctions on Russia.",
     set(), {("EU", "036", "RUS")}),
    ("reports suggest deliveries: no proposal", "Intelligence reports suggest aid deliveries "
     "from Iran to Russia.", set(), {("IRN", "033", "RUS")}),
    # -- an aim stated ("intend", "look forward to"): the intent (03x); meetings stay meetings
    ("intends to deepen partnership", "Canada intends to deepen its partnership with "
     "Indonesia.", {("CAN", "03", "IDN", "happened")}, {("CAN", "050", "IDN")}),
    ("looks forward to cooperating", "Seoul looks forward to cooperating with Tokyo on supply "
     "chains.", {("KOR", "03", "JPN", "happened")}, {("KOR", "060", "JPN")}),
    ("intends to designate an ally", "The White House said it intends to designate Colombia "
     "as a major non-NATO ally.", {("USA", "03", "COL", "happened")}, {("USA", "050", "COL")}),
    ("intended journey stays a journey", "Blinken still intended to travel to China when "
     "conditions allowed.", {("USA", "04", "CHN", None)}, {("USA", "036", "CHN")}),
    # -- a pledge, promise or commitment made, reaffirmed or held with the act as its infinitive:
    # the intent (03x), not the act
    ("made a pledge to supply", "Japan made a pledge to supply coastal radars to the "
     "Philippines.", {("JPN", "033", "PHL", "happened")}, {("JPN", "072", "PHL")}),
    ("reaffirmed commitment to deliver", "Germany reaffirmed its commitment to deliver tanks "
     "to Ukraine.", {("DEU", "033", "UKR", "happened")}, {("DEU", "072", "UKR")}),
    ("side's promise to send", "Washington's promise to send fighter jets to Kyiv angered "
     "Moscow.", {("USA", "033", "UKR", None)}, {("USA", "072", "UKR")}),
    ("pledge to strike: no intent to cooperate", "Israel's pledge to strike Hezbollah "
     "positions alarmed Beirut.", set(), {("ISR", "03", "LBN")}),
    # -- a detainee's case raised with the holder: an appeal for release (025)
    ("raised the cases of nationals held", "The Dutch envoy raised the cases of Dutch "
     "nationals jailed in Iran with Tehran.", {("NLD", "025", "IRN", "happened")},
     {("NLD", "111", "IRN")}),
    ("raised a detainee's plight with", "The Canadian envoy raised the plight of two Canadians "
     "held in Iran with Tehran.", {("CAN", "025", "IRN", None)}, set()),
    ("raised the issue: no appeal", "Mitsotakis raised the issue with Erdogan at the summit.",
     set(), {("GRC", "025", "TUR")}),
    # -- a visitor addressing a parliament or a joint sitting: a visit (042)
    ("addressed both houses", "President Biden addressed both houses of the Canadian "
     "Parliament in Ottawa.", {("USA", "042", "CAN", "happened")}, {("USA", "010", "CAN")}),
    ("will address a joint meeting", "President Lula will address a joint meeting of the US "
     "Congress on Thursday.", {("BRA", "042", "USA", "planned")}, set()),
    ("to address a joint session", "South Korean President Yoon Suk Yeol will address a joint "
     "session of the Japanese Diet next week.", {("KOR", "042", "JPN", "planned")}, set()),
    ("address to a UN body: no visit", "Ruto plans to address the UN General Assembly in New "
     "York.", set(), {("KEN", "042", "UNO")}),
    # -- candidate status granted by a bloc: recognition of the claim (054), not a concession
    ("granted candidate status", "EU leaders granted candidate status to Moldova on "
     "Thursday.", {("EU", "054", "MDA", "happened")}, {("EU", "080", "MDA")}),
    ("granted the status of candidate country", "EU leaders also granted Bosnia the status "
     "of candidate country.", {("EU", "054", "BIH", "happened")}, set()),
    ("granted observer status", "ASEAN leaders granted observer status to Timor-Leste.",
     {("ASEAN", "054", "TLS", None)}, set()),
    # -- a drafted text vetoed: at the side named in its phrase (129)
    ("vetoed a side's draft", "Washington vetoed Brazil's draft on Gaza.",
     {("USA", "129", "BRA", "happened")}, set()),
    ("vetoed a resolution by a side", "Moscow vetoed a resolution tabled by Albania.",
     {("RUS", "129", "ALB", None)}, set()),
    # -- light-verb protests (114), praise (051) and alarm (111)
    ("sent a protest note", "Seoul sent a protest note to Tokyo over the textbooks.",
     {("KOR", "114", "JPN", "happened")}, set()),
    ("registered a protest with", "Ireland registered a protest with Israel over the shelling "
     "of its peacekeepers.", {("IRL", "114", "ISR", "happened")}, {("IRL", "140", "ISR")}),
    ("delivered a demarche", "The Indian minister delivered a demarche to Canada.",
     {("IND", "114", "CAN", None)}, set()),
    ("sent a letter: no protest", "The embassy in Rome sent a letter to Paris.", set(),
     {("ITA", "114", "FRA")}),
    ("sounded the alarm over", "Germany sounded the alarm over Russian troop movements near "
     "Lithuania.", {("DEU", "111", "RUS", "happened")}, set()),
    ("showered praise on", "Rabat showered praise on Madrid's new stance.",
     {("MAR", "051", "ESP", None)}, set()),
    # -- a door opened to talks with a side: the intent to negotiate (036)
    ("opened the door to talks", "Kenya opened the door to talks with Somalia.",
     {("KEN", "036", "SOM", "happened")}, set()),
    ("opened the door to dialogue", "Caracas opened the door to a dialogue with Guyana.",
     {("VEN", "036", "GUY", None)}, set()),
    ("opened the door to an era: nothing", "Nairobi opened the door to a new era of trade.",
     set(), {("KEN", "036", "KEN")}),
    # -- an honour conferred on a person (the honour parsed as an apposition): praise (051)
    ("conferred on a person the order", "At a palace ceremony, King Charles conferred on "
     "President Macron the Order of the Bath.", {("GBR", "051", "FRA", "happened")},
     {("GBR", "04", "FRA")}),
    ("conferred on an issue: no honour", "Lavrov conferred on the crisis with Wang Yi in "
     "Beijing.", set(), {("RUS", "051", "CHN")}),
    # -- another side asked to visit or come: an invitation (036 from the asker)
    ("asked counterpart to come", "Orban asked his Swedish counterpart to come to Budapest.",
     {("HUN", "036", "SWE", "happened")}, {("HUN", "020", "SWE")}),
    ("asked leader to visit", "Macron asked Xi to visit Paris in the spring.",
     {("FRA", "036", "CHN", "happened")}, {("FRA", "020", "CHN")}),
    ("asked to remove curbs: an appeal", "Seoul asked Tokyo to remove the curbs on its chip "
     "makers.", {("KOR", "020", "JPN", "happened")}, {("KOR", "036", "JPN")}),
    # -- "critical" of a thing is no criticism; critical of a side is
    ("critical minerals", "Paris said critical infrastructure in Mali had been damaged by "
     "the storm.", set(), {("MLI", "111", "FRA"), ("FRA", "111", "MLI")}),
    ("critical of a side", "The German minister was sharply critical of Poland.",
     {("DEU", "111", "POL", None)}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots9_codes(code_events, label: str, text: str, present: set[Want],
                          absent: set[Triple]) -> None:
    got = code_events(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status), (label, (src, code, tgt, status), got)
    for src, code, tgt in absent:
        assert not _has(got, src, code, tgt), (label, (src, code, tgt), got)
