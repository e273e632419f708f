"""Linking the right pair (session 10): the envoy told to leave is the verb's own object (not a
name inside the clause of the verb told), the doer of a deal protested against in a relative
clause, what a relative pronoun stands for in an offer, force blamed on a side is against
the side that blames, the side that reports its own measure told in the agentless passive
(and a passive subject that is acted on is no doer), whom a "for ... to" clause asks to act,
a threat after force the sentence told, an agentless summons in a capital, the doer of a
welcomed decision the article told, a side's mediation between two others, whose act a side
is thanked or censured for, force a protest is lodged against a side for, the doer of a
relative clause hung on a date, and a measure noun referring back to an act of its root told
with another verb; and the pairs left alone: co-signers of a joint statement about someone
else, a group subject read off the very names the act is about, and an appeal of a pair made
of its own members.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LINKED_CASES = [
    ("ordered the envoy of a country to leave, a deal with a third side in the clause",
     "Accra on Monday ordered the ambassador of Togo to leave the country within two days, "
     "in protest at a border pact the government signed with Benin last month.",
     ("GHA", "16", "TGO")),
    ("ordered the envoy, named by an adjective, to leave",
     "Nairobi ordered the Somali ambassador to leave within a week over a port accord the "
     "government concluded with Ethiopia.", ("KEN", "16", "SOM")),
    ("told the envoy to leave",
     "Bamako told the ambassador of Ivory Coast to quit the country, citing a deal Abidjan "
     "reached with Paris.", ("MLI", "16", "CIV")),
    ("protest against a deal a side signed with another: its signer",
     "Egypt protested against a water deal Addis Ababa signed with Khartoum.",
     ("EGY", "11", "ETH")),
    ("an offer whose object is a relative pronoun",
     "The ministers reviewed the naval force for Mozambique, which Rwanda had offered to "
     "command.", ("RWA", "03", "MOZ")),
    ("force blamed on a side, nobody named as hit",
     "Kyiv has blamed Moscow for that strike.", ("RUS", "19", "UKR")),
    ("an expulsion the expelling side reports in the passive",
     "Ghana's foreign ministry said on Friday that the Nigerian ambassador had been expelled.",
     ("GHA", "16", "NGA")),
    ("persona non grata told by the side's minister",
     "Foreign Minister Retno Marsudi told reporters that the envoy of Malaysia had been "
     "declared persona non grata after Kuala Lumpur refused to explain the raid.",
     ("IDN", "16", "MYS")),
    ("a recall the recalling side reports in the passive",
     "Peru's foreign ministry said on Monday that its ambassador to Bolivia had been recalled "
     "for consultations.", ("PER", "16", "BOL")),
    ("an appeal noun with a for-to clause on its verb",
     "Oslo renewed its appeal for Khartoum to lift the siege of the city.",
     ("NOR", "02", "SDN")),
    ("pressed for a side to act",
     "Canberra pressed for Jakarta to hand over the two fishermen.", ("AUS", "02", "IDN")),
    ("an agentless summons in a capital is by that capital's government",
     "Rabat recalled its envoy to Algeria, a day after he was summoned in Algiers.",
     ("DZA", "11", "MAR")),
    ("an agentless summons at a ministry in a capital",
     "Belarus's ambassador was summoned to the foreign ministry in Vilnius on Tuesday.",
     ("LTU", "11", "BLR")),
    ("a decision welcomed as a win for the welcomer's own side: whoever made it",
     "The European Council decided on Thursday to open accession talks with Moldova. "
     "President Maia Sandu welcomed the decision as a victory for Moldova and its people.",
     ("MDA", "05", "EU")),
    ("a side's mediation between two others: the mediator with each",
     "Oman's mediation between Riyadh and Tehran has stalled since spring.",
     ("OMN", "04", "SAU")),
    ("a side's mediation between two others, the second party",
     "Oman's mediation between Riyadh and Tehran has stalled since spring.",
     ("OMN", "04", "IRN")),
    ("thanked a side for its mediation: the one thanked mediates",
     "Norway thanked Egypt for its mediation between Israel and Hamas.", ("EGY", "04", "ISR")),
    ("condemned a side for strikes on another: the one condemned strikes",
     "Warsaw condemned Moscow for the missile strikes on Odesa.", ("RUS", "19", "UKR")),
    ("a protest against a side for an attack: that side attacked the protester",
     "Hanoi lodged a complaint against Beijing for the ramming of a fishing boat.",
     ("CHN", "19", "VNM")),
    ("a relative clause the parser hung on a date: what the date is of",
     "Diplomats quoted a statement by the African Union on Friday, which condemned the "
     "junta in Niamey.", ("AU", "11", "NER")),
    ("a relative clause on a date after a participle: the noun the participle describes",
     "The Council noted the decisions of the summit of the Southern African Development "
     "Community held in Luanda on 3 May 2023, which suspended Madagascar from the bloc.",
     ("SADC", "16", "MDG")),
    ("a third side condemns the expulsion told with another verb: at the expelling side",
     "Accra on Monday ordered the ambassador of Togo to leave the country within two days. "
     "Nigeria's foreign ministry condemned the expulsion as hasty.", ("NGA", "11", "GHA")),
    ("a threat after force by another side told in the sentence",
     "In May the Houthis sent two drones toward the gas field, which Egypt shot down, and "
     "Abdul-Malik al-Houthi warned that no ship would pass if the blockade went on.",
     ("YEM", "13", "EGY")),
]


@pytest.mark.parametrize("name,text,triple", LINKED_CASES, ids=[c[0] for c in LINKED_CASES])
def test_nlp_link6_links_the_pair(triples, name, text, triple):
    got = triples(text)
    if len(triple) == 3:
        assert triple in got, got
    else:
        assert any((s, r) == triple for s, r, _ in got), got


UNLINKED_CASES = [
    # (session 11: what a call asks for is no event of its own, examples/README.md "What a
    # demand, appeal or refusal is about"; nlp.screen._asked_by_noun)
    ("what a call noun asks for is not coded",
     "She repeated the call of the African Union for Uganda to withdraw its troops from the "
     "border zone.", ("UGA", "08")),
    ("the envoy's expulsion is not at the partner of the deal in the protest clause",
     "Accra on Monday ordered the ambassador of Togo to leave the country within two days, "
     "in protest at a border pact the government signed with Benin last month.",
     ("GHA", "16", "BEN")),
    ("the envoy declared persona non grata does not declare it",
     "Foreign Minister Retno Marsudi told reporters that the envoy of Malaysia had been "
     "declared persona non grata after Kuala Lumpur refused to explain the raid.",
     ("MYS", "16")),
    ("co-signers of a statement about a third side sign nothing with each other",
     "Last month Managua recalled its envoys in Chile, Peru and Ecuador after the three "
     "governments signed a joint statement calling Ortega a threat to the region.",
     ("CHL", "05", "PER")),
    ("co-signers of a letter urging a third side",
     "Denmark, Sweden and Finland signed a letter urging Hungary to drop the law.",
     ("DNK", "05", "SWE")),
    ("a group subject is not read off the names the act is about",
     "The ministers welcomed the progress among Armenia, Azerbaijan and Georgia on trade.",
     ("AZE", "05", "ARM")),
    ("a group subject is not read off the names the act is about, reversed",
     "The ministers welcomed the progress among Armenia, Azerbaijan and Georgia on trade.",
     ("GEO", "05", "ARM")),
    ("a summons by a named body is that body's",
     "The envoy was summoned in Geneva by the UN rights office.", ("CHE", "11")),
    ("an appeal of a pair is not made of its own members",
     "Washington and Luanda urged both governments to return to the talks.",
     ("USA", "02", "AGO")),
    ("a mediation is not the first party's act on the second",
     "Oman's mediation between Riyadh and Tehran has stalled since spring.",
     ("SAU", "04", "IRN")),
    ("thanked for its mediation: not the thanker's mediation",
     "Norway thanked Egypt for its mediation between Israel and Hamas.", ("NOR", "04")),
    ("a third side blaming a government for a new attack is not the one attacked",
     "President Ruto on Monday blamed the Sudanese army for an air raid that killed scores "
     "of civilians.", ("SDN", "19", "KEN")),
    ("a side's own ship seized, told by that side, is not its own seizure",
     "Britain summoned Iran's envoy. London said its tanker had been seized in the Gulf.",
     ("GBR", "17")),
    ("force blamed for a harm by a third side is not against the blamer",
     "Officials in Ankara blamed a Syrian air raid for the fire that gutted a clinic.",
     ("SYR", "19", "TUR")),
]


@pytest.mark.parametrize("name,text,unwanted", UNLINKED_CASES,
                         ids=[c[0] for c in UNLINKED_CASES])
def test_nlp_link6_leaves_the_pair_alone(triples, name, text, unwanted):
    got = triples(text)
    if len(unwanted) == 3:
        assert unwanted not in got, got
    else:
        assert not any((s, r) == unwanted for s, r, _ in got), got


def test_nlp_link6_joint_declaration_between_signers_still_an_agreement(triples):
    """A declaration that sets something up between the signers is still their agreement."""
    got = triples("Greece and Cyprus signed a joint declaration establishing a strategic "
                  "partnership.")
    assert ("GRC", "05", "CYP") in got, got


def test_nlp_link6_group_worried_about_a_third_side_still_judges_it(triples):
    """A group whose candidates include the side it is about still judges that side."""
    got = triples("Premier Li Qiang will meet South Korea's President Yoon in Seoul, at a "
                  "time when both are worried about North Korea, which has just tested a "
                  "new missile.")
    assert ("CHN", "11", "PRK") in got, got
