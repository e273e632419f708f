"""Within-article references: a bare title, a pronoun, a group phrase names who did what.

Readouts and analyses tell a person once by name and then by title ("the minister"), by
pronoun ("She also urged ...") or as one of a pair ("the two leaders"). The sentences here are
our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _events(coder, make_article, sentences: list[str], day: date):
    return coder.code(make_article(" ".join(sentences), published=day)).events


def _by_sentence(events, start: str):
    return [e for e in events if e.evidence.sentence.startswith(start)]


# (sentences, publication day, start of the sentence to look at, the person expected as source)
TITLES = [
    # two foreign ministers titled so: not the one named in the same sentence
    (["Chinese Foreign Minister Wang Yi welcomed Foreign Minister Penny Wong to Beijing on "
      "Monday.",
      "During her talks with Wang Yi, the minister raised the case of a detained Australian "
      "writer."], date(2023, 8, 30), "During her talks", "Penny Wong"),
    # a title in apposition, not the vice president met in between
    (["The Foreign Secretary, James Cleverly, flew to Beijing on Wednesday.",
      "In the afternoon he called on Vice President Han Zheng.",
      "Meeting Wang Yi later, the Foreign Secretary criticised the crackdown in Hong Kong."],
     date(2023, 8, 30), "Meeting Wang Yi", "James Cleverly"),
    # no title in the article: the office the person held on the day (Han Zheng was once a
    # party secretary, not a secretary of state)
    (["Blinken met Chinese Vice President Han Zheng in Beijing on Sunday.",
      "The Secretary of State urged Beijing to curb exports of fentanyl chemicals."],
     date(2023, 6, 19), "The Secretary of State", "Antony Blinken"),
    # "the chancellor" is not the vice-chancellor, nor "the president" the vice president
    (["Indian Prime Minister Narendra Modi met Olaf Scholz and Vice-Chancellor Robert Habeck "
      "in Berlin on Monday.",
      "The chancellor praised India's economic reforms."],
     date(2023, 5, 2), "The chancellor", "Olaf Scholz"),
    (["Vice President Kamala Harris met President Yoon Suk Yeol in Seoul on Thursday.",
      "The president praised America's role in the region."],
     date(2023, 3, 16), "The president", "Yoon Suk Yeol"),
]


@pytest.mark.parametrize(("sentences", "day", "start", "name"), TITLES,
                         ids=[t[3] for t in TITLES])
def test_nlp_actors_refs_bare_title_is_the_person_so_titled(coder, make_article, sentences,
                                                             day, start, name):
    got = _by_sentence(_events(coder, make_article, sentences, day), start)
    assert got and all(e.source is not None and e.source.name == name for e in got), [
        (e.source.name if e.source else None, e.cameo) for e in got]


def test_nlp_actors_refs_title_as_object_is_the_other_side(coder, make_article):
    # two foreign ministers: the one told by title as an object is not the subject's
    events = _events(coder, make_article, [
        "Japanese Foreign Minister Yoko Kamikawa met Wang Yi in Busan.",
        "Kamikawa urged the foreign minister to free a detained Japanese businessman."],
        date(2023, 11, 26))
    got = [e for e in _by_sentence(events, "Kamikawa urged") if e.root == "02"]
    assert got and got[0].target is not None and got[0].target.name == "Wang Yi", got


PRONOUNS = [
    (["Foreign Minister Penny Wong arrived in Beijing on Monday.",
      "During her talks with Wang Yi, the minister raised the case of a detained writer.",
      "She also urged China to lift its remaining tariffs on Australian wine."],
     date(2023, 8, 30), "She also urged", "Penny Wong"),
    (["Secretary of State Antony Blinken arrived in Ankara on Saturday.",
      "He met President Erdogan and Foreign Minister Hakan Fidan.",
      "He also pressed Turkey to ratify Sweden's bid to join NATO."],
     date(2024, 1, 7), "He also pressed", "Antony Blinken"),
    (["German Chancellor Olaf Scholz received Kenyan President William Ruto in Berlin.",
      "After a lunch with Ruto, he urged Kenya to take part in a new energy partnership."],
     date(2023, 10, 24), "After a lunch", "Olaf Scholz"),
]


@pytest.mark.parametrize(("sentences", "day", "start", "name"), PRONOUNS,
                         ids=[p[3] for p in PRONOUNS])
def test_nlp_actors_refs_subject_pronoun_is_the_last_subject_person(coder, make_article,
                                                                    sentences, day, start,
                                                                    name):
    got = [e for e in _by_sentence(_events(coder, make_article, sentences, day), start)
           if e.root == "02"]
    assert got and got[0].source is not None and got[0].source.name == name, [
        (e.source.name if e.source else None, e.cameo) for e in got]


@pytest.mark.parametrize(("text", "code"), [
    ("The Chinese side expressed strong dissatisfaction with Tokyo's decision.", "CHNGOV"),
    ("The British side welcomed the agreement with India.", "GBRGOV"),
    ("Beijing's side urged Washington to stop arming Taiwan.", "CHNGOV"),
])
def test_nlp_actors_refs_a_countrys_side_is_its_government(coder, make_article, text, code):
    events = coder.code(make_article(text, published=date(2023, 8, 30))).events
    assert events and events[0].source is not None and events[0].source.code == code


# (sentences, day, start of the group sentence, the two people it names)
GROUPS = [
    # of the two Chinese met, "ministers" names the minister
    (["The Foreign Secretary, James Cleverly, flew to Beijing on Wednesday.",
      "He called on Vice President Han Zheng and then on Foreign Minister Wang Yi.",
      "The two ministers discussed cooperation on climate change."],
     date(2023, 8, 30), "The two ministers", {"James Cleverly", "Wang Yi"}),
    (["Prime Minister Kyriakos Mitsotakis hosted President Recep Tayyip Erdogan in Athens "
      "on Thursday.",
      "Both leaders pledged to keep talking about maritime borders."],
     date(2023, 12, 7), "Both leaders", {"Kyriakos Mitsotakis", "Recep Tayyip Erdoğan"}),
    (["Defence Minister Richard Marles met his Japanese counterpart Minoru Kihara and Foreign "
      "Minister Yoko Kamikawa in Tokyo.",
      "The two defence ministers agreed to expand joint exercises."],
     date(2023, 12, 1), "The two defence", {"Richard Marles", "Minoru Kihara"}),
    (["Chancellor Olaf Scholz received President Emmanuel Macron in Hamburg on Monday.",
      "The pair agreed to coordinate their positions before the EU summit."],
     date(2023, 10, 9), "The pair", {"Olaf Scholz", "Emmanuel Macron"}),
    (["Narendra Modi held talks with Anthony Albanese in Sydney.",
      "The two prime ministers signed a migration agreement."],
     date(2023, 5, 24), "The two prime", {"Narendra Modi", "Anthony Albanese"}),
]


@pytest.mark.parametrize(("sentences", "day", "start", "names"), GROUPS,
                         ids=[g[2] for g in GROUPS])
def test_nlp_actors_refs_pair_phrase_names_the_meetings_principals(coder, make_article,
                                                                   sentences, day, start,
                                                                   names):
    got = _by_sentence(_events(coder, make_article, sentences, day), start)
    pairs = [{e.source.name if e.source else None, e.target.name if e.target else None}
             for e in got]
    assert got and all(p == names for p in pairs), pairs


@pytest.mark.parametrize(("text", "day", "name"), [
    ("Foreign Minister Sergey Lavrov held talks with his Turkish counterpart Hakan Fidan in "
     "Sochi.", date(2023, 9, 4), "Hakan Fidan"),
    ("Defense Secretary Lloyd Austin held talks with his Chinese counterpart Dong Jun in "
     "Singapore.", date(2024, 5, 31), "Dong Jun"),
    ("Prime Minister Narendra Modi held a meeting with his Nepali counterpart Pushpa Kamal "
     "Dahal in New Delhi.", date(2023, 6, 1), "Pushpa Kamal Dahal"),
])
def test_nlp_actors_refs_counterpart_is_the_name_after_it(coder, make_article, text, day,
                                                          name):
    events = [e for e in coder.code(make_article(text, published=day)).events if e.root == "04"]
    assert events and events[0].target is not None and events[0].target.name == name, [
        (e.target.code, e.target.name) for e in events if e.target]


@pytest.mark.parametrize(("sentences", "day", "start", "root", "name"), [
    # the person named with the title, over the unnamed agent of the same phrase
    (["China's special envoy Li Hui arrived in Kyiv on Tuesday.",
      "The envoy met Foreign Minister Dmytro Kuleba and discussed a political settlement."],
     date(2023, 5, 17), "The envoy", "04", "Li Hui"),
    # an unnamed agent told after the named one is the one referred to
    (["Chinese foreign ministry spokesman Wang Wenbin criticised the chip controls.",
      "A State Department spokesman rejected the criticism.",
      "The spokesman urged Beijing to stop intimidating Taiwan."],
     date(2023, 8, 14), "The spokesman", "02", None),
])
def test_nlp_actors_refs_title_of_named_or_unnamed_agent(coder, make_article, sentences, day,
                                                         start, root, name):
    got = [e for e in _by_sentence(_events(coder, make_article, sentences, day), start)
           if e.root == root]
    assert got and got[0].source is not None and got[0].source.name == name, [
        (e.source.code, e.source.name) for e in got if e.source]


@pytest.mark.parametrize(("sentences", "day", "start", "name"), [
    (["Kishida met Xi Jinping in San Francisco.",
      "The Chinese president told the Japanese prime minister that the water release was "
      "irresponsible."], date(2023, 11, 17), "The Chinese president", "Xi Jinping"),
    # of two Chinese foreign ministers, the one in office on the day
    (["Blinken met Wang Yi and Qin Gang in Beijing.",
      "China's foreign minister urged Washington to lift sanctions."],
     date(2023, 6, 19), "China's foreign", "Qin Gang"),
    (["Blinken met Wang Yi and Qin Gang in Beijing.",
      "China's foreign minister urged Washington to lift sanctions."],
     date(2023, 8, 19), "China's foreign", "Wang Yi"),
])
def test_nlp_actors_refs_title_with_nationality_names_the_person(coder, make_article,
                                                                 sentences, day, start, name):
    got = _by_sentence(_events(coder, make_article, sentences, day), start)
    assert got and got[0].source is not None and got[0].source.name == name, [
        (e.source.code, e.source.name) for e in got if e.source]


@pytest.mark.parametrize(("sentences", "day", "start", "root", "side", "name"), [
    (["Prime Minister Fumio Kishida received President Ferdinand Marcos in Tokyo.",
      "Marcos praised his host for Japan's help with radar systems."],
     date(2023, 2, 9), "Marcos praised", "05", "target", "Fumio Kishida"),
    (["Prime Minister Fumio Kishida received President Ferdinand Marcos in Tokyo.",
      "The guest also urged Japan to join patrols in the South China Sea."],
     date(2023, 2, 9), "The guest", "02", "source", "Ferdinand Marcos Jr."),
    (["Wang Yi hosted Foreign Minister Penny Wong in Beijing.",
      "The host urged Australia to treat Chinese firms fairly."],
     date(2023, 12, 21), "The host", "02", "source", "Wang Yi"),
])
def test_nlp_actors_refs_host_and_guest_of_the_last_visit(coder, make_article, sentences, day,
                                                          start, root, side, name):
    got = [e for e in _by_sentence(_events(coder, make_article, sentences, day), start)
           if e.root == root]
    actor = getattr(got[0], side) if got else None
    assert actor is not None and actor.name == name, got
