"""Actor recognition: the within-article resolver.

The ``detente_actors`` component (:mod:`.actor_ruler`) only marks knowledge-base matches
(``doc.spans["actors"]``, with the candidate entries in ``doc._.actor_entries[(start, end)]``).
Turning a noun phrase into a coded actor needs the article (its date, the people already
introduced, its main dyad), so that is done by :class:`ActorResolver`, one per article.

This module holds the resolver's core: the article pass (country counts, the main dyad), the
knowledge-base matches, :meth:`ActorResolver.resolve` and the dispatch of one phrase to the
rules, the search inside a phrase that is no actor itself, and what the article remembers
after each sentence and event. The rules that read the context are mixins in their own
modules:

- :mod:`.actor_context` -- the country of a phrase from its modifiers and its sentence;
- :mod:`.actor_places` -- countries of places, regions and "Georgia";
- :mod:`.actor_refs` -- pronouns, definite nouns and titles that refer back, "the country",
  "the North", "the junta";
- :mod:`.actor_groups` -- group phrases ("the two sides") and :func:`fit_group`;
- :mod:`.actor_names` -- names the knowledge base does not know, bound to their office;
- :mod:`.actor_common` -- :class:`ResolvedActor`, :class:`ArticleContext` and shared words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB, KBEntry, Role
from detente.model import Actor, Event
from detente.nlp.actor_common import (
    ARMED_SECTORS,
    COUNTRY_COUNTS,
    EPITHET_HEADS,
    JUNTA,
    KIND_NOUNS,
    MODIFIER_DEPS,
    OTHER_SIDE_NOUNS,
    PERSON_NOUNS,
    PRONOUNS_PERSON,
    REGIONS,
    TITLE_NOISE,
    ArticleContext,
    ResolvedActor,
    pro_or_anti,
    title_fits,
    title_words,
)
from detente.nlp.actor_context import OTHER_STATE_HEADS, STATE_KIND_HEADS, CountryRules
from detente.nlp.actor_groups import REGION_GROUPS, GroupRules, fit_group, led_by
from detente.nlp.actor_igo import BACKED_WORDS, IgoOfficeRules
from detente.nlp.actor_names import NameRules
from detente.nlp.actor_places import PlaceRules, shared_gazetteer
from detente.nlp.actor_refs import (
    FIRST_PERSON_WORDS,
    GENERIC_TITLE_WORDS,
    HONORIFIC_TITLES,
    ReferenceRules,
)
from detente.nlp.actor_ruler import (  # noqa: F401  (registers the component and extension)
    ActorRuler,
    fold_diacritics,
    make_actor_ruler,
)
from detente.nlp.clauses import MEDIATION_VERBS, enumerated_members
from detente.nlp.rules import NAME_SUFFIXES
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import conjuncts, doc_tokens, kids, lefts, sent_of

# names other modules import from here
__all__ = ["COUNTRY_COUNTS", "JUNTA", "REGIONS", "ActorResolver", "ArticleContext",
           "ResolvedActor", "fit_group", "title_fits", "title_words"]

# Dependencies followed when an argument noun is not an actor itself ("Biden's order",
# "countries led by the United States", "the leaders of China").
SEARCH_DEPS = {"poss", "compound", "amod", "nmod", "prep", "pobj", "acl", "agent", "appos",
               "conj", "cc", "relcl"}
# sectors of actors that are coded by where they act when no nationality is given:
# "protesters in Tbilisi" (GEO CVL), "police in Lahore" (PAK COP), "rebels in Darfur" (SDN REB)
LOCAL_SECTORS = frozenset({"CVL", "COP", "REB", "SEP", "INS", "OPP", "LAB", "AGR", "CRM"})
# nouns for the other parties of a relation: "Washington's allies" are not Washington
RELATION_NOUNS = frozenset({"ally", "partner", "backer", "sponsor", "friend"})
# nouns for people who side against someone: "Putin's critics", "the president's
# opponents" are neither the one they oppose nor that one's state
OPPONENT_NOUNS = frozenset({"critic", "opponent", "detractor"})
# nouns for people who side with someone: "his supporters" are not a leader's state (they are
# an opposition leader's opposition: "Imran Khan's supporters clashed with police")
SUPPORTER_NOUNS = frozenset({"supporter", "follower", "loyalist", "sympathizer", "sympathiser",
                             "admirer", "fan", "devotee", "adherent", "voter", "constituent"})
ADHERENT_NOUNS = OPPONENT_NOUNS | SUPPORTER_NOUNS
#: nouns that describe a person by a side they stand against or for ("X, a critic of Israel",
#: "an outspoken foe of Moscow"): the side named is not the person's, and the nouns of an
#: office held abroad, whose "to" phrase names the host, not the person's own state
STANCE_NOUNS = ADHERENT_NOUNS | frozenset({"foe", "enemy", "adversary", "champion",
                                           "advocate", "proponent", "friend"})
STANCE_PREPS = frozenset({"of", "to", "against"})
POSTED_NOUNS = frozenset({"ambassador", "envoy", "emissary", "consul", "attache",
                          "attaché"})
#: the sectors of a state, whose holder's supporters are not of it
STATE_SIDE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"})
# pair phrases for two states ("both governments", "the two countries"): as the object of
# another party's act, the last pair named (ReferenceRules.object_pair)
# armed men of no state, coded as rebels of the state whose forces they fight
REBEL_NOUNS = frozenset({"rebel", "separatist", "insurgent", "guerrilla", "guerilla",
                         "jihadist", "militant", "gunman", "gunmen", "extremist"})
# sectors of a state's own forces and officials
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "GOV"})
# the nouns of an armed force another party may back ("Iranian-backed militias")
BACKED_GROUP_NOUNS = frozenset({"force", "fighter", "militia", "militiaman", "rebel",
                                "separatist", "insurgent", "militant", "gunman", "guerrilla",
                                "guerilla", "paramilitary", "proxy", "jihadist"})
# the participles that tell a group's backer, not its owner ("Saudi-backed", "Iran-funded"):
# a backed government's words, and training
BACKING_PARTICIPLES = BACKED_WORDS | {"trained"}
# the participles that tell whom a group sides with ("militias allied with Iran")
SIDING_WORDS = frozenset({"allied", "aligned", "loyal"})


def backing_of(tok: Token) -> Token | None:
    """The participle that names the backer of the armed group ``tok`` ("Turkish-backed
    fighters", "Iran-backed militias", "militias backed by Iran", "fighters allied with
    Tehran"), else None ("armed rebels", with no backer named, is none)."""
    if tok.lemma_.lower() not in BACKED_GROUP_NOUNS and tok.lower_ not in BACKED_GROUP_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ == "acl" and c.i > tok.i and c.lower_ in BACKING_PARTICIPLES | SIDING_WORDS \
                and any(p.dep_ in ("agent", "prep") and p.lower_ in ("by", "with", "to")
                        for p in kids(c)):
            return c  # "militias backed by Iran", "fighters allied with Tehran"
        if c.dep_ != "amod" or c.i > tok.i:
            continue
        low = c.lower_
        if any(low.endswith("-" + w) and len(low) > len(w) + 1 for w in BACKING_PARTICIPLES):
            return c
        if low in BACKING_PARTICIPLES and any(
                g.dep_ in ("npadvmod", "compound", "amod", "nmod") and g.i < c.i and (
                    not g.is_lower) for g in kids(c)):
            return c
    return None
# prepositions of a place a named person is in, works in or comes from as a traveller
#: verbs of what someone undergoes at another's hands: "a reporter kidnapped by Iraqi
#: militiamen" is the militiamen's captive, not one of their nation
UNDERGONE_VERBS = frozenset({"kidnap", "abduct", "hold", "detain", "arrest", "jail",
                             "imprison", "capture", "seize", "take", "beat", "torture",
                             "attack", "wound", "injure", "shoot", "assault", "harass",
                             "abuse", "threaten", "target", "expel", "deport", "release",
                             "free", "sentence", "convict", "interrogate", "persecute",
                             "hunt", "rescue", "kill", "execute", "hang"})
PERSON_PLACE_PREPS = frozenset({"in", "from", "at", "near", "inside", "across", "throughout",
                                "within", "among"})
STATE_PAIR_NOUNS = frozenset({"government", "country", "state", "nation", "capital",
                              "neighbour", "neighbor", "kingdom", "republic", "monarchy",
                              "emirate", "democracy"})
# nouns that count the people of their of-phrase ("dozens of fishermen")
COUNT_NOUNS = frozenset({"dozen", "hundred", "thousand", "score", "group", "number", "pair",
                         "handful", "couple", "crowd", "team", "batch"})
# prepositions of a place or a time, whose object is no party of the phrase ("talks in
# the three Baltic capitals")
PLACE_PREPS_NO_GROUP = frozenset({"in", "at", "near", "during", "after", "before", "since",
                                  "across", "throughout", "within", "outside", "inside"})
# the dependencies of the leftmost word :meth:`ActorResolver._np_text` takes into a phrase
NP_LEFT_DEPS = frozenset(MODIFIER_DEPS | {"det", "appos", "flat"})


def _head_noun(span: Span) -> Token | None:
    """The head noun of a name ("Court" of "the International Court of Justice"), also when
    the parser made a preposition its root ("Cooperation Council for the Arab States of the
    Gulf")."""
    if span.root.pos_ in ("PROPN", "NOUN"):
        return span.root
    cut = next((t.i for t in span if t.pos_ == "ADP"), span.end)
    nouns = [t for t in span if t.pos_ in ("PROPN", "NOUN") and t.i < cut]
    return nouns[-1] if nouns else None


# nouns of a merchant ship, which news names by its flag
SHIP_NOUNS = frozenset({"tanker", "ship", "vessel", "freighter", "carrier", "boat"})
# words for a part of a group, as the head of "<part> of them"
PARTITIVE_WORDS = frozenset({"some", "many", "most", "several", "few", "all", "both",
                             "each", "one", "two", "three", "dozens", "hundreds", "thousands",
                             "scores", "half", "majority", "rest", "remainder"})



#: platforms a side speaks through: "wrote on Twitter", "said in a post on X", "via Telegram"
#: name the medium of the words, not a side they are aimed at
MEDIA_PLATFORMS = frozenset({"twitter", "x", "facebook", "telegram", "wechat", "weibo",
                             "instagram", "youtube", "tiktok", "truth social", "threads"})


def _medium(span: Span) -> bool:
    """Whether an actor span is a platform named as the medium of words ("on Twitter")."""
    if span.text.lower() not in MEDIA_PLATFORMS:
        return False  # (most spans: the name read before the span's root is looked for)
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "via", "over")


