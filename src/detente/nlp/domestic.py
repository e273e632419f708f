"""Domestic sides the argument search leaves empty: the crowds a state represses at home.

A state's forces break up protests, disperse demonstrators, fire tear gas at a crowd: the
news names the crowd by what it does, never by its country. With no other country on the
phrase, the crowd is the repressing state's own people (CVL), as examples/README.md codes
repression at home (``MMR MIL 175 MMR CVL``).

:func:`repressed_crowd` is called by :class:`detente.nlp.events.EventExtractor` only for
repression (175) with a source found and no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.actors import ActorKB
from detente.model import Actor
from detente.nlp.actors import ResolvedActor
from detente.nlp.rules import Trigger, counted
from detente.resolve.tokens import kids

#: nouns of a crowd or of what it does, named with no country
CROWD_NOUNS = frozenset({"protest", "protester", "protestor", "demonstration",
                         "demonstrator", "crowd", "rally", "march", "marcher", "sit-in",
                         "gathering", "mob", "rioter", "riot", "unrest",
                         # people a state's forces turn on as a crowd: students at a sit-in,
                         # mourners at a funeral, strikers at a picket line
                         "student", "mourner", "striker", "picketer", "worshipper",
                         "worshiper"})
#: prepositions of what a repressing act is aimed at ("fired tear gas at", "cracked down on")
AIM_PREPS = frozenset({"at", "on", "into", "against", "upon"})
#: sectors of a state's organs that repress crowds at home (None: the state by its name)
REPRESSING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", None})
#: words that make a crowd someone else's
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "migrant", "refugee"})


def _aimed_at(trig: Trigger) -> list[Token]:
    """The nouns the act is aimed at: its object, the object of an aiming preposition, and
    the lexicon's object word."""
    tok = trig.token
    out = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in AIM_PREPS
            for p in kids(c) if p.dep_ == "pobj"]
    for c in kids(tok):
        if c.dep_ == "prt":  # ("cracked down on protesters")
            out += [p for g in kids(c) if g.dep_ == "prep" and g.lower_ in AIM_PREPS
                    for p in kids(g) if p.dep_ == "pobj"]
    if trig.obj is not None:
        out.append(trig.obj)
    return out


def _foreign(kb: ActorKB, noun: Token) -> bool:
    """Whether the crowd phrase names a country or an owner of its own."""
    for c in kids(noun):
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("amod", "compound", "nmod") and (
                c.lower_ in FOREIGN_WORDS or kb.adjective_country(c.text) is not None):
            return True
    return False


def repressed_crowd(kb: ActorKB, trig: Trigger, sources: list[ResolvedActor]
                    ) -> list[ResolvedActor]:
    """The repressing state's own civilians when a repression (175) by one state's organ is
    aimed at a crowd of no stated country ("security forces broke up protests", "police
    fired tear gas at demonstrators"); [] otherwise."""
    if trig.pattern.cameo[:3] != "175" or not sources:
        return []
    countries = {s.actor.country for s in sources}
    country = next(iter(countries)) if len(countries) == 1 else None
    if not country or country not in kb.country_codes or not all(
            s.actor.sector in REPRESSING_SECTORS for s in sources):
        return []
    for noun in _aimed_at(trig):
        if noun.lemma_.lower() in CROWD_NOUNS and noun.pos_ == "NOUN" and not _foreign(
                kb, noun):
            return [ResolvedActor(Actor(noun.text, None, kb.make_code(country, "CVL"),
                                        country, "CVL", noun.idx, noun.idx + len(noun.text)),
                                  "agent")]
    return []


#: roots of force one state's organs turn on a crowd at home: repression (175) there
CROWD_FORCE_ROOTS = frozenset({"18", "19"})
#: nouns of armed people named by what they are, with no group or country
ARMED_NOUNS = frozenset({"gunman", "gunmen", "militant", "insurgent", "jihadist",
                         "assailant", "attacker", "bandit", "rebel", "terrorist"})
#: nouns of attackers that a "suicide" before them makes armed people ("a suicide bomber")
SUICIDE_NOUNS = frozenset({"bomber", "attacker", "assailant"})
#: nouns that name armed people only with an armed word on them ("armed men")
ARMED_PEOPLE = frozenset({"man", "men", "individual", "people", "group"})
ARMED_WORDS = frozenset({"armed", "masked", "unidentified", "unknown"})
#: sectors of a state's forces that unnamed armed men attack at home
FORCE_SECTORS = frozenset({"MIL", "COP"})


