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
  object is;
* a request told as the manner of an act done with or for the side that asked ("held talks
  with the Vietnamese premier at Hanoi's request", "sent guards to help Greece, as the
  Greek government had asked"): the act itself tells the tie, the
  request is no appeal of its own (one whose asker the act does not name is kept: "sent
  police at Sogavare's request", "will meet at Israel's request").

Pure functions over spaCy tokens (:func:`aside_screened` is called by
:func:`detente.nlp.screen.screened`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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
# prepositions of a place an act goes to or is done in
PLACE_PREPS = frozenset({"to", "in", "into", "toward", "towards", "at", "from", "across",
                         "over", "near", "inside", "onto"})


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


def _countries_in(doc: Doc, idx: set[int]) -> set[str]:
    """The countries of the knowledge-base actors (the sentence's actor spans) whose tokens
    all lie in ``idx``."""
    entries = doc._.actor_entries if doc.has_extension("actor_entries") else None
    if not entries or "actors" not in doc.spans:
        return set()
    out: set[str] = set()
    for span in doc.spans["actors"]:
        if span.start in idx and span.end - 1 in idx:
            out.update(a.country for a in entries.get((span.start, span.end)) or ()
                       if getattr(a, "country", None))
    return out


def request_of_party(noun: Token) -> Token | None:
    """The clause verb when ``noun`` ("request") is the manner phrase of an act ("at Hanoi's
    request") whose own phrase -- its objects and purpose, not its subject
    nor a clause of time or cause, nor a place it goes to -- names the asker's country too,
    else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "upon", "on"):
        return None
    asker = {t.i for c in kids(noun) if c.dep_ in ("poss", "prep") for t in c.subtree}
    asking = _countries_in(noun.doc, asker)
    if not asking:
        return None
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    left_out = set(t.i for t in prep.subtree)
    for c in kids(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "advmod", "npadvmod") or (
                c.dep_ == "advcl" and not any(g.dep_ == "aux" and g.lower_ == "to"
                                               for g in kids(c))):
            left_out.update(t.i for t in c.subtree)
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ in PLACE_PREPS:
            # (a destination or a scene names a place, no party: "flew medical teams to Apia
            # at Samoa's request" is asked by Samoa)
            left_out.update(g.i for g in t.subtree)
    told = {t.i for t in verb.subtree} - left_out - {verb.i}
    return verb if asking & _countries_in(noun.doc, told) else None


def aside_screened(trig: Trigger) -> str | None:
    """Why ``trig`` names an act told in passing rather than one between sides, or None."""
    tok, pat = trig.token, trig.pattern
    if pat.pos == "NOUN":
        if pat.id == "appeal.request_n" and (act := request_of_party(tok)) is not None:
            return f"the request of a side the act it asked for names ({act.text})"
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
