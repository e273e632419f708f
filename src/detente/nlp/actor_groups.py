"""Group phrases: one phrase for the parties of a meeting or a dispute.

:class:`GroupRules` is mixed into :class:`detente.nlp.actors.ActorResolver`: "the two sides",
"both leaders", "the three ministers", "officials of the two countries", "Chinese and American
diplomats", the pair of an event just told ("X met Y ..., and the two agreed"), the person who
stood for each side ("the two foreign ministers"), and the group a sentence had as its subject
("they" in the next). :func:`fit_group` fits such a group to the other side of an event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB, KBEntry
from detente.model import Actor, Event
from detente.nlp.actor_common import (
    ARMED_SECTORS,
    EPITHET_REGIONS,
    REGIONS,
    TITLE_NOISE,
    TITLE_SAME,
    ArticleContext,
    ResolvedActor,
    body_gathering_before,
    title_fits,
    title_words,
)
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.event_dates import governing_verb
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import conjuncts, kids, lefts, sent_of

# group nouns whose members are the people of a meeting, named: "the two ministers", "both
# leaders", "the two sides", "the pair" ("the two countries" are countries)
# target31: aides who each hold one office in their state, a group after a meeting of theirs
# ("the three national security advisers", "the advisers condemned"; not "the four
# principals" of a 2+2, two states)
AIDE_NOUNS = ("adviser", "advisor")
PRINCIPAL_NOUNS = frozenset({"minister", "leader", "president", "premier", "chancellor",
                             "side", "delegation", "pair", "man", "woman", "official",
                             "diplomat", "envoy", "secretary", "chief", "general",
                             *AIDE_NOUNS})
# group nouns that only count people: a pair of states only through people named for them
PERSON_GROUP_NOUNS = frozenset({"man", "woman"})
# group phrases: "the two sides", "the three leaders", "both governments", "the five Central
# Asian states"
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
# groups this large are their members only where the article lists them ("each of the five
# countries" after five were named): the article's most named countries are no stand-in
LISTED_ONLY = 5
# words that make a number phrase point back to a group told before ("the five states", "all
# six governments"), not count people ("five officials were expelled")
DEFINITE_WORDS = frozenset({"the", "these", "those", "all", "both"})
# quantifiers whose of-phrase is the group: "each of the five countries", "all of the three
# governments", "both of the leaders"
GROUP_QUANTIFIERS = frozenset({"each", "all", "both", "either"})
GROUP_NOUNS = {"side", "country", "leader", "nation", "president", "government", "military",
               "power", "economy", "man", "official", "minister", "diplomat", "delegation",
               "neighbor", "neighbour", "ally", "capital", "chief", "general", "ministry",
               "party", "state", "head", "army", "navy",
               # the holders of one office in two states: "the two General Secretaries",
               # "both premiers", "the two chancellors", "the two envoys"
               "secretary", "premier", "chancellor", "envoy",
               # a state by its kind: "the two kingdoms", "both republics"
               "kingdom", "republic", "monarchy", "emirate", "democracy", *AIDE_NOUNS}
# prepositions of a place named in passing ("agreed in Moscow", "a visit to Beijing")
PLACE_PREPS = frozenset({"in", "at", "to", "near", "from", "into", "outside"})
# bodies whose heads stand for their owners when a group phrase owns them: "the heads of
# both sides' security services" (people are the KB's agent nouns)
BODY_NOUNS = frozenset({"commission", "committee", "service", "agency", "team"})
# group nouns that name states, never an international body: "the three governments" after
# "the juntas of A, B and C quit the bloc" are A, B and C, not the bloc
STATE_NOUNS = frozenset({"country", "nation", "government", "state", "capital", "neighbor",
                         "neighbour", "military", "economy", "ministry", "power"})
# states told by their rank in the world ("the world's two biggest palm oil producers", "the
# world's two largest emitters"): a group of states only with "world" and a superlative
RANKED_NOUNS = frozenset({"producer", "exporter", "importer", "consumer", "emitter"})
RANK_WORDS = frozenset({"biggest", "largest", "top", "leading", "main", "major"})
# group nouns that name the people of a meeting ("the two leaders", "the Parties"): they stand
# for the parties of the meeting told last, a few sentences back if need be
MEETING_NOUNS = frozenset({"leader", "minister", "side", "party", "president", "premier",
                           "delegation", "chancellor", "head", "counterpart", "secretary",
                           "envoy", *AIDE_NOUNS})
# singular nouns for one of a pair of states after "each"/"either" ("each country blamed the
# other"), besides "side": the nouns of a fought pair, whose rules find the pair that fought
# (not "each government", which a summit's last group would take)
EACH_NOUNS = frozenset({"country", "nation", "neighbour", "neighbor"})
# singular nouns for one of the two parties of talks or a summit after "each" ("each leader
# thanked the other", "each delegation blamed the other", "the host received each leader"):
# the two told last, as "both leaders" are
EACH_PARTY_NOUNS = frozenset({"leader", "delegation", "government", "party", "president",
                              "premier", "minister", "delegate", "negotiator"})
# nouns for a pact, whose sentence makes a bare "the parties" the pact's parties
PACT_WORDS = frozenset({"agreement", "deal", "treaty", "accord", "ceasefire", "truce", "pact",
                        "memorandum", "framework", "declaration"})
# rules of a hosting, whose guests' visits (042) tell the host of a meeting between them
# (not a call or a trip of one of the two: "spoke to the ministers of both countries")
HOSTING_RULES = ("consult.host",)
# how many sentences back a meeting's parties stay "the two leaders"
MEETING_LOOKBACK = 3
# group nouns for the two sides of a fight ("each side accused the other", "both sides",
# "the two countries") and how many sentences back the fight is looked for; the roots of
# force (fight, assault, mass violence) whose two parties they are
FOUGHT_GROUP_NOUNS = frozenset({"side", "country", "nation", "neighbor", "neighbour"})
# group nouns for the parties of talks or a conflict ("the two sides", "the two delegations",
# "each side ... the other"): never the mediators that bring them together
PARTY_NOUNS = frozenset({"side", "delegation", "party", "belligerent"})
# nouns naming whoever facilitates or mediates ("under Saudi and American facilitation",
# "the mediation of Qatar", "Turkish mediators")
# ("auspices" has the model's lemma "auspex")
FACILITATION_NOUNS = frozenset({"facilitation", "mediation", "auspices", "auspex",
                                "facilitator", "mediator", "sponsorship"})
#: the key under ``Doc.user_data`` holding the countries the article names as facilitators
FACILITATORS_KEY = "detente_facilitators"
FOUGHT_LOOKBACK = 3
FOUGHT_ROOTS = frozenset({"18", "19", "20"})
# words that make a group phrase count people besides those named ("three other officials",
# "the other leaders"): no parties of the article to guess from its most named countries
OTHER_WORDS = frozenset({"other", "another"})
# how many sentences back "the four states" looks for a list of four countries
LIST_LOOKBACK = 6
# the key of the member of a group phrase who met each of the others: "X hosted the leaders
# of A, B and C. The leaders discussed ..." pairs X with each guest, not the guests with each
# other (events.py honours it for reciprocal acts)
HOST_MARK = "@host"
# region words that make a plural group noun a group of that region's states ("the five Central
# Asian states", "Gulf countries", "Latin American leaders"): the article's countries of the
# region, never the country of a word inside the epithet ("American"); words for one country
# or for a kind of regime are no region
REGION_GROUPS: dict[str, frozenset[str]] = {
    key: members for key, members in EPITHET_REGIONS.items()
    if len(members) > 1 and key not in ("communist", "reclusive", "atoll")}
REGION_GROUPS.update({
    "gulf arab": EPITHET_REGIONS["gulf"],
    "pacific island": EPITHET_REGIONS["pacific"],
    "pacific islands": EPITHET_REGIONS["pacific"],
    "micronesian": frozenset({"FSM", "PLW", "MHL", "NRU", "KIR"}),
    "melanesian": frozenset({"PNG", "FJI", "SLB", "VUT"}),
    "polynesian": frozenset({"WSM", "TON", "TUV"}),
    "north american": frozenset({"USA", "CAN", "MEX"}),
    "east asian": frozenset({"CHN", "JPN", "KOR", "PRK", "MNG", "TWN"}),
    "visegrad": frozenset({"POL", "CZE", "SVK", "HUN"}),
    "benelux": frozenset({"BEL", "NLD", "LUX"}),
    "maghreb": frozenset({"MAR", "DZA", "TUN", "LBY", "MRT"}),
    "mekong": frozenset({"KHM", "LAO", "MMR", "THA", "VNM"}),
    "western balkan": EPITHET_REGIONS["balkan"],
})
# regions whose states news names as a closed, well-known set ("the Baltic states" are
# Estonia, Latvia and Lithuania whether or not the article names them)
CLOSED_REGIONS = frozenset({"baltic", "nordic", "scandinavian", "visegrad", "benelux",
                            "central asian", "south caucasus", "gulf", "gulf arab",
                            "persian gulf", "arab gulf"})
# nouns of a conflict or of talks whose "between A and B" names the story's two sides ("a
# truce between Israel and Hamas", "talks between the government and the rebels"), and how
# many sentences before a pair phrase such a phrase still names them
BETWEEN_NOUNS = frozenset({"truce", "ceasefire", "cease-fire", "war", "conflict", "fighting",
                           "talk", "negotiation", "deal", "agreement", "clash", "hostility",
                           "dialogue", "accord", "exchange", "swap", "peace", "violence"})
BETWEEN_LOOKBACK = 2
# group nouns for the two parties of a civil war and of its talks ("the two delegations",
# "both parties", "the warring parties", "each side ... the other"): a country's armed group
# and its state's forces, once a sentence has named the two together
INTERNAL_PAIR_NOUNS = frozenset({"side", "party", "delegation", "faction"})
# "the mediators", "the facilitators": the sides the article told mediating (045 events,
# "under Saudi and American facilitation", "talks mediated by Qatar and Egypt", "Omani
# mediators"), in the last sentence before that told them
MEDIATOR_NOUNS = frozenset({"mediator", "facilitator"})
MEDIATION_NOUNS = frozenset({"mediation", "facilitation", "mediator", "facilitator"})
MEDIATION_VERBS = frozenset({"mediate", "facilitate", "broker"})
# what mediators lead or meet in is the parties' talks, not talks among the mediators
MEETING_VERBS = frozenset({"meet", "talk", "negotiate", "convene", "confer"})
TALK_NOUNS = frozenset({"talk", "negotiation", "meeting", "dialogue", "consultation",
                        "round"})
# "the warring parties": a pair phrase by its adjective alone
WARRING_NOUNS = frozenset({"party", "side", "faction"})
WARRING_WORDS = frozenset({"warring", "belligerent"})
# nouns for a state's side of a civil war, told beside the armed group it fights ("fighting
# between the army and the RSF", "talks between the government and the ELN")
STATE_SIDE_NOUNS = frozenset({"army", "military", "government", "junta", "regime", "troops",
                              "force", "authority"})
STATE_GOV_NOUNS = frozenset({"government", "junta", "regime", "authority"})
# nouns for a country's armed group when the KB has no name for it ("the SPLM-IO rebels")
REBEL_NOUNS = frozenset({"rebel", "insurgent", "militia", "guerrilla", "separatist"})
# nouns of "(ethnic) armed groups", "armed movements": an armed group told by no name
ARMED_GROUP_NOUNS = frozenset({"group", "organisation", "organization", "movement"})
# the bloc a region's states form, and which the region's leaders or states stand for when
# the article names that bloc ("West African leaders imposed sanctions on Niger" in a story
# of an ECOWAS summit); "African" is left out: "a delegation of African leaders" is the
# states that sent them, however often the story names the African Union
REGION_BLOCS = {"west african": "ECOWAS", "southeast asian": "ASEAN",
                "south-east asian": "ASEAN", "southern african": "SADC", "east african": "EAC",
                "central african": "ECCAS", "caribbean": "CARICOM", "arab": "LAS",
                "gulf": "GCC", "gulf arab": "GCC", "arab gulf": "GCC",
                "pacific": "PIF", "pacific island": "PIF", "pacific islands": "PIF"}
# the group nouns a region bloc's name may stand for (not "partners", "neighbours", ...)
REGION_BLOC_NOUNS = frozenset({"leader", "state", "country", "nation", "government",
                               "member", "head"})
# words that may open a region epithet without changing it ("the other Gulf states", "fellow
# Baltic countries", "neighbouring Central Asian republics")
REGION_OPENERS = frozenset({"other", "fellow", "neighbouring", "neighboring", "several",
                            "many", "some", "smaller", "small", "major", "key", "coastal",
                            "oil-rich", "rich", "poorer", "poor", "member", "remaining"})
# plural nouns that a region epithet makes a group of its states (or of their people who act
# for them): "Gulf states", "Nordic leaders", "Balkan governments"
REGION_NOUNS = frozenset(GROUP_NOUNS | {"republic", "monarchy", "kingdom", "democracy",
                                        "member", "partner", "counterpart", "emirate"})


def led_by(tok: Token) -> Token | None:
    """The one named as leading the people ``tok`` heads ("a delegation of African leaders
    led by Ramaphosa", "a mission of Gulf envoys headed by X"): the object of the "by" phrase
    of a "led" or "headed" participle of a noun with an "of" phrase; else None."""
    if tok.pos_ != "NOUN":
        return None
    of = [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p)
          if g.dep_ == "pobj"]
    if not of:
        return None
    # (the participle hung on the noun or on its "of" phrase: "a delegation of leaders led
    # by X")
    for c in [*kids(tok), *kids(of[0])]:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("lead", "head"):
            agent = next((g for p in kids(c) if p.dep_ == "agent" for g in kids(p)
                          if g.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ == "PROPN":
                return agent
    return None


def _main_verbs(sent: Span) -> set[str]:
    """The words of a sentence's main verb and the verbs conjoined to it ("met X and
    discussed ...")."""
    root = sent.root
    return {root.text, *(c.text for c in conjuncts(root))}


def _told_by(ev: Event, words: set[str]) -> bool:
    """Whether an event's trigger phrase starts with one of ``words``."""
    return (ev.evidence.trigger or " ").split()[0] in words


def _fought(ev: Event) -> bool:
    """Whether ``ev`` is force or a charge between its sides (FOUGHT_ROOTS, accusations)."""
    return ev.root in FOUGHT_ROOTS or ev.cameo[:3] == "112"


def _aside_list(first: Token, tok: Token) -> bool:
    """Whether a list whose first member is ``first``, in ``tok``'s own sentence, is told
    aside from ``tok``'s clause: an object in a clause that is none of ``tok``'s governing
    ones ("X criticised Y for drawing closer to A and B, and the two governments then
    summoned ...": not A and B). A subject list, or one in a clause above ``tok``, is not
    ("A and B signed a deal under which the two countries ...")."""
    if first.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = governing_verb(first, 64)
    if verb is None:
        return False
    up = {a.i for a in tok.ancestors}
    return verb.i not in up and verb.i != tok.i


def group_lemma(tok: Token) -> str:
    """The lemma of a group noun, also when the model keeps a capitalised plural as it is:
    "the two Ministers", "the Parties" (lemma "Ministers", "Parties")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma == tok.lower_ and len(lemma) > 4:
        if lemma.endswith("ies"):
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith("ss"):
            return lemma[:-1]
    return lemma


def quantified_group(tok: Token) -> Token:
    """The group phrase a quantifier stands for ("each of the five countries", "all of the
    three governments": the countries, the governments), else ``tok`` itself."""
    if tok.lower_ not in GROUP_QUANTIFIERS:
        return tok
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in kids(c):
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return tok


# sectors of a state's people a national noun names ("officers"), which a group phrase
# gives to each member ("officers of the two sides")
_STATE_GROUP_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})


