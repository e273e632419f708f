"""Token-level rules of event coding: the records a trigger makes (``Trigger``, ``Frame``),
noun-phrase bounds, word lists, and the predicates over one token or clause that
:class:`detente.nlp.events.EventExtractor` asks while it picks arguments, statuses and dates
(intent and desire verbs, agreements, who answers for an act, the toll of an attack, day
anaphors such as "two days later", fallback targets, noun-phrase helpers).

Nothing here keeps state or knows the article: each function reads the parse around one
token. Split from ``events.py`` to keep that module to the extractor itself.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from detente.coding.patterns import Pattern
from detente.model import (
    DatePrecision,
    EventDate,
    Status,
    period_start,
)
from detente.nlp.clauses import (
    BOUND_NOUNS,
    OBJ_DEPS,
    REPORTING_VERBS,
    agreement_noun,
    child,
    is_passive,
)
from detente.nlp.status import ANSWER_NOUNS
from detente.resolve.dates import periods_overlap
from detente.resolve.event_dates import blank_except, governing_verb, semicolon_part
from detente.resolve.tokens import conjuncts, kids, lefts, sent_of

log = logging.getLogger(__name__)

SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
REL_PRONOUNS = {"who", "that", "which", "whom"}


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    obj: Token | None  # the object noun of a light-verb construction


@dataclass
class Frame:
    """A trigger with the token spans (doc indices, end exclusive) of its arguments."""

    token: Token
    pattern: Pattern
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    depth: int  # distance of the trigger from the sentence root (0 = the main verb)


def np_span(tok: Token | None, trigger: Token | None = None) -> tuple[int, int] | None:
    """The noun phrase headed by ``tok`` as annotators mark an actor: with its determiners and
    modifiers, a participial phrase ("the missiles fired by the Israeli military") and one
    level of prepositional phrase ("an arms depot of the Syrian army"), but no relative
    clause, coordination with a clause, date, or trailing punctuation, and never the event's
    own ``trigger`` ("a report called for sanctions" misread as a participle)."""
    if tok is None:
        return None
    left, right = _np_bounds(tok, depth=0)
    for c in tok.conjuncts:
        if c.i > tok.i:
            right = max(right, _np_bounds(c, depth=0)[1])
    doc = tok.doc
    start = sent_of(tok).start
    while left > start and (
            not doc[left - 1].whitespace_ and (doc[left - 1].text == "-"
                                               or doc[left - 1].is_alpha)
            or doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == tok.head.i
            and doc[left - 1].dep_ == tok.dep_ and tok.head.i != tok.i):
        # one name the parser split into sibling subjects: "Fayez al-Sarraj",
        # "Hezb-e-Islami", "Prime Minister Fayez al-Sarraj"
        left = min(left - 1, doc[left - 1].left_edge.i)
    for t in doc[tok.i + 1: right + 1]:
        if t.ent_type_ in ("DATE", "TIME") and t.head.i < t.i and (
                t.dep_ == "npadvmod" or t.head.dep_ == "prep" and t.head.i > tok.i):
            # "the proposal submitted by X on March 31": the date is the event's, not the actor's
            right = (t.head.i if t.dep_ == "pobj" else t.i) - 1
            break
    if trigger is not None and left <= trigger.i <= right and trigger.i != tok.i:
        if trigger.i > tok.i:
            right = trigger.i - 1
        else:
            left = trigger.i + 1
    while right > tok.i and doc[right].is_punct and doc[right].text != ")":
        right -= 1
    return (left, right + 1)


# prepositions whose phrase annotators keep inside an actor's noun phrase
NP_PREPS = frozenset({"of", "in", "from", "to", "at", "by", "over", "with"})


def _np_bounds(tok: Token, depth: int) -> tuple[int, int]:
    left, right = tok.left_edge.i, tok.i
    for c in lefts(tok):
        if c.dep_ in ("relcl", "acl", "advcl", "npadvmod", "advmod") or c.ent_type_ in (
                "DATE", "TIME"):
            left = max(left, c.right_edge.i + 1)  # "Hours earlier Maduro"
    for c in tok.rights:
        if c.dep_ == "punct" and c.text == ")" and any(
                t.text == "(" for t in tok.doc[left:c.i]):
            right = c.i  # "the National Security Council (NSC)"
            continue
        if c.dep_ == "punct":
            continue  # a comma before an apposition; trailing ones are trimmed at the end
        if c.dep_ in ("relcl", "advcl", "parataxis", "cc", "conj"):
            break
        if c.dep_ == "acl":
            if depth > 0 or c.tag_ != "VBN" or not any(g.dep_ == "agent" for g in kids(c)):
                break
            right = c.right_edge.i  # "the resolution proposed by the Security Council"
            continue
        if c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME"):
            break  # "airstrikes this month"
        if c.dep_ == "prep":
            pobj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if depth > 1 or pobj is None or any(
                    g.ent_type_ in ("DATE", "TIME") for g in kids(c)) or not (
                    c.lower_ in NP_PREPS or (c.lower_ == "for" and (
                        actorlike(pobj) or pobj.pos_ == "PROPN" or tok.pos_ == "PROPN"))) or (
                    c.lower_ == "in" and pobj.pos_ != "PROPN" and not actorlike(pobj)):
                # "Minister for Foreign Affairs" but not "in a statement", "in reaction"
                break
            right = _np_bounds(pobj, depth + 1)[1]
            continue
        if c.dep_ == "appos":
            right = _np_bounds(c, depth)[1]  # "his counterpart, Michel Aoun"
            continue
        right = c.right_edge.i
    return left, max(right, tok.i)



def ends_after(value: str, published: date) -> bool:
    d = period_start(value)
    if d is None:
        return False
    # a period that starts after the publication month is in the future
    if len(value) == 7 or "-W" in value:
        return d > published
    return d > published


@functools.cache
def event_noun_table() -> dict[str, tuple[str, ...]]:
    text = resources.files("detente.coding").joinpath("data/event_nouns.yaml").read_text("utf-8")
    return {str(k).lower(): tuple(str(v) for v in vs) for k, vs in yaml.safe_load(text).items()}


@functools.cache
def evaluation_words() -> dict[str, frozenset[str]]:
    text = resources.files("detente.coding").joinpath("data/evaluation.yaml").read_text("utf-8")
    return {k: frozenset(str(v).lower() for v in vs) for k, vs in yaml.safe_load(text).items()}


CLAUSAL_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass"}
CLAUSE_UP_DEPS = {"xcomp", "dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "acomp",
                  "oprd", "compound", "dative"}


def governing_clause_text(trigger: Token, sent: Span) -> str:
    """The sentence with everything outside the trigger's own clause blanked out (offsets
    kept), so a time expression of another clause ("since Pompeo traveled there in October
    2018") is not taken for this event's date.

    A semicolon ends a clause whatever the parse says: "Four days later a strike hit ...;
    Iraq blamed Turkey for it" often comes out with the first clause hung on the verb after
    the semicolon, and its time is then not the blaming's."""
    part = semicolon_part(sent, trigger)
    tops = [trigger]
    cur = trigger
    while cur.dep_ in CLAUSE_UP_DEPS and cur.head.i != cur.i and len(tops) < 5:
        if part is not None and cur.head.i not in part:
            break
        cur = cur.head
        tops.append(cur)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "xcomp":
            break
    keep: set[int] = set()
    top_ids = {t.i for t in tops}

    def collect(tok: Token) -> None:
        keep.add(tok.i)
        for c in kids(tok):
            i = c.i
            if i in top_ids or i in keep or (part is not None and i not in part):
                continue
            dep = c.dep_
            if dep in CLAUSAL_DEPS or (dep in ("conj", "xcomp") and c.pos_ in (
                    "VERB", "AUX")):
                # another verb's clause ("invited Biden to visit China next year": the
                # visit's date is not the invitation's)
                continue
            collect(c)

    for t in tops:
        collect(t)
    return blank_except(sent, keep)


# nouns whose "of doing" is urged by the one who speaks of it: "stressed the importance of
# keeping lines open"
IMPORTANCE_NOUNS = frozenset({"importance", "need", "necessity", "value", "significance",
                              "urgency"})
# verbs whose infinitive complement is done by their subject even when they have an object
SUBJECT_CONTROL = {"promise", "pledge", "vow", "offer", "threaten", "agree"}
REPORTED_INTENT_ROOTS = {"03", "05", "06", "07", "08", "13"}
INTENT_VERBS = {"agree", "pledge", "promise", "vow", "offer", "commit", "undertake"}
# "wanted to revive regular calls": a wish to act is an expressed intent too
#: adjectives that state an intent: "is willing / ready / prepared to work with"
WILLING_WORDS = frozenset({"willing", "ready", "prepared", "eager", "keen", "determined"})
DESIRE_VERBS = {"want", "wish", "seek", "hope"}
MEETING_WORDS = {"meet", "meeting", "talk", "talks", "dialogue", "communication", "consult",
                 "consultation", "summit", "exchange", "channel", "visit", "contact", "call",
                 "diplomacy", "hotline", "discussion", "negotiation", "negotiate"}
COOPERATION_WORDS = {"cooperate", "cooperation", "restore", "resume", "work", "group",
                     "mechanism", "joint", "collaborate", "collaboration", "partnership"}
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
#: codes whose intent has a code of its own: mediating (045) offered or agreed is CAMEO 039
#: ("express intent to mediate"), not 036
INTENT_BY_CODE = {"045": "039"}
#: hostile roots whose act, vowed, is a threat: relations cut or sanctions (131, non-force),
#: force shown or coercion (130), force used (138, military force)
THREAT_BY_ROOT = {"15": "130", "16": "131", "17": "130", "18": "138", "19": "138",
                  "20": "138"}
#: verbs of a solemn word given: a hostile act so promised is threatened (not "agreed to
#: impose sanctions", a decision)
VOWING_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


# verbs of phase between an intent and the act: "want to keep talking"
ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume"})


def intent_verb_of(tok: Token) -> Token | None:
    """The intent verb ("agreed", "pledged") whose complement ``tok`` is, also for a
    conjoined complement ("agreed to restore communication and to cooperate")."""
    t = tok
    if t.dep_ == "conj" and t.head.dep_ in ("xcomp", "ccomp"):
        t = t.head  # ("agreed that A would ... and that B would ...")
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in ASPECT_VERBS and t.head.dep_ == "xcomp":
        t = t.head  # "want to keep talking", "agreed to continue meeting"
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in INTENT_VERBS | DESIRE_VERBS:
        return t.head
    if t.dep_ == "advcl" and t.pos_ == "VERB" and t.head.lemma_.lower() in INTENT_VERBS and (
            t.i > t.head.i) and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == t.i - 1
                                    for a in kids(t)):
        return t.head  # "agreed with Niger's junta to strengthen ties", parsed as adverbial
    if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.lower_ in WILLING_WORDS and not (
            any(c.dep_ == "aux" and c.lower_ in ("must", "should", "ought")
                for c in kids(t.head.head))):
        # "China is willing to work with the United States" (not "NATO must be ready to
        # mediate": a readiness asked of another, no offer)
        return t.head
    decided = decided_talks(t)
    if decided is not None:
        return decided
    proposer = proposed_by(t)
    if proposer is not None:
        return proposer
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in AIMING_VERBS and t.head.pos_ == "VERB":
        # "intends to designate Kenya a major ally": an aim stated now (03x)
        return t.head
    if t.dep_ == "pcomp" and t.head.lower_ == "to" and t.head.head.lemma_.lower() == "look" and (
            any(c.lower_ == "forward" for c in kids(t.head.head))):
        # "looks forward to cooperating with Tokyo": the wish stated is the intent
        return t.head.head
    if t.dep_ in ("xcomp", "dobj") and continued_commitment(t.head):
        # "the two sides will continue their consultations", "Tokyo would continue to help
        # Manila": an open-ended commitment to go on, stated now (CAMEO 036: future
        # commitments to meet or negotiate; 03x for the other kinds), not a scheduled act
        return t.head

    if t.dep_ == "ccomp" and t.head.lemma_.lower() in INTENT_VERBS and any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll", "should")
            for c in kids(t)):
        # "agreed that their governments would hold talks"
        return t.head
    noun = agreement_noun(t)
    if noun is not None:
        return noun
    if t.dep_ == "acl" and t.pos_ == "VERB" and t.head.lemma_.lower() in WILLINGNESS_NOUNS and (
            t.head.dep_ in OBJ_DEPS) and t.head.head.lemma_.lower() in STATING_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(t)):
        # "expressed its willingness to broker a settlement", "reaffirmed their intention
        # to normalise relations": a readiness stated is the intent (03x), not the act
        return t.head
    if t.dep_ == "acl" and t.pos_ == "VERB" and t.head.lemma_.lower() in OFFERED_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(t)) and (
                any(c.dep_ == "poss" for c in kids(t.head))
                or t.head.dep_ in OBJ_DEPS and t.head.head.lemma_.lower() in OFFERING_VERBS):
        # "Turkey's offer to mediate", "made an offer to host the talks": the offer is the
        # expressed intent (03x; 039 for mediation), not the act offered
        return t.head
    return None


