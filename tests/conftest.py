"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent;
tests that load the spaCy model share one Coder per session (marked slow)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"reference data folder {SHARED} is absent (../shared is not part of a clone)")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    from detente.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def coder_all():
    """A coder that parses every sentence (pre-filter off), shared by the modules that test
    single constructions: a one-sentence article may name its second side only elsewhere."""
    from detente.config import Options
    from detente.pipeline import Coder

    return Coder(options=Options(prefilter=False))


@pytest.fixture(scope="session")
def extracted_pairs(coder):
    """The (source country, root, code, target country, status) of the events with both
    sides that the extractor codes from ``text`` (repaired, every sentence parsed) as an
    article published on ``published``."""
    from detente.ingest.repair import repair_text
    from detente.model import Article

    def _coded(text: str, published: date) -> set[tuple[str, str, str, str, str]]:
        rep = repair_text(text)
        art = Article(id=Article.make_id(rep.text), title=None, text=rep.text,
                      published=published, origin="test", raw_text=text)
        return {(e.source.country or "", e.root, e.cameo, e.target.country or "",
                 e.status.value)
                for e in coder.extractor.extract(coder.nlp(art.text), art)
                if e.source is not None and e.target is not None}

    return _coded


@pytest.fixture(scope="session")
def pair_roots(extracted_pairs):
    """``pair_roots(text, published)``: the (source country, root, target country) of the
    events with both sides that ``extracted_pairs`` codes from ``text``."""
    def _roots(text: str, published: date) -> set[tuple[str, str, str]]:
        return {(s, r, t) for s, r, _, t, _ in extracted_pairs(text, published)}

    return _roots


@pytest.fixture
def make_article():
    from detente.ingest.repair import repair_text
    from detente.model import Article

    def _make(text: str, published: date | None = date(2023, 10, 6), title: str | None = None,
              id: str | None = None) -> Article:
        rep = repair_text(text)
        return Article(id=id or Article.make_id(rep.text, title), title=title, text=rep.text,
                       published=published, origin="test", raw_text=text,
                       repairs=rep.repairs, skip_spans=rep.skip_spans)

    return _make


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_DB", str(tmp_path / "test.duckdb"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_cli(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None):
    """Run the real console entry point in a subprocess (exit code + stdout + stderr)."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "detente.cli", *args], input=input,
                          capture_output=True, text=True, env=full_env, cwd=cwd, timeout=600)


@pytest.fixture
def coded_pairs(make_article):
    """``coded_pairs(coder, text, published, title=None)``: the (source country, root, target
    country) of the events with both sides that ``coder`` codes from a whole article (the
    pre-filter, and the issuer its title names, included)."""

    def _pairs(coder, text: str, published: date, title: str | None = None
               ) -> set[tuple[str, str, str]]:
        events = coder.code(make_article(text, published=published, title=title)).events
        return {(e.source.country or "", e.root, e.target.country or "")
                for e in events if e.source is not None and e.target is not None}

    return _pairs


@pytest.fixture
def triples(coder, make_article):
    """Code a text (published 2023-10-06, every sentence parsed) and return its
    (source country, root, target country) triples."""

    def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
        art = make_article(text, published=date(2023, 10, 6))
        events = coder.extractor.extract(coder.nlp(art.text), art)
        return {(e.source.country, e.root, e.target.country) for e in events}

    return _triples


@pytest.fixture
def phrase_codes(coder):
    """Actor codes of the phrase headed by ``word`` (its first occurrence in the text's last
    sentence), the sentences before it read as the article's context."""
    from detente.nlp.actors import ActorResolver

    def _codes(text: str, word: str, published: date = date(2023, 9, 21), *,
               follow: bool = True) -> list[str]:
        doc = coder.nlp(text)
        resolver = ActorResolver(coder.kb, published)
        resolver.prime(doc)
        sents = list(doc.sents)
        for sent in sents[:-1]:
            resolver.note_sentence(sent)
        tok = next(t for t in sents[-1] if t.text == word)
        return [r.actor.code for r in resolver.resolve(tok, follow=follow)]

    return _codes


@pytest.fixture(scope="session")
def resolve_in(coder):
    """Actor codes of the phrase headed by ``word`` (its first occurrence in the sentence
    that starts with ``start``), the article before that sentence read and its events noted,
    as the extractor remembers them."""
    from detente.model import Article
    from detente.nlp.actors import ActorResolver

    def _codes(text: str, day: date, start: str, word: str) -> list[str | None]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=day,
                      origin="test", raw_text=text)
        doc = coder.nlp(text)
        r = ActorResolver(coder.kb, day)
        r.prime(doc)
        for sent in doc.sents:
            if sent.text.strip().startswith(start):
                tok = next(t for t in sent if t.text == word)
                return [a.actor.code for a in r.resolve(tok, follow=False)]
            for ev in coder.extractor.sentence_events(sent, art, r, None):
                r.note_event(ev)
            r.note_sentence(sent)
        raise AssertionError(f"no sentence starts with {start!r}")

    return _codes


