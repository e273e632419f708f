"""Where an event took place, read off the parse of its sentence.

:func:`event_place` looks, in this order, at

1. the trigger's own place phrase -- "talks in Malta", "the Bali meeting", "drills around
   Taiwan", "shot down off the coast of South Carolina", "met on the margins of the Munich
   Security Conference", "said at a fundraising event in California", "lodged
   representations with the U.S. Embassy in Beijing" (a partner's own place, never the
   partner: "with Turkey" is no place; nor is the target of "sanctions on Russia");
   Acts in the air take an "over" phrase ("shot down a helicopter over Armenia");
2. the place a "where" clause hangs off ("in Hanoi, where he and Vietnamese leaders
   upgraded relations"), or a participial clause's ("Speaking in Hiroshima, Biden said");
   a meeting's or trip's "when" clause ("will meet when they fly to Lima"); where the
   object of a physical act is, the envoys an act is done to are posted ("recalled its
   envoy from Madrid"), an envoy was summoned to, a text was signed ("the Al-Ula
   Declaration"), or a place hung on the person addressed ("urged Kishida in Tokyo");
   a visit's destination ("visit Beijing", "trip to Washington");
3. "there": the last place the sentence named before it ("travel to Hiroshima ... would
   visit a memorial there");
4. the place phrase of the verb that governs the trigger ("At the Filoli estate, Biden and
   Xi agreed to restore communication", "staged large drills around Taiwan"), or where a
   trip went when the trigger is its purpose ("will travel to San Francisco to meet Biden"),
   or the verb a participle of the same subject hangs on ("rallied in Yerevan, demanding");
5. where the speaker said what the trigger's clause tells of the speaker's own side ("In
   Beijing, a spokesman said ... and urged India to ..."), and where a mission, court or
   parliament that is the subject sits ("a Bamako court sentenced ...");
6. for meetings, a place the sentence names once for all ("The November meeting in San
   Francisco ... the two will have a meeting"), but not one of what was talked about
   ("raised concerns about rights in Xinjiang");
7. the dateline ("BEIJING, Oct. 26 (Xinhua) --"), only when nothing else gave a place.

Names become places through :meth:`detente.resolve.places.Gazetteer.lookup`, with the
countries of the event's participants as context ("Georgia" next to a U.S. actor).
Tokens are spaCy tokens used only through their attributes; this module does not import
spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from detente.model import Location
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import kids, sent_of

__all__ = ["PLACE_PREPS", "event_place", "place_of"]

#: prepositions whose object is where the event happened
PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "during", "around",
                         "off", "aboard", "through", "across"})
#: verbs of acts in the air, whose "over" phrase is their place ("shot down a helicopter
#: over Armenia", "a balloon flew over Montana")
_AIR_VERBS = frozenset({"shoot", "down", "intercept", "fly", "crash", "hover", "spot",
                        "overfly"})
_AIR_PREPS = PLACE_PREPS | {"over"}
#: verbs of sending people out, whose "from" phrase is the place they are sent out of
#: ("an envoy expelled from Moscow", "expelled two diplomats from Canberra")
_EXPEL_VERBS = frozenset({"expel"})
_EXPEL_PREPS = PLACE_PREPS | {"from"}
#: of these, only a named location or facility is a place (none at present: "over" would
#: be one -- "flew over the Taiwan Strait" -- but "a dispute over the South China Sea" is
#: about the sea, not in it)
_FEATURE_ONLY: frozenset[str] = frozenset()
#: prepositions after which a name the tagger took for a person's is still read as a place
#: when the gazetteer knows it ("talks in Sanaa", "positions near Zaporizhzhia")
_LENIENT_PREPS = frozenset({"in", "near", "outside", "over"})
#: prepositions that lead from a noun to the place it is in ("the embassy in Beijing")
_NESTED_PREPS = frozenset({"in", "at", "near", "outside", "off", "inside"})
#: nouns whose "of" phrase names the place or the gathering ("the coast of South Carolina",
#: "the sidelines of the G20 summit", "the capital of Ukraine")
_CONTAINERS = frozenset({
    "coast", "coastline", "shore", "shores", "waters", "outskirts", "suburbs", "city", "town",
    "capital", "port", "island", "islands", "province", "region", "state", "margin",
    "margins", "sideline", "sidelines", "side", "edge", "heart", "centre", "center", "venue",
    "site", "streets", "area", "vicinity", "north", "south", "east", "west", "border",
    "resort", "village",
})
#: nouns of a stretch of a gathering, whose "of" phrase names it ("at the close of a second
#: session of talks in Vienna", "at the close of the summit in Lima")
_SPANS = frozenset({"end", "close", "conclusion", "round", "course", "start", "opening",
                    "outcome", "wake"})
#: nouns of talks, besides the gatherings below
_TALK_NOUNS = frozenset({"negotiation", "negotiations", "consultation", "consultations",
                         "discussion", "discussions"})
#: nouns of agreements, signed where a "signed in" phrase of theirs (or of the noun they
#: are for: "the agreement for a cessation of hostilities signed in Pretoria") says
_PACT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "truce", "ceasefire",
                         "pact", "memorandum", "declaration", "protocol", "communique",
                         "armistice", "roadmap"})
_SIGNED_VERBS = frozenset({"sign", "ink", "initial", "reach", "strike", "conclude", "seal"})
#: nouns of gatherings and trips whose own place phrase is the event's place
_GATHERINGS = frozenset({
    "summit", "conference", "forum", "meeting", "talks", "session", "gathering", "event",
    "ceremony", "dinner", "banquet", "reception", "visit", "trip", "tour", "dialogue",
    "fundraiser", "rally", "speech", "news conference", "press conference", "briefing",
})
_TRAVEL = frozenset({"visit", "trip", "tour", "journey", "stop", "stopover", "voyage"})
_TRAVEL_VERBS = frozenset({"travel", "fly", "go", "come", "head", "return", "journey"})
#: last words of named gatherings that usually open with their city ("Munich Security
#: Conference", "Raisina Dialogue" is not one, so the prefix must be a known place)
_GATHERING_NAMES = frozenset({"conference", "summit", "forum", "dialogue", "talks",
                              "meeting", "expo", "games", "process", "format"})
_PLACE_ENTS = ("GPE", "LOC", "FAC")
#: nouns of buildings, whose names are often a town's elsewhere ("the Miraflores palace")
_BUILDINGS = frozenset({"palace", "house", "hall", "hotel", "residence", "mansion", "castle",
                        "villa", "building", "tower", "guesthouse", "compound", "fort"})


def place_of(tok: Any, gazetteer: Gazetteer, context: Sequence[str],
             lenient: bool = False) -> Location | None:
    """The place a token names: a proper-noun phrase or place entity ("San Francisco",
    "the Munich Security Conference", "Second Thomas Shoal"), or a common noun with proper
    modifiers that name a venue ("the Filoli estate"). ``lenient``: where only a place can
    stand (what is visited), a proper noun the tagger took for a person still counts
    ("visited Kyiv"), unless the gazetteer's stoplist says the name is mostly a person's.
    ``None`` when it names none."""
    ents = ("GPE", "LOC", "FAC", "ORG", "EVENT", "") + (("PERSON", "NORP") if lenient else ())
    propn = tok.pos_ == "PROPN" and tok.ent_type_ in ents
    if propn and tok.ent_type_ in ("PERSON", "NORP") and gazetteer.is_person_name(tok.text):
        return None
    if not propn and tok.ent_type_ not in _PLACE_ENTS:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CONTAINERS and (
                named := _named_in_of(tok, gazetteer, context)) is not None:
            # "the Jordanian Red Sea resort of Aqaba", "the Black Sea port of Odesa": the
            # place the "of" phrase names, not the sea the noun's modifiers name
            return named
        if tok.pos_ == "NOUN" and tok.lower_ == "capital" and (
                capital := _adjective_capital(tok, gazetteer)) is not None:
            return capital  # "in the Russian capital": Moscow
        if tok.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN" and \
                tok.doc[tok.i - 1].dep_ == "compound":
            # "the Filoli estate": the venue's name with its noun, else the name alone
            text = _compound_text(tok)
            loc = gazetteer.lookup(text, context)
            if loc is not None:
                return loc
            loc = gazetteer.lookup(text.rsplit(" ", 1)[0], context)
            if loc is not None and gazetteer.is_country(loc.name):
                return None  # "$100 million in U.S. aid", "in Chinese hands": no place
            if loc is not None and tok.lemma_.lower() in _BUILDINGS and context and (
                    loc.country not in context):
                # "the Miraflores palace" we do not know is no palace in Miraflores, Peru:
                # a building's name is a town's only in a country the event is about
                return None
            return loc
        if tok.pos_ == "NOUN":
            # "the Vostochny space launch centre": a name before common-noun compounds
            return _named_facility(tok, gazetteer, context)
        return None
    own = _compound_text(tok)
    text = own
    if tok.ent_type_ and tok.ent_iob_ != "O":
        ent = _ent_at(tok)
        if ent is not None:
            text = ent.text
    text = text[4:] if text.lower().startswith("the ") else text
    loc = gazetteer.lookup(text, context)
    if loc is None and text != own:
        # an entity that runs over several names: "the Great Hall of the People in Beijing"
        # -> "Great Hall of the People" (the name up to "in"), or the token's own name
        head = re.split(r"\s+(?:in|at|near|of)\s+(?=[A-Z])", text)
        loc = gazetteer.lookup(head[0], context) if len(head) > 1 and " in " in text else None
        loc = loc or gazetteer.lookup(own, context)
    if loc is None and " " in text and text.rsplit(" ", 1)[1].lower() in _GATHERING_NAMES:
        # "the Munich Security Conference", "the Vienna talks": the city that opens the name
        words = text.split()
        for n in range(len(words) - 1, 0, -1):
            loc = gazetteer.lookup(" ".join(words[:n]), context)
            if loc is not None:
                break
    return loc


def _named_in_of(tok: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """The place a container noun's "of" phrase names, when the noun carries a name of its
    own that is no place in a country ("the Red Sea resort of Aqaba": a sea): ``None`` for
    a bare container ("the coast of South Carolina" is read by :func:`_nested_place`)."""
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(tok)):
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in kids(c):
                if p.dep_ == "pobj" and p.pos_ == "PROPN":
                    loc = place_of(p, gazetteer, context, lenient=True)
                    if loc is not None and loc.country:
                        return loc
    return None


#: nationality adjectives whose country's name is not their stem
_ADJECTIVE_COUNTRIES = {
    "french": "France", "british": "United Kingdom", "dutch": "Netherlands",
    "spanish": "Spain", "swiss": "Switzerland", "emirati": "United Arab Emirates",
    "greek": "Greece", "thai": "Thailand", "filipino": "Philippines", "danish": "Denmark",
    "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway", "belgian": "Belgium",
    "saudi": "Saudi Arabia", "afghan": "Afghanistan", "peruvian": "Peru",
    "argentine": "Argentina", "moroccan": "Morocco", "portuguese": "Portugal",
    "congolese": "Congo", "czech": "Czechia", "slovak": "Slovakia", "irish": "Ireland",
    "scottish": "United Kingdom", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "turkmen": "Turkmenistan",
    "philippine": "Philippines", "kosovar": "Kosovo", "cypriot": "Cyprus",
    "nigerien": "Niger", "mozambican": "Mozambique", "panamanian": "Panama",
    "honduran": "Honduras", "salvadoran": "El Salvador", "dominican": "Dominican Republic",
    "icelandic": "Iceland", "bosnian": "Bosnia and Herzegovina", "montenegrin": "Montenegro",
    "canadian": "Canada",
}
#: endings of nationality adjectives and what a country's name ends with instead, tried in
#: order ("Nigerian" is Nigeria before Niger; "Jordanian" Jordan, "Italian" Italy)
_ADJECTIVE_ENDINGS = (("n", ""), ("ian", ""), ("ian", "y"), ("ian", "e"), ("i", ""),
                      ("ese", ""), ("ese", "a"), ("ese", "on"), ("ish", "ey"),
                      ("ish", "and"), ("an", "o"), ("an", ""), ("", "y"), ("", "a"))


def adjective_country(adjective: str, gazetteer: Gazetteer) -> Location | None:
    """The country a nationality adjective names ("Russian", "South Korean", "Jordanian"),
    found by its stem among the gazetteer's countries; ``None`` for any other word."""
    words = adjective.split()
    last = words[-1].lower() if words else ""
    head = " ".join(words[:-1] + [""])
    names = [head + _ADJECTIVE_COUNTRIES[last]] if last in _ADJECTIVE_COUNTRIES else []
    base = words[-1] if words else ""
    for ending, instead in _ADJECTIVE_ENDINGS:
        if base.lower().endswith(ending) and len(base) - len(ending) >= 3:
            names.append(head + base[:len(base) - len(ending)] + instead)
    for name in names:
        if gazetteer.is_country(name):
            return gazetteer.lookup(name)
    return None