def _one_state(kb: ActorKB, sides: list[ResolvedActor], sectors: frozenset) -> str | None:
    """The one country of ``sides`` when all of them are its organs in ``sectors``."""
    countries = {s.actor.country for s in sides}
    if len(countries) != 1 or not all(s.actor.sector in sectors for s in sides):
        return None
    country = next(iter(countries))
    return country if country in kb.country_codes else None


def crowd_repression(kb: ActorKB, trig: Trigger, sources: list[ResolvedActor],
                     targets: list[ResolvedActor]) -> ResolvedActor | None:
    """The crowd when one state's forces fire on, shoot or kill a crowd of their own country
    ("police opened fire on protesters", "soldiers shot dead two demonstrators"): repression
    at home (175), not a fight; None otherwise."""
    if trig.pattern.cameo[:2] not in CROWD_FORCE_ROOTS or not sources:
        return None
    country = _one_state(kb, sources, REPRESSING_SECTORS)
    if country is None or any(t.actor.country != country or t.actor.sector not in (
            "CVL", None) for t in targets):
        return None
    for noun in _aimed_at(trig):
        if noun.lemma_.lower() in CROWD_NOUNS and noun.pos_ == "NOUN" and not _foreign(
                kb, noun):
            return ResolvedActor(Actor(noun.text, None, kb.make_code(country, "CVL"),
                                       country, "CVL", noun.idx, noun.idx + len(noun.text)),
                                 "agent")
    return None


def _doer(tok: Token) -> Token | None:
    """The subject of the act, or of the clause it hangs on ("ambushed a patrol, killing a
    sergeant"), or its passive agent."""
    for t in (tok, tok.head if tok.dep_ in ("advcl", "conj", "xcomp") else None):
        if t is None:
            continue
        subjects = [c for c in kids(t) if c.dep_ == "nsubj"]
        if subjects:
            # the one nearest the verb: a lead's dateline city may be parsed as a second
            # subject ("ISLAMABAD, June 14 - Gunmen attacked ...")
            return max(subjects, key=lambda c: (c.i < t.i, c.i if c.i < t.i else -c.i))
        for c in kids(t):
            if c.dep_ == "agent":
                return next((p for p in kids(c) if p.dep_ == "pobj"), None)
    return None


def _unnamed_armed(kb: ActorKB, noun: Token) -> bool:
    """Whether ``noun`` names armed people by what they are, with no group, owner or
    country on it ("gunmen", "armed men", "suspected militants")."""
    lemma = noun.lemma_.lower()
    if suicide_attacker(noun):
        return not any(c.dep_ == "poss" or c.dep_ == "amod" and kb.adjective_country(c.text)
                       for c in kids(noun))  # ("a suicide bomber", not "Hamas's bomber")
    # (a sentence's capitalised first word after a dateline, "ISLAMABAD, June 14 - Gunmen
    # attacked ...", is tagged a proper noun)
    capitalised = noun.pos_ == "PROPN" and noun.lower_ in ARMED_NOUNS
    if not capitalised and (noun.pos_ != "NOUN" or not (
            lemma in ARMED_NOUNS or noun.lower_ in ARMED_NOUNS or (
                lemma in ARMED_PEOPLE and any(c.lower_ in ARMED_WORDS for c in kids(noun)
                                              if c.dep_ == "amod")))):
        return False
    for c in kids(noun):
        if c.dep_ in ("poss", "compound") or c.dep_ == "amod" and (
                kb.adjective_country(c.text) is not None):
            return False  # "Hamas gunmen", "Syrian rebels", "the group's fighters"
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            return False  # "militants of the Islamic State", "gunmen from Mali"
    return True


def suicide_attacker(noun: Token) -> bool:
    """Whether ``noun`` is a suicide bomber or attacker ("a suicide bomber", "suicide
    attackers"): an armed person whose attack is a suicide attack (1831); a bomber with no
    "suicide" is an aircraft."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in SUICIDE_NOUNS and any(
        c.lower_ == "suicide" and c.dep_ in ("amod", "compound") for c in kids(noun))


def suicide_attack(trig: Trigger) -> bool:
    """Whether the act's doer is a suicide bomber or attacker ("a suicide bomber killed 12
    soldiers"): the attack is a suicide attack (1831)."""
    doer = _doer(trig.token)
    return doer is not None and suicide_attacker(counted(doer))


