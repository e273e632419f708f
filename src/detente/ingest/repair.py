"""Text repair: undo the damage that scraping, encoding mix-ups and machine translation leave.

``repair_text(text)`` returns the repaired text together with one :class:`~detente.model.Repair`
per change, each with its offsets in the original text and where its replacement landed in the
clean text, so a span of the clean text can always be traced back. Passes, in order:

``mojibake``        ftfy's encoding fixes (``Ã©`` -> ``é``), on lines that hold non-ASCII text
``space``/``control``  odd and zero-width spaces, control characters, exotic line breaks
``fullwidth``/``quote``  full-width punctuation and curly quotes in Latin text -> ASCII (+ space)
``boilerplate``     whole lines ("Share this article", "Advertisement", copyright) and bracketed
                    inline blocks ("(Related: ... | more articles)") are removed
``glued_name``      ``RaimondoGina Raimondo`` -> ``Gina Raimondo``
``glued_words``     ``BlinkenSpecial Climate Envoy`` -> ``Blinken, Special Climate Envoy``
``missing_space``   ``temporary.In September`` -> ``temporary. In September``

The whole pipeline is re-run (at most three rounds) until it changes nothing, so the result is a
fixed point: ``repair_text(repair_text(t).text).repairs == ()``.

Lines that later stages should ignore but that are kept (photo captions, reporting credits, bare
URLs, tag lists) are reported as ``skip_spans`` of the clean text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import ftfy

from detente.model import Repair

__all__ = ["RepairResult", "repair_text"]

_MAX_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class RepairResult:
    """The repaired text, the repairs that produced it, and spans of it to skip."""

    text: str
    repairs: tuple[Repair, ...] = ()
    skip_spans: tuple[tuple[int, int], ...] = ()


# --------------------------------------------------------------------------------------------
# Offset bookkeeping
# --------------------------------------------------------------------------------------------

# An edit on the *current* text: (start, end, replacement, kind).
_Edit = tuple[int, int, str, str]


@dataclass(slots=True)
class _Region:
    """A changed stretch: original[os:oe] became current[cs:ce]. Unchanged text lies between."""

    os: int
    oe: int
    cs: int
    ce: int
    kinds: list[str] = field(default_factory=list)


def _apply(text: str, regions: list[_Region], edits: list[_Edit]) -> tuple[str, list[_Region]]:
    """Apply sorted, non-overlapping ``edits`` to ``text`` and update the alignment.

    Edits that overlap an earlier region are merged with it, so every region still maps one
    original span to one current span and the regions stay sorted in both texts.
    """
    if not edits:
        return text, regions
    # Items sorted by (start, end); regions before edits on ties so insertions land after them.
    items: list[tuple[int, int, int, _Region | _Edit]] = [(r.cs, r.ce, 0, r) for r in regions]
    items += [(e[0], e[1], 1, e) for e in edits]
    items.sort(key=lambda it: (it[0], it[1], it[2]))

    out: list[str] = []
    new_regions: list[_Region] = []
    pos = 0  # current-text position copied so far
    shift = 0  # new position - current position, for text after the processed point
    delta = 0  # current position - original position, in unchanged text at the processed point
    i = 0
    n = len(items)
    while i < n:
        start, end = items[i][0], items[i][1]
        cluster = [items[i]]
        i += 1
        while i < n and items[i][0] < end:
            cluster.append(items[i])
            end = max(end, items[i][1])
            i += 1
        cl_edits = [c[3] for c in cluster if c[2] == 1]
        cl_regions = [c[3] for c in cluster if c[2] == 0]
        if not cl_edits:  # a region nothing touched this pass: just shift it
            r = cl_regions[0]
            assert isinstance(r, _Region)
            new_regions.append(_Region(r.os, r.oe, r.cs + shift, r.ce + shift, r.kinds))
            delta = r.ce - r.oe
            continue
        kinds: list[str] = []
        for r in cl_regions:
            assert isinstance(r, _Region)
            kinds.extend(k for k in r.kinds if k not in kinds)
        pieces: list[str] = []
        cur = start
        for e in cl_edits:
            assert isinstance(e, tuple)
            s, t, rep, kind = e
            pieces.append(text[cur:s])
            pieces.append(rep)
            cur = t
            if kind not in kinds:
                kinds.append(kind)
        pieces.append(text[cur:end])
        piece = "".join(pieces)
        orig_start = start - delta
        if cl_regions:
            last = cl_regions[-1]
            assert isinstance(last, _Region)
            delta = last.ce - last.oe
        orig_end = end - delta
        out.append(text[pos:start])
        out.append(piece)
        new_regions.append(_Region(orig_start, orig_end, start + shift,
                                   start + shift + len(piece), kinds))
        shift += len(piece) - (end - start)
        pos = end
    out.append(text[pos:])
    return "".join(out), new_regions


# --------------------------------------------------------------------------------------------
# Word lists (package data)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lexicon:
    camelcase: frozenset[str]
    titles: frozenset[str]
    given: frozenset[str]
    starters: frozenset[str]


def _read_words(name: str) -> frozenset[str]:
    text = resources.files("detente.ingest").joinpath("data", name).read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


@cache
def _lexicon() -> _Lexicon:
    # Read-only word lists, loaded once per process on first use (never at import time).
    return _Lexicon(
        camelcase=_read_words("camelcase_names.txt"),
        titles=_read_words("title_words.txt"),
        given=_read_words("given_names.txt"),
        starters=_read_words("sentence_starters.txt"),
    )


# --------------------------------------------------------------------------------------------
# Passes. Each takes the current text and returns sorted, non-overlapping edits.
# --------------------------------------------------------------------------------------------

_FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # the quote pass does this, only outside CJK text
    fix_character_width=False,  # the fullwidth pass does this, only outside CJK text
    fix_line_breaks=False,  # the control pass does this
    explain=False,
)


def _pass_mojibake(text: str) -> list[_Edit]:
    if text.isascii():
        return []
    edits: list[_Edit] = []
    offset = 0
    for line in text.split("\n"):
        if not line.isascii():
            fixed = ftfy.fix_text(line, _FTFY_CONFIG)
            if fixed != line and "\n" not in fixed:
                p = 0
                limit = min(len(line), len(fixed))
                while p < limit and line[p] == fixed[p]:
                    p += 1
                s = 0
                while s < limit - p and line[-1 - s] == fixed[-1 - s]:
                    s += 1
                edits.append((offset + p, offset + len(line) - s, fixed[p:len(fixed) - s],
                              "mojibake"))
        offset += len(line) + 1
    return edits


_SPACE_RE = re.compile(
    r"(?P<space>[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+)"
    r"|(?P<zero>[\u200b\u2060\ufeff\u00ad]+)"
    r"|(?P<joiner>(?<=[\x21-\x7e])[\u200c\u200d]+(?=[\x21-\x7e]))"
    r"|(?P<newline>\r\n?|[\u2028\u2029\x85\x0b\x0c])"
    r"|(?P<control>[\x00-\x08\x0e-\x1f\x7f]+)"
)


_SPACE_ANY_RE = re.compile(r"[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\r"
                           r"\u2028\u2029\x85\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _pass_space(text: str) -> list[_Edit]:
    if not _SPACE_ANY_RE.search(text):
        return []
    edits: list[_Edit] = []
    for m in _SPACE_RE.finditer(text):
        group = m.lastgroup
        if group == "space":
            edits.append((m.start(), m.end(), " ", "space"))
        elif group in ("zero", "joiner"):
            edits.append((m.start(), m.end(), "", "space"))
        elif group == "newline":
            edits.append((m.start(), m.end(), "\n", "control"))
        else:
            edits.append((m.start(), m.end(), "", "control"))
    return edits


_FULLWIDTH = {
    "\u3002": ".", "\uff61": ".", "\u3001": ",", "\uff64": ",",
    "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"',
    "\u3010": "[", "\u3011": "]", "\u300a": '"', "\u300b": '"',
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u02bc": "'",
}
_FULLWIDTH_RE = re.compile(r"[\uff01-\uff5e\u3001\u3002\u300a-\u300f\u3010\u3011\uff61\uff64"
                           r"\u201c\u201d\u2018\u2019\u02bc]")
_CJK_RE = re.compile(r"[\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                     r"\uac00-\ud7af\uf900-\ufaff]")
_SPACE_AFTER = set(".,:;!?)]")
_SPACE_BEFORE = set("([")
_QUOTES = set("\u201c\u201d\u2018\u2019\u02bc")
_OPENERS = set("\u201c\u300c\u300e\u300a")
_CLOSERS = set("\u201d\u300d\u300f\u300b")


def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest character from i in direction step that is not a space or a mark we map."""
    j = i + step
    while 0 <= j < len(text) and (text[j] in " \t" or _FULLWIDTH_RE.match(text[j])
                                  or text[j] in "\"'()[].,:;!?"):
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _pass_fullwidth(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _FULLWIDTH_RE.finditer(text):
        i = m.start()
        ch = text[i]
        left, right = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if (left and _CJK_RE.match(left)) or (right and _CJK_RE.match(right)):
            continue  # punctuation of CJK text is correct as it is
        rep = _FULLWIDTH.get(ch) or chr(ord(ch) - 0xFEE0)
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if (rep in _SPACE_AFTER or ch in _CLOSERS) and nxt.isalnum():
            rep += " "
        if (rep in _SPACE_BEFORE or ch in _OPENERS) and (prev.isalnum() or prev in ".,:;!?"):
            rep = " " + rep
        edits.append((i, i + 1, rep, "quote" if ch in _QUOTES else "fullwidth"))
    return edits


_BOILER_LINE_RE = re.compile(
    r"^[ \t]*(?:"
    r"click (?:here|to)\b.*"
    r"|share (?:this|on|via)\b.*"
    r"|subscribe (?:to|now|for)\b.*"
    r"|sign up (?:for|to)\b.*"
    r"|follow us\b.*"
    r"|(?:read more|read also|also read|see also|related(?: articles| stories| news| content)?"
    r"|recommended(?: stories| articles)?|more (?:articles|stories|news))\s*[:：|>»]?.*"
    r"|advertisement|sponsored(?: content)?|ad"
    r"|(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b)|©|\(c\)\s*\d{4}).*"
    r"|.{0,120}\ball rights reserved\.?"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BOILER_INLINE_RE = re.compile(
    r"\((?:related|see also|read more|also read|recommended)\s*[:：][^\n]*?\|\s*more articles\s*\)"
    r"|[(\[](?:related|see also|read more|also read|recommended)\s*[:：][^\n()\[\]]*[)\]]"
    r"|[(\[](?:click here|subscribe|follow us|advertisement)\b[^\n()\[\]]*[)\]]"
    # a call to action closing a paragraph: "... is still broken.Click here to subscribe ..."
    r"|[.!?][ \t]*(?P<cta>(?:click here|subscribe to|sign up for|follow us on)\b[^\n]{0,200})$",
    re.IGNORECASE | re.MULTILINE,
)
_BOILER_MAX_LINE = 200


def _pass_boilerplate(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _BOILER_LINE_RE.finditer(text):
        if m.end() - m.start() > _BOILER_MAX_LINE or not m.group().strip():
            continue
        end = m.end() + 1 if m.end() < len(text) else m.end()  # the line break goes too
        start = m.start()
        if end == m.end() and start > 0:  # last line: take the break before it instead
            start -= 1
        edits.append((start, end, "", "boilerplate"))
    taken = [(s, e) for s, e, _, _ in edits]
    for m in _BOILER_INLINE_RE.finditer(text):
        block_start = m.start("cta") if m.group("cta") else m.start()
        end = m.end()
        start = block_start
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if any(s < end and start < e for s, e in taken):
            continue
        before = text[start - 1] if start > 0 else ""
        at_sentence_end = not before or before in ".!?\n"
        if at_sentence_end:
            if end < len(text) and text[end] in ".;,":
                end += 1  # "constructive. (Related: ...)." -> "constructive."
            if not before or before == "\n":
                start = block_start
                while end < len(text) and text[end] in " \t":
                    end += 1
        edits.append((start, end, "", "boilerplate"))
        taken.append((start, end))
    edits.sort()
    return edits


_GLUE_HINT_RE = re.compile(r"[a-z][A-Z]")
_WORD_RE = re.compile(r"(?<![\w@#/\\.=&?_'’-])(?=[A-Za-z]*?[a-z][A-Z])[A-Za-z]{4,}(?![\w@/'’-])")
_TRANSITION_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "RaimondoGina Raimondo": a surname glued in front of the full name it belongs to
_GLUED_NAME_RE = re.compile(r"(?<![\w@#/\\.=&?_'’-])([A-Z][a-z]+)([A-Z][a-z]+)[ \t]+\1\b")
# "AustinAustin": a name glued to itself
_DOUBLED_RE = re.compile(r"(?<![\w@#/\\.=&?_'’-])([A-Z][a-z]{2,})\1(?![\w@/'’-])")
_NAME_PREFIXES = frozenset(
    {"Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "Des", "Del", "Della", "La", "Le", "Lo", "Van",
     "Von", "Ten", "Ter", "St", "Al", "El"})


def _pass_glued_name(text: str) -> list[_Edit]:
    if not _GLUE_HINT_RE.search(text):
        return []
    lex = _lexicon()
    edits: list[_Edit] = []
    for m in _GLUED_NAME_RE.finditer(text):
        surname, given = m.group(1), m.group(2)
        if surname + given in lex.camelcase or surname in _NAME_PREFIXES:
            continue
        start = m.start(1)
        if (text.endswith(given + " ", 0, start)
                and not text[max(0, start - len(given) - 2):start - len(given) - 1].isalnum()):
            # "Antony BlinkenAntony Blinken": the whole name came twice; keep the second
            start -= len(given) + 1
        edits.append((start, m.end(1), "", "glued_name"))
    for m in _DOUBLED_RE.finditer(text):
        if m.group() not in lex.camelcase:
            edits.append((m.start(), m.start() + len(m.group(1)), "", "glued_name"))
    return edits


_AFTER_NAME_RE = re.compile(r"[A-Z][a-z]+[ \t]$")


def _split_separator(left: str, right: str, lex: _Lexicon, after_name: bool) -> str | None:
    """The separator to put between two glued words, or None to leave them glued.

    ``left`` ends with lowercase and ``right`` starts with a capital. Splits when the right part
    is a sentence opener (". "), a title or a given name glued to a name (", "), or when the
    left part is a title or a given name ("SecretaryAntony", "JoeBiden": " "). Short left parts
    (fewer than three lowercase letters: Mc, Mac, De, Di, i, e) stay glued, except a
    two-letter given name after a surname before a title ("Wang YiPremier Li").
    """
    if left in _NAME_PREFIXES or left + right in lex.camelcase:
        return None
    capital = left[0].isupper()
    lower_tail = left[1:] if capital else left
    if not lower_tail.islower() or len(right) < 2 or not right[1:].islower():
        return None
    long_left = len(lower_tail) >= 3
    if right in lex.starters:
        return ". " if long_left else None
    if capital and left in lex.titles and len(right) >= 3:
        return " "  # "PresidentBiden", "SecretaryAntony Blinken"
    if right in lex.titles:
        if long_left:
            return ", " if capital else " "
        return ", " if capital and after_name else None
    if right in lex.given:
        if long_left:
            return ", " if capital else " "
        return None
    if capital and left in lex.given and len(right) >= 3:
        return " "  # "JoeBiden" -> "Joe Biden"
    return None


def _pass_glued_words(text: str) -> list[_Edit]:
    if not _GLUE_HINT_RE.search(text):
        return []
    lex = _lexicon()
    edits: list[_Edit] = []
    for m in _WORD_RE.finditer(text):
        word = m.group()
        if word in lex.camelcase:
            continue
        cuts = [t.start() for t in _TRANSITION_RE.finditer(word)]
        if not cuts:
            continue
        after_name = _AFTER_NAME_RE.search(text, max(0, m.start() - 40), m.start()) is not None
        bounds = [0, *cuts, len(word)]
        for k, cut in enumerate(cuts, start=1):
            left, right = word[bounds[k - 1]:cut], word[cut:bounds[k + 1]]
            sep = _split_separator(left, right, lex, after_name and k == 1)
            if sep is not None:
                pos = m.start() + cut
                edits.append((pos, pos, sep, "glued_words"))
    return edits


# Candidates: punctuation directly followed by a letter ("temporary.In", "Saturday,and");
# the words on both sides are checked in Python, which is much faster than a look-behind scan.
_MISSING_SPACE_RE = re.compile(r"[.!?,;](?=[A-Za-z])")
_SENTENCE_START_RE = re.compile(r"(?:[A-Z][a-z]+|[AI])\b")
_WORD_AFTER_COMMA_RE = re.compile(r"[A-Za-z]{2}")
_NOT_BEFORE_WORD = frozenset("@#/\\.=&?_-")


def _pass_missing_space(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _MISSING_SPACE_RE.finditer(text):
        start = m.start()
        i = start
        while i > 0 and text[i - 1].isascii() and text[i - 1].isalnum():
            i -= 1
        word = text[i:start]
        if i > 0 and (text[i - 1] in _NOT_BEFORE_WORD or text[i - 1].isalnum()):
            continue  # part of a URL, an address, an abbreviation like "U.S." or a non-ASCII word
        if m.group() in ",;":
            ok = (word.isalpha() and word[-2:].islower()
                  and _WORD_AFTER_COMMA_RE.match(text, m.end()) is not None)
        elif _SENTENCE_START_RE.match(text, m.end()) is None:
            continue
        else:
            ok = word.isdigit() or (word.isalpha() and len(word) >= 2 and word[-2:].islower())
        if ok:
            edits.append((m.end(), m.end(), " ", "missing_space"))
    return edits


_PASSES: tuple[Callable[[str], list[_Edit]], ...] = (
    _pass_mojibake, _pass_space, _pass_fullwidth, _pass_boilerplate, _pass_glued_name,
    _pass_glued_words, _pass_missing_space,
)

_SKIP_LINE_RE = re.compile(
    r"^[ \t]*(?:"
    r"(?:photo|image|picture|file photo|video|caption|source)\s*(?:credit)?\s*[:/|].*"
    r"|(?:reporting|writing|editing|additional reporting|compiled) by\b.*"
    r"|(?:tags?|topics?|keywords?)\s*:.*"
    r"|(?:https?://|www\.)\S+"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _skip_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _SKIP_LINE_RE.finditer(text)
                 if m.end() - m.start() <= _BOILER_MAX_LINE)


def _normalize_edits(edits: Iterable[_Edit]) -> list[_Edit]:
    """Sort edits and drop any that overlap an earlier one (passes should not produce them)."""
    result: list[_Edit] = []
    last_end = -1
    for e in sorted(edits, key=lambda e: (e[0], e[1])):
        if e[0] < last_end or (result and e[0] == e[1] == result[-1][0] == result[-1][1]):
            continue
        result.append(e)
        last_end = e[1]
    return result


def repair_text(text: str) -> RepairResult:
    """Repair scraping, encoding and translation damage in ``text``.

    Returns a :class:`RepairResult` whose ``repairs`` satisfy, for each repair ``r``,
    ``text[r.start:r.end] == r.before`` and
    ``result.text[r.clean_start:r.clean_start + len(r.after)] == r.after``.
    Never raises on any ``str`` input.
    """
    current = text
    regions: list[_Region] = []
    for _ in range(_MAX_ROUNDS):
        changed = False
        for step in _PASSES:
            edits = _normalize_edits(step(current))
            if edits:
                current, regions = _apply(current, regions, edits)
                changed = True
        if not changed:
            break
    repairs = []
    for r in regions:
        before, after = text[r.os:r.oe], current[r.cs:r.ce]
        if before != after:
            repairs.append(Repair("+".join(r.kinds), r.os, r.oe, before, after, r.cs))
    return RepairResult(current, tuple(repairs), _skip_spans(current))