def _adjective_capital(tok: Any, gazetteer: Gazetteer) -> Location | None:
    """"the Russian capital", "the South Korean capital": the capital of the country the
    nationality adjective before the noun names (the determiner must be "the")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        return None
    adj = next((c for c in kids(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i
                and c.text[:1].isupper() and c.ent_type_ in ("NORP", "GPE", "")), None)
    if adj is None:
        return None
    # ("South Korean": the adjective's own compound words)
    words = [c.text for c in kids(adj) if c.dep_ in ("compound", "amod") and c.i < adj.i
             and c.text[:1].isupper()] + [adj.text]
    country = adjective_country(" ".join(words), gazetteer)
    if country is None or not country.country:
        return None
    return gazetteer.capital(country.country)


#: the named entities of the doc last asked for: (doc, ``doc.ents``, the entity of each of
#: their tokens); the doc is held, so it is not another doc at the same address
_LAST_ENTS: list[Any] = [None]


def _read_ents(doc: Any) -> tuple[Any, tuple[Any, ...], dict[int, Any]]:
    """``doc.ents`` and the entity of each of their tokens, built once per doc (spaCy
    builds the tuple anew on each access); the entities must not change while the doc is
    being coded."""
    last = _LAST_ENTS[0]
    if last is not None and last[0] is doc:
        return last  # type: ignore[no-any-return]
    ents = tuple(doc.ents)
    at: dict[int, Any] = {}
    for e in ents:
        for i in range(e.start, e.end):
            at.setdefault(i, e)  # (the first entity holding the token, as a scan finds it)
    last = (doc, ents, at)
    _LAST_ENTS[0] = last
    return last


def _ent_at(tok: Any) -> Any | None:
    """The entity of ``doc.ents`` that holds ``tok`` (the first one), or ``None``."""
    return _read_ents(tok.doc)[2].get(tok.i)


def _named_facility(tok: Any, gazetteer: Gazetteer, context: Sequence[str]
                    ) -> Location | None:
    """"the Vostochny space launch centre", "the Zaporizhzhia nuclear power plant": a proper
    name, then common nouns, all compounds of the facility's noun."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ in ("compound", "amod") and \
            tok.doc[left - 1].head.i > left - 1 and tok.doc[left - 1].head.i <= tok.i:
        left -= 1
    words = tok.doc[left: tok.i + 1]
    if len(words) < 3 or words[0].pos_ != "PROPN" or words[0].ent_type_ in ("PERSON", "NORP"):
        return None
    loc = gazetteer.lookup(words.text, context)
    if loc is not None:
        return loc
    name = [t for t in words if t.pos_ == "PROPN"]
    if len(name) == len(words) or name[-1].i - left + 1 != len(name):
        return None
    loc = gazetteer.lookup(tok.doc[left: name[-1].i + 1].text, context)
    # a name alone counts for a venue or a small place, not for a country or a big city
    # ("the China space station" is no place in China)
    if loc is not None and not gazetteer.is_country(loc.name):
        return loc
    return None


