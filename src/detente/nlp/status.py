"""Event status from the clause that governs the trigger (not from the sentence as a whole).

We walk from the trigger up its chain of heads (complements, conjuncts, objects, purpose
infinitives and noun complements such as "reports that ...", "plans to visit") and collect
cues from ``coding/data/status_cues.yaml``; the strongest cue decides:
denied > cancelled > hypothetical > uncertain > planned > ongoing > happened.
Adverbial and relative clauses ("since Biden and Xi met in Bali", "officials who visited
Beijing"), temporal or causal adjuncts ("after a visit to Taiwan", "in protest at the visit")
and what an event noun is said to do ("his visit will stabilize ties") keep their own status.

Besides the chain itself we read what hangs off it: conditions ("if ...", "unless ...",
"had he travelled ...", "provided that ..."), clauses and phrases that leave the event
unsettled ("though no date has been announced", "China has yet to confirm", "pending
confirmation", "with no date set"), the predicate of an event noun that is a subject ("talks
remain suspended", "the visit is on track"), modifiers of an event noun ("the postponed
trip", "a possible meeting"), hedged sources ("according to people familiar with the matter",
"an official who spoke on condition of anonymity", "is said to have"), denials of a report
("reports that ... were false") and direct questions.

A negated trigger ("did not meet", "no meeting took place", "without meeting Xi") and the
complement of a refusal ("refused to hold talks") are reported as ``negated``; the caller
drops those events (CAMEO codes acts, and the refusal is coded by its own pattern). Every
status other than ``happened`` comes with the cue (text) that decided it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from detente.errors import DataFileError
from detente.model import Status
from detente.resolve.event_dates import sentence_rows
from detente.resolve.tokens import kids, subtree, subtree_ids

#: nouns of answering for an act ("denied involvement in", "claimed responsibility for")
ANSWER_NOUNS = frozenset({"involvement", "responsibility", "role", "part", "hand", "complicity",
                          "link", "links", "connection", "participation"})

PRECEDENCE = [Status.DENIED, Status.CANCELLED, Status.HYPOTHETICAL, Status.UNCERTAIN,
              Status.PLANNED, Status.ONGOING, Status.HAPPENED]


@dataclass(frozen=True, slots=True)
class Cues:
    sets: dict[str, frozenset[str]]
    phrases: dict[str, tuple[tuple[str, ...], ...]]

    def has(self, name: str, word: str) -> bool:
        return word in self.sets.get(name, frozenset())


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lists of ``coding/data/status_cues.yaml`` (lower-cased lemmas and phrases)."""
    text = resources.files("detente.coding").joinpath("data/status_cues.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    sets: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key, value in data.items():
        # YAML reads bare on/off/yes/no as booleans: every cue must be quoted text
        if any(isinstance(w, bool) for item in value
               for w in (item if isinstance(item, list) else [item])):
            raise DataFileError(f"{key} holds a bare YAML boolean", where="status_cues.yaml",
                                code="E320", hint='quote words YAML reads as booleans: "off"')
        if key.endswith("_phrases"):
            phrases[key] = tuple(tuple(str(w).lower() for w in item) for item in value)
        else:
            sets[key] = frozenset(str(v).lower() for v in value)
    return Cues(sets, phrases)


@dataclass(frozen=True, slots=True)
class StatusDecision:
    status: Status
    cue: str | None
    negated: bool = False
    future: bool = False
    attributed_to: Token | None = None
    anonymous: bool = False


# The status of an event is governed by the clauses above it; adverbial and relative clauses
# carry their own. ``acl`` is climbed only for noun complements ("reports that ...").
# verbs whose infinitive complement is what they brought about: "prompted China to hold
# drills", "forced the ship to turn back"
CAUSATIVE_VERBS = frozenset({"prompt", "force", "cause", "compel", "lead", "push", "drive",
                             "spur", "trigger", "provoke", "oblige", "get", "make"})
#: acts of putting something to another side, made whatever the answer
PROPOSING_VERBS = frozenset({"offer", "propose", "invite", "suggest"})
#: verbs of a body's vote: what it voted (past tense) to do is done by the vote
VOTING_VERBS = frozenset({"vote"})
CLIMB_DEPS = {"xcomp", "ccomp", "conj", "pcomp", "acomp", "dobj", "pobj", "prep",
              "nsubj", "nsubjpass", "attr", "oprd", "csubj", "appos", "compound",
              "npadvmod", "dative"}
# prepositions whose object is an adjunct with its own time or cause: "after a visit to
# Taiwan", "talks suspended over Pelosi's visit", "despite the meeting"
ADJUNCT_PREPS = {"since", "after", "before", "until", "till", "following", "during", "amid",
                 "over", "despite", "because", "upon"}
SUBJ_DEPS = ("nsubj", "nsubjpass")
# a condition told by inverting the auxiliary: "Had he travelled ...", "Should Xi attend ..."
INVERTED_CONDITIONAL_AUX = {"had", "should", "were"}
# nouns that, as the subject of "be", make its complement something asked for or aimed at,
# not done: "whose main demand is that Russia withdraw", "the condition is the release of the
# crew" (unsettled); "the aim of the trip is to meet Lula" (planned)
DEMAND_NOUNS = frozenset({"demand", "call", "request", "condition", "precondition",
                          "proposal", "suggestion", "idea", "hope", "wish", "ask", "insistence",
                          "requirement", "expectation"})
AIM_NOUNS = frozenset({"aim", "goal", "objective", "purpose", "plan", "intention", "target",
                       "mission", "task", "priority", "ambition"})


#: verbs of concluding a deal: "the agreement (that) they reached / signed / struck"
CONCLUDING_VERBS = frozenset({"reach", "sign", "strike", "conclude", "seal", "ink", "broker",
                              "clinch", "finalize", "finalise", "agree", "negotiate"})


def _chain(trigger: Token) -> list[Token]:
    cues = load_cues()
    chain = [trigger]
    tok = trigger
    while tok.head.i != tok.i and len(chain) < 12:
        dep = tok.dep_
        if tok is trigger and _own_report(tok, cues):
            break
        if dep == "acl":
            # "reports that Wang had met Lavrov": the noun complement is governed by the noun
            if not (cues.has("complement_nouns", tok.head.lemma_.lower()) or any(
                    c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in kids(tok))
                    or _ranked_infinitive(tok)):
                break
            # "the agreement that Riyadh and Tehran reached in March to restore ties": a
            # "that" / "which" standing for the noun in the clause makes it a relative
            # clause with its own time, not the noun's complement
            # (also where the parser took the "that" for a mark: "the accord that they
            # signed in 2009", a verb of concluding a deal left without its own object)
            if tok.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                    for c in kids(tok)) or (tok.tag_ in ("VBD", "VBN")
                                            and _lemma(tok) in CONCLUDING_VERBS
                                            and not any(c.dep_ == "dobj" for c in kids(tok))):
                break
        elif dep == "advcl":
            # a purpose infinitive ("working to arrange a meeting", "will fly to Beijing to
            # meet Xi") shares the status of its head; other adverbial clauses keep their own
            to_inf = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in kids(tok))
            # "an invitation for Austin to meet Li": a clause complementing a noun
            noun_complement = to_inf and cues.has("complement_nouns", tok.head.lemma_.lower())
            # "called for Turkey to withdraw", "the aim is for Lula to meet Xi": a "for ...
            # to" clause is the complement of its head, whose own subject it names
            for_to = to_inf and any(c.dep_ == "mark" and c.lower_ == "for"
                                    for c in kids(tok))
            # "made it clear that Canberra will cooperate": the parser hangs the "that"
            # clause on "clear", the complement of a saying
            made_clear = tok.head.lower_ == "clear" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids(tok))
            if not (to_inf and not any(c.dep_ in SUBJ_DEPS for c in kids(tok))
                    or noun_complement or for_to or made_clear):
                break
        elif dep == "relcl" and _ranked_infinitive(tok):
            pass  # "the first president to visit PNG": told by the clause of "first"
        elif dep not in CLIMB_DEPS:
            break
        if dep == "conj" and any(c.dep_ in SUBJ_DEPS for c in kids(tok)):
            break  # a conjoined clause with its own subject has its own status
        if dep in ("pcomp", "pobj") and tok.head.lower_ in ADJUNCT_PREPS:
            break  # "since they met", "after a visit to Taiwan"
        if dep == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep" and any(
                c.dep_ == "poss" for c in kids(tok)) and tok.head.head.pos_ in ("VERB",
                                                                                 "AUX"):
            break  # "In her talks with Kumar, Mwangi asked ...": the setting of the act
        if dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
                SIDELINE_NOUNS) and any(_scheduled_own(c) for c in _own_relative_clauses(tok)):
            # "try to meet on the sidelines of the summit, which opens on Friday": the summit
            # is the setting, and its own clause tells its schedule
            break
        if dep == "pobj" and _setting_of_settled(tok):
            break  # "the text was agreed in a phone call": the call is where it was settled
        if dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
                "anniversary", "anniversaries"):
            break  # "by the first anniversary of the invasion": what it marks happened
        if dep == "ccomp" and tok.i < tok.head.i and any(
                t.text == ";" for t in tok.doc[tok.right_edge.i + 1:tok.head.i]) and any(
                c.dep_ in ("dobj", "xcomp", "ccomp") and c.i > tok.head.i
                for c in kids(tok.head)):
            # "they met in Busan; the Japanese side asked China to ...": a clause before a
            # semicolon is no complement of a verb that has its own after it (unlike "they
            # met in Busan; officials said")
            break
        if dep == "prep" and tok.lower_ in ADJUNCT_PREPS:
            break
        if tok is not trigger and tok.pos_ == "NOUN" and cues.has("reason_nouns",
                                                                  tok.lemma_.lower()):
            break  # "in protest at a visit to Taiwan": the visit is the cause, not the act
        tok = tok.head
        chain.append(tok)
        if dep == "nsubj" and tok.pos_ == "VERB" and not _event_predicate(tok):
            # "his visit will stabilize ties": the clause says what the event does, and the
            # verbs above it ("hopes that ...") govern that, not whether the event takes place
            break
    return chain


#: words that rank a noun among those who did something: "the first leader to visit Fiji"
RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def _ranked_infinitive(verb: Token) -> bool:
    """'would have been the first president to visit', 'became the only leader to attend':
    an infinitive told of a noun ranked by "first / last / only" is the act the clause
    asserts of its subject, so it shares that clause's status (not "a plan to visit")."""
    if not (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))):
        return False
    # (also one adjective down: "the first sitting president", "the first serving leader")
    mods = [c for c in kids(verb.head) if c.dep_ in ("amod", "advmod")]
    return any(c.lower_ in RANKING_WORDS for c in mods) or any(
        g.dep_ in ("amod", "advmod") and g.lower_ in RANKING_WORDS
        for c in mods if c.i < verb.head.i for g in kids(c))


def _nominal_path(path: list[Token]) -> bool:
    """Whether ``path`` (tokens of a chain between the event and a clause) holds only nouns
    and prepositions: "another round of talks" is told by the clause of "round"."""
    return all(t.pos_ in ("NOUN", "PROPN", "ADP") for t in path)


def _names_no_date(clause: Token) -> bool:
    """'no date has been announced', 'no time was given': the clause's subject is a time."""
    return any(c.dep_ in SUBJ_DEPS and c.lemma_.lower() in _WHEN_NOUNS for c in kids(clause))


#: words of a condition or supposition anywhere in the sentence: with one, "would have" is a
#: supposition, not a plan given up
_SUPPOSING_WORDS = frozenset({"if", "unless", "without", "otherwise", "had", "were", "but"})


