"""Text repair: glued words and names, full-width punctuation, spaces, mojibake, boilerplate,
and the offset contract that later stages rely on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.ingest.repair import RepairResult, repair_text


def _check_offsets(original: str, result: RepairResult) -> None:
    last_start, last_clean = -1, -1
    for r in result.repairs:
        assert original[r.start:r.end] == r.before, r
        assert result.text[r.clean_start:r.clean_start + len(r.after)] == r.after, r
        assert r.before != r.after
        assert r.start >= last_start and r.clean_start >= last_clean  # sorted, non-crossing
        last_start, last_clean = r.end, r.clean_start + len(r.after)
    # replaying the repairs on the original gives the clean text
    out, pos = [], 0
    for r in result.repairs:
        out.append(original[pos:r.start])
        out.append(r.after)
        pos = r.end
    out.append(original[pos:])
    assert "".join(out) == result.text
    for s, e in result.skip_spans:
        assert 0 <= s <= e <= len(result.text)


def _fixed(text: str) -> str:
    result = repair_text(text)
    _check_offsets(text, result)
    return result.text


# --- glued words: must split ----------------------------------------------------------------

MUST_SPLIT = [
    ("Secretary of State Antony BlinkenSpecial Climate Envoy John KerryTreasury Secretary Janet "
     "Yellen",
     "Secretary of State Antony Blinken, Special Climate Envoy John Kerry, Treasury Secretary "
     "Janet Yellen"),
    ("and Commerce Secretary RaimondoGina Raimondo)", "and Commerce Secretary Gina Raimondo)"),
    ("the visit of Secretary of State BlinkenAntony Blinken to China",
     "the visit of Secretary of State Antony Blinken to China"),
    ("U.S. Secretary of State Antony BlinkenAntony Blinken said",
     "U.S. Secretary of State Antony Blinken said"),
    ("Defense Secretary Lloyd AustinAustin requested a call",
     "Defense Secretary Lloyd Austin requested a call"),
    ("tactical and temporary.In September the talks resumed",
     "tactical and temporary. In September the talks resumed"),
    ("the two sides met in 2023.The talks", "the two sides met in 2023. The talks"),
    ("met on Saturday,and it condemned", "met on Saturday, and it condemned"),
    ("said in a statementThe ministry added", "said in a statement. The ministry added"),
    ("guests included JoeBiden and others", "guests included Joe Biden and others"),
    ("Janet YellenPrime Minister Li Qiang", "Janet Yellen, Prime Minister Li Qiang"),
    ("Chancellor ScholzPresident Emmanuel Macron", "Chancellor Scholz, President Emmanuel Macron"),
    ("met withSecretary Blinken", "met with Secretary Blinken"),
    ("SecretaryAntony Blinken", "Secretary Antony Blinken"),
    ("talks with PresidentBiden on Monday", "talks with President Biden on Monday"),
    ("Vice PresidentKamala Harris", "Vice President Kamala Harris"),
    ("Foreign Minister Wang YiPremier Li Qiang", "Foreign Minister Wang Yi, Premier Li Qiang"),
    ("Treasury Secretary Janet YellenJanet Yellen is", "Treasury Secretary Janet Yellen is"),
    ("John KerryJanet Yellen", "John Kerry, Janet Yellen"),
    ("officials.During the visit", "officials. During the visit"),
    ("It rose 5 percent!Analysts said", "It rose 5 percent! Analysts said"),
]


@pytest.mark.parametrize(("text", "expected"), MUST_SPLIT)
def test_ingest_repair_must_split(text: str, expected: str) -> None:
    assert _fixed(text) == expected


# --- glued words: must not split ------------------------------------------------------------

NEVER_SPLIT = [
    "McDonald", "MacArthur", "DeSantis", "LinkedIn", "iPhone", "YouTube", "PayPal", "McConnell",
    "DiCaprio", "O'Neill", "LeBron", "JavaScript", "WeChat", "TikTok", "OpenAI",
    "GlaxoSmithKline", "BlackRock", "MacDonald", "FitzGerald", "DeMarco", "McKinsey",
    "LaToya", "DeAndre", "AstraZeneca", "ExxonMobil", "HarperCollins", "MorganStanley",
    "JPMorgan", "eBay", "iPad", "macOS", "WhatsApp", "SpaceX", "PowerPoint", "BuzzFeed",
    "ByteDance", "HuffPost", "FedEx", "SoftBank", "BurgerKing", "RollsRoyce", "UnitedHealth",
    "WikiLeaks", "DeepMind", "GitHub", "VanDyke", "AliExpress", "BookMark", "MassGeneral",
]


@pytest.mark.parametrize("name", NEVER_SPLIT)
def test_ingest_repair_must_not_split(name: str) -> None:
    text = f"Shares of {name} rose on Tuesday, and {name}'s chief said so."
    assert _fixed(text) == text


@pytest.mark.parametrize("text", [
    "Ronald McDonald met Ron DeSantis, Leonardo DiCaprio and Mitch McConnell.",
    "General Douglas MacArthur and LeBron James spoke with Shaquille O'Neal.",
    "Ms. DeAndre Jordan and Mr. FitzGerald met Mr. McKinsey at YouTube.",
    "Li Yi-Feng and Wang YiMing met.",
    "The iPhone and the iPad, eBay and macOS, WeChat and TikTok.",
    "Visit LinkedIn. In September, WhatsApp and PayPal grew.",
    "See https://example.org/NewsToday/BlinkenSpecial and @JoeBiden or #StandWithUkraine.",
    "Email press.office@StateDept.gov or visit www.example.org/KerryTreasury now.",
    "The U.S. and U.K. agreed, e.g. on trade, at 3.5 percent and 10:30 a.m. local time.",
    "Version 2.0 of Node.js shipped; ASP.NET too.",
    "This is an ordinary sentence. And another one!",
    "He said: \"We will meet.\" Then he left.",
])
def test_ingest_repair_leaves_clean_text_alone(text: str) -> None:
    assert _fixed(text) == text


# --- full-width punctuation, quotes, spaces, mojibake -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Commerce Secretary Gina Raimondo)。 White House",
     "Commerce Secretary Gina Raimondo). White House"),
    ("the Chinese side。Wang Wenbin said", "the Chinese side. Wang Wenbin said"),
    ("the Munich Security Conference，and the Chinese side",
     "the Munich Security Conference, and the Chinese side"),
    ("officials（including envoys）met：today！Really？",
     "officials (including envoys) met: today! Really?"),
    ("a “meeting meeting” is expected", 'a "meeting meeting" is expected'),
    ("China’s position", "China's position"),
    ("he said“hello”and left", 'he said "hello" and left'),
    ("ＡＢＣ ｎｅｗｓ １２３", "ABC news 123"),
])
def test_ingest_repair_fullwidth_and_quotes(text: str, expected: str) -> None:
    assert _fixed(text) == expected


@pytest.mark.parametrize("text", [
    "中国外交部发言人表示。双方将继续沟通（详见下文）。",
    "他说：“我们会见面。”",
])
def test_ingest_repair_keeps_cjk_punctuation(text: str) -> None:
    assert _fixed(text) == text


@pytest.mark.parametrize(("text", "expected", "kind"), [
    ("a\u00a0b\u2009c\u3000d", "a b c d", "space"),
    ("zero\u200bwidth\ufeffjoin", "zerowidthjoin", "space"),
    ("soft\u00adhyphen", "softhyphen", "space"),
    ("bell\x07 and\x00 nul", "bell and nul", "control"),
    ("line\r\nbreak\rhere\u2028too", "line\nbreak\nhere\ntoo", "control"),
    ("The caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo", "The caf\u00e9 in S\u00e3o Paulo", "mojibake"),
    ("He said \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d", 'He said "yes"', "mojibake"),
])
def test_ingest_repair_spaces_controls_mojibake(text: str, expected: str, kind: str) -> None:
    result = repair_text(text)
    _check_offsets(text, result)
    assert result.text == expected
    assert result.repairs and all(kind in r.kind for r in result.repairs[:1])


def test_ingest_repair_zero_width_joiner_kept_in_non_latin_text() -> None:
    text = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # Persian uses ZWNJ
    assert _fixed(text) == text


# --- boilerplate ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The dialogue was constructive. (Related: Delegation Visits Beijing Next Week!) Schumer: "
     'I want a framework "based on values" | more articles).\n\nDespite overtures, exchanges '
     "remain blocked.",
     "The dialogue was constructive.\n\nDespite overtures, exchanges remain blocked."),
    ("The Chinese side declined.(Related: Military shoots down object | more articles）\n\nNext",
     "The Chinese side declined.\n\nNext"),
    ("The envoy said (Related: Other story) that talks would go on.",
     "The envoy said that talks would go on."),
    ("Talks resumed. [See also: Earlier talks] Both sides agreed.",
     "Talks resumed. Both sides agreed."),
    ("First paragraph.\nShare this article\nAdvertisement\nSecond paragraph.\n"
     "Copyright 2023 Example News. All rights reserved.",
     "First paragraph.\nSecond paragraph."),
    ("Body.\n\nRead more: Why the talks matter\nFollow us on Twitter\nSubscribe to our newsletter",
     "Body.\n"),
    ("Still broken.Click here to subscribe to our newsletter for more news.",
     "Still broken."),
    ("Body text.\n\nClick here to subscribe", "Body text.\n"),
    ("© 2023 Example Media\nBody text.", "Body text."),
])
def test_ingest_repair_boilerplate(text: str, expected: str) -> None:
    result = repair_text(text)
    _check_offsets(text, result)
    assert result.text == expected
    assert any("boilerplate" in r.kind for r in result.repairs)


@pytest.mark.parametrize("text", [
    "The ministry said it would follow up on the proposal.",
    "Officials shared the draft with reporters.",
    "Readers were asked to subscribe to the view that talks should continue.",
    "Advertisement spending in China fell, the report said.",
    "Copyright law was also on the agenda of the talks, which lasted two days and covered "
    "many other issues besides.",
    "He told reporters to read more carefully before drawing conclusions.",
])
def test_ingest_repair_boilerplate_words_inside_sentences_stay(text: str) -> None:
    assert _fixed(text) == text


def test_ingest_repair_skip_spans_mark_credits_and_captions() -> None:
    text = ("The envoys met.\nPhoto: Reuters/John Doe\nReporting by Jane Roe; Editing by Sam Poe\n"
            "https://example.org/story\nThey agreed.")
    result = repair_text(text)
    assert result.text == text
    spans = [result.text[s:e] for s, e in result.skip_spans]
    assert spans == ["Photo: Reuters/John Doe", "Reporting by Jane Roe; Editing by Sam Poe",
                     "https://example.org/story"]


# --- offsets on a realistic noisy paragraph ----------------------------------------------------

NOISY = (
    "The officials visiting China include Secretary of State Antony BlinkenSpecial Climate Envoy "
    "John KerryTreasury Secretary Janet Yellen, and Commerce Secretary RaimondoGina Raimondo)。 "
    "White House adviser\u00a0Jake Sullivan also held talks with Wang in Malta last month。"
    "(Related: Senate Delegation Visits Beijing Next Week!) Schumer: I want a framework | more "
    "articles).\n\nIt is only tactical and temporary.In September, the caf\u00c3\u00a9 closed."
    "\nAdvertisement\nThe end."
)


def test_ingest_repair_noisy_paragraph_offsets_and_kinds() -> None:
    result = repair_text(NOISY)
    _check_offsets(NOISY, result)
    kinds = {k for r in result.repairs for k in r.kind.split("+")}
    assert {"glued_words", "glued_name", "fullwidth", "space", "boilerplate", "missing_space",
            "mojibake"} <= kinds
    assert "Antony Blinken, Special Climate Envoy John Kerry, Treasury Secretary" in result.text
    assert "Commerce Secretary Gina Raimondo). White House adviser Jake" in result.text
    assert "Malta last month.\n\nIt is only tactical and temporary. In September" in result.text
    assert "Related" not in result.text and "Advertisement" not in result.text
    assert "café" in result.text


def test_ingest_repair_is_idempotent_on_examples() -> None:
    for text, _ in MUST_SPLIT:
        once = repair_text(text)
        twice = repair_text(once.text)
        assert twice.text == once.text and twice.repairs == ()
    once = repair_text(NOISY)
    assert repair_text(once.text).repairs == ()


def test_ingest_repair_empty_and_plain() -> None:
    assert repair_text("") == RepairResult("", (), ())
    assert repair_text("Plain text.").repairs == ()


# --- properties -------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Blinken", "Special", "Gina", "Raimondo", "Secretary", "The", "In", "McDonald", "LinkedIn",
    "temporary", ".", ",", ";", "!", "?", " ", "  ", "\n", "\n\n", "(", ")", "[", "]", "|",
    "(Related: ", "| more articles)", "Advertisement", "Share this article", "Click here to ",
    "Read more:", "©", "\u3002", "\uff0c", "\uff08", "\uff09", "\u201c", "\u201d", "\u2019",
    "\u00a0", "\u200b", "\u200c", "\r\n", "\x00", "\u00c3\u00a9", "\u4e2d\u56fd", "2023",
    "https://x.org/AbCd", "@JoeBiden", "Photo: x", "e.g.", "U.S.", "Antony ", "AustinAustin",
])
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(alphabet="aAbBzZ .,\n", max_size=5)), max_size=40)
    .map("".join),
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_ingest_repair_property_offsets_and_idempotence(text: str) -> None:
    once = repair_text(text)
    _check_offsets(text, once)
    twice = repair_text(once.text)
    assert twice.text == once.text
    assert twice.repairs == ()
