"""Argument selection for event coding: who acts and who is acted on, for one trigger.

:class:`ArgumentPicker` holds the rules that :class:`detente.nlp.events.EventExtractor` applies
to each trigger: the subject (climbing open complements, conjoined verbs, relative and
participial clauses), the slots a pattern names, the passive, nouns' possessors and ``by``
phrases, and, when the clause names nobody, the fallbacks in turn: a place aimed at, the
other side of a relationship, an event referred back to, an answered event, the partner of
a framing meeting or readout (:mod:`.frames`), the host's capital.

Split from ``events.py`` (which keeps triggers, statuses, dates and places); the methods
read ``self.kb``, ``self.gazetteer`` and ``self._sentence_triggers`` of the extractor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from spacy.tokens import Token

from detente.coding.actors import ActorKB
from detente.model import (
    Actor,
)
from detente.nlp import captives
from detente.nlp.actor_common import JUNTA
from detente.nlp.actor_refs import same_act_thing
from detente.nlp.actors import REGIONS as REGION_CODES
from detente.nlp.actors import ActorResolver, ResolvedActor, fit_group
from detente.nlp.clauses import (
    DOCUMENT_NOUNS,
    ENUM_CUES,
    MEDIATION_VERBS,
    OBJ_DEPS,
    PROPOSAL_NOUNS,
    REPORTING_VERBS,
    TIME_WORDS,
    TOLL_PARTICIPLES,
    TRAVEL_NOUNS,
    accused_alongside,
    accused_doer,
    agreement_noun,
    agreement_parties,
    asker,
    blaming_side,
    brought_together,
    charging_verb,
    child,
    cleft_focus,
    co_subjects,
    complement_acts,
    complement_host,
    conceded_verb,
    condition_subject,
    conflict_sides_noun,
    date_antecedent,
    deed_doer,
    direct_object,
    each_other,
    for_to_subject,
    free_relative_object,
    gapped_names,
    group_leader,
    held_responsible,
    host_of,
    in_venue,
    is_passive,
    means_object,
    mediator_clause,
    misread_verb,
    more_agents,
    noun_agent_on_aim,
    object_after_relative,
    out_of,
    own_clause,
    participle_clause_noun,
    passive_subject,
    protested_for,
    receiver,
    relative_antecedent,
    reported_outright,
    reported_side,
    reporter,
    scene_clause_parties,
    scene_subject,
    shared_object,
    speaker_of_coordinated_act,
    split_subject,
    stance_paper,
    stand_in_object,
    stray_prep_obj,
    stray_relative_antecedent,
    swallowed_subject,
    talks_offered,
    told_addressee,
    toll_object,
    under_mediator,
    warned_of_consequences,
    whose_antecedent,
)
from detente.nlp.frames import (
    CALL_PATTERN,
    ENVOY_NOUNS,
    FINDING_NOUNS,
    MEASURE_HEADS,
    MISSION_NOUNS,
    READOUT_ROOTS,
    REPELLING_VERBS,
    SAID_ROOTS,
    frame_parties,
    frame_partner,
    listed_members,
    purpose_partner,
    readout_partner,
    relative_head,
    topical,
)
from detente.nlp.hosting import (
    JOINING_VERBS,
    clause_gathering,
    gathering_host,
    gathering_joiners,
    relative_signers,
    scene_verb,
)
from detente.nlp.joint_order import dateline_appos, dateline_split_subject
from detente.nlp.onesided import (
    BORDER_ROOTS,
    at_border,
    other_country_in_clause,
    place_named,
    pledging_beneficiary,
    story_host,
    third_party_named,
    trip_unplaced,
)
from detente.nlp.place_targets import (
    PLACE_TARGET_CODES,
    PLACE_TARGET_ROOTS,
    place_actor,
    place_target,
)
from detente.nlp.relative_party import (
    RELATIVE_TARGET_ROOTS,
    asker_of_object,
    relative_counterpart,
)
from detente.nlp.rules import (
    ACT_NOUN_VERBS,
    CROWD_WORDS,
    DIRECTED_ROOTS,
    DRAWING_VERBS,
    FORCE_ROOTS,
    GENERIC_ACT_NOUNS,
    IMPORTANCE_NOUNS,
    INTENT_NOUNS,
    MEETING_NOUN_CODES,
    MODALS,
    OBJECT_OF_VERBS,
    PLACE_NOUNS,
    REL_PRONOUNS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    SPEECH_NOUNS,
    STATE_SECTORS,
    SUBJ_DEPS,
    SUBJECT_CONTROL,
    TALKED_OF_VERBS,
    UNDERGOING_VERBS,
    Trigger,
    aid_places,
    alleged_by,
    answered_for,
    complement_agent,
    event_noun_table,
    intent_code,
    letter_told,
    named_in,
    nearest_subject,
    prep_obj,
    that_clause_subject,
)
from detente.nlp.screen import harmed_ranges, harmed_sides, not_harmed
from detente.nlp.status import CAUSATIVE_VERBS
from detente.nlp.story import story_pair
from detente.nlp.target_lists import earlier_joined_phrase, split_list_tail
from detente.resolve.event_dates import sentence_deps
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import kids, lefts, sent_of

if TYPE_CHECKING:
    from detente.coding.patterns import Lexicon
    from detente.model import Event
    from detente.nlp.events import EventExtractor

log = logging.getLogger(__name__)

#: roots of measures a later noun may name with another word than the verb that told them
#: ("the expulsion" of an envoy ordered to leave, "the seizure" of a ship taken)
# nouns of a seizure of power: judging one judges the soldiers who made it (with "seizure" only
# as "seizure of power")
COUP_NOUNS = frozenset({"coup", "takeover", "putsch", "power grab"})
# words that tell soldiers made it, somewhere in the article up to the judging sentence
COUP_FORCE_WORDS = frozenset({"soldier", "army", "military", "troop", "officer", "junta",
                              "putschist", "mutineer", "general", "colonel", "guard"})
# words before such a noun that make it one not done or not won ("an attempted coup")
COUP_NOT_DONE = frozenset({"attempted", "failed", "foiled", "alleged", "planned", "possible",
                           "constitutional", "parliamentary", "judicial", "soft", "hostile"})
MEASURE_ROOTS = frozenset({"16", "17"})
# acts that hand something over: when what is handed is no actor, the one who receives it is
# the target ("returned the fossils to China", "gave equipment to Armenia")
HANDING_ROOTS = frozenset({"06", "07", "08"})
#: verbs that hand a noun's act to the one named as their indirect object ("gave Putin a
#: warning", "handed Beijing a protest")
HANDING_VERBS = frozenset({"give", "hand", "deliver", "issue", "serve", "send", "offer",
                           "extend", "pass"})
#: aid reduced, cut or suspended (162)
AID_CUT_CODES = frozenset({"162"})
#: nouns of goods moving between countries, whose "of"/"from" phrase names whose goods they
#: are ("a ban on imports of British beef")
GOODS_FLOW_NOUNS = frozenset({"import", "imports", "export", "exports", "shipment", "sale",
                              "purchase", "delivery", "supply", "flow", "trade"})
#: heads that count what their "of" phrase names ("a number of Armenian websites")
COUNT_HEADS = frozenset({"number", "series", "host", "range", "handful", "couple", "string",
                         "raft", "slew", "batch", "list"})
#: a body's forces or missions abroad, which serve the country they are in
MISSION_FORCE_NOUNS = frozenset({"mission", "force", "operation", "contingent", "presence"})
#: kinds of actor aid can go to when only the people's place names it ("in Yemen")
AID_DESTINATION_KINDS = frozenset({"country", "metonym", "coref", "place"})
# target slots that name no preposition
SPECIAL_SLOTS = frozenset({"dobj", "iobj", "xcomp_obj", "complement", "poss", "agent",
                           "between"})
# verbs of arriving somewhere: "arrived in Paris after a stop in Athens" is the arriver's stop
ARRIVAL_VERBS = frozenset({"arrive", "travel", "fly", "land", "head", "go", "return", "come",
                           "continue", "proceed", "reach", "move"})
# verbs of making, repeating or withdrawing one's own offer, call or protest: "renewed her
# invitation", "repeated his call", "lodged his protest"
ISSUING_VERBS = frozenset({"renew", "repeat", "reiterate", "extend", "issue", "make", "lodge",
                           "file", "voice", "express", "withdraw", "present", "deliver",
                           "convey", "restate"})
# verbs of making an accord one's own: "signed the X Union, a treaty on ..."
SEALING_VERBS = frozenset({"sign", "conclude", "ink", "seal", "ratify"})
# verbs whose clause a speaking group fills with "they": "said / announced / agreed that they"
GROUP_SAYING_VERBS = REPORTING_VERBS | frozenset({
    "agree", "confirm", "decide", "promise", "pledge", "vow", "warn", "indicate", "signal",
    "reaffirm", "reiterate", "affirm", "claim", "acknowledge", "admit", "deny",
    # (telling someone of one's own step: "A and B notified C that they would quit ...")
    "notify", "inform", "assure", "advise"})
# conjunctions of a condition or a time the answer of the main clause waits on: "will respond
# if X attacks it"
CONDITION_MARKS = frozenset({"if", "when", "unless", "should", "once", "whenever"})
# roots of hostile deeds whose charge ("accused X of shelling ...") names the accuser's side
# as the one hit when the deed's own clause names nobody (not a show of force, 15: "accused
# X of crossing a red line" is a figure of speech as often as a deployment)
CHARGED_ROOTS = frozenset({"12", "13", "14", "17", "18", "19", "20"})
# nouns of a course of action whose possessor does what it is "of" ("Russia's war of
# aggression", "Beijing's campaign of pressure"), unlike nouns of telling or judging it
# ("Kyiv's account of the strike" is not Kyiv's strike)
COURSE_NOUNS = frozenset({"war", "campaign", "policy", "wave", "series", "programme", "program",
                          "pattern", "strategy", "practice", "act", "acts", "spate", "string"})
# prepositions of a meeting that frames the clause it is set in: "after a day of talks, X ..."
MEETING_FRAMES = frozenset({"after", "during", "following"})
# roots of answers to a thing someone else made or did, told in a relative clause on it
# ("negotiations, which X declined to join", "drones, which X shot down")
OWNED_OBJECT_ROOTS = frozenset({"05", "11", "12", "17", "19"})
# roots of acts done to a person's body or freedom (arrests, abductions, beatings): when the
# one they befall is a private person of no country told, the act is on that person, not on
# the state the article pairs with the doer
PERSON_ACT_ROOTS = frozenset({"17", "18"})
# what an international court gives or holds ("rejected the judgment", "stayed away from the
# hearings"): a rejection of it is aimed at the court (prec25)
COURT_ACT_NOUNS = frozenset({"judgment", "judgement", "ruling", "verdict", "warrant", "award",
                             "hearing", "proceeding", "jurisdiction"})
# roots of acts whose object, a group of people no side was found for, is the one aimed at
# (prec29): accusations and criticism, rejection, assault
UNPLACED_GROUP_ROOTS = frozenset({"11", "12", "18"})
# nouns of groups of people that the knowledge base has no sector for
GROUP_NOUNS = frozenset({"group", "clergy", "cleric", "faction", "gang", "cell", "clan",
                         "tribe", "cadet", "bishop", "priest", "imam", "monk"})
# sectors of people who are no organ of a state ("a reporter", "a tourist", "an activist")
PRIVATE_SECTORS = frozenset({"MED", "CVL", "OPP", "LAB", "EDU", "BUS", "AGR", "REL", "REF",
                             "HLH", "NGO"})
# words for a person by what they are or do, no organ of a state
PRIVATE_PERSON_NOUNS = captives.DISSIDENT_NOUNS | captives.CIVIL_PEOPLE | frozenset({
    "visitor", "traveller", "traveler", "man", "woman", "person", "individual", "boy",
    "girl", "teenager", "hiker", "pilgrim", "blogger", "writer", "artist", "priest", "monk",
    "nun", "businesswoman", "entrepreneur", "scholar", "author", "filmmaker"})
# roots of hostile acts a clause of their moment or cause may name the provoker of
PROVOKED_ROOTS = frozenset({"11", "13", "15", "17", "18", "19", "20"})
# conjunctions of a moment or a cause: "fired warning shots when X crossed the line"
PROVOKING_MARKS = frozenset({"when", "after", "because", "once", "whenever"})
# nouns that sum up a proposal or stance told by the clause they are set after ("..., a
# request the ministry rejected", "..., an approach the agency endorsed")
SUMMARY_NOUNS = frozenset({"request", "offer", "proposal", "demand", "plan", "approach",
                           "idea", "initiative", "suggestion", "appeal", "ultimatum",
                           "overture", "gesture", "concession", "policy", "pledge",
                           "promise", "commitment", "condition", "conditions"})
# nouns that sum up a charge set after the clause telling it ("said the convoy was hit by
# X's drones, an allegation the group denied"): the charge is the teller's, never the doer's
# the clause names (link32)
CLAIM_SUMMARY_NOUNS = frozenset({"allegation", "accusation", "charge"})
# nouns of a measure that, as the subject of a verb of reducing ties with no side of its
# own, stand for whoever imposed it ("The package bars imports ...", "Later rounds banned
# Russian oil", "The rules require a licence"; fresh26)
MEASURE_SUBJECT_NOUNS = frozenset({"package", "round", "rule", "measure", "sanction",
                                   "regulation", "decree", "control", "restriction", "curb"})
PRIVATE_MEASURE_SECTORS = frozenset({"BUS", "MED", "CVL", "CRM", "EDU", "REB", "OPP"})
# verbs whose subject makes the charge a claim noun after them sums up ("accused X of ...,
# a charge X denied")
CLAIMING_VERBS = frozenset({"accuse", "blame", "charge", "allege", "claim", "say", "assert",
                            "insist"})
# verbs of coming to an occasion, whose object or "in" phrase names it: "attended a dinner
# hosted by X", "took part in the summit hosted by X"
ATTENDING_VERBS = frozenset({"attend", "join", "address", "participate", "take", "open"})
# roots of links cut, goods moved or people handed over, whose "to" / "from" phrase may name
# a town for its country: "suspended flights to Toronto", "extradited to Miami"
LINK_PLACE_ROOTS = frozenset({"06", "08", "16", "17"})
# nouns of a group's own people, whom "their" in what the group says makes the group's own:
# "A and B said their leaders had mediated the exchange"
GROUP_PEOPLE = frozenset({"leader", "minister", "government", "official", "president",
                          "envoy", "diplomat", "negotiator", "representative", "delegation",
                          "head", "force", "troop", "military", "navy", "army"})
# verbs that answer someone else's request, offer or plan: "backed his request", "turned
# down her offer"
ANSWERING_VERBS = frozenset({"back", "support", "endorse", "welcome", "reject", "accept",
                             "heed", "grant", "approve", "praise", "hail", "dismiss", "oppose",
                             "refuse", "decline", "rebuff", "spurn", "answer", "criticise",
                             "criticize", "echo", "second"})
# verbs that take or make a decision, a plan or an offer: "the decision to X was taken by Y"
TAKING_DECISION_VERBS = frozenset({"take", "make", "reach", "adopt", "approve", "announce",
                                   "issue", "endorse"})
# fighters a state may be charged with arming: "accused X of arming a rebel group"
ARMED_GROUP_WORDS = frozenset({"rebel", "rebels", "militia", "militias", "insurgent",
                               "insurgents", "armed", "fighter", "fighters", "guerrilla",
                               "guerrillas", "militant", "militants"})
# verbs whose passive tells a feeling, not an act done to the subject: "was alarmed by the
# strikes and called on X to stop" (the one alarmed calls; but "was arrested and extradited")
FEELING_VERBS = frozenset({"concern", "alarm", "worry", "disappoint", "dismay", "anger",
                           "shock", "trouble", "encourage", "hearten", "please", "surprise",
                           "frustrate", "outrage", "satisfy", "relieve", "sadden", "appal",
                           "appall", "disturb", "gratify", "delight", "upset", "offend"})
# verbs of taking up or turning down what another side offers or asks: "accepted offers of
# help from X", "turned down a request from Y"
RECEIVING_VERBS = frozenset({"accept", "welcome", "receive", "reject", "decline", "refuse",
                             "rebuff", "spurn", "dismiss", "heed", "ignore", "consider", "weigh",
                             "study", "review", "grant", "approve", "answer", "take", "turn",
                             "get"})
# verbs of making an act a noun names, whose relative clause on the noun names its doer:
# "the treaty that A and B signed", "the duties that X imposed"
MAKING_VERBS = frozenset({"sign", "conclude", "reach", "negotiate", "strike", "seal", "ink",
                          "finalise", "finalize", "ratify", "impose", "launch", "conduct",
                          "stage", "mount", "carry", "hold", "announce", "issue", "lodge",
                          "file", "order", "adopt", "introduce", "enact", "levy", "make"})
#: words of a text signed on the way into a body ("memorandum of obligations for membership")
MEMBERSHIP_WORDS = frozenset({"membership", "accession", "member"})
#: verbs of staying away from a gathering, whose "sending" clause sends a stand-in to it
STAND_IN_VERBS = frozenset({"skip", "miss", "stay", "boycott", "shun", "snub"})
#: nouns of a gathering a host hosts, whose guests are those who met at it ("the summit
#: hosted by X", "the meeting of G20 ministers hosted by X")
GATHERING_NOUNS = frozenset({"meeting", "summit", "conference", "forum", "gathering", "session",
                             "talk", "talks", "dialogue", "assembly", "ministerial", "congress"})
#: roots of the stages of a pact (intents, talks, the pact), whose "one of its own" stands
#: for the same kind of tie with the same partner
PACT_STAGE_ROOTS = frozenset({"03", "04", "05"})
#: nouns of a relationship whose "between" phrase names its two sides ("ties between A and
#: B"), and the roots of acts on it that are the two sides' own when nobody else is named
TIE_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship", "talk", "talks",
                       "dialogue", "contact", "contacts", "cooperation", "exchanges",
                       "negotiation", "negotiations", "communication", "communications",
                       "link", "links", "rapprochement", "reconciliation"})
TIE_ROOTS = frozenset({"03", "04", "05", "06"})
#: verbs whose object is the side met ("met B for talks at which they ...")
MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome", "join"})
#: nouns of a pact whose signers a welcome of it is aimed at
PACT_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "memorandum",
                        "declaration", "ceasefire", "truce", "armistice", "protocol"})
#: nouns of an act's aim or means whose "with" phrase names its partner ("vowed to start
#: talks with B", "hopes to deepen ties through cooperation with B")
AIM_WITH_NOUNS = TIE_NOUNS | PACT_NOUNS | frozenset({
    "agreements", "deals", "treaties", "partnership", "alliance", "arrangement", "meeting",
    "meetings", "summit", "consultation", "consultations", "coordination", "collaboration",
    "normalisation", "normalization", "accords", "pacts"})
#: verbs of charging someone with a deed, whose object is the one charged
CHARGING_WORDS = frozenset({"accuse", "blame", "charge", "fault"})
#: nouns of people or groups that need not be any state's ("the groups", "the clergy")
PEOPLE_GROUP_NOUNS = frozenset({"group", "clergy", "activist", "protester", "protestor",
                                "journalist", "worker", "organization", "organisation",
                                "people", "member", "leader", "critic", "opponent"})
AIM_MEANS_PREPS = frozenset({"through", "via", "by", "for", "toward", "towards"})
#: roots of acts on a ship or plane, which are on the state whose flag it flies or whose
#: firm owns it ("seized a Liberian-flagged tanker")
FLAG_ROOTS = frozenset({"17", "18", "19", "20"})
#: participles that tie a craft to a state ("Greek-flagged", "Israeli-owned")
FLAG_PARTICIPLES = frozenset({"flagged", "owned", "operated", "managed", "registered"})
#: verbs that put a measure on a side ("the suspension the League imposed on Syria")
IMPOSING_VERBS = frozenset({"impose", "place", "slap", "levy", "put", "enforce"})
#: nouns a pact's name is built of ("memorandum of understanding", "deal on cooperation")
PACT_NAME_NOUNS = PACT_NOUNS | frozenset({"memoranda", "understanding", "cooperation",
                                          "partnership", "arrangement", "framework",
                                          "roadmap", "agreements", "deals", "treaties"})
#: nouns of talking about or making a pact, whose parties a "between" phrase of the pact
#: names ("the signing of a memorandum between A and B", "talks on a deal between A and B")
PACT_TALK_NOUNS = PACT_NAME_NOUNS | GATHERING_NOUNS | frozenset({
    "signing", "negotiation", "negotiations", "conclusion", "ratification"})
#: participles of making a pact, whose "by" phrase names its parties wherever the parser
#: hangs them ("the accord on a truce signed by A and B")
SIGNING_VERBS = frozenset({"sign", "conclude", "reach", "seal", "ink", "finalise", "finalize",
                           "agree", "negotiate"})
#: verbs that name a deed for what the speaker holds it to be ("what it called blackmail by
#: X"), whose deed's "by" phrase is the one faulted (link28)
NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "label", "denounce",
                          "condemn", "decry"})
#: words ranking the subject of a copula among those who did something ("the first to
#: visit", "the only leader to attend"; link28)
RANK_ORDINALS = frozenset({"first", "last", "only", "second"})
# verbs that raise their open complement's subject: "that X is expected to sign"
RAISING_VERBS = frozenset({"expect", "set", "due", "plan", "hope", "want", "intend", "seek",
                           "try", "agree", "prepare", "schedule", "aim"})
# verbs of sending someone somewhere: "will send a team to Dhaka to discuss ..."
SENDING_VERBS = frozenset({"send", "dispatch", "despatch"})
# month names that are also towns ("on March 4", "on 4 May")
MONTH_NAMES = frozenset({"march", "may", "june", "august"})
# verbs of turning to a side for help, and the roots of what that side then does for the asker:
# "X turned to Y, whose leaders agreed to send a mission" (a promise or aid to X)
TURNED_TO_VERBS = frozenset({"turn", "appeal", "ask", "approach", "request", "petition"})
ASKED_ROOTS = frozenset({"03", "05", "06", "07"})
# acts of forcing into or on another side's place, whose criticism is aimed at the doer the
# story told ("criticised the entry into the embassy"), and the roots of such acts
INTRUSION_NOUNS = frozenset({"entry", "raid", "storming", "incursion", "intrusion", "attack",
                             "assault", "break-in", "seizure", "search"})
INTRUSION_ROOTS = frozenset({"17", "18", "19"})
# a visiting party named only by a definite noun ("the delegation was received by ..."): the
# guest of the story's visit
GUEST_NOUNS = frozenset({"delegation", "visitor", "guest", "team", "envoy", "delegate",
                         "negotiator", "mission", "emissary"})
# nouns of setting people free: "called for the release of hostages held by X"
RELEASE_NOUNS = frozenset({"release", "return", "freedom", "freeing", "repatriation"})
# nouns of what the news told: a denied "Reuters report" or "BBC story" is the outlet's, but
# the denial answers whom it accuses
NEWS_NOUNS = frozenset({"report", "story", "article", "reporting"})
# verbs of a story's accusation: "a story accusing X of ..."
ACCUSING_VERBS = frozenset({"accuse", "blame", "implicate", "link", "tie", "charge"})
# nouns a reduced relative of detention hangs on instead of the people held: "the cases of
# citizens detained in X"
HOLDING_FRAMES = frozenset({"case", "detention", "release", "plight", "fate", "return"})
# verbs that tell the toll of a strike or a raid: "the strike killed three fighters"
TOLL_VERBS = TOLL_PARTICIPLES
# nouns of an invitation whose "to" phrase names the one invited
INVITATION_NOUNS = frozenset({"invitation", "invite"})
#: nouns of acts done to a person: whose the act is (a possessive) is the one it is done to
#: ("his arrest", "the envoy's expulsion"), not its doer
PATIENT_POSS_NOUNS = frozenset({"arrest", "detention", "deportation", "imprisonment", "jailing",
                                "capture", "abduction", "kidnapping", "release", "execution",
                                "expulsion", "extradition"})
#: of these, acts whose other side is a state, not the person ("her extradition to Peru":
#: from one state to another): the possessive is only no doer
PATIENT_STATE_NOUNS = frozenset({"extradition"})
PATIENT_TIME_PREPS = frozenset({"before", "after", "since", "until", "following", "for",
                                "toward", "towards", "ahead"})
#: a host's or a go-between's acts: a venue's state told doing them is no side of the meeting
BROKERING_CODES = frozenset({"039", "043", "045"})
#: rules that tell someone was in a place: a journey, no meeting a later noun refers to
PRESENCE_RULES = frozenset({"consult.present_in"})
# a trip's nouns, with a stop on the way ("after a stop in Athens")
TRIP_NOUNS = TRAVEL_NOUNS | {"stop", "stay"}
#: verbs that take up or refuse an offer: "Moscow turned the offer down"
OFFER_ANSWER_VERBS = frozenset({"accept", "reject", "turn", "decline", "refuse", "rebuff",
                                "spurn", "welcome", "embrace", "dismiss"})
#: what an offering verb's answer refers back to
OFFER_NOUNS = frozenset({"offer", "proposal", "overture", "invitation", "idea", "plan",
                         "suggestion"})
#: roots of help given or promised, aimed at whom the giver is said to be a lender to
PROVIDING_ROOTS = frozenset({"03", "07"})
#: roots of material help a side can pledge: cooperation in kind and aid
MATERIAL_HELP_ROOTS = frozenset({"06", "07"})
#: nouns that make a side another's provider: "Pakistan's largest lender", "donor to Kenya"
PROVIDER_NOUNS = frozenset({"lender", "creditor", "donor", "backer", "supplier", "sponsor",
                            "benefactor", "financier", "patron", "guarantor"})
#: gatherings whose place is the host's country for those who attend them
SUMMIT_PLACE_NOUNS = frozenset({"summit", "conference", "forum"})
#: verbs of a trip taking its traveller somewhere: "a tour that took him to Qatar"
TRIP_TAKING_VERBS = frozenset({"take", "bring", "lead", "carry"})
# roots of acts aimed where the act their own complement tells is aimed: a retreat from a
# measure ("pulled back from ending its pact with X"), a refusal, a threat, a reduction ("moved
# to cut flights to X"); not help ("helped free prisoners held by X" helps someone else) nor a
# denial ("denied selling arms to X" answers an accuser)
COMPLEMENT_AIMED_ROOTS = frozenset({"08", "12", "13", "16"})
# verbs of asking for something, whom a reporting side is the one asked of
ASKING_VERBS = frozenset({"ask", "request", "seek"})
# marks of a clause telling what a main clause answered: "recalled its envoy after X had
# asked that he be replaced" (link32)
ANSWERED_MARKS = frozenset({"after", "when", "because", "once"})
# verbs of a side answering an offer or appeal: "proposed talks, and Moscow has not
# accepted" (link32)
ANSWER_VERBS = frozenset({"accept", "reject", "decline", "refuse", "back", "welcome",
                          "approve", "endorse", "answer", "respond", "ignore", "rebuff"})
# participles of sending people out of a country: "migrants deported from the United States"
REMOVAL_VERBS = frozenset({"deport", "expel", "remove", "repatriate"})
# verbs of taking people in: "agreed to take back migrants deported from X"
TAKING_VERBS = frozenset({"take", "receive", "accept", "admit", "welcome", "repatriate"})
# participles of holding people: "officials held in Mali", "sailors detained in Iran"
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "arrest", "keep", "capture",
                           "seize", "abduct", "kidnap"})
#: verbs whose object was made to do what their infinitive says ("prompting Seoul to lodge a
#: complaint"; "pushed Beijing to ..." is an appeal, not a cause)
CAUSED_BY = CAUSATIVE_VERBS - {"push", "get", "make"}
# roots of violence a state is not taken to have done when a passive names no agent: "two
# citizens were killed in the blasts" tells victims, not a killer (an attack told by its
# noun, "a suicide bombing killed 40 police", still goes to the article's other side)
UNCLAIMED_ROOTS = frozenset({"18"})
# verbs whose subject does or owns up to the act their object names: "the group claimed the
# attack", "militants carried out the raid", "rebels launched an offensive"
DOING_VERBS = frozenset({"claim", "carry", "conduct", "launch", "stage", "mount", "execute",
                         "perpetrate", "commit", "orchestrate", "mastermind"})


def _as_asked_group(clause: Token) -> Token | None:
    """The plural subject of what an "as X asked them to" clause says was asked: the
    subject of the clause it hangs on, or of a clause inside that one before it ("said that
    both states should reopen talks, as the UN urged them to do")"""
    head = clause.head
    subj = child(head, ("nsubj",))
    if subj is not None and subj.tag_ == "NNS" and subj.pos_ == "NOUN":
        return subj
    if head.pos_ not in ("VERB", "AUX"):
        return None
    # (the said or proposed clause, however the parser hung it: "suggested to her guest
    # that both capitals reopen talks")
    return next((t for t in head.doc[head.i + 1:clause.i] if t.dep_ == "nsubj" and (
        t.tag_ == "NNS" and t.pos_ == "NOUN") and t.head.pos_ in ("VERB", "AUX") and (
        t.head.dep_ in ("ccomp", "acl", "xcomp", "conj"))), None)


# nouns of an occasion of its own (a meeting, a summit) that may be joined to the one met
# ("met X, as well as the summit in Doha with Y")
OCCASION_NOUNS = frozenset({"meeting", "summit", "conference", "talk", "session", "visit",
                            "gathering", "consultation", "forum", "assembly"})


def _not_in_other_occasion(found: list[ResolvedActor], obj: Token) -> list[ResolvedActor]:
    """``found`` less the sides named only inside an occasion noun joined to ``obj``."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
             for c in obj.conjuncts if c.i > obj.i and c.pos_ == "NOUN"
             and c.lemma_.lower() in OCCASION_NOUNS]
    if not spans:
        return found
    return [a for a in found if a.actor.start is None
            or not any(lo <= a.actor.start < hi for lo, hi in spans)]


def _own_occasion_sources(noun: Token, sources: list[ResolvedActor]) -> list[ResolvedActor]:
    """"A met B's minister, as well as the summit in Quito of C together with D": an
    occasion noun joined to the one met is a meeting of its own, and the subject of the
    verb that met is none of its parties (only those its own phrase names)."""
    head = noun.head
    verb = head.head if head.dep_ in ("dobj", "appos") else head
    if noun.dep_ != "conj" or noun.lemma_.lower() not in OCCASION_NOUNS or (
            verb.lemma_.lower() not in ("meet", "receive", "host")):
        return sources
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    return [s for s in sources if s.actor.start is not None and lo <= s.actor.start < hi]


#: the armed or political groups set against a state's own institutions (``STATE_SECTORS``)
#: at home: a government and the rebels or opposition of its own country are two sides
FOE_SECTORS = frozenset({"REB", "OPP", "SEP", "INS", "UAF"})
HOSTILE_ROOTS = frozenset({"11", "12", "13", "17", "18", "19", "20"})
#: nouns of an armed group fighting a state at home
ARMED_GROUP_NOUNS = frozenset({"rebel", "rebels", "militia", "militias", "insurgent",
                               "insurgents", "militant", "militants", "guerrilla",
                               "guerrillas", "separatist", "separatists"})


def _domestic_foe(sources: Sequence[ResolvedActor], targets: Sequence[ResolvedActor],
                  obj: Token | None, root: str) -> bool:
    """"Yemen's Saudi-backed government condemned the Houthis", "the army accused the
    opposition of plotting": a side of the subject's own country that the object itself
    names, a state's institution against a group set against it at home (or such a group
    against the state), or a named rival of another organ accused or condemned, is whom
    the act is on -- not the side named first in a modifier of the subject, nor the
    article's other party. A government's own forces or militias
    are such a side only for a hostile act ("accused Libyan militias of attacking")."""
    if obj is not None and obj.pos_ == "PRON" and obj.tag_ == "WDT" and obj.dep_ == "dobj":
        # "the attacks, which the army blames on the RSF": the foe the verb's "on" or
        # "against" phrase names, the relative object being the deed
        spans = [(p.left_edge.idx, p.idx + len(p.text)) for c in kids(obj.head)
                 if c.dep_ == "prep" and c.lower_ in ("on", "against")
                 for p in kids(c) if p.dep_ == "pobj"]
        obj = None
    else:
        spans = []
    if obj is None and not spans or obj is not None and obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if obj is not None:
        spans.append((obj.left_edge.idx, obj.idx + len(obj.text)))
    # ("carries out air strikes in northern Iraq against the PKK": the foe the object's own
    # "against" phrase names, not the place; prec29)
    spans += [(c.idx, c.right_edge.idx + len(c.right_edge.text))
              for h in (((obj, obj.head) if obj.dep_ in ("dobj", "obj") else (obj,))
                        if obj is not None else ())
              for c in kids(h) if c.dep_ == "prep" and c.lower_ == "against"]
    src = {s.actor.sector for s in sources}
    # (a state named by its country, "Turkey", is the state facing its armed foes)
    state = {s.actor.sector or ("GOV" if s.kind == "country" else None) for s in sources}
    for t in targets:
        if t.kind in ("implicit", "media", "dyad") or t.actor.start is None or not any(
                lo <= t.actor.start < hi for lo, hi in spans):
            return False
        sec = t.actor.sector
        if t.kind in ("person", "coref") and obj is not None and obj.pos_ == "PROPN" and (
                t.actor.name and root in HOSTILE_ROOTS) and t.actor.code not in {
                s.actor.code for s in sources}:
            # "the new president accused his predecessor Solih": a rival at home the object
            # names (a person of another organ of the same state)
            continue
        if t.kind == "coref" and not (state <= STATE_SECTORS and sec in FOE_SECTORS - {
                "OPP"} and obj is not None and obj.pos_ == "NOUN"):
            # (an armed group told before, "strike the group's bases", is the foe a state's
            # forces aim at; other sides told by a pronoun may be anyone's)
            return False
        if not ((state <= STATE_SECTORS and sec in FOE_SECTORS) or (
                src <= FOE_SECTORS and sec in STATE_SECTORS) or (
                src == {"GOV"} and sec == "MIL" and root in HOSTILE_ROOTS)):
            return False
    return True


def _home_person_charged(sources: Sequence[ResolvedActor], targets: Sequence[ResolvedActor],
                         verb: Token, root: str) -> bool:
    """"Prosecutors accuse him of taking bribes", "the court charged her with fraud": a
    person of the accusing body's own country, told by "him" or "her" as the object of a
    charge (11x), from another organ of the state (a former or sitting leader, an opposition
    figure) is whom the charge is aimed at -- not the article's other party."""
    obj = direct_object(verb)
    if root != "11" or obj is None or obj.lower_ not in ("him", "her") or not targets:
        return False
    src = {s.actor.sector for s in sources}
    return "JUD" in src and all(
        t.actor.country in {s.actor.country for s in sources} and t.actor.sector not in src
        and t.actor.sector in ("ELI", "GOV", "OPP", "BUS", "LEG") for t in targets)


# roots of coercive acts that serve as the means of another verb's act ("responded with
# sanctions", "answered with military pressure", "launched the offensive with strikes")
MEANS_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# phrases whose noun a relative clause's subject holds as its own deed (link36); "after",
# "from", "by", "against" or "under" name someone else's
HOLDER_PREPS = frozenset({"of", "since", "for", "in"})
# people who may come along on a journey that the actor lists give no sector
FELLOW_NOUNS = frozenset({"mediator", "team", "adviser", "advisor", "delegate",
                          "representative", "counterpart", "colleague"})
# markers of a clause that tells the conduct an act hangs on or answers ("unless X apologises")
HINGE_MARKS = frozenset({"if", "unless", "until", "because"})


def _fellow_travellers(verb: Token, r: ActorResolver, sources: Sequence[ResolvedActor],
                       targets: Sequence[ResolvedActor], kb: ActorKB) -> list[ResolvedActor]:
    """The sides of those who make a journey together with its subject: the people named by
    the objects of a "with" phrase after ``verb`` ("together with", "along with"), each one a
    side not already among the sources or targets (not goods: "arrived with aid from X");
    [] when there is none."""
    seen = {a.actor.country for a in (*sources, *targets)}
    found: list[ResolvedActor] = []
    for c in kids(verb):
        holders = [c] if c.dep_ == "prep" and c.lower_ == "with" else [
            g for g in kids(c) if g.dep_ == "prep" and g.lower_ == "with"] if (
            c.dep_ == "advmod" and c.lower_ in ("together", "along")) else []
        for prep in holders:
            if prep.i < verb.i:
                continue
            for p in kids(prep):
                if p.dep_ != "pobj":
                    continue
                for t in (p, *p.conjuncts):
                    if not (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
                            or kb.agent_sector(t.lemma_.lower())
                            or t.lemma_.lower() in FELLOW_NOUNS):
                        continue
                    for a in r.resolve(t):
                        if a.actor.country and a.actor.country not in seen and a.kind not in (
                                "implicit", "dyad", "place"):
                            seen.add(a.actor.country)
                            found.append(a)
    return found


def _clause_party(host: Token, r: ActorResolver, own: set[str | None], marks: frozenset[str],
                  mark_deps: tuple[str, ...], subj_deps: tuple[str, ...],
                  skip_kinds: tuple[str, ...]) -> list[ResolvedActor]:
    """The sides named by the subject of the first adverbial clause after ``host`` opened by
    one of ``marks`` (as a ``mark_deps`` child) whose subject (``subj_deps``, not a pronoun)
    names a side other than ``own``, leaving out actors of ``skip_kinds``; [] when none."""
    for c in kids(host):
        if c.dep_ != "advcl" or c.i < host.i or not any(
                m.dep_ in mark_deps and m.lower_ in marks for m in kids(c)):
            continue
        subj = child(c, subj_deps)
        if subj is None or subj.pos_ == "PRON":
            continue
        found = [a for a in r.resolve(subj) if a.actor.country and a.actor.country
                 not in own and a.kind not in skip_kinds]
        if found:
            return found
    return []


def _conditioning_party(verb: Token, r: ActorResolver, own: set[str | None]
                        ) -> list[ResolvedActor]:
    """The side whose conduct ``verb``'s act hangs on or answers: the subject of an "if",
    "unless", "until" or "because" clause of the verb or of the verb whose open complement it
    is ("will not hesitate to scrap the deal if X ..."), when it names a side other than
    ``own``; [] otherwise."""
    hosts = [verb]
    cur = verb
    while cur.dep_ == "xcomp" and cur.head.i != cur.i and len(hosts) < 3:
        cur = cur.head
        hosts.append(cur)
    for h in hosts:
        found = _clause_party(h, r, own, HINGE_MARKS, ("mark",), ("nsubj", "nsubjpass"),
                              ("implicit", "dyad"))
        if found:
            return found
    return []


def _it_antecedent(pron: Token, r: ActorResolver) -> Token | None:
    """The act an object "it" stands for when its clause is joined to one that names that
    act as its own object: "A criticised the veto, and B also condemned it" -> "veto" (a
    noun naming no actor itself); None otherwise."""
    if pron.lower_ != "it" or pron.pos_ != "PRON" or pron.dep_ not in ("dobj", "pobj"):
        return None
    verb = pron.head if pron.dep_ == "dobj" else pron.head.head
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    obj = direct_object(verb.head)
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NN" or r.resolve(obj, follow=False):
        return None
    return obj


