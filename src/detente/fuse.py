"""Cross-article event fusion: mentions of one real-world event become one fused event.

Two mentions are the same event when they have
* the same dyad; source and target may be swapped for meetings and talks (root 04) and for
  acts two sides do together (agreeing to cooperate, signing, establishing relations:
  ``RECIPROCAL``);
* the same CAMEO root family; inside 04 a telephone or video call (041) is not an in-person
  meeting, while an unspecified consultation (040) can be either;
* for other roots, the same code (or the root's own unspecified code, "070") and words that
  say alike: a similar trigger ("accused" / "accusing", light verbs like "agreed" do not
  count) or sentences sharing at least a third of their content words;
* compatible dates: the periods their dates name overlap (a month-precision date is any day
  of that month; a mention dated only by its article's publication day stands for the few
  days before it when realized (the day before for things said, ``SAID_ROOTS``), and for
  the ``PLAN_HORIZON`` after it when planned, or the ``NAMED_PLAN_HORIZON`` when it names
  who will act, "Yellen hopes to visit China"; an event
  told as ongoing, or as done "since June" ("have all visited China since June", within
  ``SINCE_SPAN``), may fall on any day until the one it was told);
* compatible places (either unknown, or the same country) for acts that happen somewhere
  (``PLACED_ROOTS``); a statement's place is only where it was made or reported;
* compatible people: when both name a person on the same side, it is the same person
  (names read through the actor knowledge base, so "Xi" and "Xi Jinping" agree);
* within one article, two sentences telling realized events are one event only when one
  refers back ("the meeting", "their talks"), names nobody new ("the two met") or names the
  same people; otherwise a writer telling two events in a row means two events;
* a plan told on or after the day its event was called off is a new plan, not the old one;
  and
* a trip ("Blinken arrived in Beijing", "Yellen's four-day visit": a travel word, nobody named
  on the side visited) during which its visitor met several named counterparts is an event of
  its own, not any one of those meetings; a trip with a single meeting (a leader's visit for a
  summit) may be that meeting. A trip is told on any of its days, so a day-dated trip stands
  for ``TRIP_DAYS`` either side.

A mention that tells several events at once with a plural event noun and names nobody ("the
visits reflect ...", "a series of cabinet visits") is none of them in particular and stays
apart (``collective``).

"The two met" / "both sides held talks" name the one pair of people their article names for
the same countries and root (``resolve_pairs``); "the two leaders" is left alone.

Mentions are taken most precise first, so a coarse mention ("Blinken's visit in June")
attaches to the precise event it names. When it fits several events it joins the one naming
most of its people (the largest naming exactly them); when the candidates are events that
name different people on a side the mention leaves open (a trip with several meetings), it
joins one only if that one is told ``DOMINANT`` times more often, else it stays apart.

A planned or uncertain mention and a later realized one that fit together are one story: the
fused event keeps every mention, so its status history can be read from them, and a
``realized_as`` link is stored from the first planned mention to the first realized one
(``cancelled_as`` for a cancellation). Imported dataset rows (GDELT, ICEWS, ...) are already
events and map one to one.

``fuse()`` is a pure function over plain rows and does not depend on their order;
``fuse_store()`` reads and writes through the Store.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rapidfuzz import fuzz

from detente.model import period_start, stable_id

log = logging.getLogger(__name__)

UNDIRECTED_ROOTS = frozenset({"04"})
#: acts that two sides do together, told from either side ("A and B agreed", "signed")
RECIPROCAL = frozenset({"030", "031", "032", "036", "037", "050", "054", "057", "060", "061",
                        "062", "063", "064"})
#: sub-families inside a root that never describe the same event as each other
SUBFAMILY = {"041": "remote", "045": "mediate"}
STATUS_RANK = {  # which status a fused event shows: realized beats everything told before
    "happened": 6, "ongoing": 5, "cancelled": 4, "denied": 3, "planned": 2, "uncertain": 1,
    "hypothetical": 0,
}
UNREALIZED = ("planned", "uncertain", "hypothetical")
#: roots whose acts happen somewhere (meetings, visits, aid, protests, force): their place
#: tells two events apart. A statement's place is only where it was said or reported.
PLACED_ROOTS = frozenset({"04", "06", "07", "14", "15", "17", "18", "19", "20"})
#: words of a trigger that tell a trip (a visit, an arrival, a stopover) rather than a meeting held
#: during it ("Blinken arrived in Beijing" vs "Blinken met Qin Gang")
TRAVEL_WORDS = frozenset({
    "visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "traveled",
    "travelled", "traveling", "travelling", "arrive", "arrives", "arrived", "arriving",
    "arrival", "go", "goes", "went", "going", "stop", "stops", "stopover", "stopovers",
    "transit", "tour", "tours", "toured", "journey", "fly", "flies", "flew", "flown", "land",
    "landed", "landing"})
#: plural event nouns: "the visits reflect ...", "a series of cabinet visits" tell several
#: events at once, so a mention so told that names nobody is none of them in particular
COLLECTIVE_NOUNS = frozenset({"visits", "trips", "meetings", "calls", "stopovers", "summits",
                              "tours", "strikes", "attacks", "incidents", "encounters"})
#: roots of things said (statements, appeals, demands, criticism, rejections, threats): news
#: tells what was said the day it was said or the next, so a saying dated only by its
#: article's day stands for those two days (other acts: ``interval``'s few days)
SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
SAID_DAYS = timedelta(days=1)
#: a trip lasts some days: a trip told on one day and the same trip told on another day this
#: close are one trip, and the meetings held this close to it are held during it
TRIP_DAYS = timedelta(days=3)
#: a mention that fits several events goes to the one told this many times more often than
#: any other ("the meeting" in the weeks of a summit), else stays apart
DOMINANT = 3
#: how far ahead an undated plan may come true
PLAN_HORIZON = timedelta(days=90)
#: ... and one that names who will act ("Yellen hopes to visit China", "Blinken still intends
#: to travel when conditions allow"): a person's stated intention outlives a season
NAMED_PLAN_HORIZON = timedelta(days=183)
#: nouns that name an event, so "the meeting" / "their talks" can point back to one
EVENT_NOUNS = frozenset({
    "meeting", "meetings", "talks", "talk", "visit", "visits", "trip", "summit", "call",
    "conversation", "discussion", "discussions", "encounter", "session", "dialogue",
    "negotiations", "consultations", "exchange", "exchanges", "tour", "stop", "stopover",
    "drills", "exercises", "attack", "strike", "strikes", "agreement", "deal", "sanctions",
    "curbs", "restrictions", "controls", "statement", "remarks", "remark", "speech",
})
_VERBISH = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                      "held", "holds", "met", "meets", "said", "says", "made", "began"})
_BACK_REF = re.compile(
    r"\b(?:the|this|that|these|those|their|his|her|its)\b((?:\s+[\w'.-]+){1,3})",
    re.IGNORECASE)
TRIGGER_SIMILARITY = 80  # rapidfuzz token_set_ratio on crude stems, 0-100
#: sentences telling one act share at least this share of their content words, and at least
#: MIN_SHARED of them
CONTENT_OVERLAP = 0.3
MIN_SHARED = 2
#: verbs that carry no content of their own: two "agreed" tell nothing alike
LIGHT_TRIGGERS = frozenset({"agre", "agreed", "said", "say", "call", "called", "told", "made",
                            "make", "took", "take", "held", "hold", "gave", "give", "urg",
                            "urged", "announc", "announced", "express", "expressed"})


@dataclass(frozen=True, slots=True)
class Mention:
    event_id: str
    article_id: str | None
    published: date | None
    source_country: str | None
    target_country: str | None
    source_name: str | None
    target_name: str | None
    cameo: str
    root: str
    status: str
    date_value: str | None
    date_precision: str | None
    location_country: str | None
    confidence: float = 0.5
    trigger: str | None = None
    sentence: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    date_text: str | None = None


@dataclass(slots=True)
class _Probe:
    """What the matching rules read of one mention, computed once."""
    mention: Mention
    interval: tuple[date, date] | None
    names: dict[str, str]
    direction: tuple[str | None, str | None]
    subfamily: str
    reciprocal: bool
    keywords: frozenset[str]
    trigger: str  # its words' stems
    light: bool  # the trigger carries no content of its own
    cancelled_on: date | None  # the day a cancellation was told
    plan_told: date | None  # the day an unrealized mention was told
    kind: str = ""  # inside root 04: "trip" (a visit as a whole) or "" (any other act)
    placed: bool = False  # its root's acts happen somewhere (``PLACED_ROOTS``)
    content: bool = False  # its root compares what mentions say (all but consultations)
    several: bool = False  # a trip during which its visitor met several named counterparts
    collective: bool = False  # tells several events at once and names nobody


@dataclass
class Cluster:
    key: tuple[Any, ...]
    members: list[Mention] = field(default_factory=list)
    lo: date | None = None
    hi: date | None = None
    location: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    directions: set[tuple[str | None, str | None]] = field(default_factory=set)
    subfamilies: set[str] = field(default_factory=set)
    probes: list[_Probe] = field(default_factory=list)
    reciprocal: bool = True
    cancelled_on: date | None = None
    last_plan_told: date | None = None
    meeting: bool = False  # holds a meeting that names the people on both sides
    trip: bool = False  # holds a trip during which several such meetings were held
    collective: bool = False  # started by a mention that tells several events at once
    index: int = -1  # its place among its group's clusters
    articles: set[str] = field(default_factory=set)  # the articles its mentions come from


@dataclass(frozen=True, slots=True)
class FusedEvent:
    fused_id: str
    members: tuple[str, ...]
    best_event_id: str
    status: str
    cameo: str
    n_articles: int
    first_seen: date | None
    last_seen: date | None


def interval(m: Mention) -> tuple[date, date] | None:
    """The period of days a mention's date can stand for."""
    prec = (m.date_precision or "").lower()
    if prec == "publication" or not m.date_value:
        pub = m.published or period_start(m.date_value)
        if pub is None:
            return None
        if m.status in UNREALIZED:
            return pub, pub + PLAN_HORIZON
        return pub - timedelta(days=4), pub
    start = period_start(m.date_value)
    if start is None:
        return None
    if prec == "day":
        return start, start
    if prec == "week":
        return start, start + timedelta(days=6)
    if prec == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - timedelta(days=1)
    if prec == "quarter":
        return start, date(start.year + (start.month >= 10), (start.month + 2) % 12 + 1, 1) \
            - timedelta(days=1)
    if prec == "year":
        return start, date(start.year, 12, 31)
    return None


