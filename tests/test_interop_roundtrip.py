"""Round trips: GDELT rows -> import -> GDELT export keep codes, actors, dates and scores."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.coding.codebook import load_codebook
from detente.interop import export_events, import_file
from detente.interop.gdelt import GDELT_COLUMNS
from detente.store import Store

CODES = [c.code for c in load_codebook()]
COUNTRIES = ["USA", "CHN", "RUS", "UKR", "FRA", "IND", "BRA", ""]
SECTORS = ["", "GOV", "MIL", "BUS", "CVL"]

rows = st.lists(
    st.tuples(
        st.integers(1, 10**12),                                  # GlobalEventID
        st.dates(date(1979, 1, 1), date(2030, 12, 31)),          # Day
        st.sampled_from(COUNTRIES), st.sampled_from(SECTORS),    # actor 1
        st.sampled_from(COUNTRIES), st.sampled_from(SECTORS),    # actor 2
        st.sampled_from(CODES),
        st.floats(-10, 10, allow_nan=False).map(lambda x: round(x, 1)),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
                max_size=20),                                    # a name, any text
    ),
    min_size=1, max_size=30, unique_by=lambda r: r[0],
)


def _line(r: tuple) -> str:
    gid, day, c1, s1, c2, s2, code, gold, name = r
    d = dict.fromkeys(GDELT_COLUMNS, "")
    d.update({
        "GlobalEventID": str(gid), "Day": day.strftime("%Y%m%d"),
        "Actor1Code": (c1 + s1) if c1 else "", "Actor1Name": name.strip(),
        "Actor1CountryCode": c1, "Actor1Type1Code": s1 if c1 else "",
        "Actor2Code": (c2 + s2) if c2 else "", "Actor2CountryCode": c2,
        "Actor2Type1Code": s2 if c2 else "",
        "EventCode": code, "EventRootCode": code[:2], "GoldsteinScale": str(gold),
        "SOURCEURL": f"https://example.org/{gid}",
    })
    return "\t".join(d[c] for c in GDELT_COLUMNS)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows)
def test_interop_roundtrip_gdelt_export_import(data: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.CSV"
        src.write_text("\n".join(_line(r) for r in data) + "\n", encoding="utf-8")
        with Store(Path(tmp) / "a.duckdb") as a:
            summary = import_file(a, src, "gdelt")
            assert (summary.rows_imported, summary.rows_bad) == (len(data), 0)
            out = Path(tmp) / "out.tsv"
            assert export_events(a, "gdelt", out) == len(data)
        got = {f[0]: f for f in (line.split("\t") for line in
                                 out.read_text(encoding="utf-8").splitlines())}
        assert all(len(f) == 61 for f in got.values())
        for gid, day, c1, s1, c2, _s2, code, gold, name in data:
            f = got[str(gid)]
            assert f[1] == day.strftime("%Y%m%d")
            assert f[26] == code and f[28] == code[:2]
            assert float(f[30]) == gold
            assert f[7] == c1 and f[17] == c2
            assert f[5] == ((c1 + s1) if c1 else "")
            assert f[6] == name.strip()
        # and the export imports back to the same events
        with Store(Path(tmp) / "b.duckdb") as b:
            again = import_file(b, out)
            assert again.rows_imported == len(data)

