"""Events a sentence implies besides the ones its words code: accusations implied by a
hostile act one party says another did, and hostings told from the guest's side.

Hostings (:func:`implied_hostings`): "the premier was accorded a ceremonial welcome at the
presidential palace", "he was given a red-carpet welcome by the president", "the king was
welcomed with full military honours in Bangkok" tell that the host's side received the guest
(043) and that the guest made a visit there (042), though no verb says who hosted whom: the
host is the one a by-phrase names, else the place the welcome was at (a seat of government
stands for it, a city for its country), else the country the article last took the guest to.

Accusations:

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

from detente.coding.patterns import Pattern
from detente.model import Actor, Article, DatePrecision, Event, EventDate, Status
from detente.nlp.actor_common import body_gathering_before
from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.clauses import REPORTING_VERBS, is_passive, more_agents, scene_subject
from detente.nlp.rules import (
    REL_PRONOUNS,
    STATE_SECTORS,
    SUBJ_DEPS,
    Trigger,
    governing_clause_text,
    intent_code,
    intent_verb_of,
    prep_obj,
    tense_of,
)
from detente.nlp.screen import screened
from detente.nlp.speech import saying_trigger, speech_events
from detente.nlp.status import StatusDecision, decide
from detente.nlp.story import ENDING_VERBS as PROCESS_ENDING_VERBS
from detente.nlp.story import recent_starts, story_pair
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.event_dates import trigger_date
from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

__all__ = ["ACCUSED_ROOTS", "DISASTER_NOUNS", "disaster_country", "hosted_meetings",
           "implied_accusations", "implied_hostings", "implied_readout_intents",
           "implied_relief", "implied_story_events"]

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
        according = _according_to(trig.token, sent) if speech is None else None
        if according is not None:
            # "According to the coast guard, a Chinese ship shone a laser at ...": the voice
            # put before the act claims it (leads28)
            speech, speaker = according
        elif speech is None:
            continue
        else:
            speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
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
        said = saying_trigger(speech, sent, article, PATTERN_ID, "112") if according is None \
            else _according_trigger(speech, sent, article)
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
                # (where the charge was made: "In Beirut, the premier said ...")
                where = ex._location(charge, sent, [d], None, [a])
                yield ex._make_event(charge, sent, article, a, d, Status.HAPPENED,
                                     f"said ({trig.token.text})", edate, where, None)
    # blame, threats and lede charges inside reported clauses (nlp.speech)
    yield from speech_events(ex, sent, article, resolver)


#: verbs that give a guest a welcome ("was accorded a ceremonial welcome", "gave him a warm
#: welcome", "extended a warm welcome to the king")
WELCOME_GIVERS = frozenset({"accord", "give", "extend", "offer"})
#: the welcome given
WELCOME_NOUNS = frozenset({"welcome", "reception"})
HOSTING_ID = "consult.welcome_given"


def implied_hostings(ex: EventExtractor, sent: Span, article: Article,
                     resolver: ActorResolver) -> Iterator[Event]:
    """The hostings (043) and the guests' visits (042) told by a welcome given to a guest or a
    guest welcomed with no host named (see the module docstring)."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
    if "guest" in text:
        yield from _guests_of(ex, sent, article, resolver)
    yield from _third_place_hosts(ex, sent, article, resolver)
    if "welcom" not in text and "reception" not in text:
        return
    coded = {t.token.i for t in ex._sentence_triggers if t.pattern.cameo[:2] == "04"}
    yield from _welcomes(ex, sent, article, resolver, coded)


GUEST_ID = "consult.guest_of"
#: sides that are no one's guests
_NO_GUEST_KINDS = frozenset({"media", "implicit", "dyad", "place"})


def _guests_of(ex: EventExtractor, sent: Span, article: Article, resolver: ActorResolver
               ) -> Iterator[Event]:
    """The hosting (043) and the visit (042) told by a side taking part "as guests of" a
    state ("will attend the summit in Hiroshima as guests of Japan's prime minister", "came
    to the talks as a guest of the king"): the one whose guests they are hosts each of the
    doers of the clause, and each of them visits the host's country there."""
    for tok in sent:
        if tok.lower_ not in ("guest", "guests") or tok.dep_ != "pobj" or (
                tok.head.lower_ != "as") or tok.head.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = tok.head.head
        host = _prep_object(tok, ("of",))
        doer = ex._subject(verb)
        if host is None or doer is None:
            continue
        hosts = [h for h in resolver.resolve(host) if h.actor.country and len(
            h.actor.country) == 3 and h.actor.country in ex.kb.country_codes
            and h.kind not in _NO_GUEST_KINDS]
        if not hosts:
            continue
        own = {h.actor.country for h in hosts}
        guests: list[ResolvedActor] = []
        # (all the clause's subjects: the parser may hang two joined names on the verb)
        doers = [doer, *doer.conjuncts, *(c for c in kids(verb) if c.dep_ == "nsubj"
                                          and c.i != doer.i and c not in doer.conjuncts)]
        for d in doers:
            for g in resolver.resolve(d):
                if g.actor.country and g.actor.country not in own and (
                        g.kind not in _NO_GUEST_KINDS) and g.actor.country not in {
                        x.actor.country for x in guests}:
                    guests.append(g)
        if not guests:
            continue
        act = decide(verb, sentence=sent)
        if act.negated or act.status in (Status.DENIED, Status.CANCELLED):
            continue
        pat = Pattern(id=GUEST_ID, head="guest", pos="NOUN", cameo="043", refine="meeting")
        yield from _hostings(ex, Trigger(verb, pat, tok), act, sent, article, hosts, guests,
                             "guests", visit_first=False)


def _hostings(ex: EventExtractor, trig: Trigger, act: StatusDecision, sent: Span,
              article: Article, hosts: list[ResolvedActor], guests: list[ResolvedActor],
              told_by: str, *, visit_first: bool) -> Iterator[Event]:
    """The first host's 043 to each guest at ``trig`` and, where the guest came from abroad,
    the guest's visit (``visit_first``: the visit before the hosting; otherwise after it, once
    the hosting has been taken in). The visit of a guests' hosting is to the host's country."""
    verb = trig.token
    tense = tense_of(verb, act.future, act.status)
    edate = trigger_date(verb, sent, governing_clause_text(verb, sent), article.published,
                         tense, future=act.future)
    where = ex._location(trig, sent, hosts, None, [*hosts, *guests])
    for h in hosts[:1]:
        for g in guests:
            made = ex._make_event(trig, sent, article, h, g, act.status, act.cue, edate,
                                  where, None)
            if made.cameo != "043":
                continue
            log.debug("hosting told by %s: %s -> %s at %r", told_by, h.actor.code,
                      g.actor.code, verb.text)
            if not visit_first:
                yield made
                visit = ex._guest_visit(made, trig, h, sent, article, "country")
            else:
                visit = ex._guest_visit(made, trig, h, sent, article)
            if visit is not None:
                yield visit
            if visit_first:
                yield made


#: meeting nouns a host may be said to host, pointing back to the pair's meeting told
HOSTED_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "round", "rounds",
                          "negotiation", "negotiations", "consultation", "consultations"})
#: words that point such a noun back to the meeting the story told, or to more of it ("the
#: talks", "these negotiations", "further rounds", "the next round")
_HOSTED_BACK = frozenset({"the", "these", "this", "those", "further", "next", "new", "more",
                          "follow-up", "another"})
