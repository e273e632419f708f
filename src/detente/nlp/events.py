"""Event coding over dependency parses: who did what to whom.

For every token whose lemma has a pattern in the lexicon (``coding/data/patterns.yaml``) we
find the arguments in the parse:

* source: the subject, climbing through open complements ("agreed to resume"), conjoined
  verbs ("met ... and discussed"), relative and participial clauses ("officials who visited",
  "officials visiting China"); for nouns the possessor or a ``by`` phrase;
* target: the slots the pattern names (direct object, a preposition's object attached to the
  trigger or to its object noun, ``between`` A and B);
* passive voice: the passive subject is the target and the ``by`` agent the source;
* coordination on either side gives one event per pair;
* reciprocal predicates with a plural or coordinated subject ("Biden and Xi met", "the two
  leaders held talks") give one event between the two.

Each event then gets its status (``nlp.status``), date (``resolve.dates``), place
(``resolve.places``), Goldstein value and quad class (codebook), evidence offsets and the rule.

Argument selection lives in :mod:`.arguments` (the ``ArgumentPicker`` mixin), and the frames
that name a partner when a clause names nobody (a framing meeting, a purpose clause, a
readout, a numbered group) in :mod:`.frames`; this module keeps triggers, statuses, dates,
places and the article loop.
"""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB
from detente.coding.codebook import Codebook
from detente.coding.patterns import (
    CARRIER_NOUNS,
    CIVILIAN_MODIFIERS,
    CLASS_MARK,
    LINK_HEADS,
    SPAN_HEADS,
    Lexicon,
    Pattern,
)
from detente.model import (
    Actor,
    Article,
    Attribution,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
    Location,
    Plover,
    Status,
    period_start,
)
from detente.nlp import captives
from detente.nlp.accepted_invitation import accepted_invitation
from detente.nlp.actor_groups import BODY_NOUNS, GROUP_NOUNS, HOST_MARK
from detente.nlp.actors import ActorResolver, ResolvedActor, fit_group
from detente.nlp.arguments import INVITATION_NOUNS, OCCASION_NOUNS, ArgumentPicker
from detente.nlp.capacity import capacity_only
from detente.nlp.clauses import (
    LIGHT_ADJECTIVES,
    OBJ_DEPS,
    REPORTING_VERBS,
    RETORT_PREPS,
    RETORT_VERBS,
    TRAVEL_NOUNS,
    Gap,
    adjectival_passive,
    agreement_noun,
    child,
    clause_text,
    direct_object,
    each_other,
    free_relative_object,
    gapped_clauses,
    is_passive,
    light_adjective,
    misread_verb,
    passive_subject,
    retort,
    stray_that_clauses,
)
from detente.nlp.domestic import (
    CROWD_FORCE_ROOTS,
    armed_attackers,
    armed_men_at_home,
    armed_targets,
    coup_makers,
    crowd_repression,
    home_state_object,
    repressed_crowd,
    suicide_attack,
)
from detente.nlp.frames import (
    MEASURE_HEADS,
    PHONE_VERBS,
    listed_group,
    phone_call,
)
from detente.nlp.guesses import unfounded_guess
from detente.nlp.implied import (
    hosted_meetings,
    implied_accusations,
    implied_hostings,
    implied_readout_intents,
    implied_relief,
    implied_story_events,
)
from detente.nlp.joint_order import joint_order
from detente.nlp.pairings import multilateral_pairs
from detente.nlp.place_targets import place_target
from detente.nlp.repeated_dates import again_told, repeated_dates
from detente.nlp.rules import (
    ACT_VERBS,
    ARMED_NON_STATE_SECTORS,
    BRANDING_VERBS,
    BREAK_CUES,
    COOPERATION_WORDS,
    DESIRE_VERBS,
    FORCE_ROOTS,
    HOME_GROUND_ROOTS,
    INTENT_BY_ROOT,
    INTENT_CUES,
    INTENT_VERBS,
    LEAVE_VERBS,
    MEETING_WORDS,
    NON_STATE_SECTORS,
    PERSON_ASSAULT_CODES,
    REL_PRONOUNS,
    REPORTED_INTENT_ROOTS,
    SAID_INTENT_CUES,
    SPOKEN_ROOTS,
    STATE_SECTORS,
    TIES_CODES,
    TIES_VERBS,
    UNDERGOING_VERBS,
    Frame,
    Trigger,
    actorlike,
    aid_stopped,
    alleged_by,
    answered_by_act,
    at_scene,
    counted,
    deadline_to_leave,
    dismissed_as_negative,
    domestic_pair,
    ends_after,
    envoy_like,
    evaluation_words,
    fallback_target,
    game_result,
    governing_clause_text,
    governing_verb_negated,
    increased,
    intent_code,
    intent_verb_of,
    labelled_thing,
    meeting_code,
    military_drill,
    modified_by,
    nominal_gerund,
    noun_phrase,
    np_span,
    people_object,
    prep_obj,
    talks_started,
    tense_of,
    ties_break,
    toll_of,
    warned_preparation,
)
from detente.nlp.screen import (
    PRESENCE_CUT_VERBS,
    agreed_to_act,
    directed_cut,
    forces_sent_to_foe,
    in_told_deed,
    no_two_parties,
    screened,
)
from detente.nlp.screen_deeds import without_onlookers
from detente.nlp.screen_requests import aid_requested
from detente.nlp.status import (
    REFUSAL_CODES,
    STATED_ROOTS,
    decide,
    obligation,
    refusal,
    stated_when_told,
)
from detente.nlp.story import fighting_ended, mutual_intent, restated_events, story_sides
from detente.nlp.words import WORDS_KEY, sentence_words
from detente.resolve import doc_text
from detente.resolve.dates import find_dateline
from detente.resolve.event_dates import governing_verb, sentence_rows, trigger_date
from detente.resolve.event_places import event_place, place_of
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import conjuncts, kids, lefts, sent_of, subtree

log = logging.getLogger(__name__)

# a state's withdrawal from, exit from or leaving of an international body (161, roots31):
# the nouns take the body the story tied the state to when they name none
BODY_LEAVE_IDS = frozenset({"yield.withdrawal_n", "reduce.exit_n", "reduce.departure_n",
                            "reduce.leave_igo", "reduce.exit_igo",
                            "reduce.leave_treaty"})
BODY_LEAVE_VERBS = frozenset({"reduce.leave_igo", "reduce.exit_igo"})
# forces a side has or keeps in a state (074): in a relative clause ("Washington, which has
# troops in Niger, ...") an aside describing the side, no deployment the article reports (lead27)
HELD_FORCES_IDS = frozenset({"aid.have_forces_in_state", "aid.keep_forces_in_state"})
# concerns a side has (111): "would have serious concerns if ..." is a conditional warning,
# no concern voiced (lead27)
CONDITIONAL_CONCERN_IDS = frozenset({"disapprove.have_concerns"})
# of those, the ones whose own reading stands when no body is left (a troop withdrawal, a
# treaty quit)
BODY_LEAVE_OWN = frozenset({"yield.withdrawal_n", "reduce.leave_treaty"})
# words of a sentence whose withdrawal is of people or gear, not of a membership
BODY_LEAVE_NOT = frozenset({"personnel", "mission", "missions", "peacekeepers", "staff",
                            "diplomats", "ambassador", "envoy", "military", "army", "tanks",
                            "warships", "ships", "base", "bases", "occupied", "occupation"})

# "made available X to Y" with nothing the aid patterns name: provision to Y (070)
MADE_AVAILABLE = Pattern(id="aid.make_available", head="provide", pos="VERB", cameo="070",
                         target=("to", "iobj"))


# events whose place is no scene for what the story tells next: the other stops of a tour
# (before today's), a visit agreed on for later
# a person expected somewhere ("is expected in Hanoi", patterns.yaml): a journey ahead
EXPECTED_ID = "consult.expected_in"
# common nouns of sides beyond the group nouns: a clause of obligation about one of them is
# an appeal to it ("said the bloc should reopen channels to Moscow")
SIDE_NOUNS = frozenset({"bloc", "union", "alliance", "council", "community", "organisation",
                        "organization", "authority", "regime", "junta", "administration",
                        "west", "world", "body", "court", "forum", "group", "coalition",
                        "force", "people", "public", "international"})
# a state admitted to (or into) a body joins it (057, roots32; the passive's subject joins)
ADMITTED_IDS = frozenset({"diplo.admitted_to_body", "diplo.admitted_into_body",
                          "diplo.admitted_as_member"})
# "was let in as the bloc's tenth member state": the body is the member noun's "of"
# phrase (multi25)
ADMITTED_AS_ID = "diplo.admitted_as_member"
# a leader addressing a gathering (multi25)
ADDRESS_ID = "statement.address"
# a front opened (190, roots32) in a contest of words, law or trade is no fighting
OPEN_FRONT_ID = "fight.open_front"
CIVIL_FRONT_WORDS = frozenset({"dispute", "row", "quarrel", "feud", "spat", "trade", "tariff",
                               "legal", "diplomatic", "political", "economic", "propaganda",
                               "information", "media", "election", "electoral", "campaign",
                               "court", "lawsuit", "case", "negotiation", "negotiations",
                               "talks", "debate", "culture", "tech", "technology", "chip"})
# forces that faced each other: each side's show of force toward the other (roots32), both
# ways as a fight is
FACING_IDS = frozenset({"posture.forces_face_each_other", "posture.forces_face_off"})
NO_SCENE_RULES = ("+stops", "+agreed_visit")

# the pattern of "served as the mediator between A and B" (patterns.yaml): its parties are
# found by _mediator_parties
MEDIATOR_ID = "consult.mediator_n"

# kinds of meeting a noun restates, by the words of the rule that coded each: a journey, a
# meeting of leaders
RESTATED_KINDS = (frozenset({"visit", "trip", "travel", "tour", "journey", "arrive"}),
                  frozenset({"summit", "meeting", "meet", "talks", "talk", "hold"}))
# prepositions of a time phrase a meeting noun can stand in, outside the clause's own
# arguments: "After talks with Li, Scholz said ...", "ahead of a meeting with Biden"
ARRIVAL_NOUNS = frozenset({"airport", "arrival", "airbase", "tarmac"})
#: the Latin of a diplomat declared unwelcome, which the parser may take for a verb
_LATIN_DECLARED = frozenset({"persona", "personae"})
# roots of the events whose pair unnamed talks are of: a meeting, an intent, ties or a deal;
# talks taken up again may also be those of the story's dispute
PAIR_ROOTS = frozenset({"03", "04", "05", "06"})
DISPUTE_ROOTS = PAIR_ROOTS | {"11", "12", "13", "16", "17", "19"}
#: roots of the story's events that pair a deal's quitter with the deal's other side: talks,
#: deals, criticism of the step, rejections, cuts (not a war: roots29)
DEAL_PARTNER_ROOTS = PAIR_ROOTS | {"11", "12", "16"}
#: roots of what a side says (statements, appeals, intents, approval, consultation offers,
#: disapproval, rejection, threats, protests): said where its speaker says it
STATEMENT_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "14"})
# verbs of talks taken up again or kept going, whose subject is the story's talks
RESUMED_VERBS = frozenset({"resume", "continue", "restart", "reopen"})
NEGOTIATION_NOUNS = frozenset({"negotiation", "negotiations", "negotiating"})
#: the modals of a stated refusal ("would not accept"): a negative pattern's refusal, not a
#: supposition
REFUSING_MODALS = frozenset({"will", "wo", "would", "can", "ca", "could", "shall"})
#: the patterns of talks asked for ("asked for talks"), and the talks an asked-for meeting
#: must be ("requested consultations"): the asker's 036, or 026 between two others
DRILL_VERB_ID = "posture.drill_v"
TALKS_ASKED_IDS = frozenset({"intent.ask_for_talks"})
TALKS_REQUEST_IDS = frozenset({"appeal.request_meeting", "appeal.request"})
TALKS_ASKED_WORDS = frozenset({"talks", "talk", "consultation", "consultations", "negotiations",
                               "negotiation", "dialogue"})
NEGOTIATION_MODIFIERS = frozenset({"indirect", "proximity", "peace", "mediated"})
#: definite meeting nouns that, as their clause's subject with no side named, tell the
#: story's pair meeting again ("The talks stalled", "The meeting was held in Oslo")
RESTATED_MEETINGS = frozenset({"talks", "negotiations", "consultations", "meeting"})
TIME_PHRASE_PREPS = frozenset({"after", "following", "before", "ahead", "since", "upon"})
# verbs whose subject is a party of the mediated thing they take as object: "signed a deal
# brokered by Qatar", "held talks mediated by Norway"
# nouns of the effort a mediation is told as ("its mediation efforts", "their mediation
# role"): the phrase hangs on them, and their holder mediates
MEDIATION_EFFORT_NOUNS = frozenset({"effort", "efforts", "role", "work", "initiative"})
# adverbs of a mediation carried out by more than one side ("carried out jointly with Egypt")
JOINT_ADVERBS = frozenset({"jointly", "together"})
MEDIATED_OUTCOME_VERBS = frozenset({"sign", "reach", "conclude", "seal", "strike", "hold",
                                    "agree", "accept", "ink", "clinch"})
# nouns whose count tells how far a journey went: "a four-country tour", "a three-nation
# trip", "a two-city visit"
EXTENT_NOUNS = frozenset({"country", "nation", "state", "city", "capital", "leg", "stop"})
# journey nouns a readout may capitalise ("a State Visit to India"), and the kinds of visit
# whose capitals make the tagger read a name
TITLED_VISITS = frozenset({"visit", "visits", "trip", "tour"})
VISIT_KINDS = frozenset({"state", "official", "working", "private", "pastoral"})
# meals and receptions a host gives during a visit
MEAL_WORDS = frozenset({"dinner", "dinners", "lunch", "luncheon", "banquet", "breakfast",
                        "supper", "meal", "reception", "tea", "feast"})
# words that tell a time by themselves ("talks today", "met yesterday")
_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow", "earlier", "later",
                         "recently", "ago", "previously", "last", "next"})


#: verbs of protesting what was said ("protest remarks by", "condemned the comments")
PROTESTING_VERBS = frozenset({"protest", "condemn", "denounce", "deplore", "criticise",
                              "criticize", "rebuke"})
#: steps a side takes "over" another's words ("summoned the envoy over remarks by")
PROTEST_STEP_VERBS = PROTESTING_VERBS | frozenset({"summon", "declare", "expel", "recall",
                                                   "reprimand"})


def _remarks_protested(noun: Token) -> Token | None:
    """The verb of the protest that the remarks ``noun`` drew: its object ("summoned the
    envoy to protest remarks by its president") or what it was "over" ("expelled the
    ambassador over the minister's remarks"); None otherwise."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and (
            head.lemma_.lower() in PROTESTING_VERBS):
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("over", "about"):
        # (the phrase may hang on the envoy or on "persona non grata": the verb above)
        verb = next((v for v in [head.head, *head.head.ancestors][:3] if v.pos_ == "VERB"),
                    None)
        if verb is not None and verb.lemma_.lower() in PROTEST_STEP_VERBS:
            return verb
    return None


def _deed_pledged(tok: Token, announced: bool) -> bool:
    """Whether the deed ``tok`` is one its side pledged to do: agreed, promised or vowed
    ("agreed to sell radars", "agreed that Britain would pay"), or, ``announced``, said it
    would do; not a deed it goes on doing or wishes for ("will continue to provide")."""
    head = tok
    for _ in range(4):
        if head.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl", "conj") or head.head.i == head.i:
            break
        head = head.head
        lemma = head.lemma_.lower()
        if lemma in NO_PLEDGE_VERBS:
            return False
        if lemma in INTENT_VERBS:
            return True
    return announced


def _own_date(noun: Token) -> bool:
    """Whether an event noun names its own time: in its phrase ("talks on Monday", "the
    May summit"), or beside it on the verb it is an argument of ("the talks were held on
    Monday", "the visit came a year after ...")."""
    def dated(toks: Iterator[Token]) -> bool:
        return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in toks)

    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "two days of talks", "a round of talks": the whole phrase
    if dated(noun.subtree):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "since", "following",
                                                    "until", "than"):
        return True  # "two months after Yoon's trip to Tokyo": another event, its own time
    if noun.dep_ == "pobj":
        noun = noun.head
    verb = noun.head
    if verb is noun or verb.pos_ not in ("VERB", "AUX"):
        return False
    # ("the summit was made possible by Seoul's announcement earlier this month": a time
    # after the agent's noun is the agent's, hung on the verb by the parser)
    agent = child(verb, ("agent",))
    for c in kids(verb):
        if c.i == noun.i or c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "attr"):
            continue
        if agent is not None and c.i > agent.i and noun.i < agent.i:
            continue
        if c.dep_ in ("npadvmod", "advmod") and dated(c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ != "by" and any(
                p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in kids(c)):
            return True
    return False


def _went_there(verb: Token) -> Token | None:
    """The place a journey verb with "there" and no destination of its own goes to: the
    last place name its sentence gave before it ("talks in Beijing ..., and she hopes to
    travel there"); None when the verb names a destination or no place came before."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in kids(verb)) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "for", "into") for c in kids(verb)):
        return None
    sent = sent_of(verb)
    return next((t for t in reversed(sent.doc[sent.start: verb.i]) if t.ent_type_ == "GPE"
                 and t.pos_ == "PROPN" and t.dep_ == "pobj"), None)


def _support_in_doing(tok: Token) -> bool:
    """Whether ``tok`` is "support" told in the future with an "in"-gerund for the task
    ("will support Kyiv in rebuilding its grid"); "supports Hanoi in guarding its
    security" (the present) is support voiced."""
    if tok.lemma_.lower() != "support" or tok.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in kids(tok)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in kids(c)) for c in kids(tok))


# what a party found liable is ordered to do
LIABILITY_VERBS = frozenset({"compensate", "pay", "indemnify", "reimburse", "refund", "repay"})
# international courts (a national court is its state's JUD)
COURT_CODES = frozenset({"ICJ", "ICC", "PCA", "ECHR", "ITLOS"})
# verbs of sending forces, and what they send: "sent warships to support Greece"
FORCE_SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "station", "rush", "move",
                                 "commit"})
FORCE_WORDS = frozenset({"troop", "soldier", "force", "unit", "battalion", "brigade",
                         "contingent", "marine", "paratrooper", "warship", "ship", "vessel",
                         "jet", "aircraft", "fighter", "bomber", "frigate", "destroyer",
                         "submarine", "carrier", "personnel", "police", "peacekeeper"})


def _state_named(side: ResolvedActor) -> bool:
    """Whether ``side`` is a state told by its own name or its capital ("Vietnam has
    protested", "Baghdad protested"): its government speaks (not its people: "Georgians")."""
    a = side.actor
    return side.kind in ("country", "metonym") and a.sector is None and a.start is not None \
        and a.country is not None and a.code == a.country


#: verbs of a deal signed together, and the kinds of signer whose signing abroad is a visit
#: (people; "Bangladesh and Myanmar signed" names no one who travelled)
SIGNING_VERBS = frozenset({"sign", "ink"})
SIGNER_KINDS = frozenset({"person", "agent"})
#: a signer from abroad may also be a person named but not in the knowledge base ("ner"), and
#: the side that hosts may be its capital or state, or one the sentence implies (roots30)
SIGNING_GUEST_KINDS = SIGNER_KINDS | {"ner"}
SIGNING_HOST_KINDS = SIGNING_GUEST_KINDS | {"country", "metonym", "institution", "implicit"}
#: patterns of a person welcomed with no place or occasion: passive, they need a named doer
#: (a guest welcomed by no one named is nlp.implied's hosting); a newcomer to office welcomed
#: is greeted, not hosted
BARE_WELCOME_IDS = frozenset({"consult.welcome_person"})
NEWCOMER_WORDS = frozenset({"new", "newly", "incoming", "elected", "re-elected", "reelected",
                            "designate", "appointed"})
#: ranks that name one officer, not forces pledged: "promising a secretary general"
RANK_WORDS = frozenset({"general", "admiral", "marshal", "colonel", "commander", "chief"})
#: words of a deployment only offered, not yet agreed: "offered to send", "is ready to send"
OFFERING_WORDS = frozenset({"offer", "ready", "willing", "prepared", "want", "wish", "hope",
                            "seek", "eager", "keen"})
#: verbs of a treaty or pledge that binds a party to an act ("commits the United States to
#: defend", "obliges members to come to each other's aid"): the act bound is no threat
BINDING_VERBS = frozenset({"commit", "oblige", "obligate", "bind", "require"})
#: verbs that pledge forces named as their own object: "pledged troops to the mission"
PLEDGING_VERBS = frozenset({"pledge", "promise", "offer", "commit"})


#: expulsions of a mission's people that can be said to be spies (roots28)
SPY_EXPULSION_IDS = frozenset({"reduce.expel", "reduce.declare_pn", "reduce.expel_mission_staff"})
SPY_WORDS = frozenset({"spy", "spies", "spying", "espionage"})


def _named_spies(verb: Token) -> bool:
    """Whether the people ``verb`` expels are told as spies in its own clause: "ordered out
    six envoys it named as spies", "expelled two attaches, calling them agents of military
    intelligence"."""
    near = [t for c in kids(verb) if c.dep_ in ("dobj", "advcl", "nsubj", "ccomp", "xcomp")
            for t in c.subtree]
    return any(t.lower_ in SPY_WORDS or t.lemma_.lower() in ("officer", "agent", "operative")
               and any(m.lower_ == "intelligence" for m in kids(t)) for t in near)


def _watched_signing(tok: Token) -> bool:
    """Whether ``tok`` (watch, witness) governs a clause of someone signing something: "both
    presidents then watched aides sign the accords"."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() == "sign" and any(
        g.dep_ == "dobj" for g in kids(c)) and any(g.dep_ == "nsubj" for g in kids(c))
        for c in kids(tok))


def _forces_pledged(tok: Token, cameo: str, intent: str | None) -> Token | None:
    """The word that pledges or offers the sending of forces (074) that ``tok`` tells:
    the intent verb or adjective of "agreed / is ready to send troops", or ``tok`` itself
    when it pledges forces as its object ("pledged personnel"); else None."""
    if cameo != "074":
        return None
    if intent is not None:
        return intent_verb_of(tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in PLEDGING_VERBS:
        return tok
    return None


#: objects of "fought" that name one war between the subjects ("A and B fought a war")
WAR_OBJECTS = frozenset({"war", "wars", "battle", "battles"})
#: words that make those who fight allies: "fought together", "fought side by side"
TOGETHER_WORDS = frozenset({"together", "jointly", "alongside", "side"})


def _war_fought_between(tok: Token) -> bool:
    """Whether ``tok`` fights a war as its object with no ally's word beside it: "Vietnam
    and China fought a short border war" is each against the other ("fought a war
    together" is not)."""
    if tok.lemma_.lower() != "fight" or tok.pos_ != "VERB":
        return False
    obj = direct_object(tok)
    if obj is None or obj.lemma_.lower() not in WAR_OBJECTS:
        return False
    return not any(c.lower_ in TOGETHER_WORDS for c in (*kids(tok), *kids(obj)))


def _forces_sent_for(tok: Token) -> Token | None:
    """The verb that sends forces when ``tok`` is its purpose clause: "sent warships and
    jets to support Greece", "were to dispatch troops to back the army" (the verb, or
    None)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp") or not any(
            c.tag_ == "TO" for c in kids(tok)):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in FORCE_SENDING_VERBS:
        return None
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj") and any(
                x.lemma_.lower() in FORCE_WORDS for x in (c, *c.conjuncts)):
            return verb
    return None


# verbs of a purpose that guards a side: "to protect it", "to defend its airspace"
PROTECT_VERBS = frozenset({"protect", "defend", "guard", "shield", "secure", "reinforce",
                           "bolster"})


def _deployed_to_protect(tok: Token, targets: Sequence[ResolvedActor],
                         resolver: ActorResolver) -> bool:
    """Whether the posture verb ``tok`` has a purpose clause that guards its target: "to
    protect it", "to defend Polish airspace", "to help guard its border" (the guarded one,
    or its owner, resolves to a target's country)."""
    if tok.pos_ != "VERB":
        return False
    wanted = {t.actor.country for t in targets if t.actor.country}
    for c in kids(tok):
        if c.dep_ not in ("advcl", "xcomp") or not any(g.tag_ == "TO" for g in kids(c)):
            continue
        verbs = [c] + [g for g in kids(c) if g.dep_ == "xcomp" and g.pos_ == "VERB"]
        for v in verbs:
            if v.lemma_.lower() not in PROTECT_VERBS:
                continue
            obj = child(v, ("dobj",))
            if obj is None:
                continue
            for who in (obj, child(obj, ("poss",))):
                if who is None:
                    continue
                found = {a.actor.country for a in resolver.resolve(who)}
                if found & wanted or (who.lower_ in ("it", "its") and (
                        _place_named_before(tok, wanted, resolver))):
                    # ("to protect it" after "on Slovak territory": the soil named, whatever
                    # the pronoun was resolved to)
                    return True
    return False


def _place_named_before(tok: Token, wanted: set[str | None], resolver: ActorResolver
                        ) -> bool:
    """Whether the posture verb ``tok`` names a target's soil in its own place phrase ("on
    Slovak territory", "in Poland"; not "near Ukraine", no one's soil)."""
    for c in kids(tok):
        for p in [c, *(g for g in kids(c) if g.dep_ == "prep")] if c.dep_ in (
                "dobj", "prep") else []:
            if p.dep_ != "prep" or p.lower_ not in ("on", "in", "into", "to"):
                continue
            for o in kids(p):
                if o.dep_ == "pobj" and any(
                        a.actor.country in wanted for t in o.subtree for a in (
                            resolver.resolve(t) if t.pos_ in ("PROPN", "ADJ", "NOUN") else [])):
                    return True
    return False


def _charge_called_false(comps: Sequence[Token], ev: Mapping[str, frozenset[str]]) -> bool:
    """Whether a reported clause of ``comps`` says a charge is untrue: a charge noun as the
    subject of a verdict of falsehood ("the accusation was baseless", "the claims are
    false"), or a charge noun the verb names so ("called the accusations absurd")."""
    for c in comps:
        if c.head.lemma_.lower() in BRANDING_VERBS and (
                c.dep_ == "dobj" and c.lemma_.lower() in ev["charge_nouns"]
                or c.dep_ == "oprd" and any(g.dep_ == "compound" and g.lemma_.lower() in (
                    ev["charge_nouns"]) for g in kids(c))):
            # ("called the allegations groundless", also parsed as a compound of the verdict)
            return True
        for t in c.subtree:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ev["charge_nouns"] and any(
                    v.dep_ in ("acomp", "attr") and (v.lemma_.lower() in ev["false_words"]
                                                     or v.lower_ in ev["false_words"])
                    for v in kids(t.head)):
                return True
    return False


# nouns of a charge of wrongdoing (a claim or an assertion may charge none: "rejected the
# claims as baseless" stays a judgement, examples/README.md "Charges denied")
WRONG_CHARGE_NOUNS = frozenset({"accusation", "accusations", "charge", "charges", "allegation",
                                "allegations", "insinuation", "insinuations", "finding",
                                "findings"})


def _rejected_charge(verb: Token) -> bool:
    """Whether what ``verb`` rejects is a charge: its object ("rejected the accusation as
    false") or, in a relative clause, the noun the clause is on ("charges that it rejected
    as false")."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    charged = obj if obj is not None and obj.lower_ not in ("that", "which") else (
        verb.head if verb.dep_ in ("relcl", "acl") else None)
    if charged is not None and charged.dep_ in ("dobj", "pobj") and (
            charged.head.dep_ in ("relcl", "acl")) and (
            charged.head.head.lemma_.lower() in WRONG_CHARGE_NOUNS):
        # ("charges that cited spying, which her lawyers dismissed as baseless")
        charged = charged.head.head
    return charged is not None and (charged.lemma_.lower() in WRONG_CHARGE_NOUNS
                                    or charged.lower_ in WRONG_CHARGE_NOUNS)


# (roots31) verbs of a threat or warning whose told force is aimed at the one warned, and
# the rules of force held out in such a threat
THREAT_VERBS = frozenset({"warn", "threaten"})
FORCE_THREAT_IDS = frozenset({"fight.use_military_force", "fight.use_of_force_n"})


def _warned_side(tok: Token) -> Token | None:
    """The one a threat or warning is aimed at when its own clause names no one: the object
    of the verb it is joined to ("handed the generals an ultimatum and warned it could resort
    to force": the generals), for the warning verb ``tok`` or for force told in its
    clause."""
    verb = tok
    for _ in range(3):
        if verb.lemma_.lower() in THREAT_VERBS:
            break
        if verb.dep_ not in ("ccomp", "xcomp", "pobj", "prep", "aux") or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if direct_object(verb) is not None or any(
            c.dep_ in ("dative", "iobj") for c in kids(verb)) or not any(
            t.lemma_.lower() == "force" for t in verb.subtree if t.i > verb.i):
        return None  # (a threat of force only: "warned that women faced risks" is none)
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    # (the verb joined to the warning must be its own subject's: "A joined NATO, and B
    # has warned ..." is another side's clause)
    head = verb.head if verb.dep_ in ("conj", "advcl") and subj is None else None
    if head is None and subj is not None:
        # ("the bloc X handed the officers a deadline and warned ...", parsed with the first
        # verb as a relative clause on the subject)
        head = next((c for c in kids(subj) if c.dep_ == "relcl" and c.i < verb.i and any(
            g.dep_ == "cc" and g.lower_ == "and" for g in kids(c))), None)
    if head is None or head.pos_ != "VERB":
        return None
    return next((c for c in kids(head) if c.dep_ in ("dative", "iobj")), None) or (
        direct_object(head))


def _in_joined_clause(t: Token, verb: Token) -> bool:
    """Whether ``t`` lies in a verb joined to ``verb`` by "and" (that verb's own clause):
    "called on the king and met the premier, who asked for aid" -- the relative clause's
    for-phrase is not the call's (nor is a deed the person is told to have done:
    ``screen.in_told_deed``)."""
    h = t
    while h.i != verb.i and h.head.i != h.i:
        if h.dep_ == "conj" and h.head.i == verb.i and h.pos_ in ("VERB", "AUX"):
            return True
        h = h.head
    return False


def _on_arrival(verb: Token) -> bool:
    """Whether a greeting or meeting ``verb`` is told as at someone's arrival: a phrase of
    its own "at the airport", "on (his) arrival", "upon arrival" (not "at the summit")."""
    for c in kids(verb):
        if c.dep_ != "prep" or c.lower_ not in ("at", "on", "upon"):
            continue
        obj = child(c, ("pobj",))
        if obj is not None and obj.lemma_.lower() in ARRIVAL_NOUNS:
            return True
    return False


def _in_contact(noun: Token) -> bool:
    """Whether ``noun`` ("contact", "touch") is kept with someone by a clause's subject:
    "was in contact with", "remained in close touch with", "kept in touch with" (not "lost
    contact with", "no contact with", "made contact with", "contacts between")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or (
            prep.head.lemma_.lower() not in CONTACT_VERBS):
        return False
    if any(c.dep_ == "neg" for c in kids(prep.head)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(noun)) or any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i for c in kids(prep.head))


def _negotiation_noun(noun: Token | None) -> bool:
    """Whether a meeting noun names negotiation: "negotiations", "indirect talks",
    "proximity talks", "peace talks" (talks through or toward a settlement, CAMEO 046)."""
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    if lemma in NEGOTIATION_NOUNS:
        return True
    return lemma in ("talk", "talks") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in NEGOTIATION_MODIFIERS
        for c in kids(noun))


def _in_honour_of(verb: Token, obj: Token) -> Token | None:
    """The one a dinner or reception is held in honour of: "in honour of the king", "in his
    honor" (on the verb or on its object noun)."""
    for host in (verb, obj):
        for c in kids(host):
            if c.dep_ == "prep" and c.lower_ == "in":
                noun = child(c, ("pobj",))
                if noun is not None and noun.lemma_.lower() in ("honor", "honour"):
                    return prep_obj(noun, ("of",)) or child(noun, ("poss",))
    return None


@functools.lru_cache(maxsize=2048)
def _phrases(words: tuple[str, ...]) -> tuple[tuple[str, int, bool], ...]:
    """The phrases of a pattern's word list, each with its length in spaCy tokens (a hyphen
    is a token of its own) and whether it is a noun with its "of" phrase ("show of force")."""
    return tuple((w, w.count(" ") + w.count("-") * 2 + 1, " of " in w)
                 for w in words if " " in w)


def _words_unseen(pat: Pattern, seen: frozenset[str]) -> bool:
    """Whether a word ``pat`` asks for is in none of the sentence's tokens (``seen``: their
    lemmas and lower-case forms), so that ``EventExtractor._match`` cannot match it: its
    object (when a list of single words and no forces found through the knowledge base: each
    way ``_match`` finds an object, the object or a word beside it, is a token of the sentence
    the list names), the object of its preposition, or its particle (a child of the verb,
    or the word after it). Skipping such a pattern saves the object search for most of a
    verb's patterns (speed, tidy29: the same triggers)."""
    if pat.prep_object and seen.isdisjoint(pat.prep_object) or (
            pat.particle and pat.particle not in seen):
        return True
    words = pat.object
    return bool(words) and seen.isdisjoint(words) and "troops" not in words and not (
        _phrases(words))


def _named_by(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether ``tok`` is one of a pattern's ``words``: its lemma or its form, or a phrase of
    them that ``tok`` heads as written ("joint statement", "war games", "fighter jets": the
    words before the noun; "show of force", "prisoners of war": the noun and its "of"
    phrase). Patterns list phrases whole, but the parse offers one token at a time, so a
    phrase would otherwise never be found (roots27)."""
    if tok.lemma_.lower() in words or tok.lower_ in words:
        return True
    phrases = _phrases(words)
    if not phrases:
        return False
    doc = tok.doc
    forms = (tok.lower_, tok.lemma_.lower())
    sent_start = sent_of(tok).start
    for w, n, head_first in phrases:
        if head_first:
            # the head first: "show of force"
            if tok.i + n <= len(doc):
                rest = doc[tok.i + 1:tok.i + n].text.lower()
                if any(f + " " + rest == w for f in forms):
                    return True
            continue
        for k in range(1, min(n, tok.i - sent_start + 1)):
            head = doc[tok.i - k:tok.i].text_with_ws.lower()
            if any(head + f == w for f in forms):
                return True
    return False


def _object_behind(objs: Sequence[Token], words: tuple[str, ...]) -> list[Token]:
    """A pattern's object word standing behind the parsed object: a span of time ("ended 36
    years of ties with Taiwan": the ties), or a title before a name ("recalled Ambassador Maria
    Lopez": the ambassador is the name)."""
    out: list[Token] = []
    for o in objs:
        if o.dep_ not in OBJ_DEPS:
            continue
        if o.lemma_.lower() in SPAN_HEADS:
            out += [p for c in kids(o) if c.dep_ == "prep" and c.lower_ == "of"
                    for p in kids(c) if p.dep_ == "pobj"
                    and (p.lemma_.lower() in words or p.lower_ in words)]
        elif o.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.i < o.i and (c.lower_ in words
                                                        or c.lemma_.lower() in words)
                for c in kids(o)):
            out.append(o)
    return out[:1]

