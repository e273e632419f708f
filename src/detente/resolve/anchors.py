"""Dates an article lends from one sentence to another: the story's anchor.

A sentence often dates its event by pointing back at what the article told before:

- a time counted from the story's last time: "Beijing retaliated the next day", "Algeria
  recalled its ambassador days later", "Two weeks later, ...", "the following month", "on the
  same day", "earlier that week", "that evening", "within days" (:data:`RELATIVE`);
- an event it names again, as the frame of the new one: "In that letter, the chairman
  accused ...", "During the call, ...", "At that meeting, ..." -- the date of the letter, the
  call, the meeting told before;
- a time counted from such an event, or from a clause that tells one again: "Days before
  the rally, ...", "Hours before Kim arrived, ...", "A day after the summit, ...".

The anchor of a sentence is found in the sentence itself when an earlier clause names a time
("met Assad on Feb. 12, and Safadi followed three days later"), else in the sentences before
it: the time each tells for its main clause (itself counted from the one before when it
says "days later"), or the time of the earlier mention of the event named again. The result
is never more precise than its anchor: "the next day" after "In May, ..." is May.

Works on the parsed doc of the whole article (spaCy tokens and spans, used only through
their attributes); a doc of one sentence has no earlier sentence and lends nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from detente.model import DatePrecision, EventDate, period_start
from detente.resolve import doc_text
from detente.resolve.dates import event_date, find_dateline, find_time_expressions, resolve
from detente.resolve.tokens import doc_tokens, kids, subtree_ids

__all__ = ["RELATIVE", "anchored_date", "relative_phrase"]

_UNSET = (DatePrecision.PUBLICATION, DatePrecision.UNKNOWN)

_NUM = (r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_PART = r"day|morning|afternoon|evening|night"
_END = (r"(?=\s*(?:[,.;:)]|\s[—–]\s|\s--\s"
        r"|\s+(?:and|but|when|as|while|by|to|with|in|on|at|for)\b|$))")

#: times counted from the story's last time, not from the publication
RELATIVE = re.compile(
    r"\b(?:"
    rf"(?:the\s+same|that(?:\s+same)?)\s+(?P<su>{_PART}|week|month)"
    rf"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<wu>{_PART}|week|month)"
    rf"|the\s+(?P<nd>next|following|previous|preceding)\s+(?P<nu>{_PART}|week|month|year)"
    rf"|the\s+(?P<bu>day|night|evening)\s+(?P<bd>before|after){_END}"
    rf"|(?P<num>{_NUM})\s+(?P<cu>day|week|month|year)s?\s+(?P<cd>later|earlier)"
    rf"|(?P<num2>{_NUM})\s+(?P<cu2>day|week|month|year)s?\s+(?P<cd2>after|before){_END}"
    r"|(?:(?:just|only|some|barely|a\s+few|several)\s+)?(?P<vu>hours|days|weeks)\s+"
    r"(?P<vd>later|earlier)"
    # ("Within days, ...": fronted, not "would expel him within days")
    r"|(?<![A-Za-z0-9]\s)within\s+(?:(?:a\s+few|several|two|three|a)\s+)?"
    r"(?P<iu>hours|days|weeks|day|week)"
    r"|(?:in|during)\s+the\s+(?P<pu>morning|afternoon|evening)"
    r")(?![\w-])(?!\s+of\b)", re.IGNORECASE)  # (not "the morning of May 3": its own day)

#: a word one of which every form of :data:`RELATIVE` holds
_UNIT_WORDS = ("day", "morning", "afternoon", "evening", "night", "week", "month", "year",
               "hour")
#: one of the unit words anywhere in a lower-cased text (as a part of a word too: "days",
#: "monday")
_UNIT_HINT = re.compile("|".join(_UNIT_WORDS))

#: "Days before the rally", "A day after the summit", "Hours before Kim arrived", "the day
#: after his victory": an offset ending right before the word it is counted from
_OFFSET_BEFORE = re.compile(
    rf"(?:^|[\s,(])(?:(?:just|only|some|barely|about|nearly|a\s+few|several)\s+)?"
    rf"(?:(?P<num>{_NUM}|the(?=\s+(?:day|week|month|year)\s*$))\s+"
    rf"(?P<unit>day|week|month|year)s?|(?P<vague>hours|days|weeks))\s*$",
    re.IGNORECASE)

#: kinds of event a noun names again, by the nouns and verbs that tell them
_KINDS: dict[str, frozenset[str]] = {
    "letter": frozenset({"letter", "write", "missive"}),
    "call": frozenset({"call", "phone", "telephone", "conversation", "phonecall"}),
    "meeting": frozenset({"meeting", "meet", "talk", "talks", "encounter", "session",
                          "discussion", "negotiation"}),
    "summit": frozenset({"summit", "conference", "forum", "gathering", "ceremony"}),
    "visit": frozenset({"visit", "trip", "tour", "stay", "arrive", "arrival", "stopover",
                        "journey", "travel", "host"}),
    "interview": frozenset({"interview"}),
    "speech": frozenset({"speech", "address", "remarks", "statement"}),
    "rally": frozenset({"rally", "protest", "demonstration", "march"}),
    "announcement": frozenset({"announcement", "announce", "declaration"}),
    "clash": frozenset({"clash", "attack", "strike", "incident", "collision", "raid",
                        "shooting", "bombing"}),
    "deal": frozenset({"agreement", "deal", "accord", "truce", "ceasefire", "pact"}),
    "vote": frozenset({"vote", "election", "referendum", "ballot", "victory", "runoff",
                       "win", "byelection"}),
    "exchange": frozenset({"swap", "exchange", "handover"}),
}
#: the marks a word split at its hyphen is joined by ("run-off")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_KIND_OF = {w: k for k, ws in _KINDS.items() for w in ws}
#: kinds that frame another event told in the same clause ("In that letter, he accused ...")
_FRAME_KINDS = frozenset({"letter", "call", "meeting", "summit", "visit", "interview",
                          "speech", "rally"})
_FRAME_PREPS = frozenset({"in", "at", "during", "on", "throughout"})
_OFFSET_PREPS = frozenset({"after", "before", "following"})
_DEFINITE = frozenset({"the", "that", "this", "those", "these", "his", "her", "their", "its",
                       "our"})
#: how many sentences back the story's last time and an event named again are looked for
_LOOK_BACK = 3
_MENTION_BACK = 12


def relative_phrase(text: str) -> re.Match[str] | None:
    """The first time in ``text`` counted from the story's last time ("the next day",
    "days later", "that evening"), or ``None``."""
    if not isinstance(text, str):
        return None
    if _UNIT_HINT.search(text.lower()) is None:
        return None  # (every form names a unit: a cheap look before the long pattern)
    return RELATIVE.search(text)


def _offset_of(m: re.Match[str]) -> tuple[str, int, bool]:
    """(unit, signed count, vague) of a :data:`RELATIVE` match."""
    g = m.groupdict()
    if g["su"] or g["wu"]:
        unit = (g["su"] or g["wu"]).lower()
        return ("day" if unit in _PART.split("|") else unit), 0, False
    if g["nd"]:
        unit = g["nu"].lower()
        n = 1 if g["nd"].lower() in ("next", "following") else -1
        return ("day" if unit in _PART.split("|") else unit), n, False
    if g["bu"]:
        return "day", (1 if g["bd"].lower() == "after" else -1), False
    if g["num"] or g["num2"]:
        num, unit, way = (g["num"], g["cu"], g["cd"]) if g["num"] else (
            g["num2"], g["cu2"], g["cd2"])
        k = int(num) if num.isdigit() else _NUMBERS.get(num.lower(), 1)
        return unit.lower(), (k if way.lower() in ("later", "after") else -k), False
    if g["vu"]:
        unit = g["vu"].lower()
        sign = 1 if g["vd"].lower() == "later" else -1
        return unit, sign, True
    if g["iu"]:
        # "Within days it expelled the ambassador": some time after the story's last time
        unit = g["iu"].lower()
        return (unit if unit.endswith("s") else unit + "s"), 1, True
    return "day", 0, False  # "in the evening": the same day


def shift(anchor: EventDate, unit: str, n: int, vague: bool, text: str) -> EventDate:
    """``anchor`` moved by ``n`` ``unit`` (a vague "days later": some days, told as the month
    they fall in), never more precise than the anchor nor than the unit."""
    start = period_start(anchor.value)
    prec = anchor.precision
    if start is None or prec in _UNSET:
        return EventDate(None, DatePrecision.UNKNOWN, text)
    rank = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2,
            DatePrecision.QUARTER: 3, DatePrecision.YEAR: 4}
    have = rank.get(prec, 5)
    if vague:
        if unit == "hours":
            return EventDate(anchor.value, prec, text)
        if have > 2:
            return EventDate(anchor.value, prec, text)
        days = 3 if unit == "days" else 14
        d = start + timedelta(days=days * (1 if n > 0 else -1))
        return EventDate(f"{d.year:04d}-{d.month:02d}", DatePrecision.MONTH, text)
    want = {"day": 0, "week": 1, "month": 2, "year": 4}.get(unit, 0)
    if have > want:
        # "the next day" after a time told by its month: that month, as far as is known
        return EventDate(anchor.value, prec, text)
    if unit == "day":
        if n == 0 and have == 0:
            return EventDate(anchor.value, prec, text)
        d = start + timedelta(days=n)
        return EventDate(d.isoformat(), DatePrecision.DAY, text)
    if unit == "week":
        d = start + timedelta(weeks=n)
        iso = d.isocalendar()
        return EventDate(f"{iso.year}-W{iso.week:02d}", DatePrecision.WEEK, text)
    if unit == "month":
        k = start.year * 12 + start.month - 1 + n
        return EventDate(f"{k // 12:04d}-{k % 12 + 1:02d}", DatePrecision.MONTH, text)
    return EventDate(f"{start.year + n:04d}", DatePrecision.YEAR, text)


def _after(ed: EventDate, published: date | None) -> bool:
    """Whether ``ed`` starts after the publication day."""
    start = period_start(ed.value)
    return published is not None and start is not None and start > published


# --------------------------------------------------------------------------- the story


class _Story:
    """The sentences of one parsed article and the times they tell, read once."""

    def __init__(self, doc: Any, published: date | None) -> None:
        self.doc = doc
        self.published = published
        self.sents = list(doc.sents)
        self.index = {s.start: k for k, s in enumerate(self.sents)}
        full = doc_text(doc)  # (``doc.text`` is joined from the tokens at each call)
        self.texts = [full[s.start_char:s.end_char] for s in self.sents]
        _, line = find_dateline(full[:400], published)
        self.dateline_end = full.find(line) + len(line) if line else 0
        self._told: dict[tuple[int, str], EventDate | None] = {}
        self._kind_words: dict[tuple[int, int], list[tuple[Any, str | None, str | None]]] = {}

    def kind_words(self, sent: Any) -> list[tuple[Any, str | None, str | None]]:
        """The words of span ``sent`` that name a kind of event ("the call", "the talks"):
        (token, the kind its lower-case lemma names, the kind its lower-case form names), in
        order, read once per span (the passes below ask again for each event of a
        sentence and each sentence after it)."""
        key = (sent.start, sent.end)
        found = self._kind_words.get(key)
        if found is None:
            found = self._kind_words[key] = []
            toks = doc_tokens(self.doc)
            for tok in toks[sent.start:sent.end]:
                by_lemma = _KIND_OF.get(tok.lemma_.lower())
                by_form = _KIND_OF.get(tok.lower_)
                i = tok.i
                if by_lemma is None and by_form is None and i - 2 >= sent.start and \
                        toks[i - 1].text in _HYPHENS:
                    # "the run-off", "a cease-fire": a word the tokenizer split at its
                    # hyphen names its kind as the whole (the last part is the head)
                    by_form = _KIND_OF.get(toks[i - 2].lower_ + tok.lower_)
                if by_lemma is not None or by_form is not None:
                    found.append((tok, by_lemma, by_form))
        return found

    def sentence_text(self, k: int, sent: Any) -> str:
        """``sent.text`` of span ``sent``, from the story's copy when it is sentence ``k``."""
        told = self.sents[k]
        if told.start == sent.start and told.end == sent.end:
            return self.texts[k]
        return sent.text  # type: ignore[no-any-return]

    def text(self, k: int) -> str:
        """Sentence ``k``'s text, with a dateline blanked (its date is the filing's)."""
        text = self.texts[k]
        start = self.sents[k].start_char
        if start < self.dateline_end:
            cut = min(len(text), self.dateline_end - start)
            text = " " * cut + text[cut:]
        return text

    def told(self, k: int, tense: str, depth: int = 0) -> EventDate | None:
        """The time sentence ``k`` tells: the first time it names for something done (not
        a plan, "would go ahead on May 9"; not a name, "the Unaiza May 1"; not the end of a
        span nor the last such event, "the first visit since 2016"), or one it counts from
        the sentence before ("days later"); ``None`` when it names none. A time still ahead
        is told only to a ``tense`` "future" event."""
        key = (k, tense)
        if key in self._told:
            return self._told[key]
        self._told[key] = None  # (no loop through a sentence being read)
        sent = self.sents[k]
        text = self.text(k)
        out: EventDate | None = None
        for e in find_time_expressions(text):
            if not _usable(sent, text, e):
                continue
            ahead = _planned(_verb_at(sent, e.start))
            if ahead and tense != "future":
                continue
            ed = resolve(e.text, self.published, "future" if ahead else "past")
            if ed.precision in _UNSET or (not ahead and _after(ed, self.published)):
                continue
            out = ed
            break
        if out is None and depth < 3:
            m = relative_phrase(text)
            if m is not None:
                unit, n, vague = _offset_of(m)
                base = self.last_time(k, tense, depth + 1, unit)
                if base is not None:
                    moved = shift(base, unit, n, vague, m[0])
                    out = moved if moved.precision not in _UNSET else None
        self._told[key] = out
        return out

    def last_time(self, k: int, tense: str, depth: int = 0,
                  unit: str = "day") -> EventDate | None:
        """The story's time before sentence ``k``: the last time one of the few sentences
        before it tells, passing over background told by a year when the time counted
        from it is days or weeks ("Ankara sealed the frontier in 1993. Four days later,
        ...": the days are counted from the story's last day, not from 1993)."""
        coarse = (DatePrecision.YEAR, DatePrecision.QUARTER) if unit in (
            "day", "week", "hours", "days", "weeks") else (DatePrecision.YEAR,)
        for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            ed = self.told(j, tense, depth)
            if ed is not None and (ed.precision not in coarse or unit == "year"):
                return ed
        return None

    def _dated(self, tok: Any, sent: Any, text: str, tense: str) -> EventDate:
        """The date the event of word ``tok`` gets in its own sentence, as an event's
        trigger would (:func:`detente.resolve.event_dates.trigger_date`: "ended her
        four-day visit on the 9th" is the visit's days), lending nothing from further
        back but one step."""
        from detente.resolve.event_dates import trigger_date  # (it calls this module)

        if _DEPTH[0] > 1:
            a = tok.idx - sent.start_char
            return event_date(text, a, a + len(tok.text), self.published, tense)
        _DEPTH[0] += 1
        try:
            return trigger_date(tok, sent, text, self.published, tense)
        finally:
            _DEPTH[0] -= 1

    def mention_time(self, k: int, kind: str, tense: str,
                     latest: bool = False) -> EventDate | None:
        """The time of the last event of ``kind`` told before sentence ``k``: the date of
        its word in its sentence; ``None`` when the last one told names none (an event
        told with no time is this story's own, not an older one). ``latest``: named by a
        demonstrative ("two days before that meeting"), the event is the one a sentence
        named last, not first."""
        for j in range(k - 1, max(-1, k - 1 - _MENTION_BACK), -1):
            sent = self.sents[j]
            text = None
            words = self.kind_words(sent)
            for tok, by_lemma, by_form in (reversed(words) if latest else words):
                if by_lemma != kind and by_form != kind:
                    continue
                if tok.pos_ not in ("NOUN", "PROPN", "VERB") or _under_since(tok):
                    continue
                if text is None:
                    text = self.text(j)
                a = tok.idx - sent.start_char
                ahead = _planned(tok if tok.pos_ == "VERB" else _verb_at(sent, a))
                ed = self._dated(tok, sent, text, "future" if ahead else "past")
                if ed.precision not in _UNSET and not _reported_under(sent, text, tok, ed):
                    return ed
                told = self.told(j, tense, 1) if relative_phrase(text) else None
                if told is not None:
                    return told  # "Two days later, Biden called Xi": the call's day
                if (tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj")) or any(
                        c.lower_ in ("a", "an") for c in kids(tok)):
                    return None  # told anew, with no time: today's
        return None