#: talks whose negotiating takes the place of the guests' visit (examples/README.md)
_NEGOTIATING = frozenset({"negotiation", "negotiations", "round", "rounds"})
HOSTED_ID = "implied.hosted_pair"


def hosted_meetings(ex: EventExtractor, sent: Span, article: Article,
                    resolver: ActorResolver) -> Iterator[Event]:
    """A host's hosting (043) of each side of the meeting the story's pair held, told by a
    meeting noun that names no side as what was hosted ("The talks were hosted by Oman", "the
    Secretary-General hosted the talks", "stands ready to host further rounds"), and each
    side's visit (042) to a host state, unless negotiation takes the visit's place (a round
    of negotiations, a mediation or negotiation in the sentence)."""
    negotiated = any(t.pattern.cameo in ("045", "046") for t in ex._sentence_triggers)
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo != "043" or tok.lemma_.lower() != "host" or tok.pos_ != "VERB":
            continue
        if tok.dep_ == "acl":
            yield from _summit_hosting(ex, trig, sent, article, resolver)
            continue
        passive = is_passive(tok)
        noun = next((c for c in kids(tok) if c.dep_ == ("nsubjpass" if passive else "dobj")),
                    None)
        if noun is None or not _hosted_back(noun):
            continue
        if noun.lemma_.lower() == "summit" and (
                any(c.lower_ == "next" for c in kids(noun))
                or body_gathering_before(tok.doc, tok.i)):
            # "will host the next summit": a bloc's summit held in turn by its members, or
            # the summit of the body the article told of, not a meeting of the story's pair
            # (prec25, multi25)
            continue
        hosts, guests = ex._arguments(trig, resolver, passive)
        if guests or not hosts:
            continue  # (the sides named: the trigger's own event)
        if passive and (agent := _by(tok)) is not None:
            # "the talks were hosted by A, who chairs the bloc, and by B": each co-host
            seen = {h.actor.country for h in hosts}
            hosts = hosts + [a for b in more_agents(agent) for a in resolver.resolve(b)
                             if a.actor.country not in seen]
        pair = story_pair(ex, resolver, sent)
        own = {h.actor.country for h in hosts}
        if pair is None or own & {a.country for a in pair} or None in own:
            continue  # (no one pair, or the host is one side of it: its guest's visit)
        act = decide(tok, sentence=sent)
        if act.negated or act.status in (Status.DENIED, Status.CANCELLED):
            continue
        pat = replace(trig.pattern, id=f"{trig.pattern.id}+{HOSTED_ID}", cameo="043",
                      refine=None, reciprocal=False)
        told = Trigger(tok, pat, trig.obj)
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        where = ex._location(told, sent, hosts, None, list(hosts))
        # (the host the meeting's place is in, else the first named)
        venue_host = next((h for h in hosts if where is not None and where.country
                           and h.actor.country == where.country), hosts[0])
        for h in hosts:
            for side in pair:
                guest = ResolvedActor(replace(side, text=noun.text, start=noun.idx,
                                              end=noun.idx + len(noun.text)), "coref")
                made = ex._make_event(told, sent, article, h, guest, act.status, act.cue,
                                      edate, where, None)
                log.debug("hosted meeting %s -> %s at %r", h.actor.code, side.code, tok.text)
                yield made
                if negotiated or noun.lemma_.lower() in _NEGOTIATING or (
                        noun.lower_ in _NEGOTIATING):
                    continue
                if len(hosts) > 1 and h is not venue_host:
                    continue  # (co-hosts: the guests travelled to one of them only)
                visit = ex._guest_visit(made, told, h, sent, article, "country")
                if visit is not None:
                    yield visit


def _summit_hosting(ex: EventExtractor, trig: Trigger, sent: Span, article: Article,
                    resolver: ActorResolver) -> Iterator[Event]:
    """The host's hosting (043) of each state that met at a gathering "hosted by" it, and
    each one's visit (042) to it ("A met B on the sidelines of the meeting of G20 ministers
    hosted by India"), where the trigger's own event was screened as a bloc's gathering (the
    grouping is never a side; the extractor codes the hosting itself otherwise)."""
    found = ex._summit_guests(trig, resolver)
    if found is None:
        return
    hosts, guests = found
    if screened(trig, sent, ex._sentence_triggers, hosts) is None:
        return  # (the extractor's own event of the trigger, with these guests)
    tok = trig.token
    act = decide(tok, sentence=sent)
    if act.negated or act.status in (Status.DENIED, Status.CANCELLED):
        return
    pat = replace(trig.pattern, id=f"{trig.pattern.id}+{HOSTED_ID}", refine=None,
                  reciprocal=False)
    told = Trigger(tok, pat, trig.obj)
    tense = tense_of(tok, act.future, act.status)
    edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published, tense,
                         future=act.future)
    where = ex._location(told, sent, hosts, None, list(guests))
    for h in hosts[:1]:
        for guest in guests:
            made = ex._make_event(told, sent, article, h, guest, act.status, act.cue, edate,
                                  where, None)
            log.debug("summit hosting %s -> %s at %r", h.actor.code, guest.actor.code, tok.text)
            yield made
            visit = ex._guest_visit(made, told, h, sent, article, "country")
            if visit is not None:
                yield visit


def _hosted_back(noun: Token) -> bool:
    """Whether ``noun`` is a meeting noun that points back to the story's meeting (or more of
    it) and names no side of its own ("the talks", "further rounds"; not "talks between A and
    B", "the Doha talks", "a conference on energy")."""
    if noun.lemma_.lower() not in HOSTED_NOUNS and noun.lower_ not in HOSTED_NOUNS:
        return False
    if not any(c.dep_ in ("det", "amod") and c.lower_ in _HOSTED_BACK for c in kids(noun)):
        return False
    for c in kids(noun):
        if c.dep_ in ("poss", "nmod", "appos", "relcl", "acl") or c.dep_ in (
                "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_):
            return False
        if c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "of", "on", "to"):
            return False
    return True


def _welcomes(ex: EventExtractor, sent: Span, article: Article, resolver: ActorResolver,
              coded: set[int]) -> Iterator[Event]:
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or tok.i in coded or lemma not in WELCOME_GIVERS | {"welcome"}:
            continue
        passive = is_passive(tok)
        noun = next((c for c in kids(tok) if c.dep_ == "dobj"
                     and c.lemma_.lower() in WELCOME_NOUNS), None)
        if lemma == "welcome":
            # "was welcomed with full honours in Bangkok": a person welcomed, by no one named
            if not passive or _by(tok) is not None:
                continue
            noun = None
        elif noun is None:
            continue
        if passive:
            guest = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
            host = _by(tok) or (_by(noun) if noun is not None else None)
        else:
            host = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            guest = next((c for c in kids(tok) if c.dep_ in ("dative", "iobj")), None) or (
                _prep_object(noun, ("to", "for")) if noun is not None else None) or (
                _prep_object(tok, ("to",)))
        if guest is None:
            continue
        guests = [g for g in resolver.resolve(guest) if g.actor.country and len(
            g.actor.country) == 3 and g.kind in ("person", "coref", "agent")
            and g.actor.sector in STATE_SECTORS]
        if not guests:
            continue
        own = {g.actor.country for g in guests}
        hosts = [h for h in resolver.resolve(host) if h.actor.country and (
            h.actor.country not in own)] if host is not None else []
        if not hosts and host is None:
            hosts = _welcome_place(ex, tok, noun, sent, resolver, own)
        if not hosts:
            continue
        act = decide(tok, sentence=sent)
        if act.negated or act.status not in (Status.HAPPENED, Status.ONGOING, Status.PLANNED):
            continue
        pat = Pattern(id=HOSTING_ID, head=lemma, pos="VERB", cameo="043", refine="meeting")
        # (the visit first: the hosting, naming the host, is then the latest told)
        yield from _hostings(ex, Trigger(tok, pat, noun), act, sent, article, hosts, guests,
                             "a welcome", visit_first=True)


