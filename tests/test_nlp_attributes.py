"""The compiled attribute ruler and the memoised lemmatizer give token-for-token what spaCy's
AttributeRuler and rule Lemmatizer give."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.nlp import load_nlp, load_spacy
from detente.nlp.attributes import compile_ruler, replace_attribute_ruler, replace_lemmatizer

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]

FIELDS = ("pos_", "tag_", "lemma_", "dep_", "ent_type_")


def _reading(doc) -> list[tuple]:
    return [(t.text, *(getattr(t, f) for f in FIELDS), str(t.morph), t.head.i) for t in doc]


@pytest.fixture(scope="module")
def pair():
    """The model as shipped and the same model with the compiled ruler and lemmatizer."""
    plain, fast = load_spacy(), load_spacy()
    assert replace_attribute_ruler(fast) and replace_lemmatizer(fast)
    return plain, fast


# contractions, spacing, multi-token lemma exceptions, regex and not-in patterns, odd case
ODD = [
    "They ain't gonna sign it, and we won't either; y'all know nothin' changed.",
    "   \n\n  The  minister 's   aide   lemme   see \t\t it.  ",
    "WASHINGTON -- U.S. AND CHINA DIDN'T AGREE, OFFICIALS SAID.",
    "I'd say it's not that; she's had it, hasn't she? Whether or not, cause it is.",
    "Do you? He does. Did they? Have we? 'Ve been, 're there, 'm here.",
    "",
    "!!!",
]


@pytest.mark.parametrize("text", ODD)
def test_nlp_attributes_same_reading_on_odd_text(pair, text):
    plain, fast = pair
    assert _reading(fast(text)) == _reading(plain(text))


def test_nlp_attributes_same_reading_on_the_sample_corpus(pair):
    plain, fast = pair
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    assert len(texts) > 40
    n = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert _reading(b) == _reading(a)
        n += len(a)
    assert n > 15000


def test_nlp_attributes_later_rules_win_and_indices_count(pair):
    """A hand-made ruler: two rules on one token (the later wins for the attribute both set),
    a two-token rule aimed at its second token, a negative index and a set of values."""
    plain, fast = load_spacy(), load_spacy()
    rulers = [nlp.get_pipe("attribute_ruler") for nlp in (plain, fast)]
    for ruler in rulers:
        ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk-first", "MORPH": "Number=Plur"})
        ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "talk-second"})
        ruler.add([[{"LOWER": "held"}, {"LOWER": "talks"}]], {"POS": "X"}, index=1)
        ruler.add([[{"LOWER": "in"}, {"TAG": {"IN": ["NNP", "NNPS"]}}]], {"LEMMA": "place"},
                  index=-1)
    assert replace_attribute_ruler(fast)
    text = "Blinken held talks in Beijing; the talks in Paris were short. Talks went on."
    got, want = _reading(fast(text)), _reading(plain(text))
    assert got == want
    lemmas = {(row[0], row[3]) for row in got}
    assert ("talks", "talk-second") in lemmas and ("Beijing", "place") in lemmas


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "talks", "OP": "+"}],           # operators need the matcher
    [{"LOWER": {"FUZZY": "talks"}}],           # so do fuzzy values
    [{"_": {"flag": True}}],                   # and extension attributes
    [{"LENGTH": 5}],                           # an attribute the tables do not read
])
def test_nlp_attributes_kept_when_a_pattern_is_beyond_the_tables(pattern):
    nlp = load_spacy()
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.add([pattern], {"LEMMA": "x"})
    except Exception:  # noqa: BLE001 - spaCy refuses some of these itself: nothing to compile
        pytest.skip("spaCy refuses this pattern")
    assert compile_ruler(ruler) is None
    names = list(nlp.pipe_names)
    assert replace_attribute_ruler(nlp) is False
    assert nlp.pipe_names == names


def test_nlp_attributes_same_lemmas_for_one_word_in_several_roles(pair):
    """The memo is keyed by word, POS and morphology: "leaves", "saw", "meeting" and "left"
    as nouns and as verbs keep their own lemmas, in one document and across documents."""
    plain, fast = pair
    texts = ["He leaves Paris as the leaves fall; she saw the saw.",
             "The meeting ended. They were meeting again; the left bloc left early.",
             "She saw the leaves. Meeting leaders, he leaves."]
    for text in texts:
        assert _reading(fast(text)) == _reading(plain(text))
    lemmas = {(t.text, t.pos_, t.lemma_) for t in fast(texts[0])}
    assert ("leaves", "VERB", "leave") in lemmas and ("leaves", "NOUN", "leaf") in lemmas


@pytest.mark.parametrize("config", [{"mode": "lookup"}, {"overwrite": True}])
def test_nlp_attributes_lemmatizer_kept_unless_plain_rule_mode(config):
    nlp = load_spacy()
    nlp.remove_pipe("lemmatizer")
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": False, **config})
    except Exception:  # noqa: BLE001 - the lookup tables may be absent: nothing to test
        pytest.skip("this lemmatizer mode cannot be built here")
    names = list(nlp.pipe_names)
    assert replace_lemmatizer(nlp) is False
    assert nlp.pipe_names == names


def test_nlp_attributes_in_the_detente_pipeline():
    names = load_nlp().pipe_names
    assert "detente_attributes" in names and "attribute_ruler" not in names
    assert "detente_lemmas" in names and "lemmatizer" not in names
    assert names.index("detente_attributes") < names.index("detente_lemmas") < names.index("ner")


def test_nlp_attributes_one_column_ruler():
    """A ruler whose patterns read one attribute only (one column of token values)."""
    plain, fast = load_spacy(), load_spacy()
    for nlp in (plain, fast):
        nlp.remove_pipe("lemmatizer")  # (it warns on words left without a POS)
        ruler = nlp.get_pipe("attribute_ruler")
        ruler.clear()
        ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN", "LEMMA": "name"})
    assert replace_attribute_ruler(fast)
    text = "Mark Rutte met Olaf Scholz in Berlin."
    assert _reading(fast(text)) == _reading(plain(text))