def _events_of(coder):
    """A function coding ``text`` as a one-text article published on ``published`` with
    ``coder``: the events (the article must not be skipped)."""
    from detente.model import Article

    def _events(text: str, published: date) -> list[Any]:
        art = Article(id=Article.make_id(text, None), title=None, text=text,
                      published=published, origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return res.events

    return _events


@pytest.fixture(scope="session")
def article_events(coder):
    """``article_events(text, published)``: the events of ``text`` coded as one article."""
    return _events_of(coder)


@pytest.fixture(scope="session")
def article_events_all(coder_all):
    """As ``article_events``, with the pre-filter off."""
    return _events_of(coder_all)


@pytest.fixture(scope="session")
def event_rows_all(article_events_all):
    """``event_rows_all(text, published, by="code", digits=2)``: (source, CAMEO root -- or the
    first ``digits`` digits of the code --, target, status) of each event of ``text``, coded
    with the pre-filter off; sides by actor code ("IRNCOP") or, with ``by="country"``, by
    country ("IRN")."""
    def _rows(text: str, published: date, by: str = "code", digits: int = 2
              ) -> set[tuple[str | None, str, str | None, str]]:
        def side(a: Any) -> str | None:
            return None if a is None else (a.code if by == "code" else a.country)
        return {(side(e.source), e.cameo[:digits], side(e.target), e.status.value)
                for e in article_events_all(text, published)}

    return _rows


@pytest.fixture(scope="session")
def root_triples_all(article_events_all):
    """``root_triples_all(text)``: (source country, root, target country) of each event of
    ``text``, coded with the pre-filter off as one article published on 2024-03-01."""
    def _triples(text: str, published: date = date(2024, 3, 1)
                 ) -> set[tuple[str | None, str, str | None]]:
        return {(e.source.country if e.source else None, e.cameo[:2],
                 e.target.country if e.target else None)
                for e in article_events_all(text, published)}

    return _triples


@pytest.fixture(scope="session")
def coded_rows(sentence_rows):
    """``coded_rows(published, by="code", digits=4)``: a function of ``text`` giving
    (source, CAMEO code to ``digits`` digits, target, status) of every event of ``text``
    coded as one article of ``published``, every sentence parsed (sides by actor code or,
    with ``by="country"``, by country)."""
    def _of(published: date, by: str = "code", digits: int = 4) -> Any:
        return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
            text, published, by=by, digits=digits, prefilter=False)}

    return _of


@pytest.fixture(scope="session")
def codes3(coded_rows):
    """``codes3(published, by="country")``: a function of ``text`` giving the (source,
    3-digit code, target) of every event, sides by country (or, with ``by="code"``, by actor
    code), a missing side as None (the roots, multilateral and actor tables)."""
    def _of(published: date, by: str = "country") -> Any:
        rows = coded_rows(published, by=by, digits=3)
        return lambda text: {(s or None, c, t or None) for s, c, t, _st in rows(text)}

    return _of


@pytest.fixture(scope="session")
def coded_codes(coded_rows):
    """``coded_codes(text)``: ``coded_rows`` of an article of 10 June 2025 (the speech28-30
    tables)."""
    return coded_rows(date(2025, 6, 10))


@pytest.fixture(scope="session")
def coded(coded_codes):
    """``coded(text)``: ``coded_codes`` under the name most rule tables use (a module may
    still define its own ``coded``)."""
    return coded_codes


@pytest.fixture(scope="session")
def has_event():
    """``has_event(rows, src, code, tgt)``: whether one of the (source, code, target, ...)
    ``rows`` has a source, code and target starting with ``src``, ``code`` and ``tgt`` (a
    missing side matches only "")."""
    def _has(rows: Any, src: str, code: str, tgt: str) -> bool:
        return any((r[0] or "").startswith(src) and r[1].startswith(code)
                   and (r[2] or "").startswith(tgt) for r in rows)

    return _has


@pytest.fixture(scope="session")
def sentence_rows(coder, coder_all):
    """``sentence_rows(text, published, start="", *, by="code", digits=2, both=False,
    prefilter=True)``: (source, target, the first ``digits`` digits of the CAMEO code, status)
    of each event of ``text`` (coded as one article, repaired as ingest does) whose evidence
    sentence starts with ``start``. Sides by actor code ("IRNCOP") or, with ``by="country"``,
    by country ("IRN"; a missing side is ""); ``both``: only events with both sides;
    ``prefilter=False`` parses every sentence; ``kept``: the article must not be skipped (a
    row that must be absent is then not absent only because nothing was read)."""
    from detente.ingest.repair import repair_text
    from detente.model import Article

    def _rows(text: str, published: date, start: str = "", *, by: str = "code",
              digits: int = 2, both: bool = False, prefilter: bool = True,
              kept: bool = False) -> set[tuple[str | None, str | None, str, str]]:
        rep = repair_text(text)
        art = Article(id=Article.make_id(rep.text, None), title=None, text=rep.text,
                      published=published, origin="test", raw_text=text,
                      repairs=rep.repairs, skip_spans=rep.skip_spans)

        def side(a: Any) -> str | None:
            if by == "code":
                return a.code if a is not None else None
            return (a.country or "") if a is not None else ""

        res = (coder if prefilter else coder_all).code(art)
        assert not kept or res.skipped is None, res.skipped
        return {(side(e.source), side(e.target), e.cameo[:digits], e.status.value)
                for e in res.events
                if e.evidence.sentence.startswith(start)
                and not (both and (e.source is None or e.target is None))}

    return _rows