def _compound_text(tok: Any) -> str:
    """The proper-noun compounds that end at ``tok``, hyphenated names whole
    ("Sistan-Baluchestan province", "the Al-Qaim area")."""
    doc = tok.doc
    left = tok.i
    while left > 0:
        prev = doc[left - 1]
        if prev.dep_ == "compound" and prev.pos_ == "PROPN":
            left -= 1
        elif prev.text == "-" and not prev.whitespace_ and left > 1 and (
                doc[left - 2].pos_ == "PROPN" and not doc[left - 2].whitespace_):
            left -= 2
        else:
            break
    return str(doc[left: tok.i + 1].text)


def _nested_place(tok: Any, gazetteer: Gazetteer, context: Sequence[str],
                  depth: int = 0) -> Location | None:
    """The place a noun phrase is in: "the U.S. Embassy in Beijing", "the coast of South
    Carolina", "the margins of the Munich Security Conference", "a visit to Taiwan"; also
    through a conjunct ("with Turkey and the United Nations in Istanbul")."""
    if depth > 3:
        return None
    for n in [tok, *tok.conjuncts]:
        lemma = n.lemma_.lower()
        if lemma in _GATHERINGS or lemma in _TALK_NOUNS or n.lower_ in _GATHERINGS:
            # "when a third session of consultations convened in Muscat closed": where
            # the gathering was held
            loc = next((x for c in kids(n) if c.dep_ in ("acl", "relcl")
                        and c.lemma_.lower() in _HAPPEN_VERBS
                        for x in [_phrase_place(c, gazetteer, context,
                                                frozenset({"in", "at", "near"}))]
                        if x is not None), None)
            if loc is not None:
                return loc
            # "in talks hosted by Russia": the host's own place, when it is a place
            loc = next((x for c in kids(n) if c.dep_ in ("acl", "relcl")
                        and c.lemma_.lower() == "host" for a in kids(c) if a.dep_ == "agent"
                        for p in kids(a) if p.dep_ == "pobj"
                        for x in [place_of(p, gazetteer, context)] if x is not None), None)
            if loc is not None:
                return loc
        for c in kids(n):
            if c.dep_ != "prep":
                continue
            prep = c.lower_
            if not (prep in _NESTED_PREPS or (prep == "of" and (
                    lemma in _CONTAINERS or lemma in _SPANS)) or (
                    prep == "to" and lemma in _TRAVEL)):
                continue
            for p in kids(c):
                if p.dep_ != "pobj" or p.ent_type_ in ("DATE", "TIME"):
                    continue
                loc = place_of(p, gazetteer, context, lenient=prep in _LENIENT_PREPS) or \
                    _nested_place(p, gazetteer, context, depth + 1)
                if loc is not None:
                    return loc
    return None


def _phrase_place(host: Any, gazetteer: Gazetteer, context: Sequence[str],
                  preps: frozenset[str] = PLACE_PREPS) -> Location | None:
    """The first place of the host's place phrases; one in a country wins over one at sea
    ("over the Atlantic Ocean off the coast of South Carolina": the United States)."""
    at_sea: Location | None = None
    for c in _place_preps(host):
        prep = c.lower_
        for p in kids(c):
            if p.dep_ != "pobj" or p.ent_type_ in ("DATE", "TIME"):
                continue
            if prep in preps:
                if prep in _FEATURE_ONLY and p.ent_type_ not in ("LOC", "FAC"):
                    continue
                # "held talks in Sanaa": after "in" a name the tagger took for a person's
                # is still a place when the gazetteer knows it as one
                loc = place_of(p, gazetteer, context, lenient=prep in _LENIENT_PREPS)
                if loc is not None and prep == "on" and loc.country in context:
                    # "sanctions on Russia", "pressure on Beijing": the target, not a place
                    continue
                if loc is None and prep == "on" and _topic_on(c, host):
                    # "exchanged views on the situation in the Red Sea", "a memorandum on
                    # fishing in the Gulf": the place of what was talked about, not where
                    continue
                loc = loc or _nested_place(p, gazetteer, context) or _the_place(
                    p, gazetteer, context)
            elif prep == "with":
                # a partner is no place, but where the partner sits may be the scene
                loc = _nested_place(p, gazetteer, context)
            else:
                continue
            if loc is not None and loc.country:
                return loc
            at_sea = at_sea or loc
    return at_sea


#: words of talk, opinion and texts, whose "on" phrase is what they are about ("views on
#: the situation in Gaza", "talks on trade", "a memorandum on fishing in the Gulf")
_TOPIC_HOSTS = _TALK_NOUNS | _PACT_NOUNS | frozenset({
    "view", "views", "talk", "talks", "dialogue", "exchange", "statement", "position",
    "opinion", "resolution", "memorandum", "memoranda", "briefing", "consult", "confer",
    "discuss", "negotiate", "agree", "speak", "comment", "remark", "report", "understanding",
    "cooperation", "plan", "proposal", "initiative", "declaration", "concern", "concerns"})
#: nouns after "on" that still lead to a place ("on the sidelines of", "on a visit to")
_ON_PLACES = _CONTAINERS | _SPANS | _GATHERINGS | _TRAVEL | frozenset({"soil", "territory",
                                                                       "ground", "board"})