def _given_up(tok: Token) -> bool:
    """'Biden would have been the first president to visit', 'the talks would have opened on
    Monday': "would have" with no condition in the sentence tells an event that was planned
    and will not take place (cancelled), not a supposition ("if ..., would have")."""
    words = {t.lower_ for t in tok.sent}
    return not (words & _SUPPOSING_WORDS)


#: nouns of the margin of a gathering where other meetings are held: the gathering takes
#: place whatever becomes of the meeting planned beside it
SIDELINE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe",
                            "fringes"})

#: verbs that settle something in a meeting: "agreed in talks", "was decided in a call"
SETTLING_VERBS = frozenset({"agree", "decide", "settle", "approve", "adopt", "finalize",
                            "finalise", "conclude", "endorse"})
#: prepositions of the meeting where it was settled
SETTING_PREPS = frozenset({"in", "during", "at"})


def _setting_of_settled(noun: Token) -> bool:
    """Whether ``noun`` (a prepositional object) is the meeting in which something was
    agreed or decided: "a statement agreed in direct talks", "the upgrade was decided in the
    phone call of 29 May". The agreeing is told as done (past tense, no modal), so the meeting
    it was done in took place, whatever the agreement plans."""
    prep = noun.head
    if prep.lower_ not in SETTING_PREPS or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and \
        verb.lemma_.lower() in SETTLING_VERBS and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("was", "were", "has", "have",
                                                               "had", "been", "is", "are")
            for c in kids(verb))


#: verbs of inviting: what the one invited is asked to do is offered, not yet planned
INVITING_VERBS = frozenset({"invite"})
#: verbs that take up an invitation or fix its date: "and the invitation was accepted"
TAKING_UP_VERBS = frozenset({"accept", "schedule", "confirm", "fix", "set", "take"})


def _invitation_taken(verb: Token) -> bool:
    """Whether an inviting ``verb`` has a coordinated clause that takes the invitation up
    ("invited Putin to visit India, and the invitation was accepted", "..., which he
    accepted"): the journey is then planned."""
    for c in kids(verb):
        if c.dep_ in ("conj", "relcl", "advcl") and c.pos_ in ("VERB", "AUX") and \
                c.lemma_.lower() in TAKING_UP_VERBS and not any(
                    g.dep_ == "neg" for g in kids(c)):
            return True
    return False


def _own_report(trigger: Token, cues: Cues) -> bool:
    """Is the trigger an act of saying told on its own, whatever the clause it hangs on?

    - "reports in the press alleging that ...": a participle describing a report noun
      says what the report did (the allegation was made), not something the report claims;
    - "accused Kyiv of shelling the plant, a charge Ukraine denies": the parser may make the
      accusation the complement of the denial that follows it, but the denial rejects the
      charge (its content), not the fact that it was made.
    """
    head = trigger.head
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN") \
            and cues.has("complement_nouns", head.lemma_.lower()) and not any(
                c.dep_ == "mark" for c in kids(trigger)):
        return True
    if trigger.dep_ in ("ccomp", "parataxis") and trigger.i < head.i and \
            cues.has("denial_verbs", _lemma(head)):
        # the denial's own subject or object, after the accusation, names the charge
        return any(c.dep_ in (*SUBJ_DEPS, "dobj") and trigger.i < c.i < head.i + 3
                   and cues.has("charge_nouns", c.lemma_.lower()) for c in kids(head))
    return False


#: verbs that keep a measure in place: what a past decision "to keep" keeps goes on
MAINTAINING_VERBS = frozenset({"keep", "maintain", "retain", "extend", "prolong", "uphold"})
#: measures a government's decision enacts as it is told: "China's decision to restrict
#: exports", "decided to expel two diplomats" (the decision is the act; a decision to meet or
#: visit still lies ahead)
ENACTED_VERBS = frozenset({"restrict", "ban", "impose", "designate", "expel", "sever",
                           "recognize", "recognise", "lift", "ease", "curb", "freeze",
                           "suspend", "revoke", "withdraw", "recall", "downgrade", "halt",
                           "stop", "terminate", "cancel", "close", "reopen", "raise"})
#: words of a decision that enacts the measure it names: "decided to expel", "ordered the
#: ministry to raise tariffs" (an authority's order to its own officials is the measure taken)
DECIDING_WORDS = frozenset({"decide", "decision", "order"})


#: measures that take effect as they are announced: "Paris announced that it would cut visas",
#: "said it would impose tariffs" is a plan, but the readable gold sets code a measure a
#: government announced it "would" take as done (cuts, bans, expulsions, reopenings); a
#: deployment or a visit announced still lies ahead
ANNOUNCED_MEASURES = ENACTED_VERBS | frozenset({
    "cut", "reduce", "slash", "limit", "tighten", "close", "reopen", "restore", "require",
    "terminate", "end", "deny", "bar", "sanction", "blacklist", "boycott", "embargo"})


def _announced_measure(verb: Token) -> bool:
    """'announced that it would cut the number of visas': a measure told with "would" under
    a past announcement (not "will announce", not a clause under "said")."""
    head = verb.head
    return verb.dep_ == "ccomp" and _lemma(verb) in ANNOUNCED_MEASURES and \
        _lemma(head) == "announce" and head.tag_ in ("VBD", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "to", "may",
                                                          "might", "could", "shall")
            for c in kids(head))


def _decided_measure(decider: Token, below: Token | None) -> bool:
    """'decided to expel', 'its decision to restrict exports', 'has decided to recall its
    ambassador', 'the Council decides to suspend': a measure enacted by a decision (``below``
    the infinitive under ``decider``), told as taken (not 'will decide to', 'would have
    decided to')."""
    return below is not None and decider.lemma_.lower() in DECIDING_WORDS and \
        below.dep_ in ("xcomp", "acl") and _lemma(below) in ENACTED_VERBS and (
            decider.pos_ in ("NOUN", "PROPN") or decider.tag_ == "VBD" or (
                decider.tag_ in ("VBZ", "VBP", "VBN") and _decision_taken(decider, below)))


def _decision_taken(decider: Token, below: Token) -> bool:
    """Whether ``decider`` in the present or the present perfect tells a decision taken:
    'has decided', 'had decided', 'the Council decides' (not 'would have decided', 'will have
    decided', 'was decided'), with no time of its own for the measure ('has decided to expel
    three diplomats next week' schedules it)."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in below.subtree):
        return False
    if decider.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ == "aux" for c in kids(decider))
    auxes = [c for c in kids(decider) if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_.lower() == "have" for a in auxes) and not any(
        a.tag_ == "MD" or a.dep_ == "auxpass" for a in auxes)


#: verbs through which a refusal reaches the event refused: "refused to let them hold talks",
#: "declined to attend the summit" (not "refused to condemn the strikes": those happened)
REFUSED_CARRIERS = frozenset({"let", "allow", "permit", "hold", "attend", "join", "host",
                              "have", "take", "receive", "accept", "meet", "visit"})


def _refused_itself(path: list[Token]) -> bool:
    """Is the event at ``path[0]`` what the refusal above ``path[-1]`` refuses: reached only
    through the object refused (a request, an invitation) or verbs of taking part?"""
    return all(t.pos_ in ("NOUN", "PROPN", "ADP") or _lemma(t) in REFUSED_CARRIERS
               for t in path[1:]) and path[-1].dep_ not in SUBJ_DEPS


def _kept_by_decision(verb: Token, cues: Cues) -> bool:
    """'decided last month to keep its curbs', 'the decision to keep the ban': a measure
    kept in place by a decision told as made (not "will decide whether to keep")."""
    if verb.dep_ not in ("xcomp", "acl") or _lemma(verb) not in MAINTAINING_VERBS:
        return False
    head = verb.head
    return head.tag_ == "VBD" and cues.has("planned_verbs", _lemma(head)) or (
        head.pos_ == "NOUN" and _lemma(head) == "decision")


def _shares_negation(verb: Token, children: list[Token]) -> bool:
    """'did not confirm or deny that ...': a verb joined by "or" / "nor" to a negated verb,
    with no subject of its own, is negated with it ("did not attend but condemned" is not)."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in SUBJ_DEPS for c in children):
        return False
    head = verb.head
    children_ = list(kids(head))
    return any(c.dep_ == "neg" for c in children_) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in children_)


def _unsettled_own(clause: Token, cues: Cues) -> bool:
    """'(a trip) that is not yet scheduled', '(talks) which are yet to be
    confirmed': an event noun's own relative clause that leaves it unsettled."""
    return (_negated(clause) and cues.has("unsettled_negated_verbs", _lemma(clause))) or (
        _yet_to_settle(clause) is not None)


def _done_as_asked(verb: Token) -> bool:
    """'demanded that Vilnius recall its envoy, which it did a week later', 'urged Oslo to
    expel them, and it did so': the act asked for, told as done by a clause of "do" on it."""
    return any(t.lemma_ == "do" and t.dep_ in ("relcl", "conj") and t.i > verb.i and any(
        c.lower_ in ("which", "so") for c in kids(t)) for t in verb.subtree)


def _agreed_on(verb: Token, below: Token | None) -> bool:
    """'Kosovo and Serbia have agreed on the annex', 'the two presidents agreed on the
    upgrading of relations': what was agreed on is the agreement reached, told in the past
    (not 'will agree on a text'; nor 'agreed to meet' or 'agreed to a truce': what one
    agrees to do lies ahead, and the agreeing is the intent, 03x)."""
    return below is not None and below.dep_ == "prep" and below.lower_ in ("on", "upon") and \
        verb.lemma_.lower() == "agree" and verb.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "aux" and c.lower_ not in ("has", "have", "had", "'ve", "'s")
            for c in kids(verb))


#: predicates that say an event took place ("took place", "went ahead", "was held")
HAPPENING_VERBS = frozenset({"happen", "occur", "materialize", "materialise", "proceed",
                             "transpire", "convene"})


def _did_not_happen(verb: Token) -> bool:
    """"did not take place", "never happened", "will not go ahead", "was not held"."""
    if not (_negated(verb) or any(c.dep_ in ("neg", "advmod") and c.lower_ == "never"
                                  for c in kids(verb))):
        return False
    lemma = _lemma(verb)
    if lemma in HAPPENING_VERBS:
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids(verb))
    if lemma == "go":
        return any(c.lower_ == "ahead" and c.dep_ in ("advmod", "prt") for c in kids(verb))
    return lemma == "hold" and any(c.dep_ == "auxpass" for c in kids(verb))


