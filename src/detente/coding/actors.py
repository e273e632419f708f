"""The actor knowledge base: countries, metonyms, IGOs, institutions, media, people, agent nouns.

``load_kb()`` reads every ``*.yaml`` file in ``detente/coding/data/actors/`` (file formats in
``FORMAT.md`` there) plus any user files, validates them and returns an :class:`ActorKB`.
Every problem raises :class:`~detente.errors.DataFileError` naming the file, the line and the
reason.

An actor code is ``country + sector`` (``USAGOV``, ``CHNMIL``); an IGO has its own code
(``UNO``, ``NATO``, ``EU``), with the sector appended for organs other than the executive
(``NATOMIL``, ``EURLEG``). People map to codes through dated roles (:meth:`ActorKB.code_at`).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detente.errors import DataFileError

log = logging.getLogger(__name__)

#: CAMEO role / sector codes accepted in the data files.
SECTORS: frozenset[str] = frozenset(
    "GOV MIL LEG JUD SPY COP OPP REB INS SEP UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB "
    "MED REF MOD RAD".split()
)
KINDS: tuple[str, ...] = (
    "country",
    "metonym",
    "institution",
    "igo",
    "media",
    "person",
    "agent",
    "title",
)
#: kinds whose surface forms are proper names (what ``find`` and ``aliases`` return by default)
NAMED_KINDS: frozenset[str] = frozenset(
    {"country", "metonym", "institution", "igo", "media", "person"}
)

_SECTIONS = (
    "people",
    "countries",
    "igos",
    "institutions",
    "media",
    "agents",
    "national_nouns",
    "titles",
    "collectives",
)
_FILE_SCHEMA = {
    "countries.yaml": "countries",
    "igos.yaml": "igos",
    "institutions.yaml": "institutions",
    "media.yaml": "media",
    "agents.yaml": "agents",
}
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
_IGO_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_LINE = "__line__"


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Role:
    """One office a person held: inclusive ``start``..``end`` (``end=None``: still in office)."""

    start: dt.date
    end: dt.date | None
    country: str
    sector: str
    title: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One actor (or agent noun / title) of the knowledge base.

    ``code``/``country``/``sector`` are the entry's undated values (for a person: the most
    recent role); use :meth:`ActorKB.code_at` for a dated code. ``where`` is ``file:line``.
    """

    key: str
    kind: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    dyad_reference: bool = False
    adjectives: tuple[str, ...] = ()
    parent: str | None = None
    where: str = ""
    # an agent noun that names an actor only when a country qualifies it ("the Serbian
    # community", "Chinese automakers"): see ``national_nouns`` in FORMAT.md
    needs_country: bool = False


class Surface(str):
    """A surface form yielded by :meth:`ActorKB.aliases`; ``is_adjective`` marks demonyms."""

    is_adjective: bool

    def __new__(cls, text: str, is_adjective: bool = False) -> Surface:
        obj = super().__new__(cls, text)
        obj.is_adjective = is_adjective
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Surface, (str(self), self.is_adjective))


# --------------------------------------------------------------------------- text helpers

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def normalize_surface(text: str) -> str:
    """Canonical spacing and apostrophes of a surface form (case kept)."""
    if not text.isascii():
        text = text.translate(_APOSTROPHES)
    if "  " in text or "\n" in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text


def is_case_sensitive(alias: str) -> bool:
    """Short all-caps abbreviations (US, U.S., UN, EU, PLA, NATO, ASEAN) must match case."""
    if len(alias) > 12 or not alias.isupper():  # isupper: cased letters all capitals
        return False
    return 0 < sum(1 for c in alias if c.isalpha()) <= 5


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def actor_code(
    country: str | None, sector: str | None, igo_codes: Iterable[str] = ()
) -> str | None:
    """``country + sector``; for an IGO country the bare code when the sector is GOV/empty."""
    if country is None:
        return None
    if country in igo_codes:
        return country if sector in (None, "GOV") else country + sector
    return country + (sector or "")


# --------------------------------------------------------------------------- YAML with lines


# Values are built straight from libyaml's (C) event stream, without PyYAML's node tree and
# Python constructors: several times faster, every mapping records its line, and YAML 1.1
# surprises stay out (a plain ``NO`` is the text "NO", not False).
_EventLoader: type = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT = re.compile(r"^[-+]?\d+$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
}
_NO_KEY = object()


def _scalar(value: str, style: str | None) -> Any:
    if style:  # quoted or block scalar: always text
        return value
    first = value[:1]
    if first.isalpha() and first not in "nNtTfF":  # the common case: plain text
        return value
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    if _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # an impossible date: the schema check reports it with its line
    if _INT.match(value):
        return int(value)
    return value


