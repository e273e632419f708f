"""Where articles come from: files, directories, globs, URLs and stdin.

``read_inputs`` is the one entry point; it is lazy and never raises for bad input: each problem
becomes a :class:`~detente.model.Quarantined` record in the stream.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TextIO

from detente.ingest import problems as P
from detente.ingest.articles import ReadOptions, article_from_plain_text
from detente.ingest.decode import format_from_content_type, format_from_name, sniff_format
from detente.ingest.formats import (
    Item,
    bounded_lines,
    read_feed_bytes,
    read_html_bytes,
    read_json_bytes,
    read_jsonl_lines,
    read_text_bytes,
    read_warc_stream,
)

__all__ = ["read_inputs", "READABLE_SUFFIXES"]

log = logging.getLogger(__name__)

READABLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".ndjson",
                     ".jsonl.gz", ".ndjson.gz", ".html", ".htm", ".xhtml", ".xml", ".rss",
                     ".atom", ".warc", ".warc.gz")
_SNIFF_BYTES = 8192
_USER_AGENT = "detente/0.1 (news article reader)"


def read_inputs(
    paths: Sequence[str],
    *,
    default_date: date | None = None,
    max_bytes: int = 5_000_000,
    stdin: TextIO | None = None,
    http_timeout: float = 20.0,
) -> Iterator[Item]:
    """Read articles from ``paths`` lazily, in order.

    Each path may be a file, a directory (read recursively in sorted order, hidden files
    skipped), a glob pattern, an http(s) URL, or ``"-"`` for ``stdin`` (default
    ``sys.stdin``). The format follows the extension, the HTTP content type, or a sniff of the
    content: plain text / Markdown, JSON, JSON Lines (streamed line by line), HTML, RSS/Atom,
    WARC. Yields :class:`~detente.model.Article` records and, for every problem (missing path,
    binary or empty file, bad encoding, malformed line, size over ``max_bytes``, unparseable
    date, page without text ...), a :class:`~detente.model.Quarantined` record; never raises
    for bad input. ``default_date`` fills the publication date of articles that have none.
    """
    opts = ReadOptions(default_date=default_date, max_bytes=max_bytes,
                       http_timeout=http_timeout)
    if isinstance(paths, str | os.PathLike):  # one path given bare: not a list of characters
        paths = [os.fspath(paths)]
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            yield from _guard(lambda: _read_stdin(stdin or sys.stdin, opts), "stdin")
        elif path.startswith(("http://", "https://")):
            yield from _guard(lambda p=path: _read_url(p, opts), path)  # type: ignore[misc]
        elif os.path.isdir(path):
            yield from _read_directory(path, opts)
        elif os.path.exists(path):
            yield from _guard(lambda p=path: _read_file(p, opts), path)  # type: ignore[misc]
        elif glob.has_magic(path):
            yield from _read_glob(path, opts)
        else:
            yield P.quarantine(path, P.NOT_FOUND, "path does not exist; check the spelling")


def _guard(make: Callable[[], Iterator[Item]], origin: str) -> Iterator[Item]:
    """Run one reader; an unexpected exception becomes a quarantine record, not a crash."""
    try:
        yield from make()
    except UnicodeDecodeError as exc:  # text streams (stdin) decode as they are read
        yield P.quarantine(origin, P.ENCODING, f"input is not valid text in the expected "
                           f"encoding ({exc.encoding}, byte {exc.start}); convert it to UTF-8")
    except OSError as exc:
        yield P.quarantine(origin, P.READ_ERROR, f"cannot read ({exc.strerror or exc}); check "
                           "permissions")
    except Exception as exc:
        log.exception("reader failed on %s", origin)
        yield P.quarantine(origin, P.UNEXPECTED, f"reader failed ({type(exc).__name__}: "
                           f"{str(exc)[:100]}); please report this input")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _readable(name: str) -> bool:
    low = name.lower()
    return low.endswith(READABLE_SUFFIXES) or "." not in low


def _walk(top: str) -> Iterator[str]:
    """Files under ``top`` in sorted path order (a directory's entries interleaved by name),
    hidden files and directories skipped, symlinked directories not followed."""
    try:
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", top, exc)
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def _read_directory(top: str, opts: ReadOptions) -> Iterator[Item]:
    count = 0
    for path in _walk(top):
        if not _readable(os.path.basename(path)):
            log.info("skipping %s: not an article format", path)
            continue
        count += 1
        yield from _guard(lambda p=path: _read_file(p, opts), path)  # type: ignore[misc]
    if not count:
        yield P.quarantine(top, P.NO_FILES, "directory holds no readable article files "
                           "(.txt, .md, .json, .jsonl, .html, .xml/.rss/.atom, .warc)")


def _read_glob(pattern: str, opts: ReadOptions) -> Iterator[Item]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield P.quarantine(pattern, P.NO_FILES, "no files match the pattern; check the pattern "
                           "and quote it so the shell does not expand it")
        return
    for path in matches:
        if os.path.isdir(path):
            yield from _read_directory(path, opts)
        else:
            yield from _guard(lambda p=path: _read_file(p, opts), path)  # type: ignore[misc]


def _read_file(path: str, opts: ReadOptions) -> Iterator[Item]:
    fmt = format_from_name(path)
    size = os.stat(path).st_size
    if size == 0:
        yield P.quarantine(path, P.EMPTY, "file is empty; nothing to read")
        return
    if fmt is None:
        with open(path, "rb") as fh:
            fmt = sniff_format(fh.read(_SNIFF_BYTES))
    if fmt == "jsonl":
        with open(path, "rb") as fh:
            yield from read_jsonl_lines(bounded_lines(fh, opts.max_bytes), path, opts)
        return
    if fmt == "jsonl.gz":
        with gzip.open(path, "rb") as gz:
            yield from read_jsonl_lines(bounded_lines(gz, opts.max_bytes), path, opts)  # type: ignore[arg-type]
        return
    if fmt == "warc":
        with open(path, "rb") as fh:
            yield from read_warc_stream(fh, path, opts)
        return
    if size > opts.max_bytes:  # checked before reading: a huge file is never loaded
        what = "JSON file" if fmt == "json" else "article"
        yield P.quarantine(path, P.TOO_BIG, opts.too_big(what))
        return
    with open(path, "rb") as fh:
        data = fh.read(opts.max_bytes + 1)
    yield from _read_bytes(data, fmt, path, opts)


def _read_bytes(data: bytes, fmt: str, origin: str, opts: ReadOptions,
                url: str | None = None) -> Iterator[Item]:
    if len(data) > opts.max_bytes and fmt not in ("warc", "jsonl", "jsonl.gz"):
        yield P.quarantine(origin, P.TOO_BIG, opts.too_big())
        return
    if fmt == "binary":
        yield from read_text_bytes(data, origin, opts)  # reports the binary kind
    elif fmt == "text":
        yield from read_text_bytes(data, origin, opts)
    elif fmt == "json":
        yield from read_json_bytes(data, origin, opts)
    elif fmt == "jsonl":
        yield from read_jsonl_lines(io.BytesIO(data), origin, opts)
    elif fmt == "jsonl.gz":
        yield from read_jsonl_lines(gzip.GzipFile(fileobj=io.BytesIO(data)), origin, opts)
    elif fmt == "html":
        yield from read_html_bytes(data, origin, opts, url=url)
    elif fmt == "feed":
        yield from read_feed_bytes(data, origin, opts)
    elif fmt == "warc":
        yield from read_warc_stream(io.BytesIO(data), origin, opts)
    else:  # pragma: no cover - every sniffed format is handled above
        raise AssertionError(fmt)


def _read_url(url: str, opts: ReadOptions) -> Iterator[Item]:
    import httpx  # imported late: only needed for URLs

    try:
        with httpx.Client(timeout=opts.http_timeout, follow_redirects=True,
                          headers={"User-Agent": _USER_AGENT}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    yield P.quarantine(url, P.FETCH, f"HTTP {resp.status_code} "
                                       f"{resp.reason_phrase}; check the URL")
                    return
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > opts.max_bytes:
                    yield P.quarantine(url, P.TOO_BIG, opts.too_big())
                    return
                chunks: list[bytes] = []
                total = 0
                for chunk in resp.iter_bytes():
                    chunks.append(chunk)
                    total += len(chunk)
                    if total > opts.max_bytes:
                        yield P.quarantine(url, P.TOO_BIG, opts.too_big())
                        return
                content_type = resp.headers.get("content-type", "")
                final_url = str(resp.url)
    except httpx.HTTPError as exc:
        yield P.quarantine(url, P.FETCH, f"could not fetch ({type(exc).__name__}: "
                           f"{str(exc)[:100]}); check the URL and the network")
        return
    data = b"".join(chunks)
    if not data.strip():
        yield P.quarantine(url, P.EMPTY, "the URL returned an empty body; nothing to read")
        return
    path_part = final_url.split("?", 1)[0].split("#", 1)[0]
    sniffed = sniff_format(data[:_SNIFF_BYTES])
    fmt = format_from_content_type(content_type)
    if fmt == "feed" and sniffed == "html":
        fmt = "html"  # "application/xml" also serves XHTML pages
    elif fmt is None or fmt == "text":  # vague type: the URL's extension, else the content
        fmt = format_from_name(path_part) or sniffed
    yield from _read_bytes(data, fmt, url, opts, url=final_url)


def _read_stdin(stream: TextIO, opts: ReadOptions) -> Iterator[Item]:
    first_lines: list[str] = []
    for line in stream:
        first_lines.append(line)
        if line.strip():
            break
    head = "".join(first_lines)
    if not head.strip():
        yield P.quarantine("stdin", P.EMPTY, "no input on stdin; pipe articles in or pass paths")
        return
    first = first_lines[-1].strip()
    if first.startswith("{"):
        try:
            is_record = isinstance(json.loads(first), dict)
        except ValueError:
            is_record = False
        if is_record:
            lines = _chain([""] * (len(first_lines) - 1) + [first_lines[-1]], stream)
            yield from read_jsonl_lines(lines, "stdin", opts)
            return
    limit = opts.max_bytes
    rest = stream.read(limit + 1)
    text = head + rest
    if len(text) > limit and len(text.encode("utf-8")) > limit:
        yield P.quarantine("stdin", P.TOO_BIG, opts.too_big())
        return
    if first.startswith("["):
        try:
            is_list = isinstance(json.loads(text), list)
        except ValueError:
            is_list = False  # "[Editor's note] ..." is text
        if is_list:
            yield from read_json_bytes(text.encode("utf-8"), "stdin", opts)
            return
    yield article_from_plain_text(text, origin="stdin", opts=opts)


def _chain(head: list[str], rest: TextIO) -> Iterator[str]:
    yield from head
    yield from rest
