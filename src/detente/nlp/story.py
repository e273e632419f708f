"""Events whose clause names no side: the story's pair.

News tells an event between two sides and then goes on about it without naming them again:
"A 48-hour truce was agreed on Wednesday", "Several agreements were also signed", "The talks
will be held in Geneva", "The agreement comes after a week of fighting along the border".
Readers take those sides to be the pair the story is about. :func:`story_sides` gives that
pair to a trigger whose clause names no side at all (the argument search found neither a
source nor a target), when

* the trigger is of a kind two sides do together or to each other (:data:`STORY_ROOTS`:
  intents, meetings, agreements, cooperation, fighting; no mediation, no one-sided act that
  would need a doer: a threat, an appeal, a sanction);
* it is told with no side's place for one: an agentless passive ("was agreed", "were
  signed"), a definite event noun as its clause's subject ("The talks ended ..."), or
  fighting a peace was made after ("the deal came after weeks of fighting");
* the sentence names no actor outside that pair (a third party's sentence is its own story,
  a background pair is told with its names) and no owner or "between" phrase on the noun;
* the story has one pair: the pair of the bilateral events told in the few sentences before
  (:data:`LOOKBACK`), the article's main dyad when those tell several pairs and it is one of
  them, or, with no bilateral event that recent, the latest one when it is the main dyad.
  Multilateral stories with no clear pair get nothing.

Status and date rules stay the caller's (``EventExtractor._events_for``): a negated,
hypothetical or generic clause gives no event there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.model import Actor, Event, Status
from detente.nlp.actor_common import ResolvedActor
from detente.nlp.clauses import REPORTING_VERBS, each_other, is_passive
from detente.nlp.rules import Trigger
from detente.nlp.status import decide
from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.nlp.actors import ActorResolver
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

__all__ = ["LOOKBACK", "STORY_ROOTS", "mutual_intent", "story_pair", "story_sides"]

#: roots of what two sides do together or to each other, which a clause may tell with no
#: side named: intents (03), meetings (04), agreements (05), cooperation (06), fighting (19)
STORY_ROOTS = frozenset({"03", "04", "05", "06", "19"})
#: how many sentences before the trigger's the story's pair may have been told in
LOOKBACK = 3
#: roots of the events that tell who the story's pair is (not a statement, an appeal or a
#: one-sided measure told in passing: "Qatar welcomed the deal" names no pair)
PAIR_TELLING_ROOTS = frozenset({"03", "04", "05", "06", "08", "11", "12", "13", "15", "16",
                                "17", "18", "19", "20"})
#: determiners by which an event noun points back to the one told ("the truce", "this deal")
_BACK_DETS = frozenset({"the", "this", "these", "that", "those"})
#: phrases on a noun that name its sides or set it apart ("talks between A and B", "a deal
#: with Kyiv", "the agreement of 1951"): the noun's own sides, not the story's
_SIDE_PREPS = frozenset({"between", "with", "among", "of", "to", "by", "against"})
#: passive subjects that are no event of the pair: things and people ("the bill was signed",
#: "he was received"); a pronoun "this"/"it" stands for the event told ("This was agreed")
_PRONOUN_EVENTS = frozenset({"this", "it", "that"})
#: entity types that name a side (a date or number on a noun does not: "a 48-hour truce")
_ACTOR_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})


def story_sides(ex: EventExtractor, trig: Trigger, sent: Span, resolver: ActorResolver
                ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
    """The sources and targets the story's pair gives ``trig``, a trigger whose clause names
    no side (see the module docstring); None when the trigger is not told so or the story
    has no one pair. A reciprocal pattern gets both as sources, others the pair in the
    order the story told it."""
    pat, tok = trig.pattern, trig.token
    if pat.cameo[:2] not in STORY_ROOTS or pat.cameo == "045" or not _sideless(ex, trig):
        return None
    pair = story_pair(ex, resolver, sent)
    if pair is None:
        return None
    if not _names_only(resolver, sent, tok, {a.country for a in pair}):
        return None
    if decide(tok, sentence=sent).status == Status.HYPOTHETICAL:
        return None  # ("if a truce is agreed, ...": no side, no event yet)
    sides = [ResolvedActor(Actor(tok.text, None, a.code, a.country, a.sector, tok.idx,
                                 tok.idx + len(tok.text)), "dyad", group=2) for a in pair]
    log.debug("story pair %s-%s for %r", pair[0].code, pair[1].code, tok.text)
    if pat.reciprocal:
        return sides, []
    return sides[:1], sides[1:]


def _sideless(ex: EventExtractor, trig: Trigger) -> bool:
    """Whether the trigger is told with no place for a side: an agentless passive verb whose
    subject is an event noun (or "this"), or an event noun that is its clause's subject and
    points back to one told, or fighting a peace was made after."""
    tok = trig.token
    if trig.pattern.id == "fight.between_n":
        return True  # ("the deal came after weeks of fighting": the ones who made peace)
    if tok.pos_ == "VERB":
        if not is_passive(tok) or any(c.dep_ == "agent" for c in kids(tok)):
            return False
        subj = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return False
        if subj.lower_ in _PRONOUN_EVENTS:
            return True
        # ("a number of agreements were signed", "several accords were signed")
        head = next((p for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of"
                     for p in kids(c) if p.dep_ == "pobj"), None) if subj.lower_ in (
            "number", "series", "set", "range", "host", "package") else None
        return _plain_event_noun(head if head is not None else subj, trig, definite=False)
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        return _plain_event_noun(tok, trig, definite=True)
    return False


def _plain_event_noun(noun: Token, trig: Trigger, *, definite: bool
                      ) -> bool:
    """Whether ``noun`` is an event word of the trigger's kind with nothing naming its sides:
    no owner, no name or nationality on it, no phrase naming a party; with ``definite``, a
    determiner pointing back to one told ("the talks", "this deal")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _ACTOR_ENTS:
        return False
    if noun.i != trig.token.i and not (trig.obj is not None and trig.obj.i == noun.i) and (
            noun.lemma_.lower() not in EVENT_NOUNS and noun.lower_ not in EVENT_NOUNS):
        return False
    if definite and not any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in kids(noun)):
        return False
    for c in kids(noun):
        if c.dep_ in ("poss", "nmod", "appos", "relcl", "acl"):
            return False
        if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS):
            return False
        if c.dep_ == "prep" and c.lower_ in _SIDE_PREPS:
            return False
    return True


