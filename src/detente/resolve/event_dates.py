"""Which time expression dates an event: the choice made over a parsed sentence.

:func:`detente.resolve.dates.event_date` works on text alone. The event extractor knows more:
the trigger's place in the parse. :func:`trigger_date` uses it for the cases where the nearest
expression is the wrong one:

- an event measured from another ("a day after holding talks") is dated from the other one
  (:func:`detente.resolve.dates.offset_date`);
- a cancelled or postponed event is dated by the time it was planned for when its noun
  phrase names one ("postponed a trip that had been planned for this weekend"), else by the
  cancelling ("called off a planned trip on Friday");
- the event's own clause first (``clause_text``: the sentence with other clauses blanked
  out); only when it names no time, an expression of the clauses that govern the trigger
  ("On Friday, officials said they had met"), never one inside a clause the trigger governs
  ("agreed to work toward a meeting in November": November is the meeting's) and, for an
  event still ahead, never one that lies before the publication date (read in the past
  tense when the governing verb is past: "began talks on Thursday, part of the preparations
  for the meeting");
- an earlier contact reported by a dated saying ("said on Sunday that he had spoken with
  Li") gets the week of the saying, not its day; an act so announced ("said on Friday that
  Macron had ordered the recall") gets the saying's day;
- a lead's own weekday ("MOGADISHU, Jan 3 - Somalia recalled its envoy on Tuesday") dates
  its event over the dateline's day, which is the filing's;
- an event noun named by a year ("a 1929 treaty", "the 2020 war") is of that year;
- verbs coordinated under one subject and tense share the time the last names ("expelled
  the envoy and recalled its own last April");
- a dated end of a multi-day event ("ended her four-day visit on the 9th", "wrapped up
  three days of drills on Monday") gives the days it lasted, as their ISO week or month.

The tokens are spaCy tokens, used only through their attributes (``i``, ``idx``, ``text``,
``dep_``, ``head``, ``children``, ``subtree``, ``lemma_``, ``pos_``): this module does not
import spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from typing import Any

from detente.model import DatePrecision, EventDate, period_start
from detente.resolve import doc_text
from detente.resolve._daterules import _span_value, no_time_hint
from detente.resolve.anchors import anchored_date
from detente.resolve.dates import (
    RANKED,
    event_date,
    find_dateline,
    find_time_expressions,
    offset_date,
    resolve,
)
from detente.resolve.event_places import RECALLING_VERBS
from detente.resolve.tokens import kids, sent_of, subtree_ids

__all__ = ["CANCEL_VERBS", "REPORTING_VERBS", "trigger_date"]

#: verbs whose object is an event that will not take place when it was planned
CANCEL_VERBS = frozenset({"cancel", "postpone", "delay", "scrap", "shelve", "suspend",
                          "defer", "call", "put", "reschedule", "abandon", "drop", "axe"})
_UNSET = (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN)


#: words that tie a time expression to the past whatever the verb ("in May last year", "two
#: years ago", "earlier this year")
_PAST_ANCHORS = re.compile(r"\b(?:last|ago|earlier|previous|past)\b", re.I)


def _complement_past_date(trigger: Any, sent: Any, ts: int, te: int,
                          published: date | None, tense: str) -> EventDate | None:
    """A realized act whose time the parser hung on its infinitive complement: "Sweden applied
    to join NATO in May last year" (the parse puts the date under "join"). Taken only when the
    expression is tied to the past by its own words -- "agreed to hold talks in November" is
    the talks' time, not the agreeing's."""
    if tense != "past" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    comp = next((c for c in kids(trigger) if c.dep_ == "xcomp"), None)
    if comp is None:
        return None
    inner = event_date(_blank_outside(sent, subtree_ids(comp)), ts, te, published,
                       tense)
    if inner.precision in _UNSET or not inner.text or not _PAST_ANCHORS.search(inner.text):
        return None
    return inner


#: the document being coded, its text, the sentences read by :func:`sentence_rows` by
#: (start, end), and every token's offset, length, punctuation flag and dependency hash (one
#: list per attribute, read at the first sentence); the doc is held, so it is not another doc
#: at the same address (swapped whole: a reader keeps the one it looked at)
_ROWS: list[tuple[Any, str, dict[tuple[int, int], Any], list[list[int]]]] = [
    (None, "", {}, [])]
#: dependency labels by their hash (the same in every document of a vocabulary)
_LABELS: dict[int, str] = {}
#: the span :func:`_read_rows` was asked about last and its rows (held, so no other span
#: takes its address; a span's bounds do not change)
_LAST_ROWS: list[tuple[Any, Any]] = [(None, None)]
#: the token attributes :func:`_read_rows` reads of a whole document in one call
_ROW_ATTRS = ["IDX", "LENGTH", "IS_PUNCT", "DEP"]


def _read_rows(sent: Any) -> tuple[str, list[tuple[int, int, str, bool]], list[tuple[int, str]]]:
    """Sentence ``sent``'s rows, read once per document and sentence (the dates of several
    sentences are read in turns: an earlier one's for a time it lends). The token attributes
    are read for the whole document in one array, the words are cut from the document's text
    (a tokenizer keeps every character), and a label is looked up once per label."""
    last = _LAST_ROWS[0]
    if last[0] is sent:
        return last[1]  # type: ignore[no-any-return]
    doc = sent.doc
    held = _ROWS[0]
    if held[0] is not doc:
        held = _ROWS[0] = (doc, doc_text(doc), {}, doc.to_array(_ROW_ATTRS).T.tolist())
    start = sent.start
    end = sent.end
    key = (start, end)
    by_span = held[2]
    found = by_span.get(key)
    if found is not None:
        _LAST_ROWS[0] = (sent, found)
        return found  # type: ignore[no-any-return]
    base = sent.start_char
    text = held[1][base:sent.end_char]
    offsets, lengths, puncts, dep_ids = held[3]
    rows: list[tuple[int, int, str, bool]] = []
    deps: list[tuple[int, str]] = []
    labels = _LABELS
    strings = doc.vocab.strings
    for i in range(start, end):
        a = offsets[i] - base
        rows.append((i, a, text[a:a + lengths[i]], puncts[i] == 1))
        d = dep_ids[i]
        label = labels.get(d)
        if label is None:
            label = labels[d] = strings[d]
        deps.append((i, label))
    found = (text, rows, deps)
    by_span[key] = found
    _LAST_ROWS[0] = (sent, found)
    return found


def sentence_rows(sent: Any) -> tuple[str, list[tuple[int, int, str, bool]]]:
    """The text of sentence span ``sent`` and, per token, its doc index, its offset in that
    text, its text and whether it is punctuation: read from the tokens once per sentence (the
    extractor blanks the same sentence several times per trigger). The parse must not change
    while a document is being coded."""
    text, rows, _deps = _read_rows(sent)
    return text, rows


def sentence_deps(sent: Any) -> list[tuple[int, str]]:
    """Per token of sentence span ``sent``: its doc index and dependency label (read once
    per sentence, like :func:`sentence_rows`)."""
    return _read_rows(sent)[2]


def _text_of(sent: Any) -> str:
    """``sent.text``, read once per sentence when ``sent`` is a span of a parsed doc."""
    return sentence_rows(sent)[0] if hasattr(sent, "doc") else sent.text


def blank_except(sent: Any, keep: AbstractSet[int], punct: bool = False) -> str:
    """The sentence text with every token not in ``keep`` (doc indices) blanked out, and with
    ``punct`` punctuation kept too (offsets kept)."""
    text, rows = sentence_rows(sent)
    parts: list[str] = []
    pos = 0  # (the tokens come in order and do not overlap)
    for i, a, word, is_punct in rows:
        if i in keep or (punct and is_punct):
            if a > pos:
                parts.append(" " * (a - pos))
            parts.append(word)
            pos = a + len(word)
    if pos < len(text):
        parts.append(" " * (len(text) - pos))
    return "".join(parts)


def _blank_outside(sent: Any, keep: AbstractSet[int]) -> str:
    """The sentence text with every token not in ``keep`` (doc indices) blanked out;
    punctuation stays, so clause boundaries (", which", ";") still count."""
    return blank_except(sent, keep, punct=True)


#: the blanks :func:`_other_events` found last: (doc, trigger index, sentence start, end, set)
_LAST_OTHER: list[Any] = [None]


def _blank_other_events(text: str, sent: Any, trigger: Any) -> str:
    """``text`` with "since / until" phrases of an event noun blanked, when the trigger is
    not inside them ("their first meeting since their talks in Tokyo in May 2022": May 2022
    is the talks'), the examples an object lists ("expressed concern about the coast
    guard's actions, including the collisions in October": the collisions' month), and a
    time that is another noun's possessor ("last month's agreement")."""
    doc = sent.doc
    last = _LAST_OTHER[0]
    if last is not None and last[0] is doc and last[1] == trigger.i and (
            last[2] == sent.start and last[3] == sent.end):
        blank = last[4]
    else:
        blank = _other_events(sent, trigger)
        _LAST_OTHER[0] = (doc, trigger.i, sent.start, sent.end, blank)
    if not blank:
        return text
    chars = list(text)
    for i, a, word, _ in sentence_rows(sent)[1]:
        if i in blank:
            chars[a:a + len(word)] = " " * len(word)
    return "".join(chars)


