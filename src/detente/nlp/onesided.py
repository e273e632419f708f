"""One-sided sentences whose other side is implicit (session 25, onesided25).

A sentence that names one side only may still tell whom its act is aimed at:

- by where the act is: troops moved "to the border", drills held "along the frontier",
  units brought "closer to the boundary", a frontier sealed. A border is shared with a
  neighbour, and in an article about two sides the neighbour across it is the article's
  other side (:meth:`detente.nlp.arguments.ArgumentPicker._article_partner` gives it, with
  its checks that no third party is named in the clause; :func:`at_border` says whether the
  act is at a border, :func:`third_party_named` whether the sentence names another country);
- by the story it continues: a trip or an attendance told with no place ("he called off the
  trip", "toured the locks", "attended the session") goes to the host of the meeting the
  story told (:func:`trip_unplaced`, :func:`story_host`).

The guessed sides are "implicit" actors (no text in the sentence). These helpers read the
parse and the events told so far; they write nothing.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.model import Actor
from detente.nlp.actor_common import implicit_actor
from detente.nlp.actors import REGIONS, ResolvedActor
from detente.nlp.clauses import own_clause
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
        # ("shut its borders when the epidemic began": every border, no neighbour)
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


#: the meeting codes whose host the story's later trips go to: a visit (042, to its target),
#: a hosting (043, by its source), and any meeting told with a place (its country's side)
VISIT_CODE, HOSTING_CODE = "042", "043"
#: prepositions of a trip's or a gathering's place
PLACE_PREPS = frozenset({"to", "in", "at", "for", "into"})
#: nouns of a place that is somewhere, not a host ("the continent", "the region")
PLACE_WORDS = frozenset({"continent", "region", "country", "island", "capital", "city",
                         "area"})
#: verbs of sending someone on a trip
SENDING_VERBS = frozenset({"send", "dispatch"})
#: events looked back over for the story's host
HOST_REACH = 25


def story_host(r: ActorResolver, own: AbstractSet[str | None], own_only: bool = False
               ) -> list[ResolvedActor]:
    """The host of the visit or gathering the story told last, as an inferred (textless)
    actor: the side a visit of the traveller's own (``own``) told before went to; else the
    side visited (042's target) or hosting (043's source) of the last meeting told, or the
    side of a meeting held in its own country; [] when the story told no meeting with a
    host, or the last one's host is of ``own`` (a trip told after one's own hosting goes
    elsewhere). "Maduro called off his trip", "the emir attended the session", "Rubio
    toured the locks": a trip or an attendance told with no place goes where the story's
    meeting is. ``own_only``: only the traveller's own visit ("the visit by Peru's
    president a year ago" after Chile's visit to Bolivia is another trip)."""
    told = r.ctx.events[-HOST_REACH:]
    # the traveller's own visit told before, first ("Shoigu arrived in Pyongyang ... used
    # the visit to ask for shells")
    own_trip = next((ev.target for ev in reversed(told) if ev.cameo.startswith(VISIT_CODE)
                     and ev.source is not None and ev.source.country in own
                     and ev.target is not None and ev.target.country
                     and ev.target.country not in own), None)
    if own_trip is not None:
        return [implicit_actor(own_trip)]
    if own_only:
        return []
    for ev in reversed(told):
        if ev.root != "04" or ev.source is None or ev.target is None:
            continue
        host: Actor | None = None
        if ev.cameo.startswith(VISIT_CODE):
            host = ev.target
        elif ev.cameo.startswith(HOSTING_CODE):
            host = ev.source
        elif ev.location is not None and ev.location.country and (
                ev.location.country not in REGIONS):
            # (a side of the meeting whose country it was held in; a place of nobody's in
            # the meeting may be where the news was heard: "drew attention in Seoul")
            place = ev.location.country
            host = next((a for a in (ev.source, ev.target) if a.country == place), None)
        if host is None or not host.country:
            continue
        if host.country in own:
            return []
        return [implicit_actor(host)]
    return []


