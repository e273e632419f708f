"""Speech acts folded into a reported clause or a wire lede, told without a verb of their own.

A state's spokesman rarely says "we accuse": the charge, the threat or the blame sits inside
what is reported. Readers code them all the same (examples/README.md conventions):

* blame put on the other side (112): a cleft that points at it ("Putin answered that it was
  Vilnius, not Riga, that quit the talks first"), or responsibility laid on it ("said
  Iran was responsible for the attacks", "the responsibility for the freeze lies with
  Washington", "Netanyahu bore responsibility for the killing of civilians");
* the same responsibility promised for a harm still to come is a threat (130): "warned that
  Seoul would be held responsible for any clash";
* a retaliation promised for any act of the other side (138 when the act or the answer is
  military, else 130): "said Serbia would deliver a crushing answer to any aggression
  against it", "any Israeli strike on Beirut will not go unanswered", "the army would respond
  strongly to any provocation";
* a charge in a wire lede, told by a participle after the source ("Peru has expelled
  Mexico's envoy, the foreign minister said, accusing Mexico of interference"): the speaker is
  the state whose act the lede tells, when the minister's own name resolves to no one.

Each needs a speaker that is a state voice (:func:`detente.nlp.implied._state_voices`) and a
saying that happened; the one blamed or threatened must be named, of another country than the
speaker. A sentence that already voices the same charge or threat in so many words ("accused
Kyiv of ...", "threatened to retaliate against ...") gives no second event.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from importlib import resources
from typing import TYPE_CHECKING

import yaml
from spacy.tokens import Doc, Span, Token

from detente.coding.patterns import Pattern
from detente.model import Actor, Article, Event, EventDate, Status
from detente.nlp.actor_common import QUOTE_MARKS
from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.clauses import date_antecedent, is_passive
from detente.nlp.rules import (
    BRANDING_VERBS,
    INTENT_BY_CODE,
    INTENT_BY_ROOT,
    STATE_SECTORS,
    SUBJ_DEPS,
    Trigger,
    domestic_pair,
    evaluation_words,
    governing_clause_text,
    prep_obj,
    tense_of,
)
from detente.nlp.screen import harmed_ranges, harmed_sides, not_harmed, part_denied
from detente.nlp.status import decide, refusal
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.dates import find_dateline
from detente.resolve.event_dates import trigger_date
from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

__all__ = ["saying_trigger", "speech_events"]

#: verbs that report a claim or answer whose clause may carry blame or a threat
SPEAKING_VERBS = frozenset({"say", "tell", "claim", "allege", "state", "add", "insist",
                            "assert", "maintain", "declare", "stress", "argue", "write",
                            "contend", "answer", "reply", "respond", "retort", "counter",
                            "warn", "note", "emphasize", "emphasise", "reiterate", "tweet",
                            "charge", "complain", "announce", "promise", "vow", "pledge",
                            "suggest"})
#: dependencies a token may climb on its way to the verb that reports it
_CLIMB = frozenset({"ccomp", "conj", "xcomp", "acomp", "attr", "oprd", "nsubj", "nsubjpass",
                    "dobj", "prep", "pobj", "advcl", "relcl"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
#: roots of acts toward a partner that an intent told beside them is aimed at too
_PARTNER_ROOTS = frozenset({"02", "04", "05"})
_FORCE_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: roots of the two-sided acts before a sentence whose sides "each side ... the other" may be
#: (besides force, and negotiations, 046), told at most this many characters before it
_PAIR_ROOTS = frozenset({"05", "08"})
_PAIR_REACH = 600
#: the first words of :func:`_blame`'s readings: a cleft's "it", responsibility and blame
#: words, "the cause lies in", "a red line"
_BLAME_CUES = frozenset({"it", "responsible", "accountable", "responsibility", "blame", "fault",
                         "root", "roots", "cause", "source", "origin", "line", "behind"})
#: the lemmas :func:`_blame`'s rules start from (a cleft's "be" and the words of
#: :func:`_responsibility`; "line" is read as it is written)
_BLAME_HEADS = frozenset({"be", "responsible", "accountable", "responsibility", "blame", "fault",
                          "root", "roots", "cause", "source", "origin", "behind"})
#: words by which "it would not go unanswered" points back at an act already done
_DONE_PRONOUNS = frozenset({"it", "this", "that", "these", "such"})
#: the judgements in reported speech (nlp.events ``_evaluative``) that :func:`_told_act_judged`
#: may aim at the doer of an act told before
_JUDGING_SPEECH = frozenset({"disapprove.evaluative_speech", "diplo.evaluative_speech"})
_APOLOGY_WORDS = frozenset({"apologise", "apologize", "apologised", "apologized"})
_ROOTS_HOSTILE = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
                            "20"})
#: rules whose judgement stands beside a protest or charge of another code in the same
#: sentence ("Oslo branded the test a reckless act and summoned the envoy")
_OWN_CODE_RULES = frozenset({"disapprove.naming_judgement"})
#: the words for unnamed doers a promise to hold to account may be aimed at
_WRONGDOER_WORDS = frozenset({"those", "whoever", "anyone", "anybody"})
#: what an appeal for restraint asks for ("urged maximum restraint", "called for calm")
_CALM_WORDS = frozenset({"restraint", "calm", "de-escalation", "deescalation"})
#: the talks a side may rule out ("there can be no talks until ...", "ruled out negotiations")
_TALK_NOUNS = frozenset({"talks", "negotiations", "negotiation", "dialogue"})
#: verbs by which a side is likened to a wrongdoer ("acting like a war criminal")
_LIKENING_VERBS = frozenset({"act", "behave"})
#: sectors of the sides that may reject a pact their own government signed
_NON_STATE_SECTORS = frozenset({"REB", "OPP"})
#: verbs by which a side not party to a pact rejects it ("also rejected the accord")
_PACT_REJECTING = frozenset({"reject", "repudiate", "dismiss"})
#: roots of the asks whose addressee an unaddressed demand of the same side shares
_ASKING_ROOTS = frozenset({"02", "10"})
#: charge nouns that may name a claim of fact or to land rather than a charge of a wrong
_BARE_CLAIMS = frozenset({"claim", "claims", "assertion", "assertions", "version", "finding",
                          "findings"})


def speech_events(ex: EventExtractor, sent: Span, article: Article,
                  resolver: ActorResolver) -> Iterator[Event]:
    """The blame, threats and lede charges the sentence's reported clauses imply."""
    made: set[tuple[int, str, str | None, str | None]] = set()
    # the word-scanning rules run only on a sentence with their first word (each rule asks
    # for one of these before anything else): most sentences have none
    words = sentence_words(sent).words
    ev = evaluation_words()
    sw = stance_words()
    found = [*(_blame(ex, sent, resolver) if words & _BLAME_CUES else ()),
             *(_retaliation(ex, sent, resolver)
               if words & (ev["retort_verbs"] | ev["retort_nouns"] | {"unanswered"}) else ()),
             *_lede_charges(ex, sent, resolver), *_clause_complaints(ex, sent, resolver),
             *_partnerless_intents(ex, sent, resolver), *_mutual_charges(ex, sent, resolver),
             *(_amends_demanded(ex, sent, resolver) if words & ev["amends_verbs"] else ()),
             *_conditional_threats(ex, sent, resolver), *_told_act_judged(ex, sent, resolver),
             *(_unaddressed_demands(ex, sent, resolver) if "demand" in words else ()),
             *(_unaddressed_apologies(ex, sent, resolver) if words & _APOLOGY_WORDS else ()),
             *(_charges_denied(ex, sent, resolver)
               if words & ev["denying_verbs"] and words & (ev["charge_nouns"] | {"which"})
               else ()),
             *(_charges_backed(ex, sent, resolver)
               if words & _BACKING and words & ev["charge_nouns"] else ()),
             *(_acts_defended(ex, sent, resolver) if words & _DEFENDING else ()),
             *(_wanted_of(ex, sent, resolver) if words & {"want", "wish"} else ()),
             *(_naming_judgements(ex, sent, resolver) if words & ev["naming_verbs"] else ()),
             *(_blame_links(ex, sent, resolver) if words & ev["blame_link_verbs"] else ()),
             *(_compared_wrongs(ex, sent, resolver)
               if "like" in words and words & _LIKENING_VERBS else ()),
             *(_denied_wrongs(ex, sent, resolver) if "deny" in words else ()),
             *(_voided_pacts(ex, sent, resolver) if words & ev["void_words"] else ()),
             *(_rejected_pacts(ex, sent, resolver)
               if words & _PACT_REJECTING and words & ev["pact_words"] else ()),
             *(_called_for_done(ex, sent, resolver) if "call" in words else ()),
             *(_concern_held(ex, sent, resolver) if "concern" in words else ()),
             *(_restraint_urged(ex, sent, resolver) if words & _CALM_WORDS else ()),
             *(_fight_condemned(ex, sent, resolver) if words & ev["fight_nouns"] else ()),
             *(_talks_ruled_out(ex, sent, resolver)
               if words & _TALK_NOUNS and words & {"no", "out"} else ()),
             *(_force_promised(ex, sent, resolver) if words & SPEAKING_VERBS else ()),
             *_unaimed_comments(ex, sent, resolver),
             *(_apology_demanded(ex, sent, resolver)
               if words & (_APOLOGY_WORDS | {"apology"}) else ()),
             *(_charges_called_false(ex, sent, resolver) if words & ev["charge_nouns"]
               and words & ev["false_words"] else ()),
             *(_charges_branded_false(ex, sent, resolver) if words & ev["charge_nouns"]
               and words & BRANDING_VERBS else ()),
             *(_role_denied(ex, sent, resolver) if words & {"deny", "nothing"} and words & (
                 _ROLE_NOUNS | {"do"}) else ()),
             *(_red_lines_named(ex, sent, resolver) if "red" in words and words & {
                 "line", "lines"} else ()),
             *(_welcomed_acts(ex, sent, resolver) if words & (
                 ev["welcoming_verbs"] | ev["naming_verbs"]) and words & (
                 ev["welcomed_acts"] | ev["welcomed_pacts"] | _WELCOMED_DEEDS | {"it"})
               else ()),
             *(_deemed_hostile(ex, sent, resolver) if words & ev["deeming_verbs"]
               and words & ev["deemed_hostile"] else ()),
             *(_one_china_held(ex, sent, resolver)
               if "china" in words and words & {"one", "one-china"} else ()),
             *(_commitments_held(ex, sent, resolver) if words & ev["committed_words"] else ()),
             *(_hope_voiced(ex, sent, resolver) if words & ev["hope_nouns"]
               and words & ev["voicing_verbs"] else ()),
             *(_deadlines_given(ex, sent, resolver)
               if "give" in words and words & _DEADLINE_WORDS else ()),
             *(_performed_in_quote(ex, sent, resolver)
               if words & _FIRST_PERSON and words & QUOTE_MARKS else ()),
             *(_partners_named(ex, sent, resolver)
               if words & ev["naming_verbs"] and words & ev["partner_names"] else ()),
             *(_onus_put(ex, sent, resolver) if words & {"time", "ball"} or (
                 "up" in words and "it" in words) else ()),
             *(_insisted_demands(ex, sent, resolver) if words & _MANDATIVE else ()),
             *(_not_tolerated(ex, sent, resolver) if words & _TOLERATING else ()),
             *(_readiness_voiced(ex, sent, resolver)
               if words & (sw["readiness_nouns"] | sw["readiness_adjs"]) else ()),
             *(_hope_told(ex, sent, resolver) if words & sw["hope_verbs"] else ()),
             *(_own_pact_praised(ex, sent, resolver) if words & ev["naming_verbs"]
               and words & (sw["own_pact_nouns"] | {"it"}) else ()),
             *(_act_not_recognised(ex, sent, resolver) if words & sw["stance_verbs"]
               and words & sw["stance_objects"] else ()),
             *(_verdict_judged(ex, sent, resolver) if words & sw["verdict_nouns"] else ()),
             *(_possessed_endorsed(ex, sent, resolver) if words & sw["endorsing_verbs"]
               and words & sw["endorsed_things"] else ()),
             *(_omission_charged(ex, sent, resolver) if words & sw["duty_verbs"]
               and words & (sw["failing_verbs"] | {"not", "n't", "never"}) else ()),
             *(_relative_judged(ex, sent, resolver) if words & {"which", "that"}
               and words & evaluation_words()["negative"] else ()),
             *(_relative_condemned(ex, sent, resolver)
               if "which" in words and words & _CONDEMNING else ()),
             *(_evidence_claimed(ex, sent, resolver) if words & sw["evidence_nouns"]
               and "that" in words else ()),
             *(_hallmarks_named(ex, sent, resolver) if words & sw["hallmark_nouns"]
               and words & SPEAKING_VERBS else ()),
             *(_bad_company(ex, sent, resolver) if words & sw["company_nouns"]
               and words & sw["company_faults"] else ()),
             *(_wrongs_disowned(ex, sent, resolver) if words & SPEAKING_VERBS
               and words & {"not", "never", "n't"} else ()),
             *(_wrongs_claimed(ex, sent, resolver) if words & SPEAKING_VERBS and (
                 words & sw["claimed_wrongs"] or "against" in words or "without" in words
                 and words & sw["consent_nouns"] or words & _TRYING and words & ev["negative"])
               else ()),
             *(_hostile_aims(ex, sent, resolver)
               if words & sw["aim_nouns"] and "to" in words else ()),
             *(_norm_judged(ex, sent, resolver) if words & SPEAKING_VERBS
               and words & (sw["norm_nouns"] | sw["norm_adjs"]) and words & (
                   sw["conformity_words"] | sw["breach_words"] | sw["basis_nouns"]) else ()),
             *(_refusal_threats(ex, sent, resolver) if words & {"if", "unless"}
               and words & SPEAKING_VERBS else ()),
             *(_claims_answered(ex, sent, resolver) if words & sw["answer_verbs"] and (
                 "belong" in words or words & sw["held_things"]) else ()),
             *(_dialogue_preferred(ex, sent, resolver) if words & sw["dispute_nouns"]
               and words & sw["settling_verbs"] and words & sw["peaceful_means"] else ()),
             *(_vote_faulted(ex, sent, resolver) if words & sw["vote_nouns"] and words & (
                 SPEAKING_VERBS | sw["noting_verbs"]) else ()),
             *(_act_named_unjust(ex, sent, resolver) if words & sw["judging_adjs"] else ()),
             *(_what_it_called(ex, sent, resolver)
               if "what" in words and "call" in words else ()),
             *(_expected_of(ex, sent, resolver) if "expect" in words else ()),
             *(_avoidable_harm(ex, sent, resolver) if words & sw["avoiding_verbs"]
               and words & {"could", "might", "would"} and words & {"had", "if"} else ()),
             *(_pact_judged(ex, sent, resolver) if words & ev["pact_words"] else ()),
             *(_answer_warned(ex, sent, resolver) if words & _WARNING_VERBS
               and words & ev["retort_verbs"] else ()),
             *(_proposals_dismissed(ex, sent, resolver) if words & (_DISMISSIVE | {"starter"})
               and words & _PROPOSAL_NOUNS else ()),
             *(_heed_warned(ex, sent, resolver) if words & {"seriously", "test"} else ()),
             *(_proxies_armed(ex, sent, resolver) if words & _ARMING
               and words & (_PROXY_NOUNS | {"they"}) else ()),
             *(_first_shot_charged(ex, sent, resolver) if "first" in words
               and words & SPEAKING_VERBS else ()),
             *(_unaimed_talks_refused(ex, sent, resolver) if "negotiate" in words
               and words & {"not", "never", "n't"} else ()),
             *(_release_urged(ex, sent, resolver) if words & _RELEASE_NOUNS else ()),
             *(_criticism_rejected(ex, sent, resolver) if words & _CRITICISM_NOUNS
               and words & ev["denying_verbs"] else ())]
    for speech, code, rule, accusers, targets in found:
        own = {a.actor.country for a in accusers}
        if _voiced_already(ex, resolver, code[:2], own, {t.actor.country for t in targets},
                           code if rule in _OWN_CODE_RULES else None):
            continue
        said = saying_trigger(speech, sent, article, rule, code)
        if said is None:
            continue
        trig, edate = said
        for a in accusers:
            for t in targets:
                key = (speech.i, code, a.actor.code, t.actor.code)
                if key in made or a.actor.country == t.actor.country and not _home_rivals(
                        a, t, code):
                    continue
                made.add(key)
                log.debug("%s %s -> %s at %r", rule, a.actor.code, t.actor.code, speech.text)
                # (where the saying was made: "In Beirut, the premier said ...", else the
                # dateline's place, as for any other event; a name several places share is
                # read in the speaker's country, not the target's: "in Geneva" is Swiss)
                where = ex._location(trig, sent, [], _dateline_place(ex, sent, article), [a])
                yield ex._make_event(trig, sent, article, a, t, Status.HAPPENED,
                                     f"said ({speech.text})", edate, where, None)


#: kinds of resolved sides the text names itself (not a side taken from the article's
#: context, a pair, or a media outlet)
_NAMED_KINDS = frozenset({"person", "country", "metonym", "institution", "agent", "ner",
                          "igo"})


def _home_rivals(a: ResolvedActor, t: ResolvedActor, code: str) -> bool:
    """Whether a statement by ``a`` on ``t`` of the same country is one detente tracks: a
    government rejecting what opposition parties charge, an opposition party accusing the
    government, rebels condemning the army -- two sides of different sectors, one outside
    the state, both named in the text (rules.domestic_pair). Two ministers of one
    government, or the state's organs among themselves, are no pair."""
    return (a.kind in _NAMED_KINDS and t.kind in _NAMED_KINDS
            and a.actor.code != t.actor.code and bool(a.actor.sector and t.actor.sector)
            and domestic_pair(a.actor.sector, t.actor.sector, code))


#: the doc's user_data key of its dateline's place (looked up once per article)
_DATELINE_KEY = "detente.speech.dateline_place"


def _dateline_place(ex: EventExtractor, sent: Span, article: Article) -> str | None:
    """The place of the article's dateline ("BEIRUT, June 3 (Wire) --"), found once per doc
    and kept in its user_data (a string: no token held)."""
    data = sent.doc.user_data
    if _DATELINE_KEY not in data:
        _date, dateline = find_dateline(doc_text(sent.doc)[:300], article.published)
        data[_DATELINE_KEY] = ex._dateline_place(dateline)
    place: str | None = data[_DATELINE_KEY]
    return place


Found = tuple[Token, str, str, list[ResolvedActor], list[ResolvedActor]]


def _said_now(speech: Token, sent: Span, article: Article, rule: str, code: str
              ) -> tuple[Trigger, EventDate]:
    """The saying ``speech`` as a trigger told as done, dated as ``saying_trigger`` dates it."""
    pattern = Pattern(id=rule, head=speech.lemma_.lower(), pos="VERB", cameo=code, target=())
    tense = tense_of(speech, False, Status.HAPPENED)
    edate = trigger_date(speech, sent, governing_clause_text(speech, sent), article.published,
                         tense, future=False)
    return Trigger(speech, pattern, None), edate


def saying_trigger(speech: Token, sent: Span, article: Article, rule: str, code: str
                   ) -> tuple[Trigger, EventDate] | None:
    """The saying ``speech`` as the trigger of an event it implies (``code`` by ``rule``),
    with the saying's date; None when the saying itself is negated, not done or still to
    come ("did not blame", "will say")."""
    said = decide(speech, sentence=sent)
    if rule == "statement.charge_denied" and said.status == Status.UNCERTAIN and (
            said.cue or "").lower() in evaluation_words()["charge_nouns"]:
        # (", charges that Minsk denies" with "charges" parsed as the verb the denial
        # hangs on: the charge the denial answers leaves the denial itself certain)
        return _said_now(speech, sent, article, rule, code)
    if said.negated or said.status not in (Status.HAPPENED, Status.ONGOING) or said.future:
        return None
    pattern = Pattern(id=rule, head=speech.lemma_.lower(), pos="VERB", cameo=code, target=())
    tense = tense_of(speech, False, Status.HAPPENED)
    edate = trigger_date(speech, sent, governing_clause_text(speech, sent), article.published,
                         tense, future=False)
    return Trigger(speech, pattern, None), edate


def _reporting_verb(tok: Token) -> Token | None:
    """The verb of saying whose reported clause holds ``tok`` ("said that it was Kyiv ...",
    "answered that the responsibility lies with ..."); None when a verb of another kind
    governs the clause first ("denied that ...", "did not think ...")."""
    cur = tok
    for _ in range(10):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _CLIMB:
            return None
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lemma in SPEAKING_VERBS:
            return head
        if cur.dep_ in ("ccomp", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX") and (
                lemma != "be"):
            return None  # another verb's clause
        cur = head
    return None


def _speaker_of(ex: EventExtractor, speech: Token, resolver: ActorResolver,
                armed: bool = False) -> list[ResolvedActor]:
    """The state voices the subject of ``speech`` names (with ``armed``, an armed movement's
    too: "the Houthi leader said any attack would not go unanswered" threatens)."""
    from detente.nlp.implied import _state_voices

    speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
    if speaker is None and speech.dep_ in ("conj", "advcl"):
        speaker = ex._subject(speech)
    if speaker is None or speaker.lower_ in ("who", "which", "that") or speech.dep_ in (
            "relcl", "acl"):
        return []
    found = _state_voices(speaker, resolver)
    if not found and armed:
        found = [a for a in resolver.resolve(speaker) if a.actor.sector == "REB"
                 and a.actor.country and a.kind not in ("dyad", "implicit")]
    if not found and speech.dep_ == "conj" and (outer := _reporting_verb(speech)) is not None:
        # "Chad said the bombs fell on empty desert and promised to respond", the promise
        # parsed as a conjunct inside the reported clause
        return _speaker_of(ex, outer, resolver, armed)
    return found


def _own_subject(ex: EventExtractor, tok: Token) -> Token | None:
    """``tok``'s subject (a conjunct's shared one too), or None for none or a relative pronoun
    ("who", "which", "that": the clause's head noun speaks there, no voice of its own)."""
    subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = ex._subject(tok)
    return None if subj is None or subj.lower_ in ("who", "which", "that") else subj


def _own_voices(ex: EventExtractor, tok: Token, resolver: ActorResolver
                ) -> list[ResolvedActor]:
    """The state voices of ``tok``'s own subject (:func:`_own_subject`); none without one."""
    from detente.nlp.implied import _state_voices

    subj = _own_subject(ex, tok)
    return _state_voices(subj, resolver) if subj is not None else []


def _told_before(ex: EventExtractor, clause: Token, resolver: ActorResolver,
                 limit: Token | None = None
                 ) -> tuple[Token, list[ResolvedActor], set[str | None]] | None:
    """The verb of saying whose reported clause holds ``clause``, the state voices its
    subject names and their countries; None when no such verb comes before ``limit`` (the
    clause itself unless given: "X will strike, Y said" is a report, not Y's word) or it
    names no state voice."""
    speech = _reporting_verb(clause)
    if speech is None or speech.i > (limit if limit is not None else clause).i:
        return None
    voices = _speaker_of(ex, speech, resolver)
    if not voices:
        return None
    return speech, voices, {a.actor.country for a in voices}


class _Own(frozenset[str | None]):
    """The countries of the speakers of a statement, with the speakers themselves: a side
    of one of those countries is still another side when the two are home rivals
    (:func:`_home_rivals`: "the opposition party blamed the government for the blackout")."""

    speakers: tuple[ResolvedActor, ...] = ()


def _own_of(speakers: list[ResolvedActor]) -> _Own:
    own = _Own(a.actor.country for a in speakers)
    own.speakers = tuple(speakers)
    return own


def _named(tok: Token, resolver: ActorResolver, own: AbstractSet[str | None]
           ) -> list[ResolvedActor]:
    """The actors of other countries than ``own`` that ``tok`` names (or, when ``own``
    carries its speakers, a home rival of theirs)."""
    return [a for a in resolver.resolve(tok) if a.actor.country
            and a.kind not in ("implicit", "dyad", "media") and a.actor.start is not None
            and (a.actor.country not in own or isinstance(own, _Own) and any(
                s.actor.country == a.actor.country and _home_rivals(s, a, "11")
                for s in own.speakers))]


def _own_doer(doer: Token, resolver: ActorResolver, own: AbstractSet[str | None],
              found: list[ResolvedActor]) -> bool:
    """Whether ``doer`` names a side of the speakers' own countries other than the home
    rivals ``found`` among them ("said its own troops fired first", not "the army said the
    rebels fired first")."""
    rivals = {a.actor.code for a in found}
    return any(a.actor.country in own and a.actor.code not in rivals
               for a in resolver.resolve(doer))


def _owner_named(tok: Token, preps: tuple[str, ...], resolver: ActorResolver,
                 own: set[str | None]) -> tuple[Token | None, list[ResolvedActor]]:
    """The word naming whose ``tok`` is, its owner ("Manila's provocation") or the object of
    one of ``preps`` ("the expulsion by Riga"), and the other sides than ``own`` it names."""
    doer = next((c for c in kids(tok) if c.dep_ == "poss"), None) or prep_obj(tok, preps)
    return doer, (_named(doer, resolver, own) if doer is not None else [])


def _withheld(tok: Token, declining: AbstractSet[str], open_aux: AbstractSet[str]
              ) -> Token | None:
    """The clause that tells the verb ``tok`` as not done: ``tok`` negated ("does not
    recognise") or the complement of a verb of ``declining`` ("refused to recognise", "failed
    to consult"), that clause's verb; None when it is done, or only possible or still to come
    (an auxiliary of ``open_aux`` on that clause)."""
    declined = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in declining
    frame = tok.head if declined else tok
    if not (declined or _negated(tok)) or any(
            a.dep_ == "aux" and a.lower_ in open_aux for a in kids(frame)):
        return None
    return frame


def _hostile_tokens(ex: EventExtractor) -> set[int]:
    return {t.token.i for t in ex._sentence_triggers if t.pattern.cameo[:2] in _ROOTS_HOSTILE}


def _future(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in _FUTURE for a in kids(verb))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod")
               for c in kids(verb))


#: verbs that, told together with a denial ("neither confirmed nor denied", "would not
#: confirm or deny", "declined to comment on or deny"), make it no answer either way
_COMMITTAL_VERBS = frozenset({"confirm", "acknowledge", "comment"})


def noncommittal_denial(verb: Token) -> bool:
    """Whether the denial verb ``verb`` is coordinated with a verb of confirming: "neither
    confirmed nor denied any role", "would not confirm or deny reports", "declined to confirm
    or deny": such a side denies nothing (no 016) and the act stays open (uncertain)."""
    if verb.lemma_.lower() != "deny":
        return False
    pair = [verb.head] if verb.dep_ == "conj" else []
    pair += [c for c in kids(verb) if c.dep_ == "conj"]
    return any(p.lemma_.lower() in _COMMITTAL_VERBS and p.pos_ in ("VERB", "AUX")
               and not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(p))
               for p in pair)  # (not "Ghali was admitted ... and denies that ...")


def _denial_void(verb: Token) -> bool:
    """Whether the denial verb ``verb`` denies nothing: negated ("did not deny"), the second
    verb of a negated pair ("did not confirm or deny"), or noncommittal ("neither confirmed
    nor denied")."""
    return _negated(verb) or (verb.dep_ == "conj" and _negated(verb.head)) or (
        noncommittal_denial(verb))


def _blame(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    ev = evaluation_words()
    hostile = _hostile_tokens(ex)
    view = sentence_words(sent)
    for tok, lemma, low in zip(view.tokens, view.lemmas, view.lowers, strict=True):
        if lemma not in _BLAME_HEADS and low != "line":
            continue  # (none of the three rules below looks at any other word)
        got = _cleft(tok, ev, hostile) or _responsibility(tok, ev, hostile) or _red_line(tok)
        if got is None:
            continue
        holder, code, rule = got
        # ("holds Moscow responsible": the small clause hangs on "hold")
        held = tok.head if tok.head.lemma_.lower() == "hold" else None
        speech = _reporting_verb(held or tok)
        if speech is None and held is not None and held.pos_ == "VERB" and (
                held.dep_ not in ("relcl", "acl", "xcomp", "ccomp", "advcl")) and any(
                c.dep_ == "nsubj" for c in kids(held)):
            # "Kyiv held Moscow responsible for the strike": holding a side to blame is
            # the charge itself, told by its subject
            speech = held
        if speech is None:
            continue
        accusers = _speaker_of(ex, speech, resolver)
        if not accusers:
            continue
        own = _own_of(accusers)
        targets = _named(holder, resolver, own)
        if not targets and holder.pos_ == "NOUN" and rule == "disapprove.blame_speech":
            # ("lies in the economic war that the United States wages": the doer of the
            # deed named, or an owner inside the noun phrase)
            doers = [g for c in kids(holder) if c.dep_ in ("relcl", "acl")
                     for g in kids(c) if g.dep_ in ("nsubj", "agent")]
            targets = [a for g in doers for a in _named(
                prep_obj(g.head, ("by",)) if g.dep_ == "agent" else g, resolver, own)
                if g is not None]
            other = resolver.other_named(holder, own) if not targets else None
            targets += [other] if other is not None and other.actor.country else []
            if not targets:
                # (the parser may hang the relative clause elsewhere: the first other side
                # the reported words name after the cause)
                targets = next(([a] for t in _clause_of(speech) if t.i > holder.i
                                and t.pos_ == "PROPN" and t.dep_ != "compound"
                                for a in _named(t, resolver, own)), [])
        if not targets and _wrongdoers(holder, hostile):
            # ("would hold accountable those who attack its troops": whoever last struck
            # the speaker's side)
            targets = _last_attacker(resolver, own)
        if targets:
            yield speech, code, rule, accusers, targets


def _cleft(tok: Token, ev: dict[str, frozenset[str]], hostile: set[int]
           ) -> tuple[Token, str, str] | None:
    """"it was Riga, not Vilnius, that quit", "it was Madrid that owed Rabat an apology":
    the focus of a cleft that contrasts the other side with one's own or tells a wrong."""
    if tok.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                     for c in kids(tok)):
        return None
    focus = next((c for c in kids(tok) if c.dep_ == "attr"
                  and c.pos_ in ("PROPN", "NOUN")), None)
    if focus is None:
        return None
    content = [c for c in kids(focus) if c.dep_ == "relcl"] + [
        c for c in kids(tok) if c.dep_ in ("ccomp", "relcl", "advcl") and c.i > focus.i
        and any(g.dep_ in SUBJ_DEPS and g.lower_ in ("who", "that", "which")
                for g in kids(c))]
    if not content or _negated(tok):
        return None
    contrast = any(c.dep_ == "neg" for c in kids(focus)) or any(
        x.dep_ in ("appos", "conj") and any(n.dep_ == "neg" for n in kids(x))
        for x in kids(focus))
    words = {w for c in content for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}
    wrong = bool(words & (ev["negative"] | ev["blame_words"])) or any(
        t.i in hostile for c in content for t in c.subtree)
    if not (contrast or wrong):
        return None  # ("it was Beijing that asked for the meeting": who asked, no blame)
    return focus, "112", "disapprove.cleft_blame"


def _wrongdoers(holder: Token, hostile: set[int]) -> bool:
    """Whether ``holder`` is "those", "whoever" or "anyone" told by a hostile act of theirs
    ("would hold accountable those who attack its troops", "whoever fired the missiles")."""
    if holder.lower_ not in _WRONGDOER_WORDS:
        return False
    acts = [c for c in kids(holder) if c.dep_ in ("relcl", "acl")]
    if holder.lower_ == "whoever":
        acts.append(holder.head)
    return any(t.i in hostile for c in acts for t in c.subtree)


def _red_line(tok: Token) -> tuple[Token, str, str] | None:
    """"said a Russian missile site in Belarus would be a red line": a threat (130) to the
    side whose act the subject is."""
    if tok.lower_ != "line" or tok.dep_ != "attr" or tok.head.lemma_ != "be" or not any(
            c.lower_ == "red" for c in kids(tok)) or _negated(tok.head):
        return None
    subj = next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not any(
            c.dep_ in ("amod", "poss") for c in kids(subj)):
        return None  # (an act of a side, "a Chinese base"; not "the Taiwan question")
    return subj, "130", "threaten.red_line"