#: kinds of a named person or office of a state
_PEOPLE_KINDS = frozenset({"person", "agent"})
#: (a hosting rule, so "the two leaders" after it stay the pair that met: nlp.actor_groups)
THIRD_PLACE_ID = "consult.host_place"


def _third_place_hosts(ex: EventExtractor, sent: Span, article: Article,
                       resolver: ActorResolver) -> Iterator[Event]:
    """Each side's visit (042) to the state where two others met, when the sentence names
    that state's own leader or official as taking part there ("A and B met in Luanda, where
    Angola's president got them to agree ...", "the two ministers met in Washington, with
    the Secretary of State taking part"): the place state received them. A meeting in a
    third country with no one of it named is no visit to it (talks abroad, 044 only)."""
    told = [ev for ev in resolver.ctx.events[-12:] if ev.evidence.start == sent.start_char]
    mine = [ev for ev in told if ev.cameo in ("044", "040") and ev.location is not None
            and ev.source is not None and ev.target is not None]
    if not mine or "host" in sentence_words(sent).words:
        return  # (a hosting told: the hosting's own events)
    # (a state the sentence already pairs with someone took part as a side, not as the
    # host: "will travel to Amman to meet the king and the Palestinian president")
    # (a mediator of the place's state told in an aside there is its host as well: "met in
    # Luanda, where Angola's president, mediating for the AU, got them to ...")
    paired = {a.country for ev in told if ev.rule != MEDIATING_ASIDE.id
              for a in (ev.source, ev.target) if a is not None}
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    done: set[tuple[str | None, str]] = set()
    for ev in mine:
        loc, src, tgt = ev.location, ev.source, ev.target
        if loc is None or src is None or tgt is None:
            continue
        place = loc.country
        if place is None or place in paired or (
                place not in ex.kb.country_codes) or loc.name not in text or not (
                {src.country, tgt.country} <= ex.kb.country_codes):
            continue
        # (not one who only tells of it: "..., the Egyptian ambassador said")
        hosts = [a for sp in resolver.spans_in(sent) if not (
                     sp.root.dep_ == "nsubj" and sp.root.head.lemma_.lower() in REPORTING_VERBS)
                 for a in resolver.resolve(sp.root)
                 if a.kind in _PEOPLE_KINDS and a.actor.country == place
                 and a.actor.sector in STATE_SECTORS]
        trig = next((t for t in ex._sentence_triggers if t.pattern.cameo[:2] == "04"
                     and t.token.text == ev.evidence.trigger), None)
        if not hosts or trig is None:
            continue
        pat = replace(trig.pattern, id=f"{THIRD_PLACE_ID}+{trig.pattern.id}", cameo="042",
                      refine=None, reciprocal=False)
        told = Trigger(trig.token, pat, trig.obj)
        for side in (src, tgt):
            if (side.country, place) in done:
                continue
            done.add((side.country, place))
            guest = ResolvedActor(side, "coref")
            made = ex._make_event(told, sent, article, guest, hosts[0], ev.status,
                                  ev.status_cue, ev.date, loc, None)
            if made.cameo == "042":
                log.debug("visit to the place's state %s -> %s", side.code, place)
                yield made


def _by(tok: Token) -> Token | None:
    """The object of the by-phrase on ``tok`` (a passive's agent, a noun's giver)."""
    for c in kids(tok):
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            return next((p for p in kids(c) if p.dep_ == "pobj"), None)
    return None


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    return next((p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in preps
                 for p in kids(c) if p.dep_ == "pobj"), None)


def _welcome_place(ex: EventExtractor, tok: Token, noun: Token | None, sent: Span,
                   resolver: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
    """The host a welcome names by its place: a seat of government ("at Rashtrapati Bhavan",
    "at the White House") stands for its government, a city or country for that country;
    with no place, the country the article last took the guest to (its latest visit)."""
    heads = [tok] + ([noun] if noun is not None else [])
    # ("welcomed with full military honours in Bangkok": the place may hang on the manner)
    heads += [p for h in heads for c in kids(h) if c.dep_ == "prep" and c.lower_ == "with"
              for p in kids(c) if p.dep_ == "pobj"]
    for h in heads:
        place = _prep_object(h, ("at", "in"))
        if place is None:
            continue
        seats = [a for a in resolver.resolve(place) if a.actor.country
                 and a.actor.country not in own and a.kind in ("metonym", "institution")]
        if seats:
            return seats[:1]
        loc = ex._place(place, [])
        if loc is not None and loc.country and loc.country not in own:
            return [ResolvedActor(Actor(loc.name, None, loc.country, loc.country, None),
                                  "place")]
        return []
    for ev in reversed(resolver.ctx.events[-30:]):
        if ev.cameo == "042" and ev.source is not None and ev.target is not None and (
                ev.source.country in own) and ev.target.country not in own and (
                ev.status.group == Status.HAPPENED.group):
            t = ev.target
            return [ResolvedActor(Actor(t.text, t.name, t.code, t.country, t.sector), "country")]
    return []


def _used_for(act: Token, sent: Span) -> bool:
    """Whether the act is what a means told as used was used for ("mines had been used to
    damage four vessels", "drones were used to strike the depot"): done, not planned."""
    head = act.head
    if act.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in USING_VERBS or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(act)):
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
                                       for c in kids(cur)):
            return None  # "faked it to excuse fresh raids": an aim, not a deed
        if cur.dep_ == "ccomp" or (cur.dep_ == "advcl" and head.lemma_.lower() in CLAIM_VERBS):
            if head.lemma_.lower() in CLAIM_VERBS and head.pos_ in ("VERB", "AUX") and (
                    head.i < act.i):
                return head
            if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() != "be":
                return None  # "he did not think ...", "denied that ...": another verb's
        cur = head
    return None


ACCORDING_ID = "implied.accuse_according"


def _according_to(act: Token, sent: Span) -> tuple[Token, Token] | None:
    """The preposed "According to" and the voice it names when the sentence opens with it and
    the act's clause carries it ("According to the US military, two Russian jets intercepted
    the drone ... and hit its propeller"): the voice's claim put first, as "X says" puts it
    (examples/README.md, "Claims of another side's hostile act"). None for a source cited
    after the act (", according to the air force"), which only reports it."""
    clause = act
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    prep = next((c for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "according"
                 and first is not None and c.i == first.i), None)
    to = next((c for c in kids(prep) if c.lower_ == "to"), None) if prep is not None else None
    voice = next((c for c in kids(to) if c.dep_ == "pobj"), None) if to is not None else None
    return (prep, voice) if prep is not None and voice is not None else None


