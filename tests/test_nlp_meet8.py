"""Sentence -> event tables for session-11 meetings and visits (meet8): a hosting framed so
also tells the guest's visit to the host's country (042 beside the 043); a welcome accorded or
given to a guest, or a guest welcomed with no host named, is a hosting; a title-cased "State
Visit" is a visit; coordinated by-phrases of a passive meeting are each a host at its own
place; a journey an invitation noun names is the invitee's (offered: uncertain); talks whose
phrase names no side are the story's latest pair's; a mediation thanked for is also between the
thanker's counterpart; a person expected somewhere is a journey ahead.

Every row is written for this file. ``present`` rows (source country, code, target country,
status) must be coded, ``absent`` ones (source, code, target) must not; a two-character code
is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)

Row = tuple[str, str, str, str]
Absent = tuple[str, str, str]


@pytest.fixture(scope="module")
def coded(extracted_pairs):
    """This module's texts as articles published on PUB, every sentence parsed."""
    return functools.partial(extracted_pairs, published=PUB)


def _has(got: set[tuple[str, str, str, str, str]], src: str, code: str, tgt: str,
         status: str | None = None) -> bool:
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


HOSTED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("host, active", "Chancellor Olaf Scholz hosted Polish President Andrzej Duda in Berlin "
     "on Monday.", {("DEU", "043", "POL", "happened"), ("POL", "042", "DEU", "happened")},
     set()),
    ("receive, passive", "The Kenyan president was received by Chinese President Xi Jinping "
     "in Beijing on Friday.", {("CHN", "043", "KEN", "happened"),
                               ("KEN", "042", "CHN", "happened")}, set()),
    ("receive, no place named", "Egyptian President Abdel Fattah el-Sisi received the Qatari "
     "foreign minister on Sunday.", {("EGY", "043", "QAT", "happened"),
                                     ("QAT", "042", "EGY", "happened")}, set()),
    ("host, planned", "Japanese Prime Minister Fumio Kishida will host South Korean President "
     "Yoon Suk Yeol in Tokyo next month.", {("JPN", "043", "KOR", "planned"),
                                            ("KOR", "042", "JPN", "planned")}, set()),
    # an organisation's guest visits no state; a meeting at a third place is no visit to
    # either side
    ("an organisation hosts", "NATO Secretary General Jens Stoltenberg hosted Turkish "
     "President Recep Tayyip Erdogan at the alliance's headquarters.", set(),
     {("TUR", "042", "NATO")}),
    ("received abroad", "Chinese President Xi Jinping received Brazilian President Lula at "
     "the G20 summit in New Delhi.", set(), {("BRA", "042", "CHN")}),
    ("a body's summit hosted", "Uruguay hosted the summit of the Mercosur bloc in "
     "Montevideo on Friday.", set(), {("MERCOSUR", "042", "URY")}),
    ("a letter received is no hosting", "Ukraine received a letter from the Hungarian "
     "government on Monday.", set(), {("HUN", "042", "UKR"), ("UKR", "043", "HUN")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), HOSTED,
                         ids=[r[0] for r in HOSTED])
def test_nlp_meet8_hosting_tells_the_guests_visit(coded, label: str, text: str,
                                                  present: set[Row],
                                                  absent: set[Absent]) -> None:
    got = coded(text)
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


WELCOMED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("welcome accorded at a seat of government", "Kenyan President William Ruto is on a "
     "state visit to India. President Ruto was accorded a ceremonial welcome at the "
     "Rashtrapati Bhavan this morning.", {("IND", "043", "KEN", "happened"),
                                          ("KEN", "042", "IND", "happened")}, set()),
    ("welcome given by a host", "Ghanaian President Nana Akufo-Addo arrived in Abidjan on "
     "Monday. He was given a red-carpet welcome by President Alassane Ouattara.",
     {("CIV", "043", "GHA", "happened"), ("GHA", "042", "CIV", "happened")}, set()),
    ("welcomed in a city, no host named", "The Malaysian king was welcomed with full military "
     "honours in Bangkok on Friday.", {("THA", "043", "MYS", "happened"),
                                       ("MYS", "042", "THA", "happened")}, set()),
    ("welcomed, the visit told before", "Indonesian President Joko Widodo arrived in Hanoi on "
     "Monday. He was welcomed with a 21-gun salute.", {("VNM", "043", "IDN", "happened")},
     set()),
    ("welcome extended to a guest", "Kenyan President William Ruto extended a warm welcome to "
     "the visiting Ethiopian prime minister.", {("KEN", "043", "ETH", "happened")}, set()),
    # a decision or proposal welcomed is praise, not a guest
    ("a decision welcomed", "The Polish minister welcomed the decision by the European Union "
     "to lift the sanctions.", set(), {("EU", "043", "POL"), ("POL", "043", "EU")}),
    ("a proposal welcomed by states", "The Irish proposal was welcomed by Germany and France.",
     set(), {("DEU", "043", "IRL"), ("IRL", "042", "DEU")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), WELCOMED,
                         ids=[r[0] for r in WELCOMED])
