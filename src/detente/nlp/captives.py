"""People held, tried, freed, swapped or handed over: who holds them and whose they are.

A state arrests, tries, sentences, holds, frees, pardons, deports or extradites citizens of
another state. The news names the person, not the state they belong to, and often not the
state that holds them either:

* the TARGET is the held person's country, told by a nationality on the phrase ("the
  Canadian businessman", "two Canadians"), by an apposition ("Gershkovich, a Wall Street
  Journal reporter", "a dual U.S.-Russian citizen": the citizenship that is not the
  holder's), or by the person's name given a nationality earlier in the article ("Spavor
  was sentenced ..." after "Kovrig and Spavor, two Canadian citizens, were detained");
  "them", "the two men", "the four" after such a sentence are the people held last;
* the SOURCE is the holding state: a "by" agent (the engine's own), else where it happened
  ("was arrested in Yekaterinburg", "sentenced in Minsk"; for a release, the venue of a swap
  is often a third country, so the holder told before comes first there), else the state
  the article last told holding people of that country, else the other side of the
  article's main relationship.

Two frames add a second event: a release "in exchange for" / "in return for" someone is
a swap, so the freed person's side also freed someone to the first holder (0841 back); a
person "extradited to" a state is held by it (173, besides the extradition's 063 between
the two states).

:func:`captive_arguments` is called by :class:`detente.nlp.events.EventExtractor` after the
engine's own argument search, only for the codes of this domain and only to fill a side the
search left empty; the article's memory of named captives lives on the extractor, keyed by
the resolver (one per article), like the acts told (:class:`.arguments.ToldAct`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.actors import ActorKB
from detente.coding.patterns import Pattern
from detente.model import Actor, Event
from detente.nlp.actor_common import ARMED_SECTORS, implicit_actor
from detente.nlp.actors import ActorResolver, ResolvedActor
from detente.nlp.clauses import child, direct_object, is_passive, passive_subject
from detente.nlp.rules import REL_PRONOUNS, Trigger, prep_obj
from detente.resolve import doc_text
from detente.resolve.dates import find_dateline
from detente.resolve.tokens import kids

if TYPE_CHECKING:
    from detente.nlp.events import EventExtractor

#: codes whose patient is a person held or let go
CAPTIVE_CODES = frozenset({"173", "174", "0841"})
#: verbs of the domain (a pattern of one of these codes on another verb is left alone:
#: "captured a town", "seized a tanker" have their own readings)
CAPTIVE_VERBS = frozenset({
    "arrest", "detain", "jail", "imprison", "sentence", "convict", "try", "hold", "charge",
    "free", "release", "pardon", "deport", "extradite", "expel", "intern", "prosecute",
    "indict", "exchange", "swap", "repatriate", "spare", "commute", "capture", "abduct",
    "kidnap", "put",
})
#: nouns of the domain ("the arrest of", "Meng's arrest", "their release")
CAPTIVE_NOUNS = frozenset({"arrest", "detention", "release", "deportation", "imprisonment",
                           "jailing", "capture"})
#: prepositions whose detention or release noun is asked for or only dates something
ASKED_OR_ANCHOR_PREPS = frozenset({"for", "toward", "towards", "after", "before", "since",
                                   "until", "following"})
#: releases whose venue may be a third country (a swap at an airport abroad)
RELEASE_CODES = frozenset({"0841"})
#: verbs only a person undergoes (a company or an outlet of the same name is not meant)
PERSON_ONLY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                               "try", "pardon", "extradite", "deport"})
#: participles of being held, whose place names the holder of a later act
HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "arrest", "keep"})
#: verdicts and trials that tell the receiving state's hold on someone extradited
VERDICT_VERBS = frozenset({"sentence", "try", "jail", "imprison"})
#: what "held" someone "responsible" judges them, however the parser hangs the word
JUDGED_WORDS = frozenset({"responsible", "accountable", "liable", "guilty", "hostage"})
#: organs that hold, try or free people, named with no country ("a court sentenced her",
#: "was convicted by a jury"): the holder's own, found as when no doer is named
GENERIC_HOLDERS = frozenset({"court", "judge", "jury", "tribunal", "prosecutor", "police",
                             "policeman", "authority", "official", "agent",
                             "officer", "prosecutors", "authorities"})
#: words that place an act nowhere in particular
ABROAD_WORDS = frozenset({"abroad", "overseas", "elsewhere"})
#: sectors of people held mostly by their own state (a deposed president, a lawmaker, an
#: opposition leader): no holder is guessed for them from the story
OWN_STATE_SECTORS = frozenset({"GOV", "OPP", "PTY", "LEG", "JUD", "ELI"})
#: sectors of the one held that :func:`home_holder` gives a holder of their own country:
#: a former official, an opposition figure
HOME_HELD_SECTORS = frozenset({"ELI", "OPP"})
#: the organ of the held person's own state each act of holding names
HOME_ORGANS = {"arrest": "COP", "detain": "COP", "capture": "COP", "sentence": "JUD",
               "convict": "JUD", "try": "JUD", "prosecute": "JUD", "indict": "JUD",
               "jail": "GOV", "imprison": "GOV", "hold": "GOV", "intern": "GOV"}
#: words that make an office a former one ("former Vice President X")
FORMER_WORDS = frozenset({"former", "ousted", "deposed", "exiled", "jailed", "disgraced"})
#: sectors of a state that hold its own former officials
CIVIL_HOLDERS = frozenset({"COP", "JUD", "GOV"})
#: people held at home as political figures, with a word that makes them local or partisan
POLITICAL_PEOPLE = frozenset({"leader", "politician", "figure", "member", "official",
                              "supporter", "organizer", "organiser"})
HOME_POLITICAL_MODS = frozenset({"local", "political", "opposition", "party", "regional",
                                 "separatist", "pro-independence", "student", "union"})
#: people of no office held by their own state ("arrested 41 of their workers")
CIVIL_PEOPLE = frozenset({"worker", "student", "villager", "resident", "farmer", "teacher",
                          "volunteer", "monitor", "staffer", "employee", "lawyer"})
#: people told only as held ("freed 40 political prisoners": its own critics)
INMATE_NOUNS = frozenset({"prisoner", "detainee", "inmate", "captive"})
#: words that make the people held someone else's
FOREIGN_MODS = frozenset({"foreign", "international", "overseas", "expatriate", "migrant",
                          "visiting", "western"})
#: organs named with no country that arrest people at home, and their sectors
HOME_DOER_SECTORS = {"police": "COP", "policeman": "COP", "authority": "GOV", "authorities": "GOV",
                     "prosecutor": "JUD"}
#: nouns that count the people of an "of" phrase ("dozens of students")
COUNT_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "several", "some",
                         "many", "more", "dozen"})
#: kinds of what a name resolves to that are no person held ("Saab" the carmaker)
NOT_PEOPLE = frozenset({"institution", "media", "igo", "dyad", "implicit"})
#: prepositions of where someone was held, tried or arrested
WHERE_PREPS = ("in", "at")
#: words that refer back to people told before, not to a state or a pair of states
BACK_WORDS = frozenset({"them", "they", "their", "him", "her", "his", "he", "she", "men",
                        "man", "women", "woman", "two", "three", "four", "five", "six",
                        "pair", "trio", "group", "detainees", "prisoners", "captives", "hostages"})
#: prepositions of what a release was traded for
SWAP_PREPS = ("for",)
#: entity labels of names that are no person
NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT",
                             "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "EVENT", "PRODUCT",
                             "WORK_OF_ART", "LANGUAGE", "NORP"})
#: people held by their own state as its opponents (no nationality needed)
DISSIDENT_NOUNS = frozenset({"opponent", "dissident", "critic", "activist", "protester",
                             "protestor", "demonstrator", "rival"})
#: determiners of a phrase that refers back ("the two men", "these detainees")
DEFINITE = frozenset({"the", "these", "those", "both"})
#: dependencies of the words of a person's name
NAME_DEPS = ("compound", "appos", "flat")
#: how far back (in tokens) "them" or "the two men" may point to the people held last
RECENT_TOKENS = 120
SWAP_NOUNS = frozenset({"exchange", "return", "swap", "trade"})
#: a named person held ("Whelan had been held since 2018", "two Canadians held in China"):
#: the light verb "hold" takes no pattern without an object list in the lexicon, so this
#: reading, which asks for a person (or a people's noun, or an untagged name) as the one
#: held, is the module's own; tried after the lexicon's patterns of "hold"
HELD_PERSON = Pattern(id="coerce.hold_person", head="hold", pos="VERB", cameo="173",
                      target=("dobj",), object_kind="person",
                      not_object=("talks", "meeting", "responsible", "accountable"))
#: the synthetic pattern of a person extradited to a state: held by it (173)
EXTRADITED_HELD = Pattern(id="coerce.extradited_held", head="extradite", pos="VERB",
                          cameo="173", target=("to",))


@dataclass
class CaptiveMemory:
    """The captives an article named: each name word (lower case) and the groups held."""

    resolver: ActorResolver | None = None
    names: dict[str, ResolvedActor] = field(default_factory=dict)
    # (token, actors) of each group of people told held, in text order
    history: list[tuple[int, list[ResolvedActor]]] = field(default_factory=list)
    # the country the story is filed from and names most ("" when none; None: not yet known)
    home: str | None = None


def _memory(ex: EventExtractor, r: ActorResolver) -> CaptiveMemory:
    mem: CaptiveMemory | None = getattr(ex, "_captives", None)
    if mem is None or mem.resolver is not r:
        mem = CaptiveMemory(r)
        ex._captives = mem  # type: ignore[attr-defined]
    return mem


def maybe_person(kb: ActorKB, tok: Token) -> bool:
    """Whether ``tok`` may name people held though no person list knows it: a people's noun
    ("two Canadians") or a name that is no place, body or date ("Kovrig", tagged a body by
    the model), set by its own (not the name of a thing: "the Stena Impero")."""
    if kb.demonym_country(tok.text) is not None:
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_PERSON_ENTS or not tok.text[:1].isupper():
        return False
    if any(c.dep_ == "det" for c in kids(tok)):
        return False  # ("the Galaxy Leader": a ship or a thing)
    return not any(e.kind != "person" for e in kb.find(tok.text))


def applies(trig: Trigger) -> bool:
    """Whether ``trig`` is an act on a held person this module fills sides for."""
    pat = trig.pattern
    if pat.pos == "NOUN":
        return pat.cameo in CAPTIVE_CODES and pat.head in CAPTIVE_NOUNS
    return pat.pos == "VERB" and pat.cameo in CAPTIVE_CODES and (
        trig.token.lemma_.lower() in CAPTIVE_VERBS or pat.head in CAPTIVE_VERBS)


def _noun_holder_word(noun: Token) -> Token | None:
    """Who a detention noun names as held by its possessor: a person ("Meng's arrest", "his
    release", "whose detention"), not a state ("China's detention of two Canadians")."""
    poss = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        # ("Meng Wanzhou, whose arrest in Vancouver ...": the one the clause describes)
        cur = noun
        while cur.dep_ != "relcl" and cur.head.i != cur.i:
            cur = cur.head
        return cur.head if cur.dep_ == "relcl" else None
    if poss.lower_ in ("his", "her", "their") or (
            poss.pos_ == "PROPN" and poss.ent_type_ in ("PERSON", "")):
        return poss
    return None


def _former_official(ex: EventExtractor, held: Token) -> bool:
    """Whether ``held`` names a former office holder by the office alone, with no country
    ("former Vice President Jorge Glas", "the ousted prime minister", "an ex-minister")."""
    titles = [t for t in (held, *(c for c in kids(held) if c.dep_ == "compound"))
              if t.pos_ in ("NOUN", "PROPN") and ex.kb.title_sector(t.text)]
    if any(t.lower_.startswith("ex-") and ex.kb.title_sector(t.text[3:])
           for t in (held, *kids(held))):
        return True
    return any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS
               for t in titles for c in kids(t))


