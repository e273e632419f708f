"""A form of address ("His Highness", "Her Excellency", "His Majesty") stands for the person
addressed: received as a guest, such a person's visit is coded (042 to the host, the host's
043), while a thing received by one is not a hosting."""
from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 6, 20)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("His Highness Sheikh Tamim bin Hamad Al Thani was received in Ankara on Monday by "
     "President Recep Tayyip Erdogan.", {("QAT", "042", "TUR"), ("TUR", "043", "QAT")}, set()),
    ("His Majesty King Abdullah II was received at the White House on Tuesday by President "
     "Joe Biden.", {("JOR", "042", "USA"), ("USA", "043", "JOR")}, set()),
    ("His Highness Prince Faisal bin Farhan was received in Tehran on 17 June by President "
     "Ebrahim Raisi.", {("SAU", "042", "IRN"), ("IRN", "043", "SAU")}, set()),
    # a thing received is no guest, honorific or not
    ("His Majesty received a letter from the Emir of Qatar on Sunday.", set(),
     {("JOR", "043", "QAT"), ("QAT", "042", "JOR")}),
])
def test_nlp_honorifics_received_guest(sentence_rows, text, present, absent):
    got = {(s, c, t) for s, t, c, _st in sentence_rows(text, PUB, by="country", digits=3,
                                                       both=True, prefilter=False)}
    assert present <= got, got
    assert not absent & got, got
