"""Quarantine codes of the readers: one per kind of problem, inside the E2xx input range."""

from __future__ import annotations

from dataclasses import dataclass

from detente.model import Quarantined

__all__ = ["Problem", "quarantine"]

NOT_FOUND = "E201"  # path does not exist
NO_FILES = "E202"  # directory or glob with nothing readable
FETCH = "E203"  # URL could not be fetched
BINARY = "E204"  # binary data where text was expected
ENCODING = "E205"  # bytes that no encoding decodes
MALFORMED = "E206"  # JSON / JSON Lines / front matter syntax error, or wrong shape
BAD_FEED = "E207"  # not a feed, or a feed without items
BAD_WARC = "E208"  # damaged or empty WARC file
READ_ERROR = "E209"  # the operating system refused to read
EMPTY = "E211"  # nothing in the file
TOO_BIG = "E212"  # over --max-bytes
NO_TEXT = "E213"  # a record, page or item without article text
BAD_DATE = "E214"  # a publication date that cannot be parsed
UNEXPECTED = "E219"  # a reader bug: reported, the batch goes on


@dataclass(frozen=True, slots=True)
class Problem:
    """A reader problem before its origin is known: code and a one-line reason."""

    code: str
    reason: str

    def at(self, origin: str, line: int | None = None, item_id: str | None = None) -> Quarantined:
        return Quarantined(origin, self.reason, self.code, line, item_id)


def quarantine(origin: str, code: str, reason: str, line: int | None = None,
               item_id: str | None = None) -> Quarantined:
    """Shorthand for a :class:`Quarantined` record."""
    return Quarantined(origin, reason, code, line, item_id)
