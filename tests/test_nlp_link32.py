"""Session 23 (link32): arguments of acts whose target sits outside the trigger's own clause.

* "after peace talks mediated by X", parsed as a clause of its own with the talks its
  subject: the mediator mediates between the subject of the clause the talks led to.
* "..., an allegation Y denied" after "A said B did it": the denial is aimed at whoever made
  the charge (the teller, or the subject of an accusing verb), never at the doer the charge
  names; a charge only backed by someone is no denial.
* "a request Y rejected the following day": a time phrase the parser took for the relative
  clause's object does not keep the rejection from the one who asked.
* "X is Y's biggest donor, providing ...": a participle clause after a copular clause that
  names the role X holds toward Y is aimed at Y.
  So is aid sent by a subject set off with such a role ("X, Y's closest ally, sent ...").
* "X proposed talks, and Y has not accepted": an offer or appeal naming no one is made of
  the side whose answer the joined clause tells (not when that clause answers a new thing).
* "the attacks, which X blames on Y": a deed of force whose relative clause blames it on
  someone is that one's, against the side that blames it when nobody else is named.
* "X's banks remain under US sanctions, which were reimposed ...": a measure told in a
  relative clause on the measure a side is said to be under is on that side.
* "X did something after Y asked that ...": an appeal or demand that names no one asked,
  told in an "after" / "when" clause as what the main clause answered, is made of the main
  clause's doer.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def coded(coded_codes):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_codes


def _has(rows, src, code, tgt):
    return any(c[0] == src and c[1] == code and (c[2] or "").startswith(tgt) for c in rows)


@pytest.mark.parametrize("text, src, code, tgt", [
    # (the mediated talks parsed as a clause after "after"; the parties are the reported
    # clause's subject)
    ("Ugandan officials said on Friday that Congo's army and the M23 rebels had agreed to a "
     "truce after peace talks mediated by Luanda, three weeks into a rebel push on Goma.",
     "AGOGOV", "045", "CODMIL"),
    # (the ordinary reduced relative still works)
    ("Eritrea and Djibouti agreed on Monday to reopen their border after peace talks "
     "mediated by Qatar.", "QAT", "045", "DJI"),
    # (an allegation summed up after what a side said: the denial is aimed at the teller)
    ("Ankara said the border post had been shelled by Syrian troops, an allegation Damascus "
     "rejected on Sunday.", "SYRGOV", "016", "TURGOV"),
    # (a time phrase after the relative clause's verb)
    ("Libya's prime minister asked the Italian foreign minister on Tuesday to send a naval "
     "mission to patrol the coast, a request Rome rejected the following day.",
     "ITAGOV", "120", "LBYGOV"),
    # (the role the doer holds toward a side, told before the participle)
    ("Japan is already Fiji's biggest aid donor, providing more than 300 million dollars in "
     "grants every year.", "JPN", "071", "FJI"),
    ("Turkey has been Azerbaijan's closest ally, supplying drones and training its officers.",
     "TUR", "072", "AZE"),
    # (the role apposed to the subject)
    ("Russia, Armenia's main security partner, sent peacekeepers on Tuesday.",
     "RUS", "074", "ARM"),
    # (an offer answered in the joined clause)
    ("Washington has proposed new talks on a framework to replace the arms treaty, and "
     "Moscow has not accepted.", "USAGOV", "036", "RUSGOV"),
    ("Kenya offered to host the negotiations, and Ethiopia welcomed the idea.",
     "KEN", "030", "ETH"),
    # (a deed of force blamed in its relative clause)
    ("The drone strikes, which the Sudanese army blames on the Rapid Support "
     "Forces, began on Sunday.", "SDNREB", "195", "SDNMIL"),
    # (the side under a measure the relative clause tells again)
    ("Venezuela's state oil firm remains under US sanctions, which were reimposed in 2019.",
     "USA", "163", "VEN"),
    # (a request that names no one asked, answered by the main clause)
    ("Paris recalled its ambassador for consultations last month, after the Malian "
     "authorities had asked in early March that he be replaced.", "MLIGOV", "020", "FRAGOV"),
    ("Seoul imposed the tariffs in June, weeks after Tokyo called for an inquiry into the "
     "dumping of steel.", "JPNGOV", "020", "KORGOV"),
])
def test_nlp_link32_target_outside_clause(coded, text, src, code, tgt):
    rows = coded(text)
    assert _has(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, src, code, tgt", [
    # (talks that led to nothing named: nobody mediated between)
    ("Peace talks mediated by Luanda ended on Friday without a deal.", "AGO", "045", "COD"),
    # (the denial is not aimed at the ones the charge says did it)
    ("Ankara said the border post had been shelled by Syrian troops, an allegation Damascus "
     "rejected on Sunday.", "SYRGOV", "016", "SYR"),
    # (a charge backed by investigators: support for the accuser is no denial of it)
    ("Kenya accuses Somalia of arming the militia, a charge backed by UN investigators and "
     "rejected by Mogadishu.", "UNO", "05", "KEN"),
    # (a role in a thing, not toward a side: nobody to aim the aid at)
    ("Norway is the largest shareholder in the Malawi fund, providing most of its capital.",
     "NOR", "07", "MWI"),
    # (an apposed role does not make a judgement aimed at its side)
    ("Russia, Armenia's main security partner, condemned the shelling of the border town.",
     "RUS", "1", "ARM"),
    # (the joined clause answers a new thing: no addressee for the application)
    ("Zambia applied for debt relief in early 2021, and the IMF approved a loan in August.",
     "ZMB", "02", "IMF"),
    # (blamed on no side: nobody did it)
    ("The explosions, which the Sudanese army blames on faulty wiring, began on Sunday.",
     "SDN", "19", "SDN"),
    # (no side said to be under the measure)
    ("The US sanctions, which were reimposed in 2019, hurt exporters in Venezuela.",
     "USA", "16", "USA"),
    # (the one asked is named: not the main clause's doer)
    ("Seoul imposed the tariffs in June, weeks after Tokyo asked the WTO for an inquiry into "
     "the dumping of steel.", "JPN", "02", "KOR"),
])
def test_nlp_link32_no_target_outside_clause(coded, text, src, code, tgt):
    rows = coded(text)
    assert not any(c[0].startswith(src) and c[1].startswith(code) and (c[2] or "").startswith(
        tgt) for c in rows), rows
