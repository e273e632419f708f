"""Screening: mentions of an act that are not an event the text reports.

A trigger with a source and a target is not yet an event. Some mentions name something that
stands, or something that might happen, rather than something that happened:

* a standing measure named as what another act is about: "lodged a protest against the
  Canadian tariffs on steel", "voiced concern over Swiss export curbs", "called the embargo
  illegal" -- the tariffs, curbs and embargo are older than the story (a measure the sentence
  says is new, imposed or announced, or that has its own date, is kept);
* a generic or hypothetical act: "the pact covers armed attacks on either navy", "any
  incursion into Estonian airspace", "an attack on one member would be an attack on all";
* a meta act: "declined to comment" is no rejection (it refuses to speak, not a demand);
  "abstained in votes condemning Iran" tells of a vote, not a condemnation by whoever put
  the motion;
* an act not done or done by no one: what an invitation or a deadline asks for ("invited
  Algiers to reopen the border", "gave Mali until January to free the soldiers"), an act
  held back from ("pulled back from ending the pact"), an obligation of no side in
  particular ("no country should ..."), a danger to a value ("would threaten regional
  security"), measures told as taken where a threat was matched, a person carried ("was
  flown to New York");
* one statement told twice: a speech that refers back to a conjoined one ("called it a
  provocation and said it was unacceptable") or reports another of its root.

:func:`no_two_parties`, asked of every coded event, drops meetings at home, cooperation
between a state and its own citizens and events with a side that is a bloc named by no
member ("the West").

:func:`screened` takes a trigger the extractor is about to code, with the other triggers of
its sentence, and returns why the mention is no event (for the log), or None.

Pure functions over spaCy tokens; no knowledge base.
"""

from __future__ import annotations

from collections.abc import Sequence

import pycountry
from spacy.tokens import Span, Token

from detente.model import Event
from detente.nlp.actor_common import REGIONS
from detente.nlp.actors import BACKED_GROUP_NOUNS, SIDING_WORDS, ActorResolver, ResolvedActor
from detente.nlp.rules import ASPECT_VERBS, FORCE_ROOTS, STOP_VERBS, Trigger, evaluation_words
from detente.nlp.screen_asides import aside_screened
from detente.nlp.screen_deeds import deed_screened
from detente.nlp.screen_requests import manner_prep, request_screened
from detente.nlp.status import _actor_country, load_cues, obligation
from detente.resolve.tokens import kids, sent_of, subtree

# roots whose nouns name measures that stand once taken: posture (patrols, deployments),
# reductions of relations (sanctions, bans, tariffs, export controls), coercion
MEASURE_ROOTS = frozenset({"15", "16", "17"})
MEASURE_CODES = frozenset({"191"})  # a blockade
# words of an attitude towards something that stands: "took aim at", "voiced concern over"
ATTITUDE_WORDS = frozenset({
    "aim", "concern", "complaint", "case", "exception", "issue", "objection", "opposition",
    "criticism", "anger", "frustration", "displeasure", "dissatisfaction", "grievance",
    "protest", "challenge", "lawsuit", "suit", "petition", "grudge", "criticize",
    "criticise", "condemn", "denounce", "slam", "blast", "decry", "oppose", "contest",
    "blame", "lament", "deplore", "resent", "rail", "lash", "complain", "object", "fault",
    "question", "dispute", "sue",
})
# verbs that end or ease a measure, which therefore stood before: "ended the curbs on ...",
# "refuses to remove the ban" (the ending, or its refusal, is the event)
ENDING_VERBS = frozenset({"lift", "end", "remove", "scrap", "ease", "relax", "drop", "rescind",
                          "revoke", "repeal", "withdraw", "discontinue", "halt", "cancel",
                          "waive", "loosen", "abolish", "reverse", "suspend", "violate",
                          "breach", "defy", "flout", "evade", "circumvent", "enforce"})
# nouns of ending or leaving an agreement: "the termination of the treaty"
ENDING_NOUNS = frozenset({"termination", "suspension", "cancellation", "abrogation", "repeal",
                          "revocation", "withdrawal", "breach", "violation", "renunciation",
                          "denunciation", "scrapping", "abandonment", "collapse", "expiry",
                          "expiration", "end", "exit", "lapse"})
# verbs that leave an agreement: "withdrew from the pact", "quit the accord"
LEAVING_VERBS = frozenset({"quit", "exit", "leave", "abandon", "tear", "renounce", "pull",
                           "walk", "abrogate", "denounce", "terminate"})
# prepositions that name what an attitude or act is about ("concern over", "a complaint
# against"), not its means ("retaliated with tariffs")
TOPIC_PREPS = frozenset({"against", "over", "at", "about", "of", "on", "to", "regarding",
                         "concerning", "toward", "towards"})
# the sentence says the measure is new: "new tariffs", "the latest sanctions"
NEW_WORDS = frozenset({"new", "fresh", "latest", "additional", "further", "recent",
                       "expanded", "tougher", "tighter", "more", "extra", "renewed"})
# verbs that tell the measure was taken in this sentence: "sanctions imposed on Monday"
TAKING_VERBS = frozenset({"impose", "announce", "introduce", "adopt", "unveil", "slap",
                          "extend", "expand", "tighten", "approve", "issue", "order", "enact",
                          "declare", "launch", "levy", "put", "place", "roll", "take",
                          "begin", "start", "stage", "hold", "conduct", "carry",
                          "reimpose", "step", "raise", "hike", "add", "widen"})
# verbs whose object is a kind of act, not an act: "the treaty covers armed attacks"
KIND_VERBS = frozenset({"cover", "apply", "forbid", "prohibit", "outlaw", "ban",
                        "define", "deter", "prevent", "criminalize", "criminalise", "punish",
                        "constitute", "count", "treat", "regard"})
# "in protest at ...", "in retaliation for ...": what the act answers
REASON_NOUNS = frozenset({"protest", "response", "retaliation", "reprisal", "solidarity",
                          "revenge", "return"})
# ... and the prepositions before them: "in response to", "(read) as a response to"
REASON_PREPS = frozenset({"in", "as"})
# determiners of any act of a kind: "any attack on", "no incursion"
GENERIC_DETS = frozenset({"any", "every", "each", "no", "such"})
KIND_NOUNS = frozenset({"kind", "type", "form", "sort"})
# verbs whose refusal is to speak: "declined to comment", "refused to confirm"
SPEAKING_VERBS = frozenset({"say", "comment", "confirm", "elaborate", "specify", "disclose",
                            "discuss", "reveal", "identify", "name", "detail", "speculate"})
# ... and when declining: "declined to answer questions", "declined to respond"
ANSWERING_VERBS = frozenset({"answer", "respond", "reply"})
# "declined to give details", "refused to release figures": what is given out is words
DETAIL_GIVING_VERBS = frozenset({"give", "provide", "offer", "share", "release", "publish",
                                 "divulge", "supply", "announce"})
DETAIL_NOUNS = frozenset({"detail", "comment", "information", "figure", "specific", "timeline",
                          "name", "number", "estimate", "reason", "explanation", "breakdown",
                          "date", "timetable"})
DECLINE_VERBS = frozenset({"decline", "refuse"})
# verbs that keep someone from an act: "banned from entering", "barred her from leaving"
PROHIBITING_VERBS = frozenset({"ban", "bar", "prohibit", "prevent", "block", "stop",
                               "forbid", "keep", "deter", "restrain", "refrain", "exclude",
                               "dissuade", "discourage", "preclude"})
# what a vote is on: "abstained in votes condemning ..."
MOTION_NOUNS = frozenset({"vote", "resolution", "motion", "draft", "text", "bill"})
# rules that stand once made: "resolutions that bar ...", "laws that ban ..."
RULE_NOUNS = frozenset({"resolution", "law", "treaty", "agreement", "accord", "rule",
                        "regulation", "sanction", "decree", "pact", "convention", "charter"})
# what is done to a rule that stands: "a violation of resolutions that ..."
BREACH_WORDS = frozenset({"violation", "breach", "violate", "defy", "flout",
                          "contravene", "contravention", "defiance", "infringement"})
# the motion did not pass through this party: "abstained on", "vetoed", "voted against"
NOT_CARRIED = frozenset({"abstain", "veto", "block", "oppose", "reject", "against"})
# verbs of asking someone to act: "urged Tokyo to lift the ban" (object control)
APPEAL_VERBS = frozenset({"urge", "ask", "press", "request", "implore", "exhort", "beg",
                          "encourage", "pressure", "pressurize", "pressurise", "push",
                          "appeal", "entreat", "petition", "prod", "nudge", "lobby"})
# directives, which ask only when told to another side: "told Russia to cut its embassy
# staff", "warned Minsk not to send troops" (what one's own side is told, "instructed the
# foreign minister to give notice", is done by it)
DIRECTIVE_VERBS = frozenset({"tell", "instruct", "advise", "warn", "order", "direct"})
# words of a stance towards an act named after "to": "did not object to helping Haiti", "is
# open to holding talks", "remains opposed to sending troops"
CONSENTING_WORDS = frozenset({"object", "consent", "open", "opposed", "amenable", "averse",
                              "receptive", "resistant"})
# verbs of inviting someone to act: "invited Algiers to reopen the border"
INVITING_VERBS = frozenset({"invite"})
# naming what a thing is: "called the ban unacceptable"
NAMING_VERBS = frozenset({"call", "describe", "deem", "brand", "label", "term", "consider",
                          "see", "view", "find"})


# roots of material cooperation and aid: as the aim of another act ("arrived to join the
# training mission", "will convene a conference to mobilise aid for Moldova") they are no
# act of their own (the gold sets code the arriving or the convening, never its aim); a
# word of support or praise that a call or visit is made for ("called to congratulate")
# is said in it, and stays
AIM_ROOTS = frozenset({"06", "07"})
# how far up from the trigger its clause is looked for ("to mobilise aid", "to help rebuild
# the port")
AIM_DEPTH = 3
# acts of giving whose aim is what they give: "sent police to help keep order", "donated
# ventilators to assist Ethiopia", "earmarked funds to help Haiti" are the help itself
AID_GIVING_VERBS = frozenset({"send", "deploy", "dispatch", "deliver", "ship", "airlift",
                              "provide", "give", "supply", "donate", "lend", "loan", "earmark",
                              "allocate", "pledge", "announce", "approve", "grant", "offer",
                              "contribute", "transfer", "release", "disburse", "fund", "finance",
                              "mobilise", "mobilize", "raise", "launch", "commit", "channel",
                              "spend", "invest", "extend", "unveil", "sign"})


# acts done TO someone: a side named in their "against"/"on" phrase is the one harmed, not
# the doer a judgement of the act is aimed at ("condemned attacks on civilians in X")
HARM_NOUNS = frozenset({"attack", "attacks", "atrocity", "atrocities", "violence", "abuse",
                        "abuses", "crime", "crimes", "killing", "killings", "bombing",
                        "bombings", "shelling", "strike", "strikes", "use", "aggression",
                        "war", "wars", "campaign", "offensive", "crackdown", "persecution",
                        "repression", "harassment", "blockade", "siege", "incursion",
                        "incursions", "raid", "raids", "fighting", "conflict", "hostilities",
                        "massacre", "massacres", "assault", "assaults", "sanctions"})
# of these, a place named with "in" is where it goes on, not who wages it ("the war in X")
WAGED_IN_NOUNS = frozenset({"war", "wars", "conflict", "fighting", "hostilities", "atrocities",
                            "violence", "attacks", "killings", "massacre", "massacres"})
HARMED_PREPS = frozenset({"against", "on", "upon"})


def harmed_ranges(noun: Token) -> list[tuple[int, int]]:
    """Character ranges of the phrases of a harm noun (or of the participle or "of" phrase
    hung on it: "atrocities committed against civilians", "the use of force against X") that
    name whom the act harms or where it goes on; [] when ``noun`` is no harm noun."""
    low = noun.lower_
    if low not in HARM_NOUNS:
        return []
    hosts = [noun] + [c for c in kids(noun) if c.dep_ == "acl"] + [
        g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
        for g in kids(c) if g.dep_ == "pobj"]
    preps = HARMED_PREPS | ({"in"} if low in WAGED_IN_NOUNS else frozenset())
    out = []
    for h in hosts:
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i:
                out.append((c.idx, c.right_edge.idx + len(c.right_edge.text)))
    return out


def not_harmed(found: list[ResolvedActor], noun: Token) -> list[ResolvedActor]:
    """``found`` less the sides a harm noun names only as harmed (see harmed_ranges)."""
    spans = harmed_ranges(noun)
    if not spans:
        return found
    return [a for a in found if a.actor.start is None
            or not any(lo <= a.actor.start < hi for lo, hi in spans)]


def harmed_sides(spans: list[tuple[int, int]], r: ActorResolver, sent: Span
                 ) -> set[str | None]:
    """The countries of the actors ``sent`` names inside the character ``spans``."""
    return {a.actor.country for sp in r.spans_in(sent) for a in r.resolve(sp.root)
            if any(lo <= sp.start_char < hi for lo, hi in spans)}


SUPPOSING_MARKS = frozenset({"if", "unless"})


def _condition(clause: Token, top: Token) -> Token | None:
    """The "if" clause that ``clause``, or a clause above it up to the saying ``top``, is
    told under (or is itself), else None."""
    cur = clause
    for _ in range(6):
        # (an "if" clause the parser may take for the subject: "if they stopped there
        # would be ...")
        if cur.dep_ in ("advcl", "csubj") and any(
                m.dep_ == "mark" and m.lower_ in SUPPOSING_MARKS for m in kids(cur)):
            return cur
        cond = next((c for c in kids(cur) if c.dep_ in ("advcl", "csubj") and any(
            m.dep_ == "mark" and m.lower_ in SUPPOSING_MARKS for m in kids(c))), None)
        if cond is not None:
            return cond
        if cur.i == top.i or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _supposed_praise(speech: Token) -> Token | None:
    """"said that if the curbs ended there would be useful steps": every word of praise
    the saying reports is told of a case supposed by an "if" clause (what would follow, or
    the condition itself), not of what a side did; that clause, else None."""
    positive = evaluation_words()["positive"]
    words = [t for c in kids(speech) if c.dep_ in ("ccomp", "xcomp") and c.i > speech.i
             for t in c.subtree if t.lower_ in positive or t.lemma_.lower() in positive]
    if not words:
        return None
    found = None
    for w in words:
        clause = w
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        found = _condition(clause, speech)
        if found is None:
            return None
    return found