def _gapped_actors(verb: Token, first: Token, r: ActorResolver,
                   found: Sequence[ResolvedActor]) -> list[ResolvedActor]:
    """Sides named in a gapped conjunct of the verb's object or phrase (``gapped_names``)
    that are of the same kind as those ``found`` and not among them: "visited A at the end
    of March and B this month", "flies to A on Monday and to B on Friday" (link27)."""
    kinds = {a.kind for a in found}
    seen = {a.actor.country for a in found}
    out: list[ResolvedActor] = []
    for t in gapped_names(verb, first):
        for a in r.resolve(t, follow=False):
            if a.kind in kinds and a.actor.country not in seen:
                seen.add(a.actor.country)
                out.append(a)
    return out


def _split_phrase_parties(verb: Token, obj: Token | None, pobj: Token, r: ActorResolver,
                          found: Sequence[ResolvedActor]) -> list[ResolvedActor]:
    """Parties of the verb's phrase ``pobj`` that the parser split from it (see
    ``target_lists``): "held talks with A and with B", "met with X of A, Y of B and Z of
    C"; only sides of other countries than those ``found`` (target30)."""
    seen = {a.actor.country for a in found}
    out: list[ResolvedActor] = []
    for t in (earlier_joined_phrase(verb, obj, pobj), split_list_tail(verb, pobj)):
        for a in r.resolve(t) if t is not None else []:
            if a.actor.country and a.actor.country not in seen:
                seen.add(a.actor.country)
                out.append(a)
    return out


def _ranked_complement_subject(verb: Token) -> Token | None:
    """"Chile may be the first to start talks with India", "she became the only
    leader to visit Kyiv": the subject of the copula whose "first"/"only" complement the
    infinitive ``verb`` hangs on (link28); None otherwise."""
    head = verb.head
    if head.dep_ not in ("attr", "acomp", "oprd") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) or verb.i < head.i:
        return None
    if head.lower_ not in RANK_ORDINALS and not (head.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in RANK_ORDINALS for c in kids(head))):
        return None
    cop = head.head
    if cop.lemma_.lower() not in ("be", "become", "remain"):
        return None
    subj = child(cop, ("nsubj",))
    return subj if subj is not None and subj.lower_ not in REL_PRONOUNS else None


def aid_code(cameo: str) -> bool:
    """Whether ``cameo`` gives aid (07x) or cuts it (:data:`AID_CUT_CODES`)."""
    return cameo[:2] == "07" or cameo[:3] in AID_CUT_CODES


def doer_told(noun: Token) -> bool:
    """Whether the clause names who did the act ``noun`` names: the subject of a verb of
    doing or claiming it takes as object ("the group claimed the attack")."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in DOING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that")
               for c in kids(noun.head))


#: measures a side takes to a court or the WTO (the one who imposed them is complained of)
MEASURES_TAKEN_TO_COURT = frozenset({"duty", "duties", "tariff", "tariffs", "ban", "bans",
                                     "measure", "measures", "restriction", "restrictions",
                                     "levy", "levies", "curb", "curbs", "subsidy", "subsidies",
                                     "quota", "quotas", "control", "controls"})


def _past_after_perfect_relative(tok: Token) -> Token | None:
    """The verb of the main clause a simple past ``tok`` belongs to when the parser joined it
    to a perfect relative clause without a relative pronoun ("called the pact the best the
    two sides have signed and urged ...": "urged" cannot share "have"), else None."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(tok)):
        return None
    rel = tok.head
    if rel.dep_ != "relcl" or rel.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d", "'ve")
            for c in kids(rel)):
        return None
    if any(c.lower_ in REL_PRONOUNS for c in kids(rel)):
        return None  # ("the deal that they had signed and praised": the pronoun's clause)
    noun = rel.head
    main = noun.head
    if noun.dep_ not in ("dobj", "oprd", "attr", "pobj") or noun.i == main.i:
        return None
    if noun.dep_ == "pobj":
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") and main.i < rel.i else None


@dataclass(frozen=True)
class ToldAct:
    """An act the article told, with who did it as the parse found them (whether or not it
    made an event: a satellite launch has no target, an announcement no pattern)."""

    i: int  # the act's word in the document
    sent_start: int  # the first token of its sentence
    words: frozenset[str]  # the word's lemma and its pattern's head
    agents: tuple[ResolvedActor, ...]
    trigger: bool  # an act with a pattern of its own, not only a verb a noun may name


#: roots of the hostile acts that answer an event (:meth:`ArgumentPicker._response_targets`)
ANSWERING_ROOTS = DIRECTED_ROOTS | FORCE_ROOTS | {"15"}


