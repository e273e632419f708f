"""The ``detente`` command line: thin Typer commands over the library.

Data goes to stdout; progress and logs to stderr. Exit codes: 0 ok, 1 some inputs failed
(each reported), 2 usage error.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from detente import __version__
from detente.config import Options, load_options
from detente.errors import DetenteError, UsageError
from detente.model import Article, Quarantined

app = typer.Typer(
    name="detente",
    help="Evidence-backed political event data from news: who did what to whom, when, where, "
         "and whether it actually happened.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
log = logging.getLogger("detente")

F = TypeVar("F", bound=Callable[..., Any])

DbOpt = Annotated[str | None, typer.Option("--db", help="Database file "
                                           "(default: $DETENTE_DB, else ./detente.duckdb).")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or table.")]


class Exit(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


def _parse_date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{flag} {value!r} is not a date", hint="use YYYY-MM-DD") from exc


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


@app.callback()
def _main(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="More logging on stderr (-vv for debug).")] = 0,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    _setup_logging(verbose)
    if version:
        typer.echo(f"detente {__version__}")
        raise typer.Exit(0)


# -- helpers ------------------------------------------------------------------------------
def _progress_enabled() -> bool:
    return sys.stderr.isatty()


def _report_quarantine(q: Quarantined) -> None:
    err.print(f"[yellow]skipped[/] {q.describe()}", markup=True, soft_wrap=True)


def _emit(records: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> int:
    n = 0
    if fmt == "jsonl":
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "json":
        rows = list(records)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=str, indent=2) + "\n")
        n = len(rows)
    elif fmt == "csv":
        rows = [_flatten(r) for r in records]
        cols = columns or (list(rows[0]) if rows else [])
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
        n = len(rows)
    elif fmt == "table":
        rows = [_flatten(r) for r in records]
        cols = columns or (list(rows[0]) if rows else [])
        t = Table(show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
        Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200).print(t)
        n = len(rows)
    else:
        raise UsageError(f"unknown format {fmt!r}", hint="use jsonl, json, csv or table")
    return n


def _event_filters(dyad: str | None, since: str | None, until: str | None
                   ) -> tuple[list[str], list[Any]]:
    """SQL conditions (with ``?`` parameters) over ``mentions`` for --dyad/--since/--until."""
    where: list[str] = []
    params: list[Any] = []
    if dyad:
        parts = dyad.upper().replace("/", "-").split("-")
        if len(parts) != 2 or not all(parts):
            raise UsageError(f"--dyad {dyad!r} must be two codes like USA-CHN")
        where.append("((source_country = ? AND target_country = ?) OR "
                     "(source_country = ? AND target_country = ?))")
        params += [parts[0], parts[1], parts[1], parts[0]]
    if since:
        where.append("date_start >= ?")
        params.append(_parse_date(since, "--since"))
    if until:
        where.append("date_start <= ?")
        params.append(_parse_date(until, "--until"))
    return where, params


def _flatten(rec: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in rec.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "_"))
        else:
            out[key] = v
    return out


EVENT_TABLE_COLUMNS = ["date_value", "source_code", "cameo", "label", "target_code", "status",
                       "location_name", "evidence_trigger"]


def run(fn: Callable[[], int]) -> None:
    """Run a command body: DetenteError -> one clear line and exit 1/2, never a traceback."""
    try:
        code = fn()
    except UsageError as exc:
        err.print(f"[red]error[/] {exc.one_line()}", markup=True, soft_wrap=True)
        raise typer.Exit(2) from None
    except DetenteError as exc:
        err.print(f"[red]error[/] {exc.one_line()}", markup=True, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted; everything committed so far is kept (re-run to finish)")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        raise typer.Exit(0) from None
    except (typer.Exit, SystemExit):
        raise
    except Exception as exc:  # a bug: one line, the traceback only with -vv
        log.debug("internal error", exc_info=True)
        err.print(f"[red]internal error[/] {type(exc).__name__}: {exc} (this is a bug in "
                  "detente; re-run with -vv for the traceback and report it)", markup=True,
                  soft_wrap=True)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


# -- ingest --------------------------------------------------------------------------------
def ingest_paths(paths: list[str], db: str | None, options: Options, *, command: str,
                 quiet: bool = False) -> dict[str, Any]:
    """:func:`detente.ingest_job.ingest_paths` with the CLI's progress bar and one line
    on stderr per quarantined item (none of either with ``quiet``)."""
    from detente.ingest_job import ingest_paths as run_job

    if quiet:
        return run_job(paths, db, options, command=command)
    if not _progress_enabled():
        return run_job(paths, db, options, command=command, on_quarantine=_report_quarantine)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                  transient=True) as progress:
        task = progress.add_task("coding articles", total=None)
        return run_job(paths, db, options, command=command, on_quarantine=_report_quarantine,
                       on_batch=lambda n: progress.update(task, advance=n))


def _print_summary(s: dict[str, Any]) -> None:
    err.print(
        f"read {s['read']}, new {s['new']}, duplicate {s['duplicate']}, "
        f"quarantined {s['quarantined']}, events {s['events']} in {s['seconds']}s")
    for reason, n in s.get("quarantine_reasons", {}).items():
        err.print(f"  quarantined x{n}: {reason}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or -.")],
    db: DbOpt = None,
    date_: Annotated[str | None, typer.Option("--date", help="Publication date for undated "
                                              "input (YYYY-MM-DD).")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help="Extra actor YAML.")] = None,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes",
                                                  help="Per-article size limit.")] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="Worker processes for "
                                                "coding (model loaded once per process).")]
    = None,
    prefilter: Annotated[str | None, typer.Option(
        "--prefilter", help="What to parse besides sentences that can hold an event: needed "
        "(default: only the context they need), all (every sentence naming an actor), "
        "people, none, or off (parse everything).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler, e.g. "
                                                  "tcp://host:8786 (default: a local "
                                                  "cluster).")] = None,
    output: Annotated[str | None, typer.Option("--output", help="Parquet output folder or "
                                               "fsspec URL for --engine dask.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip work already done (always "
                                         "on for stored articles: ingestion is "
                                         "idempotent; with --engine dask also skips "
                                         "finished partitions).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    json_summary: Annotated[bool, typer.Option("--json", help="Print the summary as JSON "
                                               "on stdout.")] = False,
) -> None:
    """Read, code and store articles in the database (idempotent; progress on stderr)."""

    def body() -> int:
        options = load_options(default_date=_parse_date(date_, "--date"),
                               actors_files=tuple(actors or ()), max_bytes=max_bytes,
                               batch_size=batch_size, workers=workers)
        options = prefilter_options(options, prefilter)
        if engine not in ("local", "dask"):
            raise UsageError(f"--engine {engine!r} must be local or dask")
        if engine == "dask":
            if not output:
                raise UsageError("--engine dask needs --output DIR (a folder or fsspec URL "
                                 "the workers can write Parquet parts to)")
            from detente.distributed import ingest_dask

            s = ingest_dask(paths, db, options, output=output, scheduler=scheduler,
                            n_workers=workers or 2, resume=resume)
        else:
            s = ingest_paths(paths, db, options, command="ingest", quiet=quiet)
        _print_summary(s)
        if json_summary:
            typer.echo(json.dumps(s))
        return 1 if s["quarantined"] else 0

    run(body)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs or -.")],
    fmt: FormatOpt = "jsonl",
    date_: Annotated[str | None, typer.Option("--date", help="Publication date for undated "
                                              "input (YYYY-MM-DD).")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help="Extra actor YAML.")] = None,
    all_statuses: Annotated[bool, typer.Option("--all/--realized-only",
                                               help="Print every status (default) or only "
                                               "happened/ongoing events.")] = True,
) -> None:
    """Read articles and print their events (stateless; no database)."""

    def body() -> int:
        from detente.ingest import read_inputs
        from detente.pipeline import Coder

        options = load_options(default_date=_parse_date(date_, "--date"),
                               actors_files=tuple(actors or ()))
        failed = 0
        articles: list[Article] = []
        for item in read_inputs(paths, default_date=options.default_date,
                                max_bytes=options.max_bytes):
            if isinstance(item, Quarantined):
                failed += 1
                _report_quarantine(item)
            else:
                for w in item.warnings:
                    err.print(f"warning {item.origin}: {w}")
                articles.append(item)
        if not articles:
            return 1 if failed else 0
        coder = Coder(options)
        records: list[dict[str, Any]] = []
        for res in coder.code_many(articles):
            if res.skipped is not None:
                failed += 1
                _report_quarantine(res.skipped)
                continue
            for ev in res.events:
                if all_statuses or ev.status.realized:
                    records.append(ev.to_record())
        _emit(records, fmt, EVENT_TABLE_COLUMNS if fmt in ("table", "csv") else None)
        err.print(f"{len(articles)} articles, {len(records)} events, {failed} failed")
        return 1 if failed else 0

    run(body)


@app.command()
def articles(
    article_id: Annotated[str | None, typer.Argument(help="Show one article.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = "table",
    limit: Annotated[int, typer.Option("--limit")] = 50,
) -> None:
    """List stored articles, or show one with its repairs and events."""

    def body() -> int:
        from detente.store import Store

        with Store(db, read_only=True) as store:
            if article_id:
                row = store.article(article_id)
                if row is None:
                    raise DetenteError(f"no article with id {article_id!r}",
                                       hint="list ids with `detente articles`", code="E404")
                row["events"] = [json.loads(m["record"]) for m in store.mentions_for(article_id)]
                if fmt == "table":
                    typer.echo(f"{row['title']}\n{row['published']}  {row['origin']}\n")
                    typer.echo(row["text"])
                    typer.echo(f"\nrepairs: {len(row['repairs'])}, events: {len(row['events'])}")
                    for r in row["repairs"]:
                        typer.echo(f"  {r['kind']} at {r['start']}: {r['before']!r} -> "
                                   f"{r['after']!r}")
                else:
                    _emit([row], "json" if fmt == "table" else fmt)
                return 0
            rows = store.articles(limit=limit)
            _emit(rows, fmt)
        return 0

    run(body)


@app.command()
def events(
    db: DbOpt = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="A-B country codes, e.g. "
                                             "USA-CHN (either direction).")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    status: Annotated[str | None, typer.Option("--status", help="e.g. planned or "
                                               "happened,ongoing")] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root, e.g. 04")] = None,
    fmt: FormatOpt = "table",
    limit: Annotated[int, typer.Option("--limit")] = 200,
) -> None:
    """Query stored event mentions."""

    def body() -> int:
        from detente.store import Store

        where, params = _event_filters(dyad, since, until)
        if status:
            sts = [s.strip() for s in status.split(",") if s.strip()]
            where.append(f"status IN ({', '.join('?' * len(sts))})")
            params += sts
        if root:
            where.append("root = ?")
            params.append(root.zfill(2))
        with Store(db, read_only=True) as store:
            from detente.interop import stored_record_sql

            # imported rows may carry no stored record: rebuild it from the columns
            sql = (f"SELECT {stored_record_sql(store)} AS record FROM mentions"
                   + (" WHERE " + " AND ".join(where) if where else ""))
            sql += " ORDER BY date_start NULLS LAST, event_id LIMIT ?"
            rows = store.query(sql, [*params, limit])
        recs = [json.loads(r["record"]) for r in rows if r["record"]]
        _emit(recs, fmt, EVENT_TABLE_COLUMNS if fmt in ("table", "csv") else None)
        return 0

    run(body)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file (examples/gold.jsonl shape).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Folder with the articles "
                                                "(default: corpus/ beside the gold file).")]
    = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
    misses: Annotated[bool, typer.Option("--misses/--no-misses")] = True,
) -> None:
    """Score extraction against a gold file: P/R/F1 on dyad+root, then status, date, place."""

    def body() -> int:
        from detente.evaluate import evaluate, render_report

        report = evaluate(gold, corpus)
        if fmt == "json":
            typer.echo(json.dumps(report, indent=2, default=str))
        else:
            typer.echo(render_report(report, show_misses=misses))
        return 0

    run(body)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Database file for the demo.")]
    = "demo.duckdb",
    report: Annotated[str, typer.Option("--report", help="HTML report to write.")]
    = "report.html",
    fresh: Annotated[bool, typer.Option("--fresh/--keep", help="Start from an empty "
                                        "database.")] = True,
) -> None:
    """The main job on the bundled sample corpus: ingest, code, store, summarize."""

    def body() -> int:
        from detente.demo import run_demo

        return run_demo(db, report, fresh=fresh, console=err)

    run(body)


@app.command()
def prefilter_options(options: Options, prefilter: str | None) -> Options:
    """``--prefilter``: a context mode, ``off``, or ``None`` for the configured default."""
    if prefilter is None:
        return options
    from detente.nlp.prefilter import CONTEXT_MODES

    if prefilter not in (*CONTEXT_MODES, "off"):
        raise UsageError(f"--prefilter {prefilter!r} must be one of "
                         f"{', '.join((*CONTEXT_MODES, 'off'))}")
    if prefilter == "off":
        return options.with_(prefilter=False)
    return options.with_(prefilter=True, prefilter_context=prefilter)


def dyad(
    a: Annotated[str, typer.Argument(help="Country or actor code, e.g. USA or USAGOV.")],
    b: Annotated[str, typer.Argument(help="Country or actor code, e.g. CHN.")],
    db: DbOpt = None,
    freq: Annotated[str, typer.Option("--freq", help="week, month or quarter.")] = "month",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only what was known then.")]
    = None,
    window: Annotated[int, typer.Option("--window", help="Periods the verdict looks at.")]
    = 12,
    directed: Annotated[bool, typer.Option("--directed/--undirected")] = False,
    weighted: Annotated[bool, typer.Option("--weighted", help="Weight events by their "
                                           "mentions.")] = False,
    fmt: FormatOpt = "table",
    plot: Annotated[str | None, typer.Option("--plot", help="Write the chart to FILE.html "
                                             "or FILE.png.")] = None,
) -> None:
    """The relationship's time series, trend verdict and drivers."""

    def body() -> int:
        from detente.analysis.report import dyad_plot
        from detente.analysis.trend import dyad_trend
        from detente.store import Store

        with Store(db, read_only=True) as store:
            verdict, series, events_df = dyad_trend(
                store, a.upper(), b.upper(), freq=freq, window=window,
                as_of=_parse_date(as_of, "--as-of"), directed=directed, weighted=weighted,
                forecast=not directed)
        if plot:
            dyad_plot(series, plot, events=events_df, title=f"{a.upper()}-{b.upper()}")
            err.print(f"chart written to {plot}")
        v = verdict.to_dict()
        rows = [{k: (str(val)[:10] if hasattr(val, "isoformat") else
                     round(val, 2) if isinstance(val, float) else val)
                 for k, val in r.items()} for r in series.to_dict(orient="records")]
        if fmt == "json":
            typer.echo(json.dumps({"verdict": v, "series": rows}, indent=2, default=str))
            return 0
        _emit(rows, fmt)
        if fmt == "table":
            _print_verdict(f"{a.upper()}-{b.upper()}", v)
        return 0

    run(body)