def _own_opponents(ex: EventExtractor, held: Token, sources: list[ResolvedActor]
                   ) -> list[ResolvedActor]:
    """The holder's own opposition when ``held`` names opponents, dissidents or activists
    with no other country ("freed 222 jailed opponents"), its own former officials when it
    names one by a former office alone ("police arrested former Vice President X"); []
    otherwise."""
    if len({s.actor.country for s in sources}) != 1 or not sources[0].actor.country:
        return []
    if held.lemma_.lower() in DISSIDENT_NOUNS:
        sector = "OPP"
    elif _former_official(ex, held) and all(s.actor.sector in CIVIL_HOLDERS for s in sources):
        # (by its police, courts or government; troops often hold another people's)
        sector = "ELI"
    else:
        return []
    country = sources[0].actor.country
    if country not in ex.kb.country_codes:
        return []  # (an international body holds no former officials of its own)
    return [ResolvedActor(Actor(held.text, None, ex.kb.make_code(country, sector), country,
                                sector, held.idx, held.idx + len(held.text)), "agent")]


def _own_people(ex: EventExtractor, held: Token, sources: list[ResolvedActor]
                ) -> list[ResolvedActor]:
    """The holder's own people when ``held`` names new people of no stated country by what
    they do at home: local or opposition politicians ("detained local political leaders":
    OPP), or workers, students, villagers ("arrested 41 of their workers": CVL). A phrase
    that refers back ("the workers", "these leaders") or names a nationality is not."""
    noun = held
    if (held.pos_ == "NUM" or held.lower_ in COUNT_NOUNS) and (
            inner := prep_obj(held, ("of",))) is not None:
        noun = inner  # ("41 of their workers")
    elif any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss")
             for c in kids(held)):
        return []
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or _nationalities(ex, noun):
        return []
    lemma = noun.lemma_.lower()
    mods = {c.lower_ for c in kids(noun) if c.dep_ in ("amod", "compound", "nmod")}
    if mods & FOREIGN_MODS:
        return []
    if lemma in POLITICAL_PEOPLE and mods & HOME_POLITICAL_MODS:
        sector = "OPP"
    elif lemma in CIVIL_PEOPLE:
        sector = "CVL"
    elif lemma in INMATE_NOUNS and "political" in mods:
        sector = "OPP"  # ("freed 40 political prisoners": its own critics)
    elif lemma in PEOPLE_NOUNS and _held_in_own_jails(noun):
        # ("freed 130 people it had kept in its jails": a state's own people
        # freed from its jails make news as its prisoners of conscience, as the sets code
        # them; its dealings with plain citizens are no event, screen.home_cooperation)
        sector = "OPP"
    else:
        return []
    countries = {a.actor.country for a in sources}
    country = next(iter(countries)) if len(countries) == 1 else None
    if not country or country not in ex.kb.country_codes or not all(
            a.actor.sector in CIVIL_HOLDERS | {None} for a in sources):
        return []
    return [ResolvedActor(Actor(noun.text, None, ex.kb.make_code(country, sector), country,
                                sector, noun.idx, noun.idx + len(noun.text)), "agent")]


#: places people are held in
JAIL_NOUNS = frozenset({"prison", "prisons", "jail", "jails", "cell", "cells", "custody"})


