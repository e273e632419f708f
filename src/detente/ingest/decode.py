"""Bytes to text: binary detection, encoding detection, and format sniffing."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass

import charset_normalizer

from detente.ingest.problems import BINARY, ENCODING, Problem

__all__ = ["Decoded", "decode_bytes", "binary_kind", "sniff_format", "format_from_name",
           "format_from_content_type"]

# Encodings news text realistically comes in when it is not UTF-8.
_CANDIDATES = [
    "cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "cp1254",
    "cp1256", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
]
_LATIN_SINGLE_BYTE = {"cp1252", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "latin_1",
                      "iso8859_1", "iso8859_9", "mac_roman"}
_DETECT_SAMPLE = 200_000

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the encoding it came from."""

    text: str
    encoding: str


def binary_kind(head: bytes) -> str | None:
    """The kind of binary file ``head`` (its first few KB) starts, or None for text."""
    if not head or head.startswith(_BOMS):
        return None
    for magic, name in _MAGIC:
        if head.startswith(magic):
            if name == "executable" and magic == b"MZ" and head[2:3].isalpha():
                continue  # "MZ..." can start ordinary text
            return name
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > 0.05 * len(sample):
        return "binary data"
    return None


def decode_bytes(data: bytes) -> Decoded | Problem:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else a detected
    encoding. Returns a :class:`Problem` for binary data or bytes no encoding fits."""
    kind = binary_kind(data[:8192])
    if kind is not None:
        return Problem(BINARY, f"binary file ({kind}), not article text; pass text, HTML, JSON "
                               "Lines, a feed or a WARC file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = charset_normalizer.from_bytes(data[:_DETECT_SAMPLE], cp_isolation=_CANDIDATES).best()
    encoding = best.encoding if best is not None else None
    if encoding in _LATIN_SINGLE_BYTE:
        encoding = "cp1252"  # by far the commonest of the look-alike Latin code pages
    for enc in (encoding, "cp1252") if encoding else ():
        try:
            return Decoded(data.decode(enc), enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return Problem(ENCODING, f"text is not valid UTF-8 (bad byte at offset {first_bad}) and no "
                             "other encoding fits; convert the file to UTF-8")


def format_from_name(name: str) -> str | None:
    """Reader for a file name or URL path by its extension, or None when unknown."""
    low = name.lower().rsplit("/", 1)[-1]
    for suffix, fmt in (
        (".warc.gz", "warc"), (".jsonl.gz", "jsonl.gz"), (".ndjson.gz", "jsonl.gz"),
        (".warc", "warc"), (".txt", "text"), (".text", "text"), (".md", "text"),
        (".markdown", "text"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
        (".html", "html"), (".htm", "html"), (".xhtml", "html"), (".xml", "feed"),
        (".rss", "feed"), (".atom", "feed"),
    ):
        if low.endswith(suffix):
            return fmt
    return None


def format_from_content_type(content_type: str) -> str | None:
    """Reader for an HTTP Content-Type, or None when it says nothing useful."""
    ct = content_type.split(";", 1)[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml"):
        return "html"
    if ct in ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml"):
        return "feed"
    if ct in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines",
              "application/jsonlines"):
        return "jsonl"
    if ct == "application/json":
        return "json"
    if ct in ("application/warc", "application/x-warc"):
        return "warc"
    if ct in ("text/plain", "text/markdown"):
        return "text"
    return None


def sniff_format(head: bytes) -> str:
    """Guess the reader from the first few KB of a file: warc, jsonl.gz, html, feed, json,
    jsonl, text, or binary."""
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            return "binary"
        if inner.startswith(b"WARC/"):
            return "warc"
        if inner.lstrip().startswith(b"{"):
            return "jsonl.gz"
        return "binary"
    if binary_kind(head) is not None:
        return "binary"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096].decode("latin-1").lower()
    if text.startswith("<?xml") or text.startswith(("<rss", "<feed", "<rdf:rdf")):
        if "<rss" in text or "<feed" in text or "<rdf:rdf" in text:
            return "feed"
        return "html" if "<html" in text else "feed"
    if text.startswith(("<!doctype html", "<html", "<head", "<body", "<!--")) or (
            text.startswith("<") and "<html" in text):
        return "html"
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else "json"
        except ValueError:
            return "json"
    return "text"