class ArgumentPicker:
    """Mixin of :class:`detente.nlp.events.EventExtractor`: argument selection."""

    kb: ActorKB
    gazetteer: Gazetteer
    _sentence_triggers: list[Trigger]
    # the acts the article told so far, and the resolver (one per article) they belong to
    _told: list[ToldAct]
    _told_for: ActorResolver | None = None
    lexicon: Lexicon

    def _guarded_goods(self) -> tuple[str, ...]:
        """The words of what a side's security guard names (patterns.yaml's class
        ``guarded_goods``: "security", "safety", ...)."""
        return self.lexicon.classes.get("guarded_goods", ())

    def _note_act(self, r: ActorResolver, tok: Token, words: frozenset[str],
                  agents: Sequence[ResolvedActor], trigger: bool) -> None:
        """Remember who did the act ``tok`` tells, for a noun that refers back to it."""
        if self._told_for is not r:
            self._told, self._told_for = [], r
        named = tuple(a for a in agents if a.actor.start is not None and a.actor.country
                      and a.kind != "implicit")
        if not named:
            return
        code = next((t.pattern.cameo for t in self._sentence_triggers if t.token.i == tok.i),
                    "") if trigger else ""
        if code[:2] in MEASURE_ROOTS:
            # ("ordered the envoy to leave" is what "the expulsion" refers back to)
            words = words | {"root:" + code[:2]}
        self._told.append(ToldAct(tok.i, sent_of(tok).start, words, named, trigger))

    def _told_of_own_step(self, tok: Token, subj: Token | None, r: ActorResolver,
                          sources: list[ResolvedActor], targets: list[ResolvedActor]
                          ) -> list[ResolvedActor]:
        """The ones told of a step the teller's own side takes ("X informed his counterpart
        that X is ending the pact"), when ``tok`` heads the that-clause of a verb of telling
        and its doer is the teller's side; [] when the clause itself names whom the step is
        aimed at (a target named inside it stands) or the one told is the doer's own side."""
        told = told_addressee(tok)
        if told is None or subj is None:
            return []
        own = {s.actor.country for s in sources}
        if subj.pos_ == "PRON":
            if subj.lower_ not in ("it", "they", "we"):
                return []
        else:
            # (the teller is of the doer's side, or an official the sentence ties to no
            # state: "the Foreign Minister informed ...")
            teller = self._subject(tok.head)
            if teller is None:
                return []
            sides = {a.actor.country for a in r.resolve(teller)} & self.kb.country_codes
            if sides and not own & sides:
                return []
        told_to = [a for a in r.resolve(told) if a.actor.country not in own
                   and a.kind not in ("media", "implicit", "dyad")]
        if not told_to or (targets and {t.actor.country for t in targets} <= {
                a.actor.country for a in told_to}):
            return []
        lo, hi = tok.left_edge.i, tok.right_edge.i
        # (named, not a title taken back to someone told before: "the then deputy minister")
        named = {a.actor.country for sp in r.spans_in(tok.sent) if lo <= sp.start <= hi
                 for a in r.resolve(sp.root) if a.kind not in ("coref", "implicit")}
        if targets and {t.actor.country for t in targets} & (named - own):
            return []
        return told_to

    def _told_act_agents(self, o: Token, r: ActorResolver, own: set[str | None],
                         until: int | None = None) -> list[ResolvedActor]:
        """"Pyongyang launched a satellite ... Seoul condemned the launch", "welcomed the
        decision", "criticised the deployment": who did the act a definite noun names, as
        the parse found them when the article told it (in the noun's own sentence before
        it, or earlier); "the move", "the step" name only what that sentence or the one
        before just told. ``until``: a token index of the noun's sentence; acts told from it on
        are not looked at either (a saying is not the act it judges)."""
        if self._told_for is not r or not self._told or o.pos_ != "NOUN":
            return []
        low, lemma = o.lower_, o.lemma_.lower()
        if lemma in SPEECH_NOUNS or low.rstrip("s") in SPEECH_NOUNS:
            return []
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in kids(o)) or any(c.dep_ in ("poss", "compound", "amod", "nmod")
                                               and (c.pos_ in ("PROPN", "PRON")
                                                    or c.ent_type_ in ("NORP", "GPE"))
                                               for c in kids(o)):
            # ("the South's decision", "its decision", "the Belarusian attack": whose it is
            # says so)
            return []
        generic = lemma in GENERIC_ACT_NOUNS or low in GENERIC_ACT_NOUNS
        words = (ACT_NOUN_VERBS.get(low) or ACT_NOUN_VERBS.get(lemma) or frozenset()) | {lemma}
        # a measure noun refers back to an act of its root told with another verb ("ordered
        # the ambassador to leave" ... "condemned the expulsion")
        words |= {"root:" + c[:2] for c in event_noun_table().get(low) or event_noun_table().get(
            lemma) or () if c[:2] in MEASURE_ROOTS}
        sent = sent_of(o)
        before = sent_of(sent.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        for act in reversed(self._told):
            if act.sent_start == sent.start and act.i >= (o.i if until is None else min(
                    o.i, until)):
                continue  # (the noun itself, or an act told after it or after ``until``)
            if generic and act.sent_start < before:
                break
            if (generic and not act.trigger) or (not generic and not act.words & words):
                continue
            found = [ResolvedActor(a.actor, "coref", a.key) for a in act.agents
                     if a.actor.country not in own]
            if found or generic:
                return found  # (the move just told was the speaker's own side's: none)
        return []

    def _arguments(self, trig: Trigger, r: ActorResolver, passive: bool
                   ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        if trig.pattern.pos == "NOUN" and trig.pattern.cameo[:2] == "04" and (
                guests := self._guests_together_at(trig.token, r)) is not None:
            return guests
        sources, targets = self._found_arguments(trig, r, passive)
        if trig.pattern.source == ("dobj",) and not passive:
            # "Armenia hosts a Russian base": the side the object names acts (its forces
            # kept there), on the subject (the pattern's ``source`` slot; lead27)
            sources, targets = targets, sources
        if trig.pattern.id in GUARDING_IDS:
            # "will take firm steps to ensure the security of Seoul": the
            # purpose is the one who takes the measures'; the side guarded is the one the
            # object names, never a place ("the safety of its nationals in Sudan"; leads28)
            if not sources and (doer := _purpose_doer(trig.token)) is not None:
                sources = r.resolve(doer)
            own = {s.actor.country for s in sources}
            targets = [a for a in _guarded_sides(trig.token, r, self._guarded_goods())
                       if a.actor.country not in own]
        elif trig.pattern.cameo[:2] == "13" and targets and (
                guarded := {a.actor.country
                            for a in _guarded_sides(trig.token, r, self._guarded_goods())}):
            # "will take firm steps to ensure the security of Seoul": no
            # threat against the side the measures are to protect (leads28)
            targets = [t for t in targets if t.actor.country not in guarded]
        if sources and trig.pattern.id.startswith("aid.") and (
                trig.pattern.id.endswith("_on_request")) and (
                asker := _consent_giver(trig.token, r, sources)) and (
                not targets or all(t.actor.country in {s.actor.country for s in sources}
                                   for t in targets)):
            # "sent police and troops ... at Honiara's request", "At the request of
            # Mozambique, Rwanda began deploying a force": with no other state named as
            # where they went, forces sent at a side's request are sent to it (leads28)
            targets = asker
        if not sources and trig.pattern.cameo[:2] == "16" and trig.pattern.pos == "VERB" and (
                not passive) and (imposer := self._measure_imposer(trig.token, r)):
            # "The package bars imports of Russian diamonds", "Later rounds banned Russian
            # oil": a sanctions package or round that acts stands for whoever imposed it
            sources = imposer if not targets or any(
                t.actor.country != imposer[0].actor.country for t in targets) else []
            if sources and not targets:
                # ("The package bars imports of diamonds": no side named, the measure's own
                # target, as the latest measure told names it; lead27)
                targets = self._measure_aimed(r, imposer[0])
        if not sources and passive and trig.pattern.cameo[:2] == "16" and (
                trig.token.dep_ == "acl") and (
                trig.token.head.lemma_.lower() in MEASURE_SUBJECT_NOUNS):
            # "Canada's new curbs on Iran, adopted by its cabinet on Friday, ...":
            # the owner of the measure the participle tells of imposed it
            owner = child(trig.token.head, ("poss",))
            sources = [a for a in (r.resolve(owner) if owner is not None else [])
                       if a.actor.sector not in PRIVATE_MEASURE_SECTORS]
        if not targets and trig.pattern.pos == "NOUN" and trig.pattern.cameo[:2] in (
                "18", "19", "20") and (blamed := self._blamed_in_relative(trig.token, r)) and (
                {s.actor.code for s in sources} <= {b.actor.code for b in blamed[0]}):
            # "the shelling, which the junta pins on the militia", "blasts in the capital,
            # which officials there blamed on a neighbour": the one blamed did it, to the
            # side that blames it when nobody else is named (link32)
            sources, targets = blamed
        if trig.pattern.pos == "NOUN" and trig.pattern.cameo[:3] in ("161", "174") and (
                expeller := _expelled_from(trig.token, r, sources)):
            # "the expulsion of Dutch envoys from Iran": sent out of Iran by it (dir30)
            own = {a.actor.country for a in expeller}
            return expeller, [t for t in targets if t.actor.country not in own]
        if not sources and (trig.pattern.reciprocal or trig.pattern.cameo[:2] in TIE_ROOTS) and (
                len(pair := self._ties_between(trig, r)) >= 2) and {
                t.actor.country for t in targets} <= {a.actor.country for a in pair}:
            # "the restoration of relations between A and B", "the deal restored ties between
            # A and B": nobody else named doing it, the two the relationship is between
            return (pair, []) if len(pair) >= 3 else (pair[:1], pair[1:])
        if passive and sources and trig.pattern.cameo[:2] == "16" and (
                trig.token.dep_ == "relcl") and all(
                t.actor.country in {s.actor.country for s in sources} for t in targets) and (
                held := self._under_measure(trig.token, r)):
            # "its banks remain under US sanctions, which were reimposed in 2018": the
            # measure a side is said to be under is on that side (link32)
            own = {s.actor.country for s in sources}
            targets = [a for a in held if a.actor.country not in own] or targets
        if not sources and trig.pattern.cameo[:2] == "05" and trig.token.pos_ == "VERB" and (
                trig.token.lemma_.lower() in SEALING_VERBS) and (
                present := self._signed_before(trig.token, r)):
            # "in the presence of the two presidents, officials signed two memoranda": the
            # sides whose leaders watch the signing are its parties
            own = {t.actor.country for t in targets}
            present = [a for a in present if a.actor.country not in own]
            if targets and present:
                return present, targets
            if not targets and len({a.actor.country for a in present}) >= 2:
                return present[:1], present[1:]
        if trig.pattern.reciprocal and targets and len(
                {s.actor.country for s in sources}) == 2 and all(
                t.kind == "dyad" and (t.actor.text or "").lower().startswith("their ")
                for t in targets):
            # "A and B agreed to deepen cooperation between their countries": "their" is the
            # two subjects', whatever pair the story is about
            return sources[:1], sources[1:]
        if any(a.kind == "dyad" for a in (*sources, *targets)) and (
                trig.pattern.cameo not in captives.CAPTIVE_CODES):
            # "the two men" / "the four" just after people were told held are those people
            # (captives, private persons), not a pair of states
            sources = self._not_held_people(trig.token, sources, r)
            targets = self._not_held_people(trig.token, targets, r)
            if not sources:
                return [], []
        if sources and trig.pattern.pos == "NOUN" and trig.pattern.cameo[:2] == "04":
            sources = _own_occasion_sources(trig.token, sources)
            if not sources:
                return [], []
        if trig.pattern.cameo[:2] == "04" and not targets and len(sources) > 2 and (
                sources[0].kind == "dyad") and len(sources) > (sources[0].group or 0):
            sources = self._venue_not_side(trig.token, sources, r)
        if len(targets) == 2 and sources and all(t.kind == "coref" for t in targets) and (
                targets[0].actor.start == targets[1].actor.start) and (
                own := {s.actor.country for s in sources}) & {
                t.actor.country for t in targets}:
            targets = self._pair_acted_on(trig.token, targets, own, r)
        if passive and sources and targets and trig.pattern.cameo == "043":
            targets = self._not_bloc_of_gathering(trig.token, targets)
            if not targets:
                return sources, []
        if passive and sources and not targets and trig.pattern.cameo == "043":
            targets = self._story_guest(trig.token, r, sources)
        if sources and targets and trig.pattern.cameo[:2] in ("03", "04") and (
                {s.actor.country for s in sources} == {t.actor.country for t in targets}):
            sources = self._reporter_for_pronoun(trig.token, r) or sources
        if sources and targets and trig.pattern.cameo[:2] == "11":
            targets = self._intruder(trig.token, r, sources, targets) or targets
        if sources and trig.pattern.cameo[:2] in ASKED_ROOTS and (
                not targets or all(t.kind == "implicit" for t in targets)):
            targets = self._turned_to_by(trig.token, r, sources) or targets
        if sources and trig.pattern.pos == "VERB" and trig.pattern.cameo[:3] == "042" and (
                "with" not in trig.pattern.target) and (
                fellows := _fellow_travellers(trig.token, r, sources, targets, self.kb)):
            # "Meloni travelled to Tunis together with von der Leyen and Rutte", "arrived in
            # Riyadh with mediators from Oman": those who come along make the trip too (link35)
            # (told first, so that the subject stays the traveller a later "the delegation"
            # or "he" is taken for)
            sources = fellows + sources
        if not sources and trig.pattern.pos == "NOUN" and (
                trig.pattern.cameo[:2] in MEANS_ROOTS) and not trig.pattern.reciprocal and (
                (means := self._means_user(trig.token, r)) is not None):
            # "answered with military pressure around the island", "launched the offensive
            # with drone strikes": whoever acts with it uses it (link35)
            sources = means
        if not sources and trig.pattern.pos == "NOUN" and (
                trig.pattern.cameo[:2] in MEANS_ROOTS) and not trig.pattern.reciprocal and (
                (held := self._relative_holder(trig.token, r)) is not None):
            # "soldiers, who had guarded the bridge since the early weeks of the invasion", "an
            # agent who was serving a term for the murder of ...": the one the relative clause
            # is about did the deed named in it (link36)
            sources = held
        if sources and not targets and trig.pattern.cameo[:2] in FORCE_ROOTS and (
                trig.token.tag_ == "VBG") and (
                main := self._participle_main_act(trig.token)) is not None:
            # "attacked the border towns, killing dozens and taking hostages": the deeds a
            # participle clause adds are done where the main act was, by the same side
            own = {s.actor.country for s in sources}
            src, tgt = self._arguments(main, r, is_passive(main.token))
            if own <= {s.actor.country for s in src}:
                targets = [a for a in tgt if a.actor.country not in own]
        if sources and not targets and trig.pattern.cameo[:2] in PROVIDING_ROOTS:
            # "China, Pakistan's largest lender, rolled over its loans", "India was the main
            # lender to Sri Lanka, providing credit lines": help given by a side the clause
            # calls someone's lender or donor goes to that someone
            targets = self._provider_partner(trig.token, r, {s.actor.country for s in sources})
        if sources and not targets and trig.pattern.pos == "VERB" and (
                trig.pattern.cameo == "043" or (trig.pattern.cameo[:2] == "04" and (
                    trig.token.lemma_.lower() in JOINING_VERBS))):
            targets = self._gathering_side(trig, r, sources, passive)
        if sources and not targets and trig.pattern.pos == "VERB" and not passive:
            targets = self._gerund_clause_subject(trig, r, sources)
        if sources and not targets and trig.pattern.cameo[:2] in ("11", "12"):
            # ("condemned what it called manoeuvres by X": the naming inside the object)
            for namer in (trig.token, *(c for c in kids(trig.token) if c.dep_ == "ccomp" and any(
                    g.dep_ == "dobj" and g.lower_ == "what" for g in kids(c)))):
                if namer.lemma_.lower() in NAMING_VERBS and (
                        found := self._named_deed_doer(namer, r, sources)):
                    targets = found
                    break
        if sources and not targets and trig.pattern.pos == "VERB":
            targets = _relative_clause_targets(trig, r, sources)
        if trig.pattern.pos == "NOUN" and trig.pattern.cameo[:2] == "04" and (
                ranked := self._ranked_journey(trig.token, r)) is not None:
            # "The visit was X's first to Y", "the trip, her second to Y this year": the
            # journey's own ranking names the traveller and the destination (link29)
            sources, targets = ranked[0] or sources, ranked[1]
        return sources, targets

    def _ranked_journey(self, noun: Token, r: ActorResolver
                        ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """The traveller and the destination a journey noun's ranking names when the noun
        is the subject of "be" or has an apposition that ranks it: "The visit was Widodo's
        first to Australia", "The state visit, the President's first to China, ...", "the
        trip is the chancellor's second to India" -- ("X's", ORDINAL, an optional journey
        noun, "to" PLACE); None when no such ranking is told or its place is no other
        country than the traveller's."""
        if noun.lemma_.lower() not in RANKED_JOURNEYS:
            return None  # ("the talks were the centrepiece of X's first trip to Y")
        scopes = [c for c in kids(noun) if c.dep_ == "appos"]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            scopes += [c for c in kids(noun.head) if c.dep_ == "attr" and c.i > noun.i]
        doc = noun.doc
        for scope in scopes:
            lo, hi = scope.left_edge.i, scope.right_edge.i
            if scope.dep_ == "attr":
                hi = max(hi, max((c.right_edge.i for c in kids(noun.head) if c.i > scope.i
                                  and c.dep_ == "prep"), default=hi))
            for o in doc[lo: hi + 1]:
                if o.lower_ not in JOURNEY_RANKS or o.i < 1 or doc[o.i - 1].tag_ != "POS" or (
                        o.i != scope.i and o.head.i != scope.i):
                    continue
                to = doc[o.i + 1] if o.i + 1 < len(doc) else None
                if to is not None and to.lemma_.lower() in RANKED_JOURNEYS and o.i + 2 < len(doc):
                    to = doc[o.i + 2]
                if to is None or to.lower_ != "to" or (place := child(to, ("pobj",))) is None:
                    continue
                owner = doc[o.i - 2] if o.i >= 2 else None
                travellers = r.resolve(owner) if owner is not None else []
                own = {a.actor.country for a in travellers}
                dest = [a for a in r.resolve(place, follow=False)
                        if a.actor.country and a.actor.country not in own] or (
                    self._place_actor(place, own))
                if dest:
                    return travellers, dest[:1]
        return None

    @staticmethod
    def _named_deed_doer(tok: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                         ) -> list[ResolvedActor]:
        """"condemned what it called bullying by Beijing", "to answer what it termed
        threats by the junta": the "by" phrase of the deed the speaker names (hung on the
        noun or, as a passive's agent, on the verb) is whom the speaker faults (link28)."""
        deed = next((c for c in kids(tok) if c.dep_ in ("oprd", "dobj", "xcomp")
                     and c.pos_ == "NOUN" and c.i > tok.i), None)
        if deed is None:
            return []
        by = prep_obj(deed, ("by",)) or prep_obj(tok, ("by",), deps=("agent", "prep"))
        if by is None or by.i < deed.i:
            return []
        own = {s.actor.country for s in sources}
        found: dict[str | None, ResolvedActor] = {}
        for h in (by, *by.conjuncts):
            for a in r.resolve(h):
                if a.kind != "dyad" and a.actor.country and a.actor.country not in own:
                    found.setdefault(a.actor.country, a)
        return list(found.values())

    @staticmethod
    def _gerund_clause_subject(trig: Trigger, r: ActorResolver,
                               sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"objected to Uruguay going it alone", "protested against Beijing building
        bases": the subject of the gerund clause a target preposition of the pattern takes
        is the one acted on (link28)."""
        own = {s.actor.country for s in sources}
        for c in kids(trig.token):
            if c.dep_ != "prep" or c.lower_ not in trig.pattern.target or child(
                    c, ("pobj",)) is not None:
                continue
            clause = child(c, ("pcomp",))
            if clause is None or clause.tag_ != "VBG":
                continue
            subj = child(clause, ("nsubj", "poss"))
            if subj is None or subj.pos_ == "PRON":
                continue
            found = [a for a in r.resolve(subj) if a.actor.country and a.actor.country not in own]
            if found:
                return found
        return []

    def _gathering_side(self, trig: Trigger, r: ActorResolver,
                        sources: Sequence[ResolvedActor], passive: bool
                        ) -> list[ResolvedActor]:
        """The other side of a gathering's host or guest that a side clause of the gathering
        names (link28): "Oman hosted the round, which Iraq also attended" (the host
        receives the attenders; they visit the host), "a round hosted by A and joined by B",
        "signed the deal at a session ..., which was hosted by C" (the host receives whoever
        acts at it)."""
        tok = trig.token
        own = {s.actor.country for s in sources}
        if tok.lemma_.lower() in JOINING_VERBS:
            noun = clause_gathering(tok, GATHERING_NOUNS)
            return gathering_host(noun, r, own, GATHERING_NOUNS) if noun is not None else []
        noun = clause_gathering(tok, GATHERING_NOUNS) if passive or tok.dep_ == "acl" else (
            trig.obj or direct_object(tok))
        if noun is None or noun.lemma_.lower() not in GATHERING_NOUNS:
            return []
        found = gathering_joiners(noun, r, own, GATHERING_NOUNS)
        if not found and (scene := scene_verb(noun)) is not None and (
                subj := self._subject(scene)) is not None:
            found = [a for a in r.resolve(subj) if a.actor.country and a.actor.country not in own]
        return found

    def _participle_main_act(self, part: Token) -> Trigger | None:
        """The act of force a participle clause (or a participle joined to one) hangs on:
        "attacked X, killing ... and taking hostages" -> the trigger of "attacked"; None when
        the main verb fired no act of force (link27)."""
        cur = part
        while cur.dep_ == "conj" and cur.head.tag_ == "VBG":
            cur = cur.head
        if cur.dep_ != "advcl" or cur.head.pos_ != "VERB" or cur.head.i > cur.i:
            return None
        return next((t for t in self._sentence_triggers if t.token.i == cur.head.i
                     and t.pattern.cameo[:2] in FORCE_ROOTS and t.pattern.pos == "VERB"), None)

    @staticmethod
    def _offer_answerer(tok: Token, r: ActorResolver, own: set[str | None]
                        ) -> list[ResolvedActor]:
        """The subject of a later verb joined to ``tok`` that accepts or refuses "the offer"
        (or "it"): "offered talks, but Moscow turned the offer down", "offered to host the
        talks, and Kenya welcomed the idea"; [] when no such clause names another side."""
        for c in kids(tok):
            if c.dep_ != "conj" or c.i < tok.i or c.lemma_.lower() not in OFFER_ANSWER_VERBS:
                continue
            obj = direct_object(c)
            subj = child(c, ("nsubj",))
            if obj is None or subj is None or subj.pos_ == "PRON" or not (
                    obj.lemma_.lower() in OFFER_NOUNS or obj.lower_ == "it"):
                continue
            found = [a for a in r.resolve(subj) if a.actor.country not in own]
            if found:
                return found
        return []

    def _provider_partner(self, tok: Token, r: ActorResolver, own: set[str | None]
                          ) -> list[ResolvedActor]:
        """Whom the subject of ``tok``'s clause is said to be the lender, donor or backer of,
        by a noun set beside it ("China, Pakistan's largest lender, ...") or by the copula
        of a clause the trigger's participle hangs on ("India was the main lender to Sri
        Lanka, providing ..."); [] when no such noun names another side."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = self._subject(verb)
        if subj is None:
            return []
        roles = [c for c in kids(subj) if c.dep_ == "appos"]
        be = subj.head if subj.head.lemma_ == "be" else (
            verb.head if verb.dep_ == "advcl" and verb.head.lemma_ == "be" else None)
        if be is not None:
            roles += [c for c in kids(be) if c.dep_ == "attr"]
        for role in roles:
            if role.lemma_.lower() not in PROVIDER_NOUNS:
                continue
            whom = child(role, ("poss",)) or prep_obj(role, ("to", "for"))
            found = [a for a in r.resolve(whom, follow=False) if a.actor.country not in own
                     ] if whom is not None and whom.pos_ != "PRON" else []
            if found:
                return found
        return []

    def _relative_holder(self, noun: Token, r: ActorResolver) -> list[ResolvedActor] | None:
        """The antecedent of a relative clause (subject "who", "which" or "that") that carries
        ``noun`` in a chain of "of", "since", "for" or "in" phrases: the actor the clause is
        about; None when the noun is not so placed or the antecedent names no actor."""
        cur = noun
        for _ in range(3):
            prep = cur.head
            if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in HOLDER_PREPS:
                return None
            cur = prep.head
            if cur.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        if cur.pos_ not in ("VERB", "AUX") or cur.dep_ != "relcl":
            return None
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("who", "which", "that"):
            return None
        return r.resolve(cur.head) or None

    def _means_user(self, noun: Token, r: ActorResolver) -> list[ResolvedActor] | None:
        """Who uses ``noun`` (a coercive act) as the means of a verb's act: the subject of the
        verb whose "with" phrase it is ("hit back with sanctions"); None when the noun is no
        such phrase or the subject names no actor."""
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head  # ("with tariffs and bans": each a means)
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep" or (
                prep.head.pos_ != "VERB") or prep.i < prep.head.i:
            return None
        subj = self._subject(prep.head)
        if subj is None or subj.lower_ in REL_PRONOUNS:
            return None
        return r.resolve(subj) or None

    def _ties_between(self, trig: Trigger, r: ActorResolver) -> list[ResolvedActor]:
        """The parties of the relationship a trigger acts on when a "between" phrase names
        them: the trigger noun itself ("talks between A and B"), the relationship it is of
        ("the normalisation of ties between A and B") or a verb's object ("restored
        relations between A and B"); [] when there is no such phrase or it names fewer
        than two sides."""
        tok = trig.token
        prep = tok.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:
            prep = prep.head  # ("steps on curbing X and on restoring contacts between ...")
        if tok.dep_ == "pcomp" and prep.head.pos_ == "NOUN":
            # ("talks on establishing ties between A and B", "steps on restoring contacts
            # between their militaries": a topic, which no one is said to do yet)
            return []
        if tok.pos_ == "NOUN":
            places = [tok, prep_obj(tok, ("of",))]
        else:
            places = [trig.obj, direct_object(tok)]
        for noun in places:
            if noun is None or noun.pos_ != "NOUN" or (
                    noun.lemma_.lower() not in TIE_NOUNS and noun.lower_ not in TIE_NOUNS):
                continue
            pobj = prep_obj(noun, ("between", "among"))
            if pobj is not None and len(found := self._between_group(pobj, r)) >= 2:
                return found
        return []

    def _unnamed_people(self, obj: Token) -> bool:
        """Whether ``obj`` is a noun of people or a group outside a government that no actor
        resolves: "the groups", "Catholic clergy", "the army" (not a thing a side owns, "the
        vessel"; nor "the government" or a pronoun, which stand for a side told before)."""
        if obj.pos_ != "NOUN":
            return False
        lemma = obj.lemma_.lower()
        return lemma in PEOPLE_GROUP_NOUNS or self.kb.agent_sector(lemma) not in (None, "GOV")

    @staticmethod
    def _aimed_with(verb: Token, r: ActorResolver, own: set[str]) -> list[ResolvedActor]:
        """The partner a noun of the act's aim or means names in its "with" phrase: "vowed
        to open negotiations with B", "agreed to seek a deal with B", "pledged to act through
        cooperation with B"; [] when no such noun hangs on the verb or its open complement,
        or the phrase names only the doer itself (``own``: its actor codes; "the rebels
        agreed to start talks with other Afghans" is a partner of its own country)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        nouns: list[Token] = []
        cur: Token | None = verb
        for _ in range(2):
            cur = child(cur, ("xcomp",)) if cur is not None else None
            if cur is None or cur.pos_ != "VERB":
                break
            if (o := direct_object(cur)) is not None:
                nouns.append(o)
        nouns += [p for c in kids(verb) if c.dep_ == "prep" and c.lower_ in AIM_MEANS_PREPS
                  for p in kids(c) if p.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in AIM_WITH_NOUNS
                                       and noun.lower_ not in AIM_WITH_NOUNS):
                continue
            partner = prep_obj(noun, ("with",))
            if partner is None:
                continue
            found = [a for a in r.resolve(partner) if a.actor.code not in own
                     and a.kind not in ("implicit", "media")]
            if found:
                return found
        return []

    def _not_held_people(self, tok: Token, found: list[ResolvedActor], r: ActorResolver
                         ) -> list[ResolvedActor]:
        """``found`` less a group phrase that refers back to people told held shortly
        before ("the two men", "the four"): they are the captives, no pair of states."""
        if not any(a.kind == "dyad" for a in found):
            return found
        sent = sent_of(tok)
        out = []
        for a in found:
            if a.kind == "dyad" and a.actor.start is not None:
                phrase = next((t for t in sent if t.idx == a.actor.start), None)
                head = phrase
                while head is not None and head.dep_ in ("nummod", "amod", "det", "compound"
                                                          ) and head.head.i != head.i:
                    head = head.head
                if head is not None and captives.is_back_word(
                        cast("EventExtractor", self), head) and (captives.recent_captives(
                            cast("EventExtractor", self), r, head.i) or any(
                            ev.cameo in captives.CAPTIVE_CODES for ev in r.ctx.events[-12:])):
                    continue
            out.append(a)
        return out

    @staticmethod
    def _intruder(tok: Token, r: ActorResolver, sources: Sequence[ResolvedActor],
                  targets: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"criticised the entry into the embassy", "condemned the raid on the mission": the
        side whose place the act went into is its victim, and the criticism is aimed at the
        one the story told doing it (a seizure, assault or force used against that side);
        none when the act's doer is named with it or the story told no such act."""
        obj = child(tok, OBJ_DEPS)
        if obj is None or obj.lemma_.lower() not in INTRUSION_NOUNS or any(
                c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.pos_ == "PRON")
                for c in kids(obj)):
            return []
        place = next((child(c, ("pobj",)) for c in kids(obj)
                      if c.dep_ == "prep" and c.lower_ in ("into", "on", "of", "at")), None)
        if place is None:
            return []
        lo, hi = place.left_edge.idx, place.idx + len(place.text)
        victims = {t.actor.country for t in targets
                   if t.actor.start is not None and lo <= t.actor.start < hi}
        if not victims or len(victims) != len({t.actor.country for t in targets}):
            return []
        own = {s.actor.country for s in sources}
        for ev in reversed(r.ctx.events[-40:]):
            if ev.source is None or ev.target is None or ev.root not in INTRUSION_ROOTS:
                continue
            if ev.target.country in victims and ev.source.country and (
                    ev.source.country not in own | victims):
                return [ResolvedActor(ev.source, "coref")]
        return []

    def _reporter_for_pronoun(self, tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """"X said, after talks with Y's premier, that he had accepted an invitation to visit
        Y": a "he"/"she" subject in a reported clause that the person nearest before it made
        the side's own partner (the act would go from a country to itself) stands for the
        one reporting it, when that one is named; none otherwise."""
        subj = self._subject(tok)
        if subj is None or subj.lower_ not in ("he", "she"):
            return []
        rep = reporter(subj.head) if subj.head.dep_ == "ccomp" else None
        if rep is None or rep.pos_ != "PROPN" or rep.i > subj.i:
            return []
        return r.resolve(rep)

    def _turned_to_by(self, tok: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                      ) -> list[ResolvedActor]:
        """"X turned to Y, whose leaders agreed to send a mission", "X appealed to Y, which
        offered aid": a side the relative clause tells acting (helping, promising) after it
        was asked acts towards the side that asked (the subject of the asking verb); none
        when the clause is no relative clause on the one asked."""
        rel = tok
        while rel.dep_ in ("xcomp", "conj") and rel.head.pos_ in ("VERB", "AUX"):
            rel = rel.head
        if rel.dep_ != "relcl":
            return []
        noun = rel.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            gov = noun.head.head
        elif noun.dep_ in OBJ_DEPS:
            gov = noun.head
        else:
            return []
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in TURNED_TO_VERBS:
            return []
        subj = self._subject(gov)
        if subj is None:
            return []
        own = {s.actor.country for s in sources}
        return [a for a in r.resolve(subj) if a.actor.country and a.actor.country not in own]

    @staticmethod
    def _story_guest(tok: Token, r: ActorResolver, hosts: Sequence[ResolvedActor]
                     ) -> list[ResolvedActor]:
        """"The delegation was received by the Saudi minister": a visiting party named only
        by a definite noun is the guest of the story's latest visit to the host's country
        (the visitor of a ``042`` to it, the guest of a ``043`` by it); none when the story
        told no such visit."""
        subj = child(tok, ("nsubjpass",))
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in GUEST_NOUNS or (
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in kids(subj))):
            return []
        home = {h.actor.country for h in hosts} - {None}
        for ev in reversed(r.ctx.events[-30:]):
            if ev.source is None or ev.target is None or ev.root != "04":
                continue
            if ev.cameo.startswith("042") and ev.target.country in home and (
                    ev.source.country and ev.source.country not in home):
                return [ResolvedActor(ev.source, "coref")]
            if ev.cameo.startswith("043") and ev.source.country in home and (
                    ev.target.country and ev.target.country not in home):
                return [ResolvedActor(ev.target, "coref")]
        return []

    @staticmethod
    def _pair_acted_on(tok: Token, pair: list[ResolvedActor], own: set[str | None],
                       r: ActorResolver) -> list[ResolvedActor]:
        """"X congratulated both ministers and said it would stand with the two countries":
        a pair phrase taken for the acting side and one it acted on earlier in the sentence
        is the group that act was done to (each of its sides a target then), not the
        actor itself."""
        start = sent_of(tok).start_char
        acted: dict[int | None, list[Actor]] = {}
        for ev in r.ctx.events[-10:]:
            if ev.evidence.start == start and ev.source is not None and ev.target is not None \
                    and ev.source.country in own and ev.target.country not in own:
                acted.setdefault(ev.target.start, []).append(ev.target)
        for group in acted.values():
            countries = {a.country for a in group}
            if len(countries) >= 2 and countries & {t.actor.country for t in pair}:
                first = pair[0].actor
                return [ResolvedActor(replace(a, text=first.text, start=first.start,
                                              end=first.end), "coref")
                        for a in {a.country: a for a in group}.values()]
        return pair

    def _venue_not_side(self, tok: Token, group: list[ResolvedActor], r: ActorResolver
                        ) -> list[ResolvedActor]:
        """"Officials of both sides met in Nairobi": the candidates of a group phrase less
        the state the meeting is held in, which is no side of it only for being the venue
        (a member of the group named as such, "officials of Kenya and Somalia", is kept:
        no candidate list beyond the group's size comes from a named list)."""
        verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else tok
        place = prep_obj(tok, ("in", "at")) or prep_obj(verb, ("in", "at"))
        if place is None:
            return group
        venue = {a.actor.country for a in self._place_actor(place, set())}
        others = {a.actor.country for a in group} - venue
        if any(ev.source is not None and ev.target is not None and (
                {ev.source.country, ev.target.country} & venue) and (
                {ev.source.country, ev.target.country} & others) and (
                ev.cameo[:3] not in BROKERING_CODES) for ev in r.ctx.events[-40:]):
            # ("A and B quarrelled ... A recalled its envoy. Officials of both sides met in
            # A's capital": the venue's state is a side the story told acting with the other)
            return group
        kept = [a for a in group if a.actor.country not in venue]
        return kept if len({a.actor.country for a in kept}) >= 2 else group

    def _guests_together_at(self, noun: Token, r: ActorResolver
                            ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """"the meeting in Jeddah of the Gulf states together with A, B and C": the states
        listed as coming together with the gathered ones are guests of the state of the
        place (each a visit to it); None when the noun is not so told."""
        if noun.lemma_.lower() not in OCCASION_NOUNS:
            return None
        listed = next((p for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "with"
                       and any(a.dep_ == "advmod" and a.lower_ == "together" for a in kids(c))
                       for p in [prep_obj(noun, ("with",))] if p is not None), None)
        place = prep_obj(noun, ("in",)) if listed is not None else None
        if place is None or listed is None or place.pos_ != "PROPN":
            return None
        first = min([place.i] + [c.i for c in place.lefts if c.dep_ == "compound"])
        name = place.doc[first: place.i + 1].text  # ("in Addis Ababa")
        loc = self.gazetteer.lookup(name)
        if loc is None or not loc.country or loc.country not in self.kb.country_codes:
            return None
        guests = [a for a in r.resolve(listed) if a.actor.country in self.kb.country_codes
                  and a.actor.country != loc.country]
        if not guests:
            return None
        host = ResolvedActor(Actor(text=name, name=None, code=loc.country,
                                   country=loc.country, sector=None,
                                   start=place.doc[first].idx,
                                   end=place.idx + len(place.text)), "place")
        return guests, [host]

    def _not_bloc_of_gathering(self, tok: Token, targets: list[ResolvedActor]
                               ) -> list[ResolvedActor]:
        """"the next summit of the League will be hosted by X": the body whose gathering
        is hosted is no guest of the host (the members who attend are), so the bodies named
        inside a gathering noun that is the passive subject are dropped."""
        subj = passive_subject(tok)
        if subj is None or subj.lemma_.lower() not in OCCASION_NOUNS:
            return targets
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        return [t for t in targets if t.actor.country not in self.kb.igo_codes
                or t.actor.start is None or not lo <= t.actor.start < hi]

    def _found_arguments(self, trig: Trigger, r: ActorResolver, passive: bool
                         ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        tok, pat = trig.token, trig.pattern
        if pat.pos == "NOUN":
            sources, targets = self._noun_arguments(trig, r)
            if not sources and pat.reciprocal and pat.cameo[:2] == "05" and len(
                    signers := self._pact_signers(tok, r) or relative_signers(
                        tok, r, SIGNING_VERBS)) > 1:
                # "the treaty concluded in Asmara by A and B": each signer a party
                return signers, []
            if pat.cameo.startswith("084") and not passive:
                # "led to the release of two French nationals detained in Iran": the state
                # the freed were held in frees them (not the one whose efforts led to it)
                return self._released_from(tok, r) or (sources, targets)
            return sources, targets
        if pat.cameo == "043" and tok.dep_ == "acl" and tok.lemma_.lower() == "host" and (
                found := self._summit_guests(trig, r)) is not None:
            # "met B on the sidelines of the meeting of G20 ministers hosted by India": the
            # host hosted those who met there, never the grouping that met
            return found
        if pat.id.endswith("evaluative_speech") and self._reports_own_judgement(trig):
            return [], []
        if pat.reciprocal and pat.cameo[:2] == "05" and (
                paper := trig.obj or direct_object(tok)) is not None and stance_paper(paper):
            # "the four governments signed a joint statement calling X a victim", "signed a
            # letter urging Y to ...": a stance the signers take on someone else together,
            # not an agreement between them
            return [], []
        if not passive and pat.cameo[:2] == "17" and tok.dep_ == "acl" and (
                tok.tag_ == "VBN") and "dobj" in pat.target and not any(
                c.dep_ in ("nsubj", "dobj") for c in kids(tok)):
            # "citizens detained in China", "the cases of two Canadians held in Iran": an
            # agentless reduced relative; the noun is the one held, and the state it is held
            # in holds it
            return self._held_in(tok, r)
        if not passive and pat.cameo[:2] in ("11", "13") and not pat.reciprocal and (
                tok.dep_ == "acl" and tok.tag_ == "VBN") and "dobj" in pat.target and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "ccomp") for c in kids(tok)
            ) and tok.head.dep_ not in ("ROOT", "nsubj", "nsubjpass"):
            # (not a main verb the parser hung on its own subject: "the task force condemned
            # on Sunday what it called ...")
            # "expelled a diplomat accused of spying", "tourists blamed for the riot": an
            # agentless reduced relative tells what is said of the noun, not what the noun
            # says (whoever accuses it is not named)
            return [], []
        sources: list[ResolvedActor] = []
        targets: list[ResolvedActor] = []
        noun = agreement_noun(tok)
        if noun is not None:
            # "the agreement between Biden and Xi to restore ...": the parties of the
            # agreement intend the act
            parties = [a for p in agreement_parties(noun) for a in r.resolve(p)]
            if parties:
                sources = fit_group(parties, [])
                if len(sources) >= 2:
                    return sources, []
                return sources, self._targets(trig, r)
        if passive and trig.obj is not None and trig.obj.dep_ == "nsubjpass" and (
                pat.reciprocal):
            # "talks between Serbian and Croatian negotiators were held in Brussels": the
            # parties the object names
            between = prep_obj(trig.obj, ("between", "among"))
            both = fit_group(r.resolve(between), []) if between is not None else []
            if len(both) < 2 and between is not None and between.lower_ == "them":
                # ("A and B flew to X, where talks between them were held")
                both = self._pair_before(trig.obj, r) or both
            if len(both) >= 3:
                return both, []
            if len(both) == 2:
                return both[:1], both[1:]
        if passive and (trig.obj is None or (
                trig.obj.dep_ == "nsubjpass" and pat.cameo[:2] in FORCE_ROOTS)):
            # (also "24 people were killed": a force pattern that read its object off the
            # passive subject still takes the agent and the one acted on from the passive)
            agent = prep_obj(tok, ("by",), deps=("agent", "prep")) or complement_agent(tok)
            if agent is not None:
                sources = r.resolve(agent)
                # "was received by A in Kyiv and by B in Moscow": each "by" phrase joined to
                # the first names another doer
                seen = {a.actor.country for a in sources}
                sources = sources + [a for b in more_agents(agent) for a in r.resolve(b)
                                     if a.actor.country not in seen]
            hung = self._phrase_on_last_agent(tok, agent, pat.target)
            if hung is not None:
                # "the sanctions imposed by A and its allies on Moscow": the verb's own
                # phrase, hung by the parser on the last of the "by" names, names the one
                # acted on, not a doer
                lo = hung.left_edge.idx
                hi = hung.right_edge.idx + len(hung.right_edge.text)
                sources = [a for a in sources if a.actor.start is None or not (
                    lo <= a.actor.start < hi)]
            if agent is None and pat.cameo[:2] == "16" and pat.prep == "from" and (
                    body := prep_obj(tok, ("from",))) is not None:
                # "Mali has been suspended from ECOWAS", "was expelled from the
                # Commonwealth": with no agent named, the body one is put out of did it
                sources = [a for a in r.resolve(body) if a.kind == "igo"]
            subj = passive_subject(tok)
            if agent is None and tok.lemma_.lower() == "summon":
                # "hours after she was summoned in Madrid", "was summoned to the foreign
                # ministry in Rabat": by the government of the capital it happened in
                sources = self._summoning_capital(tok, r, subj)
            cur = tok
            while subj is None and cur.dep_ == "conj" and is_passive(cur.head):
                # "who was detained in March and formally arrested in June"
                cur = cur.head
                subj = passive_subject(cur)
            if subj is None and cur.dep_ == "conj" and cur.head.pos_ == "VERB" and (
                    cur.head.i < cur.i):
                # "the prime minister flew into Hanoi and was met on the tarmac by his
                # host": the subject the two verbs share
                subj = self._subject(cur.head)
            if subj is not None and subj.lower_ in REL_PRONOUNS and cur.dep_ == "relcl":
                subj = cur.head  # "an employee who was detained": the employee
            if subj is not None and "dobj" in pat.target:
                # (the noun a reduced relative describes holds the agent in its own phrase)
                taken = {s.actor.start for s in sources}
                if subj.i == cur.head.i and cur.dep_ == "relcl":
                    # (not a place of the relative clause itself: "detained in Beijing")
                    own_span = cur.doc[cur.left_edge.i: cur.right_edge.i + 1]
                    taken |= {t.idx for t in own_span}
                targets = [t for t in r.resolve(subj) if t.actor.start not in taken]
            if not targets and subj is not None and "dobj" in pat.target and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in kids(subj)):
                # "Estonia, whose ambassador was expelled": the side the envoy is of
                taken = {s.actor.country for s in sources}
                targets = [t for t in self._whose_side(subj, r) if t.actor.country not in taken]
            if not targets and agent is not None and hung is not None:
                targets = [a for a in r.resolve(hung) if a.actor.country not in {
                    s.actor.country for s in sources}]
            if not targets:
                targets = self._targets(trig, r, skip_dobj=True)
            if not sources and agent is None and tok.lemma_.lower() in REMOVAL_VERBS and (
                    (left := prep_obj(tok, ("from",))) is not None):
                # "whose ambassador was expelled from Moscow", "were deported from Germany":
                # the state of the place one is put out of puts one out
                hit = {t.actor.country for t in targets}
                sources = [a for a in r.resolve(left, follow=False) if a.kind in (
                    "country", "metonym") and a.actor.country not in hit]
                if sources:
                    targets = [t for t in targets if t.actor.start is None or t.actor.start
                               < left.idx or t.actor.start > left.idx + len(left.text)]
            if not targets and subj is not None and "dobj" in pat.target and (
                    pat.cameo[:2] in HANDING_ROOTS) and (to := prep_obj(tok, ("to",))) is not None:
                # "the manuscript was returned by the agency to Italy": to whoever receives it
                targets = r.resolve(to)
            if not targets and sources:
                # "Kherson was shelled by Russian forces"
                targets = self._place_targets(trig, sources, objects=False,
                                              extra=[subj] if subj is not None else [])
            if not targets and sources and subj is not None:
                # "the balloon was shot down by U.S. jets": force against a thing is against
                # the side it belongs to
                targets = self._relation_partner(trig, r, sources, thing=subj)
            if len(targets) < 2 and sources and pat.cameo == "045":
                # "after talks mediated by Norway, A and B signed ..."
                parties = self._brokered_parties(trig, r, sources)
                targets = parties if len(parties) > len(targets) else targets
            if not targets and sources and tok.dep_ == "acl" and agent is not None and (
                    pat.cameo[:3] == "043"):
                # ("met Pacific leaders at a meeting hosted by X": see below)
                targets = self._occasion_guests(tok, r, {s.actor.country for s in sources})
            if not targets and sources and tok.dep_ == "acl" and not pat.reciprocal and (
                    agent is not None):
                # "Baku closed its border, a step condemned by Paris", "a decision criticised
                # by the EU": at whoever made the move the participle describes
                own = {s.actor.country for s in sources}
                targets = [a for a in self._summarized_doers(
                    tok.head, r, denial=pat.cameo == "016" or pat.cameo[:2] == "12")
                           if a.actor.country not in own]
            if not sources and agent is None and subj is not None and "dobj" in pat.target:
                # "the ministry said the Somali envoy had been expelled": told by the side
                # that did it
                sources = self._reporting_side(tok, r, subj, pat.cameo[:2]) or []
            if not sources and agent is None and targets and pat.cameo[:2] == "16":
                # "Biden announced that tariffs would be imposed on Chinese steel", "Ottawa
                # said new sanctions would be placed on Iranian officials": a measure told in
                # the passive by a state is its own, when it hits another side
                sources = self._reporting_side(tok, r, None, "16", hit={
                    t.actor.country for t in targets}) or []
            if not sources and targets and agent is None and pat.cameo[:3] == "063":
                # "was arrested in Thailand and extradited to the United States", "the former
                # Honduran president was extradited to the United States": by the state the
                # one handed over was held in, else by his own
                sources = self._extraditing_side(tok, r, subj, {
                    t.actor.country for t in targets})
            if not sources and not targets and agent is None and pat.cameo[:3] == "063" and (
                    handing := prep_obj(tok, ("from",))) is not None and (
                    handing := [a for a in r.resolve(handing, follow=False)
                                if a.kind in ("country", "metonym")][:1]):
                # "the former Peruvian president was extradited from the United States": by
                # the state he was held in, to his own (whose country the person is)
                home = self._extraditing_side(tok, r, subj, {handing[0].actor.country})
                if home:
                    sources, targets = handing, home
            if not sources and targets and agent is None and pat.cameo[:2] in (
                    FORCE_ROOTS - UNCLAIMED_ROOTS):
                # "since a Chinese balloon was shot down": force with no agent named, against
                # one side of the article's relationship, was used by the other (not an
                # assault: "two citizens were killed in the blasts" names no killer)
                sources = self._article_partner(trig, r, targets)
            if not sources and targets and agent is None and subj is not None and (
                    pat.cameo[:3] in ("084", "173")):
                # "the four men were detained in Ouagadougou", "two officials held in Mali
                # have been freed": the state the people were held or taken in holds or
                # frees them (after the article's relationship: "was arrested in Thailand in
                # a U.S. sting" is the other side's arrest)
                sources = self._holding_state(tok, subj, r, {t.actor.country for t in targets})
            return sources, targets
        subj = self._subject(tok)
        if subj is not None and tok.dep_ == "conj" and subj.head.i == tok.head.i and (
                (outer := self._reporting_subject(tok, subj, r)) is not None):
            subj = outer
        if subj is not None and (whole := split_subject(subj.head, subj) or (
                dateline_split_subject(subj.head, subj))) is not None:
            # "Shoigu and his Turkish counterpart Hulusi Akar signed ...": both sides
            # (pair31: also when a dateline's place took the subject's place)
            subj = whole
        held = self._meeting_they(subj, r) if subj is not None and (
            subj.lower_ == "they") else []
        if not held and subj is not None and subj.pos_ == "PRON" and subj.lower_ in (
                "it", "they") and (tok.dep_ == "relcl" and tok.head.dep_ in OBJ_DEPS) and (
                tok.head.head.pos_ in ("VERB", "AUX")) and (
                above := self._subject(tok.head.head)) is not None and above.pos_ != "PRON":
            # "urged Tehran to drop the ban it placed on our airlines": the pronoun inside
            # the object's relative clause is whoever acts on the object (here, Tehran)
            subj = above if r.resolve(above) else subj
        if subj is not None:
            # "a statement by the AU on Monday, which condemned ...": the clause the parser
            # hung on a date describes what the date is of
            ante = date_antecedent(subj) if tok.dep_ == "relcl" and (
                subj.i == tok.head.i) else None
            sources = self._of_chain(ante, r) if ante is not None else []
            if not sources and ante is None and tok.dep_ == "relcl" and (
                    subj.i == tok.head.i) and subj.dep_ == "appos" and subj.pos_ == "NOUN" and (
                    subj.head.pos_ == "PROPN") and not any(
                    c.dep_ in ("compound", "amod", "nmod", "poss") and (
                        c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("NORP", "GPE"))
                    for c in kids(subj)):
                # "Paris, the old colonial ruler, which pulled its soldiers out": the
                # relative clause's noun is a description of the name it is set beside (not
                # "two U.S. institutions that hosted ...", which names its own side)
                sources = [a for a in r.resolve(subj.head, follow=False)
                           if a.actor.start is not None and a.actor.end is not None
                           and a.actor.start <= subj.head.idx < a.actor.end]
            sources = held or sources or r.resolve(ante if ante is not None else subj) or (
                self._local_crowd(subj, tok))
            if subj.tag_ == "NNS" and (
                    named := prep_obj(subj, ("including", "like"))) is not None and (
                    shown := [a for a in r.resolve(named) if a.kind not in ("media", "implicit")
                              and a.actor.start is not None]):
                # "other governments, including France, have asked for ...", "several
                # states, like A and B, condemned ...": the ones the group is shown by (not
                # the speaker's side a bare group would be taken for)
                sources = shown
            if not sources and subj.pos_ == "PRON" and subj.lower_ in ("it", "they"):
                # "It agreed to ..., and it welcomed Syria back", "halted supplies to A and B
                # after they refused to pay": the side the clause this one is joined to names
                sources = self._clause_pronoun(subj, r)
            if not sources and (owned := self._whose_side(subj, r)):
                # "Qatar, whose emir hosted the two presidents": the side the "whose" phrase
                # belongs to acts
                sources = owned
                group = {a.actor.country for a in sources}
                if pat.reciprocal and len(group) >= 2 and any(
                        a.actor.country not in group for t in tok.subtree
                        if t.pos_ == "PROPN" and t.dep_ == "pobj" for a in r.resolve(t)):
                    # ("A, B and C, whose governments kept channels open to Maduro": a tie
                    # of each with the one named, not among themselves)
                    sources = []
            if not sources and subj.pos_ == "NOUN" and subj.tag_ == "NNS" and (
                    poss := child(subj, ("poss",))) is not None and poss.lower_ == "its" and (
                    owner := r._its_owner(poss)):
                # "ECOWAS closed the borders ..., and its leaders threatened to use force":
                # the people of the body "its" stands for act for it
                sources = [ResolvedActor(Actor(poss.text, None, owner, owner, None, poss.idx,
                                               poss.idx + len(poss.text)), "coref")]
            if sources and subj.pos_ == "NOUN" and (more := [
                    a for c in kids(subj) if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                    for j in c.conjuncts for a in r.resolve(j, follow=False)
                    if a.actor.country not in {s.actor.country for s in sources}]):
                # "Sudan and African Union investigators accused ...": each side the
                # people are named for
                sources = sources + more
            if sources and subj.i < tok.i:
                sources = self._outside_own_clause(sources, subj, tok)
            if sources and (fellows := co_subjects(subj, tok)):
                # "France, along with Germany, condemned ...", "Japan joined Seoul in
                # condemning ...": each acts
                seen = {s.actor.country for s in sources}
                sources = sources + [a for f in fellows for a in r.resolve(f)
                                     if a.actor.country and a.actor.country not in seen]
            if (group := self._speaking_group(subj, r)) and (subj.pos_ == "NOUN" or all(
                    s.actor.country in {g.actor.country for g in group} for s in sources)):
                # "A and B said they would ...", "the governments of A, B and C announced
                # that they would quit ...": a plural pronoun in what a group says is the
                # whole group, not its first member ("A and B said their leaders had
                # mediated ...": their own people, whoever "their" was taken for)
                sources = group
            weapon = subj
            if weapon.dep_ == "pobj" and weapon.head.lower_ == "of":
                weapon = weapon.head.head  # "launched dozens of strikes that killed ..."
            if not sources and pat.cameo[:2] in FORCE_ROOTS and tok.dep_ == "relcl" and (
                    subj.i == tok.head.i and subj.pos_ == "NOUN") and (
                    weapon.dep_ in OBJ_DEPS and weapon.head.pos_ == "VERB") and (
                    launcher := self._subject(weapon.head)) is not None:
                # "the military launched strikes that killed four people", "fired missiles
                # that hit a port": whoever launched or fired them
                sources = r.resolve(launcher)
        if sources and subj is not None and subj.pos_ == "PRON" and subj.lower_ in (
                "it", "they", "we") and (told := told_addressee(tok)) is not None and (
                kept := [a for a in sources if a.actor.country not in {
                    t.actor.country for t in r.resolve(told)}]):
            # ("notified Russia and Belarus that they would not extend ...": the pronoun in
            # what one tells of one's own step is the teller's side, not the told)
            sources = kept
        if not sources and subj is not None and subj.tag_ == "NNS":
            # "the speaker said legislators would write to Rome": bare officials, lawmakers or
            # troops in what a side says are that side's
            sources = self._speakers_people(subj, r)
        if not sources and subj is not None and (leader := group_leader(subj)) is not None:
            # "A mission, headed by a deputy minister of X, spent two days in talks ...":
            # the side of whoever leads it
            sources = r.resolve(leader)
        if not sources and subj is not None and subj.pos_ == "PROPN" and (
                side := reported_side(subj)) is not None and any(
                c.dep_ == "compound" and self.kb.agent_sector(c.lemma_.lower())
                for c in kids(subj)):
            # "X has expelled Y's envoy, Foreign Minister NAME said, accusing Y of ...": an
            # official no list names speaks for the side whose act she reports
            sources = [a for a in r.resolve(side) if a.kind in ("country", "metonym")]
        if not sources and subj is not None and subj.lower_ in ("they", "them") and (
                pat.cameo != "040") and (
                (scene := scene_subject(subj.head) or scene_subject(complement_host(
                    subj.head))) is not None) and scene.pos_ != "PRON":
            # ("met in Luanda, where the mediator got them to agree on a roadmap": the
            # ones a causative verb of the scene moves to act)
            # "A and B held talks in New York, where they agreed to ...": those who met
            # (not "where they discussed energy": the talks told again)
            sources = r.resolve(scene)
        if passive and trig.obj is not None and subj is not None and (
                subj.dep_ == "nsubjpass") and subj.head.i == tok.i and (
                {"iobj", "dative"} & set(pat.target)) and "dobj" not in pat.target and (
                prep_obj(tok, ("by",), deps=("agent", "prep")) is None):
            # "the ministry said the 18 diplomats had been given 48 hours to leave": the
            # passive subject of a verb of giving receives, the reporting side gives
            # ("Moldova was granted EU candidate status": the side named on what is given)
            givers = next((found for c in kids(trig.obj) if c.dep_ in ("compound", "nmod")
                           and c.i < trig.obj.i and c.pos_ == "PROPN"
                           for found in [r.resolve(c, follow=False)] if found), []) or (
                self._reporting_side(tok, r, subj, pat.cameo[:2]) or [])
            own = {g.actor.country for g in givers}
            given = [a for a in r.resolve(subj) if a.actor.country not in own]
            # (no giver found, no event: the one given the hours is never the giver)
            return (givers, given) if givers and given else ([], [])
        if passive and trig.obj is not None:
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            if agent is not None:
                sources = r.resolve(agent)
                # ("the deal was brokered by A and by B": each "by" phrase a doer; co-hosts
                # of talks are no pair of a reciprocal act: see implied.hosted_meetings)
                seen = {a.actor.country for a in sources}
                sources = sources + [a for b in more_agents(agent) for a in r.resolve(b)
                                     if a.actor.country not in seen] if not (
                    pat.reciprocal and tok.lemma_.lower() == "host") else sources
                if (hung := self._phrase_on_last_agent(tok, agent, pat.target)) is not None:
                    # ("the sanctions imposed by A and its allies on B": _phrase_on_last_agent)
                    lo = hung.left_edge.idx
                    hi = hung.right_edge.idx + len(hung.right_edge.text)
                    sources = [a for a in sources if a.actor.start is None or not (
                        lo <= a.actor.start < hi)]
            elif trig.obj.dep_ == "nsubjpass" and not {"dobj", "poss"} & set(pat.target):
                # "its ambassador had been recalled", "its troops were withdrawn": with no
                # agent named, the side whose own people or means the act moves does it (a
                # named possessor, "Chad's envoy", is resolved with the object itself)
                poss = next((c for c in kids(trig.obj) if c.dep_ == "poss"), None)
                if poss is not None and poss.lower_ == "its":
                    owner = r._its_owner(poss)
                    sources = [ResolvedActor(Actor(poss.text, None, owner, owner, None,
                                                   poss.idx, poss.idx + len(poss.text)),
                                             "coref")] if owner else sources
            elif subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i and (
                    "dobj" in pat.target):
                # "the ambassador had been declared persona non grata": the passive subject
                # is the one acted on, not the doer
                sources = self._reporting_side(tok, r, subj, pat.cameo[:2]) or []
        if passive and not sources and trig.obj is not None and pat.cameo[:2] == "16" and (
                trig.obj.dep_ == "nsubjpass") and prep_obj(
                tok, ("by",), deps=("agent", "prep")) is None:
            # "Biden announced that tariffs would be imposed on Chinese steel", "Ottawa said
            # new sanctions would be placed on Iranian officials": a measure told in the
            # passive by a state is its own, when it hits another side
            sources = self._reporting_side(tok, r, None, "16", hit={
                t.actor.country for t in self._targets(trig, r)}) or []
        if sources and trig.obj is not None and pat.cameo[:2] in ("01", "11", "12") and (
                trig.obj.lemma_.lower() in NEWS_NOUNS) and (
                accused := self._news_accused(trig.obj, r, sources)) is not None:
            # "denied a Reuters report that ...", "dismissed a BBC story": the outlet only
            # told it; the denial is aimed at whom the story accuses, if anyone
            return sources, accused
        if not sources and pat.reciprocal and pat.cameo[:2] == "05" and subj is not None and (
                subj.pos_ == "PRON"):
            # "Following the talks, they signed the treaty between A and B": an agreement
            # whose parties the phrase of the verb or of the agreement names is theirs
            obj = trig.obj or direct_object(tok)
            between = next((p for h in (tok, obj) if h is not None
                            for p in [prep_obj(h, ("between", "among"))] if p is not None), None)
            both = self._between_group(between, r) if between is not None else []
            if len({a.actor.country for a in both}) >= 2:
                return (both, []) if len(both) >= 3 else (both[:1], both[1:])
        targets = self._targets(trig, r)
        if targets and not pat.reciprocal and (obj := direct_object(tok)) is not None and (
                more := self._apposed_names(obj, r, targets)):
            targets = targets + more
        if sources and not pat.reciprocal and (
                told_to := self._told_of_own_step(tok, subj, r, sources, targets)):
            # "informed his British counterpart that Argentina is ending the pact", "told
            # Ankara that Moscow would quit the deal": one's own step, told to the one it is
            # aimed at (not a grouping that framed the meeting or the story's other side)
            targets = told_to
        if sources and not passive and not pat.reciprocal and pat.cameo[:2] in ("05", "11") and (
                doers := [a for a in self._object_doer_on_verb(tok, r) if a.actor.country not in
                          {s.actor.country for s in sources}]):
            # (before a place of the object's: "welcomed the signing in Doha by X")
            targets = doers
        if not sources and targets and pat.cameo[:3] == "063" and tok.tag_ in ("VBN", "VBD") and (
                tok.dep_ in ("conj", "advcl")) and is_passive(tok.head):
            # ("was arrested in Thailand and extradited to the United States", "was arrested
            # in Thailand, extradited to the United States two years later")
            sources = self._extraditing_side(tok, r, subj, {t.actor.country for t in targets})
        own = {s.actor.country for s in sources}
        home_charge = _home_person_charged(sources, targets, tok, pat.cameo[:2])
        if sources and all(t.actor.country in own for t in targets) and not home_charge:
            # "condemned Turkey and said it would impose sanctions on it": an object pronoun
            # is not the subject's own side but the one named before it
            obj = direct_object(tok)
            thing = same_act_thing(obj) if obj is not None else None
            if thing is not None and not r.resolve(thing, follow=False):
                # "France condemned the coup, and the UN chief also condemned it": the coup,
                # no side (not France, the party of the clause joined before)
                targets = []
            else:
                targets = self._pronoun_antecedent(tok, targets, r, own) or (
                    self._person_antecedent(tok, r, own)) or (
                    self._conjunct_party(trig, r, own)) or targets
        if sources and targets and not pat.reciprocal and all(
                t.actor.country in own for t in targets) and pat.cameo[:2] in ("08", "16") and (
                (gone := out_of(tok)) is not None):
            # "took its diplomats out of Kabul": the object is the side's own people; the
            # act is on the one they leave
            targets = [a for a in r.resolve(gone) if a.actor.country not in own] or (
                self._place_actor(gone, own)) or targets
        if sources and targets and not pat.reciprocal and not home_charge and all(
                t.actor.country in own for t in targets) and not _domestic_foe(
                    sources, targets, trig.obj or direct_object(tok), pat.cameo[:2]):
            # "the Secretary welcomed the expansion of U.S. access to Philippine bases": the
            # speaker's own side named first in the object is not whom the act is about
            obj = trig.obj or direct_object(tok)
            other = r.other_named(obj, own) if obj is not None else None
            if other is None and "complement" in pat.target and (
                    obj is None or not r.resolve(obj)):
                # (not "urged Congress to approve aid for Kyiv": told to one's own side)
                # "said France would continue its support for Ukraine": the reported clause
                # names the speaker's side first, the act is about the other party it names
                other = self._complement_other(tok, r, own)
            # ("conveyed India's concerns about the border": nobody else named, so whom the
            # frame, the readout or the article's relationship says)
            # ("welcomed the decision as a victory for Ukraine": the side's own name in a
            # phrase of the object; whoever made the decision the article told)
            if other is None and pat.cameo[:2] in HANDING_ROOTS:
                # "X's air force flies jets of Y's make, and Y has supplied rifles to its
                # army": help handed to "its" forces goes to the side named before the giver
                other = self._earlier_owner(tok, r, own)
            told = self._event_reference(trig, r, sources) if other is None else []
            targets = self._listed_with([other], tok, r) if other is not None else told or (
                [] if pat.cameo[:2] == "11" and not any(s.kind == "dyad" for s in sources)
                else targets)
        if not targets and sources and pat.cameo[:2] in ("06", "07") and (
                (asking := asker(tok)) is not None):
            # "Dili may ask Canberra to dispatch engineers", "asked its allies to supply
            # more shells": help asked for goes to whoever asks
            targets = [a for a in r.resolve(asking) if a.actor.country not in own]
        if sources and (targets or pat.cameo[:3] == "115") and pat.cameo[:3] in (
                "114", "115") and all(
                t.kind == "igo" for t in targets) and prep_obj(tok, ("against",)) is None and (
                trig.obj is None or prep_obj(trig.obj, ("against",)) is None):
            # "took its grievance to the Security Council", "brought a WTO complaint": the
            # body is where the complaint goes; it is against the other side of the article's
            # relationship (also when the body is the pattern's own phrase and no target is
            # left: "took the dispute to the WTO")
            if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
                # "X withdrew its envoy from Y and complained to the Arab League": the party
                # the same subject's first act named
                first = tok.head
                named = [p for h in (first, direct_object(first)) if h is not None
                         for p in [direct_object(h) if h is first else None,
                                   prep_obj(h, ("from", "to", "against", "on"))]
                         if p is not None]
                other = [a for p in named for a in r.resolve(p)
                         if a.actor.country not in own and a.kind != "igo"]
                if other:
                    targets = other[:1]
            if all(t.kind == "igo" for t in targets) and trig.obj is not None and (
                    trig.obj.lemma_.lower() in MEASURES_TAKEN_TO_COURT) and (
                    imposer := next((ev.source for ev in reversed(r.ctx.events[-30:])
                                     if ev.cameo[:2] == "16" and ev.source is not None
                                     and ev.target is not None and ev.target.country in own
                                     and ev.source.country not in own), None)) is not None:
                # "weighs taking the wine duties to the WTO": the side the story told
                # imposing measures on the complainant
                targets = [ResolvedActor(replace(imposer, text=None, start=None, end=None),
                                         "implicit")]
            partner = fit_group(r.group_actors(tok, 2), list(sources))
            if all(t.kind == "igo" for t in targets) and len(partner) == 1 and (
                    partner[0].kind != "igo") and partner[0].actor.country and (
                    any(c in own for c in r.ctx.main_dyad or ())) and not any(
                    t.actor.country == partner[0].actor.country for t in targets):
                targets = [ResolvedActor(replace(partner[0].actor, text=None, start=None,
                                                 end=None), "implicit")]
        others = [t for t in targets if t.actor.country not in own]
        if not others and sources and pat.cameo[:2] in SAID_ROOTS and (
                letter := letter_told(tok)) is not None and letter[1] is not None:
            # "sent a letter to the WHO's chief threatening to cut funding", "wrote to Kyiv
            # urging talks": said to whom the letter goes
            others = [a for a in r.resolve(letter[1]) if a.actor.country not in own]
            targets = others or targets
        if sources and pat.cameo[:2] in SAID_ROOTS and (not others or topical(tok, others,
                                                                              pat.target)):
            # "In his talks with Wang, he raised concerns about Hong Kong", "called Aliyev to
            # urge a halt": said to the one met, not to what it is about
            partner = frame_partner(tok, r, sources) or (
                purpose_partner(tok, r, sources) if not targets else [])
            targets = partner or targets
        if not targets and sources and pat.cameo[:2] == "04" and (
                head := relative_head(tok)) is not None and (
                between := prep_obj(head, ("between", "among"))) is not None:
            # "a meeting between A and B that the EU had planned to host": the host with each
            targets = [a for a in fit_group(r.resolve(between), []) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] == "04" and trig.obj is not None:
            # "will attend the summit that India hosts": a journey to the host
            host = host_of(trig.obj)
            if host is None and trig.obj.dep_ == "pobj" and trig.obj.head.lower_ == "of":
                host = host_of(trig.obj.head.head)  # "the Group of 20 summit that India hosts"
            if host is not None:
                targets = [a for a in r.resolve(host) if a.actor.country not in own]
        if not targets and sources and (pat.cameo[:3] == "043" or (
                pat.cameo[:2] == "04" and tok.lemma_.lower() == "host")):
            targets = self._guests(trig, r, own)
        if not targets and sources and pat.cameo[:3] == "043" and tok.dep_ == "acl" and (
                prep_obj(tok, ("by",), deps=("agent", "prep")) is not None):
            # "met Pacific leaders at a meeting hosted by X", "attended a luncheon hosted by
            # X": the guests of the occasion are who the clause it is set in brings to it
            targets = self._occasion_guests(tok, r, own)
        if not targets and sources and pat.cameo[:2] == "04":
            targets = self._destination(trig, sources)
        if not targets and sources and pat.cameo[:2] == "04":
            # "will send experts to Hanoi to discuss the port": talks a sending or
            # a journey is made for are with the side it goes to
            targets = self._sent_to(tok, r, own)
        if not targets and sources and pat.cameo[:2] in ("02", "10"):
            # "pressed for Tehran to release the sailors": of the one asked to act
            targets = self._asked_to_act(tok, r, own)
        if not targets and sources and pat.cameo[:2] == "02":
            # "called for restraint in the PRC's military activity": an appeal for what
            # someone should do is made to them
            asked = prep_obj(tok, ("for",))
            if asked is not None:
                own = {s.actor.country for s in sources}
                targets = [a for a in r.resolve(asked) if a.actor.country not in own]
                for noun in [asked] + [c for c in asked.conjuncts if c.i > asked.i]:
                    if targets:
                        break
                    # "called for a ceasefire and the release of hostages held by Hamas": the
                    # release is asked of whoever holds them
                    targets = self._holders(noun, r, own)
        if not targets and sources:
            targets = self._place_targets(trig, sources, objects=trig.obj is None)
        if not targets and sources and pat.cameo[:2] in LINK_PLACE_ROOTS:
            targets = self._link_place(trig, sources)
        if not targets and sources and (aid_code(pat.cameo) or pat.cameo[:3] == "033"):
            # "aid for those affected in Yemen", "gave funds to promote development in
            # Ethiopia": aid with no recipient named goes where the people or the purpose are
            targets = self._aid_destination(trig, r, {s.actor.country for s in sources})
        if not targets and sources and pat.cameo[:2] in FORCE_ROOTS and (
                dead := toll_object(tok)) is not None:
            # "shelled the village, killing three soldiers", "struck the convoy, wounding
            # two Turkish officers": force whose toll is told is against the side of the dead
            targets = [a for a in r.resolve(dead) if a.actor.country not in own]
        if not targets and sources and (mission := trig.obj or direct_object(tok)) is not None \
                and mission.lemma_.lower() in MISSION_NOUNS:
            # "would open new consulates in Bengaluru": toward the country they are in
            place = prep_obj(mission, ("in",)) or prep_obj(tok, ("in",))
            targets = self._place_actor(place, own) if place is not None else []
        if not targets and sources and pat.cameo[:2] == "05" and (
                post := next((p for h in (tok, direct_object(tok)) if h is not None
                              for p in [prep_obj(h, ("as",))] if p is not None
                              and p.lemma_.lower() in ENVOY_NOUNS), None)) is not None:
            # "named a veteran diplomat as its ambassador in Rome", "as envoy to Kyiv": the
            # country the post is in or to
            to = prep_obj(post, ("to",))
            place = prep_obj(post, ("in",))
            targets = [a for a in r.resolve(to) if a.actor.country not in own] if (
                to is not None) else []
            if not targets and place is not None:
                targets = [a for a in r.resolve(place) if a.actor.country not in own] or (
                    self._place_actor(place, own))
        if not targets and sources and pat.cameo[:2] == "13":
            # "warned that if the United States did not ..., there would be conflict": a
            # threat is aimed at the one whose conduct is its condition
            cond = condition_subject(tok)
            if cond is not None:
                own = {s.actor.country for s in sources}
                targets = [a for a in r.resolve(cond) if a.actor.country not in own]
            said = child(tok, ("ccomp",))
            what = child(said, OBJ_DEPS) if said is not None and said.lemma_ != "be" else None
            doer = child(said, ("nsubj",)) if said is not None else None
            if not targets and what is not None and any(
                    c.dep_ == "aux" and c.lower_ in MODALS for c in kids(said)) and (
                    doer is None or doer.pos_ == "PRON" or any(
                        a.actor.country in own for a in r.resolve(doer))):
                # "warned that Hanoi could halt shipments of Thai rice" said by Hanoi, "warned
                # that it could impose sanctions on Mali": aimed at the one the act warned of
                # would hit (a measure someone else might take is no threat by the warner)
                other = r.other_named(what, own) or r.other_named(said, own)
                targets = [other] if other is not None else []
        if not targets and sources and pat.cameo[:2] == "13" and (
                bearer := warned_of_consequences(tok)) is not None:
            # "warned that X would be held accountable for any provocation", "that
            # Washington would pay a heavy price": at the one who would bear it
            targets = [a for a in r.resolve(bearer) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] == "13" and (
                said := child(tok, ("ccomp",))) is not None and (
                act := child(said, ("nsubj", "nsubjpass"))) is not None and act.pos_ == "NOUN":
            # "warned that military action against Israel was possible": a threat of an act
            # against the one the act would be against
            against = prep_obj(act, ("against",))
            targets = [a for a in r.resolve(against) if a.actor.country not in own] if (
                against is not None) else []
        if not targets and sources and pat.cameo[:2] == "13":
            # "warned that Ankara would renew its push unless the militia pulled back", "that
            # the PKK's depots had become fair game": a threat is aimed at the armed group its
            # clause names, when no rule above found whom its act would hit (prec29)
            targets = self._warned_foes(trig, r, own)
        if not targets and sources and trig.obj is not None and pat.cameo[:2] in ("03", "04"):
            # "proposed talks between commanders from both countries": the other party of
            # the talks the object names
            between = prep_obj(trig.obj, ("between",))
            if between is not None:
                targets = [a for a in fit_group(r.resolve(between), list(sources))
                           if a.actor.country not in own]
        if len(targets) < 2 and sources and pat.cameo == "045" and (
                obj := trig.obj or direct_object(tok)) is not None:
            # "mediates talks on establishing ties between the two countries": the parties
            # named anywhere in what is mediated
            between = next((p for t in obj.subtree if t.dep_ == "prep" and t.lower_ in (
                "between", "among") for p in kids(t) if p.dep_ == "pobj"), None)
            pair = [a for a in fit_group(r.resolve(between), list(sources))
                    if a.actor.country not in own] if between is not None else []
            targets = pair if len(pair) >= 2 or not targets else targets
        if len(targets) < 2 and sources and pat.cameo == "045" and (
                scene := scene_subject(mediator_clause(tok))) is not None:
            # "A and B met in X, where C, mediating for the bloc, got them to agree ...",
            # "held talks in X, where C mediated between them": the two who met
            met = [a for a in fit_group(r.resolve(scene), list(sources))
                   if a.actor.country not in own]
            targets = met if len({a.actor.country for a in met}) >= 2 else targets
        if not targets and sources and pat.cameo == "045":
            targets = self._brokered_parties(trig, r, sources)
        if sources and pat.cameo[:2] == "05" and not pat.reciprocal and (
                obj := trig.obj or direct_object(tok)) is not None and (
                obj.lemma_.lower() in PACT_NOUNS) and (
                signers := [a for a in self._pact_signers(obj, r)
                            if a.actor.country not in own]):
            # "welcomes the agreement on a truce signed in Doha by A and B": at the signers
            # (not the place it was signed at)
            targets = signers
        if not targets and sources and pat.cameo == "045" and (
                obj := trig.obj or direct_object(tok)) is not None:
            # "said their leaders had mediated the exchange", "helped broker the truce": the
            # parties of the event the article told that the object refers back to (an
            # exchange or a swap mediated is one of prisoners, 08)
            targets = self._told_event_parties(obj, r, own) or (
                self._swap_sides(r, own) if obj.lemma_.lower() in ("exchange", "swap") and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(obj))
                else [])
        if not targets and sources and tok.dep_ == "relcl" and not pat.reciprocal and (
                (rel := direct_object(tok)) is None or rel.lower_ in REL_PRONOUNS or (
                    # ("a request X rejected the following day": a time, parsed as the
                    # object; link32)
                    rel.lemma_.lower() in TIME_WORDS and rel.i > tok.i)) and (
                subj is not None and subj.lower_ not in REL_PRONOUNS):
            # "Baku closed its airspace, a move that Paris condemned": at whoever made the
            # move the relative clause describes
            targets = [a for a in self._summarized_doers(
                tok.head, r, denial=pat.cameo == "016" or pat.cameo[:2] == "12")
                       if a.actor.country not in own]
        if not targets and sources and tok.dep_ == "relcl" and not pat.reciprocal and (
                pat.cameo[:2] in OWNED_OBJECT_ROOTS) and (
                subj is not None and subj.lower_ not in REL_PRONOUNS) and (
                (rel := direct_object(tok)) is None or rel.lower_ in REL_PRONOUNS):
            # "the two sides may reopen negotiations, which X has declined to join", "the
            # militia fired drones, which Y shot down": at whoever acts on the thing the
            # relative clause is about
            targets = [a for a in self._object_owners(tok.head, r)
                       if a.actor.country not in own]
        if not targets and sources and not pat.reciprocal and tok.dep_ == "advcl" and (
                tok.tag_ == "VBG") and (role := self._role_holder(tok)) is not None:
            # "Canberra is Port Moresby's biggest donor, providing ...", "Delhi has been
            # Colombo's main lender, extending ...": the doer's deed in the role it holds
            # toward the side the role is of (link32)
            targets = [a for a in r.resolve(role, follow=False) if a.actor.country not in own
                       and a.kind not in ("media", "implicit", "dyad")]
        if sources and not pat.reciprocal and pat.cameo[:2] in ("06", "07") and all(
                t.actor.country in own for t in targets) and (
                subj is not None) and (role := self._apposed_role_holder(subj)) is not None:
            # "Cairo, Haftar's closest ally, sent rescue teams", "Tokyo, Suva's biggest
            # donor, pledged grants": aid given in the role the doer holds toward a side
            # goes to that side (link32)
            targets = [a for a in r.resolve(role, follow=False) if a.actor.country not in own
                       and a.kind not in ("media", "implicit", "dyad")] or targets
        if not targets and sources and not pat.reciprocal and pat.cameo[:2] in ("02", "10") and (
                tok.dep_ == "advcl" and tok.head.pos_ == "VERB") and any(
                c.dep_ == "mark" and c.lower_ in ANSWERED_MARKS for c in kids(tok)) and not any(
                c.dep_ in ("dobj", "dative", "iobj") for c in kids(tok)) and (
                (answerer := self._subject(tok.head)) is not None):
            # "Paris recalled its envoy after Ouagadougou had asked that he be replaced",
            # "Rome released the ship when Tunis demanded it": an appeal naming no one asked,
            # told as what the main clause's doer answered, was made of that doer (link32)
            targets = [a for a in r.resolve(answerer) if a.actor.country not in own
                       and a.kind not in ("media", "implicit", "dyad")]
        if not targets and sources and not pat.reciprocal and pat.cameo[:2] in (
                "02", "03", "10") and tok.pos_ == "VERB" and (
                answerer := self._answering_conjunct(tok)) is not None:
            # "Washington proposed talks on a new framework, and Moscow has not accepted",
            # "the premier appealed for a foreign force, and the UN chief backed his
            # request": an offer or appeal naming no one is made of the side whose answer
            # the next clause tells (link32)
            targets = [a for a in r.resolve(answerer) if a.actor.country not in own
                       and a.kind not in ("media", "implicit", "dyad")]
        if not targets and sources and pat.cameo[:2] in ("12", "16", "17") and (
                accused := accused_alongside(tok)) is not None:
            # "declined to ratify the accession, accusing Y of sheltering militants",
            # "suspended the talks, blaming Seoul": at the one accused
            targets = [a for a in r.resolve(accused) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] in PROVOKED_ROOTS and not pat.reciprocal:
            # "troops fired warning shots when soldiers of X crossed the line", "Japan
            # protested after Chinese ships entered its waters": at whoever the clause of
            # the moment or the cause names as acting
            targets = self._provoker(tok, r, own)
        if not targets and sources and pat.cameo[:2] in ("11", "12") and not pat.reciprocal:
            targets = self._that_clause_doer(tok, r, own, pat.cameo)
        if not targets and sources and pat.cameo[:2] == "12" and not pat.reciprocal:
            targets = [a for a in self._refused_to(tok, r) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] == "02" and (
                tok.lemma_.lower() in ASKING_VERBS) and reported_outright(tok) and (
                speaker := reporter(tok)) is not None:
            # "Jakarta officials said other governments, including France, have asked for
            # similar transfers": a request told by a side with no one named is made of it
            targets = [a for a in r.resolve(speaker) if a.actor.country not in own
                       and a.kind not in ("media", "implicit", "dyad")]
        if not targets and sources and not pat.reciprocal and pat.cameo[:2] in ("02", "10") and (
                (obj := direct_object(tok)) is not None and conflict_sides_noun(obj)):
            # "urged all the parties concerned to return to talks", "called on both sides to
            # hold their fire": an appeal to the sides of the conflict is one to each side of
            # the pair the story is about (a third party's appeal only)
            targets = self._story_pair_addressees(tok, r, own)
        if not targets and sources and subj is not None and subj.pos_ == "PRON" and (
                subj.lower_ in ("it", "they", "we")) and (
                told := told_addressee(tok)) is not None:
            # "A and B notified C and D that they would not extend the deal", "informed
            # Beijing that it would expel two envoys": one's own step, told to the ones it
            # is aimed at
            targets = [a for a in r.resolve(told) if a.actor.country not in own
                       and a.kind not in ("media", "implicit")]
        if not targets and sources and not pat.reciprocal and (
                pat.cameo[:2] in COMPLEMENT_AIMED_ROOTS):
            targets = self._complement_targets(tok, r, own)
        if not targets and sources and not pat.reciprocal and pat.cameo[:2] == "03" and (
                child(tok, ("neg",)) is None):
            # "committed to giving Ukraine jets", "pledged to send aid to X": a pledge of the
            # side's own help is aimed where that help goes (link27)
            targets = self._complement_targets(tok, r, own, roots=MATERIAL_HELP_ROOTS)
        if not targets and sources and pat.cameo[:2] in TIE_ROOTS:
            targets = self._aimed_with(tok, r, {s.actor.code for s in sources})
        if not targets and sources:
            targets = self._event_reference(trig, r, sources)
        if not targets and sources:
            targets = self._response_targets(trig, r, sources)
        if not targets and sources and pat.cameo[:2] in ("11", "13", "14"):
            # "North Korea fired two missiles ..., and Japan lodged a protest": against the
            # one whose show of force or attack the sentence told before
            targets = self._offender(trig, r, sources)
        if not targets and sources and (obj := direct_object(tok)) is not None and (
                stand_in_object(obj)):
            # "A signed a pact with B, and C is negotiating one of its own", "A took B to the
            # WTO, and C brought its own case": the partner of the act told before
            targets = self._earlier_partner(tok, r, {s.actor.country for s in sources},
                                            pat.cameo[:2])
        if not targets and sources and not pat.reciprocal and pat.cameo[:2] not in (
                "01", "02", "04"):
            # "would not name a new envoy unless X apologised", "will not hesitate to scrap
            # the agreement if the Taliban fail to ...", "could not hand them over because
            # X had not ...": the side whose conduct the act hangs on or answers (link35)
            targets = _conditioning_party(tok, r, {s.actor.country for s in sources})
        if sources and not pat.reciprocal and pat.cameo[:2] in BORDER_ROOTS and all(
                t.actor.country in own for t in targets) and at_border(tok, trig.obj):
            # "moved troops to the border", "held drills along the frontier", "sealed the
            # frontier": a show of force or a closing at a border, with nobody (or only its
            # own forces) named, is aimed at the neighbour across it, the article's other
            # side (onesided25)
            across = self._article_partner(trig, r, sources)
            # (no other country in the sentence, nor the neighbour named in the act's own
            # clause in another role: "closed the border in solidarity with X")
            if across and not third_party_named(
                    tok, r, own | {a.actor.country for a in across}) and not (
                    other_country_in_clause(tok, r, own)):
                targets = across
        if not targets and sources:
            targets = self._relation_partner(trig, r, sources)
            if targets and pat.cameo[:2] in ("11", "12") and (
                    obj := direct_object(tok)) is not None and (spans := harmed_ranges(obj)):
                # ("opposed the use of force against X": the one harmed is no partner the
                # judgement is aimed at)
                harmed = harmed_sides(spans, r, sent_of(tok))
                targets = [a for a in targets if a.actor.country not in harmed]
        if not targets and sources and len(own) == 1 and trip_unplaced(tok, trig.obj, pat.cameo):
            # "the emir attended the session", "Rubio toured the locks": a trip or an
            # attendance told with no place goes to the host of the story's meeting, unless
            # the sentence names another country the trip may be to (onesided25)
            host = story_host(r, own)
            if host and not other_country_in_clause(tok, r, own | {host[0].actor.country}):
                targets = host
        if not targets and sources and len(own) == 1 and (
                pat.cameo[:3] == "033" or pat.cameo[:2] == "07") and (
                fund := pledging_beneficiary(tok, r, own)):
            # "the conference on a resilient Pakistan ... Saudi Arabia pledged a billion
            # dollars": aid pledged with no recipient named goes to the country the
            # pledging gathering told before is for (deed26)
            targets = fund
        if not targets and sources and len({s.actor.country for s in sources}) == 1 and (
                talks_offered(tok, pat)) and (
                pair := story_pair(cast("EventExtractor", self), r, sent_of(tok))) is not None:
            # "said it remained open to talks", "is willing to talk": an offer with no one
            # named is made to the other side of the pair the story is about
            own = sources[0].actor.country
            if own in {a.country for a in pair}:
                other = pair[1] if pair[0].country == own else pair[0]
                targets = [ResolvedActor(other, "coref")]
        armed = self._armed_group(tok) if not targets and sources and (
            pat.cameo[:2] == "07") else None
        if armed is not None:
            # "accused X of arming and fighting alongside the rebels": help to the fighters
            # (fighters of no named state are nobody's: "accused X of arming the rebels"
            # need not be the accuser's rebels)
            targets = [a for a in r.resolve(armed) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] in CHARGED_ROOTS and (
                charging := charging_verb(tok)) is not None and (
                accuser := self._subject(charging)) is not None:
            # "the Kremlin accused Ukrainian units of shelling the district", "blamed Manila
            # for refusing to talk": a hostile deed charged with nobody named as hit, and no
            # relationship of the article's to place it in, is charged as done to the
            # accuser's side (after the relationship: a third side may be the accuser)
            targets = [a for a in r.resolve(accuser) if a.actor.country not in own
                       and a.kind not in ("media", "implicit")]
        if not targets and sources and pat.cameo[:2] == "04" and not (
                pat.reciprocal and len({s.actor.country for s in sources}) >= 2):
            # ("Blinken and Wang Yi held talks in Jakarta": the two met each other there)
            targets = self._host_capital(trig, r, sources)
        if not targets and sources and pat.cameo == "057" and tok.pos_ == "VERB":
            targets = self._membership_body(tok, r, sources)
        if not targets and sources and pat.cameo[:3] == "042" and (
                tok.lemma_.lower() == "send" and tok.dep_ in ("advcl", "conj")):
            targets = self._stand_in_host(tok, r, sources)
        if not targets and sources and pat.cameo[:2] in READOUT_ROOTS and (
                tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") for c in kids(tok)) and not any(
                t.token.i == tok.head.i and t.pattern.cameo[:2] in ("02", "11", "12")
                for t in self._sentence_triggers):
            # "ECOWAS gave Mali until January to free them, and warned that sanctions could
            # follow": said to the one the first verb of the subject acted on (not after an
            # accusation or an appeal: "accused Russia and called for an inquiry")
            own = {s.actor.country for s in sources}
            targets = [a for c in kids(tok.head) if c.dep_ in ("dative", "dobj")
                       for a in r.resolve(c) if a.actor.country not in own
                       and a.kind in ("country", "metonym", "person", "igo")][:1]
        if not targets and sources and pat.cameo[:2] in READOUT_ROOTS:
            # a readout: what one side of the meeting just told says, it says to the other
            targets = readout_partner(tok, r, sources)
        if not targets and sources and pat.cameo[:2] == "03" and not (
                pat.reciprocal and len({s.actor.country for s in sources}) >= 2):
            # ("both presidents agreed to tell their ministers to ...": between the two)
            # "is ready to contribute air support to an African Union force": an intent is
            # aimed where the intended act is (an act with a pattern of its own is coded as
            # the intent itself: "is ready to provide aid to Nepal", 033)
            fired = {t.token.i for t in self._sentence_triggers}
            targets = self._intended_party(tok, r, own, fired)
        if not targets and sources and pat.cameo[:2] == "03":
            # "Washington offered talks, but Moscow turned the offer down": an offer is made
            # to whoever the clause joined to it says took it up or refused it
            targets = self._offer_answerer(tok, r, own)
        if not targets and sources and pat.cameo[:2] == "10" and tok.lemma_.lower() != "order":
            # (not "ordered an invasion": an order given to one's own side)
            # "summoned Pakistan's envoy and demanded the pilot's return": of the one the
            # same subject's act just named
            targets = self._coordinated_object(tok, r, own)
        if sources and targets and not pat.reciprocal and subj is not None and (
                subj.i < tok.i and subj.pos_ == "NOUN") and all(
                s.kind == "dyad" for s in sources) and self._group_from_object(
                tok, sources, r):
            # "The ministers welcomed the progress among A, B and C": a group the article
            # never named, read off the very names the act is about, is no doer of it
            return [], []
        if pat.cameo[:2] in ("02", "10", "11", "12", "13") and not pat.reciprocal and len(
                own := {s.actor.country for s in sources}) >= 2 and targets and {
                t.actor.country for t in targets} == own and not each_other(tok):
            # "the two leaders urged both governments to return to the talks": an appeal,
            # a demand or a judgement of a group is not made of the very same group (the
            # group the object names is someone else's; "each other" is the exception; a
            # group's candidates may include the one it is about: "both are worried about
            # North Korea")
            return sources, []
        if targets and pat.cameo[:2] in ("03", "07") and all(
                t.kind in ("igo", "institution", "agent") and t.actor.start is not None
                and t.actor.country not in self.kb.country_codes for t in targets):
            # "troops for the UN mission in Mali", "air support to an African Union force in
            # Somalia": help sent to a body's force abroad is help for the country it is in
            targets = self._mission_country(tok, targets[0], r) or targets
        if sources and not targets and pat.cameo[:2] == "07":
            targets = self._accusers_rebels(tok, r, {s.actor.country for s in sources})
        return sources, targets

    def _accusers_rebels(self, tok: Token, r: ActorResolver, own: set[str | None]
                         ) -> list[ResolvedActor]:
        """"accused Kigali of arming a rebel group that raided a border town", "accused
        Serbia of backing the armed group that attacked its police": help said to go to an
        armed group no actor names, whose attacks the clause tells, is help to the rebels at
        home of the one who alleges it (their country, sector REB)."""
        accusing = alleged_by(tok)
        if accusing is None:
            return []
        obj = direct_object(tok) or shared_object(tok)
        if obj is None or not any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                                  for c in kids(obj)):
            # (only a group whose deeds the clause tells, at the accuser's home: "a rebel
            # group in the north", "the rebels" alone leave whose they are untold)
            return []
        if r.resolve(obj) or not (
                obj.lemma_.lower() in ARMED_GROUP_NOUNS or (
                    obj.lemma_.lower() in ("group", "force", "movement") and any(
                        c.dep_ == "amod" and c.lemma_.lower() in ("armed", "rebel", "militant")
                        or c.dep_ == "compound" and c.lemma_.lower() in ("rebel", "militia")
                        for c in kids(obj))) or (obj.pos_ == "PROPN" and obj.ent_type_ in (
                            "ORG", ""))):
            return []
        subj = self._subject(accusing)
        found = [a for a in (r.resolve(subj) if subj is not None else [])
                 if a.actor.country and a.actor.country not in own
                 and a.actor.country in self.kb.country_codes]
        if not found:
            return []
        c = found[0].actor.country
        return [ResolvedActor(Actor(text=None, name=None, code=f"{c}REB", country=c,
                                    sector="REB", start=None, end=None), "implicit")]

    def _story_pair_addressees(self, tok: Token, r: ActorResolver, own: set[str | None]
                               ) -> list[ResolvedActor]:
        """Each side of the pair the story is about at ``tok``'s sentence, as the ones an
        appeal to "all sides" / "the parties concerned" is made of; [] when the story has no
        one pair or the speaker is one of its sides."""
        from detente.nlp.story import story_pair  # (story imports the extractor's helpers)

        pair = story_pair(self, r, sent_of(tok), frozenset(own))  # type: ignore[arg-type]
        if pair is None or {a.country for a in pair} & own:
            return []
        return [ResolvedActor(Actor(tok.text, None, a.code, a.country, a.sector), "coref")
                for a in pair]

    def _held_in(self, tok: Token, r: ActorResolver
                 ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        """The holder and the held of an agentless reduced relative of detention: the noun
        it describes (through "the cases of", "the detention of") and the country of its
        "in" place; nobody when no place is named."""
        held = tok.head
        if held.lemma_.lower() in HOLDING_FRAMES and (of := prep_obj(held, ("of",))) is not None:
            held = of
        targets = r.resolve(held)
        place = prep_obj(tok, ("in",))
        if place is None and tok.lemma_.lower() in REMOVAL_VERBS:
            # "migrants deported from the United States": the state they are sent out of
            place = prep_obj(tok, ("from",))
            # (not the place itself, which the phrase of the noun holds)
            targets = r.resolve(held, follow=False) if place is not None else targets
            if not targets and place is not None:
                # "Caracas agreed to take back migrants deported from X", "Guatemala received
                # flights of migrants expelled from Mexico": the side that takes in the
                # unnamed people is theirs
                targets = self._taker_of(held, r)
        if place is None or not targets:
            return [], []
        own = {t.actor.country for t in targets}
        sources = [a for a in r.resolve(place) if a.actor.country not in own] or (
            self._place_actor(place, own))
        return (sources, targets) if sources else ([], [])

    def _summit_guests(self, trig: Trigger, r: ActorResolver
                       ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """The host and the guests of a gathering a participle "hosted by X" describes, when
        the gathering is the scene of a meeting the sentence tells ("A met B at the summit
        hosted by X", "on the sidelines of the meeting of G7 ministers hosted by X"): X and
        the states that met there, not X itself; None when it is not told so."""
        tok = trig.token
        agent = prep_obj(tok, ("by",), deps=("agent",))
        if agent is None:
            return None
        cur, gathering = tok, None
        for _ in range(7):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                break
            if cur.lemma_.lower() in GATHERING_NOUNS:
                gathering = cur
            elif cur.dep_ not in ("pobj", "prep", "dobj") and cur.lemma_.lower() not in (
                    "minister", "leader", "head", "sideline", "sidelines", "margin", "margins"):
                return None  # (a noun the gathering is no scene of)
        if gathering is None or cur.pos_ not in ("VERB", "AUX"):
            return None
        meeting = next((t for t in self._sentence_triggers if t.token.i == cur.i
                        and t.pattern.cameo[:2] == "04" and t.pattern.cameo != "043"), None)
        if meeting is None:
            return None
        hosts = [a for a in r.resolve(agent) if a.actor.country in self.kb.country_codes]
        if not hosts:
            return None
        own = {h.actor.country for h in hosts}
        met_src, met_tgt = self._arguments(meeting, r, is_passive(cur))
        guests: dict[str, ResolvedActor] = {}
        for a in [*met_src, *met_tgt]:
            if a.actor.country in self.kb.country_codes and a.actor.country not in own:
                guests.setdefault(a.actor.country, a)
        if not guests:
            return None
        if gathering.lemma_.lower() in GATHERING_NOUNS:
            # ("a round hosted by A and joined by B": those who joined too; link28)
            for a in gathering_joiners(gathering, r, own, GATHERING_NOUNS):
                guests.setdefault(a.actor.country, a)
        return hosts, list(guests.values())

    @staticmethod
    def _pact_signers(pact: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The parties a participle of signing on a pact noun (or on its "on"/"for" topic)
        names by its "by" phrase ("the accord signed by A and B", "the agreement on a truce
        concluded in Doha by A and B")."""
        topic = prep_obj(pact, ("on", "for"))
        # ("the agreement for a cessation of hostilities signed by ...": on the topic's words)
        of = prep_obj(topic, ("of",)) if topic is not None else None
        for h in (pact, topic, of):
            if h is None:
                continue
            for c in kids(h):
                if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and (
                        c.lemma_.lower() in SIGNING_VERBS) and (
                        by := prep_obj(c, ("by",), deps=("agent",))) is not None:
                    found: dict[str, ResolvedActor] = {}
                    for p in [by, *by.conjuncts]:
                        for a in r.resolve(p):
                            found.setdefault(a.actor.code, a)
                    return list(found.values())
        return []

    def _released_from(self, noun: Token, r: ActorResolver
                       ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """The holders and the held a release noun's "of" phrases tell through a clause of
        holding on the freed ("the release of two sailors held in Iran and of an Iranian
        jailed in Canada"): each "held in" state and the people it held; None when no such
        phrase tells a holder."""
        sources: list[ResolvedActor] = []
        targets: list[ResolvedActor] = []
        first = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if first is None:
            return None
        # ("... held in Iran and of two Iranians held in Britain": the second "of" hangs on
        # the first phrase's words)
        ofs = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.lower_ == "of"]
        for of in ofs:
            for held in (p for p in kids(of) if p.dep_ == "pobj"):
                verb = next((c for c in kids(held) if c.dep_ in ("acl", "relcl")
                             and c.lemma_.lower() in HOLDING_VERBS), None)
                if verb is None:
                    continue
                src, tgt = self._held_in(verb, r)
                sources += [a for a in src if a.actor.code not in
                            {s.actor.code for s in sources}]
                targets += [a for a in tgt if a.actor.code not in
                            {t.actor.code for t in targets}]
        if not sources or not targets:
            return None
        if len(sources) > 1 and {a.actor.country for a in sources} != {
                a.actor.country for a in targets}:
            # (each side's people held by the other is a swap; other lists pair no one)
            return sources[:1], targets[:1]
        return sources, targets

    @staticmethod
    def _news_accused(noun: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                      ) -> list[ResolvedActor] | None:
        """Whom a news story that is denied or dismissed accuses: the object of its
        accusing verb ("a story accusing X of ...") or the doer its content clause names
        ("a report that X had ..."), less the denier's own side; None when a party other
        than an outlet owns the report ("a UN report": that body is the accuser)."""
        owners = [c for c in kids(noun) if c.dep_ in ("compound", "poss", "nmod")]
        owners += [p for c in kids(noun) if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   for p in kids(c) if p.dep_ == "pobj"]
        if any(a.kind != "media" for o in owners for a in r.resolve(o)):
            return None
        own = {s.actor.country for s in sources}
        for c in kids(noun):
            if c.dep_ not in ("acl", "relcl") or c.i < noun.i:
                continue
            if c.lemma_.lower() in ACCUSING_VERBS:
                who = direct_object(c)
            else:
                who = child(c, ("nsubj", "nsubjpass"))
                if who is not None and who.lower_ in REL_PRONOUNS:
                    who = None
            found = r.resolve(who) if who is not None else []
            return [a for a in found if a.actor.country not in own and a.kind != "media"]
        return []

    @staticmethod
    def _group_from_object(tok: Token, sources: Sequence[ResolvedActor], r: ActorResolver
                           ) -> bool:
        """Whether every country of a group subject is named inside the trigger's own
        object phrase (after the trigger) and nowhere before it in the sentence."""
        sent = sent_of(tok)
        after = tok.doc[tok.i + 1: tok.right_edge.i + 1]
        lo, hi = after.start_char, after.end_char
        inside: set[str | None] = set()
        before: set[str | None] = set()
        for sp in r.spans_in(sent):
            found = {a.actor.country for a in r.resolve(sp.root, follow=False)}
            if lo <= sp.start_char < hi:
                inside |= found
            elif sp.start_char < tok.idx:
                before |= found
        group = {s.actor.country for s in sources}
        return bool(group) and group <= inside and not group & before

    @staticmethod
    def _of_chain(noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The actor a noun or its chain of "of" phrases names ("the decisions of the summit
        of the SADC"), before any place or party deeper in its participles."""
        cur: Token | None = noun
        for _ in range(4):
            if cur is None:
                break
            found = r.resolve(cur, follow=False)
            if found:
                return found
            cur = prep_obj(cur, ("of", "by"))
        return []

    @staticmethod
    def _summoning_capital(tok: Token, r: ActorResolver, summoned: Token | None
                           ) -> list[ResolvedActor]:
        """The government whose capital an agentless summons took place in: "in Madrid",
        "to the foreign ministry in Rabat" (a capital named for its government, not the
        summoned envoy's own)."""
        places = [p for p in (prep_obj(tok, ("in", "to")),) if p is not None]
        places += [q for p in places if (q := prep_obj(p, ("in",))) is not None]
        own = {a.actor.country for a in r.resolve(summoned)} if summoned is not None else set()
        for p in places:
            found = [a for a in r.resolve(p, follow=False)
                     if a.kind == "metonym" and a.actor.country not in own]
            if found:
                return found[:1]
        return []

    @staticmethod
    def _asked_to_act(tok: Token, r: ActorResolver, own: set[str | None]
                      ) -> list[ResolvedActor]:
        """Whom an appeal or demand asks to act in a "for ... to" clause, on the trigger or,
        for an appeal noun that is an object, on its verb: "pressed for Tehran to release
        the sailors", "renewed its appeal for Moscow to withdraw", "the call of the EU for
        Serbia to withdraw"."""
        hosts = [tok] + ([tok.head] if tok.dep_ in OBJ_DEPS and tok.head.pos_ == "VERB"
                         else [])
        for h in hosts:
            for c in kids(h):
                if c.dep_ in ("advcl", "acl", "ccomp", "xcomp") and c.i > tok.i and (
                        asked := for_to_subject(c) or (
                            that_clause_subject(c) if h is tok and tok.pos_ == "NOUN"
                            else None)) is not None:
                    found = [a for a in r.resolve(asked) if a.actor.country not in own]
                    if found:
                        return found
        # ("the call of the EU for Serbia to withdraw": the clause hangs on the call)
        return []

    def _deadline_parties(self, verb: Token, holder: Token, r: ActorResolver
                          ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        """Who sends off an envoy told by the time given to go, and whose envoy it is
        (``nlp.rules.deadline_to_leave``): the subject that gives the time ("Peru gave
        Venezuelan diplomats 72 hours to leave"), else the nearest state side that tells it
        ("the ministry said the staff had been given 24 hours to leave", "summoned the
        ambassador and told him the staff had until Monday to leave"); the target is the
        envoy's country. Sources are [] when no side tells it."""
        targets = [a for a in r.resolve(holder) if a.actor.country]
        own = {a.actor.country for a in targets}
        if not targets:
            return [], []
        cur: Token | None = verb
        for _ in range(4):
            if cur is None:
                break
            subj = nearest_subject(cur, ("nsubj",))
            if subj is not None and subj.i != holder.i and subj.lower_ not in REL_PRONOUNS:
                side = [a for a in r.resolve(subj) if a.actor.country
                        and a.actor.country not in own
                        and (a.kind in ("country", "metonym", "agent", "institution")
                             or a.actor.sector in STATE_SECTORS)]
                if side:
                    return side, targets
            if cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or cur.head.i == cur.i:
                break
            cur = cur.head
        return [], targets

    @staticmethod
    def _reporting_side(tok: Token, r: ActorResolver, patient: Token | None, pat_root: str,
                        hit: set[str | None] | None = None) -> list[ResolvedActor] | None:
        """The side that reports its own act told in the agentless passive: "Kenya's foreign
        ministry said the Somali envoy had been expelled", "Dendias told reporters that the
        ambassador had been declared persona non grata" (a diplomatic measure, 16, said by
        a state of its own doing; only when the one acted on is named and of another side;
        not a seizure or an arrest, which a victim or a third side reports as often). A
        summoning is a state's own act as well: "the minister said the Russian envoy had been
        summoned to the ministry"."""
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING_VERBS or (
                pat_root != "16" and tok.lemma_.lower() != "summon"):
            return None
        said = child(tok.head, ("nsubj",))
        if said is None or said.lower_ in REL_PRONOUNS:
            return None
        side = [a for a in r.resolve(said) if a.kind in ("country", "metonym", "agent")
                or (a.kind in ("person", "coref") and a.actor.sector in STATE_SECTORS)]
        if hit is None:
            hit = {a.actor.country for a in r.resolve(patient)} if patient is not None else set()
        if not side or not hit or any(a.actor.country in hit for a in side):
            return None
        return side

    def _reports_own_judgement(self, trig: Trigger) -> bool:
        """"A and B condemned the launch as a danger, the ministry said": the judging words
        of a reported clause whose own verb judges in the same way are that verb's act, not
        a second judgement by the one who reports it."""
        root = trig.pattern.cameo[:2]
        spans = [(c.left_edge.i, c.right_edge.i) for c in kids(trig.token)
                 if c.dep_ in ("ccomp", "xcomp")]
        return any(t.pattern.cameo[:2] == root and t.token.pos_ == "VERB"
                   and not t.pattern.id.endswith("evaluative_speech")
                   and any(lo <= t.token.i <= hi for lo, hi in spans)
                   for t in self._sentence_triggers)

    def _holders(self, noun: Token, r: ActorResolver, own: set[str | None]
                 ) -> list[ResolvedActor]:
        """Who holds the people whose release or return ``noun`` names: the agent of the
        participle that describes them ("the release of hostages held by Hamas") or the
        country they are held in ("the return of citizens detained in Iran")."""
        if noun.lemma_.lower() not in RELEASE_NOUNS:
            return []
        held = prep_obj(noun, ("of",))
        part = next((c for c in kids(held) if c.dep_ == "acl" and c.tag_ == "VBN"),
                    None) if held is not None else None
        if part is None:
            return []
        agent = prep_obj(part, ("by",), deps=("agent", "prep"))
        if agent is not None:
            return [a for a in r.resolve(agent) if a.actor.country not in own]
        place = prep_obj(part, ("in",))
        return self._place_actor(place, own) if place is not None else []

    def _brokered_parties(self, trig: Trigger, r: ActorResolver,
                          sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Under the deal brokered by China, the two sides agreed ...", "A and B signed a
        truce after talks mediated by Norway", "the truce was agreed by A and B after talks
        mediated by X": the parties of a brokered deal or of mediated talks that frame a
        clause are the clause's subject (or its passive agent)."""
        tok = trig.token
        thing = trig.obj or (tok.head if tok.dep_ in ("acl", "relcl") else None)
        if thing is None and tok.dep_ == "advcl":
            # ("A and B agreed to a truce after peace talks mediated by X", parsed as a
            # clause of its own with the talks its subject)
            thing = child(tok, ("nsubj",))
        verb = thing.head.head if thing is not None and thing.dep_ == "pobj" else None
        if thing is not None and thing.dep_ == "nsubj" and thing.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in MEETING_FRAMES for c in kids(thing.head)):
            # ("signed an agreement, after talks mediated by Norway, to hold ...": the
            # parser made the talks the subject of the infinitive)
            verb = thing.head.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        subj = prep_obj(verb, ("by",), deps=("agent",)) if is_passive(verb) else None
        subj = subj or self._subject(verb)
        if subj is None:
            return []
        own = {s.actor.country for s in sources}
        found: list[ResolvedActor] = []
        for a in fit_group(r.resolve(subj), list(sources)):
            if a.actor.country not in own:
                own.add(a.actor.country)  # (one event a side: "the army and the RSF")
                found.append(a)
        if len(found) == 1:
            # "A agreed, in talks brokered by X, to restore relations with B", "A signed a
            # deal with B after talks mediated by X": the partner of the act is the other
            # party
            acts = [verb] + complement_acts(verb) + [
                c for c in kids(verb) if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in kids(c))]
            partner = next((p for v in acts for h in (v, direct_object(v)) if h is not None
                            for p in [prep_obj(h, ("with",))] if p is not None), None)
            found += [a for a in (r.resolve(partner) if partner is not None else [])
                      if a.actor.country not in own][:1]
        return found

    def _traveller(self, prep: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Who makes a trip told in a time phrase of a verb, the trip's own phrase naming no
        one: "arrived in Paris after a stop in Athens" (the one who arrives), "Lapid
        criticised Algeria during a visit to Rabat", "the criticism voiced by Lapid during a
        visit to Rabat" (a person who acts during it; not "China launched drills during a
        visit to Taiwan", whose visitor is unnamed)."""
        word, verb = prep.lower_, prep.head
        # ("returned from a visit to Paraguay": the one back from it made it; link35)
        if word in ("after", "before", "following", "from"):
            if verb.lemma_.lower() not in ARRIVAL_VERBS:
                return []
        elif word not in ("during", "on"):
            return []
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            doer = prep_obj(verb, ("by",), deps=("agent", "prep"))
        else:
            doer = self._subject(verb)
            if doer is not None and doer.i == verb.head.i and verb.dep_ in ("acl", "relcl") and (
                    verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who"
                                                    for c in kids(verb))):
                # (the noun a clause describes: its own phrase may name others; but "X, who
                # returned from a visit to Japan": the one the "who" stands for made it)
                return []
        found = r.resolve(doer) if doer is not None else []
        if word in ("during", "on") and not all(a.kind == "person" for a in found):
            return []
        return found

    def _summit_attended(self, noun: Token, r: ActorResolver
                         ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """For a summit or conference noun in an "at" or "on the sidelines of" phrase
        of a verb, with a place of its own ("in New Delhi", "held in Moldova", "of G20 states
        in Bali"): the verb's subject as the attendee and the host country the place lies
        in; None when the noun is not so placed, the subject names no state or a bloc
        (a bloc's own summit in a member's capital is no visit), or the place is its own."""
        if noun.lemma_.lower() not in SUMMIT_PLACE_NOUNS or noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.head.dep_ == "pobj":
            prep = prep.head.head  # ("at the Group of 20 summit", parsed "Group (of summit)")
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "sidelines",
                                                                 "margin", "margins") and (
                prep.head.dep_ == "pobj"):
            prep = prep.head.head
        # (not "arrived from the summit in X": a trip already over, told as background to
        # the one the story is about)
        if prep.lower_ != "at" or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        holders = [noun] + [o for o in (prep_obj(noun, ("of",)),) if o is not None] + [
            c for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
        place = next((p for h in holders if (p := prep_obj(h, ("in",))) is not None), None)
        subj = self._subject(prep.head)
        if place is None or subj is None:
            return None
        attendees = [a for a in r.resolve(subj) if a.kind in ("person", "coref", "agent")
                     and a.actor.country and a.actor.sector in ("GOV", None)]
        if not attendees or any(a.kind == "igo" or a.actor.country in self.kb.igo_codes
                                for a in r.resolve(subj)):
            return None
        own = {a.actor.country for a in attendees}
        hosts = [a for t in (place, *[c for c in kids(place) if c.dep_ == "appos"])
                 for a in r.resolve(t, follow=False) if a.actor.country not in own and (
                     a.kind == "metonym" or (a.kind == "country"
                                             and a.actor.sector in (None, "GOV")))]
        # (a place no capital: "in Bali", "in Samarkand", the country it lies in)
        hosts = hosts or self._place_actor(place, own)
        if not hosts:
            return None
        return attendees, hosts[:1]

    @staticmethod
    def _trip_destinations(trip: Token, r: ActorResolver, own: set[str | None]
                           ) -> list[ResolvedActor]:
        """The places a trip noun's relative clause of taking or bringing says it went to: "a
        regional tour that took her to Oman and Qatar as well", "the trip, which
        brought her to Kenya" -> those places' sides, less the traveller's ``own``."""
        for c in kids(trip):
            if c.dep_ != "relcl" or c.lemma_.lower() not in TRIP_TAKING_VERBS or not any(
                    g.dep_ == "nsubj" and g.lower_ in REL_PRONOUNS for g in kids(c)):
                continue
            to = prep_obj(c, ("to",))
            if to is None:
                continue
            found: list[ResolvedActor] = []
            for t in (to, *to.conjuncts, *more_agents(to)):
                found += [a for a in r.resolve(t) if a.actor.country not in own | {
                    f.actor.country for f in found}]
            if found:
                return found
        return []

    def _speakers_people(self, noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The speaker's side, with the noun's sector, for a bare plural agent noun that is
        a subject in what the speaker reports ("said officials would meet", "said troops had
        withdrawn"); [] when the noun is qualified (a name, a nationality, "their", "other")
        or its sector is not the state's."""
        sector = self.kb.agent_sector(noun.lemma_.lower())
        if sector not in STATE_SECTORS or noun.dep_ not in ("nsubj", "nsubjpass") or any(
                c.dep_ != "det" or c.lower_ != "the" for c in kids(noun)):
            return []
        said = noun.head
        if said.dep_ != "ccomp" or said.head.lemma_.lower() not in REPORTING_VERBS:
            return []
        # (the subject the reporting verb shares: "accused X of ... and said lawmakers would")
        speaker = self._subject(said.head)
        if speaker is None or speaker.i > noun.i:
            return []
        sides = {a.actor.country for a in r.resolve(speaker) if a.actor.country}
        if len(sides) != 1:
            return []
        country = sides.pop()
        return [ResolvedActor(Actor(noun.text, None, f"{country}{sector}", country, sector,
                                    noun.idx, noun.idx + len(noun.text)), "coref")]

    @staticmethod
    def _conjunct_party(trig: Trigger, r: ActorResolver, own: set[str | None]
                        ) -> list[ResolvedActor]:
        """"shut its border with Chad and froze its reserves", "expelled the Dutch envoy
        and closed their consulate": a measure joined to an earlier one of the same subject,
        on something "its" or "their" that is no own side's, is on the party the first one
        named (its object, or its "with / on / against / from" phrase); so is force or a
        capture joined to an earlier act, on a bare noun ("downed an enemy jet and
        captured a pilot")."""
        tok, pat = trig.token, trig.pattern
        if pat.reciprocal or pat.cameo[:2] not in ("16", "17", "18", "19", "20") or (
                tok.dep_ != "conj") or (
                tok.head.pos_ != "VERB") or tok.head.i > tok.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
            return []
        obj = trig.obj or direct_object(tok)
        if obj is None or any(c.lower_ == "own" for c in kids(obj)):
            return []  # (not "froze its own assets")
        has_its = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in kids(obj))
        bare = obj.pos_ == "NOUN" and not any(
            c.dep_ in ("poss", "compound", "amod", "nmod") and (
                c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("NORP", "GPE"))
            for c in kids(obj))
        bare = bare and any(a.actor.country in own for a in r.resolve(obj))
        if not (has_its and pat.cameo[:2] in ("16", "17")) and not (
                bare and pat.cameo[:2] in ("17", "18", "19", "20")):
            # ("downed an enemy jet and captured a pilot": a bare noun of people or
            # things taken or hit after the first act, which the resolver gave the doer's
            # own side, is of the first act's side)
            return []
        first = tok.head
        firsts = [first] + ([o] if (o := direct_object(first)) is not None else [])
        named = [p for h in firsts for p in [prep_obj(h, ("with", "on", "against", "from"))]
                 if p is not None] + firsts[1:]
        return [a for p in named for a in r.resolve(p)
                if a.actor.country and a.actor.country not in own][:1]

    def _sent_to(self, tok: Token, r: ActorResolver, own: set[str | None]
                 ) -> list[ResolvedActor]:
        """The side a purpose infinitive's journey goes to: ``tok`` ("discuss") is the
        infinitive of a verb of sending or travelling ("send experts to Hanoi to discuss")
        that no trigger of the sentence codes itself (a visit told with its purpose is one
        event)."""
        if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in kids(tok)):
            return []
        head = tok.head
        if head.lemma_.lower() not in SENDING_VERBS | ARRIVAL_VERBS or any(
                t.token.i == head.i for t in self._sentence_triggers):
            return []
        sent = direct_object(head)
        to = next((p for h in (head, sent) if h is not None
                   and (p := prep_obj(h, ("to",))) is not None and p.i < tok.i), None)
        if to is None:
            return []
        return [a for a in r.resolve(to) if a.actor.country not in own] or (
            self._place_actor(to, own))

    @staticmethod
    def _speaking_group(subj: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The parties of a group that speaks, when ``subj`` is "they" or "we" as the subject
        of the clause the group reports ("Gabon and Chad said they would leave", "the leaders
        of A and B announced that they had agreed ..."), or the group's own people ("A and B
        said their leaders had mediated ..."); [] when the speaker is no group of two or more
        named countries."""
        owned = subj.pos_ == "NOUN" and subj.lemma_.lower() in GROUP_PEOPLE and any(
            c.dep_ == "poss" and c.lower_ in ("their", "our") for c in kids(subj))
        if not owned and (subj.pos_ != "PRON" or subj.lower_ not in ("they", "we")):
            return []
        clause = subj.head
        # (a verb of saying or deciding: not "condemned what they called ...")
        if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX") or (
                clause.head.lemma_.lower() not in GROUP_SAYING_VERBS):
            return []
        speaker = nearest_subject(clause.head, ("nsubj",))
        # ("when he and Lula declared that they would ...": a pronoun joined to a name)
        if speaker is None or speaker.i > subj.i or (speaker.pos_ == "PRON" and not any(
                c.dep_ == "conj" for c in kids(speaker))):
            return []
        # ("ACCRA, May 3 - The governments of A, B and C said": a dateline the
        # parser took for the subject, with the speakers in apposition to it)
        for who in [speaker] + [c for c in kids(speaker) if c.dep_ == "appos"]:
            found = [a for a in r.resolve(who) if a.kind != "dyad" and a.actor.country]
            if len({a.actor.country for a in found}) >= 2:
                return found
        return []

    @staticmethod
    def _outside_own_clause(found: list[ResolvedActor], noun: Token, tok: Token
                            ) -> list[ResolvedActor]:
        """"a drone attack that killed three soldiers in Niger", "the militia that shelled
        towns near Kharkiv": the noun a relative clause or participle describes acts, not
        a place or party named inside that clause (the trigger's own)."""
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                return found
            if cur.head.i == noun.i:
                break
            cur = cur.head
        else:
            return found
        if cur.dep_ not in ("relcl", "acl"):
            return found
        doc = tok.doc
        lo, hi = doc[cur.left_edge.i].idx, doc[cur.right_edge.i].idx
        return [a for a in found if a.actor.start is None or not lo <= a.actor.start <= hi]

    def _coordinated_object(self, tok: Token, r: ActorResolver, own: set[str | None]
                            ) -> list[ResolvedActor]:
        """"Warsaw summoned Minsk's envoy and demanded the journalist's release": a demand
        with no party of its own, joined to the same subject's act on another side, is made
        of that side (the object of the first verb)."""
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return []
            if cur.dep_ == "conj" and cur.head.pos_ == "VERB" and cur.pos_ in ("VERB", "AUX"):
                first = cur.head
                if not any(t.token.i == first.i and t.pattern.cameo[:2] != "04"
                           and "dobj" in t.pattern.target for t in self._sentence_triggers):
                    # (an act on the one it names, not "discussed Ukraine and pledged to")
                    return []
                obj = direct_object(first)
                subj = self._subject(first)
                if obj is None or subj is None or not {
                        a.actor.country for a in r.resolve(subj)} & own:
                    return []
                return [a for a in r.resolve(obj) if a.actor.country not in own]
            if cur.dep_ not in ("ccomp", "xcomp", "acomp", "conj"):
                return []
            cur = cur.head
        return []

    @staticmethod
    def _intended_party(tok: Token, r: ActorResolver, own: set[str | None],
                        fired: set[int]) -> list[ResolvedActor]:
        """The party of the act an intent's infinitive names (its object, or whom it is
        to, with or for), not of the ``own`` side, when the act is no trigger itself."""
        # (an infinitive a noun's clause takes: "a pledge to come back to the Forum")
        comp = next((c for c in kids(tok) if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids(c))), None)
        if comp is None or comp.i in fired:
            return []
        obj = direct_object(comp)
        if obj is not None and obj.lower_ in REL_PRONOUNS and (
                head := relative_head(tok)) is not None:
            # "the naval force for Mozambique, which Rwanda had offered to command": what the
            # relative pronoun stands for
            obj = head
        # ("to come back to the Forum": the phrase of the verb's particle or adverb)
        back = next((p for c in kids(comp) if c.dep_ in ("advmod", "prt") and c.i > comp.i
                     for p in [prep_obj(c, ("to",))] if p is not None), None)
        for arg in (obj, prep_obj(comp, ("to", "with", "for")), back,
                    stray_prep_obj(comp, "to")):
            found = [a for a in r.resolve(arg) if a.actor.country not in own] if (
                arg is not None) else []
            if found:
                return found
        return []

    @staticmethod
    def _pronoun_antecedent(tok: Token, targets: Sequence[ResolvedActor], r: ActorResolver,
                            own: set[str | None]) -> list[ResolvedActor]:
        """For targets that are an object pronoun ("it", "them") the resolver took for the
        subject's own side, or left unresolved: the object of a clause above the trigger's
        that agrees in number ("condemned Turkey and said it would impose sanctions on it"),
        or the noun a relative clause above it describes ("a Philippine patrol, which said
        the boats had shadowed it"), when that names another side."""
        doc = tok.doc
        # (the sentence's labels read once: only an object can be the pronoun)
        pron = next((t for i, dep in sentence_deps(sent_of(tok))
                     if dep in ("pobj", "dobj", "dative")
                     and (t := doc[i]).pos_ == "PRON" and t.lower_ in ("it", "them")
                     and any(a.actor.start == t.idx for a in targets)), None)
        if pron is None and not targets:
            # ("had shadowed it": a pronoun the resolver left unresolved; "offered them aid")
            pron = next((c for c in kids(tok) if c.dep_ in ("dative", "iobj")
                         and c.lower_ in ("it", "them")), None) or direct_object(tok) or (
                prep_obj(tok, ("on", "upon")))  # ("has called on them to do")
        if pron is None or pron.lower_ not in ("it", "them") or pron.pos_ != "PRON":
            return []
        plural = pron.lower_ == "them"
        cur = tok
        for _ in range(5):
            if cur.dep_ == "advcl" and cur.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids(cur)) and (
                    (obj := direct_object(cur.head)) is None or obj.lower_ in (
                        "itself", "themselves")) and (
                    subj := nearest_subject(cur.head, ("nsubj",))) is not None and (
                    subj.i < pron.i) and ((subj.tag_ in ("NNS", "NNPS") or (
                        subj.lower_ == "they")) == plural):
                # "Hanoi would answer if Beijing struck it", "Seoul said it would hit back
                # if it were attacked by them": the side whose answer the condition is of
                # (an object pronoun is not the subject of its own clause)
                return [a for a in r.resolve(subj)
                        if a.actor.country and a.actor.country not in own][:1]
            if cur.dep_ == "relcl":
                found = cur.head
            elif cur.head.i == cur.i or cur.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
                return []
            elif plural and cur.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("as", "like") for c in kids(cur)) and (
                    group := _as_asked_group(cur)) is not None:
                # "both states should reopen talks, as the UN has urged them to do": those
                # the appeal the head clause answers is made to, every one
                return [a for a in r.resolve(group) if a.actor.country and (
                    a.actor.country not in own)]
            else:
                found = direct_object(cur.head)
                if cur.dep_ == "conj" and child(cur, ("nsubj",)) is not None and (
                        (before := child(cur.head, ("nsubj",))) is not None) and (
                        before.tag_ in ("NNS", "NNPS")) == plural and (
                        found is None or (found.tag_ in ("NNS", "NNPS")) != plural):
                    # "troops of X had tried to cross the line, and Y's soldiers had blocked
                    # them", "X's drones crossed the border, and Y's jets shot them down": the
                    # subject of the clause joined before, when this one has its own
                    found = before
                if found is None and cur.dep_ == "advcl":
                    # "the soldiers landed in Abidjan a day after X pardoned them", "other
                    # allies could follow if Beijing offered them investment": the subject
                    # of the clause the time or condition is of
                    found = child(cur.head, ("nsubj",))
            cur = cur.head
            if found is None or found.i > pron.i or found.pos_ not in ("NOUN", "PROPN"):
                continue
            if (found.tag_ in ("NNS", "NNPS")) != plural:
                return []
            return [a for a in r.resolve(found)
                    if a.actor.country and a.actor.country not in own][:1]
        return []

    def _person_antecedent(self, tok: Token, r: ActorResolver, own: set[str | None]
                           ) -> list[ResolvedActor]:
        """For an object "him" or "her" the resolver took for the subject's own side ("flew
        to Ankara, where his counterpart greeted him": not himself), or for the owner "his" or
        "her" of the object ("X appealed for troops, and Y backed his request": one backs
        someone else's request): the person the clause above names, its object first ("met
        Lavrov and told him"), then its subject."""
        pron = next((c for c in kids(tok) if c.dep_ in ("dobj", "dative")
                     and c.lower_ in ("him", "her")), None)
        if pron is None and (obj := direct_object(tok)) is not None and obj.pos_ == "NOUN":
            pron = next((c for c in kids(obj) if c.dep_ == "poss"
                         and c.lower_ in ("his", "her")), None)
        if pron is None:
            return []
        cur = tok
        for _ in range(6):
            if cur.head.i == cur.i or cur.dep_ not in (
                    "relcl", "advcl", "conj", "ccomp", "xcomp", "pobj", "prep", "acl"):
                return []
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX"):
                continue
            for cand in (direct_object(cur), self._subject(cur)):
                found = [a for a in r.resolve(cand) if a.kind == "person"
                         and a.actor.country and a.actor.country not in own] if (
                    cand is not None and cand.i < pron.i) else []
                if found:
                    return found[:1]
        return []

    def _offender(self, trig: Trigger, r: ActorResolver, sources: Sequence[ResolvedActor]
                  ) -> list[ResolvedActor]:
        own = {s.actor.country for s in sources}
        for t in reversed(self._sentence_triggers):
            if t.token.i >= trig.token.i or t.pattern.cameo[:2] not in FORCE_ROOTS | {"15"}:
                continue
            subj = self._subject(t.token)
            found = [a for a in r.resolve(subj) if a.actor.country and a.actor.country not in
                     own] if subj is not None else []
            if found:
                return found
        return []

    def _local_crowd(self, subj: Token, verb: Token) -> list[ResolvedActor]:
        """"In Seoul, hundreds of protesters rallied ...", "Protesters in Karachi marched":
        civilians of no named nationality are people of the country they gather in."""
        noun = subj
        if noun.lemma_.lower() in CROWD_WORDS:
            noun = prep_obj(noun, ("of",)) or noun
        if self.kb.agent_sector(noun.lemma_.lower()) != "CVL" or noun.tag_ != "NNS":
            return []
        place = prep_obj(noun, ("in",)) or prep_obj(subj, ("in",)) or prep_obj(verb, ("in",))
        if place is None:
            # "gathered outside the French base in Niamey", "rallied near the embassy in
            # Lima": the city the site they gather at lies in
            site = prep_obj(verb, ("outside", "near", "at", "before", "around", "to"))
            place = prep_obj(site, ("in",)) if site is not None else None
        if place is None or place.ent_type_ != "GPE":
            return []
        loc = self.gazetteer.lookup(place.text)
        if loc is None or not loc.country or len(loc.country) != 3:
            return []
        text = subj.doc[subj.left_edge.i: noun.i + 1]
        return [ResolvedActor(Actor(text.text, None, loc.country + "CVL", loc.country, "CVL",
                                    text.start_char, text.end_char), "agent")]

    def _destination(self, trig: Trigger, sources: Sequence[ResolvedActor]
                     ) -> list[ResolvedActor]:
        """"before traveling to Shanghai": a journey's destination that is a place, not an
        actor, is a visit to the country the place is in."""
        tok = trig.token
        hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
        own = {s.actor.country for s in sources}
        for slot in trig.pattern.target:
            place = None
            if slot == "dobj" and trig.obj is None:
                place = direct_object(tok)
                if place is not None and place.ent_type_ not in ("GPE", "LOC", "FAC"):
                    # "to visit an aircraft plant in Kazan and the port of Vladivostok": the
                    # places the objects are in, one visit each
                    found = []
                    for o in [place] + [c for c in place.conjuncts if c.i > place.i]:
                        p = prep_obj(o, ("in", "of", "near"))
                        for c in ([p] + [c for c in p.conjuncts if c.i > p.i]
                                  if p is not None else []):
                            if c.pos_ == "NOUN":  # "... and the port of Vladivostok"
                                c = prep_obj(c, ("of", "in")) or c
                            found += self._place_actor(c, own)
                    if found:
                        return found
            elif slot in ("to", "in", "into"):
                place = next((p for h in hosts if (p := prep_obj(h, (slot,))) is not None),
                             None)
            if place is None:
                continue
            found = self._place_actor(place, own)
            if found:
                return found
        return []

    def _place_actor(self, place: Token, own: set[str | None]) -> list[ResolvedActor]:
        """A named place as the country it lies in (not one of ``own``)."""
        if place.ent_type_ not in ("GPE", "LOC", "FAC") and not self._untagged_city(place):
            return []
        left = place.left_edge.i if place.left_edge.i >= place.i - 3 else place.i
        doc, right = place.doc, place.i
        while right + 1 < len(doc) and doc[right].whitespace_ == "" and (
                doc[right + 1].text not in ",.;:)" and right - place.i < 4):
            right += 1  # "Komsomolsk-on-Amur"
        actor = place_actor(doc[left: place.i + 1], self.gazetteer, {c for c in own if c},
                            also=doc[place.i: right + 1].text, context=())
        if actor is not None and len(actor.country or "") == 3:
            if right > place.i:  # the whole name, for the event's place
                actor = replace(actor, text=doc[place.i: right + 1].text)
            return [ResolvedActor(actor, "place")]
        return []

    def _mission_country(self, tok: Token, body: ResolvedActor, r: ActorResolver
                         ) -> list[ResolvedActor]:
        """The country a body's mission or force serves in, named by its "in" phrase ("the
        UN peacekeeping mission in Mali"), as an actor; [] when ``body`` is no mission or
        force noun of ``tok``'s sentence or no place is named."""
        start = body.actor.start or 0
        end = body.actor.end or start + 1
        # the head of the body's phrase: its word whose own head lies outside the phrase
        force = next((t for t in sent_of(tok) if start <= t.idx < end and (
            t.head.i == t.i or not start <= t.head.idx < end)), None)
        if force is None or force.lemma_.lower() not in MISSION_FORCE_NOUNS:
            return []
        place = prep_obj(force, ("in",))
        nxt = force.doc[force.i + 1] if force.i + 1 < len(force.doc) else None
        if place is None and nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep":
            place = child(nxt, ("pobj",))  # (the parser hung "in Haiti" on the verb)
        if place is None:
            return []
        found = [a for a in r.resolve(place, follow=False)
                 if a.actor.country and a.kind in AID_DESTINATION_KINDS]
        return found or self._place_actor(place, set())

    def _aid_destination(self, trig: Trigger, r: ActorResolver, own: set[str | None]
                         ) -> list[ResolvedActor]:
        """The country aid goes to when the text names only the people it is for, their
        place or the purpose it serves (:func:`.rules.aid_places`): the first such phrase
        that names a country (an actor or a place in one), not the giver's own."""
        for place in aid_places(trig.token, trig.obj):
            found = [a for a in r.resolve(place, follow=False) if a.actor.country
                     and a.actor.country not in own and a.kind in AID_DESTINATION_KINDS]
            if not found:
                found = [a for c in [place] + [c for c in place.conjuncts if c.i > place.i]
                         for a in self._place_actor(c, own)]
            if found:
                return found
        return []

    def _untagged_city(self, place: Token) -> bool:
        """"visited Samarkand", "traveled to Marseille": a proper noun the model tags as no
        place (or as an organisation) that the gazetteer finds as a city in running text (a
        city of some size, not a stoplisted surname or common word, not part of a longer
        name) and the actor knowledge base does not know as a person or a body."""
        if place.pos_ != "PROPN" or place.ent_type_ not in ("", "ORG") or (
                not place.text[:1].isupper()):
            return False
        if any(t.ent_type_ == "PERSON" for t in place.doc[max(place.i - 1, 0): place.i + 2]):
            return False  # ("Jordan Bardella", "met Paris Hilton")
        if self.kb.find(place.text):
            return False
        sent = sent_of(place)
        start = place.idx - sent.start_char
        return any(s == start and e == start + len(place.text)
                   for s, e, _ in self.gazetteer.find_places(sent.text))

    def _place_targets(self, trig: Trigger, sources: Sequence[ResolvedActor], *,
                       objects: bool, extra: Sequence[Token] = ()) -> list[ResolvedActor]:
        """Force aimed at a place, at the country it lies in (:mod:`.place_targets`)."""
        # (aid cut, halted or suspended "to Gaza" was aid for the people there, as aid given)
        aid = aid_code(trig.pattern.cameo)
        if trig.pattern.cameo[:2] not in PLACE_TARGET_ROOTS and (
                trig.pattern.cameo[:3] not in PLACE_TARGET_CODES) and not aid:
            return []
        hosts = [trig.token] + ([trig.obj] if trig.obj is not None else [])
        if aid:
            # "announced aid for Gaza": the aid noun that is the verb's object
            hosts += [c for c in kids(trig.token) if c.dep_ in OBJ_DEPS]
        actor = place_target(hosts, self.gazetteer, [s.actor.country for s in sources],
                             objects=objects, extra=extra, aid=aid)
        if actor is None or (actor.text or "").lower() in MONTH_NAMES and any(
                t.idx == actor.start and any(
                    0 <= j < len(t.doc) and t.doc[j].like_num for j in (t.i - 1, t.i + 1))
                for t in sent_of(trig.token)):
            # ("carried out an airstrike on March 4": a date, not the town of March)
            return []
        return [ResolvedActor(actor, "place")]

    def _membership_body(self, tok: Token, r: ActorResolver,
                         sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Laos signed a memorandum on its future membership", "signed a protocol on the
        way to becoming a member": a text signed on the way to
        membership is signed with the body the article names last before it (057)."""
        if not any(t.lemma_.lower() in MEMBERSHIP_WORDS for t in tok.subtree):
            return []
        own = {s.actor.country for s in sources}
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i or span.label_ != "igo" or (
                    span.root.text in ("West", "Western", "Europe")):
                continue
            found = [a for a in r.resolve(span.root, follow=False) if a.kind == "igo"
                     and a.actor.country not in own and a.actor.sector != "JUD"]
            if found:
                return found[:1]
        return []

    def _stand_in_host(self, tok: Token, r: ActorResolver,
                       sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Skipped the summit in New Delhi, sending his foreign minister": the one sent in
        a leader's place goes to the gathering the leader stayed away from, so to the
        country it is held in."""
        head = tok.head
        if head.lemma_.lower() not in STAND_IN_VERBS:
            return []
        own = {s.actor.country for s in sources}
        for obj in kids(head):
            if obj.dep_ not in ("dobj", "prep", "advmod"):
                continue
            for t in obj.subtree:
                if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i != head.i:
                    found = [a for a in r.resolve(t, follow=False)
                             if a.actor.country not in own
                             and a.kind in ("metonym", "country")]
                    if found:
                        return found[:1]
        return []

    def _capital_of(self, capital: Token, r: ActorResolver, own: set[str | None]
                    ) -> ResolvedActor | None:
        """"A summit in the Kyrgyz capital", "talks in Kenya's capital": the government of
        the country that qualifies the capital (not one's own)."""
        for c in kids(capital):
            if c.i > capital.i or c.dep_ not in ("amod", "compound", "poss") or (
                    c.pos_ not in ("PROPN", "ADJ")):
                continue
            country = next((a.actor.country for a in r.resolve(c, follow=False)
                            if a.kind in ("country", "metonym")), None) or (
                self.kb.adjective_country(c.text))
            if country and country not in own and country in self.kb.country_codes:
                start = capital.left_edge.idx
                return ResolvedActor(Actor(capital.doc.text[start: capital.idx + len(
                    capital.text)], None, country + "GOV", country, "GOV", start,
                    capital.idx + len(capital.text)), "metonym")
        return None

    def _host_capital(self, trig: Trigger, r: ActorResolver,
                      sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Blinken held talks in Beijing": talks with nobody named, in another country's
        capital, are with that country's government (the capital is its metonym)."""
        own = {s.actor.country for s in sources}
        tok = trig.token
        places: list[tuple[str, Token]] = [
            (c.lower_, pobj) for host in [tok] + ([trig.obj] if trig.obj is not None else [])
            for c in kids(host) if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for pobj in kids(c) if pobj.dep_ == "pobj"]
        # "took part in the summit in Buenos Aires", "spoke at a forum in Doha": the place of
        # the gathering attended
        # (a bloc's own summit in a member's capital is no visit: "SADC leaders, meeting at a
        # summit in Maputo")
        # ("attended a summit of former Soviet states in Bishkek": the place the parser hung
        # on the gathering's "of" phrase)
        places += [(c.lower_, p) for _prep, g in list(places)
                   if g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() in GATHERING_NOUNS
                   and not any(a.kind == "igo" or a.actor.country in self.kb.igo_codes
                               for a in sources)
                   for h in (g, prep_obj(g, ("of",))) if h is not None
                   for c in kids(h) if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   for p in kids(c) if p.dep_ == "pobj"]
        if tok.lemma_.lower() in ATTENDING_VERBS and (
                gathering := direct_object(tok)) is not None and (
                gathering.lemma_.lower() in GATHERING_NOUNS) and not any(
                a.kind == "igo" or a.actor.country in self.kb.igo_codes for a in sources):
            # "attended a summit of former Soviet states in Bishkek": the gathering attended
            places += [(c.lower_, p) for h in (gathering, prep_obj(gathering, ("of",)))
                       if h is not None for c in kids(h)
                       if c.dep_ == "prep" and c.lower_ in ("in", "at")
                       for p in kids(c) if p.dep_ == "pobj"]
        # ("in the Kyrgyz capital, Bishkek": the name set beside the place)
        places += [(prep, a) for prep, p in list(places) for a in kids(p) if a.dep_ == "appos"]
        if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                       for c in kids(tok)) and tok.head.dep_ == "pobj" and (
                tok.head.head.lower_ in ("in", "at", "to")):
            # "told reporters in Helsinki, where he held talks": the place the clause is about
            places.append(("in", tok.head))
        for _prep, pobj in places:
            if pobj.lemma_.lower() == "capital" and pobj.pos_ == "NOUN" and (
                    capital := self._capital_of(pobj, r, own)) is not None:
                return [capital]
        for prep, pobj in places:
            found = [a for a in r.resolve(pobj, follow=False)
                     if a.actor.country not in own and (a.kind == "metonym" or (
                         # "a meeting in the kingdom", "a conference in Qatar"
                         prep == "in" and a.kind in ("country", "coref")
                         and a.actor.sector in (None, "GOV")
                         and pobj.ent_type_ not in ("ORG", "PERSON")))]
            if found:
                return found[:1]
        return []

    def _relation_partner(self, trig: Trigger, r: ActorResolver,
                          sources: Sequence[ResolvedActor], thing: Token | None = None
                          ) -> list[ResolvedActor]:
        """"Beijing suspended military talks", "the contacts that Beijing cut": acts on a
        relationship (talks, contacts, ties, cooperation) with no partner named are with the
        other side of the relationship the article is about, or with the parties named in
        "between X and Y" / "between their militaries"."""
        pat = trig.pattern
        thing = thing or direct_object(trig.token)
        if thing is not None and thing.pos_ != "NOUN":
            # "shot down most of the missiles": the quantity stands for what it counts
            thing = prep_obj(thing, ("of",)) or thing
        if pat.cameo[:2] in FORCE_ROOTS and not pat.object and thing is not None and (
                thing.pos_ == "NOUN" and thing.ent_type_ not in ("GPE", "LOC", "FAC")
                and thing.lemma_.lower() not in PLACE_NOUNS):
            # "U.S. fighters shot down the balloon", "Ukraine downed 30 drones": force used
            # against a thing is used against the side the thing belongs to
            pass
        elif pat.cameo[:2] in DIRECTED_ROOTS and child(trig.token, ("ccomp",)) is None and (
                trig.token.dep_ != "xcomp" or trig.token.head.lemma_.lower() in CAUSED_BY
                ) and (pat.object or pat.cameo[:2] != "08"):
            # ("pressed Beijing to curb methane" is an appeal, but "prompting Seoul to lodge a
            # complaint" tells the complaint; "returned as minister", a bare yielding verb, is
            # not aimed at anyone)
            # "Beijing would take resolute measures", "restricted exports of gallium",
            # "expressed strong dissatisfaction": threats, protests and restrictions with
            # nobody named are aimed at the other side
            pass
        elif pat.id.startswith("intent.agree_to") and pat.reciprocal:
            # "China also agreed to act against the makers of the chemicals": one does not
            # agree alone; with nobody named, with the other side (but "agreed to resign",
            # an act on nothing and nobody, is one's own)
            comp = child(trig.token, ("xcomp",))
            if comp is not None and comp.pos_ == "VERB" and not any(
                    c.dep_ in OBJ_DEPS + ("prep", "prt", "dative", "xcomp", "ccomp") and not (
                        c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME")
                                                 for g in kids(c)))
                    for c in kids(comp)) and not (
                    comp.i + 1 < len(comp.doc) and comp.doc[comp.i + 1].text in ("-", "–")):
                # (not a split word: "agreed to re-open its borders")
                return []
        elif not pat.object or not set(pat.target) <= {"with", "between"}:
            return []
        if thing is not None and trig.token.lemma_.lower() in CHARGING_WORDS and (
                self._unnamed_people(thing)):
            # "Tehran accused the groups of stirring up unrest", "accusing them of planning
            # ...": the ones charged are named, as people no known side is told to be, and
            # are not the other side of the article's relationship for that
            return []
        roots = set(event_noun_table().get(thing.lemma_.lower(), ())) if (
            thing is not None and thing.pos_ == "NOUN") else set()
        if pat.cameo[:2] in ("11", "12") and roots & {"18", "19", "20"} and roots <= FORCE_ROOTS:
            # "condemned the terrorist attack", "denounced the bombing": whoever did it, if
            # the article told it (an event referred back to); the other side of the
            # article's relationship may as well be the one it hit
            return []
        obj = trig.obj
        between = prep_obj(obj, ("between",)) if obj is not None else None
        if between is not None and between.tag_ == "NNS" and self.kb.agent_sector(
                between.lemma_.lower()) and not r.resolve(between):
            # "revive calls between theater commanders": both sides' people, so the pair
            # the article is about
            return self._article_partner(trig, r, sources)
        if pat.cameo[:2] == "04" or (pat.reciprocal and len(sources) >= 2):
            # "attended the APEC meeting" is not a meeting with anyone in particular; "he and
            # Vietnamese leaders upgraded relations" is between the two subjects
            return []
        if obj is not None:
            between = prep_obj(obj, ("between",))
            if between is not None:
                found = fit_group(r.resolve(between), sources)
                if found:
                    return found
        # a partner named deeper in the phrase ("an agreement in principle with Cuba"), or a
        # partner that is not a known actor ("talks with the company"): no guess
        for t in (obj.subtree if obj is not None else kids(trig.token)):
            if t.dep_ == "prep" and t.lower_ in ("with", "between"):
                pobj = next((g for g in kids(t) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return fit_group(r.resolve(pobj), sources)
        own = {s.actor.country for s in sources}
        if obj is not None:
            # "withdraw a complaint it had filed against those restrictions": the one the
            # thing is against, named or told before
            against = next((g for t in obj.subtree if t.dep_ == "prep" and t.lower_ in (
                "against", "over") for g in kids(t) if g.dep_ == "pobj"), None)
            if against is not None:
                found = [a for a in r.resolve(against) if a.actor.country not in own] or \
                    self._told_event_parties(against, r, own)
                if found:
                    return found
            # "reached an agreement in principle to pay Cuba ...": a party named in the phrase
            # (not where it happened: "at the World Trade Organization")
            for t in obj.subtree:
                if t.pos_ == "PROPN" and r.kb_span_at(t) is not None and not in_venue(
                        t, trig.token) and not under_mediator(t, obj):
                    found = [a for a in r.resolve(t, follow=False)
                             if a.actor.country and a.actor.country not in own]
                    if found:
                        return found[:1]
        if thing is not None:
            # "opposes any changes to the status quo by either side": the act is aimed at
            # whoever does the thing, named or not, never at a guessed partner
            doer = prep_obj(thing, ("by",), deps=("agent", "prep"))
            if doer is not None:
                return [a for a in r.resolve(doer) if a.actor.country not in own]
            if pat.cameo[:2] == "11":
                # "Minsk rejected the criticism": the critic the article last told (speech27)
                from detente.nlp.speech import told_critic

                if critic := told_critic(thing, r, own):
                    return critic
        return self._article_partner(trig, r, sources)

    @staticmethod
    def _story_court(tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The international court the story named last (as an inferred actor), when what
        ``tok`` acts on is a court's act or sitting ("the judgment", "stayed away from the
        hearings", "the warrant"); [] when it is not, or the story named no court before."""
        heads = [tok, *(c for c in kids(tok) if c.dep_ in ("advmod", "prt"))]
        objs = [o for o in (direct_object(tok),) if o is not None] + [
            g for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ in (
                "from", "of", "to") for g in kids(p) if g.dep_ == "pobj"]
        if not any(o.lemma_.lower() in COURT_ACT_NOUNS for o in objs):
            return []
        sent = sent_of(tok)
        for s in reversed([x for x in tok.doc.sents if x.start <= sent.start][-8:]):
            for sp in reversed(r.spans_in(s)):
                if sp.start >= tok.i:
                    continue
                for a in r.resolve(sp.root, follow=False):
                    if a.kind == "igo" and a.actor.sector == "JUD":
                        return [ResolvedActor(replace(a.actor, text=None, start=None,
                                                      end=None), "implicit")]
        return []

    def _article_partner(self, trig: Trigger, r: ActorResolver,
                         known: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """The other side of the article's main dyad, as an inferred (textless) actor, when
        ``known`` is one side and the trigger's clause names no third party."""
        own = {s.actor.country for s in known}
        doc = trig.token.doc
        if trig.pattern.cameo[:2] in PERSON_ACT_ROOTS and self._private_undergoer(trig, r):
            # "police detained a visitor who had worked at ...", "a reporter kidnapped by
            # militiamen": the act is on the person, whatever the clause says of them
            return []
        if trig.pattern.cameo[:2] in UNPLACED_GROUP_ROOTS and self._unplaced_group(
                trig, r, known):
            # "accused the groups of stirring up unrest", "the rebels accused the army of
            # breaking the truce", "killed twenty police cadets": the act is aimed at the
            # people or body its object names, whom the resolver gave no side -- often the
            # actor's own countrymen -- not at the other side of the article (prec29)
            return []
        if trig.pattern.cameo[:2] in HOMEGROWN_ROOTS and known and all(
                s.actor.sector in HOMEGROWN_SECTORS for s in known) and not (
                trig.pattern.cameo[:2] == "19" and is_passive(trig.token)
                and not any(c.dep_ == "agent" for c in kids(trig.token))):
            # "Taliban fighters struck checkpoints", "the plan has been criticised by the
            # opposition", "police arrested 41 workers, accusing them of ...": a country's
            # rebels, opposition, police or people mostly act at home; the other state of the
            # article is no target told (prec35; not a force's passive with no doer, whose
            # known side may be the one the act befell: "16 people had been killed")
            return []
        # (the sentence's labels read once: only an object of "between" names the pair)
        for i, dep in sentence_deps(sent_of(trig.token)):
            # "relations between Tokyo and Seoul were strained by the restrictions Japan
            # imposed": the other side of the pair the sentence names
            if dep == "pobj" and (t := doc[i]).head.lower_ == "between":
                pair = [a for a in fit_group(r.resolve(t), []) if a.actor.country]
                others = [a for a in pair if a.actor.country not in own]
                if len(pair) == 2 and len(others) == 1:
                    return others
        if trig.pattern.cameo[:2] == "12" and (obj := direct_object(trig.token)) is not None and (
                obj.lemma_.lower() in FINDING_NOUNS):
            # "rejects the election results": a count's, not an act of the article's other
            # side (prec15)
            return []
        if trig.pattern.cameo[:2] == "12" and (court := self._story_court(trig.token, r)):
            # "rejected the judgment", "stayed away from the hearings", "rejected the warrant"
            # in a story of a court's case: the court's act or sitting, not the article's
            # other state (prec25)
            return court
        if trig.pattern.cameo[:2] == "13" and (foes := self._warned_foes(trig, r, own)):
            # "warned that Ankara would renew its push unless the militia pulled back", "said
            # the PKK's depots had become fair game": the threat is aimed at the armed group
            # the warning names, not at the article's other side (prec29)
            return foes
        partner = fit_group(r.group_actors(trig.token, 2), list(known))
        if len(partner) != 1 or not any(c in own for c in r.ctx.main_dyad or ()):
            return []
        # only when the trigger's own clause names no third party it could be about (not
        # a conjoined clause's, nor a time phrase's: "suspended dialogues after a visit to
        # Taiwan by Pelosi")
        clause = own_clause(trig.token)
        named = {a.actor.country for t in clause if t.pos_ == "PROPN"
                 and r.kb_span_at(t) is not None and not in_venue(t, trig.token)
                 for a in r.resolve(t, follow=False)}
        if named - own - {partner[0].actor.country} - REGION_CODES - {None}:
            return []
        obj = direct_object(trig.token)
        if obj is not None and obj.pos_ == "NOUN" and trig.pattern.cameo[:2] in ("11", "12"):
            # "condemned the coup in Gabon" (the place phrase on the object or, as parsed,
            # on the verb: a judgement is not made where what it judges happened): a third
            # side's place, so the judgement is about what happened there, not the
            # article's other party (nor the city a meeting told before was held in)
            places = [g for h in (trig.token, obj) for c in kids(h) if c.dep_ == "prep"
                      and c.i > obj.i and c.lower_ in ("in", "inside")
                      for g in kids(c) if g.dep_ == "pobj"]
            if any(a.actor.country not in own | {partner[0].actor.country, None} | REGION_CODES
                   for h in places for t in h.subtree
                   if t.pos_ == "PROPN" and t.i > obj.i and r.kb_span_at(t) is not None
                   for a in r.resolve(t, follow=False)):
                return []
        if any(a.actor.country == partner[0].actor.country for t in clause
               if t.pos_ == "PROPN" and under_mediator(t, trig.token)
               for a in r.resolve(t, follow=False)):
            # "suspended the deal, brokered by the UAE": the broker is no side of the deal
            return []
        subj = self._subject(trig.token)
        if trig.pattern.cameo[:2] in PACT_STAGE_ROOTS and subj is not None and any(
                t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") for t in subj.subtree):
            # "Baghdad and Erbil signed a deal", "the delegations of the government and of
            # the rebels signed an accord": a pact, meeting or promise whose subject joins
            # two parties is made between them; the article's other state is no side of it
            # (prec36)
            return []
        if subj is not None and any(
                a.actor.country == partner[0].actor.country
                for c in kids(subj) if c.dep_ in ("acl", "relcl", "amod") and c.tag_ == "VBN"
                and not c.left_edge.i <= trig.token.i <= c.right_edge.i
                for t in c.subtree if t.pos_ == "PROPN" and r.kb_span_at(t) is not None
                for a in r.resolve(t, follow=False)):
            # "warplanes supported by Russia pounded the enclave": a participle describing
            # the one who acts names its backer, not whom the act is against ("the
            # coalition fighting Houthi rebels in Yemen" may name it); so does a compound
            # one before it ("Mali's Russian-backed junta")
            return []
        # the partner is inferred, not named: it has no text in the sentence (the group
        # phrase resolver would give it the trigger's)
        return [ResolvedActor(replace(p.actor, text=None, start=None, end=None), "implicit")
                for p in partner]

    @staticmethod
    def _warned_foes(trig: Trigger, r: ActorResolver, own: set[str | None]
                     ) -> list[ResolvedActor]:
        """The armed groups, rebels or separatists (of any country, the warner's own
        included) named in the clause a warning reports."""
        comp = child(trig.token, ("ccomp",))
        if comp is None:
            return []
        found: dict[str | None, ResolvedActor] = {}
        for t in comp.subtree:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            for a in r.resolve(t, follow=False):
                if a.kind != "dyad" and a.actor.sector in FOE_SECTORS and a.actor.country:
                    found.setdefault(a.actor.code, a)
        return list(found.values())

    def _unplaced_group(self, trig: Trigger, r: ActorResolver,
                        known: Sequence[ResolvedActor]) -> bool:
        """Whether the direct object of ``trig`` is a common noun of armed, civil or
        religious people or of a group ("the groups", "Catholic clergy", "police cadets";
        "the army" when rebels or the opposition act) that the resolver could give no
        country."""
        obj = direct_object(trig.token)
        if obj is None or obj.pos_ != "NOUN":
            return False
        lemma = obj.lemma_.lower()
        sector = self.kb.agent_sector(lemma)
        if lemma not in GROUP_NOUNS and (sector is None or sector in ("GOV", "MED")):
            # (a government or its envoys may be the other side, unnamed: "accused the
            # government of inflating the row"; "told reporters" names listeners)
            return False
        if sector in ("MIL", "COP") and lemma not in GROUP_NOUNS and not (
                known and all(k.actor.sector in FOE_SECTORS for k in known)):
            # ("had criticised the junta", "accused the military of ...": a state's forces
            # or rulers may be the other side; only to rebels or the opposition is "the
            # army" their own state's)
            return False
        return not any(a.actor.country for a in r.resolve(obj))

    def _private_undergoer(self, trig: Trigger, r: ActorResolver) -> bool:
        """Whether the one an act on a person befalls (its object, or the noun its participle
        describes: "a reporter kidnapped by ...") is a private person, named or told by what
        they are, whom the resolver gave no side."""
        tok = trig.token
        und = trig.obj if trig.obj is not None and trig.obj.pos_ in ("NOUN", "PROPN") else (
            direct_object(tok))
        if und is None and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and (
                tok.head.pos_ in ("NOUN", "PROPN")):
            und = tok.head
        if und is None:
            return False
        lemma = und.lemma_.lower()
        person = und.ent_type_ == "PERSON" or lemma in PRIVATE_PERSON_NOUNS or (
            self.kb.agent_sector(lemma) in PRIVATE_SECTORS)
        if not person:
            return False
        return not any(a.actor.country for a in r.resolve(und))

    def _event_reference(self, trig: Trigger, r: ActorResolver,
                         sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"China condemned the drills", "opposed the measures": the object refers back to an
        event the article reported, and the target is who took part in it (the participants
        other than the source's own side, so the meeting of Tsai and McCarthy gives both)."""
        tok, pat = trig.token, trig.pattern
        if pat.reciprocal or pat.cameo[:2] == "04":
            return []
        objs: list[Token] = []
        for slot in pat.target:
            if slot == "dobj":
                o = trig.obj or direct_object(tok)
                objs += [o] if o is not None else []
            elif slot not in ("iobj", "xcomp_obj", "complement", "poss", "agent", "between"):
                for host in [tok] + ([trig.obj] if trig.obj is not None else []):
                    o = prep_obj(host, (slot,))
                    objs += [o] if o is not None else []
        own = {s.actor.country for s in sources}
        objs = [_it_antecedent(o, r) or o for o in objs]
        for o in objs:
            found = self._told_event_parties(o, r, own)
            if found:
                return found
        if pat.cameo[:2] in ("11", "12"):
            for o in objs:
                found = self._coup_makers(o, r, own)
                if found:
                    return found
        for o in objs + ([trig.obj] if trig.obj is not None else []):
            found = self._own_measure_target(o, r, own)
            if found:
                return found
        if tok.lemma_.lower() in UNDERGOING_VERBS or pat.cameo[:2] in ("05", "11", "12"):
            # an act the article told that made no event ("condemned the launch" of a
            # satellite, which had no target); also the pattern's own object noun ("welcomed
            # the decision" of a pattern that names it)
            told = objs + ([trig.obj] if trig.obj is not None else [])
            if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(
                    o.pos_ == "PRON" and o.lower_ == "it" for o in told) and (
                    first := direct_object(tok.head)) is not None and first.pos_ == "NOUN":
                # "A criticised the veto, and B and C also condemned it": the act the first
                # clause names
                told.append(first)
            for o in told:
                found = self._told_act_agents(o, r, own)
                if found:
                    return found
        return []

    @staticmethod
    def _noun_owner(noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Whose act a noun names by its own phrase: its possessor ("China's activities"),
        its "of" or "by" phrase ("actions of Chinese vessels"), or a name before it."""
        for who in (child(noun, ("poss",)), prep_obj(noun, ("of", "by"))):
            found = r.resolve(who) if who is not None else []
            if found:
                return found
        for c in lefts(noun):
            if c.dep_ in ("compound", "amod", "nmod"):
                found = r.resolve(c, follow=False)
                if found:
                    return found
        return []

    def _summarized_doers(self, noun: Token, r: ActorResolver, denial: bool = False
                          ) -> list[ResolvedActor]:
        """Who did what a summarizing noun set after a clause stands for ("Baku closed its
        airspace, a move that ...", "A hosted warships and its navy held drills, moves
        that ..."): the subject of the verb the noun hangs on, and of the verbs conjoined
        before it when the noun is plural; for a ``denial`` of a charge the noun sums up,
        whoever made the charge (``_claim_maker``)."""
        low, lemma = noun.lower_, noun.lemma_.lower()
        if noun.pos_ == "NOUN" and lemma in CLAIM_SUMMARY_NOUNS:
            return self._claim_maker(noun, r) if denial else []
        # (also a second object set off by a comma: "hosted warships ..., moves that ...")
        second_object = noun.dep_ == "dobj" and noun.left_edge.i > 0 and (
            noun.doc[noun.left_edge.i - 1].text == ",") and any(
            c.dep_ == "dobj" and c.i < noun.i for c in kids(noun.head))
        if noun.pos_ != "NOUN" or not (lemma in GENERIC_ACT_NOUNS or low in GENERIC_ACT_NOUNS
                                       or lemma in ACT_NOUN_VERBS or lemma in SUMMARY_NOUNS) or (
                noun.dep_ not in ("npadvmod", "appos", "dep", "attr", "oprd")
                and not second_object) or any(c.dep_ == "poss" for c in kids(noun)):
            return []
        verb = noun.head
        if noun.dep_ == "appos" and verb.dep_ in OBJ_DEPS + ("nsubj",):
            # ("expelled a diplomat, a decision which ...": hung on the verb's object, or on
            # its subject)
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") and noun.dep_ == "appos" and (
                noun.right_edge.i + 1 >= noun.sent.end - 1) and (
                noun.sent.root.pos_ in ("VERB", "AUX")):
            # ("Chile joined the pact of the bloc, which had sanctioned Caracas, a step
            # Venezuela deplored": closing the sentence, the step is the main clause's,
            # wherever the parser hung it)
            verb = noun.sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        verbs = [verb]
        if noun.tag_ == "NNS":
            while verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in ("VERB", "AUX"):
                verbs.append(verbs[-1].head)
            # (and those conjoined after it, when the noun hangs on the first)
            verbs += [c for c in verb.conjuncts if c.i > verb.i and c.pos_ in ("VERB", "AUX")]
        found: list[ResolvedActor] = []
        for v in verbs:
            subj = self._subject(v)
            for a in r.resolve(subj) if subj is not None else []:
                if a.actor.country not in {f.actor.country for f in found}:
                    found.append(a)
        if not found and lemma in SUMMARY_NOUNS and verb.dep_ == "ccomp" and (
                verb.head.lemma_.lower() in REPORTING_VERBS) and (
                speaker := self._subject(verb.head)) is not None:
            # "Tokyo says the water is safe to release, an approach the agency endorsed": a
            # stance summed up after what a side says is that side's
            found = [a for a in r.resolve(speaker) if a.kind != "media"]
        return found

    @staticmethod
    def _role_holder(tok: Token) -> Token | None:
        """The side a participle clause's subject holds a role toward, told by the copular
        clause the participle hangs on: "X is Y's largest partner, providing ..." (Y), "X has
        been Y's main source of credit, lending ..." (Y); None elsewhere."""
        verb = tok.head
        if verb.i > tok.i or verb.lemma_.lower() not in ("be", "remain", "become"):
            return None
        attr = child(verb, ("attr",))
        if attr is None or attr.pos_ != "NOUN" or attr.i > tok.i:
            return None
        return child(attr, ("poss",))

    def _blamed_in_relative(self, noun: Token, r: ActorResolver
                            ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """(the blamed, the blamer) of a relative clause on a noun of force that blames it
        on someone ("raids, which the junta pins on the militia"); None elsewhere."""
        rel = next((c for c in kids(noun) if c.dep_ == "relcl"
                    and c.lemma_.lower() in ("blame", "pin") and c.i > noun.i), None)
        on = prep_obj(rel, ("on",)) if rel is not None else None
        if on is None:
            return None
        blamed = [a for a in r.resolve(on) if a.kind not in ("media", "implicit")]
        own = {a.actor.code for a in blamed}
        subj = self._subject(rel)
        blamer = [a for a in r.resolve(subj) if a.actor.code not in own
                  and a.kind not in ("media", "implicit", "dyad")] if subj is not None else []
        return (blamed, blamer) if blamed else None

    def _measure_imposer(self, verb: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Who imposed the measure that is the subject of ``verb``, a verb of reducing ties
        whose subject names no side: "The package bars imports of Russian diamonds", "Later
        rounds banned Russian oil", "The rules require a licence" -- the side of the latest
        measure the article told (16x), when it was a state or a body; [] otherwise."""
        subj = self._subject(verb)
        if subj is None or subj.lemma_.lower() not in MEASURE_SUBJECT_NOUNS or r.resolve(subj):
            return []
        if subj.dep_ not in ("nsubj", "nsubjpass") or not (
                subj.head.i == verb.i or verb.dep_ == "conj" and subj.head.i == verb.head.i):
            return []  # ("rules it issued a year ago": the measure told, not acting)
        if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ == "by"
               for c in kids(subj)):
            return []  # (its own maker named, found or not: "Japan's rules", "rules by X")
        prior = _recent_event(r, lambda ev: ev.root == "16" and ev.source is not None
                              and bool(ev.source.country))
        if prior is None or prior.source is None or (
                prior.source.sector in PRIVATE_MEASURE_SECTORS):
            return []  # (a firm's or a paper's "measures" are no state's)
        return [ResolvedActor(prior.source, "coref", "event:" + prior.event_id)]

    @staticmethod
    def _measure_aimed(r: ActorResolver, imposer: ResolvedActor) -> list[ResolvedActor]:
        """The side the measure ``imposer`` stands for (:meth:`_measure_imposer`) was aimed at:
        the target of that latest measure event, when it had one other than its imposer."""
        key = imposer.key or ""
        if not key.startswith("event:"):
            return []
        prior = _recent_event(r, lambda ev: ev.event_id == key[len("event:"):])
        if prior is None or prior.target is None or not prior.target.country or (
                prior.source is not None and prior.target.country == prior.source.country):
            return []
        return [ResolvedActor(prior.target, "coref", key)]

    def _under_measure(self, tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Who is under the measure a relative clause ``tok`` is on: "X's exports remain
        under sanctions, which ..." (X's); [] elsewhere."""
        noun = tok.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "under" or (
                noun.head.head.pos_ not in ("VERB", "AUX")):
            return []
        subj = self._subject(noun.head.head)
        if subj is None:
            return []
        owner = child(subj, ("poss",))
        found = r.resolve(subj) or (r.resolve(owner) if owner is not None else [])
        verb = noun.head.head
        if not found and owner is not None and owner.lower_ in ("its", "their") and (
                verb.dep_ in ("advcl", "conj")) and (main := self._subject(verb.head)) is not None:
            # ("Iran looked for partners while its banks remain under ...": the side the
            # clause it is set in is about)
            found = r.resolve(main)
        return [a for a in found if a.kind not in ("media", "implicit", "dyad")]

    @staticmethod
    def _answering_conjunct(tok: Token) -> Token | None:
        """The subject of a clause joined after ``tok`` that answers it: "proposed talks,
        and Moscow has not accepted" (Moscow), "appealed for a force, and the UN chief
        backed his request" (the UN chief); None when ``tok`` names whom it is made of."""
        if any(c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "PRON")
               for c in kids(tok)) or prep_obj(tok, ("to",)) is not None:
            return None
        verb = next((c for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "VERB"
                     and c.i > tok.i and c.lemma_.lower() in ANSWER_VERBS), None)
        obj = direct_object(verb) if verb is not None else None
        if obj is not None and obj.pos_ != "PRON" and not any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                for c in kids(obj)):
            return None  # (a new thing answered: "applied for relief, and the IMF approved a
            # loan")
        return child(verb, ("nsubj",)) if verb is not None else None

    @staticmethod
    def _apposed_role_holder(subj: Token) -> Token | None:
        """The side a subject's apposed role noun is of: "Egypt, Haftar's closest ally,
        ..." (Haftar); None when the subject has no such apposition."""
        role = next((c for c in kids(subj) if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.i > subj.i), None)
        return child(role, ("poss",)) if role is not None else None

    def _claim_maker(self, noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Who made the charge a claim noun set after a clause sums up: the teller of the
        clause it follows ("the ministry said the hospital was hit by a rocket of X, an
        allegation the group rejected"), or the subject of an accusing verb it follows
        ("Kigali accused Kinshasa of backing the militia, a charge Kinshasa denied"); never
        a side the clause itself tells acting (link32)."""
        if noun.dep_ not in ("npadvmod", "appos", "dep", "dobj") or any(
                c.dep_ == "poss" for c in kids(noun)) or noun.left_edge.i == 0 or (
                noun.doc[noun.left_edge.i - 1].text != ","):
            return []
        verb = noun.head
        if noun.dep_ == "appos" and verb.dep_ in OBJ_DEPS + ("nsubj", "nsubjpass", "pobj"):
            verb = verb.head
            while verb.dep_ == "prep" or verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in (
                    "pobj", "dobj"):
                verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIMING_VERBS | REPORTING_VERBS:
            teller = verb.head
        elif verb.lemma_.lower() in CLAIMING_VERBS:
            teller = verb
        else:
            return []
        subj = self._subject(teller)
        return [a for a in r.resolve(subj) if a.kind != "media"] if subj is not None else []

    def _response_targets(self, trig: Trigger, r: ActorResolver,
                          sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Beijing, reacting to the meeting, announced sanctions", "In response, China
        launched drills": a hostile act in answer to an event is aimed at who took part in
        it (the event the phrase names, or, bare, the one the article told last)."""
        pat = trig.pattern
        if pat.cameo[:2] not in ANSWERING_ROOTS:
            return []
        verb = trig.token
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        own = {s.actor.country for s in sources}
        for c in kids(verb):
            answered: Token | None = None
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in RESPONSE_VERBS:
                answered = prep_obj(c, ("to", "for", "against"))
            elif c.dep_ == "prep" and c.lower_ in ("in", "as"):
                noun = child(c, ("pobj",))
                if noun is None or noun.lemma_.lower() not in RESPONSE_NOUNS:
                    continue
                answered = prep_obj(noun, ("to", "for"))
                if answered is None:
                    # "In response, ...": to what the sentence before told
                    ev = r.ctx.events[-1] if r.ctx.events else None
                    sent = sent_of(trig.token)
                    prev = sent_of(sent.doc[sent.start - 1]) if sent.start > 0 else None
                    if ev is None or ev.source is None or ev.target is None or prev is None or (
                            ev.evidence is None or ev.evidence.start != prev.start_char):
                        return []
                    return [ResolvedActor(a, "coref") for a in (ev.source, ev.target)
                            if a.country and a.country not in own]
            if answered is not None:
                found = self._told_event_parties(answered, r, own) or [
                    a for a in r.resolve(answered) if a.actor.country not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _coup_makers(o: Token, r: ActorResolver, own: set[str | None]
                     ) -> list[ResolvedActor]:
        """"condemned the coup", "rejected the takeover in Niamey", "denounced Gabon's
        putsch": judging a seizure of power judges those who seized it, the military of the
        country it happened in -- the one the noun's own phrase names, else the country of
        the military rulers the article named, else the country the article names most
        (not the judge's own)."""
        o = same_act_thing(o) or o  # ("and the UN chief also condemned it")
        lemma = o.lemma_.lower()
        if o.pos_ != "NOUN" or not (lemma in COUP_NOUNS or (lemma == "seizure" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.lower_ == "power" for g in kids(c)) for c in kids(o)))):
            return []
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in kids(o)) or (
                any(c.dep_ == "amod" and c.lower_ in COUP_NOT_DONE for c in kids(o))):
            return []  # ("condemned any coup", "an attempted coup": none done, or none won)
        if not any(t.lemma_.lower() in COUP_FORCE_WORDS
                   for t in o.doc[: o.sent.end]):
            return []  # (a coup of no soldiers told: "lawmakers ousted the president")
        country: str | None = None
        for c in kids(o):
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.pos_ in (
                    "PROPN", "ADJ") and c.text[:1].isupper()):
                country = next((a.actor.country for a in r.resolve(c, follow=False)
                                if a.actor.country in r.kb.country_codes), None)
            elif c.dep_ == "prep" and c.lower_ in ("in", "by", "of"):
                country = next((a.actor.country for g in kids(c) if g.dep_ == "pobj"
                                for a in r.resolve(g, follow=False)
                                if a.actor.country in r.kb.country_codes), None)
            if country is not None:
                break
        if country is None:
            junta = r.ctx.by_noun.get(JUNTA)
            country = junta.actor.country if junta is not None else next(
                (c for c in r.ctx.ranked[:1] if c not in REGION_CODES), None)
        if country is None or country in own or country not in r.kb.country_codes:
            return []
        return [ResolvedActor(Actor(o.text, None, country + "MIL", country, "MIL", o.idx,
                                    o.idx + len(o.text)), "coref")]

    @staticmethod
    def _own_measure_target(o: Token, r: ActorResolver, own: set[str | None]
                            ) -> list[ResolvedActor]:
        """"Washington eased its sanctions", "lifted their ban": the side's own measure the
        article told before (an event of the noun's kind that the side took), on whom it
        was taken."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                   for c in kids(o)) or any(
                c.dep_ == "prep" and not all(p.ent_type_ in ("DATE", "TIME")
                                             for p in kids(c) if p.dep_ == "pobj")
                for c in kids(o)):
            # (a time phrase names no party: "eased its sanctions on Tuesday")
            return []
        roots = event_noun_table().get(o.lower_) or event_noun_table().get(o.lemma_.lower())
        if not roots:
            return []
        for ev in reversed(r.ctx.events[-40:]):
            if ev.root in roots and ev.source is not None and ev.target is not None and (
                    ev.source.country in own) and ev.target.country not in own:
                return [ResolvedActor(ev.target, "coref")]
        return []

    @staticmethod
    def _told_event_parties(o: Token, r: ActorResolver, own: set[str | None]
                            ) -> list[ResolvedActor]:
        """Who took part in the event a definite noun ("the drills", "those restrictions")
        refers back to, less the ``own`` side."""
        roots = event_noun_table().get(o.lower_) or event_noun_table().get(o.lemma_.lower())
        if not roots:
            return []
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those",
                                                         "such")
                       for c in kids(o)) or any(c.dep_ in ("relcl", "acl")
                                                   for c in kids(o))
        if not definite:
            return []
        last = next((ev for ev in reversed(r.ctx.events[-40:]) if ev.root in roots), None)
        if last is not None and last.rule in PRESENCE_RULES and o.lemma_.lower() != "visit":
            # ("X, Y and Z were also in Jeddah. Moscow dismissed the meeting": those present
            # at a gathering held no meeting of their own with its host; a visit it is)
            return []
        return r.event_participants(roots, exclude=own)

    def _subject(self, tok: Token) -> Token | None:
        """The acting subject of a trigger, climbing through open complements ("is expected
        to visit", "agreed to resume", "looking forward to meeting", "may not be willing to
        meet"), conjoined verbs, and relative or participial clauses."""
        cur = tok
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "attr", "amod"):
            # "Beijing was dissatisfied with ...": the subject of the copula
            if tok.dep_ == "amod":
                return tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
            cur = tok.head
        speaker = speaker_of_coordinated_act(tok)
        if speaker is not None:
            return speaker
        if (letter := letter_told(tok)) is not None and tok.dep_ != "advcl":
            # "sent a letter to the OSCE accusing Armenia of ...": the letter says it, so its
            # sender, not the one it went to, however the parser hung the participle
            return self._subject(letter[0])
        charged = accused_doer(tok)
        if charged is not None:
            # "accused X's troops of taking ridges and shelling a post": the one
            # charged did it, however the parser hung the gerund
            return charged
        if (main := _past_after_perfect_relative(tok)) is not None:
            # "Kim called it the best treaty the two countries had signed and pledged
            # support": the past verb is the main clause's, not the relative clause's
            return self._subject(main)
        came_by = None
        for _ in range(7):
            if came_by == "conj" and tok.tag_ == "VBD" and cur.tag_ == "VB" and (
                    cur.dep_ == "ccomp") and cur.head.pos_ == "VERB" and cur.head.i < cur.i and (
                    any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(cur))):
                # "recalled its envoy, said X's envoy should not come back, and suspended
                # visits": a past verb the parser joined to a modal clause another verb
                # reports is an act of the reporter's, not of that clause's subject
                return self._reporter_subject(cur.head)
            deps = SUBJ_DEPS if cur.i == tok.i or came_by in ("xcomp", "acomp") or (
                # "X is concerned by the measures and urges Y to ...", "was attacked and
                # retaliated": an active verb joined to a passive one shares its surface
                # subject
                came_by == "conj" and not is_passive(tok) and (tok.tag_ in ("VBZ", "VBP") or (
                    tok.tag_ == "VBD" and cur.lemma_.lower() in FEELING_VERBS))) else (
                "nsubj", "csubj")
            if cur.i == tok.i and (stray := stray_relative_antecedent(cur)) is not None:
                return stray  # ("to please Canada, which has itself expelled ...")
            subj = nearest_subject(cur, deps)
            if subj is not None and (shown := dateline_appos(subj)) is not None:
                subj = shown  # (pair31) "RABAT, May 2 - The Spanish premier said ..."
            if subj is not None and subj.lower_ not in REL_PRONOUNS:
                return subj
            if subj is not None and (focus := cleft_focus(cur)) is not None:
                return focus  # "it was Beijing that had asked for a meeting"
            if subj is None and cur.pos_ == "VERB":
                # "USAID deployed seven teams": a name the parser took for an adverb
                named = next((c for c in kids(cur) if c.i < cur.i and c.dep_ in (
                    "advmod", "npadvmod", "dep") and c.ent_type_ in (
                    "ORG", "GPE", "NORP", "PERSON")), None)
                if named is not None:
                    return named
                if (swallowed := swallowed_subject(cur)) is not None:
                    return swallowed  # "In May Kenya sent ...", "after Mexico granted ..."
            owner = child(cur.head, ("poss",)) if cur.dep_ == "acl" else None
            if owner is None and cur.dep_ == "acl" and (
                    (by := prep_obj(cur.head, ("of", "by"))) is not None and by.i < cur.i):
                owner = by  # "welcomed the decision of/by Japan to provide aid"
            if owner is None and cur.dep_ == "acl" and cur.head.dep_ == "nsubjpass" and (
                    cur.head.head.lemma_.lower() in TAKING_DECISION_VERBS):
                # "the decision to expel the envoy was taken by the Government of Niger": the
                # agent of the passive that takes or makes the decision
                owner = prep_obj(cur.head.head, ("by",), deps=("agent", "prep"))
            if owner is not None and owner.pos_ != "PRON" and (
                    cur.head.lemma_.lower() in INTENT_NOUNS) and (
                    cur.head.lemma_.lower() not in ("invitation", "opportunity", "chance")
                    ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)):
                # "condemned Trump's decision to recognize ...", "welcomed Putin's offer to
                # mediate": whose decision or offer it is acts (an invitation's owner is
                # the host, not the one who would travel; "its decision" is the subject's)
                return owner
            if (invitee := self._invitee(cur)) is not None:
                # "repeated his invitation to Scholz to visit Rome", "extended an invitation
                # to Biden to attend": the one invited would come
                return invitee
            if cur.dep_ == "acl" and cur.head.lemma_.lower() in INTENT_NOUNS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)) and (
                    cur.head.dep_ in OBJ_DEPS) and cur.head.head.pos_ in ("VERB", "AUX"):
                # "accepted an invitation to visit Washington", "announced plans to visit":
                # who accepts or announces is who would act
                subj = self._subject(cur.head.head)
                if subj is not None:
                    return subj
            prev = cur.doc[cur.i - 1] if cur.i > 0 else cur
            if cur.dep_ == "acl" and prev.dep_ == "cc" and prev.head.i != cur.head.i and (
                    cur.head.dep_ in OBJ_DEPS) and cur.head.head.tag_ == cur.tag_:
                # "was cancelling a call between commanders and suspending talks": a verb
                # after "and" that the parser hung on the object is conjoined to the verb
                came_by = "conj"
                cur = cur.head.head
                continue
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and (
                    cur.head.lemma_.lower() in DOCUMENT_NOUNS) and cur.head.dep_ in OBJ_DEPS and (
                    cur.head.head.pos_ in ("VERB", "AUX")) and not any(
                    c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"
                    for c in kids(cur.head)):
                # "put out a report accusing the army of ...", "issued a statement condemning
                # the raid": who issued it says so (but "investigated a Fox News report
                # alleging ..." is the author's)
                subj = self._subject(cur.head.head)
                if subj is not None:
                    return subj
            if cur.dep_ == "relcl" and (subj is None or subj.lower_ in REL_PRONOUNS) and (
                    cur.head.lemma_.lower() in PROPOSAL_NOUNS) and cur.head.dep_ in OBJ_DEPS and (
                    cur.head.head.pos_ == "VERB") and not any(
                    c.dep_ in ("poss", "compound", "nmod", "amod") and c.pos_ in ("PROPN", "PRON")
                    or (c.dep_ == "amod" and c.ent_type_) for c in kids(cur.head)):
                # "Ramaphosa laid out a plan that calls for ...", "tabled a resolution which
                # condemns ...": who put it forward says so (not "backed Kyiv's plan that")
                above = self._subject(cur.head.head)
                if above is not None:
                    return above
            if cur.dep_ == "acl" and cur.head.dep_ in OBJ_DEPS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur)) and (
                    means_object(cur.head.head, cur.head)):
                # "used a televised address to invite ...": whoever used it
                came_by = "xcomp"
                cur = cur.head.head
                continue
            if cur.dep_ == "acl" and (asked := for_to_subject(cur)) is not None:
                return asked  # "the call of the EU for Serbia to withdraw": Serbia
            if cur.dep_ == "relcl" and cur.head.dep_ == "pobj" and (
                    cur.head.head.lower_ == "among") and cur.head.head.head.lemma_ == "be" and (
                    (member := child(cur.head.head.head, ("nsubj",))) is not None):
                return member  # "Canada was among the countries that condemned ..."
            if cur.dep_ in ("relcl", "acl") and (ranked := _ranked_complement_subject(cur)
                                                 ) is not None:
                return ranked
            if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return cur.head
            if cur.head.i == cur.i:
                return None
            if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "dep"):
                if cur.dep_ == "ccomp" and subj is None and cur.head.pos_ != "VERB":
                    return None
                if cur.dep_ == "xcomp" and cur.head.lemma_.lower() not in SUBJECT_CONTROL:
                    # object control: "Xi urged Washington to stop arming Taiwan" — the one
                    # urged is the one who would act
                    obj = child(cur.head, ("dobj",)) or prep_obj(cur.head, ("on", "upon"))
                    # ("called on China to lift the sanctions": the one called on; but "used
                    # an interview to invite X" is the speaker's invitation)
                    if obj is not None and not means_object(cur.head, obj):
                        return obj
                came_by = cur.dep_
                cur = cur.head
                if cur.pos_ in ("NOUN", "PROPN") and not misread_verb(cur):
                    return None
                continue
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for") and came_by == "pcomp" and (
                    cur.head.lemma_.lower() in OBJECT_OF_VERBS):
                # "accused Moscow of targeting civilians": the one accused is the one said
                # to act
                obj = child(cur.head, ("dobj",))
                if obj is not None:
                    return obj
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for") and came_by == "pcomp" and (
                    cur.head.dep_ in OBJ_DEPS) and cur.head.pos_ in ("NOUN", "PROPN") and (
                    cur.head.head.lemma_.lower() in OBJECT_OF_VERBS):
                # "accused Seoul's government of refusing to meet": the phrase the parser hung
                # on the object still tells what the one accused did
                return cur.head
            if cur.dep_ == "prep" and came_by == "pcomp" and cur.head.lemma_.lower() in (
                    IMPORTANCE_NOUNS) and cur.head.dep_ in OBJ_DEPS:
                # "stressed the importance of keeping communication open": who stresses it
                # means to do it
                return self._subject(cur.head.head)
            if cur.dep_ in ("prep", "advmod") and cur.head.pos_ in ("VERB", "AUX", "ADV",
                                                                     "ADP"):
                # "looking forward to meeting": up through the preposition
                came_by = "xcomp"
                cur = cur.head
                continue
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
                cur = cur.head.head
                continue
            return None
        return None

    @staticmethod
    def _invitee(verb: Token) -> Token | None:
        """Who an invitation goes to when ``verb`` is the infinitive it invites to: the
        "to" phrase of the invitation noun, or of the verb that has it as its object (the
        parser hangs the phrase both ways: "extended an invitation to X to visit"); None
        otherwise."""
        # (not the infinitive the parser hung on the verb, "renewed her invitation to X to
        # visit": the status of such a clause is read off the renewing, as if it had
        # happened)
        if verb.dep_ != "acl" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
            return None
        noun = verb.head
        if noun.lemma_.lower() not in INVITATION_NOUNS:
            return None
        holders = [noun] + ([noun.head] if noun.dep_ in OBJ_DEPS else [])
        # ("an invitation to Beijing" names whom, but "an invitation to the summit" where)
        to = next((p for h in holders if (p := prep_obj(h, ("to",))) is not None
                   and p.i < verb.i), None)
        return to if to is not None and to.pos_ in ("PROPN", "NOUN") and (
            to.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or to.pos_ == "PROPN") else None

    def _targets(self, trig: Trigger, r: ActorResolver, skip_dobj: bool = False
                 ) -> list[ResolvedActor]:
        tok, pat = trig.token, trig.pattern
        hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
        if pat.particle:
            # "switched back to Taipei": the parser hangs the phrase on the adverb "back"
            # (link36)
            hosts += [c for c in kids(tok) if c.dep_ == "advmod" and c.lower_ == pat.particle]
        # "ordered the ambassador of Libya to leave": the pattern's object is the verb told
        # to the one the act is on, who is the trigger's own object
        told_to = trig.obj is not None and trig.obj.pos_ == "VERB" and (
            trig.obj.head.i == tok.i) and trig.obj.dep_ in ("xcomp", "ccomp")
        for slot in pat.target:
            if slot == "dobj":
                if skip_dobj or (trig.obj is not None and not told_to and not (
                        # ("struck Tokyo off its list", "added six firms to its blacklist":
                        # the pattern's object is the phrase's, the one acted on is the verb's)
                        pat.prep_object and trig.obj.dep_ == "pobj")):
                    continue
                if tok.lemma_.lower() in ("blame", "pin") and (
                        on := prep_obj(tok, ("on",))) is not None and (found := r.resolve(on)):
                    # "the explosions, which Kabul blamed on Islamabad", "pinned the attack on
                    # Kyiv": the "on" phrase names who is blamed, the object what for
                    return found
                obj = direct_object(tok) or free_relative_object(tok)
                if obj is not None and (second := object_after_relative(tok, obj)) is not None:
                    # "the rebels, whom Kinshasa accuses Rwanda of backing": the one accused
                    # is the object named after the verb, not the pronoun
                    obj = second
                if obj is not None and (ante := relative_antecedent(obj)) is not None and (
                        self._names_actor(ante, obj, r)):
                    # "Kyiv, which Berlin has backed with weapons": the relative pronoun
                    # stands for the side named before it
                    obj = ante
                if obj is None and alleged_by(tok) is None:
                    # "rejects and condemns the decision" (not the deeds listed in an
                    # accusation: "accused X of containing, encircling and suppressing China"
                    # is one accusation)
                    obj = shared_object(tok)
                if obj is None and pat.id == CALL_PATTERN.id:
                    obj = child(tok, ("oprd",))  # "called Aliyev", parsed as a complement
                if obj is not None and obj.lower_ in ("counterpart", "counterparts") and (
                        named := next((c for c in kids(tok) if c.dep_ in OBJ_DEPS + ("dep",)
                                       and c.i > obj.i and c.pos_ == "PROPN"), None)
                ) is not None:
                    # "will meet his counterpart Italian President X", parsed as two objects
                    # (or the name as a loose dependent): the one named is the counterpart
                    obj = named
                if obj is not None and pat.cameo[:2] in HANDING_ROOTS and not r.resolve(obj) and (
                        (to := receiver(tok, obj)) is not None):
                    # "returned prehistoric fossils to the Chinese government": what is handed
                    # over goes to whoever receives it
                    found = r.resolve(to)
                    if found:
                        return found
                if obj is None:
                    # "welcomes Turkey playing a bigger role", "opposes Washington selling
                    # arms": the doer of a gerund clause is whom the attitude is about
                    ger = next((c for c in kids(tok) if c.dep_ == "ccomp"
                                and c.tag_ == "VBG" and c.i > tok.i), None)
                    obj = child(ger, ("nsubj",)) if ger is not None else None
                if obj is not None and obj.pos_ == "NOUN" and pat.cameo[:2] == "04":
                    # "hosted a series of meetings between A and B": each of the parties the
                    # hosted talks are between
                    of = prep_obj(obj, ("of",))
                    pobj = prep_obj(obj, ("between", "among")) or (
                        prep_obj(of, ("between", "among")) if of is not None else None)
                    found = fit_group(r.resolve(pobj), []) if pobj is not None else []
                    if len(found) >= 2:
                        return found
                if obj is None and pat.cameo[:2] in ("05", "11", "12"):
                    # "welcomed the ceasefire agreed by A and B", parsed with the noun as the
                    # subject of a participle clause: the noun is what is judged
                    obj = participle_clause_noun(tok)
                if obj is not None and obj.pos_ == "NOUN" and pat.cameo[:2] == "05" and (
                        pobj := prep_obj(obj, ("between", "among"))) is not None and (
                        len(found := self._between_group(pobj, r)) >= 2):
                    # "welcomed the truce between A and B", "praised the talks between A and
                    # B": approval of what two sides did together is of each of them (not an
                    # objection: "opposes exchanges between A and B" is aimed at the one
                    # dealing with the other)
                    return found
                if obj is not None:
                    doer = deed_doer(obj) if pat.cameo[:2] in ("05", "11", "12") and (
                        obj.pos_ == "NOUN") else None
                    # "supported the steps Azerbaijan had taken": the one who took them
                    found = (r.resolve(doer) if doer is not None else []) or r.resolve(obj) or (
                        self._whose_side(obj, r))
                    if found and pat.cameo[:2] == "04":
                        # "met X's minister, as well as the meeting in Jeddah of A with B":
                        # those named in a second occasion joined to the object met elsewhere
                        found = _not_in_other_occasion(found, obj)
                    if found and doer is None and pat.cameo[:2] in ("11", "12") and (
                            tok.lemma_.lower() not in ("blame", "pin")):
                        # "condemned the atrocities committed against civilians in X": the
                        # harmed are not whom the judgement is aimed at (but "blamed the
                        # attack on X" may name the one blamed, however it is parsed)
                        found = not_harmed(found, obj)
                    if not found and pat.cameo[:2] in FLAG_ROOTS and obj.pos_ == "NOUN":
                        # "seized a Marshall Islands-flagged tanker", "struck an
                        # Israeli-managed ship": a craft is its flag's or owner's
                        found = self._flag_state(obj, r)
                    if found:
                        found = found + _split_phrase_parties(tok, None, obj, r, found)
                        return found + _gapped_actors(tok, obj, r, found)
                    if obj.tag_ in ("NNS", "NNPS") and r.regional_members(obj) == []:
                        # "urged Central American governments to stay with Taipei": the
                        # object is such states in general, and no one named further on is
                        # whom the act is on (prec26)
                        return []
            elif slot == "iobj":
                obj = child(tok, ("dative", "iobj"))
                if obj is not None and obj.dep_ != "prep":
                    found = r.resolve(obj)
                    if found:
                        return found
            elif slot == "xcomp_obj":
                x = child(tok, ("xcomp",))
                if x is not None:
                    obj = child(x, OBJ_DEPS)
                    if obj is not None:
                        found = r.resolve(obj)
                        if found:
                            return found
            elif slot == "complement":
                # the actor the evaluation is about: the first one named in the complement
                for c in kids(tok):
                    # (not a setting before the verb: "Speaking in Tokyo, X said ...")
                    if c.dep_ in ("ccomp", "xcomp", "oprd", "prep", "dobj", "advcl") and (
                            c.i > tok.i or c.dep_ not in ("advcl", "prep")):
                        # ("described the war in X as absurd": where a war goes on, or whom
                        # an attack harms, is not whom the judgement is of)
                        judged = pat.cameo[:2] in ("11", "12")
                        harmed = harmed_ranges(c) if c.dep_ == "dobj" and judged else []
                        # ("said she was worried and called on both parties to talk": a second
                        # act of the same subject joined to the evaluation is not its object)
                        harmed += [(v.left_edge.idx, v.right_edge.idx + len(v.right_edge.text))
                                   for v in kids(c) if v.dep_ == "conj" and v.pos_ in (
                                       "VERB", "AUX") and c.pos_ in ("VERB", "AUX") and not any(
                                       g.dep_ in SUBJ_DEPS for g in kids(v))] if judged else []
                        for t in c.subtree:
                            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "i", "we"):
                                continue  # the speaker: "said he expected relations to"
                            if harmed and any(lo <= t.idx < hi for lo, hi in harmed):
                                continue
                            if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in (
                                    "compound", "amod"):
                                found = r.resolve(t, follow=True)
                                if judged and t.i == c.i and c.dep_ == "dobj":
                                    found = not_harmed(found, t)
                                if found:
                                    return found
            elif slot == "between":
                # "hosted a meeting between Erdogan and Kristersson", "brokered talks between
                # Israel and Hamas": the host acts toward each of the parties
                obj = child(tok, OBJ_DEPS)
                places = hosts + ([obj] if obj is not None and trig.obj is None else [])
                # ("hosted several rounds of talks between A and B": on what the rounds are of)
                places += [o for h in places if (o := prep_obj(h, ("of",))) is not None]
                for host in places:
                    pobj = prep_obj(host, ("between", "among"))
                    found = self._between_group(pobj, r) if pobj is not None else []
                    if len(found) >= 2:
                        return found
            elif slot in ("poss", "agent"):
                continue

            else:
                hung = self._phrase_on_last_agent(
                    tok, prep_obj(tok, ("by",), deps=("agent",)), (slot,)) if is_passive(
                    tok) else None
                if hung is not None and (found := r.resolve(hung)):
                    # "the sanctions imposed by A and its allies on Moscow": the verb's
                    # phrase, hung by the parser on the last "by" name
                    return found
                # "joined the sanctions imposed by Washington on Moscow", "eased the curbs
                # that were placed on X": a measure's own participle (or passive relative
                # clause) names whom it is on
                placed = [c for c in kids(trig.obj) if (
                    c.dep_ == "acl" and c.tag_ == "VBN") or (
                    c.dep_ == "relcl" and is_passive(c))] if trig.obj is not None and (
                    pat.cameo[:2] in ("08", "16")) else []
                hung_on = [p for c in placed for p in [self._phrase_on_last_agent(
                    c, prep_obj(c, ("by",), deps=("agent",)), (slot,))] if p is not None]
                if hung_on and (found := r.resolve(hung_on[0])):
                    return found
                for host in hosts + placed:
                    pobj = prep_obj(host, (slot,), deps=("prep", "dative", "agent"))
                    if pobj is None and slot == "with":
                        # "deepen cooperation, including with A and B": partners the
                        # phrase lists as among those the act is with (link27)
                        pobj = next((p for c in kids(host) if c.lower_ in ENUM_CUES
                                     and c.i > tok.i for p in [prep_obj(c, ("with",))]
                                     if p is not None), None)
                    if pobj is not None and (ante := relative_antecedent(pobj)) is not None \
                            and self._names_actor(ante, pobj, r):
                        pobj = ante  # ("Moldova, to which Romania sent fuel")
                    if pobj is not None:
                        doer = deed_doer(pobj) if pat.cameo[:2] in ("11", "12", "14") else None
                        # "troubled by the actions that China had taken": the one who
                        # did what is disapproved of
                        found = (r.resolve(doer) if doer is not None else []) or r.resolve(
                            pobj) or self._whose_side(pobj, r)
                        if found and doer is None and pat.cameo[:2] in ("11", "12"):
                            found = not_harmed(found, pobj)  # ("concern over attacks on X")
                        if not found and (pobj.lemma_.lower() in GOODS_FLOW_NOUNS or (
                                pobj.lower_ in COUNT_HEADS)) and (
                                goods := prep_obj(pobj, ("of", "from"))) is not None:
                            # "lifted a ban on imports of British beef", "tariffs on shipments
                            # from Australia": whose goods they are; "attacks on a number of
                            # Armenian websites": what is counted
                            found = r.resolve(goods)
                        if not found and pat.cameo[:2] in FLAG_ROOTS and pobj.pos_ == "NOUN":
                            # "carried out an attack on a Greek-owned tanker"
                            found = self._flag_state(pobj, r)
                        if found:
                            # "imposed sanctions on Belarus and on Iran": each phrase of the
                            # same preposition joined to the first names another, also
                            # another of the same state ("on A's ministry and on its former
                            # president": the office and the man, each a target)
                            seen = {(a.actor.country, a.actor.code) for a in found}
                            found = found + [a for p in more_agents(pobj) for a in r.resolve(p)
                                             if (a.actor.country, a.actor.code) not in seen]
                            found = found + _split_phrase_parties(tok, trig.obj, pobj, r, found)
                            return found + _gapped_actors(tok, pobj, r, found)
        if trig.obj is not None and not pat.reciprocal and pat.cameo[:2] != "04" and (
                not told_to):
            # (not the clause of the verb told: "to leave in protest at a deal X signed")
            # "recognised Morocco's sovereignty over Western Sahara": a claim's "over" names
            # the land claimed; the act is toward the claim's owner
            owner = claim_owner(trig.obj, r)
            if owner:
                return owner
            # "dropped its WTO complaint over Chinese barley tariffs": whom the object is
            # against before the body it was brought to
            against = prep_obj(trig.obj, ("against", "over"))
            found = r.resolve(against) if against is not None else []
            if found:
                return found
            # "lifted the restrictions it imposed on South Korea": the one the measure is
            # about, named inside the object phrase
            found = r.resolve(trig.obj)
            if found:
                return found
        for slot in pat.target:
            if slot in SPECIAL_SLOTS or any(
                    prep_obj(h, (slot,), deps=("prep", "dative", "agent")) is not None
                    for h in hosts):
                # ("arrived in Samarkand after a stop in Kazakhstan": the verb's own phrase
                # names a place, not an actor; a phrase of another noun is not the verb's)
                continue
            pobj = stray_prep_obj(tok, slot)
            found = r.resolve(pobj) if pobj is not None else []
            if found:
                # "willing to provide ammunition alongside humanitarian assistance to
                # Turkey": the verb's phrase, hung by the parser on a noun of its object
                return found
        return []

    @staticmethod
    def _phrase_on_last_agent(verb: Token, agent: Token | None, slots: Sequence[str]
                              ) -> Token | None:
        """The object of a phrase of one of the pattern's target ``slots`` that the parser hung
        on a later conjunct of the passive's ``agent`` when the verb has no such phrase of its
        own ("imposed by A and its allies on Moscow": "on Moscow" is the verb's)."""
        if agent is None:
            return None
        for conj in agent.conjuncts:
            if conj.i <= agent.i:
                continue
            for p in kids(conj):
                if p.dep_ == "prep" and p.lower_ in slots and p.lower_ not in (
                        "of", "by", "with", "between", "among", "from", "in") and prep_obj(
                        verb, (p.lower_,)) is None and (pobj := child(p, ("pobj",))) is not None:
                    return pobj
        return None

    def _extraditing_side(self, tok: Token, r: ActorResolver, subj: Token | None,
                          own: set[str | None]) -> list[ResolvedActor]:
        """Who hands over the one an agentless passive extradition ``tok`` names: the
        country of the place the verb, or a passive verb joined to it, says he was held or
        arrested in; else the country of the one handed over, when it is not ``own`` (the
        receiving side)."""
        for v in (tok, tok.head if tok.dep_ in ("conj", "advcl") else None):
            if v is None:
                continue
            place = prep_obj(v, ("in",))
            if place is not None and place.ent_type_ not in ("DATE", "TIME"):
                found = [a for a in r.resolve(place) if a.actor.country not in own] or (
                    self._place_actor(place, own))
                if found:
                    return found[:1]
        # (a dateline the parser took for a second subject: "CITY, May 2 - Former President
        # X was extradited to ...": the person named last)
        subjects = [subj] if subj is not None else []
        subjects += [c for c in kids(tok) if c.dep_ == "nsubjpass" and c not in subjects
                     and c.pos_ == "PROPN"][::-1]
        for one in subjects:
            if one.lower_ in REL_PRONOUNS:
                continue
            found = [a for a in r.resolve(one) if a.actor.country and a.actor.country not in own
                     and a.kind not in ("implicit", "dyad")][:1]
            if found:
                return found
        return []

    @staticmethod
    def _pair_before(tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The sides of the last subject before ``tok`` in its sentence that names two or
        more of them ("A and B are due in X, where talks between them ...")."""
        for t in reversed(tok.doc[sent_of(tok).start: tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
                group = fit_group(r.resolve(t), [])
                if len({a.actor.country for a in group}) >= 2:
                    return group
        return []

    def _object_owners(self, noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """Who acts on the thing ``noun`` as its verb's object ("could resume talks", "launched
        drones"): the subject of that verb, every member of a group; none when the verb is
        itself an answer to the thing ("condemned the launch, which X also criticised")."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                noun.head.head.pos_ == "NOUN"):
            noun = noun.head.head  # ("launched a wave of drones, which ...")
        if noun.pos_ != "NOUN" or noun.dep_ not in OBJ_DEPS or noun.head.pos_ not in (
                "VERB", "AUX") or noun.head.lemma_.lower() in UNDERGOING_VERBS:
            return []
        subj = self._subject(noun.head)
        if subj is None or subj.lower_ in REL_PRONOUNS:
            return []
        return fit_group(r.resolve(subj), [])

    def _earlier_owner(self, tok: Token, r: ActorResolver, own: set[str | None]
                       ) -> ResolvedActor | None:
        """The side "its" or "their" in what ``tok`` hands over stands for when it is not
        the giver's own: the last other side named before the giver in the sentence."""
        obj = direct_object(tok)
        # (the phrase on the verb, or hung by the parser on its object: "supplied rifles to
        # its army")
        held = [p for h in (tok, obj) if h is not None
                for p in [prep_obj(h, ("to", "for"))] if p is not None] + (
            [obj] if obj is not None else [])
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                   for p in held[:1] for c in kids(p)):
            return None
        subj = self._subject(tok)
        if subj is None or subj.i > tok.i:
            return None
        start = subj.left_edge.i
        found = None
        for sp in r.spans_in(sent_of(tok)):
            if sp.end > start:
                break
            for a in r.resolve(sp.root, follow=False):
                if a.actor.country and a.actor.country not in own and a.kind != "media":
                    found = a
        return found

    @staticmethod
    def _provoker(tok: Token, r: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
        """The subject of a clause of the moment or cause of the act ``tok`` ("when X's
        soldiers crossed the line", "after X had fired rockets"), of another side than
        ``own``; none when no such clause names one."""
        verb = tok
        while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ in OBJ_DEPS:
            verb = verb.head
        return _clause_party(verb, r, own, PROVOKING_MARKS, ("mark", "advmod"), ("nsubj",),
                             ("media", "implicit"))

    @staticmethod
    def _names_actor(noun: Token, pron: Token, r: ActorResolver) -> bool:
        """Whether the antecedent ``noun`` of the relative pronoun ``pron`` names an actor
        and the relative clause begins right after a name ("Kyiv, which ...", "the President
        of Somalia, whom ..."), not after a thing or event an actor is named in ("the Group
        of 20 summit that ...", with the clause hung on "Group")."""
        doc = pron.doc
        last = pron.i - 1
        while last > noun.i and (doc[last].is_punct or doc[last].dep_ == "prep"):
            last -= 1
        found = [a for a in r.resolve(noun) if a.actor.start is not None
                 and a.actor.end is not None and a.actor.start <= noun.idx < a.actor.end]
        if not found:
            return False
        word = doc[last]
        return word.i == noun.i or word.pos_ == "PROPN" or any(
            a.actor.start is not None and a.actor.end is not None
            and a.actor.start <= word.idx < a.actor.end for a in r.resolve(word))

    @staticmethod
    def _listed_with(found: list[ResolvedActor], phrase: Token, r: ActorResolver
                     ) -> list[ResolvedActor]:
        """One actor found inside a phrase, with the names listed after it ("recalled its
        ambassadors in Mexico, Argentina and Bolivia": each of the three)."""
        if len(found) != 1 or found[0].actor.start is None:
            return found
        named = next((t for t in sent_of(phrase) if t.idx == found[0].actor.start), None)
        if named is None or named.pos_ != "PROPN" or named.dep_ != "pobj":
            return found
        out = list(found)
        seen = {found[0].actor.country}
        for c in named.conjuncts:
            for a in r.resolve(c, follow=False):
                if a.actor.country and a.actor.country not in seen and a.kind != "dyad":
                    seen.add(a.actor.country)
                    out.append(a)
        return out

    @staticmethod
    def _guests(trig: Trigger, r: ActorResolver, own: set[str | None]
                ) -> list[ResolvedActor]:
        """Whom a host receives, named in a phrase of what is hosted ("host a meeting of EU
        foreign ministers", "hosted a conference with envoys of 20 countries", "a luncheon
        hosted for the Russia-India-China grouping")."""
        tok = trig.token
        obj = trig.obj or direct_object(tok)
        places = [(obj, ("of", "with", "for"))] if obj is not None else []
        places.append((tok, ("with", "for")))
        for host, preps in places:
            pobj = prep_obj(host, preps)
            if pobj is None:
                continue
            found = [a for a in r.resolve(pobj) if a.actor.country not in own
                     and a.actor.country not in REGION_CODES]
            other = None if found else r.other_named(pobj, own)
            if found or other is not None:
                return found or [other]
        return []

    @staticmethod
    def _earlier_partner(tok: Token, r: ActorResolver, own: set[str | None], root: str
                         ) -> list[ResolvedActor]:
        """The one side the acts of root ``root`` (or, for a pact's stages, of talks, intents
        and pacts alike: "signed one ..., and C is negotiating one") told earlier in
        ``tok``'s sentence (before it) were aimed at, if it is none of ``own``; [] when they
        were aimed at none or at several (not "A signed a pact with B, and C rejected a
        similar offer": no offer of B's was told)."""
        kin = PACT_STAGE_ROOTS if root in PACT_STAGE_ROOTS else frozenset({root})
        sent = sent_of(tok)
        before = sent.text[:tok.idx - sent.start_char]
        found: dict[str, Actor] = {}
        for ev in reversed(r.ctx.events[-12:]):
            if ev.evidence is None or ev.evidence.start != sent.start_char:
                break
            if ev.target is None or not ev.target.country or not ev.evidence.trigger or (
                    ev.evidence.trigger not in before) or ev.root not in kin:
                continue
            if ev.source is not None and ev.source.country in own:
                return []  # (the same side again: not a stand-in for another's act)
            found.setdefault(ev.target.country, ev.target)
        if len(found) != 1 or set(found) & own:
            return []
        (other,) = found.values()
        return [ResolvedActor(replace(other, text=None, start=None, end=None), "implicit")]

    def _meeting_they(self, pron: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The sides that hold a meeting "they" acts at, told in a relative clause of the
        meeting's noun ("held a meeting at which they agreed ...", "held talks with B, in
        which they signed ...", the clause hung on the partner's name): the holders win over
        whatever pair the story told before; [] when the clause is no such one."""
        verb = pron.head
        if pron.dep_ != "nsubj" or verb.dep_ != "relcl" or not any(
                c.dep_ == "prep" and any(p.lower_ in ("which", "whom") for p in kids(c))
                for c in kids(verb)):
            return []
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and (
                noun.head.head.lemma_.lower() in GATHERING_NOUNS):
            noun = noun.head.head  # ("talks with B's president, in which they ...")
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in GATHERING_NOUNS:
            return []
        return self._holders_of(noun, r, partner=True)

    def _clause_pronoun(self, pron: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The side a subject pronoun the resolver left open stands for, read off the clause
        its own clause is joined to or set in (a conjoined, adverbial or loose clause): that
        clause's subject when it agrees in number ("it" one side, "they" two or more), else
        for "they" a group of two or more sides that clause acts on ("halted supplies to A
        and B after they refused to pay"). None for a pronoun of a main clause."""
        verb = pron.head
        head = verb.head
        plural = pron.lower_ == "they"
        if plural and verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and (
                head.lemma_.lower() in GATHERING_NOUNS | PACT_NAME_NOUNS) and any(
                c.lower_ in ("which", "that") or c.dep_ == "prep" and any(
                    p.lower_ in ("which", "whom") for p in kids(c)) for c in kids(verb)):
            # "the two leaders held talks in which they reviewed ... and agreed to ...", "the
            # heads of state reviewed the treaty, which they signed in 2019": the pair the
            # clause the meeting or pact is told in acts on it (its subject or agent)
            return self._holders_of(head, r)
        if verb.dep_ not in ("conj", "advcl", "parataxis") or head.i == verb.i or (
                head.pos_ not in ("VERB", "AUX")):
            return []
        above = self._subject(head)
        found = r.resolve(above) if above is not None else []
        sides = {a.actor.country for a in found if a.actor.country}
        if found and len(sides) == (2 if plural else 1) or (plural and len(sides) > 2):
            return found
        if not plural:
            return []
        for c in kids(head):
            obj = c if c.dep_ in OBJ_DEPS else child(c, ("pobj",)) if c.dep_ in (
                "prep", "dative") else None
            if obj is None or obj.i > pron.i:
                continue
            group = fit_group(r.resolve(obj), [])
            if len({a.actor.country for a in group if a.actor.country}) >= 2:
                return group
        return []

    @staticmethod
    def _swap_sides(r: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
        """Both sides of the prisoner release (08) the article told last, less ``own``: the
        parties of "the exchange" a third side mediated."""
        for ev in reversed(r.ctx.events[-40:]):
            if ev.root != "08" or ev.source is None or ev.target is None:
                continue
            sides = [ResolvedActor(a, "coref") for a in (ev.source, ev.target)
                     if a.country and a.country not in own]
            if len({a.actor.country for a in sides}) == 2:
                return sides
        return []

    def _link_place(self, trig: Trigger, sources: Sequence[ResolvedActor]
                    ) -> list[ResolvedActor]:
        """"suspended flights to Toronto", "banned imports from Xinjiang", "extradited him to
        Miami": a place no actor list knows, in the pattern's own "to" / "from" / "into"
        phrase, stands for the country it lies in (not one of the sources')."""
        slots = tuple(s for s in trig.pattern.target if s in ("to", "from", "into"))
        if not slots:
            return []
        own = {s.actor.country for s in sources}
        for h in [trig.token] + ([trig.obj] if trig.obj is not None else []):
            p = prep_obj(h, slots)
            if p is None or p.ent_type_ not in ("GPE", "LOC"):
                continue
            ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
            actor = place_actor(ent, self.gazetteer, own) if ent is not None else None
            if actor is not None:
                return [ResolvedActor(actor, "place")]
        return []

    def _noun_clause_doer(self, noun: Token) -> Token | None:
        """The subject of a relative clause on an event noun whose verb makes the noun's act
        ("the treaty that Kyiv and Gazprom signed", "sanctions which the EU imposed", "a deal
        that Helsinki is expected to sign"): the clause takes the noun as its object, so its
        subject is the noun's doer. None when there is no such clause."""
        for c in kids(noun):
            if c.dep_ not in ("relcl", "acl") or c.pos_ != "VERB" or c.i < noun.i:
                continue
            verb = c
            if verb.lemma_.lower() in RAISING_VERBS and (
                    x := child(verb, ("xcomp",))) is not None:
                verb = x  # ("that Finland is expected to sign")
            if verb.lemma_.lower() not in MAKING_VERBS or any(
                    d.dep_ in ("dobj", "nsubjpass") and d.lower_ not in REL_PRONOUNS
                    for d in kids(verb)):
                continue  # (the clause's own object: "the deal that X used to pressure Y")
            subj = next((d for d in kids(c) if d.dep_ in (("nsubj", "nsubjpass") if verb is not c
                                                          else ("nsubj",))), None)
            if subj is not None and subj.lower_ not in REL_PRONOUNS and subj.pos_ in (
                    "PROPN", "NOUN"):
                return subj
        return None

    def _occasion_guests(self, part: Token, r: ActorResolver, own: set[str | None]
                         ) -> list[ResolvedActor]:
        """The guests of an occasion a participle of hosting describes ("a dinner hosted by
        X"): the subject of the clause that brings someone to it, at or during it ("met the
        leaders at a meeting hosted by X", "spoke during a forum hosted by X"), in it ("took
        part in the summit hosted by X") or as the object of attending it ("attended a
        luncheon hosted by X"); none for an occasion only talked of ("criticised the summit
        hosted by X")."""
        noun = part.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # ("the summit of African leaders hosted by X")
        if noun.pos_ != "NOUN":
            return []
        verb: Token | None = None
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            prep, head = noun.head, noun.head.head
            if head.pos_ == "NOUN" and head.dep_ in OBJ_DEPS and head.lemma_.lower() == "part":
                head = head.head  # ("took part in": the phrase on the noun)
            if prep.lower_ in ("at", "during") or (
                    prep.lower_ == "in" and head.lemma_.lower() in ATTENDING_VERBS):
                verb = head
        elif noun.dep_ in OBJ_DEPS and noun.head.lemma_.lower() in ATTENDING_VERBS:
            verb = noun.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        subj = self._subject(verb)
        if subj is None:
            return []
        return [a for a in r.resolve(subj) if a.actor.country not in own
                and a.kind not in ("media", "implicit")]

    @staticmethod
    def _complement_other(tok: Token, r: ActorResolver, own: set[str | None]
                          ) -> ResolvedActor | None:
        """The first actor of another side than ``own`` named in the complement of a
        speech verb: the reported clause itself, not a relative or adverbial clause
        inside it ("said the controls concerned security, which ... at the WTO")."""
        for c in kids(tok):
            if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
                for t in c.subtree:
                    up = t
                    while up.i != c.i and up.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
                        up = up.head
                    if up.i != c.i:
                        continue
                    if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "amod"):
                        for a in r.resolve(t, follow=True):
                            if a.actor.country and a.actor.country not in own and (
                                    a.kind != "dyad"):
                                return a
        return None

    @staticmethod
    def _blamed_on(noun: Token, r: ActorResolver) -> list[ResolvedActor] | None:
        """Who an act noun is blamed on, when it is the object of "blame ... on" ("blamed
        the attack on Kyiv", "blamed the attack on the bridge on Ukraine": the last "on"
        phrase that names an actor, on the noun or on the verb); None otherwise."""
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ("blame", "pin"):
            return None
        ons: list[Token] = []
        cur: Token | None = noun
        while cur is not None:
            cur = prep_obj(cur, ("on", "upon"))
            if cur is not None:
                ons.append(cur)
        on_verb = prep_obj(noun.head, ("on", "upon"))
        if on_verb is not None:
            ons.append(on_verb)
        for p in reversed(ons):
            found = r.resolve(p)
            if found:
                return found
        return None

    def _taker_of(self, people: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The side that takes in ``people`` as the object of a verb of receiving ("take
        back migrants", "received two flights of migrants"), else none."""
        if people.dep_ == "pobj" and people.head.lower_ == "of" and (
                people.head.head.pos_ == "NOUN"):
            people = people.head.head
        verb = people.head
        if people.dep_ not in OBJ_DEPS or verb.lemma_.lower() not in TAKING_VERBS:
            return []
        subj = self._subject(verb)
        return [a for a in r.resolve(subj) if a.kind in ("country", "metonym")][:1] if (
            subj is not None) else []

    def _holding_state(self, tok: Token, subj: Token, r: ActorResolver,
                       own: set[str | None]) -> list[ResolvedActor]:
        """Who arrests or frees the people an agentless passive ``tok`` is about: the country
        of the verb's own "in" place ("were arrested in Yangon"), else of the place a
        participle of holding on them names ("officials held in Burkina Faso were freed")."""
        held = next((c for c in kids(subj) if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in HOLDING_VERBS), None)
        for place in (prep_obj(tok, ("in",)), prep_obj(held, ("in",)) if held else None):
            if place is None:
                continue
            # (the tagger may take a country for a date: "held in Niger for a year")
            found = [a for a in r.resolve(place) if a.actor.country not in own
                     and a.kind in ("country", "metonym")] or (
                self._place_actor(place, own) if place.ent_type_ not in ("DATE", "TIME")
                else [])
            if found:
                # (the state, not the place: the place is where, and no side acted on)
                a = found[0]
                return [ResolvedActor(replace(a.actor, text=None, start=None, end=None),
                                      "country", a.key)]
        return []

    @staticmethod
    def _reporter_subject(verb: Token) -> Token | None:
        """The subject of a reporting ``verb``; for one the parser left without a subject
        after a listed act it made the verb's clause ("X recalled A, said B ..."), that
        act's subject."""
        subj = nearest_subject(verb, ("nsubj",))
        if subj is not None:
            return subj
        listed = next((c for c in kids(verb) if c.dep_ == "ccomp" and c.i < verb.i
                       and c.tag_ == "VBD"), None)
        return nearest_subject(listed, ("nsubj",)) if listed is not None else None

    def _aimed_owner(self, tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """"cut ties with Israel over its offensive", "imposed sanctions on Moscow over its
        invasion", "summoned the envoy over their strikes": an "its" noun of the verb's cause
        phrase is the act of the side the verb is aimed at (named before the phrase), not
        of the verb's subject; [] when the verb is aimed at no other side."""
        if any(c.lower_ == "own" for c in kids(tok)):
            return []  # ("its own controls": the subject's, said so)
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.dep_ in OBJ_DEPS and verb.head.pos_ == "VERB":
            verb = verb.head  # ("broke off ties with X over its ...", hung on the object)
        elif verb.pos_ != "VERB":
            return []
        obj = child(verb, OBJ_DEPS)
        aimed = [obj] if obj is not None and obj.i < tok.i else []
        aimed += [p for h in [verb, *aimed] for p in [prep_obj(h, ("with", "against", "on"))]
                  if p is not None and p.i < tok.i]
        subj = self._subject(verb)
        own = {a.actor.country for a in r.resolve(subj)} if subj is not None else set()
        if not own:
            return []
        for a_tok in aimed:
            found = [a for a in r.resolve(a_tok, follow=False) if a.actor.country and (
                a.actor.country not in own)]
            if found:
                return found
        return []

    @staticmethod
    def _whose_side(noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The side a "whose" phrase that names nobody itself belongs to ("Russia, whose
        troops Kyiv says it drove back": Russia), else none."""
        owner = whose_antecedent(noun)
        return r.resolve(owner) if owner is not None else []

    def _object_doer_on_verb(self, tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """"welcomed the signing of the accord by A and B", "condemned the raid on Monday
        by X's forces": a "by" phrase after the object of an active verb of judging names
        who did what the object tells (the parser hangs it on the verb); [] otherwise."""
        obj = direct_object(tok)
        by = prep_obj(tok, ("by",), deps=("prep", "agent"))
        if obj is None or by is None or not obj.i < by.i or obj.pos_ != "NOUN" or (
                by.pos_ not in ("NOUN", "PROPN")) or r.resolve(obj, follow=False):
            # (not "by phone", a means; nor an object that is itself an actor: "praised
            # Kenya by name")
            return []
        found = r.resolve(by)
        return [a for a in found if a.kind not in ("media", "implicit")]

    def _refused_to(self, tok: Token, r: ActorResolver) -> list[ResolvedActor]:
        """"X cut deliveries to A and B after they refused to pay", "X recalled
        its envoy when Y rejected the demand": a refusal told as the moment or cause of
        another side's act refuses that side ([] when the clause is no such one)."""
        if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "mark" and c.lower_ in ("after", "when", "because", "since", "once",
                                                  "as") for c in kids(tok)):
            return []
        main = self._subject(tok.head)
        if main is None or main.pos_ == "PRON":
            return []
        return [a for a in r.resolve(main) if a.kind not in ("media", "implicit")]

    @staticmethod
    def _apposed_names(obj: Token, r: ActorResolver, found: list[ResolvedActor]
                       ) -> list[ResolvedActor]:
        """"thanked the Arab League, the Gulf Cooperation Council, Jordan and Italy": a list
        whose second name the parser took for an apposition of the first (and hung the rest
        inside it) names more sides, where a description of the first ("Qatar's emir, Sheikh
        Tamim") names its own side again; [] when none."""
        if obj.pos_ != "PROPN":
            return []
        seen = {a.actor.code for a in found} | {a.actor.country for a in found}
        more: list[ResolvedActor] = []
        for app in kids(obj):
            if app.dep_ != "appos" or app.pos_ != "PROPN":
                continue
            names = [app] + [t for t in app.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
            if len(names) < 2 or any(c.dep_ == "advmod" for c in kids(app)):
                # (one name set beside another describes it: "Ceylon, now Sri Lanka")
                continue
            for t in names:
                for a in r.resolve(t, follow=False):
                    if a.kind in ("country", "igo") and a.actor.code not in seen and (
                            a.actor.country not in seen):
                        seen |= {a.actor.code, a.actor.country}
                        more.append(a)
        return more

    @staticmethod
    def _armed_group(tok: Token) -> Token | None:
        """"accused X of arming a rebel group", "of arming and fighting alongside the rebels":
        the fighters the help goes to, named by the verb or the verb joined to it; None when
        that is no armed group."""
        obj = direct_object(tok)
        if obj is None and tok.dep_ != "conj":
            obj = next((direct_object(c) for c in tok.conjuncts if c.i > tok.i), None) or next(
                (p for c in tok.conjuncts if c.i > tok.i for p in [prep_obj(c, (
                    "alongside", "with", "beside"))] if p is not None), None)
        if obj is None:
            return None
        words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in kids(obj)
                                        if c.dep_ in ("compound", "amod")}
        return obj if words & ARMED_GROUP_WORDS else None

    def _reporting_subject(self, tok: Token, subj: Token, r: ActorResolver) -> Token | None:
        """"The ministry said it was glad that both sides had pulled back, and urged India
        and China to talk": a verb the parser joined to a verb of the reported clause, whose
        object is the very side that clause's subject names, is the reporter's (the subject
        of the outermost clause, in the same tense); None when nothing says so."""
        if subj.pos_ == "PRON" or not any(
                c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in kids(tok.head)):
            # (a pronoun subject of the reported clause is mostly the reporter itself: "said
            # it had shot down two jets and captured a pilot")
            return None
        obj = direct_object(tok)
        if obj is None or obj.i < tok.i:
            return None
        acted_on = {a.actor.country for a in r.resolve(obj)} - {None}
        if not acted_on or not acted_on <= {a.actor.country for a in r.resolve(subj)}:
            return None
        cur, outer = tok.head, None
        while cur.dep_ in ("ccomp", "acomp", "xcomp", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            if cur.tag_ == tok.tag_ and (top := child(cur, ("nsubj",))) is not None and (
                    top.lower_ not in REL_PRONOUNS):
                outer = top
        return outer

    @staticmethod
    def _apposed_list(noun: Token, r: ActorResolver) -> list[ResolvedActor]:
        """"from four countries, Spain, Qatar and Oman": the actors a group noun's apposed
        list names ([] when the noun has no apposition naming actors)."""
        found: list[ResolvedActor] = []
        counted = noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in kids(noun))
        for c in kids(noun):
            # (the parser may join the list to a counted group noun: "three countries, A,
            # B and C")
            if c.dep_ == "appos" or (counted and c.dep_ == "conj" and c.pos_ == "PROPN"):
                found += [a for a in r.resolve(c) if a not in found]
        return found

    def _holders_of(self, noun: Token, r: ActorResolver, partner: bool = False
                    ) -> list[ResolvedActor]:
        """Two or more sides the subject of the verb a meeting or pact noun is told under
        names (up a short chain of objects and prepositions: "held talks", "reviewed the
        implementation of the treaty"), with ``partner`` also the side of a "with" phrase
        of the noun or verb ("A held talks with B"); [] when they name fewer than two."""
        cur = noun
        for _ in range(4):
            if cur.dep_ not in OBJ_DEPS + ("pobj", "prep") or cur.head.i == cur.i:
                return []
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                break
        else:
            return []
        if cur.pos_ not in ("VERB", "AUX"):
            return []
        above = self._subject(cur)
        found = fit_group(r.resolve(above), []) if above is not None else []
        if partner and len({a.actor.country for a in found}) == 1 and (
                other := prep_obj(noun, ("with",)) or prep_obj(cur, ("with",)) or (
                    child(cur, ("dobj",)) if cur.lemma_.lower() in MEETING_VERBS else None)
        ) is not None:
            found = found + [a for a in fit_group(r.resolve(other), [])
                             if a.kind not in ("media", "implicit")]
        return found if len({a.actor.country for a in found}) >= 2 else []

    def _imposed_on(self, noun: Token, r: ActorResolver
                    ) -> tuple[list[ResolvedActor], list[ResolvedActor]] | None:
        """Who puts a measure on whom by a clause of the measure's noun ("the suspension
        that the League imposed on Syria", "the curbs Tokyo placed on Seoul"): the clause's
        subject and its "on" phrase; None when no such clause names whom it is on."""
        for c in kids(noun):
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in IMPOSING_VERBS:
                continue
            on = prep_obj(c, ("on", "against"))
            found = r.resolve(on) if on is not None else []
            if not found:
                continue
            subj = child(c, ("nsubj",)) or prep_obj(c, ("by",), deps=("agent",))
            return (r.resolve(subj) if subj is not None else []), found
        return None

    @staticmethod
    def _signed_before(verb: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The sides named in an "in the presence of" phrase of a signing verb ("signed in
        the presence of Presidents A and B"), one per country; [] when there is none."""
        for c in kids(verb):
            if c.dep_ != "prep" or c.lower_ not in ("in", "before"):
                continue
            noun = child(c, ("pobj",))
            if noun is None or noun.lower_ != "presence":
                continue
            of = prep_obj(noun, ("of",))
            found = fit_group(r.resolve(of), []) if of is not None else []
            return [a for i, a in enumerate(found) if a.actor.country and a.actor.country not in {
                b.actor.country for b in found[:i]}]
        return []

    @staticmethod
    def _flag_state(craft: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The state a ship or plane belongs to by a "X-flagged" / "X-owned" modifier of the
        noun ("a Liberian-flagged tanker", "a Greek-owned bulk carrier"); [] when it has
        none."""
        for c in kids(craft):
            if c.i > craft.i or c.dep_ not in ("amod", "compound", "nmod") or (
                    c.lower_ not in FLAG_PARTICIPLES):
                continue
            for n in kids(c):
                if n.i < c.i and n.dep_ in ("npadvmod", "amod", "compound", "nmod", "nsubj"):
                    found = [a for a in r.resolve(n, follow=False)
                             if a.actor.country and a.kind != "dyad"]
                    if found:
                        return found[:1]
        return []

    @staticmethod
    def _pact_between(noun: Token) -> Token | None:
        """The object of the "between" phrase of a pact a noun of signing or talks is about,
        down a short chain of "of" / "on" phrases through the pact's name: "signed a fishing
        memorandum of understanding between A and B", "talks on a trade deal between A and
        B"; None when the chain leaves the pact's name or has no such phrase."""
        cur = noun
        for _ in range(3):
            nxt = prep_obj(cur, ("of", "on", "over", "for"))
            if nxt is None or nxt.lemma_.lower() not in PACT_NAME_NOUNS:
                return None
            between = prep_obj(nxt, ("between",))
            if between is not None:
                return between
            cur = nxt
        return None

    @staticmethod
    def _between_group(pobj: Token, r: ActorResolver) -> list[ResolvedActor]:
        """The parties a "between" phrase names (a pair split by a participle, "talks
        between Iran, represented by its minister, and the United States", is mended in
        the parse: :func:`detente.nlp.repairs.mend_between_pairs`)."""
        return fit_group(r.resolve(pobj), [])

    @staticmethod
    def _that_clause_doer(tok: Token, r: ActorResolver, own: set[str | None], code: str
                          ) -> list[ResolvedActor]:
        """Whom a complaint or a rejection told with a "that" clause is about: the clause's
        named subject ("complained that Washington had not consulted the bloc", "protested
        that Chinese ships had entered its waters"), not of the ``own`` side."""
        said = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.i > tok.i
                     and c.pos_ in ("VERB", "AUX")), None)
        doer = child(said, ("nsubj",)) if said is not None else None
        if doer is None or doer.pos_ not in ("PROPN", "NOUN"):
            return []  # (a pronoun is mostly the speaker's own side: "said it had not ...")
        if code == "114" and doer.pos_ == "PROPN" and said is not None and (
                said.i == tok.i + 2 or any(m.dep_ == "mark" and m.lower_ == "that"
                                           for m in kids(said))):
            # (left to :mod:`.speech`, which codes a complaint told this way as criticism,
            # 111, not as a formal protest)
            return []
        # (not a group phrase: "regrets that the parties could not agree" blames no one side)
        return [a for a in r.resolve(doer) if a.actor.country and a.actor.country not in own
                and a.kind not in ("media", "implicit", "dyad")]

    def _complement_targets(self, tok: Token, r: ActorResolver, own: set[str | None],
                            roots: frozenset[str] | None = None) -> list[ResolvedActor]:
        """Whom the act a trigger's own complement tells is aimed at, when that act is the
        same side's: "pulled back from ending its pact with Japan", "stopped short of
        imposing tariffs on Chinese steel", "declined to renew its accord with Kyiv" (only
        acts of ``roots`` when given)."""
        comps = {c.i for c in complement_acts(tok)}
        if not comps:
            return []
        for t in self._sentence_triggers:
            if t.token.i not in comps or t.pattern.reciprocal or (
                    roots is not None and t.pattern.cameo[:2] not in roots):
                continue
            if roots is not None and intent_code(t.token, t.pattern.cameo) is not None:
                # ("pledged to step up aid to X": the act pledged is itself told as the
                # intent, no second one)
                continue
            src, tgt = self._arguments(t, r, is_passive(t.token))
            if any(s.actor.country not in own for s in src):
                continue  # (someone else's act: "refused to let X ...")
            found = [a for a in tgt if a.actor.country and a.actor.country not in own]
            if found:
                return found
        return []

    @staticmethod
    def _patient_possessor(noun: Token, poss: Token, r: ActorResolver
                           ) -> list[ResolvedActor] | None:
        """The people a possessive names as the ones an act noun is done to ("his
        arrest", "the journalist's release", "their deportation"); None when the noun is not
        such an act, has an "of" phrase ("Canada's arrest of X": the possessive is the doer)
        or the possessive names a state or a body ("Iran's detention")."""
        if noun.lemma_.lower() not in PATIENT_POSS_NOUNS or noun.pos_ != "NOUN" or (
                prep_obj(noun, ("of",)) is not None):
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ in PATIENT_TIME_PREPS:
            # ("was spared hours before her execution", "pressed for his release": a time
            # or a goal the act marks, not the act told as done)
            return None
        if poss.lower_ in ("his", "her", "their"):
            return r.resolve(poss)
        if poss.pos_ not in ("NOUN", "PROPN") or poss.lower_ in ("its", "whose"):
            return None
        found = r.resolve(poss)
        if found and all(a.kind in ("person", "agent") for a in found):
            return found
        if not found and poss.pos_ == "NOUN" and poss.ent_type_ == "":
            return []  # ("the diplomat's arrest": someone held, whoever holds them)
        return None

    def _noun_arguments(self, trig: Trigger, r: ActorResolver
                        ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        tok, pat = trig.token, trig.pattern
        sources: list[ResolvedActor] = []
        targets: list[ResolvedActor] = []
        blamed = self._blamed_on(tok, r)
        if blamed is not None:
            # "Moscow blamed the attack on Kyiv": Kyiv is said to have done it, not to have
            # been hit (whom it hit the phrase does not say)
            return blamed, []
        inherited = False  # the source is the one of a noun the trigger is an example of
        between = prep_obj(tok, ("between", "among"))
        if between is None:
            # "the talks held in Doha between A and B": the phrase hangs on the participle
            between = next((p for c in kids(tok) if c.dep_ == "acl" and c.tag_ == "VBN"
                            and (p := prep_obj(c, ("between", "among"))) is not None), None)
        if between is None and pat.cameo[:2] in ("03", "04", "05") and (
                tok.lemma_.lower() in PACT_TALK_NOUNS):
            between = self._pact_between(tok)
        mediated: list[ResolvedActor] = []
        if between is not None and not pat.reciprocal and "between" in pat.target:
            # "Qatar's mediation between Israel and Hamas": the parties are whom the act is
            # between, and whoever mediates is found as for any noun (not the first party)
            mediated = fit_group(r.resolve(between), [])
            between = None if len(mediated) >= 2 else between
        if between is not None:
            both = self._between_group(between, r)
            if len(both) < 2 and between.lower_ == "them":
                # "A and B are due in Hiroshima, where any meeting between them would be
                # watched": the pair a subject before it names
                both = self._pair_before(tok, r) or both
            if len(both) >= 3 and pat.reciprocal:
                # "talks between Egypt, Qatar and Israel": every pair of them (as for a verb
                # with three subjects), not the first with each of the others
                return both, []
            if len(both) >= 2:
                return both[:1], both[1:]
        if pat.cameo[:2] == "04":
            # "In his talks with Wang Yi, the minister raised ...": the clause's subject and
            # the one it met
            parties = frame_parties(tok, r, self._subject)
            if parties is not None:
                return parties
            if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and (
                    (obj := tok.head.head).dep_ in OBJ_DEPS) and obj.pos_ == "NOUN" and (
                    obj.head.pos_ == "VERB") and not is_passive(obj.head) and (
                    (met := prep_obj(tok, ("with",))) is not None) and (
                    (subj := self._subject(obj.head)) is not None) and (
                    subj.lower_ not in REL_PRONOUNS):
                # "prepared the visit in talks with X last month": the parser hung the
                # frame of the verb on its object; the subject met X (link27)
                first = r.resolve(subj)
                own = {a.actor.country for a in first}
                second = [a for a in r.resolve(met) if a.actor.country not in own]
                if first and second:
                    return first, second
            pair = scene_clause_parties(tok)
            if pair is not None:
                # "a phone call on Monday, in which A thanked B for ...": the two the
                # clause inside the call names
                first = r.resolve(pair[0])
                own = {a.actor.country for a in first}
                second = [a for a in r.resolve(pair[1]) if a.actor.country not in own]
                if first and second:
                    return first, second
        if pat.reciprocal:
            # "a summit that was to bring A together with B and C": those it brings together
            parties = fit_group([a for p in brought_together(tok) for t in named_in(p)
                                 for a in r.resolve(t)], [])
            parties = [a for i, a in enumerate(parties) if a.actor.country not in {
                b.actor.country for b in parties[:i]}]
            if len(parties) >= 3:
                return parties, []
            if len(parties) == 2:
                return parties[:1], parties[1:]
        if pat.reciprocal and pat.cameo[:2] == "05" and tok.dep_ == "appos" and (
                tok.head.dep_ == "dobj") and (verb := tok.head.head).pos_ == "VERB" and (
                verb.lemma_.lower() in SEALING_VERBS) and not is_passive(verb) and not any(
                t.token.i == verb.i for t in self._sentence_triggers) and (
                subj := self._subject(verb)) is not None:
            # "A and B have signed the X Union, a treaty that ...": the name signed is the
            # accord the noun set beside it tells of, and its signers its parties (with a
            # "with" phrase of the verb: "A signed the X Compact with B")
            signers = fit_group(r.resolve(subj), [])
            seen = {a.actor.country for a in signers}
            other = prep_obj(verb, ("with",))
            signers += [a for a in (r.resolve(other) if other is not None else [])
                        if a.actor.country not in seen]
            if len({a.actor.country for a in signers}) >= 2:
                return (signers, []) if len(signers) >= 3 else (signers[:1], signers[1:])
        if pat.cameo[:2] == "04" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
                and tok.head.head.dep_ == "pobj"):
            # "Modi and Xi spoke on the sidelines of the BRICS summit": those who met there
            verb = tok.head.head.head.head
            subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            met = fit_group(r.resolve(subj), []) if subj is not None else []
            if len({a.actor.country for a in met}) >= 2:
                return (met, []) if len(met) >= 3 else (met[:1], met[1:])
        poss = child(tok, ("poss",))
        if poss is not None and poss.lower_ in ("its", "their", "his", "her") and (
                tok.dep_ == "pobj" and tok.head.lower_ == "for") and (
                (thanked := child(tok.head.head, OBJ_DEPS)) is not None) and (
                thanked.i < tok.i) and tok.head.head.pos_ == "VERB":
            # "thanked Kuwait for its mediation", "condemned Moscow for its strikes": the one
            # thanked or blamed for it is whose it is
            sources = r.resolve(thanked)
        if poss is not None and not sources and poss.lower_ in ("its", "their") and (
                tok.dep_ == "pobj" and tok.head.lower_ in ("over", "for")) and (
                tok.head.head.pos_ in ("VERB", "NOUN")):
            sources = self._aimed_owner(tok, r)
        if poss is not None and not sources and poss.lower_ in ("his", "her", "their") and (
                pat.cameo[:2] == "04") and tok.dep_ == "pobj" and tok.head.lower_ in (
                "on", "during", "for", "at") and tok.head.head.pos_ == "VERB" and (
                (guest := child(tok.head.head, ("dobj",))) is not None) and guest.i < tok.i and (
                guests := [a for a in r.resolve(guest) if a.kind in ("person", "agent")
                           and a.actor.country]) and (
                (host := self._subject(tok.head.head)) is not None):
            # "Jakarta welcomed the Australian prime minister on his first visit", "received
            # the envoy during her trip": the one welcomed makes the visit, to the host's side
            # (not the subject the pronoun would otherwise find)
            own = {a.actor.country for a in guests}
            hosts = [a for a in r.resolve(host) if a.actor.country not in own]
            if hosts:
                return guests, hosts
        if poss is not None and not sources and poss.lower_ in ("his", "her") and (
                tok.dep_ in OBJ_DEPS) and tok.head.lemma_.lower() in ISSUING_VERBS and (
                (issuer := self._subject(tok.head)) is not None) and issuer.pos_ != "PRON":
            # "renewed her invitation to Scholz", "repeated his offer of talks": who renews or
            # makes it is whose it is (but "accepted her invitation" is someone else's)
            sources = r.resolve(issuer)
        patient = self._patient_possessor(tok, poss, r) if poss is not None and (
            not sources) else None
        if patient is not None:
            # "confirmed his arrest", "the diplomat's expulsion": whose it is was arrested
            # or expelled; the doer comes from the clause, a by-phrase or the story
            if tok.lemma_.lower() not in PATIENT_STATE_NOUNS:
                targets = patient
            poss = None
        if poss is not None and not sources:
            sources = r.resolve(poss)
            if sources and poss.lower_ in ("his", "her") and tok.dep_ in OBJ_DEPS and (
                    tok.head.lemma_.lower() in ANSWERING_VERBS) and (
                    (answerer := self._subject(tok.head)) is not None) and {
                    a.actor.country for a in r.resolve(answerer)} == {
                    a.actor.country for a in sources}:
                # "X appealed for troops, and Y backed his request": one answers someone
                # else's request, offer or plan, not one's own
                sources = self._person_antecedent(
                    tok.head, r, {a.actor.country for a in sources}) or sources
        if poss is not None and not sources and poss.lower_ == "its" and (
                owner := r._its_owner(poss)):
            # "Tehran says its own strikes were aimed at ...": the body "its" refers to
            sources = [ResolvedActor(Actor(poss.text, None, owner, owner, None, poss.idx,
                                           poss.idx + len(poss.text)), "coref")]
        if poss is not None and poss.lower_ == "whose" and not sources:
            # "presented Kyiv's peace plan, whose central demand is ...": whose is the noun
            # the relative clause describes (an actor itself, or whoever owns it)
            # (the noun just before it: the parser may hang the clause elsewhere)
            noun = next((t for t in reversed(tok.doc[max(0, poss.i - 3): poss.i])
                         if not t.is_punct), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
                sources = r.resolve(noun) or self._noun_owner(noun, r)
        if not sources:
            # "the visit of Secretary Blinken to China": "of" names the visitor for a visit,
            # but the one acted on for most other nouns ("the release of prisoners")
            # ("at the request of Mozambique": who asked)
            asked_at = pat.cameo[:2] == "02" and tok.dep_ == "pobj" and tok.head.lower_ in (
                "at", "upon", "on")
            by = prep_obj(tok, ("by", "from") + (("of",) if pat.cameo[:2] == "04" or asked_at
                                                 else ()))
            if by is not None and by.head.lower_ == "of" and (
                    tok.lemma_.lower() in TRAVEL_NOUNS) and by.ent_type_ in ("GPE", "LOC"):
                # "a tour of Ghana, Nigeria and Senegal": the places toured, not who tours
                by = None
            if by is None and pat.cameo[:2] == "03":
                # "offers of help from Spain and Qatar", "pledges of aid from Tokyo": the
                # giver's "from" phrase the parser hung on what is offered
                by = next((f for c in kids(tok) if c.dep_ == "prep" and c.lower_ in (
                    "of", "for") for g in kids(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"
                    and (f := prep_obj(g, ("from",))) is not None), None)
            if by is not None:
                # ("a meeting of the three countries' advisers": the three just listed)
                sources = self._apposed_list(by, r) or listed_members(by, r) or r.resolve(by)
            if not sources and by is not None:
                # "a meeting of agriculture ministers from the two countries", parsed with
                # "from" on the meeting: a later by/from phrase names them
                for c in kids(tok):
                    if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > by.i:
                        p = child(c, ("pobj",))
                        sources = (listed_members(p, r) or r.resolve(p)) if p is not None \
                            else []
                        if sources:
                            break
            if not sources and by is None and (
                    agent := noun_agent_on_aim(tok)) is not None:
                # "the raid on the embassy by Ecuadorean police": the "by" phrase the parser
                # hung on the place aimed at names the doer
                sources = r.resolve(agent)
        if not sources:
            # "criticism of Algeria voiced by Lapid", "the sanctions imposed by the EU": the
            # agent of a participle that describes the noun
            # (not a broker's: "talks mediated by Norway" are not Norway's talks; the parser
            # may hang the participle on a name the noun is of: "criticism of Egypt voiced
            # by X", "the invasion of Ukraine launched by Russia")
            of = prep_obj(tok, ("of",))
            part = next((c for h in (tok, of) if h is not None and (h is tok or (
                h.pos_ == "PROPN")) for c in kids(h) if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() not in MEDIATION_VERBS
                and prep_obj(c, ("by",), deps=("agent", "prep")) is not None), None)
            if part is None and pat.cameo[:2] == "05" and (
                    topic := prep_obj(tok, ("on", "for"))) is not None:
                # "the agreement on a cessation of hostilities signed in Pretoria by A and B":
                # the parser hangs the signing on the pact's topic
                part = next((c for c in kids(topic) if c.dep_ == "acl" and c.tag_ == "VBN"
                             and c.lemma_.lower() in SIGNING_VERBS
                             and prep_obj(c, ("by",), deps=("agent",)) is not None), None)
            if part is not None:
                # ("the deal, signed by A and approved by B's cabinet": both parties of a
                # reciprocal act)
                parts = [part] + ([c for c in part.conjuncts if c.i > part.i and c.tag_ == "VBN"]
                                  if pat.reciprocal else [])
                sources = [a for c in parts
                           if (p := prep_obj(c, ("by",), deps=("agent", "prep"))) is not None
                           for a in r.resolve(p)]
        if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "including" and (
                tok.head.head.pos_ == "NOUN"):
            # "Hanoi's naval moves off Borneo, including patrols with Phnom Penh": the
            # example is done by whoever does what it exemplifies (also when the parser
            # hung it on "concerns about" those moves)
            ex = tok.head.head
            for noun in (ex, prep_obj(ex, ("about", "over", "of", "on"))):
                sources = self._noun_owner(noun, r) if noun is not None else []
                if sources:
                    inherited = True
                    break
        if not sources:
            # "U.S. sanctions", "Chinese drills", "the Biden-Xi meeting"
            for c in lefts(tok):
                if c.dep_ in ("compound", "amod", "nmod"):
                    found = r.resolve(c, follow=False)
                    if not found and c.dep_ == "amod":
                        country = self.kb.adjective_country(c.text)
                        if country:
                            found = [ResolvedActor(Actor(c.text, None, country, country, None,
                                                         c.idx, c.idx + len(c.text)), "country")]
                    if found:
                        sources = found
                        break
        clause_doer = None if sources else self._noun_clause_doer(tok)
        if clause_doer is not None:
            # "a defence pact with Washington that Helsinki is expected to sign", "the duties
            # that Beijing imposed": the one the noun's own relative clause says makes it
            # (and nobody else when that one is no actor: "criticised the deal that the
            # region signed" is not the critic's deal)
            sources = r.resolve(clause_doer)
        host = tok
        while True:
            if host.dep_ == "pobj" and host.head.lower_ == "of" and (
                    host.head.head.pos_ == "NOUN" or host.head.head.pos_ == "NUM" or (
                        host.head.head.lower_ in ("some", "most", "many", "several", "all",
                                                  "half", "none"))):
                # "began three days of drills", "held a round of talks": the measure noun
                # stands in the noun's place (and a count: "carried out 14 of the bombings")
                host = host.head.head
            elif host.dep_ == "compound" and host.head.lemma_.lower() in MEASURE_HEADS and (
                    not sources):
                # "announced the expulsion order", "approved a sanctions package": the noun
                # the measure word heads stands in the noun's place
                host = host.head
            elif host.dep_ == "conj" and host.head.pos_ == "NOUN" and not sources:
                # "followed a stopover in New York and visits to Guatemala": the first
                # conjunct's place
                host = host.head
            elif host.dep_ == "conj" and host.head.pos_ == "VERB" and not sources and (
                    child(host.head, OBJ_DEPS) is not None):
                # ... also when the parser joined the second object to the verb
                host = child(host.head, OBJ_DEPS) or host
            else:
                break
        if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in COURSE_NOUNS) and (
                (holder := child(tok.head.head, ("poss",))) is not None) and (
                holder.pos_ == "PROPN"):
            # "Russia's war of aggression against Ukraine", "Beijing's campaign of pressure on
            # Taipei": whose the noun is that the act is the content of
            sources = r.resolve(holder)
        owned = bool(sources)  # the noun's own phrase names who acts
        if host.dep_ == "pobj" and host.head.lower_ == "to" and host.head.dep_ == "prep" and (
                host.head.head.lemma_.lower() in ("agree", "consent", "commit")):
            host = host.head  # "Israel and Hamas agreed to a truce": the parties that agreed
        drawn_by = host.dep_ in OBJ_DEPS and host.head.lemma_.lower() in DRAWING_VERBS and (
            not pat.reciprocal)
        if not sources and drawn_by:
            # "the visit drew criticism from Paris": who criticizes is whom it is drawn from,
            # the drawing subject is whom it is aimed at (below)
            sources = r.resolve(prep_obj(host.head, ("from", "by")) or host)
        talked_of = pat.cameo[:2] in FORCE_ROOTS and host.head.lemma_.lower() in TALKED_OF_VERBS
        # "called the ban unacceptable", "called the drills a provocation": what is judged is
        # someone else's act, not the judge's
        # (but "called the talks constructive": talks the caller took part in)
        judged = host.dep_ in OBJ_DEPS and host.head.lemma_.lower() == "call" and any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in kids(host.head)) and (
            pat.cameo[:2] != "04")
        if not sources and host.dep_ in OBJ_DEPS and is_passive(host.head) and (
                (giver := prep_obj(host.head, ("by",), deps=("agent", "prep"))) is not None
                ) and (got := passive_subject(host.head)) is not None:
            # "a former president, who had been granted asylum by X", "was offered shelter
            # by Kyiv": the agent gives, the passive subject receives
            if got.lower_ in REL_PRONOUNS and host.head.dep_ == "relcl":
                got = host.head.head
            sources = r.resolve(giver)
            own = {s.actor.country for s in sources}
            if sources:
                return sources, [a for a in r.resolve(got) if a.actor.country not in own]
        # ("Qatar mediated the deal jointly with Egypt": the broker is no party to the deal)
        brokered = pat.reciprocal and host.dep_ in OBJ_DEPS and (
            host.head.lemma_.lower() in MEDIATION_VERBS - {"host"})
        if not sources and not drawn_by and not talked_of and not judged and not brokered and (
                clause_doer is None) and (
                host.dep_ in OBJ_DEPS + ("nsubjpass",) or host.dep_ == "prep") and (
                host.head.lemma_.lower() not in UNDERGOING_VERBS):
            # "Blinken postponed his trip to Beijing": the subject of the governing verb (but
            # "ignored the warnings", "opposed restrictions" are someone else's)
            subj = self._subject(host.head)
            if subj is not None:
                # ("the delegation, led by X, held talks": X's side)
                sources = r.resolve(subj) or (r.resolve(leader) if (
                    leader := group_leader(subj)) is not None else [])
        framed = False  # the noun is the time frame of its clause ("after hours of talks")
        if not sources and pat.cameo[:2] == "04" and pat.reciprocal and host.dep_ == "pobj" and (
                host.head.dep_ == "prep") and host.head.lower_ in MEETING_FRAMES and (
                host.head.head.pos_ in ("VERB", "AUX")) and not any(
                c.dep_ == "prep" and not all(p.ent_type_ in ("DATE", "TIME")
                                             for p in kids(c) if p.dep_ == "pobj")
                for c in kids(tok)) and not any(
                c.dep_ == "det" and c.lower_ in ("the", "those", "these", "such")
                for c in kids(tok)):
            # "After a day of negotiations, the emir called the deal ...", "during talks on
            # Friday, X said ...": who acts in the clause the talks frame held them
            subj = self._subject(host.head.head)
            sources = r.resolve(subj) if subj is not None and subj.pos_ != "PRON" else []
            framed = bool(sources)
        if not sources and tok.lemma_.lower() in TRIP_NOUNS and host.dep_ == "pobj" and (
                host.head.dep_ == "prep") and host.head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "prep" for c in kids(tok)):
            # (a trip with a place of its own: "during the visit" bare is the one told before)
            sources = self._traveller(host.head, r)
        if not sources and pat.cameo[:2] == "04" and host.dep_ == "pobj" and (
                host.head.lower_ == "for" and host.head.dep_ == "prep") and (
                host.head.head.lemma_.lower() == "be") and not any(
                c.dep_ in ("acomp", "attr") for c in kids(host.head.head)):
            # "Orban was in Moscow for talks with Putin": the one who is there for the
            # meeting (a journey verb, "is due in", is a trigger of its own)
            subj = self._subject(host.head.head)
            if subj is not None:
                sources = r.resolve(subj)
        if not sources and pat.cameo[:2] == "04" and host.dep_ == "pobj" and (
                host.head.lower_ == "for" and host.head.dep_ == "prep") and (
                host.head.head.pos_ == "VERB") and (
                host.head.head.lemma_.lower() in ARRIVAL_VERBS) and (
                prep_obj(tok, ("with",)) is not None) and (
                (goer := self._subject(host.head.head)) is not None) and (
                goer.lower_ not in REL_PRONOUNS):
            # "will proceed to Doha for talks with the emir", "headed to Cairo for a meeting
            # with X": the one who goes there for the meeting holds it (link35; not "will not
            # travel to X for Council meetings", a body's meetings with no one named)
            sources = r.resolve(goer)
        if not sources and (blamed := held_responsible(host)) is not None:
            # "Iran was responsible for the attacks on two tankers", "held Moscow responsible
            # for the strike": the one made to answer for it did it
            sources = r.resolve(blamed)
        answerable = answered_for(host)
        if not sources and answerable is not None:
            # "Kyiv denied involvement in the attack", "Hamas claimed responsibility for the
            # strike", "said it had nothing to do with the incident": the one who answers
            subj = self._subject(answerable)
            if subj is not None:
                sources = r.resolve(subj)
        if not sources and not targets and pat.cameo[:2] == "04" and (
                attended := self._summit_attended(tok, r)) is not None:
            # "raised it with Modi at the G20 summit in New Delhi", "sat down together at the
            # summit held in Moldova": who acts at a summit held abroad went there, to the
            # host's country
            return attended
        sources = fit_group(sources, [])
        if len(sources) >= 3 and pat.reciprocal:
            return sources, []  # "a meeting of the ministers of A, B and C": every pair
        if len(sources) >= 2 and pat.reciprocal:
            partner = prep_obj(tok, ("with",)) or (
                prep_obj(host, ("with",)) if host.i != tok.i else None)
            own = {s.actor.country for s in sources}
            third = [a for a in r.resolve(partner) if a.actor.country not in own] if (
                partner is not None) else []
            if third:
                # "officers of the two countries began talks with Italy": each of them with
                # the side the "with" phrase names, not with each other
                return sources, third
            return sources[:1], sources[1:]
        if not sources and pat.cameo[:2] == "04" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(tok)
        ) and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in kids(tok)):
            # "The trip had been planned for February", "the meeting followed a busy week":
            # the meeting or trip the article just told
            noun = tok.lemma_.lower()
            codes = MEETING_NOUN_CODES.get(noun, ("040", "043", "044", "042", "046"))
            prior = r.last_event(codes)
            if prior is not None and prior.source and prior.target:
                key = "event:" + prior.event_id
                return ([ResolvedActor(prior.source, "coref", key)],
                        [ResolvedActor(prior.target, "coref", key)])
        if not sources and pat.reciprocal and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids(tok)
        ) and any(c.ent_type_ in ("DATE", "GPE", "FAC", "LOC") or any(
                g.ent_type_ in ("GPE", "FAC", "LOC") for g in kids(c) if g.dep_ == "pobj")
                for c in kids(tok)):
            # "the November meeting is still inconclusive": a meeting the article is about,
            # between the two sides of its main dyad (not when the noun names a partner
            # outside that pair: "the proposed deal with Peru" after a pact of two others)
            both = r.group_actors(tok, 2)
            named = prep_obj(tok, ("with",))
            if prep_obj(tok, ("between", "among")) is not None or (
                    named is not None and not {a.actor.country for a in r.resolve(named)} <= {
                        a.actor.country for a in both}):
                both = []  # (its own parties named, "the deal between Iran and world powers")
            if len(both) == 2:
                return both[:1], both[1:]
        if len(mediated) >= 2:
            own = {s.actor.country for s in sources}
            return sources, [a for a in mediated if a.actor.country not in own]
        # "staged drills around the island": the preposition may hang off the verb whose
        # object the noun is
        hosts = [tok] + ([host] if host.i != tok.i else []) + (
            [host.head] if host.dep_ in OBJ_DEPS and host.head.pos_ == "VERB" else [])
        if host.dep_ == "pobj" and host.head.lower_ == "with" and (
                pat.cameo[:2] in MEANS_ROOTS) and not pat.reciprocal and (
                host.head.head.pos_ == "VERB") and host.head.head.i < host.i:
            # "answered with tariffs on X's goods", "retaliated with sanctions against X":
            # the means' own phrase, hung by the parser on the verb it is the means of (link27)
            hosts.append(host.head.head)
        # "a suspension of air links with 21 countries": the partner of a relationship the
        # act is on, hung by the parser on what the act is of
        of = prep_obj(tok, ("of",))
        of_hosts = [of] if of is not None and of.pos_ == "NOUN" else []
        # "approved the opening of an embassy in Tallinn", "the delivery of howitzers to
        # Kyiv" with the phrase hung on the goods: the phrase of the "of" object the pattern
        # matched is the noun's own (any preposition; other "of" objects only for "with").
        # Not for force ("opposed the use of water cannon against X's boats"): the side the
        # force is against is then found while the doer is often only the judging subject
        matched = [trig.obj] if trig.obj is not None and trig.obj.i != tok.i and (
            pat.cameo[:2] not in ("18", "19", "20")) and (
            trig.obj.dep_ == "pobj" and trig.obj.head.lower_ == "of"
            and trig.obj.head.head.i == tok.i) else []
        for slot in pat.target:
            if slot in ("dobj", "poss", "agent", "between", "iobj", "xcomp_obj"):
                continue
            for h in hosts + (of_hosts if slot == "with" else matched):
                pobj = prep_obj(h, (slot,))
                if pobj is not None:
                    targets = r.resolve(pobj) or (
                        # "a drone attack on a Greek-owned carrier": the owner's state
                        self._flag_state(pobj, r) if pat.cameo[:2] in FLAG_ROOTS else [])
                    if not targets and pobj.lower_ in COUNT_HEADS and (
                            counted := prep_obj(pobj, ("of",))) is not None:
                        # "bans on a range of Australian goods": what is counted (link27)
                        targets = r.resolve(counted)
                    if len(targets) == 1 and targets[0].kind != "dyad":
                        # "the strikes on a Greek-flagged tanker and a Danish-owned
                        # freighter": each target of the list
                        seen = {targets[0].actor.country}
                        for c in pobj.conjuncts:
                            # (a name before it: "a Danish-owned freighter")
                            for a in r.resolve(c) or next(
                                    (found for t in c.subtree if t.i < c.i and t.dep_ in (
                                        "npadvmod", "amod", "compound", "nmod") for found in
                                     [r.resolve(t, follow=False)] if found), []):
                                if a.actor.country and a.actor.country not in seen and (
                                        a.kind != "dyad"):
                                    seen.add(a.actor.country)
                                    targets.append(a)
                    if not targets and sources and pat.cameo[:2] == "16":
                        # "bans on imports of Ukrainian grain": whose goods
                        other = r.other_named(pobj, {s.actor.country for s in sources})
                        targets = [other] if other is not None else []
                    if targets:
                        break
            if targets:
                break
        if not targets and tok.lemma_.lower() in TRAVEL_NOUNS:
            # "a Pacific tour that also took him to Vanuatu": where the trip's own relative
            # clause says it took the traveller
            targets = self._trip_destinations(tok, r, {a.actor.country for a in sources})
        if not targets and pat.cameo[:2] in MEASURE_ROOTS and (
                imposed := self._imposed_on(tok, r)) is not None:
            # "the suspension that the Council imposed on Syria": whom the clause of the noun
            # puts the measure on, and whoever puts it there
            by, targets = imposed
            own = {a.actor.country for a in by}
            sources = sources or by
            targets = [a for a in targets if a.actor.country not in own or not own]
        if sources and not targets and tok.dep_ in OBJ_DEPS and (
                tok.head.lemma_.lower() in HANDING_VERBS) and (
                given := child(tok.head, ("dative", "iobj"))) is not None and (
                given.pos_ != "ADP"):
            # "gave Putin a stern warning", "handed Beijing a formal protest": the one the
            # noun's act is handed to (the verb's indirect object, not a phrase of the noun)
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(given) if a.actor.country not in own]
        if sources and not targets and pat.cameo[:2] in ("02", "10"):
            # "renewed its appeal for Moscow to withdraw": of the one asked to act
            targets = self._asked_to_act(tok, r, {s.actor.country for s in sources})
        if sources and not targets and pat.cameo[:2] == "02" and tok.dep_ == "pobj" and (
                tok.head.lower_ in ("at", "upon", "on")) and tok.head.head.pos_ in (
                "VERB", "AUX") and (doer := self._subject(tok.head.head)) is not None:
            # "flew teams in at the premier's request", "the Council will meet at X's
            # request": asked of whoever did what was asked
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(doer) if a.actor.country not in own]
        if not targets and pat.cameo[:2] in FORCE_ROOTS and tok.dep_ == "nsubj" and (
                tok.head.lemma_.lower() in TOLL_VERBS) and (
                dead := direct_object(tok.head)) is not None:
            # "a drone strike killed three Hezbollah fighters in Syria": force whose toll is
            # told is against the side of the dead (before the place they died in)
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(dead) if a.actor.country not in own]
        if sources and not targets:
            targets = self._place_targets(trig, sources, objects=False)  # "shelling of Kherson"
        if sources and not targets and pat.cameo[:2] in FORCE_ROOTS and (any(
                c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those")
                for c in kids(tok)) or protested_for(host)) and (
                blamer := blaming_side(host)) is not None:
            # "Tehran blamed Israel for that strike": force told before whose doer a side
            # blames, with nobody named as hit, is force against the side that blames it (not
            # "blamed Damascus for a chemical attack", which a third side may blame; but a
            # protest lodged against a side for an attack is mostly the victim's)
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(blamer) if a.actor.country not in own]
        if sources and not targets and not pat.reciprocal and host.dep_ in OBJ_DEPS and (
                host.head.lemma_.lower() in DRAWING_VERBS) and (
                drawn := child(host.head, ("nsubj",))) is not None and (
                drawn.lower_ not in REL_PRONOUNS and drawn.pos_ in ("NOUN", "PROPN")):
            # "Lula's welcome for Maduro drew criticism from Chile", "Seoul's move sparked
            # protests by Tokyo": at whoever the drawing subject is, or whose act it is
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(drawn) or self._noun_owner(drawn, r)
                       if a.actor.country not in own]
        if sources and not targets and pat.cameo[:2] in ("02", "10", "13") and (
                tok.dep_ == "nsubj" and tok.head.lemma_ == "be") and (
                said := child(tok.head, ("ccomp",))) is not None and (
                doer := child(said, ("nsubj",))) is not None:
            # "whose central demand is that Moscow withdraw", "the warning was that Seoul
            # would pay": at the one the demand or threat is that they act
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(doer) if a.actor.country not in own]
        if sources and not targets and host.dep_ in OBJ_DEPS and host.head.dep_ == "relcl":
            # "closed its airspace, a move that drew criticism from Paris": at whoever made
            # the move the relative clause describes
            own = {s.actor.country for s in sources}
            targets = [a for a in self._summarized_doers(host.head.head, r)
                       if a.actor.country not in own]
        if sources and not targets and pat.cameo[:2] in FORCE_ROOTS and (
                host.dep_ in OBJ_DEPS and host.head.lemma_.lower() in REPELLING_VERBS):
            # "its forces repelled a large Ukrainian attack": the attack was on the repellers
            subj = self._subject(host.head)
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(subj) if a.actor.country not in own] if (
                subj is not None) else []
        if sources and not targets and pat.cameo[:2] in ("02", "10", "11", "12", "13") and (
                verb := conceded_verb(tok)) is not None and (
                doer := self._subject(verb)) is not None:
            # "executed the two men despite months of appeals from Canberra", "went ahead in
            # defiance of warnings from Moscow": asked of, or aimed at, whoever went ahead
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(doer) if a.actor.country not in own]
        if sources and not targets and pat.cameo[:2] == "03":
            # "a pledge from Nauru to rejoin the Forum": the party of the act the
            # intent's infinitive names
            own = {s.actor.country for s in sources}
            targets = self._intended_party(tok, r, own, {t.token.i for t in
                                                         self._sentence_triggers})
        if sources and not targets and pat.cameo[:2] in ("02", "03", "10") and (
                host.dep_ in OBJ_DEPS) and host.head.lemma_.lower() in RECEIVING_VERBS and (
                (taker := self._subject(host.head)) is not None):
            # "Rabat accepted offers of help from Madrid", "Kenya turned down a request from
            # Uganda": an offer, appeal or demand goes to whoever takes or refuses it
            own = {s.actor.country for s in sources}
            targets = [a for a in r.resolve(taker) if a.actor.country not in own]
        if sources and not targets:
            targets = self._response_targets(trig, r, sources)
        if sources and not pat.reciprocal and pat.cameo[:2] in BORDER_ROOTS and all(
                t.actor.country in {s.actor.country for s in sources} for t in targets) and (
                at_border(tok, trig.obj)):
            # "the buildup along the border", "a closure of the frontier" (onesided25)
            mine = {s.actor.country for s in sources}
            across = self._article_partner(trig, r, sources)
            if across and not third_party_named(
                    tok, r, mine | {a.actor.country for a in across}) and not (
                    other_country_in_clause(tok, r, mine)):
                targets = across
        if sources and not targets and pat.cameo[:2] in DIRECTED_ROOTS:
            # "U.S. export controls, imposed in October, remain a source of friction": aimed at
            # the other side of the article's dyad, as for verbs
            targets = self._relation_partner(trig, r, sources)
        if not sources and targets and pat.cameo[:2] in FORCE_ROOTS | {"15"} and not talked_of \
                and not doer_told(host):
            # "during drills around Taiwan", "the shelling of Kharkiv": shows of force and
            # force with nobody named, against one side of the article's pair, are the other's
            # (not force only spoken of: "the treaty covers attacks on X"; nor force whose
            # doer the clause names, though as no state: "the group claimed the attack")
            sources = self._article_partner(trig, r, targets)
        if owned and not targets and tok.lemma_.lower() in TRAVEL_NOUNS and not any(
                c.ent_type_ == "ORDINAL" for c in kids(tok)):
            # "revive the visit by Blinken", "a trip by Yellen": a trip told with no place
            # goes to the other side of the article's relationship (but "the first visit by
            # a U.S. leader since 2018" characterizes a trip, it does not tell one)
            targets = self._article_partner(trig, r, sources)
        if sources and not targets and tok.lemma_.lower() in TRAVEL_NOUNS and not any(
                c.ent_type_ == "ORDINAL" for c in kids(tok)) and not place_named(
                tok, frozenset({"of"})) and len({s.actor.country for s in sources}) == 1:
            # "Maduro called off his trip", "he cut short the visit": to the host of the
            # meeting the story told (onesided25)
            mine = {s.actor.country for s in sources}
            # (a trip the noun's own phrase gives a maker to is that maker's: only a visit
            # of theirs told before says where it went)
            host = story_host(r, mine, own_only=owned)
            if host and not other_country_in_clause(tok, r, mine | {host[0].actor.country}):
                targets = host
        if framed and not targets and len(sources) == 1:
            # (with whom: the other side of the article's relationship)
            targets = self._article_partner(trig, r, sources)
        if not sources and targets and pat.cameo[:2] == "04" and prep_obj(tok, ("with",)) and (
                tok.dep_ in ("nsubj", "nsubjpass")) and (speaker := reporter(tok)) is not None:
            # "Negotiations with Ankara will go on, the ministry said": the speaker's side
            # holds the talks with the one named
            taken = {t.actor.country for t in targets}
            sources = [a for a in r.resolve(speaker) if a.actor.country not in taken]
        if inherited and all(t.actor.start is None for t in targets):
            # ("U.S. measures, including export controls": an inherited source and a
            # target nobody names are two guesses)
            return sources, []
        return sources, targets



# sectors of a country's own people and non-state bodies, and the roots of their hostile,
# critical or pleading acts, which are not aimed at the article's other state unless named
# (not arrests, 17: a captor's arrest names whom a release is urged of)
HOMEGROWN_SECTORS = frozenset({"REB", "OPP", "CVL", "COP", "ELI", "BUS", "LAB", "SEP", "REL",
                               "EDU"})
HOMEGROWN_ROOTS = frozenset({"02", "11", "12", "16", "19"})

# nouns of a claim to land or sea whose "over" phrase names the land claimed, not a side
# ("Morocco's sovereignty over Western Sahara", "China's claims over the South China Sea")
CLAIM_NOUNS = frozenset({"sovereignty", "claim", "jurisdiction", "control", "rule", "right",
                         "annexation", "authority"})


#: ordinals that rank a journey ("her first to Y", "his second visit to Y"; link29)
JOURNEY_RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "last",
                           "latest", "maiden"})