def _root(m: Mention) -> str:
    return m.root or (m.cameo or "")[:2]


def group_key(m: Mention) -> tuple[Any, ...]:
    """Mentions that may be one event share this key: root and the (unordered) pair of
    countries; direction is checked per cluster."""
    return (_root(m), *sorted((m.source_country or "", m.target_country or "")))


def reciprocal(m: Mention) -> bool:
    """Whether the act reads the same from either side (so source and target may swap)."""
    return _root(m) in UNDIRECTED_ROOTS or (m.cameo or "")[:3] in RECIPROCAL


def generic(code: str) -> bool:
    """A root's own code ("040", "070", "110"): the act left unspecified, compatible with any
    code of its root."""
    return len(code) == 3 and code.endswith("0")


def subfamily(m: Mention) -> str:
    code = (m.cameo or "")[:3]
    if generic(code):
        return "*"
    return SUBFAMILY.get(code, "")


def codes_agree(a: Mention, b: Mention) -> bool:
    ca, cb = (a.cameo or "")[:3], (b.cameo or "")[:3]
    return ca == cb or generic(ca) or generic(cb)


def _names(m: Mention) -> dict[str, str]:
    out = {}
    if m.source_name:
        out[m.source_country or "?"] = m.source_name
    if m.target_name:
        out[m.target_country or "?"] = m.target_name
    return out


