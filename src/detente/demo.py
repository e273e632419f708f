"""`detente demo`: the main job on the bundled sample corpus.

Ingest the sample corpus into a fresh database, print the U.S.-China assessment (verdict,
series, drivers, upcoming planned events with probabilities), answer example questions, and
write an HTML report with the plots.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from detente.config import load_options
from detente.errors import InputError

QUESTIONS = (
    ("Is U.S.-China relations expected to warm up?", date(2023, 10, 31)),
    ("Will Xi Jinping attend the meeting in San Francisco?", date(2023, 10, 31)),
    ("Is U.S.-China relations expected to warm up?", date(2023, 3, 31)),
)


def find_corpus() -> Path:
    """The sample corpus: ./examples/corpus, or the one beside the source checkout."""
    env = os.environ.get("DETENTE_SAMPLE_CORPUS")
    candidates = [Path(env)] if env else []
    candidates += [Path.cwd() / "examples" / "corpus",
                   Path(__file__).resolve().parents[2] / "examples" / "corpus"]
    for c in candidates:
        if c.is_dir():
            return c
    raise InputError("the sample corpus (examples/corpus) was not found",
                     hint="run `detente demo` from the detente checkout, or set "
                          "DETENTE_SAMPLE_CORPUS", code="E205")


def run_demo(db: str, report: str, *, fresh: bool = True, console: Console | None = None
             ) -> int:
    from detente.analysis.ask import ask
    from detente.analysis.planned import planned_events
    from detente.analysis.report import write_report
    from detente.analysis.trend import dyad_trend
    from detente.ingest_job import ingest_paths
    from detente.store import Store

    console = console or Console(stderr=True)
    out = Console(width=None if os.isatty(1) else 120)
    corpus = find_corpus()
    if fresh:
        for suffix in ("", ".wal"):
            p = Path(db + suffix)
            if p.exists():
                p.unlink()
    console.print(f"[bold]detente demo[/] coding the sample corpus {corpus} into {db}")
    summary = ingest_paths([str(corpus)], db, load_options(), command="demo")
    console.print(
        f"read {summary['read']}, new {summary['new']}, duplicate {summary['duplicate']}, "
        f"quarantined {summary['quarantined']}, event mentions {summary['events']} in "
        f"{summary['seconds']}s")
    with Store(db, read_only=True) as store:
        counts = store.counts()
        out.print(f"\n[bold]Store[/]: {counts['articles']} articles, {counts['mentions']} event "
                  f"mentions fused into {counts['events']} events\n")
        verdict, series, _events = dyad_trend(store, "USA", "CHN", freq="month",
                                              forecast=True)
        v = verdict.to_dict()
        out.print(f"[bold]U.S.-China relations: {v.get('verdict')}[/]")
        out.print(str(v.get("summary") or ""))
        t = Table(title="U.S.-China, realized events per month (last 14 months)")
        for col in ("month", "events", "coop", "conflict", "net cooperation"):
            t.add_column(col, justify="right")
        for r in series.tail(14).to_dict(orient="records"):
            t.add_row(str(r.get("period"))[:7], f"{r.get('n_events', 0):.0f}",
                      f"{r.get('cooperation', 0):.1f}", f"{r.get('conflict', 0):.1f}",
                      f"{r.get('net_cooperation', 0):+.1f}")
        out.print(t)
        for key in ("drivers_positive", "drivers_negative"):
            rows = v.get(key) or []
            if rows:
                out.print(f"[bold]{key.replace('_', ' ')}[/]")
                for r in rows[:3]:
                    out.print(f"  {r.get('date')} {r.get('label')}: "
                              f"{(r.get('sentence') or '')[:150]}")
        upcoming = planned_events(store, "USA", "CHN", as_of=date(2023, 10, 31))
        if upcoming:
            pt = Table(title="Planned U.S.-China events as known on 2023-10-31")
            for col in ("event", "expected", "state", "P(takes place)", "articles"):
                pt.add_column(col)
            for pe in upcoming[:8]:
                pt.add_row(pe.description[:70], str(pe.expected or ""), pe.state,
                           f"{pe.probability:.2f}", str(pe.n_articles))
            out.print(pt)
        for q, as_of in QUESTIONS:
            ans = ask(store, q, as_of=as_of)
            out.print(f"\n[bold]Q ({as_of}):[/] {q}")
            prob = ans.get("probability")
            out.print(f"[bold]A:[/] {ans.get('verdict')}"
                      + (f" (probability {prob:.2f})" if prob is not None else ""))
            for ev in (ans.get("evidence") or [])[:3]:
                out.print(f"   - {ev.get('published')}: {(ev.get('sentence') or '')[:140]}")
        write_report(store, report, "USA", "CHN")
    console.print(f"\nreport written to {report}")
    return 0
