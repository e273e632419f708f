"""Context (session 10, context6): what the pre-filter keeps, and what did not happen.

* a later sentence that names only the surname of a person the knowledge base does not know,
  introduced with a title ("Foreign Minister Kwame Boateng", "Karima Benyaich, Morocco's
  ambassador"), has a party: the pre-filter keeps it, as the resolver remembers the person;
* "each side ... the other", "neither government ... the other" and "both also pledged"
  refer to the article's two sides: the sentence may hold an event between them; "she"
  may stand for a person named only by a title ("Ghana's foreign minister");
* an act of force told in a clause led by a speaker of another country than the one who
  acted ("Kyiv says Russian troops blew up the dam") is that speaker's claim (uncertain);
  the act with its source after it ("..., Ukrainian officials said"), or a side's word
  about its own act, stays as told;
* material cooperation or aid that is only the aim of another act ("arrived to work with
  the army", "will host a conference to mobilise aid for Moldova") is no event of its own;
  what is given to help ("sent police to help keep order", "earmarked funds to help Peru")
  is the help.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def needed():
    """The pre-filter as the pipeline runs it ("needed" context)."""
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon(), context="needed")


def _kept(prefilter, text: str) -> list[str]:
    scan = prefilter.scan(text)
    return [text[s.start:s.end] for s in scan.sentences if s.keep and scan.relevant]


@pytest.mark.parametrize(("text", "sentence"), [
    # a title before the name, the surname alone later
    ("Ghana's Foreign Minister Kwame Boateng met Togolese officials in Accra on Monday. The "
     "talks focused on border trade. Later, Boateng accused his counterpart of lying about "
     "the closures.", "Later, Boateng accused his counterpart of lying about the closures."),
    # a title after the name, in apposition
    ("Spain recalled its envoy from Rabat on Monday. Ines Alaoui, Morocco's ambassador, left "
     "Madrid the same day. Before leaving, Alaoui warned that some acts had consequences.",
     "Before leaving, Alaoui warned that some acts had consequences."),
    ("The talks in Geneva ended without agreement. Dmitri Volkov, the deputy foreign "
     "minister, led the Russian delegation. Volkov later accused Kyiv of sabotaging the "
     "process.", "Volkov later accused Kyiv of sabotaging the process."),
    # each side and the other
    ("Kyrgyz and Tajik border guards traded fire on Tuesday near the disputed enclave. Each "
     "side blamed the other.", "Each side blamed the other."),
    ("Armenia and Azerbaijan held talks in Brussels. Neither government gave ground, and "
     "each accused the other of stalling.",
     "Neither government gave ground, and each accused the other of stalling."),
    # "both" with an adverb before its verb
    ("Chile and Peru signed a fisheries accord on Monday. The deal had been under "
     "negotiation for years. Both also pledged to hold talks on migration next month.",
     "Both also pledged to hold talks on migration next month."),
    # "she" for a person named only by a title
    ("Ghana's foreign minister visited Lome on Monday. The visit came after weeks of tension "
     "over the border. She urged her hosts to reopen the crossing.",
     "She urged her hosts to reopen the crossing."),
])
def test_nlp_context6_prefilter_keeps(needed, text, sentence):
    assert sentence in _kept(needed, text)


@pytest.mark.parametrize("text", [
    # a capitalized pair after a title word that is no title of a person in office
    "The Ghana Football Association fined the club on Monday. Later, Boateng scored twice.",
    # "each" without "the other" refers to no dyad
    "The summit drew leaders from 20 countries. Each country sent a delegation of five.",
])
def test_nlp_context6_prefilter_skips(needed, text):
    last = text.split(". ")[-1]
    assert last not in _kept(needed, text)


def test_nlp_context6_titled_names(needed):
    text = ("Ghana's Foreign Minister Kwame Boateng and Karima Benyaich, Morocco's "
            "ambassador, met the press.")
    mentions = []
    found = needed._titled_names(text, needed._mentions(text, mentions), mentions)
    assert [(name, party) for _at, name, party in found] == [("Boateng", "GHA"),
                                                             ("Benyaich", "MAR")]


@pytest.mark.parametrize(("text", "dyad", "root"), [
    ("Ghana's Foreign Minister Kwame Boateng met Togolese officials in Accra on Monday. The "
     "talks focused on border trade. Later, Boateng accused his counterpart of lying about "
     "the closures.", ("GHA", "TGO"), "11"),
    ("Kyrgyz and Tajik border guards traded fire on Tuesday near the disputed enclave. Each "
     "side blamed the other.", ("TJK", "KGZ"), "11"),
])
def test_nlp_context6_coded_from_kept(coder, make_article, text, dyad, root):
    events = coder.code(make_article(text)).events
    assert any({e.source.country if e.source else None, e.target.country if e.target else None}
               == set(dyad) and e.root == root for e in events), [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in events]


@pytest.mark.parametrize(("text", "dyad", "root", "status"), [
    ("Tbilisi said Russian troops had shelled two Georgian villages overnight.",
     ("RUS", "GEO"), "19", "uncertain"),
    ("Baku says Armenian forces opened fire on Azerbaijani positions near the border.",
     ("ARM", "AZE"), "19", "uncertain"),
    ("Moscow said the helicopter had been shot down by Ukraine near the border.",
     ("UKR", "RUS"), "19", "uncertain"),
    # a side about its own act, and a source after the act
    ("Pakistan said it had shot down two Indian drones over Kashmir.", ("PAK", "IND"), "19",
     "happened"),
    ("Russian artillery shelled the Ukrainian town of Kupiansk overnight, Ukrainian officials "
     "said.", ("RUS", "UKR"), "19", "happened"),
    # a deal struck is no force
    ("Washington said Beijing had struck a deal with Tehran on oil supplies.",
     ("CHN", "IRN"), "05", "happened"),
])
def test_nlp_context6_claimed_by_other_side(coder, make_article, text, dyad, root, status):
    events = coder.code(make_article(text)).events
    picked = [e for e in events if {e.source.country if e.source else None,
                                     e.target.country if e.target else None} == set(dyad)
              and e.root == root]
    assert any(str(e.status) == status for e in picked), [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None,
         str(e.status), e.status_cue) for e in events]


@pytest.mark.parametrize(("text", "dyad", "root", "coded"), [
    ("The European Union will host a donor conference next month to mobilise aid for "
     "Moldova.", ("EU", "MDA"), "07", False),
    ("Norwegian officers arrived in Mozambique last week to work with the Mozambican army on "
     "demining.", ("NOR", "MOZ"), "06", False),
    # ... but the arriving stays
    ("Norwegian officers arrived in Mozambique last week to work with the Mozambican army on "
     "demining.", ("NOR", "MOZ"), "04", True),
    # what is given to help is the help, and an aim agreed or decided stays an event
    ("Kenya sent police officers to Haiti to help restore order.", ("KEN", "HTI"), "07",
     True),
    ("The German government earmarked 2 million euros in emergency aid to help Peru after "
     "the floods.", ("DEU", "PER"), "07", True),
    ("Japan agreed to provide aid to the Philippines after the typhoon.", ("JPN", "PHL"),
     "03", True),
])
def test_nlp_context6_aim_of_another_act(coder, make_article, text, dyad, root, coded):
    events = coder.code(make_article(text)).events
    picked = [e for e in events if {e.source.country if e.source else None,
                                     e.target.country if e.target else None} == set(dyad)
              and e.root == root]
    assert bool(picked) == coded, [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None,
         str(e.status)) for e in events]