@pytest.fixture(scope="session")
def prefilter():
    """The pre-filter as the coder runs it by default (context "needed"), to ask which
    sentences of a text it keeps for parsing."""
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon(), context="needed")


@pytest.fixture(scope="session")
def code_sentence(coder):
    """Code ``text`` as a one-sentence article published on ``published``: the set of
    (source country, root, 3-digit code, target country) of its events."""
    events_of = _events_of(coder)

    def _code(text: str, published: date) -> set[tuple[str | None, str, str, str | None]]:
        return {(e.source.country if e.source else None, e.root, e.cameo,
                 e.target.country if e.target else None) for e in events_of(text, published)}

    return _code


@pytest.fixture(scope="session")
def check_sentence(code_sentence):
    """Assert that ``text`` (a one-sentence article published on ``published``) gives each
    (source, code, target) of ``present`` and none of ``absent``; a 2-digit code matches the
    root, a 3-digit one the code."""

    def has(got: set[tuple[str | None, str, str, str | None]],
            want: tuple[str, str, str]) -> bool:
        src, code, tgt = want
        return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
                   for s, r, c, t in got)

    def _check(text: str, present: set[tuple[str, str, str]], absent: set[tuple[str, str, str]],
               label: str, *, published: date) -> None:
        got = code_sentence(text, published)
        for want in present:
            assert has(got, want), (label, want, got)
        for unwanted in absent:
            assert not has(got, unwanted), (label, unwanted, got)

    return _check


@pytest.fixture
def pair_rows(coder_all, make_article):
    """``pair_rows(text, published, sentence)``: (source code, source country, target code,
    target country, CAMEO code, status) of the two-sided events of ``text`` (every sentence
    parsed) whose evidence sentence starts with ``sentence``; read with :func:`has_pair`."""
    def _rows(text: str, published: date, sentence: str) -> set[tuple[str, ...]]:
        art = make_article(text, published=published)
        return {(e.source.code or "", e.source.country or "", e.target.code or "",
                 e.target.country or "", e.cameo, e.status.value)
                for e in coder_all.code(art).events
                if e.source is not None and e.target is not None
                and e.evidence.sentence.startswith(sentence)}

    return _rows


@pytest.fixture
def has_pair():
    """``has_pair(rows, (source, target, code prefix, status))`` over :func:`pair_rows`: a
    side of six letters is an actor code ("IRNMIL"), a shorter one a country ("IRN")."""
    def _side(code: str, country: str, want: str) -> bool:
        return (code if len(want) == 6 else country) == want

    def _has(rows: set[tuple[str, ...]], want: tuple[str, str, str, str]) -> bool:
        return any(_side(r[0], r[1], want[0]) and _side(r[2], r[3], want[1])
                   and r[4].startswith(want[2]) and r[5] == want[3] for r in rows)

    return _has


@pytest.fixture
def check_pairs(has_pair):
    """``check_pairs(rows, want, unwanted)``: assert that :func:`pair_rows` ``rows`` hold every
    ``want`` row and none of the ``unwanted`` ones (the sentence -> pairs tables)."""
    def _check(rows: set[tuple[str, ...]], want: Any, unwanted: Any) -> None:
        for w in want:
            assert has_pair(rows, w), (w, rows)
        for u in unwanted:
            assert not has_pair(rows, u), (u, rows)

    return _check


@pytest.fixture
def expect_triples(sentence_rows):
    """``expect_triples(text, published, want, not_want, *, by="code", both=True)``: the
    (source, 4-digit CAMEO code, target) rows of ``text`` (every sentence parsed; sides by
    actor code, or by country with ``by="country"``; ``both``: two-sided events only) hold
    ``want`` and not ``not_want`` (either may be None)."""
    def _check(text: str, published: date, want: tuple[str, str, str] | None,
               not_want: tuple[str, str, str] | None, *, by: str = "code",
               both: bool = True) -> None:
        got = {(s, c, t) for s, t, c, _st in sentence_rows(
            text, published, by=by, digits=4, both=both, prefilter=False)}
        if want is not None:
            assert want in got, got
        if not_want is not None:
            assert not_want not in got, got

    return _check
