"""The coding pipeline: Article -> (Article, [Event]).

A :class:`Coder` holds what is expensive to build (the spaCy pipeline with the actor ruler, the
knowledge base, the codebook, the pattern lexicon, the gazetteer) and is built once per process
from a picklable :class:`~detente.config.Options`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from detente.config import Options
from detente.model import Article, Event, Quarantined

log = logging.getLogger(__name__)

MAX_SENTENCE_CHARS = 2000


@dataclass
class Result:
    """What coding one article gave: events, or why the article was not coded."""

    article: Article
    events: list[Event] = field(default_factory=list)
    skipped: Quarantined | None = None


class Coder:
    def __init__(self, options: Options | None = None) -> None:
        from detente.coding.actors import load_kb
        from detente.coding.codebook import load_codebook
        from detente.coding.patterns import load_lexicon
        from detente.nlp import load_nlp
        from detente.nlp.events import EventExtractor
        from detente.resolve.places import Gazetteer

        self.options = options or Options()
        t0 = time.perf_counter()
        self.nlp = load_nlp(self.options.model, self.options.actors_files)
        kb = self.nlp.get_pipe("detente_actors").kb
        self.kb = kb if kb is not None else load_kb(self.options.actors_files)
        self.extractor = EventExtractor(self.kb, load_codebook(), load_lexicon(),
                                        Gazetteer.load())
        log.info("pipeline ready in %.1fs", time.perf_counter() - t0)

    def _check(self, article: Article) -> Quarantined | None:
        lang = article.language
        if lang and lang.split("-")[0].lower() not in self.options.languages:
            return Quarantined(article.origin or article.id,
                               f"language {lang!r} is not coded (only "
                               f"{', '.join(self.options.languages)}); skipped",
                               code="E211", item_id=article.id)
        if not article.text.strip():
            return Quarantined(article.origin or article.id, "article has no text",
                               code="E212", item_id=article.id)
        return None

    def code(self, article: Article) -> Result:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Code articles in batches through ``nlp.pipe``; order is preserved."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if len(pending) >= self.options.batch_size:
                yield from self._batch(pending)
                pending = []
        if pending:
            yield from self._batch(pending)

    def _batch(self, batch: list[Article]) -> Iterator[Result]:
        ok: list[Article] = []
        results: dict[int, Result] = {}
        for i, a in enumerate(batch):
            bad = self._check(a)
            if bad is not None:
                results[i] = Result(a, [], bad)
            else:
                ok.append(a)
        texts = (_parse_text(a) for a in ok)
        docs = iter(self.nlp.pipe(texts, batch_size=self.options.batch_size))
        for i, a in enumerate(batch):
            if i in results:
                yield results[i]
                continue
            doc = next(docs)
            try:
                events = self.extractor.extract(doc, a)
            except Exception as exc:  # a bug on one article must not stop a batch
                log.exception("coding failed for %s", a.id)
                yield Result(a, [], Quarantined(a.origin or a.id,
                                                f"coding failed: {type(exc).__name__}: {exc}",
                                                code="E220", item_id=a.id))
                continue
            yield Result(a, events)


def _parse_text(article: Article) -> str:
    """The text spaCy sees: the article text with over-long 'sentences' (tables, lists
    without punctuation) broken so one enormous sentence cannot stall the parser.
    Offsets are preserved: only newlines are inserted in place of spaces."""
    text = article.text
    if len(text) < MAX_SENTENCE_CHARS:
        return text
    chars = list(text)
    run = 0
    for i, ch in enumerate(chars):
        if ch in ".!?\n":
            run = 0
            continue
        run += 1
        if run > MAX_SENTENCE_CHARS and ch == " ":
            chars[i] = "\n"
            run = 0
    return "".join(chars)
