"""Events whose clause names no side: the story's pair.

News tells an event between two sides and then goes on about it without naming them again:
"A three-day truce was agreed on Monday", "Several accords were signed too", "The talks
will be held in Geneva", "The accord comes after months of fighting in the hills".
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
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.coding.patterns import Pattern
from detente.model import Actor, Article, Event, Status
from detente.nlp.actor_common import ResolvedActor
from detente.nlp.clauses import REPORTING_VERBS, child, each_other, is_passive
from detente.nlp.rules import Trigger, governing_clause_text, tense_of
from detente.nlp.status import decide
from detente.nlp.words import sentence_words
from detente.resolve.event_dates import CANCEL_VERBS, trigger_date
from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.nlp.actors import ActorResolver
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

__all__ = ["LOOKBACK", "RESTATED_NOUNS", "STORY_ROOTS", "fighting_ended", "mutual_intent",
           "restated_events", "story_pair", "story_sides"]

#: roots of what two sides do together or to each other, which a clause may tell with no
#: side named: intents (03), meetings (04), agreements (05), cooperation (06), fighting (19)
STORY_ROOTS = frozenset({"03", "04", "05", "06", "19"})
#: roots an agentless passive may tell of the pair ("a truce was agreed", "talks were held");
#: a passive act of force names no doer ("drones were used")
PASSIVE_ROOTS = frozenset({"03", "04", "05", "06"})
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
#: of those, the ones on a passive verb that name its sides ("was signed between A and B")
_VERB_SIDE_PREPS = _SIDE_PREPS - {"of", "to"}
#: passive subjects that are no event of the pair: things and people ("the bill was signed",
#: "he was received"); a pronoun "this"/"it" stands for the event told ("This was agreed")
_PRONOUN_EVENTS = frozenset({"this", "it", "that"})
#: nouns that count or measure the events a passive tells of ("a number of agreements were
#: signed", "a new round of talks will be held")
_MEASURES = frozenset({"number", "series", "set", "range", "host", "package", "round"})
#: determiners of no event or of a kind of event ("no agreement was signed", "any deal")
_NO_ONE_DETS = frozenset({"no", "any", "such", "every", "each", "another"})
#: entity types that name a side (a date or number on a noun does not: "a 48-hour truce")
_ACTOR_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})


def story_sides(ex: EventExtractor, trig: Trigger, sent: Span, resolver: ActorResolver,
                peace: Token | None = None
                ) -> tuple[list[ResolvedActor], list[ResolvedActor], Event | None] | None:
    """The sources and targets the story's pair gives ``trig``, a trigger whose clause names
    no side (see the module docstring), and the event a definite noun tells again (its date
    and place are the noun's); None when the trigger is not told so or the story has no one
    pair. A reciprocal pattern gets both as sources, others the pair in the order the story
    told it. ``peace`` is the verb of the clause a fighting word is the time phrase of
    ("the deal comes after weeks of fighting"), when it is one."""
    pat, tok = trig.pattern, trig.token
    if pat.cameo[:2] not in STORY_ROOTS or pat.cameo == "045":
        return None
    how = "fight" if peace is not None and pat.cameo[:2] == "19" else _sideless(trig)
    if how is None:
        return None
    if how in ("passive", "noun") and pat.cameo[:2] not in PASSIVE_ROOTS:
        # ("drones were used", "the attack killed two": whose, the clause does not say)
        return None
    told: Event | None = None
    if how == "group":
        # "the two kingdoms signed a deal", "a treaty the two countries signed": the two
        # states the sentence names, else the story's pair
        group = pair_group_doer(tok)
        pair = _named_pair(ex, resolver, sent, tok, group) or _group_pair(
            ex, resolver, group) or story_pair(ex, resolver, sent)
    elif how == "noun":
        # "The agreement builds on ...": the event of its kind the story told, again
        told = _told_again(ex, resolver, pat.cameo[:2])
        pair = _sides(ex, told) if told is not None else None
    elif how == "fight":
        # "The agreement comes after weeks of fighting": the deal's sides fought
        made = _told_again(ex, resolver, "05")
        pair = _sides(ex, made) if made is not None else None
    else:
        pair = story_pair(ex, resolver, sent)
    if pair is None:
        return None
    if not _names_only(resolver, sent, tok, {a.country for a in pair}, how != "noun",
                       scene=_scenes(tok) if pat.cameo[:2] != "19" else frozenset()):
        return None
    if decide(tok, sentence=sent).status == Status.HYPOTHETICAL:
        return None  # ("if a truce is agreed, ...": no side, no event yet)
    # (each side a reference back to one the story named, as "they" is, with no place in
    # the sentence: no group phrase to fill, no phrase the target and the source share)
    sides = [ResolvedActor(Actor(tok.text, None, a.code, a.country, a.sector), "coref")
             for a in pair]
    log.debug("story pair %s-%s for %r", pair[0].code, pair[1].code, tok.text)
    if pat.reciprocal or how == "fight":
        return sides, [], told  # (fighting a peace ended was fought by each side)
    return sides[:1], sides[1:], told


def _sideless(trig: Trigger) -> str | None:
    """How the trigger is told with no place for a side: "passive" (an agentless passive
    verb whose subject is an event noun, or "this"), "noun" (an event noun that is its
    clause's subject and points back to one told), "fight" (fighting a peace was made
    after); None when it is not."""
    tok = trig.token
    if trig.pattern.id == "fight.between_n":
        return "fight"  # ("the deal came after weeks of fighting": the ones who made peace)
    if pair_group_doer(tok) is not None:
        return "group"  # ("the two kingdoms signed an agreement": a pair no name tells)
    if tok.pos_ == "VERB":
        if not is_passive(tok) or _names_sides(tok):
            return None  # ("was signed in 2015 between Bamako and the rebels")
        subj = child(tok, ("nsubjpass",))
        if subj is None:
            return None
        if subj.lower_ in _PRONOUN_EVENTS:
            return "passive"
        # ("a number of agreements were signed", "several accords were signed")
        head = next((p for c in kids(subj) if c.dep_ == "prep" and c.lower_ == "of"
                     for p in kids(c) if p.dep_ == "pobj"), None) if subj.lower_ in (
            _MEASURES) else None
        return "passive" if _plain_event_noun(head if head is not None else subj, trig,
                                              definite=False) else None
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lower_ in _MEASURES) and tok.head.head.dep_ == "nsubjpass":
        # "a new round of talks will be held next week": the noun the passive tells of
        verb = tok.head.head.head
        if is_passive(verb) and not _names_sides(verb) and (
                _plain_event_noun(tok, trig, definite=False)):
            return "passive"
        return None
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and not (
            tok.head.lemma_.lower() in ENDING_VERBS and not any(
                c.dep_ == "dobj" for c in kids(tok.head))) and _plain_event_noun(
                tok, trig, definite=True):
        # (not "the deal collapsed": its end; "the deal ends a long row" tells the deal)
        return "noun"
    return None


#: plural nouns a phrase of two states may be made of ("the two kingdoms", "both
#: nations", "the two neighbours"): when the resolver gives no one for it, the pair
PAIR_GROUP_NOUNS = frozenset({"country", "nation", "kingdom", "state", "government",
                              "neighbour", "neighbor", "republic", "monarchy", "emirate",
                              "capital", "ally", "side", "party", "leader", "delegation",
                              "rival", "partner", "adversary", "foe"})
#: verbs of a clause on an event noun by which its subject makes the act ("a treaty the two
#: countries signed", "the talks both sides held"), not one of hoping or saying about it
_MAKING = frozenset({"sign", "conclude", "reach", "seal", "ink", "agree", "negotiate", "hold",
                     "strike", "finalise", "finalize", "ratify", "hammer", "forge"})
#: verbs that open or carry on an event a noun names ("have begun talks", "resumed talks")
_OPENING = frozenset({"begin", "start", "open", "launch", "resume", "continue", "hold"})
#: words by which such a phrase counts two ("the two", "both")
_PAIR_COUNTS = frozenset({"two", "both"})


def _pair_group(noun: Token) -> bool:
    """Whether ``noun`` heads a phrase of two states told before or beside it ("the two
    kingdoms", "both nations", "these two countries"), not a count of new ones ("two
    countries signed")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or (
            noun.lemma_.lower() not in PAIR_GROUP_NOUNS):
        return False
    words = {c.lower_ for c in kids(noun) if c.dep_ in ("det", "nummod", "predet")}
    return bool(words & _PAIR_COUNTS) and ("both" in words or bool(words & _BACK_DETS))


def pair_group_doer(tok: Token) -> Token | None:
    """The phrase of two states that does the act ``tok`` tells ("the two kingdoms signed
    an agreement", "a treaty the two countries signed in 1973", "both governments agreed
    to talk"): the subject of the trigger verb (or of the verb it completes), or of the
    clause on the trigger noun; None when there is none."""
    verbs: list[Token] = []
    if tok.pos_ == "VERB":
        # (the verb it completes or is joined to, when it has no subject of its own)
        verbs = [tok] + ([tok.head] if tok.dep_ in ("xcomp", "conj") and child(
            tok, ("nsubj", "nsubjpass")) is None else [])
        if is_passive(tok):
            return None
    elif tok.pos_ == "NOUN":
        verbs = [c for c in kids(tok) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                 and c.lemma_.lower() in _MAKING]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
                tok.head.lemma_.lower() in _MAKING | _OPENING) and not is_passive(tok.head):
            # ("officers of the two countries have begun talks": the verb's doer)
            verbs.append(tok.head)
        # ("a treaty the two countries signed" parsed as "countries" with its own clause)
        after = tok.doc[tok.i + 1:min(tok.i + 5, sent_of(tok).end)]
        for g in after:
            if _pair_group(g) and all(t.head.i == g.i for t in tok.doc[tok.i + 1:g.i]) and (
                    any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                        and c.lemma_.lower() in _MAKING for c in kids(g))):
                return g
    for v in verbs:
        subj = child(v, ("nsubj",))
        if subj is not None and _pair_group(subj):
            return subj
        if subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_:
            # "officers from the two countries", "envoys of both states": a body of them
            body = next((p for c in kids(subj) if c.dep_ == "prep" and c.lower_ in (
                "of", "from") for p in kids(c) if p.dep_ == "pobj"), None)
            if body is not None and _pair_group(body):
                return body
    return None


