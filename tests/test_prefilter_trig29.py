"""trig29 (session 29): a person's name part with accented letters counts as a mention."""

from __future__ import annotations

import pytest

from detente.pipeline import Coder


@pytest.fixture(scope="module")
def prefilter():
    return Coder().prefilter


@pytest.mark.parametrize("text, later", [
    ("Spanish Prime Minister Pedro Sánchez flew to Rabat to meet Moroccan officials. "
     "Sánchez landed on Thursday with eleven cabinet members.",
     "Sánchez landed on Thursday with eleven cabinet members."),
    ("Turkish President Recep Tayyip Erdoğan flew to Athens for talks with Greek officials. "
     "Erdoğan arrived on Thursday with six ministers.",
     "Erdoğan arrived on Thursday with six ministers."),
])
def test_prefilter_trig29_accented_name_part(prefilter, text, later):
    scan = prefilter.scan(text)
    row = next(s for s in scan.sentences if text[s.start:s.end] == later)
    assert row.actors >= 1