def _stem(word: str) -> str:
    w = word.lower().strip(".,;:'\"")
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _stems(text: str | None) -> str:
    return " ".join(_stem(w) for w in (text or "").split())


def trigger_similarity(a: str | None, b: str | None) -> float:
    """0-100 similarity of two triggers over crude word stems ("accused" ~ "accusing")."""
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(_stems(a), _stems(b)))


def refers_back(m: Mention) -> bool:
    """Whether the mention's trigger is an event noun introduced as known ("the meeting",
    "their talks", "this visit"), i.e. the sentence points back to an event told before."""
    if not m.trigger or not m.sentence:
        return False
    head = m.trigger.split()[-1].lower()
    if head not in EVENT_NOUNS:
        return False
    # the determiner, at most two modifiers and the noun ("the two-day official visit"), and
    # no verb between them ("the United States held talks" introduces the talks)
    for words in _BACK_REF.findall(m.sentence):
        for word in words.lower().split()[:3]:
            if word == head:
                return True
            if word in _VERBISH or word.endswith("ed"):
                break
    return False


_STOP = frozenset("""
about above after again against also among another around because been before being
between both could during each either from further have having into itself just last least
many more most much next once only other over said same says should since some such than
that their them then there these they this those through under until very were what when
where which while will with within would year years month months week weeks today
monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december official officials according told
side sides leader leaders country countries government governments nation nations agree
agreed agrees agreeing
""".split())