def _named_pair(ex: EventExtractor, resolver: ActorResolver, sent: Span, tok: Token,
                group: Token | None) -> tuple[Actor, Actor] | None:
    """The two states the sentence names, in its order, when it names two and no other
    (but for the one who tells it): whom "the two kingdoms" of its clause stand for."""
    speakers = {c.i for a in tok.ancestors if a.lemma_.lower() in REPORTING_VERBS
                for c in kids(a) if c.dep_ == "nsubj"}
    named: dict[str, Actor] = {}
    for span in resolver.spans_in(sent):
        if span.root.i in speakers or span.root.head.i in speakers or (
                group is not None and span.root.i == group.i):
            continue
        for a in resolver.resolve(span.root):
            c = a.actor.country
            if c and c not in named:
                if c not in ex.kb.country_codes:
                    return None
                named[c] = a.actor
    if len(named) != 2:
        return None
    first, second = named.values()
    return _state(ex, first), _state(ex, second)


def _group_pair(ex: EventExtractor, resolver: ActorResolver, group: Token | None
                ) -> tuple[Actor, Actor] | None:
    """The two states the resolver makes of the group phrase, when it makes two."""
    if group is None:
        return None
    states = {a.actor.country: a.actor for a in resolver.resolve(group)
              if a.actor.country in ex.kb.country_codes}
    if len(states) != 2:
        return None
    first, second = states.values()
    return _state(ex, first), _state(ex, second)