def screened(trig: Trigger, sent: Span, triggers: Sequence[Trigger],
             sources: Sequence[ResolvedActor] = ()) -> str | None:
    """Why the mention of ``trig`` in ``sent`` is no event the text reports, or None.

    ``triggers`` are the sentence's triggers (the acts whose object a mention may be);
    ``sources`` the sides found for it (a meeting told before is found as that event)."""
    tok, pat = trig.token, trig.pattern
    timed: list[bool] = []

    def own_time() -> bool:
        # (_own_time, asked at most once)
        if not timed:
            timed.append(_own_time(tok))
        return timed[0]

    if pat.cameo[:2] == "04" and (record := _record_of(tok, triggers)) is not None:
        return f"restated as a record ({record.text})"
    if (deed := deed_screened(trig)) is not None:
        return deed  # (nlp.screen_deeds: a deed, an ill or a course described)
    if (aside := aside_screened(trig)) is not None:
        return aside  # (nlp.screen_asides, prec28: an act told in passing)
    if pat.cameo[:3] == "128" and (charge := _charged_in_speech(tok)) is not None:
        return f"a breach one side charges another with ({charge.text})"
    if pat.pos == "NOUN" and (behest := _at_behest(tok)) is not None:
        return f"says on whose invitation another act was done ({behest.text})"
    if (request := request_screened(trig, triggers)) is not None:
        return request  # (nlp.screen_requests: a request told as another act's manner)
    if pat.cameo[:2] == "14" and pat.pos == "NOUN" and (doc := _protest_document(tok)) is not None \
            and sources and all(s.actor.sector is None for s in sources) \
            and not all(_country_named(s) for s in sources):
        # (a government's note, told as "the Kingdom" or "the country", is no demonstration
        # by its people; a government named is coded an official protest, a group's letter
        # of protest is its dissent)
        return f"the protest a diplomatic document carries, no demonstration ({doc.text})"
    if pat.cameo[:2] in AIM_ROOTS and (act := _aim_of(tok)) is not None:
        return f"the aim of another act ({act.text})"
    if pat.id.endswith("evaluative_speech") and pat.cameo[:2] == "05" and (
            cond := _supposed_praise(tok)) is not None:
        return f"praise of a supposed case ({cond.text})"
    if pat.id.endswith(SPEECH_SUFFIX) and (
            again := _judged_again(tok, pat.cameo[:2], triggers)) is not None:
        return f"the judgement told again ({again.text})"
    if pat.id.endswith(SPEECH_SUFFIX) and (
            inner := _speech_within(tok, pat.cameo[:2], triggers)) is not None:
        return f"reports a speech coded by its own verb ({inner.text})"
    if pat.pos == "NOUN" and sources and all((s.key or "").startswith("event:")
                                             for s in sources) and not own_time():
        frame = _frame_of_told(tok, triggers)
        if frame is not None:
            return f"told before ({frame.text})"
    if pat.pos == "NOUN" and tok.pos_ in ("NOUN", "PROPN"):
        if (pat.cameo[:2] in MEASURE_ROOTS or pat.cameo[:3] in MEASURE_CODES) and not (
                own_time()):
            about = _topic_of(tok, {t.token.i for t in triggers if t.token.i != tok.i}
                              | {t.obj.i for t in triggers if t.obj is not None
                                 and t.obj.i != tok.i}, ongoing=pat.cameo[:2] == "15")
            if about is not None:
                return f"standing measure ({about.text})"
        if pat.cameo[:2] == "05" and (talks := _agreement_sought(tok)) is not None:
            # (whatever time the talks have: they did not make it)
            return f"the agreement talks are about, not one made ({talks.text})"
        if pat.cameo[:2] == "05" and not own_time():
            ender = _ended(tok)
            if ender is not None:
                return f"agreement that stood ({ender.text})"
            judge = _agreement_judged(tok)
            if judge is not None:
                return f"an agreement discussed or judged, not made by its judges ({judge.text})"
        reason = _reason_for(tok) if not own_time() else None
        if reason is not None:
            return f"reason given ({reason.text})"
        if pat.cameo[:2] == "19" and (crowd := _crowd_clash(tok)) is not None:
            return f"a clash with a crowd, a riot, not fighting ({crowd.text})"
        generic = _generic(tok, pat.cameo[:2] in FORCE_ROOTS)
        if generic is not None:
            return f"generic ({generic})"
    # the act (or the object of the act, "to broker a truce") that a call asks for or an
    # effort tries to reach
    act = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "obj") and (
        tok.head.pos_ in ("VERB", "AUX")) else None
    if act is not None:
        asking = _asked_by_noun(act)
        if asking is not None:
            return f"what a call asks for ({asking.text})"
        if pat.cameo[:2] not in FORCE_ROOTS | TRYING_ROOTS and (
                effort := _attempted(act)) is not None:
            return f"the aim of an effort ({effort.text})"
    if pat.pos == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" and (
            plotter := _plotted(tok.head)) is not None:
        # "a plot to bomb a rally of the exiles": the rally is the target of the plot
        return f"the target of a deed plotted ({plotter.text})"
    if pat.pos == "VERB":
        if pat.cameo[:2] == "12" and tok.lemma_.lower() in DECLINE_VERBS and any(
                _speaking(c, tok.lemma_.lower() == "decline") for c in kids(tok)
                if c.dep_ in ("xcomp", "dobj")):
            return "declined to speak"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and (
                tok.head.head.lemma_.lower() in PROHIBITING_VERBS):
            # "is banned from entering Macao", "barred her from leaving": kept from the act
            return f"prohibited ({tok.head.head.text})"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and (
                tok.head.head.lemma_.lower() in CONSENTING_WORDS):
            # "did not object to helping Haiti", "is open to meeting Zelensky": a stance
            # on the act, which is not done by it
            return f"a stance on the act ({tok.head.head.text})"
        motion = _motion(tok)
        if motion is not None:
            return f"motion not carried ({motion.text})"
        appeal = _appealed(tok, invited=pat.cameo[:2] != "04")
        if appeal is not None:
            return f"what an appeal asks for ({appeal.text})"
        if (held := _held_back(tok)) is not None:
            return f"held back from the act ({held.text})"
        if (nobody := _nobody_bound(tok)) is not None:
            return f"no side in particular ({nobody.text})"
        if pat.cameo[:2] == "13" and (value := _danger_to_value(tok)) is not None:
            return f"a danger to a value, not a threat ({value.text})"
        demand = _demanded(tok)
        if demand is not None:
            return f"what a demand asks for ({demand.text})"
        if (bound := _bound_by_other(tok)) is not None:
            return f"what another side is told it should do ({bound.text})"
        if pat.cameo[:2] == "11" and (kind := _any_such(tok)) is not None:
            return f"opposes a kind of act ({kind.text})"
        if (fear := _feared(tok)) is not None:
            return f"another side's act foreseen ({fear.text})"
        if pat.cameo[:2] in FORCE_ROOTS and (habit := _habitual(tok)) is not None:
            return f"a habit, not an act ({habit.text})"
        if pat.cameo[:2] in FORCE_ROOTS and (bond := _figurative_blow(tok)) is not None:
            return f"a blow to a relation, not force ({bond.text})"
        if (office := _office_taken(tok)) is not None:
            return f"a return to office ({office.text})"
        if pat.cameo[:3] == "019" and (deal := _agreed_act(tok, triggers)) is not None:
            return f"an agreement on an act, not accord with a view ({deal.text})"
        if pat.cameo[:2] == "05" and (side := _stance_aside(tok)) is not None:
            return f"a stance told as an aside on a side ({side.text})"
        if pat.cameo[:3] == "100" and (act := _ordered_act(tok)) is not None:
            return f"an act ordered, told by its own noun ({act.text})"
        if (deadline := _deadline_for(tok)) is not None:
            return f"what a deadline asks for ({deadline.text})"
        if pat.cameo[:2] == "12" and (charge := _charge_rejected(tok)) is not None:
            return f"a charge denied, coded as the denial ({charge.text})"
        if pat.id == "statement.deny" and (part := part_denied(tok)) is not None:
            return f"a part in a deed denied, aimed at its accuser by nlp.speech ({part.text})"
        if pat.cameo[:2] == "03" and tok.lemma_.lower() in ACCEPTING_VERBS and (
                aid := _aid_accepted(tok)) is not None:
            return f"aid accepted, which no CAMEO code takes ({aid.text})"
        if pat.cameo[:3] == "074" and (war := _forces_in_war(tok, sent)) is not None:
            return f"forces sent against the side, not to help it ({war.text})"
        if (wish := _wanted_of_other(tok)) is not None:
            return f"what a side needs or wants another to do ({wish.text})"
        if pat.cameo[:2] == "04" and (carried := _carried(tok)) is not None:
            return f"carried, not a journey ({carried.text})"
        if pat.cameo[:2] == "13" and (taken := _measures_taken(tok)) is not None:
            return f"measures told as taken, not threatened ({taken.text})"
        if pat.cameo[:3] == "041" and (name := _named_not_called(tok)) is not None:
            return f"a name given, not a call ({name.text})"
        if pat.cameo[:2] in EXPECTED_STANCE_ROOTS and (
                expecting := _expected_of_other(tok)) is not None:
            return f"what a side expects another to do ({expecting.text})"
        if (how := _open_response(tok)) is not None:
            return f"a response left open ({how.text})"
        if pat.cameo[:2] in TELLING_ROOTS and (cut := _cut_told(tok)) is not None:
            return f"a cut of the told side's mission, coded as the cut ({cut.text})"
        if pat.cameo[:2] in GRANT_ROOTS and (curb := _cut_measure(tok)) is not None:
            return f"describes the measure that was cut ({curb.text})"
        if pat.id == "reduce.envoys_leave" and (envoy := _envoy_aside(tok)) is not None:
            return f"an envoy's leaving told as an aside ({envoy.text})"
        if pat.cameo[:2] == "13" and (deed := _aimed_at_activity(tok)) is not None:
            return f"measures against a kind of deed, no side threatened ({deed.text})"
        if pat.cameo[:3] == "161" and (people := _people_expelled(tok)) is not None:
            return f"people of a nationality expelled, not envoys ({people.text})"
        if pat.cameo[:2] == "10" and (decreed := _decreed_act(tok)) is not None:
            return f"an act decreed, no side told ({decreed.text})"
        if pat.cameo[:3] in DESCRIBED_CODES and not own_time() and (
                freed := _held_of_release(tok)) is not None:
            # (a holding given its own time, "held in Mali for a year", is told too)
            return f"describes whom a release frees ({freed.text})"
        if pat.cameo[:2] in WARNED_ROOTS and (warn := _warned_act(tok, triggers)) is not None:
            return f"the act a warning coded as a threat warns of ({warn.text})"
        if pat.cameo[:2] in FORCE_ROOTS and (backing := _backed_group_deed(tok)) is not None:
            return f"the deed of an unnamed group a side backs, not the backer's ({backing.text})"
        if pat.cameo[:2] == "05" and (group := _allied_group(tok)) is not None:
            return f"describes an armed group by whom it sides with ({group.text})"
        if pat.cameo[:2] == "19" and (crowd := _crowd_clash(tok)) is not None:
            return f"a clash with a crowd, a riot, not fighting ({crowd.text})"
        if (judge := _judged_decision(tok)) is not None:
            return f"a decision judged by a side that did not take it ({judge.text})"
        if pat.cameo[:2] in FORCE_ROOTS and (race := _election_win(tok)) is not None:
            return f"a win at the ballot box, not force ({race.text})"
        if pat.cameo[:2] in REFUSABLE_ROOTS and (both := _mutual_failure(tok)) is not None:
            return f"two sides failed to agree, neither refused ({both.text})"
        if pat.cameo[:3] == "043" and (meeting := _bloc_gathering(tok)) is not None:
            return f"a bloc's gathering hosted, not the bloc ({meeting.text})"
        if pat.cameo[:2] == "17" and (office := _office_seized(tok)) is not None:
            return f"power taken at home, not property seized ({office.text})"
        if pat.cameo[:3] == "054" and not own_time() and (
                held := _standing_recognition(tok)) is not None:
            return f"a recognition that stands, describing a side ({held.text})"
        if pat.cameo[:2] == "06" and not own_time() and (
                trader := _habitual_trade(tok)) is not None:
            return f"trade that goes on, describing a side ({trader.text})"
        if pat.cameo[:2] in ("06", "07") and not own_time() and (
                share := _trade_share(tok)) is not None:
            return f"a standing share of trade, no act ({share.text})"
        if pat.cameo[:2] == "02" and (tied := _tied_addressee(tok)) is not None:
            return f"an appeal to sides named by their tie to another ({tied.text})"
        if pat.cameo[:2] == "02" and (cond := _condition_ask(tok)) is not None:
            return f"a bare condition, nothing asked ({cond.text})"
        if pat.cameo[:2] in ENDED_ROOTS and (ender := _tie_ended(tok)) is not None:
            return f"a tie told as ending, not an act of it ({ender.text})"
        if (plot := _plotted(tok)) is not None:
            return f"a deed plotted, not done ({plot.text})"
        if (nothing := _no_sign_of(tok)) is not None:
            return f"an act nothing shows ({nothing.text})"
        if (ease := _made_possible(tok)) is not None:
            return f"an act made easier or harder, not done ({ease.text})"
        if pat.id == "appeal.call_on" and (host := _courtesy_call(tok)) is not None:
            return f"a courtesy call on a person, not an appeal ({host.text})"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not own_time() and (
                model := _likened(tok.head, taken=True)) is not None:
            return f"another's act as a model ({model.text})"  # "joined the sanctions imposed by"
    elif pat.pos == "NOUN" and tok.pos_ in ("NOUN", "PROPN") and not own_time() and (
            model := _likened(tok)) is not None:
        return f"another's act as a model ({model.text})"
    elif pat.pos == "NOUN" and pat.cameo[:2] == "14" and (
            stirrer := _instigated(tok)) is not None:
        return f"protests a side is said to stir up, not its protest ({stirrer.text})"
    elif pat.pos == "NOUN" and pat.cameo[:2] == "14" and (
            curb := _protest_curbed(tok)) is not None:
        return f"protests a measure curbs, not a protest at a side ({curb.text})"
    elif pat.pos == "NOUN" and pat.cameo[:2] == "14" and (
            speech := _rally_addressed(tok)) is not None:
        return f"the crowd a speech is made to, not a protest at a side ({speech.text})"
    return None


# documents a protest is written in: "handed him a note of protest", "a letter of protest"
PROTEST_DOCUMENTS = frozenset({"note", "letter", "cable", "memorandum", "communique",
                               "communiqué", "demarche", "démarche"})


def _protest_document(tok: Token) -> Token | None:
    """The document ``tok`` (a protest noun) is the "of" phrase of ("a note of protest",
    "letters of protest"), else None: such a protest is handed over, not staged."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    doc = prep.head
    return doc if doc.lemma_.lower() in PROTEST_DOCUMENTS else None


def _country_named(side: ResolvedActor) -> bool:
    """Whether ``side`` is a state told by its own name or its capital ("Baghdad sent")."""
    a = side.actor
    return side.kind in ("country", "metonym") and a.sector is None and a.start is not None \
        and a.country is not None and a.code == a.country


def _aim_of(tok: Token) -> Token | None:
    """The act whose purpose clause ``tok`` is in: "arrived in Niamey to join the training
    mission", "will host a conference to mobilise aid for Moldova",
    "hosted the talks to help the two sides" (a "to" infinitive that is an adverbial clause
    of the act, reached from ``tok`` through objects, conjuncts and prepositions). What an
    act is for has not happened by the act; a complement ("agreed to support", "decided to
    send aid") is no purpose, and what is given to help ("sent police to help keep order",
    "donated ventilators to assist Ethiopia") is the help itself."""
    cur = tok
    for _ in range(AIM_DEPTH + 1):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.dep_ == "advcl" and any(c.tag_ == "TO" for c in kids(cur)):
                return None if cur.head.lemma_.lower() in AID_GIVING_VERBS else cur.head
            if cur.dep_ != "conj":
                return None
        elif cur.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "compound", "amod"):
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _appealed(verb: Token, invited: bool = False) -> Token | None:
    """The appeal whose content ``verb`` is: "urged Tokyo to lift the ban", "called on Minsk
    to release the activists", "asked Washington to extradite him", and the acts nested in
    that content ("urged Washington to stop arming Taiwan", "asked Oslo to help rebuild
    ..."), or conjoined in it ("urged Kyiv to talk and to withdraw ..."). The appeal is the
    event (02x, coded from its own verb); what it asks for has not happened (gold sets never
    code it), so it is no event of its own. With ``invited`` an invitation asks too:
    "invited Tebboune to work together and to reopen the border" (the invitation is coded
    from its own verb; a journey it invites to is coded beside it, so the caller leaves
    meetings out)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX") and (
            cur.head.dep_ == "xcomp"):
        cur = cur.head  # "... to work together and to reopen the border"
    for _ in range(APPEAL_DEPTH):
        if cur.dep_ == "advcl" and cur.head.lemma_.lower() == "call" and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in kids(cur)):
            return cur.head  # "called for Moscow to withdraw": the call's content
        if cur.dep_ != "xcomp" or cur.head.pos_ not in ("VERB", "AUX"):
            return None
        head = cur.head
        lemma = head.lemma_.lower()
        if lemma in APPEAL_VERBS or (invited and lemma in INVITING_VERBS) or (
                lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                        for c in kids(head))):
            if any(c.dep_ in ("dobj", "prep", "dative") for c in kids(head)):
                return head
            return None
        if lemma in DIRECTIVE_VERBS and _told_other_side(head):
            return head
        cur = head
    return None


def _told_other_side(verb: Token) -> bool:
    """Whether the one ``verb`` directs (its object) is an actor of another country than its
    subject's: "Moldova told Russia to ...", not "Castro instructed her foreign minister to
    ..."."""
    told = next((c for c in kids(verb) if c.dep_ == "dobj"), None)
    country = _actor_country(told) if told is not None else None
    if country is None:
        return False
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    return subj is None or _actor_country(subj) != country

# orders and requests told to another side whose content cuts that side's diplomatic
# presence: "ordered Minsk to shrink its embassy staff", "asked Minsk to withdraw two
# of its diplomats" are the teller's own cut of ties (161, examples/README.md "Diplomatic
# ties"), not an appeal ("warned", "advised" only counsel)
CUT_DIRECTIVE_VERBS = frozenset({"tell", "instruct", "order", "direct", "ask", "request",
                                 "demand", "require"})