def _according_trigger(according: Token, sent: Span, article: Article
                       ) -> tuple[Trigger, EventDate] | None:
    """The preposed "According to" as the trigger of the claim it puts first, dated on the
    day the article tells it (the claim is the report's own, not the act's day)."""
    if article.published is None:
        return None
    pattern = Pattern(id=ACCORDING_ID, head="accord", pos="VERB", cameo="112", target=())
    return Trigger(according, pattern, None), EventDate(article.published.isoformat(),
                                                        DatePrecision.PUBLICATION, None)


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
                    a.kind == "metonym" or a.kind == "country" and (
                        tok.ent_type_ == "GPE" or _country_name(tok, resolver)))):
                found.append(a)
    if not found and (speaker.lower_ in _VOICE_PRONOUNS
                      or speaker.lemma_.lower() in SPOKESPEOPLE):
        found = _told_voice(speaker, resolver)
    return found


#: pronouns of a voice told in the sentence before ("Iran's navy told another story.
#: In a statement, it said ...")
_VOICE_PRONOUNS = frozenset({"it", "they"})
#: people who speak for an organ named by a "for" or "of" phrase ("a spokesman for the
#: interior ministry")
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                          "official", "statement"})
#: the sectors an organ's noun gives the voice of a side told before ("their interior
#: ministry": the side's government)
_ORGAN_SECTORS = {"ministry": "GOV", "government": "GOV", "office": "GOV", "army": "MIL",
                  "military": "MIL", "police": "COP"}


def _told_voice(speaker: Token, resolver: ActorResolver) -> list[ResolvedActor]:
    """The state voice a pronoun or a spokesman's organ stands for when the resolver finds
    none: "it said" and "a spokesman for their interior ministry said" right after a sentence
    whose subject is a state's voice ("Iran's navy told another story. ... it said",
    "The Taliban disputed this. A spokesman for their interior ministry said")
    are that voice's (an organ's sector for an owned organ); a spokesman "for" an organ the
    resolver knows is that organ's. [] otherwise (the resolver's own reading stands)."""
    owner = speaker
    sector: str | None = None
    if speaker.lemma_.lower() in SPOKESPEOPLE:
        organ = prep_obj(speaker, ("for", "of", "from"))
        if organ is None or organ.pos_ not in ("NOUN", "PROPN") or (
                organ.lemma_.lower() in SPOKESPEOPLE):
            return []
        poss = next((c for c in kids(organ) if c.dep_ == "poss"), None)
        if poss is None or poss.pos_ != "PRON":
            # ("a statement from the foreign ministry said": the organ's voice)
            return _state_voices(organ, resolver)
        if poss.lower_ not in ("their", "its"):
            return []
        owner, sector = poss, _ORGAN_SECTORS.get(organ.lemma_.lower())
    elif resolver.resolve(speaker):
        return []
    sent = sent_of(speaker)
    if sent.start == 0:
        return []
    before = sent_of(sent.doc[sent.start - 1])
    subj = next((c for c in kids(before.root) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or owner.lower_ in ("it", "its") and (
            subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "PERSON"):
        return []
    found = [a for a in _state_voices(subj, resolver) if a.kind != "person"]
    if sector is not None:
        found = [ResolvedActor(replace(a.actor, code=resolver.kb.make_code(
            a.actor.country, sector), sector=sector), a.kind) if a.actor.country and (
            a.actor.country in resolver.kb.country_codes) else a for a in found]
    return found


def _country_name(tok: Token, resolver: ActorResolver) -> bool:
    """Whether ``tok`` is (in) a country's own name in the knowledge base, whatever label the
    model gave it ("Mali" as PERSON, "Niger" or "the UAE" as ORG): a state's voice. A people's
    word ("the Kurds", "Palestinians", "the Chinese") is not."""
    if tok.ent_type_ == "NORP" or tok.pos_ != "PROPN":
        return False
    span = resolver.kb_span_at(tok)
    if span is None:
        return False
    return any(e.kind == "country" for e in resolver.kb.find(span.text))


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
                c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in kids(cur))):
            return True  # "says Israel must end its attacks on Syria": a demand
        if cur.i != act.i and cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in kids(cur) if c.dep_ in SUBJ_DEPS), None)
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


#: nouns of a meeting or an agreement that a sentence may tell again, as the subject of a
#: passive verb with no side named: "The talks were held after ...", "The meeting was held in
#: a constructive spirit", "The agreements were signed during the visit"
STORY_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "consultation",
                         "discussion", "summit", "agreement", "deal", "accord", "treaty",
                         "memorandum", "declaration", "pact", "communique"})
#: determiners that point back to the one the story told ("the", "these")
_BACK_DETS = frozenset({"the", "these", "this", "those", "both"})
#: how many sentences back the story's meeting may have been told
STORY_LOOKBACK = 4
STORY_ID = "implied.story_pair"


def implied_story_events(ex: EventExtractor, sent: Span, article: Article,
                         resolver: ActorResolver) -> Iterator[Event]:
    """Meetings (04x) and agreements signed (057) told by a definite noun as the subject of a
    passive verb, with no side named in the clause ("The talks were held after ...", "The
    agreements were signed during the visit"): between the two sides of the meeting the
    story told in the few sentences before (the visitor and the host; a meeting told again
    keeps the code it was told with)."""
    for trig in ex._sentence_triggers:
        pat, tok = trig.pattern, trig.token
        if pat.cameo[:2] != "04" and pat.cameo != "057" or pat.cameo == "045":
            continue
        if tok.pos_ != "VERB" or not is_passive(tok):
            continue
        noun = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
        if noun is None or noun.lemma_.lower() not in STORY_NOUNS and (
                noun.lower_ not in STORY_NOUNS) or not _told_before(noun):
            continue
        if any(c.dep_ in ("agent",) for c in kids(tok)):
            continue  # "was signed by X and Y": the signers are named
        sources, targets = ex._arguments(trig, resolver, True)
        if sources or targets:
            continue  # the clause names a side: the trigger's own event
        meeting = _story_meeting(resolver, sent)
        if meeting is None:
            continue
        act = decide(tok, sentence=sent)
        if act.negated or act.status not in (Status.HAPPENED, Status.ONGOING):
            continue
        code = meeting.cameo if pat.cameo[:2] == "04" else pat.cameo
        told = replace(pat, cameo=code, id=f"{pat.id}+{STORY_ID}", refine=None)
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        src, tgt = meeting.source, meeting.target
        if src is None or tgt is None:
            continue
        s = ResolvedActor(replace(src, text=noun.text, start=noun.idx,
                                  end=noun.idx + len(noun.text)), "coref")
        t = ResolvedActor(replace(tgt, text=noun.text, start=noun.idx,
                                  end=noun.idx + len(noun.text)), "coref")
        log.debug("story pair %s -> %s for %r", src.code, tgt.code, tok.text)
        yield ex._make_event(Trigger(tok, told, trig.obj), sent, article, s, t, act.status,
                             act.cue, edate, meeting.location if code == meeting.cameo
                             else None, None)
    # "A and B met in Doha, where Qatari mediators ...": the mediators' (045) with each
    yield from _scene_mediators(ex, sent, article, resolver)
    # "A and B met in Luanda, where C's president, mediating for the AU, ...": the same
    yield from _mediating_aside(ex, sent, article, resolver)
    # "the swap, mediated by Qatar", "talks facilitated by Norway": the story's two sides
    yield from _story_mediations(ex, sent, article, resolver)


