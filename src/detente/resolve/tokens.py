"""Parse reads made once per document: a token's children, its subtree's indices and its
sentence.

spaCy makes these anew at each read: ``tok.children`` scans the token's whole span and
builds a Token object per child, ``tok.subtree`` walks it again, and ``tok.sent`` scans for
the sentence's bounds both ways (some ten times the cost of a dictionary look-up). The
extractor asks for the same few tokens' children many times per trigger, so they are read
once here, per document and token index. It changes no result: the same tokens, in the same
order. The parse must not change while a document is being coded (nothing retokenizes it).

The cache holds the last document it was asked about (so no other document can take its
address) and starts anew when another one comes; a reader keeps the state it looked at, so
two threads coding two documents at once only make each other read again, never read each
other's. The children of every token are found in one pass over the document's heads
(``Doc.to_array``) at the first token asked for, and the sentence of every token in one pass
over ``Doc.sents`` at the first sentence asked for (unless the document has user hooks, which
may tell sentences apart in their own way: then each token's ``sent`` is read). Tokens and
docs are used only through their attributes (``doc``, ``i``, ``subtree``, ``sent``,
``sents``, ``to_array``, the ``user_*hooks``): spaCy is not imported.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

__all__ = ["conjuncts", "doc_tokens", "kids", "lefts", "sent_of", "subtree", "subtree_ids"]


class _Reads:
    """The reads of one document."""

    __slots__ = ("all_sents", "child_ids", "conj", "conj_heads", "doc", "kids", "lefts",
                 "sents", "subtree", "subtree_order", "toks")

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        #: per token index, its children in order (all tokens' made at the first ask)
        self.kids: list[tuple[Any, ...]] | None = None
        #: per token index, the children before it (all tokens' made at the first ask)
        self.lefts: list[tuple[Any, ...]] | None = None
        #: per token index, the indices of its children in order (for the whole document at
        #: the first miss: one pass over the heads, where ``children`` scans the token's
        #: whole span at each read)
        self.child_ids: list[list[int]] | None = None
        #: token index -> the indices of its subtree (itself included)
        self.subtree: dict[int, frozenset[int]] = {}
        #: token index -> its subtree's tokens in ``Token.subtree``'s order
        self.subtree_order: dict[int, tuple[Any, ...]] = {}
        #: per token index, its sentence span once read (else None)
        self.sents: list[Any] = [None] * len(doc) if doc is not None else []
        #: whether :attr:`sents` was filled from ``doc.sents``
        self.all_sents = False
        #: the document's tokens, each made once (``doc[i]`` makes a new Token per read)
        self.toks: list[Any] | None = None
        #: token index -> its conjuncts (:func:`conjuncts`)
        self.conj: dict[int, tuple[Any, ...]] = {}
        #: per token index, its head's index when it is a conjunct ("conj"), else -1
        self.conj_heads: list[int] | None = None

    def children_of(self, i: int) -> list[int]:
        """The indices of token ``i``'s children (all tokens' read at the first call)."""
        ids = self.child_ids
        if ids is None:
            ids = self.child_ids = _child_ids(self.doc)
        return ids[i]

    def all_kids(self) -> list[tuple[Any, ...]]:
        """Every token's children, in order (most tokens of a coded document are asked
        about: made in one pass, where one at a time cost a few calls each)."""
        found = self.kids
        if found is None:
            ids = self.child_ids
            if ids is None:
                ids = self.child_ids = _child_ids(self.doc)
            at = self.tokens().__getitem__
            found = self.kids = [tuple(map(at, row)) if row else () for row in ids]
        return found

    def all_lefts(self) -> list[tuple[Any, ...]]:
        """Every token's children before it, in order (a prefix of its children)."""
        found = self.lefts
        if found is None:
            rows = self.all_kids()
            ids = self.child_ids
            assert ids is not None  # (read with the children)
            found = self.lefts = [row[:bisect_left(at, i)] if row else ()
                                  for i, (at, row) in enumerate(zip(ids, rows, strict=True))]
        return found

    def tokens(self) -> list[Any]:
        toks = self.toks
        if toks is None:
            toks = self.toks = list(self.doc)
        return toks


#: the reads of the document asked about last
_HELD: list[_Reads] = [_Reads(None)]


def _reads(doc: Any) -> _Reads:
    held = _HELD[0]
    if held.doc is not doc:
        held = _HELD[0] = _Reads(doc)
    return held


def doc_tokens(doc: Any) -> list[Any]:
    """``list(doc)``, made once per document (do not change the list)."""
    held = _HELD[0]
    if held.doc is not doc:
        held = _reads(doc)
    toks = held.toks
    return toks if toks is not None else held.tokens()


def kids(tok: Any) -> tuple[Any, ...]:
    """``tuple(tok.children)``, read once per document and token."""
    doc = tok.doc
    held = _HELD[0]
    if held.doc is not doc:
        held = _reads(doc)
    found = held.kids
    if found is None:
        found = held.all_kids()
    return found[tok.i]