# the cutting act so told: "reduce", "cut", "close", "withdraw" ...
PRESENCE_CUT_VERBS = frozenset({"reduce", "cut", "downsize", "shrink", "trim", "halve",
                                "slash", "close", "shut", "withdraw", "recall", "limit",
                                "decrease", "pull"})
# what is cut: a mission or its people ("the staff of its embassy", "the number of its
# diplomats", "its consulate")
MISSION_WORDS = frozenset({"staff", "staffer", "diplomat", "personnel", "embassy",
                           "consulate", "legation", "envoy", "ambassador", "attache",
                           "attaché", "consul", "mission"})
MISSION_REACH = 6
#: words that make staff or personnel a force, not a mission ("military personnel")
MILITARY_MODIFIERS = frozenset({"military", "armed", "defence", "defense", "army"})


def directed_cut(tok: Token) -> Token | None:
    """The order or request whose content ``tok`` is when it cuts the diplomatic presence of
    the side told, in the teller's country: "Riga told Minsk to shrink its embassy staff",
    "Riga ordered Minsk to close its consulate". The telling is the teller's cut of ties
    with the side told (the gold sets code it 161 from the teller); "told Russia to
    cut its troops" or "told Russia not to close its embassy" cut no mission, and "told
    her foreign minister to recall the envoy" is one's own side's act (coded by itself)."""
    if tok.dep_ != "xcomp" or tok.lemma_.lower() not in PRESENCE_CUT_VERBS or any(
            c.dep_ == "neg" for c in kids(tok)):
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in CUT_DIRECTIVE_VERBS or (
            any(c.dep_ == "neg" for c in kids(head))) or not _told_other_side(head):
        return None
    obj = next((c for c in kids(tok) if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    # (the phrase's first words: "the number of its diplomats at the embassy", not a clause
    # hung on it)
    # ("the military personnel it keeps there" are troops: the request is the appeal, 020)
    if not any(t.lemma_.lower() in MISSION_WORDS and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_MODIFIERS for c in kids(t))
               or (t.lemma_.lower() == "presence" and any(
                   c.lower_ == "diplomatic" for c in kids(t)))
               for t in obj.subtree if t.i - obj.i <= MISSION_REACH):
        return None
    return head


# verbs whose "that" clause in the subjunctive is what they ask for: "demanded that Seoul
# stop the leaflets", "insists that the troops leave"
DEMANDING_VERBS = frozenset({"demand", "insist", "ask", "request", "urge", "require",
                             "propose", "recommend", "stipulate"})


# nouns of a demand whose "is that" clause is what they ask for: "the chief demand is that
# Moscow withdraw", "the condition was that Kyiv drop the claim"
DEMAND_NOUNS = frozenset({"demand", "call", "request", "condition", "precondition",
                          "insistence", "requirement", "ultimatum"})


def _demanded(verb: Token) -> Token | None:
    """The demand whose content ``verb`` is, when it is told in the subjunctive (a base form
    with a subject of its own and no auxiliary): "demanded that Seoul stop the leaflets",
    "insists that the troops leave". What is asked for has not happened (gold sets code the
    demand, 10x, never its content); "insisted that Paris would keep its embassy" tells a
    plan, and "insisted that the troops were leaving" a claim. A demand told as a noun is the
    same: "whose main demand is that Moscow withdraw" (the gold sets code the demand only),
    and so is a "that" clause on the noun: "repeated its demand that Rome lift the duties"."""
    noun = _that_clause_noun(verb)
    if noun is not None:
        return noun
    if verb.dep_ != "ccomp" or verb.tag_ != "VB" or any(
            c.dep_ in ("aux", "auxpass") for c in kids(verb)) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    head = verb.head
    if head.lemma_ == "be":
        # "the demand is that ...": the demand noun, subject of "be"
        head = next((c for c in kids(head) if c.dep_ == "nsubj"
                     and c.lemma_.lower() in DEMAND_NOUNS), head)
        return head if head.lemma_.lower() in DEMAND_NOUNS else None
    if head.pos_ != "VERB" or head.lemma_.lower() not in DEMANDING_VERBS:
        return None
    if any(t.dep_ in ("relcl", "advcl") and t.lemma_ == "do" for t in verb.subtree):
        return None  # "demanded that Vilnius withdraw its envoy, which it did in September"
    return head


#: nouns of asking whose "that" clause is what is asked: "its demand that Rome lift the duties"
_THAT_ASKING_NOUNS = DEMAND_NOUNS | frozenset({"appeal", "plea", "petition", "urging"})
#: tags of a clause told as done or doing, not asked ("the call that Kyiv made")
_TOLD_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBG"})


def _that_clause_noun(verb: Token) -> Token | None:
    """The noun of asking whose "that" clause ``verb`` is, the clause with a subject of its
    own, no auxiliary and no past or present-tense ending ("renewed its call that Oslo
    withdraw its envoy", "the condition that Kyiv drop the claim", also a second verb joined
    to the first); None for a clause told as done ("the call that Kyiv made")."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX", "NOUN"):
        cur = cur.head
    head = cur.head
    if cur.dep_ not in ("acl", "relcl") or head.pos_ != "NOUN" or (
            head.lemma_.lower() not in _THAT_ASKING_NOUNS):
        return None
    if verb.tag_ in _TOLD_TAGS or cur.tag_ in _TOLD_TAGS or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in kids(cur)) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(cur)) or any(
            c.dep_ in ("aux", "auxpass") for c in (*kids(cur), *kids(verb))):
        return None
    return head


#: subjects that take in the speaker's side too: "the two sides should keep talking"
BOTH_SIDES_WORDS = frozenset({"both", "two", "sides", "all", "each", "parties"})


def _bound_by_other(verb: Token) -> Token | None:
    """The reporting verb when ``verb`` is what the speaker says another side should or must
    do: "said Russia must withdraw its troops", "argued that Tokyo should apologise", "said
    it was Canberra that ought to pay", "insisted Minsk has to free the crew". That is an
    appeal or a demand to that side (coded from the speech, 02x/10x); what is asked has not
    happened, and the gold sets never code it (examples/README.md, "What a demand, appeal or
    refusal is about"). The speaker's own side bound ("said India should deepen ties with
    Japan") and a subject that takes in both sides are left alone."""
    clause = verb
    while clause.dep_ == "conj" and clause.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause)):
        clause = clause.head  # "should feel ashamed and (should) apologise"
    if obligation(clause) is None and clause.dep_ == "xcomp" and obligation(clause.head):
        clause = clause.head  # "has to free the crew", "needs to withdraw"
    if obligation(clause) is None:
        return None
    subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in kids(clause)):
        return None  # "should the PRC provide arms": a condition, not an obligation
    if clause.dep_ == "relcl" and clause.head.dep_ == "attr" and (
            clause.head.head.lemma_ == "be"):
        # "it was Australia that should apologise": the cleft's focus is the one bound
        subj, clause = clause.head, clause.head.head
    elif subj is not None and subj.lower_ in ("that", "who") and clause.dep_ == "ccomp" and (
            clause.head.lemma_ == "be"):
        # (the same cleft, parsed as a complement of "was")
        focus = next((c for c in kids(clause.head) if c.dep_ == "attr"), None)
        if focus is not None:
            subj, clause = focus, clause.head
    if clause.dep_ != "ccomp" or subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    speech = clause.head
    if speech.pos_ != "VERB" or not load_cues().has("reporting_verbs", speech.lemma_.lower()):
        return None
    if any(t.lower_ in BOTH_SIDES_WORDS for t in subj.subtree):
        return None
    bound = _actor_country(subj)
    if bound is None:
        return None
    speaker = next((c for c in kids(speech) if c.dep_ == "nsubj"), None)
    if speaker is not None and _actor_country(speaker) == bound:
        return None
    return speech


# "the talks came days after ...": a meeting told before, placed in time
PLACING_VERBS = frozenset({"come", "follow"})
# "Tokyo hosted a dinner after the talks": the meeting told before dates another act
ANCHOR_PREPS = frozenset({"after", "before", "since", "following"})
# roots of an attitude to a meeting told before: "Beijing condemned the meeting"
ATTITUDE_ROOTS = frozenset({"11", "12"})


def _frame_of_told(noun: Token, triggers: Sequence[Trigger]) -> Token | None:
    """How a meeting the article told before is named again, when it is named only as the
    frame of something else: the subject of "came"/"followed", the anchor of "after the
    talks", or what a disapproval is of ("condemned the visit")."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in PLACING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ in ANCHOR_PREPS:
        return head
    if noun.dep_ in ("dobj", "obj") and any(
            t.token.i == head.i and t.pattern.cameo[:2] in ATTITUDE_ROOTS for t in triggers):
        return head
    return None


def _speaking(verb: Token, declined: bool) -> bool:
    """Whether what is refused is only to speak: "to comment", "to say whether", "to give
    details", and, declined, "to answer questions" (but "refused to give up the islands" or
    "to provide aid" is a refusal)."""
    lemma = verb.lemma_.lower()
    if lemma in SPEAKING_VERBS or (declined and lemma in ANSWERING_VERBS):
        return True
    return lemma in DETAIL_GIVING_VERBS and not any(c.dep_ == "prt" for c in kids(verb)) and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DETAIL_NOUNS for c in kids(verb))


def _own_time(noun: Token) -> bool:
    """Whether the sentence gives the measure a time or a taking of its own: a date in its
    phrase, "new"/"latest", or a participle or relative clause that takes it ("imposed in
    May", "which Ottawa announced")."""
    for t in subtree(noun):
        if t.ent_type_ in ("DATE", "TIME"):
            return True
    for c in kids(noun):
        if c.dep_ in ("amod", "advmod", "compound") and c.lower_ in NEW_WORDS:
            return True
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in TAKING_VERBS:
            return True
    return False


def _topic_of(noun: Token, acts: set[int], ongoing: bool = False) -> Token | None:
    """The act or attitude the measure ``noun`` is the object or topic of, if any: up the
    chain of prepositions, conjuncts and objects (at most three steps) to another trigger of
    the sentence or a word of attitude; or the clause that judges it ("the ban is illegal",
    "called the ban unfair"). An ``ongoing`` posture (drills, patrols) that an attitude is
    about goes on as it is told ("raised concerns about Chinese patrols near Okinawa"): only
    its ending or a judgement makes it a topic."""
    cur = noun
    for _ in range(6):
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            return None
        if dep == "nsubj" and head.lemma_ == "be" and any(
                c.dep_ in ("attr", "acomp") for c in kids(head)):
            return head  # "the patrols were a provocation"
        if dep in ("dobj", "obj") and head.lemma_.lower() in NAMING_VERBS and any(
                c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")
                for c in kids(head)):
            return head  # "called the ban unacceptable"
        if dep not in ("pobj", "prep", "conj", "dobj", "obj", "appos") or (
                dep == "prep" and cur.lower_ not in TOPIC_PREPS):
            return None
        ended = head.lemma_.lower() in ENDING_VERBS or any(
            c.dep_ == "prt" and c.lower_ in ("back", "off") for c in kids(head))
        if dep in ("dobj", "obj") and head.lemma_.lower() in TAKING_VERBS and not ended:
            return None  # "imposed sanctions and tariffs": taken here
        if ended and dep in ("dobj", "obj", "pobj"):
            return head
        if not ongoing and (head.i in acts or head.lemma_.lower() in ATTITUDE_WORDS):
            return head
        if not ongoing and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("dobj", "obj") and c.i != cur.i and (
                    c.i in acts or c.lemma_.lower() in ATTITUDE_WORDS) for c in kids(head)):
            return head  # "took aim at the sanctions"
        if head.pos_ in ("VERB", "AUX") and dep in ("dobj", "obj"):
            return None  # the object of a verb that is no act ("kept the sanctions")
        cur = head
    return None


def _ended(noun: Token) -> Token | None:
    """The verb that ends, leaves or breaks the agreement ``noun``: "violated agreements on
    ...", "suspended arms deals with ...", "withdrew from the treaty". The agreement was made
    before; the ending is the event. A noun of ending counts as its verb: "ordered the
    termination of the treaty", "the suspension of the accord"."""
    cur = noun
    for _ in range(3):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ == "of" and head.pos_ == "NOUN" and (
                head.lemma_.lower() in ENDING_NOUNS):
            return head
        if cur.dep_ in ("dobj", "obj", "pobj") and head.pos_ in ("VERB", "AUX") and (
                head.lemma_.lower() in ENDING_VERBS | LEAVING_VERBS):
            return head
        if cur.dep_ not in ("conj", "pobj", "prep") or (
                cur.dep_ == "prep" and cur.lower_ not in ("from", "of", "out")):
            return None
        cur = head
    return None


def _reason_for(noun: Token) -> Token | None:
    """The phrase that gives ``noun`` as the reason of another act: "citing Oslo's refusal",
    "in protest at a visit to Taipei by ...", "in retaliation for the raid", "a step read as a
    response to U.S. curbs on chips". A reason is
    told as known; the act done for it is the news."""
    cur = noun
    for _ in range(5):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("dobj", "obj") and head.lemma_.lower() == "cite":
            return head
        if cur.i != noun.i and cur.lemma_.lower() in REASON_NOUNS and cur.dep_ == "pobj" and (
                head.lower_ in REASON_PREPS):
            return cur
        if cur.dep_ not in ("conj", "pobj", "prep"):
            return None
        cur = head
    return None