#: journey nouns that may stand between the ordinal and "to" ("his first trip to Y")
RANKED_JOURNEYS = frozenset({"visit", "trip", "journey", "tour", "stop", "overseas"})


def claim_owner(obj: Token, r: ActorResolver) -> list[ResolvedActor]:
    """The side that owns the claim ``obj`` when it is a claim to land told with an "over"
    phrase and its owner named before it ("Morocco's sovereignty over Western Sahara",
    "Moroccan sovereignty over the territory"); else []."""
    if obj.lemma_.lower() not in CLAIM_NOUNS or prep_obj(obj, ("over",)) is None:
        return []
    for c in lefts(obj):
        if c.dep_ not in ("poss", "amod", "compound", "nmod") or c.lower_ in (
                "its", "their", "his", "her"):
            continue
        found = r.resolve(c, follow=False)
        if not found and c.pos_ == "ADJ" and (span := r.kb_span_at(c)) is not None:
            # "Moroccan sovereignty": the country of the nationality word
            found = [r._agent(c, e.code, None) for e in r._entries(span)[:1]
                     if e.kind == "country" and e.code]
        if found:
            return found
    return []


#: nouns of a side's consent in "at the request of X", "at X's invitation" (leads28)
CONSENT_GIVING_NOUNS = frozenset({"request", "requests", "invitation", "behest"})


