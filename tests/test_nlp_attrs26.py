"""Status, dates and places of an event, fifth pass (session 19, attrs26).

- "Four days later a drone hit a depot; Moscow blamed Kyiv for it": a semicolon ends a
  clause whatever the parse says, so the first clause's time is not the blaming's;
- "met in Luanda, where C's president, mediating for the AU, ...": the mediating aside is
  set where the sides met;
- "RIGA - Russia expelled two Estonian diplomats": a state named as the doer of an act (not a
  visit or a meeting), when neither it nor its target is the dateline's country, acted at
  home, not where the story was filed (no place unless the text gives one); an envoy
  "expelled from Moscow" was expelled there;
- "the only German chancellor to visit Namibia since 2008": "the only" ranks the event like
  "the first", so the "since" time is not its date.
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article

JUN = datetime.date(2024, 6, 12)


def _events(coder, text: str):
    art = Article(id="attrs26", title=None, text=text, published=JUN)
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value, e.date.value,
             e.location.name if e.location else None,
             e.location.country if e.location else None)
            for e in coder.code(art).events]


def _hits(got, src, code, tgt):
    return [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]


# (text, source, cameo prefix, target, date value) -- the date of the clause after ";"
SEMICOLON = [
    ("The talks ended on Monday. Five days later a rocket landed by the airport; Iraq's "
     "presidency blamed Turkey for it.", "IRQ", "112", "TUR", JUN.isoformat()),
    ("Two weeks later a drone struck a fuel depot; Russia blamed Ukraine for the attack.",
     "RUS", "112", "UKR", JUN.isoformat()),
    ("Three days later a bomb went off near the border; Pakistan accused India of the "
     "attack.", "PAK", "112", "IND", JUN.isoformat()),
    # negative: the clause's own time still dates it
    ("The fighting resumed; on Monday Armenia accused Azerbaijan of shelling a village.",
     "ARM", "112", "AZE", "2024-06-10"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "value"), SEMICOLON,
                         ids=[r[0][:60] for r in SEMICOLON])
def test_nlp_attrs26_semicolon_ends_clause(coder, text, src, code, tgt, value):
    hits = _hits(_events(coder, text), src, code, tgt)
    assert hits, text
    assert all(h[4] == value for h in hits), hits


# (text, mediator, side, place name)
MEDIATING_ASIDE = [
    ("In July, President Ruto and President Museveni met in Addis Ababa, where Ethiopia's "
     "Prime Minister Abiy Ahmed, mediating on behalf of the regional bloc, persuaded both "
     "to sign a border plan.", "ETH", "KEN", "Addis Ababa"),
    ("Serbia's president and Kosovo's prime minister met in Brussels on Monday, where "
     "Italy's foreign minister Antonio Tajani, mediating for the EU, chaired the session.",
     "ITA", "XKX", "Brussels"),
    ("The leaders of Sudan and South Sudan met in Nairobi, where Kenya's president William "
     "Ruto, mediating for the regional bloc, read out a joint statement.",
     "KEN", "SSD", "Nairobi"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "med", "side", "place"), MEDIATING_ASIDE,
                         ids=[r[0][:60] for r in MEDIATING_ASIDE])
def test_nlp_attrs26_mediating_aside_place(coder, text, med, side, place):
    hits = _hits(_events(coder, text), med, "045", side)
    assert hits, text
    assert all(h[5] == place for h in hits), hits


# (text, source, cameo prefix, target, place name or None)
DATELINE_ELSEWHERE = [
    ("VILNIUS, March 3 - Russia expelled two Estonian diplomats on Friday, the foreign "
     "ministry in Tallinn said.", "RUS", "16", "EST", None),
    ("WARSAW, May 2 - China imposed sanctions on three Lithuanian lawmakers on Tuesday.",
     "CHN", "16", "LTU", None),
    ("BRUSSELS, May 2 - Germany's foreign ministry summoned the Iranian ambassador on "
     "Tuesday.", "DEU", "11", "IRN", None),
    ("BRUSSELS, May 2 - The United States imposed sanctions on Iranian oil firms on "
     "Tuesday.", "USA", "16", "IRN", None),
    # an envoy expelled from a capital was expelled there
    ("RIGA, Jan 24 - Latvia cut ties with Russia in solidarity with Estonia, whose envoy "
     "was expelled from Moscow on Monday.", "RUS", "16", "EST", "Moscow"),
    # negative: the doer's own capital, or the target's, stays the place
    ("PARIS, May 2 - France imposed sanctions on Iranian oil firms on Tuesday.",
     "FRA", "16", "IRN", "Paris"),
    ("BEIJING, May 2 - China imposed sanctions on three Lithuanian lawmakers on Tuesday.",
     "CHN", "16", "LTU", "Beijing"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "place"), DATELINE_ELSEWHERE,
                         ids=[r[0][:60] for r in DATELINE_ELSEWHERE])
def test_nlp_attrs26_dateline_elsewhere(coder, text, src, code, tgt, place):
    hits = _hits(_events(coder, text), src, code, tgt)
    assert hits, text
    assert all(h[5] == place for h in hits), hits


# (text, source, cameo prefix, target, date value or None for the publication date)
ONLY_SINCE = [
    ("Scholz is the only German chancellor to visit Namibia since 2008.",
     "DEU", "042", "NAM", None),
    ("Lula became the only Brazilian president to travel to Angola since 2010.",
     "BRA", "042", "AGO", None),
    ("Erdogan was the only NATO leader to meet Putin since 2022.", "TUR", "04", "RUS", None),
    # negative: "only" that counts, not ranks, leaves the "since" time
    ("Blinken has only visited China twice since 2021.", "USA", "042", "CHN", "2021"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "value"), ONLY_SINCE,
                         ids=[r[0][:60] for r in ONLY_SINCE])
def test_nlp_attrs26_only_ranks_since(coder, text, src, code, tgt, value):
    hits = _hits(_events(coder, text), src, code, tgt)
    assert hits, text
    want = value if value is not None else JUN.isoformat()
    assert all(h[4] == want for h in hits), hits


# (text, source, cameo prefix, target, place name) -- people handed over change hands where
# the story was filed
HANDOVER = [
    ("ANKARA, Aug 1 - Russia freed three Americans in a prisoner swap on Thursday.",
     "RUS", "08", "USA", "Ankara"),
    ("DOHA, Sept 18 - Iran released five detained Americans on Monday.",
     "IRN", "08", "USA", "Doha"),
    ("ABU DHABI, Dec 8 - Russia handed over an American prisoner to the United States.",
     "RUS", "08", "USA", "Abu Dhabi"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "place"), HANDOVER,
                         ids=[r[0][:60] for r in HANDOVER])
def test_nlp_attrs26_handover_keeps_dateline(coder, text, src, code, tgt, place):
    hits = _hits(_events(coder, text), src, code, tgt)
    assert hits, text
    assert all(h[5] == place for h in hits), hits


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "VIENNA, May 2 - Russia signed a gas deal with Turkey on Tuesday.",
    "OSLO, May 2 - Colombia signed a trade agreement with Peru on Tuesday.",
    "GENEVA, May 2 - Iran and the United States held talks on Tuesday.",
])
def test_nlp_attrs26_dateline_with_partner_kept(coder, text):
    # an act done with a partner, or a meeting, may well be where the story was filed
    got = _events(coder, text)
    assert got and all(g[5] is not None for g in got), got
