"""A sentence's words read once: the per-token strings the extractor's passes ask for.

Many passes of the extractor look at every token of a sentence only to find the few with a
given lemma, part of speech or dependency ("the verbs whose lemma is a reporting verb", "the
proper nouns"). Each visit makes a new spaCy ``Token`` object and reads its strings again;
:func:`sentence_words` reads them once per sentence and document, so a pass can pick its few
tokens from plain tuples and sets. It changes no result: it is the same tokens and strings.
"""

from __future__ import annotations

from dataclasses import dataclass

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
        return [t for t, w in zip(self.tokens, self.lemmas, strict=True) if w in lemmas]


def sentence_words(sent: Span) -> SentenceWords:
    """The words of ``sent``, read from its tokens once per document and sentence."""
    doc: Doc = sent.doc
    views = doc.user_data.get(WORDS_KEY)
    if views is None:
        views = doc.user_data[WORDS_KEY] = {}
    key = (sent.start, sent.end)
    found = views.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    tokens = tuple(doc_tokens(doc)[sent.start:sent.end])
    ids = views.get(_IDS)
    if ids is None:
        # the four strings of every token of the document as hash ids, read in one call
        ids = views[_IDS] = doc.to_array([LEMMA, LOWER, POS, DEP]).tolist()
    names = _names(doc)
    rows = ids[sent.start:sent.end]
    lemmas = tuple([names.lemma(r[0]) for r in rows])
    lowers = tuple([names.text(r[1]) for r in rows])
    found = views[key] = SentenceWords(
        tokens, lemmas, lowers, tuple([names.text(r[2]) for r in rows]),
        tuple([names.text(r[3]) for r in rows]), frozenset(lemmas) | frozenset(lowers))
    return found


#: the key of the document's token ids among its sentence views
_IDS = "ids"


class _Names:
    """Hash id -> string (and lower-cased lemma), looked up once per id and vocabulary."""

    __slots__ = ("lemmas", "strings", "texts")

    def __init__(self, strings: object) -> None:
        self.strings = strings
        self.texts: dict[int, str] = {}
        self.lemmas: dict[int, str] = {}

    def text(self, key: int) -> str:
        found = self.texts.get(key)
        if found is None:
            found = self.texts[key] = self.strings[key]  # type: ignore[index]
        return found

    def lemma(self, key: int) -> str:
        found = self.lemmas.get(key)
        if found is None:
            found = self.lemmas[key] = self.text(key).lower()
        return found


_NAMES: dict[int, _Names] = {}


def _names(doc: Doc) -> _Names:
    strings = doc.vocab.strings
    found = _NAMES.get(id(strings))
    if found is None or found.strings is not strings:
        found = _NAMES[id(strings)] = _Names(strings)
    return found