#: entities whose names may hold a date ("the Unaiza May 1", a boat)
_NAMES = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "GPE", "LOC", "WORK_OF_ART", "NORP",
                    "LAW"})
_MODALS = frozenset({"will", "would", "'ll", "wo", "shall", "could", "may", "might", "can",
                     "should", "must"})
_SINCE_WHEN = re.compile(r",?\s+when\b", re.IGNORECASE)


def _usable(sent: Any, text: str, e: Any) -> bool:
    """Whether time expression ``e`` of sentence ``sent`` (text ``text``) tells when
    something in the story happened."""
    low = e.text.lower()
    if low.startswith(("until", "till", "by ")):
        return False
    if low.startswith("since") and not _SINCE_WHEN.match(text, e.end):
        # "closed since 1993": when a state began, not an event the story told -- unless
        # the sentence names the event ("since July, when the envoy circulated a note")
        return False
    if RELATIVE.fullmatch(e.text.strip()):
        return False
    base = sent.start_char
    toks = [t for t in sent if e.start <= t.idx - base < e.end]
    if not toks or any(t.ent_type_ in _NAMES for t in toks):
        return False
    first = toks[0]
    # "the Unaiza May 1": a date right after a proper noun, with no preposition, is a name
    return not (first.pos_ != "ADP" and first.i > sent.start
                and first.nbor(-1).pos_ == "PROPN"
                and first.nbor(-1).ent_type_ not in ("DATE", "TIME"))


