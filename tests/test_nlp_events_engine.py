"""Engine rules found through the held-out sets (issue #3), each in sentences of our own:
domestic pairs between a state and those who face it, roles at the event's date, game
results, barriers at sea, aid that stopped, expulsions of people, warnings, dismissals and
retaliation. Expectations are on the dyad (country + sector), the CAMEO code or root."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 9, 21)


def _coded(coder, make_article, text: str, published: date = PUB) -> set[tuple[str, str, str]]:
    """(source code, cameo, target code) of every event the extractor codes, without the
    pre-filter (which sentences it parses is its own concern)."""
    art = make_article(text, published=published)
    return {(e.source.code, e.cameo, e.target.code)
            for e in coder.extractor.extract(coder.nlp(art.text), art)}


def _roots(coder, make_article, text: str, published: date = PUB) -> set[tuple[str, str, str]]:
    return {(s, c[:2], t) for s, c, t in _coded(coder, make_article, text, published)}


@pytest.mark.parametrize(("text", "triple"), [
    ("Georgian protesters rallied against the government in Tbilisi on Sunday.",
     ("GEOCVL", "14", "GEOGOV")),
    ("Moldovan separatists clashed with the Moldovan army near Tiraspol on Monday.",
     ("MDAREB", "19", "MDAMIL")),
    ("Insurgents attacked Nigerian troops in Borno state on Tuesday.",
     ("NGAINS", "19", "NGAMIL")),
    ("Houthi rebels attacked Yemeni government troops near Marib.",
     ("YEMREB", "19", "YEMMIL")),
    ("The Colombian army killed ten Colombian rebels in an airstrike on Friday.",
     ("COLMIL", "18", "COLREB")),
])
def test_nlp_events_domestic_pair_state_and_non_state(coder, make_article, text, triple):
    assert triple in _roots(coder, make_article, text)


def test_nlp_events_domestic_pair_same_sector_dropped(coder, make_article):
    # a minister meeting a minister of the same government is not an event between two sides
    got = _coded(coder, make_article,
                 "The Italian foreign minister met the Italian defence minister in Rome.")
    assert not any(s[:3] == t[:3] for s, _, t in got), got


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an organisation with dated roles codes by the role it held when the event took place
    ("The Taliban attacked a U.S. base in Kandahar in March 2010.",
     ("AFGREB", "19", "USAMIL"), ("AFGGOV", "19", "USAMIL")),
    ("In May 2019 the Taliban held talks with U.S. envoy Zalmay Khalilzad in Doha.",
     ("AFGREB", "04", "USAGOV"), ("AFGGOV", "04", "USAGOV")),
    ("The Taliban attacked a Pakistani border post on Tuesday.",
     ("AFGGOV", "19", "PAK"), ("AFGREB", "19", "PAK")),
])
def test_nlp_events_organisation_role_at_event_date(coder, make_article, text, present, absent):
    got = _roots(coder, make_article, text)
    assert present in got and absent not in got, got


def test_nlp_events_organisation_role_at_event_date_same_side(coder, make_article):
    # a paramilitary force that was part of the army then: no event between the two
    got = _roots(coder, make_article,
                 "The Rapid Support Forces attacked the Sudanese army in Khartoum in March 2022.")
    assert not got, got


@pytest.mark.parametrize("text", [
    "Portugal beat Spain 8-2 in Lisbon on Sunday.",
    "France beat Italy in their Rugby World Cup match in Lyon.",
    "Australia beat England by five wickets at Lord's on Friday.",
    "Ghana beat Nigeria in the semi-final of the African Cup.",
])
def test_nlp_events_game_result_is_no_force(coder, make_article, text):
    got = _roots(coder, make_article, text)
    assert not any(c in ("17", "18", "19", "20") for _, c, _ in got), got


@pytest.mark.parametrize(("text", "triple"), [
    ("Russian forces shelled Kharkiv during a football match on Sunday.", ("RUSMIL", "19", "UKR")),
    ("Ugandan police beat Kenyan fans outside the stadium after the match.",
     ("UGACOP", "18", "KEN")),
])
def test_nlp_events_game_word_as_time_keeps_force(coder, make_article, text, triple):
    assert triple in _roots(coder, make_article, text)


@pytest.mark.parametrize(("text", "triple"), [
    # a barrier put in another side's way obstructs passage (144); a state's doing so is an
    # act, not an official protest (111)
    ("The Chinese coast guard placed buoys at Second Thomas Shoal, Manila said.",
     ("CHNMIL", "144", "PHLGOV")),
    ("Greece put up a fence on its border against Turkey last year.", ("GRC", "144", "TUR")),
    ("Lithuania set up a barrier on the border with Belarus in July.",
     ("LTU", "144", "BLRGOV")),
])
def test_nlp_events_barrier_installed_obstructs(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got and not any(c == "111" for _, c, _ in got), got


def test_nlp_events_barrier_needs_a_barrier(coder, make_article):
    assert not _coded(coder, make_article, "Serbia installed new solar panels in Belgrade.")


@pytest.mark.parametrize(("text", "triple"), [
    # aid that stopped is aid cut (16x), not aid given (07x)
    ("Canada no longer supplies drones to Turkey.", ("CAN", "162", "TUR")),
    ("Hungary stopped sending arms to Ukraine in May.", ("HUN", "162", "UKR")),
    ("Japan has halted providing financial aid to Myanmar.", ("JPN", "162", "MMR")),
    ("France ended sending humanitarian aid to Niger in August.", ("FRA", "162", "NER")),
])
def test_nlp_events_aid_stopped_is_cut(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got and not any(c[:2] == "07" for _, c, _ in got), got


def test_nlp_events_aid_continued_stays_aid(coder, make_article):
    got = _roots(coder, make_article, "Italy continues to send weapons to Ukraine.")
    assert ("ITA", "07", "UKR") in got, got


@pytest.mark.parametrize(("text", "triple"), [
    # people expelled or told to leave are an expulsion of individuals (174); diplomats 161
    ("Turkey expelled hundreds of Syrian refugees last month.", ("TUR", "174", "SYRREF")),
    ("Iran expelled thousands of Afghan migrants in October.", ("IRN", "174", "AFGREF")),
    ("Lebanon ordered undocumented Syrians to leave the country by March.",
     ("LBN", "174", "SYR")),
    ("Germany expelled two Russian diplomats on Friday.", ("DEU", "161", "RUSGOV")),
    ("The Philippine navy ordered the Chinese ship to leave.", ("PHLMIL", "100", "CHNMIL")),
])
def test_nlp_events_expulsion_of_people(coder, make_article, text, triple):
    assert triple in _coded(coder, make_article, text)


@pytest.mark.parametrize(("text", "triple"), [
    # a warning that another side prepares an act accuses that side (112)
    ("Britain warned on Monday that Iran was preparing to send drones to Russia.",
     ("GBR", "112", "IRN")),
    ("Germany warned that Russia was about to attack Moldova.", ("DEU", "112", "RUS")),
    ("Kenya warned that Somalia was ready to invade.", ("KEN", "112", "SOM")),
])
def test_nlp_events_warning_of_preparation_accuses(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got and not any(
        s == triple[0] and c[:2] == "13" for s, c, _ in got), got


def test_nlp_events_warning_threat_by_the_one_who_acts(coder, make_article):
    # the warner's own measure is a threat to the one it would hit; another's is not
    got = _roots(coder, make_article, "France warned that it could impose sanctions on Mali.")
    assert ("FRA", "13", "MLI") in got, got
    got = _roots(coder, make_article,
                 "The European Union warned that Kyiv could ban imports of Hungarian wheat.")
    assert not any(s == "EU" and c == "13" for s, c, _ in got), got


@pytest.mark.parametrize(("text", "triple"), [
    # a rejection that judges a claim with a negative word is disapproval (111)
    ("India rejected the claims by Pakistan as baseless.", ("IND", "111", "PAK")),
    # (an allegation of a wrong rejected is the denial of the one charged, 016: see
    # tests/test_nlp_prec14.py)
    ("The Kremlin dismissed the British allegations as absurd.", ("RUSGOV", "016", "GBR")),
    ("Egypt dismissed Ethiopia's statement as false propaganda.", ("EGY", "111", "ETH")),
    # a proposal rejected stays a rejection
    ("Hanoi rejected Beijing's proposal as unacceptable.", ("VNMGOV", "120", "CHNGOV")),
    ("Seoul rejected the proposal from Tokyo.", ("KORGOV", "120", "JPNGOV")),
])
def test_nlp_events_dismissed_as_negative_disapproves(coder, make_article, text, triple):
    assert triple in _coded(coder, make_article, text)


@pytest.mark.parametrize(("text", "triple"), [
    # a retaliation told by what was done is that act, with no threat (130) besides
    ("Moscow retaliated on Friday by expelling two Estonian diplomats.",
     ("RUSGOV", "161", "ESTGOV")),
    ("Beijing retaliated by imposing sanctions on Lockheed Martin.", ("CHNGOV", "163", "USABUS")),
    ("Tehran retaliated by seizing a British tanker.", ("IRNGOV", "171", "GBR")),
])
def test_nlp_events_retaliated_by_act_no_threat(coder, make_article, text, triple):
    got = _coded(coder, make_article, text)
    assert triple in got and not any(c[:2] == "13" for _, c, _ in got), got


def test_nlp_events_retaliation_vowed_is_threat(coder, make_article):
    assert ("RUS", "13", "NOR") in _roots(coder, make_article,
                                          "Russia vowed to retaliate against Norway.")
