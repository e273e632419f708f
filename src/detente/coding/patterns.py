"""The trigger-pattern lexicon: package data mapping predicates to CAMEO codes.

The data lives in ``coding/data/patterns.yaml``; this module loads and validates it and indexes
it by (lemma, part of speech) for the extractor in ``nlp.events``.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detente.errors import DataFileError

ALLOWED_KEYS = {
    "id", "head", "pos", "object", "particle", "prep", "target", "source", "cameo",
    "reciprocal", "refine", "negative", "note", "object_kind", "subject_kind", "prep_object",
    "no_clause",
}
#: what an ``object_kind`` / ``subject_kind`` may ask of the word in that slot: a person ("welcomed
#: the foreign minister in Pretoria" is hosting, "welcomed the decision" praise)
KINDS = {"person"}
POS = {"VERB", "NOUN", "ADJ"}
#: verb lemmas the English model gets wrong in every inflected form ("staged" -> "stag",
#: "waged" -> "wag", "retook" -> "retook"): a verb pattern is also indexed under these, so
#: that "staged drills" and "waged war" find their patterns
LEMMA_ALIASES: dict[str, tuple[str, ...]] = {
    "stage": ("stag",), "wage": ("wag",), "relaunch": ("relaunche",),
    "readmit": ("readmitte",), "retake": ("retook",), "dine": ("din",),
}

#: modifiers that make a noun of force a civilian thing: "a rescue operation", "a hunger
#: strike", "an aid plane", "a charm offensive", "a trade war" are no attack nor show of force
CIVILIAN_MODIFIERS = frozenset({
    "aid", "relief", "rescue", "search-and-rescue", "evacuation", "hunger",
    "medical", "mercy", "hospital", "charm", "diplomatic", "peace", "trade", "price",
    "tariff", "currency", "propaganda", "media", "publicity", "election", "electoral",
    "vaccination", "vaccine", "labour", "labor", "general", "fishing", "commercial",
    "passenger", "cargo", "civilian", "civil", "charter", "firefighting", "recovery",
    "reconstruction", "clean-up", "cleanup", "word", "words", "bidding", "legal",
})
#: nouns that carry what their modifier names: "an aid plane" is aid sent, "a relief convoy",
#: "a food shipment" (a pattern's object word may stand as the compound of one of these)
CARRIER_NOUNS = frozenset({
    "plane", "planes", "aircraft", "flight", "flights", "airlift", "airlifts", "ship", "ships",
    "vessel", "vessels", "boat", "boats", "convoy", "convoys", "shipment", "shipments",
    "consignment", "consignments", "delivery", "deliveries", "truck", "trucks", "lorry",
    "lorries", "cargo", "batch", "tranche", "team", "teams", "column", "columns",
})


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    head: str
    pos: str
    cameo: str
    object: tuple[str, ...] = ()
    particle: str | None = None
    prep: str | None = None
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ()
    reciprocal: bool = False
    refine: str | None = None
    #: the trigger must be negated ("will not object to X's bid" is support, 032)
    negative: bool = False
    #: the direct object (for a noun: the first target phrase) must be of this kind
    object_kind: str | None = None
    #: the subject must be of this kind ("the minister flew into Berlin" visits; jets flying
    #: into a zone are a show of force)
    subject_kind: str | None = None
    #: the object of ``prep`` must be one of these words ("hit X with sanctions" 163, "hit X
    #: with missiles" 190)
    prep_object: tuple[str, ...] = ()
    #: the verb governs no infinitive or clause, nor a "for" phrase: "called on the president
    #: at the palace" is a courtesy visit, "called on the president to resign" an appeal
    no_clause: bool = False

    @property
    def specificity(self) -> int:
        return ((2 if self.object else 0) + (1 if self.particle else 0) + (1 if self.prep else 0)
                + (1 if self.object_kind or self.subject_kind else 0)
                + (1 if self.prep_object else 0) + (1 if self.negative else 0)
                + (1 if self.no_clause else 0))


@dataclass(frozen=True, slots=True)
class Lexicon:
    patterns: tuple[Pattern, ...]
    by_head: dict[tuple[str, str], tuple[Pattern, ...]]

    def candidates(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self.by_head.get((lemma, pos), ())

    def __len__(self) -> int:
        return len(self.patterns)


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.lower(),)
    return tuple(str(v).lower() for v in value)


def _line_of(node_list: Any, index: int) -> int | None:
    try:
        return int(node_list.value[index].start_mark.line) + 1
    except (AttributeError, IndexError):
        return None


def parse_patterns(text: str, where: str, known_codes: set[str] | None = None) -> list[Pattern]:
    # one pass: compose the nodes (their line numbers name a bad pattern's line) and build
    # the data from them, with libyaml's loader when present (the pure-Python one took most
    # of a second per start)
    loader = _YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise DataFileError(f"not valid YAML: {exc}", where=where, code="E301") from exc
    finally:
        loader.dispose()
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataFileError("expected a list of patterns", where=where, code="E302")
    out: list[Pattern] = []
    seen: set[str] = set()
    for i, item in enumerate(data):
        line = _line_of(node, i)
        loc = f"{where}:{line}" if line else where
        if not isinstance(item, dict):
            raise DataFileError("a pattern must be a mapping", where=loc, code="E302")
        unknown = set(item) - ALLOWED_KEYS
        if unknown:
            raise DataFileError(f"unknown keys {sorted(unknown)}", where=loc, code="E303",
                                hint=f"allowed: {', '.join(sorted(ALLOWED_KEYS))}")
        for key in ("id", "head", "cameo"):
            if not item.get(key):
                raise DataFileError(f"pattern without {key!r}", where=loc, code="E304")
        pid = str(item["id"])
        if pid in seen:
            raise DataFileError(f"duplicate pattern id {pid!r}", where=loc, code="E305")
        seen.add(pid)
        cameo = str(item["cameo"])
        if known_codes is not None and cameo not in known_codes:
            raise DataFileError(f"pattern {pid}: unknown CAMEO code {cameo!r}", where=loc,
                                code="E306")
        pos = str(item.get("pos", "VERB")).upper()
        if pos not in POS:
            raise DataFileError(f"pattern {pid}: pos must be one of {sorted(POS)}", where=loc,
                                code="E307")
        for key in ("object_kind", "subject_kind"):
            if item.get(key) is not None and item[key] not in KINDS:
                raise DataFileError(f"pattern {pid}: {key} must be one of {sorted(KINDS)}",
                                    where=loc, code="E308")
        if item.get("prep_object") and not item.get("prep"):
            raise DataFileError(f"pattern {pid}: prep_object needs a prep", where=loc,
                                code="E308")
        default_target = ("dobj",) if pos == "VERB" else ("to", "with")
        out.append(Pattern(
            id=pid, head=str(item["head"]).lower(), pos=pos, cameo=cameo,
            object=_as_tuple(item.get("object")),
            particle=(str(item["particle"]).lower() if item.get("particle") else None),
            prep=(str(item["prep"]).lower() if item.get("prep") else None),
            target=_as_tuple(item.get("target")) or default_target,
            source=_as_tuple(item.get("source")),
            reciprocal=bool(item.get("reciprocal", False)),
            refine=item.get("refine"),
            negative=bool(item.get("negative", False)),
            object_kind=item.get("object_kind"),
            subject_kind=item.get("subject_kind"),
            prep_object=_as_tuple(item.get("prep_object")),
            no_clause=bool(item.get("no_clause", False)),
        ))
    return out


def build_lexicon(patterns: Sequence[Pattern]) -> Lexicon:
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for p in patterns:
        index[(p.head, p.pos)].append(p)
        if p.pos == "VERB":
            for alias in LEMMA_ALIASES.get(p.head, ()):
                index[(alias, p.pos)].append(p)
    frozen = {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}
    return Lexicon(tuple(patterns), frozen)


@functools.lru_cache(maxsize=4)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the package lexicon (plus extra YAML files), validated against the codebook."""
    from detente.coding.codebook import load_codebook

    known = set(load_codebook().codes())
    text = resources.files("detente.coding").joinpath("data/patterns.yaml").read_text("utf-8")
    pats = parse_patterns(text, "patterns.yaml", known)
    for path in extra:
        p = Path(path)
        try:
            pats.extend(parse_patterns(p.read_text("utf-8"), str(p), known))
        except OSError as exc:
            raise DataFileError(f"cannot read patterns file: {exc}", where=str(p)) from exc
    return build_lexicon(pats)
