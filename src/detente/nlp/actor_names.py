"""People the knowledge base does not know, bound to the office the article gives them.

:class:`NameRules` is mixed into :class:`detente.nlp.actors.ActorResolver`: a name with a
nationality or a title ("Philippine Defense Secretary X"), a name in apposition with an office
("the ambassador, Jane Roe,"), office holders introduced by office and country and named later
("the U.S. ambassador ... Ambassador Jane Roe"); each word of the name may come back alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.actors import ActorKB
from detente.model import Actor
from detente.nlp.actor_common import (
    MODIFIER_DEPS,
    PERSON_NOUNS,
    PRONOUNS_PERSON,
    TITLE_NOISE,
    ArticleContext,
    ResolvedActor,
    title_words,
)
from detente.nlp.words import sentence_words
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import lefts

# words news uses for one office: "the U.S. envoy ... Ambassador Jane Roe"
OFFICE_SAME = {"envoy": "ambassador"}
# sectors of a state's own organs (a group's people are not these)
STATE_ORGANS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# verbs of heading a body, in a relative clause after a name ("who heads the ministry")
LEAD_VERBS = frozenset({"head", "lead", "run", "chair", "command"})
# nouns of a person who stands against a government ("a critic of the junta", "an outspoken
# opponent of President X"): the opposition of that government's country
CRITIC_NOUNS = frozenset({"critic", "opponent"})
# people who speak or act for a body named after them ("a spokesman for the army")
AIDE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide",
                        "adviser", "advisor", "member", "representative", "officer"})
# titles of people a state sends to another state or a body
ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary"})


# prepositions of a place a person works or lives in ("a missionary in Niger", "a teacher
# who lived among the nomads")
PLACE_PREPS = frozenset({"in", "from", "at", "near", "inside", "across", "throughout",
                         "within", "among"})


def _place_of(phrase: Token, found: ResolvedActor) -> bool:
    """Whether the country ``found`` inside ``phrase`` is named as a place: the object of a
    preposition of place ("in Niger", "from Mali"), not a nationality or an owner."""
    word = next((t for t in phrase.subtree if t.idx == found.actor.start), None)
    # (a place of what they did, "who worked in Niger"; not one the noun is of, "a refugee
    # from Syria", "a doctor in Gaza")
    return word is not None and word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPS and (
        word.head.head.pos_ in ("VERB", "AUX"))


class NameRules:
    """Names the knowledge base does not know (a mixin of
    :class:`~detente.nlp.actors.ActorResolver`)."""

    # set by ActorResolver.__init__
    kb: ActorKB
    ctx: ArticleContext
    _gazetteer: Gazetteer | None

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
            prev = self._in_office_namesake(key, self.ctx.people[key])
            a = prev.actor
            return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                       tok.idx + len(tok.text)), "coref", prev.key)
        igo = self._igo_office(tok)  # type: ignore[attr-defined]
        before = [w for c in lefts(tok) for w in c.subtree]
        if igo is not None and (not any(self._nation_word(w.text) for w in before) or any(
                w.lower_ in ("former", "ex") for w in before)):
            # "the ECOWAS mission, led by former Ghanaian president Jane Roe": ECOWAS
            return self._bind_name(tok, igo)
        # a title or nationality in the same phrase ("Philippine Defense Secretary X")
        sector = None
        country = self._nationality(tok)
        words = [x for m in lefts(tok) if m.dep_ == "compound" for x in m.subtree]
        if tok.dep_ == "appos" and tok.head.i == tok.i - 1 and tok.head.pos_ == "PROPN":
            # "Deputy Prime Minister Jane Roe of Peru": the parser may make the surname an
            # apposition of the first name, which keeps the title
            words += [x for m in lefts(tok.head) if m.dep_ == "compound" for x in m.subtree]
        for c in words:
            if c.dep_ == "compound":
                s = self.kb.title_sector(c.text) or self.kb.agent_sector(c.lemma_.lower())
                if s and sector != "LEG":
                    # ("Senate President X" presides over the legislature)
                    sector = s
        if sector is None and tok.dep_ == "appos" and self._person_title(tok.head):
            # "opposition leader Jane Roe of Peru" read as an apposition of the title noun
            words = [x for m in lefts(tok.head) for x in m.subtree] + [tok.head]
            sector = self.kb.title_sector(tok.head.text) or self.kb.agent_sector(
                tok.head.lemma_.lower())
        titled = [x for m in lefts(tok) if m.dep_ == "nmod" for x in m.subtree]
        if titled and (sector is None or country is None):
            # a title with an "of" phrase, which the parser hangs on the name as a nominal
            # modifier: "Nigerian Chief of Defence Staff Jane Roe"
            sector = sector or self.kb.title_sector(" ".join(
                w.text for w in titled if w.pos_ in ("PROPN", "NOUN", "ADP", "DET")))
            # (a country after "for"/"to" is where the office serves: "Special Envoy for
            # Sudan Jane Roe" is not Sudan's)
            whose = []
            for w in sorted(titled, key=lambda w: w.i):
                if w.pos_ == "ADP" and w.lower_ != "of":
                    break
                whose.append(w)
            country = country or next((c for w in whose if w.pos_ in ("ADJ", "PROPN") and (
                c := self._nation_word(w.text))), None)
            words = words + titled
        sector = self._title_kind(words, sector)
        group = self._named_group(words) if words else None
        if group is not None:
            # "Houthi spokesman X", "Hamas official X": the group's, not a state's
            country, sector = group
        if country in self.kb.igo_codes and words:
            # "Russian U.N. Ambassador X": an envoy to a body serves the state that sent them
            country = self._envoy_state(words) or country
        # an apposition: "Danny Russel, a former White House adviser"
        for c in tok.children:
            if c.dep_ == "appos" and country is None and (
                    ruled := self._criticised_state(c)) is not None:
                # "Jane Roe, a critic of the junta": the opposition of the state she opposes
                return self._bind_name(tok, ResolvedActor(Actor(
                    self._np_text(c), None, self.kb.make_code(ruled, "OPP") or ruled, ruled,
                    "OPP", c.idx, c.idx + len(c.text)), "agent"))
            if c.dep_ == "appos" and c.lemma_.lower() in CRITIC_NOUNS:
                continue  # ("a critic of Israel", "an opponent of the deal": not theirs)
            if c.dep_ == "appos":
                r = self._resolve_one(c)
                if (r is None or not r.actor.country) and c.pos_ in ("NOUN", "PROPN"):
                    # "Jane Roe, head of Peru's foreign ministry": the body the office is of
                    # (not a person named there: "a critic of Putin")
                    r = self._search(c)
                    if r is not None and r.kind in ("person", "coref", "ner", "dyad"):
                        r = None
                    if r is not None and r.kind == "country" and _place_of(c, r):
                        # "X, a nurse with a Dutch charity in Chad": where the person works
                        # or lives, not whose they are
                        r = None
                if r is not None and r.actor.country:
                    former = any(w.lower_ in ("former", "ex") for w in lefts(c))
                    sec = "ELI" if former else r.actor.sector
                    if not former and (sec is None or sec == "GOV") and any(
                            w.lemma_.lower() == "opposition" for w in c.subtree):
                        # "X, leader of Kenya's main opposition party"
                        sec = "OPP"
                    elif r.kind == "agent" and sec == "GOV" and (
                            body := self._speaks_for(c)) is not None and (
                            body.actor.country == r.actor.country):
                        # "X, a spokesman for the Ghanaian army": the body's sector
                        sec = body.actor.sector
                    elif sec is None and r.kind in ("country", "ner"):
                        # "Deputy Prime Minister Jane Roe of Peru" (the parser may take the
                        # surname as an apposition with the country): the title's sector
                        sec = sector
                    a = r.actor
                    return self._bind_name(tok, ResolvedActor(Actor(
                        a.text, None, self.kb.make_code(a.country, sec) or "", a.country, sec,
                        a.start, a.end), r.kind))
        if country is None:
            office = self._office_of_name(tok) or self._body_led(tok)
            if office is not None:
                return self._bind_name(tok, office)
            # "Interior Minister Jane Roe" the KB lacks, after a sentence about a state
            country = self._titled_in_focus(tok, words)
            if country is None:
                return None
            sector = sector or "GOV"
        actor = Actor(self._np_text(tok), tok.text, self.kb.make_code(country, sector) or country,
                      country, sector, tok.idx, tok.idx + len(tok.text))
        res = ResolvedActor(actor, "ner", "ner:" + tok.text)
        self._remember_name(tok, res)
        return res

    def _described_name(self, tok: Token) -> bool:
        """Whether the proper noun ``tok`` (no entity the model knows other than a person)
        is a person's name set off by what the person is: "Jane Roe, a Dutch aid worker,",
        "Roe, the French journalist who ...": an apposition headed by a singular noun of a
        person (an agent noun or an office) with an article and a nationality of its own,
        so that the name is bound to that nationality and comes back alone later."""
        if tok.ent_type_ not in ("", "PERSON", "ORG") or tok.tag_ != "NNP" or (
                not tok.is_title):
            return False
        if any(c.dep_ == "appos" and self._criticised_state(c) for c in tok.children):
            # "Jane Roe, a critic of the junta," (the model may take the name, with a title
            # before it, for an organisation)
            return True
        if tok.ent_type_ == "ORG":
            return False
        for c in tok.children:
            if c.dep_ != "appos" or c.pos_ != "NOUN" or c.tag_ != "NN" or not any(
                    d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children):
                continue
            if not any(d.i < c.i and d.dep_ in ("amod", "compound") and self._nation_word(
                    d.text) for d in c.children):
                # (the nationality must be the noun's own: not "an aid worker who spent a
                # year in an Iranian prison")
                continue
            low = c.lemma_.lower()
            if low in PERSON_NOUNS or self.kb.title_sector(c.text) or (
                    self.kb.agent_sector(low) is not None):
                return True
        return False

    def _criticised_state(self, noun: Token) -> str | None:
        """The country whose rulers a critic noun says the person opposes: "a critic of the
        junta", "the most prominent critic of President X", "an opponent of the Kremlin".
        Only a government, a ruler or a state organ: "a critic of Israel" (a country named
        bare) or "a critic of the deal" says nothing of whose opposition the person is."""
        if noun.lemma_.lower() not in CRITIC_NOUNS or noun.tag_ != "NN":
            return None
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                r = self._resolve_one(p)
                if r is None or r.kind == "country" or not r.actor.country or (
                        r.actor.country not in self.kb.country_codes) or (
                        r.actor.sector not in STATE_ORGANS):
                    return None
                return r.actor.country
        return None

    def _named_group(self, words: list[Token]) -> tuple[str, str] | None:
        """The country and sector of a non-state body named before a person's title
        ("Houthi spokesman X", "Hezbollah official X"): a group's people speak for it."""
        for w in words:
            if w.pos_ != "PROPN" or self.kb_span_at(w) is None:
                continue
            r = self._resolve_one(w)
            if r is not None and r.kind == "institution" and r.actor.country and (
                    r.actor.sector) and r.actor.sector not in STATE_ORGANS and len(
                    r.actor.country) == 3:
                return r.actor.country, r.actor.sector
        return None

    def _speaks_for(self, noun: Token) -> ResolvedActor | None:
        """The body a spokesman, official or aide speaks for ("a spokesman for the Ghanaian
        army", "an official of the interior ministry"), when it has a sector."""
        if noun.lemma_.lower() not in AIDE_NOUNS:
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "in"):
                for body in prep.children:
                    if body.dep_ == "pobj":
                        r = self._resolve_one(body)
                        if r is not None and r.actor.country and r.actor.sector:
                            return r
        return None

    def _body_led(self, tok: Token) -> ResolvedActor | None:
        """The body a name's relative clause says the person heads ("Jane Roe, who heads
        Peru's foreign ministry,", "who leads the main opposition party"), coded as that
        body: the person acts for it."""
        for rc in tok.children:
            if rc.dep_ != "relcl" or rc.lemma_.lower() not in LEAD_VERBS or not any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rc.children):
                continue
            obj = next((c for c in rc.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            r = self._resolve_one(obj)
            if r is not None and r.actor.country and r.kind not in ("person", "coref"):
                if r.actor.sector in (None, "GOV") and any(
                        w.lemma_.lower() == "opposition" for w in obj.subtree):
                    a = r.actor
                    return ResolvedActor(Actor(a.text, None, self.kb.make_code(
                        a.country, "OPP") or a.country, a.country, "OPP", a.start, a.end),
                        r.kind)
                return r
        return None

    @staticmethod
    def _title_kind(words: list[Token], sector: str | None) -> str | None:
        """The sector the words before a name give beyond their titles' own: a former
        office holder is ``ELI`` ("former Foreign Minister X"), an opposition leader or
        figure ``OPP`` ("opposition leader X", not a legislature's "Opposition Leader")."""
        lows = {w.lower_ for w in words}
        if lows & {"former", "ex", "ex-"}:
            return "ELI"
        if "opposition" in lows and sector in (None, "GOV", "OPP"):
            return "OPP"
        return sector

    def _envoy_state(self, words: list[Token]) -> str | None:
        """The state a nationality word before an envoy's title names, when the title
        also names the body the envoy is sent to ("Russian U.N. Ambassador X" -> RUS; "U.N.
        envoy X", with no state named, stays the U.N.'s)."""
        if not any(w.lemma_.lower() in ENVOY_WORDS for w in words):
            return None
        for w in words:
            c = self._nation_word(w.text)
            if c and c not in self.kb.igo_codes:
                return c
        return None

    def _in_office_namesake(self, word: str, last: ResolvedActor) -> ResolvedActor:
        """The person a word of a name stands for when the article named two people who
        share it: "Kim" after "Kim Jong Un ... his father, Kim Jong Il" is the one in office
        on the article's date, not the last named one who was out of office by then."""
        if last.actor.sector not in (None, "ELI"):
            return last
        holders = [r for r in self.ctx.people.values()
                   if r.kind == "person" and r.key != last.key and word in (
                       r.actor.name or "").split() and r.actor.sector not in (None, "ELI")]
        return holders[-1] if holders else last

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
        before = [w for c in lefts(tok) if c.dep_ == "compound" for w in c.subtree
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
            return ResolvedActor(Actor(self._np_text(tok), None, self.kb.make_code(
                country, sector) or country, country, sector, tok.idx, tok.idx + len(
                tok.text)), "agent")
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
        for tok in sentence_words(sent).with_pos("NOUN", "PROPN"):
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
            key = self._office_words([tok] + [w for c in lefts(tok)
                                              if c.dep_ in ("compound", "amod")
                                              for w in c.subtree])
            if key:
                self.ctx.unnamed[key] = r