def _print_verdict(name: str, v: dict[str, Any]) -> None:
    con = Console()
    con.print(f"[bold]{name}: {v.get('verdict')}[/]  {v.get('summary') or ''}")
    for key in ("drivers_positive", "drivers_negative", "positive", "negative"):
        rows = v.get(key) or []
        if rows and isinstance(rows, list):
            con.print(f"{key.replace('_', ' ')}:")
            for r in rows[:5]:
                if isinstance(r, dict):
                    con.print(f"  {r.get('date') or r.get('date_value')} {r.get('label')} "
                              f"({r.get('goldstein')}): {(r.get('sentence') or '')[:160]}")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question about a relationship.")],
    db: DbOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Answer with only what was "
                                              "known on this date.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> None:
    """Answer a question about a relationship, with evidence."""

    def body() -> int:
        from detente.analysis.ask import ask as answer
        from detente.store import Store

        with Store(db, read_only=True) as store:
            out = answer(store, question, as_of=_parse_date(as_of, "--as-of"))
        if fmt == "json":
            typer.echo(json.dumps(out, indent=2, default=str))
            return 0
        _print_answer(out)
        return 0

    run(body)


def _print_answer(out: dict[str, Any]) -> None:
    con = Console()
    con.print(f"[bold]{out.get('verdict')}[/]")
    if out.get("probability") is not None:
        con.print(f"probability: {out['probability']:.2f}")
    if out.get("summary"):
        con.print(str(out["summary"]))
    for ev in out.get("evidence") or []:
        con.print(f"  - {ev.get('published')} {ev.get('title') or ev.get('article_id')}: "
                  f"{(ev.get('sentence') or '')[:200]}")


