"""Records and word lists shared by the actor resolver and its rule modules.

:class:`ResolvedActor` is a coded actor with the kind of phrase that named it;
:class:`ArticleContext` is the article's memory (people introduced and the titles given them,
countries ranked by mentions, the last subject, body and group, events told, office holders
not yet named). :func:`title_words` and :func:`title_fits` tell whether two ways of naming an
office are one ("the foreign minister" and "Minister of Foreign Affairs").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from detente.model import Actor, Event
from detente.resolve.tokens import doc_tokens

# Tokens that may carry a nationality inside a noun phrase.
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
# the gender a person pronoun tells
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
                  "hers": "f", "herself": "f"}
# words right before a name, or nouns in apposition to it, that tell a person's gender ("Ms
# Cheng", "Queen Rania", "First Lady Jill Biden", "Kim Yo Jong, the leader's sister")
GENDER_WORDS = {
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "madame", "mme", "queen", "princess",
                     "lady", "dame", "baroness", "duchess", "empress", "countess", "sister",
                     "wife", "daughter", "mother", "widow", "spokeswoman", "chairwoman",
                     "congresswoman", "businesswoman", "woman", "sheikha", "begum"), "f"),
    **dict.fromkeys(("mr", "king", "prince", "sir", "lord", "emperor", "sheikh", "emir",
                     "sultan", "baron", "duke", "brother", "husband", "son", "father",
                     "spokesman", "chairman", "congressman", "businessman", "man"), "m")}
# bare definite nouns for a kind of actor, and the kind of entry they refer back to
# ("the group": an armed group or an organisation of states, whichever was named last; "the
# enclave": the country of the last region named)
KIND_NOUNS = {"alliance": "igo", "bloc": "igo", "union": "igo", "kingdom": "country",
              "organisation": "igo", "organization": "igo", "grouping": "igo",
              "group": "group", "movement": "armed", "enclave": "region", "strip": "region"}
# sectors of armed non-state groups, named "the group" once introduced
ARMED_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})
# monarchies that news calls "the kingdom" once it has named them
KINGDOMS = frozenset({"SAU", "MAR", "JOR", "BHR", "GBR", "ESP", "NLD", "BEL", "THA", "KHM",
                      "SWE", "NOR", "DNK", "BTN", "LSO", "SWZ", "TON", "OMN", "KWT", "BRN"})
# nouns news uses for a country it has named, with a word for its region or kind instead of
# its name: "the Baltic state", "the Gulf kingdom", "the West African nation"
EPITHET_HEADS = frozenset({"state", "nation", "country", "kingdom", "republic", "emirate",
                           "monarchy", "sultanate", "archipelago"})
_GULF = frozenset({"SAU", "ARE", "QAT", "BHR", "KWT", "OMN"})
_WEST_AFRICA = frozenset({"NGA", "GHA", "SEN", "MLI", "NER", "BFA", "GIN", "CIV", "LBR", "SLE",
                          "TGO", "BEN", "GMB", "GNB", "CPV", "MRT"})
_EAST_AFRICA = frozenset({"KEN", "TZA", "UGA", "RWA", "BDI", "ETH", "SOM", "SSD", "ERI", "DJI"})
_NORTH_AFRICA = frozenset({"EGY", "LBY", "TUN", "DZA", "MAR", "SDN"})
_SOUTHERN_AFRICA = frozenset({"ZAF", "ZWE", "ZMB", "MOZ", "MWI", "BWA", "NAM", "LSO", "SWZ",
                              "AGO", "MDG"})
_CENTRAL_AFRICA = frozenset({"CAF", "TCD", "CMR", "COD", "COG", "GAB", "GNQ"})
_SOUTH_AMERICA = frozenset({"BRA", "ARG", "CHL", "PER", "COL", "VEN", "ECU", "BOL", "PRY",
                            "URY", "GUY", "SUR"})
_CENTRAL_AMERICA = frozenset({"GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"})
_CARIBBEAN = frozenset({"CUB", "HTI", "DOM", "JAM", "TTO", "BHS", "BRB", "GRD", "LCA", "VCT",
                        "DMA", "ATG", "KNA"})
_SOUTHEAST_ASIA = frozenset({"IDN", "MYS", "THA", "VNM", "PHL", "SGP", "MMR", "KHM", "LAO",
                             "BRN", "TLS"})
_PACIFIC = frozenset({"FJI", "PNG", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "PLW",
                      "FSM", "MHL"})
_ARAB = _GULF | _NORTH_AFRICA | frozenset({"JOR", "LBN", "SYR", "IRQ", "YEM", "PSE", "MRT",
                                           "SOM", "DJI", "COM"})
# the words of such an epithet (lower case, in order) and the countries each may stand for
EPITHET_REGIONS: dict[str, frozenset[str]] = {
    "baltic": frozenset({"LTU", "LVA", "EST"}),
    "gulf": _GULF, "persian gulf": _GULF, "arab gulf": _GULF,
    "nordic": frozenset({"NOR", "SWE", "FIN", "DNK", "ISL"}),
    "scandinavian": frozenset({"NOR", "SWE", "DNK"}),
    "balkan": frozenset({"SRB", "ALB", "MKD", "BIH", "MNE", "XKX", "HRV", "BGR", "ROU", "SVN",
                         "GRC"}),
    "caucasus": frozenset({"ARM", "AZE", "GEO"}), "south caucasus": frozenset({
        "ARM", "AZE", "GEO"}), "caucasian": frozenset({"ARM", "AZE", "GEO"}),
    "central asian": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    "himalayan": frozenset({"NPL", "BTN"}),
    "andean": frozenset({"BOL", "PER", "ECU", "COL", "CHL"}),
    "alpine": frozenset({"CHE", "AUT", "LIE"}),
    "sahel": frozenset({"MLI", "NER", "BFA", "TCD", "MRT"}),
    "sahelian": frozenset({"MLI", "NER", "BFA", "TCD", "MRT"}),
    "west african": _WEST_AFRICA, "east african": _EAST_AFRICA,
    "north african": _NORTH_AFRICA, "southern african": _SOUTHERN_AFRICA,
    "central african": _CENTRAL_AFRICA, "horn": frozenset({"ETH", "ERI", "SOM", "DJI"}),
    "african": _WEST_AFRICA | _EAST_AFRICA | _NORTH_AFRICA | _SOUTHERN_AFRICA
    | _CENTRAL_AFRICA,
    "south american": _SOUTH_AMERICA, "central american": _CENTRAL_AMERICA,
    "latin american": _SOUTH_AMERICA | _CENTRAL_AMERICA | {"MEX", "CUB", "DOM"},
    "caribbean": _CARIBBEAN, "southeast asian": _SOUTHEAST_ASIA,
    "south-east asian": _SOUTHEAST_ASIA,
    "south asian": frozenset({"IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG"}),
    "pacific": _PACIFIC, "atoll": _PACIFIC | {"MDV"},
    "arab": _ARAB, "jewish": frozenset({"ISR"}), "hebrew": frozenset({"ISR"}),
    "reclusive": frozenset({"PRK", "TKM", "ERI"}), "hermit": frozenset({"PRK"}),
    "communist": frozenset({"PRK", "CUB", "VNM", "LAO", "CHN"}),
}
# nouns for the other side of a possessor ("his counterpart", "its neighbour", "their
# rival"): with no nationality, the side the article sets against the possessor
OTHER_SIDE_NOUNS = frozenset({"counterpart", "neighbour", "neighbor", "rival", "archrival",
                              "arch-rival", "adversary", "foe", "enemy"})
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
# bloc and region codes that a more specific country in the same phrase should replace
REGIONS = {"WST", "EUR", "AFR", "ASA", "MEA", "LAM", "NAF", "SAM", "CAS", "SAS", "SEA", "EAF",
           "WAF", "BLK", "CRB", "CAU"}
# nouns that "European" qualifies as a continent's, not the European Union's: "European
# allies", "European capitals", "a European power" are states of Europe, each its own
EUROPE_STATE_NOUNS = frozenset({"country", "nation", "state", "ally", "partner", "government",
                                "capital", "power", "neighbour", "neighbor", "democracy",
                                "force", "troop", "army", "member"})


def continent_european(tok: Token) -> bool:
    """Whether ``tok`` is "European" qualifying a noun for states or their forces
    ("European allies", "European troops"): Europe's countries, not the EU."""
    return tok.text == "European" and tok.dep_ in ("amod", "compound") and (
        tok.head.lemma_.lower() in EUROPE_STATE_NOUNS)