#: nouns of the ones who mediate ("Qatari and Egyptian mediators", "the Omani mediator")
MEDIATOR_NOUNS = frozenset({"mediator", "mediators", "facilitator", "facilitators"})
SCENE_MEDIATOR = Pattern(id="implied.scene_mediator", head="mediator", pos="NOUN",
                         cameo="045")


def _mediation_parties(ex: EventExtractor, resolver: ActorResolver, mediator: Token,
                       scene: Token
                       ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
    """The states ``mediator`` names and the states ``scene`` names (who met), or None unless
    there are mediators, none of them among the sides, and sides of two countries."""
    mediators = [a for a in resolver.resolve(mediator) if a.actor.country
                 and a.actor.country in ex.kb.country_codes]
    sides = [a for a in resolver.resolve(scene) if a.actor.country
             and a.actor.country in ex.kb.country_codes]
    own = {a.actor.country for a in mediators}
    if not mediators or own & {a.actor.country for a in sides} or len(
            {a.actor.country for a in sides}) < 2:
        return None
    return mediators, sides


def _scene_mediators(ex: EventExtractor, sent: Span, article: Article,
                     resolver: ActorResolver) -> Iterator[Event]:
    """Mediators named as the subject of a "where" clause on the place two sides met ("A
    and B met in Doha, where Qatari and Egyptian mediators shuttled between them", "...
    held talks in Cairo, where the Egyptian mediator pressed them to ..."): each mediator's
    country mediates (045) between each side who met, as the clause is set in that
    meeting. Not when the mediators are of one of the sides, nor when a clause of their
    own names whom they mediate between (the trigger's own event then)."""
    if not MEDIATOR_NOUNS & sentence_words(sent).words:
        return
    for noun in sent:
        if noun.lower_ not in MEDIATOR_NOUNS or noun.dep_ != "nsubj":
            continue
        verb = noun.head
        scene = scene_subject(verb)
        if scene is None or scene.pos_ == "PRON":
            continue
        if any(t.lemma_.lower() in ("mediate", "broker", "facilitate")
               for t in verb.subtree if t.pos_ == "VERB"):
            continue  # ("where C's mediators brokered a truce": that verb's own event)
        found = _mediation_parties(ex, resolver, noun, scene)
        if found is None:
            continue
        mediators, sides = found
        act = decide(verb, sentence=sent)
        met = decide(scene.head, sentence=sent)
        if any(a.negated or a.status in (Status.DENIED, Status.CANCELLED, Status.HYPOTHETICAL)
               for a in (act, met)):
            continue  # (nor in a meeting that did not take place)
        tense = tense_of(verb, act.future, act.status)
        edate = trigger_date(verb, sent, governing_clause_text(verb, sent), article.published,
                             tense, future=act.future)
        trig = Trigger(noun, SCENE_MEDIATOR, None)
        done: set[tuple[str | None, str | None]] = set()
        for m in mediators:
            for side in sides:
                key = (m.actor.country, side.actor.country)
                if key in done:
                    continue
                done.add(key)
                log.debug("scene mediator %s -> %s at %r", m.actor.code, side.actor.code,
                          noun.text)
                yield ex._make_event(trig, sent, article, m, side, act.status, act.cue,
                                     edate, None, None)


#: participles by which a process between two sides is said run by a third ("talks
#: facilitated by Norway", "a truce brokered by Qatar")
MEDIATING_PARTICIPLES = frozenset({"mediate", "broker", "facilitate"})
#: nouns of what two sides do together that a third may mediate
MEDIATED_NOUNS = frozenset({"talk", "talks", "dialogue", "negotiation", "negotiations",
                            "deal", "agreement", "accord", "truce", "ceasefire", "swap",
                            "exchange", "process", "round", "rounds", "arrangement",
                            "settlement", "pact", "release"})
STORY_MEDIATION = Pattern(id="implied.story_mediation", head="mediate", pos="VERB",
                          cameo="045")


def _story_mediations(ex: EventExtractor, sent: Span, article: Article,
                      resolver: ActorResolver) -> Iterator[Event]:
    """A mediation whose mediator is named but not the sides it stands between ("the
    exchange, mediated by Qatar", "talks facilitated by Norway", "the dialogue that the EU
    has mediated", "said the swap had been arranged through its mediation"): the mediator
    mediates (045) with each of the two sides the story is about at that point
    (:func:`detente.nlp.story.story_pair`, leaving out the mediator's own dealings). Not
    when a phrase of the clause names a side (the trigger's own event), the mediator is one
    of the sides, or the mediation did not take place."""
    words = sentence_words(sent).words
    if not words & (MEDIATING_PARTICIPLES | {"mediation", "mediated", "brokered",
                                             "facilitated"}):
        return
    done: set[tuple[str | None, str | None]] = set()
    for tok, mediators in _named_mediators(ex, sent, resolver):
        own = frozenset(a.actor.country for a in mediators)
        # (a government and its rebels or opposition told dealing with each other just
        # before are the sides of talks a third state facilitates, rather than a pair of
        # states the story told quarrelling in passing: "accused Nairobi of partiality")
        pair = _home_pair(resolver, sent, own) or story_pair(ex, resolver, sent, own)
        if pair is None or own & {a.country for a in pair} or not _dealt_pair(resolver, pair):
            continue
        if _background_process(tok, resolver, {a.country for a in pair}):
            continue
        named = _countries_named(resolver, sent) - own
        if named & {a.country for a in pair}:
            # ("signed an agreement with the opposition, after talks mediated by Norway",
            # in a story of two other states: only the side the sentence itself names)
            pair = tuple(a for a in pair if a.country in named)
        act = decide(tok, sentence=sent)
        verb = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None) if (
            tok.pos_ == "NOUN") else None
        # ("said the swap had not been arranged through its mediation": the verb it is on)
        if any(a.negated or a.status in (Status.DENIED, Status.CANCELLED, Status.HYPOTHETICAL)
               for a in (act, *([decide(verb, sentence=sent)] if verb is not None else []))):
            continue
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        trig = Trigger(tok, STORY_MEDIATION, None)
        for m in mediators[:2]:
            for side in pair:
                key = (m.actor.country, side.country)
                if key in done:
                    continue
                done.add(key)
                log.debug("story mediation %s -> %s at %r", m.actor.code, side.code, tok.text)
                yield ex._make_event(trig, sent, article, m, ResolvedActor(side, "implicit"),
                                     act.status, act.cue, edate, None, None)


#: roots of what one side says of another: a pair told only by these has no dealings of its
#: own that a third side could mediate
_SAYING_ROOTS = frozenset({"01", "02", "10", "11", "12", "13", "14"})


def _dealt_pair(resolver: ActorResolver, pair: tuple[Actor, ...]) -> bool:
    """Whether the story told the two sides of ``pair`` dealing with each other (meeting,
    agreeing, fighting, cutting ties), or both of them speaking of the other, not only one
    of them speaking of the other ("accusing Nairobi of bias": a state only mentioned)."""
    sides = {a.country for a in pair}
    speakers: set[str | None] = set()
    for ev in resolver.ctx.events[-24:]:
        if ev.source is None or ev.target is None or (
                {ev.source.country, ev.target.country} != sides):
            continue
        if ev.root not in _SAYING_ROOTS:
            return True
        speakers.add(ev.source.country)
    return len(speakers) == 2