def _visit_and_its_talks(ev: Event, other: Event, gazetteer: Gazetteer) -> bool:
    """Whether two meetings of one sentence are a trip and the talks held on it: "paid a visit
    to Lima, where she held talks with the president", "flew to Accra and met the foreign
    minister", "will travel to Hanoi to meet the premier". The same traveller, day and code;
    one goes to a place (its target is a place's name), the other meets a person or body of
    that country. One event, told once (the one told first stands)."""
    a, b = ev, other
    if a.source is None or b.source is None or a.target is None or b.target is None:
        return False
    if a.date.value != b.date.value or a.status != b.status:
        return False
    if a.cameo != b.cameo and not ({a.cameo, b.cameo} == {"040", "042"} and all(
            x.cameo != "040" or (x.rule or "").startswith("consult.") for x in (a, b))):
        # ("will travel to Montevideo, where he is to meet the president": the meeting is
        # still 040 here, made 042 by the place of the trip later)
        return False
    if not a.source.name or a.source.name != b.source.name or (
            a.target.country is None or a.target.country != b.target.country):
        return False
    def place(x: Event) -> bool:
        return x.target is not None and bool(x.target.text) and (
            gazetteer.lookup(str(x.target.text)) is not None)

    return place(a) != place(b)


# time phrases a fighting noun can end in: "after two days of fighting" (``_fighting_before``)
SPANS_OF_TIME = frozenset({"hour", "day", "night", "week", "month", "year", "decade"})
AFTER_PREPS = frozenset({"after", "following", "amid"})
PEACE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "peace",
                         "cessation", "halt"})
#: what a pair agrees to that each side then keeps toward the other ("agreed to a truce")
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
#: deals that come after fighting end it ("The agreement comes after weeks of fighting")
DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty"})
# copulas and ranks of "X was the first leader to visit ..." (``_first_to``)
COPULAS = frozenset({"be", "become", "remain"})
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "only",
                   "sole", "next"})
# a person present in a city: "was in Moscow last week" (042, ``_present_in``)
PRESENT_IN = Pattern(id="consult.present_in", head="be", pos="VERB", prep="in",
                     target=("in",), cameo="042", refine="meeting", subject_kind="person")
PRESENCE_DEPS = frozenset({"ROOT", "conj", "ccomp"})
# "was in contact with X", "remained in close touch with X": consultation kept up (040)
IN_CONTACT = Pattern(id="consult.in_contact", head="contact", pos="NOUN", prep="with",
                     target=("with",), cameo="040", reciprocal=True)
CONTACT_NOUNS = frozenset({"contact", "touch"})
CONTACT_VERBS = frozenset({"be", "remain", "stay", "keep"})
# a journey "there", to the place the sentence named before: "held talks in Beijing, and
# Raimondo hopes to travel there" (042; ``_went_there``)
WENT_THERE = Pattern(id="consult.travel_there", head="travel", pos="VERB", target=(),
                     cameo="042", refine="meeting", subject_kind="person")
THERE_VERBS = frozenset({"travel", "go", "fly", "return", "head"})
# "the diplomats were given 48 hours to leave", "the ambassador has been asked to leave":
# an envoy sent off, told by the time given (161, as diplomats ordered out); its parties are
# found by _deadline_parties
DEADLINE_LEAVE = Pattern(id="reduce.deadline_to_leave", head="leave", pos="VERB",
                         target=("dobj",), cameo="161")
# "Finland joined NATO", "would rejoin the Pacific Islands Forum", "became the 32nd member of
# the Alliance": a state's accession to a body the knowledge base knows (057, as the gold sets
# code accessions; a bid or an application to join stays the appeal it is, 020)
JOINING_VERBS = frozenset({"join", "rejoin"})
JOINING_IDS = frozenset({"diplo.join_body", "diplo.rejoin_body", "diplo.become_member"})
# "Finland became a member in April": an accession whose body the clause does not name
# (roots32; the body is found as a withdrawal's is)
BARE_MEMBER_ID = "diplo.become_member+bare"
#: a seizure with no kind of object ("seized the ship", "seized Goma"): a town taken is 192
SEIZE_ID = "coerce.seize"
# member nouns of an accession, and the modifiers that make one no state's membership of a
# body ("became a member of parliament" names its own, "a family member", "a crew member")
MEMBER_NOUNS = frozenset({"member", "members"})
NOT_BODY_MEMBER_MODS = frozenset({"family", "crew", "staff", "team", "board", "cabinet",
                                  "party", "parliament", "congress", "senate", "club",
                                  "gang", "council", "committee", "jury", "household"})
# verbs of staying away from a gathering (reject.stay_away, skip_meeting, boycott_meeting,
# decline_to_meet)
STAYING_AWAY_VERBS = frozenset({"stay", "skip", "boycott", "decline", "shun", "snub", "miss"})
# the words of a rule that coded a gathering others may attend
GATHERING_RULE_WORDS = frozenset({"summit", "host", "meeting", "meet", "conference", "session",
                                  "talks", "forum", "ceremony", "gathering"})
# "Min Aung Hlaing attended in person", "Zelensky said he would attend": a gathering the story
# told, attended by a person with no object named (040 refined to the journey to its host)
ATTEND_BARE = Pattern(id="consult.attend_bare", head="attend", pos="VERB", target=(),
                      cameo="040", refine="meeting", subject_kind="person")
# "the Armenian leader won't take part", "is expected to take part": a bare "take part" is
# attending the gathering the story told, as a bare "attend" is (multi25)
TAKE_PART_BARE = Pattern(id="consult.take_part_bare", head="take", pos="VERB", target=(),
                         cameo="040", refine="meeting", subject_kind="person")
BARE_ATTEND_IDS = frozenset({ATTEND_BARE.id, TAKE_PART_BARE.id})
# "both premiers watched their cabinet members sign the memoranda": the leaders who watch the
# signing are the parties of the agreement (057, as "witnessed the signing" is, diplo.signing_n);
# the signers are functionaries no side is read from (roots28)
WATCHED_SIGNING = Pattern(id="diplo.watch_signing", head="watch", pos="VERB",
                          target=("with", "between"), cameo="057", reciprocal=True)
WATCHING_VERBS = frozenset({"watch", "witness", "observe"})
# a person who came to a foreign city or country: "the premier came to Moscow for talks"
# (042; "came to power", "came to an agreement" name no place; ``_came_to``)
CAME_TO = Pattern(id="consult.come_to", head="come", pos="VERB", prep="to",
                  target=("to",), cameo="042", refine="meeting", subject_kind="person")
# people whose presence in a foreign capital is their post, not a journey
STATIONED = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "embassy",
                       "correspondent", "resident", "citizen", "national", "student",
                       "tourist", "journalist", "reporter", "who", "that", "it", "they"})
# nouns of fighting whose sides a "between" phrase names ("fighting between A and B")
# (not "war": a standing state the story names as a topic, "the war between A and B is
# expected to dominate the talks")
# clash nouns that, as their clause's subject naming no side, tell the story's fight again
UNNAMED_CLASHES = frozenset({"clashes", "clash", "skirmishes", "hostilities"})
FIGHT_NOUNS = frozenset({"fighting", "fight", "battle", "battles", "combat", "clashes"})
# the cut a directive asks of another side when no pattern of the cutting verb fired ("told
# Minsk to shrink its embassy staff"): recoded on the directive's verb (nlp.screen.directed_cut)
DIRECTED_CUT = Pattern(id="reduce.directed_cut", head="cut", pos="VERB", target=("dobj",),
                       cameo="161")
#: recognition switched from one side to another: the ties ended with the first (161)
SWITCH_ID = "diplo.switch_recognition"
SWITCHED_FROM = Pattern(id="reduce.switch_recognition_from", head="switch", pos="VERB",
                        cameo="161", target=("from",))
#: ties restored after a break: the break itself (161), between the same sides, in the past
BROKEN_TIES = Pattern(id="reduce.ties_break_ended", head="break", pos="NOUN", cameo="161",
                      target=())
RESTORED_TIES = frozenset({"054"})
#: verbs of help or cooperation in general ("will work with", "ready to help"), whose pledge
#: is an intent only, no deed to come
GENERIC_DEED_VERBS = frozenset({"work", "help", "cooperate", "resume", "restore", "support"})
#: verbs whose infinitive is no new deed pledged: aid that goes on ("will continue to
#: provide"), trade wished for ("looks forward to selling")
NO_PLEDGE_VERBS = frozenset({"continue", "keep", "look", "want", "wish", "hope", "seek"})
#: roots of a deed pledged that is coded besides the pledge, planned: material cooperation
#: (arms sold or bought) and aid (money paid, relief sent)
PLEDGED_DEED_ROOTS = frozenset({"06", "07"})
FIGHT_BETWEEN = Pattern(id="fight.between_n", head="fighting", pos="NOUN", cameo="190",
                        target=("between",), reciprocal=True)
# sectors that can take part in a battle: the state's forces and armed groups (a country
# itself, with no sector, too); crowds, the opposition and civilians clash with them but do
# not fight them back in CAMEO's sense
#: the plain backing patterns that are a state's support (070) when what is backed is an armed
#: group no state's (``_make_event``)
BACKING_IDS = frozenset({"diplo.back", "diplo.support", "diplo.backing_n"})
ARMED_SIDES = frozenset({"", "GOV", "MIL", "COP", "SPY", "REB", "SEP", "INS", "UAF"})


def _first_to(tok: Token) -> Token | None:
    """The subject of "X is/became the first (leader) to <verb>", for the infinitive
    ``tok``: the noun it completes is the copula's predicate and is ranked ("first", "second",
    "latest", "only"), so the infinitive's doer is the copula's subject; None otherwise."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return None
    if tok.dep_ in ("acl", "relcl") and tok.head.dep_ in ("attr", "oprd"):
        noun: Token | None = tok.head
        copula = tok.head.head
    elif tok.dep_ == "xcomp":
        # (the infinitive hung on the copula: "became the latest state to recognise X")
        copula = tok.head
        noun = child(copula, ("attr", "oprd"))
    else:
        return None
    if noun is None or copula.lemma_ not in COPULAS or not any(
            c.dep_ in ("amod", "advmod") and c.lower_ in RANKS for c in kids(noun)):
        return None
    subj = child(copula, ("nsubj",))
    if subj is None and copula.tag_ == "VBG" and copula.dep_ == "advcl":
        # "Slovakia decided to hand Kyiv its jets, becoming the second NATO member to
        # promise warplanes": the participle's doer is the subject of the clause above it
        # (not the body the ranked noun names)
        up = copula.head
        for _ in range(3):
            # (the nearest subject: "BRATISLAVA, March 17 - Slovakia's government decided"
            # gives the dateline's city as one too)
            subj = next((c for c in reversed(lefts(up)) if c.dep_ == "nsubj"), None)
            if subj is not None or up.dep_ not in ("xcomp", "conj", "advcl") or (
                    up.head.i == up.i):
                break
            up = up.head
    return subj


def _fighting_before(tok: Token) -> Token | None:
    """The verb of the clause a fighting noun is the time phrase of ("agreed to a truce after
    two days of fighting", "signed the accord following years of fighting"), or None."""
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in SPANS_OF_TIME:
        prep = prep.head.head
    if tok.dep_ != "pobj" and prep is tok.head or prep.dep_ != "prep" or (
            prep.lower_ not in AFTER_PREPS):
        return None
    verb = prep.head
    for _ in range(4):
        # (through the nouns the phrase hangs on: "agreed to a truce and a pull-back of
        # troops after ...")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # only a clause that ends the fighting tells who fought ("met after weeks of fighting
    # in Gaza" does not)
    if verb.pos_ not in ("VERB", "AUX") or not any(
            t.lemma_.lower() in PEACE_WORDS for t in verb.subtree) and not (
            verb.lemma_.lower() == "come" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_NOUNS and any(
                    d.dep_ == "det" and d.lower_ in ("the", "this") for d in kids(c))
                for c in kids(verb))):
        # ("The accord comes after months of fighting": the deal the story told ended it)
        return None
    return verb


# words that make a mediation the cause of what its clause tells: "as a result of its
# mediation", "thanks to Turkish mediation", "after mediation by Qatar"
CAUSE_NOUNS = frozenset({"result", "outcome", "fruit", "product"})
CAUSE_PREPS = frozenset({"after", "through", "following", "via"})


# verbs of judging an act ("criticised the raid") and the hostile acts so judged whose
# "on", "of" or "into" phrase names the victim, not the doer
JUDGING_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "deplore",
                           "decry", "slam", "censure", "protest"})
ASSAULT_NOUNS = frozenset({"raid", "attack", "storming", "assault", "incursion", "intrusion",
                           "entry", "break-in", "ransacking", "occupation", "bombing",
                           "shelling", "strike", "strikes", "attacks", "raids"})
ASSAULT_REACH = 10
VICTIM_PREPS = frozenset({"on", "of", "into", "against", "at", "in"})


# prepositions of what a disapproving feeling is about: "alarmed by the strikes", "angry
# at the raid", "concerned over the attack"
FEELING_CAUSE_PREPS = frozenset({"by", "at", "over", "about", "with"})


def _judged_assault(tok: Token, pos: str) -> Token | None:
    """The hostile-act noun a judging verb takes as its object ("condemned the attack on
    the embassy") or a disapproving feeling (the adjective ``tok``) is about ("alarmed by
    the strikes on Kyiv"), for the verb or adjective ``tok`` or for the noun ``tok`` itself
    ("the raid" judged); None otherwise."""
    if pos == "ADJ":
        noun = next((p for c in kids(tok) if c.dep_ in ("prep", "agent")
                     and c.lower_ in FEELING_CAUSE_PREPS
                     for p in kids(c) if p.dep_ == "pobj"), None)
    elif pos == "VERB":
        if tok.lemma_.lower() not in JUDGING_VERBS:
            return None
        noun = direct_object(tok)
    else:
        noun = tok if tok.dep_ == "dobj" and tok.head.lemma_.lower() in JUDGING_VERBS else None
    if noun is None or noun.lemma_.lower() not in ASSAULT_NOUNS:
        return None
    return noun


def _mediation_as_cause(tok: Token) -> bool:
    """Whether the mediation noun ``tok`` (or the effort it names: "its mediation efforts")
    is told as the cause of its clause: "as the outcome of its mediation role", "thanks to
    its mediation", "after mediation by Qatar"."""
    noun = tok.head if tok.dep_ == "compound" and (
        tok.head.lemma_.lower() in MEDIATION_EFFORT_NOUNS) else tok
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in CAUSE_PREPS:
        return True
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in CAUSE_NOUNS
    return prep.lower_ == "to" and prep.head.lower_ == "thanks"


def _fought_between(tok: Token) -> Token | None:
    """The object of a "between" phrase on a fighting word ("fighting between A and B",
    "clashes between the armies of A and B"), on the word itself or on the noun it
    stands in for ("the war between ..." parsed under "war"); None when there is none."""
    return prep_obj(tok, ("between",))


def _one_with_list(sent: Span, sources: Sequence[ResolvedActor],
                   targets: Sequence[ResolvedActor]) -> bool:
    """Whether ``sources`` and ``targets`` are the same two or more actors, all named in one
    "with" phrase ("the treaty with A and B was signed"): the partners of a side the phrase
    leaves out, not two sides of the act with each other (prec26)."""
    starts = {s_.actor.start for s_ in sources}
    if len(starts) < 2 or None in starts or starts != {t.actor.start for t in targets}:
        return False
    heads = set()
    for start in starts:
        tok = next((w for w in sent if w.idx == start), None)
        if tok is None:
            return False
        while tok.dep_ in ("conj", "compound", "amod", "det", "appos") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "with":
            return False
        heads.add(tok.head.i)
    return len(heads) == 1


def _fought_both_ways(pairs: list[tuple[ResolvedActor, ResolvedActor]]
                      ) -> list[tuple[ResolvedActor, ResolvedActor]]:
    """Each armed pair also the other way round (a clash is fought by both sides); pairs
    with a crowd or civilians on one side stay as told."""
    out = list(pairs)
    have = {(a.actor.code, b.actor.code) for a, b in pairs}
    for a, b in pairs:
        if (b.actor.code, a.actor.code) in have or not (
                (a.actor.sector or "") in ARMED_SIDES and (b.actor.sector or "") in ARMED_SIDES):
            continue
        have.add((b.actor.code, a.actor.code))
        out.append((b, a))
    return out


def _agreed_truce(noun: Token) -> bool:
    """Whether the truce noun ``noun`` is what a verb of agreeing is to: "agreed to an
    immediate ceasefire", "agreed on Monday to a truce and talks"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and (
        noun.head.head.lemma_.lower() in ("agree", "consent"))


# words counting people by the crowd: "thousands of refugees", "hundreds of exiles"
CROWD_WORDS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                         "tens"})


def _crowd(obj: Token) -> bool:
    """Whether the object ``obj`` counts people by the hundred or more ("about 3,000
    members", "thousands of refugees", "three million Syrians"): those hosted are sheltered,
    not guests whose visit is a meeting."""
    if obj.lemma_.lower() in CROWD_WORDS:
        return True
    for c in kids(obj):
        if c.dep_ != "nummod":
            continue
        if c.lemma_.lower() in CROWD_WORDS:
            return True
        digits = c.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 100:
            return True
    return False


# talks a 164 verb halts ("broke off talks", "suspended negotiations"): no second event
HALTED_TALKS = frozenset({"talk", "talks", "dialogue", "negotiation", "negotiations",
                          "consultation", "consultations", "meeting", "meetings"})
# objects that deny an act: "harms no third party", "threatens nobody"
NO_ONE_WORDS = frozenset({"nothing", "nobody", "noone", "none"})


def _denied_harm(t: Token) -> bool:
    """Whether the reported verb ``t`` is denied: "said its visit harms no third party",
    "said Beijing had never interfered", "did not threaten anyone" -- a speaker clearing an
    act (mostly its own side's) judges no one."""
    if t.pos_ != "VERB":
        return False
    return any(c.dep_ == "neg" for c in kids(t)) or any(
        c.dep_ == "dobj" and (c.lower_ in NO_ONE_WORDS or any(
            d.dep_ == "det" and d.lower_ == "no" for d in kids(c))) for c in kids(t))


def _predicate_denied(t: Token) -> bool:
    """Whether ``t`` is what a negated verb says something is not: "said the patrols were not
    illegal", "must not be treated as criminals", "was never hostile" (no judgement)."""
    if t.dep_ in ("acomp", "attr", "oprd"):
        verb = t.head
    elif t.dep_ in ("pobj", "amod") and t.head.lower_ == "as" and t.head.dep_ == "prep":
        verb = t.head.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids(verb))


# verbs of belief whose negation doubts what they report: "did not believe there was a threat"
BELIEF_VERBS = frozenset({"believe", "think", "see", "consider", "expect", "feel", "fear"})


def _doubted(t: Token) -> bool:
    """Whether ``t`` heads what a speaker doubts or says is absent: a negated verb of belief
    ("did not believe there was a real threat", "saw no danger") or a "there is no ..."
    ("there was no threat to the treaty")."""
    low = t.lemma_.lower()
    if t.pos_ == "VERB" and low in BELIEF_VERBS:
        return any(c.dep_ == "neg" for c in kids(t)) or any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in kids(c))
            for c in kids(t))
    if low == "be" and any(c.dep_ == "expl" for c in kids(t)):
        return any(c.dep_ == "neg" for c in kids(t)) or any(
            c.dep_ in ("attr", "nsubj") and any(d.dep_ == "det" and d.lower_ == "no"
                                                for d in kids(c)) for c in kids(t))
    return False


#: verbs of taking and holding people: by an armed group or as hostages they abduct (181);
#: not the verbs of a claimed legal process ("Houthi authorities detained UN staff",
#: "rebels arrested the mayor": detention, 173, by whoever rules there)
TAKING_VERBS = frozenset({"hold", "seize", "capture", "keep", "take"})
#: sectors of armed groups that are no state's forces, and of criminals (pirates, gangs)
HOSTAGE_TAKERS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})
#: what people are held as when they are hostages
HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})


#: people held as hostages ("was held hostage by militants", "held two journalists captive"):
#: abducted, aimed at the side of the held (the patterns of "hold" want a hostage object)
HELD_HOSTAGE = Pattern(id="assault.held_hostage", head="hold", pos="VERB", cameo="181",
                       target=("dobj",), not_object=tuple(HOSTAGE_WORDS))


def _held_as_hostage(verb: Token) -> bool:
    """Whether the holding verb ``verb`` says its people are held as hostages: "held two
    journalists hostage", "was held captive", "held as a hostage" (not "held hostages'
    families", whose object is no predicate)."""
    for c in kids(verb):
        if c.lower_ in HOSTAGE_WORDS and c.dep_ in ("oprd", "advcl", "acomp", "xcomp", "ccomp",
                                                     "npadvmod", "advmod", "attr"):
            return True
        if c.lower_ in HOSTAGE_WORDS and c.dep_ == "dobj" and not any(
                d.dep_ in ("det", "poss", "nummod") for d in kids(c)):
            return True  # ("held hostage", parsed as the object)
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lower_ in HOSTAGE_WORDS and g.dep_ == "pobj" for g in kids(c)):
            return True
    return False


#: verbs and nouns of meeting or negotiating that an appeal may ask for
TALK_VERBS = frozenset({"meet", "talk", "negotiate", "engage"})
SUMMIT_NOUNS = frozenset({"meeting", "meetings", "summit"})
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "meeting",
                        "meetings", "summit"})


#: what a side asks for when it asks to meet another ("asked for a formal meeting")
MEETING_ASKED_NOUNS = frozenset({"meeting", "meetings", "call", "summit", "audience"})


def _meeting_asked_for(trig: Trigger) -> bool:
    """Whether an appeal verb asks FOR a meeting, call or summit that is no body's session
    ("had asked for a formal meeting", not "asked for an emergency meeting of the Council")."""
    for prep in kids(trig.token):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in kids(prep):
                if obj.dep_ == "pobj" and obj.lower_ in MEETING_ASKED_NOUNS:
                    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(obj))
    return False


def _talks_requested(trig: Trigger) -> bool:
    """Whether a request's object is talks with no body's session named ("requested
    consultations", not "requested a meeting of the Security Council")."""
    obj = trig.obj if trig.obj is not None else direct_object(trig.token)
    return obj is not None and obj.lower_ in TALKS_ASKED_WORDS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in kids(obj))


def _talks_between(trig: Trigger) -> bool:
    """Whether the talks a trigger asks for are "between" two sides ("requested talks between
    Moscow and Kyiv"), the matched noun or the verb's "for" object."""
    tok = trig.token
    nouns = [n for n in (trig.obj, prep_obj(tok, ("for",)), direct_object(tok)) if n is not None]
    return any(c.dep_ == "prep" and c.lower_ == "between" for n in nouns for c in kids(n))


def _appeal_to_talk(verb: Token) -> bool:
    """Whether the appeal verb ``verb`` asks its hearers to meet or negotiate: its infinitive
    is a verb of talking ("urged both sides to negotiate") or takes talks as its object or
    its aim ("to start talks", "to return to the negotiating table", "to engage in
    dialogue")."""
    hearers = [h for c in kids(verb) if c.dep_ in ("dobj", "prep", "dative")
               for h in ([c] if c.dep_ != "prep" else [p for p in kids(c) if p.dep_ == "pobj"])]
    several = any(h.conjuncts or h.lower_ in ("them", "both", "sides", "parties")
                  for h in hearers)
    for c in kids(verb):
        if c.pos_ != "VERB" or not (c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))):
            continue  # ("called on A and B to open negotiations", parsed as adverbial)
        if c.lemma_.lower() in TALK_VERBS - {"engage"}:
            return True
        for g in kids(c):
            if g.dep_ in ("dobj", "obj") and g.lower_ in TALK_NOUNS:
                # (not one side asked to hold a meeting: "asked Aliyev to host their next
                # summit" asks for a meeting with the asker, 036)
                return several or g.lower_ not in SUMMIT_NOUNS
            if g.dep_ == "prep" and g.lower_ in ("to", "in", "into") and any(
                    p.dep_ == "pobj" and (p.lower_ in TALK_NOUNS or p.lower_ == "table")
                    for p in kids(g)):
                return True
    return False


#: pronouns by which an asked side is to meet the asker ("asked Aliyev to meet him")
ASKER_PRONOUNS = frozenset({"him", "her", "us", "me"})
#: possessives of a meeting shared by the asker and the asked ("to host their next summit")
SHARED_POSSESSIVES = frozenset({"their", "our"})


def _meeting_with_asker(verb: Token) -> bool:
    """Whether the appeal verb ``verb`` asks a single side for a meeting with the asker,
    which examples/README.md codes as the asker's intent to meet (036), not an appeal:
    "asked Aliyev to meet him in Ankara", "invited-by-asking" forms such as "asked Kim to
    host their next summit", "urged Lula to meet with her". Two or more sides asked to meet
    each other stay an appeal to talk (026)."""
    hearers = [c for c in kids(verb) if c.dep_ in ("dobj", "dative")]
    if len(hearers) != 1 or hearers[0].conjuncts or hearers[0].lower_ in (
            "them", "both", "sides", "parties"):
        return False
    for c in kids(verb):
        if c.pos_ != "VERB" or c.dep_ != "xcomp":
            continue
        lemma = c.lemma_.lower()
        for g in kids(c):
            if lemma in ("meet", "visit") and (
                    g.dep_ in ("dobj", "obj") and g.lower_ in ASKER_PRONOUNS
                    or g.dep_ == "prep" and g.lower_ == "with" and any(
                        p.dep_ == "pobj" and p.lower_ in ASKER_PRONOUNS for p in kids(g))):
                return True
            if lemma in ("hold", "host") and g.dep_ in ("dobj", "obj") and (
                    g.lower_ in SUMMIT_NOUNS or g.lower_ in ("talks", "round")) and any(
                    p.dep_ == "poss" and p.lower_ in SHARED_POSSESSIVES for p in kids(g)):
                return True
    return False


def _meeting_apposed(obj: Token, meetings: Collection[str]) -> bool:
    """Whether the object the parser gives "met" is the meeting itself, set off by a comma
    ("A and B officials met in Aqaba, their first meeting in years"): a summary of the
    meeting, not the people met."""
    left = obj.left_edge
    return obj.lower_ in meetings and left.i > 0 and left.nbor(-1).lower_ in (",", "--", "-")


def _urged_meeting(noun: Token) -> bool:
    """Whether the meeting noun ``noun`` is the object of an act an appeal asks for: "urged
    them to start talks", "called on Kyiv and Moscow to open negotiations" (nlp.screen reads
    verbs only)."""
    from detente.nlp.screen import _appealed

    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # ("urged both sides to return to talks")
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("xcomp", "conj") and (
        _appealed(verb) is not None)


#: modals of what a side ought to do or will do
SHOULD_MODALS = frozenset({"should", "must", "would", "will", "'ll", "shall"})


def _agreed_should(verb: Token) -> Token | None:
    """The intent verb of an agreed ought-clause that ``verb`` belongs to through a clause
    the parser left loose ("dep") or a coordination: "agreed that their armies should keep
    talking, swiftly pull back and ..." ("pull" hangs on "keep" as dep)."""
    if verb.pos_ != "VERB" or verb.dep_ != "dep" or verb.head.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    v = verb.head
    if not any(c.dep_ == "aux" and c.lower_ in SHOULD_MODALS for c in kids(v)):
        return None
    for _ in range(4):
        if v.dep_ != "conj" or v.head.i == v.i:
            break
        v = v.head
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in INTENT_VERBS:
        return v.head
    return None


