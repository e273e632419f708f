"""The benchmark scripts run end to end on tiny inputs (the full runs are not tests)."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_tkg(folder: Path) -> Path:
    rng = random.Random(0)
    (folder / "entity2id.txt").write_text("".join(f"E{i}\t{i}\n" for i in range(20)))
    (folder / "relation2id.txt").write_text("".join(f"R{i}\t{i}\n" for i in range(3)))
    for name, days in (("train", range(1, 31)), ("valid", range(31, 34)),
                       ("test", range(34, 37))):
        rows = set()
        for t in days:
            for _ in range(20):
                s = rng.randrange(20)
                rows.add((s, rng.randrange(3), (s + rng.choice([1, 2, 3])) % 20, t))
        text = "".join(f"{s}\t{r}\t{o}\t{t}\n" for s, r, o, t in sorted(rows, key=lambda x: x[3]))
        (folder / f"{name}.txt").write_text(text)
    return folder


def test_forecast_benchmarks_tkg_script_reports_both_modes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _load("tkg_icews14")
    scores = tmp_path / "scores.jsonl"
    code = script.main(["--data", str(_tiny_tkg(tmp_path)), "--json", "--scores-out",
                        str(scores)])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("valid_single", "test_single", "test_multi"):
        assert 0 < out[key]["mrr"] <= 100 and out[key]["raw_mrr"] <= out[key]["mrr"]
    lines = [json.loads(x) for x in scores.read_text().splitlines()]
    assert len(lines) == out["test_single"]["n"]
    assert {"s", "r", "o", "t", "inverse", "top"} <= set(lines[0])
    assert len(lines[0]["top"]) == 20  # capped at the number of entities


def test_forecast_benchmarks_tkg_script_bad_data(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _load("tkg_icews14").main(["--data", str(tmp_path / "missing")]) == 1
    assert "E601" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "icews14").is_dir() or not (SHARED / "cameo").is_dir(),
                    reason="../shared/data/icews14 or cameo is absent")
def test_forecast_benchmarks_icews_conversion_maps_every_relation() -> None:
    script = _load("forecast_backtest")
    frame, report = script.convert_icews(SHARED / "icews14", SHARED / "cameo")
    assert report["relation_matching"]["unmatched"] == []
    assert report["missing_goldstein"] == 0
    assert set(frame["root"]) <= {f"{i:02d}" for i in range(1, 21)}
    assert (frame["source_country"] != frame["target_country"]).all()
    assert {"USA", "CHN", "RUS"} <= set(frame["source_country"])


def test_forecast_benchmarks_backtest_fits_on_earlier_origins_only() -> None:
    import numpy as np
    import pandas as pd

    from detente.analysis.forecast.dyad import DyadModelConfig

    rng = np.random.default_rng(1)
    rows = []
    for d in range(30):
        a, b = f"C{d % 7}", f"D{d}"
        rate = rng.uniform(0.05, 0.4)
        for day in np.flatnonzero(rng.random(200) < rate):
            root = str(rng.choice(["04", "11"]))
            rows.append({"date": pd.Timestamp("2014-01-01") + pd.Timedelta(days=int(day)),
                         "source_country": a, "target_country": b, "root": root,
                         "cameo": root + "0", "goldstein": 1.0 if root == "04" else -2.0,
                         "quad_class": 1 if root == "04" else 3})
    frame = pd.DataFrame(rows)
    result = _load("forecast_backtest").backtest(
        frame, 10, DyadModelConfig(n_boot=50), min_history_days=60, held_out_from="2014-06-01")
    span = (frame["date"].max() - frame["date"].min()).days
    assert result["origins"] == (span - 59) // 10  # origins while a full period follows
    # the first origins have too few earlier (dyad, origin) rows and keep the decayed mean
    assert 0 < result["fit"]["origins_with_fitted_level"] < result["origins"]
    assert result["fit"]["training_origins_first_forecast"] == 5  # origins before day 60
    d = result["direction_of_change"]
    assert 0 <= d["model"] <= 1 and d["vs_mean_reversion"]["p_value"] <= 1
    assert result["held_out_span"]["origins"] >= 1
    assert result["brier"]["uncalibrated"] > 0
