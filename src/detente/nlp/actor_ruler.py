"""The ``detente_actors`` pipeline component: marks every knowledge-base alias in a doc.

Writes ``doc.spans["actors"]`` and the candidate entries in ``doc._.actor_entries``; coding a
noun phrase as an actor is :class:`detente.nlp.actors.ActorResolver`'s job (it needs the
article). Split from ``actors.py``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

import yaml
from spacy.attrs import ENT_TYPE, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB, KBEntry, load_kb
from detente.nlp.actor_common import (
    EPITHET_HEADS,
    EPITHET_REGIONS,
    TITLE_NOISE,
    continent_european,
    title_fits,
    title_words,
)
from detente.resolve import doc_text

if not Doc.has_extension("actor_entries"):
    Doc.set_extension("actor_entries", default=None)


SHORT_CASE_SENSITIVE = re.compile(r"^[A-Z.]{1,6}$")

#: a warship's name after its navy's prefix ("USS Carney", "HMS Diamond"): the navy's
#: knowledge-base entry, by canonical name
#: courts that try people, preferred for a seat shared with the court of states when the text
#: tells of arrests or warrants
CRIMINAL_COURTS = frozenset({"ICC"})
_CRIMINAL_CUES = re.compile(r"\b(?:arrest warrants?|warrants? for (?:his|her|the) arrest|"
                            r"ordered (?:his|her) arrest|war crimes? charges?)\b", re.I)
SHIP_PREFIXES = {"USS": "U.S. Navy", "USNS": "U.S. Navy", "HMS": "British Armed Forces",
                 "HMAS": "Australian Defence Force", "HMCS": "Canadian Armed Forces",
                 "ROKS": "Joint Chiefs of Staff of South Korea"}
_SHIP = re.compile(r"\b(?:" + "|".join(SHIP_PREFIXES) + r")\s+[A-Z]")

#: names of a bloc that are also the name of a region ("Europe" for the EU, "West" for the
#: West): the region, not the bloc, where the text makes them a place (see ``_region_place``)
REGION_NAMES = frozenset({"Europe", "West"})
#: words of a criminal case against people: a court that shares an alias with one that settles
#: states' disputes ("the court in The Hague") is the criminal one in an article using them
CRIMINAL_CASE_WORDS = frozenset({"arrest", "warrant", "indict", "indictment", "prosecutor"})
#: prepositions that make their object a place ("forces in Europe", "flights across Europe");
#: not "to"/"from"/"with", whose object may be a party ("pressure from Europe")
PLACE_PREPS = frozenset({"in", "across", "throughout", "around", "within", "inside", "outside",
                         "into", "through", "over"})
#: nouns whose "of" phrase is a place ("a tour of Europe", "the rest of Europe")
PLACE_OF_NOUNS = frozenset({"tour", "part", "rest", "country", "nation", "state", "capital",
                            "city", "corner", "heart", "centre", "center", "north", "south",
                            "east", "west", "edge", "border", "map", "trip", "journey"})


#: the last word of a title written before a name ("Prime Minister Rama", "President
#: Fernández", "Sultan Haitham"): the name after it may be a known person's surname (or, for a
#: monarch, given name) that the knowledge base lists under the full name only
TITLE_END_WORDS = frozenset({"President", "Minister", "Premier", "Chancellor", "Secretary",
                             "Speaker", "Governor", "Ambassador", "Envoy", "Chairman",
                             "Chairwoman", "Chairperson", "Commander", "General", "Gen.",
                             "Vice-President", "Taoiseach", "King", "Queen", "Emir", "Sultan",
                             "Emperor", "Prince", "Princess", "Sheikh", "Sheikha"})
#: titles of a monarch or a royal, used with the given name ("Emir Tamim", "King Salman")
ROYAL_TITLES = frozenset({"King", "Queen", "Emir", "Sultan", "Emperor", "Prince", "Princess",
                          "Sheikh", "Sheikha"})
#: honorifics that name no office: any office of the person fits, but a name several states'
#: royals share ("Sheikh Mohammed") is left alone
HONORIFICS = frozenset({"Sheikh", "Sheikha", "Prince", "Princess"})
#: name words that never stand alone for a person ("bin", "Al")
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "abu",
                             "abd", "jr.", "sr.", "jr", "sr", "ii", "iii", "iv", "vi"})
#: a Slavic name's letters as English news writes them ("Kovačevski" -> "Kovachevski"),
#: besides the bare letters ("Kovacevski") that ``fold_diacritics`` gives
_ENGLISH_LETTERS = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "Č": "Ch",
                                  "Ć": "Ch", "Š": "Sh", "Ž": "Zh", "đ": "dj", "Đ": "Dj"})


#: ``doc.user_data`` key: {token index: KB people} of lone surnames no alias covers
BARE_SURNAMES = "detente.bare_surnames"


def _name_forms(word: str) -> set[str]:
    """A name word as written, without its accents and with English letters for Slavic ones."""
    return {word, fold_diacritics(word), fold_diacritics(word.translate(_ENGLISH_LETTERS))}


def _longest_spans(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans, longest first; of two equally long, the one ending later wins,
    since an English noun phrase ends in its head ("President Xi Jinping": "Xi Jinping", not
    "President Xi")."""
    taken: set[int] = set()
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.end - s.start, s.end), reverse=True):
        if any(i in taken for i in range(sp.start, sp.end)):
            continue
        taken.update(range(sp.start, sp.end))
        out.append(sp)
    return sorted(out, key=lambda s: s.start)


