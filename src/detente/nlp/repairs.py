"""Parse repairs: mend a few attachment errors the small English model makes often in news,
before anything reads the parse.

``detente_repairs`` (a stateless pipeline component, after the actor ruler, whose spans it
reads) mends:

* **A subject swallowed by a preposed phrase.** "At the invitation of President Xi, President
  Lula of Brazil paid a state visit to China", "Under the auspices of Qatar, the Foreign
  Minister of Pakistan, Khawaja Asif, held talks with ...": the model hangs the clause's
  subject on the phrase's last noun as an apposition (or a conjunct) and leaves the verb with
  no subject, so nobody visits or talks. When a sentence opens with a prepositional phrase
  attached to its main verb, the verb has no subject, and right after a comma inside that
  phrase comes a noun phrase hung on it as an apposition or conjunct that runs up to the
  verb (only punctuation, adverbs and auxiliaries of the verb in between), that noun phrase
  becomes the verb's subject (``nsubjpass`` for a passive verb), and later appositions of
  the same phrase ("..., Luiz Inacio Lula da Silva,") become appositions of the subject.

* **The second side of "between" hung on the noun.** "talks in Muscat between Iran,
  represented by its foreign minister, and the United States, represented by an envoy": the
  model makes "the United States" (and the participle after "Iran") depend on "talks", so
  the talks are Iran's alone. When the object of "between" has no conjunct of its own and
  the noun "between" belongs to has a conjunct after it, with only punctuation, the "and"
  and participial or relative clauses in between, that conjunct, its "and" and those
  clauses are hung on the object of "between".

* **Two states read as one state title.** "the Kingdom of Cambodia and Thailand signed a
  truce": the model hangs "Thailand" on "Cambodia", inside the
  title, so one side agrees with no one. When the "of" phrase of a state title (republic,
  kingdom, state, sultanate ...) is a country with an "and"-conjunct that is another country,
  and no knowledge-base name spans both ("Trinidad and Tobago", "Bosnia and Herzegovina"),
  the conjunct is hung on the title noun.

* **A title after a pair hung on its first name.** "signed by Chile's envoy Rosa Diaz and
  Jan Novak, a deputy of the Slovak premier": the model hangs "a deputy ..." on "Diaz", so
  Diaz becomes Slovakia's envoy. A singular apposition ("a minister",
  "the envoy of ...") right after the comma that ends the last of an "and"-pair of names
  describes that last name: it is hung on it ("Biden and Xi, the two leaders" is plural and
  kept).

* **A charge named after the clause it sums up.** "Manila said a Chinese vessel had rammed
  a Philippine boat, a charge Beijing rejected": the model may make the rammed clause a
  complement of "rejected" (so the denial seems to reject the ramming itself, and nobody
  said it), or make "a charge" the object of the clause's verb ("had fired on a post, a
  claim Pyongyang denied"). When a charge noun (charge, claim, accusation, allegation,
  assertion) with an article follows a comma and is the object of a denying verb whose
  subject comes after it, the clause before the comma goes back to the verb that reported
  it, the charge noun becomes an apposition of the last word before the comma and the
  denying verb a relative clause of the charge; a charge noun made the object of the
  clause's own verb is hung on that last word too.

* **A capitalised noun read as a verb subject.** "Aid to Niger was suspended by the EU": the
  model tags a sentence's first word that is also a verb ("Aid", "Fire") as a verb and makes
  it a clausal subject, so the measure has no object. A clausal subject that is the
  sentence's first word and has no subject, object, auxiliary or marker of its own (only a
  prepositional phrase, modifiers) is a noun subject.

Readout prose opens sentences with such phrases ("At the invitation of", "On the sidelines
of", "Under the patronage of", "At the request of"), so the mend matters most where events
are densest. A sentence whose verb has a subject is never touched, and only tokens of that
one sentence are re-attached (sentence bounds do not move).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

__all__ = ["mend_between_pairs", "mend_charge_appositions", "mend_noun_subjects",
           "mend_pair_appositions", "mend_preposed_subjects", "mend_state_titles",
           "repair_parse"]

#: dependents that make a verb's subject
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: what may stand between the mended subject and its verb
_BETWEEN = frozenset({"aux", "auxpass", "advmod", "npadvmod", "neg", "punct"})
#: how the model hangs the swallowed subject on the phrase
_SWALLOWED = ("appos", "conj")


@Language.component("detente_repairs")
def repair_parse(doc: Doc) -> Doc:
    """The component: mend ``doc``'s parse in place (see the module's docstring)."""
    mend_preposed_subjects(doc)
    mend_between_pairs(doc)
    mend_state_titles(doc)
    mend_pair_appositions(doc)
    mend_charge_appositions(doc)
    mend_noun_subjects(doc)
    return doc


def mend_preposed_subjects(doc: Doc) -> int:
    """Give back the subject a sentence-opening prepositional phrase swallowed; the number
    of sentences mended."""
    if len(doc) < 6 or not doc.has_annotation("DEP"):
        return 0
    strings = doc.vocab.strings
    prep = strings["prep"]
    arr = doc.to_array([SENT_START, DEP, HEAD]).astype("int64")
    starts = np.flatnonzero(arr[:, 0] == 1)
    if len(starts) == 0 or starts[0] != 0:
        starts = np.concatenate(([0], starts))
    # (only sentences whose first word is a preposition hung on another word are read)
    cands = starts[(arr[starts, 1] == prep) & (arr[starts, 2] != 0)]
    mended = 0
    for s in cands.tolist():
        if _mend(doc[s]):
            mended += 1
    return mended


def _mend(first: Token) -> bool:
    verb = first.head
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or verb.i <= first.i:
        return False
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    end = first.right_edge.i  # the phrase, up to its last word
    if end >= verb.i:
        return False
    doc = first.doc
    inside = range(first.i, end + 1)
    comma = next((i for i in inside if doc[i].text == ","), None)
    if comma is None:
        return False
    subject = next((t for t in doc[comma + 1:end + 1] if t.dep_ in _SWALLOWED
                    and first.i <= t.head.i < comma and t.left_edge.i == comma + 1
                    and t.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return False
    # later appositions of the phrase's noun name the subject again ("..., Lula da Silva,")
    again = [t for t in doc[subject.right_edge.i + 1:end + 1]
             if t.dep_ in _SWALLOWED and first.i <= t.head.i < comma
             and t.pos_ in ("NOUN", "PROPN")]
    last = max([subject.right_edge.i] + [t.right_edge.i for t in again])
    for t in doc[last + 1:verb.i]:
        if t.dep_ != "punct" and (t.dep_ not in _BETWEEN or t.head.i != verb.i):
            return False  # the phrase goes on after the noun phrase, or the verb is not next
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subject.head = verb
    subject.dep_ = "nsubjpass" if passive else "nsubj"
    for t in again:
        t.head = subject
        t.dep_ = "appos"
    log.debug("mended the subject %r of %r", subject.text, verb.text)
    return True


def mend_between_pairs(doc: Doc) -> int:
    """Hang the second side of "between X, ..., and Y" on X where the model hung it on the
    noun "between" belongs to; the number of pairs mended."""
    if len(doc) < 6 or not doc.has_annotation("DEP"):
        return 0
    return sum(_mend_between(doc[i]) for i in _positions(doc, ("between",)))


def _mend_between(prep: Token) -> bool:
    if prep.dep_ != "prep":
        return False
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if first is None or first.pos_ != "PROPN" or any(c.dep_ == "conj" for c in first.children):
        return False
    doc = prep.doc
    start = first.right_edge.i + 1
    if start + 2 >= len(doc) or doc[start].text != ",":
        return False
    clause = doc[start + 1]  # "represented by ...", "which sent ...", "led by ..."
    if not (clause.tag_ == "VBN" or clause.lower_ in ("which", "who")):
        return False
    stop = min(len(doc), start + 20)
    cc = next((t for t in doc[start + 2:stop] if t.lower_ == "and" and t.dep_ == "cc"), None)
    if cc is None or doc[cc.i - 1].text != "," or any(
            t.is_sent_start or t.lower_ in ("between", ";") for t in doc[start + 1:cc.i]):
        return False
    second = doc[cc.i + 1] if cc.i + 1 < len(doc) else None
    while second is not None and second.dep_ in ("det", "compound", "amod") and (
            second.head.i > second.i):
        second = second.head  # "the United States": its head word
    if second is None or second.dep_ != "conj" or second.pos_ != "PROPN" or (
            second.left_edge.i != cc.i + 1):
        return False
    if clause.lower_ in ("which", "who"):
        clause = clause.head  # the relative clause's verb
    ancestors = {t.i for t in first.ancestors}
    if clause.i in ancestors or second.i in ancestors or cc.i in ancestors:
        return False
    second.head = first
    second.dep_ = "conj"
    cc.head = first
    if clause.head.i != first.i:
        clause.head = first
        clause.dep_ = "acl" if clause.tag_ == "VBN" else "relcl"
    log.debug("mended between %r and %r", first.text, second.text)
    return True


#: nouns of a state's formal title ("the Republic of Korea", "the Kingdom of Morocco")
STATE_TITLES = frozenset({"republic", "kingdom", "state", "sultanate", "emirate", "federation",
                          "principality", "commonwealth", "duchy"})


def mend_state_titles(doc: Doc) -> int:
    """Hang the second of "the Republic of X and Y" on the title where X and Y are two
    countries; the number mended."""
    if len(doc) < 5 or not doc.has_annotation("DEP"):
        return 0
    mended = 0
    for i in _positions(doc, STATE_TITLES):
        title = doc[i]
        of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        first = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if first is None or first.ent_type_ != "GPE":
            continue
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if second is None or cc is None or second.ent_type_ != "GPE" or not (
                first.i < cc.i < second.i) or _one_name(doc, first.i, second.i):
            continue
        second.head = title
        cc.head = title
        mended += 1
        log.debug("mended the state title %r: %r is its own", title.text, second.text)
    return mended


#: the articles of a singular apposition that names one person's post ("a minister", "the envoy")
_APPOS_DETS = frozenset({"a", "an", "the"})


def mend_pair_appositions(doc: Doc) -> int:
    """Hang a singular apposition after "A and B," on B where the model hung it on A; the
    number mended."""
    if len(doc) < 6 or not doc.has_annotation("DEP"):
        return 0
    strings = doc.vocab.strings
    if "appos" not in strings:
        return 0
    deps = doc.to_array([DEP]).astype("int64")
    mended = 0
    for i in np.flatnonzero(deps == strings["appos"]).tolist():
        ap = doc[i]
        first = ap.head
        if ap.tag_ != "NN" or first.pos_ != "PROPN" or first.i >= ap.i:
            continue
        left = ap.left_edge
        if left.lower_ not in _APPOS_DETS or left.i < 2 or doc[left.i - 1].text != ",":
            continue
        second = next((c for c in first.children if c.dep_ == "conj"
                       and c.right_edge.i == left.i - 2), None)
        if second is None or second.pos_ != "PROPN" or not any(
                c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < second.i
                for c in first.children):
            continue
        ap.head = second
        mended += 1
        log.debug("mended the apposition %r: it names %r", ap.text, second.text)
    return mended


def _one_name(doc: Doc, a: int, b: int) -> bool:
    """Whether one knowledge-base name covers tokens ``a`` and ``b`` ("Trinidad and Tobago")."""
    return any(sp.start <= a and b < sp.end for sp in doc.spans.get("actors") or ())


def _positions(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of ``words``."""
    strings = doc.vocab.strings
    keys = [strings[w] for w in words if w in strings]
    if not keys:
        return []
    return np.flatnonzero(np.isin(doc.to_array([LOWER]), keys)).tolist()


