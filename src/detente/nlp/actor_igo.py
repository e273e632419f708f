"""People who act for an organisation of states, coded as that organisation; the bodies of
the one country a story is about.

:class:`IgoOfficeRules` is mixed into :class:`detente.nlp.actors.ActorResolver`. A person the
text presents as holding an office of an IGO ("Jane Roe, the African Union's envoy",
"its High Representative, Jane Roe, former President of Peru", "the SADC mission, led by
Jane Roe") acts for the IGO, not for the country of his nationality or former office: the
name is coded as the IGO, and so is every later mention of it ("Roe" again).

A state body named with no country ("police raided ...", "the opposition rejected the
result", "the junta promised elections") in a sentence that names no country is the body of
the country the article is about, when it is about one country (:meth:`_story_home`).
"The others" after a subject are the article's other parties (:meth:`_the_others`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.model import Actor
from detente.nlp.actor_common import REGIONS, ResolvedActor, dateline_tokens
from detente.nlp.actor_places import shared_gazetteer
from detente.resolve.tokens import kids, lefts, sent_of

# nouns of an office or a body that a person holds or leads for an organisation
IGO_ROLE_NOUNS = frozenset({
    "envoy", "representative", "mediator", "facilitator", "negotiator", "chair",
    "chairman", "chairwoman", "chairperson", "head", "chief", "commissioner", "coordinator",
    "president", "secretary", "rapporteur", "spokesman", "spokeswoman", "spokesperson",
    "official", "mission", "team", "delegation", "panel", "observer", "monitor", "leader",
    "director", "emissary"})
# verbs of leading a body, as a participle after it ("the mission, led by Jane Roe")
_LED = frozenset({"lead", "head", "chair"})
_OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
_NATIONAL_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# sectors of the bodies a story's own country has: its government, army, police, courts and
# opposition (not civilians or armed groups, which a story tells of by name)
_DATELINE_KEY = "actor_igo.dateline_country"
_STORY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "OPP", "CVL"})
# sectors of bodies that act at home: in a story filed from the country it names most, a bare
# one is that country's even when a foreign party is named nearly as often
_DATELINE_SECTORS = frozenset({"JUD", "COP", "CVL"})
# words that say what kind of force a compound names, not whose ("security forces", "riot
# police"), capitalised at a sentence's start
_KIND_WORDS = frozenset({"security", "riot", "border", "government", "state", "military",
                         "army", "paramilitary", "anti-government", "opposition"})
# nouns of such bodies that stand alone for them ("police", "the government", "the army")
STORY_NOUNS = frozenset({"police", "government", "authority", "army", "military", "junta",
                         "opposition", "court", "judge", "prosecutor", "regime", "troop",
                         "soldier", "force", "policeman", "officer", "official", "minister",
                         "ministry", "cabinet", "parliament", "lawmaker", "leader",
                         # a story's crowds (its only civilians told bare)
                         "protester", "demonstrator"})

# bodies and crowds that act at home, and the ruling bodies whose state they are of when a
# sentence names no country (:meth:`IgoOfficeRules._clause_home`)
_CLAUSE_SECTORS = frozenset({"MIL", "COP", "CVL", "OPP"})
CLAUSE_NOUNS = frozenset({"police", "force", "army", "military", "soldier", "troop",
                          "protester", "demonstrator", "policeman", "opposition"})
# "the Saudi-backed government", "Western-supported authorities": the word after a backer's
# name that makes it another party than the body's own country
BACKED_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "armed"})
_RULING_NOUNS = frozenset({"junta", "government", "regime", "authority", "president",
                           "ruler", "leader", "administration"})


class IgoOfficeRules:
    """The IGO a person holds an office of (a mixin of
    :class:`~detente.nlp.actors.ActorResolver`)."""

    def _igo_office(self, name: Token) -> ResolvedActor | None:
        """The IGO the person named by ``name`` (the last word of a name) acts for: the
        owner of an office noun in apposition with the name ("X, the AU's envoy", "its
        High Representative, X"), or of the body a participle says the person leads ("the
        SADC observer mission, led by X"). None when no such office is told, or when the
        office noun also carries a nationality ("the U.S. envoy to the UN")."""
        offices = [c for c in kids(name) if c.dep_ == "appos"]
        if name.dep_ == "appos":
            offices.insert(0, name.head)
            if name.head.dep_ == "pobj" and name.head.head.dep_ == "prep":
                # "its envoy for the region, X": the parser may hang the name on the
                # office's own phrase
                offices.append(name.head.head.head)
        prep = name.head
        if name.dep_ == "pobj" and prep.lower_ == "by" and prep.head.dep_ == "acl" and (
                prep.head.lemma_.lower() in _LED):
            offices.append(prep.head.head)  # "the mission, led by X"
        for c in lefts(name):
            if c.dep_ in ("nmod", "compound") and c.lemma_.lower() in IGO_ROLE_NOUNS and (
                    igo := self._igo_owner(c) or next((
                        r for p in lefts(name) if p.dep_ == "poss" and (
                            r := self._igo_token(p)) is not None), None)) is not None:
                # "the AU's envoy Jane Roe" (the parser may hang the owner on the name)
                offices.insert(0, c)
                owner = igo
                break
        else:
            owner = None
        for office in offices:
            if office.pos_ not in ("NOUN", "PROPN") or office.i == name.i or (
                    office.lemma_.lower() not in IGO_ROLE_NOUNS
                    and office.lower_ not in IGO_ROLE_NOUNS):
                continue
            igo = owner if office.i < name.i and owner is not None else (
                self._igo_owner(office))
            if igo is not None:
                a = igo.actor
                return ResolvedActor(Actor(name.text, None, a.code, a.country, a.sector,
                                           name.idx, name.idx + len(name.text)), "igo")
        return None

    def _igo_owner(self, office: Token) -> ResolvedActor | None:
        """The IGO whose office or body ``office`` is: named in its modifiers ("the AU's
        envoy", "the SADC mission", "the UN special envoy"), in an "of" phrase ("head of
        the AU mission"), or, for "its"/"their", the organisation named last before it in
        the sentence. None when a modifier names a country."""
        found: ResolvedActor | None = None
        for c in lefts(office):
            if c.dep_ not in _NATIONAL_DEPS:
                continue
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                found = found or self._igo_named_before(office)
                continue
            r = self._igo_token(c)
            if r is not None:
                found = found or r
            elif self._nation_word(c.text) or (  # type: ignore[attr-defined]
                    self._country_token(c)):
                return None  # "the U.S. UN envoy": a state's
        if found is not None:
            return found
        for p in kids(office):
            if p.dep_ == "prep" and p.lower_ == "of":
                for body in kids(p):
                    if body.dep_ == "pobj":
                        r = self._igo_token(body)
                        if r is None and body.lemma_.lower() in IGO_ROLE_NOUNS:
                            r = next((x for c in lefts(body) if c.dep_ in _OWNER_DEPS and (
                                x := self._igo_token(c)) is not None), None)
                        if r is not None:
                            return r
        return None

    def _igo_token(self, tok: Token) -> ResolvedActor | None:
        """``tok`` as an IGO named by the knowledge base, else None."""
        span = self.kb_span_at(tok)  # type: ignore[attr-defined]
        if span is None or span.root.i != tok.i:
            return None
        every = self._entries(span)  # type: ignore[attr-defined]
        entries = [e for e in every if e.kind == "igo"]
        if not entries or any(e.kind in ("country", "person") for e in every):
            return None
        return self._from_entry(entries[0], span)  # type: ignore[attr-defined]

    def _country_token(self, tok: Token) -> bool:
        """Whether ``tok`` is (the head of) a country's name."""
        span = self.kb_span_at(tok)  # type: ignore[attr-defined]
        return span is not None and any(
            e.kind in ("country", "metonym") for e in self._entries(span))  # type: ignore[attr-defined]

    def _igo_named_before(self, office: Token) -> ResolvedActor | None:
        """The actor named last before ``office`` in its sentence, when it is an IGO ("the
        African Union hosted the talks, and its envoy chaired them")."""
        last = None
        for span in self.spans_in(sent_of(office)):  # type: ignore[attr-defined]
            if span.end <= office.i:
                last = span
        if last is None:
            return None
        return self._igo_token(last.root)

    def _story_home(self, tok: Token, sector: str) -> str | None:
        """The country whose body ``tok`` (a bare "police", "the government", "federal
        authorities", "the junta", "the opposition", "the military leaders") is, when its
        sentence names no country and the article is about one: the country it names most,
        at least twice as often as any other. None otherwise."""
        if sector not in _STORY_SECTORS or tok.lemma_.lower() not in STORY_NOUNS or any(
                c.dep_ == "poss" or (c.dep_ == "compound" and not (
                    c.is_lower and c.pos_ == "NOUN" or c.i == sent_of(tok).start and (
                        c.lower_ in _KIND_WORDS))) or (
                    c.dep_ == "prep" and c.lower_ in (
                    "of", "from", "in") and any(p.pos_ == "PROPN" for p in c.subtree))
                for c in kids(tok)):
            return None  # (an owner or a place told: the phrase's own search)
        ranked = self.ctx.ranked  # type: ignore[attr-defined]
        counts = self.ctx.country_counts  # type: ignore[attr-defined]
        if not ranked or (len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]) and (
                sector not in _DATELINE_SECTORS or (
                    self._dateline_country(tok.doc) != ranked[0])):
            # (a story filed from the country it names most has its courts, police and
            # crowds there, though a foreign party is named nearly as often: "GUATEMALA
            # CITY - Washington barred ... prosecutors", "TBILISI - ... riot police")
            return None
        # ("the Saudi-backed government": its backer is another party, not its owner)
        backers = frozenset(t.i for c in kids(tok) if c.dep_ == "amod" and c.i < tok.i and (
            c.lower_ in BACKED_WORDS) for t in c.subtree)
        # ("Prosecutors accuse him of taking bribes from the Brazilian builder": the places
        # of the deed charged say nothing of whose the accusing body is)
        deed = _charged_deed(tok)
        named = self._sentence_countries(  # type: ignore[attr-defined]
            sent_of(tok), skip_tokens=backers | deed) if backers or deed else (
            self._sentence_countries(sent_of(tok)))  # type: ignore[attr-defined]
        federal = any(c.lower_ == "federal" for c in kids(tok))
        if backers and named and all(c == ranked[0] for c in named) and (
                ranked[0] not in self._sentence_countries(  # type: ignore[attr-defined]
                    sent_of(tok), skip_tokens=frozenset(range(sent_of(tok).start,
                                                              sent_of(tok).end)) - (
                        backers))):
            # ("the Saudi-backed government condemned the Houthis": a government its backer
            # sets apart from the story's other sides is the story country's own)
            return ranked[0]
        if any(c != ranked[0] for c in named) or (named and not federal):
            # (a country named: whose body it is, the sentence tells, and the story's own
            # country may be the other party: "Washington condemned the regime"; "federal
            # forces" are the federation's, whoever else is named of it)
            return None
        return ranked[0]

    def _dateline_country(self, doc: Doc) -> str | None:
        """The country of the city in the dateline the article opens with ("LIMA, May 3 -"),
        once per article; None without a dateline or when its city names no one country."""
        cached = doc.user_data.get(_DATELINE_KEY, "")
        if cached != "":
            return cached  # type: ignore[no-any-return]
        first = next(iter(doc.sents), None)
        found: str | None = None
        if first is not None and (rng := dateline_tokens(first)):
            named = set(self._sentence_countries(  # type: ignore[attr-defined]
                first, skip_tokens=frozenset(range(first.start, first.end)) - frozenset(rng)))
            found = next(iter(named)) if len(named) == 1 else None
            if not named:
                found = self._dateline_city_country(first, rng)
        doc.user_data[_DATELINE_KEY] = found
        return found

    def _dateline_city_country(self, first: Span, rng: range) -> str | None:
        """The country of a dateline's city that names no actor ("TBILISI, March 10 -"):
        the gazetteer's place of that name, preferring one in the article's countries; None
        when the gazetteer knows no such place."""
        city = [first.doc[i] for i in rng if first.doc[i].is_upper and first.doc[i].is_alpha]
        if not city or city[0].i != first.start:
            return None
        end = city[0].i
        while end + 1 < first.end and first.doc[end + 1].is_upper and first.doc[end + 1].is_alpha:
            end += 1  # "ADDIS ABABA"
        name = first.doc[city[0].i: end + 1].text.title()
        gaz = self._gazetteer or shared_gazetteer()  # type: ignore[attr-defined]
        if gaz.is_person_name(name):
            return None
        loc = gaz.lookup(name, tuple(self.ctx.ranked[:4]))  # type: ignore[attr-defined]
        return loc.country if loc is not None and loc.country else None

    def _clause_home(self, tok: Token, sector: str) -> str | None:
        """The country of a bare domestic body or crowd ("security forces", "police",
        "the army", "protesters") in a sentence that names no country, when the subject of
        the sentence's main clause is a state's ruling body told before ("The junta promised
        elections, but security forces killed dozens when protesters took to the streets"):
        that state's. None otherwise (a country named: the sentence's own search)."""
        if sector not in _CLAUSE_SECTORS or tok.lemma_.lower() not in CLAUSE_NOUNS or any(
                c.dep_ in ("poss", "compound", "amod", "nmod") and not c.is_lower or (
                    c.dep_ == "prep" and c.lower_ in ("of", "from", "in"))
                for c in kids(tok)):
            return None
        root = sent_of(tok).root
        subj = next((c for c in kids(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == tok.i or subj.pos_ != "NOUN" or (
                subj.lemma_.lower() not in _RULING_NOUNS) or tok.i in {
                t.i for t in subj.subtree}:
            return None
        if self._sentence_countries(sent_of(tok)):  # type: ignore[attr-defined]
            return None
        found = self._resolve_one(subj)  # type: ignore[attr-defined]
        if found is None or found.kind == "dyad" or found.actor.country not in (
                self.kb.country_codes) or found.actor.sector not in ("GOV", "MIL"):  # type: ignore[attr-defined]
            return None
        return found.actor.country

    def _the_others(self, tok: Token) -> list[ResolvedActor]:
        """"Tehran would drill alone if the others refused": the article's parties (its
        three most named countries) other than the country of the subject of a clause
        above ``tok`` -- at most two of them; [] when ``tok`` is no bare "the others" or
        no subject above it is a state."""
        if tok.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(
                tok)) or any(c.dep_ in ("prep", "amod", "nummod") for c in kids(tok)):
            return []
        own: str | None = None
        for verb in tok.ancestors:
            subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") and (
                c.i != tok.i) and c.i < tok.i), None)
            if subj is not None:
                found = self._resolve_one(subj)  # type: ignore[attr-defined]
                own = found.actor.country if found is not None else None
                break
        if not own:
            return []
        members = [c for c in self.ctx.ranked[:3]  # type: ignore[attr-defined]
                   if c != own and c not in REGIONS and len(c) == 3]
        if not members or len(members) > 2:
            return []
        return [ResolvedActor(Actor(tok.text, None, c, c, None, tok.idx,
                                    tok.idx + len(tok.text)), "country") for c in members]


#: verbs of charging whose "of", "with" or "for" gerund tells the deed charged ("accuse him
#: of taking bribes", "charged her with smuggling")
_CHARGING_VERBS = frozenset({"accuse", "charge", "indict", "suspect"})


def _charged_deed(tok: Token) -> frozenset[int]:
    """The tokens of the deed a body charges someone with, when ``tok`` is the subject of a
    verb of charging: the subtree of the gerund under its "of", "with" or "for"; empty
    otherwise."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _CHARGING_VERBS:
        return frozenset()
    return frozenset(t.i for p in kids(verb) if p.dep_ == "prep" and p.lower_ in (
        "of", "with", "for") for g in kids(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"
        for t in g.subtree)