def _parse_yaml(text: str, name: str) -> Any:
    """The first document of ``text`` as plain values; mappings get ``__line__``."""
    loader = _EventLoader(text)
    # stack of [container, pending key, line of the pending key]
    stack: list[list[Any]] = []
    root: Any = None
    done = False
    try:
        while not done:
            event = loader.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is yaml.ScalarEvent:
                value: Any = _scalar(event.value, event.style)
            elif kind is yaml.MappingStartEvent:
                stack.append([{_LINE: event.start_mark.line + 1}, _NO_KEY, 0])
                continue
            elif kind is yaml.SequenceStartEvent:
                stack.append([[], _NO_KEY, 0])
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = stack.pop()[0]
            elif kind is yaml.AliasEvent:
                raise DataFileError(
                    "YAML anchors/aliases are not supported",
                    where=f"{name}:{event.start_mark.line + 1}",
                )
            elif kind is yaml.DocumentEndEvent:
                done = True
                continue
            else:  # stream/document start
                continue
            if not stack:
                root = value
                continue
            top = stack[-1]
            container = top[0]
            if type(container) is list:
                container.append(value)
            elif top[1] is _NO_KEY:
                if kind is not yaml.ScalarEvent:
                    raise DataFileError(
                        "a mapping key must be plain text",
                        where=f"{name}:{event.start_mark.line + 1}",
                    )
                key = value if isinstance(value, str) else str(event.value)
                if key in container:
                    raise DataFileError(
                        f"duplicate key {key!r}", where=f"{name}:{event.start_mark.line + 1}"
                    )
                top[1] = key
            else:
                container[top[1]] = value
                top[1] = _NO_KEY
    finally:
        loader.dispose()
    return root


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read actor file: {exc}", where=str(path)) from exc
    try:
        return _parse_yaml(text, path.name)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 0
        raise DataFileError(
            f"YAML syntax error: {exc.problem}",
            where=f"{path.name}:{line}",
            hint="check indentation and quoting",
        ) from exc
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise DataFileError(f"YAML error: {exc}", where=path.name) from exc


# --------------------------------------------------------------------------- the KB


# -- the offices a person held on a day, read from a role's free-text title ------------------
# "Foreign Secretary; Home Secretary from 2023-11-13", "Treasurer 2015-2018; Prime Minister
# 2018-08-24 to 2022-05-23", "Interior Minister / Prime Minister (2012-2014)"
_T_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?\b"
_T_FROM = re.compile(rf"\b(?:from|since)\s+({_T_DAY})")
_T_TO = re.compile(rf"\b(?:to|until)\s+({_T_DAY})")
_T_SPAN = re.compile(rf"\b({_T_DAY})\s*(?:-|to|until)\s*({_T_DAY})")
_T_DATES = re.compile(rf"(?:\b(?:from|since|to|until)\s+)?\b{_T_DAY}(?:\s*(?:-|to|until)\s*"
                      rf"{_T_DAY})?|\bin\s+[A-Z][a-z]+\s+\d{{4}}\b")


def _title_day(text: str, end: bool) -> dt.date:
    parts = [int(x) for x in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 28 if end else 1)
    return dt.date(parts[0], parts[1], parts[2])


@functools.lru_cache(maxsize=8192)
def role_titles(role: Role) -> tuple[tuple[str, dt.date, dt.date | None], ...]:
    """The offices a role's ``title`` names, each with the days it was held (best effort:
    an undated office runs from the role's start, or the end of the office before it, to the
    start of the next dated one, or the role's end)."""
    # ";" and " / " part offices, except inside a note in brackets
    segments: list[str] = []
    depth, cur = 0, ""
    for ch in role.title.replace(" / ", ";"):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth == 0:
            segments.append(cur.strip())
            cur = ""
        else:
            cur += ch
    segments = [x for x in (*segments, cur.strip()) if x]
    dated: list[tuple[str, dt.date | None, dt.date | None]] = []
    for seg in segments:
        start: dt.date | None = None
        end: dt.date | None = None
        bare = re.sub(r"\([^)]*\)", " ", seg)
        inner = ", ".join(re.findall(r"\(([^)]*)\)", seg))
        texts = [bare]
        if not _T_DATES.search(bare) and inner and not _T_DATES.sub(" ", inner).strip(" ,"):
            texts.append(inner)  # "Prime Minister (2012-2014)", not a note with dates
        for text in texts:
            m = _T_SPAN.search(text)
            if m and start is None and end is None:
                start, end = _title_day(m.group(1), False), _title_day(m.group(2), True)
                continue
            m = _T_FROM.search(text)
            if m and start is None:
                start = _title_day(m.group(1), False)
            m = _T_TO.search(text)
            if m and end is None:
                end = _title_day(m.group(1), True)
        name = re.sub(r"\s+", " ", _T_DATES.sub(" ", bare)).strip(" ,.")
        if name:
            dated.append((name, start, end))
    out: list[tuple[str, dt.date, dt.date | None]] = []
    prev_end: dt.date | None = None
    for i, (name, start, end) in enumerate(dated):
        if start is None:
            start = prev_end or role.start
        if end is None and not any(s is not None for _n, s, _e in dated[i + 1:]):
            end = role.end
        elif end is None:
            end = next(s for _n, s, _e in dated[i + 1:] if s is not None)
        prev_end = end if end != role.end else prev_end
        for part in re.split(r"\s+and\s+", name):
            out.append((part.strip(), start, end))
    return tuple(out)



_MEMO_MAX = 200_000