def _keywords(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    words = (_stem(w) for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()) if w not in _STOP)
    return frozenset(w for w in words if w not in LIGHT_TRIGGERS)


def content_similarity(a: Mention, b: Mention) -> float:
    """0-1: how much two mentions say the same thing, by trigger or by the words of their
    sentences (overlap of the smaller set of content words)."""
    if trigger_similarity(a.trigger, b.trigger) >= TRIGGER_SIMILARITY and not (
            _light(a.trigger) or _light(b.trigger)):
        return 1.0
    ka, kb = _keywords(a.sentence), _keywords(b.sentence)
    if len(ka & kb) < MIN_SHARED:
        return 0.0
    return len(ka & kb) / min(len(ka), len(kb))


def _light(trigger: str | None) -> bool:
    """A trigger that says nothing of what was done ("agreed", "said", "called")."""
    return not trigger or _stem(trigger.split()[-1]) in LIGHT_TRIGGERS


def _same_text_event(c: Cluster, m: Mention) -> bool:
    """Within one article, two sentences telling realized events tell two events unless one
    refers back to the other ("the meeting", "the two met") or both name the same people.
    (Plans are exempt: an article weighing whether a meeting will happen names "a meeting"
    again and again.)"""
    for x in c.members:
        if x.article_id is None or x.article_id != m.article_id:
            continue
        if x.sentence is not None and x.sentence == m.sentence:
            continue
        if m.status in UNREALIZED or x.status in UNREALIZED:
            continue
        if refers_back(m) or refers_back(x) or _same_people(m, x):
            continue
        return False
    return True


def _same_people(a: Mention, b: Mention) -> bool:
    """Both name the same people ("Kerry met Wang Yi" told twice), or one names nobody: a
    writer introduces a new event's people by name, and "the two met", "both sides held
    talks" point back to those already named."""
    na, nb = _names(a), _names(b)
    return not na or not nb or na == nb


_SINCE = re.compile(r"\s*(?:ever\s+)?since\b", re.IGNORECASE)
#: how long ago a "since" may begin and still stand for the days up to the telling
SINCE_SPAN = timedelta(days=183)


def _done_since(m: Mention, start: date) -> bool:
    """Whether the mention tells acts done at some time between its date and the day it was
    told: "have all visited China since June" (a perfect with "since", starting a few months
    back). Not "the first meeting since November", whose date is that of the last meeting."""
    if not (m.published and m.trigger and m.sentence and _SINCE.match(m.date_text or "")):
        return False
    if (m.date_precision or "") not in ("day", "week", "month") \
            or m.published - start > SINCE_SPAN:
        return False
    verb = re.escape(m.trigger.split()[0])
    return re.search(rf"\b(?:have|has)\s+(?:\w+\s+){{0,2}}{verb}\b", m.sentence,
                     re.IGNORECASE) is not None


def trip_kind(m: Mention) -> bool:
    """Whether a consultation mention tells a trip as a whole ("Blinken arrived in Beijing",
    "Yellen's four-day visit") rather than one meeting: a travel word as its trigger, and no
    person named on the side visited (a trip "to meet Biden" is the meeting with Biden)."""
    if _root(m) not in UNDIRECTED_ROOTS or subfamily(m) in ("remote", "mediate"):
        return False
    if not m.trigger or not TRAVEL_WORDS & set(re.findall(r"[a-z]+", m.trigger.lower())):
        return False
    return not (m.source_name and m.target_name)


#: actor texts that point back to two people named before ("the two met", "both sides")
_PAIR_ANAPHOR = re.compile(r"^(?:the\s+)?(?:two|both)(?:\s+(?:sides?|men|women|officials))?$",
                           re.IGNORECASE)


def _pair_anaphor(text: str | None) -> bool:
    return bool(text) and bool(_PAIR_ANAPHOR.match(" ".join((text or "").split())))


def resolve_pairs(mentions: list[Mention]) -> list[Mention]:
    """Name the people of "the two met" / "both sides held talks": when a mention names
    nobody and points back to a pair, and its article names exactly one pair of people for
    the same two countries and root, it is them. Role words ("the two leaders", "the two
    presidents") are left alone: they need not be the pair the article named."""
    pairs: dict[tuple[Any, ...], set[tuple[tuple[str, str], ...]]] = defaultdict(set)
    for m in mentions:
        if m.article_id and m.source_name and m.target_name and m.source_country \
                and m.target_country and m.source_country != m.target_country:
            pairs[(m.article_id, *group_key(m))].add(tuple(sorted(
                ((m.source_country, m.source_name), (m.target_country, m.target_name)))))
    if not pairs:
        return mentions
    out = []
    for m in mentions:
        found = pairs.get((m.article_id, *group_key(m))) if m.article_id else None
        if found and len(found) == 1 and not (m.source_name or m.target_name) \
                and _pair_anaphor(m.source_text) and _pair_anaphor(m.target_text):
            names = dict(next(iter(found)))
            if m.source_country in names and m.target_country in names:
                m = replace(m, source_name=names[m.source_country],
                            target_name=names[m.target_country])
        out.append(m)
    return out


