"""Sentence -> event tables for roots16: triggers that fired with another root than the act
the sentence tells.

- a person welcomed, no place named, is hosted (043) and the guest's visit (042); a thing
  welcomed stays support (051);
- forces or police agreed, pledged, promised or offered to a state are the deployment (074),
  planned, or uncertain when only offered or said to be ready (examples/README.md
  "Deployments announced"); said to be sent, planned; weapons pledged stay an intent (033);
- a war fought by two sides named together is each one's fight against the other (190 both
  ways), not when they fought together;
- forces disengaging is a pull-back (087), each side's when both are named;
- an ambassador's mission ended is ties downgraded (161);
- a deal signed by two named officials in one side's country is also the other's visit (042);
- a side told that it should apologise is an apology demanded (100), the one told named by
  the clause's pronoun;
- a hosting looked forward to with its date left open is an invitation (036) and the guest's
  journey uncertain (042);
- the opening or resumption of talks approved or authorised is a commitment to negotiate
  (036), not talks held;
- a state saying another's envoy must, should or has to leave orders the envoy out (161),
  not an appeal (020);
- recognition switched from one side to another also ends the ties with the first (161);
- a state protesting by its name or capital ("Vietnam has protested against") is an official
  protest (111), not a demonstration (14x).

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status or None for any status); a two-character code is
compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 14)

Row = tuple[str, str, str, str | None]
Case = tuple[str, str, set[Row], set[Row]]

WELCOMED: list[Case] = [
    ("leader welcomed", "Prime Minister Sharif warmly welcomed President Erdogan and said the "
     "two nations were brothers.",
     {("PAK", "043", "TUR", "happened"), ("TUR", "042", "PAK", "happened")},
     {("PAK", "051", "TUR", None)}),
    ("minister welcomed", "Foreign Minister Wong welcomed Japanese Foreign Minister Kamikawa on "
     "Tuesday.", {("AUS", "043", "JPN", None), ("JPN", "042", "AUS", None)}, set()),
    ("president welcomed, coordinated", "President Tinubu welcomed President Ruto and praised "
     "the ties between their countries.", {("NGA", "043", "KEN", None)}, set()),
    # negative rows: a decision or a release welcomed is support, no hosting
    ("decision welcomed", "The Kenyan foreign ministry welcomed Somalia's decision.",
     {("KEN", "051", "SOM", None)}, {("KEN", "04", "SOM", None), ("SOM", "04", "KEN", None)}),
    ("ruling welcomed", "Manila welcomed the arbitral ruling against Beijing.", set(),
     {("PHL", "04", "CHN", None), ("CHN", "04", "PHL", None)}),
    ("newcomer welcomed", "Paris welcomed the newly elected Polish president.", set(),
     {("FRA", "04", "POL", None), ("POL", "04", "FRA", None)}),
]

FORCES_PLEDGED: list[Case] = [
    ("ready to send police", "Chad said last month that it was ready to send 800 police "
     "officers to Haiti.", {("TCD", "074", "HTI", "uncertain")}, {("TCD", "03", "HTI", None)}),
    ("pledged personnel", "Senegal and Benin have also pledged personnel to Haiti.",
     {("SEN", "074", "HTI", "planned"), ("BEN", "074", "HTI", "planned")},
     {("SEN", "03", "HTI", None)}),
    ("pledged troops", "Tanzania has pledged troops to the regional force in Mozambique.",
     {("TZA", "074", "MOZ", "planned")}, set()),
    ("agreed to deploy", "Uganda agreed to deploy a battalion to Somalia under the new "
     "mission.", {("UGA", "074", "SOM", "planned")}, {("UGA", "03", "SOM", None)}),
    ("said it would send", "Benin said it would send 2,000 gendarmes to Haiti next month.",
     {("BEN", "074", "HTI", "planned")}, {("BEN", "033", "HTI", None)}),
    ("sent", "Burundi sent 400 soldiers to Somalia on Monday.",
     {("BDI", "074", "SOM", "happened")}, set()),
    # negative rows: weapons pledged stay an intent to give aid; no forces pledged refused
    ("pledged weapons", "Norway pledged to send more air-defence systems to Ukraine.",
     {("NOR", "03", "UKR", "happened")}, {("NOR", "074", "UKR", None)}),
    ("refused to send", "Ghana refused to send troops to Niger.", set(),
     {("GHA", "074", "NER", None)}),
]

WARS_FOUGHT: list[Case] = [
    ("fought a border war", "Ethiopia and Eritrea fought a bloody border war from 1998 to "
     "2000.", {("ETH", "190", "ERI", "happened"), ("ERI", "190", "ETH", "happened")}, set()),
    ("relative clause", "Armenia and Azerbaijan, which fought a war in 2020, signed a "
     "statement in Moscow.", {("ARM", "190", "AZE", None), ("AZE", "190", "ARM", None)},
     set()),
    ("fought wars", "Peru and Ecuador fought several wars over the Amazon border.",
     {("PER", "19", "ECU", None), ("ECU", "19", "PER", None)}, set()),
    # negative row: allies who fought together did not fight each other
    ("fought together", "Britain and France fought a war together in Crimea.", set(),
     {("GBR", "19", "FRA", None), ("FRA", "19", "GBR", None)}),
]

DISENGAGED: list[Case] = [
    ("troops disengaged", "Armenian and Azerbaijani troops disengaged from the ridge on "
     "Friday.", {("ARM", "087", "AZE", None), ("AZE", "087", "ARM", None)}, set()),
    ("forces disengaged", "Thai and Cambodian forces disengaged near the temple.",
     {("THA", "087", "KHM", None), ("KHM", "087", "THA", None)}, set()),
    ("disengaged from", "Serbian units disengaged from the Kosovo boundary.",
     set(), {("SRB", "19", "XKX", None)}),
]

ENVOY_MISSION: list[Case] = [
    ("mission of ambassador ended", "Algeria ended the mission of its ambassador in Madrid "
     "last week.", {("DZA", "161", "ESP", None)}, set()),
    ("mission of envoy ended", "Niger ended the mission of the French ambassador in Niamey.",
     {("NER", "161", "FRA", None)}, set()),
    # negative row: a peacekeeping mission ended is no diplomatic downgrade
    ("peacekeeping mission ended", "The council ended the peacekeeping mission in Mali.",
     set(), {("UNO", "161", "MLI", None)}),
]

SIGNED_ABROAD: list[Case] = [
    ("ministers signed in a capital", "On Monday, the foreign ministers of Serbia and Hungary "
     "signed an energy protocol in Budapest.",
     {("SRB", "042", "HUN", "happened"), ("SRB", "057", "HUN", None)}, set()),
    ("passive with agents", "The accord was signed in Nairobi on Friday by President Ruto and "
     "Prime Minister Abiy Ahmed of Ethiopia.", {("ETH", "042", "KEN", "happened")}, set()),
    ("named ministers", "Foreign Minister Wong and her Indonesian counterpart Retno Marsudi "
     "signed a maritime accord in Canberra.", {("IDN", "042", "AUS", None)}, set()),
    # negative rows: countries that sign name no traveller; a third place is no one's home
    ("countries signed", "Bangladesh and Myanmar signed an arrangement in Naypyitaw.",
     {("BGD", "057", "MMR", None)}, {("BGD", "04", "MMR", None)}),
    ("third place", "The presidents of Armenia and Azerbaijan signed a declaration in Geneva.",
     set(), {("ARM", "04", "AZE", None), ("AZE", "04", "ARM", None)}),
]

STATE_PROTESTS: list[Case] = [
    ("country protested against", "Indonesia has protested against the presence of Chinese "
     "fishing boats near the Natuna islands.", {("IDN", "111", "CHN", None)},
     {("IDN", "14", "CHN", None)}),
    ("capital protested", "Baghdad has repeatedly protested against Turkish air strikes.",
     {("IRQ", "111", "TUR", None)}, set()),
    ("plural country name protested", "The Philippines has protested against the Chinese "
     "coast guard's manoeuvres.", {("PHL", "111", "CHN", None)}, {("PHL", "14", "CHN", None)}),
    # negative row: a people's protest stays a demonstration
    ("people protested", "Thousands of Georgians protested against Russia in Tbilisi.",
     set(), {("GEO", "111", "RUS", None)}),
]

TALKS_APPROVED: list[Case] = [
    ("opening of negotiations approved", "The European Council approved the opening of "
     "accession negotiations with Ukraine and Moldova.",
     {("EU", "036", "UKR", "happened"), ("EU", "036", "MDA", "happened")},
     {("EU", "04", "UKR", None)}),
    ("resumption of talks authorised", "The Japanese cabinet authorised the resumption of talks "
     "with Pyongyang.", {("JPN", "036", "PRK", None)}, {("JPN", "04", "PRK", None)}),
    ("start of talks approved", "Seoul approved the start of negotiations with Tokyo on a "
     "fisheries pact.", {("KOR", "036", "JPN", None)}, set()),
    # negative row: aid approved stays aid
    ("aid approved", "The EU approved new aid to Moldova.", {("EU", "07", "MDA", None)},
     {("EU", "036", "MDA", None)}),
]

APOLOGY_TOLD: list[Case] = [
    ("envoy told he should apologise", "The Polish minister told the German ambassador that "
     "she should apologise.", {("POL", "100", "DEU", "happened")}, {("POL", "05", "DEU", None)}),
    ("capital told it must apologise", "Seoul told Tokyo it must apologise for the remarks.",
     {("KOR", "100", "JPN", None)}, set()),
    ("minister told he should apologise", "Ankara's foreign minister told the Dutch envoy that "
     "he should apologise for the raid.", {("TUR", "100", "NLD", None)}, set()),
    # negative row: reporters told are no side that owes an apology
    ("reporters told", "The Greek minister told reporters that he should apologise.", set(),
     {("GRC", "100", "GRC", None)}),
]

OPEN_INVITATIONS: list[Case] = [
    ("welcome looked forward to, no date", "Japan looks forward to welcoming President Marcos "
     "to Tokyo, although no date has been set.",
     {("JPN", "036", "PHL", "happened"), ("PHL", "042", "JPN", "uncertain")},
     {("JPN", "043", "PHL", None)}),
    ("two guests, date to be set", "France looks forward to welcoming President Ruto and "
     "President Museveni to Paris at a date still to be fixed.",
     {("FRA", "036", "KEN", None), ("FRA", "036", "UGA", None)}, set()),
    # negative row: a hosting with its time set stays the hosting, planned
    ("time set", "Canberra looks forward to welcoming Prime Minister Luxon to Australia next "
     "week.", {("AUS", "043", "NZL", "planned")}, {("AUS", "036", "NZL", None)}),
]

RECOGNITION_SWITCHED: list[Case] = [
    ("switched from to", "Burkina Faso switched its recognition from Taipei to Beijing in May "
     "2018.", {("BFA", "161", "TWN", "happened"), ("BFA", "054", "CHN", "happened")}, set()),
    ("ties switched", "Honduras switched ties from Taipei to Beijing last year.",
     {("HND", "161", "TWN", None), ("HND", "054", "CHN", None)}, set()),
    ("allegiance switched", "Nauru switched its allegiance from Taiwan to China on Monday.",
     {("NRU", "161", "TWN", None)}, set()),
    # negative row: no side turned from, no ties cut
    ("switched to only", "The Solomon Islands switched its recognition to China.",
     {("SLB", "054", "CHN", None)}, {("SLB", "161", "CHN", None)}),
]

ENVOY_MUST_LEAVE: list[Case] = [
    ("envoy must leave", "Vilnius said the Russian ambassador must leave the country within "
     "five days.", {("LTU", "161", "RUS", "happened")}, {("LTU", "020", "RUS", None)}),
    ("envoy should leave", "Beijing said the Lithuanian envoy should leave at once.",
     {("CHN", "161", "LTU", None)}, {("CHN", "02", "LTU", None)}),
    ("ambassador had to leave", "Moscow said the Estonian ambassador had to leave Russia by "
     "February 7.", {("RUS", "161", "EST", None)}, set()),
    # negative row: a government bound to act is appealed to, no envoy sent off
    ("government must act", "Warsaw said Minsk must release the journalist.",
     {("POL", "020", "BLR", None)}, {("POL", "161", "BLR", None)}),
]

ROWS = (ENVOY_MUST_LEAVE + RECOGNITION_SWITCHED + APOLOGY_TOLD + OPEN_INVITATIONS
        + TALKS_APPROVED + WELCOMED + FORCES_PLEDGED + WARS_FOUGHT + DISENGAGED + ENVOY_MISSION
        + SIGNED_ABROAD + STATE_PROTESTS)


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c.startswith(code))
               and (status is None or st == status) for s, r, c, t, st in got)


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_roots16_sentence_events(extracted_pairs, label: str, text: str,
                                     present: set[Row], absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)