def _topic_on(prep: Any, host: Any) -> bool:
    """Is ``prep`` an "on" phrase of what a word of talk or a text is about, whose object is
    a common noun other than a stretch of land or a gathering ("views on the situation")?"""
    if prep.lower_ != "on" or host.lemma_.lower() not in _TOPIC_HOSTS and (
            host.lower_ not in _TOPIC_HOSTS):
        return False
    obj = next((p for p in kids(prep) if p.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _ON_PLACES \
        and obj.lower_ not in _ON_PLACES


def _place_preps(host: Any) -> list[Any]:
    """The host's prepositional phrases, and those the parser hung on a time adverb in front
    of it: "Today in Ohrid, Borrell hosted ...", "Earlier this week in Geneva, ..."."""
    ks = kids(host)  # (read once: tokens are made anew on access)
    preps = [c for c in ks if c.dep_ == "prep"]
    for c in ks:
        if c.dep_ in ("npadvmod", "advmod") and c.i < host.i and (
                c.ent_type_ in ("DATE", "TIME") or c.lower_ in ("earlier", "later")):
            preps += [g for g in kids(c) if g.dep_ == "prep" and g.lower_ in ("in", "at")]
    return preps


def _named_for_city(host: Any, gazetteer: Gazetteer, context: Sequence[str]
                    ) -> Location | None:
    """"the Bali meeting", "the Malta talks": a gathering named for the city it was held in
    (a country in that slot is a party: "the U.S.-China talks")."""
    if host.pos_ not in ("NOUN", "PROPN") or (host.lemma_.lower() not in _GATHERINGS
                                              and host.lower_ not in _GATHERINGS):
        return None
    for c in kids(host):
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _PLACE_ENTS and \
                c.i < host.i and not gazetteer.is_country(_compound_text(c)):
            loc = place_of(c, gazetteer, context)
            if loc is not None:
                return loc
    return None


def _participle_place(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                      ) -> Location | None:
    """"Speaking in Hiroshima on Sunday, Biden said ...", "Arriving in Beijing, Blinken met
    Qin": a participial clause of the same subject says where the event took place."""
    for c in kids(trigger):
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and not any(
                g.dep_ in ("nsubj", "nsubjpass", "mark") for g in kids(c)) and (
                c.lemma_.lower() not in RECALLING_VERBS):
            # (not "recalling their meeting at Camp David": the place of what is recalled)
            loc = _phrase_place(c, gazetteer, context, frozenset({"in", "at"}))
            if loc is not None:
                return loc
        if trigger.pos_ in ("NOUN", "PROPN") and c.dep_ in ("acl", "relcl") and (
                c.lemma_.lower() in _HAPPEN_VERBS or (
                    trigger.lemma_.lower() in _PACT_NOUNS
                    and c.lemma_.lower() in _SIGNED_VERBS)):
            # "the talks, held in Vienna", "the meeting, which took place in Geneva"
            loc = _phrase_place(c, gazetteer, context, frozenset({"in", "at", "near"}))
            if loc is not None:
                return loc
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _PACT_NOUNS:
        # "the agreement for a cessation of hostilities signed in Pretoria": the parser hung
        # the signing on a noun of what was agreed
        cur = [trigger]
        for _ in range(2):
            cur = [p for n in cur for c in kids(n) if c.dep_ == "prep" and c.lower_ in (
                "for", "of", "on") for p in kids(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            loc = next((x for n in cur for c in kids(n) if c.dep_ == "acl"
                        and c.lemma_.lower() in _SIGNED_VERBS
                        for x in [_phrase_place(c, gazetteer, context, frozenset({"in", "at"}))]
                        if x is not None), None)
            if loc is not None:
                return loc
    return None


#: verbs that take the actor to a place ("visited Ramallah", "flew to Kyiv", "arrived in
#: Riyadh"): what a coordinated verb tells happened there
_ARRIVAL_VERBS = frozenset({"visit", "travel", "fly", "arrive", "go", "come", "head",
                            "land", "return", "journey"})
#: physical acts, done where their object is ("stormed its embassy in Tehran", "repelled
#: an attack in the Zaporizhzhia region")
_PHYSICAL_VERBS = frozenset({"storm", "attack", "strike", "shell", "bomb", "raid", "repel",
                             "seize", "destroy", "hit", "target", "besiege", "occupy",
                             "capture", "ram", "board", "intercept", "torch", "ransack",
                             "blockade", "surround"})


#: verbs of getting into a building, done where the building is
_ENTRY_VERBS = frozenset({"force", "break", "burst", "storm", "push", "barge", "enter", "get"})
#: verbs of sending forces, and the forces sent, whose destination is the act's place ("sent
#: troops to eastern Congo", "will deploy a regional force to the border")
_SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "move", "station", "redeploy"})
_FORCE_NOUNS = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers",
                          "peacekeeper", "peacekeepers", "contingent", "battalion", "brigade",
                          "unit", "units", "warship", "warships", "marine", "marines",
                          "personnel", "mission"})


def _sending_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                   ) -> Location | None:
    """"sent troops to eastern Congo": forces sent are where they were sent (a named place,
    or the one country its "to" phrase names)."""
    if verb.lemma_.lower() not in _SENDING_VERBS or not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _FORCE_NOUNS for c in kids(verb)):
        return None
    for c in kids(verb):
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into"):
            for p in kids(c):
                if p.dep_ == "pobj":
                    loc = place_of(p, gazetteer, context, lenient=True) or _nested_place(
                        p, gazetteer, context)
                    if loc is not None:
                        return loc
    return None


#: verbs of fire sent, or of forces and craft going, across a line: their "into" phrase is
#: where the act landed ("fired rockets into northern Israel", "crossed into Ukraine")
_INTO_VERBS = frozenset({"fire", "launch", "lob", "shoot", "cross", "stray", "intrude",
                         "advance", "push", "venture", "sail", "fly", "incur"})
#: nouns of a side's own land, sea or air ("into Thai territory", "into its airspace")
_OWN_GROUND = frozenset({"territory", "waters", "airspace", "soil", "land"})


def _into_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """"fired rockets into northern Israel", "crossed into Ukraine", "fired shells into
    South Korean waters": where the fire or the crossing went; a side's territory, waters
    or airspace named by its adjective is the one target's country."""
    for c in kids(verb):
        if c.dep_ != "prep" or c.lower_ != "into":
            continue
        for p in kids(c):
            if p.dep_ != "pobj":
                continue
            loc = place_of(p, gazetteer, context, lenient=True) or _nested_place(
                p, gazetteer, context)
            if loc is None and p.lemma_.lower() in _OWN_GROUND and any(
                    k.dep_ in ("amod", "compound", "poss") for k in kids(p)):
                codes = {x for x in context if x}
                loc = gazetteer.country(codes.pop()) if len(codes) == 1 else None
            if loc is not None:
                return loc
    return None


#: verbs that give what a thing is called ("struck what the army called rebel positions")
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "identify", "say"})


def _named_object_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                        ) -> Location | None:
    """"bombed what the ministry called PKK targets in northern Iraq", "hit what the army
    described as depots near Donetsk": the object told by a free relative of naming, whose
    place the parser hung on the naming verb or on the name."""
    for c in kids(verb):
        if c.dep_ != "ccomp" or c.lemma_.lower() not in _NAMING_VERBS or not any(
                k.lower_ == "what" and k.dep_ in ("dobj", "obj", "nsubj") for k in kids(c)):
            continue
        loc = _phrase_place(c, gazetteer, context, frozenset({"in", "near", "outside", "off",
                                                              "inside", "along", "across"}))
        if loc is not None:
            return loc
        names = [k for k in kids(c) if k.dep_ in ("oprd", "attr", "xcomp")] + [
            p for k in kids(c) if k.dep_ == "prep" and k.lower_ == "as"
            for p in kids(k) if p.dep_ == "pobj"]
        loc = next((x for n in names for x in [_nested_place(n, gazetteer, context)]
                    if x is not None), None)
        if loc is not None:
            return loc
    return None


def _object_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """The place of a physical act's object: "protesters stormed its embassy in Tehran",
    "the embassy in Belgrade was bombed" (a passive's subject is its object)."""
    lemma = verb.lemma_.lower()
    if lemma in _ENTRY_VERBS:
        # "forced their way into its embassy in Quito", "broke into the consulate in Lviv"
        loc = next((x for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("into", "inside")
                    for p in kids(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"
                    for x in [_nested_place(p, gazetteer, context)] if x is not None), None)
        if loc is not None:
            return loc
    if lemma in _INTO_VERBS and (loc := _into_place(verb, gazetteer, context)) is not None:
        return loc
    if lemma not in _PHYSICAL_VERBS:
        return None
    named = _named_object_place(verb, gazetteer, context)
    if named is not None:
        return named
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if obj is None or not (obj.pos_ == "NOUN" or (
            obj.dep_ == "nsubjpass" and obj.lemma_.lower() in _MISSION_NOUNS)):
        return None
    return _nested_place(obj, gazetteer, context)


def _shared_participle_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                             ) -> Location | None:
    """"the truce mediated by Egypt and signed in Cairo": a participle coordinated with the
    trigger, with no subject of its own, tells the scene of both."""
    if verb.tag_ != "VBN":
        return None
    # the parser may hang the second participle on the noun or on its preposition
    near = [verb, verb.head, verb.head.head] if verb.dep_ == "acl" else [verb]
    for c in (c for n in near for c in kids(n)):
        if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") and c.i != verb.i and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)):
            loc = _phrase_place(c, gazetteer, context, frozenset({"in", "at"}))
            if loc is not None:
                return loc
    return None


#: nouns of a country's envoys and missions abroad, whose own place is where an act on them
#: (a recall, an expulsion, a naming) takes place
_MISSION_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "embassy", "consulate",
                            "mission", "chargé", "charge", "attaché", "attache", "consul",
                            "staff", "personnel", "legation"})
