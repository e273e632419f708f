"""Relevance pre-filter: decide cheaply, before parsing, what can hold an event.

Parsing is most of the cost of coding, and most news is not about two governments doing
something to each other. :class:`Prefilter` scans an article's text with an Aho-Corasick
automaton over every knowledge-base alias (names, aliases, nationality adjectives, collective
references such as "the two sides") and a few regular expressions, sentence by sentence, with
no spaCy at all:

* a sentence **can hold an event** when it names two actors, or one actor and a person
  pronoun, or makes a dyad reference ("the two sides", "both", "each other"), and has a word
  that may be an event trigger (any form of a pattern-lexicon head, generously inflected,
  or a reporting verb with an evaluative word: "said the remarks were absurd");
* a sentence is **context** when the extractor may need it for an event sentence. How much
  of it is parsed is the ``context`` mode (:data:`CONTEXT_MODES`): ``"all"`` parses every
  sentence that names one party; ``"needed"`` (the default in :class:`~detente.config.
  Options`) decides from the scan what a kept sentence needs: the sentence a pronoun, a name
  part ("Wang") or a definite noun ("the ministry") refers back to, one-party sentences
  with an act aimed at the other side when the party is one of the article's two most
  named countries (the extractor takes the other side from them), and sentences referring
  back to a reported event ("the timing of the trip"); it also asks more of an event
  sentence (parties of two countries, a trigger word with the object its pattern needs);
  ``"people"`` and ``"none"`` parse less, at a measured cost in recall;
* the article's **country ranking** (its main countries) is counted over the whole text
  (:meth:`Prefilter.country_counts`, :attr:`ArticleScan.countries`) and handed to the
  extractor, so it does not depend on what is parsed;
* a part of a person's name ("Wang", "Sullivan") counts as a mention of that person after
  the article has named the person in full, and "it"/"its" count as pronouns, as the
  resolver reads them;
* the first sentence (usually the title) is parsed (in ``"needed"``, when the next sentence
  is), and so is a dateline sentence at the top ("BEIJING,
  Oct. 26 (Xinhua) --"): the extractor takes event places from it;
* a game result ("Portugal beat Spain 8-2") holds no event: its parties are teams;
* an article is **relevant** when at least one sentence can hold an event; otherwise it is
  not parsed at all (it has no events).

:meth:`Prefilter.blank` returns the text spaCy should parse: every skipped sentence replaced by
spaces of the same length (newlines kept), so each character offset of the parse is the same
offset in ``Article.text`` and event ids do not change. Splitting is deliberately coarse
(never inside a sentence spaCy would keep whole) because a wrong split could change a parse;
over-keeping only costs time.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

import ahocorasick  # type: ignore[import-not-found]
from spacy.attrs import IDX
from spacy.tokens import Doc

from detente.coding.actors import ActorKB
from detente.coding.patterns import Lexicon
from detente.nlp.actor_common import QUOTE_MARKS
from detente.nlp.actors import REGIONS

log = logging.getLogger(__name__)

#: characters at the start of an article where a dateline is looked for (as the extractor does)
DATELINE_CHARS = 300

#: which one-party sentences (one actor, or a pronoun) are parsed as context: all of them;
#: those naming a person (people introduced for later sentences) or with a trigger word (the
#: extractor may take the other party from the rest of the article); those a kept sentence
#: needs ("needed", see :meth:`Prefilter.scan`); or none
CONTEXT_MODES = ("all", "people", "needed", "none")

# short all-caps aliases ("US", "UN", "EU") only match in that case: "us" is a pronoun
_CASE_SENSITIVE = re.compile(r"^[A-Z.]{1,6}$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'\-])[a-z][A-Za-z'\-]*")
# a word of a person's name, letters of any script ("Sánchez", "Erdoğan", "Šefčovič"): an
# ASCII word would cut it at its first accented letter
_NAME_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _gated(pattern: str, letters: str) -> re.Pattern[str]:
    """``pattern`` (case-insensitive) behind a look-ahead for the letters every one of its
    matches starts with (each branch begins with a word boundary and a word of those
    letters): the same matches, found two to three times faster, since the engine no longer
    tries each branch at every word."""
    return re.compile(f"(?=[{letters}{letters.upper()}])(?:{pattern})", re.IGNORECASE)


_PERSON_PRONOUN = _gated(r"\b(?:he|she|him|her|his|hers)\b", "hs")
# a state told by the kind of state it is, as the resolver reads it (nlp.actor_context's
# STATE_KINDS): "the Sultanate", "the emirate", "the Principality" ("of ..." makes it a name)
_STATE_KIND = (r"the (?:kingdom|sultanate|emirate|principality|grand duchy|city-state"
               r"|islamic republic)(?:'s)?(?!\s+of\b)")
_BODY_PRONOUN = _gated(rf"\b(?:it|its|{_STATE_KIND})(?![\w'])", "it")
# "the kingdom" is a monarchy named before, as the resolver reads it ("Morocco recalled its
# envoy. The kingdom accused Madrid ..."): a party as sure as "he", unlike "it" ("the Kingdom
# of Spain" is a name, "the United Kingdom" is matched as one)
_KINGDOM = re.compile(rf"\b{_STATE_KIND}(?![\w'])", re.IGNORECASE)
_STANDALONE_PRONOUN = _gated(r"\b(?:he|she|him|it|they|them)\b", "hist")
# "the Prime Minister", "the Foreign Secretary": a capitalised title that may stand for a
# person the article named before (checked against the knowledge base's titles)
_TITLE_REF = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+-?)(?: [A-Z][a-z]+-?){0,2})\b")
# "the ministry", "the secretary": a definite noun that may stand for an actor named before
_DEFINITE = re.compile(r"\b(?:the|its|this|these|those)\s+([a-z]+)(?:\s+([a-z]+))?")
# a place a journey may go to or a meeting be held in: "to Osaka", "in Guangzhou"
_PLACE = re.compile(r"\b(?:to|in|into|at|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+"
                    r"(?:the\s+)?[A-Z][a-z]")
#: a capitalized word inside a sentence (not its first word): maybe a place aimed at
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}")
#: a game result: a verb of winning or losing, maybe a team's name, and a score ("Portugal
#: beat Spain 8-2", "won 3-1"); its parties are teams, and "beat" is no assault
_GAME = re.compile(r"\b(?:beat(?:s|en)?|defeat(?:s|ed)?|edged|thrashed|routed|drew|lost|won)"
                   r"(?:\s+(?:[A-Z][\w'.&-]*|the|of))*\s+\d{1,2}\s*[-\u2013]\s*\d{1,2}\b")
# particles that are also trigger heads ("down" a drone) but mostly are not ("played down")
_PARTICLES = frozenset({"down", "back", "up", "off", "out", "over", "in", "on"})
#: the article's main countries: the extractor takes a one-party act's other side and the
#: members of "the two sides" from its two most named countries
RANKED = 2
# "they" right after a sentence about two or more parties may be those parties, and so may
# "their" ("... clashed on the border. Their forces exchanged fire": the resolver's plural
# antecedents; after a visit, the guest's and the host's side, as the resolver reads it)
_THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
# dyad references the resolver understands beyond the KB's collective phrases: "the two",
# "each other", "both"/"two" before a party noun, "both" standing alone ("both said")
_PARTY = (r"(?:sides?|countr(?:y|ies)|leaders?|nations?|presidents?|governments?|"
          r"militar(?:y|ies)|armies|powers?|superpowers|econom(?:y|ies)|men|officials?|"
          r"ministers?|delegations?|capitals|neighbou?rs|allies|rivals|heads?|navies|"
          r"diplomats|envoys|counterparts|states|parties|ministries)")
# ("the Parties" of an agreement's text, capitalised, are its signatories; "each side ...
# the other", "neither government ... the other" is the dyad of the article's two sides)
_DYAD = _gated(r"\b(?:the two|each other|one another|the (?:leaders|sides))\b"
               r"|(?-i:\b[Tt]he Parties\b)"
               r"|\b(?:each|either|neither)\s+(?:of\s+the\s+(?:two\s+)?)?" + _PARTY +
               r"\b(?=[^.!?;]*\bother\b)"
               r"|\b(?:both|two|three|four)\s+(?:of\s+the\s+|of\s+|the\s+)?" + _PARTY +
               r"\b"
               r"|\bboth\b(?=\s*[,.;:)]|\s+(?:(?:also|now|then|later|still|again|"
               r"jointly|publicly|separately)\s+)?(?:have|had|has|are|were|will|would|"
               r"should|must|can|could|did|do|agreed|said|say|want|sides|pledged|"
               r"vowed|promised|called|urged|accused|blamed|welcomed|signed)\b)",
               "bentof")
# a clause that names no side may tell of the story's pair (nlp.story): an agentless
# passive of an agreement or a meeting ("a truce was agreed", "agreements were also signed"),
# a definite event noun ("the accord comes after ...", "the closure has hurt trade", "the
# raid was condemned", "the visit follows ..."), "the parties" of a deal
_SIDELESS = _gated(r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?(?:agreed|signed|"
                   r"concluded|reached|held|initialled|sealed)\b"
                   r"|\b(?:the|this)\s+(?:[\w-]+\s+)?(?:agreements?|deal|accord|treaty|"
                   r"truce|ceasefire|closures?|rupture|halt|suspension|expulsions?|break|"
                   r"raid|seizure|exchange|swap|release|visit|trip|talks|meeting|summit|call|"
                   r"strikes?|attacks?|offensive|deployment|measures?|"
                   r"parties)\b"
                   # "technical talks on the river could resume": a round of the pair's
                   # talks taken up again, the sides left unsaid
                   r"|\b(?:talks|negotiations|dialogue)\b[^.;]{0,40}?\b(?:resume[sd]?|"
                   r"restart(?:s|ed)?)\b", "abdintw")
# a person placed in a named city ("the envoys of A and B were also in Jeddah"): the
# extractor's presence trigger (a journey there, nlp.events ``_present_in``), which has no
# trigger word of the lexicon
_PRESENT_IN = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+|already\s+|still\s+)?in\s+[A-Z][a-z]")
# a person held, tried or freed, told with no state named ("Spavor was sentenced to 11
# years", "a court sentenced her in August", "Whelan had been held since 2018"): the
# extractor finds the holder and the person's country from the article (nlp.captives)
_HELD = re.compile(r"\b(?:sentenced|jailed|detained|arrested|imprisoned|held|freed|released|"
                   r"pardoned|extradited|convicted|tried|deported|abducted|kidnapped)\b")
# political prisoners freed, held or jailed by one named state: its own opposition, a
# domestic event with one party named (nlp.captives: "Cuba freed 53 political prisoners")
_POLITICAL_HELD = re.compile(r"\bpolitical\s+(?:prisoners?|detainees?|inmates?|captives?)\b",
                             re.IGNORECASE)
# people of the opposition held or freed by one named state ("a court jailed three
# opposition activists", "freed 18 prisoners, among them dissidents"): its own opposition,
# a domestic event with one party named (nlp.captives ``_own_opponents``,
# ``_opposition_members``); asked only with a verb of holding (``_HELD``)
_OPPONENTS_HELD = re.compile(r"\bopposition\s+(?:[a-z]+\s+)?(?:activists?|leaders?|"
                             r"supporters?|politicians?|figures?|members?|candidates?|"
                             r"lawmakers?)\b|\bdissidents?\b|\b(?:including|among them)\b"
                             r"[^.;]{0,30}?\bpolitical\b", re.IGNORECASE)
# a crowd one named state's forces turn on ("police dispersed protesters in X", "troops
# broke up the rally"): the state's own civilians (nlp.domestic ``repressed_crowd``); both
# a word of repression and a crowd must be in the sentence
_REPRESSION = re.compile(r"\b(?:dispers(?:ed|es|e|ing)|crack(?:ed|s|ing)? down|broke up|"
                         r"break(?:s|ing)? up|tear ?gas|water cannons?|baton|rubber bullets|"
                         r"clamp(?:ed|s|ing)? down)\b", re.IGNORECASE)
_CROWD = _gated(r"\b(?:protest(?:er|or)?s?|demonstrat(?:ors?|ions?)|crowds?|rall(?:y|ies)|"
                r"marchers|rioters|mourners|strikers|students|sit-ins?)\b", "cdmprs")
# a crowd fired on or killed by one named state's forces ("police shot dead two
# protesters"): repression of its own civilians (nlp.domestic ``crowd_repression``)
_FIRED = re.compile(r"\b(?:opened fire|open fire|fired (?:on|at|into)|shot|shooting|killed|"
                    r"killing)\b", re.IGNORECASE)
# unnamed armed men and a state's forces in a sentence that names no country ("armed men
# ambushed a police patrol"): the forces of the country the story is filed from and its
# rebels (nlp.domestic ``armed_men_at_home``); both words must be there
_ARMED_MEN = re.compile(r"\b(?:gunm[ae]n|militants?|insurgents?|jihadists?|assailants?|"
                        r"suicide (?:bombers?|attackers?)|attackers|"
                        r"(?:armed|masked|unidentified|unknown) (?:men|individuals|group))\b",
                        re.IGNORECASE)
_FORCE_WORD = re.compile(r"\b(?:police(?:m[ae]n)?|officers?|soldiers?|troops|army|patrols?|"
                         r"checkpoints?|convoys?|security forces|border guards?)\b",
                         re.IGNORECASE)
_ATTACKED = re.compile(r"\b(?:attack(?:ed|s|ing)?|ambush(?:ed|es|ing)?|raid(?:ed|s|ing)?|"
                       r"storm(?:ed|s|ing)|opened fire|fired|shot|killed|killing|wounded|"
                       r"wounding)\b", re.IGNORECASE)
# people held or freed told as a group, with no state or person named ("three women in the
# group were freed", "among those released are journalists", "hostages released"): the
# extractor takes the holder and the captives' side from the article (nlp.captives), as for
# a person told by a pronoun (``_held_person``)
_CAPTIVE_GROUP = re.compile(r"\b(?:those|prisoners|detainees|hostages|captives|inmates|"
                            r"convicts|women|men|soldiers|civilians|nationals|citizens|"
                            r"journalists|activists|candidates|crew|sailors|fishermen|"
                            r"students|dissidents|opponents)\b", re.IGNORECASE)
# the government and its opposition, neither named by its country ("opposition politicians
# accused the government of ..."): a domestic event of the country the story is about
_HOME_GOVERNMENT = re.compile(r"\bthe\s+(?:government|regime|authorities|ruling\s+party)\b",
                              re.IGNORECASE)
_HOME_OPPOSITION = re.compile(r"\bopposition\b", re.IGNORECASE)
_PERSON_WORD = re.compile(r"\b(?:he|she|him|her|they|them)\b|(?<![.!?] )\b[A-Z][a-z]{2,}\b")
# what one side puts to another and the other may take up or turn down, told back by a
# definite noun ("Kyiv did not take up the offer", "rejected the proposal"): a reference to
# the proposal the article told before, whose maker is the other side
_PROPOSAL_NOUNS = frozenset({"idea", "ideas", "offer", "offers", "proposal", "proposals",
                             "invitation", "suggestion", "suggestions", "initiative"})
# a text the sides of a meeting issued together, told back by a definite noun ("Washington
# welcomed the communique"): a reference to the meeting the article told, whose sides the
# extractor takes as the other side
_JOINT_TEXT_NOUNS = frozenset({"communique", "communiqu\u00e9", "communiques", "declaration"})
# attending with no place named ("Aliyev is expected to attend", "who attended last year's
# summit"): the gathering the article told, whose host is the other side
_ATTEND_WORDS = frozenset({"attend", "attends", "attended", "attending"})
# the future of a warning: "any failure will have consequences"
_FUTURE = frozenset({"will", "would", "shall"})
# what a reported clause says someone is bound to do ("said Beijing needs to use ...")
_OBLIGED = re.compile(r"\b(?:must|should|ought to|(?:has|have|had|needs?|needed) to)\b",
                      re.IGNORECASE)
# sentence ends: ASCII and CJK terminators; a boundary needs what follows to start a sentence
_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
                  r"|(?<=[\u3002\uff01\uff1f])\s*"
                  r"|\n[ \t]*\n\s*")
# a name of one to three capitalized words right after a title ("Minister Kwame Boateng",
# "ambassador, Karima Benyaich"), or of two or three right before one ("Kwame Boateng,
# Ghana's foreign minister"; the title's words before its head word are group 2)
_NAME_AFTER_TITLE = re.compile(r"\.?,? ((?:[A-Z][a-z'\-]+ ){0,2}[A-Z][a-z][a-z'\-]+)"
                               r"(?![\w\-])")
_NAME_BEFORE_TITLE = re.compile(r"\b((?:[A-Z][a-z'\-]+ ){1,2}[A-Z][a-z][a-z'\-]+), "
                                r"((?:the |[A-Z][a-z]+'s )?(?:[a-z]+ ){0,2})$")
# capitalized words that are parts of some people's names but mostly something else
# ("He" in Liu He): function words, which the parser tags as such
_NOT_NAMES = frozenset("""he she it we they i you his her its our their a an the in on at
    of to and or but as by for this that these those there here mr mrs ms dr""".split())
# words after which a period does not end a sentence
_ABBREV = frozenset("""mr mrs ms dr st gen sen rep gov lt col maj capt sgt adm cmdr pres
    prof rev jr sr no nos vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov
    dec fig al approx dept est univ ave mt ft cf ie eg""".split())

# irregular forms of trigger heads in the lexicon (the regular ones are generated)
_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "give": ("gave", "given"), "go": ("went", "gone"),
    "make": ("made",), "keep": ("kept",), "bring": ("brought",), "find": ("found",),
    "fight": ("fought",), "buy": ("bought",), "seek": ("sought",), "send": ("sent",),
    "lend": ("lent",), "break": ("broke", "broken"), "freeze": ("froze", "frozen"),
    "fly": ("flew", "flown"), "hit": ("hit",), "put": ("put",), "cut": ("cut",),
    "let": ("let",), "speak": ("spoke", "spoken"), "take": ("took", "taken"),
    "tell": ("told",), "say": ("said",), "strike": ("struck", "stricken"),
    "shoot": ("shot",), "beat": ("beaten",), "forgive": ("forgave", "forgiven"),
    "withdraw": ("withdrew", "withdrawn"), "have": ("had", "has"), "lead": ("led",),
    "sell": ("sold",), "win": ("won",), "leave": ("left",), "build": ("built",),
    "pay": ("paid",), "lay": ("laid",), "seize": ("seized",), "steal": ("stole", "stolen"),
    "throw": ("threw", "thrown"), "write": ("wrote", "written"), "drive": ("drove", "driven"),
    "rise": ("rose", "risen"), "begin": ("began", "begun"), "undertake": ("undertook",),
    "overthrow": ("overthrew", "overthrown"), "shake": ("shook", "shaken"),
    "sign": ("signed",), "choose": ("chose", "chosen"), "feel": ("felt",), "hear": ("heard",),
    "stand": ("stood",), "sit": ("sat",), "come": ("came",), "see": ("saw", "seen"),
    "know": ("knew", "known"), "think": ("thought",), "teach": ("taught",),
    "catch": ("caught",), "bear": ("bore", "borne"), "swear": ("swore", "sworn"),
    "fall": ("fell", "fallen"), "bid": ("bade",), "hang": ("hung",), "slay": ("slew", "slain"),
    "blow": ("blew", "blown"), "sink": ("sank", "sunk"), "withhold": ("withheld",),
    "overrun": ("overran",), "tear": ("tore", "torn"), "uphold": ("upheld",),
    "flee": ("fled",), "forbid": ("forbade", "forbidden"), "draw": ("drew", "drawn"),
    "grow": ("grew", "grown"), "hide": ("hid", "hidden"), "lose": ("lost",),
    "run": ("ran",), "shut": ("shut",), "set": ("set",), "spread": ("spread",),
    "become": ("became",), "overcome": ("overcame",), "override": ("overrode", "overridden"),
    "oversee": ("oversaw", "overseen"), "retake": ("retook", "retaken"),
    "rebuild": ("rebuilt",), "repay": ("repaid",), "spend": ("spent",), "sweep": ("swept",),
    "withstand": ("withstood",), "undergo": ("underwent", "undergone"), "deal": ("dealt",),
    "feed": ("fed",), "dig": ("dug",), "stick": ("stuck",), "bind": ("bound",),
    "forgo": ("forwent", "forgone"), "mislead": ("misled",), "shed": ("shed",),
    "wage": ("waged",), "bite": ("bit", "bitten"), "light": ("lit",), "cast": ("cast",),
    "broadcast": ("broadcast",), "forecast": ("forecast",), "speed": ("sped",),
    "shrink": ("shrank", "shrunk"), "fling": ("flung",), "overtake": ("overtook", "overtaken"),
    "get": ("got", "gotten"), "burn": ("burnt",), "lean": ("leant",),
}


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """What the pre-filter found in one sentence ``text[start:end]``."""

    start: int
    end: int
    actors: int  # knowledge-base mentions (names, aliases, adjectives)
    dyad: bool  # a collective reference to two parties
    pronoun: bool
    trigger: bool  # a word that may be an event trigger
    eventful: bool  # may hold an event between two actors
    keep: bool  # parsed (eventful, context or head)


#: a knowledge-base mention: start, end, kind, (ranked country, weight) or None, party country
_Mention = tuple[int, int, str, "tuple[str, int] | None", "str | None"]


@dataclass(slots=True)
class _Facts:
    """What one sentence offers later sentences, and what it needs from earlier ones."""

    bodies: int = 0  # non-person actor mentions (what "it" may stand for)
    people: int = 0  # person mentions, full or by a name part
    titled: bool = False  # a title of a person in office ("foreign minister"): "she" later
    named_in: set[int] = field(default_factory=set)  # where its name parts' people were named
    group: bool = False  # names two or more parties ("they" in the next sentence)
    they: bool = False  # "they" for the previous sentence's group
    he: bool = False
    it: bool = False
    kingdom: bool = False  # "the kingdom": a monarchy named before (a sure reference)
    nouns: frozenset[str] = frozenset()  # "the ministry": agent nouns and titles
    standalone: bool = False  # a pronoun that is not a possessive ("it", not "its")
    partner: str | None = None  # with a trigger: how its other side may come (_partner)
    parties: frozenset[str | None] = frozenset()  # the countries of the parties it names
    one_country: bool = False  # names parties of one country only ("U.S. Secretary Blinken")
    words: frozenset[str] | set[str] = frozenset()  # lowercased
    verbs: frozenset[str] | set[str] = frozenset()  # words that may be triggers (_verb_words)


#: an article's countries, weighted (people and nationality adjectives twice, the lead three
#: times), and the offset where each was first named
CountryCounts = tuple[Counter[str], dict[str, int]]

#: the first person plural (the issuing government's voice in its statement)
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|ours|me|my)\b|\bI\b", re.IGNORECASE)
#: the issuing government's own organ, told bare in its statement ("The Ministry condemns
#: ...", "the interior ministry said"; the extractor's ``_issuing_organ``)
_ISSUER_ORGAN = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:ministry|department|presidency|"
                           r"chancellery|secretariat)\b(?!\s+of\b)", re.IGNORECASE)
#: a quotation mark: the sentence quotes someone (the marks the extractor's resolver reads)
_QUOTED = re.compile("|".join(re.escape(q) for q in sorted(QUOTE_MARKS)))
#: a header line longer than this is the article's first paragraph, not a header
ISSUER_LINE_CHARS = 200
#: the words before the kind of text name its issuer only this close to the line's start
#: ("Kremlin readout", "Canberra, 3 May 2024 -- Readout issued by ...")
ISSUER_PREFIX_CHARS = 60
#: what an issuing government calls its text
_ISSUE_WORD = re.compile(
    r"\b(?:joint\s+)?(?:statement|readout|read-out|press\s+release|press\s+statement|"
    r"communiqu[eé]|press\s+service|press\s+office|information\s+office|spokes(?:person|"
    r"man|woman)|declaration|bulletin)s?\b", re.IGNORECASE)
#: a header line that is the issuing office itself, with no kind of text ("Ministry of
#: Foreign Affairs, Ankara", "Office of the President of Ghana")
_OFFICE_LINE = re.compile(
    r"(?:the\s+)?(?:(?:press\s+)?office|ministry|department|presidency|chancellery|"
    r"secretariat|embassy)\s+(?:of|for)\s", re.IGNORECASE)
#: issuing titles that name no country but belong to one government's usage: the U.S.
#: State Department heads its press statements "[Name,] Department Spokesperson", and "the
#: Secretary of State" with no department after it is the U.S. one (Britain's has one: "the
#: Secretary of State for Foreign ... Affairs")
_HOME_OFFICES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bdepartment\s+spokes(?:person|man|woman)\b", re.IGNORECASE), "USA"),
    # "Office of the Spokesperson, Department of State", "Statement by the Secretary of
    # State" (a British Secretary of State is always "for" something)
    (re.compile(r"\b(?:department\s+of\s+state|state\s+department)\b|\bsecretary\s+of\s+"
                r"state\b(?!\s+for\b)", re.IGNORECASE), "USA"),
)
#: a first line that is a header even though it ends with a full stop: a kind of text and
#: who issued it ("Press statement by the Department Spokesperson, Washington.")
_HEADER_BY = re.compile(r"\s*(?:press\s+)?(?:statement|readout|read-out|release|"
                        r"communiqu[e\u00e9])\s+(?:issued\s+)?(?:by|of|from)\s", re.IGNORECASE)
#: a minister's statement by title alone ("Statement by the Minister for Foreign Affairs")
_MINISTER_HEADER = re.compile(r"\s*(?:media\s+|press\s+)?statement\s+by\s+the\s+[^:;]{0,60}?"
                              r"\bminister\b", re.IGNORECASE)
#: a text that opens with its government by its own name ("The Australian Government ...")
_OWN_GOVERNMENT = re.compile(r"The\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Government\s+"
                             r"(?:today|has|have|is|will|on\b)")
#: a title that is only the kind of text and its subject, no issuer ("Statement on the
#: detention of ...", "Press statement on the attack in ...")
_SUBJECT_HEADER = re.compile(r"\s*(?:press\s+|media\s+)?statement\s+(?:on|about|regarding|"
                             r"concerning|following)\s", re.IGNORECASE)
#: a text that opens with a country speaking for itself, as a government's statement does
#: ("The United States is deeply concerned by ...", "France condemns ...")
_OWN_COUNTRY = re.compile(r"(?:The\s+)?((?:[A-Z][a-z]+|U\.S\.|UK)(?:\s+[A-Z][a-z]+){0,2})\s+"
                          r"(?:is|strongly|firmly|condemns|deplores|welcomes|calls|regrets|"
                          r"remains|reaffirms|expresses|notes|urges|rejects)\b")
#: a colon or dash right after the kind of text, before its subject ("Readout: ...")
_HEADER_LEAD = re.compile(r"\s*(?::|-+|[\u2013\u2014])\s*")
#: the words that name the issuer after the kind of text ("Statement by ...")
_ISSUED_BY = re.compile(r"\s*(?:issued\s+by|released\s+by|by|of|from)\s", re.IGNORECASE)
#: where the issuer's name ends and the subject begins
_ISSUER_STOP = re.compile(
    r"\s(?:on|about|regarding|concerning|following|after|over|with|to)\s|[:;\u2013\u2014]|"
    r"\s-+\s|'s\s+(?:call|talks|meeting|visit|conversation|phone)|\s(?:call|talks|meeting|"
    r"visit|conversation)\b", re.IGNORECASE)


# (actors30) a title that opens with the kind of official text, or names its issuer by office
# before it ("Press Statement: ...", "Statement on ...", "Readout of ...", "Prime Minister's
# statement: ...", "Royal Court statement on ...", "Press release - ...")
_OFFICIAL_TITLE = re.compile(
    r"\s*(?:[A-Z][\w.-]*(?:'s)?\s+){0,3}?(?:joint\s+)?(?:press\s+|media\s+)?(?:statement|"
    r"readout|read-out|release|communiqu[e\u00e9])\b", re.IGNORECASE)
# the U.S. State Department's names for itself and its head in its own texts: a bare,
# capitalised "the Department" ("the Department facilitated their travel") and "The
# Secretary" ("The Secretary welcomed it"), neither followed by "of" nor "-General"
_US_HOME_WORDS = re.compile(r"\b[Tt]he\s+(?:Department|Secretary)\b(?![-\w])"
                            r"(?!\s+(?:of|for|General)\b)")
# an opening in the first person: "Today I welcomed ...", "We hosted ..."
_FIRST_PERSON_OPENING = re.compile(r"(?:(?:Today|Yesterday|This\s+week|This\s+morning|"
                                   r"Tonight),?\s+)?(?:I|[Ww]e)\b")
# what may come before an opening's subject: a dateline, "Today", "At the direction of the
# President," and the capitalised words of a title ("Secretary of State", "His Majesty")
_OPENING_SUBJECT = re.compile(r"(?:[A-Z][\w.'-]*|the|of|and|at|in|on|today|direction|"
                              r"behalf|[,\u2013\u2014-]+|\d+|\s)*")
# the state organs whose act may open their own government's statement ("The Ministry of
# Foreign Affairs of X announces", "X's military forces today conducted"); not "the
# Government", which another government's statement may open with as its subject
_ORGAN_WORDS = re.compile(r"\b(?:ministry|department|forces|military|armed|navy|embassy|"
                          r"presidency|royal\s+court|chancellery|office)\b", re.IGNORECASE)
# a guest welcomed or hosted "to" or "in" a place: the clause up to its purpose or its end
_HOSTED_AT = re.compile(r"\b(?:welcomed|hosted|received)\b[^.;,]*?(?=\s(?:for|to\s+[a-z]|"
                        r"that|who|which|as|on|during)\s|[.;,]|$)")
# a capitalised place name after "to", "in" or "at"
_PLACE_AFTER = re.compile(r"\b(?:to|in|at)\s+((?:[A-Z][\w'-]+\s?)+)")


def _first_sentence(text: str) -> str:
    """The text's first sentence, roughly (up to the first full stop before a space)."""
    end = re.search(r"[.!?](?:\s|$)", text)
    return text[:end.start() + 1] if end else text


