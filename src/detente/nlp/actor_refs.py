"""References back into the article.

:class:`ReferenceRules` is mixed into :class:`detente.nlp.actors.ActorResolver`: pronouns ("he",
"it", "they"), definite nouns and titles for an actor introduced before ("the ministry", "the
foreign minister", "the envoy"), "the country", "the island", "the alliance", "the North" and
"the South" of a divided country, military rulers with no nationality ("the junta in Conakry",
"the putschists"), the host and the guest of the last visit, and a name right after a title
that the parser left apart ("the Chinese envoy Li Hui").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.actors import ActorKB, KBEntry, role_titles
from detente.model import Actor
from detente.nlp.actor_common import (
    ARMED_SECTORS,
    EPITHET_REGIONS,
    GENDER_WORDS,
    ISSUER,
    JUNTA,
    KIND_NOUNS,
    KINGDOMS,
    LOCATION_PREPS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    QUOTE_MARKS,
    REGIONS,
    TITLE_NOISE,
    TITLE_RANKS,
    TITLE_SAME,
    ArticleContext,
    ResolvedActor,
    dateline_tokens,
    other_country,
    past_dateline,
    title_fits,
    title_words,
)
from detente.nlp.actor_context import ORGAN_SECTORS
from detente.nlp.actor_groups import fit_group
from detente.nlp.status import load_cues
from detente.nlp.target_lists import split_list_next
from detente.nlp.words import sentence_words
from detente.resolve import doc_text
from detente.resolve.places import Gazetteer
from detente.resolve.tokens import doc_tokens, kids, lefts, sent_of

#: the first person, the voice of an issuing government or of the minister who issues a
#: statement in their own name ("Statement by Foreign Secretary X: I condemn ...")
# verbs of a journey whose object or place phrase "the country" is where one goes ("wish to
# visit the country", "will return to the country"), not where one is from
VISIT_VERBS = frozenset({"visit", "travel", "return", "come", "go", "fly", "tour"})
# (unless someone asked the traveller: "invited him to visit the country" is the inviter's)
INVITE_VERBS = frozenset({"invite", "welcome", "host", "urge", "ask"})
FIRST_PERSON_WORDS = frozenset({"we", "us", "our", "ours", "i", "me", "my"})

# countries and territories that news calls "the island"
ISLAND_COUNTRIES = frozenset({"TWN", "CUB", "JPN", "PHL", "LKA", "IRL", "ISL", "NZL", "SGP",
                              "CYP", "MLT", "HTI", "DOM", "JAM", "MDG", "FJI", "BHR", "MUS",
                              "GRL", "PRI", "GUM", "HKG", "MAC", "BRB", "TTO", "BHS", "CPV",
                              "COM", "SYC", "MDV", "TLS", "BRN", "PNG", "SLB", "VUT", "WSM",
                              "TON"})
# a divided country's halves that news names by their compass point once the country is named:
# "the North" after North Korea, "the South" after South Korea or South Sudan. For each word,
# the countries (in order of preference) and the article countries that make the reading sure.
# sectors of a state's own organs (its government, army, police, courts, legislature, spies):
# under military rulers, theirs
# words that make a plural object a group of parties told before ("both delegations")
GROUP_DETS = frozenset({"both", "two", "all", "three"})
JUNTA_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
HALVES = {"north": (("PRK", ("PRK", "KOR")),),
          "south": (("KOR", ("KOR", "PRK")), ("SSD", ("SSD",)))}


def _adjunct(tok: Token, verb: Token) -> bool:
    """Whether a noun is a date or sits in an adverbial phrase of ``verb`` ("In April last
    year it expelled ...", "Under the deal, it will ..."): no antecedent that the subject
    "it" of ``verb`` could stand for."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    t = tok
    for _ in range(6):
        if t.dep_ in ("npadvmod", "tmod", "prep") and t.head.i == verb.i:
            return True
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "compound", "amod", "poss",
                                              "nmod", "det"):
            return False
        t = t.head
    return False


# adjectives of "it is unclear whether ...", "it was too early to say ...": an "it" that
# stands for no actor
EXPLETIVE_ADJ = frozenset({
    "unclear", "clear", "possible", "impossible", "likely", "unlikely", "important",
    "necessary", "unnecessary", "essential", "vital", "crucial", "critical", "difficult",
    "hard", "easy", "early", "late", "true", "untrue", "false", "obvious", "evident",
    "certain", "uncertain", "doubtful", "known", "unknown", "imperative", "urgent",
    "significant", "notable", "striking", "remarkable", "ironic", "unusual", "rare",
    "common", "natural", "understandable", "regrettable", "unfortunate", "fitting",
    "telling", "worth", "premature", "apparent", "plain", "noteworthy", "surprising",
    "unprecedented", "inevitable", "unacceptable", "acceptable", "normal", "wrong", "right",
    "time", "enough", "sufficient", "useful", "better", "best", "good", "bad"})
# adjectives of need: "X said it was necessary to respond" tells what X means to do
NEED_ADJ = frozenset({"important", "necessary", "essential", "vital", "crucial", "critical",
                      "imperative", "urgent"})
# verbs whose passive "it is expected that ...", "it was reported that ..." has no actor subject
EXPLETIVE_PASSIVE = frozenset({
    "expect", "believe", "understand", "report", "say", "think", "fear", "hope", "estimate",
    "know", "assume", "claim", "rumour", "rumor", "suggest", "announce", "agree", "decide",
    "allege", "confirm", "note", "feel", "consider", "learn", "anticipate", "predict"})
# attributes of "it was the first time ...", "it marked the first visit ...": the "it" is an
# event or a time
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest",
                           "only", "biggest", "largest", "highest", "worst", "most"})


# words of a title that many countries' offices share: a title made only of them ("the
# Secretary of State", "the Minister for Defence") says no country, whatever the knowledge
# base happens to hold
GENERIC_TITLE_WORDS = frozenset({
    "chairman", "chair", "chairperson", "secretary", "general", "secretary-general", "chief",
    "justice", "of", "the", "for", "and", "staff", "deputy", "vice", "governor", "diplomat",
    "emperor", "monarch", "king", "queen", "minister", "commerce", "foreign", "interior",
    "senior", "treasurer", "president", "prime", "state", "sultan", "affairs", "defence",
    "finance", "trade", "security", "national", "council", "commission", "director", "head",
    "leader", "member", "spokesperson", "ambassador", "to", "representative", "negotiator",
    "councilor", "councillor", "premier", "speaker", "mayor", "armed", "forces", "army",
    "commander", "economy", "budget", "public", "internal", "executive",
    "assistant", "under", "acting", "principal", "press", "adviser", "advisor", "envoy",
    "special", "high", "commissioner", "first", "second", "party", "office",
    "department", "ministry", "opposition", "majority", "minority", "senator", "crown",
    "prince", "defense", "war", "navy", "air", "force", "intelligence",
    "central", "labour", "health", "education",
    "development", "agriculture", "energy", "environment", "immigration", "transport",
    "culture", "information", "communications", "planning", "industry"})
# where a region named alone is an actor, not a place (see ReferenceRules._region_actor)
REGION_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# honorifics that are also family names inside a full name ("Sheikh Hasina" is a woman):
# they tell a gender only before the name the knowledge base knows, not inside it
NAME_HONORIFICS = frozenset({"sheikh"})
# words of an "of" phrase that name the form of a state, not an office: "the President of
# the Republic", "the Chancellor of the Federation" is the article's president, chancellor
STATE_FORMS = frozenset({"republic", "federation", "confederation"})
_NATIONAL_TITLES: dict[int, tuple[ActorKB, dict[str, str]]] = {}


def national_titles(kb: ActorKB) -> dict[str, str]:
    """Offices (their title words joined by spaces) that the knowledge base gives to people
    of one country only, at least three of them, and that have a word of their own beyond
    the words many countries' offices share ("chief cabinet secretary" -> JPN, "external
    affairs minister" -> IND), each with that country."""
    cached = _NATIONAL_TITLES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    holders: dict[str, dict[str, set[str]]] = {}
    for e in kb.entries:
        if e.kind != "person":
            continue
        for role in e.roles:
            for name, _start, _end in role_titles(role):
                words = title_words(name)
                holders.setdefault(" ".join(words), {}).setdefault(role.country, set()).add(
                    e.key)
    out: dict[str, str] = {}
    for title, by_country in holders.items():
        if len(by_country) != 1 or not kb.title_sector(title):
            continue
        (country, keys), = by_country.items()
        if len(keys) >= 3 and len(country) == 3 and any(
                w not in GENERIC_TITLE_WORDS for w in title.split()):
            out[title] = country
    _NATIONAL_TITLES[id(kb)] = (kb, out)
    return out


_COUNTRY_OFFICES: dict[int, tuple[ActorKB, dict[str, frozenset[str]]]] = {}


#: an office this many states' people hold in the knowledge base is one any state may have
#: ("president", "prime minister", "vice president")
GENERIC_OFFICE_COUNTRIES = 10


def _cabinet_title(title: str) -> bool:
    """Whether ``title`` (title words joined by spaces) is a cabinet minister's office
    ("interior minister", "deputy foreign minister", "minister of mines"), one that any
    state may have; not an office held in a minister's stead or for a minister ("minister's
    adviser")."""
    words = title.split()
    return "minister" in words and not {"adviser", "advisor", "spokesman", "spokesperson",
                                        "spokeswoman", "aide", "former"} & set(words)


def country_offices(kb: ActorKB) -> dict[str, frozenset[str]]:
    """Each office title of the knowledge base's people (its title words joined by spaces)
    with the countries whose people held it ("prime minister" -> HUN, IND, ...)."""
    cached = _COUNTRY_OFFICES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    holders: dict[str, set[str]] = {}
    for e in kb.entries:
        if e.kind != "person":
            continue
        for role in e.roles:
            for name, _start, _end in role_titles(role):
                holders.setdefault(" ".join(title_words(name)), set()).add(role.country)
    out = {t: frozenset(c) for t, c in holders.items()}
    _COUNTRY_OFFICES[id(kb)] = (kb, out)
    return out


_MONARCHS: dict[int, tuple[ActorKB, dict[str, list[tuple[str, KBEntry]]]]] = {}
#: a monarch's title, told bare once the story is about the monarchy ("the king received
#: the minister", "His Majesty The King"), with no name given before
MONARCH_TITLES = frozenset({"king", "queen", "emir", "sultan", "emperor"})


def monarchs(kb: ActorKB) -> dict[str, list[tuple[str, KBEntry]]]:
    """For each word of :data:`MONARCH_TITLES`, the people of the knowledge base with an
    office of that title, each with the country of that office."""
    cached = _MONARCHS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    out: dict[str, list[tuple[str, KBEntry]]] = {}
    for e in kb.entries:
        if e.kind != "person":
            continue
        for role in e.roles:
            for name, _start, _end in role_titles(role):
                words = title_words(name)
                for head in MONARCH_TITLES.intersection(words[:1]):
                    out.setdefault(head, []).append((role.country, e))
    _MONARCHS[id(kb)] = (kb, out)
    return out


_ORGAN_HEADS: dict[int, tuple[ActorKB, dict[str, dict[str, KBEntry]]]] = {}
# the last words of an international body's name that news uses alone, capitalised, once the
# body or its parent organisation is in the story ("the Commission", "the Council")
ORGAN_HEADS = frozenset({"commission", "council", "assembly", "secretariat"})
# nouns for a body of troops: once an organisation's force is told ("the soldiers of the
# African Union"), "the troops", "the force" or "the regional force" later are that force
# when no state's force was named since; and the words that only say what kind of force
FORCE_NOUNS = frozenset({"force", "troop", "soldier", "contingent", "peacekeeper"})
FORCE_KIND_WORDS = frozenset({"regional", "multinational", "joint", "international",
                              "foreign", "peacekeeping"})