def _held_in_own_jails(noun: Token) -> bool:
    """Whether a clause on ``noun`` says the people were held in the holder's own jails
    ("people who had been held in its prisons", "men kept in their jails")."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLDING_VERBS and any(
        p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
            o.dep_ == "pobj" and o.lower_ in JAIL_NOUNS and any(
                d.dep_ == "poss" and d.lower_ in ("its", "their") for d in kids(o))
            for o in kids(p))
        for p in kids(c)) for c in kids(noun))


def _rivals_of(ex: EventExtractor, r: ActorResolver, held: Token
               ) -> tuple[ResolvedActor, list[ResolvedActor]] | None:
    """The government and the opposition of the state whose ruler or government owns the
    opponents held ("Ortega's main rivals", "the junta's critics"): None when ``held`` is no
    such phrase or its owner is no state's ruler."""
    if held.pos_ == "PROPN":
        # ("released Bishop X, the most prominent critic of President Y": the apposition
        # says whose opponent the one named is)
        noun = next((c for c in kids(held) if c.dep_ == "appos"
                     and c.lemma_.lower() in DISSIDENT_NOUNS), None)
        if noun is None:
            return None
        held, poss = noun, prep_obj(noun, ("of",))
    elif held.lemma_.lower() not in DISSIDENT_NOUNS or held.tag_ != "NNS":
        return None
    else:
        poss = next((c for c in kids(held) if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON":
        return None
    owners = [a for a in r.resolve(poss) if a.actor.country in ex.kb.country_codes
              and a.actor.sector in ("GOV", None) and a.kind not in ("implicit", "dyad")]
    countries = {a.actor.country for a in owners}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    gov = ResolvedActor(Actor(None, None, ex.kb.make_code(country, "GOV"), country, "GOV"),
                        "implicit")
    return gov, [ResolvedActor(Actor(held.text, None, ex.kb.make_code(country, "OPP"), country,
                                     "OPP", held.idx, held.idx + len(held.text)), "agent")]


def story_home(ex: EventExtractor, r: ActorResolver, tok: Token) -> str:
    """The country the article is filed from when it is also the one it names most ("HARARE,
    Aug 27 - ..." in a story of Zimbabwe's election), else ""; worked out once per article."""
    mem = _memory(ex, r)
    if mem.home is None:
        mem.home = ""
        _when, dateline = find_dateline(doc_text(tok.doc)[:300], r.ctx.published)
        place = ex._dateline_place(dateline)
        loc = ex.gazetteer.lookup(place) if place else None
        if loc is not None and r.ctx.ranked and loc.country == r.ctx.ranked[0]:
            mem.home = loc.country
    return mem.home


def _generic_doer_word(tok: Token) -> Token | None:
    """The subject of an active act, or of the verb it is joined to ("police raided the
    offices and arrested 41 workers"), when it is an organ named with no country."""
    subj = child(tok, ("nsubj",))
    if subj is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        subj = child(tok.head, ("nsubj",))
    if subj is None or subj.lemma_.lower() not in HOME_DOER_SECTORS or any(
            c.dep_ in ("poss", "compound", "amod") and c.lower_ not in ("riot", "local")
            for c in kids(subj)) or any(
            c.dep_ == "prep" for c in kids(subj)):
        return None  # ("Kenyan police", "the country's police", "police in Lagos")
    return subj


def home_arrest(ex: EventExtractor, r: ActorResolver, tok: Token, held: Token
                ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """An arrest by a bare organ ("police arrested 41 of their workers") in a story filed
    from the country it names most: that country's organ holding its own people (workers,
    local politicians, activists), when the held phrase names no country."""
    doer = _generic_doer_word(tok)
    if doer is None:
        return [], []
    home = story_home(ex, r, tok)
    if not home or home not in ex.kb.country_codes:
        return [], []
    sector = HOME_DOER_SECTORS[doer.lemma_.lower()]
    src = [ResolvedActor(Actor(doer.text, None, ex.kb.make_code(home, sector), home, sector,
                               doer.idx, doer.idx + len(doer.text)), "agent")]
    held_side = _own_opponents(ex, held, src) or _own_people(ex, held, src)
    return (src, held_side) if held_side else ([], [])


def captive_noun_arguments(ex: EventExtractor, trig: Trigger, r: ActorResolver,
                           sources: list[ResolvedActor], targets: list[ResolvedActor]
                           ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The sides of a detention, release or deportation told by its noun: the held are the
    "of" phrase or a person's possessive ("Meng's arrest", "whose arrest in Vancouver"),
    never the doer; the holder a "by" phrase, the place of the act, or the holder told
    before."""
    noun = trig.token
    if noun.dep_ == "pobj" and noun.head.lower_ in ASKED_OR_ANCHOR_PREPS:
        # "negotiating for his release", "called for the release of ...": asked for, not
        # done; "days after Meng's arrest": a time told by an act the story has told
        return sources, targets
    held = prep_obj(noun, ("of",))
    person_poss = _noun_holder_word(noun)
    if held is None:
        held = person_poss
    if held is None:
        if not sources and not targets and any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(noun)) and not any(
                c.dep_ in ("poss", "compound", "amod") for c in kids(noun)):
            # "The release is a rare sign of contact": the release the story told (or,
            # when none was told, the captives it told held: "the release followed months
            # of talks" after "X was kidnapped by Y")
            again = _told_again(r, trig.pattern.cameo)
            if not again[0] and trig.pattern.cameo in RELEASE_CODES:
                again = story_captivity(ex, r, trig.pattern.cameo)
            return again
        return sources, targets
    if person_poss is not None:
        # (the person whose arrest it is was held, not the one who held)
        lo, hi = _chars(person_poss)
        sources = [s for s in sources if s.actor.start is None or not lo <= s.actor.start < hi]
        held_sides = {a.actor.country for a in r.resolve(person_poss)}
        sources = [s for s in sources if s.kind != "implicit"
                   or s.actor.country not in held_sides]
    if not targets:
        targets = captive_side(ex, r, held)
    if not targets and not sources and held.lemma_.lower() in DISSIDENT_NOUNS and (
            held.i != noun.i):
        # "the arrest of rights activists in the kingdom": held by the state they are in
        sources = _place_holder(ex, r, held, set()) or _place_holder(ex, r, noun, set())
    if not targets and sources:
        targets = _own_opponents(ex, held, sources)
    if not targets:
        return sources, []
    own = {t.actor.country for t in targets}
    if not sources:
        by = prep_obj(noun, ("by",))
        sources = [a for a in r.resolve(by) if a.actor.country not in own] if by else []
    if not sources:
        sources = _place_holder(ex, r, noun, own) or _told_holder(r, own)
    held_by = {s.actor.country for s in sources}
    foreign = [t for t in targets if t.actor.country not in held_by]
    return sources, foreign or targets


def _chars(tok: Token) -> tuple[int, int]:
    """The character bounds of the phrase ``tok`` heads."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def reduced_relative(tok: Token) -> bool:
    """A participle describing a noun: "a former Marine held in Russia since 2018"."""
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")


def held_phrase(tok: Token, passive: bool) -> Token | None:
    """The phrase naming who is held or let go: the passive subject (through conjoined
    passives and a relative clause), the noun a reduced relative describes, else the
    direct object."""
    if not passive and not reduced_relative(tok):
        obj = direct_object(tok)
        cur = tok
        while obj is None and cur.dep_ in ("conj", "advcl") and cur.tag_ in ("VBN", "VBD") and (
                child(cur, ("nsubj", "mark")) is None) and cur.head.tag_ in ("VBN", "VBD"):
            # "was arrested in Tehran, extradited and later sentenced to ten years": the
            # subject the joined participles share (also a participle set after the clause)
            cur = cur.head
            if is_passive(cur):
                return held_phrase(cur, True)
        return obj
    subj = passive_subject(tok)
    if subj is None and child(tok, ("nsubj", "csubj")) is not None:
        return None  # ("after he tried to dissolve ...": a clause of its own)
    cur = tok
    while subj is None and cur.dep_ in ("conj", "advcl") and is_passive(cur.head):
        # "was arrested in March and sentenced last month": the first verb's subject
        cur = cur.head
        subj = passive_subject(cur)
    if subj is not None and subj.lower_ in REL_PRONOUNS and cur.dep_ == "relcl":
        subj = cur.head  # "a German citizen who had been sentenced": the citizen
    return subj


def _phrase_members(held: Token) -> list[Token]:
    """The coordinated names of a held phrase ("Kovrig and Spavor")."""
    return [held, *held.conjuncts]


def _nationalities(ex: EventExtractor, tok: Token) -> list[str]:
    """Countries of nationality words modifying ``tok``, a hyphenated pair split ("a dual
    U.S.-Russian citizen")."""
    out: list[str] = []
    mods = [c for c in kids(tok) if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    # ("German-Iranian" is two words, the first a modifier of the second)
    mods += [g for c in mods for g in kids(c) if g.dep_ in ("amod", "compound") and g.i < c.i]
    for c in sorted(mods, key=lambda t: t.i):
        code = ex.kb.adjective_country(c.text)
        parts = [code] if code else [ex.kb.adjective_country(p) for p in c.text.split("-")
                                     if p]
        out += [p for p in parts if p and p in ex.kb.country_codes and p not in out]
    return out


def _citizen_actors(ex: EventExtractor, tok: Token, countries: list[str]
                    ) -> list[ResolvedActor]:
    return [ResolvedActor(Actor(tok.text, None, ex.kb.make_code(c, "CVL"), c, "CVL",
                                tok.idx, tok.idx + len(tok.text)), "agent")
            for c in countries]


def _stated_side(ex: EventExtractor, r: ActorResolver, held: Token) -> list[ResolvedActor]:
    """Whose the people of ``held`` are by the phrase itself or its apposition."""
    appos = child(held, ("appos",))
    if appos is not None and len(dual := _nationalities(ex, appos)) > 1:
        return _citizen_actors(ex, appos, dual)  # "a dual U.S.-Russian citizen"
    found = [a for a in r.resolve(held) if a.kind not in NOT_PEOPLE and a.actor.country]
    if found:
        return found
    if appos is not None:
        found = [a for a in r.resolve(appos) if a.kind not in NOT_PEOPLE and a.actor.country]
        return found or _citizen_actors(ex, appos, _nationalities(ex, appos))
    own = _nationalities(ex, held)
    if not own and held.pos_ in ("PROPN", "NOUN") and (
            code := ex.kb.demonym_country(held.text)) is not None:
        own = [code]  # "two Canadians", "the Afghans"
    return _citizen_actors(ex, held, own)


def _name_words(m: Token) -> list[Token]:
    """The name words of one member of a held phrase: "Griner" of "the American basketball
    star Brittney Griner", "Kovrig" of "Kovrig, a former diplomat"."""
    out = [m] if m.pos_ == "PROPN" else []
    for c in kids(m):
        if c.dep_ in NAME_DEPS and c.pos_ == "PROPN":
            out.append(c)
            out += [g for g in kids(c) if g.dep_ in NAME_DEPS and g.pos_ == "PROPN"]
    return out


def _names_set_before(held: Token) -> list[Token]:
    """Names right before a description of them that the parser left apart: "Kovrig and
    Spavor, the two Canadians held in China" (the words up to the comma before the phrase,
    when they are names and "and" only)."""
    doc, i = held.doc, held.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return []
    out: list[Token] = []
    i -= 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ == "and"):
        if doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("PERSON", ""):
            out.append(doc[i])
        elif doc[i].pos_ == "PROPN":
            break
        i -= 1
    return out


def recent_captives(ex: EventExtractor, r: ActorResolver, at: int) -> list[list[ResolvedActor]]:
    """The groups of people told held shortly before token ``at``, the latest first."""
    mem = _memory(ex, r)
    return [group for i, group in reversed(mem.history) if 0 < at - i <= RECENT_TOKENS]


def captive_side(ex: EventExtractor, r: ActorResolver, held: Token,
                 act: Token | None = None) -> list[ResolvedActor]:
    """The country (or countries) of the people ``held`` names, remembering named ones;
    ``act``: the verb of a reduced relative on ``held``, whose own phrases name no one held
    ("migrants deported from the United States" are not American)."""
    mem = _memory(ex, r)
    members = _phrase_members(held)
    if held.dep_ == "appos" and held.head.pos_ == "PROPN":
        # ("Kovrig and Spavor, the two Canadians held in China": the names it describes)
        members += _phrase_members(held.head)
    if is_back_word(ex, held):
        # "China released them", "the two men were freed": the people held just before
        groups = recent_captives(ex, r, held.i)
        if groups:
            return list(groups[0])
    found = _stated_side(ex, r, held)
    if act is not None and act.head.i == held.i:
        lo, hi = _chars(act)
        found = [a for a in found if a.actor.start is None or not lo <= a.actor.start < hi]
    if not found and held.pos_ == "PROPN":
        # "Spavor was sentenced ...": a captive the article gave a nationality before
        found = [a for m in members if (a := mem.names.get(m.lower_)) is not None][:1]
    if found:
        for m in members + _names_set_before(held):
            for w in _name_words(m):
                if w.ent_type_ in ("PERSON", "") and r.kb_span_at(w) is None:
                    mem.names[w.lower_] = found[0]
        mem.history.append((held.i, found[:2]))
    return found


def is_back_word(ex: EventExtractor, held: Token) -> bool:
    """Whether ``held`` only refers back to people told before ("them", "the two men"; not
    "prisoners held in ...", which names new ones)."""
    if not (held.lower_ in BACK_WORDS or held.lemma_.lower() in BACK_WORDS) or (
            held.pos_ not in ("PRON", "NOUN", "NUM")) or _nationalities(ex, held):
        return False
    return held.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in DEFINITE
                                      for c in kids(held))


def _place_holder(ex: EventExtractor, r: ActorResolver, tok: Token,
                  own: set[str | None]) -> list[ResolvedActor]:
    """The state a place of the act (or of the passive verb it is joined to) lies in."""
    verbs = [tok]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    verbs += [c for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "VERB"]
    for v in verbs:
        place = prep_obj(v, WHERE_PREPS)
        if place is None:
            continue
        if place.pos_ == "NOUN" and (inner := prep_obj(place, WHERE_PREPS)) is not None:
            place = inner  # ("at his home in Tegucigalpa")
        if any(c.dep_ == "conj" for c in kids(place)):
            return []  # ("prisoners held in A, B and C": each its own, told elsewhere)
        found = [a for a in r.resolve(place) if a.kind in ("country", "metonym", "place")
                 and a.actor.country] or ex._place_actor(place, set())
        if not found and place.pos_ == "NOUN":
            found = [ResolvedActor(a.actor, "place") for c in kids(place)
                     if c.dep_ == "compound" and c.pos_ == "PROPN"
                     for a in ex._place_actor(c, set())]
        if found:
            return found[:1]
    return []


def _with_head(tok: Token) -> list[Token]:
    """The act and, when it is joined to a verb before it, that verb ("was arrested and
    sentenced by a jury")."""
    return [tok, tok.head] if tok.dep_ == "conj" else [tok]


def _agents(verbs: list[Token]) -> list[Token]:
    """The "by" agents of ``verbs``, in order."""
    return [p for v in verbs for c in kids(v) if c.dep_ == "agent" for p in kids(c)
            if p.dep_ == "pobj"]


def _generic_doer(ex: EventExtractor, tok: Token) -> bool:
    """Whether the act's doer is an organ of no stated country ("a court", "the police")."""
    subj = child(tok, ("nsubj",))
    if subj is None:
        subj = next(iter(_agents([tok])), None)
    return subj is not None and subj.lemma_.lower() in GENERIC_HOLDERS and not (
        _nationalities(ex, subj)) and not any(c.dep_ in ("poss", "compound")
                                              for c in kids(subj))


def _court_place(ex: EventExtractor, r: ActorResolver, tok: Token) -> list[ResolvedActor]:
    """The country of a generic organ that acts, told by a place on it: "convicted by a New
    York jury", "a Bamako court sentenced ..." (the subject or the "by" agent)."""
    verbs = _with_head(tok)
    doers = _agents(verbs) + [c for v in verbs for c in kids(v) if c.dep_ == "nsubj"]
    for d in doers:
        if d.lemma_.lower() not in GENERIC_HOLDERS:
            continue
        for c in kids(d):
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                found = [a for a in r.resolve(c, follow=False) if a.actor.country] or (
                    ex._place_actor(c, set()))
                if found:
                    return found[:1]
    return []



def _told_again(r: ActorResolver, code: str
                ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The sides of the latest event of ``code`` the article told, as implicit actors."""
    for ev in reversed(r.ctx.events[-40:]):
        if ev.cameo == code and ev.source is not None and ev.target is not None and (
                ev.source.country != ev.target.country):
            return [implicit_actor(ev.source)], [implicit_actor(ev.target)]
    return [], []


#: codes of the acts a release or an arrest told with no side named may continue: a holding,
#: a deportation, a release, a kidnapping (a hostage freed later)
STORY_CAPTIVE_ACTS = ("173", "174", "084", "181")
#: how many of the article's latest events a captive act with no side named looks back over
STORY_CAPTIVE_REACH = 30
#: codes of the acts that take their sides from the captives the story told (a release, an
#: arrest, a deportation of people told again: "the prisoners were deported")
STORY_CAPTIVE_CODES = frozenset({"0841", "173", "174"})
#: sectors of a holder whose state's government is the one that lets people go
_RELEASING_ORGANS = frozenset({"COP", "JUD", "SPY"})


def story_captivity(ex: EventExtractor, r: ActorResolver, code: str,
                    holders: set[str | None] | None = None
                    ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The holder and the people held of the captivity the article told last, for an act on
    people that names neither side ("Some imprisoned opposition members were let go
    on Tuesday", "the release followed months of talks", "among those released are ...")
    or only the holder (``holders``: "the government released 222 people"): the latest
    holding, deportation, release or kidnapping told between two sides (of one country too:
    a government and its opponents). A release is the holder's state's (its government's,
    not the police's or a court's). ([], []) when the article told none."""
    for ev in reversed(r.ctx.events[-STORY_CAPTIVE_REACH:]):
        if ev.source is None or ev.target is None or not ev.source.country or (
                not ev.target.country) or ev.source.code == ev.target.code:
            continue
        if not ev.cameo.startswith(STORY_CAPTIVE_ACTS) or ev.status.group == "negated":
            continue
        if holders is not None and ev.source.country not in holders:
            continue
        source = ev.source
        if code in RELEASE_CODES and source.sector in _RELEASING_ORGANS and (
                source.country in ex.kb.country_codes):
            source = replace(source, code=ex.kb.make_code(source.country, "GOV"),
                             sector="GOV")
        return [implicit_actor(source)], [implicit_actor(ev.target)]
    return [], []


def _hostage_phrase(held: Token) -> bool:
    """Whether the held phrase calls the people hostages ("ten hostages", "the first group
    of hostages"): people an armed group took, not prisoners of a state."""
    inner = prep_obj(held, ("of",))
    return held.lemma_.lower() == "hostage" or (
        inner is not None and inner.lemma_.lower() == "hostage")


def _armed_pair(ex: EventExtractor, ev: Event, mediators: set[str | None]
                ) -> tuple[Actor, Actor] | None:
    """The (armed group, foe) an event of the story sets against each other, if any."""
    if ev.source is None or ev.target is None or ev.source.country == ev.target.country:
        return None
    if ev.source.country in mediators or ev.target.country in mediators:
        return None
    armed = [a for a in (ev.source, ev.target) if a.sector in ARMED_SECTORS]
    if len(armed) != 1:
        return None
    foe = ev.target if armed[0] is ev.source else ev.source
    return (armed[0], foe) if foe.country in ex.kb.country_codes else None


def armed_captivity(ex: EventExtractor, r: ActorResolver, held: Token
                    ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The armed group and its foe for a release that names neither side, when the people
    are hostages or were held in the group's own land ("the first group of hostages will
    be freed", "fifty women held in the enclave will be let go"): the latest armed group of
    the story set against a state (by an act between them, or by a mediator dealing with
    both), the group's country the place's when a place is named. ([], []) otherwise."""
    place = next((c for c in kids(held) if c.dep_ == "acl"
                  and c.lemma_.lower() in HOLDING_VERBS), None)
    where = {a.actor.country for a in _place_holder(ex, r, place, set())} if (
        place is not None) else set()
    if not where and not _hostage_phrase(held):
        return [], []
    events = r.ctx.events[-STORY_CAPTIVE_REACH:]
    mediators = {ev.source.country for ev in events if ev.cameo == "045" and ev.source}
    found: tuple[Actor, Actor] | None = None
    for ev in reversed(events):
        found = _armed_pair(ex, ev, mediators)
        if found is None and ev.cameo == "045" and ev.source is not None and (
                ev.target is not None and ev.target.sector in ARMED_SECTORS):
            # ("Qatar mediated between Israel and Hamas": the other side the mediator dealt
            # with)
            foes = [e.target for e in events if e.cameo == "045" and e.source is not None
                    and e.source.code == ev.source.code and e.target is not None
                    and e.target.sector not in ARMED_SECTORS
                    and e.target.country != ev.target.country
                    and e.target.country in ex.kb.country_codes]
            found = (ev.target, foes[-1]) if len(foes) >= 1 else None
        if found is not None and (not where or found[0].country in where):
            return [implicit_actor(found[0])], [implicit_actor(found[1])]
    return [], []


#: nouns of people held or let go, besides those of the sets above
PEOPLE_NOUNS = frozenset({"people", "person", "man", "men", "woman", "women", "child",
                          "children", "national", "nationals", "citizen", "hostage", "captive",
                          "journalist", "reporter", "priest", "cleric", "bishop", "soldier",
                          "sailor", "crew", "crewman", "fisherman", "fishermen", "tourist",
                          "individual", "civilian", "migrant", "refugee", "driver", "pilot",
                          "engineer", "diplomat", "figure", "aid", "family", "relative"})
#: nouns of a share of people let go, people only as their "of" phrase says so
BATCH_NOUNS = frozenset({"batch", "wave", "round", "contingent"})
#: pronouns and determiners that stand for people told before ("those released")
PEOPLE_PRONOUNS = frozenset({"them", "they", "him", "her", "he", "she", "those", "who",
                             "several", "some", "many", "others", "all", "both"})


def _people_word(ex: EventExtractor, held: Token) -> bool:
    """Whether ``held`` names people (a people's noun, an office, a count of them, a pronoun
    of people), not a thing let go ("a video released by", "the tankers were released")."""
    if held.pos_ in ("PRON", "DET"):
        return held.lower_ in PEOPLE_PRONOUNS
    lemma = held.lemma_.lower()
    if held.pos_ == "NUM" or lemma in COUNT_NOUNS:
        # ("the 46 were freed"; "dozens of students", not "dozens of boats")
        inner = prep_obj(held, ("of",))
        return inner is None or _people_word(ex, inner)
    if lemma in BATCH_NOUNS:
        # ("the first batch of hostages", not "a batch of documents")
        inner = prep_obj(held, ("of",))
        return inner is not None and _people_word(ex, inner)
    return lemma in (PEOPLE_NOUNS | BACK_WORDS | DISSIDENT_NOUNS | POLITICAL_PEOPLE
                     | CIVIL_PEOPLE | INMATE_NOUNS) or bool(ex.kb.title_sector(held.text))


def _common_guesses(targets: list[ResolvedActor]) -> bool:
    """Whether ``targets`` are none, or only sides the resolver took a common noun of the held
    phrase back to ("three women in the group": the group is the captives', not the body
    named before)."""
    return all(t.kind == "coref" and (t.actor.text or "")[:1].islower()
               and " " in (t.actor.text or "") for t in targets)


def _unnamed_captives(ex: EventExtractor, trig: Trigger, held: Token, passive: bool,
                      sources: list[ResolvedActor]) -> bool:
    """Whether a release or an arrest names people of no country and no doer but a side
    found (or none): the people told by a count, a group noun or a pronoun ("222 people",
    "several jailed opposition figures", "those", "twelve priests"), not a name (a person
    the story has not told held is someone else's), the clause told as a plain act (not
    asked for: "called for their release")."""
    tok = trig.token
    if trig.pattern.cameo not in STORY_CAPTIVE_CODES or held.pos_ == "PROPN":
        return False
    if held.pos_ not in ("NOUN", "PRON", "NUM") or _nationalities(ex, held) or not (
            _people_word(ex, held)):
        return False  # ("a video released by the military": no one held)
    if sources and any(s.kind in ("implicit", "dyad") for s in sources):
        return False  # (a holder guessed from the story is no holder named)
    if not sources and not (passive or reduced_relative(tok)) or (
            not sources and _unnamed_doer(tok, passive)):
        return False  # ("the soldiers who freed them": a doer that is no one we know)
    return trig.pattern.cameo == "0841" or is_back_word(ex, held)


def _told_holder(r: ActorResolver, own: set[str | None]) -> list[ResolvedActor]:
    """The state the article last told holding, trying or freeing people of ``own``."""
    for ev in reversed(r.ctx.events[-40:]):
        if ev.source is None or ev.target is None or ev.target.country not in own:
            continue
        if (ev.root == "17" or ev.cameo.startswith("084")) and (
                ev.source.country not in own) and ev.source.country:
            return [implicit_actor(ev.source)]
    return []


def _unnamed_doer(tok: Token, passive: bool) -> bool:
    """Whether the clause names a doer (a subject of an active verb, a "by" agent) that is
    no actor: "the military ... detained X", "detained by the soldiers who ...". The
    doer is then not guessed from the story."""
    if not passive and not reduced_relative(tok):
        # (an active verb's subject, named or not, is the doer; "a court", "police" of no
        # country are the holder's own organs)
        subj = child(tok, ("nsubj",))
        return subj is not None and subj.lemma_.lower() not in GENERIC_HOLDERS
    return any(a.lemma_.lower() not in GENERIC_HOLDERS for a in _agents(_with_head(tok)))


def _held_where(ex: EventExtractor, r: ActorResolver, held: Token) -> list[ResolvedActor]:
    """The state a participle on the held phrase says they were held in: "four officials
    kept in Mali since May were freed"."""
    # (on the phrase or on its apposition: "LOME, May 2 - Two Swiss nurses held in Niger
    # ...", a dateline the parser took for the subject)
    for c in (c for h in (held, *[a for a in kids(held) if a.dep_ == "appos"])
              for c in kids(h)):
        if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS:
            found = _place_holder(ex, r, c, set())
            if found:
                return found
    return []


def _one_leader(targets: list[ResolvedActor], held: Token | None) -> bool:
    """Whether the one held is a single political figure ("he", "Castillo", "the ousted
    president"), mostly held at home by whoever took power, not a group of officials
    held abroad ("four French officials")."""
    return held is not None and held.tag_ in ("NNP", "PRP", "NN") and (
        held.lower_ not in ("they", "them")) and all(
        t.actor.sector in OWN_STATE_SECTORS for t in targets)


def home_holder(ex: EventExtractor, trig: Trigger, targets: list[ResolvedActor],
                passive: bool) -> list[ResolvedActor]:
    """The organ of their own state that arrests, tries or jails one former official or
    opposition figure when the clause names no doer and no place ("the ousted president was
    arrested in March", "the opposition leader was jailed"): a deposed leader or a critic is
    held at home, by police (an arrest), a court (a trial, a sentence) or the government (a
    jailing). A sitting official held is left alone (a coup names its soldiers), and so is
    an active verb's object ("as police came to arrest him": the doer is its own clause's)."""
    if not passive:
        return []
    lemma = trig.token.lemma_.lower()
    sector = HOME_ORGANS.get(lemma)
    countries = {t.actor.country for t in targets}
    if sector is None or trig.pattern.cameo[:3] != "173" or len(countries) != 1 or not all(
            t.actor.sector in HOME_HELD_SECTORS for t in targets):
        return []
    country = next(iter(countries))
    if not country or country not in ex.kb.country_codes:
        return []
    return [ResolvedActor(Actor(None, None, ex.kb.make_code(country, sector), country, sector),
                          "implicit")]


def holder(ex: EventExtractor, trig: Trigger, r: ActorResolver,
           targets: list[ResolvedActor], passive: bool, held: Token | None = None
           ) -> list[ResolvedActor]:
    """The state that holds (or lets go) the people ``targets`` are of."""
    tok, pat = trig.token, trig.pattern
    own = {t.actor.country for t in targets}
    if pat.id == EXTRADITED_HELD.id:
        to = prep_obj(tok, ("to",))
        return [a for a in r.resolve(to) if a.actor.country not in own] if to is not None else []
    if any(c.dep_ == "advmod" and c.lower_ in ABROAD_WORDS for c in kids(tok)):
        return []  # ("Indonesians jailed abroad": nobody in particular)
    if any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS and any(
            p.dep_ == "pobj" and any(g.dep_ == "conj" for g in kids(p)) for p in kids(c))
           for c in kids(tok)):
        return []  # ("prisoners held in A, B and C": each its own, none told here)
    place = (_court_place(ex, r, tok) or _place_holder(ex, r, tok, own)
             # ("two nurses held in Niger since May were freed")
             or (_held_where(ex, r, held) if held is not None else []))
    if place or _unnamed_doer(tok, passive):
        return place
    if _one_leader(targets, held):
        # (a deposed leader or a lawmaker is mostly held at home: by their own state's
        # police, court or government when the act tells which; by whom otherwise?)
        return home_holder(ex, trig, targets, passive or reduced_relative(tok))
    told = _told_holder(r, own) or next(
        # (a dual citizen: the holder told of either citizenship's people)
        (h for c in sorted(c for c in own if c) if len(own) > 1
         and (h := _told_holder(r, {c}))), [])
    if told:
        return told
    return ex._article_partner(trig, r, targets)


def _named_in(r: ActorResolver, tok: Token, sources: list[ResolvedActor]) -> bool:
    """Whether a country of ``sources`` is named inside the clause of ``tok`` ("arrested in
    Thailand in a U.S. sting operation": the guessed side is the one the clause names)."""
    own = {s.actor.country for s in sources}
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(a.actor.country in own for t in tok.doc[lo: hi + 1]
               if t.pos_ in ("PROPN", "ADJ") and r.kb_span_at(t) is not None
               for a in r.resolve(t, follow=False))


def _names_own(held: Token) -> bool:
    """Whether the held phrase is a name or a noun of its own (not "them", "the two men")."""
    return held.pos_ == "PROPN" or (held.pos_ == "NOUN" and held.lower_ not in BACK_WORDS)


#: prepositions that set a release inside a swap ("freed in an exchange", "under a swap")
SWAP_FRAME_PREPS = frozenset({"in", "under", "during", "through"})
#: prepositions that name some of the people a phrase counts ("prisoners, including X",
#: "freed ten prisoners, among them X")
MEMBER_PREPS = frozenset({"including", "among"})
#: sectors of the non-state side of a swap at home ("freed by the rebels and the government")
NON_STATE_SIDES = frozenset({"REB", "OPP", "INS"})
#: nouns of a state's organ named alone beside such a side, and their sectors
STATE_ORGAN_NOUNS = {"government": "GOV", "authorities": "GOV", "authority": "GOV",
                     "army": "MIL", "military": "MIL"}
#: modifiers that make activists or politicians the opposition ("opposition activists")
OPPOSITION_MODS = frozenset({"opposition", "political", "pro-democracy", "dissident"})


def _in_swap(tok: Token) -> bool:
    """Whether the release ``tok`` is told as part of a swap ("were freed in an exchange",
    "in a swap brokered by X, prisoners were freed", "under a prisoner exchange")."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in SWAP_FRAME_PREPS:
            noun = next((p for p in kids(c) if p.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in SWAP_NOUNS and (
                    prep_obj(noun, SWAP_PREPS + ("with",)) is None):
                # ("in exchange for Y" is a one-way trade, swap_partner's; "in a swap with
                # C" names the other side)
                return True
    return False


def _mutual_release(ex: EventExtractor, tok: Token, held: Token,
                    sources: list[ResolvedActor]) -> list[ResolvedActor]:
    """The other sides of a swap told with its freeing sides as one agent ("prisoners were
    freed by A and B in an exchange", "A and B released dozens in a swap"): each freed the
    people the other held, so each side is the target of the others' release (the engine
    drops a side paired with itself).
    [] when the people freed are named (by name or nationality), or the agents are fewer
    than two."""
    if held.pos_ != "NOUN" or _nationalities(ex, held) or not _in_swap(tok):
        return []
    agents = {s.actor.code: s for s in sources if s.actor.country and s.kind not in (
        "implicit", "dyad")}
    rebels = {a.actor.country for a in agents.values() if a.actor.sector in NON_STATE_SIDES}
    if len(rebels) == 1:
        # ("freed by the rebels and the government": the rebels' own state, its organ
        # named by the noun alone, even where the resolver took a state told nearby, such
        # as the swap's broker, for the bare noun)
        country = next(iter(rebels))
        by = next((p for c in kids(tok) if c.dep_ == "agent" for p in kids(c)
                   if p.dep_ == "pobj"), None) or child(tok, ("nsubj",))
        for organ in (c for c in (kids(by) if by is not None else [])
                      if c.dep_ == "conj" and c.lemma_.lower() in STATE_ORGAN_NOUNS):
            if any(k.dep_ == "poss" or ex.kb.adjective_country(k.text) for k in kids(organ)):
                continue  # ("the Yemeni government", "Yemen's army": named, the resolver's)
            if country not in ex.kb.country_codes:
                break
            lo, hi = organ.left_edge.idx, organ.idx + len(organ.text)
            agents = {c: a for c, a in agents.items() if a.actor.start is None
                      or not lo <= a.actor.start < hi or a.actor.country == country}
            sector = STATE_ORGAN_NOUNS[organ.lemma_.lower()]
            code = ex.kb.make_code(country, sector)
            agents[code] = ResolvedActor(Actor(None, None, code, country, sector), "implicit")
    if len(agents) < 2:
        return []
    # (as the other side's people they are no span of the clause: the engine keeps a span
    # from standing on both sides)
    return [ResolvedActor(replace(a.actor, text=None, start=None, end=None), "implicit")
            for a in agents.values()]


def _opposition_members(ex: EventExtractor, tok: Token, held: Token,
                        sources: list[ResolvedActor]) -> list[ResolvedActor]:
    """The holder's opposition when the prisoners freed or held are said to include its
    opponents ("freed thirty prisoners, among them opposition activists", "jailed twelve
    people, including two opposition leaders"): the phrase of no other country (or of the
    holder's own), the members dissidents or politicians of the opposition; [] otherwise."""
    countries = {s.actor.country for s in sources}
    country = next(iter(countries)) if len(countries) == 1 else None
    if not country or country not in ex.kb.country_codes or not all(
            s.actor.sector in CIVIL_HOLDERS | {None} for s in sources):
        return []
    if held.pos_ != "NOUN" or any(n != country for n in _nationalities(ex, held)):
        return []
    preps = [c for h in (held, tok) for c in kids(h)
             if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
    members = [m for p in preps for m in kids(p) if m.dep_ == "pobj"]
    # ("released 18 prisoners, among them several activists": the parser hangs "among
    # them" on the members, a second object of the verb)
    members += [m for m in kids(tok) if m.i > held.i and m.dep_ in ("dobj", "appos")
                and any(c.dep_ == "prep" and c.lower_ == "among" for c in kids(m))]
    for m in members:
        if m.pos_ == "NOUN":
            mods = {c.lower_ for c in kids(m) if c.dep_ in ("amod", "compound", "nmod")}
            lemma = m.lemma_.lower()
            if lemma in DISSIDENT_NOUNS and (lemma != "activist" or mods & OPPOSITION_MODS) or (
                    lemma in POLITICAL_PEOPLE and mods & OPPOSITION_MODS):
                return [ResolvedActor(Actor(m.text, None, ex.kb.make_code(country, "OPP"),
                                            country, "OPP", m.idx, m.idx + len(m.text)),
                                      "agent")]
    return []


def captive_arguments(ex: EventExtractor, trig: Trigger, r: ActorResolver, passive: bool,
                      sources: list[ResolvedActor], targets: list[ResolvedActor]
                      ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The sides of an act on held people, the empty ones filled as the module docstring
    says; unchanged when both were found or nobody held is named."""
    if trig.pattern.pos == "NOUN":
        return captive_noun_arguments(ex, trig, r, sources, targets)
    tok = trig.token
    lemma = tok.lemma_.lower()
    if lemma == "hold" and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")
                               or c.lower_ in JUDGED_WORDS for c in kids(tok)):
        return [], []  # ("held them responsible": a judgement, not a detention)
    held = held_phrase(tok, passive or reduced_relative(tok))
    if held is None:
        return sources, targets
    if trig.pattern.id == EXTRADITED_HELD.id:
        # "was extradited to the United States": held by the state that received him
        targets = captive_side(ex, r, held)
        return (holder(ex, trig, r, targets, passive, held) if targets else []), targets
    side = captive_side(ex, r, held, tok)  # (also remembers the names)
    rivals = _rivals_of(ex, r, held)
    if rivals is not None and held.pos_ == "PROPN" and any(
            s.kind not in ("implicit", "dyad") and s.actor.country != rivals[0].actor.country
            for s in sources):
        rivals = None  # ("Belarus freed X, a critic of Putin": not the holder's opposition)
    if rivals is not None:
        # "Ortega's main rivals had been jailed": the leader's own opposition, held by the
        # leader's state unless the clause names a doer or a place
        ruler, targets = rivals
        if not sources or all(s.kind in ("implicit", "dyad") for s in sources):
            sources = [] if _unnamed_doer(tok, passive) else (
                _place_holder(ex, r, tok, set()) or [ruler])
        return sources, targets
    own_lo, own_hi = _chars(held)
    act_lo, act_hi = _chars(tok)
    # (the one held never holds: "Paul Whelan, a former Marine held in Russia")
    sources = [s for s in sources if s.actor.start is None
               or not own_lo <= s.actor.start < own_hi or act_lo <= s.actor.start < act_hi]
    places = [_chars(c) for c in kids(tok) if c.dep_ == "prep" and c.lower_ in WHERE_PREPS]
    # (where they are held names the holder, never the held: "prisoners held in A and B")
    targets = [t for t in targets if t.actor.start is None
               or not any(lo <= t.actor.start < hi for lo, hi in places)]
    if trig.pattern.cameo in RELEASE_CODES and (
            mutual_sides := _mutual_release(ex, tok, held, sources)):
        # "prisoners were freed by A and B in an exchange": each freed the other's people
        # (and people of a nationality told apart: "among them Saudi detainees")
        lo = held.left_edge.idx
        told = [t for t in targets if t.actor.start is not None and t.kind != "implicit"
                and not lo <= t.actor.start <= held.idx and t.actor.country not in {
                    m.actor.country for m in mutual_sides}]
        if len({m.actor.country for m in mutual_sides}) == 1:
            sources = mutual_sides  # (the organ named by the noun alone joins the agents)
        return sources, mutual_sides + told
    if sources and (members := _opposition_members(ex, tok, held, sources)):
        # "freed thirty prisoners, among them opposition activists": its own opposition
        return sources, members
    guessed = bool(sources) and all(s.kind in ("implicit", "dyad") for s in sources)
    if guessed and not _named_in(r, tok, sources) and (
            place := _place_holder(ex, r, tok, set()) or _held_where(ex, r, held)):
        sources, guessed = place, False  # (a place named beats a side guessed from the story)
    if guessed and targets and _one_leader(targets, held):
        # ("she was deported after serving the sentence" right after a court abroad
        # sentenced her: the same captive, held by the holder told)
        again = _held_again(ex, r, held, targets, lemma)
        if again:
            return again, targets
        # ("he has been held since": a leader is held at home, by whom?)
        return home_holder(ex, trig, targets, passive or reduced_relative(tok)), targets
    if lemma in PERSON_ONLY_VERBS and held.pos_ == "PROPN":
        # ("Saab was arrested": the person, not the carmaker of the name; but "an employee
        # of Astellas" is the firm's)
        targets = [t for t in targets if t.kind not in ("institution", "media", "igo")
                   or t.actor.start is None or not t.actor.start <= held.idx < (
                       t.actor.end or t.actor.start)]
    if targets and sources and {s.actor.country for s in sources} & {
            t.actor.country for t in targets} and _generic_doer(ex, tok):
        # ("A court freed her, Washington said": the court is not the speaker's but the
        # holder's, told by its place or before)
        own = {t.actor.country for t in targets}
        leaders = _one_leader(targets, held)
        sources = (_court_place(ex, r, tok) or _place_holder(ex, r, tok, own)
                   or (None if leaders else _told_holder(r, own)) or sources)
    if targets and sources and not side and all(t.kind == "implicit" for t in targets) and (
            own_people := _own_people(ex, held, sources)):
        # ("New Delhi ... detained local political leaders": its own opposition, not the
        # story's other side the search guessed)
        targets = own_people
    if targets and sources:
        held_by = {s.actor.country for s in sources}
        if any(t.actor.country in held_by for t in targets) and (
                foreign := [t for t in side if t.actor.country not in held_by]):
            # "a dual German-Iranian citizen was released by Iran": the other citizenship
            targets = foreign
        return sources, targets
    if not targets or all(t.kind == "dyad" for t in targets) or (
            {t.actor.country for t in targets} < {a.actor.country for a in side}):
        targets = side  # (also a dual citizen the engine gave one citizenship)
    if not targets and sources:
        # "the government freed 222 jailed opponents": its own opposition
        targets = _own_opponents(ex, held, sources) or _own_people(ex, held, sources)
    if not targets and not sources and trig.pattern.cameo[:3] == "173" and not passive:
        sources, targets = home_arrest(ex, r, tok, held)
    if not targets and sources and swap_partner(trig) is not None:
        # "Russia released the player X in return for Y": a swap is between the story's two
        # sides, whatever X's own country
        targets = ex._article_partner(trig, r, sources)
    if _common_guesses(targets) and _unnamed_captives(ex, trig, held, passive, sources):
        # "Some imprisoned opposition members were let go on Tuesday", "three women in the
        # group were freed": the captives (and the holder) the story told; the holder's
        # own opposition or people when the phrase says so
        told_src, told_tgt = ([], []) if sources or trig.pattern.cameo not in (
            RELEASE_CODES) else armed_captivity(ex, r, held)
        if not told_tgt:
            told_src, told_tgt = story_captivity(
                ex, r, trig.pattern.cameo,
                {s.actor.country for s in sources} if sources else None)
        holders = sources or told_src
        if told_tgt:
            return holders, (_own_opponents(ex, held, holders)
                             or _own_people(ex, held, holders) or told_tgt)
    if not targets:
        return sources, []
    if not sources:
        sources = holder(ex, trig, r, targets, passive, held)
    if sources and is_back_word(ex, held):
        # ("China released them" after Canada freed Meng: the latest group China held)
        held_by = {s.actor.country for s in sources}
        targets = next((g for g in recent_captives(ex, r, held.i)
                        if not {t.actor.country for t in g} & held_by), targets)
    if sources:
        # "a dual U.S.-Russian citizen" freed by Russia: the other citizenship; people of
        # the holder's own country are kept only as the clause itself names them
        held_by = {s.actor.country for s in sources}
        foreign = [t for t in targets if t.actor.country not in held_by]
        targets = foreign or (targets if targets is not side or _names_own(held) else [])
    return (sources, targets) if targets else (sources, [])


def _held_again(ex: EventExtractor, r: ActorResolver, held: Token,
                targets: list[ResolvedActor], lemma: str) -> list[ResolvedActor]:
    """The holder of a person told again by a pronoun ("she was deported after serving the
    sentence" right after a court abroad sentenced her): the state the article told, in
    this sentence or the one before, arresting, trying or holding people of the person's
    country (the latest such act), not the person's own state; [] otherwise. A court told
    before deports or frees no one: its state's government does."""
    if held.pos_ != "PRON" or held.lower_ not in BACK_WORDS:
        return []
    own = {t.actor.country for t in targets}
    start = held.sent.start_char
    before = held.doc[held.sent.start - 1].sent.start_char if held.sent.start > 0 else start
    for ev in reversed(r.ctx.events[-12:]):
        if ev.evidence.start < before:
            break
        if ev.source is not None and ev.target is not None and ev.root == "17" and (
                ev.target.country in own) and ev.source.country not in own and (
                ev.source.country):
            if ev.source.sector == "JUD" and lemma not in VERDICT_VERBS:
                country = ev.source.country
                return [ResolvedActor(Actor(None, None, ex.kb.make_code(country, "GOV"),
                                            country, "GOV"), "implicit")]
            return [implicit_actor(ev.source)]
    return []


def swap_partner(trig: Trigger) -> Token | None:
    """Who a release was traded for: "released X in exchange for Y", "in return for Y",
    "freed X for Y" (the person the other side let go)."""
    tok = trig.token
    # (or on a verb joined to it: "released ten Americans and handed over a fugitive in
    # exchange for X")
    verbs = [tok, *[c for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "VERB"]]
    for c in (c for v in verbs for c in kids(v)):
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        if c.lower_ == "in":
            noun = next((p for p in kids(c) if p.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in SWAP_NOUNS:
                found = prep_obj(noun, SWAP_PREPS)
                if found is not None:
                    return found
        elif c.lower_ == "for":
            noun = next((p for p in kids(c) if p.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "PROPN":
                return noun
    return None


#: the id mark of a swap's release back (the engine swaps the two sides it finds)
SWAP_BACK = "+swap_back"


def second_acts(trig: Trigger) -> list[Trigger]:
    """The triggers of the second event a captive act implies: a release traded for someone
    (the other side's release, sides reversed) and an extradition to a state (held there)."""
    pat, tok = trig.pattern, trig.token
    if pat.id.endswith(SWAP_BACK):
        return []
    if pat.pos != "VERB":
        return []
    if pat.cameo in RELEASE_CODES and tok.lemma_.lower() in CAPTIVE_VERBS and (
            swap_partner(trig) is not None):
        return [Trigger(tok, replace(pat, id=pat.id + SWAP_BACK), trig.obj)]

    if pat.cameo[:3] == "063" and tok.lemma_.lower() == "extradite" and (
            prep_obj(tok, ("to",)) is not None) and not any(
            t.lemma_.lower() in VERDICT_VERBS for t in tok.subtree if t.i > tok.i):
        # (a trial or a sentence told in the same breath is the receiving state's act:
        # "extradited to X and sentenced to 25 years" holds him once)
        return [Trigger(tok, EXTRADITED_HELD, None)]
    return []


def mutual(trig: Trigger) -> bool:
    """Whether ``trig`` tells a swap both sides made ("A and B exchanged prisoners", "a swap
    between A and B"), which the engine codes once as a reciprocal act."""
    return trig.pattern.cameo in RELEASE_CODES and trig.pattern.reciprocal


def released_back(ev: Event) -> Event | None:
    """The other side's release in a swap told once: ``ev`` with its sides reversed."""
    if ev.source is None or ev.target is None or ev.source.country == ev.target.country:
        return None
    return replace(ev, source=ev.target, target=ev.source,
                   event_id=Event.make_id(ev.article_id, ev.evidence.start, ev.evidence.end,
                                          ev.cameo + SWAP_BACK, ev.target.code,
                                          ev.source.code),
                   rule=(ev.rule or "") + SWAP_BACK)


def swapped(sources: list[ResolvedActor], targets: list[ResolvedActor]
            ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The sides of a swap's release back: the first release's target frees to its source;
    "A and B exchanged prisoners" (two parties, no target) is B's release to A."""
    if targets:
        return targets, sources
    parties = list({a.actor.country: a for a in sources if a.actor.country}.values())
    if len(parties) == 2:
        return parties[1:], parties[:1]
    return [], []