def _consent_giver(tok: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                   ) -> list[ResolvedActor]:
    """The state whose request or invitation a sending of forces was made at ("sent troops at
    Honiara's request", "At the request of the Government of Mozambique, Rwanda began
    deploying ..."): the request's possessor or "of" phrase, on ``tok`` or on the verb it
    completes; [] when none names a state other than the senders'."""
    own = {s.actor.country for s in sources}
    # (a phrase after the verb, wherever it hangs: "sent troops to restore order after the
    # riots at Honiara's request"; or one on the verb it completes, before it)
    preps = [c for c in tok.subtree if c.i > tok.i] + (
        list(kids(tok.head)) if tok.dep_ in ("xcomp", "conj") else [])
    for c in preps:
        if c.dep_ != "prep" or c.lower_ not in ("at", "upon", "on"):
            continue
        for noun in kids(c):
            if noun.dep_ != "pobj" or noun.lower_ not in CONSENT_GIVING_NOUNS:
                continue
            who = child(noun, ("poss",)) or prep_obj(noun, ("of",))
            found = [a for a in (r.resolve(who) if who is not None else [])
                     if a.kind not in ("dyad", "implicit", "media") and a.actor.country
                     and a.actor.country not in own]
            if found:
                return found
    return []


#: patterns of a side's security ensured or guaranteed (leads28)
GUARDING_IDS = frozenset({"intent.ensure_security_of", "intent.guarantee_security_of"})