def _named_mediators(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[tuple[Token, list[ResolvedActor]]]:
    """Each mediating word of ``sent`` with the mediators it names and no side: a mediation
    trigger (045) whose slots found the mediator only, or a participle on a noun of a joint
    process with a "by" agent ("talks facilitated by Norway")."""
    seen: set[int] = set()
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo != "045" or tok.i in seen or any(
                c.dep_ == "prep" and c.lower_ in ("between", "among") for c in kids(tok)):
            continue
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        mediators = _mediator_states(ex, sources)
        if not mediators and tok.pos_ == "NOUN" and (
                giver := _mediation_giver(tok)) is not None:
            # ("restored after mediation by Qatar", "Mediation has come from Berlin")
            mediators = _mediator_states(ex, [a for t in (giver, *giver.conjuncts)
                                              for a in resolver.resolve(t)])
        if targets and any(t.actor.country not in {m.actor.country for m in mediators}
                           for t in targets) or not mediators:
            continue
        seen.add(tok.i)
        yield tok, mediators
    for tok in sent:
        if tok.i in seen or tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl") or (
                tok.lemma_.lower() not in MEDIATING_PARTICIPLES) or (
                tok.head.lemma_.lower() not in MEDIATED_NOUNS) or any(
                c.dep_ == "prep" and c.lower_ in ("between", "among")
                for c in (*kids(tok), *kids(tok.head))):
            continue
        agent = next((p for c in kids(tok) if c.dep_ == "agent" for p in kids(c)
                      if p.dep_ == "pobj"), None)
        if agent is None:
            continue
        mediators = _mediator_states(ex, [a for t in (agent, *agent.conjuncts)
                                          for a in resolver.resolve(t)])
        if mediators:
            seen.add(tok.i)
            yield tok, mediators


#: roots of the dealings between a state's government and its rebels or opposition that a
#: third side may mediate (talks, agreements, settlements)
_HOME_DEALING_ROOTS = frozenset({"03", "04", "05", "06"})


def _home_pair(resolver: ActorResolver, sent: Span, own: frozenset[str | None]
               ) -> tuple[Actor, ...] | None:
    """The two sides of one country the story told dealing with each other in ``sent`` or
    the sentences just before it ("Maduro's government and the opposition signed an
    agreement"): a state's organ and its rebels or opposition, for a mediation of a conflict
    at home; None when there is none or the sides are the mediator's."""
    starts = recent_starts(sent, STORY_LOOKBACK)
    for ev in reversed(resolver.ctx.events[-12:]):
        if ev.evidence is None or ev.evidence.start not in starts:
            continue
        src, tgt = ev.source, ev.target
        if ev.root not in _HOME_DEALING_ROOTS or ev.cameo == "045" or src is None or (
                tgt is None) or not src.country or src.country != tgt.country or (
                src.country in own) or src.sector == tgt.sector or ev.status.group == "negated":
            continue
        if {src.sector, tgt.sector} & {"REB", "OPP", "INS"}:
            return (src, tgt)
    return None


def _background_process(tok: Token, resolver: ActorResolver, sides: set[str | None]) -> bool:
    """Whether the mediated process a participle describes is only the ground of another act
    told of it: one that ends it ("a truce brokered by the UN expired in October") or a side's
    own act on it ("Russia quit the grain deal, brokered by Turkey last year")."""
    if tok.dep_ not in ("acl", "relcl"):
        return False
    noun, verb = tok.head, tok.head.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in PROCESS_ENDING_VERBS:
        return True
    if noun.dep_ != "dobj":
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PROPN" and resolver.kb_span_at(subj) is not None \
        and any(a.actor.country in sides for a in resolver.resolve(subj, follow=False))


def _countries_named(resolver: ActorResolver, sent: Span) -> set[str | None]:
    """The countries the names of ``sent`` stand for (a name, a capital, a nationality)."""
    return {a.actor.country for t in sent if t.pos_ in ("PROPN", "ADJ")
            and resolver.kb_span_at(t) is not None
            for a in resolver.resolve(t, follow=False) if a.actor.country}


def _mediation_giver(noun: Token) -> Token | None:
    """Who a mediation noun says gives it: its "by" or "from" phrase ("after mediation by
    Qatar"), or the "from" phrase of the verb it is the subject of ("Mediation has come from
    Berlin"); None otherwise."""
    giver = prep_obj(noun, ("by", "from"))
    if giver is None and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        giver = prep_obj(noun.head, ("from",))
    return giver if giver is not None and giver.pos_ in ("PROPN", "NOUN") else None


def _mediator_states(ex: EventExtractor, found: list[ResolvedActor]) -> list[ResolvedActor]:
    """The states and international bodies among ``found`` that may mediate, one each."""
    out: dict[str | None, ResolvedActor] = {}
    for a in found:
        if a.actor.country and a.kind not in ("dyad", "media") and (
                a.actor.country in ex.kb.country_codes or a.actor.country in ex.kb.igo_codes):
            out.setdefault(a.actor.country, a)
    return list(out.values())


#: verbs of a meeting of two sides a mediator may be set beside
PAIR_MEETING_VERBS = frozenset({"meet", "talk", "negotiate", "confer"})
MEDIATING_ASIDE = Pattern(id="implied.mediating_aside", head="mediate", pos="VERB",
                          cameo="045")


def _mediating_aside(ex: EventExtractor, sent: Span, article: Article,
                     resolver: ActorResolver) -> Iterator[Event]:
    """"A and B met in Luanda, where C's president, mediating for the AU, got them to
    ...": a "mediating" aside set off by a comma after a name, with no phrase of its own
    naming whom it is between, in a sentence where two sides met: the named one's country
    mediates (045) with each side who met. Not when the mediator is of one of the sides,
    nor when the meeting did not take place."""
    if "mediating" not in sentence_words(sent).words:
        return
    for med in sent:
        if med.lower_ != "mediating" or med.i - 2 < sent.start or (
                med.doc[med.i - 1].text != ","):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in med.children):
            continue  # ("mediating between A and B": the trigger's own event)
        named = med.doc[med.i - 2]
        if named.pos_ != "PROPN":
            continue
        meet = next((v for v in sent if v.pos_ == "VERB" and v.i < named.i
                     and v.lemma_.lower() in PAIR_MEETING_VERBS), None)
        subj = next((c for c in kids(meet) if c.dep_ == "nsubj"), None) if meet else None
        if meet is None or subj is None:
            continue
        found = _mediation_parties(ex, resolver, named, subj)
        if found is None:
            continue
        mediators, sides = found
        met = decide(meet, sentence=sent)
        if met.negated or met.status not in (Status.HAPPENED, Status.ONGOING):
            continue
        tense = tense_of(meet, met.future, met.status)
        edate = trigger_date(meet, sent, governing_clause_text(meet, sent), article.published,
                             tense, future=met.future)
        trig = Trigger(med, MEDIATING_ASIDE, None)
        # (the aside is set where the sides met: the meeting's place is the mediating's)
        where = ex._location(Trigger(meet, MEDIATING_ASIDE, None), sent, [], None,
                             [*mediators[:1], *sides])
        done: set[tuple[str | None, str | None]] = set()
        for m in mediators[:1]:
            for side in sides:
                key = (m.actor.country, side.actor.country)
                if key in done:
                    continue
                done.add(key)
                log.debug("mediating aside %s -> %s", m.actor.code, side.actor.code)
                yield ex._make_event(trig, sent, article, m, side, met.status, met.cue,
                                     edate, where, None)