def _own_relative_clauses(noun: Token) -> list[Token]:
    """Relative clauses about the event noun itself ("the visit that was called off", "a
    meeting which had been planned for Monday"), also where the parser hung them on the last
    name of the noun's own phrase ("talks between Serbia and Kosovo, which were postponed")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    out = []
    for c in subtree(noun):
        if c.dep_ != "relcl" or not any(g.dep_ in ("nsubjpass", "dobj", "nsubj")
                                         and g.lower_ in ("that", "which")
                                         for g in kids(c)):
            continue
        # the clause's head: the noun, or a name in the noun's own "by / between / of"
        # phrase
        head = c.head
        for _ in range(6):
            if head.i == noun.i or head.dep_ not in ("pobj", "conj", "prep", "compound"):
                break
            head = head.head
        if head.i == noun.i:
            out.append(c)
    return out


#: verbs whose present tense with a time tells a gathering's schedule: "which opens on
#: Friday", "that begins next week"
SCHEDULE_VERBS = frozenset({"start", "open", "begin", "convene", "kick", "commence"})


def _scheduled_own(clause: Token) -> bool:
    """'(the summit) which starts on Friday', '(talks) that open next week': a relative
    clause in the present tense, with a time of its own and no auxiliary, tells a schedule
    (not "which started on Friday", "that has begun")."""
    return clause.tag_ in ("VBZ", "VBP") and _lemma(clause) in SCHEDULE_VERBS and not any(
        c.dep_ in ("aux", "auxpass", "neg") for c in kids(clause)) and any(
        t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _planned_history(noun: Token) -> bool:
    """Was the event noun told as planned before ("a meeting that had been planned for
    Monday", "the scheduled talks", "a visit that was due to start on Friday")?"""
    cues = load_cues()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in kids(noun):
        if c.dep_ in ("amod", "compound") and cues.has("planned_modifiers", c.lower_):
            return True
    for c in [*(a for a in kids(noun) if a.dep_ == "acl"), *_own_relative_clauses(noun)]:
        for v in (c, *(g for g in kids(c) if g.dep_ in ("acomp", "xcomp"))):
            lemma = _lemma(v)
            if cues.has("planned_verbs", lemma) or cues.has("expectation_verbs", lemma):
                return True
    return False


def _event_predicate(verb: Token) -> bool:
    """Does this verb, with an event noun as its subject, say whether the event takes place
    ("the meeting took place", "talks continued", "the trip was postponed")?"""
    cues = load_cues()
    lemma = _lemma(verb)
    return cues.has("occurrence_verbs", lemma) or any(
        cues.has(name, lemma) for name in VERB_LISTS if name != "reporting_verbs")


def _hedged(tokens: list[Token]) -> bool:
    """Does this stretch of text present its source as unnamed on purpose ("on condition of
    anonymity", "people familiar with the matter", "sources")?"""
    cues = load_cues()
    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    return bool(words & cues.sets["anonymity_markers"])


def _plain_report(verb: Token, children: list[Token]) -> bool:
    """'It is reported that Wang has visited Paris', 'it was reported that ...': the news
    form of "reports say", which tells what it reports (the gold sets code it as told; "is
    said to have", "it is understood that" and "is reported to have met" still hedge)."""
    return _lemma(verb) == "report" and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children) and any(
        c.dep_ == "ccomp" for c in children)


def _is_anonymous(subject: Token) -> bool:
    """An attribution without a name ("an American official", "sources")."""
    if _hedged(list(subject.subtree)):
        return True
    lemmas = {t.lemma_.lower() for t in subject.subtree}
    # "an American official", "one of the officials": officials without a name
    if lemmas & {"official", "diplomat", "source", "person", "aide", "officer", "people"}:
        return not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ != "NORP"
                       and t.ent_type_ != "GPE" and t.ent_type_ != "ORG"
                       for t in subject.subtree)
    return False


VERB_LISTS = ("planned_verbs", "expectation_verbs", "uncertain_verbs", "unsettled_negated_verbs",
              "denial_verbs", "refusal_verbs", "cancel_verbs", "ongoing_verbs", "reporting_verbs",
              "threat_verbs", "durative_verbs")


def _lemma(tok: Token) -> str:
    """The token's lemma, repaired where the lemmatizer misses a cue verb ("hoped" -> "hop")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return lemma
    return _verb_lemma(lemma, tok.lower_)


@functools.lru_cache(maxsize=4096)
def _verb_lemma(lemma: str, w: str) -> str:
    """:func:`_lemma` of a verb, from its lemma and its lower-cased form."""
    cues = load_cues()
    if any(cues.has(name, lemma) for name in VERB_LISTS):
        return lemma
    if w.endswith("ed"):
        cands = [w[:-1], w[:-2], w[:-3]]
    elif w.endswith("ing"):
        cands = [w[:-3] + "e", w[:-3], w[:-4]]
    elif w.endswith("s"):
        cands = [w[:-1], w[:-2]]
    else:
        cands = []
    for cand in cands:
        if any(cues.has(name, cand) for name in VERB_LISTS):
            return cand
    return lemma


def _phrase(lemma: str, children: list[Token], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a verb with ``lemma`` and ``children`` makes one of the (verb, child lemma)
    ``phrases``; the children's lemmas are read only for a verb some phrase starts with."""
    if not any(lemma == p[0] for p in phrases):
        return False
    child_lemmas = {c.lemma_.lower() for c in children}
    return any(lemma == a and b in child_lemmas for a, b in phrases)


def _is_to(verb: Token, below: Token | None) -> bool:
    """'the two sides are to hold talks': 'be' with an infinitive complement (what is to come;
    'was to have met' is left alone)."""
    return verb.lemma_.lower() == "be" and below is not None and below.dep_ == "xcomp" and \
        below.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(below))


#: the past participles of a plan made for a set time: "had been due to", "had been set to"
PAST_PLAN_WORDS = frozenset({"due", "scheduled", "set", "slated", "expected", "supposed"})


def _past_plan(verb: Token) -> bool:
    """'had been due to hold talks', 'had been scheduled to visit': a plan told in the past
    perfect (the plan was overtaken); 'has been scheduled to' and 'had planned to' are not."""
    if verb.lower_ not in PAST_PLAN_WORDS:
        return False
    head = verb.head if verb.dep_ in ("acomp", "oprd") else verb
    children_ = list(kids(head))
    been = head.lower_ == "been" or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "been"
                                        for c in children_)
    return been and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_)


def _no_new_date(children: list[Token]) -> bool:
    """'no new date has been set', 'without a new date being fixed': the old date was dropped."""
    return any(c.dep_ in SUBJ_DEPS + ("dobj",) and c.lemma_.lower() in ("date", "time")
               and any(m.dep_ == "amod" and m.lower_ == "new" for m in kids(c))
               for c in children)


def _which_denied(trigger: Token, chain: list[Token], cues: Cues) -> str | None:
    """'X says Y shelled the dam, which Y denies': a denial told in a ", which ..." clause at
    the end of the reported clause (hung on any word of it) denies the reported event."""
    clause = trigger
    for tok in chain[1:]:  # the reported clause: up to the verb below the saying
        if tok.pos_ in ("VERB", "AUX") and cues.has("reporting_verbs", _lemma(tok)):
            break
        clause = tok
    words = subtree_ids(clause)
    for t in subtree(clause):
        if t.dep_ in ("relcl", "advcl") and cues.has("denial_verbs", _lemma(t)) and t.i > \
                trigger.i and not _negated(t) and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which"
                    for c in kids(t)) and t.head.i in words:
            first = min(x.i for x in t.subtree)
            if first > 0 and t.doc[first - 1].text == ",":
                return f"which {t.text}"
    return None


def _claim_unconfirmed(trigger: Token, chain: list[Token], cues: Cues) -> str | None:
    """'X said Y would recognise Z, a claim that Y has not confirmed', '..., an account
    Beijing has yet to confirm': a claim noun set off by a comma at the end of the reported
    clause, with a clause that leaves it unconfirmed, leaves the reported event open."""
    clause = trigger
    for tok in chain[1:]:  # the reported clause: up to the verb below the saying
        if tok.pos_ in ("VERB", "AUX") and cues.has("reporting_verbs", _lemma(tok)):
            break
        clause = tok
    for t in _appended_charges(clause, trigger, cues):
        for c in kids(t):
            if c.dep_ not in ("relcl", "acl"):
                continue
            if _lemma(c) in UNCONFIRMING_VERBS and _negated(c):
                return f"{t.text} not {c.text}"
            settling = _yet_to_settle(c)
            if settling is not None:
                return f"{t.text} yet to {settling.text}"
    return None


def _appended_charges(clause: Token, trigger: Token, cues: Cues) -> Iterator[Token]:
    """The charge nouns in ``clause`` after ``trigger`` that a comma or dash sets off as an
    appended comment ("..., a claim Ankara has not confirmed", "..., a charge Nairobi
    denied")."""
    for t in subtree(clause):
        if t.i <= trigger.i or not cues.has("charge_nouns", t.lemma_.lower()):
            continue
        first = t.left_edge
        if first.i and t.doc[first.i - 1].text in (",", "\uff0c", "\u2014", "--"):
            yield t


#: verbs of vouching for a claim: "a claim Ankara has not confirmed"
UNCONFIRMING_VERBS = frozenset({"confirm", "verify", "corroborate", "acknowledge"})


#: deals named by the year they were made: "the 2017 memorandum", "a 1973 treaty"
YEAR_NAMED_DEALS = frozenset({"agreement", "accord", "deal", "treaty", "memorandum", "pact",
                              "protocol", "convention", "understanding", "communique",
                              "declaration", "charter", "compact"})


def _named_by_year(noun: Token) -> Token | None:
    """The year a deal noun is named by ("its 2016 accord with Seoul", "the 1973 treaty"):
    a deal so named was made then, whatever the clause above says of it now."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in YEAR_NAMED_DEALS:
        return None
    for c in kids(noun):
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod") and c.tag_ == "CD" and (
                len(c.text) == 4 and c.text.isdigit() and 1900 <= int(c.text) <= 2099):
            return c
    return None


def _charge_denied(trigger: Token, chain: list[Token], cues: Cues) -> str | None:
    """'accused Kenya of arming the fighters, a charge Nairobi denied', 'alleged that Kyiv
    shelled the dam, a claim Ukraine rejects': a charge noun set off by a comma after the act,
    with a clause of denial, denies the act an accusation is about (not the accusing: that
    happened; nor a clause joined to it, "and warned it would answer in kind, a charge the
    neighbour rejected")."""
    at = next((d for d, t in enumerate(chain) if d and t.pos_ in ("VERB", "AUX")
               and cues.has("accusing_verbs", _lemma(t))), None)
    if at is None or chain[at - 1].dep_ not in ("prep", "ccomp"):
        return None  # (what is accused: "of arming", "that it shelled"; not the accuser)
    for t in _appended_charges(chain[at], trigger, cues):
        for c in kids(t):
            if c.dep_ in ("relcl", "acl") and cues.has("denial_verbs", _lemma(c)) and \
                    not _negated(c):
                return f"{t.text} {c.text}"
    return None


def _charge_tail(denier: Token, accusing: Token, cues: Cues) -> bool:
    """Whether ``denier`` is the tail ", a charge Y denies" that the parser made the head of
    the accusation before it ("X accuses Y of arming the rebels, a charge Y denies": ROOT
    "denies", the accusing its ``ccomp``). What Y denies is the act charged; the accusing
    itself was made (CAMEO 112, ``happened``)."""
    if accusing.dep_ != "ccomp" or not cues.has("accusing_verbs", _lemma(accusing)):
        return False
    for c in kids(denier):
        if c.i < accusing.i or c.i > denier.i or c.dep_ not in ("nsubj", "dobj"):
            continue
        first = c.left_edge.i  # ("a charge Kigali": the parser may hang "a" on "Kigali")
        if first > 0 and c.doc[first - 1].text in (",", "\uff0c", "\u2014", "--") and any(
                cues.has("charge_nouns", t.lemma_.lower()) for t in (c, *kids(c))):
            return True
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(tok))


