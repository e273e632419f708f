"""Group phrases read in session 8: "the leaders", "the two Ministers", "the Parties" stand for
the parties of the meeting told just before (a few sentences back if need be), not the
article's most named countries; "the four states" after a list of four countries are those
four; a capitalised plural ("Ministers", "Parties") is the group noun it spells."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# two countries named often before the meeting, so that "most named" would be wrong
NOISE = ("Brazil criticized Egypt on Monday. Egypt criticized Brazil on Tuesday. "
         "Brazilian officials again criticized Egypt. ")


@pytest.fixture(scope="module")
def dyads(coder):
    from detente.model import Article

    def _dyads(text: str) -> set[tuple[frozenset[str | None], str]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=date(2023, 6, 1), origin="test", raw_text=text)
        return {(frozenset((e.source.country if e.source else None,
                            e.target.country if e.target else None)), e.cameo[:2])
                for e in coder.code(art).events}

    return _dyads


MEETINGS = [
    (NOISE + "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu "
     "Hassan in Dodoma on Thursday. The leaders agreed to expand trade.", {"KEN", "TZA"}),
    (NOISE + "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu "
     "Hassan in Dodoma on Thursday. The talks lasted two hours. The two leaders agreed to "
     "expand trade.", {"KEN", "TZA"}),
    (NOISE + "Indian Foreign Minister S. Jaishankar spoke by phone with his Australian "
     "counterpart Penny Wong on Wednesday. The two Ministers agreed to expand trade.",
     {"IND", "AUS"}),
    (NOISE + "Kenyan Foreign Minister Musalia Mudavadi held talks with his Tanzanian "
     "counterpart January Makamba in Arusha on Friday. The Ministers agreed to expand trade.",
     {"KEN", "TZA"}),
]


@pytest.mark.parametrize(("text", "pair"), MEETINGS)
def test_nlp_groups4_leaders_are_the_meetings_parties(dyads, text: str, pair: set[str]) -> None:
    found = dyads(text)
    assert (frozenset(pair), "03") in found
    assert (frozenset({"BRA", "EGY"}), "03") not in found


LISTS = [
    ("Chile criticized Peru. Mexico, Argentina, Bolivia and Colombia signed a trade pact in "
     "Quito on Monday. The four states criticized Peru.", {"MEX", "ARG", "BOL", "COL"}, "PER"),
    ("Chile criticized Peru on Monday. Officials in Nairobi and Kampala said the two "
     "governments criticized Peru.", {"KEN", "UGA"}, "PER"),
    ("Ghana and Nigeria argued over tariffs. Senegal, Mali and Niger met in Dakar. The three "
     "governments later condemned Ghana.", {"SEN", "MLI", "NER"}, "GHA"),
]


@pytest.mark.parametrize(("text", "members", "target"), LISTS)
def test_nlp_groups4_counted_group_is_the_last_list(dyads, text: str, members: set[str],
                                                    target: str) -> None:
    found = dyads(text)
    for m in members:
        assert (frozenset({m, target}), "11") in found


@pytest.mark.parametrize(("text", "lemma"), [
    ("The two Ministers agreed.", "minister"),
    ("The Parties agreed.", "party"),
    ("The two leaders agreed.", "leader"),
    ("The four states agreed.", "state"),
])
def test_nlp_groups4_group_lemma(coder, text: str, lemma: str) -> None:
    from detente.nlp.actor_groups import group_lemma

    doc = coder.nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    assert group_lemma(head) == lemma
