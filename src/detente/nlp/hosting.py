"""Hosts, guests and signers a side clause of a gathering or a pact names (link28).

"Oman hosted the round, which envoys of Iraq and Kuwait also attended", "a round hosted by
A and joined by B", "signed the deal at a session of the council, which was hosted by C's
minister", "the defence pact both governments signed in 2015":
the host of a gathering receives those who attend or join it (and those whose act the
gathering is the scene of); those who attend it visit the host; the subjects of a relative
clause of signing on a pact noun are its parties.

Pure functions over a parsed sentence and an :class:`~detente.nlp.actors.ActorResolver`;
:mod:`detente.nlp.arguments` calls them when a trigger's own clause leaves a side empty.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.clauses import OBJ_DEPS, child, direct_object
from detente.nlp.rules import REL_PRONOUNS, prep_obj
from detente.resolve.tokens import kids, sent_of

#: verbs of taking part in a gathering: "the talks, which were attended by X", "talks joined
#: by X", "the summit X also attended"
JOINING_VERBS = frozenset({"attend", "join"})
#: verbs of hosting a gathering: "X hosted the talks", "talks hosted by X"
HOSTING_VERBS = frozenset({"host", "convene"})
#: prepositions of an act done at a gathering ("signed the protocol at a meeting")
SCENE_PREPS = frozenset({"at", "during"})
#: dependencies a relative clause's antecedent may sit under when the parser hung the clause
#: on a word of the gathering's own phrase ("a meeting of the commission, which was hosted
#: by X", "hosted the talks on Monday, which were attended by X")
PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "poss", "appos", "npadvmod", "nmod"})


def _clause_verb(verb: Token) -> Token:
    """The first of a chain of conjoined participles ("hosted by A and joined by B")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def clause_gathering(verb: Token, gatherings: frozenset[str]) -> Token | None:
    """The gathering noun a relative or participle clause ``verb`` tells of: the noun it
    hangs on, or the gathering whose phrase the parser hung it inside, or the object of a
    verb whose phrase it hangs in ("hosted the round on Friday, which X attended");
    None when it tells of no gathering."""
    first = _clause_verb(verb)
    if first.dep_ not in ("relcl", "acl") and verb.dep_ == "conj" and verb.tag_ == "VBN" and (
            verb.head.tag_ != "VBN") and any(c.dep_ == "agent" for c in kids(verb)) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        # "met for talks hosted by A and joined by B": the second participle hung on the
        # main verb belongs with the participle clause just before it
        first = next((t for t in reversed(verb.doc[verb.head.i + 1:verb.i])
                      if t.dep_ in ("acl", "relcl") and t.tag_ == "VBN"), first)
    if first.dep_ not in ("relcl", "acl"):
        return None
    cur = first.head
    for _ in range(6):
        if cur.pos_ in ("NOUN", "PROPN") and cur.lemma_.lower() in gatherings:
            return cur
        if cur.pos_ in ("VERB", "AUX"):
            obj = direct_object(cur)
            return obj if obj is not None and obj.lemma_.lower() in gatherings else None
        if cur.dep_ not in PHRASE_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _clause_agents(verb: Token, r: ActorResolver) -> list[ResolvedActor]:
    """Who a clause verb names as its doer: its "by" phrase (with conjuncts), or a subject
    that is no relative pronoun ("the summit X also attended")."""
    by = prep_obj(verb, ("by",), deps=("agent",))
    heads = [by, *by.conjuncts] if by is not None else []
    if not heads:
        subj = child(verb, ("nsubj",))
        if subj is not None and subj.lower_ not in REL_PRONOUNS and subj.pos_ != "PRON":
            heads = [subj, *subj.conjuncts]
    found: dict[str | None, ResolvedActor] = {}
    for h in heads:
        for a in r.resolve(h):
            found.setdefault(a.actor.country, a)
    return [a for c, a in found.items() if c]


def _clause_verbs(noun: Token, lemmas: frozenset[str], gatherings: frozenset[str]
                  ) -> list[Token]:
    """The verbs of ``lemmas`` in ``noun``'s sentence whose relative or participle clause
    tells of the gathering ``noun``."""
    return [t for t in sent_of(noun) if t.pos_ in ("VERB", "AUX")
            and t.lemma_.lower() in lemmas and t.i != noun.i
            and (g := clause_gathering(t, gatherings)) is not None and g.i == noun.i]


