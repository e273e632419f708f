"""The deed a relative clause names is the antecedent's own (link36): "the soldiers, who had
guarded the bridge since the start of the invasion", "a man who is serving a term for the
murder of ...". A phrase that names someone else's deed ("after", "from", "by", "under")
gives no such source. A state that "switched back to" a capital recognises it again.

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("relative subject, since the days of",
     "Residents said Russian soldiers, who had guarded the bridge since the first weeks of "
     "the invasion of Ukraine, left the town on Friday.", ("RUS", "19", "UKR")),
    ("relative subject, serving a term for",
     "The exchange freed a Russian agent who was serving a long term for the murder of a "
     "Georgian exile in Berlin.", ("RUS", "18", "GEO")),
    # a state that switches back to a capital returns its recognition there
    ("recognised one, switched back to the other",
     "The island state recognised Beijing in 2002 but Nauru switched back to Taipei three "
     "years later.", ("NRU", "05", "TWN")),
]

# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("someone else's deed after which",
     "Ukrainian farmers, who had fled their villages after the invasion by Russia, came "
     "back in spring.", ("UKR", "19", "RUS")),
    ("switched back to another fuel",
     "Germany switched back to coal after Russia cut gas deliveries.", ("DEU", "05", "RUS")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link36_relative_holder(pair_roots, label, text, want):
    assert want in pair_roots(text, PUBLISHED), label


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link36_relative_holder_not_invented(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label