def _probe(m: Mention) -> _Probe:
    cancelled_on = None
    if m.status == "cancelled":
        # the day it was called off: the article's day, or the day it names if earlier
        iv = interval(m) if (m.date_precision or "") == "day" else None
        days = [d for d in (m.published, iv[0] if iv else None) if d is not None]
        cancelled_on = min(days) if days else None
    content = _root(m) not in UNDIRECTED_ROOTS  # only these roots compare content
    iv = interval(m)
    if iv is not None and _root(m) in SAID_ROOTS and m.status not in UNREALIZED \
            and ((m.date_precision or "") == "publication" or not m.date_value):
        iv = max(iv[0], iv[1] - SAID_DAYS), iv[1]
    trip = trip_kind(m)
    if trip and iv is not None and (m.date_precision or "") == "day":
        iv = iv[0] - TRIP_DAYS, iv[1] + TRIP_DAYS  # a trip told on one of its days
    if iv is not None and m.published and iv[1] < m.published and (
            m.status == "ongoing" or _done_since(m, iv[0])):
        # begun on its date and still going on the day it was told; or done at some time
        # between then and the day it was told ("have all visited China since June")
        iv = iv[0], m.published
    if iv is not None and m.status in UNREALIZED and (m.source_name or m.target_name) \
            and ((m.date_precision or "") == "publication" or not m.date_value):
        iv = iv[0], iv[0] + NAMED_PLAN_HORIZON
    return _Probe(m, iv, _names(m), (m.source_country, m.target_country),
                  subfamily(m), reciprocal(m),
                  _keywords(m.sentence) if content else frozenset(),
                  _stems(m.trigger) if content else "", _light(m.trigger),
                  cancelled_on, m.published if m.status in UNREALIZED else None,
                  "trip" if trip else "", _root(m) in PLACED_ROOTS, content,
                  collective=collective(m))


def collective(m: Mention) -> bool:
    """Whether a mention tells several events at once with a plural event noun ("the visits",
    "a series of cabinet visits") and names nobody, so it stands for none of them in
    particular."""
    if m.source_name or m.target_name or not m.trigger:
        return False
    return m.trigger.split()[-1].lower() in COLLECTIVE_NOUNS


def _meeting(p: _Probe) -> bool:
    """A consultation that names the people on both sides: one meeting, not a whole trip."""
    return p.kind != "trip" and len(p.names) == 2 and _root(p.mention) in UNDIRECTED_ROOTS \
        and p.subfamily not in ("remote", "mediate")


def _mark_trips(probes: list[_Probe]) -> None:
    """Mark the trips during which the visitor met several named counterparts (Blinken met Qin
    Gang, Wang Yi and Xi on one trip): such a trip is an event of its own, not any one of its
    meetings. A trip with one meeting (a leader's visit for a summit) may be that meeting.
    Meetings with two people count as one trip's when they are at most two ``TRIP_DAYS``
    apart (a plan told months ahead spans several trips)."""
    # meetings by month, and by month and each person they name
    index: dict[tuple[Any, ...], list[_Probe]] = defaultdict(list)
    for p in probes:
        if _meeting(p) and p.interval is not None:
            for mo in _months(p.interval):
                index[mo].append(p)
                for side, name in p.names.items():
                    index[(*mo, side, name)].append(p)
    if not index:
        return
    for p in probes:
        if p.kind != "trip" or p.interval is None:
            continue
        lo, hi = p.interval[0] - TRIP_DAYS, p.interval[1] + TRIP_DAYS
        place = p.mention.location_country
        named = next(iter(p.names.items()), None)  # look up the visitor's own meetings
        held: dict[int, tuple[date, frozenset[tuple[str, str]]]] = {}
        for mo in _months((lo, hi)):
            for q in index.get((*mo, *named) if named else mo, ()):
                assert q.interval is not None
                if q.interval[0] > hi or q.interval[1] < lo:
                    continue
                if place and q.mention.location_country and q.mention.location_country != place:
                    continue
                if any(q.names.get(side) != name for side, name in p.names.items()):
                    continue
                held[id(q)] = (q.interval[0], frozenset(q.names.items()))
        p.several = _one_trip_several(sorted(held.values(), key=lambda x: x[0]))


