"""A single side asked to meet the asker ("asked X to meet him", "asked X to host their next
summit") is the asker's intent to meet (036, examples/README.md "Meetings asked for"); two
sides asked to meet each other, or one side asked to negotiate with a third, stay an appeal
to talk (026). Asking FOR a meeting, call or summit with another side is 036 too; one
between two others 026; a body's session asked for ("a meeting of the Security Council")
stays the appeal (020).

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2023, 6, 12)

ROWS = [
    # (text, (source, code, target) that must be coded, codes that must not be)
    ("Erdogan asked Aliyev to meet him in Ankara next month.",
     ("TUR", "036", "AZE"), {"020", "026"}),
    ("Putin asked Xi to hold their next summit in Moscow.", ("RUS", "036", "CHN"), {"020"}),
    ("Scholz asked Modi to meet with him on the sidelines of the summit.",
     ("DEU", "036", "IND"), {"020", "026"}),
    ("Erdogan urged Aliyev and Pashinyan to meet in Ankara.", ("TUR", "026", "AZE"), {"036"}),
    ("Washington urged Kyiv to negotiate with Moscow.", ("USA", "026", "UKR"), {"036"}),
    ("Beijing asked Tokyo to stop the release of the water.", ("CHN", "020", "JPN"), {"036"}),
    # asking FOR a meeting, call or summit with another side is the asker's 036
    ("Beijing had asked for a formal meeting with New Delhi.", ("CHN", "036", "IND"), {"020"}),
    ("Nairobi asked for a phone call with Addis Ababa last week.", ("KEN", "036", "ETH"), {"020"}),
    ("Seoul has asked for a summit with Tokyo before the end of the year.",
     ("KOR", "036", "JPN"), {"020"}),
    # ... a meeting between two others is an appeal to talk; a body's session stays 020
    ("Cairo asked for a meeting between Sudan's army and the RSF.", ("EGY", "026", "SDN"),
     {"036"}),
    ("Paris asked for an emergency meeting of the Security Council on Syria.",
     ("FRA", "020", "UNO"), {"036"}),
    ("Ankara asked Berlin for weapons and ammunition.", ("TUR", "020", "DEU"), {"036"}),
]


@pytest.mark.parametrize(("text", "want", "banned"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_nlp_asked_meeting_with_asker_is_036(code_sentence, text, want, banned):
    got = {(s, code, t) for s, _root, code, t in code_sentence(text, DAY)}
    assert want in got, (want, got)
    assert not {code for s, code, t in got if (s, t) == (want[0], want[2])} & banned, got
