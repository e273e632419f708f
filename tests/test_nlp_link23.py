"""Multilateral meetings and hosted gatherings (session 18, link23).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source country, target country, cameo code or root prefix, status).

- "the ministers of A, B and C met D's minister in A's capital": each co-attendee meets D
  (044; the host A's own 043) and is the guest of the host A (042); two guests of one side
  (B, C) are no pair of each other. Met in a third country, only each with D (044).
- "met D's minister, as well as the meeting in X of E together with F": the occasion noun
  joined to the one met is a meeting of its own: its parties are not those met, nor does the
  subject of "met" attend it.
- "the meeting in P of G together with A and B": A and B are guests of P's state (042 each),
  not a pair of each other; P's own state listed is no guest of itself.
- "the next summit of the League will be hosted by X": the body whose gathering is hosted is
  no guest of the host. Negative rows: a person of the body hosted, a state's leader hosted.
  Who will attend it is still the host's guest (042), from the hosting told a few sentences
  before (negative row: a gathering hosted in the past).
- "A and B met in C, where D's president, mediating for the AU, ...": D mediates (045)
  with each side who met. Negative rows: the meeting did not happen; D is one of the sides.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 14)

Row = tuple[str, str, str, str]


@pytest.fixture
def rows_of(sentence_rows):
    """(source country, target country, CAMEO code, status) of the two-sided events of the
    sentence starting with ``sentence``, every sentence parsed."""
    return lambda text, sentence: sentence_rows(text, PUB, sentence, by="country", digits=4,
                                                both=True, prefilter=False)


def _has(rows: set[Row], want: Row) -> bool:
    return any(r[0] == want[0] and r[1] == want[1] and r[2].startswith(want[2])
               and r[3] == want[3] for r in rows)


CO_ATTENDEES = [
    # the host among the co-attendees: each other attendee its guest, no guest-guest pair
    ("The interior ministers of Ghana, Togo and Benin met the Nigerian vice president in "
     "Accra on Tuesday.", "The interior ministers",
     [("TGO", "GHA", "042", "happened"), ("BEN", "GHA", "042", "happened"),
      ("TGO", "NGA", "044", "happened"), ("BEN", "NGA", "044", "happened")],
     [("TGO", "BEN", "04", "happened"), ("BEN", "TGO", "04", "happened")]),
    # a fronted day, another list, the host named first again
    ("On Friday the trade ministers of Peru, Chile and Colombia met Brazil's foreign "
     "minister in Lima.", "On Friday",
     [("CHL", "PER", "042", "happened"), ("COL", "PER", "042", "happened"),
      ("CHL", "BRA", "044", "happened")],
     [("CHL", "COL", "04", "happened"), ("COL", "CHL", "04", "happened")]),
    # met in a third country: each attendee with the one met only
    ("The leaders of France, Germany and Italy met the Ukrainian president in Brussels.",
     "The leaders",
     [("FRA", "UKR", "044", "happened"), ("ITA", "UKR", "044", "happened")],
     [("FRA", "DEU", "04", "happened"), ("DEU", "ITA", "04", "happened"),
      ("FRA", "ITA", "04", "happened")]),
]

OTHER_OCCASION = [
    # a second gathering joined to the one met, with parties of its own
    ("The foreign ministers of Kenya and Uganda met the Ethiopian prime minister, as well "
     "as the meeting in Jeddah of the Gulf states together with Egypt and Iraq.",
     "The foreign ministers",
     [("KEN", "ETH", "044", "happened"), ("UGA", "ETH", "044", "happened")],
     [("KEN", "EGY", "04", "happened"), ("UGA", "IRQ", "04", "happened"),
      ("KEN", "SAU", "04", "happened")]),
    ("The defence ministers of Peru and Chile met Brazil's minister, as well as the summit "
     "in Quito of the Andean states together with Ecuador and Bolivia.", "The defence",
     [("PER", "BRA", "044", "happened"), ("CHL", "BRA", "044", "happened")],
     [("PER", "ECU", "04", "happened"), ("CHL", "BOL", "04", "happened")]),
    # the host in the list and a second occasion after it
    ("The ministers welcomed the talks held in Amman, where the envoys of Jordan, Qatar "
     "and Oman met Libya's foreign minister, as well as the summit in Riyadh of the Gulf "
     "states together with Tunisia.", "The ministers",
     [("QAT", "JOR", "042", "happened"), ("OMN", "JOR", "042", "happened"),
      ("QAT", "LBY", "044", "happened")],
     [("QAT", "OMN", "04", "happened"), ("QAT", "TUN", "04", "happened"),
      ("JOR", "TUN", "04", "happened")]),
]

TOGETHER_AT = [
    # "the meeting in P of G together with A and B": A and B are guests of P's state
    ("They praised the summit in Nairobi of the East African states together with Ethiopia "
     "and Somalia.", "They praised",
     [("ETH", "KEN", "042", "happened"), ("SOM", "KEN", "042", "happened")],
     [("ETH", "SOM", "04", "happened")]),
    ("Diplomats welcomed the meeting in Doha of the Sahel juntas together with Algeria and "
     "Morocco.", "Diplomats",
     [("DZA", "QAT", "042", "happened"), ("MAR", "QAT", "042", "happened")],
     [("DZA", "MAR", "04", "happened")]),
    # the place's own state listed: no visit to itself, the others its guests
    ("They praised the summit in Addis Ababa of the East African states together with "
     "Ethiopia and Somalia.", "They praised",
     [("SOM", "ETH", "042", "happened")], [("ETH", "SOM", "04", "happened")]),
]

BLOC_HOSTED = [
    # a gathering of a body hosted: no hosting of the body
    ("The next session of the Arab League will be hosted by Saudi Arabia in Jeddah on 19 "
     "May.", "The next session", [], [("SAU", "LAS", "04", "planned")]),
    ("The meeting of ASEAN foreign ministers will be hosted by Laos in Vientiane.",
     "The meeting", [], [("LAO", "ASEAN", "04", "planned")]),
    ("The summit of African Union leaders will be hosted by Kenya in Nairobi next month.",
     "The summit", [], [("KEN", "AU", "04", "planned")]),
    # a person hosted: still the host's guest
    ("The NATO secretary general was hosted by Poland in Warsaw.", "The NATO",
     [("POL", "NATO", "043", "happened")], []),
    ("The Egyptian president was hosted by Saudi Arabia in Riyadh.", "The Egyptian",
     [("SAU", "EGY", "043", "happened"), ("EGY", "SAU", "042", "happened")], []),
]

HOSTED_ATTENDED = [
    # the attendee of a gathering told as to be hosted is the host's guest (042)
    ("The next summit of the African Union will be hosted by Kenya in Nairobi in May. "
     "Egypt's president will attend, his office said.", "Egypt's president",
     [("EGY", "KEN", "042", "planned")], [("KEN", "AU", "04", "planned")]),
    ("Foreign ministers of the bloc met on Monday. Their next meeting will be hosted by "
     "Indonesia in Jakarta in July. The Thai foreign minister would attend, an aide said.",
     "The Thai", [("THA", "IDN", "042", "planned")], []),
    # a gathering hosted in the past is not the one attended next
    ("The summit was hosted by Kenya in Nairobi last May. Egypt's president will attend the "
     "next one.", "Egypt's president", [], [("EGY", "KEN", "04", "planned")]),
]

MEDIATING_ASIDE = [
    # a "mediating" aside after a name where two sides met: 045 with each side
    ("In July, President Ruto and President Museveni met in Addis Ababa, where Ethiopia's "
     "Prime Minister Abiy Ahmed, mediating on behalf of the regional bloc, persuaded both "
     "to sign a border plan.", "In July",
     [("ETH", "KEN", "045", "happened"), ("ETH", "UGA", "045", "happened"),
      ("KEN", "ETH", "042", "happened"), ("UGA", "ETH", "042", "happened")], []),
    ("Serbia's president and Kosovo's prime minister met in Brussels on Monday, where "
     "Italy's foreign minister Antonio Tajani, mediating for the EU, chaired the session.",
     "Serbia's president",
     [("ITA", "SRB", "045", "happened"), ("ITA", "XKX", "045", "happened")], []),
    # the meeting did not take place
    ("Ethiopia and Eritrea did not meet in Jeddah, where Saudi Arabia's foreign minister "
     "Faisal bin Farhan, mediating for the UN, waited in vain.", "Ethiopia",
     [], [("SAU", "ETH", "045", "happened"), ("SAU", "ERI", "045", "happened")]),
    # the one mediating is of one of the sides
    ("Kenya and Uganda met in Kampala, where Uganda's president Museveni, mediating for the "
     "EAC, spoke first.", "Kenya", [], [("UGA", "KEN", "045", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "never"),
                         CO_ATTENDEES + OTHER_OCCASION + TOGETHER_AT + BLOC_HOSTED + HOSTED_ATTENDED
                         + MEDIATING_ASIDE)
def test_nlp_link23_meetings(rows_of, text: str, sentence: str,
                             want: list[Row], never: list[Row]) -> None:
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), (w, rows)
    for n in never:
        assert not _has(rows, n), (n, rows)