def _one_trip_several(held: list[tuple[date, frozenset[tuple[str, str]]]]) -> bool:
    """Whether meetings (by start day) include two with different people close enough to be
    held on one trip."""
    for i, (day, people) in enumerate(held):
        for later, others in held[i + 1:]:
            if later - day > 2 * TRIP_DAYS:
                break
            if others != people:
                return True
    return False


def _says_alike(a: _Probe, b: _Probe) -> bool:
    """``content_similarity`` over precomputed words."""
    if a.trigger and b.trigger and not (a.light or b.light) \
            and fuzz.token_set_ratio(a.trigger, b.trigger) >= TRIGGER_SIMILARITY:
        return True
    shared = len(a.keywords & b.keywords)
    return shared >= MIN_SHARED and shared >= CONTENT_OVERLAP * min(len(a.keywords),
                                                                     len(b.keywords))


def _fits(c: Cluster, p: _Probe) -> bool:
    """Whether the mention may be one more telling of the cluster's event (cheap tests
    first)."""
    m, iv = p.mention, p.interval
    if p.collective or c.collective:
        return False
    if iv is not None and c.lo is not None and c.hi is not None:
        if iv[0] > c.hi or iv[1] < c.lo:
            return False
    for side, name in p.names.items():
        if side in c.names and c.names[side] != name:
            return False
    if p.placed and m.location_country and c.location and m.location_country != c.location:
        return False
    if p.direction not in c.directions and not (p.reciprocal and c.reciprocal):
        return False
    if p.subfamily != "*" and any(s not in ("*", p.subfamily) for s in c.subfamilies):
        return False
    if (c.cancelled_on or p.cancelled_on) and _after_cancellation(c, p):
        return False
    # a trip with several meetings is none of them
    if (p.several and c.meeting) or (c.trip and _meeting(p)):
        return False
    if p.content and not any(
            codes_agree(x.mention, m) and _says_alike(x, p) for x in c.probes):
        return False
    return m.article_id not in c.articles or _same_text_event(c, m)


def _after_cancellation(c: Cluster, p: _Probe) -> bool:
    """A plan told on or after the day its event was called off is a new plan (a trip
    "postponed" and then "still intended when conditions allow")."""
    cancelled = [d for d in (c.cancelled_on, p.cancelled_on) if d is not None]
    planned = [d for d in (c.last_plan_told, p.plan_told) if d is not None]
    return bool(cancelled and planned) and max(planned) >= min(cancelled)


def _add(c: Cluster, p: _Probe) -> None:
    m, iv = p.mention, p.interval
    c.members.append(m)
    c.probes.append(p)
    if m.article_id:
        c.articles.add(m.article_id)
    c.directions.add(p.direction)
    c.subfamilies.add(p.subfamily)
    c.reciprocal = c.reciprocal and p.reciprocal
    c.meeting = c.meeting or _meeting(p)
    c.trip = c.trip or p.several
    c.collective = c.collective or p.collective
    if p.cancelled_on is not None:
        c.cancelled_on = min(c.cancelled_on or p.cancelled_on, p.cancelled_on)
    if p.plan_told is not None:
        c.last_plan_told = max(c.last_plan_told or p.plan_told, p.plan_told)
    if iv is not None:
        # keep the tightest period told so far
        if c.lo is None or c.hi is None:
            c.lo, c.hi = iv
        else:
            lo, hi = max(c.lo, iv[0]), min(c.hi, iv[1])
            if lo <= hi:
                c.lo, c.hi = lo, hi
    if m.location_country and not c.location:
        c.location = m.location_country
    for side, name in p.names.items():
        c.names.setdefault(side, name)


def _width(iv: tuple[date, date] | None) -> int:
    return 10**6 if iv is None else (iv[1] - iv[0]).days


