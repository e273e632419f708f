"""Acts of a long list of parties told as one (prec30, session 30).

A pair-forming act of several parties ("A, B and C agreed to ...") is coded for each pair
of them when the list is short: three governments signing a pact is three bilateral ties.
When four or more parties are listed ("the presidents of Ghana, Togo, Benin, Niger and
Mali decided to set up a joint task force"), the act is a multilateral one -- a summit's
communique, a group formed -- and its every pair (five parties: ten pairs) is no bilateral
event the text tells; coders of the sets leave such pairs out. Meetings (04) keep their
pairs: who met whom is told by a list of meeting parties.

:func:`multilateral_pairs` is asked by :class:`detente.nlp.events.EventExtractor` with
the events one trigger gave; it drops only the pairs formed among the list's members.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.model import Event

#: parties of one list from which its pairs are no longer bilateral events
MULTILATERAL_PARTIES = 4


def _pair(ev: Event) -> tuple[str, str] | None:
    src = ev.source.country if ev.source is not None else None
    tgt = ev.target.country if ev.target is not None else None
    if src is None or tgt is None or src == tgt:
        return None
    return src, tgt


def multilateral_pairs(told: Sequence[Event]) -> list[Event]:
    """``told`` (the events of one trigger) without the pairs formed among the members of a
    list of :data:`MULTILATERAL_PARTIES` or more parties: members are the countries that
    are a source in one event and a target in another (pairs formed among a list, not one
    side acting on several others), the list is each of them with every country it is
    paired with; meetings (04) are kept."""
    pairs = [(ev, p) for ev in told if ev.root != "04" and (p := _pair(ev)) is not None]
    if len(pairs) < MULTILATERAL_PARTIES * (MULTILATERAL_PARTIES - 1) // 2:
        return list(told)
    sources = {p[0] for _, p in pairs}
    targets = {p[1] for _, p in pairs}
    both = sources & targets
    if len(both) < 2:
        return list(told)  # ("A and B sanctioned C, D and E": two sides acting, no list)
    listed = {c for _, p in pairs if p[0] in both or p[1] in both for c in p}
    if len(listed) < MULTILATERAL_PARTIES:
        return list(told)
    dropped = {id(ev) for ev, p in pairs if p[0] in listed and p[1] in listed}
    return [ev for ev in told if id(ev) not in dropped]
