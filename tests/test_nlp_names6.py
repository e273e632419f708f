"""Region names of a bloc ("Europe", "West") read as places where the sentence makes them one
("forces in Europe", "a tour of Europe", "Europe's biggest dam", a word of a longer place
name), and as the bloc elsewhere; "X general" offices keep their sector in a sentence. The
sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.actors import ActorResolver

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)


def _codes(coder, text: str) -> set[str]:
    """Every actor code the sentence's knowledge-base spans resolve to."""
    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, PUB)
    resolver.prime(doc)
    return {a.actor.code for sent in doc.sents for span in resolver.spans_in(sent)
            for a in resolver.resolve(span.root, follow=False) if a.actor.code}


@pytest.mark.parametrize("text", [
    "The alliance moved two more fighter squadrons into Europe after the drone incursion.",
    "Canada suspended direct flights to nine airports across Europe on Sunday.",
    "The Indian minister ended her tour of Europe in Vienna on Thursday.",
    "Drones struck Europe's biggest fertiliser plant overnight, the regional governor said.",
    "Gunmen attacked a police post in North West Frontier Province on Tuesday.",
    "Several exiled journalists have found refuge in the West.",
], ids=["into", "across", "tour-of", "superlative", "place-name", "refuge-in"])
def test_nlp_names6_region_name_as_place_is_no_bloc(coder, text):
    assert not _codes(coder, text) & {"EU", "WST"}


@pytest.mark.parametrize(("text", "code"), [
    ("Europe has refused to recognise the result of the vote in Minsk.", "EU"),
    ("The Belarusian opposition leader urged Europe to tighten the sanctions.", "EU"),
    ("Ankara accused the West of double standards over the refugee deal.", "WST"),
], ids=["subject", "object", "object-west"])
def test_nlp_names6_region_name_as_party_is_the_bloc(coder, text, code):
    assert code in _codes(coder, text)


@pytest.mark.parametrize(("text", "code"), [
    ("The Canadian governor general received the Ghanaian president in Ottawa.", "CANGOV"),
    ("Georgia's prosecutor general charged two Russian officers on Monday.", "GEOJUD"),
    ("The Chilean inspector general criticised the Peruvian audit.", "CHLGOV"),
], ids=["governor-general", "prosecutor-general", "inspector-general"])
def test_nlp_names6_office_named_general_keeps_its_sector(coder, text, code):
    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, PUB)
    resolver.prime(doc)
    tok = next(t for t in doc if t.text == "general")
    assert [r.actor.code for r in resolver.resolve(tok)] == [code]