def _choose(fits: list[Cluster], m: Mention) -> Cluster | None:
    """The cluster a mention belongs to: the one naming most of its people, and among those
    the (largest) one naming exactly its people, else the one told most often. None when the
    best candidates are events that name different people on a side the mention leaves open
    (a trip with several meetings) and none is told ``DOMINANT`` times more often than the
    next: the mention cannot say which one it means."""
    if len(fits) <= 1:
        return fits[0] if fits else None
    names = _names(m)

    def matched(c: Cluster) -> int:
        return sum(c.names.get(side) == name for side, name in names.items())

    top = max(matched(c) for c in fits)
    best = [c for c in fits if matched(c) == top]
    exact = [c for c in best if names and c.names == names]
    if exact:
        return max(exact, key=lambda c: len(c.members))
    best.sort(key=lambda c: len(c.members), reverse=True)
    # do any two of them name different people on one side?
    split = any(len({c.names[side] for c in best if side in c.names}) > 1
                for side in {side for c in best for side in c.names})
    if split and len(best[0].members) < DOMINANT * len(best[1].members):
        return None
    return best[0]


def _months(iv: tuple[date, date]) -> Iterator[tuple[int, int]]:
    y, mo = iv[0].year, iv[0].month
    while (y, mo) <= (iv[1].year, iv[1].month):
        yield y, mo
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)


def fuse(mentions: Iterable[Mention]) -> tuple[list[FusedEvent], list[tuple[str, str, str]]]:
    """Cluster mentions into fused events; returns (events, links).

    The result does not depend on the order of ``mentions``."""
    groups: dict[tuple[Any, ...], list[_Probe]] = defaultdict(list)
    for m in resolve_pairs(list(mentions)):
        groups[group_key(m)].append(_probe(m))
    events: list[FusedEvent] = []
    links: list[tuple[str, str, str]] = []
    for key, probes in groups.items():
        _mark_trips(probes)
        # most precise first, so coarse mentions attach to the precise event they name
        probes.sort(key=lambda p: (_width(p.interval), p.mention.published or date.min,
                                   p.mention.event_id))
        clusters: list[Cluster] = []
        # a cluster's period only narrows, so the months it first spanned find it again
        by_month: dict[tuple[int, int], list[int]] = defaultdict(list)
        undated: list[int] = []
        # the clusters naming someone on a side, and naming each person: a mention naming a
        # person skips the clusters that name someone else on that side before any test
        named: dict[str, set[int]] = defaultdict(set)
        naming: dict[tuple[str, str], set[int]] = defaultdict(set)
        for p in probes:
            if p.interval is None:
                near: set[int] = set(range(len(clusters)))
            else:
                near = {*undated, *(i for mo in _months(p.interval)
                                    for i in by_month.get(mo, ()))}
            for side, name in p.names.items():
                if side in named:
                    near -= named[side] - naming[(side, name)]
            fits = [clusters[i] for i in sorted(near) if _fits(clusters[i], p)]
            chosen = _choose(fits, p.mention) if p.interval is not None or len(fits) == 1 \
                else None
            if chosen is None:
                chosen = Cluster(key, index=len(clusters))
                clusters.append(chosen)
                if p.interval is None:
                    undated.append(chosen.index)
                else:
                    for mo in _months(p.interval):
                        by_month[mo].append(chosen.index)
            _add(chosen, p)
            for side, name in chosen.names.items():
                named[side].add(chosen.index)
                naming[(side, name)].add(chosen.index)
        for c in clusters:
            events.append(_summarize(c))
            links.extend(_links(c))
    events.sort(key=lambda e: e.fused_id)
    return events, links


def _summarize(c: Cluster) -> FusedEvent:
    members = sorted(c.members, key=lambda m: (m.published or date.min, m.event_id))
    best = max(members, key=lambda m: (STATUS_RANK.get(m.status, 0) >= 5,
                                       -_width(interval(m)), m.confidence, m.event_id))
    realized = [m for m in members if m.status in ("happened", "ongoing")]
    if realized:
        status = "ongoing" if all(m.status == "ongoing" for m in realized) else "happened"
    else:
        # the latest word on an event that has not (yet) been reported as realized
        status = members[-1].status
        if any(m.status == "cancelled" for m in members):
            status = "cancelled"
    codes = Counter(m.cameo for m in (realized or members))
    # the code told most often, a specific one ("043 host") before the root's own ("040")
    cameo = max(codes, key=lambda k: (not generic(k[:3]), codes[k], len(k), k))
    pubs = [m.published for m in members if m.published]
    fused_id = "f" + stable_id(*sorted(str(k) for k in c.key), members[0].event_id, length=15)
    return FusedEvent(
        fused_id=fused_id, members=tuple(m.event_id for m in members),
        best_event_id=best.event_id, status=status, cameo=cameo,
        n_articles=len({m.article_id for m in members}),
        first_seen=min(pubs) if pubs else None, last_seen=max(pubs) if pubs else None)