def past_dateline(subj: Token) -> Token:
    """The subject of a sentence that opens with a dateline: the parser often takes the
    city in capitals for the subject and the true one for its apposition ("OSLO, May 3 -
    Norway recalled its envoy ..."): that apposition; else ``subj`` itself."""
    if subj.i - subj.sent.start > 1 or not subj.is_upper or len(subj.text) < 3:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)


#: the marks that end a dateline ("NAIROBI, Jan 12 - ...", "KYIV (Wire) -- ...")
_DATELINE_ENDS = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_tokens(sent: Span) -> range:
    """The tokens of the dateline a sentence opens with ("NAIROBI, Jan 12 -"): the city
    in capitals up to the dash after it (within ten tokens); else none. The place a story
    was filed from is no party of what the sentence tells."""
    first = sent[0] if len(sent) else None
    if first is None or not first.is_upper or len(first.text) < 3 or not first.is_alpha:
        return range(0)
    # the city in capitals, then a comma or the agency in brackets ("NATO said - ..." is
    # no dateline)
    city = next((t for t in sent[1:5] if not t.is_upper), None)
    if city is None or city.text not in (",", "("):
        return range(0)
    for t in sent[city.i - sent.start:12]:
        if t.text in _DATELINE_ENDS:
            return range(sent.start, t.i + 1)
    return range(0)


