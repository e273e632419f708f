#!/usr/bin/env python3
"""Check examples/gold.jsonl against the sample corpus in examples/corpus/.

Standard library only. Run from anywhere:

    python examples/check_gold.py            # checks, prints a summary, exit 0/1
    python examples/check_gold.py --quiet    # only problems

For every gold line it checks that the article file exists, that the gold ``id`` matches the
article's own id (YAML front matter ``id:``, or the ``id`` field of a JSON Lines record; plain
files without front matter must have ``id: null``), that each evidence string occurs verbatim
in the article text, and that actors, CAMEO codes, statuses, dates and locations are
well-formed. It also checks that every corpus file is covered by the gold file.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold.jsonl"
CAMEO_TABLE = HERE.parent.parent / "shared" / "data" / "cameo" / "CAMEO.eventcodes.txt"

STATUSES = {"happened", "ongoing", "planned", "uncertain", "hypothetical", "denied", "cancelled"}
PRECISIONS = {"day", "week", "month", "quarter", "year", "publication"}
DATE_PATTERNS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$"),
    "month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"),
    "quarter": re.compile(r"^\d{4}-Q[1-4]$"),
    "year": re.compile(r"^\d{4}$"),
    "publication": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
}
# ISO-3166 alpha-3 (plus a few IGO codes) used or likely in this corpus; any 3 capitals pass,
# but unknown ones are reported as warnings so typos stand out.
KNOWN_COUNTRIES = {
    "USA", "CHN", "RUS", "UKR", "PHL", "JPN", "KOR", "TWN", "PRK", "IDN", "DEU", "MLT", "THA",
    "KHM", "HND", "CHE", "NLD", "AUS", "IND", "VNM", "SGP", "TUR", "POL", "GBR", "FRA", "CUB",
    "HUN", "ITA",
    "NATO", "UNO", "EU", "APEC", "ASEAN",
}
SECTORS = {
    "", "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "OPP", "REB", "INS", "SEP", "UAF", "BUS",
    "MED", "ELI", "CVL", "AGR", "CRM", "DEV", "EDU", "ENV", "HLH", "HRI", "LAB", "REF",
}
ACTOR_RE = re.compile(r"^([A-Z]{2,6})(?: ([A-Z]{3}))?$")
FRONT_ID_RE = re.compile(r"^id:\s*(.*?)\s*$", re.M)
PUB_PLAIN_RE = re.compile(r"^Publish day\s*:\s*(\d{4})\.(\d{2})\.(\d{2})\s*$", re.M)
PUB_FRONT_RE = re.compile(r"^published:\s*(\d{4}-\d{2}-\d{2})\s*$", re.M)


def load_cameo_codes() -> set[str] | None:
    if not CAMEO_TABLE.exists():
        return None
    codes = set()
    for line in CAMEO_TABLE.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        code = line.split("\t", 1)[0].strip()
        if code.isdigit():
            codes.add(code)
    return codes


def read_article(path: Path) -> list[dict]:
    """Return article records: [{'id', 'text', 'published'}] (several for a .jsonl file)."""
    if path.suffix == ".jsonl":
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append({"id": rec.get("id"), "text": rec.get("title", "") + "\n" + rec["text"],
                            "published": rec.get("published")})
        return out
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---\n"):
        head, _, body = raw[4:].partition("\n---\n")
        m = FRONT_ID_RE.search(head)
        p = PUB_FRONT_RE.search(head)
        return [{"id": m.group(1) if m else None, "text": body, "published": p and p.group(1),
                 "front": True}]
    p = PUB_PLAIN_RE.search(raw)
    pub = f"{p.group(1)}-{p.group(2)}-{p.group(3)}" if p else None
    return [{"id": None, "text": raw, "published": pub, "front": False}]


def valid_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check(quiet: bool = False) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    codes = load_cameo_codes()
    if codes is None:
        warnings.append(f"CAMEO table not found at {CAMEO_TABLE}; checking code shape only")
    covered: dict[str, set] = collections.defaultdict(set)
    by_status: collections.Counter = collections.Counter()
    by_root: collections.Counter = collections.Counter()
    by_precision: collections.Counter = collections.Counter()
    n_lines = n_events = 0
    seen_keys = set()
    for lineno, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"gold.jsonl:{lineno}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        n_lines += 1
        fname, gid = g.get("file"), g.get("id")
        key = (fname, gid)
        if key in seen_keys:
            errors.append(f"{where}: duplicate gold line for {key}")
        seen_keys.add(key)
        path = CORPUS / str(fname)
        if not fname or not path.is_file():
            errors.append(f"{where}: file {fname!r} not found in {CORPUS}")
            continue
        records = read_article(path)
        if path.suffix == ".jsonl":
            matches = [r for r in records if r["id"] == gid]
            if not matches:
                errors.append(f"{where}: id {gid!r} not found in {fname}")
                continue
            rec = matches[0]
        else:
            rec = records[0]
            if rec["front"] and gid != rec["id"]:
                errors.append(f"{where}: id {gid!r} != front matter id {rec['id']!r}")
            if not rec["front"] and gid is not None:
                errors.append(f"{where}: {fname} has no front matter, gold id must be null")
        covered[fname].add(gid)
        if not rec["published"]:
            errors.append(f"{where}: no publication date found in {fname}")
        events = g.get("events")
        if not isinstance(events, list) or not events:
            errors.append(f"{where}: events must be a non-empty list")
            continue
        for i, ev in enumerate(events):
            w = f"{where} event {i}"
            n_events += 1
            for field in ("source", "target"):
                m = ACTOR_RE.match(str(ev.get(field)))
                if not m:
                    errors.append(f"{w}: bad {field} {ev.get(field)!r}")
                    continue
                if m.group(1) not in KNOWN_COUNTRIES:
                    warnings.append(f"{w}: unusual country/IGO code {m.group(1)!r}")
                if (m.group(2) or "") not in SECTORS:
                    errors.append(f"{w}: unknown sector {m.group(2)!r}")
            code = str(ev.get("cameo"))
            if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
                errors.append(f"{w}: bad CAMEO code {code!r}")
            elif codes is not None and code not in codes:
                errors.append(f"{w}: CAMEO code {code} not in the CAMEO table")
            else:
                by_root[code[:2]] += 1
            status = ev.get("status")
            if status not in STATUSES:
                errors.append(f"{w}: bad status {status!r}")
            else:
                by_status[status] += 1
            date = ev.get("date")
            if not isinstance(date, dict):
                errors.append(f"{w}: date must be an object")
            else:
                prec, value = date.get("precision"), str(date.get("value"))
                if prec not in PRECISIONS or not DATE_PATTERNS[prec].match(value):
                    errors.append(f"{w}: bad date {date!r}")
                elif prec in ("day", "publication") and not valid_day(value):
                    errors.append(f"{w}: impossible day {value!r}")
                elif prec == "publication" and value != rec["published"]:
                    errors.append(f"{w}: publication date {value} != article's {rec['published']}")
                else:
                    by_precision[prec] += 1
            loc = ev.get("location")
            if loc is not None:
                if not isinstance(loc, dict) or not isinstance(loc.get("name"), str):
                    errors.append(f"{w}: bad location {loc!r}")
                elif loc.get("country") is not None and not re.fullmatch(r"[A-Z]{3}",
                                                                         loc["country"]):
                    errors.append(f"{w}: bad location country {loc.get('country')!r}")
            evidence = ev.get("evidence")
            if not isinstance(evidence, str) or len(evidence) < 20:
                errors.append(f"{w}: evidence missing or too short")
            elif evidence not in rec["text"]:
                errors.append(f"{w}: evidence not found verbatim in {fname}: {evidence[:70]!r}")
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".txt", ".jsonl"):
            continue
        ids = {r["id"] for r in read_article(path)} if path.suffix == ".jsonl" else {None}
        if path.name not in covered:
            errors.append(f"corpus file {path.name} has no gold line")
        elif path.suffix == ".jsonl" and ids - covered[path.name]:
            errors.append(f"{path.name}: records without gold: {sorted(ids - covered[path.name])}")
    for msg in warnings:
        print("warning:", msg, file=sys.stderr)
    for msg in errors:
        print("error:", msg, file=sys.stderr)
    if not quiet:
        print(f"gold lines: {n_lines}  events: {n_events}  errors: {len(errors)}")
        print("by status:", dict(sorted(by_status.items())))
        print("by root:", dict(sorted(by_root.items())))
        print("by date precision:", dict(sorted(by_precision.items())))
    return 1 if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args()
    sys.exit(check(quiet=args.quiet))


if __name__ == "__main__":
    main()
