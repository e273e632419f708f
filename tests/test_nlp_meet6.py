"""Meetings told around a visit or a summit: "they" after a one-to-one meeting, gatherings
attended abroad, welcome ceremonies, reviews of ties, meetings agreed for a party's country,
receptions told in a second clause, envoys who spent time shuttling, and the leaders of a
hosted summit."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder(coder_all):
    """Single sentences: no pre-filter (a whole article names the countries elsewhere)."""
    return coder_all


def _events(coder, make_article, text):
    events = coder.code(make_article(text, published=date(2024, 6, 3))).events
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, str(e.status)) for e in events]


def _has(got, source, root, target, *, either=True):
    return any(c.startswith(root) and ((s, t) == (source, target) or either and (
        (t, s) == (source, target))) for s, c, t, _st in got)


@pytest.mark.parametrize(("text", "pair"), [
    ("Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta "
     "on Monday. They discussed maritime security and fisheries.", ("AUS", "IDN")),
    ("Spanish Prime Minister Pedro Sanchez held talks with Moroccan King Mohammed VI in "
     "Rabat on Tuesday. They also discussed the migration routes across the Strait.",
     ("ESP", "MAR")),
])
def test_nlp_meet6_they_after_one_meeting_are_its_pair(coder, make_article, text, pair):
    got = _events(coder, make_article, text)
    assert sum(1 for s, c, t, _st in got if c.startswith("04")
               and {s, t} == set(pair)) >= 2, got


def test_nlp_meet6_leaders_after_sideline_meetings_pair_with_the_hub(coder, make_article):
    text = ("On the margins of the summit, the Japanese prime minister met President Lula of "
            "Brazil, President Milei of Argentina and President Boric of Chile. The leaders "
            "discussed trade in lithium and copper.")
    got = _events(coder, make_article, text)
    discussed = {(s, t) for s, c, t, _st in got if c.startswith("04")}
    assert {("JPN", "BRA"), ("JPN", "ARG"), ("JPN", "CHL")} <= discussed, got


@pytest.mark.parametrize(("text", "source", "host"), [
    ("Egyptian President Abdel Fattah al-Sisi attended the African Union summit in Addis "
     "Ababa on Sunday.", "EGY", "ETH"),
    ("The Indonesian president attended the climate conference in Baku last week.", "IDN",
     "AZE"),
    # the summit's place told by the story before: the state visit it fell in
    ("Chinese President Xi Jinping arrived in Astana on Tuesday for a state visit. On "
     "Wednesday Xi also attended the Shanghai Cooperation Organisation summit, where he "
     "called for closer energy ties.", "CHN", "KAZ"),
])
def test_nlp_meet6_gathering_attended_abroad_is_a_visit(coder, make_article, text, source,
                                                        host):
    got = _events(coder, make_article, text)
    assert ("042" in {c for s, c, t, _st in got if (s, t) == (source, host)}), got


@pytest.mark.parametrize("text", [
    # at home, or people with no state behind them
    "French President Emmanuel Macron attended the ceremony in Marseille on Friday.",
    "Business leaders attending the forum in Davos said demand was weak.",
])
def test_nlp_meet6_no_visit_for_attendance_at_home(coder, make_article, text):
    got = _events(coder, make_article, text)
    assert not any(c == "042" for _s, c, _t, _st in got), got


def test_nlp_meet6_one_trip_told_once(coder, make_article):
    text = ("The Japanese foreign minister is due in Brasilia on Thursday for talks with Lula, "
            "and will then attend a gathering of G20 ministers in Rio de Janeiro.")
    got = _events(coder, make_article, text)
    assert sum(1 for s, c, t, _st in got if (s, c[:2], t) == ("JPN", "04", "BRA")
               and c != "043") <= 2, got


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("In Riyadh the Saudi crown prince held a formal welcome ceremony for Kenyan "
     "President William Ruto.", "SAU", "KEN"),
    ("The Vietnamese president held a welcoming ceremony for the visiting Indonesian "
     "leader at the Presidential Palace in Hanoi.", "VNM", "IDN"),
])
def test_nlp_meet6_welcome_ceremony_hosts_the_guest(coder, make_article, text, host, guest):
    got = _events(coder, make_article, text)
    assert any((s, c, t) == (host, "043", guest) for s, c, t, _st in got), got


def test_nlp_meet6_welcome_ceremony_for_troops_is_no_meeting(coder, make_article):
    got = _events(coder, make_article,
                  "Thousands attended a welcome ceremony for the returning peacekeepers.")
    assert not any(c.startswith("04") for _s, c, _t, _st in got), got


@pytest.mark.parametrize(("text", "pair"), [
    ("Indian Prime Minister Modi held talks with Ukrainian President Zelenskyy in Kyiv on "
     "Friday. They reviewed cooperation in trade and defence.", ("IND", "UKR")),
    ("Japan and South Korea reviewed bilateral relations on Monday.", ("JPN", "KOR")),
])
def test_nlp_meet6_parties_reviewing_ties_consult(coder, make_article, text, pair):
    got = _events(coder, make_article, text)
    assert any(c.startswith("04") and {s, t} == set(pair) for s, c, t, _st in got), got


def test_nlp_meet6_one_side_reviewing_ties_is_no_meeting(coder, make_article):
    got = _events(coder, make_article, "The Australian government is reviewing its ties "
                                       "with China.")
    assert not any(c.startswith("04") for _s, c, _t, _st in got), got


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("Blinken met Wang Yi in Jakarta. They agreed to hold their next meeting in Beijing.",
     "USA", "CHN"),
    ("Mexico hosted the summit with Biden and Trudeau on Monday. The three leaders agreed "
     "that Canada would host their following summit.", "USA", "CAN"),
])
def test_nlp_meet6_next_meeting_in_a_party_country_is_a_planned_visit(coder, make_article,
                                                                       text, visitor, host):
    got = _events(coder, make_article, text)
    assert (visitor, "042", host, "planned") in got, got


def test_nlp_meet6_next_meeting_in_a_third_place_is_no_visit(coder, make_article):
    got = _events(coder, make_article,
                  "Blinken met Wang Yi in Jakarta. They agreed to meet again in Geneva.")
    assert not any(st == "planned" and c == "042" for _s, c, _t, st in got), got


def test_nlp_meet6_received_in_a_second_clause(coder, make_article):
    text = ("Kenyan President William Ruto arrived in Beijing on Monday and was received at "
            "the airport by Chinese Vice President Han Zheng.")
    got = _events(coder, make_article, text)
    assert ("CHN", "043", "KEN", "happened") in got, got


def test_nlp_meet6_envoy_who_spent_weeks_shuttling_mediates(coder, make_article):
    text = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spent weeks shuttling "
            "between Cairo and Tel Aviv.")
    got = _events(coder, make_article, text)
    assert {("QAT", "EGY"), ("QAT", "ISR")} <= {(s, t) for s, c, t, _st in got
                                                 if c == "045"}, got


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("President Macron will hold a state dinner in honor of the visiting Indian prime "
     "minister on Friday.", "FRA", "IND"),
    ("Indian Prime Minister Modi arrived at the White House on Wednesday. President Biden "
     "plans to give a banquet in his honour on Thursday.", "USA", "IND"),
])
def test_nlp_meet6_dinner_in_a_guest_honour_hosts_the_guest(coder, make_article, text, host,
                                                            guest):
    got = _events(coder, make_article, text)
    assert (host, "043", guest, "planned") in got, got


def test_nlp_meet6_other_stops_of_a_tour_are_dated_by_its_week(coder, make_article):
    text = ("Secretary of State Antony Blinken met President William Ruto in Nairobi today, the "
            "final stop of a three-nation tour of Africa that also took him to Ghana and "
            "Senegal.")
    events = coder.code(make_article(text, published=date(2024, 6, 5))).events
    stops = {e.target.country: e.date for e in events
             if e.cameo == "042" and e.target is not None}
    assert stops.get("KEN") is not None and stops["KEN"].value == "2024-06-05", stops
    assert {stops[c].value for c in ("GHA", "SEN") if c in stops} == {"2024-W23"}, stops


@pytest.mark.parametrize(("text", "pair"), [
    ("Mexico hosted the summit with Biden and Trudeau on Monday.", {"USA", "CAN"}),
    ("EU foreign policy chief Josep Borrell hosted Serbian President Aleksandar Vucic and "
     "Kosovo Prime Minister Albin Kurti in Brussels on Monday for a meeting of the dialogue.",
     {"SRB", "XKX"}),
])
def test_nlp_meet6_two_guests_of_a_host_meet_each_other(coder, make_article, text, pair):
    got = _events(coder, make_article, text)
    assert any(c.startswith("04") and {s, t} == pair for s, c, t, _st in got), got


def test_nlp_meet6_one_guest_of_a_host_meets_only_the_host(coder, make_article):
    got = _events(coder, make_article, "Prime Minister Modi hosted President Biden in New "
                                       "Delhi on Monday.")
    # (either way round: the hosting, 043, and since session 11 the guest's visit, 042)
    assert {frozenset((s, t)) for s, c, t, _st in got if c.startswith("04")} == {
        frozenset(("IND", "USA"))}, got


@pytest.mark.parametrize("text", [
    "Meeting on Monday in Nairobi, the African Union's Peace and Security Council adopted a "
    "resolution on Sudan.",
    "NATO foreign ministers, meeting in Bucharest on Tuesday, agreed to step up air defence "
    "deliveries.",
])
def test_nlp_meet6_a_body_meeting_in_a_city_visits_no_one(coder, make_article, text):
    got = _events(coder, make_article, text)
    assert not any(c.startswith("04") for _s, c, _t, _st in got), got


def test_nlp_meet6_two_leaders_meeting_other_people_do_not_meet_each_other(coder,
                                                                           make_article):
    text = ("Erdogan met Putin in Sochi on Monday, and the two leaders were due to meet "
            "business executives on Tuesday.")
    got = _events(coder, make_article, text)
    assert not any(c.startswith("04") and st == "planned" for _s, c, _t, st in got), got


@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Kenyan President William Ruto has served as the mediator between Ethiopia and Eritrea "
     "since March.", "KEN", {"ETH", "ERI"}),
    ("Qatar, a mediator between Israel and Hamas, said talks would resume.", "QAT",
     {"ISR", "PSE"}),
    ("The minister praised President Ramaphosa for his work as the mediator between Sudan "
     "and South Sudan.", "ZAF", {"SDN", "SSD"}),
])
def test_nlp_meet6_mediator_between_two_sides_mediates(coder, make_article, text, mediator,
                                                      sides):
    got = _events(coder, make_article, text)
    assert {t for s, c, t, _st in got if c == "045" and s == mediator} == sides, got


def test_nlp_meet6_unnamed_mediator_is_no_event(coder, make_article):
    got = _events(coder, make_article,
                  "Analysts said a mediator between the two sides was needed.")
    assert not any(c == "045" for _s, c, _t, _st in got), got


def test_nlp_meet6_the_presidents_after_a_meeting_are_its_pair(coder, make_article):
    text = ("Kazakh President Tokayev held talks with Uzbek President Mirziyoyev in Tashkent on "
            "Monday. The presidents also discussed water sharing and rail links. Both men "
            "reviewed the whole range of their cooperation.")
    got = _events(coder, make_article, text)
    assert sum(1 for s, c, t, _st in got if c.startswith("04")
               and {s, t} == {"KAZ", "UZB"}) == 3, got
