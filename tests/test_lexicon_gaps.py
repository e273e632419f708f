"""benchmarks/lexicon_gaps.py prints words of gold sentences, so it must refuse sealed sets."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["heldout2", "heldout4", "heldout6", "heldout7"])
def test_lexicon_gaps_refuses_sealed_sets(name: str) -> None:
    gold = ROOT / "examples" / name / "gold.jsonl"
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "lexicon_gaps.py"),
                          "examples/train1/gold.jsonl", str(gold)], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2
    assert "sealed" in out.stderr and out.stdout == ""
