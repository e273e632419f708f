"""A government's own statement: its header names the issuer, and "we" in it is that
government ("We condemn ...", "We call on ...", "We welcome ...")."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("title", "first_line", "issuer"), [
    (None, "Statement by the Spokesperson of the U.S. Department of State", "USA"),
    (None, "Press release of the Ministry of Foreign Affairs of Japan", "JPN"),
    (None, "Information office of the Presidency of Kazakhstan", "KAZ"),
    (None, "Canberra, 3 May 2024 -- Readout issued by the Department of Foreign Affairs",
     "AUS"),
    (None, "Kremlin readout of Vladimir Putin's call with Recep Tayyip Erdogan", "RUS"),
    ("Statement by the French Ministry for Europe and Foreign Affairs", "Paris, 2 June",
     "FRA"),
    # the subject of the text is no issuer; two issuers are none; a lede is no header
    (None, "Statement on the Russian missile strikes on Kyiv", None),
    (None, "Joint statement by India and Bangladesh on the border", None),
    (None, "Statement by the Spokesperson on Chinese military drills near Taiwan", None),
    ("Russia and Ukraine swap prisoners", "KYIV, May 3 (Detente Wire) - Ukraine and "
     "Russia exchanged dozens of prisoners on Saturday in a deal mediated by the United "
     "Arab Emirates, officials in Kyiv said in a statement issued by the ministry.", None),
    ("Ghana and Togo reopen border", "Accra, 4 March", None),
])
def test_nlp_issuer_from_the_header(coder, title, first_line, issuer):
    text = first_line + "\n\nThe text of the statement follows here."
    assert coder.prefilter.issuer(title, text) == issuer


def _events(coder, text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    art = Article(id=Article.make_id(text), title=title, text=text,
                  published=date(2023, 3, 1), origin="test")
    return {(e.source.country or "", e.root, e.target.country or "")
            for e in coder.code(art).events if e.source is not None and e.target is not None}


@pytest.mark.parametrize(("text", "want"), [
    ("Statement by the Spokesperson of the U.S. Department of State\n\n"
     "We strongly condemn Russia's missile strikes on Kyiv this morning.", ("USA", "11", "RUS")),
    ("Press release of the Ministry of Foreign Affairs of Japan\n\n"
     "We call on North Korea to refrain from further launches.", ("JPN", "02", "PRK")),
    ("Statement by the Ministry of Foreign Affairs of Norway\n\n"
     "We welcome the decision of Kenya to lead the mission in Haiti.", ("NOR", "05", "KEN")),
    ("Press statement of the Foreign Ministry of Pakistan\n\n"
     "We reject the baseless allegations made by India against us.", ("PAK", "01", "IND")),
    ("Bulletin of the German Federal Foreign Office\n\n"
     "We are deeply concerned about the detention of two journalists by Iran.",
     ("DEU", "11", "IRN")),
    # a minister's statement in the first person singular
    ("Statement by Foreign Secretary James Cleverly\n\n"
     "I condemn the attack by Iran on commercial shipping in the Gulf.", ("GBR", "11", "IRN")),
    ("Statement by Foreign Minister Melanie Joly\n\n"
     "I welcome the release of the two Canadians by China.", ("CAN", "05", "CHN")),
])
def test_nlp_issuer_we_is_the_issuing_government(coder, text, want):
    assert want in _events(coder, text)


@pytest.mark.parametrize("text", [
    # no header naming an issuer: "we" is no one
    "We strongly condemn Russia's missile strikes on Kyiv this morning.",
    "I condemn the sanctions imposed by the United States on Cuba.",
    # a news story: "we" inside a quotation is the speaker's, not the wire's
    "Statement by the Spokesperson of the U.S. Department of State\n\n"
    "\"We condemn the sanctions imposed by Washington,\" Russia's envoy said on Monday.",
    # a joint statement names two issuers
    "Joint statement by India and Bangladesh\n\nWe condemn the attack on the border post "
    "by Myanmar armed groups.",
])
def test_nlp_issuer_we_stays_unresolved(coder, text):
    art = Article(id=Article.make_id(text), title=None, text=text,
                  published=date(2023, 3, 1), origin="test")
    sides = [a for e in coder.code(art).events for a in (e.source, e.target) if a is not None]
    # no event has "we" or "I" itself as a side (a quoted speaker's "we" may still stand
    # for the speaker, named in the sentence, through the quoted-voice rule)
    assert not [a for a in sides if (a.text or "").lower() in ("we", "i", "us")
                and a.country in ("USA", "IND", "BGD")]


@pytest.mark.parametrize(("text", "want"), [
    ("The United States welcomed the decision of Japan to provide aid to Ukraine.",
     ("JPN", "07", "UKR")),
    ("Germany praised the decision by Norway to send aid to Sudan.", ("NOR", "07", "SDN")),
    ("Britain welcomed the offer by Qatar to mediate between Israel and Hamas.",
     ("GBR", "05", "QAT")),
])
def test_nlp_issuer_the_owner_of_a_decision_acts(coder, text, want):
    assert want in _events(coder, text)
