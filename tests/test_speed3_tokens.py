"""The parse reads cached per document (detente.resolve.tokens) give what spaCy gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.resolve.tokens import doc_tokens, kids, sent_of, subtree_ids

SENTENCES = [
    "Lithuania expelled two Belarusian diplomats on Monday. Minsk answered in kind.",
    "The talks, which opened in Oslo, were held between the two delegations, officials said.",
    "Ghana and Togo agreed to reopen the border, and Benin did the same a week later.",
    "Protesters rallied outside the embassy. Police detained dozens. Nobody was hurt.",
    "",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    from detente.nlp import load_spacy

    try:
        return load_spacy()
    except OSError:  # pragma: no cover - the model is part of the environment
        return spacy.blank("en")


@pytest.mark.parametrize("text", SENTENCES)
def test_speed3_tokens_match_spacy(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for tok in doc:
        assert kids(tok) == tuple(tok.children)
        assert subtree_ids(tok) == {t.i for t in tok.subtree}
        s = sent_of(tok)
        assert (s.start, s.end) == (tok.sent.start, tok.sent.end)


def test_speed3_tokens_whole_corpus_subtrees_and_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    """Over the sample corpus (long sentences, lists, quotes: any non-projective arc the
    parser makes included), subtrees read from the heads are spaCy's, and the document's
    tokens are its own, made once."""
    root = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))[:12]]
    for doc in nlp.pipe(texts):
        toks = doc_tokens(doc)
        assert [t.i for t in toks] == list(range(len(doc)))
        assert doc_tokens(doc) is toks
        for tok in doc:
            assert subtree_ids(tok) == {t.i for t in tok.subtree}
            assert kids(tok) == tuple(tok.children)


def test_speed3_tokens_switch_documents(nlp) -> None:  # type: ignore[no-untyped-def]
    """Asking about another document, then the first again, reads each one's own parse."""
    a, b = nlp(SENTENCES[0]), nlp(SENTENCES[1])
    for _ in range(2):
        for doc in (a, b):
            for tok in doc:
                assert kids(tok) == tuple(tok.children)
                assert sent_of(tok).start == tok.sent.start


def test_speed3_tokens_sentence_of_a_span(nlp) -> None:  # type: ignore[no-untyped-def]
    """A span is no token: its sentence is spaCy's own."""
    doc = nlp(SENTENCES[3])
    span = doc[1:3]
    assert (sent_of(span).start, sent_of(span).end) == (span.sent.start, span.sent.end)