def _mend_name_read_as_verb(span: Span) -> None:
    """"ECOWAS imposed sanctions on Niger": the small model reads an unfamiliar acronym that
    opens a sentence as a verb ("Kicking imposed sanctions ...") and the real verb as a
    participle modifying the object. When a known actor's name is the root of its sentence
    and its object is modified by a participle that stands right after the name, the arcs
    are set as the sentence reads: the participle is the root, the name its subject, the
    noun its object. (Run once per span; once mended, the name is no root and a second call
    returns at once. Not cached: a cache keyed by spans would keep every document alive.)"""
    name = span.root
    if name.dep_ != "ROOT" or name.pos_ not in ("VERB", "AUX") or span.end >= len(span.doc):
        return
    verb = span.doc[span.end]
    obj = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or obj.head.i != name.i or (
            obj.dep_ not in ("dobj", "obj")) or obj.i <= verb.i:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in name.children):
        return
    rest = [c for c in name.children if c.i != obj.i and c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    verb.tag_ = "VBD"
    for c in rest:
        c.head = verb
    obj.head = verb
    name.head = verb
    name.dep_ = "nsubj"
    name.pos_ = "PROPN"
    name.tag_ = "NNP"


def _region_place(span: Span) -> bool:
    """A bloc's region-name that the text makes a place: "forces in Europe", "a tour of
    Europe", "the plant, Europe's largest", or a word of a longer place name ("North West
    Frontier Province"); "Europe has made clear ..." and "urged Europe to ..." stay the bloc."""
    tok = span.root
    doc = span.doc
    # a word inside a longer proper name the model reads as one entity, that runs on from the
    # word before or into the word after
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if (prev is not None and doc[span.start].ent_iob_ == "I" and _name_word(prev)) or (
            nxt is not None and nxt.ent_iob_ == "I" and _name_word(nxt)):
        return True
    if span[-1].text == "West" and nxt is not None and nxt.is_alpha and nxt.is_title and (
            nxt.pos_ in ("PROPN", "ADJ") or nxt.ent_type_ in ("NORP", "GPE", "LOC")):
        # "the West African states", "the West Bank", "West Java": the first word of a
        # region's name, not the Western camp
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        low = head.lower_
        return low in PLACE_PREPS or (low == "of" and head.head.lemma_.lower() in PLACE_OF_NOUNS)
    if tok.dep_ == "poss":
        # "Europe's largest nuclear plant": a superlative of the region
        return head.tag_ == "JJS" or any(c.tag_ == "JJS" for c in head.children)
    return False


#: words of waters and harbours a city lends its name to ("Manila Bay", "Tokyo Harbour")
_WATER_NAME_WORDS = frozenset({"bay", "harbor", "harbour", "strait", "straits", "sound",
                               "lagoon", "river", "lake", "gulf", "estuary", "roads"})


def _names_waters(span: Span) -> bool:
    """Whether a city or capital is only the first word of the name of waters ("sailed into
    Manila Bay", "anchored in Tokyo Harbour"): a place, no government."""
    if span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    return nxt.text[:1].isupper() and nxt.lower_ in _WATER_NAME_WORDS


#: two-word region epithets whose second word alone is a country's adjective: "Latin
#: American", "South American", "North American" (not "South African": that is a country)
_REGION_PAIRS = frozenset({k for k, v in EPITHET_REGIONS.items() if len(v) > 1 and " " in k}
                          | {"north american"})


def _inside_region_word(span: Span) -> bool:
    """Whether a one-word country adjective is only part of a region's epithet ("Latin
    American leaders", "Central American states"): no reference to that country."""
    if len(span) != 1 or span.start == 0:
        return False
    doc = span.doc
    prev = doc[span.start - 1]
    return f"{prev.lower_} {span[0].lower_}" in _REGION_PAIRS


def _region_epithet(span: Span) -> bool:
    """Whether a country's adjective that is also a region's word opens a definite epithet
    ("the oil-producing Central African country" after Gabon): the region's country the
    article names, not the country of that adjective (the epithet rules read it)."""
    doc = span.doc
    if span.text.lower() not in EPITHET_REGIONS or span.end >= len(doc):
        return False
    head = doc[span.end]
    if head.lemma_.lower() not in EPITHET_HEADS or head.text[:1].isupper():
        return False  # ("the Central African Republic")
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


#: nouns for a ship that a ship's name follows ("the destroyer Carney", "the frigate Hamilton")
VESSEL_NOUNS = frozenset({"destroyer", "frigate", "carrier", "cruiser", "submarine", "vessel",
                          "ship", "warship", "cutter", "corvette", "tanker", "freighter"})


def _names_a_vessel(span: Span) -> bool:
    """A person's name just after a ship noun is the ship's ("the American destroyer Carney
    shot down drones"), not the person of that surname."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in VESSEL_NOUNS


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


_FOLD_EXTRA = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
               "ʼ": "'", "’": "'"}


def fold_diacritics(text: str) -> str:
    """``text`` with accents dropped letter by letter ("Erdoğan" -> "Erdogan", "Año" ->
    "Ano"); the length never changes, so token offsets of a folded text are the original's."""
    if text.isascii():
        return text
    # (each distinct letter beyond ASCII is folded once: an article repeats few of them)
    return text.translate({ord(ch): _fold_letter(ch) for ch in set(text) if ord(ch) >= 128})


@functools.lru_cache(maxsize=4096)
def _fold_letter(ch: str) -> str:
    """One letter beyond ASCII without its accents (itself when it does not fold to one)."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return _FOLD_EXTRA.get(ch) or (base if len(base) == 1 else ch)


_PERSON_ID = get_string_id("PERSON")


def _word_ids(words: Iterable[str]) -> frozenset[int]:
    """The hash ids of ``words`` (as ``Doc.to_array`` gives a token's ``ORTH``)."""
    return frozenset(get_string_id(w) for w in words)


def _not_actor_names() -> tuple[str, ...]:
    text = resources.files("detente.coding").joinpath("data/not_actors.yaml").read_text("utf-8")
    return tuple(str(n) for n in yaml.safe_load(text) or [])


@Language.factory("detente_actors", default_config={"actors_files": []})
def make_actor_ruler(nlp: Language, name: str, actors_files: list[str]) -> ActorRuler:
    return ActorRuler(nlp, load_kb(tuple(actors_files)))


class ActorRuler:
    """``detente.actor_ruler.v1``: phrase-matches every knowledge-base alias.

    Reads: tokens. Writes: ``doc.spans["actors"]`` (label = entry kind) and
    ``doc._.actor_entries`` {(start, end): [KBEntry, ...]}.
    """

    def __init__(self, nlp: Language, kb: ActorKB) -> None:
        self.kb = kb
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, list[KBEntry]] = {}
        exact_forms: dict[str, Doc] = {}
        lower_forms: dict[str, Doc] = {}
        self._make_doc = nlp.make_doc
        for surface, entry in kb.aliases():
            surface = str(surface).strip()
            if not surface:
                continue
            # names are also matched without their accents, in the text and in the KB
            # ("Erdogan" for "Erdoğan", "Sanchez" for "Sánchez"): see __call__
            for alias in dict.fromkeys((surface, fold_diacritics(surface))):
                # outlets' names are also ordinary phrases ("Foreign Policy", "The Hill"):
                # only their own spelling is the outlet
                key = alias if SHORT_CASE_SENSITIVE.match(alias) or " " not in alias or (
                    entry.kind == "media") else alias.lower()
                self.entries.setdefault(key, [])
                if entry not in self.entries[key]:
                    self.entries[key].append(entry)
                if key == alias:
                    exact_forms.setdefault(alias, nlp.make_doc(alias))
                else:
                    lower_forms.setdefault(key, nlp.make_doc(alias))
        # One match id per surface form: the id's string is the lookup key.
        for key, doc in exact_forms.items():
            self.exact.add(key, [doc])
        for key, doc in lower_forms.items():
            self.lower.add(key, [doc])
        self._titled_names(nlp, kb)
        self.navies = {prefix: [e for e in kb.find(name) if e.kind == "institution"]
                       for prefix, name in SHIP_PREFIXES.items()}
        # places named after a country ("the South China Sea"): matched so that the longer
        # name wins over the country inside it, then dropped
        self.places = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.places.add("NOT_ACTOR", [nlp.make_doc(name) for name in _not_actor_names()])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        found: dict[tuple[int, int], list[KBEntry]] = {}
        vocab = doc.vocab
        docs = [doc]
        text = doc_text(doc)  # (``doc.text`` joins the tokens at each read)
        folded_text = fold_diacritics(text)
        if folded_text != text:
            # the same text without accents, token for token ("Erdoğan" read as "Erdogan")
            folded = self._make_doc(folded_text)
            if len(folded) == len(doc) and all(
                    a.idx == b.idx and len(a) == len(b) for a, b in zip(folded, doc, strict=True)):
                docs.append(folded)
        for matcher, one in ((m, d) for d in docs for m in (self.exact, self.lower)):
            for match_id, start, end in matcher(one):
                self._add(doc, start, end, vocab.strings[match_id], spans, found)
        if not unicodedata.is_normalized("NFC", text):
            self._decomposed(doc, spans, found)
        may_title, bare = self._name_words(doc)
        if may_title and (titled := self.titled(doc)):
            self._titled_surnames(doc, titled, spans, found)
        if bare:
            self._bare_surnames(doc, bare, spans)
        for _match_id, start, end in self.places(doc):
            spans.append(Span(doc, start, end, label="place"))
        if _SHIP.search(text):
            self._ships(doc, spans, found)
        best = _longest_spans(spans)
        kept = [s for s in best if s.label_ != "place" and not self._first_name(s, found)
                and not _names_a_pact(s, found)
                and not self._other_first_name(s, found) and not (
                    s.label_ == "igo" and _region_place(s) and (
                        s.root.text in REGION_NAMES or s[-1].text in REGION_NAMES))
                # ("European allies": states of the continent, not the EU)
                and not (len(s) == 1 and continent_european(s[0]))
                and not (s.label_ == "country" and (
                    _inside_region_word(s) or _region_epithet(s)))
                and not (s.label_ == "metonym" and _names_waters(s))
                and not (s.label_ == "person" and _names_a_vessel(s))]
        self._named_elsewhere(kept, found)
        doc.spans["actors"] = kept
        for span in kept:
            _mend_name_read_as_verb(span)
        doc.spans["not_actors"] = [s for s in best if s.label_ == "place"]
        doc._.actor_entries = {(s.start, s.end): found[(s.start, s.end)] for s in kept}
        return doc

    def _titled_names(self, nlp: Language, kb: ActorKB) -> None:
        """Index the people whose surname (a monarch's given name) is no alias of theirs, by
        that word, for :meth:`_titled_surnames`; a matcher finds them after a title word."""
        single = {k for k in self.entries if " " not in k}
        self.surnames: dict[str, list[KBEntry]] = {}
        self.given_names: dict[str, list[KBEntry]] = {}
        for e in kb.entries:
            if e.kind != "person":
                continue
            words = [w for w in e.name.replace(",", " ").split()
                     if w.lower() not in _NAME_PARTICLES and len(w) > 2 and w[:1].isupper()
                     and w.replace("-", "").replace("'", "").isalpha()]
            if len(words) < 2:
                continue
            for index, word in ((self.surnames, words[-1]), (self.given_names, words[0])):
                for form in _name_forms(word):
                    if form not in single and e not in index.setdefault(form, []):
                        index[form].append(e)
        self.titled = Matcher(nlp.vocab)
        titles = sorted(TITLE_END_WORDS)
        self.titled.add("SURNAME", [[{"ORTH": {"IN": titles}},
                                     {"ORTH": {"IN": sorted(self.surnames)}}]])
        self.titled.add("GIVEN", [[{"ORTH": {"IN": sorted(ROYAL_TITLES)}},
                                   {"ORTH": {"IN": sorted(self.given_names)}}]])
        # the hash ids of the words looked for: a document with no title word right before a
        # name word (most) is not run through the matcher, whose answer would be empty
        self._title_ids, self._royal_ids = _word_ids(titles), _word_ids(ROYAL_TITLES)
        self._surname_ids, self._given_ids = _word_ids(self.surnames), _word_ids(self.given_names)

    def _name_words(self, doc: Doc) -> tuple[bool, list[int]]:
        """Whether :attr:`titled` can find anything in ``doc`` (a title word right before a
        name word of its), and the indices of the tokens that are a surname word of
        :attr:`surnames` in a PERSON entity, in order (read from one array of the tokens'
        words and entity types, not token by token)."""
        if not len(doc):
            return False, []
        orth, ents = doc.to_array([ORTH, ENT_TYPE]).T.tolist()
        surnames = self._surname_ids
        found = [i for i, o in enumerate(orth) if o in surnames]
        bare = [i for i in found if ents[i] == _PERSON_ID]
        titles, royal, given = self._title_ids, self._royal_ids, self._given_ids
        titled = any(i and orth[i - 1] in titles for i in found) or any(
            o in given and i and orth[i - 1] in royal for i, o in enumerate(orth))
        return titled, bare

    def _titled_surnames(self, doc: Doc, matches: list[tuple[int, int, int]], spans: list[Span],
                         found: dict[tuple[int, int], list[KBEntry]]) -> None:
        """"Prime Minister Rama", "President Fernández", "Sultan Haitham": a name word the
        knowledge base has no alias for, right after a title, is the known person of that name
        who held that office (an honorific, "Sheikh", "Prince", fits any office). Only where
        the name ends there and no alias covers it, and only when the people who fit are of
        one country (the resolver picks the one in office on the article's date)."""
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        for match_id, start, end in matches:
            tok = doc[end - 1]
            if tok.i in taken or (end < len(doc) and doc[end].text[:1].isupper() and (
                    doc[end].pos_ == "PROPN")):
                continue  # (an alias covers it, or the name runs on: another person's)
            title = self._title_before(doc, start + 1)
            if title is None:
                continue
            index = self.given_names if self.titled.vocab.strings[match_id] == "GIVEN" \
                else self.surnames
            words = title_words(title)
            head = words[-1]
            mods = {w for w in words[:-1] if not self.kb.adjective_country(w)} - TITLE_NOISE
            honorific = doc[start].text in HONORIFICS
            fits: dict[str, KBEntry] = {}
            for e in index.get(tok.text, ()):
                role = next((r for r in sorted(e.roles, key=lambda r: r.start, reverse=True)
                             if honorific or title_fits(title_words(r.title), head, mods)),
                            None)
                if role is not None:
                    fits.setdefault(role.country, e)
            if len(fits) != 1:
                continue
            spans.append(Span(doc, tok.i, tok.i + 1, label="person"))
            found[(tok.i, tok.i + 1)] = [*fits.values()]

    def _bare_surnames(self, doc: Doc, starts: list[int], spans: list[Span]) -> None:
        """A lone surname the model tags as a person ("after Morrison called for ..."), which
        no alias covers, with the knowledge-base people of that surname: kept aside in
        ``doc.user_data[BARE_SURNAMES]`` for the resolver, which takes the one in office on
        the article's date (:meth:`~detente.nlp.actor_context.CountryRules._surname_in_office`).
        ``starts``: the tokens that are such a surname in a PERSON entity (:meth:`_name_words`)."""
        found: dict[int, list[KBEntry]] = {}
        taken: set[int] | None = None
        for start in starts:
            tok = doc[start]
            if tok.ent_iob_ != "B" or (start + 1 < len(doc) and doc[start + 1].ent_iob_ == "I"):
                continue  # (part of a longer name: another person's)
            if taken is None:
                taken = {i for sp in spans for i in range(sp.start, sp.end)}
            if start not in taken:
                found[start] = self.surnames[tok.text]
        if found:
            doc.user_data[BARE_SURNAMES] = found

    def _title_before(self, doc: Doc, end: int) -> str | None:
        """The title phrase that ends at token ``end`` (exclusive): its capitalised words
        back to the sentence start ("Deputy Prime Minister"), when the knowledge base knows
        it as a title with a sector; None for a former office ("former President")."""
        start = end - 1
        first = doc[start].sent.start
        while start > first and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].ent_type_ not in ("PERSON",) and end - start < 5:
            start -= 1
        while start < end - 1 and self.kb.title_sector(doc[start:end].text) is None:
            start += 1
        text = doc[start:end].text
        if self.kb.title_sector(text) in (None, "ELI") and doc[start].text not in HONORIFICS:
            return None
        if start > first and doc[start - 1].lower_ in ("former", "late", "then", "ex"):
            return None
        return text

    def _add(self, doc: Doc, start: int, end: int, key: str, spans: list[Span],
             found: dict[tuple[int, int], list[KBEntry]]) -> None:
        entries = self.entries.get(key, [])
        if not entries:
            return
        spans.append(Span(doc, start, end, label=entries[0].kind))
        found.setdefault((start, end), [])
        for e in entries:
            if e not in found[(start, end)]:
                found[(start, end)].append(e)

    def _decomposed(self, doc: Doc, spans: list[Span],
                    found: dict[tuple[int, int], list[KBEntry]]) -> None:
        """Names in a text whose accents are separate combining marks ("Pen\u0303a", as
        some sites send it): matched in the composed text, mapped back to the tokens."""
        text = doc.text
        parts: list[str] = []
        where: list[int] = []  # composed offset -> offset in the text
        i = 0
        while i < len(text):
            j = i + 1
            while j < len(text) and unicodedata.combining(text[j]):
                j += 1
            piece = unicodedata.normalize("NFC", text[i:j])
            parts.append(piece)
            where.extend([i] * len(piece))
            i = j
        where.append(len(text))
        composed = "".join(parts)
        vocab = doc.vocab
        for one in dict.fromkeys((composed, fold_diacritics(composed))):
            other = self._make_doc(one)
            for matcher in (self.exact, self.lower):
                for match_id, start, end in matcher(other):
                    a, b = other[start].idx, other[end - 1].idx + len(other[end - 1])
                    span = doc.char_span(where[a], where[b], alignment_mode="expand")
                    if span is not None:
                        self._add(doc, span.start, span.end, vocab.strings[match_id], spans,
                                  found)

    def _ships(self, doc: Doc, spans: list[Span],
               found: dict[tuple[int, int], list[KBEntry]]) -> None:
        """Warships named with their navy's prefix ("the USS Carney shot down three
        drones"): the navy's entry, over the prefix and the capitalised words of the name."""
        for tok in doc:
            entries = self.navies.get(tok.text)
            if not entries or tok.i + 1 >= len(doc):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper() and (
                    doc[end].pos_ == "PROPN" or doc[end].text.endswith(".")):
                end += 1
            if end == tok.i + 1:
                continue
            spans.append(Span(doc, tok.i, end, label="institution"))
            found.setdefault((tok.i, end), []).extend(
                e for e in entries if e not in found.get((tok.i, end), []))

    @staticmethod
    def _named_elsewhere(kept: list[Span], found: dict[tuple[int, int], list[KBEntry]]) -> None:
        """An alias that several bodies share ("the court in The Hague": the ICJ or the ICC)
        stands for the ones the text names elsewhere by a name of their own; with none named,
        all stay candidates."""
        sure = {found[(s.start, s.end)][0].key for s in kept
                if len(found[(s.start, s.end)]) == 1}
        for s in kept:
            entries = found[(s.start, s.end)]
            if len(entries) < 2 or any(e.kind not in ("igo", "institution") for e in entries):
                continue
            named = [e for e in entries if e.key in sure]
            if not named and (_CRIMINAL_CUES.search(s.doc.text) or any(
                    t.lemma_.lower() in CRIMINAL_CASE_WORDS for t in s.doc)):
                # none named by its own name: a court that orders a person's arrest, issues a
                # warrant or hears a prosecutor is the criminal court ("judges in The Hague
                # ordered his arrest"); the court of states issues no warrants (prec25, multi25)
                named = [e for e in entries if e.code in CRIMINAL_COURTS
                         or "criminal" in (e.name or "").lower()]
            if named:
                found[(s.start, s.end)] = named

    @staticmethod
    def _other_first_name(span: Span, found: dict[tuple[int, int], list[KBEntry]]) -> bool:
        """A known surname after another person's first name: "Katy Gallagher" is not Mike
        Gallagher (the model's PERSON entity joins the two words; no name or alias of the
        entry has that first name)."""
        entries = found.get((span.start, span.end), [])
        if len(span) != 1 or not entries or any(e.kind != "person" for e in entries):
            return False
        doc = span.doc
        tok = doc[span.start]
        if span.start == 0 or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "I":
            return False
        first = doc[span.start - 1]
        if first.pos_ != "PROPN" or not first.is_alpha or len(first.text) < 2:
            return False
        known = {fold_diacritics(w).lower() for e in entries for n in (e.name, *e.aliases)
                 for w in n.replace(".", " ").split()}
        # another spelling of the same name ("Sergey" for Sergei, "Mohammad" for Mohammed),
        # or a middle name after a known first name ("Hillary Rodham Clinton")
        names = [fold_diacritics(t.text).lower() for t in doc[max(0, span.start - 2):span.start]
                 if t.ent_type_ == "PERSON"]
        return not any(n in known or any(n[:3] == k[:3] for k in known) for n in names)

    def _first_name(self, span: Span, found: dict[tuple[int, int], list[KBEntry]]) -> bool:
        """A country's name or a capital's that opens a person's name: "Jordan Peterson",
        "Chad Wolf", "Israel Katz", "Georgia Meloni", "Santiago Abascal", "Sofia Petrova"
        (the model's PERSON entity runs on past it). Not a country named before a title
        ("Chad President Mahamat Deby") or a possessive."""
        entries = found.get((span.start, span.end), [])
        if any(e.kind not in ("country", "metonym") for e in entries):
            return False
        doc = span.doc
        first = doc[span.start]
        if span.end >= len(doc) or first.ent_iob_ != "B":
            return False
        nxt = doc[span.end]
        if first.ent_type_ != "PERSON":
            # a capital that opens a longer name the model does not take for a place: a
            # person's ("Santiago Abascal", often read as an ORG) or a body's ("Tokyo
            # Electric"), not the government seated there
            if any(e.kind != "metonym" for e in entries) or first.ent_type_ in (
                    "GPE", "LOC", "") or nxt.ent_iob_ != "I" or not nxt.is_alpha or (
                    not nxt.text[:1].isupper()) or nxt.pos_ != "PROPN":
                return False
            return self.kb.title_sector(nxt.text) is None and self.kb.agent_sector(
                nxt.lower_) is None
        if nxt.ent_iob_ != "I" or not nxt.text[:1].isupper() or nxt.lower_ in ("'s", "’s"):
            return False
        # "Jordan King Abdullah": a country before a title is the country
        return self.kb.title_sector(nxt.text) is None and self.kb.agent_sector(
            nxt.lower_) is None