def _generic(noun: Token, force: bool) -> str | None:
    """Why ``noun`` names a kind of act rather than one act: "any attack", the object of
    "covers", the subject of a supposition ("an attack ... would trigger": for ``force``
    only, as "a visit could take place" may be planned)."""
    det = next((c for c in kids(noun) if c.dep_ in ("det", "predet")), None)
    if det is not None and det.lower_ in GENERIC_DETS:
        return det.text
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            kind := noun.head.head).lemma_.lower() in KIND_NOUNS and any(
            c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in kids(kind)):
        return kind.text  # "any kind of attack"
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in KIND_VERBS:
        return head.text
    if not force or not (det is None or det.lower_ in ("a", "an")):
        return None
    if noun.dep_ == "nsubj" and _supposed(head):
        return head.text
    left = noun.left_edge
    if left.i > 0 and left.nbor(-1).lower_ == "that":
        # "reaffirmed that an armed attack on ... would invoke": the parser often hangs a
        # long subject on the verb before "that"; the verb with a modal and no subject of
        # its own after the phrase is its verb
        verb = next((t for t in noun.doc[noun.right_edge.i + 1: sent_of(noun).end]
                     if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
        if verb is not None and _supposed(verb) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            return verb.text
    return None


def _supposed(verb: Token) -> bool:
    """Whether ``verb`` is only supposed: "would invoke", "could trigger"."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
               for c in kids(verb))


def _motion(verb: Token) -> Token | None:
    """The motion or rule an act is the content of, when the sentence tells no one acting
    through it now: a party that did not carry it ("abstained in votes condemning ...",
    "vetoed a resolution demanding ..."), or a rule that stands and is broken ("a
    violation of resolutions that bar Pyongyang from ..."; but "under the deal brokered by
    Qatar" tells the brokering)."""
    if verb.dep_ not in ("acl", "relcl"):
        return None
    motion = verb.head
    noun = motion.lemma_.lower()
    if noun not in MOTION_NOUNS | RULE_NOUNS:
        return None
    up = motion.head
    while motion.dep_ == "conj" and up.i != motion.i:
        motion, up = up, up.head
    if motion.dep_ == "pobj":
        if up.lower_ == "against" and noun in MOTION_NOUNS:
            return motion
        up = up.head
    lemma = up.lemma_.lower()
    if lemma in NOT_CARRIED and noun in MOTION_NOUNS:
        return motion
    if lemma in BREACH_WORDS:
        return motion
    return None


# how many open complements an act may lie below the appeal it is the content of ("urged X
# to stop arming Y": two)
APPEAL_DEPTH = 3
# words that make a meeting a record: "the first visit to Japan by a Korean leader in 12
# years", "the first congressional delegation to visit China since 2019"
RECORD_WORDS = frozenset({"first", "maiden"})


def _record_of(tok: Token, triggers: Sequence[Trigger]) -> Token | None:
    """The record word when the meeting ``tok`` is told as a record of the meeting the
    clause before it tells ("Ruto received Samia in Nairobi on Friday, the Tanzanian
    leader's first trip to Kenya since 2019"; "... met Xi on the 9th, the first
    congressional delegation to visit China since 2019"): the same meeting told twice, the
    second time with the date of the last one ("since 2019"). Only a phrase set off by a
    comma or a dash, as an apposition is ("greeted the chancellor in Stockholm for her first
    trip to Sweden" tells the visit the greeting is part of; "ahead of the first meeting of
    the council" another meeting), right after a clause whose last verb is a meeting trigger
    ("..., and the Ghanaian minister came two days after, the first such trip in a decade"
    is the one telling of his visit; "It is Kim's first trip abroad" alone is the one
    mention)."""
    found = _record_word(tok)
    if found is None or not _set_off(found[1]):
        return None
    left = found[1].left_edge
    verb = next((t for t in reversed(left.doc[sent_of(left).start:left.i]) if t.pos_ == "VERB"),
                None)
    if verb is not None and any(t.token.i == verb.i and t.pattern.cameo[:2] == "04"
                                for t in triggers):
        return found[0]
    return None


def _record_word(tok: Token) -> tuple[Token, Token] | None:
    """The record word ("first") and the noun it makes a record of ``tok``: the meeting noun
    itself ("the first visit") or the noun a meeting verb describes ("the first delegation
    to visit"), or None."""
    noun = tok
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in (
            "NOUN", "PROPN"):
        noun = tok.head
    elif tok.pos_ not in ("NOUN", "PROPN"):
        return None
    record = next((c for c in kids(noun) if c.dep_ in ("amod", "advmod")
                   and c.lower_ in RECORD_WORDS), None)
    return None if record is None else (record, noun)


def _set_off(noun: Token) -> bool:
    """Whether the phrase of ``noun`` follows a comma or a dash (an apposition)."""
    first = noun.left_edge
    return first.i > 0 and first.nbor(-1).text in SET_OFF


# what sets off an apposition
SET_OFF = frozenset({",", "\uff0c", "-", "--", "\u2013", "\u2014", "("})


# sides that are a country's own people or the country itself, not a party that meets it
_HOME_SIDES = frozenset({None, "CVL"})


def home_meeting(ev: Event) -> bool:
    """Whether ``ev`` is a meeting or journey (04) between a country's own people and the
    country itself: "people who arrive in the United Kingdom", "116 people arrived in
    Kyrgyzstan". A meeting needs two parties; talks between a government and its rebels or
    opposition, or between the rebels and "other Afghans", are kept."""
    s, t = ev.source, ev.target
    return (ev.root == "04" and s is not None and t is not None and s.country is not None
            and s.country == t.country and s.sector in _HOME_SIDES
            and t.sector in _HOME_SIDES)


def no_two_parties(ev: Event) -> bool:
    """Whether a coded event lacks two parties the data can hold: a meeting at home
    (:func:`home_meeting`), a cooperative act between a country and its own citizens
    (:func:`home_cooperation`), a side that is a bloc named by no member
    (:func:`unnamed_group`) or one unnamed member of a bloc (:func:`one_member`). The
    extractor asks it of every event."""
    return home_meeting(ev) or home_cooperation(ev) or unnamed_group(ev) or format_venue(ev) or (
        one_member(ev)) or document_title(ev)


# words that, right after a body's or a country's name, make the name part of a document's
# title: "the UN Convention on the Law of the Sea", "the UN Charter"
DOCUMENT_TITLE_WORDS = frozenset({"Convention", "Charter", "Covenant", "Declaration",
                                  "Protocol", "Statute"})
# roots of speech, where a document cited is what is spoken of; a document signed, ratified or
# left (05x, 16x) is the body's own ("ratify the OAS Charter": the OAS is a side)
DOCUMENT_SPEECH_ROOTS = frozenset({"01", "02", "10", "11", "12"})


def document_title(ev: Event) -> bool:
    """Whether a side of ``ev`` is only the first words of a document's title: "said that rows
    at sea must be settled under the UN Convention on the Law of the Sea" -- the convention
    is a text, no party the appeal is made to ("appealed to the United Nations" and "the UN's
    convention" are kept). Only speech roots: "must ratify the OAS Charter again" joins the
    body."""
    evidence = getattr(ev, "evidence", None)
    if ev.root not in DOCUMENT_SPEECH_ROOTS or evidence is None:
        return False
    ev_start, sent = evidence.start, evidence.sentence
    for side in (ev.source, ev.target):
        end = getattr(side, "end", None)
        if end is None or not ev_start <= end <= ev_start + len(sent):
            continue
        after = sent[end - ev_start:].lstrip(" ")
        word = after.split(" ", 1)[0].rstrip(",.;:")
        if word in DOCUMENT_TITLE_WORDS:
            return True
    return False


# groupings that are a format of summits with no body of their own to act: their meetings
# are where the members meet, not a party they meet
SUMMIT_FORMATS = frozenset({"G7", "G20", "BRICS", "QUAD", "G77", "EAS"})
# roots of meeting and of intending to (a meeting asked, hosted, or a commitment to it)
VENUE_ROOTS = frozenset({"03", "04"})


def format_venue(ev: Event) -> bool:
    """Whether a side of the meeting or intent ``ev`` is a summit format: "a G20 ministerial
    that Brazil hosts", "met on the sidelines of the G7 summit", "reaffirmed their commitment
    to the Quad" -- the format is the venue of its members' meetings, no party that meets
    anyone (what it says or does as one, "the G7 condemned", is kept)."""
    s, t = ev.source, ev.target
    if s is not None and s.country in SUMMIT_FORMATS and ev.root in VENUE_ROOTS:
        return True
    # (its members met as one, "convened the leaders of the G7", are kept: the sentences
    # after may say what "they" did)
    return t is not None and t.country in SUMMIT_FORMATS and (
        ev.root == "03" or ev.cameo[:3] == "043")


def unnamed_group(ev: Event) -> bool:
    """Whether a side of ``ev`` is a region or a bloc named by no member: "the West",
    "Western governments", "European capitals" (``REGIONS``: WST, EUR, ...). Like the
    unnamed "about 40 countries" of a gathering, such a group is no party the event data
    can place (no country, no organisation); the caller drops the event with the meetings
    at home. A bloc whose members the sentence names is resolved to them before this."""
    return any(side is not None and side.country in REGIONS
               for side in (ev.source, ev.target))


# roots of cooperation, verbal and material (public statements, appeals, intents, meetings,
# diplomatic and material cooperation, aid, yielding)
COOPERATION_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def home_cooperation(ev: Event) -> bool:
    """Whether ``ev`` is a cooperative act (roots 01-08) between a country and its own
    citizens: "was in contact with Tehran to secure the release of its 18 nationals" asks
    Iran, not the sailors; a state that helps, thanks or frees its own people deals with no
    other party (a state's conflict with its own people, protests and crackdowns, is coded;
    so are its dealings with rebels and the opposition)."""
    s, t = ev.source, ev.target
    return (ev.root in COOPERATION_ROOTS and s is not None and t is not None
            and s.country is not None and s.country == t.country
            and "CVL" in (s.sector, t.sector))


# nouns of asking whose "for X to" infinitive is what they ask for: "renewed the EU's call
# for Belgrade to recognise Pristina", "a demand for Minsk to free the pilots"
ASKING_NOUNS = frozenset({"call", "appeal", "demand", "request", "plea", "ultimatum",
                          "petition", "insistence", "urging", "pressure", "push", "deadline"})


def _asked_by_noun(verb: Token) -> Token | None:
    """The noun of asking whose content ``verb`` is: "restated the appeal of the AU for
    Kigali to pull its troops back ... and to stop arming the rebels", "repeated their
    demand for Moscow to pull back". As with "urged X to" (:func:`_appealed`), the asking is
    the event and what it asks for has not happened."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head  # "... to pull its troops back and to stop arming the rebels"
    if cur.dep_ not in ("acl", "advcl", "relcl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in kids(cur)):
        return None
    head = cur.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in ASKING_NOUNS:
        return head
    if cur.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in kids(cur)):
        # "repeated its call for Israel to allow ...": the parser hangs the "for" clause on
        # the verb whose object the noun of asking is
        return next((c for c in kids(head) if c.dep_ in ("dobj", "obj") and c.i < cur.i
                     and c.lemma_.lower() in ASKING_NOUNS), None)
    return None


# roots whose trying is the act: "efforts to broker a truce" are the mediation (045),
# "an attempt to kill" the attack
TRYING_ROOTS = frozenset({"04"})
# nouns of trying whose "to" infinitive is an aim not yet reached: "efforts to secure the
# release", "a bid to host the games", "an attempt to win their release"
EFFORT_NOUNS = frozenset({"effort", "bid", "attempt", "drive", "campaign", "endeavour",
                          "endeavor", "quest", "struggle", "scramble"})


def _attempted(verb: Token) -> Token | None:
    """The noun of trying whose aim ``verb`` is: "discussed the efforts under way to secure
    the release of the hostages", "backed Ankara's bid to host the talks". What an effort is
    for has not happened by the effort (the caller leaves acts whose trying is the act
    alone: "an attempt to kill" is the attack, "efforts to broker a truce" the mediation)."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(verb)):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in EFFORT_NOUNS:
        return head
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        # "discussed the efforts underway to secure": the parser hangs the infinitive on
        # the verb whose object (with at most one word after it) the noun of trying is
        return next((c for c in kids(head) if c.dep_ in ("dobj", "obj")
                     and c.lemma_.lower() in EFFORT_NOUNS and verb.i - 2 <= c.right_edge.i
                     < verb.i), None)
    return None


# determiners of any act of a kind that an attitude is to: "opposes any interference"
ANY_DETS = frozenset({"any", "all", "every"})
# prepositions that name who does an act: "attempts by", "exchanges between"
AGENT_PREPS = frozenset({"by", "between", "from", "of"})


def _any_such(verb: Token) -> Token | None:
    """The object of the disapproval ``verb`` when it is any act of a kind that no party is
    named as doing: "rejects any meddling in Nepal's affairs", "opposed any bid by foreign
    powers to stir up unrest" -- a stand of principle, not a disapproval of someone
    ("opposes any form of exchanges between Washington and Taipei" names who would do it,
    and is one; "condemned all three countries" is of the countries)."""
    for c in kids(verb):
        obj = c if c.dep_ in ("dobj", "obj") else next(
            (g for g in kids(c) if g.dep_ == "pobj"), None) if c.dep_ == "prep" and (
            c.lower_ in TOPIC_PREPS) else None
        if obj is None:
            continue
        det = next((d for d in kids(obj) if d.dep_ in ("det", "predet")
                    and d.lower_ in ANY_DETS), None)
        if det is None or (det.lower_ == "all" and obj.lemma_.lower() not in KIND_NOUNS) or (
                any(d.dep_ == "nummod" for d in kids(obj))) or (
                _actor_country(obj) is not None):
            continue  # "all" only of a kind ("all forms of"), never of the sides named
        if any(_actor_country(t) is not None for t in obj.subtree if (
                t.dep_ in ("poss", "amod", "compound") and t.head.i == obj.i) or (
                t.dep_ in ("pobj", "conj") and t.head.lower_ in AGENT_PREPS
                and (t.pos_ == "PROPN" or t.ent_type_))):
            return None  # a side named as the doer ("of Europe's cables" names what is hit)
        return obj
    return None


# verbs and nouns of foreseeing another's act: "warned that Moscow would target ...",
# "raised fears that Beijing could retaliate"
FORESEEING_VERBS = frozenset({"fear", "warn", "worry", "caution", "predict", "speculate",
                              "suspect", "forecast"})
# (not "possibility", "prospect" or "speculation": what is possible is told as uncertain,
# "raised the possibility that Xi could attend")
FORESEEING_NOUNS = frozenset({"fear", "worry", "concern", "risk", "danger", "warning",
                              "anxiety", "alarm"})
# the modals of a foreseen act
FORESEEN_MODALS = frozenset({"could", "might", "may", "would"})


def _feared(verb: Token) -> Token | None:
    """The word of foreseeing whose content ``verb`` is, when the content tells with a modal
    what another side could or would do: "the statement raised fears that Moscow could target
    merchant ships", "officials, who had warned that Moscow would again target the grid". A
    fear is no report of an act; a side that foresees its own act ("Trump warned that the
    United States would hit 52 sites", "warned that it could cut supplies") threatens, and
    that stays."""
    if not any(c.dep_ == "aux" and c.lower_ in FORESEEN_MODALS for c in kids(verb)):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in FORESEEING_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in kids(verb)):
        speaker = None
    elif verb.dep_ == "ccomp" and head.lemma_.lower() in FORESEEING_VERBS:
        speaker = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
            speaker = head.head  # "officials, who had warned that ..."
        if speaker is None or speaker.pos_ == "PRON":
            return None
    else:
        return None
    doer = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON":
        return None
    did = _actor_country(doer)
    if did is None:
        return None
    if speaker is not None and _actor_country(speaker) in (did, None):
        # a warning by someone the knowledge base does not place may be the doer's own
        # threat ("Peskov warned that Russia would respond"), and what analysts fear a side
        # could do is told as possible, as "analysts say it could" is
        return None
    return head


# adverbs of a habit: "has repeatedly attacked border posts"
HABIT_ADVERBS = frozenset({"repeatedly", "routinely", "regularly", "frequently", "often",
                           "constantly", "persistently", "systematically", "habitually",
                           "continually"})


def _habitual(verb: Token) -> Token | None:
    """The adverb when the act of force ``verb`` is told as a habit in the present perfect
    with no time of its own: "an armed group that has often raided police posts on the
    border", "says Kyiv has repeatedly shelled the plant" -- what a side is known for,
    not one attack the story reports ("has repeatedly shelled the town since Monday" has
    its time, and is kept)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                      for c in kids(verb)):
        return None
    adv = next((c for c in kids(verb) if c.dep_ == "advmod"
                and c.lower_ in HABIT_ADVERBS), None)
    if adv is None or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    if any(c.lower_ == "since" and c.dep_ in ("advmod", "prep") for c in kids(verb)):
        return None  # "have since struck the port repeatedly": attacks after a told time
    return adv


# what force is done to only in a figure of speech: "to destroy relations", "sabotaged the
# peace process", "attacked the decision", "killed hopes of a deal"
ABSTRACT_OBJECTS = frozenset({"relation", "relations", "relationship", "tie", "ties", "trust",
                              "confidence", "dialogue", "friendship", "partnership",
                              "cooperation", "process", "hope", "hopes", "chance", "chances",
                              "prospect", "prospects", "goodwill", "credibility", "reputation",
                              "unity", "consensus", "decision", "policy", "idea", "proposal",
                              "plan", "effort", "efforts", "stability", "order"})


def _figurative_blow(verb: Token) -> Token | None:
    """The object when an act of force ``verb`` is done to a relation, a process or an idea
    ("a step to destroy relations", "sabotaged the peace process", "attacked the plan"):
    words about a relationship, no violence (CAMEO 17-20 need a physical target)."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lower_ not in ABSTRACT_OBJECTS:
        return None
    return obj


# nouns of a charge against the one who rejects it (not "claims": claims to land are rejected)
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "insinuation"})


def _charge_rejected(verb: Token) -> Token | None:
    """The charge when the rejection ``verb`` rejects an accusation: "a charge Kigali has
    rejected", "Minsk rejected the allegations". Denying a charge is the denial (016, coded
    by nlp.speech from the same words, examples/README.md "Charges denied"), not a second
    rejection (12x) of the accuser; one rejected as false or absurd is refined by the
    extractor and left alone here."""
    if any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as")
           for c in kids(verb)):
        return None
    # "a charge Kigali has rejected", "an accusation rejected by Mogadishu", "an allegation
    # that UN investigators support and Moscow denies" (the clause conjoined to another on it)
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "relcl") else verb
    if clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in CHARGE_NOUNS:
        return clause.head
    for c in kids(verb):
        if c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS:
            return c
        if c.dep_ == "nsubj":
            # "..., a charge Kigali has rejected", parsed with the charge as the subject
            # (the denier its apposition) or as a compound of the denier's name
            for noun in (c, *(g for g in kids(c) if g.dep_ == "compound")):
                if noun.lemma_.lower() in CHARGE_NOUNS and any(
                        d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids(noun)):
                    return noun
    return None


# a side's part in a deed, which it may deny ("denied any role in the attack"); the same
# words as nlp.speech's _ROLE_NOUNS
PART_NOUNS = frozenset({"responsibility", "involvement", "role", "part", "hand", "complicity",
                        "participation", "link", "links"})


