"""Right trigger, wrong root (roots19): verb classes whose root the lexicon lacked.

* an understanding between governments signed (057), or ended, terminated, scrapped or left
  (121), like a deal;
* a proposal, offer, plan or request not accepted: a rejection (120; 125 for an offer of
  talks), also with "would not" (a refusal stated, not a supposition);
* a ban, restrictions or a decree softened, loosened, eased, relaxed or lifted (081);
* a dispute panel or arbitration asked for or requested against a side (115);
* trade kept up, maintained or continued with a side (061);
* talks, consultations or negotiations requested or asked for: the asker's intent to meet
  (036, examples/README.md "Meetings asked for"), 026 when between two others; a body's
  session requested stays the appeal (020);
* rights, claims or territory given up, renounced or ceded (080), refused when "would not"
  (124, root 12);
* rescue, search or relief teams sent or dispatched to a side (073).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _events(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None, e.status.value) for e in events}


def _codes(coder, make_article, text):
    return {(s, c, t) for s, c, t, _ in _events(coder, make_article, text)}


@pytest.mark.parametrize("text, expected", [
    # understandings ended or signed
    ("Kenya scrapped the understanding it had with Somalia on fishing.", ("KEN", "121", "SOM")),
    ("Bolivia's foreign minister met his Chilean counterpart on Monday. He told him that "
     "Bolivia is terminating the understanding signed in 2019.", ("BOL", "121", "CHL")),
    ("Ghana withdrew from its understanding with Togo on border patrols.", ("GHA", "121", "TGO")),
    ("Peru signed an understanding with Chile on fisheries last week.", ("PER", "057", "CHL")),
    # proposals not accepted
    ("Chile did not accept Bolivia's offer.", ("CHL", "120", "BOL")),
    ("Ecuador proposed a joint border commission to Peru on Monday. The Peruvian government "
     "did not accept the proposal.", ("PER", "120", "ECU")),
    ("Chile did not accept the offer of talks from Bolivia.", ("CHL", "125", "BOL")),
    ("Chile would not accept Bolivia's offer of talks.", ("CHL", "125", "BOL")),
    # bans and decrees softened or eased
    ("Mexico softened the decree on American corn this year.", ("MEX", "081", "USA")),
    ("Ghana loosened its restrictions on Nigerian traders in May.", ("GHA", "081", "NGA")),
    ("Jakarta relaxed the decree on Malaysian palm oil imports.", ("IDN", "081", "MYS")),
    # dispute panels asked for
    ("Washington requested a dispute settlement panel against Ottawa.", ("USA", "115", "CAN")),
    ("Brazil asked for an arbitration panel against Argentina over the duties.",
     ("BRA", "115", "ARG")),
    ("Japan sought arbitration against South Korea over the wartime labour ruling.",
     ("JPN", "115", "KOR")),
    # trade kept up
    ("India and Pakistan have kept up trade despite the tensions.", ("IND", "061", "PAK")),
    ("Turkey continued trade with Russia despite Western sanctions.", ("TUR", "061", "RUS")),
    ("Hungary maintained trade with Belarus throughout the crisis.", ("HUN", "061", "BLR")),
    # talks asked for
    ("Peru banned Ecuadorian shrimp in March. Ecuador requested formal consultations in May.",
     ("ECU", "036", "PER")),
    ("Serbia requested negotiations with Kosovo on the border.", ("SRB", "036", "XKX")),
    ("Ukraine asked for talks with Russia on prisoner exchanges.", ("UKR", "036", "RUS")),
    ("Qatar asked for talks between Eritrea and Djibouti.", ("QAT", "026", "ERI")),
    ("France requested an emergency meeting of the Security Council.", ("FRA", "020", "UNO")),
    # claims given up, or refused to be
    ("Guatemala renounced its claim to Belize in a new treaty.", ("GTM", "080", "BLZ")),
    ("Serbia will never give up its claim to Kosovo.", ("SRB", "124", "XKX")),
    ("Bolivia will not cede territory to Chile.", ("BOL", "124", "CHL")),
    # rescue teams sent
    ("Morocco was hit by an earthquake. Spain sent search teams and sniffer dogs to Morocco.",
     ("ESP", "073", "MAR")),
    ("Turkey dispatched rescue crews to Syria after the quake.", ("TUR", "073", "SYR")),
])
def test_nlp_roots19_root(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Chile would not accept Bolivia's offer of talks.", ("CHL", "125", "BOL", "happened")),
    ("Chile did not accept Bolivia's offer.", ("CHL", "120", "BOL", "happened")),
])
def test_nlp_roots19_refusal_happened(coder, make_article, text, expected):
    assert expected in _events(coder, make_article, text)


@pytest.mark.parametrize("text, unexpected", [
    # a mutual understanding is no pact
    ("The two countries share a deep understanding of each other's security needs.",
     ("057", "121")),
    ("Kenya said it had ended the misunderstanding with Somalia.", ("121",)),
    # a proposal accepted is no rejection
    ("Chile accepted Bolivia's offer of talks.", ("120", "125")),
    # a decree issued is no easing; trade cut is no cooperation
    ("Mexico issued a decree on American corn this year.", ("081",)),
    ("Turkey stopped trade with Russia after the sanctions.", ("061",)),
    # a panel of experts convened is no case
    ("Nigeria asked for a panel of experts to study the outbreak.", ("115",)),
    # a body's session asked for, or talks between two others: no intent to meet
    ("Japan asked for an urgent session of the Security Council on the launch.", ("036",)),
    ("Turkey requested talks between Russia and Ukraine in Istanbul.", ("036",)),
    # a claim made or kept is no yielding; a team sent to play is no aid
    ("Bolivia renewed its claim to the Chilean coast.", ("080", "124")),
    ("Brazil sent its national football team to Argentina for the final.", ("073",)),
])
def test_nlp_roots19_not(coder, make_article, text, unexpected):
    got = {c for _s, c, _t in _codes(coder, make_article, text)}
    assert not got & set(unexpected), got
