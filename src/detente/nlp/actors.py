"""Actor recognition: the within-article resolver.

The ``detente_actors`` component (:mod:`.actor_ruler`) only marks knowledge-base matches
(``doc.spans["actors"]``, with the candidate entries in ``doc._.actor_entries[(start, end)]``).
Turning a noun phrase into a coded actor needs the article (its date, the people already
introduced, its main dyad), so that is done by :class:`ActorResolver`, one per article.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB, KBEntry, Role
from detente.model import Actor, Event
from detente.nlp.actor_ruler import (  # noqa: F401  (registers the component and extension)
    ActorRuler,
    fold_diacritics,
    make_actor_ruler,
)
from detente.nlp.clauses import MEDIATION_VERBS, enumerated_members
from detente.nlp.status import load_cues
from detente.resolve.places import Gazetteer

# Tokens that may carry a nationality inside a noun phrase.
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
# Dependencies followed when an argument noun is not an actor itself ("Biden's order",
# "countries led by the United States", "the leaders of China").
SEARCH_DEPS = {"poss", "compound", "amod", "nmod", "prep", "pobj", "acl", "agent", "appos",
               "conj", "cc", "relcl"}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
# bare definite nouns for a kind of actor, and the kind of entry they refer back to
KIND_NOUNS = {"alliance": "igo", "bloc": "igo", "union": "igo", "kingdom": "country"}
# nouns for one person of a side that are no title: "Japan's top diplomat ... She urged"
PERSON_NOUNS = frozenset({"official", "leader", "diplomat", "negotiator", "commander",
                          "general", "adviser", "advisor", "spokesperson", "representative",
                          "delegate", "lawmaker", "counterpart"})
# words of a title that narrow the office: "the minister" is not the Prime Minister nor a
# Deputy Minister, "the president" not the Vice President
TITLE_RANKS = frozenset({"vice", "deputy", "prime", "assistant", "under", "acting",
                         "junior", "associate", "executive", "chief", "senior"})
# words of a title phrase that say nothing of the office ("the new foreign minister")
TITLE_NOISE = frozenset({"the", "new", "top", "current", "visiting", "incumbent", "then",
                         "his", "her", "its", "their", "of", "for", "'s", "country", "nation",
                         "first", "second", "last", "only", "sole"})
TITLE_SAME = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
              "spokespeople": "spokesperson", "defense": "defence", "ministers": "minister",
              "minster": "minister"}
# group nouns whose members are the people of a meeting, named: "the two ministers", "both
# leaders", "the two sides", "the pair" ("the two countries" are countries)
PRINCIPAL_NOUNS = frozenset({"minister", "leader", "president", "premier", "chancellor",
                             "side", "delegation", "pair", "man", "woman", "official",
                             "diplomat", "envoy", "secretary", "chief", "general"})
# bloc and region codes that a more specific country in the same phrase should replace
REGIONS = {"WST", "EUR", "AFR", "ASA", "MEA", "LAM", "NAF", "SAM", "CAS", "SAS", "SEA", "EAF",
           "WAF", "BLK", "CRB", "CAU"}
# countries and territories that news calls "the island"
ISLAND_COUNTRIES = frozenset({"TWN", "CUB", "JPN", "PHL", "LKA", "IRL", "ISL", "NZL", "SGP",
                              "CYP", "MLT", "HTI", "DOM", "JAM", "MDG", "FJI", "BHR", "MUS",
                              "GRL", "PRI", "GUM", "HKG", "MAC", "BRB", "TTO", "BHS", "CPV",
                              "COM", "SYC", "MDV", "TLS", "BRN", "PNG", "SLB", "VUT", "WSM",
                              "TON"})
#: ``ArticleContext.by_noun`` key of the last military rulers named ("the junta", "the
#: putschists")
JUNTA = "<junta>"
# a divided country's halves that news names by their compass point once the country is named:
# "the North" after North Korea, "the South" after South Korea or South Sudan. For each word,
# the countries (in order of preference) and the article countries that make the reading sure.
HALVES = {"north": (("PRK", ("PRK", "KOR")),),
          "south": (("KOR", ("KOR", "PRK")), ("SSD", ("SSD",)))}
# words news uses for one office: "the U.S. envoy ... Ambassador Jane Roe"
OFFICE_SAME = {"envoy": "ambassador"}
# group phrases: "the two sides", "the three leaders", "both governments"
GROUP_NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
GROUP_NOUNS = {"side", "country", "leader", "nation", "president", "government", "military",
               "power", "economy", "man", "official", "minister", "diplomat", "delegation",
               "neighbor", "neighbour", "ally", "capital", "chief", "general"}
# sectors of actors that are coded by where they act when no nationality is given:
# "protesters in Tbilisi" (GEO CVL), "police in Lahore" (PAK COP), "rebels in Darfur" (SDN REB)
LOCAL_SECTORS = frozenset({"CVL", "COP", "REB", "SEP", "INS", "OPP", "LAB", "AGR", "CRM"})
# armed non-state sectors: their fighters and envoys are of the group, not of its country's
# army or government ("fighters of the Pakistani Taliban")
GROUP_SECTORS = frozenset({"REB", "OPP", "SEP", "INS", "UAF"})
# nouns for the people or units of an organisation: "members of X", "fighters of X"
MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "gunman", "leader", "commander",
                          "representative", "negotiator", "delegate", "delegation", "envoy",
                          "official", "spokesman", "spokeswoman", "spokesperson", "unit",
                          "force", "supporter", "troop", "soldier"})
# nouns that point back to the region named before: "the region's separatist forces"
REGION_NOUNS = frozenset({"region", "enclave", "province", "territory", "breakaway region"})
# a generic organ name that also names an IGO's organ, taken as the country's own when a
# country owns it: "Russia's Security Council" (RUS GOV), not the UN's
ORGAN_SECTORS = {"council": "GOV", "commission": "GOV", "assembly": "LEG",
                 "parliament": "LEG", "court": "JUD"}


# names of a state organ that many countries have, which the knowledge base gives to the
# United States: a bare "Senate" in "Senate President Bukola Saraki" or in a sentence about
# the Philippines is that country's, not the US Senate. Lower case, as matched, with the
# countries that have an organ of that name (None: any country)
GENERIC_ORGANS: dict[str, frozenset[str] | None] = {
    "senate": frozenset({"AFG", "ARG", "AUS", "BDI", "BEL", "BOL", "BRA", "CAN", "CHL", "CMR",
                         "COD", "COL", "CZE", "DOM", "ESP", "FRA", "GAB", "HTI", "IRL", "ITA",
                         "JOR", "KAZ", "KEN", "LBR", "MDG", "MEX", "NGA", "NLD", "PAK", "PHL",
                         "POL", "PRY", "ROU", "RWA", "THA", "URY", "ZWE"}),
    "congress": frozenset({"ARG", "BRA", "CHL", "COL", "DOM", "ESP", "GTM", "HND", "MEX", "PER",
                           "PHL", "PRY"}),
    "house of representatives": frozenset({"AUS", "BEL", "COL", "CYP", "FJI", "IDN", "JAM",
                                           "JPN", "LBR", "MAR", "MYS", "NGA", "NLD", "NZL",
                                           "PHL", "THA"}),
    "national security council": None, "nsc": None,
    "treasury": frozenset({"GBR", "AUS", "NZL", "IRL"}),
    "department of justice": frozenset({"PHL", "CAN", "IRL", "ZAF"}),
    "justice department": frozenset({"PHL", "CAN", "IRL", "ZAF"}),
    "department of agriculture": frozenset({"PHL", "IRL"}),
    "department of energy": frozenset({"PHL", "ZAF"}),
    # the KB's China's, but any ruling communist party's
    "communist party": frozenset({"VNM", "LAO", "CUB", "PRK"}),
    "politburo": frozenset({"VNM", "LAO", "CUB", "PRK"}),
}
# sectors of agent nouns that, with no nationality, are of the country where the sentence
# takes place ("the regime", "police", "rebels", "civilians"), and agent nouns that are not
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "INS", "SEP", "OPP", "CVL",
                          "LAB", "AGR", "MED", "HLH", "CRM"})
NOT_HOME_NOUNS = frozenset({"side", "party", "counterpart", "leader", "delegation", "embassy",
                            "consulate", "mission", "ambassador", "envoy", "diplomat",
                            "negotiator", "state", "national", "tourist", "coalition",
                            "peacekeeper", "consul", "leadership", "media", "journalist",
                            "reporter", "newspaper", "news agency", "migrant", "refugee",
                            "asylum seeker", "settler", "missile", "rocket", "drone", "jet",
                            "aircraft", "warplane", "bomber", "fighter jet", "ship", "vessel",
                            "warship", "tank", "artillery"})
# the dependents of a verb that are its other parties ("the regime bombed rebel positions
# near Damascus": the positions are not where the regime is from)
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "iobj"})
PARTY_PREPS = frozenset({"against", "on", "with", "to", "toward", "towards", "at", "from",
                         "over", "for", "into", "upon", "by", "between", "among"})
# peoples who live in several countries: "Kurdish fighters" are of the country the sentence
# or article is about among these, else of the first
PEOPLES = {"kurdish": ("IRQ", "TUR", "SYR", "IRN"), "kurd": ("IRQ", "TUR", "SYR", "IRN"),
           "tamil": ("LKA", "IND"), "kashmiri": ("IND", "PAK"), "pashtun": ("AFG", "PAK"),
           "druze": ("ISR", "SYR", "LBN"), "punjabi": ("PAK", "IND"),
           "bengali": ("BGD", "IND"), "azeri": ("AZE", "IRN")}
# sectors of a state's own bodies: "the government", "the army", "the police"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
LOCATION_PREPS = frozenset({"in", "near", "inside", "outside", "across", "around",
                            "throughout", "within"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state",
                         "capital", "area", "border", "county", "territory", "camp", "part",
                         "street", "enclave", "countryside", "suburb", "neighborhood",
                         "neighbourhood", "outskirts"})
REPORT_VERBS = frozenset({"say", "report", "tell", "announce", "confirm", "claim", "add"})
# words of a sentence that place "Georgia" in the United States, and words that place it in
# the Caucasus
GEORGIA_US = frozenset({"atlanta", "savannah", "augusta", "kemp", "raffensperger", "warnock",
                        "ossoff", "fulton", "governor", "gov.", "republican", "republicans",
                        "democrat", "democrats", "democratic", "gop", "county", "legislature",
                        "runoff", "state's", "statehouse", "peach", "bulldogs", "tech"})
# compass adjectives: capitalised, "Western" is the West's ("Western sanctions"); in lower case
# they tell a direction ("the western Lviv region", "in eastern Ukraine") unless they qualify
# people or states ("western forces", "western governments")
COMPASS_ADJECTIVES = frozenset({"western", "eastern", "northern", "southern"})
BLOC_NOUNS = frozenset({"country", "nation", "power", "capital", "ally", "world", "democracy"})
GEORGIA_CAUCASUS = frozenset({"tbilisi", "abkhazia", "ossetia", "russia", "russian", "georgian",
                              "georgians", "nato", "eu", "kremlin", "moscow", "saakashvili",
                              "kobakhidze", "garibashvili", "zourabichvili", "ivanishvili",
                              "caucasus", "batumi"})


@functools.cache
def _shared_gazetteer() -> Gazetteer:
    """One read-only gazetteer per process for resolvers built without one."""
    return Gazetteer.load()


def _same_name(mod: Token, head: Token) -> bool:
    """Whether ``mod`` is a part of the same person's name as ``head`` ("Frances" in
    "Frances Adamson"), which the model tags as one PERSON entity."""
    if mod.ent_type_ != "PERSON" or head.ent_type_ != "PERSON" or mod.i >= head.i:
        return False
    return all(t.ent_iob_ == "I" for t in head.doc[mod.i + 1: head.i + 1])


def _pro_or_anti(tok: Token) -> bool:
    """"pro-Russian", "anti-American": a side taken, not a nationality."""
    low = tok.lower_
    if low.startswith(("pro-", "anti-")):
        return True
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in ("pro", "anti", "pro-", "anti-"):
        return True
    return bool(prev is not None and prev.text == "-" and tok.i > 1
                and doc[tok.i - 2].lower_ in ("pro", "anti"))


@dataclass
class ResolvedActor:
    actor: Actor
    kind: str  # person, country, metonym, institution, igo, media, agent, ner, coref, dyad
    key: str | None = None  # KB key or a surname key, for coreference
    group: int = 0  # for kind "dyad": how many parties the phrase names (0: as many as known)
    order: int = 0  # for kind "dyad": where the article first named this member


@dataclass
class ArticleContext:
    published: date | None
    people: dict[str, ResolvedActor] = field(default_factory=dict)  # surname/name -> actor
    last_person: ResolvedActor | None = None
    country_counts: Counter[str] = field(default_factory=Counter)
    main_dyad: tuple[str, str] | None = None
    # countries of the article, most named first (ties: first named first), and where each
    # was first named: a group ("the three leaders") is the top N, listed in text order
    ranked: list[str] = field(default_factory=list)
    first_seen: dict[str, int] = field(default_factory=dict)
    # the last group a sentence had as its subject ("the two sides", "Biden and Xi"):
    # "they" in the next sentence
    last_group: list[str] | None = None
    # person key -> title words the article used with the name ("secretary", "state")
    titles_seen: dict[str, set[str]] = field(default_factory=dict)
    # the body (ministry, government, country) that was the last sentence's subject: "it"
    last_body: ResolvedActor | None = None
    # events reported so far, for "the drills", "the measures"
    events: list[Event] = field(default_factory=list)
    # "the ministry", "the embassy": the last actor named with the same noun
    by_noun: dict[str, ResolvedActor] = field(default_factory=dict)
    # the country of the last region named ("Nagorno-Karabakh" -> AZE): "the region's ..."
    last_region: str | None = None
    # the person who was the subject of the sentences before ("He also urged ..."), not a
    # person named in an object or after a preposition there
    subject_person: ResolvedActor | None = None
    # office holders introduced by office and country but not yet by name ("the U.S.
    # ambassador"), by the words of the office: a name given the same title later
    # ("Ambassador Jane Roe") is theirs
    unnamed: dict[frozenset[str], ResolvedActor] = field(default_factory=dict)


#: ``doc.user_data`` key of the article's country counts over the whole text, and where each
#: country was first named (character offsets), set by the Coder
COUNTRY_COUNTS = "detente.country_counts"


class ActorResolver:
    """Codes noun phrases as actors, with the article's memory of who was introduced."""

    def __init__(self, kb: ActorKB, published: date | None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.kb = kb
        self.ctx = ArticleContext(published=published)
        self._gazetteer = gazetteer
        # token index -> knowledge-base span covering it, built once per document
        self._span_doc: Doc | None = None
        self._span_of: dict[int, Span] = {}
        # (doc, sentence start, span skipped, tokens skipped) -> countries the sentence names
        self._sent_countries: dict[tuple[int, int, int, int], list[str]] = {}
        # names being resolved (a name and a title in apposition lead to each other)
        self._naming: set[int] = set()

    # -- article pass ----------------------------------------------------------------------
    def prime(self, doc: Doc) -> None:
        """First pass over the whole article: count countries to find its main dyad.

        The Coder hands over the counts of the whole text in ``doc.user_data[COUNTRY_COUNTS]``
        (``Prefilter.country_counts``), so that they do not depend on what the pre-filter
        left to parse; without them (a doc parsed directly) they are counted here."""
        # A country's weight: its mentions, with people counting double (the article's
        # participants are its people; a country can be named as a topic) and the lead
        # sentence counting three times (news puts who did what to whom first).
        given = doc.user_data.get(COUNTRY_COUNTS)
        if given is not None:
            counts, first = Counter(given[0]), dict(given[1])
            self._recount_in_context(doc, counts, first)
            self._rank(counts, first)
            return
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        lead_end = next(iter(doc.sents)).end if len(doc) else 0
        for span in doc.spans.get("actors", []):
            entries = doc._.actor_entries.get((span.start, span.end), [])
            country = (self._owner_in_context(entries[0], span) or self._entry_country(
                entries[0])) if entries else None
            if country and country not in REGIONS:
                weight = 2 if entries[0].kind == "person" else 1
                counts[country] += weight * (3 if span.start < lead_end else 1)
                first.setdefault(country, span.start)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                c = self._nation_word(ent.text)
                if c and c not in REGIONS:
                    counts[c] += 3 if ent.start < lead_end else 1
                    first[c] = min(first.get(c, ent.start), ent.start)
        self._rank(counts, first)

    def _recount_in_context(self, doc: Doc, counts: Counter[str], first: dict[str, int]
                            ) -> None:
        """Move the text's counts of a name that stands for another country in its sentence
        ("the Senate" of Nigeria, "Atlanta, Georgia") to that country."""
        if not doc.has_annotation("DEP"):
            return
        for span in doc.spans.get("actors", []):
            entries = doc._.actor_entries.get((span.start, span.end), [])
            if not entries:
                continue
            owner = self._owner_in_context(entries[0], span)
            own = self._entry_country(entries[0])
            if owner is None or owner == own:
                continue
            weight = 3 if span.sent.start == 0 else 1  # the lead counts three times
            if own in counts:
                counts[own] -= weight
                if counts[own] <= 0:
                    del counts[own]
            counts[owner] += weight
            first[owner] = min(first.get(owner, span.start_char), span.start_char)

    def _rank(self, counts: Counter[str], first: dict[str, int]) -> None:
        self.ctx.country_counts = counts
        self.ctx.first_seen = first
        self.ctx.ranked = sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))
        top = self.group_countries(2)
        if len(top) == 2:
            self.ctx.main_dyad = (top[0], top[1])

    def group_countries(self, n: int) -> list[str]:
        """The ``n`` countries a group phrase most likely names: the article's most named
        countries, in the order the article introduced them ("the two leaders" after "Kishida
        met Xi" is Japan, China)."""
        return sorted(self.ctx.ranked[:n], key=lambda c: self.ctx.first_seen.get(c, 0))

    def _entry_country(self, e: KBEntry) -> str | None:
        if e.roles:
            country, _sector, _code = self.kb.code_at(e, self.ctx.published)
            return country
        return e.country

    # -- span helpers ----------------------------------------------------------------------
    def kb_span_at(self, tok: Token) -> Span | None:
        doc = tok.doc
        if self._span_doc is not doc:
            self._span_doc = doc
            self._span_of = {i: span for span in doc.spans.get("actors", [])
                             for i in range(span.start, span.end)}
        return self._span_of.get(tok.i)

    def _entries(self, span: Span) -> list[KBEntry]:
        return list(span.doc._.actor_entries.get((span.start, span.end), []))

    def _from_entry(self, e: KBEntry, span: Span, text: str | None = None) -> ResolvedActor:
        if e.roles:
            country, sector, code = self.kb.code_at(e, self.ctx.published)
        else:
            country, sector, code = e.country, e.sector, e.code
        if e.kind == "person" and sector in (None, "ELI"):
            # "Greek Prime Minister George Papandreou agreed to resign": out of office on the
            # article's date, but the text names the office he held at the time it tells of
            role = self._office_told(e, span)
            if role is not None:
                country, sector = role.country, role.sector
                code = self.kb.make_code(country, sector)
        owner = self._owner_in_context(e, span)
        if owner is not None and owner != country:
            # "Senate President Bukola Saraki", "Atlanta, Georgia": the place or organ of the
            # country the sentence is about
            country = owner
            code = owner + sector if sector and e.kind != "country" else owner
        actor = Actor(text=text or span.text, name=e.name, code=code, country=country,
                      sector=sector, start=span.start_char, end=span.end_char)
        return ResolvedActor(actor, e.kind, e.key)

    def _office_told(self, e: KBEntry, span: Span) -> Role | None:
        """The role of a person whose title the words right before the name give ("Prime
        Minister Isa Mustafa"), unless they say it is a past one ("former", "late")."""
        doc = span.doc
        i = span.start
        while i > span.sent.start and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ") and (
                doc[i - 1].dep_ in ("compound", "amod", "nmod")):
            i -= 1
        before = doc[i:span.start]
        if not len(before) or self.kb.title_sector(before.text) in (None, "ELI") or any(
                t.lower_ in ("former", "ex", "late", "then", "ex-") for t in
                doc[max(span.sent.start, i - 2):span.start]):
            return None
        words = title_words(before.text)
        head = words[-1]
        mods = {w for w in words[:-1] if not self.kb.adjective_country(w)} - TITLE_NOISE
        fits = [r for r in e.roles if title_fits(title_words(r.title), head, mods)]
        return max(fits, key=lambda r: r.start) if fits else None

    def _owner_in_context(self, e: KBEntry, span: Span) -> str | None:
        """The country a KB match stands for in its sentence when that is not the entry's
        own: a generic organ name the KB gives to the United States ("the Senate") in a
        sentence that names another country and not the United States, or the US state of
        Georgia."""
        if e.kind == "country" and e.code == "GEO" and span.text.lower() == "georgia":
            return "USA" if self._georgia_is_us(span) else None
        if e.kind != "institution" or e.country not in ("USA", "CHN"):
            return None
        text = span.text.lower().removeprefix("the ")
        if text not in GENERIC_ORGANS:
            return None
        doc = span.doc
        # a nationality right before it: "Nigerian Senate President", "the Philippine Senate"
        for t in reversed(doc[max(span.sent.start, span.start - 3): span.start]):
            if t.pos_ == "DET":
                continue
            country = self._nation_word(t.text)
            if country and not _pro_or_anti(t):
                # "the Nigerian Senate" (any country's own organ, whatever it is called)
                return country if country in self.kb.country_codes else None
            if t.pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
        for c in span.root.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                # "the Senate of Nigeria"
                for p in c.children:
                    country = self._nation_word(p.text)
                    if p.dep_ == "pobj" and country in self.kb.country_codes:
                        return country
        named = self._sentence_countries(span.sent, skip=span)
        if not named or e.country in named:
            return None
        # ("Tsai thanked Congress": Taiwan has no Congress, so it is the US one)
        have = GENERIC_ORGANS[text]
        return next((c for c in named if have is None or c in have), None)

    def _georgia_is_us(self, span: Span) -> bool:
        """"Georgia" is the US state when the sentence speaks of its governor, counties,
        parties or Atlanta ("Atlanta, Georgia") and of nothing of the Caucasus."""
        words = {t.lower_ for t in span.sent}
        if words & GEORGIA_CAUCASUS:
            return False
        if words & GEORGIA_US:
            return True
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].text == ",":
            # "Savannah, Georgia": a US place before the comma
            prev = doc[span.start - 2]
            loc = (self._gazetteer or _shared_gazetteer()).lookup(prev.text, ("USA",))
            return loc is not None and loc.country == "USA"
        return False

    def _sentence_countries(self, sent: Span, skip: Span | None = None,
                            skip_tokens: frozenset[int] = frozenset()) -> list[str]:
        """The countries a sentence names, in order: knowledge-base actors (less generic
        organ names and IGOs), nationality words, regions and places the gazetteer knows;
        none named by the ``skip`` span or inside ``skip_tokens``."""
        key = (id(sent.doc), sent.start, skip.start if skip is not None else -1,
               hash(skip_tokens))
        cached = self._sent_countries.get(key)
        if cached is not None:
            return cached
        out: list[str] = []
        doc = sent.doc
        spans = {sp.start: sp for sp in doc.spans.get("actors", [])
                 if sent.start <= sp.start < sent.end}
        # ("South America's last insurgency" is not America's)
        skip_tokens = skip_tokens | {i for sp in doc.spans.get("not_actors", [])
                                     for i in range(sp.start, sp.end)}
        i = sent.start
        while i < sent.end:
            if i in skip_tokens:
                i += 1
                continue
            sp = spans.get(i)
            if sp is not None:
                i = sp.end
                if skip is not None and sp.start == skip.start:
                    continue
                if sp.text.lower().removeprefix("the ") in GENERIC_ORGANS or _pro_or_anti(
                        sp[0]):
                    continue
                for e in self._entries(sp):
                    if e.kind == "country" and sp.text.lower() == "georgia" and (
                            self._georgia_is_us(sp)):
                        country: str | None = "USA"
                    else:
                        country = self._entry_country(e)
                    if country in self.kb.country_codes:
                        out.append(country)
                        break
                continue
            t = doc[i]
            i += 1
            if t.pos_ in ("ADJ", "PROPN", "NOUN") and t.text[:1].isupper():
                country = self._nation_word(t.text) if t.ent_type_ == "NORP" or (
                    t.pos_ == "ADJ") else None
                if country is None and t.pos_ == "PROPN" and (
                        t.i + 1 >= sent.end or doc[t.i + 1].pos_ != "PROPN"):
                    country = self._region_only(t) or self._gazetteer_country(t) or (
                        self._half(t))
                    if country is None and t.i + 1 < sent.end and doc[t.i + 1].lower_ in (
                            "province", "region", "state", "district", "governorate"):
                        # "Raqqa province", "Kandahar province"
                        country = self.kb.region_country(doc[t.i: t.i + 2].text)
                if country in self.kb.country_codes and not _pro_or_anti(t):
                    out.append(country)
        result = list(dict.fromkeys(out))
        self._sent_countries[key] = result
        return result

    def _name_part(self, mod: Token, head: Token) -> bool:
        """A country's name (not its adjective) that is a first name in the same person's
        name as ``head``: "Frances Adamson", "Jordan Peterson" (not "Estonian MEP")."""
        if not _same_name(mod, head) or mod.pos_ != "PROPN":
            return False
        text = mod.text
        return any(e.kind == "country" for w in (text, text[:-1]) for e in self.kb.find(w))

    def _nation_word(self, text: str, head: Token | None = None) -> str | None:
        """The country (or bloc) a nationality word or short name stands for ("Chinese",
        "U.S.", "Western"); a compass adjective in lower case is a direction, no one's,
        unless the noun ``head`` it qualifies names people or states ("western forces")."""
        if text in COMPASS_ADJECTIVES and (head is None or head.pos_ not in ("NOUN", "PROPN")
                                           or not (self.kb.agent_sector(head.lemma_.lower())
                                                   or head.lemma_.lower() in BLOC_NOUNS)):
            return None
        return self.kb.adjective_country(text)

    def _adjective_country(self, tok: Token) -> str | None:
        """The country of a nationality word, or of a people who live in several countries
        ("Kurdish", "Tamil") by the sentence's or the article's countries."""
        country = self._nation_word(tok.text, tok.head if tok.dep_ in ("amod", "compound")
                                    else None)
        if country or tok.pos_ not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
            return country
        low = tok.lower_
        homes = PEOPLES.get(low) or PEOPLES.get(low[:-1] if low.endswith("s") else low)
        if homes is None:
            return None
        # a place the sentence names first ("Kurdish fighters clashed with Turkish troops
        # near Afrin" are Syria's), then any country it names, then the article's
        sent = tok.sent
        places = frozenset(x.i for t in sent if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS
                           for x in t.subtree)
        placed = self._sentence_countries(sent, skip_tokens=frozenset(
            t.i for t in sent if t.i not in places))
        named = placed + self._sentence_countries(sent)
        return next((c for c in named if c in homes), None) or next(
            (c for c in self.ctx.ranked if c in homes), homes[0])

    def _home_noun(self, tok: Token, sector: str) -> bool:
        """Whether an agent noun with no nationality is of the country where the sentence
        takes place: a body or group of a state or of its people ("the regime", "police",
        "rebels", "civilians"), not one person's office ("the minister", a counterpart of
        another country) nor a body that is abroad by nature (an embassy, a coalition)."""
        lemma = tok.lemma_.lower()
        if sector not in HOME_SECTORS or lemma in NOT_HOME_NOUNS or tok.pos_ not in (
                "NOUN", "PROPN") or tok.dep_ == "amod":
            return False  # (an adjective: "a military solution", "military intervention")
        if self.kb.title_sector(tok.lemma_) or self.kb.title_sector(tok.text) or (
                tok.tag_ in ("NN", "NNP") and (lemma in PERSON_NOUNS or lemma == "force")):
            return False  # an office ("transport ministers" of a meeting held in Vienna are
            # no Austrians); "the use of force"
        if any(a.dep_ == "prep" and a.lower_ in ("between", "among") for a in tok.ancestors):
            return False  # "calls between fleet commanders": of both sides, not of one
        # an owner named in the phrase is the phrase's search: "positions of Hezbollah"
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                       for c in tok.children)

    def _country_of_sentence(self, tok: Token, sector: str) -> str | None:
        """The one country the sentence of ``tok`` names outside the other parties of the
        verb ``tok`` is an argument of (its subject, object, the one it acts against or
        with), or None when it names none or several."""
        arg = tok
        for _ in range(6):
            if arg.head.i == arg.i or arg.head.pos_ in ("VERB", "AUX"):
                break
            arg = arg.head
        verb = arg.head
        # (its own modifiers said nothing of a country: "pro-Russian separatists"; a place
        # after it may: "a military base in Borno state")
        skip: set[int] = {tok.i} | {t.i for c in tok.lefts for t in c.subtree}
        # the verb and the verbs above it ("has offered to send troops"): their other
        # parties are skipped, except the subject of a report ("Syrian activists said")
        chain = [verb, *verb.ancestors] if verb.i != arg.i else []
        on_path = {arg.i} | {t.i for t in chain}
        for v in chain:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            report = v.lemma_.lower() in REPORT_VERBS
            for c in v.children:
                if c.i in on_path or (report and c.dep_ == "nsubj"):
                    continue
                if c.dep_ in PARTY_DEPS or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS):
                    skip.update(t.i for t in c.subtree)
        # the country must be named as a place: after "in", "near", "outside" ("an army
        # camp in western Kabul"), as the owner of a place ("Pakistan's city of Quetta"), or
        # as the reporters' ("Syrian activists said"); not as another party of some other
        # act in the sentence ("will release a Japanese citizen")
        sent = tok.sent
        placed: set[int] = set()
        # ... said of the clause of ``tok`` or of one above it, not of a side clause
        # ("addressing the UN in New York, he said the court should ...")
        # (its own phrase, the verbs above it and their adverbials, not a side clause:
        # "..., after the court ordered the release of a man living in exile in Britain")
        scope = {t.i for t in arg.subtree} | {t.i for t in chain}
        for v in chain:
            for c in v.children:
                if c.dep_ in ("prep", "npadvmod", "advmod", "nsubj") and c.i not in skip:
                    scope.update(t.i for t in c.subtree)
        for t in sent:
            if t.i not in scope:
                continue
            if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS:
                placed.update(x.i for x in t.subtree)
            elif t.lemma_.lower() in PLACE_NOUNS:
                placed.update(x.i for c in t.children if c.dep_ in MODIFIER_DEPS | {"prep"}
                              for x in c.subtree)
            elif t.pos_ == "VERB" and t.lemma_.lower() in REPORT_VERBS:
                placed.update(x.i for c in t.children if c.dep_ == "nsubj"
                              for x in c.subtree)
        parties = frozenset(skip)
        skip.update(t.i for t in sent if t.i not in placed)
        named = self._sentence_countries(sent, skip_tokens=frozenset(skip))
        if not named and self.ctx.ranked and sector in STATE_SECTORS and tok.tag_ == "NN" and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            # "In September, the government bowed to pressure ...": with no country in the
            # sentence, the state of the country the article is about, unless that is the
            # other party ("the government rejected China's claims" in a story on China)
            top = self.ctx.ranked[0]
            others = self._sentence_countries(sent, skip_tokens=frozenset(
                t.i for t in sent if t.i not in parties or t.i in {x.i for x in tok.subtree}))
            return top if top in self.kb.country_codes and top not in others else None
        if len(named) != 1:
            return None
        if sector == "MIL" and tok.dep_ not in ("nsubj", "nsubjpass"):
            # "the U.S. offered to send troops to distribute supplies in Somalia": forces
            # that another country's subject sends or moves are its own
            for v in chain:
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.i not in on_path:
                    owner = self._sentence_countries(sent, skip_tokens=frozenset(
                        t.i for t in sent if t.i not in {x.i for x in subj.subtree}))
                    if owner and owner[0] != named[0]:
                        return None
                    break
        return named[0]

    def _gazetteer_country(self, tok: Token) -> str | None:
        """Country of a place name the model tags as a place ("Kandahar", "Davao City"), or
        that follows "in", "near" ("a court in Karachi", which the model may take for an
        organisation)."""
        after_in = tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS and (
            tok.ent_type_ in ("", "ORG") and tok.pos_ == "PROPN")
        if tok.ent_type_ not in ("GPE", "LOC") and not after_in:
            return None
        doc = tok.doc
        start = tok.i
        while start > tok.sent.start and doc[start].ent_iob_ == "I":
            start -= 1  # the entity's first word: "Davao City"
        gaz = self._gazetteer or _shared_gazetteer()
        name = doc[start: tok.i + 1].text
        if gaz.is_person_name(name):
            return None
        loc = gaz.lookup(name) or (gaz.lookup(tok.text) if start != tok.i else None)
        return loc.country if loc is not None and loc.country else None

    def _choose(self, entries: list[KBEntry], tok: Token) -> KBEntry | None:
        if not entries:
            return None
        people = [e for e in entries if e.kind == "person"]
        if len(people) > 1:
            # an ambiguous surname: prefer someone already introduced in this article,
            # then someone in office at the article's date
            for e in people:
                if e.key in {r.key for r in self.ctx.people.values()}:
                    return e
            for e in people:
                _c, sector, _code = self.kb.code_at(e, self.ctx.published)
                if sector and sector != "ELI":
                    return e
        non_adj = [e for e in entries if e.kind != "adjective"]
        if len(non_adj) > 1 and not people:
            # "the RSF" in a story about Sudan: the paramilitary, not the press-freedom
            # group; an entry of one of the article's countries wins
            ranked = self.ctx.ranked[:4]
            local = [e for e in non_adj if self._entry_country(e) in ranked]
            if local:
                return min(local, key=lambda e: ranked.index(self._entry_country(e) or ""))
        return (non_adj or entries)[0]

    # -- main entry point --------------------------------------------------------------------
    def resolve(self, tok: Token, *, follow: bool = True) -> list[ResolvedActor]:
        """All actors a noun phrase headed by ``tok`` refers to (coordination expands)."""
        out: list[ResolvedActor] = []
        if any(sp.start <= tok.i < sp.end for sp in tok.doc.spans.get("not_actors", [])):
            return out  # "the South China Sea"
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
        for c in tok.children:
            if c.dep_ in ("nmod", "compound") and c.i < tok.i and any(
                    g.dep_ == "cc" and g.lower_ == "and" for g in c.children):
                # "Secretary Antony Blinken and Treasury Secretary Janet Yellen both held
                # talks", parsed with the first name as a modifier of the second
                span = self.kb_span_at(c)
                if span is not None and any(e.kind == "person" for e in self._entries(span)):
                    heads.insert(0, c)
                elif span is None and c.pos_ == "PROPN" and (
                        (known := self._resolve_one(c)) is not None
                        and known.kind in ("person", "coref") and known.actor.name):
                    # ("a meeting between Yoon and Premier Li Qiang": a surname the article
                    # introduced before)
                    heads.insert(0, c)
        # "Antony Blinken, Janet Yellen and Gina Raimondo": the parser often makes the second
        # name an apposition of the first; a named person in apposition is a list member
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                span = self.kb_span_at(c)
                if span is not None and any(e.kind == "person" for e in self._entries(span)):
                    heads += [c] + [x for x in c.conjuncts if x.i > c.i]
                    if tok in heads and tok.pos_ == "NOUN" and self.kb_span_at(tok) is None:
                        # "Presidents Joe Biden and Xi Jinping": the title is no one else
                        heads.remove(tok)
        for h in heads:
            if h.lower_ == "koreas":
                # "the two Koreas", "both Koreas"
                out.extend(ResolvedActor(Actor(self._np_text(h), None, c, c, None, h.idx,
                                               h.idx + len(h.text)), "dyad", group=2,
                                         order=self.ctx.first_seen.get(c, 0))
                           for c in ("KOR", "PRK"))
                continue
            group = self._agent_group(h)
            if group:
                out.extend(group)  # "Chinese and American diplomats", "ministers of X and Y"
                continue
            r = self._resolve_one(h)
            if r is None:
                # "allies, notably Japan and the Netherlands": the members the phrase names
                members = [m for t in enumerated_members(h)
                           for m in self.resolve(t, follow=False)]
                if members:
                    out.extend(members)
                    continue
            if r is None and follow:
                r = self._search(h)
                if r is not None and r.kind in ("country", "metonym", "igo") and (
                        r.actor.start is not None):
                    # "a trip to Spain, Italy and Greece", "sanctions on Russian and Belarusian
                    # banks": the other members of the list found inside the phrase
                    out.extend(self._listed_with(h, r))
                    continue
            elif r is not None and follow and r.actor.country and r.actor.country in REGIONS:
                # "Western countries led by the United States": name the country
                specific = self._search(h, skip_regions=True)
                if specific is not None and specific.actor.country not in REGIONS:
                    r = specific
            if r is not None:
                if r.kind == "dyad":
                    out.extend(self._dyad_actors(h, r.group))
                else:
                    out.append(r)
        return out

    def _group_of(self, tok: Token) -> ResolvedActor | None:
        """"the top generals of the two countries", "officials from both sides": people of
        a group phrase are that group, in their own sector."""
        if self.kb.agent_sector(tok.lemma_.lower()) is None and (
                tok.lemma_.lower() not in GROUP_NOUNS):
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        size = self._group_size(p)
                        if size is not None:
                            return ResolvedActor(Actor(None, None, None, None, None), "dyad",
                                                 group=size)
        return None

    def _pair_of_sentence(self, tok: Token, size: int) -> list[ResolvedActor]:
        """"He met Yoon in Phnom Penh, and the two agreed to ...": a pair phrase after an
        event between two parties in the same sentence is those two, whoever the article
        is mostly about."""
        if size not in (0, 2) or tok.pos_ == "PRON":
            return []  # ("they" is the group of the sentence before)
        start = tok.sent.start_char
        for ev in reversed(self.ctx.events[-10:]):
            if ev.evidence.start != start:
                return []
            if ev.root not in ("03", "04", "05", "06") or ev.source is None or (
                    ev.target is None) or ev.source.country == ev.target.country:
                continue
            if (ev.source.start or 0) > tok.idx or (ev.target.start or 0) > tok.idx:
                continue  # an event told later in the sentence
            text = self._np_text(tok)
            return [ResolvedActor(replace(a, text=text, start=tok.idx,
                                          end=tok.idx + len(tok.text)), "coref")
                    for a in (ev.source, ev.target)]
        return []

    def _dyad_actors(self, tok: Token, size: int = 2, *, phrase: bool = True
                     ) -> list[ResolvedActor]:
        """The members of a group phrase, as candidates: the caller fits the group to the
        event with :func:`fit_group` once it knows the other side. With ``phrase`` False
        the group is the article's, named by no phrase at ``tok``."""
        pair = self._pair_of_sentence(tok, size) if phrase else []
        if pair:
            return pair
        met = self._pair_just_met(tok) if size == 2 and phrase and tok.pos_ != "PRON" else None
        if met is not None and self.ctx.last_group and len(self.ctx.last_group) == 2 and (
                set(met) != set(self.ctx.last_group)):
            # "At the summit the two sides agreed to ..., which China cut off after Pelosi
            # visited Taiwan. The two sides also agreed ...": the group the sentence before
            # had as subject, not a meeting told in a side clause there
            met = list(self.ctx.last_group)
        if met is not None:
            # "X met Y in Hanoi on Monday. The two agreed to ...": the pair just told
            countries = met
        elif tok.pos_ == "PRON" and self.ctx.last_group:
            countries = list(self.ctx.last_group)
            size = len(countries)
        else:
            if size == 0:
                size = len(self.ctx.last_group) if self.ctx.last_group else 2
            # one more than named, most named first, so that a member on the other side of
            # the event can go (fit_group keeps the first ``size`` that fit)
            countries = self.ctx.ranked[:size + 1]
        if len(countries) < 2:
            return []
        res = []
        sector = self.kb.agent_sector(tok.lemma_.lower()) or "GOV"
        named = len(countries) == 2 and size == 2 and (
            tok.lemma_.lower() in PRINCIPAL_NOUNS or (
                tok.lower_ in GROUP_NUMBERS and tok.pos_ != "PRON"))
        for c in countries:
            who = self._principal(c, tok) if named else None
            res.append(ResolvedActor(
                Actor(text=self._np_text(tok), name=who.actor.name if who else None,
                      code=c + sector, country=c, sector=sector, start=tok.idx,
                      end=tok.idx + len(tok.text)), "dyad",
                group=size, order=self.ctx.first_seen.get(c, 0)))
        return res

    def _principal(self, country: str, tok: Token) -> ResolvedActor | None:
        """The person who stood for ``country`` in the article's meetings: "the two
        ministers", "both leaders", "the two sides" after "Cleverly met Han Zheng and Wang
        Yi" are Cleverly and, of the two Chinese, the one whose office the noun names (the
        foreign minister). No name when more than one person fits."""
        people = {}
        sector = self.kb.agent_sector(tok.lemma_.lower()) or "GOV"
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
        head = TITLE_SAME.get(tok.lemma_.lower(), tok.lemma_.lower())
        if head in ("minister", "president", "premier", "chancellor", "secretary"):
            # "the two foreign ministers", "the two prime ministers"
            mods = {w for c in tok.lefts if c.dep_ in ("amod", "compound")
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

    def _pair_just_met(self, tok: Token) -> list[str] | None:
        """The two countries of a meeting the sentence before ``tok``'s told, when the
        sentence told one meeting only."""
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = tok.doc[sent.start - 1].sent
        pairs = {frozenset((ev.source.country, ev.target.country))
                 for ev in self.ctx.events[-8:]
                 if ev.root == "04" and ev.source is not None and ev.target is not None
                 and ev.evidence is not None and ev.evidence.start == prev.start_char}
        if len(pairs) != 1:
            return None
        (pair,) = pairs
        countries = sorted((c for c in pair if c), key=lambda c: self.ctx.first_seen.get(c, 0))
        return countries if len(countries) == 2 else None

    def group_actors(self, tok: Token, size: int) -> list[ResolvedActor]:
        """The ``size`` parties of a group phrase at ``tok``, with no other side to fit to."""
        return fit_group(self._dyad_actors(tok, size, phrase=False), [])

    @staticmethod
    def _np_text(tok: Token) -> str:
        left = tok
        for c in tok.lefts:
            if any(g.dep_ == "cc" for g in c.children):
                continue  # a coordinated name the parser made a modifier
            if c.dep_ in MODIFIER_DEPS | {"det", "appos", "flat"}:
                left = c if c.i < left.i else left
                break
        return tok.doc[left.i: tok.i + 1].text

    def _group_size(self, tok: Token) -> int | None:
        """How many parties a group phrase names: "the two sides", "both leaders" (2), "the
        three leaders" (3), "the leaders" (0: the group last talked about); None when the
        phrase is not a group reference."""
        words = {c.lower_ for c in tok.lefts}
        if tok.lower_ in ("both", "sides") and ("both" in words or tok.lower_ == "both"):
            return 2
        if tok.lower_ in GROUP_NUMBERS and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
            return GROUP_NUMBERS[tok.lower_]  # "the two will have a meeting"
        if tok.lower_ in ("pair", "duo") and "the" in words and not any(
                c.dep_ == "prep" for c in tok.children):
            return 2  # "the pair agreed to ..." (not "a pair of frigates")
        if tok.lemma_.lower() not in GROUP_NOUNS:
            return None
        if "both" in words:
            return 2
        for w in words:
            if w in GROUP_NUMBERS:
                return GROUP_NUMBERS[w]
        if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in ("leader", "side") and any(
                c.lower_ == "the" for c in tok.lefts) and not any(
                c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
            return 0  # "the leaders agreed": the leaders the article is about
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "poss" and c.lower_ == "their"
                                               for c in tok.children) and not any(
                c.dep_ in ("amod", "compound") for c in tok.children):
            return 0  # "the leaders agreed that their governments would ..."
        return None

    def _resolve_one(self, tok: Token) -> ResolvedActor | None:
        span = self.kb_span_at(tok)
        if span is not None:
            entries = self._entries(span)
            e = self._choose(entries, tok)
            if e is not None and e.kind not in ("agent", "title"):
                organ = self._national_organ(e, span) if e.kind in ("igo", "institution") \
                    else None
                if organ is not None:
                    return organ
                if e.kind == "country" and tok.pos_ == "ADJ":
                    pass  # "Chinese" alone is a nationality, handled as a modifier
                else:
                    r = self._from_entry(e, span, self._np_text(tok) if tok.i == span.end - 1
                                         else span.text)
                    self._remember(r, span)
                    if e.kind in ("institution", "media", "metonym"):
                        self.ctx.by_noun[span.root.lemma_.lower()] = r
                    return r
        half = self._half(tok)
        if half is not None:
            return ResolvedActor(Actor(self._np_text(tok), None, half, half, None, tok.idx,
                                       tok.idx + len(tok.text)), "country")
        size = self._group_size(tok)
        if size is not None:
            return ResolvedActor(Actor(None, None, None, None, None), "dyad", group=size)
        group = self._group_of(tok)
        if group is not None:
            return group
        lemma = tok.lemma_.lower()
        # an agent noun ("official", "embassy", "coast guard") combined with a nationality
        sector = self._agent_sector(tok)
        if sector is not None:
            named = self._name_after(tok)
            if named is not None:
                return named  # "his Turkish counterpart Hakan Fidan" (the name parsed apart)
            group = self._member_of_group(tok)
            if group is not None:
                return group  # "fighters of the Pakistani Taliban"
            country = self._nationality(tok)
            if country is None and self._rules_by_force(tok):
                country = self._junta_country(tok)
            if country is None and sector in LOCAL_SECTORS:
                # "protesters in Yerevan", "In Karachi, police ...": where they act
                country = self._place_country(tok)
            if country is None and sector in ("REB", "SEP", "INS"):
                country = self.ctx.last_region  # "separatist forces" in a Karabakh story
            if country and self.kb.title_sector(tok.text) and any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
                    for c in tok.children):
                # "the Chinese president", "Japan's foreign minister": the person of that
                # country the article introduced with that office
                person = self._titled_person(tok)
                if person is not None and person.actor.country == country:
                    a = person.actor
                    return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                               a.sector, tok.idx, tok.idx + len(tok.text)),
                                         "coref", person.key)
            if country:
                code = country + sector if len(country) == 3 else country
                res = ResolvedActor(
                    Actor(text=self._np_text(tok), name=None, code=code, country=country,
                          sector=sector, start=tok.idx, end=tok.idx + len(tok.text)), "agent")
                if not self._person_title(tok) or self._told_before(tok):
                    self.ctx.by_noun[lemma] = res
                elif (holder := self._office_holder(tok)) is not None:
                    # "recalled its ambassador from Peru" is about Peru; "the ambassador"
                    # later is the recalling country's
                    self.ctx.by_noun[lemma] = holder
                if self._rules_by_force(tok):
                    self.ctx.by_noun[JUNTA] = res
                return res
            found = self._definite_reference(tok)
            if found is None and self._home_noun(tok, sector):
                # "the regime bombed ..., Syrian activists said", "killed 18 people in
                # Kabul": the one country the sentence names outside the other parties
                country = self._country_of_sentence(tok, sector)
                if country:
                    return ResolvedActor(
                        Actor(text=self._np_text(tok), name=None, code=country + sector,
                              country=country, sector=sector, start=tok.idx,
                              end=tok.idx + len(tok.text)), "agent")
            return found
        if tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ != "NORP":
            home = self._ethnic_home(tok)
            if home:
                # "Darfur's ethnic Masalit": civilians of the country they live in
                return ResolvedActor(Actor(self._np_text(tok), None, home + "CVL", home, "CVL",
                                           tok.idx, tok.idx + len(tok.text)), "agent")
        # nationality noun: "the Chinese", "Americans"
        if tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ == "NORP":
            country = self._nation_word(tok.text) or self._nation_word(
                tok.text.rstrip("s")) or self._adjective_country(tok)
            home = self._ethnic_home(tok)
            if country and home and home != country:
                # "Nagorno-Karabakh's ethnic Armenians": civilians of the country they live in
                return ResolvedActor(Actor(self._np_text(tok), None, home + "CVL", home, "CVL",
                                           tok.idx, tok.idx + len(tok.text)), "agent")
            if country:
                return ResolvedActor(Actor(tok.text, None, country, country, None, tok.idx,
                                           tok.idx + len(tok.text)), "country")
        # a person the model found but the KB doesn't know, or a surname of someone
        # introduced earlier (the small model often tags a lone surname as ORG)
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and (
                tok.text in self.ctx.people or (
                    tok.dep_ == "appos" and self._person_title(tok.head)))):
            # (a name the model takes for an organisation, set off after a title: "the
            # ambassador, Jane Roe,")
            return self._person_from_ner(tok)
        if lemma in PRONOUNS_PERSON and tok.pos_ == "PRON":
            # "Biden said he was looking forward to ...": the nearest person before the
            # pronoun in the same sentence, else the subject of the previous sentence
            before = self._people_before(tok)
            # "Albanese met Xi in Beijing, and he raised ...": a subject before an object
            subj = next((r for t, r in before if t.dep_ in ("nsubj", "nsubjpass")
                         and t.head.i != tok.head.i), None)
            as_subject = tok.dep_ in ("nsubj", "nsubjpass")
            if subj is not None and as_subject:
                return subj
            if before and not as_subject:
                return before[0][1]
            # "The Secretary will travel to Amman, where he is to meet ...": the subject of a
            # clause above the pronoun's, told by title or surname, before the last person of
            # the previous sentences
            head = tok.head
            for _ in range(6):
                if head.head.i == head.i:
                    break
                head = head.head
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                             and c.i < tok.i), None)
                if subj is not None and subj.lower_ not in PRONOUNS_PERSON:
                    found = self._resolve_one(subj)
                    if found is not None and found.kind in ("person", "coref") and \
                            found.actor.sector is not None:
                        a = found.actor
                        return ResolvedActor(Actor(tok.text, a.name, a.code, a.country,
                                                   a.sector, tok.idx, tok.idx + len(tok.text)),
                                             "coref", found.key)
                    break
            # "During her talks with Wang Yi, she ...", "After meeting Lavrov, he ...": a
            # subject pronoun is the person the sentences before had as subject, not one named
            # in an object or after a preposition
            if self.ctx.subject_person is not None:
                a = self.ctx.subject_person.actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                           tok.idx, tok.idx + len(tok.text)), "coref",
                                     self.ctx.subject_person.key)
            if before:
                return before[0][1]
            return self.ctx.last_person
        if lemma in ("it", "they") and tok.pos_ == "PRON":
            # "the ministry said that it would lift ...": the nearest subject before it that
            # agrees in number ("they" after "six Chinese entities" is the entities)
            plural = lemma == "they"
            speaker = self._reporting_subject(tok) if plural else None
            if speaker is not None:
                # "The Houthis claimed that they had attacked ...", "Iraqi militias said they
                # would return ...": a group name the tagger reads as singular, or a phrase
                # with a nationality, is who "they" are when it is the one who speaks
                found = [r for r in self.resolve(speaker) if r.kind not in ("person", "dyad")]
                if len(found) == 1:
                    a = found[0].actor
                    return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                               tok.idx, tok.idx + len(tok.text)), "coref",
                                         found[0].key)
            if not plural and tok.dep_ == "nsubj" and tok.head.dep_ == "conj":
                # "Ankara said the talks had failed, and it recalled ...": the subject of the
                # clause the pronoun's clause is joined to, not one inside its report
                first = next((c for c in tok.head.head.children if c.dep_ == "nsubj"
                              and c.tag_ in ("NN", "NNP")), None)
                r = self._resolve_one(first) if first is not None else None
                if r is not None and r.kind not in ("person", "dyad") and r.actor.country:
                    a = r.actor
                    return ResolvedActor(Actor(tok.text, a.name, a.code, a.country,
                                               a.sector, tok.idx, tok.idx + len(tok.text)),
                                         "coref", r.key)
            for t in reversed(list(tok.doc[tok.sent.start: tok.i])):
                if t.pos_ not in ("NOUN", "PROPN"):
                    continue
                if (t.tag_ in ("NNS", "NNPS")) != plural:
                    continue
                if plural or t.dep_ in ("nsubj", "nsubjpass"):
                    r = self._resolve_one(t)
                    if r is None and plural:
                        break
                    if r is not None and r.kind not in ("person", "dyad"):
                        a = r.actor
                        return ResolvedActor(Actor(tok.text, a.name, a.code, a.country,
                                                   a.sector, tok.idx, tok.idx + len(tok.text)),
                                             "coref", r.key)
                    if r is not None and r.kind == "dyad":
                        return r
            if not plural and self.ctx.last_body is not None and not any(
                    t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP")
                    for t in tok.doc[tok.sent.start: tok.i]):
                # "China's foreign ministry protested. It also said ...": the body that was
                # the subject of the sentence before
                a = self.ctx.last_body.actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                           tok.idx, tok.idx + len(tok.text)), "coref",
                                     self.ctx.last_body.key)
            if plural and self.ctx.last_group and not any(
                    t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS")
                    for t in tok.doc[tok.sent.start: tok.i]):
                # "They also agreed to ..." after "The two sides held talks.": the group
                return ResolvedActor(Actor(None, None, None, None, None), "dyad",
                                     group=len(self.ctx.last_group))
            return None
        if lemma in ("host", "guest", "visitor") and tok.pos_ == "NOUN" and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "its")
                for c in tok.children):
            found = self._host_or_guest(tok)
            if found is not None:
                return found
        if lemma in ("country", "nation") and tok.tag_ == "NN":
            country = self._the_country(tok)
            if country is not None:
                return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                           tok.idx, tok.idx + len(tok.text)), "country")
        if lemma in KIND_NOUNS and tok.tag_ == "NN":
            found = self._kind_reference(tok)
            if found is not None:
                return found
        if tok.pos_ in ("NOUN", "PROPN") and self.kb.title_sector(tok.text):
            return self._definite_reference(tok)
        if lemma == "island" and tok.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._island(tok)
        return None

    def _people_before(self, tok: Token) -> list[tuple[Token, ResolvedActor]]:
        """The persons named in the sentence before the pronoun ``tok``, nearest first, each
        as the pronoun: known people, names the article bound to an office, and office
        holders told by office and country ("Ghana summoned the Dutch envoy after he ...")."""
        out: list[tuple[Token, ResolvedActor]] = []
        seen: set[int] = set()
        # an object pronoun is not the subject of its own verb ("Li told her": not Li)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own_subject = tok.dep_ not in ("nsubj", "nsubjpass", "poss")
        for t in reversed(tok.doc[tok.sent.start: tok.i]):
            if t.i in seen or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "amod"):
                continue
            if own_subject and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i:
                continue
            span = self.kb_span_at(t)
            if span is not None:
                seen.update(range(span.start, span.end))
                e = self._choose(self._entries(span), span.root)
                if e is not None and e.kind == "person":
                    out.append((span.root, self._from_entry(e, span, tok.text)))
                continue
            if t.pos_ == "PROPN" and t.text in self.ctx.people:
                r = self.ctx.people[t.text]
            elif self._person_title(t) and not any(
                    c.dep_ == "poss" and c.lower_ in PRONOUNS_PERSON for c in t.children):
                r = self._resolve_one(t)
                if r is None or r.kind not in ("agent", "coref") or not r.actor.country or (
                        not r.actor.sector):
                    continue
            else:
                continue
            a = r.actor
            out.append((t, ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                               tok.idx, tok.idx + len(tok.text)),
                                         "coref" if r.key else "agent", r.key)))
        # an office holder told by office alone is who the pronoun is only when the sentence
        # names no one ("the top American diplomat over ... his re-election" of Maduro)
        named = [(t, r) for t, r in out if r.kind != "agent"]
        return named or out

    @staticmethod
    def _reporting_subject(tok: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause ``tok`` is the subject
        of ("The Houthis claimed that they had ...")."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        if not load_cues().has("reporting_verbs", verb.lemma_.lower()):
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i
                     and c.pos_ in ("NOUN", "PROPN")), None)

    def _name_after(self, tok: Token) -> ResolvedActor | None:
        """The person named right after a noun for a person ("his Turkish counterpart Hakan
        Fidan", "the Chinese envoy Li Hui") that the parser did not attach to it."""
        lemma = tok.lemma_.lower()
        if tok.i + 1 >= tok.sent.end or not (
                lemma in PERSON_NOUNS or self.kb.title_sector(tok.text)):
            return None
        span = self.kb_span_at(tok.doc[tok.i + 1])
        if span is None or span.start != tok.i + 1 or span.root.head.i == tok.i:
            return None
        e = self._choose(self._entries(span), span.root)
        if e is None or e.kind != "person":
            return None
        r = self._from_entry(e, span, tok.doc[tok.left_edge.i: span.end].text)
        if r.actor.country and (self._nationality(tok) or r.actor.country) != r.actor.country:
            return None  # "the Chinese envoy" before a name of another country
        self._remember(r, span)
        return r

    def _host_or_guest(self, tok: Token) -> ResolvedActor | None:
        """"Marcos thanked his host", "the guest praised ...": a side of the last visit the
        article told (043: the host received the guest; 042: the visitor went to the
        host)."""
        want_host = tok.lemma_.lower() == "host"
        for ev in reversed(self.ctx.events[-20:]):
            if ev.cameo not in ("042", "043") or ev.source is None or ev.target is None or (
                    ev.source.country == ev.target.country):
                continue
            host, guest = (ev.source, ev.target) if ev.cameo == "043" else (
                ev.target, ev.source)
            a = host if want_host else guest
            if a.name is None and a.sector is None:
                return None  # a visit to a country, with no one told as host
            return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                       a.sector, tok.idx, tok.idx + len(tok.text)), "coref")
        return None

    def _national_organ(self, e: KBEntry, span: Span) -> ResolvedActor | None:
        """"Russia's Security Council", "Japan's National Security Council": a generic organ
        name that the knowledge base knows as an IGO's or another country's, owned here by
        a country."""
        sector = ORGAN_SECTORS.get(span[-1].lower_)
        if sector is None:
            return None
        for c in span.root.children:
            if c.dep_ != "poss" and not (c.dep_ in ("amod", "compound") and c.i < span.start):
                continue
            country = self._nation_word(c.text) if c.dep_ != "poss" else None
            inner = self.kb_span_at(c)
            if inner is not None and not (inner.start >= span.start and inner.end <= span.end):
                entries = [x for x in self._entries(inner) if x.kind in ("country", "metonym")]
                country = self._entry_country(entries[0]) if entries else country
            if country and country in self.kb.country_codes and country != e.country:
                return ResolvedActor(Actor(self._np_text(span.root), None, country + sector,
                                           country, sector, span.start_char, span.end_char),
                                     "agent")
        return None

    def _member_of_group(self, tok: Token) -> ResolvedActor | None:
        """"hundreds of fighters of the Pakistani Taliban", "representatives of the ethnic
        Armenians of Karabakh": people of an armed group, or speaking for a minority in a
        region, are of the group (an armed group's code; a minority's country, REB)."""
        if tok.lemma_.lower() not in MEMBER_NOUNS:
            return None
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                r = self._resolve_one(p)
                if r is None:
                    continue
                a = r.actor
                if r.kind == "institution" and a.sector in GROUP_SECTORS:
                    return ResolvedActor(replace(a, text=self._np_text(tok), start=tok.idx,
                                                 end=tok.idx + len(tok.text)), r.kind, r.key)
                if r.kind == "agent" and a.sector == "CVL" and a.country and (
                        self._ethnic_home(p) == a.country):
                    return ResolvedActor(Actor(self._np_text(tok), None, a.country + "REB",
                                               a.country, "REB", tok.idx,
                                               tok.idx + len(tok.text)), "agent")
        return None

    def _ethnic_home(self, tok: Token) -> str | None:
        """The country of the region an ethnic group is placed in: "Karabakh's ethnic
        Armenians", "ethnic Serbs in northern Kosovo"; None without "ethnic" or a place."""
        if not any(c.lower_ == "ethnic" for c in tok.lefts):
            return None
        for c in tok.children:
            if c.dep_ == "poss":
                country = self._region_of(c)
                if country:
                    return country
        return self._region_after(tok, ("in", "of", "from"))

    def _region_after(self, tok: Token, preps: tuple[str, ...]) -> str | None:
        """The country of the first place named after one of ``preps`` on ``tok``."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        country = self._region_of(p)
                        if country:
                            return country
        return None

    def _region_of(self, tok: Token) -> str | None:
        """Country of a place phrase headed by ``tok``: a region the knowledge base lists
        ("Nagorno-Karabakh"), "the region" told before, a country or capital, a city."""
        doc = tok.doc
        if tok.lemma_.lower() in REGION_NOUNS and any(
                c.lower_ in ("the", "this", "that") for c in tok.lefts):
            return self.ctx.last_region
        left = tok.left_edge.i
        while left < tok.i and doc[left].dep_ in ("det", "amod") and doc[left].pos_ != "PROPN":
            left += 1
        name = doc[left:tok.i + 1].text
        country = self.kb.region_country(name) or self.kb.region_country(tok.text)
        if country:
            return country
        span = self.kb_span_at(tok)
        if span is not None:
            # a place is a country's ("in Brussels": Belgium's, not the EU's seat)
            places = [self._entry_country(e) for e in self._entries(span)
                      if e.kind in ("country", "metonym")]
            country = next((c for c in places if c in self.kb.country_codes), None)
            if country is None and places:
                loc = (self._gazetteer or _shared_gazetteer()).lookup(span.text)
                country = loc.country if loc is not None and loc.country else places[0]
            return country
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE"):
            gaz = self._gazetteer or _shared_gazetteer()
            loc = gaz.lookup(name) or gaz.lookup(tok.text)
            if loc is not None and loc.country:
                return loc.country
        return None

    def _place_country(self, tok: Token) -> str | None:
        """Where the actor headed by ``tok`` acts: an "in <place>" of its own phrase
        ("police in Karachi"), of its clause's verb or object ("rallied in Tbilisi",
        "stormed the embassy in Tehran"), or opening its sentence ("In Seoul, ...")."""
        def in_place(t: Token) -> str | None:
            return self._region_after(t, ("in",))

        country = in_place(tok)
        if country:
            return country
        # up through "thousands of protesters" to the verb
        head = tok
        for _ in range(4):
            if head.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
                break
            if head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                return None
            head = head.head
        verb = head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        country = in_place(verb)
        if country:
            return country
        for c in verb.children:
            if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and c.i != head.i:
                # "stormed the embassy in Tehran", "police in Lahore detained protesters"
                country = in_place(c)
                if country:
                    return country
        sent = tok.sent
        first = sent[0]
        if first.lower_ == "in" and first.head.i == verb.i:
            return in_place(verb)
        return None

    def _kind_reference(self, tok: Token) -> ResolvedActor | None:
        """"applied to join the alliance", "talks with the bloc", "to visit the kingdom": a
        bare definite noun for a kind of actor is the one of that kind named last before it
        (an organization for "alliance", "bloc", "union"; a kingdom for "kingdom")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("compound", "poss", "nmod") or (
                c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")) for c in tok.children):
            return None  # "the U.S.-Japan alliance", "the African Union": named, not referred
        want = KIND_NOUNS[tok.lemma_.lower()]
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            for e in self._entries(span):
                if e.kind != want or (want == "country" and not any(
                        "kingdom" in a.lower() for a in (e.name, *e.aliases))):
                    continue
                a = self._from_entry(e, span).actor
                return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                           a.sector, tok.idx, tok.idx + len(tok.text)),
                                     "coref", e.key)
        return None

    @staticmethod
    def _rules_by_force(tok: Token) -> bool:
        """Whether ``tok`` names the military rulers of a country ("the junta", "the
        putschists", "the coup leaders", "the military government")."""
        lemma = tok.lemma_.lower()
        if lemma in ("junta", "putschist"):
            return True
        mods = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}
        return (lemma in ("leader", "plotter") and "coup" in mods) or (
            lemma in ("ruler", "government", "authority", "regime") and "military" in mods)

    def _junta_country(self, tok: Token) -> str | None:
        """The country military rulers with no nationality rule: the one country their
        sentence names besides the subject they are an object of ("the junta ... welcomed
        the step towards Mali's sovereignty"), else the one the article's last junta ruled
        (not the country whose story it is: "Paris will consult the putschists"). A place
        their own phrase names comes first: "the junta in Conakry expelled French soldiers"
        rule Guinea, whatever else the sentence names."""
        place = self._region_after(tok, ("in", "of"))
        if place and place not in REGIONS:
            return place
        own: str | None = None
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                found = self._resolve_one(subj)
                own = found.actor.country if found is not None else None
        named = {c for c in self._sentence_countries(tok.sent, skip_tokens=frozenset(
            t.i for t in tok.subtree)) if c != own and c not in REGIONS}
        if len(named) == 1:
            return named.pop()
        last = self.ctx.by_noun.get(JUNTA)
        return last.actor.country if last is not None else None

    def _the_country(self, tok: Token) -> str | None:
        """"accused the country of ...": the country the sentence named last before it (not
        as a modifier: "the U.S. envoy"), else the one the sentence before had as subject; not
        the country of the
        subject of the verb "the country" is an object of ("he accused the country" is not
        his own). Only a bare "the country": "the host country", "the country of ...", "a
        country that ..." say which."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("amod", "compound", "nummod", "relcl", "acl", "appos", "nmod") or (
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" for g in c.children)) for c in tok.children):
            return None  # (not "accused the country of supplying arms", parsed so)
        own: str | None = None
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i), None)
            if subj is not None:
                found = self._resolve_one(subj)
                own = found.actor.country if found is not None else None
        for t in reversed(tok.doc[tok.sent.start: tok.i]):
            span = self.kb_span_at(t)
            if span is None or span.root.i != t.i or t.dep_ in ("compound", "amod", "poss"):
                continue
            e = self._choose(self._entries(span), t)
            if e is None or e.kind not in ("country", "metonym"):
                continue
            country = self._owner_in_context(e, span) or self._entry_country(e)
            if not country or country == own or country in REGIONS:
                continue
            return country  # the nearest before it
        body = self.ctx.last_body
        if body is not None and body.kind in ("country", "metonym") and (
                body.actor.country != own):
            return body.actor.country
        return None

    def _half(self, tok: Token) -> str | None:
        """"the North", "the South's decision": the half of a divided country that the
        article names, by its compass point alone (a capitalised word after "the" that does
        not start a longer name: "the North Atlantic", "the South China Sea")."""
        low = tok.lower_
        if low not in HALVES or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
            return None
        doc = tok.doc
        if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or self.kb_span_at(tok) is not None:
            return None
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and (
                doc[tok.i + 1].pos_ in ("PROPN", "ADJ", "NOUN")):
            return None
        for country, cues in HALVES[low]:
            if any(c in self.ctx.ranked for c in cues):
                return country
        return None

    def _island(self, tok: Token) -> ResolvedActor | None:
        """"drills around the island": the island country or territory named last before."""
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            entries = self._entries(span)
            country = self._entry_country(entries[0]) if entries else None
            if country in ISLAND_COUNTRIES:
                return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                           tok.idx, tok.idx + len(tok.text)), "coref")
        return None

    def _definite_reference(self, tok: Token) -> ResolvedActor | None:
        """"the ministry", "the Secretary", "the embassy spokesman": the actor introduced
        earlier in the article with the same noun or title."""
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "his", "her")
                       for c in tok.lefts) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the")
        if not definite and not tok.text[:1].isupper():
            return None
        lemma = tok.lemma_.lower()
        found = self.ctx.by_noun.get(lemma)
        person = self._titled_person(tok)
        if person is not None and (found is None or self._last_mention(person) >= (
                found.actor.start or 0)):
            # "China's special envoy Li Hui ... The envoy": the person named with the title,
            # over the unnamed agent the same phrase gave, unless that came later
            found = person
        if found is None:
            return None
        a = found.actor
        return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                   tok.idx, tok.idx + len(tok.text)), "coref", found.key)

    def _last_mention(self, r: ResolvedActor) -> int:
        """Where the article last named the person ``r`` (a character offset)."""
        return max((p.actor.start or 0 for p in self.ctx.people.values() if p.key == r.key),
                   default=r.actor.start or 0)

    def _titled_person(self, tok: Token) -> ResolvedActor | None:
        """"the Foreign Secretary", "the prime minister", "the spokesman": the person
        introduced earlier whom the article gave that title, or whose office on the article's
        date the knowledge base names so. When several fit, the one of the nationality the
        phrase gives; then not one named elsewhere in the sentence ("In talks with Wang Yi,
        the foreign minister ..."), nor of the country of the clause's subject when the
        phrase is an object ("Blinken met the foreign minister"); then the first introduced
        (the story's principal), the article's own titles before the knowledge base's."""
        head = TITLE_SAME.get(tok.lemma_.lower(), tok.lemma_.lower())
        if not (self.kb.title_sector(tok.text) or head in PERSON_NOUNS):
            return None  # a person's title, not a body ("the ministry")
        mods: set[str] = set()
        country: str | None = None
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                words = [c] if c.dep_ != "compound" else list(c.subtree)
                for w in words:
                    nat = self._nation_word(w.text) or (
                        self._country_named(w.text) if w.pos_ == "PROPN" else None)
                    if nat:
                        country = nat
                    elif w.lower_ in ("former", "ex", "late", "previous", "next"):
                        return None  # not the office holder the article is about
                    else:
                        mods.update(x for x in title_words(w.text) if x not in TITLE_NOISE)
            elif c.dep_ == "poss" and c.lower_ not in PRONOUNS_PERSON | {"its", "their"}:
                nat = self._nationality(tok)
                if nat:
                    country = nat
            elif c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for w in c.subtree:
                    if w.i == c.i or w.pos_ in ("DET", "ADP", "PUNCT"):
                        continue
                    if self._nation_word(w.text) or self._country_named(w.text):
                        country = country or self._nation_word(
                            w.text) or self._country_named(w.text)
                    else:
                        mods.update(x for x in title_words(w.text) if x not in TITLE_NOISE)
        people: dict[str, ResolvedActor] = {}
        for r in self.ctx.people.values():
            if r.key and r.key not in people:
                people[r.key] = r
        told: list[ResolvedActor] = []
        known: list[ResolvedActor] = []
        for key, r in people.items():
            if country and r.actor.country != country:
                continue
            if title_fits(self.ctx.titles_seen.get(key, set()), head, mods):
                told.append(r)
                continue
            entry = self.kb.get(key)
            if entry is not None and any(
                    title_fits(title_words(t), head, mods)
                    for t in self.kb.titles_on(entry, self.ctx.published)):
                known.append(r)
        fits = told + known
        if len(fits) > 1:
            named = {self.ctx.people[t.text].key for t in tok.sent
                     if t.i != tok.i and t.pos_ == "PROPN" and t.text in self.ctx.people}
            fits = [r for r in fits if r.key not in named] or fits
        if len(fits) > 1 and tok.dep_ not in ("nsubj", "nsubjpass"):
            other = self._clause_subject_country(tok)
            fits = [r for r in fits if r.actor.country != other] or fits
        return fits[0] if fits else None

    def _clause_subject_country(self, tok: Token) -> str | None:
        """The country of the subject of the clause ``tok`` is an object in."""
        head = tok
        for _ in range(6):
            if head.head.i == head.i:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")),
                            None)
                if subj is None:
                    continue
                if subj.lower_ in PRONOUNS_PERSON:
                    r = self.ctx.subject_person or self.ctx.last_person
                else:
                    span = self.kb_span_at(subj)
                    e = self._choose(self._entries(span), subj) if span is not None else None
                    r = self._from_entry(e, span) if e is not None else None
                return r.actor.country if r is not None else None
        return None

    def _agent_group(self, tok: Token) -> list[ResolvedActor]:
        """Agents of several countries in one plural phrase: "Chinese and American
        diplomats", "the foreign ministers of India and China", "officials from Japan, China
        and South Korea" -- one actor per country, with the agent noun's sector."""
        if tok.tag_ != "NNS":
            return []
        sector = self._agent_sector(tok)
        if sector is None:
            return []
        named: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                named += [c] + [x for x in c.conjuncts if x.i < tok.i]
            elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        named += [p] + list(p.conjuncts)
        countries: list[str] = []
        for t in named:
            country = self._nation_word(t.text)
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
            code = country + sector if len(country) == 3 else country
            out.append(ResolvedActor(Actor(text=self._np_text(tok), name=None, code=code,
                                           country=country, sector=sector, start=tok.idx,
                                           end=tok.idx + len(tok.text)), "agent"))
        return out

    def _country_named(self, text: str) -> str | None:
        """The country a bare name stands for ("U.S." -> USA), through the KB."""
        for e in self.kb.find(text):
            country = self._entry_country(e)
            if country:
                return country
        return None

    def _agent_sector(self, tok: Token) -> str | None:
        lemma = tok.lemma_.lower()
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:
                # a two-word agent is more specific than its head: "trade representative"
                # (GOV, not LEG), "state media" (the lemma of "media" is "medium")
                two = self.kb.agent_sector(f"{c.lower_} {lemma}") or self.kb.agent_sector(
                    f"{c.lower_} {tok.lower_}")
                if two:
                    return two
        sector = self.kb.agent_sector(lemma)
        if sector is not None:
            # "Hamas leaders", "Houthi negotiators", "Hezbollah fighters": people of an armed
            # group or an opposition are of its sector, not their country's government or army
            for c in tok.lefts:
                span = self.kb_span_at(c) if c.dep_ in ("compound", "poss", "amod") and (
                    not _pro_or_anti(c)) else None  # ("pro-Taliban newspapers")
                if span is not None:
                    # (the group's standing on the article's date: the Taliban before 2021)
                    kinds = {(e.kind, self.kb.code_at(e, self.ctx.published)[1] if e.roles
                              else e.sector) for e in self._entries(span)}
                    found = {s for k, s in kinds if k == "institution" and s in (
                        "REB", "OPP", "SEP", "INS")}
                    if len(found) == 1:
                        return found.pop()
        if sector is not None:
            # "separatist forces", "rebel fighters", "militant commanders": the armed group's
            # sector, not the state's
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE"):
                    s = self.kb.agent_sector(c.lemma_.lower())
                    if s in ("REB", "SEP", "INS") and s != sector:
                        return s
        if sector == "GOV":
            # a generic role in a sector: "his Chinese intelligence counterparts" (SPY),
            # "military officials" (MIL)
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE"):
                    s = self.kb.agent_sector(c.lemma_.lower())
                    if s and s not in ("GOV", "ELI"):
                        return s
        if sector is None:
            # two-word agents ("coast guard", "foreign ministry", "state media"; the lemma
            # of "media" is "medium")
            for c in tok.lefts:
                if c.dep_ == "compound" or c.dep_ == "amod":
                    s = self.kb.agent_sector(f"{c.lower_} {lemma}") or self.kb.agent_sector(
                        f"{c.lower_} {tok.lower_}")
                    if s:
                        return s
        return sector

    def _nationality(self, tok: Token, depth: int = 0) -> str | None:
        """Country named by a modifier of ``tok`` ("Chinese", "U.S.", "China's", "of Japan")."""
        if depth > 3:
            return None
        for c in tok.children:
            if c.dep_ == "poss" and c.lower_ == "its" and c.pos_ == "PRON" and not (
                    tok.lemma_.lower() in PERSON_NOUNS or self.kb.title_sector(tok.text)):
                # "Riyadh broke off relations after protesters stormed its embassy in
                # Tehran": the body that is the subject before it, not the host city. (A
                # person, "its new ambassador to China", is left to the phrase's search.)
                owner = self._its_owner(c)
                if owner:
                    return owner
                continue
            if c.dep_ in MODIFIER_DEPS and _pro_or_anti(c):
                continue  # "pro-Russian separatists" are not Russia's
            if self._name_part(c, tok):
                continue  # "Frances Adamson", "Jordan Peterson": a first name
            if c.dep_ in MODIFIER_DEPS or c.dep_ == "poss":
                span = self.kb_span_at(c)
                if span is not None:
                    for e in self._entries(span):
                        country = self._owner_in_context(e, span) or self._entry_country(e)
                        if country:
                            return country
                country = self._adjective_country(c) or self._half(c)  # "the North's"
                if country:
                    return country
                if c.dep_ == "poss" or c.pos_ == "PROPN":
                    # "Karabakh's separatist forces", "the region's rebels"; a city, province
                    # or state the model tags as a place: "an Istanbul court", "the Johor
                    # government", "Tamil Nadu Chief Minister"
                    region = self._region_only(c) or (
                        self._gazetteer_country(c) if c.i < tok.i else None)
                    if region:
                        return region
                led = _led_by(c)
                if led is not None:  # "a Saudi-led coalition", "the Houthi-run agency"
                    country = self._nation_word(led) or self._country_named(led)
                    if country:
                        return country
                if c.dep_ == "compound" or c.dep_ == "poss":
                    inner = self._nationality(c, depth + 1)
                    if inner:
                        return inner
            elif c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "in", "at", "with"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        if c.lower_ in ("at", "with"):
                            # "a diplomat at the Chinese consulate", "an official with the
                            # Indian embassy": the body they serve, not a place or a meeting
                            r = self._resolve_one(p)
                            if r is not None and r.kind in ("agent", "institution") and (
                                    r.actor.country):
                                return r.actor.country
                            continue
                        if c.lower_ == "in":
                            # "separatists in Karabakh": a region only (a capital after
                            # "in" is where, not whose: "diplomats in Beijing")
                            region = self._region_only(p)
                            if region:
                                return region
                            continue
                        r = self._resolve_one(p)
                        if r and r.actor.country:
                            return r.actor.country
                        region = self._region_only(p)
                        if region:
                            return region
        # "an embassy spokesman said" after "the Chinese embassy": the head noun of an
        # apposition chain ("Danny Russel, a former official") is handled by the caller.
        return None

    def _its_owner(self, tok: Token) -> str | None:
        """Country of the singular body "its" refers to: the nearest subject before it in
        the sentence that is a country, capital, organisation or agency."""
        for t in reversed(list(tok.doc[tok.sent.start: tok.i])):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP"):
                r = self._resolve_one(t)
                if r is not None and r.kind in ("country", "metonym", "institution", "agent",
                                                "igo") and r.actor.country:
                    return r.actor.country
        return None

    def _region_only(self, tok: Token) -> str | None:
        """Country of a region named by ``tok`` (listed in the KB, or "the region")."""
        if tok.lemma_.lower() in REGION_NOUNS and any(
                c.lower_ in ("the", "this", "that") for c in tok.lefts):
            return self.ctx.last_region
        doc = tok.doc
        left = tok.left_edge.i
        while left < tok.i and doc[left].dep_ in ("det", "amod") and doc[left].pos_ != "PROPN":
            left += 1
        return self.kb.region_country(doc[left:tok.i + 1].text) or self.kb.region_country(
            tok.text)

    def _person_from_ner(self, tok: Token) -> ResolvedActor | None:
        """A person the model found but the knowledge base does not know, or a name the
        article introduced before."""
        if tok.i in self._naming:
            return None  # a name and a title in apposition, each asking the other
        self._naming.add(tok.i)
        try:
            return self._name_person(tok)
        finally:
            self._naming.discard(tok.i)

    def _name_person(self, tok: Token) -> ResolvedActor | None:
        # within-article reference: "Wang" after "Wang Yi"
        key = tok.text
        if key in self.ctx.people:
            prev = self.ctx.people[key]
            a = prev.actor
            return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                       tok.idx + len(tok.text)), "coref", prev.key)
        # a title or nationality in the same phrase ("Philippine Defense Secretary X")
        sector = None
        country = self._nationality(tok)
        words = [x for m in tok.lefts if m.dep_ == "compound" for x in m.subtree]
        for c in words:
            if c.dep_ == "compound":
                s = self.kb.title_sector(c.text) or self.kb.agent_sector(c.lemma_.lower())
                if s and sector != "LEG":
                    # ("Senate President X" presides over the legislature)
                    sector = s
        # an apposition: "Danny Russel, a former White House adviser"
        for c in tok.children:
            if c.dep_ == "appos":
                r = self._resolve_one(c)
                if (r is None or not r.actor.country) and c.pos_ in ("NOUN", "PROPN"):
                    # "Jane Roe, head of Peru's foreign ministry": the body the office is of
                    # (not a person named there: "a critic of Putin")
                    r = self._search(c)
                    if r is not None and r.kind in ("person", "coref", "ner", "dyad"):
                        r = None
                if r is not None and r.actor.country:
                    former = any(w.lower_ in ("former", "ex") for w in c.lefts)
                    sec = "ELI" if former else r.actor.sector
                    a = r.actor
                    return self._bind_name(tok, ResolvedActor(Actor(
                        a.text, None, (a.country or "") + (sec or ""), a.country, sec, a.start,
                        a.end), r.kind))
        if country is None:
            office = self._office_of_name(tok)
            return self._bind_name(tok, office) if office is not None else None
        actor = Actor(self._np_text(tok), tok.text, country + (sector or ""), country, sector,
                      tok.idx, tok.idx + len(tok.text))
        res = ResolvedActor(actor, "ner", "ner:" + tok.text)
        self._remember_name(tok, res)
        return res

    def _remember_name(self, tok: Token, r: ResolvedActor) -> None:
        self.ctx.people[tok.text] = r
        self.ctx.last_person = r

    def _office_words(self, toks: list[Token]) -> frozenset[str]:
        """The words of the office ``toks`` (a title noun and its modifiers, or the title
        words before a name) name, less nationalities and words that say nothing of the
        office: "the U.S. ambassador" and "Ambassador" both give {ambassador}."""
        words: set[str] = set()
        for w in toks:
            if not w.is_alpha or w.ent_type_ in ("NORP", "GPE") or self._nation_word(
                    w.text) or self._country_named(w.text):
                continue
            words.update(OFFICE_SAME.get(x, x) for x in title_words(
                w.lemma_ if w.pos_ == "NOUN" else w.text) if x not in TITLE_NOISE)
        return frozenset(words)

    def _person_title(self, tok: Token) -> bool:
        """Whether the noun ``tok`` names one person by office ("ambassador", "envoy",
        "foreign minister", "official"), not a body ("ministry") nor a group."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNP") and bool(
            self.kb.title_sector(tok.text) or tok.lemma_.lower() in PERSON_NOUNS)

    def _name_tokens(self, tok: Token) -> list[Token]:
        """The words of the name whose last word is ``tok``: the proper nouns before it that
        are neither a title nor a nationality ("Ambassador Jane Roe" -> Jane Roe)."""
        doc = tok.doc
        start = tok.i
        while start > tok.sent.start:
            w = doc[start - 1]
            if w.pos_ != "PROPN" or not w.text[:1].isupper() or self.kb.title_sector(
                    w.text) or self.kb.agent_sector(w.lemma_.lower()) or (
                    self._nation_word(w.text)) or self.kb_span_at(w) is not None:
                break
            start -= 1
        return list(doc[start: tok.i + 1])

    def _bind_name(self, tok: Token, r: ResolvedActor) -> ResolvedActor:
        """Remember the person named by ``tok`` (the last word of a name the knowledge base
        does not know) as the office holder ``r``; each word of the name may come back
        alone ("Roe met ...")."""
        words = self._name_tokens(tok)
        name = " ".join(w.text for w in words)
        a = r.actor
        res = ResolvedActor(Actor(self._np_text(tok), name, a.code, a.country, a.sector,
                                  tok.idx, tok.idx + len(tok.text)), "ner", "ner:" + name)
        for w in words:
            if len(w.text) > 1:
                self.ctx.people[w.text] = res
        self.ctx.last_person = res
        self.ctx.unnamed = {k: v for k, v in self.ctx.unnamed.items()
                            if v.actor.start != a.start}
        return res

    def _office_of_name(self, tok: Token) -> ResolvedActor | None:
        """The office holder a name the knowledge base does not know stands for: the title
        noun it is in apposition with ("the ambassador, Jane Roe,", "Jane Roe, the
        country's envoy,"), or the holder the article introduced before by the office that
        the title before the name gives ("the U.S. ambassador ... Ambassador Jane Roe")."""
        titles = [c for c in tok.children if c.dep_ == "appos" and self._person_title(c)]
        if tok.dep_ == "appos" and self._person_title(tok.head):
            titles.insert(0, tok.head)
        for t in titles:
            r = self._resolve_one(t)
            if r is not None and r.kind in ("agent", "coref") and r.actor.country and (
                    r.actor.sector):
                return r
        name = {w.i for w in self._name_tokens(tok)}
        before = [w for c in tok.lefts if c.dep_ == "compound" for w in c.subtree
                  if w.i not in name]
        if not before or not self.kb.title_sector(" ".join(w.text for w in before)):
            return None
        return self.ctx.unnamed.get(self._office_words(before))

    @staticmethod
    def _told_before(tok: Token) -> bool:
        """Whether a modifier before the noun (not a possessive pronoun) may tell whose it
        is: "the U.S. ambassador", "Peru's envoy", not "its envoy to Peru"."""
        return any(c.i < tok.i and c.dep_ in MODIFIER_DEPS | {"poss"} and c.lower_ not in (
            "its", "their", "his", "her") for c in tok.children)

    def _office_holder(self, tok: Token) -> ResolvedActor | None:
        """The office holder a person title with a nationality names, coded by whom they
        serve: "the U.S. ambassador", "Peru's envoy", "its ambassador" (the country that is
        the subject before), not where they serve ("the ambassador to Chile": the phrase as
        an argument is about Chile, the person is not Chilean)."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in PRONOUNS_PERSON | {"their"}:
            return None  # "his ambassador": whose is told by the person, not the phrase
        if poss is not None and poss.lower_ == "its":
            country = self._its_owner(poss)
            sector = self._agent_sector(tok)
            if not country or not sector or len(country) != 3:
                return None
            return ResolvedActor(Actor(self._np_text(tok), None, country + sector, country,
                                       sector, tok.idx, tok.idx + len(tok.text)), "agent")
        if not self._told_before(tok):
            return None  # no nationality before the title
        r = self._resolve_one(tok)
        if r is None or r.kind != "agent" or not r.actor.country or not r.actor.sector:
            return None
        return r

    def _note_offices(self, sent: Span) -> None:
        """Remember the office holders a sentence introduces by office and country: with a
        name the knowledge base does not know ("the U.S. ambassador in Lima, Jane Roe"), the
        name; without one, the office, for a name given with that title later."""
        for tok in sent:
            if not self._person_title(tok) or self.kb_span_at(tok) is not None or (
                    tok.dep_ in ("compound", "amod")):
                continue
            r = self._office_holder(tok)
            if r is None:
                continue
            self.ctx.by_noun[tok.lemma_.lower()] = r  # "the ambassador" later
            names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                names.append(tok.head)
            names = [n for n in names if self.kb_span_at(n) is None]
            if names:
                if names[0].text not in self.ctx.people:
                    self._bind_name(names[0], r)
                continue
            key = self._office_words([tok] + [w for c in tok.lefts
                                              if c.dep_ in ("compound", "amod")
                                              for w in c.subtree])
            if key:
                self.ctx.unnamed[key] = r

    def _remember(self, r: ResolvedActor, span: Span) -> None:
        if r.kind == "person" and r.key:
            # the words the article put before the name ("Secretary of State Antony Blinken")
            doc = span.doc
            start = min(span.root.left_edge.i, span.start)
            seen = self.ctx.titles_seen.setdefault(r.key, set())
            seen.update(w for t in doc[start:span.start] if t.is_alpha for w in title_words(t.text))
            # a title inside the matched alias ("Vice President Han Zheng")
            name = set((r.actor.name or "").lower().split())
            seen.update(w for w in title_words(span.text) if w not in name)
            # "The Foreign Secretary, James Cleverly, ...", "Wang Yi, China's foreign
            # minister, ...": the title in apposition
            root = span.root
            titled = [root.head] if root.dep_ == "appos" else []
            titled += [c for c in root.children if c.dep_ == "appos"]
            for t in titled:
                if t.pos_ in ("NOUN", "PROPN") and (self.kb.title_sector(t.text) or
                                                    self.kb.agent_sector(t.lemma_.lower())):
                    seen.update(w for x in t.subtree if x.is_alpha and not (
                        span.start <= x.i < span.end) for w in title_words(x.text))
        if r.kind == "person":
            words = span.text.split()
            self.ctx.people[span.text] = r
            name = r.actor.name or span.text
            # any part of the name may come back alone: "Blinken", but also "Wang" for
            # Wang Yi (family name first)
            for w in name.split() + words:
                if len(w) > 1 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr"):
                    self.ctx.people[w] = r
            self.ctx.last_person = r

    def _listed_with(self, head: Token, found: ResolvedActor) -> list[ResolvedActor]:
        """``found`` (an actor named inside the phrase of ``head``) and the actors coordinated
        with it there, each once."""
        out = [found]
        tok = next((t for t in head.subtree if t.idx == found.actor.start), None)
        if tok is None:
            return out
        span = self.kb_span_at(tok)
        root = span.root if span is not None else tok
        if root.dep_ == "pobj" and root.head.lower_ in ("between", "among"):
            return out  # "exchanges between the United States and Taiwan": a pair's own act
        for c in root.conjuncts:
            if c.i < root.i:
                continue
            r = self._resolve_one(c)
            if r is None and c.pos_ == "ADJ":
                country = self._nation_word(c.text)
                if country:
                    r = ResolvedActor(Actor(c.text, None, country, country, None, c.idx,
                                            c.idx + len(c.text)), "country")
            if r is not None and r.kind == found.kind and r.actor.country not in {
                    o.actor.country for o in out}:
                out.append(r)
        return out

    def other_named(self, tok: Token, exclude: set[str | None]) -> ResolvedActor | None:
        """The first actor named inside the phrase of ``tok`` whose country is not one of
        ``exclude``: "welcomed the expansion of U.S. access to Philippine bases" said by an
        American is about the Philippines."""
        return self._search(tok, skip_regions=True, exclude=exclude)

    def _search(self, tok: Token, depth: int = 0, skip_regions: bool = False,
                exclude: set[str | None] | None = None) -> ResolvedActor | None:
        """An actor named inside a non-actor argument ("Biden's order", "countries led by
        the United States"): the first one found breadth-first through modifiers, less any
        of the ``exclude`` countries (whose adjectives then count at any depth)."""
        frontier: list[Token] = [tok]
        seen = {tok.i}
        # the head's own premodifiers at any depth: "three Philippine fisheries bureau boats"
        # parses "Philippine" as a modifier of "fisheries", itself a compound of a compound
        premod = {tok.i}
        for _ in range(4 if exclude is None else 6):
            nxt: list[Token] = []
            for t in frontier:
                for c in t.children:
                    if c.i in seen or c.dep_ not in SEARCH_DEPS:
                        continue
                    if t.i in premod and c.i < t.i and c.dep_ in ("amod", "compound", "nmod"):
                        premod.add(c.i)
                    if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "at") or (
                            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in MEDIATION_VERBS):
                        # ("a complaint against the restrictions at the World Trade
                        # Organization": where, not whose)
                        continue
                    seen.add(c.i)
                    r = self._resolve_one(c)
                    if r is None and c.dep_ in ("amod", "compound") and (
                            c.i in premod or exclude is not None) and not _pro_or_anti(c) and (
                            not self._name_part(c, t)):
                        # "shot down the Chinese balloon": the owner named by its adjective
                        inner = self.kb_span_at(c)
                        country = self._nation_word(
                            inner.text) if inner is not None else self._adjective_country(c)
                        if country:
                            r = ResolvedActor(Actor(c.text, None, country, country, None,
                                                    c.idx, c.idx + len(c.text)), "country")
                    if r is not None and r.kind != "dyad" and not (
                            skip_regions and r.actor.country in REGIONS) and not (
                            exclude is not None and r.actor.country in exclude):
                        return r
                    nxt.append(c)
            frontier = nxt
        return None

    def note_sentence(self, sent: Span) -> None:
        """Remember people introduced in a sentence even when they are in no event; "he" in
        the next sentence is the person who was the subject here."""
        last = self.ctx.last_person
        subject = None
        self.ctx.last_group = self._subject_group(sent)
        self._note_offices(sent)
        named: dict[int, ResolvedActor] = {}
        names = [ent.root for ent in sent.ents if ent.label_ == "PERSON"] + [
            t for t in sent if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ != "PERSON"
            and self._person_title(t.head)]  # ("the envoy, Jane Roe," tagged otherwise)
        for root in names:
            if self.kb_span_at(root) is None and root.text not in self.ctx.people:
                # a person the knowledge base does not know, introduced with a nationality
                # or an office ("Ambassador Jane Roe told reporters ..."): "Roe" later
                r = self._person_from_ner(root)
                if r is not None:
                    named[root.i] = r
        root_subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                         None)
        if root_subj is not None and root_subj.lower_ != "it":
            body = self._resolve_one(root_subj)
            # "it" in the next sentence: a ministry, government or country that was the
            # subject here (a person or a group is "he"/"they")
            self.ctx.last_body = body if body is not None and body.kind in (
                "institution", "country", "metonym", "igo", "agent", "coref") and (
                body.actor.country) else None
        for span in sent.doc.spans.get("actors", []):
            if sent.start <= span.start < sent.end:
                entries = self._entries(span)
                e = self._choose(entries, span.root)
                if e is not None and e.kind == "person":
                    r = self._from_entry(e, span)
                    self._remember(r, span)
                    if span.root.dep_ in ("nsubj", "nsubjpass") and subject is None:
                        subject = r
        if subject is None and root_subj is not None and root_subj.pos_ == "PROPN" and (
                root_subj.text in self.ctx.people) and self.kb_span_at(root_subj) is None:
            # a person the knowledge base does not know, named before or here
            subject = named.get(root_subj.i) or self.ctx.people[root_subj.text]
        if subject is None and root_subj is not None and root_subj.tag_ in ("NN", "NNP") and (
                self.kb.title_sector(root_subj.lemma_.lower())
                or root_subj.lemma_.lower() in PERSON_NOUNS
                or self.kb.title_sector(root_subj.text)):
            # "Japan's foreign minister met ... She urged ...": a person told by office
            # and country, not by name; "the Foreign Secretary raised ...": by a title the
            # article gave a person before
            r = self._resolve_one(root_subj)
            if r is not None and r.kind in ("agent", "coref") and r.actor.country and (
                    r.kind == "agent" or r.key):
                subject = r
        if subject is None and root_subj is not None and root_subj.lower_ in (
                "he", "she") and self.ctx.subject_person is not None:
            subject = self.ctx.subject_person  # "He also urged ...": still the same person
        if subject is not None:
            self.ctx.subject_person = subject
        self.ctx.last_person = subject or last
        self._note_regions(sent)

    def _note_regions(self, sent: Span) -> None:
        """Remember the last region named in the sentence, for "the region's forces"."""
        for tok in sent:
            if tok.pos_ == "PROPN" and (tok.i + 1 >= sent.end or tok.nbor().pos_ != "PROPN"):
                country = self._region_only(tok)
                if country:
                    self.ctx.last_region = country

    def note_event(self, ev: Event) -> None:
        """Remember an event the article reported, for later references to it ("the drills",
        "the measures")."""
        self.ctx.events.append(ev)

    def last_event(self, codes: tuple[str, ...]) -> Event | None:
        """The most recent event whose CAMEO code starts with one of ``codes``."""
        for ev in reversed(self.ctx.events[-40:]):
            if ev.cameo.startswith(codes) and ev.source is not None and ev.target is not None:
                return ev
        return None

    def event_by_id(self, event_id: str) -> Event | None:
        return next((e for e in self.ctx.events if e.event_id == event_id), None)

    def event_participants(self, roots: tuple[str, ...], exclude: set[str | None]
                           ) -> list[ResolvedActor]:
        """Who took part in the most recent event of one of ``roots``, less the ``exclude``
        countries: the source of a one-sided act, both sides of a meeting."""
        for ev in reversed(self.ctx.events[-40:]):
            if ev.root not in roots:
                continue
            if ev.root in ("03", "04", "05", "06"):
                sides = [ev.source, ev.target]
            elif ev.target is not None and ev.target.country in exclude:
                # a one-sided act is referred to by the side it was done to: "Taiwan
                # condemned the drills" are drills around Taiwan
                sides = [ev.source]
            else:
                continue
            out = [ResolvedActor(a, "coref") for a in sides
                   if a is not None and a.country and a.country not in exclude]
            if out:
                return out
        return []

    def _subject_group(self, sent: Span) -> list[str] | None:
        """The countries of a group that is the subject of the sentence's main verb: a group
        phrase ("the two sides") or coordinated actors of different countries ("Biden and
        Xi"); "they" in the next sentence refers to it."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ in ("they", "we") and self.ctx.last_group:
            return self.ctx.last_group  # "They also agreed ...": still the same group
        size = self._group_size(subj)
        if size is not None:
            if size == 0:
                return self.ctx.last_group or self.group_countries(2)
            return self.group_countries(size)
        countries: list[str] = []
        for h in [subj, *subj.conjuncts]:
            r = self._resolve_one(h)
            c = r.actor.country if r is not None else None
            if c and c not in countries:
                countries.append(c)
        return countries if len(countries) >= 2 else None


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
    pool = group if expand else group[:size]
    kept = [g for g in pool if g.actor.country not in taken][:size]
    return sorted(kept, key=lambda g: g.order)


# "Saudi-led", "Houthi-run", "state-owned": who leads or runs it is whose it is ("-backed"
# is not: a backer is another party)
_LED_WORDS = ("led", "run", "controlled", "owned", "dominated")


def _led_by(mod: Token) -> str | None:
    """The leader's name in "Saudi-led" / "Houthi-run" (one token or "Saudi - led"), else
    None."""
    low = mod.lower_
    for word in _LED_WORDS:
        if low.endswith("-" + word) and len(low) > len(word) + 1:
            return mod.text[: -len(word) - 1]
    if low in _LED_WORDS:
        lead = next((c for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod",
                                                            "nmod") and c.i < mod.i), None)
        if lead is not None:
            return lead.text
    return None


def title_words(text: str) -> list[str]:
    """The words of a title, lower-cased, with one spelling per office word ("Vice-President"
    -> vice, president; "spokesman" -> spokesperson)."""
    out: list[str] = []
    for w in text.lower().replace("\u2019", "'").split():
        w = w.strip(".,;:()\"")
        if "-" in w and w.split("-", 1)[0] in TITLE_RANKS:
            parts = w.split("-")
        else:
            parts = [w]
        out += [TITLE_SAME.get(x, x) for x in parts if x]
    return out


def title_fits(words: list[str] | set[str], head: str, mods: set[str]) -> bool:
    """Whether an office told by ``words`` is the one a phrase with head noun ``head`` and
    modifiers ``mods`` names: "the foreign minister" is the Minister of Foreign Affairs,
    "the president" is not the Vice President, "the minister" not the Prime Minister."""
    if head not in words or not mods <= set(words):
        return False
    if isinstance(words, list):
        ranks = {w for w in words[:words.index(head)] if w in TITLE_RANKS}
    else:
        ranks = {w for w in words if w in TITLE_RANKS}
    return ranks <= mods