def part_denied(verb: Token) -> Token | None:
    """The part when ``verb`` denies the denier's own part in a deed: "Tehran denied any role
    in the attack on Saudi Arabia", "denied involvement in the strike on Ukraine". The side
    the deed was done to is no accuser: the denial (016) goes to the side that brought the
    charge, which nlp.speech (_role_denied) finds in the article; with none, only the deed is
    coded, ``denied`` (examples/README.md "Charges denied")."""
    return next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")
                 and c.lemma_.lower() in PART_NOUNS), None)


# verbs by which a side takes what another gives or offers
ACCEPTING_VERBS = frozenset({"accept", "take"})
# what is given as help: "accepted aid from Greece", "accepted offers of help"
HELP_NOUNS = frozenset({"help", "aid", "assistance", "relief", "donation", "donations",
                        "supplies", "rescuer", "rescuers", "rescue", "humanitarian"})
# what a side offers: "accepted Egypt's offer to help", "accepted pledges of assistance"
OFFER_NOUNS = frozenset({"offer", "proposal", "pledge"})
HELP_VERBS = frozenset({"help", "assist", "aid"})


def _aid_accepted(verb: Token) -> Token | None:
    """The help a side is told accepting: "accepted aid from Greece", "accepted offers of
    help from Spain and Qatar", "accepted Egypt's offer to help". Taking aid or an offer of it
    is no intent to cooperate (030): CAMEO has no code for accepting aid (the offer is 033,
    the aid sent 07x, each coded from its own words), and the gold sets leave it uncoded."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is None:
        return None
    word = obj.lemma_.lower()
    if word in HELP_NOUNS:
        return obj
    if word not in OFFER_NOUNS:
        return None
    for c in kids(obj):
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in HELP_NOUNS for g in kids(c)):
            return obj
        if c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in HELP_VERBS:
            return obj
    return None


# words of a war waged on the side troops are sent to: "sent troops to Ukraine, starting
# the war", "sent soldiers into Georgia in its invasion"
WAR_WORDS = frozenset({"war", "invasion", "invade", "aggression", "occupation", "occupy",
                       "annex", "annexation", "annexe", "incursion", "conquer", "conquest"})
# words of help, which keep the forces sent as aid: "to help Kyiv in its war", "at the
# request of", "to defend it against an invasion"
HELPING_WORDS = frozenset({"help", "assist", "aid", "support", "back", "bolster", "request",
                           "invitation", "invite", "ask", "protect", "defend", "defence",
                           "defense", "peacekeeping", "peacekeeper", "peacekeepers", "repel",
                           "against", "alongside", "ally", "allied", "train", "training",
                           "deter", "deterrence", "deterrent", "reassure", "reinforce"})


def _forces_in_war(verb: Token, sent: Span) -> Token | None:
    """The war word when forces sent to a state go there to wage war on it: "Russia sent
    troops to Ukraine, launching a full-scale invasion", "Moscow sent troops into Georgia in
    the 2008 war". Forces sent as help (074) are sent to a side that wants them; a sentence
    with no word of help (asked for, to defend, alongside, against a third side) and a word
    of war or invasion tells an attack, not aid."""
    war: Token | None = None
    for t in sent:
        word = t.lemma_.lower()
        if word in HELPING_WORDS or t.lower_ in HELPING_WORDS:
            return None
        if war is None and (word in WAR_WORDS or t.lower_ in WAR_WORDS) and t.i != verb.i:
            war = t
    return war


# roots of force between two sides (coerce, assault, fight, mass violence)
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})


def forces_sent_to_foe(trig: Trigger, sent: Span, sources: Sequence[ResolvedActor],
                       targets: Sequence[ResolvedActor], record: Sequence[Event]) -> bool:
    """Whether forces told sent to a state (074) go to a side the sender's country was told
    using force against (or suffering it from) earlier in the article: "Russian missiles hit
    Kharkiv ... Moscow sent more troops to Ukraine" is the war, not aid. A sentence with a word
    of help (asked for, to defend, to deter) keeps the aid."""
    if trig.pattern.cameo[:3] != "074" or not sources or not targets:
        return False
    own = {s.actor.country for s in sources} - {None}
    other = {t.actor.country for t in targets} - {None}
    if not own or not other:
        return False
    if not any(ev.root in HOSTILE_ROOTS and ev.source is not None and ev.target is not None
               and ({ev.source.country, ev.target.country} & own)
               and ({ev.source.country, ev.target.country} & other)
               and ev.evidence.start < sent.start_char for ev in record):
        return False
    return not any(t.lemma_.lower() in HELPING_WORDS or t.lower_ in HELPING_WORDS
                   for t in sent)


# verbs that take another's act as a model or a likeness: "asked to join South Africa's
# case", "likened Israel's siege of Gaza to ...", "align with the bloc's sanctions"
MODEL_VERBS = frozenset({"liken", "compare", "join", "align", "emulate", "mirror", "copy",
                         "match", "echo", "equate"})


def _likened(noun: Token, taken: bool = False) -> Token | None:
    """The verb that takes the act ``noun``, named as someone's ("Brazil's case", "the
    sanctions imposed by ...", or ``taken`` by the participle that is the trigger), as what
    the subject joins, copies or compares with: the act stood before the story, and the
    joining or the likening is what it tells."""
    if not taken and not any(c.dep_ == "poss" or (c.dep_ == "acl" and c.tag_ == "VBN")
                             for c in kids(noun)):
        return None
    cur = noun
    for _ in range(2):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("dobj", "obj") and head.lemma_.lower() in MODEL_VERBS:
            return head
        if cur.dep_ == "pobj" and head.lower_ in ("with", "to") and (
                head.head.lemma_.lower() in MODEL_VERBS):
            return head.head
        if cur.dep_ != "conj":
            return None
        cur = head
    return None


# offices one returns to: "returned to the presidency in 2007", "came back to power"
OFFICE_NOUNS = frozenset({"power", "presidency", "office", "premiership", "throne",
                          "politics", "leadership", "chancellorship"})


def _office_taken(verb: Token) -> Token | None:
    """The office when ``verb`` tells a return to it: "Ortega returned to the presidency",
    "came back to power in 2014" -- a career at home, not a return of people or property to
    another side (0842)."""
    if verb.lemma_.lower() not in ("return", "come", "get") or any(
            c.dep_ in ("dobj", "obj") for c in kids(verb)):
        return None  # ("returned the statues to the Greek government": a thing handed back)
    # ("came back to power": the parser may hang "to" on "back")
    for c in [*kids(verb), *(g for b in kids(verb) if b.lower_ == "back"
                                for g in kids(b))]:
        if c.dep_ == "prep" and c.lower_ == "to":
            office = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if office is not None and office.lemma_.lower() in OFFICE_NOUNS:
                return office
    return None


# verbs and the adverbs with them that tell an act was held back: "pulled back from ending the
# pact", "backed away from imposing tariffs", "stopped short of recognising", "held off on"
HOLDING_VERBS = frozenset({"pull", "back", "step", "draw", "shy", "stop", "hold", "steer",
                           "stay", "walk"})
HOLDING_ADVS = frozenset({"back", "away", "short", "off", "clear"})
HOLDING_PREPS = frozenset({"from", "of", "on"})


def _held_back(verb: Token) -> Token | None:
    """The verb by which a side held back from the act ``verb``: "Seoul pulled back from
    ending the pact", "Washington backed away from imposing tariffs", "stopped short of
    recognising the government", "held off on sending troops". The act was not done; what
    was done instead (a reversal, 08x) is coded by its own words, if at all."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in HOLDING_PREPS:
        return None
    up = verb.head.head
    if up.lower_ in HOLDING_ADVS and up.head.i != up.i:
        # "pulled back from": the parser hangs the preposition on the adverb
        up = up.head
    if up.pos_ not in ("VERB", "AUX") or up.lemma_.lower() not in HOLDING_VERBS:
        return None
    if any(c.dep_ in ("prt", "advmod", "acomp") and c.lower_ in HOLDING_ADVS
           for c in kids(up)):
        return up
    return None


# determiners of a subject that is no one in particular: "no country should give ...",
# "any state that ..."
NOBODY_DETS = frozenset({"no", "any"})
NOBODY_WORDS = frozenset({"nobody", "anybody", "anyone", "none"})
# the modals of an obligation a speech reports: "saying no country should give Putin ..."
BOUND_MODALS = frozenset({"should", "must", "ought", "shall"})


def _nobody(subj: Token) -> bool:
    """Whether ``subj`` is no one in particular: "no country", "any government", "nobody"
    (not "no one of the three"; a side named in it, "no Russian official", is someone)."""
    if subj.lower_ in NOBODY_WORDS:
        return True
    if not any(c.dep_ == "det" and c.lower_ in NOBODY_DETS for c in kids(subj)):
        return False
    return _actor_country(subj) is None and not any(
        c.dep_ in ("amod", "compound", "poss") and _actor_country(c) is not None
        for c in kids(subj))


def _nobody_bound(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the obligation a speech ``verb`` reports, when it is no
    one in particular: "saying no country should give Putin a platform", "any state that
    ...". A rule for everyone names no side the act is done by, nor one it is asked of."""
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and _nobody(subj):
        return subj
    for c in kids(verb):
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in BOUND_MODALS
                                     for a in kids(c)):
            subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _nobody(subj):
                return subj
    return None


# what a danger is to, not who is threatened: "threaten regional security", "threatens peace
# and stability in the region"
VALUE_NOUNS = frozenset({"security", "stability", "peace", "sovereignty", "order", "safety",
                         "integrity", "existence", "future", "unity", "independence",
                         "prosperity", "democracy", "environment", "health", "livelihood",
                         "livelihoods", "economy", "development", "balance", "status"})


def _danger_to_value(verb: Token) -> Token | None:
    """The value ``verb`` ("threaten", "endanger", "jeopardise") is said to put at risk, when
    that is its object: "a Chinese presence would threaten regional security". A danger that
    a thing is said to pose is a judgement about it (11x, if anything), not a threat a side
    makes (13x: "threatened to retaliate", "threatened Kyiv with strikes")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in VALUE_NOUNS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(verb)):
        return None  # "threatened its security with sanctions": a threat of an act
    return obj


def _measures_taken(tok: Token) -> Token | None:
    """The verb that tells measures as taken, when a threat pattern ("take measures against",
    13x) matched them told as done: "the punitive actions that China had taken against U.S.
    firms", "Beijing took countermeasures against the firms". A threat says what a side will
    do ("said it would take resolute measures"); measures taken are no threat."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next(
        (c for c in kids(tok) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() != "take" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ != "VBD" or any(
            c.dep_ == "aux" and (c.tag_ in ("MD", "TO") or c.lower_ in ("will", "would"))
            for c in kids(verb)):
        return None  # "vowed to take", "would have taken"
    return verb


# the patterns that code a speech verb by the judgement it reports ("said the move was
# unacceptable", "called the talks constructive")
SPEECH_SUFFIX = "_speech"
# what a speech says: its complement clause
SAID_DEPS = ("ccomp", "xcomp", "oprd")
# what "said it was unacceptable" refers back to: the thing judged in the clause before
REFERRING_PRONOUNS = frozenset({"it", "this", "that", "they", "these", "those"})


def _judged_again(verb: Token, root: str, triggers: Sequence[Trigger]) -> Token | None:
    """The trigger of the same root that the speech ``verb`` is conjoined to, when what
    ``verb`` says refers back to what that one judged with a pronoun: "called the decision a
    provocation by Moscow and said it was unacceptable" is one judgement of the decision,
    told twice."""
    if verb.dep_ != "conj" or not any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in REFERRING_PRONOUNS
            for c in kids(verb) if c.dep_ in SAID_DEPS for g in kids(c)):
        return None
    return next((t.token for t in triggers if t.token.i == verb.head.i
                 and t.pattern.cameo[:2] == root), None)


# what an agreement is on or to: "agreed with Kyiv on the deliveries", "agreed to the plan"
AGREED_PREPS = frozenset({"on", "to", "upon"})


def _agreed_act(verb: Token, triggers: Sequence[Trigger]) -> Token | None:
    """What ``verb`` ("agreed with X") agrees with the other side to do or on, when it names
    that and a trigger of the sentence codes it: "said it had agreed with the junta to
    strengthen defence ties", "the deliveries it had agreed with Kyiv", "agreed with Ankara on
    a new aid corridor". That is an agreement on an act (03x intent, 05x a deal), coded by its
    own words; accord with a view (019) is "agreed with Seoul's position", "agrees with Paris
    that the talks matter". (An act no trigger codes leaves the agreement: an infinitive
    agreed with a partner is recoded as an intent by :func:`agreed_to_act`, a noun agreed on
    stays the accord.)"""
    if verb.lemma_.lower() != "agree":
        return None
    # the act's own word: the infinitive ("agreed with the junta to strengthen ...", a purpose
    # clause to the parser), what it is agreed on, or the noun agreed ("the deliveries it had
    # agreed with Kyiv")
    acts = {c.i for c in kids(verb)
            if c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in kids(c)))}
    acts |= {g.i for c in kids(verb) if c.dep_ == "prep" and c.lower_ in AGREED_PREPS
             for g in kids(c) if g.dep_ == "pobj"}
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        acts.add(verb.head.i)
    return next((t.token for t in triggers if t.token.i in acts), None)


def agreed_to_act(verb: Token, triggers: Sequence[Trigger]) -> bool:
    """Whether ``verb`` agrees with a partner to do something no trigger of the sentence
    codes: "agreed with Norway to ship more gas", "agreed with Putin to revive the grain
    deal". That is an intent to cooperate (03x, as "agreed to act" is coded), never accord
    with a view (019); the extractor recodes it."""
    if verb.lemma_.lower() != "agree" or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in kids(verb)):
        return False
    return any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in kids(c))) for c in kids(verb)) and (
        _agreed_act(verb, triggers) is None)


# what a deadline is given with: "gave Mali until January to free the soldiers", "gave them
# 48 hours to leave"
DEADLINE_PREPS = frozenset({"until", "till", "by"})
TIME_NOUNS = frozenset({"hour", "day", "week", "month", "year", "deadline", "time"})


def _deadline_for(verb: Token) -> Token | None:
    """The verb that gives a side a deadline for the act ``verb``: "ECOWAS gave Mali until
    January to free the soldiers", "gave the diplomats 72 hours to leave". A deadline is a
    demand (10x) or an ultimatum (13x), coded from its own words; what it asks for has not
    happened by it ("a deadline for Mali to free them" is caught with the nouns of asking)."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(verb)):
        return None
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.lemma_.lower() in TIME_NOUNS:
        # "gave the diplomats 72 hours to leave": the parser hangs the act on the time
        return head.head if head.head.lemma_.lower() == "give" else None
    if verb.dep_ not in ("advcl", "xcomp", "ccomp") or head.lemma_.lower() != "give":
        return None
    for c in kids(head):
        if c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS:
            return head
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_NOUNS:
            return head
    return None


# words of a breach or of defiance that a speaker charges another side with: "said Madrid had
# violated its obligations", "said the boat had ignored repeated warnings"
CHARGED_BREACH_WORDS = BREACH_WORDS | {"ignore", "disregard", "flout"}
# how far up from the breach word its reported clause is looked for
CHARGE_DEPTH = 4


def _charged_in_speech(tok: Token) -> Token | None:
    """The reporting verb when the breach ``tok`` (128) is what a side says another did:
    "Rome said Minsk had violated the accord", "the coast guard said the trawler had ignored
    warnings", "said its breach of Georgia's borders was unlawful". The charge is the
    speaker's disapproval or accusation (11x, coded from the speech); the gold sets code no
    defiance (128) of their own for it."""
    if tok.lemma_.lower() not in CHARGED_BREACH_WORDS:
        return None
    cur = tok
    for _ in range(CHARGE_DEPTH):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and load_cues().has(
                "reporting_verbs", head.lemma_.lower()):
            return head
        if cur.dep_ not in ("conj", "ccomp", "xcomp", "nsubj", "nsubjpass", "aux", "relcl"):
            return None
        cur = head
    return None


# nouns of inviting in "at the invitation of X", "at Kyiv's invitation": the phrase says why
# another act was done (examples/README.md: a visit "at the invitation of" X adds no
# invitation). "At the request of X" has its own screen (nlp.screen_requests)
BEHEST_NOUNS = frozenset({"invitation"})
BEHEST_PREPS = frozenset({"at", "on", "upon", "by"})


def _at_behest(noun: Token) -> Token | None:
    """The preposition when ``noun`` invites in a manner phrase of another act: "visited
    Hanoi at the invitation of the Vietnamese president", "came at Kyiv's invitation"."""
    return manner_prep(noun, BEHEST_NOUNS, BEHEST_PREPS)