def _named_by_negated_verb(adj: Token) -> bool:
    """Whether the adjective ``adj`` is what a negated naming verb (or copula) would have
    called something: "did not call the drills hostile", "has never described the survey as
    hostile", "stopped short of calling it hostile", "the step was not hostile" (the word
    judges no one)."""
    head = adj.head
    if adj.dep_ in ("pobj", "amod") and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head  # "described the move as hostile"
    elif adj.dep_ not in ("oprd", "acomp", "attr", "ccomp", "xcomp"):
        return False
    if head.pos_ not in ("VERB", "AUX"):
        return False
    from detente.nlp.rules import evaluation_words  # (rules imports this module)

    if head.lemma_.lower() == "be" and any(c.dep_ == "xcomp" for c in kids(adj)):
        return False  # ("may not be willing to meet": a stance on an act, not a judgement)
    if head.lemma_.lower() != "be" and head.lemma_.lower() not in evaluation_words()[
            "naming_verbs"]:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               for c in kids(head)) or (
        head.dep_ in ("pcomp", "pobj") and head.head.lower_ == "of" and (
            head.head.head.lower_ == "short" or any(
                c.lower_ == "short" for c in kids(head.head.head))))


def _no_determiner(tok: Token) -> bool:
    """'no meeting', 'no dates': a noun whose determiner negates it."""
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
               for c in kids(tok))


def _yet_to_settle(tok: Token) -> Token | None:
    """'China has yet to confirm', 'the date is yet to be announced': the settling verb."""
    cues = load_cues()
    if tok.lemma_.lower() not in ("have", "be") or not any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(tok)):
        return None
    for c in kids(tok):
        if c.dep_ == "xcomp" and cues.has("unsettled_negated_verbs", _lemma(c)):
            return c
    return None


#: nouns of a time an event is set for
_WHEN_NOUNS = frozenset({"date", "time", "day", "moment"})


def _date_left_open(prep: Token) -> str | None:
    """The cue of a time phrase that leaves the time open: "at a date yet to be set", "on a
    day to be agreed", "at a time to be determined later", "on a date that is yet to be
    fixed"."""
    if prep.lower_ not in ("at", "on", "for"):
        return None
    cues = load_cues()
    for when in kids(prep):
        if when.dep_ != "pobj" or when.lemma_.lower() not in _WHEN_NOUNS:
            continue
        for c in kids(when):
            if c.dep_ in ("acl", "relcl") and cues.has("unsettled_negated_verbs", _lemma(c)) \
                    and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to"
                            for a in kids(c)):
                return f"{when.text} to be {c.text}"
            if c.dep_ == "relcl" and (settling := _yet_to_settle(c)) is not None:
                return f"{when.text} yet to be {settling.text}"  # "that is yet to be set"
    return None


#: verbs that, with "no date" as subject, leave an event's time open: "no date was given"
DATE_GIVING_VERBS = frozenset({"give", "provide", "offer", "name", "mention", "propose"})


def _unsettled_clause(clause: Token) -> str | None:
    """The cue when ``clause`` says the event is not settled: 'the State Department has not
    confirmed the trip', 'no dates have been announced', 'China has yet to confirm'."""
    cues = load_cues()
    settling = _yet_to_settle(clause)
    if settling is not None:
        return f"yet to {settling.text}"
    if _lemma(clause) in ("allow", "permit") and clause.head.tag_ != "VBD" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "as")
            for c in kids(clause)
    ) and any(c.dep_ in SUBJ_DEPS and c.lemma_.lower() in WAITING_NOUNS
              for c in kids(clause)):
        # "intends to travel when conditions allow": no time, and no telling when (not
        # "visited Hanoi when conditions allowed": that is told as done)
        return f"when {clause.text}"
    if _lemma(clause) in DATE_GIVING_VERBS and _names_no_date(clause) and any(
            c.dep_ in SUBJ_DEPS and _no_determiner(c) for c in kids(clause)):
        return f"no {clause.text}"  # "no date has been given", "no time was provided"
    if not cues.has("unsettled_negated_verbs", _lemma(clause)):
        return None
    if _negated(clause) or any(c.dep_ in SUBJ_DEPS and _no_determiner(c)
                               for c in kids(clause)):
        return f"not {clause.text}"
    return None


#: what an event waits on: "when conditions allow", "once circumstances permit"
WAITING_NOUNS = frozenset({"condition", "circumstance", "situation", "time", "schedule",
                           "security", "health", "weather"})


def _qualifier(mod: Token) -> tuple[Status, str] | None:
    """A modifier of the governing clause that leaves the event open: 'pending
    confirmation', 'subject to approval', 'with no date yet set', 'provided that China
    agrees', 'as long as the talks go well'."""
    cues = load_cues()
    word = mod.lower_
    if cues.has("conditional_words", word) and mod.dep_ in ("prep", "advcl", "mark"):
        return Status.HYPOTHETICAL, word
    if word == "long" and any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in kids(c)) for c in kids(mod)):
        return Status.HYPOTHETICAL, "as long as"
    if mod.dep_ == "prep" and word == "on" and any(
            c.dep_ == "pobj" and c.lemma_.lower() == "condition"
            and any(a.dep_ in ("acl", "ccomp", "relcl") for a in kids(c))
            for c in kids(mod)):
        return Status.HYPOTHETICAL, "on condition that"  # not "on condition of anonymity"
    if mod.dep_ == "prep" and word == "in" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in CONDITION_NOUNS
            and any(_condition_of(a) for a in kids(c)) for c in kids(mod)):
        return Status.HYPOTHETICAL, "in the event that"  # "in case talks fail"
    if cues.has("pending_words", word) and mod.dep_ in ("prep", "advcl", "acomp"):
        return Status.UNCERTAIN, word
    if word == "subject" and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(mod)):
        return Status.UNCERTAIN, "subject to"
    if mod.dep_ == "prep" and word in ("with", "without"):
        phrase = " ".join(t.text for t in list(mod.subtree)[:6])
        for c in kids(mod):
            if c.dep_ == "pcomp" and _unsettled_clause(c):
                return Status.UNCERTAIN, phrase  # "with no date yet set"
            if c.dep_ == "pobj" and cues.has("unsettled_nouns", c.lemma_.lower()) and (
                    word == "without" or _no_determiner(c)):
                return Status.UNCERTAIN, phrase  # "with no date", "without a date"
    return None


#: nouns that, after "in", open a condition: "in the event that", "in case"
CONDITION_NOUNS = frozenset({"event", "case"})


def _condition_of(clause: Token) -> str | None:
    """The cue when ``clause`` is itself a condition: the clause of "in the event that ...",
    "in case ...", or one opened by an inverted auxiliary with an infinitive ("Were Russia
    to attack Moldova, ...", the parser's clause head being "Were")."""
    head = clause.head
    if clause.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "event" \
            and head.head.dep_ == "pobj" and head.head.head.lower_ == "in":
        return "in the event of"  # "in the event of an attack on Moldova"
    if clause.dep_ in ("relcl", "acl", "ccomp") and head.lemma_.lower() in CONDITION_NOUNS \
            and head.dep_ == "pobj" and head.head.lower_ == "in" and any(
                c.dep_ == "mark" and c.lower_ == "that" or (
                    head.lemma_.lower() == "case" and c.dep_ in SUBJ_DEPS
                    and c.lower_ not in ("that", "which", "who") and not any(
                        d.dep_ in ("det", "poss", "amod") for d in kids(head)))
                for c in kids(clause)):  # (not "ruled in a case Iraq brought")
        return f"in the {head.text} that" if head.lemma_.lower() == "event" else "in case"
    if clause.dep_ == "advcl" and clause.lower_ in INVERTED_CONDITIONAL_AUX and \
            clause.i == clause.sent.start and any(
                c.dep_ in SUBJ_DEPS and c.i > clause.i for c in kids(clause)):
        return clause.text
    return None


def _conditional_clause(clause: Token) -> str | None:
    """The cue when ``clause`` (an adverbial clause) states a condition, else None."""
    cues = load_cues()
    marks = [c for c in kids(clause) if c.dep_ == "mark"]
    for m in marks:
        if m.lower_ in cues.sets["conditional_marks"] and m.lower_ != "whether":
            # "even if the talks fail": a concession, the main event holds regardless
            if any(c.dep_ == "advmod" and c.lower_ == "even" for c in kids(clause)):
                return None
            return m.text
    subj = [c.i for c in kids(clause) if c.dep_ in SUBJ_DEPS]
    if subj and any(c.dep_ == "prep" and c.lower_ == "in" and c.i < min(subj) and [
            g.lower_ for g in kids(c)] == ["case"] for c in kids(clause)):
        return "in case"  # "In case the talks fail, ..." (the parser's "in" + "case")
    for c in kids(clause):
        if (c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITIONAL_AUX
                and subj and c.i < min(subj) and not marks):
            return c.text
    return None


def _is_question(trigger: Token, chain: list[Token], sentence: Span | None) -> bool:
    if sentence is None:
        return False
    # (the sentence's text as read once for its dates)
    text = sentence_rows(sentence)[0] if isinstance(sentence, Span) else sentence.text
    if not text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    # the event must be told by the main clause (or a complement of it), not by a background
    # clause of the question
    return chain[-1].dep_ == "ROOT" or chain[-1].head.i == chain[-1].i


def _going_on(verb: Token, cues: Cues) -> str | None:
    """"Katz arrived in Riyadh on Tuesday, as the United States mediates talks": a present
    tense "as / while" clause against a past main clause tells what is going on (its object
    noun too: the talks)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or verb.head.tag_ != "VBD":
        return None
    mark = next((c for c in kids(verb) if c.dep_ == "mark" and c.lower_ in ("as", "while")),
                None)
    if mark is None or any(cues.has(n, _lemma(verb)) for n in (
            "reporting_verbs", "threat_verbs", "planned_verbs")):
        return None
    return f"{mark.text} {verb.text}"


def _antecedent_event(chain: list[Token]) -> Token | None:
    """The event noun a relative clause is about when the trigger acts on the noun itself:
    "a summit that the AU had planned to host" (the hosting is the summit) -- not "the
    envoy who visited Beijing"."""
    top = chain[-1]
    if top.dep_ != "relcl":
        return None
    noun = top.head
    for _ in range(6):
        # the parser may hang the clause on the last name of "the summit of X and Y"
        if noun.pos_ == "NOUN" or noun.dep_ not in ("pobj", "conj", "prep", "compound"):
            break
        noun = noun.head
    # the noun must be what its own predicate speaks of ("the summit ... now looks
    # uncertain"), not the object of another act ("urged Xi to lift the ban, which Beijing
    # imposed in August": the lifting is urged, the ban was imposed)
    if noun.pos_ != "NOUN" or noun.dep_ not in SUBJ_DEPS:
        return None
    for tok in chain:
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("that", "which")
               for c in kids(tok)):
            return noun
    # "that" read as a marker: the trigger has no object of its own, so the noun is it
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(top)) and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i > top.i
            for c in kids(chain[0])) and chain[0].pos_ == "VERB":
        return noun
    return None


#: what refusing a cooperative act is coded as, by the act's root: intent, diplomatic
#: cooperation and material aid (120, 122), a meeting (125), material cooperation (121), and
#: yielding (124; with 1241 administrative sanctions, 1243 release, 1244 economic sanctions)
REFUSAL_CODES = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122",
                 "08": "124", "081": "1241", "084": "1243", "085": "1244"}
_WILL_NOT = frozenset({"will", "wo", "'ll", "would", "shall", "can", "ca", "could"})


def _will_not(verb: Token) -> str | None:
    """"will not lift", "won't return", "cannot accept": the negated will-auxiliary of
    ``verb`` with the verb, or None."""
    if not any(c.dep_ == "neg" for c in kids(verb)):
        return None
    aux = next((c for c in kids(verb) if c.dep_ == "aux" and c.lower_ in _WILL_NOT), None)
    if aux is None:
        return None
    said = {"wo": "won't", "ca": "can't"}.get(aux.lower_, f"{aux.text} not")
    return f"{said} {verb.text}"


