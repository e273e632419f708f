"""Guesses of whom an act is aimed at that the text does not bear out (prec29, session 29;
prec30, session 30).

When an act's own clause names nobody it is aimed at, the extractor guesses: the other
side of the article's main pair, the other party of the meeting a readout just told. Some
acts give such a guess nothing to stand on:

* a refusal only supposed: "if Kenya refuses to comply", "if the agency delays or refuses
  the permits" -- whom the refusal would slight is not told, and nothing was refused (a
  refusal charged, "accused X of refusing to ...", keeps the accuser as its target);
* a judgement of a weapons launch or test whose firer the article did not name as doer:
  "a White House spokesperson condemned the launch", "called the test unacceptable" -- the
  firer is the one judged, never the story's other party or the partner just met;
* a veto or a boycott of a step of a country's own law-making or vote: "said she would veto
  the bill", "Serbs had boycotted the local elections" -- a matter at home.
* a warning told by what it says, whose content names other parties and not the guessed
  one: "warned that Hungary would block the next sanctions package", "warned that Greece
  would act alone if talks failed" -- whom it warns is not told, and the parties it speaks
  of are no ground for the story's other side (prec30, session 30).
* an appeal or a charge whose addressee the clause names by a common noun of people the
  actors do not resolve: "asked allies to send jets", "calling on Mediterranean countries to
  rescue migrants", "asked the descendants for forgiveness", "charged sons of the drug lord"
  -- the text tells whom the act is aimed at, and it is not the guessed side (prec31,
  session 31). A definite noun that may point back to a state ("urged the authorities",
  "asked the government") is not asked about.

:func:`unfounded_guess` is asked by :class:`detente.nlp.events.EventExtractor` once the
arguments are found; it keeps targets the text names and drops only inferred ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.nlp.actor_common import ResolvedActor
from detente.nlp.clauses import charging_verb, direct_object
from detente.nlp.rules import Trigger
from detente.resolve.tokens import kids

# verbs of refusing to do something (the refusal's aim is the act refused)
REFUSING_VERBS = frozenset({"refuse", "decline"})
# marks of a clause told as a condition
SUPPOSING_MARKS = frozenset({"if", "unless", "should"})
# nouns of a weapon fired or tested: "the launch", "the test", "the launches"
FIRING_NOUNS = frozenset({"launch", "launches", "test", "tests", "test-firing", "firing",
                          "firings", "test-launch"})
# the complements of a judging verb whose subject is the thing judged
JUDGING_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp"})
# steps of a country's own law-making or vote (a veto or boycott of one is taken at home;
# a judgement of a foreign law is not asked about: "called the law a violation")
HOME_PROCESS_NOUNS = frozenset({"bill", "legislation", "resolution", "amendment", "election",
                                "poll", "vote", "ballot", "referendum", "budget", "motion",
                                "debate"})
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those", "today", "sunday"})
# verbs of a warning that may be told by its content alone ("warned that ...")
WARNING_VERBS = frozenset({"warn", "caution"})
# verbs of an appeal or a charge whose object is the one addressed ("asked allies to ...",
# "urged governments to ...", "charged the men with ..."); "call", "appeal" and "plead"
# take it after "on" or "to"
ADDRESSING_VERBS = frozenset({"ask", "urge", "press", "call", "appeal", "implore", "beg",
                              "encourage", "invite", "request", "plead", "charge", "accuse",
                              "blame"})
# common nouns of people or of bodies of people an act can be addressed to (not the nouns
# of the other side, "counterpart", "neighbour": actor_common.OTHER_SIDE_NOUNS)
ADDRESSEE_NOUNS = frozenset({
    "people", "person", "descendant", "ally", "partner", "country", "nation", "state",
    "leader", "official", "citizen", "resident", "member", "supporter", "son", "daughter",
    "family", "relative", "worker", "investor", "company", "firm", "business", "donor",
    "lawmaker", "legislator", "voter", "protester", "demonstrator", "activist", "student",
    "migrant", "refugee", "farmer", "community", "government", "authority", "politician",
    "group", "party", "victim", "participant", "colleague", "power", "capital", "diplomat",
    "envoy", "minister", "president", "head", "representative", "delegate", "negotiator",
    "lender", "creditor", "exporter", "producer", "manufacturer"})
# of those, the ones that with a determiner may point back to a state or its government
# ("urged the authorities", "asked the government", "pressed both sides", "his counterpart")
STATE_ANAPHOR_NOUNS = frozenset({"government", "authority", "country", "state", "side",
                                 "leadership", "regime", "administration", "counterpart",
                                 "neighbour", "neighbor", "capital", "president", "minister",
                                 "head", "leader", "official", "delegation", "nation", "power",
                                 "party", "group"})


def _inferred(targets: Sequence[ResolvedActor]) -> bool:
    """Whether every target is a guess with no place in the sentence."""
    return bool(targets) and all(t.actor.start is None for t in targets)


def supposed_refusal(verb: Token) -> Token | None:
    """The "if" (or "unless") mark a refusal ``verb`` is told under, else None: "if the
    others refused to cooperate", "if the agency delays or refuses the permits"."""
    if verb.lemma_.lower() not in REFUSING_VERBS or verb.pos_ != "VERB":
        return None
    if charging_verb(verb) is not None:
        # ("accused X of refusing to hold talks": the charge stands, aimed at the accuser
        # by the arguments' own rule; tests/test_nlp_link8.py)
        return None
    cur = verb
    for _ in range(4):
        mark = next((c for c in kids(cur) if c.dep_ == "mark"
                     and c.lower_ in SUPPOSING_MARKS), None)
        if mark is not None and cur.dep_ in ("advcl", "csubj", "ROOT"):
            return mark
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def unowned_firing(verb: Token) -> Token | None:
    """The object of a judgement ``verb`` when it is a definite launch or test noun with no
    owner in its own phrase ("condemned the launch", "called the test a provocation"),
    else None; "North Korea's launch" names its doer and is not asked about."""
    # (the judged noun is the object, or the subject of the judging complement: "called
    # the launch unacceptable", which the parser may also read as a compound of it)
    cands = [direct_object(verb)] + [g for c in kids(verb) if c.dep_ in JUDGING_DEPS
                                     for g in kids(c) if g.dep_ in ("nsubj", "compound")]
    obj = next((o for o in cands if o is not None and o.lower_ in FIRING_NOUNS), None)
    if obj is None:
        return None
    dets = [*kids(obj), *(kids(obj.head) if obj.dep_ == "compound" else ())]
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in dets):
        return None
    if any(c.dep_ in ("poss", "compound", "nmod", "amod") and (
            c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("NORP", "GPE")) for c in kids(obj)):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in kids(obj)):
        return None
    return obj


