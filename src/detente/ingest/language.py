"""Language guess without a model: writing system first, then the share of common words."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["detect_language"]

_SAMPLE_CHARS = 5000
_MIN_HITS = 3
_MIN_SHARE = 0.08

# The most frequent short function words of each language. Words shared by several languages
# ("de", "la", "a", "e") still help: the total over the list decides.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in is was that for on with as by at from it are be has have had "
        "this which not but or an will said its their were been they he she his her".split()),
    "fr": frozenset(
        "le la les des du de et est une un dans pour que qui sur au aux par pas avec il "
        "elle ne se sont ont été cette ces mais plus son sa leurs".split()),
    "de": frozenset(
        "der die das und ist nicht ein eine mit den dem des von zu im auf für sich auch "
        "es sie er wird wurde sind hat haben bei nach aus wie über".split()),
    "es": frozenset(
        "el la los las de del y en que es un una por con para se su al lo como más pero "
        "sus fue ha han este esta entre sobre también".split()),
    "it": frozenset(
        "il lo la gli le di del della dei che è e un una per con non sono nel nella al "
        "alla da si ha anche come più questo ma".split()),
    "pt": frozenset(
        "o a os as de do da dos das e em que é um uma para com não no na por se ao mais "
        "como foi são seu sua também pelo pela".split()),
    "ru": frozenset(
        "и в не на что с по как это он она они к из у за от о но был была были также "
        "для его ее же".split()),
}
_WORD_RE = re.compile(r"[^\W\d_]+")
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or None when unsure.

    Chinese, Japanese, Korean and Arabic are told by their scripts; Latin and Cyrillic texts by
    the share of each language's commonest words (en, fr, de, es, it, pt, ru). Looks at the
    first few thousand characters only. Never raises.
    """
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():
        counts = {name: 0 for name, _ in _SCRIPTS}
        counts["latin"] = len(sample)  # only compared with the threshold below
    else:
        counts = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS}
    letters = sum(counts.values())
    if letters < 20:
        return None
    if counts["ja"] > 0.05 * letters:
        return "ja"
    script = max(counts, key=lambda k: counts[k])
    if script in ("zh", "ko", "ar"):
        return script
    if script == "ja":  # kana-dominant text
        return "ja"
    words = _WORD_RE.findall(sample.lower())
    if not words:
        return None
    freq = Counter(words)
    candidates = ("ru",) if script == "cyrillic" else ("en", "fr", "de", "es", "it", "pt")
    best, best_hits = None, 0
    for lang in candidates:
        hits = sum(freq[w] for w in _STOPWORDS[lang] if w in freq)
        if hits > best_hits:
            best, best_hits = lang, hits
    if best is None or best_hits < _MIN_HITS or best_hits < _MIN_SHARE * len(words):
        return None
    return best
