"""References a government's statement and a wire story leave open: the issuer a header
names by its office alone, the issuer's own organs told bare ("The Ministry condemns ..."),
and "his neighbour" in a sentence that opens with a dateline. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("title", "first_line", "issuer"), [
    # the U.S. State Department's own title for its spokesperson, with or without a name
    (None, "Statement by the Department Spokesperson", "USA"),
    (None, "Jane Roe, Department Spokesperson", "USA"),
    (None, "Press Statement by the Deputy Department Spokesperson on the vote in Georgia",
     "USA"),
    # a first line that is the issuing office itself, with its country or capital
    (None, "Ministry of Foreign Affairs, Ankara", "TUR"),
    (None, "Office of the President of Ghana", "GHA"),
    (None, "Department of Foreign Affairs, Manila", "PHL"),
    # an office of no named country; a sentence; a subject before a colon; a title that
    # is a headline, not an issuing office; a spokesperson of no named government
    (None, "Office of the Prime Minister", None),
    (None, "Ministry officials met their counterparts in Ankara on Monday.", None),
    ("Belgrade talks: Statement by the High Representative after the Ohrid meeting",
     "Ohrid, 18 March", None),
    ("Ministry of Defence of Ukraine reports a drone attack", "Kyiv, 3 May", None),
    (None, "Statement by the Spokesperson on Chinese naval drills near Taiwan", None),
])
def test_nlp_refs17_issuer_from_an_office_header(coder, title, first_line, issuer):
    text = first_line + "\n\nThe text of the statement follows here."
    assert coder.prefilter.issuer(title, text) == issuer


def _events(coder, text: str) -> set[tuple[str, str, str]]:
    art = Article(id=Article.make_id(text), title=None, text=text,
                  published=date(2023, 3, 1), origin="test")
    return {(e.source.country or "", e.root, e.target.country or "")
            for e in coder.code(art).events if e.source is not None and e.target is not None}


@pytest.mark.parametrize(("text", "want"), [
    ("Statement by the Department Spokesperson\n\n"
     "The Department strongly condemns the missile strikes launched by Iran against Iraqi "
     "Kurdistan.", ("USA", "11", "IRN")),
    ("Jane Roe, Department Spokesperson\n\n"
     "The Department welcomes the release of two American journalists by Venezuela.",
     ("USA", "05", "VEN")),
    ("Press release of the Ministry of Foreign Affairs of Japan\n\n"
     "The Ministry strongly condemns the ballistic missile launch by North Korea.",
     ("JPN", "11", "PRK")),
    ("Department of Foreign Affairs, Manila\n\n"
     "The Department protested the dangerous manoeuvres of Chinese coast guard vessels near "
     "the shoal.", ("PHL", "11", "CHN")),
    ("Office of the President of Ghana\n\nThe Presidency condemns the coup in Niger.",
     ("GHA", "11", "NER")),
    ("Ministry of Foreign Affairs, Ankara\n\n"
     "The Ministry welcomes the agreement reached between Armenia and Azerbaijan.",
     ("TUR", "05", "ARM")),
])
def test_nlp_refs17_issuer_organ_is_the_issuing_government(coder, text, want):
    assert want in _events(coder, text)


@pytest.mark.parametrize(("text", "not_source", "root"), [
    # no header: a bare ministry is no issuer's
    ("The ministry condemned the attack by Iran on a tanker, a spokesman said.", "USA", "11"),
    # quoted words: the speaker's ministry, not the issuer's
    ("Statement by the Department Spokesperson\n\n"
     "\"The ministry rejects the accusations made by the United States,\" a Russian diplomat "
     "said.", "USA", "12"),
    # an organ with its own country
    ("Statement by the Department Spokesperson\n\n"
     "The Ministry of Defence of Ukraine said Russia had struck a hospital in Kharkiv.", "USA",
     "11"),
])
def test_nlp_refs17_organ_not_the_issuer(coder, text, not_source, root):
    assert not [e for e in _events(coder, text) if e[0] == not_source and e[1] == root]


@pytest.mark.parametrize(("text", "want"), [
    ("ADDIS ABABA, May 4 - Eritrea shut its border with Ethiopia after President Isaias "
     "Afwerki accused his neighbour of backing insurgents.", ["ETH"]),
    ("ACCRA, June 2 (Wire) - Togo recalled its envoy from Benin after its president said "
     "his neighbour was sheltering gunmen.", ["BEN"]),
    ("KINSHASA (Detente Wire) -- Congo's foreign minister said on Friday that his Rwandan "
     "counterpart had refused to meet him in Luanda.", ["RWAGOV"]),
])
def test_nlp_refs17_neighbour_is_not_the_dateline_country(coder, text, want):
    from detente.nlp.actors import ActorResolver

    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, date(2024, 1, 12))
    resolver.prime(doc)
    tok = next(t for t in doc if t.lower_ in ("neighbour", "counterpart"))
    assert [a.actor.code for a in resolver.resolve(tok)] == want


@pytest.mark.parametrize(("text", "dateline"), [
    ("NAIROBI, Jan 12 - Burundi closed its border.", True),
    ("ADDIS ABABA (Wire) -- Eritrea shut its border.", True),
    ("NATO said - in a short note - that Turkey agreed.", False),
    ("Burundi closed its border - a step Rwanda regretted.", False),
])
def test_nlp_refs17_dateline_tokens(coder, text, dateline):
    from detente.nlp.actor_common import dateline_tokens

    sent = next(iter(coder.nlp(text).sents))
    span = dateline_tokens(sent)
    assert bool(span) is dateline
    if dateline:
        assert sent.doc[span[-1]].text in ("-", "--")


def _resolved(coder, text: str, word: str) -> list[str]:
    from detente.nlp.actors import ActorResolver

    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, date(2024, 1, 12))
    resolver.prime(doc)
    tok = [t for t in doc if t.lower_ == word][-1]
    return sorted({a.actor.country or "" for a in resolver.resolve(tok)})


@pytest.mark.parametrize(("text", "want"), [
    # a plural pronoun after a group phrase of its own sentence: that group's members, not
    # the article's most named countries (which hold the one who acts on the group)
    ("Secretary Rubio hosted the foreign ministers of Congo and Rwanda in Washington. He "
     "said the United States would back the two countries as they carry out the deal.",
     ["COD", "RWA"]),
    ("Kyrgyzstan and Tajikistan clashed along the border on Friday. The United Nations "
     "urged both sides to talk before they resume fighting.", ["KGZ", "TJK"]),
    ("Japan hosted envoys of Serbia and Kosovo. Tokyo praised the two governments and said "
     "they had signed a deal.", ["SRB", "XKX"]),
    # an object pronoun: not the one who acts on it
    ("Fighting broke out between Armenia and Azerbaijan. The French president called the "
     "leaders of both countries and urged them to stop.", ["ARM", "AZE"]),
])
def test_nlp_refs17_they_is_the_group_told_before_it(coder, text, want):
    word = "them" if " them " in text else "they"
    assert _resolved(coder, text, word) == want


@pytest.mark.parametrize(("text", "want"), [
    # a counted group whose members follow in apposition
    ("Nepal took up pledges of rescue teams from three countries, India, Japan and China, "
     "on Tuesday.", ["CHN", "IND", "JPN"]),
    ("Rescue teams came from two countries, Turkey and Qatar, within a day, Pakistan said.",
     ["QAT", "TUR"]),
])
def test_nlp_refs17_counted_group_is_the_members_listed(coder, text, want):
    assert _resolved(coder, text, "countries") == want