#: nouns of an act put forward to another side, with the act as their infinitive
OFFERED_NOUNS = frozenset({"offer", "proposal", "pledge", "promise", "commitment", "vow",
                           "undertaking"})
#: verbs that put such an offer forward: "made an offer to", "renewed its offer to"
OFFERING_VERBS = frozenset({"make", "extend", "renew", "repeat", "reiterate", "put", "table",
                            "give", "reaffirm",
                            "submit", "present"})


#: nouns of a stated readiness to act, with the act as their infinitive
WILLINGNESS_NOUNS = frozenset({"willingness", "readiness", "intention", "determination",
                               "desire", "eagerness", "openness", "resolve", "intent"})
#: verbs that state such a readiness: "expressed its readiness to", "reaffirmed the intention"
STATING_VERBS = frozenset({"express", "voice", "signal", "reaffirm", "reiterate", "state",
                           "declare", "confirm", "show", "indicate", "underline", "stress",
                           "convey", "announce"})


#: verbs of an aim a side states for itself: "intends to deepen ties with X" (a meeting or
#: journey intended stays the meeting, planned or uncertain, as the gold sets code it)
AIMING_VERBS = frozenset({"intend"})
#: intent verbs that leave a meeting or visit (04) as the meeting itself: "intended to travel to
#: China" (042), "looks forward to hosting the minister" (043, planned)
MEETING_KEEPING_VERBS = AIMING_VERBS | {"look"}

#: verbs that put an act forward to the other side: "proposed to hold talks", "suggested the
#: resumption of talks with Pyongyang"
PROPOSING_VERBS = frozenset({"propose", "suggest"})
#: nouns of an act started or set up, with what is set up as their "of" phrase: "proposed the
#: launch of a minerals dialogue", "... the creation of a joint commission"
SETTING_UP_NOUNS = frozenset({"launch", "creation", "establishment", "holding", "convening",
                              "start", "resumption", "opening", "setting", "formation",
                              "organisation", "organization"})