def armed_attackers(kb: ActorKB, trig: Trigger, targets: list[ResolvedActor]
                    ) -> ResolvedActor | None:
    """The rebels (REB) of the state whose soldiers or police unnamed armed men attack at
    home ("armed men ambushed a police patrol", "gunmen attacked an army post"); None
    otherwise."""
    if trig.pattern.cameo[:2] not in CROWD_FORCE_ROOTS or not targets:
        return None
    country = _one_state(kb, targets, FORCE_SECTORS)
    doer = _doer(trig.token) if country is not None else None
    doer = counted(doer) if doer is not None else None  # ("dozens of armed men")
    if doer is None or not _unnamed_armed(kb, doer):
        return None
    return ResolvedActor(Actor(doer.text, None, kb.make_code(country, "REB"), country, "REB",
                               doer.idx, doer.idx + len(doer.text)), "agent")


def armed_targets(kb: ActorKB, trig: Trigger, sources: list[ResolvedActor]
                  ) -> ResolvedActor | None:
    """The state's own rebels (REB) when its soldiers or police fight or kill unnamed armed
    men ("the army killed four militants"); None otherwise."""
    if trig.pattern.cameo[:2] not in CROWD_FORCE_ROOTS or not sources:
        return None
    country = _one_state(kb, sources, FORCE_SECTORS)
    if country is None:
        return None
    for noun in _aimed_at(trig):
        if _unnamed_armed(kb, noun):
            return ResolvedActor(Actor(noun.text, None, kb.make_code(country, "REB"),
                                       country, "REB", noun.idx, noun.idx + len(noun.text)),
                                 "agent")
    return None


#: a state's forces named with no owner ("a police patrol", "soldiers", "an army post"):
#: the word -> the sector, and the units a force word on them makes the force's
FORCE_WORDS = {"police": "COP", "policeman": "COP", "policemen": "COP", "soldier": "MIL",
               "troop": "MIL", "army": "MIL", "military": "MIL", "gendarme": "COP",
               "gendarmerie": "COP"}
FORCE_UNITS = frozenset({"patrol", "post", "station", "checkpoint", "convoy", "base",
                         "officer", "unit", "outpost", "barracks"})


def bare_force(kb: ActorKB, trig: Trigger) -> str | None:
    """The sector of a state's force the act is aimed at when it is named with no owner or
    country ("ambushed a police patrol", "attacked soldiers"); None otherwise."""
    for noun in _aimed_at(trig):
        lemma = noun.lemma_.lower()
        sector = FORCE_WORDS.get(lemma)
        if sector is None and lemma in FORCE_UNITS:
            # ("a police patrol", "officers of the border police")
            sector = next((FORCE_WORDS[c.lemma_.lower()] for c in kids(noun)
                           if c.dep_ in ("compound", "amod") and c.lemma_.lower()
                           in FORCE_WORDS), None) or next(
                (FORCE_WORDS[p.lemma_.lower()] for c in kids(noun)
                 if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)
                 if p.dep_ == "pobj" and p.lemma_.lower() in FORCE_WORDS
                 and not _foreign(kb, p)), None)
        if sector is not None and not _foreign(kb, noun) and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(noun)):
            return sector
    return None


def armed_men_at_home(kb: ActorKB, trig: Trigger, country: str | None
                      ) -> tuple[ResolvedActor, ResolvedActor] | None:
    """The rebels (REB) and the forces of ``country`` (where the story is filed) when unnamed
    armed men attack a force named with no country ("armed men ambushed a police patrol" in a
    story from Pristina); None otherwise."""
    if trig.pattern.cameo[:2] not in CROWD_FORCE_ROOTS or not country or (
            country not in kb.country_codes):
        return None
    doer = _doer(trig.token)
    doer = counted(doer) if doer is not None else None
    if doer is None or not _unnamed_armed(kb, doer) or (sector := bare_force(kb, trig)) is None:
        return None
    tok = trig.token
    return (ResolvedActor(Actor(doer.text, None, kb.make_code(country, "REB"), country, "REB",
                                doer.idx, doer.idx + len(doer.text)), "agent"),
            ResolvedActor(Actor(tok.text, None, kb.make_code(country, sector), country, sector,
                                tok.idx, tok.idx + len(tok.text)), "agent"))


#: the non-state sides a story names that act on their own state: rebels, separatists,
#: insurgents, armed groups outside the state, and the opposition
HOME_FOE_SECTORS = frozenset({"REB", "SEP", "INS", "UAF", "OPP"})
#: a state's organs named bare as the object of a non-state side's act ("the opposition
#: accused the government", "the rebels attacked the army"): the word -> the sector
BARE_ORGANS = {"government": "GOV", "authority": "GOV", "authorities": "GOV",
               "regime": "GOV", "junta": "MIL", "army": "MIL", "military": "MIL",
               "police": "COP", "soldier": "MIL", "troop": "MIL", "checkpoint": "MIL",
               "outpost": "MIL", "barracks": "MIL", "policeman": "COP",
               "gendarmerie": "COP"}