def fit_group(group: list[ResolvedActor], other: list[ResolvedActor], *,
              expand: bool = False) -> list[ResolvedActor]:
    """Members of a group phrase that fit an event whose other side is ``other``.

    The group is the article's ``size`` most named countries, less any on the other side.
    With ``expand`` (the group is the object: "Biden praised both leaders") the next most
    named country takes the place of one on the other side, since a speaker does not praise
    himself; as the subject ("the two leaders would visit Seoul") it does not."""
    if not group or group[0].kind != "dyad":
        return group
    size = group[0].group or len(group)
    taken = {o.actor.country for o in other if o.kind != "dyad"}
    taken_codes = {c for o in other if o.kind != "dyad" for c in (
        (o.actor.code,) if o.actor.sector or not o.actor.country else (
            o.actor.country, o.actor.country + "GOV", o.actor.country + "MIL"))}
    pool = group if expand else group[:size]
    countries = [g.actor.country for g in pool]
    # two sides of one country (a state and its armed group): the other side takes only
    # the member of its own code ("the army met officers of both sides" keeps the rebels)
    kept = [g for g in pool if (g.actor.code not in taken_codes if countries.count(
        g.actor.country) > 1 else g.actor.country not in taken)][:size]
    return sorted(kept, key=lambda g: g.order)



def _acting_subject(tok: Token) -> Token | None:
    """The subject of the verb ``tok`` is the object of ("the UN urged both sides": the UN;
    "he spoke to X and urged them": he), through a preposition and a joined verb that has
    none of its own; None for a subject or when there is none."""
    verb = tok.head if tok.dep_ in ("dobj", "dative") else (
        tok.head.head if tok.dep_ == "pobj" else None)
    for _ in range(2):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        verb = verb.head if verb.dep_ == "conj" else None
    return None