def _told_before(noun: Token) -> bool:
    """Whether a noun points back to one the story told: a definite determiner, no owner,
    no name or nationality on it and no phrase naming its sides ("the talks", "the
    agreements"; not "the Doha talks", "talks between A and B", "a deal")."""
    if not any(c.dep_ == "det" and c.lower_ in _BACK_DETS for c in kids(noun)):
        return False
    for c in kids(noun):
        if c.dep_ in ("poss", "nmod", "appos") or c.dep_ in ("compound", "amod") and (
                c.pos_ == "PROPN" or c.ent_type_):
            return False
        if c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "of", "on", "to"):
            return False
        if c.dep_ in ("acl", "relcl"):
            return False  # "the deal that X signed in 2015": a deal of its own
    return True


def _recent_meetings(resolver: ActorResolver, sent: Span) -> list[Event]:
    """The meetings (04x, no mediation) between two countries that happened, told in
    ``sent`` or the few sentences before it, the latest first."""
    starts = recent_starts(sent, STORY_LOOKBACK)
    found: list[Event] = []
    for ev in reversed(resolver.ctx.events[-20:]):
        if ev.evidence is None or ev.evidence.start not in starts:
            break
        if ev.root != "04" or ev.cameo == "045" or ev.source is None or ev.target is None or (
                ev.status.group != Status.HAPPENED.group):
            continue
        if not ev.source.country or not ev.target.country or (
                ev.source.country == ev.target.country):
            continue
        found.append(ev)
    return found


def _story_meeting(resolver: ActorResolver, sent: Span) -> Event | None:
    """The meeting the story told last, in the few sentences before ``sent``: one pair of
    two countries that happened; the guest's visit (042) if one was told, else the latest.
    None when the sentences told meetings of more than one pair."""
    found = _recent_meetings(resolver, sent)
    if not found:
        return None
    pairs = {frozenset((ev.source.country, ev.target.country)) for ev in found
             if ev.source is not None and ev.target is not None}
    if len(pairs) != 1:
        return None
    # (talks held during a visit are the visit: the guest's journey to the host)
    return next((ev for ev in found if ev.cameo == "042"), found[0])


#: roots of what one side of a meeting says it will do or offers, with nobody named: said to
#: the ones it met ("The President proposed a dialogue on critical minerals")
READOUT_INTENT_ROOTS = frozenset({"03"})
READOUT_ID = "implied.readout_partner"


def implied_readout_intents(ex: EventExtractor, sent: Span, article: Article,
                            resolver: ActorResolver) -> Iterator[Event]:
    """Intents (03x) one side of a meeting told in the few sentences before voices with no
    one named as their aim: toward each side it met there ("X met the presidents of A, B
    and C. ... X proposed a dialogue on minerals": X to each of A, B and C)."""
    trigs = [t for t in ex._sentence_triggers if t.pattern.cameo[:2] in READOUT_INTENT_ROOTS
             and t.token.pos_ == "VERB"]
    if not trigs or not any(ev.root == "04" for ev in resolver.ctx.events[-20:]):
        return
    # (a trigger that made an event of its own had its sides)
    made = {(ev.rule or "").split("+")[0] for ev in resolver.ctx.events[-20:]
            if ev.evidence is not None and ev.evidence.start == sent.start_char}
    trigs = [t for t in trigs if t.pattern.id not in made and not is_passive(t.token)]
    meetings = _recent_meetings(resolver, sent) if trigs else []
    if meetings and any(_noun_mention(ev, sent) for ev in meetings):
        return  # ("talks on a pact between A and B have slowed, and A vowed ...": a topic)
    if not meetings:
        return
    for trig in trigs:
        tok = trig.token
        if any(c.dep_ in ("dobj", "nsubj") and c.lower_ in REL_PRONOUNS for c in kids(tok)):
            continue  # "..., which Washington had proposed": told of a thing named before
        sources, targets = ex._arguments(trig, resolver, False)
        own = {s.actor.country for s in sources}
        if targets or len(own) != 1 or None in own or any(
                s.kind in ("dyad", "implicit") for s in sources):
            continue
        (country,) = own
        partners = _met_by(resolver, sent, country, meetings)
        if not partners:
            continue
        act = decide(tok, sentence=sent)
        if act.negated or act.status not in (Status.HAPPENED, Status.ONGOING):
            continue
        said = replace(trig.pattern, id=f"{trig.pattern.id}+{READOUT_ID}")
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        for s in sources[:1]:
            for other in sorted(partners.values(),
                                key=lambda a: resolver.ctx.first_seen.get(a.country or "", 0)):
                t = ResolvedActor(replace(other, text=None, start=None, end=None), "implicit")
                log.debug("readout intent %s -> %s at %r", s.actor.code, other.code, tok.text)
                yield ex._make_event(Trigger(tok, said, trig.obj), sent, article, s, t,
                                     act.status, act.cue, edate, None, None)


def _noun_mention(ev: Event, sent: Span) -> bool:
    """Whether meeting ``ev`` is told in ``sent`` only by a noun that is a clause's subject
    ("Talks on a deal between A and B have stalled"): the talks are a topic the sentence
    tells of, no meeting its other words read out."""
    if ev.evidence is None or ev.evidence.start != sent.start_char or not ev.evidence.trigger:
        return False
    word = ev.evidence.trigger
    toks = [t for t in sent if t.text == word]
    return bool(toks) and all(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass")
                              for t in toks)


def _met_by(resolver: ActorResolver, sent: Span, country: str,
            meetings: list[Event]) -> dict[str, Actor]:
    """The sides ``country`` met in the latest sentence that told it meeting others (of
    ``meetings``), by country, or, when that sentence told it again naming no one, in an
    earlier one that told one meeting of it with those and more ("X met A, B and C. The
    talks covered trade.": A, B and C; not a tour told by several verbs, "visited Berlin,
    then Kyiv and Moscow"); none when an event of
    another pair was told since ("... shot down a Russian helicopter. Baku apologised and
    offered compensation": not to the side met before)."""
    told: dict[int, dict[str, Actor]] = {}
    # the words that told each sentence's meetings: one for a summit of several ("met with
    # A, B and C"), several for a tour ("visited Berlin, then Kyiv and Moscow")
    verbs: dict[int, set[str | None]] = {}
    for ev in meetings:
        if ev.source is None or ev.target is None or ev.evidence is None:
            continue
        met = told.setdefault(ev.evidence.start, {})
        if ev.source.country == country and ev.target.country:
            met.setdefault(ev.target.country, ev.target)
        elif ev.target.country == country and ev.source.country:
            met.setdefault(ev.source.country, ev.source)
        else:
            continue
        verbs.setdefault(ev.evidence.start, set()).add(ev.evidence.trigger)
    told = {k: v for k, v in told.items() if v}
    if not told:
        return {}
    latest = max(told)
    at, partners = latest, told[latest]
    end = next((ev.evidence.end for ev in meetings if ev.evidence.start == latest), latest)
    if not any(a.name and a.start is not None and latest <= a.start < end
               for a in partners.values()):
        # ("The leaders discussed ...", "The talks covered ...": the meeting told again by
        # a phrase naming no one, maybe narrowed to a pair; not "then met Zelensky")
        for start in sorted(told, reverse=True):
            if set(told[start]) > set(partners) and len(verbs.get(start, ())) == 1:
                at, partners = start, told[start]
    known = {country, *partners}
    for ev in reversed(resolver.ctx.events[-20:]):
        if ev.evidence is None or ev.evidence.start < at:
            break
        if ev.evidence.start in (at, sent.start_char):
            continue  # (the meeting's own sentence and this one)
        pair = {a.country for a in (ev.source, ev.target) if a is not None and a.country}
        if len(pair) == 2 and not pair <= known:
            return {}
    return partners