def proposed_by(tok: Token) -> Token | None:
    """The verb "propose" or "suggest" when ``tok`` is the act it puts forward: its infinitive
    or gerund ("proposed to hold talks", "suggested holding a summit"), its object, or what
    the object sets up ("proposed the launch of a dialogue with X"). A proposal made is the
    expressed intent (CAMEO 036 for talks: "offer ... to meet or negotiate"), not the talks
    themselves. A proposal told as someone else's view ("reports suggest that ...") is a
    clause, not such a complement."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in (
            SETTING_UP_NOUNS):
        t = t.head.head
    verb = t.head
    if t.dep_ not in ("xcomp", *OBJ_DEPS) or verb.lemma_.lower() not in PROPOSING_VERBS or (
            verb.pos_ != "VERB"):
        return None
    if verb.lemma_.lower() == "suggest" and not any(
            c.dep_ == "nsubj" and (actorlike(c) or c.pos_ == "PROPN" or c.lower_ in (
                "he", "she", "they", "we", "i")) for c in kids(verb)):
        return None  # "satellite images suggest drills near the island": a sign, no proposal
    return verb


#: verbs of going on with an act, a commitment when told of the future
CONTINUING_VERBS = frozenset({"continue"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})


#: verbs that set talks going: "decided to open negotiations", "... to hold talks"
OPENING_VERBS = frozenset({"open", "start", "begin", "launch", "hold", "resume", "enter",
                           "convene"})


def decided_talks(tok: Token) -> Token | None:
    """The verb "decide" when ``tok`` is talks it decided to open or hold ("the Council
    decided to open accession negotiations with Kyiv"): a decision to negotiate is the intent
    (036, CAMEO: commitment to negotiate), not the talks planned; a decision that sets a time
    or occasion ("decided to hold the talks in June") stays the talks planned."""
    verb = tok.head if tok.dep_ == "dobj" else tok if tok.dep_ == "xcomp" else None
    if verb is None or verb.dep_ != "xcomp" or verb.lemma_.lower() not in OPENING_VERBS or (
            verb.head.lemma_.lower() != "decide"):
        return None
    talks = tok if tok.dep_ == "dobj" else next(
        (c for c in kids(verb) if c.dep_ == "dobj"), None)
    if talks is None or talks.lemma_.lower() not in MEETING_WORDS | {"negotiations",
                                                                    "consultations"}:
        return None
    return None if scheduled(verb) else verb.head


def told_of_future(verb: Token) -> bool:
    """Whether ``verb`` is told of the future ("will continue", "would talk"), not negated
    and not a condition ("if the attacks continue")."""
    aux = [c for c in kids(verb) if c.dep_ in ("aux", "neg")]
    if not any(c.lower_ in FUTURE_AUX for c in aux) or any(c.dep_ == "neg" for c in aux):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "once")
                   for c in kids(verb))


def continued_commitment(verb: Token) -> bool:
    """Whether ``verb`` is "continue" told of the future ("will continue", "would continue
    after a verb of saying, "will also continue")."""
    return verb.lemma_.lower() in CONTINUING_VERBS and verb.pos_ in ("VERB", "AUX") and (
        told_of_future(verb))


def said_of(verb: Token) -> Token | None:
    """The verb of saying whose reported clause ``verb`` heads ("said Paris would consult",
    "adding that it would talk to"), also for a clause conjoined to one."""
    t = verb
    if t.dep_ == "conj" and t.head.dep_ == "ccomp":
        t = t.head
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING_VERBS:
        return t.head
    return None


def scheduled(verb: Token) -> bool:
    """Whether the clause of ``verb`` sets a time or an occasion for it ("would discuss it
    with Xi next week", "... at the summit"): a meeting planned, not an open commitment."""
    for t in verb.subtree:
        if t.ent_type_ in ("DATE", "TIME"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ("at", "during", "on") and (
                t.lemma_.lower() in MEETING_WORDS | {"sideline", "sidelines", "margin",
                                                     "margins"}):
            return True
    return False


#: verbs that set talks going when told of the future in a side's own word: "said they would
#: begin negotiations", "would resume the talks with the armed groups" (not "hold", a meeting
#: planned)
TALKS_STARTING_VERBS = frozenset({"begin", "start", "open", "resume", "launch", "enter",
                                  "restart", "reopen", "relaunch"})
#: the talks so set going
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue",
                         "consultation", "consultations"})


def talks_started(tok: Token) -> Token | None:
    """The verb that, told of the future, sets talks going when ``tok`` is it or its talks
    object ("would begin negotiations", "will resume the talks"), with no time or occasion set
    for them (:func:`scheduled`); else None."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in TALKS_STARTING_VERBS or not told_of_future(
            verb) or scheduled(verb):
        return None
    talks = tok if tok.pos_ != "VERB" else next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    if talks is None or talks.lemma_.lower() not in TALKS_NOUNS:
        return None
    return verb


#: consultation verbs whose future, in a side's own reported word, is a commitment to
#: consult (036) rather than a scheduled meeting: "said Paris would consult the junta"
OPEN_CONSULT_VERBS = frozenset({"talk", "consult", "engage", "communicate", "negotiate",
                                "discuss", "continue"})
#: verbs of keeping in contact or in touch ("would stay in contact with Brasilia"): their
#: reported future is the same commitment to consult (036), as "agreed to keep in contact" is
CONTACT_KEEPING_VERBS = frozenset({"stay", "remain", "keep"})
#: what those verbs keep one in
CONTACT_NOUNS = frozenset({"contact", "touch"})


def keeps_in_contact(tok: Token) -> bool:
    """Whether ``tok`` is "stay / remain / keep in contact (in touch)"."""
    return tok.lemma_.lower() in CONTACT_KEEPING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in CONTACT_NOUNS for p in kids(c))
        for c in kids(tok))


#: what sets terms: "under the deal, they agreed to ..."
TERMS_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "memorandum",
                         "arrangement", "understanding", "framework", "truce", "ceasefire"})
#: codes whose act an agreement between the two sides itself settles: ties established,
#: restored or normalised (054)
TIES_CODES = frozenset({"054"})
#: intent verbs whose complement, for :data:`TIES_CODES`, is settled by the verb itself
SETTLING_VERBS = frozenset({"agree"})
#: the verbs of ties themselves restored, normalised or set up (not of an embassy opened)
TIES_VERBS = frozenset({"restore", "normalize", "normalise", "establish", "reestablish",
                        "re-establish", "resume"})


def intent_code(tok: Token, cameo: str) -> str | None:
    """The 03x code when ``tok`` is the complement of an intent verb ("agreed to meet"); 057
    when what was agreed is told as the terms of a concluded deal ("under the deal signed in
    March, the two sides agreed to restore ties")."""
    verb = intent_verb_of(tok)
    if verb is None:
        consulting = tok.lemma_.lower() in OPEN_CONSULT_VERBS or keeps_in_contact(tok)
        if cameo[:2] == "04" and consulting and tok.pos_ == "VERB" and told_of_future(
                tok) and said_of(tok) is not None and not scheduled(tok):
            # "Ankara said Turkey would talk to Greece about it": the reported word of a
            # future consultation, no date or place set, is the commitment (036, CAMEO:
            # "future commitments to meet or negotiate"); "will visit Beijing" stays planned
            return "036"
        return None
    if cameo[:2] == "04" and verb.lemma_.lower() in MEETING_KEEPING_VERBS:
        return None
    if cameo[:2] == "04" and continued_commitment(verb) and (
            said_of(verb) is None or scheduled(verb)):
        # "the two ministries will continue their consultations": a readout's own "will" is
        # the talks planned (examples/README.md: "will" is planned), not a reported pledge;
        # so are talks said to go on at a set time ("would continue the talks on Friday")
        return None
    if verb.lemma_.lower() == "agree" and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in TERMS_NOUNS for p in kids(c))
            for c in kids(verb)):
        return "057"
    if cameo in TIES_CODES and verb.lemma_.lower() in SETTLING_VERBS and (
            tok.lemma_.lower() in TIES_VERBS):
        # "the two sides agreed to restore diplomatic relations": the agreement is the
        # restoring (054, examples/README.md), not an intent; pledged or vowed stays one, and
        # so do consulates or embassies agreed to be opened (a step still to be taken)
        return cameo
    if cameo[:2] == "03":
        return cameo  # "agreed to keep channels open" is already an intent (036)
    if cameo[:3] in INTENT_BY_CODE:
        return INTENT_BY_CODE[cameo[:3]]
    if cameo[:2] in THREAT_BY_ROOT and verb.lemma_.lower() in VOWING_VERBS:
        # "Israel vowed to destroy Hamas", "pledged to strike the attackers": a hostile act
        # vowed is a threat made then (13x), not the act planned
        return THREAT_BY_ROOT[cameo[:2]]
    return INTENT_BY_ROOT.get(cameo[:2], "030" if cameo[:2] in ("01", "02", "03") else None)


#: verbs that name what their object is: "called the accusations absurd", "described the
#: charges as baseless" (a charge so named untrue is a denial, 016, not a judgement of the
#: accuser: nlp.speech, nlp.events)
BRANDING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "characterize",
                            "characterise"})


ALLEGING_VERBS = {"accuse", "allege", "blame", "charge", "claim", "suspect"}


def alleged_by(tok: Token) -> Token | None:
    """The accusing verb when ``tok`` is (part of) what someone is accused of."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in ("conj", "pcomp", "pobj", "prep", "xcomp",
                                             "ccomp", "acl", "dobj"):
            return None
        if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.lemma_.lower() in ALLEGING_VERBS:
            # "accused China of ... and summoned its ambassador": the accuser's next act
            return None
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in ANSWER_NOUNS:
            return None  # "claimed responsibility for the attack": the doer tells it
        if t.pos_ == "VERB" and t.lemma_.lower() in ALLEGING_VERBS:
            return t
    return None


def governing_verb_negated(tok: Token) -> bool:
    """Whether the nearest verb above ``tok`` is negated ("had not created the atmosphere
    for dialogue")."""
    verb = governing_verb(tok)
    if verb is not None and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and (
            tok.head.head.i == verb.i):
        # "the belief has not been changed by Russia's war": what does the (not) changing
        # is there all the same
        return False
    return verb is not None and any(c.dep_ == "neg" for c in kids(verb))


def at_scene(said: EventDate, met: EventDate, published: date | None) -> bool:
    """Whether an event dated ``said`` can have happened at a meeting dated ``met``: the same
    stay, or an event dated only by the publication and a meeting the story tells as recent
    (begun within SCENE_DAYS of the publication; not "since the Bali meeting last year")."""
    if said.precision not in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
        return _same_period(said.value, met.value)
    if met.precision in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
        return True
    start = period_start(met.value)
    return published is None or (start is not None and
                                 -SCENE_DAYS <= (published - start).days <= SCENE_DAYS)


#: how far from the publication a meeting may lie for an undated statement to be told from it
SCENE_DAYS = 45
#: acts said or done across a table, which take the place of the meeting they were told at:
#: statements, appeals, intents, consultations, cooperation, aid pledges, demands,
#: disapproval, rejection, threats (not protests in the street, posture or force)
SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13"})


def answered_for(noun: Token) -> Token | None:
    """The verb of one who answers for the act ``noun`` names: "denied involvement in the
    attack" (denied), "claimed responsibility for the strike" (claimed), "had nothing to do
    with the incident" (had), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "for", "with", "behind"):
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in ANSWER_NOUNS and \
            holder.dep_ in OBJ_DEPS and holder.head.pos_ in ("VERB", "AUX"):
        return holder.head
    if holder.pos_ in ("VERB", "AUX") and any(
            c.dep_ in OBJ_DEPS and c.lemma_.lower() in ANSWER_NOUNS for c in kids(holder)):
        return holder  # "denied any role in the shelling", the phrase hung off the verb
    if holder.lemma_.lower() == "do" and prep.lower_ == "with":
        # "nothing to do with": "do" hangs off "nothing", the object of "have"
        nothing = holder.head if holder.head.lower_ == "nothing" else None
        if nothing is not None and nothing.head.pos_ in ("VERB", "AUX"):
            return nothing.head
    return None


#: verbs that tell the toll of an attack ("shelled Kherson, killing two people")
TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})


def toll_of(trig: Trigger, force: set[int]) -> bool:
    """Whether ``trig`` only tells the toll of an act of force the sentence already codes:
    "shelled Kherson, killing two people", "the strike killed 21 people"."""
    tok = trig.token
    if tok.lemma_.lower() not in TOLL_VERBS:
        return False
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i in force:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in force for c in kids(tok))


def nominal_gerund(tok: Token) -> bool:
    """An -ing form the tagger called a verb that heads a noun phrase: a subject or object
    with a determiner, a nationality or a possessor and an "of" phrase ("Russian shelling of
    Kherson", "the bombing of the embassy"), and no object or subject of its own."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    ks = kids(tok)
    if any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in ks):
        return False
    marked = any(c.dep_ in ("det", "amod", "poss", "compound") and c.i < tok.i for c in ks)
    return marked and any(c.dep_ == "prep" and c.lower_ == "of" for c in ks)


# what makes the verb "drill" a military one ("troops drilling near the border"), and what
# makes it a well bored ("drilling for gas off the island")
MILITARY_DRILL_CUES = frozenset({
    "force", "forces", "troop", "troops", "soldier", "soldiers", "navy", "naval", "army",
    "military", "marine", "marines", "live-fire", "wargame", "wargames", "war", "warship",
    "warships", "frigate", "frigates", "destroyer", "destroyers", "fleet", "jet", "jets",
    "fighter", "fighters", "bomber", "bombers", "missile", "missiles", "artillery", "tank",
    "tanks", "paratroopers", "drills", "exercises", "manoeuvres", "maneuvers", "combat",
    "amphibious", "pla", "guard", "guards", "coastguard", "militia"})
WELL_DRILL_CUES = frozenset({
    "gas", "oil", "well", "wells", "rig", "rigs", "hydrocarbon", "hydrocarbons", "exploration",
    "drillship", "drillships", "seabed", "licence", "license", "energy", "firm",
    "company", "companies", "borehole", "boreholes", "mining", "water"})


def military_drill(tok: Token) -> bool:
    """Whether the verb "drill" is a military drill (a show of force, 150): a plural the
    tagger misread ("readiness drills around Taiwan"), or a sentence with a military word
    ("forces were drilling near the border", "war games") and no word of boring for oil, gas
    or water ("Turkish ships were drilling for gas off the island")."""
    if tok.lower_ == "drills" and tok.tag_ != "VBZ":
        return True
    words = {t.lower_ for t in sent_of(tok) if t.i != tok.i}
    if "war" in words and "games" not in words:
        words.discard("war")
    return bool(words & MILITARY_DRILL_CUES) and not words & WELL_DRILL_CUES


# the break in ties that a restoring of them ends ("after a seven-year break", "ending a
# rupture that began in 2018") and the participles of ties cut ("relations severed in 2016")
BREAK_NOUNS = frozenset({"break", "rupture", "rift", "hiatus", "severance", "estrangement",
                         "freeze", "breach", "breakdown", "split"})
CUT_PARTICIPLES = frozenset({"sever", "cut", "break", "suspend", "freeze"})
BREAK_LINKS = frozenset({"after", "following", "since", "of", "ties", "relations", "links"})
BREAK_CUES = BREAK_NOUNS | {"severed", "cut", "broken", "broke", "suspended", "frozen",
                            "froze"}
_GAP_MONTHS = {"year": 12, "years": 12, "month": 1, "months": 1, "decade": 120,
               "decades": 120}
_GAP_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20}


