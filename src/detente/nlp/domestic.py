"""Domestic sides the argument search leaves empty: the crowds a state represses at home.

A state's forces break up protests, disperse demonstrators, fire tear gas at a crowd: the
news names the crowd by what it does, never by its country. With no other country on the
phrase, the crowd is the repressing state's own people (CVL), as examples/README.md codes
repression at home (``MMR MIL 175 MMR CVL``).

:func:`repressed_crowd` is called by :class:`detente.nlp.events.EventExtractor` only for
repression (175) with a source found and no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.actors import ActorKB
from detente.model import Actor
from detente.nlp.actors import ResolvedActor
from detente.nlp.rules import Trigger
from detente.resolve.tokens import kids

#: nouns of a crowd or of what it does, named with no country
CROWD_NOUNS = frozenset({"protest", "protester", "protestor", "demonstration",
                         "demonstrator", "crowd", "rally", "march", "marcher", "sit-in",
                         "gathering", "mob", "rioter", "riot", "unrest",
                         # people a state's forces turn on as a crowd: students at a sit-in,
                         # mourners at a funeral, strikers at a picket line
                         "student", "mourner", "striker", "picketer", "worshipper",
                         "worshiper"})
#: prepositions of what a repressing act is aimed at ("fired tear gas at", "cracked down on")
AIM_PREPS = frozenset({"at", "on", "into", "against", "upon"})
#: sectors of a state's organs that repress crowds at home (None: the state by its name)
REPRESSING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", None})
#: words that make a crowd someone else's
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "migrant", "refugee"})


def _aimed_at(trig: Trigger) -> list[Token]:
    """The nouns the act is aimed at: its object, the object of an aiming preposition, and
    the lexicon's object word."""
    tok = trig.token
    out = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in AIM_PREPS
            for p in kids(c) if p.dep_ == "pobj"]
    for c in kids(tok):
        if c.dep_ == "prt":  # ("cracked down on protesters")
            out += [p for g in kids(c) if g.dep_ == "prep" and g.lower_ in AIM_PREPS
                    for p in kids(g) if p.dep_ == "pobj"]
    if trig.obj is not None:
        out.append(trig.obj)
    return out


def _foreign(kb: ActorKB, noun: Token) -> bool:
    """Whether the crowd phrase names a country or an owner of its own."""
    for c in kids(noun):
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound", "nmod") and (
                c.lower_ in FOREIGN_WORDS or kb.adjective_country(c.text) is not None):
            return True
    return False


def repressed_crowd(kb: ActorKB, trig: Trigger, sources: list[ResolvedActor]
                    ) -> list[ResolvedActor]:
    """The repressing state's own civilians when a repression (175) by one state's organ is
    aimed at a crowd of no stated country ("security forces broke up protests", "police
    fired tear gas at demonstrators"); [] otherwise."""
    if trig.pattern.cameo[:3] != "175" or not sources:
        return []
    countries = {s.actor.country for s in sources}
    country = next(iter(countries)) if len(countries) == 1 else None
    if not country or country not in kb.country_codes or not all(
            s.actor.sector in REPRESSING_SECTORS for s in sources):
        return []
    for noun in _aimed_at(trig):
        if noun.lemma_.lower() in CROWD_NOUNS and noun.pos_ == "NOUN" and not _foreign(
                kb, noun):
            return [ResolvedActor(Actor(noun.text, None, kb.make_code(country, "CVL"),
                                        country, "CVL", noun.idx, noun.idx + len(noun.text)),
                                  "agent")]
    return []
