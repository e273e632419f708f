"""Actor recognition (actors28): sides the resolver or the pre-filter lost.

* of several bodies that share an alias ("Foreign Office": Britain's, Germany's,
  Pakistan's), the phrase's own possessive or adjective country picks one;
* a plural guest noun ("thanked his guests") after one host received several guests is all
  of them, not only the last one;
* a statement titled by its subject alone ("Statement on ...") whose text opens with a
  country speaking for itself ("The United States is deeply concerned ...") is that
  country's: its "we" is that government;
* the pre-filter keeps a one-party sentence that welcomes the meeting's joint text ("the
  communique") or attends a gathering with no place named: its other side comes from the
  article.

These load the real spaCy model (one coder for the session).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by actor code (conftest)."""
    return codes3(PUB, by="code")


@pytest.mark.parametrize("text, expected", [
    ("Germany's Foreign Office criticised Serbia over the vote count.",
     ("DEUGOV", "111", "SRB")),
    ("The German Foreign Office criticised Serbia over the vote count.",
     ("DEUGOV", "111", "SRB")),
])
def test_coding_actors28_owner_picks_shared_alias(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text", [
    # no owner named: the alias keeps its first reading
    "The Foreign Office criticised Serbia over the vote count.",
])
def test_coding_actors28_shared_alias_without_owner(codes, text):
    assert ("GBRGOV", "111", "SRB") in codes(text)


_HOSTED = ("Chancellor Olaf Scholz on Friday received President Kassym-Jomart Tokayev, "
           "President Sadyr Japarov and President Emomali Rahmon in Berlin. ")


@pytest.mark.parametrize("text, expected", [
    (_HOSTED + "The Chancellor thanked his guests for their support.",
     {("DEUGOV", "051", "KAZGOV"), ("DEUGOV", "051", "KGZGOV"), ("DEUGOV", "051", "TJKGOV")}),
])
def test_coding_actors28_guests_of_last_host(codes, text, expected):
    assert expected <= codes(text)


@pytest.fixture(scope="module")
def coded_article(coder):
    """(source code, 3-digit code, target code) of the events of an article with a title,
    coded with the pre-filter on."""
    from detente.model import Article

    def _code(text: str, title: str | None = None) -> set[tuple[str | None, str, str | None]]:
        art = Article(id=Article.make_id(text, None), title=title, text=text, published=PUB,
                      origin="test", raw_text=text)
        res = coder.code(art)
        return {(e.source.code if e.source else None, e.cameo[:3],
                 e.target.code if e.target else None) for e in res.events}

    return _code


_STATEMENT = ("The United States is gravely troubled by the arrest of a reporter in Moscow. "
              "Officials detained him at the airport last week. ")


@pytest.mark.parametrize("title, text, expected", [
    ("Statement on the arrest of a reporter in Russia",
     _STATEMENT + "We call on Moscow to free him at once.", ("USAGOV", "020", "RUSGOV")),
])
def test_coding_actors28_statement_opening_country(coded_article, title, text, expected):
    assert expected in coded_article(text, title)


@pytest.mark.parametrize("title, text", [
    # a title that names no statement: "we" stays no one
    ("A reporter is held in Russia", _STATEMENT + "We call on Moscow to free him at once."),
])
def test_coding_actors28_opening_country_needs_statement(coded_article, title, text):
    assert not any(s == "USAGOV" and c == "020" for s, c, _t in coded_article(text, title))


@pytest.mark.parametrize("text, expected", [
    ("Israeli and Palestinian officials met in Aqaba on Sunday and issued a joint "
     "communique on security steps. Hamas rejected the talks. "
     "Washington welcomed the communique and called it a good start.",
     ("USAGOV", "051", "ISRGOV")),
])
def test_coding_actors28_prefilter_keeps_joint_text(coded_article, text, expected):
    assert expected in coded_article(text)


_READOUT = ("President Joe Biden welcomed Indonesia's President Joko Widodo to the White House "
            "on Monday. The leaders agreed that Indonesia and the United States would deepen "
            "cooperation on clean energy. The ASEAN summit in Jakarta in September was chaired "
            "by Indonesia. ")


@pytest.mark.parametrize("text, expected", [
    # a readout of one meeting: "the leaders" stay its pair after a gathering told in passing
    (_READOUT + "The leaders called on the military regime in Burma to end the violence.",
     {("USAGOV", "020", "MMRMIL"), ("IDNGOV", "020", "MMRMIL")}),
])
def test_coding_actors28_readout_leaders_after_gathering(codes, text, expected):
    assert expected <= codes(text)