def _host_place_country(sentence: str) -> str | None:
    """The country of the place a first-person speaker welcomed or hosted a guest to or in
    ("welcomed X to Admiralty House in Sydney for talks" -> Australia): the last place of
    the welcoming clause the gazetteer knows."""
    from detente.nlp.actor_places import shared_gazetteer  # noqa: PLC0415

    gaz = shared_gazetteer()
    m = _HOSTED_AT.search(sentence)
    if m is None:
        return None
    found = None
    for place in _PLACE_AFTER.finditer(m.group()):
        loc = gaz.lookup(place.group(1).strip())
        if loc is not None and loc.country:
            found = loc.country
    return found


def _weigh(mentions: Iterable[_Mention], lead_end: int) -> CountryCounts:
    """Country weights of ``mentions``, the ones before ``lead_end`` three times, and where
    each country was first named."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for a, _b, _kind, counted, _party in mentions:
        if counted is None:
            continue
        counts[counted[0]] += counted[1] * (3 if a < lead_end else 1)
        first.setdefault(counted[0], a)
    return counts, first


# (pair31) a dateline of a place in capitals, with or without a date: "MEXICO CITY -",
# "RABAT, Feb 2 (Wire) --"
_PLACE_LINE = re.compile(r"\s*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}(?:,[^\n]{0,60}?)?"
                         r"\s+(?:-|--|\u2013|\u2014)\s")


def _place_line_end(text: str) -> int:
    """End offset of the dateline at the top of ``text`` (one with no date too), else 0."""
    found = _PLACE_LINE.match(text[:DATELINE_CHARS])
    return max(_dateline_end(text), found.end() if found is not None else 0)


def _named_after_dateline(counted: CountryCounts, mentions: Sequence[_Mention],
                          dateline_end: int) -> CountryCounts:
    """(pair31) ``counted`` with each country's first offset taken after the dateline
    ("MEXICO CITY - Blinken met ...": the place the story was filed from is not the side the
    article names first) where the text names it again; the counts stay."""
    if dateline_end <= 0:
        return counted
    counts, first = counted
    later: dict[str, int] = {}
    for a, _b, _kind, weight, _party in mentions:
        if weight is not None and a >= dateline_end:
            later.setdefault(weight[0], a)
    return counts, {c: (later.get(c, at) if at < dateline_end else at)
                    for c, at in first.items()}


def _ranked(counts: Counter[str], first: dict[str, int]) -> list[str]:
    return sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))


@dataclass(frozen=True, slots=True)
class ArticleScan:
    """The pre-filter's verdict on one text."""

    sentences: tuple[SentenceScan, ...]
    relevant: bool  # at least one sentence may hold an event
    #: the article's country ranking over the whole text (:meth:`Prefilter.country_counts`),
    #: for the extractor; None when the article is not relevant (not parsed)
    countries: CountryCounts | None = None

    @property
    def kept_chars(self) -> int:
        return sum(s.end - s.start for s in self.sentences if s.keep) if self.relevant else 0

    @property
    def n_kept(self) -> int:
        return sum(1 for s in self.sentences if s.keep) if self.relevant else 0


