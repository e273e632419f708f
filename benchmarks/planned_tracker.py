"""Planned-event tracker speed: ``planned_events`` over a store of N generated fused events.

    python benchmarks/planned_tracker.py [--events 10000 100000] [--keep DIR] [--json]

The store is written directly (not timed, no NLP, no fusion step): N fused events between
30 countries' governments over two years, half of them consultations or intents (CAMEO roots
04 and 03, the roots the tracker reads). A third of those are plans: one to three
planned / uncertain / hypothetical reports in different articles, then a report that the
meeting happened (half of them), a denial or cancellation (a sixth), or nothing (still open
or overdue). The rest are realized consultations, which count as preparatory meetings of the
plans of the same pair. Each event has its own article(s), so N events are ~1.3 N mentions.

Then ``planned_events(store, as_of=<newest day>)`` is timed: it loads the mentions, fits and
cross-validates the probability model on the resolved plans, and builds every open or recent
event with its history. Prints seconds per N (wall clock and process CPU, since the machine
is shared) and the number of events, resolved plans and tracked events.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "JPN", "IND", "IRN", "ISR",
             "TUR", "KOR", "PRK", "PAK", "BRA", "MEX", "NGA", "EGY", "SAU", "TWN", "AUS",
             "CAN", "ZAF", "IDN", "PHL", "VNM", "POL", "ITA", "ESP"]
CONSULT = [("042", "Make a visit", 1.9), ("043", "Host a visit", 2.8),
           ("040", "Consult", 1.0), ("044", "Meet at a third location", 2.5),
           ("036", "Express intent to meet or negotiate", 4.0)]
OTHER = [("051", "Praise or endorse", 3.4), ("112", "Accuse", -2.0),
         ("173", "Arrest or detain", -5.0), ("061", "Cooperate economically", 6.4)]
UNREAL = ["planned", "planned", "uncertain", "hypothetical"]
CUES = {"planned": ["will", "agreed", "scheduled", "plans"], "uncertain": ["may", "expected"],
        "hypothetical": ["could", "if"]}
START = date(2022, 1, 1)
DAYS = 730

MENTION_COLS = ["event_id", "fused_id", "article_id", "provenance", "source_name",
                "source_code", "source_country", "source_sector", "target_name",
                "target_code", "target_country", "target_sector", "cameo", "root", "label",
                "goldstein", "quad_class", "status", "status_cue", "date_value",
                "date_precision", "date_start", "location_name", "sentence", "speaker",
                "anonymous", "confidence"]


def generate(n: int, seed: int = 7) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]],
                                              list[tuple[Any, ...]]]:
    """(articles, mentions, events) rows for ``n`` fused events."""
    rng = random.Random(seed)
    articles: list[tuple[Any, ...]] = []
    mentions: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []

    def mention(fid: str, k: int, day: date, status: str, src: str, tgt: str,
                code: tuple[str, str, float], when: date, precision: str) -> tuple[Any, ...]:
        aid = f"a{fid}-{k}"
        articles.append((aid, f"h{aid}", f"Story {aid}", day))
        cue = rng.choice(CUES[status]) if status in CUES else None
        value = when.isoformat() if precision == "day" else when.strftime("%Y-%m")
        start = when if precision == "day" else when.replace(day=1)
        sentence = f"{src} {code[1].lower()} {tgt} ({status})."
        speaker = rng.choice([None, "State Department", "a diplomat"]) if cue else None
        return (f"m{fid}-{k}", fid, aid, "text", src, src + "GOV", src, "GOV", tgt,
                tgt + "GOV", tgt, "GOV", code[0], code[0][:2], code[1], code[2], 1, status,
                cue, value, precision, start, None, sentence, speaker, False, 0.8)

    for i in range(n):
        fid = f"f{i:07d}"
        src, tgt = rng.sample(COUNTRIES, 2)
        day = START + timedelta(days=rng.randrange(DAYS))
        consult = rng.random() < 0.5
        code = rng.choice(CONSULT if consult else OTHER)
        rows: list[tuple[Any, ...]] = []
        if consult and rng.random() < 1 / 3:
            when = day + timedelta(days=rng.randrange(5, 90))
            precision = rng.choice(["day", "day", "month"])
            pub = day
            for k in range(rng.randint(1, 3)):
                rows.append(mention(fid, k, pub, rng.choice(UNREAL), src, tgt, code, when,
                                    precision))
                pub += timedelta(days=rng.randrange(1, 20))
            outcome = rng.random()
            if outcome < 0.5:
                rows.append(mention(fid, 9, when + timedelta(days=1), "happened", src, tgt,
                                    code, when, "day"))
            elif outcome < 2 / 3:
                rows.append(mention(fid, 8, pub, rng.choice(["denied", "cancelled"]), src,
                                    tgt, code, when, precision))
        else:
            rows.append(mention(fid, 0, day, "happened", src, tgt, code, day, "day"))
        mentions.extend(rows)
        best = next((r for r in rows if r[17] == "happened"), rows[0])
        statuses = {r[17] for r in rows}
        status = ("happened" if "happened" in statuses else
                  "cancelled" if statuses & {"cancelled", "denied"} else rows[-1][17])
        pubs = [a[3] for a in articles[-len(rows):]]
        events.append((fid, src, src + "GOV", tgt, tgt + "GOV", code[0], code[0][:2],
                       code[1], code[2], 1, status, best[19], best[20], best[21], None,
                       None, len(rows), len(rows), min(pubs), max(pubs), best[0], best[23],
                       best[2], "text"))
    return articles, mentions, events


def build(db: Path, n: int) -> float:
    import pandas as pd

    from detente.store import Store

    t0 = time.perf_counter()
    articles, mentions, events = generate(n)
    with Store(db) as store:
        con = store.con
        con.register("g_art", pd.DataFrame(articles, columns=["id", "content_hash", "title",
                                                              "published"]))
        con.execute("INSERT INTO articles (id, content_hash, title, published, origin) "
                    "SELECT id, content_hash, title, published, 'bench' FROM g_art")
        con.register("g_men", pd.DataFrame(mentions, columns=MENTION_COLS))
        con.execute(f"INSERT INTO mentions ({', '.join(MENTION_COLS)}) "
                    f"SELECT {', '.join(MENTION_COLS)} FROM g_men")
        con.register("g_ev", pd.DataFrame(events, columns=[
            "fused_id", "source_country", "source_code", "target_country", "target_code",
            "cameo", "root", "label", "goldstein", "quad_class", "status", "date_value",
            "date_precision", "date_start", "location_name", "location_country",
            "n_mentions", "n_articles", "first_seen", "last_seen", "best_event_id",
            "sentence", "article_id", "provenance"]))
        con.execute("INSERT INTO events SELECT * FROM g_ev")
        for name in ("g_art", "g_men", "g_ev"):
            con.unregister(name)
    return time.perf_counter() - t0


def run(db: Path) -> dict[str, Any]:
    from detente.analysis.planned import fit_planned_model, planned_events
    from detente.store import Store

    with Store(db, read_only=True) as store:
        n_events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        cpu0, t0 = time.process_time(), time.perf_counter()
        tracked = planned_events(store)
        seconds = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        model = fit_planned_model(store)
    return {"events": n_events, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2),
            "tracked": len(tracked), "resolved_plans": model.n_events,
            "snapshots": model.n_snapshots, "fitted": model.fitted,
            "load_avg": round(os.getloadavg()[0], 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--keep", help="write the stores here instead of a temp dir")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="detente-planned-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.events:
            db = folder / f"planned_{n}.duckdb"
            if not db.exists():
                build(db, n)
            out = run(db)
            results.append(out)
            if args.json:
                print(json.dumps(out), flush=True)
            else:
                print(f"{out['events']:>8,} events: planned_events {out['seconds']} s "
                      f"(CPU {out['cpu_s']} s); {out['resolved_plans']:,} resolved plans, "
                      f"{out['snapshots']:,} snapshots, {out['tracked']:,} tracked; load "
                      f"average {out['load_avg']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
