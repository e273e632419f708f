"""Clause structure the event extractor shares between triggers: gapped clauses, lists that
name the members of a group, and coordinated speech acts.

* Gapping: "Blinken went to Beijing in June, Yellen and Kerry followed in July, and Raimondo
  in August" says three times that someone went to Beijing. The later clauses either repeat
  the act with a verb of echo ("followed", "joined", "did the same") or keep only a subject
  and a time or place ("and Raimondo in August"); the verb and its object carry over.
* Enumerated members: "pressed allies, notably Japan and the Netherlands, to ..." names the
  allies; the act is aimed at each of them.
* Coordinated speech acts: "Qin told Blinken that Taiwan was ... and urged Washington to ...":
  the parser often joins the second verb to the reported clause, but an appeal or a warning
  is the speaker's act, not one of the reported clause's subject.

Pure functions over spaCy tokens; no knowledge base.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from detente.resolve.tokens import kids, sent_of

if TYPE_CHECKING:
    from detente.coding.patterns import Pattern

OBJ_DEPS = ("dobj", "obj")
# verbs that repeat the act of the clause before them: "Yellen followed in July"
ECHO_VERBS = frozenset({"follow", "join"})
# "did the same", "did likewise"
ECHO_OBJECTS = frozenset({"same", "likewise", "suit"})
# dependency labels the parser gives a stranded subject of a gapped clause
REMNANT_DEPS = frozenset({"npadvmod", "dep", "appos", "nsubj", "conj"})
# words that introduce the members of a group: "allies, notably Japan and the Netherlands"
ENUM_CUES = frozenset({"notably", "including", "especially", "particularly", "namely",
                       "chiefly", "mainly", "like", "such"})
# verbs that report what someone said
REPORTING_VERBS = frozenset({"say", "tell", "add", "state", "declare", "note", "stress",
                             "insist", "argue", "announce", "explain", "write", "report"})
# speech acts a speaker performs in the same breath: "told X that ... and urged Y to ..."
SPEECH_ACTS = frozenset({"urge", "press", "ask", "call", "demand", "appeal", "warn", "invite",
                         "caution", "propose", "suggest", "request", "implore", "encourage",
                         "exhort", "criticize", "criticise", "condemn", "accuse", "praise",
                         "thank", "welcome", "reject", "deny", "reiterate", "pledge",
                         "promise", "vow", "threaten", "express", "voice", "raise"})


@dataclass(frozen=True)
class Gap:
    """A gapped clause that repeats a trigger's act for another subject or object.

    ``token`` stands for the clause (the echo verb, or the stranded phrase), ``actor`` is
    the head of the new subject (``role`` "subject") or object (``role`` "object"), and
    ``start``/``end`` (doc indices, end exclusive) bound the clause, for its own time."""

    token: Token
    actor: Token
    start: int
    end: int
    role: str = "subject"


def gapped_clauses(trigger: Token) -> list[Gap]:
    """The clauses after ``trigger`` that repeat its act with the verb left out or echoed:
    "..., Yellen and Kerry followed in July, and Raimondo in August"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Gap] = []
    verbs = [trigger]
    ks = kids(trigger)  # (read once: tokens are made anew on access)
    echoes = [c for c in ks if c.dep_ == "conj" and c.i > trigger.i]
    if trigger.dep_ in ("ccomp", "parataxis") and trigger.head.i > trigger.i:
        # "Wang flew to Moscow in February, Qin followed in April": the parser may make the
        # first clause a complement of the echo verb
        echoes.append(trigger.head)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.i < trigger.i:
        # "switched recognition to Beijing, ending its ties with Taipei, and Kiribati did the
        # same": an echo of the main verb repeats the act its participle tells with it
        echoes += [c for c in kids(trigger.head) if c.dep_ == "conj" and c.i > trigger.i
                   and _is_echo(c)]
    # "recalled its envoy, as Oslo did a day later", "after Japan had done so", "as did
    # Peru": an adverbial clause whose verb only echoes the act, for its own subject
    echoes += [c for c in ks if c.dep_ == "advcl" and c.i > trigger.i and _echo_clause(c)]
    if trigger.dep_ in ("xcomp", "advcl") and trigger.head.i < trigger.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in ks):
        # ("became the third state to sever ties, after Y did so": the parser hangs the
        # echo on the verb the infinitive completes)
        echoes += [c for c in kids(trigger.head) if c.dep_ == "advcl" and c.i > trigger.i
                   and _echo_clause(c)]
    for c in echoes:
        if _is_echo(c) or _said_again(c, trigger) or c.dep_ == "advcl":
            subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                verbs.append(c)
                out.append(Gap(c, subj, min(subj.left_edge.i, c.i), _clause_end(c)))
    last_verb = max(v.i for v in verbs)
    # "Biden called Xi on Monday and Putin on Tuesday": after a verb whose object is the
    # same kind of name (a person, a place) and no echo clause, a stranded name is read as
    # the object and the subject carries over; otherwise ("..., Yellen followed in July,
    # and Raimondo in August", "Kishida visited Beijing in May, and Yoon in June") as the
    # subject
    obj = next((c for c in ks if c.dep_ in ("dobj", "obj")), None)
    for v in verbs:
        for c in ks if v is trigger else kids(v):
            if c.dep_ not in REMNANT_DEPS or c.i < last_verb or c.pos_ != "PROPN":
                continue
            if c.dep_ == "nsubj" and c.i < v.i:
                continue  # the verb's own subject
            left = c.left_edge.i
            before = trigger.doc[left - 1] if left > 0 else None
            if before is None or before.lower_ not in ("and", ",", "while", "then"):
                continue  # a remnant clause starts a new conjunct
            # (a name, not a sum: "X pledged 4 billion dollars, the World Bank 2 billion")
            role = "object" if len(verbs) == 1 and obj is not None and (
                obj.ent_type_ not in AMOUNT_ENTS) and _name_kind(obj) == _name_kind(
                c) else "subject"
            out.append(Gap(c, c, left, _clause_end(c), role))
    again = _repeated_time(trigger, ks)
    if again is not None and not any(g.role != "again" for g in out) and len(verbs) == 1:
        out.append(again)
    return out


def _repeated_time(trigger: Token, ks: Sequence[Token]) -> Gap | None:
    """"The two last met in New York in September, and earlier in July at the summit in
    Vilnius": after "and", a remnant of time phrases with no subject or verb of its own
    tells the act once more, at its own time and place (``role`` "again"); ``ks`` are
    the trigger's children."""
    cc = next((c for c in ks if c.dep_ == "cc" and c.lower_ == "and"
               and c.i > trigger.i), None)
    if cc is None or any(c.dep_ == "conj" and c.i > cc.i and c.pos_ != "ADP"
                         for c in ks):
        return None

    def dated(c: Token) -> bool:
        return c.pos_ == "ADP" and any(p.ent_type_ == "DATE" for p in kids(c)
                                       if p.dep_ == "pobj")

    # ("and in New Delhi in September": the parser may join the first preposition as a
    # conjunct of the verb)
    rest = [c for c in ks if c.i > cc.i and (
        c.dep_ in ("prep", "advmod", "npadvmod") or (c.dep_ == "conj" and c.pos_ == "ADP"))]
    first = [c for c in ks if c.i < cc.i and dated(c)]
    when = next((c for c in rest if dated(c)), None)
    if when is None or not first or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in ks if c.i > cc.i):
        return None
    end = max(t.i for c in rest for t in c.subtree) + 1
    return Gap(when, when, cc.i + 1, end, "again")


#: entity types of an amount, which no name stranded after it is the same kind of (deed26)
AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _name_kind(tok: Token) -> str:
    """"place" for a place name, "party" for anyone else."""
    return "place" if tok.ent_type_ in ("GPE", "LOC", "FAC") else "party"


def _is_echo(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "obj")]
    if _own_version(verb, objs):
        return True
    if lemma in ECHO_VERBS:
        # "followed suit" but not "followed the talks"
        return not objs or all(o.lower_ in ECHO_OBJECTS for o in objs)
    if lemma == "do":
        # ("did the same weeks later": the parser may take "same" for a time noun's word)
        return any(o.lower_ in ECHO_OBJECTS for o in objs) or any(
            c.lower_ in ("so", "likewise") for c in kids(verb) if c.dep_ == "advmod") or (
            not objs and verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "the"
            and verb.doc[verb.i + 2].lower_ == "same")
    return False


# conjunctions of an adverbial clause that tells the same act of someone else: "as Oslo
# did", "after Japan did so", "before Peru had done the same"
ECHO_MARKS = frozenset({"as", "after", "before", "like"})


def _echo_clause(verb: Token) -> bool:
    """Whether the adverbial clause headed by ``verb`` is a bare "do" ("did", "had done
    so", "did the same") after one of :data:`ECHO_MARKS`, and not negated."""
    if verb.lemma_.lower() != "do" or verb.pos_ not in ("VERB", "AUX"):
        return False
    ks = kids(verb)
    if not any(c.dep_ == "mark" and c.lower_ in ECHO_MARKS for c in ks) or any(
            c.dep_ == "neg" for c in ks):
        return False
    # (not "as Uganda did with its neighbours" nor "as it did to Y": nothing but the
    # subject, "so" / "the same", and time phrases)
    return all(c.dep_ in ("nsubj", "mark", "aux", "punct", "npadvmod", "advmod")
               or (c.dep_ == "prep" and _time_phrase(c))
               or (c.dep_ in ("dobj", "obj") and c.lower_ in ECHO_OBJECTS) for c in ks) and (
        not any(c.dep_ == "advmod" and c.lower_ not in ("so", "likewise", "too", "also",
                                                        "earlier", "later", "already")
                and not any(g.dep_ == "npadvmod" for g in kids(c)) for c in ks))


TIME_WORDS = frozenset({"day", "week", "month", "year", "time", "occasion", "weekend"})