class Prefilter:
    """Sentence and article relevance from the actor knowledge base (no parsing).

    Build one per process (the automaton takes a fraction of a second); it is not shared
    between processes. ``lexicon=None`` turns the trigger hint off (every sentence with the
    right actors counts as eventful).
    """

    def _is_title(self, phrase: str) -> bool:
        """Whether ``phrase`` ends in a title of a person in office ("Prime Minister",
        "Foreign Secretary"), not a body or a place ("the Commission", "the Gulf")."""
        hit = self._titles.get(phrase)
        if hit is None:
            hit = self._titles[phrase] = self.kb.title_sector(phrase) in ("GOV", "MIL", "ELI")
        return hit

    def __init__(self, kb: ActorKB, lexicon: Lexicon | None = None, *,
                 context: str = "all", head_chars: int = 0) -> None:
        if context not in CONTEXT_MODES:
            raise ValueError(f"context must be one of {', '.join(CONTEXT_MODES)}")
        self.context = context
        self.kb = kb
        self._titles: dict[str, bool] = {}
        #: characters at the start that are always parsed (0: only a dateline sentence)
        self.head_chars = head_chars
        self._auto = ahocorasick.Automaton()
        forms: dict[str, list[tuple[str | None, str]]] = {}
        # the country a surface form counts for in the article's ranking: its first entry's,
        # as the extractor takes a span's first entry (people by their latest role)
        country_of: dict[str, tuple[str | None, int]] = {}
        #: one-word surface forms as written: the extractor's ruler matches only those
        one_word: dict[str, set[str]] = {}
        #: the countries a surface form's entries belong to (one: the form's party)
        party_of: dict[str, set[str | None]] = {}
        #: lowercased person alias -> the words that may later name that person alone
        self._name_words: dict[str, frozenset[str]] = {}
        for alias, entry in kb.aliases():
            text = " ".join(str(alias).split())
            if len(text) < 2:
                continue
            exact = text if _CASE_SENSITIVE.match(text) else None
            kind = ("dyad" if entry.dyad_reference else
                    "person" if entry.kind == "person" else "actor")
            forms.setdefault(text.lower(), []).append((exact, kind))
            # a nationality adjective is counted twice by the extractor (as an actor and as
            # a NORP entity), a person twice too
            weight = 2 if kind == "person" or getattr(alias, "is_adjective", False) else 1
            country_of.setdefault(text.lower(),
                                  (entry.country if kind != "dyad" else None, weight))
            if " " not in text:
                one_word.setdefault(text.lower(), set()).add(text)
            if kind != "dyad":
                party_of.setdefault(text.lower(), set()).add(entry.country)
            if kind == "person":
                words = self._name_words.get(text.lower(), frozenset())
                self._name_words[text.lower()] = words | _name_parts(text, entry.name)
        # the head words of titles ("minister", "ambassador"): a person the knowledge base
        # does not know may be named with one (:meth:`_titled_names`)
        for e in kb.entries:
            if e.kind == "title":
                head = e.name.lower().split()[-1].rstrip(".")
                if len(head) > 2 and head not in forms:
                    self._auto.add_word(head, (len(head), frozenset(), True, "title",
                                               (None, 1, None), None))
        for low, variants in forms.items():
            exacts = frozenset(e for e, _ in variants if e is not None)
            any_folded = any(e is None for e, _ in variants)
            kinds = {k for _, k in variants}
            kind = "dyad" if "dyad" in kinds else "person" if "person" in kinds else "actor"
            country, weight = country_of.get(low, (None, 1))
            if country in REGIONS:
                country = None
            counted = (country, weight, frozenset(one_word[low]) if low in one_word else None)
            parties = party_of.get(low, {None})
            party = next(iter(parties)) if len(parties) == 1 else None
            self._auto.add_word(low, (len(low), exacts, any_folded, kind, counted, party))
        # regions inside a country ("Somaliland", "Tigray", "Transnistria"): the extractor
        # reads a capitalized one as its country's party ("Somaliland signed a port deal
        # with Ethiopia"); not counted in the article's ranking (a place, not an actor name)
        for low, code in getattr(kb, "regions", {}).items():
            if low not in forms and len(low) > 3 and code not in REGIONS:
                self._auto.add_word(low, (len(low), frozenset(), True, "region",
                                          (None, 1, None), code))
        self._auto.make_automaton()
        self._triggers: frozenset[str] | None = (
            frozenset(_inflections({p.head for p in lexicon.patterns}))
            if lexicon is not None else None)
        # reported speech that evaluates ("Xi told Biden that the Earth was big enough for
        # both countries to succeed", "described the talks as candid") or warns of what is
        # coming ("told both sides that any failure will have consequences"): a reporting
        # verb and an evaluative or threat word, as the extractor reads them
        from detente.nlp.rules import INTENT_VERBS, evaluation_words, event_noun_table

        evaluation = evaluation_words()
        # answers, promises and wishes report speech too ("answered that it was Kyiv that
        # walked away", "vowed a response at a time of its choosing")
        self._reporting = frozenset(_inflections(
            [*evaluation.get("reporting_verbs", ()), "answer", "reply", "promise", "vow",
             "want"]))
        # speech cues: the words of blame, threats and appeals the speech rules read ("held
        # X responsible", "a red line", "no military solution")
        self._evaluative = frozenset(_inflections(
            w for k in ("negative", "positive", "optimistic", "speech_cues")
            for w in evaluation.get(k, ())))
        # ("will have consequences", "would pay a price": a threat noun with a future)
        self._threat_nouns = frozenset(evaluation.get("threat_nouns", ()))
        # a trigger word and what its patterns need ("have" only with "talks", "meeting",
        # ...): "needed" counts a word as a trigger only with one of its pattern's objects
        # in the sentence; agreement verbs ("agreed to") are triggers of their own
        self._trigger_objects: dict[str, list[frozenset[str]]] | None = None
        if lexicon is not None:
            self._trigger_objects = {}
            for p in lexicon.patterns:
                # the words the pattern cannot fire without: its objects, else the modifiers
                # it needs ("held X responsible"), else its preposition's objects ("put on
                # hold")
                needed = p.object or p.modifier or p.prep_object
                objects = frozenset(w for w in _inflections(needed)
                                    if len(w) > 2 and w not in _PARTICLES)
                for form in set(_inflections([p.head])) - _PARTICLES:
                    self._trigger_objects.setdefault(form, []).append(objects)
            for form in _inflections(INTENT_VERBS):
                self._trigger_objects.setdefault(form, []).append(frozenset())
        # journeys and meetings: with one party named, the other may be the country of a
        # place ("flew to Osaka"), as EventExtractor._destination reads it
        self._visit_triggers: dict[str, list[frozenset[str]]] = {}
        if lexicon is not None:
            for p in lexicon.patterns:
                if p.cameo[:2] != "04":
                    continue
                objects = frozenset(w for w in _inflections(p.object)
                                    if len(w) > 2 and w not in _PARTICLES)
                for form in set(_inflections([p.head])) - _PARTICLES:
                    self._visit_triggers.setdefault(form, []).append(objects)
        # force, posture and aid: with one party named, the other may be the country of a
        # place aimed at ("shelled Kharkiv", "aid to Gaza"), as nlp.place_targets reads it
        self._aim_triggers: dict[str, list[frozenset[str]]] = {}
        if lexicon is not None:
            from detente.nlp.place_targets import PLACE_TARGET_ROOTS

            for p in lexicon.patterns:
                if p.cameo[:2] not in PLACE_TARGET_ROOTS:
                    continue
                objects = frozenset(w for w in _inflections(p.object)
                                    if len(w) > 2 and w not in _PARTICLES)
                for form in set(_inflections([p.head])) - _PARTICLES:
                    self._aim_triggers.setdefault(form, []).append(objects)
        # nouns by which an object refers back to an event the article reported ("condemned
        # the drills"): its participants are the other side; a fight noun too ("condemned
        # the escalation": the speech rules aim it at whoever struck in the fight told before)
        self._reference_nouns = frozenset(event_noun_table()) | frozenset(
            evaluation.get("fight_nouns", ()))
        # restraint urged on no one named ("urged maximum restraint"): the speech rules urge
        # it on both sides of the fight told before, whoever the speaker is
        self._restraint_triggers: dict[str, list[frozenset[str]]] = {}
        if lexicon is not None:
            for p in lexicon.patterns:
                if p.cameo != "0256" or not p.object:
                    continue
                objects = frozenset(w for w in _inflections(p.object) if len(w) > 2)
                for form in set(_inflections([p.head])) - _PARTICLES:
                    self._restraint_triggers.setdefault(form, []).append(objects)
        # event nouns ("the trip", "the drills"): alone they may restate an article's event
        self._event_nouns: frozenset[str] | None = (
            frozenset(w for p in lexicon.patterns if p.pos == "NOUN"
                      for w in (p.head.lower(), p.head.lower() + "s", p.head.lower() + "es"))
            if lexicon is not None else None)
        # agent nouns and titles: "the ministry", "the secretary" refer back to an actor
        self._agent_nouns = frozenset(
            w for alias, _e in kb.aliases(kinds={"agent", "title"})
            for w in str(alias).lower().split()[-1:] if len(w) > 2)
        log.debug("prefilter: %d surface forms, %s trigger forms", len(forms),
                  len(self._triggers) if self._triggers is not None else "no")

    # -- sentences -------------------------------------------------------------------------
    @staticmethod
    def sentences(text: str) -> list[tuple[int, int]]:
        """Coarse sentence spans ``(start, end)`` covering ``text`` (whitespace excluded)."""
        spans: list[tuple[int, int]] = []
        start = 0
        for m in _END.finditer(text):
            cut = m.start()
            if cut <= start:
                continue
            if text[cut - 1] == "." and _is_abbreviation(text, start, cut):
                continue
            spans.append((start, cut))
            start = m.end()
        if start < len(text):
            spans.append((start, len(text)))
        out = []
        for a, b in spans:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
        return out

    # -- mentions --------------------------------------------------------------------------
    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Knowledge-base mentions ``(start, end, kind)`` (kind: ``dyad`` for a collective
        reference, ``person``, else ``actor``), longest first,
        non-overlapping, on word boundaries (a plural or possessive ``s`` may follow)."""
        return [(a, b, kind) for a, b, kind, _c, _p in self._mentions(text)]

    def _mentions(self, text: str, titles: list[tuple[int, int]] | None = None
                  ) -> list[_Mention]:
        """:meth:`mentions` with the country (and weight) each one counts for in the
        article's country ranking, as the extractor counts it (None: not counted), and the
        country of the party it names (None: unknown or ambiguous)."""
        low = text.lower()
        hits: list[_Mention] = []
        n = len(text)
        for last, (length, exacts, any_folded, kind, counted, party) in self._auto.iter(low):
            start = last - length + 1
            end = last + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue
            after = end
            if after < n and text[after] == "s" and not (after + 1 < n and
                                                           text[after + 1].isalnum()):
                after += 1
            if after < n and text[after].isalnum():
                continue
            if not any_folded and text[start:end] not in exacts:
                continue
            if kind == "title":
                if titles is not None:
                    titles.append((start, end))
                continue
            if kind == "region":
                if not text[start].isupper():
                    continue  # ("the north", "a gulf" are no region names)
                kind = "actor"
            country, weight, cased = counted
            if country is not None and (cased is None or text[start:end] in cased):
                hits.append((start, end, kind, (country, weight), party))
            else:
                hits.append((start, end, kind, None, party))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[_Mention] = []
        reach = -1
        for h in hits:
            if h[0] >= reach:
                out.append(h)
                reach = h[1]
        return out

    def _evaluates(self, words: AbstractSet[str]) -> bool:
        return not self._reporting.isdisjoint(words) and (
            not self._evaluative.isdisjoint(words)
            or (not self._threat_nouns.isdisjoint(words) and not _FUTURE.isdisjoint(words)))

    def _trigger(self, sent: str, f: _Facts) -> bool:
        """Whether ``sent`` has a word that may be an event trigger (in "needed", with the
        object its pattern needs: :meth:`_strict_trigger`), or reports evaluative speech.
        Keeps the sentence's word sets in ``f``."""
        lowered = f.words = {w.strip("'-") for w in _WORD.findall(sent.lower())}
        if _GAME.search(sent):
            return False
        if _OBLIGED.search(sent) and not self._reporting.isdisjoint(lowered):
            return True  # "said Ankara has to halt ...": an appeal (the extractor's _evaluative)
        if _PRESENT_IN.search(sent):
            return True  # "were also in Jeddah": a journey told by presence
        if self.context == "needed":
            f.verbs = _verb_words(sent)
            return self._strict_trigger(f.verbs, lowered)
        return (self._triggers is None or not self._triggers.isdisjoint(lowered)
                or self._evaluates(lowered))

    def _strict_trigger(self, words: AbstractSet[str], lowered: AbstractSet[str]) -> bool:
        """A word that may be an event trigger, with an object its pattern needs ("held
        talks", not "held a concert"), not capitalized inside the sentence (a name or a
        month: "in March"), not a bare particle ("played down"); or evaluative speech.
        The object may be capitalized: a named document or meeting ("signed the Al-Ula
        Declaration", "attended the Munich Security Conference")."""
        if self._trigger_objects is None:
            return True
        if self._evaluates(lowered):
            return True
        for w in words:
            for objects in self._trigger_objects.get(w, ()):
                if not objects or not objects.isdisjoint(lowered):
                    return True
        return False

    def _partner(self, words: AbstractSet[str], definite: set[str], place: bool = False,
                 named: bool = False) -> str:
        """How a sentence with a trigger that names one party may hold an event whose other
        side comes from elsewhere: ``"reference"``, an object referring back to a reported
        event ("condemned the drills"), a definite reference to an actor ("the ministry",
        "the island") or a journey to a place ("flew to Osaka"); else ``"relation"``: the
        other side is the other of the article's two main countries (the extractor infers
        it for acts aimed at someone, shows of force, trips, talks on a relationship), so
        the party must be one of them. Restraint urged on no one ("urged maximum restraint")
        is a reference to the fight told before, as a fight noun is ("the escalation").
        ``definite``: the words right after "the" (and the word after those); ``place``: the
        sentence names a place ("to Osaka"); ``named``: it has a capitalized word inside it
        (a place aimed at: "shelled Kharkiv")."""
        if (not self._reference_nouns.isdisjoint(definite)
                or not self._agent_nouns.isdisjoint(definite) or "island" in definite
                or not _PROPOSAL_NOUNS.isdisjoint(definite)
                or not _JOINT_TEXT_NOUNS.isdisjoint(definite)):
            return "reference"
        if not place and not _ATTEND_WORDS.isdisjoint(words):
            return "reference"
        if place and _matches(self._visit_triggers, words):
            return "reference"
        if named and _matches(self._aim_triggers, words):
            return "reference"  # "Russian artillery shelled Kharkiv"
        if self._restraint_triggers and _matches(self._restraint_triggers, words):
            return "reference"  # "urged restraint": on the sides of the fight told before
        return "relation"

    def country_counts(self, text: str, skip_spans: Sequence[tuple[int, int]] = ()
                       ) -> CountryCounts:
        """The article's countries over the whole text, weighted as the extractor weighs
        them (people and nationality adjectives twice, the lead three times: the first
        sentence, with the next one when the first is a title on a line of its own), and
        the offset where each is first named; ``skip_spans`` (boilerplate) do not count.

        The :class:`~detente.pipeline.Coder` hands this to the extractor
        (``ActorResolver.prime``, through ``doc.user_data``), with the pre-filter on or
        off, so the article's main countries do not depend on what is parsed.
        :meth:`scan` gives the same in :attr:`ArticleScan.countries`.
        """
        mentions = [m for m in self._mentions(text) if not _inside(m[0], m[1], skip_spans)]
        return _named_after_dateline(_weigh(mentions, _lead_end(text, self.sentences(text))),
                                     mentions, _place_line_end(text))

    def issuer(self, title: str | None, text: str) -> str | None:
        """The country whose government issued the article, when its header says so: the
        first line (if short) or the title names a statement, readout, press release or
        communique and one country as its issuer ("Statement by the Spokesperson of the
        U.S. Department of State", "Press release of the Ministry of Foreign Affairs of
        Japan", "Kremlin readout of ...", "Brasilia, 23 January -- Readout issued by the
        Ministry of Foreign Affairs"). A country the header names as the subject ("...
        on Russia's strikes", "... of the call with Wang Yi") does not count; a joint
        statement gives None, otherwise the first party named is the issuer (so "by India
        and Bangladesh" without "joint" is read as India's). The extractor reads "we"
        outside quotations as that government."""
        first = text.lstrip().split("\n", 1)[0].strip()
        for line, head in ((first if len(first) <= ISSUER_LINE_CHARS else "", True),
                           (title or "", False)):
            found = self._issuer_of(line, head)
            if found is not None:
                return found
        # (target26) a minister's statement whose header names no country ("Statement by the
        # Minister for Trade on ...") and whose text opens with its government by name ("The
        # Australian Government today raised ..."): that one
        header = next((h for h in (title or "", first) if _MINISTER_HEADER.match(h)), None)
        opening = _OWN_GOVERNMENT.match(text.lstrip()) if header is not None else None
        if opening is None and title and _SUBJECT_HEADER.match(title):
            # ("Statement on the detention of ..." whose text opens "The United States is
            # deeply concerned by ...": the country that speaks for itself)
            opening = _OWN_COUNTRY.match(text.lstrip())
        if opening is not None:
            named = [party for *_rest, party in self._mentions(opening.group(1)) if party]
            return named[0] if len(set(named)) == 1 else None
        return self._body_issuer(title, text)

    def _body_issuer(self, title: str | None, text: str) -> str | None:
        """(actors30) The issuer of a government's own text whose header names none: the
        title calls it a statement, readout or press release ("Press Statement: Release of
        ...", "Prime Minister's statement: ...", "Statement on U.S. strikes in ...") and its
        words tell whose it is -- the U.S. State Department's bare "the Department" and "The
        Secretary"; a first-person opening that welcomes or hosts a guest "to" or "in" a
        place of the speaker's country ("Today I welcomed Prime Minister X to ... in
        Sydney"); or an opening whose subject is a party ("At the direction of the
        President, United States forces today ...", "Secretary X met today with ...").
        None for a joint text, a news story or an opening that names no party first."""
        head = _OFFICIAL_TITLE.match(title or "")
        if head is None or "joint" in head.group().lower():
            return None
        body = text.lstrip()
        if _US_HOME_WORDS.search(body) is not None:
            return "USA"
        first = _first_sentence(body)
        if _FIRST_PERSON_OPENING.match(first):
            return _host_place_country(first)
        mentions = [m for m in self._mentions(first) if m[4]]
        if not mentions or not _OPENING_SUBJECT.fullmatch(first[:mentions[0][0]]):
            return None
        start, end, kind, _counted, party = mentions[0]
        if kind != "person" and not _ORGAN_WORDS.search(first[max(0, start - 40):end + 40]):
            return None  # (a government that opens the text may be its subject: "Today the
            # Government of Nicaragua released ...", in another government's statement)
        return party

    def _issuer_of(self, line: str, head: bool = False) -> str | None:
        """The issuer a header line names; ``head``: the text's first line, which may be
        the issuing office alone ("Ministry of Foreign Affairs, Doha")."""
        if line.rstrip("\"'\u201d\u2019 ").endswith((".", "!", "?")):
            # (a sentence, not a header: "..., officials said in a statement."; a header
            # that opens with the kind of text may still end with a full stop: "Press
            # statement by the Department Spokesperson, Washington.")
            if _ISSUE_WORD.match(line) is None and (
                    not head or _HEADER_BY.match(line) is None):
                return None
            line = line.rstrip(" .")
        m = _ISSUE_WORD.search(line)
        if m is None:
            if not head or _OFFICE_LINE.match(line) is None:
                return None
            stop = _ISSUER_STOP.search(line)
            parts = [line[:stop.start() if stop else len(line)]]
        else:
            if m.group().lower().startswith("joint"):
                return None  # (several issuers)
            before = line[:m.start()] if m.start() <= ISSUER_PREFIX_CHARS else ""
            # "Prime Minister Jane Roe: Statement on ...", "Readout: President Roe hosts
            # President Doe", "Readout -- Minister Roe's call with ...": a person named first
            # on the other side of a colon or dash from the kind of text is its issuer (a
            # country or topic there is the subject: "Ohrid talks: Statement by ...")
            colon = before.rfind(":")
            person = self._person_issuer(before[:colon]) if colon >= 0 else None
            if person is None and not before.strip(" \t-\u2013\u2014:"):
                lead = _HEADER_LEAD.match(line, m.end())
                if lead is not None:
                    stop = _ISSUER_STOP.search(line, lead.end())
                    person = self._person_issuer(
                        line[lead.end():stop.start() if stop else len(line)])
            if person is not None:
                return person
            before = before[colon + 1:]
            after = _ISSUED_BY.match(line, m.end())
            parts = [before]
            if after is not None:
                stop = _ISSUER_STOP.search(line, after.end())
                parts.append(line[after.end():stop.start() if stop else len(line)])
        for part in parts:
            named = [party for *_rest, party in self._mentions(part) if party]
            if named:
                # the first one named ("the French Ministry for Europe and Foreign
                # Affairs" is France's, not the EU's)
                return named[0]
        # "Statement by the Department Spokesperson", "Jane Roe, Department Spokesperson":
        # an office of one government's own naming, before the subject begins
        stop = _ISSUER_STOP.search(line)
        scope = line[:stop.start()] if stop else line
        return next((country for pattern, country in _HOME_OFFICES if pattern.search(scope)),
                    None)

    def _person_issuer(self, part: str) -> str | None:
        """The country of the person ``part`` names first, when its first mention is a
        person the knowledge base places (their dated office); None otherwise."""
        named = self._mentions(part)
        if not named or named[0][2] != "person":
            return None
        return named[0][4]

    # -- verdict ---------------------------------------------------------------------------
    def scan(self, text: str, skip_spans: Sequence[tuple[int, int]] = (),
             issuer: str | None = None) -> ArticleScan:
        """Classify every sentence of ``text``; ``skip_spans`` (boilerplate) never count.
        With ``issuer`` (:meth:`issuer`), "we", "us" and "our" outside quotations name
        that government.

        A person named in full ("Wang Yi", "Jake Sullivan") may come back by any part of the
        name ("Wang", "Sullivan"), as the extractor's resolver remembers: such a word counts
        as a person mention in the sentences after the one that named the person.
        """
        title_words: list[tuple[int, int]] = []
        mentions = [m for m in self._mentions(text, title_words)
                    if not _inside(m[0], m[1], skip_spans)]
        spans = self.sentences(text)
        # where a dyad reference may start (each is confirmed on its sentence); an article
        # with neither a mention nor a dyad reference has no sentence that may hold an event
        dyad_at = [m.start() for m in _DYAD.finditer(text)]
        if not mentions and not dyad_at:
            return ArticleScan(tuple(SentenceScan(a, b, 0, False, False, False, False, False)
                                     for a, b in spans), False)
        facts: list[_Facts] = []
        out: list[SentenceScan] = []
        rows: list[tuple[int, int, str, _Facts, int, int, bool, bool | None, bool, bool,
                         bool | None]] = []
        mi = 0
        di = 0
        relevant = False
        previous_group = False
        dateline_end = _dateline_end(text)
        # name parts of the people named so far -> where named, and the person's country
        known: dict[str, tuple[int, str | None]] = {}
        # people the knowledge base does not know, named with a title ("Foreign Minister
        # Kwame Boateng"): their surname alone later is a person mention too
        if title_words:
            # (a title's head word ends a title of a person in office: "foreign minister",
            # not "the French army")
            title_words = [(s, e) for s, e in title_words if self._is_title(
                " ".join(text[max(0, s - 30):e].split()[-3:]).strip(" .,"))]
        titled = self._titled_names(text, mentions, title_words) if title_words else []
        ti = wi = 0
        for n, (a, b) in enumerate(spans):
            while mi < len(mentions) and mentions[mi][0] < a:
                mi += 1
            f = _Facts()
            actors = 0
            people = 0
            dyad = False
            j = mi
            introduced: list[tuple[str, str | None]] = []
            parties: list[str | None] = []  # the country of each party named
            while j < len(mentions) and mentions[j][0] < b:
                kind, party = mentions[j][2], mentions[j][4]
                if kind == "dyad":
                    dyad = True
                else:
                    actors += 1
                    parties.append(party)
                    if kind == "person":
                        people += 1
                        introduced.append((text[mentions[j][0]:mentions[j][1]].lower(),
                                           party))
                    else:
                        f.bodies += 1
                j += 1
            sent = text[a:b]
            if known:
                # a name part alone, not inside or right after a full mention (nor after
                # another name part: "Xi Jinping" once named is one person, not two)
                taken = [(s, e) for s, e, _k, _c, _p in mentions[mi:j]]
                for m in _NAME_WORD.finditer(sent):
                    at, w = m.start() + a, m.group()
                    base = _possessive_base(w)
                    if base not in known or base.lower() in _NOT_NAMES:
                        continue
                    if not any(s <= at <= e + 1 for s, e in taken):
                        actors += 1
                        people += 1
                        f.named_in.add(known[base][0])
                        parties.append(known[base][1])
                    taken.append((at, at + len(w)))
                # "the Prime Minister thanked the President": a title alone after the
                # article named its holders
                for m in _TITLE_REF.finditer(sent):
                    at = m.start(1) + a
                    if not any(s <= at < e for s, e in taken) and self._is_title(m.group(1)):
                        actors += 1
                        people += 1
                        parties.append(None)
            if issuer and (_FIRST_PERSON.search(sent) or _ISSUER_ORGAN.search(sent)) and not (
                    _QUOTED.search(sent)):
                actors += 1  # "We condemn ..." in the issuing government's statement
                f.bodies += 1
                parties.append(issuer)
            for low, party in introduced:
                for w in self._name_words.get(low, ()):
                    known.setdefault(w, (n, party))
            while ti < len(titled) and titled[ti][0] < b:
                known.setdefault(titled[ti][1], (n, titled[ti][2]))
                ti += 1
            said_they = previous_group and bool(_THEY.search(sent))
            while di < len(dyad_at) and dyad_at[di] < a:
                di += 1
            dyad = (dyad or said_they or (di < len(dyad_at) and dyad_at[di] < b
                                          and bool(_DYAD.search(sent))))
            previous_group = dyad or actors >= 2
            f.group = previous_group
            f.they = said_they
            f.people = people
            while wi < len(title_words) and title_words[wi][0] < b:
                f.titled = f.titled or title_words[wi][0] >= a
                wi += 1
            f.parties = frozenset(parties)
            skipped = _mostly_inside(a, b, skip_spans)
            pronoun: bool | None = None
            trigger: bool | None = None
            could = False
            if not skipped and (actors >= 2 or dyad):
                could = True
            elif not skipped and actors == 1:
                f.he = bool(_PERSON_PRONOUN.search(sent))
                f.it = bool(_BODY_PRONOUN.search(sent))
                f.kingdom = f.it and bool(_KINGDOM.search(sent))
                pronoun = could = f.he or f.it
                # ("the government released 40 political prisoners": its own opposition)
                could = could or bool(_POLITICAL_HELD.search(sent)) or bool(
                    _OPPONENTS_HELD.search(sent) and _HELD.search(sent)) or bool(
                    (_REPRESSION.search(sent) or _FIRED.search(sent)) and _CROWD.search(sent))
            armed = False
            if not could and not skipped and actors <= 1:
                # ("About thirty armed men ambushed a police patrol", "Gunmen attacked an
                # army post"): unnamed armed men, a state's forces, an attack and at most one
                # party; the attack word is the trigger (its object need not be named)
                armed = could = bool(_ARMED_MEN.search(sent) and _FORCE_WORD.search(sent)
                                     and _ATTACKED.search(sent))
            if could:
                trigger = armed or self._trigger(sent, f)
                relevant = relevant or trigger
            rows.append((a, b, sent, f, actors, people, dyad, pronoun, skipped, could, trigger))
            facts.append(f)
        if not relevant:
            # nothing to parse: the rest of the verdict does not matter
            return ArticleScan(tuple(
                SentenceScan(a, b, actors, dyad, bool(pronoun), bool(trigger), False, False)
                for a, b, _s, _f, actors, _p, dyad, pronoun, _sk, _c, trigger in rows), False)
        countries = _named_after_dateline(_weigh(mentions, _lead_end(text, spans)), mentions,
                                          _place_line_end(text))
        for n, (a, b, sent, f, actors, people, dyad, pronoun, skipped, could,
                trigger) in enumerate(rows):
            if pronoun is None:
                f.he = bool(_PERSON_PRONOUN.search(sent))
                f.it = bool(_BODY_PRONOUN.search(sent))
                f.kingdom = f.it and bool(_KINGDOM.search(sent))
                pronoun = f.he or f.it
            if trigger is None:
                trigger = not skipped and self._trigger(sent, f)
            # one party, named or as a pronoun ("It also said it reserved the right ...")
            one = not skipped and (actors >= 1 or pronoun)
            lowered = f.words or {w.strip("'-") for w in _WORD.findall(sent.lower())}
            event_noun = trigger and (self._event_nouns is None
                                      or not self._event_nouns.isdisjoint(lowered))
            definite: set[str] = set()
            if self.context == "needed" and not skipped:
                definite = {w for pair in _DEFINITE.findall(sent.lower()) for w in pair if w}
                f.nouns = frozenset(definite & self._agent_nouns)
                f.standalone = bool(_STANDALONE_PRONOUN.search(sent))
                f.words = lowered
                f.partner = self._partner(f.verbs, definite, bool(_PLACE.search(sent)),
                                          bool(_NAME_INSIDE.search(sent))) if trigger else None
            eventful = could and trigger
            # every party named is of one country: no event between them (the extractor
            # codes relations between countries), only with a party from elsewhere
            f.one_country = (actors >= 1 and not dyad and None not in f.parties
                             and len(f.parties) == 1)
            strong = eventful and not (self.context == "needed" and f.one_country
                                       and not (f.he or f.kingdom))
            # the first line (the title) too: the parser often runs it into the first
            # sentence, and the event ids of that sentence then start at 0 ("needed"
            # decides on the title once it knows what the article keeps)
            keep = (strong or (n == 0 and self.context != "needed") or a < self.head_chars
                    or a < dateline_end
                    # an event noun alone ("the timing of the trip") may restate an event
                    # of the article with its parties
                    or (self.context == "all" and (one or event_noun))
                    # one party and a trigger: the extractor may find the other party in
                    # the article ("condemned the drills": whoever held them)
                    or (self.context == "people" and (people >= 1 or (one and trigger)))
                    or (self.context == "needed" and f.partner == "reference" and (
                        actors >= 1 or not self._reference_nouns.isdisjoint(definite)))
                    # a clause naming no side: the story's pair (nlp.story)
                    or (self.context == "needed" and not skipped and relevant
                        and bool(_SIDELESS.search(sent)))
                    # a person the article introduced, held or freed (or a group)
                    or (self.context == "needed" and not skipped and relevant
                        and _held_person(sent, text, a))
                    # the government and the opposition, no country named: a domestic
                    # event of the story's country
                    or (self.context == "needed" and not skipped and relevant and trigger
                        and not actors and bool(_HOME_OPPOSITION.search(sent))
                        and bool(_HOME_GOVERNMENT.search(sent))))
            out.append(SentenceScan(a, b, actors, dyad, pronoun, trigger, eventful, keep))
        if self.context == "needed" and relevant:
            out = self._add_needed_context(out, facts, _ranked(*countries)[:RANKED])
        return ArticleScan(tuple(out), relevant, countries)

    def _titled_names(self, text: str, mentions: Sequence[_Mention],
                      title_words: Sequence[tuple[int, int]]
                      ) -> list[tuple[int, str, str | None]]:
        """Surnames of people named with a title who are not knowledge-base mentions
        ("Foreign Minister Kwame Boateng", "Karima Benyaich, Morocco's ambassador"), in text
        order: ``(offset, surname, country)``, the country of a party named in or right
        before the title ("Ghana's Foreign Minister ...") or None. ``title_words``: where a
        title's head word ("minister") stands. The resolver remembers such a person by the
        surname, so a later sentence that names only the surname has a party (the title
        words are those :meth:`scan` found to end a title)."""
        out: list[tuple[int, str, str | None]] = []
        for start, end in title_words:
            after = _NAME_AFTER_TITLE.match(text, end)
            if after is not None:
                # "Foreign Minister Kwame Boateng": the title is the words up to its head
                name, name_at = after.group(1), after.start(1)
                title_span = (max(0, start - 30), end)
            else:
                before = _NAME_BEFORE_TITLE.search(text, max(0, start - 60), start)
                if before is None:
                    continue
                # "Kwame Boateng, Ghana's foreign minister"
                name, name_at = before.group(1), before.start(1)
                title_span = (before.end(1), end)
            surname = name.split()[-1]
            if surname.lower() in _NOT_NAMES or _inside_any(name_at, name_at + len(name),
                                                             mentions):
                continue
            party = next((p for s, e, _k, _c, p in mentions
                          if title_span[0] <= s and e <= title_span[1] and p is not None),
                         None)
            out.append((name_at + len(name) - len(surname), surname, party))
        out.sort()
        return out

    def _add_needed_context(self, sents: list[SentenceScan], facts: list[_Facts],
                            top: Sequence[str]) -> list[SentenceScan]:
        """Keep the skipped sentences that a kept one needs, as the extractor reads them.

        * a one-party sentence with a trigger (one actor, actors of one country, or a
          pronoun that stands for a party named before): kept when its other side may come
          from elsewhere (:meth:`_partner`): always for a reference to a reported event, a
          definite noun or a journey to a place; otherwise when its party is one of the
          article's two most named countries (``top``, over the whole text, as the
          extractor is handed them), the ones the extractor infers the other side from;
        * a kept sentence's antecedents: the sentence that named in full a person a name
          part ("Wang") stands for, the nearest earlier one naming a person for "he", the
          one before for "it", the group sentence for "they", the last sentence with the
          same noun and an actor for "the ministry";
        * the title, when the next sentence is kept.
        """
        keep = [s.keep for s in sents]
        n = len(sents)

        def nearest(i: int, test: Callable[[int], bool], steps: int = 6) -> int | None:
            for k in range(i - 1, max(-1, i - 1 - steps), -1):
                if test(k):
                    return k
            return None

        def antecedents(i: int) -> list[int]:
            f = facts[i]
            found: list[int] = list(f.named_in)
            if f.he and not f.people:
                k = nearest(i, lambda k: facts[k].people > 0, steps=n)
                if k is not None:
                    found.append(k)
                # (or a person named by a title only, "Ghana's foreign minister", if nearer)
                t = nearest(i, lambda k: facts[k].titled, steps=i - k - 1 if k is not None
                            else n)
                if t is not None:
                    found.append(t)
            if f.it and (not f.bodies or f.kingdom or f.standalone and len(f.parties) == 1):
                # (one party named and a standalone "it": "In April it expelled the OAS
                # mission" may name a second party by the pronoun)
                # the subject of the sentence before (one that said "it" too passes it on)
                k = i - 1
                while k >= 0 and facts[k].it and not facts[k].bodies:
                    k -= 1
                if k >= 0 and facts[k].bodies:
                    found.append(k)
            if f.they:
                k = nearest(i, lambda k: facts[k].group, steps=2)
                if k is not None:
                    found.append(k)
            for noun in f.nouns:
                k = nearest(i, lambda k, w=noun: w in facts[k].words and (  # type: ignore[misc]
                    facts[k].bodies > 0 or facts[k].people > 0), steps=n)
                if k is not None:
                    found.append(k)
            return found

        for i, s in enumerate(sents):
            f = facts[i]
            if keep[i] or not f.partner:
                continue
            if s.actors and (s.actors == 1 or f.one_country):
                # one party and an act aimed at the other side: the extractor takes it from
                # the article's two main countries, so the party must be one of them
                keep[i] = f.partner == "reference" or None in f.parties or not \
                    f.parties.isdisjoint(top)
            elif not s.actors and (f.standalone or f.kingdom):
                # a pronoun-only sentence ("It also said it reserved the right to respond"):
                # kept when the pronoun stands for a party named before, one of the two
                # main countries for an act whose other side is inferred ("its goalkeeper"
                # alone is no party)
                found = antecedents(i)
                keep[i] = bool(found) and (f.partner == "reference" or any(
                    None in facts[k].parties or not facts[k].parties.isdisjoint(top)
                    for k in found))

        def close(work: list[int]) -> None:
            # keep the antecedents of the sentences in ``work``, and theirs
            while work:
                i = work.pop()
                for k in antecedents(i):
                    if not keep[k]:
                        keep[k] = True
                        work.append(k)

        close([i for i in range(n) if keep[i]])
        # the title: the parser may run it into the next sentence, whose event ids then
        # start at 0 (the article's country ranking, which weighs the title, comes from the
        # whole text: ArticleScan.countries)
        if n > 1 and keep[1]:
            keep[0] = True
        return [s if s.keep == keep[i] else replace(s, keep=keep[i])
                for i, s in enumerate(sents)]

    @staticmethod
    def blank(text: str, scan: ArticleScan) -> str:
        """``text`` with every sentence the scan does not keep replaced by spaces (newlines
        kept), so offsets into the result are offsets into ``text``."""
        if not scan.relevant:
            return _spaces(text)
        parts: list[str] = []
        pos = 0
        for s in scan.sentences:
            if s.keep:
                continue
            parts.append(text[pos:s.start])
            parts.append(_spaces(text[s.start:s.end]))
            pos = s.end
        parts.append(text[pos:])
        out = "".join(parts)
        assert len(out) == len(text)
        return out


