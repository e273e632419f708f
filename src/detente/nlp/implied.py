"""Accusations implied by a hostile act one party says another did.

"Poland's interior minister said that Russian agents had carried out arson attacks in
Warsaw", "Kyiv says Russian troops blew up the dam", "the ministry said the Philippine ship had
intruded into Chinese waters": readers code the act (with its own parties and an attribution)
and, besides, the speaker's charge against the doer -- an accusation (CAMEO 112) of the
speaker's side against the doer, told on the day of the statement. Not every "said" is a
charge (examples/README.md, "One convention for all gold sets"):

* a news report that cites its source after the fact ("Russia shelled Kherson overnight,
  Ukrainian officials said"), or through "according to", tells the act, not a statement: only
  a preposed "A said (that) B did ..." is A's own claim;
* the speaker must be a state body (government, military, police, intelligence, legislature)
  or a capital or country standing for it, named or at least of a named country; media,
  companies, experts, international bodies and hedged sources ("a person familiar with ...")
  accuse no one here;
* the doer must be named (a guessed partner is no one's charge) and of another country than
  the speaker, and the reported clause must not be about the speaker's own side's act ("its
  troops beat back an enemy assault" reports a fight, not a charge);
* the act must be told as done or going on (or hedged by the speaker: "could have staged"),
  not denied, negated, planned or conditional, and the saying itself must have happened;
* an explicit charge of the speaker at the doer in the same sentence ("said ... and accused
  Manila of provocation") is the accusation already.

Acts of force and posture count (CAMEO roots 15, 17-20), and defiance of a norm or a line
(128: "ignored repeated warnings", "violated its airspace"); threats (13), protests (14), other
refusals (12x) and cut ties or sanctions (16) are statements or public measures of their own,
which a party reports without charging anyone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.model import Article, Event, Status
from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.clauses import is_passive
from detente.nlp.rules import (
    REL_PRONOUNS,
    STATE_SECTORS,
    SUBJ_DEPS,
)
from detente.nlp.speech import saying_trigger, speech_events
from detente.nlp.status import decide

if TYPE_CHECKING:
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

__all__ = ["ACCUSED_ROOTS", "implied_accusations"]

#: roots of the acts whose report by another party charges the doer: posture (15), coercion
#: (17), assault (18), fighting (19), mass violence (20)
ACCUSED_ROOTS = frozenset({"15", "17", "18", "19", "20"})
#: and single codes of other roots: defiance of a norm or a line (128: "said the Philippine
#: boat had ignored repeated warnings", "says Ankara violated its airspace")
ACCUSED_CODES = frozenset({"128"})
#: verbs that put a claim in the speaker's mouth ("note", "confirm", "report" tell facts)
CLAIM_VERBS = frozenset({"say", "tell", "claim", "allege", "state", "add", "insist", "charge",
                         "assert", "suggest", "maintain", "declare", "stress", "argue",
                         "announce", "write", "contend"})
#: dependencies the reported act may climb on its way to the clause the speaker's verb governs
_CLIMB_DEPS = frozenset({"ccomp", "conj", "xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass",
                         "attr", "acomp", "advcl", "compound", "amod", "pcomp", "appos"})
#: speaker heads that are no one's voice: hedged or unnamed sources
_VOICELESS = frozenset({"source", "sources", "report", "reports", "person", "people",
                        "media", "outlet", "newspaper", "analyst", "analysts", "expert",
                        "experts", "observer", "observers", "witness", "witnesses",
                        "resident", "residents"})
#: statuses of the act that make it a charge (hedged by the speaker or not)
_TOLD_AS_DONE = frozenset({Status.HAPPENED, Status.ONGOING, Status.UNCERTAIN})
PATTERN_ID = "implied.accuse"
#: verbs of a means put to use, whose purpose infinitive tells a deed done
USING_VERBS = frozenset({"use", "employ", "deploy"})
#: what the speaker asks of the doer, not a charge: "must end its attacks", "should stop"
ENDING_VERBS = frozenset({"end", "stop", "halt", "cease", "avoid", "refrain"})
OBLIGING_MODALS = frozenset({"must", "should", "ought"})
#: verbs by which the doer owns or disowns the act: the clause tells what the doer said, not
#: a charge by the speaker ("said he had admitted crossing the line", "said Kyiv denied ...")
OWNING_VERBS = frozenset({"admit", "acknowledge", "confess", "concede", "deny", "reject",
                          "dismiss", "regret", "apologise", "apologize", "claim"})


def implied_accusations(ex: EventExtractor, sent: Span, article: Article,
                        resolver: ActorResolver) -> Iterator[Event]:
    """The accusations (112) that the sentence's reported hostile acts imply: speaker's side
    against the doer, one per speaker, doer and saying verb."""
    made: set[tuple[int, str | None, str | None]] = set()
    for trig in ex._sentence_triggers:
        if trig.pattern.cameo[:2] not in ACCUSED_ROOTS and (
                trig.pattern.cameo not in ACCUSED_CODES):
            continue
        speech = _claiming_verb(trig.token)
        if speech is None:
            continue
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if speaker is None and speech.dep_ == "conj":
            # "rejected the report and said enemy drones had struck the depot": the subject
            # the two verbs share
            speaker = ex._subject(speech)
        if speaker is None or speaker.lower_ in REL_PRONOUNS or speech.dep_ in ("relcl", "acl"):
            continue  # "a patrol, which said ...": a sighting told in passing
        accusers = _state_voices(speaker, resolver)
        if not accusers:
            continue
        own = {a.actor.country for a in accusers}
        if _own_act_reported(ex, trig.token, speech, resolver, own):
            continue
        act = decide(trig.token, sentence=sent)
        if act.status == Status.PLANNED and _used_for(trig.token, sent):
            act = replace(act, status=Status.HAPPENED)
        if act.negated or act.status not in _TOLD_AS_DONE or act.anonymous:
            continue
        doers, _targets = ex._arguments(trig, resolver, is_passive(trig.token))
        doers = [d for d in doers if d.kind not in ("implicit", "dyad") and d.actor.country
                 and d.actor.country not in own and d.actor.start is not None]
        if not doers:
            continue
        said = saying_trigger(speech, sent, article, PATTERN_ID, "112")
        if said is None or _charged_already(ex, resolver, own,
                                            {d.actor.country for d in doers}):
            continue
        charge, edate = said
        for a in accusers:
            for d in doers:
                key = (speech.i, a.actor.code, d.actor.code)
                if key in made or a.actor.code == d.actor.code:
                    continue
                made.add(key)
                log.debug("implied accusation %s -> %s at %r", a.actor.code, d.actor.code,
                          trig.token.text)
                yield ex._make_event(charge, sent, article, a, d, Status.HAPPENED,
                                     f"said ({trig.token.text})", edate, None, None)
    # blame, threats and lede charges inside reported clauses (nlp.speech)
    yield from speech_events(ex, sent, article, resolver)


def _used_for(act: Token, sent: Span) -> bool:
    """Whether the act is what a means told as used was used for ("mines had been used to
    damage four vessels", "drones were used to strike the depot"): done, not planned."""
    head = act.head
    if act.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in USING_VERBS or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return False
    used = decide(head, sentence=sent)
    return not used.negated and not used.future and used.status in (Status.HAPPENED,
                                                                     Status.ONGOING)


def _claiming_verb(act: Token) -> Token | None:
    """The verb of saying whose that-clause tells ``act``, when the saying comes first ("Kyiv
    says Russian troops blew up the dam"); None for a source cited after the act ("...,
    officials said"), a clause under another verb ("did not think China would invade"), or
    none."""
    cur = act
    for _ in range(8):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _CLIMB_DEPS:
            return None
        if cur.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "be":
            return None  # "said U.S. patrols were a provocation": a judgement (111)
        if cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in cur.children):
            return None  # "faked it to excuse fresh raids": an aim, not a deed
        if cur.dep_ == "ccomp" or (cur.dep_ == "advcl" and head.lemma_.lower() in CLAIM_VERBS):
            if head.lemma_.lower() in CLAIM_VERBS and head.pos_ in ("VERB", "AUX") and (
                    head.i < act.i):
                return head
            if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() != "be":
                return None  # "he did not think ...", "denied that ...": another verb's
        cur = head
    return None