def refusal(trigger: Token) -> str | None:
    """The words by which a side says it will not do a cooperative act: "will not lift the
    ban", "won't accept", "would not accept concessions", "cannot accept", "has not (yet)
    agreed to reopen". A refusal stated is an event of its own (12x), where a plain negated
    fact ("did not meet") is none. Returns the cue, or None."""
    said = _will_not(trigger)
    if said is not None:
        return said
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lemma_.lower() in ("agree", "accept", "consent") and (
            any(c.dep_ == "neg" for c in kids(head))):
        return f"not {head.text}"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj"):
        # "won't return to the grain deal", "will not attend the summit"
        verb = head.head if trigger.dep_ == "pobj" and head.dep_ == "prep" else head
        if verb.pos_ in ("VERB", "AUX"):
            return _will_not(verb)
    return None


#: roots whose event is a statement (intents 03, rejections 12, threats 13): the statement is
#: made when told, whatever lies ahead in what it is about
STATED_ROOTS = frozenset({"03", "12", "13"})
#: verbs that make the statement with an infinitive: "will agree to resume talks" tells an
#: agreement still to come
PLEDGING_VERBS = frozenset({"agree", "pledge", "promise", "vow", "commit", "undertake",
                            "offer", "threaten", "decide"})


#: verbs of warning whose complement is the threat they make
THREAT_LEMMAS = frozenset({"warn", "threaten"})


def stated_when_told(root: str, decision: StatusDecision, verb: Token | None = None
                     ) -> StatusDecision:
    """The status of a statement event (root ``root`` in :data:`STATED_ROOTS`) decided as
    ``decision`` on ``verb``. "The two governments will set up a working group" (031), "the
    envoy will invite both leaders to Brussels" (036), "Washington would not deal with the
    junta" (125), "Beijing will take resolute measures" (130): the future is the act spoken
    of; the intent, rejection or threat is expressed when the text tells it, so a ``planned``
    decision is ``happened``, dated then (not in the future). Conditions, doubts and denials
    stand ("if the talks fail, Seoul would pull out" stays hypothetical), and so does a
    pledge itself told in the future ("the two sides will agree to resume talks")."""
    if root == "13" and decision.status == Status.HYPOTHETICAL and decision.cue and \
            _verb_lemma(decision.cue.lower(), decision.cue.lower()) in THREAT_LEMMAS:
        # "Moscow has warned it would respond in kind", "threatened to retaliate":
        # the warning is the threat, made when told (whatever it says would follow)
        return replace(decision, status=Status.HAPPENED, future=False,
                       cue=f"stated ({decision.cue})")
    if root in STATED_ROOTS and verb is not None and decision.cue and \
            decision.cue.startswith("announced (") and decision.status == Status.HAPPENED \
            and _forecast_by_third_side(verb, decision.attributed_to):
        # "US officials said Israel would agree to a truce": another side's forecast of
        # the actor's act, no word of the actor's own; it stays the act looked for
        return replace(decision, status=Status.PLANNED, future=True,
                       cue=decision.cue[len("announced ("):-1] or None)
    if root in KEPT_UP_ROOTS and decision.status == Status.PLANNED and verb is not None and \
            _kept_up(verb) and not _forecast_by_third_side(verb, decision.attributed_to):
        # "said it would keep pressing Beijing", "will continue to raise its concerns": a
        # side saying it goes on pressing, asking or criticising has been doing it; the act
        # told is going on when told (unlike talks "that will continue next month")
        return replace(decision, status=Status.HAPPENED, future=False,
                       cue=f"kept up ({decision.cue})")
    if root not in STATED_ROOTS or decision.status != Status.PLANNED:
        return decision
    if verb is not None and _forecast_by_third_side(verb, decision.attributed_to):
        # "Qatar said Israel would agree to a ceasefire with Hamas": Qatar's forecast
        return decision
    if verb is not None and verb.pos_ == "VERB" and _lemma(verb) in PLEDGING_VERBS and any(
            c.dep_ == "xcomp" for c in kids(verb)) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in kids(verb)):
        return decision
    return replace(decision, status=Status.HAPPENED, future=False,
                   cue=f"stated ({decision.cue})")


#: roots of acts of speech a side can say it keeps up: appeals (02), demands (10),
#: disapproval (11), besides the statements above
KEPT_UP_ROOTS = frozenset({"01", "02", "10", "11"})
#: verbs of going on with an act ("will keep pressing", "would continue to urge")
KEEP_UP_VERBS = frozenset({"keep", "continue"})