#: the event nouns an agentless passive may have as its subject ("a truce was agreed",
#: "the agreements were signed", "the talks were held", "the meeting was postponed")
EVENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "truce",
                         "ceasefire", "cease-fire", "armistice", "memorandum", "declaration",
                         "communique", "protocol", "roadmap", "arrangement", "document",
                         "talks", "talk", "meeting", "summit", "negotiation", "consultation",
                         "dialogue", "round", "visit", "exchange", "swap", "partnership",
                         "cooperation", "mechanism", "framework", "plan"})


def story_pair(ex: EventExtractor, resolver: ActorResolver, sent: Span
               ) -> tuple[Actor, Actor] | None:
    """The two states the story is about at ``sent``, in the order its latest event between
    them told them: the one pair of the bilateral events told in the :data:`LOOKBACK`
    sentences before (and in ``sent`` itself), the main dyad when those tell several pairs
    and it is one, or the latest bilateral event's pair when it is the main dyad; None
    otherwise."""
    starts = _recent_starts(sent)
    main = frozenset(resolver.ctx.main_dyad or ())
    recent: list[Event] = []
    latest: Event | None = None
    for ev in reversed(resolver.ctx.events[-24:]):
        if not _bilateral(ex, ev):
            continue
        if latest is None:
            latest = ev
        if ev.evidence is not None and ev.evidence.start in starts:
            recent.append(ev)
    if recent:
        pairs = {_dyad(ev) for ev in recent}
        if len(pairs) == 1:
            return _sides(ex, recent[0])
        chosen = next((ev for ev in recent if _dyad(ev) == main), None)
        return _sides(ex, chosen) if chosen is not None else None
    if latest is not None and _dyad(latest) == main:
        return _sides(ex, latest)
    return None


def _recent_starts(sent: Span) -> set[int]:
    starts = {sent.start_char}
    cur = sent
    for _ in range(LOOKBACK):
        if cur.start == 0:
            break
        cur = sent_of(sent.doc[cur.start - 1])
        starts.add(cur.start_char)
    return starts


def _bilateral(ex: EventExtractor, ev: Event) -> bool:
    src, tgt = ev.source, ev.target
    return src is not None and tgt is not None and ev.root in PAIR_TELLING_ROOTS and (
        ev.cameo != "045") and src.country is not None and tgt.country is not None and (
        src.country != tgt.country) and src.country in ex.kb.country_codes and (
        tgt.country in ex.kb.country_codes)


def _dyad(ev: Event) -> frozenset[str | None]:
    return frozenset((ev.source.country if ev.source else None,
                      ev.target.country if ev.target else None))


def _sides(ex: EventExtractor, ev: Event) -> tuple[Actor, Actor] | None:
    if ev.source is None or ev.target is None:
        return None
    return (_state(ex, ev.source), _state(ex, ev.target))


def _state(ex: EventExtractor, a: Actor) -> Actor:
    """The side's state body: its government, or its forces when the story told them."""
    sector = a.sector if a.sector in ("GOV", "MIL") else "GOV"
    return Actor(None, None, ex.kb.make_code(a.country, sector), a.country, sector)


def _names_only(resolver: ActorResolver, sent: Span, tok: Token, pair: set[str | None]
                ) -> bool:
    """Whether every actor the sentence names is of the pair (a third side's sentence, or a
    background pair told with its names, is no sentence of the story's pair), but for the
    one who tells it ("the mediator said a truce was agreed")."""
    speakers = {c.i for a in tok.ancestors if a.lemma_.lower() in REPORTING_VERBS
                for c in kids(a) if c.dep_ == "nsubj"}
    for span in resolver.spans_in(sent):
        if span.root.i in speakers or span.root.head.i in speakers:
            continue
        for a in resolver.resolve(span.root):
            if a.actor.country and a.actor.country not in pair:
                return False
    return True


def mutual_intent(verb: Token) -> bool:
    """Whether what a pair commits or agrees to is done each to the other ("the parties
    commit to respect each other's borders", "agreed to return one another's prisoners"):
    an intent both ways, not one told once for the pair."""
    if each_other(verb):
        return True  # ("agreed to return each other's prisoners": the intent's own verb)
    for c in kids(verb):
        if c.dep_ in ("xcomp", "ccomp", "prep") and c.i > verb.i:
            done = [c] + [t for t in c.conjuncts if t.i > c.i]
            if c.dep_ == "prep":
                done = [p for p in kids(c) if p.dep_ == "pcomp"]
            if any(each_other(v) for v in done if v.pos_ in ("VERB", "AUX")):
                return True
    return False
