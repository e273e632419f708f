"""Group phrases read in session 11 (groups8): "the two governments" after a sentence whose
subject was a pair are that pair; "the two leaders" after a host met two guests are the guests;
"the two countries" in a sentence that names just two countries are those two; "the three
governments" are states, never a bloc the article names; "the two countries' negotiators" and
"the heads of both sides' border commissions" are the pair.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# two countries named often before, so that "the article's most named pair" would be wrong
NOISE = ("Brazil criticized Egypt on Monday. Egypt criticized Brazil on Tuesday. "
         "Brazilian officials again criticized Egypt. ")


@pytest.fixture(scope="module")
def dyads(coder):
    from detente.model import Article

    def _dyads(text: str) -> set[tuple[frozenset[str | None], str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=date(2024, 3, 1), origin="test", raw_text=text)
        return {(frozenset((e.source.country if e.source else None,
                            e.target.country if e.target else None)), e.cameo[:2])
                for e in coder.code(art).events}

    return _dyads


# (text, pair expected, root, pair that must not be coded with that root)
PAIR_BEFORE = [
    (NOISE + "Peru and Chile announced a plan to build a new port. The two governments "
     "agreed to share the cost.", {"PER", "CHL"}, "03", {"BRA", "EGY"}),
    (NOISE + "Kenya and Tanzania unveiled a joint railway project on Friday. The two sides "
     "pledged to cooperate on its financing.", {"KEN", "TZA"}, "03", {"BRA", "EGY"}),
    (NOISE + "Vietnam and Laos signed a deal on a shared power grid last week. Both "
     "governments agreed to fund a feasibility study.", {"VNM", "LAO"}, "03", {"BRA", "EGY"}),
]


@pytest.mark.parametrize(("text", "pair", "root", "wrong"), PAIR_BEFORE)
def test_nlp_groups8_pair_phrase_is_the_pair_just_told(dyads, text: str, pair: set[str],
                                                        root: str, wrong: set[str]) -> None:
    found = dyads(text)
    assert (frozenset(pair), root) in found
    assert (frozenset(wrong), root) not in found


# a host met two guests: "the two leaders" afterwards are the guests
HOSTED = [
    ("Turkish President Erdogan hosted the leaders of Kenya and Uganda in Ankara on Monday "
     "and met each of them separately. At the end of the talks, the two leaders signed a "
     "trade accord.", {"KEN", "UGA"}, {"TUR", "KEN"}),
    ("Qatar's emir hosted the presidents of Chad and Sudan in Doha on Sunday. After the "
     "meeting the two presidents signed a border accord.", {"TCD", "SDN"}, {"QAT", "TCD"}),
    ("Egyptian President Sisi received the leaders of Eritrea and Djibouti in Cairo on "
     "Tuesday. The two leaders later signed a memorandum on port access.",
     {"ERI", "DJI"}, {"EGY", "ERI"}),
]


@pytest.mark.parametrize(("text", "guests", "wrong"), HOSTED)
def test_nlp_groups8_two_leaders_after_a_host_are_the_guests(dyads, text: str,
                                                             guests: set[str],
                                                             wrong: set[str]) -> None:
    found = dyads(text)
    assert (frozenset(guests), "05") in found
    assert (frozenset(wrong), "05") not in found


# the sentence names exactly the two countries the phrase stands for
NAMED_IN_SENTENCE = [
    (NOISE + "Albanese said he hoped ministers from the two countries could soon resume "
     "talks, which Beijing has refused, but said Australia would not give ground.",
     {"AUS", "CHN"}, "04"),
    (NOISE + "Officials said negotiators of the two countries might meet again in Geneva, "
     "although Tehran has set conditions and Washington has rejected them.",
     {"IRN", "USA"}, "04"),
    (NOISE + "Diplomats said the two governments could hold talks next month, although "
     "Islamabad is wary and New Delhi has made no promise.", {"PAK", "IND"}, "04"),
]


@pytest.mark.parametrize(("text", "pair", "root"), NAMED_IN_SENTENCE)
def test_nlp_groups8_pair_phrase_names_the_sentences_two_countries(
        dyads, text: str, pair: set[str], root: str) -> None:
    found = dyads(text)
    assert (frozenset(pair), root) in found
    assert (frozenset({"BRA", "EGY"}), root) not in found


FILLER = ("Prices rose sharply in the region. Farmers complained about the drought. "
          "Markets were quiet on Friday. The harvest was poor this year. ")

# "the three governments" are three states, never the bloc the article names most
STATES_NOT_BLOCS = [
    ("The military governments of Gabon, Chad and Guinea said they were quitting the African "
     "Union. The African Union called the move regrettable. The African Union said it would "
     "hold talks. " + FILLER + "In May the three governments signed a mutual defence pact.",
     {"GAB", "TCD", "GIN"}, "AU"),
    ("Mali, Niger and Burkina Faso said they were leaving ECOWAS. ECOWAS said it regretted "
     "the step. ECOWAS urged dialogue. " + FILLER + "Later the three countries signed a "
     "customs accord.", {"MLI", "NER", "BFA"}, "ECOWAS"),
]


@pytest.mark.parametrize(("text", "members", "bloc"), STATES_NOT_BLOCS)
def test_nlp_groups8_state_group_leaves_out_blocs(dyads, text: str, members: set[str],
                                                  bloc: str) -> None:
    found = dyads(text)
    pacts = {d for d, root in found if root == "05"}
    assert pacts, found
    for d in pacts:
        assert bloc not in d
        assert d <= members


# people and bodies a group phrase owns are that group
OWNED = [
    ("Kyrgyzstan and Tajikistan clashed on the border. On Friday a ceasefire was agreed by "
     "the chiefs of both countries' intelligence services.", {"KGZ", "TJK"}, "05"),
    ("Armenia and Azerbaijan exchanged fire on the border. Talks between both states' "
     "border commissions may follow in the spring.", {"ARM", "AZE"}, "04"),
    (NOISE + "Serbia and Kosovo signed a deal on licence plates last year. On Monday the "
     "two sides' negotiators held talks in Brussels.", {"SRB", "XKX"}, "04"),
]


@pytest.mark.parametrize(("text", "pair", "root"), OWNED)
def test_nlp_groups8_owned_by_a_group_is_the_group(dyads, text: str, pair: set[str],
                                                   root: str) -> None:
    assert (frozenset(pair), root) in dyads(text)


def test_nlp_groups8_owned_topic_is_no_actor(dyads) -> None:
    # "the two countries' relations" is a topic, not a party
    found = dyads("Kyrgyzstan and Tajikistan clashed on the border. The two countries' "
                  "relations have been tense, and their economies are slowing.")
    assert not any(root in ("03", "04", "05") for _d, root in found)