def _purpose_of(tok: Token, senders: Mapping[int, object]) -> int | None:
    """The index of the verb among ``senders`` whose purpose clause ``tok`` is: "sent troops
    to Mali to fight ...", "to help fight ...", "deployed soldiers to support ... against"."""
    for _ in range(3):
        if tok.dep_ not in ("advcl", "xcomp", "relcl", "acl", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in senders:
            return tok.i
    return None


def _denial_open(tok: Token) -> bool:
    """Whether the nearest denial verb above ``tok`` is told with a verb of confirming
    ("would neither confirm nor deny reports that its drones struck the convoy")."""
    from detente.nlp.speech import noncommittal_denial

    for _ in range(8):
        if tok.lemma_.lower() == "deny" and tok.pos_ == "VERB":
            return noncommittal_denial(tok)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _named_place(tok: Token, prep: str) -> Token | None:
    """The place name ``tok``'s first ``prep`` phrase ends in ("in Moscow", "to Ankara"),
    not a place's part ("in Moscow's interest"); else None."""
    where = next((p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == prep
                  for p in kids(c) if p.dep_ == "pobj"), None)
    if where is None or where.ent_type_ != "GPE" or any(
            c.dep_ in ("poss", "case") for c in kids(where)):
        return None
    return where


# verbs of permission, whose passive binds the one who permits, not its subject ("Ukraine
# should be allowed to ...", "the deal must be approved by the council")
PERMISSION_VERBS = frozenset({"allow", "permit", "let", "approve", "ratify", "authorise",
                              "authorize", "grant", "give"})


def _own_side_bound(speech: Token, subj: Token) -> bool:
    """Whether the subject of a reported obligation takes in the speaker's own country ("Xi
    said China and Egypt should jointly build ...": no appeal to another side)."""
    from detente.nlp.status import _actor_country

    speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
    own = _actor_country(speaker) if speaker is not None else None
    return own is not None and any(_actor_country(m) == own for m in (subj, *subj.conjuncts))


def _permission_bound(clause: Token) -> bool:
    """Whether a reported obligation is a passive of permission ("should be allowed to")."""
    return clause.lemma_.lower() in PERMISSION_VERBS and any(
        c.dep_ == "auxpass" for c in kids(clause))


#: forms of address that stand for the person addressed ("His Highness", "Her Excellency")
HONORIFICS = frozenset({"highness", "excellency", "majesty", "eminence", "holiness"})
#: religious and courtly titles written before a name that the title lexicon does not hold
#: ("Patriarch Kirill", "Archbishop X", "Imam Y"): the name after one is a person
NAME_TITLES = frozenset({"patriarch", "archbishop", "bishop", "metropolitan", "imam", "rabbi",
                         "ayatollah", "sheikh", "sheikha", "mufti", "abbot", "reverend"})


#: orders for people to leave (coerce.expulsion_order_n ...): aimed at the people told
REMOVAL_ORDER_IDS = frozenset({"coerce.expulsion_order_n", "coerce.expulsion_orders_n",
                               "coerce.expulsion_decree_n"})

class EventExtractor(ArgumentPicker):
    """Turns a parsed article into events. One instance per process; cheap per article."""

    def __init__(self, kb: ActorKB, codebook: Codebook, lexicon: Lexicon,
                 gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.codebook = codebook
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self._sentence_triggers: list[Trigger] = []  # the sentence being coded
        self._filed_at: Location | None = None  # the article's dateline place
        self._gates: tuple[frozenset[str], frozenset[str]] | None = None
        # meetings coded by their place (event id -> the pattern's own code), so that a meeting
        # moved to another place later is coded by the place it ends at
        self._placed: dict[str, str] = {}
        # a hosting coded abroad by its first place: the guest's visit it tells if it ends up
        # in the host's country; a hosting coded at home: the visit already told with it
        self._visits_if_home: dict[str, Event] = {}
        self._visits_told: dict[str, str] = {}

    # -- article ---------------------------------------------------------------------------
    def extract(self, doc: Doc, article: Article) -> list[Event]:
        resolver = ActorResolver(self.kb, article.published)
        resolver.prime(doc)
        _dl_date, dateline = find_dateline(doc_text(doc)[:300], article.published)
        dateline_place = self._dateline_place(dateline)
        events: list[Event] = []
        seen: set[str] = set()
        # where the story's meetings take place: "During the visit, she also met ..." happens
        # where the visit was said to be
        scene: list[tuple[frozenset[str | None], Location, EventDate]] = []
        # the dateline's place: where an event is put when its sentence names no place
        filed_at = self._filed_at = self._dateline_location(dateline, dateline_place)
        self._placed, self._visits_if_home, self._visits_told = {}, {}, {}
        for sent in doc.sents:
            if self._skipped(sent, article):
                continue
            told: list[Event] = []  # the sentence's meetings so far
            for ev in self.sentence_events(sent, article, resolver, dateline_place):
                if ev.event_id in seen or no_two_parties(ev):
                    continue
                if ev.root == "04":
                    if any(_visit_and_its_talks(ev, o, self.gazetteer) for o in told):
                        # (still the pair just met: "The two leaders discussed ...")
                        resolver.note_event(ev)
                        continue
                    told.append(ev)
                seen.add(ev.event_id)
                ev = self._igo_codes(ev)
                pair = frozenset((ev.source.country if ev.source else None,
                                  ev.target.country if ev.target else None))
                if ev.location is None and ev.cameo in ("042", "043") and (
                        ev.source is not None and ev.target is not None):
                    # a visit with no place named is in the host's country: the visited
                    # side's (042) or the hosting side's own (043)
                    host = ev.target.country if ev.cameo == "042" else ev.source.country
                    where = self.gazetteer.country(host) if host else None
                    if where is not None:
                        ev = replace(ev, location=where)
                # (a place that is only the dateline's is where the story was filed: the
                # meeting the party was at that day is the better guess)
                filed = filed_at is not None and ev.location is not None and (
                    ev.location.name, ev.location.country) == (filed_at.name, filed_at.country) \
                    and dateline_place is not None and dateline_place.lower() not in (
                        ev.evidence.sentence.lower())
                if ev.location is not None and ev.root == "04" and not filed and not (
                        (ev.rule or "").endswith(NO_SCENE_RULES)):
                    scene.append((pair, ev.location, ev.date))
                elif (ev.location is None or filed) and ev.source is not None and (
                        ev.root in SPOKEN_ROOTS) and ev.status not in (
                        Status.UNCERTAIN, Status.HYPOTHETICAL):
                    # what a party said or did at the latest meeting it was at, that day or,
                    # undated, in the week the story is told (not at last year's summit); an
                    # act that is only alleged or supposed has no scene, nor has force
                    for met, loc, when in reversed(scene):
                        if ev.source.country in met and at_scene(ev.date, when,
                                                                  article.published):
                            ev = replace(ev, location=loc)
                            ev = self._refine_meeting(ev)
                            self._follow_hosting(ev, events, seen, told, resolver)
                            break
                events.append(ev)
                resolver.note_event(ev)
            resolver.note_sentence(sent)
        doc.user_data.pop(WORDS_KEY, None)  # (the words' tokens hold the doc: no cycle kept)
        return events

    def _igo_codes(self, ev: Event) -> Event:
        """An international body's own code for its government sector: "EU", not "EUGOV"
        (several reference paths join a country and a sector without asking what it is)."""
        fixed = {}
        for role in ("source", "target"):
            a = getattr(ev, role)
            if a is not None and a.country in self.kb.igo_codes and a.sector == "GOV" and (
                    a.code == a.country + "GOV"):
                fixed[role] = replace(a, code=self.kb.make_code(a.country, a.sector))
        return replace(ev, **fixed) if fixed else ev

    def _refine_meeting(self, ev: Event) -> Event:
        """A meeting (040) that took place where the story's visit was: in the host's
        country (042), the guest's (043), or elsewhere (044). A meeting first coded by the
        dateline's place is coded again by the place it is moved to ("SEOUL - Kim received
        Shoigu", the visit told in Pyongyang: the hosting, 043, not a meeting abroad)."""
        loc = ev.location
        own = self._placed.get(ev.event_id)
        if own is None and (ev.cameo != "040" or not (ev.rule or "").startswith("consult.")):
            return ev
        if loc is None or ev.source is None or ev.target is None:
            return ev
        code = meeting_code(loc.country, ev.source.country, ev.target.country) or own
        if code is None or code == ev.cameo:
            return ev
        info = self.codebook.get(code)
        return replace(ev, cameo=code, label=info.label, goldstein=info.goldstein,
                       quad_class=info.quad_class, plover=Plover(
                           info.plover_type, info.plover_mode) if info.plover_type else None)

    def _follow_hosting(self, ev: Event, events: list[Event], seen: set[str],
                        told: list[Event], resolver: ActorResolver) -> None:
        """The guest's visit that a hosting moved to another place tells as the place does:
        told (before the hosting) when the hosting ends up in the host's country, withdrawn
        when a hosting coded at home ends up elsewhere, as when the place was known from the
        start."""
        visit = self._visits_if_home.get(ev.event_id)
        if ev.cameo == "043" and visit is not None and visit.event_id not in seen:
            visit = replace(visit, location=ev.location)
            if not any(_visit_and_its_talks(visit, o, self.gazetteer) for o in told):
                seen.add(visit.event_id)
                events.append(visit)
                resolver.note_event(visit)
        told_id = self._visits_told.get(ev.event_id)
        if ev.cameo != "043" and told_id is not None:
            events[:] = [e for e in events if e.event_id != told_id]

    def _dateline_place(self, dateline: str | None) -> str | None:
        """"NUSA DUA, Indonesia, Nov 14 (Wire) --" -> the place's name as the gazetteer
        knows it ("Nusa Dua"), or None."""
        if not dateline:
            return None
        parts = [p.strip(" -—–") for p in dateline.split(",")]
        for p in parts[:2]:
            name = p.title() if p.isupper() else p
            if name and self.gazetteer.lookup(name) is not None:
                return name
        return None

    def _dateline_location(self, dateline: str | None, place: str | None) -> Location | None:
        """The dateline's place as the article means it: the one in the country or state
        named after it ("GENEVA, Illinois -"), else the name's main entry ("GENEVA -" is the
        Swiss city, whatever countries the story is about)."""
        if not dateline or not place:
            return None
        parts = [p.strip(" -—–") for p in dateline.split(",")]
        if len(parts) > 1 and parts[0].lower() == place.lower() and parts[1] and (
                (qual := self.gazetteer.lookup(parts[1].title() if parts[1].isupper()
                                               else parts[1])) is not None) and qual.country:
            return self.gazetteer.named_in(place, qual.country) or self.gazetteer.lookup(
                place, [qual.country])
        return self.gazetteer.lookup(place)

    @staticmethod
    def _clause_subject(noun: Token) -> Token | None:
        """The subject of the verb a noun phrase hangs under."""
        head = noun
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        return next((c for c in kids(head) if c.dep_ == "nsubj"), None)

    def _filed_in(self, place: str) -> str | None:
        """The country of the dateline's place ("Pristina" -> XKX), or None."""
        loc = self.gazetteer.lookup(place)
        return loc.country if loc is not None else None

    @staticmethod
    def _skipped(sent: Span, article: Article) -> bool:
        for a, b in article.skip_spans:
            if sent.start_char < b and a < sent.end_char and (
                    min(b, sent.end_char) - max(a, sent.start_char)) > 0.5 * len(sent.text):
                return True
        return False

    # -- triggers ----------------------------------------------------------------------------
    def _trigger_gates(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words (lemma or lower-case form) a token needs for any branch of
        :meth:`triggers` to fire on it: a lexicon head of any part of speech, a light, retort
        or fighting word, or the copula ("is in Moscow"); and the verbs its later passes
        (agreements, phone calls, evaluative speech) need. Built once per extractor."""
        gates = self._gates
        if gates is None:
            ev = evaluation_words()
            first = frozenset({h for h, _pos in self.lexicon.by_head} | RETORT_VERBS
                              | {v for v, _ in LIGHT_ADJECTIVES} | FIGHT_NOUNS | CONTACT_NOUNS
                              | {"be", "come", "leave", "depart"} | WATCHING_VERBS)
            verbs = frozenset(INTENT_VERBS | PHONE_VERBS | set(ev["reporting_verbs"])
                              | set(ev["pact_reporting"]))
            gates = self._gates = (first, verbs)
        return gates

    def triggers(self, sent: Span) -> list[Trigger]:
        found: list[Trigger] = []
        light_objects: set[int] = set()
        first, verb_gate = self._trigger_gates()
        # (only a token one of the gates lets through can fire below: the others are never
        # looked at)
        view = sentence_words(sent)
        verbs = view.with_lemma(verb_gate)
        for tok, lemma, low in zip(view.tokens, view.lemmas, view.lowers, strict=True):
            if lemma not in first and low not in first:
                continue
            pos = tok.pos_
            if pos == "AUX" and tok.lemma_ in ("have", "hold"):
                pos = "VERB"
            if misread_verb(tok):
                pos = "VERB"  # "the government rejects ...", tagged a plural noun
            if pos == "PROPN" and tok.tag_ in ("NN", "NNS"):
                pos = "NOUN"
            elif pos == "PROPN" and tok.lower_ in TITLED_VISITS and any(
                    c.dep_ == "det" or c.dep_ == "compound" and c.lower_ in VISIT_KINDS
                    for c in kids(tok)):
                # "is on a State Visit to India", "an Official Visit": a readout's capitals
                # make the journey a name to the tagger
                pos = "NOUN"
            if pos == "VERB" and nominal_gerund(tok):
                pos = "NOUN"  # "Russian shelling of Kherson killed ...", parsed as a verb
            if pos == "AUX" and tok.lemma_ == "be" and tok.dep_ in PRESENCE_DEPS and (
                    self._present_in(tok)):
                # "the envoys of A and B were also in Jeddah": a person of one side present
                # in another's city made a journey there (042, as "is due in" is one ahead)
                found.append(Trigger(tok, PRESENT_IN, None))
                continue
            if pos not in ("VERB", "NOUN", "ADJ"):
                continue
            if pos == "NOUN" and lemma in CONTACT_NOUNS and _in_contact(tok):
                # "said it was in contact with the foreign ministry in Tehran": consultation (040)
                found.append(Trigger(tok, replace(IN_CONTACT, head=lemma), None))
                continue
            if pos == "VERB" and lemma in THERE_VERBS and _went_there(tok) is not None and (
                    self._match(tok, replace(WENT_THERE, head=lemma)) is not False):
                # "hopes to travel there later this year": a journey to the place named before
                found.append(Trigger(tok, replace(WENT_THERE, head=lemma), None))
                continue
            if pos == "VERB" and lemma in ("leave", "depart") and (
                    sent_off := deadline_to_leave(tok)) is not None:
                # "were given 48 hours to leave", "has been asked to leave": the envoy sent
                # off, on the verb that gives the time or tells him to go (in place of a
                # pattern of that verb that found no one)
                found = [t for t in found if t.token.i != sent_off[0].i]
                found.append(Trigger(sent_off[0], DEADLINE_LEAVE, sent_off[1]))
                continue
            if pos == "VERB" and lemma == "attend" and not any(
                    c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "auxpass")
                    or c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for c in kids(tok)) and self._match(tok, ATTEND_BARE) is not False:
                # "attended in person", "would attend if the security situation allowed",
                # "attending as a guest": the gathering the story told
                found.append(Trigger(tok, ATTEND_BARE, None))
                continue
            if pos == "VERB" and lemma == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "part" and not any(kids(c))
                    for c in kids(tok)) and not any(
                    c.dep_ in ("prep", "xcomp", "ccomp", "nsubjpass", "auxpass", "advcl")
                    for c in kids(tok)) and tok.tag_ not in ("VBD", "VBN") and (
                    (who := self._subject(tok)) is None
                    or who.lemma_.lower() not in STATIONED) and (
                    self._match(tok, TAKE_PART_BARE) is not False):
                # "the Armenian leader won't take part, aides said": the gathering the story
                # told, ahead (not "took part in the talks", a pattern of its own; not an
                # envoy posted there, "the ambassador also took part")
                found.append(Trigger(tok, TAKE_PART_BARE, None))
                continue
            if pos == "VERB" and lemma in WATCHING_VERBS and _watched_signing(tok) and (
                    self._match(tok, replace(WATCHED_SIGNING, head=lemma)) is not False):
                # ("both heads of state watched aides sign the accords")
                found.append(Trigger(tok, replace(WATCHED_SIGNING, head=lemma), None))
                continue
            if pos == "VERB" and lemma == "come" and self._came_to(tok):
                # "the premier came to Moscow for talks": a journey there (042)
                found.append(Trigger(tok, CAME_TO, None))
                continue
            if pos == "VERB" and retort(tok) and not self._fighters(tok) and (
                    aim := prep_obj(tok, RETORT_PREPS)) is not None and (
                    actorlike(aim) or self.kb.agent_sector(aim.lemma_.lower())):
                # "Tehran hit back at London", "fired back at NATO": words, not blows (the
                # parser makes "back" an adverb, so no particle pattern can tell them); aimed
                # at someone ("pushed back against aggression" is a policy, not a retort)
                found.append(Trigger(tok, Pattern(
                    id="disapprove.retort", head=tok.lemma_.lower(), pos="VERB", cameo="111",
                    target=RETORT_PREPS), None))
                continue
            cands = self.lexicon.candidates(tok.lemma_.lower(), pos)
            if pos == "VERB" and lemma == "hold":
                cands = (*cands, captives.HELD_PERSON)  # ("Whelan had been held since 2018")
                if _held_as_hostage(tok):
                    # ("was held hostage by militants": the hostages are the held people)
                    cands = (HELD_HOSTAGE, *cands)
            if pos == "VERB" and lemma == "become" and (
                    member := self._body_joined(tok)) is not None and (
                    pat_member := next((p for p in cands if p.id in JOINING_IDS), None)):
                # "will become the eleventh member of ASEAN": the member noun is a predicate,
                # which no object slot reads
                found.append(Trigger(tok, pat_member, member.head.head))
                continue
            if pos == "VERB" and lemma == "become" and (
                    member := _bare_member(tok)) is not None and (
                    pat_member := next((p for p in cands if p.id == "diplo.become_member"),
                                       None)):
                # "Finland became a member in April", "the four became members on Monday":
                # an accession to the body the sentence or the story names (roots32)
                found.append(Trigger(tok, replace(pat_member, id=BARE_MEMBER_ID), member))
                continue
            if pos == "VERB" and lemma in JOINING_VERBS | {"become"} and (
                    self._body_joined(tok) is None):
                # "applied to join NATO", "joined the talks": no accession (the patterns
                # fire only on "joined NATO", "became a member of the WTO")
                cands = tuple(p for p in cands if p.id not in JOINING_IDS)
            if not cands and pos == "NOUN" and tok.tag_ == "VBG":
                cands = self.lexicon.candidates(tok.lower_, pos)
            if not cands and pos == "NOUN" and tok.lower_.endswith("s"):
                cands = self.lexicon.candidates(tok.lower_, pos)
            if not cands and pos == "VERB" and tok.tag_ == "VBN" and adjectival_passive(tok):
                # "she was troubled by the actions": the parser's passive is the adjective
                cands = self.lexicon.candidates(tok.lower_, "ADJ")
            light = light_adjective(tok) if pos == "VERB" else None
            if light is not None:
                # "set free two British sailors", "made available patrol boats to Vietnam"
                cands = self.lexicon.candidates(light[0], "VERB") + (
                    (MADE_AVAILABLE,) if light[0] == "provide" else ()) + tuple(cands)
            if not cands and pos == "NOUN" and tok.lemma_.lower() in FIGHT_NOUNS and (
                    _fought_between(tok) is not None or _fighting_before(tok) is not None):
                # "fighting between A and B", "the war between A and B": no pattern names the
                # noun (its sides are the "between" phrase, each fighting the other)
                cands = (FIGHT_BETWEEN,)
            for pat in cands:
                if pat.id == DRILL_VERB_ID and not military_drill(tok):
                    continue  # ("drilling for gas off the island": a well, no show of force)
                if _words_unseen(pat, view.words):
                    continue  # (no word the pattern asks for in the sentence: no match)
                obj = self._match(tok, pat)
                if obj is False:
                    continue
                if obj is None and light is not None and pat.head != tok.lemma_.lower() and (
                        "dobj" not in pat.target):
                    # ("make accommodations available to U.S. personnel": the receiver may
                    # hang on the adjective)
                    obj = light[1]
                found.append(Trigger(tok, pat, obj if isinstance(obj, Token) else None))
                if isinstance(obj, Token) and pat.id not in LAPSE_IDS and not (
                        "between" in pat.target and any(
                            prep_obj(h, ("between", "among")) for h in (
                                obj, prep_obj(obj, ("of",))) if h is not None)):
                    # (a deal let lapse was made before: "its 2017 memorandum" is still told)
                    # ("hosted talks between Israel and Hamas", "brokered the restoration of
                    # ties between Riyadh and Tehran": the talks or ties are the two parties'
                    # own event, the hosting or brokering is the third side's)
                    light_objects.add(obj.i)
                    # ("pursue contacts and consultations": a listed object of the same kind
                    # is the same act)
                    light_objects |= {c.i for c in obj.conjuncts if pat.object and (
                        c.lemma_.lower() in pat.object or c.lower_ in pat.object)}
                    # ("ended mediation efforts": nor is the effort's own noun)
                    light_objects |= {c.i for c in kids(obj) if c.dep_ == "compound"
                                      and obj.lemma_.lower() in MEASURE_HEADS}
                    if pat.cameo[:2] == "03" and pat.prep == "of" and pat.prep_object:
                        # ("approved the opening of talks": the commitment to negotiate, not
                        # talks held)
                        light_objects |= {p.i for p in [prep_obj(obj, ("of",))] if p is not None}
                if isinstance(obj, Token) and pat.object and pat.pos == "VERB":
                    # "will bring home its ambassador and its soldiers": a listed object of
                    # another kind is the verb's second act (the envoy recalled, the troops
                    # withdrawn), found by the pattern of the same head that takes it
                    words = set(pat.object)
                    for conj in obj.conjuncts:
                        if conj.lemma_.lower() in words or conj.lower_ in words:
                            continue
                        other = next((p for p in cands if p is not pat and p.object and p.cameo
                                      != pat.cameo and (conj.lemma_.lower() in p.object
                                                        or conj.lower_ in p.object)
                                      and p.particle == pat.particle), None)
                        if other is not None:
                            found.append(Trigger(tok, other, conj))
                            light_objects.add(conj.i)
                if pat.id == SWITCH_ID and any(prep_obj(h, ("from",)) is not None for h in (
                        tok, found[-1].obj) if h is not None):
                    # "switched recognition from Taipei to Beijing": the ties ended with the
                    # one it turned from (161) besides those set up with the other (054)
                    found.append(Trigger(tok, SWITCHED_FROM, found[-1].obj))
                break
        if any(t.pattern is SWITCHED_FROM for t in found) and any(
                t.pattern.cameo == "161" and t.pattern is not SWITCHED_FROM for t in found):
            # "moved its recognition from Taipei, which ended decades of ties with the
            # island": the ties' end is told by its own words
            found = [t for t in found if t.pattern is not SWITCHED_FROM]
        fired = {t.token.i for t in found}
        # agreements first, so that "said they agreed to ..." is the agreement, not speech
        for tok in verbs:
            if tok.i not in fired and tok.pos_ == "VERB":
                found += [Trigger(tok, pat, None) for pat in self._agreements(tok, fired)]
        fired = {t.token.i for t in found}
        for tok in verbs:
            if tok.i in fired or tok.pos_ != "VERB":
                continue
            pat = phone_call(tok) or self._evaluative(tok, fired)
            if pat is not None:
                found.append(Trigger(tok, pat, None))
        # a noun that is the object of a light verb that fired is not a second event, nor
        # is an agreement whose infinitive fired ("the agreement to restore talks" is the
        # intent to restore them)
        agreed = {n.i for t in found if (n := agreement_noun(t.token)) is not None}
        # "criticized what they called China's aggressive behaviour": the naming inside what
        # is criticized is the same criticism, not a second one
        agreed |= {t.token.i for t in found if t.pattern.id.endswith("evaluative_speech")
                   and any(not u.pattern.id.endswith("evaluative_speech")
                           and u.pattern.cameo[:2] == t.pattern.cameo[:2]
                           and t.token.i in {x.i for o in kids(u.token)
                                             if o.dep_ in OBJ_DEPS + ("prep",)
                                             for x in o.subtree} for u in found)}
        # "a suspension of aid to Yemen", "a halt of talks": what a reduction is of is
        # reduced, not given or held
        agreed |= {p.i for t in found if t.pattern.cameo[:2] == "16" and t.token.pos_ == "NOUN"
                   and (p := prep_obj(t.token, ("of",))) is not None}
        # "ordered a halt to military aid", "ordered the withdrawal of troops": the order is
        # the act its object names, given by the one who orders (no demand on another side)
        nouns = {t.token.i for t in found if t.token.pos_ == "NOUN"}
        agreed |= {t.token.i for t in found if t.pattern.id == "demand.order"
                   and (o := direct_object(t.token)) is not None and o.i in nouns}
        # "announced the expulsion order": a noun whose pattern asks for a modifier holds the
        # modifier's own event (a compound of it that fired is no second event)
        agreed |= {c.i for t in found if t.token.pos_ == "NOUN" and t.pattern.modifier
                   for c in kids(t.token) if c.dep_ == "compound" and c.i in nouns
                   and (c.lemma_.lower() in t.pattern.modifier
                        or c.lower_ in t.pattern.modifier)}
        # "broke off talks with the opposition", "suspended the dialogue": talks halted are
        # the halt (164), not a meeting called off besides it
        agreed |= {o.i for t in found if t.pattern.cameo == "164" and t.token.pos_ == "VERB"
                   and (o := direct_object(t.token)) is not None
                   and o.lemma_.lower() in HALTED_TALKS}
        # "recalled its ambassador for consultations": the envoy is called home, no talks
        agreed |= {p.i for t in found if t.pattern.cameo[:2] == "16" and t.token.pos_ == "VERB"
                   and (p := prep_obj(t.token, ("for",))) is not None
                   and p.lemma_.lower() in ("consultation", "consultations")}
        # "signed a memorandum with Turkey, pledging to address its concerns", "signed a
        # memorandum committing it to membership": the pledge is what the signed text says,
        # the signing's own act (057), not a second intent
        signed = {t.token.i for t in found if t.pattern.cameo == "057"
                  and t.token.pos_ == "VERB"}
        found = [Trigger(t.token, replace(t.pattern, cameo="057"), t.obj)
                 if t.pattern.cameo[:2] == "03" and t.token.dep_ == "advcl"
                 and t.token.tag_ == "VBG" and t.token.head.i in signed else t for t in found]
        # "the two sides agreed to a ceasefire", "agreed on Friday to a truce": a truce the
        # parties agree to is their agreement (057, as the gold sets code it), not a truce
        # declared by one of them (0871); the intent rule codes the agreeing (03x) beside it
        found = [Trigger(t.token, replace(t.pattern, cameo="057", reciprocal=True), t.obj)
                 if t.pattern.cameo[:3] == "087" and _agreed_truce(t.token) else t
                 for t in found]
        # ("ordered out six of its envoys, whom it named as spies"): the
        # expulsion is also the charge of spying (112, as the gold sets code it) (roots28)
        found += [Trigger(t.token, replace(t.pattern, id=t.pattern.id + "+spies", cameo="112"),
                          t.obj) for t in found if t.pattern.cameo == "161"
                  and t.pattern.id in SPY_EXPULSION_IDS and _named_spies(t.token)]
        force = {t.token.i for t in found if t.pattern.cameo[:2] in FORCE_ROOTS}
        fired = {t.token.i for t in found}
        if any(t.pattern.cameo == "016" for t in found):
            from detente.nlp.speech import noncommittal_denial

            # "neither confirmed nor denied any role": no denial (the act stays uncertain)
            found = [t for t in found if t.pattern.cameo != "016"
                     or not noncommittal_denial(t.token)]
        return [t for t in found if t.token.i not in light_objects and t.token.i not in agreed
                and not toll_of(t, force) and not answered_by_act(t.token, fired)
                and not (t.pattern.cameo[:2] in FORCE_ROOTS and game_result(t.token))]

    def _body_joined(self, verb: Token) -> Token | None:
        """The international body ``verb`` ("join", "rejoin", "become") makes its subject a
        member of: the named object of "joined NATO", or the "of" phrase of "became a
        member of the OAS"; None for an infinitive or a participle ("applied to join",
        "its bid to join": a bid, not an accession), a passive, or no body the knowledge base
        knows."""
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" or c.dep_ == "auxpass"
               for c in kids(verb)) or verb.tag_ == "VBG" or verb.dep_ in ("acl", "amod"):
            return None
        if verb.lemma_.lower() == "become":
            member = next((c for c in kids(verb) if c.dep_ == "attr"
                           and c.lemma_.lower() in ("member", "state", "party")), None)
            if member is None:
                return None
            org = prep_obj(member, ("of",))
        else:
            org = direct_object(verb)
        if org is None or org.pos_ != "PROPN":
            return None
        name = " ".join(w.text for w in org.subtree if w.dep_ != "det" and w.i >= org.i - 4
                        and not (w.i > org.i and w.dep_ in ("relcl", "acl", "prep", "punct")))
        if not any(e.kind == "igo" for e in self.kb.find(name)):
            return None
        return org

    def _present_in(self, tok: Token) -> bool:
        """Whether the copula ``tok`` places a person in a named place ("was in Moscow last
        week"): a person subject who is not stationed abroad (an ambassador is in the
        capital he serves in), an "in" phrase naming a place, no predicate of its own
        ("was in talks", "was in charge", "is in Moscow's interest"); a journey noun after a
        comma tells the stay again and is no predicate ("is in Beijing this week, the first
        such trip since 2016")."""
        if any(c.dep_ in ("acomp", "attr", "expl", "neg") and not (
                c.dep_ == "attr" and c.lemma_.lower() in TRAVEL_NOUNS
                and tok.doc[c.left_edge.i - 1].text == ",")
               for c in kids(tok)):
            return False
        if _named_place(tok, "in") is None:
            return False
        subj = child(tok, ("nsubj",))
        if subj is None or subj.lemma_.lower() in STATIONED or not (
                PRESENT_IN.subject_kind and self._match(tok, PRESENT_IN) is not False):
            return False
        return True

    def _came_to(self, tok: Token) -> bool:
        """Whether the verb "come" ``tok`` brings a person to a named place ("came to
        Ankara", "will come to Washington next month"): a "to" phrase whose object is a
        place name, and a person subject who is not posted there ("came to power", "came to
        terms", "came to an end" name no place)."""
        if _named_place(tok, "to") is None:
            return False
        subj = child(tok, ("nsubj",))
        return subj is not None and subj.lemma_.lower() not in STATIONED and (
            self._match(tok, CAME_TO) is not False)

    def _fighters(self, verb: Token) -> bool:
        """Whether the subject of ``verb`` is a fighting force ("troops fired back at the
        attackers"), whose retort is force, not words."""
        subj = self._subject(verb)
        return subj is not None and self.kb.agent_sector(subj.lemma_.lower()) in (
            "MIL", "REB", "COP")

    def _agreements(self, tok: Token, fired: set[int]) -> list[Pattern]:
        """"The two sides agreed to set up a working group": an expression of intent between
        the parties even when what they agreed on has no pattern of its own; "agreed to aim
        for more trade and to continue the dialogue" are two (one per infinitive)."""
        if tok.lemma_.lower() not in INTENT_VERBS:
            return []
        comp = next((c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp") or (
            # "committed to start negotiations", parsed as an adverbial clause
            c.dep_ == "advcl" and c.i > tok.i and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1
                    for a in kids(c)))), None)
        if comp is None:
            # "agreed to a truce", "agreed to talks": the noun agreed to
            comp = next((p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "to"
                         for p in kids(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if comp is None:
            return []
        comps = [comp] + [c for c in comp.conjuncts if c.i > comp.i and c.pos_ == "VERB"
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
        out: list[Pattern] = []
        for i, c in enumerate(comps):
            if c.i in fired and c.pos_ != "NOUN":
                continue
            if c.lemma_.lower() in ("resign", "quit", "retire", "abdicate") or (
                    c.lemma_.lower() == "step" and any(p.dep_ == "prt" and p.lower_ in (
                        "down", "aside") for p in kids(c))):
                continue  # "the premier agreed to resign": leaving office, no one's partner
            later = {t.i for d in comps[i + 1:] for t in d.subtree}
            words = {t.lemma_.lower() for t in c.subtree if t.i not in later}
            truce = c.lemma_.lower() in TRUCE_WORDS or (
                c.pos_ == "VERB" and any(d.dep_ in ("dobj", "pobj") and d.lemma_.lower() in (
                    TRUCE_WORDS) for d in kids(c)))
            if truce:
                # "agreed to a ceasefire", "agreed to observe a truce": each side's word to
                # hold its fire, an intent to yield (035) to the other (both ways below)
                out.append(Pattern(id="intent.agree_to+truce", head=tok.lemma_.lower(),
                                   pos="VERB", cameo="035", target=("with",),
                                   reciprocal=True))
                continue
            if words & MEETING_WORDS:
                code = "036"
            elif words & COOPERATION_WORDS:
                code = "031"
            else:
                code = "030"
            if i and c.i not in fired and (not words & (MEETING_WORDS | COOPERATION_WORDS)
                                           or any(p.cameo == code for p in out)):
                continue  # a second infinitive says more only when it names a field
            out.append(Pattern(id="intent.agree_to", head=tok.lemma_.lower(), pos="VERB",
                               cameo=code, target=("with",), reciprocal=True))
        return out

    def _evaluative(self, tok: Token, fired: set[int] = frozenset()) -> Pattern | None:
        """Reported speech that evaluates: "Mao said Biden's remarks were absurd" (111),
        "described his stance as constructive" (051), "called the talks productive" (013),
        or that comments on the relationship: intents (03x), optimism (013) and pessimism
        (012), each conjoined reported clause on its own (``_relation_comment``)."""
        ev = evaluation_words()
        pact_only = tok.lemma_.lower() in ev["pact_reporting"] - ev["reporting_verbs"]
        if tok.lemma_.lower() not in ev["reporting_verbs"] and not pact_only:
            return None
        every = [c for c in kids(tok) if c.dep_ in ("ccomp", "xcomp", "oprd", "prep",
                                                          "dobj", "advcl")
                 and not (c.dep_ == "prep" and c.lower_ not in ("as", "among"))]
        comps = [c for c in every if c.dep_ == "ccomp"
                 or tok.lemma_.lower() not in ev["clause_only_verbs"]]
        stray = stray_that_clauses(tok)
        comps += stray
        every += stray
        # only words in predicate position judge something: "the remarks are absurd",
        # "described it as hysterical", "called Xi a dictator" (not "the threat of ...")
        words: set[str] = set()
        manner: set[str] = set()
        # ("did not believe there was a real threat", "saw no danger to the treaty": what a
        # speaker doubts or says is absent judges no one)
        doubted = {x.i for c in comps for t in subtree(c) if _doubted(t) for x in subtree(t)}
        from detente.nlp.speech import stance_words

        charged = stance_words()["claimed_wrongs"]
        for c in comps:
            for t in subtree(c):
                if t.i in doubted:
                    continue
                if t.pos_ == "VERB" and t.lemma_.lower() in charged and any(
                        g.dep_ == "nsubj" and (g.pos_ == "PROPN" or g.lower_ in (
                            "he", "she", "they")) for g in kids(t)):
                    # ("said Mexico had abused the immunities", "saying he had abused his
                    # status": a wrong a named side did is a charge, nlp.speech's 112)
                    continue
                if t.lemma_.lower() == "lie" and t.pos_ != "NOUN":
                    continue  # ("the shoal lies within its zone": where, not a falsehood)
                if _denied_harm(t):
                    continue  # ("said its visit harms no one", "had never interfered")
                if _predicate_denied(t):
                    continue  # ("said the patrols were not illegal", "not treated as criminals")
                if t.dep_ == "conj" and t.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass",
                                                        "compound", "poss"):
                    # ("underscored their opposition to the use or threat of use of nuclear
                    # weapons", "would push back against aggression and intimidation": a
                    # conjunct of an argument is no predicate)
                    continue
                if t.dep_ in ("acomp", "attr", "oprd", "ROOT", "conj", "ccomp") or (
                        # ("called the talks among the most constructive")
                        t.dep_ in ("pobj", "amod", "advmod") and t.head.lower_ in (
                            "as", "among")) or (
                        t.dep_ in ("amod", "compound") and t.head.dep_ in ("attr", "oprd", "pobj")
                        and t.head.head.lower_ in ("as", "be", "is", "are", "was", "were")) or (
                        # "amounted to suppression", "tantamount to blackmail", "constitutes
                        # interference", "had illegally flown over"
                        t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower()
                        in ("amount", "tantamount", "equivalent", "akin")) or (
                        t.dep_ == "dobj" and t.head.lemma_.lower() == "constitute") or (
                        t.dep_ == "advmod" and t.head.pos_ == "VERB"):
                    words |= {t.lemma_.lower(), t.lower_}
                elif t.dep_ in ("amod", "conj") and t.head.lemma_.lower() in (
                        "manner", "way", "fashion") and t.head.dep_ == "pobj":
                    # "had maneuvered in an unsafe manner" judges the act ("agreed to seek a
                    # solution in a constructive manner" praises nobody)
                    manner |= {t.lemma_.lower(), t.lower_}
        if tok.lemma_.lower() in ev["clause_only_verbs"]:
            # a readout verb judges only through the predicate of its clause ("emphasized
            # that the drills were dangerous"; not "reaffirms that all parties must uphold
            # their duty to protect civilians from war crimes")
            words = {w for c in comps for t in subtree(c) if t.dep_ in ("acomp", "attr") or (
                t.dep_ == "conj" and t.head.dep_ in ("acomp", "attr")) or (
                t.dep_ == "amod" and t.head.dep_ == "attr")
                for w in (t.lemma_.lower(), t.lower_)}
        if pact_only:
            words = manner = set()  # (they report a commitment, not a judgement)
        elif any(t.lemma_.lower() in ev["threat_nouns"] and t.dep_ in ("dobj", "attr", "nsubj")
                 and t.head.lemma_.lower() in ev["threat_verbs"] and t.head.i > tok.i
                 and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                         for a in kids(t.head))
                 and not any(a.dep_ == "neg" or a.lower_ == "no"
                             for a in (*kids(t.head), *kids(t)))
                 for c in comps if c.i > tok.i for t in subtree(c)):
            # "told both parties that any failure will have direct consequences", "said both
            # countries would pay a price": a threat to them (130)
            return Pattern(id="threaten.consequences_speech", head=tok.lemma_.lower(),
                           pos="VERB", cameo="130", target=("dobj", "complement"))
        if (negative := (words | manner) & ev["negative"]) and negative <= ev["false_words"] and (
                _charge_called_false(comps, ev)):
            # "said the accusation was baseless": a charge called untrue is a denial (016,
            # coded by nlp.speech), not a judgement of the accuser
            return None
        if (words | manner) & ev["negative"]:
            return Pattern(id="disapprove.evaluative_speech", head=tok.lemma_.lower(),
                           pos="VERB", cameo="111", target=("complement",))
        if words & ev["positive"] and not self._asked_about(tok, comps, ev["positive"]):
            if self._judges_relation(tok, comps, ev):
                # "called the talks constructive": optimism about the relationship (013),
                # not praise of the other side
                return Pattern(id="statement.optimistic_speech", head=tok.lemma_.lower(),
                               pos="VERB", cameo="013", target=("dobj", "iobj", "complement"))
            return Pattern(id="diplo.evaluative_speech", head=tok.lemma_.lower(), pos="VERB",
                           cameo="051", target=("complement",))
        # "reaffirmed that the defence treaty covers attacks on Philippine vessels": a promise
        # of protection to whoever the reported words name (033); the parser often splits the
        # clause ("reaffirmed that an armed attack on X would invoke ..." as an object and an
        # adverbial clause), so the words may meet anywhere after the verb
        reported = [t for c in every if c.i > tok.i for t in subtree(c)]
        if all(any(t.lemma_.lower() in ev[key] for t in reported)
               for key in ("pact_verbs", "pact_nouns", "pact_defence")):
            return Pattern(id="intent.defence_pact_speech", head=tok.lemma_.lower(),
                           pos="VERB", cameo="033", target=("complement",))
        if pact_only:
            return None
        from detente.nlp.speech import peace_appeal

        if any(c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" for c in kids(tok)) and any(
                peace_appeal(unit, ev) for unit in self._reported_units(comps, stray)):
            # "told Putin that dialogue and diplomacy are the way forward", "... that a
            # war cannot be won by force": an appeal for peace (020)
            return Pattern(id="appeal.peace_speech", head=tok.lemma_.lower(), pos="VERB",
                           cameo="020", target=("dobj", "iobj"))
        for c in comps:
            # "said Washington should stop interfering", "... must accept", "... has to do
            # more", "... needs to use its influence": what someone else is bound to do is an
            # appeal to them (020). What they are told to do has not happened, so an event
            # inside the clause does not replace the appeal, unless the clause is negated
            # ("Sweden should not expect Turkey's backing" is a refusal, coded by its own verb)
            if c.dep_ != "ccomp" and c not in stray:
                continue
            subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "PROPN" and (
                    c.lemma_.lower() in ev["expect_verbs"]) and any(
                    g.dep_ == "neg" or g.lower_ == "longer" for g in subtree(c)
                    if g.head.i == c.i or g.head.head.i == c.i) and any(
                    t.lemma_.lower() in ev["support_nouns"] for t in subtree(c) if t.i > c.i):
                # "said Stockholm should not expect Ankara's backing", "can no longer count
                # on our support": support refused to them (120)
                return Pattern(id="reject.no_support_speech", head=tok.lemma_.lower(),
                               pos="VERB", cameo="120", target=("complement",))
            if subj is None or subj.pos_ not in ("PROPN", "NOUN") or obligation(c) is None:
                continue
            if any(t.lower_ in ("both", "two", "sides", "all", "each", "parties")
                   for t in subtree(subj)):
                continue  # "the two sides needed to return to ...": the speaker's own side too
            if _own_side_bound(tok, subj) or _permission_bound(c):
                # "Xi said China and Egypt should jointly build ...": the speaker's own side
                # too; "said Ukraine should be allowed to strike ...", "... must be approved
                # by parliament": bound is whoever allows or approves, no appeal to the subject
                continue
            if any(g.dep_ == "neg" for g in kids(c)) and any(
                    t.i in fired for t in subtree(c)):
                continue
            if envoy_like(subj) and (c.lemma_.lower() in LEAVE_VERBS or any(
                    x.dep_ == "xcomp" and x.lemma_.lower() in LEAVE_VERBS for x in kids(c))):
                # "Vilnius said the Russian ambassador must leave within five days": the
                # envoy ordered out (161, examples/README.md "Diplomatic ties"), no appeal
                return Pattern(id="reduce.envoy_must_leave_speech", head=tok.lemma_.lower(),
                               pos="VERB", cameo="161", target=("dobj", "complement"))
            if self._bound_thing(tok, subj):
                # "argued that aid should go through Damascus", "said any deal would have to
                # be negotiated between London and Brussels": what a thing must do or
                # undergo, told to no one, is no appeal to a side the clause names (prec25)
                continue
            return Pattern(id="appeal.reported_should", head=tok.lemma_.lower(),
                           pos="VERB", cameo="020", target=("dobj", "complement"))
        # a reported clause that holds an event of its own is coded as that event (each
        # conjoined clause on its own: "said he did not think China would invade, and that
        # he saw no need for a new Cold War")
        for unit in self._reported_units(comps, stray):
            blocked = {t.i for t in unit if t.i in fired and not (
                # ("we are moving closer to an accord": the accord is the goal, not an event)
                t.dep_ == "pobj" and t.head.lower_ == "to" and any(
                    g.lower_ in ev["optimistic_near"]
                    for g in (t.head.head, *kids(t.head.head))))}
            if self._others_relation(tok, unit):
                continue  # "relations between India and Pakistan had soured": others' ties
            code = self._relation_comment(unit, ev, blocked)
            if code is not None and code[:2] == "03" and self._foreign_doer(tok, unit):
                continue  # "Blinken said Russia would work to expand trade with Iran"
            if code is not None and self._told_outlet(tok):
                # ("told a TV channel that each week brings them nearer to an accord": the
                # outlet would be taken for the other side)
                return None
            if code is not None:
                kind = {"013": "statement.optimistic_speech",
                        "012": "statement.pessimistic_speech",
                        "111": "disapprove.evaluative_speech"}.get(code, "intent.reported_speech")
                return Pattern(id=kind, head=tok.lemma_.lower(), pos="VERB", cameo=code,
                               target=("complement",) if code == "111"
                               else ("dobj", "iobj", "complement"))
        return None

    def _told_outlet(self, tok: Token) -> bool:
        """Whether the one ``tok`` tells is a news outlet ("told Fox News that ..."), who is
        no party to the relationship commented on."""
        for c in kids(tok):
            if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN":
                name = " ".join(t.text for t in subtree(c) if t.i <= c.i and t.dep_ in (
                    "compound", "dobj", "dative"))
                if any(e.sector == "MED" for e in self.kb.find(name)):
                    return True
        return False

    def _others_relation(self, tok: Token, unit: Sequence[Token]) -> bool:
        """Whether the reported clause names a relationship "between" parties the speaker
        (the subject of ``tok``) is not known to belong to: "Lavrov said relations between
        India and Pakistan had soured" (not "between the two countries", "between our
        countries", nor "between Hungary and Ukraine" said by Hungary's minister)."""
        for t in unit:
            if t.dep_ != "prep" or t.lower_ not in ("between", "among"):
                continue
            if any(x.lower_ in ("our", "two", "both", "us") for x in subtree(t)):
                continue
            named = {c for p in kids(t) if p.dep_ == "pobj"
                     for x in (p, *p.conjuncts) for c in self._kb_countries(x)}
            speaker = self._subject(tok)
            own = self._kb_countries(speaker) if speaker is not None else set()
            if not (own & named):
                return True
        return False

    def _bound_thing(self, verb: Token, subj: Token) -> bool:
        """Whether the subject ``subj`` of a clause of obligation reported by ``verb`` is a
        thing, not a side (a common noun that names no people, state or body), and ``verb``
        tells it to no one (no object or dative: "told Putin that the war must end" is an
        appeal to its hearer)."""
        if subj.pos_ != "NOUN" or any(c.dep_ in ("dobj", "dative") for c in kids(verb)):
            return False
        lemma = subj.lemma_.lower()
        return lemma not in GROUP_NOUNS | BODY_NOUNS | SIDE_NOUNS and (
            self.kb.agent_sector(lemma) is None) and self.kb.national_noun_sector(lemma) is None

    def _kb_countries(self, tok: Token) -> set[str]:
        """The countries the KB gives for the name ``tok`` heads ("Peter Szijjarto", "the
        United States")."""
        name = " ".join(w.text for w in subtree(tok) if w.i <= tok.i and (
            w.dep_ == "compound" or w.i == tok.i))
        return {e.country for e in self.kb.find(name) if e.country}

    def _foreign_doer(self, tok: Token, unit: Sequence[Token]) -> bool:
        """Whether the reported clause's subject names a country other than the speaker's
        (the subject of ``tok``): an intent told of a third party is no intent of the
        speaker's side."""
        speaker = self._subject(tok)
        own = self._kb_countries(speaker) if speaker is not None else set()
        for t in unit:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN":
                named = self._kb_countries(t)
                if named and not named & own:
                    return True
        return False

    @staticmethod
    def _asked_about(tok: Token, comps: Sequence[Token], vocab: frozenset[str]) -> bool:
        """Whether every word of ``vocab`` in the reported words sits in a question or a
        condition ("said it was too early to say whether the talks had been productive")."""
        found = False
        for c in comps:
            for t in subtree(c):
                if t.lemma_.lower() not in vocab and t.lower_ not in vocab:
                    continue
                found = True
                w = t
                while not any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                              for m in kids(w)):
                    if w.i == tok.i or w.head.i == w.i:
                        return False  # (reached the reporting verb: said outright)
                    w = w.head
        return found

    @staticmethod
    def _judges_relation(tok: Token, comps: Sequence[Token],
                         ev: dict[str, frozenset[str]]) -> bool:
        """Whether a positive word of the reported words describes the talks or the
        relationship ("called the talks constructive", "said the visit was productive",
        "described it as a fruitful exchange") rather than a party or its act."""
        nouns = ev["relation_nouns"]
        for c in comps:
            for t in subtree(c):
                if t.lemma_.lower() not in ev["positive"] and t.lower_ not in ev["positive"]:
                    continue
                w = t
                while w.dep_ == "conj" and w.head.i != w.i:
                    w = w.head  # "constructive and productive"
                judged: list[Token] = []
                if w.dep_ == "amod":
                    judged.append(w.head)  # "a fruitful exchange"
                if w.dep_ in ("acomp", "attr"):
                    judged += [g for g in kids(w.head) if g.dep_ in ("nsubj", "nsubjpass")]
                if w.dep_ in ("oprd", "pobj", "acomp", "amod") and (
                        w.dep_ != "pobj" or w.head.lower_ in ("as", "among")):
                    judged += [g for g in kids(tok) if g.dep_ == "dobj"]
                if any(j.lemma_.lower() in nouns or j.lower_ in nouns for j in judged):
                    return True
        return False

    @staticmethod
    def _reported_units(comps: Sequence[Token], stray: Sequence[Token]) -> list[list[Token]]:
        """The reported clauses after a reporting verb, each conjoined clause on its own:
        "said he did not think ..., and that he saw no need for ..." is two."""
        units: list[list[Token]] = []
        for c in comps:
            if c.dep_ != "ccomp" and c not in stray:
                continue
            parts = [c] + [v for v in c.conjuncts if v.pos_ in ("VERB", "AUX") and v.i > c.i]
            for p in parts:
                inner = {t.i for q in parts if q is not p and q.is_ancestor(p) is False
                         and p.is_ancestor(q) for t in subtree(q)}
                units.append([t for t in subtree(p) if t.i not in inner])
        return units

    @staticmethod
    def _relation_comment(unit: Sequence[Token], ev: dict[str, frozenset[str]],
                          blocked: set[int] | frozenset[int] = frozenset()) -> str | None:
        """What one reported clause says about the speaker's relationship with the other
        side: an intent toward it (03x: "Brazil is ready to be a partner", "the two
        sides would work to revive commerce"), optimism (013: "relations will thaw",
        "the two sides had made progress", "no need for a new Cold War"), pessimism (012:
        "the road to the summit would not be smooth") or blame for it (111: "the move would
        strain ties"), else None. A clause that holds a
        trigger (``blocked``) is coded as that event, unless the trigger is the act a frame
        of intent above it aims at and nothing turns it into an intent of its own: "would
        work to revive commerce", "the task is to steady the ties" are intents
        (the act is neither done nor announced)."""
        words = {t.lemma_.lower() for t in unit} | {t.lower_ for t in unit}
        negated = any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in unit)
        inside = {t.i for t in unit}
        if any(t.dep_ == "mark" and t.lower_ in ("whether", "if", "unless") for t in unit):
            return None  # a question or a condition reported, nothing said of the relationship
        if not negated:
            for t in unit:
                content: list[Token] = []
                if blocked and (t.i in blocked or t.lower_ in ev["intent_ready"]):
                    continue  # ("is ready to work with": the act's own intent)
                if t.lower_ in ev["intent_ready"] and t.pos_ in ("ADJ", "VERB") and (
                        t.dep_ in ("acomp", "ccomp", "conj") or t.head.lemma_ == "be"):
                    # "China is ready to be a partner", "is committed to deepening ties"
                    content = [x for c in kids(t) if c.dep_ in ("xcomp", "prep")
                               and (c.dep_ == "xcomp" or c.lower_ == "to") for x in subtree(c)]
                elif t.lemma_.lower() in ev["intent_goal_nouns"] and t.dep_ == "nsubj" and (
                        t.head.lemma_ == "be"):
                    # "the first task of the two sides is to steady their ties"
                    content = [x for c in kids(t.head) if c.dep_ == "xcomp" for x in subtree(c)]
                elif t.lemma_.lower() == "look" and any(
                        c.dep_ == "prt" and c.lower_ == "forward" for c in kids(t)):
                    content = list(subtree(t))  # "looks forward to deeper cooperation"
                elif t.lemma_.lower() in ev["intent_verbs"] and t.pos_ == "VERB" and any(
                        a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                        for a in kids(t)) and any(
                        g.dep_ == "nsubj" and g.lower_ != "you" and g.lemma_.lower() not in (
                            ev["relation_nouns"] | ev["intent_topics"]) for g in kids(t)):
                    # "the two neighbours would work to revive commerce" (a side acts; "relations
                    # would improve" is a forecast)
                    content = list(subtree(t))
                said = {x.lemma_.lower() for x in content if x.i in inside} | {
                    x.lower_ for x in content if x.i in inside}
                if (said & ev["intent_mediation"] or "role" in said and (
                        said & ev["mediation_aims"])) and blocked <= {x.i for x in content}:
                    # "stands ready to play a constructive role in easing tensions",
                    # "ready to mediate": an offer to mediate (039)
                    return "039"
                if not said & ev["intent_topics"] or not blocked <= {x.i for x in content} or (
                        any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                            for x in content if x.i in blocked for a in kids(x))):
                    continue
                if said & ev["intent_meeting"]:
                    return "036"
                if said & ev["intent_aid"]:
                    return "033"
                if said & ev["intent_economic"]:
                    return "031"
                return "030"
            if blocked:
                return None
            if words & ev["optimistic"]:
                # "Xi told the senators there are a thousand reasons to make relations
                # better", "said he expected relations to thaw"
                return "013"
            if words & ev["optimistic_near"] and words & ev["optimistic_goals"]:
                return "013"  # "we are moving closer to an accord"
            if any(t.lemma_.lower() in ev["progress_nouns"] and t.dep_ == "dobj"
                   and t.head.lemma_.lower() in ev["progress_verbs"] for t in unit):
                return "013"  # "the two sides had made progress"
            if words & ev["pessimistic"] and words & ev["pessimistic_topics"]:
                if any(t.pos_ == "VERB" and t.lemma_.lower() in ev["pessimistic"] and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in ev["pessimistic_topics"]
                        for c in kids(t)) for t in unit):
                    # "the ruling would strain relations": the act is blamed (111), as "would
                    # harm relations" is
                    return "111"
                return "012"  # "relations have soured"
            return None
        if blocked:
            return None
        if words & ev["pessimistic_negated"] and words & ev["pessimistic_topics"]:
            return "012"  # "the road to San Francisco would not be smooth"
        for t in unit:
            word = t.lemma_.lower()
            if word == "war" and any(c.lower_ == "cold" for c in kids(t)):
                word = "cold war"
            if word not in ev["calm_when_negated"]:
                continue
            # the hostility itself denied: a negation on the word or on a head above it
            # inside the clause ("saw no need for a new Cold War", "did not want to
            # contain China", "does not seek confrontation")
            w: Token = t
            for _ in range(5):
                if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
                       for c in kids(w)):
                    return "013"
                if w.head.i == w.i or w.head.i not in inside:
                    break
                w = w.head
        return None

    def _match(self, tok: Token, pat: Pattern) -> Token | bool | None:
        def person(t: Token) -> bool:
            # a person, not an act: a name, a pronoun for one, an office or a person's role
            # ("the visiting premier", "his counterpart", "the delegation")
            if t.ent_type_ == "PERSON" or t.lower_ in ("him", "her", "he", "she", "them"):
                return True
            if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "") and any(
                    e.kind == "person" for n in (t.text, " ".join(
                        w.text for w in t.subtree if w.i <= t.i and w.dep_ == "compound"
                        and w.ent_type_ == "PERSON" or w.i == t.i))
                    for e in self.kb.find(n)):
                return True  # a name the model took for a place or a body ("Zelenskiy")
            if t.pos_ == "PROPN" and any(
                    w.dep_ == "compound" and w.i < t.i and (
                        w.lower_ in NAME_TITLES or self.kb.title_sector(w.lower_) is not None)
                    for w in kids(t)):
                return True  # a title before a name ("Patriarch Kirill", tagged a place)
            if t.ent_type_ in ("GPE", "ORG", "NORP", "EVENT", "LAW", "DATE"):
                return False
            lemma = t.lemma_.lower()
            if t.pos_ in ("NOUN", "PROPN") and lemma in HONORIFICS:
                return True  # ("was received by His Highness Prince X")
            return t.pos_ in ("NOUN", "PROPN") and (
                self.kb.title_sector(lemma) is not None or lemma in (
                    "counterpart", "delegation", "leader", "official", "envoy", "diplomat",
                    "dignitary", "guest", "visitor", "prince", "princess", "monarch",
                    "ruler", "strongman", "head", "chief", "representative", "emissary"))

        def foreign_state(place: Token) -> bool:
            # a state, or the soil or territory of one ("Finnish soil"), other than the
            # subject's own country (troops sent to one's own province are no aid)
            if place.ent_type_ == "GPE":
                named = self._kb_countries(place)
            elif place.pos_ == "PROPN" and place.ent_type_ != "GPE":
                # (a country name the tagger took for a person or a work: "to Mali")
                name = " ".join(w.text for w in place.subtree if w.i <= place.i and (
                    w.dep_ == "compound" or w.i == place.i))
                named = {e.country for e in self.kb.find(name)
                         if e.country and e.kind == "country"}
            elif place.lemma_.lower() in ("soil", "territory") and any(
                    c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                    for c in kids(place)):
                named = {"?"}
            else:
                return False
            subj = self._subject(tok)
            own = self._kb_countries(subj) if subj is not None and subj.pos_ == "PROPN" else set()
            return bool(named) and not (named & own)

        def body(org: Token) -> bool:
            # an international body the knowledge base knows ("the Organization of American
            # States", "the ICC")
            name = " ".join(w.text for w in org.subtree if w.dep_ != "det" and w.i >= org.i - 4
                            and not (w.i > org.i and w.dep_ in ("relcl", "acl")))
            return org.pos_ == "PROPN" and any(e.kind == "igo" for e in self.kb.find(name))

        if pat.not_object and any(
                c.lemma_.lower() in pat.not_object or c.lower_ in pat.not_object
                for c in kids(tok) if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass"):
            return False  # "would meet a stern response": another sense of the verb
        if pat.id in BARE_WELCOME_IDS and is_passive(tok) and not any(
                c.dep_ == "agent" for c in kids(tok)):
            # "the president was welcomed with full honours": the host is the place's, found
            # by nlp.implied (implied_hostings), not by this pattern
            return False
        if pat.id in BARE_WELCOME_IDS and (guest := direct_object(tok)) is not None and any(
                w.lower_ in NEWCOMER_WORDS for w in guest.subtree if w.i < guest.i):
            # "welcomed the new Slovak prime minister": a newcomer to office greeted, praise
            return False
        if pat.cameo == "074" and tok.pos_ == "VERB" and (
                (one := direct_object(tok)) is not None and one.lemma_.lower() in RANK_WORDS):
            return False  # "promising a secretary general": one officer, no forces sent
        if pat.refine == "meeting" and pat.cameo == "043" and tok.pos_ == "VERB" and (
                (guests := direct_object(tok)) is not None and _crowd(guests)):
            return False  # "has hosted about 3,000 members of an exiled group": no visit
        if pat.cameo[:2] in FORCE_ROOTS and tok.pos_ == "NOUN" and (
                label := labelled_thing(tok)) is not None and (
                    label.lower_ not in REL_PRONOUNS | {"what"}):
            # "called the words an attack", "described the remarks as an assault": the
            # speaker's name for a thing (but "what it called attacks" tells the attacks)
            return False
        if pat.cameo == "020" and pat.prep == "for" and tok.lemma_.lower() == "call" and any(
                c.dep_ == "oprd" or c.dep_ == "dobj" and c.pos_ == "NOUN" and not person(c)
                for c in kids(tok)):
            # "called the vote a dark day for democracy", "called the steps retaliation for
            # the rulings": naming a thing, not calling for something (prec25)
            return False
        obj: Token | None = None
        # (a pattern's preposition may be a class of them: "@together" is with or alongside)
        preps = self._words(pat.prep) if pat.prep else ()
        if pat.object:
            # the object, or an infinitive complement ("declined to comment")
            # (through a quantity head: "expelled hundreds of migrants")
            # ("announced an increase in funding": what is increased is what is given)
            objs = [increased(counted(c)) if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass" else c
                    for c in kids(tok)
                    if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass"
                    or (c.dep_ == "attr" and tok.lemma_ == "be")
                    # ("called home its ambassador", parsed as a predicate noun)
                    or (c.dep_ == "oprd" and c.pos_ == "NOUN")
                    or (c.dep_ == "xcomp" and c.pos_ == "VERB")
                    # ("declared the attache persona non grata": the Latin parsed as a bare
                    # verb clause, the person its subject)
                    or (c.dep_ == "ccomp" and c.tag_ in ("VB", "VBP", "NN", "NNS")
                        and (c.lower_ in pat.object or c.lemma_.lower() in pat.object)
                        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in kids(c)))]
            # ("declared Mr. X, special envoy of ... (UNITAMS), persona non grata": after a
            # long apposition the Latin is parsed as a verb joined to "declared", or to the
            # verb the declaration is reported under)
            objs += [c for h in {tok, tok.head} for c in kids(h) if c.dep_ == "conj"
                     and c.lower_ in _LATIN_DECLARED and c.lower_ in pat.object
                     and c.i > tok.i + 3]
            if pat.modifier:
                # "declared two diplomats unwelcome", "declared the deal void": the parser
                # makes the object the subject of a small clause headed by the modifier
                objs += [s_ for c in kids(tok) if c.dep_ == "ccomp" and (
                    c.lower_ in pat.modifier or c.lemma_.lower() in pat.modifier)
                    for s_ in kids(c) if s_.dep_ == "nsubj"]
            if pat.id in LAPSE_IDS:
                # "let the memorandum lapse" (the verb parsed as a noun under the object),
                # "allowed the contract to expire" (the object the subject of the clause)
                objs = [o for o in objs if o.dep_ in OBJ_DEPS and any(
                    w.lemma_.lower() in LAPSE_VERBS for w in o.subtree)] + [
                    s_ for c in kids(tok) if c.dep_ in ("ccomp", "xcomp")
                    and c.lemma_.lower() in LAPSE_VERBS for s_ in kids(c) if s_.dep_ == "nsubj"]
            # "held talks with" but also "paid a visit to"
            match = [o for o in objs if _named_by(o, pat.object)]
            if not match:
                # "raised fentanyl, market access and the detention of its citizens": an
                # object listed later, a phrase of its own ("air and artillery strikes" is one
                # object the parser split)
                match = [c for o in objs if o.dep_ in OBJ_DEPS for c in conjuncts(o)
                         if _named_by(c, pat.object)
                         and any(d.dep_ in ("det", "poss") for d in kids(c))][:1]
            named = [o for o in objs if o.pos_ == "PROPN"
                     and (p := prep_obj(o, ("of",))) is not None
                     and (p.lemma_.lower() in pat.object or p.lower_ in pat.object)]
            if not match and named:
                # "attend the Group of 20 summit", parsed with the name as the object
                match = [p for o in named[:1] if (p := prep_obj(o, ("of",))) is not None]
            if not match and "troops" in pat.object:
                # "sent a battalion to Estonia", "dispatched the army": a unit the actor
                # knowledge base knows as armed forces is forces (unless another pattern of
                # the verb names it: "withdrew peacekeepers")
                named_elsewhere = {w for p in self.lexicon.candidates(pat.head, "VERB")
                                   if not (p.prep_object or p.object_kind) for w in p.object}
                match = [o for o in objs if o.dep_ in OBJ_DEPS and o.lemma_.lower() not in (
                    named_elsewhere) and o.lower_ not in named_elsewhere and (
                    self.kb.agent_sector(o.lemma_.lower()) == "MIL"
                    or self.kb.agent_sector(o.lower_) == "MIL")]
            if not match:
                # "ended mediation efforts": the object is what the effort is of (the phrases
                # after it hang on the effort); "sent an aid plane", "a relief convoy": what
                # the carrier carries; "cut all communication lines": what the line is of
                match = [o for o in objs if (o.lemma_.lower() in MEASURE_HEADS
                                             or o.lower_ in CARRIER_NOUNS
                                             or o.lemma_.lower() in LINK_HEADS) and any(
                    c.dep_ == "compound" and (c.lemma_.lower() in pat.object
                                              or c.lower_ in pat.object) for c in kids(o))]
            if not match:
                match = _object_behind(objs, pat.object)
            if not match:
                # "talks were held": the object is the passive subject, handled above;
                # "the talks he held" (relative clause): the head noun
                # ("the truce that Washington helped to arrange": the verb's infinitive
                # complement in the relative clause takes the head noun as well)
                rel = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" and any(
                    c.dep_ in (*OBJ_DEPS, "mark") and c.lower_ in ("that", "which")
                    for c in (*kids(tok.head), *kids(tok))) else tok
                if (rel.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"
                                            and not pat.reciprocal)) and (
                        _named_by(rel.head, pat.object)):
                    # "the talks he held", "the sanctions imposed by the EU on Belarus" (but
                    # "the talks held in Doha between X and Y" are the parties' own)
                    match = [rel.head]
                elif tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and any(
                        c.dep_ in OBJ_DEPS and c.lower_ in ("which", "that")
                        for c in kids(tok)):
                    # "the ban on Japanese seafood, which Beijing imposed": the parser hangs
                    # the clause on the last noun, but what was imposed is the measure
                    noun = tok.head.head.head
                    if noun.lemma_.lower() in pat.object or noun.lower_ in pat.object:
                        match = [noun]
            if not match:
                return False
            obj = match[0]
            if obj.dep_ == "oprd" and any(c.dep_ == "auxpass" for c in kids(tok)) and any(
                    c.dep_ == "prep" and c.lower_ == "by" for c in kids(obj)):
                # "were declared persona non grata by Moscow": the doer hangs on the predicate
                # noun, out of the engine's sight, which would then read the passive's subject
                # as the doer
                return False
            if not (obj.dep_ == "xcomp" and pat.object_kind) and not (
                    obj.dep_ == "conj" and obj.lower_ in _LATIN_DECLARED) and any(
                    o.dep_ in OBJ_DEPS and o.i < obj.i and o not in match and o not in named
                    and obj not in o.conjuncts
                    and not (obj.dep_ == "pobj" and obj.head.head.i == o.i)  # ("years of ties")
                    for o in objs):
                # "hosted Kishida and Yoon at Camp David, the first summit of ...": the
                # verb's real object comes first; the light-verb reading is a misparse (but
                # "told the envoy to leave", where the pattern asks for a person object: the
                # object is the infinitive's doer)
                return False
        if pat.cameo[:2] in ("15", "19", "20") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in CIVILIAN_MODIFIERS
                for h in (obj, tok if tok.pos_ == "NOUN" else None) if h is not None
                for c in kids(h)):
            # "launched a rescue operation", "a hunger strike", "sent an aid plane": the
            # modifier makes the thing civilian (compounds are otherwise unseen by patterns)
            return False
        if pat.id == OPEN_FRONT_ID and obj is not None and any(
                w.lemma_.lower() in CIVIL_FRONT_WORDS for w in obj.subtree):
            # "opened a new front in its trade dispute with Tokyo": a front of a quarrel,
            # not of a war (roots32)
            return False
        meetings = self.lexicon.classes.get("meetings", ())
        if pat.particle and not any(
                (c.dep_ == "prt" or (c.dep_ in ("advmod", "oprd", "npadvmod")
                                     and c.lower_ in ("home", "back", "aside", "away"))
                 # ("pulled out of Mali": the parser makes "out" a preposition over "of")
                 # (not with an object: "pull their envoys out of Caracas" is the envoys';
                 # nor out of talks or a summit: the meeting called off, as its noun tells)
                 or (c.dep_ == "prep" and c.lower_ == "out" and direct_object(tok) is None
                     and any(g.dep_ == "prep" and g.lower_ == "of" and not any(
                         p.lemma_.lower() in meetings or p.lower_ in meetings
                         for p in kids(g)) for g in kids(c))))
                and c.lower_ == pat.particle for c in kids(tok)) and not (
                tok.i + 1 < len(tok.doc) and (nxt := tok.doc[tok.i + 1]).lower_ == pat.particle
                and nxt.dep_ == "quantmod" and nxt.head.head.head.i == tok.i):
            # ("called home its ambassador": the parser makes "home" an adverb; "had been
            # called home", a predicate complement)
            return False
        if pat.negative and not any(c.dep_ == "neg" for c in kids(tok)):
            return False  # "will not object to": the pattern names the negated verb
        if pat.prep_object:
            # "hit X with sanctions" (163), "... with missiles" (190); the phrase may hang
            # inside the object ("added six firms linked to the program to its blacklist")
            held = next((p for c in subtree(tok) if c.dep_ == "prep" and c.lower_ in preps
                         and c.i > tok.i for p in kids(c) if p.dep_ == "pobj"
                         and (p.lemma_.lower() in pat.prep_object
                              or p.lower_ in pat.prep_object)), None)
            if held is None and pat.prep_object:
                # (or put before the verb, on it or on the verb it completes: "At the request
                # of Mozambique, Rwanda began deploying troops")
                held = next((p for h in (tok, *((tok.head,) if tok.dep_ in ("xcomp", "conj")
                                                else ()))
                             for c in kids(h) if c.dep_ == "prep" and c.lower_ in preps
                             and c.i < tok.i for p in kids(c) if p.dep_ == "pobj"
                             and (p.lemma_.lower() in pat.prep_object
                                  or p.lower_ in pat.prep_object)), None)
            if held is None:
                return False
            if obj is None:
                # (what the phrase names stands as the object: "the raising of relations
                # between A and B", "looks forward to cooperation with X")
                obj = held
        if pat.object_kind:
            if tok.pos_ == "NOUN":
                # "a warm welcome for the visiting premier": the first target phrase
                kind = next((p for c in kids(tok) if c.dep_ == "prep"
                             and c.lower_ in pat.target for p in kids(c)
                             if p.dep_ == "pobj"), None)
            else:
                # (or the object of the pattern's preposition: "called on the king")
                kind = direct_object(tok) or child(tok, ("nsubjpass",)) or (
                    prep_obj(tok, preps) if pat.prep else None)
                if kind is None and tok.dep_ == "conj" and pat.cameo[:2] == "04" and (
                        child(tok, ("auxpass",)) is not None):
                    # "arrived in Beijing and was received by Han Zheng": the first verb's
                    # subject was received
                    kind = child(tok.head, ("nsubj",))
                if kind is None and pat.cameo in captives.CAPTIVE_CODES:
                    # "was arrested in May and convicted in June", "two Canadians held in
                    # China": the person a joined passive or a reduced relative is about
                    kind = captives.held_phrase(tok, True)
            if kind is not None and pat.cameo[:2] == "17" and self._seized_town(kind):
                return False  # "the rebels seized Goma": a town, not a person held
            if kind is None or not (
                    person(kind) if pat.object_kind == "person"
                    else self._of_class(kind, pat.object_kind)) and not (
                    kind is not None and pat.cameo in captives.CAPTIVE_CODES
                    and captives.maybe_person(self.kb, kind)):
                # ("two Canadians held in China": a people's noun names the persons held;
                # "Kovrig was tried": a name the model did not tag as a person)
                return False
        if pat.cameo[:2] == "13" and tok.dep_ in ("xcomp", "ccomp") and (
                tok.head.lemma_.lower() in BINDING_VERBS):
            return False  # "the treaty commits the United States to defend Japan": a pledge
        if pat.no_clause and any(
                ((t.dep_ == "aux" and t.lower_ == "to")  # (also "to 'fast-track'", misparsed)
                or (t.dep_ in ("ccomp", "xcomp") and t.head.i == tok.i)
                or (t.dep_ == "prep" and t.lower_ == "for")
                # ("called on the vice president and then on the minister": the second call
                # hangs on no verb, out of the engine's reach; coding one of the two would
                # make it the only one met)
                or (t.dep_ == "conj" and t.head.i == tok.i and t.pos_ == "ADP")
                # ("called on Putin, who must end the war": what is asked of him)
                or (t.dep_ == "relcl" and any(a.tag_ == "MD" for a in kids(t))))
                and not _in_joined_clause(t, tok) and not in_told_deed(t, tok)
                for t in tok.subtree if t.i > tok.i):
            return False  # "called on Kyiv to negotiate", "called on the king for restraint"
        if pat.subject_kind and not ((subj := self._subject(tok)) is not None and (
                person(subj) if pat.subject_kind == "person"
                else self._of_class(subj, pat.subject_kind))):
            return False  # ("the ambassador would return home": an envoy, "@envoys")
        if pat.modifier and tok.pos_ == "NOUN" and tok.dep_ in ("oprd", "xcomp", "attr") and (
                tok.head.lemma_.lower() in ("call", "describe", "label", "term", "brand", "dub")):
            return False  # "what it called terrorist attacks": the label is the speaker's
        if pat.modifier and not any(modified_by(h, pat.modifier) or any(
                c.dep_ == "relcl" and c.lemma_.lower() in pat.modifier for c in kids(h))
                                    for h in (obj, tok) if h is not None):
            # (on the object or the verb: "gave the envoy 72 hours to leave", the clause
            # parsed on the verb)
            return False
        # (a person's place may hang on the person: "welcomed the minister in Pretoria")
        held_by = (tok, *((direct_object(tok),) if pat.object_kind and direct_object(tok)
                          is not None else ()),
                   # (or on the light verb's matched object: "launched drills with the Russian
                   # fleet", the phrase parsed under the drills)
                   *((obj,) if obj is not None and pat.object and obj.i > tok.i
                     and obj.pos_ == "NOUN" else ()))
        if pat.prep and not pat.prep_object and not any(
                c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ in preps
                and c.i > tok.i and not any(g.ent_type_ in ("DATE", "TIME") for g in kids(c))
                for h in held_by for c in kids(h)):
            # the particle follows the verb and is not a time ("On Nov. 18, X called Y",
            # "called on Friday for ...")
            return False
        if pat.id in HELD_FORCES_IDS and tok.dep_ == "relcl":
            return False  # ("Washington, which keeps forces in Qatar, welcomed ...")
        if pat.id in CONDITIONAL_CONCERN_IDS and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will")
                for c in kids(tok)):
            return False  # ("warned that it would have concerns if the base were built")
        if pat.id in BODY_LEAVE_VERBS and not _bare_leaving(tok) and (
                (dobj := direct_object(tok)) is None or not body(dobj)):
            return False  # "left the room", "leave behind the differences": no body left
        if pat.prep_kind and not any(
                c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > tok.i
                and (foreign_state(p) if pat.prep_kind == "state" else body(p))
                for h in held_by for c in kids(h) for p in kids(c) if p.dep_ == "pobj"):
            return False  # "sent troops to Mali" (a state), not "to the border"
        return obj

    def _words(self, word: str) -> tuple[str, ...]:
        """A pattern's word, or the words of the lexicon class it names ("@together")."""
        if word.startswith(CLASS_MARK):
            return self.lexicon.classes.get(word.removeprefix(CLASS_MARK), ())
        return (word,)

    def _seized_town(self, tok: Token) -> bool:
        """Whether ``tok``, the object of a seizure, is a town the gazetteer knows that no
        person, body or country of the knowledge base is named ("seized Goma", which the
        model may tag a person)."""
        return tok.pos_ == "PROPN" and tok.dep_ == "dobj" and not any(
            c.dep_ in ("compound", "amod") for c in kids(tok)) and not self.kb.find(
            tok.text) and self.gazetteer.lookup(tok.text) is not None

    def _of_class(self, tok: Token, kind: str) -> bool:
        """The word is of the lexicon's word class ``kind`` ("@forces": "ordered the French
        contingent to leave"), itself or through a quantity ("two battalions of marines"). The
        class alone decides (the knowledge base's armed units also hold ships, which are
        ordered away, not expelled)."""
        words = self.lexicon.classes.get(kind.removeprefix(CLASS_MARK), ())
        if tok.lower_ == "they" and tok.head.dep_ == "relcl":
            # "ended the mission in Mali, which they left in 2022": the pronoun of a relative
            # clause is the subject of the clause it hangs in
            head = tok.head.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            # (or its object: "ordered the troops out of the country, which they left")
            return any(t.lemma_.lower() in words or t.lower_ in words
                       for c in kids(head) if c.dep_ in ("nsubj", "dobj")
                       for t in (c, counted(c)))
        return any(t.lemma_.lower() in words or t.lower_ in words
                   for t in (tok, counted(tok)))

    # -- frames without actor coding (for sentence-level evaluation) --------------------------
    def frames(self, sent: Span) -> list[Frame]:
        """Every trigger of a sentence with the spans of its raw arguments (no knowledge base
        needed): the main event's class and the source/target spans of a sentence."""

        def receiver(tok: Token, thing: Token) -> Token | None:
            # who receives what an act hands over: "returned two paintings to Brazil", also
            # when the parser hangs the phrase inside the thing's own clause ("returned skulls
            # that date back to A.D. 640 to Peru": the last such phrase)
            found = prep_obj(tok, ("to", "into"))
            if found is not None:
                return found
            for prep in reversed([t for t in thing.subtree if t.dep_ == "prep"
                                  and t.lower_ in ("to", "into") and t.i > thing.i]):
                pobj = next((g for g in kids(prep) if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or actorlike(pobj)):
                    return pobj
            return None

        out: list[Frame] = []
        for trig in self.triggers(sent):
            tok = trig.token
            passive = is_passive(tok)
            src_tok: Token | None
            tgt_tok: Token | None = None
            if trig.pattern.pos == "NOUN":
                src_tok = child(tok, ("poss",)) or prep_obj(tok, ("by", "from"))
                if src_tok is None:
                    # "U.S. sanctions", "Chinese drills"
                    src_tok = next((c for c in lefts(tok) if c.dep_ in ("compound", "amod", "nmod")
                                    and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
                if src_tok is None:
                    # "launched air strikes", "announced the release of": the subject of the
                    # verb the noun is the object of
                    host = tok
                    while True:
                        if host.dep_ in ("compound", "conj") and host.head.pos_ == "NOUN":
                            host = host.head  # "ended mediation efforts", "air and ... strikes"
                        elif host.dep_ == "pobj" and host.head.lower_ in ("of", "in") and (
                                host.head.head.pos_ == "NOUN"):
                            host = host.head.head  # "a suspension of aid", "$5m in aid"
                        else:
                            break
                    if host.dep_ in OBJ_DEPS + ("nsubjpass",) and (
                            host.head.lemma_.lower() not in UNDERGOING_VERBS):
                        src_tok = self._subject(host.head)
                    elif host.dep_ == "pobj" and host.head.lower_ in ("to", "for") and (
                            host.head.head.pos_ == "VERB"):
                        # "agreed to a ceasefire", "claimed responsibility for the attack"
                        src_tok = self._subject(host.head.head)
                # "launched strikes on X": the phrase may hang on the verb the noun is the
                # object of
                noun_hosts = [tok]
                while noun_hosts[-1].dep_ in ("conj", "compound") and len(noun_hosts) < 4:
                    noun_hosts.append(noun_hosts[-1].head)  # "air and artillery strikes on"
                if noun_hosts[-1].dep_ in OBJ_DEPS:
                    noun_hosts.append(noun_hosts[-1].head)
                for slot in trig.pattern.target:
                    for h in noun_hosts:
                        tgt_tok = tgt_tok or prep_obj(h, (slot,))
            elif passive and trig.obj is None:
                src_tok = prep_obj(tok, ("by",), deps=("agent", "prep"))
                tgt_tok = passive_subject(tok)
                if tgt_tok is not None and not actorlike(tgt_tok) and (
                        "dobj" in trig.pattern.target):
                    # "the sarcophagus was returned to Egypt by ICE"
                    tgt_tok = receiver(tok, tgt_tok) or tgt_tok
            else:
                src_tok = self._subject(tok)
                if src_tok is not None and trig.obj is not None and src_tok.i == trig.obj.i:
                    # "sanctions will be imposed": the event's own noun never acts
                    src_tok = prep_obj(tok, ("by",), deps=("agent", "prep"))
                hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
                if trig.obj is not None:
                    # "lifted a travel ban imposed on Chadian citizens"
                    hosts += [c for c in kids(trig.obj) if c.dep_ == "acl"
                              and c.tag_ == "VBN"]
                for slot in trig.pattern.target:
                    if tgt_tok is not None:
                        break
                    if slot == "dobj" and trig.obj is None:
                        tgt_tok = direct_object(tok) or free_relative_object(tok)
                        if tgt_tok is not None and not actorlike(tgt_tok):
                            # "returned two paintings to the government of Brazil": what is
                            # handed over goes to the one who receives it
                            tgt_tok = receiver(tok, tgt_tok) or tgt_tok
                    elif slot not in ("dobj", "iobj", "xcomp_obj", "poss", "agent", "between"):
                        for h in hosts:
                            tgt_tok = tgt_tok or prep_obj(h, (slot,))
            if src_tok is not None and src_tok.i == tok.head.i and tok.dep_ == "acl" and (
                    src_tok.dep_ in OBJ_DEPS and src_tok.pos_ == "NOUN"
                    and not actorlike(src_tok)):
                # "issued a statement calling on X", "approved a resolution criticizing X":
                # the one who issued it
                src_tok = self._subject(src_tok.head) or src_tok
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("call", "phone",
                                                                 "telephone", "ring"):
                # "X called Y to apologize / to discuss": the call is between X and Y
                callee = child(tok.head, OBJ_DEPS)
                if callee is not None and actorlike(callee):
                    src_tok, tgt_tok = self._subject(tok.head), callee
            if tgt_tok is None:
                tgt_tok = fallback_target(tok, trig.obj, src_tok, trig.pattern.cameo[:2])
            if tgt_tok is not None and tgt_tok.lower_ in ("him", "her", "them"):
                # "called Erdogan and urged him to ...": the one named before
                before = [t for t in sent.doc[sent.start: tgt_tok.i]
                          if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
                          and (t.tag_ in ("NNS", "NNPS")) == (tgt_tok.lower_ == "them")
                          and (src_tok is None or t.i != src_tok.i)]
                tgt_tok = next((t for deps in (OBJ_DEPS + ("oprd", "dative"), ("pobj",))
                                for t in reversed(before)
                                if t.dep_ in deps), tgt_tok)
            if src_tok is not None and src_tok.pos_ == "PRON":
                # "the air force said it killed ...": the phrase the pronoun stands for
                src_tok = next((t for t in reversed(list(sent.doc[sent.start: src_tok.i]))
                                if t.dep_ in ("nsubj", "nsubjpass")
                                and t.pos_ in ("NOUN", "PROPN")), src_tok)
            depth = 0
            t = tok
            while t.head.i != t.i and depth < 50:
                t, depth = t.head, depth + 1
            out.append(Frame(tok, trig.pattern, np_span(src_tok, tok), np_span(tgt_tok, tok),
                             depth))
        by_token = {f.token.i: f for f in out}
        for f in out:
            comp = next((c for c in kids(f.token) if c.dep_ == "xcomp"
                         and c.pos_ in ("VERB", "AUX")), None)
            asked = prep_obj(f.token, ("for",))
            if f.target is None and comp is not None and not f.pattern.reciprocal:
                # "is willing to withdraw its troops from Iraq", "refused to comply with X":
                # an intent or refusal is aimed where the intended act is
                inner = by_token.get(comp.i)
                f.target = inner.target if inner is not None else np_span(
                    fallback_target(comp, None, None), comp)
            elif f.target is None and asked is not None and asked.i in by_token:
                # "called for sanctions against Turkey": aimed where what is asked for is
                f.target = by_token[asked.i].target
        return out

    # -- sentence ----------------------------------------------------------------------------
    def sentence_events(self, sent: Span, article: Article, resolver: ActorResolver,
                        dateline_place: str | None) -> Iterator[Event]:
        self._sentence_triggers = self.triggers(sent)
        fired = {t.token.i for t in self._sentence_triggers}
        for tok in sentence_words(sent).with_lemma(PRESENCE_CUT_VERBS):
            if tok.i not in fired and directed_cut(tok) is not None:
                self._sentence_triggers.append(Trigger(tok, DIRECTED_CUT, None))
        for tok in sentence_words(sent).with_lemma(ACT_VERBS):
            if tok.i not in fired and tok.pos_ == "VERB" and not is_passive(tok):
                # "Seoul decided to ...", "Moscow claimed ...": acts with no pattern that a
                # later noun may refer to ("welcomed the decision", "rejected the claim")
                subj = self._subject(tok)
                if subj is not None:
                    self._note_act(resolver, tok, frozenset({tok.lemma_.lower()}),
                                   resolver.resolve(subj), trigger=False)
        # a mediator's act last, so that a pair phrase of the sentence ("Under the deal
        # brokered by China, the two sides agreed ...") is the parties, not the mediator
        ordered = sorted(self._sentence_triggers, key=lambda t: t.pattern.cameo == "045")
        # "arrived in Ottawa and was greeted at the airport by X": the journey the arrival
        # tells is the one the greeting implies, told once (a greeted guest's visit that
        # repeats a visit of the sentence with the same sides, status and date is dropped)
        visits: dict[tuple[str | None, str | None, str, str | None], bool] = {}
        greeted: set[tuple[str | None, str, str, str | None]] = set()

        def once(events: Iterator[Event]) -> Iterator[Event]:
            for ev in events:
                if (ev.rule or "").endswith("+arrival") and ev.source is not None and (
                        ev.target is not None):
                    # (one greeting of one party by another: "Biden and his wife were
                    # greeted by the Governor General, Mary Simon")
                    same = (ev.rule, ev.source.code, ev.target.code, ev.date.value)
                    if same in greeted:
                        continue
                    greeted.add(same)
                if ev.cameo == "042" and ev.source is not None and ev.target is not None:
                    key = (ev.source.country, ev.target.country, ev.status.group,
                           ev.date.value)
                    implied = (ev.rule or "").endswith("+arrival+guest_visit")
                    if key in visits and (implied or visits[key]):
                        continue
                    visits[key] = visits.get(key, False) or implied
                yield ev

        # forces sent to help a state (074), by their sending verb's index: the fight of a
        # purpose clause ("sent troops to Mali to fight the jihadists") is not against it
        helped: dict[int, set[str | None]] = {}
        broken: set[tuple[str | None, str | None]] = set()  # dyads whose break is told
        for trig in ordered:
            told = list(once(self._events_for(trig, sent, article, resolver, dateline_place)))
            # (the pairs of a list of four or more parties: one multilateral act, nlp.pairings;
            # what a party only can do: nlp.capacity)
            told = [ev for ev in multilateral_pairs(told) if not capacity_only(ev)]
            if trig.pattern.cameo == "074" and trig.token.pos_ == "VERB":
                helped[trig.token.i] = {ev.target.country for ev in told if ev.target}
            elif helped and trig.pattern.cameo[:2] in ("18", "19") and (
                    sender := _purpose_of(trig.token, helped)) is not None:
                told = [ev for ev in told if ev.target is None
                        or ev.target.country not in helped[sender]]
            yield from told
            yield from self._pledged_deeds(trig, told)
            if trig.pattern.cameo in RESTORED_TIES and told and (
                    sentence_words(sent).words & BREAK_CUES):
                # "restored ties after a seven-year break": the break too, told back
                yield from self._ties_break(trig, told, sent, article, broken)
            if captives.mutual(trig):
                # "A and B exchanged prisoners": each side's release (nlp.captives)
                yield from (b for ev in told if (b := captives.released_back(ev)) is not None)
            for extra in captives.second_acts(trig):
                # a swap's release back, a person extradited held by the receiving state
                yield from once(self._events_for(extra, sent, article, resolver,
                                                 dateline_place))
            if trig.pattern.pos == "VERB":
                # "..., Yellen and Kerry followed in July, and Raimondo in August": the act
                # again, for each subject of a gapped clause
                for gap in gapped_clauses(trig.token):
                    yield from once(self._events_for(trig, sent, article, resolver,
                                                     dateline_place, gap))
                if trig.pattern.cameo[:2] == "04":
                    # "hosted them in July and again in August": a meeting at each time (dir30)
                    for gap in repeated_dates(trig.token):
                        yield from once(self._events_for(trig, sent, article, resolver,
                                                         dateline_place, gap))
        # "A said B shelled X": A's charge against B as well (nlp.implied)
        yield from implied_accusations(self, sent, article, resolver)
        # "The talks were held after ...", "The agreements were signed during the visit": the
        # story's pair; "The President proposed a dialogue" after a meeting: to the ones met
        yield from implied_story_events(self, sent, article, resolver)
        # "Algeria offered to send rescue teams" in a story of a quake in Morocco: to Morocco
        yield from implied_relief(self, sent, article, resolver)
        yield from implied_readout_intents(self, sent, article, resolver)
        # "The closure has left traders stranded": a measure the story told, told again
        # (nlp.story)
        yield from restated_events(self, sent, article, resolver)
        if "host" in sentence_words(sent).words:
            # "The talks were hosted by Oman", "hosted the talks": the story's pair's meeting
            yield from hosted_meetings(self, sent, article, resolver)
        # "was accorded a ceremonial welcome at the palace": the host's and the guest's
        yield from implied_hostings(self, sent, article, resolver)

    def _pledged_deeds(self, trig: Trigger, told: Sequence[Event]) -> Iterator[Event]:
        """The deed itself, planned, beside a side's pledge of material help or cooperation
        ("said it would send aid to Gaza", "agreed that Britain would pay France", "would buy
        jets from France"): the pledge is the intent (03x) that happened, the aid, payment or
        purchase to come is the act (06x, 07x), planned (examples/README.md "Deployments
        announced" reads so for forces; the sets read so for money, goods and arms). Ties
        agreed on stay the intent: the sets differ on embassies agreed to be reopened."""
        pat = trig.pattern
        if pat.cameo[:2] not in PLEDGED_DEED_ROOTS or pat.cameo in ("060", "070") and (
                trig.token.lemma_.lower() in GENERIC_DEED_VERBS):
            return  # ("ready to work with", "will help": cooperation in general, no deed)
        info = self.codebook.get(trig.pattern.cameo)
        for ev in told:
            rule = ev.rule or ""
            if ev.root != "03" or not rule.endswith(("+intent", "+announced")) or (
                    ev.source is None or ev.target is None) or ev.status != Status.HAPPENED or (
                    not _deed_pledged(trig.token, rule.endswith("+announced"))):
                continue
            yield replace(
                ev, event_id=Event.make_id(ev.article_id, ev.evidence.start, ev.evidence.end,
                                           info.code, ev.event_id, "pledged"),
                cameo=info.code, root=info.root, label=info.label, goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=Plover(info.plover_type, info.plover_mode) if info.plover_type else None,
                status=Status.PLANNED, rule=(ev.rule or "") + "+deed")

    def _ties_break(self, trig: Trigger, told: Sequence[Event], sent: Span,
                    article: Article, broken: set[tuple[str | None, str | None]]
                    ) -> Iterator[Event]:
        """The break in ties (161) that a restoring of them (054) ends, between the same
        sides, in the same direction: dated by the break's own clause ("a rupture that began
        in 2018", "relations severed in 2016"), else by its length counted back from the
        restoring ("after a seven-year break"); nothing when neither tells a time."""
        found = ties_break(trig.token)
        if found is None:
            return
        noun, months = found
        if any(t.token.i == noun.i and t.pattern.cameo[:2] == "16"
               for t in self._sentence_triggers) and any(
                c.dep_ == "nsubj" or c.dep_ == "agent" for c in kids(noun)):
            return  # ("relations, which Riyadh cut in 2016": the cutter's own act, coded)
        for ev in told:
            if ev.cameo not in RESTORED_TIES or ev.source is None or ev.target is None:
                continue
            dyad = (ev.source.country, ev.target.country)
            if None in dyad or dyad in broken or dyad[0] == dyad[1]:
                continue
            edate = self._break_date(noun, months, sent, article, ev.date)
            if edate is None:
                continue
            broken.add(dyad)
            yield self._make_event(
                Trigger(noun, BROKEN_TIES, None), sent, article,
                ResolvedActor(ev.source, "country"), ResolvedActor(ev.target, "country"),
                Status.HAPPENED, f"ended ({noun.lower_})", edate, None, None)

    @staticmethod
    def _break_date(noun: Token, months: int | None, sent: Span, article: Article,
                    restored: EventDate) -> EventDate | None:
        own = trigger_date(noun, sent, clause_text(sent, noun.left_edge.i, noun.right_edge.i
                                                  + 1), article.published, "past")
        end = period_start(restored.value)
        if own.precision not in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN) and (
                own.value and (end is None or own.value < end.isoformat())):
            return own
        if months is None or end is None:
            return None
        total = end.year * 12 + end.month - 1 - months
        year, month = divmod(total, 12)
        if months % 12 == 0:
            return EventDate(str(year), DatePrecision.YEAR, None)
        return EventDate(f"{year}-{month + 1:02d}", DatePrecision.MONTH, None)

    @staticmethod
    def _told_meeting(resolver: ActorResolver, pat: Pattern,
                      pairs: Sequence[tuple[ResolvedActor, ResolvedActor]], status: Status,
                      told: list[Event] | None = None) -> Event | None:
        """The latest event the article told of the kind ``pat`` names (a journey, a meeting:
        04x) between the countries of one of ``pairs``, in the same status group ("the
        visit" is the journey told, not talks held during it)."""
        kind = next((k for k in RESTATED_KINDS if k & set(pat.id.split(".")[-1].split("_"))),
                    None)
        if pat.cameo[:2] != "04" or kind is None:
            return None
        # (in order: Kishida's trip to Seoul does not restate Yoon's to Tokyo)
        dyads = {(s.actor.country, t.actor.country) for s, t in pairs}
        # the event the noun was linked to when it fits, else the latest that does
        for ev in (told or []) + list(reversed(resolver.ctx.events[-40:])):
            words = set((ev.rule or "").split("+")[0].split(".")[-1].split("_"))
            if ev.root == "04" and kind & words and ev.source is not None and (
                    ev.target is not None) and (
                    (ev.source.country, ev.target.country) in dyads) and (
                    ev.status.group == status.group) and ev.date.value:
                return ev
        return None

    def _home_ground(self, trig: Trigger, sources: Sequence[ResolvedActor]
                     ) -> list[tuple[ResolvedActor, ResolvedActor]]:
        """"M23 rebels seized the towns of X and Y", "the insurgents overran the port of Z":
        a town of the armed group's own country taken or struck is a blow at that country
        (the place search spares the attacker's own country, as a state does not aim at
        itself); no pairs when the place is unknown or lies abroad."""
        home = {s_.actor.country for s_ in sources if s_.actor.country}
        hosts = [trig.token] + ([trig.obj] if trig.obj is not None else [])
        place = place_target(hosts, self.gazetteer, ())
        if place is None or not place.text:
            return []
        if place.country not in home:
            # (a town's name shared with one abroad: the group's own country first)
            loc = self.gazetteer.lookup(place.text, sorted(home))
            if loc is None or loc.country not in home:
                return []
            place = replace(place, code=loc.country, country=loc.country)
        return [(s_, ResolvedActor(place, "place")) for s_ in sources
                if s_.actor.country == place.country]

    def _events_for(self, trig: Trigger, sent: Span, article: Article,
                    resolver: ActorResolver, dateline_place: str | None,
                    gap: Gap | None = None) -> Iterator[Event]:
        tok, pat = trig.token, trig.pattern
        if _demanded_act(tok):
            return  # "demanded that the militia stop its attacks": the demand's, not done
        if pat.pos == "NOUN" and pat.cameo[:3] == "084" and _asked_release(
                tok, self._sentence_triggers):
            return  # "urged their immediate release": asked for (the appeal's), not done
        passive = is_passive(tok) and pat.pos != "ADJ"
        if pat.id == SEIZE_ID and not passive and (
                (seized := direct_object(tok)) is not None and self._seized_town(seized)):
            # "the rebels seized Goma": a town taken is ground occupied (192, as a town
            # seized, fight.seize_territory)
            pat = replace(pat, cameo="192", id=pat.id + "+town", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        sources, targets = self._arguments(trig, resolver, passive)
        if pat.id in ADMITTED_IDS and passive and (
                admitted := child(tok, ("nsubjpass",))) is not None:
            # "Somalia was admitted to the East African Community": the one admitted joins
            # the body (057, roots32); the body admitting it does no act of its own here
            sources = [a for a in resolver.resolve(admitted)
                       if a.actor.country not in self.kb.igo_codes]
            if pat.id == ADMITTED_AS_ID and (member := prep_obj(tok, ("as",))) is not None and (
                    body := prep_obj(member, ("of",))) is not None:
                targets = [a for a in resolver.resolve(body) if a.kind == "igo"]
        # "signed by A and B, with C at their side": C looked on (nlp.screen_deeds)
        sources, targets = without_onlookers(tok, sources, targets)
        if sources and not targets and (pat.cameo[:2] == "13" or pat.id in FORCE_THREAT_IDS) and (
                warned := _warned_side(tok)) is not None:
            # "set the officers a deadline and warned that force could follow": the
            # warning, and the force it holds out, are aimed at the side just told (roots31)
            own = {s_.actor.country for s_ in sources}
            targets = [a for a in resolver.resolve(warned) if a.actor.country not in own]
        # (a guess of whom a supposed refusal or a judged launch is aimed at: nlp.guesses)
        targets = unfounded_guess(trig, targets)
        if pat.id == ADDRESS_ID and targets and all(
                t.kind == "igo" or t.actor.country in self.kb.igo_codes for t in targets):
            # "will address the General Assembly", "addressed a meeting of the Security
            # Council": a speech to a body's gathering is no act between named sides (what
            # it says may be one)
            targets = []
        if not targets and pat.subject_kind and pat.subject_kind != "person" and (
                trig.obj is None and not pat.object):
            # "Chinese purchases of Australian coal have resumed": when the pattern's kind of
            # subject is the act itself (a thing, no object asked for), the subject's own
            # phrase names whom it is with
            targets = self._subject_phrase_targets(tok, pat, resolver)
        if pat.cameo == "010" and pat.pos == "NOUN" and (
                answer := _remarks_protested(tok)) is not None and sources:
            # "summoned the envoy to protest remarks by its president", "expelled the envoy
            # over remarks by the president on our vote": remarks that
            # drew a protest are their speaker's criticism (111) of the side that protested
            own = {s_.actor.country for s_ in sources}
            protester = self._subject(answer)
            if not targets and protester is not None:
                # (a state that protests: a body's protest is no sign the words were aimed
                # at it, "the AU condemned his remarks blaming migrants")
                targets = [a for a in resolver.resolve(protester) if a.actor.country not in own
                           and a.actor.country in self.kb.country_codes]
            pat = replace(pat, cameo="111", id=pat.id + "+protested", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if tok.dep_ == "xcomp" and (directive := directed_cut(tok)) is not None and (
                teller := self._subject(directive)) is not None and (
                told := direct_object(directive)) is not None:
            # "Riga told Minsk to shrink its embassy staff": the telling is the
            # teller's cut of ties with the side told (161), coded on the directive's verb
            sources, targets = resolver.resolve(teller), resolver.resolve(told)
            pat = replace(pat, cameo="161", id=pat.id + "+directed", refine=None)
            tok, trig, passive = directive, Trigger(directive, pat, None), False
        if (pat.cameo[:2] == "11" and pat.pos in ("VERB", "ADJ") or pat.cameo[:2] in FORCE_ROOTS
                and pat.pos == "NOUN") and (assault := _judged_assault(tok, pat.pos)) is not None:
            # "criticised the raid on the embassy", "alarmed by the strikes on Kyiv": the
            # judgement is aimed at who raided it (named by the noun, or told before), never
            # at the embassy's owner; the raid itself is done by that side, not by the one
            # judging it
            judging = pat.pos != "NOUN"
            doers = self._assault_doers(assault, resolver, sources if judging
                                        else self._judges(assault, resolver))
            victims = {a.actor.country for h in (assault, assault.head)
                       for c in kids(h) if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS
                       for p in kids(c) if p.dep_ == "pobj" for a in resolver.resolve(p)}
            if judging:
                targets = doers or [a for a in targets if a.actor.country not in victims]
            elif all(a.kind == "implicit" for a in sources):
                sources = doers
        if captives.applies(trig):
            # people held, tried or freed: their country and their holder (nlp.captives)
            sources, targets = captives.captive_arguments(self, trig, resolver, passive,
                                                          sources, targets)
        if sources and not targets and pat.cameo[:3] == "175":
            # "security forces broke up protests": the state's own crowd (nlp.domestic)
            targets = repressed_crowd(self.kb, trig, sources)
        if pat.id in REMOVAL_ORDER_IDS and sources and not any(
                t_.actor.country not in {s_.actor.country for s_ in sources} for t_ in targets):
            # "announced the expulsion order on Oct. 3, after the minister said Afghan
            # nationals had ...": the people the sentence names, else those the same side
            # last deported or detained in the story
            own = {s_.actor.country for s_ in sources}
            targets = [a for t_ in sent if t_.pos_ in ("NOUN", "PROPN") and people_object(t_)
                       for a in resolver.resolve(t_) if a.actor.country not in own][:1] or [
                ResolvedActor(replace(ev.target, text=None, start=None, end=None), "implicit")
                for ev in reversed(resolver.ctx.events[-20:])
                if ev.cameo[:3] in ("173", "174") and ev.source is not None
                and ev.source.country in own and ev.target is not None
                and ev.target.country not in own][:1]
        home = next((c for c in kids(tok) if c.lower_ in ("home", "back")), None)
        if pat.cameo[:3] == "087" and sources and trig.obj is not None and not any(
                t_.actor.country not in {s_.actor.country for s_ in sources} for t_ in targets
        ) and (home is not None or self._of_class(trig.obj, "@forces")):
            # "will bring its troops home from Mali": the place they leave, parsed under the
            # adverb; with none named ("would bring its soldiers home", "withdrew its
            # troops"), the host the story last sent the same side's forces to or that
            # demanded they leave (the troops' possessor is the side itself)
            own = {s_.actor.country for s_ in sources}
            left = prep_obj(home, ("from",)) if home is not None else None
            targets = [a for a in resolver.resolve(left) if a.actor.country not in own] if (
                left is not None) else []
            if not targets and left is None and prep_obj(tok, ("from",)) is None and (
                    host := self._forces_host(resolver, own)) is not None:
                targets = [host]
        if pat.cameo[:3] == "087" and sources and not targets and tok.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in kids(tok)):
            # "the mission in Mali, which they left in 2022": the place the clause is on
            own = {s.actor.country for s in sources}
            targets = [a for a in resolver.resolve(tok.head) if a.actor.country not in own]
            if not targets and tok.head.lemma_.lower() == "country" and (
                    subj := self._clause_subject(tok.head)) is not None:
                # ("ordered the troops out of the country, which they left": the country of
                # the side that ordered them out)
                targets = [ResolvedActor(replace(a.actor, code=a.actor.country, sector=None),
                                         a.kind) for a in resolver.resolve(subj)[:1]
                           if a.actor.country and a.actor.country not in own]
        if pat.id == BARE_MEMBER_ID:
            # "became a member" with no body named: the body the sentence names, else the
            # one the story tied the state to, else the last one it named (as a withdrawal
            # with no body named leaves it: _left_body)
            body = self._left_body(tok, sent, resolver, sources) if sources else None
            if body is None:
                return
            targets = [body]
        if pat.id in BODY_LEAVE_IDS:
            # a state leaving an international body (161): "announced its withdrawal", "its
            # decision to leave OPEC"; a verb needs the body as its object ("left Beijing"
            # is a trip), a noun with none named takes the body the story tied the state to
            bodies = [t_ for t_ in targets if t_.actor.country in self.kb.igo_codes]
            if not bodies and sources and (not targets and pat.pos == "NOUN" or (
                    _bare_leaving(tok))) and (
                    body := self._left_body(tok, sent, resolver, sources)) is not None:
                # (a bare "would leave" names no target: a side the story paired the state
                # with is no body it leaves)
                bodies = [body]
            if bodies:
                targets = bodies
                pat = replace(pat, cameo="161", id=pat.id + "+body", refine=None)
                trig = Trigger(tok, pat, trig.obj)
            elif pat.id not in BODY_LEAVE_OWN:
                targets = []
        if pat.cameo[:2] in CROWD_FORCE_ROOTS:
            # one state's forces and a crowd or unnamed armed men at home (nlp.domestic)
            if sources and (crowd := crowd_repression(self.kb, trig, sources, targets)):
                # "police opened fire on protesters": repression (175), not a fight
                targets = [crowd]
                pat = replace(pat, cameo="175", id=pat.id + "+crowd", refine=None)
                trig = Trigger(tok, pat, trig.obj)
            elif targets and not sources and (reb := armed_attackers(self.kb, trig, targets)):
                sources = [reb]  # "armed men ambushed a police patrol": the state's rebels
            elif sources and not targets and (reb := armed_targets(self.kb, trig, sources)):
                targets = [reb]  # "the army killed four militants"
            elif not sources and not targets and dateline_place and (
                    pair := armed_men_at_home(self.kb, trig, self._filed_in(dateline_place))):
                # "armed men ambushed a police patrol" in a story filed from that country
                sources, targets = [pair[0]], [pair[1]]
        if not sources and (junta := coup_makers(self.kb, trig, targets)):
            # "the military seized power and detained the president": the leaders' own
            # army in a coup (nlp.domestic)
            sources = [junta]
        if sources and (organ := home_state_object(self.kb, trig, sources, targets)):
            # "the opposition accused the government of ...", "rebels struck checkpoints":
            # the non-state side's own state, not the article's other party (nlp.domestic)
            targets = [organ]
        if pat.cameo[:2] in CROWD_FORCE_ROOTS and sources and suicide_attack(trig):
            # "a suicide bomber killed 12 soldiers": a suicide attack (1831)
            pat = replace(pat, cameo="1831", id=pat.id + "+suicide", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat is HELD_HOSTAGE and passive and not sources:
            # ("was held hostage by militants": the agent parsed on the predicate noun)
            sources = [a for c in kids(tok) if c.lower_ in HOSTAGE_WORDS
                       for p in [prep_obj(c, ("by",))] if p is not None
                       for a in resolver.resolve(p)]
        if pat.id.endswith(captives.SWAP_BACK):
            sources, targets = captives.swapped(sources, targets)
        if pat.cameo[:2] == "03" and (accepted := accepted_invitation(
                tok, sent, passive, sources, targets, resolver, resolver.ctx.events)):
            # "..., and the invitation was accepted": the invitee's intent to come, to the
            # inviter (dir30)
            sources, targets = accepted
            pat = replace(pat, cameo="036", id=pat.id + "+invitation", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "19" and not (sources and targets) and (
                between := _fought_between(tok)) is not None:
            # "fighting between A and B", "the war between A's and B's forces": the two sides
            # of the phrase, each fighting the other
            both = [a for a in fit_group(resolver.resolve(between), [])
                    if a.actor.country not in self.kb.igo_codes]
            if len({a.actor.country for a in both}) < 2 and (
                    of := prep_obj(between, ("of",))) is not None:
                # ("between the armies of A and B": the sides the units are of)
                both = [a for a in fit_group(resolver.resolve(of), [])
                        if a.actor.country not in self.kb.igo_codes]
            if len({a.actor.country for a in both}) >= 2:
                sources, targets = both, []
                pat = replace(pat, reciprocal=True, id=pat.id + "+between")
                trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "19" and pat.reciprocal and pat.pos == "NOUN" and not (
                sources or targets) and gap is None and (
                pair := self._unnamed_fighters(tok, resolver)):
            # "Clashes along the border killed 50 people in 2021" in a story of two sides'
            # fighting: those two sides, each fighting the other
            sources, targets = pair, []
            pat = replace(pat, id=pat.id + "+story_pair")
            trig = Trigger(tok, pat, trig.obj)
        invitee = self._invitee(tok) if pat.cameo[:3] == "042" and tok.pos_ == "VERB" else None
        if invitee is not None:
            # "renewed her invitation to Modi to visit Bangladesh", "extended an invitation to
            # the premier to visit Berlin": the one invited would make the journey
            guests = [a for a in resolver.resolve(invitee) if a.actor.country]
            sources = guests or sources
        if sources and pat.cameo[:2] == "16" and pat.particle in ("home", "back") and (
                prep_obj(tok, ("from", "to")) is None) and (
                prior := self._recalled_alike(sent, resolver, sources)):
            # "A recalled its envoy from X, and B said its envoy had been called home": the
            # second recall is from the country the sentence's first one named
            targets = prior
        if pat is FIGHT_BETWEEN and not sources and (verb := _fighting_before(tok)) is not None \
                and (subj := self._subject(verb)) is not None:
            # "A and B agreed to a truce after two days of fighting": the pair of the clause
            # the fighting led to fought each other
            pair = [a for a in fit_group(resolver.resolve(subj), [])
                    if a.actor.country not in self.kb.igo_codes]
            if len({a.actor.country for a in pair}) == 2:
                sources, targets = pair, []
        ranked_doer = _first_to(tok) if pat.pos == "VERB" else None
        if ranked_doer is not None and (firsts := resolver.resolve(ranked_doer)):
            # "X was the second premier to tour Kyiv and Moscow", "Spain was the
            # latest state to recognise ...": the one the copula says it of did it (not the
            # noun's modifier: "Latin American leader")
            sources = firsts
        agent_places: dict[int | None, Location] = {}
        unnamed = False
        restated_meeting: Event | None = None
        if passive and sources and pat.cameo[:2] == "04" and (
                agent := child(tok, ("agent",))) is not None:
            # "was received by Zelensky in Kyiv and by Putin in Moscow": each host of a
            # coordinated by-phrase, each where its own phrase puts it
            sources, agent_places = self._coordinated_agents(agent, sources, targets,
                                                             resolver)
        if not sources and pat.id == IN_CONTACT.id and (
                subj := self._subject(tok.head.head)) is not None:
            # "said it was in contact with Tehran": the copula's subject keeps the contact
            own = {t_.actor.country for t_ in targets}
            sources = [a for a in resolver.resolve(subj) if a.actor.country not in own]
        if sources and not targets and pat.cameo == "046" and tok.pos_ == "VERB" and (
                tok.lemma_.lower() in ("negotiate", "bargain", "haggle")) and (
                len({s_.actor.country for s_ in sources}) == 1) and not any(
                c.dep_ == "neg" for v in (tok, tok.head if tok.dep_ == "conj" else tok)
                for c in kids(v)):
            # (not "will not compromise or negotiate on security": a refusal, no partner)
            # "Washington would keep negotiating for his release": with the side the story
            # paired the negotiator with
            targets = self._story_partner(sources[0], resolver)
        if pat.cameo == "121" and targets and (named := _named_deal(tok)) is not None:
            # (a treaty named for a region, "quit the Open Skies Treaty in Europe"): a place
            # in a treaty's own name (or a side inferred from it) is no side of it (roots29)
            targets = [t_ for t_ in targets if t_.actor.start is not None and not (
                _in_deal_name(named, t_.actor.start))]
        if sources and not targets and pat.cameo == "121" and decide(
                tok, sentence=sent).status != Status.HYPOTHETICAL:
            # "Russia's withdrawal from the treaty took effect", "the allies will suspend
            # their obligations under it": a deal quit with no partner named is quit toward
            # the side the story paired the quitter with (not one only threatened: roots29)
            targets = self._deal_partner(sources, resolver)
        if pat.id == WENT_THERE.id and sources and not targets and (
                where := _went_there(tok)) is not None:
            # ("... talks in Beijing, and she hopes to travel there": to Beijing's side)
            own = {s_.actor.country for s_ in sources}
            targets = [a for a in resolver.resolve(where) if a.actor.country not in own]
        tour_stops = False
        if pat.id == MEDIATOR_ID:
            sources, targets = self._mediator_parties(tok, resolver)
        if pat.id == DEADLINE_LEAVE.id and trig.obj is not None:
            sources, targets = self._deadline_parties(tok, trig.obj, resolver)
            if targets and not sources:
                # ("The Ambassador to the Kingdom has been asked to leave"): by the side the
                # story pairs the envoy's country with
                sources = self._story_partner(targets[0], resolver)
        if sources and pat.pos == "NOUN" and pat.cameo[:2] == "04" and all(
                s_.kind == "dyad" for s_ in sources) and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in EXTENT_NOUNS
                and any(n.dep_ == "nummod" for n in kids(c)) for c in kids(tok)):
            # "a five-nation trip that also took her to A, B and C": the number tells
            # how far the tour went, not who made it; the one whose clause it is did
            sources = self._clause_traveller(tok, resolver, targets)
            tour_stops = True
            pat = replace(pat, id=pat.id + "+stops")
            trig = Trigger(tok, pat, trig.obj)
        if not sources and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") and (
                tok.head.lemma_.lower() == "spend") and (
                doer := child(tok.head, ("nsubj",))) is not None:
            # "spent a year shuttling between Beirut and Jerusalem", "spent weeks negotiating
            # with Hamas": the one who spent the time did it
            sources = resolver.resolve(doer)
        if not sources and targets and pat.pos == "NOUN" and pat.cameo[:3] == "042" and (
                tok.dep_ == "dobj") and not is_passive(tok.head) and (
                by := next((c for c in kids(tok.head) if c.dep_ == "prep"
                            and c.lower_ == "by" and c.i > tok.i), None)) is not None and (
                who := child(by, ("pobj",))) is not None:
            # "The visit follows a trip to Beijing last month by Blinken": the by-phrase the
            # parser hung on the active verb is the journey's maker
            own = {t_.actor.country for t_ in targets}
            sources = [a for a in resolver.resolve(who) if a.actor.country not in own]
        if not sources and pat.pos == "NOUN" and pat.cameo[:2] == "04" and (
                pat.reciprocal or targets):
            # "After talks with Li Qiang, Scholz said ...": held by the clause's subject
            sources, targets = self._time_phrase_party(tok, resolver, targets)
        if not sources and not targets and pat.pos == "NOUN" and pat.reciprocal and (
                pat.cameo[:2] == "04" and gap is None):
            # "a new round of talks between the two governments' commissions", "the talks,
            # held since 2020, stalled": the pair the story is about
            sources = self._unnamed_parties(tok, resolver)
            unnamed = bool(sources)
        if not sources and not targets and passive and pat.pos == "VERB" and pat.reciprocal \
                and pat.cameo[:2] == "04" and gap is None and tok.lemma_.lower() == "hold" and (
                held := child(tok, ("nsubjpass",))) is not None and (
                held.lower_ in RESTATED_MEETINGS):
            # "The talks were held after ...", "The meeting was held in a cordial spirit":
            # the definite meeting noun the clause is about, with no side named, is the
            # story's pair meeting again (as "The talks ... stalled" is)
            sources = self._unnamed_parties(held, resolver)
            unnamed = bool(sources)
            if sources and not _own_date(held) and (
                    told := self._story_pair_event(resolver)) is not None and told.root == "04":
                # (the meeting told before, with its time and place: not the time of a clause
                # the sentence sets it after, "were held after X announced on May 30")
                restated_meeting = told
        if not sources and pat.cameo == "045" and pat.pos == "NOUN" and (
                tok.i + 1 < sent.end) and (by := tok.doc[tok.i + 1]).lower_ == "by" and (
                by.head.i != tok.i) and (who := child(by, ("pobj",))) is not None:
            # "restored ties after mediation by Qatar", the by-phrase hung on the verb as
            # if it were a passive's agent: the mediator
            sources = resolver.resolve(who)
        if targets and pat.reciprocal and pat.pos == "NOUN" and pat.cameo[:2] == "04" and len(
                {s_.actor.country for s_ in sources}) >= 2 and not any(
                c.dep_ == "prep" and c.lower_ in ("with", "to", "between", "among")
                for c in kids(tok)):
            # "In a phone call on Tuesday, A and B discussed North Korea": a meeting noun
            # that names no partner, framing two parties' clause, is between those two (what
            # they discussed or urged is not who took part)
            targets = []
        guests_agreed = False
        if not targets and len(sources) >= 2 and pat.reciprocal and tok.lemma_.lower() == "meet" \
                and (met := direct_object(tok) or prep_obj(tok, ("with",))) is not None \
                and met.pos_ in ("NOUN", "PROPN") and met.lower_ not in ("other", "another") \
                and not any(c.dep_ == "poss" and c.lower_ == "their" for c in kids(met)) \
                and not _meeting_apposed(met, self.lexicon.classes.get("meetings", ())):
            # "the two leaders were expected to meet business leaders": they meet those
            # people (no actor), not each other ("met there with their intelligence chiefs"
            # and "met in Aqaba, their first meeting in years" are the subjects meeting each
            # other: link28, trig28)
            return
        if targets and sources and pat.cameo[:2] == "04" and tok.lemma_.lower() == "meet" and all(
                s_.actor.country and s_.actor.country not in self.kb.country_codes
                for s_ in sources) and (
                where := prep_obj(tok, ("in", "at"))) is not None and all(
                t_.actor.start is not None
                and where.left_edge.idx <= t_.actor.start <= where.idx for t_ in targets):
            # "the AU's Peace and Security Council, meeting today in Addis Ababa", "NATO
            # ministers meeting in Bucharest": a body's own session, no visit to the city's
            # government (the members who came visit the host: examples/README.md)
            targets = []
        if sources and not targets and pat.cameo == "043" and trig.obj is not None and (
                honoured := _in_honour_of(tok, trig.obj)) is not None:
            # "will hold a state dinner in his honor", "a banquet in honour of the emperor":
            # the one honoured is the guest
            own = {s_.actor.country for s_ in sources}
            targets = [a for a in resolver.resolve(honoured) if a.actor.country not in own]
            if not targets and honoured.pos_ == "PRON":
                # ("his": not the host's own honour; the person named last of another side)
                targets = [a for a in resolver.ctx.recent_people
                           if a.actor.country and a.actor.country not in own][:1]
        if sources and not targets and pat.cameo[:2] == "15" and (
                tok.lemma_.lower() in HOSTED_DEPLOY_VERBS) and (
                host := self._story_host(tok, sent, resolver, sources)) is not None:
            # "Kenya deployed the first troops", "SADC troops will begin deploying": forces
            # sent with no place named go where the story sent forces last (074), the host
            # that asked for them (a first deployment with no such story stays none)
            targets = [host]
            pat = replace(pat, cameo="074", id=pat.id + "+host", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if passive and sources and not targets and pat.cameo[:2] == "04" and (
                tok.dep_ == "conj") and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in kids(tok)) and (
                subj := child(tok.head, ("nsubj",))) is not None:
            # "arrived in Beijing and was received at the airport by Han Zheng": the subject
            # of the first verb is the one received
            own = {s_.actor.country for s_ in sources}
            targets = [a for a in resolver.resolve(subj) if a.actor.country not in own]
        if sources and not targets and pat.cameo[:2] == "04" and (
                tok.lemma_.lower() == "attend" or pat.id == TAKE_PART_BARE.id) \
                and not (pat.reciprocal and len({s_.actor.country for s_ in sources}) > 1):
            # "Xi attended the China-GCC summit", "attended the signing ceremony": a
            # gathering abroad is a visit to the country it is held in
            targets = self._attended_host(trig, sent, resolver, sources, dateline_place)
        gathering = (trig.obj or direct_object(tok) or prep_obj(tok, ("from",))
                     or next((p for c in kids(tok) if c.dep_ == "advmod" and c.lower_ == "away"
                              for p in [prep_obj(c, ("from",))] if p is not None), None)
                     ) if pat.cameo == "125" else None
        told_gathering = pat.cameo == "125" and _gathering_told_before(gathering, tok, targets)
        if sources and pat.cameo == "125" and tok.lemma_.lower() in STAYING_AWAY_VERBS and (
                not targets or gathering is not None and child(gathering, ("poss",)) is not None
                and prep_obj(gathering, ("with",)) is None or told_gathering):
            # (the body whose summit it is, "its summit in Minsk", is not its host either)
            # "stayed away from its summit in Minsk", "declined to attend" a meeting in
            # Granada: staying away from a gathering held abroad is aimed at its host
            # (examples/README.md), as the place of the gathering tells it
            own = {s_.actor.country for s_ in sources}
            loc = self._location(trig, sent, [], None, list(sources)) or next(
                (place for t_ in sent if t_.dep_ == "pobj" and t_.head.lower_ == "in"
                 and any(a.lemma_.lower() in MEETING_WORDS | {"summit"}
                         for a in list(t_.ancestors)[1:4])
                 and (place := self._place(t_, [])) is not None), None)
            if told_gathering and (loc is None or not loc.country):
                # (prec28: "arrived in North Macedonia for a meeting ..., prompting Ukraine
                # to boycott the gathering": the gathering is where the sentence's journey
                # went)
                loc = next((place for t_ in sent if t_.dep_ == "pobj"
                            and t_.head.lower_ in ("in", "to") and t_.head.head.dep_ == "ROOT"
                            and (place := self._place(t_, [])) is not None and place.country),
                           loc)
            if loc is not None and loc.country and loc.country not in own and (
                    loc.country in self.kb.country_codes):
                targets = [ResolvedActor(Actor(text=loc.name, name=None, code=loc.country,
                                               country=loc.country, sector=None), "place")]
        if sources and not targets and pat.cameo[:2] == "04" and tok.lemma_.lower() == "host" \
                and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("agree", "decide"):
            # "the presidents agreed that Chile would host their next summit": the host
            # receives the others of the group that agreed
            own = {s_.actor.country for s_ in sources}
            subj = next((c for c in kids(tok.head) if c.dep_ == "nsubj"), None)
            targets = [g for g in fit_group(resolver.resolve(subj), list(sources))
                       if g.actor.country not in own] if subj is not None else []
            # (the others agreed that the host would host them: theirs the intent, toward
            # the host)
            guests_agreed = bool(targets)
        if pat.cameo == "045" and pat.pos == "NOUN" and not targets:
            # "its mediation role played jointly with Jordan": the effort's holder and
            # each side it was carried out with mediate
            sources = self._joint_mediators(tok, resolver, sources)
        if sources and not targets and pat.cameo == "045":
            # "signed a deal after talks mediated by the UAE", "after mediation by Qatar":
            # between the parties of the clause the mediation led to
            targets = self._mediated_parties(tok, resolver, sources)
        if sources and len({t_.actor.country for t_ in targets}) == 1 and pat.cameo == "045" \
                and pat.pos == "NOUN" and prep_obj(tok, ("between", "among")) is None:
            # "Somalia's president thanked Erdogan for his mediation": between the one who
            # thanks and the side the story paired it with
            targets = targets + self._counterpart(targets[0], sources, resolver)
        if pat.cameo[:2] == "19" and pat.pos == "NOUN" and fighting_ended(tok):
            return  # "the parties pledge to stop hostilities": no fight (nlp.story)
        if not sources and not targets and gap is None and pat.cameo[:2] == "04" and (
                agreers := self._agreers(tok, resolver)):
            # "Cambodia and Thailand agreed that their border commanders will meet tomorrow",
            # "the leaders agreed that the next summit will be held in China": a meeting agreed
            # on by sides its own clause does not name is their commitment (036, the intent
            # rule below), between the sides that agreed
            sources = agreers
        if not sources and not targets and gap is None and (
                told_pair := story_sides(self, trig, sent, resolver, _fighting_before(tok)
                                         if pat.cameo[:2] == "19" else None)) is not None:
            # "A three-day truce was agreed on Monday", "The talks ended without a deal":
            # a clause that names no side tells of the story's pair (nlp.story)
            sources, targets, told_again = told_pair
            pat = replace(pat, id=pat.id + "+story", reciprocal=pat.reciprocal or not targets)
            trig = Trigger(tok, pat, trig.obj)
            unnamed = True
            if told_again is not None and not _own_date(tok):
                restated_meeting = told_again  # (its date and place)
        if gap is None:
            self._note_act(resolver, tok, frozenset({tok.lemma_.lower(), pat.head}), sources,
                           trigger=True)
        if pat.cameo == "019" and agreed_to_act(tok, self._sentence_triggers):
            # "agreed with Putin to revive the grain deal": an intent to cooperate (030), as
            # "agreed to act" is coded, not accord with a view (nlp.screen)
            pat = replace(pat, cameo="030", id=pat.id + "+act", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        why = screened(trig, sent, self._sentence_triggers, sources)
        if why is not None and why.startswith("standing measure (") and (
                _joined_owned_measure(tok, sources)):
            why = None  # ("joined the EU's sanctions": the owner's measure, told as done)
        standing = standing_measure(trig, why)
        if standing:
            # "asked China to lift its ban on seafood": the ban stands (163, roots32)
            pat = replace(pat, cameo="163", id=pat.id + "+standing", refine=None)
            trig = Trigger(tok, pat, trig.obj)
            why = None
        if why is not None and not (
                pat.id == DEADLINE_LEAVE.id and why.startswith("what another side is told")):
            # (an envoy told he has until Monday to leave is sent off by the telling)
            # a standing measure, a kind of act, a refusal to comment, a meeting told again:
            # no (new) event (nlp.screen)
            log.debug("screened out %s at %r: %s", pat.id, tok.text, why)
            return
        if pat.cameo == "074" and forces_sent_to_foe(trig, sent, sources, targets,
                                                     resolver.ctx.events[-40:]):
            log.debug("forces sent to a foe the article told, no aid at %r", tok.text)
            return  # (nlp.screen, prec18)
        if pat.cameo[:2] == "04" and pat.pos == "NOUN" and _urged_meeting(tok):
            # "urged them to start talks": the appeal is the event (02x), the talks it asks
            # for are none (examples/README.md "What a demand, appeal or refusal is about")
            log.debug("urged meeting %r dropped", tok.text)
            return
        accused = warned_preparation(tok) if pat.cameo[:2] == "13" else None
        if accused is not None and sources:
            # "warned that Tehran was preparing to send drones to Moscow": an accusation
            # aimed at the one said to prepare the act (112), not a threat by the warner
            own = {s_.actor.country for s_ in sources}
            targets = [a for a in resolver.resolve(accused) if a.actor.country not in own]
            pat = replace(pat, cameo="112", id=pat.id + "+preparing", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if gap is not None:
            if passive or not sources or not (targets or (
                    gap.role == "again" and pat.reciprocal and len(sources) >= 2)):
                return
            if gap.role == "again":
                pass  # the same parties, at another time and place
            elif gap.role == "object":
                targets = resolver.resolve(gap.actor)
            else:
                sources = resolver.resolve(gap.actor)
        if (pat.cameo[:2] == "12" or pat.cameo == "016") and dismissed_as_negative(tok):
            # "dismissed the report as groundless": disapproval (111), not a rejection; a
            # charge rejected as false ("charges that Washington rejected as false") is the
            # denial of the one charged (016, examples/README.md "Charges denied")
            charged = _rejected_charge(tok)
            pat = replace(pat, cameo="016" if charged else "111",
                          id=pat.id + ("+charge" if charged else "+judged"), refine=None)
            trig = Trigger(tok, pat, trig.obj)
        stopper = aid_stopped(tok) if pat.cameo[:2] == "07" else None
        if stopper is not None:
            # "stopped sending arms to Y", "is no longer supplying drones to Y": the aid was
            # cut (162; protection or asylum ended: 160), an event when the stopping was told
            pat = replace(pat, cameo="162" if pat.cameo[:3] in ("070", "071", "072", "073")
                          else "160", id=pat.id + "+stopped", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo == "100" and sources and all(
                s_.actor.sector == "JUD" or s_.actor.code in COURT_CODES for s_ in sources) and (
                any(c.dep_ == "xcomp" and c.lemma_.lower() in LIABILITY_VERBS for c in kids(tok))):
            # "the Supreme Court ordered the firm to compensate ...": a court's order to pay
            # is its finding of liability (116), not a demand of one side on another (an
            # order to halt or refrain, "ordered Russia to halt", stays a demand)
            pat = replace(pat, cameo="116", id=pat.id + "+court", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "05" and _forces_sent_for(tok) is not None:
            # "sent warships to support Greece", "deployed troops to back the army": forces
            # sent to help a side are that help (074), not support voiced
            pat = replace(pat, cameo="074", id=pat.id + "+forces_sent", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "15" and targets and _deployed_to_protect(tok, targets, resolver):
            # "had based air defence units on Latvian soil to guard it": forces
            # placed on a side's soil to guard that side are military protection (074), no
            # show of force against it (prec29)
            pat = replace(pat, cameo="074", id=pat.id + "+protect", refine=None)
            trig = Trigger(tok, pat, trig.obj)
        if pat.id in ("consult.greet", "consult.meet") and sources and targets and (
                _on_arrival(tok)):
            # "was greeted at the airport by Kim", "met him on arrival": one who arrives is
            # welcomed where the greeter is at home, a hosting (043) and so the guest's visit
            pat = replace(pat, cameo="043", id=pat.id + "+arrival", refine=None,
                          reciprocal=False)
            trig = Trigger(tok, pat, trig.obj)
        intent = intent_code(tok, pat.cameo)
        if intent is None and pat.cameo[:2] in INTENT_BY_ROOT and (
                _agreed_should(tok)) is not None:
            # "agreed that the armies should resume contacts, promptly pull back": what was
            # agreed to be done is the intent (03x), not a deed
            intent = INTENT_BY_ROOT[pat.cameo[:2]]
        # "agreed to send a force to Congo", "is ready to send police to Haiti", "pledged
        # troops to the mission": a deployment announced is the deployment, planned
        # (examples/README.md: forces a side says it will send are planned), not an intent
        forces_pledge = _forces_pledged(tok, pat.cameo, intent)
        if forces_pledge is not None:
            intent = None
        if intent is None and pat.cameo == "051" and _support_in_doing(tok):
            # "the bloc will support both neighbours in settling the row": help promised
            # with a task to come is an intent to cooperate (03x), not support voiced
            intent = "030"
        # "agreed to hold their next summit in Seoul": the meeting agreed on, when it is to be
        # in one party's country, is also the other's planned visit there (below)
        agreed_visit = pat if intent == "036" and pat.cameo[:2] == "04" and (
            pat.refine == "meeting") and gap is None else None
        if intent is not None:
            # CAMEO codes "agreed to resume talks" / "pledged to send aid" as the expression
            # of intent (03x), which did happen, rather than the act agreed on; with no
            # target of its own, it is between the parties that agreed
            pat = replace(pat, cameo=intent, id=pat.id + "+intent", refine=None,
                          reciprocal=True)
            trig = Trigger(tok, pat, trig.obj)
        # (the host of a group phrase: "The leaders discussed ..." after X hosted three)
        host = next((s_.actor.country for s_ in sources if s_.key == HOST_MARK), None)
        # "all three countries", "both countries": the list or pair just named
        sources = listed_group(sources, sent, resolver)
        targets = listed_group(targets, sent, resolver)
        sources = fit_group(sources, targets)
        targets = fit_group(targets, sources, expand=True)
        if not pat.reciprocal and targets:
            # "sanctions imposed on India and Pakistan": the phrase found as the target is no
            # source as well (each of its members would act on the other)
            aimed = {t.actor.start for t in targets if t.actor.start is not None}
            sources = [s for s in sources if s.actor.start is None or s.actor.start not in aimed]
        drills = self.lexicon.classes.get("drills", ())
        drillers = {s.actor.country for s in sources}
        if pat.cameo[:2] == "15" and not targets and (
                len(drillers) == 2 or len(drillers) > 2 and host in drillers) and (any(
                c.dep_ == "amod" and c.lower_ in ("joint", "combined")
                for h in (tok, trig.obj) if h is not None for c in kids(h)) or (
                tok.pos_ == "VERB" and tok.lemma_.lower() in drills) or any(
                c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS
                or c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                for c in kids(tok))):
            # "China and Russia held joint naval drills", "the joint exercise by American
            # and Filipino troops": military cooperation between them, not a show of force;
            # so are drills two sides hold together or with others, aimed at no one, and
            # their patrols ("the largest exercise the two countries have held together",
            # "the drills Indonesian and American troops held with partners", "Russian and
            # Turkish troops will patrol the strip": roots27). Plain "both sides held naval
            # exercises" may be rivals' shows of force and stays 150. A drill of three or
            # more is no cooperation of each pair of them ("joint drills by American, Korean
            # and Japanese warships"), only of a host with each guest (prec27).
            pat = replace(pat, cameo="062", id=pat.id + "+joint", reciprocal=True)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "14" and pat.cameo[:3] != "144" and sources and all(
                s.actor.sector in STATE_SECTORS or _state_named(s) for s in sources):
            # a government "protested": an official protest (111), not a demonstration (but a
            # coast guard installing a barrier obstructs passage, 144: an act)
            pat = replace(pat, cameo="111", id=pat.id + "+official")
            trig = Trigger(tok, pat, trig.obj)
        hub = next((s_ for s_ in sources if s_.actor.country == host), None) if host else None
        if pat.reciprocal and not targets and len(sources) >= 2 and hub is not None:
            # "X hosted the leaders of A, B and C. The leaders discussed ...": the host with
            # each guest (the guests met the host, not necessarily each other)
            pairs = [(hub, b) for b in sources if b is not hub]
        elif pat.reciprocal and not targets and len(sources) >= 2:
            # "the three leaders agreed to ...": every pair of them, in text order; one pair
            # per two countries ("a call between Trump, Netanyahu, Hamdok and Burhan" is one
            # call of each two sides, not one per pair of people)
            pairs, dyads = [], set()
            # "a meeting of France with the four Nordic countries": a named
            # side with each member of a group phrase, not the members with each other (a
            # phrase that names its members pairs them: "the leaders of Togo and Benin")
            phrases = Counter(s_.actor.start for s_ in sources if s_.actor.start is not None)
            one_named = len(phrases) >= 2 and 1 in phrases.values()
            for i, a in enumerate(sources):
                for b in sources[i + 1:]:
                    dyad = frozenset((a.actor.country, b.actor.country))
                    if one_named and a.kind == b.kind == "dyad" and (
                            a.actor.start is not None and a.actor.start == b.actor.start
                            and phrases[a.actor.start] >= 2):
                        continue
                    if dyad not in dyads:
                        dyads.add(dyad)
                        pairs.append((a, b))
            if pat.cameo[:2] == "03" and len(dyads) > 2 and (
                    named := _pair_between(tok, sources, resolver)) is not None:
                # (prec28) "the four ministers agreed to let envoys work on mending ties
                # between Baku and Yerevan": the pair the agreement is about, the others its
                # brokers
                pairs = [pr for pr in pairs
                         if frozenset((pr[0].actor.country, pr[1].actor.country)) == named]
            if pat.cameo[:2] == "03" and len(pairs) == 1 and (
                    mutual_intent(tok) or pat.id.startswith("intent.agree_to+truce") or (
                        pat.cameo[:3] == "035" and any(
                            o is not None and o.lemma_.lower() in TRUCE_WORDS
                            for o in (trig.obj, direct_object(tok))))):
                # "the parties commit to honour each other's frontiers": each side's
                # commitment to the other (nlp.story)
                pairs.append((pairs[0][1], pairs[0][0]))
            elif pat.cameo[:3] == "087" and len(pairs) == 1:
                # "the two armies disengaged": each side pulled back from the other
                pairs.append((pairs[0][1], pairs[0][0]))
        elif not targets and len(sources) == 2 and len({(s_.actor.country, s_.actor.sector)
                                                         for s_ in sources}) == 2 \
                and (each_other(tok) or (trig.obj is not None and trig.obj.lemma_.lower() in (
                    "tie", "ties", "relation", "relations")) or (
                    pat.cameo[:2] == "19" and pat.target == ("with",) and not passive) or (
                    pat.cameo[:2] == "19" and _war_fought_between(tok)) or (
                    _done_together(tok, pat.cameo, passive))):
            # (a force act done "with" another, "A's and B's ships collided", told of both
            # with no "with": each side's against the other)
            # "both sides expelled each other's envoys", "the two countries cut ties" (a tie
            # has two ends): an act one side does to the other, done by both, is done both
            # ways
            pairs = [(sources[0], sources[1]), (sources[1], sources[0])]
            if pat.cameo[:2] == "03" and not each_other(tok):
                # "A and B pledged to work together": a joint intent is one event, from the
                # side named first (examples/README.md, joint intents)
                pairs = pairs[:1]
        elif guests_agreed:
            pairs = [(b, a) for a in sources for b in targets]
        elif _one_with_list(sent, sources, targets):
            pairs = []
        else:
            pairs = [(a, b) for a in sources for b in targets]
            if pat.refine == "meeting" and pat.cameo == "040" and targets and len(
                    {s_.actor.country for s_ in sources}) >= 2:
                pairs += self._cohost_pairs(trig, sent, sources, targets)
        if pat.reciprocal and (pat.cameo[:2] == "19" or pat.id in FACING_IDS):
            # "A and B exchanged fire", "A's troops clashed with B's": each side fought the
            # other (the gold codes both directions)
            pairs = _fought_both_ways(pairs)
        if not pairs and sources and pat.cameo[:2] in HOME_GROUND_ROOTS and (
                pat.cameo[:3] not in PERSON_ASSAULT_CODES) and all(
                s_.actor.sector in ARMED_NON_STATE_SECTORS for s_ in sources):
            pairs = self._home_ground(trig, sources)
        if not pairs and sources and not targets and pat.cameo[:2] == "19" and (
                pat.pos == "NOUN"):
            # "Azerbaijan's offensive in Nagorno-Karabakh": a state's at home (linked30)
            pairs = _home_offensive(self, trig, sources, resolver)
        if pat.cameo[:2] == "03" and len(pairs) == 1 and not targets:
            # (pair31) a group phrase's joint intent: from the side that reports it or
            # issues the readout (examples/README.md, joint intents)
            pairs = joint_order(self, tok, sent, pairs, resolver)
        if not pairs:
            return
        intent_verb = intent_verb_of(tok) if intent is not None else forces_pledge
        decision = decide(intent_verb if intent_verb is not None else stopper or tok,
                          sentence=sent)
        if standing:
            # (the measure is in force when the appeal or the wait is told)
            decision = replace(decision, status=Status.HAPPENED, negated=False, future=False,
                               cue="measure in force")
        if forces_pledge is not None and decision.status in (
                Status.HAPPENED, Status.ONGOING, Status.PLANNED) and not decision.negated:
            # offered or said to be ready: only offered (uncertain); agreed, pledged: planned
            offered = forces_pledge.lemma_.lower() in OFFERING_WORDS or (
                forces_pledge.lower_ in OFFERING_WORDS)
            decision = replace(decision, status=Status.UNCERTAIN if offered else Status.PLANNED,
                               future=True, cue=f"deployment pledged ({forces_pledge.text})")
        if pat.negative and decision.status == Status.DENIED and (
                decision.cue or "").endswith(" not"):
            # "said it did not accept the ruling": the "not" is the refusal the pattern codes,
            # not a denial that something happened
            decision = replace(decision, status=Status.HAPPENED, cue="refused")
        elif pat.negative and decision.status == Status.HYPOTHETICAL and (
                decision.cue or "").lower() in REFUSING_MODALS and refusal(tok) is not None:
            # "Lima would not accept the offer of talks": the "would not" is the refusal
            # stated, not a supposition ("if Lima would not ..." keeps its "if")
            decision = replace(decision, status=Status.HAPPENED, future=False, cue="refused")
        if decision.status == Status.DENIED and _denial_open(tok):
            # "neither confirmed nor denied involvement in the strike": left open
            decision = replace(decision, status=Status.UNCERTAIN, cue="neither confirmed nor "
                               "denied")
        if ranked_doer is not None and decision.status == Status.PLANNED and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in kids(ranked_doer.head)) and (
                ranked_doer.head.i < tok.i):
            # "became the latest state to recognise X": done, as the copula tells (not a
            # plan, as an infinitive would be)
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue="ranked first")
        if stopper is not None and decision.status == Status.ONGOING:
            # "is no longer sending": the aid has stopped
            decision = replace(decision, status=Status.HAPPENED)
        if pat.id == EXPECTED_ID and decision.status in (Status.HAPPENED, Status.ONGOING) and (
                any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBP", "MD")
                    for c in kids(tok))):
            # "is expected in Hanoi on Sunday": the journey lies ahead, as "due in" does
            decision = replace(decision, status=Status.PLANNED, future=True, cue="expected")
        if invitee is not None and decision.status in (Status.HAPPENED, Status.ONGOING,
                                                       Status.PLANNED):
            # (an invited journey is offered, not made nor scheduled: "renewed her invitation
            # to visit")
            decision = replace(decision, status=Status.UNCERTAIN, cue="invited")
        refused = refusal(tok) if pat.cameo[:2] in ("03", "04", "05", "06", "07", "08") and (
            decision.negated or pat.pos == "NOUN") and not pat.negative else None
        if decision.negated and not pat.negative and refused is None:
            return
        if refused is not None:
            # "Britain will not lift the ban on the group", "said they would not accept
            # concessions": the refusal, stated when it was said (12x)
            code = REFUSAL_CODES.get(pat.cameo[:3]) or REFUSAL_CODES[pat.cameo[:2]]
            pat = replace(pat, cameo=code, id=pat.id + "+refused", refine=None,
                          reciprocal=False)
            trig = Trigger(tok, pat, trig.obj)
            decision = replace(decision, status=Status.HAPPENED, negated=False, future=False,
                               cue=f"refused ({refused})")
        # the two guests of a host, hosted for a meeting ("hosted the summit with A and B",
        # "hosted A and B for talks"; not three or more: a summit's many guests are each the
        # host's, not one another's; nor two guests hosted, perhaps apart)
        guests = None
        negotiated = False
        if pat.cameo == "043" and intent is None and tok.pos_ == "VERB" \
                and tok.lemma_.lower() == "host" and len(sources) == 1 and (any(
                    n is not None and n.lemma_.lower() in MEETING_WORDS
                    for n in (trig.obj, direct_object(tok), prep_obj(tok, ("for",)))) or (
                    prep_obj(tok, ("with",)) is not None)):
            firsts = list({t_.actor.country: t_ for t_ in reversed(targets)}.values())[::-1]
            if len(firsts) == 2 and sources[0].actor.country not in {
                    t_.actor.country for t_ in firsts}:
                guests = firsts
                negotiated = _negotiation_noun(prep_obj(tok, ("for",)) or direct_object(tok))
        accuser = alleged_by(tok)
        if accuser is not None and decision.status in (Status.HAPPENED, Status.ONGOING):
            # "accused the West of containing and suppressing China": the content of an
            # accusation is alleged, not an act the text reports as done
            decision = replace(decision, status=Status.UNCERTAIN,
                               cue=f"alleged ({accuser.text})")
        if pat.pos == "NOUN" and decision.status == Status.HAPPENED and refused is None and \
                governing_verb_negated(tok):
            # "had not created the atmosphere for dialogue": no dialogue took place
            return
        if (intent is None and decision.status == Status.PLANNED and decision.cue in (
                "would", "will", "'ll") and pat.cameo[:2] in REPORTED_INTENT_ROOTS
                and not (pat.cameo in TIES_CODES and tok.lemma_.lower() in TIES_VERBS)
                and pat.cameo != "074" and decision.attributed_to is not None
                and not self._said_by_other_side(decision.attributed_to, resolver,
                                                  [*sources, *targets])):
            # (ties said to be restored stay the restoring, planned: "said they would restore
            # relations"; an embassy said to be opened is an intent, 03; nor is another
            # side's forecast the actor's word: "Ankara said Stockholm would extradite them")
            # "Japan said it would lift the restrictions": CAMEO codes the announced
            # intention (035), which happened when it was said; "said Beijing would take
            # resolute measures" is a threat (13x) made then, "said it would cooperate with
            # Seoul" an intent (03x) expressed then
            code = pat.cameo if pat.cameo[:2] in ("03", "13") else INTENT_BY_ROOT[pat.cameo[:2]]
            pat = replace(pat, cameo=code, id=pat.id + "+announced", refine=None)
            trig = Trigger(tok, pat, trig.obj)
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue=f"announced ({decision.cue})")
        if (intent is None and decision.status == Status.HYPOTHETICAL and decision.cue in (
                "could", "can") and pat.cameo[:2] in REPORTED_INTENT_ROOTS - {"13"}
                and self._said_by_own_side(tok, decision.attributed_to, resolver, sources)):
            # "Putin said Moscow could help Pyongyang build satellites": a side's own word
            # that it could act is an offer (03x), tentative (another's guess is no event)
            code = pat.cameo if pat.cameo[:2] == "03" else INTENT_BY_ROOT[pat.cameo[:2]]
            pat = replace(pat, cameo=code, id=pat.id + "+offered", refine=None)
            trig = Trigger(tok, pat, trig.obj)
            decision = replace(decision, status=Status.UNCERTAIN, future=False,
                               cue=f"offered ({decision.cue})")
        cue_word = ((decision.cue or "").split()[-1:] or [""])[0].lower()
        if pat.cameo[:2] == "03" and decision.status in (Status.PLANNED, Status.UNCERTAIN) and (
                cue_word in INTENT_CUES or (decision.attributed_to is not None
                                            and cue_word in SAID_INTENT_CUES
                                            and not self._said_by_other_side(
                                                decision.attributed_to, resolver,
                                                [*sources, *targets]))):
            # "is committed to keeping open lines of communication", "wants more regular
            # contact": the commitment is the event (an expressed intent), and it was expressed
            # (by the side itself: "US officials said Israel would agree to a truce" is no
            # word of Israel's)
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue=f"intent expressed ({decision.cue})")
        brought_about = False
        if pat.cameo == "045" and pat.pos == "NOUN" and decision.status in (
                Status.HAPPENED, Status.PLANNED, Status.UNCERTAIN) and _mediation_as_cause(tok):
            # "thanks to its mediation, the truce will begin on Friday": the outcome
            # lies ahead, the mediation that brought it about is done
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue="brought about")
            brought_about = True
        decision = stated_when_told(pat.cameo[:2], decision,
                                    intent_verb if intent_verb is not None else tok)
        status = decision.status
        # "hopes soon to welcome the two presidents in Paris, no date fixed yet": a
        # hosting looked forward to with its date left open is an invitation (036, as
        # examples/README.md "Invitations" codes it; the guests' journey 042 uncertain beside
        # it); with a time set ("later this year") it stays the hosting, planned
        # "Kiir said his government would resume the talks with the armed groups", "the two
        # announced that they would begin negotiations": the side's own word that it will set
        # talks going is its commitment to negotiate (036, expressed when said) beside the
        # talks planned (as the gold sets code it; roots27)
        pledged_talks = pat.cameo[:2] == "04" and intent is None and refused is None and (
            status == Status.PLANNED and decision.attributed_to is not None
            and talks_started(tok) is not None and not self._said_by_other_side(
                decision.attributed_to, resolver, [*sources, *targets]))
        invitation = pat.cameo == "043" and intent is None and status == Status.UNCERTAIN and (
            (wish := intent_verb_of(tok)) is not None and wish.lemma_.lower() == "look")
        tense = tense_of(tok, decision.future, status)
        told_before = next((r_.key[6:] for r_ in sources if r_.key and r_.key.startswith(
            "event:")), None)
        # the event's own clause first, then the clauses that govern it (resolve.event_dates);
        # an expressed intent ("agreed to hold talks in the coming weeks") is dated by the
        # agreeing, not by the act agreed on
        when = intent_verb if intent_verb is not None else tok
        if gap is not None:
            # a gapped clause has its own time: "and Raimondo in August"
            edate = trigger_date(gap.token, sent, clause_text(sent, gap.start, gap.end),
                                 article.published, tense, future=decision.future)
            if edate.precision in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
                clause = governing_clause_text(when, sent)
                edate = trigger_date(when, sent, clause, article.published, tense,
                                     future=decision.future)
        else:
            clause = governing_clause_text(when, sent)
            edate = trigger_date(when, sent, clause, article.published, tense,
                                 future=decision.future)
        if tour_stops and edate.precision == DatePrecision.DAY and edate.value:
            # "met X today, the last stop of a four-country tour that also took him to A and
            # B": the other stops came on the days before, in the tour's week, not today
            year, week, _day = date.fromisoformat(edate.value).isocalendar()
            edate = EventDate(f"{year}-W{week:02d}", DatePrecision.WEEK, edate.text)
        if brought_about and article.published and edate.value and ends_after(
                edate.value, article.published):
            # (the outcome's date is not the mediation's: it was done by the telling)
            edate = EventDate(article.published.isoformat(), DatePrecision.PUBLICATION, None)
        if (status == Status.HAPPENED and article.published and edate.value
                and pat.cameo[:2] not in STATED_ROOTS
                and edate.precision not in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN)
                and ends_after(edate.value, article.published)):
            status = Status.PLANNED
            decision = type(decision)(Status.PLANNED, "future date", decision.negated, True,
                                      decision.attributed_to, decision.anonymous)
        prior = resolver.event_by_id(told_before) if told_before else None
        if prior is not None and prior.status == Status.UNCERTAIN and pat.pos == "NOUN" and (
                status in (Status.HAPPENED, Status.PLANNED)) and not _own_date(tok):
            # "No date has been given for the visit", "the dates of that visit will be
            # agreed": the clause tells how a journey left open is being arranged, not that
            # it took place or is fixed; the noun restates it as it stands (uncertain)
            status = Status.UNCERTAIN
        if prior is not None and prior.status.group != status.group and (
                status != Status.CANCELLED):
            # "the talks will be led by ..." after talks that happened: other talks, whose
            # parties the sentence does not name
            return
        # "The summit was made possible by Seoul's announcement earlier this month", "In his
        # talks with Wang, he raised the sanctions imposed in 2021": an event noun that names
        # no time of its own restates the event the article told, and takes its date, not
        # one of another phrase of the sentence
        # (one event: not "the visits", several; "talks" are one meeting; not the object of
        # a verb that tells it: "held talks", "ended her visit")
        restated = pat.pos == "NOUN" and gap is None and (
            tok.tag_ == "NN" or tok.lower_ == "talks") and tok.dep_ in (
            "nsubj", "nsubjpass", "pobj") and not _own_date(tok)
        told = self._told_meeting(resolver, pat, pairs, status, [prior] if prior is not None
                                  else None) if restated else None
        if told is not None:
            edate = told.date
        elif prior is not None and edate.precision in (DatePrecision.PUBLICATION,
                                                       DatePrecision.UNKNOWN):
            # "the trip", "the meeting" told before: the same event, with its date
            edate = prior.date
        if restated_meeting is not None:
            edate = restated_meeting.date
        # a place aimed at ("shelled Kharkiv") comes before the dateline
        aimed = any(t.kind == "place" for t in targets)
        location = self._location(trig, sent, targets, None if aimed else dateline_place,
                                  [*sources, *resolver.ctx.ranked[:3]])
        if pat.id.endswith("+arrival") and location is not None and location.country not in {
                s_.actor.country for s_ in sources}:
            # (one greeted on arrival is in the greeter's country: a dateline's city elsewhere
            # is where the story was filed, not where the guest landed)
            location = None
        if gap is not None and gap.role == "object" and gap.actor.ent_type_ in ("GPE", "LOC"):
            # "visited Beijing in May, and Washington in June": the second visit's own place
            location = self.gazetteer.lookup(gap.actor.text) or location
        if gap is not None and gap.role == "again":
            # "..., and earlier in May at the G7 summit in Hiroshima": the remnant's place
            where = next((t for t in sent.doc[gap.start: gap.end]
                          if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj"), None)
            location = (self.gazetteer.lookup(where.text) if where is not None else None
                        ) or location
        if prior is not None and location is None:
            location = prior.location
        if unnamed and location is not None:
            # (talks of the story's pair are where their own clause puts them, not where
            # the officials who tell of them are: "..., officials in Bishkek said")
            own = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
            if location.name not in sent.doc[own.left_edge.i: own.right_edge.i + 1].text:
                location = None
        if restated_meeting is not None and location is None:
            location = restated_meeting.location
        attribution = None
        if decision.attributed_to is not None:
            speakers = resolver.resolve(decision.attributed_to, follow=False)
            name = speakers[0].actor.name or speakers[0].actor.text if speakers else None
            attribution = Attribution(name or noun_phrase(decision.attributed_to),
                                      decision.anonymous)
        coded_pairs: set[tuple[str | None, str | None]] = set()
        many_met = len({id(s_) for s_, _t in pairs}) > 1 and len({id(t_) for _s, t_ in pairs}) > 1
        for s, t in pairs:
            # (coded at the event's date first: the same force may have stood on one side then)
            s, t = self._at_event_date(s, edate), self._at_event_date(t, edate)
            if s.actor.code == t.actor.code or not (s.actor.country and t.actor.country):
                continue
            if (s.actor.code, t.actor.code) in coded_pairs and many_met:
                # "Blinken and Austin met Hayashi and Hamada": one meeting of two delegations,
                # not one per pair of ministers (one met by two is still told twice)
                continue
            coded_pairs.add((s.actor.code, t.actor.code))
            if s.actor.country == t.actor.country and not domestic_pair(
                    s.actor.sector, t.actor.sector, pat.cameo):
                # domestic events (a minister visiting a factory at home) are outside
                # what detente tracks: relations between countries and organizations, and
                # between a state and the rebels, separatists or crowds that face it
                continue
            loc = agent_places.get(s.actor.start, location)
            if (len(targets) > 1 and location is not None and t.kind in ("country", "metonym")
                    and t.actor.country != location.country and pat.cameo[:3] == "042"):
                # "visited France, Italy and Hungary": each visit is in its own country (a
                # mediation or talks between two parties stay where they were held)
                loc = self.gazetteer.lookup(t.actor.text or "", [t.actor.country or ""]) or loc
            if t.kind == "place" and t.actor.text and len(targets) > 1 and (
                    pat.cameo[:2] == "04"):
                # "to visit a plant in Kazan and the port of Vladivostok": each its own place
                loc = self.gazetteer.lookup(t.actor.text, [t.actor.country or ""]) or loc
            if loc is None and t.kind == "place" and t.actor.text:
                # "shelled Kharkiv": the place aimed at is where it happened
                loc = self.gazetteer.lookup(t.actor.text, [t.actor.country or ""])
            if loc is None and aimed and dateline_place:
                loc = self.gazetteer.lookup(dateline_place, [t.actor.country or ""])
            made = self._make_event(trig, sent, article, s, t, status, decision.cue,
                                    edate, loc, attribution,
                                    gap.token if gap is not None and gap.role == "again"
                                    else None)
            if made.cameo == "043" and pat.cameo == "043" and intent is None and (
                    refused is None) and not guests_agreed and (
                    visit := self._guest_visit(made, trig, s, sent, article, t.kind)) is not None:
                visit = again_told(visit, gap)  # (dir30: the visit at the repeated time)
                # "Sunak hosted von der Leyen in Windsor", "Trudeau was received by Lopez
                # Obrador": a guest hosted in the host's country made a visit there (042,
                # examples/README.md: the visit, and the hosting where the text frames it
                # so; a meeting coded 043 only by its place is not framed as hosting);
                # told first, so that the hosting, which names the host, is the story's
                # latest ("his host" in the next sentence)
                self._visits_told[made.event_id] = visit.event_id
                yield visit
            elif made.cameo == "044" and pat.cameo == "043" and pat.refine == "meeting" and (
                    intent is None and refused is None and not guests_agreed) and (
                    visit := self._guest_visit(replace(made, cameo="043", location=None), trig,
                                               s, sent, article, t.kind)) is not None:
                # a hosting coded abroad only by its first place (the dateline's): the visit it
                # tells should the place move to the host's country
                self._visits_if_home[made.event_id] = visit
            if invitation and made.cameo == "043":
                invite = replace(pat, cameo="036", id=pat.id + "+invitation", refine=None)
                made = self._make_event(Trigger(tok, invite, trig.obj), sent, article, s, t,
                                        Status.HAPPENED, "invited", edate, loc, attribution)
            if made.cameo[:3] == "057" and intent is None and refused is None and (
                    signed_visit := self._signing_visit(made, trig, s, t, sent, article)):
                # "the two foreign ministers signed the protocol in Sofia": the signer from
                # abroad came to the host's country to sign (042, as a meeting during a visit)
                yield signed_visit
            yield made
            if pledged_talks:
                pledge = replace(pat, cameo="036", id=pat.id + "+pledged", refine=None)
                # (both said it, no partner named: "the two announced that they would ...":
                # each one's word)
                both = pat.reciprocal and not any(
                    prep_obj(h, ("with",)) is not None
                    for h in (tok, talks_started(tok)) if h is not None)
                for a, b in ((s, t), (t, s)) if both else ((s, t),):
                    yield self._make_event(Trigger(tok, pledge, trig.obj), sent, article, a, b,
                                           Status.HAPPENED, "announced", edate, loc,
                                           attribution)
            if guests is not None and t.actor.country == guests[0].actor.country:
                # "Mexico hosted the summit with Biden and Trudeau", "Borrell hosted Vucic and
                # Kurti for a meeting": the two guests met each other as well
                # (hosted "for indirect talks", "for negotiations": the guests negotiated,
                # 046; each still came to the host, whose hosting the sentence tells)
                met = replace(pat, cameo="046", id=pat.id + "+guests_negotiate", refine=None,
                              reciprocal=True) if negotiated else replace(
                    pat, cameo="040", id=pat.id + "+guests", refine="meeting")
                yield again_told(self._make_event(
                    Trigger(tok, met, trig.obj), sent, article, guests[0], guests[1], status,
                    decision.cue, edate, location, attribution), gap)  # (dir30)
                guests = None
            if agreed_visit is not None and status == Status.HAPPENED and (
                    visit := self._agreed_visit(tok, sent, s, t, loc)) is not None:
                visitor, host_side, where = visit
                code = replace(agreed_visit, cameo="042", id=agreed_visit.id + "+agreed_visit")
                when = trigger_date(tok, sent, governing_clause_text(tok, sent),
                                    article.published, "future", future=True)
                yield self._make_event(Trigger(tok, code, trig.obj), sent, article, visitor,
                                       host_side, Status.PLANNED, decision.cue, when, where,
                                       attribution)

    @staticmethod
    def _recalled_alike(sent: Span, resolver: ActorResolver,
                        sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """The side another recall of the same sentence was from, when ``sources`` (who
        called an envoy home, naming nobody) are of another country than its maker."""
        prior = resolver.last_event(("16",))
        own = {s_.actor.country for s_ in sources}
        if prior is None or prior.source is None or prior.target is None or not (
                sent.start_char <= prior.evidence.start < sent.end_char) or (
                prior.source.country in own or prior.target.country in own):
            return []
        return [ResolvedActor(prior.target, "coref")]

    def _time_phrase_party(self, noun: Token, resolver: ActorResolver,
                           targets: list[ResolvedActor]
                           ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        """The one who held a meeting told in a time phrase of a clause: "After talks with
        Li Qiang, Scholz said ...", "Following his visit to Riyadh, the minister flew on
        to ...", "Speaking ahead of a meeting with Biden, Lula ..." -- the clause's subject
        (the meeting noun names only the other side); with the targets less that subject
        where the parser took it for an apposition of the last name of the phrase."""
        none: tuple[list[ResolvedActor], list[ResolvedActor]] = ([], targets)
        if noun.dep_ != "pobj":
            return none
        prep = noun.head
        if prep.lower_ == "of" and prep.head.lower_ == "ahead":
            prep = prep.head  # "ahead of talks with X"
        verb = prep.head
        if prep.lower_ not in TIME_PHRASE_PREPS or verb.pos_ not in ("VERB", "AUX"):
            return none
        third: list[ResolvedActor] = []
        for t in noun.doc[noun.i + 1: min(noun.i + 10, sent_of(noun).end)]:
            if t.is_punct:
                break
            if t.lower_ == "by" and t.head.dep_ == "acl" and t.head.head.i == noun.i and (
                    who := child(t, ("pobj",))) is not None:
                # "after talks mediated by Lavrov", "hosted by Egypt": a third party, none
                # of those who met
                third = resolver.resolve(who)
                break
            if t.lower_ == "by":
                # ("after a visit to Seoul in May by the defence secretary", the by-phrase hung
                # elsewhere: the visitor is named, and is not the clause's subject)
                return none
        subj = self._clause_doer(verb)
        if subj is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            # "After the meeting with Premier Li, Chancellor Scholz said ...", parsed with
            # the chancellor as an apposition of the premier: the clause's lost subject
            subj = next((a for a in noun.subtree if a.dep_ == "appos" and a.pos_ == "PROPN"
                         and a.right_edge.i == verb.i - 1 and a.left_edge.i > noun.i
                         and a.doc[a.left_edge.i - 1].text == ","), None)
            if subj is not None:
                lost = range(subj.doc[subj.left_edge.i].idx, subj.idx + len(subj.text))
                targets = [t for t in targets if t.actor.start not in lost]
        if subj is None:
            return none
        taken = {t.actor.country for t in [*targets, *third]}
        found = [a for a in fit_group(resolver.resolve(subj), [*targets, *third],
                                      expand=bool(third))
                 if a.actor.country and a.actor.country not in taken]
        if not targets and (len({a.actor.country for a in found}) < 2 or any(
                c.dep_ in ("compound", "amod", "nmod", "poss") and (
                    c.pos_ == "PROPN" or c.ent_type_) for c in kids(noun))):
            # ("After talks in Geneva, Iran said ...": with whom, the phrase does not say;
            # "set up a committee after the Al-Ula summit": a named gathering of many;
            # but "Ethiopia and Eritrea signed a deal after talks": with each other)
            return none
        return found, targets

    @staticmethod
    def _agreers(tok: Token, resolver: ActorResolver) -> list[ResolvedActor]:
        """The two or more sides that agreed to the meeting ``tok`` tells in a clause of its
        own ("A and B agreed that the commanders will meet"): the subject of "agree" whose
        reported clause, told of the future, holds it, when they are of two countries."""
        verb = intent_verb_of(tok)
        if verb is None or verb.lemma_.lower() != "agree" or tok.dep_ != "ccomp" or (
                tok.head.i != verb.i):
            return []
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        found = [a for a in resolver.resolve(subj) if a.actor.country] if subj is not None else []
        return found if len({a.actor.country for a in found}) >= 2 else []

    def _agreed_visit(self, tok: Token, sent: Span, s: ResolvedActor, t: ResolvedActor,
                      loc: Location | None
                      ) -> tuple[ResolvedActor, ResolvedActor, Location] | None:
        """The visit a meeting agreed on makes, as (visitor, host, place): "agreed that
        Chile would host their next summit" (the host is the verb's subject), "agreed to hold
        the next meeting in Tokyo" (the host is the party whose country the place the
        sentence names is in; not a place read as a party's town only for the parties' sake:
        "meet again in Geneva")."""
        if tok.lemma_.lower() == "host":
            subj = child(tok, ("nsubj",))
            host_side, visitor = (s, t) if subj is not None and s.actor.start is not None and (
                subj.left_edge.idx <= s.actor.start <= subj.idx) else (t, s)
            where = self.gazetteer.country(host_side.actor.country) if (
                host_side.actor.country) else None
            return (visitor, host_side, where) if where is not None else None
        if loc is None or loc.country not in (s.actor.country, t.actor.country):
            return None
        # (the meeting's own place phrase: "hold the next round in Canberra", not a country
        # named elsewhere in the sentence)
        hosts = [tok]
        noun = direct_object(tok)
        for _ in range(3):  # "the next round of the strategic dialogue in Canberra"
            if noun is None:
                break
            hosts.append(noun)
            noun = prep_obj(noun, ("of",))
        named = next((p for h in hosts for c in kids(h) if c.dep_ == "prep"
                      and c.lower_ == "in" for p in kids(c) if p.dep_ == "pobj"
                      and p.ent_type_ in ("GPE", "LOC", "FAC")), None)
        if named is None or named.text not in loc.name:
            return None
        plain = self.gazetteer.lookup(loc.name)
        if plain is None or plain.country != loc.country:
            return None
        return (s, t, loc) if t.actor.country == loc.country else (t, s, loc)

    @staticmethod
    def _mediator_parties(noun: Token, resolver: ActorResolver
                          ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        """The mediator and the two sides of "a mediator between A and B": the one the noun
        stands beside ("Qatar, a mediator between ..."), who serves as it ("Ruto served as
        the mediator ..."; "his role as mediator": the role's holder), or whose mediator it
        is ("the AU's mediator"); no guess otherwise."""
        between = prep_obj(noun, ("between",))
        named = [between, *between.conjuncts] if between is not None else []
        if len(named) == 1 and (of := prep_obj(named[0], ("of",))) is not None:
            named += of.conjuncts  # "between the Republic of the Congo and Rwanda"
        sides: list[ResolvedActor] = []
        for side in named:
            sides += [a for a in resolver.resolve(side) if a not in sides]
        who = None
        if noun.dep_ == "appos":
            who = noun.head
        elif noun.dep_ == "attr":
            who = child(noun.head, ("nsubj",))
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
            holder = noun.head.head
            who = child(holder, ("nsubj", "nsubjpass")) if holder.pos_ in ("VERB", "AUX") \
                else child(holder, ("poss",))
        if who is None:
            who = child(noun, ("poss",))
        if who is None:
            return [], []
        if who.pos_ == "PRON":
            # "thanked President Lourenco for his role as mediator": the person named last
            # before the pronoun
            who = next((t for t in reversed(noun.doc[sent_of(noun).start: who.i])
                        if t.ent_type_ == "PERSON" and t.dep_ != "compound"), None)
            if who is None:
                return [], []
        mediators = [a for a in resolver.resolve(who)
                     if a.actor.country not in {s_.actor.country for s_ in sides}]
        return (mediators, sides) if mediators and len(sides) >= 2 else ([], [])

    def _cohost_pairs(self, trig: Trigger, sent: Span, sources: Sequence[ResolvedActor],
                      targets: Sequence[ResolvedActor]
                      ) -> list[tuple[ResolvedActor, ResolvedActor]]:
        """"the ministers of A, B and C met D's minister in A's capital": the co-attendees
        of one side meet each other only as guests of the one among them whose country
        the meeting is held in (each guest to the host; no pair between two guests). The
        sentence's own place only (not the dateline's)."""
        met = {t.actor.country for t in targets}
        loc = self._location(trig, sent, [], None, list(sources))
        if loc is None or not loc.country or loc.country in met:
            return []
        hub = next((s_ for s_ in sources if s_.actor.country == loc.country), None)
        if hub is None:
            return []
        seen: set[str | None] = {loc.country}
        pairs = []
        for s_ in sources:
            if s_.actor.country not in seen and s_.actor.country not in met:
                seen.add(s_.actor.country)
                pairs.append((s_, hub))
        return pairs

    def _hosted_gathering_place(self, sent: Span) -> Location | None:
        """The place of a gathering told as to be hosted ("the summit will be hosted by X
        in Jeddah") in this sentence or the few before it (at most 150 tokens back)."""
        doc = sent.doc
        for tok in reversed(doc[max(0, sent.start - 150): sent.end]):
            if tok.lemma_.lower() != "host" or tok.tag_ != "VBN" or not is_passive(tok):
                continue
            subj = child(tok, ("nsubjpass",))
            # ("hosted by the Kingdom of X in Jeddah": the place phrase may hang on the host)
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            place = prep_obj(tok, ("in", "at")) or (
                prep_obj(agent, ("in",)) if agent is not None else None)
            if subj is None or place is None or subj.lemma_.lower() not in OCCASION_NOUNS or (
                    not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would")
                            for c in kids(tok))):
                continue
            loc = self.gazetteer.lookup(place.text)
            if loc is not None and loc.country:
                return loc
        return None

    def _forces_host(self, resolver: ActorResolver, own: set[str | None]
                     ) -> ResolvedActor | None:
        """The state the story last put forces of ``own`` in: the target of its latest
        sending of forces (074) or withdrawal (087), or the side that demanded they leave
        (1056 aimed at them)."""
        for ev in reversed(resolver.ctx.events[-20:]):
            if ev.source is None or ev.target is None:
                continue
            if ev.cameo[:3] in ("074", "087") and ev.source.country in own:
                host = ev.target
            elif ev.cameo == "1056" and ev.target.country in own:
                host = ev.source
            else:
                continue
            if host.country and host.country not in own and len(host.country) == 3:
                return ResolvedActor(replace(host, code=host.country, sector=None), "country")
        return None

    def _left_body(self, tok: Token, sent: Span, resolver: ActorResolver,
                   sources: Sequence[ResolvedActor]) -> ResolvedActor | None:
        """The international body a state's withdrawal, exit or departure noun with no
        "from" or "of" phrase leaves ("Kiribati announced its withdrawal"): one the sentence
        names, else the latest the story told in an event with the state, else the last one
        it named before. None when the leaver is not a state or forces, a mission or staff
        are in the sentence ("the withdrawal of its troops": 087)."""
        own = {s_.actor.country for s_ in sources}
        if not own <= set(self.kb.country_codes) or any(
                s_.actor.sector not in (None, "", "GOV") for s_ in sources) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "from", "out") for c in kids(tok)) or any(
                self._of_class(t_, "@forces") or t_.lower_ in BODY_LEAVE_NOT
                for t_ in sent) or self._forces_host(resolver, own) is not None:
            return None
        for ent in sent.ents:
            for a in resolver.resolve(ent.root):
                if a.actor.country in self.kb.igo_codes:
                    return a
        for ev in reversed(resolver.ctx.events[-20:]):
            if ev.source is None or ev.target is None:
                continue
            for mine, other in ((ev.source, ev.target), (ev.target, ev.source)):
                if mine.country in own and other.country in self.kb.igo_codes:
                    return ResolvedActor(replace(other, text=None, start=None, end=None),
                                         "implicit")
        for ent in reversed([e for e in sent.doc.ents if e.end <= sent.start][-40:]):
            igo = next((e for e in self.kb.find(ent.text) if e.kind == "igo"
                        and e.country in self.kb.igo_codes), None)
            if igo is not None:
                return ResolvedActor(Actor(None, igo.name, igo.code, igo.country, igo.sector),
                                     "implicit")
        return None

    def _story_host(self, tok: Token, sent: Span, resolver: ActorResolver,
                    sources: Sequence[ResolvedActor]) -> ResolvedActor | None:
        """The state the story last sent forces to (074) or saw the same side's forces
        leave (087: "Kenyan troops flew out of Goma ... Kenya deployed the first troops";
        another side's withdrawal is no invitation), when it is none of ``sources``' own and the
        deploying verb's sentence names no place of its own (a GPE or LOC after a
        preposition): forces deployed with no place named go there."""
        if any(e.label_ in ("GPE", "LOC") and e.root.dep_ == "pobj" for e in sent.ents) or any(
                c.dep_ == "prep" and c.lower_ in HOSTED_DEPLOY_PREPS and any(
                    p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in kids(c))
                for c in kids(tok)):
            return None  # ("near the border": a place of its own; "in November" is none)
        obj = direct_object(tok)
        forces = self.lexicon.classes.get("sent_forces", ())
        if not any(w is not None and (w.lemma_.lower() in forces or w.lower_ in forces)
                   for w in (obj, self._subject(tok))):
            return None  # ("deployed the first troops", "troops began deploying")
        own = {s_.actor.country for s_ in sources}
        host = next((ev.target for ev in reversed(resolver.ctx.events[-20:])
                     if ev.target is not None and (ev.cameo[:3] == "074" or (
                         ev.cameo[:3] == "087" and ev.source is not None
                         and ev.source.country in own))), None)
        if host is None or not host.country or host.country in own:
            return None
        return ResolvedActor(host, "country")

    def _attended_host(self, trig: Trigger, sent: Span, resolver: ActorResolver,
                       sources: Sequence[ResolvedActor], dateline_place: str | None
                       ) -> list[ResolvedActor]:
        """The country a gathering attended is held in, when it is not the attendee's own:
        the sentence's place ("attended the summit in Riyadh"), else where the story last
        put a meeting of the attendee's country (the state visit the summit fell in; the
        dateline's place when it is one of those). Only states attend so (not "business
        leaders attending")."""
        own = {s_.actor.country for s_ in sources}
        if not all((s_.kind in ("person", "country", "metonym") or s_.kind == "agent" and (
                trig.pattern.id in BARE_ATTEND_IDS)) and s_.actor.country
                   and len(s_.actor.country) == 3 for s_ in sources):
            return []
        loc = self._location(trig, sent, [], None, list(sources))
        if loc is None and trig.token.tag_ in ("VBD", "VBN"):
            scene = [ev.location for ev in reversed(resolver.ctx.events[-30:])
                     if ev.root == "04" and ev.location is not None
                     and ev.status.group == Status.HAPPENED.group
                     and own & {ev.source.country if ev.source else None,
                                ev.target.country if ev.target else None}]
            filed = self.gazetteer.lookup(dateline_place) if dateline_place else None
            # (the dateline's place when the story put the attendee there; a stop on the way
            # told after the arrival is not where the summit was)
            loc = filed if filed is not None and any(
                x.country == filed.country for x in scene) else next(iter(scene), None)
        if loc is None:
            # "attended in person", "would attend": the gathering the story last told held
            # abroad (a summit, a meeting hosted), in the tense group of the attending
            verb = trig.token
            above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            past = verb.tag_ in ("VBD", "VBN") or verb.tag_ == "VBG" and verb.dep_ in (
                "advcl", "acl") and above is not None and above.tag_ in ("VBD", "VBN")
            loc = next((ev.location for ev in reversed(resolver.ctx.events[-20:])
                        if ev.root == "04" and ev.location is not None
                        and ev.location.country and ev.location.country not in own
                        and GATHERING_RULE_WORDS & set(
                            (ev.rule or "").split("+")[0].split(".")[-1].split("_"))
                        and (ev.status.group == Status.HAPPENED.group) == past), None)
        if loc is None and trig.token.tag_ not in ("VBD", "VBN"):
            # "the next summit will be hosted by X in Jeddah ... Y could take part": the
            # gathering told as hosted (no event of the host with the body whose it is)
            loc = self._hosted_gathering_place(sent)
        if loc is None and trig.pattern.id == TAKE_PART_BARE.id:
            # "X is to attend a summit in the Kazakh capital ... the Armenian leader won't
            # take part": the host of the gathering just told, though no place was named
            host = next((ev.target for ev in reversed(resolver.ctx.events[-8:])
                         if ev.root == "04" and ev.target is not None
                         and ev.target.country and ev.target.country not in own
                         and ev.target.country in self.kb.country_codes
                         and GATHERING_RULE_WORDS & set(
                             (ev.rule or "").split("+")[0].split(".")[-1].split("_"))
                         and ev.status.group != Status.HAPPENED.group), None)
            if host is not None:
                return [ResolvedActor(replace(host, start=None, end=None), "place")]
        if loc is None or not loc.country or loc.country in own or any(
                ev.root == "04" and ev.evidence.start == sent.start_char
                and {ev.source.country if ev.source else None,
                     ev.target.country if ev.target else None} & own
                and loc.country in (ev.source.country if ev.source else None,
                                    ev.target.country if ev.target else None)
                for ev in resolver.ctx.events[-8:]):
            # (nor a second time: "is due in Brasilia to meet Lula before attending a G20
            # meeting in Rio" is one trip)
            return []
        return [ResolvedActor(Actor(text=loc.name, name=None, code=loc.country,
                                    country=loc.country, sector=None), "place")]

    def _mediated_parties(self, tok: Token, resolver: ActorResolver,
                          mediators: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """The parties a mediation was between when its own phrase names none: the subject
        of the clause it led to ("Ethiopia and Eritrea signed a deal after talks mediated
        by the UAE", "Armenia and Azerbaijan agreed to swap prisoners in a deal brokered by
        Russia", "Thanks to Turkish mediation, Kyiv and Moscow swapped prisoners")."""
        noun = tok.head if tok.pos_ == "VERB" and tok.dep_ == "acl" else tok
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in MEDIATION_EFFORT_NOUNS:
            noun = noun.head  # "as the outcome of its mediation role, ..."
        if noun.pos_ not in ("NOUN", "PROPN") or not (
                noun.dep_ == "pobj" or noun.dep_ == "dobj"
                and noun.head.lemma_.lower() in MEDIATED_OUTCOME_VERBS):
            # ("Talks mediated by Qatar ended": the phrase names no party; "Russia quit the
            # grain deal brokered by Turkey": quitting is no party's word on who mediated)
            return []
        own = {m.actor.country for m in mediators}
        cur = governing_verb(noun, 4, ("nsubj", "nsubjpass", "relcl", "acl"))
        if cur is not None and cur.dep_ == "acl" and cur.tag_ == "VBN" and (
                cur.head.dep_ == "pobj") and not (
                (doer := self._clause_doer(cur)) is not None and any(
                    a.actor.country not in own for a in resolver.resolve(doer))):
            # "at the end of negotiations held in Doha with the mediation of Qatar, A and B
            # agreed ...": the talks' phrase hangs on the clause whose doer are the parties
            cur = governing_verb(cur.head, 8, ("nsubj", "nsubjpass", "relcl"))
        if cur is None:
            return []
        subj = self._clause_doer(cur)
        if subj is None or subj.i in {t.i for t in noun.subtree}:
            return []
        found = [a for a in resolver.resolve(subj) if a.actor.country not in own]
        if not found and subj.pos_ == "NOUN" and (
                pair := self._agreed_between(cur, subj, resolver, own)):
            # "thanks to its mediation, the ceasefire agreed between A and B will
            # start": the pair the clause's outcome was agreed between
            return pair
        subj = self._subject(cur) if not found else None
        if subj is not None and subj.lemma_.lower() in ("relation", "relations", "tie", "ties") \
                and not any(c.dep_ in ("prep", "poss", "amod", "compound", "relcl")
                            for c in kids(subj)):
            # "Ties resumed last year after mediation by Oman" (a by-phrase parsed as the
            # verb's agent): the ties of the pair the article is about
            found = resolver._dyad_actors(subj, 2, phrase=False)
        # (a group phrase, "the two countries", is fitted as an object: the mediator is
        # none of them)
        return [a for a in fit_group(found, list(mediators), expand=True)
                if a.actor.country and a.actor.country not in own]

    def _judges(self, noun: Token, resolver: ActorResolver) -> list[ResolvedActor]:
        """Who judges the act ``noun`` names: the subject of the verb it is the object of."""
        subj = self._subject(noun.head)
        return resolver.resolve(subj) if subj is not None else []

    def _subject_phrase_targets(self, tok: Token, pat: Pattern, resolver: ActorResolver
                                ) -> list[ResolvedActor]:
        """The actors of the first of the pattern's target prepositions that the subject
        noun of ``tok`` carries ("purchases of Australian coal", "exports to China")."""
        subj = self._subject(tok)
        if subj is None or subj.pos_ != "NOUN":
            return []
        for slot in pat.target:
            pobj = prep_obj(subj, (slot,))
            if pobj is not None and (found := resolver.resolve(pobj)):
                return found
        return []

    def _assault_doers(self, noun: Token, resolver: ActorResolver,
                       judges: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """Who did the hostile act ``noun`` names, for a side that judges it: its "by" phrase
        ("the attack on X by Y"), its possessor ("Russia's strike"), an actor word before it
        ("the Ecuadorean raid"), or the doer of the same act told before ("Police raided
        the consulate ... Brazil criticised the raid"); none otherwise (the victim, named
        by "on", "of" or "into", is never the doer)."""
        own = {a.actor.country for a in judges}
        named: list[ResolvedActor] = []
        # (the "by" phrase may hang on the victim: "the attack on the embassy by militants")
        by = next((p for t in noun.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                   and t.i - noun.i <= ASSAULT_REACH for p in kids(t) if p.dep_ == "pobj"),
                  None)
        if by is not None:
            named = resolver.resolve(by)
        elif (poss := child(noun, ("poss",))) is not None and poss.pos_ != "PRON":
            named = resolver.resolve(poss)
        else:
            named = [a for c in lefts(noun) if c.dep_ in ("compound", "amod", "nmod")
                     for a in resolver.resolve(c, follow=False)]
        found = [a for a in named if a.actor.country and a.actor.country not in own]
        if found or named:
            return found
        told = self._told_act_agents(noun, resolver, own)
        if not told and own and judges:
            # ("protesters stormed the embassy ... Iraq's foreign ministry condemned the
            # storming": the judging state's own crowd, rebels or opposition did it)
            told = [a for a in self._told_act_agents(noun, resolver, set())
                    if a.actor.country in own and a.actor.sector in NON_STATE_SECTORS
                    and all(j.actor.sector not in NON_STATE_SECTORS for j in judges)]
        return told

    def _agreed_between(self, verb: Token, subj: Token, resolver: ActorResolver,
                        own: set[str]) -> list[ResolvedActor]:
        """The two sides a clause's outcome was agreed between: the "between" phrase of the
        verb ("the pause agreed between A and B will begin", parsed with "agreed" as the
        verb) or of its subject and the participle on it ("the truce agreed between A and B
        will start", "the truce between A and B held"); none unless two sides."""
        holders = (verb, subj, *(c for c in kids(subj) if c.dep_ == "acl"))
        for h in holders:
            pobj = prep_obj(h, ("between",))
            if pobj is None:
                continue
            pair = [a for a in resolver.resolve(pobj) if a.actor.country
                    and a.actor.country not in own]
            # (a state and its rebels are two sides: "between Colombia and the ELN rebels")
            return pair if len({a.actor.code for a in pair}) >= 2 else []
        return []

    def _joint_mediators(self, tok: Token, resolver: ActorResolver,
                         sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """The mediators of a mediation noun: those found for it, or the holder of the effort
        it names ("its mediation efforts"), with every side a participle on it says it was
        carried out jointly or together with ("a mediation role played jointly with Jordan and
        France"). Only when some mediator is found."""
        noun = tok.head if tok.dep_ == "compound" and (
            tok.head.lemma_.lower() in MEDIATION_EFFORT_NOUNS) else tok
        found = list(sources)
        if not found and noun is not tok and (poss := child(noun, ("poss",))) is not None:
            found = [a for a in resolver.resolve(poss) if a.actor.country]
            if not found and poss.lower_ == "its" and (owner := resolver._its_owner(poss)):
                # ("Oman said that, owing to its mediation role, ...")
                found = [ResolvedActor(Actor(poss.text, None, owner, owner, None, poss.idx,
                                             poss.idx + len(poss.text)), "coref")]
        if not found:
            return found
        for verb in kids(noun):
            if verb.dep_ != "acl" or not any(
                    c.lower_ in JOINT_ADVERBS for h in (verb, *kids(verb)) for c in kids(h)
                    if c.dep_ == "advmod"):
                continue  # ("carried out together with Cuba": the adverb on the preposition)
            partner = prep_obj(verb, ("with", "alongside"))
            if partner is not None:
                have = {a.actor.country for a in found}
                found += [a for a in resolver.resolve(partner) if a.actor.country
                          and a.actor.country not in have]
        return found

    def _clause_traveller(self, noun: Token, resolver: ActorResolver,
                          targets: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """Who made a journey its noun does not name the maker of: the subject of the verb
        the noun's phrase hangs on ("saw the king in Rabat, the third leg of a
        five-nation trip": who saw him). A relative clause that takes someone on the
        journey names its maker ("hosted the emir, whose four-country trip would then bring
        the Qatari ruler to Chile": the emir, not the host; prec29)."""
        taken = {t.actor.country for t in targets}
        for c in kids(noun):
            if c.dep_ == "relcl" and c.lemma_.lower() in ("take", "bring", "carry") and (
                    who := child(c, ("dobj",))) is not None and who.pos_ != "PRON":
                found = [a for a in resolver.resolve(who) if a.kind != "dyad"
                         and a.actor.country and a.actor.country not in taken]
                if found:
                    return found
        cur = governing_verb(noun, 8, ("nsubj", "nsubjpass"))
        subj = self._clause_doer(cur) if cur is not None else None
        if subj is None or subj.i in {t.i for t in noun.subtree}:
            return []
        return [a for a in resolver.resolve(subj) if a.kind != "dyad"
                and a.actor.country and a.actor.country not in taken]

    def _clause_doer(self, verb: Token) -> Token | None:
        """Who does what ``verb`` tells: its subject, or a passive's agent ("the accord was
        agreed by the two ministers after talks mediated by Russia")."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb)):
            agent = prep_obj(verb, ("by",), deps=("agent", "prep"))
            if agent is not None:
                return agent
        return self._subject(verb)

    def _said_by_own_side(self, tok: Token, speaker: Token | None, resolver: ActorResolver,
                          sources: Sequence[ResolvedActor]) -> bool:
        """Whether the one who said the act could happen is of the acting side: the
        speaker the status found, else the subject of the reporting verb above the act
        (a dateline can hide it from the status: "VOSTOCHNY -- Putin hosted Kim and said
        Moscow could help ...")."""
        if speaker is None:
            verb = tok
            for _ in range(4):
                if verb.head.i == verb.i:
                    break
                verb = verb.head
                if verb.lemma_.lower() in REPORTING_VERBS:
                    speaker = self._subject(verb)
                    break
        if speaker is None:
            return False
        said = resolver.resolve(speaker) + [a for c in speaker.conjuncts
                                            for a in resolver.resolve(c)]
        return bool({a.actor.country for a in said} & {s.actor.country for s in sources})

    @staticmethod
    def _said_by_other_side(speaker: Token, resolver: ActorResolver,
                            sides: Sequence[ResolvedActor]) -> bool:
        """Whether the one who said a side would act is known to be of a third side only,
        neither the actor's nor the one acted on ("the US envoy said Israel would lift the
        curbs on Gaza": no word of Israel's own; the one acted on may relay what it was
        promised); a speaker of no known side ("officials said") is not."""
        said = {a.actor.country for c in (speaker, *speaker.conjuncts)
                for a in resolver.resolve(c)} - {None}
        return bool(said) and not said & {s.actor.country for s in sides}

    def _make_event(self, trig: Trigger, sent: Span, article: Article, s: ResolvedActor,
                    t: ResolvedActor, status: Status, cue: str | None, edate: EventDate,
                    location: Location | None, attribution: Attribution | None,
                    anchor: Token | None = None) -> Event:
        pat = trig.pattern
        # people code by the office they held when the event took place, not at publication
        # ("when he met Wei Fenghe in November 2022": China's defence minister then)
        s, t = self._at_event_date(s, edate), self._at_event_date(t, edate)
        cameo = pat.cameo
        if cameo == "161" and not pat.id.endswith("+body") and self._people_expelled(trig, t):
            # "expelled hundreds of Afghan migrants": people, not diplomats (174)
            cameo = "174"
        elif cameo == "100" and trig.token.lemma_.lower() == "order" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in LEAVE_VERBS
                for c in kids(trig.token)) and self._people_expelled(trig, t):
            # "ordered undocumented Syrians to leave the country"
            cameo = "174"
        elif cameo == "173" and trig.token.lemma_.lower() in TAKING_VERBS and (
                s.actor.sector in HOSTAGE_TAKERS or _held_as_hostage(trig.token)):
            # "militants held the aid worker for months", "was held hostage": people taken by
            # an armed group that is no state's, or held as hostages, are abducted (181)
            cameo = "181"
        elif cameo == "051" and pat.id in BACKING_IDS and (
                t.actor.sector in ARMED_NON_STATE_SECTORS) and (
                s.actor.sector not in ARMED_NON_STATE_SECTORS):
            # "the Polisario Front, which is backed by Algeria", "support for the separatists":
            # a state's backing of an armed group no state's is its support (070), as the
            # active "backs the Polisario Front" codes it (aid.back_armed_group)
            cameo = "070"
        elif cameo[:2] == "02" and _meeting_with_asker(trig.token):
            # "asked Aliyev to meet him", "asked Kim to host their next summit": a meeting
            # asked for with the asker is the asker's intent to meet (036)
            cameo = "036"
        elif cameo == "036" and pat.id in TALKS_ASKED_IDS and _talks_between(trig):
            # "asked for talks between Yerevan and Baku": two other sides asked to talk (026)
            cameo = "026"
        elif pat.id in TALKS_REQUEST_IDS and _talks_requested(trig):
            # "requested formal consultations in June": talks asked for are the asker's
            # intent to meet (036, examples/README.md "Meetings asked for"); 026 between two
            # others; a body's session asked for stays the appeal
            cameo = "026" if _talks_between(trig) else "036"
        elif cameo == "020" and trig.token.lemma_ == "ask" and _meeting_asked_for(trig):
            # "Beijing had asked for a formal meeting": a side asking for a meeting or call
            # is its intent to meet (036, examples/README.md "Meetings asked for"); 026
            # between two others; "a meeting of the Security Council" stays the appeal
            cameo = "026" if _talks_between(trig) else "036"
        elif cameo == "020" and pat.pos == "NOUN" and aid_requested(
                trig.token, self._sentence_triggers):
            # "sent police and soldiers at Sogavare's request": the asker's appeal for aid
            # (023; leads28)
            cameo = "023"
        elif cameo == "020" and _appeal_to_talk(trig.token):
            # "urged Kyiv and Moscow to start talks", "called on Pyongyang to return to
            # negotiations": an appeal to meet or negotiate (026)
            cameo = "026"
        placed = pat.refine == "meeting" and location is not None
        if placed:
            cameo = meeting_code(location.country, s.actor.country, t.actor.country) or cameo
        info = self.codebook.get(cameo)
        tok = trig.token
        trig_tokens = [tok] + ([trig.obj] if trig.obj is not None else []) + [
            c for c in kids(tok) if c.dep_ == "prt"]
        a, b = min(x.i for x in trig_tokens), max(x.i for x in trig_tokens)
        trigger_text = tok.doc[a:b + 1].text if b - a < 6 else tok.text
        conf = 0.55
        conf += 0.1 if s.kind in ("person", "country", "metonym", "institution", "igo") else 0
        conf += 0.1 if t.kind in ("person", "country", "metonym", "institution", "igo") else 0
        conf += 0.1 if pat.specificity else 0
        conf -= 0.1 if {"coref", "dyad", "implicit"} & {s.kind, t.kind} else 0
        # (a remnant that tells the act again is its own event: "and earlier in July")
        event_id = Event.make_id(article.id, sent.start_char, (anchor or tok).idx, cameo,
                                 f"{s.actor.code}@{s.actor.start}",
                                 f"{t.actor.code}@{t.actor.start}")
        if placed:
            self._placed[event_id] = pat.cameo
        return Event(
            event_id=event_id, article_id=article.id, source=s.actor, target=t.actor,
            cameo=cameo, root=info.root, label=info.label, goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover=Plover(info.plover_type, info.plover_mode) if info.plover_type else None,
            status=status, status_cue=cue, date=edate, location=location,
            evidence=Evidence(sentence_rows(sent)[0], sent.start_char, sent.end_char,
                              trigger_text),
            attribution=attribution, confidence=min(conf, 0.95), rule=pat.id,
        )

    def _counterpart(self, party: ResolvedActor, mediators: Sequence[ResolvedActor],
                     resolver: ActorResolver) -> list[ResolvedActor]:
        """The other side of a mediated pair one of whose sides is ``party``: the side the
        story's latest event between ``party`` and another country (not a mediator's) had
        (none when the story told no such event)."""
        own = party.actor.country
        if own not in self.kb.country_codes:
            return []  # (a body that thanks is no side of the dispute)
        third = {m.actor.country for m in mediators}
        for ev in reversed(resolver.ctx.events[-20:]):
            # (a dispute, a settlement or talks pair two sides; thanks and praise do not)
            if ev.source is None or ev.target is None or ev.cameo == "045" or (
                    ev.root not in ("03", "04", "06", "08", "11", "12", "13", "16", "19")):
                continue
            pair = (ev.source, ev.target)
            sides = {a.country for a in pair}
            if own in sides and len(sides) == 2 and not sides & third:
                other = next(a for a in pair if a.country != own)
                return [ResolvedActor(Actor(other.text, other.name, other.code, other.country,
                                            other.sector), "coref")]
        return []

    def _deal_partner(self, quitters: Sequence[ResolvedActor], resolver: ActorResolver
                      ) -> list[ResolvedActor]:
        """The other side of the story's latest event between the quitters' one country (or
        body) and another state or body (a dispute, a rejection, talks, a deal): the side a
        deal quit with no partner named is quit toward; none when the quitters are several
        sides or the story told no such event."""
        own = {q.actor.country for q in quitters}
        if len(own) != 1 or None in own:
            return []
        other = _latest_other(resolver.ctx.events, own.pop(), DEAL_PARTNER_ROOTS)
        if other is None:
            return []
        return [ResolvedActor(Actor(other.text, other.name, other.code, other.country,
                                    other.sector), "coref")]

    def _story_partner(self, party: ResolvedActor, resolver: ActorResolver
                       ) -> list[ResolvedActor]:
        """The other side of the story's latest event between ``party``'s country and
        another state (a meeting, an intent, ties, a dispute, a detention, a fight); none
        when the story told no such event."""
        own = party.actor.country
        if own not in self.kb.country_codes:
            return []
        other = _latest_other(resolver.ctx.events, own, DISPUTE_ROOTS, known=False)
        if other is None or other.country not in self.kb.country_codes:
            return []
        return [ResolvedActor(Actor(other.text, other.name, self.kb.make_code(
            other.country, "GOV"), other.country, "GOV"), "coref")]

    def _unnamed_fighters(self, noun: Token, resolver: ActorResolver
                          ) -> list[ResolvedActor]:
        """The two sides of a clash noun that names none ("Clashes over water along the
        border killed ...", "the skirmishes ended"): the subject of its clause, with no
        possessor, modifier or phrase naming a side or a place, in a story whose latest
        fight (19x) was between two states' forces; none otherwise."""
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lower_ not in UNNAMED_CLASHES or any(
                c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in (
                    "border", "armed", "deadly", "heavy", "fierce", "fresh", "renewed")
                for c in kids(noun)) or any(
                t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")
                for t in noun.subtree):
            return []
        fight = next((ev for ev in reversed(resolver.ctx.events[-12:])
                      if ev.root == "19" and ev.source is not None and ev.target is not None),
                     None)
        if fight is None or fight.source is None or fight.target is None:
            return []
        sides = (fight.source, fight.target)
        if sides[0].country == sides[1].country or not all(
                a.country in self.kb.country_codes
                and (a.sector or "") in ("", "GOV", "MIL", "COP") for a in sides):
            return []
        return [ResolvedActor(Actor(noun.text, None, a.code, a.country, a.sector, noun.idx,
                                    noun.idx + len(noun.text)), "dyad", group=2)
                for a in sides]

    @staticmethod
    def _story_pair_event(resolver: ActorResolver, roots: frozenset[str] = PAIR_ROOTS
                          ) -> Event | None:
        """The story's latest event between two countries that tells a meeting, an intent,
        ties or an agreement (03-06, not a mediation; ``roots`` widens it): the pair unnamed
        talks are of."""
        return next((ev for ev in reversed(resolver.ctx.events[-12:])
                     if ev.source is not None and ev.target is not None
                     and ev.source.country and ev.target.country
                     and ev.source.country != ev.target.country
                     and ev.root in roots and ev.cameo != "045"), None)

    def _unnamed_parties(self, noun: Token, resolver: ActorResolver) -> list[ResolvedActor]:
        """The two sides of talks whose phrase names no country: "between the two governments'
        border commissions" (the pair the possessor stands for), "between senior military
        commanders" (people of no country: the pair of the story's latest event), or "The
        talks ... stalled in 2021", the definite noun as its clause's subject with nothing
        naming a side (the same pair); none when the story told no such pair."""
        between = next((p for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "between"
                        for p in kids(c) if p.dep_ == "pobj"), None)
        resumed = False
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and (
                c.ent_type_ or c.pos_ == "PROPN") for c in kids(noun)):
            return []  # "the Doha talks", "intra-Afghan talks": named otherwise
        if any(a.lemma_.lower() in INTENT_VERBS or a.lemma_.lower() in DESIRE_VERBS
               for a in noun.ancestors if a.pos_ == "VERB"):
            # "agreed to restore ... calls between theatre commanders": what is agreed on or
            # wished for (the agreement's own intent codes it), not talks held
            return []
        if between is not None:
            if any(c.dep_ == "conj" for c in kids(between)):
                return []
            poss = child(between, ("poss",))
            if poss is not None:
                found = [a for a in resolver.resolve(poss) if a.actor.country]
                return found if len({a.actor.country for a in found}) == 2 else []
            if between.tag_ != "NNS" or self.kb.agent_sector(between.lemma_.lower()) is None \
                    or any(c.dep_ in ("amod", "compound") and (c.ent_type_ or c.pos_ == "PROPN")
                           for c in kids(between)):
                return []
            sector = self.kb.agent_sector(between.lemma_.lower())
        elif (noun.dep_ == "ROOT" or noun.dep_ in ("nsubj", "nsubjpass") and (
                noun.head.dep_ == "ROOT")) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(noun)) and (
                noun.lower_ in RESTATED_MEETINGS):
            sector = None
        elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in RESUMED_VERBS and (
                noun.lower_ in RESTATED_MEETINGS) and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(noun)):
            # "technical talks on the river could resume", "negotiations will continue": the
            # story's pair's talks taken up again
            sector = None
            resumed = True
        else:
            return []
        # (talks taken up again are the talks of the story's dispute as well)
        told = self._story_pair_event(resolver, DISPUTE_ROOTS if resumed else PAIR_ROOTS)
        if told is None or told.source is None or told.target is None:
            return []
        pair = (told.source, told.target)
        return [ResolvedActor(Actor(noun.text, None, self.kb.make_code(
            a.country, sector or a.sector), a.country, sector or a.sector, noun.idx,
            noun.idx + len(noun.text)), "dyad", group=2) for a in pair]

    @staticmethod
    def _invitee(verb: Token) -> Token | None:
        """The one an invitation noun is extended to, when ``verb`` is the infinitive that
        tells what they are invited to do ("an invitation to Xi to visit Brazil", parsed on
        the noun or on the verb whose object the invitation is); else None."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.lemma_.lower() in INVITATION_NOUNS:
            noun, holder = head, head
        elif verb.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and (
                noun := direct_object(head)) is not None and (
                noun.lemma_.lower() in INVITATION_NOUNS):
            holder = head
        else:
            return None
        for h in (noun, holder):
            who = next((p for c in kids(h) if c.dep_ in ("prep", "dative")
                        and c.lower_ == "to" and c.i < verb.i
                        for p in kids(c) if p.dep_ == "pobj"), None)
            if who is not None:
                return who
        return None

    def _coordinated_agents(self, agent: Token, sources: list[ResolvedActor],
                            targets: Sequence[ResolvedActor], resolver: ActorResolver
                            ) -> tuple[list[ResolvedActor], dict[int | None, Location]]:
        """The hosts of a passive meeting's by-phrases ("received by A in Kyiv and by B in
        Moscow"): the first one's actors and those of each by-phrase coordinated with it,
        with the place each phrase names for its own actors (keyed by their offsets)."""
        def place_of_phrase(who: Token) -> Token | None:
            own = next((p for c in kids(who) if c.dep_ == "prep" and c.lower_ in (
                "in", "at") for p in kids(c) if p.dep_ == "pobj"), None)
            if own is not None:
                return own
            # (or the place phrase right after it that the parser hung on the verb: "by A in
            # Berlin and by B in Paris" with both "in" phrases the verb's)
            nxt = who.right_edge.i + 1
            if nxt < len(who.doc) and (prep := who.doc[nxt]).lower_ in ("in", "at") and (
                    prep.dep_ == "prep") and prep.head.i == verb.i:
                return child(prep, ("pobj",))
            return None

        # (the second by-phrase may hang on the first one's place: "by A in Kyiv and by B")
        verb = agent.head
        phrases = [agent] + [b for h in [agent] + [c for c in kids(verb) if c.dep_ == "prep"]
                             for b in h.subtree if b.lower_ == "by" and b.dep_ == "conj"]
        if len(phrases) == 1 and not any(place_of_phrase(p) is not None
                                         for p in kids(agent) if p.dep_ == "pobj"):
            return sources, {}
        out = list(sources)
        known = {s_.actor.code for s_ in sources}
        guests = {t_.actor.country for t_ in targets}
        places: dict[int | None, Location] = {}
        for by in phrases:
            who = child(by, ("pobj",))
            if who is None:
                continue
            found = sources if by is agent else [
                a for a in resolver.resolve(who) if a.actor.country
                and a.actor.country not in guests]
            if by is not agent:
                # (a host the argument search found already is still placed by its own
                # phrase: "by B in Moscow" puts B in Moscow, not in the first phrase's Kyiv)
                new = [a for a in found if a.actor.code not in known]
                out += new
                known |= {a.actor.code for a in new}
            where = place_of_phrase(who)
            near = [a.actor.country or "" for a in found]
            loc = self._place(where, near) if where is not None else None
            if loc is None and where is not None and where.pos_ == "PROPN":
                # (a city the tagger took for a person: "in Kyiv")
                name = where.doc[min(c.i for c in where.subtree if c.dep_ == "compound"
                                     or c.i == where.i): where.i + 1].text
                loc = self.gazetteer.lookup(name, near)
            if loc is not None:
                for a in found:
                    if a.actor.start is not None and (
                            by is not agent or a.actor.start >= who.left_edge.idx):
                        places[a.actor.start] = loc
        return out, places

    def _guest_visit(self, hosted: Event, trig: Trigger, host: ResolvedActor, sent: Span,
                     article: Article, guest_kind: str = "person") -> Event | None:
        """The guest's visit (042) to the host's country that a hosting (043) of a state
        tells, at the hosting's time and place; None when the host is no state (an
        organisation's guests visit the country it meets in, not the body) or the hosting
        was not in the host's own country. The visit's target is the host's country with no
        person named: the host is the hosting's, the country the visit's."""
        country = hosted.source.country if hosted.source is not None else None
        guest = hosted.target
        if country is None or guest is None or guest.country in (None, country) or (
                country not in self.kb.country_codes):
            return None
        if guest.country in self.kb.igo_codes and (guest_kind != "person" or not guest.name):
            # "hosted the Mercosur summit", "welcomed the ASEAN leaders to the secretariat": a
            # body's meeting, no one's journey (a named official of it travels: "hosted von
            # der Leyen")
            return None
        tok = trig.token
        if any(w is not None and w.lemma_.lower() in MEAL_WORDS for w in (
                tok, trig.obj, *(p for c in kids(tok) if c.dep_ == "prep"
                                 and c.lower_ in ("for", "at", "to")
                                 for p in kids(c) if p.dep_ == "pobj"))):
            # "hosted Yoon for dinner after the talks", "a state dinner for the premier": an
            # occasion of a visit told already, not the visit
            return None
        if hosted.location is not None and hosted.location.country not in (None, country):
            return None
        a = host.actor
        side = ResolvedActor(Actor(a.text, None, a.code, a.country, a.sector), "country")
        visit = replace(trig.pattern, cameo="042", id=trig.pattern.id + "+guest_visit",
                        refine=None, reciprocal=False)
        guest_side = ResolvedActor(guest, "person" if guest.name else "country")
        return self._make_event(Trigger(trig.token, visit, trig.obj), sent, article,
                                guest_side, side, hosted.status, hosted.status_cue,
                                hosted.date, hosted.location, hosted.attribution)

    def _signing_visit(self, signed: Event, trig: Trigger, s: ResolvedActor,
                       t: ResolvedActor, sent: Span, article: Article) -> Event | None:
        """The visit (042) that a deal signed by two named officials in one side's country
        tells of the other ("Aliyev and von der Leyen signed a memorandum in Baku"); None when
        the signing is not so told (countries that sign, a third place, no place)."""
        if trig.token.lemma_.lower() not in SIGNING_VERBS or signed.location is None or (
                signed.status not in (Status.HAPPENED, Status.ONGOING)):
            return None
        where = signed.location.country
        if where == t.actor.country and s.actor.country != where:
            host, guest = t, s
        elif where == s.actor.country and t.actor.country != where:
            host, guest = s, t
        else:
            return None
        if guest.kind not in SIGNING_GUEST_KINDS or host.kind not in SIGNING_HOST_KINDS:
            # "Gantz signed a security accord in Rabat", "the contract was signed in Moscow by
            # Iran's transport minister and his Russian host": a person who signs in the other
            # side's country came there (roots30); "Sweden signed with the United States",
            # "the three governments signed a pact" name no one who travelled
            return None
        hosted = replace(signed, source=host.actor, target=guest.actor)
        return self._guest_visit(hosted, trig, host, sent, article, guest.kind)

    @staticmethod
    def _people_expelled(trig: Trigger, t: ResolvedActor) -> bool:
        """Whether who is expelled or told to leave are private people (refugees, migrants,
        nationals, workers): by the target's sector, or by the object's noun when the target
        is a bare nationality ("Syrians")."""
        sector = t.actor.sector
        if sector is not None:
            return sector not in STATE_SECTORS
        tok = trig.token
        obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and tok.pos_ == "NOUN":
            obj = next((g for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in kids(c) if g.dep_ == "pobj"), None)
        return obj is not None and people_object(obj)

    def _at_event_date(self, r: ResolvedActor, edate: EventDate) -> ResolvedActor:
        # (also an organisation with dated roles: the Taliban were rebels until August 2021)
        if r.kind not in ("person", "coref", "institution") or not r.key or edate.precision in (
                DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
            return r
        day = period_start(edate.value)
        entry = self.kb.get(r.key)
        if day is None or entry is None or entry.kind not in ("person", "institution"):
            return r
        if entry.kind == "institution" and (not entry.roles or r.actor.country != entry.country):
            # an institution with no dated roles does not change with the date, and one the
            # context gave another country keeps it ("the Congress of Colombia")
            return r
        country, sector, code = self.kb.code_at(entry, day)
        if code == r.actor.code:
            return r
        a = r.actor
        return ResolvedActor(Actor(a.text, a.name, code, country, sector, a.start, a.end),
                             r.kind, r.key)

    # -- places --------------------------------------------------------------------------------
    def _location(self, trig: Trigger, sent: Span, targets: Sequence[ResolvedActor],
                  dateline_place: str | None,
                  others: Sequence[ResolvedActor | str] = ()) -> Location | None:
        # the event's own place phrase, a visit's destination, "there", the governing verb's
        # place, then the dateline (resolve.event_places); a name several places share is
        # the one in a country of the event or of the article ("Windsor" in a story of
        # Sunak hosting von der Leyen is in England)
        pat = trig.pattern
        loc = event_place(
            trig.token, trig.obj, sent, self.gazetteer,
            [t.actor.country for t in targets if t.actor.country],
            destination=pat.cameo.startswith("04") or pat.refine == "meeting",
            meeting=pat.refine == "meeting", said=pat.cameo[:2] in STATEMENT_ROOTS,
            dateline_place=dateline_place)
        if loc is None:
            return loc
        if (filed := self._filed_at) is not None and dateline_place and (
                loc.name.lower() in (dateline_place.lower(), filed.name.lower())):
            # a place of the dateline's name is the dateline's place ("GENEVA - Iran and the
            # United States held talks" is in Switzerland, not in Illinois)
            return filed
        return self.gazetteer.in_countries(loc, [t.actor.country for t in targets] + [
            c for o in others if (c := o if isinstance(o, str) else o.actor.country)]) or loc

    def _place(self, tok: Token, context: Sequence[str]) -> Location | None:
        return place_of(tok, self.gazetteer, context)


#: verbs of forces deployed that may go where the story sent forces before
HOSTED_DEPLOY_VERBS = frozenset({"deploy"})
#: prepositions that name where forces deploy (then the sentence's own place decides)
HOSTED_DEPLOY_PREPS = frozenset({"to", "in", "into", "near", "along", "on", "at", "across",
                                 "around", "inside", "off"})
#: patterns of a deal let lapse: they need the lapsing verb under the object or as its clause
LAPSE_IDS = frozenset({"reject.let_deal_lapse", "reject.allow_deal_lapse",
                       "reject.let_mandate_lapse", "reject.allow_mandate_lapse"})
#: verbs of an agreement running out
LAPSE_VERBS = frozenset({"lapse", "expire"})


#: verbs whose "that" clause in the bare (subjunctive) form is an act asked for, not told:
#: "demanded that the militia stop its attacks", "insisted that Moscow withdraw"
MANDATIVE_VERBS = frozenset({"demand", "insist", "urge", "ask", "request", "require",
                             "recommend", "propose"})


def _demanded_act(tok: Token) -> bool:
    """Whether the verb ``tok`` is the bare-form act of a mandative clause (a "that"
    clause with no modal or tense of its own under a verb of demanding)."""
    return tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBP") and (
        tok.head.lemma_.lower() in MANDATIVE_VERBS) and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children) and not any(
        # ("demanded that Vilnius withdraw its envoy, which it did": done after all)
        w.dep_ == "relcl" and w.lemma_ == "do" and w.tag_ in ("VBD", "VBN")
        for w in tok.subtree)



#: roots of the acts that ask for something (appeals 02, demands 10)
ASKING_ROOTS = frozenset({"02", "10"})
#: prepositions that carry what an appeal or demand asks for ("called for", "insisted on")
ASKED_PREPS = frozenset({"for", "on", "upon"})


def _asked_release(noun: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether the release noun ``noun`` is what an appeal or demand of the sentence asks
    for: its object ("urged their immediate release", "demanded her release") or its
    "for"/"on" phrase ("called for his release", "pressed for the release of ...",
    "insisted on the release of ...", "renewed calls for their release"). The asking is
    coded from its own word; the release has not been done."""
    if noun.dep_ in ("dobj", "obj"):
        asker = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ASKED_PREPS and noun.head.dep_ == "prep":
        asker = noun.head.head
    else:
        return False
    return any(t.token.i == asker.i and t.pattern.cameo[:2] in ASKING_ROOTS for t in triggers)


# roots32: a measure whose lifting is only asked for or awaited stands (163). The lifting
# codes (081 a ban or restriction lifted, 085 sanctions eased) of a verb that is what an appeal
# or a demand asks for ("asked China to lift its ban on Japanese seafood") or what a side
# waits for ("waiting for the Chinese curbs on its beef to be lifted") tell no lifting, but they
# tell the measure as in force, which the gold sets code as its owner's sanction (163) aimed at
# the side it hits. Only a measure whose owner the phrase names ("its ban", "China's tariffs",
# "the Chinese restrictions"): "urged Washington to lift all sanctions on Venezuela" names
# none and stays the appeal alone.
STANDING_LIFT_VERBS = frozenset({"lift", "ease", "remove", "scrap", "drop", "end", "rescind",
                                 "withdraw", "relax", "loosen"})
STANDING_WAIT_VERBS = frozenset({"wait", "await"})
STANDING_REASONS = ("what an appeal asks for", "what a demand asks for")


def _awaited(verb: Token) -> bool:
    """Whether ``verb`` is what a side waits for: "are still waiting for the curbs to be
    lifted" (the parser hangs the infinitive on "waiting" as an adverbial clause)."""
    return verb.dep_ in ("advcl", "xcomp", "ccomp") and (
        verb.head.lemma_.lower() in STANDING_WAIT_VERBS) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in kids(verb))


def _owned_measure(measure: Token) -> bool:
    """Whether the measure noun names its owner: a possessive ("its ban", "China's
    tariffs") or a people's or country's adjective ("the Chinese restrictions")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound")
                                    and c.ent_type_ in ("NORP", "GPE"))
               for c in kids(measure))


#: verbs by which a side takes up another's measure as its own ("joined the EU's sanctions",
#: "backed several rounds of EU sanctions"): the owner's measure is told as imposed (fresh26)
MEASURE_JOINING_VERBS = frozenset({"join", "back"})


def _joined_owned_measure(noun: Token, sources: Sequence[ResolvedActor]) -> bool:
    """Whether the measure ``noun`` is owned by a side its own phrase names (a possessor or
    a name before it) and is the object of a verb of joining or backing it, whose subject is
    another side."""
    if noun.pos_ != "NOUN" or not sources or not any(
            c.dep_ in ("poss", "compound") for c in kids(noun)):
        return False
    head = noun.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head.head  # ("backed several rounds of EU sanctions")
    if head.lemma_.lower() not in MEASURE_JOINING_VERBS or head.pos_ != "VERB":
        return False
    subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i != noun.i


def standing_measure(trig: Trigger, why: str | None) -> bool:
    """Whether ``trig`` (a lifting of a measure) is only asked for or awaited, so that the
    measure it names stands in force (163 from its owner)."""
    tok, pat = trig.token, trig.pattern
    if pat.cameo not in ("081", "085") or tok.pos_ != "VERB" or (
            tok.lemma_.lower() not in STANDING_LIFT_VERBS):
        return False
    measure = trig.obj if trig.obj is not None else direct_object(tok)
    if measure is None:
        measure = child(tok, ("nsubjpass",))
    if measure is None or not _owned_measure(measure):
        return False
    if why is not None:
        return why.startswith(STANDING_REASONS)
    return _awaited(tok)


def _bare_member(verb: Token) -> Token | None:
    """The member noun of "became a member" / "became members" told with no body ("of"
    phrase or owner) and no other person's role: "Finland became a member in April" (the
    body is the story's). None for an infinitive, a participle or a passive (a bid or a
    prospect, not an accession: "is set to become a member", "becoming a member"), for a
    subject that is a person ("she became a member"), and for members of a family, crew,
    party or parliament."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" or c.dep_ == "auxpass"
           or c.dep_ == "aux" and c.tag_ == "MD" for c in kids(verb)) or (
            verb.tag_ in ("VBG", "VB")) or verb.dep_ in ("acl", "amod", "xcomp"):
        return None
    member = next((c for c in kids(verb) if c.dep_ == "attr"
                   and c.lower_ in MEMBER_NOUNS), None)
    if member is None or any(c.dep_ in ("prep", "poss", "relcl", "acl") for c in kids(member)):
        return None
    if any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in NOT_BODY_MEMBER_MODS
                                               or c.ent_type_ in ("NORP", "ORG", "GPE"))
           for c in kids(member)):
        return None
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "GPE" and not (
            subj.pos_ == "PROPN" and subj.ent_type_ in ("", "ORG", "NORP")):
        return None
    return member


