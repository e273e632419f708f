"""Force aimed at a place is aimed at the country the place lies in.

"Russian forces shelled Kherson", "air strikes on Odesa", "Kherson was shelled by Russian
troops", "the shelling of Kharkiv", "drills near Kinmen": news names the city, the region or
the strip that was hit, not a government. CAMEO codes such an event against the country
(``UKR``, with no sector), and so do we -- for the roots of force and posture only (15, 18-20),
for seizing or damaging property (171), where the place is where the blow lands, and for aid
sent or let in (07, 086: "allowed aid trucks into Gaza"). What was hit may itself be no place
but stand in one ("shelled a hospital in Kherson"): its own place phrase then names the
country, as does a place name compounded on it ("the Kremenchuk shopping centre"); what was
hit in someone else's words ("struck what Delhi described as a camp inside Pakistan") is the
thing so named, with its place. Coercion (17) is left out: "citizens detained in China" were
detained by China, not against it. Elsewhere a place is where an event happens ("talks in
Malta"), never a party to it.

Names become countries through the offline gazetteer (:class:`detente.resolve.places
.Gazetteer`), with the attacker's countries as context; a place in the attacker's own country
("Russian air defences shot down drones over Belgorod") is not a target.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from detente.model import Actor
from detente.resolve.places import TIME_WORDS, Gazetteer
from detente.resolve.tokens import lefts

__all__ = ["PLACE_TARGET_CODES", "PLACE_TARGET_ROOTS", "place_actor", "place_target"]

#: CAMEO roots whose target may be a place: aid (07: "humanitarian aid for Gaza" is for the
#: people there), posture (15), assault (18), fighting (19), mass violence (20)
PLACE_TARGET_ROOTS = frozenset({"07", "15", "18", "19", "20"})
#: codes of other roots whose blow lands on a place: property seized, damaged or destroyed
#: (171: "saboteurs damaged a railway line in Poland"), unlike arrests or expulsions;
#: relief let in (086: "allowed aid trucks into Gaza" is for the people there); and forces
#: pulled out of a place (087: "the contingent flew out of Goma" left Congo)
PLACE_TARGET_CODES = frozenset({"171", "086", "087"})
#: prepositions that name where the blow lands or the show of force is aimed
_AIM_PREPS = frozenset({"on", "at", "in", "into", "against", "near", "around", "over",
                        "across", "toward", "towards", "of", "off", "inside", "within"})
#: verbs of forces leaving a place "out of" it (not "fired rockets out of Lebanon")
_LEAVING_VERBS = frozenset({"fly", "pull", "move", "withdraw", "march", "sail", "roll",
                            "head", "ship", "airlift", "evacuate"})
#: verbs of forces leaving a place "from" it (not "marched from Belarus into Ukraine")
_RETREAT_VERBS = frozenset({"withdraw", "retreat", "pull"})
#: the forces that leave so (not "the minister flew out of Paris")
_LEAVING_FORCES = frozenset({"troop", "soldier", "force", "contingent", "unit", "battalion",
                             "brigade", "peacekeeper", "police", "personnel", "marine",
                             "mission", "garrison"})
#: prepositions that name where aid goes
_AID_PREPS = frozenset({"to", "for", "into"})
#: waters a country's name may qualify without making them its own
_OPEN_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "channel",
                          "sound"})
#: prepositions that place a thing hit: "a hospital in Kherson", "the port of Odesa"
_WHERE_PREPS = frozenset({"in", "of", "near", "outside", "off", "across", "around", "inside"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: entity kinds that are never a place ("the Wagner group", "the Nord Stream pipeline" as a
#: product, "Houthi positions")
_NOT_PLACE_ENTS = frozenset({"ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                             "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"})
#: nouns of a place that a name qualifies: "the southern city of Kherson", "the Kharkiv
#: region", "the Panjgur area", "Pakistan's Balochistan province"
_AREA_NOUNS = frozenset({"city", "town", "region", "province", "village", "port", "capital",
                         "area", "district", "county", "governorate", "oblast", "prefecture"})
#: verbs that tell the toll of a blow whose noun is their subject: "Russian shelling killed
#: four people in Kharkiv" (the extractor codes the shelling, not the killing)
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
#: verbs that name what a blow hit in someone's words: "struck what Delhi described as a
#: camp", "hit what Tehran called hideouts", "what the army said were depots"
_NAMING_VERBS = frozenset({"describe", "call", "say", "term", "label", "brand", "claim",
                           "identify", "characterize", "characterise", "dub"})


def place_target(hosts: Sequence[Token], gazetteer: Gazetteer, own: Iterable[str | None], *,
                 objects: bool = True, extra: Sequence[Token] = (), aid: bool = False
                 ) -> Actor | None:
    """The country of the first place the trigger (and its object noun, ``hosts``) is aimed
    at: its direct object (when ``objects``), the object of an aiming preposition, or one of
    ``extra`` (a passive subject). ``own``: the attacker's countries, never a target.
    ``aid``: the act gives (aid goes "to" or "for" a place; its object is what is given)."""
    own_set = {c for c in own if c}
    candidates: list[Token] = list(extra)
    preps = _AID_PREPS if aid else _AIM_PREPS
    for host in hosts:
        for c in host.children:
            if objects and not aid and c.dep_ in ("dobj", "obj"):
                candidates.append(c)
            elif c.dep_ == "prep" and c.lower_ in preps:
                candidates.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("out", "from") and not aid and (
                    host.lemma_.lower() in (_LEAVING_VERBS if c.lower_ == "out"
                                            else _RETREAT_VERBS)) and any(
                    d.dep_ == "nsubj" and d.lemma_.lower() in _LEAVING_FORCES
                    for d in host.children):
                # ("the contingent flew out of Goma": the parser hangs "of" on "out";
                # "troops withdrew from Kherson")
                candidates.extend(p for g in ([c] if c.lower_ == "from" else c.children)
                                  if g.dep_ == "prep" and g.lower_ in ("of", "from")
                                  for p in g.children if p.dep_ == "pobj")
            elif c.dep_ in ("advmod", "prt") and c.lower_ == "back" and not aid and (
                    host.lemma_.lower() in _RETREAT_VERBS) and any(
                    d.dep_ == "nsubj" and d.lemma_.lower() in _LEAVING_FORCES
                    for d in host.children):
                # ("troops pulled back from Jenin": the parser hangs "from" on "back")
                candidates.extend(p for g in c.children if g.dep_ == "prep" and (
                    g.lower_ == "from") for p in g.children if p.dep_ == "pobj")
        if objects and not aid:
            candidates.extend(_named_as(host))
    if not aid:
        # "the strike killed three people in Kharkiv": where the toll fell, the blow landed
        # (what was killed and where, after the noun's own phrases)
        for toll in _toll_verbs(hosts):
            for c in toll.children:
                if c.dep_ in ("dobj", "obj"):
                    candidates.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "across", "outside"):
                    candidates.extend(p for p in c.children if p.dep_ == "pobj")
    for tok in candidates:
        for t in _coordinated(tok):
            actor = _first_place_actor(t, gazetteer, own_set)
            if actor is not None:
                return actor
    if aid:
        return None
    # "shelled a hospital in Kherson", "an attack on the port of Odesa", "sabotaged a
    # pipeline off Estonia": what was hit is no place, but where it stands is
    for tok in candidates:
        for t in _coordinated(tok):
            if _place_span(t) is not None or t.pos_ not in ("NOUN", "PROPN", "NUM") or (
                    t.lemma_.lower() in _OPEN_WATERS):
                continue  # ("drills in the Sea of Japan": open water, no country's)
            actor = _named_site(t, gazetteer, own_set)
            if actor is not None:
                return actor
            for c in t.children:
                if c.dep_ != "prep" or c.lower_ not in _WHERE_PREPS:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    for q in _coordinated(p):
                        actor = _first_place_actor(q, gazetteer, own_set)
                        if actor is not None:
                            return actor
    return None


def place_actor(span: Span, gazetteer: Gazetteer, own: AbstractSet[str], *,
                also: str | None = None, context: Sequence[str] | None = None
                ) -> Actor | None:
    """The country a place name stands for, as an actor with no sector ("Kharkiv" -> UKR),
    looked up with ``own`` as context (``also``: a second name to try, e.g. the head word
    alone; ``context``: the countries that break ties between places of one name, by
    default ``own``); None when the gazetteer does not know it, it has no country (a sea),
    or it lies in one of ``own``."""
    if span.text in TIME_WORDS or (also in TIME_WORDS and span.text == also):
        return None  # "clashed on the border in March": a month, not the town in England
    context = sorted(own) if context is None else list(context)
    loc = gazetteer.lookup(span.text, context) or (
        gazetteer.lookup(also, context) if also else None)
    if loc is None or not loc.country or loc.country in own:
        return None
    return Actor(text=span.text, name=loc.name, code=loc.country, country=loc.country,
                 sector=None, start=span.start_char, end=span.end_char)


def _named_as(host: Token) -> list[Token]:
    """What a blow hit when the text gives it only as another's words: "struck what Delhi
    described as a camp inside Pakistan", "hit what Tehran called hideouts in Balochistan",
    "bombed what the army said were depots in Lebanon" -- the object is the free relative
    "what", and the thing named (with its place phrases) sits in the clause of naming."""
    verbs = [c for c in host.children if c.dep_ == "ccomp" and c.lemma_.lower() in _NAMING_VERBS]
    if not verbs or not any(c.lower_ == "what" and c.dep_ in ("dobj", "obj", "nsubj")
                            for v in [host, *verbs] for c in v.children) and not any(
            c.lower_ == "what" for v in verbs for cc in v.children if cc.dep_ == "ccomp"
            for c in cc.children):
        return []
    out: list[Token] = []
    for verb in verbs:
        for v in [verb] + [c for c in verb.children if c.dep_ == "ccomp"]:
            for c in v.children:
                if c.dep_ in ("dobj", "obj", "attr", "oprd"):
                    out.append(c)
                elif c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ in _AIM_PREPS):
                    out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _named_site(thing: Token, gazetteer: Gazetteer, own: AbstractSet[str]) -> Actor | None:
    """The country of a place name compounded on the thing hit: "seized the Zaporizhzhia
    nuclear plant", "struck the Kremenchuk shopping centre", "shelled the Jabalia camp". The
    small parser often tags such a name as a person; a firm's or a people's name is none."""
    for c in lefts(thing):
        if c.dep_ not in ("compound", "nmod"):
            continue
        names = [c] + [g for g in lefts(c) if g.dep_ in ("compound", "nmod")]
        for name in names:
            if name.pos_ != "PROPN" or name.ent_type_ in _NOT_PLACE_ENTS:
                continue
            left = name.i
            while left > thing.sent.start and thing.doc[left - 1].dep_ == "compound" and (
                    thing.doc[left - 1].head.i == name.i):
                left -= 1
            actor = place_actor(thing.doc[left: name.i + 1], gazetteer, own)
            if actor is not None:
                return actor
    return None


def _toll_verbs(hosts: Sequence[Token]) -> list[Token]:
    """The verbs that tell the toll of a force noun among ``hosts`` (its subject): "the
    strike on the camp killed ten people"."""
    return [h.head for h in hosts if h.dep_ == "nsubj" and h.head.i != h.i
            and h.head.lemma_.lower() in _TOLL_VERBS]


