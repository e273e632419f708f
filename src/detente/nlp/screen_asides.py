"""Screening, part three: acts told in passing that are no act between two sides.

Each test takes the trigger the extractor is about to code and returns the token that shows
the mention is no event (for the log), or None. They were written against the false
positives of the readable gold sets (session 28, prec28), each for a construction:

* a forecast credited to its source in an "as" clause ("if Russia mounted a new offensive,
  as Ukrainian officials have warned, ..."): the warning names what another side may do,
  no threat to it;
* a warning against a course or a trend that names no side ("warned against a new form of
  colonialism"): the gerund case is :func:`detente.nlp.screen_deeds.warned_against_course`;
* a speech to an audience ("addressed members of both houses", "addressing the meeting"):
  no statement to a side (a visit to a parliament is coded by its own patterns);
* coordinating a material flow with a side ("coordinating their deliveries with the Tongan
  authorities", "coordinates oil output with Moscow"): logistics or a market, no diplomatic
  alignment, which coordinates positions or efforts ("agreed to coordinate closely");
* backing a measure of a body ("backed several rounds of European Union sanctions", "backed
  the International Monetary Fund programme"): the body is no side backed, its measure's
  object is.

A request told as the manner of another act ("held talks at Hanoi's request") is screened by
:mod:`detente.nlp.screen_requests`.

Pure functions over spaCy tokens (:func:`aside_screened` is called by
:func:`detente.nlp.screen.screened`).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.rules import Trigger
from detente.resolve.tokens import kids

# entity labels of a side a warning may name ("warned against any attack on Iran")
SIDE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# what an address is made to when it is an audience: people gathered, not a side
AUDIENCE_WORDS = frozenset({
    "member", "members", "meeting", "meetings", "gathering", "session", "summit",
    "conference", "crowd", "crowds", "audience", "rally", "forum", "community", "diaspora",
    "people", "students", "supporters", "reporters", "journalists", "troops", "soldiers",
    "graduates", "delegates", "participants", "guests", "leaders", "ceremony",
})
# what is coordinated when it is a material flow, not a position: "coordinating their
# deliveries", "coordinates oil output"
FLOW_WORDS = frozenset({
    "delivery", "deliveries", "output", "production", "supply", "supplies", "shipment",
    "shipments", "flight", "flights", "evacuation", "evacuations", "transport", "logistics",
    "distribution", "convoy", "convoys", "cargo", "exports", "imports", "traffic",
})
# measures a body takes that members and others back: the body's own, no side backed
BODY_MEASURES = frozenset({
    "sanction", "sanctions", "programme", "program", "loan", "loans", "bailout", "package",
    "packages", "round", "rounds", "embargo", "mission", "operation",
})
BACKING_IDS = frozenset({"diplo.back", "diplo.support", "diplo.endorse"})


def forecast_credited(verb: Token) -> Token | None:
    """The "as" of a warning that credits a forecast to its source ("as Ukrainian officials
    have warned"), when no one is warned, else None."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("dobj", "obj", "dative") for c in kids(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ == "mark" and c.lower_ == "as"), None)


def course_warned_against(verb: Token) -> Token | None:
    """The noun a warning "against" names when no one is warned and the noun's phrase names
    no side ("warned against a new form of colonialism"), else None."""
    if any(c.dep_ in ("dobj", "obj", "dative") for c in kids(verb)):
        return None
    for c in kids(verb):
        if c.dep_ != "prep" or c.lower_ != "against":
            continue
        for g in kids(c):
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(
                    t.ent_type_ in SIDE_ENTS or t.pos_ in ("PROPN", "PRON")
                    for t in g.subtree):
                return g
    return None


def _object_in(verb: Token, words: frozenset[str]) -> Token | None:
    """The verb's direct object when its word is one of ``words``, else None."""
    return next((c for c in kids(verb) if c.dep_ in ("dobj", "obj") and c.lower_ in words),
                None)


def audience_addressed(verb: Token) -> Token | None:
    """The object of "address" when it is an audience ("members of both houses", "the
    meeting"), else None."""
    return _object_in(verb, AUDIENCE_WORDS)


def flow_coordinated(verb: Token) -> Token | None:
    """The object of "coordinate" when it is a material flow ("their deliveries", "oil
    output"), else None."""
    return _object_in(verb, FLOW_WORDS)


def body_measure_backed(verb: Token) -> Token | None:
    """The measure a backing verb's object names when the measure is an international
    body's, named as its compound ("European Union sanctions", "the International Monetary
    Fund programme", also through "rounds of"), else None."""
    for o in kids(verb):
        if o.dep_ not in ("dobj", "obj"):
            continue
        nouns = [o, *(p for c in kids(o) if c.dep_ == "prep" and c.lower_ == "of"
                      for p in kids(c) if p.dep_ == "pobj")]
        for n in nouns:
            if n.lower_ not in BODY_MEASURES:
                continue
            if any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in kids(n)):
                return n
    return None


def aside_screened(trig: Trigger) -> str | None:
    """Why ``trig`` names an act told in passing rather than one between sides, or None."""
    tok, pat = trig.token, trig.pattern
    if pat.pos == "NOUN":
        return None
    if pat.id == "threaten.warn" and (mark := forecast_credited(tok)) is not None:
        return f"a forecast credited to its source, no threat ({mark.text})"
    if pat.id == "threaten.warn_against" and (
            course := course_warned_against(tok)) is not None:
        return f"warns against a course, names no side ({course.text})"
    if pat.id == "statement.address" and (crowd := audience_addressed(tok)) is not None:
        return f"a speech to an audience, no statement to a side ({crowd.text})"
    if pat.id == "diplo.coordinate" and (flow := flow_coordinated(tok)) is not None:
        return f"a material flow coordinated, no alignment ({flow.text})"
    if pat.id in BACKING_IDS and (measure := body_measure_backed(tok)) is not None:
        return f"a body's measure backed, the body no side ({measure.text})"
    return None
