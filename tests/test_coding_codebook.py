"""CAMEO/PLOVER codebook: completeness, quad classes, Goldstein, PLOVER mapping, validation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from detente.coding.codebook import (
    ROOTS,
    CodeInfo,
    load_codebook,
    parse_codebook,
    quad_class_of_root,
)
from detente.errors import DataFileError

CAMEO_HEADER = "code,root,label,goldstein,quad_class\n"
PLOVER_HEADER = "cameo,type,mode\n"


def test_coding_codebook_has_all_roots_and_enough_codes() -> None:
    book = load_codebook()
    assert book.roots() == list(ROOTS)
    assert len(book) >= 280
    assert len(book.codes()) == len(book) == len(list(book))
    assert book.codes() == sorted(book.codes())


@pytest.mark.parametrize(
    ("root", "quad"),
    [
        ("01", 1),
        ("04", 1),
        ("05", 1),
        ("06", 2),
        ("08", 2),
        ("09", 3),
        ("13", 3),
        ("16", 3),
        ("14", 4),
        ("15", 4),
        ("17", 4),
        ("19", 4),
        ("20", 4),
    ],
)
def test_coding_codebook_quad_class_by_root(root: str, quad: int) -> None:
    assert quad_class_of_root(root) == quad
    assert all(i.quad_class == quad for i in load_codebook() if i.root == root)


def test_coding_codebook_every_code_is_valid() -> None:
    book = load_codebook()
    for info in book:
        assert isinstance(info, CodeInfo)
        assert info.code.startswith(info.root)
        assert -10.0 <= info.goldstein <= 10.0
        assert info.label and info.label[0].isupper() and not info.label.isupper()
        assert len(info.label) <= 60
        if len(info.code) > 2:
            assert info.code[:-1] in book or info.code[:2] in book


@pytest.mark.parametrize(
    ("code", "label", "goldstein", "ptype", "pmode"),
    [
        ("042", "Make a visit", 1.9, "CONSULT", "visit"),
        ("043", "Host a visit", 2.8, "CONSULT", "visit"),
        ("044", "Meet at a third location", 2.5, "CONSULT", "third-party"),
        ("041", "Talk by phone", 1.0, "CONSULT", "phone"),
        ("036", "Signal willingness to meet or negotiate", 4.0, "AGREE", None),
        ("057", "Sign an agreement", 8.0, "SUPPORT", None),
        ("016", "Deny responsibility", -2.0, None, None),
        ("112", "Accuse", -2.0, "ACCUSE", "disapprove"),
        ("163", "Impose sanctions, embargo or boycott", -8.0, "COERCE", "restrict"),
        ("190", "Use conventional military force", -10.0, "ASSAULT", None),
    ],
)
def test_coding_codebook_known_codes(
    code: str, label: str, goldstein: float, ptype: str | None, pmode: str | None
) -> None:
    info = load_codebook().get(code)
    assert (info.label, info.goldstein, info.plover_type, info.plover_mode) == (
        label,
        goldstein,
        ptype,
        pmode,
    )


@pytest.mark.parametrize(
    "code",
    [
        "020",
        "026",
        "030",
        "036",
        "040",
        "041",
        "042",
        "043",
        "044",
        "045",
        "046",
        "050",
        "051",
        "057",
        "060",
        "061",
        "062",
        "070",
        "071",
        "073",
        "080",
        "084",
        "087",
        "090",
        "100",
        "106",
        "110",
        "111",
        "112",
        "114",
        "120",
        "125",
        "130",
        "138",
        "140",
        "141",
        "150",
        "154",
        "160",
        "161",
        "163",
        "166",
        "170",
        "173",
        "174",
        "180",
        "190",
        "193",
        "195",
        "200",
    ],
)
def test_coding_codebook_plover_mapping_for_common_codes(code: str) -> None:
    info = load_codebook().get(code)
    assert info.plover_type in {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }


def test_coding_codebook_plover_modes_are_listed_modes(shared_dir: Path) -> None:
    table = shared_dir / "data" / "cameo" / "plover_event_types_modes.tsv"
    modes: dict[str, set[str]] = {}
    with table.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            modes[row["event"]] = set(filter(None, (row["modes"] or "").split(";")))
    for info in load_codebook():
        if info.plover_mode:
            assert info.plover_type is not None
            assert info.plover_mode in modes[info.plover_type], info


def test_coding_codebook_matches_shared_goldstein(shared_dir: Path) -> None:
    table = shared_dir / "data" / "cameo" / "CAMEO.goldsteinscale.txt"
    book = load_codebook()
    for line in table.read_text(encoding="utf-8").splitlines()[1:]:
        code, value = line.split()
        assert book.get(code).goldstein == float(value)


def test_coding_codebook_lookup_helpers() -> None:
    book = load_codebook()
    assert "044" in book and "999" not in book
    assert book.find("999") is None
    with pytest.raises(KeyError):
        book.get("999")
    assert [i.code for i in book.children("04")] == [
        "040",
        "041",
        "042",
        "043",
        "044",
        "045",
        "046",
    ]
    assert load_codebook() is book  # parsed once per process


def _write(tmp_path: Path, cameo_rows: str, plover_rows: str = "") -> tuple[Path, Path]:
    roots = "".join(f"{r},{r},Root {r},0.0,{quad_class_of_root(r)}\n" for r in ROOTS)
    cameo = tmp_path / "cameo.csv"
    plover = tmp_path / "plover.csv"
    cameo.write_text(CAMEO_HEADER + roots + cameo_rows, encoding="utf-8")
    plover.write_text(PLOVER_HEADER + plover_rows, encoding="utf-8")
    return cameo, plover


@pytest.mark.parametrize(
    ("cameo_rows", "plover_rows", "where", "reason"),
    [
        ("042,04,Make a visit,11.0,1\n", "", "cameo.csv:22", "outside [-10, 10]"),
        ("042,05,Make a visit,1.9,1\n", "", "cameo.csv:22", "bad root"),
        ("042,04,Make a visit,1.9,3\n", "", "cameo.csv:22", "quad class 3"),
        ("042,04,,1.9,1\n", "", "cameo.csv:22", "no label"),
        ("042,04,Make a visit,high,1\n", "", "cameo.csv:22", "bad number"),
        ("042,04,Make a visit,1.9,1\n042,04,Again,1.9,1\n", "", "cameo.csv:23", "duplicate"),
        ("", "999,CONSULT,visit\n", "plover.csv:2", "unknown CAMEO code"),
    ],
)
def test_coding_codebook_rejects_bad_rows(
    tmp_path: Path, cameo_rows: str, plover_rows: str, where: str, reason: str
) -> None:
    cameo, plover = _write(tmp_path, cameo_rows, plover_rows)
    with pytest.raises(DataFileError) as info:
        parse_codebook(cameo, plover)
    assert str(info.value).startswith(where + ":"), str(info.value)
    assert reason in str(info.value)


def test_coding_codebook_rejects_missing_root(tmp_path: Path) -> None:
    cameo = tmp_path / "cameo.csv"
    cameo.write_text(CAMEO_HEADER + "01,01,Statement,0.0,1\n", encoding="utf-8")
    plover = tmp_path / "plover.csv"
    plover.write_text(PLOVER_HEADER, encoding="utf-8")
    with pytest.raises(DataFileError, match="root codes missing: 02"):
        parse_codebook(cameo, plover)


def test_coding_codebook_rejects_bad_header(tmp_path: Path) -> None:
    cameo = tmp_path / "cameo.csv"
    cameo.write_text("code,label\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cameo\.csv:1: header"):
        parse_codebook(cameo, tmp_path / "plover.csv")
