"""The trigger-pattern lexicon: package data mapping predicates to CAMEO codes.

The data lives in ``coding/data/patterns.yaml``; this module loads and validates it and indexes
it by (lemma, part of speech) for the extractor in ``nlp.events``.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detente.errors import DataFileError

ALLOWED_KEYS = {
    "id", "head", "pos", "object", "particle", "prep", "target", "source", "cameo",
    "reciprocal", "refine", "negative", "note", "object_kind", "subject_kind", "prep_object",
    "no_clause", "modifier", "prep_kind", "not_object",
}
#: the keys of a word-class entry: ``{class: forces, words: [troops, battalion, ...]}``; a
#: pattern's ``object`` or ``prep_object`` list names the class as ``"@forces"`` (its words are
#: put in its place; a class may name a class defined before it); ``object_kind`` and ``prep``
#: may name one too (the object must be of the class; the preposition one of its words)
CLASS_KEYS = {"class", "words", "note"}
CLASS_MARK = "@"
#: what an ``object_kind`` / ``subject_kind`` may ask of the word in that slot: a person ("welcomed
#: the foreign minister in Pretoria" is hosting, "welcomed the decision" praise); an
#: ``object_kind`` may also name a word class ("@forces": "ordered the contingent to leave")
KINDS = {"person"}
#: what a ``prep_kind`` may ask of the object of the pattern's preposition: a state or a place
#: in one, named ("deployed troops to Mali") or by its people's adjective ("on Finnish soil"),
#: or an international body the actor knowledge base knows ("withdrew from the OAS")
PREP_KINDS = {"state", "body"}
POS = {"VERB", "NOUN", "ADJ"}
#: verb lemmas the English model gets wrong in every inflected form ("staged" -> "stag",
#: "waged" -> "wag", "retook" -> "retook", "raged" -> "rag"): a verb pattern is also indexed
#: under these, so that "staged drills", "waged war" and "fighting raged" find their patterns
LEMMA_ALIASES: dict[str, tuple[str, ...]] = {
    "stage": ("stag",), "wage": ("wag",), "rage": ("rag",), "relaunch": ("relaunche",),
    "readmit": ("readmitte",), "retake": ("retook",), "dine": ("din",),
}

#: nouns of a span of time that stand before what lasted: "ended 36 years of ties", "decades of
#: cooperation", or of one sitting of it: "hosted several rounds of talks" (a pattern's object
#: word may be what the span is of)
SPAN_HEADS = frozenset({"year", "decade", "month", "week", "century", "generation", "round",
                        "session"})
#: nouns of a link that carry what links: "cut all communication lines", "the hotline link"
LINK_HEADS = frozenset({"line", "link", "channel"})

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
    #: one of these words must modify the matched object (for a noun pattern or a verb without
    #: object: the trigger itself), as an adjective, a compound or an adverb: "cut air and sea
    #: links" (not ties), "patrolled jointly", "peacekeeping forces"
    modifier: tuple[str, ...] = ()
    #: the object of ``prep`` must be of this kind (``PREP_KINDS``): "sent troops to Mali"
    prep_kind: str | None = None
    #: the pattern does not fire when the verb's object or passive subject is one of these
    #: words (another sense of the verb: "would meet a stern response", "addressed the
    #: conflict", "the measures were targeted"); no weight in ``specificity``
    not_object: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return ((2 if self.object else 0) + (1 if self.particle else 0) + (1 if self.prep else 0)
                + (1 if self.object_kind or self.subject_kind else 0)
                + (1 if self.prep_object else 0) + (1 if self.negative else 0)
                + (1 if self.no_clause else 0) + (1 if self.modifier else 0)
                + (1 if self.prep_kind else 0))


@dataclass(frozen=True, slots=True)
class Lexicon:
    patterns: tuple[Pattern, ...]
    by_head: dict[tuple[str, str], tuple[Pattern, ...]]
    #: the word classes of the data files, by name (without the "@")
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)

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


def _expand(words: tuple[str, ...], classes: dict[str, tuple[str, ...]], pid: str,
            loc: str) -> tuple[str, ...]:
    """A word list with its "@class" names replaced by the class's words (order kept, no
    repeats)."""
    out: dict[str, None] = {}
    for w in words:
        if w.startswith(CLASS_MARK):
            name = w[len(CLASS_MARK):]
            if name not in classes:
                raise DataFileError(f"{pid}: unknown word class {w!r}", where=loc, code="E309",
                                    hint="define it before use: {class: NAME, words: [...]}")
            out.update(dict.fromkeys(classes[name]))
        else:
            out[w] = None
    return tuple(out)


def _parse_class(item: dict[str, Any], classes: dict[str, tuple[str, ...]], loc: str) -> None:
    unknown = set(item) - CLASS_KEYS
    if unknown:
        raise DataFileError(f"unknown keys {sorted(unknown)} in a word class", where=loc,
                            code="E303", hint=f"allowed: {', '.join(sorted(CLASS_KEYS))}")
    name = str(item["class"]).lower()
    if not name or name.startswith(CLASS_MARK):
        raise DataFileError(f"bad word-class name {name!r}", where=loc, code="E309")
    if name in classes:
        raise DataFileError(f"duplicate word class {name!r}", where=loc, code="E305")
    words = _as_tuple(item.get("words"))
    if not words:
        raise DataFileError(f"word class {name!r} without words", where=loc, code="E309")
    classes[name] = _expand(words, classes, f"class {name}", loc)


def _line_of(node_list: Any, index: int) -> int | None:
    try:
        return int(node_list.value[index].start_mark.line) + 1
    except (AttributeError, IndexError):
        return None


def parse_patterns(text: str, where: str, known_codes: set[str] | None = None,
                   classes: dict[str, tuple[str, ...]] | None = None) -> list[Pattern]:
    """The patterns of one data file. Word-class entries are read into ``classes`` (which may
    already hold the classes of files read before) and expanded where patterns name them."""
    if classes is None:
        classes = {}
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
        if "class" in item:
            _parse_class(item, classes, loc)
            continue
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
        prep = item.get("prep")
        if isinstance(prep, str) and prep.startswith(CLASS_MARK) and (
                prep[len(CLASS_MARK):].lower() not in classes):
            raise DataFileError(f"pattern {pid}: unknown word class {prep!r}", where=loc,
                                code="E309")
        for key in ("object_kind", "subject_kind"):
            kind = item.get(key)
            if isinstance(kind, str) and kind.startswith(CLASS_MARK):
                if kind[len(CLASS_MARK):] not in classes:
                    raise DataFileError(f"pattern {pid}: unknown word class {kind!r}",
                                        where=loc, code="E309")
            elif kind is not None and kind not in KINDS:
                raise DataFileError(f"pattern {pid}: {key} must be one of {sorted(KINDS)} "
                                    "or a word class", where=loc, code="E308")
        if item.get("prep_kind") is not None and item["prep_kind"] not in PREP_KINDS:
            raise DataFileError(f"pattern {pid}: prep_kind must be one of {sorted(PREP_KINDS)}",
                                where=loc, code="E308")
        for key in ("prep_object", "prep_kind"):
            if item.get(key) and not item.get("prep"):
                raise DataFileError(f"pattern {pid}: {key} needs a prep", where=loc,
                                    code="E308")
        default_target = ("dobj",) if pos == "VERB" else ("to", "with")
        out.append(Pattern(
            id=pid, head=str(item["head"]).lower(), pos=pos, cameo=cameo,
            object=_expand(_as_tuple(item.get("object")), classes, pid, loc),
            particle=(str(item["particle"]).lower() if item.get("particle") else None),
            prep=(str(item["prep"]).lower() if item.get("prep") else None),
            target=_as_tuple(item.get("target")) or default_target,
            source=_as_tuple(item.get("source")),
            reciprocal=bool(item.get("reciprocal", False)),
            refine=item.get("refine"),
            negative=bool(item.get("negative", False)),
            object_kind=item.get("object_kind"),
            subject_kind=item.get("subject_kind"),
            prep_object=_expand(_as_tuple(item.get("prep_object")), classes, pid, loc),
            no_clause=bool(item.get("no_clause", False)),
            modifier=_expand(_as_tuple(item.get("modifier")), classes, pid, loc),
            prep_kind=item.get("prep_kind"),
            not_object=_expand(_as_tuple(item.get("not_object")), classes, pid, loc),
        ))
    return out


def build_lexicon(patterns: Sequence[Pattern],
                  classes: dict[str, tuple[str, ...]] | None = None) -> Lexicon:
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for p in patterns:
        index[(p.head, p.pos)].append(p)
        if p.pos == "VERB":
            for alias in LEMMA_ALIASES.get(p.head, ()):
                index[(alias, p.pos)].append(p)
    frozen = {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}
    return Lexicon(tuple(patterns), frozen, dict(classes or {}))


@functools.lru_cache(maxsize=4)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the package lexicon (plus extra YAML files), validated against the codebook."""
    from detente.coding.codebook import load_codebook

    known = set(load_codebook().codes())
    text = resources.files("detente.coding").joinpath("data/patterns.yaml").read_text("utf-8")
    classes: dict[str, tuple[str, ...]] = {}
    pats = parse_patterns(text, "patterns.yaml", known, classes)
    for path in extra:
        p = Path(path)
        try:
            pats.extend(parse_patterns(p.read_text("utf-8"), str(p), known, classes))
        except OSError as exc:
            raise DataFileError(f"cannot read patterns file: {exc}", where=str(p)) from exc
    return build_lexicon(pats, classes)