def test_nlp_meet8_welcome_given_is_a_hosting(coded, label: str, text: str, present: set[Row],
                                              absent: set[Absent]) -> None:
    got = coded(text)
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


TITLED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("a State Visit", "Kazakh President Kassym-Jomart Tokayev is on a State Visit to Hungary.",
     {("KAZ", "042", "HUN", "")}, set()),
    ("an Official Visit", "President Ruto will pay an Official Visit to Japan next month.",
     {("KEN", "042", "JPN", "planned")}, set()),
    ("a name, not a visit", "Visit Britain said on Monday that tourist numbers rose in May.",
     set(), {("GBR", "042", "GBR")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), TITLED,
                         ids=[r[0] for r in TITLED])
def test_nlp_meet8_title_cased_visit_is_a_visit(coded, label: str, text: str,
                                                present: set[Row],
                                                absent: set[Absent]) -> None:
    got = coded(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status or None), (label, src, code, tgt, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


AGENTS: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("two hosts, two places", "Brazil's foreign minister toured Egypt and Israel this week. "
     "She was met by Egyptian President Abdel Fattah el-Sisi in Cairo on Monday and by "
     "Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday.",
     {("EGY", "043", "BRA", "happened"), ("ISR", "043", "BRA", "happened"),
      ("BRA", "042", "ISR", "happened")}, {("EGY", "044", "BRA")}),
    ("the second by-phrase on the first place", "The Turkish foreign minister was received by "
     "Israeli Prime Minister Benjamin Netanyahu in Jerusalem and by Palestinian President "
     "Mahmoud Abbas in Ramallah on Tuesday.", {("ISR", "043", "TUR", "happened"),
                                               ("PSE", "043", "TUR", "happened")}, set()),
    ("two hosts, no place", "The Chinese envoy was received by the Saudi crown prince and by "
     "the Iranian president.", {("SAU", "04", "CHN", "happened"),
                                ("IRN", "04", "CHN", "happened")}, set()),
    # one by-phrase whose place is a city: the hosting is there
    ("one host, one place", "The Kenyan president was received by Chinese President Xi Jinping "
     "in Beijing on Friday.", {("CHN", "043", "KEN", "happened")}, {("CHN", "044", "KEN")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), AGENTS,
                         ids=[r[0] for r in AGENTS])
def test_nlp_meet8_coordinated_hosts_each_at_their_place(coded, label: str, text: str,
                                                         present: set[Row],
                                                         absent: set[Absent]) -> None:
    got = coded(text)
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


INVITED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("renewed invitation, the to-phrase on the verb", "Modi repeated his invitation to "
     "President Ruto to visit India.", {("KEN", "042", "IND", "uncertain"),
                                          ("IND", "036", "KEN", "happened")},
     {("IND", "042", "KEN")}),
    ("extended invitation, a year named", "Scholz extended an invitation to the Chinese "
     "premier to visit Berlin next year.", {("CHN", "042", "DEU", "uncertain")},
     {("DEU", "042", "CHN")}),
    ("an invitation to the president to travel", "The Mexican government sent an invitation "
     "to the Brazilian president to travel to Mexico City in May.",
     {("BRA", "042", "MEX", "")}, set()),
    # the verb "invite" already names its object as the traveller
    ("invited, verb", "The Bangladeshi prime minister invited Indian Prime Minister Narendra "
     "Modi to visit Dhaka.", {("IND", "042", "BGD", "")}, {("BGD", "042", "IND")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), INVITED,
                         ids=[r[0] for r in INVITED])
def test_nlp_meet8_invited_journey_is_the_invitees(coded, label: str, text: str,
                                                   present: set[Row],
                                                   absent: set[Absent]) -> None:
    got = coded(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status or None), (label, src, code, tgt, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


UNNAMED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("between the two governments' bodies", "Uzbekistan and Tajikistan signed a water deal on "
     "Sunday. Talks between both governments' river commissions might come next, "
     "officials in Tashkent said.", {("UZB", "04", "TJK", "")},
     {("UZB", "043", "TJK"), ("TJK", "042", "UZB")}),
    ("between people of no country", "India and China held military talks on Monday. It was "
     "the 19th round of talks between senior commanders at the border point.",
     {("IND", "04", "CHN", "happened")}, set()),
    ("the talks as their clause's subject", "Lebanon and Israel signed a maritime deal on "
     "Thursday. The negotiations, held under UN auspices since 2020, resumed in June.",
     {("LBN", "04", "ISR", "")}, set()),
    # a story with no pair told yet names no one; named talks are someone else's
    ("no pair told yet", "The talks resumed in Geneva on Monday.", set(),
     {("CHE", "04", "CHE")}),
    ("talks of one side only", "Israel and Lebanon signed a maritime deal on Thursday. The "
     "talks between Lebanese officials and Hezbollah were not mentioned.", set(),
     {("ISR", "04", "LBN"), ("LBN", "04", "ISR")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), UNNAMED,
                         ids=[r[0] for r in UNNAMED])
def test_nlp_meet8_talks_with_unnamed_sides_are_the_storys_pair(coded, label: str, text: str,
                                                                present: set[Row],
                                                                absent: set[Absent]) -> None:
    got = coded(text)
    for src, code, tgt, status in present:
        assert _has(got, src, code, tgt, status or None) or _has(
            got, tgt, code, src, status or None), (label, src, code, tgt, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


MEDIATED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("thanked for mediation, the pair told before", "Somalia and Ethiopia agreed to end their "
     "dispute in Ankara on Wednesday. Somalia's president thanked President Erdogan for his "
     "mediation.", {("TUR", "045", "SOM", "happened"), ("TUR", "045", "ETH", "happened")},
     set()),
    ("a country thanked", "Armenia and Azerbaijan exchanged prisoners on Thursday. Armenian "
     "Prime Minister Nikol Pashinyan thanked the United Arab Emirates for its mediation.",
     {("ARE", "045", "ARM", "happened"), ("ARE", "045", "AZE", "happened")}, set()),
    # no pair told: only the one who thanks
    ("no pair told", "Qatar thanked Egypt for its mediation.",
     {("EGY", "045", "QAT", "happened")}, {("EGY", "045", "EGY")}),
    # talks told in a condition of another story are not the story's pair's
    ("talks in a side clause", "Cuba and Venezuela signed a trade deal on Monday. Cuba said it "
     "could not act because the rebels were promised safe passage if the talks broke down.",
     set(), {("CUB", "040", "VEN"), ("VEN", "040", "CUB")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), MEDIATED,
                         ids=[r[0] for r in MEDIATED])
def test_nlp_meet8_mediation_between_the_thanker_and_its_counterpart(
        coded, label: str, text: str, present: set[Row], absent: set[Absent]) -> None:
    got = coded(text)
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


def test_nlp_meet8_mediation_thanked_by_a_body_has_no_counterpart(coded) -> None:
    got = coded("The United States praised Kuwait on Monday. The council's secretary-general "
                "thanked Kuwait for its mediation.")
    assert not _has(got, "KWT", "045", "USA"), got


EXPECTED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("expected in a capital", "Secretary of State Antony Blinken is expected in Beijing on "
     "Sunday for talks.", {("USA", "042", "CHN", "planned")}, set()),
    ("expected in a city, a week named", "German Chancellor Olaf Scholz is expected in Paris "
     "next week.", {("DEU", "042", "FRA", "planned")}, set()),
    # a thing expected, an act expected, a plan of the past
    ("a decision expected", "A decision on Ukraine's membership is expected in Brussels in "
     "May.", set(), {("UKR", "042", "BEL")}),
    ("weather expected", "Heavy rain is expected in Manila on Friday.", set(),
     {("PHL", "042", "PHL")}),
    ("expected, a day named", "Kenyan President William Ruto is expected in Tokyo on "
     "Friday.", {("KEN", "042", "JPN", "planned")}, {("KEN", "042", "JPN", "happened")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), EXPECTED,
                         ids=[r[0] for r in EXPECTED])
def test_nlp_meet8_expected_somewhere_is_a_visit_ahead(coded, label: str, text: str,
                                                         present: set[Row],
                                                         absent: set[Absent]) -> None:
    got = coded(text)
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)