def gathering_joiners(noun: Token, r: ActorResolver, own: set[str | None],
                      gatherings: frozenset[str]) -> list[ResolvedActor]:
    """Those a side clause of the gathering ``noun`` says attended or joined it ("the
    round, which envoys of Iraq also attended", "a round hosted by A and joined by B"),
    none of ``own``."""
    found: dict[str | None, ResolvedActor] = {}
    for v in _clause_verbs(noun, JOINING_VERBS, gatherings):
        for a in _clause_agents(v, r):
            if a.actor.country not in own:
                found.setdefault(a.actor.country, a)
    return list(found.values())


def gathering_host(noun: Token, r: ActorResolver, own: set[str | None],
                   gatherings: frozenset[str]) -> list[ResolvedActor]:
    """The host of the gathering ``noun``: the subject of the verb of hosting whose object
    it is ("Oman hosted the round, which ..."), or the "by" phrase of a clause of hosting
    on it ("a round hosted by A and joined by B"); none of ``own``."""
    heads: list[ResolvedActor] = []
    if noun.dep_ in OBJ_DEPS and noun.head.lemma_.lower() in HOSTING_VERBS and (
            subj := child(noun.head, ("nsubj",))) is not None and (
            subj.lower_ not in REL_PRONOUNS):
        heads = [a for h in (subj, *subj.conjuncts) for a in r.resolve(h)]
    if not heads:
        heads = [a for v in _clause_verbs(noun, HOSTING_VERBS, gatherings)
                 for a in _clause_agents(v, r)]
    found: dict[str | None, ResolvedActor] = {}
    for a in heads:
        if a.actor.country and a.actor.country not in own:
            found.setdefault(a.actor.country, a)
    return list(found.values())


def scene_verb(noun: Token) -> Token | None:
    """The verb whose "at"/"during" phrase the gathering ``noun`` is ("signed the protocol
    at a meeting of ..."), else None."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in SCENE_PREPS \
            and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def relative_signers(pact: Token, r: ActorResolver, signing: frozenset[str]
                     ) -> list[ResolvedActor]:
    """The parties a relative clause of signing on a pact noun names as its subject ("the
    defence pact both governments signed in 2015", "the deal that A and B reached"),
    also where the parser made the subject the clause's head ("treaty [the two countries
    <- signed]"); none when the clause names one side only."""
    heads: list[Token] = []
    for c in kids(pact):
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in signing and c.i > pact.i and (
                subj := child(c, ("nsubj",))) is not None and subj.lower_ not in REL_PRONOUNS:
            heads = [subj, *subj.conjuncts]
            break
    if not heads:
        # "the accord both states signed": the subject right after the pact noun
        # taken for the head of the signing verb
        nxt = next((t for t in sent_of(pact) if t.i > pact.i and t.pos_ in ("NOUN", "PROPN")
                    and t.left_edge.i == pact.i + 1), None)
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS", "NNP") and any(
                c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in signing
                and c.i > nxt.i and not any(g.dep_ == "agent" for g in kids(c))
                for c in kids(nxt)):
            heads = [nxt, *nxt.conjuncts]
    found: dict[str | None, ResolvedActor] = {}
    for h in heads:
        for a in r.resolve(h):
            found.setdefault(a.actor.country, a)
    out = [a for c, a in found.items() if c]
    if len(out) < 2:
        return []
    # the member the sentence's main clause has as its subject first ("Under the accord
    # both states signed, Kenya must share the river with Ethiopia": Kenya)
    main = sent_of(pact).root
    subj = child(main, ("nsubj", "nsubjpass"))
    first = {a.actor.country for a in r.resolve(subj, follow=False)} if (
        subj is not None and subj.i != heads[0].i) else set()
    ranked = sorted(out, key=lambda a: (a.actor.country not in first, a.order))
    # (a group's members are paired in their ``order``)
    return [replace(a, order=i) for i, a in enumerate(ranked)]