def _kept_up(verb: Token) -> bool:
    """Whether ``verb`` is the act a future "keep / continue" governs, with no time ahead
    named in the clause ("would keep asking Seoul", "will continue to raise concerns"; not
    "will continue to press them next year")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in KEEP_UP_VERBS or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in kids(head)):
        return False
    cues = load_cues()
    # (a time in a clause told of a noun is that clause's: "a writer held since 2019")
    aside = {a.i for c in head.subtree if c.dep_ in ("relcl", "acl", "appos")
             for a in c.subtree}
    return not any(t.i not in aside and (t.lower_ in cues.sets["future_time_words"]
                                         or t.ent_type_ == "DATE") for t in head.subtree)


def _forecast_by_third_side(verb: Token, speaker: Token | None) -> bool:
    """Whether ``speaker``, who said what ``verb``'s clause tells, is of a known country
    neither the clause's subject's nor one named in the clause ("French diplomats said
    Iran would accept the inspections"): a third side's forecast, not the actor's word. A
    speaker of no known country ("officials said"), a subject not placed, or a speaker of
    the actor's or the target's side ("Israel said it would ...", "Hamas said Israel would
    free the hostages held in Gaza") is no third side."""
    if speaker is None:
        return False
    said = {_actor_country(c) for c in (speaker, *speaker.conjuncts)} - {None}
    if not said:
        return False
    head = verb
    for _ in range(3):
        subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            break
        head = head.head
    if subj is None or subj.pos_ == "PRON":
        return False
    doers = {_actor_country(c) for c in (subj, *subj.conjuncts)} - {None}
    if not doers or said & doers:
        return False
    lo, hi = subj.left_edge.i, subj.i
    rest = [t for t in verb.subtree if not lo <= t.i <= hi]
    if any(t.pos_ == "PRON" and t.tag_ in ("PRP", "PRP$") for t in rest):
        # "Kyiv said Biden's visit would help it win support": a pronoun may be the speaker
        return False
    named = {_actor_country(t) for t in rest if t.pos_ in ("PROPN", "NOUN", "ADJ")} - {None}
    return not said & named


def obligation(verb: Token) -> str | None:
    """What a clause says its subject is bound to do: "must" ("must withdraw", "has to
    withdraw", "had to withdraw"), "should" ("should withdraw", "ought to", "needs to
    withdraw"), or None."""
    for c in kids(verb):
        if c.dep_ == "aux" and c.lower_ in ("must", "mustn't"):
            return "must"
        if c.dep_ == "aux" and c.lower_ in ("should", "ought", "shouldn't"):
            return "should"
    lemma = verb.lemma_.lower()
    if lemma in ("have", "need") and not any(c.dep_ == "dobj" or (
            # ("had until Monday to leave", "has 48 hours to leave": a deadline given)
            c.dep_ == "prep" and c.lower_ in ("until", "till", "by", "within"))
            for c in kids(verb)) and any(
            x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(x))
            for x in kids(verb)):
        return "must" if lemma == "have" else "should"
    return None


def decide(trigger: Token, *, sentence: Span | None = None, future_date: bool = False
           ) -> StatusDecision:
    """Status of the event whose trigger is ``trigger``.

    Returns the status with the cue (text) that decided it, whether the event is negated
    (the caller drops it), whether it lies in the future, and who it is attributed to.
    """
    cues = load_cues()
    found: dict[Status, str] = {}
    negated = False
    future = False
    reported_by: Token | None = None
    anonymous = False
    hedged = False
    chain = _chain(trigger)
    passed_reporting = False
    passed_report_noun = False
    # past a noun that carries the event's status ("plans to visit", "reports that ..."),
    # modals and conditions above it qualify the plan or the report, not the event
    past_status_noun = False
    own_status_adjective = False  # "the planned visit", "the postponed trip"

    hypothetical_cues: list[str] = []  # every cue of a supposition, not only the first

    def add(status: Status, cue: str) -> None:
        found.setdefault(status, cue)
        if status == Status.HYPOTHETICAL:
            hypothetical_cues.append(cue.lower())

    own_negation = False  # "did not attack", "no agreements were signed" (not "refused to")
    continuing: str | None = None  # "will continue to": a future of what goes on

    # -- the trigger's own modifiers ------------------------------------------------------
    trig_children = list(kids(trigger))  # (read once: tokens are made anew on access)
    if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
           for c in trig_children):  # (_no_determiner)
        negated = True
    if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and _no_determiner(c)
                                      for c in trig_children):
        negated = True  # "signed no deal", "approved no new financing": the object negated
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "without":
        negated = True  # "left Beijing without meeting Xi"
    if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" and (
            _no_determiner(trigger.head) or trigger.head.dep_ == "dobj" and any(
                c.dep_ == "neg" for c in kids(trigger.head.head))):
        negated = True  # "has no plans to attack", "did not have any intention to invade"
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "from" and (
            trigger.head.head.lower_ in ("far", "short", "away") or any(
                c.lower_ in ("far", "away") and c.dep_ == "advmod"
                for c in kids(trigger.head.head))):
        negated = True  # "remain far from restoring contacts", "stopped short of ..."
    if trigger.pos_ == "ADJ" and _named_by_negated_verb(trigger):
        negated = True  # "did not call the move hostile": no judgement was passed
    for c in trig_children if trigger.pos_ in ("NOUN", "PROPN") else ():
        if c.dep_ not in ("amod", "compound"):
            continue
        word = c.lower_
        if cues.has("cancelled_modifiers", word):
            add(Status.CANCELLED, c.text)
            own_status_adjective = True
        elif cues.has("uncertain_modifiers", word):
            add(Status.UNCERTAIN, c.text)
        elif cues.has("planned_modifiers", word) and not _realized_by_head(trigger):
            future = True
            add(Status.PLANNED, c.text)
            own_status_adjective = True
        elif cues.has("ongoing_modifiers", word):
            add(Status.ONGOING, c.text)
        elif word == "hypothetical":
            add(Status.HYPOTHETICAL, c.text)
    for c in _own_relative_clauses(trigger):
        # (a noun that is the subject of its own predicate is told by it: "talks, which were
        # postponed last month, have been set for October")
        if trigger.dep_ not in SUBJ_DEPS and _cancelling(c, cues):
            # "the visit by Blinken that was called off in February": its own clause says
            add(Status.CANCELLED, c.text)
            own_status_adjective = True
        elif _unsettled_own(c, cues):
            add(Status.UNCERTAIN, f"not {c.text}")  # "a visit that has not been scheduled"
        elif _scheduled_own(c):
            future = True
            add(Status.PLANNED, c.text)  # "the summit in Hiroshima, which starts on Friday"
    if trigger.pos_ == "VERB":
        # "will see the king in Oslo, in a trip that is not yet scheduled": the
        # meeting told as a journey whose own clause leaves it unsettled
        for c in trig_children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during", "on"):
                continue
            for noun in kids(c):
                if noun.dep_ == "pobj" and cues.has("scheduled_nouns", noun.lemma_.lower()) \
                        and any(_unsettled_own(r, cues) for r in _own_relative_clauses(noun)):
                    add(Status.UNCERTAIN, f"{c.text} {noun.text} not settled")
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "before" and any(
            a.dep_ == "aux" and a.lower_ in cues.sets["future_auxiliaries"]
            for a in kids(trigger.head.head)):
        # "will meet Li on Tuesday before traveling to Shanghai": later still
        future = True
        add(Status.PLANNED, "before")
    if trigger.dep_ == "advcl":
        cue = _conditional_clause(trigger)
        if cue is None and trigger.tag_ in ("VB", "VBP", "VBZ") and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till") for c in trig_children):
            # "ruled out talks until Russian troops leave": the act awaited is a condition
            # of the other, not done ("fought until the rebels withdrew" is told as done);
            # the act it holds back still is
            cue = "until"
        if cue is not None:
            add(Status.HYPOTHETICAL, cue)
    going_on = _going_on(trigger if trigger.dep_ == "advcl" or trigger.dep_ != "dobj"
                         else trigger.head, cues)
    if going_on is not None:
        add(Status.ONGOING, going_on)
    lasting = _lasting_since(trigger, trig_children, cues)
    if lasting is not None:
        add(Status.ONGOING, lasting)
    journey = _journey_now(trigger, cues)
    if journey is not None:
        add(Status.ONGOING, journey)
    prospective = _prospective(trigger, chain)
    if prospective is not None:
        future = True
        add(Status.PLANNED, prospective)

    # "accepted an invitation", "signed an agreement": an act whose object plans another
    plans_object = trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and cues.has("planned_nouns", c.lemma_.lower())
        for c in trig_children)
    # "Vilnius has offered a corridor, but Kyiv has given no word on taking it up": an offer
    # is made whatever its answer (what is unsettled is the acceptance)
    plans_object = plans_object or (trigger.pos_ == "VERB" and trigger.tag_ in ("VBD", "VBN")
                                    and _lemma(trigger) in PROPOSING_VERBS)
    for depth, tok in enumerate(chain):
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "pobj") and (
                cond := _condition_of(tok)):
            add(Status.HYPOTHETICAL, cond)  # "in the event that Beijing supplies weapons"
        lemma = _lemma(tok)
        below = chain[depth - 1] if depth else None
        below_i = below.i if below is not None else -1  # (tokens are made anew on access)
        children = trig_children if depth == 0 else list(kids(tok))
        # "did not confirm", and "neither government has confirmed", "no official visited"
        # ("would not threaten or use force": the trigger joined by "or" to a negated verb
        # is negated with it, as a verb above it is)
        neg = any(c.dep_ == "neg" for c in children) or (tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in SUBJ_DEPS and _no_determiner(c) for c in children)) or (
            _shares_negation(tok, children))
        is_verb = tok.pos_ in ("VERB", "AUX")
        # reporting verbs: attribution, hedged sources, and futures below them are reported
        if depth > 0 and is_verb and (cues.has("reporting_verbs", lemma) or _makes_clear(
                lemma, children)):
            for c in children:
                if c.dep_ in SUBJ_DEPS and reported_by is None:
                    reported_by = c
                    anonymous = _is_anonymous(c)
            # "an official who spoke on condition of anonymity said ...": the source is hedged
            # by anything hanging off the reporting verb (the parser may hang the source's
            # relative clause inside the reported one: "Xi will meet Biden in San Francisco,
            # an official who spoke on condition of anonymity said")
            if _hedged([t for c in children for t in subtree(c)]):
                hedged = anonymous = True
            passed_reporting = True
        # "is said to have travelled", "it is understood that ...": no one stands behind it
        if depth > 0 and is_verb and cues.has("hedging_passives", lemma) and any(
                c.dep_ == "auxpass" for c in children) and not _plain_report(tok, children):
            add(Status.UNCERTAIN, tok.text)
        if depth > 0 and tok.pos_ in ("NOUN", "PROPN"):
            if cues.has("uncertain_nouns", lemma):
                add(Status.UNCERTAIN, tok.text)
                passed_report_noun = True
                for c in children:  # "groundless reports that ..."
                    if c.dep_ == "amod" and cues.has("false_words", c.lemma_.lower()):
                        add(Status.DENIED, c.text)
            elif cues.has("planned_nouns", lemma) and not _decided_measure(tok, below):
                future = True
                add(Status.PLANNED, tok.text)
        if passed_report_noun and below is not None and below.dep_ in SUBJ_DEPS:
            for c in children:  # "reports that ... were false"
                if c.dep_ in ("acomp", "attr", "oprd") and cues.has("false_words",
                                                                    c.lemma_.lower()):
                    add(Status.DENIED, c.text)
        if depth > 0 and below is not None and below.pos_ in ("NOUN", "PROPN") and (
                cues.has("uncertain_nouns", below.lemma_.lower())
                or cues.has("planned_nouns", below.lemma_.lower())):
            past_status_noun = True
        if depth > 0 and lemma == "be" and below is not None and below.dep_ in (
                "ccomp", "xcomp", "attr", "acomp", "advcl"):
            aim = next((c for c in children if c.dep_ in SUBJ_DEPS and c.lemma_.lower() in
                        DEMAND_NOUNS | AIM_NOUNS), None)
            if aim is not None and aim.lemma_.lower() in AIM_NOUNS:
                future = True
                add(Status.PLANNED, aim.text)  # "the goal is to reopen the consulate"
            elif aim is not None:
                add(Status.UNCERTAIN, aim.text)  # "their demand is the troops' withdrawal"
        if depth > 0 and lemma == "call" and is_verb and below is not None and \
                (below.dep_ == "prep" and below.lower_ == "for" or below.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in kids(below))):
            add(Status.UNCERTAIN, f"{tok.text} for")  # "called for Turkey to withdraw"
        if _yet_to_settle(tok) is not None:
            add(Status.UNCERTAIN, f"yet to {_yet_to_settle(tok)}")  # "is yet to be confirmed"
        if depth > 0 and lemma == "have" and is_verb and tok.tag_ != "VBD" and (
                obligation(tok) == "must"):
            # "Israel has to do more to protect civilians": bound to, not done ("had to
            # release the pilot" tells that it was done)
            add(Status.UNCERTAIN if passed_reporting else Status.HYPOTHETICAL, f"{tok.text} to")
        # climbing from a conjunct to the verb it is coordinated with, only what the two share
        # (auxiliaries, the clause above) carries over, not the other verb's own meaning: "does
        # not expect a breakthrough but wants to set up contacts", "avoid miscalculation and
        # keep lines open"
        sibling = below is not None and below.dep_ == "conj" and is_verb
        if depth == 1 and below is trigger and below.dep_ in SUBJ_DEPS and \
                _did_not_happen(tok) and (_planned_history(trigger) or cues.has(
                    "scheduled_nouns", trigger.lemma_.lower())):
            # "a meeting that had been planned for Monday did not take place", "the summit
            # will not go ahead": called off (a meeting is held on a schedule; "the attack
            # never happened" is a denial, told by whoever says so)
            add(Status.CANCELLED, "not " + " ".join(
                [tok.text] + [c.text for c in children if c.dep_ in ("dobj", "prt")
                              or c.dep_ == "advmod" and c.lower_ == "ahead"]))
        if neg and not sibling:
            if depth == 0 and cues.has("realizing_verbs", lemma) and any(
                    c.dep_ in ("dobj", "nsubjpass") and _planned_history(c) for c in children):
                add(Status.CANCELLED, f"not {tok.text}")  # "the scheduled talks were not held"
            elif depth == 0:
                negated = True
                own_negation = True
            elif _no_new_date(children):
                add(Status.CANCELLED, "no new date")  # "no new date was fixed for the summit"
            elif depth == 1 and plans_object and below is not None and below.dep_ in (
                    "ccomp", "parataxis") and cues.has("unsettled_negated_verbs", lemma):
                pass  # "Rome invited Lula to visit; no date has been set": the visit's date
            elif cues.has("unsettled_negated_verbs", lemma) or cues.has("denial_verbs", lemma):
                add(Status.UNCERTAIN, f"not {tok.text}")  # "not yet cleared", "did not deny"
            elif cues.has("expectation_verbs", lemma):
                add(Status.UNCERTAIN, f"not {tok.text}")  # "is not expected to"
            elif cues.has("doubting_verbs", lemma) and is_verb and below is not None and \
                    below.dep_ == "ccomp" and not passed_reporting:
                negated = True  # "did not think China was about to invade": no act is told
            elif depth == 1 and cues.has("planned_verbs", lemma) and below is not None \
                    and below.dep_ == "xcomp":
                negated = True  # "does not plan to visit", "did not agree to meet"
        for c in children:
            cl = c.lower_
            cd = c.dep_
            if cd == "prep" and depth <= 1 and (open_date := _date_left_open(c)):
                add(Status.UNCERTAIN, open_date)  # "will come on a date yet to be set"
            if past_status_noun and cd in ("aux", "auxpass", "mark", "advcl"):
                if cd == "advcl" and c.i != below_i and depth <= 2 and \
                        _unsettled_clause(c):
                    # "accepted an invitation to visit China, though no date has been set":
                    # the visit it plans has no date
                    add(Status.UNCERTAIN, _unsettled_clause(c) or c.text)
                continue
            if depth == 0 and cd in ("advcl", "conj") and plans_object and \
                    _unsettled_clause(c):
                continue  # the acceptance happened; the unsettled date is the visit's
            if cd == "aux" or (cd == "auxpass" and cl in cues.sets["future_auxiliaries"]):
                if cl in cues.sets["future_auxiliaries"] and depth <= 2 and \
                        cues.has("ongoing_verbs", lemma) and not _kept_by_decision(tok, cues):
                    # "will continue to work with Warsaw", "will keep supplying shells": what
                    # goes on and is said to go on (unless reported, decided below)
                    continuing = continuing or f"{c.text} {tok.text}"
                elif cl in cues.sets["future_auxiliaries"]:
                    future = True
                    add(Status.PLANNED, c.text)
                elif cl in cues.sets["hypothetical_modals"] and depth <= 3:
                    counterfactual = any(a.dep_ == "aux" and a.lower_ == "have"
                                         for a in children)
                    if cl == "would" and not counterfactual and not passed_reporting \
                            and depth <= 1 and _announced_measure(tok):
                        pass  # "announced that it would cut visas": the measure is taken
                    elif cl == "would" and not counterfactual and not passed_reporting \
                            and _reported_above(tok):
                        future = True
                        add(Status.PLANNED, c.text)
                        if reported_by is None:
                            # "said that the talks went well and that Moscow would keep
                            # working with Baku": the second "that" clause is said too
                            reported_by = _second_that_reporter(tok, cues)
                            anonymous = anonymous or (reported_by is not None
                                                      and _is_anonymous(reported_by))
                    elif cl in ("can", "must", "should") and depth > 0:
                        add(Status.UNCERTAIN, c.text)
                    elif cl == "would" and counterfactual and _given_up(tok):
                        add(Status.CANCELLED, "would have")
                    else:
                        add(Status.HYPOTHETICAL, c.text)
            elif cd == "mark" and cl in cues.sets["conditional_marks"]:
                if cl == "whether":
                    add(Status.UNCERTAIN, c.text)
                elif tok.dep_ == "advcl" and _conditional_clause(tok) is None:
                    pass  # "even if"
                else:
                    add(Status.HYPOTHETICAL, c.text)
            elif cd == "advmod":
                if cl in cues.sets["uncertain_adverbs"]:
                    add(Status.UNCERTAIN, c.text)
                elif cl in cues.sets["ongoing_adverbs"] and depth <= 2:
                    add(Status.ONGOING, c.text)
            elif (cd == "acomp" or cd == "oprd" and lemma in (
                    "seem", "look", "appear")) and c.lemma_.lower() in cues.sets[
                    "uncertain_adjectives"]:  # "now seems unlikely"
                add(Status.UNCERTAIN, c.text)
            elif cd == "prep" and cl == "according":
                source = [t for t in c.subtree]
                # "according to reports" tells, as "state media reported" does (the gold
                # sets code what it tells as told); "according to unconfirmed reports",
                # "according to speculation" hedge
                if _hedged(source) or any(
                        cues.has("uncertain_nouns", t.lemma_.lower()) and _lemma(t) != "report"
                        or cues.has("uncertain_adjectives", t.lemma_.lower())
                        for t in source):
                    hedged = anonymous = True
                    add(Status.UNCERTAIN, "according to")
            elif cd == "advcl" and c.i != below_i:
                if tok.dep_ != "ROOT" and is_verb and cues.has("reporting_verbs", lemma):
                    continue  # a condition on the saying, not on the event
                cue = _conditional_clause(c)
                if cue is not None:
                    add(Status.HYPOTHETICAL, cue)  # "If McCarthy meets Tsai, China will ..."
                elif depth <= 2 and _unsettled_clause(c):
                    # "though no dates were announced"
                    add(Status.UNCERTAIN, _unsettled_clause(c) or c.text)
            elif cd == "conj" and c.i != below_i and (depth <= 2 or _nominal_path(
                    chain[1:depth]) and _names_no_date(c)) and _unsettled_clause(c):
                # "a fresh round of negotiations is awaited, but no date was fixed"
                add(Status.UNCERTAIN, _unsettled_clause(c) or c.text)
            if c.i != below_i and depth <= 2 and cd in ("prep", "advcl", "advmod"):
                qualified = _qualifier(c)
                if qualified is not None:
                    add(*qualified)
        # an event noun that is the subject of a predicate: "talks remain suspended",
        # "the visit is still in doubt"
        if below is not None and below.dep_ in SUBJ_DEPS:
            for c in children:
                if c.dep_ not in ("acomp", "oprd", "attr", "advmod"):
                    continue
                if cues.has("cancel_verbs", c.lemma_.lower()) or cues.has(
                        "cancelled_modifiers", c.lower_):
                    add(Status.CANCELLED, c.text)
                elif cues.has("ongoing_modifiers", c.lower_):
                    add(Status.ONGOING, c.text)  # "talks are underway"
            for c in children:
                if c.dep_ == "prep":
                    status = _prep_phrase_status(c)
                    phrase = " ".join(t.text for t in c.subtree)
                    if status is not None and neg:
                        add(Status.UNCERTAIN, "not " + phrase)  # "not on the agenda"
                    elif status is not None:
                        add(status, phrase)
            # "the trip had been planned for February but was put off": the outcome told by
            # a predicate coordinated with the first
            for c in children:
                if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                        g.dep_ in SUBJ_DEPS for g in kids(c)) and _cancelling(c, cues):
                    add(Status.CANCELLED, " ".join(
                        [c.text] + [g.text for g in kids(c) if g.dep_ == "prt"]))
        if depth > 0 and tok.lemma_.lower() == "do" and tok.head.lower_ == "nothing" and \
                below is not None and below.lower_ == "with":
            add(Status.DENIED, "nothing to do with")  # "had nothing to do with the attack"
            break
        answer = below is not None and (
            depth > 1 and below.pos_ == "NOUN" and below.lemma_.lower() in ANSWER_NOUNS
            and chain[depth - 2].dep_ == "prep"
            or below.dep_ == "prep" and below.lower_ in ("in", "for") and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ANSWER_NOUNS
                for c in children))
        if answer and below is not None:
            # "denied involvement in the attack" (denied); "claimed responsibility for the
            # strike" (it happened, whoever tells it)
            if is_verb and cues.has("denial_verbs", lemma) and not neg:
                add(Status.DENIED, f"{tok.text} {below.text if below.pos_ == 'NOUN' else ''}"
                    .strip())
            break
        if depth == 0 or sibling:
            continue
        # refusing, denying and cancelling act on their objects and complements; an event in
        # a prepositional adjunct of such a verb ("suspended in protest at a visit") is not
        # what was cancelled ("barred from visiting" is)
        adjunct = below is not None and below.dep_ == "prep" and below.lower_ not in ("from",
                                                                                  "as")
        refusing = is_verb and (cues.has("refusal_verbs", lemma) or _phrase(
            lemma, children, cues.phrases["refusal_phrases"]))
        if adjunct and (refusing or cues.has("denial_verbs", lemma)
                        or cues.has("cancel_verbs", lemma)):
            continue
        if refusing:
            if depth == 1 and below is not None and below.dep_ == "xcomp":
                negated = True  # "refused to hold talks": coded as the refusal
            elif passed_reporting or any(cues.has("unsettled_negated_verbs", t.lemma_.lower())
                                         for t in chain[1:depth]):
                add(Status.UNCERTAIN, tok.text)  # "declined to confirm that ..."
            elif _refused_itself(chain[:depth]):
                # "declined the call request", "turned down an invitation for Austin to meet
                # Li", "refused to let the two hold talks": what is refused is no event (the
                # gold sets code only the refusal, 12x)
                negated = True
            else:
                add(Status.CANCELLED, tok.text)
        elif cues.has("threat_verbs", lemma) and is_verb and below is not None \
                and below.dep_ in ("xcomp", "ccomp"):
            add(Status.HYPOTHETICAL, tok.text)  # "threatened to impose sanctions"
        elif cues.has("denial_verbs", lemma) and is_verb:
            if neg:
                pass
            elif depth == 1 and _charge_tail(tok, trigger, cues):
                pass  # "accuses Kigali of arming the rebels, a charge Kigali denies"
            elif depth == 1 and below is not None and below.dep_ == "ccomp" and any(
                    c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "whatever")
                    for c in kids(below)):
                pass  # "rejected what it called baseless claims": the calling is the act
            elif below is not None and (below.dep_ in ("ccomp", "xcomp", "pcomp", "csubj")
                                        or passed_report_noun):
                add(Status.DENIED, tok.text)
            else:
                add(Status.CANCELLED, tok.text)  # "rejected a proposal for talks"
        elif cues.has("cancel_verbs", lemma) or _phrase(
                lemma, children, cues.phrases["cancel_phrases"]):
            if neg:
                add(Status.UNCERTAIN, f"not {tok.text}")  # "has not ruled out a meeting"
            else:
                add(Status.CANCELLED, tok.text)
        elif cues.has("ongoing_verbs", lemma) and depth <= 2:
            if not _kept_by_decision(tok, cues):
                add(Status.ONGOING, tok.text)
            # ("decided last week to keep their bans": the gold sets code the measure kept
            # by a decision told as done as happened, like "decided to extend")
        elif cues.has("durative_verbs", lemma) and tok.tag_ in ("VBZ", "VBP") and depth <= 2 \
                and below is not None and below.dep_ == "nsubj":
            add(Status.ONGOING, tok.text)  # "Kerry's visit runs until Wednesday"
        elif cues.has("uncertain_verbs", lemma) and is_verb:
            if lemma == "report" and (any(c.dep_ == "nsubj" for c in children)
                                      or _plain_report(tok, children)):
                pass  # "state media reported that ...": a named source tells it (an unnamed
                # one is hedged above); "it is reported that ..." tells it too (the gold
                # sets code it as told), "is reported to have" is a hedging passive
            elif below is not None and below.dep_ in ("ccomp", "xcomp") and \
                    below.pos_ == "VERB" and _done_as_asked(below):
                pass  # "demanded that Vilnius recall its envoy, which it did": done
            elif not (own_status_adjective and cues.has("deliberation_verbs", lemma)):
                add(Status.UNCERTAIN, tok.text)
        elif cues.has("planned_verbs", lemma) or cues.has("expectation_verbs", lemma) or _phrase(
                lemma, children, cues.phrases["planned_phrases"]) or _is_to(tok, below):
            if tok.tag_ == "VBD" and below is not None and below.dep_ == "xcomp" and \
                    _lemma(below) in MAINTAINING_VERBS or _decided_measure(tok, below):
                pass  # "decided last week to keep their bans": the bans go on, as decided
            elif _agreed_on(tok, below) and not any(
                    cues.has("scheduled_nouns", t.lemma_.lower()) for t in chain[:depth]):
                # (not "agreed on a date for the visit": the visit lies ahead)
                pass  # "have agreed on the annex": the agreement is reached, as told
            elif below is not None and (below.dep_ == "xcomp" or below.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids(below))) and \
                    _past_plan(tok):
                # "had been due to hold talks that evening", "had been scheduled to visit":
                # a plan told in the past perfect is one that did not go ahead
                add(Status.CANCELLED, f"had been {tok.text}")
            elif lemma in INVITING_VERBS and is_verb and below is not None and \
                    below.dep_ in ("xcomp", "advcl", "ccomp") and not _invitation_taken(tok):
                # "invited Xi to visit Nairobi", "was invited to attend": an invited journey
                # is offered, not made nor scheduled (planned once accepted or dated); it
                # lies ahead: the day of the inviting is not its day
                future = True
                add(Status.UNCERTAIN, tok.text)
            elif tok.pos_ in ("VERB", "AUX", "ADJ"):
                future = True
                add(Status.PLANNED, tok.text)
        elif tok.pos_ == "ADJ" and cues.has("uncertain_adjectives", lemma):
            add(Status.UNCERTAIN, tok.text)

    if continuing is not None:
        if passed_reporting or any(t.lower_ in cues.sets["future_time_words"]
                                   for t in chain[-1].subtree):
            # "said it would continue to supply arms" (the extractor reads the said future),
            # "will continue their talks next week" (resumed at a time ahead)
            future = True
            add(Status.PLANNED, continuing.split()[0])
        else:
            # "Berlin will continue to work with Warsaw": a commitment to what goes on,
            # stated now (an expressed intent happened; the activity goes on)
            add(Status.ONGOING, continuing)
    # "going to visit"
    if trigger.dep_ == "xcomp" and trigger.head.lower_ == "going":
        future = True
        add(Status.PLANNED, "going to")
    # progressive present: "are holding talks" (but "is visiting Beijing next week" lies ahead)
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s",
                                                                       "'re")
                                     for c in trig_children):
        if any(t.lower_ in cues.sets["future_time_words"] for t in trigger.subtree):
            future = True
            add(Status.PLANNED, "is " + trigger.text)
        else:
            add(Status.ONGOING, "is " + trigger.text)
    # infinitive complements of non-cue verbs ("sought to", "vowed to") stay unrealized, and so
    # does a headline infinitive ("Biden to meet Xi in San Francisco")
    to_inf = trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in trig_children)
    caused = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in CAUSATIVE_VERBS and (
        trigger.head.tag_ in ("VBD", "VBN") or (trigger.head.tag_ == "VBG"
                                                and trigger.head.dep_ == "advcl"))
    # "the parliament voted to ratify the accession": a motion carried enacts what it names
    caused = caused or (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in VOTING_VERBS
                        and trigger.head.tag_ == "VBD" and not _negated(trigger.head))
    # "decided on Friday to extend its ban": a measure kept in place by a past decision
    caused = caused or (trigger.dep_ == "xcomp" and _lemma(trigger) in MAINTAINING_VERBS
                        and trigger.head.tag_ == "VBD"
                        and cues.has("planned_verbs", _lemma(trigger.head))
                        or _decided_measure(trigger.head, trigger))
    if to_inf and (trigger.dep_ == "xcomp" or trigger.dep_ == "ROOT") and not found and (
            not caused):
        # ("prompted China to hold drills", "..., prompting Seoul to lodge a complaint": what
        # a past cause brought about happened)
        future = True
        add(Status.PLANNED, "to " + trigger.text)
    if future_date and not found:
        future = True
        add(Status.PLANNED, "future date")
    if _is_question(trigger, chain, sentence):
        # "Would Xi meet Biden?" asks about the event; a conditional question stays hypothetical
        if found.get(Status.HYPOTHETICAL, "").lower() in cues.sets["hypothetical_modals"]:
            del found[Status.HYPOTHETICAL]
        add(Status.UNCERTAIN, "question")
    if hedged and (not found or set(found) <= {Status.HAPPENED, Status.PLANNED,
                                               Status.ONGOING}):
        add(Status.UNCERTAIN, "anonymous source")
    if reported_by is not None and not found and reported_by.head.i < trigger.i and (
            cues.has("contested_acts", _lemma(trigger)) or _phrase(
                _lemma(trigger), trig_children, cues.phrases["contested_phrases"])) and not (
            _phrase(_lemma(trigger), trig_children, cues.phrases["uncontested_phrases"])):
        claimant = _claimed_by_other_side(trigger, reported_by, cues)
        if claimant is not None:
            add(Status.UNCERTAIN, f"claimed by {claimant}")

    if own_negation and negated and reported_by is not None and not found and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in cues.sets["hypothetical_modals"]
            | cues.sets["future_auxiliaries"] or c.dep_ == "advmod" and c.lower_ == "yet"
            for c in trig_children) and not cues.has("planned_verbs", _lemma(trigger)):
        # (not "had not yet agreed to reopen channels": not yet settled, and not a denial)
        # "Peskov said no agreements had been signed", "'We don't attack Moscow,' Zelensky
        # told reporters": a party saying an act did not take place denies it
        negated = False
        add(Status.DENIED, f"{_lemma(reported_by.head)} not")

    if reported_by is not None and Status.DENIED not in found:
        denial = _which_denied(trigger, chain, cues)
        if denial is not None:
            add(Status.DENIED, denial)  # "Moscow says Kyiv shelled the dam, which Kyiv denies"
    if Status.DENIED not in found:
        charge = _charge_denied(trigger, chain, cues)
        if charge is not None:
            add(Status.DENIED, charge)  # "accused Kenya of arming ..., a charge Nairobi denied"
    if reported_by is not None and not found.keys() & {Status.DENIED, Status.UNCERTAIN}:
        unconfirmed = _claim_unconfirmed(trigger, chain, cues)
        if unconfirmed is not None:
            add(Status.UNCERTAIN, unconfirmed)  # "..., a claim Ankara has not confirmed"

    antecedent = _antecedent_event(chain)
    if antecedent is not None and antecedent.i != trigger.i:
        # "a meeting that the EU had planned to host ... now looks uncertain": what the
        # main clause says of the meeting holds for its hosting
        told = decide(antecedent, sentence=sentence)
        if told.status in (Status.CANCELLED, Status.DENIED, Status.UNCERTAIN,
                           Status.HYPOTHETICAL) and told.cue:
            add(told.status, told.cue)

    if Status.HYPOTHETICAL in found and Status.UNCERTAIN in found and all(
            cues.has("possibility_modals", c) for c in hypothetical_cues):
        # "Kishida could visit Seoul later in the year, but no date has been set": a bare
        # "could" or "may" with nothing it depends on tells a possibility, left unsettled
        del found[Status.HYPOTHETICAL]
    if found.keys() & {Status.HYPOTHETICAL, Status.PLANNED, Status.UNCERTAIN} and not (
            found.keys() & {Status.DENIED, Status.CANCELLED}) and (
            _named_by_year(trigger) is not None):
        # "may allow the 2016 accord to expire": the deal named by its year was made then;
        # what is said of it now is another event
        return StatusDecision(Status.HAPPENED, None, negated, False, reported_by, anonymous)
    for status in PRECEDENCE:
        if status in found:
            # a cancelled or denied event is dated by the cancelling or the denial, which is
            # told in the past ("called off a planned trip on Friday": last Friday)
            if status in (Status.CANCELLED, Status.DENIED):
                future = False
            return StatusDecision(status, found[status], negated, future, reported_by,
                                  anonymous)
    return StatusDecision(Status.HAPPENED, None, negated, future, reported_by, anonymous)


