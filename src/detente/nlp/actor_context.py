"""Which country a phrase is of, read from its own words and from its sentence.

:class:`CountryRules` is mixed into :class:`detente.nlp.actors.ActorResolver`. It reads
nationality words, possessives and "of" phrases ("Chinese", "China's", "of Japan", "its
embassy"), peoples of several countries ("Kurdish fighters"), lower-case compass words as
directions ("western Ukraine"), generic organ names the knowledge base gives to the United
States ("the Senate" of Nigeria), the countries a sentence names, the one country a body with
no nationality belongs to ("the regime bombed ..., Syrian activists said"), the sector of an
agent noun ("Houthi negotiators", "military officials"), organs owned by a country ("Russia's
Security Council") and the members of an armed group ("fighters of the Pakistani Taliban").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB, KBEntry
from detente.model import Actor
from detente.nlp.actor_common import (
    ARMED_SECTORS,
    EUROPE_STATE_NOUNS,
    ISSUER,
    JUNTA,
    LOCATION_PREPS,
    MODIFIER_DEPS,
    PERSON_NOUNS,
    QUOTE_MARKS,
    VENUE_NOUNS,
    ArticleContext,
    ResolvedActor,
    dateline_tokens,
    other_country,
    past_dateline,
    pro_or_anti,
    venue_meeting,
)
from detente.nlp.actor_ruler import BARE_SURNAMES, fold_diacritics
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import doc_tokens, kids, lefts, sent_of, subtree_ids

# armed non-state sectors: their fighters and envoys are of the group, not of its country's
# army or government ("fighters of the Pakistani Taliban")
GROUP_SECTORS = frozenset({"REB", "OPP", "SEP", "INS", "UAF"})
# nouns for the people or units of an organisation: "members of X", "fighters of X"
MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "gunman", "leader", "commander",
                          "representative", "negotiator", "delegate", "delegation", "envoy",
                          "official", "spokesman", "spokeswoman", "spokesperson", "unit",
                          "force", "supporter", "troop", "soldier"})
# a generic organ name that also names an IGO's organ, taken as the country's own when a
# country owns it: "Russia's Security Council" (RUS GOV), not the UN's
ORGAN_SECTORS = {"council": "GOV", "commission": "GOV", "assembly": "LEG",
                 "parliament": "LEG", "court": "JUD"}
# generic agency names the knowledge base gives to one country, which keep their sector when
# another country owns them: "Armenia's National Security Service" (ARM SPY), not Britain's
# Security Service; "Kenya's National Intelligence Service"
OWN_SECTOR_ORGANS = frozenset({"service", "agency", "bureau", "directorate"})
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
# bodies a person chairs, and the verbs that say so ("the committee chaired by the prime
# minister"): the chair's state's; ``by_noun`` keeps the chaired body under CHAIRED + noun
CHAIRED_BODIES = frozenset({"committee", "council", "cabinet", "commission", "panel", "board"})
CHAIR_VERBS = frozenset({"chair", "head", "lead", "preside", "convene"})
CHAIRED = "<chaired>"
# people words of no sector that take the sector of the side a compound names ("opposition
# figures"), and those sides
SIDE_PEOPLE_NOUNS = frozenset({"figure", "member", "supporter", "politician", "candidate",
                               "personality"})
SIDE_SECTORS = frozenset({"OPP", "REB", "SEP", "INS"})
# the sides of a country's internal conflict that a bare state body meets: "rebels met
# government envoys" are that country's rebels and government
INTERNAL_SECTORS = ARMED_SECTORS | {"OPP"}
# nouns for a country's own armed group ("the rebels", "Tigrayan fighters' militias")
ARMED_GROUP_NOUNS = frozenset({"rebel", "insurgent", "militia", "guerrilla", "guerilla",
                               "separatist", "militant"})
#: the organs a government issues its statements from ("the Ministry", "the Department",
#: "the interior ministry" in that government's own statement are its own)
ISSUING_ORGANS = frozenset({"ministry", "department", "office", "presidency", "chancellery",
                            "secretariat"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "state",
                         "capital", "area", "border", "county", "territory", "camp", "part",
                         "street", "enclave", "countryside", "suburb", "neighborhood",
                         "neighbourhood", "outskirts"})
REPORT_VERBS = frozenset({"say", "report", "tell", "announce", "confirm", "claim", "add"})
# a state's own bodies, which its speaker names with no nationality ("the ministry said the
# military would respond"); not a government, regime or junta, which a state's speaker names
# when it speaks of another's
OWN_ORGAN_NOUNS = frozenset({"ministry", "military", "army", "navy", "guard", "coastguard"})
# verbs of a state's speaker whose reported clause tells of its own bodies ("the ministry
# warned that the military would respond")
SPEAKER_VERBS = REPORT_VERBS | frozenset({"warn", "insist", "stress", "state", "vow",
                                          "pledge", "threaten", "declare"})
# compass adjectives: capitalised, "Western" is the West's ("Western sanctions"); in lower case
# they tell a direction ("the western Lviv region", "in eastern Ukraine") unless they qualify
# people or states ("western forces", "western governments")
COMPASS_ADJECTIVES = frozenset({"western", "eastern", "northern", "southern"})
BLOC_NOUNS = frozenset({"country", "nation", "power", "capital", "ally", "world", "democracy"})
#: ``doc.user_data`` key: whether the article's Congo is Brazzaville's (see _brazzaville_story)
CONGO_KEY = "detente.congo_brazzaville"
# a state told by the kind of state it is, with no name or region ("the Sultanate", "the
# emirate", "the city-state", "the Islamic Republic", "the archipelago", "the islands"): the
# words (lower case, modifiers then head) and the states each may stand for; of several, the
# one named last before it in the article
_ARCHIPELAGOS = frozenset({"PHL", "IDN", "JPN", "MDV", "BHS", "FJI", "SLB", "VUT", "CPV", "COM",
                           "STP", "SYC", "TON", "KIR", "MHL", "FSM", "COK", "FRO", "PLW", "TUV",
                           "WSM", "MLT"})
STATE_KINDS: dict[str, frozenset[str]] = {
    "sultanate": frozenset({"OMN", "BRN"}),
    "emirate": frozenset({"ARE", "QAT", "KWT"}),
    "emirates": frozenset({"ARE"}),
    "city state": frozenset({"SGP", "VAT", "MCO"}),
    "islamic republic": frozenset({"IRN", "PAK", "AFG", "MRT"}),
    "archipelago": _ARCHIPELAGOS,
    "islands": (_ARCHIPELAGOS - {"JPN", "IDN", "MLT"}) | frozenset({"FLK", "CYM", "VGB", "TCA",
                                                                   "MNP", "VIR", "CCK", "PCN"}),
    "principality": frozenset({"MCO", "LIE", "AND"}),
    "grand duchy": frozenset({"LUX"}),
}
# a state told as the other side of one named before it: "the neighbouring country", "its
# northern neighbour", "the host country" (the heads, and the words that make them so)
OTHER_STATE_HEADS = frozenset({"country", "nation", "state", "kingdom", "republic",
                               "government", "neighbour", "neighbor"})
NEIGHBOURING_WORDS = frozenset({"neighbouring", "neighboring"})
HOST_WORDS = frozenset({"host"})
# heads of those phrases, as written (the model reads "the Sultanate" as a proper noun)
STATE_KIND_HEADS = frozenset({"sultanate", "emirate", "emirates", "state", "republic",
                              "archipelago", "islands", "principality", "duchy"})
# kinds whose words also name an island group that is no state ("the Spratly Islands ... the
# islands"): a group named after the state is what such a phrase is about
ISLAND_KINDS = frozenset({"archipelago", "islands"})


def same_name(mod: Token, head: Token) -> bool:
    """Whether ``mod`` is a part of the same person's name as ``head`` ("Frances" in
    "Frances Adamson"), which the model tags as one PERSON entity."""
    if mod.ent_type_ != "PERSON" or head.ent_type_ != "PERSON" or mod.i >= head.i:
        return False
    return all(t.ent_iob_ == "I" for t in head.doc[mod.i + 1: head.i + 1])


# "Saudi-led", "Houthi-run", "state-owned": who leads or runs it is whose it is ("-backed"
# is not: a backer is another party)
LED_WORDS = ("led", "run", "controlled", "owned", "dominated")


def led_by(mod: Token) -> str | None:
    """The leader's name in "Saudi-led" / "Houthi-run" (one token or "Saudi - led"), else
    None."""
    low = mod.lower_
    for word in LED_WORDS:
        if low.endswith("-" + word) and len(low) > len(word) + 1:
            return mod.text[: -len(word) - 1]
    if low in LED_WORDS:
        lead = next((c for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod",
                                                            "nmod") and c.i < mod.i), None)
        if lead is not None:
            return lead.text
    return None


def _chair_clauses(tok: Token) -> list[Token]:
    """The participles that say who chairs the body ``tok``: its own ("the committee chaired
    by ...") or, for "a meeting of the committee chaired by ...", the meeting's."""
    heads = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
            "meeting", "session"):
        heads.append(tok.head.head)
    return [c for h in heads for c in h.children
            if c.dep_ == "acl" and c.lemma_.lower() in CHAIR_VERBS]


