"""The per-document reads of resolve.tokens made in one pass (every token's children and left
children at the first ask, every sentence from ``doc.sents``) and the sentence words decoded
once per document give what spaCy gives, also when the reads switch between documents (each
cache holds the document it was asked about last and starts anew for another one)."""

from __future__ import annotations

import pytest

from detente.nlp.words import sentence_words
from detente.pipeline import _break_long
from detente.resolve.tokens import doc_tokens, kids, lefts, sent_of

TEXTS = [
    "Chile's foreign minister received her Peruvian counterpart in Lima on Tuesday. "
    "The two sides signed a fisheries accord and asked both coast guards to share data.",
    "Ghana expelled two Togolese diplomats after a dispute over the border post, a "
    "spokesman said. Accra also recalled its envoy from Lome, who had criticised the move.",
    "Hundreds of farmers marched in Warsaw against cheap grain imports; riot police "
    "blocked the road to parliament.",
    "",
    "Talks.",
]


@pytest.fixture(scope="module")
def docs(coder):
    return [coder.nlp(t) for t in TEXTS]


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (2, 0, 4, 1, 0), (1, 1, 3, 2, 0, 2)])
def test_speed16_token_reads_switch_docs(docs, order):
    for k in order:
        doc = docs[k]
        for tok in doc_tokens(doc):
            assert kids(tok) == tuple(tok.children)
            assert lefts(tok) == tuple(tok.lefts)
            sent = sent_of(tok)
            assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)
            assert sent.doc is doc


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1, 0), (4, 1, 4, 2)])
def test_speed16_sentence_words_switch_docs(docs, order):
    for k in order:
        for sent in docs[k].sents:
            view = sentence_words(sent)
            assert view.tokens == tuple(sent)
            assert view.lemmas == tuple(t.lemma_.lower() for t in sent)
            assert view.lowers == tuple(t.lower_ for t in sent)
            assert view.pos == tuple(t.pos_ for t in sent)
            assert view.deps == tuple(t.dep_ for t in sent)


def _break_reference(text: str, limit: int) -> str:
    """Character by character: a line break for the first space past ``limit`` characters
    with no sentence end, counted again after each break."""
    chars, run = list(text), 0
    for i, ch in enumerate(chars):
        if ch in ".!?\n":
            run = 0
            continue
        run += 1
        if run > limit and ch == " ":
            chars[i] = "\n"
            run = 0
    return "".join(chars)


@pytest.mark.parametrize("text", [
    "word " * 900,
    ("a" * 1999 + " ") * 3,
    "Short one. " + "x " * 2500 + ". " + "y" * 2100 + " z",
    ("ends here! " * 300) + ("no stop " * 400),
    "no spaces" * 400,
])
def test_speed16_break_long_as_walk(text):
    out = _break_long(text)
    assert out == _break_reference(text, 2000)
    assert len(out) == len(text)
