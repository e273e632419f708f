"""Session 29 (tidy29): one request screen, the guarded goods read from the lexicon, and the
shared look-up of the latest measure an article told.

* A request told as the manner of another act (nlp.screen_requests): no appeal of its own,
  unless the act sends forces or a body sits, and the act does not name the asker.
* ``guarded_goods`` (patterns.yaml) is the one list of what "ensure / guarantee the ... of X"
  guards, for the patterns and for the argument picker alike.

The coded tables load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, unwanted", [
    # a meeting hosted at a side's request: the hosting tells the tie
    ("Japan hosted the talks in Tokyo last week at the request of the South Korean "
     "government.", ("KOR", "02")),
    # a mediation at a side's urging
    ("Norway mediated between the two parties upon Colombia's urging.", ("COL", "02")),
    # help sent to the side that asked: the act names the asker
    ("Canada sent doctors and engineers to help Haiti rebuild, at the Haitian government's "
     "request.", ("HTI", "02")),
])
def test_coding_tidy29_request_manner_no_appeal(coded, text, unwanted):
    rows = coded(text)
    assert not [r for r in rows if (r[0] or "").startswith(unwanted[0])
                and r[1].startswith(unwanted[1])], rows


@pytest.mark.slow
@pytest.mark.parametrize("text, src, code, tgt", [
    # forces sent at a request that the act does not name: the asker's appeal for aid
    ("France dispatched gendarmes to the islands on Monday at the request of the Vanuatu "
     "government.", "VUT", "023", "FRA"),
    ("France dispatched gendarmes to the islands on Monday at the request of the Vanuatu "
     "government.", "FRA", "074", "VUT"),
    # a body sitting at a side's request: the appeal to the body
    ("The Security Council will hold a closed meeting on Friday at Ghana's request.",
     "GHA", "02", "UN"),
])
def test_coding_tidy29_request_kept(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.slow
@pytest.mark.parametrize("text, src, tgt", [
    ("The United States pledged to guarantee the safety of Taiwan, the envoy said.",
     "USA", "TWN"),
    ("Britain will take steps to ensure the defence of Estonia, the minister said on Monday.",
     "GBR", "EST"),
])
def test_coding_tidy29_guarded_goods(coded, has_event, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "03", tgt), rows


def test_coding_tidy29_guarded_goods_from_lexicon():
    from detente.coding.patterns import load_lexicon
    from detente.nlp.arguments import ArgumentPicker

    picker = ArgumentPicker()
    picker.lexicon = load_lexicon()
    goods = picker._guarded_goods()
    assert goods == load_lexicon().classes["guarded_goods"]
    assert {"security", "safety", "defence"} <= set(goods)


def test_coding_tidy29_recent_event_latest_within_lookback():
    from detente.nlp.arguments import MEASURE_LOOKBACK, _recent_event

    events = [SimpleNamespace(root="16", n=i) for i in range(MEASURE_LOOKBACK + 5)]
    events[-1] = SimpleNamespace(root="04", n=-1)
    r = SimpleNamespace(ctx=SimpleNamespace(events=events))
    found = _recent_event(r, lambda ev: ev.root == "16")  # type: ignore[arg-type]
    assert found is not None and found.n == MEASURE_LOOKBACK + 3
    # (an event older than the look-back is not found)
    assert _recent_event(r, lambda ev: ev.n == 0) is None  # type: ignore[arg-type]
    assert _recent_event(r, lambda ev: ev.n == 5) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize("obj, prep_object, seen, unseen", [
    # an object word in the sentence (as a lemma or a form): the pattern is tried
    (("talks", "meeting"), (), {"hold", "held", "talks", "talk"}, False),
    # none of the object words: _match could find no object
    (("talks", "meeting"), (), {"hold", "held", "rally"}, True),
    # a phrase among the words: always tried ("war games" is found from its last word)
    (("war games",), (), {"stage", "drills"}, False),
    # forces may be found through the knowledge base ("sent a battalion"): always tried
    (("troops", "soldiers"), (), {"send", "battalion"}, False),
    # no object asked for: tried
    ((), (), {"meet"}, False),
    # the preposition's object absent: no match
    ((), ("sanctions", "tariffs"), {"hit", "with", "missiles"}, True),
    ((), ("sanctions", "tariffs"), {"hit", "with", "sanctions", "sanction"}, False),
])
def test_coding_tidy29_words_unseen(obj, prep_object, seen, unseen):
    from detente.coding.patterns import Pattern
    from detente.nlp.events import _words_unseen

    pat = Pattern(id="test.p", head="hold", pos="VERB", cameo="040", object=obj,
                  prep="with" if prep_object else None, prep_object=prep_object)
    assert _words_unseen(pat, frozenset(seen)) is unseen


@pytest.mark.parametrize("particle, seen, unseen", [
    ("off", {"call", "called", "off", "talks"}, False),
    ("off", {"call", "called", "talks"}, True),
])
def test_coding_tidy29_particle_unseen(particle, seen, unseen):
    from detente.coding.patterns import Pattern
    from detente.nlp.events import _words_unseen

    pat = Pattern(id="test.p", head="call", pos="VERB", cameo="040", particle=particle)
    assert _words_unseen(pat, frozenset(seen)) is unseen
