"""Event coding over dependency parses: who did what to whom.

For every token whose lemma has a pattern in the lexicon (``coding/data/patterns.yaml``) we
find the arguments in the parse:

* source: the subject, climbing through open complements ("agreed to resume"), conjoined
  verbs ("met ... and discussed"), relative and participial clauses ("officials who visited",
  "officials visiting China"); for nouns the possessor or a ``by`` phrase;
* target: the slots the pattern names (direct object, a preposition's object attached to the
  trigger or to its object noun, ``between`` A and B);
* passive voice: the passive subject is the target and the ``by`` agent the source;
* coordination on either side gives one event per pair;
* reciprocal predicates with a plural or coordinated subject ("Biden and Xi met", "the two
  leaders held talks") give one event between the two.

Each event then gets its status (``nlp.status``), date (``resolve.dates``), place
(``resolve.places``), Goldstein value and quad class (codebook), evidence offsets and the rule.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import ActorKB
from detente.coding.codebook import Codebook
from detente.coding.patterns import Lexicon, Pattern
from detente.model import (
    Actor,
    Article,
    Attribution,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
    Location,
    Plover,
    Status,
    period_start,
)
from detente.nlp.actors import REGIONS as REGION_CODES
from detente.nlp.actors import ActorResolver, ResolvedActor, fit_group
from detente.nlp.clauses import (
    OBJ_DEPS,
    RETORT_PREPS,
    TRAVEL_NOUNS,
    Gap,
    adjectival_passive,
    agreement_noun,
    agreement_parties,
    brought_together,
    child,
    clause_text,
    condition_subject,
    deed_doer,
    direct_object,
    free_relative_object,
    gapped_clauses,
    host_of,
    in_venue,
    is_passive,
    own_clause,
    passive_subject,
    retort,
    speaker_of_coordinated_act,
    stray_that_clauses,
    under_mediator,
)
from detente.nlp.frames import (
    CALL_PATTERN,
    MEASURE_HEADS,
    READOUT_ROOTS,
    SAID_ROOTS,
    frame_parties,
    frame_partner,
    listed_group,
    listed_members,
    phone_call,
    purpose_partner,
    readout_partner,
    relative_head,
    topical,
)
from detente.nlp.place_targets import PLACE_TARGET_ROOTS, place_actor, place_target
from detente.nlp.rules import (
    COOPERATION_WORDS,
    CROWD_WORDS,
    DIRECTED_ROOTS,
    FORCE_ROOTS,
    IMPORTANCE_NOUNS,
    INTENT_BY_ROOT,
    INTENT_CUES,
    INTENT_NOUNS,
    INTENT_VERBS,
    MEETING_NOUN_CODES,
    MEETING_WORDS,
    MODALS,
    OBJECT_OF_VERBS,
    PLACE_NOUNS,
    REL_PRONOUNS,
    REPORTED_INTENT_ROOTS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    SAME_DAY,
    SPOKEN_ROOTS,
    STATE_SECTORS,
    SUBJ_DEPS,
    SUBJECT_CONTROL,
    UNDERGOING_VERBS,
    Frame,
    Trigger,
    actorlike,
    alleged_by,
    answered_for,
    at_scene,
    ends_after,
    evaluation_words,
    event_noun_table,
    fallback_target,
    governing_clause_text,
    governing_verb_negated,
    intent_code,
    intent_verb_of,
    last_named_day,
    meeting_code,
    named_in,
    nearest_subject,
    nominal_gerund,
    noun_phrase,
    np_span,
    prep_obj,
    shift_day,
    tense_of,
    toll_of,
)
from detente.nlp.status import decide
from detente.resolve.dates import find_dateline
from detente.resolve.event_dates import trigger_date
from detente.resolve.event_places import event_place, place_of
from detente.resolve.places import Gazetteer

log = logging.getLogger(__name__)


class EventExtractor:
    """Turns a parsed article into events. One instance per process; cheap per article."""

    def __init__(self, kb: ActorKB, codebook: Codebook, lexicon: Lexicon,
                 gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.codebook = codebook
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self._sentence_triggers: list[Trigger] = []  # the sentence being coded

    # -- article ---------------------------------------------------------------------------
    def extract(self, doc: Doc, article: Article) -> list[Event]:
        resolver = ActorResolver(self.kb, article.published)
        resolver.prime(doc)
        _dl_date, dateline = find_dateline(doc.text[:300], article.published)
        dateline_place = self._dateline_place(dateline)
        events: list[Event] = []
        seen: set[str] = set()
        # where the story's meetings take place: "During the visit, she also met ..." happens
        # where the visit was said to be
        scene: list[tuple[frozenset[str | None], Location, EventDate]] = []
        last_day: EventDate | None = None
        told_day: EventDate | None = None
        for sent in doc.sents:
            if self._skipped(sent, article):
                continue
            anaphor = SAME_DAY.search(sent.text)
            for ev in self.sentence_events(sent, article, resolver, dateline_place):
                if ev.event_id in seen:
                    continue
                seen.add(ev.event_id)
                if (anaphor and last_day is not None and ev.date.precision in (
                        DatePrecision.PUBLICATION, DatePrecision.UNKNOWN)):
                    # "the same day", "the next day": the day the story last named
                    ev = replace(ev, date=shift_day(last_day, anaphor.group(0)))
                pair = frozenset((ev.source.country if ev.source else None,
                                  ev.target.country if ev.target else None))
                if ev.location is not None and ev.root == "04":
                    scene.append((pair, ev.location, ev.date))
                elif ev.location is None and ev.source is not None and ev.root in SPOKEN_ROOTS \
                        and ev.status not in (Status.UNCERTAIN, Status.HYPOTHETICAL):
                    # what a party said or did at the latest meeting it was at, that day or,
                    # undated, in the week the story is told (not at last year's summit); an
                    # act that is only alleged or supposed has no scene, nor has force
                    for met, loc, when in reversed(scene):
                        if ev.source.country in met and at_scene(ev.date, when,
                                                                  article.published):
                            ev = replace(ev, location=loc)
                            ev = self._refine_meeting(ev)
                            break
                events.append(ev)
                resolver.note_event(ev)
                if ev.date.precision == DatePrecision.DAY:
                    told_day = ev.date
            # "hours later", "the next day": counted from the day of the last event the story
            # told; a day named with no event ("the parade would go ahead on May 9") counts
            # only before any event has a day
            last_day = told_day or last_day or last_named_day(sent.text, article.published)
            told_day = None
            resolver.note_sentence(sent)
        return events

    def _refine_meeting(self, ev: Event) -> Event:
        """A meeting (040) that took place where the story's visit was: in the host's
        country (042), the guest's (043), or elsewhere (044)."""
        loc = ev.location
        if ev.cameo != "040" or not (ev.rule or "").startswith("consult.") or loc is None or (
                ev.source is None or ev.target is None):
            return ev
        code = meeting_code(loc.country, ev.source.country, ev.target.country)
        if code is None:
            return ev
        info = self.codebook.get(code)
        return replace(ev, cameo=code, label=info.label, goldstein=info.goldstein,
                       quad_class=info.quad_class, plover=Plover(
                           info.plover_type, info.plover_mode) if info.plover_type else None)

    def _dateline_place(self, dateline: str | None) -> str | None:
        """"NUSA DUA, Indonesia, Nov 14 (Wire) --" -> the place's name as the gazetteer
        knows it ("Nusa Dua"), or None."""
        if not dateline:
            return None
        parts = [p.strip(" -—–") for p in dateline.split(",")]
        for p in parts[:2]:
            name = p.title() if p.isupper() else p
            if name and self.gazetteer.lookup(name) is not None:
                return name
        return None

    @staticmethod
    def _skipped(sent: Span, article: Article) -> bool:
        for a, b in article.skip_spans:
            if sent.start_char < b and a < sent.end_char and (
                    min(b, sent.end_char) - max(a, sent.start_char)) > 0.5 * len(sent.text):
                return True
        return False

    # -- triggers ----------------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[Trigger]:
        found: list[Trigger] = []
        light_objects: set[int] = set()
        for tok in sent:
            pos = tok.pos_
            if pos == "AUX" and tok.lemma_ in ("have", "hold"):
                pos = "VERB"
            if pos == "PROPN" and tok.tag_ in ("NN", "NNS"):
                pos = "NOUN"
            if pos == "VERB" and nominal_gerund(tok):
                pos = "NOUN"  # "Russian shelling of Kherson killed ...", parsed as a verb
            if pos not in ("VERB", "NOUN", "ADJ"):
                continue
            if pos == "VERB" and retort(tok) and not self._fighters(tok) and (
                    aim := prep_obj(tok, RETORT_PREPS)) is not None and (
                    actorlike(aim) or self.kb.agent_sector(aim.lemma_.lower())):
                # "Tehran hit back at London", "fired back at NATO": words, not blows (the
                # parser makes "back" an adverb, so no particle pattern can tell them); aimed
                # at someone ("pushed back against aggression" is a policy, not a retort)
                found.append(Trigger(tok, Pattern(
                    id="disapprove.retort", head=tok.lemma_.lower(), pos="VERB", cameo="111",
                    target=RETORT_PREPS), None))
                continue
            cands = self.lexicon.candidates(tok.lemma_.lower(), pos)
            if not cands and pos == "NOUN" and tok.tag_ == "VBG":
                cands = self.lexicon.candidates(tok.lower_, pos)
            if not cands and pos == "NOUN" and tok.lower_.endswith("s"):
                cands = self.lexicon.candidates(tok.lower_, pos)
            if not cands and pos == "VERB" and tok.tag_ == "VBN" and adjectival_passive(tok):
                # "she was troubled by the actions": the parser's passive is the adjective
                cands = self.lexicon.candidates(tok.lower_, "ADJ")
            for pat in cands:
                obj = self._match(tok, pat)
                if obj is False:
                    continue
                found.append(Trigger(tok, pat, obj if isinstance(obj, Token) else None))
                if isinstance(obj, Token) and not (
                        "between" in pat.target and prep_obj(obj, ("between", "among"))):
                    # ("hosted talks between Israel and Hamas": the talks are the two
                    # parties' own event, the hosting is the host's)
                    light_objects.add(obj.i)
                break
        fired = {t.token.i for t in found}
        # agreements first, so that "said they agreed to ..." is the agreement, not speech
        for tok in sent:
            if tok.i not in fired and tok.pos_ == "VERB":
                found += [Trigger(tok, pat, None) for pat in self._agreements(tok, fired)]
        fired = {t.token.i for t in found}
        for tok in sent:
            if tok.i in fired or tok.pos_ != "VERB":
                continue
            pat = phone_call(tok) or self._evaluative(tok, fired)
            if pat is not None:
                found.append(Trigger(tok, pat, None))
        # a noun that is the object of a light verb that fired is not a second event, nor
        # is an agreement whose infinitive fired ("the agreement to restore talks" is the
        # intent to restore them)
        agreed = {n.i for t in found if (n := agreement_noun(t.token)) is not None}
        force = {t.token.i for t in found if t.pattern.cameo[:2] in FORCE_ROOTS}
        return [t for t in found if t.token.i not in light_objects and t.token.i not in agreed
                and not toll_of(t, force)]

    def _fighters(self, verb: Token) -> bool:
        """Whether the subject of ``verb`` is a fighting force ("troops fired back at the
        attackers"), whose retort is force, not words."""
        subj = self._subject(verb)
        return subj is not None and self.kb.agent_sector(subj.lemma_.lower()) in (
            "MIL", "REB", "COP")

    def _agreements(self, tok: Token, fired: set[int]) -> list[Pattern]:
        """"The two sides agreed to set up a working group": an expression of intent between
        the parties even when what they agreed on has no pattern of its own; "agreed to aim
        for more trade and to continue the dialogue" are two (one per infinitive)."""
        if tok.lemma_.lower() not in INTENT_VERBS:
            return []
        comp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
        if comp is None:
            # "agreed to a truce", "agreed to talks": the noun agreed to
            comp = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if comp is None:
            return []
        comps = [comp] + [c for c in comp.conjuncts if c.i > comp.i and c.pos_ == "VERB"
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        out: list[Pattern] = []
        for i, c in enumerate(comps):
            if c.i in fired and c.pos_ != "NOUN":
                continue
            later = {t.i for d in comps[i + 1:] for t in d.subtree}
            words = {t.lemma_.lower() for t in c.subtree if t.i not in later}
            if words & MEETING_WORDS:
                code = "036"
            elif words & COOPERATION_WORDS:
                code = "031"
            else:
                code = "030"
            if i and c.i not in fired and (not words & (MEETING_WORDS | COOPERATION_WORDS)
                                           or any(p.cameo == code for p in out)):
                continue  # a second infinitive says more only when it names a field
            out.append(Pattern(id="intent.agree_to", head=tok.lemma_.lower(), pos="VERB",
                               cameo=code, target=("with",), reciprocal=True))
        return out

    def _evaluative(self, tok: Token, fired: set[int] = frozenset()) -> Pattern | None:
        """Reported speech that evaluates: "Mao said Biden's remarks were absurd" (111),
        "described the talks as constructive" (051)."""
        ev = evaluation_words()
        if tok.lemma_.lower() not in ev["reporting_verbs"]:
            return None
        comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd", "prep",
                                                          "dobj", "advcl")
                 and not (c.dep_ == "prep" and c.lower_ not in ("as",))]
        stray = stray_that_clauses(tok)
        comps += stray
        # only words in predicate position judge something: "the remarks are absurd",
        # "described it as hysterical", "called Xi a dictator" (not "the threat of ...")
        words: set[str] = set()
        for c in comps:
            for t in c.subtree:
                if t.dep_ in ("acomp", "attr", "oprd", "ROOT", "conj", "ccomp") or (
                        t.dep_ in ("pobj", "amod", "advmod") and t.head.lower_ == "as") or (
                        t.dep_ == "amod" and t.head.dep_ in ("attr", "oprd", "pobj")
                        and t.head.head.lower_ in ("as", "be", "is", "are", "was", "were")):
                    words |= {t.lemma_.lower(), t.lower_}
        if words & ev["negative"]:
            return Pattern(id="disapprove.evaluative_speech", head=tok.lemma_.lower(),
                           pos="VERB", cameo="111", target=("complement",))
        if words & ev["positive"]:
            return Pattern(id="diplo.evaluative_speech", head=tok.lemma_.lower(), pos="VERB",
                           cameo="051", target=("complement",))
        # a reported clause that holds an event of its own is coded as that event
        clauses = [c for c in comps if (c.dep_ == "ccomp" or c in stray)
                   and not any(t.i in fired for t in c.subtree)]
        for c in clauses:
            # "said Washington should stop interfering": what someone else should do is an
            # appeal to them (020)
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and any(
                    g.dep_ == "aux" and g.lower_ in ("should", "must", "ought")
                    for g in c.children):
                return Pattern(id="appeal.reported_should", head=tok.lemma_.lower(),
                               pos="VERB", cameo="020", target=("dobj", "complement"))
        lemmas = {t.lemma_.lower() for c in clauses for t in c.subtree}
        if lemmas & ev["optimistic"] and not any(
                t.dep_ == "neg" for c in clauses for t in c.subtree):
            # "Xi told the senators there are a thousand reasons to make relations better",
            # "said he expected relations to thaw": optimism about the relationship (013)
            return Pattern(id="statement.optimistic_speech", head=tok.lemma_.lower(),
                           pos="VERB", cameo="013", target=("dobj", "complement"))
        return None

    @staticmethod
    def _match(tok: Token, pat: Pattern) -> Token | bool | None:
        obj: Token | None = None
        if pat.object:
            # the object, or an infinitive complement ("declined to comment")
            objs = [c for c in tok.children if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass"
                    or (c.dep_ == "attr" and tok.lemma_ == "be")
                    or (c.dep_ == "xcomp" and c.pos_ == "VERB")]
            # "held talks with" but also "paid a visit to"
            match = [o for o in objs if o.lemma_.lower() in pat.object or o.lower_ in pat.object]
            if not match:
                # "talks were held": the object is the passive subject, handled above;
                # "the talks he held" (relative clause): the head noun
                if (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBN"
                                            and not pat.reciprocal)) and (
                        tok.head.lemma_.lower() in pat.object or tok.head.lower_ in pat.object):
                    # "the talks he held", "the sanctions imposed by the EU on Belarus" (but
                    # "the talks held in Doha between X and Y" are the parties' own)
                    match = [tok.head]
                elif tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and any(
                        c.dep_ in OBJ_DEPS and c.lower_ in ("which", "that")
                        for c in tok.children):
                    # "the ban on Japanese seafood, which Beijing imposed": the parser hangs
                    # the clause on the last noun, but what was imposed is the measure
                    noun = tok.head.head.head
                    if noun.lemma_.lower() in pat.object or noun.lower_ in pat.object:
                        match = [noun]
            if not match:
                return False
            obj = match[0]
            if any(o.dep_ in OBJ_DEPS and o.i < obj.i and o not in match for o in objs):
                # "hosted Kishida and Yoon at Camp David, the first summit of ...": the
                # verb's real object comes first; the light-verb reading is a misparse
                return False
        if pat.particle and not any(c.dep_ == "prt" and c.lower_ == pat.particle
                                    for c in tok.children):
            return False
        if pat.prep and not any(
                c.dep_ in ("prep", "agent", "dative", "prt") and c.lower_ == pat.prep
                and c.i > tok.i and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                for c in tok.children):
            # the particle follows the verb and is not a time ("On Nov. 18, X called Y",
            # "called on Friday for ...")
            return False
        return obj

    # -- frames without actor coding (for sentence-level evaluation) --------------------------
    def frames(self, sent: Span) -> list[Frame]:
        """Every trigger of a sentence with the spans of its raw arguments (no knowledge base
        needed): the main event's class and the source/target spans of a sentence."""

        def receiver(tok: Token, thing: Token) -> Token | None:
            # who receives what an act hands over: "returned two paintings to Brazil", also
            # when the parser hangs the phrase inside the thing's own clause ("returned skulls
            # that date back to A.D. 640 to Peru": the last such phrase)
            found = prep_obj(tok, ("to", "into"))
            if found is not None:
                return found
            for prep in reversed([t for t in thing.subtree if t.dep_ == "prep"
                                  and t.lower_ in ("to", "into") and t.i > thing.i]):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or actorlike(pobj)):
                    return pobj
            return None

        out: list[Frame] = []
        for trig in self.triggers(sent):
            tok = trig.token
            passive = is_passive(tok)
            src_tok: Token | None
            tgt_tok: Token | None = None
            if trig.pattern.pos == "NOUN":
                src_tok = child(tok, ("poss",)) or prep_obj(tok, ("by", "from"))
                if src_tok is None:
                    # "U.S. sanctions", "Chinese drills"
                    src_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                                    and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
                if src_tok is None:
                    # "launched air strikes", "announced the release of": the subject of the
                    # verb the noun is the object of
                    host = tok
                    while True:
                        if host.dep_ in ("compound", "conj") and host.head.pos_ == "NOUN":
                            host = host.head  # "ended mediation efforts", "air and ... strikes"
                        elif host.dep_ == "pobj" and host.head.lower_ in ("of", "in") and (
                                host.head.head.pos_ == "NOUN"):
                            host = host.head.head  # "a suspension of aid", "$5m in aid"
                        else:
                            break
                    if host.dep_ in OBJ_DEPS + ("nsubjpass",) and (
                            host.head.lemma_.lower() not in UNDERGOING_VERBS):
                        src_tok = self._subject(host.head)
                    elif host.dep_ == "pobj" and host.head.lower_ in ("to", "for") and (
                            host.head.head.pos_ == "VERB"):
                        # "agreed to a ceasefire", "claimed responsibility for the attack"
                        src_tok = self._subject(host.head.head)
                # "launched strikes on X": the phrase may hang on the verb the noun is the
                # object of
                noun_hosts = [tok]
                while noun_hosts[-1].dep_ in ("conj", "compound") and len(noun_hosts) < 4:
                    noun_hosts.append(noun_hosts[-1].head)  # "air and artillery strikes on"
                if noun_hosts[-1].dep_ in OBJ_DEPS:
                    noun_hosts.append(noun_hosts[-1].head)
                for slot in trig.pattern.target:
                    for h in noun_hosts:
                        tgt_tok = tgt_tok or prep_obj(h, (slot,))
            elif passive and trig.obj is None:
                src_tok = prep_obj(tok, ("by",), deps=("agent", "prep"))
                tgt_tok = passive_subject(tok)
                if tgt_tok is not None and not actorlike(tgt_tok) and (
                        "dobj" in trig.pattern.target):
                    # "the sarcophagus was returned to Egypt by ICE"
                    tgt_tok = receiver(tok, tgt_tok) or tgt_tok
            else:
                src_tok = self._subject(tok)
                if src_tok is not None and trig.obj is not None and src_tok.i == trig.obj.i:
                    # "sanctions will be imposed": the event's own noun never acts
                    src_tok = prep_obj(tok, ("by",), deps=("agent", "prep"))
                hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
                if trig.obj is not None:
                    # "lifted a travel ban imposed on Chadian citizens"
                    hosts += [c for c in trig.obj.children if c.dep_ == "acl"
                              and c.tag_ == "VBN"]
                for slot in trig.pattern.target:
                    if tgt_tok is not None:
                        break
                    if slot == "dobj" and trig.obj is None:
                        tgt_tok = direct_object(tok) or free_relative_object(tok)
                        if tgt_tok is not None and not actorlike(tgt_tok):
                            # "returned two paintings to the government of Brazil": what is
                            # handed over goes to the one who receives it
                            tgt_tok = receiver(tok, tgt_tok) or tgt_tok
                    elif slot not in ("dobj", "iobj", "xcomp_obj", "poss", "agent", "between"):
                        for h in hosts:
                            tgt_tok = tgt_tok or prep_obj(h, (slot,))
            if src_tok is not None and src_tok.i == tok.head.i and tok.dep_ == "acl" and (
                    src_tok.dep_ in OBJ_DEPS and src_tok.pos_ == "NOUN"
                    and not actorlike(src_tok)):
                # "issued a statement calling on X", "approved a resolution criticizing X":
                # the one who issued it
                src_tok = self._subject(src_tok.head) or src_tok
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("call", "phone",
                                                                 "telephone", "ring"):
                # "X called Y to apologize / to discuss": the call is between X and Y
                callee = child(tok.head, OBJ_DEPS)
                if callee is not None and actorlike(callee):
                    src_tok, tgt_tok = self._subject(tok.head), callee
            if tgt_tok is None:
                tgt_tok = fallback_target(tok, trig.obj, src_tok, trig.pattern.cameo[:2])
            if tgt_tok is not None and tgt_tok.lower_ in ("him", "her", "them"):
                # "called Erdogan and urged him to ...": the one named before
                before = [t for t in sent.doc[sent.start: tgt_tok.i]
                          if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
                          and (t.tag_ in ("NNS", "NNPS")) == (tgt_tok.lower_ == "them")
                          and (src_tok is None or t.i != src_tok.i)]
                tgt_tok = next((t for deps in (OBJ_DEPS + ("oprd", "dative"), ("pobj",))
                                for t in reversed(before)
                                if t.dep_ in deps), tgt_tok)
            if src_tok is not None and src_tok.pos_ == "PRON":
                # "the air force said it killed ...": the phrase the pronoun stands for
                src_tok = next((t for t in reversed(list(sent.doc[sent.start: src_tok.i]))
                                if t.dep_ in ("nsubj", "nsubjpass")
                                and t.pos_ in ("NOUN", "PROPN")), src_tok)
            depth = 0
            t = tok
            while t.head.i != t.i and depth < 50:
                t, depth = t.head, depth + 1
            out.append(Frame(tok, trig.pattern, np_span(src_tok, tok), np_span(tgt_tok, tok),
                             depth))
        by_token = {f.token.i: f for f in out}
        for f in out:
            comp = next((c for c in f.token.children if c.dep_ == "xcomp"
                         and c.pos_ in ("VERB", "AUX")), None)
            asked = prep_obj(f.token, ("for",))
            if f.target is None and comp is not None and not f.pattern.reciprocal:
                # "is willing to withdraw its troops from Iraq", "refused to comply with X":
                # an intent or refusal is aimed where the intended act is
                inner = by_token.get(comp.i)
                f.target = inner.target if inner is not None else np_span(
                    fallback_target(comp, None, None), comp)
            elif f.target is None and asked is not None and asked.i in by_token:
                # "called for sanctions against Turkey": aimed where what is asked for is
                f.target = by_token[asked.i].target
        return out

    # -- sentence ----------------------------------------------------------------------------
    def sentence_events(self, sent: Span, article: Article, resolver: ActorResolver,
                        dateline_place: str | None) -> Iterator[Event]:
        self._sentence_triggers = self.triggers(sent)
        for trig in self._sentence_triggers:
            yield from self._events_for(trig, sent, article, resolver, dateline_place)
            if trig.pattern.pos == "VERB":
                # "..., Yellen and Kerry followed in July, and Raimondo in August": the act
                # again, for each subject of a gapped clause
                for gap in gapped_clauses(trig.token):
                    yield from self._events_for(trig, sent, article, resolver,
                                                dateline_place, gap)

    def _events_for(self, trig: Trigger, sent: Span, article: Article,
                    resolver: ActorResolver, dateline_place: str | None,
                    gap: Gap | None = None) -> Iterator[Event]:
        tok, pat = trig.token, trig.pattern
        passive = is_passive(tok) and pat.pos != "ADJ"
        sources, targets = self._arguments(trig, resolver, passive)
        if gap is not None:
            if passive or not targets or not sources:
                return
            if gap.role == "object":
                targets = resolver.resolve(gap.actor)
            else:
                sources = resolver.resolve(gap.actor)
        intent = intent_code(tok, pat.cameo)
        if intent is not None:
            # CAMEO codes "agreed to resume talks" / "pledged to send aid" as the expression
            # of intent (03x), which did happen, rather than the act agreed on; with no
            # target of its own, it is between the parties that agreed
            pat = replace(pat, cameo=intent, id=pat.id + "+intent", refine=None,
                          reciprocal=True)
            trig = Trigger(tok, pat, trig.obj)
        # "all three countries", "both countries": the list or pair just named
        sources = listed_group(sources, sent, resolver)
        targets = listed_group(targets, sent, resolver)
        sources = fit_group(sources, targets)
        targets = fit_group(targets, sources, expand=True)
        if pat.cameo[:2] == "15" and not targets and len(
                {s.actor.country for s in sources}) >= 2 and any(
                c.dep_ == "amod" and c.lower_ in ("joint", "combined")
                for h in (tok, trig.obj) if h is not None for c in h.children):
            # "China and Russia held joint naval drills", "the joint exercise by American
            # and Filipino troops": military cooperation between them, not a show of force
            pat = replace(pat, cameo="062", id=pat.id + "+joint", reciprocal=True)
            trig = Trigger(tok, pat, trig.obj)
        if pat.cameo[:2] == "14" and sources and all(
                s.actor.sector in STATE_SECTORS for s in sources):
            # a government "protested": an official protest (111), not a demonstration
            pat = replace(pat, cameo="111", id=pat.id + "+official")
            trig = Trigger(tok, pat, trig.obj)
        if pat.reciprocal and not targets and len(sources) >= 2:
            # "the three leaders agreed to ...": every pair of them, in text order
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        if not pairs:
            return
        intent_verb = intent_verb_of(tok) if intent is not None else None
        decision = decide(intent_verb if intent_verb is not None else tok, sentence=sent)
        if decision.negated and not pat.negative:
            return
        accuser = alleged_by(tok)
        if accuser is not None and decision.status in (Status.HAPPENED, Status.ONGOING):
            # "accused the West of containing and suppressing China": the content of an
            # accusation is alleged, not an act the text reports as done
            decision = replace(decision, status=Status.UNCERTAIN,
                               cue=f"alleged ({accuser.text})")
        if pat.pos == "NOUN" and decision.status == Status.HAPPENED and \
                governing_verb_negated(tok):
            # "had not created the atmosphere for dialogue": no dialogue took place
            return
        if (intent is None and decision.status == Status.PLANNED and decision.cue in (
                "would", "will", "'ll") and pat.cameo[:2] in REPORTED_INTENT_ROOTS
                and decision.attributed_to is not None):
            # "Japan said it would lift the restrictions": CAMEO codes the announced
            # intention (035), which happened when it was said; "said Beijing would take
            # resolute measures" is a threat (13x) made then
            code = pat.cameo if pat.cameo[:2] == "13" else INTENT_BY_ROOT[pat.cameo[:2]]
            pat = replace(pat, cameo=code, id=pat.id + "+announced", refine=None)
            trig = Trigger(tok, pat, trig.obj)
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue=f"announced ({decision.cue})")
        if pat.cameo[:2] == "03" and decision.status in (Status.PLANNED, Status.UNCERTAIN) and (
                decision.cue or "").split()[-1].lower() in INTENT_CUES:
            # "is committed to keeping open lines of communication", "wants more regular
            # contact": the commitment is the event (an expressed intent), and it was expressed
            decision = replace(decision, status=Status.HAPPENED, future=False,
                               cue=f"intent expressed ({decision.cue})")
        status = decision.status
        tense = tense_of(tok, decision.future, status)
        told_before = next((r_.key[6:] for r_ in sources if r_.key and r_.key.startswith(
            "event:")), None)
        # the event's own clause first, then the clauses that govern it (resolve.event_dates);
        # an expressed intent ("agreed to hold talks in the coming weeks") is dated by the
        # agreeing, not by the act agreed on
        when = intent_verb if intent_verb is not None else tok
        if gap is not None:
            # a gapped clause has its own time: "and Raimondo in August"
            edate = trigger_date(gap.token, sent, clause_text(sent, gap.start, gap.end),
                                 article.published, tense, future=decision.future)
            if edate.precision in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
                clause = governing_clause_text(when, sent)
                edate = trigger_date(when, sent, clause, article.published, tense,
                                     future=decision.future)
        else:
            clause = governing_clause_text(when, sent)
            edate = trigger_date(when, sent, clause, article.published, tense,
                                 future=decision.future)
        if (status == Status.HAPPENED and article.published and edate.value
                and edate.precision not in (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN)
                and ends_after(edate.value, article.published)):
            status = Status.PLANNED
            decision = type(decision)(Status.PLANNED, "future date", decision.negated, True,
                                      decision.attributed_to, decision.anonymous)
        prior = resolver.event_by_id(told_before) if told_before else None
        if prior is not None and prior.status.group != status.group and (
                status != Status.CANCELLED):
            # "the talks will be led by ..." after talks that happened: other talks, whose
            # parties the sentence does not name
            return
        if prior is not None and edate.precision in (DatePrecision.PUBLICATION,
                                                     DatePrecision.UNKNOWN):
            # "the trip", "the meeting" told before: the same event, with its date
            edate = prior.date
        # a place aimed at ("shelled Kharkiv") comes before the dateline
        aimed = any(t.kind == "place" for t in targets)
        location = self._location(trig, sent, targets, None if aimed else dateline_place)
        if gap is not None and gap.role == "object" and gap.actor.ent_type_ in ("GPE", "LOC"):
            # "visited Beijing in May, and Washington in June": the second visit's own place
            location = self.gazetteer.lookup(gap.actor.text) or location
        if prior is not None and location is None:
            location = prior.location
        attribution = None
        if decision.attributed_to is not None:
            speakers = resolver.resolve(decision.attributed_to, follow=False)
            name = speakers[0].actor.name or speakers[0].actor.text if speakers else None
            attribution = Attribution(name or noun_phrase(decision.attributed_to),
                                      decision.anonymous)
        for s, t in pairs:
            if s.actor.code == t.actor.code or not (s.actor.country and t.actor.country):
                continue
            if s.actor.country == t.actor.country:
                # domestic events (a minister visiting a factory at home) are outside
                # what detente tracks: relations between countries and organizations
                continue
            loc = location
            if (len(targets) > 1 and location is not None and t.kind in ("country", "metonym")
                    and t.actor.country != location.country and pat.cameo[:2] == "04"):
                # "visited France, Italy and Hungary": each visit is in its own country
                loc = self.gazetteer.lookup(t.actor.text or "", [t.actor.country or ""]) or loc
            if loc is None and t.kind == "place" and t.actor.text:
                # "shelled Kharkiv": the place aimed at is where it happened
                loc = self.gazetteer.lookup(t.actor.text, [t.actor.country or ""])
            if loc is None and aimed and dateline_place:
                loc = self.gazetteer.lookup(dateline_place, [t.actor.country or ""])
            yield self._make_event(trig, sent, article, s, t, status, decision.cue,
                                   edate, loc, attribution)

    def _make_event(self, trig: Trigger, sent: Span, article: Article, s: ResolvedActor,
                    t: ResolvedActor, status: Status, cue: str | None, edate: EventDate,
                    location: Location | None, attribution: Attribution | None) -> Event:
        pat = trig.pattern
        # people code by the office they held when the event took place, not at publication
        # ("when he met Wei Fenghe in November 2022": China's defence minister then)
        s, t = self._at_event_date(s, edate), self._at_event_date(t, edate)
        cameo = pat.cameo
        if pat.refine == "meeting" and location is not None:
            cameo = meeting_code(location.country, s.actor.country, t.actor.country) or cameo
        info = self.codebook.get(cameo)
        tok = trig.token
        trig_tokens = [tok] + ([trig.obj] if trig.obj is not None else []) + [
            c for c in tok.children if c.dep_ == "prt"]
        a, b = min(x.i for x in trig_tokens), max(x.i for x in trig_tokens)
        trigger_text = tok.doc[a:b + 1].text if b - a < 6 else tok.text
        conf = 0.55
        conf += 0.1 if s.kind in ("person", "country", "metonym", "institution", "igo") else 0
        conf += 0.1 if t.kind in ("person", "country", "metonym", "institution", "igo") else 0
        conf += 0.1 if pat.specificity else 0
        conf -= 0.1 if {"coref", "dyad", "implicit"} & {s.kind, t.kind} else 0
        event_id = Event.make_id(article.id, sent.start_char, tok.idx, cameo,
                                 f"{s.actor.code}@{s.actor.start}",
                                 f"{t.actor.code}@{t.actor.start}")
        return Event(
            event_id=event_id, article_id=article.id, source=s.actor, target=t.actor,
            cameo=cameo, root=info.root, label=info.label, goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover=Plover(info.plover_type, info.plover_mode) if info.plover_type else None,
            status=status, status_cue=cue, date=edate, location=location,
            evidence=Evidence(sent.text, sent.start_char, sent.end_char, trigger_text),
            attribution=attribution, confidence=min(conf, 0.95), rule=pat.id,
        )

    def _at_event_date(self, r: ResolvedActor, edate: EventDate) -> ResolvedActor:
        if r.kind not in ("person", "coref") or not r.key or edate.precision in (
                DatePrecision.PUBLICATION, DatePrecision.UNKNOWN):
            return r
        day = period_start(edate.value)
        entry = self.kb.get(r.key)
        if day is None or entry is None or entry.kind != "person":
            return r
        country, sector, code = self.kb.code_at(entry, day)
        if code == r.actor.code:
            return r
        a = r.actor
        return ResolvedActor(Actor(a.text, a.name, code, country, sector, a.start, a.end),
                             r.kind, r.key)

    # -- arguments ---------------------------------------------------------------------------
    def _arguments(self, trig: Trigger, r: ActorResolver, passive: bool
                   ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        tok, pat = trig.token, trig.pattern
        if pat.pos == "NOUN":
            return self._noun_arguments(trig, r)
        sources: list[ResolvedActor] = []
        targets: list[ResolvedActor] = []
        noun = agreement_noun(tok)
        if noun is not None:
            # "the agreement between Biden and Xi to restore ...": the parties of the
            # agreement intend the act
            parties = [a for p in agreement_parties(noun) for a in r.resolve(p)]
            if parties:
                sources = fit_group(parties, [])
                if len(sources) >= 2:
                    return sources, []
                return sources, self._targets(trig, r)
        if passive and trig.obj is not None and trig.obj.dep_ == "nsubjpass" and (
                pat.reciprocal):
            # "talks between Serbian and Croatian negotiators were held in Brussels": the
            # parties the object names
            between = prep_obj(trig.obj, ("between", "among"))
            both = fit_group(r.resolve(between), []) if between is not None else []
            if len(both) >= 3:
                return both, []
            if len(both) == 2:
                return both[:1], both[1:]
        if passive and trig.obj is None:
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            if agent is not None:
                sources = r.resolve(agent)
            subj = passive_subject(tok)
            if subj is not None and "dobj" in pat.target:
                # (the noun a reduced relative describes holds the agent in its own phrase)
                taken = {s.actor.start for s in sources}
                targets = [t for t in r.resolve(subj) if t.actor.start not in taken]
            if not targets:
                targets = self._targets(trig, r, skip_dobj=True)
            if not targets and sources:
                # "Kherson was shelled by Russian forces"
                targets = self._place_targets(trig, sources, objects=False,
                                              extra=[subj] if subj is not None else [])
            if not targets and sources and subj is not None:
                # "the balloon was shot down by U.S. jets": force against a thing is against
                # the side it belongs to
                targets = self._relation_partner(trig, r, sources, thing=subj)
            if not sources and targets and agent is None and pat.cameo[:2] in FORCE_ROOTS:
                # "since a Chinese balloon was shot down": force with no agent named, against
                # one side of the article's relationship, was used by the other
                sources = self._article_partner(trig, r, targets)
            return sources, targets
        subj = self._subject(tok)
        if subj is not None:
            sources = r.resolve(subj) or self._local_crowd(subj, tok)
        if passive and trig.obj is not None:
            agent = prep_obj(tok, ("by",), deps=("agent", "prep"))
            if agent is not None:
                sources = r.resolve(agent)
        targets = self._targets(trig, r)
        own = {s.actor.country for s in sources}
        if sources and targets and not pat.reciprocal and all(
                t.actor.country in own for t in targets):
            # "the Secretary welcomed the expansion of U.S. access to Philippine bases": the
            # speaker's own side named first in the object is not whom the act is about
            obj = trig.obj or direct_object(tok)
            other = r.other_named(obj, own) if obj is not None else None
            # ("conveyed India's concerns about the border": nobody else named, so whom the
            # frame, the readout or the article's relationship says)
            targets = [other] if other is not None else (
                [] if pat.cameo[:2] == "11" and not any(s.kind == "dyad" for s in sources)
                else targets)
        if sources and pat.cameo[:2] in SAID_ROOTS and (not targets or topical(tok, targets)):
            # "In his talks with Wang, he raised concerns about Hong Kong", "called Aliyev to
            # urge a halt": said to the one met, not to what it is about
            partner = frame_partner(tok, r, sources) or (
                purpose_partner(tok, r, sources) if not targets else [])
            targets = partner or targets
        if not targets and sources and pat.cameo[:2] == "04" and (
                head := relative_head(tok)) is not None and (
                between := prep_obj(head, ("between", "among"))) is not None:
            # "a meeting between A and B that the EU had planned to host": the host with each
            targets = [a for a in fit_group(r.resolve(between), []) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] == "04" and trig.obj is not None:
            # "will attend the summit that India hosts": a journey to the host
            host = host_of(trig.obj)
            if host is not None:
                targets = [a for a in r.resolve(host) if a.actor.country not in own]
        if not targets and sources and pat.cameo[:2] == "04":
            targets = self._destination(trig, sources)
        if not targets and sources and pat.cameo[:2] == "02":
            # "called for restraint in the PRC's military activity": an appeal for what
            # someone should do is made to them
            asked = prep_obj(tok, ("for",))
            if asked is not None:
                own = {s.actor.country for s in sources}
                targets = [a for a in r.resolve(asked) if a.actor.country not in own]
        if not targets and sources:
            targets = self._place_targets(trig, sources, objects=trig.obj is None)
        if not targets and sources and pat.cameo[:2] == "13":
            # "warned that if the United States did not ..., there would be conflict": a
            # threat is aimed at the one whose conduct is its condition
            cond = condition_subject(tok)
            if cond is not None:
                own = {s.actor.country for s in sources}
                targets = [a for a in r.resolve(cond) if a.actor.country not in own]
            said = child(tok, ("ccomp",))
            what = child(said, OBJ_DEPS) if said is not None and said.lemma_ != "be" else None
            if not targets and what is not None and any(
                    c.dep_ == "aux" and c.lower_ in MODALS for c in said.children):
                # "warned that Kyiv could ban imports of Polish fruit": aimed at the one
                # the act warned of would hit
                other = r.other_named(what, {s.actor.country for s in sources})
                targets = [other] if other is not None else []
        if not targets and sources and trig.obj is not None and pat.cameo[:2] in ("03", "04"):
            # "proposed talks between commanders from both countries": the other party of
            # the talks the object names
            between = prep_obj(trig.obj, ("between",))
            if between is not None:
                targets = [a for a in fit_group(r.resolve(between), list(sources))
                           if a.actor.country not in own]
        if not targets and sources:
            targets = self._event_reference(trig, r, sources)
        if not targets and sources:
            targets = self._response_targets(trig, r, sources)
        if not targets and sources and pat.cameo[:2] in ("11", "14"):
            # "North Korea fired two missiles ..., and Japan lodged a protest": against the
            # one whose show of force or attack the sentence told before
            targets = self._offender(trig, r, sources)
        if not targets and sources:
            targets = self._relation_partner(trig, r, sources)
        if not targets and sources and pat.cameo[:2] == "04" and not (
                pat.reciprocal and len({s.actor.country for s in sources}) >= 2):
            # ("Blinken and Wang Yi held talks in Jakarta": the two met each other there)
            targets = self._host_capital(trig, r, sources)
        if not targets and sources and pat.cameo[:2] in READOUT_ROOTS:
            # a readout: what one side of the meeting just told says, it says to the other
            targets = readout_partner(tok, r, sources)
        return sources, targets

    def _offender(self, trig: Trigger, r: ActorResolver, sources: Sequence[ResolvedActor]
                  ) -> list[ResolvedActor]:
        own = {s.actor.country for s in sources}
        for t in reversed(self._sentence_triggers):
            if t.token.i >= trig.token.i or t.pattern.cameo[:2] not in FORCE_ROOTS | {"15"}:
                continue
            subj = self._subject(t.token)
            found = [a for a in r.resolve(subj) if a.actor.country and a.actor.country not in
                     own] if subj is not None else []
            if found:
                return found
        return []

    def _local_crowd(self, subj: Token, verb: Token) -> list[ResolvedActor]:
        """"In Seoul, hundreds of protesters rallied ...", "Protesters in Karachi marched":
        civilians of no named nationality are people of the country they gather in."""
        noun = subj
        if noun.lemma_.lower() in CROWD_WORDS:
            noun = prep_obj(noun, ("of",)) or noun
        if self.kb.agent_sector(noun.lemma_.lower()) != "CVL" or noun.tag_ != "NNS":
            return []
        place = prep_obj(noun, ("in",)) or prep_obj(subj, ("in",)) or prep_obj(verb, ("in",))
        if place is None or place.ent_type_ != "GPE":
            return []
        loc = self.gazetteer.lookup(place.text)
        if loc is None or not loc.country or len(loc.country) != 3:
            return []
        text = subj.doc[subj.left_edge.i: noun.i + 1]
        return [ResolvedActor(Actor(text.text, None, loc.country + "CVL", loc.country, "CVL",
                                    text.start_char, text.end_char), "agent")]

    def _destination(self, trig: Trigger, sources: Sequence[ResolvedActor]
                     ) -> list[ResolvedActor]:
        """"before traveling to Shanghai": a journey's destination that is a place, not an
        actor, is a visit to the country the place is in."""
        tok = trig.token
        hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
        own = {s.actor.country for s in sources}
        for slot in trig.pattern.target:
            place = None
            if slot == "dobj" and trig.obj is None:
                place = direct_object(tok)
                if place is not None and place.ent_type_ not in ("GPE", "LOC", "FAC"):
                    # "to visit an aircraft plant in Kazan and the port of Vladivostok": the
                    # places the objects are in, one visit each
                    found = []
                    for o in [place] + [c for c in place.conjuncts if c.i > place.i]:
                        p = prep_obj(o, ("in", "of", "near"))
                        for c in ([p] + [c for c in p.conjuncts if c.i > p.i]
                                  if p is not None else []):
                            if c.pos_ == "NOUN":  # "... and the port of Vladivostok"
                                c = prep_obj(c, ("of", "in")) or c
                            found += self._place_actor(c, own)
                    if found:
                        return found
            elif slot in ("to", "in", "into"):
                place = next((p for h in hosts if (p := prep_obj(h, (slot,))) is not None),
                             None)
            if place is None:
                continue
            found = self._place_actor(place, own)
            if found:
                return found
        return []

    def _place_actor(self, place: Token, own: set[str | None]) -> list[ResolvedActor]:
        """A named place as the country it lies in (not one of ``own``)."""
        if place.ent_type_ not in ("GPE", "LOC", "FAC"):
            return []
        left = place.left_edge.i if place.left_edge.i >= place.i - 3 else place.i
        doc, right = place.doc, place.i
        while right + 1 < len(doc) and doc[right].whitespace_ == "" and (
                doc[right + 1].text not in ",.;:)" and right - place.i < 4):
            right += 1  # "Komsomolsk-on-Amur"
        actor = place_actor(doc[left: place.i + 1], self.gazetteer, {c for c in own if c},
                            also=doc[place.i: right + 1].text, context=())
        if actor is not None and len(actor.country or "") == 3:
            return [ResolvedActor(actor, "place")]
        return []

    def _place_targets(self, trig: Trigger, sources: Sequence[ResolvedActor], *,
                       objects: bool, extra: Sequence[Token] = ()) -> list[ResolvedActor]:
        """Force aimed at a place, at the country it lies in (:mod:`.place_targets`)."""
        if trig.pattern.cameo[:2] not in PLACE_TARGET_ROOTS:
            return []
        hosts = [trig.token] + ([trig.obj] if trig.obj is not None else [])
        aid = trig.pattern.cameo[:2] == "07"
        if aid:
            # "announced aid for Gaza": the aid noun that is the verb's object
            hosts += [c for c in trig.token.children if c.dep_ in OBJ_DEPS]
        actor = place_target(hosts, self.gazetteer, [s.actor.country for s in sources],
                             objects=objects, extra=extra, aid=aid)
        return [ResolvedActor(actor, "place")] if actor is not None else []

    def _host_capital(self, trig: Trigger, r: ActorResolver,
                      sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Blinken held talks in Beijing": talks with nobody named, in another country's
        capital, are with that country's government (the capital is its metonym)."""
        own = {s.actor.country for s in sources}
        for host in [trig.token] + ([trig.obj] if trig.obj is not None else []):
            for c in host.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "at"):
                    continue
                for pobj in c.children:
                    if pobj.dep_ != "pobj":
                        continue
                    found = [a for a in r.resolve(pobj, follow=False)
                             if a.kind == "metonym" and a.actor.country not in own]
                    if found:
                        return found[:1]
        return []

    def _relation_partner(self, trig: Trigger, r: ActorResolver,
                          sources: Sequence[ResolvedActor], thing: Token | None = None
                          ) -> list[ResolvedActor]:
        """"Beijing suspended military talks", "the contacts that Beijing cut": acts on a
        relationship (talks, contacts, ties, cooperation) with no partner named are with the
        other side of the relationship the article is about, or with the parties named in
        "between X and Y" / "between their militaries"."""
        pat = trig.pattern
        thing = thing or direct_object(trig.token)
        if thing is not None and thing.pos_ != "NOUN":
            # "shot down most of the missiles": the quantity stands for what it counts
            thing = prep_obj(thing, ("of",)) or thing
        if pat.cameo[:2] in FORCE_ROOTS and not pat.object and thing is not None and (
                thing.pos_ == "NOUN" and thing.ent_type_ not in ("GPE", "LOC", "FAC")
                and thing.lemma_.lower() not in PLACE_NOUNS):
            # "U.S. fighters shot down the balloon", "Ukraine downed 30 drones": force used
            # against a thing is used against the side the thing belongs to
            pass
        elif pat.cameo[:2] in DIRECTED_ROOTS and child(trig.token, ("ccomp",)) is None and (
                trig.token.dep_ != "xcomp") and (pat.object or pat.cameo[:2] != "08"):
            # ("pressed Beijing to curb methane" is an appeal; "returned as minister", a bare
            # yielding verb, is not aimed at anyone)
            # "Beijing would take resolute measures", "restricted exports of gallium",
            # "expressed strong dissatisfaction": threats, protests and restrictions with
            # nobody named are aimed at the other side
            pass
        elif pat.id.startswith("intent.agree_to") and pat.reciprocal:
            # "China also agreed to act against the makers of the chemicals": one does not
            # agree alone; with nobody named, with the other side
            pass
        elif not pat.object or not set(pat.target) <= {"with", "between"}:
            return []
        obj = trig.obj
        between = prep_obj(obj, ("between",)) if obj is not None else None
        if between is not None and between.tag_ == "NNS" and self.kb.agent_sector(
                between.lemma_.lower()) and not r.resolve(between):
            # "revive calls between theater commanders": both sides' people, so the pair
            # the article is about
            return self._article_partner(trig, r, sources)
        if pat.cameo[:2] == "04" or (pat.reciprocal and len(sources) >= 2):
            # "attended the APEC meeting" is not a meeting with anyone in particular; "he and
            # Vietnamese leaders upgraded relations" is between the two subjects
            return []
        if obj is not None:
            between = prep_obj(obj, ("between",))
            if between is not None:
                found = fit_group(r.resolve(between), sources)
                if found:
                    return found
        # a partner named deeper in the phrase ("an agreement in principle with Cuba"), or a
        # partner that is not a known actor ("talks with the company"): no guess
        for t in (obj.subtree if obj is not None else trig.token.children):
            if t.dep_ == "prep" and t.lower_ in ("with", "between"):
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return fit_group(r.resolve(pobj), sources)
        own = {s.actor.country for s in sources}
        if obj is not None:
            # "withdraw a complaint it had filed against those restrictions": the one the
            # thing is against, named or told before
            against = next((g for t in obj.subtree if t.dep_ == "prep" and t.lower_ in (
                "against", "over") for g in t.children if g.dep_ == "pobj"), None)
            if against is not None:
                found = [a for a in r.resolve(against) if a.actor.country not in own] or \
                    self._told_event_parties(against, r, own)
                if found:
                    return found
            # "reached an agreement in principle to pay Cuba ...": a party named in the phrase
            # (not where it happened: "at the World Trade Organization")
            for t in obj.subtree:
                if t.pos_ == "PROPN" and r.kb_span_at(t) is not None and not in_venue(
                        t, trig.token) and not under_mediator(t, obj):
                    found = [a for a in r.resolve(t, follow=False)
                             if a.actor.country and a.actor.country not in own]
                    if found:
                        return found[:1]
        if thing is not None:
            # "opposes any changes to the status quo by either side": the act is aimed at
            # whoever does the thing, named or not, never at a guessed partner
            doer = prep_obj(thing, ("by",), deps=("agent", "prep"))
            if doer is not None:
                return [a for a in r.resolve(doer) if a.actor.country not in own]
        return self._article_partner(trig, r, sources)

    def _article_partner(self, trig: Trigger, r: ActorResolver,
                         known: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """The other side of the article's main dyad, as an inferred (textless) actor, when
        ``known`` is one side and the trigger's clause names no third party."""
        own = {s.actor.country for s in known}
        for t in trig.token.sent:
            # "relations between Tokyo and Seoul were strained by the restrictions Japan
            # imposed": the other side of the pair the sentence names
            if t.dep_ == "pobj" and t.head.lower_ == "between":
                pair = [a for a in fit_group(r.resolve(t), []) if a.actor.country]
                others = [a for a in pair if a.actor.country not in own]
                if len(pair) == 2 and len(others) == 1:
                    return others
        partner = fit_group(r.group_actors(trig.token, 2), list(known))
        if len(partner) != 1 or not any(c in own for c in r.ctx.main_dyad or ()):
            return []
        # only when the trigger's own clause names no third party it could be about (not
        # a conjoined clause's, nor a time phrase's: "suspended dialogues after a visit to
        # Taiwan by Pelosi")
        named = {a.actor.country for t in own_clause(trig.token) if t.pos_ == "PROPN"
                 and r.kb_span_at(t) is not None and not in_venue(t, trig.token)
                 for a in r.resolve(t, follow=False)}
        if named - own - {partner[0].actor.country} - REGION_CODES - {None}:
            return []
        if any(a.actor.country == partner[0].actor.country for t in own_clause(trig.token)
               if t.pos_ == "PROPN" and under_mediator(t, trig.token)
               for a in r.resolve(t, follow=False)):
            # "suspended the deal, brokered by the UAE": the broker is no side of the deal
            return []
        # the partner is inferred, not named: it has no text in the sentence (the group
        # phrase resolver would give it the trigger's)
        return [ResolvedActor(replace(p.actor, text=None, start=None, end=None), "implicit")
                for p in partner]

    def _event_reference(self, trig: Trigger, r: ActorResolver,
                         sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"China condemned the drills", "opposed the measures": the object refers back to an
        event the article reported, and the target is who took part in it (the participants
        other than the source's own side, so the meeting of Tsai and McCarthy gives both)."""
        tok, pat = trig.token, trig.pattern
        if pat.reciprocal or pat.cameo[:2] == "04":
            return []
        objs: list[Token] = []
        for slot in pat.target:
            if slot == "dobj":
                o = trig.obj or direct_object(tok)
                objs += [o] if o is not None else []
            elif slot not in ("iobj", "xcomp_obj", "complement", "poss", "agent", "between"):
                for host in [tok] + ([trig.obj] if trig.obj is not None else []):
                    o = prep_obj(host, (slot,))
                    objs += [o] if o is not None else []
        own = {s.actor.country for s in sources}
        for o in objs:
            found = self._told_event_parties(o, r, own)
            if found:
                return found
        return []

    def _response_targets(self, trig: Trigger, r: ActorResolver,
                          sources: Sequence[ResolvedActor]) -> list[ResolvedActor]:
        """"Beijing, reacting to the meeting, announced sanctions", "In response, China
        launched drills": a hostile act in answer to an event is aimed at who took part in
        it (the event the phrase names, or, bare, the one the article told last)."""
        pat = trig.pattern
        if pat.cameo[:2] not in DIRECTED_ROOTS | FORCE_ROOTS | {"15"}:
            return []
        verb = trig.token
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        own = {s.actor.country for s in sources}
        for c in verb.children:
            answered: Token | None = None
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in RESPONSE_VERBS:
                answered = prep_obj(c, ("to", "for", "against"))
            elif c.dep_ == "prep" and c.lower_ in ("in", "as"):
                noun = child(c, ("pobj",))
                if noun is None or noun.lemma_.lower() not in RESPONSE_NOUNS:
                    continue
                answered = prep_obj(noun, ("to", "for"))
                if answered is None:
                    # "In response, ...": to what the sentence before told
                    ev = r.ctx.events[-1] if r.ctx.events else None
                    sent = trig.token.sent
                    prev = sent.doc[sent.start - 1].sent if sent.start > 0 else None
                    if ev is None or ev.source is None or ev.target is None or prev is None or (
                            ev.evidence is None or ev.evidence.start != prev.start_char):
                        return []
                    return [ResolvedActor(a, "coref") for a in (ev.source, ev.target)
                            if a.country and a.country not in own]
            if answered is not None:
                found = self._told_event_parties(answered, r, own) or [
                    a for a in r.resolve(answered) if a.actor.country not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _told_event_parties(o: Token, r: ActorResolver, own: set[str | None]
                            ) -> list[ResolvedActor]:
        """Who took part in the event a definite noun ("the drills", "those restrictions")
        refers back to, less the ``own`` side."""
        roots = event_noun_table().get(o.lower_) or event_noun_table().get(o.lemma_.lower())
        if not roots:
            return []
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those",
                                                         "such")
                       for c in o.children) or any(c.dep_ in ("relcl", "acl")
                                                   for c in o.children)
        if not definite:
            return []
        return r.event_participants(roots, exclude=own)

    def _subject(self, tok: Token) -> Token | None:
        """The acting subject of a trigger, climbing through open complements ("is expected
        to visit", "agreed to resume", "looking forward to meeting", "may not be willing to
        meet"), conjoined verbs, and relative or participial clauses."""
        cur = tok
        if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "attr", "amod"):
            # "Beijing was dissatisfied with ...": the subject of the copula
            if tok.dep_ == "amod":
                return tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
            cur = tok.head
        speaker = speaker_of_coordinated_act(tok)
        if speaker is not None:
            return speaker
        came_by = None
        for _ in range(7):
            deps = SUBJ_DEPS if cur.i == tok.i or came_by in ("xcomp", "acomp") else (
                "nsubj", "csubj")
            subj = nearest_subject(cur, deps)
            if subj is not None and subj.lower_ not in REL_PRONOUNS:
                return subj
            if cur.dep_ == "acl" and cur.head.lemma_.lower() in INTENT_NOUNS and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and (
                    cur.head.dep_ in OBJ_DEPS) and cur.head.head.pos_ in ("VERB", "AUX"):
                # "accepted an invitation to visit Washington", "announced plans to visit":
                # who accepts or announces is who would act
                subj = self._subject(cur.head.head)
                if subj is not None:
                    return subj
            prev = cur.doc[cur.i - 1] if cur.i > 0 else cur
            if cur.dep_ == "acl" and prev.dep_ == "cc" and prev.head.i != cur.head.i and (
                    cur.head.dep_ in OBJ_DEPS) and cur.head.head.tag_ == cur.tag_:
                # "was cancelling a call between commanders and suspending talks": a verb
                # after "and" that the parser hung on the object is conjoined to the verb
                came_by = "conj"
                cur = cur.head.head
                continue
            if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return cur.head
            if cur.head.i == cur.i:
                return None
            if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "dep"):
                if cur.dep_ == "ccomp" and subj is None and cur.head.pos_ != "VERB":
                    return None
                if cur.dep_ == "xcomp" and cur.head.lemma_.lower() not in SUBJECT_CONTROL:
                    # object control: "Xi urged Washington to stop arming Taiwan" — the one
                    # urged is the one who would act
                    obj = child(cur.head, ("dobj",))
                    if obj is not None:
                        return obj
                came_by = cur.dep_
                cur = cur.head
                if cur.pos_ in ("NOUN", "PROPN"):
                    return None
                continue
            if cur.dep_ == "prep" and cur.lower_ in ("of", "for") and came_by == "pcomp" and (
                    cur.head.lemma_.lower() in OBJECT_OF_VERBS):
                # "accused Moscow of targeting civilians": the one accused is the one said
                # to act
                obj = child(cur.head, ("dobj",))
                if obj is not None:
                    return obj
            if cur.dep_ == "prep" and came_by == "pcomp" and cur.head.lemma_.lower() in (
                    IMPORTANCE_NOUNS) and cur.head.dep_ in OBJ_DEPS:
                # "stressed the importance of keeping communication open": who stresses it
                # means to do it
                return self._subject(cur.head.head)
            if cur.dep_ in ("prep", "advmod") and cur.head.pos_ in ("VERB", "AUX", "ADV",
                                                                     "ADP"):
                # "looking forward to meeting": up through the preposition
                came_by = "xcomp"
                cur = cur.head
                continue
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
                cur = cur.head.head
                continue
            return None
        return None

    def _targets(self, trig: Trigger, r: ActorResolver, skip_dobj: bool = False
                 ) -> list[ResolvedActor]:
        tok, pat = trig.token, trig.pattern
        hosts = [tok] + ([trig.obj] if trig.obj is not None else [])
        for slot in pat.target:
            if slot == "dobj":
                if skip_dobj or trig.obj is not None:
                    continue
                obj = direct_object(tok) or free_relative_object(tok)
                if obj is None and pat.id == CALL_PATTERN.id:
                    obj = child(tok, ("oprd",))  # "called Aliyev", parsed as a complement
                if obj is None:
                    # "welcomes Turkey playing a bigger role", "opposes Washington selling
                    # arms": the doer of a gerund clause is whom the attitude is about
                    ger = next((c for c in tok.children if c.dep_ == "ccomp"
                                and c.tag_ == "VBG" and c.i > tok.i), None)
                    obj = child(ger, ("nsubj",)) if ger is not None else None
                if obj is not None:
                    doer = deed_doer(obj) if pat.cameo[:2] in ("05", "11", "12") and (
                        obj.pos_ == "NOUN") else None
                    # "supported the steps Azerbaijan had taken": the one who took them
                    found = (r.resolve(doer) if doer is not None else []) or r.resolve(obj)
                    if found:
                        return found
            elif slot == "iobj":
                obj = child(tok, ("dative", "iobj"))
                if obj is not None and obj.dep_ != "prep":
                    found = r.resolve(obj)
                    if found:
                        return found
            elif slot == "xcomp_obj":
                x = child(tok, ("xcomp",))
                if x is not None:
                    obj = child(x, OBJ_DEPS)
                    if obj is not None:
                        found = r.resolve(obj)
                        if found:
                            return found
            elif slot == "complement":
                # the actor the evaluation is about: the first one named in the complement
                for c in tok.children:
                    # (not a setting before the verb: "Speaking in Tokyo, X said ...")
                    if c.dep_ in ("ccomp", "xcomp", "oprd", "prep", "dobj", "advcl") and (
                            c.i > tok.i or c.dep_ not in ("advcl", "prep")):
                        for t in c.subtree:
                            if t.pos_ == "PRON" and t.lower_ in ("he", "she", "i", "we"):
                                continue  # the speaker: "said he expected relations to"
                            if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in (
                                    "compound", "amod"):
                                found = r.resolve(t, follow=True)
                                if found:
                                    return found
            elif slot == "between":
                # "hosted a meeting between Erdogan and Kristersson", "brokered talks between
                # Israel and Hamas": the host acts toward each of the parties
                obj = child(tok, OBJ_DEPS)
                for host in hosts + ([obj] if obj is not None and trig.obj is None else []):
                    pobj = prep_obj(host, ("between", "among"))
                    found = fit_group(r.resolve(pobj), []) if pobj is not None else []
                    if len(found) >= 2:
                        return found
            elif slot in ("poss", "agent"):
                continue

            else:
                for host in hosts:
                    pobj = prep_obj(host, (slot,), deps=("prep", "dative", "agent"))
                    if pobj is not None:
                        doer = deed_doer(pobj) if pat.cameo[:2] in ("11", "12") else None
                        # "troubled by the actions that China had taken": the one who
                        # did what is disapproved of
                        found = (r.resolve(doer) if doer is not None else []) or r.resolve(
                            pobj)
                        if found:
                            return found
        if trig.obj is not None and not pat.reciprocal and pat.cameo[:2] != "04":
            # "dropped its WTO complaint over Chinese barley tariffs": whom the object is
            # against before the body it was brought to
            against = prep_obj(trig.obj, ("against", "over"))
            found = r.resolve(against) if against is not None else []
            if found:
                return found
            # "lifted the restrictions it imposed on South Korea": the one the measure is
            # about, named inside the object phrase
            found = r.resolve(trig.obj)
            if found:
                return found
        return []

    def _noun_arguments(self, trig: Trigger, r: ActorResolver
                        ) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
        tok, pat = trig.token, trig.pattern
        sources: list[ResolvedActor] = []
        targets: list[ResolvedActor] = []
        between = prep_obj(tok, ("between", "among"))
        if between is not None:
            both = fit_group(r.resolve(between), [])
            if len(both) >= 3 and pat.reciprocal:
                # "talks between Egypt, Qatar and Israel": every pair of them (as for a verb
                # with three subjects), not the first with each of the others
                return both, []
            if len(both) >= 2:
                return both[:1], both[1:]
        if pat.cameo[:2] == "04":
            # "In his talks with Wang Yi, the minister raised ...": the clause's subject and
            # the one it met
            parties = frame_parties(tok, r, self._subject)
            if parties is not None:
                return parties
        if pat.reciprocal:
            # "a summit that was to bring A together with B and C": those it brings together
            parties = fit_group([a for p in brought_together(tok) for t in named_in(p)
                                 for a in r.resolve(t)], [])
            parties = [a for i, a in enumerate(parties) if a.actor.country not in {
                b.actor.country for b in parties[:i]}]
            if len(parties) >= 3:
                return parties, []
            if len(parties) == 2:
                return parties[:1], parties[1:]
        if pat.cameo[:2] == "04" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
                and tok.head.head.dep_ == "pobj"):
            # "Modi and Xi spoke on the sidelines of the BRICS summit": those who met there
            verb = tok.head.head.head.head
            subj = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            met = fit_group(r.resolve(subj), []) if subj is not None else []
            if len({a.actor.country for a in met}) >= 2:
                return (met, []) if len(met) >= 3 else (met[:1], met[1:])
        poss = child(tok, ("poss",))
        if poss is not None:
            sources = r.resolve(poss)
        if not sources:
            # "the visit of Secretary Blinken to China": "of" names the visitor for a visit,
            # but the one acted on for most other nouns ("the release of prisoners")
            by = prep_obj(tok, ("by", "from") + (("of",) if pat.cameo[:2] == "04" else ()))
            if by is not None and by.head.lower_ == "of" and (
                    tok.lemma_.lower() in TRAVEL_NOUNS) and by.ent_type_ in ("GPE", "LOC"):
                # "a tour of Ghana, Nigeria and Senegal": the places toured, not who tours
                by = None
            if by is not None:
                # ("a meeting of the three countries' advisers": the three just listed)
                sources = listed_members(by, r) or r.resolve(by)
        if not sources:
            # "U.S. sanctions", "Chinese drills", "the Biden-Xi meeting"
            for c in tok.lefts:
                if c.dep_ in ("compound", "amod", "nmod"):
                    found = r.resolve(c, follow=False)
                    if not found and c.dep_ == "amod":
                        country = self.kb.adjective_country(c.text)
                        if country:
                            found = [ResolvedActor(Actor(c.text, None, country, country, None,
                                                         c.idx, c.idx + len(c.text)), "country")]
                    if found:
                        sources = found
                        break
        host = tok
        while True:
            if host.dep_ == "pobj" and host.head.lower_ == "of" and (
                    host.head.head.pos_ == "NOUN"):
                # "began three days of drills", "held a round of talks": the measure noun
                # stands in the noun's place
                host = host.head.head
            elif host.dep_ == "compound" and host.head.lemma_.lower() in MEASURE_HEADS and (
                    not sources):
                # "announced the expulsion order", "approved a sanctions package": the noun
                # the measure word heads stands in the noun's place
                host = host.head
            elif host.dep_ == "conj" and host.head.pos_ == "NOUN" and not sources:
                # "followed a stopover in New York and visits to Guatemala": the first
                # conjunct's place
                host = host.head
            elif host.dep_ == "conj" and host.head.pos_ == "VERB" and not sources and (
                    child(host.head, OBJ_DEPS) is not None):
                # ... also when the parser joined the second object to the verb
                host = child(host.head, OBJ_DEPS) or host
            else:
                break
        owned = bool(sources)  # the noun's own phrase names who acts
        if host.dep_ == "pobj" and host.head.lower_ == "to" and host.head.dep_ == "prep" and (
                host.head.head.lemma_.lower() in ("agree", "consent", "commit")):
            host = host.head  # "Israel and Hamas agreed to a truce": the parties that agreed
        if not sources and (host.dep_ in OBJ_DEPS + ("nsubjpass",) or host.dep_ == "prep") and (
                host.head.lemma_.lower() not in UNDERGOING_VERBS):
            # "Blinken postponed his trip to Beijing": the subject of the governing verb (but
            # "ignored the warnings", "opposed restrictions" are someone else's)
            subj = self._subject(host.head)
            if subj is not None:
                sources = r.resolve(subj)
        answerable = answered_for(host)
        if not sources and answerable is not None:
            # "Kyiv denied involvement in the attack", "Hamas claimed responsibility for the
            # strike", "said it had nothing to do with the incident": the one who answers
            subj = self._subject(answerable)
            if subj is not None:
                sources = r.resolve(subj)
        sources = fit_group(sources, [])
        if len(sources) >= 3 and pat.reciprocal:
            return sources, []  # "a meeting of the ministers of A, B and C": every pair
        if len(sources) >= 2 and pat.reciprocal:
            return sources[:1], sources[1:]
        if not sources and pat.cameo[:2] == "04" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        ) and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children):
            # "The trip had been planned for February", "the meeting followed a busy week":
            # the meeting or trip the article just told
            noun = tok.lemma_.lower()
            codes = MEETING_NOUN_CODES.get(noun, ("040", "043", "044", "042", "046"))
            prior = r.last_event(codes)
            if prior is not None and prior.source and prior.target:
                key = "event:" + prior.event_id
                return ([ResolvedActor(prior.source, "coref", key)],
                        [ResolvedActor(prior.target, "coref", key)])
        if not sources and pat.reciprocal and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        ) and any(c.ent_type_ in ("DATE", "GPE", "FAC", "LOC") or any(
                g.ent_type_ in ("GPE", "FAC", "LOC") for g in c.children if g.dep_ == "pobj")
                for c in tok.children):
            # "the November meeting is still inconclusive": a meeting the article is about,
            # between the two sides of its main dyad
            both = r.group_actors(tok, 2)
            if len(both) == 2:
                return both[:1], both[1:]
        # "staged drills around the island": the preposition may hang off the verb whose
        # object the noun is
        hosts = [tok] + ([host] if host.i != tok.i else []) + (
            [host.head] if host.dep_ in OBJ_DEPS and host.head.pos_ == "VERB" else [])
        for slot in pat.target:
            if slot in ("dobj", "poss", "agent", "between", "iobj", "xcomp_obj"):
                continue
            for h in hosts:
                pobj = prep_obj(h, (slot,))
                if pobj is not None:
                    targets = r.resolve(pobj)
                    if not targets and sources and pat.cameo[:2] == "16":
                        # "bans on imports of Ukrainian grain": whose goods
                        other = r.other_named(pobj, {s.actor.country for s in sources})
                        targets = [other] if other is not None else []
                    if targets:
                        break
            if targets:
                break
        if sources and not targets:
            targets = self._place_targets(trig, sources, objects=False)  # "shelling of Kherson"
        if sources and not targets:
            targets = self._response_targets(trig, r, sources)
        if sources and not targets and pat.cameo[:2] in DIRECTED_ROOTS:
            # "U.S. export controls, imposed in October, remain a source of friction": aimed at
            # the other side of the article's dyad, as for verbs
            targets = self._relation_partner(trig, r, sources)
        if not sources and targets and pat.cameo[:2] in FORCE_ROOTS | {"15"}:
            # "during drills around Taiwan", "the shelling of Kharkiv": shows of force and
            # force with nobody named, against one side of the article's pair, are the other's
            sources = self._article_partner(trig, r, targets)
        if owned and not targets and tok.lemma_.lower() in TRAVEL_NOUNS and not any(
                c.ent_type_ == "ORDINAL" for c in tok.children):
            # "revive the visit by Blinken", "a trip by Yellen": a trip told with no place
            # goes to the other side of the article's relationship (but "the first visit by
            # a U.S. leader since 2018" characterizes a trip, it does not tell one)
            targets = self._article_partner(trig, r, sources)
        return sources, targets

    # -- places --------------------------------------------------------------------------------
    def _location(self, trig: Trigger, sent: Span, targets: Sequence[ResolvedActor],
                  dateline_place: str | None) -> Location | None:
        # the event's own place phrase, a visit's destination, "there", the governing verb's
        # place, then the dateline (resolve.event_places)
        pat = trig.pattern
        return event_place(
            trig.token, trig.obj, sent, self.gazetteer,
            [t.actor.country for t in targets if t.actor.country],
            destination=pat.cameo.startswith("04") or pat.refine == "meeting",
            meeting=pat.refine == "meeting", dateline_place=dateline_place)

    def _place(self, tok: Token, context: Sequence[str]) -> Location | None:
        return place_of(tok, self.gazetteer, context)
