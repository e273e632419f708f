"""Who an act is aimed at when its own clause does not say: the frames around it.

* A meeting frame: "In his talks with Wang, the minister raised concerns about ...", "During
  a phone call, A apologised to B", "when the two met in Jakarta, she raised ...": what is
  said in a meeting is said to the other party of the meeting; the meeting itself is between
  the clause's subject and that party.
* A purpose infinitive: "called the president to urge a halt", "met the king to convey his
  support": the appeal or message goes to whom the main verb reached.
* A readout: "X met Y today. X also called for the release of ...": an act with nobody named,
  by one side of a meeting the story has just told, is aimed at the other side.
* A group phrase: "all three countries", "both countries" after a list or a pair the story
  has just named stand for those members, not for the article's most named countries.

Functions here read the parse around one token and the resolver's memory of the article;
:class:`detente.nlp.events.EventExtractor` calls them after the clause's own slots.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.patterns import Pattern
from detente.model import Actor, Status
from detente.nlp.actor_common import BODY_GATHERING_NOUNS
from detente.nlp.actors import ActorResolver, ResolvedActor, fit_group
from detente.nlp.clauses import OBJ_DEPS, child
from detente.resolve.tokens import sent_of

log = logging.getLogger(__name__)

# nouns of a meeting that frame what is said in it
FRAME_NOUNS = frozenset({"talk", "talks", "meeting", "call", "conversation", "discussion",
                         "discussions", "visit", "trip", "session", "exchange",
                         "videoconference", "dialogue", "negotiation", "negotiations",
                         "consultation", "consultations", "encounter", "summit", "phonecall"})
FRAME_PREPS = frozenset({"in", "during", "at", "on"})
# "when the two met", "as they spoke": a clause of a meeting that frames the main clause
FRAME_MARKS = frozenset({"when", "as", "while"})
MEETING_VERBS = frozenset({"meet", "talk", "speak", "visit", "confer", "phone", "call",
                           "hold", "sit"})
# roots of what one says or does to the party one meets (not force, not a journey)
SAID_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# roots of what a party of a readout's meeting says with nobody named (appeals, demands,
# criticism, rejections, warnings; not statements in general, nor intents and praise, which
# a readout often reports of no one in particular)
READOUT_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# sectors of sides that take no part in a government's meeting: the opposition, a former
# leader, rebels and separatists (prec29, session 29)
OUTSIDE_SECTORS = frozenset({"OPP", "ELI", "REB", "SEP"})
# verbs whose purpose infinitive acts on whom they reached: "called X to urge ..."
REACHING_VERBS = frozenset({"call", "phone", "telephone", "meet", "visit", "summon", "see",
                            "write", "contact", "receive", "host"})
# nouns a measure word modifies: "the expulsion order", "a sanctions package"
MEASURE_HEADS = frozenset({"order", "package", "plan", "programme", "program", "decree",
                           "regime", "policy",
                           # "launched a mediation effort", "ended mediation efforts"
                           "effort", "efforts", "initiative", "bid", "mission"})
# a state's missions abroad: opening one "in Seattle" is toward the country it is in
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "office"})
# the post an envoy is named to: "named X as its ambassador in Rome", "appointed Y as
# envoy to Kyiv" (aimed at the country of the capital or the one named)
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "representative", "emissary",
                         "chargé", "charge", "attaché", "attache"})
# verbs of withstanding an attack: "repelled a Ukrainian attack" (the attack was on them)
REPELLING_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "withstand", "fend",
                             "intercept", "beat", "push"})
# how many sentences back a readout's meeting still frames what a party says
READOUT_WINDOW = 4
PERSON_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _clause_heads(verb: Token) -> list[Token]:
    """``verb`` and the verbs whose clause it shares (conjoined or open complements)."""
    out = [verb]
    cur = verb
    while cur.dep_ in ("conj", "xcomp") and cur.head.pos_ in ("VERB", "AUX") and len(out) < 6:
        cur = cur.head
        out.append(cur)
    return out


def frame_of(verb: Token) -> Token | None:
    """The meeting noun ("In his talks with X") or meeting clause ("when the two met")
    that frames ``verb``'s clause, or None."""
    heads = _clause_heads(verb)
    for h in heads[1:]:
        # "met Blinken and said he saw no need for a confrontation": speech joined to a
        # meeting is framed by it
        if h.lemma_.lower() in MEETING_VERBS and heads[heads.index(h) - 1].dep_ == "conj":
            return h
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and (
            verb.head.lemma_.lower() in MEETING_VERBS) and not any(
            c.dep_ in ("mark", "prep") for c in verb.children):
        # "met Wang in Beijing, stressing that ...": a participle trailing the meeting
        return verb.head
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
                noun = child(c, ("pobj",))
                if noun is not None and (noun.lemma_.lower() in FRAME_NOUNS
                                         or noun.lower_ in FRAME_NOUNS):
                    return noun
            if c.dep_ == "advcl" and c.lemma_.lower() in MEETING_VERBS and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in FRAME_MARKS for m in c.children):
                return c
    return None


