"""One-sided sentences whose other side is the place the act is at (session 25, onesided25).

A sentence that names one side only may still tell whom its act is aimed at by where the
act is: troops moved "to the border", drills held "along the frontier", units brought "closer
to the boundary", a frontier sealed. A border is shared with a neighbour, and in an article
about two sides the neighbour across it is the article's other side
(:meth:`detente.nlp.arguments.ArgumentPicker._article_partner` gives it, with its checks that
no third party is named in the clause). These helpers read the parse only; they name no side.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.nlp.actors import REGIONS
from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.nlp.actors import ActorResolver

#: roots of acts aimed across a border when told at it: shows of force (15) and the closing
#: of a frontier (17, 172 "sealed the frontier", "shut the border")
BORDER_ROOTS = frozenset({"15", "17"})
#: nouns of a line between two states
BORDER_NOUNS = frozenset({"border", "boundary", "frontier", "borderline", "borderland",
                          "border-line"})
#: prepositions that place an act at, along, toward or over a line ("moved troops to the
#: border", "drills along the frontier", "units closer to the boundary")
BORDER_PREPS = frozenset({"to", "toward", "towards", "along", "on", "near", "at", "across",
                          "over", "by", "alongside", "into", "up"})
#: verbs of keeping one's own side of a line: "help Finland patrol the frontier" is aimed at no
#: one across it
GUARDING_VERBS = frozenset({"patrol", "guard", "secure", "protect", "monitor", "police",
                            "watch", "defend", "man"})
#: words of nearness that take a "to" phrase of the place ("closer to the border")
NEAR_WORDS = frozenset({"close", "closer", "nearer", "near", "up", "right"})
#: the head words of a named line of control ("the Line of Actual Control")
LINE_WORDS = frozenset({"control", "contact"})


def border_noun(tok: Token) -> bool:
    """Whether ``tok`` names a line between two states: "the border", "the eastern
    frontier", "the boundary", "the Line of Actual Control" (the line word with an "of"
    phrase of control or contact)."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ == "NNS":
        # ("sealed its borders at the start of the pandemic": every border, no neighbour)
        return False
    if lemma in BORDER_NOUNS or low in BORDER_NOUNS:
        return True
    if low == "line":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ in LINE_WORDS for p in kids(c) if p.dep_ == "pobj"
            for g in p.subtree) for c in kids(tok))
    return False


def _placed_nouns(head: Token) -> list[Token]:
    """The objects of the place phrases on ``head`` (and on an adverb of nearness it takes:
    "closer to the boundary"), and those one "on"/"along" phrase deeper ("along the river
    on the border")."""
    found: list[Token] = []
    # ("moved units closer to the boundary": the word of nearness may hang on the verb or
    # on its object)
    heads = [head] + [c for c in kids(head) if c.dep_ in ("advmod", "amod")
                      and c.lower_ in NEAR_WORDS]
    for h in heads:
        for c in kids(h):
            # ("sent to the frontier" is parsed as a dative at times)
            if c.dep_ in ("prep", "dative") and c.lower_ in BORDER_PREPS:
                for p in kids(c):
                    if p.dep_ == "pobj":
                        found.append(p)
                        found += [g for q in kids(p) if q.dep_ == "prep"
                                  and q.lower_ in ("on", "along", "near", "at")
                                  for g in kids(q) if g.dep_ == "pobj"]
    return found


def at_border(tok: Token, obj: Token | None = None) -> bool:
    """Whether the act told by ``tok`` (a trigger verb or noun; ``obj`` the object its pattern
    matched) is placed at a border: a place phrase of the trigger or of its object whose
    noun is a border ("held drills along the border", "moved units closer to the
    boundary"), or a border as the verb's own object ("sealed the frontier", "crossed the
    Line of Actual Control")."""
    if tok.lemma_.lower() in GUARDING_VERBS:
        return False
    hosts = [tok] + ([obj] if obj is not None and obj.i != tok.i else [])
    if tok.pos_ in ("VERB", "AUX"):
        hosts += [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")
                  and (obj is None or c.i != obj.i)]
        if any(c.dep_ == "dobj" and border_noun(c) for c in kids(tok)):
            return True
    return any(border_noun(n) for h in hosts for n in _placed_nouns(h))


def third_party_named(tok: Token, r: ActorResolver, sides: AbstractSet[str | None]) -> bool:
    """Whether the sentence of ``tok`` names a country outside ``sides`` (and no region):
    "Congo accuses Rwanda of sending troops across the border" is about Congo's border,
    whoever the article's other side is."""
    return any(a.actor.country and a.actor.country not in sides
               and a.actor.country not in REGIONS and a.kind not in ("implicit", "dyad")
               for sp in r.spans_in(sent_of(tok))
               for a in r.resolve(sp.root, follow=False))