def organ_heads(kb: ActorKB) -> dict[str, dict[str, KBEntry]]:
    """For each word of :data:`ORGAN_HEADS`, the international bodies whose name or an alias
    ends in it, one per country code (the organisation an organ belongs to: "European
    Commission" -> EU; the first listed where one organisation has several)."""
    cached = _ORGAN_HEADS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    out: dict[str, dict[str, KBEntry]] = {}
    for e in kb.entries:
        if e.kind != "igo" or not e.country:
            continue
        for name in (e.name, *e.aliases):
            words = name.split()
            if len(words) > 1 and words[-1].lower() in ORGAN_HEADS:
                out.setdefault(words[-1].lower(), {}).setdefault(e.country, e)
    _ORGAN_HEADS[id(kb)] = (kb, out)
    return out


def expletive_it(tok: Token) -> bool:
    """Whether the "it" ``tok`` stands for no actor: the dummy subject of "It was the first
    time ...", "It is unclear whether ...", "it remains to be seen", "It is expected that
    ...", "It was Beijing that asked ..." (a cleft: the actor is the attribute)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    later_kids = [c for c in kids(verb) if c.i > tok.i]
    if tok.dep_ == "nsubjpass":
        return lemma in EXPLETIVE_PASSIVE and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if")
                                      for m in kids(c)) for c in later_kids)
    if lemma in ("be", "remain", "seem", "appear", "become", "look"):
        for c in later_kids:
            if c.dep_ == "acomp" and c.lower_ in EXPLETIVE_ADJ:
                return True
            if c.dep_ == "xcomp" and c.lemma_.lower() == "see" and lemma == "remain":
                return True  # "it remains to be seen"
            if c.dep_ == "attr":
                if c.lemma_.lower() == "time" or any(
                        a.dep_ == "amod" and a.lower_ in ORDINAL_WORDS for a in kids(c)):
                    return True  # "It was the first time", "It is the first visit by ..."
                if c.pos_ == "PROPN" and any(
                        k.dep_ in ("ccomp", "relcl") and any(
                            s.dep_ == "nsubj" and s.lower_ in ("that", "who") for s in kids(k))
                        for k in (*later_kids, *kids(c))):
                    return True  # "It was Beijing that asked ..."
        return False
    if lemma in ("mark", "make"):
        # "It marked the first time since 2019 that ..."
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "time" and any(
            a.dep_ == "amod" and a.lower_ in ORDINAL_WORDS for a in kids(c)) for c in later_kids)
    return False


def same_act_thing(tok: Token) -> Token | None:
    """The thing an object "it" stands for when an earlier verb of the same word in the
    sentence took it as its object: "France condemned the coup, and the UN chief also
    condemned it" (the coup, not France), else None. The caller checks that the noun is no
    actor ("condemned the junta, and Guterres condemned it too" is the junta)."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "obj"):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    for v in sent_of(tok):
        if v.i >= verb.i or v.pos_ != "VERB" or v.lemma_.lower() != lemma:
            continue
        for d in kids(v):
            if d.dep_ in ("dobj", "obj") and d.pos_ == "NOUN" and d.i < tok.i:
                return d
    return None


# nouns of acts done to a person ("his arrest", "her extradition"): a possessive pronoun on
# one is never the doer of the clause the act is ordered, sought or carried out in
_DONE_TO_NOUNS = frozenset({
    "arrest", "detention", "extradition", "release", "expulsion", "deportation", "dismissal",
    "removal", "impeachment", "prosecution", "conviction", "capture", "execution",
    "assassination", "ouster", "sentencing", "indictment",
    "trial", "abduction", "kidnapping", "killing", "murder", "punishment", "jailing"})

