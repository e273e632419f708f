"""Sentence -> event tables for the roots24 domestic-force and trigger senses:

- one state's soldiers or police firing on, shooting or killing a crowd of their own country
  (protesters, demonstrators, mourners) repress it (175 aimed at the crowd, CVL), not fight it
  (nlp.domestic ``crowd_repression``; examples/README.md "Protesters");
- unnamed armed men ("gunmen", "armed men", "militants" of no group or country) attacking a
  state's soldiers or police at home are that state's rebels (REB 190 the forces), and the
  state's forces killing or fighting such men fight its rebels (MIL 190 REB)
  (nlp.domestic ``armed_attackers``, ``armed_targets``);
- forces that pull back from a place leave its country (087: the parser hangs "from" on
  "back"; place_targets);
- forces leaving a place told in a "which they left" clause leave its country (087: the
  pronoun is the subject of the clause the relative clause hangs in);
- a side bringing others to talks or to the table mediates between them (045 to each).

Every row is written for this file: (source code, cameo, target code) must be coded
(``want``) or must not be (``not_want``); codes are country + sector as coded.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 5)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

CROWD_REPRESSION: list[Row] = [
    ("Pakistani security forces opened fire on protesters in Karachi.",
     ("PAKMIL", "175", "PAKCVL"), ("PAKMIL", "190", "PAKCVL")),
    ("Iranian police shot dead three demonstrators in Zahedan on Friday.",
     ("IRNCOP", "175", "IRNCVL"), ("IRNCOP", "193", "IRNCVL")),
    ("Kenyan police killed two protesters in Nairobi on Tuesday.",
     ("KENCOP", "175", "KENCVL"), ("KENCOP", "180", "KENCVL")),
    ("Sudanese soldiers fired at mourners outside the hospital.",
     ("SDNMIL", "175", "SDNCVL"), ("SDNMIL", "190", "SDNCVL")),
    # another country's crowd or soldiers: still force, not repression at home
    ("Israeli troops shot two Palestinian protesters near the fence.",
     None, ("ISRMIL", "175", "ISRCVL")),
    ("Russian troops fired on Ukrainian soldiers near Bakhmut.",
     ("RUSMIL", "190", "UKRMIL"), ("RUSMIL", "175", "RUSCVL")),
]

ARMED_MEN: list[Row] = [
    ("Dozens of armed men on motorbikes raided a Nigerian police station in Zamfara and "
     "wounded two constables.", ("NGAREB", "190", "NGACOP"), None),
    ("Gunmen attacked an army post in northern Burkina Faso on Sunday.",
     ("BFAREB", "190", "BFAMIL"), None),
    ("Masked men attacked Colombian police officers at a checkpoint overnight.",
     ("COLREB", "190", "COLCOP"), None),
    ("The Malian army killed four militants near Gao.", ("MLIMIL", "190", "MLIREB"), None),
    ("Nigerian soldiers killed five suspected militants in Borno State.",
     ("NGAMIL", "190", "NGAREB"), None),
    # a named group or a foreign country's fighters: theirs, not the state's rebels
    ("Hamas gunmen attacked an Israeli army post.", None, ("ISRREB", "190", "ISRMIL")),
    ("Turkish forces killed nine militants in northern Iraq.", None,
     ("TURMIL", "190", "TURREB")),
    ("The Kenyan army killed twelve al Shabaab militants inside Somalia.", None,
     ("KENMIL", "190", "KENREB")),
    # no armed men: an accident or unnamed men of no arms
    ("Two men were injured when a Peruvian police car overturned.", None,
     ("PERREB", "190", "PERCOP")),
]

#: a force named with no country in a story filed from one: that country's force
FILED_FROM: list[Row] = [
    ("PRISTINA, Sept 25 - A sergeant died on Sunday, officials said. At least a dozen armed "
     "men opened fire on officers of the border police near a bridge.",
     ("XKXREB", "190", "XKXCOP"), None),
    ("BAMAKO, May 3 - Officials gave no toll. Gunmen attacked an army checkpoint near the "
     "border overnight.", ("MLIREB", "190", "MLIMIL"), None),
    ("LAGOS, May 3 - No group has claimed it. Unknown gunmen shot at soldiers at a "
     "checkpoint.", ("NGAREB", "193", "NGAMIL"), None),
    # armed men from another country, or of no arms
    ("KABUL, May 3 - Officials gave no toll. Armed men from Pakistan attacked an army post.",
     None, ("AFGREB", "190", "AFGMIL")),
    ("BAMAKO, May 3 - Officials gave no toll. Young men attacked an army checkpoint near the "
     "border.", None, ("MLIREB", "190", "MLIMIL")),
]

PULL_BACK: list[Row] = [
    ("Israeli forces pulled back from Jenin on Wednesday.", ("ISRMIL", "087", "PSE"), None),
    ("Russian troops pulled back from Kherson in November.", ("RUSMIL", "087", "UKR"), None),
    # their own country's town: no target
    ("Ethiopian soldiers pulled back from Mekelle after the truce.", None,
     ("ETHMIL", "087", "ETH")),
]

LEFT_WHICH: list[Row] = [
    ("French troops ended their mission in Mali, which they left in August 2022.",
     ("FRAMIL", "087", "MLI"), None),
    ("The last Russian soldiers returned home from Armenia, which they had left by Monday.",
     ("RUSMIL", "087", "ARM"), None),
    ("The French troops moved their headquarters to Niger, which they left a year later.",
     ("FRAMIL", "087", "NER"), None),
    # the forces as the object of an order: "the country" is the ordering side's
    ("The junta in Niger ordered French troops out of the country, which they left in "
     "December.", ("FRAMIL", "087", "NER"), None),
    ("Mali's rulers expelled the French soldiers from Mali, which they left in August.",
     ("FRAMIL", "087", "MLI"), None),
    # no forces leaving: people who left a country are no withdrawal
    ("The government in Kabul ordered the aid workers out of the country, which they left "
     "in May.", None, ("AFG", "087", "AFG")),
    ("Many Syrian refugees returned to Lebanon, which they left in 2019.", None,
     ("SYR", "087", "LBN")),
]

BRING_TO_TALKS: list[Row] = [
    ("Turkey brought Russia and Ukraine to the negotiating table in Istanbul.",
     ("TUR", "045", "RUS"), None),
    ("Turkey brought Russia and Ukraine to the negotiating table in Istanbul.",
     ("TUR", "045", "UKR"), None),
    ("Algeria brought Mali and the Tuareg rebels to talks in 2015.", ("DZA", "045", "MLI"),
     None),
    # what is brought to a table is no side
    ("France brought wine from Bordeaux to the table at the Chinese state dinner.", None,
     ("FRA", "045", "CHN")),
]


@pytest.mark.parametrize(("text", "want", "not_want"), CROWD_REPRESSION,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(CROWD_REPRESSION)])
def test_nlp_roots24_forces_on_crowd_repress(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), ARMED_MEN,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(ARMED_MEN)])
def test_nlp_roots24_unnamed_armed_men_rebels(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), PULL_BACK,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(PULL_BACK)])
def test_nlp_roots24_pull_back_from_place(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), BRING_TO_TALKS,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(BRING_TO_TALKS)])
def test_nlp_roots24_bring_to_talks_mediates(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), LEFT_WHICH,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(LEFT_WHICH)])
def test_nlp_roots24_forces_left_in_relative(expect_triples, text, want, not_want):
    expect_triples(text, PUB, want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), FILED_FROM,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(FILED_FROM)])
def test_nlp_roots24_armed_men_force_of_dateline(expect_triples, text, want,
                                                 not_want):
    expect_triples(text, PUB, want, not_want)