def _claimed_by_other_side(trigger: Token, speaker: Token, cues: Cues) -> str | None:
    """The speaker's name when the act of force ``trigger`` is told in a clause the speaker
    leads ("Kyiv says Russian troops blew up the dam", "Moscow said the plane had been shot
    down by Ukraine") and the one who acted, named there, is of another country than the
    speaker: a claim of one side about another (:data:`contested_acts` in the cues). A side
    telling its own act ("Pakistan said it had shot down two jets", "its air force") or an
    actor the knowledge base does not place leaves the act as told."""
    verb = speaker.head
    if not cues.has("claiming_verbs", _lemma(verb)):
        return None
    # the clause the speaker leads: up from the trigger through complements and conjuncts
    tok = trigger
    for _ in range(4):
        if tok.i == verb.i:
            break
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "nsubj", "nsubjpass"):
            return None
        tok = tok.head
    else:
        return None
    if tok.i != verb.i:
        return None
    doer: Token | None = None
    for c in kids(trigger):
        if trigger.pos_ in ("VERB", "AUX") and c.dep_ == "nsubj":
            doer = c
        elif c.dep_ == "agent":
            doer = next((g for g in kids(c) if g.dep_ == "pobj"), None)
        elif trigger.pos_ in ("NOUN", "PROPN") and c.dep_ in ("amod", "poss", "compound"):
            doer = doer or c  # "Russian shelling", "Ukraine's strikes"
    if doer is None or doer.pos_ == "PRON":
        return None
    said = _actor_country(speaker)
    did = _actor_country(doer)
    if said is None or did is None or said == did:
        return None
    return speaker.text


