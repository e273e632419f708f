"""Session 23 (roots32): the root a trigger takes from its context.

* A person put, placed or added on a list called "wanted" is charged (173), not listed for a
  sanction (163).
* Armed forces that face each other (or face off) show force to each other (150, both ways);
  a state facing criticism, or teams facing each other, do not.
* A measure whose lifting is only asked for or awaited stands (163 from the owner the phrase
  names): "asked Beijing to lift its ban" is the appeal and the ban in force; a lifting done
  is the lifting (081/085) alone, and an appeal naming no owner is the appeal alone.
* "became a member" / "became members" with no body named is an accession (057) to the
  body the story tied the state to; a person, a future or a member of a family is none.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, src, tgt", [
    ("Moscow has put Latvia's interior minister on its wanted list.", "RUS", "LVA"),
    ("Russia placed the Lithuanian justice minister on a police wanted list on Tuesday.", "RUS",
     "LTU"),
    ("The Kremlin added two Estonian judges to the federal wanted list last week.", "RUS",
     "EST"),
])
def test_nlp_roots32_wanted_list_is_a_charge(has_event, coded, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "173", tgt), rows
    assert not has_event(rows, src, "163", tgt), rows


@pytest.mark.parametrize("text, src, tgt", [
    # (a blacklist is no wanted list: the listing stays a sanction)
    ("Washington placed five Chinese drone makers on its entity list.", "USA", "CHN"),
])
def test_nlp_roots32_other_lists_stay_sanctions(has_event, coded, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "163", tgt), rows
    assert not has_event(rows, src, "173", tgt), rows


@pytest.mark.parametrize("text, a, b", [
    ("Indian and Chinese soldiers faced each other on the ridge for eleven weeks.", "IND",
     "CHN"),
    ("Armenian and Azerbaijani troops faced off along the border in May.", "ARM", "AZE"),
])
def test_nlp_roots32_forces_facing_each_other_both_ways(has_event, coded, text, a, b):
    rows = coded(text)
    assert has_event(rows, a, "150", b), rows
    assert has_event(rows, b, "150", a), rows


@pytest.mark.parametrize("text", [
    "India and Pakistan faced each other in the final of the cricket cup.",
    "Greece faced sharp criticism from Turkey over the new law.",
])
def test_nlp_roots32_no_forces_no_show_of_force(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("15")], rows


@pytest.mark.parametrize("text, appeal, owner, hit", [
    ("Tokyo asked Beijing to lift its ban on Japanese fish.", "JPN", "CHN", "JPN"),
    ("Canberra urged Beijing to scrap China's tariffs on Australian wine.", "AUS", "CHN",
     "AUS"),
])
def test_nlp_roots32_measure_asked_to_be_lifted_stands(has_event, coded, text, appeal, owner, hit):
    rows = coded(text)
    assert has_event(rows, appeal, "02", owner), rows
    assert [r for r in rows if r[0].startswith(owner) and r[1] == "163"
            and r[2].startswith(hit) and r[3] == "happened"], rows
    assert not [r for r in rows if r[1] in ("081", "085")], rows


@pytest.mark.parametrize("text", [
    # (no owner named: the appeal alone)
    "Bogota urged Washington to lift all sanctions on Venezuela.",
    # (lifted: the lifting, not the measure)
    "China lifted its tariffs on New Zealand wine last spring.",
])
def test_nlp_roots32_no_standing_measure(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1] == "163"], rows


@pytest.mark.parametrize("text, members, body", [
    ("Leaders of the bloc invited six states to join BRICS in August. Egypt and Ethiopia "
     "became members on Monday.", ("EGY", "ETH"), "BRICS"),
    ("Sweden and Finland applied to join NATO in 2022. Finland became a member a year later.",
     ("FIN",), "NATO"),
])
def test_nlp_roots32_bare_membership_is_accession(coded, text, members, body):
    rows = coded(text)
    for m in members:
        assert [r for r in rows if r[0].startswith(m) and r[1] == "057" and r[2] == body
                and r[3] == "happened"], rows


@pytest.mark.parametrize("text", [
    # (future: not yet a member)
    "Sweden and Finland applied to join NATO in 2022. Sweden will become a member soon.",
    # (a person, not a state)
    "Sweden and Finland applied to join NATO in 2022. She became a member of staff in May.",
])
def test_nlp_roots32_no_bare_accession(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1] == "057"], rows


@pytest.mark.parametrize("text, src, code, tgt", [
    # (a named body: ties with it cut, not a deal refused)
    ("Mexico suspended its participation in CELAC in March.", "MEX", "161", "CELAC"),
    # (back in the body: ties restored)
    ("Peru returned to CELAC in January.", "PER", "054", "CELAC"),
    # (defence systems stationed on a friendly state's soil: forces in a host)
    ("Germany stationed Patriot batteries in Lithuania last spring.", "DEU", "074", "LTU"),
])
def test_nlp_roots32_bodies_and_hosts(coded, text, src, code, tgt):
    rows = coded(text)
    assert [r for r in rows if r[0].startswith(src) and r[1] == code
            and r[2].startswith(tgt)], rows


@pytest.mark.parametrize("text, src, not_code", [
    # (stationed near a side: still a show of force, no forces hosted)
    ("China stationed warships near Taiwan on Monday.", "CHN", "074"),
    # (a city is no body: no ties restored)
    ("The Peruvian minister returned to Lima on Friday.", "PER", "054"),
])
def test_nlp_roots32_not_bodies_nor_hosts(coded, text, src, not_code):
    rows = coded(text)
    assert not [r for r in rows if r[1] == not_code], rows


@pytest.mark.parametrize("text, src, code, tgt", [
    ("The Karen National Union opened a new front against the Myanmar army in March.", "MMR",
     "190", "MMR"),
    ("Beijing closed its border gates to Laotian traders on Monday.", "CHN", "172", "LAO"),
    ("Bolivia did not endorse the EU's declaration on the war.", "BOL", "120", "EU"),
])
def test_nlp_roots32_fronts_gates_texts(coded, text, src, code, tgt):
    rows = coded(text)
    assert [r for r in rows if r[0].startswith(src) and r[1] == code
            and r[2].startswith(tgt)], rows


@pytest.mark.parametrize("text", [
    # (a front of a trade quarrel is no fighting)
    "Seoul opened a new front in its trade dispute with Tokyo over chip materials.",
    # (a museum's gates are no border)
    "The Louvre closed its gates to visitors during the strike.",
])
def test_nlp_roots32_no_front_no_gate(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1][:2] in ("19", "17")], rows


@pytest.mark.parametrize("text, leavers, body", [
    ("The Pacific Islands Forum picked a Samoan diplomat as its secretary general. Tonga and "
     "Tuvalu said they would leave.", ("TON", "TUV"), "PIF"),
])
def test_nlp_roots32_states_leaving_the_story_body(coded, text, leavers, body):
    rows = coded(text)
    for m in leavers:
        assert [r for r in rows if r[0].startswith(m) and r[1] == "161" and r[2] == body], rows


@pytest.mark.parametrize("text", [
    # (a person leaving: a trip, not a membership)
    "The Pacific Islands Forum met in Apia. The Tongan premier said he would leave.",
    # (leaving on a day: a trip)
    "The Pacific Islands Forum met in Apia. Tonga's delegation will leave on Friday.",
])
def test_nlp_roots32_no_body_left(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1] == "161"], rows



@pytest.mark.parametrize("text, src, tgt", [
    ("Timor-Leste was admitted into ASEAN on Sunday.", "TLS", "ASEAN"),
    ("South Sudan was admitted to the East African Community in 2016.", "SSD", "EAC"),
])
def test_nlp_roots32_admitted_to_body(coded, text, src, tgt):
    rows = coded(text)
    assert [r for r in rows if r[0].startswith(src) and r[1] == "057" and r[2] == tgt], rows


@pytest.mark.parametrize("text", [
    # (a hospital and a country are no bodies: no accession)
    "The injured Ukrainian minister was admitted to a hospital in Lviv.",
    "Some forty Syrian refugees were admitted to Canada in June.",
])
def test_nlp_roots32_admitted_elsewhere(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1] == "057"], rows