def mark_sentence_starts(doc: Doc, scan: ArticleScan) -> Doc:
    """Preset a sentence start on each kept sentence that follows a skipped one, on a doc
    made (tokenized, not yet parsed) from :meth:`Prefilter.blank`'s text.

    Without it the parser may run a kept sentence on from the previous kept one across the
    blanked gap; it respects preset starts, so each kept sentence starts where it did in the
    full text and event ids (which include the sentence start) do not change.
    """
    starts: list[int] = []
    previous_kept = True
    for s in scan.sentences:
        if s.keep and not previous_kept:
            starts.append(s.start)
        elif not s.keep and previous_kept:
            starts.append(s.start)  # the gap starts a (blank) sentence: nothing runs on
        previous_kept = s.keep
    if not starts:
        return doc
    # (each start's token found by its offset in one array: a walk over the doc's tokens
    # made a Token object per token of the article)
    idx = doc.to_array(IDX).tolist()
    for at in sorted(set(starts)):
        i = bisect_right(idx, at) - 1
        if i <= 0:
            continue
        # the token at the start, or a whitespace token that covers it
        tok = doc[i]
        if idx[i] == at or (tok.is_space and at < idx[i] + len(tok)):
            tok.is_sent_start = True
    return doc


#: a blank line (two line breaks with only spaces between): a paragraph ends there
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
#: any line break (in a text whose lines are whole paragraphs)
_LINE_BREAK = re.compile(r"\n\s*")
#: a text with a line this long keeps a paragraph per line (what HTML extraction and most
#: feeds give), so every line break ends one; shorter lines are taken as hard-wrapped
PARAGRAPH_LINE_CHARS = 160