def _memoized(method: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """Remember a knowledge-base word lookup's answer per word (the tables do not change
    after loading); the memo is emptied when it grows past ``_MEMO_MAX`` words."""
    name = method.__name__

    @functools.wraps(method)
    def lookup(self: Any, word: str) -> Any:
        key = (name, word)
        memo = self._memo
        try:
            return memo[key]
        except KeyError:
            pass
        out = method(self, word)
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[key] = out
        return out

    return lookup


@dataclass(slots=True)
class ActorKB:
    """Lookup structure over all entries. Build it with :func:`load_kb`."""

    entries: list[KBEntry]
    country_codes: frozenset[str]
    igo_codes: frozenset[str]
    # region name (case-folded) -> the country it lies in ("nagorno-karabakh" -> AZE)
    regions: dict[str, str] = field(default_factory=dict)
    _exact: dict[str, list[KBEntry]] = field(default_factory=dict, repr=False)
    _folded: dict[str, list[KBEntry]] = field(default_factory=dict, repr=False)
    _adj_exact: dict[str, str] = field(default_factory=dict, repr=False)
    _adj_folded: dict[str, str] = field(default_factory=dict, repr=False)
    _agents: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _national: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _titles: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    # (lookup, word) -> its answer: the coder asks the word lookups below of most tokens
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)
    _by_key: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _choices: list[str] = field(default_factory=list, repr=False)
    _choice_entry: list[KBEntry] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._build()

    def _build(self) -> None:
        for e in self.entries:
            self._by_key[e.key] = e
            if e.kind in NAMED_KINDS or e.dyad_reference:
                for text in dict.fromkeys((e.name, *e.aliases)):
                    self._add(text, e)
                    if e.kind in NAMED_KINDS:
                        self._choices.append(text)
                        self._choice_entry.append(e)
            elif e.kind == "agent":
                table = self._national if e.needs_country else self._agents
                for text in (e.name, *e.aliases):
                    table.setdefault(text.lower(), e)
            elif e.kind == "title":
                self._titles.setdefault(e.name.lower(), e)
            if e.kind in ("country", "igo"):
                for adj in e.adjectives:
                    self._adj_exact.setdefault(adj, e.code or "")
                    if not is_case_sensitive(adj):
                        self._adj_folded.setdefault(adj.casefold(), e.code or "")

    def _add(self, text: str, entry: KBEntry) -> None:
        bucket = self._exact.setdefault(text, [])
        if entry not in bucket:
            bucket.append(entry)
        if not is_case_sensitive(text):
            folded = self._folded.setdefault(text.casefold(), [])
            if entry not in folded:
                folded.append(entry)

    # ---------------------------------------------------------------- lookups

    def get(self, key: str) -> KBEntry | None:
        """The entry with this key (``"country:USA"``, ``"person:antony-blinken"``)."""
        return self._by_key.get(key)

    def find(self, surface: str) -> list[KBEntry]:
        """Entries whose name or alias is ``surface``, in KB order (ambiguity is kept).

        Exact match first, then a case-insensitive match that never applies to short all-caps
        aliases (``US`` does not match "us") nor to a single all-lower-case word ("fed" is not
        the Fed); a leading "the " and a trailing "'s" are dropped if nothing matched.
        Adjectives and plain agent nouns are not returned (see :meth:`adjective_country`,
        :meth:`agent_sector`); collective references are.
        """
        text = normalize_surface(surface)
        for candidate in _variants(text):
            hits = self._exact.get(candidate)
            # a lone lower-case word ("fed", "diet", "senate") is an ordinary word, not a name
            if not hits and not (candidate.islower() and " " not in candidate):
                hits = self._folded.get(candidate.casefold())
            if hits:
                return list(hits)
        return []

    def aliases(self, kinds: Iterable[str] | None = None) -> Iterator[tuple[str, KBEntry]]:
        """All ``(surface form, entry)`` pairs: names, aliases and, for countries, adjectives.

        The surface form is a :class:`Surface` (a ``str``) whose ``is_adjective`` is true for
        demonyms/adjectives. ``kinds`` defaults to the named kinds plus collective references;
        pass e.g. ``{"agent", "title"}`` to get agent nouns and titles.
        """
        wanted = frozenset(kinds) if kinds is not None else None
        for e in self.entries:
            if wanted is None:
                if e.kind not in NAMED_KINDS and not e.dyad_reference:
                    continue
            elif e.kind not in wanted or e.needs_country:
                continue  # (a national noun alone names no one)
            for text in dict.fromkeys((e.name, *e.aliases)):
                yield Surface(text), e
            for adj in e.adjectives:
                yield Surface(adj, is_adjective=True), e

    @_memoized
    def adjective_country(self, word: str) -> str | None:
        """Country code of a nationality adjective/demonym or short name.

        "American" -> USA, "U.S." -> USA, "Chinese" -> CHN, "Americans" -> USA, "China's" -> CHN.
        IGOs and groupings with adjectives give their code ("U.N." -> UNO, "Western" -> WST),
        not their plurals: "Europeans" are people of a continent, not the EU.
        """
        text = normalize_surface(word)
        singular = set(_variants(text))
        for candidate in _variants(text, plural=True):
            code = self._adj_exact.get(candidate)
            if code is None and not is_case_sensitive(candidate):
                code = self._adj_folded.get(candidate.casefold())
            if code is None:
                for e in self._exact.get(candidate, ()) or self._folded.get(
                    candidate.casefold(), ()
                ):
                    if e.kind == "country":
                        code = e.code
                        break
            if code and (candidate in singular or code in self.country_codes):
                return code
        return None

    @_memoized
    def region_country(self, name: str) -> str | None:
        """Country a region lies in ("Nagorno-Karabakh" -> AZE, "Darfur" -> SDN), else None.

        Regions are places, not actors: armed groups and civilians named after one are coded
        by the country where they operate."""
        text = normalize_surface(name)
        for candidate in _variants(text):
            code = self.regions.get(candidate.casefold())
            if code:
                return code
        return None

    @_memoized
    def agent_sector(self, noun_lemma: str) -> str | None:
        """Sector of a generic agent noun ("official" -> GOV, "troops" -> MIL), else None."""
        entry = self._noun_entry(self._agents, noun_lemma)
        return entry.sector if entry else None

    @_memoized
    def national_noun(self, noun_lemma: str) -> KBEntry | None:
        """The entry of a noun that is an actor only when a country qualifies it
        ("automaker": BUS in "Chinese automakers"; "community": no sector, the country alone
        in "the Serbian community"), else None. Plain agent nouns are :meth:`agent_sector`'s."""
        return self._noun_entry(self._national, noun_lemma)

    @_memoized
    def national_noun_sector(self, noun_lemma: str) -> str | None:
        """The sector of :meth:`national_noun` (None also for a people's noun)."""
        entry = self._noun_entry(self._national, noun_lemma)
        return entry.sector if entry else None

    @staticmethod
    def _noun_entry(table: dict[str, KBEntry], noun_lemma: str) -> KBEntry | None:
        text = normalize_surface(noun_lemma).lower()
        if text.startswith("the "):
            text = text[4:]
        entry = table.get(text)
        if entry is None and text.endswith("s"):
            entry = table.get(text[:-1])
        if entry is None and text.endswith("ies"):
            entry = table.get(text[:-3] + "y")
        return entry

    @_memoized
    def demonym_country(self, word: str) -> str | None:
        """Country of a demonym used as a noun for its people: "Afghans", "Palestinians",
        "a Ukrainian" (an adjective or demonym of the KB, in the plural or not; a country's
        name is no demonym: "the Americas" is not American people)."""
        text = normalize_surface(word)
        if not text[:1].isupper():
            return None
        for candidate in (text, text[:-1] if text.endswith("s") else None):
            code = self._adj_exact.get(candidate) if candidate else None
            if code in self.country_codes and not is_case_sensitive(candidate or ""):
                return code
        return None

    def titles_on(self, entry: KBEntry, on: dt.date | None) -> list[str]:
        """The offices ``entry`` (a person) held on the day ``on``, as written in the KB
        ("Foreign Secretary", "Vice President"); all current ones when ``on`` is None."""
        if isinstance(on, dt.datetime):
            on = on.date()
        out: list[str] = []
        for role in entry.roles:
            if on is not None and not role.covers(on):
                continue
            for name, start, end in role_titles(role):
                if on is None or (start <= on and (end is None or on <= end)):
                    out.append(name)
        return out

    @_memoized
    def title_sector(self, title: str) -> str | None:
        """Sector of a title that precedes a name ("Foreign Minister" -> GOV, "Gen." -> MIL).

        "former ..." gives ELI; unknown modifiers (Deputy, Acting, a nationality) are dropped
        by matching the longest known title at the end of the phrase; a phrase with "of"/"for"
        ("Minister of Commerce", "Director of the Office of ...") falls back to its head.
        """
        low = normalize_surface(title).lower()
        if low.startswith("former ") or low.startswith("ex-"):
            return "ELI"
        words = low.split()
        entry = self._title_suffix(words)
        if entry is None:
            cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), 0)
            if cut:
                entry = self._title_suffix(words[:cut])
        return entry.sector if entry is not None else None

    def _title_suffix(self, words: list[str]) -> KBEntry | None:
        for i in range(len(words)):
            entry = self._titles.get(" ".join(words[i:]))
            if entry is not None:
                return entry
        return None

    def collective(self, phrase: str) -> KBEntry | None:
        """The collective reference ("the two leaders", "both sides"), if ``phrase`` is one."""
        for e in self.find(phrase):
            if e.dyad_reference:
                return e
        return None

    def code_at(
        self, entry: KBEntry, on: dt.date | None = None
    ) -> tuple[str | None, str | None, str | None]:
        """``(country, sector, code)`` of ``entry`` on the date ``on``.

        For a person: the role covering the date (the latest-starting one if several); before
        the first role the first role's country with sector ``None``; after a role ended (and
        before the next) that role's country with ``ELI``; ``on=None``: the most recent role.
        Organisations with roles ("the Taliban") take the covering role, else their own code;
        other kinds do not depend on the date.
        """
        if not entry.roles:
            return entry.country, entry.sector, entry.code
        if entry.kind != "person":
            # an organisation: the role covering the date, else its own code
            if on is None:
                role = entry.roles[-1]
                return role.country, role.sector, self.make_code(role.country, role.sector)
            if isinstance(on, dt.datetime):
                on = on.date()
            covering = [r for r in entry.roles if r.covers(on)]
            if not covering:
                return entry.country, entry.sector, entry.code
            role = covering[-1]
            return role.country, role.sector, self.make_code(role.country, role.sector)
        roles = entry.roles  # sorted by start
        if on is None:
            role = roles[-1]
            return role.country, role.sector, self.make_code(role.country, role.sector)
        if isinstance(on, dt.datetime):
            on = on.date()
        covering = [r for r in roles if r.covers(on)]
        if covering:
            role = covering[-1]
            return role.country, role.sector, self.make_code(role.country, role.sector)
        if on < roles[0].start:
            country = roles[0].country
            return country, None, self.make_code(country, None)
        previous = [r for r in roles if r.end is not None and r.end < on]
        last = max(previous, key=lambda r: (r.end, r.start))
        return last.country, "ELI", self.make_code(last.country, "ELI")

    def make_code(self, country: str | None, sector: str | None) -> str | None:
        """The actor code of a country (or IGO) and sector; see :func:`actor_code`."""
        return actor_code(country, sector, self.igo_codes)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Canonical names of the entries whose names/aliases look most like ``name``."""
        from rapidfuzz import fuzz, process, utils

        out: list[str] = []
        for _, _score, idx in process.extract(
            name,
            self._choices,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            limit=limit * 8,
            score_cutoff=70,
        ):
            canonical = self._choice_entry[idx].name
            if canonical not in out:
                out.append(canonical)
            if len(out) >= limit:
                break
        return out

    def __len__(self) -> int:
        return len(self.entries)

    def count(self, kind: str) -> int:
        """Number of entries of one kind."""
        return sum(1 for e in self.entries if e.kind == kind)


def _variants(text: str, plural: bool = False) -> Iterator[str]:
    yield text
    stripped = text
    if stripped[:4].lower() == "the ":
        stripped = stripped[4:]
        yield stripped
    for suffix in ("'s", "'"):
        if stripped.endswith(suffix) and len(stripped) > len(suffix) + 1:
            yield stripped[: -len(suffix)]
            break
    if "." in stripped and stripped[-1:].isalpha():
        yield stripped + "."  # "U.S" when a tokenizer took the final period
    if plural and stripped.endswith("s") and len(stripped) > 3:
        yield stripped[:-1]


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _Raw:
    """A parsed entry before the cross-file checks (codes, duplicates, overrides)."""

    entry: KBEntry
    where: str
    user: bool


class _Parser:
    def __init__(self) -> None:
        self.raws: list[_Raw] = []
        self.checks: list[tuple[str, str]] = []  # (country or IGO code, where) to verify
        # (region name, country, where): regions inside a country, not actors themselves
        self.regions: list[tuple[str, str, str]] = []

    # ------------------------------------------------ helpers
    @staticmethod
    def _where(path: Path, item: Any) -> str:
        line = item.get(_LINE, 0) if isinstance(item, dict) else 0
        return f"{path.name}:{line}"

    @staticmethod
    def _keys(
        item: Any, where: str, allowed: set[str], required: set[str], what: str
    ) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise DataFileError(f"{what} must be a mapping, got {type(item).__name__}", where=where)
        keys = set(item) - {_LINE}
        unknown = keys - allowed
        if unknown:
            hint = f"allowed: {', '.join(sorted(allowed))}"
            if all(item[k] is None for k in unknown):
                # `title: A, B}` in a flow mapping reads as title "A" plus an empty key "B"
                hint = "a comma inside an unquoted value splits it: put the value in quotes"
            raise DataFileError(
                f"{what}: unknown field(s) {', '.join(sorted(unknown))}", where=where, hint=hint
            )
        missing = [k for k in sorted(required) if item.get(k) in (None, "")]
        if missing:
            raise DataFileError(f"{what}: missing field(s) {', '.join(missing)}", where=where)
        return item

    @staticmethod
    def _str(value: Any, where: str, what: str) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise DataFileError(f"{what} must be text, got {value!r}", where=where)
        text = normalize_surface(str(value))
        if not text:
            raise DataFileError(f"{what} is empty", where=where)
        return text

    def _strs(self, value: Any, where: str, what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise DataFileError(f"{what} must be a list", where=where)
        return tuple(dict.fromkeys(self._str(v, where, what) for v in value))

    def _sector(self, value: Any, where: str, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or value not in SECTORS:
            raise DataFileError(
                f"unknown sector {value!r}",
                where=where,
                hint=f"use one of {' '.join(sorted(SECTORS))}",
            )
        return value

    @staticmethod
    def _date(value: Any, where: str, what: str, end: bool) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip() if isinstance(value, (str, int)) else ""
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                return dt.date.fromisoformat(text)
            if re.fullmatch(r"\d{4}-\d{2}", text):
                year, month = int(text[:4]), int(text[5:])
                if not end:
                    return dt.date(year, month, 1)
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            if re.fullmatch(r"\d{4}", text):
                return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        except ValueError as exc:
            raise DataFileError(f"{what}: bad date {value!r} ({exc})", where=where) from exc
        raise DataFileError(
            f"{what}: bad date {value!r}", where=where, hint="write YYYY-MM-DD (or YYYY-MM, YYYY)"
        )

    def _add(self, entry: KBEntry, where: str, user: bool) -> None:
        # the entry was just built here and is not shared yet: set its location in place
        object.__setattr__(entry, "where", where)
        self.raws.append(_Raw(entry, where, user))

    def _roles(
        self, path: Path, items: Any, name: str, where: str
    ) -> list[tuple[Role, int]]:
        """Dated roles of a person or an organisation, sorted by start, with their lines."""
        if not isinstance(items, list) or not items:
            raise DataFileError(f"{name!r}: roles must be a non-empty list", where=where)
        roles: list[tuple[Role, int]] = []
        for r in items:
            rwhere = self._where(path, r) if isinstance(r, dict) else where
            self._keys(
                r,
                rwhere,
                {"start", "end", "country", "sector", "title"},
                {"start", "country", "sector", "title"},
                f"role of {name!r}",
            )
            start = self._date(r["start"], rwhere, "start", end=False)
            end = None if r.get("end") is None else self._date(r["end"], rwhere, "end", end=True)
            if end is not None and end < start:
                raise DataFileError(
                    f"role of {name!r}: end {end} is before start {start}", where=rwhere
                )
            country = self._str(r["country"], rwhere, "country")
            sector = self._sector(r["sector"], rwhere)
            assert sector is not None
            self.checks.append((country, rwhere))
            role = Role(start, end, country, sector, self._str(r["title"], rwhere, "title"))
            roles.append((role, int(r.get(_LINE, 0))))
        roles.sort(key=lambda rl: (rl[0].start, rl[0].end or dt.date.max))
        return roles

    # ------------------------------------------------ schemas
    def people(self, path: Path, items: Any, user: bool) -> None:
        for item in self._list(path, items, "people"):
            where = self._where(path, item)
            self._keys(
                item, where, {"name", "aliases", "roles", "note"}, {"name", "roles"}, "person"
            )
            name = self._str(item["name"], where, "name")
            aliases = self._strs(item.get("aliases"), where, "aliases")
            roles = self._roles(path, item["roles"], name, where)
            aliases = _family_first(name, aliases, roles)
            last = roles[-1][0]
            entry = KBEntry(
                f"person:{_slug(name)}",
                "person",
                name,
                None,
                last.country,
                last.sector,
                tuple(r for r, _ in roles),
                aliases,
            )
            _check_overlaps(entry, roles, path.name)
            self._add(entry, where, user)

    def countries(self, path: Path, items: Any, user: bool) -> None:
        allowed = {"code", "name", "names", "adjectives", "metonyms", "regions", "sovereign",
                   "historic"}
        for item in self._list(path, items, "countries"):
            where = self._where(path, item)
            self._keys(item, where, allowed, {"code", "name"}, "country")
            code = self._str(item["code"], where, "code")
            if not _COUNTRY_CODE.match(code):
                raise DataFileError(
                    f"country code {code!r} is not three capital letters", where=where
                )
            name = self._str(item["name"], where, "name")
            self._add(
                KBEntry(
                    f"country:{code}",
                    "country",
                    name,
                    code,
                    code,
                    None,
                    (),
                    self._strs(item.get("names"), where, "names"),
                    adjectives=self._strs(item.get("adjectives"), where, "adjectives"),
                ),
                where,
                user,
            )
            self._metonyms(path, item, code, where, user)
            for region in self._strs(item.get("regions"), where, "regions"):
                self.regions.append((region, code, where))

    def _metonyms(
        self, path: Path, item: dict[str, Any], code: str, where: str, user: bool
    ) -> None:
        mets = item.get("metonyms") or []
        if not isinstance(mets, list):
            raise DataFileError("metonyms must be a list", where=where)
        for m in mets:
            mwhere = self._where(path, m) if isinstance(m, dict) else where
            self._keys(m, mwhere, {"name", "sector"}, {"name", "sector"}, "metonym")
            mname = self._str(m["name"], mwhere, "metonym name")
            sector = self._sector(m["sector"], mwhere)
            self._add(
                KBEntry(f"metonym:{code}:{mname.lower()}", "metonym", mname, None, code, sector),
                mwhere,
                user,
            )

    def igos(self, path: Path, items: Any, user: bool) -> None:
        allowed = {"code", "name", "aliases", "adjectives", "parent", "organ", "sector",
                   "metonyms"}
        for item in self._list(path, items, "igos"):
            where = self._where(path, item)
            self._keys(item, where, allowed, {"code", "name"}, "IGO")
            code = self._str(item["code"], where, "code")
            if not _IGO_CODE.match(code):
                raise DataFileError(f"IGO code {code!r} must be 2-10 capitals/digits", where=where)
            parent = item.get("parent")
            if parent is not None:
                self.checks.append((self._str(parent, where, "parent"), where))
            organ = item.get("organ", False)
            if organ not in (True, False) or (organ and parent is None):
                raise DataFileError(
                    "organ must be true or false, and an organ needs its parent", where=where
                )
            sector = self._sector(item.get("sector"), where, optional=True)
            self._add(
                KBEntry(
                    f"igo:{code}",
                    "igo",
                    self._str(item["name"], where, "name"),
                    code,
                    # an organ of its parent acts as the parent (the UN Security Council and
                    # the ICJ are the UN's, the Commission the EU's): the parent's country
                    parent if organ else code,
                    sector,
                    (),
                    self._strs(item.get("aliases"), where, "aliases"),
                    adjectives=self._strs(item.get("adjectives"), where, "adjectives"),
                    parent=parent,
                ),
                where,
                user,
            )
            self._metonyms(path, item, code, where, user)

    def organisations(self, path: Path, items: Any, user: bool, kind: str) -> None:
        allowed = {"name", "aliases", "country", "sector"} | (
            {"state"} if kind == "media" else {"roles"}
        )
        required = {"name", "country"} | ({"sector"} if kind == "institution" else set())
        for item in self._list(path, items, kind):
            where = self._where(path, item)
            self._keys(item, where, allowed, required, kind)
            name = self._str(item["name"], where, "name")
            country = self._str(item["country"], where, "country")
            sector = "MED" if kind == "media" else self._sector(item["sector"], where)
            self.checks.append((country, where))
            # an organisation whose standing changed ("the Taliban": rebels, then the
            # government from 2021-08-15) has dated roles; outside them its own code holds
            roles = (
                self._roles(path, item["roles"], name, where) if item.get("roles") is not None
                else []
            )
            entry = KBEntry(
                f"{kind}:{_slug(name)}",
                kind,
                name,
                None,
                country,
                sector,
                tuple(r for r, _ in roles),
                self._strs(item.get("aliases"), where, "aliases"),
            )
            _check_overlaps(entry, roles, path.name)
            self._add(entry, where, user)

    def agents(self, path: Path, data: Any, user: bool) -> None:
        if not isinstance(data, dict):
            raise DataFileError(
                "agents file must be a mapping with agents/titles/collectives",
                where=f"{path.name}:1",
            )
        unknown = set(data) - {"agents", "national_nouns", "titles", "collectives", _LINE}
        if unknown:
            raise DataFileError(
                f"unknown section(s) {', '.join(sorted(unknown))}", where=f"{path.name}:1"
            )
        self.agent_list(path, data.get("agents"), user)
        self.agent_list(path, data.get("national_nouns"), user, national=True)
        self.title_list(path, data.get("titles"), user)
        self.collective_list(path, data.get("collectives"), user)

    def agent_list(self, path: Path, items: Any, user: bool, national: bool = False) -> None:
        for item in self._list(path, items, "national_nouns" if national else "agents"):
            where = self._where(path, item)
            self._keys(item, where, {"noun", "forms", "sector"}, {"noun"}, "agent")
            noun = self._str(item["noun"], where, "noun").lower()
            forms = tuple(f.lower() for f in self._strs(item.get("forms"), where, "forms"))
            sector = self._sector(item.get("sector"), where, optional=True)
            self._add(
                KBEntry(f"agent:{_slug(noun)}", "agent", noun, None, None, sector, (), forms,
                        needs_country=national),
                where,
                user,
            )

    def title_list(self, path: Path, items: Any, user: bool) -> None:
        for item in self._list(path, items, "titles"):
            where = self._where(path, item)
            self._keys(item, where, {"title", "sector"}, {"title"}, "title")
            title = self._str(item["title"], where, "title")
            sector = self._sector(item.get("sector"), where, optional=True)
            self._add(
                KBEntry(f"title:{title.lower()}", "title", title, None, None, sector), where, user
            )

    def collective_list(self, path: Path, items: Any, user: bool) -> None:
        for item in self._list(path, items, "collectives"):
            where = self._where(path, item)
            self._keys(
                item,
                where,
                {"phrase", "aliases", "sector", "dyad_reference"},
                {"phrase"},
                "collective",
            )
            phrase = self._str(item["phrase"], where, "phrase")
            sector = self._sector(item.get("sector"), where, optional=True)
            self._add(
                KBEntry(
                    f"agent:{_slug(phrase)}",
                    "agent",
                    phrase,
                    None,
                    None,
                    sector,
                    (),
                    self._strs(item.get("aliases"), where, "aliases"),
                    dyad_reference=bool(item.get("dyad_reference", True)),
                ),
                where,
                user,
            )

    @staticmethod
    def _list(path: Path, items: Any, what: str) -> list[Any]:
        if items is None:
            return []
        if not isinstance(items, list):
            raise DataFileError(f"{what} must be a list", where=f"{path.name}:1")
        return items

    # ------------------------------------------------ dispatch
    def file(self, path: Path, user: bool) -> None:
        data = _read_yaml(path)
        if data is None:
            return
        schema = None if user else _FILE_SCHEMA.get(path.name)
        if schema == "countries":
            self.countries(path, data, user)
        elif schema == "igos":
            self.igos(path, data, user)
        elif schema in ("institutions", "media"):
            self.organisations(
                path, data, user, "institution" if schema == "institutions" else "media"
            )
        elif schema == "agents":
            self.agents(path, data, user)
        elif isinstance(data, list):
            self.people(path, data, user)
        elif isinstance(data, dict) and user:
            unknown = set(data) - set(_SECTIONS) - {_LINE}
            if unknown:
                raise DataFileError(
                    f"unknown section(s) {', '.join(sorted(unknown))}",
                    where=f"{path.name}:1",
                    hint=f"use {', '.join(_SECTIONS)}",
                )
            self.people(path, data.get("people"), user)
            self.countries(path, data.get("countries"), user)
            self.igos(path, data.get("igos"), user)
            self.organisations(path, data.get("institutions"), user, "institution")
            self.organisations(path, data.get("media"), user, "media")
            self.agent_list(path, data.get("agents"), user)
            self.agent_list(path, data.get("national_nouns"), user, national=True)
            self.title_list(path, data.get("titles"), user)
            self.collective_list(path, data.get("collectives"), user)
        else:
            raise DataFileError("a people file must be a list of persons", where=f"{path.name}:1")

    # ------------------------------------------------ validation
    def finish(self) -> ActorKB:
        entries: dict[str, KBEntry] = {}
        from_user: set[str] = set()
        duplicates: list[tuple[_Raw, KBEntry]] = []
        for raw in self.raws:
            key = raw.entry.key
            if key in entries and not raw.user:
                if key not in from_user:  # (a user entry replaced it: keep the user's)
                    duplicates.append((raw, entries[key]))
                continue
            if raw.user:
                from_user.add(key)
            entries[key] = raw.entry
        if duplicates:
            raw, first = duplicates[0]
            more = ""
            if len(duplicates) > 1:
                names = ", ".join(repr(r.entry.name) for r, _ in duplicates[1:6])
                more = f"; {len(duplicates) - 1} more: {names}" + (
                    ", ..." if len(duplicates) > 6 else ""
                )
            raise DataFileError(
                f"duplicate {raw.entry.kind} {raw.entry.name!r} (also at {first.where}){more}",
                where=raw.where,
                hint="keep one entry per name",
            )

        countries = frozenset(e.code for e in entries.values() if e.kind == "country" and e.code)
        igos = frozenset(e.code for e in entries.values() if e.kind == "igo" and e.code)
        clash = countries & igos
        if clash:
            code = sorted(clash)[0]
            raise DataFileError(
                f"IGO code {code} is also a country code", where=entries[f"igo:{code}"].where
            )
        valid = countries | igos
        for code, where in self.checks:
            if code not in valid:
                raise DataFileError(
                    f"unknown country code {code!r}",
                    where=where,
                    hint="use an ISO alpha-3 code from countries.yaml or an "
                    "IGO code from igos.yaml",
                )

        adjective_owner: dict[str, KBEntry] = {}
        final: list[KBEntry] = []
        for e in entries.values():
            if e.kind in ("metonym", "institution", "media", "person"):
                # built by this parser and not shared yet: fill in the code in place
                object.__setattr__(e, "code", actor_code(e.country, e.sector, igos))
            if e.kind in ("country", "igo"):
                for adj in e.adjectives:
                    other = adjective_owner.setdefault(adj, e)
                    if other is not e and other.code != e.code:
                        raise DataFileError(
                            f"adjective {adj!r} given to both {other.code} and {e.code}",
                            where=e.where,
                        )
            final.append(e)
        regions: dict[str, str] = {}
        for region, code, where in self.regions:
            key = normalize_surface(region).casefold()
            if regions.setdefault(key, code) != code:
                raise DataFileError(
                    f"region {region!r} given to both {regions[key]} and {code}", where=where
                )
        return ActorKB(final, countries, igos, regions)


#: countries whose own press (and, since 2020, its government's English) writes a person's
#: family name first: "Hayashi Yoshimasa" is Yoshimasa Hayashi
_FAMILY_FIRST_COUNTRIES = frozenset({"JPN"})


def _family_first(name: str, aliases: tuple[str, ...],
                  roles: list[tuple[Role, int]]) -> tuple[str, ...]:
    """``aliases`` with the family-name-first form of a two-word ``name`` added, for a person
    whose every role is in a country that writes names so (and the form not yet listed)."""
    words = name.split()
    if len(words) != 2 or not roles or any(
            r.country not in _FAMILY_FIRST_COUNTRIES for r, _ in roles) or any(
            not w.isalpha() for w in words):
        return aliases
    flipped = f"{words[1]} {words[0]}"
    return aliases if flipped in aliases else (*aliases, flipped)


def _check_overlaps(entry: KBEntry, roles: list[tuple[Role, int]], fname: str) -> None:
    for i, (a, _) in enumerate(roles):
        for b, line in roles[i + 1 :]:
            if (a.country, a.sector) == (b.country, b.sector):
                continue
            a_end = a.end or dt.date.max
            b_end = b.end or dt.date.max
            if max(a.start, b.start) < min(a_end, b_end):
                raise DataFileError(
                    f"roles of {entry.name!r} overlap with different codes: "
                    f"{a.country}{a.sector} {a.start}..{a.end or 'open'} and "
                    f"{b.country}{b.sector} {b.start}..{b.end or 'open'}",
                    where=f"{fname}:{line}",
                    hint="end one role before the next starts, or give both the same code",
                )


# --------------------------------------------------------------------------- entry points


def package_actor_dir() -> Path:
    """The folder holding the package's actor files."""
    return Path(str(resources.files("detente.coding") / "data" / "actors"))


def load_kb(
    extra_files: Sequence[str | Path] = (), *, actor_dir: str | Path | None = None
) -> ActorKB:
    """Load and validate all package actor files plus ``extra_files`` (user files).

    User entries with the same kind and name as a package entry replace it; others extend the
    KB. ``actor_dir`` replaces the package folder (tests, custom deployments).
    Raises :class:`DataFileError` (file, line, reason) on the first problem.
    """
    parser = _Parser()
    folder = Path(actor_dir) if actor_dir is not None else package_actor_dir()
    files = sorted(folder.glob("*.yaml"))
    for path in files:
        parser.file(path, user=False)
    for extra in extra_files:
        path = Path(extra)
        if not path.is_file():
            raise DataFileError(
                "actor file not found", where=str(path), hint="check the --actors path"
            )
        parser.file(path, user=True)
    kb = parser.finish()
    log.debug("actor KB: %d entries from %d files", len(kb), len(files) + len(extra_files))
    return kb


@functools.lru_cache(maxsize=1)
def default_kb() -> ActorKB:
    """The package KB without user files, loaded once per process (read-only: do not mutate)."""
    return load_kb()
