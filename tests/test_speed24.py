"""speed24: memos and gates that make actor resolution cheaper must not change what it reads.

The agent-sector memo of :class:`~detente.nlp.actors.ActorResolver` is kept per document:
one resolver asked about two documents in turn (or two articles coded one after the other)
answers each from its own words. The gates (a sentence with no gendered pronoun, with no
apposition, a token at the start of the document) give the answers the full walks give."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.actor_common import pro_or_anti
from detente.nlp.actors import ActorResolver

DAY = date(2023, 9, 21)


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("first", "second", "word"), [
    # the same token index holds an agent noun of another sector in the second document
    ("Chinese officials arrived on Monday.", "Rebel fighters arrived on Monday.", "officials"),
    ("Rebel fighters crossed the river.", "Japanese diplomats crossed the river.", "fighters"),
    ("Police officers stopped the march.", "Army soldiers stopped the march.", "officers"),
    # a noun that is no agent, then one that is
    ("Heavy rains flooded the town.", "Navy sailors flooded the town.", "rains"),
])
def test_speed24_sector_memo_is_per_document(coder, first: str, second: str,
                                             word: str) -> None:
    doc1, doc2 = coder.nlp(first), coder.nlp(second)
    tok1 = _tok(doc1, word)
    tok2 = doc2[tok1.i]
    fresh = ActorResolver(coder.kb, DAY)
    want2 = fresh._find_agent_sector(tok2)
    r = ActorResolver(coder.kb, DAY)
    got1 = r._agent_sector(tok1)
    assert got1 == r._find_agent_sector(tok1)
    assert r._agent_sector(tok1) == got1  # (the memo's answer is the walk's)
    assert r._agent_sector(tok2) == want2  # (not the first document's answer)
    assert r._agent_sector(tok1) == got1  # (and back again)


def test_speed24_sector_memo_differs_between_documents(coder) -> None:
    doc1 = coder.nlp("Chinese officials arrived on Monday.")
    doc2 = coder.nlp("Rebel fighters arrived on Monday.")
    r = ActorResolver(coder.kb, DAY)
    a = r._agent_sector(doc1[1])
    b = r._agent_sector(doc2[1])
    assert a is not None and b is not None and a != b


@pytest.mark.parametrize("text", [
    "The Chinese foreign minister met his Japanese counterpart in Tokyo.",
    "Rebel commanders and army officers held talks in Khartoum on Sunday.",
    "The Indian coast guard detained twelve Sri Lankan fishermen.",
])
def test_speed24_two_articles_in_a_row_code_alike(coder, make_article, text: str) -> None:
    # an article coded alone and coded after another one gives the same events
    other = make_article("Iran accused Israel of attacking its embassy in Damascus.")
    art = make_article(text)

    def coded(a) -> list[tuple[str | None, str, str | None]]:
        return sorted((e.source.country if e.source else None, e.cameo,
                       e.target.country if e.target else None) for e in coder.code(a).events)

    alone = coded(art)
    coded(other)
    assert coded(art) == alone


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Pro-Russian rebels shelled the town.", "rebels", False),
    ("The pro - Western camp won the vote.", "Western", True),
    ("The anti-American protest grew.", "anti", False),
    ("Russian troops entered the town.", "Russian", False),
    ("Western envoys arrived.", "Western", False),  # (first token of the document)
])
def test_speed24_pro_or_anti_reads_the_words_before(coder, text: str, word: str,
                                                    want: bool) -> None:
    doc = coder.nlp(text)
    assert pro_or_anti(_tok(doc, word)) is want


@pytest.mark.parametrize(("text", "word", "want"), [
    # a title told with the word before it, and words that make none
    ("The Crown Prince arrived in Paris.", "Prince", True),
    ("Prince Harry arrived in Paris.", "Prince", False),
    ("The prince arrived in Paris.", "prince", False),
])
def test_speed24_compound_title_reads_the_word_before(coder, text: str, word: str,
                                                      want: bool) -> None:
    doc = coder.nlp(text)
    r = ActorResolver(coder.kb, DAY)
    assert (r.compound_title(_tok(doc, word)) is not None) is want
