"""Sentence -> event tables for verbal cooperation and conflict (session 11, roots8): commitments
told of the future ("would continue to work with", "said it would consult"), meetings asked
for by a party (036) or of a body (020), invitations accepted (036, the visit planned 042),
texts signed or adopted (057), another's act noted with regret (111), matters taken to a body
(020) or a dispute to a court (115), appeals made, issued or renewed (020), reassurances (030),
criticism by calling out or questioning (111), doubts raised (012), an upbeat tone (013), a
readiness stated, with mediation offered as CAMEO's own intent (039), talks decided on (036),
hostile acts vowed as threats (13x), courses and deals agreed on (030 / 057), concessions ruled
out (124),
mediation accepted (038) or rejected (12x), approval withheld (120), meetings suggested or
floated, and olive branches extended (030).

Every row is written for this file and names the construction it covers. ``present`` rows
(source country, CAMEO code or two-digit root, target country, status or None) must be coded;
``absent`` triples must not be. A two-character code is compared with the event's root, a
longer one with its full code.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 9, 3)

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
    # -- "would / will continue" told of the future: the commitment (03x), made when said
    ("said would continue to work with", "Nepal said it would continue to work with Bhutan on "
     "refugee returns.", {("NPL", "03", "BTN", "happened")}, {("NPL", "06", "BTN")}),
    ("said would continue talks", "The Omani minister said Muscat would continue its talks "
     "with Tehran.", {("OMN", "036", "IRN", "happened")}, {("OMN", "04", "IRN")}),
    ("said would continue to stand by", "Erdogan said Turkey would continue to stand by "
     "Azerbaijan.", {("TUR", "03", "AZE", "happened")}, {("TUR", "05", "AZE")}),
    ("a readout's own will continue stays planned talks", "Thai and Malaysian officials will "
     "continue their consultations next month.", {("THA", "04", "MYS", "planned")},
     {("THA", "036", "MYS")}),
    ("a condition with continue is no commitment", "If the raids continue, Pakistan will "
     "strike back at Afghanistan.", set(), {("PAK", "03", "AFG")}),
    # -- talks decided on: the decision to negotiate is the intent (036) unless a time is set
    ("decided to open negotiations", "The EU decided to open accession negotiations with "
     "Albania.", {("EU", "036", "ALB", "happened")}, {("EU", "046", "ALB")}),
    ("decided to resume talks", "Seoul and Tokyo decided to resume talks on export controls.",
     {("KOR", "036", "JPN", "happened")}, set()),
    ("talks decided for a set month stay planned", "Ghana and Togo decided to hold talks in "
     "Accra in June.", set(), {("GHA", "036", "TGO")}),
    ("a decision to send troops is no intent", "Moscow decided to send troops to Belarus.",
     set(), {("RUS", "03", "BLR")}),
    # -- a side's reported word that it would consult another: 036, not a planned meeting
    ("said would talk to", "Trudeau said Canada would talk to India about the killing.",
     {("CAN", "036", "IND", "happened")}, {("CAN", "04", "IND")}),
    ("adding that would consult", "The troops will leave by December, Meloni said, adding that "
     "Rome would consult Tunisia on the transfer.", {("ITA", "036", "TUN", None)},
     {("ITA", "04", "TUN")}),
    ("a visit said to come stays a planned visit", "Lula said he would visit Beijing in April.",
     {("BRA", "042", "CHN", "planned")}, {("BRA", "036", "CHN")}),
    ("talks said to come at a set time stay planned", "Scholz said he would discuss the "
     "pipeline with Duda at the summit.", {("DEU", "04", "POL", "planned")},
     {("DEU", "036", "POL")}),
    ("talks said to go on on a set day stay planned", "The envoy said Oman would continue the "
     "talks with Iran on Friday.", {("OMN", "04", "IRN", "planned")}, {("OMN", "036", "IRN")}),
    # -- a meeting asked for: with the asker a party, 036; of a body, an appeal to it (020)
    ("requested a call with", "Tokyo requested a call with the South Korean defence minister.",
     {("JPN", "036", "KOR", "happened")}, {("JPN", "026", "KOR")}),
    ("sought talks with", "Manila sought talks with Hanoi on fishing rights.",
     {("PHL", "036", "VNM", None)}, {("PHL", "026", "VNM")}),
    ("a third party seeks talks between two sides", "Norway sought talks between Colombia and "
     "Venezuela.", {("NOR", "026", "COL", None)}, {("NOR", "036", "COL")}),
    ("a body's meeting requested", "France requested an emergency meeting of the United Nations "
     "Security Council.", {("FRA", "020", "UNO", None)}, {("FRA", "036", "UNO")}),
    # -- an invitation accepted: the commitment (036) and the visit it is for (042, planned)
    ("accepted an invitation to visit", "Lula accepted an invitation to visit Luanda.",
     {("BRA", "036", "AGO", "happened"), ("BRA", "042", "AGO", "planned")}, set()),
    ("accepted the host's invitation", "Ramaphosa accepted Modi's invitation to attend the "
     "summit in New Delhi.", {("ZAF", "036", "IND", "happened")}, set()),
    ("invitation renewed", "Widodo renewed his invitation to Zelensky to come to Jakarta.",
     {("IDN", "036", "UKR", "happened")}, set()),
    ("invitation reiterated", "Lula reiterated his invitation to Xi.",
     {("BRA", "036", "CHN", None)}, set()),
    # -- texts signed or adopted together (057)
    ("joint declaration adopted", "Ghana and Togo adopted a joint declaration on border "
     "security.", {("GHA", "057", "TGO", "happened")}, set()),
    ("memoranda signed", "Vietnam and Laos signed six memoranda on transport.",
     {("VNM", "057", "LAO", None)}, set()),
    ("memoranda renewed", "Malawi and Zambia renewed four Memoranda of Understanding on trade.",
     {("MWI", "057", "ZMB", None)}, set()),
    ("signing witnessed", "After the talks, Orban and Vucic witnessed the signing of nine "
     "cooperation documents.", {("HUN", "057", "SRB", None)}, set()),
    ("a body adopting a declaration is no agreement", "The UN General Assembly adopted a "
     "declaration on ocean plastics.", set(), {("UNO", "05", "UNO")}),
    # -- another's act noted with regret or dismay (111)
    ("noted with regret that", "The Peruvian government noted with regret that Mexico had "
     "granted asylum to the former minister.", {("PER", "111", "MEX", "happened")}, set()),
    ("took note with deep regret", "Nigeria took note of Niger's decision with deep regret.",
     {("NGA", "111", "NER", None)}, set()),
    ("noted with satisfaction is no disapproval", "Kenya noted with satisfaction that Uganda "
     "had paid its dues.", set(), {("KEN", "11", "UGA")}),
    ("dismay expressed", "Poland expressed dismay at Hungary's veto.",
     {("POL", "111", "HUN", None)}, set()),
    # -- a matter taken to the UN (020), a dispute to a court or the WTO (115)
    ("matter taken to the Security Council", "Guyana will take the matter to the UN Security "
     "Council.", {("GUY", "020", "UNO", None)}, set()),
    ("approached the Security Council", "Azerbaijan said it would approach the Security "
     "Council.", {("AZE", "020", "UNO", None)}, set()),
    ("dispute taken to the WTO", "Ukraine took its dispute with Poland to the World Trade "
     "Organization.", {("UKR", "115", "POL", None)}, set()),
    ("ships approaching a boat make no appeal", "Chinese coast guard vessels approached the "
     "Philippine supply boat.", set(), {("CHN", "02", "PHL")}),
    # -- appeals made, issued or renewed (020)
    ("appeal issued to", "Zelensky issued an appeal to Germany for more tanks.",
     {("UKR", "020", "DEU", None)}, set()),
    ("call on renewed", "Guterres renewed his call on Israel to let fuel into Gaza.",
     {("UNO", "020", "ISR", None)}, set()),
    ("appeal made to", "Erdogan made an appeal to Russia to reopen the grain corridor.",
     {("TUR", "020", "RUS", None)}, set()),
    # -- reassurance (030), calling out and questioning (111), doubts (012), a tone (013)
    ("reassured of support", "Beijing reassured Moscow of its support.",
     {("CHN", "030", "RUS", "happened")}, set()),
    ("called out", "The EU called out Turkey over its drilling near Cyprus.",
     {("EU", "111", "TUR", None)}, {("EU", "041", "TUR")}),
    ("questioned a side's commitment", "Australia questioned China's commitment to free trade.",
     {("AUS", "111", "CHN", None)}, set()),
    ("people questioned by police", "Police questioned two Chinese students for hours.",
     set(), {("CHN", "11", "CHN")}),
    ("raised doubts", "Germany raised doubts about Hungary's commitment to the sanctions.",
     {("DEU", "012", "HUN", None)}, set()),
    ("conciliatory tone", "Scholz struck a conciliatory tone toward Beijing.",
     {("DEU", "013", "CHN", None)}, set()),
    # -- a readiness stated is the intent; mediation offered or agreed is 039
    ("willingness to broker", "Brazil expressed its willingness to broker a settlement between "
     "Russia and Ukraine.", {("BRA", "039", "RUS", "happened"), ("BRA", "039", "UKR", None)},
     {("BRA", "045", "RUS")}),
    ("offered to mediate", "Qatar offered to mediate between Sudan and Chad.",
     {("QAT", "039", "SDN", None)}, {("QAT", "045", "SDN")}),
    ("an offer to mediate as a noun", "Egypt's offer to mediate between Ethiopia and Sudan was "
     "welcomed in Khartoum.", {("EGY", "039", "ETH", "happened")}, {("EGY", "045", "ETH")}),
    ("an offer made to mediate", "Algeria made an offer to mediate between Mali and Niger.",
     {("DZA", "039", "MLI", None)}, {("DZA", "045", "MLI")}),
    ("intention to normalise reaffirmed", "Serbia and Kosovo reaffirmed their intention to "
     "normalise relations.", {("SRB", "03", "XKX", "happened")}, {("SRB", "054", "XKX")}),
    ("an alleged intention to attack is no intent", "Seoul accused Pyongyang of harbouring the "
     "intention to attack the South.", set(), {("PRK", "03", "KOR")}),
    ("a readiness asked of another is no offer", "Estonia's minister said the OSCE must be "
     "ready to mediate between Armenia and Azerbaijan.", set(), {("OSCE", "03", "ARM")}),
    # -- a hostile act vowed or pledged is a threat (13x), not the act planned
    ("vowed to destroy", "Kenya vowed to destroy al-Shabaab.", {("KEN", "13", "SOM", "happened")},
     {("KEN", "17", "SOM"), ("KEN", "03", "SOM")}),
    ("pledged to strike", "Netanyahu pledged to strike Iran after the attack.",
     {("ISR", "138", "IRN", "happened")}, {("ISR", "19", "IRN")}),
    ("vowed sanctions: a non-force threat", "Washington vowed to impose sanctions on Minsk.",
     {("USA", "131", "BLR", "happened")}, {("USA", "16", "BLR")}),
    ("agreed sanctions stay the decision", "The EU agreed to impose new sanctions on Belarus.",
     {("EU", "163", "BLR", None)}, {("EU", "13", "BLR")}),
    ("vowed support stays an intent to cooperate", "Seoul vowed to support Kyiv.",
     {("KOR", "032", "UKR", None)}, {("KOR", "13", "UKR")}),
    ("would not hesitate to use force", "Beijing said it would not hesitate to use force "
     "against Taiwan.", {("CHN", "138", "TWN", "happened")}, set()),
    ("did not hesitate to help is no threat", "Greece did not hesitate to help Turkey after the "
     "earthquake.", set(), {("GRC", "13", "TUR")}),
    # -- agreeing on a course (030) or on a deal (057); agreeing with a side to act (03x)
    ("agreed on a common course", "The Dutch and Belgian governments agreed on a shared approach "
     "to energy security.", {("NLD", "030", "BEL", "happened")}, set()),
    ("agreed on a truce", "Armenia and Azerbaijan agreed on a truce.",
     {("ARM", "057", "AZE", None)}, set()),
    ("agreed with a side to act", "Moscow said it had agreed with the Malian junta to expand "
     "defence ties.", {("RUS", "03", "MLI", None)}, {("RUS", "050", "MLI")}),
    ("pledged closer cooperation together", "Hanoi and Vientiane pledged closer cooperation.",
     {("VNM", "031", "LAO", "happened")}, set()),
    # -- concessions ruled out (124), mediation accepted (038), refused or rejected (12x)
    ("ruled out concessions", "Kyiv ruled out any territorial concessions to Moscow.",
     {("UKR", "124", "RUS", None)}, set()),
    ("mediation accepted", "Sudan accepted Saudi mediation.", {("SDN", "038", "SAU", None)},
     set()),
    ("mediation refused", "India said it would not accept third-party mediation with Pakistan.",
     {("IND", "12", "PAK", None)}, {("IND", "03", "PAK")}),
    ("mediation rejected", "Ethiopia rejected Kenya's mediation.", {("ETH", "126", "KEN", None)},
     set()),
    ("approval withheld", "Austria withheld its consent to Croatia's accession.",
     {("AUT", "120", "HRV", "happened")}, set()),
    ("aid withheld stays aid cut", "Washington withheld support from the Afghan government.",
     {("USA", "162", "AFG", None)}, {("USA", "12", "AFG")}),
    # -- meetings suggested or floated (036 with the other side; 026 between others), an olive
    # branch extended (030)
    ("suggested a meeting with", "Hanoi suggested a meeting with the Cambodian defence "
     "minister.", {("VNM", "036", "KHM", "happened")}, set()),
    ("suggested talks between others", "Kenya suggested talks between Ethiopia and Eritrea.",
     {("KEN", "026", "ETH", None)}, {("KEN", "036", "ETH")}),
    ("floated talks", "Minsk floated the idea of talks with Vilnius.",
     {("BLR", "036", "LTU", "happened")}, set()),
    ("olive branch extended", "Riyadh extended an olive branch to Tehran.",
     {("SAU", "030", "IRN", "happened")}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots8_codes(code_events, label: str, text: str, present: set[Want],
                          absent: set[Triple]) -> None:
    got = code_events(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status), (label, (src, code, tgt, status), got)
    for src, code, tgt in absent:
        assert not _has(got, src, code, tgt), (label, (src, code, tgt), got)
