"""Session 22 (actors29): who a phrase is when the words alone mislead.

* "each leader", "each delegation", "each government" (singular, after "each") are the two
  parties told last, as "both leaders" and "each side" are: "each leader thanked the other"
  is done both ways.
* A bare "the army" beside its own state's armed group ("a ceasefire between the army and
  the M23", "raids the army blames on the RSF") is that state's military; the group placed
  in the same country does not make the country "another party".
* A lone surname that the knowledge base knows as a company or a country ("Saab") is the
  person the article introduced by that full name, not the company.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 14)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO root, target code) of every event of ``text``."""
    return lambda text, start="": {(s, c, t) for s, t, c, _st in sentence_rows(
        text, PUB, start, digits=2, prefilter=False)}


@pytest.mark.parametrize("text, start, expected", [
    ("Kenya's President Ruto met Tanzania's President Hassan in Arusha on Friday. Each leader "
     "commended the other for keeping the border markets open.", "Each",
     {("KENGOV", "05", "TZAGOV"), ("TZAGOV", "05", "KENGOV")}),
    ("Negotiators from Serbia and Kosovo gathered in Brussels for a new round. Each "
     "delegation blamed the other for the delay over the car plates.", "Each",
     {("SRBGOV", "11", "XKXGOV"), ("XKXGOV", "11", "SRBGOV")}),
    ("Envoys of Ethiopia and Sudan met in Nairobi on Monday. Each government accused the "
     "other of arming militias near the border.", "Each",
     {("ETHGOV", "11", "SDNGOV"), ("SDNGOV", "11", "ETHGOV")}),
])
def test_nlp_actors29_each_party_is_both_sides(coded, text, start, expected):
    rows = coded(text, start)
    assert expected <= rows, rows


@pytest.mark.parametrize("text, start", [
    # (a plural after "each of" is a member of a larger bloc named by no pair: no guess)
    ("The European Union has 27 members. Each member state must submit its climate plan by "
     "June.", "Each"),
    # (an owner names the government: not the story's two sides)
    ("Envoys of Ethiopia and Sudan met in Nairobi on Monday. Each regional government of "
     "Ethiopia sent observers.", "Each"),
])
def test_nlp_actors29_each_party_negative(coded, text, start):
    rows = coded(text, start)
    assert not [r for r in rows if {r[0], r[2]} == {"ETHGOV", "SDNGOV"}], rows


def test_nlp_actors29_each_government_after_force(coded):
    # (a summit of a bloc told first; the two members who fought in the same sentence are
    # the two governments, not the summit's hosts)
    text = ("Leaders of the bloc met in Astana, hosted by Kazakhstan with China as a guest. "
            "The meeting was clouded by clashes between two members. Armenian and Azerbaijani "
            "troops traded fire overnight near the frontier, and each government accused the "
            "other of provoking it.")
    rows = coded(text, "Armenian")
    assert ("ARMGOV", "11", "AZEGOV") in rows and ("AZEGOV", "11", "ARMGOV") in rows, rows
    assert not [r for r in rows if r[1] == "11" and r[0][:3] in ("KAZ", "CHN")], rows


@pytest.mark.parametrize("text, start, expected", [
    ("Fighting flared around Goma in North Kivu this week. A ceasefire between the army and "
     "the M23 rebels, agreed last month, has largely collapsed.", "A ceasefire",
     ("CODMIL", "CODREB")),
    ("Sudan's war entered its second year in April. The drone strikes, which the army blames "
     "on the RSF, hit the main airport on Monday.", "The drone",
     ("SDNMIL", "SDNREB")),
])
def test_nlp_actors29_bare_army_beside_own_rebels(resolve_in, text, start, expected):
    codes = resolve_in(text, PUB, start, "army")
    assert codes and codes[0] == expected[0], codes
    assert expected[1] not in codes[:1]


def test_nlp_actors29_bare_army_foreign_story_keeps_owner(resolve_in):
    # (no armed group in the sentence: the army of the country named is unchanged)
    text = ("Rwanda denied sending troops into Congo. The army of Rwanda said it had stayed "
            "behind the border.")
    assert resolve_in(text, PUB, "The army", "army")[:1] == ["RWAMIL"]


@pytest.mark.parametrize("text, start, word, expected", [
    # (a company name as the surname of the man the article introduced)
    ("The United States freed Colombian-born financier Alex Saab in a swap with Caracas. "
     "Saab was welcomed by Venezuela's president on his return.", "Saab", "Saab", "VENGOV"),
])
def test_nlp_actors29_surname_not_company(resolve_in, text, start, word, expected):
    assert resolve_in(text, date(2023, 12, 21), start, word) == [expected]