def _time_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase tells only when ("in October", "on the same day")."""
    pobj = child(prep, ("pobj",))
    return pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or (
        pobj.lemma_.lower() in TIME_WORDS))


# adjectives of a thing like one told before ("a similar pact", "a parallel case")
LIKENESS_WORDS = frozenset({"similar", "comparable", "parallel", "matching", "own"})


def stand_in_object(obj: Token) -> bool:
    """Whether object ``obj`` stands for a thing like one told before rather than naming its
    own: "one" ("is negotiating one"), "its own case", "a similar pact", "one of its own"."""
    if obj.lower_ == "one" and not any(c.dep_ in ("amod", "compound") for c in kids(obj)):
        return not any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ != "own" for g in kids(c)) for c in kids(obj))
    return any(c.dep_ == "amod" and c.lower_ in LIKENESS_WORDS for c in kids(obj)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ == "own" for g in kids(c)) for c in kids(obj))


def _own_version(verb: Token, objs: list[Token]) -> bool:
    """"..., and Oslo announced sanctions of its own": an object "of one's own" (or "their
    own" measures) that names no party of its own repeats the act before for the subject."""
    own = any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ == "own" for g in kids(p))
        for o in objs for p in kids(o)) or any(
        c.dep_ == "amod" and c.lower_ == "own" and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their") for g in kids(o))
        for o in objs for c in kids(o))
    return own and verb.lemma_.lower() not in PREPARING_VERBS and not any(
        c.dep_ == "neg" for c in kids(verb)) and not any(
        t.pos_ == "PROPN" and t.i > verb.i and t.dep_ in ("dobj", "pobj", "dative")
        for t in verb.subtree)


# verbs of a stage before an act, whose "one of its own" is not yet had: "A signed a pact
# with B, and C is negotiating one of its own" tells C's talks, not a signing
PREPARING_VERBS = frozenset({"negotiate", "discuss", "seek", "consider", "plan", "propose",
                             "draft", "prepare", "want", "weigh", "mull", "pursue", "explore",
                             "debate", "study", "request", "demand", "eye", "hope"})


# adverbs that mark a clause as the same act again: "and Fiji sent personnel as well"
AGAIN_ADVERBS = frozenset({"too", "also", "likewise", "similarly", "well"})


def _said_again(verb: Token, trigger: Token) -> bool:
    """Whether ``verb`` tells ``trigger``'s act again for another subject: the same verb
    with "as well", "too", "also" or "likewise" ("Italy sent water bombers to Athens, and
    Spain and Portugal sent crews as well")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != trigger.lemma_.lower() or not any(
            c.dep_ == "advmod" and c.lower_ in AGAIN_ADVERBS for c in kids(verb)) or any(
            c.dep_ == "neg" for c in kids(verb)):
        return False
    # (not when it names a party of its own: "and Seoul imposed sanctions on Minsk too")
    return not any(t.pos_ == "PROPN" and t.i > verb.i and t.dep_ in ("dobj", "pobj", "dative")
                   for t in verb.subtree)


def _clause_end(tok: Token) -> int:
    """Where the conjunct holding ``tok`` ends: the next comma, conjunction or sentence end."""
    sent = sent_of(tok)
    i = tok.i + 1
    while i < sent.end:
        t = tok.doc[i]
        if t.dep_ in ("cc", "punct") and t.text in (",", ";", "and", "but", ".", "while"):
            break
        i += 1
    return i


def clause_text(sent: Span, start: int, end: int) -> str:
    """The sentence with everything outside tokens ``start``..``end`` blanked (offsets kept),
    for dating a gapped clause by its own time phrase."""
    chars = [" "] * len(sent.text)
    base = sent.start_char
    doc = sent.doc
    for i in range(max(start, sent.start), min(end, sent.end)):
        t = doc[i]
        a = t.idx - base
        chars[a:a + len(t.text)] = t.text
    return "".join(chars)


def enumerated_members(tok: Token) -> list[Token]:
    """The members a group noun's own phrase names: "allies, notably Japan and the
    Netherlands", "countries including Japan and South Korea", "partners such as Australia".
    Empty when the phrase names none. The parser may hang the list on a noun of the group's
    relative clause ("allies that make key equipment, notably Japan ..."), so the whole
    phrase is searched, up to the next clause of the sentence."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ != "NOUN":
        return []
    members: list[Token] = []
    for t in tok.subtree:
        if t.i <= tok.i:
            continue
        if t.dep_ == "appos" and any(c.dep_ == "advmod" and c.lower_ in ENUM_CUES
                                     for c in kids(t)):
            members = [t] + [c for c in t.conjuncts if c.i > t.i]
        elif t.dep_ == "pobj" and t.head.lower_ in ("including", "like", "as") and (
                t.head.lower_ != "as" or t.head.i > 0 and tok.doc[t.head.i - 1].lower_ == "such"):
            members = [t] + [c for c in t.conjuncts if c.i > t.i]
        if members:
            return members
    return []


def speaker_of_coordinated_act(verb: Token) -> Token | None:
    """The speaker whose act a speech verb is when the parser joined it to the clause the
    speaker reported: in "Qin told Blinken that Taiwan was ... and urged Washington to stop
    ...", "urged" hangs on "was", but Qin urged. None when ``verb`` is no such act."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "conj" or lemma not in SPEECH_ACTS and lemma not in COMMITTING_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    reported = verb.head
    if reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    if reported.head.i > verb.i:
        # "A and B spoke by phone and condemned the test, the ministry said": an attribution
        # after the clause reports both verbs, which share their own subject
        return None
    # (what the reported clause tells of may be a thing, which urges and commits to
    # nothing: "A and B declare that an attack on either would be a threat to both, and
    # commit to act" -- the declarers commit)
    said = next((c for c in kids(reported) if c.dep_ in ("nsubj", "nsubjpass")), None)
    thing = said is not None and _thing(said)
    if lemma in COMMITTING_VERBS and not thing:
        return None  # ("said the army would be ready and commit troops": the army's)
    if reported.lemma_.lower() in SPEECH_ACTS and not thing:
        return None  # "said he would urge ... and press ...": both are reported
    if verb.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" for c in kids(reported)) and not (
            thing):
        return None  # "said Beijing had rejected it and warned ...": the shared auxiliary
    return next((c for c in kids(reported.head) if c.dep_ == "nsubj"), None)


#: verbs by which a side binds itself, joined by the parser to the clause a side declared
#: ("declare that ... and commit to ...", "state that ... and undertake to ...")
COMMITTING_VERBS = frozenset({"commit", "undertake"})
#: nouns of what may act, which a reported clause's subject may be (no thing then)
_AGENT_NOUNS = frozenset({"country", "nation", "state", "government", "side", "party", "army",
                          "force", "troop", "leader", "minister", "official", "people",
                          "administration", "authority", "military", "navy", "ally",
                          "partner", "neighbour", "neighbor", "president", "member"})


def _thing(subj: Token) -> bool:
    """Whether a clause's subject is a thing, no one who could act: a common noun with no
    name, nationality or owner on it and no word of a body or people ("an attack on either
    of them", "the threat"), not a pronoun, a name or "the two governments"."""
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in _AGENT_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "compound", "amod") and (
        c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "poss") for c in kids(subj))


def brought_together(noun: Token) -> list[Token]:
    """Who a meeting brings together: "the summit brought together the leaders of A, B and
    C", "a summit that was to bring A together with B and C", "a conference meant to bring
    together A and B". The heads of the phrases that name the parties (each may be a group
    or a list); empty when the noun has no such verb."""
    verbs: list[Token] = []
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() == "bring":
        verbs.append(noun.head)
    for c in kids(noun):
        if c.dep_ in ("relcl", "acl"):
            # "that was (meant) to bring", "set to bring", "which would have brought"
            verbs += [t for t in c.subtree if t.lemma_.lower() == "bring" and t.pos_ == "VERB"
                      and t.i - c.i < 6]
    for verb in verbs:
        if not any(c.lower_ == "together" and c.dep_ in ("advmod", "prt")
                   for t in (verb, *kids(verb)) for c in (t, *kids(t))):
            continue
        parties: list[Token] = []
        for c in kids(verb):
            if c.dep_ in OBJ_DEPS:
                parties.append(c)
            elif (c.dep_ == "prep" and c.lower_ == "with") or c.lower_ == "together":
                # "together with B": the preposition hangs off the verb or off "together"
                for p in (c, *kids(c)):
                    if p.dep_ == "prep" and p.lower_ == "with":
                        parties += [g for g in kids(p) if g.dep_ == "pobj"]
        if parties:
            return parties
    return []


# verbs whose doer is a third party to what they describe: "the deal, brokered by Turkey",
# "talks hosted by Qatar" (not "the balloon operated by China", whose operator owns it)
MEDIATION_VERBS = frozenset({"broker", "mediate", "host", "facilitate", "sponsor", "arrange",
                             "chair", "oversee", "monitor", "guarantee", "moderate"})


def under_mediator(t: Token, top: Token) -> bool:
    """Whether ``t`` lies in a clause that tells who brokered or hosted the thing ``top``
    names ("the grain deal, brokered by Turkey"): a third party, not a side of it."""
    cur = t
    for _ in range(10):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in ("acl", "relcl") and cur.lemma_.lower() in MEDIATION_VERBS:
            return True
        cur = cur.head
    return False


