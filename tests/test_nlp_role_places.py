"""A role told by a noun in a with/under phrase ("with the mediation of Qatar") is played
where the act that phrase hangs on took place ("a truce agreed in talks held in Doha")."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow

CASES = [
    # (text, mediator, party, the place's name)
    ("Israel and Hamas agreed to a four-day truce in talks held in Doha with the mediation "
     "of Qatar.", "QAT", "ISR", "Doha"),
    ("Ethiopia and Eritrea signed a peace deal in Jeddah with the mediation of Saudi "
     "Arabia.", "SAU", "ERI", "Jeddah"),
    ("Armenian and Azerbaijani officials met in Brussels with the mediation of the European "
     "Union.", "EU", "AZE", "Brussels"),
]


@pytest.mark.parametrize(("text", "mediator", "party", "place"), CASES)
def test_nlp_role_places_mediation_takes_the_acts_place(coder, text, mediator, party, place):
    art = Article(id="t-role-place", title=None, text=text, published=date(2024, 6, 1),
                  origin="test")
    events = coder.code(art).events
    evs = [e for e in events if e.cameo == "045" and e.source and e.target
           and e.source.country == mediator and e.target.country == party]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in events]
    assert {e.location.name if e.location else None for e in evs} == {place}