def _links(c: Cluster) -> list[tuple[str, str, str]]:
    members = sorted(c.members, key=lambda m: (m.published or date.min, m.event_id))
    planned = [m for m in members if m.status in ("planned", "uncertain")]
    realized = [m for m in members if m.status in ("happened", "ongoing")]
    out = []
    if planned and realized and (planned[0].published or date.min) <= (
            realized[0].published or date.max):
        out.append((planned[0].event_id, realized[0].event_id, "realized_as"))
    cancelled = [m for m in members if m.status == "cancelled"]
    if planned and cancelled:
        out.append((planned[0].event_id, cancelled[0].event_id, "cancelled_as"))
    return out


@dataclass(frozen=True, slots=True)
class FuseSummary:
    mentions: int
    events: int
    links: int
    imported_events: int


_NAME_NOISE = frozenset({"jr", "sr", "mr", "mrs", "ms", "dr", "the"})


def _name_tokens(name: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+", name.lower())
    return frozenset(w for w in words if len(w) > 1 and w not in _NAME_NOISE)


def person_filter(kb: Any = None) -> Callable[[str | None], str | None]:
    """A function that keeps a name only when it names a person in the actor knowledge base,
    as the base spells it ("Xi" -> "Xi Jinping"); a name the base does not list is taken for
    the one person whose name holds all its words ("Jinping", "Joseph R. Biden, Jr."). Only
    people tell two events apart ("Blinken visited" vs "Yellen visited"); a country or office
    name is just another way to name the same side, and an ambiguous name ("Wang") names
    nobody in particular."""
    if kb is None:
        from detente.coding.actors import default_kb

        kb = default_kb()
    people: dict[str, str | None] = {}
    index: dict[str, set[str]] = {}

    def by_words(name: str) -> str | None:
        if not index:
            for text, entry in kb.aliases(["person"]):
                for word in _name_tokens(text) | _name_tokens(entry.name):
                    index.setdefault(word, set()).add(entry.name)
        words = _name_tokens(name)
        if not words:
            return None
        found = set.intersection(*(index.get(w, set()) for w in words))
        return next(iter(found)) if len(found) == 1 else None

    def person(name: str | None) -> str | None:
        if not name:
            return None
        if name not in people:
            entries = kb.find(name)
            found = {e.name for e in entries if e.kind == "person"}
            if len(found) == 1:
                people[name] = found.pop()
            elif found or entries:  # several people, or not a person at all
                people[name] = None
            else:
                people[name] = by_words(name)
        return people[name]

    return person


def mention_from_event(ev: Any, published: date | None,
                       person: Callable[[str | None], str | None] | None = None) -> Mention:
    """The fusion view of a coded ``Event`` from an article published on ``published``."""
    keep = person or (lambda name: name)
    src, tgt, loc = ev.source, ev.target, ev.location
    return Mention(
        ev.event_id, ev.article_id, published,
        src.country if src else None, tgt.country if tgt else None,
        keep(src.name) if src else None, keep(tgt.name) if tgt else None,
        ev.cameo, ev.root, str(ev.status), ev.date.value, str(ev.date.precision),
        loc.country if loc else None, ev.confidence, ev.evidence.trigger, ev.evidence.sentence,
        src.text if src else None, tgt.text if tgt else None, ev.date.text)


def fuse_store(store: Any) -> FuseSummary:
    """Recompute fused events for every text-derived mention in the store (idempotent)."""
    rows = store.query(
        "SELECT m.event_id, m.article_id, a.published, m.source_country, m.target_country, "
        "m.source_name, m.target_name, m.cameo, m.root, m.status, m.date_value, "
        "m.date_precision, m.location_country, m.confidence, m.trigger_text AS trigger, "
        "m.sentence, m.source_text, m.target_text, m.date_text "
        "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
        "WHERE m.provenance = 'text' OR m.provenance IS NULL")
    person = person_filter()
    mentions = []
    for r in rows:
        r = dict(r)
        r["source_name"], r["target_name"] = person(r["source_name"]), person(r["target_name"])
        mentions.append(Mention(**{k: r[k] for k in Mention.__slots__}))
    events, links = fuse(mentions)
    n_imported = store.replace_fused(events, links)
    return FuseSummary(len(mentions), len(events), len(links), n_imported)


__all__: Sequence[str] = ("Mention", "FusedEvent", "fuse", "fuse_store", "interval",
                          "mention_from_event", "person_filter", "resolve_pairs", "trip_kind",
                          "collective")