#: verbs by which envoys quit the place of their mission ("diplomats would leave Ecuador")
_LEAVE_VERBS = frozenset({"leave", "quit", "depart", "exit"})


def _mission_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                   ) -> Location | None:
    """Where the envoys or mission an act is done to are posted: "ordered the ambassador in
    Tallinn to leave", "recalled its envoy from Madrid", "named her as its ambassador in
    Riyadh", "cut the staff of its embassy in Vilnius", "gave the diplomats 72 hours to
    leave Lima", "said its diplomats would leave Ecuador"."""
    envoys: list[Any] = []
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj", "dative") or (
                c.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _LEAVE_VERBS):
            envoys.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            envoys += [p for p in kids(c) if p.dep_ == "pobj"]
    envoys = [n for n in envoys if n.pos_ == "NOUN" and n.lemma_.lower() in _MISSION_NOUNS]
    if not envoys:
        return None
    for n in envoys:
        # "the staff of its embassy in Tallinn": the mission the staff belong to
        owners = [p for c in kids(n) if c.dep_ == "prep" and c.lower_ == "of"
                  for p in kids(c) if p.dep_ == "pobj" and p.lemma_.lower() in _MISSION_NOUNS]
        for m in (n, *owners):
            for c in kids(m):
                if c.dep_ == "prep" and c.lower_ in ("in", "from", "at"):
                    for p in kids(c):
                        if p.dep_ == "pobj":
                            loc = place_of(p, gazetteer, context, lenient=True)
                            if loc is not None:
                                return loc
    # "recalled its ambassador from Madrid" with the phrase hung on the verb
    loc = _phrase_place(verb, gazetteer, context, frozenset({"from"}))
    if loc is not None:
        return loc
    # the place the envoys are to leave: the verb's own, or a "to leave" clause of it or of
    # its time limit ("72 hours to leave Lima")
    leaves = [verb] if verb.lemma_.lower() in _LEAVE_VERBS else []
    for c in kids(verb):
        leaves += [g for g in (c, *kids(c)) if g.pos_ == "VERB" and g.dep_ in (
            "xcomp", "relcl", "acl", "advcl") and g.lemma_.lower() in _LEAVE_VERBS]
    for lv in leaves:
        dest = next((c for c in kids(lv) if c.dep_ in ("dobj", "obj")), None)
        if dest is not None:
            loc = place_of(dest, gazetteer, context, lenient=True)
            if loc is not None:
                return loc
    return None


def _xcomp_mission_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                         ) -> Location | None:
    """"ordered Moscow to cut the staff of its embassy in Tallinn": an order or demand made
    of a side is placed where the mission it is to act on sits."""
    for c in kids(verb):
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        loc = _mission_place(c, gazetteer, context)
        if loc is None and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _MISSION_NOUNS
                               for o in kids(c)):
            # "told Minsk to cut the staff of its consulate in Gdansk" with the place hung
            # on the verb
            loc = _phrase_place(c, gazetteer, context, frozenset({"in", "at"}))
        if loc is not None:
            return loc
    return None


#: verbs of signing a text, done where the text is signed
_SIGN_VERBS = frozenset({"sign", "ink", "initial", "adopt", "conclude"})
#: last words of the names of texts that are named for the city they were signed in ("the
#: Al-Ula Declaration", "the Minsk agreements")
_TEXT_NAMES = frozenset({"declaration", "accord", "accords", "agreement", "agreements",
                         "protocol", "protocols", "treaty", "communique", "communiqué",
                         "memorandum", "charter", "pact"})


def _signing_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                   ) -> Location | None:
    """Where a text was signed, when the parser hung the place on the text ("signed a
    memorandum of understanding in Baku") or the text is named for it ("signed the Al-Ula
    Declaration"; a country in that slot is a party: "the China-Saudi agreement")."""
    if verb.lemma_.lower() not in _SIGN_VERBS:
        return None
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns = [obj, *(p for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"
                    for p in kids(c) if p.dep_ == "pobj")]
    for n in nouns:
        for c in kids(n):
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in kids(c):
                    if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"):
                        loc = place_of(p, gazetteer, context, lenient=True)
                        if loc is not None:
                            return loc
    if obj.lower_ not in _TEXT_NAMES or obj.pos_ != "PROPN":
        return None
    ent = _ent_at(obj)
    if ent is not None and ent.end - 1 == obj.i:
        # (the name as the tagger found it: "Al-Ula" is three tokens)
        left = ent.start + (obj.doc[ent.start].lower_ == "the")
    else:
        left = obj.i
        while left > 0 and obj.doc[left - 1].dep_ == "compound" and obj.doc[
                left - 1].pos_ == "PROPN" and obj.doc[left - 1].head.i == obj.i:
            left -= 1
    if left >= obj.i:
        return None
    name = obj.doc[left: obj.i].text
    if gazetteer.is_country(name) or gazetteer.is_person_name(name) or any(
            t.ent_type_ in ("PERSON", "NORP") for t in obj.doc[left: obj.i]):
        return None
    loc = gazetteer.lookup(name, context)
    return loc if loc is not None and not gazetteer.is_country(loc.name) else None


#: verbs by which a government calls an envoy in, to the place its "to" phrase names
_SUMMON_VERBS = frozenset({"summon", "convoke"})


def _summon_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                  ) -> Location | None:
    """"summoned the ambassador to the memorial in Jerusalem", "summoned the envoy to its
    offices in Rio": where the envoy was called to (the parser may hang the phrase on the
    envoy)."""
    if verb.lemma_.lower() not in _SUMMON_VERBS:
        return None
    # (the parser sometimes takes the envoy after the verb for a second subject)
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "obj") or (
        c.dep_ == "nsubj" and c.i > verb.i)]
    for host in (verb, *objs):
        for c in kids(host):
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in kids(c):
                    if p.dep_ == "pobj":
                        loc = place_of(p, gazetteer, context) or _nested_place(
                            p, gazetteer, context)
                        if loc is not None:
                            return loc
    return None


def _person_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                  ) -> Location | None:
    """"urged President Moon in Seoul to keep the pact", "told Putin in Moscow that ...": a
    person is not in a place by name, so a place phrase the parser hung on the person the
    act was aimed at is the act's."""
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ != "PERSON":
        return None
    for c in kids(obj):
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for p in kids(c):
                if p.dep_ == "pobj" and p.ent_type_ in _PLACE_ENTS:
                    loc = place_of(p, gazetteer, context, lenient=True)
                    if loc is not None:
                        return loc
    return None


#: bodies that act where they sit: missions, courts, parliaments
_SEATED_NOUNS = _MISSION_NOUNS | frozenset({"court", "tribunal", "judge", "jury", "parliament",
                                            "legislature", "assembly"})