def _verb_at(sent: Any, pos: int) -> Any | None:
    """The verb whose clause holds the character offset ``pos`` of the sentence."""
    base = sent.start_char
    tok = next((t for t in sent if t.idx - base >= pos), None)
    for _ in range(8):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: verbs that tell a plan: their time is that of what is planned
_PLAN_VERBS = frozenset({"plan", "schedule", "expect", "due", "intend"})


def _planned(verb: Any | None) -> bool:
    """"would go ahead as planned on May 9", "is to meet", "plans to visit": told as
    still ahead."""
    for _ in range(2):
        if verb is None:
            return False
        if verb.lemma_.lower() in _PLAN_VERBS or verb.dep_ == "xcomp" or any(
                c.dep_ == "aux" and (c.lower_ in _MODALS or c.lower_ == "to")
                for c in kids(verb)):
            return True
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _reported_under(sent: Any, text: str, tok: Any, ed: EventDate) -> bool:
    """Whether ``ed`` is the time of a saying that reports the event of ``tok``: "On the
    9th, Yellen said she believes her trip helped" (the trip is not the 9th's)."""
    if not ed.text or _FROM_NOW.fullmatch(ed.text.strip()):
        return False
    pos = text.find(ed.text)
    verb = _verb_at(sent, pos) if pos >= 0 else None
    if verb is None:
        return False
    cur = tok
    crossed = False
    for _ in range(12):
        if cur.i == verb.i:
            return crossed
        if cur.head.i == cur.i:
            return False
        crossed = crossed or cur.dep_ == "ccomp"
        cur = cur.head
    return False


