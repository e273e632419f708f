"""Sentence -> event tables for the fix17 rules: a denial told with a verb of confirming
("neither confirmed nor denied") denies nothing and leaves the act open; people held by an
armed group that is no state's, or held as hostages, are abducted (181, not 173); forces
sent to a state the tagger misreads as no place help it (074); talks an appeal asks for are
no meeting; what an agreed ought-clause the parser left loose says is an intent.

Every row is written for this file. ``present`` rows (source country, code, target country,
status) must be coded, ``absent`` (source, code, target) ones must not; a two-character code
is compared with the event's root, a longer one with its code; a status of None is not
checked.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)

Row = tuple[str, str, str, str | None]
Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def coded(article_events):
    """(source country, root, code, target country, status) of each event of a one-sentence
    article published on PUB."""

    def _code(text: str) -> set[tuple[str | None, str, str, str | None, str]]:
        return {(e.source.country if e.source else None, e.root, e.cameo,
                 e.target.country if e.target else None, e.status.value)
                for e in article_events(text, PUB)}

    return _code


def _check(coded, text: str, present: set[Row], absent: set[Triple]) -> None:
    got = coded(text)

    def hit(src: str, code: str, tgt: str, status: str | None) -> bool:
        return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
                   and (status is None or st == status) for s, r, c, t, st in got)

    for row in present:
        assert hit(*row), (text, row, got)
    for src, code, tgt in absent:
        assert not hit(src, code, tgt, None), (text, (src, code, tgt), got)


NONCOMMITTAL: list[tuple[str, set[Row], set[Triple]]] = [
    ("Ankara neither confirmed nor denied a role in the drone strike on Syria.",
     {("TUR", "19", "SYR", "uncertain")}, {("TUR", "016", "SYR")}),
    ("Tehran would neither confirm nor deny that its drones hit the Israeli tanker.",
     {("IRN", "19", "ISR", "uncertain")}, {("IRN", "016", "ISR")}),
    ("Beijing has refused to confirm or deny involvement in the cyberattack on Taiwan.",
     {("CHN", "17", "TWN", "uncertain")}, {("CHN", "016", "TWN")}),
    ("The Kremlin neither confirmed nor denied any part in the raid on the Ukrainian base.",
     set(), {("RUS", "016", "UKR")}),
    # negative rows: a plain denial stays one
    ("Moscow denied any role in the attack on the Ukrainian base.",
     {("RUS", "19", "UKR", "denied")}, set()),
    ("Tehran denied that its drones struck the Israeli ship.",
     {("IRN", "19", "ISR", "denied")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), NONCOMMITTAL,
                         ids=[r[0][:40] for r in NONCOMMITTAL])
def test_nlp_fix17_noncommittal_denial(coded, text, present, absent) -> None:
    _check(coded, text, present, absent)


HOSTAGES: list[tuple[str, set[Row], set[Triple]]] = [
    ("Houthi militants held the Bulgarian crew hostage for a year.",
     {("YEM", "181", "BGR", None)}, {("YEM", "173", "BGR")}),
    ("Pakistani Taliban fighters held the Chinese engineers for weeks.",
     {("PAK", "181", "CHN", None)}, {("PAK", "173", "CHN")}),
    ("Boko Haram militants held the French family captive in Cameroon.",
     {("NGA", "181", "FRA", None)}, {("NGA", "173", "FRA")}),
    ("The British aid worker was held by Islamist militants in Somalia for months.",
     {("SOM", "181", "GBR", None)}, {("SOM", "173", "GBR")}),
    ("A Canadian engineer was held hostage by Boko Haram in Nigeria.",
     {("NGA", "181", "CAN", None)}, {("NGA", "173", "CAN")}),
    ("Two Italian nuns were held captive by jihadists in Mali.",
     {("MLI", "181", "ITA", None)}, {("MLI", "173", "ITA")}),
    # negative rows: a state's holding stays detention
    ("The Iranian authorities held the French tourist for months.",
     {("IRN", "173", "FRA", None)}, {("IRN", "181", "FRA")}),
    ("Houthi authorities detained two UN staff members in Sanaa.",
     {("YEM", "173", "UNO", None)}, {("YEM", "181", "UNO")}),
    ("China detained the Japanese businessman.",
     {("CHN", "173", "JPN", None)}, {("CHN", "181", "JPN")}),
    ("The American journalist was held by Russian authorities on spying charges.",
     {("RUS", "173", "USA", None)}, {("RUS", "181", "USA")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), HOSTAGES,
                         ids=[r[0][:40] for r in HOSTAGES])
def test_nlp_fix17_held_by_armed_group(coded, text, present, absent) -> None:
    _check(coded, text, present, absent)


FORCES: list[tuple[str, set[Row], set[Triple]]] = [
    ("Chad sent 1,000 troops to Niger.", {("TCD", "074", "NER", "happened")},
     {("TCD", "150", "NER")}),
    ("Russia sent soldiers to Mali to fight the jihadists.",
     {("RUS", "074", "MLI", "happened")}, {("RUS", "150", "MLI"), ("RUS", "19", "MLI")}),
    ("Rwanda has sent troops to Mozambique to help fight insurgents.",
     {("RWA", "074", "MOZ", None)}, {("RWA", "150", "MOZ"), ("RWA", "19", "MOZ")}),
    ("Chad dispatched troops to Mali to support the army against the jihadists.",
     {("TCD", "074", "MLI", None)}, {("TCD", "19", "MLI")}),
    # negative rows: forces moved at or into a rival stay a show of force
    ("Moscow sent warships near Japan.", {("RUS", "150", "JPN", None)},
     {("RUS", "074", "JPN")}),
    ("Russia sent troops into Georgia.", {("RUS", "150", "GEO", None)},
     {("RUS", "074", "GEO")}),
    ("China sent warships toward Taiwan.", {("CHN", "150", "TWN", None)},
     {("CHN", "074", "TWN")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), FORCES,
                         ids=[r[0][:40] for r in FORCES])
def test_nlp_fix17_forces_sent_to_state(coded, text, present, absent) -> None:
    _check(coded, text, present, absent)


URGED: list[tuple[str, set[Row], set[Triple]]] = [
    ("China urged Russia and Ukraine to start talks.",
     {("CHN", "026", "RUS", "happened"), ("CHN", "026", "UKR", "happened")},
     {("RUS", "04", "UKR"), ("UKR", "04", "RUS")}),
    ("Egypt urged Israel and Hamas to begin talks.", {("EGY", "02", "ISR", "happened")},
     {("ISR", "04", "PSE"), ("PSE", "04", "ISR")}),
    ("Qatar called on Sudan and Chad to open negotiations.",
     {("QAT", "026", "SDN", "happened")}, {("SDN", "04", "TCD"), ("TCD", "04", "SDN")}),
    ("Ankara asked Baku and Yerevan to begin direct talks.",
     {("TUR", "02", "AZE", "happened")}, {("AZE", "04", "ARM"), ("ARM", "04", "AZE")}),
    ("Berlin urged Moscow to negotiate with Kyiv.", {("DEU", "026", "RUS", "happened")},
     set()),
    # negative rows: talks held stay talks; an appeal for another act stays 020
    # (a meeting asked for with the asker is the asker's intent to meet, 036: README)
    ("On Monday Erdogan asked Aliyev to hold their next meeting in Ankara.",
     {("TUR", "036", "AZE", "happened")}, {("TUR", "026", "AZE")}),
    ("China urged Russia to lift the ban.", {("CHN", "020", "RUS", "happened")},
     {("CHN", "026", "RUS")}),
    ("Sudan and Chad opened negotiations in Doha.", {("SDN", "04", "TCD", "happened")},
     set()),
    ("Russia and Ukraine started talks in Istanbul.", {("RUS", "04", "UKR", "happened")},
     set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), URGED,
                         ids=[r[0][:40] for r in URGED])
def test_nlp_fix17_urged_talks(coded, text, present, absent) -> None:
    _check(coded, text, present, absent)


AGREED_SHOULD: list[tuple[str, set[Row], set[Triple]]] = [
    ("Serbia and Kosovo agreed that their police forces should keep talking, quickly "
     "withdraw and avoid provocations.", {("SRB", "035", "XKX", "happened")},
     {("SRB", "087", "XKX"), ("XKX", "087", "SRB")}),
    ("Thailand and Cambodia agreed that both militaries should resume contacts, promptly "
     "pull back and lower tensions.", {("THA", "035", "KHM", "happened")},
     {("THA", "087", "KHM"), ("KHM", "087", "THA")}),
    ("Thailand and Cambodia agreed that both militaries should pull back.",
     {("THA", "035", "KHM", "happened")}, {("THA", "087", "KHM")}),
    # negative row: a pull-back done stays one
    ("The Indian and Chinese armies disengaged from the valley.",
     {("IND", "087", "CHN", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), AGREED_SHOULD,
                         ids=[r[0][:40] for r in AGREED_SHOULD])
def test_nlp_fix17_agreed_should(coded, text, present, absent) -> None:
    _check(coded, text, present, absent)