def _subject_mission_place(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                           ) -> Location | None:
    """"The French embassy in Hanoi deplored the visit", "the judges in The Hague
    rejected ...", "a Bamako court sentenced ...", "was sentenced by a court in Tehran": a
    mission, court or parliament acts where it sits
    (not the people of a place: "officials in Bishkek said" tells of talks held elsewhere)."""
    subj = next((c for c in kids(trigger) if c.dep_ == "nsubj"), None)
    if subj is None:
        # "was convicted by a court in Antwerp", "convicted by a New York jury and
        # sentenced to life": the agent of a passive (or of the passive it is joined to)
        verbs = [trigger] + ([trigger.head] if trigger.dep_ == "conj" else [])
        subj = next((p for v in verbs for c in kids(v) if c.dep_ == "agent"
                     for p in kids(c) if p.dep_ == "pobj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _SEATED_NOUNS:
        return None
    return _nested_place(subj, gazetteer, context, 3) or place_of(subj, gazetteer, context)


#: verbs of meeting whose "when" clause names the occasion of the act it hangs on
_MEETING_VERBS = frozenset({"meet", "talk", "speak", "visit", "gather", "confer", "host",
                            "receive", "sit"})
#: verbs of a "when" clause whose place is the act's: meetings, and the trips to them
_OCCASION_VERBS = _MEETING_VERBS | _TRAVEL_VERBS


def _occasion_place(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                    ) -> Location | None:
    """"pressed Lavrov on the grain corridor when the two met at a conference in
    Delhi": an act told with the meeting it was done at takes the meeting's place."""
    for c in kids(trigger):
        if c.dep_ == "advcl" and c.lemma_.lower() in _OCCASION_VERBS and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while", "as")
                for m in kids(c)):
            loc = _phrase_place(c, gazetteer, context)
            if loc is None and c.lemma_.lower() in _TRAVEL_VERBS:
                # "could meet when both fly to Lima for the summit"
                dest = next((p for g in kids(c) if g.dep_ == "prep" and g.lower_ == "to"
                             for p in kids(g) if p.dep_ == "pobj"), None)
                loc = place_of(dest, gazetteer, context, lenient=True) if dest else None
            if loc is None and c.lemma_.lower() == "visit":
                dest = next((g for g in kids(c) if g.dep_ == "dobj"), None)
                loc = place_of(dest, gazetteer, context, lenient=True) if dest else None
            if loc is not None:
                return loc
    return None


#: verbs that say where a noun's event took place
_HAPPEN_VERBS = frozenset({"hold", "take", "occur", "happen", "convene", "stage", "conduct",
                           "host", "organize", "organise", "plan", "schedule", "set"})


def _where_clause(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                  ) -> Location | None:
    """"Biden spent Sunday in Hanoi, where he and Vietnamese leaders upgraded relations":
    the place a "where" clause hangs off."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ == "relcl" and any(c.lower_ == "where" for c in kids(cur)):
            head = cur.head
            if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and (
                    head.head.head.i != head.head.i):
                # "the talks held in Doha on 3 June, where ...": the parser hung the
                # clause on the date; the place is that of the phrase the date belongs to
                # ("led a delegation to Benghazi in August, where he met ...": where the
                # verb went when it has no place of its own)
                return _phrase_place(head.head.head, gazetteer, context,
                                     frozenset({"in", "at"})) or _phrase_place(
                    head.head.head, gazetteer, context, frozenset({"to"}))
            # (only a place takes a "where" clause: a name the tagger took for a person's
            # is read as a place too: "flew to Port Moresby, where ...")
            return place_of(head, gazetteer, context, lenient=head.pos_ == "PROPN")
        # (a purpose clause shares the place: "where it has sent troops to support ...")
        purpose = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in kids(cur))
        # ("where he is due to hold talks": the adjective the infinitive hangs on)
        if not (cur.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "acomp") or purpose) or (
                cur.head.i == cur.i):
            return None
        cur = cur.head
    return None


#: participles that bring up something past beside the act ("thanked him, recalling their
#: meeting at Camp David": Camp David is the meeting's place)
RECALLING_VERBS = frozenset({"recall", "remember", "recollect", "cite", "mention", "recount",
                             "evoke", "refer"})


#: "around the island", "in the city": a place named before by its kind
_PLACE_KINDS = frozenset({"island", "city", "capital", "country", "peninsula", "territory"})


def _partner_place(verb: Any, gazetteer: Gazetteer, context: Sequence[str]
                   ) -> Location | None:
    """"met Yoon Suk Yeol in Phnom Penh": the parser hung the meeting's place on the person
    met."""
    if verb.lemma_.lower() not in _MEETING_VERBS:
        return None
    obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    return _nested_place(obj, gazetteer, context, 3)


def _the_place(tok: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """"A visit to Taipei ... prompted China to hold drills around the island": the last
    place the sentence named before "the island" / "the city" / "the capital"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PLACE_KINDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        return None
    return _last_place_before(tok, sent_of(tok), gazetteer, context)


#: nouns that stand for the country visited ("visit the kingdom")
_COUNTRY_KINDS = frozenset({"kingdom", "country", "republic", "emirate", "nation",
                            "sultanate"})


def _the_country(dest: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """"took up an offer from the emir to visit the emirate": the one country the
    visit's target belongs to."""
    if dest.pos_ != "NOUN" or dest.lemma_.lower() not in _COUNTRY_KINDS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(dest)):
        return None
    codes = {c for c in context if c}
    return gazetteer.country(codes.pop()) if len(codes) == 1 else None


def _last_place_before(tok: Any, sent: Any, gazetteer: Gazetteer, context: Sequence[str]
                       ) -> Location | None:
    # a place named as a place ("to Hiroshima", "in Taipei"), not an actor ("prompted China")
    for t in reversed([t for t in sent if t.i < tok.i]):
        if t.ent_type_ in _PLACE_ENTS and t.ent_iob_ != "O" and t.dep_ in ("pobj", "appos") and (
                t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I"):
            loc = place_of(t, gazetteer, context)
            if loc is not None:
                return loc
    return None


def _there(host: Any, sent: Any, gazetteer: Gazetteer, context: Sequence[str]
           ) -> Location | None:
    there = next((c for c in kids(host) if c.dep_ == "advmod" and c.lower_ == "there"),
                 None)
    if there is None:
        return None
    loc = _last_place_before(there, sent, gazetteer, context)
    if loc is None and sent.start > 0:
        # "... at the ASEAN gathering in Jakarta in September. If they talk there, ...": the
        # place the sentence before named last
        prev = sent_of(sent.doc[sent.start - 1])
        loc = _last_place_before(sent.doc[sent.start], prev, gazetteer, context)
    return loc


#: prepositions of a phrase that tells another, earlier or later, event
_OTHER_EVENT_PREPS = frozenset({"since", "until", "till", "after", "before", "following"})


#: prepositions of the place a participle's verb took its actor through ("marched through
#: Belgrade, accusing ...")
_ADJUNCT_PREPS = frozenset({"in", "near", "outside", "through", "across"})


#: verbs that report a statement whose place is the statement's
_SAYING_VERBS = frozenset({"say", "tell", "state", "announce", "declare", "add", "stress",
                           "note", "write", "insist", "reiterate", "emphasize", "emphasise"})
#: words by which the reported clause's subject is the speaker's own side
_OWN_SIDE = frozenset({"he", "she", "it", "they", "we", "i"})
_OWN_OWNER = frozenset({"his", "her", "its", "their", "our", "my"})
#: how far, and through which links, a trigger may sit below the reported clause
_SPEECH_CLIMB = 5
_SPEECH_DEPS = frozenset({"conj", "xcomp", "acl", "attr", "dobj", "pobj", "prep"})


def _speaker_place(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                   ) -> Location | None:
    """Where a speaker said what the trigger's clause tells of the speaker's own side ("In
    Beirut, the prime minister said his government regretted ...", "Speaking in Ankara, he
    said it would retaliate"): the reporting verb's place phrase or participle's place.
    The clause's subject is the speaker's side when it is a pronoun or owned by one, a common
    noun naming no party ("said in Moscow that the move was hostile"), or a name of the
    country the speaker spoke in ("In Ottawa, the ministry said Canada would recognise ...");
    a conjunct with no subject of its own shares the clause's ("said
    the border was calm and called on India to ...")."""
    # climb from the trigger to the reported clause: through conjuncts ("... and that it
    # would retaliate", "... and it urged"), and through the nouns and clauses a trigger
    # hangs in ("said the move was a step to destroy relations"); the nearest subject met
    # on the way is the one the act is told of
    clause = trigger
    subj = None
    for _ in range(_SPEECH_CLIMB):
        if subj is None:
            subj = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING_VERBS:
            break
        if clause.dep_ not in _SPEECH_DEPS or clause.head.i == clause.i:
            return None
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING_VERBS:
        return None
    if subj is None:
        return None
    verb = clause.head
    loc = _phrase_place(verb, gazetteer, context, frozenset({"in", "at"})) or (
        _participle_place(verb, gazetteer, context))
    if loc is None:
        return None
    if subj.lower_ in _OWN_SIDE or any(c.dep_ == "poss" and c.lower_ in _OWN_OWNER
                                       for c in kids(subj)):
        return loc
    if subj.pos_ == "NOUN" and not subj.ent_type_ and not any(
            c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.dep_ == "poss"
            for c in kids(subj)):
        return loc  # "the decision", "the situation": no party of its own
    if subj.ent_type_ == "GPE" and loc.country:
        own = _ent_at(subj)
        named = gazetteer.lookup(own.text if own is not None else subj.text, context)
        if named is not None and named.country == loc.country:
            return loc
    return None


def _in_other_time_phrase(tok: Any, trigger: Any) -> bool:
    """Is ``tok`` inside a "since / after / before ..." phrase that does not hold the
    trigger ("the first meeting since their talks in Tokyo": Tokyo is the talks' place)?"""
    cur = tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("prep", "mark") and cur.lower_ in _OTHER_EVENT_PREPS or (
                cur.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _OTHER_EVENT_PREPS
                                            for m in kids(cur))):
            phrase = cur if cur.dep_ != "mark" else cur.head
            return not any(t.i == trigger.i for t in phrase.subtree)
        cur = cur.head
    return False


#: prepositions of what is talked about, not where ("concerns about rights in Xinjiang")
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})


