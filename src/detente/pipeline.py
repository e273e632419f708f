"""The coding pipeline: Article -> (Article, [Event]).

A :class:`Coder` holds what is expensive to build (the spaCy pipeline with the actor ruler, the
knowledge base, the codebook, the pattern lexicon, the gazetteer) and is built once per process
from a picklable :class:`~detente.config.Options`.

With ``Options.prefilter`` (the default) a :class:`~detente.nlp.prefilter.Prefilter` first
decides which sentences can hold an event between known actors; an article without one is not
parsed at all (it is stored with no events), and in the others the skipped sentences are
blanked (same length), so every offset and event id stays that of the full text. The article's
country ranking is counted over the whole text from the same scan, with the pre-filter on or
off, and handed to the extractor, so the main countries do not depend on what is parsed.
``Coder.stats`` counts articles and characters seen and parsed.
"""

from __future__ import annotations

import logging
import re
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
#: articles held back while a batch of articles to parse fills, per article of batch size
MAX_PENDING_FACTOR = 8


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
        self.extractor = EventExtractor(self.kb, load_codebook(), lexicon,
                                        Gazetteer.load().warm())
        from detente.nlp.prefilter import Prefilter

        self.prefilter: Prefilter | None = None
        if self.options.prefilter:
            self.prefilter = Prefilter(self.kb, lexicon,
                                       context=self.options.prefilter_context)
        #: counts the article's countries over the whole text when the pre-filter is off
        self.ranker = self.prefilter or Prefilter(self.kb, None, context="none")
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

    def _text_to_parse(self, article: Article) -> Doc | None:
        """What spaCy parses for ``article`` (a tokenized doc of the same length as the
        article text so offsets hold, with preset sentence starts when the pre-filter blanked
        sentences, and the article's country counts in ``user_data``), or None when the
        pre-filter finds no sentence that can hold an event."""
        from detente.nlp.actor_common import ISSUER
        from detente.nlp.actors import COUNTRY_COUNTS
        from detente.nlp.prefilter import mark_paragraph_starts, mark_sentence_starts
        from detente.resolve import DOC_TEXT

        self.stats["articles"] += 1
        self.stats["chars"] += len(article.text)
        if self.prefilter is None:
            self.stats["parsed_articles"] += 1
            self.stats["parsed_chars"] += len(article.text)
            text = _break_long(article.text)
            doc = mark_paragraph_starts(self.nlp.make_doc(text), text)
            doc.user_data[DOC_TEXT] = text
            doc.user_data[COUNTRY_COUNTS] = self.ranker.country_counts(article.text,
                                                                       article.skip_spans)
            doc.user_data[ISSUER] = self.ranker.issuer(article.title, article.text)
            return doc
        issuer = self.prefilter.issuer(article.title, article.text)
        scan = self.prefilter.scan(article.text, article.skip_spans, issuer)
        if not scan.relevant:
            return None
        self.stats["parsed_articles"] += 1
        self.stats["parsed_chars"] += scan.kept_chars
        text = _break_long(self.prefilter.blank(article.text, scan))
        doc = mark_paragraph_starts(self.nlp.make_doc(text), text)
        doc.user_data[DOC_TEXT] = text
        doc.user_data[COUNTRY_COUNTS] = scan.countries
        doc.user_data[ISSUER] = issuer
        return mark_sentence_starts(doc, scan)

    def code(self, article: Article) -> Result:
        return next(iter(self.code_many([article])))

    def code_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Code articles in batches through ``nlp.pipe``; order is preserved.

        A batch is ``Options.batch_size`` articles *to parse*: with the pre-filter most
        articles are never parsed, and filling ``nlp.pipe``'s batches with the ones that are
        keeps the network's matrix products large (about 5% faster than batches of a third
        of the size). At most ``MAX_PENDING_FACTOR * batch_size`` articles wait in memory.
        """
        size = max(1, self.options.batch_size)
        pending: list[tuple[Article, str | Doc | Result]] = []
        n_parse = 0
        for article in articles:
            item = self._prepare(article)
            pending.append((article, item))
            n_parse += not isinstance(item, Result)
            if n_parse >= size or len(pending) >= MAX_PENDING_FACTOR * size:
                yield from self._finish(pending)
                pending = []
                n_parse = 0
        if pending:
            yield from self._finish(pending)

    def _prepare(self, article: Article) -> str | Doc | Result:
        """What to parse for ``article``, or its result when there is nothing to parse (a
        quarantined article, or one the pre-filter finds nothing in)."""
        bad = self._check(article)
        if bad is not None:
            return Result(article, [], bad)
        text = self._text_to_parse(article)
        if text is None:  # the pre-filter found nothing that can hold an event
            return Result(article, [])
        return text

    def _finish(self, pending: list[tuple[Article, str | Doc | Result]]) -> Iterator[Result]:
        texts = [item for _a, item in pending if not isinstance(item, Result)]
        docs = iter(self.nlp.pipe(texts, batch_size=max(1, len(texts))) if texts else ())
        for a, item in pending:
            if isinstance(item, Result):
                yield item
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
    """``text`` with a line break put for a space in every stretch of more than
    ``MAX_SENTENCE_CHARS`` characters with no sentence end (``.!?`` or a line break), at the
    first space past that length, counted again from there (same length: offsets hold)."""
    if len(text) < MAX_SENTENCE_CHARS:
        return text
    # (only a stretch longer than the limit can hold a break: found by a pattern, not by a
    # walk over every character of the article)
    longer = _LONG_RUN.get(MAX_SENTENCE_CHARS)
    if longer is None:
        longer = _LONG_RUN[MAX_SENTENCE_CHARS] = re.compile(
            rf"[^.!?\n]{{{MAX_SENTENCE_CHARS + 1},}}")
    chars: list[str] | None = None
    for m in longer.finditer(text):
        start, end = m.span()
        while (at := text.find(" ", start + MAX_SENTENCE_CHARS, end)) >= 0:
            if chars is None:
                chars = list(text)
            chars[at] = "\n"
            start = at + 1
    return text if chars is None else "".join(chars)


#: the pattern of a stretch longer than a limit with no sentence end, by limit
_LONG_RUN: dict[int, re.Pattern[str]] = {}
