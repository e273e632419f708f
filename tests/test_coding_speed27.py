"""Speed work of session 27 that must not change what is coded.

``fold_diacritics`` gives by its fast paths (ASCII text returned as it is, one fold per
distinct letter beyond ASCII) the same letters as folding letter by letter.

Every sentence here is our own.
"""

from __future__ import annotations

import unicodedata

import pytest

from detente.nlp.actor_ruler import _FOLD_EXTRA, fold_diacritics


def _letter_by_letter(s: str) -> str:
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(_FOLD_EXTRA.get(ch) or (base if len(base) == 1 else ch))
    return "".join(out)


@pytest.mark.parametrize("text", [
    "plain ASCII text, nothing to fold",
    "Erdoğan met Sánchez in Kraków; Łukasz said “yes” — İstanbul’s ø",
    "ﬁ ligatures and ½ fractions: ℌ, Ⅻ, ǅ",
    "Ñandú ñandú ÑANDÚ: the same letters, again and again",
    "",
])
def test_coding_fold_diacritics_fast_path_same(text: str) -> None:
    folded = fold_diacritics(text)
    assert folded == _letter_by_letter(text) and len(folded) == len(text)


def test_coding_fold_diacritics_every_letter_same() -> None:
    # every character of the basic plane (surrogates aside) and a sample beyond it
    text = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
    text += "".join(chr(i) for i in range(0x10000, 0x20000, 7))
    assert fold_diacritics(text) == _letter_by_letter(text)


def test_coding_fold_diacritics_ascii_is_same_object() -> None:
    text = "Blinken met Wang Yi in Munich."
    assert fold_diacritics(text) is text