# roots32: "Palau and Kiribati said they would leave", "voted to quit": a state leaving with
# no object, place or time phrase names no trip; the body is the one the sentence or the
# story ties it to (_left_body, which also asks the leavers to be states and no forces,
# mission or staff to be in the sentence)
BARE_LEAVING_VERBS = frozenset({"leave", "quit", "exit"})


def _bare_leaving(tok: Token) -> bool:
    """Whether ``tok`` is "leave", "quit" or "exit" with no object, particle or phrase of its
    own ("said they would leave"): the subject leaves the body of the story, not a place
    ("left for Paris", "left on Friday", "left early" are trips or times); the one leaving is
    a state or a body told by name or by "it" / "they" (not "the minister said he would
    leave")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in BARE_LEAVING_VERBS or any(
            c.dep_ in ("dobj", "obj", "prep", "prt", "advmod", "npadvmod", "advcl", "ccomp",
                       "xcomp", "dative", "nsubjpass", "attr", "oprd", "acomp")
            for c in kids(tok)):
        return False
    subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ in ("GPE", "NORP", "ORG")
                                 or subj.lower_ in ("it", "they"))


# --- prec28 (session 28) ---
#: determiners of a gathering the sentence or story told before ("to boycott the gathering")
TOLD_GATHERING_DETS = frozenset({"the", "that", "this"})


def _gathering_told_before(gathering: Token | None, verb: Token,
                           targets: Sequence[ResolvedActor]) -> bool:
    """Whether ``gathering`` (what ``verb`` stays away from) is a bare definite gathering
    noun ("prompting Ukraine to boycott the gathering") while every side found for the
    target (if any) stands outside the verb's own phrase: that side is no host (the one whose
    arrival prompted the boycott), the gathering's place tells it."""
    if gathering is None or gathering.lemma_.lower() not in MEETING_WORDS | {
            "summit", "gathering"}:
        return False
    mods = kids(gathering)
    if len(mods) != 1 or mods[0].dep_ != "det" or mods[0].lower_ not in TOLD_GATHERING_DETS:
        return False
    own = {t.idx for t in verb.subtree}
    return all(a.actor.start not in own for a in targets)