def mark_paragraph_starts(doc: Doc, text: str | None = None) -> Doc:
    """Preset a sentence start on the first word of each paragraph of a doc made
    (tokenized, not yet parsed) from an article's text.

    A paragraph never runs on into the next, but the parser sometimes joins a line without
    a full stop to what follows it: a readout's header ("Brasilia, 23 January -- Readout
    issued by the Ministry of Foreign Affairs"), a heading, a byline or a photo caption
    becomes the start of the article's first sentence, whose subject and verb are then read
    from the wrong words. Paragraphs end at blank lines; in a text with a line of
    :data:`PARAGRAPH_LINE_CHARS` or more (a paragraph per line, as HTML extraction gives) at
    every line break. A hard-wrapped text (all lines short) is marked at blank lines only.
    Marks nothing inside a paragraph. ``text`` is the doc's text when the caller has it
    (``Doc.text`` joins the tokens anew).
    """
    if text is None:
        text = doc.text
    if "\n" not in text or len(doc) < 2:
        return doc
    per_line = any(len(line) >= PARAGRAPH_LINE_CHARS for line in text.split("\n"))
    ends = [m.end() for m in (_LINE_BREAK if per_line else _PARAGRAPH_BREAK).finditer(text)]
    if not ends:
        return doc
    idx = doc.to_array(IDX).tolist()
    for end in ends:
        i = bisect_left(idx, end)
        if 0 < i < len(idx) and idx[i] == end and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


