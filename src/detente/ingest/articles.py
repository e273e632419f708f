"""From fields found by a reader to an :class:`~detente.model.Article` (or a quarantine record).

Everything format-independent lives here: text repair, ids, dates, language, warnings; plus the
two formats that are only text: plain text / Markdown (with front matter or a date line) and
JSON records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import yaml

from detente.ingest import problems as P
from detente.ingest.dates import looks_like_date, parse_publication_date
from detente.ingest.language import detect_language
from detente.ingest.repair import repair_text
from detente.model import Article, Quarantined

__all__ = ["ReadOptions", "build_article", "article_from_plain_text", "article_from_record"]

NO_DATE_WARNING = "no publication date found"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when available


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Reader settings; one picklable object so worker processes can receive it."""

    default_date: date | None = None
    max_bytes: int = 5_000_000
    http_timeout: float = 20.0

    def too_big(self, what: str = "article") -> str:
        return f"{what} over the size limit of {self.max_bytes} bytes; raise --max-bytes"


def _clean_str(value: Any) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _language_code(value: Any) -> str | None:
    text = _clean_str(value)
    if not text:
        return None
    code = re.split(r"[-_]", text, maxsplit=1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _date_value(value: Any) -> tuple[date | None, bool]:
    """(date, given): ``given`` is True when the input carried some date value at all."""
    if value is None or value == "":
        return None, False
    if isinstance(value, datetime):
        return value.date(), True
    if isinstance(value, date):
        return value, True
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:  # a Unix timestamp (seconds, or milliseconds when it is that large)
            seconds = value / 1000 if value > 10**11 else value
            return datetime.fromtimestamp(seconds, tz=UTC).date(), True
        except (OverflowError, OSError, ValueError):
            return None, True
    if isinstance(value, str):
        return parse_publication_date(value), True
    return None, True


def build_article(
    raw_text: str,
    *,
    origin: str,
    opts: ReadOptions,
    title: str | None = None,
    published: Any = None,
    url: str | None = None,
    source: str | None = None,
    language: str | None = None,
    own_id: str | None = None,
    line: int | None = None,
    warnings: tuple[str, ...] = (),
) -> Article | Quarantined:
    """Repair the text and assemble the article; quarantine it if it is unusable.

    ``published`` may be a date, a datetime, a timestamp or a string; a value that is given but
    cannot be parsed quarantines the article (E214). A missing date is not an error.
    """
    pub, given = _date_value(published)
    if given and pub is None:
        return P.quarantine(origin, P.BAD_DATE,
                            f"publication date {str(published)[:60]!r} cannot be parsed; write it "
                            "as YYYY-MM-DD (e.g. 2023-10-06)", line, own_id)
    raw = raw_text.strip()
    if len(raw.encode("utf-8", "surrogatepass")) > opts.max_bytes:
        return P.quarantine(origin, P.TOO_BIG, opts.too_big(), line, own_id)
    fixed = repair_text(raw)
    if not fixed.text.strip():
        return P.quarantine(origin, P.NO_TEXT, "no article text (empty after removing "
                            "boilerplate); check that the input holds the article body", line,
                            own_id)
    clean_title = repair_text(title).text.strip() or None if title else None
    notes = list(warnings)
    if pub is None:
        if opts.default_date is not None:
            pub = opts.default_date
        else:
            notes.append(NO_DATE_WARNING)
    return Article(
        id=own_id or Article.make_id(fixed.text, clean_title),
        title=clean_title,
        text=fixed.text,
        published=pub,
        url=url,
        source=source,
        language=_language_code(language) or detect_language(fixed.text),
        origin=origin,
        raw_text=raw,
        repairs=fixed.repairs,
        skip_spans=fixed.skip_spans,
        warnings=tuple(notes),
    )


# --------------------------------------------------------------------------------------------
# JSON records
# --------------------------------------------------------------------------------------------

_TEXT_KEYS = ("text", "body", "content", "article")
_DATE_KEYS = ("published", "date", "published_at", "publish_date", "pub_date", "pubDate",
              "datetime")


def _own_id(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    return _clean_str(value)


def article_from_record(rec: Any, *, origin: str, opts: ReadOptions,
                        line: int | None = None) -> Article | Quarantined:
    """One JSON object with fields id, url, title, text, published, source, language."""
    if not isinstance(rec, dict):
        return P.quarantine(origin, P.MALFORMED, f"record is a JSON {type(rec).__name__}, not an "
                            "object; each record must be one article object", line)
    own_id = _own_id(rec.get("id"))
    text = None
    for key in _TEXT_KEYS:
        value = rec.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return P.quarantine(origin, P.MALFORMED, f"field {key!r} is a JSON "
                                f"{type(value).__name__}, not a string", line, own_id)
        if value.strip():
            text = value
            break
    if text is None:
        return P.quarantine(origin, P.NO_TEXT, "record has no text; give each record a non-empty "
                            "\"text\" field", line, own_id)
    published = next((rec[k] for k in _DATE_KEYS if rec.get(k) not in (None, "")), None)
    return build_article(
        text, origin=origin, opts=opts, line=line, own_id=own_id, published=published,
        title=_clean_str(rec.get("title")), url=_clean_str(rec.get("url")),
        source=_clean_str(rec.get("source")), language=rec.get("language"),
    )


# --------------------------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------------------------

_TITLE_MAX = 300
_HEADER_LINES = 6  # non-empty lines after the title searched for a date line
_DATE_LINE_RE = re.compile(
    r"^[ \t*_>#-]*(?P<kw>"
    r"publish(?:ed)?(?:[ \t]+(?:day|date|on|at|time))?|posted(?:[ \t]+(?:on|at))?"
    r"|date(?:d|line)?|(?:last[ \t]+)?updated(?:[ \t]+on)?|release(?:d)?(?:[ \t]+date)?"
    r"|pub(?:lication)?[ \t]+date|publié[ \t]+le|veröffentlicht(?:[ \t]+am)?"
    r"|publicado(?:[ \t]+el)?|pubblicato(?:[ \t]+il)?|发布时间|发布日期|日期)"
    r"[*_]*(?:[ \t]*(?P<sep>[:：])[*_]*[ \t]*|[ \t]+)(?P<value>\S.*?)[ \t*_]*$",
    re.IGNORECASE,
)
_VALUE_CUT_RE = re.compile(r"[ \t]+(?:\||by|par|von|—|–|-)[ \t]+.*$", re.IGNORECASE)
_FRONT_KEYS = ("id", "title", "date", "published", "url", "source", "language")


def _parse_date_value(value: str) -> date | None:
    for candidate in (value, _VALUE_CUT_RE.sub("", value), value.split("|", 1)[0]):
        d = parse_publication_date(candidate.strip())
        if d is not None:
            return d
    return None


@dataclass(frozen=True, slots=True)
class _DateLine:
    index: int
    value: str
    parsed: date | None
    updated: bool


def _date_line(line: str, index: int) -> _DateLine | None:
    """A date line: ``Publish day : 2023.10.06``, ``Posted on Oct 6, 2023``, or a bare date."""
    stripped = line.strip()
    m = _DATE_LINE_RE.match(stripped)
    if m and len(stripped) <= 120:
        value = m.group("value")
        parsed = _parse_date_value(value)
        if parsed is not None or m.group("sep"):
            return _DateLine(index, value, parsed, "updated" in m.group("kw").lower())
        return None
    if looks_like_date(stripped) and len(stripped.split()) <= 7:
        parsed = _parse_date_value(stripped.strip("*_ \t"))
        if parsed is not None:
            return _DateLine(index, stripped, parsed, False)
    return None


def _split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter, rest, line number where the rest starts); no front matter -> None."""
    if not text.startswith("---"):
        return None, text, 1
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, 1
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def article_from_plain_text(text: str, *, origin: str, opts: ReadOptions,
                            warnings: tuple[str, ...] = ()) -> Article | Quarantined:
    """A plain-text or Markdown article.

    The first non-empty line is the title (Markdown ``#`` removed); a date line near the top
    (``Publish day : 2023.10.06``, ``Published: Oct 6, 2023``, ``Date: 2023-10-06``,
    ``Posted on ...``) gives the publication date and is dropped from the body. YAML front
    matter (``---``) may give id, title, date/published, url, source and language instead.
    A lone line is taken as the text of an untitled article.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body, _ = _split_front_matter(text)
    meta: dict[str, Any] = {}
    if front is not None:
        try:
            loaded = yaml.load(front, Loader=_YAML_LOADER) if front.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            return P.quarantine(origin, P.MALFORMED, f"front matter is not valid YAML{where}; "
                                "fix it or remove the --- block")
        if not isinstance(loaded, dict):
            return P.quarantine(origin, P.MALFORMED, "front matter is not a YAML mapping "
                                "(key: value lines); fix it or remove the --- block")
        meta = {str(k).lower(): v for k, v in loaded.items() if str(k).lower() in _FRONT_KEYS}

    lines = body.split("\n")
    title: str | None = _clean_str(meta.get("title"))
    published: Any = meta.get("published", meta.get("date"))
    drop: set[int] = set()
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
    if title is None and nonempty:
        first = nonempty[0]
        if _date_line(lines[first], first) is not None and len(nonempty) > 1:
            first = nonempty[1]  # a date line above the title
        candidate = lines[first].strip().lstrip("#").strip()
        if len(nonempty) > 1 and len(candidate) <= _TITLE_MAX:
            title = candidate or None
            drop.add(first)
    if published is None:
        header = [i for i in nonempty if i not in drop][:_HEADER_LINES + 1]
        found: list[_DateLine] = []
        for i in header:
            if len(lines[i]) > 160:
                break  # the body has begun
            dl = _date_line(lines[i], i)
            if dl is not None:
                found.append(dl)
        if found:
            for dl in found:
                drop.add(dl.index)
            chosen = next((d for d in found if not d.updated), found[0])
            if chosen.parsed is None:
                if any(d.parsed for d in found):
                    chosen = next(d for d in found if d.parsed)
                else:
                    return P.quarantine(origin, P.BAD_DATE,
                                        f"date line {chosen.value[:60]!r} cannot be parsed; "
                                        "write it as YYYY-MM-DD (e.g. Date: 2023-10-06)")
            published = chosen.parsed
    body_text = "\n".join(ln for i, ln in enumerate(lines) if i not in drop).strip()
    if not body_text:
        if title and not meta.get("title"):
            body_text, title = title, None
        else:
            return P.quarantine(origin, P.NO_TEXT, "no article text after the title and date "
                                "lines; check that the file holds the article body")
    return build_article(
        body_text, origin=origin, opts=opts, title=title, published=published,
        url=_clean_str(meta.get("url")), source=_clean_str(meta.get("source")),
        language=meta.get("language"), own_id=_own_id(meta.get("id")), warnings=warnings,
    )
