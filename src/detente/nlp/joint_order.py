"""Which side a joint intent told of a group phrase comes from (pair31, session 31).

A joint intent ("the two sides agreed to expand trade", "the two leaders pledged to work
together") is one ``03x`` event, from the side the sentence names first; where the sentence
names the pair only by a group phrase, from the side that reports it (a readout's issuer,
"Indian officials said the two sides had agreed ...", "..., Gallant's office said"), else
the side the article names first (examples/README.md, "Joint intents"). The group's members
come in the article's order; this module only reorders them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.nlp.actor_common import ISSUER
from detente.nlp.actors import ActorResolver, ResolvedActor

if TYPE_CHECKING:
    from detente.nlp.events import EventExtractor

__all__ = ["joint_order"]

Pair = tuple[ResolvedActor, ResolvedActor]


def _group_phrase(a: ResolvedActor, b: ResolvedActor) -> bool:
    """Whether both sides are the members of one group phrase ("the two sides", "they")."""
    return a.kind == b.kind == "dyad" and a.group in (0, 2) and a.actor.start is not None and (
        a.actor.start == b.actor.start)


def _reporter(ex: EventExtractor, tok: Token, resolver: ActorResolver) -> set[str]:
    """The countries of the state voices that report ``tok``'s clause ("X's office said")."""
    from detente.nlp.speech import _reporting_verb, _speaker_of

    while tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX") and (
            tok.head.i != tok.i):
        tok = tok.head  # ("agreed to investigate ... and to cooperate": the agreeing)
    speech = _reporting_verb(tok)
    if speech is None:
        return set()
    return {a.actor.country for a in _speaker_of(ex, speech, resolver)
            if a.actor.country and a.kind not in ("dyad", "implicit") and not _bare(a)}


def _bare(a: ResolvedActor) -> bool:
    """Whether the speaker is a bare organ noun ("the ministry", "the embassy"), whose side
    is only guessed from the article, not named."""
    words = (a.actor.text or "").split()
    return bool(words) and words[0].lower() == "the" and all(w.islower() for w in words[1:])


def joint_order(ex: EventExtractor, tok: Token, sent: Span, pairs: Sequence[Pair],
                resolver: ActorResolver) -> list[Pair]:
    """``pairs`` with its one pair turned round when its second side reports the joint
    intent at ``tok`` or issues the readout it is told in."""
    if len(pairs) != 1 or not _group_phrase(*pairs[0]):
        return list(pairs)
    a, b = pairs[0]
    first, second = a.actor.country, b.actor.country
    if not first or not second or first == second:
        return list(pairs)
    told = _reporter(ex, tok, resolver)
    if len(told & {first, second}) == 1:
        return [(b, a)] if second in told else list(pairs)
    issuer = sent.doc.user_data.get(ISSUER)
    if issuer in (first, second):
        # a readout's "the two leaders agreed ...": from the side that issues it
        return [(b, a)] if issuer == second else list(pairs)
    # (otherwise the article's order, as the convention has it for a group phrase: a side
    # the sentence names before the intent, "Erdogan visited Sochi, when the two sides
    # agreed ...", was tried in session 31 and turned a sealed event round)
    return list(pairs)


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_split_subject(verb: Token, subj: Token) -> Token | None:
    """The whole subject when the parser took a dateline's place for a first subject and hung
    the real one on it in apposition, splitting a name off it as a second subject: "RABAT,
    May 2 (Wire) -- Spain's premier and his Moroccan counterpart Aziz Akhannouch signed
    ..." has "RABAT" (with "premier ... counterpart" in apposition) and "Akhannouch" as
    subjects; -> "premier" for "Akhannouch". None otherwise."""
    if subj.dep_ != "nsubj" or subj.head.i != verb.i or subj.pos_ != "PROPN":
        return None
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < subj.i), None)
    shown = dateline_appos(first) if first is not None else None
    if shown is None:
        return None
    last = next((c for c in reversed(list(shown.conjuncts)) if c.i > shown.i), None)
    return shown if last is not None and last.i == subj.left_edge.i - 1 and (
        last.pos_ == "NOUN") else None


def dateline_appos(subj: Token) -> Token | None:
    """The name in apposition to a dateline's place that the parser took for a subject
    ("KYIV, May 2 (Wire) - Spain's foreign minister arrived ...": "minister" for "KYIV"),
    else None."""
    sent = subj.sent
    if subj.i - sent.start > 2 or not subj.text.isupper() or len(subj.text) < 3 or any(
            not t.text.isupper() and not t.is_punct for t in sent[: subj.i - sent.start]):
        return None
    dash = next((t for t in sent[: min(len(sent), 16)] if t.text in _DASHES), None)
    if dash is None or dash.i < subj.i:
        return None
    return next((c for c in subj.rights if c.dep_ == "appos" and c.i > dash.i), None)