@app.command()
def forecast(
    a: Annotated[str, typer.Argument(help="Country or actor code, e.g. USA.")],
    b: Annotated[str, typer.Argument(help="Country or actor code, e.g. CHN.")],
    db: DbOpt = None,
    horizon: Annotated[str, typer.Option("--horizon", help="Forecast window, e.g. 30d.")]
    = "30d",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Forecast from this date "
                                              "(only events before it are used).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Probabilities of each event type between A and B in the next period."""

    def body() -> int:
        from detente.analysis.forecast.dyad import forecast_dyad
        from detente.coding.codebook import load_codebook
        from detente.store import Store

        if not horizon.rstrip("d").isdigit():
            raise UsageError(f"--horizon {horizon!r} must be a number of days like 30d")
        days = int(horizon.rstrip("d"))
        origin = _parse_date(as_of, "--as-of")
        with Store(db, read_only=True) as store:
            df = store.query_df(
                "SELECT date_start AS date, source_country, target_country, root, cameo, "
                "goldstein, quad_class FROM mentions WHERE date_start IS NOT NULL "
                "AND status IN ('happened', 'ongoing')"
                + (" AND date_start <= ?" if origin else ""), [origin] if origin else [])
        labels = {c.code: c.label for c in load_codebook()}
        fc = forecast_dyad(df, a.upper(), b.upper(), as_of=origin, horizon_days=days,
                           labels=labels)
        out = fc.to_dict()
        if fmt == "json":
            typer.echo(json.dumps(out, indent=2, default=str))
            return 0
        con = Console()
        con.print(f"[bold]{out['a']}-{out['b']}[/] next {out['horizon_days']} days after "
                  f"{out['as_of']}")
        nc = out["net_cooperation"]
        con.print(f"expected net cooperation {nc['expected']:+.1f} "
                  f"({int(nc['level'] * 100)}% interval {nc['low']:+.1f} .. {nc['high']:+.1f})")
        t = Table("root", "event type", "P(either)", f"P({out['a']}->{out['b']})",
                  f"P({out['b']}->{out['a']})", "base rate")
        for r in sorted(out["roots"], key=lambda r: -r["p_either"]):
            t.add_row(r["root"], r["label"], f"{r['p_either']:.2f}", f"{r['p_a_to_b']:.2f}",
                      f"{r['p_b_to_a']:.2f}", f"{r['base_rate']:.2f}")
        con.print(t)
        for ev in out["likely_events"][:5]:
            con.print(f"  likely: {ev['text']} (expected {ev['expected_count']:.1f})")
        con.print(f"basis: {out['basis'].get('method')}; {out['basis'].get('n_events')} events")
        return 0

    run(body)


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="Event-dataset files (.zip/.gz ok).")],
    fmt: Annotated[str | None, typer.Option("--format", help="gdelt, icews, polecat or tkg "
                                            "(default: detected from the content).")] = None,
    db: DbOpt = None,
    entity_map: Annotated[Path | None, typer.Option("--entity-map", help="TKG entity2id "
                                                    "file.")] = None,
    relation_map: Annotated[Path | None, typer.Option("--relation-map", help="TKG "
                                                      "relation2id file.")] = None,
    tkg_start: Annotated[str, typer.Option("--tkg-start", help="Date of TKG time step 1.")]
    = "2014-01-01",
    json_summary: Annotated[bool, typer.Option("--json", help="Summaries as JSON on "
                                               "stdout.")] = False,
) -> None:
    """Load GDELT, ICEWS, POLECAT or temporal-KG files into the store (idempotent)."""

    def body() -> int:
        from detente.fuse import fuse_store
        from detente.interop import import_file
        from detente.store import Store

        if fmt is not None and fmt not in ("gdelt", "icews", "polecat", "tkg"):
            raise UsageError(f"--format {fmt!r} is not one of gdelt, icews, polecat, tkg")
        start = _parse_date(tkg_start, "--tkg-start")
        bad = 0
        with Store(db) as store:
            for f in files:
                s = import_file(store, f, fmt, entity_map=entity_map,
                                relation_map=relation_map, tkg_start=start or tkg_start)
                d = {k: getattr(s, k) for k in ("provenance", "path", "rows_read",
                                                 "rows_imported", "rows_duplicate",
                                                 "rows_bad", "seconds")}
                err.print(f"{f}: {s.provenance}: read {s.rows_read}, imported "
                          f"{s.rows_imported}, duplicate {s.rows_duplicate}, bad "
                          f"{s.rows_bad} in {s.seconds:.1f}s")
                for line, reason in s.bad_examples:
                    err.print(f"  {f}:{line}: {reason}")
                for w in getattr(s, "warnings", ()) or ():
                    err.print(f"  warning: {w}")
                bad += s.rows_bad
                if json_summary:
                    typer.echo(json.dumps(d, default=str))
            fs = fuse_store(store)
            err.print(f"events in the store: {fs.events + fs.imported_events}")
        return 1 if bad else 0

    run(body)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, parquet, gdelt or "
                                     "plover.")] = "jsonl",
    db: DbOpt = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="File to write "
                                               "(default: stdout; parquet needs a file).")]
    = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="A-B, either direction.")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
) -> None:
    """Write stored events out (csv, jsonl, parquet, gdelt, plover)."""

    def body() -> int:
        from detente.interop.export import export_events
        from detente.store import Store

        where, params = _event_filters(dyad, since, until)
        if fmt == "parquet" and not output:
            raise UsageError("parquet needs a file", hint="pass --output FILE.parquet")
        with Store(db, read_only=True) as store:
            target: Any = output if output else sys.stdout
            n = export_events(store, fmt, target, where=" AND ".join(where), params=params)
        err.print(f"{n} events written" + (f" to {output}" if output else ""))
        return 0

    run(body)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
) -> None:
    """REST API and web dashboard (binds 127.0.0.1 by default; Ctrl-C stops it)."""

    def body() -> int:
        from detente.api import serve as _serve
        from detente.store import default_db_path

        path = db or default_db_path()
        if not Path(path).exists():
            raise DetenteError(f"database {path} does not exist",
                               hint="run `detente demo` or `detente ingest` first", code="E402")
        err.print(f"serving {path} on http://{host}:{port} (API docs at /docs); Ctrl-C stops")
        _serve(path, host=host, port=port)
        return 0

    run(body)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `detente events | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()


