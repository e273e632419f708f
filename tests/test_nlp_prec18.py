"""False positives on unseen text (session 16, prec18).

* accepting aid or an offer of help ("accepted aid from Greece", "accepted offers of help
  from Spain and Qatar") is no intent to cooperate (030): CAMEO has no code for taking aid,
  the offer (03x) and the aid sent (07x) are coded from their own words (nlp.screen);
  accepting a proposal of talks or an offer to host them stays 030;
* a conversation held with no phone or video word ("held a brief conversation on the
  margins of the summit") is talks (04x, refined to 044 abroad), not a phone call (041)
  (patterns.yaml consult.hold_talks / consult.hold_phone); a chat had with another side is
  talks, a phone chat a call (consult.have_talks / consult.have_phone_call);
* forces sent to a state in a sentence of war or invasion with no word of help ("sent troops
  to Ukraine, starting the war") are no military aid (074) to that state (nlp.screen);
  forces sent to help, on request or to deter an invasion stay 074; forces sent to a side
  the article told the sender using force on before are no aid either, unless help is named
  (nlp.screen forces_sent_to_foe, asked from nlp.events);
* a side denying its part in a deed ("denied any role in the attack on Saudi Arabia") aims
  the denial (016) at the side that charged it, never at the side the deed was done to; with
  no accuser told, only the deed is coded, ``denied`` (nlp.screen part_denied, nlp.speech).

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2023, 9, 12)

# (source country, root or 3-digit code, target country[, status])
Code = tuple[str | None, ...]
Row = tuple[str, set[Code], set[Code]]
Got = set[tuple[str | None, str, str, str | None, str]]


@pytest.fixture(scope="module")
def code_rows(article_events_all):
    """(source country, root, 3-digit code, target country, status) of each event."""

    def _code(text: str) -> Got:
        return {(e.source.country if e.source else None, e.root, e.cameo[:3],
                 e.target.country if e.target else None, e.status.value)
                for e in article_events_all(text, DAY)}

    return _code


def _has(got: Got, want: Code) -> bool:
    src, code, tgt = want[:3]
    status = want[3] if len(want) > 3 else None
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


def _check(got: Got, present: set[Code], absent: set[Code]) -> None:
    for want in present:
        assert _has(got, want), (want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (unwanted, got)


AID_ACCEPTED: list[Row] = [
    ("Rabat said on Sunday it had accepted offers of help from Spain and Qatar after the "
     "earthquake.",
     set(), {("MAR", "030", "ESP"), ("MAR", "030", "QAT")}),
    ("The Turkish government accepted aid from Greece after the floods.",
     set(), {("TUR", "030", "GRC")}),
    ("Ankara accepted assistance from Israel and Jordan on Tuesday.",
     set(), {("TUR", "030", "ISR"), ("TUR", "030", "JOR")}),
    ("Libya accepted Egypt's offer to help with the rescue effort.",
     set(), {("LBY", "030", "EGY")}),
    # a proposal of talks or an offer to host them accepted: kept
    ("Ethiopia accepted Kenya's proposal for talks on the border.",
     {("ETH", "030", "KEN", "happened")}, set()),
    ("Serbia accepted Hungary's offer to host the talks.",
     {("SRB", "030", "HUN", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), AID_ACCEPTED,
                         ids=[f"aid{i}" for i in range(len(AID_ACCEPTED))])
def test_nlp_prec18_aid_accepted_is_no_intent(code_rows, text, present, absent):
    _check(code_rows(text), present, absent)


CONVERSATIONS: list[Row] = [
    ("Biden and Xi held a brief conversation on the margins of the G20 summit in New Delhi.",
     {("USA", "044", "CHN", "happened")}, {("USA", "041", "CHN")}),
    ("The Japanese foreign minister held a short conversation with his Chinese counterpart "
     "in Jakarta on Thursday.",
     {("JPN", "04", "CHN")}, {("JPN", "041", "CHN")}),
    ("Modi had a short conversation with Putin on the sidelines of the summit in Samarkand.",
     {("IND", "044", "RUS")}, {("IND", "041", "RUS")}),
    # a phone or video conversation is a call
    ("Erdogan held a telephone conversation with Zelenskiy on Tuesday.",
     {("TUR", "041", "UKR", "happened")}, set()),
    ("Scholz held a video conversation with Biden on Friday.",
     {("DEU", "041", "USA")}, set()),
    ("Macron held a phone call with Putin on Sunday.",
     {("FRA", "041", "RUS")}, set()),
    # a chat had is talks too, a phone chat a call; one with reporters is no event
    ("Macron and Meloni had a brief chat on the sidelines of the EU summit in Brussels.",
     {("FRA", "044", "ITA")}, {("FRA", "041", "ITA")}),
    ("The German chancellor had a short chat with Macron in Brussels on Thursday.",
     {("DEU", "04", "FRA")}, {("DEU", "041", "FRA")}),
    ("Erdogan had a phone chat with Putin on Monday.",
     {("TUR", "041", "RUS")}, set()),
    ("Lula had a chat with reporters in Brasilia on Monday.",
     set(), {("BRA", "04", None)}),
]


@pytest.mark.parametrize(("text", "present", "absent"), CONVERSATIONS,
                         ids=[f"conversation{i}" for i in range(len(CONVERSATIONS))])
def test_nlp_prec18_conversation_held_is_talks(code_rows, text, present, absent):
    _check(code_rows(text), present, absent)


FORCES_IN_WAR: list[Row] = [
    ("Russia sent troops to Ukraine in February 2022, starting the largest war in Europe "
     "since 1945.",
     set(), {("RUS", "074", "UKR")}),
    ("Russia sent tens of thousands of troops to Ukraine in February 2022 in a full-scale "
     "invasion.",
     set(), {("RUS", "074", "UKR")}),
    ("Moscow sent soldiers to Georgia in 2008 and later occupied two of its regions.",
     set(), {("RUS", "074", "GEO")}),
    # forces sent to help, on request or to deter an invasion: aid
    ("France sent 500 soldiers to Chad to help the government fight rebels.",
     {("FRA", "074", "TCD", "happened")}, set()),
    ("Britain sent troops to Estonia to deter a Russian invasion.",
     {("GBR", "074", "EST")}, set()),
    ("Rwanda sent troops to Mozambique at the request of the government in Maputo.",
     {("RWA", "074", "MOZ")}, set()),
    # the article told the sender using force on the side before: the war, not aid
    ("Russian forces shelled Kharkiv on Monday. Moscow sent more troops to Ukraine last "
     "month.",
     {("RUS", "194", "UKR")}, {("RUS", "074", "UKR")}),
    ("Armenian and Azerbaijani troops clashed on the border on Tuesday. Baku sent more "
     "soldiers to Armenia on Wednesday.",
     set(), {("AZE", "074", "ARM")}),
    # force told between other sides, or help named: the aid stays
    ("Russian forces shelled Kharkiv on Monday. Britain sent troops to Poland last month.",
     {("GBR", "074", "POL")}, set()),
    ("Rebels attacked the capital of Chad on Monday. France sent 500 soldiers to Chad last "
     "month.",
     {("FRA", "074", "TCD")}, set()),
    ("Eritrean and Ethiopian troops fought a border war in 1999. In 2020 Eritrea sent troops "
     "to Ethiopia to help the federal army.",
     {("ERI", "074", "ETH")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), FORCES_IN_WAR,
                         ids=[f"war{i}" for i in range(len(FORCES_IN_WAR))])
def test_nlp_prec18_forces_in_war_are_no_aid(code_rows, text, present, absent):
    _check(code_rows(text), present, absent)


PARTS_DENIED: list[Row] = [
    # no accuser told: the deed alone, denied
    ("A drone struck a Saudi oil facility on Saturday. Iran denied any role in the attack on "
     "Saudi Arabia.",
     {("IRN", "190", "SAU", "denied")}, {("IRN", "016", "SAU")}),
    ("Ukraine said missiles hit a power plant near Kyiv. Belarus denied any involvement in the "
     "strike on Ukraine.",
     set(), {("BLR", "016", "UKR")}),
    ("Gunmen attacked an army post in Kashmir on Sunday. Pakistan denied any role in the "
     "attack on the Indian post.",
     set(), {("PAK", "016", "IND")}),
    # the accuser told before: the denial goes to it, whoever the deed was done to
    ("India accused Pakistan of backing the gunmen. Pakistan denied any role in the attack "
     "on India.",
     {("PAK", "016", "IND", "happened")}, set()),
    ("Riyadh blamed Tehran for the drone strike on its oil plant. Tehran denied any role in "
     "the attack on the Saudi oil plant.",
     {("IRN", "016", "SAU")}, set()),
    # a charge denied by name is the denial to the one charging
    ("Iran denied Saudi Arabia's accusations over the attack.",
     {("IRN", "016", "SAU")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), PARTS_DENIED,
                         ids=[f"denied{i}" for i in range(len(PARTS_DENIED))])
def test_nlp_prec18_part_denied_goes_to_accuser(code_rows, text, present, absent):
    _check(code_rows(text), present, absent)
