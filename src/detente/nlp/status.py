"""Event status from the clause that governs the trigger (not from the sentence as a whole).

We walk from the trigger up its chain of heads (complement, conjunct, adverbial and relative
clauses) and collect cues from ``coding/data/status_cues.yaml``; the strongest cue decides:
denied > cancelled > hypothetical > uncertain > planned > ongoing > happened.
A negated trigger ("did not meet") is reported as ``negated`` and the caller drops the event.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from detente.model import Status

PRECEDENCE = [Status.DENIED, Status.CANCELLED, Status.HYPOTHETICAL, Status.UNCERTAIN,
              Status.PLANNED, Status.ONGOING, Status.HAPPENED]


@dataclass(frozen=True, slots=True)
class Cues:
    sets: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, str], ...]]

    def has(self, name: str, word: str) -> bool:
        return word in self.sets.get(name, frozenset())


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    text = resources.files("detente.coding").joinpath("data/status_cues.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    sets, phrases = {}, {}
    for key, value in data.items():
        if key.endswith("_phrases"):
            phrases[key] = tuple((str(a), str(b)) for a, b in value)
        else:
            sets[key] = frozenset(str(v).lower() for v in value)
    return Cues(sets, phrases)


@dataclass(frozen=True, slots=True)
class StatusDecision:
    status: Status
    cue: str | None
    negated: bool = False
    future: bool = False
    attributed_to: Token | None = None
    anonymous: bool = False


# The status of an event is governed by the clauses above it; adverbial and relative clauses
# ("since Biden and Xi met in Bali", "officials who visited Beijing") carry their own.
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "pcomp", "acomp", "dobj", "pobj", "prep",
              "nsubj", "nsubjpass", "attr", "oprd", "csubj", "appos", "compound",
              "npadvmod", "dative"}
TEMPORAL_PREPS = {"since", "after", "before", "until", "following", "during"}


def _chain(trigger: Token) -> list[Token]:
    chain = [trigger]
    tok = trigger
    while tok.head is not tok and tok.dep_ in CLIMB_DEPS and len(chain) < 12:
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # a conjoined clause with its own subject has its own status
        if tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_PREPS:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _is_anonymous(subject: Token) -> bool:
    cues = load_cues()
    words = {t.lower_ for t in subject.subtree}
    lemmas = {t.lemma_.lower() for t in subject.subtree}
    if words & cues.sets["anonymity_markers"] or lemmas & cues.sets["anonymity_markers"]:
        return True
    # "an American official", "one of the officials": officials without a name
    if lemmas & {"official", "diplomat", "source", "person", "aide", "officer", "people"}:
        return not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ != "NORP"
                       and t.ent_type_ != "GPE" and t.ent_type_ != "ORG"
                       for t in subject.subtree)
    return False


def decide(trigger: Token, *, sentence: Span | None = None, future_date: bool = False
           ) -> StatusDecision:
    """Status of the event whose trigger is ``trigger``."""
    cues = load_cues()
    found: dict[Status, str] = {}
    negated = False
    future = False
    reported_by: Token | None = None
    anonymous = False
    chain = _chain(trigger)
    passed_reporting = False

    def add(status: Status, cue: str) -> None:
        found.setdefault(status, cue)

    for depth, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        children = list(tok.children)
        child_lemmas = {c.lemma_.lower() for c in children}
        neg = any(c.dep_ == "neg" for c in children)
        # reporting verbs: attribution, and modals below them are reported futures
        if depth > 0 and tok.pos_ in ("VERB", "AUX") and cues.has("reporting_verbs", lemma):
            for c in children:
                if c.dep_ in ("nsubj", "nsubjpass") and reported_by is None:
                    reported_by = c
                    anonymous = _is_anonymous(c)
            if any(c.lower_ == "condition" for c in tok.subtree if c.i < (sentence.end if
                                                                          sentence else 10**9)):
                anonymous = True
            passed_reporting = True
        if neg:
            if depth == 0:
                negated = True
            elif cues.has("unsettled_negated_verbs", lemma):
                add(Status.UNCERTAIN, f"not {tok.text}")
            elif cues.has("denial_verbs", lemma):
                pass
        for c in children:
            cl = c.lower_
            if c.dep_ == "aux" or (c.dep_ == "auxpass" and cl in cues.sets["future_auxiliaries"]):
                if cl in cues.sets["future_auxiliaries"]:
                    future = True
                    add(Status.PLANNED, c.text)
                elif cl in cues.sets["hypothetical_modals"] and depth <= 3:
                    if cl == "would" and passed_reporting is False and _reported_above(tok):
                        future = True
                        add(Status.PLANNED, c.text)
                    elif cl in ("can", "must", "should") and depth > 0:
                        add(Status.UNCERTAIN, c.text)
                    else:
                        add(Status.HYPOTHETICAL, c.text)
            elif c.dep_ == "mark" and cl in cues.sets["conditional_marks"]:
                add(Status.HYPOTHETICAL if cl != "whether" else Status.UNCERTAIN, c.text)
            elif c.dep_ == "advmod":
                if cl in cues.sets["uncertain_adverbs"]:
                    add(Status.UNCERTAIN, c.text)
                elif cl in cues.sets["ongoing_adverbs"] and depth <= 2:
                    add(Status.ONGOING, c.text)
            elif c.dep_ == "acomp" and c.lemma_.lower() in cues.sets["uncertain_adjectives"]:
                add(Status.UNCERTAIN, c.text)
            elif c.dep_ == "prep" and cl == "according" and depth > 0:
                add(Status.UNCERTAIN, "according to")
        if depth == 0:
            continue
        if cues.has("denial_verbs", lemma):
            add(Status.DENIED, tok.text)
        elif cues.has("cancel_verbs", lemma) or any(
                lemma == a and b in child_lemmas for a, b in cues.phrases["cancel_phrases"]):
            add(Status.CANCELLED, tok.text)
        elif cues.has("ongoing_verbs", lemma):
            add(Status.ONGOING, tok.text)
        elif cues.has("uncertain_verbs", lemma) and tok.pos_ in ("VERB", "AUX"):
            add(Status.UNCERTAIN, tok.text)
        elif cues.has("planned_verbs", lemma) or any(
                lemma == a and b in child_lemmas for a, b in cues.phrases["planned_phrases"]):
            if tok.pos_ in ("VERB", "AUX", "ADJ"):
                future = True
                add(Status.PLANNED, tok.text)
        elif tok.pos_ == "ADJ" and cues.has("uncertain_adjectives", lemma):
            add(Status.UNCERTAIN, tok.text)

    # "going to visit"
    if trigger.dep_ == "xcomp" and trigger.head.lower_ == "going":
        future = True
        add(Status.PLANNED, "going to")
    # progressive present: "are holding talks"
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am")
                                     for c in trigger.children):
        add(Status.ONGOING, "is " + trigger.text)
    # infinitive complements of non-cue verbs ("sought to", "vowed to") stay unrealized
    if trigger.tag_ == "VB" and trigger.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                    for c in trigger.children) and not found:
        future = True
        add(Status.PLANNED, "to " + trigger.text)
    if future_date and not found:
        future = True
        add(Status.PLANNED, "future date")
    if sentence is not None and sentence.text.rstrip().endswith("?") and not found:
        add(Status.UNCERTAIN, "question")
    if anonymous and (not found or set(found) <= {Status.HAPPENED, Status.PLANNED}):
        add(Status.UNCERTAIN, "anonymous source")

    for status in PRECEDENCE:
        if status in found:
            return StatusDecision(status, found[status], negated, future, reported_by,
                                  anonymous)
    return StatusDecision(Status.HAPPENED, None, negated, future, reported_by, anonymous)


def _reported_above(tok: Token) -> bool:
    cues = load_cues()
    t = tok
    for _ in range(6):
        if t.head is t:
            return False
        t = t.head
        if cues.has("reporting_verbs", t.lemma_.lower()):
            return True
    return False