# verbs of needing or wanting that another side act: "will need Beijing and Delhi to agree
# to restructure its debts", "wants Washington to agree to send tanks"
WANTING_VERBS = frozenset({"need", "want", "require", "wish"})


def _wanted_of_other(verb: Token) -> Token | None:
    """The verb of needing or wanting when ``verb`` is what one side needs or wants another
    to do ("needs both creditors to agree", "wants Washington to send tanks"): a wish, not an
    act that happened, and no appeal either (none is made to the other side)."""
    if verb.dep_ == "xcomp" and verb.head.dep_ == "ccomp" and (
            verb.head.head.lemma_.lower() in WANTING_VERBS):
        verb = verb.head  # ("needs both creditors to agree to extend the loan")
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in WANTING_VERBS or (
            verb.head.pos_ != "VERB") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in kids(verb)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)) and not any(
            c.dep_ in ("dobj", "dative") for c in kids(verb.head)):
        return None  # ("Seoul wants to resume talks": its own act, told as an intent)
    return verb.head


# verbs of carrying someone somewhere: in the passive ("was flown to New York", "was taken to
# Moscow") the one carried makes no journey of their own
CARRYING_VERBS = frozenset({"fly", "take", "bring", "transport", "transfer", "ferry",
                            "airlift", "escort", "drive", "deport", "extradite", "move"})


def _carried(verb: Token) -> Token | None:
    """The passive auxiliary when the journey ``verb`` is a person carried: "Hernandez was
    handed over to U.S. agents and flown to New York", "the detained activist was taken to
    Moscow" -- a transfer (an extradition, a detention), not a visit the person pays (04);
    "Blinken flew to Ankara" and "was sent to Beijing" (an envoy) are journeys."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRYING_VERBS or verb.tag_ != "VBN":
        return None
    cur = verb
    for _ in range(3):
        aux = next((c for c in kids(cur) if c.dep_ == "auxpass"), None)
        if aux is not None:
            return aux
        if cur.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(cur)):
            return None
        cur = cur.head  # "was handed over ... and flown to": the passive the two share
    return None


def _speech_within(verb: Token, root: str, triggers: Sequence[Trigger]) -> Token | None:
    """The speech trigger of the same root inside what the speech ``verb`` says: "the
    ministry said Xi had ... and that he stressed that better relations served both" is
    Xi's one statement, coded from "stressed" (the ministry only reports it)."""
    said = [c for c in kids(verb) if c.dep_ in SAID_DEPS]
    if not said:
        return None
    spans = [(c.left_edge.i, c.right_edge.i) for c in said]
    return next((t.token for t in triggers if t.token.i != verb.i
                 and t.pattern.cameo[:2] == root and t.pattern.id.endswith(SPEECH_SUFFIX)
                 and any(a <= t.token.i <= b for a, b in spans)), None)


# endings of nouns that name an act ("termination", "withdrawal", "deployment", "closure",
# "pullback", "pullout"): an order of such an act is the act, which has its own words
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "al", "ure", "back", "out")


def _ordered_act(verb: Token) -> Token | None:
    """The noun of the act ``verb`` ("order") orders when it orders an act, not a side:
    "ordered the termination of the treaty", "agreed to order a pullback of troops"
    ("ordered the ship to leave", "ordered Y to pay" order a side: a demand)."""
    if verb.lemma_.lower() != "order" or any(
            c.dep_ in ("xcomp", "ccomp", "oprd") for c in kids(verb)):
        return None
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    low = obj.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(obj)) or low.endswith(
            ACT_NOUN_ENDINGS):
        return obj
    return None


# verbs of a side's standing support for another: "X, which backs the rebels, ..."
STANCE_VERBS = frozenset({"back", "support", "favour", "favor", "champion", "arm", "fund",
                          "sponsor"})


def _stance_aside(verb: Token) -> Token | None:
    """The name a relative clause of standing support is set beside, when the clause is an
    aside that describes the side rather than tells an act: "Algeria, which backs the
    Polisario Front, recalled its envoy", "Turkey, which backed Baku throughout, gets a role"
    (no date of its own; a clause that tells when, "which began arming the rebels in May",
    tells an act)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in STANCE_VERBS:
        return None
    name = verb.head
    if name.pos_ != "PROPN" or not any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in kids(verb)):
        return None
    doc = verb.doc
    if name.i + 1 >= len(doc) or doc[name.i + 1].text != ",":
        return None  # (a restrictive clause picks one out: no aside)
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return None
    return name


# --- session 16 (prec16): mentions that name, expect, leave open or describe a measure ---

# the verbs of a phone call whose object can instead be given a name ("called the move a
# surrender") -- the name makes it a judgement, no call
NAMED_CALL_VERBS = frozenset({"call"})
# complements that give what is called a name or quality: "called X a Y" (parsed xcomp,
# oprd or a second object), "called X reckless"
NAME_DEPS = frozenset({"xcomp", "oprd", "ccomp", "acomp", "attr"})


def _named_not_called(verb: Token) -> Token | None:
    """The name given when a "call" with an object names it rather than phones it:
    "the ministry called Bolivia's move a surrender", "Rome called Paris's decision
    reckless" -- the object is a possession ("Bolivia's move") or the verb has a naming
    complement; "Blinken called Wang on Tuesday" is a call."""
    if verb.lemma_.lower() not in NAMED_CALL_VERBS:
        return None
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    # (a lone "oprd" is often the person phoned, "called Aliyev": a name needs an object
    # beside it)
    name = next((c for c in kids(verb) if c.dep_ in NAME_DEPS
                 and c.pos_ in ("NOUN", "ADJ")), None) if obj is not None else None
    if name is not None:
        return name
    owner = obj if obj is not None else next((c for c in kids(verb) if c.dep_ == "oprd"), None)
    case = next((c for c in kids(owner) if c.dep_ == "case" and c.lower_ in (
        "'s", "\u2019s", "'")), None) if owner is not None else None
    if case is not None:
        # "called Bolivia's move ...": the thing named is a possession (the possessor is
        # often parsed as the object itself); "called Iran's president" phones a person
        doc = verb.doc
        owned = next((t for t in doc[case.i + 1:min(case.i + 4, len(doc))]
                      if t.pos_ in ("NOUN", "PROPN")), None)
        if owned is not None and owned.pos_ == "NOUN" and (
                owned.lemma_.lower() not in PERSON_TITLES):
            return owner
    return None


# words of a person one may phone, after a possessive: "called Iran's president"
PERSON_TITLES = frozenset({
    "president", "leader", "minister", "premier", "counterpart", "chancellor", "king",
    "queen", "prince", "emir", "sultan", "head", "envoy", "ambassador", "secretary", "chief",
    "official", "spokesman", "spokeswoman", "commander", "ruler", "monarch", "deputy"})


# verbs of expecting that another side act: "Israel expected Chile to condemn Hamas" --
# what one side expects of another is not done by it (the gold sets code the expecting as
# the expecter's appeal, 02x, where it is one)
EXPECTING_VERBS = frozenset({"expect"})
# roots of an expected act that stays no event: stances and speech ("expected Chile to
# condemn", "expects Berlin to support the plan"); an expected meeting or use of force is a
# forecast the gold sets code with its status ("expect Biden and Xi to meet": uncertain); a
# release or other yielding one side expects of another is what it demands ("expected Caracas
# to free the detained Americans")
EXPECTED_STANCE_ROOTS = frozenset({"01", "02", "03", "05", "06", "08", "10", "11", "12"})
CONJ_UP = 3


def _expected_of_other(verb: Token) -> Token | None:
    """The verb of expecting when ``verb`` (or the first of the infinitives conjoined with
    it) is what one side expects another to do: "said Israel expected Chile and Colombia to
    support ... and to condemn Hamas" -- an expectation, not an act; "Chile is expected to
    condemn" (passive: the act forecast) and "Seoul expects to sign" (its own) are not; an
    aspect verb between is passed ("expected Caracas to begin releasing the prisoners")."""
    cur = verb.head if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and (
        verb.head.lemma_.lower() in ASPECT_VERBS) else verb
    for _ in range(CONJ_UP):
        if cur.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(cur)):
            break
        cur = cur.head
    if cur.dep_ not in ("xcomp", "ccomp") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in kids(cur)):
        return None
    head = cur.head
    if head.lemma_.lower() not in EXPECTING_VERBS or head.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in kids(head)):
        return None
    told = next((c for c in kids(head) if c.dep_ in ("dobj", "dative")), None)
    if told is None:
        told = next((c for c in kids(cur) if c.dep_ == "nsubj"), None)
    if told is None:
        return None
    subj = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    if subj is not None and _actor_country(subj) is not None and (
            _actor_country(subj) == _actor_country(told)):
        return None  # (one's own side: "Beijing expects its envoys to attend")
    return head


# verbs of a response whose manner a clause leaves open: "did not say how it would respond"
RESPONSE_VERBS = ANSWERING_VERBS | frozenset({"react", "retaliate"})


def _open_response(verb: Token) -> Token | None:
    """The "how" when ``verb`` is a response told only as open: "did not say how it would
    respond to the decision", "is weighing how to react" -- no response has been made;
    "said it would respond" (a warning) and "responded to the note" are kept."""
    if verb.lemma_.lower() not in RESPONSE_VERBS:
        return None
    return next((c for c in kids(verb) if c.dep_ == "advmod" and c.lower_ == "how"), None)


# appeals and orders whose content is a cut of the told side's mission: the telling is coded
# as the teller's cut of ties (161, :func:`directed_cut`), not as a demand beside it
TELLING_ROOTS = frozenset({"02", "10"})


def _cut_told(verb: Token) -> Token | None:
    """The cut of a mission that the order or request ``verb`` tells another side to make:
    "Tallinn told Moscow to shrink its embassy staff", "a note asking Moscow to
    bring its diplomats down to 25" -- one act, the teller's cut of ties (161)."""
    comp = next((c for c in kids(verb) if c.dep_ == "xcomp"), None)
    if comp is None or directed_cut(comp) is None:
        return None
    return comp


# nouns of a quantity of something granted: "cut the number of visas it granted"
QUANTITY_NOUNS = frozenset({"number", "amount", "volume", "level", "quota", "share", "total"})
# verbs that cut or curb a measure or a flow
CURBING_VERBS = PRESENCE_CUT_VERBS | ENDING_VERBS | frozenset({
    "suspend", "halt", "freeze", "limit", "restrict", "curb", "stop", "slash", "lower"})
# roots of what is granted or given that a cut can describe: material cooperation, aid,
# easing ("quit the pact it signed in 2018" tells a signing of its own: 05 is left alone)
GRANT_ROOTS = frozenset({"06", "07", "08"})


def _cut_measure(verb: Token) -> Token | None:
    """The verb of cutting when ``verb`` is a relative clause describing what is cut:
    "Paris reduced the number of visas it granted to Moroccans", "Washington halted the aid it
    gave to Kabul" -- the grant names the measure that was cut, it is no grant now."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in QUANTITY_NOUNS):
        noun = noun.head.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    cut = noun.head
    if cut.pos_ != "VERB" or cut.lemma_.lower() not in CURBING_VERBS:
        return None
    return cut


# nouns of a gathering a host can hold for a bloc: "the summit of the Group of Seven"
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "session", "gathering",
                             "forum", "ministerial", "talks"})
HOSTING_VERBS = frozenset({"host"})


def _bloc_gathering(verb: Token) -> Token | None:
    """The gathering when the host ``verb`` describes a bloc's meeting someone attends: "the
    G7 summit hosted by Japan", "a meeting of G20 ministers, which Brazil is hosting" -- the
    host receives each guest (examples/README.md "Summits": the guests' 042 to the host
    country), it does not host the bloc; "hosted Premier Li" and "hosted talks between A and
    B" are kept."""
    if verb.lemma_.lower() not in HOSTING_VERBS or verb.pos_ != "VERB":
        return None
    if verb.dep_ not in ("acl", "relcl"):
        # (only a gathering described by its host, beside the attendance the sentence tells;
        # "Hungary will host a meeting of EU ministers" tells the hosting, which the gold sets
        # code toward the bloc)
        return None
    near = verb.head
    # the gathering is the noun itself or the one whose "of" phrase holds it
    if near.lemma_.lower() in GATHERING_NOUNS:
        gathering, members = near, next((p for c in kids(near) if c.dep_ == "prep"
                                         and c.lower_ == "of" for p in kids(c)
                                         if p.dep_ == "pobj"), None)
    elif near.dep_ == "pobj" and near.head.lower_ == "of" and (
            near.head.head.lemma_.lower() in GATHERING_NOUNS):
        gathering, members = near.head.head, near
    else:
        return None
    if members is None:
        return None
    # a bloc named: a proper name ("the Group of Seven") or one before the members' noun
    # ("the Mercosur countries", "G20 foreign ministers"); "a meeting of the two leaders" and
    # "a meeting of Chinese and US officials" name none
    if members.pos_ == "PROPN" or any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                      for c in kids(members)):
        return gathering
    # the members' bloc in their own "of" phrase: "a session of finance ministers of the Group
    # of Seven" ("ministers of China and India" name two states, no bloc)
    bloc = next((p for c in kids(members) if c.dep_ == "prep" and c.lower_ == "of"
                 for p in kids(c) if p.dep_ == "pobj"), None)
    if bloc is not None and bloc.pos_ == "PROPN" and not any(
            c.dep_ in ("conj", "cc") for c in kids(bloc)):
        return gathering
    return None


# what a condition clause may ask without asking anyone anything: "ready to help if Rabat
# asked" -- the asking is the condition of the offer, no appeal made
ASK_CONDITION_MARKS = frozenset({"if", "unless", "once", "should"})


def _condition_ask(verb: Token) -> Token | None:
    """The "if" when the appeal ``verb`` is a bare condition: "stood ready to help if Rabat
    asked", "would send troops if requested" -- nothing asked and no one asked: no appeal
    ("if Kyiv asks Berlin for tanks" asks something and is kept, hypothetical)."""
    if verb.dep_ != "advcl" or any(c.dep_ in ("dobj", "obj", "dative", "xcomp", "ccomp", "prep")
                                   for c in kids(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ == "mark" and c.lower_ in ASK_CONDITION_MARKS),
                None)


# verbs of holding a person that a reduced relative uses to describe whom a release frees:
# "Bout, the arms dealer jailed in the United States", "the prisoners held in Israeli jails"
HOLDING_DESCRIBERS = frozenset({"hold", "jail", "detain", "imprison", "keep", "intern",
                                "arrest", "charge", "convict", "sentence", "indict",
                                "prosecute"})
# the codes of such a description: a holding (173) and a conviction or charge (116, 115)
DESCRIBED_CODES = frozenset({"173", "116", "115"})
RELATIVE_WORDS = frozenset({"who", "that", "whom"})
# nouns of mercy a side grants the people a description picks out: "granted clemency to"
MERCY_NOUNS = frozenset({"clemency", "pardon", "pardons", "amnesty", "reprieve",
                         "commutation"})
# words of a release or swap whose person such a description picks out
RELEASE_WORDS = frozenset({"release", "free", "swap", "exchange", "trade", "repatriate",
                           "hand", "pardon"})
# words that ask for a release rather than tell one: "called for the release of sailors held
# in Iran" tells the holding (it goes on)
RELEASE_ASKING = frozenset({"call", "demand", "urge", "seek", "press", "push", "ask",
                            "request", "appeal", "work", "negotiate", "secure", "want",
                            "plead", "insist"})
RELEASE_REACH = 5


def _held_of_release(verb: Token) -> Token | None:
    """The release word when the holding ``verb`` is a reduced relative describing a person
    a release or swap frees: "freed Griner in exchange for Viktor Bout, the arms dealer jailed
    in the United States", "hostages held in Gaza are to be freed" -- the
    release is the event told; "the deal did not include Whelan, a Marine held in Russia
    since 2018", "raised the cases of citizens detained in China" and "called for the release
    of the sailors held in Iran" tell the holding."""
    if verb.lemma_.lower() not in HOLDING_DESCRIBERS:
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        verb = verb.head  # ("who had been charged or convicted in ...": the first conjunct)
    if not ((verb.dep_ == "acl" and verb.tag_ == "VBN") or (
            verb.dep_ == "relcl" and verb.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in kids(verb)) and any(
                c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_WORDS for c in kids(verb)))):
        return None  # (a reduced relative, or a passive one: "citizens who had been held")
    cur = verb.head
    for _ in range(RELEASE_REACH):
        if cur.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower()
                                      in MERCY_NOUNS for c in kids(cur)):
            return cur  # ("granted clemency to five men who had been convicted in ...")
        if cur.lemma_.lower() in RELEASE_WORDS:
            asker = cur.head.head if cur.dep_ == "pobj" else cur.head
            if asker.lemma_.lower() in RELEASE_ASKING or any(
                    c.dep_ == "neg" for c in kids(cur)):
                return None  # ("called for the release of ...", "did not free ...")
            return cur
        if cur.dep_ not in ("appos", "conj", "pobj", "prep", "dobj", "nsubjpass", "compound",
                            "pcomp", "dative") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# nouns of sides named by their tie to another: "all partners of Mongolia", "Kyiv's allies"