#: ``ArticleContext.by_noun`` key of the last military rulers named ("the junta", "the
#: putschists")
JUNTA = "<junta>"
# verbs and nouns of a meeting of two sides ("rebels met government envoys in Havana", "held
# talks with army delegates in Jeddah"): the place they meet in is no side's country
VENUE_VERBS = frozenset({"meet", "negotiate", "confer", "talk"})
VENUE_NOUNS = frozenset({"talk", "negotiation", "meeting", "dialogue", "consultation"})
LOCATION_PREPS = frozenset({"in", "near", "inside", "outside", "across", "around",
                            "throughout", "within"})


def pro_or_anti(tok: Token) -> bool:
    """"pro-Russian", "anti-American": a side taken, not a nationality."""
    low = tok.lower_
    if low.startswith(("pro-", "anti-")):
        return True
    i = tok.i
    if i == 0:
        return False
    toks = doc_tokens(tok.doc)  # (list items, no Token made at each read)
    prev = toks[i - 1]
    if prev.lower_ in ("pro", "anti", "pro-", "anti-"):
        return True
    return bool(prev.text == "-" and i > 1 and toks[i - 2].lower_ in ("pro", "anti"))


@dataclass
class ResolvedActor:
    actor: Actor
    kind: str  # person, country, metonym, institution, igo, media, agent, ner, coref, dyad
    key: str | None = None  # KB key or a surname key, for coreference
    group: int = 0  # for kind "dyad": how many parties the phrase names (0: as many as known)
    order: int = 0  # for kind "dyad": where the article first named this member


def implicit_actor(a: Actor) -> ResolvedActor:
    """A side an event told before stands for, with no place (text or offsets) in this
    sentence: an inferred, "implicit" actor."""
    return ResolvedActor(replace(a, text=None, start=None, end=None), "implicit")


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
    # (person key, span start, span end) whose title words are already in titles_seen: a
    # span resolved again adds nothing new
    titled_spans: set[tuple[str, int, int]] = field(default_factory=set)
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
    # the people who were such subjects before, the latest first (one each): "He invited
    # President Xi ..." after a sentence with Xi as subject is the one before Xi
    prior_subjects: list[ResolvedActor] = field(default_factory=list)
    # the people named last, the latest first (one each)
    recent_people: list[ResolvedActor] = field(default_factory=list)
    # office holders introduced by office and country but not yet by name ("the U.S.
    # ambassador"), by the words of the office: a name given the same title later
    # ("Ambassador Jane Roe") is theirs
    unnamed: dict[frozenset[str], ResolvedActor] = field(default_factory=dict)
    # person key -> the gender the article tells ("m", "f"; "?" when it told both): "she"
    # is never a man it called "he" or "Mr"
    gender: dict[str, str] = field(default_factory=dict)
    # keys of the people the last sentence named
    named_last: set[str] = field(default_factory=set)
    # person key -> the IGO the article told the person acts for ("Jane Roe, the AU's
    # envoy"): every mention of that person is the IGO's
    igo_people: dict[str, ResolvedActor] = field(default_factory=dict)


