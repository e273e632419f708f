"""The one exception tree of detente.

::

    DetenteError                     (E000) base; carries a code and a hint
    ├── UsageError                   (E1xx) bad flags, options or questions -> exit 2
    ├── InputError                   (E2xx) an input file/URL/record could not be read
    │   └── ArticleRejected          (E21x) one article is unusable (empty, too big, not English)
    ├── DataFileError                (E3xx) a knowledge-base / pattern / import file is malformed
    ├── StoreError                   (E4xx) the database cannot be opened or written
    │   └── StoreLockedError         (E41x) another process (e.g. `detente serve`) holds it
    ├── ModelError                   (E5xx) the spaCy model is missing or broken
    ├── ForecastError                (E6xx) forecasting input is unusable (splits, histories)
    ├── WorkerError                  (E700) a worker process died (killed, out of memory)
    ├── ClusterError                 (E710) the Dask scheduler is unreachable or failed
    └── OutputError                  (E720) the Parquet output folder cannot be written

Lower-level exceptions are wrapped at the boundary with ``raise ... from exc`` so the CLI can
print one clear line (code, what, where, what to do) and never a traceback.
"""

from __future__ import annotations


class DetenteError(Exception):
    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None,
                 where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.where = where
        if code:
            self.code = code

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def one_line(self) -> str:
        return f"[{self.code}] {self}"


class UsageError(DetenteError):
    code = "E100"


class InputError(DetenteError):
    code = "E200"


class ArticleRejected(InputError):
    code = "E210"


class DataFileError(DetenteError):
    code = "E300"


class StoreError(DetenteError):
    code = "E400"


class StoreLockedError(StoreError):
    code = "E410"


class ModelError(DetenteError):
    code = "E500"


class ForecastError(DetenteError):
    code = "E600"


class WorkerError(DetenteError):
    """A worker process died (killed, out of memory) while coding."""

    code = "E700"


class ClusterError(DetenteError):
    """The Dask scheduler cannot be reached or the cluster failed."""

    code = "E710"


class OutputError(DetenteError):
    """The Parquet output folder cannot be created or written."""

    code = "E720"
