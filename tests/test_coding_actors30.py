"""Session 30 (actors30): sides a sentence names in a form the resolver did not recognise.

* A government's own statement whose header names no issuer still tells whose it is
  (``Prefilter._body_issuer``): the U.S. State Department's bare "the Department" and "The
  Secretary"; a first-person opening that welcomes a guest to a place of the speaker's
  country; an opening whose subject is an office holder or a state organ. Its "we" and "I"
  are then that government. A joint text, a news story, or an opening with a government as
  its subject ("Today the Government of X released ...") gives no issuer.
* The gazetteer knows a smaller city under the other romanisations of its own name that
  geonames lists ("Izmail" for Izmayil, "Izium" for Izyum, "Beit Hanoun" for Bayt Hanun), so
  force aimed at such a town is aimed at its country; a translation or a wholly other name
  of the city is not indexed, and an alternate spelling never beats a place's own name.

These load the real spaCy model (one coder for the session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 14)


@pytest.mark.parametrize(("title", "text", "issuer"), [
    # the State Department's own words for itself and its head
    ("Press Statement: Prisoners freed in Laos",
     "Today the Government of Laos freed forty prisoners, and the Department arranged their "
     "flight to Bangkok.", "USA"),
    ("Statement on the journalists detained in Minsk",
     "Two reporters were detained in Minsk last week. The Secretary raised their case.",
     "USA"),
    # a first-person opening that welcomes a guest to a place of the speaker's country
    ("Prime Minister's statement: the Chancellor's visit",
     "Today I welcomed Chancellor Olaf Scholz to the Beehive in Wellington for talks on "
     "trade.", "NZL"),
    ("President's statement on the state visit",
     "This morning we hosted the King of Jordan in Ottawa, as the first leg of his tour.",
     "CAN"),
    # an office holder or a state organ as the opening's subject
    ("Readout of the Secretary's meeting",
     "Secretary of State Antony Blinken met today with Foreign Minister Wang Yi in Beijing.",
     "USA"),
    ("Statement on strikes in eastern Syria",
     "On behalf of the President, United States armed forces struck two depots in the "
     "east.", "USA"),
    # a government as the subject of the opening may be another's act, not the issuer
    ("Press statement: release of prisoners", "The Nicaraguan Government has freed many.",
     None),
    # joint texts and news stories have no single issuer
    ("Joint statement on the trade talks",
     "Secretary of State Antony Blinken met today with Foreign Minister Wang Yi.", None),
    ("Blinken meets Wang in Beijing as ties thaw",
     "Secretary of State Antony Blinken met today with Foreign Minister Wang Yi.", None),
    # a first-person opening with no place of welcome names no one
    ("Prime Minister's statement", "Today I spoke with Chancellor Olaf Scholz.", None),
])
def test_coding_actors30_issuer_from_body(coder, title, text, issuer):
    assert coder.prefilter.issuer(title, text + "\n\nThe rest of the text follows.") == issuer



@pytest.mark.parametrize(("title", "text", "want"), [
    ("Prime Minister's statement: President Widodo's visit to Canberra",
     "Today I welcomed President Joko Widodo to Parliament House in Canberra for talks on "
     "trade.\n\nI look forward to travelling to Jakarta in October for the summit that "
     "Indonesia will host.", ("AUS", "04", "IDN")),
    ("Press Statement on assistance to Mali",
     "The Department of State said today that the United States has paused most of its "
     "assistance to Mali.\n\nWe call on the military authorities to release the "
     "detained ministers at once.", ("USA", "02", "MLI")),
])
def test_coding_actors30_issuer_voice(coder, coded_pairs, title, text, want):
    assert want in coded_pairs(coder, text, PUB, title)


@pytest.mark.parametrize(("name", "country"), [
    ("Izmail", "UKR"), ("Izium", "UKR"), ("Sievierodonetsk", "UKR"), ("Jabalia", "PSE"),
    ("Beit Hanoun", "PSE"),
    # a place's own name still wins over another city's respelling
    ("Odesa", "UKR"), ("Tokmak", "UKR"),
])
def test_coding_actors30_gazetteer_respellings(name, country):
    from detente.nlp.actor_places import shared_gazetteer

    loc = shared_gazetteer().lookup(name)
    assert loc is not None and loc.country == country


def test_coding_actors30_respellings_are_alike():
    from detente.resolve.places import _respellings

    # (another name and non-Latin spellings are left out)
    assert _respellings("izmayil", ["Izmail", "Ismail", "Tuchkov", "Izmaïl", "Измаил"]) == [
        "Izmail", "Ismail"]
    # (a short respelling is as often a person's name)
    assert _respellings("lulea", ["Lula", "Lulea"]) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Russian drones attacked Izmail again before dawn on Monday.", ("RUS", "19", "UKR")),
    ("Russian artillery shelled Izium through the night.", ("RUS", "19", "UKR")),
])
def test_coding_actors30_strike_on_respelled_town(coder_all, coded_pairs, text, want):
    assert want in coded_pairs(coder_all, text, PUB)