def host_of(noun: Token) -> Token | None:
    """Who hosts the meeting ``noun`` names: "the summit that India hosts", "the summit
    hosted by South Africa", "the talks India will host"."""
    for c in kids(noun):
        if c.dep_ not in ("relcl", "acl") or c.lemma_.lower() != "host":
            continue
        if c.dep_ == "acl":
            agent = next((g for a in kids(c) if a.dep_ == "agent"
                          for g in kids(a) if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
        subj = next((g for g in kids(c) if g.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("that", "which", "who"):
            return subj
    return None


# verbs of striking that, with "back" and an aim, tell a retort: "hit back at", "fired back
# at", "pushed back against", "lashed back at", "struck back at critics"
RETORT_VERBS = frozenset({"hit", "fire", "push", "lash", "strike", "punch", "snap", "shoot"})
RETORT_PREPS = ("at", "against", "on")


def retort(verb: Token) -> bool:
    """Whether ``verb`` is a retort: a verb of striking with "back" (a particle, or the
    adverb the parser often makes of it) and an aim ("at X", "against X"), and no weapon it
    is done with ("struck back at the rebels with drones" is force). Who retorts (troops
    firing back are fighting) is for the caller to judge."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RETORT_VERBS:
        return False
    if not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") and c.i > verb.i
               for c in kids(verb)):
        return False
    preps = [c for c in kids(verb) if c.dep_ == "prep" and c.i > verb.i]
    if any(c.lower_ == "with" for c in preps):
        return False
    return any(c.lower_ in RETORT_PREPS for c in preps)


# nouns for an intent two sides expressed: "the agreement between X and Y to restore ...",
# "the shared commitment of X and Y to maintain ..."
AGREEMENT_NOUNS = frozenset({"agreement", "commitment", "pledge", "promise", "deal",
                             "consensus", "understanding", "undertaking", "vow"})


def agreement_noun(tok: Token) -> Token | None:
    """The agreement noun whose infinitive ``tok`` is ("agreement ... to restore")."""
    if tok.dep_ == "conj" and tok.head.dep_ == "acl":
        tok = tok.head
    if tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.head.lemma_.lower() in (
            AGREEMENT_NOUNS) and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in kids(tok)):
        return tok.head
    return None


def agreement_parties(noun: Token) -> list[Token]:
    """Who made an agreement or commitment: "between X and Y", "of X and Y", "X's"."""
    for c in kids(noun):
        if c.dep_ == "prep" and c.lower_ in ("between", "among", "of", "by"):
            pobj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return [pobj]
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):
            return [c]
    return []


# prepositions of a time phrase whose event is another one: "after a visit to Taiwan"
TIME_PREPS = frozenset({"after", "before", "since", "following", "during", "amid", "until"})


# nouns for a journey to another country
TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stopover"})


def in_venue(t: Token, trigger: Token) -> bool:
    """Whether ``t`` names where an act took place ("filed a complaint at the World Trade
    Organization"), not a party to it."""
    cur = t
    for _ in range(8):
        if cur.i == trigger.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in ("at", "in", "inside", "near"):
            return True
        cur = cur.head
    return False


def own_clause(tok: Token) -> list[Token]:
    """The tokens of ``tok``'s own clause: its subject and subtree, less conjoined or
    subordinate clauses and time phrases, which tell other events."""
    out: list[Token] = []
    if tok.pos_ not in ("VERB", "AUX"):
        return list(sent_of(tok))  # a noun's event: the whole sentence
    top = tok
    while top.dep_ in ("xcomp", "acomp") and top.head.i != top.i:
        top = top.head  # "agreed to suspend": the subject is the agreeing verb's
    if top.dep_ in ("relcl", "acl"):
        # "restrictions Japan imposed in 2019": also the clause the restrictions are in
        host = top.head
        while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
            host = host.head
        if host.pos_ in ("VERB", "AUX"):
            out.extend(t for t in own_clause(host) if t not in out)

    def walk(t: Token) -> None:
        out.append(t)
        for c in kids(t):
            if c.dep_ in ("conj", "advcl", "parataxis", "relcl") and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ == "prep" and c.lower_ in TIME_PREPS:
                continue
            if c.dep_ == "ccomp" and t.i != tok.i:
                continue
            walk(c)

    walk(top)
    return out


def condition_subject(tok: Token) -> Token | None:
    """The subject of an "if" or "unless" clause in ``tok``'s reported complement, or in the
    act it threatens ("threatened to shell the bases if Damascus did not ...")."""
    for c in kids(tok):
        if c.dep_ not in ("ccomp", "xcomp"):
            continue
        # (also a level down: "warned that London would not hesitate to scrap the
        # treaty if Brussels broke ...")
        for g in [g for g in kids(c)] + [g for x in kids(c) if x.dep_ == "xcomp"
                                            for g in kids(x)]:
            if g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in kids(g)):
                subj = child(g, ("nsubj", "nsubjpass"))
                if subj is not None and subj.pos_ != "PRON":
                    return subj
    return None


# participles that name whom an act is aimed at: "suspended the talks, accusing Seoul of ..."
ACCUSING_PARTICIPLES = frozenset({"accuse", "blame", "charge", "condemn", "criticize",
                                  "criticise", "denounce"})


def accused_alongside(verb: Token) -> Token | None:
    """The one a participle set beside ``verb`` (or beside the verb it is the
    infinitive of) accuses: "declined to ratify the accession, accusing Vienna of
    sheltering militants" -> "Vienna"; None when there is none."""
    for host in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if host is None:
            continue
        for c in kids(host):
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and (
                    c.lemma_.lower() in ACCUSING_PARTICIPLES):
                obj = child(c, OBJ_DEPS)
                if obj is not None:
                    return obj
    return None


# verbs of charging someone with a deed told by a gerund: "accused X of shelling ..."
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "fault"})


def accused_doer(verb: Token) -> Token | None:
    """The one charged with the deed of the gerund ``verb`` when the parser lost the link:
    a second gerund joined to the charging verb itself ("accused X of taking ridges and
    attacking a post") or a first one read as an adjective of its object ("of taking
    ridges"); None otherwise (a gerund with a subject of its own is someone's else)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    if verb.dep_ == "conj":
        charging = verb.head
        if charging.tag_ == "VBG":
            return None  # ("..., accusing X of spying and expelling ...": whose is unclear)
    elif verb.dep_ == "amod" and verb.head.dep_ == "pobj" and (
            verb.head.head.lower_ in ("of", "for")) and verb.i == verb.head.head.i + 1:
        holder = verb.head.head.head
        charging = holder.head if holder.dep_ in OBJ_DEPS else holder
    else:
        return None
    if charging.lemma_.lower() not in CHARGING_VERBS or charging.pos_ != "VERB":
        return None
    obj = child(charging, OBJ_DEPS)
    if obj is None or obj.i > verb.i or not any(
            p.dep_ == "prep" and p.lower_ in ("of", "for") and obj.i < p.i < verb.i
            for h in (charging, obj) for p in kids(h)):
        return None
    return obj


def relative_antecedent(pron: Token) -> Token | None:
    """The noun a relative pronoun stands for when it is an object of its clause's verb,
    or of a verb that clause's verb governs: "Kyiv, which Berlin has armed" -> "Kyiv",
    "Moldova, to which Romania sent fuel" -> "Moldova", "talks, which Baku refused to hold"
    -> "talks"; None for any other word."""
    if pron.lower_ not in ("which", "whom", "who", "that") or pron.dep_ not in (
            "dobj", "pobj", "dative"):
        return None
    cur = pron.head.head if pron.dep_ == "pobj" else pron.head
    for _ in range(3):
        if cur.dep_ == "relcl":
            # (not a word the parser hung the clause on inside a longer name: "the Group of
            # 20 summit that India hosts")
            # (nor a name in a phrase after an object: "signed a deal with Uganda, which X
            # welcomed" is about the deal)
            head = cur.head
            return head if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in (
                "compound", "nmod", "amod", "poss") and not (
                head.dep_ == "pobj" and (head.head.head.pos_ == "NOUN" or any(
                    c.dep_ in OBJ_DEPS for c in kids(head.head.head)))) else None
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def stray_relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative "which" / "who" subject stands for when the parser did not make
    its clause a relative one: "... to please Canada, which has itself expelled six
    diplomats" parsed with "expelled" joined to the main verb and "which" the subject of
    the auxiliary. The noun (its phrase's head) just before the comma that opens the
    clause (the clause's head noun when the parser did make it a relative clause but hung
    the pronoun on the auxiliary, with "itself" as the verb's subject); None when no such
    pronoun is the subject of ``verb`` or of its auxiliary."""
    doc = verb.doc
    if verb.dep_ == "relcl":
        if verb.head.pos_ in ("PROPN", "NOUN") and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "who")
                for c in kids(verb) if c.dep_ in ("aux", "auxpass") for g in kids(c)):
            return verb.head
        return None
    for head in (verb, *(c for c in kids(verb) if c.dep_ in ("aux", "auxpass"))):
        for g in kids(head):
            if g.dep_ not in ("nsubj", "nsubjpass") or g.lower_ not in ("which", "who") or (
                    g.i < 2 or doc[g.i - 1].text != ","):
                continue
            ante = doc[g.i - 2]
            while ante.dep_ in ("compound", "flat") and ante.head.i > ante.i:
                ante = ante.head
            if ante.pos_ in ("PROPN", "NOUN") and ante.i < g.i:
                return ante
    return None


