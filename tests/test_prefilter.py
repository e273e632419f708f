"""Relevance pre-filter: sentence/article verdicts from the KB, offsets kept, no recall lost."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def prefilters():
    """One pre-filter per context mode, built once for the module (each takes ~0.5 s)."""
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    kb, lexicon = load_kb(), load_lexicon()
    built: dict[str, Prefilter] = {}

    def get(mode: str) -> Prefilter:
        if mode not in built:
            built[mode] = Prefilter(kb, lexicon, context=mode)
        return built[mode]

    return get


@pytest.fixture(scope="module")
def prefilter(prefilters):
    return prefilters("all")


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
    # a game result: teams, not governments ("beat" is no assault)
    ("Portugal beat Spain 8-2 in a friendly in Leeds.", False),
    ("Russian troops beat Ukrainian prisoners, the report said.", True),
    # an agreement's signatories, and the pair's ministries
    ("The Parties will set up a joint commission.", True),
    ("Both Parties agreed to exchange prisoners.", True),
    ("The two interior ministries will share data on smugglers.", True),
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


@pytest.fixture(scope="module")
def gold_matched_without_prefilter(coder):
    """Matched dev-gold events with the pre-filter off (computed once for the module)."""
    from detente.evaluate import evaluate

    saved = coder.prefilter
    coder.prefilter = None
    try:
        return evaluate(EXAMPLES / "gold.jsonl", None, coder)["matched"]
    finally:
        coder.prefilter = saved


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "allowed_loss"), [
    ("all", 0.0), ("people", 0.02), ("needed", 0.02)])
def test_prefilter_recall_loss_on_gold(coder, monkeypatch, gold_matched_without_prefilter,
                                       mode, allowed_loss):
    """Matched dev-gold events lost by each context mode (the issue allows under 2%)."""
    from detente.coding.patterns import load_lexicon
    from detente.evaluate import evaluate
    from detente.nlp.prefilter import Prefilter

    without = gold_matched_without_prefilter
    assert without > 250  # the gold is there and the extractor finds most of it
    monkeypatch.setattr(coder, "prefilter", Prefilter(coder.kb, load_lexicon(), context=mode))
    with_filter = evaluate(EXAMPLES / "gold.jsonl", None, coder)["matched"]
    assert with_filter >= without * (1 - allowed_loss), (mode, with_filter, without)


@pytest.mark.slow
def test_prefilter_batches_fill_with_articles_to_parse(coder, make_article, monkeypatch):
    """Irrelevant and empty articles do not count towards a parse batch; order is kept."""
    import detente.pipeline as pipeline
    from detente.model import Article

    political = "Blinken met Wang Yi in Munich on Saturday to discuss trade."
    weather = "Storm warning\n\nForecasters expect gusts of up to 70 miles per hour."
    arts = []
    for i in range(12):
        arts.append(make_article(political if i % 3 == 0 else weather, id=f"a{i}"))
    arts.insert(5, Article(id="empty", title=None, text="  ", published=None, origin="test"))
    sizes: list[int] = []
    real_pipe = coder.nlp.pipe

    def counting_pipe(texts, **kwargs):
        texts = list(texts)
        sizes.append(len(texts))
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(coder.nlp, "pipe", counting_pipe)
    monkeypatch.setattr(coder, "options", coder.options.with_(batch_size=2))
    monkeypatch.setattr(pipeline, "MAX_PENDING_FACTOR", 8)
    results = list(coder.code_many(arts))
    assert [r.article.id for r in results] == [a.id for a in arts]
    assert sizes == [2, 2]  # 4 political articles among 13: two full batches of two
    assert [bool(r.events) for r in results if r.article.id != "empty"] == \
        [i % 3 == 0 for i in range(12)]
    assert next(r for r in results if r.article.id == "empty").skipped is not None


def test_prefilter_name_parts_count_after_full_name(prefilter):
    text = ("Wang Yi arrived in Madrid on Monday. Wang criticized Washington on Tuesday. "
            "President Xi Jinping spoke. Xi Jinping left.")
    scan = prefilter.scan(text)
    first, second, third, fourth = scan.sentences
    assert second.actors == 2 and second.eventful  # "Wang" is Wang Yi, named before
    assert fourth.actors == 1  # a full name named again is one person, not two
    assert not prefilter.scan("Wang criticized Washington on Tuesday.").sentences[0].eventful


@pytest.mark.parametrize(("second", "actors"), [
    ("Later the Chancellor thanked the Prime Minister for the invitation.", 2),
    ("The President and the Foreign Secretary agreed to keep in touch.", 2),
    ("The Commission and the Gulf states were not mentioned.", 0),  # a body, a region
])
def test_prefilter_titles_refer_to_people_named_before(prefilter, second, actors):
    text = "Chancellor Olaf Scholz hosted Prime Minister Rishi Sunak in Berlin on Monday. " + second
    scan = prefilter.scan(text)
    assert scan.sentences[1].actors == actors
    # before anyone is named, a title alone is nobody in particular
    assert prefilter.scan(second).sentences[0].actors == 0


def test_prefilter_name_parts_skip_function_words(prefilter):
    scan = prefilter.scan("Liu He arrived in Zurich on Monday. He said the talks went well.")
    assert scan.sentences[1].actors == 0  # "He" is a pronoun, not Liu He


def test_prefilter_it_is_an_anaphor(prefilter):
    scan = prefilter.scan("The ministry said it firmly opposed and condemned Taiwan's move.")
    assert scan.sentences[0].eventful


@pytest.mark.parametrize(("mode", "kept"), [
    ("all", [True, True, True, True]),
    ("people", [True, True, False, True]),
    # Wang Yi's arrival may be a trip to the other main country (the United States); the
    # title goes with the sentence after it
    ("needed", [True, True, False, True]),
    ("none", [True, False, False, True]),
])
def test_prefilter_context_modes(prefilters, mode, kept):
    pf = prefilters(mode)
    text = ("Weekly digest\n\nWang Yi arrived in the capital on Thursday. China's economy grew "
            "5 percent last year. The United States accused China of spying.")
    scan = pf.scan(text)
    assert [s.keep for s in scan.sentences] == kept


@pytest.mark.parametrize(("mode", "kept"), [
    ("all", [True, True, True, True]),
    ("people", [True, True, True, False]),
    # the closing sentence holds no event (the country ranking comes from the whole text)
    ("needed", [True, True, True, False]),
    ("none", [True, True, False, False]),
])
def test_prefilter_people_mode_keeps_one_actor_sentences_with_a_trigger(prefilters, mode,
                                                                       kept):
    pf = prefilters(mode)
    text = ("Weekly digest\n\nThe United States accused China of spying. Taiwan's defense "
            "ministry condemned the drills.\n\nChina's economy grew 5 percent last year.")
    assert [s.keep for s in pf.scan(text).sentences] == kept


def test_prefilter_rejects_unknown_context_mode():
    from detente.coding.actors import load_kb
    from detente.nlp.prefilter import Prefilter

    with pytest.raises(ValueError, match="context"):
        Prefilter(load_kb(), context="some")


# -- context="needed": what a kept sentence needs, decided from the scan ------------------------
@pytest.fixture(scope="module")
def needed(prefilters):
    return prefilters("needed")


@pytest.mark.parametrize(("text", "kept"), [
    # "it" stands for the subject of the sentence before: both are kept; a one-party protest
    # is aimed at the other main country; the closing sentence is dropped
    ("Balloon row\n\nA U.S. fighter jet shot down a Chinese balloon on Saturday. China's "
     "foreign ministry protested on Sunday. Beijing said it would resolutely safeguard the "
     "rights of the company. It also said it reserved the right to respond further if "
     "necessary. Shares in airlines fell.", [True, True, True, True, True, False]),
    # a one-party act aimed at someone only when the party is one of the two main countries
    ("Talks in Tokyo\n\nJapan and South Korea held talks in Tokyo on Monday. Japan later "
     "protested on Tuesday. Brazil protested on Tuesday.", [True, True, True, False]),
    # "Wang" needs the sentence that named Wang Yi in full
    ("Digest\n\nWang Yi arrived in the capital on Monday. The weather was fine. Wang "
     "criticized Washington on Tuesday.", [True, True, False, True]),
    # "the trip" refers back to the meeting: kept with no party named
    ("Digest\n\nBiden met Xi in Woodside on Wednesday. Analysts said the timing of the "
     "trip was sensitive. The weather was fine.", [True, True, True, False]),
])
def test_prefilter_needed_keeps_what_kept_sentences_need(needed, text, kept):
    scan = needed.scan(text)
    assert scan.relevant
    assert [s.keep for s in scan.sentences] == kept


@pytest.mark.parametrize(("sentence", "kept"), [
    ("The U.S. and China held talks in Paris on Monday.", True),
    ("The U.S. and China held a concert in Paris on Monday.", False),  # "hold" needs "talks"
    # parties of one country, not one of the two main ones
    ("Japanese officials met Japan's foreign minister on Monday.", False),
    ("Japanese officials met China's foreign minister on Monday.", True),
    ("Chinese officials criticized the American decision.", True),
    ("Japan and China played down the risks on Monday.", False),  # "down": a particle
    # irregular past forms of trigger verbs
    ("Washington withheld military aid to China on Monday.", True),
    ("A Chinese missile sank an American supply vessel on Monday.", True),
    ("China tore up its fishing accord with the United States.", True),
])
def test_prefilter_needed_event_sentences(needed, sentence, kept):
    """Two parties of different countries and a trigger with its pattern's object."""
    text = ("Digest\n\nBiden met Xi Jinping in Woodside on Wednesday. The United States "
            "and China agreed to resume military talks. " + sentence)
    assert needed.scan(text).sentences[-1].keep is kept


