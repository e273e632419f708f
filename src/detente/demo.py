"""`detente demo`: the main job on the bundled sample corpus."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from detente.config import load_options
from detente.errors import InputError


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
    from detente.cli import ingest_paths
    from detente.store import Store

    console = console or Console(stderr=True)
    corpus = find_corpus()
    if fresh:
        for suffix in ("", ".wal"):
            p = Path(db + suffix)
            if p.exists():
                p.unlink()
    console.print(f"[bold]detente demo[/] coding the sample corpus {corpus} into {db}")
    summary = ingest_paths([str(corpus)], db, load_options(), command="demo", quiet=True)
    console.print(
        f"read {summary['read']}, new {summary['new']}, duplicate {summary['duplicate']}, "
        f"quarantined {summary['quarantined']}, events {summary['events']} in "
        f"{summary['seconds']}s")
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT date_value, source_code, cameo, label, target_code, status, location_name, "
            "trigger_text, sentence, article_id FROM mentions "
            "WHERE (source_country='USA' AND target_country='CHN') "
            "   OR (source_country='CHN' AND target_country='USA') "
            "ORDER BY date_start NULLS LAST, event_id")
    out = Console()
    t = Table(title=f"U.S.-China events in the sample corpus ({len(rows)})")
    for col in ("date", "source", "cameo", "label", "target", "status", "place"):
        t.add_column(col)
    for r in rows:
        t.add_row(str(r["date_value"]), str(r["source_code"]), r["cameo"], r["label"],
                  str(r["target_code"]), r["status"], str(r["location_name"] or ""))
    out.print(t)
    write_report(report, rows, summary)
    console.print(f"report written to {report}")
    return 0


def write_report(path: str, rows: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    esc = html.escape
    body = "".join(
        f"<tr><td>{esc(str(r['date_value']))}</td><td>{esc(str(r['source_code']))}</td>"
        f"<td>{esc(r['cameo'])} {esc(r['label'])}</td><td>{esc(str(r['target_code']))}</td>"
        f"<td>{esc(r['status'])}</td><td>{esc(r['sentence'] or '')}</td></tr>"
        for r in rows)
    Path(path).write_text(
        "<!doctype html><meta charset='utf-8'><title>detente demo report</title>"
        "<h1>U.S.-China events in the sample corpus</h1>"
        f"<p>{summary['new']} articles, {summary['events']} event mentions.</p>"
        "<table border=1 cellpadding=4><tr><th>date</th><th>source</th><th>event</th>"
        f"<th>target</th><th>status</th><th>evidence</th></tr>{body}</table>",
        encoding="utf-8")