@pytest.mark.parametrize("text, start, word, expected", [
    # (no one of that name introduced: the carmaker)
    ("Sweden's defence ministry ordered two radar planes last year. Saab will deliver the "
     "first of them in 2026.", "Saab", "Saab", "SWEBUS"),
    # (the country's name as a place, though a person of that surname was introduced)
    ("Congressman Tom Jordan of Ohio toured the Middle East this week. He flew to Jordan on "
     "Tuesday.", "He flew", "Jordan", "JOR"),
])
def test_nlp_actors29_surname_negative(resolve_in, text, start, word, expected):
    codes = resolve_in(text, date(2023, 12, 21), start, word)
    assert codes[:1] == [expected], codes


@pytest.mark.parametrize("text, expected", [
    # (a group named by its kind, fighting or dealing with the state the story is about)
    ("Niger's army fought armed groups near the Tillaberi region overnight.",
     {("NERMIL", "19", "NERREB")}),
    ("Peru's government signed a ceasefire with the largest rebel group on Thursday.",
     {("PERGOV", "08", "PERREB")}),
])
def test_nlp_actors29_armed_group_of_its_state(coded, text, expected):
    rows = coded(text)
    assert expected <= rows, rows


def test_nlp_actors29_armed_group_of_its_victims_state(resolve_in):
    # (the group's own clause tells whose forces it attacks: that state's rebels, not those
    # of the state accused of backing them)
    text = ("Montenegro's premier accused Albania on Friday of arming the armed group that "
            "ambushed a Montenegrin army patrol.")
    assert resolve_in(text, PUB, "Montenegro", "group")[:1] == ["MNEREB"]



@pytest.mark.parametrize("text", [
    # (a named place abroad: the group is the place's, not the attacker's)
    "Turkish jets bombed Kurdish armed groups in northern Syria on Sunday.",
    # (a state's forces striking militants are no sign the militants are its own)
    "Kenyan troops struck militant groups on Monday, the defence ministry said.",
])
def test_nlp_actors29_armed_group_not_attackers(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[2] in ("TURREB", "KENREB")], rows


@pytest.mark.parametrize("text, word, expected", [
    ("Portugal's Helena Carreiras met her Spanish counterpart in Lisbon. Carreiras said the "
     "two navies would patrol together.", "Carreiras", "PRTGOV"),
    ("Cuba's Alvaro Lopez Miera received a Russian delegation on Monday. Lopez Miera praised "
     "the visitors.", "Miera", "CUBGOV"),
])
def test_nlp_actors29_kb_people_2023(resolve_in, text, word, expected):
    start = text.split(". ")[1][:12]
    assert resolve_in(text, PUB, start, word)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    # (the small model reads the second state of the list as an apposition of the first)
    ("Mali, Sierra Leone and Ghana said they would leave the union.", {"MLI", "SLE", "GHA"}),
    ("Mali, Burkina Faso and Guinea said they would quit the group.", {"MLI", "BFA", "GIN"}),
])
def test_nlp_actors29_state_list_read_as_apposition(resolve_in, text, expected):
    assert set(resolve_in(text, PUB, "Mali", "Mali")) == expected


@pytest.mark.parametrize("text, expected", [
    # (a state and its description in apposition is one state, not a list)
    ("Chad, a landlocked country, and Niger signed a border accord.", {"TCD", "NER"}),
])
def test_nlp_actors29_state_apposition_negative(resolve_in, text, expected):
    assert set(resolve_in(text, PUB, "Chad", "Chad")) <= expected


def test_nlp_actors29_internal_pair_after_convened_talks(coded):
    # (a civil war's two sides stay "both sides" after talks that a regional body convened
    # and a third state hosted: the body and the host are no new pair)
    text = ("The government of Sudan and the Rapid Support Forces signed a truce in Nairobi on "
            "Friday. The African Union convened the talks and thanked the government of Kenya "
            "for hosting the two delegations. Senior military commanders of both sides will "
            "meet next week to agree on the details.")
    rows = coded(text, "Senior")
    assert [r for r in rows if r[1] == "04" and {r[0], r[2]} == {"SDNMIL", "SDNREB"}], rows
    assert not [r for r in rows if {"AUMIL", "KENMIL"} & {r[0], r[2]}], rows
