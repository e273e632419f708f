"""benchmarks/throughput.py on a tiny corpus, in a subprocess: one process and two give the
same events, and the figures it prints are there and sane."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Seoul and Tokyo talk again
Published: 2023-10-06

South Korean Foreign Minister Park Jin met Japanese Foreign Minister Yoko Kamikawa in Tokyo on
Thursday, and the two ministers agreed to meet again before the end of the year.

North Korea fired a ballistic missile into the sea on Friday, and Japan protested to
Pyongyang through its embassy in Beijing.
"""


def _run(tmp_path: Path, workers: int) -> dict:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--corpus", str(corpus),
         "--articles", "6", "--rounds", "1", "--batch-size", "4", "--workers", str(workers),
         "--json"],
        capture_output=True, text=True, env=env, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_bench_throughput_workers_same_events(tmp_path: Path) -> None:
    one = _run(tmp_path, 1)
    two = _run(tmp_path, 2)
    assert one["articles"] == two["articles"] == 6
    assert one["workers"] == 1 and two["workers"] == 2
    assert one["events"] > 0
    assert two["events"] == one["events"]
    assert one["detente_articles_per_s"] > 0 and two["detente_articles_per_s"] > 0
    assert one["overhead_vs_spacy_cpu"] is not None
    assert two["overhead_vs_spacy_cpu"] is None and two["cpu_per_wall_spacy_detente"] is None
