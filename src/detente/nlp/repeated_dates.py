"""One meeting or visit told at two times in one clause (dir30, session 30).

"hosted the two ministers in July and again in August", "met in Geneva in May and
July", "visited Beijing in June and again in April": the act happened once at each time the
coordinated time phrases name, so the extractor codes it again for each later time, as it
does for a gapped clause ("..., and earlier in July at the summit": :mod:`.clauses`). This
module only finds those later time phrases; it reuses :class:`~detente.nlp.clauses.Gap`
with role "again", which the extractor dates and places from the phrase.

A range ("between May and July", "from 2019 to 2021") is one stretch of time, not two
occasions, and is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.model import Event
from detente.nlp.clauses import Gap
from detente.resolve.tokens import kids

#: prepositions whose dated object names one occasion ("in July", "on 3 May", "during")
OCCASION_PREPS = frozenset({"in", "on", "during"})


def _is_date(tok: Token) -> bool:
    return tok.ent_type_ == "DATE" and tok.pos_ in ("PROPN", "NOUN", "NUM")


def _dated_prep(tok: Token) -> Token | None:
    """The date object of ``tok`` when it is an occasion preposition ("in July"), else
    None."""
    if tok.dep_ != "prep" or tok.lower_ not in OCCASION_PREPS:
        return None
    return next((p for p in kids(tok) if p.dep_ == "pobj" and _is_date(p)), None)


def repeated_dates(trigger: Token) -> list[Gap]:
    """The later time phrases of ``trigger``'s clause coordinated with an earlier one ("in
    July and again in August", "in May and July"), each as a Gap of role "again" whose
    ``token`` and span are that phrase; [] when the clause names one time."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Gap] = []
    ks = kids(trigger)
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            g.dep_ in ("cc", "conj") or g.lower_ == "both" for g in c.subtree) for c in ks):
        # "A and B held talks there in June and July": each at one of the times, not both
        return []
    for prep in ks:
        first = _dated_prep(prep)
        if first is None:
            continue
        pks = kids(prep)
        cc = next((c for c in pks if c.dep_ == "cc" and c.lower_ == "and"), None)
        if cc is not None:
            # "in July and again in August": the parser joins "and (again)" to the first
            # phrase and hangs the second on the verb (or as the first's conjunct)
            later = [c for c in ks if c.i > cc.i and _dated_prep(c) is not None] + [
                c for c in pks if c.dep_ == "conj" and c.i > cc.i and c.pos_ == "ADP"
                and c.lower_ in OCCASION_PREPS and any(
                    p.dep_ == "pobj" and _is_date(p) for p in kids(c))]
            nxt = min(later, key=lambda c: c.i, default=None)
            if nxt is not None and all(t.pos_ in ("ADV", "CCONJ", "PUNCT")
                                       for t in trigger.doc[cc.i + 1: nxt.i]):
                out.append(Gap(nxt, nxt, cc.i + 1, nxt.right_edge.i + 1, "again"))
            continue
        # "in May and July": the second date as the first one's conjunct
        fks = kids(first)
        if any(c.dep_ == "cc" and c.lower_ == "and" for c in fks):
            for c in fks:
                if c.dep_ == "conj" and _is_date(c) and c.i > first.i:
                    out.append(Gap(c, c, c.left_edge.i, c.right_edge.i + 1, "again"))
    return out


def again_told(ev: Event, gap: Gap | None) -> Event:
    """``ev`` with an id of its own when it is told again at a repeated time (a Gap of role
    "again"): the guest's visit or the guests' talks beside a hosting at the second time are
    other events than the ones at the first, not the same one seen twice."""
    if gap is None or gap.role != "again":
        return ev
    return replace(ev, event_id=Event.make_id(ev.article_id, ev.evidence.start, gap.token.idx,
                                              ev.cameo, ev.event_id, "again"))