def charging_verb(verb: Token) -> Token | None:
    """The verb that charges someone with the deed of the gerund ``verb``: "accused X of
    shelling ...", "blamed X for attacking ...", also for a second gerund joined to the
    first ("of occupying ridges and shelling a post") and for a first one the parser read
    as an adjective of its object; None otherwise (and for a gerund with a subject of its
    own, which is that subject's)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    cur = verb
    while cur.dep_ == "conj" and cur.head.tag_ == "VBG":
        cur = cur.head
    if cur.dep_ == "pcomp" and cur.head.lower_ in ("of", "for"):
        holder = cur.head.head
    elif cur.dep_ == "amod" and cur.head.dep_ == "pobj" and cur.head.head.lower_ in (
            "of", "for") and cur.i == cur.head.head.i + 1:
        holder = cur.head.head.head
    elif cur.dep_ == "conj" and cur.head.lemma_.lower() in CHARGING_VERBS:
        return cur.head  # ("accused X of taking ridges and attacking a post")
    else:
        return None
    if holder.dep_ in OBJ_DEPS and holder.pos_ in ("NOUN", "PROPN", "PRON"):
        holder = holder.head  # ("accused X's troops of shelling": hung on the object)
    if holder.lemma_.lower() not in CHARGING_VERBS or holder.pos_ != "VERB":
        return None
    return holder


# verbs that tell the toll of an act of force: "..., killing four soldiers"
TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure"})


def co_subjects(subj: Token, verb: Token) -> list[Token]:
    """Parties acting with the subject of ``verb`` named in a phrase before the verb ("France,
    along with Germany, condemned ...", "Britain, together with Australia, imposed ...",
    "alongside Japan") or as the one joined ("Japan joined Seoul in condemning ...")."""
    out: list[Token] = []
    for h in (subj, verb):
        for c in kids(h):
            if c.dep_ != "prep" or c.i > verb.i:
                continue
            low = c.lower_
            if low == "along" or (low == "with" and any(
                    g.dep_ == "advmod" and g.lower_ in ("together", "along")
                    for g in kids(c))) or low == "alongside":
                p = child(c, ("pobj",)) or next((child(g, ("pobj",)) for g in kids(c)
                                                 if g.dep_ == "prep" and g.lower_ == "with"),
                                                None)
                if p is not None and p.pos_ in ("PROPN", "NOUN"):
                    out.append(p)
    doc = verb.doc
    for c in kids(verb):
        # "Kinshasa, the United States and UN experts accuse ...": a list the parser split
        # into two subjects, the first set off by its comma (not a dateline: "LIMA, May 2 -")
        if c.dep_ in ("nsubj", "npadvmod") and c.i < subj.i and c.pos_ == "PROPN" and (
                c.i + 2 < len(doc) and doc[c.i + 1].text == ",") and (
                c.text != c.text.upper()) and doc[c.i + 2].ent_type_ not in ("DATE", "TIME"):
            out.append(c)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and (
            verb.head.head.lemma_.lower() == "join") and (
            (joined := child(verb.head.head, OBJ_DEPS)) is not None):
        out.append(joined)
    return out


def toll_object(verb: Token) -> Token | None:
    """The ones a participle after ``verb`` counts as killed or wounded ("shelled the town,
    killing three conscripts" -> "conscripts"); None when no such participle follows."""
    for c in kids(verb):
        if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.i > verb.i and (
                c.lemma_.lower() in TOLL_PARTICIPLES) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)):
            return child(c, OBJ_DEPS)
    return None


def more_agents(pobj: Token) -> list[Token]:
    """The objects of further phrases of the same preposition joined to the one of ``pobj``:
    "received by A in Kyiv and by B in Moscow" -> [B], "sanctions on A and on B" -> [B]. The
    parser joins the second phrase to the first or to a phrase inside it."""
    prep = pobj.head
    if prep.pos_ != "ADP" or pobj.dep_ != "pobj":
        return []
    out = []
    # (or to the verb: "hosted by A, who chairs the bloc, and by B")
    joined = [t for t in kids(prep.head) if t.i > prep.i and t.dep_ == "conj"]
    for t in [*prep.subtree, *joined]:
        if t.dep_ == "conj" and t.lower_ == prep.lower_ and t.pos_ == "ADP":
            p = child(t, ("pobj",))
            if p is not None and p not in out:
                out.append(p)
    return out


def gapped_names(verb: Token, first: Token) -> list[Token]:
    """Names joined to the verb's object or phrase ``first`` whose words the parser hung
    elsewhere because each carries its own time: "visited A at the end of March and B early
    this month" (B joined to "March"), "flies to A on Wednesday and to B on Friday" ("to B"
    taken for an infinitive, or joined to "on Wednesday"). Only names after ``first``; []
    when there are none."""
    out: list[Token] = []
    for t in verb.subtree:
        if t.i <= first.i or t.pos_ != "PROPN":
            continue
        if t.dep_ == "conj" and t.head.ent_type_ in ("DATE", "TIME") and (
                t.head.pos_ in ("PROPN", "NOUN")):
            cur = t.head  # (the time phrase hangs on the verb itself)
            while cur.i != verb.i and cur.dep_ in ("pobj", "prep", "npadvmod", "conj"):
                cur = cur.head
            if cur.i == verb.i:
                out.append(t)
        elif t.dep_ == "xcomp" and t.head.i == verb.i and first.dep_ == "pobj" and (
                first.head.lower_ == "to") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(t)):
            out.append(t)
        elif t.dep_ == "pobj" and first.dep_ == "pobj" and (prep := t.head).dep_ == "conj" and (
                prep.lower_ == first.head.lower_) and prep.head.dep_ == "prep" and (
                prep.head.head.i == verb.i):
            # ("to B" joined to the time phrase "on Monday" of the first)
            out.append(t)
    return out


def is_passive(tok: Token) -> bool:
    """A passive verb: "was shot down by", also a reduced relative with its agent ("the
    balloon shot down by U.S. forces")."""
    # (the parser labels a "by" phrase "agent" only in the passive, even where it takes the
    # participle for a past tense: "the airship shot down by ...")
    # (but a past tense with a subject and an object of its own is active, whatever the
    # parser made of a later "by": "Lima praised the handover of the men by Quito")
    # (nor a past tense with a subject whose "by" phrase is a bare noun of means: "the
    # minister, a former general, spoke by phone with ...", "flew by helicopter")
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)) or (
        tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in kids(tok)) and not (
            any(c.dep_ == "nsubj" for c in kids(tok)) and (any(
                c.dep_ == "dobj" for c in kids(tok)) or all(
                _means_phrase(c) for c in kids(tok) if c.dep_ == "agent"))))


def _means_phrase(by: Token) -> bool:
    """A "by" phrase whose object is a bare common noun ("by phone", "by telephone", "by
    air"): a means, never a doer."""
    obj = child(by, ("pobj",))
    return obj is not None and obj.pos_ == "NOUN" and not any(
        c.dep_ not in ("punct", "cc", "conj") for c in kids(obj))


def passive_subject(tok: Token) -> Token | None:
    """What a passive verb is done to: its passive subject, or the noun a reduced relative
    describes."""
    subj = child(tok, ("nsubjpass",))
    if subj is None and child(tok, ("agent",)) is not None:
        subj = child(tok, ("nsubj",))
    if subj is None and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
        subj = tok.head
    return subj


# verbs that name what "what" stands for: "condemned what it called the maneuvers of X"
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "consider", "see",
                          "regard", "characterize", "characterise", "dub"})


def free_relative_object(tok: Token) -> Token | None:
    """The thing a free relative object names: "condemned what it called the dangerous
    maneuvers of the Chinese vessels" -> "maneuvers"."""
    for c in kids(tok):
        if c.dep_ == "ccomp" and c.lemma_.lower() in NAMING_VERBS and any(
                g.dep_ == "dobj" and g.lower_ == "what" for g in kids(c)):
            named = next((g for g in kids(c) if g.dep_ in ("oprd", "attr")), None)
            if named is not None:
                return named
    return None


def stray_that_clauses(tok: Token) -> list[Token]:
    """Reported clauses the parser hung on a noun of the reporting verb's phrase as a
    relative clause: "told Blinken in the call that Washington should stop ..." (a relative
    clause has no subject of its own after "that")."""
    out: list[Token] = []
    for c in kids(tok):
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        for pobj in kids(c):
            if pobj.dep_ != "pobj":
                continue
            for rel in kids(pobj):
                if rel.dep_ == "relcl" and rel.pos_ in ("VERB", "AUX") and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in kids(rel)) and any(
                        g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"
                        for g in kids(rel)):
                    out.append(rel)
    return out


def direct_object(tok: Token) -> Token | None:
    """The verb's object, also when the parser took a phrasal verb's particle for a
    preposition ("shot down the balloon" with "the balloon" as the object of "down")."""
    obj = child(tok, OBJ_DEPS)
    if obj is None:
        for c in kids(tok):
            if c.dep_ == "prt" and c.i == tok.i + 1:
                obj = child(c, ("pobj",))
                if obj is not None:
                    break
    if obj is None:
        # "set the two engineers free", "help North Korea cope with the floods": parsed as a
        # clause (a predicate adjective, a bare infinitive) whose subject is the object
        small = next((c for c in kids(tok) if c.dep_ == "ccomp" and c.i > tok.i and (
            c.pos_ == "ADJ" or (c.tag_ == "VB" and not any(
                g.dep_ in ("aux", "mark") for g in kids(c))))), None)
        obj = child(small, ("nsubj",)) if small is not None else None
    return obj


def child(tok: Token, deps: Sequence[str]) -> Token | None:
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


# auxiliaries of a state rather than an act: "was troubled", "is concerned", "seemed alarmed"
STATE_AUX = frozenset({"be", "seem", "appear", "remain", "feel", "become", "get"})


def adjectival_passive(tok: Token) -> bool:
    """A participle the parser calls a passive verb that reads as an adjective of feeling
    ("she was troubled by ...", "is deeply concerned about ...")."""
    return any(c.dep_ in ("auxpass", "aux", "cop") and c.lemma_.lower() in STATE_AUX
               for c in kids(tok)) and any(
        c.dep_ in ("nsubjpass", "nsubj") for c in kids(tok))