def _other_events(sent: Any, trigger: Any) -> set[int]:
    """The tokens :func:`_blank_other_events` blanks for ``trigger``."""
    blank: set[int] = set()
    doc = sent.doc
    for i, dep in sentence_deps(sent):
        if dep == "conj" or dep == "advcl" or dep == "dep":
            t = doc[i]
            if _own_time_aside(t, trigger):
                blank |= subtree_ids(t)
                listed = _listed_time(t) if dep != "advcl" else None
                if listed is not None:
                    blank |= subtree_ids(listed)
            continue
        if dep != "poss" and dep != "prep":
            continue
        t = doc[i]
        if t.dep_ == "poss" and t.ent_type_ in ("DATE", "TIME") and t.head.i != trigger.i and \
                t.head.head.i != trigger.i and trigger.i not in subtree_ids(t.head):
            # "the call follows last month's agreement": the agreement's month
            blank |= subtree_ids(t)
            continue
        if t.dep_ == "prep" and (t.lower_ in _OTHER_TIME_MARKS or t.lower_ == "including"
                                 and t.i > trigger.i) and any(
                c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in (
                    "DATE", "TIME") for c in kids(t)):
            ids = subtree_ids(t)
            if trigger.i not in ids and not _since_start(t, trigger):
                blank |= ids
    return blank


#: gatherings a sentence may list beside another, each with its own time ("the talks held
#: in Doha on 3 June, ... as well as the summit in Cairo on 20 May")
_LISTED_GATHERINGS = frozenset({"meeting", "talk", "talks", "summit", "conference", "visit",
                                "session", "trip", "consultation", "call", "forum",
                                "ministerial", "round", "dialogue"})
#: participles that bring up something past beside the act ("thanked him, recalling his
#: visit in September": September is the visit's)
_RECALLING = RECALLING_VERBS


def _listed_time(t: Any) -> Any | None:
    """"... as well as the forum in Muscat on 9 March": the phrase right after the
    gathering ``t`` added by "as well as", which the parser may hang on the verb before it
    (it is the gathering's time)."""
    doc = t.doc
    nxt = t.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "prep" or not any(
            doc[j].lower_ == "well" for j in range(max(t.left_edge.i - 3, 0), t.i)):
        return None
    return doc[nxt]


def _own_time_aside(t: Any, trigger: Any) -> bool:
    """Whether conjunct or adverbial clause ``t`` carries a time of its own that is not the
    trigger's: a gathering listed beside another ("the talks in Doha on 3 June ... as well
    as the summit in Cairo on 20 May"), or a participle that recalls something past
    ("thanked the envoy, recalling his visit in September")."""
    if t.dep_ in ("conj", "dep"):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _LISTED_GATHERINGS:
            return False
        after = [p] if (p := _listed_time(t)) is not None else []
        if not any(c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME")
                                             for g in c.subtree)
                   for c in [*kids(t), *after]):
            return False
    elif t.tag_ != "VBG" or t.lemma_.lower() not in _RECALLING:
        return False
    return trigger.i not in subtree_ids(t)


def _since_start(prep: Any, trigger: Any) -> bool:
    """"have imposed sanctions on officials since the crackdown in 2018": a "since" phrase
    of the trigger's own present-perfect verb tells when what still goes on began, so its
    time dates the event (not "the first visit since the talks in May": that is no verb's)."""
    if prep.lower_ != "since":
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else (
        trigger.head if trigger.dep_ in ("dobj", "nsubjpass") else None)
    if verb is None or prep.head.i != verb.i or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
               for c in kids(verb))