def ties_break(tok: Token) -> tuple[Token, int | None] | None:
    """The break in ties that the restoring ``tok`` ends, with its length in months when
    the text gives one: a break noun governed by the restoring ("restored ties after a
    three-year rift", "ending a 16-month freeze", "after ten years of estrangement") or a
    participle or relative clause of ties cut on the ties restored ("resumed relations
    severed in 2016", "restored relations, which Riyadh cut in 2016");
    None when the sentence tells none."""
    sent = sent_of(tok)
    for cand in sent:
        low = cand.lower_
        if low not in BREAK_CUES:
            continue
        if cand.pos_ in ("NOUN", "PROPN") and cand.lemma_.lower() in BREAK_NOUNS:
            pass
        elif cand.tag_ in ("VBN", "VBD") and cand.dep_ in ("acl", "relcl") and (
                cand.lemma_.lower() in CUT_PARTICIPLES) and cand.head.lower_ in (
                "ties", "relations", "links"):
            pass
        else:
            continue
        # the way up to the restoring passes only through the words that tie the break to
        # it: "after"/"following"/"of" phrases, the verb "end", the years of it, the ties
        up, reached = cand, False
        for _ in range(5):
            if up.i == tok.i:
                reached = True
                break
            if up.head.i == up.i or up is not cand and not (
                    up.lower_ in BREAK_LINKS or up.lemma_.lower() == "end"
                    or up.lower_ in _GAP_MONTHS):
                break
            up = up.head
        if reached:
            return cand, _gap_months(cand)
    return None


def _gap_months(noun: Token) -> int | None:
    """"a seven-year break" 84, "ten years of estrangement" 120, "a decade-long rupture"
    120; None when no length is told."""
    units = [c for c in kids(noun) if c.dep_ in ("compound", "npadvmod", "amod", "nmod")]
    units += [g for c in units if c.lower_ == "long" for g in kids(c)
              if g.dep_ == "npadvmod"]
    if noun.head.lower_ == "of" and noun.head.head.lower_ in _GAP_MONTHS:
        units.append(noun.head.head)  # ("ten years of estrangement")
    for unit in units:
        months = _GAP_MONTHS.get(unit.lower_)
        if months is None:
            continue
        nums = [c for c in kids(unit) if c.dep_ == "nummod"]
        if not nums:
            return months if unit.lower_ in ("decade", "year", "month") else None
        word = nums[0].lower_
        n = int(word) if word.isdigit() else _GAP_NUMBERS.get(word)
        return n * months if n else None
    return None


def _same_period(a: str | None, b: str | None) -> bool:
    # "2023-07-08" and the visit's "2023-W27" are the same stay; so are two days of one trip
    return periods_overlap(a, b, slack_days=3)


def tense_of(tok: Token, future: bool, status: Status) -> str:
    """Past or future, for anchoring relative dates: an unrealized event told without a past
    tense verb ("the November meeting is still inconclusive") lies ahead."""
    if future or status == Status.PLANNED:
        return "future"
    if status.realized or status in (Status.DENIED, Status.CANCELLED):
        return "past"
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in kids(t)):
            return "future"  # "officials said Xi could meet Biden on Wednesday"
        if t.tag_ in ("VBD",) or (t.tag_ == "VBN" and any(
                c.lower_ in ("has", "have", "had") for c in kids(t))):
            return "past"
        if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.dep_ in (
                "ccomp", "advcl", "relcl", "parataxis")):
            break  # a reported or subordinate event keeps its own tense
        t = t.head
    return "future"


MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall", "'ll",
                    "must", "wo"})


# "accused X of doing", "praised X for doing": X is the one who does
OBJECT_OF_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "convict", "criticize",
                             "criticise", "condemn", "praise", "thank", "commend", "fault",
                             "punish", "sanction", "warn"})
# roots of force and coercion whose object may be a thing of the other side
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# games: who beat whom on the field is no violence ("Portugal beat Spain 8-2", "were
# thrashed by England", "defeated Pakistan by six wickets")
GAME_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "edge", "crush", "hammer", "down",
                        "overcome", "trounce", "stun", "outplay", "lose", "win", "draw",
                        "sink", "whip", "topple", "upset", "hit", "strike", "score"})
GAME_WORDS = frozenset({"match", "matches", "tournament", "tournaments", "cup", "league",
                        "goal", "goals", "innings", "wicket", "wickets", "semi-final",
                        "semi-finals", "semifinal", "semifinals", "quarter-final",
                        "quarter-finals", "quarterfinal", "quarterfinals", "qualifier",
                        "qualifiers", "championship", "fixture", "penalty", "penalties",
                        "try", "tries", "runs", "points", "set", "sets", "half-time",
                        "halftime", "overtime", "extra-time"})
_SCORE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")
# a game word under these is the time of something else ("shelled the town during a match")
_TIME_PREPS = frozenset({"during", "before", "after", "ahead", "at", "near", "outside"})


def game_result(tok: Token) -> bool:
    """Whether the force trigger ``tok`` tells a game's result: a verb of winning or losing
    with a score or a word of sport ("beat Spain 8-2", "by six wickets", "in the semi-final",
    "with two late goals"), read in the trigger's own phrases (a game word under "during" or
    "near" is a time or a place: "shelled the town during a match" is force)."""
    if tok.lemma_.lower() not in GAME_VERBS:
        return False
    doc = tok.doc
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        if _SCORE.match(t.text) or (t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in (
                "-", "\u2013") and doc[t.i + 2].like_num and t.i + 2 <= tok.right_edge.i):
            return True
        if t.lower_ in GAME_WORDS or (t.lower_ == "cup" and t.i > 0):
            if t.lower_ in ("set", "sets", "points", "runs", "try", "tries") and not any(
                    a.like_num or a.lower_ in ("straight", "late", "two", "three")
                    for a in kids(t)):
                continue  # "set sanctions", "points": only with a count ("in straight sets")
            under = [a for a in t.ancestors if a.i != tok.i and a.is_ancestor(t)
                     and tok.is_ancestor(a)]
            if not any(a.lower_ in _TIME_PREPS for a in under):
                return True
    return False
# nouns for places: "invade the island" is not force against a thing of the other side
PLACE_NOUNS = frozenset({"island", "islands", "territory", "region", "waters", "water", "city",
                         "port", "coast", "country", "area", "border", "strait", "sea", "shoal",
                         "reef", "peninsula", "capital", "town", "village", "airspace",
                         "mainland", "province", "state", "homeland", "soil", "land"})


# prepositions that introduce what an expression is about ("expressed concern over X")
ABOUT_PREPS = ("over", "about", "at", "on", "in", "with", "to", "for", "against", "toward",
               "towards", "into")


