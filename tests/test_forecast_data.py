"""Reading TKG benchmark folders: good files load, bad ones fail naming file and line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detente.analysis.forecast.data import load_tkg
from detente.errors import ForecastError

SHARED_ICEWS14 = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "icews14"

GOOD = {
    "entity2id.txt": "China\t0\nBarack_Obama\t1\nCitizen_(India)\t2\n",
    "relation2id.txt": "Make_statement\t0\nConsult\t1\n",
    "train.txt": "0\t0\t1\t1\n1\t1\t2\t1\n2\t0\t0\t2\n",
    "valid.txt": "0\t1\t2\t3\n",
    "test.txt": "1\t0\t2\t4\n2\t1\t0\t5\n",
}


def _write(tmp_path: Path, **changes: str) -> Path:
    for name, text in {**GOOD, **changes}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_forecast_data_loads_a_good_folder(tmp_path: Path) -> None:
    data = load_tkg(_write(tmp_path))
    assert data.n_entities == 3 and data.n_relations == 2
    assert data.train.shape == (3, 4) and data.test[:, 3].tolist() == [4, 5]
    assert len(data.all_events()) == 6


@pytest.mark.parametrize(("changes", "where", "message"), [
    ({"train.txt": "0\t0\t1\t1\n0\t0\t7\t1\n"}, "train.txt:2", "unknown object id 7"),
    ({"valid.txt": "0\t5\t2\t3\n"}, "valid.txt:1", "unknown relation id 5"),
    ({"test.txt": "1\t0\t2\t5\n2\t1\t0\t4\n"}, "test.txt:2", "comes after"),
    ({"train.txt": "0\t0\t1\tx\n"}, "train.txt:1", "non-integer"),
    ({"train.txt": "0\t0\t1\n"}, "train.txt:1", "expected 4"),
    ({"valid.txt": "0\t1\t2\t2\n"}, "valid.txt:1", "overlap"),
    ({"test.txt": ""}, "test.txt", "no quadruples"),
    ({"entity2id.txt": "China\t0\nIndia\t0\n"}, "entity2id.txt:2", "used twice"),
    ({"relation2id.txt": "Consult\t1\n"}, "relation2id.txt", "not 0..0"),
])
def test_forecast_data_bad_files_name_file_and_line(tmp_path: Path, changes: dict[str, str],
                                                    where: str, message: str) -> None:
    with pytest.raises(ForecastError) as info:
        load_tkg(_write(tmp_path, **changes))
    assert info.value.where is not None and info.value.where.endswith(where)
    assert message in str(info.value)
    assert info.value.one_line().startswith("[E6")


def test_forecast_data_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ForecastError, match="not a directory"):
        load_tkg(tmp_path / "nope")
    (tmp_path / "entity2id.txt").write_text("A\t0\n", encoding="utf-8")
    with pytest.raises(ForecastError, match="file not found"):
        load_tkg(tmp_path)


@pytest.mark.skipif(not SHARED_ICEWS14.is_dir(), reason="../shared/data/icews14 is absent")
def test_forecast_data_reads_icews14_sizes() -> None:
    data = load_tkg(SHARED_ICEWS14)
    assert (len(data.train), len(data.valid), len(data.test)) == (74845, 8514, 7371)
    assert data.n_entities == 7128 and data.n_relations == 230
    assert np.all(np.diff(data.train[:, 3]) >= 0)