#: ", starting in April 2024": the start of a measure, told after the clause it dates
_STARTING = re.compile(r",\s+(?:starting|beginning|effective|taking effect)\s+(?=\S)", re.I)


def _start_date(sent: Any, published: date | None) -> EventDate | None:
    """"Greece will extend a visa programme that allows ... to visit, starting in April
    2024": a measure still ahead starts at the time its closing phrase names, wherever the
    parser hung the phrase."""
    m = _STARTING.search(_text_of(sent))
    if m is None:
        return None
    exprs = [e for e in find_time_expressions(_text_of(sent))
             if m.start() <= e.start <= m.end() + 3]
    if not exprs:
        return None
    ed = resolve(exprs[0].text, published, "future")
    return None if ed.precision in _UNSET else ed


def _whole_expression(ed: EventDate, text: str, sent: Any, published: date | None,
                      tense: str) -> EventDate:
    """The date of the whole expression when blanking another clause cut it short: "applied
    to join together in May last year after Russia invaded" (the parser hung "last year" on
    the "after" clause, and "in May" alone would be this year's May)."""
    if not ed.text:
        return ed
    pos = text.find(ed.text)
    if pos < 0:
        return ed
    end = pos + len(ed.text)
    for e in find_time_expressions(_text_of(sent)):
        if e.start <= pos and e.end >= end and e.end - e.start > end - pos:
            whole = resolve(e.text, published, tense)
            if whole.precision not in _UNSET:
                return whole
    return ed


#: times counted from the moment of speaking: inside reported speech they count from the
#: day of the saying, not from the publication
_SPEECH_RELATIVE = re.compile(r"\b(?:(?:the\s+)?(?:next|coming|following)\s+(?:week|month|year)"
                              r"|tomorrow|yesterday|last\s+(?:week|month))\b", re.I)
_FOLLOWING = re.compile(r"\bthe\s+following\s+(week|month|year)\b", re.I)


def _said_relative(trigger: Any, sent: Any, own_text: str, edate: EventDate,
                   published: date | None) -> EventDate | None:
    """"Wang said in August that he would visit Washington next month": a time counted from
    the saying, which the sentence dates before the publication (September, not the month
    after the publication); "told reporters on Sept. 1 that he would meet Li the following
    week"."""
    if published is None:
        return None
    if edate.precision not in _UNSET and edate.text and _SPEECH_RELATIVE.fullmatch(
            edate.text.strip()):
        expr = edate.text.strip()
    else:
        m = _FOLLOWING.search(own_text)
        if m is None or edate.precision not in _UNSET:
            return None
        expr = f"next {m[1]}"
    anchor = _saying_day(trigger, sent, published)
    if anchor is None or (published - anchor).days < 3:
        return None
    past = expr.lower().startswith(("yesterday", "last"))
    ed = resolve(expr, anchor, "past" if past else "future")
    return None if ed.precision in _UNSET else EventDate(ed.value, ed.precision, expr)


def _saying_day(trigger: Any, sent: Any, published: date) -> date | None:
    """The first day of the time the reporting verb above ``trigger`` is dated by ("said in
    August that ...": August 1), when its own clause names one."""
    cur = trigger
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        below, cur = cur, cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in REPORTING_VERBS and \
                cur.tag_ == "VBD" and below.dep_ == "ccomp":
            keep = subtree_ids(cur) - subtree_ids(below)
            text = _blank_outside(sent, keep)
            vs = cur.idx - sent.start_char
            said = event_date(text, vs, vs + len(cur.text), published, "past")
            if said.precision in (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH):
                return period_start(said.value)
            return None
    return None


_THAT_PERIOD = re.compile(r"\b(?:that|the\s+same)\s+(year|month)\b"
                          r"|\bat\s+(?:the|that)\s+(time)\b", re.I)


def _names_period(text: str) -> bool:
    """Whether ``text`` holds "year", "month" or "time" in any case (:data:`_PERIOD_WORDS`;
    a cheap look before the patterns that need one: other than ASCII text goes to the
    pattern, which folds more letters)."""
    if not text.isascii():
        return _PERIOD_WORDS.search(text) is not None
    low = text.lower()
    return "year" in low or "month" in low or "time" in low


def _that_period(sent: Any, own_text: str, published: date | None) -> EventDate | None:
    """"Xi last visited in 2017 ... Xi last visited the country that year, when he met
    Trump": "that year" / "the same month" is the last year or month the sentence before
    named; "at the time" is the last time named, as precise as it was named."""
    m = _THAT_PERIOD.search(own_text) if _names_period(own_text) else None
    if m is None:
        return None
    # the last time named before it: earlier in the sentence ("reopened its embassy in June,
    # and Faisal was received in Tehran the same month"), else in the sentence before
    before = [e for e in find_time_expressions(_text_of(sent)) if e.end <= m.start()]
    if not before and sent.start > 0:
        before = find_time_expressions(sent_of(sent.doc[sent.start - 1]).text)
    for e in reversed(before):
        ed = resolve(e.text, published, "past")
        if ed.precision in _UNSET or not ed.value:
            continue
        if m[2]:
            return EventDate(ed.value, ed.precision, m[0])  # "at the time"
        if m[1].lower() == "year":
            return EventDate(ed.value[:4], DatePrecision.YEAR, m[0])
        if ed.precision in (DatePrecision.MONTH, DatePrecision.WEEK, DatePrecision.DAY):
            start = period_start(ed.value)
            if start is not None:
                return EventDate(f"{start.year}-{start.month:02d}", DatePrecision.MONTH, m[0])
        return None
    return None


def _there_date(trigger: Any, sent: Any, published: date | None, tense: str
                ) -> EventDate | None:
    """"A chance could arise at the ASEAN gathering in Jakarta in September. If Albanese
    and Li talk there, ...": an event placed "there" by the sentence before, which names
    one time, happens then."""
    if sent.start == 0 or not any(c.dep_ == "advmod" and c.lower_ == "there"
                                  for c in kids(trigger)):
        return None
    prev = sent_of(sent.doc[sent.start - 1])
    exprs = find_time_expressions(prev.text)
    if len(exprs) != 1:
        return None
    ed = resolve(exprs[0].text, published, tense)
    return None if ed.precision in _UNSET else ed


#: verbs of going somewhere: the arrival is dated by what happened where the trip led
_MOTION_VERBS = frozenset({"fly", "travel", "go", "head", "arrive", "come", "move", "return",
                           "continue", "proceed", "land", "journey", "sail", "drive"})