def _actor_country(head: Token) -> str | None:
    """The country of the knowledge-base actor named by ``head`` and its modifiers before
    it ("Russian troops", "Russia's defence ministry", "Dushanbe"), or None."""
    doc = head.doc
    entries = doc._.actor_entries if doc.has_extension("actor_entries") else None
    if not entries or "actors" not in doc.spans:
        return None
    lo, hi = head.left_edge.i, head.i
    for span in doc.spans["actors"]:
        if lo <= span.start and span.end - 1 <= hi:
            found = entries.get((span.start, span.end))
            if found:
                return found[0].country
    return None


#: auxiliaries of the present perfect ("has fought", "have been held")
PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})


def _lasting_since(verb: Token, children: list[Token], cues: Cues) -> str | None:
    """'has fought the rebels since 2015', 'have pounded Gaza since the attack', 'has been
    held since July 26': an act that lasts, told in the present perfect from a starting
    point, is still going on (not 'have met three times since 2019': a meeting does not
    last; not 'had fought since', which ended before the story)."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or not cues.has("durative_acts",
                                                                 verb.lemma_.lower()):
        return None
    aux = next((c for c in children if c.dep_ == "aux" and c.lower_ in PERFECT_AUX), None)
    if aux is None:
        return None
    since = next((c for c in children if c.lower_ == "since" and c.dep_ == "prep"
                  or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                               for m in kids(c))), None)
    if since is None:
        return None
    return f"{aux.text} {verb.text} since"


def _journey_now(noun: Token, cues: Cues) -> str | None:
    """'It is the first visit to Iran by a Japanese prime minister in 41 years', 'This is his
    second trip to the region': a journey named in the present tense of "be" is under way
    (not 'It was ...', nor 'It will be Xi's first visit', which a future auxiliary plans)."""
    if noun.dep_ != "attr" or not cues.has("journey_nouns", noun.lemma_.lower()):
        return None
    be = noun.head
    if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "neg") for c in kids(be)):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in kids(be)):
        return None
    return f"{be.text} {noun.text}"


def _prospective(trigger: Token, chain: list[Token]) -> str | None:
    """The cue when an event noun is what a phrase looks ahead to: "ahead of the summit",
    "closer to a meeting", "paved the way for a visit", "a step toward talks". An event the
    phrase dates in the past ("ahead of last year's summit") is left alone."""
    cues = load_cues()
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or len(chain) < 2:
        return None
    prep = chain[1]
    if any(t.lower_ in ("last", "previous", "earlier", "ago") for t in trigger.subtree):
        return None
    if prep.lower_ in cues.sets["prospective_preps"]:
        return prep.text
    if len(chain) < 3 or prep.lower_ not in ("of", "for", "to", "toward", "towards"):
        return None
    head = chain[2]
    if prep.lower_ != "of" and not cues.has("prospective_heads", head.lemma_.lower()):
        # "paved the way for", "laid the groundwork for": the noun is the verb's object
        head = next((c for c in kids(head) if c.dep_ == "dobj"), head)
    lemma = head.lemma_.lower()
    if not cues.has("prospective_heads", lemma) or (prep.lower_ == "of") != (lemma == "ahead"):
        return None
    return f"{head.text} {prep.text}"


def _cancelling(verb: Token, cues: Cues) -> bool:
    lemma = _lemma(verb)
    particles = {c.lemma_.lower() for c in kids(verb) if c.dep_ in ("prt", "advmod", "prep")}
    return not _negated(verb) and (cues.has("cancel_verbs", lemma) or any(
        lemma == a and b in particles for a, b in cues.phrases["cancel_phrases"]))


def _prep_phrase_status(prep: Token) -> Status | None:
    """'in doubt', 'on hold', 'in the works': a predicate phrase that settles an event noun."""
    cues = load_cues()
    objs = [c for c in kids(prep) if c.dep_ == "pobj"]
    if not objs:
        return None
    key = (prep.lower_, objs[0].lemma_.lower())
    for p, noun, status in cues.phrases["predicate_phrases"]:
        if (p, noun) == key:
            return Status(status)
    return None


def _realized_by_head(noun: Token) -> bool:
    """'Blinken made his long-planned visit', 'the planned talks took place': the modifier
    tells the history of the plan, the verb says it was carried out."""
    cues = load_cues()
    head = noun.head
    return (noun.dep_ in ("dobj", "nsubj") and head.tag_ in ("VBD", "VBZ", "VBP")
            and cues.has("realizing_verbs", head.lemma_.lower())
            and not any(c.dep_ == "aux" for c in kids(head)))


def _makes_clear(lemma: str, children: list[Token]) -> bool:
    """"made (it) clear that ...": a way of saying."""
    return lemma == "make" and any(c.lower_ == "clear" and c.dep_ in (
        "ccomp", "oprd", "acomp", "dobj", "advmod", "xcomp") for c in children)


def _second_that_reporter(tok: Token, cues: Cues) -> Token | None:
    """The subject of the reporting verb of a "that" clause coordinated with the one it
    governs ("said that A and that B": B is said by the same speaker), else None."""
    if tok.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                     for c in kids(tok)):
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ != "ccomp" or not cues.has("reporting_verbs", _lemma(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ in SUBJ_DEPS), None)


def _reported_above(tok: Token) -> bool:
    """Is ``tok`` in a clause reported or agreed on by a verb above it ("said he would
    visit", "agreed that Blinken would travel")? Then "would" is the future of the past."""
    cues = load_cues()
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ in ("advcl", "relcl"):
            return False
        t = t.head
        lemma = _lemma(t)
        if any(cues.has(name, lemma) for name in ("reporting_verbs", "planned_verbs",
                                                   "expectation_verbs", "uncertain_verbs")) \
                or _makes_clear(lemma, list(kids(t))):
            return True
    return False