#: verbs whose object is what was talked about ("raised concerns about ...", "discussed
#: the situation in Gaza")
_TOPIC_VERBS = frozenset({"raise", "express", "voice", "discuss", "review", "address",
                          "exchange", "cover", "stress", "underline"})


def _in_topic_phrase(tok: Any) -> bool:
    """Is ``tok`` inside an "about / over ..." phrase or the object of a verb of talking
    about (what a meeting's talk was about)?"""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and (cur.lower_ in _TOPIC_PREPS or _topic_on(cur, cur.head)):
            return True
        if cur.dep_ in ("dobj", "obj") and cur.head.lemma_.lower() in _TOPIC_VERBS:
            return True
        cur = cur.head
    return False


#: prepositions whose noun tells a role played in another act ("with the mediation of X",
#: "under the auspices of X")
_ROLE_PREPS = frozenset({"with", "under"})


def event_place(trigger: Any, obj: Any | None, sent: Any, gazetteer: Gazetteer,
                context: Sequence[str], *, destination: bool = False, meeting: bool = False,
                said: bool = False, dateline_place: str | None = None) -> Location | None:
    """The place of the event whose trigger is ``trigger`` (with ``obj``, the object noun of
    a light-verb construction: "held talks"). ``destination``: a visit's object or "to"
    phrase is its place; ``meeting``: a place named once in the sentence is the meeting's;
    ``said``: a statement's place is where its speaker said it, when the speaker's own side
    is its subject ("said in Beirut that his government regretted ...").
    Returns ``None`` when nothing names a place."""
    hosts = [trigger] + ([obj] if obj is not None else [])
    for host in hosts:
        # "shot down a helicopter over Armenia": what is done in the air is over its place
        lemma = host.lemma_.lower()
        preps = _AIR_PREPS if lemma in _AIR_VERBS else _EXPEL_PREPS if (
            lemma in _EXPEL_VERBS) else PLACE_PREPS
        loc = _phrase_place(host, gazetteer, context, preps) or _named_for_city(
            host, gazetteer, context)
        if loc is None and preps is _AIR_PREPS:
            # "shot down a helicopter over Armenia" with the phrase hung on the aircraft
            loc = next((x for c in kids(host) if c.dep_ in ("dobj", "obj", "nsubjpass")
                        for x in [_phrase_place(c, gazetteer, context, frozenset({"over"}))]
                        if x is not None), None)
        if loc is not None:
            return loc
    loc = _where_clause(trigger, gazetteer, context) or _participle_place(trigger, gazetteer,
                                                                          context)
    if loc is not None:
        return loc
    for host in hosts:
        if host.pos_ in ("VERB", "AUX"):
            loc = _occasion_place(host, gazetteer, context) or _object_place(
                host, gazetteer, context) or _shared_participle_place(
                host, gazetteer, context) or _mission_place(host, gazetteer, context) or (
                _summon_place(host, gazetteer, context)) or _person_place(
                host, gazetteer, context) or _signing_place(host, gazetteer, context) or (
                _sending_place(host, gazetteer, context)) or _xcomp_mission_place(
                host, gazetteer, context)
            if loc is not None:
                return loc
    if destination:
        loc = next((x for host in hosts for x in [_guest_place(host, gazetteer, context)]
                    if x is not None), None)
        if loc is not None:
            return loc
        for host in hosts:
            obj = next((c for c in kids(host) if c.dep_ in ("dobj", "obj")), None)
            to = next((p for c in kids(host) if c.dep_ in ("prep", "dative")
                       and c.lower_ == "to" for p in kids(c) if p.dep_ == "pobj"), None)
            # "visited Beijing", "a trip to Washington", "welcomed Modi to the White House"
            for dest in (obj, to):
                if dest is None:
                    continue
                loc = place_of(dest, gazetteer, context, lenient=True) or _the_country(
                    dest, gazetteer, context)
                if loc is None and dest is obj:
                    # "meet President Erdogan in Vilnius": the place hung on the partner
                    loc = _partner_place(host, gazetteer, context)
                if loc is not None:
                    return loc
    for host in hosts:
        loc = _there(host, sent, gazetteer, context)
        if loc is not None:
            return loc
    # "talks held in Doha with the mediation of Qatar", "a truce signed in Jeddah under the
    # auspices of ...": a role told by a noun in a with/under phrase is played where the verb
    # that phrase hangs on took place
    if trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and trigger.head.lower_ in _ROLE_PREPS:
        verb = trigger.head.head
        if verb.pos_ == "VERB" and verb.i != trigger.head.i:
            loc = _phrase_place(verb, gazetteer, context, frozenset({"in", "at"}))
            if loc is not None:
                return loc
    # "At the Filoli estate, Biden and Xi agreed to restore ...": the governing verb's place;
    # "traveled to Seattle to meet Han Zheng": where the trip went
    cur = trigger
    for _ in range(3):
        purpose = cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in kids(cur))
        # "staged large drills around Taiwan": the verb whose object the event noun is
        staged = cur.i == trigger.i and cur.pos_ == "NOUN" and cur.dep_ in (
            "dobj", "obj", "nsubjpass")
        # "rallied in Yerevan, demanding his resignation": a participle of the same subject
        # tells what its verb's actor did there
        adjunct = cur.i == trigger.i and cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(cur))
        # "agreed to an immediate ceasefire", "settled on a truce": the verb the event
        # noun is the object of a preposition of
        prepped = cur.i == trigger.i and cur.pos_ == "NOUN" and cur.dep_ == "pobj" and (
            cur.head.dep_ == "prep" and cur.head.lower_ in ("to", "on", "upon") and (
                cur.head.head.pos_ == "VERB"))
        if prepped:
            cur = cur.head
        if not (cur.dep_ in ("xcomp", "conj") or purpose or staged or adjunct or prepped) or (
                cur.head.i == cur.i):
            break
        cur = cur.head
        preps = PLACE_PREPS - {"on", "during"} if staged else _ADJUNCT_PREPS if adjunct else (
            frozenset({"in", "at", "near"}))
        loc = _phrase_place(cur, gazetteer, context, preps) or \
            _participle_place(cur, gazetteer, context) or _partner_place(cur, gazetteer,
                                                                         context) or (
            _summon_place(cur, gazetteer, context)) or _object_place(cur, gazetteer, context)
        if loc is None and cur.lemma_.lower() in _ARRIVAL_VERBS:
            # "visited Ramallah and presented his credentials", "flew to Kyiv and met
            # Zelensky": where the first verb took the actor
            dest = next((c for c in kids(cur) if c.dep_ in ("dobj", "obj")
                         and cur.lemma_.lower() == "visit"), None) or next(
                (p for c in kids(cur) if c.dep_ == "prep" and c.lower_ in ("to", "in")
                 for p in kids(c) if p.dep_ == "pobj"), None)
            loc = place_of(dest, gazetteer, context, lenient=True) if dest is not None else None
        if loc is None and purpose and cur.lemma_.lower() in _TRAVEL_VERBS:
            dest = next((p for c in kids(cur) if c.dep_ == "prep" and c.lower_ == "to"
                         for p in kids(c) if p.dep_ == "pobj"), None)
            loc = place_of(dest, gazetteer, context, lenient=True) if dest is not None else None
        if loc is not None:
            return loc
    if said and (loc := _speaker_place(trigger, gazetteer, context)) is not None:
        return loc
    if trigger.pos_ in ("VERB", "AUX") and (
            loc := _subject_mission_place(trigger, gazetteer, context)) is not None:
        return loc
    if meeting:
        for t in sent:
            if t.dep_ != "pobj" or t.ent_type_ not in _PLACE_ENTS or t.head.lower_ not in (
                    "in", "at"):
                continue
            if _in_other_time_phrase(t, trigger) or _in_topic_phrase(t):
                # "their first meeting since their talks in Tokyo", "raised concerns about
                # human rights in Xinjiang", "discussed the erosion of freedoms in Hong Kong"
                continue
            loc = place_of(t, gazetteer, context)
            if loc is not None:
                return loc
    if (loc := _host_place(trigger, gazetteer, context)) is not None:
        # (the dateline's city when it is in the host's country: "DOHA - Qatar hosted")
        filed = gazetteer.lookup(dateline_place, context) if dateline_place else None
        return filed if filed is not None and filed.country == loc.country else loc
    if dateline_place and not _remote(hosts):
        filed = gazetteer.lookup(dateline_place, context)
        if filed is not None and not (destination or meeting) and _acts_at_home_elsewhere(
                trigger, filed, gazetteer, context):
            return None
        return filed
    return None


