"""False positives, session 18 round 3 (nlp.screen): a protest that a diplomatic document
carries ("handed him a note of protest") is no demonstration by a state told only as "the
kingdom" or "the country"; and every module-level name of nlp.screen is bound once (two
lists once shared a name, so one screen silently used the other's words)."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

PUB = date(2023, 5, 10)
SRC = Path(__file__).resolve().parents[1] / "src" / "detente"


@pytest.fixture
def roots(sentence_rows):
    """(source country, target country, CAMEO code) of the two-sided events of ``text``."""
    return lambda text: {(s, t, c) for s, t, c, _st in sentence_rows(
        text, PUB, by="country", digits=4, both=True, prefilter=False)}


def _has_root(found: set[tuple[str, str, str]], row: tuple[str, str, str]) -> bool:
    return any(f[0] == row[0] and f[1] == row[1] and f[2].startswith(row[2]) for f in found)


# (sentence, a (source, target, code prefix) it must not have)
DROPPED = [
    # a note or letter of protest handed over by a state told by a descriptor
    ("Saudi Arabia withdrew its envoy from Beirut. On Thursday the kingdom called in "
     "Lebanon's ambassador and gave him a note of protest.", ("SAU", "LBN", "14")),
    ("Jordan was angered by the raid. The kingdom summoned the Israeli charge d'affaires in "
     "Amman and handed her a letter of protest.", ("JOR", "ISR", "14")),
    ("Morocco recalled its envoy from Algiers on Friday. The kingdom also handed the "
     "Algerian charge d'affaires a note of protest.", ("MAR", "DZA", "14")),
    # a refusal only to give out words is no rejection
    ("Pakistan declined to release figures on the number of Afghan refugees it has "
     "deported.", ("PAK", "AFG", "12")),
]

# (sentence, an event it must keep)
KEPT = [
    # the same documents from a government named: an official complaint
    ("Riyadh summoned the Lebanese envoy on Monday and gave him a letter of protest.",
     ("SAU", "LBN", "11")),
    ("Qatar condemned the raid. The emirate later sent a letter of protest to the Saudi "
     "embassy in Doha.", ("QAT", "SAU", "11")),
    ("Egypt was angered by the remarks. The country delivered a note of protest to the "
     "Ethiopian ambassador in Cairo.", ("EGY", "ETH", "114")),
    # a demonstration stays one
    ("Hundreds of Georgians protested outside the Russian embassy in Tbilisi.",
     ("GEO", "RUS", "14")),
    # refusing to give up or hand over a thing is a rejection
    ("Serbia refused to give up its claim to Kosovo.", ("SRB", "XKX", "12")),
    ("Venezuela refused to supply oil to Guyana.", ("VEN", "GUY", "12")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "row"), DROPPED)
def test_nlp_prec24_screened(roots, text, row) -> None:
    assert not _has_root(roots(text), row)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "row"), KEPT)
def test_nlp_prec24_kept(roots, text, row) -> None:
    assert _has_root(roots(text), row)


def _bound_twice(path: Path) -> list[str]:
    """Module-level names that ``path`` binds more than once (assignments, functions,
    classes), with their lines."""
    seen: dict[str, list[int]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        for n in names:
            seen.setdefault(n, []).append(node.lineno)
    return [f"{n} {lines}" for n, lines in seen.items() if len(lines) > 1]


@pytest.mark.parametrize("name", sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")))
def test_nlp_prec24_names_bound_once(name: str) -> None:
    """Every module of the package (not only nlp.screen, where two word lists once shadowed
    each other, and resolve.event_dates, where two more did)."""
    assert _bound_twice(SRC / name) == []


def test_nlp_prec24_bound_twice_is_seen(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text("A = 1\nB = 2\n\n\ndef f():\n    A = 3\n\n\nA = frozenset()\n")
    assert _bound_twice(f) == ["A [1, 9]"]


def test_nlp_prec24_lists_kept_apart() -> None:
    from detente.nlp import screen
    # the words of a refusal only to speak, and the acts of giving whose aim is the help
    assert "share" in screen.DETAIL_GIVING_VERBS and "deploy" not in screen.DETAIL_GIVING_VERBS
    assert {"deploy", "donate", "send"} <= screen.AID_GIVING_VERBS
    assert "once" in screen.ASK_CONDITION_MARKS and "once" not in screen.SUPPOSING_MARKS
