"""Parse reads made once per document: a token's children, its subtree's indices and its
sentence.

spaCy makes these anew at each read: ``tok.children`` scans the token's whole span and
builds a Token object per child, ``tok.subtree`` walks it again, and ``tok.sent`` scans for
the sentence's bounds both ways (some ten times the cost of a dictionary look-up). The
extractor asks for the same few tokens' children many times per trigger, so they are read
once here, per document and token index. It changes no result: the same tokens, in the same
order. The parse must not change while a document is being coded (nothing retokenizes it).

The cache holds the last document it was asked about (so no other document can take its
address) and starts anew when another one comes. The children of every token are found in
one pass over the document's heads (``Doc.to_array``) at the first token asked for. Tokens
and docs are used only through their attributes (``doc``, ``i``, ``subtree``, ``sent``,
``to_array``): spaCy is not imported.
"""

from __future__ import annotations

from typing import Any

__all__ = ["kids", "sent_of", "subtree_ids"]

#: the document the caches below are for
_HELD: list[Any] = [None]
#: token index -> its children, in order
_KIDS: dict[int, tuple[Any, ...]] = {}
#: per token index of the held document, the indices of its children in order (read for
#: the whole document at the first miss: one pass over the heads, where ``children`` scans
#: the token's whole span at each read)
_CHILD_IDS: list[list[list[int]]] = []
#: token index -> the indices of its subtree (itself included)
_SUBTREE: dict[int, frozenset[int]] = {}
#: token index -> its sentence span
_SENTS: dict[int, Any] = {}


def _hold(doc: Any) -> None:
    _HELD[0] = doc
    _KIDS.clear()
    _CHILD_IDS.clear()
    _SUBTREE.clear()
    _SENTS.clear()


def kids(tok: Any) -> tuple[Any, ...]:
    """``tuple(tok.children)``, read once per document and token."""
    if _HELD[0] is not tok.doc:
        _hold(tok.doc)
    i = tok.i
    found = _KIDS.get(i)
    if found is None:
        doc = tok.doc
        if not _CHILD_IDS:
            _CHILD_IDS.append(_child_ids(doc))
        found = _KIDS[i] = tuple([doc[j] for j in _CHILD_IDS[0][i]])
    return found


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
    if _HELD[0] is not tok.doc:
        _hold(tok.doc)
    i = tok.i
    found = _SUBTREE.get(i)
    if found is None:
        found = _SUBTREE[i] = frozenset(t.i for t in tok.subtree)
    return found


def sent_of(tok: Any) -> Any:
    """``tok.sent`` (a span with the same bounds), read once per document and sentence."""
    if _HELD[0] is not tok.doc:
        _hold(tok.doc)
    found = _SENTS.get(tok.i)
    if found is None:
        found = tok.sent
        for j in range(found.start, found.end):
            _SENTS[j] = found
    return found