def fallback_target(tok: Token, obj: Token | None, src: Token | None,
                     root: str = "") -> Token | None:
    """The phrase an event is most likely directed at when its pattern's own slots are empty:
    the verb's object, what a light verb's noun is about ("expressed pessimism about X"; any
    phrase for a statement (CAMEO ``root`` 01), an actor otherwise), the subject of a
    that-clause ("is skeptical the program would ..."), or for aid (07) the one a purpose
    clause helps ("provided 6 million euros to support refugees")."""
    statement = root == "01"
    for c in kids(tok):
        if c.dep_ in OBJ_DEPS + ("dative",) and c != obj and actorlike(c):
            return c
    if obj is not None and any(c.dep_ == "poss" and (actorlike(c) or c.pos_ == "PROPN")
                               for c in kids(obj)):
        return obj  # "rejected Netanyahu's suggestion that ...": the one who suggested
    for host in ([obj] if obj is not None else []) + [tok]:
        for c in kids(host):
            if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS and c.i > tok.i:
                for g in kids(c):
                    # what a statement is about need not be an actor: "expressed optimism
                    # at a bipartisan deal"
                    if g.dep_ == "pobj" and g != src and g.ent_type_ not in ("DATE", "TIME") and (
                            actorlike(g) or statement):
                        return g
    copula = [tok.head] if tok.dep_ == "acomp" else []
    for host in [tok] + ([obj] if obj is not None else []) + copula:
        for c in kids(host):
            # "is skeptical the program would ...", "expressed hopes the government will ..."
            if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX"):
                subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and any(g.dep_ == "expl" for g in kids(c)):
                    # "warned that if the United States did not ..., there would be
                    # conflict": the one the condition is about
                    cond = next((g for g in kids(c) if g.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(g))),
                        None)
                    subj = None if cond is None else next(
                        (g for g in kids(cond) if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ == "PRON":
                    # "said they hoped that Gambari would ...": the one spoken of is further
                    # down
                    inner = next((g for g in kids(c) if g.dep_ == "ccomp"), None)
                    subj = None if inner is None else next(
                        (g for g in kids(inner) if g.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ != "PRON":
                    return subj
    if root == "07":
        hosts = [tok] + [c for c in kids(tok) if c.dep_ in OBJ_DEPS]
        for host in hosts + ([obj] if obj is not None else []):
            for c in kids(host):
                if c.dep_ in ("xcomp", "advcl", "acl") and c.pos_ == "VERB" and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in kids(c)):
                    done = next((g for g in kids(c) if g.dep_ in OBJ_DEPS), None)
                    if done is not None and done.pos_ != "PRON":
                        return done
    return None


def actorlike(tok: Token) -> bool:
    """A phrase that names a person, group, organization or country (by the NER tags of its
    head or modifiers), not a thing."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return any(c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and c.dep_ in (
        "compound", "amod", "poss", "nmod") for c in kids(tok))


# what tells that an act answers another: "reacting to", "in response to", "in retaliation"
RESPONSE_VERBS = frozenset({"react", "respond", "retaliate", "reply", "answer"})


def answered_by_act(tok: Token, fired: set[int]) -> bool:
    """Whether the response verb ``tok`` names what was done in a "by" gerund that is an event
    of its own ("retaliated by expelling two diplomats": the expulsion, no extra threat)."""
    if tok.lemma_.lower() not in RESPONSE_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ in ("pcomp", "pobj") and (g.i in fired or any(
            x.i in fired for x in g.conjuncts)) for g in kids(c)) for c in kids(tok))


RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer",
                            "protest", "revenge"})
# quantities of people: "hundreds of protesters"
CROWD_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "crowd",
                         "crowds", "group", "groups", "hundred", "thousand", "dozen"})
# heads that only count what follows "of": "expelled hundreds of migrants" expels migrants
QUANTITY_HEADS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions",
                            "number", "numbers", "group", "groups", "batch", "handful",
                            # "closed the last of its crossings", "the rest of its troops"
                            "last", "rest", "remainder",
                            # "gave some of the military equipment", "a shipment of arms"
                            "some", "part", "most", "much", "many", "several", "more",
                            "shipment", "shipments", "consignment", "consignments",
                            "batches", "team", "teams", "contingent", "convoy", "convoys",
                            "tons", "tonnes", "cargo",
                            # units of a commodity: "15 billion cubic metres of gas",
                            # "a million barrels of oil a day", "doses of vaccine"
                            "metres", "meters", "barrels", "litres", "liters", "gallons",
                            "kilograms", "megawatts", "gigawatts", "doses", "bushels",
                            # "99 percent of the projectiles were intercepted", "all of them"
                            "percent", "per cent", "%", "all", "half", "majority", "bulk"})
# who can be told to leave a country without it being a diplomatic act: "ordered undocumented
# migrants to leave" is an expulsion of people (174), "ordered the consul to leave" 161
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit", "go"})
PEOPLE_NOUNS = frozenset({"migrant", "migrants", "refugee", "refugees", "national", "nationals",
                          "citizen", "citizens", "worker", "workers", "resident", "residents",
                          "foreigner", "foreigners", "immigrant", "immigrants", "people",
                          "family", "families", "student", "students", "journalist",
                          "journalists", "asylum-seekers", "seekers"})


#: words that take a part of a known set with "of" as numerals do ("both of its envoys")
PARTITIVE_HEADS = frozenset({"both", "all", "each", "either", "few", "one"})


def counted(tok: Token) -> Token:
    """What a quantity head counts ("hundreds of Afghan migrants" -> migrants), else ``tok``."""
    if tok.lower_ in QUANTITY_HEADS or tok.lemma_.lower() in QUANTITY_HEADS:
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((g for g in kids(prep) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    elif tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_HEADS:
        # a part of a known set: "seized two of the tankers", "closed two of its crossings",
        # "both of its envoys" (a determiner or possessor says the set is a known one; "two
        # of them" names nothing)
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((g for g in kids(prep) if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN" and any(
                        d.dep_ in ("det", "poss") for d in kids(pobj)):
                    return pobj
    return tok


def modified_by(head: Token, words: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether a modifier of ``head`` (an adjective, a compound, an adverb, a clause, or a
    word coordinated with one: "air, sea and land links", "patrolled jointly", "72 hours to
    leave") is one of ``words``."""
    mods = [c for c in kids(head)
            if c.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod", "acl", "advcl")
            # (a verb's adjectival predicate: "held Moscow responsible", "let the deal lapse")
            or c.dep_ in ("oprd", "ccomp", "acomp") and c.pos_ in ("ADJ", "VERB")]
    mods += [d for c in mods for d in conjuncts(c)]
    return any(m.lower_ in words or m.lemma_.lower() in words for m in mods)


def people_object(tok: Token) -> bool:
    """Whether ``tok`` (an object, counted through "hundreds of") names private people: a
    nationality in the plural ("Syrians"), migrants, workers, nationals."""
    noun = counted(tok)
    return noun.lower_ in PEOPLE_NOUNS or noun.lemma_.lower() in PEOPLE_NOUNS or (
        noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"))


# nouns whose infinitive says what their holder would do: "accepted an invitation to visit"
INTENT_NOUNS = frozenset({"invitation", "offer", "plan", "decision", "bid", "attempt", "effort",
                          "proposal", "opportunity", "chance", "commitment", "pledge",
                          "promise", "willingness", "readiness", "intention", "desire",
                          "determination", "wish", "hope"})
# verbs whose object event is someone else's act: "ignored the warnings", "opposed the
# restrictions", "welcomed the visit"
UNDERGOING_VERBS = frozenset({
    "ignore", "defy", "reject", "receive", "heed", "welcome", "criticize", "criticise",
    "condemn", "oppose", "protest", "deny", "dismiss", "face", "endure", "suffer", "survive",
    "resist", "fear", "denounce", "slam", "blast", "decry", "deplore", "regret", "lament",
    "praise", "hail", "applaud", "appreciate", "accept", "acknowledge", "note", "cite",
    "describe", "term", "label", "blame", "investigate", "review", "challenge",
    "contest", "fight", "counter"})
# nouns that name a deed the article told with a verb, and the verbs that tell it ("condemned
# the launch": whoever launched; "welcomed the decision": whoever decided); a noun also names
# the act of a trigger whose verb it is ("the test", "the strike"). Not nouns of speech ("the
# claim", "the charge", "the remarks"): whose words they are is often a quoted source's, and
# what answers them is a denial, which says nothing of an act between the two
ACT_NOUN_VERBS: dict[str, frozenset[str]] = {
    "decision": frozenset({"decide", "announce"}),
    "announcement": frozenset({"announce"}),
    "proposal": frozenset({"propose"}),
    "deployment": frozenset({"deploy"}),
    "expulsion": frozenset({"expel"}),
    "withdrawal": frozenset({"withdraw"}),
    "invasion": frozenset({"invade"}),
    "seizure": frozenset({"seize"}),
    "detention": frozenset({"detain", "arrest"}),
    "suspension": frozenset({"suspend"}),
    "closure": frozenset({"close"}),
    "launch": frozenset({"launch", "fire"}),
    "launches": frozenset({"launch", "fire"}),
    # (deeds of force told by a gerund: "condemned the storming", "the killing")
    "storming": frozenset({"storm"}),
    # (target26: an execution judged as "the killing"; a launch or firing judged as "the
    # test": "North Korea fired a missile ... Washington condemned the test")
    "killing": frozenset({"kill", "shoot", "murder", "stab", "execute", "hang"}),
    "killings": frozenset({"kill", "shoot", "murder", "stab", "execute", "hang"}),
    "test": frozenset({"test", "launch", "fire"}),
    "tests": frozenset({"test", "launch", "fire"}),
    "shooting": frozenset({"shoot", "kill"}),
    "bombing": frozenset({"bomb"}),
    # (deeds on people, told by a verb and judged by the noun: "condemned the execution",
    # "the abduction" -- onesided25; not "the hijacking", which may be judged as a backer's
    # act: "condemned the hijacking as an Iranian act")
    "execution": frozenset({"execute", "hang"}),
    "abduction": frozenset({"abduct", "kidnap"}),
    "kidnapping": frozenset({"kidnap", "abduct"}),
    # (deed26: an assault told by the verb of what it did -- "protesters wounded soldiers",
    # "gunmen ambushed a patrol" -- and judged by the noun: "condemned the attack(s)")
    "attack": frozenset({"attack", "ambush", "wound", "storm", "raid", "shell", "bomb"}),
    "attacks": frozenset({"attack", "ambush", "wound", "storm", "raid", "shell", "bomb"}),
    "strike": frozenset({"strike", "bomb", "shell"}),
    "strikes": frozenset({"strike", "bomb", "shell"}),
    "arrest": frozenset({"arrest", "detain"}),
    "arrests": frozenset({"arrest", "detain"}),
    "burning": frozenset({"burn"}),
    # (a law told by its making: "the law that the president signed", "parliament passed a
    # bill" ... "condemned the law")
    "law": frozenset({"pass", "adopt", "enact", "sign"}),
    "legislation": frozenset({"pass", "adopt", "enact", "sign"}),
    "bill": frozenset({"pass", "adopt", "enact"}),
}
# verbs whose object, an act of force, is spoken or thought of, not done by their subject:
# "the treaty covers armed attacks on X", "reaffirmed that an attack on X would ...",
# "discussed strikes", "sought to deter an invasion"
TALKED_OF_VERBS = frozenset({"cover", "reaffirm", "affirm", "reiterate", "say", "tell",
                             "stress", "discuss", "mention", "deter", "prevent", "invoke",
                             "fear", "expect", "predict", "rule", "consider", "describe",
                             "cite", "study", "simulate", "rehearse"})
# verbs whose subject is what an act noun they take is about: "the visit drew criticism from
# Paris", "Lula's welcome for Maduro sparked protests", "the minister faced censure"
DRAWING_VERBS = frozenset({"draw", "attract", "prompt", "spark", "provoke", "trigger", "earn",
                           "receive", "face", "invite", "win", "garner"})
# the nouns of speech that :data:`ACT_NOUN_VERBS` leaves out (also when a trigger's verb is
# the same word: "charged X with ...", "the charge")
SPEECH_NOUNS = frozenset({"claim", "charge", "accusation", "allegation", "remark", "comment",
                          "statement", "report", "assertion", "suggestion", "rumour", "rumor",
                          "story", "word", "view", "position"})
#: the verbs whose acts :data:`ACT_NOUN_VERBS` nouns refer back to
ACT_VERBS = frozenset(v for vs in ACT_NOUN_VERBS.values() for v in vs)
# nouns that refer to whatever act the sentence, or the one before, just told ("the move",
# "a step that drew criticism")
GENERIC_ACT_NOUNS = frozenset({"move", "step", "action"})
# the earlier events "the call", "the visit", ... may refer back to (CAMEO code prefixes)
MEETING_NOUN_CODES = {"call": ("041",), "phone": ("041",), "visit": ("042", "043"),
                      "trip": ("042", "043"), "stop": ("042", "043"),
                      "stopover": ("042", "043"), "tour": ("042", "043")}
# words that make an intent (03x) the thing said, not a plan: "committed to", "wants"
INTENT_CUES = frozenset({"commit", "commits", "committed", "commitment", "want", "wants",
                         "wanted", "wish", "wishes", "seek", "seeks", "pledge", "pledged",
                         "promise", "promised", "vow", "vowed", "determined", "ready",
                         "willing", "importance", "important", "believe", "believes",
                         "stress", "stressed", "underscore", "underscored", "hope", "hopes",
                         "hoped", "desire", "open"})
# ("open": "said it is open to dialogue with X" states the offer, made when it was said)
# ... and, when someone says it, a need: "told Wang that both countries needed to keep lines
# open" states the speaker's intent; "the two countries need to cooperate" unattributed does not
SAID_INTENT_CUES = frozenset({"need", "needs", "needed", "would", "will", "'ll"})
# ("would": "said Moscow would continue to work with Baku" is the commitment, made when said)
# "warned that X was preparing to ...": the warning tells what X is about to do, an
# accusation (112) aimed at X, not a threat by the one who warns
WARNING_VERBS = frozenset({"warn", "caution"})
PREPARING_VERBS = frozenset({"prepare", "plan", "plot", "intend", "scheme", "gear", "mass",
                             "seek", "aim"})
PREPARING_ADJS = frozenset({"about", "ready", "poised", "set", "preparing", "planning"})


def warned_preparation(tok: Token) -> Token | None:
    """The one a warning says is preparing an act ("warned that Tehran was preparing to send
    drones", "that Moscow was about to attack", "that Somalia was ready to invade"), else
    None; a pronoun subject ("warned that it was preparing to respond") may be the warner
    and stays a threat."""
    if tok.lemma_.lower() not in WARNING_VERBS:
        return None
    for c in kids(tok):
        if c.dep_ != "ccomp":
            continue
        subj = next((g for g in kids(c) if g.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        if c.lemma_.lower() in PREPARING_VERBS and any(
                g.dep_ == "xcomp" for g in kids(c)):
            return subj
        if c.lemma_.lower() == "be" and any(
                g.dep_ == "acomp" and g.lower_ in PREPARING_ADJS
                and any(x.dep_ == "xcomp" for x in kids(g)) for g in kids(c)):
            return subj
    return None


# "dismissed the report as groundless", "rejected the claims as baseless": a rejection that
# judges what it rejects is disapproval (111), as both held-out sets code it
DISMISS_VERBS = frozenset({"dismiss", "reject", "deny", "rebuff", "refute", "brush",
                           "denounce", "decry", "slam"})
OFFER_NOUNS = frozenset({"proposal", "offer", "plan", "demand", "request", "bid", "initiative",
                         "deal", "call", "invitation", "ultimatum", "condition", "terms"})


# charges that can stand after their verdict inside the "as" phrase of a rejection
SHIFTED_CHARGES = frozenset({"accusation", "allegation", "charge"})


def dismissed_as_negative(tok: Token) -> bool:
    """Whether the rejection ``tok`` judges its object with a negative word under "as"
    ("dismissed the findings as baseless", "rejected it as an absurd smear")."""
    if tok.lemma_.lower() not in DISMISS_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in OFFER_NOUNS for c in kids(tok)):
        return False  # ("rejected the proposal as unacceptable" rejects it: 12x)
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SHIFTED_CHARGES for g in kids(c))
            for c in kids(tok)):
        # "rejected as absurd an allegation by Ottawa": the charge itself, put after its
        # verdict, is what is rejected (a denial, 016), not a thing judged
        return False
    negative = evaluation_words()["negative"]
    return any(c.dep_ in ("prep", "oprd") and c.lower_ == "as" and any(
        t.lemma_.lower() in negative or t.lower_ in negative for t in c.subtree)
        or c.dep_ in ("advmod", "advcl") and c.pos_ == "ADJ" and (
            c.lemma_.lower() in negative or c.lower_ in negative) and any(
            a.lower_ == "as" for a in kids(c))
        # ("rejected as baseless", parsed with "as" under the adjective)
        for c in kids(tok))


# verbs whose complement is an act that stopped: "stopped sending arms", "halted providing aid"
STOP_VERBS = frozenset({"stop", "halt", "cease", "end", "discontinue", "quit", "suspend"})


def aid_stopped(tok: Token) -> Token | None:
    """The word that says the aid of ``tok`` stopped: a stop verb whose complement it is
    ("stopped sending arms to Kyiv": the stop verb) or "no longer" on it ("is no longer
    supplying drones": the aid verb itself); else None."""
    if tok.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and tok.tag_ == "VBG" and (
            tok.head.lemma_.lower() in STOP_VERBS):
        return tok.head
    for c in kids(tok):
        if c.dep_ == "advmod" and c.lower_ == "longer" and (
                any(g.lower_ == "no" for g in kids(c))
                or (c.i > 0 and c.doc[c.i - 1].lower_ == "no")):
            return tok
    return None


# sectors of the state: their protests are statements, not demonstrations
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# sectors outside the state that can face their own state: rebels, separatists, insurgents,
# armed groups, civilians and the opposition
NON_STATE_SECTORS = frozenset({"REB", "SEP", "INS", "UAF", "CVL", "OPP", "REF"})


# armed sides outside the state: a town of their own country they take or strike is a blow
# at that country ("the rebels overran the town of X": `COD REB` -> `COD`)
ARMED_NON_STATE_SECTORS = frozenset({"REB", "SEP", "INS", "UAF"})
# roots of blows that land on a place: assault, fight, mass violence
HOME_GROUND_ROOTS = frozenset({"18", "19", "20"})
# assaults on persons (abduction, torture, human shields, assassination): where they
# happened is no target
PERSON_ASSAULT_CODES = frozenset({"181", "182", "184", "185", "186"})
# organs of the state that can hold, try or turn on a former official or a government
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# roots by which a force that takes power acts on the government it removes: coerce
# (seize, detain, hold), assault, fight, mass violence (examples/README.md: `NER MIL`
# holding `NER GOV`)
SEIZURE_ROOTS = frozenset({"17", "18", "19", "20"})
# roots by which the state acts on a former official: reject (a court turning down an
# appeal) and coerce (arrest, detention, a travel ban)
ELITE_TARGET_ROOTS = frozenset({"12", "17"})


def domestic_pair(a: str | None, b: str | None, cameo: str | None = None) -> bool:
    """Whether a source of sector ``a`` acting on a target of sector ``b`` of the same
    country make an event detente tracks (``cameo``: the event's code, when known): a
    non-state side against a different sector ("protesters rallied against the
    government", "separatists clashed with the army"); the armed forces seizing, holding or
    attacking the government in a coup ("soldiers detained the president"); an organ of
    the state arresting, holding or turning down a former official ("police arrested the
    former vice president", "the court rejected his appeal"). Not a minister visiting a
    factory at home, nor the army briefing the cabinet."""
    if a == b:
        return False
    if {a, b} & NON_STATE_SECTORS:
        return True
    root = cameo[:2] if cameo else ""
    if a == "MIL" and b == "GOV" and root in SEIZURE_ROOTS:
        return True
    if cameo is not None and (a, b, cameo[:3]) in (("JUD", "ELI", "112"), ("ELI", "JUD", "016")):
        # ("Prosecutors accuse him of taking bribes. He denies any wrongdoing.": a former
        # leader charged at home, and his denial)
        return True
    return b == "ELI" and a in STATE_ORGAN_SECTORS and root in ELITE_TARGET_ROOTS
# roots of acts aimed at someone (yield, disapprove, threaten, reduce relations)
DIRECTED_ROOTS = frozenset({"08", "11", "12", "13", "14", "16"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def nearest_subject(tok: Token, deps: Sequence[str]) -> Token | None:
    """The subject of ``tok`` nearest before it: a dateline the parser took for a second
    subject ("CAMP DAVID, Md. -- President Biden hosted ...") comes first and loses."""
    # "Biden, Jr. met": a suffix set off as a second subject is none; but in "Lloyd J.
    # Austin III met" the parser makes the suffix the head of the whole name
    subjects = [c for c in kids(tok) if c.dep_ in deps
                and (c.text.rstrip(".").lower() not in NAME_SUFFIXES
                     or any(g.dep_ == "compound" and g.i == c.i - 1 for g in kids(c))
                     # ("President Joseph R. Biden, Jr. met": the name hung on the suffix)
                     or any(g.dep_ in ("nmod", "compound", "appos") and g.pos_ == "PROPN"
                            and g.i < c.i for g in kids(c)))]
    before = [c for c in subjects if c.i < tok.i]
    # ("the two countries each expelled ...": "each" parsed as a second subject; link28)
    before = [c for c in before if c.lower_ != "each"] or before
    subj = before[-1] if before else (subjects[0] if subjects else None)
    if subj is not None and subj.is_upper and len(subj.text) > 1 and (
            subj.i - subj.sent.start <= 3):
        # "DHAKA, Nov 24 - Bangladesh and Myanmar have signed ...": the wire's dateline
        # city taken for the only subject; the real one hangs inside it after the dash
        return dateline_subject(subj) or subj
    return subj


DASHES = frozenset({"-", "--", "\u2014", "\u2013", "---"})


def dateline_subject(city: Token) -> Token | None:
    """The subject a lead sentence names after its dateline, when the parser made the
    dateline's city the subject ("TIRANA, Sept 8 - Iranian diplomats left ...",
    "CANBERRA, Nov 30 - Prime Minister X demanded ..."): the head of the phrase right after
    the dash, which the parser hung on the dateline; None when there is no dash within the
    first tokens or a verb comes before it."""
    sent = city.sent
    dash = None
    for t in sent[city.i - sent.start: min(len(sent), city.i - sent.start + 16)]:
        if t.text in DASHES:
            dash = t
            break
        if t.pos_ in ("VERB", "AUX"):
            return None
    if dash is None:
        return None
    for t in sent[dash.i - sent.start + 1: min(len(sent), dash.i - sent.start + 12)]:
        if t.head.i <= dash.i and t.head.i >= city.i and t.pos_ in ("PROPN", "NOUN", "NUM"):
            return t
        if t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _bound_to_noun(prep: Token) -> bool:
    """Whether ``prep`` follows a bare noun of :data:`BOUND_NOUNS` after "in" ("sealed the
    border in solidarity with Baku"), to which it belongs, not to the verb."""
    if prep.i == 0:
        return False
    noun = prep.doc[prep.i - 1]
    return noun.lower_ in BOUND_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
        not any(c.dep_ in ("det", "poss") for c in kids(noun))) and (
        # ("stands in solidarity with X": the standing is the support of X itself)
        noun.head.head.lemma_.lower() != "stand")


def prep_obj(tok: Token, preps: Sequence[str], deps: Sequence[str] = ("prep", "dative")
              ) -> Token | None:
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "out" and "of" in preps:
            # "pulled out of Mali": the parser hangs "of" on "out", made a preposition
            c = next((g for g in kids(c) if g.dep_ == "prep" and g.lower_ == "of"), c)
        if c.dep_ in deps and c.lower_ in preps and not _bound_to_noun(c):
            for p in kids(c):
                # "called on ... on Nov. 5": a date is never an argument
                if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"):
                    return p
    return None


def complement_agent(tok: Token) -> Token | None:
    """The "by" phrase of a passive verb that the parser hung on the verb's gerund or
    infinitive complement: "was accused of spying by Kenya", "was urged to withdraw by
    Egypt". A gerund or infinitive that is not itself passive takes no agent of its own."""
    for c in kids(tok):
        comp = None
        if c.dep_ == "xcomp" and c.tag_ == "VB":
            comp = c
        elif c.dep_ == "prep":
            comp = next((g for g in kids(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if comp is not None and not any(g.dep_ == "auxpass" for g in kids(comp)):
            agent = prep_obj(comp, ("by",))
            if agent is not None:
                return agent
    return None


def named_in(tok: Token) -> list[Token]:
    """``tok`` and the names its phrase lists: a list of titled names ("King X, Egyptian
    President Y and Turkish President Z") is often parsed as appositions and modifiers of
    each other rather than as conjuncts. Places where something happens ("in Nairobi") are
    not names of parties."""
    out = [tok]
    for t in tok.subtree:
        if t.i == tok.i or t.pos_ != "PROPN" or t.dep_ in ("compound", "punct", "flat"):
            continue
        if t.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        path = [t]
        while path[-1].head.i != tok.i and path[-1].head.i != path[-1].i:
            path.append(path[-1].head)
        if any(a.dep_ == "pobj" and a.head.lower_ in ("in", "at", "near", "on", "from")
               for a in path):
            continue
        out.append(t)
    return out


def noun_phrase(tok: Token) -> str:
    return tok.doc[tok.left_edge.i: tok.i + 1].text


def meeting_code(place: str | None, source: str | None, target: str | None) -> str | None:
    """Where a meeting was says its CAMEO code: in the target's country a visit by the
    source (042), in the source's a visit it hosted (043), elsewhere a meeting at a third
    place (044); None when the place has no country or is both sides'."""
    if not place:
        return None
    if place == target and place != source:
        return "042"
    if place == source and place != target:
        return "043"
    if place not in (source, target):
        return "044"
    return None


LABEL_VERBS = frozenset({"call", "describe", "label", "term", "brand", "dub"})


def labelled_thing(noun: Token) -> Token | None:
    """The thing a speaker names with ``noun`` ("called the words an attack", "described the
    remarks as an assault": the words, the remarks), or None when ``noun`` is no such name."""
    verb = None
    if noun.dep_ in ("oprd", "xcomp", "attr") and noun.head.lemma_.lower() in LABEL_VERBS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and (
            noun.head.head.lemma_.lower() in LABEL_VERBS):
        verb = noun.head.head
    if verb is None:
        return None
    return next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")), None)


#: a span of time an envoy is given to go ("given 48 hours to leave", "had a week to depart")
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline"})
#: verbs that give an envoy that span or a day to go by ("had until Monday to leave")
DEADLINE_VERBS = frozenset({"give", "have", "grant", "allow"})
#: verbs that tell someone to go ("was asked to leave the country")
SENDING_OFF_VERBS = frozenset({"ask", "tell", "order", "instruct", "request"})
#: people of a diplomatic mission; staff and personnel count when a modifier makes them the
#: mission's ("diplomatic staff", "embassy personnel", "the Czech staff")
ENVOY_WORDS = frozenset({"ambassador", "diplomat", "envoy", "consul", "attache", "attaché",
                         "commissioner", "chargé", "charge", "emissary", "representative"})
MISSION_STAFF = frozenset({"staff", "personnel", "employee", "official", "officer"})
MISSION_MODIFIERS = frozenset({"diplomatic", "embassy", "consular", "consulate", "mission"})


def _envoy_like(holder: Token) -> bool:
    """Whether ``holder`` names people of a diplomatic mission: an envoy noun, a named
    envoy ("High Commissioner Ajay Bisaria"), or staff the modifiers make a mission's."""
    lemma = holder.lemma_.lower()
    mods = [c for c in kids(holder) if c.dep_ in ("amod", "compound", "appos", "conj")]
    if lemma in ENVOY_WORDS:
        return True
    if holder.ent_type_ == "PERSON" or holder.pos_ == "PROPN":
        return any(c.lemma_.lower() in ENVOY_WORDS for c in mods)
    if lemma in MISSION_STAFF and holder.tag_ in ("NN", "NNS"):
        return any(c.lemma_.lower() in MISSION_MODIFIERS or c.ent_type_ in ("NORP", "GPE")
                   for c in mods)
    return False


def envoy_like(holder: Token) -> bool:
    """Whether ``holder`` names an envoy or a mission's staff (see ``_envoy_like``)."""
    return _envoy_like(holder)


def deadline_to_leave(tok: Token) -> tuple[Token, Token] | None:
    """The verb and the envoy of an expulsion told by the time given to go, for the
    infinitive ``tok`` ("leave", "depart"): "the diplomats were given 48 hours to leave",
    "gave the envoy 72 hours to leave Lima", "the staff had until Monday to leave", "the
    ambassador has been asked to leave" (passive: no agent named). None otherwise (a
    "leave" with no "to", people who are no envoys, "asked him to leave" with a subject:
    the lexicon's own pattern)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return None
    head = tok.head
    hlemma = head.lemma_.lower()
    if tok.dep_ in ("relcl", "acl") and hlemma in DEADLINE_NOUNS and head.dep_ in (
            "dobj", "npadvmod", "appos", "dative", "attr") and (
            head.head.lemma_.lower() in DEADLINE_VERBS):
        verb = head.head
    elif tok.dep_ in ("xcomp", "advcl") and hlemma in DEADLINE_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("until", "till", "by")
            or c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in DEADLINE_NOUNS
            for c in kids(head)):
        verb = head  # ("had until Monday to leave", "gave the staff five days to leave")
    elif tok.dep_ == "xcomp" and hlemma in SENDING_OFF_VERBS and is_passive(head) and (
            child(head, ("agent",)) is None):
        verb = head
    else:
        return None
    if verb.lemma_.lower() == "have":
        holder = child(verb, ("nsubj",))
    else:
        holder = child(verb, ("dative", "iobj")) or child(verb, ("nsubjpass",))
        if holder is None and (obj := child(verb, ("dobj",))) is not None and (
                obj.lemma_.lower() not in DEADLINE_NOUNS):
            holder = obj  # "gave the envoy until Friday to leave"
    if holder is None or not _envoy_like(holder):
        return None
    return verb, holder


def that_clause_subject(clause: Token) -> Token | None:
    """The subject of a "that" clause on a noun of asking, which says who should act: "its
    demand that Washington ease sanctions", "the request that Tokyo return the boats". The
    small parser may tag the clause's verb as a noun ("ease"); a clause with an auxiliary
    of its own tells no demand ("the request that Tokyo had ignored" has no "that" mark)."""
    if clause.dep_ not in ("acl", "ccomp") or clause.head.pos_ != "NOUN" or (
            clause.head.lemma_.lower() not in ASKING_CLAUSE_NOUNS):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(clause)) or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("should", "must")
            for c in kids(clause)):
        return None
    return child(clause, ("nsubj", "nsubjpass"))


#: nouns of asking whose "that" clause names who is asked to act
ASKING_CLAUSE_NOUNS = frozenset({"demand", "call", "request", "appeal", "insistence", "plea",
                                 "ultimatum", "urging"})


#: nouns of what is given as aid, whose own "in" phrase is where it goes ("humanitarian
#: assistance in Iraq")
AID_GIVEN_NOUNS = frozenset({"aid", "assistance", "relief", "help", "support", "funding",
                             "fund", "donation", "grant", "supply", "shelter", "food",
                             "medicine", "equipment", "material"})
#: nouns of the people aid is for, whose place says where it goes ("to populations affected by
#: the cyclone in Mozambique", "for those displaced in Yemen", "to refugees living in Jordan")
AID_PEOPLE_NOUNS = frozenset({"people", "population", "those", "victim", "refugee", "family",
                              "resident", "civilian", "child", "community", "household",
                              "survivor", "villager", "migrant", "patient", "farmer",
                              "displaced", "needy", "poor", "hospital", "school", "region",
                              "area", "province", "district", "zone"})


#: verbs of force whose purpose clause names where arms strike, not whom they help ("sent
#: drones to attack targets in Ukraine")
PURPOSE_FORCE_VERBS = frozenset({"attack", "strike", "hit", "bomb", "shell", "target", "kill",
                                 "destroy", "invade", "raid", "shoot", "fire", "launch",
                                 "pound", "blow"})
#: a side's own sites abroad, whose place is no recipient of what pays for them
OWN_SITE_NOUNS = frozenset({"embassy", "consulate", "base", "mission", "office", "residence"})
#: disasters whose place is where relief sent after them goes
DISASTER_NOUNS = frozenset({"earthquake", "quake", "flood", "floods", "flooding", "cyclone",
                            "hurricane", "typhoon", "storm", "tsunami", "drought", "wildfire",
                            "eruption", "disaster", "famine", "outbreak", "epidemic",
                            "landslide", "mudslide", "fire", "fires", "tremor"})


def aid_places(verb: Token, obj: Token | None) -> list[Token]:
    """The place phrases (in document order of discovery) that say where aid goes when no
    recipient is named: the aid noun's own "in" phrase ("humanitarian assistance in Iraq"),
    the place of the people it is for ("to populations affected by the cyclone in Mozambique",
    "for those affected in Yemen"), and the place of the purpose the money serves ("gave 50
    million euros to promote development in Ethiopia", "to fight the epidemic in Liberia").
    Never the verb's own "in" phrase: "announced the aid in Paris" is where it was told. A
    walk over the trigger's few dependents (at most ten steps), no whole-sentence scan."""
    out: list[Token] = []
    frontier: list[Token] = [verb] + ([obj] if obj is not None else [])
    seen = {t.i for t in frontier}
    for _ in range(10):  # (a preposition and its object are two steps)
        nxt: list[Token] = []
        for t in frontier:
            lemma = t.lower_ if t.pos_ == "PRON" else t.lemma_.lower()
            placed = t is not verb and (
                lemma in AID_GIVEN_NOUNS or lemma in AID_PEOPLE_NOUNS
                or t.pos_ == "VERB" or t.dep_ in ("pobj", "dobj", "conj"))
            for c in kids(t):
                if c.i in seen or c.lemma_.lower() in OWN_SITE_NOUNS:
                    continue  # ("to pay for a new embassy in Baghdad": the giver's own)
                step: Token | None = None
                if c.dep_ == "prep" and c.lower_ in ("in", "inside") and placed:
                    out.extend(p for p in kids(c) if p.dep_ == "pobj")
                    step = c
                elif c.dep_ == "prep" and c.lower_ == "in" and any(
                        p.dep_ == "pobj" and p.lemma_.lower() in AID_GIVEN_NOUNS
                        for p in kids(c)):
                    step = c  # "announced $33 million in assistance to ...": the aid's phrases
                elif c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "into"):
                    out.extend(p for p in kids(c) if p.dep_ == "pobj")
                    step = c
                elif c.dep_ == "prep" and (c.lower_ in ("after", "following") or (
                        c.lower_ == "of" and lemma in AID_PEOPLE_NOUNS)) and any(
                        p.dep_ == "pobj" and p.lemma_.lower() in DISASTER_NOUNS
                        for p in kids(c)):
                    step = c  # "after the earthquake in Haiti", "victims of the floods in ..."
                elif c.dep_ == "pobj" and t.dep_ in ("prep", "agent", "dative"):
                    step = c
                elif c.dep_ == "agent" and t.pos_ == "VERB" and t.dep_ == "acl":
                    step = c  # "populations affected by the cyclone in Mozambique"
                elif c.dep_ in OBJ_DEPS and (t is verb or t.pos_ == "VERB"):
                    step = c
                elif c.dep_ == "acl" and lemma in AID_PEOPLE_NOUNS:
                    step = c  # "those affected in Yemen", "refugees living in Jordan"
                elif c.dep_ in ("advcl", "xcomp", "relcl", "acl") and any(
                        g.dep_ == "aux" and g.tag_ == "TO" for g in kids(c)) and (
                        c.lemma_.lower() not in PURPOSE_FORCE_VERBS):
                    # (not arms sent "to attack targets in Ukraine": where they strike is
                    # not whom they help)
                    # the purpose: "to fight the outbreak in Liberia", "gave $5 million to
                    # pay for ..." (parsed as a relative clause on the sum)
                    step = c
                elif c.dep_ == "conj" and t.pos_ == "NOUN":
                    step = c
                if step is not None:
                    seen.add(c.i)
                    nxt.append(step)
        frontier = nxt
        if not frontier:
            break
    return out


#: verbs of sending words in writing, whose participle clause says what they say ("sent a
#: letter to X threatening to ...")
WRITING_VERBS = frozenset({"send", "write", "address", "deliver", "dispatch", "submit"})


def letter_told(tok: Token) -> tuple[Token, Token | None] | None:
    """For a participle that tells what a letter or note says ("sent a letter to the OSCE
    accusing Armenia of ...", "wrote to Kyiv urging talks"), the writing verb and the
    receiver's phrase head; None for any other token. The parser hangs such a participle on
    the verb (advcl), on the receiver (acl) or makes the receiver its subject inside the
    "to" phrase ("to [Kosovo demanding ...]")."""
    if tok.tag_ != "VBG":
        return None
    if tok.dep_ == "advcl":
        verb = tok.head
        to = prep_obj(verb, ("to",))
    elif tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "to":
        verb, to = tok.head.head.head, tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "to":
        verb, to = tok.head.head, child(tok, ("nsubj",))
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WRITING_VERBS or not any(
            c.dep_ in OBJ_DEPS and c.lemma_.lower() in LETTER_NOUNS for c in kids(verb)) and (
            verb.lemma_.lower() != "write"):
        return None
    return verb, to


#: what a letter-writing verb sends
LETTER_NOUNS = frozenset({"letter", "note", "message", "memo", "memorandum", "cable",
                          "telegram", "communication", "notice", "petition", "complaint"})


#: nouns of a rise in an amount, whose "in" or "of" phrase is what rises ("a sharp increase in
#: funding" is funding given)
INCREASE_NOUNS = frozenset({"increase", "boost", "rise", "hike", "doubling", "tripling",
                            "expansion", "surge", "top-up", "injection"})


def increased(tok: Token) -> Token:
    """What a noun of increase names ("an increase in aid" -> aid, "a boost of military
    assistance" -> assistance), else ``tok``."""
    if tok.lemma_.lower() not in INCREASE_NOUNS:
        return tok
    return prep_obj(tok, ("in", "of", "to")) or tok
