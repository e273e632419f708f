"""An invitation accepted: the invitee's commitment to come, aimed at the inviter (dir30).

"X invited Y to visit, and the invitation was accepted", "X invited Y to Bali, and Y is said
to have accepted", "Kishida accepted the invitation" (after "Modi invited Kishida ..."): the
acceptance is the invitee's expressed intent to meet (036) toward whoever invited, though
the accepting clause names no inviter (or, passive, no invitee). The invitation is found in
the sentence (the verb "invite" the acceptance is joined to, or one before it) or among the
events the article told before (the last invitation whose invitee is the acceptor).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.nlp.actor_common import ResolvedActor, implicit_actor
from detente.resolve.tokens import kids

if TYPE_CHECKING:
    from detente.model import Event
    from detente.nlp.actors import ActorResolver

INVITATION_NOUNS = frozenset({"invitation", "invitations", "invite"})
#: how many of the article's latest events are searched for the invitation
RECENT = 30


def _invitation_object(tok: Token, passive: bool) -> bool:
    """Whether ``tok`` ("accept") has an invitation as its object (or, passive, subject)."""
    deps = ("nsubjpass",) if passive else ("dobj", "obj")
    return any(c.dep_ in deps and c.lower_ in INVITATION_NOUNS for c in kids(tok))


def _bare(tok: Token) -> bool:
    """Whether ``tok`` ("accept") has no object of its own ("and Putin accepted")."""
    return not any(c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp") for c in kids(tok))


def _invite_verb(tok: Token, sent: Span) -> Token | None:
    """The verb "invite" of the sentence, before ``tok``, that the acceptance answers."""
    return next((t for t in reversed(list(sent)) if t.i < tok.i and t.pos_ == "VERB"
                 and t.lemma_.lower() == "invite"), None)


def accepted_invitation(tok: Token, sent: Span, passive: bool,
                        sources: Sequence[ResolvedActor], targets: Sequence[ResolvedActor],
                        resolver: ActorResolver, events: Sequence[Event]
                        ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
    """The (acceptor, inviter) of an invitation ``tok`` ("accept") accepts, when the clause
    leaves one of them out and the invitation is told in the sentence or before; None when
    ``tok`` accepts no invitation or both sides are named already."""
    if tok.lemma_.lower() != "accept" or (sources and targets):
        return None
    invite = _invite_verb(tok, sent)
    if not (_invitation_object(tok, passive) or (_bare(tok) and invite is not None)):
        return None
    inviter: list[ResolvedActor] = []
    invitee: list[ResolvedActor] = []
    if invite is not None and not any(c.dep_ == "neg" for c in kids(invite)):
        subj = next((c for c in kids(invite) if c.dep_ == "nsubj"), None)
        obj = next((c for c in kids(invite) if c.dep_ in ("dobj", "obj")), None)
        inviter = resolver.resolve(subj) if subj is not None else []
        invitee = resolver.resolve(obj) if obj is not None else []
    acceptor = list(sources) or invitee
    if not inviter and acceptor:
        own = {a.actor.country for a in acceptor}
        told = next((e for e in reversed(list(events)[-RECENT:])
                     if e.rule.startswith("intent.invite") and e.source is not None
                     and e.target is not None and e.target.country in own), None)
        if told is not None and told.source is not None:
            inviter = [implicit_actor(told.source)]
    own = {a.actor.country for a in acceptor}
    aimed = list(targets) or [a for a in inviter if a.actor.country not in own]
    if not acceptor or not aimed:
        return None
    return acceptor, aimed
