"""Group phrases read in session 12 (groups10).

- A plural group noun told by its region ("the five Central Asian states", "Gulf
  countries", "the Baltic states", "Latin American leaders") is the region's countries the
  article names -- the list of as many named before when it gives a number -- never the
  country of a word inside the epithet ("American" is no USA), and nobody when the article
  names none; where a bloc named for the region is told in that sentence or the one before
  ("the Gulf Cooperation Council summit ... the Gulf states"), or anywhere under the phrase
  itself ("the League of Arab States ... the Arab states"), it is the bloc.
- Such a group (or a list-backed group of three or more) inside a phrase that is no actor
  itself ("commitment to the sovereignty of the five Central Asian states") is the phrase's
  party, not skipped.
- "them" / "they" with no group of countries before it is the nearest plural noun for
  people of a country ("The 46 Ivorian soldiers ... pardoned them"), or the plural subject of
  the sentence before; a plural noun for things met first, or the subject of the pronoun's
  own clause, is nobody.
- A plain "the leaders" right after a sentence whose subject named two of a summit's three
  or more parties one by one are all of them; "they", and a pair told as a pair ("the two
  sides"), stay the pair.

The rows run with the pre-filter off (coder_all): one-sentence articles name a side only in
the sentence before.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded(coder_all):
    from detente.model import Article

    def _coded(text: str) -> set[tuple[str | None, str, str | None]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=date(2024, 3, 1), origin="test", raw_text=text)
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None)
                for e in coder_all.code(art).events}

    return _coded


CENTRAL_ASIA = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
FIVE_CA = ("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan sent their "
           "foreign ministers to Tokyo on Monday. ")
BALTIC = ["EST", "LVA", "LTU"]
BALTIC_LISTED = "Estonia, Latvia and Lithuania warned Russia on Monday over the border. "
GULF = ["SAU", "ARE", "QAT", "KWT"]
GULF_LISTED = ("Saudi Arabia, the United Arab Emirates, Qatar and Kuwait pledged aid to "
               "Sudan on Friday. ")

# (text, source, root, targets): the source to every target
REGION_GROUPS = [
    (FIVE_CA + "Japan praised the five Central Asian states for their cooperation.", "JPN",
     "05", CENTRAL_ASIA),
    (BALTIC_LISTED + "Germany praised the Baltic states for their resolve.", "DEU", "05",
     BALTIC),
    (GULF_LISTED + "The United States thanked the Gulf states for the pledge.", "USA", "05",
     GULF),
    (BALTIC_LISTED + "Moscow accused the three Baltic countries of provocations.", "RUS",
     "11", BALTIC),
]


@pytest.mark.parametrize(("text", "source", "root", "targets"), REGION_GROUPS)
def test_nlp_groups10_region_group_is_its_named_states(coded, text: str, source: str,
                                                      root: str, targets: list[str]) -> None:
    found = coded(text)
    for t in targets:
        assert (source, root, t) in found, (source, root, t, found)


# a region's group with none of its states named is nobody, and never the USA of "American"
# or the one country of "South African"
REGION_NOBODY = [
    ("Brazil praised the South American states for their unity.", "BRA", "05", "USA"),
    ("France criticized the Central Asian leaders for their silence on the war.", "FRA", "11",
     "USA"),
    ("Canada urged the Latin American governments to protect migrants.", "CAN", "02", "USA"),
]


@pytest.mark.parametrize(("text", "source", "root", "wrong"), REGION_NOBODY)
def test_nlp_groups10_region_group_unnamed_is_nobody(coded, text: str, source: str,
                                                     root: str, wrong: str) -> None:
    found = coded(text)
    assert (source, root, wrong) not in found, found


# a national adjective is no region: "South African officials" are South Africa's
NATIONAL_NOT_REGION = [
    ("South African officials criticized Russia over the strikes.", "ZAF", "11", "RUS"),
    ("Central African Republic officials accused Chad of arming rebels.", "CAF", "11", "TCD"),
    ("Several Dominican Republic lawmakers condemned Haiti over the canal.", "DOM", "11",
     "HTI"),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), NATIONAL_NOT_REGION)
def test_nlp_groups10_national_adjective_is_no_region(coded, text: str, source: str,
                                                      root: str, target: str) -> None:
    assert (source, root, target) in coded(text)


# a bloc named for the region near the phrase, or named by the phrase's own words anywhere
REGION_BLOC = [
    ("China hosted the Gulf Cooperation Council summit in Beijing, where Xi urged the Gulf "
     "states to trade in yuan.", "CHN", "02", "GCC", "SAU"),
    ("Xi attended a summit with the League of Arab States in Riyadh. Saudi Arabia, Egypt and "
     "Qatar sent their leaders. Later, China urged the Arab states to deepen trade.", "CHN",
     "02", "LAS", "EGY"),
    ("Leaders of the Economic Community of West African States met in Abuja. Nigeria, Ghana "
     "and Senegal backed the plan. On Friday Mali criticized the West African states for the "
     "sanctions.", "MLI", "11", "ECOWAS", "GHA"),
]


@pytest.mark.parametrize(("text", "source", "root", "bloc", "member"), REGION_BLOC)
def test_nlp_groups10_region_group_is_the_bloc_named(coded, text: str, source: str, root: str,
                                                     bloc: str, member: str) -> None:
    found = coded(text)
    assert (source, root, bloc) in found, found
    assert (source, root, member) not in found, found


# a group inside a phrase that is no actor itself
INNER_GROUPS = [
    (FIVE_CA + "Japan reaffirmed its commitment to the sovereignty of the five Central Asian "
     "states.", "JPN", "05", CENTRAL_ASIA),  # (a commitment to sovereignty is 051: roots9)
    (BALTIC_LISTED + "Poland pledged support for the security of the three Baltic states.",
     "POL", "03", BALTIC),
    (GULF_LISTED + "India welcomed the generosity of the Gulf states.", "IND", "05", GULF),
]


@pytest.mark.parametrize(("text", "source", "root", "targets"), INNER_GROUPS)
def test_nlp_groups10_group_inside_a_phrase(coded, text: str, source: str, root: str,
                                            targets: list[str]) -> None:
    found = coded(text)
    for t in targets:
        assert (source, root, t) in found, (source, root, t, found)


# plural pronouns back to a national group of people
PEOPLE_PRONOUNS = [
    ("The 30 Thai fishermen who were held in Yangon for a year flew home on Sunday, two days "
     "after the Myanmar junta pardoned them.", "MMR", "08", "THA"),
    ("Dozens of Filipino fishermen sailed near the shoal on Monday. The Chinese coast guard "
     "fired water cannon at them.", "CHN", "19", "PHL"),
    ("Two Japanese journalists were detained in Minsk in May. Belarus released them on "
     "Friday.", "BLR", "08", "JPN"),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), PEOPLE_PRONOUNS)
def test_nlp_groups10_pronoun_is_the_national_group(coded, text: str, source: str, root: str,
                                                    target: str) -> None:
    found = coded(text)
    assert any(s == source and r == root and t == target for s, r, t in found), found


# no people before the pronoun, or a plural thing nearer: nobody
PRONOUN_NOBODY = [
    ("Chinese diplomats discussed the new tariffs with Australia and agreed to lift them.",
     "CHN", "AUS"),
    ("Indian officials said the Pakistani drones were shot down after they crossed the "
     "border.", "IND", "IND"),
    ("Vietnamese ministers reviewed the old treaties and said Hanoi would honour them.",
     "VNM", "VNM"),
]


@pytest.mark.parametrize(("text", "source", "wrong"), PRONOUN_NOBODY)
def test_nlp_groups10_pronoun_of_things_is_nobody(coded, text: str, source: str,
                                                  wrong: str) -> None:
    found = coded(text)
    assert not any(s == wrong and t == wrong for s, _r, t in found), found
    assert not any(s == source and t == source for s, _r, t in found), found


# "the leaders" after two of a summit's parties named one by one: all of them
THREE_MET = ("The leaders of Indonesia, Malaysia and Thailand met in Jakarta on Monday. "
             "Indonesia and Malaysia praised Thailand for its support. ")
HOSTED = ("President Macron hosted Chancellor Scholz and Prime Minister Meloni in Paris on "
          "Monday. Macron and Scholz praised Meloni for her support. ")
WIDER = [
    (THREE_MET + "The leaders agreed to expand cooperation on fisheries.", "03",
     {("IDN", "MYS"), ("IDN", "THA"), ("MYS", "THA")}),
    (HOSTED + "The leaders agreed to expand cooperation on energy.", "03",
     {("FRA", "DEU"), ("FRA", "ITA")}),
    ("Kenya, Uganda and Tanzania opened a summit in Arusha on Friday. Kenya and Uganda "
     "thanked Tanzania for hosting it. The presidents agreed to build a joint railway.", "03",
     {("KEN", "UGA"), ("KEN", "TZA"), ("UGA", "TZA")}),
]


@pytest.mark.parametrize(("text", "root", "pairs"), WIDER)
def test_nlp_groups10_the_leaders_are_the_whole_summit(coded, text: str, root: str,
                                                       pairs: set[tuple[str, str]]) -> None:
    found = {frozenset((s, t)) for s, r, t in coded(text) if r == root and s and t}
    for pair in pairs:
        assert frozenset(pair) in found, (pair, found)


# "they" and a pair told as a pair stay the pair
PAIR_KEPT = [
    (HOSTED + "They agreed to expand cooperation on energy.", "03", ("FRA", "ITA")),
    ("Kenya and Uganda signed a trade deal on Monday. Tanzania criticized the deal on "
     "Tuesday. Kenya and Uganda rejected the criticism. The leaders agreed to meet again in "
     "June.", "03", ("KEN", "TZA")),
    ("Kenya, Uganda and Tanzania opened a summit in Arusha on Friday. Kenya and Uganda "
     "thanked Tanzania for hosting it. They agreed to build a joint pipeline.", "03",
     ("KEN", "TZA")),
]


@pytest.mark.parametrize(("text", "root", "pair"), PAIR_KEPT)
def test_nlp_groups10_they_stay_the_pair(coded, text: str, root: str,
                                         pair: tuple[str, str]) -> None:
    found = {frozenset((s, t)) for s, r, t in coded(text) if r == root and s and t}
    assert frozenset(pair) not in found, found


# whom a plural pronoun stands for, read by the resolver itself: the nearest people of a
# country before it, never the subject of its own clause (through a relative clause), and
# nobody when a plural thing is nearer
PRONOUN_RESOLVED = [
    ("Seven Nepali workers were stranded in Qatar before the embassy flew them home.", "them",
     {"NPL"}),
    ("Three Indian workers were kidnapped in Nigeria last week. Police found them on Monday.",
     "them", {"IND"}),
    ("Dozens of Afghan migrants reached the border, where Iranian guards who patrol it turned "
     "them back.", "them", {"AFG"}),
    ("Greek officials reviewed the Turkish proposals and later rejected them.", "them", set()),
]


@pytest.mark.parametrize(("text", "pronoun", "countries"), PRONOUN_RESOLVED)
def test_nlp_groups10_object_pronoun_skips_its_own_subject(coder_all, text: str, pronoun: str,
                                                           countries: set[str]) -> None:
    from detente.nlp.actors import ActorResolver

    doc = coder_all.nlp(text)
    resolver = ActorResolver(coder_all.kb, date(2024, 3, 1))
    resolver.prime(doc)
    tok = next(t for t in doc if t.lower_ == pronoun)
    assert {a.actor.country for a in resolver.resolve(tok)} == countries
