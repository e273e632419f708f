"""Relevance pre-filter: sentence/article verdicts from the KB, offsets kept, no recall lost."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def prefilter():
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon())


@pytest.mark.parametrize(("sentence", "eventful"), [
    ("Blinken met Wang Yi in Munich on Saturday.", True),
    ("The United States accused China of spying.", True),
    ("Chinese officials criticized the American decision.", True),
    ("The two sides agreed to keep talking.", True),
    ("He said Beijing would respond.", True),
    ("Russia's forces struck Ukrainian ports overnight.", True),
    ("The striker scored twice as the home side won 3-1.", False),
    ("Heavy rain flooded several underpasses in the city centre.", False),
    ("Shares in the retailer fell 12 percent after it cut its outlook.", False),
    ("China's economy grew 5 percent last year.", False),  # one actor, no pronoun
    ("Let us know what you think.", False),  # "us" is not the US
    ("Both managers used the game to try out younger players.", False),
    ("The museum reopens after a two-year renovation.", False),
])
def test_prefilter_sentence_verdicts(prefilter, sentence, eventful):
    scan = prefilter.scan(sentence)
    assert len(scan.sentences) == 1
    assert scan.sentences[0].eventful is eventful
    assert scan.relevant is eventful


@pytest.mark.parametrize(("text", "n"), [
    ("U.S. Secretary of State Antony J. Blinken met Mr. Wang. They talked.", 2),
    ("Officials met at 3 p.m. on Friday. Nothing followed.", 2),
    ("First sentence here。Second sentence there。", 2),
    ("Title line\n\nBody sentence one. Body sentence two.", 3),
    ("He said: \"We will go.\" Then he left.", 2),
])
def test_prefilter_sentence_split_is_coarse(prefilter, text, n):
    spans = prefilter.sentences(text)
    assert len(spans) == n
    for a, b in spans:
        assert text[a:b] == text[a:b].strip()


def test_prefilter_keeps_offsets_and_drops_irrelevant_sentences(prefilter):
    filler = "The weather was mild and the parks were full of people walking dogs. "
    text = ("Weekend notes\n\n" + filler * 16 + "\n\nBlinken met Wang Yi in Munich. "
            + filler * 3 + "\nThe two sides agreed to meet again.")
    scan = prefilter.scan(text)
    assert scan.relevant
    blanked = prefilter.blank(text, scan)
    assert len(blanked) == len(text)
    assert [i for i, c in enumerate(blanked) if c == "\n"] == \
        [i for i, c in enumerate(text) if c == "\n"]
    for needle in ("Blinken met Wang Yi in Munich.", "The two sides agreed to meet again."):
        i = text.index(needle)
        assert blanked[i:i + len(needle)] == needle
    gap = blanked[text.index("Munich.") + 7:text.index("The two sides")]
    assert gap.strip() == ""  # the filler between the two political sentences is blanked
    assert blanked.count("parks") < text.count("parks")
    assert scan.kept_chars < len(text) / 2


def test_prefilter_irrelevant_article_is_not_parsed(prefilter):
    text = ("Storm warning\n\nForecasters expect gusts of up to 70 miles per hour. "
            "Ferries to the islands are cancelled until Sunday.")
    scan = prefilter.scan(text)
    assert not scan.relevant and scan.n_kept == 0 and scan.kept_chars == 0
    assert prefilter.blank(text, scan).strip() == ""


def test_prefilter_skip_spans_do_not_count(prefilter):
    text = "Read more: Biden meets Xi in San Francisco. The weather is fine."
    end = text.index(".") + 1
    assert prefilter.scan(text).relevant
    assert not prefilter.scan(text, skip_spans=[(0, end)]).relevant


def test_prefilter_mentions_respect_word_boundaries(prefilter):
    text = "Chinatown's shops, the U.S. embassy and Americans abroad; usa and us."
    found = [text[a:b] for a, b, _ in prefilter.mentions(text)]
    assert "U.S." in found and "American" in found
    assert not any(f.lower() in ("us", "usa", "china") for f in found)


# -- with the model (slow) --------------------------------------------------------------------
def _events(coder, articles):
    return [(r.article.id, sorted(e.event_id for e in r.events)) for r in
            coder.code_many(articles)]


@pytest.mark.slow
def test_prefilter_on_off_same_events_on_political_set(coder, monkeypatch):
    from detente.ingest import read_inputs
    from detente.model import Article

    arts = [a for a in read_inputs([str(EXAMPLES / "corpus")]) if isinstance(a, Article)][:20]
    assert coder.prefilter is not None
    on = _events(coder, arts)
    monkeypatch.setattr(coder, "prefilter", None)
    off = _events(coder, arts)
    assert on == off
    assert sum(len(ids) for _, ids in on) > 20


@pytest.mark.slow
def test_prefilter_mixed_article_same_events_less_parsed(coder, make_article, monkeypatch):
    filler = ("The festival drew large crowds over the weekend, with queues for the main "
              "stage stretching across the fields. ")
    text = ("Diplomacy and a festival\n\n" + filler * 4
            + "\n\nU.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang "
              "in Beijing on Sunday.\n\n" + filler * 4
            + "\n\nThe two sides agreed to keep open lines of communication.")
    art = make_article(text)
    coder.stats.clear()
    on = _events(coder, [art])
    parsed = coder.stats["parsed_chars"]
    assert parsed < len(art.text) / 2
    monkeypatch.setattr(coder, "prefilter", None)
    assert _events(coder, [art]) == on
    assert on[0][1]


@pytest.mark.slow
def test_prefilter_recall_loss_on_gold_under_two_percent(coder, monkeypatch):
    from detente.evaluate import evaluate

    gold = EXAMPLES / "gold.jsonl"
    with_filter = evaluate(gold, None, coder)["matched"]
    monkeypatch.setattr(coder, "prefilter", None)
    without = evaluate(gold, None, coder)["matched"]
    assert with_filter >= without * 0.98


@pytest.mark.parametrize(("mode", "kept"), [
    ("all", [True, True, True, True]),
    ("people", [True, True, False, True]),
    ("none", [True, False, False, True]),
])
def test_prefilter_context_modes(mode, kept):
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    pf = Prefilter(load_kb(), load_lexicon(), context=mode)
    text = ("Weekly digest\n\nWang Yi arrived in the capital on Thursday. China's economy grew "
            "5 percent last year. The United States accused China of spying.")
    scan = pf.scan(text)
    assert [s.keep for s in scan.sentences] == kept


def test_prefilter_rejects_unknown_context_mode():
    from detente.coding.actors import load_kb
    from detente.nlp.prefilter import Prefilter

    with pytest.raises(ValueError, match="context"):
        Prefilter(load_kb(), context="some")
