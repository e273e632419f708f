"""``resolve.tokens.subtree`` (a token's subtree read once per document) gives what spaCy's
``Token.subtree`` gives, token for token and in the same order: on parsed sentences, when the
reads switch between documents, and on a hand-made parse that is not projective (where the
subtree is not the stretch from the left edge to the right edge)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from detente.resolve.tokens import doc_tokens, subtree, subtree_ids

TEXTS = [
    "Oslo's envoy met the Kenyan trade minister in Nairobi on Monday and the two sides "
    "agreed that a joint commission should meet before the end of the year.",
    "The ministry said the drills near the strait were provocative, and warned that it "
    "would respond if the patrols did not stop.",
    "Quito summoned the Mexican ambassador over remarks which it called offensive.",
    "",
    "Calm.",
]


@pytest.fixture(scope="module")
def docs(coder):
    return [coder.nlp(t) for t in TEXTS]


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (2, 0, 2, 1), (1, 4, 0, 1)])
def test_speed26_subtree_as_spacy(docs, order):
    for k in order:
        doc = docs[k]
        for tok in doc_tokens(doc):
            got = subtree(tok)
            assert [t.i for t in got] == [t.i for t in tok.subtree]
            assert all(t.doc is doc for t in got)
            assert subtree(tok) is got  # (read once)
            assert subtree_ids(tok) == frozenset(t.i for t in got)


@pytest.mark.parametrize("words,heads,deps", [
    # the subtree of "b" holds "a" through "c", which sits after "b": not a stretch in order
    (["a", "b", "c", "d"], [2, 1, 1, 1], ["dobj", "ROOT", "ccomp", "punct"]),
    (["w", "x", "y", "z", "v"], [3, 2, 2, 1, 2], ["amod", "nsubj", "ROOT", "appos", "punct"]),
    (["p", "q", "r"], [0, 0, 0], ["ROOT", "dobj", "punct"]),
])
def test_speed26_subtree_non_projective(coder, words, heads, deps):
    doc = Doc(coder.nlp.vocab, words=words, heads=heads, deps=deps)
    for tok in doc:
        assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]