def _first_place_actor(tok: Token, gazetteer: Gazetteer, own: AbstractSet[str]
                       ) -> Actor | None:
    """The country of the place ``tok`` names: its own name, else the state that owns it
    ("a village in Pakistan's Balochistan province": the gazetteer may not know the
    province, but the possessor names the state)."""
    span = _place_span(tok)
    actor = place_actor(span, gazetteer, own) if span is not None else None
    if actor is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _AREA_NOUNS:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        span = _place_span(owner) if owner is not None else None
        actor = place_actor(span, gazetteer, own) if span is not None else None
    return actor


def _coordinated(tok: Token) -> list[Token]:
    """"shelled Kherson and Zaporizhzhia": the first conjunct, then the others."""
    return [tok] + [c for c in tok.children if c.dep_ == "conj"]


def _place_span(tok: Token) -> Span | None:
    """The name ``tok`` heads, when it is a place name: the entity the parser found, else a
    proper noun with its compounds ("the southern city of Kherson" gives "Kherson" through
    the "of" phrase of "city")."""
    if tok.ent_type_ in _PLACE_ENTS:
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent
    if tok.pos_ == "PROPN":
        left = tok.i
        while left > tok.sent.start and tok.doc[left - 1].dep_ == "compound" and \
                tok.doc[left - 1].head.i == tok.i:
            left -= 1
        return tok.doc[left: tok.i + 1]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _AREA_NOUNS:
        # "the southern city of Kherson"
        named = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if named is not None and named.pos_ == "PROPN":
            return _place_span(named)
        # "the Kharkiv region", "the port city Odesa": the name in the noun's own compound
        named = next((c for c in tok.children if c.dep_ in ("compound", "appos")
                      and c.pos_ == "PROPN"), None)
        if named is not None:
            return _place_span(named)
    return None
