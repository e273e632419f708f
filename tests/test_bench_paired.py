"""benchmarks/paired.py: the variant specs, the paired summary, and a run on a tiny corpus
(in a subprocess: the script swaps the package's modules in ``sys.modules``)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """China and Japan talk again
Published: 2023-10-06

Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Yoko Kamikawa in Beijing on
Thursday, and the two ministers agreed to keep talking about the disputed waters.

Japan later protested to China over a survey ship that had entered its waters, the foreign
ministry in Tokyo said on Friday.
"""


def _paired() -> ModuleType:
    spec = importlib.util.spec_from_file_location("paired", ROOT / "benchmarks" / "paired.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["paired"] = module  # (its dataclass looks its module up there)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("spec, rev, options, env", [
    ("", None, {}, {}),
    ("rev=main", "main", {}, {}),
    ("batch_size=16, env:DETENTE_X=1", None, {"batch_size": "16"}, {"DETENTE_X": "1"}),
    ("rev=HEAD~1,prefilter_context=all", "HEAD~1", {"prefilter_context": "all"}, {}),
])
def test_bench_paired_spec(spec, rev, options, env):
    v = _paired().parse_spec("A", spec)
    assert (v.rev, v.options, v.env) == (rev, options, env)
    assert v.src == ROOT / "src"


def test_bench_paired_spec_refuses_bare_word():
    with pytest.raises(SystemExit):
        _paired().parse_spec("B", "fast")


def test_bench_paired_summary():
    out = _paired().summary([2.0, 4.0, 1.0, 2.0], [1.0, 2.0, 1.0, 1.5])
    assert out["rounds"] == 4
    assert out["median_ratio"] == pytest.approx(0.625)  # (ratios 0.5, 0.5, 0.75, 1.0)
    assert (out["min"], out["max"]) == (0.5, 1.0)
    assert out["q1"] <= out["median_ratio"] <= out["q3"]
    assert (out["a_median_s"], out["b_median_s"]) == (2.0, 1.25)


@pytest.mark.slow
@pytest.mark.parametrize("stage, a", [("rules", ""), ("full", "batch_size=1")])
def test_bench_paired_runs_tiny(tmp_path, stage, a):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "paired.py"), "--corpus", str(corpus),
         "--articles", "2", "--rounds", "2", "--stage", stage, "--a", a, "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["rounds"] == 2 and out["items"] == 2 and out["stage"] == stage
    assert out["events_identical"] and out["events_a"] == out["events_b"] > 0
    assert out["min"] <= out["median_ratio"] <= out["max"]


@pytest.mark.slow
def test_bench_paired_git_revision(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no revision to export")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "paired.py"), "--corpus", str(corpus),
         "--articles", "1", "--rounds", "1", "--a", "rev=HEAD", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    # (variant A ran the code exported from HEAD, B the working tree)
    loaded = [line for line in done.stderr.splitlines() if "loaded in" in line]
    assert len(loaded) == 2 and str(ROOT / "src") not in loaded[0]
    assert str(ROOT / "src") in loaded[1]
    assert json.loads(done.stdout.strip().splitlines()[-1])["rounds"] == 1