def _where_date(trigger: Any, sent: Any, published: date | None, tense: str
                ) -> EventDate | None:
    """"flew on to Hanoi, where the president received him on July 3": a trip that names no
    time of its own is dated by the relative clause of its destination ("where ...")."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in _MOTION_VERBS:
        return None
    for prep in kids(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "into", "at", "for"):
            continue
        for place in kids(prep):
            if place.dep_ != "pobj":
                continue
            for rel in kids(place):
                if rel.dep_ != "relcl" or not any(
                        c.dep_ == "advmod" and c.lower_ == "where" for c in kids(rel)):
                    continue
                text = _blank_outside(sent, subtree_ids(rel))
                ts = trigger.idx - sent.start_char
                ed = event_date(text, ts, ts + len(trigger.text), published, tense)
                if ed.precision not in _UNSET:
                    return ed
    return None


#: a weekday named with no "last" / "next": "set for Friday", "planned for Sunday"
_BARE_WEEKDAY = re.compile(r"^(?:for|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)$", re.I)


def _cancelled_noun(tok: Any) -> bool:
    """"called off a planned trip", "the visit was postponed": ``tok`` is what is cancelled."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "nsubjpass", "obj"):
        return False
    head = tok.head
    return head.lemma_.lower() in CANCEL_VERBS and head.i != tok.i


def trigger_date(trigger: Any, sent: Any, clause_text: str, published: date | None,
                 tense: str, *, future: bool = False) -> EventDate:
    """The date of the event whose trigger token is ``trigger`` in sentence span ``sent``.

    ``clause_text`` is the sentence with everything outside the trigger's clause blanked
    (same length, same offsets); ``tense`` anchors relative expressions ("past", "future",
    "present"); ``future`` says the event is still ahead. Never raises on odd parses.
    """
    if tense == "future" and not future and trigger.pos_ == "VERB" and (
            _simple_past(trigger) or _past_tense(trigger)):
        # "Spavor was sentenced in August; no verdict was announced for Kovrig": an event
        # in doubt, told in the past tense, is read in the past ("in August" is the last one)
        tense = "past"
    cut = _dateline_cut(sent, published) if sent.start_char < _DATELINE_REACH else 0
    if cut and trigger.idx - sent.start_char >= cut:
        # "MOGADISHU, Jan 3 - Somalia recalled its envoy on Tuesday": the dateline's date is
        # the filing's; the clause's own time dates the event (the filing date stays the
        # event's when the clause names none)
        blanked = " " * cut + clause_text[cut:]
        own = _trigger_date(trigger, sent, blanked, published, tense, future, cut)
        ed = own if own.precision not in _UNSET and (_dates_verb(
            trigger, sent, blanked, own) or _said_on_day(
                trigger, sent, " " * cut + _text_of(sent)[cut:], own)) \
            else _trigger_date(
            trigger, sent, clause_text, published, tense, future)
    else:
        ed = _trigger_date(trigger, sent, clause_text, published, tense, future)
    # "Beijing retaliated the next day", "In that letter, he accused ...": a time the story
    # told before, counted from or named again (resolve.anchors)
    lent = anchored_date(trigger, sent, clause_text, published, tense, ed,
                         lambda: _governing_text(sent, trigger))
    if lent is not None and not (future and _past_governors_time(
            trigger, sent, _text_of(sent), lent, None, published)):
        ed = lent
    year = _named_year(trigger)
    if year is not None and not (ed.value or "").startswith(year[0]) or (
            year is not None and ed.precision in _UNSET):
        # "violated a 1929 treaty", "the 2020 war", "the 2018 agreement was signed when ...":
        # the year the event's noun is named by, over any other clause's time
        return EventDate(year[0], DatePrecision.YEAR, year[1])
    if ed.precision in _UNSET and trigger.pos_ == "VERB":
        ed = _shared_date(trigger, sent, published, tense) or ed
    opened = _opening_date(trigger, sent, published, tense)
    if opened is not None:
        return opened
    if ed.precision == DatePrecision.DAY:
        # "will leave Beijing later today for a trip ... that runs until May 12": the days
        # the trip lasts, as their ISO week or month
        last = _trip_end(trigger, published)
        first = period_start(ed.value)
        if last is not None and first is not None and 0 < (last - first).days <= 31:
            return _span_value(first, last, ed.text or "")
    days = _ended_span(trigger) if ed.precision == DatePrecision.DAY else 0
    if days > 1:
        # "ended her four-day visit on the 9th": the days it lasted, as a week or a month
        end = period_start(ed.value)
        if end is not None:
            return _span_value(end - timedelta(days=days - 1), end, ed.text or "")
    return ed


#: how far into a document a dateline may end (as :func:`find_dateline` reads it)
_DATELINE_REACH = 400
#: the document :func:`_dateline_cut` read last and where its dateline ends (the doc is
#: held, so it is not another doc at the same address)
_LAST_DATELINE: list[tuple[Any, int]] = [(None, 0)]


