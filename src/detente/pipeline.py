"""The coding pipeline: Article -> (Article, [Event]).

A :class:`Coder` holds what is expensive to build (the spaCy pipeline with the actor ruler, the
knowledge base, the codebook, the pattern lexicon, the gazetteer) and is built once per process
from a picklable :class:`~detente.config.Options`.

With ``Options.prefilter`` (the default) a :class:`~detente.nlp.prefilter.Prefilter` first
decides which sentences can hold an event between known actors; an article without one is not
parsed at all (it is stored with no events), and in the others the skipped sentences are
blanked (same length), so every offset and event id stays that of the full text.
``Coder.stats`` counts articles and characters seen and parsed.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.config import Options
from detente.model import Article, Event, Quarantined

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.nlp.prefilter import Prefilter

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
        kb = getattr(self.nlp.get_pipe("detente_actors"), "kb", None)
        self.kb = kb if kb is not None else load_kb(self.options.actors_files)
        lexicon = load_lexicon()
        self.extractor = EventExtractor(self.kb, load_codebook(), lexicon, Gazetteer.load())
        self.prefilter: Prefilter | None = None
        if self.options.prefilter:
            from detente.nlp.prefilter import Prefilter

            self.prefilter = Prefilter(self.kb, lexicon,
                                       context=self.options.prefilter_context)
        #: what the pre-filter saved: articles/chars seen and parsed (per Coder, not global)
        self.stats: Counter[str] = Counter()
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

    def _text_to_parse(self, article: Article) -> str | Doc | None:
        """What spaCy parses for ``article`` (a text, or a tokenized doc with preset sentence
        starts, of the same length as the article text so offsets hold), or None when the
        pre-filter finds no sentence that can hold an event."""
        self.stats["articles"] += 1
        self.stats["chars"] += len(article.text)
        if self.prefilter is None:
            self.stats["parsed_articles"] += 1
            self.stats["parsed_chars"] += len(article.text)
            return _break_long(article.text)
        scan = self.prefilter.scan(article.text, article.skip_spans)
        if not scan.relevant:
            return None
        self.stats["parsed_articles"] += 1
        self.stats["parsed_chars"] += scan.kept_chars
        from detente.nlp.prefilter import mark_sentence_starts

        doc = self.nlp.make_doc(_break_long(self.prefilter.blank(article.text, scan)))
        return mark_sentence_starts(doc, scan)

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
        parse: list[Article] = []
        texts: list[str | Doc] = []
        for a in ok:
            text = self._text_to_parse(a)
            if text is None:
                continue
            parse.append(a)
            texts.append(text)
        parsed = {id(a): i for i, a in enumerate(parse)}
        docs = iter(self.nlp.pipe(texts, batch_size=self.options.batch_size))
        for i, a in enumerate(batch):
            if i in results:
                yield results[i]
                continue
            if id(a) not in parsed:  # the pre-filter found nothing that can hold an event
                yield Result(a, [])
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


def _break_long(text: str) -> str:
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
