"""benchmarks/miss_stages.py: the split of "linked, no event" misses by what removed the
candidate (pure functions, and the step recorder on a toy extractor: no spaCy model)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _miss_stages() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))  # (it imports benchmarks/sealed.py)
    try:
        spec = importlib.util.spec_from_file_location("miss_stages",
                                                      ROOT / "benchmarks" / "miss_stages.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["miss_stages"] = module  # (its dataclass looks its module up there)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


MS = _miss_stages()
Out = MS.Outcome


@pytest.mark.parametrize("outcomes, want, root, expected", [
    ([None], {("USA", "CHN")}, "04", "trigger not stepped"),
    ([Out(((("USA", "CHN"), "04", "consult.meet"),))], {("USA", "CHN")}, "04",
     "merge: given by the trigger, dropped in the sentence (told once, purpose)"),
    ([Out(((("USA", "CHN"), "03", "consult.meet+intent"),))], {("USA", "CHN")}, "04",
     "recoded to 03 (+intent)"),
    # (recoded the other way round still names the rewrite)
    ([Out(((("CHN", "USA"), "12", "aid.send+refused"),))], {("USA", "CHN")}, "07",
     "recoded to 12 (+refused)"),
    ([Out(((("USA", "JPN"), "04", "consult.meet"),))], {("USA", "CHN")}, "04",
     "other pair: same root"),
    ([Out((), "screen: standing measure")], {("USA", "CHN")}, "16", "screen: standing measure"),
    # the closest candidate wins: an event given beats a screen
    ([Out((), "screen: generic"), Out(((("USA", "CHN"), "03", "x+intent"),))],
     {("USA", "CHN")}, "04", "recoded to 03 (+intent)"),
    ([Out((), "no pair: pairs made under: sources x targets",
        (frozenset({"USA", "CHN"}), frozenset()))], {("USA", "CHN")}, "19",
     "no pair: pairs made under: sources x targets [both gold sides as sources, no target]"),
    ([Out((), "no pair: x", (frozenset({"SDN"}), frozenset()))], {("SDN", "SDN")}, "19",
     "no pair: x [one-country gold, no target found]"),
    ([Out((), "no pair: x", (frozenset(), frozenset({"MOZ"})))], {("MOZ", "MOZ")}, "18",
     "no pair: x [one-country gold, no source found]"),
    ([Out((), "no pair: x", (frozenset(), frozenset({"USA", "CHN"})))], {("USA", "CHN")}, "11",
     "no pair: x [gold sides kept]"),
    ([Out((), "no pair: x", (frozenset({"USA"}), frozenset()))], {("USA", "CHN")}, "11",
     "no pair: x [a gold side lost in the step]"),
])
def test_bench_miss_stages_noevent_reason(outcomes: list[Any], want: set[Any], root: str,
                                          expected: str) -> None:
    assert MS.noevent_reason(outcomes, want, root) == expected


@pytest.mark.parametrize("why, expected", [
    ("standing measure (the sanctions on steel)", "standing measure"),
    ("declined to speak", "declined to speak"),
    # a label the package's code does not write could carry the text's words
    ("Some Words Of A Sentence (x)", "other"),
])
def test_bench_miss_stages_why_label_keeps_code_words_only(why: str, expected: str) -> None:
    known = 'return f"standing measure ({about.text})"\nreturn "declined to speak"\n'
    assert MS._why_label(why, known) == expected


def test_bench_miss_stages_coded_reason() -> None:
    assert MS.coded_reason(True, None) == "in output: taken by another gold event"
    assert MS.coded_reason(False, "one_member") == "dropped by the article's pass: one_member"


def _side(country: str) -> Any:
    return SimpleNamespace(actor=SimpleNamespace(country=country))


class ToyExtractor:
    """An extractor whose per-trigger step has a screen, a pairing and a skip, as the real
    one has (the recorder reads the step's own code)."""

    def _events_for(self, trig: Any, sent: Any) -> Iterator[Any]:
        sources = [_side(c) for c in trig.src]
        targets = [_side(c) for c in trig.tgt]
        why = "standing measure (words)" if trig.screen else None
        if why is not None:
            return
        pairs = [(a, b) for a in sources for b in targets]
        if not pairs:
            return
        for s, t in pairs:
            if s.actor.country == t.actor.country:
                continue
            yield SimpleNamespace(source=s.actor, target=t.actor, root="04", rule="toy.meet")


def _trig(i: int, src: tuple[str, ...], tgt: tuple[str, ...], screen: bool = False) -> Any:
    return SimpleNamespace(token=SimpleNamespace(i=i), pattern=SimpleNamespace(id="toy.meet"),
                           src=src, tgt=tgt, screen=screen)


def test_bench_miss_stages_recorder_labels_each_way_out() -> None:
    ex = ToyExtractor()
    rec = MS.StepRecorder(ex)
    rec._known = 'f"standing measure ({about.text})"'
    try:
        got = [list(ex._events_for(t, None)) for t in (
            _trig(1, ("USA",), ("CHN",)), _trig(2, ("USA",), ("CHN",), screen=True),
            _trig(3, ("USA", "CHN"), ()), _trig(4, ("USA",), ("USA",)))]
    finally:
        rec.restore()
    assert [len(g) for g in got] == [1, 0, 0, 0]  # (the step's events pass through)
    assert rec.records[(1, "toy.meet")] == [Out(((("USA", "CHN"), "04", "toy.meet"),))]
    assert rec.records[(2, "toy.meet")][0].label == "screen: standing measure"
    third = rec.records[(3, "toy.meet")][0]
    assert third.label == "no pair: pairs made under: top"
    assert third.sides == (frozenset({"USA", "CHN"}), frozenset())
    assert rec.records[(4, "toy.meet")][0].label == (
        "pairs skipped: s.actor.country == t.actor.country")
    assert "_events_for" not in vars(ex)  # (restored: the class's own step again)