def _state_voices(speaker: Token, resolver: ActorResolver) -> list[ResolvedActor]:
    """The state actors a speaker phrase names (and its conjuncts): a body of a state, or a
    country or capital standing for its government."""
    if speaker.lemma_.lower() in _VOICELESS or speaker.pos_ == "PRON" and (
            speaker.lower_ not in ("it", "they", "he", "she")):
        return []
    found: list[ResolvedActor] = []
    for tok in [speaker] + [c for c in speaker.conjuncts if c.i > speaker.i]:
        for a in resolver.resolve(tok):
            sector = a.actor.sector
            if not a.actor.country or len(a.actor.country) != 3 or a.kind in (
                    "igo", "media", "dyad", "implicit"):
                continue
            # (a country's name or capital stands for its government; a people does not:
            # "the Kurds said ...")
            if sector in STATE_SECTORS or (sector is None and (
                    a.kind == "metonym" or a.kind == "country" and tok.ent_type_ == "GPE")):
                found.append(a)
    return found


def _own_act_reported(ex: EventExtractor, act: Token, speech: Token, resolver: ActorResolver,
                      own: set[str | None]) -> bool:
    """Whether a verb between the act and the saying has the speaker's side as its subject
    ("said its troops beat back an enemy assault", "said it had tracked the carrier"), is
    the doer owning or disowning the act (:data:`OWNING_VERBS`), or asks for its end ("must
    end the attacks")."""
    cur = act
    while cur.i != speech.i and cur.head.i != cur.i:
        if cur.i != act.i and cur.lemma_.lower() in OWNING_VERBS:
            return True  # "said he had admitted crossing the line"
        if cur.i != act.i and (cur.lemma_.lower() in ENDING_VERBS or any(
                c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in cur.children)):
            return True  # "says Israel must end its attacks on Syria": a demand
        if cur.i != act.i and cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ in SUBJ_DEPS), None)
            if subj is not None and any(a.actor.country in own for a in resolver.resolve(subj)):
                return True
        cur = cur.head
    return False


def _charged_already(ex: EventExtractor, resolver: ActorResolver,
                     own: set[str | None], doers: set[str | None]) -> bool:
    """Whether the speaker's side voices its disapproval (11x) of the doer in the sentence in
    so many words ("... and accused Manila of provocation"), or by the saying itself."""
    for t in ex._sentence_triggers:
        if t.pattern.cameo[:2] != "11":
            # (the saying itself may be the disapproval: a negative word in the claim makes
            # it a criticism, "said U.S. balloons had illegally flown over China")
            continue
        sources, targets = ex._arguments(t, resolver, is_passive(t.token))
        if {s.actor.country for s in sources} & own and (
                {g.actor.country for g in targets} & doers):
            return True
    return False