def _dateline_cut(sent: Any, published: date | None) -> int:
    """How many characters of sentence ``sent`` its document's dateline takes ("MOGADISHU,
    Jan 3 -"), 0 when it takes none; the dateline is found once per document."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return 0
    last = _LAST_DATELINE[0]
    if last[0] is not doc:
        text = doc_text(doc)[:_DATELINE_REACH]
        _, line = find_dateline(text, published)
        last = _LAST_DATELINE[0] = (doc, text.find(line) + len(line) if line else 0)
    return max(0, last[1] - sent.start_char)


#: a day told by its weekday or its distance from the filing day: the lead sentence's own day
_LEAD_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"yesterday|today|tonight|overnight)\b", re.I)


def _dates_verb(trigger: Any, sent: Any, text: str, ed: EventDate) -> bool:
    """Whether the day that gave ``ed`` is a weekday ("on Tuesday") hung on the trigger's own
    verb ("recalled its envoy for consultations on Tuesday"), not on another clause's ("...,
    the ministry said late on Wednesday"); a dateline's day gives way only to such a day
    ("earlier this month" in a lead is mostly another event's time)."""
    tok = _weekday_token(sent, text, ed)
    verb = _verb_of(trigger)
    return tok is not None and verb is not None and _verb_of(tok) == verb


#: verbs of telling whose weekday in a lead is the day its news was told
_TELLING_LEMMAS = frozenset({"say", "announce", "tell", "state", "declare", "confirm",
                             "report", "add", "disclose", "reveal"})


def _said_on_day(trigger: Any, sent: Any, text: str, ed: EventDate) -> bool:
    """Whether the weekday that gave ``ed`` is hung on a verb of telling that governs the
    trigger from before it ("QUITO, May 9 - Noboa told reporters on Friday that he had
    scrapped ..."): the news is of the day it was told, as in a lead with no dateline, not
    of the filing day."""
    tok = _weekday_token(sent, text, ed)
    verb_i = _verb_of(tok) if tok is not None else None
    if verb_i is None:
        return False
    verb = tok.doc[verb_i]
    if verb.lemma_.lower() not in _TELLING_LEMMAS or verb.i == trigger.i:
        return False
    # (only a telling before the event, whose complement it is: a trailing attribution,
    # "..., the ministry said late on Wednesday", leaves the lead to the filing day)
    return verb.i < trigger.i and any(a.i == verb.i for a in trigger.ancestors)


def _weekday_token(sent: Any, text: str, ed: EventDate) -> Any | None:
    """The first token of the lead weekday ("on Tuesday") that gave ``ed`` in ``sent`` (whose
    text is ``text``), or None when ``ed`` is no such day."""
    if ed.precision != DatePrecision.DAY or not ed.text or not _LEAD_DAY.search(ed.text):
        return None
    at = text.find(ed.text)
    if at < 0:
        return None
    start = sent.start_char + at
    return next((t for t in sent if t.idx >= start), None)


def _verb_of(tok: Any) -> Any | None:
    """The nearest verb over ``tok`` (itself when it is one), by index; None when none."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok.i
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _shared_date(trigger: Any, sent: Any, published: date | None, tense: str
                 ) -> EventDate | None:
    """"expelled the ambassador and recalled its own envoy last April": verbs coordinated
    under one subject share the time the last of them names (a conjunct with a subject of
    its own tells another event: "..., and Estonia recalled its envoy on Monday")."""
    modals = _modals(trigger)
    for c in kids(trigger):
        if c.dep_ != "conj" or c.pos_ != "VERB" or any(
                g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)) or _modals(c) != modals:
            # (nor one of another tense: "condemned the visit and will hold drills")
            continue
        ts = c.idx - sent.start_char
        text = _blank_outside(sent, subtree_ids(c))
        own = event_date(text, ts, ts + len(c.text), published, tense)
        if own.precision in _UNSET or not own.text or _RELATIVE_START.match(own.text):
            continue  # (not a time measured from another event: "after the October attack")
        # (the time of the conjunct itself, not of a clause or noun inside it: "and said
        # the vote would be held next year", "and raised concerns about the 2021 law")
        at = text.find(own.text)
        tok = next((t for t in sent if t.idx >= sent.start_char + at), None) if at >= 0 \
            else None
        if tok is not None and _verb_of(tok) == c.i and _attached(tok, c):
            return own
    return None


def _attached(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` hangs on ``verb`` through adverbs, prepositions and time words only
    ("recalled its envoy last April", "on 23 July"), not through an object noun."""
    for _ in range(6):
        if tok.i == verb.i:
            return True
        if tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "attr") or (
                tok.pos_ == "NOUN" and tok.ent_type_ not in ("DATE", "TIME")):
            return False
        tok = tok.head
    return False


_MODALS = frozenset({"will", "would", "shall", "should", "could", "may", "might", "must",
                     "can", "'ll", "wo"})


_RELATIVE_START = re.compile(r"(?:after|before|since|until|till|following|prior)\b", re.I)


def _modals(verb: Any) -> frozenset[str]:
    """The modal and perfect auxiliaries of ``verb``: its tense, as far as conjuncts share
    it ("has since filed a complaint and, in July, restricted ..." are two times)."""
    return frozenset(c.lower_ for c in kids(verb) if c.dep_ == "aux" and (
        c.lower_ in _MODALS or c.lemma_.lower() == "have"))


#: verbs whose passive subject is the text or deal they make ("the 2018 agreement was
#: signed")
_DEAL_MAKING_VERBS = frozenset({"sign", "conclude", "reach", "strike", "adopt", "agree",
                                "ink"})
_YEAR = re.compile(r"(?:19|20)\d\d")


def _named_year(trigger: Any) -> tuple[str, str] | None:
    """The year an event's noun is named by ("a 1929 treaty", "the 2017 memorandum", "the
    2020 war"; "the 2018 agreement was signed"): (year, its word), or None."""
    noun = trigger
    if trigger.pos_ in ("VERB", "AUX"):
        if trigger.lemma_.lower() not in _DEAL_MAKING_VERBS:
            return None
        noun = next((c for c in kids(trigger) if c.dep_ == "nsubjpass"), None)
        if noun is None:
            return None
    elif trigger.pos_ != "NOUN":
        return None
    for c in kids(noun):
        if c.i < noun.i and c.dep_ in ("compound", "nummod", "amod", "nmod") and (
                _YEAR.fullmatch(c.text)):
            return c.text, c.text
    return None


_TRIP_NOUNS = frozenset({"trip", "visit", "tour", "journey", "stay", "mission"})


def _trip_end(trigger: Any, published: date | None) -> date | None:
    """The last day of a trip the trigger starts or names, when its noun phrase says how long
    it runs: "a tour of Kenya, Ghana and Senegal lasting until March 3", "a visit
    through Friday"."""
    nouns = [trigger] if trigger.lemma_.lower() in _TRIP_NOUNS else [
        p for c in kids(trigger) if c.dep_ == "prep" and c.lower_ == "for"
        for p in kids(c) if p.dep_ == "pobj" and p.lemma_.lower() in _TRIP_NOUNS]
    for noun in nouns:
        for t in noun.subtree:
            if t.lower_ in ("until", "through", "till") and t.dep_ == "prep":
                words = " ".join(x.text for x in t.subtree)
                ed = resolve(words, published, "future")
                if ed.precision == DatePrecision.DAY and ed.value:
                    return period_start(ed.value)
    return None


