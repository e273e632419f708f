"""Screening, the request screen: a request told as the manner of another act.

"Held talks at the request of the U.S. side", "intervened at President Macron's request",
"sent guards to help Greece, as the Greek government had asked", "flew medical teams to Apia
at Samoa's request": the phrase ("at / on / upon X's request", "at the request of X", "at X's
behest", "upon X's urging") says why another act was done. The rule, one for all of them:

    A request in the manner phrase of an act is no appeal of its own (the act tells the tie;
    examples/README.md: "held at the request of" adds none), unless the act sends forces or
    teams (074, or a verb of sending: the asker's appeal for aid, 023 -- train1, train2) or
    is a body's sitting ("the Security Council will meet at Israel's request": 020 to the
    body, train4), and the act's own phrase does not name the asker ("sending guards to help
    Finland, at the request of the Finnish government": the help to Finland tells it).

The act's own phrase is its objects and purpose, not its subject, nor a clause of time or
cause, nor a place it goes to or is done in ("flew medical teams to Apia at Samoa's request"
is asked by Samoa: Apia is where the teams went). A request with an indefinite article is the
request itself, no manner ("acted on a request that Kyiv sent on Monday").

:func:`request_screened` is called by :func:`detente.nlp.screen.screened`;
:func:`aid_requested` tells the extractor when a request kept is the asker's appeal for aid.
Pure functions over spaCy tokens (sessions 28 leads28 and prec28; merged in session 29).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from detente.nlp.rules import Trigger
from detente.resolve.event_dates import governing_verb
from detente.resolve.tokens import kids

# nouns of asking in "at the request of X", "at Kyiv's behest" (leads28)
REQUEST_NOUNS = frozenset({"request", "behest", "urging"})
REQUEST_PREPS = frozenset({"at", "upon", "on"})
# subjects of a meeting that are bodies in session: "the Security Council will meet at
# Israel's request" is the requester's appeal to the body (020, train4)
SITTING_BODIES = frozenset({"council", "assembly", "board", "committee", "commission",
                            "parliament", "congress", "conference", "body"})
#: verbs of sending people or forces to a side ("flew medical teams to Apia at Samoa's
#: request")
REQUEST_SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "fly", "airlift", "station"})
# prepositions of a place an act goes to or is done in
PLACE_PREPS = frozenset({"to", "in", "into", "toward", "towards", "at", "from", "across",
                         "over", "near", "inside", "onto"})


def request_screened(trig: Trigger, triggers: Sequence[Trigger]) -> str | None:
    """Why ``trig``, a request noun (02) in the manner phrase of another act, is no appeal
    of its own (the module's rule), or None. ``triggers`` are its sentence's triggers (the
    act's own, which tell whether it sends forces or a body sits)."""
    tok, pat = trig.token, trig.pattern
    if pat.pos != "NOUN" or pat.cameo[:2] != "02":
        return None
    prep = manner_prep(tok, REQUEST_NOUNS, REQUEST_PREPS)
    if prep is None:
        return None
    if (verb := _asker_named(tok, prep)) is not None:
        return f"the request of a side the act it asked for names ({verb.text})"
    act = prep.head
    if act.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    acts = _acts_of(act, triggers)
    if _sent_at(act, acts) or (
            any(t.pattern.cameo[:2] == "04" for t in acts) and _sitting_body(act)):
        return None  # (the asker's appeal for aid, or to the body that sits)
    return f"says at whose request another act was done ({act.text})"


def manner_prep(noun: Token, nouns: AbstractSet[str], preps: AbstractSet[str]
                ) -> Token | None:
    """The preposition of a manner phrase ("at the invitation of X", "at Kyiv's request")
    when ``noun`` (of ``nouns``) is its object, else None; an indefinite noun tells the
    invitation or request itself ("acted on a request that Kyiv sent on Monday")."""
    if noun.lemma_.lower() not in nouns or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in preps or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(noun)):
        return None
    return prep


def aid_requested(noun: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether ``noun`` is the request at which forces or aid were sent ("sent police and
    soldiers at Sogavare's request", "At the request of Mozambique, Rwanda began deploying
    troops"): the asker's appeal for aid (023, as train1 and train2 code it)."""
    act = _requested_verb(noun)
    return act is not None and _sent_at(act, _acts_of(act, triggers))


def _requested_verb(noun: Token) -> Token | None:
    """The word a request phrase ("at the request of X", "at X's request") hangs on, when
    ``noun`` is that phrase's request."""
    prep = manner_prep(noun, REQUEST_NOUNS, REQUEST_PREPS)
    if prep is None:
        return None
    act = prep.head
    return act if act.pos_ in ("VERB", "AUX", "NOUN") else None


def _acts_of(act: Token, triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers on ``act`` or on the verb it governs ("begins deploying")."""
    return [t for t in triggers if t.token.i == act.i or (
        act.pos_ in ("VERB", "AUX") and t.token.head.i == act.i and t.token.dep_ == "xcomp")]


def _sent_at(act: Token, acts: Sequence[Trigger]) -> bool:
    """Whether the act done at a request sends forces or teams (074, or a verb of sending)."""
    return act.lemma_.lower() in REQUEST_SENDING_VERBS or any(
        t.pattern.cameo[:3] == "074" or t.token.lemma_.lower() in REQUEST_SENDING_VERBS
        for t in acts)


def _sitting_body(verb: Token) -> bool:
    """Whether the subject of ``verb`` (or of the verb or adjective it completes: "the Council
    is due to hold a meeting") is a body in session."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SITTING_BODIES
               for c in kids(cur)):
            return True
        if cur.dep_ not in ("xcomp", "acomp", "ccomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _asker_named(noun: Token, prep: Token) -> Token | None:
    """The clause verb when the act whose manner phrase ``prep`` (with ``noun``, the
    request) is names the asker's country in its own phrase (the module docstring), else
    None."""
    asker = {t.i for c in kids(noun) if c.dep_ in ("poss", "prep") for t in c.subtree}
    asking = _countries_in(noun.doc, asker)
    if not asking:
        return None
    verb = governing_verb(prep, 64)
    if verb is None:
        return None
    left_out = set(t.i for t in prep.subtree)
    for c in kids(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "advmod", "npadvmod") or (
                c.dep_ == "advcl" and not any(g.dep_ == "aux" and g.lower_ == "to"
                                               for g in kids(c))):
            left_out.update(t.i for t in c.subtree)
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ in PLACE_PREPS:
            # (a destination or a scene names a place, no party: "flew medical teams to Apia
            # at Samoa's request" is asked by Samoa)
            left_out.update(g.i for g in t.subtree)
    told = {t.i for t in verb.subtree} - left_out - {verb.i}
    return verb if asking & _countries_in(noun.doc, told) else None


def _countries_in(doc: Doc, idx: set[int]) -> set[str]:
    """The countries of the knowledge-base actors (the sentence's actor spans) whose tokens
    all lie in ``idx``."""
    entries = doc._.actor_entries if doc.has_extension("actor_entries") else None
    if not entries or "actors" not in doc.spans:
        return set()
    out: set[str] = set()
    for span in doc.spans["actors"]:
        if span.start in idx and span.end - 1 in idx:
            out.update(a.country for a in entries.get((span.start, span.end)) or ()
                       if getattr(a, "country", None))
    return out
