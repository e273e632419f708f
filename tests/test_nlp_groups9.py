"""Groups and implied dyads read in session 12 (groups9).

- Group phrases of five or more ("the five Central Asian states", "each of the six
  countries", "the seven governments", "the five") are the members of the list of as many
  the article named before (however far back), never the article's most named countries;
  "each of" / "all of" a group phrase is that group; a count with no determiner ("five
  ministers", "five were wounded") is people counted, no group.
- "each side" / "either side" is the pair of the story, and after mediated talks "the two
  sides" are the sides mediated between, not the mediator.
- A definite meeting or agreement noun as the subject of a passive verb with no side named
  ("The talks were held after ...", "The accords were signed during the visit") is between
  the sides of the meeting told just before (nlp.implied.implied_story_events).
- An intent (03x) voiced with no one named by one side of a meeting told just before goes to
  each side it met (nlp.implied.implied_readout_intents).

The rows run with the pre-filter off (coder_all): its word list of dyad phrases stops at
"four" and wants "other" after "each side" (nlp.prefilter, not this module's).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# five heads of state of five countries, met by a host: a list of five named countries
FIVE_MET = ("President Lula met with President Boric of Chile, President Petro of Colombia, "
            "President Arce of Bolivia, President Noboa of Ecuador and President Pena of "
            "Paraguay in Brasilia on Monday. ")
# countries named often before, so that "the article's most named countries" would be wrong
NOISE = ("Egypt criticized Jordan on Monday. Jordan criticized Egypt on Tuesday. Egyptian "
         "officials again criticized Jordan, and Jordan answered Egypt. ")
SIX_LISTED = ("Kenya, Uganda, Tanzania, Rwanda, Burundi and Somalia sent ministers to the "
              "regional meeting in Nairobi on Friday. ")


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


@pytest.fixture(scope="module")
def rules(coder_all):
    from detente.model import Article

    def _rules(text: str) -> set[tuple[str | None, str, str | None, str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=date(2024, 3, 1), origin="test", raw_text=text)
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None, e.rule or "")
                for e in coder_all.code(art).events}

    return _rules


FIVE = ["CHL", "COL", "BOL", "ECU", "PRY"]
SIX = ["KEN", "UGA", "TZA", "RWA", "BDI", "SOM"]

# (text, source(s), root, target(s)): every source to every target
LARGE_GROUPS = [
    (FIVE_MET + "Lula praised the five neighbouring states for their support.",
     ["BRA"], "05", FIVE),
    (FIVE_MET + "Lula said Brazil would keep cooperating with each of the five countries on "
     "energy.", ["BRA"], "03", FIVE),
    (FIVE_MET + "The five presidents praised Lula for his leadership.", FIVE, "05", ["BRA"]),
    (SIX_LISTED + "France criticized the six governments over their silence on the crisis.",
     ["FRA"], "11", SIX),
    (NOISE + SIX_LISTED + "Later, Germany praised all of the six governments for their "
     "restraint.", ["DEU"], "05", SIX),
]


@pytest.mark.parametrize(("text", "sources", "root", "targets"), LARGE_GROUPS)
def test_nlp_groups9_large_group_is_the_list_named(coded, text: str, sources: list[str],
                                                   root: str, targets: list[str]) -> None:
    found = coded(text)
    for s in sources:
        for t in targets:
            if s != t:
                assert (s, root, t) in found, (s, root, t)


# a group of five or more with no list of as many: nobody (not the most named countries)
UNLISTED = [
    (NOISE + "Germany praised the five Gulf states for their mediation.", "DEU", "05"),
    (NOISE + "France said it would keep working with each of the seven countries on trade.",
     "FRA", "03"),
    (NOISE + "Italy criticized the six governments for their silence.", "ITA", "11"),
]


# a count of people with no determiner is no group, even after a list of as many countries
COUNTED = [
    (FIVE_MET + "Argentina criticized five ministers for the delay.", "ARG", "11"),
    (FIVE_MET + "Five were wounded when Argentine police attacked the convoy.", "ARG", "19"),
    (SIX_LISTED + "Ethiopia expelled six diplomats on Saturday over a spying case.", "ETH",
     "16"),
]


@pytest.mark.parametrize(("text", "source", "root"), COUNTED)
def test_nlp_groups9_people_counted_are_no_group(coded, text: str, source: str,
                                                 root: str) -> None:
    found = {t for s, r, t in coded(text) if s == source and r == root}
    assert len(found) < 2, found


@pytest.mark.parametrize(("text", "source", "root"), UNLISTED)
def test_nlp_groups9_large_group_unlisted_is_nobody(coded, text: str, source: str,
                                                    root: str) -> None:
    found = coded(text)
    assert not any(s == source and r == root for s, r, _ in found), found


# "each side" is the pair of the story; after mediated talks, the sides, not the mediator
PAIRS = [
    ("Serbia and Kosovo held talks in Brussels on Monday, mediated by the EU. Germany urged "
     "each side to keep the border open.", "DEU", "02", {"SRB", "XKX"}),
    ("Armenia and Azerbaijan met in Prague on Friday. France praised each side for its "
     "restraint.", "FRA", "05", {"ARM", "AZE"}),
    (NOISE + "Foreign ministers of Chad and Sudan met in Doha on Sunday for talks mediated by "
     "Qatar. The two sides agreed to reopen their border.", None, "03", {"TCD", "SDN"}),
]


@pytest.mark.parametrize(("text", "source", "root", "pair"), PAIRS)
def test_nlp_groups9_each_side_is_the_pair(coded, text: str, source: str | None, root: str,
                                           pair: set[str]) -> None:
    found = coded(text)
    if source is not None:
        for t in pair:
            assert (source, root, t) in found, (source, root, t, found)
    else:
        a, b = sorted(pair)
        assert (a, root, b) in found or (b, root, a) in found, found
    # (the mediator is no side of what the two agreed; the noise pair is not the group)
    assert not any(r == root and {s, t} & {"QAT", "EGY", "JOR"} for s, r, t in found), found


# a meeting or agreement told again by a definite noun with no side named
STORY = [
    ("Prime Minister Kishida travelled to Manila on Tuesday for talks with President Marcos. "
     "The meeting was held in a friendly atmosphere.", ("JPN", "04", "PHL")),
    ("Chancellor Scholz visited Hanoi on Sunday and met Prime Minister Chinh. The agreements "
     "were signed during the visit.", ("DEU", "05", "VNM")),
    ("Kenyan President Ruto received Somalia's president in Nairobi on Friday. The talks "
     "were held after weeks of tension over the border.", ("SOM", "04", "KEN")),
]


@pytest.mark.parametrize(("text", "event"), STORY)
def test_nlp_groups9_story_noun_is_the_pair_met(coded, text: str,
                                                event: tuple[str, str, str]) -> None:
    s, root, t = event
    found = coded(text)
    assert (s, root, t) in found or root == "04" and (t, root, s) in found, found


# no meeting just told, a noun naming its own sides, or no such act: no event of the pair
STORY_NEGATIVE = [
    # (the meeting told is long before: six other sentences in between)
    ("Prime Minister Kishida travelled to Manila in May for talks with President Marcos. "
     + NOISE + "Weather delayed flights. Markets were calm. The agreements were signed in "
     "June.", ("JPN", "05", "PHL")),
    # (the deal is another one: a relative clause says whose)
    ("Chancellor Scholz visited Hanoi on Sunday and met Prime Minister Chinh. The deal that "
     "Laos signed with China was also discussed.", ("DEU", "05", "VNM")),
    # (the talks were called off, not held)
    ("President Ruto planned to receive Somalia's president in Nairobi. The talks were "
     "called off on Friday.", ("SOM", "04", "KEN")),
]


@pytest.mark.parametrize(("text", "event"), STORY_NEGATIVE)
def test_nlp_groups9_story_noun_needs_a_meeting_just_told(rules, text: str,
                                                          event: tuple[str, str, str]) -> None:
    s, root, t = event
    found = {e for e in rules(text) if e[1] == root and "implied.story_pair" in e[3]}
    assert not found, found


# what one side of a meeting says it intends, with nobody named, is said to those it met
READOUT = [
    (FIVE_MET + "The talks covered trade. Lula proposed a regional dialogue on critical "
     "minerals.", "BRA", "03", FIVE),
    ("Prime Minister Modi met President Ramaphosa in Pretoria on Tuesday. Modi offered to "
     "share India's experience in digital payments.", "IND", "03", ["ZAF"]),
    ("Chancellor Scholz held talks with President Macron in Paris on Monday. Scholz pledged "
     "to deepen cooperation on defence.", "DEU", "03", ["FRA"]),
]


@pytest.mark.parametrize(("text", "source", "root", "targets"), READOUT)
def test_nlp_groups9_readout_intent_goes_to_those_met(coded, text: str, source: str,
                                                      root: str, targets: list[str]) -> None:
    found = coded(text)
    for t in targets:
        assert (source, root, t) in found, (source, root, t, found)


READOUT_NEGATIVE = [
    # (no meeting told before)
    (NOISE + "Modi offered to share India's experience in digital payments.", "IND", None),
    # (the meeting is only planned)
    ("Prime Minister Modi will meet President Ramaphosa in Pretoria next week. Modi offered "
     "to share India's experience in digital payments.", "IND", None),
    # (the intent is denied)
    ("Chancellor Scholz held talks with President Macron in Paris on Monday. Scholz did not "
     "propose any new dialogue.", "DEU", None),
    # (a tour: the one met in this sentence, not the stops before)
    ("Modi visited Berlin on Monday and then travelled to Paris. On Wednesday he met Prime "
     "Minister Sunak in London, where he offered to share India's experience in digital "
     "payments.", "IND", {"DEU", "FRA"}),
    # (another pair's event told since the meeting)
    ("Prime Minister Modi met President Ramaphosa in Pretoria on Tuesday. On Wednesday "
     "Pakistan shelled Indian posts in Kashmir. Modi offered compensation to the families.",
     "IND", {"ZAF"}),
]


@pytest.mark.parametrize(("text", "source", "forbidden"), READOUT_NEGATIVE)
def test_nlp_groups9_readout_intent_needs_a_meeting_held(rules, text: str, source: str,
                                                         forbidden: set[str] | None) -> None:
    found = {e for e in rules(text) if e[0] == source and e[1] == "03"}
    if forbidden is None:
        assert not found, found
    else:
        assert not {e for e in found if e[2] in forbidden}, found