def _responsibility(tok: Token, ev: dict[str, frozenset[str]], hostile: set[int]
                    ) -> tuple[Token, str, str] | None:
    """Responsibility for a harm laid on a side: "Iran was responsible for the attacks",
    "Netanyahu bore responsibility for the killings", "the blame lies with Washington", "X is
    to blame"; promised for a harm to come, a threat ("would be held responsible for any
    clash")."""
    word = tok.lemma_.lower()
    holder: Token | None = None
    verb = tok.head
    needs_harm = True
    if word in ("responsible", "accountable") and tok.dep_ in ("acomp", "oprd", "ccomp") and (
            verb.lemma_.lower() == "hold"):
        # "would hold Moscow accountable for any attack", "holds Iran responsible for ..."
        # (the one held: the verb's object, or the adjective's subject in a small clause)
        holder = next((c for c in (*kids(verb), *kids(tok)) if c.dep_ in (
            "dobj", "nsubjpass") or (c.dep_ == "nsubj" and c.head.i == tok.i)), None) or next(
            # ("would hold accountable whoever fired the rockets": the doer's own clause)
            (g for c in (*kids(verb), *kids(tok)) if c.dep_ == "ccomp"
             for g in kids(c) if g.dep_ == "nsubj" and g.lower_ == "whoever"), None)
    elif word in ("responsible", "accountable") and tok.dep_ in ("acomp", "oprd"):
        holder = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "Kyiv said Moscow was responsible": the bare adjective (no "for", "to" or clause
        # after it) lays the blame for what the text told before
        needs_harm = any(c.dep_ not in ("advmod", "punct") for c in kids(tok))
    elif word in ("responsibility", "blame") and tok.dep_ == "dobj" and (
            verb.lemma_.lower() in ("bear", "bore", "carry", "shoulder")):
        holder = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    elif word in ("responsibility", "blame", "fault") and tok.dep_ == "nsubj" and (
            verb.lemma_.lower() in ("lie", "rest")):
        holder = prep_obj(verb, ("with", "on"))
        needs_harm = False
    elif word in ("root", "roots", "cause", "source", "origin") and tok.dep_ == "nsubj" and (
            verb.lemma_.lower() in ("lie", "lay", "rest")):
        # "the cause of the crisis lies in the blockade Ankara keeps up": whoever the
        # cause names (the harm is what the cause is of)
        holder = prep_obj(verb, ("in", "with"))
        harm = prep_obj(tok, ("of",))
        words = {w for t in harm.subtree for w in (t.lemma_.lower(), t.lower_)} if (
            harm is not None) else set()
        if holder is None or not words & (ev["harm_words"] | ev["negative"]) or _negated(verb):
            return None
        return holder, "112", "disapprove.blame_speech"
    elif word == "behind" and tok.dep_ == "prep" and verb.lemma_ == "be":
        # "said Israel was behind the attack": the doer of a harm (the harm must be named)
        harm = prep_obj(verb, ("behind",))
        words = {w for t in harm.subtree for w in (t.lemma_.lower(), t.lower_)} if (
            harm is not None) else set()
        if harm is None or not (words & (ev["harm_words"] | ev["negative"]) or any(
                t.i in hostile for t in harm.subtree)) or _negated(verb):
            return None
        holder = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
            return None
        return holder, "112", "disapprove.blame_speech"
    elif word == "blame" and tok.dep_ == "xcomp" and verb.lemma_ == "be" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(tok)):
        holder = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        needs_harm = False
    if holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON") or _negated(verb):
        return None
    harm = prep_obj(tok, ("for",))
    if harm is not None:
        words = {w for t in harm.subtree for w in (t.lemma_.lower(), t.lower_)}
        if not (words & ev["harm_words"] or words & ev["negative"]
                or any(t.i in hostile for t in harm.subtree)):
            return None  # ("responsible for the talks", "for security at the games")
    elif needs_harm and not _wrongdoers(holder, hostile):
        return None
    if _future(verb) or (harm is not None and any(
            c.dep_ == "det" and c.lower_ in ("any", "every") for c in kids(harm))):
        return holder, "130", "threaten.held_responsible"
    return holder, "112", "disapprove.blame_speech"


def _retaliation(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """A retaliation the speaker's side promises for any act of the other: "would give a
    crushing answer to any aggression against it", "any attack will not go unanswered",
    "would respond strongly to any provocation"."""
    ev = evaluation_words()
    hostile = _hostile_tokens(ex)
    for tok in sent:
        word = tok.lemma_.lower()
        verb, aimed = tok, None
        if word in ev["retort_verbs"] and tok.pos_ == "VERB" and (
                word not in ("hit", "strike", "fight") or any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids(tok))):
            aimed = prep_obj(tok, ("to", "against"))
        elif word in ev["retort_nouns"] and tok.dep_ == "dobj" and (
                tok.head.lemma_.lower() in ("give", "deliver", "mount", "launch")):
            verb = tok.head
            aimed = prep_obj(tok, ("to", "against", "for"))
        elif word in ev["retort_nouns"] and tok.dep_ == "dobj" and (
                tok.head.lemma_.lower() in ("meet", "face", "draw", "invite")):
            # "the North's provocation would meet a stern response"
            verb = tok.head
            aimed = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        elif tok.lower_ == "unanswered" and tok.head.lemma_.lower() in ("go", "remain", "be") and (
                _negated(tok.head)):
            verb = tok.head
            aimed = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif word in ev["retort_nouns"] and tok.dep_ == "nsubj" and tok.head.pos_ in (
                "VERB", "AUX") and _if_clause(tok.head) is not None:
            # "said its response would be far harsher if Riyadh struck again": the answer
            # itself told, on the other side's act
            verb = tok.head
        else:
            continue
        # "vowed to hit back at a moment and place of its own choosing": the classic answer
        # promised to an act already suffered, aimed at whoever did it
        choosing = any(t.lower_ == "choosing" for t in verb.subtree)
        promised = _future(verb) or verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in ("promise", "vow", "pledge", "threaten")
            # ("said it stood ready to respond firmly to any provocation")
            or verb.head.lower_ in _READY_TO_ANSWER and not _negated(verb.head.head)
            and aimed is not None and any(
                t.i in hostile or t.lemma_.lower() in ev["military_answers"] | ev["negative"]
                for t in aimed.subtree))
        if not promised or (word != "unanswered" and _negated(verb)):
            continue
        # "would hit back if Hanoi attacks": the answer promised on a hostile act of another
        # side, told in an if- or unless-clause (the side its subject names)
        cond = _if_clause(verb)
        provoked = cond is not None and _hostile_condition(cond, ev, hostile)
        # "said the expulsions were a hostile step and would not go unanswered": an act
        # already done (told by a pronoun or a definite noun) that the speaker's side
        # promises to answer
        done = word == "unanswered" and aimed is not None and _answered_act(aimed, ev)
        if not choosing and not provoked and not done and (aimed is None or not any(
                c.dep_ == "det" and c.lower_ in ("any", "every") for c in kids(aimed))
                and verb.lemma_.lower() not in ("meet", "face", "draw", "invite")):
            continue  # ("would respond to the proposal"): an answer, no threat
        if tok.dep_ == "nsubj" and not provoked:
            continue
        speech = _reporting_verb(verb)
        if speech is None and done:
            speech = _second_that_clause(verb)
        if speech is None:
            continue
        accusers = _speaker_of(ex, speech, resolver, armed=True)
        if not accusers:
            continue
        own = _own_of(accusers)
        actor = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if word != "unanswered" and actor is not None and actor.i != tok.i and (
                aimed is None or aimed.i != actor.i) and _named(actor, resolver, own):
            continue  # ("said NATO would respond to any attack"): another side's answer
        owner = resolver.other_named(aimed, own) if aimed is not None else None
        targets = [owner] if owner is not None and owner.actor.country else []
        if not targets and provoked and cond is not None:
            doer = next((c for c in kids(cond) if c.dep_ == "nsubj"), None)
            targets = _named(doer, resolver, own) if doer is not None else []
        if not targets and done:
            # (the side the speaker's side took to task in the same sentence; the doer the
            # reported words name, however the parser tagged the name, "a new move by the
            # Latvian government", not a place; else the side whose act the article just
            # told against the speaker's)
            targets = _same_side_targets(ex, resolver, own, _ROOTS_HOSTILE) or [
                a for t in _clause_of(speech) if t.pos_ in ("PROPN", "ADJ", "NOUN") and not (
                    t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "from"))
                for a in _named(t, resolver, own)][:1] or _last_act_on(resolver, own, sent)
        if not targets:
            # "any war waged against it": the other side the reported words name
            targets = [a for t in _clause_of(speech) if t.pos_ == "PROPN"
                       and t.dep_ != "compound" for a in _named(t, resolver, own)]
        if not targets and choosing:
            # (the act answered: the latest act of force against the speaker's side)
            targets = _last_attacker(resolver, own)
        if not targets:
            # "called the North's statement rude, and the ministry warned that the army would
            # respond to any provocation": the side the speaker's side took to task in the
            # same sentence
            targets = _same_side_targets(ex, resolver, own, _ROOTS_HOSTILE)
        if not targets:
            continue
        military = {w for t in (*(aimed.subtree if aimed is not None else ()), *verb.subtree,
                                *(tok.subtree if tok.dep_ == "nsubj" else ()))
                    for w in (t.lemma_.lower(), t.lower_)} & ev["military_answers"]
        yield speech, "138" if military else "130", "threaten.retaliation_speech", (
            accusers), targets[:1]


#: the readiness by which an answer to any act is promised ("is ready to respond to any ...")
_READY_TO_ANSWER = frozenset({"ready", "prepared", "determined"})


def _if_clause(verb: Token) -> Token | None:
    """The if- or unless-clause on ``verb`` (the verb of a clause), if any."""
    return next((c for c in kids(verb) if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(c))), None)


def _hostile_condition(cond: Token, ev: dict[str, frozenset[str]], hostile: set[int]
                       ) -> bool:
    """Whether the if-clause ``cond`` tells a hostile act ("if Hanoi attacks", "if Riyadh
    makes another mistake", "if troops cross the border"): a hostile trigger in it, or a
    word of harm, wrong or force; not "if Seoul sends a request"."""
    if _negated(cond):
        return False  # ("if Lima does not comply": an ultimatum, left to the demand rules)
    return any(t.i in hostile or t.lemma_.lower() in ev["negative"]
               or t.lemma_.lower() in ev["military_answers"]
               or t.lower_ in ev["harm_words"] for t in cond.subtree)


def _clause_of(speech: Token) -> list[Token]:
    return [t for c in kids(speech) if c.dep_ == "ccomp" for t in c.subtree]


def _lede_charges(ex: EventExtractor, sent: Span, resolver: ActorResolver
                  ) -> Iterator[Found]:
    """"Peru has declared Mexico's ambassador persona non grata, the foreign minister said,
    accusing Mexico of interference": the charge of the state whose act the lede tells, when
    the speaker's name resolves to no one."""
    from detente.nlp.implied import _state_voices

    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "11" or tok.dep_ != "advcl" or tok.tag_ != "VBG":
            continue
        speech = tok.head
        if speech.lemma_.lower() not in SPEAKING_VERBS:
            continue
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        if sources:
            continue
        main = speech.head if speech.dep_ in ("parataxis", "conj") and (
            speech.head.i < speech.i) else next(
            (c for c in kids(speech) if c.dep_ == "ccomp" and c.i < speech.i), None)
        if main is None or main.i == speech.i:
            continue
        subj = next((c for c in kids(main) if c.dep_ == "nsubj"), None)
        accusers = _state_voices(subj, resolver) if subj is not None else []
        if not accusers:
            continue
        own = {a.actor.country for a in accusers}
        targets = [t for t in targets if t.actor.country not in own]
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if not targets and obj is not None and (
                obj.lemma_.lower() in evaluation_words()["state_nouns"]):
            # "accusing the neighbouring kingdom of ...": the one the lede's act is aimed at
            targets = _main_targets(ex, main, resolver, own)
        if targets:
            yield speech, trig.pattern.cameo, trig.pattern.id + "+lede", accusers, targets


def _clause_complaints(ex: EventExtractor, sent: Span, resolver: ActorResolver
                       ) -> Iterator[Found]:
    """"The EU complained that Washington had not consulted it", "regretted that Seoul had
    chosen to ...": a disapproval whose that-clause names the one disapproved of as its
    subject, when the verb's own slots name no one (a complaint told this way is criticism,
    111, not a formal protest)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "11" or tok.pos_ != "VERB":
            continue
        clause = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.i > tok.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
                       or c.dep_ == "ccomp" and c.i == tok.i + 2), None)
        if clause is None:
            continue
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "PROPN":
            continue
        own = _own_of(sources)
        found = _named(subj, resolver, own)
        if found:
            code = "111" if trig.pattern.cameo == "114" else trig.pattern.cameo
            yield tok, code, trig.pattern.id + "+clause", sources, found


def _partnerless_intents(ex: EventExtractor, sent: Span, resolver: ActorResolver
                         ) -> Iterator[Found]:
    """An intent that names no partner, told in the same sentence as an appeal, a meeting or a
    gesture of the same side to someone, is an intent toward them: "expressed gratitude for
    Laos's help and said Vietnam would welcome closer cooperation" (030), "urged Baku and
    Yerevan to show restraint and said it stood ready to play a constructive role
    in calming the crisis" (an offer to mediate, 039)."""
    ev = evaluation_words()
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "03":
            continue
        code, rule = trig.pattern.cameo, trig.pattern.id + "+partner"
        if tok.lower_ in ev["intent_ready"]:
            # ("is ready to play a role": the infinitive may hang on the copula)
            frame = [*kids(tok)] + ([c for c in kids(tok.head) if c.i > tok.i]
                                       if tok.dep_ == "acomp" else [])
            words = {w for c in frame if c.dep_ in ("xcomp", "prep") for t in c.subtree
                     for w in (t.lemma_.lower(), t.lower_)}
            if words & ev["intent_mediation"] or "role" in words and (
                    words & ev["mediation_aims"]):
                code, rule = "039", "intent.mediation_offer"
        if any(a.dep_ == "aux" and a.lower_ in ("must", "should", "ought")
               for a in (*kids(tok), *kids(tok.head))):
            continue  # ("said the EU must be ready to mediate"): an appeal to it, no offer
        speech = _reporting_verb(tok)
        if speech is None or speech.i > tok.i:
            # (only what a side says it will do: "signed a pact, pledging to ..."; not a
            # report of what it did, sourced after the fact: "..., the ministry said")
            continue
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        own = {s.actor.country for s in sources}
        partners: list[ResolvedActor] = []
        for other in ex._sentence_triggers:
            if other.token.i == tok.i or other.pattern.cameo[:2] not in _PARTNER_ROOTS:
                continue
            src, tgt = ex._arguments(other, resolver, is_passive(other.token))
            if {a.actor.country for a in src} & own:
                partners += [g for g in tgt if g.actor.country not in own
                             and g.actor.country not in {p.actor.country for p in partners}]
        if partners:
            yield speech, code, rule, sources, partners