def _names_sides(verb: Token) -> bool:
    """Whether a passive verb has a "by" agent or a phrase naming its sides."""
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _VERB_SIDE_PREPS
               for c in kids(verb))


#: what a clause may tell of an event noun that is an event of its own: its end ("the deal
#: collapsed", "the truce expired"), not the event told again
ENDING_VERBS = frozenset({"end", "collapse", "expire", "lapse", "fail", "die", "break",
                          "unravel", "fray", "crumble", "falter", "stall", "founder"})


def _told_again(ex: EventExtractor, resolver: ActorResolver, root: str) -> Event | None:
    """The story's latest event of ``root`` between two states (no mediator's), which a
    definite noun of its kind tells again."""
    mediators = _mediators(resolver)
    for ev in reversed(resolver.ctx.events[-24:]):
        if ev.root == root and _bilateral(ex, ev) and not (_dyad(ev) & mediators):
            return ev
    return None


def _mediators(resolver: ActorResolver) -> frozenset[str | None]:
    """The countries the story told mediating (045) between others: no side of the pair."""
    return frozenset(ev.source.country for ev in resolver.ctx.events[-24:]
                     if ev.cameo == "045" and ev.source is not None)


def _plain_event_noun(noun: Token, trig: Trigger, *, definite: bool
                      ) -> bool:
    """Whether ``noun`` is an event word of the trigger's kind with nothing naming its sides:
    no owner, no name or nationality on it, no phrase naming a party; with ``definite``, a
    determiner pointing back to one told ("the talks", "this deal")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in _ACTOR_ENTS:
        return False
    if noun.i != trig.token.i and (
            noun.lemma_.lower() not in EVENT_NOUNS and noun.lower_ not in EVENT_NOUNS):
        return False  # ("sea drones had been used", "the invitation was accepted": no pair's)
    dets = {c.lower_ for c in kids(noun) if c.dep_ == "det"}
    if definite and not dets & _BACK_DETS or dets & _NO_ONE_DETS:
        return False  # ("no deal was reached", "such accords are signed by ministers")
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


def story_pair(ex: EventExtractor, resolver: ActorResolver, sent: Span,
               without: frozenset[str | None] = frozenset()
               ) -> tuple[Actor, Actor] | None:
    """The two states the story is about at ``sent``, in the order its latest event between
    them told them: the one pair of the bilateral events told in the :data:`LOOKBACK`
    sentences before (and in ``sent`` itself), the main dyad when those tell several pairs,
    it is one and each other pair has one of its sides (a host's), or the latest bilateral
    event's pair when it is the main dyad; None otherwise. Events with a side the story
    told mediating (045) tell no pair, nor, when ``without`` names sides, events of one of
    them (a third party's own dealings with one side, "recognised B's borders and urged all
    the parties to talk", leave the pair it speaks to)."""
    starts = recent_starts(sent)
    main = frozenset(resolver.ctx.main_dyad or ())
    mediators = _mediators(resolver)
    recent: list[Event] = []
    latest: Event | None = None
    for ev in reversed(resolver.ctx.events[-24:]):
        if not _bilateral(ex, ev) or _dyad(ev) & mediators or (without and _dyad(ev) & without):
            continue
        if latest is None:
            latest = ev
        if ev.evidence is not None and ev.evidence.start in starts:
            recent.append(ev)
    if recent:
        pairs = {_dyad(ev) for ev in recent}
        if len(pairs) == 1:
            return _sides(ex, _unmirrored(recent))
        chosen = next((ev for ev in recent if _dyad(ev) == main), None)
        if chosen is None or any(not pair & main for pair in pairs):
            # (two pairs apart, "A met B, and C met D": no one pair; a mediator's or a
            # host's events with each side leave the sides' pair)
            return None
        return _sides(ex, chosen)
    if latest is not None and _dyad(latest) == main:
        return _sides(ex, latest)
    return None


def _unmirrored(recent: list[Event]) -> Event:
    """The latest of ``recent`` (latest first), or, when it mirrors the one told just before
    it (the same act, each side against the other: "clashed", "accused each other"), that
    one: the order the text told the pair in."""
    ev = recent[0]
    if len(recent) > 1:
        prev = recent[1]
        if prev.cameo == ev.cameo and prev.evidence == ev.evidence and (
                prev.source is not None and ev.target is not None) and (
                prev.source.country == ev.target.country):
            return prev
    return ev


def recent_starts(sent: Span, lookback: int = LOOKBACK) -> set[int]:
    """The start offsets of ``sent`` and of the ``lookback`` sentences before it (the
    sentences whose events are the story's latest at ``sent``)."""
    starts = {sent.start_char}
    cur = sent
    for _ in range(lookback):
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


def _names_only(resolver: ActorResolver, sent: Span, tok: Token, pair: set[str | None],
                told_by: bool, scene: frozenset[int] = frozenset()) -> bool:
    """Whether every actor the sentence names is of the pair (a third side's sentence, or a
    background pair told with its names, is no sentence of the story's pair), but, with
    ``told_by``, for the one who tells it ("the mediator said a truce was agreed"), and for
    the place the act is told at (``scene``: the indices of its names)."""
    speakers = {c.i for a in tok.ancestors if a.lemma_.lower() in REPORTING_VERBS
                for c in kids(a) if c.dep_ == "nsubj"} if told_by else set()
    for span in resolver.spans_in(sent):
        if span.root.i in speakers or span.root.head.i in speakers or span.root.i in scene:
            continue
        for a in resolver.resolve(span.root):
            if a.actor.country and a.actor.country not in pair:
                return False
    return True


#: prepositions that tell where an act of the pair took place ("was signed in Apia", "the
#: talks at Camp David"): a scene, never a party (nlp.place_targets: only force is aimed at a
#: place)
_SCENE_PREPS = frozenset({"in", "at"})


def _scenes(tok: Token) -> frozenset[int]:
    """The indices of the names a scene phrase on the trigger (or on the verb whose subject
    or object it is) puts the act at ("The accord was signed in Apia",
    "The talks in Apia ended"): the place's name, whatever actor it also names."""
    # (or on the verb whose object it is: "in Vienna, envoys of the two began talks")
    heads = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    places = [p for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ in _SCENE_PREPS
              for p in kids(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    # "was signed in Suva, where the two leaders attend the forum's summit": what the
    # "where" clause tells of the place (the meeting there, its host body) names no party
    return frozenset([p.i for p in places] + [
        t.i for p in places for c in kids(p) if c.dep_ == "relcl" and any(
            w.dep_ == "advmod" and w.lower_ == "where" for w in kids(c)) for t in c.subtree])


def mutual_intent(verb: Token) -> bool:
    """Whether what a pair commits or agrees to is done each to the other ("the parties
    commit to honour each other's frontiers", "agreed to free one another's prisoners"):
    an intent both ways, not one told once for the pair."""
    if each_other(verb):
        return True  # ("agreed to return each other's prisoners": the intent's own verb)
    if _under_pact(verb):
        return True  # ("Under the treaty, the two states undertake to ...": its terms)
    for c in kids(verb):
        if c.dep_ in ("xcomp", "ccomp", "prep") and c.i > verb.i:
            done = [c] + [t for t in c.conjuncts if t.i > c.i]
            if c.dep_ == "prep":
                done = [p for p in kids(c) if p.dep_ == "pcomp"]
            if any(each_other(v) for v in done if v.pos_ in ("VERB", "AUX")):
                return True
    return False


#: nouns of a pact whose terms bind each party to the other ("under the treaty")
PACT_NOUNS = frozenset({"treaty", "pact", "agreement", "accord", "deal", "alliance",
                        "charter", "convention", "protocol", "compact", "arrangement"})


def _under_pact(verb: Token) -> bool:
    """Whether a commitment is told as a pact's terms: an "under" phrase on the verb (or on
    the clause it is joined to) whose object is a pact noun or "it"/"this" standing for
    the pact told ("Under it, A and B commit to ...", "under the accord both sides
    undertake ..."); a pair's commitment so told is each side's to the other."""
    heads, cur = [verb], verb
    while cur.dep_ in ("conj", "xcomp", "ccomp") and len(heads) < 4:
        # (the clause it is joined to, or the declaring one the parser hung it under:
        # "Under it, A and B declare that ... and commit to ...")
        cur = cur.head
        heads.append(cur)
    for h in heads:
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ == "under":
                obj = next((p for p in kids(c) if p.dep_ == "pobj"), None)
                if obj is not None and (obj.lower_ in ("it", "this") or (
                        obj.lemma_.lower() in PACT_NOUNS)):
                    return True
    return False


#: verbs that end a fight ("to end hostilities", "urged them to stop the fighting")
FIGHT_ENDERS = frozenset({"end", "stop", "cease", "halt"})


def fighting_ended(noun: Token) -> bool:
    """Whether a fighting noun is what a verb ends ("commit to end hostilities", "urged
    them to stop the fighting", "his role in ending the hostilities"): the ending (an
    intent, an appeal, a mediation) is the event, not a fight."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in FIGHT_ENDERS


#: the acts "the decision" or "the move" may name again: ties recognised or restored (054),
#: concessions (08), rejections (12), cuts of relations (16) and coercion (17) -- a side's
#: own step toward another, not a meeting, a statement or a fight
DECISION_CODES = ("054", "08", "12", "16", "17")
#: nouns that tell again an act the story told, by the codes (or their starts) it may have
#: been coded with: "The closure has left traders stranded", "called the halt a turning
#: point", "the rupture may hurt trade", "a day before the swap", "The raid was condemned",
#: "The expulsions will cut staff at both embassies"
RESTATED_NOUNS: dict[str, tuple[str, ...]] = {
    "closure": ("172", "161"),
    "rupture": ("161",),
    "break": ("161",),
    "halt": ("12", "16", "172"),
    "suspension": ("12", "16", "172"),
    "cutoff": ("12", "16", "172"),
    "expulsion": ("161", "174"),
    "recall": ("161",),  # (of envoys: "regretted the recall")
    "swap": ("084",),
    "exchange": ("084",),
    "release": ("084",),
    "raid": ("171", "18", "19"),
    "seizure": ("171",),
    "visit": ("042", "043"),
    "trip": ("042",),
    "journey": ("042",),
    "talk": ("04",),  # (as "talks": one meeting)
    "meeting": ("04",),
    "summit": ("04",),
    "call": ("041",),
    "strike": ("19",),
    "attack": ("19", "18"),
    "offensive": ("19",),
    "deployment": ("074", "15"),
    "measure": ("16", "17"),
    # a sanction or ban named again: "the customs agency said the ban covered all seafood",
    # "The sanctions were lifted in May" (the lifting: :func:`_lifted`)
    "ban": ("163", "172"),
    "embargo": ("163",),
    "sanction": ("163",),
    # a one-sided step named by what it was for its doer: "The decision was taken by the
    # cabinet", "regretted the unilateral decision", "Kyiv condemned the move"
    "decision": DECISION_CODES,
    "move": DECISION_CODES,
}
_RESTATED_WORDS = frozenset(RESTATED_NOUNS)
#: of those, the meetings and journeys: told again only as their clause's subject ("The
#: visit follows weeks of pressure", "The talks follow a letter"), not as the frame of
#: another act ("after the talks, he said ...", "during the visit, she met ...")
_SUBJECT_ONLY = frozenset({"visit", "trip", "journey", "talk", "meeting", "summit", "call"})
#: nouns that may name any act of their kinds: only one told in the few sentences before
#: ("The measure will affect 45 diplomats" after an embassy was told to cut its staff)
_GENERIC = frozenset({"measure", "decision", "move"})
#: the cues of a condition the noun's clause is under: no act told again, one supposed
_CONDITIONS = frozenset({"if", "unless"})
#: verbs (and their nouns) that ask for an act rather than tell it again ("called for the
#: release", "to secure the release", "demanding the exchange")
_ASKING = frozenset({"call", "demand", "seek", "secure", "urge", "press", "push", "ask",
                     "negotiate", "work", "appeal", "plead", "effort", "efforts", "bid"})
RESTATED_ID = "story.restated"


def restated_events(ex: EventExtractor, sent: Span, article: Article,
                    resolver: ActorResolver) -> Iterator[Event]:
    """An act the story told, told again by a definite noun that names no side ("Gabon closed
    its border with Cameroon. ... The closure has left traders stranded", "Quito's police
    raided the embassy. ... The raid was condemned across the region"): the same sides, code,
    status, date and place, from this sentence. A plural noun ("the expulsions") tells each
    direction the story told of its kind again. Only where no event of the sentence has the
    same pair and root already, the story told such an event before this sentence, the
    noun's owner (if any) is the doer told, and the sentence names no actor outside its
    pair (but for a noun that is the subject of the sentence's main verb: "The talks follow
    a letter that A sent to B" tells of the talks)."""
    words = sentence_words(sent).with_lemma(_RESTATED_WORDS)
    if sentence_words(sent).words & _BACK_DEMONSTRATIVES:
        yield from _asked_talks_held(ex, sent, article, resolver)
    if not words:
        return
    made = {_told_key(ev) for ev in resolver.ctx.events[-20:]
            if ev.evidence is not None and ev.evidence.start == sent.start_char}
    mediators: frozenset[str | None] | None = None
    for tok in words:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or lemma not in RESTATED_NOUNS \
                or lemma == "talk" and tok.lower_ != "talks":
            continue
        main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if lemma in _SUBJECT_ONLY and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _asked_for(tok):
            continue
        owner = _owner(tok)
        if owner is None or any(
                c.dep_ in ("nmod", "appos", "relcl", "acl") or c.dep_ == "prep" and (
                    c.lower_ in _SIDE_PREPS) or c.dep_ in ("compound", "amod") and (
                    c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS) for c in kids(tok)):
            continue
        codes = RESTATED_NOUNS[lemma]
        if mediators is None:
            mediators = _mediators(resolver)
        found = [ev for ev in reversed(resolver.ctx.events[-24:])
                 if ev.cameo.startswith(codes) and _bilateral(ex, ev)
                 and not (_dyad(ev) & mediators)
                 and ev.evidence is not None and ev.evidence.start < sent.start_char]
        if lemma in _GENERIC:
            recent = recent_starts(sent)
            found = [ev for ev in found if ev.evidence is not None
                     and ev.evidence.start in recent]
        if not found:
            continue
        if owner is not tok:
            doers = {a.actor.country for a in resolver.resolve(owner)}
            found = [ev for ev in found if ev.source is not None and (
                ev.source.country in doers)]
        # a plural noun tells each direction of the latest act's kind again ("the
        # expulsions": each side's); a singular one the latest, with the ones its sentence
        # told of its doer alongside ("recalled its envoys from A and B. ... the recall")
        told = found[:1] + [ev for ev in found[1:] if ev.evidence == found[0].evidence
                            and ev.cameo == found[0].cameo and ev.source is not None
                            and found[0].source is not None
                            and ev.source.country == found[0].source.country]
        if tok.tag_ == "NNS" and found and lemma != "talk":
            # (the acts told near the noun or with the latest: "A expelled ..., and B
            # expelled ..."; a ties measure's answer in kind, told earlier; not every strike
            # of a long war)
            latest = found[0]
            near = recent_starts(sent) | {latest.evidence.start if latest.evidence else -1}
            seen: set[tuple[str | None, str | None]] = set()
            told = []
            for ev in found:
                key = (ev.source.country if ev.source else None,
                       ev.target.country if ev.target else None)
                mirror = ev.root == "16" and latest.source is not None and (
                    latest.target is not None) and key == (latest.target.country,
                                                            latest.source.country)
                if ev.root == latest.root and key not in seen and ev.evidence is not None and (
                        ev.evidence.start in near or mirror):
                    seen.add(key)
                    told.append(ev)
        lift = _lifting(ex, tok) if lemma in _LIFTED and told else None
        if lift is not None:
            # "The ban was lifted on Monday", "if Beijing eases the ban": its lifting, by the
            # side that imposed it (under a condition too: the lifting is then hypothetical)
            yield from _lifted(ex, sent, article, resolver, lift, told[:1], made)
            continue
        if told and (_conditioned(tok) or (
                decided := decide(tok, sentence=sent)).status == Status.HYPOTHETICAL and (
                (decided.cue or "").lower() in _CONDITIONS)):
            continue  # ("if the attacks continue, ...", "the meeting, if it takes place")
        before = set(made)  # (the events of the sentence so far, not this noun's own)
        for ev in told:
            if ev.source is None or ev.target is None or _told_key(ev) in before:
                continue
            if not main_subject and not _names_only(
                    resolver, sent, tok, {ev.source.country, ev.target.country}, False):
                continue
            made.add(_told_key(ev))
            pat = Pattern(id=RESTATED_ID, head=lemma, pos="NOUN", cameo=ev.cameo)
            span = {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
            src = ResolvedActor(replace(ev.source, **span), "coref")
            tgt = ResolvedActor(replace(ev.target, **span), "coref")
            log.debug("restated %s %s -> %s at %r", ev.cameo, ev.source.code,
                      ev.target.code, tok.text)
            yield ex._make_event(Trigger(tok, pat, None), sent, article, src, tgt, ev.status,
                                 "restated", ev.date, ev.location, None)


#: demonstratives that point a meeting noun back to the talks its sentence told of
_BACK_DEMONSTRATIVES = frozenset({"those", "these"})
#: nouns of the talks a side asks for
_ASKED_TALKS = frozenset({"talk", "talks", "consultation", "consultations", "meeting",
                          "negotiation", "negotiations", "dialogue"})
ASKED_HELD_ID = "story.asked_talks_held"
#: verbs that tell the talks were not held (or not yet): "those talks were cancelled"
_UNHELD_VERBS = CANCEL_VERBS | frozenset({"refuse", "reject", "decline", "block"})


def _asked_talks_held(ex: EventExtractor, sent: Span, article: Article,
                      resolver: ActorResolver) -> Iterator[Event]:
    """Talks a side asked another for, told again in a later joined clause of the same
    sentence by "those / these talks" as its subject ("sought consultations with B in
    spring, and those talks ended with no deal", "proposed a meeting, and these talks
    began on Monday"): the talks were held between the asker and the one asked (04, at the
    noun's pattern code, when and where the request puts them)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        verb = tok.head
        if trig.pattern.cameo[:2] != "04" or tok.pos_ != "NOUN" or tok.dep_ not in (
                "nsubj", "nsubjpass") or not any(
                c.dep_ == "det" and c.lower_ in _BACK_DEMONSTRATIVES for c in kids(tok)) or (
                verb.dep_ != "conj") or any(c.dep_ == "prep" for c in kids(tok)):
            continue
        asking = next((t for t in ex._sentence_triggers if t.token.i == verb.head.i
                       and t.pattern.cameo[:2] in ("02", "03") and any(
                           c.lemma_.lower() in _ASKED_TALKS and (c.dep_ == "dobj" or (
                               c.dep_ == "pobj" and c.head.lower_ == "for"))
                           for c in (*kids(t.token), *(g for p in kids(t.token)
                                                       if p.dep_ == "prep" for g in kids(p))))
                       ), None)
        if asking is None:
            continue
        asked = next((ev for ev in reversed(resolver.ctx.events[-12:])
                      if ev.evidence.start == sent.start_char and ev.cameo == "036"
                      and (ev.rule or "").startswith(asking.pattern.id)
                      and ev.source is not None and ev.target is not None), None)
        if asked is None or asked.source is None or asked.target is None or any(
                ev.root == "04" and ev.evidence.start == sent.start_char
                and _dyad(ev) == _dyad(asked) for ev in resolver.ctx.events[-12:]):
            continue
        act = decide(verb, sentence=sent)
        if act.negated or act.status in (Status.DENIED, Status.CANCELLED,
                                         Status.HYPOTHETICAL) or (
                verb.lemma_.lower() in _UNHELD_VERBS):
            continue  # ("but those talks were called off": not held)
        pat = replace(trig.pattern, id=ASKED_HELD_ID, reciprocal=False)
        span = {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
        src = ResolvedActor(replace(asked.source, **span), "coref")
        tgt = ResolvedActor(replace(asked.target, **span), "coref")
        log.debug("asked-for talks held %s -> %s at %r", src.actor.code, tgt.actor.code,
                  tok.text)
        yield ex._make_event(Trigger(tok, pat, None), sent, article, src, tgt, act.status,
                             act.cue, asked.date, asked.location, None)


#: measures whose lifting an agentless passive may tell ("the ban was lifted")
_LIFTED = frozenset({"ban", "embargo", "sanction", "suspension", "closure", "halt", "measure"})


def _lifting(ex: EventExtractor, noun: Token) -> Trigger | None:
    """The sentence's trigger of a concession (08x) whose object ``noun`` is, by an agentless
    passive or an active verb ("The sanctions were eased", "the ban was lifted on Monday",
    "if Beijing eases the ban"); None otherwise."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and (not is_passive(verb) or _names_sides(verb)):
        return None
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return None
    return next((t for t in ex._sentence_triggers
                 if t.token.i == verb.i and t.pattern.cameo[:2] == "08"), None)


def _lifted(ex: EventExtractor, sent: Span, article: Article, resolver: ActorResolver,
            lift: Trigger, told: list[Event], made: set[tuple[object, ...]]
            ) -> Iterator[Event]:
    """The lifting (08x) of the measure ``told`` (its latest telling), by its doer toward its
    target, when the clause names no other side (a subject that is the measure's doer, a
    target that is its target, not both: that is the trigger's own event)."""
    for ev in told:
        if ev.source is None or ev.target is None:
            continue
        sources, targets = ex._arguments(lift, resolver, is_passive(lift.token))
        if targets and {t.actor.country for t in targets} != {ev.target.country} or (
                sources and {s.actor.country for s in sources} != {ev.source.country}):
            continue  # (another side's lifting, or of another's measure)
        if sources and targets:
            continue  # (the trigger's own event names both)
        act = decide(lift.token, sentence=sent)
        if act.negated or act.status == Status.DENIED:
            continue
        key = (ev.source.country, ev.target.country, "08")
        if key in made:
            continue
        made.add(key)
        tok = lift.token
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        pat = replace(lift.pattern, id=f"{lift.pattern.id}+{RESTATED_ID}", reciprocal=False)
        span = {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
        src = ResolvedActor(replace(ev.source, **span), "coref")
        tgt = ResolvedActor(replace(ev.target, **span), "coref")
        log.debug("lifted %s %s -> %s at %r", lift.pattern.cameo, ev.source.code,
                  ev.target.code, tok.text)
        where = ex._location(Trigger(tok, pat, lift.obj), sent, [src], None, [src])
        yield ex._make_event(Trigger(tok, pat, lift.obj), sent, article, src, tgt, act.status,
                             act.cue, edate, where, None)


def _told_key(ev: Event) -> tuple[object, ...]:
    """What makes two events of a sentence one: the pair and root, in either order for a
    meeting (04), in the act's direction for others (an expulsion named again in a sentence
    that tells the other side's expulsion in answer: each side's is its own)."""
    if ev.root == "04":
        return (_dyad(ev), ev.root)
    return (ev.source.country if ev.source else None, ev.target.country if ev.target else None,
            ev.root)


def _asked_for(noun: Token) -> bool:
    """Whether ``noun`` is what someone asks or works for, not an act told again ("called for
    the release", "to secure the release", "efforts for the exchange"; not "called the move
    unjustified", a judgement of the act told)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif head.lemma_.lower() in _ASKING_FOR:
        return False  # (asked for only through "for": "call for", "work for")
    return head.lemma_.lower() in _ASKING or head.lower_ in _ASKING


#: of :data:`_ASKING`, the verbs that ask for an act only through a preposition ("called for
#: the release"); their direct object is something else ("called the move a mistake")
_ASKING_FOR = frozenset({"call", "appeal", "plead", "work", "push"})


def _conditioned(noun: Token) -> bool:
    """Whether the clause ``noun`` is the subject or object of is a condition ("if the
    decision stands", "unless the move is reversed")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids(verb))


def _owner(noun: Token) -> Token | None:
    """What points ``noun`` back to an act told: its determiner ("the", "this"), itself; its
    possessor ("Quito's raid", "the President's cancellation"), that word; None when it has
    neither or a determiner of no one act ("no", "any", "a")."""
    poss = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if poss.pos_ in ("PROPN", "NOUN") else None
    dets = {c.lower_ for c in kids(noun) if c.dep_ == "det"}
    return noun if dets & _BACK_DETS and not dets & _NO_ONE_DETS else None