def _others(found: Sequence[ResolvedActor], own: set[str | None]) -> list[ResolvedActor]:
    return [a for a in found if a.actor.country and a.actor.country not in own]


def reached(verb: Token, r: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
    """Whom a verb's clause reaches: its object, the one it is told or spoken to, or the
    one it is with ("apologised to Putin", "told the senators", "met with Xi")."""
    for c in verb.children:
        if (c.dep_ in OBJ_DEPS + ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON")) or (
                c.dep_ == "oprd" and c.pos_ == "PROPN"):  # "called Aliyev", parsed as oprd
            found = _others(r.resolve(c), own)
            if found:
                return found
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with"):
            p = child(c, ("pobj",))
            if p is not None:
                found = _others(r.resolve(p), own)
                if found:
                    return found
    return []


def frame_partner(verb: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                  ) -> list[ResolvedActor]:
    """The other party of the meeting that frames ``verb``'s clause, when the frame names
    it: "In his talks with Wang Yi, ..." (Wang), "when the two met ..." (the other of the
    two), "when he visited Beijing" (China)."""
    frame = frame_of(verb)
    if frame is None:
        return []
    own = {s.actor.country for s in sources}
    if frame.pos_ in ("VERB", "AUX"):
        found = reached(frame, r, own)
        if found:
            return found
        subj = child(frame, ("nsubj",))
        if subj is not None:
            return _others(fit_group(r.resolve(subj), list(sources)), own)
        return []
    with_ = next((p for c in frame.children if c.dep_ == "prep" and c.lower_ in (
        "with", "between") for p in c.children if p.dep_ == "pobj"), None)
    if with_ is not None:
        return _others(fit_group(r.resolve(with_), list(sources)), own)
    return []


def frame_parties(noun: Token, r: ActorResolver,
                  subject_of: Callable[[Token], Token | None]
                  ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
    """The parties of a meeting noun that frames a clause ("In his talks with Wang Yi, the
    minister raised ...", "In a phone call on Thursday, A apologised to B"): the clause's
    subject and the one the noun is with, or else the one the clause reaches. None when
    the noun frames no clause or its own phrase names who met."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in FRAME_PREPS:
        return None
    verb = noun.head.head
    frame = frame_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if frame is None or frame.i != noun.i:
        return None
    poss = child(noun, ("poss",))
    if poss is not None and poss.lower_ not in PERSON_PRONOUNS:
        return None
    if any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in noun.children):
        return None  # "in the Biden-Xi talks": the noun's own phrase names them
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        # "criticism of Egypt voiced by X during a visit to Cairo": the participle's agent
        # (the noun it describes is what was done, or whom it was done to)
        subj = next((p for c in verb.children if c.dep_ == "agent" for p in c.children
                     if p.dep_ == "pobj"), None)
    else:
        subj = subject_of(verb)
    if subj is None:
        return None
    sources = r.resolve(subj)
    if not sources:
        return None
    own = {s.actor.country for s in sources}
    with_ = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                  for p in c.children if p.dep_ == "pobj"), None)
    targets = _others(r.resolve(with_), own) if with_ is not None else reached(verb, r, own)
    if not targets:
        return None
    if with_ is None and noun.lemma_.lower() in BODY_GATHERING_NOUNS and any(
            a.kind == "igo" for a in (*sources, *targets)):
        # "At a summit in Abuja, ECOWAS gave Mali until January to ...", "Somalia was
        # admitted to the EAC at a summit in Arusha": a body's gathering is the scene of
        # what it does to a state (or a state to it), no meeting between the two
        return None
    return sources, targets


def purpose_partner(verb: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                    ) -> list[ResolvedActor]:
    """"Blinken called Aliyev to urge a halt", "met Netanyahu in Tel Aviv to convey ...":
    an act in a purpose infinitive with nobody named goes to whom the main verb reached."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in REACHING_VERBS:
        return []
    return reached(head, r, {s.actor.country for s in sources})


def _sentence_starts(sent: Span, n: int) -> set[int]:
    """Character offsets of ``sent`` and the ``n`` sentences before it."""
    starts = {sent.start_char}
    cur = sent
    for _ in range(n):
        if cur.start == 0:
            break
        cur = sent_of(cur.doc[cur.start - 1])
        starts.add(cur.start_char)
    return starts


# what a count gives: acted on ("rejects the election results"), it names no act of the
# article's other side nor of the party met (a ruling, a judgment or a finding is often
# theirs: "did not accept the ruling" of the Commission's tariff inquiry)
FINDING_NOUNS = frozenset({"result", "outcome"})


def readout_partner(verb: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                    ) -> list[ResolvedActor]:
    """The other side of the meeting the story told last, when ``sources`` are one side of
    it and it was told in this sentence or the few before: in a readout, what a party
    says with nobody named it says to the party it met."""
    own = {s.actor.country for s in sources}
    if not own or None in own or len(own) != 1:
        return []
    if all(s.actor.sector in OUTSIDE_SECTORS for s in sources):
        # "Opposition politicians accused him of giving ground": the opposition (or a
        # former leader, a rebel group) took no part in the meeting the readout tells
        # (prec29, session 29)
        return []
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return []  # "Asked about the visit, the spokesperson said ...": the one asked
    obj = child(verb, OBJ_DEPS)
    if obj is not None and any(c.dep_ in ("prep", "agent") and c.lower_ == "by"
                               for c in obj.children):
        return []  # "opposes unilateral moves by any party": whoever makes them
    if obj is not None and obj.lemma_.lower() in FINDING_NOUNS:
        return []  # "still rejects the election results": a count's, not the party met's
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
           and child(c, ("pobj",)) is not None for c in verb.children):
        return []  # "called on the relevant parties to ...": an addressee, if no actor
    starts = _sentence_starts(sent_of(verb), READOUT_WINDOW)
    for ev in reversed(r.ctx.events[-12:]):
        if ev.evidence is None or ev.evidence.start not in starts:
            return []
        if ev.root != "04" or ev.source is None or ev.target is None or ev.status not in (
                Status.HAPPENED, Status.ONGOING) or ev.cameo[:3] == "045":
            continue  # (a mediator is no side a party's words are said to)
        pair = (ev.source, ev.target)
        countries = {a.country for a in pair}
        if len(countries) != 2 or not own <= countries:
            continue
        if len({a.country for e in r.ctx.events[-12:] if e.root == "04"
                and e.evidence is not None and e.evidence.start == ev.evidence.start
                and e.source is not None and e.target is not None
                and own & {e.source.country, e.target.country}
                for a in (e.source, e.target) if a.country not in own}) > 1:
            # "the negotiators of A, B and C spoke by telephone ... In Washington, a
            # spokesperson condemned ...": a side that met two others at once has no one
            # other party its words are said to (prec29, session 29)
            return []
        other = next(a for a in pair if a.country not in own)
        return [ResolvedActor(replace(other, text=None, start=None, end=None), "implicit")]
    return []


def _token_at(doc_tokens: Span, start: int | None) -> Token | None:
    if start is None:
        return None
    for t in doc_tokens:
        if t.idx <= start < t.idx + len(t.text):
            return t
    return None


def listed_group(found: list[ResolvedActor], sent: Span, r: ActorResolver
                 ) -> list[ResolvedActor]:
    """A group phrase ("all three countries", "both countries", "the three countries'
    advisers") resolved to the article's most named countries: the last list of as many
    named countries in this sentence (before the phrase) or the two before it, if any."""
    if not found or any(a.kind != "dyad" for a in found):
        return found
    size = found[0].group
    if size < 3:
        return found  # (a pair is the pair just met or told: the resolver's own rules)
    at = _token_at(sent, found[0].actor.start)
    if at is None:
        return found
    cur: Span | None = sent
    for _ in range(3):
        if cur is None:
            break
        limit = at.i if cur is sent else cur.end
        members = _last_list(cur, limit, size, r)
        if members:
            text = found[0].actor
            return [ResolvedActor(replace(m.actor, text=text.text, start=text.start,
                                          end=text.end), "coref", m.key) for m in members]
        cur = sent_of(cur.doc[cur.start - 1]) if cur.start > 0 else None
    return found


def _last_list(sent: Span, limit: int, size: int, r: ActorResolver) -> list[ResolvedActor]:
    """The last coordination of exactly ``size`` actors of distinct countries that ends
    before token ``limit`` in ``sent``."""
    best: list[ResolvedActor] = []
    for t in sent:
        if t.i >= limit:
            break
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        heads = [t] + [c for c in t.conjuncts if c.i > t.i]
        if len(heads) != size or heads[-1].i >= limit:
            continue
        # (resolving the first conjunct gives the whole list)
        members = [a for a in r.resolve(t, follow=False) if a.kind != "dyad"]
        if len(members) != size or any(not m.actor.country for m in members):
            continue
        if len({m.actor.country for m in members}) == size:
            best = members
    return best


def topical(trigger: Token, targets: Sequence[ResolvedActor], slots: Sequence[str] = ()
            ) -> bool:
    """Whether every target was found in a phrase the act is about ("raised concerns about
    Hong Kong"), not one it is aimed at ("called on China": a slot of the pattern)."""
    sent = sent_of(trigger)
    for t in targets:
        tok = _token_at(sent, t.actor.start)
        if tok is None:
            return False
        hit = False
        cur = tok
        for _ in range(12):
            if cur.i == trigger.i or cur.head.i == cur.i:
                break
            if cur.dep_ == "prep" and (cur.lower_ in ABOUT_PREPS or (
                    cur.lower_ in TOPIC_PREPS and cur.lower_ not in slots)):
                hit = True
            cur = cur.head
        if not hit:
            return False
    return bool(targets)


TOPIC_PREPS = frozenset({"about", "over", "on", "regarding", "concerning", "in", "of"})
ABOUT_PREPS = frozenset({"about", "over", "regarding", "concerning"})


def relative_head(verb: Token) -> Token | None:
    """The noun a relative clause describes, through open complements: "a meeting between A
    and B that the EU had planned to host" -> meeting (for "host")."""
    cur = verb
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


CALL_PATTERN = Pattern(id="consult.call_person", head="call", pos="VERB", cameo="041",
                       target=("dobj",), reciprocal=True)


#: the verbs of a phone call
PHONE_VERBS = frozenset({"call", "phone", "telephone", "ring"})


def phone_call(tok: Token) -> Pattern | None:
    """"Blinken called Aliyev on Tuesday (to urge ...)": calling a named person, with no
    name or epithet given to them ("called Xi a dictator") and no appeal ("called on",
    "called for"), is a phone call."""
    if tok.lemma_.lower() not in PHONE_VERBS or tok.pos_ != "VERB":
        return None
    obj = child(tok, OBJ_DEPS + ("oprd",))  # ("called Aliyev" is often parsed as oprd)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("PERSON", "GPE", "ORG"):
        return None
    if any(c.i != obj.i and (
            c.dep_ in ("oprd", "ccomp", "attr", "acomp", "nsubjpass", "auxpass") + OBJ_DEPS
            or (c.dep_ == "prep" and c.lower_ in ("on", "for", "upon") and not any(
                p.ent_type_ in ("DATE", "TIME") for p in c.children))) for c in tok.children):
        return None
    if any(c.dep_ in ("appos", "npadvmod") and c.pos_ in ("NOUN", "ADJ") and c.ent_type_ not in (
            "DATE", "TIME") for c in obj.children):
        return None  # "called Xi a dictator", parsed as an apposition
    return CALL_PATTERN


GROUP_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
GROUP_HEADS = frozenset({"country", "nation", "government", "state", "side", "neighbour",
                         "neighbor", "ally", "capital"})


def listed_members(tok: Token, r: ActorResolver) -> list[ResolvedActor]:
    """"a meeting of the three countries' advisers", "talks among the three nations": the
    countries a numbered group phrase at or in front of ``tok`` stands for, as the list of
    as many the story just named; [] when there is no such phrase or list."""
    for head in [tok] + [c for c in tok.children if c.dep_ in ("poss", "compound")]:
        if head.lemma_.lower() not in GROUP_HEADS or head.tag_ not in ("NNS", "NNPS"):
            continue
        size = next((GROUP_WORDS[c.lower_] for c in head.children
                     if c.lower_ in GROUP_WORDS), None)
        if size is None:
            continue
        fake = [ResolvedActor(Actor(head.text, None, None, None, None, head.idx,
                                    head.idx + len(head.text)), "dyad", group=size)]
        members = listed_group(fake, sent_of(head), r)
        return members if members is not fake else []
    return []
