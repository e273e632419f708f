"""Further parties of a trigger's prepositional target that the parser split from it.

Two shapes the dependency parse often breaks, both lists of the parties an act is with or
toward:

- a phrase repeated with its preposition, the first hung on the object noun and the second on
  the verb: "held talks with A and with B" (``with A`` on "talks", ``with B`` on "held"), so
  the verb's own phrase is found first and the object's is lost;
- a list whose last member the parser hung on the verb instead of the list: "met with X of A,
  Y of B and Z of C" (Z made an object of "met", the "and" left dangling inside the list).

Each function gives the tokens of the parties lost so, for the caller to resolve.
"""

from __future__ import annotations

from spacy.tokens import Token

# the labels the parser gives a list's last member when it hangs it on the verb
_LOOSE_TAIL_DEPS = frozenset({"dobj", "npadvmod", "dep", "appos", "conj", "attr", "oprd"})


def earlier_joined_phrase(verb: Token, obj: Token | None, pobj: Token) -> Token | None:
    """The object of the same preposition's phrase on the verb's object noun when ``pobj``'s
    phrase hangs on the verb right after "and": "held talks with A and with B" -> A (for
    ``pobj`` B). None for any other shape."""
    prep = pobj.head
    if obj is None or pobj.dep_ != "pobj" or prep.head.i != verb.i or prep.i == 0:
        return None
    if prep.doc[prep.i - 1].lower_ != "and" or obj.i > prep.i:
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i:
            first = next((g for g in c.children if g.dep_ == "pobj"), None)
            if first is not None:
                return first
    return None


def split_list_tail(verb: Token, pobj: Token) -> Token | None:
    """The last member of the list ``pobj`` heads when the parser hung it on ``verb``: a
    dangling "and" closes the list's phrase (its head has no conjunct after it) and the name
    right after it heads a phrase attached to the verb ("met with X of A, Y of B and Z of
    C" -> Z). None when the list is whole."""
    span = {t.i for t in pobj.subtree}
    doc = pobj.doc
    for cc in pobj.subtree:
        if cc.dep_ != "cc" or cc.lower_ != "and" or cc.i + 1 >= len(doc):
            continue
        if any(k.dep_ == "conj" and k.i > cc.i for k in cc.head.children):
            continue  # (the "and" joins a member of its own)
        if cc.i + 1 in span:
            continue
        head = doc[cc.i + 1]
        while head.head.i != head.i and head.head.i > cc.i:
            head = head.head
        if head.head.i == verb.i and head.dep_ in _LOOSE_TAIL_DEPS and (
                head.pos_ == "PROPN") and head.i > pobj.i:
            return head
    return None


def split_list_next(tok: Token) -> Token | None:
    """The first member of the coordination ``tok`` opens when the parser split it off: "A,
    the B and C protested" parses A as a loose modifier of the verb and "the B and C" as
    its subject; -> B for A. None when ``tok`` is no such split-off member."""
    if tok.pos_ != "PROPN" or tok.dep_ not in ("npadvmod", "nmod", "dep", "appos", "nsubj"):
        return None
    doc = tok.doc
    comma = tok.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    nxt = doc[comma + 1]
    while nxt.head.i != nxt.i and nxt.head.i > nxt.i and nxt.dep_ in ("det", "compound"):
        nxt = nxt.head
    if nxt.pos_ != "PROPN" or nxt.head.i != tok.head.i or nxt.i == tok.i or not any(
            c.dep_ == "conj" for c in nxt.children):
        return None
    return nxt
