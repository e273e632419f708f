"""The pre-filter keeps two kinds of one-country or no-country sentence that the domestic
rules code (nlp.domestic): a crowd fired on or killed by a named state's forces (175), and
unnamed armed men against a state's forces in a sentence that names no country (the REB and
the forces of the country the story is filed from, 190)."""
from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("text", "kept"), [
    # a named state's forces fire on a crowd
    ("Bolivian police shot dead two protesters near the airport on Monday.", True),
    ("Kenyan troops opened fire on demonstrators outside the stadium.", True),
    ("Iranian security forces killed at least nine mourners in Zahedan.", True),
    # no country named, unnamed armed men and a state's forces
    ("Armed men ambushed an army convoy before dawn, killing two soldiers.", True),
    ("Gunmen attacked a police checkpoint overnight and fled into the hills.", True),
    ("Masked men shot at border guards near the crossing on Friday.", True),
    # one word of the pair only
    ("Thousands of students marched peacefully through the capital.", False),
    ("Armed men stole cattle from two villages overnight.", False),
    ("The police said the road would reopen on Tuesday.", False),
])
def test_nlp_prefilter_force_kept(prefilter, text, kept):
    # (an article that names no party at all is never parsed: a first sentence names one)
    lead = "The interior ministry of Niger gave the figures on Monday. "
    scan = prefilter.scan(lead + text)
    assert [s.keep for s in scan.sentences if s.start >= len(lead)] == [kept]


@pytest.mark.parametrize(("text", "want"), [
    ("PRISTINA, May 3 - Kosovo's government condemned an attack in the north on Wednesday. "
     "About twenty armed men ambushed a police patrol near the lake before dawn, killing one "
     "officer, the police said.", ("XKX", "190", "XKX")),
    ("BAMAKO, June 2 - Mali's government declared three days of mourning on Monday. Gunmen "
     "attacked an army post in the north on Sunday, killing four soldiers, officials said.",
     ("MLI", "190", "MLI")),
])
def test_nlp_prefilter_force_coded_by_default(coder, make_article, text, want):
    """With the pre-filter on (the default), the attack sentence, which names no country,
    reaches the domestic rules (its country is the dateline's)."""
    art = make_article(text, published=date(2023, 6, 5))
    got = {((e.source.country if e.source else None), e.cameo[:3],
            (e.target.country if e.target else None)) for e in coder.code(art).events}
    assert want in got, got