class ReferenceRules:
    """Pronouns, definite nouns and titles that refer back into the article (a mixin
    of :class:`~detente.nlp.actors.ActorResolver`)."""

    # set by ActorResolver.__init__
    kb: ActorKB
    ctx: ArticleContext
    _gazetteer: Gazetteer | None
    # (rule, token index) of the rules being applied, so that one that resolves a phrase
    # holding its own token does not come back to it
    _busy: set[tuple[str, int]]

    def _person_pronoun(self, tok: Token) -> ResolvedActor | None:
        """The person "he", "she", "him", "her" or "his" (``tok``) stands for: not one the
        pronoun's own clause names as another party ("He invited President Xi to visit" is
        not Xi; "Kim, who accompanied him" is not Kim)."""
        found = self._person_antecedent(tok)
        if found is None or not found.key:
            return found
        want = PRONOUN_GENDER.get(tok.lower_)
        others = self._clause_parties(tok)
        if found.key not in others and not self._gender_clash(found, want):
            if want == "f" and self.ctx.gender.get(found.key) != "f":
                # "she" is a woman the article named before, over one it told nothing of
                # (most people in the news are men): "Moon's spokesman called her
                # statement rude" after "Kim Yo Jong, the leader's sister, ... she"
                woman = self._gender_fit(tok, others, "f", known_only=True)
                if woman is not None:
                    return woman
            return found
        return self._gender_fit(tok, others, want)

    def _gender_clash(self, r: ResolvedActor, want: str | None) -> bool:
        """Whether the article told ``r`` is of the other gender than a pronoun's."""
        g = self.ctx.gender.get(r.key or "")
        return want is not None and g in ("m", "f") and g != want

    def _gender_fit(self, tok: Token, others: set[str], want: str | None,
                    known_only: bool = False) -> ResolvedActor | None:
        """Another person the pronoun ``tok`` may be: not one its clause names as another
        party, nor one of the other gender (with ``known_only``, one told of its gender)."""
        # another person named before it in the sentence, then for a subject the one the
        # sentences before had as subject before this one, for an object the one named last
        # ("Biden spoke with Netanyahu. Biden also told him ...")
        earlier = (self.ctx.prior_subjects, self.ctx.recent_people)
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            earlier = earlier[::-1]
        if known_only:
            earlier = (earlier[0][:3], earlier[1][:3])
        for r in (*(r for _t, r in self._people_before(tok)), *earlier[0], *earlier[1],
                  self.ctx.last_person):
            if r is not None and r.key and r.key not in others and not self._gender_clash(
                    r, want) and (not known_only or self.ctx.gender.get(r.key) == want):
                a = r.actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                           tok.idx, tok.idx + len(tok.text)), "coref", r.key)
        return None

    def _clause_parties(self, tok: Token) -> set[str]:
        """Keys of the people the clause of the pronoun ``tok`` names as its other parties:
        the objects of its verb (and their "of"/"with"/"to" phrases) for a subject pronoun;
        the subject, and the noun a relative clause hangs from ("Kim, who accompanied
        him"), for an object pronoun."""
        if tok.dep_ == "poss":
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        if tok.dep_ in ("nsubj", "nsubjpass"):
            args = [c for c in kids(verb) if c.dep_ in ("dobj", "dative", "iobj", "attr")]
        else:
            args = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl":
                args.append(verb.head)
        args += [c for a in list(args) for c in a.conjuncts]
        keys: set[str] = set()
        for a in args:
            if a.i == tok.i or a.lower_ in PRONOUNS_PERSON:
                continue
            span = self.kb_span_at(a)
            if span is not None:
                keys.update(e.key for e in self._entries(span) if e.kind == "person" and e.key)
            elif a.text in self.ctx.people and self.ctx.people[a.text].key:
                keys.add(self.ctx.people[a.text].key or "")
        return keys

    def _person_antecedent(self, tok: Token) -> ResolvedActor | None:
        """The person a pronoun ``tok`` stands for, by the order of the article."""
        ahead = self._subject_ahead(tok) if tok.dep_ == "poss" else None
        if ahead is not None:
            return ahead
        # "Biden said he was looking forward to ...": the nearest person before the
        # pronoun in the same sentence, else the subject of the previous sentence
        before = self._people_before(tok)
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in _DONE_TO_NOUNS:
            # "A judge ordered his arrest", "the court sought her extradition": the one an
            # act is done to is not the doer of the clause that orders or seeks it
            verb = next((v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")), None)
            doers = {c.i for c in kids(verb) if c.dep_ in ("nsubj", "agent")} if (
                verb is not None) else set()
            if doers:
                before = [(t, r) for t, r in before if t.i not in doers]
                if before:
                    return before[0][1]
                last = self.ctx.subject_person or self.ctx.last_person
                if last is None:
                    return None
                a = last.actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                           tok.idx, tok.idx + len(tok.text)), "coref",
                                     last.key)
        # "Albanese met Xi in Beijing, and he raised ...": a subject before an object
        subj = next((r for t, r in before if t.dep_ in ("nsubj", "nsubjpass")
                     and t.head.i != tok.head.i), None)
        as_subject = tok.dep_ in ("nsubj", "nsubjpass")
        if subj is not None and as_subject:
            return subj
        if tok.dep_ == "poss" and before and _in_side_clause(before[0][0], tok):
            # "Lula, who took office after beating Bolsonaro, arrived for his first visit":
            # one named inside a relative clause the pronoun is not in is told in passing;
            # the pronoun is the nearest person outside it (prec25)
            outside = [(t, r) for t, r in before if not _in_side_clause(t, tok)]
            if outside:
                return outside[0][1]
        # ("would help him return home", "let her leave": the parser makes an object
        # pronoun the subject of the verb after it; with no person as a subject before it,
        # it is the person named before it, not the subject of the sentences before)
        if before and (not as_subject or tok.lower_ in ("him", "her")):
            return before[0][1]
        if before and as_subject and tok.head.dep_ == "relcl" and not any(
                t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")
                for t in tok.doc[sent_of(tok).start: tok.i]):
            # "remarks by Zelenskiy at the General Assembly, where he said ...": the person
            # named nearest before the relative clause, not the subject of sentences before
            # (but "He sent Michel a letter, in which he argues" is the writer still)
            return before[0][1]
        # "The Secretary will travel to Amman, where he is to meet ...": the subject of a
        # clause above the pronoun's, told by title or surname, before the last person of
        # the previous sentences
        head = tok.head
        for _ in range(6):
            if head.head.i == head.i:
                break
            head = head.head
            subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i < tok.i), None)
            if subj is not None and subj.lower_ not in PRONOUNS_PERSON:
                found = self._resolve_one(subj)
                if found is not None and (found.kind in ("person", "coref") and (
                        found.actor.sector is not None) or found.kind == "ner" and (
                        found.actor.country)):
                    # (a name the knowledge base does not know, told with its country:
                    # "Uruguay's Luis Lacalle Pou said he ...")
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

    def _subject_ahead(self, tok: Token) -> ResolvedActor | None:
        """"In his opening address, the Crown Prince called ...", "Speaking at her residence,
        the minister said ...": a possessive in a phrase put before its clause's subject is
        that subject, a person named after it."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue  # ("Speaking at her residence": the clause above has it)
            if subj.left_edge.i <= tok.i or subj.lower_ in PRONOUNS_PERSON:
                return None
            found = self._resolve_one(subj)
            if found is None or not found.actor.country or not (
                    found.kind in ("person", "ner") or found.kind == "coref" and (
                        found.actor.name) or found.kind == "agent" and (
                        self._person_title(subj))):
                return None  # (a body is "its"; a group "their")
            a = found.actor
            return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                       tok.idx + len(tok.text)), "coref", found.key)
        return None

    def _issuer_voice(self, tok: Token) -> ResolvedActor | None:
        """"We strongly condemn the strikes", "we call on Moscow to ...", "our concern" (or a
        minister's "I condemn ...") in a statement or readout whose header names the
        government that issued it
        (``Prefilter.issuer``, through ``doc.user_data``): that government. A sentence with
        quotation marks is someone's quoted words, whose "we" is the speaker's (handled where
        the speaker is known); without an issuer "we" is no one."""
        issuer = tok.doc.user_data.get(ISSUER)
        if not issuer:
            return None
        text = sent_of(tok).text  # (``Span.text`` joins the tokens anew at each read)
        if any(q in text for q in QUOTE_MARKS):
            return None
        return self._agent(tok, issuer, "GOV")

    def _body_pronoun(self, tok: Token) -> ResolvedActor | None:
        """The body or group "it" or "they" (``tok``) stands for."""
        lemma = tok.lemma_.lower()
        if expletive_it(tok):
            # "It was the first time ...", "It is unclear whether ...": no one; but "X
            # believes it is important to keep talking": the one who holds it needed
            return self._holder_of_need(tok)
        if (thing := same_act_thing(tok)) is not None and not self.resolve(  # type: ignore[attr-defined]
                thing, follow=False):
            return None  # "condemned the coup, and the UN chief also condemned it"
        # "the ministry said that it would lift ...": the nearest subject before it that
        # agrees in number ("they" after "six Chinese entities" is the entities)
        plural = lemma == "they"
        speaker = self._reporting_subject(tok) if plural else None
        if speaker is not None:
            # "The Houthis claimed that they had attacked ...", "Iraqi militias said they
            # would return ...": a group name the tagger reads as singular, or a phrase
            # with a nationality, is who "they" are when it is the one who speaks
            found = [r for r in self.resolve(speaker) if r.kind not in ("person", "dyad")]
            if len(found) >= 2 and len({r.actor.country for r in found}) >= 2:
                return None  # ("A and B said they would ...": both, see plural_antecedents)
            if len(found) == 1:
                a = found[0].actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                           tok.idx, tok.idx + len(tok.text)), "coref",
                                     found[0].key)
        if not plural and tok.dep_ == "nsubj" and tok.head.dep_ == "conj":
            # "Ankara said the talks had failed, and it recalled ...": the subject of the
            # clause the pronoun's clause is joined to, not one inside its report
            first = next((c for c in kids(tok.head.head) if c.dep_ == "nsubj"
                          and c.tag_ in ("NN", "NNP")), None)
            r = self._resolve_one(first) if first is not None else None
            if r is not None and r.kind not in ("person", "dyad") and r.actor.country:
                a = r.actor
                return ResolvedActor(Actor(tok.text, a.name, a.code, a.country,
                                           a.sector, tok.idx, tok.idx + len(tok.text)),
                                     "coref", r.key)
        for t in reversed(list(tok.doc[sent_of(tok).start: tok.i])):
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ == "nsubj" and _comma_dateline(t):
                # ("LIMA, May 3 - The United States has fined ... that it accuses ...": the
                # city of the dateline the parser took for the subject is no one; the noun
                # in apposition to it is the subject)
                t = _dateline_appos(t)
                if _is_dateline(t):
                    continue
                if not plural and t.tag_ not in ("NN", "NNP", "NNS", "NNPS"):
                    continue
                r = self._resolve_one(t)
                if r is not None and r.kind not in ("person", "dyad") and r.actor.country:
                    a = r.actor
                    return ResolvedActor(Actor(tok.text, a.name, a.code, a.country,
                                               a.sector, tok.idx, tok.idx + len(tok.text)),
                                         "coref", r.key)
                continue
            named_in_s = not plural and t.tag_ in ("NNS", "NNPS")
            if (t.tag_ in ("NNS", "NNPS")) != plural and not (
                    named_in_s and t.dep_ == "nsubj" and t.text[:1].isupper()):
                continue
            if plural or t.dep_ in ("nsubj", "nsubjpass"):
                r = self._resolve_one(t)
                if named_in_s and (r is None or r.kind != "country"):
                    # (only a country whose name ends in -s is an "it": "Honduras said it
                    # would ...", "the Philippines said it had protested")
                    continue
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
                t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and not (
                    tok.dep_ == "nsubj" and _adjunct(t, tok.head))
                for t in tok.doc[sent_of(tok).start: tok.i]):
            # "China's foreign ministry protested. It also said ...": the body that was
            # the subject of the sentence before
            a = self.ctx.last_body.actor
            return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector,
                                       tok.idx, tok.idx + len(tok.text)), "coref",
                                 self.ctx.last_body.key)
        if plural and self.ctx.last_group and not any(
                t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS")
                for t in tok.doc[sent_of(tok).start: tok.i]):
            # "They also agreed to ..." after "The two sides held talks.": the group
            return ResolvedActor(Actor(None, None, None, None, None), "dyad",
                                 group=len(self.ctx.last_group))
        return None

    def plural_antecedents(self, tok: Token) -> list[ResolvedActor]:
        """The parties a plural pronoun stands for when its own sentence names none and the
        sentence before had no group as its subject (``tok``: "they", "them", or the "their"
        of a noun): as a subject, the sides of a meeting the sentence before told ("X held
        talks with Y. They also discussed ..."); else the last list of two or more actors of
        distinct countries there or earlier in its own sentence ("... withdrew its envoys
        from A, B and C. He accused them of ...", "fighting between A and B. Their forces
        ..."), less the countries of the clause's other party. Each is given as the pronoun."""
        speakers = self._speaking_group(tok)
        if speakers:
            return speakers
        if any(t.tag_ in ("NNS", "NNPS") and t.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "conj") and self.kb_span_at(t) is None
               for t in tok.doc[sent_of(tok).start: tok.i]):
            # ("Police detained protesters and questioned them", "demanded that those
            # governments pull their envoys out": the plural its own sentence names first)
            return []
        if tok.dep_ == "poss" and self.ctx.last_group and len(self.ctx.last_group) >= 2 and (
                not any(t.tag_ in ("NNS", "NNPS") for t in tok.doc[sent_of(tok).start: tok.i])):
            # ("Their soldiers clashed again" after "Their forces exchanged fire")
            return [ResolvedActor(Actor(tok.text, None, c, c, None, tok.idx,
                                        tok.idx + len(tok.text)), "coref")
                    for c in self.ctx.last_group]
        prev = self._sentence_before(sent_of(tok))
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        found: list[ResolvedActor] = []
        if subject and prev is not None:
            found = self._meeting_sides(prev.start_char, sent_of(tok).start_char)
        if not found:
            own = self._other_party_countries(tok)
            # (in its own sentence only from a clause joined or adverbial to the main one:
            # "A and B met, and they agreed", not "A and B condemned what they called ...",
            # which restates the main clause's act)
            main = _main_clause_pronoun(tok)
            for sent, limit in ((sent_of(tok) if main else None, tok.i), (prev, None)):
                if sent is None:
                    continue
                found = [m for m in self._last_country_list(
                    sent, sent.end if limit is None else limit) if m.actor.country not in own]
                if len({m.actor.country for m in found}) >= 2:
                    break
                found = []
            if not found and prev is not None:
                found = [m for m in self._plural_subject(prev) if m.actor.country not in own]
                if len({m.actor.country for m in found}) < 2:
                    found = []
        return [ResolvedActor(Actor(tok.text, m.actor.name, m.actor.code, m.actor.country,
                                    m.actor.sector, tok.idx, tok.idx + len(tok.text)),
                              "coref", m.key) for m in found]

    def _plural_subject(self, sent: Span) -> list[ResolvedActor]:
        """The actors of a plural noun phrase that is the subject of the main verb of
        ``sent`` and stands for several countries by itself ("the juntas accused the bloc
        ...", "Chinese and Russian warships sailed ..."): "They" in the next sentence."""
        subj = next((c for c in kids(sent.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
        subj = _dateline_appos(subj) if subj is not None else None
        if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.conjuncts:
            return []
        return [r for r in self.resolve(subj, follow=False)
                if r.kind != "dyad" and r.actor.country]

    def _speaking_group(self, tok: Token) -> list[ResolvedActor]:
        """"Russia and Belarus said they would hold drills", "the juntas of A, B and C said
        they were leaving": the subject "they" of a reported clause is each of the actors of
        two or more countries that say it (none when the speakers are of one country)."""
        they = tok if tok.lower_ == "they" else _clause_they(tok) if (
            tok.lower_ == "their" and tok.dep_ == "poss") else None
        # ("announced that they would keep their own sanctions on Iran": the "their" of the
        # reported clause whose subject is that "they"; link28)
        speaker = self._reporting_subject(they, joined=True) if they is not None else None
        if speaker is None:
            return []
        found = [r for r in self.resolve(speaker) if r.kind != "dyad" and r.actor.country]
        if len({r.actor.country for r in found}) < 2:
            return []
        return [ResolvedActor(Actor(tok.text, r.actor.name, r.actor.code, r.actor.country,
                                    r.actor.sector, tok.idx, tok.idx + len(tok.text)),
                              "coref", r.key) for r in found]

    @staticmethod
    def _sentence_before(sent: Span) -> Span | None:
        """The sentence before ``sent`` that has words (the pre-filter blanks some)."""
        doc = sent.doc
        cur = sent
        for _ in range(2):
            if cur.start == 0:
                return None
            cur = sent_of(doc[cur.start - 1])
            if any(t.is_alpha for t in cur):
                return cur
        return None

    def _meeting_sides(self, start: int, end: int) -> list[ResolvedActor]:
        """The two or three sides of the meetings (04) told between character offsets
        ``start`` and ``end``, in the order the events named them."""
        sides: list[ResolvedActor] = []
        for ev in self.ctx.events[-12:]:
            if ev.root != "04" or not start <= ev.evidence.start < end:
                continue
            for a in (ev.source, ev.target):
                if a is not None and a.country and a.country not in {
                        s.actor.country for s in sides}:
                    sides.append(ResolvedActor(a, "coref"))
        return sides if 2 <= len(sides) <= 3 else []

    def _other_party_countries(self, tok: Token) -> set[str]:
        """The countries of the subject of the clause a plural pronoun ``tok`` is an object
        in ("He accused them": his), none for a subject."""
        if tok.dep_ == "poss":
            tok = tok.head  # ("accused their forces": the noun's clause)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == tok.i or subj.lower_ in ("they", "them"):
            return set()
        r = self._resolve_one(subj)
        return {r.actor.country} if r is not None and r.actor.country else set()

    def _country_lists(self, sent: Span, limit: int) -> list[list[ResolvedActor]]:
        """The coordinations of actors of two or more distinct countries that end before
        token ``limit`` in ``sent``, in the order of the text: the named conjuncts of one list
        ("A, B and C"; "two members of the bloc, A and B", where the parse joins the names
        to "bloc")."""
        spans = [sp for sp in self.spans_in(sent) if sp.end <= limit]
        # each span's list: the first conjunct of the chain its root is in, or the span
        # that first conjunct lies in ("the Democratic Republic of the Congo and Rwanda"
        # parses "Rwanda" as a conjunct of "Congo")
        key: dict[int, int] = {}
        for span in spans:
            t = span.root
            if t.dep_ != "conj":
                continue
            first = t
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            home = self.kb_span_at(first)
            key[span.start] = home.start if home is not None else first.i
        for span in spans:
            # ("Malaysia, the Philippines and Vietnam protested": the first member split off
            # by the parser; target30)
            if span.start not in key and (nxt := split_list_next(span.root)) is not None:
                home = self.kb_span_at(nxt)
                key[span.start] = home.start if home is not None else nxt.i
        lists: dict[int, list[ResolvedActor]] = {}
        heads = set(key.values())
        for span in spans:
            k = key.get(span.start, span.start if span.start in heads or any(
                c.dep_ == "conj" for c in kids(span.root)) else None)
            if k is None:
                continue
            r = self._resolve_one(span.root)
            if r is not None and r.kind != "dyad" and r.actor.country:
                lists.setdefault(k, []).append(r)
        return [m for m in lists.values() if len({x.actor.country for x in m}) >= 2]

    def _last_country_list(self, sent: Span, limit: int) -> list[ResolvedActor]:
        """The last of :meth:`_country_lists` (none: an empty list)."""
        lists = self._country_lists(sent, limit)
        return lists[-1] if lists else []

    def object_pair(self, tok: Token) -> list[ResolvedActor]:
        """"The two leaders ... urged both governments to return to the talks" after "his
        mediation between A and B": a pair phrase for two states that is the object of a
        clause whose subject is another party is the last pair of countries named in its
        sentence or the two before, neither of them the subject's, when the article's two
        most named countries (the default reading) include the subject's own."""
        if tok.dep_ in ("dobj", "dative"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "against", "upon"):
            verb = tok.head.head
        else:
            return []
        if verb.pos_ != "VERB":
            return []
        subj = None
        for _ in range(3):
            subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ not in ("conj", "xcomp", "advcl"):
                break
            verb = verb.head
        if subj is None:
            return []
        own = {a.actor.country for a in fit_group(self.resolve(subj), [])}
        if not own:
            return []
        if not own & set(self.ctx.ranked[:2]):
            # (the article's main pair, which a group phrase stands for by default, is
            # another than the subject's: that reading stays -- unless the group's own
            # search took in the subject's country, "China's minister visited both
            # countries" after a recent mention of China: then the main pair)
            if not own & {m.actor.country for m in self._dyad_actors(tok, 2)}:
                return []
            return self._other_pair(tok, own)
        cur: Span | None = sent_of(tok)
        limit = tok.i
        for _ in range(3):
            if cur is None:
                break
            for members in reversed(self._country_lists(cur, limit)):
                countries = list(dict.fromkeys(m.actor.country for m in members))
                if len(countries) == 2 and not own & set(countries):
                    # ("both governments": each country's, in the noun's sector)
                    sector = self.kb.agent_sector(tok.lemma_.lower())
                    return [ResolvedActor(Actor(
                        self._np_text(tok), m.actor.name, m.actor.code if m.actor.sector or (
                            not sector) else (m.actor.country or "") + sector,
                        m.actor.country, m.actor.sector or sector, tok.idx,
                        tok.idx + len(tok.text)), "coref", m.key) for m in members]
            cur = self._sentence_before(cur)
            limit = cur.end if cur is not None else 0
        return []

    def _other_pair(self, tok: Token, own: set[str | None]) -> list[ResolvedActor]:
        """The two countries the article names most besides ``own`` (the subject's), each
        named more than once, as the members of the pair phrase ``tok``; [] otherwise."""
        counts = self.ctx.country_counts
        others = [c for c in self.ctx.ranked if c not in own and c not in REGIONS
                  and c in self.kb.country_codes][:2]
        if len(others) < 2 or counts[others[1]] < 2:
            return []
        sector = self._group_sector(tok)
        return [ResolvedActor(Actor(self._np_text(tok), None, c + sector, c, sector, tok.idx,
                                    tok.idx + len(tok.text)), "dyad", group=2,
                              order=self.ctx.first_seen.get(c, 0)) for c in others]

    def _holder_of_need(self, tok: Token) -> ResolvedActor | None:
        """"Washington believes it is important to keep channels open", "Seoul said it was
        necessary to respond": the subject of the verb of saying or thinking whose clause
        holds an expletive "it" of need with an infinitive, the one who means to act."""
        verb = tok.head
        if verb.dep_ != "ccomp" or not any(
                c.dep_ == "acomp" and c.lower_ in NEED_ADJ and any(
                    x.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux"
                                                         for a in kids(x))
                    for x in (*kids(c), *kids(verb)))
                for c in kids(verb)):
            return None
        head = verb.head
        subj = next((c for c in kids(head) if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None and head.dep_ == "conj":
            # "The minister stressed ... and believes it is important to ...": the subject
            # the joined verbs share
            subj = next((c for c in kids(head.head) if c.dep_ == "nsubj"), None)
        if subj is None or not (load_cues().has("reporting_verbs", head.lemma_.lower()) or (
                head.lemma_.lower() in ("believe", "think", "consider", "feel"))):
            return None
        found = [r for r in self.resolve(subj) if r.kind != "dyad"]
        if len(found) != 1 or not found[0].actor.country:
            return None
        r = found[0]
        a = r.actor
        return ResolvedActor(Actor(tok.text, a.name, a.code, a.country, a.sector, tok.idx,
                                   tok.idx + len(tok.text)), "coref", r.key)

    def _people_before(self, tok: Token) -> list[tuple[Token, ResolvedActor]]:
        """The persons named in the sentence before the pronoun ``tok``, nearest first, each
        as the pronoun: known people, names the article bound to an office, and office
        holders told by office and country ("Ghana summoned the Dutch envoy after he ...")."""
        out: list[tuple[Token, ResolvedActor]] = []
        seen: set[int] = set()
        # an object pronoun is not the subject of its own verb ("Li told her": not Li)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own_subject = tok.dep_ not in ("nsubj", "nsubjpass", "poss")
        for t in reversed(tok.doc[sent_of(tok).start: tok.i]):
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
                    c.dep_ == "poss" and c.lower_ in PRONOUNS_PERSON for c in kids(t)):
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
    def _reporting_subject(tok: Token, joined: bool = False) -> Token | None:
        """The subject of the verb of saying whose reported clause ``tok`` is the subject
        of ("The Houthis claimed that they had ..."); with ``joined``, also of the verb a
        subjectless verb of saying is joined to ("A and B met and said they ...")."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        verb = clause.head
        if not load_cues().has("reporting_verbs", verb.lemma_.lower()):
            return None
        subjects = [c for c in kids(verb) if c.dep_ == "nsubj" and c.i < tok.i
                    and c.pos_ in ("NOUN", "PROPN")]
        if not subjects and joined and verb.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            # "A, B and C criticised Iran and announced that they would ...": the subject of
            # the verb the verb of saying is joined to (link28)
            subjects = [c for c in kids(verb.head) if c.dep_ == "nsubj" and c.i < tok.i
                        and c.pos_ in ("NOUN", "PROPN")]
        if not subjects:
            return None
        # ("NIAMEY, Jan 28 - The governments of A and B said ...": the parser takes the city
        # of the dateline for the subject, with the true one in apposition or as a second
        # subject)
        first = _dateline_appos(subjects[0])
        return subjects[1] if first is subjects[0] and _is_dateline(first) and len(
            subjects) > 1 else first

    def _name_after(self, tok: Token) -> ResolvedActor | None:
        """The person named right after a noun for a person ("his Turkish counterpart Hakan
        Fidan", "the Chinese envoy Li Hui") that the parser did not attach to it."""
        lemma = tok.lemma_.lower()
        if tok.i + 1 >= sent_of(tok).end or not (
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

    def _guests_of_last_host(self, tok: Token) -> list[ResolvedActor]:
        """"The Chancellor thanked his guests", "the visitors signed ...": a plural guest noun
        after the article told one host receiving several guests is all those guests (the
        visits to the host of the last visit told, back to a visit to someone else); empty
        unless two or more guests of different countries are found."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in ("guest", "visitor") or not any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "its")
                for c in kids(tok)):
            return []
        host: str | None = None
        guests: dict[str, Actor] = {}
        for ev in reversed(self.ctx.events[-40:]):
            if ev.cameo not in ("042", "043") or ev.source is None or ev.target is None or (
                    ev.source.country == ev.target.country):
                continue
            h, g = (ev.source, ev.target) if ev.cameo == "043" else (ev.target, ev.source)
            if host is None:
                host = h.country
            elif h.country != host:
                break
            if g.country and g.country not in guests:
                guests[g.country] = g
        if len(guests) < 2:
            return []
        return [ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                    tok.idx, tok.idx + len(tok.text)), "coref")
                for a in reversed(guests.values())]

    def _kind_reference(self, tok: Token, want: str | None = None) -> ResolvedActor | None:
        """"applied to join the alliance", "talks with the bloc", "to visit the kingdom", "the
        group says it ...": a bare definite noun for a kind of actor is the one of that kind
        named last before it (an organization for "alliance", "bloc", "union",
        "organisation"; a monarchy for "kingdom"; an armed group or an organisation for
        "group"; the country of the last region named for "the enclave", "the strip")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
            return None
        lemma = tok.lemma_.lower()
        if any(c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and not (
                c.is_lower and c.ent_type_ == "")) or (
                c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")) or (
                c.dep_ == "prep" and c.lower_ == "of" and (lemma in ("group", "grouping") or any(
                    g.dep_ == "pobj" and g.text[:1].isupper() for g in kids(c))))
                for c in kids(tok)):
            # "the U.S.-Japan alliance", "the African Union", "the Group of Seven", "the
            # group of experts": named or told, not referred to ("the neighbouring kingdom"
            # is)
            return None
        want = want or KIND_NOUNS[lemma]
        if want == "region":
            country = next((c for t in reversed(tok.doc[sent_of(tok).start: tok.i])
                            if t.pos_ == "PROPN" and (c := self._region_only(t))),
                           None) or self.ctx.last_region
            if country is None:
                return None
            return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                       tok.idx, tok.idx + len(tok.text)), "coref")
        if want == "country":
            body = self.ctx.last_body
            others = self._clause_objects(tok)
            named_before = any(sent_of(tok).start <= s.start and s.end <= tok.i
                               for s in tok.doc.spans.get("actors", []))
            if body is not None and body.actor.country in KINGDOMS and (
                    body.actor.country not in others) and tok.dep_ in (
                    "nsubj", "nsubjpass") and not named_before:
                # "Morocco recalled its envoy from Madrid. The kingdom accused Spain ...": the
                # monarchy the sentence before had as subject, not the last one named
                country = body.actor.country or ""
                return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                           tok.idx, tok.idx + len(tok.text)), "coref")
        if want in ("group", "armed") and any(
                c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS for c in kids(tok)):
            return None  # "the group, known as X, ...": named here, not referred to
        # (what the subjects of the clauses above it name is not what the noun refers to:
        # "A and B accused C of backing the group")
        subjects = _governing_subjects(tok) if want in ("group", "armed") else frozenset()
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            if span.start in subjects:
                continue
            if want in ("group", "armed") and tok.i - span.end > 150:
                return None  # (one named long before is not what "the group" is now)
            if want in ("group", "armed") and any(t.lemma_.lower() == lemma and any(
                    c.lower_ in ("a", "an") for c in kids(t))
                    for t in tok.doc[span.end: tok.i]):
                return None  # "a group of protesters ... the group", "a gunman": that one
            for e in self._entries(span):
                if want == "country" and self._entry_country(e) in others:
                    continue  # ("The kingdom accused Spain": not Spain)
                if want == "country" and e.kind in ("metonym", "person") and (
                        self._entry_country(e) in KINGDOMS):
                    # "King Abdullah hosted ... in Amman. The kingdom pledged ...": the
                    # monarchy its capital or its people stand for
                    country = self._entry_country(e) or ""
                    return ResolvedActor(Actor(self._np_text(tok), None, country, country,
                                               None, tok.idx, tok.idx + len(tok.text)),
                                         "coref")
                if not self._kind_fits(e, want):
                    continue
                a = self._from_entry(e, span).actor
                return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                           a.sector, tok.idx, tok.idx + len(tok.text)),
                                     "coref", e.key)
        return None

    def _clause_objects(self, tok: Token) -> set[str]:
        """The countries named after a subject ``tok`` in its own clause ("The kingdom
        accused Spain of ...": Spain), which the subject does not stand for."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = tok.head
        out: set[str] = set()
        for span in self.spans_in(sent_of(tok)):
            if span.start <= tok.i or (span.root.dep_ == "pobj" and (
                    span.root.head.lower_ in LOCATION_PREPS or span.root.head.lower_ == "at")):
                continue  # (a place: "summoned the envoy in Amman")
            t = span.root
            for _ in range(8):
                if t.i == verb.i:
                    e = self._choose(self._entries(span), span.root)
                    country = self._entry_country(e) if e is not None else None
                    if country:
                        out.add(country)
                    break
                if t.head.i == t.i or (t.pos_ in ("VERB", "AUX") and t.i != span.root.i):
                    break  # (in a clause of its own)
                t = t.head
        return out

    def _region_actor(self, tok: Token) -> ResolvedActor | None:
        """"Somaliland signed a port deal with Ethiopia", "Transnistria asked Moscow for
        help", "talks with Tigray": a region the knowledge base lists, told as the one who
        acts (a subject), as a verb's object or as a partner ("with" phrase), stands for its
        state, by the country alone; a region told as a place ("fighting in Tigray", "the
        Darfur conflict") is none."""
        if tok.pos_ != "PROPN" or tok.dep_ not in REGION_ACTOR_DEPS or (
                tok.dep_ == "pobj" and tok.head.lower_ != "with"):
            return None
        if tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in ("'s", "’s"):
            return None  # ("Tigray's leaders": the noun they qualify is the actor)
        country = self._region_only(tok)
        if country is None or country in REGIONS:
            return None
        return ResolvedActor(Actor(self._np_text(tok), None, country, country, None, tok.idx,
                                   tok.idx + len(tok.text)), "country")

    def _suffixed_name(self, tok: Token) -> ResolvedActor | None:
        """"President Joseph R. Biden, Jr. met ...": the parser makes the suffix of a name
        (Jr., Sr., II, III) the head of the phrase and the name its modifier; the suffix
        stands for the person the name resolves to."""
        named = next((c for c in kids(tok) if c.dep_ in ("nmod", "compound", "appos")
                      and c.pos_ == "PROPN" and c.i < tok.i), None)
        return self._resolve_one(named) if named is not None else None

    def _kind_fits(self, e: KBEntry, want: str) -> bool:
        """Whether the entry ``e`` is of the kind a noun of ``KIND_NOUNS`` refers to."""
        if want == "country":
            return e.kind == "country" and (e.code in KINGDOMS or any(
                "kingdom" in a.lower() for a in (e.name, *e.aliases)))
        if want in ("group", "armed"):
            if e.kind == "igo":
                return want == "group"
            sector = self.kb.code_at(e, self.ctx.published)[1] if e.roles else e.sector
            return e.kind == "institution" and sector in ARMED_SECTORS
        if want == "igo" and e.kind == "igo" and (e.code in REGIONS or e.sector == "JUD" or (
                e.sector in ARMED_SECTORS)):
            # "quit the alliance", "the bloc's summit": an organisation of members, not a
            # region or a camp ("the West"), a court or an armed network named since
            return False
        return e.kind == want

    @staticmethod
    def _rules_by_force(tok: Token) -> bool:
        """Whether ``tok`` names the military rulers of a country ("the junta", "the
        putschists", "the coup leaders", "the military government")."""
        lemma = tok.lemma_.lower()
        if lemma in ("junta", "putschist"):
            return True
        mods = {c.lower_ for c in lefts(tok) if c.dep_ in ("amod", "compound")}
        if lemma in ("government", "authority", "regime", "administration") and "led" in mods:
            # "the military-led government", "the army-led regime"
            led = next(c for c in lefts(tok) if c.lower_ == "led")
            by = {c.lower_ for c in lefts(led) if c.dep_ in ("npadvmod", "compound", "amod")}
            if by & {"military", "army"}:
                mods.add("military")
        return (lemma in ("leader", "plotter") and "coup" in mods) or (
            lemma in ("ruler", "government", "authority", "regime") and "military" in mods) or (
            lemma == "leader" and tok.tag_ == "NNS" and mods == {"military"} and any(
                c.dep_ == "det" and c.lower_ == "the" for c in lefts(tok)))

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
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        owns = self._dealers(tok) if not subject else set()
        named = {c for c in self._sentence_countries(sent_of(tok), skip_tokens=frozenset(
            t.i for t in tok.subtree)) if c not in owns and c not in REGIONS}
        if subject and named:
            # the countries named as those they act on ("the junta expelled the French
            # ambassador", "grew closer to Moscow") are not theirs; one country left is
            counter = self._junta_counterparts(tok)
            left = named - counter
            if len(left) == 1:
                return left.pop()
            if not left:
                owns = counter
        elif len(named) == 1:
            return named.pop()
        last = self.ctx.by_noun.get(JUNTA)
        if last is not None and last.actor.country not in owns:
            return last.actor.country
        toppled = self._toppled_country(tok)
        if toppled is not None and toppled not in owns:
            return toppled
        # none named before: the article's most named country other than the one that
        # deals with them ("Paris would consult the putschists" in a story of Niger's junta)
        return next((c for c in self.ctx.ranked[:3] if c not in owns and c not in REGIONS),
                    None) if owns else None

    def _toppled_country(self, tok: Token, back: int = 4) -> str | None:
        """The country whose leader or government the sentences just before ``tok`` tell was
        overthrown ("the bloc punished Niger once its army had deposed the president. The
        junta has ignored ..."; "since the coup in Gabon"): military rulers named
        with no country rule it. The nearest such sentence first."""
        doc = tok.doc
        sent = sent_of(tok)
        sents = [s for s in doc.sents if s.end <= sent.start][-back:]
        for s in reversed(sents):
            for t in s:
                lemma = t.lemma_.lower()
                if lemma in _TOPPLE_VERBS and t.pos_ == "VERB":
                    heads = [c for c in kids(t) if c.dep_ in ("dobj", "nsubjpass")]
                elif lemma in ("coup", "putsch") and t.pos_ == "NOUN":
                    heads = [t]
                else:
                    continue
                for h in heads:
                    inside = frozenset(x.i for x in h.subtree)
                    found = [c for c in self._sentence_countries(s, skip_tokens=frozenset(
                        range(s.start, s.end)) - inside) if c not in REGIONS]
                    if len(set(found)) == 1:
                        return found[0]
        return None

    def _junta_counterparts(self, tok: Token) -> set[str]:
        """The countries military rulers in subject ``tok`` act on: those their verb's other
        arguments name as a party ("the junta expelled the French ambassador", "ordered
        German troops to leave", "cut ties with France"), not those named as the owner of a
        thing ("welcomed the step towards Mali's sovereignty" is the junta's own)."""
        verb = tok.head
        if verb.i == tok.i:
            return set()
        own = {t.i for t in tok.subtree}
        out: set[str] = set()
        for sp in tok.doc.spans.get("actors", []):
            if not (verb.left_edge.i <= sp.start <= verb.right_edge.i) or sp.start in own:
                continue
            root = sp.root
            if root.dep_ in ("amod", "compound", "poss", "nmod"):
                if not self.kb.agent_sector(root.head.lemma_.lower()):
                    continue  # "Mali's sovereignty"
            elif root.dep_ == "pobj" and root.head.lower_ in LOCATION_PREPS | {"at"}:
                continue  # ("deployed troops in Niger": where, not whom)
            elif root.dep_ not in ("dobj", "pobj", "dative", "conj", "appos"):
                continue  # (not the subject of a clause it reports: "said Niger would ...")
            country = next((c for e in self._entries(sp)
                            if (c := self._entry_country(e)) in self.kb.country_codes), None)
            if country is not None and root.dep_ in ("poss", "amod", "compound", "nmod") and (
                    self._junta_organ(country, self.kb.agent_sector(root.head.lemma_.lower()))):
                continue  # ("the junta ordered Mali's army to ...": its own army)
            if country is not None:
                out.add(country)
        return out

    def plural_juntas(self, tok: Token) -> list[ResolvedActor]:
        """Military rulers of several countries in one plural phrase: "the military
        governments of A, B and C" (the countries its own "of"/"in" phrase lists), and once
        the article has told them so, a bare "the juntas", "the coup leaders" (each country
        whose junta the article named, else the last list of two or more countries that holds
        the country of the junta named last). One agent per country; none for a phrase that
        names one country or a nationality, which the singular rules read."""
        if tok.tag_ != "NNS" or not self._rules_by_force(tok):
            return []
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
                self._nation_word(c.text) or c.pos_ == "PROPN" or c.dep_ == "poss")
               for c in kids(tok)):
            return []  # ("Mali's juntas", "the Malian and Burkinabe juntas": told by others)
        sector = self.kb.agent_sector(tok.lemma_.lower()) or "MIL"
        countries: list[str] = []
        own = False
        for c in kids(tok):
            if c.dep_ != "prep" or c.lower_ not in ("of", "in"):
                continue
            for p in kids(c):
                if p.dep_ != "pobj":
                    continue
                own = True
                # (every country named in the phrase: the parser may hang "Mali and Burkina"
                # on "Faso" as modifiers rather than make them conjuncts)
                for span in self.spans_in(sent_of(tok)):
                    if not p.left_edge.i <= span.start <= span.end - 1 <= p.right_edge.i:
                        continue
                    for a in self.resolve(span.root, follow=False):
                        if a.kind in ("country", "metonym") and a.actor.country and (
                                a.actor.country not in countries):
                            countries.append(a.actor.country)
        if own and len(countries) < 2:
            return []  # ("the juntas in the region"; "the military rulers of Niger")
        if not own:
            countries = [k[len(JUNTA):] for k in self.ctx.by_noun
                         if k.startswith(JUNTA) and len(k) > len(JUNTA)]
            last = self.ctx.by_noun.get(JUNTA)
            if len(countries) < 2:
                countries = self._juntas_told(tok)
            if last is not None and last.actor.country and (
                    last.actor.country not in countries):
                countries.append(last.actor.country)
            if len(countries) < 2 and last is not None:
                countries = self._list_holding(tok, last.actor.country) or countries
        if len(countries) < 2:
            return []
        out = [self._agent(tok, c, sector) for c in countries]
        for r in out:
            self.ctx.by_noun[JUNTA + (r.actor.country or "")] = r
        return out

    def _juntas_told(self, tok: Token) -> list[str]:
        """The countries of the military rulers named one by one ("Guinea's junta", "the
        junta in Niamey") in the sentence of ``tok`` before it and the eight before that."""
        countries: list[str] = []
        last = self.ctx.by_noun.get(JUNTA)
        sent: Span | None = sent_of(tok)
        limit = tok.i
        for _ in range(9):
            if sent is None:
                break
            for t in tok.doc[sent.start: limit]:
                if t.tag_ not in ("NN", "NNS") or not self._rules_by_force(t):
                    continue
                if t.tag_ == "NN":
                    found = [r] if (r := self._resolve_one(t)) is not None else []
                elif any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < t.i or (
                        c.dep_ == "prep" and c.lower_ in ("of", "in")) for c in kids(t)):
                    # ("the juntas of Mali and Burkina Faso": the countries its phrase names;
                    # a bare plural before is read from what came before it, not again)
                    found = self.resolve(t, follow=False)
                else:
                    continue
                for r in found:
                    if r.actor.country and len(r.actor.country) == 3 and (
                            r.actor.country not in countries):
                        countries.append(r.actor.country)
            sent = self._sentence_before(sent)
            limit = sent.end if sent is not None else 0
        if last is not None:
            self.ctx.by_noun[JUNTA] = last  # (resolving the earlier ones moved it)
        return countries

    def _list_holding(self, tok: Token, country: str | None) -> list[str]:
        """The countries of the last list of two or more countries, in the sentence of
        ``tok`` before it or in the eight sentences before, that holds ``country``."""
        sent: Span | None = sent_of(tok)
        limit = tok.i
        for _ in range(9):
            if sent is None:
                break
            for members in reversed(self._country_lists(sent, limit)):
                found = list(dict.fromkeys(m.actor.country for m in members
                                           if m.actor.country))
                if country in found and len(found) >= 2:
                    return found
            sent = self._sentence_before(sent)
            limit = sent.end if sent is not None else 0
        return []

    def _dealers(self, tok: Token) -> set[str]:
        """The countries of the subjects of the verbs above an object ``tok`` (a verb's own
        or the one it shares with the verb it is joined to): "Washington was seeking
        clarification from the junta", "a spokeswoman for the Pentagon said it would consult
        the junta" deal with the junta and are not it."""
        owns: set[str] = set()
        key = ("dealers", tok.i)
        if key in self._busy:
            return owns  # (a subject whose phrase holds the junta leads back to it)
        self._busy.add(key)
        try:
            self._dealer_countries(tok, owns)
        finally:
            self._busy.discard(key)
        return owns

    def _dealer_countries(self, tok: Token, owns: set[str]) -> None:
        """Add to ``owns`` the countries of the subjects above ``tok`` (see
        :meth:`_dealers`)."""
        for verb in tok.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ == "conj":
                subj = next((c for c in kids(verb.head) if c.dep_ in (
                    "nsubj", "nsubjpass")), None)
            if subj is None or subj.i in {t.i for t in tok.subtree} or (
                    subj.left_edge.i <= tok.i <= subj.right_edge.i):
                continue  # ("the junta's spokesman said": its own phrase)
            found = self._resolve_one(subj) if subj.lower_ not in ("it", "they") else None
            if found is None and subj.pos_ in ("NOUN", "PROPN"):
                found = self._search(subj)
            if found is not None and found.actor.country and not self._junta_organ(
                    found.actor.country, found.actor.sector):
                owns.add(found.actor.country)

    def _junta_organ(self, country: str | None, sector: str | None) -> bool:
        """Whether an organ of ``country`` (a ministry, the army, a spokesman: an actor with a
        state sector) belongs to the military rulers the article has told of: "Mali's foreign
        ministry summoned ... Dicko, a critic of the junta" is the junta's own ministry, no
        second side that deals with it."""
        last = self.ctx.by_noun.get(JUNTA)
        return bool(country) and last is not None and last.actor.country == country and (
            sector in JUNTA_ORGAN_SECTORS)

    def _the_country(self, tok: Token) -> str | None:
        """"accused the country of ...": the country the sentence named last before it (not
        as a modifier: "the U.S. envoy"), else the one the sentence before had as subject; not
        the country of the
        subject of the verb "the country" is an object of ("he accused the country" is not
        his own). Only a bare "the country": "the host country", "the country of ...", "a
        country that ..." say which."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)) or any(
                c.dep_ in ("amod", "compound", "nummod", "relcl", "acl", "appos", "nmod") or (
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" for g in kids(c))) for c in kids(tok)):
            return None  # (not "accused the country of supplying arms", parsed so)
        own: str | None = None
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i != tok.i), None)
            if subj is not None:
                found = self._resolve_one(subj)
                own = found.actor.country if found is not None else None
        for t in reversed(tok.doc[sent_of(tok).start: tok.i]):
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
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in VISIT_VERBS and not any(
                a.lemma_.lower() in INVITE_VERBS for a in verb.ancestors):
            # "The Secretary travelled to Fiji in the President's place ... conveyed his wish
            # to visit the country": where the traveller's side last went, not its home
            if own is None:
                subj = next((c for c in kids(sent_of(tok).root)
                             if c.dep_ in ("nsubj", "nsubjpass")), None)
                found = self._resolve_one(subj) if subj is not None else None
                own = found.actor.country if found is not None else None
            gone = self._visited_by(own)
            if gone is not None:
                return gone
        body = self.ctx.last_body
        if body is not None and body.kind in ("country", "metonym") and (
                body.actor.country != own):
            return body.actor.country
        return None

    def _visited_by(self, own: str | None) -> str | None:
        """The country of the last visit (042) the article told of ``own``'s side (of anyone
        when ``own`` is None) to another country, among its recent events; else None."""
        for ev in reversed(self.ctx.events[-20:]):
            if ev.cameo != "042" or ev.source is None or ev.target is None:
                continue
            src, dest = ev.source.country, ev.target.country
            if dest and dest != src and dest not in REGIONS and (own is None or src == own):
                return dest
        return None

    def _epithet_country(self, tok: Token) -> ResolvedActor | None:
        """"the Baltic state", "the Gulf kingdom", "the West African nation", "the island
        nation": a country told by a word for its region or kind instead of its name. Of the
        countries the word may stand for, the one named last before it in the sentence,
        else the one the article names most (never the country of the subject of a clause
        the phrase is an object in: "Vilnius protested, and Beijing punished the Baltic
        state" is not China); a word for one country ("the Jewish state") is that one."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
            return None
        of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            # "the Pacific island nation of Nauru", "the Gulf state of Qatar": the country
            # the of-phrase names (so that a later "it" finds it), not a guess by region
            named = next((c for c in kids(of) if c.dep_ == "pobj"), None)
            r = self._resolve_one(named) if named is not None and named.pos_ == "PROPN" \
                else None
            if r is None or r.kind != "country" or not r.actor.country:
                return None
            country = r.actor.country
            return ResolvedActor(Actor(self._np_text(tok), None, country, country, None,
                                       tok.idx, tok.idx + len(tok.text)), "country")
        if any(c.dep_ in ("poss", "appos", "nummod") for c in kids(tok)):
            return None  # ("Jordan's neighbouring kingdom")
        words = sorted((w for c in lefts(tok) if c.dep_ in ("amod", "compound", "nmod")
                        for w in c.subtree if w.i < tok.i and w.is_alpha), key=lambda w: w.i)
        low = [w.lower_ for w in words]
        fits: frozenset[str] | None = None
        for key in (*(" ".join(low[k:]) for k in range(len(low))), *low):
            fits = ISLAND_COUNTRIES if key == "island" else EPITHET_REGIONS.get(key)
            if fits:
                break
        if not fits:
            return None
        key = ("epithet", tok.i)
        if key in self._busy:
            return None  # ("the Baltic state's minister said": its subject holds it)
        self._busy.add(key)
        try:
            own = self._clause_subject_country(tok) if tok.dep_ not in (
                "nsubj", "nsubjpass") else None
        finally:
            self._busy.discard(key)
        before = self._sentence_countries(sent_of(tok), skip_tokens=frozenset(
            range(tok.i, sent_of(tok).end)))
        country = next((c for c in reversed(before) if c in fits and c != own), None) or next(
            (c for c in self.ctx.ranked if c in fits and c != own), None)
        if country is None and len(fits) == 1:
            country = next(iter(fits))
        if country is None:
            return None
        return ResolvedActor(Actor(self._np_text(tok), None, country, country, None, tok.idx,
                                   tok.idx + len(tok.text)), "country")

    def _other_side(self, tok: Token) -> ResolvedActor | None:
        """"Blinken urged his counterpart to ...", "Yerevan said its neighbour had violated
        the truce": a noun for the other side of its possessor, told with no nationality, is
        the one country its sentence names besides the possessor's, else the other side of
        the last event the possessor's country took part in, else the other country of the
        article's main pair (a counterpart as an official of that country)."""
        poss = next((c for c in kids(tok) if c.dep_ == "poss"), None)
        if poss is None or tok.tag_ not in ("NN", "NNP") or any(
                c.dep_ in ("amod", "compound", "nmod") for c in kids(tok) if c.i < tok.i):
            return None  # ("his Chinese counterpart": the nationality's own rules)
        key = ("other", tok.i)
        if key in self._busy:
            return None  # (its possessor's phrase holds it)
        self._busy.add(key)
        try:
            owner = self._possessor_country(tok, poss)
        finally:
            self._busy.discard(key)
        if not owner or owner in REGIONS:
            return None
        sent = sent_of(tok)
        # (not the place of the dateline: "NAIROBI - Burundi ... accused its neighbour")
        named = [c for c in self._sentence_countries(sent, skip_tokens=frozenset(
            [t.i for t in tok.subtree] + list(dateline_tokens(sent))))
            if c != owner and c not in REGIONS]
        country = other_country(self.ctx, owner, named)
        if country is None or country in REGIONS:
            return None
        sector = self._agent_sector(tok) if tok.lemma_.lower() == "counterpart" else None
        code = country + sector if sector and len(country) == 3 else country
        return ResolvedActor(Actor(self._np_text(tok), None, code, country, sector, tok.idx,
                                   tok.idx + len(tok.text)), "agent" if sector else "country")

    def _possessor_country(self, tok: Token, poss: Token) -> str | None:
        """The country of the possessor ``poss`` of ``tok``: for "its"/"their", the subject
        of the clause above that comes before it ("Yerevan said its neighbour ...")."""
        if poss.lower_ in ("its", "their"):
            for verb in tok.ancestors:
                subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")
                             and c.i < poss.i and c.pos_ in ("NOUN", "PROPN")), None)
                if verb.pos_ in ("VERB", "AUX") and subj is not None:
                    found = self._resolve_one(past_dateline(subj))
                    return found.actor.country if found is not None else None
            return None
        found = self._resolve_one(poss)
        return found.actor.country if found is not None else None

    def _own_country(self, tok: Token) -> str | None:
        """"hostile actions against his country", "her nation's interests": the country of
        the person the possessive stands for."""
        poss = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ == "PRON"
                     and c.lower_ in ("his", "her")), None)
        if poss is None or any(c.dep_ in ("amod", "compound") for c in kids(tok)):
            return None  # ("his home country", "her adopted country")
        person = self._person_pronoun(poss)
        country = person.actor.country if person is not None else None
        return country if country and country not in REGIONS else None

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
                       for c in lefts(tok)) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the")
        if not definite and not tok.text[:1].isupper():
            return None
        lemma = tok.lemma_.lower()
        found = self.ctx.by_noun.get(lemma)
        person = self._titled_person(tok)
        if person is not None and (found is None or self._last_mention(person) >= (
                found.actor.start or 0) or found.kind == "agent" and not (
                self._phrase_title_words(tok) <= set(title_words(found.actor.text or "")))):
            # "China's special envoy Li Hui ... The envoy": the person named with the title,
            # over the unnamed agent the same phrase gave, unless that came later
            found = person
        if found is None and definite and TITLE_SAME.get(lemma, lemma) == "spokesperson" and (
                self.ctx.last_body is not None and self.ctx.last_body.kind in (
                    "institution", "igo", "metonym")):
            # "The Taiwan Affairs Office announced sanctions ... The spokesperson said": the
            # spokesperson of the body the sentence before had as its subject
            found = self.ctx.last_body
        if found is None and definite and lemma in FORCE_NOUNS:
            found = self._igo_force(tok)
        if found is None:
            return None
        a = found.actor
        return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                   tok.idx, tok.idx + len(tok.text)), "coref", found.key)

    def _igo_force(self, tok: Token) -> ResolvedActor | None:
        """"the troops", "the regional force" (``tok``, with no owner or other modifier of
        its own) after "the soldiers of the East African Community": the organisation whose
        force the article named last, when that was the last force named (not a state's:
        "Kenyan troops" since make "the troops" ambiguous). None otherwise."""
        if any(c.dep_ in ("poss", "compound", "nmod", "nummod") or (
                c.dep_ == "amod" and c.lower_ not in FORCE_KIND_WORDS) or (
                c.dep_ == "det" and c.lower_ != "the") or (
                c.dep_ == "prep" and c.lower_ in ("of", "from"))
                for c in kids(tok)):
            return None
        last: ResolvedActor | None = None
        for noun in FORCE_NOUNS:
            r = self.ctx.by_noun.get(noun)
            if r is not None and r.actor.start is not None and r.actor.start < tok.idx and (
                    last is None or r.actor.start > (last.actor.start or 0)):
                last = r
        if last is None or last.actor.country is None or (
                last.actor.country in self.kb.country_codes):
            return None
        return last

    def _named_body_again(self, tok: Token) -> ResolvedActor | None:
        """"U.S. Indo-Pacific Command said ... The command said", "the Taiwan Affairs Office
        ... the office", "the European Commission ... the Commission": a bare definite noun
        that is the head of an organisation's name the article gave before (not an agent
        noun, whose own rules apply)."""
        if not (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.is_lower) and not (
                tok.pos_ == "PROPN" and tok.tag_ in ("NNP", "NNPS") and tok.is_title) or (
                self.kb_span_at(tok) is not None):
            # (a plural name's last word comes back alone too: "the Revolutionary Guards
            # ... the Guards", "the Rapid Support Forces ... the Forces")
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)) or any(
                c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in kids(tok)):
            return None  # ("the regional command", "the office of the mayor")
        if tok.tag_ == "NNP" and KIND_NOUNS.get(tok.lower_) == "country":
            # "the Kingdom" as a statement writes it: the monarchy it refers to ("The
            # Kingdom has decided to recall its ambassador"); ("the Alliance", "the Union"
            # are left to their names: a statement's own organisation need not be the one
            # named last)
            return self._kind_reference(tok)
        if self.kb.agent_sector(tok.lemma_.lower()) is not None:
            return None
        found = self.ctx.by_noun.get(tok.lemma_.lower())
        if found is None and (issuer := self._issuing_organ(tok)):
            # "Statement by the Department Spokesperson ... The Department condemns ...":
            # the organ the issuing government speaks through
            return self._agent(tok, issuer, "GOV")
        if found is None and tok.tag_ == "NNP":
            found = self._organ_told_of_body(tok) or self._organ_of_named_body(tok)
            if found is not None:
                return found
        if found is None and tok.tag_ in ("NNP", "NNPS"):
            found = self._named_by_alias_head(tok)
            if found is not None:
                return found
        if found is None and tok.lemma_.lower() in BOARD_WORDS:
            return self._board_of_body(tok)
        if found is None or found.kind not in ("institution", "media", "igo") and not (
                found.kind == "agent" and tok.lemma_.lower() in ORGAN_SECTORS):
            return None  # (an organ named as a country's: "Russia's Security Council")
        a = found.actor
        return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                   tok.idx, tok.idx + len(tok.text)), "coref", found.key)

    def _board_of_body(self, tok: Token) -> ResolvedActor | None:
        """(actors29) "the IAEA ... after the Board passed a resolution", "the IMF ... before
        the board met": the governing board of the international organisation the article
        named last before it (its members' body acts for it); None when it named none."""
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i or span.root.pos_ == "ADJ" or span.root.dep_ == "amod":
                continue  # (a region's word: "Western diplomats")
            e = next((x for x in self._entries(span) if x.kind == "igo"), None)
            if e is None:
                continue
            a = self._from_entry(e, span).actor
            return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                       tok.idx, tok.idx + len(tok.text)), "coref", e.key)
        return None

    def _named_by_alias_head(self, tok: Token) -> ResolvedActor | None:
        """"the Islamic Revolutionary Guard Corps seized ... The Guards said", "the Liberation
        Tigers of Tamil Eelam ... the Tigers": a capitalised bare word that ends another name
        of an organisation or armed group the article named before ("Revolutionary Guards",
        "Tamil Tigers") is that one (the one named last)."""
        word = tok.lower_
        forms = {word, word + "s", word[:-1] if word.endswith("s") else word}
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            for e in self._entries(span):
                if e.kind != "institution":
                    continue
                if any(len(parts := a.split()) > 1 and parts[-1][:1].isupper() and (
                        parts[-1].lower() in forms) for a in (e.name, *e.aliases)):
                    r = self._from_entry(e, span)
                    a = r.actor
                    return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                               a.sector, tok.idx, tok.idx + len(tok.text)),
                                         "coref", r.key)
        return None

    def _organ_told_of_body(self, tok: Token) -> ResolvedActor | None:
        """"The Council of the Arab League decided ... the Council imposed": a capitalised
        bare organ word the article gave before as "the <word> of <organisation>" is that
        organisation (the organisation named last so, not another body with the word in its
        name)."""
        doc = tok.doc
        for span in reversed(doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            prep = span.root.head
            if span.root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i or (
                    prep.head.lower_ != tok.lower_) or prep.head.i >= span.start:
                continue
            found = next((e for e in self._entries(span) if e.kind == "igo"), None)
            if found is None:
                continue
            r = self._from_entry(found, span, tok.text)
            a = r.actor
            return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country, a.sector,
                                       tok.idx, tok.idx + len(tok.text)), "coref", r.key)
        return None

    def _organ_of_named_body(self, tok: Token) -> ResolvedActor | None:
        """"the European Union ... the Commission said", "Commission President Ursula von der
        Leyen ... the Commission", "the UN chief ... the Council": a capitalised bare organ
        word no body of the article was named with is the organ of that name of the
        international organisation named last before it (one whose own people or organs
        count: a person holding its office gives it too)."""
        organs = organ_heads(self.kb).get(tok.lower_)
        if not organs:
            return None
        for span in reversed(tok.doc.spans.get("actors", [])):
            if span.end > tok.i:
                continue
            for e in self._entries(span):
                country = self._entry_country(e)
                organ = organs.get(country or "")
                if organ is None:
                    continue
                return ResolvedActor(Actor(self._np_text(tok), organ.name, organ.code,
                                           organ.country, organ.sector, tok.idx,
                                           tok.idx + len(tok.text)), "coref", organ.key)
        return None

    def _last_mention(self, r: ResolvedActor) -> int:
        """Where the article last named the person ``r`` (a character offset)."""
        return max((p.actor.start or 0 for p in self.ctx.people.values() if p.key == r.key),
                   default=r.actor.start or 0)

    def _phrase_title_words(self, tok: Token) -> set[str]:
        """The words of the title phrase headed by ``tok`` that narrow the office ("the
        President of the Republic": president, republic), less nationalities and noise."""
        return {x for w in _title_phrase(tok) if not self._nation_word(w.text)
                for x in title_words(w.text) if x not in TITLE_NOISE}

    def _titled_person(self, tok: Token) -> ResolvedActor | None:
        """"the Foreign Secretary", "the prime minister", "the spokesman": the person
        introduced earlier whom the article gave that title, or whose office on the article's
        date the knowledge base names so. When several fit, the one of the nationality the
        phrase gives; then not one named elsewhere in the sentence ("In talks with Wang Yi,
        the foreign minister ..."), nor of the country of the clause's subject when the
        phrase is an object ("Blinken met the foreign minister"); then the first introduced
        (the story's principal), the article's own titles before the knowledge base's."""
        head = TITLE_SAME.get(tok.lemma_.lower(), tok.lemma_.lower())
        if not (self.kb.title_sector(tok.text) or head in PERSON_NOUNS or (
                self.compound_title(tok))):
            return None  # a person's title, not a body ("the ministry")
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ in (
                "NOUN", "PROPN") and (self.kb.title_sector(tok.head.text) or (
                tok.head.lemma_.lower() in PERSON_NOUNS)):
            # "General" of "General Secretary of the Communist Party of Vietnam ...": a
            # word of a longer title, whose head says whose it is (not the General
            # Secretary named before, of another party)
            return None
        mods: set[str] = set()
        country: str | None = None
        for c in kids(tok):
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
            elif c.dep_ == "poss" and c.lower_ == "its" and c.pos_ == "PRON" and (
                    tok.dep_ in ("nsubj", "nsubjpass")):
                # "Its foreign minister said": the office holder of the state "its" is (an
                # object, "named X as its ambassador to China", is left as it was)
                country = self._its_owner(c) or country
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
        first: dict[str, int] = {}
        for r in self.ctx.people.values():
            if r.key:
                people.setdefault(r.key, r)
                at = r.actor.start if r.actor.start is not None else len(doc_text(tok.doc))
                first[r.key] = min(first.get(r.key, at), at)
        # in the order the text introduced them (not the order they were resolved in: a
        # host named in a clause may be resolved before the subject of the sentence)
        people = dict(sorted(people.items(), key=lambda kv: first[kv[0]]))
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
        if not fits and mods & STATE_FORMS:
            # "the President of the Republic" in an article that titled no one so: the one
            # it calls president ("of the Republic" names the form of the state)
            bare = mods - STATE_FORMS
            fits = [r for key, r in people.items() if (not country or (
                r.actor.country == country)) and (title_fits(
                    self.ctx.titles_seen.get(key, set()), head, bare) or (
                    (entry := self.kb.get(key)) is not None and any(
                        title_fits(title_words(t), head, bare)
                        for t in self.kb.titles_on(entry, self.ctx.published))))]
        if not fits and mods & TITLE_RANKS:
            # "the Senior General" after "Senior General Min Aung Hlaing, commander-in-chief
            # of ...": the article's words of two titles of one person are one set, so the
            # "chief" of the other keeps the rank test from passing; a phrase with a rank of
            # its own that only one person was given fits that one
            loose = [r for key, r in people.items() if (not country or (
                r.actor.country == country)) and head in self.ctx.titles_seen.get(key, ()) and (
                mods <= self.ctx.titles_seen.get(key, set()))]
            fits = loose if len(loose) == 1 else []
        if not fits and head in MONARCH_TITLES and not mods:
            fits = self._sole_monarch(tok, head, country)
        if len(fits) > 1:
            named = {self.ctx.people[t.text].key for t in sent_of(tok)
                     if t.i != tok.i and t.pos_ == "PROPN" and t.text in self.ctx.people}
            fits = [r for r in fits if r.key not in named] or fits
        if len(fits) > 1 and tok.dep_ not in ("nsubj", "nsubjpass"):
            other = self._clause_subject_country(tok)
            fits = [r for r in fits if r.actor.country != other] or fits
        if len(fits) > 1 and tok.dep_ == "nsubj":
            # "The Minister thanked both delegations": not a member of the parties the
            # clause acts on (the host, not one of the two ministers it received)
            acted_on = self._objects_of_subject(tok)
            fits = [r for r in fits if r.actor.country not in acted_on] or fits
        return fits[0] if fits else None

    def _sole_monarch(self, tok: Token, head: str, country: str | None
                      ) -> list[ResolvedActor]:
        """"the king" in a story that named no king: the one monarch of that title who
        reigns, on the article's date, over one of the article's main countries (none when
        two of them have one: a Spanish minister received by "the king" in Rabat)."""
        main = [country] if country else self.ctx.ranked[:3]
        found: dict[str, KBEntry] = {}
        for c, e in monarchs(self.kb).get(head, []):
            if c not in main:
                continue
            held, _sector, _code = self.kb.code_at(e, self.ctx.published)
            if held == c and head in {w for t in self.kb.titles_on(e, self.ctx.published)
                                      for w in title_words(t)}:
                found.setdefault(c, e)
        if len(found) != 1:
            return []
        (c, e), = found.items()
        _held, sector, code = self.kb.code_at(e, self.ctx.published)
        return [ResolvedActor(Actor(self._np_text(tok), e.name, code, c, sector, tok.idx,
                                    tok.idx + len(tok.text)), "person", e.key)]

    def _objects_of_subject(self, tok: Token) -> set[str]:
        """The countries of a group phrase ("both delegations", "the two sides") that is the
        direct object of the verb a subject ``tok`` governs, read as its members."""
        key = ("objects", tok.i)
        if key in self._busy:
            return set()
        self._busy.add(key)
        try:
            out: set[str] = set()
            for o in kids(tok.head):
                if o.dep_ == "dobj" and o.tag_ == "NNS" and any(
                        c.dep_ in ("det", "nummod") and c.lower_ in GROUP_DETS for c in kids(o)):
                    out.update(a.actor.country for a in self.resolve(o, follow=False)
                               if a.actor.country)
        finally:
            self._busy.discard(key)
        return out

    def compound_title(self, tok: Token) -> str | None:
        """The sector of a title whose head word alone is none, told with the word before it
        ("the Crown Prince", "the Senior General")."""
        i = tok.i
        if i == 0:
            return None
        prev = doc_tokens(tok.doc)[i - 1]
        if prev.dep_ != "compound" or prev.head.i != i:
            return None
        return self.kb.title_sector(f"{prev.text} {tok.text}")

    def _clause_subject_country(self, tok: Token) -> str | None:
        """The country of the subject of the clause ``tok`` is an object in."""
        head = tok
        for _ in range(6):
            if head.head.i == head.i:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")),
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

    def _learn_gender(self, key: str, g: str) -> None:
        old = self.ctx.gender.get(key)
        self.ctx.gender[key] = g if old in (None, g) else "?"

    def _note_genders(self, sent: Span, prev_subject: ResolvedActor | None,
                      prev_named: set[str]) -> None:
        """Learn the gender of the people a sentence names: from a word before the name or
        a noun in apposition ("Ms", "Queen", "First Lady", "the leader's sister"), and from a
        "she"/"he" whose person is sure (the one person its sentence named before it, or with
        none named, the subject of a sentence that named no one else)."""
        toks = doc_tokens(sent.doc)
        named: dict[int, str] = {}
        spans: list[tuple[Span, str]] = []
        for span in self.spans_in(sent):
            e = self._choose(self._entries(span), span.root)
            if e is not None and e.kind == "person" and e.key:
                spans.append((span, e.key))
        for span in self.people_in(sent):
            # a name the knowledge base does not know, as the article bound it (the whole
            # name: "Mrs. Jane Roe" is not the "Roe" named before)
            r = self.ctx.people.get(span.text)
            at = span.root.i if r is not None and r.key else -1
            if r is not None and r.key and not any(sp.start <= at < sp.end for sp, _k in spans):
                spans.append((span, r.key))
        for span, key in spans:
            root = span.root
            named[root.i] = key
            start = span.start
            words = [w for t in toks[start:span.end - 1] if (
                w := t.lower_.rstrip(".")) not in NAME_HONORIFICS]  # (the name but its last)
            j = start - 1
            while j >= sent.start and start - j <= 3 and toks[j].text[:1].isupper():
                words.append(toks[j].lower_.rstrip("."))
                j -= 1
            words += [t.lemma_.lower() for t in (
                [root.head] if root.dep_ == "appos" else []) + [
                c for c in kids(root) if c.dep_ == "appos"] if t.pos_ == "NOUN"]
            g = next((GENDER_WORDS[w] for w in words if w in GENDER_WORDS), None)
            if g is not None:
                self._learn_gender(key, g)
        keys = set(named.values())

        def told_by_office() -> list[int]:
            # a person told by office alone ("Blinken met Japan's foreign minister. She ..."):
            # the pronoun may be that one, so it teaches nothing of the named
            in_names = {i for sp, _k in spans for i in range(sp.start, sp.end)}
            return [t.i for t in view.with_pos("NOUN", "PROPN") if t.i not in in_names
                    and self._person_title(t) and (
                t.dep_ not in ("compound", "amod", "appos")) and not any(
                c.dep_ == "appos" or c.i in in_names for c in kids(t))]

        unnamed: list[int] | None = None  # (read only when a pronoun or one name asks)
        view = sentence_words(sent)
        # (most sentences hold no gendered pronoun: the walk is skipped)
        rows = zip(view.tokens, view.lowers, view.pos, view.deps, strict=True) if (
            not view.words.isdisjoint(PRONOUN_GENDER)) else ()
        for t, low, pos, dep in rows:
            g = PRONOUN_GENDER.get(low)
            if g is None or pos != "PRON" or dep not in ("nsubj", "nsubjpass", "poss"):
                continue
            before = {k for i, k in named.items() if i < t.i}
            unnamed = told_by_office()
            if any(i < t.i for i in unnamed):
                pass
            elif before and len(keys) == 1:
                self._learn_gender(next(iter(keys)), g)
            elif not before and prev_subject is not None and prev_subject.key and (
                    prev_named == {prev_subject.key}):
                self._learn_gender(prev_subject.key, g)
            break  # (a later pronoun may be another person)
        # (the next sentence asks whether this one named exactly one person: with no name or
        # with several, whether someone was told by office changes nothing)
        if unnamed is None and len(keys) == 1:
            unnamed = told_by_office()
        self.ctx.named_last = keys | ({"<unnamed>"} if unnamed else set())

    def _national_title(self, tok: Token) -> str | None:
        """The country of an office no other country has ("the Home Secretary", "the Chief
        Cabinet Secretary"), told with no nationality, when the article names that country
        (not "the Home Secretary" of a country the story is not about)."""
        its = next((c for c in kids(tok) if c.dep_ == "poss" and c.lower_ == "its" and (
            c.pos_ == "PRON")), None)
        if its is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Egypt hosted talks. Its foreign minister said ...", "Egypt recalled its
            # ambassador": the office of the state "its" stands for (a state only: "the
            # bank and its governor" is the bank's)
            owner = self._its_owner(its)
            return owner if owner and len(owner) == 3 and self.kb.title_sector(
                tok.text) else None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)) or any(
                c.dep_ in ("poss", "nmod") for c in kids(tok)):
            return None
        words = _title_phrase(tok)
        title = " ".join(title_words(" ".join(w.text for w in sorted(words, key=lambda w: w.i)
                                              if w.lower_ != "the")))
        country = national_titles(self.kb).get(title)
        if country is None or country not in self.ctx.ranked:
            return self._office_of_last_subject(tok, title, words)
        return country

    def _office_of_last_subject(self, tok: Token, title: str, words: list[Token]) -> str | None:
        """"Hungary blocked the aid package. The prime minister accused Brussels of
        blackmail.": a bare office of state that no one in the article was given is the
        office of the country the sentence before had as its subject, when that country
        has such an office in the knowledge base and is not the other party of the clause.
        """
        if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or any(
                self._nation_word(w.text) or (w.pos_ == "PROPN" and w.i != tok.i)
                for w in words) or self.kb.title_sector(title) != "GOV":
            return None
        body = self.ctx.last_body
        if body is None or body.kind not in ("country", "metonym") or not body.actor.country:
            return None
        country = body.actor.country
        if country not in country_offices(self.kb).get(title, ()) or (
                country in self._clause_objects(tok)):
            return None
        return country

    def _titled_in_focus(self, tok: Token, words: list[Token]) -> str | None:
        """"Pakistan shut its border crossings. Interior Minister Jane Roe accused Kabul of
        ...": a name the knowledge base lacks, given an office of state with no nationality,
        as the subject of its clause: the holder of that office in the country the sentence
        before had as its subject, when that country has such an office in the knowledge
        base and is not the other party of the clause."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not words:
            return None
        body = self.ctx.last_body
        if body is None or body.kind not in ("country", "metonym") or not body.actor.country:
            return None
        ordered = sorted(words, key=lambda w: w.i)
        offices = country_offices(self.kb)
        title = None
        for k in range(len(ordered), 0, -1):  # (less the given names after the title)
            words_k = " ".join(title_words(" ".join(w.text for w in ordered[:k])))
            if words_k in offices or _cabinet_title(words_k) and (
                    self.kb.title_sector(words_k) == "GOV"):
                title = words_k
                break
        if title is None or self.kb.title_sector(title) != "GOV":
            return None
        country = body.actor.country
        if country in self._clause_objects(tok) or not (
                country in offices.get(title, ()) or _cabinet_title(title)
                or len(offices.get(title, ())) >= GENERIC_OFFICE_COUNTRIES):
            # (an office only some states have, "Secretary of State", "Chief Executive",
            # is that country's only where the knowledge base knows it there)
            return None
        return country

    def _note_told_agents(self, sent: Span) -> None:
        """Remember the agents a sentence tells with whose they are ("a senior American
        delegation left", "the junta's spokesman read it out") even when no event of the
        sentence took them as a party: "the delegation", "the spokesman" later are those."""
        view = sentence_words(sent)
        for t, pos, dep in zip(view.tokens, view.pos, view.deps, strict=True):
            if pos != "NOUN" or dep in ("compound", "amod") or not any(
                    c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in (
                        "amod", "compound", "nmod") and c.pos_ in ("ADJ", "PROPN")
                    for c in lefts(t)):
                continue  # (whose: a name, a nationality or an owner before the noun)
            if self.kb_span_at(t) is not None or self._agent_sector(t) != "GOV":
                continue  # (troops, vessels and police are told as the parties they are)
            self._resolve_one(t)

    def _honorific_holder(self, tok: Token) -> ResolvedActor | None:
        """(actors29) "His Majesty was received by ...", "Her Highness met ...": a courtly
        form of address standing alone for the person it addresses, the ruler the article
        named last with that form or with a title it is used for (a king, queen, sultan or
        emperor for "Majesty"; an emir, prince or sheikh for "Highness"); for "Majesty"
        with no such person named, the one monarch reigning over one of the article's main
        countries. None for a form written before a name ("His Majesty King X": the name
        is the actor) or with another owner ("the king's")."""
        lemma = tok.lemma_.lower()
        titles = HONORIFIC_TITLES.get(lemma)
        if titles is None or tok.dep_ == "compound" or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kids(tok)):
            return None
        named = [c for c in kids(tok) if c.dep_ in ("compound", "appos", "flat") and (
            c.pos_ == "PROPN")]
        if named:
            # "His Majesty The King received ...": the title after the form says who
            title = named[0]
            if len(named) == 1 and title.lower_ in titles and not any(
                    c.pos_ == "PROPN" for c in kids(title)):
                return self._resolve_one(title)
            return None
        people = list(self.ctx.recent_people)
        seen_keys = {r.key for r in people}
        people += [r for r in self.ctx.people.values() if r.key and r.key not in seen_keys
                   and r.actor.start is not None and r.actor.start < tok.idx]
        for r in people:
            if not r.key or r.actor.start is None or r.actor.start >= tok.idx:
                continue
            words = set(self.ctx.titles_seen.get(r.key, set()))
            entry = self.kb.get(r.key)
            if entry is not None:
                words.update(w for t in self.kb.titles_on(entry, self.ctx.published)
                             for w in title_words(t))
            if lemma in words or words & titles:
                a = r.actor
                return ResolvedActor(Actor(self._np_text(tok), a.name, a.code, a.country,
                                           a.sector, tok.idx, tok.idx + len(tok.text)),
                                     "coref", r.key)
        if lemma != "majesty":
            return None
        for head in sorted(MONARCH_TITLES):
            found = self._sole_monarch(tok, head, None)
            if found:
                return found[0]
        return None


def _in_side_clause(t: Token, tok: Token) -> bool:
    """Whether ``t`` sits in a relative clause that does not hold ``tok``."""
    for a in (t, *t.ancestors):
        if a.dep_ == "relcl":
            return not (a.left_edge.i <= tok.i <= a.right_edge.i)
    return False


#: verbs telling a leader or government removed by force (for :meth:`_toppled_country`)
_TOPPLE_VERBS = frozenset({"overthrow", "oust", "depose", "topple", "unseat"})


def _main_clause_pronoun(tok: Token) -> bool:
    """Whether the pronoun ``tok`` is in its sentence's main clause or in one joined or
    adverbial to it ("..., and they agreed", "since they met"), not in a clause that is an
    object, a complement or a relative clause of another ("condemned what they called")."""
    t = tok.head
    if tok.dep_ in ("poss", "pobj"):
        t = t.head
    for _ in range(12):
        if t.head.i == t.i:
            return True
        if t.dep_ not in ("advcl", "conj"):
            return False
        t = t.head
    return False


def _is_dateline(tok: Token) -> bool:
    """Whether ``tok`` is a city in capitals opening its sentence (a dateline)."""
    return tok.i - sent_of(tok).start <= 1 and tok.is_upper and len(tok.text) >= 3


def _comma_dateline(tok: Token) -> bool:
    """Whether ``tok`` is a dateline city in capitals followed by its comma ("LIMA, May 3
    - ..."), not a body in capitals that opens its sentence ("NATO said it ...")."""
    return _is_dateline(tok) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


def _dateline_appos(subj: Token) -> Token:
    """The true subject of a sentence that opens with a dateline the parser took for its
    subject ("NIAMEY, Jan 28 - The governments of Mali and Niger said ..."): the noun in
    apposition to the city in capitals, common or proper; else ``subj`` itself."""
    if not _is_dateline(subj):
        return subj
    return next((c for c in kids(subj) if c.dep_ == "appos" and c.pos_ in (
        "NOUN", "PROPN")), subj)


def _title_phrase(tok: Token) -> list[Token]:
    """The words of the title phrase headed by ``tok``: its compound and adjective words
    before it, itself, and an "of"/"for" phrase naming something ("the Secretary of State",
    "the Minister for Foreign Affairs")."""
    words = [w for c in lefts(tok) if c.dep_ in ("compound", "amod")
             for w in c.subtree if w.i < tok.i] + [tok]
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
                g.dep_ == "pobj" and g.text[:1].isupper() for g in kids(c)):
            words += list(c.subtree)
    return words


# verbs of a name given in a participle: "the group, known as X", "a movement called X"
NAMING_VERBS = frozenset({"know", "call", "name", "dub"})
# (actors29) the governing board of an international organisation, told bare once the
# organisation is named ("the Board of Governors" of the IAEA, the IMF's executive board)
BOARD_WORDS = frozenset({"board"})
# (actors29) courtly forms of address that stand alone for a ruler, each with the titles of
# the rulers it is used for ("His Majesty" for a king or sultan, "His Highness" for an emir)
HONORIFIC_TITLES = {"majesty": MONARCH_TITLES,
                    "highness": frozenset({"emir", "amir", "prince", "princess", "sheikh",
                                           "sheikha", "crown"})}


def _governing_subjects(tok: Token) -> frozenset[int]:
    """The tokens of the subjects of the verbs above ``tok`` in its sentence: "The DRC and
    UN experts accused Rwanda of backing the group" (a definite noun in a clause is not its
    own clause's subject)."""
    out: set[int] = set()
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            for c in kids(cur):
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i:
                    out.update(t.i for t in c.subtree)
    return frozenset(out)


def _clause_they(poss: Token) -> Token | None:
    """The subject "they" of the clause whose object or phrase the possessive "their"
    ``poss`` is in ("that they would keep their sanctions in place"), else None."""
    noun = poss.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in kids(verb) if c.dep_ == "nsubj" and c.lower_ == "they"), None)
