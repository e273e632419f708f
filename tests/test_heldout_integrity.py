"""The blind held-out sets stay held out: no test or package file repeats their sentences.

A rule or test written from a held-out sentence makes that set worthless as a check on
unseen news (see ``examples/heldout*/README.md``). This test looks for any run of ``N`` words
shared by a held-out article and a file under ``src/`` or ``tests/``. Word runs that the
development corpus (``examples/corpus``) also contains are allowed: they are common phrasing
("the Great Hall of the People in Beijing"), not a copied held-out sentence; so are runs inside
one name of the actor knowledge base (an organisation's official name of nine words or more).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N = 9
WORD = re.compile(r"[a-z0-9']+")


def shingles(text: str, n: int = N) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def held_out() -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted([*ROOT.glob("examples/heldout*/corpus/*"),
                     *ROOT.glob("examples/train*/corpus/*")]):
        for s in shingles(f.read_text(encoding="utf-8")):
            out.setdefault(s, f"{f.parent.parent.name}/{f.name}")
    dev: set[str] = set()
    for f in (ROOT / "examples" / "corpus").glob("*"):
        if f.is_file():
            dev |= shingles(f.read_text(encoding="utf-8", errors="replace"))
    names: set[str] = set()
    for f in (ROOT / "src" / "detente" / "coding" / "data" / "actors").glob("*.yaml"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("#"):
                names |= shingles(line.split(":", 1)[-1] if ": " in line else line)
    return {s: where for s, where in out.items() if s not in dev and s not in names}


def test_heldout_integrity_shingles_find_a_copied_run() -> None:
    text = "Officials said on Monday the two ministers met in Geneva to discuss the ceasefire."
    assert shingles(text) & shingles("x " + text.upper() + " y")
    assert not shingles(text) & shingles("The two ministers met in Geneva on Monday.")


def test_heldout_integrity_no_held_out_sentence_in_code_or_tests() -> None:
    held = held_out()
    if not held:
        pytest.skip("no held-out corpus in examples/")
    me = Path(__file__).resolve()
    files = [p for p in (*ROOT.glob("src/**/*"), *ROOT.glob("tests/**/*"))
             if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json", ".jsonl", ".txt",
                                             ".csv", ".tsv") and p.resolve() != me]
    found = []
    for p in files:
        for s in sorted(shingles(p.read_text(encoding="utf-8", errors="replace")) & held.keys()):
            found.append(f"{p.relative_to(ROOT)}: '{s}' (from {held[s]})")
    assert not found, "held-out wording copied (rewrite in other words):\n" + "\n".join(found)
