"""Session 23 (actors32): actors news names that the extractor did not recognise.

* Judging a seizure of power ("condemned the coup", "rejected the putsch", "the takeover")
  judges the soldiers who made it: the military of the country it happened in
  (``ArgumentFinder._coup_makers``); not a coup only tried, nor one no soldiers made.
* A bare "Peace and Security Council" is the African Union's organ, not the UN Security
  Council; "West" that opens a longer name ("the West African states", "West Java") is no
  Western camp; a country's adjective that is also a region's word opening a definite epithet
  ("the oil-producing Central African country") is the region's country told before.
* Knowledge base: regional organisations, armed forces known by their own acronym, office
  holders (with dates) that the lists lacked.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2023, 9, 21)


@pytest.fixture(scope="module")
def coded(coded_rows):
    """(source code, CAMEO code, target code, status) of every event of a text of ``DAY``."""
    return coded_rows(DAY)


def _has(rows, src, code, tgt):
    return any(r[0] == src and r[1].startswith(code) and (r[2] or "") == tgt for r in rows)


@pytest.mark.parametrize("text, expected", [
    # (the coup's country named in the sentence before; the judge abroad)
    ("Mutinous soldiers took power in Gabon on Wednesday and held the head of state at his "
     "home. Paris condemned the coup through a spokesman.", ("FRAGOV", "111", "GABMIL")),
    # (an organ of the bloc judges; the takeover told by officers in the capital)
    ("Army officers in Niamey announced on state television that they had taken power. The "
     "bloc's Peace and Security Council condemned the takeover on Friday.",
     ("AU", "111", "NERMIL")),
    # (another word for it, rejected)
    ("Troops detained the president of Burkina Faso in a barracks on Monday. Washington "
     "rejected the putsch and urged the soldiers to go back to barracks.",
     ("USAGOV", "120", "BFAMIL")),
])
def test_nlp_actors32_coup_judged_is_its_soldiers(coded, text, expected):
    rows = coded(text)
    assert _has(rows, *expected), rows


@pytest.mark.parametrize("text, judge", [
    # (lawmakers, no soldiers: no military to blame)
    ("The Peruvian congress voted to remove the president from office. Mexico condemned the "
     "coup against him.", "MEX"),
    # (only tried, not done)
    ("Soldiers stand guard outside the palace in Quito. Ecuador's president denounced an "
     "attempted coup by lawmakers.", "ECU"),
])
def test_nlp_actors32_coup_not_military_not_blamed(coded, text, judge):
    rows = coded(text)
    assert not [r for r in rows if (r[0] or "").startswith(judge)
                and (r[2] or "").endswith("MIL")], rows


@pytest.fixture(scope="module")
def spans(coder_all):
    """(text, label) of the actor spans of ``text``."""
    def _spans(text: str) -> list[tuple[str, str]]:
        doc = coder_all.nlp(text)
        return [(s.text, s.label_) for s in doc.spans.get("actors", [])]

    return _spans


@pytest.mark.parametrize("text, absent, present", [
    # (the AU's organ, not the UN's)
    ("The bloc's Peace and Security Council met in Addis Ababa on Tuesday.",
     "Security Council", ("Peace and Security Council", "igo")),
    # (a region's name, not the West)
    ("The West African states closed their borders with the country last year.",
     "the West", None),
    ("Floods hit villages in West Java on Sunday.", "West", None),
    # (a definite epithet of a country named before, not the Central African Republic)
    ("Officers seized power in Gabon, the oil-rich Central African country, in August.",
     "Central African", ("Gabon", "country")),
])
def test_nlp_actors32_region_words_no_actor(spans, text, absent, present):
    found = spans(text)
    assert not [s for s in found if s[0] == absent], found
    if present is not None:
        assert present in found, found


@pytest.mark.parametrize("text, kept", [
    # (the camp, and the republic by its full name, stay)
    ("Moscow accused the West of prolonging the war.", ("the West", "igo")),
    ("Gunmen attacked a village in the Central African Republic on Monday.",
     ("Central African Republic", "country")),
    ("Central African troops clashed with rebels near the border with Chad.",
     ("Central African", "country")),
])
def test_nlp_actors32_region_words_kept(spans, text, kept):
    assert kept in spans(text)


@pytest.fixture(scope="module")
def kb():
    from detente.coding.actors import load_kb

    return load_kb()


@pytest.mark.parametrize("alias, code", [
    ("Peace and Security Council", "AU"),
    ("Melanesian Spearhead Group", "MSG"),
    ("OECS", "OECS"),
    ("Community of Portuguese Language Countries", "CPLP"),
    ("Amazon Cooperation Treaty Organization", "ACTO"),
    ("UNFICYP", "UNOMIL"),
    ("UNMIK", "UNO"),
    ("FARDC", "CODMIL"),
    ("UPDF", "UGAMIL"),
    ("Kenya Defence Forces", "KENMIL"),
    ("SEBIN", "VENSPY"),
    ("al-Shabab", "SOMREB"),
    ("CSP-DPA", "MLIREB"),
    ("FLNKS", "NCLSEP"),
    ("RFI", "FRAMED"),
    ("MEK", "IRNOPP"),
])
def test_nlp_actors32_kb_entries(kb, alias, code):
    assert code in {e.code for e in kb.find(alias)}


@pytest.mark.parametrize("name, day, code", [
    ("Tandi Dorji", date(2023, 5, 2), "BTNGOV"),
    # (after he left office: a former official)
    ("Tandi Dorji", date(2024, 6, 1), "BTNELI"),
    ("Consuelo Porras", date(2023, 12, 12), "GTMJUD"),
    ("Consuelo Porras", date(2017, 1, 1), "GTM"),
])
def test_nlp_actors32_people_dated(kb, name, day, code):
    (entry,) = [e for e in kb.find(name) if e.kind == "person"]
    country, sector, _code = kb.code_at(entry, day)
    assert (country or "") + (sector or "") == code


def test_nlp_actors32_new_minister_codes_meeting(coded):
    rows = coded("Bhutan's foreign minister Tandi Dorji met Wang Yi in Beijing on Monday.")
    assert _has(rows, "BTNGOV", "04", "CHNGOV"), rows


@pytest.mark.parametrize("text, expected", [
    # (the rulers' leaders are the rulers: their military code)
    ("Guinea's junta expelled the French ambassador on Monday. The European Union imposed "
     "sanctions on the junta's leaders on Friday.", ("EU", "163", "GINMIL")),
])
def test_nlp_actors32_junta_leaders_are_the_junta(coded, text, expected):
    rows = coded(text)
    assert _has(rows, *expected), rows
    # (not the country's government)
    assert not _has(rows, "EU", "163", "GINGOV"), rows


def test_nlp_actors32_same_act_it_is_the_thing(coded):
    # ("it" is the coup the same verb took before, not the country that condemned it)
    rows = coded("Soldiers seized power in Gabon on Wednesday. France condemned the coup "
                 "through a spokesman, and UN Secretary-General Antonio Guterres also "
                 "condemned it.")
    assert not [r for r in rows if (r[0] or "").startswith("UNO")
                and (r[2] or "").startswith("FRA")], rows
    assert _has(rows, "FRA", "111", "GABMIL"), rows