def _held_person(sent: str, text: str, at: int) -> bool:
    """Whether ``sent`` tells a person held, tried or freed by a pronoun ("sentenced her")
    or by a name the article gave in full before ("Michael Spavor ... Spavor was jailed"),
    or a group of people held or freed ("three women in the group were freed")."""
    if not _HELD.search(sent):
        return False
    if _CAPTIVE_GROUP.search(sent):
        return True
    before = text[:at]
    for m in _PERSON_WORD.finditer(sent):
        word = m.group(0)
        if word.islower():
            return True
        if re.search(r"[A-Z][a-z]+ " + re.escape(word) + r"\b", before):
            return True
    return False


def _matches(triggers: dict[str, list[frozenset[str]]], words: AbstractSet[str]) -> bool:
    """Whether one of ``words`` is a trigger with the object one of its patterns needs
    among ``words`` (or a pattern that needs none)."""
    for w in words:
        for objects in triggers.get(w, ()):
            if not objects or not objects.isdisjoint(words):
                return True
    return False


def _verb_words(sent: str) -> set[str]:
    """The lowercased words of ``sent`` that may be triggers: a capitalized word inside a
    sentence is a name or a month ("in March"), not a verb or an event noun."""
    words = {w.strip("'-") for w in _LOWER_WORD.findall(sent)}
    first = _WORD.search(sent)
    if first is not None:
        words.add(first.group().lower().strip("'-"))
    return words