def _pair_between(verb: Token, sources: Sequence[ResolvedActor],
                  resolver: ActorResolver) -> frozenset[str | None] | None:
    """The two countries a "between A and B" phrase in the object of a group's intent names
    ("agreed ... to mend ties between Baku and Yerevan"), when both are among
    the group's ``sources``, else None."""
    group = {s_.actor.country for s_ in sources}
    left_out = {t.i for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree}
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != "between" or t.i in left_out:
            continue
        named: set[str | None] = set()
        for p in kids(t):
            if p.dep_ != "pobj":
                continue
            for w in (p, *(c for c in kids(p) if c.dep_ == "conj")):
                named.update(a.actor.country for a in resolver.resolve(w))
        if len(named) == 2 and named <= group:
            return frozenset(named)
    return None


def _in_deal_name(named: Token, start: int) -> bool:
    """Whether the actor at char offset ``start`` is a word of the named deal's own name
    ("... in Europe"), not a side it names with "with" or "between" (roots29)."""
    at = next((t for t in named.subtree if t.idx == start), None)
    if at is None:
        return False
    while at.i != named.i and at.head.i != at.i:
        if at.dep_ == "prep" and at.lower_ in ("with", "between", "among"):
            return False
        at = at.head
    return True


def _named_deal(tok: Token) -> Token | None:
    """The proper-noun deal a quit trigger names ("its withdrawal from the Treaty on ...",
    "quit the Black Sea Grain Initiative"), or None (roots29)."""
    deal = prep_obj(tok, ("from", "of")) or next(
        (c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
    return deal if deal is not None and deal.pos_ == "PROPN" else None


def _latest_other(events: Sequence[Event], own: str, roots: frozenset[str], *,
                  known: bool = True) -> Actor | None:
    """The other side of the latest of the story's last 12 ``events`` (of ``roots``; no
    045) between country ``own`` and one other side: the partner a step with no target
    named is taken toward. With ``known`` an event whose other side has no country is passed
    over; without it, it ends the search (None)."""
    for ev in reversed(events[-12:]):
        if ev.source is None or ev.target is None or ev.cameo == "045" or (
                ev.root not in roots):
            continue
        sides = {ev.source.country, ev.target.country}
        if own not in sides or len(sides) != 2:
            continue
        other = ev.target if ev.source.country == own else ev.source
        if other.country is None and known:
            continue
        return other if other.country is not None else None
    return None


# --- linked30 (session 30) ---
#: verbs of a fight that, with no foe named, is between the ones who fought it
MUTUAL_FIGHT_VERBS = frozenset({"fight", "battle", "skirmish"})
#: roots of acts done with a side (cooperation, consultation, intent), where "together"
#: makes two subjects each the other's partner
TOGETHER_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def _done_together(tok: Token, cameo: str, passive: bool) -> bool:
    """Whether two subjects of a one-way act that names no other side did it each to the
    other: "Kyrgyz and Tajik forces fought along the border", "the army and the RSF have
    fought since April" (a fight with no foe and no ally's word: between the fighters);
    "pledged to work together", "troops are training together" (a cooperative act done
    together, on the verb or the act it commits to)."""
    if passive or tok.pos_ != "VERB":
        return False
    if cameo[:2] == "19":
        if tok.lemma_.lower() not in MUTUAL_FIGHT_VERBS or direct_object(tok) is not None:
            return False
        for c in kids(tok):
            if c.lower_ in TOGETHER_WORDS or c.dep_ == "prep" and c.lower_ in (
                    "against", "alongside", "beside", "with", "under"):
                return False
            if c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                    p.ent_type_ in ("GPE", "NORP", "ORG") for p in kids(c)):
                return False  # ("fought for Russia", "on Kyiv's side": allies)
        return True
    if cameo[:2] not in TOGETHER_ROOTS:
        return False
    acts = [tok] + [c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    return any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for v in acts for c in kids(v))


#: sectors of a state's own forces and government, whose fight at home is with its rebels
STATE_FORCE_SECTORS = frozenset({None, "GOV", "MIL"})
#: prepositions of the region a fight is waged in ("its offensive in Tigray")
HOME_FIGHT_PREPS = frozenset({"in", "into", "across", "throughout"})


def _home_offensive(ex: EventExtractor, trig: Trigger, sources: Sequence[ResolvedActor],
                    resolver: ActorResolver) -> list[tuple[ResolvedActor, ResolvedActor]]:
    """"Azerbaijan's offensive in Nagorno-Karabakh", "the army's campaign in Rakhine": a
    state's fight at a place of its own country, with no foe named, is with the armed groups
    there (its rebels, as the gold sets code a state's war at home); none when the story told
    that state fighting another (an invader fought on home soil: "Ukraine's counteroffensive
    in the Kharkiv region") or when no such place is named."""
    states = [s_ for s_ in sources if s_.actor.sector in STATE_FORCE_SECTORS
              and s_.actor.country in ex.kb.country_codes]
    home = {s_.actor.country for s_ in states}
    if len(home) != 1 or len(states) != len(sources):
        return []
    country = next(iter(home))
    for ev in resolver.ctx.events[-40:]:
        if ev.root in ("18", "19", "20") and ev.source is not None and ev.target is not None \
                and country in (ev.source.country, ev.target.country) and (
                ev.source.country != ev.target.country):
            return []
    # (the place the fight is in: "on Tripoli", "the attack on Kyiv" is a blow at the
    # government seated there or at the side named so, not a war on rebels)
    hosts = [trig.token] + ([trig.obj] if trig.obj is not None else [])
    inside = [p for h in hosts for c in kids(h) if c.dep_ == "prep" and c.lower_ in
              HOME_FIGHT_PREPS for p in kids(c) if p.dep_ == "pobj"]
    place = place_target([], ex.gazetteer, (), objects=False, extra=inside) if inside else None
    if place is None or not place.text:
        return []
    if place.country != country:
        loc = ex.gazetteer.lookup(place.text, [country])
        if loc is None or loc.country != country:
            return []
    rebels = ResolvedActor(Actor(text=None, name=None, code=ex.kb.make_code(country, "REB"),
                                 country=country, sector="REB"), "implicit")
    return [(s_, rebels) for s_ in states]
