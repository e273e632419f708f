"""The other side a relative clause on an argument of another act names (linked31).

"American officials have said ..., a claim that Phnom Penh denies", "above the rate Jakarta
had asked for", "a step Berlin had quietly sought", "as a guest of the summit, which Japan
hosts": a denial, request or hosting told in a relative clause whose antecedent is the
object (or a phrase) of another clause is aimed at that clause's subject -- the one who made
the claim, who would grant what was asked, who is the guest.

"would send the missiles that Kyiv has asked for", "to supply the tanks that Kyiv wants":
the reverse, what a side gives or offers that another asked for goes to the one who asked.

Pure functions over a parsed sentence and an :class:`~detente.nlp.actors.ActorResolver`;
:mod:`detente.nlp.arguments` calls them when a trigger's own clause leaves the target empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.rules import REL_PRONOUNS
from detente.resolve.tokens import kids

#: roots whose act a relative clause on another clause's object may tell with that clause's
#: subject as the other side: denials/rejections of a claim (01, 12), requests and demands
#: (02, 10), hosting (04)
RELATIVE_TARGET_ROOTS = frozenset({"01", "02", "04", "10", "12"})
#: verbs of wanting something from another side ("the missiles Kyiv has asked for")
WANTING_VERBS = frozenset({"ask", "want", "request", "seek", "demand", "need", "plead",
                           "lobby", "press", "beg", "crave", "covet"})
#: nouns of a claim a side may deny or reject ("a claim that Phnom Penh denies")
DISPUTED_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "assertion",
                            "suggestion", "report", "insinuation", "version", "account"})
#: verbs of making a claim: their subject is the one a denial of it answers
CLAIMING_VERBS = frozenset({"say", "claim", "accuse", "blame", "allege", "charge", "assert",
                            "insist", "suggest", "report"})
#: verbs of being at, or coming to, a gathering: their subject is a guest of its host ("is in
#: Hiroshima as a guest of the summit, which Japan hosts")
PRESENCE_VERBS = frozenset({"be", "attend", "arrive", "come", "travel", "join", "take", "go",
                            "fly", "stay", "visit", "head", "land", "participate"})
#: prepositions that name the other side inside the clause itself ("which Biden had applied
#: to Xi"): then that side, not the outer clause's subject, is the one the act is aimed at
_AIMED_PREPS = frozenset({"to", "from", "against", "with", "on", "at"})
#: dependencies a clause's antecedent phrase is climbed through to its verb
_PHRASE_DEPS = frozenset({"pobj", "prep", "appos", "conj", "compound", "dobj", "npadvmod",
                          "attr", "oprd", "dative"})


def _own_subject(verb: Token) -> Token | None:
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ not in REL_PRONOUNS else None


def _object_clause(verb: Token) -> bool:
    """A relative (or noun-attached) clause whose antecedent is the verb's object: its own
    subject is a name, and it has no object of its own but a relative pronoun."""
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB":
        return False
    if _own_subject(verb) is None:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in REL_PRONOUNS
           for c in kids(verb)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _AIMED_PREPS and any(
        o.dep_ in ("pobj", "pcomp") and o.lower_ not in REL_PRONOUNS for o in kids(c))
        for c in kids(verb))


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or phrase) the antecedent noun is; None when the antecedent
    is that verb's subject (then the clause's subject is the noun itself)."""
    cur = noun
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ not in _PHRASE_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def relative_counterpart(verb: Token, root: str, r: ActorResolver,
                         sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
    """The subject of the clause a relative clause of denial, request or hosting hangs on:
    the other side of that act ("a claim that Phnom Penh denies" -> the claimants)."""
    if not _object_clause(verb):
        return []
    gov = _governing_verb(verb.head)
    if gov is None:
        return []
    if root in ("01", "12"):
        if gov.lemma_.lower() not in CLAIMING_VERBS and gov.dep_ == "ccomp" and (
                gov.head.lemma_.lower() in CLAIMING_VERBS):
            # ("officials said guards pushed migrants over the border, a claim that Minsk
            # denies": the parser hangs the claim on the reported verb, not on "said")
            gov = gov.head
        if verb.head.lemma_.lower() not in DISPUTED_NOUNS and (
                gov.lemma_.lower() not in CLAIMING_VERBS):
            return []
    if root == "04" and gov.lemma_.lower() not in PRESENCE_VERBS:
        return []
    subj = _own_subject(gov)
    if subj is None:
        return []
    own = {s.actor.country for s in sources}
    return [a for a in r.resolve(subj) if a.actor.country not in own]


def asker_of_object(verb: Token, r: ActorResolver,
                    sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
    """The one a relative clause on the verb's object says wanted it ("send the missiles
    that Kyiv has asked for"): what the subject gives goes to the asker."""
    own = {s.actor.country for s in sources}
    for obj in kids(verb):
        if obj.dep_ == "prep":
            objs = [o for o in kids(obj) if o.dep_ == "pobj"]
        elif obj.dep_ == "dobj":
            objs = [obj]
        else:
            continue
        for noun in objs:
            for rel in kids(noun):
                if rel.dep_ != "relcl" or rel.lemma_.lower() not in WANTING_VERBS or (
                        not _object_clause(rel)) or (subj := _own_subject(rel)) is None or any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids(subj)):
                    # ("send 31 tanks, a step Berlin had sought": a noun the parser hung on
                    # the subject is the clause's own antecedent, not the object's)
                    continue
                found = [a for a in r.resolve(subj) if a.actor.country not in own]
                if found:
                    return found
    return []