#: nouns that sum up a reported clause as a charge ("..., a charge Beijing rejected")
_CHARGE_NOUNS = ("charge", "claim", "accusation", "allegation", "assertion")
#: verbs that deny or reject such a charge
_DENYING = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "contest"})


def mend_charge_appositions(doc: Doc) -> int:
    """Hang ", a charge X denied" on the clause it sums up; the number mended."""
    if len(doc) < 8 or not doc.has_annotation("DEP"):
        return 0
    mended = 0
    for i in _positions(doc, _CHARGE_NOUNS):
        noun = doc[i]
        det = noun.left_edge
        if det.lower_ not in _APPOS_DETS or det.i < 3 or doc[det.i - 1].text != ",":
            continue
        before = doc[det.i - 2]  # the last word of the clause the charge sums up
        if before.pos_ not in ("NOUN", "PROPN") or before.sent != noun.sent:
            continue
        deny = noun.head
        if noun.dep_ == "dobj" and deny.lemma_.lower() in _DENYING and deny.i > noun.i and any(
                c.dep_ == "nsubj" and noun.i < c.i < deny.i for c in deny.children):
            # "rammed ..., a charge Beijing rejected" read as "[rammed ...] Beijing rejected"
            clause = next((c for c in deny.children if c.dep_ == "ccomp" and c.i < det.i
                           and before.i <= c.right_edge.i), None)
            if clause is None or deny.dep_ not in ("ccomp", "conj") or deny.head.i > clause.i:
                continue
            reporter = deny.head
            clause.head = reporter
            clause.dep_ = "ccomp"
            deny.head = noun
            deny.dep_ = "relcl"
            noun.head = before
            noun.dep_ = "appos"
        elif noun.dep_ == "dobj" and noun.head.i < det.i and any(
                c.dep_ == "relcl" and c.lemma_.lower() in _DENYING for c in noun.children):
            # "had fired on a post, a claim Pyongyang denied": the claim is no second object
            noun.head = before
            noun.dep_ = "appos"
        else:
            continue
        mended += 1
        log.debug("mended the charge %r: it sums up the clause before it", noun.text)
    return mended


#: what a verb heading a clausal subject has and a noun never has
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "ccomp",
                          "xcomp", "dative", "attr", "acomp", "prt"})


def mend_noun_subjects(doc: Doc) -> int:
    """Make a sentence-opening clausal subject with nothing of a clause a noun subject
    ("Aid to Niger was suspended ..."); the number mended."""
    if len(doc) < 4 or not doc.has_annotation("DEP"):
        return 0
    mended = 0
    for sent in doc.sents:
        first = sent[0]
        if first.dep_ not in ("csubj", "csubjpass") or first.pos_ != "VERB" or (
                not first.text[:1].isupper()) or any(
                c.dep_ in _CLAUSE_DEPS for c in first.children):
            continue
        first.pos_ = "NOUN"
        first.tag_ = "NN"
        first.dep_ = "nsubjpass" if first.dep_ == "csubjpass" else "nsubj"
        mended += 1
        log.debug("mended %r: a noun subject, not a clause", first.text)
    return mended
