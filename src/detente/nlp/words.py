"""A sentence's words read once: the per-token strings the extractor's passes ask for.

Many passes of the extractor look at every token of a sentence only to find the few with a
given lemma, part of speech or dependency ("the verbs whose lemma is a reporting verb", "the
proper nouns"). Each visit makes a new spaCy ``Token`` object and reads its strings again;
:func:`sentence_words` reads them once per sentence and document, so a pass can pick its few
tokens from plain tuples and sets. It changes no result: it is the same tokens and strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from detente.resolve.tokens import doc_tokens

#: the key under ``Doc.user_data`` holding the views of the doc's sentences, by (start, end)
WORDS_KEY = "detente_sentence_words"


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """One sentence's tokens with their strings, index for index."""

    tokens: tuple[Token, ...]
    #: ``lemma_.lower()``
    lemmas: tuple[str, ...]
    #: ``lower_``
    lowers: tuple[str, ...]
    #: ``pos_``
    pos: tuple[str, ...]
    #: ``dep_``
    deps: tuple[str, ...]
    #: every lemma and lower-case form of the sentence
    words: frozenset[str]

    def with_pos(self, *pos: str) -> list[Token]:
        """The tokens whose part of speech is one of ``pos``, in order."""
        return [t for t, p in zip(self.tokens, self.pos, strict=True) if p in pos]

    def with_lemma(self, lemmas: frozenset[str] | set[str]) -> list[Token]:
        """The tokens whose lower-case lemma is in ``lemmas``, in order."""
        if self.words.isdisjoint(lemmas):
            return []  # (most sentences hold none of the lemmas asked for)
        return [t for t, w in zip(self.tokens, self.lemmas, strict=True) if w in lemmas]


def sentence_words(sent: Span) -> SentenceWords:
    """The words of ``sent``, read from its tokens once per document and sentence."""
    last = _LAST[0]
    if last[0] is sent:
        return last[1]  # (the span asked about last, held: no other span can take its address)
    doc: Doc = sent.doc
    views = doc.user_data.get(WORDS_KEY)
    if views is None:
        views = doc.user_data[WORDS_KEY] = {}
    key = (sent.start, sent.end)
    found = views.get(key)
    if found is not None:
        _LAST[0] = (sent, found)
        return found  # type: ignore[no-any-return]
    start, end = key
    cols = views.get(_IDS)
    if cols is None:
        # the four strings of every token of the document, read in one call as hash ids and
        # turned into strings once per document (lemma lower-cased), one list per attribute
        ids = doc.to_array([LEMMA, LOWER, POS, DEP]).T.tolist()
        names = _names(doc)
        text = names.texts.__getitem__
        cols = views[_IDS] = (list(map(names.lemmas.__getitem__, ids[0])),
                              *(list(map(text, col)) for col in ids[1:]), doc_tokens(doc))
    lemmas = tuple(cols[0][start:end])
    lowers = tuple(cols[1][start:end])
    found = views[key] = SentenceWords(
        tuple(cols[4][start:end]), lemmas, lowers, tuple(cols[2][start:end]),
        tuple(cols[3][start:end]), frozenset(lemmas) | frozenset(lowers))
    _LAST[0] = (sent, found)
    return found


#: the span :func:`sentence_words` was asked about last and its words (callers ask for the
#: same sentence span many times in a row; a span's bounds do not change)
_LAST: list[tuple[Any, Any]] = [(None, None)]


#: the key of the document's token ids among its sentence views
_IDS = "ids"


class _Strings(dict[int, str]):
    """Hash id -> string, read through ``read`` at the first look-up."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[[int], str]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, key: int) -> str:
        found = self[key] = self.read(key)
        return found


class _Names:
    """Hash id -> string (and lower-cased lemma), looked up once per id and vocabulary."""

    __slots__ = ("lemmas", "strings", "texts")

    def __init__(self, strings: object) -> None:
        self.strings = strings
        self.texts = texts = _Strings(strings.__getitem__)  # type: ignore[attr-defined]
        self.lemmas = _Strings(lambda key: texts[key].lower())

    def text(self, key: int) -> str:
        return self.texts[key]

    def lemma(self, key: int) -> str:
        return self.lemmas[key]


_NAMES: dict[int, _Names] = {}


def _names(doc: Doc) -> _Names:
    strings = doc.vocab.strings
    found = _NAMES.get(id(strings))
    if found is None or found.strings is not strings:
        found = _NAMES[id(strings)] = _Names(strings)
    return found