def _host_place(trigger: Any, gazetteer: Gazetteer, context: Sequence[str]
                ) -> Location | None:
    """"talks hosted by Russia", "Qatar hosted the talks": a gathering whose place the
    sentence does not name is held in the host's country (the host named as a place, not a
    person), not in the city the story was filed from."""
    if trigger.lemma_.lower() != "host" or trigger.pos_ != "VERB":
        return None
    hosts = [p for c in kids(trigger) if c.dep_ == "agent" for p in kids(c)
             if p.dep_ == "pobj"] + [c for c in kids(trigger) if c.dep_ == "nsubj"]
    for h in hosts:
        if h.pos_ == "PROPN" and h.ent_type_ == "GPE":
            loc = place_of(h, gazetteer, context)
            if loc is not None and loc.country:
                return loc
    return None


#: verbs of people or goods handed over, which is done where they change hands ("ANKARA -
#: Russia freed three Americans in a swap"): the dateline may well be that place
_HANDOVER_VERBS = frozenset({"free", "release", "hand", "exchange", "swap", "return",
                             "deliver", "repatriate", "transfer", "extradite"})


def _acts_at_home_elsewhere(trigger: Any, filed: Location, gazetteer: Gazetteer,
                            context: Sequence[str]) -> bool:
    """"RIGA - Russia expelled two Estonian diplomats", "WARSAW - China imposed sanctions on
    Lithuanian lawmakers": a state named as the doer of an act (not a visit or a meeting),
    with neither it nor its target the dateline's country, acted at home, not where the
    story was filed (examples/README.md: no place the text does not give)."""
    if not filed.country or filed.country in context or trigger.pos_ not in ("VERB", "AUX") or (
            trigger.lemma_.lower() in _HANDOVER_VERBS) or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in kids(trigger)):
        return False  # (nor an act done with a partner: "signed a deal with Turkey")
    # (the parser may take the dateline's city for a second subject: it names no country)
    agents = [c for c in kids(trigger) if c.dep_ == "nsubj"] + [
        p for c in kids(trigger) if c.dep_ == "agent" for p in kids(c) if p.dep_ == "pobj"]
    names = [n for a in agents
             for n in [a, *(c for c in kids(a) if c.dep_ in ("poss", "compound"))]]
    for n in names:
        if n.pos_ != "PROPN":
            continue
        text = _compound_text(n)
        if gazetteer.is_country(text):
            loc = gazetteer.lookup(text)
            return loc is not None and loc.country is not None and loc.country != filed.country
    return False


#: words of talks held at a distance, which have no one place ("spoke by phone", "a video
#: call"): the dateline is not theirs
_REMOTE_WORDS = frozenset({"phone", "telephone", "call", "videoconference", "videolink",
                           "video", "virtually", "online"})


#: verbs by which a guest's relative clause tells the visit under way ("who is paying a
#: state visit to Japan", "who was on a visit to Germany")
_GUEST_VERBS = frozenset({"pay", "make", "be", "begin", "start", "conclude", "wrap"})


def _guest_place(host: Any, gazetteer: Gazetteer, context: Sequence[str]) -> Location | None:
    """"held talks with President Lula, who is paying a state visit to Japan", "met Lula,
    who was visiting Berlin": a meeting with a guest is held where the guest's visit is."""
    partners = [c for c in kids(host) if c.dep_ in ("dobj", "obj")] + [
        p for c in kids(host) if c.dep_ == "prep" and c.lower_ == "with"
        for p in kids(c) if p.dep_ == "pobj"]
    for partner in partners:
        # (the parser may hang the clause on a name inside the partner's phrase)
        for rel in (t for t in partner.subtree if t.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in kids(t))):
            lemma = rel.lemma_.lower()
            if rel.tag_ not in ("VBG", "VBZ", "VBP") and lemma != "be":
                continue  # "who visited Madrid in 2019": another, earlier trip
            if lemma == "visit":
                dest = next((c for c in kids(rel) if c.dep_ in ("dobj", "obj")), None)
                loc = place_of(dest, gazetteer, context, lenient=True) if dest else None
                if loc is not None:
                    return loc
            elif lemma in _GUEST_VERBS:
                trips = [c for c in kids(rel) if c.dep_ in ("dobj", "obj", "attr")] + [
                    p for c in kids(rel) if c.dep_ == "prep" and c.lower_ == "on"
                    for p in kids(c) if p.dep_ == "pobj"]
                for trip in trips:
                    if trip.lemma_.lower() in _TRAVEL or trip.lower_ in _TRAVEL:
                        loc = _nested_place(trip, gazetteer, context)
                        if loc is not None:
                            return loc
    return None


def _remote(hosts: Sequence[Any]) -> bool:
    """Is the event a call or a video meeting (its trigger, its object, or a "by phone" /
    "via video link" phrase or adverb of the trigger)?"""
    for h in hosts:
        lemma = h.lemma_.lower()
        if lemma in ("phone", "telephone") or lemma == "call" and h.pos_ == "NOUN":
            return True  # "phoned", "the call" (not "called on Japan to ...")
        for c in kids(h):
            if c.dep_ == "advmod" and c.lower_ in _REMOTE_WORDS:
                return True
            if c.dep_ == "compound" and c.lemma_.lower() in _REMOTE_WORDS:
                return True  # "a phone call", "video talks"
            if c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "on"):
                if any(p.dep_ == "pobj" and (p.lemma_.lower() in _REMOTE_WORDS or any(
                        g.lemma_.lower() in _REMOTE_WORDS for g in kids(p)))
                       for p in kids(c)):
                    return True
    return False