@pytest.mark.parametrize(("text", "expected", "order"), [
    # a title (no closing punctuation, a line of its own) and the sentence after it are the
    # lead and count three times: people and "Chinese" twice, "Beijing" once
    ("Biden meets Xi\n\nChinese officials said Beijing would respond. Japan was not mentioned.",
     {"USA": 2 * 3, "CHN": 2 * 3 + 2 * 3 + 3, "JPN": 1}, ["USA", "CHN", "JPN"]),
    # no title: the first sentence is the lead
    ("Chinese officials said Beijing would respond. Biden met Xi. Japan was not mentioned.",
     {"CHN": 2 * 3 + 3 + 2, "USA": 2, "JPN": 1}, ["CHN", "USA", "JPN"]),
])
def test_prefilter_country_counts_weigh_people_adjectives_and_the_lead(needed, text, expected,
                                                                       order):
    counts, first = needed.country_counts(text)
    assert counts == expected
    assert sorted(first, key=first.__getitem__) == order


def test_prefilter_scan_counts_countries_over_the_whole_text(needed):
    """The scan hands the extractor the ranking of the whole text, whatever it keeps."""
    text = ("Drills end\n\nChina and Taiwan traded accusations on Monday as the drills ended. "
            "Taiwan's defense ministry condemned the exercises on Monday. "
            "Taiwan's stock market was little changed on Tuesday.")
    scan = needed.scan(text)
    assert not scan.sentences[-1].keep
    assert scan.countries == needed.country_counts(text)
    assert scan.countries is not None and scan.countries[0]["TWN"] > scan.countries[0]["CHN"]
    assert needed.scan("Heavy rain flooded the city centre.").countries is None