def home_process(verb: Token) -> Token | None:
    """The object of a rejection or a boycott ``verb`` when it is a step of a country's own
    law-making or vote ("said she would veto the bill", "boycotted the local elections", "a
    poll that Serbs had boycotted"), else None: such a step is taken at home, and the
    article's other state is no side slighted by it."""
    obj = direct_object(verb)
    if (obj is None or obj.lower_ in ("that", "which")) and verb.dep_ == "relcl":
        obj = verb.head  # ("the poll that Serbs had boycotted")
    if obj is None or obj.lemma_.lower() not in HOME_PROCESS_NOUNS:
        return None
    return obj


def _named_countries(first: int, last: int, tok: Token) -> set[str]:
    """The countries of the knowledge-base matches of the actor ruler between the tokens
    ``first`` and ``last`` (inclusive) of ``tok``'s doc, every candidate's country."""
    entries = tok.doc._.actor_entries or {}
    return {e.country for (start, end), found in entries.items()
            if start >= first and end <= last + 1 for e in found if e.country}


def warning_elsewhere(verb: Token, guessed: set[str | None]) -> Token | None:
    """The content clause of a warning ``verb`` with no addressee when it names parties and
    none of the ``guessed`` sides' countries ("warned that Hungary would block the package"),
    else None; "warned Washington that ...", "warned that the islands were the worst issue
    in Japan-China relations" (the guessed China named) and a content that names nobody are
    not asked about."""
    if verb.lemma_.lower() not in WARNING_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in kids(verb)):
        return None
    content = next((c for c in kids(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)
    if content is None:
        return None
    named = _named_countries(content.left_edge.i, content.right_edge.i, verb)
    if not named or named & guessed:
        return None
    return content


def unresolved_addressee(verb: Token) -> Token | None:
    """The addressee of an appeal or a charge ``verb`` when the clause names it by a common
    noun of people ("asked allies to send jets", "calling on Mediterranean countries to ...",
    "charged sons of the drug lord"), else None; a determined noun that may stand for a state
    ("urged the authorities", "asked the government", "pressed both sides") is not asked
    about."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADDRESSING_VERBS:
        return None
    cands = [direct_object(verb)] + [c for c in kids(verb) if c.dep_ == "dative"]
    # ("asked governments to open routes", parsed with the one asked as the subject of the
    # infinitive)
    cands += [g for c in kids(verb) if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
              for g in kids(c) if g.dep_ == "nsubj" and g.i < c.i]
    cands += [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
              and verb.lemma_.lower() in ("call", "appeal", "plead")
              for g in kids(c) if g.dep_ == "pobj"]
    for obj in cands:
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in ADDRESSEE_NOUNS:
            continue
        if obj.lemma_.lower() in STATE_ANAPHOR_NOUNS and any(
                c.dep_ in ("det", "poss", "nummod", "predet") for c in kids(obj)):
            continue
        return obj
    return None


def unfounded_guess(trig: Trigger, targets: list[ResolvedActor]) -> list[ResolvedActor]:
    """``targets``, or [] when they are only inferred and the act gives the guess nothing to
    stand on (a supposed refusal, a judgement of an unowned launch, a veto or boycott of the
    actor's own law-making or vote)."""
    if not _inferred(targets):
        return targets
    root, tok = trig.pattern.cameo[:2], trig.token
    if root == "12" and supposed_refusal(tok) is not None:
        return []
    if root == "11" and tok.pos_ == "VERB" and unowned_firing(tok) is not None:
        return []
    if root in ("12", "14") and tok.pos_ == "VERB" and home_process(tok) is not None:
        return []
    if root == "13" and warning_elsewhere(tok, {t.actor.country for t in targets}) is not None:
        return []
    if root in ("02", "10", "11") and unresolved_addressee(tok) is not None:
        return []
    return targets
