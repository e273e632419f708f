"""Article input: readers for every source format, text repair, dates and language.

Public API::

    read_inputs(paths, *, default_date=None, max_bytes=5_000_000, stdin=None, http_timeout=20.0)
        -> Iterator[Article | Quarantined]
    repair_text(text) -> RepairResult(text, repairs, skip_spans)
    parse_publication_date(value) -> date | None
    detect_language(text) -> str | None

This package is the only part of detente that does I/O on sources.
"""

from detente.ingest.dates import parse_publication_date
from detente.ingest.language import detect_language
from detente.ingest.repair import RepairResult, repair_text
from detente.ingest.sources import read_inputs

__all__ = ["read_inputs", "repair_text", "RepairResult", "parse_publication_date",
           "detect_language"]