_END_VERBS = frozenset({"end", "conclude", "wrap", "finish", "complete", "close", "cap"})
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10}
_N_DAY = re.compile(r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-day")


def _ended_span(trigger: Any) -> int:
    """How many days an event lasted when the sentence dates its end: "ended her four-day
    visit", "wrapped up three days of drills" (0 when it says no such thing)."""
    verb = governing_verb(trigger)
    if verb is None or verb.lemma_.lower() not in _END_VERBS:
        return 0
    for c in kids(trigger):
        m = _N_DAY.fullmatch(c.lower_)
        if m:  # "four-day" as one token
            return int(m[1]) if m[1].isdigit() else _DAY_WORDS[m[1]]
        if c.lemma_.lower() == "day" and c.dep_ in ("compound", "amod", "nmod"):
            return _count(c)  # "four - day"
    head = trigger.head
    if head.lower_ == "of" and head.head.lemma_.lower() == "day":
        return _count(head.head)  # "three days of drills"
    return 0


def _count(day: Any) -> int:
    for c in kids(day):
        if c.dep_ == "nummod":
            w = c.lower_
            return int(w) if w.isdigit() else _DAY_WORDS.get(w, 0)
    return 0


def _ranked_since(whole: str, at: int, ts: int) -> bool:
    """Whether the "since" time at ``at`` of sentence ``whole`` follows a ranking word that
    comes before the trigger at ``ts`` ("the first ... to visit Algeria since 2012"), with
    no clause break between ranking word and trigger."""
    if at < 0:
        return False
    last = max((m.end() for m in RANKED.finditer(whole, 0, min(ts, at))), default=-1)
    return last >= 0 and not any(ch in whole[last:ts] for ch in ";:")


def _trigger_date(trigger: Any, sent: Any, clause_text: str, published: date | None,
                  tense: str, future: bool, cut: int = 0) -> EventDate:
    text = whole = _text_of(sent)
    ts = trigger.idx - sent.start_char
    te = ts + len(trigger.text)
    shifted = offset_date(text, ts, te, published, tense)
    if shifted is not None:
        return shifted
    if _cancelled_noun(trigger):
        # "postponed a trip that had been planned for this weekend": the date the event was
        # planned for, when the noun phrase names one; else that of the cancelling
        text = _blank_outside(sent, subtree_ids(trigger))
        own = event_date(text, ts, te, published, tense)
        if own.precision == DatePrecision.DAY and own.text and _BARE_WEEKDAY.search(own.text):
            # "called off a visit that was set for Friday": a plan called off before it was
            # due, so the Friday ahead of the telling
            own = event_date(text, ts, te, published, "future")
        if own.precision not in _UNSET:
            return own
    own_text = _blank_other_events(clause_text, sent, trigger)
    edate = event_date(own_text, ts, te, published, tense)
    if edate.text and edate.text[:6].lower() == "since " and _ranked_since(
            whole, own_text.find(edate.text), ts):
        # "would have been the first president to travel there since 2012": the ranking word
        # outside the own clause still makes the "since" time the last such event's
        own_text = own_text.replace(edate.text, " " * len(edate.text), 1)
        edate = event_date(own_text, ts, te, published, tense)
    if (future or tense == "future") and _past_governors_time(trigger, sent, own_text, edate,
                                                             (ts, te), published):
        # "invited Putin on Tuesday to attend the forum": Tuesday is the inviting's
        return EventDate(published.isoformat(), DatePrecision.PUBLICATION, None)  # type: ignore[union-attr]
    spoken = _said_relative(trigger, sent, own_text, edate, published)
    if spoken is not None:
        return spoken
    if edate.precision in _UNSET:
        told = _that_period(sent, own_text, published)
        if told is not None:
            return told
    if edate.precision not in _UNSET:
        return _whole_expression(edate, own_text, sent, published, tense)
    if _present_against_past(trigger if trigger.dep_ != "dobj" else trigger.head):
        # "arrived on Tuesday, as the United States mediates talks": what goes on now is not
        # dated by the main clause's past day
        return edate
    # nothing in the event's own clause: a time named in a governing clause still dates it
    # better than the publication day does -- but not one of a clause the trigger governs,
    # nor of another clause hanging off a governing one ("the first since they met in June")
    where = _where_date(trigger, sent, published, tense)
    if where is not None:
        return where
    if _timeless(whole):
        # (no blanked copy of the sentence names a time, is measured from another event or
        # says "that year", "at the time": only the other sentence's time or a start date)
        return (_there_date(trigger, sent, published, tense)
                or (_start_date(sent, published) if future or tense == "future" else None)
                or edate)
    outer = _blank_other_events(_governing_text(sent, trigger), sent, trigger)
    if cut:
        outer = " " * cut + outer[cut:]  # (a dateline's day is the filing's)
    wider = event_date(outer, ts, te, published, tense)
    if wider.precision in _UNSET:
        return (_complement_past_date(trigger, sent, ts, te, published, tense)
                or _that_period(sent, outer, published)
                or _there_date(trigger, sent, published, tense)
                or (_start_date(sent, published) if future or tense == "future" else None)
                or edate)
    if _perfect_below(trigger, _expression_verb(sent, outer, wider.text)):
        # "Finland joined NATO in April, and Russia has warned that it will respond": a
        # clause told in the present perfect takes no time named for another one
        return edate
    governor = governing_verb(trigger)
    if future or tense == "future":
        # an event still ahead takes no time that lies behind: "began talks on Thursday,
        # part of the preparations for the leaders' meeting" (Thursday, told in the past
        # tense, is past however the meeting's tense would read it)
        if published is None or _ends_before(wider, published):
            return edate
        if governor is not None and _past_tense(governor) and _ends_before(
                event_date(outer, ts, te, published, "past"), published):
            return edate
        owner = _expression_verb(sent, outer, wider.text)
        if owner is not None and owner.i != trigger.i and _past_tense(owner):
            # "Zhu said on the 29th that China will take measures": the 29th is the saying's
            return edate
    elif (wider.precision == DatePrecision.DAY and governor is not None
          and governor.lemma_.lower() in REPORTING_VERBS and _pluperfect(trigger)
          and _recounted(trigger)):
        # "Biden said on Sunday that he had spoken with Li": some time before the saying,
        # told as close to it -- its week, not its day
        start = period_start(wider.value)
        if start is not None:
            iso = start.isocalendar()
            return EventDate(f"{iso.year}-W{iso.week:02d}", DatePrecision.WEEK, wider.text)
    return _whole_expression(wider, outer, sent, published, tense)


#: what :func:`offset_date` and :func:`_that_period` look for besides time expressions
_OFFSET_WORDS = ("after", "before", "than")
_PERIOD_WORDS = re.compile(r"year|month|time", re.I)


#: gatherings that last some days: told by their opening day, they are dated by their span
GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "congress", "assembly",
                             "convention", "games", "olympics", "expo", "meeting"})
#: verbs that tell a gathering's first day: "which opens on Friday"
OPENING_VERBS = frozenset({"open", "start", "begin", "convene", "kick", "commence"})
#: the usual length of a summit or conference, in days
GATHERING_DAYS = 3