# nouns of a treaty or a framework named after the city where it was made: "the Rome
# Statute", "the Minsk agreements", "the Oslo Accords", "the Budapest Memorandum", "the Astana
# format"; words that may stand between ("the Minsk II agreement", "the Paris climate accord")
PACT_NAME_NOUNS = frozenset({"statute", "agreement", "agreements", "accord", "accords",
                             "protocol", "protocols", "convention", "conventions", "memorandum",
                             "format", "process", "declaration", "charter", "treaty",
                             "communique", "consensus", "framework", "document", "act"})
PACT_NAME_FILLERS = frozenset({"ii", "2", "peace", "climate", "final", "nuclear", "ceasefire",
                               "security", "naval"})


def _names_a_pact(span: Span, found: dict[tuple[int, int], list[KBEntry]]) -> bool:
    """A capital or city that names a treaty made there ("ratified the Rome Statute",
    "violated the Minsk agreements"): no government acts in the phrase. A country's own name
    before a pact noun ("the Iran deal") names a party and stays, as does a pair of cities
    ("the Moscow-Beijing treaty")."""
    entries = found.get((span.start, span.end), [])
    if not entries or any(e.kind != "metonym" for e in entries):
        return False
    doc = span.doc
    nxt = span.end
    if nxt < len(doc) and doc[nxt].lower_ in PACT_NAME_FILLERS:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lower_ not in PACT_NAME_NOUNS:
        return False
    return not (span.start > 0 and doc[span.start - 1].text in ("-", "\u2013")) and not (
        span.end < len(doc) and doc[span.end].text in ("-", "\u2013"))
