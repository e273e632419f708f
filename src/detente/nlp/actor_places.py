"""Places that give a country.

:class:`PlaceRules` is mixed into :class:`detente.nlp.actors.ActorResolver`: regions the
knowledge base lists ("Nagorno-Karabakh") and "the region" told before, places the gazetteer
knows ("a court in Karachi"), where an actor acts ("police in Lahore", "In Seoul, ..."), the
home of an ethnic group ("Karabakh's ethnic Armenians"), and whether "Georgia" is the US state
or the country.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from detente.coding.actors import ActorKB
from detente.nlp.actor_common import LOCATION_PREPS, ArticleContext, venue_meeting
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import doc_tokens, lefts

# nouns that point back to the region named before: "the region's separatist forces"
REGION_NOUNS = frozenset({"region", "enclave", "province", "territory", "breakaway region"})
# words of a sentence that place "Georgia" in the United States, and words that place it in
# the Caucasus
GEORGIA_US = frozenset({"atlanta", "savannah", "augusta", "kemp", "raffensperger", "warnock",
                        "ossoff", "fulton", "governor", "gov.", "republican", "republicans",
                        "democrat", "democrats", "democratic", "gop", "county", "legislature",
                        "runoff", "state's", "statehouse", "peach", "bulldogs", "tech"})
GEORGIA_CAUCASUS = frozenset({"tbilisi", "abkhazia", "ossetia", "russia", "russian", "georgian",
                              "georgians", "nato", "eu", "kremlin", "moscow", "saakashvili",
                              "kobakhidze", "garibashvili", "zourabichvili", "ivanishvili",
                              "caucasus", "batumi"})

# acts a state's own forces do to their state's rulers or people: soldiers placed by their own
# phrase ("guardsmen in Libreville detained the president") are that place's only when they do
# one of these (troops "in" a country may be foreign ones stationed there)
DOMESTIC_ACTS = frozenset({"detain", "arrest", "oust", "depose", "overthrow", "topple",
                           "suspend", "dissolve", "seize", "hold", "jail", "imprison"})
# the words of a ruler's own guard unit: "the presidential guard", "the Republican Guard"
RULER_GUARDS = frozenset({"presidential", "republican"})
# seats of international courts: "the court in The Hague" is no Dutch court
COURT_SEATS = frozenset({"hague", "the hague", "strasbourg", "luxembourg", "arusha"})


@functools.cache
def shared_gazetteer() -> Gazetteer:
    """One read-only gazetteer per process for resolvers built without one."""
    return Gazetteer.load()


class PlaceRules:
    """Countries of places (a mixin of :class:`~detente.nlp.actors.ActorResolver`)."""

    # set by ActorResolver.__init__
    kb: ActorKB
    ctx: ArticleContext
    _gazetteer: Gazetteer | None

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
            loc = (self._gazetteer or shared_gazetteer()).lookup(prev.text, ("USA",))
            return loc is not None and loc.country == "USA"
        return False

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
        gaz = self._gazetteer or shared_gazetteer()
        name = doc[start: tok.i + 1].text
        if gaz.is_person_name(name):
            return None
        # (among places of one name, one in the article's countries: "the town of Palma"
        # in a story about Mozambique)
        near = tuple(self.ctx.ranked[:4])  # type: ignore[attr-defined]
        loc = gaz.lookup(name, near) or (gaz.lookup(tok.text, near) if start != tok.i else None)
        return loc.country if loc is not None and loc.country else None

    def _ethnic_home(self, tok: Token) -> str | None:
        """The country of the region an ethnic group is placed in: "Karabakh's ethnic
        Armenians", "ethnic Serbs in northern Kosovo"; None without "ethnic" or a place."""
        if not any(c.lower_ == "ethnic" for c in lefts(tok)):
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
                c.lower_ in ("the", "this", "that") for c in lefts(tok)):
            return self.ctx.last_region
        if tok.lower_ == "capital" and tok.tag_ == "NN":
            return self._the_capital(tok)  # "protesters marched in the capital"
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
                loc = (self._gazetteer or shared_gazetteer()).lookup(span.text)
                country = loc.country if loc is not None and loc.country else places[0]
            return country
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE"):
            gaz = self._gazetteer or shared_gazetteer()
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

        # up through "thousands of protesters" to the verb
        head: Token | None = tok
        for _ in range(4):
            if head is None or head.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
                break
            if head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                head = None
            else:
                head = head.head
        verb = head.head if head is not None else None
        if verb is not None and venue_meeting(head, verb):
            # "rebels met government envoys in Havana", "In Oslo, rebels held talks with
            # ...": where the sides meet is no side's home ("rebels in Darfur met ..." are
            # still of the place their own phrase names)
            return in_place(tok) if head is tok and tok.dep_ == "nsubj" else None
        country = in_place(tok)
        if country or head is None or verb is None or verb.pos_ not in ("VERB", "AUX"):
            return country
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

    def _organ_place(self, tok: Token, sector: str) -> str | None:
        """The country of a state organ with no nationality that its own phrase places:
        courts and prosecutors where they sit ("prosecutors in Chicago", "a judge in Lyon");
        soldiers placed by their phrase or by the unit they are of ("guardsmen in Libreville",
        "soldiers of the presidential guard in Niamey") only when they arrest, detain or oust
        (the acts of a state's forces at home); lawmakers where their parliament sits
        ("lawmakers in Kyiv", "senators in Washington": the legislature, not the government
        the capital stands for). None for other sectors, for an international court's seat
        ("the court in The Hague") and for troops "stationed in" a place (their acl's place,
        not their own phrase's)."""
        if sector not in ("JUD", "MIL", "LEG"):
            return None
        if sector == "MIL":
            arg = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "by" else tok
            verb = arg.head
            if arg.dep_ not in ("nsubj", "agent", "nsubjpass") or verb.pos_ not in (
                    "VERB", "AUX") or verb.lemma_.lower() not in DOMESTIC_ACTS:
                return None
            if arg.dep_ == "nsubjpass":
                return None  # the one held, not the holder
        units = [tok]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                # "soldiers of the presidential guard in Niamey": the unit's place (a unit of
                # no owner or nationality of its own)
                units.extend(p for p in c.children if p.dep_ == "pobj"
                             and self._agent_sector(p) == sector  # type: ignore[attr-defined]
                             and not any(g.dep_ == "poss" or g.pos_ == "PROPN"
                                         or g.ent_type_ in ("NORP", "GPE") for g in lefts(p)))
        for unit in units:
            for c in unit.children:
                if c.dep_ != "prep" or c.lower_ != "in":
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    name = tok.doc[p.left_edge.i:p.i + 1].text.lower()
                    if name in COURT_SEATS or p.lower_ in COURT_SEATS:
                        return None
                    country = self._region_of(p)
                    if country:
                        return country
        if sector == "MIL" and self._ruler_guard(tok):
            # "the presidential guard detained the president", "Bongo was held by the
            # republican guard": a ruler's guard holding a leader is that leader's state's
            return self._held_leader_country(tok)
        return None

    @staticmethod
    def _ruler_guard(tok: Token) -> bool:
        """Whether ``tok`` heads "the presidential guard", "the republican guard" (a ruler's
        own guard; not "the coast guard", "border guards")."""
        return tok.lemma_.lower() == "guard" and any(
            c.lower_ in RULER_GUARDS and c.i == tok.i - 1 for c in lefts(tok))

    def _held_leader_country(self, tok: Token) -> str | None:
        """The country of the one leader the clause of ``tok`` (its subject or agent) holds:
        the verb's object or passive subject, a person or official of one country."""
        arg = tok.head if tok.dep_ == "pobj" else tok
        verb = arg.head
        for c in verb.children:
            if c.i == arg.i or c.dep_ not in ("dobj", "nsubjpass"):
                continue
            found = {r.actor.country for r in self.resolve(c)  # type: ignore[attr-defined]
                     if r.kind in ("person", "coref", "agent")
                     and r.actor.sector in ("GOV", "ELI")}
            if len(found) == 1:
                return found.pop()
        return None

    def _the_capital(self, tok: Token) -> str | None:
        """"protesters marched in the capital", "held them in the capital": a bare "the
        capital" is the capital city the article named last before it as a place ("in", "to",
        "at" it, or its dateline), as its country (a seat of government the knowledge base
        lists that the gazetteer knows as a city of that country; not "the White House").
        None for "a capital", "the capital of X", "Ukraine's capital" (their own words tell)
        or with no capital named before."""
        kids_ = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_) or any(
                c.dep_ in ("poss", "amod", "compound", "nmod", "prep", "appos") for c in kids_):
            return None
        gaz = self._gazetteer or shared_gazetteer()
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            root = span.root
            if span.start > 2 and not (root.dep_ == "pobj" and (
                    root.head.lower_ in LOCATION_PREPS or root.head.lower_ in ("to", "at"))):
                continue  # named as a place (or the dateline), not as a party: "a deal with
                # Beijing" says nothing of where the story is
            entries = [e for e in self._entries(span) if e.kind == "metonym"]
            if not entries or entries[0].sector != "GOV":
                continue
            country = entries[0].country
            loc = gaz.lookup(span.text, (country,) if country else ())
            if loc is not None and loc.country == country:
                return country
        return None

    def _region_only(self, tok: Token) -> str | None:
        """Country of a region named by ``tok`` (listed in the KB, or "the region")."""
        if tok.lemma_.lower() in REGION_NOUNS and any(
                c.lower_ in ("the", "this", "that") for c in lefts(tok)):
            return self.ctx.last_region
        doc = tok.doc
        toks = doc_tokens(doc)
        left = tok.left_edge.i
        while left < tok.i and toks[left].dep_ in ("det", "amod") and toks[left].pos_ != "PROPN":
            left += 1
        return self.kb.region_country(doc_text(doc)[toks[left].idx:tok.idx + len(tok)]) or (
            self.kb.region_country(tok.text))

    def _note_regions(self, sent: Span) -> None:
        """Remember the last region named in the sentence, for "the region's forces"."""
        view = sentence_words(sent)
        pos = view.pos
        last = len(pos) - 1
        for k, tok in enumerate(view.tokens):
            if pos[k] == "PROPN" and (k == last or pos[k + 1] != "PROPN"):
                country = self._region_only(tok)
                if country:
                    self.ctx.last_region = country