def _verb_argument(tok: Token, steps: int) -> Token:
    """The phrase head above ``tok`` (itself or up to ``steps`` heads up) that hangs on a
    verb or auxiliary, or the root: the argument ``tok`` is part of."""
    arg = tok
    for _ in range(steps):
        if arg.head.i == arg.i or arg.head.pos_ in ("VERB", "AUX"):
            break
        arg = arg.head
    return arg


class CountryRules:
    """The country of a phrase from its modifiers and its sentence (a mixin of
    :class:`~detente.nlp.actors.ActorResolver`)."""

    # set by ActorResolver.__init__
    kb: ActorKB
    ctx: ArticleContext
    _gazetteer: Gazetteer | None
    _sector_of: dict[int, str | None]  # (token index -> agent sector, per document)
    _doc_spans: tuple[Doc, dict[int, Span], frozenset[int]] | None  # (see _sentence_countries)

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
            if country and not pro_or_anti(t):
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

    def _state_kind(self, tok: Token) -> ResolvedActor | None:
        """"The Sultanate reaffirmed ...", "sent its reply through the Sultanate", "the
        city-state agreed", "the Islamic Republic accused ...", "Wellington said the islands
        had ...": a bare definite noun for a kind of state (``STATE_KINDS``) is the state of
        that kind the article named last before it (never one its own clause names after it
        as another party: "the emirate accused Qatar"). None for a generic or a named use ("an
        emirate", "the emirate of Dubai", "the Spratly Islands ... the islands")."""
        kids_ = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_) or any(
                c.dep_ in ("poss", "appos", "nummod", "amod") and c.i < tok.i or (
                    c.dep_ == "prep" and c.lower_ == "of") for c in kids_):
            return None
        words = [w.lower_ for c in kids_ if c.i < tok.i and c.dep_ in ("compound", "nmod")
                 for w in c.subtree if w.is_alpha]
        key = " ".join([*words, tok.lower_])
        fits = STATE_KINDS.get(key)
        if not fits:
            return None
        country: str | None = next(iter(fits)) if len(fits) == 1 else None
        if country is None:
            # (not a side its own clause names: "The emirate accused Qatar", "Tokyo pledged
            # aid to the islands")
            others = self._clause_objects(tok) | {  # type: ignore[attr-defined]
                self._subject_country_above(tok)}
            doc = tok.doc
            for span in reversed(doc.spans.get("actors", [])):
                if span.end > tok.i:
                    continue
                if key in ISLAND_KINDS and any(
                        t.lower_ in ("islands", "island", "archipelago") and t.i > 0 and (
                            doc[t.i - 1].pos_ == "PROPN") for t in doc[span.end: tok.i]):
                    return None  # another island group named since
                entries = self._entries(span)
                found = self._entry_country(entries[0]) if entries else None
                if found in fits and found not in others:
                    country = found
                    break
        if country is None:
            return None
        return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                   tok.idx, tok.idx + len(tok.text)), "country")

    def _other_state(self, tok: Token) -> ResolvedActor | None:
        """"the host country" (the host of the last visit the article told), "the neighbouring
        country", "its northern neighbour" (the other side of the clause's own country: the
        one other country the sentence names, else the other side of that country's last
        event, else the other country of the article's main pair)."""
        kids_ = [c for c in tok.children if c.i < tok.i]
        dets = [c for c in kids_ if c.dep_ == "det"]
        poss = next((c for c in kids_ if c.dep_ == "poss"), None)
        mods = [c for c in kids_ if c.dep_ in ("amod", "compound", "nmod")]
        words = {c.lower_ for c in mods}
        lemma = tok.lemma_.lower()
        if len(mods) != 1 or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # ("the neighbouring country of Chad" names it)
        if words <= HOST_WORDS and dets and dets[0].lower_ == "the" and lemma != "neighbour":
            host = self._host_or_guest(mods[0])  # type: ignore[attr-defined]
            if host is None or not host.actor.country:
                return None
            a = host.actor
            sector = "GOV" if lemma == "government" else None
            return ResolvedActor(Actor(self._np_text(tok), None,
                                       self.kb.make_code(a.country, sector) or a.country,
                                       a.country, sector, tok.idx, tok.idx + len(tok.text)),
                                 "coref")
        if lemma == "government":
            return None
        if words <= NEIGHBOURING_WORDS and dets and dets[0].lower_ == "the" and poss is None:
            owner = self._subject_country_above(tok)
        elif words <= COMPASS_ADJECTIVES and poss is not None and lemma in (
                "neighbour", "neighbor") and mods[0].is_lower:
            owner = self._possessor_country(tok, poss)  # type: ignore[attr-defined]
        else:
            return None
        if not owner:
            return None
        named = [c for c in self._sentence_countries(tok.sent, skip_tokens=frozenset(
            t.i for t in tok.subtree)) if c != owner and c in self.kb.country_codes]
        country = other_country(self.ctx, owner, named)
        if not country or country not in self.kb.country_codes:
            return None
        return ResolvedActor(Actor(self._np_text(tok), None, country, country, None, tok.idx,
                                   tok.idx + len(tok.text)), "country")

    def _subject_country_above(self, tok: Token, nearest: bool = False) -> str | None:
        """The country of the subject of the nearest clause above ``tok`` that has one, a
        pronoun resolved ("Rwanda said it would protest to the neighbouring country": RWA);
        None when ``tok`` is that subject itself. ``nearest``: only the subject of the verb
        right above it ("an attack by a head of state visiting the country": no subject, not
        the one of a clause further up)."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return None
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                if nearest:
                    return None
                continue
            found = self._resolve_one(subj)  # type: ignore[attr-defined]
            return found.actor.country if found is not None else None
        return None

    def _surname_in_office(self, tok: Token) -> ResolvedActor | None:
        """"China restricted imports after Morrison called for an inquiry": a lone surname
        that no alias covers but that names a knowledge-base person in office on the
        article's date, the only one of that surname in office. Not when the article named
        another person of that surname before ("Jane Morrison, a professor, ...")."""
        people = tok.doc.user_data.get(BARE_SURNAMES, {}).get(tok.i)
        if not people or self.ctx.published is None:
            return None
        serving = [e for e in people
                   if self.kb.code_at(e, self.ctx.published)[1] not in (None, "ELI")]
        if len(serving) != 1:
            return None
        if any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == tok.text
               and ent.end <= tok.i for ent in tok.doc.ents) or self._other_bearer(
                tok, serving[0]):
            return None  # (someone else of that name, whom the KB does not know)
        span = tok.doc[tok.i: tok.i + 1]
        r = self._from_entry(serving[0], span)  # type: ignore[attr-defined]
        self._remember(r, span)  # type: ignore[attr-defined]
        return r

    def _other_bearer(self, tok: Token, e: KBEntry) -> bool:
        """Whether the article named, before ``tok``, another person by a full name that ends
        in the surname ``tok``: "Bishop Rolando Alvarez ... Alvarez" is not the foreign
        minister Roberto Alvarez (the model may tag the full name as an organisation, so the
        words are read, not the entity: a capitalised first name right before the surname
        that no name of the entry has, and no title)."""
        known = {fold_diacritics(w).lower() for n in (e.name, *e.aliases)
                 for w in n.replace(".", " ").split()}
        doc = tok.doc
        for t in doc[1: tok.i]:
            if t.text != tok.text:
                continue
            first = doc[t.i - 1]
            if first.pos_ != "PROPN" or not first.is_title or len(first.text) < 3 or (
                    self.kb.title_sector(first.text)) or self._nation_word(first.text):
                continue
            if fold_diacritics(first.text).lower() not in known:
                return True
        return False

    def _focus_country(self, tok: Token) -> str | None:
        """A bare "the country" / "the nation" that nothing in its own sentence or in the
        subject before it resolves ("The country's interior minister accused Kigali ... The
        country also expelled ..."): the state the story is telling of, the country of the
        subject of the nearest sentence before (up to four back) whose subject is a state or
        a body or person of one; as another clause's object, not that clause's own subject's
        country ("Washington threatened the country with tariffs")."""
        kids_ = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_) or any(
                c.dep_ in ("amod", "compound", "nummod", "relcl", "acl", "appos", "nmod") or (
                    c.dep_ == "prep" and c.lower_ == "of") for c in kids_):
            return None
        if tok.dep_ == "poss" and not (self._agent_sector(tok.head)  # type: ignore[attr-defined]
                                       or self.kb.title_sector(tok.head.text)):
            return None  # ("lifted the country's veto": whose act, the sentence tells)
        key = ("focus", tok.i)
        busy = self._busy  # type: ignore[attr-defined]
        if key in busy:
            return None
        busy.add(key)
        try:
            own = self._subject_country_above(tok, nearest=True) if tok.dep_ != "poss" \
                else None
            doc = tok.doc
            sent = tok.sent
            before = [c for c in self._sentence_countries(sent, skip_tokens=frozenset(
                range(tok.i, sent.end))) if c != own]
            if before:
                # a country its own sentence names first: that one, or no guess
                return before[-1] if len(set(before)) == 1 else None
            seen = 0
            while sent.start > 0 and seen < 4:
                sent = doc[sent.start - 1].sent
                seen += 1
                subj = next((c for c in sent.root.children
                             if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.pos_ == "PRON":
                    continue
                found = self._resolve_one(past_dateline(subj))  # type: ignore[attr-defined]
                country = found.actor.country if found is not None else None
                if country and country != own and country in self.kb.country_codes:
                    return country
            return None
        finally:
            busy.discard(key)

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
        held = self._doc_spans
        if held is None or held[0] is not doc:
            # the document's actor spans by first token, and the tokens of its place names
            # that are no actors, read once per document (a span group makes its spans anew
            # at each read); only the sentence's tokens are looked up below
            held = self._doc_spans = (
                doc, {sp.start: sp for sp in doc.spans.get("actors", [])},
                frozenset(i for sp in doc.spans.get("not_actors", [])
                          for i in range(sp.start, sp.end)))
        spans = held[1]
        # ("South America's last insurgency" is not America's)
        skip_tokens = skip_tokens | held[2]
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
                if sp.text.lower().removeprefix("the ") in GENERIC_ORGANS or pro_or_anti(
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
                if country in self.kb.country_codes and not pro_or_anti(t):
                    out.append(country)
        result = list(dict.fromkeys(out))
        self._sent_countries[key] = result
        return result

    def _name_part(self, mod: Token, head: Token) -> bool:
        """A country's or a region's name (not its adjective) that is a first name in the
        same person's name as ``head``: "Frances Adamson", "Jordan Peterson", "Samar" of a
        woman named after the Philippine island (not "Estonian MEP")."""
        if not same_name(mod, head) or mod.pos_ != "PROPN":
            return False
        text = mod.text
        return any(e.kind == "country" for w in (text, text[:-1]) for e in self.kb.find(w)) or (
            self.kb.region_country(text) is not None)

    def _nation_word(self, text: str, head: Token | None = None) -> str | None:
        """The country (or bloc) a nationality word or short name stands for ("Chinese",
        "U.S.", "Western"); a compass adjective in lower case is a direction, no one's,
        unless the noun ``head`` it qualifies names people or states ("western forces")."""
        if text in COMPASS_ADJECTIVES and (head is None or head.pos_ not in ("NOUN", "PROPN")
                                           or not (self.kb.agent_sector(head.lemma_.lower())
                                                   or head.lemma_.lower() in BLOC_NOUNS)):
            return None
        if text == "European" and head is not None and (
                head.lemma_.lower() in EUROPE_STATE_NOUNS):
            return None  # "European allies", "European capitals": states, not the EU
        country = self.kb.adjective_country(text)
        if country == "COD" and head is not None and text.lower().startswith("congo") and (
                self._brazzaville_story(head.doc)):
            return "COG"  # "Congolese troops" in a story of Congo-Brazzaville
        return country

    @staticmethod
    def _brazzaville_story(doc: Doc) -> bool:
        """Whether the article names the Republic of the Congo (by a name or a place only it
        has: "Congo-Brazzaville", "Brazzaville") and never the Democratic Republic ("DRC",
        "Kinshasa"): its "Congolese" are then of Brazzaville. Read once per doc."""
        known = doc.user_data.get(CONGO_KEY)
        if known is not None:
            return bool(known)
        cog = cod = False
        entries = doc._.actor_entries or {}
        for span in doc.spans.get("actors", []):
            codes = {e.country or e.code for e in entries.get((span.start, span.end), [])}
            if codes == {"COG"}:
                cog = True
            elif codes == {"COD"} and not span.text.lower().startswith("congo"):
                cod = True  # (not "Congolese", the adjective asked about)
        doc.user_data[CONGO_KEY] = cog and not cod
        return cog and not cod

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

    def _issuing_organ(self, tok: Token) -> str | None:
        """The issuing government (``Prefilter.issuer``) of a statement in which ``tok`` is
        a bare "the Ministry", "the Department", "the foreign ministry" with no country of
        its own ("The Department condemns ...", "the interior ministry said it accepted
        ..."): a government's statement names its own organs so. Not in quoted words, nor
        an organ with an owner ("the ministry of Ghana", "Kenya's ministry")."""
        issuer = tok.doc.user_data.get(ISSUER)
        if not issuer or issuer not in self.kb.country_codes or tok.pos_ not in (
                "NOUN", "PROPN") or tok.lemma_.lower() not in ISSUING_ORGANS:
            return None
        kids_ = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids_) or any(
                c.dep_ in ("poss", "nmod", "appos") or (c.dep_ == "prep" and c.lower_ in (
                    "of", "in")) or (c.dep_ in ("amod", "compound") and (
                    c.pos_ == "PROPN" or self._nation_word(c.text)))  # type: ignore[attr-defined]
                for c in kids_):
            return None  # ("the Ghanaian ministry", "the ministry in Accra", "the Kremlin office")
        text = tok.sent.text
        if any(q in text for q in QUOTE_MARKS):
            return None  # (someone's quoted words: their ministry)
        return issuer

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
        if any(a.dep_ == "prep" and a.lower_ in ("between", "among") for a in tok.ancestors
               ) and not (lemma in ("army", "military") and self._beside_armed_group(tok)):
            return False  # "calls between fleet commanders": of both sides, not of one
            # ("a truce between the army and the M23": the army of the group's state)
        # an owner named in the phrase is the phrase's search: "positions of Hezbollah"
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                       for c in tok.children)

    def _state_name(self, tok: Token) -> bool:
        """Whether ``tok`` is the name of a country or of its capital as its government."""
        span = self.kb_span_at(tok)
        return span is not None and span.root.i == tok.i and any(
            e.kind in ("country", "metonym") for e in self._entries(span))

    def _country_of_sentence(self, tok: Token, sector: str) -> str | None:
        """The one country the sentence of ``tok`` names outside the other parties of the
        verb ``tok`` is an argument of (its subject, object, the one it acts against or
        with), or None when it names none or several."""
        if sector in STATE_SECTORS and tok.tag_ == "NNP" and tok.is_title and (
                issuer := self._issuing_organ(tok)):
            # (actors29) "The Department has requested access through our Embassy in
            # Moscow": the capitalised bare organ of a government's statement is its own,
            # whatever place the sentence names
            return issuer
        arg = _verb_argument(tok, 6)
        verb = arg.head
        own = self._speaker_country(tok, arg, verb) if sector in STATE_SECTORS else None
        if own is not None:
            return own
        meeting = venue_meeting(arg, verb)
        if meeting and sector in STATE_SECTORS:
            side = self._internal_side(tok, arg, verb)
            if side is not None:
                return side
        # (its own modifiers said nothing of a country: "pro-Russian separatists"; a place
        # after it may: "a military base in Borno state")
        skip: set[int] = {tok.i} | {i for c in lefts(tok) for i in subtree_ids(c)}
        # the verb and the verbs above it ("has offered to send troops"): their other
        # parties are skipped, except the subject of a report ("Syrian activists said")
        chain = [verb, *verb.ancestors] if verb.i != arg.i else []
        on_path = {arg.i} | {t.i for t in chain}
        for v in chain:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            report = v.lemma_.lower() in REPORT_VERBS
            for c in kids(v):
                if c.i in on_path or (report and c.dep_ == "nsubj"):
                    continue
                if c.dep_ in PARTY_DEPS or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS):
                    skip.update(subtree_ids(c))
        # the country must be named as a place: after "in", "near", "outside" ("an army
        # camp in western Kabul"), as the owner of a place ("Pakistan's city of Quetta"), or
        # as the reporters' ("Syrian activists said"); not as another party of some other
        # act in the sentence ("will release a Japanese citizen")
        sent = sent_of(tok)
        placed: set[int] = set()
        # ... said of the clause of ``tok`` or of one above it, not of a side clause
        # ("addressing the UN in New York, he said the court should ...")
        # (its own phrase, the verbs above it and their adverbials, not a side clause:
        # "..., after the court ordered the release of a man living in exile in Britain")
        scope = set(subtree_ids(arg)) | {t.i for t in chain}
        for v in chain:
            for c in kids(v):
                if c.dep_ in ("prep", "npadvmod", "advmod", "nsubj") and c.i not in skip:
                    scope.update(subtree_ids(c))
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            # "Jane Roe, an aid worker held in a Syrian jail", "X, a nurse who worked in a
            # Russian hospital": a named person's past, told by a participle or a clause in
            # the past, says where they were, not whose they are
            for c in kids(tok):
                if c.dep_ in ("acl", "relcl") and (c.tag_ in ("VBN", "VBD") or any(
                        g.dep_ in ("auxpass", "nsubjpass") or g.tag_ == "VBD"
                        for g in kids(c))):
                    scope.difference_update(subtree_ids(c))
        for t in doc_tokens(sent.doc)[sent.start:sent.end]:
            if t.i not in scope:
                continue
            if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS:
                if meeting and t.head.i in (verb.i, arg.i, tok.i):
                    continue  # where the sides meet, not whose they are
                placed.update(subtree_ids(t))
            elif t.lemma_.lower() in PLACE_NOUNS:
                placed.update(x for c in kids(t) if c.dep_ in MODIFIER_DEPS | {"prep"}
                              for x in subtree_ids(c))
            elif t.pos_ == "VERB" and t.lemma_.lower() in REPORT_VERBS:
                # (not a state as the reporter of a side clause: "if militias attack,
                # Washington has said it will respond" tells nothing of where the militias
                # are; "Ethiopia said it would let aid reach people" does)
                side = any(v.dep_ == "advcl" and v.head.i == t.i for v in chain)
                placed.update(x for c in kids(t) if c.dep_ == "nsubj" and not (
                    side and self._state_name(c)) for x in subtree_ids(c))
        parties = frozenset(skip)
        skip.update(i for i in range(sent.start, sent.end) if i not in placed)
        named = self._sentence_countries(sent, skip_tokens=frozenset(skip))
        if not named and sector in STATE_SECTORS and (issuer := self._issuing_organ(tok)):
            return issuer  # "The Ministry welcomes ..." in that ministry's statement
        if not named and self.ctx.ranked and sector in STATE_SECTORS and (
                tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.is_lower) and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            # (the small model tags "the interior ministry" NNP at times)
            # "In September, the government bowed to pressure ...": with no country in the
            # sentence, the state of the country the article is about, unless that is the
            # other party ("the government rejected China's claims" in a story on China)
            body = self.ctx.last_body
            if body is None and (told := self.ctx.subject_person) is not None and (
                    told.actor.sector in STATE_SECTORS):
                # ("Deputy Foreign Minister Jane Roe told ... The government also said":
                # the state of the official who was the subject before)
                body = told
            if tok.dep_ == "nsubj" and body is not None and body.actor.country in (
                    self.kb.country_codes) and body.actor.sector in (None, sector) and any(
                    c.dep_ == "advmod" and c.lower_ == "also" for c in kids(tok.head)):
                # "The government also said it would ...": the state the sentence before
                # had as its subject, whose acts the sentence goes on with
                return body.actor.country
            top = self.ctx.ranked[0]
            junta = self.ctx.by_noun.get(JUNTA)
            if sector == "MIL" and tok.lemma_.lower() in ("army", "military") and (
                    junta is not None and junta.actor.country in self.kb.country_codes):
                # "The army seized power in 2021" in a story of a junta: the junta's army,
                # whichever country the story names most
                top = junta.actor.country
            own = {x.i for x in tok.subtree}
            others = self._sentence_countries(sent, skip_tokens=frozenset(
                t.i for t in sent if t.i not in parties or t.i in own))
            if top in others and sector == "MIL" and tok.lemma_.lower() in ("army", "military"):
                # "a truce between the army and the M23", "attacks the army blames on the
                # RSF": the state's own armed group is no other state; the army fighting it
                # is the state's
                armed = self._armed_group_tokens(sent)
                if armed:
                    others = self._sentence_countries(sent, skip_tokens=frozenset(
                        t.i for t in sent if t.i not in parties or t.i in own or t.i in armed))
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

    def _foe_state(self, tok: Token) -> str | None:
        """The country of an armed group told by no nationality or place ("rebels", "armed
        groups") when another party of its verb is that country's state -- its government,
        forces or police, or the country itself ("Mali's army clashed with armed groups",
        "Bogota signed a truce with the rebels") -- and the country is the one the article
        is most about, with no other country named in the sentence: a state fights or
        talks to its own rebels; forces abroad ("US troops killed militants") are told
        with the place or in a story about another country."""
        for rel in kids(tok):
            if rel.dep_ != "relcl" or rel.pos_ != "VERB":
                continue
            # "the gunmen who shot a Ruritanian border guard": armed men who act on one
            # state's forces or officials are that state's rebels
            foes = {r.actor.country for o in kids(rel) if o.dep_ == "dobj"
                    for r in self.resolve(o)  # type: ignore[attr-defined]
                    if r.kind not in ("dyad", "person", "coref")
                    and r.actor.sector in ("MIL", "COP", "GOV")
                    and r.actor.country in self.kb.country_codes}
            if len(foes) == 1:
                return foes.pop()
        if not self.ctx.ranked or any(
                c.dep_ in ("poss", "nmod") or (c.dep_ == "prep" and any(
                    p.pos_ == "PROPN" for p in c.subtree)) or (
                    c.dep_ in ("amod", "compound") and not c.is_lower) for c in kids(tok)):
            return None  # (an owner, a place or a name of its own: that phrase's search)
        arg = _verb_argument(tok, 4)
        verb = arg.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        own = {t.i for t in arg.subtree}
        state: str | None = None
        for c in kids(verb):
            if c.i in own:
                continue
            heads = [c] if c.dep_ in ("nsubj", "nsubjpass", "dobj") else [
                p for p in kids(c) if p.dep_ == "pobj"] if c.dep_ in ("prep", "agent") and (
                c.lower_ in ("with", "against", "by")) else []
            for h in heads:
                found = self.resolve(h, follow=False)  # type: ignore[attr-defined]
                for r in found:
                    # (its government or the state itself; its forces only in a fight both
                    # sides wage -- forces abroad kill or strike militants as well)
                    if r.kind != "dyad" and r.actor.country in self.kb.country_codes and (
                            r.actor.sector == "GOV" or r.kind in ("country", "metonym") or (
                                r.actor.sector == "MIL" and verb.lemma_.lower() in (
                                    "clash", "fight", "battle"))):
                        state = r.actor.country
        if state is None or state != self.ctx.ranked[0]:
            return None
        if any(c != state for c in self._sentence_countries(tok.sent)):
            return None  # (another country named: whose the group is, the places tell)
        return state

    def _beside_armed_group(self, tok: Token) -> bool:
        """Whether a bare "the army" is listed with an armed group ("between the army and the
        RSF", "the army and the M23 rebels")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)) or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids(tok)):
            return False
        armed = self._armed_group_tokens(tok.sent)
        # (the parser may hang the group elsewhere: "between the army, led by X, and the RSF")
        return any(c.i in armed for c in tok.conjuncts) or bool(armed) and (
            tok.dep_ == "pobj" and tok.head.lower_ == "between")

    def _armed_group_tokens(self, sent: Span) -> set[int]:
        """The tokens of the armed groups a sentence names (a KB body coded as rebels,
        insurgents or separatists on the article's date; "the rebels", "Tigrayan
        militias"): a country they are placed in is not named as a state by them."""
        out: set[int] = set()
        for sp in self.spans_in(sent):  # type: ignore[attr-defined]
            for e in self._entries(sp)[:1]:
                if e.kind == "institution" and (self.kb.code_at(e, self.ctx.published)[1] if (
                        e.roles) else e.sector) in ARMED_SECTORS:
                    out.update(range(sp.start, sp.end))
        for t in sent:
            if t.pos_ == "NOUN" and t.lemma_.lower() in ARMED_GROUP_NOUNS:
                out.update(x.i for x in t.subtree)
        return out

    def _internal_side(self, tok: Token, arg: Token, verb: Token) -> str | None:
        """"Rebels met government envoys in Havana", "the opposition held talks with
        government negotiators": a bare state body that meets a country's armed group or
        opposition is that country's state (not the host's); None when the other side is
        no such group."""
        if any(c.dep_ in ("amod", "compound", "poss") and not c.is_lower
               for c in tok.children):
            return None  # ("Cuban officials": its own words tell)
        for c in verb.children:
            if c.dep_ not in ("nsubj", "dobj") or c.i == arg.i or (
                    c.lemma_.lower() in VENUE_NOUNS):  # ("held talks with ...")
                continue
            other = self._resolve_one(c)
            if other is not None and other.actor.sector in INTERNAL_SECTORS and (
                    other.actor.country in self.kb.country_codes):
                return other.actor.country
        return None

    def _speaker_country(self, tok: Token, arg: Token, verb: Token) -> str | None:
        """"the ministry warned that the military would respond", "Seoul's envoy called it
        rude, and the defence ministry warned ...": a bare state body ("the military", "the
        defence ministry") in a clause that a state's speaker reports, or the subject of a
        clause joined to one whose subject is a state's, is that state's own.

        ``arg`` is the phrase of ``tok`` that is an argument of ``verb``."""
        if tok.tag_ not in ("NN", "NNP") or not tok.is_lower or (
                tok.lemma_.lower() not in OWN_ORGAN_NOUNS):
            return None  # ("Washington said the junta must ...": another state's, told)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("amod", "poss", "nmod", "prep") or (
                    c.dep_ == "compound" and not c.is_lower) for c in tok.children):
            return None  # ("the Russian military", "the army of Mali": its own words tell)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        other: Token | None = None
        if arg.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and (
                verb.head.pos_ in ("VERB", "AUX")):
            # "X called it rude, and the ministry warned ...": the first clause's subject
            other = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if other is None:
            clause = verb
            for v in verb.ancestors:
                if clause.dep_ != "ccomp":
                    break
                if v.lemma_.lower() in SPEAKER_VERBS:
                    other = next((c for c in v.children if c.dep_ == "nsubj"), None)
                    break
                clause = v
        if other is None or other.i == tok.i or other.lower_ in ("it", "they"):
            return None
        resolved = self.resolve(other)
        found = resolved[0] if len(resolved) == 1 else None
        if found is None or found.kind == "dyad" or (
                found.actor.country not in self.kb.country_codes) or (
                found.actor.sector not in STATE_SECTORS and not (
                    found.actor.sector is None and found.kind in ("country", "metonym"))):
            return None
        return found.actor.country

    def _national_organ(self, e: KBEntry, span: Span) -> ResolvedActor | None:
        """"Russia's Security Council", "Japan's National Security Council": a generic organ
        name that the knowledge base knows as an IGO's or another country's, owned here by
        a country; "the Mediation and Security Council of ECOWAS", "the AU Peace and
        Security Council": owned by another organisation, that organisation's (as an IGO's
        own bodies are coded by the IGO)."""
        sector = ORGAN_SECTORS.get(span[-1].lower_) or (
            e.sector if e.kind == "institution" and span[-1].lower_ in OWN_SECTOR_ORGANS
            and e.sector else None)
        if sector is None:
            return None
        for c in span.root.children:
            owners = [p for p in c.children if p.dep_ == "pobj"] if (
                c.dep_ == "prep" and c.lower_ == "of") else [c] if (
                c.dep_ in ("compound", "nmod", "poss") and c.i < span.start) else []
            for p in owners:
                inner = self.kb_span_at(p)
                if inner is None or (inner.start >= span.start and inner.end <= span.end):
                    continue
                igo = next((x for x in self._entries(inner) if x.kind == "igo"), None)
                if igo is not None and igo.code and igo.code not in (e.code, e.country):
                    return ResolvedActor(Actor(self._np_text(span.root), igo.name, igo.code,
                                               igo.country, igo.sector, span.start_char,
                                               span.end_char), "igo", igo.key)
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
                if r.kind == "agent" and a.sector in GROUP_SECTORS and a.country and (
                        a.code):
                    # "negotiators from Colombia's ELN guerrillas", "envoys of the rebels":
                    # the armed group's (or opposition's) people, not the state's
                    return ResolvedActor(replace(a, text=self._np_text(tok), start=tok.idx,
                                                 end=tok.idx + len(tok.text)), r.kind, r.key)
                if r.kind == "agent" and a.sector == "CVL" and a.country and (
                        self._ethnic_home(p) == a.country):
                    return self._agent(tok, a.country, "REB")
        return None

    def _country_named(self, text: str) -> str | None:
        """The country a bare name stands for ("U.S." -> USA), through the KB."""
        for e in self.kb.find(text):
            country = self._entry_country(e)
            if country:
                return country
        return None

    def _agent_sector(self, tok: Token) -> str | None:
        """The sector of an agent noun (``_find_agent_sector``), read once per document and
        token: the resolver asks it of the same nouns many times."""
        if self._span_doc is not tok.doc:
            self._index_spans(tok.doc)  # (a new document: the memo starts empty)
        memo = self._sector_of
        i = tok.i
        try:
            return memo[i]
        except KeyError:
            pass
        found = memo[i] = self._find_agent_sector(tok)
        return found

    def _find_agent_sector(self, tok: Token) -> str | None:
        if tok.tag_ in ("VBN", "VBD") and tok.lower_.endswith("ed"):
            # "a London-based rights group": a participle is no agent noun of its lemma
            # (the "base" of the army)
            return None
        lemma = tok.lemma_.lower()
        i = tok.i
        if i >= 2 and (toks := doc_tokens(tok.doc))[i - 1].text == "-" and (
                not toks[i - 1].whitespace_) and not toks[i - 2].whitespace_:
            # "Secretary-General", "Director-General" (split at the hyphen): the office, not
            # a general of an army
            joined = self.kb.title_sector(f"{toks[i - 2].text}-{tok.text}")
            if joined:
                return joined
        for c in lefts(tok):
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
            for c in lefts(tok):
                span = self.kb_span_at(c) if c.dep_ in ("compound", "poss", "amod") and (
                    not pro_or_anti(c)) else None  # ("pro-Taliban newspapers")
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
            for c in lefts(tok):
                if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE"):
                    s = self.kb.agent_sector(c.lemma_.lower())
                    if s in ("REB", "SEP", "INS") and s != sector:
                        return s
        if sector == "GOV":
            # a generic role in a sector: "his Chinese intelligence counterparts" (SPY),
            # "military officials" (MIL)
            for c in lefts(tok):
                if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE"):
                    s = self.kb.agent_sector(c.lemma_.lower())
                    if s and s not in ("GOV", "ELI"):
                        return s
        if sector is None:
            # two-word agents ("coast guard", "foreign ministry", "state media"; the lemma
            # of "media" is "medium")
            for c in lefts(tok):
                if c.dep_ == "compound" or c.dep_ == "amod":
                    s = self.kb.agent_sector(f"{c.lower_} {lemma}") or self.kb.agent_sector(
                        f"{c.lower_} {tok.lower_}")
                    if s:
                        return s
            if lemma in SIDE_PEOPLE_NOUNS:
                # "opposition figures", "rebel members": people named by the side they are of
                for c in lefts(tok):
                    if c.dep_ == "compound" and c.ent_type_ not in ("NORP", "GPE") and (
                            s := self.kb.agent_sector(c.lemma_.lower())) in SIDE_SECTORS:
                        return s
        return sector

    def _demonym_plural(self, tok: Token) -> bool:
        """"Afghans", "Palestinians" that the model did not tag as a nationality: the
        plural of a demonym of the knowledge base, written as a name."""
        text = tok.text
        return text.endswith("s") and tok.tag_ in ("NNS", "NNPS", "NNP") and (
            self.kb_span_at(tok) is None) and self.kb.demonym_country(
            text[:-1]) is not None

    def _demonym_people(self, tok: Token, country: str) -> bool:
        """Whether a demonym noun stands for people of ``country`` ("undocumented Afghans",
        "two Americans", "a Ukrainian", "the Afghans who stayed") rather than for its state
        or side ("the Russians agreed", "the Chinese")."""
        text = tok.text
        if self.kb.demonym_country(text) != country:
            return False  # ("the Americas", a country's name)
        plural = text.endswith("s") and self.kb.demonym_country(text[:-1]) == country
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        told = any(c.dep_ in ("amod", "nummod", "quantmod", "relcl", "acl", "prep")
                   or (c.dep_ == "det" and c.lower_ != "the") for c in tok.children)
        if plural:
            return told or "the" not in dets
        return bool(dets & {"a", "an", "another"}) or any(
            c.dep_ == "nummod" for c in tok.children)

    def _national_noun(self, tok: Token) -> tuple[str, str | None] | None:
        """``(country, sector)`` of a noun that names an actor only when a country qualifies
        it (``national_nouns`` of the knowledge base): "the Serbian community" (CVL),
        "China's customs agency" (GOV), "automakers from Japan" (BUS). The country is a
        modifier's or an of/from phrase's ("munitions for Ukraine" are not Ukraine's)."""
        entry = self._national_class(tok)
        if entry is None:
            return None
        country = self._nationality(tok, preps=("of", "from"))
        if not country:
            return None
        sector = entry.sector
        if sector is not None:
            # "Houthi boats", "Hamas drones": an armed group's, in its sector
            for c in lefts(tok):
                span = self.kb_span_at(c) if c.dep_ in ("compound", "poss", "amod") and (
                    not pro_or_anti(c)) else None
                if span is not None:
                    found = {e.sector for e in self._entries(span) if e.kind == "institution"
                             and not e.roles and e.sector in GROUP_SECTORS}
                    if len(found) == 1:
                        sector = found.pop()
        return country, sector

    def _national_class(self, tok: Token) -> KBEntry | None:
        """The knowledge base's entry of ``tok`` as a national noun, whatever qualifies it."""
        if tok.pos_ != "NOUN":
            return None
        lemma = tok.lemma_.lower()
        for c in lefts(tok):
            if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:
                # "intelligence officer" (SPY), not "officer" (MIL)
                two = self.kb.national_noun(f"{c.lower_} {lemma}") or self.kb.national_noun(
                    f"{c.lower_} {tok.lower_}")
                if two is not None:
                    return two
        return self.kb.national_noun(lemma) or self.kb.national_noun(tok.lower_)

    def _nationality(self, tok: Token, depth: int = 0,
                     preps: tuple[str, ...] = ("of", "from", "for", "in", "at", "with")
                     ) -> str | None:
        """Country named by a modifier of ``tok`` ("Chinese", "U.S.", "China's", "of Japan");
        ``preps``: the prepositions whose object may name it."""
        if depth > 3:
            return None
        if depth == 0 and tok.lemma_.lower() in CHAIRED_BODIES:
            chaired = self._chair_country(tok)
            if chaired is not None:
                return chaired
        sent = sent_of(tok)  # (``tok.sent`` scans for the bounds at each read)
        dateline = dateline_tokens(sent) if sent.start + 12 > tok.i else range(0)
        for c in kids(tok):
            if c.i in dateline:
                continue  # ("LIMA, May 4 - Ecuador's foreign minister": the filing city)
            if c.dep_ == "poss" and c.lower_ == "its" and c.pos_ == "PRON" and not (
                    tok.lemma_.lower() in PERSON_NOUNS or self.kb.title_sector(tok.text)):
                # "Riyadh broke off relations after protesters stormed its embassy in
                # Tehran": the body that is the subject before it, not the host city. (A
                # person, "its new ambassador to China", is left to the phrase's search.)
                # "the United Nations and its agencies": the body it is listed with
                owner = None
                if tok.dep_ == "conj" and tok.head.i < tok.i:
                    listed = self._resolve_one(tok.head)
                    owner = listed.actor.country if listed is not None else None
                owner = owner or self._its_owner(c)
                if owner:
                    return owner
                continue
            if c.dep_ == "poss" and c.lower_ in ("his", "her") and c.pos_ == "PRON" and not (
                    tok.lemma_.lower() in PERSON_NOUNS or self.kb.title_sector(tok.text)):
                # "thanked Kagame for his government's partnership": the body of the
                # person's country (not a person: "his counterpart" is of another)
                person = self._person_pronoun(c)
                if person is not None and person.actor.country:
                    return person.actor.country
                continue
            if c.dep_ in MODIFIER_DEPS and pro_or_anti(c):
                continue  # "pro-Russian separatists" are not Russia's
            if self._name_part(c, tok):
                continue  # "Frances Adamson", "Jordan Peterson": a first name
            if c.dep_ in MODIFIER_DEPS or c.dep_ == "poss":
                span = self.kb_span_at(c)
                if span is not None:
                    for e in self._entries(span):
                        country = self._owner_in_context(e, span) or self._entry_country(e)
                        if country == "COD" and span.text.startswith("Congo") and (
                                self._brazzaville_story(span.doc)):
                            return "COG"  # "Congolese troops" in a story of Brazzaville
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
                led = led_by(c)
                if led is not None:  # "a Saudi-led coalition", "the Houthi-run agency"
                    country = self._nation_word(led) or self._country_named(led)
                    if country:
                        return country
                if c.dep_ == "compound" or c.dep_ == "poss":
                    inner = self._nationality(c, depth + 1, preps)
                    if inner:
                        return inner
                if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.is_lower and any(
                        d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                    # "the junta's spokesman", "the ministry's envoy": the body told before
                    owner = self._resolve_one(c)
                    if owner is not None and owner.kind in (
                            "agent", "coref", "institution", "igo") and owner.actor.country and (
                            len(owner.actor.country) == 3):
                        return owner.actor.country
            elif c.dep_ == "prep" and c.lower_ in preps:
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
                        if r is None and c.lower_ == "of" and p.pos_ in ("NOUN", "PROPN"):
                            # "the Government of the Republic of Rwanda"
                            inner = self._nationality(p, depth + 1, ("of",))
                            if inner:
                                return inner
                        if c.lower_ in ("of", "from") and p.ent_type_ == "GPE" and (
                                p.pos_ == "PROPN"):
                            # "the governor of Arizona", "officials from Kandahar": a state,
                            # province or city the gazetteer places
                            place = self._gazetteer_country(p)
                            if place:
                                return place
        # "an embassy spokesman said" after "the Chinese embassy": the head noun of an
        # apposition chain ("Danny Russel, a former official") is handled by the caller.
        return None

    def _chair_country(self, tok: Token) -> str | None:
        """The country of the person who chairs a body ("the National Security Committee
        chaired by Prime Minister X", "a council headed by the president"), and, once told so,
        of a bare "the committee" after it with no modifier of its own."""
        key = CHAIRED + tok.lemma_.lower()
        for acl in _chair_clauses(tok):
            for agent in acl.children:
                if agent.dep_ != "agent":
                    continue
                for p in agent.children:
                    if p.dep_ != "pobj":
                        continue
                    r = self._resolve_one(p)  # type: ignore[attr-defined]
                    if r is not None and r.kind in ("person", "coref", "ner") and (
                            r.actor.country in self.kb.country_codes) and (
                            r.actor.sector in STATE_SECTORS):
                        self.ctx.by_noun[key] = r
                        return r.actor.country
            return None
        if tok.tag_ not in ("NN", "NNP") or any(
                c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in tok.children) or (
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            return None
        told = self.ctx.by_noun.get(key)
        if told is None:
            # (the chaired body may be in no event of its sentence, so never resolved)
            lemma = tok.lemma_.lower()
            for t in reversed(tok.doc[max(0, tok.i - 400): tok.i]):
                if t.lemma_.lower() == lemma and _chair_clauses(t):
                    country = self._chair_country(t)
                    if country is not None:
                        return country
        return told.actor.country if told is not None else None

    def _its_owner(self, tok: Token) -> str | None:
        """Country of the singular body "its" refers to: the nearest subject before it in
        the sentence that is a country, capital, organisation or agency. The doer of its own
        clause comes first: "sheltered by Argentina at its embassy in Quito" is Argentina's
        embassy, whoever the sentence's subject is. An "its" whose owner is being sought
        already (the subject's own phrase holds it: "A spokesman for its insurer said") has
        none."""
        busy: set[tuple[int, int]] = self.__dict__.setdefault("_its_busy", set())
        key = (id(tok.doc), tok.i)
        if key in busy:
            return None
        busy.add(key)
        try:
            return self._its_owner_found(tok)
        finally:
            busy.discard(key)

    def _its_owner_found(self, tok: Token) -> str | None:
        """The search of ``_its_owner``."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ == "nsubjpass" and c.left_edge.i <= tok.i <= c.right_edge.i
                   for c in verb.children):
                # "its former spy chief was sentenced by an American judge": the one acted
                # on is not the doer's; the clause above tells whose
                continue
            doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"), None) or next(
                (past_dateline(c) for c in verb.children if c.dep_ == "nsubj"), None)
            if doer is None or doer.i in {t.i for t in tok.ancestors}:
                continue  # ("its ambassador had been called home": the clause above)
            if doer.pos_ not in ("NOUN", "PROPN") or doer.tag_ not in ("NN", "NNP"):
                break  # ("protesters stormed its embassy": "its" is of no plural)
            r = self._resolve_one(doer)
            if r is not None and r.kind in ("country", "metonym", "institution", "agent",
                                            "igo") and r.actor.country:
                return r.actor.country
            break
        for t in reversed(list(tok.doc[tok.sent.start: tok.i])):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP"):
                r = self._resolve_one(past_dateline(t))
                if r is not None and r.kind in ("country", "metonym", "institution", "agent",
                                                "igo") and r.actor.country:
                    return r.actor.country
        return self._its_owner_before(tok)

    def _its_owner_before(self, tok: Token) -> str | None:
        """For an "its" that opens its sentence's subject ("Its foreign ministry said ...",
        "Its army later shelled ..."): the state the sentence before had as its main subject
        ("Egypt hosted talks on Monday."), when that subject is a country or a body of one
        and is singular; nothing when the sentence before had no such subject."""
        start = tok.sent.start
        if start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i
                             for t in tok.doc[start:tok.i]):
            return None
        prev = tok.doc[start - 1].sent
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.conjuncts:
            return None  # ("Egypt and Jordan hosted talks.": "its" is of neither alone)
        r = self._resolve_one(past_dateline(subj))
        if r is not None and r.kind in ("country", "metonym", "institution", "agent") and (
                r.actor.country and len(r.actor.country) == 3):
            return r.actor.country
        return None
