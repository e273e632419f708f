"""Leftover act classes (session 15, acts2).

* a directive told to another side whose content cuts that side's diplomatic presence
  ("ordered Minsk to shrink its embassy staff") is the teller's cut of ties (161);
  directives to cut anything else, negated ones and those told to one's own side are not;
* a mediation carried out jointly with other sides is each mediator's, and a mediation told
  as the cause of an outcome ("thanks to its mediation", "at the end of talks held with
  the mediation of X") is between the sides of the clause it led to, done (045);
* a criticism of a hostile act ("criticised the raid on the embassy") is aimed at its doer
  (named by "by", a possessor or an actor word, or told before), never at the victim; with no
  doer, no target (and the judging side is not the raid's doer either).

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

# (text, events that must be coded as (source, code, target), events that must not)
Row = tuple[str, set[tuple[str | None, str, str | None]], set[tuple[str | None, str, str | None]]]

DIRECTED_CUTS: list[Row] = [
    ("Slovakia on Tuesday told Hungary to reduce its embassy staff in Bratislava.",
     {("SVK", "161", "HUN")}, {("HUN", "160", "SVK")}),
    ("Lithuania ordered Belarus to cut the number of diplomats at its embassy in Vilnius.",
     {("LTU", "161", "BLR")}, {("BLR", "161", "LTU")}),
    ("Latvia instructed Russia to close its consulate in Daugavpils by the end of the month.",
     {("LVA", "161", "RUS")}, {("RUS", "161", "LVA")}),
    ("Estonia asked Moscow on Friday to withdraw three of its diplomats from Tallinn.",
     {("EST", "161", "RUS")}, set()),
    # cutting verbs with no pattern of their own
    ("Croatia told Serbia on Monday to shrink its embassy staff in Zagreb.",
     {("HRV", "161", "SRB")}, set()),
    ("Latvia asked Belarus to halve its diplomatic presence in Riga.",
     {("LVA", "161", "BLR")}, set()),
    ("Latvia asked Belarus to halve its military presence near the border.",
     set(), {("LVA", "161", "BLR")}),
    # a cut of something other than a mission: no cut of ties by the teller
    ("Germany told Russia to reduce its troops near the border with Ukraine.",
     set(), {("DEU", "161", "RUS"), ("DEU", "160", "RUS")}),
    ("Finland asked Sweden to cut its tariffs on timber.",
     set(), {("FIN", "161", "SWE")}),
    # negated, or only counsel
    ("Poland told Ukraine not to close its consulate in Lublin.",
     set(), {("POL", "161", "UKR"), ("UKR", "161", "POL")}),
    ("Austria advised Serbia to reduce its embassy staff in Vienna.",
     set(), {("AUT", "161", "SRB")}),
]


JOINT_MEDIATION: list[Row] = [
    ("Oman stated that, as the outcome of its mediation role played jointly with Jordan and "
     "France, the truce agreed between Israel and Hamas would take effect on Friday.",
     {("OMN", "045", "ISR"), ("OMN", "045", "PSE"), ("JOR", "045", "ISR"),
      ("JOR", "045", "PSE"), ("FRA", "045", "ISR"), ("FRA", "045", "PSE")},
     {("OMN", "045", "JOR"), ("OMN", "045", "FRA")}),
    ("Norway announced that, thanks to its mediation carried out together with Cuba, a "
     "ceasefire agreed between Colombia and the ELN rebels would begin on Monday.",
     {("NOR", "045", "COL"), ("CUB", "045", "COL")}, {("NOR", "045", "CUB")}),
    ("At the end of talks held in Muscat with the mediation of Oman, Iran and the United "
     "States agreed to exchange prisoners.",
     {("OMN", "045", "IRN"), ("OMN", "045", "USA")}, set()),
    ("The talks between Armenia and Azerbaijan will resume next week as a result of "
     "mediation by the European Union.",
     {("EU", "045", "ARM"), ("EU", "045", "AZE")}, set()),
    # no sides the mediation led to: no guess
    ("Kenya said its mediation role played together with Uganda had ended badly.",
     set(), {("KEN", "045", "UGA"), ("UGA", "045", "KEN")}),
]


JUDGED_ASSAULTS: list[Row] = [
    ("Italy condemned the attack on the Libyan embassy by Chadian rebels.",
     {("ITA", "111", "TCD")}, {("ITA", "111", "LBY")}),
    ("Kenya deplored the Ethiopian incursion into Somalia.",
     {("KEN", "111", "ETH")}, {("KEN", "111", "SOM")}),
    ("Argentina condemned Britain's raid on the fishing fleet.",
     {("ARG", "111", "GBR")}, set()),
    ("Armed men stormed the Danish embassy in Tehran on Sunday. Norway denounced the storming "
     "of the embassy.",
     set(), {("NOR", "111", "DNK"), ("NOR", "190", "DNK")}),
    ("Guatemalan police raided the Honduran consulate on Monday. Mexico criticised the raid "
     "on the consulate.",
     {("MEX", "111", "GTM")}, {("MEX", "111", "HND"), ("MEX", "190", "HND")}),
    # no doer named nor told: no target, and the judge did not raid
    ("Germany criticised the raid on the Mexican embassy.",
     set(), {("DEU", "111", "MEX"), ("DEU", "190", "MEX")}),
]


@pytest.fixture(scope="module")
def code_text(code_sentence):
    """Code ``text`` as an article published on ``DAY``: its (source, code, target)."""

    def _code(text: str) -> set[tuple[str | None, str, str | None]]:
        return {(src, code, tgt) for src, _root, code, tgt in code_sentence(text, DAY)}

    return _code


@pytest.mark.parametrize(("text", "present", "absent"), DIRECTED_CUTS,
                         ids=[f"row{i}" for i in range(len(DIRECTED_CUTS))])
def test_nlp_acts2_directed_cut_of_mission_is_tellers_161(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


@pytest.fixture(scope="module")
def code_status(coder):
    """Code ``text``: its (source, code, target) -> status value."""
    from detente.model import Article

    def _code(text: str) -> dict[tuple[str | None, str, str | None], str]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                      origin="test", raw_text=text)
        res = coder.code(art)
        return {(e.source.country if e.source else None, e.cameo,
                 e.target.country if e.target else None): e.status.value for e in res.events}

    return _code


@pytest.mark.parametrize(("text", "present", "absent"), JOINT_MEDIATION,
                         ids=[f"row{i}" for i in range(len(JOINT_MEDIATION))])
def test_nlp_acts2_joint_mediation_is_each_mediators(code_status, text, present, absent):
    got = code_status(text)
    assert present <= set(got), (present - set(got), got)
    assert not absent & set(got), (absent & set(got), got)
    # the mediation that brought an outcome about is done, whenever the outcome comes
    assert all(got[k] == "happened" for k in present), got


@pytest.mark.parametrize(("text", "present", "absent"), JUDGED_ASSAULTS,
                         ids=[f"row{i}" for i in range(len(JUDGED_ASSAULTS))])
def test_nlp_acts2_judged_assault_targets_its_doer(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)