def place_named(tok: Token, preps: AbstractSet[str] = frozenset()) -> bool:
    """Whether a place phrase of ``tok`` names a place ("to Africa", "in Brasilia", "at the
    Élysée"; ``preps``: more prepositions, "of" for a noun: "a tour of Europe"), or ``tok``
    tells what happened at a place the sentence named before ("Beijing,
    where he attended ..."): then the trip goes there, known side or not, and no host is
    guessed."""
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids(tok)):
        return True
    return any(c.dep_ in ("prep", "dative") and c.lower_ in PLACE_PREPS | preps
               and any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC", "FAC")
                       or t.lemma_.lower() in PLACE_WORDS
                       for p in kids(c) if p.dep_ == "pobj" for t in p.subtree)
               for c in kids(tok))


def trip_unplaced(tok: Token, obj: Token | None, cameo: str) -> bool:
    """Whether ``tok`` tells a trip or an attendance (a 042 verb or noun, "attend") by one
    side with no place: no place phrase on it or on its object ("attended the summit in
    Jeddah"), no place it visits as its object ("hopes to visit the continent"), and not
    sending someone else ("sent his foreign minister": the sender goes nowhere)."""
    lemma = tok.lemma_.lower()
    if not (cameo.startswith(VISIT_CODE) or lemma == "attend") or lemma in SENDING_VERBS:
        return False
    if tok.pos_ != "VERB" or place_named(tok):
        return False
    objs = [c for c in kids(tok) if c.dep_ == "dobj"] + (
        [obj] if obj is not None and obj.i != tok.i else [])
    if (lemma == "visit" and objs) or (lemma == "attend" and not objs):
        # ("hopes to visit the continent": the place visited; "has not said whether Xi will
        # attend": which gathering is not told)
        return False
    # ("attend a meeting of EU leaders in Brussels": a place anywhere in the object's
    # phrase)
    return not any(place_named(t) for o in objs for t in o.subtree)


def other_country_in_clause(tok: Token, r: ActorResolver, sides: AbstractSet[str | None]
                            ) -> bool:
    """Whether the clause of ``tok`` (of the verb a trip noun hangs on; not a conjoined or
    subordinate clause, nor a time phrase) names a country outside ``sides`` by a proper
    name: "has visited France, Italy and Hungary" may be where the trip went."""
    head = tok
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
    clause = own_clause(head) if head.pos_ in ("VERB", "AUX") else list(sent_of(tok))
    return any(a.actor.country and a.actor.country not in sides
               and a.actor.country not in REGIONS and a.kind not in ("implicit", "dyad")
               for t in clause if t.pos_ in ("PROPN", "ADJ") and r.kb_span_at(t) is not None
               for a in r.resolve(t, follow=False))


#: nouns of a gathering where aid is pledged ("a donors' conference for Sudan", "the
#: Conference on a Resilient Pakistan", "the Ukraine Recovery Conference") (deed26)
PLEDGING_NOUNS = frozenset({"conference", "appeal"})
#: the prepositions that name whom a pledging gathering is for
PLEDGING_PREPS = frozenset({"on", "for", "to"})
#: how many tokens back from the pledge the gathering is looked for
PLEDGING_REACH = 600


def pledging_beneficiary(tok: Token, r: ActorResolver, own: AbstractSet[str | None]
                         ) -> list[ResolvedActor]:
    """The side a pledge ``tok`` (of aid, told with no recipient) goes to, when the article
    told before it of a gathering for pledges named for a country: "the conference on a
    resilient Pakistan ... the Saudi kingdom pledged a billion dollars", "a donors'
    conference for Sudan"; the last such gathering before the pledge, as an implicit
    (textless) actor; [] when none, or its country is the pledger's own."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - PLEDGING_REACH):tok.i]):
        if t.lemma_.lower() not in PLEDGING_NOUNS:
            continue
        named = [p for c in kids(t) if c.dep_ == "prep" and c.lower_ in PLEDGING_PREPS
                 for p in kids(c) if p.dep_ == "pobj"]
        named += [c for c in kids(t) if c.dep_ in ("compound", "nmod", "amod")]
        for n in named:
            found = [a for a in r.resolve(n, follow=False) if a.actor.country
                     and a.actor.country not in REGIONS and a.kind not in ("implicit", "dyad")]
            if not found:
                continue
            if found[0].actor.country in own:
                return []
            return [implicit_actor(found[0].actor)]
    return []