RELATIONAL_NOUNS = frozenset({"partner", "ally", "friend", "neighbour", "neighbor",
                              "supporter", "backer"})
ADDRESS_PREPS = frozenset({"on", "upon", "to"})


def _tied_addressee(verb: Token) -> Token | None:
    """The addressee when the appeal ``verb`` is made to sides named only by their tie to a
    named one: "called on all partners of Mongolia to help", "urged Ukraine's allies to
    send more air defence" -- the appeal is to the unnamed partners, not to Mongolia or
    Ukraine ("urged its allies" leaves "its" to the story)."""
    told = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if told is None:
        told = next((p for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPS
                     for p in kids(c) if p.dep_ == "pobj"), None)
    if told is None or told.lemma_.lower() not in RELATIONAL_NOUNS or told.tag_ != "NNS":
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in kids(told)) or any(
            p.pos_ == "PROPN" for c in kids(told) if c.dep_ == "prep" and c.lower_ == "of"
            for p in kids(c) if p.dep_ == "pobj"):
        return told
    return None


# verbs of ordering by decree: "a court ordered that the prisoners be deported"
DECREE_VERBS = frozenset({"order", "decree", "rule", "direct"})


def _decreed_act(verb: Token) -> Token | None:
    """The content verb when the order ``verb`` decrees an act in the passive with no side
    told: "a Managua judge ordered that the prisoners be deported", "the president
    decreed that the border be closed" -- the decree does the act (coded by its own
    words), it demands nothing of another side; "ordered Moscow to cut its staff" and
    "demanded that Seoul stop the leaflets" tell a side."""
    if verb.lemma_.lower() not in DECREE_VERBS or any(
            c.dep_ in ("dobj", "obj", "dative", "iobj", "xcomp") for c in kids(verb)):
        return None
    return next((c for c in kids(verb) if c.dep_ == "ccomp" and any(
        g.dep_ == "auxpass" for g in kids(c))), None)


# nouns of an activity a measure or action can be aimed at: "action against human smuggling",
# "measures against money laundering" (a state is not threatened by them)
# (crimes and creeds, not a side's hostile acts: "measures against the shelling" aim at
# whoever shells)
ACTIVITY_NOUNS = frozenset({"crime", "cybercrime", "piracy", "fraud", "corruption",
                            "smuggling", "trafficking", "laundering", "poaching", "terrorism",
                            "extremism", "radicalism", "separatism", "narcotics",
                            "disinformation"})


def _aimed_at_activity(verb: Token) -> Token | None:
    """The activity when the measures or action ``verb`` takes are aimed at a kind of deed,
    not a side: "will take decisive action against human smuggling", "vowed measures against
    terrorism and drug trafficking" -- no threat to anyone ("take resolute measures against
    Lithuania" threatens Lithuania)."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    holders = [verb] + ([obj] if obj is not None else [])
    aim = next((p for h in holders for c in kids(h) if c.dep_ == "prep"
                and c.lower_ == "against" for p in kids(c) if p.dep_ == "pobj"), None)
    if aim is None or aim.pos_ != "NOUN" or aim.tag_ != "NN" or aim.ent_type_:
        return None
    return aim if aim.lower_ in ACTIVITY_NOUNS else None


# people of a nationality: "Colombians expelled from the United States" (often parsed as the
# subject of "expelled"), which are people sent home, not envoys
def _people_expelled(verb: Token) -> Token | None:
    """The nationality when ``verb`` ("expel") has a plural nationality for its subject, a
    reduced relative the parser took for an active clause: "said Colombians expelled from
    the United States deserved dignity" -- people expelled, no cut of ties by them
    ("Germany expelled two Russian diplomats" is kept)."""
    if verb.lemma_.lower() != "expel":
        return None
    if any(c.dep_ in ("dobj", "obj") for c in kids(verb)):
        return None  # ("the Russians expelled two diplomats": a side acting)
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.ent_type_ == "NORP" and subj.tag_ == "NNPS":
        return subj
    return None


def _envoy_aside(verb: Token) -> Token | None:
    """The envoy when an envoy's leaving is told in a relative clause set off beside the
    envoy: "Israel's envoy, who left Jordan last month, should not come back" -- an
    aside describing the envoy, whose state of leave the main clause codes ("said its
    diplomats would leave Quito" tells the leaving)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                       for c in kids(verb)):
        return None
    envoy = verb.head
    doc = verb.doc
    if envoy.i + 1 < len(doc) and doc[envoy.i + 1].text in SET_OFF:
        return envoy
    return None


# what a coup takes ("took over the office in the capital" is a building, kept)
POWER_NOUNS = frozenset({"power", "presidency", "premiership", "throne", "leadership"})


def _office_seized(verb: Token) -> Token | None:
    """The office when the seizing ``verb`` takes power, not property: "the general who
    seized power in 2021", "the army took power in a coup" -- a coup at home, which no
    seizure of another side's property (171) tells ("seized a tanker" is kept)."""
    return next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")
                 and c.lower_ in POWER_NOUNS), None)


def _standing_recognition(verb: Token) -> Token | None:
    """The side described when the recognising ``verb`` is a reduced relative beside it: "the
    cabinet in Aden, recognised by the Arab League", "the authorities recognised by most
    states" -- a state of affairs that describes the side ("Bolsonaro, who
    recognised Guaido" and "the UN recognised the new government" tell the act)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    return verb.head


# verbs of trade in goods (hosting forces, "Armenia still hosts a Russian base", is coded by
# the gold sets as a standing tie)
TRADE_VERBS = frozenset({"export", "import", "sell", "buy", "supply", "ship", "purchase"})


def _habitual_trade(verb: Token) -> Token | None:
    """The trader when the trading ``verb`` is a present-tense relative clause that describes
    it: "Canada, which also exports grain to Mexico", "Chile, which sells copper to
    China" -- trade that goes on, no act the story tells ("which sold wheat to Egypt in
    May" is kept)."""
    if verb.lemma_.lower() not in TRADE_VERBS or verb.dep_ != "relcl" or (
            verb.tag_ not in ("VBZ", "VBP")) or any(c.dep_ in ("aux", "auxpass")
                                                     for c in kids(verb)):
        return None  # ("Riyadh, which cooperates with Moscow on oil": a tie, told as one)
    return verb.head


# what a share of trade is told by: "most of its fuel", "a third of its exports", "half the
# wheat", "40 percent of the oil", "the bulk of its gas"
SHARE_WORDS = frozenset({"most", "half", "third", "thirds", "quarter", "quarters", "fifth",
                         "fifths", "tenth", "bulk", "majority", "share", "percent", "%",
                         "much", "proportion", "portion", "fraction"})
# adverbs that make present-tense trade a standing state of affairs: "mostly sells its oil
# to" (not "now" or "still": "now supplies Spain through the undersea line" may tell a
# change the story reports, trade that goes on)
STANDING_ADVERBS = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily",
                              "traditionally", "usually"})


def _trade_share(verb: Token) -> Token | None:
    """The share or the adverb when a trading ``verb`` in the plain present tells how trade
    stands, not a deal the story reports: "China buys a third of Chile's copper", "the
    country imports most of its fuel from its neighbour", "mostly sells its oil to ..." (a
    past, future or perfect form is left alone: "bought half the crop in May")."""
    if verb.lemma_.lower() not in TRADE_VERBS or verb.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in kids(verb)):
        return None
    for c in kids(verb):
        if c.dep_ == "advmod" and c.lower_ in STANDING_ADVERBS:
            return c
        if c.dep_ in ("dobj", "npadvmod"):
            for t in c.subtree:
                if t.lower_ in SHARE_WORDS and (t.i == c.i or t.head.i == c.i or any(
                        g.dep_ == "prep" and g.lower_ == "of" for g in kids(t))):
                    return t
    return None


# measures that curb protests: "a ban on opposition rallies", "restrictions on marches"
CURB_NOUNS = frozenset({"ban", "prohibition", "restriction", "restrictions", "curb", "curbs",
                        "crackdown", "limit", "limits", "clampdown"})