def _under_since(tok: Any) -> bool:
    """"the first meeting since their talks in May": a word of an older event."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in ("since", "until", "till"):
            return True
    return False


_CACHE: list[Any] = [None]
#: how deep :meth:`_Story._dated` is in dating earlier mentions
_DEPTH = [0]


def _story(doc: Any, published: date | None) -> _Story:
    last = _CACHE[0]
    if last is not None and last.doc is doc and last.published == published:
        return last
    story = _Story(doc, published)
    _CACHE[0] = story
    return story


# --------------------------------------------------------------------------- the event


def _path(trigger: Any) -> set[int]:
    """The trigger and the words above it up to the root of the sentence; not above a
    reported clause that is not told in the past ("During the visit, she said companies
    have complained ...": what goes on is no part of the visit)."""
    out = {trigger.i}
    cur = trigger
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "ccomp" and not _told_past(cur):
            break
        cur = cur.head
        out.add(cur.i)
    return out


def _after_aside(prep: Any) -> Any | None:
    """The relative clause set off by commas ("an American, who had been jailed in
    Tehran,") that the parser hung a phrase coming after its closing comma on; ``None``
    when the phrase ``prep`` is no such one."""
    clause = prep.head
    if clause.dep_ != "relcl" or clause.i > prep.i:
        return None
    doc = prep.doc
    start = prep.left_edge.i
    first = clause.left_edge.i
    if start < 1 or first < 1 or doc[start - 1].text != "," or doc[first - 1].text != ",":
        return None
    return clause if any(t.lower_ in ("who", "which") for t in kids(clause)) else None


def _told_past(verb: Any) -> bool:
    """"accused", "had scrapped": a clause told in the past (not "have complained")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in kids(verb))


def _on_path(head: Any, path: set[int]) -> bool:
    """Whether a phrase hung on ``head`` belongs to the trigger's clause: ``head`` is on the
    trigger's path, or is the measure of time hung on it ("Days before the rally", parsed
    with "before" under "Days")."""
    return head.i in path or (head.dep_ in ("npadvmod", "advmod") and head.head.i in path)


#: determiners that point at the event named last ("that meeting", "this visit")
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _referred(trigger: Any, sent: Any, story: _Story
              ) -> tuple[Any, str, tuple[str, int, bool] | None] | None:
    """The earlier event the trigger's clause is set in or counted from: ("In that letter",
    "During the call", "Days before the rally", "Hours before Kim arrived") as (the word
    that names it, its kind, the offset or ``None``)."""
    words = story.kind_words(sent)
    if not words:
        return None  # (no word of the sentence names an event)
    path = _path(trigger)
    text: str | None = None  # (``sent.text`` joins the tokens: read when needed)
    for tok, by_lemma, by_form in words:
        kind = by_lemma or by_form
        if kind is None or tok.i in path or trigger.i in subtree_ids(tok):
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj":
            prep = tok.head
            word = prep.lower_
            if prep.dep_ != "prep":
                continue
            aside = _after_aside(prep)
            if aside is not None:
                # "pardoned a German, who had been sentenced in Minsk, two days before the
                # swap": the parser hung the phrase after a relative clause set off by
                # commas on that clause; it times the clause the aside hangs in
                if trigger.i in subtree_ids(aside) or not _on_path(aside.head.head, path):
                    continue
            elif not _on_path(prep.head, path):
                continue
            if not any(c.lower_ in _DEFINITE and c.dep_ in ("det", "poss")
                       for c in kids(tok)):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
                continue
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl" and _on_path(tok.head, path):
            mark = next((c for c in kids(tok) if c.dep_ == "mark"), None)
            if mark is None or mark.lower_ not in ("after", "before"):
                continue
            prep, word = mark, mark.lower_
            if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree if t.i > mark.i):
                continue  # (not "Hours" before the mark: the offset)
        else:
            continue
        if text is None:
            text = sent.text
        before = text[:prep.idx - sent.start_char]
        m = _OFFSET_BEFORE.search(before)
        if word in _OFFSET_PREPS:
            sign = -1 if word == "before" else 1
            if m is None:
                continue  # "after the meeting": some time after, not told how long
            if m["vague"]:
                offset = (m["vague"].lower(), sign, True)
            else:
                num = m["num"].lower()
                k = int(num) if num.isdigit() else _NUMBERS.get(num, 1)
                offset = (m["unit"].lower(), sign * k, False)
            return tok, kind, offset
        if word in _FRAME_PREPS and kind in _FRAME_KINDS and m is None:
            return tok, kind, None
    return None


def _in_sentence_anchor(sent: Any, upto: int, published: date | None,
                        tense: str, skip_until: int) -> EventDate | None:
    """The last time the sentence names before offset ``upto`` that can anchor a
    relative time: not the end of a span, not the start of a "since", not after the
    publication for a past event."""
    text = sent.text
    best = None
    for e in find_time_expressions(text):
        if e.end > upto or e.start < skip_until:
            continue
        low = e.text.lower()
        if low.startswith(("since", "until", "till", "by ")):
            continue
        # (read in the tense of its own clause: "told reporters on Sept. 1 that he would
        # meet Li the following week" is the past September's first)
        ahead = _planned(_verb_at(sent, e.start))
        if ahead and tense == "past":
            continue
        ed = resolve(e.text, published, "future" if ahead else "past")
        if ed.precision in _UNSET or (tense == "past" and _after(ed, published)):
            continue
        best = ed
    return best


def anchored_date(trigger: Any, sent: Any, clause_text: str, published: date | None,
                  tense: str, found: EventDate,
                  governing: Callable[[], str] | None = None) -> EventDate | None:
    """The date the story lends the event of ``trigger`` (in sentence span ``sent``, own
    clause ``clause_text``) when its clause counts from an earlier time or names an
    earlier event again; ``None`` to keep ``found``, the date read from the sentence alone.

    A time counted from the story ("the next day") in the event's own clause is taken
    before a time the sentence names farther from the trigger; an event named again is
    taken only when the sentence dates nothing for the event. ``governing`` gives the
    sentence with only the clauses that govern the trigger kept ("Beijing retaliated the
    next day by expelling a consul": the expelling's time is the retaliating's), read when
    the own clause counts from nothing.
    """
    if not hasattr(sent, "doc") or published is None:
        return None
    try:
        return _anchored(trigger, sent, clause_text, published, tense, found, governing)
    except (AttributeError, IndexError, KeyError, ValueError):  # odd parses: keep
        return None


def _anchored(trigger: Any, sent: Any, clause_text: str, published: date,
              tense: str, found: EventDate,
              governing: Callable[[], str] | None) -> EventDate | None:
    ts = trigger.idx - sent.start_char
    unset = found.precision in _UNSET
    story = _story(sent.doc, published)
    k = story.index.get(sent.start)
    skip = max(0, story.dateline_end - sent.start_char)
    m = relative_phrase(clause_text)
    if m is None and unset and governing is not None:
        m = relative_phrase(governing())
    if m is not None and not unset:
        # "signed an agreement on Oct. 17 ... to hold an election in 2024, and the next
        # day Washington suspended sanctions": the phrase nearer the trigger wins
        # (a time found outside the own clause yields to one inside it)
        pos = clause_text.find(found.text) if found.text else -1
        if pos >= 0 and abs(pos - ts) <= abs(m.start() - ts):
            m = None
    if m is not None:
        unit, n, vague = _offset_of(m)
        base = _in_sentence_anchor(sent, m.start(), published, tense, skip)
        if base is None and k is not None:
            base = story.last_time(k, tense, 0, unit)
        if base is not None:
            moved = shift(base, unit, n, vague, m[0])
            if moved.precision not in _UNSET:
                return moved
        return None
    if k is None:
        return None
    if unset or (found.text and _FROM_NOW.fullmatch(found.text.strip())):
        # (an offset counted from the publication when the sentence names no time)
        counted = _counted_from_subject(trigger, sent, story, k)
        if counted is not None:
            return counted
    if not unset:
        return None
    ref = _referred(trigger, sent, story)
    if ref is None:
        return _response(trigger, sent, story, k)
    tok, kind, offset = ref
    base = story.mention_time(k, kind, tense, latest=any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in kids(tok)))
    if base is None:
        return None
    if offset is None:
        return base
    unit, n, vague = offset
    moved = shift(base, unit, n, vague, tok.text)
    return moved if moved.precision not in _UNSET else None


#: what :func:`detente.resolve.dates.offset_date` returns as its text: "hours after"
_FROM_NOW = re.compile(
    rf"(?:(?:just|only|barely|some|about|nearly|almost|more\s+than|less\s+than)\s+)?"
    rf"(?:(?:{_NUM})\s+(?:day|week|month|year)s?|hours|days)\s+"
    r"(?:after|before|earlier\s+than|later\s+than)", re.IGNORECASE)


def _counted_from_subject(trigger: Any, sent: Any, story: _Story, k: int) -> EventDate | None:
    """"The clash came only hours after Kakar met Amir-Abdollahian": an event in a clause
    counted from an event the sentence names again as its subject ("the clash", told
    before with its time) lies that far from it."""
    text = story.sentence_text(k, sent)
    low = text.lower()
    if "after" not in low and "before" not in low:
        return None  # (no word "after" or "before": the loop below finds none)
    base_char = sent.start_char
    for word in sent:
        if word.lower_ not in ("after", "before") or word.dep_ not in ("mark", "prep"):
            continue
        clause = word.head if word.dep_ == "mark" else word
        if trigger.i not in subtree_ids(clause):
            continue
        m = _OFFSET_BEFORE.search(text[:word.idx - base_char])
        if m is None or any(e.start < m.start() for e in find_time_expressions(text)):
            return None  # (the sentence's own time is the subject's: dates.offset_date)
        subject = next((t for t in sent if t.i < word.i and t.pos_ == "NOUN"
                        and t.dep_ in ("nsubj", "nsubjpass")
                        and _KIND_OF.get(t.lemma_.lower()) is not None
                        and any(c.lower_ in _DEFINITE and c.dep_ in ("det", "poss")
                                for c in kids(t))), None)
        if subject is None:
            return None
        base = story.mention_time(k, _KIND_OF[subject.lemma_.lower()], "past")
        if base is None:
            return None
        sign = -1 if word.lower_ == "after" else 1
        if m["vague"]:
            unit, n, vague = m["vague"].lower(), sign, True
        else:
            num = m["num"].lower()
            n = int(num) if num.isdigit() else _NUMBERS.get(num, 1)
            unit, n, vague = m["unit"].lower(), sign * n, False
        moved = shift(base, unit, n, vague, m[0].strip() + " " + word.text)
        return moved if moved.precision not in _UNSET else None
    return None


#: verbs and nouns of an answer to what the story told just before
_RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
_RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer",
                             "return"})


def _response(trigger: Any, sent: Any, story: _Story, k: int) -> EventDate | None:
    """"Last November, Italy refused the ship a port. Paris responded by suspending a
    plan ...", "In retaliation, Beijing expelled ...": an answer, told in the simple past
    with no time of its own, follows the story's last time -- its week when that was a
    day (how soon is not told), else as told."""
    path = _path(trigger)
    answer = False
    for i in path:
        tok = sent.doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _RESPONSE_VERBS and tok.tag_ == "VBD" and (
                lemma != "hit" or any(c.lower_ == "back" for c in kids(tok))):
            answer = True
        for c in kids(tok):
            if c.dep_ == "prep" and c.lower_ in ("in", "as") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _RESPONSE_NOUNS
                    and not any(x.dep_ == "prep" for x in kids(g))
                    for g in kids(c)):
                answer = True  # "In retaliation, ..." (not "in response to X": X's own)
    if not answer:
        return None
    base = story.last_time(k, "past")
    if base is None:
        return None
    if base.precision == DatePrecision.DAY:
        start = period_start(base.value)
        if start is None:
            return None
        iso = start.isocalendar()
        return EventDate(f"{iso.year}-W{iso.week:02d}", DatePrecision.WEEK, base.text)
    return base
