"""The per-document reads (resolve.tokens, nlp.words, resolve.event_dates) give what spaCy
gives, also when the extractor switches between documents and sentences (each cache holds the
document or span it was asked about last and starts anew for another one)."""

from __future__ import annotations

import pytest

from detente.nlp.words import sentence_words
from detente.resolve.event_dates import blank_except, sentence_deps, sentence_rows
from detente.resolve.tokens import doc_tokens, kids, sent_of, subtree_ids

TEXTS = [
    "The foreign minister of Chile met her Peruvian counterpart in Lima on Tuesday. "
    "They signed a trade pact and urged both navies to stop the drills.",
    "Kenya recalled its ambassador from Uganda after a border clash, officials said. "
    "Nairobi also summoned the envoy of Kampala, who denied the claims.",
    "Protesters in Tbilisi rallied against the new law; police fired tear gas.",
]


@pytest.fixture(scope="module")
def docs(coder):
    return [coder.nlp(t) for t in TEXTS]


def _blank_reference(sent, keep: set[int], punct: bool) -> str:
    """Character by character: the kept tokens' text, spaces elsewhere."""
    base = sent.start_char
    chars = [" "] * (sent.end_char - base)
    for t in sent:
        if t.i in keep or (punct and t.is_punct):
            a = t.idx - base
            chars[a:a + len(t.text)] = t.text
    return "".join(chars)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1, 0), (1, 1, 2, 0, 2)])
def test_speed15_token_reads_switch_docs(docs, order):
    for k in order:
        doc = docs[k]
        toks = doc_tokens(doc)
        assert [t.i for t in toks] == list(range(len(doc)))
        assert all(t.doc is doc for t in toks)
        for tok in doc:
            assert [c.i for c in kids(tok)] == [c.i for c in tok.children]
            assert subtree_ids(tok) == frozenset(t.i for t in tok.subtree)
            sent = sent_of(tok)
            assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0, 1), (0, 0, 2, 2)])
def test_speed15_sentence_words_switch_docs(docs, order):
    for k in order:
        for sent in docs[k].sents:
            for span in (sent, docs[k][sent.start:sent.end]):  # (a new span, same bounds)
                w = sentence_words(span)
                assert [t.i for t in w.tokens] == list(range(sent.start, sent.end))
                assert all(t.doc is docs[k] for t in w.tokens)
                assert w.lemmas == tuple(t.lemma_.lower() for t in sent)
                assert w.lowers == tuple(t.lower_ for t in sent)
                assert w.pos == tuple(t.pos_ for t in sent)
                assert w.deps == tuple(t.dep_ for t in sent)
                assert w.words == frozenset(w.lemmas) | frozenset(w.lowers)


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 1), (2, 2, 0)])
def test_speed15_sentence_rows_switch_docs(docs, order):
    for k in order:
        for sent in docs[k].sents:
            text, rows = sentence_rows(sent)
            assert text == sent.text
            assert rows == [(t.i, t.idx - sent.start_char, t.text, t.is_punct) for t in sent]
            assert sentence_deps(sent) == [(t.i, t.dep_) for t in sent]


@pytest.mark.parametrize("step,punct", [(1, False), (2, True), (3, False), (5, True)])
def test_speed15_blank_except_matches_reference(docs, step, punct):
    for doc in docs:
        for sent in doc.sents:
            keep = set(range(sent.start, sent.end, step))
            assert blank_except(sent, keep, punct) == _blank_reference(sent, keep, punct)
            assert blank_except(sent, set(), punct) == _blank_reference(sent, set(), punct)