#: nouns of a disaster that strikes a country and draws relief from others
DISASTER_NOUNS = frozenset({"earthquake", "quake", "flood", "flooding", "cyclone", "hurricane",
                            "typhoon", "tsunami", "wildfire", "landslide", "mudslide",
                            "eruption", "drought", "famine", "tremor", "aftershock", "storm",
                            "disaster", "catastrophe", "deluge"})
#: words of relief that make an offer or a pledge one of aid (033: "offered to send rescue
#: teams", "pledged to help the survivors")
RELIEF_WORDS = frozenset({"help", "aid", "assistance", "assist", "rescue", "rescuer",
                          "relief", "emergency", "humanitarian", "medical", "search"})
#: intents (030) whose object or complement tells what is offered
_OFFERING_VERBS = frozenset({"offer", "pledge", "promise", "volunteer"})
#: ``doc.user_data`` key of the disaster country found for the document (None: none)
DISASTER_KEY = "detente.disaster_country"
RELIEF_ID = "implied.relief_to_stricken"


def implied_relief(ex: EventExtractor, sent: Span, article: Article,
                   resolver: ActorResolver) -> Iterator[Event]:
    """Aid (07x) and offers of it (033) told with a giver but no one to receive it, in a story
    of a disaster that struck one country ("A strong quake hit Morocco ... Algeria offered to
    send rescue teams", "Greece sent rescuers within a day"): to that country. Only when the
    sentence names no other country than the giver's and the stricken one, the giver is a
    state of another country, and the act is not denied."""
    words = sentence_words(sent).words
    trigs = [t for t in ex._sentence_triggers if _relief_code(t, words) is not None]
    if not trigs:
        return
    stricken = disaster_country(sent, resolver)
    if stricken is None:
        return
    made = {(ev.source.country, ev.target.country, ev.root)
            for ev in resolver.ctx.events[-20:]
            if ev.evidence is not None and ev.evidence.start == sent.start_char
            and ev.source is not None and ev.target is not None}
    named = {a.actor.country for span in resolver.spans_in(sent)
             for a in resolver.resolve(span.root) if a.actor.country}
    sides = [(t, *ex._arguments(t, resolver, is_passive(t.token))) for t in trigs]
    # (the givers of every relief act of the sentence: "Japan sent supplies, and Australia
    # offered assistance" names no third country)
    helpers = {s.actor.country for _t, sources, _g in sides for s in sources}
    if named - helpers - {stricken}:
        return  # (a third country's sentence: "sent aid to Gaza as well as to Morocco")
    for trig, sources, targets in sides:
        tok = trig.token
        if targets or not sources:
            continue
        givers = [s for s in sources if s.actor.country and s.actor.country != stricken
                  and len(s.actor.country) == 3 and s.kind not in ("dyad", "implicit")
                  and (s.actor.sector in STATE_SECTORS or s.actor.sector is None)]
        if not givers or len(givers) != len(sources):
            continue  # (a giver of the stricken country, or one of no state)
        code = _relief_code(trig, words) or trig.pattern.cameo
        intent = intent_code(tok, code) if code[:2] == "07" else None
        verb = intent_verb_of(tok) if intent is not None else None
        act = decide(verb if verb is not None else tok, sentence=sent)
        if act.negated or act.status in (Status.DENIED, Status.CANCELLED):
            continue
        if intent is None and code[:2] == "07" and act.status == Status.PLANNED and (
                act.cue in ("would", "will", "'ll")) and act.attributed_to is not None:
            # "China said it would send supplies": the announced intent (033), made when said,
            # as the extractor codes aid with a named receiver
            intent = "033"
            act = replace(act, status=Status.HAPPENED, future=False,
                          cue=f"announced ({act.cue})")
        code = intent or code
        pat = replace(trig.pattern, cameo=code, id=f"{trig.pattern.id}+{RELIEF_ID}",
                      refine=None, reciprocal=False)
        tense = tense_of(tok, act.future, act.status)
        edate = trigger_date(tok, sent, governing_clause_text(tok, sent), article.published,
                             tense, future=act.future)
        target = ResolvedActor(Actor(None, None, stricken, stricken, None), "implicit")
        for s in givers:
            key = (s.actor.country, stricken, code[:2])
            if key in made:
                continue
            made.add(key)
            log.debug("relief %s -> %s at %r", s.actor.code, stricken, tok.text)
            yield ex._make_event(Trigger(tok, pat, trig.obj), sent, article, s, target,
                                 act.status, act.cue, edate, None, None)


def _relief_code(trig: Trigger, words: frozenset[str]) -> str | None:
    """The code of a trigger that gives or offers relief: aid (070-073) as it is, an offer
    of aid (033), or an offer or pledge (030) of relief told in its complement ("offered to
    send rescue teams"): 033; None for any other."""
    cameo = trig.pattern.cameo
    if cameo[:3] in ("070", "071", "073") or cameo == "033":
        # (not arms, 072: "arming the rebels" is no relief)
        return cameo
    if cameo != "030" or trig.token.lemma_.lower() not in _OFFERING_VERBS or (
            words.isdisjoint(RELIEF_WORDS)):
        return None
    told = [c for c in kids(trig.token) if c.dep_ in ("xcomp", "dobj")]
    if any(t.lemma_.lower() in RELIEF_WORDS for c in told for t in c.subtree):
        return "033"
    return None


def disaster_country(sent: Span, resolver: ActorResolver) -> str | None:
    """The one country the story's first disaster struck, told in ``sent`` or before it: the
    country its sentence names, when it names one ("A quake killed hundreds in Morocco");
    None when the story tells no disaster or its sentence names several countries ("the
    quakes that hit Turkey and Syria") or none. Found once per document."""
    doc = sent.doc
    if DISASTER_KEY in doc.user_data:
        found = doc.user_data[DISASTER_KEY]
        return found[1] if found is not None and found[0] <= sent.start else None
    found = None
    for other in doc.sents:
        if other.start > sent.start:
            break
        if sentence_words(other).words.isdisjoint(DISASTER_NOUNS):
            continue
        if not any(t.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in kids(t))
                for t in sentence_words(other).with_lemma(DISASTER_NOUNS)):
            continue  # (not "a flood of migrants", "an eruption of violence")
        kb = resolver.kb
        countries = {a.actor.country for span in resolver.spans_in(other)
                     for a in resolver.resolve(span.root)
                     if a.actor.country and a.actor.country in kb.country_codes}
        if not countries:
            # "the cyclone flattened the southern Malagasy port of Toliara": the country of the
            # place the disaster hit, told by its adjective
            countries = {c for t in other if t.dep_ == "amod" and t.ent_type_ == "NORP"
                         and t.head.pos_ == "NOUN" and (c := kb.adjective_country(t.text))}
        if not countries:
            continue  # ("Storm Ana burst a river's banks": a later sentence may tell where)
        found = (other.start, next(iter(countries))) if len(countries) == 1 else None
        break
    if found is not None or sent.end >= len(doc):
        # (a disaster told later than this sentence is looked for again there)
        doc.user_data[DISASTER_KEY] = found
    return found[1] if found is not None else None