def deed_doer(noun: Token) -> Token | None:
    """Who did the deed a noun names in a relative clause ("the punitive actions that China
    had taken" -> "China") or in its "by" phrase ("the visit by the Speaker to Taipei" ->
    "Speaker")."""
    for c in kids(noun):
        if c.dep_ == "relcl":
            subj = next((g for g in kids(c) if g.dep_ == "nsubj"
                         and g.lower_ not in ("that", "which", "who")), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                return subj
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and noun.pos_ == "NOUN":
            by = child(c, ("pobj",))
            if by is not None and _agent_phrase(by):
                return by
    return noun_agent_on_aim(noun) or _participle_agent(noun)


def participle_clause_noun(verb: Token) -> Token | None:
    """The noun the parser made the subject of a participle clause that is in truth the
    verb's object with a reduced relative ("welcomed the ceasefire agreed by A and B", parsed
    as "welcomed [the ceasefire agreed by A and B]" with "ceasefire" the subject of "agreed"):
    a past participle with a "by" agent and no auxiliary, whose subject is a noun after the
    verb. None when there is no such clause."""
    for c in kids(verb):
        if c.dep_ != "ccomp" or c.tag_ != "VBN" or c.i < verb.i:
            continue
        if any(g.dep_ in ("aux", "auxpass", "nsubjpass", "mark") for g in kids(c)) or not any(
                g.dep_ == "agent" for g in kids(c)):
            continue
        subj = child(c, ("nsubj",))
        if subj is not None and subj.pos_ == "NOUN" and subj.i > verb.i:
            return subj
    return None


def _participle_agent(noun: Token) -> Token | None:
    """The doer a past participle on an act noun names ("the truce signed by A and B", also
    when the parser made the noun the participle's subject): the object of its "by" phrase
    when it can name a doer; None for a broker ("talks mediated by X")."""
    parts = [c for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]
    if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and noun.head.tag_ == "VBN" and (
            participle_clause_noun(noun.head.head) is noun):
        parts.append(noun.head)
    for part in parts:
        if part.lemma_.lower() in _BROKER_VERBS:
            continue
        agent = child(part, ("agent",))
        by = child(agent, ("pobj",)) if agent is not None else None
        if by is not None and _agent_phrase(by):
            return by
    return None


# verbs of bringing others to an act, whose "by" phrase names no doer of it
_BROKER_VERBS = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "arrange",
                           "organise", "organize", "chair", "oversee", "monitor", "witness",
                           "guarantee", "back", "support", "welcome", "condemn", "criticize",
                           "criticise", "reject", "propose", "suggest", "urge", "demand"})


def _agent_phrase(by: Token) -> bool:
    """Whether the object of a "by" phrase can name a doer: a name, or a noun phrase with a
    determiner, an owner or a nationality ("by Ecuadorean police"); not "by force", "by
    phone", "by decree" or a date."""
    return by.ent_type_ not in ("DATE", "TIME") and (by.pos_ == "PROPN" or (
        by.pos_ == "NOUN" and any(g.dep_ in ("det", "poss") or (
            g.dep_ == "amod" and g.ent_type_ == "NORP") for g in kids(by))))


# prepositions of what an act is aimed at: "the raid on the embassy", "strikes against a base"
AIM_PREPS = frozenset({"on", "against", "into"})


def noun_agent_on_aim(noun: Token) -> Token | None:
    """The doer of an act noun whose "by" phrase the parser hung on the noun of the act's aim
    ("the raid on the embassy by Ecuadorean police") or on the active verb that takes the
    noun as its object ("condemned the strikes on Kyiv by Russian missiles"): the object of
    that "by" phrase; else None. The caller checks that it names an actor ("an attack on a
    village by the river" does not)."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ in OBJ_DEPS and verb.pos_ == "VERB" and not is_passive(verb):
        for g in kids(verb):
            if g.dep_ == "prep" and g.lower_ == "by" and g.i > noun.i and (
                    by := child(g, ("pobj",))) is not None and _agent_phrase(by):
                return by
    for c in kids(noun):
        if c.dep_ != "prep" or c.lower_ not in AIM_PREPS:
            continue
        aim = child(c, ("pobj",))
        if aim is None or aim.pos_ not in ("NOUN", "PROPN"):
            continue
        for g in kids(aim):
            if g.dep_ in ("prep", "agent") and g.lower_ == "by" and (
                    by := child(g, ("pobj",))) is not None and _agent_phrase(by):
                return by
    return None


#: the tags of nouns, as numbers (asked of every word of a sentence: cheaper than names)
_NOUN_POS = frozenset({NOUN, PROPN})


def misread_verb(tok: Token) -> bool:
    """A verb the small model tagged as a noun but parsed with a verb's arguments: present
    tense after a noun phrase ("the government rejects and condemns ...") or after a plural
    subject in a headline ("the EU and the UN hand over supplies to ..."). A noun never
    governs a subject or a direct object of its own; a name ("Save the Children") is left
    alone."""
    if tok.pos not in _NOUN_POS or tok.ent_type_ or any(
            c.dep_ in ("det", "poss", "nummod") for c in kids(tok)):
        return False
    return any(c.dep_ in ("nsubj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON")
               for c in kids(tok))


def shared_object(verb: Token) -> Token | None:
    """The object a verb shares with the verb conjoined after it: "rejects and condemns the
    decision", "signed and ratified the treaty" (the parser hangs the object on the last
    verb). Only when the later verb has no subject of its own ("X attacked and Y seized the
    town" are two clauses) and the first has no object."""
    if child(verb, OBJ_DEPS + ("ccomp", "xcomp")) is not None:
        return None
    for c in kids(verb):
        if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "NOUN") and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)):
            obj = child(c, OBJ_DEPS)
            if obj is not None:
                return obj
    return None


# what a reduced relative can hang on when the verb's own subject issued it: "put out a
# report accusing the army of ...", "issued a statement condemning the raid"
DOCUMENT_NOUNS = frozenset({"statement", "report", "resolution", "letter", "communique",
                            "communiqué", "declaration", "message", "note", "motion",
                            "petition", "decree", "complaint", "notice", "memo", "appeal",
                            "bill", "document", "press"})


# what a relative clause can describe when the one who put it forward acts through it:
# "presented a peace plan that calls on ...", "tabled a resolution which condemns ..."
PROPOSAL_NOUNS = DOCUMENT_NOUNS | frozenset({"plan", "proposal", "initiative", "roadmap",
                                             "framework", "formula", "blueprint", "draft"})


def receiver(tok: Token, thing: Token) -> Token | None:
    """Who receives what an act hands over: "returned two paintings to Brazil", also when
    the parser hangs the phrase inside the thing's own clause ("returned skulls that date
    back to A.D. 640 to Peru": the last such phrase)."""
    for c in kids(tok):
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") and c.i > tok.i:
            pobj = child(c, ("pobj",))
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    for prep in reversed([t for t in thing.subtree if t.dep_ == "prep"
                          and t.lower_ == "to" and t.i > thing.i]):
        pobj = child(prep, ("pobj",))
        if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") and pobj.ent_type_ not in (
                "DATE", "TIME"):
            return pobj
    return None


# light verbs whose act is named by an adjective: "set free two sailors", "let loose the
# prisoners", "made available two patrol boats to Vietnam" (the verb the pair stands for)
LIGHT_ADJECTIVES = {("set", "free"): "free", ("let", "free"): "free", ("set", "loose"): "free",
                    ("let", "loose"): "free", ("make", "available"): "provide"}
_LIGHT_VERBS = frozenset(v for v, _ in LIGHT_ADJECTIVES)