#: force nouns that name a state's force only when the doer is armed ("struck checkpoints")
ARMED_ONLY_ORGANS = frozenset({"checkpoint", "outpost", "barracks", "soldier", "troop",
                               "policeman", "army", "military", "police", "gendarmerie"})
#: roots of acts a non-state side aims at its own state: demand, disapprove, reject,
#: threaten, protest, coerce, assault, fight (not help or talks, told with both named)
HOME_FOE_ROOTS = frozenset({"10", "11", "12", "13", "14", "17", "18", "19", "20"})


def _bare(kb: ActorKB, noun: Token) -> bool:
    """Whether ``noun`` has no owner, country or place of its own ("the government", not
    "Kenya's government", "the Ethiopian army" or "the army of Mali")."""
    for c in kids(noun):
        if c.dep_ in ("poss", "nmod") or c.dep_ in ("compound", "amod") and (
                c.pos_ == "PROPN" or c.lower_ in FOREIGN_WORDS
                or kb.adjective_country(c.text) is not None):
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "from") and any(
                p.pos_ == "PROPN" for p in c.subtree):
            return False
    return True


def home_state_object(kb: ActorKB, trig: Trigger, sources: list[ResolvedActor],
                      targets: list[ResolvedActor]) -> ResolvedActor | None:
    """The state of a named non-state side (rebels, an opposition party) when its hostile
    act is aimed at a state organ named bare ("the Popular Party accused the government of
    ...", "Taliban fighters struck checkpoints"): that side's own country's organ, not the
    article's other party; None otherwise (an organ with an owner or a country, a side of
    two countries, an object already resolved)."""
    if trig.pattern.cameo[:2] not in HOME_FOE_ROOTS or trig.pattern.reciprocal:
        return None
    country = _one_state(kb, sources, HOME_FOE_SECTORS)
    if country is None or any(t.actor.country == country for t in targets):
        return None  # (a side of its own country found: "attacked Colombian police")
    armed = any(s.actor.sector != "OPP" for s in sources)
    for noun in _aimed_at(trig):
        lemma = noun.lemma_.lower()
        sector = BARE_ORGANS.get(lemma) or BARE_ORGANS.get(noun.lower_)
        if sector is None or noun.pos_ != "NOUN" or not _bare(kb, noun) or (
                lemma in ARMED_ONLY_ORGANS and not armed):
            continue
        end = noun.idx + len(noun.text)
        if any(t.actor.start is not None and noun.left_edge.idx <= t.actor.start < end
               for t in targets):
            return None  # (the object's own actor was found)
        return ResolvedActor(Actor(noun.text, None, kb.make_code(country, sector), country,
                                   sector, noun.idx, end), "agent")
    return None


#: nouns of a state's soldiers named bare, who in a coup seize their own leaders
COUP_NOUNS = frozenset({"soldier", "troop", "army", "military", "officer", "junta", "guard",
                        "putschist", "mutineer", "general", "colonel", "coup"})
#: codes of a leader taken by soldiers: seized, detained, held, confined, abducted
COUP_CODES = frozenset({"171", "172", "173", "174", "181"})
#: sectors of the leaders a coup removes or holds
LEADER_SECTORS = frozenset({"GOV", "ELI", "OPP", "LEG"})


def coup_makers(kb: ActorKB, trig: Trigger, targets: list[ResolvedActor]
                ) -> ResolvedActor | None:
    """The armed forces (MIL) of the leaders that soldiers named with no country seize or
    detain ("the military seized power and detained the State Counsellor", "army officers
    confined President X to his residence"): a coup, the leaders' own country's army;
    None otherwise."""
    if trig.pattern.cameo[:3] not in COUP_CODES or not targets or not all(
            t.kind == "person" and t.actor.sector in LEADER_SECTORS for t in targets):
        return None
    countries = {t.actor.country for t in targets}
    country = next(iter(countries)) if len(countries) == 1 else None
    if country is None or country not in kb.country_codes:
        return None
    doer = _doer(trig.token)
    # (the model tags "the military" an adjective when it is a subject)
    if doer is None or doer.pos_ not in ("NOUN", "ADJ") or doer.lemma_.lower() not in (
            COUP_NOUNS) or (
            not _bare(kb, doer)):
        return None
    return ResolvedActor(Actor(doer.text, None, kb.make_code(country, "MIL"), country, "MIL",
                               doer.idx, doer.idx + len(doer.text)), "agent")