def _mutual_charges(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Forces of A and B clashed, and each side accused the other of starting it": a charge
    both ways between the two sides of the act of force the sentence told."""
    ev = evaluation_words()
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "11" or tok.pos_ != "VERB":
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or obj.lower_ not in ("other", "another") or not any(
                d.lower_ in ("each", "both", "two") for d in kids(subj)) or (
                subj.lemma_.lower() not in ev["side_nouns"]):
            continue
        sides = _sentence_pair(resolver, sent)
        if sides is not None:
            a, b = sides
            yield tok, trig.pattern.cameo, trig.pattern.id + "+mutual", [a], [b]
            yield tok, trig.pattern.cameo, trig.pattern.id + "+mutual", [b], [a]


def _sentence_pair(resolver: ActorResolver, sent: Span
                   ) -> tuple[ResolvedActor, ResolvedActor] | None:
    """The two sides of an act of force the sentence itself told ("troops of A and B clashed
    on Friday, and each side accused the other of starting it"), else of the latest act of
    force, negotiation, deal or settlement between two sides the article told a few sentences
    before it ("... agreed a truce in Moscow. Each side accused the other of breaking it.");
    None when there is none (the article's most named pair is no safe guess: a summit's side
    quarrel is not its main dyad)."""
    latest: tuple[ResolvedActor, ResolvedActor] | None = None
    for told in reversed(resolver.ctx.events[-10:]):
        here = told.evidence.start == sent.start_char
        if (told.root in _FORCE_ROOTS or not here and (
                told.root in _PAIR_ROOTS or told.cameo[:3] == "046")) and (
                told.source is not None and told.target is not None) and (
                told.source.country and told.target.country) and (
                told.source.country != told.target.country) and (
                sent.start_char - _PAIR_REACH <= told.evidence.start <= sent.start_char):
            pair = ResolvedActor(told.source, "coref"), ResolvedActor(told.target, "coref")
            if here:
                return pair
            latest = latest or pair
    return latest


def _same_side_targets(ex: EventExtractor, resolver: ActorResolver, own: set[str | None],
                       roots: frozenset[str]) -> list[ResolvedActor]:
    """The others that the sentence's triggers of ``roots`` by the ``own`` side are aimed at."""
    found: list[ResolvedActor] = []
    for t in ex._sentence_triggers:
        if t.pattern.cameo[:2] not in roots:
            continue
        src, tgt = ex._arguments(t, resolver, is_passive(t.token))
        if {a.actor.country for a in src} & own:
            found += [g for g in tgt if g.actor.country and g.actor.country not in own
                      and g.actor.country not in {f.actor.country for f in found}]
    return found


def _last_attacker(resolver: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root in _FORCE_ROOTS and told.source is not None and (
                told.target is not None) and told.target.country in own and (
                told.source.country and told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


def _amends_demanded(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"would send no ambassador unless Rabat apologised", "declared him persona non grata
    until he retracted his words": a measure held until the other side makes amends demands
    them of it (100)."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    for tok in sent:
        if tok.lemma_.lower() not in ev["amends_verbs"] or tok.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in ("unless", "until") for m in kids(tok)):
            continue
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        speech = _reporting_verb(tok.head)
        if speech is None:
            continue
        demanders = _speaker_of(ex, speech, resolver)
        main = next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)
        if not demanders and main is not None:
            # ("Albares said Spain would not ... unless ...": the side that holds the measure)
            demanders = _state_voices(main, resolver)
        own = {a.actor.country for a in demanders}
        targets = _named(subj, resolver, own)
        if demanders and targets:
            yield speech, "100", "demand.amends_condition", demanders, targets


def _conditional_threats(ex: EventExtractor, sent: Span, resolver: ActorResolver
                         ) -> Iterator[Found]:
    """"warned that Washington would not hesitate to scrap the deal if the Taliban fail to
    keep their word", "has warned that Baku would renew the offensive if the fighters do not
    leave": a threat (13x) aimed at the side whose act the condition names, when the threat's
    own slots name no one."""
    ev = evaluation_words()
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "13" or tok.pos_ != "VERB":
            continue
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        own = _own_of(sources)
        cond = next((t for t in tok.subtree if t.dep_ == "advcl" and t.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in kids(t))), None)
        if cond is None:
            continue
        subj = next((c for c in kids(cond) if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = _named(subj, resolver, own) if subj is not None else []
        if not found:
            continue
        threatened = {w for t in tok.subtree if not cond.is_ancestor(t) and t.i != cond.i
                      for w in (t.lemma_.lower(), t.lower_)}
        code = "138" if threatened & ev["military_threats"] else trig.pattern.cameo
        yield tok, code, trig.pattern.id + "+condition", sources, found


def _told_act_judged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Moscow expelled two Estonian diplomats. Tallinn said the move was unjustified", "...
    called the decision a grave mistake": a judgement told in reported speech whose words name
    no one is aimed at whoever did the act the judged noun refers back to; when the noun is
    an act or words of a side the article told of no doer for ("said the remarks were
    unacceptable", "said such steps only complicate ..."), at the other side of the
    relationship the article is about (as "expressed strong dissatisfaction" is)."""
    acts = evaluation_words()["judged_acts"]
    charges = evaluation_words()["charge_nouns"]
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.id not in _JUDGING_SPEECH or tok.pos_ != "VERB":
            continue
        # (a clause after the verb, or quoted before its speaker)
        clauses = [c for c in kids(tok) if c.dep_ == "ccomp" and (c.i > tok.i or _quoted(c))]
        judged = [g for c in clauses for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in kids(tok) if c.dep_ == "dobj"] + [
            # a feeling about the act: "said it was dismayed by the expulsions", "was
            # appalled at the shelling" (the feeling's cause, not its holder)
            o for c in clauses for a in (c, *kids(c)) if a.dep_ in ("ccomp", "acomp")
            and a.lower_ in _FEELINGS for p in kids(a) if p.dep_ in ("prep", "agent")
            and p.lower_ in ("by", "at", "over", "about", "with") for o in kids(p)
            if o.dep_ == "pobj"]
        judged = [g for g in judged if g.pos_ == "NOUN"] or _it_judged(tok, acts)
        # an act of the clause told with a wrong's manner ("said she was wrongfully
        # detained", "said the jets had illegally entered its airspace"): its doer
        manner = [t for t in ex._sentence_triggers if t.token.i != tok.i
                  and t.token.pos_ == "VERB" and t.pattern.cameo[:2] in _ROOTS_HOSTILE
                  and any(a.dep_ == "advmod" and a.lower_ in _WRONG_MANNERS
                          for a in kids(t.token))
                  and getattr(_reporting_verb(t.token), "i", None) == tok.i]
        if not judged and not manner or any(
                g.head.lemma_ == "concern" and g.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" for c in kids(g.head)) for g in judged):
            continue  # ("said the controls concerned national security": what they are about)
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        own = _own_of(sources)
        doers = [a for t in manner for a in ex._arguments(t, resolver, is_passive(t.token))[0]
                 if a.actor.country and a.actor.country not in own
                 and a.kind not in ("dyad", "media")]
        if doers:
            yield tok, trig.pattern.cameo, trig.pattern.id + "+manner_doer", sources, doers[:2]
            continue
        # (the acts told before the saying: "the move" is not the saying itself)
        # (not when the latest act the noun names was the speaker's own side's: "said the
        # decision was taken in protest at ...", its own recall, is no older decision of
        # another side judged)
        found = next((f for g in judged if not _own_latest_act(ex, g, resolver, own, tok.i)
                      and (f := ex._told_act_agents(g, resolver, own, until=tok.i))), [])
        rule = trig.pattern.id + "+told_act"
        if not found:
            # ("The regulation, which the bloc adopted ..., ... Both call it unfair": whoever
            # the antecedent's relative clause names as laying it down)
            found = _one_per_country([a for g in judged for c in kids(g) if c.dep_ == "relcl"
                                      for x in kids(c) if x.dep_ == "nsubj"
                                      for t in x.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ")
                                      for a in _named(t, resolver, own)])
        if not found and any(g.lemma_.lower() in charges and g.lower_ not in _BARE_CLAIMS
                             and _definite(g) for g in judged):
            # ("said they were gravely worried by the charges"): a concern at a charge
            # told before is aimed at the one it charged
            found, rule = _last_charged(resolver, own, sent), trig.pattern.id + "+charged"
        if not found and _state_side(sources) and any(
                g.lemma_.lower() in acts | _RULE_NOUNS or g.lower_ in acts | _RULE_NOUNS
                for g in judged):
            found, rule = ex._article_partner(trig, resolver, sources), trig.pattern.id + (
                "+article_partner")
            if not found and len(sources) > 1 and judged[0].dep_ != "dobj":
                # ("Both governments call it ...": the sides judge one act together)
                found = _dyad_other(tok, resolver, own) if not any(
                    t.pos_ == "PROPN" for t in sent) else []
        if found:
            yield tok, trig.pattern.cameo, rule, sources, found


#: nouns of rules a side lays down, judged as its acts are ("the law", "the regulation")
_RULE_NOUNS = frozenset({"law", "laws", "regulation", "regulations", "rule", "rules",
                         "directive", "decree", "bill", "legislation"})


def _it_judged(tok: Token, acts: frozenset[str]) -> list[Token]:
    """"Both governments call it discriminatory", "Ankara called it a provocation": the act or
    rule a naming verb's "it" stands for, the subject of the sentence before when that is a
    definite noun of an act or a rule ("The regulation ... will require ..."); else none."""
    obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
    sent = sent_of(tok)
    if obj is None or obj.lower_ != "it" or sent.start == 0 or not any(
            c.dep_ in ("oprd", "acomp", "attr") and c.i > obj.i for c in kids(tok)):
        return []
    before = sent_of(sent.doc[sent.start - 1])
    subj = next((c for c in kids(before.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not (
            subj.lemma_.lower() in acts | _RULE_NOUNS or subj.lower_ in acts | _RULE_NOUNS):
        return []
    return [subj] if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                         for c in kids(subj)) else []


def _own_latest_act(ex: EventExtractor, noun: Token, resolver: ActorResolver,
                    own: set[str | None], until: int) -> bool:
    """Whether the latest act the article told that ``noun`` names ("the decision", "the
    move") was done by the ``own`` side alone, or (a noun that names no bare "move") the
    ``own`` side did such an act at all (whose it is, is then open: "Bolivia broke off ties,
    and Chile recalled its envoy. A Bolivian minister said the decision was taken ...")."""
    latest = ex._told_act_agents(noun, resolver, set(), until=until)
    if latest and all(a.actor.country in own for a in latest):
        return True
    others = set(resolver.ctx.ranked) - own
    return bool(others) and bool(ex._told_act_agents(noun, resolver, others, until=until))


#: manners that make an act told in reported speech a wrong ("wrongfully detained")
_WRONG_MANNERS = frozenset({"wrongfully", "arbitrarily", "illegally", "unlawfully",
                            "recklessly", "provocatively", "brazenly", "unjustly"})
#: the feelings a side may say another's act stirred in it ("dismayed by", "appalled at")
_FEELINGS = frozenset({"dismayed", "appalled", "saddened", "shocked", "angered", "outraged",
                       "indignant", "incensed", "disappointed", "alarmed", "concerned",
                       "dissatisfied", "worried", "disturbed"})


def _quoted(clause: Token) -> bool:
    """Whether the clause ``clause`` heads is a quotation set before its speaker ("'The insults
    are unacceptable,' the minister wrote")."""
    first = clause.left_edge
    before = clause.doc[first.i - 1] if first.i > sent_of(first).start else None
    return first.is_quote or (before is not None and before.is_quote)


def _unaddressed_demands(ex: EventExtractor, sent: Span, resolver: ActorResolver
                         ) -> Iterator[Found]:
    """"Within hours, the foreign minister demanded a public apology", "demanded respect for
    its sovereignty": a demand told with nobody named is made of the other side of the
    relationship the article is about (as "expressed strong dissatisfaction" is)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "10" or tok.pos_ != "VERB" or tok.lemma_.lower() != (
                "demand"):
            continue
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        own = {a.actor.country for a in sources}
        if targets and trig.pattern.cameo == "1053" and not any(
                t.actor.country not in own for t in targets):
            # ("Beijing demanded her release", the captive one of its own: the demand is
            # made of the side that holds her, the one the article last told seizing one)
            if (held := _last_captor(resolver, own, sent)) and _state_side(sources):
                yield tok, trig.pattern.cameo, trig.pattern.id + "+holder", sources, held
            targets = []
            if held:
                continue
        if targets or not _state_side(sources):
            continue  # (not "protesters demanded the minister's resignation")
        # ("demanded an inquiry into the strike": the doer of the act to be looked into)
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        inner = prep_obj(obj, ("into",)) if obj is not None else None
        found = _named_or_doers(ex, tok, inner, sent, resolver, sources) if (
            inner is not None) else []
        rule = trig.pattern.id + "+inquiry_into"
        if not found:
            # ("Ottawa and Kyiv demanded an inquiry, and Kyiv asked Tehran to pay damages":
            # the one the same side asks in the same sentence)
            found = _same_side_targets(ex, resolver, own, _ASKING_ROOTS)
            rule = trig.pattern.id + "+sibling_ask"
        if not found:
            found, rule = ex._article_partner(trig, resolver, sources), trig.pattern.id + (
                "+article_partner")
        if found:
            yield tok, trig.pattern.cameo, rule, sources, found


def _last_captor(resolver: ActorResolver, own: set[str | None], sent: Span
                 ) -> list[ResolvedActor]:
    """The side the article last told (before ``sent``) arresting, detaining or holding one
    of the ``own`` side's people (a 17x event aimed at it by another state)."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or told.source is None or (
                told.target is None) or told.root != "17":
            continue
        if told.target.country in own and told.source.country and (
                told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


def _unaddressed_apologies(ex: EventExtractor, sent: Span, resolver: ActorResolver
                           ) -> Iterator[Found]:
    """"Tbilisi apologised for the shooting and promised to pay damages", "his aides said he
    would not apologise": an apology (055), or one refused (120), told with nobody named is owed
    to the side the apologiser's side last dealt with in the article (the one its missile hit,
    the one that demanded it)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:3] != "055" or tok.pos_ != "VERB" or (
                tok.lemma_.lower() not in _APOLOGY_WORDS):
            continue
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        if targets or not _state_side(sources):
            continue
        refused = refusal(tok) is not None or tok.dep_ == "xcomp" and (
            tok.head.lemma_.lower() in ("refuse", "decline"))
        if refused:
            speech = tok.head if tok.dep_ == "xcomp" else _reporting_verb(tok)
            code = "120"
        else:
            speech, code = tok, "055"
        if speech is None:
            continue
        own = {a.actor.country for a in sources}
        found = _last_counterpart(resolver, own, sent)
        if found:
            yield speech, code, trig.pattern.id + ("+refused" if refused else "") + (
                "+counterpart"), sources, found


def _unaimed_sources(ex: EventExtractor, trig: Trigger, resolver: ActorResolver
                     ) -> list[ResolvedActor]:
    """The sources of ``trig`` when its own slots name no target (else none): the speech
    acts whose other side the rules below look for elsewhere."""
    sources, targets = ex._arguments(trig, resolver, is_passive(trig.token))
    return [] if targets else sources


def _appended_denial(tok: Token, nouns: frozenset[str] | set[str],
                     verbs: frozenset[str] | set[str]) -> tuple[Token, Token] | None:
    """The charge noun and the denier's name of a denial appended to a charge in its
    surface form, "a claim Kampala rejects", "an accusation Kigali has denied" (a/an, the
    charge, one to three proper names, an optional auxiliary, the denying verb, then the end
    of the clause), when the parser did not read the verb as the verb of the name."""
    if tok.lower_ not in verbs or (tok.pos_ == "VERB" and (tok.dep_ == "ROOT" or (
            tok.dep_ == "relcl" and tok.head.lemma_.lower() in nouns))):
        return None
    j = tok.i - 1
    if j >= 0 and tok.doc[j].lower_ in ("has", "have", "had", "always", "strongly",
                                         "flatly", "firmly"):
        j -= 1
    names = []
    while j >= 0 and tok.doc[j].pos_ == "PROPN" and len(names) < 3:
        names.append(tok.doc[j])
        j -= 1
    if not names or j < 1 or tok.doc[j].lemma_.lower() not in nouns or (
            tok.doc[j - 1].lower_ not in ("a", "an")):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in ("and", "but"):
        return None
    return tok.doc[j], names[0]


def _charges_denied(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """A charge the one charged denies or rejects is its denial aimed at the accuser (016):
    "accused Kabul of sheltering the militants, a charge Kabul denies", "..., which Moscow
    denies", "a claim London dismissed as false", "the Guards said the tanker had ignored
    warnings, a version rejected by its owner", "Islamabad rejected the charge" (the accusation the
    article told last against it)."""
    ev = evaluation_words()
    nouns, verbs = ev["charge_nouns"], ev["denying_verbs"]
    for tok in sent:
        if tok.lemma_.lower() not in verbs and tok.lower_ not in verbs:
            continue
        charge: Token | None = None
        denier: Token | None = None
        surface = _appended_denial(tok, nouns, verbs)
        if surface is not None:
            # ("..., a claim Kampala rejects", whatever the parse made of it: the verb read
            # as a noun, the name as a compound)
            charge, denier = surface
        elif tok.pos_ == "VERB" and _negated(tok):
            continue
        elif tok.pos_ != "VERB":
            pass  # ("..., a charge Minsk rejects" with the denial tagged a noun: read below)
        elif tok.dep_ == "relcl" and (tok.head.lemma_.lower() in nouns or any(
                c.lower_ == "which" and c.dep_ in ("dobj", "nsubjpass") for c in kids(tok))):
            charge = tok.head
            if charge.lemma_.lower() not in nouns and charge.dep_ in ("dobj", "pobj") and (
                    charge.head.dep_ in ("relcl", "acl", "prep")) and (
                    charge.head.head.lemma_.lower() in nouns):
                # ("jailed on charges that cited spying, which her lawyers disputed": the
                # clause hung on the last noun of the charges' own clause)
                charge = charge.head.head
            denier = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        elif tok.dep_ == "relcl" and _which_object(tok):
            # ("blamed Minsk for the raids, which Minsk denied ordering": the parser
            # makes "which" a second subject when the denial takes a gerund)
            charge = tok.head
            denier = next((c for c in kids(tok) if c.dep_ == "nsubj"
                           and c.lower_ not in ("which", "that", "who")), None)
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in nouns:
            charge = tok.head  # ("a version rejected by its owner")
            denier = prep_obj(tok, ("by",), deps=("agent", "prep"))
        elif (shared := _shared_participle(tok, nouns)) is not None:
            charge = shared  # ("a charge echoed by Paris and denied by Hanoi")
            denier = prep_obj(tok, ("by",), deps=("agent", "prep"))
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in nouns and any(
                c.lower_ == "that" and c.dep_ in ("mark", "dobj") for c in kids(tok)):
            # ("charges that he and his paper rejected", parsed as a clause on the noun)
            charge = tok.head
            denier = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        elif tok.dep_ in ("ROOT", "conj"):
            charge = next((c for c in kids(tok) if c.dep_ == "dobj"
                           and c.lemma_.lower() in nouns), None) or _shifted_charge(tok, nouns)
            denier = ex._subject(tok) if charge is not None else None
            subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            if charge is None and subj is not None and subj.lemma_.lower() in nouns and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(subj)):
                # ("..., a charge Qatar has always rejected", parsed with the denier as the
                # charge's apposition)
                charge = subj
                denier = next((c for c in kids(subj) if c.dep_ == "appos"), None)
            elif charge is None and subj is not None and subj.pos_ == "PROPN":
                # ("..., a charge Kigali denies", parsed with the charge as a compound of
                # the denier's name)
                charge = next((c for c in kids(subj) if c.dep_ == "compound"
                               and c.lemma_.lower() in nouns and c.i < subj.i and any(
                                   d.dep_ == "det" and d.lower_ in ("a", "an")
                                   for d in kids(c))), None)
                denier = subj if charge is not None else None
        if charge is None or denier is None:
            # (the words themselves when the parse went astray: "..., charges that Minsk
            # denies" with "charges" taken for a verb, "the charge Minsk rejects")
            charge, denier = _charge_before(tok, nouns)
        if charge is None or denier is None or denier.lower_ in ("who", "that", "which") or (
                charge.lemma_.lower() in nouns and any(
                    c.dep_ == "amod" and c.lemma_.lower() in ev["claimed_lands"]
                    or c.dep_ == "prep" and c.lower_ in ("to", "over", "in", "on")
                    for c in kids(charge))):
            continue  # ("rejected China's sweeping claims in the sea": claims to land)
        # (each of a coordinated denier: "that he, his newspaper and Washington rejected")
        deniers = [a for d in (denier, *denier.conjuncts) for a in resolver.resolve(d)
                   if a.actor.country and a.kind not in ("implicit", "dyad", "media")]
        if not deniers and any(c.lower_ == "both" and c.dep_ in ("det", "predet")
                               for c in kids(denier)):
            # ("accuse Pyongyang of shipping shells to Moscow, a charge both governments
            # have denied": the two sides of the act charged)
            deniers = _charged_pair(ex, resolver, tok)
        own = _own_of(deniers)
        accusers = _accusers_of(ex, resolver, sent, tok, charge, own) if deniers else []
        if accusers:
            # (a denial verb the parser read as a noun has no tense of its own: the
            # sentence's main verb dates it)
            yield (tok if surface is None or tok.pos_ == "VERB" else sent.root), "016", (
                "statement.charge_denied"), deniers, accusers
        act = _charged_act(charge) if accusers and _claim_charged(charge) is None else None
        jailed = [a for t in ex._sentence_triggers if act is not None
                  and t.token.i in (act.i, act.head.i) and t.pattern.cameo[:2] == "17"
                  for a in ex._arguments(t, resolver, is_passive(t.token))[1]
                  if a.actor.country and a.actor.country not in
                  {g.actor.country for g in accusers}][:1]
        if act is not None and jailed:
            # ("jailed a tourist on spying charges, which Paris denies": the charges are the
            # jailer's accusation of the one jailed, besides the denial)
            yield act, "112", "disapprove.charge_jailed", accusers, jailed
        claim = _claim_charged(charge) if accusers else None
        if claim is not None:
            # ("X said the rebels were armed by Y, a charge Y rejected": the claim the
            # charge names is X's accusation of Y, besides Y's denial)
            yield claim, "112", "disapprove.charge_claimed", accusers, deniers


#: words that may stand between a denier and its denial ("a charge Kigali has long denied")
_DENIAL_FILLERS = frozenset({"has", "have", "had", "always", "long", "also", "repeatedly",
                             "flatly", "firmly", "strongly", "consistently", "vehemently",
                             "categorically", "previously", "since", "again", "both",
                             "vigorously", "angrily", "swiftly", "quickly"})


#: state bodies that deny a charge told before them by their country's name or adjective
DENYING_BODIES = frozenset({"government", "authorities", "ministry", "junta", "army",
                            "military", "administration", "leadership"})


def _state_body_denier(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a state body named by its country ("the Rwandan government",
    "the Chinese authorities"), the denier of ", a charge the Rwandan government rejects"
    (roots28)."""
    return doc[i].lemma_.lower() in DENYING_BODIES and i > 0 and (
        doc[i - 1].pos_ in ("ADJ", "PROPN") and doc[i - 1].text[:1].isupper())


def _charge_before(denial: Token, nouns: AbstractSet[str]
                   ) -> tuple[Token | None, Token | None]:
    """The charge noun and the denier a denial set after a comma tells by its words alone:
    ", a charge Kigali denies", ", charges that Moscow has rejected", ", the accusation
    Beijing dismisses" (article optional, "that" or "which" optional, the charge singular or
    plural, the denier a name); (None, None) otherwise."""
    doc = denial.doc
    i = denial.i - 1
    while i >= 0 and doc[i].lower_ in _DENIAL_FILLERS:
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN" and not _state_body_denier(doc, i):
        return None, None
    denier = doc[i]
    if doc[i].pos_ != "PROPN":
        # ("a charge the Rwandan government rejects": a state body told by its country)
        i -= 1
        while i >= 0 and doc[i].pos_ in ("ADJ", "PROPN"):
            i -= 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
    while i >= 0 and doc[i].pos_ == "PROPN":
        i -= 1
    if i >= 0 and doc[i].lower_ == "the" and i - 1 >= 0:
        # ("a charge the Kremlin denies": the article is the denier's, right after the
        # charge noun as after "that")
        i -= 1
    if i >= 0 and doc[i].lower_ in ("that", "which"):
        i -= 1
    if i < 0 or (doc[i].lower_ not in nouns and doc[i].lemma_.lower() not in nouns):
        return None, None
    charge = doc[i]
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1  # ("a baseless charge")
    if i >= 0 and doc[i].lower_ in ("a", "an", "the"):
        i -= 1
    if i < 0 or doc[i].lower_ not in (",", ";", "--", "\u2014"):
        return None, None
    return charge, denier


def _charged_pair(ex: EventExtractor, resolver: ActorResolver, denial: Token
                  ) -> list[ResolvedActor]:
    """The two sides of the act a charge told before ``denial`` in its sentence lays on one of
    them ("accused Tehran of selling drones to Moscow": Iran and Russia), else none: the
    one charged, and the other side the act told in the charge's own phrase names."""
    for t in ex._sentence_triggers:
        if t.pattern.cameo[:2] != "11" or t.token.i >= denial.i or t.token.pos_ != "VERB":
            continue
        src, charged = ex._arguments(t, resolver, is_passive(t.token))
        accusers = {a.actor.country for a in src}
        inner = {x.i for x in t.token.subtree} - {denial.i}
        pair = [a for a in charged if a.actor.country and a.actor.country not in accusers]
        for u in ex._sentence_triggers:
            if u is t or u.token.i not in inner or u.token.i > denial.i or (
                    u.pattern.cameo[:2] in ("01", "11", "12")):
                continue
            usrc, utgt = ex._arguments(u, resolver, is_passive(u.token))
            pair += [a for a in (*usrc, *utgt) if a.actor.country
                     and a.actor.country not in accusers and a.kind not in ("dyad", "media")]
        pair = _one_per_country(pair)
        if len(pair) == 2:
            return pair
    return []


def _which_object(denial: Token) -> bool:
    """Whether a relative denial's "which", parsed as its subject, is its object: a named
    subject of its own follows it and the denial takes a gerund ("which Moscow denied
    ordering", "which Minsk denies carrying out")."""
    subjects = [c for c in kids(denial) if c.dep_ == "nsubj"]
    return len(subjects) == 2 and subjects[0].lower_ == "which" and (
        subjects[1].pos_ in ("PROPN", "NOUN")) and any(
        c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i > denial.i for c in kids(denial))


def _shared_participle(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The charge noun a participle coordinated after another one on it is told of ("a charge
    backed by the panel and rejected by Kigali": "rejected" hangs on "backed"), else None."""
    first = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or first.dep_ != "acl" or first.tag_ != "VBN":
        return None
    return first.head if first.head.lemma_.lower() in nouns else None


#: participles by which a side makes another's charge its own ("a charge backed by the panel")
_BACKING = frozenset({"back", "backed", "support", "supported", "endorse", "endorsed", "echo",
                      "echoed", "corroborate", "corroborated", "share", "shared"})


def _charges_backed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"accused Rwanda of arming the rebels, a charge backed by UN experts", "an allegation
    echoed by Washington": a side that backs another's charge against a third makes the same
    accusation (112) of the one charged, the target of the charge told before it in the
    sentence. A backing negated ("a charge not backed by ...") or by the one charged is none."""
    nouns = evaluation_words()["charge_nouns"]
    for tok in sent:
        if tok.lower_ not in _BACKING or tok.tag_ != "VBN" or _negated(tok):
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in nouns:
            charge = tok.head  # (also "a charge that was backed by Tokyo")
        elif (shared := _shared_participle(tok, nouns)) is not None:
            charge = shared
        else:
            continue
        by = prep_obj(tok, ("by",), deps=("agent", "prep"))
        if by is None:
            continue
        backers = [a for t in (by, *by.conjuncts) for a in resolver.resolve(t)
                   if a.actor.country and a.kind not in ("implicit", "dyad", "media")]
        own = {a.actor.country for a in backers}
        charged: list[ResolvedActor] = []
        for t in ex._sentence_triggers:
            if t.pattern.cameo[:3] == "112" and t.token.i < charge.i:
                _src, tgt = ex._arguments(t, resolver, is_passive(t.token))
                charged += [a for a in tgt if a.actor.country and a.actor.country not in own
                            and a.kind not in ("implicit", "dyad", "media")]
        if backers and charged:
            yield tok, "112", "disapprove.charge_backed", backers, _one_per_country(charged)


_DEFENDING = frozenset({"defend", "justify"})


def _acts_defended(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Addis Ababa defended the deal, saying ...", "Tokyo justified its new curbs": a side
    that defends an act or pact of its own answers the side that disapproved of it (11x)
    earlier in the sentence or, failing that, last in the article: a denial (016) aimed at
    that side. Defending another side's act ("defended Kyiv's decision") is no denial, nor is
    a defence negated or with no critic told."""
    from detente.nlp.implied import _state_voices

    acts = evaluation_words()["judged_acts"] | _CONDEMNED_DEEDS
    for tok in sent:
        if tok.lemma_.lower() not in _DEFENDING or tok.pos_ != "VERB" or _negated(tok):
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in acts:
            continue
        voices = _state_voices(ex._subject(tok), resolver) if ex._subject(tok) else []
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        owner = next((c for c in kids(obj) if c.dep_ == "poss"), None)
        if owner is not None and _named(owner, resolver, own):
            continue  # (another side's act: "defended Kyiv's decision")
        critics: list[ResolvedActor] = []
        for t in ex._sentence_triggers:
            if t.pattern.cameo[:2] == "11" and t.token.i < tok.i:
                src, tgt = ex._arguments(t, resolver, is_passive(t.token))
                if {g.actor.country for g in tgt} & own:
                    critics += [a for a in src if a.actor.country and a.actor.country not in own]
        critics = critics or _last_accuser(resolver, own, sent)
        if critics:
            yield tok, "016", "statement.act_defended", voices, _one_per_country(critics)


def _shifted_charge(denial: Token, nouns: frozenset[str]) -> Token | None:
    """The charge a denial verb takes after its "as" phrase ("rejected as absurd an allegation
    by Ottawa that ...", "dismissed as baseless the charges that ..."): the parser hangs the
    shifted object on "as", so it shows as a noun of ``nouns`` under "as" whose determiner
    comes after a modifier of its own (the judgement); None when the verb has an object of
    its own ("rejected the report as an allegation": the "as" phrase then names it)."""
    if any(c.dep_ == "dobj" for c in kids(denial)):
        return None
    for p in kids(denial):
        if p.dep_ == "prep" and p.lower_ == "as":
            for o in kids(p):
                det = next((c for c in kids(o) if c.dep_ == "det"), None)
                if o.dep_ == "pobj" and o.lemma_.lower() in nouns and det is not None and any(
                        c.dep_ == "amod" and c.i < det.i for c in kids(o)):
                    return o
        elif p.dep_ in ("advcl", "oprd", "acomp") and p.pos_ == "ADJ" and any(
                c.lower_ == "as" and c.i < p.i for c in kids(p)):
            # (or on the judgement: "dismissed [as baseless] the accusations by Kyiv")
            found = next((o for o in kids(p) if o.dep_ == "dobj" and o.i > p.i
                          and o.lemma_.lower() in nouns), None)
            if found is not None:
                return found
    return None


def _accusers_of(ex: EventExtractor, resolver: ActorResolver, sent: Span, denial: Token,
                 charge: Token, own: AbstractSet[str | None]) -> list[ResolvedActor]:
    """Who made the charge ``denial`` answers: the owner the charge names ("rejected India's
    charge", "an allegation by Ottawa"), a side of the sentence that accuses or blames the
    ``own`` side, the speaker of the claim the charge is set beside ("said ..., a version
    rejected by ..."), or, for "the charge" on its own, the side that last charged the
    ``own`` side in the article."""
    owner = next((c for c in kids(charge) if c.dep_ == "poss"), None)
    if owner is not None and charge.lemma_.lower() in evaluation_words()["charge_nouns"]:
        return _named(owner, resolver, own)
    by = prep_obj(charge, ("by",))
    if by is not None and charge.lemma_.lower() not in _BARE_CLAIMS and (
            charge.lemma_.lower() in evaluation_words()["charge_nouns"]):
        # ("rejected an allegation by Ottawa that ...": who made it; a bare "claim" by
        # someone may be a claim of fact or to land, rejected, not denied)
        found = [a for t in (by, *by.conjuncts) for a in _named(t, resolver, own)]
        if found:
            return found
    found: list[ResolvedActor] = []
    for t in ex._sentence_triggers:
        if t.pattern.cameo[:2] == "11" and t.token.i < denial.i:
            src, tgt = ex._arguments(t, resolver, is_passive(t.token))
            if {g.actor.country for g in tgt} & own:
                found += [a for a in src if a.actor.country and a.actor.country not in own]
    if found:
        return found
    if charge.head.lemma_.lower() in SPEAKING_VERBS and charge.dep_ not in ("nsubj", "dobj"):
        # ("the Guards said the ship had ignored warnings, a version rejected by ...")
        return [a for a in _speaker_of(ex, charge.head, resolver) if a.actor.country not in own]
    if (claim := _claim_charged(charge)) is not None:
        # ("Gitega said the rebels were armed by Kigali, a charge Kigali rejected")
        return [a for a in _speaker_of(ex, claim, resolver) if a.actor.country not in own]
    if (act := _charged_act(charge)) is not None:
        # ("was jailed on spying charges that he denies": who jailed him charged him; "was
        # arrested ... and sentenced ... on charges": the arrest's doer when the sentence
        # names none)
        acts = (act.i, act.head.i) if act.dep_ == "conj" else (act.i,)
        for t in sorted(ex._sentence_triggers, key=lambda t: t.token.i != act.i):
            if t.token.i in acts and t.pattern.cameo[:2] in ("17", "11", "16"):
                src, _tgt = ex._arguments(t, resolver, is_passive(t.token))
                found = [a for a in src if a.actor.country and a.actor.country not in own]
                if found:
                    return found
        # ("she got ten years on charges that cited spying, which her relatives and Paris
        # dismissed": the holder the sentence's own captivity event
        # found, when the act's slots name none)
        found = [ResolvedActor(ev.source, "coref") for ev in resolver.ctx.events[-8:]
                 if ev.evidence is not None and ev.evidence.start == sent.start_char
                 and ev.root == "17" and ev.source is not None and ev.target is not None
                 and ev.source.country and ev.source.country not in own
                 and ev.target.country in own and ev.status.group != "negated"]
        if found:
            return found[:1]
    for t in ex._sentence_triggers:
        if t.token.i == denial.i and t.pattern.cameo[:2] in ("01", "11", "12") and (
                charge.lemma_.lower() != "claim"):
            # ("dismissed the finding as groundless": the side the rejection's own slots
            # found the finding to be of; a bare "claim" rejected charges no one: it may be
            # a claim to land or of fact, so only a charge told before makes it one)
            _src, tgt = ex._arguments(t, resolver, is_passive(t.token))
            # (the article's other side only for a charge told before: "the finding")
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that")
                           for c in kids(charge))
            found = [a for a in tgt if a.actor.country and a.actor.country not in own
                     and a.kind not in ("dyad", "media")
                     and (a.kind != "implicit" or definite)]
            if found:
                return found
    if denial.dep_ in ("ROOT", "conj") and any(c.dep_ == "det" and c.lower_ in (
            "the", "this", "these", "that", "those", "such") for c in kids(charge)):
        for roots in (_CHARGE_ROOTS, _CHARGING_MEASURE_ROOTS):
            # (a charge told, else a measure that carries one: "Prague expelled 18 Russian
            # staff as spies. Moscow rejected the accusations as absurd.")
            charged_by: list[tuple[ResolvedActor, int]] = []
            told_charges = [
                told for told in reversed(resolver.ctx.events[-20:])
                if told.root in roots and told.evidence.start < sent.start_char and (
                    told.target is not None and told.source is not None) and (
                    told.target.country in own) and told.source.country and (
                    told.source.country not in own) and told.status.group != "negated"]
            main = set(resolver.ctx.main_dyad or ())
            if main & own:
                # (the charge of the article's other side, when it was told: "Latvia
                # blamed Minsk ...; Poland also held Minsk responsible. Minsk dismissed
                # the accusation" answers Latvia)
                first = next((t for t in told_charges if t.source is not None
                              and t.source.country in main), None)
                if first is not None:
                    told_charges = [t for t in told_charges
                                    if t.evidence.start <= first.evidence.start]
            for told in told_charges:
                if charged_by and told.evidence.start != charged_by[0][1]:
                    break
                if told.source is not None:
                    # (each side the one sentence told making the charge: "Kinshasa and
                    # Washington accuse Kigali of ...; Rwanda denies the charge")
                    if told.source.country not in {a.actor.country for a, _s in charged_by}:
                        charged_by.append((ResolvedActor(told.source, "coref"),
                                           told.evidence.start))
            if charged_by:
                return [a for a, _s in charged_by]
        # (target26: no charge coded, but the sentence before told another side saying it of
        # the denier: "Washington said Minsk had sold tanks to the junta. Minsk rejected the
        # report")
        return _claimant_before(ex, sent, denial, resolver, own) if sent.start > 0 else []
    return []


#: roots of a charge the article told (disapproval, accusation)
_CHARGE_ROOTS = frozenset({"11"})
#: roots of measures taken against a side on a charge (diplomats expelled as spies, people
#: held on spying charges, sanctions): what "the accusations" it rejects may be when the
#: article told no charge in words
_CHARGING_MEASURE_ROOTS = frozenset({"16", "17"})


def _charged_act(charge: Token) -> Token | None:
    """The act a charge noun is the ground of ("arrested him on spying charges", "jailed on
    charges of espionage"): the head of its "on", "over" or "for" phrase, else None."""
    cur = charge
    for _ in range(3):
        if cur.dep_ not in ("pobj", "pcomp", "dobj") or cur.head.i == cur.i:
            return None
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in ("on", "over", "for"):
            act = cur.head.head
            # (the phrase hung on the sentence's term: "sentenced him to 16 years in prison
            # on espionage charges")
            for _ in range(4):
                if act.pos_ in ("VERB", "AUX") or act.head.i == act.i or act.dep_ not in (
                        "pobj", "prep", "dobj", "npadvmod"):
                    break
                act = act.head
            return act
        cur = cur.head
    return None


def _claim_charged(charge: Token) -> Token | None:
    """The verb of saying whose reported clause a charge noun set in apposition inside it
    names ("said the rebels were supplied by Rwanda, a charge that ..."), else None."""
    if charge.dep_ != "appos":
        return None
    cur = charge.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in SPEAKING_VERBS:
            return cur if cur.i < charge.i else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _state_side(sources: list[ResolvedActor]) -> bool:
    """Whether ``sources`` speak for a state (a body of it, or its name or capital): the side
    whose words and demands are aimed at the other state of the article's relationship, where
    a party, a firm or protesters may be answering their own government."""
    return bool(sources) and all(
        a.actor.sector in STATE_SECTORS or a.actor.sector is None and a.kind in (
            "country", "metonym", "coref") for a in sources)


def _last_counterpart(resolver: ActorResolver, own: set[str | None], sent: Span
                      ) -> list[ResolvedActor]:
    """The other side of the latest event the article told before ``sent`` between the
    ``own`` side and one other state."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or told.source is None or told.target is None:
            continue
        ends = (told.source, told.target)
        countries = {e.country for e in ends}
        if len(countries) == 2 and countries & own and None not in countries:
            other = next(e for e in ends if e.country not in own)
            return [ResolvedActor(other, "coref")]
    return []


def _wanted_of(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Saudi officials say they want Tehran to use its influence": what a side wants another
    to do is an appeal to it (020); not a wish for its fortune ("want China to succeed")."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    for tok in sent:
        if tok.lemma_.lower() not in ("want", "wish") or tok.pos_ != "VERB" or _negated(tok):
            continue
        act = next((c for c in kids(tok) if c.dep_ in ("ccomp", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
        if act is None or act.lemma_.lower() in ev["wished_fortunes"]:
            continue
        doer = next((c for c in kids(act) if c.dep_ == "nsubj"), None) or next(
            (c for c in kids(tok) if c.dep_ == "dobj"), None)
        wanter = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if doer is None or wanter is None:
            continue
        speech = _reporting_verb(tok)
        wanters = _state_voices(wanter, resolver)
        if not wanters and wanter.pos_ == "PRON" and speech is not None:
            wanters = _speaker_of(ex, speech, resolver)  # "officials say they want ..."
        own = {a.actor.country for a in wanters}
        found = _named(doer, resolver, own) if doer.pos_ == "PROPN" else []
        if wanters and found:
            yield speech or tok, "020", "appeal.want_to", wanters, found


def _naming_judgements(ex: EventExtractor, sent: Span, resolver: ActorResolver
                       ) -> Iterator[Found]:
    """"Baku branded the boarding an act of banditry", "termed the test a shameful act",
    "described the build-up as preparation for an invasion", "calls the bloc a tool of
    Moscow's domination": a naming verb whose predicate noun phrase tells a wrong judges
    the one named (111), or charges it (112, a crime among :data:`crime_names`): the doer
    the wrong is told of ("Caracas's domination", "American aggression"), else the one named
    or the doer of the act the named noun refers back to, else (an act or words of a side
    the article told of no doer for) the other side of the article's relationship. A naming
    verb that is a trigger of its own is left to it (the evaluative speech of nlp.events
    already judges "called Xi a dictator"), unless its slots found no one."""

    ev = evaluation_words()
    wrongs = ev["wrong_names"] | ev["negative"]
    # (a naming verb that is a trigger of its own judges through it, unless its slots found
    # no one: "..., which China described as a provocation"; asked only of a judging naming)
    fired = {t.token.i: t for t in ex._sentence_triggers}
    for tok in sent:
        if tok.lemma_.lower() not in ev["naming_verbs"] or tok.pos_ != "VERB" or _negated(tok):
            continue
        named = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        pred = next((c for c in kids(tok) if c.dep_ in ("oprd", "attr")
                     and c.pos_ == "NOUN" and c.i > tok.i), None) or next(
            (p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as"
             for p in kids(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"), None) or next(
            # ("branded the seizure an act of ...", parsed as two objects)
            (c for c in kids(tok) if c.dep_ == "dobj" and c.pos_ == "NOUN"
             and named is not None and c.i > named.i), None)
        owner = None
        if (pred is None or pred.dep_ == "oprd") and (named is None or named.pos_ == "PROPN"
                                                     and any(o.dep_ == "case"
                                                             for o in kids(named))):
            # ("called Quito's move a surrender to ...", parsed as the act owned a complement
            # whose object is the name given, the owner the verb's object or the act's)
            owned = next((c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp", "oprd")
                          and c.pos_ == "NOUN" and c.i > tok.i), None)
            given_name = next((c for c in kids(owned) if c.dep_ == "dobj"
                               and c.pos_ == "NOUN"), None) if owned is not None else None
            if given_name is not None:
                owner, named, pred = named, owned, given_name
        if pred is None and named is not None and named.pos_ == "NOUN" and (
                named.lemma_.lower() in wrongs or named.lower_ in wrongs):
            # ("called the Ivorian soldiers mercenaries", parsed as one noun phrase whose
            # head is the name given)
            pred = named
            named = next((c for c in kids(pred) if c.dep_ == "compound"
                          and c.pos_ in ("NOUN", "PROPN") and c.i < pred.i), None)
        if named is None or pred is None:
            continue
        relative = named.lower_ in ("which", "that")
        if relative and tok.dep_ == "relcl":
            named = tok.head  # ("drills by ..., which Pyongyang described as ...")
            # ("signed a pact with X on 1 May, which Y described as ...": the clause the
            # parser hung on the date is about the pact)
            named = date_antecedent(named) or named
        elif named.lower_ == "which" and tok.dep_ in ("advcl", "ccomp", "conj"):
            # the relative clause hung on the verb of the sentence ("followed drills by ...
            # last month, which Minsk described as ..."): what the verb names before it
            named = _relative_antecedent(tok.head, named)
            if named is None:
                continue
        # the predicate, its modifiers and what it is "of" or "on" ("an act of piracy", "an
        # unprecedented attack on its institutions")
        phrase = [pred, *(c for c in kids(pred) if c.dep_ in ("amod", "compound"))]
        phrase += [g for p in kids(pred) if p.dep_ == "prep" and p.lower_ in (
            "of", "on", "against", "for") for o in kids(p) if o.dep_ == "pobj"
            for g in (o, *(c for c in kids(o) if c.dep_ in ("amod", "compound")))]
        # what the named act is given up "to" ("a surrender to terrorism", "a gift to the
        # junta"): a wrong it serves, whose owner is no doer of the act named
        given = [o for p in kids(pred) if p.dep_ == "prep" and p.lower_ == "to"
                 for q in (p, *p.conjuncts) for x in kids(q) if x.dep_ == "pobj"
                 for o in (x, *x.conjuncts)]
        wrong = [t for t in [*phrase, *given] if (
            t.lemma_.lower() in wrongs or t.lower_ in wrongs) and (
            t.lower_ != "war" or pred.lemma_.lower() == "act")]  # (only "an act of war")
        if not wrong or tok.i in fired and fired[tok.i].pattern.cameo[:2] != "04" and _aimed(
                ex, fired[tok.i], resolver):
            continue  # (a naming verb read as a phone call is no judgement of its own)
        voices = _own_voices(ex, tok, resolver)
        if not voices:
            continue
        own = _own_of(voices)
        targets = [a for t in wrong if t not in given for c in kids(t)
                   if c.dep_ in ("poss", "amod", "compound") for a in _named(c, resolver, own)]
        if targets and not relative and named.pos_ in ("PROPN", "NOUN"):
            # ("calls the organisation an instrument of Washington's domination": the one
            # named is judged too, besides the owner of the wrong)
            targets += [a for a in _named(named, resolver, own)
                        if a.actor.country not in {t.actor.country for t in targets}]
        if not targets and relative:
            targets = _antecedent_doers(named, resolver, own)
        if not targets and owner is not None:
            targets = _named(owner, resolver, own)
        if not targets:
            targets = _named_or_doers(ex, tok, named, sent, resolver, voices)
        if targets:
            words = {w for t in phrase for w in (t.lemma_.lower(), t.lower_)}
            code = "112" if words & ev["crime_names"] else "111"
            yield tok, code, "disapprove.naming_judgement", voices, targets


def _aimed(ex: EventExtractor, trig: Trigger, resolver: ActorResolver) -> bool:
    """Whether ``trig`` is aimed at someone: its slots name a target."""
    return bool(ex._arguments(trig, resolver, is_passive(trig.token))[1])


def _relative_antecedent(verb: Token, which: Token) -> Token | None:
    """The noun a "which" the parser hung on ``verb`` stands for: the object of ``verb`` (or of
    one of its prepositions other than an agent's "by") closest before ", which"."""
    if which.i < 1 or which.doc[which.i - 1].lower_ != ",":
        return None
    found = [c for c in kids(verb) if c.dep_ in ("dobj", "attr") and c.i < which.i]
    found += [o for p in kids(verb) if p.dep_ == "prep" and p.lower_ != "by" and (
        p.i < which.i) for o in kids(p) if o.dep_ == "pobj"]
    found = [t for t in found if t.pos_ in ("NOUN", "PROPN")]
    return max(found, key=lambda t: t.i) if found else None


def _compared_wrongs(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"told the rally that Lima was acting like a rogue state", "said Caracas behaves like an
    outlaw": a side said to act like a wrongdoer is judged by the speaker, a charge (112) when
    the likeness is a crime among :data:`crime_names`, else a criticism (111)."""
    ev = evaluation_words()
    wrongs = ev["wrong_names"] | ev["negative"]
    for tok in sent:
        if tok.lemma_.lower() not in _LIKENING_VERBS or tok.pos_ != "VERB" or _negated(tok):
            continue
        like = next((o for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "like"
                     for o in kids(c) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        doer = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if like is None or doer is None:
            continue
        phrase = [like, *(c for c in kids(like) if c.dep_ in ("amod", "compound"))]
        words = {w for t in phrase for w in (t.lemma_.lower(), t.lower_)}
        if not words & wrongs:
            continue
        speech = _reporting_verb(tok)
        voices = _speaker_of(ex, speech, resolver) if speech is not None else []
        if not voices:
            continue
        own = _own_of(voices)
        targets = _named(doer, resolver, own)
        if targets:
            code = "112" if words & ev["crime_names"] else "111"
            yield speech, code, "disapprove.likened_to_wrongdoer", voices, targets


def _antecedent_doers(named: Token, resolver: ActorResolver, own: set[str | None]
                      ) -> list[ResolvedActor]:
    """Who did the act a relative clause's antecedent ``named`` names, told beside it: its
    "by" phrase (on the noun, or on the verb the parser hung it on: "followed drills by Thai
    and Lao troops, which ..."), else the subject of the verb it is the object of ("Lima and
    Quito held drills, which ...")."""
    verb = named.head if named.dep_ == "dobj" else None
    bys = [p for p in kids(named) if p.dep_ == "prep" and p.lower_ == "by"]
    if not bys and verb is not None:
        bys = [p for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "by" and (
            p.i > named.i)]
    toks = [t for p in bys for o in kids(p) if o.dep_ == "pobj" for t in o.subtree]
    if not toks and verb is not None and verb.pos_ == "VERB":
        toks = [t for c in kids(verb) if c.dep_ == "nsubj" for t in c.subtree]
        # (and the partner of a two-sided act: "Seoul signed a pact with Tokyo, which ...")
        toks += [t for h in (verb, named) for p in kids(h) if p.dep_ == "prep"
                 and p.lower_ == "with" for o in kids(p) if o.dep_ == "pobj"
                 for t in o.subtree]
    found: dict[str, ResolvedActor] = {}
    for t in toks:
        if t.pos_ in ("PROPN", "ADJ", "NOUN"):
            for a in _named(t, resolver, own):
                found.setdefault(a.actor.code, a)
    return list(found.values())


def _named_or_doers(ex: EventExtractor, tok: Token, named: Token, sent: Span,
                    resolver: ActorResolver, voices: list[ResolvedActor]
                    ) -> list[ResolvedActor]:
    """Whom a noun phrase a judgement at ``tok`` is about stands for: the side it names or
    its owner ("Seoul's decision", "the Russian strike"), else the doer of the act it refers
    back to (told before ``tok``), else, for an act or words of a side the article told of no
    doer for, the other side of the article's relationship."""
    own = {a.actor.country for a in voices}
    if named.pos_ == "PRON":
        # ("the junta called them mercenaries": those the article just told of; not "it",
        # which may stand for a deed as well as a side)
        return [a for a in _named(named, resolver, own) if a.kind == "coref"] if (
            named.lower_ in ("them", "him", "her")) else []
    # ("called the war in X senseless": where a war goes on is not whom it is judged of)
    found = not_harmed(_named(named, resolver, own), named)
    if not found and named.tag_ == "VBG" and named.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            _definite(named)):
        # ("called the shelling an act of aggression": a gerund the tagger took for a verb)
        return _told_deed_doers(named, sent, resolver, own)
    if found or named.pos_ != "NOUN":
        return found
    found = [a for c in kids(named) if c.dep_ in ("poss", "amod", "compound", "nmod")
             for a in _named(c, resolver, own)]
    if found:
        return found
    found = ex._told_act_agents(named, resolver, own, until=tok.i)
    if found and (named.lemma_.lower() in (pacts := evaluation_words()["pact_words"]) or (
            named.lower_ in pacts)):
        # ("called that deal illegal": both sides of the pact told last, not only its signer
        # the parse found first)
        pair = _last_pact(resolver, own, sent)
        if {a.actor.country for a in found} <= {a.actor.country for a in pair}:
            found = pair
    acts = evaluation_words()["judged_acts"]
    if not found and _state_side(voices) and (named.lemma_.lower() in acts or (
            named.lower_ in acts)) and any(c.dep_ == "det" and c.lower_ in (
            "the", "this", "that", "these", "those") for c in kids(named)):
        pattern = Pattern(id="disapprove.naming_judgement", head=tok.lemma_.lower(),
                          pos="VERB", cameo="111", target=())
        found = ex._article_partner(Trigger(tok, pattern, None), resolver, voices)
        if found and (spans := harmed_ranges(named)):
            harmed = harmed_sides(spans, resolver, sent)
            found = [a for a in found if a.actor.country not in harmed]
    return found


def _blame_links(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Algerian officials tied the crisis to Rabat's choice to host the exile", "attributed
    the tension to Lima's refusal": a harm put down to a side or its act blames the side
    (112)."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    harms = ev["harm_words"] | ev["negative"]
    for tok in sent:
        if tok.lemma_.lower() not in ev["blame_link_verbs"] or tok.pos_ != "VERB" or (
                _negated(tok)) or is_passive(tok):
            continue
        harm = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        # (the parser may hang "to ..." on the harm: "linked the tension to ...")
        cause = prep_obj(tok, ("to",)) or (prep_obj(harm, ("to",)) if harm is not None
                                           else None)
        if harm is None or cause is None or not (
                {harm.lemma_.lower(), harm.lower_} & harms):
            continue
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if subj is None and tok.dep_ == "conj":
            subj = ex._subject(tok)
        voices = _state_voices(subj, resolver) if subj is not None else []
        if not voices:
            continue
        targets = _named_or_doers(ex, tok, cause, sent, resolver, voices)
        if targets:
            yield tok, "112", "disapprove.blame_link", voices, targets


def _denied_wrongs(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Vilnius ... denies that it pushed migrants into Belarus", "Minsk denied that its
    troops had crossed into Lithuania": a side denying a wrong of its own rebuts the side the
    article last told charging it: a charge denied, 016 (examples/README.md "Charges
    denied")."""
    from detente.nlp.implied import _state_voices

    for tok in sent:
        if tok.lemma_.lower() != "deny" or tok.pos_ != "VERB" or _denial_void(tok):
            continue  # (nor "did not confirm or deny that ...", "neither confirmed nor ...")
        clause = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
        # ("has denied selling arms to Moscow": a gerund, the denier's own deed)
        gerund = next((c for c in kids(tok) if c.dep_ in ("xcomp", "dobj", "ccomp")
                       and c.tag_ == "VBG" and c.i > tok.i and not any(
                           g.dep_ in ("nsubj", "nsubjpass", "poss") for g in kids(c))),
                      None) if clause is None else None
        if clause is None and gerund is None:
            # ("has always denied supplying weapons to the RSF", the gerund parsed as a
            # modifier of its object)
            gerund = next((a for c in kids(tok) if c.dep_ == "dobj" and c.i > tok.i
                           for a in kids(c) if a.dep_ == "amod" and a.tag_ == "VBG"
                           and a.i == c.left_edge.i), None)
        clause = clause or gerund
        subj = _own_subject(ex, tok)
        if clause is None or subj is None:
            continue
        deniers = _state_voices(subj, resolver) or (
            # (a country's name the tagger took for an organisation: "the UAE ... denied")
            _voice_of(ex, tok, resolver) if subj.pos_ == "PROPN" else []) or (
            # ("Kabul says drought left too little, and denies that it ...": the denial
            # parsed as a conjunct inside the reported clause is the speaker's)
            _speaker_of(ex, outer, resolver) if tok.dep_ == "conj" and (
                outer := _reporting_verb(tok)) is not None else [])
        doer = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not deniers or doer is None and gerund is None:
            continue
        own = _own_of(deniers)
        owner = next((c for c in kids(doer) if c.dep_ == "poss"), None) if (
            doer is not None) else None
        # (target26: "denied that the destroyer had aimed ...", the destroyer named before
        # as its own)
        thing = doer is not None and _own_thing(doer, resolver, own)
        if doer is not None and not (doer.lower_ in ("it", "they", "we") or owner is not None
                                     and owner.lower_ in ("its", "their", "our") or any(
                a.actor.country in own for a in resolver.resolve(doer)) or thing):
            continue  # ("denied that a missile had hit the plane": no wrong of its own)
        # (the accuser is the one the denied wrong was done to, named in the clause: "into
        # Belarus"; or the one whose charge the article told of the same deed with the same
        # third side: "denied that it supplied arms to Moscow" after "X accused it of
        # arming Russia")
        # (what the denial says after the verb: the gerund's phrase may hang on the verb)
        scope = [t for t in tok.subtree if t.i > tok.i] if clause.dep_ == "amod" else list(
            clause.subtree)
        third = [t for t in scope if t.pos_ == "PROPN" and _named(t, resolver, own)]
        named = {a.actor.country for t in third for a in _named(t, resolver, own)}
        charge = _last_charge(resolver, own, sent)
        accusers = [ResolvedActor(charge.source, "coref")] if charge is not None and (
            charge.source is not None) and (charge.source.country in named or (
                named and _same_third_side(resolver, charge, third, named)) or (
                # ("Riga accused Minsk of pushing migrants at its frontier. Minsk denies
                # that Belarus steers migrants to the frontier."): with no third side
                # named, the charge whose sentence tells the same thing
                not named and (_echoes(clause, charge) or thing and _just_before(
                    charge, sent)))) else []
        if not accusers and not named and (doer is None or doer.dep_ == "nsubj"):
            # (not a loss denied: "denied that any of its jets had been hit")
            # ("Tehran says far less has arrived; Kabul denies that it holds any back"): with
            # no charge coded (or one from the same side), the other side whose claim the
            # sentence or the one before told
            claimants = _claimant_before(ex, sent, tok, resolver, own)
            if charge is None or charge.source is not None and any(
                    a.actor.country == charge.source.country for a in claimants):
                accusers = claimants
        if accusers:
            yield tok, "016", "statement.wrong_denied", deniers, accusers


def _just_before(charge: Event, sent: Span) -> bool:
    """Whether ``charge`` was told in the sentence right before ``sent``: a denial of a deed
    of the denier's own thing that follows a charge at once answers it ("... and Tokyo lodged
    a protest with Seoul. Seoul denied that the destroyer had aimed its radar at the plane";
    not any denial: "... Moscow denied that its economy is in decline") (target26)."""
    if sent.start == 0 or charge.evidence is None:
        return False
    prev = sent_of(sent.doc[sent.start - 1])
    return prev.start_char <= charge.evidence.start < sent.start_char


def _own_thing(noun: Token, resolver: ActorResolver, own: set[str | None]) -> bool:
    """Whether ``noun``, a thing named bare with "the" ("the destroyer", "the vessel"), is
    one the article named before as the ``own`` side's ("a South Korean navy destroyer ...
    Seoul denied that the destroyer had aimed its radar"): its wrong is that side's
    (target26). The resolver's memory of nouns is left as it was."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in kids(noun)) or any(
            c.dep_ in ("poss", "compound", "amod", "nmod") for c in kids(noun)):
        return False
    by_noun = dict(resolver.ctx.by_noun)
    found = False
    for t in noun.doc[max(0, sent_of(noun).start - 400): sent_of(noun).start]:
        if t.lemma_ != noun.lemma_ or t.pos_ != "NOUN":
            continue
        named = {c for sp in resolver.spans_in(sent_of(t)) if t.left_edge.i <= sp.start < t.i
                 for c in ({a.actor.country for a in resolver.resolve(sp.root, follow=False)}
                           or {resolver.kb.adjective_country(sp.text)}) if c}
        if named:
            found = named <= own
    resolver.ctx.by_noun.clear()
    resolver.ctx.by_noun.update(by_noun)
    return found


def _claimant_before(ex: EventExtractor, sent: Span, denial: Token, resolver: ActorResolver,
                     own: set[str | None]) -> list[ResolvedActor]:
    """The other state that a verb of saying before ``denial`` has as its speaker, in the
    same sentence or the one before (the latest such speaker): whose claim a denial answers
    when no charge was coded; a claim in the sentence before must name the denier's side
    ("Pristina said Serbian police had crossed. Belgrade denied that its officers ...").
    Not when two other states speak there (whose claim is open)."""
    start = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: dict[str | None, ResolvedActor] = {}
    for verb in sent.doc[start:denial.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKING_VERBS or _negated(verb):
            continue
        if verb.i < sent.start and not any(
                _names_side(c, resolver, own) for c in kids(verb) if c.dep_ == "ccomp"):
            continue  # (a claim before about others: "warned that the two sides ...")
        for a in _speaker_of(ex, verb, resolver):
            if a.actor.country not in own:
                found[a.actor.country] = a
    return list(found.values()) if len(found) == 1 else []


def _names_side(clause: Token, resolver: ActorResolver, own: set[str | None]) -> bool:
    """Whether a noun phrase of ``clause`` with a capitalised word names the ``own`` side
    ("Serbian police", "Belgrade"); the resolver's memory of nouns is left as it was."""
    by_noun = dict(resolver.ctx.by_noun)
    found = any(a.actor.country in own for t in clause.subtree
                if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "compound"
                and (t.is_title or any(w.is_title for w in t.lefts))
                for a in resolver.resolve(t))
    resolver.ctx.by_noun.clear()
    resolver.ctx.by_noun.update(by_noun)
    return found


def _last_charge(resolver: ActorResolver, own: set[str | None], sent: Span) -> Event | None:
    """The latest disapproval (11x) of the ``own`` side by another the article told before
    ``sent``."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root == "11" and told.evidence.start < sent.start_char and (
                told.target is not None and told.source is not None) and (
                told.target.country in own) and told.source.country and (
                told.source.country not in own):
            return told
    return None


def _same_third_side(resolver: ActorResolver, charge: Event, third: list[Token],
                     named: set[str | None]) -> bool:
    """Whether the charge's sentence names the third sides a denial names: by the same word
    ("Russia"), or through an act coded from that sentence with one of them ("accused it of
    supplying weapons to Russia", the supply coded too)."""
    if any(t.text in charge.evidence.sentence for t in third):
        return True
    return any(told.evidence.start == charge.evidence.start and (
        told.target is not None and told.target.country in named
        or told.source is not None and told.source.country in named)
        for told in resolver.ctx.events[-20:])


def _last_accuser(resolver: ActorResolver, own: set[str | None], sent: Span
                  ) -> list[ResolvedActor]:
    """The side the article last told disapproving of (11x) the ``own`` side before ``sent``."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root == "11" and told.evidence.start < sent.start_char and (
                told.target is not None and told.source is not None) and (
                told.target.country in own) and told.source.country and (
                told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


#: verbs that pronounce a pact void by name ("called the deal null and void")
NAMING_VOID_VERBS = frozenset({"call", "declare", "pronounce", "brand", "term", "label"})


def _voided_pacts(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Canberra said the pact has no legal force", "both capitals deem it null and void",
    "said the accord was invalid": a pact of two other sides declared void is disapproval (111) of
    both, the parties the article last told signing one (or the "by" phrase of "signed
    by")."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    voids = ev["void_words"]
    for tok in sent:
        word = tok.lower_
        if word not in voids:
            continue
        pact: Token | None = None
        verb = tok.head
        if word in ("effect", "force", "validity", "basis", "standing") and (
                tok.dep_ == "dobj" and verb.lemma_ == "have") and (any(
                c.dep_ == "det" and c.lower_ == "no" for c in kids(tok)) or _negated(verb)):
            pact = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            speech = _reporting_verb(verb)
        elif word not in ("effect", "force", "validity", "basis", "standing") and (
                tok.dep_ in ("acomp", "attr", "oprd") and verb.lemma_ == "be"):
            pact = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            speech = _reporting_verb(verb) if not _negated(verb) else None
        elif word not in ("effect", "force", "validity", "basis", "standing") and (
                tok.dep_ == "pobj" and verb.lower_ == "as") and (
                verb.head.lemma_.lower() in ("regard", "consider", "deem", "see", "view")):
            speech = verb.head
            pact = next((c for c in kids(speech) if c.dep_ == "dobj"), None)
        elif word in ("null", "void", "invalid") and (
                anchor := tok.head if tok.dep_ == "conj" else tok).dep_ in (
                "oprd", "dobj", "ccomp", "acomp", "xcomp") and (
                anchor.head.lemma_.lower() in NAMING_VOID_VERBS):
            # "called the Greek-Egyptian deal null and void" (the parser may hang the pact on
            # "null" as a compound): the pact of two others rejected by name (120)
            speech = anchor.head
            pact = next((c for c in kids(speech) if c.dep_ == "dobj" and c.i != anchor.i),
                        None) or next((c for c in kids(anchor)
                                       if c.dep_ in ("compound", "nsubj")), None)
        else:
            continue
        if pact is None or speech is None or not (pact.lower_ == "it" or (
                pact.lemma_.lower() in ev["pact_words"])):
            continue
        speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
        if speaker is None and speech.dep_ == "acl" and speech.head.pos_ == "PROPN":
            speaker = speech.head  # ("Turkey, which ..., called the deal null and void")
        voices = _state_voices(speaker, resolver) if speaker is not None else []
        if not voices and speech.lemma_.lower() in SPEAKING_VERBS:
            voices = _speaker_of(ex, speech, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        signed = next((c for c in kids(pact) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        doer = prep_obj(signed, ("by",), deps=("agent", "prep")) if signed is not None else None
        parties = _named(doer, resolver, own) if doer is not None else []
        between = prep_obj(pact, ("between",))
        if not parties and between is not None:
            parties = _named(between, resolver, own)  # ("the agreement between A and B")
        if not parties:
            parties = _last_pact(resolver, own, sent)
        if parties and speech.lemma_.lower() in NAMING_VOID_VERBS:
            yield speech, "120", "reject.pact_called_void", voices, parties
        elif parties:
            yield speech, "111", "disapprove.pact_voided", voices, parties


def _rejected_pacts(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Cairo rejected the accord", "the rebels also rejected the deal": a pact between two
    other sides rejected by a third is its disapproval of both parties (111), the ones the
    "between" or "signed by" phrase names, else the ones the article last told signing one.
    (Rebels of a party's own country may reject their government's pact: that end stays
    out, as any event within one country does.)"""
    from detente.nlp.implied import _state_voices

    pacts = evaluation_words()["pact_words"]
    for tok in sent:
        if tok.lemma_.lower() not in _PACT_REJECTING or tok.pos_ != "VERB" or _negated(tok):
            continue
        pact = next((c for c in kids(tok) if c.dep_ == "dobj"
                     and c.lemma_.lower() in pacts), None)
        subj = _own_subject(ex, tok)
        if pact is None or subj is None or any(
                c.dep_ == "poss" for c in kids(pact)):
            continue  # ("rejected Seoul's deal": the owner's, coded by its own pattern)
        voices = _state_voices(subj, resolver) or [
            a for a in resolver.resolve(subj) if a.actor.sector in _NON_STATE_SECTORS
            and a.actor.country and a.kind not in ("implicit", "dyad", "media")]
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        rebels = all(a.actor.sector in _NON_STATE_SECTORS for a in voices)
        signed = next((c for c in kids(pact) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        doer = prep_obj(signed, ("by",), deps=("agent", "prep")) if signed is not None else None
        between = prep_obj(pact, ("between",))
        parties = [a for t in (doer, between) if t is not None
                   for x in (t, *t.conjuncts) for a in resolver.resolve(x)] or (
            # (rebels reject their own government's pact, told last with one)
            _last_pact(resolver, set(), sent, involving=own) if rebels
            else _last_pact(resolver, own, sent))
        if len(parties) < 2 or (not rebels and any(a.actor.country in own for a in parties)):
            continue  # (a side of the pact rejecting it withdraws: its own pattern's 12x)
        targets = [a for a in parties if a.actor.country and a.actor.country not in own
                   and a.kind not in ("implicit", "dyad", "media")]
        if targets:
            yield tok, "111", "disapprove.pact_rejected", voices, targets


def _last_pact(resolver: ActorResolver, own: set[str | None], sent: Span,
               involving: set[str | None] | None = None) -> list[ResolvedActor]:
    """Both sides of the latest agreement (057) the article told before ``sent`` between two
    states, neither of them the ``own`` side (with ``involving``, one of them of those
    countries)."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.cameo[:3] == "057" and told.evidence.start < sent.start_char and (
                told.source is not None and told.target is not None):
            ends = (told.source, told.target)
            if involving is not None and not any(e.country in involving for e in ends):
                continue
            if all(e.country and e.country not in own for e in ends) and (
                    ends[0].country != ends[1].country):
                return [ResolvedActor(e, "coref") for e in ends]
    return []


# what an authority does to someone: a call for it to be done to X asks X nothing
_PATIENT_VERBS = frozenset({"exclude", "ban", "bar", "expel", "sanction", "punish", "prosecute",
                            "arrest", "detain", "deport", "blacklist", "jail", "imprison",
                            "extradite", "charge", "try", "fine", "penalize", "penalise",
                            "disqualify", "suspend", "investigate", "probe", "indict",
                            "declare", "designate", "list", "shut", "close", "nationalize",
                            "nationalise", "seize", "confiscate", "freeze", "frozen"})


#: what a side asks for when it asks that captives be let go
_RELEASE_NOUNS = frozenset({"release", "freedom"})


def _release_urged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Paris called for her immediate release", "urged their release", "appealed for the
    freedom of the detained journalists": an appeal for captives to be let go (0253) whose
    own slots name no one asked is made of the captor, the side the article last told
    arresting, jailing or seizing someone (before the sentence, another side than the
    caller's own)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        demand = trig.pattern.cameo == "1053"
        if not (demand or trig.pattern.cameo[:2] == "02") or tok.pos_ != "VERB" or (
                _negated(tok)):
            continue
        asked = [c for c in kids(tok) if c.dep_ == "dobj"] + [
            o for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "for"
            for o in kids(p) if o.dep_ == "pobj"]
        if not any(o.lower_ in _RELEASE_NOUNS and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("acl", "relcl")
                or c.dep_ == "prep" and c.lower_ != "of" for c in kids(o)) for o in asked):
            continue  # ("Kyiv's release of ...", "held by Iran", "from Gaza": told there)
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        if demand and sources:
            continue  # (a demand its subject names is the demand rules' own)
        alarm = _alarm_joined(ex, tok) if not demand else None
        if not sources and alarm is not None:
            # ("expressed alarm at the arrest ... and urged their release": the subject the
            # two verbs share)
            sources = ex._arguments(alarm, resolver, is_passive(alarm.token))[0]
        if not sources:
            # ("'We call for his release,' the minister said", "'We demand her freedom,' the
            # envoy said": the first-person voice of a quotation is the quoted speaker's side)
            sources = _quoted_voice(ex, tok, resolver)
        if not _state_side(sources):
            continue
        own = {a.actor.country for a in sources}
        if any(t.actor.country not in own for t in targets):
            continue  # (asked of someone named; "his release", the captive one of the
            # caller's own, asks the captor still)
        held = _last_jailer(resolver, own, sent) or (
            _alarm_captor(ex, resolver, alarm, own) if alarm is not None else [])
        if held and demand:
            yield tok, "1053", trig.pattern.id + "+quoted_captor", sources, held
        elif held:
            yield tok, "0253", "appeal.release_urged+captor", sources, held


#: nouns for a side's disapproval of another that the one faulted may reject
_CRITICISM_NOUNS = frozenset({"criticism", "criticisms", "condemnation", "condemnations",
                              "rebuke", "rebukes", "censure"})


#: the words that make a criticism one already told ("the criticism", "this rebuke")
_TOLD_DETS = frozenset({"the", "this", "these", "that", "those", "such"})


def _authorless(tok: Token) -> bool:
    """Whether the criticism noun ``tok`` is one already told that names no author of its
    own: "the criticism", "such censure" (not "Berlin's criticism", "the criticism by ...",
    "the criticism that ...")."""
    return tok.lower_ in _CRITICISM_NOUNS and any(
        c.dep_ == "det" and c.lower_ in _TOLD_DETS for c in kids(tok)) and not any(
        c.dep_ in ("poss", "prep", "acl", "relcl") for c in kids(tok))


def told_critic(thing: Token, resolver: ActorResolver, own: set[str | None]
                ) -> list[ResolvedActor]:
    """The author of the criticism ``thing`` a side rejects when the sentence names none
    ("Minsk rejected the criticism"): the side the article last told disapproving of the
    ``own`` side; [] when ``thing`` is no such criticism or no critic was told."""
    if not _authorless(thing) or not own - {None}:
        return []
    return _last_accuser(resolver, own, sent_of(thing))


def _criticism_rejected(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"Minsk has rejected the criticism", "Tbilisi dismissed this rebuke": a criticism the
    sentence names no author of ("the", "this", "such") is the one the article last told
    against the rejecting side -- its rejection (111) is aimed at that critic, not at the
    country named nearest."""
    verbs = evaluation_words()["denying_verbs"]
    for tok in sent:
        if tok.lower_ not in _CRITICISM_NOUNS or tok.dep_ != "dobj" or (
                tok.head.lemma_.lower() not in verbs) or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        if _negated(verb) or not _authorless(tok):
            continue  # ("rejected Berlin's criticism", "the criticism by ...": told there)
        rejecters = _speaker_of(ex, verb, resolver)
        own = {a.actor.country for a in rejecters}
        critics = _last_accuser(resolver, own, sent) if rejecters else []
        if critics:
            yield verb, "111", "disapprove.criticism_rejected+critic", rejecters, critics


def _alarm_joined(ex: EventExtractor, tok: Token) -> Trigger | None:
    """The disapproval (11x) the appeal ``tok`` is joined to ("voiced alarm at the arrest
    ... and urged their release"), else None."""
    joined = {tok.head.i} if tok.dep_ == "conj" else set()
    joined |= {c.i for c in kids(tok) if c.dep_ == "conj"}
    found = next((t for t in ex._sentence_triggers if t.token.i in joined
                  and t.pattern.cameo[:2] == "11"), None)
    if found is None and tok.dep_ == "conj" and not any(
            c.dep_ in SUBJ_DEPS for c in kids(tok)):
        # ("the row began when Ottawa voiced alarm at ..., and urged their release": the
        # parser may join the appeal to the main verb; the disapproval told last before it
        # inside that verb's clause is the one it goes with)
        lo = tok.head.left_edge.i
        found = next((t for t in reversed(ex._sentence_triggers)
                      if t.pattern.cameo[:2] == "11" and t.token.pos_ == "VERB"
                      and lo <= t.token.i < tok.i
                      and any(g.i == tok.head.i for g in t.token.ancestors)), None)
    return found


def _alarm_captor(ex: EventExtractor, resolver: ActorResolver, alarm: Trigger,
                  own: set[str | None]) -> list[ResolvedActor]:
    """The captor of the seizure the disapproval ``alarm`` is about, in its own clause ("alarm
    at the arrest of activists by the police"), else the state the disapproval is aimed at
    ("alarm at the arrest of activists in the kingdom": the side faulted for it); none of
    the ``own`` side, nor a crowd or party (those held are no captor)."""
    lo, hi = alarm.token.left_edge.i, alarm.token.right_edge.i
    seized = [t for t in ex._sentence_triggers if t.pattern.cameo[:2] == "17"
              and lo <= t.token.i <= hi]
    doers = [a for t in seized[:1] for a in ex._arguments(t, resolver, is_passive(t.token))[0]]
    if not seized or not any(a.kind != "implicit" for a in doers):
        if not seized:
            return []
        doers = ex._arguments(alarm, resolver, is_passive(alarm.token))[1]
    return [a for a in doers if a.actor.country and a.actor.country not in own
            and a.kind not in ("implicit", "dyad", "media")
            and (a.actor.sector is None or a.actor.sector in STATE_SECTORS)]


def _last_jailer(resolver: ActorResolver, own: set[str | None], sent: Span
                 ) -> list[ResolvedActor]:
    """The side the article last told (a little before ``sent``) arresting, jailing or
    seizing anyone (a 17x event), unless it is of the ``own`` side."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or (
                told.evidence.start < sent.start_char - _WELCOMED_REACH):
            continue
        if told.root == "17" and told.source is not None and told.source.country:
            # (the latest captor only: one of the own side's is no other side's to ask)
            return [] if told.source.country in own else [ResolvedActor(told.source, "coref")]
    return []


def _called_for_done(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Ghana and Togo called for the ballots to be recounted", "called for the hostages to be
    freed": an appeal (020) for a thing to be done, to the side it names as the thing's
    owner ("the Venezuelan results"), else the other side of the article's relationship."""
    for tok in sent:
        if tok.lemma_.lower() != "call" or tok.pos_ != "VERB" or _negated(tok) or (
                tok.i in {t.token.i for t in ex._sentence_triggers}):
            continue
        done = next((c for c in kids(tok) if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in kids(c)) and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in kids(c))), None)
        if done is None:
            continue
        thing = next((c for c in kids(done) if c.dep_ in ("nsubj", "nsubjpass")), None)
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None) or ex._subject(tok)
        sources = [a for a in resolver.resolve(subj) if a.kind not in ("dyad", "implicit")
                   and a.actor.country] if subj is not None else []
        if thing is None or not _state_side(sources):
            continue
        act = next((c for c in kids(done) if c.dep_ == "acomp"), done) if (
            done.lemma_ == "be") else done  # ("for the assets to be frozen", read as an adjective)
        if act.lemma_.lower() in _PATIENT_VERBS or act.lower_ in _PATIENT_VERBS:
            # "called for a Russian firm to be excluded from the tender", "for the diplomats
            # to be expelled": the one named is what is done to, by a side the call leaves
            # unnamed (mostly the caller's own government), not the one asked
            continue
        own = {a.actor.country for a in sources}
        found = _named(thing, resolver, own) or [
            a for c in kids(thing) if c.dep_ in ("poss", "amod", "compound")
            for a in _named(c, resolver, own)]
        if not found and thing.pos_ == "NOUN":
            pattern = Pattern(id="appeal.call_for_done", head="call", pos="VERB",
                              cameo="020", target=())
            found = [a for a in ex._article_partner(Trigger(tok, pattern, None), resolver,
                                                    sources) if a.actor.country not in own]
        if found:
            yield tok, "020", "appeal.call_for_done", sources, found


#: the verbs whose object is a concern a side holds ("had concerns", "the step reflected
#: its concern", "showed Delhi's concern")
_CONCERN_HOSTS = frozenset({"have", "reflect", "show", "underline", "signal", "mirror"})


def _concern_held(ex: EventExtractor, sent: Span, resolver: ActorResolver
                  ) -> Iterator[Found]:
    """"Rubio said Washington had grave concern that the count misstated what Bolivians
    voted for", "said it had serious concerns about Minsk's conduct":
    a concern the speaker's side says it has, about what another side named in it did, is
    disapproval of that side (111)."""
    for tok in sent:
        if tok.lemma_.lower() != "concern" or tok.pos_ != "NOUN" or tok.dep_ != "dobj" or (
                tok.head.lemma_ not in _CONCERN_HOSTS) or _negated(tok.head) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in kids(tok)):
            continue
        speech = _reporting_verb(tok.head)
        if speech is None:
            continue
        from detente.nlp.implied import _state_voices

        # ("said the step mirrored Seoul's deep concern over ...": the concern's owner;
        # "said it had concerns": the subject of "have")
        owner = next((c for c in kids(tok) if c.dep_ == "poss"), None)
        if owner is None and tok.head.lemma_ != "have":
            continue
        holder = owner or next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)
        voices = _speaker_of(ex, speech, resolver) or (
            _state_voices(holder, resolver) if holder is not None and holder.pos_ == "PROPN"
            and owner is None else [])  # ("analysts said ... reflected Beijing's concern")
        own = {a.actor.country for a in voices}
        if not voices or holder is None or not (holder.lower_ in ("it", "they", "we") or any(
                a.actor.country in own for a in resolver.resolve(holder))):
            continue  # (not "said Tokyo had concerns ...": another side's concern)
        about = [t for c in kids(tok) if c.dep_ in ("relcl", "acl", "ccomp") or (
            c.dep_ == "prep" and c.lower_ in ("about", "over", "at", "regarding"))
            for t in c.subtree]
        found: list[ResolvedActor] = []
        for t in about:
            if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "poss"):
                # (a name, or a noun phrase with an owner: "the Bolivian people")
                found += [a for a in _named(t, resolver, own)
                          if a.actor.country not in {f.actor.country for f in found}]
        if found:
            yield speech, "111", "disapprove.concern_held", voices, found


def _restraint_urged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"The UN chief condemned the escalation and urged maximum restraint", "called for calm":
    restraint urged on no one named is urged on both sides of the latest fight the article
    told between two other states (025)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:3] != "025" or tok.pos_ != "VERB":
            continue
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        own = {a.actor.country for a in sources}
        pair = _last_fight(resolver, own, sent)
        if pair:
            yield tok, trig.pattern.cameo, trig.pattern.id + "+fight_sides", sources, pair


def _fight_condemned(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"The UN chief condemned the escalation", "the G7 condemned the attack": a disapproval
    of "the" attack, strikes or escalation, with no doer named or told for the noun, is aimed
    at the one who struck in the latest fight the article told between two other states."""
    nouns = evaluation_words()["fight_nouns"]
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:2] != "11" or tok.pos_ != "VERB":
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in nouns or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "such")
                for c in kids(obj)) or any(
                c.dep_ in ("poss", "amod", "compound") or c.dep_ == "prep" and any(
                    p.ent_type_ not in ("DATE", "TIME") for p in kids(c))
                for c in kids(obj)):
            continue  # ("condemned Russia's attack", "the attack on Kyiv": named or placed)
        sources = _unaimed_sources(ex, trig, resolver)
        if not sources:
            continue
        own = {a.actor.country for a in sources}
        pair = _last_fight(resolver, own, sent)
        if pair:
            yield tok, trig.pattern.cameo, trig.pattern.id + "+fight_doer", sources, pair[:1]


def _talks_ruled_out(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Lahore said there can be no talks until Delhi lifts the curfew", "the president ruled
    out negotiations until Moscow pulls its troops back": talks refused (125) to the side they
    would be held "with", else the side the condition names."""
    from detente.nlp.implied import _state_voices

    for tok in sent:
        if tok.lower_ not in _TALK_NOUNS:
            continue
        verb = tok.head
        speech: Token | None = None
        if tok.dep_ == "attr" and verb.lemma_ == "be" and any(
                c.dep_ == "expl" for c in kids(verb)) and any(
                c.dep_ == "det" and c.lower_ == "no" for c in kids(tok)) and any(
                c.dep_ == "aux" and c.lower_ in ("can", "could", "will", "would", "shall",
                                                 "'ll") for c in kids(verb)):
            # (a refusal told with a modal; not "there have been no talks since March")
            speech = _reporting_verb(verb)  # "said there can be no talks ..."
            voices = _speaker_of(ex, speech, resolver) if speech is not None else []
        elif tok.dep_ == "dobj" and verb.lemma_.lower() == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in kids(verb)) and (
                not _negated(verb)):
            speech = verb  # "ruled out negotiations ..."
            subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            if subj is None and verb.dep_ == "conj":
                subj = ex._subject(verb)
            voices = _state_voices(subj, resolver) if subj is not None else []
        if speech is None or not voices:
            continue
        own = _own_of(voices)
        other = prep_obj(tok, ("with",))
        found = _named(other, resolver, own) if other is not None else []
        if not found:
            cond = next((c for h in (tok, verb) for c in kids(h) if c.dep_ == "advcl"
                         and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "till")
                                 for m in kids(c))), None) or next(
                (c for c in (*kids(tok), *kids(verb)) if c.dep_ == "prep"
                 and c.lower_ in ("until", "unless")), None)
            subj = next((c for c in kids(cond) if c.dep_ in ("nsubj", "nsubjpass", "pcomp",
                                                                "pobj")), None) if (
                cond is not None) else None
            if subj is not None and subj.dep_ == "pcomp":
                subj = next((c for c in kids(subj) if c.dep_ == "nsubj"), None)
            if subj is None and cond is not None and cond.pos_ == "NOUN":
                # ("until Moscow withdraws", the verb mistaken for a noun that the name
                # modifies)
                subj = next((c for c in kids(cond) if c.dep_ == "compound"
                             and c.pos_ == "PROPN"), None)
            found = _named(subj, resolver, own) if subj is not None else []
        if found:
            yield speech, "125", "reject.talks_ruled_out", voices, found


def _last_fight(resolver: ActorResolver, own: set[str | None], sent: Span
                ) -> list[ResolvedActor]:
    """Both sides of the latest act of force the article told before ``sent`` between two
    states, neither of them the ``own`` side."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root in _FORCE_ROOTS and told.evidence.start < sent.start_char and (
                told.source is not None and told.target is not None):
            ends = (told.source, told.target)
            if all(e.country and len(e.country) == 3 and e.country not in own for e in ends) and (
                    ends[0].country != ends[1].country):
                return [ResolvedActor(e, "coref") for e in ends]
    return []


def _main_targets(ex: EventExtractor, main: Token, resolver: ActorResolver,
                  own: set[str | None]) -> list[ResolvedActor]:
    for t in ex._sentence_triggers:
        if t.token.i == main.i:
            _s, targets = ex._arguments(t, resolver, is_passive(t.token))
            return [g for g in targets if g.actor.country not in own]
    return []


def _voiced_already(ex: EventExtractor, resolver: ActorResolver, root: str,
                    own: set[str | None], targets: set[str | None], code: str | None = None
                    ) -> bool:
    """Whether a trigger of the sentence already voices the same root (with ``code``, the
    same code) from the speaker's side at the target ("accused Kyiv of ... and said it was
    Kyiv that ...")."""
    for t in ex._sentence_triggers:
        if t.pattern.cameo[:2] != root or code is not None and t.pattern.cameo != code:
            continue
        if t.pattern.id == "statement.deny" and part_denied(t.token) is not None:
            continue  # (screened out: the part denied is aimed here, at its accuser)
        sources, found = ex._arguments(t, resolver, is_passive(t.token))
        if {s.actor.country for s in sources} & own and (
                {g.actor.country for g in found} & targets):
            return True
    return False


def peace_appeal(unit: list[Token], ev: dict[str, frozenset[str]]) -> bool:
    """Whether a clause told to the other side urges peace: the means of peace called the way
    ("dialogue and diplomacy are the way forward"), or force denied as one ("a solution cannot
    be found on the battlefield", "there is no military solution", "this is not an era of
    war")."""
    inside = {t.i for t in unit}
    for t in unit:
        word = t.lemma_.lower()
        if word in ev["peace_ways"] and t.dep_ == "attr" and t.head.lemma_ == "be" and any(
                g.dep_ == "nsubj" and ({g.lemma_.lower()} | {c.lemma_.lower() for c in
                                                              g.conjuncts}) & ev["peace_means"]
                for g in kids(t.head)) and not _negated(t.head):
            return True  # "dialogue and diplomacy are the way forward"
        if word in ev["peace_ways"] | {"era"} and t.head.i in inside:
            # force as the way's own kind ("military solution"), its means ("found on the
            # battlefield", "by force") or its time ("an era of war")
            means = [c for c in kids(t) if c.dep_ == "amod"] + [
                p for h in (t, t.head) for c in kids(h) if c.dep_ == "prep" and c.lower_ in (
                    ("of",) if word == "era" else ("on", "by", "through", "with", "in"))
                for p in kids(c) if p.dep_ == "pobj"]
            negated = _negated(t.head) or any(c.dep_ == "det" and c.lower_ == "no"
                                              for c in kids(t))
            if negated and {w for m in means for w in (m.lemma_.lower(), m.lower_)} & (
                    ev["war_words"]):
                return True  # "no military solution", "not an era of war"
    return False


#: how far back (characters before the sentence) an act or pact welcomed may have been told
_WELCOMED_REACH = 900
#: roots of the two-sided acts a pact welcomed may be (intents agreed, diplomatic cooperation)
_PACT_ROOTS = frozenset({"03", "05"})


def _welcomed_acts(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Khartoum welcomed the step", "Washington welcomed the agreement", "the statement was
    welcomed by the EU", "called the deal historic", "calling it an important step": praise
    (051) of an act or pact the sentence names no side of, aimed at whoever did the act
    (its doer as told, else the side that last acted on the speaker's), or at both parties
    of the pact (its "between" or "by" phrase, else the latest agreement of two other sides
    the article told, else the two sides the article is about)."""
    ev = evaluation_words()
    acts, pacts = ev["welcomed_acts"], ev["welcomed_pacts"]
    done: set[tuple[str | None, tuple[str | None, ...]]] = set()
    for tok in sent:
        word = tok.lemma_.lower()
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        passive = is_passive(tok)
        if word in ev["welcoming_verbs"]:
            obj = next((c for c in kids(tok) if c.dep_ == ("nsubjpass" if passive
                                                                else "dobj")), None)
        elif tok.lower_ in ev["naming_verbs"] and not passive:
            obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
            if obj is None or not _praised_as(tok, obj, ev):
                continue
        else:
            continue
        if obj is None or not (obj.lower_ == "it" or obj.pos_ == "NOUN" and (
                obj.lemma_.lower() in acts | pacts or obj.lower_ in acts | pacts
                or obj.lower_ in _WELCOMED_DEEDS and (
                    _deed_doer(obj) is not None or _deed_broker(obj) is not None))):
            continue
        if obj.pos_ == "NOUN" and (not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in kids(obj)) or any(c.dep_ in ("poss", "compound", "amod", "nmod")
                                              and c.pos_ in ("PROPN", "PRON")
                                              for c in kids(obj))):
            continue  # ("welcomed Seoul's decision": the pattern's own target)
        if passive:
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            speaker = agent
        else:
            speaker = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
            if speaker is None and tok.dep_ in ("conj", "advcl"):
                speaker = ex._subject(tok)
        if speaker is None or speaker.lower_ in ("who", "which", "that"):
            continue
        voices = [a for a in resolver.resolve(speaker) if a.actor.country
                  and a.kind not in ("dyad", "implicit", "media")]
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        slotted = {a.actor.country for t in ex._sentence_triggers if t.token.i == tok.i
                   for a in ex._arguments(t, resolver, passive)[1]} - own
        doer = _deed_doer(obj) if obj.pos_ == "NOUN" else None
        broker = _deed_broker(obj) if obj.pos_ == "NOUN" and doer is None else None
        if broker is not None and (brokers := [
                a for x in (broker, *broker.conjuncts) for a in _named(x, resolver, own)
                if a.actor.country not in slotted]):
            # "welcomed the talks facilitated by A and B": praise of the facilitators' part
            # (not of the sides that talked)
            for t in brokers:
                if (t.actor.country, tuple(sorted(own))) not in done:
                    done.add((t.actor.country, tuple(sorted(own))))
                    yield tok, "051", "diplo.welcome_told_act", voices, [t]
            continue
        if slotted and doer is None:
            continue  # (the welcome's own slots named the other side)
        pact = obj.lower_ == "it" or obj.lemma_.lower() in pacts or obj.lower_ in pacts
        targets: list[ResolvedActor] = []
        if obj.pos_ == "NOUN":
            phrase = prep_obj(obj, ("between",))
            # (each of the doers the "by" phrase names, through the envoys who acted for
            # them: "signed by representatives of Yerevan and Baku")
            targets = [a for t in (phrase, doer) if t is not None
                       for x in (t, *t.conjuncts) for y in _envoys_of(x)
                       for a in _named(y, resolver, own)]
            if slotted:
                # (the slots found one doer: the others the "by" phrase names besides)
                targets = [a for a in targets if a.actor.country not in slotted]
                if not targets:
                    continue
            if not targets:
                targets = ex._told_act_agents(obj, resolver, own, until=tok.i)
        if pact:
            # (the deal told before may have been parsed with one party only: both, when
            # the latest accord of two other sides has it)
            accord = _last_accord(resolver, own, sent)
            told = {a.actor.country for a in targets}
            if accord and told <= {a.actor.country for a in accord}:
                targets = accord
        elif not targets:
            targets = _last_act_on(resolver, own, sent)
        for t in targets:
            if (t.actor.country, tuple(sorted(own))) not in done:
                done.add((t.actor.country, tuple(sorted(own))))
                # (one target at a time: "called the deal historic and thanked Aoun" leaves
                # the praise of Lapid to this rule)
                yield tok, "051", "diplo.welcome_told_act", voices, [t]


#: deeds welcomed whose doers a "by" phrase names ("the talks facilitated by Qatar")
_WELCOMED_DEEDS = frozenset({"talks", "signing", "mediation", "efforts", "effort",
                             "negotiations", "dialogue", "handover", "exchange"})
#: those who act for a side: "by representatives of X and Y" names X and Y
_ENVOY_NOUNS = frozenset({"representative", "representatives", "delegation", "delegations",
                          "envoy", "envoys", "negotiators", "officials"})


#: participles of a third side's part in a deed: a broker or host is none of its doers
_BROKERING = frozenset({"mediate", "facilitate", "broker", "host", "sponsor", "convene",
                        "chair", "organise", "organize"})


def _deed_doer(obj: Token) -> Token | None:
    """The object of the "by" phrase of a welcomed noun, or of the participle on it ("the
    talks held by Kyiv and Moscow", "the signing of the accord by ..."), else None; none
    for a broker or host ("the talks mediated by Qatar")."""
    signed = next((c for c in kids(obj) if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if signed is not None and signed.lemma_.lower() in _BROKERING:
        return None
    return prep_obj(signed, ("by",), deps=("agent", "prep")) if signed is not None \
        else prep_obj(obj, ("by",))


#: participles of a third side's bringing two others to a deed, whose "by" phrase a welcome
#: of the deed praises ("the talks facilitated by A and B")
_FACILITATING = frozenset({"mediate", "facilitate", "broker", "sponsor"})


def _deed_broker(obj: Token) -> Token | None:
    """The object of the "by" phrase of a participle of brokering on a welcomed noun ("the
    talks facilitated in Jeddah by A and B" -> "A"), else None."""
    part = next((c for c in kids(obj) if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _FACILITATING), None)
    return prep_obj(part, ("by",), deps=("agent", "prep")) if part is not None else None


def _envoys_of(tok: Token) -> list[Token]:
    """``tok``, or the sides its "of" phrase names when it is envoys acting for them."""
    if tok.lower_ not in _ENVOY_NOUNS:
        return [tok]
    side = prep_obj(tok, ("of",))
    return [tok] if side is None else [side, *side.conjuncts]


def _praised_as(verb: Token, obj: Token, ev: dict[str, frozenset[str]]) -> bool:
    """Whether the naming verb ``verb`` calls ``obj`` one of :data:`praise_names` ("called the
    deal historic", "calling it an important step", "described it as a milestone"), with no
    negative word beside it."""
    pred = next((c for c in kids(verb) if c.dep_ in ("oprd", "attr", "acomp", "ccomp")
                 and c.i > obj.i), None) or next(
        (p for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"
         for p in kids(c) if p.dep_ == "pobj"), None)
    if pred is None:
        return False
    phrase = [pred, *(c for c in kids(pred) if c.dep_ in ("amod", "compound", "conj"))]
    words = {w for t in phrase for w in (t.lemma_.lower(), t.lower_)}
    return bool(words & ev["praise_names"]) and not words & ev["negative"]


def _last_accord(resolver: ActorResolver, own: set[str | None], sent: Span
                 ) -> list[ResolvedActor]:
    """Both sides of the latest agreement or intent of two other states (roots 03, 05) the
    article told as done before ``sent``, else the two sides the article is about when the
    ``own`` side is neither."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root in _PACT_ROOTS and told.evidence.start < sent.start_char and (
                told.status in (Status.HAPPENED, Status.ONGOING)) and (
                told.source is not None and told.target is not None):
            ends = (told.source, told.target)
            if all(e.country and len(e.country) == 3 and e.country not in own for e in ends) and (
                    ends[0].country != ends[1].country):
                return [ResolvedActor(e, "coref") for e in ends]
    dyad = resolver.ctx.main_dyad
    if dyad is None or set(dyad) & own:
        return []
    return [a for a in resolver.group_actors(sent[0], 2) if a.actor.country in dyad]


def _last_act_on(resolver: ActorResolver, own: set[str | None], sent: Span
                 ) -> list[ResolvedActor]:
    """The side that did the latest act (no force) the article told, a little before
    ``sent``, aimed at the ``own`` side: what "welcomed the step" welcomes."""
    for told in reversed(resolver.ctx.events[-10:]):
        if told.evidence.start >= sent.start_char or (
                told.evidence.start < sent.start_char - _WELCOMED_REACH):
            continue
        if told.root in _FORCE_ROOTS or told.source is None or told.target is None:
            continue
        if told.target.country in own and told.source.country and (
                told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


#: roots of the acts of force a side may promise to use on another (fight, assault, mass
#: violence; not a show of force, 15, nor coercion, 17)
_THREATENED_FORCE = frozenset({"18", "19", "20"})
#: auxiliaries of a measure held out as possible, not promised ("could halt sales if ...")
_HELD_OUT_AUX = frozenset({"could", "might", "may"})
#: verbs whose infinitive is an act promised ("vowed to strike", "pledged to hit back")
_PROMISING = frozenset({"vow", "pledge", "promise", "swear"})


def _force_promised(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Ankara cautioned that its troops would push on with the offensive", "the army said it would
    strike the launch sites", "vowed to pound the rebels' positions": force the speaker's
    own side is said to be going to use on another is a threat of military force (138)
    aimed at the one it would hit (the act itself stays as told, not happened)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        force = trig.pattern.cameo[:2] in _THREATENED_FORCE
        # (a measure against the other side, promised on a condition: "said Colombia would
        # suspend relations if ...", "warned it would impose sanctions unless ...", 131)
        if not (force or (trig.pattern.cameo[:2] == "16" or trig.pattern.cameo[:3] == "163")
                and _conditioned(tok)) or tok.pos_ != "VERB" or _negated(tok):
            continue
        promised = tok if _future(tok) else tok.head if (
            tok.dep_ == "conj" and _future(tok.head)) else None
        if promised is None and not force and any(
                c.dep_ == "aux" and c.lower_ in _HELD_OUT_AUX for c in kids(tok)):
            promised = tok  # (a measure held out on a condition: "could halt sales if ...")
        if promised is None and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _PROMISING:
            promised = tok.head
        if promised is None:
            continue
        speech = promised if promised.lemma_.lower() in _PROMISING else _reporting_verb(
            promised)
        if speech is None or speech.i > tok.i or _negated(speech):
            continue  # (not "X will strike, Y said": a forecast told, not a promise)
        speakers = _speaker_of(ex, speech, resolver, armed=True)
        if not speakers:
            continue
        own = {a.actor.country for a in speakers}
        doers, hit = ex._arguments(trig, resolver, is_passive(tok))
        if not doers or not {a.actor.country for a in doers} <= own:
            continue  # (another side's act foretold: "said Russia would attack Kyiv")
        # (a measure's other side may be the article's, "would suspend them [relations]")
        targets = [a for a in hit if a.actor.country and a.actor.country not in own
                   and a.kind not in ("dyad", "media") and (a.kind != "implicit" or not force)]
        if targets:
            yield speech, *(("138", "threaten.force_speech") if force else (
                "131", "threaten.measure_speech")), speakers, targets


def _conditioned(tok: Token) -> bool:
    """Whether the act at ``tok`` is promised on a condition ("would suspend them if ...",
    "if talks fail, ... would end it", "unless Rabat apologised"): an if- or unless-clause
    on it or on the verb whose clause it is."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp") else [])
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                        for m in kids(c))
               for h in heads for c in kids(h))


#: comments on the relationship (nlp.events ``_evaluative``) that name no side of it
_RELATION_COMMENTS = frozenset({"statement.pessimistic_speech", "statement.optimistic_speech"})


def _unaimed_comments(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Wang said the road to the summit would not be smooth", "the minister said ties had
    soured": a state's comment on the relationship that names no other side is made about
    (and to) the other side of the relationship the article is about (012, 013)."""
    for trig in ex._sentence_triggers:
        if trig.pattern.id not in _RELATION_COMMENTS or trig.token.pos_ != "VERB":
            continue
        if trig.pattern.cameo == "013" and (trig.token.dep_ not in ("ROOT", "conj") or any(
                t.lower_ in ("no", "not", "n't", "never") for t in trig.token.subtree)):
            # (optimism read off a clause that denies or plays it down, "said there was no
            # substantive exchange", is too unsure to be aimed at anyone)
            continue
        sources = _unaimed_sources(ex, trig, resolver)
        if not _state_side(sources):
            continue
        found = ex._article_partner(trig, resolver, sources)
        if found:
            yield trig.token, trig.pattern.cameo, trig.pattern.id + "+article_partner", (
                sources), found


#: the modals by which a reported clause binds its subject ("should apologise")
_BINDING = frozenset({"should", "must", "ought"})
#: the auxiliaries of a stance asked of a side or still to come ("should be ready", "will not
#: accept"), and those besides of one only possible ("could help")
_UNDONE_AUX = _BINDING | _FUTURE
_UNSURE_AUX = _UNDONE_AUX | {"could", "might", "may"}


def _apology_demanded(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Zhao said it was Canberra that should apologise", "told the envoy that he must
    apologise", "said it was Sanchez who owed him an apology": an apology the speaker says
    another side owes is demanded of it (100)."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.cameo[:3] != "055":
            continue
        if tok.pos_ == "VERB":
            verb = tok
            bound = any(a.dep_ in ("aux", "auxpass") and a.lower_ in _BINDING
                        for h in (tok, tok.head if tok.dep_ == "conj" else tok)
                        for a in kids(h)) or tok.dep_ == "xcomp" and (
                tok.head.lemma_.lower() in ("have", "need"))  # ("has to apologise")
        elif tok.lower_ in ("apology", "apologies") and tok.dep_ == "dobj" and (
                tok.head.lemma_.lower() == "owe"):
            verb, bound = tok.head, True  # "owed him an apology"
        else:
            continue
        if not bound or _negated(verb) or (verb.dep_ in ("conj", "xcomp") and _negated(
                verb.head)):
            continue
        # ("said Tokyo has to apologise": the clause is the verb of obligation's)
        told = _told_before(ex, verb.head if verb.dep_ == "xcomp" and (
            verb.head.lemma_.lower() in ("have", "need")) else verb, resolver, tok)
        if told is None:
            continue
        speech, speakers, own = told
        owers = [a for a in ex._arguments(trig, resolver, is_passive(tok))[0]
                 if a.actor.country and a.actor.country not in own
                 and a.kind not in ("implicit", "dyad", "media")]
        told = next((c for c in kids(speech) if c.dep_ in ("dobj", "dative", "iobj")), None)
        if not owers and told is not None and speech.lemma_.lower() == "tell" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in kids(verb)):
            # "told the Israeli ambassador that he should apologise": the one told, named
            # by the pronoun of the clause
            owers = [a for a in resolver.resolve(told) if a.actor.country
                     and a.actor.country not in own and a.kind not in ("dyad", "media")]
        if owers:
            yield speech, "100", "demand.apology_speech", speakers, owers


#: the nouns of a relationship a red line may be drawn in ("a red line in Sino-Indian ties")
_RELATION_WORDS = frozenset({"relation", "relations", "relationship", "ties", "tie"})


def _red_lines_named(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Xi called the Taiwan question a red line", "described the blockade as a red line",
    "warned that the island's status was a red line nobody should cross": a red
    line drawn warns (130) the side whose act the thing named is ("Kyiv's bid"), else the
    other side of the relationship the red line is drawn in, else the other side of the
    article's relationship. (A red line whose subject is a side's act, "said a Russian base
    would be a red line", is :func:`_red_line`'s.)"""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    for tok in sent:
        if tok.lower_ not in ("line", "lines") or not any(
                c.lower_ == "red" and c.dep_ == "amod" for c in kids(tok)):
            continue
        head = tok.head
        # (the predicate of a naming verb may hang on its object or on a phrase of it: "called
        # the sales by Washington a red line", "described the blockade as a red line")
        for _ in range(5):
            if head.pos_ == "VERB" or head.head.i == head.i or head.dep_ not in (
                    "pobj", "prep", "dobj", "appos", "agent"):
                break
            head = head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in ev["naming_verbs"] and (
                tok.dep_ in ("oprd", "attr", "pobj", "dobj", "appos")):
            holder = next((c for c in kids(head) if c.dep_ == "dobj" and c.i < tok.i),
                          None)
            subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
            if subj is None and head.dep_ == "conj":
                subj = ex._subject(head)
            voices = _state_voices(subj, resolver) if subj is not None and (
                subj.lower_ not in ("who", "which", "that")) else []
            speech: Token | None = head
        elif tok.dep_ == "attr" and head.lemma_ == "be" and _red_line(tok) is None:
            holder = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
            speech = _reporting_verb(head)
            voices = _speaker_of(ex, speech, resolver) if speech is not None else []
        else:
            continue
        if speech is None or holder is None or holder.pos_ not in ("NOUN", "PROPN") or (
                not voices or _negated(head)):
            continue
        own = {a.actor.country for a in voices}
        # (the owner or doer of the act named: "Kyiv's bid", "sales by Washington")
        doers = [c for c in kids(holder) if c.dep_ in ("poss", "amod")] + [
            o for h in (holder, head) for p in kids(h) if p.dep_ in ("prep", "agent")
            and p.lower_ == "by" for o in kids(p) if o.dep_ == "pobj" and o.i != tok.i]
        targets = [a for c in doers for a in _named(c, resolver, own)] if (
            holder.pos_ == "NOUN") else []
        if not targets and holder.pos_ == "NOUN" and any(
                c.dep_ in ("poss", "amod") for c in kids(holder)):
            targets = _named(holder, resolver, own)  # ("Greek militarisation", one span)
        if not targets:
            # (a line drawn "in its ties with Tokyo", "in relations between the two
            # countries")
            rel = next((t for t in tok.subtree if t.lower_ in _RELATION_WORDS), None)
            named = [] if rel is None else [
                a for t in rel.subtree if t.pos_ == "PROPN" or t.dep_ == "pobj"
                for a in _named(t, resolver, own)]
            targets = named if len({a.actor.country for a in named}) == 1 else []
        if not targets and _state_side(voices):
            pattern = Pattern(id="threaten.red_line_named", head=speech.lemma_.lower(),
                              pos="VERB", cameo="130", target=())
            targets = ex._article_partner(Trigger(speech, pattern, None), resolver, voices)
            # (the side the thing itself names is its topic, not the one warned: "said the
            # Cyprus question was a red line", "called the Taiwan question a red line")
            topic = {a.actor.country for t in holder.subtree for a in _named(t, resolver, own)}
            targets = [a for a in targets if a.actor.country not in topic]
        if targets:
            yield speech, "130", "threaten.red_line_named", voices, targets[:1]


def _charges_called_false(ex: EventExtractor, sent: Span, resolver: ActorResolver
                          ) -> Iterator[Found]:
    """"responded that the claim is false", "said Manila's accusations were groundless", "said
    the allegations were a fabrication": a charge the speaker's side calls untrue is its
    denial (016) aimed at the accuser (the owner the charge names, else the side that last
    took the speaker's side to task in the article). Claims to land or sea are no charge."""
    ev = evaluation_words()
    nouns, false = ev["charge_nouns"], ev["false_words"]
    for tok in sent:
        if tok.lemma_ != "be" or _negated(tok):
            continue
        charge = next((c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")
                       and c.lemma_.lower() in nouns), None)
        verdict = [c for c in kids(tok) if c.dep_ in ("acomp", "attr")]
        verdict += [g for c in verdict for g in kids(c) if g.dep_ == "conj"]
        if charge is None or not any(v.lemma_.lower() in false or v.lower_ in false
                                     for v in verdict):
            continue
        if any(c.dep_ == "amod" and c.lemma_.lower() in ev["claimed_lands"]
               or c.dep_ == "prep" and c.lower_ in ("to", "over", "in", "on")
               for c in kids(charge)):
            continue  # ("said China's claims in the sea were baseless": claims to land)
        speech = _reporting_verb(tok)
        if speech is None:
            continue
        deniers = _speaker_of(ex, speech, resolver)
        own = _own_of(deniers)
        owner = next((c for c in kids(charge) if c.dep_ == "poss"), None)
        accusers = _named(owner, resolver, own) if owner is not None else (
            _last_accuser(resolver, own, sent) if any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those",
                                                 "such") for c in kids(charge)) else [])
        if deniers and accusers:
            yield speech, "016", "statement.charge_called_false", deniers, accusers




def _charges_branded_false(ex: EventExtractor, sent: Span, resolver: ActorResolver
                           ) -> Iterator[Found]:
    """"Minsk called the Polish accusations far-fetched", "described the charges as
    baseless": a charge the speaker's side names untrue is its denial (016, examples/README.md
    "Charges denied") aimed at the accuser (the owner the charge names, else the side that
    last took the speaker's side to task), as a charge said to be untrue is. Claims to land
    or sea are no charge."""
    ev = evaluation_words()
    nouns, false = ev["charge_nouns"], ev["false_words"]
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in BRANDING_VERBS or _negated(tok):
            continue
        charge = next((c for c in kids(tok) if c.dep_ == "dobj"
                       and c.lemma_.lower() in nouns), None)
        if charge is None:
            # ("called the American allegations groundless", parsed with the charge as a
            # compound of the verdict)
            charge = next((g for c in kids(tok) if c.dep_ == "oprd" for g in kids(c)
                           if g.dep_ == "compound" and g.lemma_.lower() in nouns), None)
            if charge is None:
                continue
            verdict = [charge.head]
        else:
            verdict = [c for c in kids(tok) if c.i > charge.i and (
                c.dep_ in ("oprd", "advcl", "xcomp", "ccomp", "acomp")
                or c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "dobj" and c is not charge)]
        said: set[str] = set()
        for v in verdict:
            words = [t for t in v.subtree if t.i != charge.i and charge.i not in (
                a.i for a in t.ancestors)]
            said |= {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
            said.add("".join(t.lower_ for t in words))  # ("far-fetched")
        if not said & false:
            continue
        if any(c.dep_ == "amod" and c.lemma_.lower() in ev["claimed_lands"]
               or c.dep_ == "prep" and c.lower_ in ("to", "over", "in", "on")
               for c in kids(charge)):
            continue  # ("called China's claims in the sea baseless": claims to land)
        deniers = _speaker_of(ex, tok, resolver)
        own = _own_of(deniers)
        owner = next((c for c in kids(charge) if c.dep_ in ("poss", "amod", "compound")
                      and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")), None)
        accusers = (_named(owner, resolver, own) or _named(charge, resolver, own)) if (
            owner is not None) else (_last_accuser(resolver, own, sent) if any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those",
                                                 "such") for c in kids(charge)) else [])
        if deniers and accusers:
            yield tok, "016", "statement.charge_branded_false", deniers, accusers


#: the part in a deed a side may deny ("denied any involvement", "denied responsibility for
#: the blast", "denied any part in the incident")
_ROLE_NOUNS = frozenset({"responsibility", "involvement", "role", "part", "hand", "complicity",
                         "participation", "link", "links",
                         # (a wrong denied outright: "Algiers denies meddling", "he denies any
                         # wrongdoing")
                         "meddling", "interference", "wrongdoing"})


def _role_denied(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Tehran denied any part in the incident", "the army denied responsibility for the blast",
    "said Ukraine had nothing to do with the attack": a side denying its part in a harm
    answers the charge the article last told against it (016 to the accuser, examples/README.md
    "Charges denied"); a part denied in something that is no harm ("any role in the talks")
    answers nothing."""

    ev = evaluation_words()
    hostile = _hostile_tokens(ex)
    for tok in sent:
        word = tok.lemma_.lower()
        if word == "deny" and tok.pos_ == "VERB":
            role = next((c for c in kids(tok) if c.dep_ == "dobj"
                         and (c.lemma_.lower() in _ROLE_NOUNS or c.lower_ in _ROLE_NOUNS)),
                        None)
            if role is None:
                continue
            harm = prep_obj(role, ("in", "for", "with", "to"))
            deniers = _own_voices(ex, tok, resolver)
            speech, negated = tok, _denial_void(tok)
        elif tok.lower_ == "nothing" and tok.dep_ == "dobj" and tok.head.lemma_ == "have" and (
                any(c.lemma_ == "do" and c.dep_ in ("relcl", "acl", "xcomp")
                    for c in kids(tok))):
            verb = tok.head
            doer = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            harm = next((prep_obj(c, ("with",)) for c in kids(tok) if c.lemma_ == "do"),
                        None)
            speech = _reporting_verb(verb)
            if doer is None or speech is None:
                continue
            deniers = _speaker_of(ex, speech, resolver)
            own = {a.actor.country for a in deniers}
            if not (doer.lower_ in ("it", "they", "we", "he", "she") or any(
                    a.actor.country in own for a in resolver.resolve(doer))):
                continue  # ("said Kyiv had nothing to do with it", told by another side)
            negated = _negated(verb)
        else:
            continue
        if not deniers and not negated and word == "deny" and (
                (told := _person_charged_before(ex, tok, resolver, sent)) is not None):
            # ("Prosecutors accuse him of taking bribes. He denies any wrongdoing."): the
            # person the sentence before charged answers its accuser
            # (both named in that sentence: a home pair of the charge is one of the denial)
            yield speech, "016", "statement.role_denied", [
                ResolvedActor(told.target, "person")], [ResolvedActor(told.source, "agent")]
            continue
        if not deniers or negated:
            continue
        if harm is not None and not (harm.lower_ in ev["harm_words"] or harm.lemma_.lower() in (
                ev["harm_words"] | ev["negative"]) or any(t.i in hostile for t in harm.subtree)):
            continue  # ("denied any role in the talks")
        own = {a.actor.country for a in deniers}
        charge = _last_charge(resolver, own, sent)
        if charge is not None and charge.source is not None:
            yield speech, "016", "statement.role_denied", deniers, [
                ResolvedActor(charge.source, "coref")]


#: sectors of sides no "he" or "she" stands for (a people, a force, a service)
_NO_PERSON_SECTORS = frozenset({"CVL", "REF", "MIL", "COP", "SPY", "MED", "REB", "INS"})


def _person_charged_before(ex: EventExtractor, tok: Token, resolver: ActorResolver,
                           sent: Span) -> Event | None:
    """The charge (11x) told in the sentence right before ``sent`` whose target the denial
    ``tok``'s subject "he" or "she" stands for: the only charge of that sentence, between two
    different sides, aimed at a side one person may speak for (a leader, an official, a
    businessman: no people, army or police)."""
    subj = _own_subject(ex, tok)
    if subj is None or subj.lower_ not in ("he", "she"):
        return None
    before = [e for e in resolver.ctx.events[-20:] if e.evidence is not None
              and e.evidence.start < sent.start_char]
    if not before:
        return None
    last_start = max(e.evidence.start for e in before)
    if sent.start == 0 or sent.doc[sent.start - 1].sent.start_char != last_start:
        return None  # (the charge's sentence must be the one right before)
    charges = [e for e in before if e.evidence.start == last_start and e.root == "11"
               and e.source is not None and e.target is not None and e.source.country
               and e.target.country and e.source.code != e.target.code
               and e.status.group != "negated" and e.target.sector not in _NO_PERSON_SECTORS]
    return charges[-1] if len(charges) == 1 else None


def _deemed_hostile(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Pretoria said any new strike on its soldiers would be treated as an act of war",
    "Moscow said ships bound for Ukrainian ports will be regarded as military targets",
    "warned Minsk that any incursion would be considered a provocation": an act still to come
    that a side says it will count as war or hostility is a threat (138 when the name is
    military, else 130) to the side the act is tied to: named in it, the one warned, or the
    other side of the latest event of the speaker's."""
    ev = evaluation_words()
    for tok in sentence_words(sent).with_lemma(ev["deeming_verbs"]):
        if tok.pos_ != "VERB" or not is_passive(tok) or not _future(tok) or _negated(tok):
            continue
        name = [t for c in kids(tok) if c.dep_ == "oprd" or (
            c.dep_ == "prep" and c.lower_ == "as") for t in c.subtree]
        said = {w for t in name for w in (t.lemma_.lower(), t.lower_)}
        if not said & ev["deemed_hostile"]:
            continue
        told = _told_before(ex, tok, resolver)
        if told is None:
            continue
        speech, speakers, own = told
        targets: list[ResolvedActor] = []
        subj = next((c for c in kids(tok) if c.dep_ == "nsubjpass"), None)
        warned = [c for c in kids(speech) if c.dep_ in ("dobj", "dative")]
        for t in [*(subj.subtree if subj is not None else ()), *warned]:
            if t.pos_ in ("PROPN", "NOUN", "ADJ"):
                targets += [a for a in _named(t, resolver, own)
                            if a.actor.country not in {g.actor.country for g in targets}]
        if not targets:
            targets = _last_counterpart(resolver, own, sent)
        if targets:
            code = "138" if said & ev["deemed_military"] else "130"
            yield speech, code, "threaten.deemed_hostile", speakers, targets


#: verbs by which a side binds itself to what their complement says ("vowed to uphold ...")
_PLEDGING = frozenset({"pledge", "vow", "promise", "continue", "undertake", "commit"})


def _one_china_held(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Belgrade firmly adheres to the one-China principle", "reaffirmed its commitment to
    the one-China policy": a side that upholds Beijing's claim to Taiwan supports China (051);
    a side that only "remains committed" to it, or does not adhere, says nothing new."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    for tok in sentence_words(sent).with_lemma(frozenset({"china", "one-china"})):
        if tok.lower_ == "china" and not (tok.i >= sent.start + 2 and (
                tok.nbor(-1).lower_ == "-" and tok.nbor(-2).lower_ == "one")):
            continue
        cur = tok
        for _ in range(6):
            if cur.pos_ in ("VERB", "ADJ") or cur.head.i == cur.i:
                break
            if cur.dep_ not in ("compound", "pobj", "prep", "dobj", "nmod", "amod"):
                break
            cur = cur.head
        verb = cur
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ev["adhering_verbs"] or (
                _negated(verb)) or any(a.dep_ == "aux" and a.lower_ in _BINDING
                                       for a in kids(verb)):
            continue
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() not in _PLEDGING:
            continue  # ("urged Washington to abide by the one-China principle": an appeal)
        subj = ex._subject(verb)
        holders = _state_voices(subj, resolver) if subj is not None and subj.lower_ not in (
            "who", "which", "that") else []
        holders = [a for a in holders if a.actor.country not in ("CHN", "TWN")]
        if not holders:
            continue
        china = [a for a in resolver.resolve(tok) if a.actor.country == "CHN"]
        if not china:
            china = [a for a in _last_counterpart(
                resolver, {h.actor.country for h in holders}, sent)
                if a.actor.country == "CHN"]
        if china:
            # (dated and told as the saying when reported: "said it would continue to abide
            # by ..." is support given now)
            told = verb.head if verb.dep_ in ("xcomp", "advcl") else verb
            yield _reporting_verb(told) or told, "051", "diplo.one_china_held", holders, (
                china[:1])


def _commitments_held(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Nairobi remains committed to working with Mogadishu", "said Japan was dedicated to
    deepening ties with Manila": a commitment a side states to an act toward another is its
    intent toward it (03x, the code the act's root gives: 036 for talks, 033 for aid ...);
    "must stay committed" asks it of another, "is no longer committed" withdraws it."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    for trig in ex._sentence_triggers:
        tok = trig.token
        if tok.dep_ != "pcomp" or tok.head.lower_ != "to" or (
                tok.head.head.lower_ not in ev["committed_words"]):
            continue
        cameo = trig.pattern.cameo
        code = cameo if cameo[:2] == "03" else INTENT_BY_CODE.get(
            cameo[:3], INTENT_BY_ROOT.get(cameo[:2], "030" if cameo[:2] in ("01", "02")
                                          else ""))
        if not code:
            continue
        adj = tok.head.head
        frame = [adj, adj.head] if adj.dep_ in ("acomp", "oprd", "xcomp") else [adj]
        if any(_negated(v) or any(a.dep_ == "aux" and a.lower_ in _BINDING
                                  or a.lower_ == "longer" for a in kids(v)) for v in frame):
            continue
        subj = next((c for v in frame for c in kids(v) if c.dep_ in SUBJ_DEPS), None)
        holders = _state_voices(subj, resolver) if subj is not None and subj.lower_ not in (
            "who", "which", "that") else []
        if not holders:
            continue
        own = {a.actor.country for a in holders}
        _src, tgt = ex._arguments(trig, resolver, is_passive(tok))
        partners = [g for g in tgt if g.actor.country and g.actor.country not in own
                    and g.kind not in ("implicit", "dyad", "media")]
        if partners:
            yield adj, code, "intent.commitment_held", holders, partners


def _hope_voiced(ex: EventExtractor, sent: Span, resolver: ActorResolver
                 ) -> Iterator[Found]:
    """"Delhi voiced hope that ties with Beijing would improve", "expressed confidence that
    relations with Seoul would warm": hope a side voices about its relationship with a side
    named in the clause is an optimistic comment aimed at it (013)."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    fired = {t.token.i for t in ex._sentence_triggers}
    for tok in sentence_words(sent).with_lemma(ev["hope_nouns"]):
        verb = tok.head
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or verb.lemma_.lower() not in (
                ev["voicing_verbs"]) or _negated(verb):
            continue
        clause = next((c for c in kids(tok) if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))),
                      None)
        if clause is None:
            continue
        unit = list(clause.subtree)
        inside = {t.i for t in unit}
        if ex._relation_comment(unit, ev, frozenset(fired & inside)) != "013":
            continue
        subj = ex._subject(verb)
        holders = _state_voices(subj, resolver) if subj is not None and subj.lower_ not in (
            "who", "which", "that") else []
        if not holders:
            continue
        own = {a.actor.country for a in holders}
        found: list[ResolvedActor] = []
        for t in unit:
            if t.pos_ in ("PROPN", "NOUN", "ADJ") and t.dep_ != "compound":
                found += [a for a in _named(t, resolver, own)
                          if a.actor.country not in {f.actor.country for f in found}]
        if found:
            yield verb, "013", "statement.hope_voiced", holders, found


#: the time a side is given to act ("gave Caracas until Friday", "gave it 72 hours")
_TIME_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months"})
_DEADLINE_WORDS = _TIME_UNITS | {"until", "till"}


def _deadlines_given(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"The bloc gave Bamako until 1 January to free the soldiers", "Washington gave Caracas
    two weeks to release the prisoners": a deadline set for another side to do something is a
    demand of it (100; a deadline told as an "ultimatum" is the pattern's own 139). The time
    to leave that an expulsion grants ("declared the envoy persona non grata and gave her two
    days to leave") is part of the expulsion, no demand of its own."""
    sw = stance_words()
    expelling = bool(sentence_words(sent).words & sw["expulsion_words"])
    for tok in sentence_words(sent).with_lemma(frozenset({"give"})):
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        children_ = list(kids(tok))
        until = next((c for c in children_ if c.dep_ == "prep" and c.lower_ in ("until", "till")),
                     None)
        span = next((c for c in children_ if c.dep_ == "dobj" and c.lower_ in _TIME_UNITS
                     and any(n.dep_ == "nummod" for n in kids(c))), None)
        if until is None and span is None:
            continue
        heads = [tok, *([span] if span is not None else [])]
        asked_acts = [c for h in heads for c in kids(h)
                      if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB"
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
        if not asked_acts:
            continue  # (no act asked for: "gave Kyiv until spring" of aid)
        if expelling and all(c.lemma_.lower() in sw["leaving_verbs"] for c in asked_acts):
            continue  # (the time to leave an expulsion grants: part of the expulsion)
        given = next((c for c in children_ if c.dep_ == "dative" or (
            c.dep_ == "dobj" and c is not span)), None)
        subj = ex._subject(tok)
        if given is None or subj is None or subj.lower_ in ("who", "which", "that"):
            continue
        setters = [a for a in resolver.resolve(subj) if a.actor.country
                   and a.kind not in ("implicit", "dyad", "media")]
        own = _own_of(setters)
        asked = _named(given, resolver, own)
        if setters and asked:
            yield tok, "100", "demand.deadline_given", setters, asked


#: the roots of the acts a side performs by saying them in the first person ("we condemn",
#: "we urge", "we reject", "we demand", "we welcome", "we warn")
_PERFORMATIVE_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})
_FIRST_PERSON = frozenset({"we", "i"})


def _quoted_voice(ex: EventExtractor, verb: Token, resolver: ActorResolver
                  ) -> list[ResolvedActor]:
    """The state voice that says ``verb`` in the first person inside a quotation whose speaker
    is named before or after it ("'We condemn the strikes,' the minister said", "the minister
    said: 'We urge restraint'"); else []."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _FIRST_PERSON:
        return []
    speech = _reporting_verb(verb)
    if speech is None:
        # ("the minister said: 'This is unacceptable. We call for his release.'": a later
        # sentence of a quotation still open, opened after a verb of saying and a colon)
        opener = _open_quote_opener(verb)
        return _speaker_of(ex, opener, resolver) if opener is not None else []
    start = sent_of(verb).start if speech is None or speech.i > verb.i else speech.i
    if speech is None or not any(t.lower_ in QUOTE_MARKS or t.text in QUOTE_MARKS
                                 for t in verb.doc[start:verb.i]):
        return []  # (the quotation opens before the verb: after the speaker, if first)
    return _speaker_of(ex, speech, resolver)


#: how far back (in tokens) a quotation still open at a verb is looked for
_QUOTE_REACH = 80


def _open_quote_opener(verb: Token) -> Token | None:
    """The verb of saying whose quotation, opened after a colon ("said: '...") in an earlier
    sentence, is still open at ``verb`` (one quote mark between them); else None."""
    doc = verb.doc
    start = sent_of(verb).start
    marks = 0
    for t in reversed(doc[max(0, start - _QUOTE_REACH):verb.i]):
        if t.is_quote or t.text in QUOTE_MARKS:
            marks += 1
            if marks > 1:
                return None
        elif t.text == ":" and marks == 1 and t.i < start and t.i + 1 < len(doc) and (
                doc[t.i + 1].is_quote or doc[t.i + 1].text in QUOTE_MARKS):
            head = t.head
            return head if head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() in SPEAKING_VERBS) and head.i < t.i else None
    return None


def _performed_in_quote(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"'We strongly condemn the strikes on Kharkiv,' the Polish premier said", "'We urge
    Islamabad to free our pilot,' Delhi's envoy told reporters": an appeal, judgement,
    demand, rejection or warning a speaker performs in the first person and the present
    tense inside a quotation is that speaker's act toward the side it names (the act's own
    code); "we will", "we do not", "we would" perform nothing yet."""
    for trig in ex._sentence_triggers:
        tok = trig.token
        if tok.pos_ != "VERB" or tok.tag_ != "VBP" or (
                trig.pattern.cameo[:2] not in _PERFORMATIVE_ROOTS) or _negated(tok) or any(
                c.dep_ in ("aux", "auxpass") for c in kids(tok)):
            continue
        voices = _quoted_voice(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        _src, tgt = ex._arguments(trig, resolver, is_passive(tok))
        aimed = [g for g in tgt if g.actor.country and g.actor.country not in own
                 and g.kind not in ("implicit", "dyad", "media")]
        if aimed:
            yield tok, trig.pattern.cameo, trig.pattern.id + "+quoted", voices, aimed


def _partners_named(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Delhi called Tokyo a reliable partner", "Biden described Hanoi as a key partner",
    "Putin called Xi a dear friend": a side named a partner, friend or ally by another is
    praised by it (051); "an unreliable partner", "not a friend" praise no one."""

    ev = evaluation_words()
    doubts = ev["partner_doubts"] | ev["negative"]
    for tok in sentence_words(sent).with_lemma(ev["naming_verbs"]):
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        named = next((c for c in kids(tok) if c.dep_ == "dobj"
                      and c.pos_ == "PROPN"), None)
        pred = next((c for c in kids(tok) if c.dep_ in ("oprd", "attr") and c.i > tok.i),
                    None) or next((p for c in kids(tok) if c.dep_ == "prep"
                                   and c.lower_ == "as" for p in kids(c)
                                   if p.dep_ == "pobj"), None)
        if named is None or pred is None or pred.lemma_.lower() not in ev["partner_names"] or (
                any(c.lower_ in doubts or c.lemma_.lower() in doubts or c.dep_ == "neg"
                    or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss"
                    and c.pos_ != "PRON" for c in kids(pred))):
            continue  # (and not "a partner of Moscow", "Moscow's ally": a third side's)
        voices = _own_voices(ex, tok, resolver)
        if not voices:
            continue
        praised = _named(named, resolver, {a.actor.country for a in voices})
        if praised:
            yield tok, "051", "diplo.partner_named", voices, praised


def _onus_put(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Paris said it was time for Moscow to end the war", "said it was up to Beijing to show
    restraint", "said the ball was in Pyongyang's court": a speaker who puts the next step on
    another side appeals to it (020); "it is not up to Kyiv" puts nothing on it."""
    for be in sentence_words(sent).with_lemma(frozenset({"be"})):
        if _negated(be):
            continue
        subj = next((c for c in kids(be) if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        asked: Token | None = None
        if subj.lower_ == "it":
            time = next((c for c in kids(be) if c.dep_ == "attr" and c.lower_ == "time"),
                        None)
            if time is not None:
                # ("time for Moscow to end ...": the subject of the infinitive after "for")
                act = next((c for c in kids(time) if c.dep_ in ("relcl", "acl")
                            and any(m.dep_ == "mark" and m.lower_ == "for"
                                    for m in kids(c))), None)
                asked = next((c for c in kids(act) if c.dep_ == "nsubj"), None) if (
                    act is not None) else None
            up = next((c for c in kids(be) if c.dep_ == "prep" and c.lower_ == "up"), None)
            if up is not None and any(c.dep_ in ("advcl", "xcomp") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
                    for c in kids(be)):
                asked = prep_obj(up, ("to",))
        elif subj.lemma_.lower() == "ball":
            court = prep_obj(be, ("in",))
            if court is not None and court.lemma_.lower() == "court":
                asked = next((c for c in kids(court) if c.dep_ == "poss"), None)
        if asked is None or asked.pos_ not in ("PROPN", "NOUN") or (
                asked.lower_ in _TALK_NOUNS):
            continue  # (not "time for talks with Moscow")
        speech = _reporting_verb(be)
        if speech is None:
            continue
        speakers = _speaker_of(ex, speech, resolver)
        if not speakers:
            continue
        found = _named(asked, resolver, {a.actor.country for a in speakers})
        if found:
            yield speech, "020", "appeal.onus_put", speakers, found


#: verbs whose "that"-clause in the bare subjunctive asks something of its subject ("insisted
#: that Washington lift the sanctions first")
_MANDATIVE = frozenset({"insist", "stipulate"})
_TOLERATING = frozenset({"tolerate", "countenance"})


def _insisted_demands(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Tehran insisted that Washington lift all sanctions first", "Ankara insists that
    Stockholm extradite the suspects": a demand of the subject of the bare subjunctive (100);
    "insisted that Washington had lifted ..." (a tensed clause) asserts a fact."""
    for tok in sentence_words(sent).with_lemma(_MANDATIVE):
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        for clause in kids(tok):
            if clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP") or any(
                    c.dep_ in ("aux", "auxpass", "neg") for c in kids(clause)) or not any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in kids(clause)):
                continue
            subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
            if subj is None or clause.tag_ == "VBP" and subj.tag_ not in ("NNP", "NN"):
                continue  # (the bare form, told by a singular subject: "that Kyiv lift")
            speakers = _speaker_of(ex, tok, resolver)
            if not speakers:
                continue
            asked = _named(subj, resolver, {a.actor.country for a in speakers})
            if asked:
                yield tok, "100", "demand.insisted_that", speakers, asked


def _not_tolerated(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Ankara said it would not tolerate Athens's militarisation of the islands", "Seoul will
    not tolerate any provocation by Pyongyang": an act of another side a speaker says it will
    not tolerate is a warning to that side (130)."""
    from detente.nlp.implied import _state_voices

    for tok in sentence_words(sent).with_lemma(_TOLERATING):
        act = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if tok.pos_ != "VERB" or not _future(tok) or not (_negated(tok) or act is not None and any(
                c.dep_ == "det" and c.lower_ == "no" for c in kids(act))):
            continue  # ("would not tolerate ...", "will tolerate no ...")
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if act is None or subj is None:
            continue
        speech = _reporting_verb(tok)
        if speech is not None and subj.lower_ in ("it", "we", "they"):
            speakers = _speaker_of(ex, speech, resolver)
        else:
            speakers = _state_voices(subj, resolver)
            speech = speech or tok
        if not speakers:
            continue
        own = {a.actor.country for a in speakers}
        doer, found = _owner_named(act, ("by", "from"), resolver, own)
        if found:
            yield speech, "130", "threaten.not_tolerated", speakers, found


@functools.cache
def stance_words() -> dict[str, frozenset[str]]:
    """The word lists of coding/data/stance.yaml (read once)."""
    text = resources.files("detente.coding").joinpath("data/stance.yaml").read_text("utf-8")
    return {k: frozenset(str(v).lower() for v in vs) for k, vs in yaml.safe_load(text).items()}


def _voice_of(ex: EventExtractor, verb: Token, resolver: ActorResolver) -> list[ResolvedActor]:
    """The state voices of the subject of ``verb`` (a pronoun subject of a reported clause,
    "said it was ready", is the reporting verb's speaker)."""
    from detente.nlp.implied import _state_voices

    subj = ex._subject(verb)
    if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subj = verb.head  # ("The UAE, which welcomed the ruling, ...": the UAE)
    if subj is None or subj.lower_ in ("who", "which", "that"):
        return []
    found = _state_voices(subj, resolver)
    if not found and subj.pos_ == "PROPN" and subj.ent_type_ != "NORP":
        # (a country's name the tagger took for an organisation: "the UAE")
        found = [a for a in resolver.resolve(subj) if a.kind == "country"
                 and a.actor.sector is None and a.actor.country
                 and len(a.actor.country) == 3]
    if not found and subj.pos_ == "PRON" and (outer := _reporting_verb(verb)) is not None:
        found = _speaker_of(ex, outer, resolver)
    return found


def _said_at(verb: Token) -> Token:
    """Where a stance ``verb`` is told: the verb that reports it when it is a reported
    clause ("said it was ready to mediate"), else the verb itself."""
    return (_reporting_verb(verb) if verb.dep_ == "ccomp" else None) or verb


def _named_in(unit: list[Token], resolver: ActorResolver, own: set[str | None],
              pairs: bool = False) -> list[ResolvedActor]:
    """The sides of other countries than ``own`` that ``unit`` names, one per country (with
    ``pairs``, a pair phrase's too: "between the two countries")."""
    found: list[ResolvedActor] = []
    seen: set[str | None] = set()
    for t in unit:
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") or t.dep_ == "compound":
            continue
        for a in resolver.resolve(t):
            if not a.actor.country or a.actor.country in own or a.actor.country in seen or (
                    a.kind in ("implicit", "media") or a.kind == "dyad" and not pairs):
                continue
            seen.add(a.actor.country)
            found.append(a)
    return found


def _story_sides(resolver: ActorResolver, own: set[str | None], sent: Span
                 ) -> list[ResolvedActor]:
    """The sides a third party's offer or hope about "the dialogue", "this step" is aimed
    at: the two other sides of the latest accord or of the article's relationship, else the
    other side of the speaker's own latest event."""
    return _last_accord(resolver, own, sent) or _last_counterpart(resolver, own, sent)


def _readiness_voiced(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"The Sultanate reaffirmed its readiness to facilitate the dialogue", "Oslo stands ready
    to mediate", "Tokyo is ready to play any role it can to help ease the tension", "expressed
    its willingness to resume talks": readiness to mediate is an offer of mediation (039),
    readiness to hold or resume talks an intent to meet (036); aimed at the sides the
    infinitive names, else (mediation) the two sides of the story's accord or relationship,
    else the speaker's latest counterpart. A readiness denied, asked of another ("should be
    ready") or only conditional is no offer."""
    sw, ev = stance_words(), evaluation_words()
    for tok in sent:
        low = tok.lower_
        if low in sw["readiness_nouns"] and tok.pos_ == "NOUN":
            frame = tok.head
            if tok.dep_ != "dobj" or frame.lemma_.lower() not in sw["readiness_frames"]:
                continue
            content = [x for c in kids(tok) if c.dep_ in ("acl", "relcl", "prep")
                       and (c.dep_ != "prep" or c.lower_ in ("to", "for")) for x in c.subtree]
        elif low in sw["readiness_adjs"] and tok.pos_ == "ADJ":
            frame = tok.head
            if tok.dep_ not in ("acomp", "oprd", "xcomp") or (
                    frame.lemma_.lower() not in sw["readiness_copulas"]):
                continue
            # (the infinitive on the adjective, or hung on the copula after it)
            content = [x for c in (*kids(tok), *(c for c in kids(frame) if c.i > tok.i))
                       if c.dep_ in ("xcomp", "prep", "advcl") for x in c.subtree]
        else:
            continue
        if not content or _negated(frame) or any(
                a.dep_ == "aux" and a.lower_ in _UNSURE_AUX for a in kids(frame)):
            continue
        said = {w for x in content for w in (x.lower_, x.lemma_.lower())}
        if said & sw["mediation_words"] or (said & sw["mediation_helpers"]
                                            and said & ev["mediation_aims"]):
            code = "039"
        elif said & sw["meeting_words"] and said & sw["meeting_verbs"]:
            code = "036"
        else:
            continue
        voices = _voice_of(ex, frame, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        if _told_in_sentence(resolver, sent, code[:2], own):
            continue  # ("expressed its readiness to continue contacts" told as an intent)
        targets = _named_in(content, resolver, own, pairs=True)
        if not targets:
            targets = (_story_sides(resolver, own, sent) if code == "039"
                       else _main_partner(resolver, own, sent)
                       or _last_counterpart(resolver, own, sent))
        if targets:
            yield _said_at(frame), code, "intent.readiness_voiced", voices, targets


def _hope_told(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Qatar hopes that this step will bring lasting peace between the two countries",
    "Rome hoped the talks would ease the tension": a hope a side states by a verb that an
    act or relationship will bring peace, a settlement or better ties is an optimistic
    comment (013) aimed at the sides the clause names, else (the clause is about "this
    step", "the talks") the sides of the story's accord or relationship. A hope dashed
    ("had hoped") or denied is none."""
    sw, ev = stance_words(), evaluation_words()
    goals = sw["hope_goals"] | ev["optimistic"]
    for tok in sent:
        if not (tok.lemma_.lower() in sw["hope_verbs"] or tok.lower_ in sw["hope_verbs"]) or (
                tok.pos_ != "VERB" or _negated(tok)):
            continue
        if any(a.dep_ == "aux" and a.lower_ in ("had", "'d") for a in kids(tok)):
            continue  # (a hope that came to nothing)
        clause = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None or any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                 for m in kids(clause)):
            continue
        unit = list(clause.subtree)
        words = {w for x in unit for w in (x.lower_, x.lemma_.lower())}
        if not words & goals or any(x.dep_ == "neg" for x in unit):
            continue
        voices = _voice_of(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        targets = _named_in(unit, resolver, own, pairs=True)
        subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not targets and subj is not None and subj.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("this", "the", "these", "that")
                for c in kids(subj)):
            targets = _story_sides(resolver, own, sent)
        if targets:
            yield _said_at(tok), "013", "statement.hope_told", voices, targets


def _own_pact_praised(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Bishkek called the signing a historic event", "described the treaty as a milestone
    for both peoples": a party that praises its own pact says nothing of the other's merit
    but is optimistic about the relationship (013), aimed at the other party of the latest
    pact or intent the article told with the speaker's side."""
    sw, ev = stance_words(), evaluation_words()
    for tok in sent:
        if tok.lower_ not in ev["naming_verbs"] or tok.pos_ != "VERB" or _negated(tok) or (
                is_passive(tok)):
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ == "it" or obj.pos_ == "NOUN" and (
                obj.lower_ in sw["own_pact_nouns"] or obj.lemma_.lower() in sw["own_pact_nouns"])):
            continue
        if not _praised_as(tok, obj, ev):
            continue
        voices = _voice_of(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        if any(told.cameo == "045" and told.source is not None and told.source.country in own
               for told in resolver.ctx.events[-30:]):
            continue  # (the story's mediator praising the deal it brokered praises the parties)
        partner = _own_pact_partner(resolver, own, sent)
        if partner:
            yield tok, "013", "statement.own_pact_praised", voices, partner


def _own_pact_partner(resolver: ActorResolver, own: set[str | None], sent: Span
                      ) -> list[ResolvedActor]:
    """The other party of the latest pact (057) the article told before ``sent``, when the
    ``own`` side is one of its two parties (none when it is not: a third side's
    praise of a pact is :func:`_welcomed_acts`'); with no pact told, the other side of the
    article's relationship when ``own`` is one of its two."""
    for told in reversed(resolver.ctx.events[-20:]):
        # (of any status: a pact told as still to be signed is the latest one spoken of)
        if told.evidence.start >= sent.start_char or told.source is None or (
                told.target is None) or told.cameo[:3] != "057":
            continue
        ends = (told.source, told.target)
        countries = {e.country for e in ends}
        if len(countries) != 2 or None in countries or not countries & own:
            return []
        other = next(e for e in ends if e.country not in own)
        return [ResolvedActor(other, "coref")]
    return _main_partner(resolver, own, sent)


def _act_not_recognised(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"The ministry said it does not recognise the move to sever relations", "Beijing does
    not accept the ruling", "refused to recognise the verdict": an act of another side that a
    side says it does not recognise or accept is rejected (120), aimed at the act's doer: the
    side the article told doing the act the noun's own clause names ("to sever relations"),
    else the doer of the act the noun refers back to (a court's ruling: the court the
    article last named). A refusal still to come or asked of another is left to the patterns
    of refusal."""
    sw = stance_words()
    for tok in sent:
        if tok.lemma_.lower() not in sw["stance_verbs"] or tok.pos_ != "VERB":
            continue
        frame = _withheld(tok, sw["refusing_verbs"], _UNDONE_AUX)
        if frame is None:
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not (
                obj.lower_ in sw["stance_objects"] or obj.lemma_.lower() in sw["stance_objects"]):
            continue
        voices = _voice_of(ex, frame, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        # whose the act is, when a possessor or a by-phrase says so
        targets = [a for c in kids(obj) if c.dep_ == "poss" for a in _named(c, resolver, own)]
        if not targets and (by := prep_obj(obj, ("by",))) is not None:
            targets = _named(by, resolver, own)
        if not targets:
            targets = _doer_of_named_act(ex, obj, resolver, own, sent)
        if not targets:
            targets = ex._told_act_agents(obj, resolver, own, until=tok.i)
        if not targets and (obj.lower_ in sw["verdict_nouns"]
                            or obj.lemma_.lower() in sw["verdict_nouns"]):
            targets = _court_named(resolver, own)
        if targets:
            yield _said_at(frame), "120", "reject.act_not_recognised", voices, targets


def _doer_of_named_act(ex: EventExtractor, noun: Token, resolver: ActorResolver,
                       own: set[str | None], sent: Span) -> list[ResolvedActor]:
    """The side that did the act a noun's infinitive names ("the move to sever relations"):
    the source of the latest event of the infinitive's root the article told before
    ``sent``, of another side than ``own``."""
    acl = next((c for c in kids(noun) if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if acl is None:
        return []
    span = {x.i for x in acl.subtree}
    roots = {t.pattern.cameo[:2] for t in ex._sentence_triggers if t.token.i in span}
    if not roots:
        return []
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or told.source is None or (
                told.root not in roots) or told.source.country in own or not (
                told.source.country):
            continue
        return [ResolvedActor(told.source, "coref")]
    return []


def _main_partner(resolver: ActorResolver, own: set[str | None], sent: Span
                  ) -> list[ResolvedActor]:
    """The other side of the article's relationship when the ``own`` side is one of its
    two, as a side with no text in the sentence."""
    dyad = resolver.ctx.main_dyad
    if dyad is None or not set(dyad) & own:
        return []
    return [a for a in resolver.group_actors(sent[0], 2)
            if a.actor.country in dyad and a.actor.country not in own][:1]


def _told_in_sentence(resolver: ActorResolver, sent: Span, root: str,
                      own: set[str | None]) -> bool:
    """Whether an event of ``root`` from the ``own`` side was already coded from ``sent``
    (the sentence's own trigger told the intent or comment)."""
    return any(told.evidence.start == sent.start_char and told.root == root
               and told.source is not None and told.source.country in own
               for told in resolver.ctx.events[-12:])


def _court_named(resolver: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
    """The court the article last named ("the International Court of Justice", later "the
    court"), when it is not of the ``own`` side."""
    # (in a fixed order: a set's order changes from run to run)
    for noun in sorted(stance_words()["court_nouns"]):
        court = resolver.ctx.by_noun.get(noun)
        if court is not None and court.actor.country and court.actor.country not in own:
            return [ResolvedActor(court.actor, "coref", court.key)]
    return []


@functools.cache
def _verdict_codes() -> dict[str, str]:
    """The code of each verb of judging a ruling (stance.yaml ``verdict_verbs_*``)."""
    sw = stance_words()
    return {**{v: "051" for v in sw["verdict_verbs_praise"]},
            **{v: "111" for v in sw["verdict_verbs_blame"]},
            **{v: "120" for v in sw["verdict_verbs_reject"]}}


def _verdict_judged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Mogadishu welcomed the ruling", "Nairobi rejected the judgment in its totality",
    "the ministry regretted the verdict": a court's ruling that names no side is judged by
    the speaker, praise (051), criticism (111) or rejection (120) aimed at the court the
    article last named. A ruling whose words name whose it is ("Seoul's decision", "the
    ruling by X") is left to the verb's own pattern."""
    sw, codes = stance_words(), _verdict_codes()
    for tok in sent:
        code = codes.get(tok.lemma_.lower())
        if code is None or tok.pos_ != "VERB" or _negated(tok) or is_passive(tok) or any(
                a.dep_ == "aux" and a.lower_ in _UNDONE_AUX for a in kids(tok)):
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not (
                obj.lower_ in sw["verdict_nouns"] or obj.lemma_.lower() in sw["verdict_nouns"]):
            continue
        if any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "PRON")
               for c in kids(obj)) or prep_obj(obj, ("of", "by")) is not None:
            continue  # (whose ruling it is, the words say)
        voices = _voice_of(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        court = _court_named(resolver, own)
        if court:
            yield _said_at(tok), code, "judge.verdict_judged", voices, court


def _possessed_endorsed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"Madrid called Morocco's autonomy plan the most credible basis for a settlement",
    "Paris considers Rabat's plan the only basis", "described the Turkish proposal as
    realistic": a side that speaks well of another named side's plan, stance or efforts
    endorses it (051), aimed at the owner; a verdict with a negative word is left to the
    judging rules."""
    sw, ev = stance_words(), evaluation_words()
    good = sw["endorsing_names"] | ev["praise_names"] | ev["positive"]
    for tok in sent:
        if tok.lower_ not in sw["endorsing_verbs"] or tok.pos_ != "VERB" or _negated(tok) or (
                is_passive(tok)):
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not (
                obj.lower_ in sw["endorsed_things"] or obj.lemma_.lower() in sw["endorsed_things"]):
            continue
        pred = next((c for c in kids(tok) if c.dep_ in ("oprd", "attr", "acomp", "ccomp")
                     and c.i > obj.i), None) or next(
            # ("described the offer as fair", the adjective hung on "as")
            (p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as"
             for p in kids(c) if p.dep_ in ("pobj", "amod", "acomp")), None)
        if pred is None:
            continue
        phrase = [pred, *(c for c in kids(pred) if c.dep_ in ("amod", "compound", "conj",
                                                                 "advmod"))]
        phrase += [g for c in phrase for g in kids(c) if c is not pred and g.dep_ == "conj"]
        words = {w for t in phrase for w in (t.lemma_.lower(), t.lower_)}
        if not words & good or words & ev["negative"]:
            continue
        voices = _voice_of(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        owners = [a for c in kids(obj) if c.dep_ in ("poss", "amod", "compound")
                  and c.pos_ in ("PROPN", "ADJ") for a in _named(c, resolver, own)
                  or _demonym_side(c, resolver, own)]
        if owners:
            yield _said_at(tok), "051", "diplo.possessed_endorsed", voices, owners[:1]


def _demonym_side(tok: Token, resolver: ActorResolver, own: set[str | None]
                  ) -> list[ResolvedActor]:
    """The country a nationality adjective names ("the Venezuelan proposal"), when it is a
    state's and not the ``own`` side's."""
    country = resolver.kb.adjective_country(tok.text) if tok.ent_type_ == "NORP" else None
    if not country or country in own or country not in resolver.kb.country_codes:
        return []
    return [ResolvedActor(Actor(tok.text, None, country, country, None, tok.idx,
                                tok.idx + len(tok.text)), "country")]


def _omission_charged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Brussels complained that Washington had not consulted the bloc", "Canberra said it
    was never shown the draft before the signing", "saying the islanders failed to consult
    it", "said the alliance had failed to honour its obligations": a duty another side left undone,
    as the speaker tells it, is criticism (111) of that side: the omitting verb's subject, or
    (the speaker's side left uninformed: "had not been told") the agent, else the other side
    of the article's relationship. An omission of the speaker's own side, or one told as
    still to come or asked for, is none."""
    sw = stance_words()
    for tok in sent:
        if tok.lemma_.lower() not in sw["duty_verbs"] or tok.pos_ != "VERB":
            continue
        frame = _withheld(tok, sw["failing_verbs"], _UNSURE_AUX)
        if frame is None:
            continue
        if tok.lemma_.lower() in sw["duty_object_verbs"] and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in sw["duty_objects"] for c in kids(tok)):
            continue  # ("did not meet the president": no duty)
        speech = _reporting_verb(frame)
        if speech is None and frame.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in kids(frame)):
            # ("said the funds were frozen because the islands had not shown ...")
            speech = _reporting_verb(frame.head) or (
                frame.head if frame.head.lemma_.lower() in SPEAKING_VERBS else None)
        if speech is None or speech.i > frame.i and not _quoted(frame):
            continue
        speakers = _speaker_of(ex, speech, resolver)
        if not speakers:
            continue
        own = _own_of(speakers)
        subj = ex._subject(frame)
        if subj is None:
            continue
        if is_passive(tok):
            # the speaker's side left uninformed: whoever kept it so
            if not ({a.actor.country for a in resolver.resolve(subj)} & own
                    or subj.lower_ in ("it", "we", "they")):
                continue
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            targets = _named(agent, resolver, own) if agent is not None else (
                _main_partner(resolver, own, sent) or _last_counterpart(resolver, own, sent))
        else:
            if {a.actor.country for a in resolver.resolve(subj)} & own:
                continue  # (the speaker's own omission)
            targets = [a for x in (subj, *subj.conjuncts) for a in _named(x, resolver, own)]
        if targets:
            yield speech, "111", "disapprove.omission_charged", speakers, targets[:2]


#: how far back (tokens) before ", which" the noun a relative judgement is about may stand
_ANTECEDENT_REACH = 16


def _relative_judged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"... over remarks by the Mexican president, which Quito said were offensive", "comments
    by Scholz, which Warsaw called insulting": a judgement told in a relative clause about
    an act or words of another side is criticism (111) of whoever the antecedent says did
    them (its "by" phrase or owner, else the doer of the act it refers back to). The
    speaker must be a state voice and the predicate a word of ``negative``; a judgement
    negated ("which Rome did not call hostile") or of the speaker's own side's act is none."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    acts = ev["judged_acts"]
    view = sentence_words(sent)
    for which, low in zip(view.tokens, view.lowers, strict=True):
        if low != "which" and low != "that":
            continue  # (the test below asks for one of the two)
        # (", which Quito said were offensive", or a "that" clause: "over a remark that
        # Tokyo said was offensive")
        comma = which.i >= 2 and which.doc[which.i - 1].lower_ == ","
        if not (which.lower_ == "which" and comma or which.lower_ == "that" and (
                which.dep_ in ("nsubj", "nsubjpass", "dobj") and not comma and which.i >= 1)):
            continue
        verb = which.head
        if which.dep_ == "dobj" and verb.lemma_.lower() in ev["naming_verbs"]:
            speech = verb  # ("which Warsaw called insulting")
            preds = [c for c in kids(verb) if c.dep_ in ("oprd", "xcomp", "acomp", "attr")
                     and c.i > verb.i]
        elif which.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and (
                verb.head.lemma_.lower() in SPEAKING_VERBS):
            speech = verb.head  # ("which Quito said were offensive")
            preds = [c for c in kids(verb) if c.dep_ in ("acomp", "attr") and c.i > verb.i]
        else:
            continue
        if not preds or _negated(speech) or _negated(verb) or speech.i > which.i + 4:
            continue
        words = {w for p in preds for t in (p, *(c for c in kids(p) if c.dep_ in (
            "amod", "conj", "compound"))) for w in (t.lemma_.lower(), t.lower_)}
        if not words & ev["negative"]:
            continue
        subj = next((c for c in kids(speech) if c.dep_ == "nsubj" and c.i != which.i), None)
        voices = _state_voices(subj, resolver) if subj is not None else []
        if not voices:
            continue
        own = _own_of(voices)
        noun = _judged_antecedent(which, acts, 2 if comma else 1)
        if noun is None:
            continue
        found = [a for c in kids(noun) if c.dep_ in ("poss", "amod", "compound")
                 for a in _named(c, resolver, own)] or _antecedent_doers(noun, resolver, own)
        if not found:
            found = ex._told_act_agents(noun, resolver, own, until=noun.i)
        if found:
            yield speech, "111", "disapprove.relative_judgement", voices, _one_per_country(found)


#: verbs of condemning whose object, a relative "which", stands for another side's act or words
_CONDEMNING = frozenset({"condemn", "denounce", "criticise", "criticize", "decry", "deplore",
                         "slam", "blast", "censure"})


#: deeds besides ``judged_acts`` a side is condemned for through a relative "which"
_CONDEMNED_DEEDS = frozenset({"declaration", "agreement", "accord", "pact", "deal", "law",
                              "resolution", "visit", "vote", "referendum", "test", "tests",
                              "launch", "launches", "strike", "strikes", "attack", "attacks"})


def _relative_condemned(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"Hanoi and Manila signed a declaration on the shoal, which Beijing condemned", "a joint
    statement backing the ousted leader, which Quito denounced as meddling": a relative
    "which" the object of a verb of condemning stands for an act or words of another side
    told before it, and the condemnation is criticism (111) of whoever did them (the
    antecedent's "by" phrase or owner, else the subject of the verb it is the object of). The
    antecedent is the nearest noun of ``judged_acts`` on the way up from the noun the parser
    hung the clause on; a condemnation negated or by the doer's own side is none."""
    from detente.nlp.implied import _state_voices

    ev = evaluation_words()
    acts = ev["judged_acts"] | _CONDEMNED_DEEDS
    # (the object of a verb of judging or saying is no deed of that verb's subject: "Delhi
    # criticised the remarks, which Washington condemned too")
    judging = _CONDEMNING | ev["denying_verbs"] | ev["welcoming_verbs"] | ev["naming_verbs"] | {
        "oppose", "protest", "question", "dispute", "cite", "report", "mention", "note"}
    for which in sent:
        verb = which.head
        if which.lower_ != "which" or which.dep_ != "dobj" or verb.dep_ != "relcl" or (
                verb.lemma_.lower() not in _CONDEMNING) or _negated(verb):
            continue
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        voices = _state_voices(subj, resolver) if subj is not None else []
        if not voices:
            continue
        own = _own_of(voices)
        noun: Token | None = verb.head
        for _ in range(6):
            if noun is None or noun.pos_ == "NOUN" and noun.lemma_.lower() in acts:
                break
            if noun.pos_ == "VERB" and noun.dep_ != "acl":
                # ("signed a declaration on the shoal, which ...": the verb's deed object)
                noun = next((c for c in kids(noun) if c.dep_ == "dobj" and c.i < which.i
                             and c.lemma_.lower() in acts), None)
                break
            noun = noun.head if noun.head.i != noun.i and noun.dep_ in (
                "pobj", "prep", "oprd", "dobj", "acl", "appos", "compound") else None
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in acts:
            continue
        found = [a for c in kids(noun) if c.dep_ == "poss" for a in _named(c, resolver, own)]
        if not found and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in judging):
            found = _antecedent_doers(noun, resolver, own)
        sides = {a.actor.country: a for a in found}
        if sides:
            yield verb, "111", "disapprove.relative_condemned", voices, list(sides.values())[:4]


def _judged_antecedent(which: Token, acts: frozenset[str], skip: int) -> Token | None:
    """The noun of an act or of words (``acts``) a relative ", which" or "that" stands for:
    the nearest one before it (``skip``: 2 past the comma, else 1), in the same clause (no
    verb between them)."""
    doc = which.doc
    start = max(sent_of(which).start, which.i - _ANTECEDENT_REACH)
    for i in range(which.i - skip, start - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.lower_ not in ("'s", "-"):
            return None
        if t.pos_ == "NOUN" and (t.lemma_.lower() in acts or t.lower_ in acts):
            return t
    return None


def _hostile_aims(ex: EventExtractor, sent: Span, resolver: ActorResolver
                  ) -> Iterator[Found]:
    """"Moscow said the expulsions were one more move by the Latvian government to wreck
    ties", "called the vote an attempt by Kyiv to split the church", "described the
    sanctions as Washington's bid to contain China": an act told by a speaker as a step of
    another side toward a harmful aim is criticism (111) of that side. The aim is an
    infinitive on a noun of ``aim_nouns`` whose verb is one of ``hostile_aims`` (or a word
    of ``negative``); the doer is the noun's "by" phrase or owner, else the doer of the act
    the clause's subject refers back to ("the decision"); the speaker a state voice of the
    verb of saying or naming the noun stands under."""
    ev = evaluation_words()
    sw = stance_words()
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in sw["aim_nouns"]:
            continue
        # (the tagger may take the infinitive for a noun: "to wreck relations")
        aim = next((c for c in kids(noun) if c.dep_ in ("acl", "relcl")
                    and c.pos_ in ("VERB", "NOUN") and c.i > noun.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
        if aim is None and noun.dep_ == "attr":
            # (the infinitive hung on the copula: "was one more step by X [to wreck ties]")
            aim = next((c for c in kids(noun.head) if c.dep_ in ("advcl", "xcomp")
                        and c.pos_ == "VERB" and c.i > noun.i
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
        if aim is None or _negated(aim) or not ({aim.lemma_.lower(), aim.lower_} & (
                sw["hostile_aims"] | ev["negative"])):
            continue
        speech = _naming_verb(noun, ev) or _reporting_verb(noun)
        if speech is None or _negated(speech) or noun.dep_ == "attr" and (
                _negated(noun.head) or any(a.dep_ == "aux" and a.lower_ in _NOT_DONE_AUX
                                           for a in kids(noun.head))):
            continue  # ("said the move was not / would be a step to ...")
        voices = _speaker_of(ex, speech, resolver)
        if not voices:
            continue
        own = _own_of(voices)
        doer, found = _owner_named(noun, ("by", "of"), resolver, own)
        if not found and doer is not None:
            found = [a for c in kids(doer) if c.dep_ in ("amod", "compound", "poss")
                     for a in _named(c, resolver, own)]
        if not found and doer is None and noun.dep_ == "attr":
            # ("said the decision was another step to ..."): whoever took the decision
            subj = next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "NOUN":
                found = ex._told_act_agents(subj, resolver, own, until=speech.i)
        if found:
            yield speech, "111", "disapprove.hostile_aim", voices, found[:2]


def _naming_verb(noun: Token, ev: dict[str, frozenset[str]]) -> Token | None:
    """The naming verb whose predicate ``noun`` is ("called it an attempt", "described the
    move as a step"), else None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif noun.dep_ not in ("oprd", "attr", "dobj"):
        return None
    if head.pos_ == "VERB" and head.lemma_.lower() in ev["naming_verbs"] and head.i < noun.i:
        return head
    return None


def _answered_act(aimed: Token, ev: dict[str, frozenset[str]]) -> bool:
    """Whether ``aimed``, the subject of "would not go unanswered", points back at an act
    already done: "it", "this", or a definite noun of an act or a wrong ("the expulsion",
    "this provocation"); not "any attack" (a hypothetical one, coded by the caller) nor a
    noun of something yet to come ("the proposal")."""
    if aimed.lower_ in _DONE_PRONOUNS:
        return True
    lemma = aimed.lemma_.lower()
    acts = ev["judged_acts"] | ev["harm_words"] | ev["negative"] | ev["fight_nouns"] | (
        stance_words()["stance_objects"])
    return aimed.pos_ == "NOUN" and (lemma in acts or aimed.lower_ in acts) and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DONE_PRONOUNS | {"the"}
        for c in kids(aimed))


def _second_that_clause(verb: Token) -> Token | None:
    """The verb of saying a second that-clause belongs to when the parser hung it as a
    conjunct inside the first ("said that the expulsions were hostile, and that such a move
    would meet a reply"): the nearest verb of saying above ``verb``."""
    if verb.dep_ != "conj" or not any(m.dep_ == "mark" and m.lower_ == "that"
                                      for m in kids(verb)):
        return None
    for up in verb.ancestors:
        if up.pos_ in ("VERB", "AUX") and up.lemma_.lower() in SPEAKING_VERBS and up.i < verb.i:
            return up
    return None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such")
               for c in kids(noun))


def _last_charged(resolver: ActorResolver, own: set[str | None], sent: Span
                  ) -> list[ResolvedActor]:
    """The side the latest charge (112) the article told before ``sent`` was aimed at, when
    neither side of it is the ``own`` side (a third side's concern at the charge); a charge
    told only by its denial (016: "India rejected an allegation by Ottawa that ...") charged
    the denier."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.cameo not in ("112", "016") or told.evidence.start >= sent.start_char or (
                told.source is None or told.target is None):
            continue
        charged, accuser = (told.target, told.source) if told.cameo == "112" else (
            told.source, told.target)
        if charged.country and charged.country not in own and accuser.country not in own:
            return [ResolvedActor(charged, "coref")]
        return []
    return []


#: verbs by which a deed is told attempted ("tried to interfere")
_TRYING = frozenset({"try", "attempt", "seek"})
#: modals by which a speaker guesses at a deed done ("could have", "must have")
_GUESSING_AUX = frozenset({"could", "might", "may", "must"})
#: auxiliaries of a deed not told as done (a duty, a possibility, a future)
_NOT_DONE_AUX = frozenset({"will", "would", "shall", "must", "should", "ought", "could",
                           "might", "may", "can", "'ll"})


def _wrongs_claimed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Quito said that Mexico had abused the immunities of its mission", "Hanoi says Beijing
    exploited the dispute", "said the Danish troops had been deployed without its consent":
    a wrong another side did, claimed first by a state voice ("X said (that) ..."), is its
    accusation (112) of the doer (examples/README.md, "Claims of another side's hostile
    act"). The wrong is a verb of ``claimed_wrongs`` that no trigger codes already, or a
    deed told as done without the speaker's consent (``consent_nouns``); the deed must be
    told as done (no modal, no "whether" or "if", not negated) and its doer named, of
    another country than the speaker."""
    sw = stance_words()
    wrongs = sw["claimed_wrongs"] | evaluation_words()["negative"]
    hostile = _hostile_tokens(ex)
    # (an order or demand told is no charge by itself, but one aimed against the speaker's
    # side is: "Moscow had told Minsk to open a new front against Lithuania")
    demands = {t.token.i for t in ex._sentence_triggers if t.pattern.cameo[:2] == "10"}
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        # (a wrong verb that is a trigger of its own is coded through it; an act told as
        # done without consent is a charge whatever its own code)
        wrong = tok.i not in hostile and (tok.lemma_.lower() in sw["claimed_wrongs"]
                                          or tok.lower_ in sw["claimed_wrongs"])
        unconsented = any(p.dep_ == "prep" and p.lower_ == "without" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in sw["consent_nouns"] for o in kids(p))
            for p in kids(tok))
        # ("answered that Moscow had told Minsk to open a new front against Lithuania": a
        # deed aimed against the speaker's own side, checked once the speaker is known)
        against = [] if wrong or unconsented or tok.i in hostile - demands else (
            _against_objects(tok))
        # ("said Moscow had tried to interfere in the election": a wrong attempted, told by
        # the verb of trying)
        frame = tok
        if not wrong and not unconsented and not against and tok.dep_ == "xcomp" and (
                tok.head.lemma_.lower() in _TRYING) and tok.i not in hostile and (
                tok.lemma_.lower() in wrongs or tok.lower_ in wrongs):
            wrong, frame = True, tok.head
        # (a deed the speaker only guesses was done is still its charge: "said Moscow could
        # have staged it"; a deed that may yet come, or that someone must do, is none)
        guessed = any(c.dep_ == "aux" and c.lower_ == "have" for c in kids(frame))
        if not wrong and not unconsented and not against or _negated(frame) or any(
                c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in (
                    _NOT_DONE_AUX - (_GUESSING_AUX if guessed else frozenset())) | {
                    "whether", "if", "unless", "to"} for c in kids(frame)):
            continue
        passive = is_passive(frame)
        doer = (prep_obj(frame, ("by",), deps=("agent", "prep")) if passive and wrong
                else next((c for c in kids(frame) if c.dep_ in ("nsubj", "nsubjpass")), None))
        if doer is None or doer.pos_ == "PRON" and doer.lower_ not in ("they", "he", "she"):
            continue  # ("said it had been misled"): the speaker's own side, or no one named
        speech = _reporting_verb(frame)
        if speech is None or speech.i > frame.i and not _quoted(
                _clause_under(frame, speech)) or _negated(speech):
            continue  # (a source cited after the deed tells the deed, not a charge; a quote
            # set before its speaker is the speaker's own words)
        voices = _speaker_of(ex, speech, resolver) or (
            # (a country's name the tagger took for an organisation: "Niger said ...")
            _voice_of(ex, speech, resolver) if speech.dep_ not in ("relcl", "acl") else [])
        if not voices:
            continue
        own = _own_of(voices)
        if against and not any(o.lower_ in ("us", "it") and o.i > speech.i or any(
                a.actor.country in own for a in resolver.resolve(o)) for o in against):
            continue  # (against someone else: "said Britain had sided with Kyiv against Moscow")
        if doer.pos_ == "PRON":
            # ("demanded the withdrawal of the Danish forces, saying they had been deployed
            # without its consent": those the act the saying explains was aimed at)
            found = _main_targets(ex, speech.head, resolver, own) if speech.dep_ == "advcl" and (
                speech.tag_ == "VBG") else []
        else:
            found = _named(doer, resolver, own) or [
                a for c in kids(doer) if c.dep_ in ("amod", "compound", "poss")
                for a in _named(c, resolver, own)]
        if against and passive:
            continue  # ("said sanctions had been imposed against it": by no one named)
        if against and tok.i in demands:
            # (and the one told to do it: "had told Minsk to open a front against ...")
            found += [a for c in kids(tok) if c.dep_ == "dobj" for a in _named(c, resolver, own)
                      if a.actor.country not in {f.actor.country for f in found}]
        if tok.lemma_.lower() in sw["obstructing_verbs"] and not any(
                t.lower_ in ("its", "our", "us", "their") or t.pos_ == "PROPN" and any(
                    a.actor.country in own for a in resolver.resolve(t))
                for t in tok.subtree if t.i > tok.i):
            continue  # (what was prevented is not the speaker's side's: no wrong to it)
        if found and not _own_doer(doer, resolver, own, found):
            yield speech, "112", "disapprove.wrong_claimed", voices, found[:3]


def _echoes(clause: Token, charge: Event) -> bool:
    """Whether the sentence of ``charge`` names a thing (a noun) that the denied ``clause``
    names too: the denial answers that charge."""
    told = charge.evidence.sentence.lower()
    return any(t.pos_ == "NOUN" and len(t.lower_) > 3 and (
        t.lower_ in told or t.lemma_.lower() in told) for t in clause.subtree)


def _wrongs_disowned(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Ankara says it never meddled in how the strait is managed", "Kigali says
    it does not arm the rebels": a wrong of its own a side says it did not do answers the
    charge the article last told against it about the same thing (a noun of the denial is in
    the charge's sentence): a charge denied, 016 (examples/README.md, "Charges denied"). A
    promise not to do it ("would never interfere") is no denial."""
    ev = evaluation_words()
    sw = stance_words()
    wrongs = sw["claimed_wrongs"] | sw["disowned_deeds"] | ev["negative"]
    view = sentence_words(sent)
    for tok, lemma, low, pos in zip(view.tokens, view.lemmas, view.lowers, view.pos,
                                    strict=True):
        if pos != "VERB" or lemma not in wrongs and low not in wrongs:
            continue  # (the test below asks for both)
        if tok.pos_ != "VERB" or not (tok.lemma_.lower() in wrongs or tok.lower_ in wrongs) or (
                not _negated(tok)) or any(c.dep_ in ("aux", "mark") and c.lower_ in (
                    _NOT_DONE_AUX | {"whether", "if", "unless", "to"}) for c in kids(tok)):
            continue
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        speech = _reporting_verb(tok)
        if subj is None or speech is None or speech.i > tok.i or _negated(speech):
            continue
        voices = _speaker_of(ex, speech, resolver) or (
            _voice_of(ex, speech, resolver) if speech.dep_ not in ("relcl", "acl") else [])
        own = {a.actor.country for a in voices}
        if not voices or not (subj.lower_ in ("it", "we", "they") or any(
                a.actor.country in own for a in resolver.resolve(subj))):
            continue  # (only a wrong of the speaker's own side)
        charge = _last_charge(resolver, own, sent)
        if charge is not None and charge.source is not None and _echoes(tok, charge):
            yield speech, "016", "statement.wrong_disowned", voices, [
                ResolvedActor(charge.source, "coref")]


def _against_objects(verb: Token) -> list[Token]:
    """The objects of the "against" phrases of ``verb``'s own deed: on the verb, on its
    object, or on an infinitive it governs ("told Minsk to open a front against Lithuania"),
    not on a verb of its own further down."""
    found: list[Token] = []
    heads = [verb, *(c for c in kids(verb) if c.dep_ in ("dobj", "xcomp"))]
    # ("had used migrants as a weapon against Poland")
    heads += [o for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"
              for o in kids(c) if o.dep_ == "pobj"]
    heads += [g for h in heads[1:] if h.dep_ == "xcomp" for g in kids(h) if g.dep_ == "dobj"]
    for h in heads:
        for p in kids(h):
            if p.dep_ == "prep" and p.lower_ == "against":
                found += [o for o in kids(p) if o.dep_ == "pobj"]
    return found


def _told_deed_doers(gerund: Token, sent: Span, resolver: ActorResolver,
                     own: set[str | None]) -> list[ResolvedActor]:
    """Who did the deed a definite gerund names ("the shelling", "the bombing"): the source of
    the latest event told a little before ``sent`` by a verb of the same stem, when it is of
    another country than the ``own`` side."""
    stem = gerund.lemma_.lower()
    if len(stem) < 4:
        return []
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or (
                told.evidence.start < sent.start_char - _PAIR_REACH):
            continue
        said = (told.evidence.trigger or "").lower().split()
        if said and said[0].startswith(stem) and told.source is not None and (
                told.source.country and told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


def _clause_under(tok: Token, speech: Token) -> Token:
    """The child of ``speech`` whose subtree holds ``tok`` (the reported clause)."""
    cur = tok
    while cur.head.i != speech.i and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _bad_company(ex: EventExtractor, sent: Span, resolver: ActorResolver
                 ) -> Iterator[Found]:
    """"told journalists that Sudan was a bad neighbour", "called Washington an unreliable
    ally", "described Minsk as a dangerous neighbour": a side called a bad partner or
    neighbour by a state voice is criticised by it (111); "not a bad neighbour", "would be an
    unreliable partner" criticise no one."""
    sw = stance_words()
    ev = evaluation_words()
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lower_ not in sw["company_nouns"] or not any(
                c.dep_ in ("amod", "compound") and c.lower_ in sw["company_faults"]
                for c in kids(noun)):
            continue
        named: Token | None = None
        speech: Token | None = None
        head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
        if noun.dep_ in ("oprd", "attr", "pobj", "dobj") and head.pos_ == "VERB" and (
                head.lemma_.lower() in ev["naming_verbs"]):
            # ("called Washington an unreliable ally", "described Minsk as a ... neighbour")
            speech = head
            named = next((c for c in kids(head) if c.dep_ == "dobj" and c.i != noun.i), None)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not _negated(noun.head) and (
                not any(a.dep_ == "aux" and a.lower_ in _NOT_DONE_AUX for a in kids(noun.head))):
            # ("said that Sudan was a bad neighbour")
            named = next((c for c in kids(noun.head) if c.dep_ == "nsubj"), None)
            speech = _reporting_verb(noun.head)
        if named is None or speech is None or named.pos_ != "PROPN" or _negated(speech):
            continue
        voices = _speaker_of(ex, speech, resolver) or (
            _voice_of(ex, speech, resolver) if speech.dep_ not in ("relcl", "acl") else [])
        found = _named(named, resolver, {a.actor.country for a in voices}) if voices else []
        if found:
            yield speech, "111", "disapprove.bad_company", voices, found


def _one_per_country(found: list[ResolvedActor]) -> list[ResolvedActor]:
    """One actor per country, a body of the state ("the Ugandan president") before the bare
    name of its country ("Ugandan"); at most two."""
    out: dict[str | None, ResolvedActor] = {}
    for a in sorted(found, key=lambda a: a.actor.sector is None):
        out.setdefault(a.actor.country, a)
    return list(out.values())[:2]


def _hallmarks_named(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Warsaw said the sabotage bore the hallmarks of Russian intelligence", "said the
    attack had Tehran's fingerprints all over it": a deed a state voice says bears another
    side's marks is its charge of that side (112). The marks must be told as there (not
    "bore no hallmarks of"), and the side named by "of" or as the owner of the marks."""
    sw = stance_words()
    for noun in sent:
        if noun.lower_ not in sw["hallmark_nouns"] or noun.dep_ != "dobj" or (
                noun.head.lemma_.lower() not in sw["hallmark_verbs"]):
            continue
        verb = noun.head
        if _negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun)) or (
                any(a.dep_ == "aux" and a.lower_ in _NOT_DONE_AUX for a in kids(verb))):
            continue
        speech = _reporting_verb(verb)
        if speech is None or speech.i > verb.i or _negated(speech):
            continue
        voices = _speaker_of(ex, speech, resolver) or (
            _voice_of(ex, speech, resolver) if speech.dep_ not in ("relcl", "acl") else [])
        own = _own_of(voices)
        owner = next((c for c in kids(noun) if c.dep_ == "poss"), None) or prep_obj(
            noun, ("of",))
        if not voices or owner is None:
            continue
        found = _named(owner, resolver, own) or [
            a for c in kids(owner) if c.dep_ in ("amod", "compound", "poss")
            for a in _named(c, resolver, own)]
        if found:
            yield speech, "112", "disapprove.hallmarks_named", voices, _one_per_country(found)


def _evidence_claimed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Kyiv said it had evidence that Russian troops had used chemical weapons", "Ankara
    presented proof that Greek jets had violated its airspace": a hostile act a state voice
    says it holds or shows evidence of is its charge of the doer (112, as when it says the
    act was done: examples/README.md, "Claims of another side's hostile act"). The act is a
    trigger of force or defiance (the roots nlp.implied charges), told as done, by a named
    side of another country."""
    from detente.nlp.implied import ACCUSED_CODES, ACCUSED_ROOTS

    sw = stance_words()
    for trig in ex._sentence_triggers:
        if trig.pattern.cameo[:2] not in ACCUSED_ROOTS and (
                trig.pattern.cameo not in ACCUSED_CODES):
            continue
        noun = _evidence_of(trig.token, sw["evidence_nouns"])
        if noun is None or noun.dep_ != "dobj" or any(
                c.dep_ == "det" and c.lower_ == "no" for c in kids(noun)):
            continue
        verb = noun.head
        lemma = verb.lemma_.lower()
        if _negated(verb) or any(a.dep_ == "aux" and a.lower_ in _NOT_DONE_AUX
                                 for a in kids(verb)):
            continue
        if lemma in sw["showing_verbs"]:
            speech, voices = verb, _voice_of(ex, verb, resolver)
        elif lemma in sw["holding_verbs"]:
            holder = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            outer = _reporting_verb(verb)
            if holder is None or outer is None or holder.lower_ not in ("it", "we", "they"):
                continue  # (only the speaker's own side holding it: "said it had evidence")
            speech, voices = outer, _speaker_of(ex, outer, resolver)
        else:
            continue
        act = decide(trig.token, sentence=sent)
        if not voices or act.negated or act.status not in (
                Status.HAPPENED, Status.ONGOING, Status.UNCERTAIN):
            continue
        own = {a.actor.country for a in voices}
        doers = [d for d in ex._arguments(trig, resolver, is_passive(trig.token))[0]
                 if d.kind not in ("implicit", "dyad") and d.actor.country
                 and d.actor.country not in own and d.actor.start is not None]
        if doers:
            yield speech, "112", "disapprove.evidence_claimed", voices, _one_per_country(doers)


def _evidence_of(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of ``nouns`` whose that-clause holds ``tok`` ("evidence that [troops had used
    ...]"), climbing at most a few clause links."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("acl", "ccomp", "relcl") and head.lower_ in nouns and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in kids(cur)):
            return head
        if cur.dep_ not in ("xcomp", "conj", "ccomp", "dobj", "pobj", "prep", "acl", "advcl"):
            return None
        cur = head
    return None


#: auxiliaries that make a judgement against a norm no finding ("should be based on
#: science", "would not be consistent with the deal")
_NORM_UNSURE = frozenset({"should", "must", "ought", "would", "could", "might", "may", "will",
                          "shall", "can"})
#: pronouns by which a speaker tells its own side or its own measures ("said it had acted in
#: line with the law", "said its curbs were compatible with the pact")
_OWN_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})


def _norm_frame(clause: Token, sw: dict[str, frozenset[str]]) -> bool | None:
    """Whether the reported ``clause`` tells its subject keeping a norm (True: "were
    compatible with the pact", "had acted in line with international law") or breaking
    it (False: "were not based on science", "is in breach of the treaty"); None when it
    judges nothing against a norm of ``norm_nouns``, or only as a wish or a guess."""
    if any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in _NORM_UNSURE | {
            "if", "whether"} for c in kids(clause)):
        return None
    for obj in kids(clause):
        # ("had no basis in law", "lacked any scientific basis": a basis denied the subject)
        if obj.dep_ == "dobj" and obj.lower_ in sw["basis_nouns"] and (
                clause.lemma_.lower() == "lack" and not _negated(clause)
                or clause.lemma_.lower() == "have" and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in kids(obj))) and any(
                t.lower_ in sw["norm_adjs"] or t.lemma_.lower() in sw["norm_nouns"]
                for t in obj.subtree if t.i != obj.i):
            return False
    cands = [clause, *(c for c in kids(clause) if c.dep_ in ("acomp", "attr")), *(
        o for p in kids(clause) if p.dep_ == "prep" for o in kids(p) if o.dep_ == "pobj")]
    for cand in cands:
        word = cand.lower_
        breach = word in sw["breach_words"]
        if not breach and word not in sw["conformity_words"] and (
                cand.lemma_.lower() not in sw["conformity_words"]):
            continue
        if not any(t.lemma_.lower() in sw["norm_nouns"] or t.lower_ in sw["norm_nouns"]
                   for p in kids(cand) if p.dep_ == "prep" for t in p.subtree):
            continue
        negated = _negated(clause) or cand.i != clause.i and _negated(cand)
        return negated == breach
    return None


def _norm_judged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                 ) -> Iterator[Found]:
    """A measure or act judged against a norm in reported speech: "Canberra said Beijing's
    tariffs were not based on any evidence", "said the Indian curbs were in breach of WTO
    rules" is criticism (111) of the side that owns the measure (named as its owner, or by
    its adjective); "responded that its curbs kept to the accord", "said
    it had acted in line with international law" is the speaker side's denial (016) of the
    latest charge the article told against it (examples/README.md, "Charges denied"), aimed
    at the accuser; with no charge told before, no event."""
    sw = stance_words()
    for speech in sent:
        if speech.pos_ not in ("VERB", "AUX") or speech.lemma_.lower() not in SPEAKING_VERBS:
            continue
        for clause in kids(speech):
            if clause.dep_ != "ccomp" or clause.i < speech.i:
                continue
            kept = _norm_frame(clause, sw)
            subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if kept is None or subj is None:
                continue
            voices = _speaker_of(ex, speech, resolver) or (
                _voice_of(ex, speech, resolver) if speech.dep_ not in ("relcl", "acl") else [])
            if not voices and not kept:
                # (a union's or an alliance's body judges too: "the Commission said the fresh
                # licence terms broke the accord")
                voices = _igo_voices(ex, speech, resolver)
            if not voices:
                continue
            own = _own_of(voices)
            owners = [c for c in kids(subj) if c.dep_ == "poss" or c.dep_ in (
                "amod", "compound") and c.pos_ in ("ADJ", "PROPN")]
            if subj.pos_ in ("PROPN", "PRON"):
                owners.append(subj)
            if kept:
                # (its own measures, or itself: "its measures", "said it had acted ...")
                mine = any(o.lower_ in _OWN_PRONOUNS or any(
                    a.actor.country in own for a in resolver.resolve(o)) for o in owners)
                found = _last_accuser(resolver, own, sent) if mine else []
                if found:
                    yield speech, "016", "deny.norm_kept", voices, found
                continue
            found = [a for o in owners if o.pos_ != "PRON"
                     for a in _named(o, resolver, own) or _demonym_side(o, resolver, own)]
            if not found and not owners and subj.pos_ == "NOUN" and _definite(subj):
                # ("the fresh terms", "the curbs"): whoever did the act the article
                # told that the noun names
                found = ex._told_act_agents(subj, resolver, own, until=speech.i)
            if found:
                yield speech, "111", "disapprove.norm_breached", voices, found[:1]


def _igo_voices(ex: EventExtractor, speech: Token, resolver: ActorResolver
                ) -> list[ResolvedActor]:
    """The international body the subject of ``speech`` names ("the European Commission
    said ...")."""
    speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or speech.dep_ in ("relcl", "acl"):
        return []
    return [a for a in resolver.resolve(speaker) if a.kind == "igo" and a.actor.country]


#: the others a threat's condition names without their names ("if the others say no")
_OTHERS_WORDS = frozenset({"others", "they", "neighbours", "neighbors", "partners"})


def _refusal_threats(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Oslo's minister said Norway stood ready to begin pumping if its partners declined to
    cooperate", "warned that Ankara would take the case to arbitration unless Athens lifted
    the ban": a step the speaker's side says it will take, or stands ready to take, on
    another side's refusal or failure is a threat (130, 138 with a military step) aimed at
    that side (the condition's subject, or the other sides of the story when it only says
    "the others"). Not when the step is another side's, is negated, or the condition tells
    no refusal ("if Seoul asks")."""
    sw = stance_words()
    ev = evaluation_words()
    for cond in sent:
        if cond.dep_ != "advcl" or cond.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((m.lower_ for m in kids(cond) if m.dep_ == "mark"
                     and m.lower_ in ("if", "unless")), None)
        if mark is None or (mark == "unless") == (
                _negated(cond) or cond.lemma_.lower() in sw["refusal_verbs"]):
            continue
        step = cond.head
        frame = step.head if step.dep_ == "xcomp" and step.head.lower_ in (
            _READY_TO_ANSWER) else step
        if frame.lower_ in _READY_TO_ANSWER and frame.dep_ in ("acomp", "advcl", "oprd"):
            frame = frame.head  # ("was ready to ...", "stood prepared to ...")
        ready = frame is not step or any(c.dep_ == "acomp" and c.lower_ in _READY_TO_ANSWER
                                         for c in kids(step))
        if not ready and not _future(step) or _negated(step) or _negated(frame):
            continue
        told = _told_before(ex, frame, resolver)
        if told is None:
            continue
        speech, voices, own = told
        actor = next((c for c in kids(frame) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if actor is None or actor.pos_ != "PRON" and not any(
                a.actor.country in own for a in resolver.resolve(actor)):
            continue  # (another side's step, or no one's)
        subj = next((c for c in kids(cond) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        found = _named(subj, resolver, own) or _demonym_side(subj, resolver, own)
        if not found and subj.lower_ in _OTHERS_WORDS:
            found = _story_sides(resolver, own, sent)
        if not found:
            continue
        threatened = {w for t in step.subtree if not cond.is_ancestor(t) and t.i != cond.i
                      for w in (t.lemma_.lower(), t.lower_)}
        code = "138" if threatened & ev["military_threats"] else "130"
        yield speech, code, "threaten.refusal_condition", voices, found


def _claims_answered(ex: EventExtractor, sent: Span, resolver: ActorResolver
                     ) -> Iterator[Found]:
    """"Riyadh replied that the gas of the zone belonged to the kingdom and Kuwait alone",
    "Baku answered that it would never cede its share": an answer that holds to the
    speaker side's own claim rejects (120) the other side's, aimed at the side that last
    took the speaker's side (or the partner it names) to task; with no such charge told, no
    event. Only an answer (``answer_verbs``); "said the islands belong to Japan" is no
    rejection by itself."""
    sw = stance_words()
    for speech in sent:
        if speech.pos_ != "VERB" or speech.lemma_.lower() not in sw["answer_verbs"] or (
                _negated(speech)):
            continue
        for clause in kids(speech):
            if clause.dep_ != "ccomp" or clause.i < speech.i:
                continue
            voices = _speaker_of(ex, speech, resolver)
            if not voices:
                break
            own = {a.actor.country for a in voices}
            held = _own_claim_held(clause, sw, resolver, own)
            if held is None:
                continue
            # (a side named as the speaker's partner in the claim, "belonged to the kingdom
            # and Kuwait alone", is no one it answers; a charge against that partner is)
            found = [f for f in _last_accuser(resolver, own | held, sent)
                     if f.actor.country not in held]
            if found:
                yield speech, "120", "reject.claim_answered", voices, found


def _own_claim_held(clause: Token, sw: dict[str, frozenset[str]], resolver: ActorResolver,
                    own: set[str | None]) -> set[str | None] | None:
    """Whether the reported ``clause`` holds to the ``own`` side's claim: the thing
    "belonged to" that side (by name or as "it", "us", "the kingdom" it resolves to), or the
    side "would not give up" its rights or land. The countries named beside the own side as
    owners when it does (an empty set for none), else None."""
    lemma = clause.lemma_.lower()
    if lemma == "belong" and not _negated(clause):
        owners = [o for p in kids(clause) if p.dep_ == "prep" and p.lower_ == "to"
                  for o0 in kids(p) if o0.dep_ == "pobj" for o in (o0, *o0.conjuncts)]
        named = {a.actor.country for o in owners for a in resolver.resolve(o)}
        if not named & own and not any(o.lower_ in ("it", "us", "them") for o in owners):
            return None
        return named - own
    if lemma in sw["yielding_verbs"] and _negated(clause) and (
            lemma != "give" or any(c.dep_ == "prt" and c.lower_ == "up" for c in kids(clause))):
        subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        mine = subj is not None and (subj.lower_ in ("it", "we", "they") or any(
            a.actor.country in own for a in resolver.resolve(subj)))
        if mine and any(c.dep_ == "dobj" and c.lower_ in sw["held_things"]
                        for c in kids(clause)):
            return set()
    return None


def _dialogue_preferred(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"Kabul's envoy said the row must be resolved by talks", "Yerevan said
    the dispute could only be settled by peaceful means": a party saying its own quarrel is
    for talks to settle states its intent to negotiate (036) with the side the article last
    told in a hostile event with it. Not when the clause names the other side ("the dispute
    with Baku should be ...": an appeal, left to the appeal rules) nor from a side with no
    such quarrel told (a third side's call)."""
    sw = stance_words()
    for clause in sent:
        if clause.lemma_.lower() not in sw["settling_verbs"] or clause.pos_ != "VERB" or (
                _negated(clause)):
            continue
        subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in sw["dispute_nouns"] or any(
                c.dep_ in ("prep", "poss", "amod", "compound") for c in kids(subj)):
            continue
        if not any(p.lower_ in ("through", "by", "via") and any(
                t.lower_ in sw["peaceful_means"] for t in p.subtree) for p in kids(clause)):
            continue
        told = _told_before(ex, clause, resolver)
        if told is None:
            continue
        speech, voices, own = told
        found = _last_foe(resolver, own, sent)
        if found:
            yield speech, "036", "intent.dialogue_preferred", voices, found


def _last_foe(resolver: ActorResolver, own: set[str | None], sent: Span
              ) -> list[ResolvedActor]:
    """The other side of the latest hostile event (10-20) between the ``own`` side and
    another state the article told before ``sent``."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.root not in _ROOTS_HOSTILE or told.evidence.start >= sent.start_char or (
                told.source is None or told.target is None):
            continue
        ends = (told.source, told.target)
        countries = {e.country for e in ends}
        if len(countries) == 2 and None not in countries and countries & own:
            other = next(e for e in ends if e.country not in own)
            return [ResolvedActor(other, "coref")]
    return []


def _observer_subject(subj: Token, sw: dict[str, frozenset[str]]) -> bool:
    """Whether the speaker phrase ``subj`` is an observer mission ("observers sent by the
    EU", "the SADC observer mission", "the head of the OSCE mission")."""
    if subj.lemma_.lower() in sw["observer_nouns"] or subj.lower_ in sw["observer_nouns"]:
        return True
    return any(t.lower_ in sw["observer_nouns"] and t.i < subj.i + 8
               for p in kids(subj) if p.dep_ == "prep" and p.lower_ == "of"
               for t in p.subtree)


def _observer_voices(ex: EventExtractor, verb: Token, sent: Span, resolver: ActorResolver,
                     sw: dict[str, frozenset[str]]) -> list[ResolvedActor]:
    """The body or state whose observer mission is the subject of ``verb``; a pronoun
    subject ("It pointed to ...") is the mission the sentence before had as its subject."""
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = ex._subject(verb)
    if subj is None or verb.dep_ in ("relcl", "acl"):
        return []
    if subj.pos_ == "PRON" and subj.lower_ in ("it", "they") and sent.start > 0:
        before = sent.doc[sent.start - 1].sent
        subj = next((c for c in kids(before.root) if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
    if not _observer_subject(subj, sw):
        return []
    # (the body may hang anywhere in the phrase: "OSCE observers", "observers sent by the
    # EU", "the head of the AU mission"; looking it up leaves "the observers" of later
    # sentences to the resolver's own reading)
    by_noun = dict(resolver.ctx.by_noun)
    found = [a for t in subj.subtree if t.pos_ in ("PROPN", "NOUN") and t.i <= subj.i + 8
             for a in resolver.resolve(t) if a.actor.country
             and a.kind not in ("implicit", "dyad", "media", "coref")][:1]
    resolver.ctx.by_noun.clear()
    resolver.ctx.by_noun.update(by_noun)
    return found


def _vote_faulted(ex: EventExtractor, sent: Span, resolver: ActorResolver
                  ) -> Iterator[Found]:
    """"Monitors sent by the OSCE said the poll was marred by intimidation", "the AU
    mission pointed to late ballots and a curfew on rallies": an observer mission faulting
    the vote it watched criticises (111) the state that held it -- the country the words
    name, else the article's most named country other than the mission's own."""
    sw = stance_words()
    negative = evaluation_words()["negative"]
    faults = sw["vote_faults"] | negative
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in SPEAKING_VERBS or lemma in sw["noting_verbs"]
                                       ) or _negated(verb):
            continue
        told = [t for c in kids(verb) if c.i > verb.i and c.dep_ in (
            "ccomp", "prep", "dobj", "conj", "advcl") and not (
            c.dep_ == "conj" and c.pos_ == "VERB" and any(
                g.dep_ == "nsubj" for g in kids(c))) for t in c.subtree]
        if len(told) > 60 or not any(t.lower_ in sw["vote_nouns"] for t in told):
            continue
        faulted = any(t.lower_ in faults or t.lemma_.lower() in sw["vote_faults"] for t in told
                      ) or any(t.lemma_.lower() in sw["meeting_norms"] and t.pos_ == "VERB"
                               and _negated(t) for t in told)
        if not faulted:
            continue
        voices = _observer_voices(ex, verb, sent, resolver, sw)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        found = _named_in(told, resolver, own)[:1]
        if not found:
            found = _host_state(resolver, own, verb)
        if found:
            yield verb, "111", "disapprove.vote_faulted", voices, found


def _host_state(resolver: ActorResolver, own: set[str | None], tok: Token
                ) -> list[ResolvedActor]:
    """The government of the article's most named country other than ``own`` (the state
    whose vote or affairs a third side's words are about), as a side with no text."""
    host = next((c for c in resolver.ctx.ranked if c not in own
                 and c in resolver.kb.country_codes), None)
    if host is None:
        return []
    return [ResolvedActor(Actor(None, None, resolver.kb.make_code(host, "GOV") or host, host,
                                "GOV"), "coref")]


def _avoidable_harm(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Said most victims could have been saved had Dhaka's alert system worked", "said
    the losses might have been prevented if the agency in Lilongwe had warned people": harm
    said to have been avoidable had another side done its part is criticism (111) of that
    side."""
    sw = stance_words()
    for verb in sent:
        if not (verb.lemma_.lower() in sw["avoiding_verbs"] or verb.lower_ in sw[
                "avoiding_verbs"]) or verb.pos_ != "VERB" or not (
                verb.tag_ == "VBN" and any(a.lower_ in ("could", "might", "would")
                                           for a in kids(verb) if a.dep_ == "aux")
                and any(a.lower_ == "have" for a in kids(verb) if a.dep_ == "aux")):
            continue
        speech = _reporting_verb(verb)
        if speech is None:
            continue
        # the condition: "had X worked" (parsed as a clause of "had" beside the verb, or
        # under it) or "if X had ..."
        conds = [c for c in (*kids(verb), *kids(speech)) if c.i > verb.i and c.dep_ in (
            "advcl", "ccomp", "conj") and (c.lower_ == "had" or any(
                m.lower_ in ("if", "had") for m in kids(c) if m.dep_ in ("mark", "aux")))]
        subjects = [s for c in conds for t in (c, *kids(c)) if t.dep_ in ("ccomp", "advcl")
                    or t is c for s in kids(t) if s.dep_ in ("nsubj", "nsubjpass")]
        voices = _voice_of(ex, speech, resolver) or _igo_voices(ex, speech, resolver)
        if not voices or not subjects:
            continue
        own = {a.actor.country for a in voices}
        found = _one_per_country([a for s in subjects for t in s.subtree
                                  for a in _named(t, resolver, own)])
        if found:
            yield speech, "111", "disapprove.avoidable_harm", voices, found


def _act_named_unjust(ex: EventExtractor, sent: Span, resolver: ActorResolver
                      ) -> Iterator[Found]:
    """"Tallinn said it was expelling a Russian envoy in response to the groundless
    expulsion of its diplomats", "recalled its envoy over the illegal seizure of the
    tanker": another side's act that a side names with a judging adjective is criticism
    (111) of the side that did it (its owner named, else the doer the article told)."""
    sw = stance_words()
    ev = evaluation_words()
    # (a charge called baseless is denied, 016, not criticised)
    acts = (ev["judged_acts"] | sw["unjust_acts"]) - ev["charge_nouns"]
    for noun in sent:
        if noun.pos_ != "NOUN" or not (noun.lower_ in acts or noun.lemma_.lower() in acts) or (
                not any(a.dep_ == "amod" and a.lower_ in sw["judging_adjs"]
                        for a in kids(noun))):
            continue
        verb = next((h for h in noun.ancestors if h.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i > noun.i:
            continue  # (the act named as the subject: left to the judgement rules)
        voices = _voice_of(ex, verb, resolver)
        if not voices and verb.dep_ == "ccomp" and (outer := _reporting_verb(verb)):
            voices = _speaker_of(ex, outer, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        # (an "of" phrase names what the act hit: "the expulsion of Russian diplomats")
        doer, found = _owner_named(noun, ("by",), resolver, own)
        if doer is not None and doer.lower_ in ("its", "their", "our"):
            continue  # (its own act: "its unjustified recall")
        if not found:
            found = ex._told_act_agents(noun, resolver, own, until=noun.i)
        if found:
            yield _said_at(verb), "111", "disapprove.act_named_unjust", voices, found[:2]


def _what_it_called(ex: EventExtractor, sent: Span, resolver: ActorResolver
                    ) -> Iterator[Found]:
    """"Beijing summoned the envoy over what it called Tokyo's provocative remarks", "told
    the attache to go, over what it called his insolent conduct":
    a side's own naming of another side's act or manner as wrong is criticism (111) of that
    side, by the side the sentence's main subject names (the pronoun of "what it called"
    refers to it)."""
    bad = evaluation_words()["negative"] | stance_words()["judging_adjs"]
    for call in sent:
        if call.lemma_.lower() != "call" or call.pos_ != "VERB" or not any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in kids(call)) or not any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids(call)):
            continue
        named = next((c for c in kids(call) if c.dep_ in ("oprd", "dobj", "attr")
                      and c.pos_ == "NOUN"), None)
        if named is None or not any(a.dep_ == "amod" and a.lower_ in bad for a in kids(named)):
            continue
        root = sent.root
        if root.i == call.i or root.pos_ not in ("VERB", "AUX"):
            continue
        voices = _voice_of(ex, root, resolver)
        if not voices:
            continue
        own = _own_of(voices)
        owner = next((c for c in kids(named) if c.dep_ == "poss"), None)
        found = _named(owner, resolver, own) if owner is not None else (
            ex._told_act_agents(named, resolver, own, until=named.i))
        if found:
            yield root, "111", "disapprove.what_it_called", voices, found[:2]


def _expected_of(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Seoul expects Tokyo to honour the deal", "said Ankara expected its allies to back the
    bid": what a state voice says it expects a named other side to do is an appeal to it
    (020), when the act is one asked of a side (stance.yaml expected_acts), not a forecast
    ("expects Moscow to launch an offensive"); not "analysts expect ...", not "is expected
    to", not "does not expect"."""
    acts = stance_words()["expected_acts"]
    for tok in sentence_words(sent).with_lemma(frozenset({"expect"})):
        if tok.pos_ != "VERB" or is_passive(tok) or _negated(tok):
            continue
        obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "nsubj") and c.i > tok.i), None)
        act = next((c for c in kids(obj if obj is not None and obj.dep_ == "nsubj" else tok)
                    if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if obj is None and act is not None:
            # ("expects Tokyo to honour": the object may be parsed as the infinitive's subject)
            obj = next((c for c in kids(act) if c.dep_ == "nsubj" and c.i > tok.i), None)
        if obj is None or act is None or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(act)):
            continue
        if not {v.lemma_.lower() for v in [act, *act.conjuncts]} & acts:
            continue
        voices = _speaker_of(ex, tok, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        asked = [a for o in [obj, *obj.conjuncts] for a in _named(o, resolver, own)]
        if asked:
            yield tok, "020", "appeal.expected_of", voices, asked


#: nouns of something one side put to another, which a third may wave away
_PROPOSAL_NOUNS = frozenset({"idea", "proposal", "proposals", "plan", "offer", "suggestion",
                             "initiative", "scheme", "demand", "demands", "request", "overture"})
#: of those, the nouns that may as well name a side's own course of action ("called the plan
#: to deport them unacceptable" judges a policy, 111): put to the speaker only when the
#: article told an appeal or offer to it
_COURSE_NOUNS = frozenset({"plan", "plans", "initiative", "scheme"})
#: judgements that wave a proposal away: calling it one of these rejects it (120)
_DISMISSIVE = frozenset({"absurd", "unacceptable", "ridiculous", "preposterous", "laughable",
                         "ludicrous", "nonsense", "non-starter", "nonstarter", "unrealistic",
                         "unworkable", "unthinkable", "outrageous", "insane", "crazy"})
#: roots of events by which a side puts something to another (appeals, offers)
_PUT_ROOTS = frozenset({"02", "03"})


def _dismissed_noun(tok: Token) -> Token | None:
    """The proposal noun ``tok`` waves away: "called the idea absurd", "described the plan as
    a non-starter" (a naming verb's object with a dismissive predicate), or "said the
    proposal was unacceptable" (a reported clause whose subject it is); else None."""
    ev = evaluation_words()
    lemma = tok.lemma_.lower()
    if lemma in ev["naming_verbs"] or tok.lower_ in ev["naming_verbs"]:
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        preds = [c for c in kids(tok) if c.dep_ in ("oprd", "acomp", "attr", "ccomp", "xcomp")]
        if obj is None:
            return None
        # ("described the offer as a non-starter", the "as" hung on the verb or the noun)
        preds += [p for h in (tok, obj) for c in kids(h) if c.dep_ == "prep" and c.lower_ == "as"
                  for p in kids(c) if p.dep_ in ("pobj", "amod", "acomp")]
        preds += [c for c in kids(obj) if c.dep_ in ("amod", "acomp") and c.i > obj.i]
    elif lemma in SPEAKING_VERBS:
        clause = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
        if clause is None or _negated(clause):
            return None
        obj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
        if obj is None:
            return None
        preds = [c for c in kids(clause) if c.dep_ in ("acomp", "attr")]
    else:
        return None
    if obj.lemma_.lower() not in _PROPOSAL_NOUNS and obj.lower_ not in _PROPOSAL_NOUNS:
        return None
    words = {w for p in preds for t in (p, *(c for c in kids(p) if c.dep_ == "amod"))
             for w in (t.lower_, t.lemma_.lower())}
    if "starter" in words and "non" in words:
        words.add("non-starter")  # (the tokenizer splits "non-starter" in three)
    return obj if words & _DISMISSIVE else None


def _proposals_dismissed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                         ) -> Iterator[Found]:
    """"Oslo called the idea absurd", "Seoul described Pyongyang's offer as a non-starter",
    "the ministry said the plan was unacceptable": a proposal waved away is rejected (120):
    of whoever put it, named on the noun ("Pyongyang's offer", "the plan by Ankara"), else
    the one who last made an appeal or offer to the speaker's side, else the other side of
    the article's relationship."""
    from detente.nlp.implied import _state_voices

    for tok in sent:
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        noun = _dismissed_noun(tok)
        if noun is None:
            continue
        subj = _own_subject(ex, tok)
        if subj is None:
            continue
        voices = _state_voices(subj, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        owners = [c for c in kids(noun) if c.dep_ in ("poss", "amod", "compound", "nmod")]
        owners += [o for p in kids(noun) if p.dep_ == "prep" and p.lower_ in ("by", "from")
                   for o in kids(p) if o.dep_ == "pobj"]
        course = noun.lemma_.lower() in _COURSE_NOUNS or noun.lower_ in _COURSE_NOUNS
        targets = [] if course else [a for o in owners for a in _named(o, resolver, own)]
        if course and not any(c.dep_ in ("acl", "relcl") for c in kids(noun)):
            targets = _last_proposer(resolver, own, sent)
        elif not targets and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                               for c in kids(noun)):
            targets = _last_proposer(resolver, own, sent)
            if not targets and _state_side(voices):
                pattern = Pattern(id="reject.proposal_dismissed", head=tok.lemma_.lower(),
                                  pos="VERB", cameo="120", target=())
                targets = ex._article_partner(Trigger(tok, pattern, None), resolver,
                                              voices) or _partner_past_speaker(
                    tok, subj, resolver, voices)
        if targets:
            yield tok, "120", "reject.proposal_dismissed", voices, targets


def _partner_past_speaker(tok: Token, subj: Token, resolver: ActorResolver,
                          voices: list[ResolvedActor]) -> list[ResolvedActor]:
    """The other side of the article's relationship when the only other place the clause
    names is told of the speaker ("X, visiting Y at the weekend, called the idea absurd":
    where the speaker was is not who put the idea)."""
    own = {a.actor.country for a in voices}
    partner = _dyad_other(tok, resolver, own)
    if len(partner) != 1:
        return []
    told = set(range(subj.left_edge.i, subj.right_edge.i + 1))
    if any(t.pos_ == "PROPN" and t.i not in told and resolver.kb_span_at(t) is not None
           and any(a.actor.country not in own | {partner[0].actor.country}
                   for a in resolver.resolve(t, follow=False))
           for t in tok.subtree):
        return []
    return partner


def _dyad_other(tok: Token, resolver: ActorResolver, own: set[str | None]
                ) -> list[ResolvedActor]:
    """The other side of the article's main pair when the ``own`` side is one of it, as an
    inferred (textless) actor; else none."""
    from dataclasses import replace

    dyad = resolver.ctx.main_dyad or ()
    if not own & set(dyad):
        return []
    others = _one_per_country([a for a in resolver.group_actors(tok, 2)
                               if a.actor.country in dyad and a.actor.country not in own])
    return [ResolvedActor(replace(p.actor, text=None, start=None, end=None), "implicit")
            for p in others]


def _last_proposer(resolver: ActorResolver, own: set[str | None], sent: Span
                   ) -> list[ResolvedActor]:
    """The side that last (before ``sent``, among the article's latest events) made an appeal
    or an offer to the ``own`` side."""
    for told in reversed(resolver.ctx.events[-12:]):
        if told.evidence.start < sent.start_char and told.cameo[:2] in _PUT_ROOTS and (
                told.target is not None and told.source is not None
                and told.target.country in own and told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


def _pact_judged(ex: EventExtractor, sent: Span, resolver: ActorResolver) -> Iterator[Found]:
    """"Tehran called that deal illegal", "Caracas condemned the accord": a judgement of a
    pact the article told between two other sides, whose slots found one of them or none, is
    aimed at both (111)."""
    pacts = evaluation_words()["pact_words"]
    for trig in ex._sentence_triggers:
        tok = trig.token
        if trig.pattern.id not in _JUDGING_SPEECH or trig.pattern.cameo[:2] != "11" or (
                tok.pos_ != "VERB"):
            continue
        # (the object, or the first of two complements the parser made of "that deal illegal")
        obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "oprd") and c.pos_ == "NOUN"),
                   None)
        if obj is None or not (obj.lemma_.lower() in pacts or obj.lower_ in pacts) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(obj)):
            continue
        sources, targets = ex._arguments(trig, resolver, is_passive(tok))
        if not _state_side(sources):
            continue
        own = {a.actor.country for a in sources}
        pair = _last_pact(resolver, own, sent)
        hit = {a.actor.country for a in targets}
        if pair and hit < {a.actor.country for a in pair}:
            yield tok, trig.pattern.cameo, trig.pattern.id + "+pact_pair", sources, [
                a for a in pair if a.actor.country not in hit]


#: verbs of warning, whose reported answer of the speaker's own side is a threat
_WARNING_VERBS = frozenset({"warn", "warned", "warns", "threaten", "threatened", "threatens"})


def _answer_warned(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"Moscow warned that it would respond", "Tehran threatened that it would retaliate": a
    bare answer (no object, no "to" phrase) the speaker warns its own side will give threatens
    (130) the side whose act against it the article last told."""
    retorts = evaluation_words()["retort_verbs"] - {"hit", "strike", "fight", "punish"}
    for tok in sent:
        if tok.lemma_.lower() not in retorts or tok.pos_ != "VERB" or tok.dep_ != "ccomp" or (
                tok.head.lemma_.lower() not in _WARNING_VERBS) or not _future(tok) or (
                _negated(tok)) or _negated(tok.head):
            continue
        if any(c.dep_ in ("dobj", "prep", "advcl", "ccomp", "xcomp") for c in kids(tok)):
            continue  # ("would respond to the letter", "would react if ..."): other rules'
        actor = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if actor is None or actor.lower_ not in ("it", "we", "they"):
            continue
        voices = _speaker_of(ex, tok.head, resolver)
        if not voices:
            continue
        targets = _last_hostile_on(resolver, {a.actor.country for a in voices}, sent)
        if targets:
            yield tok.head, "130", "threaten.answer_warned", voices, targets


def _last_hostile_on(resolver: ActorResolver, own: set[str | None], sent: Span
                     ) -> list[ResolvedActor]:
    """The side that did the latest hostile act the article told, a little before ``sent``,
    aimed at the ``own`` side: what a warned answer would answer."""
    for told in reversed(resolver.ctx.events[-10:]):
        if told.evidence.start >= sent.start_char or (
                told.evidence.start < sent.start_char - _WELCOMED_REACH):
            continue
        if told.root in _ROOTS_HOSTILE and told.source is not None and (
                told.target is not None and told.target.country in own) and (
                told.source.country and told.source.country not in own):
            return [ResolvedActor(told.source, "coref")]
    return []


#: what a side tells another to take seriously, or not to test, as a warning
_HEEDED = frozenset({"word", "words", "warning", "warnings", "threat", "threats", "message",
                     "statement", "statements"})
_TESTED = frozenset({"resolve", "patience", "will", "determination", "strength", "limits",
                     "resolution"})
_TELLING = frozenset({"tell", "warn", "urge", "advise", "caution"})


def _heed_warned(ex: EventExtractor, sent: Span, resolver: ActorResolver
                 ) -> Iterator[Found]:
    """"He told them to take his words seriously", "Beijing warned Taipei not to test its
    resolve", "Tehran said Washington should take its warnings seriously": telling another
    side to heed one's warning, or not to try one's patience, threatens it (130); the one told
    is the object of "tell" or the subject of the heeding, else the other side of the
    speaker's latest told event."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in ("take", "test") or tok.pos_ != "VERB":
            continue
        obj = next((c for c in kids(tok) if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        if lemma == "take":
            if obj.lower_ not in _HEEDED or _negated(tok) or not any(
                    c.lower_ == "seriously" for c in kids(tok)):
                continue
        elif obj.lower_ not in _TESTED or not _negated(tok):
            continue  # ("not to test": a test told, not warned against, is none)
        told: Token | None = None
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _TELLING and (
                not _negated(tok.head)):
            speech = tok.head
            told = next((c for c in kids(speech) if c.dep_ in ("dobj", "dative")), None)
        elif tok.dep_ == "ccomp" and lemma == "take" and (
                speech := _reporting_verb(tok)) is not None and not _negated(speech):
            told = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        else:
            continue
        voices = _speaker_of(ex, speech, resolver)
        if not voices:
            continue
        own = _own_of(voices)
        targets = _named(told, resolver, own) if told is not None else []
        if not targets and (told is None or told.lower_ in ("them", "him", "her", "they")):
            targets = _last_rival(resolver, own, sent)
        if targets:
            yield speech, "130", "threaten.heed_warned", voices, targets


def _last_rival(resolver: ActorResolver, own: set[str | None], sent: Span
                ) -> list[ResolvedActor]:
    """The other side of the latest conflictual event (a demand, a rebuke, a threat, force:
    roots 10-20) the article told before ``sent`` between the ``own`` side and one other
    state; none when the latest event between them was a friendly one."""
    for told in reversed(resolver.ctx.events[-20:]):
        if told.evidence.start >= sent.start_char or told.source is None or told.target is None:
            continue
        ends = (told.source, told.target)
        countries = {e.country for e in ends}
        if len(countries) == 2 and countries & own and None not in countries:
            if told.root < "10":
                return []
            return [ResolvedActor(next(e for e in ends if e.country not in own), "coref")]
    return []


#: the ways a state is charged with standing behind an armed group ("armed", "financed",
#: "trained") -- lemmas and the forms the tagger may leave unlemmatised
_ARMING = frozenset({"arm", "armed", "finance", "financed", "fund", "funded", "train",
                     "trained", "equip", "equipped", "organise", "organised", "organize",
                     "organized", "sponsor", "sponsored", "recruit", "recruited"})
#: the armed groups such a charge is about (the plural and singular forms)
_PROXY_NOUNS = frozenset({"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen",
                          "militant", "militants", "saboteur", "saboteurs", "terrorist",
                          "terrorists", "rebel", "rebels", "insurgent", "insurgents",
                          "mercenary", "mercenaries", "separatist", "separatists", "militia",
                          "militias", "infiltrator", "infiltrators", "raider", "raiders"})


def _proxies_armed(ex: EventExtractor, sent: Span, resolver: ActorResolver
                   ) -> Iterator[Found]:
    """"said they were trained, paid and equipped by Tehran", "Tbilisi said Moscow had
    trained the separatists": a state voice's claim that another state armed,
    funded, trained or organised an armed group (attackers, militants, rebels ...) accuses
    the backer (112), the "by" phrase of the passive or the subject of the active; "they"
    counts when the sentence names such a group before it. The deed must be told as done
    (no modal, not negated) in a clause the saying governs, said before it."""
    first_proxy = next((t.i for t in sent if t.lower_ in _PROXY_NOUNS), None)

    def arming(t: Token) -> bool:
        # ("were armed and financed by": the tagger's adjective "armed" counts too)
        return (t.pos_ == "VERB" or t.pos_ == "ADJ" and t.dep_ in ("acomp", "conj")) and (
            t.lemma_.lower() in _ARMING or t.lower_ in _ARMING)

    for tok in sent:
        if not arming(tok) or tok.dep_ == "conj" and arming(tok.head):
            continue  # (a chain of such verbs is read once, from its first)
        chain = [tok, *(c for c in tok.subtree if c.dep_ == "conj" and arming(c))]
        # (the adjective's clause is its "be": "the militants were armed")
        frame = tok.head if tok.pos_ == "ADJ" and tok.head.lemma_ == "be" else tok
        if tok.pos_ == "ADJ" and frame is tok:
            continue
        if _negated(frame) or any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in (
                _NOT_DONE_AUX | {"whether", "if", "unless", "to"}) for c in kids(frame)):
            continue
        by = next((d for v in chain
                   if (d := prep_obj(v, ("by",), deps=("agent", "prep"))) is not None), None)
        if frame is not tok or is_passive(frame):
            proxy = next((c for c in kids(frame) if c.dep_ in ("nsubjpass", "nsubj")), None)
            doer = by
        else:
            doer = next((c for c in kids(frame) if c.dep_ == "nsubj"), None)
            proxy = next((c for v in chain for c in kids(v) if c.dep_ == "dobj"), None)
        if proxy is None or doer is None or doer.pos_ == "PRON":
            continue
        if not (proxy.lower_ in _PROXY_NOUNS or proxy.lower_ == "they" and (
                first_proxy is not None and first_proxy < proxy.i)):
            continue
        speech = _reporting_verb(frame)
        if speech is None or speech.i > frame.i or _negated(speech):
            continue
        voices = _speaker_of(ex, speech, resolver)
        if not voices:
            continue
        own = {a.actor.country for a in voices}
        found = _named(doer, resolver, own)
        if found and not any(a.actor.country in own for a in resolver.resolve(doer)):
            yield speech, "112", "disapprove.proxy_armed", voices, found[:3]


#: the force verbs a side is charged with using "first" (besides the sentence's own triggers)
_FIRST_FORCE = frozenset({"fire", "shoot", "attack", "strike", "shell", "open"})


def _first_shot_charged(ex: EventExtractor, sent: Span, resolver: ActorResolver
                        ) -> Iterator[Found]:
    """"said Iranian forces had fired first", "Baku said Armenian troops attacked first": a
    state voice's claim that another side used force first blames it for the clash (112),
    beside the force itself. The force must be told as done, not negated, in a clause the
    saying governs, said before it."""
    hostile = _hostile_tokens(ex)
    for tok in sent:
        if tok.lower_ != "first" or tok.dep_ != "advmod":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or not (verb.i in hostile or verb.lemma_.lower() in _FIRST_FORCE):
            continue
        if _negated(verb) or any(c.dep_ in ("aux", "mark") and c.lower_ in (
                _NOT_DONE_AUX | {"whether", "if", "unless", "to"}) for c in kids(verb)):
            continue
        doer = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        speech = _reporting_verb(verb)
        if doer is None or doer.pos_ == "PRON" or speech is None or speech.i > verb.i or (
                _negated(speech)):
            continue
        voices = _speaker_of(ex, speech, resolver)
        if not voices:
            continue
        own = _own_of(voices)
        found = _named(doer, resolver, own) or [
            a for c in kids(doer) if c.dep_ in ("amod", "compound", "poss")
            for a in _named(c, resolver, own)]
        if found and not _own_doer(doer, resolver, own, found):
            yield speech, "112", "disapprove.fired_first", voices, found[:2]


def _unaimed_talks_refused(ex: EventExtractor, sent: Span, resolver: ActorResolver
                           ) -> Iterator[Found]:
    """"Iranian officials have said the country will not negotiate under threats", "Pyongyang
    said it would never negotiate while sanctions remain": a state voice saying its own side
    will not negotiate, with nobody named to negotiate with, refuses talks (125) with the side
    that threatened or pressed it -- in the same sentence ("Trump warned ..., and Iranian
    officials said ..."), else in the article's latest conflictual event between them."""
    for tok in sent:
        if tok.lemma_.lower() != "negotiate" or tok.pos_ != "VERB" or not _negated(tok) or (
                prep_obj(tok, ("with",)) is not None):
            continue
        speech = _reporting_verb(tok)
        if speech is None or speech.i > tok.i or _negated(speech):
            continue
        voices = _speaker_of(ex, speech, resolver)
        subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if not voices or subj is None:
            continue
        own = {a.actor.country for a in voices}
        if not (subj.lower_ in ("it", "we", "they") or any(
                a.actor.country in own for a in resolver.resolve(subj)) or (
                subj.lemma_.lower() in ("country", "government", "nation") and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "our", "their")
                    for c in kids(subj)))):
            continue  # (another side's refusal, told by the speaker)
        found: list[ResolvedActor] = []
        for t in ex._sentence_triggers:
            if t.pattern.cameo[:2] not in ("10", "13", "17") or t.token.i > tok.i:
                continue
            src, tgt = ex._arguments(t, resolver, is_passive(t.token))
            if {g.actor.country for g in tgt} & own:
                found += [a for a in src if a.actor.country and a.actor.country not in own]
        found = found[:1] or _last_rival(resolver, own, sent)
        if found:
            yield speech, "125", "reject.talks_refused_unaimed", voices, found
