"""Table-driven stand-ins for the model's ``attribute_ruler`` and ``lemmatizer`` (same output,
a fraction of the time).

The English model's attribute ruler maps each fine-grained tag to its coarse POS and morphology
and applies a few hundred word exceptions ("'s" as a verb, "wo" -> "will" ...). spaCy runs it
as a token :class:`~spacy.matcher.Matcher` that tries every pattern at every token, which costs
about a seventh of the whole statistical pipeline on news text. Every pattern the model ships is
a run of one or two tokens compared on plain attribute values (``TAG``, ``LOWER``, ``DEP``,
``IS_SPACE``), so the same rules can be looked up in dictionaries keyed by those values instead.

:class:`FastAttributes` compiles the model's ruler into such tables and reproduces its result
exactly: matches are found on the document as it is before any rule applies, rules apply in
the order they were added (a later rule wins for an attribute it sets), and the attributes are
written through ``Doc.from_array``, which sets the same token fields ``set_token_attrs`` does.
When the ruler holds anything the tables cannot express (operators, sets of values, extension
attributes, lexical attributes), :func:`compile_ruler` returns None and the original component
stays in the pipeline. ``tests/test_nlp_attributes.py`` checks token-for-token identity with
the original ruler over the sample corpus.

:class:`FastLemmas` keeps the model's rule lemmatizer but asks it once per (word, POS,
morphology): spaCy's rule lemmatizer is a pure function of those three (its own cache uses the
same key), yet it is called through a Python ``Token`` for every token of every document. The
lemma hashes are read and written as arrays.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: token fields a rule may set here (all token-level, written by ``Doc.from_array``)
SETTABLE = (POS, TAG, MORPH, LEMMA, DEP)
#: the attributes a pattern may compare (plain values only)
COMPARABLE = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "MORPH",
                        "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE",
                        "IS_UPPER", "IS_LOWER", "SHAPE"})
FLAGS = frozenset(k for k in COMPARABLE if k.startswith("IS_"))


#: a check on one token beyond the looked-up values: (column, "in" | "not_in" | "regex", arg)
Check = tuple[int, str, Any]
#: the looked-up values of one token and its further checks
Spec = tuple[tuple[int, ...], tuple[int, ...], tuple[Check, ...]]


@dataclass
class _Table:
    """Rules whose first token is looked up on the same columns: value tuple -> [(rule id,
    the first token's further checks, the other tokens' specs, index)]."""

    cols: tuple[int, ...]
    gate: int = -1  # the column with the fewest distinct wanted values, checked first
    gate_values: frozenset[int] = frozenset()
    rules: dict[tuple[int, ...], list[tuple[int, tuple[Check, ...], tuple[Spec, ...], int]]] = \
        field(default_factory=dict)


class CompiledRules:
    """The ruler's patterns as lookup tables; :meth:`apply` sets what the ruler would."""

    #: distinct token readings kept before the memo starts again
    MAX_ROWS = 200_000

    def __init__(self, read: list[int], tables: list[_Table],
                 sets: list[tuple[tuple[int, int], ...]], strings: Any) -> None:
        self.read = read  # attribute ids read per token, in column order
        self.tables = tables
        self.sets = sets  # rule id -> ((column in SETTABLE, value), ...)
        self.strings = strings
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        self._regex: dict[tuple[Any, int], bool] = {}
        #: a token's read values -> the rules its first token matches (words, tags and
        #: labels repeat: most tokens are looked up once per distinct reading)
        self._first: dict[tuple[int, ...], tuple[tuple[int, tuple[Spec, ...], int], ...]] = {}

    def _merge(self, rule_ids: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """What a token matched by ``rule_ids`` ends with: later rules win per attribute."""
        found = self._merged.get(rule_ids)
        if found is None:
            last: dict[int, int] = {}
            for r in rule_ids:
                for col, value in self.sets[r]:
                    last[col] = value
            found = self._merged[rule_ids] = tuple(last.items())
        return found

    def _passes(self, row: Sequence[int], checks: tuple[Check, ...]) -> bool:
        for col, kind, arg in checks:
            value = row[col]
            if kind == "in":
                if value not in arg:
                    return False
            elif kind == "not_in":
                if value in arg:
                    return False
            else:
                key = (arg, value)
                ok = self._regex.get(key)
                if ok is None:
                    ok = self._regex[key] = arg.search(self.strings[value]) is not None
                if not ok:
                    return False
        return True

    def _spec_passes(self, row: list[int], spec: Spec) -> bool:
        cols, values, checks = spec
        return all(row[c] == v for c, v in zip(cols, values, strict=True)) and \
            self._passes(row, checks)

    def _first_matches(self, row: tuple[int, ...]
                       ) -> tuple[tuple[int, tuple[Spec, ...], int], ...]:
        """The rules whose first token matches a token read as ``row``: (rule id, the other
        tokens' specs, index), in table order."""
        found: list[tuple[int, tuple[Spec, ...], int]] = []
        for table in self.tables:
            if table.gate >= 0 and row[table.gate] not in table.gate_values:
                continue
            cands = table.rules.get(tuple([row[c] for c in table.cols]))
            if not cands:
                continue
            for rule_id, checks, rest, index in cands:
                if checks and not self._passes(row, checks):
                    continue
                found.append((rule_id, rest, index))
        return tuple(found)

    def apply(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(self.read).reshape(n, len(self.read)).tolist()
        first = self._first
        if len(first) > self.MAX_ROWS:
            first.clear()
        hits: dict[int, list[int]] = {}
        for i, row in enumerate(rows):
            key = tuple(row)
            found = first.get(key)
            if found is None:
                found = first[key] = self._first_matches(key)
            for rule_id, rest, index in found:
                if rest and (i + len(rest) >= n or not all(
                        self._spec_passes(rows[i + 1 + k], spec)
                        for k, spec in enumerate(rest))):
                    continue
                at = i + index if index >= 0 else i + len(rest) + 1 + index
                hits.setdefault(at, []).append(rule_id)
        if not hits:
            return doc
        out = doc.to_array(list(SETTABLE))
        for at, rule_ids in hits.items():
            for col, value in self._merge(tuple(sorted(set(rule_ids)))):
                out[at, col] = value
        doc.from_array(list(SETTABLE), out)
        return doc


def compile_ruler(ruler: Any) -> CompiledRules | None:
    """Tables for ``ruler`` (a spaCy ``AttributeRuler``), or None when one of its patterns or
    attribute sets is beyond them."""
    vocab = ruler.vocab
    strings = vocab.strings
    read: list[int] = []

    def column(key: str) -> int:
        attr = IDS[key]
        if attr not in read:
            read.append(attr)
        return read.index(attr)

    def value_of(key: str, value: Any) -> int | None:
        if key in FLAGS:
            return int(value) if isinstance(value, bool) else None
        if not isinstance(value, str):
            return None
        if key == "MORPH":
            return int(vocab.morphology.add(value)) if value else 0
        return int(strings.add(value)) if value else 0

    def spec_of(spec: Any) -> tuple[list[tuple[int, frozenset[int]]], list[Check]] | None:
        """(columns compared to a value or a set of values, further checks) of one token."""
        if not isinstance(spec, dict) or not spec:
            return None
        eq: list[tuple[int, frozenset[int]]] = []
        more: list[Check] = []
        for key, value in spec.items():
            if key not in COMPARABLE:
                return None
            if isinstance(value, dict):
                if len(value) != 1:
                    return None
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list):
                    vals = [value_of(key, a) for a in arg]
                    if any(v is None for v in vals):
                        return None
                    group = frozenset(v for v in vals if v is not None)
                    if op == "IN":
                        eq.append((column(key), group))
                    else:
                        more.append((column(key), "not_in", group))
                elif op == "REGEX" and isinstance(arg, str) and key not in FLAGS:
                    more.append((column(key), "regex", re.compile(arg)))
                else:
                    return None
                continue
            v = value_of(key, value)
            if v is None:
                return None
            eq.append((column(key), frozenset([v])))
        return sorted(eq, key=lambda cv: cv[0]), more

    settable = {attr: col for col, attr in enumerate(SETTABLE)}
    sets: list[tuple[tuple[int, int], ...]] = []
    by_cols: dict[tuple[int, ...], _Table] = {}
    for rule_id, entry in enumerate(ruler.patterns):
        attrs = ruler.attrs[rule_id]
        if any(a not in settable for a in attrs):
            return None
        sets.append(tuple((settable[a], int(v)) for a, v in attrs.items()))
        index = int(entry.get("index", 0))
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                return None
            if not -len(pattern) <= index < len(pattern):
                return None
            specs = [spec_of(spec) for spec in pattern]
            if any(s is None for s in specs):
                return None
            rest: list[Spec] = []
            for sp in specs[1:]:
                assert sp is not None
                eq, more = sp
                # a set of values after the first token becomes a further check
                single = [(c, next(iter(g))) for c, g in eq if len(g) == 1]
                more = more + [(c, "in", g) for c, g in eq if len(g) != 1]
                rest.append((tuple(c for c, _ in single), tuple(v for _, v in single),
                             tuple(more)))
            first = specs[0]
            assert first is not None
            eq, more = first
            cols = tuple(c for c, _ in eq)
            table = by_cols.setdefault(cols, _Table(cols))
            for values in itertools.product(*(sorted(g) for _, g in eq)):
                table.rules.setdefault(tuple(values), []).append(
                    (rule_id, tuple(more), tuple(rest), index))
    if len(sets) != len(ruler.attrs):
        return None
    for table in by_cols.values():
        if not table.cols:
            continue
        wanted = [{key[k] for key in table.rules} for k in range(len(table.cols))]
        k = min(range(len(table.cols)), key=lambda j: len(wanted[j]))
        table.gate = table.cols[k]
        table.gate_values = frozenset(wanted[k])
    return CompiledRules(read, list(by_cols.values()), sets, strings)


class _EachDoc:
    """A component that works one document at a time, in ``nlp.pipe`` too."""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastAttributes(_EachDoc):
    """Pipeline component: the compiled rules of the model's attribute ruler."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules: CompiledRules | None = None

    def use(self, rules: CompiledRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise RuntimeError("detente_attributes has no rules: build it with "
                               "detente.nlp.attributes.replace_attribute_ruler(nlp)")
        return self.rules.apply(doc)


@Language.factory("detente_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp, name)


#: past forms of verbs the small model tags as adjectives even where they head a clause
#: ("has unfrozen $6 billion", "the assets were unfrozen by Britain"): word -> (lemma, tag).
#: Read as the verb (POS, tag, lemma) unless the word stands before a noun as its modifier
#: ("the unfrozen funds" stays an adjective).
PAST_AS_ADJECTIVE: dict[str, tuple[str, str]] = {
    "unfroze": ("unfreeze", "VBD"),
    "unfrozen": ("unfreeze", "VBN"),
}


class FastLemmas(_EachDoc):
    """Pipeline component: the model's rule lemmatizer asked once per (word, POS, morphology);
    the few past forms of :data:`PAST_AS_ADJECTIVE` tagged as adjectives are read as verbs."""

    #: distinct (word, POS, morphology) keys kept before the memo starts again
    MAX_KEYS = 500_000

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lemmatizer: Any = None
        self.memo: dict[tuple[int, int, int], int] = {}
        #: ORTH hash of each spelling of a :data:`PAST_AS_ADJECTIVE` word -> (lemma, tag) hashes
        self.past: dict[int, tuple[int, int]] = {}

    def use(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        add = lemmatizer.vocab.strings.add
        self.past = {add(spelling): (add(lemma), add(tag))
                     for word, (lemma, tag) in PAST_AS_ADJECTIVE.items()
                     for spelling in (word, word.capitalize())}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem is None:
            raise RuntimeError("detente_lemmas has no lemmatizer: build it with "
                               "detente.nlp.attributes.replace_lemmatizer(nlp)")
        if not len(doc):
            return doc
        if not lem._validated:
            lem._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        memo = self.memo
        if len(memo) > self.MAX_KEYS:
            memo.clear()
        add = lem.vocab.strings.add
        lemmas = []
        past = self.past
        verbs: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if orth in past:
                verbs.append(i)
            if not lemma:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = add(lem.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))
        if verbs:
            self._past_as_verbs(doc, verbs)
        return doc

    def _past_as_verbs(self, doc: Doc, at: list[int]) -> None:
        """Read the :data:`PAST_AS_ADJECTIVE` words at ``at`` that were tagged as adjectives
        and do not stand before a noun as verbs; a subject the parser hung on the verb's
        auxiliary ("Britain has unfrozen ...", also when the word was tagged a verb) is the
        verb's."""
        for i in at:
            tok = doc[i]
            if tok.pos_ == "ADJ" and not (tok.dep_ == "amod" and tok.head.i > i):
                lemma, tag = self.past[tok.orth]
                tok.pos_ = "VERB"
                tok.tag = tag
                tok.lemma = lemma
                tok.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part" if tok.tag_ == "VBN"
                              else "Tense=Past|VerbForm=Fin")
            if tok.pos_ != "VERB":
                continue
            for aux in [c for c in tok.children if c.dep_ == "aux" and c.i < i]:
                for subj in [c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")]:
                    subj.head = tok


@Language.factory("detente_lemmas")
def make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    return FastLemmas(nlp, name)


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Swap the pipeline's rule lemmatizer ``name`` for :class:`FastLemmas` in place; False
    (and the pipeline unchanged) when there is none, or it is not a plain rule lemmatizer
    (another mode, or one that overwrites lemmas set before it)."""
    if name not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe(name)
    if getattr(lem, "mode", None) != "rule" or getattr(lem, "overwrite", True) or \
            getattr(lem, "lemmatize", None) != getattr(lem, "rule_lemmatize", None):
        log.info("%s kept: not a plain rule lemmatizer", name)
        return False
    return _swap(nlp, name, "detente_lemmas", lem)


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap the pipeline's ``name`` component for :class:`FastAttributes` in place; False (and
    the pipeline unchanged) when there is no such ruler or its rules cannot be compiled."""
    if name not in nlp.pipe_names:
        return False
    rules = compile_ruler(nlp.get_pipe(name))
    if rules is None:
        log.info("%s kept: its patterns need the token matcher", name)
        return False
    return _swap(nlp, name, "detente_attributes", rules)


def _swap(nlp: Language, name: str, factory: str, payload: Any) -> bool:
    """Put a ``factory`` component fed with ``payload`` where ``name`` stood."""
    nlp.add_pipe(factory, before=name).use(payload)
    nlp.remove_pipe(name)
    return True