class GroupRules:
    """Group phrases and their members (a mixin of
    :class:`~detente.nlp.actors.ActorResolver`)."""

    # the host of the group the last sentence had as its subject (ctx.last_group), if any:
    # "They also agreed ..." after "The leaders discussed ..." keeps the host's pairs
    _last_host: str | None = None
    # (sentence start, countries) of the last pair a sentence had as its subject
    _pair_told: tuple[int, list[str]] | None = None
    # (sentence start, countries) of the last group of three or more a sentence had as its
    # subject ("the three leaders committed ...")
    _wide_told: tuple[int, list[str]] | None = None
    # whether the last sentence's subject group was a group phrase ("the two sides"), not
    # actors named one by one ("Biden and Trudeau")
    _pair_by_phrase: bool = False
    # the document and, per sentence that names a country's armed group beside its state's
    # side, (sentence start, country, the state side's sector): see _internal_pair
    _internal_sides: tuple[object, list[tuple[int, str, str]]] | None = None
    # the document and, per sentence that tells mediators, (sentence start, countries)
    _mediators_told: tuple[object, list[tuple[int, list[str]]]] | None = None

    # set by ActorResolver.__init__
    kb: ActorKB
    ctx: ArticleContext
    _gazetteer: Gazetteer | None
    kb_span_at: Callable[[Token], Span | None]
    _entries: Callable[[Span], list[KBEntry]]
    spans_in: Callable[[Span], list[Span]]
    _spans: list[Span]
    _entry_country: Callable[[KBEntry], str | None]
    _sentence_countries: Callable[..., list[str]]
    _inner_group: Callable[[Token], list[ResolvedActor]]

    def regional_members(self, tok: Token) -> list[str] | None:
        """The countries a plural group phrase told by its region stands for ("the five
        Central Asian states", "Gulf countries", "the Nordic leaders", "Pacific island
        nations"): the countries of that region the article names, in the order it named
        them -- the list of as many named before when the phrase gives a number -- or []
        when it names none (or not as many as the number says); None when ``tok`` heads no
        such phrase (cheap: a plural noun with a modifier, looked up in one word table)."""
        if tok.tag_ not in ("NNS", "NNPS") or group_lemma(tok) not in REGION_NOUNS:
            return None
        mods = [c for c in lefts(tok) if c.dep_ in ("amod", "compound", "nmod")]
        if not mods:
            return None
        words = sorted((w for c in mods for w in c.subtree if w.i < tok.i and (
            w.is_alpha or "-" in w.text)), key=lambda w: w.i)
        low = [w.lower_ for w in words]
        other = bool(low) and low[0] in ("other", "fellow")
        if low and low[0] in REGION_OPENERS:
            low = low[1:]
        key = " ".join(low)
        region = REGION_GROUPS.get(key)
        if region is None:
            return None
        bloc = self._region_bloc(tok, key)
        if bloc is not None:
            return [bloc]
        size = next((GROUP_NUMBERS[c.lower_] for c in lefts(tok) if c.dep_ == "nummod"
                     and c.lower_ in GROUP_NUMBERS and c.lower_ != "both"), 0)
        if size and size >= 3:
            listed = self._last_list(tok, size)
            if listed is not None and set(listed) <= region:
                return listed
        named = sorted((c for c in self.ctx.country_counts if c in region),
                       key=lambda c: self.ctx.first_seen.get(c, 0))
        if size:
            if len(named) == size:
                return named
            # "the three Baltic states": a closed group of as many states is all of them
            return sorted(region) if key in CLOSED_REGIONS and size == len(region) else []
        if key not in CLOSED_REGIONS and not (tok.dep_ == "pobj" and tok.head.lower_ == "of") \
                and not any(c.dep_ in ("det", "poss", "predet") for c in tok.children):
            # "urged Central American governments to ...", "help for coastal West African
            # states": a bare plural of an open region speaks of such states in general, not
            # of the ones the article names (but "a delegation of African leaders" is some
            # of them, the ones the article names) (prec26)
            return []
        if len(named) >= 2:
            return named
        # "the Baltic states", "the Visegrad countries" with fewer than two of them named: a
        # group whose members everyone knows is all of them ("Latvia and the other Baltic
        # states": but the one named); an open region ("African states") stays unknown
        if key not in CLOSED_REGIONS:
            return []
        return sorted(region - set(named)) if other else sorted(region)

    def _region_bloc(self, tok: Token, key: str) -> str | None:
        """The code of a bloc named for the region in ``tok``'s sentence or the one before
        ("Beijing hosted the Gulf Cooperation Council summit, and Xi urged the Gulf states
        ...": the GCC), else None: there the region's states are the bloc met."""
        words = key.split()
        near = [sp for sent in (sent_of(tok), *self._sentences_before(tok, 1))
                for sp in self.spans_in(sent)]
        # anywhere in the article, a bloc whose own name is the phrase ("Arab states" and
        # the League of Arab States, "West African states" and ECOWAS)
        named = f"{key} {tok.lower_}"
        for spans, full in ((near, False), (self._spans, True)):
            for span in spans:
                low = span.text.lower()
                if (named not in low) if full else not all(w in low for w in words):
                    continue
                for e in self._entries(span):
                    if e.kind == "igo" and e.code:
                        return e.code
        # a bloc the article names by a short name whose full name is the region's states
        # ("West African leaders" and "ECOWAS", the Economic Community of West African
        # States): the region's leaders or states are that bloc (prec25)
        full_names = tuple(f"{key} {n}" for n in ("states", "countries", "nations"))
        for span in self._spans:
            for e in self._entries(span):
                if e.kind == "igo" and e.code and any(
                        f in a.lower() for a in (e.name or "", *e.aliases) for f in full_names):
                    return e.code
        # else a bloc of the region named anywhere by any name (actors25)
        bloc = REGION_BLOCS.get(key)
        if bloc is not None and group_lemma(tok) in REGION_BLOC_NOUNS and any(
                e.kind == "igo" and e.code == bloc for span in self._spans
                for e in self._entries(span)):
            return bloc
        return None

    def _regional_actors(self, tok: Token, members: list[str]) -> list[ResolvedActor]:
        """The members of a region's group phrase as group candidates (kind "dyad", so that
        :func:`fit_group` drops the one on the other side of the event); a bloc named for
        the region as itself."""
        if len(members) == 1 and members[0] not in self.kb.country_codes:
            code = members[0]
            return [ResolvedActor(Actor(text=self._np_text(tok), name=None, code=code,
                                        country=code, sector=None, start=tok.idx,
                                        end=tok.idx + len(tok.text)), "igo")]
        sector = self._group_sector(tok)
        return [ResolvedActor(Actor(text=self._np_text(tok), name=None, code=c + sector,
                                    country=c, sector=sector, start=tok.idx,
                                    end=tok.idx + len(tok.text)), "dyad", group=len(members),
                              order=self.ctx.first_seen.get(c, 0)) for c in members]

    def _group_of(self, tok: Token) -> ResolvedActor | None:
        """"the top generals of the two countries", "officials from both sides", "the two
        governments' negotiators", "the heads of both sides' border commissions": people
        of a group phrase, or heading its bodies, are that group, in their own sector."""
        lemma = group_lemma(tok)
        if led_by(tok) is not None and self._inner_group(tok):
            # "a delegation of African leaders led by X": the leader is its named side
            # (ActorResolver._led_by), not a group
            return None
        if self.kb.agent_sector(lemma) is None and lemma not in GROUP_NOUNS and (
                self.kb.national_noun_sector(lemma) not in _STATE_GROUP_SECTORS):
            # (a body owned by a group with no people named, "talks between the two
            # governments' commissions", is events.py's: the story's pair, placed by the
            # talks' own clause)
            return None
        size = self._owner_group_size(tok)
        if size is None:
            for c in kids(tok):
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "on"):
                    # ("officials on both sides", "negotiators on the two sides")
                    for p in kids(c):
                        if p.dep_ == "pobj":
                            if c.lower_ == "on" and group_lemma(p) != "side":
                                continue
                            size = self._group_size(p)
                            if size is None and (self.kb.agent_sector(group_lemma(p))
                                                 or group_lemma(p) in BODY_NOUNS):
                                # "the heads of the two countries' security services"
                                size = self._owner_group_size(p)
                            if size is not None:
                                break
                if size is not None:
                    break
        if size is None:
            return None
        return ResolvedActor(Actor(None, None, None, None, None), "dyad", group=size)

    def _group_sector(self, tok: Token) -> str:
        """The sector of the people a group phrase names: its agent noun's ("generals of
        both countries": MIL), a state's national noun's ("officers of the two sides": MIL),
        else GOV."""
        lemma = group_lemma(tok)
        sector = self.kb.agent_sector(lemma)
        if sector is None and (national := self.kb.national_noun_sector(lemma)) in (
                _STATE_GROUP_SECTORS):
            sector = national
        return sector or "GOV"

    def _owner_group_size(self, tok: Token) -> int | None:
        """The size of a group phrase that owns ``tok`` (a plural agent or body noun):
        "the two countries' negotiators" (2), else None."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return None
        for c in kids(tok):
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN", "NUM"):
                return self._group_size(c)
        return None

    def _pair_of_sentence(self, tok: Token, size: int) -> list[ResolvedActor]:
        """"He met Yoon in Phnom Penh, and the two agreed to ...": a pair phrase after an
        event between two parties (or any act between two named people: "A pressed B on
        it as the two sat down") in the same sentence is those two, whoever the article is
        mostly about."""
        if size not in (0, 2) or tok.pos_ == "PRON":
            return []  # ("they" is the group of the sentence before)
        start = sent_of(tok).start_char
        # ("the two", "the two leaders" may be two people; "the two neighbours" are states)
        people = tok.lower_ in GROUP_NUMBERS or group_lemma(tok) in PRINCIPAL_NOUNS
        # "their forces exchanged fire ..., and each government blamed the other": one of
        # the two who fought earlier in the sentence, by the phrase's own sector
        each = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("each", "either")
                                        for c in kids(tok))
        for ev in reversed(self.ctx.events[-10:]):
            if ev.evidence.start != start:
                return []
            if ev.source is None or ev.target is None or (
                    ev.source.country == ev.target.country):
                continue
            fought = each and _fought(ev)
            if ev.root not in ("03", "04", "05", "06") and not fought and not (
                    people and all(a.name and a.sector for a in (ev.source, ev.target))):
                # (but two people told in any act: "the premier pressed the president on
                # the dispute as the two sat down")
                continue
            if (ev.source.start or 0) > tok.idx or (ev.target.start or 0) > tok.idx:
                continue  # an event told later in the sentence
            if (ev.source.start or 0) < start or (ev.target.start or 0) < start:
                # ("at the end of the talks, the two leaders signed ...": talks whose
                # parties the sentence does not name tell no pair of their own)
                continue
            text = self._np_text(tok)
            # (in the order the sentence named them: "X arrived and was received by Y, and
            # both leaders agreed ..." is X's and Y's agreement, told from X)
            pair = sorted((ev.source, ev.target),
                          key=lambda a: a.start if a.start is not None else tok.idx)
            if fought and group_lemma(tok) != "side":
                sector = self._group_sector(tok)
                pair = [replace(a, name=None, code=(a.country or "") + sector, sector=sector)
                        if a.country in self.kb.country_codes else a for a in pair]
            return [ResolvedActor(replace(a, text=text, start=tok.idx,
                                          end=tok.idx + len(tok.text)), "coref")
                    for a in pair]
        return []

    def _parties_of_sentence(self, tok: Token, size: int) -> list[ResolvedActor]:
        """"X met A and B in C, where the three agreed ...": the ``size`` countries of the
        meetings its own sentence told before ``tok`` (none unless exactly so many)."""
        start = sent_of(tok).start_char
        found: dict[str, Actor] = {}
        for ev in self.ctx.events[-10:]:
            if ev.evidence.start != start or ev.root not in ("03", "04", "05", "06") or (
                    ev.source is None or ev.target is None):
                continue
            if any((a.start or 0) > tok.idx or (a.start or 0) < start or not a.country
                   for a in (ev.source, ev.target)):
                continue
            for a in (ev.source, ev.target):
                found.setdefault(a.country or "", a)
        if len(found) != size:
            return []
        text = self._np_text(tok)
        return [ResolvedActor(replace(a, text=text, name=None, start=tok.idx,
                                      end=tok.idx + len(tok.text)), "dyad", group=size,
                              order=self.ctx.first_seen.get(c, 0))
                for c, a in found.items()]

    def _owners_named(self, tok: Token) -> list[ResolvedActor]:
        """"A and B agreed to deepen cooperation between their countries": a plural phrase
        owned by "their" in a clause whose subject joins named parties is those parties, not
        the pair the article is mostly about; [] when the nearest subject up the parse joins
        fewer than two countries (prec25)."""
        if tok.tag_ not in ("NNS", "NNPS") or not any(
                c.dep_ == "poss" and c.lower_ == "their" for c in kids(tok)):
            return []
        head, subj = tok, None
        while head.head.i != head.i and subj is None:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not subj.conjuncts:
            return []
        found: dict[str, ResolvedActor] = {}
        for t in (subj, *subj.conjuncts):
            for a in self.resolve(t, follow=False):  # type: ignore[attr-defined]
                if a.actor.country and a.kind != "dyad":
                    found.setdefault(a.actor.country, a)
                    break
        if len(found) < 2:
            return []
        text = self._np_text(tok)
        return [ResolvedActor(replace(a.actor, text=text, start=tok.idx,
                                      end=tok.idx + len(tok.text)), "coref")
                for a in found.values()]

    def _pair_named_before(self, tok: Token) -> list[ResolvedActor]:
        """"the Indian and Chinese troops faced each other ... before both sides pulled
        back": a pair phrase after a plural noun of two nationalities joined by "and" earlier
        in its sentence is that noun's two sides (the last such noun before it); else []."""
        sent = sent_of(tok)
        for t in reversed(sent[:tok.i - sent.start]):
            if t.tag_ not in ("NNS", "NNPS") or t.pos_ != "NOUN":
                continue
            mods = [c for c in lefts(t) if c.dep_ in ("amod", "compound")]
            if not any(g.dep_ == "cc" and g.lower_ == "and" for c in mods for g in kids(c)):
                continue
            found = [a for a in self.resolve(t, follow=False)  # type: ignore[attr-defined]
                     if a.actor.country]
            if len({a.actor.country for a in found}) == 2 == len(found):
                text = self._np_text(tok)
                return [ResolvedActor(replace(a.actor, text=text, start=tok.idx,
                                              end=tok.idx + len(tok.text)), "coref")
                        for a in found]
        return []

    def _dyad_actors(self, tok: Token, size: int = 2, *, phrase: bool = True
                     ) -> list[ResolvedActor]:
        """The members of a group phrase, as candidates: the caller fits the group to the
        event with :func:`fit_group` once it knows the other side. With ``phrase`` False
        the group is the article's, named by no phrase at ``tok``."""
        tok = quantified_group(tok)
        if phrase and tok.pos_ == "PRON" and tok.lower_ in ("they", "them"):
            members = self._pronoun_group_members(tok)
            if members:
                return members
        if phrase and tok.pos_ != "PRON":
            # "offers of help from four countries, Spain, Britain, Qatar and the UAE": the
            # members the phrase lists in apposition, not the article's most named
            listed = self._named_in_apposition(tok)  # type: ignore[attr-defined]
            conj = [c for c in tok.conjuncts if c.i > tok.i]
            if not listed and conj and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == (
                    ",") and self._group_size(tok) == len(conj):  # type: ignore[attr-defined]
                # (the list parsed as conjuncts of the noun: "three countries, A, B and C")
                # (the first resolves the whole chain of conjuncts)
                found = self.resolve(conj[0], follow=False)  # type: ignore[attr-defined]
                if found and all(r.kind in ("country", "metonym") for r in found) and len(
                        {r.actor.country for r in found}) == len(found) == len(conj):
                    listed = found
            if len({r.actor.country for r in listed if r.actor.country}) >= 2:
                return [ResolvedActor(r.actor, "dyad", key=r.key, group=len(listed),
                                      order=r.order) for r in listed]
        if phrase and group_lemma(tok) in MEDIATOR_NOUNS:
            return self._mediator_actors(tok)
        if phrase:
            for t in (tok, *(p for c in kids(tok) if c.dep_ == "prep" and c.lower_ in (
                    "of", "from") for p in kids(c) if p.dep_ == "pobj")):
                # "the Gulf states", "the leaders of the five Central Asian states"
                members = self.regional_members(t)
                if members is not None:
                    return self._regional_actors(tok, members)
        pair = self._pair_of_sentence(tok, size) if phrase else []
        if not pair and phrase and size in (0, 2):
            pair = self._owners_named(tok)
        if not pair and phrase and size in (0, 2) and group_lemma(tok) == "side":
            pair = self._pair_named_before(tok)
        if pair:
            return pair
        if phrase and size in (0, 2) and tok.pos_ != "PRON" and (
                group_lemma(tok) in INTERNAL_PAIR_NOUNS) and (
                size == 2 or group_lemma(tok) == "party"):
            internal = self._internal_pair(tok) or self._between_pair(tok)
            if internal:
                return internal
        if phrase and size in (0, 2) and tok.pos_ == "NOUN" and (
                inner := next((p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"
                               for p in kids(c) if p.dep_ == "pobj" and p.tag_ == "NNS"
                               and group_lemma(p) in INTERNAL_PAIR_NOUNS), None)) is not None:
            # "senior commanders of both sides" after "the army and the RSF": that pair's
            # people (the state side's with the noun's own sector)
            internal = self._internal_pair(inner) or self._between_pair(inner)
            sector = (self._agent_sector(tok) or self._group_sector(tok)) if (  # type: ignore[attr-defined]
                internal) else None
            if internal and sector in ("GOV", "MIL"):
                return [ResolvedActor(replace(
                    m.actor, code=(m.actor.country or "") + sector, sector=sector), m.kind,
                    m.key, m.group, m.order) if m.actor.sector in ("GOV", "MIL") and (
                    m.actor.country and len(m.actor.country) == 3) else m for m in internal]
            if internal:
                return internal
        met = self._pair_just_met(tok) if size == 2 and phrase and tok.pos_ != "PRON" else None
        told = False
        host: str | None = None
        if met is not None and self.ctx.last_group and len(self.ctx.last_group) == 2 and (
                set(met) != set(self.ctx.last_group)):
            # "At the summit the two sides agreed to ..., which China cut off after Pelosi
            # visited Taiwan. The two sides also agreed ...": the group the sentence before
            # had as subject, not a meeting told in a side clause there
            met = list(self.ctx.last_group)
        if met is None and phrase and tok.pos_ != "PRON":
            if size == 0 and self.ctx.last_group:
                # "Kosovo and Serbia have agreed on ... The Parties have committed to ...":
                # the group the sentence before had as its subject
                met = list(self.ctx.last_group)
                host = self._last_host if self._last_host in met else None
                wide = self._wider_group(tok, met)
                if wide is not None:
                    met, host = wide
            elif size == 2 and group_lemma(tok) in MEETING_NOUNS and (
                    third := self._third_place_pair(tok) or self._hosted_pair(tok)):
                # "X, as the bloc's chair, hosted a meeting in Y between A and B. The two
                # leaders agreed ...": the two who met on the host's ground, whatever the
                # parser made the subject of the sentence before
                met = third
            elif size == 2 and self.ctx.last_group and len(self.ctx.last_group) == 2:
                # "Ethiopia and Somalia recognised ... The two sides agreed to ...": the pair
                # the sentence before had as its subject, before a meeting told further back
                met = list(self.ctx.last_group)
            else:
                met, host = self._told_group(tok, size)
            if met is None and size == 2:
                # "he hoped envoys of the two countries would meet again, though Seoul says
                # no and Tokyo waits": the two countries the sentence names; else a pair
                # told as a subject a few sentences back
                met = self._named_pair(tok) or self._recent_pair(tok) or (
                    self._pair_just_agreed(tok))
            if met is None and size == 2 and group_lemma(tok) in FOUGHT_GROUP_NOUNS:
                # "A's jets struck targets in B, while B's forces fired rockets into A. Each
                # side has accused the other ...": the two who just fought, when the
                # article's two most named are no such pair (a mediator's statement)
                met = self._pair_just_fought(tok)
            if met is not None:
                size = len(met)
                # people are named for a group found further back only where the article
                # has no third country (as before): an unnamed mention restates the meeting
                told = len(self.ctx.ranked) > 2
        if phrase and size == 2 and tok.pos_ != "PRON" and (
                group_lemma(tok) in INTERNAL_PAIR_NOUNS) and (
                met is None or set(met) & set(self._mediators(tok))):
            # "Qatari and Egyptian mediators put a plan to Israel and Hamas. The mediators
            # urged both sides ...": the two the mediators dealt with, not the mediators
            between = self._mediated_pair(tok)
            if between is not None:
                met, told, host = between, True, None
        if met is not None:
            # "X met Y in Hanoi on Monday. The two agreed to ...": the pair just told
            countries = met
        elif tok.pos_ == "PRON" and self.ctx.last_group:
            countries = list(self.ctx.last_group)
            size = len(countries)
            host = self._last_host if self._last_host in countries else None
        else:
            body = self.ctx.last_body
            if size == 0 and _bare_opening_subject(tok) and body is not None and (
                    body.kind == "igo"):
                # "The European Council invited the Commission ... Leaders also granted
                # ...": with no meeting of several told, a statement's bare "Leaders" are
                # those of the organisation the sentences before had as their subject, not
                # also the article's most named countries
                a = body.actor
                return [ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                            a.sector, tok.idx, tok.idx + len(tok.text)),
                                      "coref", body.key)]
            if size == 0 and not self.ctx.last_group and tok.tag_ == "NNS" and (
                    body_gathering_before(tok.doc, tok.i)) and not self._opened_by_pair_meeting():
                # "The leaders adopted the New Delhi Declaration" after "the summit of the
                # SCO": the many members of the body's gathering, not the article's most
                # named pair
                return []
            if size == 0:
                size = len(self.ctx.last_group) if self.ctx.last_group else 2
            # one more than named, most named first, so that a member on the other side of
            # the event can go (fit_group keeps the first ``size`` that fit); states only
            # for a noun that names states ("the three governments" are no bloc)
            if size >= LISTED_ONLY:
                return []  # ("the 27 member states": not the article's 27 most named)
            if phrase and size >= 3 and tok.lower_ in GROUP_NUMBERS:
                # "the four would discuss ...": three or more parties told by a bare number
                # are the article's most named only by chance; they are those its own
                # sentence just told meeting ("X met A and B in C, where the three agreed")
                return self._parties_of_sentence(tok, size)
            pool = self.ctx.ranked
            if group_lemma(tok) in STATE_NOUNS or group_lemma(tok) in RANKED_NOUNS:
                pool = [c for c in pool if c in self.kb.country_codes]
            countries = pool[:size + 1]
        if len(countries) < 2:
            return []
        if group_lemma(tok) in PARTY_NOUNS and (helpers := self._facilitators(tok)) and (
                helpers & set(countries)):
            # "talks between the two delegations ... under Saudi and American facilitation",
            # "each side has accused the other": the parties, never the mediators -- the
            # pair whose talks or deal the sentences before told, else no guess
            countries = [c for c in countries if c not in helpers]
            if len(countries) < 2:
                told_pair = self._pair_just_met(tok) or self._pair_just_agreed(tok)
                if not told_pair or helpers & set(told_pair):
                    return []
                countries = list(told_pair)
        if phrase and group_lemma(tok) in PERSON_GROUP_NOUNS and sum(
                1 for c in countries if any(r.actor.country == c and r.actor.name
                                            for r in self.ctx.people.values())) < (size or 2):
            # "the two men", "the two women" are people: a pair of states only as the
            # people the article named for them ("X hosted Y ... the two men signed"), not
            # soldiers, captives or suspects told by no name
            return []
        res = []
        sector = self._group_sector(tok)
        named = not told and len(countries) == 2 and size == 2 and (
            group_lemma(tok) in PRINCIPAL_NOUNS or (
                tok.lower_ in GROUP_NUMBERS and tok.pos_ != "PRON"))
        for c in countries:
            who = self._principal(c, tok) if named else None
            res.append(ResolvedActor(
                Actor(text=self._np_text(tok), name=who.actor.name if who else None,
                      code=c + sector, country=c, sector=sector, start=tok.idx,
                      end=tok.idx + len(tok.text)), "dyad",
                key=HOST_MARK if c == host and len(countries) > 2 else None,
                group=size, order=self.ctx.first_seen.get(c, 0)))
        return res

    def _pronoun_group_members(self, tok: Token) -> list[ResolvedActor]:
        """"would support the two countries as they carry out the deal", "urged both sides
        to talk before they resume fighting": the members of the group phrase its own
        sentence told before the pronoun, as that phrase resolves (not the article's most
        named countries, which may hold the subject)."""
        key = ("they-group", tok.i)
        if key in self._busy:  # type: ignore[attr-defined]
            return []
        ante = self._group_antecedent(tok)  # type: ignore[attr-defined]
        if ante is None:
            return []
        self._busy.add(key)  # type: ignore[attr-defined]
        try:
            found = self.resolve(ante)  # type: ignore[attr-defined]
            # (the candidates of a group phrase may hold the one who acts on it or on the
            # pronoun: "the UN urged both sides", "he spoke to both and urged them": not
            # the UN, not him)
            acting: set[str | None] = set()
            for t in (ante, tok):
                subj = _acting_subject(t)
                if subj is not None:
                    acting.update(r.actor.country for r in self.resolve(subj))  # type: ignore
        finally:
            self._busy.discard(key)  # type: ignore[attr-defined]
        size = self._group_size(ante) or max(  # type: ignore[attr-defined]
            (r.group for r in found if r.kind == "dyad"), default=0)
        pool = any(r.kind == "dyad" for r in found)
        kept = [r for r in found if r.actor.country not in acting]
        if pool and not (len(kept) < len(found) and len(kept) == size):
            # (a group phrase's candidates, fitted to each event by the other side: the
            # pronoun's own rules, unless dropping who acts on it leaves the group)
            return []
        found = kept
        if len({r.actor.country for r in found if r.actor.country}) < 2:
            return []
        return [ResolvedActor(replace(r.actor, text=tok.text, start=tok.idx,
                                      end=tok.idx + len(tok.text)), "dyad", key=r.key,
                              group=len(found), order=r.order) for r in found]

    def _facilitators(self, tok: Token) -> frozenset[str]:
        """The countries ``tok``'s article names as facilitators or mediators, by a noun of
        facilitation with their adjective or name ("under Saudi and American facilitation",
        "the mediation of Qatar"); read once per document, only for a pair phrase."""
        doc = tok.doc
        found = doc.user_data.get(FACILITATORS_KEY)
        if found is not None:
            return found  # type: ignore[no-any-return]
        countries: set[str] = set()
        text = doc_text(doc).lower()  # (``doc.text`` joins every token at each read)
        if "facilitat" in text or "mediat" in text or "auspices" in text or (
                "sponsorship" in text):
            for sent in doc.sents:
                for noun in sentence_words(sent).with_lemma(FACILITATION_NOUNS):
                    named = [m for c in kids(noun) if c.dep_ in ("amod", "compound", "nmod",
                                                                  "poss")
                             for m in (c, *c.conjuncts)]
                    named += [m for c in kids(noun) if c.dep_ == "prep" and c.lower_ in (
                        "of", "by") for p in kids(c) if p.dep_ == "pobj"
                        for m in (p, *p.conjuncts)]
                    for m in named:
                        country = self._nation_word(m.text)
                        if country is None and m.pos_ == "PROPN":
                            r = self._resolve_one(m)
                            country = r.actor.country if r is not None and r.kind in (
                                "country", "metonym") else None
                        if country:
                            countries.add(country)
        found = doc.user_data[FACILITATORS_KEY] = frozenset(countries)
        return found

    def _principal(self, country: str, tok: Token) -> ResolvedActor | None:
        """The person who stood for ``country`` in the article's meetings: "the two
        ministers", "both leaders", "the two sides" after "Cleverly met Han Zheng and Wang
        Yi" are Cleverly and, of the two Chinese, the one whose office the noun names (the
        foreign minister). No name when more than one person fits."""
        people = {}
        sector = self._group_sector(tok)
        for r in self.ctx.people.values():
            if r.key and r.actor.name and r.actor.country == country and (
                    r.actor.sector == sector):
                people.setdefault(r.actor.name, r)
        if not people:
            return None
        met: Counter[str] = Counter()
        for ev in self.ctx.events[-40:]:
            if ev.root not in ("03", "04", "05", "06"):
                continue
            for a in (ev.source, ev.target):
                if a is not None and a.name in people:
                    met[a.name] += 2 if ev.root == "04" else 1
        # stable: first met first among equals; with no meeting told, the people named, who
        # must then hold the office the noun names
        ranked = sorted(met, key=lambda n: -met[n]) if met else list(people)
        head = TITLE_SAME.get(group_lemma(tok), group_lemma(tok))
        if head in ("minister", "president", "premier", "chancellor", "secretary"):
            # "the two foreign ministers", "the two prime ministers"
            mods = {w for c in lefts(tok) if c.dep_ in ("amod", "compound")
                    for w in title_words(c.text)} - TITLE_NOISE
            offices = [(head, mods)]
        elif head == "leader":
            offices = [("president", set()), ("minister", {"prime"}), ("premier", set()),
                       ("chancellor", set()), ("king", set())]
        else:
            offices = []
        if offices:
            fits = [n for n in ranked if any(self._has_title(people[n], h, m)
                                             for h, m in offices)]
            ranked = fits or (ranked if met else [])
        elif not met:
            return None
        # only one who fits: a wrong name would keep two mentions of one meeting apart
        return people[ranked[0]] if len(ranked) == 1 else None

    def _has_title(self, r: ResolvedActor, head: str, mods: set[str]) -> bool:
        if r.key and title_fits(self.ctx.titles_seen.get(r.key, set()), head, mods):
            return True
        return any(title_fits(title_words(t), head, mods) for t in self._kb_titles(r))

    def _kb_titles(self, r: ResolvedActor) -> list[str]:
        entry = self.kb.get(r.key) if r.key else None
        return self.kb.titles_on(entry, self.ctx.published) if entry is not None else []

    def _opened_by_pair_meeting(self) -> bool:
        """Whether the article's first event is a meeting of its two most named countries
        ("Biden welcomed Widodo to the White House today"): a readout of that meeting, whose
        "the leaders" stay that pair even after a gathering of a body is told in passing."""
        dyad = set(self.ctx.main_dyad or ())
        first = self.ctx.events[0] if self.ctx.events else None
        return bool(dyad) and first is not None and first.root == "04" and (
            first.source is not None and first.target is not None) and {
            first.source.country, first.target.country} == dyad

    def _pair_just_met(self, tok: Token) -> list[str] | None:
        """The two countries of a meeting the sentence before ``tok``'s told, when the
        sentence told one meeting only."""
        sent = sent_of(tok)
        if sent.start == 0:
            return None
        prev = sent_of(tok.doc[sent.start - 1])
        pairs = {frozenset((ev.source.country, ev.target.country))
                 for ev in self.ctx.events[-8:]
                 if ev.root == "04" and ev.source is not None and ev.target is not None
                 and ev.evidence is not None and ev.evidence.start == prev.start_char}
        if len(pairs) != 1:
            return None
        (pair,) = pairs
        countries = sorted((c for c in pair if c), key=lambda c: self.ctx.first_seen.get(c, 0))
        return countries if len(countries) == 2 else None

    def _pair_just_agreed(self, tok: Token) -> list[str] | None:
        """The two countries of the agreements, intents, ties and meetings (roots 03, 04 and
        06, 054 and 057; no mediation, no thanks) the few sentences before ``tok``'s told,
        when they tell one such pair only: "Qatar announced that A and B agreed to a
        ceasefire. ... The two sides further agreed to meet again" are A and B, not the
        mediator, however often it is named (only while the article's two most named
        countries have told no event together)."""
        dyad = set(self.ctx.main_dyad or ())
        if dyad and any(ev.source is not None and ev.target is not None and {
                ev.source.country, ev.target.country} == dyad for ev in self.ctx.events):
            return None  # (the article's most named pair has dealt with each other: theirs)
        pair = self._one_pair_before(
            tok, MEETING_LOOKBACK, 12,
            lambda ev: (ev.root in ("03", "04", "06") or ev.cameo in ("054", "057"))
            and ev.cameo != "045")
        if pair is None:
            return None
        return sorted(pair, key=lambda c: self.ctx.first_seen.get(c, 0))

    def _internal_pair(self, tok: Token) -> list[ResolvedActor]:
        """"Sudan's army and the RSF ... talks between the two delegations", "the government
        and the ELN ... both parties", "each side accused the other": the two sides of a
        civil war the article has named together (a country's armed group, REB, and that
        state's forces or government, in one sentence at or before ``tok``'s), as the members
        of a pair phrase; [] when it named no such pair, or when force, charges, a meeting or
        a deal between two states were told since (then they are the sides)."""
        doc = tok.doc
        if self._internal_sides is None or self._internal_sides[0] is not doc:
            self._internal_sides = (doc, self._find_internal_sides(doc))
        start = sent_of(tok).start_char
        told = [s for s in self._internal_sides[1] if s[0] <= start]
        if not told:
            return []
        at, country, state = told[-1]
        if any(ev.source is not None and ev.target is not None
               and ev.source.country != ev.target.country and ev.evidence is not None
               # (the talks a body such as the AU convened or a host held are the
               # parties' own: "talks convened by the African Union")
               and ev.source.country in self.kb.country_codes
               and ev.target.country in self.kb.country_codes and ev.cameo != "043"
               and ev.evidence.start > at and (
                   _fought(ev) or ev.root in ("03", "04") and ev.cameo != "045"
                   or ev.cameo == "057") for ev in self.ctx.events[-40:]):
            # (force, charges, a meeting or a deal between two states told in a later
            # sentence: "the two sides" are theirs, as the rules below find; in the pair's
            # own sentence a host or mediator of their talks is no such pair)
            return []
        text = self._np_text(tok)
        return [ResolvedActor(Actor(text=text, name=None, code=country + sector,
                                    country=country, sector=sector, start=tok.idx,
                                    end=tok.idx + len(tok.text)), "dyad", group=2,
                              order=self.ctx.first_seen.get(country, 0))
                for sector in (state, "REB")]

    def _between_pair(self, tok: Token) -> list[ResolvedActor]:
        """"Qatar and Egypt brokered a truce between Israel and Hamas. Both sides ...": the
        two a conflict or talks noun puts "between" in ``tok``'s sentence or the two before
        (the nearest), when one of them is an armed group or other body of no state -- the
        story's pair, which a count of the article's states would miss for its mediators;
        [] when no such phrase."""
        for sent in (sent_of(tok), *self._sentences_before(tok, BETWEEN_LOOKBACK)):
            words = sentence_words(sent)
            if "between" not in words.words:
                continue
            for i in range(len(words.tokens) - 1, -1, -1):
                prep = words.tokens[i]
                if words.lowers[i] != "between" or prep.dep_ != "prep" or (
                        prep.head.lemma_.lower() not in BETWEEN_NOUNS) or prep.i > tok.i:
                    continue
                sides = [p for p in kids(prep) if p.dep_ == "pobj"]
                sides += [c for p in sides for c in p.conjuncts]
                if len(sides) != 2:
                    continue
                found = [r for p in sides if (r := self._resolve_one(p)) is not None
                         and r.actor.country]
                if len(found) != 2 or found[0].actor.country == found[1].actor.country:
                    continue
                if not any(r.actor.sector in ARMED_SECTORS or (
                        r.actor.country not in self.kb.country_codes) for r in found):
                    continue  # (two states: the rules that count states find them)
                text = self._np_text(tok)
                return [ResolvedActor(replace(r.actor, text=text, start=tok.idx,
                                              end=tok.idx + len(tok.text)), "dyad", group=2,
                                      order=self.ctx.first_seen.get(r.actor.country or "", 0))
                        for r in found]
        return []

    def _find_internal_sides(self, doc: Doc) -> list[tuple[int, str, str]]:
        """Per sentence that names a country's armed group (a KB entry coded REB on the
        article's date, or "rebels", "militias" placed in one country) and, beside it, that
        state's forces or government (a KB entry, or "the army", "the government" placed in
        that country): (sentence start, country, MIL or GOV), in text order."""
        found: list[tuple[int, str, str]] = []
        for sent in doc.sents:
            words = sentence_words(sent)
            rebels: list[tuple[str, int, int]] = []  # (country, first token, end token)
            for sp in self.spans_in(sent):
                for e in self._entries(sp)[:1]:
                    if e.kind == "institution" and (self.kb.code_at(
                            e, self.ctx.published)[1] if e.roles else e.sector) == "REB" and (
                            country := self._entry_country(e)):
                        rebels.append((country, sp.start, sp.end))
            armed = "armed" in words.words
            if not rebels and REBEL_NOUNS.isdisjoint(words.words) and not armed:
                continue
            for i, lemma in enumerate(words.lemmas):
                if (lemma in REBEL_NOUNS or armed and lemma in ARMED_GROUP_NOUNS and any(
                        c.lower_ == "armed" for c in kids(words.tokens[i]))) and (
                        words.pos[i] == "NOUN") and (
                        self.kb_span_at(words.tokens[i]) is None):
                    r = self._resolve_one(words.tokens[i])
                    if r is not None and r.actor.sector == "REB" and r.actor.country:
                        rebels.append((r.actor.country, sent.start + i, sent.start + i + 1))
            for country, first, end in rebels:
                state = self._state_side(sent, country, first, end)
                if state is not None:
                    found.append((sent.start_char, country, state))
                    break
        return found

    def _state_side(self, sent: Span, country: str, first: int, end: int) -> str | None:
        """The sector of ``country``'s state side named in ``sent`` beside its armed group
        (tokens ``first`` to ``end``): MIL for its forces, GOV for its government or
        leaders, else None."""
        sectors = set()
        for sp in self.spans_in(sent):
            if first <= sp.start < end:
                continue
            for e in self._entries(sp)[:1]:
                if e.kind not in ("institution", "person"):
                    continue
                c, sector, _code = self.kb.code_at(e, self.ctx.published) if e.roles else (
                    e.country, e.sector, e.code)
                if c == country and sector in ("MIL", "GOV"):
                    sectors.add(sector)
        words = sentence_words(sent)
        if "MIL" not in sectors and not STATE_SIDE_NOUNS.isdisjoint(words.words):
            for i, lemma in enumerate(words.lemmas):
                t = words.tokens[i]
                if lemma not in STATE_SIDE_NOUNS or words.pos[i] not in ("NOUN", "PROPN") or (
                        first <= t.i < end) or self.kb_span_at(t) is not None:
                    # (a capitalised "the Government of Ethiopia" may be tagged a name)
                    continue
                if any(c.lower_ == "the" for c in lefts(t)) and not any(
                        c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in kids(t)):
                    # "fighting between the army and the RSF", "have fought the army since":
                    # a bare "the army" beside the armed group is the group's state's
                    sectors.add("GOV" if lemma in STATE_GOV_NOUNS else "MIL")
                    continue
                r = self._resolve_one(t)
                if r is not None and r.actor.country == country and (
                        r.actor.sector in ("MIL", "GOV")):
                    sectors.add(r.actor.sector)
        return "MIL" if "MIL" in sectors else "GOV" if "GOV" in sectors else None

    def _mediators(self, tok: Token) -> list[str]:
        """The countries told mediating in the last sentence at or before ``tok``'s that
        told any (see _find_mediators), else the sources of the mediation events (045) told
        so far; [] when the article told none."""
        doc = tok.doc
        if self._mediators_told is None or self._mediators_told[0] is not doc:
            self._mediators_told = (doc, self._find_mediators(doc))
        start = sent_of(tok).start_char
        told = [m for at, m in self._mediators_told[1] if at <= start]
        if told:
            return told[-1]
        found: list[str] = []
        for ev in self.ctx.events[-40:]:
            if ev.cameo == "045" and ev.source is not None and ev.source.country and (
                    ev.source.country not in found):
                found.append(ev.source.country)
        return found

    def _mediated_pair(self, tok: Token) -> list[str] | None:
        """The two countries the mediators of the article (:meth:`_mediators`) dealt with in
        the events told so far (their mediation, proposals, appeals), when those events
        name exactly two besides them; else None."""
        mediators = set(self._mediators(tok))
        if not mediators:
            return None
        found: list[str] = []
        for ev in self.ctx.events[-20:]:
            if ev.source is None or ev.target is None or ev.source.country not in mediators:
                continue
            c = ev.target.country
            if c and c not in mediators and c not in found and c not in REGIONS:
                found.append(c)
        return found if len(found) == 2 else None

    def _mediator_actors(self, tok: Token) -> list[ResolvedActor]:
        """"The facilitators will lead talks", "the mediators said": the mediating sides as
        the members of a group phrase (each its state's government, or the bloc itself)."""
        members = self._mediators(tok)
        return [ResolvedActor(Actor(text=self._np_text(tok), name=None,
                                    code=c + "GOV" if c in self.kb.country_codes else c,
                                    country=c, sector="GOV" if c in self.kb.country_codes
                                    else None, start=tok.idx, end=tok.idx + len(tok.text)),
                              "dyad", group=len(members), order=self.ctx.first_seen.get(c, 0))
                for c in members]

    def _find_mediators(self, doc: Doc) -> list[tuple[int, list[str]]]:
        """Per sentence that tells sides mediating -- a mediation noun with their
        nationalities or names ("under Saudi and American facilitation", "Qatari and Egyptian
        mediators", "mediation by Oman") or a mediation verb with them as its subject or
        agent ("talks brokered by Turkey and the UN", "Qatar mediated the deal") --
        (sentence start, their countries), in text order."""
        found: list[tuple[int, list[str]]] = []
        for sent in doc.sents:
            words = sentence_words(sent)
            if MEDIATION_NOUNS.isdisjoint(words.lemmas) and MEDIATION_VERBS.isdisjoint(
                    words.lemmas):
                continue
            named: list[Token] = []
            for i, lemma in enumerate(words.lemmas):
                t = words.tokens[i]
                if lemma in MEDIATION_NOUNS and words.pos[i] == "NOUN":
                    named += [c for c in kids(t) if c.dep_ in ("amod", "compound", "poss", "nmod")
                              and c.i < t.i]
                    named += [p for c in kids(t) if c.dep_ == "prep" and c.lower_ in (
                        "by", "of", "from") for p in kids(c) if p.dep_ == "pobj"]
                elif lemma in MEDIATION_VERBS and words.pos[i] == "VERB":
                    named += [c for c in kids(t) if c.dep_ == "nsubj"]
                    named += [p for c in kids(t) if c.dep_ == "agent"
                              for p in kids(c) if p.dep_ == "pobj"]
            countries: list[str] = []
            for t in named:
                for m in (t, *t.conjuncts):
                    country = self._nation_word(m.text) if m.pos_ == "ADJ" or (
                        m.ent_type_ == "NORP") else None
                    if country is None:
                        r = self._resolve_one(m)
                        country = r.actor.country if r is not None and r.kind in (
                            "country", "metonym", "igo", "person", "agent") else None
                    if country and country not in countries and country not in REGIONS:
                        countries.append(country)
            if countries:
                found.append((sent.start_char, countries))
        return found

    def _one_pair_before(self, tok: Token, sentences: int, recent: int,
                         kind: Callable[[Event], bool]) -> frozenset[str] | None:
        """The one pair of countries of the events of ``kind`` among the article's
        ``recent`` last that the ``sentences`` sentences before ``tok``'s told, or None
        when they tell none or several."""
        starts = {s.start_char for s in self._sentences_before(tok, sentences)}
        pairs = {frozenset((ev.source.country, ev.target.country))
                 for ev in self.ctx.events[-recent:]
                 if kind(ev) and ev.source is not None and ev.target is not None
                 and ev.source.country and ev.target.country
                 and ev.source.country != ev.target.country
                 and ev.evidence is not None and ev.evidence.start in starts}
        return next(iter(pairs)) if len(pairs) == 1 else None  # type: ignore[arg-type]

    def _pair_just_fought(self, tok: Token) -> list[str] | None:
        """The two countries of the force or charges the few sentences before ``tok``'s
        told (strikes, fire, attacks, accusations), when they tell one such pair only."""
        found = self._one_pair_before(tok, FOUGHT_LOOKBACK, 16, _fought)
        if found is None:
            return None
        main = frozenset(self.ctx.ranked[:2])
        if len(main) == 2 and any(
                frozenset((ev.source.country, ev.target.country)) == main
                for ev in self.ctx.events
                if _fought(ev) and ev.source is not None and ev.target is not None):
            return None  # (the article's main pair are adversaries: they stay "both sides")
        if found != main and not found <= set(self.ctx.ranked[:3]) and (
                self._main_pair_dealt()):
            # "X received Y ... He recalled a bombing that killed Y's nationals ... The two
            # sides agreed to keep in contact": the pair whose dealings the readout tells,
            # not a fight with a country it names in passing (a mediator's story keeps the
            # two who fought, both among its three most named)
            return None
        return sorted(found, key=lambda c: self.ctx.first_seen.get(c, 0))

    def _told_group(self, tok: Token, size: int) -> tuple[list[str] | None, str | None]:
        """The parties a group phrase at ``tok`` stands for, from what the article told just
        before, and the host among them (or None): "the two leaders", "the Parties", "the
        leaders" after a meeting, call or talks are its parties ("Modi met Albanese in
        Sydney. ... The two leaders agreed"), not the article's most named countries; after
        a host met several guests ("Lula hosted the presidents of A, B and C. The leaders
        discussed ...") they are the host and the guests, the host marked so that each
        guest is paired with the host only; "the four governments" after a list of four
        countries ("Mexico, Argentina, Bolivia and Colombia") are those four."""
        noun = group_lemma(tok)
        if size == 2 and noun in MEETING_NOUNS and (pair := self._third_place_pair(tok)):
            # "X hosted a meeting in Putrajaya between A and B. The two leaders agreed ...":
            # the two who met on the third side's ground, not the host and one of them
            return pair, None
        if noun in MEETING_NOUNS or (tok.lower_ in GROUP_NUMBERS and noun == tok.lower_):
            met, host = self._meeting_parties(tok)
            if met is not None and (len(met) == size or size == 0 and (
                    len(met) == 2 or host is not None)):
                # (a number keeps every pair: "the three leaders agreed to hold trilateral
                # summits" after "X hosted Y and Z" is an agreement of all three)
                return met, host if size == 0 else None
            guests = [c for c in met if c != host] if met is not None else []
            if host is not None and size == 2 and len(guests) == 2 and all(
                    self._received(host, g) for g in guests):
                # "Erdogan hosted the leaders of A and B ... the two leaders adopted a
                # declaration": the two guests of a host, not the host and one of them
                return guests, None
            if host is not None and size > 2 and len(guests) == size:
                # "X met the presidents of A, B, C, D and E ... the five presidents welcomed
                # the proposal": the guests, as many as the number says
                return guests, None
        if size >= 2:
            return self._last_list(tok, size), None
        return None, None

    def _named_pair(self, tok: Token) -> list[str] | None:
        """The two countries ``tok``'s sentence names outside the phrase, when it names
        exactly two (in the order the article introduced them), else None."""
        skip = {t.i for t in tok.subtree}
        for t in sent_of(tok):
            if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
                skip.update(x.i for x in t.subtree)  # ("talks in Moscow": a place)
        named = {c for c in self._sentence_countries(sent_of(tok), skip_tokens=frozenset(skip))
                 if c in self.kb.country_codes}
        # (two of the article's main countries: "a swap mediated by the UAE" names a third)
        if len(named) != 2 or not named <= set(self.ctx.ranked[:4]):
            return None
        return sorted(named, key=lambda c: self.ctx.first_seen.get(c, 0))

    def _received(self, host: str, guest: str) -> bool:
        """Whether the article's recent events tell ``host`` receiving ``guest`` (the guest's
        visit, the host's hosting): a mediator between two sides is not their host."""
        for ev in self.ctx.events[-12:]:
            if ev.source is None or ev.target is None:
                continue
            pair = (ev.source.country, ev.target.country)
            if ev.cameo == "043" and pair == (host, guest) or (
                    ev.cameo == "042" and pair == (guest, host)):
                return True
        return False

    def _sentences_before(self, tok: Token, count: int) -> list[Span]:
        """Up to ``count`` sentences before ``tok``'s, the nearest first."""
        out: list[Span] = []
        sent = sent_of(tok)
        while len(out) < count and sent.start > 0:
            sent = sent_of(tok.doc[sent.start - 1])
            out.append(sent)
        return out

    def _meeting_parties(self, tok: Token) -> tuple[list[str] | None, str | None]:
        """The countries of the meeting (talks, call, visit) told last in the few sentences
        before ``tok``'s, the one who met most of the others (host, caller) first; and the
        host, when one party met each of two or more others who did not meet each other
        ("Ruto met Museveni and Hassan in Nairobi"), else None."""
        for sent in self._sentences_before(tok, MEETING_LOOKBACK):
            seen: Counter[str] = Counter()
            pairs: set[frozenset[str]] = set()
            told = [ev for ev in self.ctx.events[-40:] if ev.root == "04" and (
                ev.source is not None and ev.target is not None and ev.evidence is not None
                and ev.evidence.start == sent.start_char)]
            main = [ev for ev in told if _told_by(ev, _main_verbs(sent))]
            if main:
                # "On the margins of the summit, X met A, B and C": the meetings the main
                # verb told, not the summit the frame names (nor a visit in a side clause)
                told = main
            mediated = [ev for ev in told if ev.cameo == "045"]
            if mediated and len(mediated) < len(told):
                # "agreed after talks mediated by Lavrov": the sides who talked, not their
                # mediator (a party of no pair of its own)
                told = [ev for ev in told if ev.cameo != "045"]
            for ev in told:
                a = ev.source.country if ev.source is not None else None
                b = ev.target.country if ev.target is not None else None
                if a and b and a != b and frozenset((a, b)) not in pairs:
                    pairs.add(frozenset((a, b)))
                    seen[a] += 1
                    seen[b] += 1
            if seen:
                ranked = sorted(seen, key=lambda c: (-seen[c], self.ctx.first_seen.get(c, 0)))
                if len(ranked) < 2:
                    return None, None
                hub = ranked[0]
                host = hub if len(ranked) > 2 and all(hub in p for p in pairs) else None
                return ranked, host
        return None, None

    def _hosted_pair(self, tok: Token) -> list[str] | None:
        """The two guests of a host who received each of them in the last sentence of the few
        before ``tok``'s that told meetings ("X hosted a session in Nairobi between A and
        B"), else None."""
        met, host = self._meeting_parties(tok)
        if met is None or host is None:
            return None
        guests = [c for c in met if c != host]
        if len(guests) == 2 and all(self._received(host, g) for g in guests):
            return guests
        return None

    def _third_place_pair(self, tok: Token) -> list[str] | None:
        """The two countries of the one meeting on a third side's ground (044) told in the
        latest of the few sentences before ``tok``'s that told meetings, when that sentence
        also tells a third country hosting (043): else None."""
        for sent in self._sentences_before(tok, MEETING_LOOKBACK):
            told = [ev for ev in self.ctx.events[-40:] if ev.root == "04" and (
                ev.source is not None and ev.target is not None and ev.evidence is not None
                and ev.evidence.start == sent.start_char)]
            if not told:
                continue
            third = {frozenset((ev.source.country, ev.target.country)) for ev in told
                     if ev.cameo == "044" and ev.source.country and ev.target.country
                     and ev.source.country != ev.target.country}
            if len(third) != 1:
                return None
            (pair,) = third
            hosts = {ev.source.country for ev in told if ev.cameo == "043"
                     and ev.source.country and ev.source.country not in pair}
            # (or told as the guests' visit to it: "X hosted a meeting in Putrajaya between
            # A and B" coded as A's visit to X and A's meeting with B)
            hosts |= {ev.target.country for ev in told if ev.cameo == "042"
                      and (ev.rule or "").startswith(HOSTING_RULES)
                      and ev.target.country and ev.target.country not in pair
                      and ev.source.country in pair}
            if not hosts:
                # (a meeting abroad with no host told, or calls a third side made to each,
                # coded by place: the pair as before)
                return None
            if self._main_pair_dealt() and not pair & set(self.ctx.ranked[:2]):
                # "A and B met in Aqaba ... The host's talks were also attended by C and
                # D. The two sides agreed to meet again": the story's pair, who met, not two
                # less named guests
                return None
            return sorted(pair, key=lambda c: self.ctx.first_seen.get(c, 0))
        return None

    def _main_pair_dealt(self) -> bool:
        """Whether the article's two most named countries have met, talked or agreed with
        each other (roots 03 to 06, no mediation) in the events told so far: a readout of
        their dealings, whose "the two sides" are that pair."""
        main = frozenset(self.ctx.ranked[:2])
        return len(main) == 2 and any(
            ev.source is not None and ev.target is not None
            and frozenset((ev.source.country, ev.target.country)) == main
            and ev.root in ("03", "04", "05", "06") and ev.cameo != "045"
            for ev in self.ctx.events)

    def _last_list(self, tok: Token, size: int) -> list[str] | None:
        """The countries of the last list of ``size`` countries or people of different
        countries told before ``tok`` ("Mexico, Argentina, Bolivia and Colombia ... the four
        governments"), in this sentence or the few before."""
        # (a pair is looked for in the sentence itself only: "the two countries" further on
        # are more often the article's main pair)
        back = LIST_LOOKBACK if size > 2 else 0
        if size >= LISTED_ONLY:
            # (a list of five or more is rare enough to be the one meant anywhere before:
            # "each of the five countries" near the end of a summit readout)
            back = LIST_LOOKBACK * 5
        sents = [sent_of(tok), *self._sentences_before(tok, back)]
        for sent in sents:
            best: list[str] | None = None
            for t in sent:
                if t.i >= tok.i:
                    break
                if t.dep_ in ("conj", "appos"):
                    continue
                if sent.start == sent_of(tok).start and _aside_list(t, tok):
                    continue
                members = [t, *t.conjuncts]
                for a in kids(t):
                    if a.dep_ == "appos":
                        # "Mexico, Argentina, Bolivia and Colombia": the parser may hang
                        # the rest of the list on the first name as an apposition
                        members += [a, *a.conjuncts]
                if len(members) < 2:
                    continue
                countries: list[str] = []
                for m in members:
                    c = self._listed_country(m)
                    if c and c not in countries:
                        countries.append(c)
                if len(countries) == size:
                    best = countries
            if best is not None:
                return best
        return None

    def _listed_country(self, tok: Token) -> str | None:
        """The country a member of a list names: a country, its capital, one of its people."""
        span = self.kb_span_at(tok)
        if span is None:
            if tok.pos_ == "NOUN" and self.kb.agent_sector(tok.lemma_.lower()):
                # "officials in Canberra and Wellington" (parsed as "officials in Canberra"
                # and "Wellington"): the place the people are in
                for c in kids(tok):
                    if c.dep_ == "prep" and c.lower_ in ("in", "from", "of"):
                        for p in kids(c):
                            if p.dep_ == "pobj":
                                return self._listed_country(p)
            if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and self.kb.title_sector(c.text)
                                           for c in kids(tok)):
                # "President Berdimuhamedov of Turkmenistan": a titled name the KB does not
                # know, placed by its of-phrase
                for c in kids(tok):
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in kids(c):
                            if p.dep_ == "pobj" and p.pos_ == "PROPN":
                                return self._listed_country(p)
            return None
        for e in self._entries(span):
            if e.kind in ("country", "metonym", "person"):
                c = self._entry_country(e)
                if c and c in self.kb.country_codes:
                    return c
        return None

    def group_actors(self, tok: Token, size: int) -> list[ResolvedActor]:
        """The ``size`` parties of a group phrase at ``tok``, with no other side to fit to."""
        return fit_group(self._dyad_actors(tok, size, phrase=False), [])

    def _group_size(self, tok: Token) -> int | None:
        """How many parties a group phrase names: "the two sides", "both leaders" (2), "the
        three leaders" (3), "the leaders" (0: the group last talked about); None when the
        phrase is not a group reference."""
        head = quantified_group(tok)
        if head is not tok:
            return self._group_size(head)  # "each of the five countries"
        regional = self.regional_members(tok)
        if regional is not None:
            return len(regional) or None  # "the Gulf states" the article named
        words = {c.lower_ for c in lefts(tok)}
        if tok.tag_ in ("NNS", "NNPS") and words & OTHER_WORDS:
            # "Assad and three other officials", "the other leaders": people besides those
            # named, no parties of the article
            return None
        if tok.lower_ in ("both", "sides") and ("both" in words or tok.lower_ == "both"):
            return 2
        if (tok.lower_ == "side" or tok.lemma_.lower() in EACH_NOUNS) and words & {
                "each", "either"}:
            # "each side accused the other", "either side" of a dispute, "each country
            # blamed the other"
            return 2
        if tok.tag_ == "NN" and group_lemma(tok) in EACH_PARTY_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "each" for c in kids(tok)) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep", "nummod") for c in kids(tok)):
            # "each leader praised the other", "each delegation accused the other": the
            # two parties told last (not "each member state", "each government of the bloc")
            return 2
        if tok.lower_ in GROUP_NUMBERS and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and (
                GROUP_NUMBERS[tok.lower_] < LISTED_ONLY or words & DEFINITE_WORDS):
            # "the two will have a meeting", "the five" (not "five were killed": people)
            return GROUP_NUMBERS[tok.lower_]
        if tok.lower_ in ("pair", "duo") and "the" in words and not any(
                c.dep_ == "prep" for c in kids(tok)):
            return 2  # "the pair agreed to ..." (not "a pair of frigates")
        lemma = group_lemma(tok)
        if lemma in MEDIATOR_NOUNS and "the" in words and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") for c in kids(tok)):
            # "the facilitators thank ...", "the mediators said ...": those told mediating;
            # not as the ones who "lead talks" or "meet": talks they lead are the parties'
            # (mediated), no talks among the mediators
            verb = tok.head
            if tok.dep_ in ("nsubj", "nsubjpass") and (
                    verb.lemma_.lower() in MEETING_VERBS or any(
                        c.dep_ in ("dobj", "prep") and any(
                            g.lemma_.lower() in TALK_NOUNS for g in (c, *kids(c)))
                        for c in kids(verb))):
                return None
            return len(self._mediators(tok)) or None
        if lemma in WARRING_NOUNS and tok.tag_ in ("NNS", "NNPS") and "the" in words and (
                words & WARRING_WORDS):
            # "the warring parties", "the warring sides", "the warring factions": the two
            # sides of the fight the article tells
            return 2
        if lemma not in GROUP_NOUNS and not (lemma in RANKED_NOUNS and "world" in words and (
                words & RANK_WORDS)):
            return None
        if lemma == "party" and (tok.text != "Parties" and (
                any(c.dep_ in ("amod", "compound") for c in kids(tok))
                or tok.dep_ == "pobj" and tok.head.lower_ == "of")):
            # "both Parties" of a treaty, "mediation between the two parties" are the sides;
            # "voters of both parties", "the two main parties" are political parties
            return None
        if "both" in words:
            return 2
        for w in words:
            if w in GROUP_NUMBERS:
                if GROUP_NUMBERS[w] >= LISTED_ONLY and not words & DEFINITE_WORDS:
                    return None  # "five officials were expelled": people counted, no group
                return GROUP_NUMBERS[w]
        if tok.tag_ in ("NNS", "NNPS") and lemma in ("leader", "side", "minister",
                                                    "president", *AIDE_NOUNS) and (any(
                c.lower_ == "the" for c in lefts(tok)) or _bare_opening_subject(tok)) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep") for c in kids(tok)):
            # "the leaders agreed": the leaders the article is about (so too a bare "Leaders
            # also agreed ..." opening the sentence, as summit statements write it)
            return 0
        if tok.tag_ == "NNS" and lemma == "head" and any(
                c.lower_ == "the" for c in lefts(tok)) and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in ("state", "government") and not any(
                        d.dep_ in ("det", "poss", "nummod", "amod") for d in kids(p))
                    for p in kids(c)) for c in kids(tok)):
            return 0  # "the heads of state signed ...": the leaders the article is about
        if tok.lower_ == "parties" and any(c.lower_ == "the" for c in lefts(tok)) and (
                tok.text == "Parties" or not any(
                    c.dep_ in ("amod", "compound", "poss", "prep", "nummod") for c in kids(tok))
                and any(t.lemma_.lower() in PACT_WORDS for t in sent_of(tok))):
            # "The Parties have committed to ...": a treaty's parties; "under the deal, the
            # parties commit to ...": the sides of the deal told (not "the ruling parties",
            # nor "the parties agreed to form a coalition": no pact named)
            return 0
        if tok.tag_ in ("NNS", "NNPS") and lemma in ("neighbour", "neighbor") and any(
                c.lower_ == "the" for c in lefts(tok)) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep", "nummod") for c in kids(tok)):
            return 0  # "a treaty between the neighbours": the pair the article is about
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "their"
                                               for c in kids(tok)) and not any(
                c.dep_ in ("amod", "compound") for c in kids(tok)):
            return 0  # "the leaders agreed that their governments would ..."
        return None

    def _agent_group(self, tok: Token) -> list[ResolvedActor]:
        """Agents of several countries in one plural phrase: "Chinese and American
        diplomats", "the foreign ministers of India and China", "officials from Japan, China
        and South Korea" -- one actor per country, with the agent noun's sector."""
        if tok.tag_ != "NNS":
            return []
        sector = self._agent_sector(tok)
        if sector is None:
            national = self._national_class(tok)  # "French and German travellers"
            if national is None:
                return []
            sector = national.sector
        named: list[Token] = []
        for c in kids(tok):
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                # ("U.S. and Philippine service members": the first parsed as an nmod)
                named += [c] + [x for x in c.conjuncts if x.i < tok.i]
            elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in kids(c):
                    if p.dep_ == "pobj":
                        named += [p] + list(p.conjuncts)
        countries: list[str] = []
        for t in named:
            span = self.kb_span_at(t)
            # (a word of a longer name is that name: "Papua New Guinean officials" are not
            # Guinea's too)
            country = self._nation_word(t.text) if span is None or len(span) == 1 or (
                span.start <= tok.i < span.end) else self._nation_word(span.text)
            if country is None:
                r = self._resolve_one(t) if t.pos_ == "PROPN" else None
                country = r.actor.country if r is not None and r.kind in (
                    "country", "metonym") else None
            if country and country not in countries:
                countries.append(country)
        if len(countries) < 2:
            return []
        out = []
        for country in countries:
            code = country + sector if sector and len(country) == 3 else country
            out.append(ResolvedActor(Actor(text=self._np_text(tok), name=None, code=code,
                                           country=country, sector=sector, start=tok.idx,
                                           end=tok.idx + len(tok.text)), "agent"))
        return out

    def _subject_group(self, sent: Span) -> list[str] | None:
        """The group :meth:`_subject_group_of` finds; a pair is also kept for a few sentences
        (:meth:`_recent_pair`)."""
        by_phrase = self._pair_by_phrase
        self._pair_by_phrase = False
        group = self._subject_group_of(sent)
        if group is not None and group is self.ctx.last_group:
            self._pair_by_phrase = by_phrase  # ("They also agreed ...": as told before)
        if group is not None and len(group) == 2:
            self._pair_told = (sent.start, list(group))
        elif group is not None and len(group) > 2:
            self._wide_told = (sent.start, list(group))
        return group

    def _wider_group(self, tok: Token, pair: list[str]) -> tuple[list[str], str | None] | None:
        """"The three leaders met ... Biden and Kishida praised Yoon ... The leaders agreed
        to ...": a plain "the leaders" after a sentence whose subject was two of a summit's
        parties are all of them -- the group of three or more a sentence shortly before had
        as its subject, or the parties of a meeting told shortly before -- when the pair is
        part of it (with the meeting's host, if one met each of the others); else None."""
        if len(pair) != 2 or self._pair_by_phrase:
            # ("The two sides agreed ... The ministers also discussed ...": a pair told as
            # a pair stays the pair)
            return None
        lemma = group_lemma(tok)
        if lemma not in MEETING_NOUNS or any(c.dep_ == "nummod" for c in kids(tok)):
            return None
        if self._wide_told is not None:
            at, wide = self._wide_told
            if set(pair) < set(wide) and any(
                    s.start == at for s in self._sentences_before(tok, 2 * MEETING_LOOKBACK)):
                return list(wide), None
        met, host = self._meeting_parties(tok)
        if met is not None and len(met) > 2 and set(pair) < set(met):
            return met, host
        return None

    def _recent_pair(self, tok: Token) -> list[str] | None:
        """The pair a sentence shortly before ``tok``'s had as its subject ("Somalia's
        president and Ethiopia's prime minister came to Ankara. Erdogan received each of
        them. ... The two leaders adopted a declaration"), else None."""
        if self._pair_told is None:
            return None
        at, pair = self._pair_told
        if any(s.start == at for s in self._sentences_before(tok, MEETING_LOOKBACK)):
            return list(pair)
        return None

    def _subject_group_of(self, sent: Span) -> list[str] | None:
        """The countries of a group that is the subject of the sentence's main verb: a group
        phrase ("the two sides") or coordinated actors of different countries ("Biden and
        Xi"); "they" in the next sentence refers to it."""
        host_before, self._last_host = self._last_host, None
        subj = next((c for c in kids(sent.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("they", "we") and self.ctx.last_group:
            self._last_host = host_before
            return self.ctx.last_group  # "They also agreed ...": still the same group
        regional = self.regional_members(subj)
        if regional is not None:
            # "The Central Asian leaders praised ...": "they" next are those states
            return regional if len(regional) >= 2 else None
        size = self._group_size(subj)
        if size is not None:
            self._pair_by_phrase = True
            met, host = self._told_group(subj, size) if size == 0 else (None, None)
            if host is not None and met is not None and not (
                    size == 0 and self.ctx.last_group):
                # "The leaders discussed ..." after a host met several guests: "they" in
                # the next sentence are still the host and the guests
                self._last_host = host
                return met
            if size == 0:
                if self.ctx.last_group:
                    wide = self._wider_group(subj, list(self.ctx.last_group))
                    if wide is not None:
                        self._last_host = wide[1]
                        return wide[0]
                return self.ctx.last_group or self.group_countries(2)
            # the members the phrase stood for in the events of its own sentence ("Ethiopia
            # and Somalia ... The two sides agreed ...": "they" next are those two, not the
            # article's two most named countries)
            members: list[str] = []
            for ev in reversed(self.ctx.events[-12:]):
                if ev.evidence is None or ev.evidence.start != sent.start_char:
                    break
                for a in (ev.source, ev.target):
                    if a is not None and a.start == subj.idx and a.country and (
                            a.country not in members):
                        members.append(a.country)
            if len(members) == size:
                return sorted(members, key=lambda c: self.ctx.first_seen.get(c, 0))
            return self.group_countries(size)
        countries: list[str] = []
        heads = [subj, *conjuncts(subj)]
        for ap in subj.children:
            if ap.dep_ == "appos":
                # "Indonesia's minister, A, and Malaysia's minister, B, led ...": the parser
                # hangs the second member on the first one's appositive name
                heads.extend(c for c in ap.conjuncts if c not in heads)
        for h in heads:
            r = self._resolve_one(h)
            c = r.actor.country if r is not None else None
            if c and c not in countries:
                countries.append(c)
        if len(countries) == 1:
            return self._subject_met(sent, countries[0])
        return countries if len(countries) >= 2 else None

    def _subject_met(self, sent: Span, country: str) -> list[str] | None:
        """"Blinken met Lourenco in Luanda. They discussed ...": a one-party subject whose
        main verb told one meeting (talks, a call, a visit) with one other country; "they"
        in the next sentence are the two."""
        words = _main_verbs(sent)
        pairs: set[frozenset[str]] = set()
        for ev in reversed(self.ctx.events[-12:]):
            if ev.evidence is None or ev.evidence.start != sent.start_char:
                break
            if ev.root != "04" or ev.source is None or ev.target is None or (
                    not _told_by(ev, words)) or not (ev.source.name and ev.target.name) or (
                    not (ev.source.sector and ev.target.sector)):
                # (two people who met: not a visit to a place, "Liu visited Switzerland")
                continue
            a, b = ev.source.country, ev.target.country
            if a and b and a != b and country in (a, b):
                pairs.add(frozenset((a, b)))
        if len(pairs) != 1:
            return None
        (pair,) = pairs
        return sorted(pair, key=lambda c: self.ctx.first_seen.get(c, 0))


def _bare_opening_subject(tok: Token) -> bool:
    """Whether ``tok`` is a plural subject with no determiner that opens its sentence
    ("Leaders also granted ...", "Ministers agreed ..."): the ones the article is about, as a
    summit's statement writes them, not people counted or qualified."""
    return tok.i == sent_of(tok).start and tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.text[:1].isupper()) and not any(c.dep_ in ("det", "nummod") for c in kids(tok))
