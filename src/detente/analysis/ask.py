"""Answer questions about relationships from the store, with evidence.

Our own small parser (regular expressions plus the actor knowledge base and the offline
gazetteer; no network, no language model) recognises six kinds of question:

===============  ====================================================================
``trend``        "Is U.S.-China relations expected to warm up?" -> trend verdict
                 (:mod:`.trend`); with "expected", "will", "outlook", ... the dyad
                 forecast too
``conflict``     "Are China and the Philippines heading for conflict?" -> the trend read
                 as escalation, the conflict share and the forecast chance of material
                 conflict (CAMEO 17-20) in the next 30 days
``planned``      "Will Xi Jinping attend the meeting in San Francisco?" -> the planned
                 tracker's probability (:mod:`.planned`) and the reports behind it
``happened``     "What happened between Russia and Ukraine last week?" -> realized events
                 in the period
``who_met``      "Who met whom in Malta?" -> realized meetings at the place
``last_visit``   "When did Blinken last visit Beijing?" -> the latest realized visit
===============  ====================================================================

Actors resolve through the KB: country names, adjectives and compounds ("U.S.-China"),
metonyms ("Beijing" as a government) and people, who stand for their country on the day
asked about. A name that resolves to nothing is reported with the closest KB names
(:meth:`ActorKB.suggest`). ``as_of`` restricts everything to articles published on or before
it; relative times ("last week") count from ``as_of``, else from the newest article.

The answer is a JSON-ready dict: ``question, intent, actors, verdict, probability, summary,
evidence [{event_id, article_id, title, published, sentence, ...}], as_of``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

from detente.analysis.series import (
    REALIZED,
    all_events,
    dyad_events,
    latest_published,
    load_mentions,
)

log = logging.getLogger(__name__)

CAPABILITIES = (
    'relationship trends: "Is U.S.-China relations expected to warm up?"',
    'conflict risk: "Are China and the Philippines heading for conflict?"',
    'planned events: "Will Xi Jinping attend the meeting in San Francisco?"',
    'recent events: "What happened between Russia and Ukraine last week?"',
    'meetings at a place: "Who met whom in Malta?"',
    'last visits: "When did Blinken last visit Beijing?"',
)
_QUESTION_WORDS = frozenset(
    "is are was were will would should could can do does did has have had what who whom when "
    "where why how which whose may might shall the a an and or of in on at to for with between "
    "relations relationship ties last next this".split())
_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_NON_NAMES = frozenset(list(_MONTHS) + ["monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "i"])

_RE_CONFLICT = re.compile(r"\b(conflict|war|clash|escalat\w*|confrontation|hostilit\w*|"
                          r"fight\w*|military action)\b", re.I)
_RE_TREND = re.compile(r"\b(warm\w*|cool\w*|thaw\w*|improv\w*|deteriorat\w*|worsen\w*|"
                       r"better|worse|relations?|relationship|ties|tensions?|trend\w*|"
                       r"getting along)\b", re.I)
_RE_EXPECT = re.compile(r"\b(expect\w*|will|going to|likely|forecast\w*|outlook|next|future|"
                        r"prospects?|heading)\b", re.I)
_RE_PLANNED = re.compile(r"^\s*(will|is|are|does|do)\b.*\b(attend|meet|meeting|visit|summit|"
                         r"talks?|travel|go ahead|take place|happen|be held|come|trip)\b", re.I)
_RE_HAPPENED = re.compile(r"\bwhat\b.*\b(happened|went on|took place|occurred|did)\b", re.I)
_RE_WHO_MET = re.compile(r"\bwho\s+(met|meets|has met|had met|held talks|talked|spoke)\b", re.I)
_RE_LAST_VISIT = re.compile(
    r"\bwhen\s+(?:did|has|have)\s+(?P<who>.+?)\s+(?:last\s+|most recently\s+|first\s+)?"
    r"(?P<verb>visit(?:ed)?|travel(?:l?ed)?\s+to|go\s+to|went\s+to|be(?:en)?\s+(?:in|to)|"
    r"meet(?:\s+with)?|met(?:\s+with)?)\s+(?P<what>.+?)(?:\s+last)?\s*\??\s*$", re.I)
_RE_PLACE = re.compile(r"\b(?:in|at)\s+((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)")

VISIT_CODES = ("042", "043", "044", "040", "041", "045", "046")


@dataclass(frozen=True, slots=True)
class ActorRef:
    text: str
    code: str  # country / IGO code
    name: str
    kind: str  # country | person | metonym | igo | ...
    start: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "name": self.name, "kind": self.kind}


# -- parsing -------------------------------------------------------------------------------
def _tokens(text: str) -> list[tuple[str, int]]:
    # split "U.S.-China" / "China-Philippines" into their parts; keep "U.S." whole
    text = re.sub(r"(?<=[A-Za-z.])[-\u2013/](?=[A-Z])", " ", text)
    return [(m.group(0).rstrip("?,!;:"), m.start())
            for m in re.finditer(r"[A-Za-z][\w.'\u2019-]*", text)]


def resolve_name(text: str, kb: Any, on: date | None) -> ActorRef | None:
    """The actor a name or adjective stands for on day ``on``, or None."""
    clean = text.strip().rstrip("?.,") if not text.strip().endswith("U.S.") else text.strip()
    if not clean:
        return None
    entries = kb.find(clean)
    if not entries and clean.lower().startswith("the "):
        entries = kb.find(clean[4:])
    for e in entries:
        if e.kind == "person":
            country, _sector, _code = kb.code_at(e, on)
            if country:
                return ActorRef(text, country, e.name, "person", 0)
        elif e.country or e.code:
            code = e.country or e.code
            return ActorRef(text, str(code), e.name, e.kind, 0)
    code = kb.adjective_country(clean)
    if code:
        return ActorRef(text, code, code, "adjective", 0)
    return None


def find_actors(question: str, kb: Any, on: date | None) -> tuple[list[ActorRef], list[str]]:
    """Actors named in the question (in order) and capitalised names that resolve to nothing."""
    toks = _tokens(question)
    found: list[ActorRef] = []
    unknown: list[str] = []
    i = 0
    run: list[str] = []

    def flush() -> None:
        if run:
            unknown.append(" ".join(run))
            run.clear()

    while i < len(toks):
        word, pos = toks[i]
        hit = None
        if word[:1].isupper() or word.lower() == "u.s.":
            for n in range(min(4, len(toks) - i), 0, -1):
                span = " ".join(t for t, _ in toks[i:i + n])
                if n > 1 and not toks[i + n - 1][0][:1].isupper():
                    continue
                ref = resolve_name(span, kb, on)
                if ref is not None:
                    hit = (ActorRef(span, ref.code, ref.name, ref.kind, pos), n)
                    break
        if hit is not None:
            flush()
            found.append(hit[0])
            i += hit[1]
            continue
        low = word.lower()
        if (word[:1].isupper() and low not in _QUESTION_WORDS and low not in _NON_NAMES
                and kb.title_sector(word) is None and not (i == 0 and low in _QUESTION_WORDS)):
            run.append(word)
        else:
            flush()
        i += 1
    flush()
    return found, unknown


def _places(question: str) -> list[str]:
    out = []
    for m in _RE_PLACE.finditer(question):
        name = re.sub(r"^the\s+", "", m.group(1).strip().rstrip("?.,"), flags=re.I)
        if name and name.lower() not in _NON_NAMES:
            out.append(name)
    return out


def _unrecognised(unknown: list[str], places: list[str], gazetteer: Any) -> list[str]:
    out = []
    for name in unknown:
        if any(name in p or p in name for p in places):
            continue
        if gazetteer is not None and gazetteer.lookup(name) is not None:
            continue
        out.append(name)
    return out


def time_window(question: str, ref: date) -> tuple[date, date, str]:
    """(start, end, phrase) of the period a question names; default: the 30 days to ref."""
    q = question.lower()
    monday = ref - timedelta(days=ref.weekday())
    if "last week" in q:
        s = monday - timedelta(days=7)
        return s, s + timedelta(days=6), "last week"
    if "this week" in q:
        return monday, ref, "this week"
    if re.search(r"\b(past|last)\s+(7|seven)\s+days\b|\bpast week\b", q):
        return ref - timedelta(days=6), ref, "the past 7 days"
    if "yesterday" in q:
        d = ref - timedelta(days=1)
        return d, d, "yesterday"
    if "today" in q:
        return ref, ref, "today"
    first = ref.replace(day=1)
    if "last month" in q:
        prev_end = first - timedelta(days=1)
        return prev_end.replace(day=1), prev_end, "last month"
    if "this month" in q:
        return first, ref, "this month"
    m = re.search(r"\b(?:past|last)\s+(\d+)\s+(day|week|month)s?\b", q)
    if m:
        n = int(m.group(1)) * {"day": 1, "week": 7, "month": 30}[m.group(2)]
        return ref - timedelta(days=n - 1), ref, f"the past {m.group(1)} {m.group(2)}s"
    m = re.search(r"\bin\s+(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?\b", q)
    if m:
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (ref.year if month <= ref.month
                                                    else ref.year - 1)
        start = date(year, month, 1)
        end = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
        return start, end, f"{m.group(1).title()} {year}"
    m = re.search(r"\b(?:in|during)\s+(\d{4})\b", q)
    if m:
        y = int(m.group(1))
        return date(y, 1, 1), date(y, 12, 31), str(y)
    return ref - timedelta(days=29), ref, "the past 30 days"


def classify(question: str) -> str:
    """The intent of a question (see module doc), or ``unknown``."""
    q = question.strip()
    if _RE_LAST_VISIT.search(q):
        return "last_visit"
    if _RE_WHO_MET.search(q):
        return "who_met"
    if _RE_HAPPENED.search(q):
        return "happened"
    if _RE_CONFLICT.search(q):
        return "conflict"
    if _RE_TREND.search(q):
        return "trend"
    if _RE_PLANNED.search(q):
        return "planned"
    return "unknown"


# -- answering ------------------------------------------------------------------------------
def _answer(question: str, intent: str, actors: list[ActorRef], as_of: date | None, *,
            verdict: str | None = None, probability: float | None = None, summary: str = "",
            evidence: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    out = {"question": question, "intent": intent, "actors": [a.to_dict() for a in actors],
           "verdict": verdict,
           "probability": None if probability is None else round(float(probability), 4),
           "summary": summary, "evidence": evidence or [],
           "as_of": as_of.isoformat() if as_of else None}
    out.update(extra)
    return out


def _cannot(question: str, as_of: date | None, intent: str = "unknown",
            actors: list[ActorRef] | None = None, why: str = "") -> dict[str, Any]:
    text = (why + " " if why else "I cannot answer that question. ") + \
        "I can answer questions about " + "; ".join(CAPABILITIES) + "."
    return _answer(question, intent, actors or [], as_of, summary=text)


def _cite(r: dict[str, Any]) -> dict[str, Any]:
    from detente.analysis.trend import evidence_row

    return evidence_row(r)


def _distinct_countries(actors: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for a in actors:
        if all(a.code != b.code for b in out):
            out.append(a)
    return out


def ask(store: Any, question: str, *, as_of: date | None = None) -> dict[str, Any]:
    """Answer ``question`` from the store as of ``as_of`` (see module doc for the shape).

    Never raises on a question it cannot parse: the answer then says which name was not
    recognised (with suggestions) or which kinds of question it can answer.
    """
    from detente.coding.actors import default_kb

    question = (question or "").strip()
    if not question:
        return _cannot(question, as_of, why="The question is empty.")
    kb = default_kb()
    ref = as_of or latest_published(store) or date.today()
    intent = classify(question)
    actors, unknown = find_actors(question, kb, ref)
    places = _places(question)
    missing: list[str] = []
    if unknown:
        from detente.resolve.places import Gazetteer

        missing = _unrecognised(unknown, places, Gazetteer.load())
    if missing and intent in ("trend", "conflict", "happened", "planned", "unknown"):
        parts = []
        for name in missing:
            sugg = kb.suggest(name)
            parts.append(f"'{name}' was not recognised" +
                         (f" (did you mean {', '.join(sugg)}?)" if sugg else ""))
        return _answer(question, intent, actors, as_of, verdict=None,
                       summary="; ".join(parts) + ".", unrecognised=missing,
                       suggestions={n: kb.suggest(n) for n in missing})
    if intent == "unknown":
        return _cannot(question, as_of, actors=actors)
    handler = {"trend": _trend, "conflict": _conflict, "planned": _planned,
               "happened": _happened, "who_met": _who_met, "last_visit": _last_visit}[intent]
    return handler(store, question, actors, as_of, ref, kb)


def _two(question: str, intent: str, actors: list[ActorRef], as_of: date | None
         ) -> tuple[ActorRef, ActorRef] | dict[str, Any]:
    dist = _distinct_countries(actors)
    if len(dist) < 2:
        named = ", ".join(a.text for a in dist) or "none"
        return _cannot(question, as_of, intent, actors,
                       why=f"This needs two actors (countries, organisations or people); "
                           f"I recognised {named}.")
    return dist[0], dist[1]


def _trend(store: Any, question: str, actors: list[ActorRef], as_of: date | None, ref: date,
           kb: Any) -> dict[str, Any]:
    from detente.analysis.trend import INSUFFICIENT, dyad_trend

    pair = _two(question, "trend", actors, as_of)
    if isinstance(pair, dict):
        return pair
    a, b = pair
    expected = bool(_RE_EXPECT.search(question))
    v, _series, _events = dyad_trend(store, a.code, b.code, as_of=as_of, forecast=expected)
    evidence = list(v.drivers) if v.verdict != INSUFFICIENT else (
        list(v.strongest_positive[:3]) + list(v.strongest_negative[:3]))
    summary = v.summary
    if v.drivers and v.verdict in ("warming", "cooling"):
        summary += f" Drivers: {len(v.drivers)} cited events (evidence)."
    prob = None
    if v.confidence is not None and v.verdict in ("warming", "cooling"):
        prob = v.confidence
    return _answer(question, "trend", [a, b], as_of, verdict=v.verdict, probability=prob,
                   summary=summary, evidence=evidence, details=v.to_dict())


def _conflict(store: Any, question: str, actors: list[ActorRef], as_of: date | None,
              ref: date, kb: Any) -> dict[str, Any]:
    from detente.analysis.trend import COOLING, WARMING, dyad_trend, forecast_summary

    pair = _two(question, "conflict", actors, as_of)
    if isinstance(pair, dict):
        return pair
    a, b = pair
    v, series, events = dyad_trend(store, a.code, b.code, as_of=as_of)
    recent = series.tail(6) if len(series) else series  # the last half year of months
    n_recent = float(recent["n_events"].sum()) if len(recent) else 0.0
    share = float((recent["q3"].sum() + recent["q4"].sum()) / n_recent) if n_recent else 0.0
    material = float(recent["q4"].sum()) if len(recent) else 0.0
    if v.verdict == COOLING:
        verdict = "escalating"
    elif v.verdict == WARMING:
        verdict = "de-escalating"
    elif n_recent == 0:
        verdict = "no recent events"
    elif share >= 0.5:
        verdict = "tense"
    else:
        verdict = "calm"
    fc = forecast_summary(store, a.code, b.code, as_of=ref)
    prob = None
    fc_text = ""
    if fc is not None:
        p_none = 1.0
        for r in fc["roots"]:
            if r["root"] in ("17", "18", "19", "20"):
                p_none *= 1.0 - float(r["p_either"])
        prob = 1.0 - p_none
        fc_text = (f" Chance of at least one material-conflict event (CAMEO 17-20: coerce, "
                   f"assault, fight, mass violence) in the next 30 days: {prob:.2f}"
                   + (" (mostly the pooled rate of all dyads: little history)"
                      if fc["basis"].get("fallback") == "prior" else "") + ".")
    summary = (f"{a.code}-{b.code}: {verdict}. In the last {len(recent)} month(s) to "
               f"{ref.isoformat()}: "
               f"{int(n_recent)} realized event(s), {share:.0%} conflictual "
               f"({int(material)} material conflict). Trend: {v.summary.rstrip('.')}.{fc_text}")
    evidence = list(v.strongest_negative[:4]) + list(v.strongest_positive[:2])
    if not evidence and len(events):
        evidence = [_cite(r) for r in events.tail(5).to_dict("records")]
    return _answer(question, "conflict", [a, b], as_of, verdict=verdict, probability=prob,
                   summary=summary, evidence=evidence, details=v.to_dict())


def _norm(text: Any) -> str:
    return " ".join(str(text or "").lower().split())


def _surnames(ref: ActorRef, kb: Any) -> list[str]:
    """Lower-case name forms of a person (full name, aliases, last word of the name)."""
    out = {ref.name.lower(), ref.text.lower()}
    for e in kb.find(ref.text):
        if e.kind == "person":
            out.update(x.lower() for x in (e.name, *e.aliases))
            out.add(e.name.split()[-1].lower())
    return [x for x in out if len(x) > 1]


def _planned(store: Any, question: str, actors: list[ActorRef], as_of: date | None, ref: date,
             kb: Any) -> dict[str, Any]:
    from detente.analysis.planned import explain, fit_planned_model, planned_events

    if not actors:
        return _cannot(question, as_of, "planned", actors,
                       why="I did not recognise who the planned event is about.")
    places = [p for p in _places(question) if resolve_name(p, kb, ref) is None
              or p not in {x.text for x in actors}]
    people = [x for x in actors if x.kind == "person"]
    countries = _distinct_countries(actors)
    model = fit_planned_model(store, as_of=as_of)
    # every planned event of the actors, however old: a question may ask about a past plan
    candidates = planned_events(store, countries[0].code,
                                countries[1].code if len(countries) > 1 else None,
                                as_of=as_of, model=model, recent_days=3650)
    q = question.lower()
    kinds = {"meeting": ("04",), "meet": ("04",), "summit": ("04",), "talks": ("04",),
             "visit": ("042", "043"), "trip": ("042", "043"), "travel": ("042", "043")}
    firmness = {"planned": 2, "uncertain": 1, "hypothetical": 0}
    best, best_key = None, (0.0,)
    for ev in candidates:
        text = _norm(" ".join([ev.location or "", ev.description,
                               *(h.sentence for h in ev.history)]))
        score = 0.0
        for p in places:
            if p.lower() in text:
                score += 3.0
        for person in people:
            if any(n in text or n in _norm(" ".join(ev.names)) for n in _surnames(person, kb)):
                score += 1.5
        for word, prefixes in kinds.items():
            if re.search(rf"\b{word}", q) and ev.cameo.startswith(prefixes):
                score += 0.5
        if ev.state in ("upcoming", "due"):
            score += 0.25
        if score <= 0:
            continue
        # ties: the better reported, then the more firmly reported plan
        key = (score, ev.n_articles,
               max((firmness.get(h.status, 0) for h in ev.history), default=0),
               ev.probability)
        if key > best_key:
            best, best_key = ev, key
    best_score = best_key[0]
    if best is None or (places and best_score < 3.0):
        what = f" in {', '.join(places)}" if places else ""
        return _answer(question, "planned", actors, as_of, verdict="not found",
                       summary=f"No planned meeting or visit{what} involving "
                               f"{', '.join(a.text for a in actors)} is reported as of "
                               f"{ref.isoformat()}.")
    reasons = explain(best, model)
    if best.state == "realized":
        when = next((h.published for h in best.history if h.kind == "realization"), None)
        verdict = "happened"
        summary = (f"It took place: {best.description} (first reported realized "
                   f"{when}).")
    else:
        verdict = "likely" if best.probability >= 0.5 else "unlikely"
        summary = (f"{best.description}, expected {best.expected or 'soon'} "
                   f"({best.state}): probability {best.probability:.2f} that it takes place, "
                   f"from {best.n_articles} article(s)."
                   + (f" Raised or lowered most by: {'; '.join(reasons)}." if reasons else "")
                   + f" Model: {model.note}.")
    evidence = []
    for h in reversed(best.history):
        evidence.append({"event_id": best.fused_id, "article_id": h.article_id,
                         "title": h.title, "published": h.published, "sentence": h.sentence,
                         "kind": h.kind, "status": h.status, "cue": h.cue})
    # the preparatory meetings that raised it
    if best.features.get("preparatory", 0) > 0 and best.source and best.target:
        day = date.fromisoformat(best.as_of)
        prep = dyad_events(store, best.source[:3], best.target[:3], as_of=day,
                           since=day - timedelta(days=45))
        prep = prep[prep["root"] == "04"] if len(prep) else prep
        for r in prep.sort_values("date_start", ascending=False).head(4).to_dict("records"):
            if r["fused_id"] != best.fused_id:
                evidence.append({**_cite(r), "kind": "preparatory"})
    return _answer(question, "planned", actors, as_of, verdict=verdict,
                   probability=best.probability, summary=summary, evidence=evidence,
                   event=best.to_dict(), model=model.to_dict())


def _happened(store: Any, question: str, actors: list[ActorRef], as_of: date | None,
              ref: date, kb: Any) -> dict[str, Any]:
    pair = _two(question, "happened", actors, as_of)
    if isinstance(pair, dict):
        return pair
    a, b = pair
    start, end, phrase = time_window(question, ref)
    ev = dyad_events(store, a.code, b.code, as_of=as_of, since=start, until=end)
    if ev.empty:
        before = dyad_events(store, a.code, b.code, as_of=as_of, until=ref)
        hint = ""
        if len(before):
            last = before.iloc[-1]
            hint = (f" The latest recorded event was on {last['date_value']}: "
                    f"{' '.join(str(last['sentence']).split())[:200]}")
        return _answer(question, "happened", [a, b], as_of, verdict="nothing recorded",
                       summary=f"No realized events between {a.code} and {b.code} recorded "
                               f"for {phrase} ({start.isoformat()}..{end.isoformat()})."
                               + hint,
                       evidence=[_cite(r) for r in before.tail(3).to_dict("records")],
                       period={"start": start.isoformat(), "end": end.isoformat()})
    lines = []
    for r in ev.to_dict("records"):
        lines.append(f"{r['date_value']}: {r['source_code']} {str(r['label']).lower()} "
                     f"{r['target_code']}")
    summary = (f"{len(ev)} realized event(s) between {a.code} and {b.code} in {phrase} "
               f"({start.isoformat()}..{end.isoformat()}): " + "; ".join(lines) + ".")
    return _answer(question, "happened", [a, b], as_of, verdict=f"{len(ev)} events",
                   summary=summary, evidence=[_cite(r) for r in ev.to_dict("records")],
                   period={"start": start.isoformat(), "end": end.isoformat()})


def _place_match(mentions: pd.DataFrame, place: str, country: str | None) -> pd.Series:
    p = place.lower()
    loc = mentions["location_name"].fillna("").str.lower()
    hit = (loc == p) | loc.str.contains(re.escape(p), regex=True)
    tgt = mentions["target_name"].fillna("").str.lower() == p
    return hit | tgt


def _who_met(store: Any, question: str, actors: list[ActorRef], as_of: date | None, ref: date,
             kb: Any) -> dict[str, Any]:
    places = _places(question)
    if not places:
        return _cannot(question, as_of, "who_met", actors,
                       why="Tell me where: e.g. 'Who met whom in Malta?'.")
    place = places[-1]
    m = load_mentions(store, as_of=as_of, roots=("04",))
    if m.empty:
        return _answer(question, "who_met", actors, as_of, verdict="nothing recorded",
                       summary=f"No meetings recorded in {place}.")
    m = m[m["status"].isin(REALIZED)]
    hits = m[_place_match(m, place, None)]
    if hits.empty:
        return _answer(question, "who_met", actors, as_of, verdict="nothing recorded",
                       summary=f"No realized meetings in {place} are recorded"
                               + (f" as of {as_of.isoformat()}" if as_of else "") + ".")
    snap = all_events(store, as_of=as_of)
    snap = snap[snap["fused_id"].isin(set(hits["fused_id"]))].sort_values(
        "date_start", ascending=False)
    lines, evidence = [], []
    for r in snap.to_dict("records"):
        g = m[m["fused_id"] == r["fused_id"]]
        names = []
        for n in pd.concat([g["source_name"], g["target_name"]]).dropna():
            person = resolve_name(str(n), kb, ref)
            if person is not None and person.kind == "person" and str(n) not in names:
                names.append(str(n))
        who = " and ".join(names) if len(names) >= 2 else (
            f"{r['source_code']} and {r['target_code']}" if not names
            else f"{names[0]} ({r['source_code']}-{r['target_code']})")
        lines.append(f"{r['date_value']}: {who}")
        evidence.append(_cite(r))
    return _answer(question, "who_met", actors, as_of, verdict=f"{len(snap)} meetings",
                   summary=f"Meetings in {place}: " + "; ".join(lines) + ".",
                   evidence=evidence, place=place)


def _last_visit(store: Any, question: str, actors: list[ActorRef], as_of: date | None,
                ref: date, kb: Any) -> dict[str, Any]:
    m = _RE_LAST_VISIT.search(question)
    assert m is not None
    who_text, what_text = m.group("who").strip(), m.group("what").strip().rstrip("?")
    who = resolve_name(who_text, kb, ref)
    if who is None:
        sugg = kb.suggest(who_text)
        return _answer(question, "last_visit", actors, as_of,
                       summary=f"'{who_text}' was not recognised"
                               + (f" (did you mean {', '.join(sugg)}?)" if sugg else "") + ".",
                       unrecognised=[who_text], suggestions={who_text: sugg})
    what_clean = re.sub(r"^the\s+", "", what_text, flags=re.I)
    where = resolve_name(what_clean, kb, ref)
    mentions = load_mentions(store, as_of=as_of, roots=("04",))
    if mentions.empty:
        return _answer(question, "last_visit", [who], as_of, verdict="nothing recorded",
                       summary="No visits or meetings are recorded.")
    mm = mentions[mentions["status"].isin(REALIZED) & mentions["cameo"].isin(VISIT_CODES)]
    if who.kind == "person":
        forms = _surnames(who, kb)
        src = mm["source_name"].fillna("").str.lower()
        tgt = mm["target_name"].fillna("").str.lower()
        visitor_is_source = mm["cameo"] != "043"
        visitor = src.where(visitor_is_source, tgt)
        mine = visitor.map(lambda s: any(f == s or f in s.split() or f in s for f in forms))
    else:
        col_src = mm["source_country"].where(mm["cameo"] != "043", mm["target_country"])
        mine = col_src == who.code
    place_hit = _place_match(mm, what_clean, where.code if where else None)
    if where is not None:
        host = mm["target_country"].where(mm["cameo"] != "043", mm["source_country"])
        place_hit = place_hit | ((mm["location_name"].isna()) & (host == where.code)
                                 & mm["cameo"].isin(["042", "043"]))
    hits = mm[mine & place_hit].copy()
    label = [who] + ([where] if where is not None else [])
    if hits.empty:
        return _answer(question, "last_visit", label, as_of, verdict="nothing recorded",
                       summary=f"No realized visit by {who.name} to {what_clean} is recorded"
                               + (f" as of {as_of.isoformat()}" if as_of else "") + ".")
    prec = {"day": 0, "publication": 1, "week": 2, "month": 3, "quarter": 4, "year": 5}
    hits["_p"] = hits["date_precision"].map(lambda p: prec.get(str(p), 6))
    hits = hits[hits["date_start"].notna()]
    hits = hits.sort_values(["date_start", "_p"], ascending=[False, True])
    top = hits.iloc[0]
    # the most precise date among the reports of the same fused event
    same = hits[hits["fused_id"] == top["fused_id"]].sort_values(["_p", "date_start"],
                                                                  ascending=[True, False])
    best = same.iloc[0]
    when = str(best["date_value"])
    evidence = []
    for r in hits.drop_duplicates("fused_id").head(3).to_dict("records"):
        evidence.append({"event_id": r["fused_id"], "article_id": r["article_id"],
                         "title": r["title"],
                         "published": r["published"].isoformat()
                         if isinstance(r["published"], date) else None,
                         "sentence": " ".join(str(r["sentence"]).split()),
                         "date": r["date_value"]})
    return _answer(question, "last_visit", label, as_of, verdict=when,
                   summary=f"{who.name} last visited {what_clean} on {when} "
                           f"(as reported in {best['title'] or best['article_id']}).",
                   evidence=evidence)


__all__ = ["CAPABILITIES", "ActorRef", "ask", "classify", "find_actors", "time_window"]