def lefts(tok: Any) -> tuple[Any, ...]:
    """``tuple(tok.lefts)``: the children before the token, in order, read once per
    document (``tok.lefts`` scans from the left edge of the token's subtree at each read)."""
    doc = tok.doc
    held = _HELD[0]
    if held.doc is not doc:
        held = _reads(doc)
    found = held.lefts
    if found is None:
        found = held.all_lefts()
    return found[tok.i]


def _child_ids(doc: Any) -> list[list[int]]:
    """Per token of ``doc``, the indices of the tokens whose head it is, in order (what
    ``children`` yields: the left ones, then the right ones; the root is its own head)."""
    heads = doc.to_array(["HEAD"]).astype("int64").tolist()
    out: list[list[int]] = [[] for _ in heads]
    for i, h in enumerate(heads):
        if h:
            out[i + h].append(i)
    return out


def subtree_ids(tok: Any) -> frozenset[int]:
    """``{t.i for t in tok.subtree}``, read once per document and token."""
    held = _reads(tok.doc)
    i = tok.i
    found = held.subtree.get(i)
    if found is None:
        out = [i]
        stack = list(held.children_of(i))
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(held.children_of(j))
        found = held.subtree[i] = frozenset(out)
    return found


def subtree(tok: Any) -> tuple[Any, ...]:
    """``tuple(tok.subtree)``, read once per document and token: the subtrees of the children
    before the token, the token, then those of the children after it (spaCy's order, also
    where the parse is not projective). The tokens are the document's own (
    :func:`doc_tokens`), so compare them by ``i``, not by identity."""
    held = _HELD[0]
    doc = tok.doc
    if held.doc is not doc:
        held = _reads(doc)
    i = tok.i
    found = held.subtree_order.get(i)
    if found is None:
        at = held.tokens().__getitem__ if held.toks is None else held.toks.__getitem__
        found = held.subtree_order[i] = tuple(map(at, _order(held, i)))
    return found


def _order(held: _Reads, i: int) -> list[int]:
    """The indices of token ``i``'s subtree in ``Token.subtree``'s order (depth first)."""
    out: list[int] = []
    # (an explicit stack: a child index to expand, or ~i to emit token i itself)
    stack = [i]
    while stack:
        j = stack.pop()
        if j < 0:
            out.append(~j)
            continue
        row = held.children_of(j)
        if not row:
            out.append(j)
            continue
        k = bisect_left(row, j)
        # pushed in reverse: the left children, the token, then the right children
        stack.extend(reversed(row[k:]))
        stack.append(~j)
        stack.extend(reversed(row[:k]))
    return out


def conjuncts(tok: Any) -> tuple[Any, ...]:
    """``tok.conjuncts``, read once per document and token: up the "conj" heads to the first
    conjunct, then its "conj" children after it, theirs in turn, in spaCy's order, the token
    itself left out (spaCy walks the heads and each word's right children at each read).
    The tokens are the document's own (:func:`doc_tokens`)."""
    doc = tok.doc
    held = _HELD[0]
    if held.doc is not doc:
        held = _reads(doc)
    i = tok.i
    found = held.conj.get(i)
    if found is not None:
        return found
    if "conjuncts" in doc.user_token_hooks:
        return tuple(tok.conjuncts)
    up = held.conj_heads
    if up is None:
        heads, deps = doc.to_array(["HEAD", "DEP"]).astype("int64").T.tolist()
        conj = doc.vocab.strings["conj"]
        up = held.conj_heads = [j + h if d == conj else -1
                                for j, (h, d) in enumerate(zip(heads, deps, strict=True))]
    start = i
    while up[start] >= 0 and up[start] != start:
        start = up[start]
    queue = [start]
    for word in queue:  # (grows as it is read: the conjuncts' own conjuncts)
        queue.extend(c for c in held.children_of(word) if c > word and up[c] == word)
    toks = held.tokens()
    found = held.conj[i] = tuple(toks[j] for j in queue if j != i)
    return found


def sent_of(tok: Any) -> Any:
    """``tok.sent`` (a span with the same bounds), read once per document and sentence; a
    span's ``sent`` is read anew (the sentence of a span that crosses one is spaCy's call)."""
    if not hasattr(tok, "i"):
        return tok.sent
    doc = tok.doc
    held = _HELD[0]
    if held.doc is not doc:
        held = _reads(doc)
    found = held.sents[tok.i]
    if found is None:
        if not held.all_sents and not (doc.user_hooks or doc.user_token_hooks
                                       or doc.user_span_hooks):
            # every sentence in one pass over the sentence starts (``doc.sents``: the same
            # bounds ``tok.sent`` finds, scanning both ways from the token each time)
            held.all_sents = True
            sents = held.sents
            for found in doc.sents:
                start, end = found.start, found.end
                sents[start:end] = [found] * (end - start)
            found = sents[tok.i]
            if found is not None:
                return found
        found = tok.sent
        start, end = found.start, found.end
        held.sents[start:end] = [found] * (end - start)
    return found