def _lead_end(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """End offset of the article's lead: its first sentence, and the one after it when the
    first is a title (no closing punctuation, a line of its own), as the parser runs a title
    into the next sentence."""
    if not spans:
        return 0
    end = spans[0][1]
    if (len(spans) > 1 and text[end - 1] not in ".!?\"'\u201d)"
            and "\n" in text[end:spans[1][0]]):
        end = spans[1][1]
    return end


def _dateline_end(text: str) -> int:
    """End offset of the dateline the extractor would find at the top of ``text``, else 0."""
    from detente.resolve.dates import find_dateline

    head = text[:DATELINE_CHARS]
    _date, found = find_dateline(head)
    if not found:
        return 0
    at = head.find(found)
    return at + len(found) if at >= 0 else DATELINE_CHARS


def _name_parts(alias: str, name: str) -> frozenset[str]:
    """Words by which a person named ``alias`` (canonical ``name``) may come back alone:
    capitalized parts of either, as the resolver remembers them ("Wang" for Wang Yi)."""
    return frozenset(w for w in (*name.split(), *alias.split())
                     if len(w) > 1 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr"))


def _possessive_base(word: str) -> str:
    """"Sullivan's" -> "Sullivan"; "Jones'" -> "Jones"."""
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def _spaces(chunk: str) -> str:
    return "".join(ch if ch == "\n" else " " for ch in chunk)


def _is_abbreviation(text: str, start: int, cut: int) -> bool:
    """Whether the period at ``cut - 1`` closes an abbreviation ("Mr.", "U.S.", "J.")."""
    i = cut - 1
    j = i
    while j > start and not text[j - 1].isspace():
        j -= 1
    word = text[j:i].strip("\"'(\u201c")
    if not word:
        return False
    if word.lower() in _ABBREV:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Antony J. Blinken"
        return True
    return "." in word  # "U.S.", "U.N.", "p.m."


def _inside_any(a: int, b: int, mentions: Sequence[_Mention]) -> bool:
    """Whether ``text[a:b]`` overlaps a knowledge-base mention."""
    return any(s < b and a < e for s, e, *_rest in mentions)


def _inside(a: int, b: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _mostly_inside(a: int, b: int, spans: Iterable[tuple[int, int]]) -> bool:
    for s, e in spans:
        if a < e and s < b and (min(b, e) - max(a, s)) > 0.5 * (b - a):
            return True
    return False


def _inflections(lemmas: Iterable[str]) -> Iterable[str]:
    """Generous surface forms of trigger lemmas: -s/-es/-ies, -ed/-d/-ied, -ing, doubled
    final consonants, British -ise spellings are separate lemmas already, and a table of
    irregular verbs. Over-generation is harmless (it only keeps sentences)."""
    for lemma in lemmas:
        for word in {lemma, lemma.split()[-1], lemma.split("-")[-1]}:
            w = word.lower()
            yield w
            yield from _IRREGULAR.get(w, ())
            yield w + "s"
            yield w + "es"
            yield w + "ed"
            yield w + "d"
            yield w + "ing"
            if w.endswith("e"):
                yield w[:-1] + "ing"
            if w.endswith("y") and len(w) > 2:
                yield w[:-1] + "ies"
                yield w[:-1] + "ied"
            if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
                yield w + w[-1] + "ed"
                yield w + w[-1] + "ing"
            if w.endswith("ie"):
                yield w[:-2] + "ying"
