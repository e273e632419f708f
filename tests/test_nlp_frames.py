"""Sentence -> raw argument spans of ``EventExtractor.frames`` (no knowledge base): the spans
the sentence-level benchmark scores against annotated source/target actors.

These load the real spaCy model (one Coder per session).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _frame(coder, text: str, trigger: str):
    doc = coder.nlp(text)
    frames = [f for s in doc.sents for f in coder.extractor.frames(s)]
    found = [f for f in frames if f.token.text == trigger]
    assert found, f"no frame for {trigger!r}: {[f.token.text for f in frames]}"
    f = found[0]

    def text_of(span: tuple[int, int] | None) -> str | None:
        return doc[span[0]: span[1]].text if span else None

    return text_of(f.source), text_of(f.target)


CASES = [
    # (construction, text, trigger, expected source, expected target)
    ("active subject and object", "Palestinian gunmen killed an Israeli soldier on Friday.",
     "killed", "Palestinian gunmen", "an Israeli soldier"),
    ("passive agent", "The balloon was shot down by U.S. fighters.", "shot",
     "U.S. fighters", "The balloon"),
    ("coordinated subject", "Blinken, Yellen and Raimondo visited Beijing.", "visited",
     "Blinken, Yellen and Raimondo", "Beijing"),
    ("document noun speaks for its issuer",
     "On October 16, Amnesty International issued a statement calling on Belarusian "
     "authorities to uphold the law.", "calling", "Amnesty International",
     "Belarusian authorities"),
    ("noun event after 'agreed to'", "Turkey has agreed to a ceasefire in Syria.",
     "ceasefire", "Turkey", "Syria"),
    # ("ended mediation efforts" is the light verb's event, 165: see test_nlp_parse_robustness)
    ("noun event in a compound",
     "County Commission has stepped up mediation efforts with Oldcastle.",
     "mediation", "County Commission", None),
    ("noun target on the first conjunct",
     "The U.S. military launched air and artillery strikes on Syrian government-backed troops.",
     "strikes", "The U.S. military", "Syrian government-backed troops"),
    ("that-clause subject after a light verb",
     "Croatian experts have expressed hopes the Croatian government will change its policy.",
     "expressed", "Croatian experts", "the Croatian government"),
    ("that-clause subject after a copula",
     "The Government Accountability Office said it is skeptical the program would meet the "
     "deadline.", "skeptical", "The Government Accountability Office", "the program"),
    ("what a statement is about", "Senate Majority Leader Mitch McConnell expressed optimism "
     "at a bipartisan deal.", "expressed", "Senate Majority Leader Mitch McConnell",
     "a bipartisan deal"),
    ("aid: the one a purpose clause helps",
     "Germany provided 6.3 million euros to support Palestinian refugees in Syria.",
     "provided", "Germany", "Palestinian refugees in Syria"),
    ("span keeps a participial phrase with its agent",
     "Russia vetoed a draft resolution proposed by Britain.", "vetoed", "Russia",
     "a draft resolution proposed by Britain"),
    ("span ends before a date", "The court rejected the proposal submitted by the opposition "
     "on March 31.", "rejected", "The court", "the proposal submitted by the opposition"),
    ("span never holds its trigger (misparsed participle)",
     "A U.S. congressional report called for sanctions against China.", "called",
     "A U.S. congressional report", "China"),
    ("span keeps 'for' after a title", "Bulgaria's Minister for Foreign Affairs welcomed the "
     "visit.", "welcomed", "Bulgaria's Minister for Foreign Affairs", "the visit"),
    ("span drops 'in a statement'", "The Office of the former Afghan President in a statement "
     "condemned the attack.", "condemned", "The Office of the former Afghan President",
     "the attack"),
    ("pronoun target is the one named before",
     "US President Donald Trump called Turkish President Recep Tayyip Erdogan on Wednesday "
     "and urged him to exercise caution.", "urged", "US President Donald Trump",
     "Turkish President Recep Tayyip Erdogan"),
    ("a phone call's purpose is between caller and callee",
     "NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the incident.",
     "apologize", "NATO Secretary General Jens Stoltenberg", "Erdogan"),
    ("a thing handed over goes to its receiver",
     "The United States returned two paintings to the government of Brazil.", "returned",
     "The United States", "the government of Brazil"),
    ("an object owned by an actor is the target",
     "The EU's diplomatic chief rejected Israeli Prime Minister Benjamin Netanyahu's "
     "suggestion that Europe would follow the US.", "rejected", "The EU's diplomatic chief",
     "Israeli Prime Minister Benjamin Netanyahu's suggestion"),
    ("an intent is aimed where the intended act is",
     "Australia is willing to withdraw its troops from Iraq.", "willing", "Australia", "Iraq"),
    ("target slot on the object's participle",
     "US President Donald Trump lifted a travel ban imposed on Chadian citizens.", "lifted",
     "US President Donald Trump", "Chadian citizens"),
    ("a hyphenated name split by the parser stays whole",
     "Libyan Prime Minister Fayez al-Sarraj meanwhile rejected the EU proposal.", "rejected",
     "Libyan Prime Minister Fayez al-Sarraj", "the EU proposal"),
    ("an appeal is aimed where what it asks for is",
     "Greek Foreign Minister Nikos Dendias on Monday called for sanctions against Turkey.",
     "called", "Greek Foreign Minister Nikos Dendias", "Turkey"),
    ("a reduced relative with its agent is passive",
     "Ankara protested over the drone shot down by Syrian forces.", "shot", "Syrian forces",
     "the drone"),
    ("an appeal coordinated with a reported clause is the speaker's",
     "Lavrov told reporters that Kyiv was a puppet and urged Washington to stop arming it.",
     "urged", "Lavrov", "Washington"),
    ("a free relative object names what was condemned",
     "Seoul condemned what it called the provocative launches of North Korean missiles.",
     "condemned", "Seoul", "the provocative launches of North Korean missiles"),
    ("a verb after 'and' shares the first verb's subject",
     "The Kremlin said it was cancelling a planned summit with Finland and suspending border "
     "talks with Helsinki.", "suspending", "The Kremlin", "Helsinki"),
]


@pytest.mark.parametrize(("construction", "text", "trigger", "source", "target"), CASES,
                         ids=[c[0] for c in CASES])
def test_nlp_frames_argument_spans(coder, construction, text, trigger, source, target):
    assert _frame(coder, text, trigger) == (source, target), construction
