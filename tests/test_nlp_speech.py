"""What is said in or about a meeting, coded as its own event (nlp.events,
``EventExtractor._evaluative`` with ``coding/data/evaluation.yaml``):

* a reported intent of the speaker's side toward the other ("said Brazil was ready to be a
  partner of Argentina", "would deepen trade with India"): 03x, the third digit from the
  words (031 economic, 033 aid, 036 talks, else 030);
* a judgement of the relationship or the talks: optimism (013: "the two sides had made
  progress", "saw no need for a confrontation", "called the talks productive") or pessimism
  (012: "relations had soured");
* speech inside a meeting sentence ("met X, telling him that ...") aimed at the one met.

Speech about third parties' relations, questions, conditions and neutral reports give none.
These load the real spaCy model (one Coder per session).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # progress made, told to the other side
    ("Lavrov met Wang Yi in Beijing on Monday. Lavrov told Wang the two sides had made "
     "considerable progress on energy projects.", ("RUS", "01", "CHN")),
    # hostility denied
    ("Chancellor Olaf Scholz said he saw no need for a confrontation with Beijing.",
     ("DEU", "01", "CHN")),
    ("Prime Minister Anthony Albanese said he did not want to contain China.",
     ("AUS", "01", "CHN")),
    ("Wang Yi told Antony Blinken that Beijing did not seek to displace the United States "
     "in Asia.", ("CHN", "01", "USA")),
    # a goal coming near
    ("President Erdogan told Ilham Aliyev that the two countries were getting closer to a "
     "full agreement on the railway.", ("TUR", "01", "AZE")),
    # the talks judged, not a party praised
    ("Emmanuel Macron met Xi Jinping in Guangzhou on Friday. Macron called the talks among "
     "the most useful the two had held.", ("FRA", "01", "CHN")),
    ("Pedro Sanchez met Xi Jinping in Beijing. Sanchez described the meeting as frank and "
     "fruitful.", ("ESP", "01", "CHN")),
    # an act said to strain the relationship is blamed
    ("Prime Minister Shehbaz Sharif said India's decision would strain relations between the "
     "two neighbours.", ("PAK", "11", "IND")),
    # pessimism about the relationship
    ("Peter Szijjarto met Dmytro Kuleba in Uzhhorod. Szijjarto said relations between the "
     "two countries had soured badly.", ("HUN", "01", "UKR")),
])
def test_nlp_speech_comment_on_the_relationship(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a will-auxiliary on a verb of working toward a cooperative act
    ("Lula met Alberto Fernandez in Buenos Aires. Lula said the two neighbours would work "
     "to expand trade.", ("BRA", "03", "ARG")),
    ("Prime Minister Anthony Albanese said he would work to restore trade with China.",
     ("AUS", "03", "CHN")),
    # a goal noun: "the task is to ..."
    ("Giorgia Meloni met Kais Saied in Tunis. Meloni said the most urgent task for both "
     "sides was to strengthen their partnership.", ("ITA", "03", "TUN")),
    ("Chancellor Olaf Scholz said the priority was to resume regular dialogue with China.",
     ("DEU", "03", "CHN")),
    # a readout verb still reports a defence pact's reach, its clause split or not
    ("The State Department reaffirmed that an armed attack on Japanese coast guard ships "
     "near the Senkaku Islands would invoke U.S. defence commitments under the security "
     "treaty.", ("USA", "03", "JPN")),
    # a relationship reaffirmed by both leaders of a meeting
    ("Anthony Albanese and Fumio Kishida met in Tokyo on Tuesday and reaffirmed their "
     "close partnership.", ("AUS", "03", "JPN")),
])
def test_nlp_speech_reported_intent(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # a participle of speech in a meeting sentence: told to the one met
    ("Jake Sullivan met Wang Yi in Vienna on Friday, telling him that the drills had eroded "
     "trust.", ("USA", "11", "CHN")),
    ("Penny Wong met Wang Yi in Canberra, telling him that the two sides had made real "
     "progress on trade.", ("AUS", "01", "CHN")),
    # a conjoined verb of a readout
    ("Penny Wong met Wang Yi in Canberra and emphasized that the Chinese intercepts were "
     "dangerous and unprofessional.", ("AUS", "11", "CHN")),
    ("Penny Wong met Wang Yi in Canberra and said the two sides had made real progress.",
     ("AUS", "01", "CHN")),
])
def test_nlp_speech_said_in_a_meeting(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, code", [
    ("Giorgia Meloni met Kais Saied in Tunis. Meloni said the most urgent task for both "
     "sides was to strengthen their partnership.", "030"),
    ("Prime Minister Anthony Albanese said he would work to restore trade with China.",
     "031"),
    ("Chancellor Olaf Scholz said the priority was to resume regular dialogue with China.",
     "036"),
])
def test_nlp_speech_intent_digit_follows_the_words(coder, make_article, text, code):
    art = make_article(text)
    events = coder.extractor.extract(coder.nlp(art.text), art)
    assert code in {e.cameo for e in events}, events


@pytest.mark.parametrize("text", [
    # other countries' relationship
    ("Sergei Lavrov said relations between India and Pakistan had soured badly."),
    # a question, a condition
    ("Antony Blinken said it was unclear whether relations with China would improve soon."),
    ("Antony Blinken said relations with China would improve only if Beijing stopped its "
     "drills."),
    ("Antony Blinken met Wang Yi in Beijing. Blinken said it was too early to say whether "
     "the talks with China had been productive."),
    # a neutral report of the talks
    ("Antony Blinken said the talks with China would take place in Vienna next week."),
    # hostility not denied
    ("Chancellor Olaf Scholz said he saw a real risk of confrontation with Beijing."),
    # progress that is only a condition
    ("Wang Yi said progress depended on Washington changing its policies."),
    # a readout verb's object is no clause: a position, not a judgement
    ("The new resolution reaffirms that every party to the war in Sudan must respect its "
     "duty to shield civilians from war crimes."),
    ("The two ministers underscored their opposition to any threat of force in the Taiwan "
     "Strait."),
    # a third party's intent, a negated intent, a question
    ("Antony Blinken said Russia would work to expand trade with Iran."),
    ("Lula met Alberto Fernandez in Buenos Aires. Lula said the two neighbours would not "
     "work to expand trade."),
    ("Lula met Alberto Fernandez in Buenos Aires. Reporters asked Lula whether the two "
     "neighbours would work to expand trade."),
])
def test_nlp_speech_no_comment_coded(coder, make_article, text):
    art = make_article(text)
    events = coder.extractor.extract(coder.nlp(art.text), art)
    assert not any(e.rule and e.rule.split("+")[0] in (
        "statement.optimistic_speech", "statement.pessimistic_speech",
        "intent.reported_speech") for e in events), events
