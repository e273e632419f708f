"""Session 31 (lead): who a sentence with no named side is about.

* "It is not the minister's first tour. In May he visited ..." -- a sentence whose subject is
  an empty "it"/"this" with a copula tells the owner of what it is; that owner (named, or a
  title the article gave a person) is "he" in the next sentence, not a person named earlier.
* Military rulers named with no country ("the junta") rule the country whose leader or
  government the sentences just before told overthrown ("soldiers there overthrew President
  X", "since the coup in Y"), not the country the story is mostly about.

These load the real spaCy model (one coder for the session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 20)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Chancellor Olaf Scholz arrived in Nairobi on Friday. President William Ruto hosted a "
     "dinner for him. It is not the chancellor's first trip to the region. Last year he "
     "visited Ghana and Senegal.",
     {("DEU", "04", "GHA"), ("DEU", "04", "SEN")}, {("KEN", "04", "GHA")}),
    ("Prime Minister Anthony Albanese met President Joko Widodo in Jakarta on Monday. "
     "Widodo praised the new trade deal. This was Albanese's second trip to Indonesia. In "
     "June he visited Vietnam.",
     {("AUS", "04", "VNM")}, {("IDN", "04", "VNM")}),
])
def test_owner_of_copula_sentence_is_the_next_he(coder, coded_pairs, text, present, absent):
    pairs = {(s, r, t) for s, r, t in coded_pairs(coder, text, PUB)}
    assert present <= pairs, pairs
    assert not absent & pairs, pairs


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("ABUJA, Oct 20 - President Emmanuel Macron spoke with President Bola Tinubu about "
     "the region. The Economic Community of West African States suspended Niger once its "
     "army had deposed Mohamed Bazoum. The junta has rejected the bloc's demand.",
     {("NER", "12", "ECOWAS")}, {("FRA", "12", "ECOWAS"), ("NGA", "12", "ECOWAS")}),
    ("PARIS, Oct 20 - French officials met Gabonese exiles in Paris on Thursday. Since the "
     "coup in Gabon in August, France has kept its troops in their barracks. The junta has "
     "rejected calls from the African Union.",
     {("GAB", "12", "AU")}, {("FRA", "12", "AU")}),
])
def test_junta_rules_the_country_told_overthrown(triples, text, present, absent):
    pairs = triples(text)  # (every sentence parsed: the pre-filter may skip a bare "junta")
    assert present <= pairs, pairs
    assert not absent & pairs, pairs
