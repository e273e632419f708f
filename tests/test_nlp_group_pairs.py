""""The two sides" after a mediator's announcement are the pair that agreed, not the most
named country (the mediator) and one of them."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow

CASES = [
    # (text, root, the pair "the two sides" must give)
    ("Kenya said on Sunday that Sudan and South Sudan agreed to a truce after talks "
     "hosted by Kenya in Nairobi. Kenya thanked Uganda for its help. Kenya will keep "
     "supporting the process. The two sides also agreed to meet again in March.",
     "03", {"SDN", "SSD"}),
    ("Egypt announced that Israel and Hamas had agreed to a pause in the fighting. Egypt "
     "and Qatar will monitor it, Egypt said. The two sides further agreed to exchange "
     "prisoners.", "03", {"ISR"}),
    ("Turkey's foreign ministry said Turkey had hosted talks where Russia and Ukraine "
     "agreed to a grain corridor. Turkey will inspect the ships, Turkey said. The two sides "
     "agreed to meet again in Istanbul.", "03", {"RUS", "UKR"}),
]


@pytest.mark.parametrize(("text", "root", "sides"), CASES)
def test_nlp_group_pairs_two_sides_are_who_agreed(coder, text, root, sides):
    art = Article(id="t-pair", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    last = text.rindex("The two sides")
    evs = [e for e in coder.code(art).events if e.evidence.start >= last and e.root == root
           and e.source is not None and e.target is not None]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in coder.code(art).events]
    for e in evs:
        pair = {e.source.country, e.target.country}
        assert sides <= pair, pair
        assert not pair & {"KEN", "EGY", "TUR", "QAT"}, pair
