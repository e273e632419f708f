"""An act done to nothing ("signed no deal", "sent no troops") or that a side says it has
no plan or intention to do ("has no plans to attack", "had no intention to invade", "did not
have any plans to send troops") is no event; a plan that is had stays planned."""

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 6, 15)

NEGATED = [
    ("no plans to attack", "Russia has no plans to attack NATO, Putin said.", ("RUS", "NATO")),
    ("no intention to invade", "Moscow had no intention to invade Ukraine.", ("RUS", "UKR")),
    ("no plan to send troops", "China has no plan to send troops to Russia.", ("CHN", "RUS")),
    ("did not have any plans", "Beijing did not have any plans to send troops to Russia.",
     ("CHN", "RUS")),
    # the object negated (found by roots26)
    ("signed no deal", "Japan and China signed no deal during the visit.", ("JPN", "CHN")),
    ("sent no troops", "Russia sent no troops to Armenia.", ("RUS", "ARM")),
]

PLANNED = [
    ("plans to send troops", "China has plans to send troops to Russia.", ("CHN", "RUS")),
    ("a plan to sell jets", "Washington has a plan to sell jets to India.", ("USA", "IND")),
]


@pytest.mark.parametrize(("label", "text", "pair"), NEGATED, ids=[c[0] for c in NEGATED])
def test_nlp_no_plans_no_event(sentence_rows, label, text, pair):
    rows = sentence_rows(text, PUBLISHED, by="country", prefilter=False)
    assert not any((s, t) == pair and status in ("happened", "planned")
                   for s, t, _c, status in rows), (label, rows)


@pytest.mark.parametrize(("label", "text", "pair"), PLANNED, ids=[c[0] for c in PLANNED])
def test_nlp_no_plans_plan_kept(sentence_rows, label, text, pair):
    rows = sentence_rows(text, PUBLISHED, by="country")
    assert any((s, t) == pair and status == "planned" for s, t, _c, status in rows), (
        label, rows)