def _opening_date(trigger: Any, sent: Any, published: date | None, tense: str
                  ) -> EventDate | None:
    """The date of a gathering told by the day its own relative clause says it opens ("the
    G7 summit in Hiroshima, which starts on Friday"): the ISO week (or month) of the days
    such a gathering lasts; a coarser time as named."""
    if trigger.pos_ == "VERB":
        # "will attend the summit in Jakarta, which opens on Friday"
        trigger = next((c for c in kids(trigger) if c.dep_ == "dobj"), trigger)
    if _lemma_of(trigger) not in GATHERING_NOUNS or trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    opening = next((t for t in trigger.subtree if t.dep_ == "relcl"
                    and _lemma_of(t) in OPENING_VERBS), None)
    if opening is None:
        return None
    ts = trigger.idx - sent.start_char
    text = _blank_outside(sent, subtree_ids(opening))
    # "which opens on Friday": the present tells a schedule
    own = event_date(text, ts, ts + len(trigger.text), published,
                     "future" if opening.tag_ in ("VBZ", "VBP") else tense)
    if own.precision in _UNSET:
        return None
    first = period_start(own.value) if own.precision == DatePrecision.DAY else None
    if first is None:
        return own
    return _span_value(first, first + timedelta(days=GATHERING_DAYS - 1), own.text or "")


def _past_governors_time(trigger: Any, sent: Any, own_text: str, edate: EventDate,
                         span: tuple[int, int] | None, published: date | None) -> bool:
    """Whether the time ``edate`` found in an event's own clause belongs to a verb above it
    told in the past ("invited Putin on Tuesday to attend the forum", "spoke with him the
    same day and invited him to visit"), so that it cannot date an event still ahead.
    ``span`` is the trigger's place, to read the time again in the past tense; without it
    (a time lent by the story) the time is taken as it was lent."""
    if published is None or edate.precision in _UNSET:
        return False
    owner = _expression_verb(sent, own_text, edate.text)
    if owner is None or owner.i == trigger.i or owner.pos_ != "VERB" or _lemma_of(
            owner) == "be" or not _past_tense(owner) or trigger.i not in {
            t.i for t in owner.subtree}:
        return False
    if span is None:
        return _ends_before(edate, published)
    # (a time read the same in any tense, "in December 2018", is the text's own date)
    past = event_date(own_text, span[0], span[1], published, "past")
    return past.value != edate.value and _ends_before(past, published)


def _lemma_of(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _perfect_below(trigger: Any, owner: Any | None) -> bool:
    """Whether a clause with its own subject, told in the present perfect ("Russia has
    warned"), stands between ``trigger`` and ``owner``, the verb a time expression belongs
    to."""
    if owner is None or _lemma_of(owner) in REPORTING_VERBS:
        return False  # "has expelled the envoy, the ministry said on Monday": the saying's day
    tok = trigger
    for _ in range(8):
        if tok.i == owner.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in kids(tok)) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _timeless(text: str) -> bool:
    """Whether no copy of sentence ``text`` with words blanked out can date an event: no time
    expression (:func:`no_time_hint`), no "N days after" (:func:`offset_date`), no "that
    year" or "at the time" (:func:`_that_period`)."""
    return not any(w in text for w in _OFFSET_WORDS) and not _names_period(text) \
        and no_time_hint(text)