def light_adjective(verb: Token) -> tuple[str, Token] | None:
    """The verb a light verb and its predicate adjective stand for ("set free" -> "free"), and
    the adjective: after the verb or after its object ("set the sailors free"), wherever the
    parser hung it (a complement of the verb, or a modifier of the object)."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma not in _LIGHT_VERBS:
        return None
    obj = direct_object(verb)
    near = [verb.doc[verb.i + 1]] if verb.i + 1 < len(verb.doc) else []
    near += [c for c in kids(verb) if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    if obj is not None:
        near += [c for c in kids(obj) if c.dep_ == "amod"]
        if obj.right_edge.i + 1 < len(verb.doc):
            near.append(verb.doc[obj.right_edge.i + 1])
    for t in near:
        word = LIGHT_ADJECTIVES.get((lemma, t.lower_))
        if word is not None and t.pos_ in ("ADJ", "VERB", "ADV") and (
                t.head.i == verb.i or (obj is not None and t.head.i in (obj.i, obj.head.i))):
            return word, t
    return None


# links that keep a word inside the verb's own noun phrases (no clause of its own)
PHRASE_DEPS = frozenset({"dobj", "obj", "prep", "pobj", "conj", "appos", "cc"})
_VERB_POS = frozenset({"VERB", "AUX"})


# nouns of "in solidarity with X", "in coordination with X": the phrase after them, though the
# parser may hang it on the verb, tells whom the act is for or done with, never its target
BOUND_NOUNS = frozenset({"solidarity", "coordination", "cooperation", "concert", "tandem",
                         "line", "accordance", "keeping", "partnership", "collaboration",
                         "consultation", "sympathy", "league", "conjunction", "step"})


# verbs of calling one's own envoys home, and the envoys: "the two governments recalled
# their ambassadors" (from each other, when nobody else is named)
RECALL_VERBS = frozenset({"recall", "withdraw"})
OWN_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary",
                             "high commissioner", "commissioner"})


#: words on "parties"/"sides" that make them the sides of a conflict or a dispute ("all the
#: parties concerned", "the warring sides"), not a country's political parties
_CONFLICT_SIDE_MODS = frozenset({"concerned", "involved", "warring", "rival", "opposing",
                                 "conflicting", "relevant", "all", "both", "two"})
#: words on them that make them someone's own ("political parties", "opposition parties")
_PARTY_KINDS = frozenset({"political", "opposition", "ruling", "main", "major", "minor",
                          "smaller", "other", "third", "interested", "contracting"})


def conflict_sides_noun(noun: Token) -> bool:
    """Whether ``noun`` is "all (the) parties (concerned)", "all sides", "both sides", "the
    warring parties", "the parties": the sides of the conflict or dispute a story tells (no
    named owner, no kind of party, no phrase telling whose parties they are)."""
    if noun.lemma_.lower() not in ("party", "side") or noun.tag_ != "NNS":
        return False
    words: set[str] = set()
    for c in kids(noun):
        low = c.lower_
        if c.dep_ in ("poss", "compound", "nummod") and low not in ("two", "both"):
            return False  # ("Sudan's parties", "opposition parties", "three parties")
        if c.dep_ == "prep" and low not in ("to",):
            return False  # ("parties in parliament", "sides of the aisle")
        if c.dep_ in ("relcl", "acl") and c.lower_ not in _CONFLICT_SIDE_MODS:
            return False
        if low in _PARTY_KINDS:
            return False
        if c.dep_ in ("det", "predet", "amod", "nummod", "acl", "relcl"):
            words.add(low)
    if not words & (_CONFLICT_SIDE_MODS | {"the"}):
        return False
    # ("the parties" bare is the sides only with "all"/"both"/"concerned" or a definite
    # article alone: "the parties to the conflict" above)
    return True


#: verbs of telling someone a thing of one's own ("notified X that it would ..."): the one
#: told is whom the step told of is aimed at
TELLING_VERBS = frozenset({"tell", "notify", "inform", "assure", "advise"})


#: adjectives of a side's readiness to talk ("open to talks", "willing to talk")
READY_WORDS = frozenset({"open", "ready", "willing", "prepared"})
#: verbs and nouns of the talks a side says it is ready for
OFFERED_TALKS = frozenset({"talk", "talks", "negotiate", "negotiation", "negotiations",
                           "dialogue", "dialog", "meet", "engage", "discuss"})


def talks_offered(tok: Token, pat: Pattern) -> bool:
    """Whether ``tok`` tells a side's readiness to talk with no one named: "remained open to
    talks" (the offer's own pattern), "is willing / ready / prepared to talk", "ready for
    dialogue"; not when the talks have an object, a partner or a topic of their own ("ready
    to discuss the border", "open to talks with the rebels")."""
    low = tok.lemma_.lower()
    if pat.cameo[:2] == "03" and low in READY_WORDS and tok.pos_ == "ADJ":
        talks = next((p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("to", "for")
                      for p in kids(c) if p.dep_ == "pobj"), None)
    elif low in OFFERED_TALKS and pat.cameo[:2] in ("03", "04") and (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() in READY_WORDS or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to")
                and tok.head.head.lemma_.lower() in READY_WORDS)):
        talks = tok
    else:
        return False
    ready = tok if low in READY_WORDS else tok.head if tok.dep_ == "xcomp" else tok.head.head
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for h in (ready, ready.head)
           for c in kids(h)):
        return False  # ("is not ready to talk": a refusal, no offer)
    if talks is None or talks.lemma_.lower() not in OFFERED_TALKS and (
            talks.lower_ not in OFFERED_TALKS):
        return False
    return not any(c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp", "poss", "compound",
                              "nmod", "relcl", "acl") or c.dep_ == "amod" and c.ent_type_
                   for c in kids(talks))


def told_addressee(verb: Token) -> Token | None:
    """The one a verb of telling names as told, when ``verb`` heads the that-clause of it
    ("notified Russia that they would not extend ..." gives "Russia"); None otherwise."""
    teller = verb.head.lemma_.lower()
    if verb.dep_ != "ccomp" or teller not in TELLING_VERBS:
        return None
    if teller != "tell" and not any(c.dep_ == "mark" and c.lower_ == "that"
                                    for c in kids(verb)):
        return None  # ("informed X of its decision, ..." is no clause told)
    return next((c for c in kids(verb.head) if c.dep_ in ("dobj", "dative", "iobj")
                 and c.i < verb.i), None)


#: verbs of a show of force or a pull-back a pair of rivals does, each facing the other
#: ("both sides held naval drills", "the two armies pulled back", "disengaged")
PAIR_POSTURE_VERBS = frozenset({"withdraw", "pull", "disengage", "retreat", "deploy", "mass"})
#: verbs that hold an exercise, and the nouns of one ("both sides staged war games")
#: ("stag" is the small model's lemma of "staged")
_HOLDING_VERBS = frozenset({"hold", "conduct", "stage", "stag", "carry", "launch", "begin",
                            "start"})
_EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame", "game"})
#: nouns a phrase of the two rival sides is made of ("both sides", "the two armies")
_PAIR_SIDE_NOUNS = frozenset({"side", "army", "military", "force", "navy", "troop",
                              "country", "nation", "neighbour", "neighbor", "rival"})


def _pair_side(noun: Token) -> bool:
    """Whether ``noun`` heads "both sides", "the two armies" (or "these two countries"), or
    a body of them ("commanders of the two armies", "troops of both sides")."""
    words = [c.lower_ for c in kids(noun) if c.dep_ in ("det", "nummod", "predet")]
    if noun.tag_ == "NNS" and (noun.lemma_.lower() in _PAIR_SIDE_NOUNS or (
            noun.lower_ in _PAIR_SIDE_NOUNS)) and ("both" in words or "two" in words and any(
                w in ("the", "these", "those") for w in words)):
        return True
    of = next((p for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"
               for p in kids(c) if p.dep_ == "pobj"), None)
    return of is not None and of.i != noun.i and of.dep_ == "pobj" and _pair_side(of)


def _pair_posture(verb: Token) -> bool:
    """Whether a pair of sides told as such ("both sides", "the two armies") shows force or
    pulls back with no one named as aimed at: "both sides held naval exercises", "the two
    armies pulled troops back" -- each side's act toward the other."""
    lemma = verb.lemma_.lower()
    if lemma not in PAIR_POSTURE_VERBS and not (lemma in _HOLDING_VERBS and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _EXERCISE_NOUNS
            for c in kids(verb))):
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "toward", "towards", "against",
                                                       "with") for c in kids(verb)):
        return False  # ("deployed troops to Cyprus", "held drills with the US navy")
    cur = verb
    for _ in range(3):
        subj = next((c for c in kids(cur) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return _pair_side(subj)
        if cur.dep_ != "conj":
            return False
        cur = cur.head  # ("... have met and pulled troops back": the joined verb's subject)
    return False


def each_other(verb: Token) -> bool:
    """Whether the verb's object or phrase says "each other" or "one another" ("expelled
    each other's envoys", "accused one another of ..."), or "the other" after a subject of
    "each" ("each side accused the other of ..."), or a pair calls "their" envoys home
    ("Rabat and Algiers recalled their ambassadors"): an act done both ways."""
    if verb.lemma_.lower() in RECALL_VERBS and any(
            c.dep_ in OBJ_DEPS and c.lemma_.lower() in OWN_ENVOY_NOUNS and any(
                g.dep_ == "poss" and g.lower_ == "their" for g in kids(c))
            for c in kids(verb)) and not any(
            c.dep_ == "prep" and c.lower_ in ("from", "to", "in") for c in kids(verb)):
        return True
    if _pair_posture(verb):
        return True
    # "each side accused the other": "each" in the subject, "the other" in the object
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    each = subj is not None and (subj.lower_ == "each" or any(
        g.dep_ == "det" and g.lower_ == "each" for g in kids(subj)))
    if subj is not None and not each:
        # "the two countries each expelled", "A and B each recalled": "each" as a second
        # subject or in apposition to the first (link28)
        each = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "each"
                   for c in kids(verb)) or any(
            g.dep_ == "appos" and g.lower_ == "each" for g in kids(subj))
    for c in kids(verb):
        if c.dep_ not in ("dobj", "prep", "dative", "pobj"):
            continue
        for t in c.subtree:
            if t.lower_ in ("other", "another") and t.i > 0 and (
                    t.doc[t.i - 1].lower_ in ("each", "one")):
                return True
            if each and t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "the":
                return True
    return False


def stray_prep_obj(verb: Token, prep: str, depth: int = 3) -> Token | None:
    """The object of a ``prep`` phrase after the verb that the parser hung on a noun of the
    verb's own phrases rather than on the verb ("provide ammunition alongside humanitarian
    assistance to Turkey"): the first such phrase, at most ``depth`` nouns down, not inside
    a clause of its own (a relative clause, a participle, a complement)."""
    # (a conjoined verb is a clause of its own: "spoke by phone and condemned the test as a
    # threat to X" names no one spoken to)
    frontier = [c for c in kids(verb) if c.dep_ in PHRASE_DEPS and c.i > verb.i
                and not (c.dep_ == "conj" and c.pos_ in _VERB_POS)]
    for _ in range(depth):
        nxt: list[Token] = []
        for t in frontier:
            for c in kids(t):
                if c.dep_ == "prep" and c.lower_ == prep and t.pos_ in ("NOUN", "PROPN") and (
                        t.lower_ not in BOUND_NOUNS or verb.lemma_.lower() == "stand"):
                    pobj = child(c, ("pobj",))
                    if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                        return pobj
                if c.dep_ in PHRASE_DEPS and c.i > verb.i and not (
                        c.dep_ == "conj" and c.pos_ in _VERB_POS):
                    nxt.append(c)
        frontier = nxt
    return None


# verbs whose object is the means, not the doer, of the infinitive after it: "used a press
# conference to invite X", "took the opportunity to thank Kishida", "seized the occasion to
# urge ..."
MEANS_VERBS = frozenset({"use", "take", "seize", "grasp", "exploit", "employ", "spend",
                         "devote", "leverage", "utilise", "utilize"})


def means_object(verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is what the subject of ``verb`` uses to do what the infinitive after
    it says ("used a speech to invite", "took the opportunity to urge"): a common noun of
    no name, the object of a verb of means. Its subject, not the object, is the doer."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASKING_VERBS:
        # ("urged Beijing to use its leverage to persuade Pyongyang": an act asked for, not
        # one done)
        return False
    return verb.lemma_.lower() in MEANS_VERBS and obj.pos_ == "NOUN" and not obj.ent_type_


# appeals whose object is asked to act for the one who asks: "Dili may ask Canberra to
# dispatch engineers", "asked its allies to supply shells", "invited Japan to help"
ASKING_VERBS = frozenset({"ask", "request", "invite", "urge", "implore", "beg", "press",
                          "call", "appeal", "petition"})


def asker(verb: Token) -> Token | None:
    """The subject of the appeal whose object ``verb``'s act was asked of: "Dili may ask
    Canberra to dispatch engineers to help rebuild the port" -> "Dili" for "dispatch" and
    "help" (through infinitives that name no subject of their own); None when there is
    none."""
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(cur)):
            return None
        up = cur.head
        if cur.dep_ == "xcomp" and up.lemma_.lower() in ASKING_VERBS and (
                child(up, OBJ_DEPS) is not None or up.lemma_.lower() in ("call", "appeal")):
            return child(up, ("nsubj",))
        if cur.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in kids(cur)):
            return None  # ("after Seoul asked Washington ..., it sent": another clause)
        cur = up
    return None