def _purpose_doer(tok: Token) -> Token | None:
    """The subject of the verb whose purpose infinitive ``tok`` is, also through the object
    it hangs on ("would take steps to ensure ...", "acted to guarantee
    ..."); None when ``tok`` is no such infinitive."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) or (
            tok.dep_ not in ("advcl", "relcl", "acl", "xcomp")):
        return None
    verb = tok.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj"):
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return child(verb, ("nsubj",))


#: verbs of guarding a side's security in a purpose infinitive (leads28)
GUARDING_VERBS = frozenset({"ensure", "guarantee"})


#: how many of the article's latest events a measure told again is looked for in
MEASURE_LOOKBACK = 40


def _recent_event(r: ActorResolver, fits: Callable[[Event], bool]) -> Event | None:
    """The latest of the article's last ``MEASURE_LOOKBACK`` events that ``fits``, or None
    (the measure a later "package" or "round" stands for: :meth:`ArgumentPicker._measure_imposer`
    and :meth:`ArgumentPicker._measure_aimed`)."""
    return next((ev for ev in reversed(r.ctx.events[-MEASURE_LOOKBACK:]) if fits(ev)), None)


def _guarded_sides(tok: Token, r: ActorResolver, goods: Sequence[str]) -> list[ResolvedActor]:
    """The sides whose security ``tok`` ensures or guarantees ("ensure the security of South
    Korea and Japan", "guarantee Israel's security"), or, for a verb whose object has such a
    purpose ("take steps to ensure ..."), that purpose's. ``goods`` are the words of what is
    guarded (the lexicon's ``guarded_goods`` class: "security", "safety", ...)."""
    verb: Token | None = tok
    if tok.lemma_.lower() not in GUARDING_VERBS:
        obj = direct_object(tok)
        # (the purpose hung on the verb or on its object: "take steps to ensure ...")
        verb = next((c for h in (tok, *((obj,) if obj is not None else ())) for c in kids(h)
                     if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                     and c.lemma_.lower() in GUARDING_VERBS), None)
        if verb is None:
            return []
    good = direct_object(verb)
    if good is None or good.lemma_.lower() not in goods:
        return []
    owner = child(good, ("poss",)) or prep_obj(good, ("of",))
    if owner is None:
        return []
    found: list[ResolvedActor] = []
    for side in (owner, *owner.conjuncts):
        found += [a for a in r.resolve(side) if a.kind not in ("dyad", "implicit", "media")
                  and a.actor.country and a.actor.code not in {f.actor.code for f in found}]
    return found


def _expelled_from(noun: Token, r: ActorResolver, sources: Sequence[ResolvedActor]
                   ) -> list[ResolvedActor]:
    """The state an expulsion noun sends people out of ("the expulsion of Dutch envoys from
    Iran", "expulsions of four attaches from Washington"): the one who expels, not
    one expelled; [] when the noun has a doer of its own or no such "from" phrase (dir30)."""
    if noun.lemma_.lower() not in ("expulsion", "deportation"):
        return []
    sent_off = prep_obj(noun, ("of",))
    expelled = {a.actor.country for a in r.resolve(sent_off)} if sent_off is not None else set()
    if any(s.actor.country not in expelled for s in sources):
        return []  # (a doer of its own: "Russia's expulsion of ...")
    where = prep_obj(noun, ("from",))
    if where is None and sent_off is not None:
        where = prep_obj(sent_off, ("from",))  # (the parser hangs it on those expelled)
    if where is None or where.ent_type_ not in ("GPE", "NORP"):
        return []
    return [a for a in r.resolve(where) if a.actor.sector in (None, "GOV")]


def _relative_clause_targets(trig: Trigger, r: ActorResolver, sources: Sequence[ResolvedActor]
                             ) -> list[ResolvedActor]:
    """The other side a relative clause names for a verb trigger that found none in its own
    clause: "a claim that Phnom Penh denies" (the claimants), "as a guest of the summit, which
    Japan hosts" (the guest); "send the missiles that Kyiv has asked for" (the asker;
    linked31)."""
    root = trig.pattern.cameo[:2]
    if root in RELATIVE_TARGET_ROOTS and (root != "04" or trig.pattern.cameo[:3] == "043"):
        return relative_counterpart(trig.token, root, r, sources)
    if root in PROVIDING_ROOTS or root in ("06", "08"):
        # (also sales and concessions: "sell the jets Warsaw wants", "freed the prisoners
        # that Paris had asked for")
        return asker_of_object(trig.token, r, sources)
    return []