def _present_against_past(verb: Any) -> bool:
    """A present-tense "as / while" clause hanging on a past one."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and verb.head.tag_ == "VBD" \
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in kids(verb))


#: subordinate clauses whose time is not that of the clause they hang off: "since they met
#: in June" (the start of a span, or the last such event), "until they meet in May"
_OTHER_TIME_MARKS = frozenset({"since", "until", "till"})


#: the text :func:`_governing_text` gave last: (doc, sentence start, end, trigger index, text)
_LAST_GOVERNING: list[Any] = [None]


def _governing_text(sent: Any, trigger: Any) -> str:
    """The sentence with everything but :func:`_governing_clauses` of ``trigger`` blanked
    (punctuation kept). Read once per trigger: a trigger's date asks for it twice, for a
    time the story lends and for one of a governing clause (the doc is held, so it is not
    another doc at the same address)."""
    doc = sent.doc
    last = _LAST_GOVERNING[0]
    if last is not None and last[0] is doc and last[1] == sent.start and (
            last[2] == sent.end and last[3] == trigger.i):
        return last[4]  # type: ignore[no-any-return]
    text = _blank_outside(sent, _governing_clauses(trigger))
    _LAST_GOVERNING[0] = (doc, sent.start, sent.end, trigger.i, text)
    return text


def _governing_clauses(trigger: Any) -> set[int]:
    """Token indices of the sentence around ``trigger`` whose times may date it: not the
    complements the trigger governs ("agreed to work toward a meeting in November"), but its
    adverbial clauses ("Arriving in Beijing on Sunday, Blinken met") and a noun trigger's
    own description ("the meeting, which took place on Monday"); not the
    relative clauses of other words ("Wang, who met Blinken in February, visited ...");
    not "since"/"until" clauses."""
    sent = sent_of(trigger)
    drop: set[int] = set()
    for c in kids(trigger):
        if trigger.pos_ in ("NOUN", "PROPN") and c.dep_ in ("relcl", "acl"):
            continue  # "the meeting, which took place on Monday"
        if trigger.pos_ in ("VERB", "AUX") and c.dep_ in ("advcl", "npadvmod", "prep"):
            continue  # "Arriving in Beijing on Sunday, Blinken met Qin"
        drop |= subtree_ids(c)
    when: set[int] = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "the meeting between Sullivan and Wang, which took place on Monday": a clause that
        # says when something took place is the event noun's, wherever the parser hung it
        for t in trigger.subtree:
            if t.dep_ in ("relcl", "acl") and _says_when(t):
                when |= subtree_ids(t)
    path = {trigger.i}
    cur = trigger
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(cur)) and not any(
                c.dep_ == "aux" and c.lower_ in _MODALS
                for n in path for c in kids(sent.doc[n])) and not (
                _simple_past(cur) and _simple_past(cur.head)):
            # "The U.S. tightened controls in October, and Beijing has restricted exports":
            # a realized clause with its own subject does not borrow its neighbour's time --
            # unless the time opens the sentence ("In February, the U.S. shot down a balloon,
            # and a planned trip was called off") or both clauses tell one scene in the simple
            # past ("fired water cannon on Sunday, and one of the ships rammed a boat")
            drop |= {t.i for c in kids(cur.head) if c.i > cur.head.i and c.i != cur.i
                     for t in c.subtree}
        cur = cur.head
        path.add(cur.i)
    doc = sent.doc
    for i, dep in sentence_deps(sent):
        if dep not in _CLAUSE_DEPS or i in path or i in drop:
            continue
        t = doc[i]
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.head.i != trigger.i:
            drop |= (subtree_ids(t) - path)
        elif t.dep_ in ("advcl", "prep", "pcomp") and any(
                m.dep_ in ("mark", "prep") and m.lower_ in _OTHER_TIME_MARKS
                for m in kids(t)) and t.pos_ in ("VERB", "AUX"):
            drop |= (subtree_ids(t) - path)
        elif t.dep_ in ("advcl", "prep") and t.lower_ in _OTHER_TIME_MARKS and any(
                c.pos_ in ("VERB", "AUX") for c in kids(t)):
            drop |= (subtree_ids(t) - path)
        elif t.dep_ == "prep" and t.lower_ in _OTHER_TIME_MARKS and any(
                c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in (
                    "DATE", "TIME") for c in kids(t)):
            # "held their first meeting since their talks in Tokyo in May 2022": the time of
            # the earlier event the span starts from
            drop |= (subtree_ids(t) - path)
    own = semicolon_part(sent, trigger)
    if own is not None:
        drop |= {i for i, _ in sentence_deps(sent) if i not in own}
    return {i for i, _ in sentence_deps(sent) if i not in drop or i in when}


def semicolon_part(sent: Any, trigger: Any) -> set[int] | None:
    """Token indices of the part of ``sent`` between semicolons that holds ``trigger``, plus
    a time that opens the sentence set off by a comma ("In July 2021, a drone struck ...;
    the US blamed Iran": the whole sentence's frame); None when the sentence has no
    semicolon. "Four days later a strike hit ...; Iraq blamed Turkey for it": a semicolon
    ends a clause however the parser hung the one before it."""
    if ";" not in _text_of(sent):
        return None
    semis = [t.i for t in sent if t.text == ";"]
    lo = max((i for i in semis if i < trigger.i), default=sent.start - 1)
    hi = min((i for i in semis if i > trigger.i), default=sent.end)
    own = set(range(lo + 1, hi))
    if lo >= sent.start:
        comma = next((t.i for t in sent if t.text == "," or t.i >= semis[0]), semis[0])
        head = sent.doc[sent.start: comma]
        if comma < semis[0] and 0 < len(head) <= 6 and any(
                t.ent_type_ in ("DATE", "TIME") for t in head) and not any(
                t.pos_ in ("VERB", "AUX") for t in head):
            own |= set(range(sent.start, comma))
    return own


#: the labels of the clauses and phrases :func:`_governing_clauses` may drop
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "prep", "pcomp"})


#: verbs of saying whose date is that of the saying, not of what is reported
REPORTING_VERBS = frozenset({"say", "tell", "announce", "state", "report", "confirm", "add",
                             "note", "disclose", "reveal", "recall", "write", "claim"})


def _says_when(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids(verb))
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and lemma in _MEASURE_MAKING_VERBS:
        return True  # "export controls, imposed in October": when the measure was made
    return lemma in ("hold", "occur", "happen", "convene", "stage")


#: verbs whose past participle after a measure or act says when it was made
_MEASURE_MAKING_VERBS = frozenset({"impose", "announce", "introduce", "adopt", "issue",
                                   "launch", "sign", "enact", "unveil", "approve", "pass",
                                   "order", "decide", "declare", "conduct", "carry", "make",
                                   "reach", "conclude"})


def _expression_verb(sent: Any, text: str, expr: str | None) -> Any | None:
    """The verb whose clause holds the time expression ``expr`` (found in ``text``, the
    sentence's blanked copy)."""
    if not expr:
        return None
    pos = text.find(expr)
    if pos < 0:
        return None
    tok = next((t for t in sent if t.idx - sent.start_char >= pos and not t.is_space), None)
    for _ in range(8):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _simple_past(verb: Any) -> bool:
    """"rammed", "was rammed": told in the simple past (not "has rammed", "had rammed")."""
    if verb.tag_ == "VBD":
        return not any(c.dep_ == "aux" for c in kids(verb))
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in kids(verb)) and not any(
        c.dep_ == "aux" for c in kids(verb))


def governing_verb(tok: Any, steps: int = 8, stop: tuple[str, ...] = ()) -> Any | None:
    """The nearest verb above ``tok`` in the parse, within ``steps`` heads and climbing
    through no word whose relation is one of ``stop`` (a subject, a relative clause: another
    clause's); ``None`` at the root."""
    cur = tok
    for _ in range(steps):
        if cur.head.i == cur.i or cur.dep_ in stop:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _past_tense(verb: Any) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had") for c in kids(verb))


#: verbs of contacts a speaker tells of after the fact ("said on Sunday that he had spoken
#: with Li"): some day of that week, where an act announced ("said on Friday that Macron had
#: ordered the recall", "said its forces had repelled an attack") is of the saying's day
_RECOUNTED_VERBS = frozenset({"speak", "talk", "meet", "discuss", "confer", "consult",
                              "call", "telephone", "phone", "visit", "see"})


def _recounted(trigger: Any) -> bool:
    """Whether an event told in the pluperfect under a dated saying lies some time before
    the saying: a contact told of, or what had "already" happened."""
    return trigger.lemma_.lower() in _RECOUNTED_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "already" for c in kids(trigger))


def _pluperfect(tok: Any) -> bool:
    """"had spoken", "had been told": an event before a past reference time."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids(tok))


def _ends_before(ed: EventDate, published: date) -> bool:
    """Whether the whole period ``ed`` names lies before ``published``."""
    start = period_start(ed.value)
    if start is None:
        return False
    p = ed.precision
    v = ed.value or ""
    if p == DatePrecision.DAY:
        return start < published
    if p == DatePrecision.WEEK:
        return start.isocalendar()[:2] < published.isocalendar()[:2]
    if p == DatePrecision.MONTH:
        return (start.year, start.month) < (published.year, published.month)
    if p == DatePrecision.QUARTER:
        return (start.year, (start.month - 1) // 3) < (published.year,
                                                        (published.month - 1) // 3)
    if p == DatePrecision.YEAR:
        return int(v[:4]) < published.year
    return False