#: nouns of a grouping of armed groups ("an alliance of three ethnic armed groups")
ARMED_COALITION_NOUNS = frozenset({"alliance", "coalition", "union", "front", "federation",
                                   "umbrella", "bloc", "group", "network"})


class ActorResolver(ReferenceRules, GroupRules, NameRules, CountryRules, PlaceRules,
                    IgoOfficeRules):
    """Codes noun phrases as actors, with the article's memory of who was introduced."""

    def __init__(self, kb: ActorKB, published: date | None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.kb = kb
        self.ctx = ArticleContext(published=published)
        self._gazetteer = gazetteer
        # token index -> knowledge-base span covering it, built once per document
        self._span_doc: Doc | None = None
        # token -> the members a group phrase ("both leaders") was first resolved to
        self._group_told: dict[int, list[ResolvedActor]] = {}
        self._span_of: dict[int, Span] = {}
        self._by_sentence: dict[int, list[Span]] = {}
        self._spans: list[Span] = []
        # tokens of the place names that are no actors ("the South China Sea")
        self._not_actor_tokens: frozenset[int] = frozenset()
        self._entries_of: dict[tuple[int, int], list[KBEntry]] = {}
        self._people_by_sentence: dict[int, list[Span]] = {}
        # (doc, sentence start, span skipped, tokens skipped) -> countries the sentence names
        self._sent_countries: dict[tuple[int, int, int, int], list[str]] = {}
        # (doc, its actor spans by first token, its no-actor place tokens), for
        # ``_sentence_countries``
        self._doc_spans: tuple[Doc, dict[int, Span], frozenset[int]] | None = None
        # token index -> its agent sector (``_agent_sector``), for the indexed document
        self._sector_of: dict[int, str | None] = {}
        # names being resolved (a name and a title in apposition lead to each other)
        self._naming: set[int] = set()
        # (rule, token) pairs being applied (see ReferenceRules._busy)
        self._busy: set[tuple[str, int]] = set()
        # a bare "the opposition" is being placed (see _opposition_home)
        self._opposition_asked = False

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
            self._uncount_region_words(doc, counts)
            self._rank(counts, first)
            return
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        lead_end = next(iter(doc.sents)).end if len(doc) else 0
        by_span = doc._.actor_entries
        for span in doc.spans.get("actors", []):
            entries = by_span.get((span.start, span.end), [])
            country = (self._owner_in_context(entries[0], span) or self._entry_country(
                entries[0])) if entries else None
            if country and country not in REGIONS:
                weight = 2 if entries[0].kind == "person" else 1
                counts[country] += weight * (3 if span.start < lead_end else 1)
                first.setdefault(country, span.start)
        for ent in doc.ents:
            if ent.label_ == "NORP":
                # ("Latin American", "North American": a region's word, no country)
                c = self._nation_word(ent.text) if ent.text.lower().removeprefix(
                    "the ") not in REGION_GROUPS else None
                if c and c not in REGIONS:
                    counts[c] += 3 if ent.start < lead_end else 1
                    first[c] = min(first.get(c, ent.start), ent.start)
        self._rank(counts, first)

    def _uncount_region_words(self, doc: Doc, counts: Counter[str]) -> None:
        """Take back the count the text scan gave a country for its adjective inside a
        region's epithet ("Latin American leaders": no mention of the United States; an
        adjective counts twice, three times as much in the lead)."""
        lead_end = next(iter(doc.sents)).end if len(doc) and doc.has_annotation(
            "SENT_START") else 0
        for ent in doc.ents:
            if ent.label_ != "NORP" or " " not in ent.text or (
                    ent.text.lower() not in REGION_GROUPS):
                continue
            c = self.kb.adjective_country(ent[-1].text)
            if c and c in counts:
                counts[c] -= 2 * (3 if ent.start < lead_end else 1)
                if counts[c] <= 0:
                    del counts[c]

    def _recount_in_context(self, doc: Doc, counts: Counter[str], first: dict[str, int]
                            ) -> None:
        """Move the text's counts of a name that stands for another country in its sentence
        ("the Senate" of Nigeria, "Atlanta, Georgia") to that country."""
        if not doc.has_annotation("DEP"):
            return
        by_span = doc._.actor_entries  # (``doc._`` is built anew at each read)
        for span in doc.spans.get("actors", []):
            entries = by_span.get((span.start, span.end), [])
            if not entries:
                continue
            owner = self._owner_in_context(entries[0], span)
            own = self._entry_country(entries[0])
            if owner is None or owner == own:
                continue
            weight = 3 if sent_of(span).start == 0 else 1  # the lead counts three times
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
            self._index_spans(doc)
        return self._span_of.get(tok.i)

    def _index_spans(self, doc: Doc) -> None:
        """The actor spans by token and by sentence, once per document (a sentence pass
        over every span of the article made coding long articles quadratic)."""
        self._span_doc = doc
        self._group_told = {}
        self._sector_of = {}
        self._entries_of = doc._.actor_entries  # (``doc._`` is built anew at each read)
        spans = [sp for sp in doc.spans.get("actors", []) if not _medium(sp)]
        self._span_of = {i: span for span in spans for i in range(span.start, span.end)}
        self._spans = spans
        self._not_actor_tokens = frozenset(i for sp in doc.spans.get("not_actors", [])
                                           for i in range(sp.start, sp.end))
        starts = [sent.start for sent in doc.sents] if (
            doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else [0]
        self._by_sentence = {start: [] for start in starts}
        for span in spans:  # (in the group's order)
            first = starts[bisect_right(starts, span.start) - 1] if starts else 0
            self._by_sentence[first].append(span)
        self._people_by_sentence = {start: [] for start in starts}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                first = starts[bisect_right(starts, ent.start) - 1] if starts else 0
                self._people_by_sentence[first].append(ent)

    def people_in(self, sent: Span) -> list[Span]:
        """The PERSON entities that start in ``sent`` (``sent.ents`` scans the document)."""
        if self._span_doc is not sent.doc:
            self._index_spans(sent.doc)
        known = self._people_by_sentence.get(sent.start)
        if known is None:
            return [e for e in sent.ents if e.label_ == "PERSON"]
        return [e for e in known if e.end <= sent.end]

    def spans_in(self, sent: Span) -> list[Span]:
        """The actor spans that start in ``sent``, in the span group's order."""
        if self._span_doc is not sent.doc:
            self._index_spans(sent.doc)
        known = self._by_sentence.get(sent.start)
        if known is None:  # (a span that is not one of the document's sentences)
            return [sp for sp in self._spans if sent.start <= sp.start < sent.end]
        return [sp for sp in known if sp.start < sent.end]

    def _entries(self, span: Span) -> list[KBEntry]:
        if self._span_doc is not span.doc:
            self._index_spans(span.doc)
        return list(self._entries_of.get((span.start, span.end), []))

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
        if e.kind == "person" and sector in (None, "ELI") and e.key and (
                igo := self.ctx.igo_people.get(e.key) or self._igo_office(span.root)):
            # "Jane Roe, the AU's envoy, former President of Peru", and "Roe" after it: the
            # AU she acts for
            self.ctx.igo_people[e.key] = igo
            country, sector, code = igo.actor.country, igo.actor.sector, igo.actor.code
        owner = None if e.key in self.ctx.igo_people else self._owner_in_context(e, span)
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
        first = span.sent.start  # (``span.sent`` is looked up anew at each read)
        while i > first and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ") and (
                doc[i - 1].dep_ in ("compound", "amod", "nmod")):
            i -= 1
        before = doc[i:span.start]
        if not len(before) or self.kb.title_sector(before.text) in (None, "ELI") or any(
                t.lower_ in ("former", "ex", "late", "then", "ex-") for t in
                doc[max(first, i - 2):span.start]):
            return None
        words = title_words(before.text)
        head = words[-1]
        mods = {w for w in words[:-1] if not self.kb.adjective_country(w)} - TITLE_NOISE
        fits = [r for r in e.roles if title_fits(title_words(r.title), head, mods)]
        return max(fits, key=lambda r: r.start) if fits else None

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
        if len(non_adj) > 1 and not people and (
                owned := self._owner_country_entry(non_adj, tok)) is not None:
            return owned  # "Germany's Foreign Office": Germany's, not Britain's
        if len(non_adj) > 1 and not people:
            # "the RSF" in a story about Sudan: the paramilitary, not the press-freedom
            # group; an entry of one of the article's countries wins
            ranked = self.ctx.ranked[:4]
            local = [e for e in non_adj if self._entry_country(e) in ranked]
            if local:
                return min(local, key=lambda e: ranked.index(self._entry_country(e) or ""))
        return (non_adj or entries)[0]

    def _seat_country(self, e: KBEntry, tok: Token) -> str | None:
        """(actors29) An organisation's seat named for it ("Brussels" for the EU) that is a
        state's capital too: that state's government when the article names the state
        itself, by name or nationality ("a Belgian aid worker ... Brussels released an
        Iranian diplomat"). Returns the state's code, or None (the organisation's)."""
        if e.kind != "metonym" or e.country is None or e.country in self.kb.country_codes:
            return None
        loc = (self._gazetteer or shared_gazetteer()).lookup(e.name)
        if loc is None or not loc.country or loc.country == e.country:
            return None
        country = self.kb.get(f"country:{loc.country}")
        if country is None:
            return None
        text = doc_text(tok.doc)
        names = (country.name, *country.aliases, *country.adjectives)
        if not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if n):
            return None
        return loc.country

    def _owner_country_entry(self, entries: list[KBEntry], tok: Token) -> KBEntry | None:
        """Of several bodies that share an alias ("Foreign Office": Britain's, Germany's,
        Pakistan's), the one of the country the phrase itself names as owner or by its
        adjective ("Germany's Foreign Office", "the German Foreign Office"); None when the
        phrase names no country or none of the bodies is of it."""
        span = self.kb_span_at(tok)
        if span is None:
            return None
        owners: set[str] = set()
        for c in kids(span.root):
            if c.i >= span.start or c.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            owner = self.kb_span_at(c)
            if owner is not None:
                owners.update(e.code or "" for e in self._entries(owner)
                              if e.kind == "country")
        owners.discard("")
        if len(owners) != 1:
            return None
        fits = [e for e in entries if self._entry_country(e) in owners]
        return fits[0] if len(fits) == 1 else None

    def _introduced_namesake(self, span: Span, entries: list[KBEntry]) -> ResolvedActor | None:
        """The person a lone name stands for when the article introduced, by full name,
        someone else who bears it: "Castro" after "Honduran President Xiomara Castro" is
        her, not the Cuban the knowledge base knows by that surname alone (a person the
        knowledge base gives the word to is left to :meth:`_choose`)."""
        if len(span) != 1:
            return None
        prev = self.ctx.people.get(span.text)
        if prev is None or prev.kind not in ("person", "coref", "ner") or not prev.actor.code:
            return None
        words = (prev.actor.name or "").split()
        if span.text not in words or (len(words) < 2 and prev.kind != "ner") or (
                prev.key and prev.key in {e.key for e in entries if e.kind == "person"}):
            # (a name the model found, with an office the knowledge base could not give it,
            # is kept by its last word: "Irish Foreign Minister Jane Roe")
            return None
        a = prev.actor
        tok = span[0]
        return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                   tok.idx + len(tok.text)), "coref", prev.key)

    def _surname_bearer(self, span: Span, e: KBEntry) -> ResolvedActor | None:
        """The person a lone word stands for when it is the surname of someone the article
        introduced by full name, though the knowledge base knows it as a company, a body or
        a country: "Saab" after "Alex Saab", "Jordan" after "Representative Jim Jordan". A
        country's name is the person only as a person's party (a subject, an owner, an
        object), never as a place ("flew to Jordan")."""
        if len(span) != 1 or not span.text[:1].isupper():
            return None
        prev = self.ctx.people.get(span.text)
        if prev is None or prev.kind not in ("person", "coref", "ner") or not prev.actor.code:
            return None
        words = (prev.actor.name or "").split()
        if len(words) < 2 or words[-1] != span.text:
            return None
        tok = span[0]
        if e.kind in ("country", "metonym") and not (
                tok.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "appos") or (
                    tok.dep_ in ("pobj", "agent") and tok.head.lower_ in ("by", "with"))):
            return None
        a = prev.actor
        return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                   tok.idx + len(tok.text)), "coref", prev.key)

    # -- main entry point --------------------------------------------------------------------
    def resolve(self, tok: Token, *, follow: bool = True) -> list[ResolvedActor]:
        """All actors a noun phrase headed by ``tok`` refers to (coordination expands)."""
        out: list[ResolvedActor] = []
        if self._span_doc is not tok.doc:
            self._index_spans(tok.doc)
        if tok.i in self._not_actor_tokens:
            # "the South China Sea"; a grouping told with its members, "the Paris Club,
            # which includes Japan", is those members
            return self._included_states(tok) if follow else out
        heads = [tok] + [c for c in conjuncts(tok) if c.i > tok.i]
        for c in kids(tok):
            if c.dep_ in ("nmod", "compound") and c.i < tok.i and any(
                    g.dep_ == "cc" and g.lower_ == "and" for g in kids(c)):
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
        for c in kids(tok):
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                span = self.kb_span_at(c)
                if span is not None and any(e.kind == "person" for e in self._entries(span)):
                    heads += [c] + [x for x in conjuncts(c) if x.i > c.i]
                    if tok in heads and tok.pos_ == "NOUN" and self.kb_span_at(tok) is None:
                        # "Presidents Joe Biden and Xi Jinping": the title is no one else
                        heads.remove(tok)
        if tok.pos_ == "PROPN" and self._is_state_name(tok):
            for c in kids(tok):
                # "Mali, Burkina Faso and Niger said ...": the parser may make the second
                # state of a list an apposition of the first, the rest its conjuncts
                more = [x for x in c.conjuncts if x.i > c.i]
                if c.dep_ == "appos" and c.pos_ == "PROPN" and more and self._is_state_name(
                        c) and all(self._is_state_name(x) for x in more) and c not in heads:
                    heads += [c, *(x for x in more if x not in heads)]
        if tok.pos_ == "NOUN":
            for c in kids(tok):
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    # "Kenya's interior minister, John Kamau, and Uganda's defence minister,
                    # ...": the parser hangs the next office holder on the first one's name
                    heads += [x for x in c.conjuncts if x.i > c.i and x.pos_ == "NOUN" and (
                        x not in heads)]
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
            juntas = self.plural_juntas(h)
            if juntas:
                out.extend(juntas)  # "the juntas" after "the juntas of Mali and Niger"
                continue
            others = self._the_others(h) if h.lower_ == "others" else []
            if others:
                out.extend(others)  # "Tehran would act alone if the others refused"
                continue
            if (h.lower_ in PARTITIVE_WORDS or h.pos_ == "NUM") and (
                    part := self._partitive_them(h)) is not None:
                # "Some of them trained Belarusian troops", "two of them were sentenced":
                # the part is of the group "them" refers to
                out.extend(self.resolve(part, follow=follow))
                continue
            guests = self._guests_of_last_host(h) if h.pos_ == "NOUN" else []
            if guests:
                out.extend(guests)  # "thanked his guests" after he received several
                continue
            r = self._resolve_one(h)
            if r is None and h.pos_ in ("NOUN", "PROPN") and (flag := self._flag_state(h)):
                out.append(flag)  # "the Liberian-flagged tanker": the flag's state
                continue
            if r is None and h.lemma_ in SHIP_NOUNS and h.pos_ == "NOUN" and (
                    flag := self._flagged_before(h)):
                out.append(flag)  # "the tanker" after "a Maltese-flagged tanker"
                continue
            if r is None and h.pos_ == "PRON" and h.lower_ in ("they", "them"):
                # "He accused them of ..." after a list of countries, "They also discussed
                # ..." after a meeting: the parties of the sentence before
                members = self.plural_antecedents(h) or self._people_antecedent(h)
                if members:
                    out.extend(members)
                    continue
            if r is None and h.pos_ == "PRON" and h.lower_ == "their" and (
                    members := self._speaking_group(h)):
                # "A and B announced that they would keep their sanctions": the speakers
                # (link28)
                out.extend(members)
                continue
            if r is None and (their := next((c for c in kids(h) if c.dep_ == "poss" and (
                    c.lower_ == "their")), None)) is not None and h.pos_ == "NOUN" and (
                    sector := self._agent_sector(h)) is not None:
                # "Their forces exchanged fire" after "fighting between A and B": the agents
                # of each party the pronoun stands for
                own = self._resolve_one(their)
                members = self.plural_antecedents(their) if own is None else [
                    m for m in self._dyad_actors(their, own.group) if m.actor.country
                ] if own.kind == "dyad" else []
                if len({m.actor.country for m in members}) >= 2:
                    out.extend(self._agent(h, m.actor.country or "", sector) for m in members)
                    continue
            if r is None:
                # "allies, notably Japan and the Netherlands": the members the phrase names
                members = [m for t in enumerated_members(h)
                           for m in self.resolve(t, follow=False)] or self._included_states(h)
                if members:
                    out.extend(members)
                    continue
            if r is None and follow and h.pos_ == "NOUN" and (named := self._named_in_apposition(
                    h)):
                out.extend(named)  # "imposed sanctions on its NATO ally Turkey"
                continue
            if r is None and follow:
                r = self._search(h, exclude=self._not_the_owner(h)) if not self._backed(
                    h) else None  # (a backed group's backer is not its own)
                if r is None and h.pos_ == "NOUN":
                    r = self._rebels_of_foe(h) or self._backed_group(h)
                leader = self._led_by(h) if h.pos_ == "NOUN" else []
                if leader:
                    # "a delegation of African leaders led by Ramaphosa": the one who leads
                    # it is its named side, not every state of the region in the article
                    out.extend(leader)
                    continue
                inner = self._inner_group(h) if h.pos_ == "NOUN" else []
                if inner:
                    # "commitment to the sovereignty of the five Central Asian states",
                    # "support for the Baltic states": the group the phrase names (with the
                    # owner the search found, which the caller sets apart when it is the
                    # source's own: "the United States' commitment to ...")
                    if r is not None and r.kind != "dyad" and r.actor.country not in {
                            m.actor.country for m in inner}:
                        out.append(r)
                    out.extend(inner)
                    continue
                if r is not None and r.kind in ("country", "metonym", "igo", "agent") and (
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
                if r.kind == "dyad" and r.group == 2 and h.lemma_.lower() in STATE_PAIR_NOUNS and (
                        pair := self.object_pair(h)):
                    out.extend(pair)  # "urged both governments" after "between A and B"
                elif r.kind == "dyad":
                    # ("spoke with both leaders and urged them to ...": "them" is the group
                    # phrase its sentence told before it, whose members that phrase finds)
                    # (the phrase's members as first found: the sentence's own events, told
                    # since, may not make it someone else)
                    ante = self._group_antecedent(h) if h.lower_ == "them" else None
                    members = self._group_told.get(ante.i, []) if ante is not None else []
                    if len({m.actor.country for m in members if m.actor.country}) < 2:
                        members = self._dyad_actors(h, r.group)
                        if h.pos_ != "PRON":
                            self._group_told.setdefault(h.i, members)
                    out.extend(members)
                else:
                    out.append(r)
        return out

    def _is_state_name(self, tok: Token) -> bool:
        """Whether ``tok`` heads a knowledge-base name of a country."""
        span = self.kb_span_at(tok)
        return span is not None and span.root.i == tok.i and any(
            e.kind == "country" for e in self._entries(span))

    def _backed(self, tok: Token) -> bool:
        """Whether ``tok`` is an armed group told by a backer that is a state or another
        party of a country ("Iranian-backed militias"; not "forces supported by clan
        militias", whose backers are no state)."""
        return bool(self._backer_countries(tok))

    def _backer_countries(self, tok: Token) -> set[str]:
        """The countries the backing participle of ``tok`` names (``backing_of``)."""
        backer = backing_of(tok)
        if backer is None:
            return set()
        sent = sent_of(tok)
        words = {t.i for t in backer.subtree if t.i != backer.i}
        return set(self._sentence_countries(sent, skip_tokens=frozenset(
            range(sent.start, sent.end)) - words))

    def _backed_group(self, tok: Token) -> ResolvedActor | None:
        """An armed group told by its backer ("Turkish-backed fighters", "Moscow-backed
        separatists", "Iran-backed militias in Iraq"): coded, as such groups are, as rebels
        of the country where its clause places it, else of the state whose forces or
        officials it acts on -- never of its backer (None when neither is told)."""
        backer = backing_of(tok)
        if backer is None:
            return None
        backers = self._backer_countries(tok)
        if not backers:
            return None
        inside = {t.i for t in backer.subtree}
        for c in kids(tok):
            if c.i in inside or c.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            own = self._nation_word(c.text, tok)
            if own in self.kb.country_codes and own not in backers:
                # "US-trained Afghan forces": the group's own nationality
                return self._agent(tok, own, self._agent_sector(tok))
        # (where it acts first: "... attacked American troops in Iraq" are Iraq's)
        country = self._place_country(tok) or self._clause_place(tok, backer) or (
            self._foe_of_subject(tok))
        if country is None or country in backers or country not in self.kb.country_codes:
            return None
        return self._agent(tok, country, "REB")  # (separatists too, as the gold codes them)

    def _clause_place(self, tok: Token, backer: Token) -> str | None:
        """The first place an "in" of the clause ``tok`` is the subject of names, outside
        the backer's words ("... fired rockets at US troops in Iraq"); None otherwise."""
        if tok.dep_ != "nsubj":
            return None
        skip = {t.i for t in backer.subtree}
        for t in tok.head.subtree:
            if t.i not in skip and t.dep_ == "prep" and t.lower_ == "in":
                country = self._region_after(t.head, ("in",))
                if country is not None:
                    return country
        return None

    def _foe_of_subject(self, tok: Token) -> str | None:
        """The one state whose forces or officials the armed men ``tok`` act on as the
        subject (or passive agent) of a verb ("... attacked Malian troops", "Ukrainian
        soldiers were shelled by ..."); None otherwise."""
        if tok.dep_ == "nsubj":
            verb, skip = tok.head, tok.i
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb, skip = tok.head.head, tok.i
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        objects = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and c.i != skip]
        objects += [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in (
            "on", "against", "with", "at") for g in kids(c) if g.dep_ == "pobj"]
        # ("ambushed a convoy of Burkinabe soldiers": the soldiers of the convoy)
        objects += [g for o in list(objects) for c in kids(o) if c.dep_ == "prep" and (
            c.lower_ == "of") for g in kids(c) if g.dep_ == "pobj"]
        foes = set()
        for o in objects:
            r = self._resolve_one(o)
            if r is not None and r.kind not in ("dyad", "person", "coref") and (
                    r.actor.sector in STATE_FORCE_SECTORS) and r.actor.country in (
                    self.kb.country_codes):
                foes.add(r.actor.country)
        return foes.pop() if len(foes) == 1 else None

    def _rebels_of_foe(self, tok: Token) -> ResolvedActor | None:
        """Armed men no phrase or place gives a country ("rebels", "separatists",
        "insurgents") who act on one state's forces or officials ("Rebels attacked Malian
        troops", "Ukrainian soldiers were shelled by separatists"): rebels of that state, as
        such groups are coded where they fight."""
        lemma = tok.lemma_.lower()
        sector = (self._agent_sector(tok) or self.kb.national_noun_sector(lemma)) if (
            lemma in REBEL_NOUNS) else None
        if sector is None or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep")
                                 for c in kids(tok)):
            return None
        foe = self._foe_of_subject(tok)
        return self._agent(tok, foe, sector) if foe is not None else None

    def _group_antecedent(self, pron: Token) -> Token | None:
        """The group phrase ("both leaders", "the two sides") a plural pronoun stands for:
        the last plural noun of its own sentence before it, when that noun is a group
        phrase; None otherwise."""
        for t in reversed(list(pron.doc[sent_of(pron).start: pron.i])):
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS"):
                if self._group_size(t) is not None:
                    return t
                r = self._resolve_one(t)
                return t if r is not None and r.kind == "dyad" else None
        return None

    def _named_in_apposition(self, tok: Token) -> list[ResolvedActor]:
        """The countries or capitals named in apposition to a common noun that is no actor
        itself ("its NATO ally Turkey", "two members of the bloc, Armenia and Belarus"): those,
        not a modifier of the noun ("NATO")."""
        app = next((c for c in kids(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if app is None:
            return []
        found = self.resolve(app, follow=False)
        if not found or not all(a.kind in ("country", "metonym") for a in found):
            return []
        # "the other partners (Japan, Canada, the Baltic states)": a list the parser chains
        # as appositions of appositions, a named group of states standing for its members
        seen = {a.actor.country for a in found}
        cur = app
        while (nxt := next((c for c in kids(cur) if c.dep_ == "appos" and c.i > cur.i),
                           None)) is not None:
            if nxt.pos_ == "PROPN":
                more = self.resolve(nxt, follow=False)
                if not more or not all(a.kind in ("country", "metonym") for a in more):
                    break
            elif (members := self.regional_members(nxt)) is not None:  # type: ignore[attr-defined]
                more = self._regional_actors(nxt, members)  # type: ignore[attr-defined]
            else:
                break
            found += [a for a in more if a.actor.country not in seen]
            seen |= {a.actor.country for a in more}
            cur = nxt
        return found

    def _not_the_owner(self, tok: Token) -> set[str | None] | None:
        """For "Washington's allies", "Moscow's partners": the possessor's country, which
        the search inside the phrase must not give (an ally of X is not X, nor are "his
        supporters" or "Putin's critics" him or his state); else None."""
        lemma = tok.lemma_.lower()
        if lemma not in RELATION_NOUNS and lemma not in ADHERENT_NOUNS:
            return None
        poss = next((c for c in kids(tok) if c.dep_ == "poss"), None)
        if poss is None:
            return None
        # (a person's supporters are not that person's state: "his", "her" count there)
        owner = self._resolve_one(poss) if poss.pos_ != "PRON" or poss.lower_ in (
            "its", "their") or lemma in ADHERENT_NOUNS else None
        if owner is not None and lemma in SUPPORTER_NOUNS and (
                owner.actor.sector not in STATE_SIDE_SECTORS):
            return None  # (an opposition leader's supporters are the opposition)
        return {owner.actor.country} if owner is not None and owner.actor.country else None

    def _flag_state(self, tok: Token) -> ResolvedActor | None:
        """The state whose flag a ship flies, named before it or before its name in
        apposition ("a Maltese-flagged freighter", "a second tanker, the Panama-flagged
        Aurora"): that country."""
        for noun in (tok, *(c for c in kids(tok) if c.dep_ == "appos")):
            for c in kids(noun):
                if c.dep_ != "amod" or c.lower_ != "flagged" or c.i > noun.i:
                    continue
                for m in kids(c):
                    country = self._nation_word(m.text) if m.i < c.i else None
                    if country in self.kb.country_codes:
                        return ResolvedActor(Actor(m.text, None, country, country, None, m.idx,
                                                   m.idx + len(m.text)), "country")
        return None

    def _flagged_before(self, tok: Token) -> ResolvedActor | None:
        """A bare "the tanker", "the ship" (``tok``, singular, with "the" and no other
        modifier) after the article introduced a ship by its flag ("a Marshall
        Islands-flagged tanker"): the state of the flag named last before it."""
        if tok.tag_ != "NN" or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the" or any(
                c.dep_ in ("amod", "compound", "poss", "nmod", "appos", "nummod", "det")
                and c.i != tok.i - 1 for c in kids(tok)):
            return None
        doc = tok.doc
        at = doc.text.rfind("flagged", 0, doc[tok.i - 1].idx)
        if at < 0:
            return None
        span = doc.char_span(at, at + len("flagged"), alignment_mode="expand")
        if span is None or span.root.dep_ != "amod" or span.root.head.lemma_ not in SHIP_NOUNS:
            return None
        c = None
        for m in kids(span.root):
            if m.i < span.root.i and m.pos_ in ("PROPN", "ADJ", "NOUN"):
                c = self._nation_word(m.text)
                if c is None and (named := self.kb_span_at(m)) is not None and (
                        entries := self._entries(named)) and entries[0].kind == "country":
                    c = entries[0].code  # ("Marshall Islands-flagged")
                break
        if c not in self.kb.country_codes:
            return None
        return ResolvedActor(Actor(self._np_text(tok), None, c, c, None, tok.idx,
                                   tok.idx + len(tok.text)), "coref")

    def _opposition_home(self, tok: Token) -> str | None:
        """The country of a bare "the opposition" (no nationality, no owner): that of the
        government it is joined with ("Maduro's government and the opposition") or, as the
        other party of talks or a deal ("broke off talks with the opposition"), that of the
        government that deals with it -- one state named as its government (a capital or a
        "government" phrase), not a country's name, which as often names a foreign side.
        A plural opposition noun ("the dissidents") that acts on a state named as its
        government is that state's, when the article is mostly about it ("the dissidents
        accused Managua of ..." in a story of Nicaragua)."""
        lemma = tok.lemma_.lower()
        if lemma != "opposition" and (tok.tag_ != "NNS" or self.kb.agent_sector(
                lemma) != "OPP" and not any(c.dep_ == "compound" and c.lower_ == "opposition"
                                            for c in kids(tok))):
            return None  # ("the dissidents", "exiled opposition figures" too)
        # "opposition figures", "opposition leaders": the phrase is its head's (whose owner
        # and whose clause count)
        head = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
        if any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and (
                c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")) or (
                c.dep_ == "prep" and c.lower_ == "in" and any(
                    p.ent_type_ == "GPE" for p in kids(c))) for h in {tok, head}
               for c in kids(h)):
            # (a plain word is no owner: "the exiled dissidents", "the main opposition")
            return None  # ("the Belarusian opposition", "the opposition in Venezuela")
        other: Token | None = None
        if tok.dep_ == "conj":
            other = tok.head
        elif any(c.dep_ == "conj" for c in kids(tok)):
            other = next(c for c in kids(tok) if c.dep_ == "conj")
        elif tok.left_edge.i > 0 and (cc := tok.doc[tok.left_edge.i - 1]).dep_ == "cc" and (
                cc.head.pos_ in ("NOUN", "PROPN") and cc.head.i < tok.i):
            other = cc.head  # ("In May Ortega's government and the opposition agreed", the
            # coordination broken by the parser)
        else:
            cur = tok
            for _ in range(3):  # ("talks with the opposition" -> "broke off")
                cur = cur.head
                if cur.pos_ in ("VERB", "AUX"):
                    while cur.dep_ == "conj" and not any(
                            c.dep_ == "nsubj" for c in kids(cur)) and cur.head.i != cur.i:
                        cur = cur.head  # ("Caracas ... called it X and broke off talks")
                    other = next((c for c in kids(cur) if c.dep_ == "nsubj"), None)
                    break
        if other is not None and other.i == head.i and head.dep_ == "nsubj":
            # "the dissidents accused Managua of ...": the state they act on, named as its
            # government, when it is the one the article is about (an opposition turns on
            # its own rulers; "urged Washington to ..." in a story of another state is not
            # Washington's opposition)
            other = next((c for c in kids(head.head) if c.dep_ == "dobj"), None)
            if other is None or not self.ctx.ranked:
                return None
            home = self._government_named(other)
            return home if home == self.ctx.ranked[0] else None
        if other is None or other.i == tok.i or other.lemma_.lower() == "opposition":
            return None
        return self._government_named(other)

    def _government_named(self, other: Token) -> str | None:
        """The one country whose government ``other`` names (a seat, or a government sector
        that is no bare country), for :meth:`_opposition_home`; None when resolving it comes
        back to the opposition phrase being placed."""
        if self._opposition_asked:
            return None  # (resolving the other side may come back to this phrase)
        self._opposition_asked = True
        try:
            found = {a.actor.country for a in self.resolve(other, follow=False)
                     if a.actor.country and (
                a.kind == "metonym" or a.actor.sector == "GOV" and a.kind != "country")}
        finally:
            self._opposition_asked = False
        return found.pop() if len(found) == 1 else None

    def _listed_nationality(self, tok: Token) -> ResolvedActor | None:
        """A bare plural agent noun listed after one with a nationality is of that
        nationality ("sanctions on two Chilean banks and three ministers": Chile's), a new
        group, not the parties the article told before."""
        if any(c.dep_ not in ("nummod", "amod", "cc", "punct", "conj") or (
                c.dep_ == "amod" and self._nation_word(c.text) is not None)
               for c in kids(tok)):
            return None  # ("and the three ministers": those told before)
        sector = self._agent_sector(tok)
        if sector is None:
            return None
        first = tok.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        for c in kids(first):
            if c.dep_ in ("amod", "compound") and c.i < first.i:
                country = self._nation_word(c.text, first)
                if country in self.kb.country_codes and not pro_or_anti(c):
                    return self._agent(tok, country, sector)
        return None

    def _agent(self, tok: Token, country: str, sector: str | None,
               code: str | None = None) -> ResolvedActor:
        """The noun phrase headed by ``tok`` as an unnamed agent of ``country`` and ``sector``
        (code ``country + sector`` unless given)."""
        return ResolvedActor(Actor(self._np_text(tok), None,
                                   code if code is not None else country + (sector or ""),
                                   country, sector, tok.idx, tok.idx + len(tok.text)), "agent")

    @staticmethod
    def _np_text(tok: Token) -> str:
        left = tok
        for c in lefts(tok):
            if any(g.dep_ == "cc" for g in kids(c)):
                continue  # a coordinated name the parser made a modifier
            if c.dep_ in NP_LEFT_DEPS:
                left = c if c.i < left.i else left
                break
        if left is tok:
            return tok.text  # (a one-word phrase: no span to build)
        return doc_text(tok.doc)[left.idx: tok.idx + len(tok)]

    def _shared_agent(self, tok: Token) -> str | None:
        """The sector of the agent noun a nationality word shares with a second one it is
        joined to ("Kyrgyz and Tajik border guards", "Serbian and Kosovo police" when the
        parser makes the first word a noun of its own), else None."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in ("and", "or") or any(
                c.dep_ == "det" for c in kids(tok)):
            return None
        second = doc[tok.i + 2]
        noun = next((c for c in kids(tok) if c.dep_ == "conj" and c.i > tok.i + 2 and (
            second.head.i == c.i) and second.dep_ in ("compound", "amod")), None)
        if noun is None or self._nation_word(second.text) is None:
            return None
        return self._agent_sector(noun)

    def _listed_with_state(self, tok: Token) -> str | None:
        """The country of an armed group told by no nationality, owner or name when it is
        listed ("and") with one state's forces or government ("Myanmar's military and an
        alliance of three armed groups", "the army and the rebels"), else None."""
        if any(c.dep_ in ("poss", "nmod") or (c.dep_ in ("amod", "compound") and not c.is_lower)
               for c in kids(tok)):
            return None
        head = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
                tok.head.head.lemma_.lower() in ARMED_COALITION_NOUNS):
            head = tok.head.head  # "an alliance of three armed groups"
        partners = [c for c in kids(head) if c.dep_ == "conj"]
        if head.dep_ == "conj":
            partners.append(head.head)
        if ("listed", tok.i) in self._busy:
            return None  # (a partner resolved through this phrase: no answer from it)
        self._busy.add(("listed", tok.i))
        try:
            # (each partner's own phrase: not the ones listed with it, this one among them)
            found = {r.actor.country for p in partners if p.i != tok.i
                     if (r := self._resolve_one(p)) is not None
                     and r.kind != "dyad" and r.actor.sector in ("MIL", "GOV")
                     and r.actor.country in self.kb.country_codes}
        finally:
            self._busy.discard(("listed", tok.i))
        return found.pop() if len(found) == 1 else None

    def _included_states(self, tok: Token) -> list[ResolvedActor]:
        """The states (or blocs) a grouping is said to include (see
        :meth:`_members_included`); not people ("a group of pilgrims, which included a
        former prime minister")."""
        return [m for t in self._members_included(tok) for m in self.resolve(t, follow=False)
                if m.kind in ("country", "metonym", "igo")]

    @staticmethod
    def _members_included(tok: Token) -> list[Token]:
        """The members a grouping that is no actor itself is said to include: "the Paris
        Club, which includes Japan and France", "the Lima Group, whose members include Peru",
        "the creditors' club, including Japan" -- each stands for the grouping (an empty list
        when none is named so)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        for c in kids(tok):
            if c.dep_ == "prep" and c.lower_ == "including":
                head = next((p for p in kids(c) if p.dep_ == "pobj"), None)
            elif c.dep_ == "relcl" and c.lemma_.lower() in ("include", "comprise") and any(
                    g.dep_ == "nsubj" and (g.tag_ in ("WDT", "WP") or any(
                        w.dep_ == "poss" and w.lower_ == "whose" for w in kids(g)))
                    for g in kids(c)):
                head = next((o for o in kids(c) if o.dep_ == "dobj"), None)
            else:
                continue
            if head is not None and head.pos_ == "PROPN":
                return [head, *(m for m in head.conjuncts if m.i > head.i)]
        return []

    @staticmethod
    def _partitive_them(tok: Token) -> Token | None:
        """The "them" of a part of a group told before ("some of them", "two of them",
        "many of them"), or None."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o for o in prep.children if o.dep_ == "pobj" and (
                    o.lower_ == "them")), None)
        return None

    def _resolve_one(self, tok: Token) -> ResolvedActor | None:
        span = self.kb_span_at(tok)
        if span is not None:
            entries = self._entries(span)
            e = self._choose(entries, tok)
            if e is not None and e.kind == "person" and (
                    namesake := self._introduced_namesake(span, entries)) is not None:
                return namesake
            if e is not None and e.kind in ("institution", "media", "country", "metonym") and (
                    bearer := self._surname_bearer(span, e)) is not None:
                return bearer  # "Saab" after "Alex Saab": him, not the carmaker
            if e is not None and (seat := self._seat_country(e, tok)) is not None:
                r = ResolvedActor(Actor(span.text, e.name, seat + "GOV", seat, "GOV",
                                        span.start_char, span.end_char), "metonym",
                                  f"metonym:{seat}:{e.name.lower()}")
                return r
            if e is not None and e.kind not in ("agent", "title"):
                organ = self._national_organ(e, span) if e.kind in ("igo", "institution") \
                    else None
                if organ is not None:
                    return organ
                if e.kind == "country" and e.code and len(span) == 1 and tok.dep_ not in (
                        "amod", "compound", "poss", "conj") and tok.text in e.adjectives and (
                        shared := self._shared_agent(tok)) is not None:
                    # "Kyrgyz and Tajik border guards" parsed as "Kyrgyz" and "Tajik border
                    # guards": the first nationality shares the agent noun of the second
                    return self._agent(tok, e.code, shared)
                if e.kind == "country" and e.code and len(span) == 1 and tok.dep_ not in (
                        "amod", "compound", "poss") and self._demonym_people(tok, e.code):
                    # "a Ukrainian", "two Britons": people of the country
                    return self._agent(tok, e.code, None)
                elif e.kind == "country" and tok.pos_ == "ADJ" and not (
                        tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and any(
                            c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))):
                    # "Chinese" alone is a nationality, handled as a modifier (but "the
                    # Iraqi" or "the Chinese" as a subject is the country's side)
                    pass
                else:
                    r = self._from_entry(e, span, self._np_text(tok) if tok.i == span.end - 1
                                         else span.text)
                    self._remember(r, span)
                    if e.kind in ("institution", "media", "metonym", "igo") and (
                            head := _head_noun(span)):
                        # ("the court" after "the International Court of Justice")
                        self.ctx.by_noun[head.lemma_.lower()] = r
                    return r
        # (the token's strings, read once: the rules below ask for them in turns)
        pos, tag, lower = tok.pos_, tok.tag_, tok.lower_
        lemma = tok.lemma_.lower()
        if lemma in HONORIFIC_TITLES and (held := self._honorific_holder(tok)) is not None:
            return held  # (actors29) "His Majesty was received by ...": the ruler
        if pos == "PROPN" and lower.rstrip(".") in NAME_SUFFIXES:
            return self._suffixed_name(tok)  # "Joseph R. Biden, Jr. met ..."
        half = self._half(tok)
        if half is not None:
            return ResolvedActor(Actor(self._np_text(tok), None, half, half, None, tok.idx,
                                       tok.idx + len(tok.text)), "country")
        if lemma in OTHER_SIDE_NOUNS:
            other = self._other_side(tok)
            if other is not None:
                return other  # "Blinken urged his counterpart", "its neighbour"
        if lemma in EPITHET_HEADS and tag in ("NN", "NNP"):
            epithet = self._epithet_country(tok)
            if epithet is not None:
                return epithet  # "the Baltic state", "the Gulf kingdom"
        if lower in STATE_KIND_HEADS and tag in ("NN", "NNP", "NNS", "NNPS"):
            kind = self._state_kind(tok)
            if kind is not None:
                return kind  # "the Sultanate", "the city-state", "the Islamic Republic"
        if lemma in OTHER_STATE_HEADS and tag in ("NN", "NNP"):
            other = self._other_state(tok)
            if other is not None:
                return other  # "the host country", "its northern neighbour"
        if tok.dep_ == "conj" and tag == "NNS":
            listed = self._listed_nationality(tok)
            if listed is not None:
                return listed
        regional = self.regional_members(tok)
        if regional is not None:
            # "the five South American states", "Gulf countries": the region's countries the
            # article names (no one when it names none), never the USA of "American"
            return ResolvedActor(Actor(None, None, None, None, None), "dyad",
                                 group=len(regional))
        size = self._group_size(tok)
        if size is not None and not any(
                c.dep_ in ("amod", "compound") and c.i < tok.i and not c.conjuncts and (
                    self._nation_word(c.text, tok) in self.kb.country_codes)
                for c in kids(tok)):
            # ("two Cuban ministries" are Cuba's, no reference to the parties told before;
            # "both Cuban and Chilean officials" are both sides)
            return ResolvedActor(Actor(None, None, None, None, None), "dyad", group=size)
        group = self._group_of(tok)
        if group is not None:
            return group
        # an agent noun ("official", "embassy", "coast guard") combined with a nationality
        sector = self._agent_sector(tok)
        if sector is not None:
            named = self._name_after(tok)
            if named is not None:
                return named  # "his Turkish counterpart Hakan Fidan" (the name parsed apart)
            group = self._member_of_group(tok)
            if group is not None:
                return group  # "fighters of the Pakistani Taliban"
            if self._backed(tok):
                # "Iranian-backed militias", "Moscow-backed separatists": the backer is
                # another party, not the group's country
                return self._backed_group(tok)
            rulers = self._rulers_by_force_of(tok, sector)
            if rulers is not None:
                # "the junta's leaders", "the putschists' spokesman" (and "the spokesman"
                # later is that one)
                self.ctx.by_noun[lemma] = rulers
                return rulers
            country = self._nationality(tok)
            if country is None and self._rules_by_force(tok):
                country = self._junta_country(tok)
            if country is None and sector in ARMED_SECTORS and not any(
                    c.dep_ == "prep" for c in kids(tok)):
                # "The insurgents also committed to ...", "the militants said" after "the
                # Taliban": the armed group named last (not "rebels in Darfur")
                armed = self._kind_reference(tok, "armed")
                if armed is not None:
                    return armed
            if country is None and sector == "OPP":
                # "the government and the opposition signed ...", "Caracas broke off talks
                # with the opposition": the opposition of the government it deals with (not
                # of the place the sentence names, "signed ... in Barbados")
                country = self._opposition_home(tok)
            if country is None and sector in LOCAL_SECTORS:
                # "protesters in Yerevan", "In Karachi, police ...": where they act
                country = self._place_country(tok)
            if country is None and sector in ("JUD", "MIL", "LEG"):
                # "prosecutors in Chicago charged ...", "guardsmen in Libreville detained the
                # president", "lawmakers in Kyiv": a state's organ its own phrase places
                country = self._organ_place(tok, sector)
                if country is None and sector == "MIL" and self._ruler_guard(tok):
                    return None  # a ruler's guard is no other force told before
            if country is None and sector in ("REB", "SEP", "INS"):
                # "Mali's army clashed with armed groups", "the government signed a truce
                # with the largest rebel group": the state the group fights or deals with
                country = self._foe_state(tok)
            if country is None and sector in ("REB", "SEP", "INS"):
                # "Myanmar's military and an alliance of ethnic armed groups agreed to a
                # truce": the groups listed with a state's forces are that state's (not the
                # reporter's, "China said that ...")
                country = self._listed_with_state(tok)
            if country is None and sector in ("REB", "SEP", "INS"):
                country = self.ctx.last_region  # "separatist forces" in a Karabakh story
            if country and self.kb.title_sector(tok.text) and any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the")
                    for c in kids(tok)):
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
                res = self._agent(tok, country, sector, code)
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
                    return self._agent(tok, country, sector)
            if found is None:
                # "The Home Secretary, Jane Roe, signed ...", "the Chief Cabinet Secretary
                # said": an office only one country has, in an article that names it
                country = self._national_title(tok)
                if country:
                    return self._agent(tok, country, sector)
            if found is None:
                # "police raided ... and arrested", "the opposition rejected the result" in
                # a story about one country, in a sentence that names none
                country = self._story_home(tok, sector) or self._clause_home(tok, sector)
                if country:
                    return self._agent(tok, country, sector)
            return found
        named = self._named_body_again(tok)
        if named is not None:
            return named  # "U.S. Indo-Pacific Command said ... The command said"
        national = self._national_noun(tok)
        if national is not None:
            # "the Serbian community" (CVL), "Chinese automakers" (BUS), "five Russian
            # helicopters" (MIL): a noun that is an actor only with its country
            country, sector = national
            # (as the agents': "ISIS jihadists" are ISIS, "UN agencies" UNOGOV; a people's
            # noun has no sector: "the Serbian community" is SRB)
            code = country + sector if sector and len(country) == 3 else country
            return self._agent(tok, country, sector, code)
        if pos in ("PROPN", "NOUN") and tok.ent_type_ != "NORP":
            home = self._ethnic_home(tok)
            if home:
                # "Darfur's ethnic Masalit": civilians of the country they live in
                return self._agent(tok, home, "CVL")
        # nationality noun: "the Chinese", "Americans"
        if pos in ("PROPN", "NOUN") and (tok.ent_type_ == "NORP" or self._demonym_plural(
                tok)):
            country = self._nation_word(tok.text)
            if country is None and (bare := self._nation_word(tok.text.rstrip("s"))) in (
                    self.kb.country_codes):
                # ("Europeans" are people of a continent, not the EU)
                country = bare
            country = country or self._adjective_country(tok)
            home = self._ethnic_home(tok)
            if country and home and home != country:
                # "Nagorno-Karabakh's ethnic Armenians": civilians of the country they live in
                return self._agent(tok, home, "CVL")
            if country and self._demonym_people(tok, country):
                # "undocumented Afghans", "two Americans", "a Ukrainian": its people, coded
                # by the country alone (as a people's national nouns are)
                return self._agent(tok, country, None)
            if country:
                return ResolvedActor(Actor(tok.text, None, country, country, None, tok.idx,
                                           tok.idx + len(tok.text)), "country")
        # a person the model found but the KB doesn't know, or a surname of someone
        # introduced earlier (the small model often tags a lone surname as ORG)
        if tok.ent_type_ == "PERSON" or (pos == "PROPN" and (
                tok.text in self.ctx.people or (
                    tok.dep_ == "appos" and self._person_title(tok.head)) or (
                    self._described_name(tok)))):
            # (a name the model takes for an organisation, set off after a title: "the
            # ambassador, Jane Roe,")
            return self._person_from_ner(tok) or self._surname_in_office(tok)
        if lemma in PRONOUNS_PERSON and pos == "PRON":
            return self._person_pronoun(tok)
        if lower in FIRST_PERSON_WORDS and pos == "PRON":
            return self._issuer_voice(tok)  # "We condemn ..." in a ministry's statement
        if lemma in ("it", "they") and pos == "PRON":
            return self._body_pronoun(tok)
        if lemma in ("host", "guest", "visitor") and pos == "NOUN" and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "its")
                for c in kids(tok)):
            found = self._host_or_guest(tok)
            if found is not None:
                return found
        if lemma in ("country", "nation") and tag == "NN":
            country = self._the_country(tok) or self._own_country(tok) or (
                self._focus_country(tok))
            if country is not None:
                return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                           tok.idx, tok.idx + len(tok.text)), "country")
        if lemma in KIND_NOUNS and tag == "NN":
            found = self._kind_reference(tok)
            if found is not None:
                return found
        if pos in ("NOUN", "PROPN") and (sector := self.kb.title_sector(tok.text) or (
                self.compound_title(tok))):
            found = self._definite_reference(tok)
            country = self._national_title(tok) if found is None else None
            if country:
                # "The Home Secretary, Jane Roe, signed ...": an office one country has
                return self._agent(tok, country, sector)
            return found
        if lemma == "island" and tag == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
            return self._island(tok)
        return self._region_actor(tok)  # "Somaliland signed a port deal with Ethiopia"

    def _rulers_by_force_of(self, tok: Token, sector: str) -> ResolvedActor | None:
        """"sanctions on the junta's leaders", "the putschists' spokesman said": the leaders,
        envoys or officials of military rulers are those rulers (their military code), not
        their country's government."""
        if sector not in ("GOV", "MIL"):
            return None
        owner = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ == "NOUN"
                      and self._rules_by_force(c)), None)
        if owner is None:
            return None
        found = self._resolve_one(owner)
        if found is None or found.actor.sector != "MIL" or found.actor.country is None:
            return None
        a = found.actor
        return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                   tok.idx, tok.idx + len(tok.text)), "coref", found.key)

    def _remember(self, r: ResolvedActor, span: Span) -> None:
        if r.kind != "person":
            return
        text = span.text  # (``Span.text`` makes a Token of each word at each read)
        if r.key and (
                mark := (r.key, span.start, span.end)) not in self.ctx.titled_spans:
            self.ctx.titled_spans.add(mark)  # (the same words each time the span is resolved)
            # the words the article put before the name ("Secretary of State Antony Blinken")
            doc = span.doc
            start = min(span.root.left_edge.i, span.start)
            seen = self.ctx.titles_seen.setdefault(r.key, set())
            toks = doc_tokens(doc)
            seen.update(w for t in toks[start:span.start] if t.is_alpha
                        for w in title_words(t.text))
            seen.update(self._title_run(span))
            # a title inside the matched alias ("Vice President Han Zheng")
            name = set((r.actor.name or "").lower().split())
            seen.update(w for w in title_words(text) if w not in name)
            # "The Foreign Secretary, James Cleverly, ...", "Wang Yi, China's foreign
            # minister, ...": the title in apposition
            root = span.root
            titled = [root.head] if root.dep_ == "appos" else []
            titled += [c for c in kids(root) if c.dep_ == "appos"]
            for t in titled:
                if t.pos_ in ("NOUN", "PROPN") and (self.kb.title_sector(t.text) or
                                                    self.kb.agent_sector(t.lemma_.lower())):
                    seen.update(w for x in t.subtree if x.is_alpha and not (
                        span.start <= x.i < span.end) for w in title_words(x.text))
        self.ctx.people[text] = r
        name = r.actor.name or text
        # a title matched with the name ("President Xi") is no part of it: "the
        # President" later may be another person
        words = [w for w in text.split() if w in name or not (
            self.kb.title_sector(w) or w.lower() in GENERIC_TITLE_WORDS)]
        # any part of the name may come back alone: "Blinken", but also "Wang" for
        # Wang Yi (family name first)
        for w in name.split() + words:
            if len(w) > 1 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr"):
                self.ctx.people[w] = r
        self.ctx.last_person = r
        if r.key:
            self.ctx.recent_people = [r] + [
                x for x in self.ctx.recent_people if x.key != r.key][:5]

    def _title_run(self, span: Span) -> list[str]:
        """The words of a title written right before a name with its own "of" phrase,
        whatever the parse made of it ("Secretary-General of the Arab League Ahmed Aboul
        Gheit", "Minister of Foreign Affairs of Chile Alberto van Klaveren"): the capitalised run
        before the name, when it starts with a title."""
        doc = span.doc
        toks = doc_tokens(doc)
        i = span.start
        first = sent_of(toks[i]).start
        while i > first and (toks[i - 1].text[:1].isupper() or (
                toks[i - 1].lower_ in ("of", "the", "for", "and", "-") and i - 1 > first)):
            i -= 1
        while i < span.start and not toks[i].text[:1].isupper():
            i += 1  # (a run starts with a word of the title, not "of the")
        if span.start - i < 3:
            return []  # (a plain title before a name is read from the parse)
        run = doc[i:span.start]
        if not any(t.lower_ in ("of", "for") for t in run):
            return []  # (a plain title before a name is read from the parse)
        head = next(j for j, t in enumerate(run) if t.lower_ in ("of", "for"))
        if not self.kb.title_sector(run[:head].text):
            return []
        return [w for t in run if t.is_alpha for w in title_words(t.text)]

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
        # the phrase is a subject, of its verb or of a relative clause on it ("the strike
        # ... that killed"): what it names is a doer
        doer = tok.dep_ in ("nsubj", "nsubjpass") or any(
            c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in (
                "WDT", "WP") for g in kids(c)) for c in kids(tok))
        # a person's name: a country named as where they are ("X, a journalist who
        # filed from Chad", "a missionary in Niger") is no nationality of theirs
        person = tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" for c in kids(tok))) or (
            tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN")
        # (also the noun that says what a named person is: "Jane Roe, a nurse who ...")
        for _ in range(4 if exclude is None else 6):
            nxt: list[Token] = []
            for t in frontier:
                for c in kids(t):
                    if c.i in seen or c.dep_ not in SEARCH_DEPS:
                        continue
                    if t.i in premod and c.i < t.i and c.dep_ in ("amod", "compound", "nmod"):
                        premod.add(c.i)
                    if c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "at") or (
                            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in MEDIATION_VERBS
                    ) or (c.dep_ == "acl" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                  for g in kids(c))):
                        # ("a complaint against the restrictions at the World Trade
                        # Organization": where, not whose; "claims by students that it
                        # would make the country a base for American troops": what is
                        # claimed, not who claims it)
                        continue
                    seen.add(c.i)
                    r = self._resolve_one(c)
                    if r is not None and r.kind == "metonym" and c.dep_ == "pobj" and (
                            t.lower_ in ("in", "near")) and doer and self._scene(t.head):
                        # "the March 3 raid in Damascus that wounded ...": the capital an
                        # act happened in is its scene, not the government that did it
                        # (unlike "the regime in Damascus", "officials in Beijing"; as the
                        # object, "sent a delegation to the funeral in Tokyo", it is whom)
                        continue
                    if person and c.dep_ == "pobj" and t.lower_ in PERSON_PLACE_PREPS and (
                            t.head.pos_ in ("VERB", "AUX")):
                        # (a place of what they did, "who worked in Niger", "who spent a
                        # year in a Syrian jail"; not one the noun is of, "a refugee from
                        # Syria", "a doctor in Gaza")
                        continue
                    if c.dep_ == "prep" and c.lower_ in STANCE_PREPS and (
                            t.dep_ == "appos" or person) and (
                            t.lemma_.lower() in STANCE_NOUNS or (
                                c.lower_ == "to" and t.lemma_.lower() in POSTED_NOUNS)):
                        # (a person described by whom they stand against or for, or where
                        # they are posted: "X, a critic of Israel", "a longtime foe of
                        # Moscow", "a former ambassador to China" is none of these sides)
                        continue
                    if person and c.dep_ == "agent" and t.lemma_.lower() in UNDERGONE_VERBS:
                        # (who did something to them: "a teacher abducted by Colombian
                        # rebels", "a blogger jailed by Iranian courts")
                        continue
                    if r is None and c.dep_ in ("amod", "compound") and (
                            c.i in premod or exclude is not None) and not pro_or_anti(c) and (
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

    def _people_antecedent(self, tok: Token) -> list[ResolvedActor]:
        """The people a plural pronoun stands for when it names no countries' group: the
        nearest plural noun for people of a country before it in its sentence ("the 46
        Ivorian soldiers ... a day after the junta pardoned them"), else the plural subject
        of the sentence before ("The soldiers were arrested in July. The junta called them
        mercenaries"); each given as the pronoun. A plural noun for things met first ("six
        months", "the sanctions ... lifted them") ends the search with nobody; an object
        pronoun is never the subject of its own clause ("Russian soldiers who tried to
        encircle them", "urged Chinese diplomats to help them"), which is passed over."""
        sent = sent_of(tok)
        own_subjects = {c.i for c in kids(tok.head) if c.dep_ in ("nsubj", "nsubjpass")}
        verb = tok.head
        while tok.dep_ not in ("nsubj", "nsubjpass") and verb.dep_ in ("xcomp", "conj") and (
                verb.head.i != verb.i):
            # (an object only: "the judges dismissed A, but they turned down B" are the
            # judges; "who tried to encircle them": the subject of "tried")
            verb = verb.head
            own_subjects.update(c.i for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass"))
        if tok.dep_ not in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and any(
                c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "nsubjpass")
                for c in kids(verb)):
            # "Russian soldiers who tried to encircle them" are not "them"
            own_subjects.add(verb.head.i)
        if tok.head.dep_ == "xcomp":
            # "urged Chinese diplomats to help them": the diplomats do the helping
            own_subjects.update(c.i for c in kids(tok.head.head) if c.dep_ == "dobj")
        found: Token | None = None
        for t in reversed(tok.doc[sent.start: tok.i]):
            if t.tag_ not in ("NNS", "NNPS") or t.i in own_subjects or t.ent_type_ in (
                    "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"):
                continue
            found = t
            break
        if found is None:
            prev = sent_of(tok.doc[sent.start - 1]) if sent.start > 0 else None
            subj = next((c for c in kids(prev.root) if c.dep_ in (
                "nsubj", "nsubjpass")), None) if prev is not None else None
            found = subj if subj is not None and subj.tag_ in ("NNS", "NNPS") else None
        if found is not None and found.lemma_.lower() in COUNT_NOUNS:
            # "dozens of Filipino fishermen": the people counted
            found = next((p for c in kids(found) if c.dep_ == "prep" and c.lower_ == "of"
                          for p in kids(c) if p.dep_ == "pobj"), None)
        if found is None or found.dep_ == "conj":
            return []
        lemma = found.lemma_.lower()
        if self.kb.agent_sector(lemma) is None and self.kb.national_noun(lemma) is None and (
                not self._demonym_plural(found)):
            return []  # things, not people
        people = [r for r in self.resolve(found, follow=False)
                  if r.kind not in ("dyad", "implicit") and r.actor.country]
        if not people:
            return []
        return [ResolvedActor(Actor(tok.text, r.actor.name, r.actor.code, r.actor.country,
                                    r.actor.sector, tok.idx, tok.idx + len(tok.text)),
                              "coref", r.key) for r in people]

    def _led_by(self, tok: Token) -> list[ResolvedActor]:
        """The side named as leading the body ``tok`` when ``tok`` is a group of people told
        by a phrase of three or more states ("a delegation of African leaders led by X", "a
        mission of Gulf envoys headed by Y"): whom "led by" names; else []."""
        agent = led_by(tok)
        if agent is None or not self._inner_group(tok):
            return []
        return [a for a in self.resolve(agent, follow=False) if a.actor.country]

    def _inner_group(self, tok: Token) -> list[ResolvedActor]:
        """The members of a group phrase of three or more countries inside a phrase that is
        no actor itself, reached through its prepositions ("commitment to the sovereignty
        of the five Central Asian states", "aid to the Gulf states"): a region's states the
        article names or the list of as many it named before; else []. Groups of two are
        left to the event's own rules (the story's pair)."""
        frontier = [tok]
        for _ in range(3):
            nxt: list[Token] = []
            for t in frontier:
                for p in kids(t):
                    if p.dep_ != "prep" or p.lower_ in PLACE_PREPS_NO_GROUP:
                        continue
                    for g in kids(p):
                        if g.dep_ != "pobj" or g.pos_ not in ("NOUN", "PROPN"):
                            continue
                        if g.tag_ in ("NNS", "NNPS"):
                            members = self.regional_members(g)
                            if members is None and (size := self._group_size(g)) and (
                                    size >= 3):
                                members, _host = self._told_group(g, size)
                                if members is not None and len(members) != size:
                                    members = None
                            if members:
                                return self._regional_actors(g, members)
                        nxt.append(g)
            frontier = nxt
        return []

    def _scene(self, noun: Token) -> bool:
        """Whether a place phrase under ``noun`` says where, not who: a thing or an act
        ("strike", "explosion", "talks"), not people or a body ("officials", "regime")."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "NORP"):
            return False
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and not (
            self.kb.agent_sector(lemma) or self.kb.national_noun(lemma)
            or self.kb.title_sector(lemma) or self.kb.collective(noun.text))

    def _owner_topic(self, subj: Token) -> bool:
        """Whether the possessor of the subject ``subj`` is whom "he" in the next sentence
        stands for: a plural ("Jaishankar's guests") or a thing ("Lula's visit"), not one
        person told by office ("Putin's spokesman said ... He added": the spokesman)."""
        if subj.pos_ != "NOUN":
            return False
        if subj.tag_ == "NNS":
            return True
        lemma = subj.lemma_.lower()
        return not (lemma in PERSON_NOUNS or self.kb.title_sector(lemma)
                    or self.kb.agent_sector(lemma) or self.compound_title(subj))

    def note_sentence(self, sent: Span) -> None:
        """Remember people introduced in a sentence even when they are in no event; "he" in
        the next sentence is the person who was the subject here."""
        last = self.ctx.last_person
        subject = None
        prev_subject, prev_named = self.ctx.subject_person, self.ctx.named_last
        self.ctx.last_group = self._subject_group(sent)
        self._note_offices(sent)
        named: dict[int, ResolvedActor] = {}
        view = sentence_words(sent)
        names = [ent.root for ent in self.people_in(sent)] + ([
            t for t, pos, dep in zip(view.tokens, view.pos, view.deps, strict=True)
            if dep == "appos" and pos == "PROPN" and t.ent_type_ != "PERSON"
            and self._person_title(t.head)] if "appos" in view.deps else [])
        # ("the envoy, Jane Roe," tagged otherwise; most sentences hold no apposition)
        for root in names:
            if self.kb_span_at(root) is None and root.text not in self.ctx.people:
                # a person the knowledge base does not know, introduced with a nationality
                # or an office ("Ambassador Jane Roe told reporters ..."): "Roe" later
                r = self._person_from_ner(root)
                if r is not None:
                    named[root.i] = r
        root_subj = next((c for c in kids(sent.root) if c.dep_ in ("nsubj", "nsubjpass")),
                         None)
        if root_subj is not None and root_subj.lower_ != "it":
            body = self._resolve_one(root_subj)
            # "it" in the next sentence: a ministry, government or country that was the
            # subject here (a person or a group is "he"/"they")
            self.ctx.last_body = body if body is not None and body.kind in (
                "institution", "country", "metonym", "igo", "agent", "coref") and (
                body.actor.country) else None
        owner: ResolvedActor | None = None
        for span in self.spans_in(sent):
            entries = self._entries(span)
            e = self._choose(entries, span.root)
            if e is not None and e.kind in ("institution", "media", "igo") and (
                    head := _head_noun(span)):
                # "the International Court of Justice ruled ... The court": named, even
                # when no event of this sentence took it as a party (an organ as its owner:
                # "Russia's Security Council ... the council")
                self.ctx.by_noun[head.lemma_.lower()] = (self._national_organ(
                    e, span) if e.kind != "media" else None) or self._from_entry(e, span)
            if e is not None and e.kind == "person":
                namesake = self._introduced_namesake(span, entries)
                r = namesake or self._from_entry(e, span)
                if namesake is None:
                    # (the person the name stands for stays remembered by it)
                    self._remember(r, span)
                if span.root.dep_ in ("nsubj", "nsubjpass") and subject is None:
                    subject = r
                elif owner is None and span.root.dep_ == "poss" and root_subj is not None and (
                        span.root.head.i == root_subj.i) and self._owner_topic(root_subj):
                    owner = r
        if subject is None and root_subj is not None and root_subj.pos_ == "PROPN" and (
                root_subj.text in self.ctx.people) and self.kb_span_at(root_subj) is None:
            # a person the knowledge base does not know, named before or here
            subject = named.get(root_subj.i) or self.ctx.people[root_subj.text]
        if subject is None and root_subj is not None and root_subj.tag_ in ("NN", "NNP") and (
                self.kb.title_sector(root_subj.lemma_.lower())
                or root_subj.lemma_.lower() in PERSON_NOUNS
                or self.kb.title_sector(root_subj.text) or self.compound_title(root_subj)):
            # "Japan's foreign minister met ... She urged ...": a person told by office
            # and country, not by name; "the Foreign Secretary raised ...": by a title the
            # article gave a person before
            r = self._resolve_one(root_subj)
            if r is not None and r.kind in ("agent", "coref") and r.actor.country and (
                    r.kind == "agent" or r.key):
                subject = r
        if subject is None and owner is None and root_subj is not None:
            owner = self._copula_owner(sent, root_subj)
        if subject is None and owner is not None:
            # "Jaishankar's other guests got a warmer welcome. On Thursday he met ...": the
            # person whose guests, visit or remarks the sentence is about is "he" next
            subject = owner
        if subject is None and root_subj is not None and root_subj.lower_ in (
                "he", "she") and self.ctx.subject_person is not None:
            subject = self.ctx.subject_person  # "He also urged ...": still the same person
            if root_subj.head.i == sent.root.i and any(
                    c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"
                    for c in kids(sent.root)):
                # "He invited President Xi to visit ..." after a sentence of Xi's: the one
                # the pronoun stood for, not the person it named as the other party
                said = self._person_pronoun(root_subj)
                if said is not None and said.key and said.key != subject.key:
                    subject = next((x for x in self.ctx.recent_people if x.key == said.key),
                                   said)
        if subject is not None:
            if subject.key:
                self.ctx.prior_subjects = [subject] + [
                    r for r in self.ctx.prior_subjects if r.key != subject.key][:4]
            self.ctx.subject_person = subject
        self.ctx.last_person = subject or last
        self._note_regions(sent)
        self._note_told_agents(sent)
        self._note_genders(sent, prev_subject, prev_named)

    def _copula_owner(self, sent: Span, root_subj: Token) -> ResolvedActor | None:
        """The person a sentence with an empty subject is about: the owner of what "it" is
        ("This was not the premier's first trip abroad. Last spring he toured ...", "It was
        Lula's third visit to China"), by name or by a title the article gave a person."""
        if root_subj.lower_ not in ("it", "this", "that") or sent.root.lemma_ != "be":
            return None
        attr = next((c for c in kids(sent.root) if c.dep_ == "attr"), None)
        poss = next((c for c in kids(attr) if c.dep_ == "poss"), None) if attr else None
        if poss is None or poss.lower_ in PRONOUNS_PERSON | {"its", "their"}:
            return None
        r = self._resolve_one(poss)
        if r is None or not r.actor.country:
            return None
        if r.kind == "person" or (r.kind in ("agent", "coref") and r.key):
            return r
        return None

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