# what a warning says its target will undergo: "would pay a heavy price", "will face
# consequences", "would be held responsible"
CONSEQUENCE_VERBS = frozenset({"pay", "face", "bear", "suffer", "regret", "hold", "answer"})


def warned_of_consequences(verb: Token) -> Token | None:
    """The one a warning says will bear the consequences: the subject of its reported
    clause when that clause is "X would pay a price", "X will face consequences", "X
    would be held responsible (accountable)" or "X would regret it"; None otherwise."""
    said = child(verb, ("ccomp",))
    if said is None or said.i < verb.i or said.lemma_.lower() not in CONSEQUENCE_VERBS:
        return None
    if said.lemma_.lower() == "hold" and not any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in ("responsible", "accountable",
                                                              "liable") for c in kids(said)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "could", "shall")
               for c in kids(said)):
        return None
    return child(said, ("nsubj", "nsubjpass"))


def scene_subject(verb: Token) -> Token | None:
    """The subject of the clause a "where" or "when" clause is set in: "Scholz and Meloni
    met in Rome, where they talked about migration and agreed to ..." -> "Scholz" for
    "talked" and "agreed" (a plural pronoun there is those who came)."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("where", "when") and c.i < cur.i
            for c in kids(cur)):
        return None
    up = cur.head
    for _ in range(10):
        if up.pos_ in ("VERB", "AUX"):
            return child(up, ("nsubj",))
        if up.head.i == up.i:
            return None
        up = up.head
    return None


def complement_host(verb: Token) -> Token:
    """The verb whose complement ``verb`` is, through a chain of them ("got them to agree"
    -> "got"); ``verb`` itself when it is no complement."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def mediator_clause(tok: Token) -> Token:
    """The verb of the clause a mediation word is told in: the word itself when a verb of
    its own clause, the verb a participle phrase on the clause hangs on ("where C, mediating
    for the bloc, got them to agree" -> "got"), or the verb whose subject a relative clause
    on the mediator describes ("where C, which mediated, urged them" -> "urged")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "nsubj" and (
            tok.head.head.pos_ in ("VERB", "AUX")):
        return tok.head.head
    return tok


def scene_clause_parties(noun: Token) -> tuple[Token, Token] | None:
    """The subject and the object of a relative clause set inside a meeting or call noun:
    "a phone call on Monday, in which Macron thanked Lula", "talks during which Lula urged
    Maduro to ..." -> (Macron, Lula); None when it names no such pair."""
    for rel in kids(noun):
        if rel.dep_ != "relcl" or rel.pos_ not in ("VERB", "AUX"):
            continue
        inside = any(c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "on") and any(
            g.dep_ == "pobj" and g.lower_ == "which" for g in kids(c))
            for c in kids(rel)) or any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in kids(rel))
        subj = child(rel, ("nsubj",))
        obj = child(rel, OBJ_DEPS) or child(rel, ("dative",))
        if obj is None:
            with_ = next((c for c in kids(rel) if c.dep_ == "prep" and c.lower_ == "with"),
                         None)
            obj = child(with_, ("pobj",)) if with_ is not None else None
        if inside and subj is not None and obj is not None and subj.pos_ != "PRON" and (
                obj.pos_ != "PRON"):
            return subj, obj
    return None


# "was responsible for the attack", "held Tehran responsible for the attacks", "is to blame
# for the blast": who is said to have done what the noun names
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "culpable", "liable"})
#: verbs that censure someone for an act ("condemned Moscow for the strikes")
CENSURING_VERBS = frozenset({"condemn", "criticize", "criticise", "denounce", "rebuke",
                             "slam", "censure", "fault", "chastise"})
#: a protest lodged against someone for an act ("a protest against Beijing for the attack")
PROTEST_NOUNS = frozenset({"protest", "complaint"})


def _protest_against(word: Token) -> Token | None:
    """Whom a protest or complaint is lodged against, when ``word`` is the noun or the verb
    whose object it is ("filed a protest against Beijing", with "for the attack" on either)."""
    if word.pos_ == "VERB":
        word = next((c for c in kids(word) if c.dep_ in OBJ_DEPS
                     and c.lemma_.lower() in PROTEST_NOUNS), word)
    if word.lemma_.lower() not in PROTEST_NOUNS or word.pos_ != "NOUN":
        return None
    return next((p for c in kids(word) if c.dep_ == "prep" and c.lower_ == "against"
                 for p in kids(c) if p.dep_ == "pobj"), None)


def held_responsible(noun: Token) -> Token | None:
    """The one a sentence makes answer for the act ``noun`` names: "Iran was responsible
    for the attacks" (Iran), "held Tehran responsible for the attack" (Tehran), "Russia is
    to blame for the strike" (Russia), "blamed Israel for the strike" (Israel); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    word = noun.head.head
    if any(c.dep_ == "neg" for h in (word, word.head) for c in kids(h)):
        return None  # ("said Sudan was not responsible for the attack": cleared, not blamed)
    if word.lower_ == "blame" and word.head.lemma_ == "be":
        return child(word.head, ("nsubj",))
    if word.lemma_.lower() in ("blame", "fault") and word.pos_ == "VERB":
        return child(word, OBJ_DEPS)  # "Tehran has blamed Israel for that strike"
    if word.lemma_.lower() in CENSURING_VERBS and word.pos_ == "VERB" and (
            obj := child(word, OBJ_DEPS)) is not None and obj.i < noun.i and (
            obj.pos_ in ("PROPN", "NOUN")):
        return obj  # "condemned Moscow for the strikes", "criticised Seoul for the raid"
    protest = _protest_against(word)
    if protest is not None:
        return protest  # "filed a protest against Beijing for the attack"
    if word.lower_ not in RESPONSIBLE_WORDS:
        return None
    verb = word.head
    if word.dep_ in ("acomp", "attr") and verb.lemma_ == "be":
        return child(verb, ("nsubj",))
    if word.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and verb.lemma_ in ("hold", "consider",
                                                                          "deem", "find"):
        return child(verb, OBJ_DEPS)
    if word.dep_ == "amod" and word.head.dep_ in OBJ_DEPS:
        return word.head  # ("held Tehran responsible", the adjective hung on the object)
    return None


def out_of(verb: Token) -> Token | None:
    """The place or party something is taken out of: "took its diplomats out of Kabul",
    "withdrew its troops out of Syria" (the phrase on the verb or on its object)."""
    obj = child(verb, OBJ_DEPS)
    for host in (verb, obj):
        if host is None:
            continue
        for c in kids(host):
            if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"):
                of = next((g for g in kids(c) if g.dep_ == "prep" and g.lower_ == "of"),
                          None)
                if of is None and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "of":
                    of = c.doc[c.i + 1]
                found = child(of, ("pobj",)) if of is not None else None
                if found is not None:
                    return found
    return None


def cleft_focus(verb: Token) -> Token | None:
    """The one a cleft sentence puts first as the doer: "it was Beijing that had asked for a
    meeting" -> "Beijing" for "asked"; None when ``verb`` is no such clause."""
    if verb.dep_ not in ("ccomp", "relcl") or not any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "who") for c in kids(verb)):
        return None
    be = verb.head
    if verb.dep_ == "relcl":
        # (the clause hung on the focus itself: "It was Russia that ...")
        focus, be = be, be.head
        if focus.dep_ != "attr":
            return None
    else:
        focus = child(be, ("attr",))
    if be.lemma_ != "be" or focus is None or not any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in kids(be)):
        return None
    return focus


def reported_side(speaker: Token) -> Token | None:
    """The subject of the report a speaker fronted before "said": "Guatemala has expelled
    the envoy, Foreign Minister NAME said, accusing Managua of ..." -> "Guatemala" (an
    official announcing an act speaks for the side that did it); None when the speaker's
    verb reports nothing before it."""
    verb = speaker.head
    if speaker.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    said = next((c for c in kids(verb) if c.dep_ in ("ccomp", "parataxis")
                 and c.i < speaker.i), None)
    if said is None:
        return None
    subj = child(said, ("nsubj", "nsubjpass"))
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb whose clause holds ``tok``: "Negotiations with
    Ankara will go on, the ministry said" -> "ministry"; None when no such verb governs it."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in REPORTING_VERBS:
            return child(cur.head, ("nsubj",))
        cur = cur.head
    return None


def group_leader(noun: Token) -> Token | None:
    """Who leads the group a noun names: "the mission, led by a deputy minister", "a team
    headed by the deputy foreign minister" -> the leader; else None."""
    if noun.pos_ != "NOUN":
        return None
    for c in kids(noun):
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("lead", "head", "chair"):
            by = next((g for g in kids(c) if g.dep_ in ("agent", "prep") and g.lower_ == "by"),
                      None)
            found = child(by, ("pobj",)) if by is not None else None
            if found is not None:
                return found
    return None