#: ``doc.user_data`` key of the article's country counts over the whole text, and where each
#: country was first named (character offsets), set by the Coder
COUNTRY_COUNTS = "detente.country_counts"
#: quotation marks as tokens or in a text: what stands between them is someone's own words
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
#: ``doc.user_data`` key of the country whose government issued the article (a statement,
#: readout or press release naming its issuer in its header line), set by the Coder
ISSUER = "detente.issuer"


def other_country(ctx: ArticleContext, owner: str, named: list[str]) -> str | None:
    """The other side of ``owner``'s country: the one country its sentence names besides it
    (``named``), else, when the sentence names none, the other side of the last event the
    owner's country took part in, else the other country of the article's main pair."""
    if named:
        return named[0] if len(set(named)) == 1 else None
    for ev in reversed(ctx.events[-20:]):
        sides = [a.country for a in (ev.source, ev.target) if a is not None]
        if owner in sides and len(set(sides)) == 2:
            other = next(c for c in sides if c != owner)
            if other is not None:
                return other
            break  # (that side's country unknown: the main pair tells)
    if ctx.main_dyad and owner in ctx.main_dyad:
        return next((c for c in ctx.main_dyad if c != owner), None)
    return None


def title_words(text: str) -> list[str]:
    """The words of a title, lower-cased, with one spelling per office word ("Vice-President"
    -> vice, president; "spokesman" -> spokesperson)."""
    return list(_title_words(text))


@lru_cache(maxsize=8192)
def _title_words(text: str) -> tuple[str, ...]:
    """:func:`title_words` of one text, held (the same titles are asked about for every
    sentence of an article)."""
    out: list[str] = []
    for w in text.lower().replace("\u2019", "'").split():
        w = w.strip(".,;:()\"")
        if "-" in w and w.split("-", 1)[0] in TITLE_RANKS:
            parts = w.split("-")
        else:
            parts = [w]
        out += [TITLE_SAME.get(x, x) for x in parts if x]
    return tuple(out)


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


def venue_meeting(arg: Token, verb: Token) -> bool:
    """Whether ``arg`` is a side of a meeting ``verb`` tells ("met X", "held talks with X",
    "negotiated with X"), so a place after "in" there is the venue (cheap: lemmas)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in VENUE_VERBS:
        return True
    return lemma == "hold" and (arg.lemma_.lower() in VENUE_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VENUE_NOUNS for c in verb.children))


#: nouns of a gathering an international body holds ("the Group of 20 summit", "the meeting
#: of the leaders' council of the SCO")
BODY_GATHERING_NOUNS = frozenset({"summit", "meeting", "session", "conference"})


def body_gathering_before(doc: Doc, end: int) -> bool:
    """Whether the article before token ``end`` tells of a gathering of an international
    body: a gathering noun with the body's name just before it or in its "of" phrase ("the
    Group of 20 summit in New Delhi", "a summit of the Commonwealth of Independent States",
    "the yearly meeting of the leaders' council of the SCO"). Its
    leaders and its next host then stand for the many members, not for a pair."""
    bodies = {i for s in doc.spans.get("actors", []) if s.label_ == "igo"
              and s.root.text not in ("West", "Western", "Europe")
              for i in range(s.start, s.end)}
    if not bodies:
        return False
    for t in doc[:end]:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in BODY_GATHERING_NOUNS:
            continue
        if any(j in bodies for j in range(max(0, t.i - 4), t.i)):
            return True
        if any(p.i in bodies for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.subtree):
            return True
    return False