def _protest_curbed(noun: Token) -> Token | None:
    """The curb when the protest ``noun`` is what a measure curbs: "pointed to a ban on some
    opposition rallies", "criticised the crackdown on marches" -- the curb is what the
    sentence tells, no protest aimed at anyone."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "of", "against"):
        return None
    curb = noun.head.head
    return curb if curb.lemma_.lower() in CURB_NOUNS or curb.lower_ in CURB_NOUNS else None


# roots of cooperation that "no longer" ends rather than does (aid, 07, told as no longer given
# is recoded as stopped by rules.aid_stopped after the screen)
ENDED_ROOTS = frozenset({"01", "02", "03", "04", "05", "06"})


def _tie_ended(verb: Token) -> Token | None:
    """The word that ends the cooperating ``verb``: the "longer" of "no longer" on it ("would
    no longer recognise Taipei", "no longer buys oil from Iran") or a stop verb whose
    complement it is ("stopped sharing intelligence with Paris", "ceased to cooperate with
    the court") -- the tie is told as ending (a reduction, if anything), not kept up or
    begun."""
    for c in kids(verb):
        if c.dep_ == "advmod" and c.lower_ == "longer" and (
                any(g.lower_ == "no" for g in kids(c))
                or (c.i > 0 and c.doc[c.i - 1].lower_ == "no")):
            return c
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp") or head.i == verb.i or (
            head.lemma_.lower() not in STOP_VERBS):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(head)):
        return None  # "urged Kigali to stop backing the rebels" tells the backing goes on
    if verb.tag_ == "VBG" or (verb.tag_ == "VB" and head.lemma_.lower() == "cease"):
        return head  # ("stopped to talk to reporters" is a pause, no end of a tie)
    return None



# verbs of speaking to a crowd: "told a rally", "addressed a rally", "said at a rally"
CROWD_SPEAKING_VERBS = frozenset({"tell", "address", "say", "speak", "declare", "announce",
                                  "vow", "pledge", "promise", "warn", "insist", "claim",
                                  "boast", "shout", "urge", "accuse", "attack", "lash",
                                  "remark", "thank", "greet", "praise"})
# nouns of speech that "made", "gave" or "delivered" turn into speaking: "made the remark at a
# rally", "in a speech to a rally"
CROWD_SPEECH_NOUNS = frozenset({"remark", "remarks", "comment", "comments", "speech", "address",
                                "pledge", "promise", "vow", "statement", "appeal", "call"})


def _rally_addressed(noun: Token) -> Token | None:
    """The speaking word when the protest ``noun`` (a rally, a march) is the crowd someone
    speaks to: "told a rally in Ohio that Beijing cheats", "made the remark at a rally of his
    party", "in a speech to a rally in Ankara" -- the crowd hears the speech (coded by its
    own verb), it protests at no side the speaker names ("joined a rally against the
    embassy" and "police broke up a rally" are kept)."""
    head = noun.head
    if noun.dep_ in ("dobj", "dative", "iobj") and head.lemma_.lower() in CROWD_SPEAKING_VERBS:
        return head  # "told a rally", "addressed a rally"
    if noun.dep_ != "pobj" or head.lower_ not in ("at", "to", "before"):
        return None
    word = head.head
    if word.pos_ in ("NOUN", "PROPN"):
        # "in a speech to a rally"
        return word if word.lemma_.lower() in CROWD_SPEECH_NOUNS else None
    if word.lemma_.lower() in CROWD_SPEAKING_VERBS:
        return word  # "said at a rally", "speaking at a rally"
    if word.lemma_.lower() in ("make", "give", "deliver") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CROWD_SPEECH_NOUNS for c in kids(word)):
        return word  # "made the remark at a rally"
    return None


# verbs that take an agreement as what they talk about or judge: its parties are not theirs
JUDGING_VERBS = frozenset({"discuss", "debate", "review", "examine", "study", "consider",
                           "welcome", "hail", "praise", "applaud", "commend", "endorse",
                           "support", "back", "reject", "oppose", "condemn", "denounce",
                           "criticise", "criticize", "question", "dispute", "challenge",
                           "slam", "decry", "brief"})
# what names an agreement's own parties or its making: "Turkey's accord", "the accord between
# Ankara and Tripoli", "the pact with Tokyo", "the memorandum signed by ..."
OWN_PARTY_PREPS = frozenset({"between", "among", "with", "by"})


def _agreement_judged(noun: Token) -> Token | None:
    """The verb when the agreement ``noun`` is what another act talks about or judges and the
    noun names no parties of its own: "talked the pact over by phone with her Cypriot
    colleague", "the two ministers reviewed the deal", "welcomed the agreement" -- the
    discussers or judges did not make it (the parties of "the accord between Ankara and
    Tripoli", "Turkey's pact", "the memorandum signed by the two firms" are told)."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX") or (
            noun.head.lemma_.lower() not in JUDGING_VERBS):
        return None
    for c in kids(noun):
        if c.dep_ in ("poss", "nmod") or (
                c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP", "ORG")) or (
                c.dep_ == "amod" and c.ent_type_ in ("GPE", "NORP")):
            return None
    # a clause or a party phrase anywhere in the noun phrase: "the deal on prisoner exchanges
    # signed in Oslo by ..." (the parser may hang "signed" on "exchanges")
    if any(t.dep_ in ("acl", "relcl") or (t.dep_ == "prep" and t.lower_ in OWN_PARTY_PREPS)
           for t in noun.subtree if t.i != noun.i):
        return None
    return noun.head


# what a race for office is called: "beat the incumbent in a run-off", "defeated him at the
# polls" -- a win at the ballot box, no blow struck
ELECTION_WORDS = ("election", "run-off", "runoff", "poll", "ballot", "vote", "primary",
                  "primaries", "race", "referendum", "round")
# who is beaten in a race for office, never in a fight
CANDIDATE_NOUNS = frozenset({"incumbent", "challenger", "candidate", "frontrunner",
                             "front-runner"})
WINNING_VERBS = frozenset({"beat", "defeat", "oust", "unseat", "trounce"})


def _election_win(verb: Token) -> Token | None:
    """The race when the force ``verb`` tells a win at the ballot box: "who beat the incumbent
    in a run-off", "defeated the ruling party at the polls" ("beat back the rebels near the
    border", "defeated the militia in the battle for the town" are kept)."""
    if verb.lemma_.lower() not in WINNING_VERBS:
        return None
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CANDIDATE_NOUNS:
            return c
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for p in kids(c):
                if p.dep_ == "pobj":
                    # the phrase of the race: "a run-off", "the second round of the vote"
                    words = "".join(t.text_with_ws for t in p.subtree).lower().replace(
                        " - ", "-")
                    if any(w in words for w in ELECTION_WORDS) and not any(
                            t.lemma_.lower() in ("battle", "fight", "war", "clash")
                            for t in p.subtree):
                        return p
    return None


# the nouns of both sides of a failed deal: "the parties", "both sides", "the two governments"
PARTY_NOUNS = frozenset({"party", "side"})
AGREEING_VERBS = frozenset({"agree"})
FAILING_VERBS = frozenset({"fail"})
# roots whose negation nlp.events codes as a refusal (12x)
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _mutual_failure(verb: Token) -> Token | None:
    """The subject when the refusal ``verb`` tells two sides that failed to agree: "the
    parties could not agree to extend the truce", "Armenia and Azerbaijan did not agree on a
    text", "the two sides failed to agree" -- neither refused the other; a deal that lapsed
    ("Russia did not agree to extend the deal" is kept, one side's refusal)."""
    agree = verb if verb.lemma_.lower() in AGREEING_VERBS else verb.head if (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in AGREEING_VERBS) else None
    if agree is None:
        return None
    holder = agree.head if agree.dep_ == "xcomp" and agree.head.lemma_.lower() in (
        FAILING_VERBS) else agree  # "failed to agree"
    if holder is agree and not any(c.dep_ == "neg" for c in kids(agree)):
        return None  # (the parties that agree made a deal)
    subj = next((c for c in kids(holder) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in PARTY_NOUNS and subj.tag_ in ("NNS", "NNPS"):
        return subj
    if any(c.dep_ == "det" and c.lower_ == "both" or c.dep_ == "nummod" and (
            c.lower_ in ("two", "2")) for c in kids(subj)) and subj.tag_ in ("NNS", "NNPS"):
        return subj  # "both governments", "the two countries"
    if any(c.dep_ == "conj" for c in kids(subj)):
        return subj  # "Armenia and Azerbaijan"
    # "negotiators from Serbia and Kosovo"
    if any(c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
            p.dep_ == "pobj" and any(q.dep_ == "conj" for q in kids(p)) for p in kids(c))
           for c in kids(subj)):
        return subj
    return None


# talks held toward an agreement that is not made by them: "negotiations on a trade pact"
SEEKING_NOUNS = frozenset({"talk", "talks", "negotiation", "discussion", "negotiating"})
SEEKING_PREPS = frozenset({"on", "over", "for", "about", "toward", "towards"})
# what ends the talks with the agreement made: "concluded the negotiations on a pact"
CONCLUDING_VERBS = frozenset({"conclude", "complete", "finalise", "finalize", "wrap", "end",
                              "finish"})


def _agreement_sought(noun: Token) -> Token | None:
    """The talks when the agreement ``noun`` is what they are about: "talks on a free trade
    pact between A and B have stalled", "negotiations over a new accord resumed" -- the
    agreement is sought, not made (it is 057 when the talks are told as concluded)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SEEKING_PREPS:
        return None
    talks = prep.head
    if talks.lemma_.lower() not in SEEKING_NOUNS and talks.lower_ not in SEEKING_NOUNS:
        return None
    if talks.head.lemma_.lower() in CONCLUDING_VERBS:
        return None
    return talks


# verbs of stirring up unrest from outside: the stirrer is not among the protesters
INSTIGATING_VERBS = frozenset({"stir", "incite", "foment", "instigate", "fuel", "orchestrate",
                               "provoke", "whip", "inflame", "fan", "sponsor", "finance",
                               "fund", "engineer", "mastermind"})


def _instigated(noun: Token) -> Token | None:
    """The verb when the protest ``noun`` is what a side is said to stir up: "accusing him of
    stirring up the protests", "blamed Tehran for fomenting the riots" -- the stirrer does not
    protest (a charge, coded by its own verb), and the protesters are not named."""
    if noun.dep_ not in ("dobj", "obj"):
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in INSTIGATING_VERBS else None


# verbs of a warning whose clause tells the act warned of: "warned that Oslo might curb imports"
WARNING_HEADS = frozenset({"warn", "threaten", "caution"})
# roots of countermeasures whose act, warned of, is the threat (130, 131; examples/README.md
# "warnings of countermeasures"); force warned of is coded besides, as a hypothetical
WARNED_ROOTS = frozenset({"15", "16", "17"})
HEDGING_MODALS = frozenset({"could", "might", "may", "would", "will", "'ll", "can"})


def _warned_act(verb: Token, triggers: Sequence[Trigger]) -> Token | None:
    """The warning when the hostile ``verb`` is the act it warns of and the warning is coded
    itself (13x): "cautioned that Oslo might curb Danish pork", "threatened that it
    would expel the envoys" -- one threat, not the act besides ("warned that Russia had
    massed troops", a done act told in the warning, is kept; force warned of, "warned that
    it would resume its offensive if ...", is coded besides by the gold sets)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in WARNING_HEADS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in kids(verb)):
        return None
    warn = verb.head
    return warn if any(t.token.i == warn.i and t.pattern.cameo[:2] == "13"
                       for t in triggers) else None


# nouns that name one member of a bloc the word before them names: "its NATO ally"
MEMBER_NOUNS = frozenset({"ally", "member", "partner", "neighbour", "neighbor", "country",
                          "state", "nation"})
# words before the bloc that make the noun phrase one particular member: "its", "a fellow"
MEMBER_DETS = frozenset({"its", "their", "our", "his", "her", "your", "fellow"})
# the codes of states (ISO 3166 alpha-3 and the few the actor data adds): a side with another
# code that is no region is a bloc or a body ("NATO", "EU", "GCC")
STATE_CODES = frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX", "TWN", "PSE"})


def one_member(ev: Event) -> bool:
    """Whether a side of ``ev`` is a bloc named only as the kind of one of its members: "stood
    in solidarity with its NATO ally", "would back its EU partner", "thanked a fellow ASEAN
    member" -- the side is that member, a state the sentence leaves unnamed, not the bloc
    (a bloc named as one, "joined NATO", "the EU's sanctions", is kept)."""
    evidence = getattr(ev, "evidence", None)
    if evidence is None:
        return False
    text, off = evidence.sentence, evidence.start
    for side in (ev.source, ev.target):
        start, end = getattr(side, "start", None), getattr(side, "end", None)
        if side is None or start is None or end is None or not side.text or (
                side.country is None or side.country in STATE_CODES):
            continue  # ("stood with its Czech ally": the ally is named, by its adjective)
        a, b = start - off, end - off
        if a < 0 or b > len(text) or text[a:b] != side.text:
            continue
        before, after = text[max(0, a - 12):a].split(), text[b:b + 12].split()
        if before and after and before[-1].lower() in MEMBER_DETS and (
                after[0].lower().strip(".,;:") in MEMBER_NOUNS):
            return True
    return False


# what a side does for an armed group: "backing", "arming", "funding the militia that ..."
BACKING_WORDS = frozenset({"back", "backing", "arm", "arming", "fund", "funding", "finance",
                           "financing", "sponsor", "sponsorship", "support", "train", "training",
                           "equip", "harbour", "harbor", "shelter", "supply", "bankroll", "help",
                           "aid", "assist"})
GROUP_RELATIVES = frozenset({"that", "who", "which"})
# the nouns of an unnamed group whose deed a relative clause tells
UNNAMED_GROUP_NOUNS = frozenset({"group", "militia", "gang", "cell", "faction", "unit", "band",
                                 "network", "commando", "squad", "fighter", "gunman", "men",
                                 "man", "militant", "rebel", "insurgent", "attacker",
                                 "organisation", "organization", "force", "outfit"})
NAMING_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


def _backed_group_deed(verb: Token) -> Token | None:
    """The backing when the hostile ``verb`` is the deed of an unnamed group a side is said to
    back: "accused Belgrade of backing the armed group that killed a policeman", "funds the
    militia that shelled the town" -- the group did it, not its backer, whom the argument
    search would name ("backing Hamas, which attacked Israel" and "the Kurdish militia that
    ..." name the group: kept)."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and
                                       c.lower_ in GROUP_RELATIVES for c in kids(verb)):
        return None
    group = verb.head
    if group.pos_ != "NOUN" or group.lemma_.lower() not in UNNAMED_GROUP_NOUNS:
        return None
    if any(c.i < group.i and (c.pos_ == "PROPN" or c.ent_type_ in NAMING_ENTS)
           for c in kids(group)):
        return None
    while group.dep_ == "conj":
        group = group.head
    head = group.head
    if group.dep_ == "pobj" and head.lower_ in ("for", "of", "to"):
        head = head.head
    elif group.dep_ not in ("dobj", "obj"):
        return None
    if head.lemma_.lower() in BACKING_WORDS or head.lower_ in BACKING_WORDS:
        return head
    return None


# participles that tell whom an armed group sides with ("militias allied with Iran")
ALLIED_PARTICIPLES = SIDING_WORDS | {"affiliated", "linked"}
# armed groups that such a participle describes (those a side may back, and bare groups)
SIDING_GROUP_NOUNS = BACKED_GROUP_NOUNS | {"group", "faction"}


def _allied_group(tok: Token) -> Token | None:
    """The armed group a participle of siding describes ("militias allied with Iran attacked
    US forces", "fighters aligned with Tehran"): whom the group sides with, no act of
    alliance (050) -- the group's own deed is the event; None otherwise."""
    if tok.lower_ not in ALLIED_PARTICIPLES or tok.dep_ not in ("acl", "amod"):
        return None
    group = tok.head
    if group.pos_ != "NOUN" or (group.lemma_.lower() not in SIDING_GROUP_NOUNS
                                and group.lower_ not in SIDING_GROUP_NOUNS):
        return None
    return group


# the crowds a clash with whom is a riot (145 by the crowd), not fighting between two forces
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob",
                         "marcher", "stone-thrower"})


def _crowd_clash(tok: Token) -> Token | None:
    """The crowd when the clash ``tok`` is with protesters: "soldiers were hurt in clashes
    with protesters", "clashes between police and demonstrators" -- a violent protest, which
    the armed side's fighting (190) is not ("clashes with rebel fighters" is kept)."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "amid"):
            for p in kids(c):
                if p.dep_ != "pobj":
                    continue
                for q in (p, *(x for x in p.subtree if x.dep_ == "conj")):
                    if q.lemma_.lower() in CROWD_NOUNS or q.lower_ in CROWD_NOUNS:
                        return q
    return None


# a decision named by what it decides: "the decision to cut ties", "the move to expel"
DECISION_NOUNS = frozenset({"decision", "move", "plan", "order", "choice", "bid", "resolve"})
# verbs that judge a decision without making it
DECISION_JUDGES = frozenset({"reject", "recognise", "recognize", "condemn", "regret", "criticise",
                             "criticize", "denounce", "oppose", "welcome", "protest",
                             "deplore", "slam", "decry", "lament", "question", "challenge",
                             "hail", "praise", "applaud", "support", "back", "note", "dispute",
                             "contest"})


def _judged_decision(verb: Token) -> Token | None:
    """The judging verb when ``verb`` tells what an unnamed decider's decision decides and the
    decision is the object of a verb that judges it: "refused to accept the decision to sever
    relations", "condemned the move to expel the envoys" -- whoever judges it did not take it
    ("condemned Russia's decision to expel", "the decision by Moscow to ..." name the decider:
    the argument search finds them; "decided to cut ties" is no decision noun)."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return None  # ("the decision that Kyiv withdraw its troops" names who is to act)
    noun = verb.head
    if noun.lemma_.lower() not in DECISION_NOUNS or noun.dep_ not in ("dobj", "obj"):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from"))
           or c.ent_type_ in NAMING_ENTS for c in kids(noun)):
        return None
    judge = noun.head
    return judge if judge.lemma_.lower() in DECISION_JUDGES else None


# nouns of a sign that, with "no", tell that nothing shows an act: "there was no indication
# that Turkey had targeted US forces", "saw no sign that Russia had moved troops"
NO_SIGN_NOUNS = frozenset({"indication", "sign", "evidence", "proof", "suggestion", "hint",
                           "trace"})


def _no_sign_of(verb: Token) -> Token | None:
    """The noun of a sign when ``verb`` (or the first verb of a conjunction it belongs to) is
    the "that" clause of "no indication / sign / evidence": "said there was no indication that
    Ankara had targeted the troops", "officials saw no sign that Moscow had moved forces" --
    the act is what nothing shows, not a reported event ("evidence that X armed the rebels"
    without "no" is kept)."""
    cur = verb
    for _ in range(CONJ_UP):
        if cur.dep_ != "conj":
            break
        cur = cur.head
    if cur.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in kids(cur)):
        return None
    noun = cur.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NO_SIGN_NOUNS:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun)):
        return noun
    # "did not find any evidence that", "there is not a sign that"
    gov = noun.head
    if any(c.dep_ == "det" and c.lower_ in ("any", "a", "the") for c in kids(noun)) and any(
            c.dep_ == "neg" for c in kids(gov)):
        return noun
    return None


# adjectives of ease that, with "for X to", tell what an act makes possible, not what X did:
# "makes it easier for Washington to send troops", "made it harder for foreign goods to get
# in"
EASE_ADJS = frozenset({"easy", "easier", "hard", "harder", "difficult", "possible",
                       "impossible", "simple", "simpler"})


def _made_possible(verb: Token) -> Token | None:
    """The adjective of ease when ``verb`` is the "for X to" infinitive of it: "the pact makes
    it easier for Washington to back Oslo", "it will be harder for Kyiv to import grain" --
    a capacity given or taken away, no act of X (the act of the side that makes it easier or
    harder is coded by its own verb)."""
    cur = verb
    for _ in range(CONJ_UP):
        if cur.dep_ != "conj":
            break
        cur = cur.head
    if cur.dep_ not in ("advcl", "xcomp", "ccomp", "acl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in kids(cur)):
        return None
    adj = cur.head
    if adj.pos_ != "ADJ" or adj.lower_ not in EASE_ADJS and adj.lemma_.lower() not in EASE_ADJS:
        return None
    # the doer named by "for": "for the United States to support" (a mark or a prep on either)
    if any(c.lower_ == "for" and c.dep_ in ("mark", "prep") for c in (*kids(cur), *kids(adj))):
        return adj
    return None


# titles of a person called on in a courtesy visit: "called on the king", "called on the
# general secretary"
CALLED_ON_TITLES = frozenset({"king", "queen", "emperor", "empress", "prince", "princess",
                              "emir", "sultan", "president", "premier", "minister",
                              "secretary", "chancellor", "pope", "counterpart", "speaker",
                              "chairman", "chairwoman", "leader", "governor", "monarch",
                              "crown", "sheikh"})


def _courtesy_call(verb: Token) -> Token | None:
    """The person when "called on" is a courtesy visit: "the president later called on
    General Secretary Trong and met the premier, who both wished for closer ties" -- no
    infinitive, for-phrase or clause hangs on the call or on the person (what a clause of
    another verb in the sentence holds is not the call's: "called on Kyiv to negotiate",
    "called on the king for restraint" stay appeals)."""
    on = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    if on is None:
        return None
    who = next((c for c in kids(on) if c.dep_ == "pobj"), None)
    if who is None or not (who.ent_type_ == "PERSON" or who.lemma_.lower() in CALLED_ON_TITLES
                           or any(c.dep_ == "compound" and c.lemma_.lower() in CALLED_ON_TITLES
                                  for c in kids(who))):
        return None
    for c in kids(verb):
        if c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for"):
            return None
    for t in who.subtree:
        if in_told_deed(t, who):
            continue  # ("called on the king, who thanked Beijing for its aid": his deed)
        if t.dep_ in ("relcl", "acl") or (t.dep_ == "aux" and t.tag_ == "TO") or (
                t.dep_ == "prep" and t.lower_ == "for"):
            return None  # ("called on the premier, who must step down": left to the engine)
    return who


def told_deed(rel: Token) -> bool:
    """Whether ``rel`` is a relative clause that tells what the person did: "King Abdullah,
    who thanked China for its aid", "President Lula, who had praised the deal" -- a past
    tense (or a perfect) with no modal and no infinitive, never what is asked of them ("who
    must step down", "who should resign")."""
    if rel.dep_ != "relcl" or rel.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in kids(rel) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "TO") for a in aux):
        return False
    return rel.tag_ == "VBD" or rel.tag_ == "VBN" and any(
        a.lemma_.lower() == "have" for a in aux)


def in_told_deed(t: Token, top: Token) -> bool:
    """Whether ``t`` lies in a relative clause under ``top`` that tells a deed of the one it
    hangs on (:func:`told_deed`)."""
    h = t
    while h.i != top.i and h.head.i != h.i:
        if told_deed(h):
            return True
        h = h.head
    return False


# words of plotting whose "to" infinitive is a deed planned in secret, not done: "a plot to
# bomb the rally", "was plotting to topple the cabinet", "conspired to kill the envoy"
PLOT_WORDS = frozenset({"plot", "conspiracy", "conspire", "scheme", "plotting"})


def _plotted(verb: Token) -> Token | None:
    """The word of plotting when ``verb`` is the deed a plot aims at: "jailed for a part in
    a plot to bomb a rally" (the parser may hang the infinitive on "role", so the word
    right before "to" is read too), "said Russia was plotting to topple the cabinet" --
    a plan told or charged, not the deed (the plot itself, where it is charged, is the
    accusation)."""
    to = next((c for c in kids(verb) if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None:
        return None
    head = verb.head
    if verb.dep_ in ("acl", "xcomp") and head.lemma_.lower() in PLOT_WORDS:
        return head
    before = verb.doc[to.i - 1] if to.i > verb.sent.start else None
    if before is not None and before.pos_ in ("NOUN", "VERB") and (
            before.lemma_.lower() in PLOT_WORDS):
        return before
    return None
