"""The command line, run as a user runs it (a real subprocess, a real DuckDB file)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

pytestmark = pytest.mark.slow

SEED_SHAPE = (
    "Blinken to visit Beijing as ties thaw\n\nPublish day : 2023.10.06\n\n"
    "U.S. Secretary of State Antony BlinkenTreasury Secretary Janet Yellen said on Friday "
    "that Washington wants stable ties.\u00a0Chinese Foreign Minister Wang Yi will visit "
    "Washington next week\u3002 Blinken criticized Beijing over its drills near Taiwan.\n"
)


def _write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(text, encoding="utf-8")
    return p


def test_cli_help_lists_every_command():
    r = run_cli("--help")
    assert r.returncode == 0
    for cmd in ("demo", "extract", "ingest", "articles", "events", "dyad", "ask", "forecast",
                "import", "export", "serve", "eval"):
        assert cmd in r.stdout


def test_cli_ingest_stores_title_date_and_repaired_text_once(tmp_path):
    art = _write(tmp_path, "seed.txt", SEED_SHAPE)
    db = str(tmp_path / "t.duckdb")
    r1 = run_cli("ingest", str(art), "--db", db, "--json")
    assert r1.returncode == 0, r1.stderr
    s1 = json.loads(r1.stdout.strip().splitlines()[-1])
    assert s1["new"] == 1 and s1["quarantined"] == 0
    r2 = run_cli("ingest", str(art), "--db", db, "--json")
    s2 = json.loads(r2.stdout.strip().splitlines()[-1])
    assert r2.returncode == 0 and s2["new"] == 0 and s2["duplicate"] == 1
    r3 = run_cli("articles", "--db", db, "--format", "jsonl")
    rows = [json.loads(x) for x in r3.stdout.splitlines()]
    assert len(rows) == 1
    assert rows[0]["title"] == "Blinken to visit Beijing as ties thaw"
    assert rows[0]["published"] == "2023-10-06"
    r4 = run_cli("articles", rows[0]["id"], "--db", db, "--format", "json")
    full = json.loads(r4.stdout)[0]
    assert "Antony Blinken, Treasury Secretary" in full["text"]
    assert "\u00a0" not in full["text"] and "\u3002" not in full["text"]
    assert {r["kind"] for r in full["repairs"]} >= {"glued_words"}


def test_cli_extract_prints_event_records(tmp_path):
    art = _write(tmp_path, "seed.txt", SEED_SHAPE)
    r = run_cli("extract", str(art))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert recs, r.stderr
    keys = set(recs[0])
    assert {"event_id", "article_id", "source", "target", "cameo", "status", "date",
            "evidence", "rule"} <= keys
    text = SEED_SHAPE
    assert all(rec["evidence"]["sentence"] for rec in recs)
    assert any(rec["target"]["country"] == "CHN" or rec["source"]["country"] == "CHN"
               for rec in recs), text


def test_cli_extract_jsonl_keeps_input_id(tmp_path):
    line = json.dumps({"id": "my-article-7", "title": "t", "published": "2023-06-19",
                       "text": "Secretary of State Antony Blinken met Xi Jinping in Beijing."})
    r = run_cli("extract", "-", input=line + "\n")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert recs and {rec["article_id"] for rec in recs} == {"my-article-7"}


def test_cli_bad_inputs_are_reported_and_batch_continues(tmp_path):
    good = _write(tmp_path, "good.txt", SEED_SHAPE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 40)
    jl = tmp_path / "mixed.jsonl"
    jl.write_text(json.dumps({"id": "ok1", "text": "Beijing criticized Washington.",
                              "published": "2023-05-01"}) + "\n{not json\n")
    db = str(tmp_path / "t.duckdb")
    r = run_cli("ingest", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "binary.bin"),
                str(jl), str(tmp_path / "missing.txt"), "--db", db, "--json")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "empty.txt" in r.stderr and "binary.bin" in r.stderr
    assert "mixed.jsonl:2" in r.stderr and "missing.txt" in r.stderr
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["new"] == 2 and s["quarantined"] == 4


def test_cli_usage_errors_exit_2(tmp_path):
    r = run_cli("ingest", "x.txt", "--date", "yesterday", "--db", str(tmp_path / "t.duckdb"))
    assert r.returncode == 2 and "--date" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("ingest", "x.txt", "--prefilter", "sometimes", "--db",
                str(tmp_path / "t.duckdb"))
    assert r.returncode == 2 and "--prefilter" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("events", "--dyad", "USA", "--db", str(tmp_path / "t.duckdb"))
    assert r.returncode != 0 and "Traceback" not in r.stderr


def test_cli_missing_database_is_clear(tmp_path):
    r = run_cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 1
    assert "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_cli_crash_mid_batch_then_resume_completes_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 14
    for i in range(n):
        _write(corpus, f"a{i:02}.txt",
               f"Story {i}\n\nPublished: 2023-06-{i + 1:02}\n\n"
               f"Secretary of State Antony Blinken met Wang Yi in Beijing on story {i}. "
               f"Beijing criticized Washington over sanctions number {i}.\n")
    db = str(tmp_path / "t.duckdb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "detente.cli", "-v", "ingest", str(corpus), "--db", db,
         "--batch-size", "2"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    assert proc.stderr is not None
    killed = False
    for line in proc.stderr:
        if "committed batch 3" in line:
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
    proc.wait(timeout=120)
    assert killed, "the ingest finished before it could be interrupted"
    r = run_cli("ingest", str(corpus), "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["duplicate"] >= 6 and s["new"] + s["duplicate"] == n
    r = run_cli("articles", "--db", db, "--format", "jsonl", "--limit", "100")
    ids = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    assert len(ids) == n == len(set(ids))


def test_cli_forecast_on_ingested_corpus(tmp_path):
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    db = str(tmp_path / "t.duckdb")
    r = run_cli("ingest", str(corpus), "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_cli("forecast", "USA", "CHN", "--db", db, "--as-of", "2023-10-31", "-f", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    roots = {x["root"]: x for x in out["roots"]}
    assert 0.0 <= roots["04"]["p_either"] <= 1.0
    assert roots["04"]["p_either"] > roots["20"]["p_either"]
    r = run_cli("forecast", "USA", "CHN", "--db", db, "--horizon", "soon")
    assert r.returncode == 2 and "--horizon" in r.stderr


def test_cli_prefilter_flag_and_default():
    from detente.cli import prefilter_options
    from detente.config import Options
    from detente.errors import UsageError

    base = Options()
    # no flag: the configured default (the 'needed' context mode), not a CLI default
    assert prefilter_options(base, None) == base
    assert base.prefilter and base.prefilter_context == "needed"
    assert prefilter_options(base, "all").prefilter_context == "all"
    assert prefilter_options(base, "off").prefilter is False
    with pytest.raises(UsageError, match="needed"):
        prefilter_options(base, "sometimes")
