"""Speed caches give what the uncached reads give: the coder's doc text, a trigger's
governing-clause text, the story's sentence texts, the resolver's no-actor tokens."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    "BEIJING, Oct. 6 (Xinhua) -- Chinese Foreign Minister Wang Yi met his Russian counterpart "
    "on Friday.  The two sides   agreed to hold talks next month.",
    "Japan protested to China on Tuesday after ships entered waters near the islands in the "
    "East China Sea. Tokyo said the incursions came days after the talks in Beijing.",
    "Héctor Ruiz, Mexico's ambassador, was recalled by Mexico City. Hours before the vote, "
    "Ecuador's police had raided the embassy in Quito.",
]


def _doc(coder, make_article, text):
    art = make_article(text, published=date(2023, 10, 6))
    prepared = coder._prepare(art)
    return art, next(iter(coder.nlp.pipe([prepared])))


@pytest.mark.parametrize("text", TEXTS)
def test_speed_caches_coder_doc_keeps_its_text(coder, make_article, text):
    from detente.resolve import DOC_TEXT, doc_text

    _art, doc = _doc(coder, make_article, text)
    assert doc.user_data[DOC_TEXT] == doc.text
    assert doc_text(doc) == doc.text
    bare = coder.nlp(text)  # (a doc parsed directly has no copy: doc.text is read)
    assert DOC_TEXT not in bare.user_data and doc_text(bare) == bare.text


@pytest.mark.parametrize("text", TEXTS)
def test_speed_caches_governing_text_is_the_uncached_one(coder, make_article, text):
    from detente.resolve import event_dates as ed

    _art, doc = _doc(coder, make_article, text)
    for sent in doc.sents:
        for tok in sent:
            want = ed._blank_outside(sent, ed._governing_clauses(tok))
            assert ed._governing_text(sent, tok) == want
            assert ed._governing_text(sent, tok) == want  # (the cached copy)


@pytest.mark.parametrize("text", TEXTS)
def test_speed_caches_story_sentence_text(coder, make_article, text):
    from detente.resolve.anchors import _story

    _art, doc = _doc(coder, make_article, text)
    story = _story(doc, date(2023, 10, 6))
    for k, sent in enumerate(doc.sents):
        assert story.sentence_text(k, sent) == sent.text
        part = doc[sent.start:sent.end - 1]  # (not sentence k: read from its tokens)
        assert story.sentence_text(k, part) == part.text


@pytest.mark.parametrize("text", TEXTS)
def test_speed_caches_no_actor_tokens(coder, make_article, text):
    from detente.nlp.actors import ActorResolver

    _art, doc = _doc(coder, make_article, text)
    resolver = ActorResolver(coder.kb, date(2023, 10, 6))
    resolver.prime(doc)
    for tok in doc:
        inside = any(sp.start <= tok.i < sp.end for sp in doc.spans.get("not_actors", []))
        if inside:
            assert resolver.resolve(tok) == []
    resolver._index_spans(doc)
    assert resolver._not_actor_tokens == {
        i for sp in doc.spans.get("not_actors", []) for i in range(sp.start, sp.end)}


def test_speed_caches_gazetteers_share_one_build():
    from detente.resolve.places import Gazetteer

    first = Gazetteer.load().warm()
    second = Gazetteer.load()
    assert second._index is None  # (still lazy until its first lookup)
    assert second.lookup("Beijing") == first.lookup("Beijing")
    assert second._index is first._index
    assert second.find_places("Talks in Geneva and Kabul.") == first.find_places(
        "Talks in Geneva and Kabul.")
