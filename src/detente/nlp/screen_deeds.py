"""Screening, part two: words of an act used for something that is no act between two sides.

Each test takes the trigger the extractor is about to code and returns the token that shows
the mention is no event (for the log), or None. They were written against the false
positives of the readable gold sets (session 23, prec32), each for a construction:

* "hostile" describing a deed ("peacekeepers lost to hostile attacks", "wanted for hostile
  acts") is no judgement of a side: that needs a judge ("called the step hostile", "accused
  it of hostile actions") or an addressee ("groups hostile to Rwanda");
* a warning that something is going on ("warned that the two sides were playing with fire",
  "that a new imperialism was emerging") describes a course under way: no threat, which
  says what will or would happen;
* fighting a scourge ("offered funds to fight people smuggling", "joined forces to fight
  corruption") is no fight with a side;
* evacuating one's own people ("evacuated the staff of its embassy in X") is no aid to X;
  withdrawing a stance ("withdrew its consent") is no withdrawal of forces; a warning
  against a course ("warned against turning terrorism into a weapon") names no side.

Pure functions over spaCy tokens (:func:`deed_screened` is called by
:func:`detente.nlp.screen.screened`).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.actor_common import ResolvedActor
from detente.nlp.rules import MODALS as RULE_MODALS
from detente.nlp.rules import Trigger
from detente.nlp.words import sentence_words
from detente.resolve.tokens import kids, sent_of

# verbs and nouns of a judgement whose object a "hostile" deed may be ("accused Rabat of
# hostile actions", "called the expulsion hostile", "condemned hostile acts")
JUDGING_WORDS = frozenset({
    "accuse", "accusation", "blame", "charge", "call", "consider", "deem", "describe", "term",
    "label", "brand", "regard", "see", "view", "condemn", "denounce", "protest", "decry",
    "criticize", "criticise", "complain",
})
# the addressee of a hostile stance: "hostile to Rwanda", "hostile towards Beijing"
HOSTILE_PREPS = frozenset({"to", "toward", "towards", "against"})
# modal and future auxiliaries: a warning with one says what will or would happen
MODALS = RULE_MODALS | {"ca"}  # ("ca" of "can't")
# scourges a state "fights": crimes, ills and threats of no side in particular
SCOURGE_WORDS = frozenset({
    "smuggling", "trafficking", "terrorism", "extremism", "radicalism", "radicalisation",
    "radicalization", "corruption", "crime", "crimes", "criminality", "poverty", "hunger",
    "famine", "disease", "diseases", "pandemic", "epidemic", "virus", "inflation",
    "unemployment", "piracy", "fraud", "laundering", "disinformation", "misinformation",
    "impunity", "drug", "drugs", "narcotics", "migration", "fire", "fires", "wildfire",
    "wildfires", "change", "pollution", "desertification", "deforestation", "racism",
    "antisemitism", "discrimination", "violence", "insecurity", "evasion", "cybercrime",
    "poaching", "logging", "mining", "fishing",
})


def _judged(tok: Token) -> bool:
    """Whether a verb or noun of judgement stands above ``tok`` in its sentence."""
    return any(a.lemma_.lower() in JUDGING_WORDS for a in tok.ancestors)


def hostile_deed(tok: Token) -> Token | None:
    """The deed noun "hostile" describes when no one judges it and it is aimed at no one
    ("lost more peacekeepers to hostile attacks"), else None."""
    if tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return None
    if any(c.dep_ == "prep" and c.lower_ in HOSTILE_PREPS for c in kids(tok)):
        return None  # "groups hostile to Rwanda"
    if _judged(tok):
        return None
    return tok.head


def warned_course(tok: Token) -> Token | None:
    """The verb of a course under way that a warning tells of ("warned that the two sides
    were playing with fire"): a progressive clause with no modal, condition or infinitive
    ("was preparing to strike" is the accusation ``rules.warned_preparation`` codes), else
    None."""
    for c in kids(tok):
        if c.dep_ != "ccomp" or c.tag_ != "VBG":
            continue
        aux = [g for g in kids(c) if g.dep_ in ("aux", "auxpass")]
        if not any(g.lemma_.lower() == "be" for g in aux):
            continue
        if any(g.lower_ in MODALS for g in aux):
            continue
        if any(g.dep_ in ("xcomp", "ccomp") for g in kids(c)):
            continue
        if any(t.lower_ in ("if", "unless") for t in c.subtree):
            continue
        return c
    return None


def scourge_fought(tok: Token) -> Token | None:
    """The scourge a "fight" is against ("to fight people smuggling", "the fight against
    corruption"), else None."""
    # (the small model parses "to fight people trafficking" as a clause -- "trafficking" a
    # verb with "people" its subject -- or "trafficking" as a participle after "people")
    objs = [c for c in kids(tok) if c.dep_ in ("dobj", "obj", "ccomp", "xcomp")]
    objs += [p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "against"
             for p in kids(c) if p.dep_ == "pobj"]
    for o in objs:
        for w in (o, *(g for g in kids(o) if g.dep_ in ("acl", "conj"))):
            if w.pos_ in ("NOUN", "VERB") and w.lower_ in SCOURGE_WORDS:
                return w
    return None


# what a side withdraws that is a stance or a request, not forces from a place ("withdrew its
# consent for the consulates", "withdrew its candidacy")
STANCE_WORDS = frozenset({
    "consent", "support", "recognition", "approval", "backing", "nomination", "candidacy",
    "candidature", "application", "bid", "complaint", "objection", "offer", "proposal",
    "request", "invitation", "accreditation", "permission", "licence", "license",
    "endorsement", "veto", "reservation", "reservations", "signature", "name", "motion",
    "resolution", "draft", "statement", "remarks", "comment", "comments", "claim", "claims",
    "threat", "ultimatum", "demand", "demands", "suit", "lawsuit", "case", "charges",
})
# a side's own people that it evacuates ("evacuated the staff of its embassy", "evacuated
# its citizens from Khartoum"): a rescue of its own, no aid to the place
OWN_WORDS = frozenset({"its", "their", "his", "her", "our", "own"})


def own_people_evacuated(tok: Token) -> Token | None:
    """The object of "evacuate" when the evacuating side's own ("its", "their") people,
    staff or mission are evacuated, else None."""
    for o in kids(tok):
        if o.dep_ not in ("dobj", "obj"):
            continue
        if any(t.lower_ in OWN_WORDS and t.dep_ == "poss" for t in o.subtree):
            return o
    return None


def stance_withdrawn(tok: Token) -> Token | None:
    """The stance or request "withdraw" takes back ("withdrawing its consent"), else None."""
    for o in kids(tok):
        if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in STANCE_WORDS:
            return o
    return None


def warned_against_course(tok: Token) -> Token | None:
    """The course a warning "against" names with no side ("warned against turning terrorism
    into a weapon"): a gerund, with no one warned ("warned NATO against sending troops" is a
    threat to NATO), else None."""
    if any(c.dep_ in ("dobj", "obj", "dative") for c in kids(tok)):
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "against":
            for g in kids(c):
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g
    return None


def onlooker_tokens(tok: Token) -> set[int]:
    """The tokens of the onlookers of the act of ``tok``: "with Meloni and Rutte at their
    side", "witnessed by the Qatari emir" -- people present at a signing or a meeting, no
    party to it. ("Signed in the presence of the two leaders" is not among them: the gold
    sets code the leaders' states as the parties of what their officials sign.)"""
    out: set[int] = set()
    sent = sent_of(tok)
    if sentence_words(sent).words.isdisjoint(("side", "witness")):
        return out  # (no "at their side", no "witnessed by": most sentences)
    for t in sent:
        if t.dep_ != "pobj":
            continue
        prep = t.head
        if prep.lower_ == "with" and any(
                c.dep_ == "prep" and c.lower_ in ("at", "by") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() == "side" and any(
                        x.dep_ == "poss" for x in kids(g)) for g in kids(c))
                for c in (*kids(t), *kids(prep), *kids(prep.head))):
            # "with X at their side" (the parser hangs "at their side" on X, on "with" or on
            # the verb)
            out.update(x.i for x in t.subtree)
        elif prep.dep_ == "agent" and prep.head.lemma_.lower() == "witness" and (
                prep.head.i != tok.i):
            out.update(x.i for x in t.subtree)
    return out


def without_onlookers(tok: Token, *found: list[ResolvedActor]
                      ) -> tuple[list[ResolvedActor], ...]:
    """Each list of ``found`` without the sides told as onlookers of the act of ``tok``
    (:func:`onlooker_tokens`, searched once for all the lists)."""
    near = onlooker_tokens(tok) if any(found) else set()
    if not near:
        return found
    at = {t.idx: t.i for t in sent_of(tok)}
    return tuple([a for a in group
                  if at.get(a.actor.start if a.actor.start is not None else -1) not in near]
                 for group in found)


def deed_screened(trig: Trigger) -> str | None:
    """Why ``trig`` names a deed or an ill rather than an act between sides, or None."""
    tok, pat = trig.token, trig.pattern
    if pat.id == "disapprove.hostile" and (deed := hostile_deed(tok)) is not None:
        return f"a hostile deed described, no side judged ({deed.text})"
    if pat.id == "threaten.warn" and (course := warned_course(tok)) is not None:
        return f"warns of a course under way, no threat ({course.text})"
    if pat.cameo[:2] == "19" and tok.lemma_.lower() == "fight" and (
            ill := scourge_fought(tok)) is not None:
        return f"a scourge fought, no side ({ill.text})"
    if pat.id == "aid.evacuate" and (own := own_people_evacuated(tok)) is not None:
        return f"a side's own people evacuated, no aid ({own.text})"
    if pat.id == "yield.withdraw" and (stance := stance_withdrawn(tok)) is not None:
        return f"a stance or request withdrawn, not forces ({stance.text})"
    if pat.id == "threaten.warn_against" and (course := warned_against_course(tok)) is not None:
        return f"warns against a course, names no side ({course.text})"
    return None