def blaming_side(noun: Token) -> Token | None:
    """Who blames someone for the act ``noun`` names: the subject of "blame" in "Tehran
    blamed Israel for that strike" (None when the blame is denied, "did not blame", and for
    an act blamed for a harm, "blamed an air strike for the blast", whose blamer may be
    anyone)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if _protest_against(verb) is not None:
        # "Manila filed a protest against Beijing for the attack": Manila
        verb = verb.head if verb.pos_ == "NOUN" and verb.dep_ in OBJ_DEPS else verb
    elif verb.lemma_.lower() != "blame" or verb.pos_ != "VERB" or child(
            verb, OBJ_DEPS) is None:
        return None
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in kids(verb)):
        return None
    subj = child(verb, ("nsubj",))
    return subj if subj is not None and subj.lower_ not in ("who", "which", "that") else None


#: papers several sides may sign to take a stance together ("a joint statement calling ...")
STANCE_PAPERS = frozenset({"statement", "letter", "declaration", "communique", "communiqué",
                           "appeal", "petition"})
#: what such a paper does to someone else ("a statement calling X a victim", "urging Y")
STANCE_VERBS = frozenset({"call", "urge", "condemn", "demand", "criticize", "criticise",
                          "denounce", "reject", "accuse", "ask", "warn", "protest", "oppose",
                          "express", "decry", "deplore", "slam"})


def stance_paper(paper: Token) -> bool:
    """A statement or letter whose participle says what it does to someone else: "signed a
    joint statement calling X a victim", "a letter urging Y to ..." (not "a declaration
    establishing a partnership")."""
    return paper.lemma_.lower() in STANCE_PAPERS and any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in STANCE_VERBS
        for c in kids(paper))


def for_to_subject(verb: Token) -> Token | None:
    """The one a "for ... to" clause says should act: "called for Rwanda to withdraw" (a
    subject marked by "for"), "the call of the EU for Serbia to withdraw" (parsed as a "for"
    phrase before the infinitive); None for any other clause."""
    if verb.pos_ != "VERB":
        return None
    subj = child(verb, ("nsubj",))
    if subj is not None:
        return subj if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids(verb)) \
            else None
    to = next((c for c in kids(verb) if c.dep_ == "aux" and c.lower_ == "to"
               and c.i == verb.i - 1), None)
    if to is None or to.i == 0:
        return None
    prev = verb.doc[to.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ == "for" and prev.head.dep_ == "prep" and (
            prev.pos_ in ("PROPN", "NOUN")):
        return prev
    return None


def date_antecedent(date: Token) -> Token | None:
    """The noun a relative clause set after a date stands for, when the parser hung the
    clause on the date (a date does nothing): "a statement by the AU on Monday, which
    condemned ..." -> statement; "a summit of X held on 3 May, which suspended ..." -> X."""
    if date.ent_type_ not in ("DATE", "TIME") or date.dep_ != "pobj" or (
            date.head.dep_ != "prep"):
        return None
    up = date.head.head
    for _ in range(2):
        if up.ent_type_ in ("GPE", "LOC", "FAC") and up.dep_ == "pobj" and (
                up.head.dep_ == "prep"):
            up = up.head.head  # ("held in Luanda on 3 May, which ...": not the place)
    if up.pos_ == "VERB" and up.dep_ == "acl" and up.head.pos_ in ("NOUN", "PROPN"):
        return up.head
    if up.pos_ in ("NOUN", "PROPN") and up.ent_type_ not in ("DATE", "TIME"):
        return up
    if up.pos_ == "VERB":
        obj = child(up, OBJ_DEPS)
        return obj if obj is not None and obj.i < date.i else None
    return None


def protested_for(noun: Token) -> bool:
    """Whether ``noun`` is what a protest against someone is lodged for ("filed a protest
    against Beijing for the ramming"): the one who protests is mostly the one hit."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep" and (
        _protest_against(noun.head.head) is not None)


# relative pronouns that may open a clause as its verb's first object
_REL_OBJECTS = frozenset({"whom", "which", "that", "who"})


def whose_antecedent(noun: Token) -> Token | None:
    """The noun a "whose" phrase belongs to: "Qatar, whose emir hosted the talks" ->
    "Qatar" for "emir"; "Moscow, whose troops Kyiv says it repelled" -> "Moscow" for
    "troops"; None when ``noun`` has no "whose" or the clause hangs on no noun."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in kids(noun)):
        return None
    cur = noun
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            return head if head.pos_ in ("NOUN", "PROPN") else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def object_after_relative(verb: Token, obj: Token) -> Token | None:
    """The second object of a relative clause whose first one is the relative pronoun:
    "the rebels, whom Kinshasa accuses Rwanda of backing" -> "Rwanda" (the parser makes
    "whom" and "Rwanda" both objects of "accuses"); None otherwise."""
    if obj.lower_ not in _REL_OBJECTS or obj.i > verb.i:
        return None
    return next((c for c in kids(verb) if c.dep_ in OBJ_DEPS and c.i > verb.i
                 and c.pos_ in ("PROPN", "NOUN")), None)


# prepositions that set an act against what another side asked or warned: "executed them
# despite appeals from Canberra"
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding"})
# nouns of "in spite of", "in defiance of", "in the face of"
_CONCESSIVE_NOUNS = frozenset({"spite", "defiance", "face"})


def conceded_verb(noun: Token) -> Token | None:
    """The verb whose act went ahead in spite of ``noun``: "executed the two men despite
    months of appeals from Canberra" -> "executed" for "appeals"; also "in spite of",
    "in defiance of", "in the face of" (through "of" phrases that count or time the noun:
    "months of appeals", "a wave of protests"); None otherwise."""
    cur = noun
    for _ in range(2):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" \
                and cur.head.head.lower_ not in _CONCESSIVE_NOUNS:
            cur = cur.head.head
    if cur.dep_ != "pobj":
        return None
    prep = cur.head
    if prep.lower_ == "of" and prep.head.lower_ in _CONCESSIVE_NOUNS and (
            prep.head.dep_ == "pobj") and prep.head.head.lower_ == "in":
        prep = prep.head.head
    elif prep.lower_ not in CONCESSIVE_PREPS:
        return None
    verb = prep.head
    return verb if verb.pos_ in _VERB_POS and prep.dep_ == "prep" else None


# prepositions of a gerund that tells what an act is about (not its manner or time: "opened
# fire without warning", "after talking to X")
COMPLEMENT_PREPS = frozenset({"from", "of", "on", "to", "about"})


def complement_acts(verb: Token) -> list[Token]:
    """The verbs an act's own complement tells it is about: "pulled back from ending the
    pact" -> "ending", "stopped short of imposing tariffs" -> "imposing", "refused to
    extend the deal" -> "extend" (an open complement, or a gerund after a preposition of
    the verb or of its particle or adverb)."""
    out: list[Token] = []
    for c in kids(verb):
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            out.append(c)
        elif c.dep_ == "prep" and c.i > verb.i and c.lower_ in COMPLEMENT_PREPS:
            out += [g for g in kids(c) if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        elif c.dep_ in ("advmod", "prt", "acomp") and c.i > verb.i:
            out += [g for p in kids(c) if p.dep_ == "prep" and p.lower_ in COMPLEMENT_PREPS
                    for g in kids(p) if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    return out


def split_subject(verb: Token, subj: Token) -> Token | None:
    """The whole subject when the parser split a name in apposition off a coordinated one
    as a second subject: "Shoigu and his Turkish counterpart Hulusi Akar signed ..." has
    "Shoigu" (with "counterpart" joined to it) and "Akar" both as subjects; -> "Shoigu" for
    "Akar". None otherwise."""
    if subj.dep_ != "nsubj" or subj.head.i != verb.i or subj.pos_ != "PROPN":
        return None
    first = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < subj.i), None)
    if first is None:
        return None
    last = next((c for c in reversed(list(first.conjuncts)) if c.i > first.i), None)
    return first if last is not None and last.i == subj.left_edge.i - 1 and (
        last.pos_ == "NOUN") else None


def reported_outright(tok: Token) -> bool:
    """Whether ``tok`` is the act a reported clause itself tells ("officials said Cambodia
    had asked for ..."), not one of a relative or adverbial clause inside it ("said they
    were working with the Tongan authorities, who have asked ...")."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in REPORTING_VERBS:
            return True
        if cur.dep_ in ("relcl", "acl", "advcl") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# prepositions whose object the parser takes for the subject of the verb right after it when
# no comma closes the phrase: a subordinator read as a preposition ("after Mexico granted
# asylum"), or a fronted time phrase ("In May Kenya sent troops")
SWALLOWING_PREPS = frozenset({"after", "before", "since", "until", "till", "once", "as",
                              "in", "on"})
# the fronted time phrases need a time word in the swallowed name ("in May X", not "in
# Beijing X": "in Beijing Xi met ..." is parsed right and would name a place)
_TIME_PREPS = frozenset({"in", "on"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def swallowed_subject(verb: Token) -> Token | None:
    """The subject the parser hung as the object of a preposition just before a finite verb
    that has no subject of its own ("In September Tshisekedi asked the UN", "expelled the
    envoy after Mexico granted asylum"): the name right before the verb (adverbs of the verb
    skipped); None when the verb has a subject, is not finite or no such name is there."""
    if verb.tag_ not in _FINITE_TAGS or verb.dep_ in ("relcl", "acl", "amod", "pcomp"):
        return None
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ == "advmod" and doc[i].head.i == verb.i:
        i -= 1
    if i < 1:
        return None
    name = doc[i]
    prep = name.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.dep_ != "prep" or (
            prep.lower_ not in SWALLOWING_PREPS) or name.ent_type_ in ("DATE", "TIME"):
        return None
    if prep.lower_ in _TIME_PREPS and not any(
            c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in kids(name)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb)):
        return None
    return name
