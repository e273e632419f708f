"""Sentence -> event tables for every construction the extractor claims to handle.

These load the real spaCy model (one Coder per session). Expectations are on the dyad, the
CAMEO root and the status group, which is what the gold scoring uses.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 6)


def _events(coder, make_article, text, published=PUB):
    res = coder.code(make_article(text, published=published))
    assert res.skipped is None, res.skipped
    return res.events


def _extracted(coder, make_article, text, published=PUB):
    """The extractor alone, without the pre-filter: for constructions whose sentence names
    one party and a place or nothing else (what the pre-filter parses is its own concern)."""
    art = make_article(text, published=published)
    return coder.extractor.extract(coder.nlp(art.text), art)


def _triples(events):
    return {(e.source.country, e.root, e.target.country) for e in events}


def _assert_triples(got, present, absent):
    """Every triple of ``present`` was coded and none of ``absent``."""
    assert present <= got, got
    assert not (absent & got), got


def _undirected(events):
    return {(frozenset((e.source.country, e.target.country)), e.root) for e in events}


CASES = [
    # (construction, text, expected (source, root, target) triples that must be present)
    ("active svo", "Secretary of State Antony Blinken visited Beijing on Monday.",
     {("USA", "04", "CHN")}),
    ("title + name subject", "Chinese Foreign Minister Wang Yi criticized the United States "
     "on Tuesday.", {("CHN", "11", "USA")}),
    ("metonym subject", "Beijing condemned Washington over the export controls.",
     {("CHN", "11", "USA")}),
    ("agent with nationality", "Philippine coast guard vessels were blocked by Chinese "
     "warships near the shoal.", {("CHN", None, "PHL")}),
    ("passive with by-agent", "The balloon operated by China was shot down by U.S. fighter "
     "jets on Saturday.", {("USA", None, "CHN")}),
    ("accusation with of-complement", "In March, Xi Jinping accused Western countries led by "
     "the United States of containing China.", {("CHN", "11", "USA")}),
    # "agreed to resume talks" is coded as the intent that was expressed (036), per CAMEO
    ("xcomp subject", "Russia agreed to resume talks with Ukraine.", {("RUS", "03", "UKR")}),
    ("relative clause subject", "Officials who visited Beijing in June included Janet "
     "Yellen.", set()),
    ("light verb with preposition", "National security adviser Jake Sullivan held talks "
     "with Wang Yi in Malta last month.", {("USA", "04", "CHN")}),
    ("possessive target", "Beijing criticized Biden's order to shoot down the balloon.",
     {("CHN", "11", "USA")}),
    ("sanctions", "The United States imposed sanctions on Russian banks on Friday.",
     {("USA", "16", "RUS")}),
    ("nominal visit with possessor", "Wang Yi's visit to Washington took place in October.",
     {("CHN", "04", "USA")}),
    ("talks in a capital", "Treasury Secretary Janet Yellen held talks in Beijing on "
     "Saturday.", {("USA", "04", "CHN")}),
    ("invitation accepted", "Chinese Foreign Minister Qin Gang accepted an invitation to visit "
     "Washington.", {("CHN", "04", "USA")}),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_nlp_events_constructions(coder, make_article, name, text, expected):
    got = _triples(_events(coder, make_article, text))
    for src, root, tgt in expected:
        if root is None:
            assert any(s == src and t == tgt for s, _r, t in got), (name, got)
        else:
            assert (src, root, tgt) in got, (name, got)


def test_nlp_events_coordination_gives_one_event_per_actor(coder, make_article):
    evs = _events(coder, make_article,
                  "Antony Blinken, Janet Yellen and Gina Raimondo visited Beijing this year.")
    names = {e.source.name for e in evs if e.root == "04" and e.target.country == "CHN"}
    assert {"Antony Blinken", "Janet Yellen", "Gina Raimondo"} <= names


def test_nlp_events_reciprocal_coordinated_subject(coder, make_article):
    evs = _events(coder, make_article, "Biden and Xi met in San Francisco on Nov. 15.",
                  published=date(2023, 11, 16))
    assert (frozenset(("USA", "CHN")), "04") in _undirected(evs)


def test_nlp_events_two_leaders_resolve_to_main_dyad(coder, make_article):
    text = ("President Joe Biden will host Chinese President Xi Jinping in California. "
            "The two leaders will hold talks on Wednesday.")
    evs = _events(coder, make_article, text)
    assert any(e.root == "04" and {e.source.country, e.target.country} == {"USA", "CHN"}
               and "two leaders" in e.evidence.sentence for e in evs)


def test_nlp_events_surname_resolves_to_person_introduced_earlier(coder, make_article):
    text = ("Chinese Foreign Minister Wang Yi arrived in Washington on Thursday. "
            "Blinken met Wang at the State Department.")
    evs = _events(coder, make_article, text)
    met = [e for e in evs if e.root == "04" and "Blinken met Wang" in e.evidence.sentence]
    assert met and {met[0].source.country, met[0].target.country} == {"USA", "CHN"}


def test_nlp_events_negation_is_not_coded(coder, make_article):
    evs = _events(coder, make_article, "President Biden did not meet Xi Jinping in Bali.")
    assert not [e for e in evs if e.root == "04"]


def test_nlp_events_hypothetical_never_happened(coder, make_article):
    text = ("Analysts said that if Xi Jinping chooses to miss the APEC summit, Joe Biden may "
            "not be willing to make concessions to China.")
    evs = _events(coder, make_article, text)
    assert all(e.status.value != "happened" for e in evs)


def test_nlp_events_reported_speech_has_attribution(coder, make_article):
    text = "A White House spokesman said that Beijing had criticized Washington."
    evs = _events(coder, make_article, text)
    crit = [e for e in evs if e.root == "11" and e.source.country == "CHN"]
    assert crit and crit[0].attribution is not None


def test_nlp_events_media_is_not_government(coder, make_article):
    text = "The Washington Post criticized China over the balloon."
    evs = _events(coder, make_article, text)
    assert all(e.source.code != "USAGOV" for e in evs)


def test_nlp_events_evidence_offsets_point_into_text(coder, make_article):
    art = make_article("Blinken visited Beijing. Yellen then met He Lifeng in Beijing.")
    res = coder.code(art)
    assert res.events
    for e in res.events:
        assert art.text[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert e.source.start is not None


def test_nlp_events_no_actors_no_events(coder, make_article):
    assert _events(coder, make_article, "The weather was mild and the markets rose.") == []


def test_nlp_events_content_of_an_accusation_is_alleged(coder, make_article):
    text = ("In March, Xi Jinping accused Western countries led by the United States of "
            "containing, encircling and suppressing China.")
    evs = _events(coder, make_article, text)
    accusation = [e for e in evs if e.root == "11"]
    alleged = [e for e in evs if e.root != "11" and e.source.country == "USA"]
    assert accusation and accusation[0].status.value == "happened"
    assert all(e.status.value != "happened" for e in alleged)


GROUP_CASES = [
    # (text, triples that must be present, triples that must be absent)
    ("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
     "President Yoon Suk Yeol at Camp David on Friday. Kishida and Yoon thanked Biden. "
     "The three leaders agreed to hold trilateral summits every year.",
     {("USA", "03", "JPN"), ("USA", "03", "KOR"), ("JPN", "03", "KOR")}, set()),
    ("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
     "President Yoon Suk Yeol at Camp David on Friday. Kishida and Yoon met again in Tokyo. "
     "Biden praised both leaders for their courage.",
     {("USA", "05", "JPN"), ("USA", "05", "KOR")}, set()),
    # the lead sentence decides who the article is about, not a country named often later
    ("Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday. "
     "China's coast guard, China's navy and China's fishing fleets were discussed. "
     "The two leaders agreed to launch a hotline.",
     {("JPN", "03", "CHN")}, {("CHN", "03", "JPN")}),
    # "they" after a group subject is the same group
    ("U.S. National Security Adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in "
     "Malta on Saturday. The two sides held candid talks. They also agreed to maintain "
     "this channel of communication.",
     {("USA", "03", "CHN")}, set()),
    # "the leaders" picks up the three-party group of the previous sentence
    ("President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean "
     "President Yoon Suk Yeol at Camp David on Friday. The three leaders agreed to consult "
     "one another. The leaders criticized China's behavior in the South China Sea.",
     {("USA", "11", "CHN"), ("JPN", "11", "CHN"), ("KOR", "11", "CHN")}, set()),
]


@pytest.mark.parametrize("text,present,absent", GROUP_CASES,
                         ids=["three-leaders", "both-leaders-object", "lead-order", "they",
                              "the-leaders"])
def test_nlp_events_group_phrases(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text, published=date(2023, 8, 19)))
    _assert_triples(got, present, absent)


ANAPHORA_CASES = [
    # (text, triples that must be present, triples that must be absent)
    ("The U.S. Commerce Department imposed new export controls on Chinese chipmakers on "
     "Tuesday. China's commerce ministry said it firmly opposed the measures.",
     {("CHN", "11", "USA")}, set()),
    # a meeting is referred to by both who met
    ("Taiwanese President Tsai Ing-wen met U.S. House Speaker Kevin McCarthy in California on "
     "Wednesday. China's foreign ministry said it strongly condemned the meeting.",
     {("CHN", "11", "USA"), ("CHN", "11", "TWN")}, set()),
    # the drills were against Taiwan, so Taiwan's condemnation is of China
    ("China's military began three days of drills around Taiwan on Saturday. Taiwan's defense "
     "ministry condemned the drills.", {("TWN", "11", "CHN")}, set()),
    # no earlier event of that kind: no target is invented
    ("Japan's foreign ministry condemned the drills on Saturday.", set(),
     {("JPN", "11", "CHN"), ("JPN", "11", "USA")}),
]


@pytest.mark.parametrize("text,present,absent", ANAPHORA_CASES,
                         ids=["measures", "meeting", "drills", "no-antecedent"])
def test_nlp_events_object_refers_back_to_an_event(coder, make_article, text, present,
                                                    absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_dateline_is_not_the_subject(coder, make_article):
    text = ("CAMP DAVID, Md., Aug 19 (Sample Wire) -- President Joe Biden hosted Japanese "
            "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol at the Camp "
            "David presidential retreat on Friday, the first summit of the three countries.")
    got = _triples(_events(coder, make_article, text, published=date(2023, 8, 19)))
    assert {("USA", "04", "JPN"), ("USA", "04", "KOR")} <= got, got


RELATION_CASES = [
    # (text, triples that must be present, triples that must be absent)
    # an act on the relationship with no partner named: the other side of the article's dyad
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Beijing suspended several military dialogues in August 2022.",
     {("CHN", "16", "USA")}, set()),
    # a relative clause whose antecedent is the object
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "He raised the military talks that Beijing suspended last year.",
     {("CHN", "16", "USA")}, set()),
    # the partners named in "between": no guess from the article
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Biden spent Sunday in Hanoi, where he and Vietnamese leaders upgraded relations between "
     "their countries.", {("USA", "05", "VNM")}, {("USA", "05", "CHN"), ("VNM", "05", "CHN")}),
    # a threat or protest with nobody named is aimed at the other side of the article's dyad
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "The ministry said Beijing would take resolute measures.",
     {("CHN", "13", "USA")}, set()),
    # ... but not when the sentence names a third party it may be about
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "China's foreign ministry expressed strong dissatisfaction with the situation in Israel.",
     set(), {("CHN", "11", "USA")}),
    # the content of an appeal is not a restriction that happened
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Kerry pressed Beijing to curb methane emissions.", set(), {("CHN", "16", "USA")}),
    # a party named inside the object phrase beats the article's dyad
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "China had reached a secret agreement in principle to pay Cuba several billion dollars.",
     {("CHN", "05", "CUB")}, {("CHN", "05", "USA")}),
]


@pytest.mark.parametrize("text,present,absent", RELATION_CASES,
                         ids=["suspended-dialogues", "relative-clause", "between-subjects",
                              "threat", "third-party", "appeal-content", "party-in-object"])
def test_nlp_events_relationship_partner(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


FORCE_CASES = [
    # (text, triples that must be present, triples that must be absent)
    # force against a thing is force against the side it belongs to
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Beijing was dissatisfied with Biden's order to shoot down the balloons.",
     {("USA", "19", "CHN")}, set()),
    # a place is not a thing of the other side
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Biden said he did not think China was about to invade the island.",
     set(), {("CHN", "19", "USA")}),
    # "accused X of doing": X is the one said to act
    ("Ukraine's foreign minister Dmytro Kuleba met Russian Foreign Minister Sergei Lavrov in "
     "Antalya. Kuleba accused Moscow of deliberately targeting civilians.",
     {("RUS", "19", "UKR")}, {("UKR", "19", "RUS")}),
]


@pytest.mark.parametrize("text,present,absent", FORCE_CASES,
                         ids=["thing-object", "place-object", "accused-of"])
def test_nlp_events_force_against_a_thing(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_sea_named_after_a_country_is_not_that_country(coder, make_article):
    text = ("A Chinese warship sailed through the Taiwan Strait near a U.S. destroyer on "
            "Saturday. Philippine vessels patrolled the South China Sea.")
    got = _triples(_events(coder, make_article, text))
    assert ("CHN", "15", "USA") in got, got
    assert not any(t == "TWN" for _s, _r, t in got), got
    assert not any(t == "CHN" and s == "PHL" for s, _r, t in got), got


def test_nlp_events_lifting_restrictions_is_toward_the_other_side(coder, make_article):
    text = ("South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in "
            "Tokyo on Thursday. Japan's trade ministry said it would lift the export "
            "restrictions.")
    got = _triples(_events(coder, make_article, text, published=date(2023, 3, 16)))
    assert ("JPN", "03", "KOR") in got, got


def test_nlp_events_the_island_is_the_island_named_before(coder, make_article):
    text = ("Taiwanese President Tsai Ing-wen met U.S. House Speaker Kevin McCarthy in "
            "California. China staged large military drills around the island.")
    got = _triples(_events(coder, make_article, text))
    assert ("CHN", "15", "TWN") in got, got


@pytest.mark.parametrize("text", [
    "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. The "
    "Secretary underscored that the United States is committed to keeping open lines of "
    "communication with China.",
    "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. Both "
    "governments say they want more regular communication at senior levels.",
], ids=["committed-to-keeping", "want-communication"])
def test_nlp_events_expressed_intent_happened(coder, make_article, text):
    evs = [e for e in _events(coder, make_article, text) if e.root == "03"]
    assert evs, _triples(_events(coder, make_article, text))
    assert all(e.status.value == "happened" for e in evs), [(e.status, e.status_cue)
                                                            for e in evs]


def test_nlp_events_government_protest_and_it_of_the_sentence_before(coder, make_article):
    text = ("President Joe Biden met Chinese President Xi Jinping in Bali on Monday. China's "
            "foreign ministry protested. It also said it reserved the right to respond.")
    evs = _events(coder, make_article, text)
    got = _triples(evs)
    # a government's protest is a statement (111), not a demonstration (14)
    assert ("CHN", "11", "USA") in got and not any(r == "14" for _s, r, _t in got), got
    assert ("CHN", "13", "USA") in got, got


def test_nlp_events_the_visit_told_before_keeps_its_parties_and_date(coder, make_article):
    text = ("Secretary of State Antony Blinken visited Beijing on June 18. Chinese officials "
            "said the visit had eased tensions.")
    evs = _events(coder, make_article, text, published=date(2023, 6, 20))
    visits = [e for e in evs if e.root == "04"]
    assert len(visits) == 2, _triples(evs)
    assert {(e.source.country, e.target.country) for e in visits} == {("USA", "CHN")}
    assert {e.date.value for e in visits} == {"2023-06-18"}


@pytest.mark.parametrize("text,present,absent", [
    # a noun event with a source and nobody named is aimed at the article's other side
    ("President Joe Biden met Chinese President Xi Jinping in Bali. But U.S. export controls "
     "on advanced chips, imposed in October, remain a source of friction.",
     {("USA", "16", "CHN")}, set()),
    # "ignored the warnings": the warnings were not the subject's
    ("Philippine President Ferdinand Marcos met Chinese President Xi Jinping in Bangkok. "
     "China's coast guard said the Philippine boat had ignored repeated warnings.",
     set(), {("PHL", "13", "CHN")}),
    # "shot down most of the missiles": the quantity stands for what it counts
    ("Russia fired 122 missiles at cities across Ukraine overnight. Ukrainian air defenses "
     "shot down most of the missiles and drones.", {("UKR", "19", "RUS")}, set()),
], ids=["noun-measure", "ignored-warnings", "most-of"])
def test_nlp_events_noun_events_and_their_owners(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # what someone else should do is an appeal to them
    ("Cuban Foreign Minister Bruno Rodriguez met Chinese Foreign Minister Wang Yi in Beijing. "
     "He said Washington should stop interfering in Cuba's internal affairs.",
     {("CUB", "02", "USA")}, set()),
    # optimism about the relationship, told to the other side
    ("Chinese President Xi Jinping met U.S. President Joe Biden near San Francisco. Xi also "
     "told Biden that relations between the two countries would improve.",
     {("CHN", "01", "USA")}, set()),
    # a reported clause with an event of its own is that event, not optimism too
    ("Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing. Both "
     "sides said they agreed to stabilize the relationship.",
     {("USA", "03", "CHN")}, {("USA", "01", "CHN"), ("CHN", "01", "USA")}),
], ids=["should", "optimism", "agreement-not-optimism"])
def test_nlp_events_reported_appeals_and_optimism(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_the_title_the_article_used_wins(coder, make_article):
    # Xi is also General Secretary of the party; "the Secretary" is the one the article
    # called Secretary
    text = ("Secretary of State Antony J. Blinken met today with People's Republic of China "
            "President Xi Jinping in Beijing. Earlier in the day, the Secretary held talks with "
            "Wang Yi.")
    evs = [e for e in _events(coder, make_article, text) if "Earlier" in e.evidence.sentence]
    assert evs and all(e.source.country == "USA" for e in evs), _triples(evs)


def _sources(events, root, target):
    return {e.source.name or e.source.text for e in events
            if e.root == root and e.target.country == target}


@pytest.mark.parametrize("text,root,target,names", [
    # an echo verb repeats the act for its own subject
    ("Prime Minister Fumio Kishida visited Washington in January, and Prime Minister Rishi "
     "Sunak followed in June.", "04", "USA", {"Fumio Kishida", "Rishi Sunak"}),
    # a stranded subject after "and" keeps the verb and object of the first clause
    ("Wang Yi flew to Moscow in February, Qin Gang followed in April, and Li Shangfu in "
     "August.", "04", "RUS", {"Wang Yi", "Qin Gang", "Li Shangfu"}),
    ("Japan imposed sanctions on Russia in March, and South Korea followed suit.", "16", "RUS",
     {"Japan", "South Korea"}),
], ids=["echo-verb", "stranded-subject", "followed-suit"])
def test_nlp_events_gapped_clauses_repeat_the_act(coder, make_article, text, root, target,
                                                   names):
    got = _sources(_events(coder, make_article, text), root, target)
    assert names <= got, got


def test_nlp_events_gapped_clause_has_its_own_date(coder, make_article):
    text = ("Antony Blinken travelled to Beijing in June, and Janet Yellen followed in July.")
    evs = [e for e in _events(coder, make_article, text) if e.root == "04"]
    dates = {(e.source.name, e.date.value) for e in evs}
    assert {("Antony Blinken", "2023-06"), ("Janet Yellen", "2023-07")} <= dates, dates


@pytest.mark.parametrize("text,present,absent", [
    # the members a group noun's phrase names are each a target
    ("Washington urged partners that build advanced lithography machines, notably Japan and "
     "the Netherlands, to tighten their export rules.",
     {("USA", "02", "JPN"), ("USA", "02", "NLD")}, set()),
    ("Moscow threatened neighbours including Finland and Sweden with retaliation.",
     {("RUS", "13", "FIN"), ("RUS", "13", "SWE")}, set()),
], ids=["notably", "including"])
def test_nlp_events_enumerated_members_of_a_group(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # the appeal joined to the reported clause is still the speaker's
    ("Wang Yi told Antony Blinken that Taiwan was a red line and urged Washington to stop "
     "selling arms to Taipei.", {("CHN", "02", "USA")}, {("TWN", "02", "USA")}),
    ("Lavrov said that Ukraine was a sovereign matter and warned NATO against sending troops.",
     {("RUS", "13", "NATO")}, {("UKR", "13", "NATO")}),
], ids=["told-and-urged", "said-and-warned"])
def test_nlp_events_coordinated_speech_act_is_the_speakers(coder, make_article, text,
                                                            present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_inferred_partner_has_no_text(coder, make_article):
    # the partner of "Beijing suspended ..." is inferred from the article, so it has no span;
    # in particular never the trigger word
    text = ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
            "Beijing froze several military hotlines in August.")
    evs = [e for e in _events(coder, make_article, text) if e.root == "16"]
    assert evs, _triples(_events(coder, make_article, text))
    for e in evs:
        assert e.target.country == "USA" and e.target.text is None and e.target.start is None


@pytest.mark.parametrize("text,present,absent", [
    # an act opposed "by" somebody is aimed at them, not at the article's other side
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Washington opposes any attempt by Pyongyang to expand its arsenal.",
     {("USA", "11", "PRK")}, {("USA", "11", "CHN")}),
    # ... and at nobody when the doer is not an actor
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Washington opposes unilateral moves by any party.", set(), {("USA", "11", "CHN")}),
], ids=["named-doer", "unnamed-doer"])
def test_nlp_events_doer_of_the_opposed_act(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # the parties of an agreement intend its infinitive; the agreement is not a second event
    ("Trade ministers met in Geneva. The ministers recalled the agreement between Tokyo and "
     "Canberra to deepen defence cooperation.", {("JPN", "03", "AUS")}, {("JPN", "05", "AUS")}),
    ("Their joint statement recalled the commitment of Prime Minister Narendra Modi and "
     "President Emmanuel Macron to hold annual talks.", {("IND", "03", "FRA")}, set()),
], ids=["agreement-between", "commitment-of"])
def test_nlp_events_agreement_noun_with_infinitive(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_plural_title_before_names_is_not_an_actor(coder, make_article):
    text = ("Chancellor Olaf Scholz met Xi Jinping in Beijing. Scholz hailed the dialogue "
            "between Presidents Emmanuel Macron and Xi Jinping.")
    actors = [a for e in _events(coder, make_article, text) for a in (e.source, e.target)]
    # the title belongs to the names after it; it does not stand for a president of its own
    assert all(a.text != "Presidents" for a in actors), [(a.text, a.code) for a in actors]
    assert any(a.country == "FRA" for a in actors), [(a.text, a.code) for a in actors]


@pytest.mark.parametrize("text,present,absent", [
    # a reduced relative with its agent is passive: the agent acts on the noun described
    ("President Joe Biden met Chinese President Xi Jinping in Bali. Xi complained about the "
     "airship shot down by American jets over the Atlantic.",
     {("USA", "19", "CHN")}, {("CHN", "19", "USA")}),
    # people "of the two countries" are the two countries' people
    ("President Joe Biden met Chinese President Xi Jinping in Bali. The defence ministers of "
     "the two countries held a phone call on Friday.", set(), set()),
    # "agreed that their governments would ..." is an intent of the group
    ("President Joe Biden met Chinese President Xi Jinping in Bali. The leaders agreed that "
     "their governments would hold talks on climate finance.", {("USA", "03", "CHN")}, set()),
    # "stressed the importance of keeping ...": the one who stresses it
    ("Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore. "
     "Austin stressed the importance of maintaining military communication channels.",
     {("USA", "03", "CHN")}, set()),
    # a threat is aimed at the one whose conduct is its condition
    ("Chinese Foreign Minister Wang Yi met Philippine Foreign Secretary Enrique Manalo. Wang "
     "warned that if Manila kept sending boats to the reef, there would be consequences.",
     {("CHN", "13", "PHL")}, set()),
], ids=["reduced-relative-passive", "people-of-the-two", "agreed-that-would",
        "importance-of", "warning-condition"])
def test_nlp_events_argument_constructions(coder, make_article, text, present, absent):
    evs = _events(coder, make_article, text)
    got = _triples(evs)
    _assert_triples(got, present, absent)
    if "defence ministers" in text:
        call = [e for e in evs if "phone call" in e.evidence.sentence and e.root == "04"]
        assert call and {(e.source.country, e.target.country) for e in call} <= {
            ("USA", "CHN"), ("CHN", "USA")}, got
        assert all(e.source.sector == "MIL" or e.source.sector == "GOV" for e in call)


@pytest.mark.parametrize("text,present,absent", [
    # "the two" right after an event between two parties is those two, not the article's pair
    ("Prime Minister Fumio Kishida met Chinese Premier Li Qiang in Jakarta. Kishida later met "
     "Australian Prime Minister Anthony Albanese, and the two agreed to deepen defence "
     "cooperation.", {("JPN", "03", "AUS")}, {("JPN", "03", "CHN")}),
    # a third country named in a time phrase or another clause does not block the article's
    # partner
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Beijing froze several defence hotlines after a trip to Manila by the U.S. defense "
     "secretary.", {("CHN", "16", "USA")}, set()),
    # ... but one named in the trigger's own clause does
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. "
     "Beijing froze several defence hotlines with Manila.", set(), {("CHN", "16", "USA")}),
], ids=["the-two-of-the-sentence", "third-party-in-time-phrase", "third-party-in-clause"])
def test_nlp_events_group_and_partner_scope(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a phrasal verb whose particle the parser takes for a preposition keeps its object
    ("President Joe Biden met Chinese President Xi Jinping in Bali. A U.S. fighter jet shot "
     "down the suspected Chinese spy balloon over the ocean on Saturday.",
     {("USA", "19", "CHN")}, set()),
    # a verb after "and" that the parser hung on the object noun shares the first subject
    ("President Joe Biden met Chinese President Xi Jinping in Bali. On Friday, the Chinese "
     "defence ministry announced it was postponing a planned visit by naval officers and "
     "suspending maritime safety talks with Washington.", {("CHN", "16", "USA")}, set()),
    # a reported clause hung on a noun of the reporting verb's phrase is still reported
    ("U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. "
     "Wang told Blinken in the meeting that Washington should stop meddling in Hong Kong.",
     {("CHN", "02", "USA")}, set()),
    # "condemned what it called X": X is what was condemned
    ("Philippine President Ferdinand Marcos met Chinese President Xi Jinping in Bangkok. "
     "Manila condemned what it called the reckless manoeuvres of Chinese coast guard ships.",
     {("PHL", "11", "CHN")}, set()),
], ids=["particle-object", "and-verb-on-object", "that-clause-on-noun", "free-relative"])
def test_nlp_events_parser_slips(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # force with no agent named against one side of the article's pair was the other's
    ("President Joe Biden met Chinese President Xi Jinping in Bali. Relations soured after a "
     "Chinese drone was shot down over the Yellow Sea.", {("USA", "19", "CHN")}, set()),
    # one does not agree alone: with nobody named, with the other side
    ("President Joe Biden met Chinese President Xi Jinping near San Francisco. China also "
     "agreed to review its rules on precursor chemicals.", {("CHN", "03", "USA")}, set()),
], ids=["agentless-force", "agreed-alone"])
def test_nlp_events_inferred_other_side(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_first_name_parsed_as_modifier_of_second(coder, make_article):
    text = ("Commerce Secretary Gina Raimondo and Treasury Secretary Janet Yellen both held "
            "talks in Tokyo in March.")
    names = {e.source.name for e in _events(coder, make_article, text) if e.root == "04"}
    assert {"Gina Raimondo", "Janet Yellen"} <= names, names


@pytest.mark.parametrize("text,present,absent", [
    # where an act happened is not a third party that blocks the article's partner
    ("President Joe Biden met Chinese President Xi Jinping in Bali. Beijing lodged a formal "
     "complaint at the United Nations on Tuesday.", {("CHN", "11", "USA")},
     {("CHN", "11", "UNO")}),
    # a trip by someone with no place named goes to the other side of the article's pair
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. "
     "Analysts expect a trip by Commerce Secretary Gina Raimondo in the autumn.",
     {("USA", "04", "CHN")}, set()),
    # ... but "the first visit by a U.S. leader since ..." characterizes, it does not tell
    ("President Joe Biden met Prime Minister Anthony Albanese in Washington. It was the first "
     "visit by an Australian leader since 2019.", set(), {("AUS", "04", "USA")}),
    # a complaint "against" a measure told before is against whoever imposed it (the
    # announced withdrawal is an intent, 035)
    ("Japan imposed export restrictions on South Korea in 2019. Seoul said it would withdraw a "
     "complaint it had lodged against those restrictions at the World Trade Organization.",
     {("KOR", "03", "JPN")}, {("KOR", "03", "WTO"), ("KOR", "08", "WTO")}),
], ids=["venue", "trip-by", "first-visit", "complaint-against"])
def test_nlp_events_venues_trips_and_complaints(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a journey to a city is a visit to its country
    ("Commerce Secretary Gina Raimondo will meet Premier Li Qiang on Tuesday before "
     "travelling to Guangzhou on Wednesday.", {("USA", "04", "CHN")}, set()),
    ("Treasury Secretary Janet Yellen flew to Osaka on Monday.", {("USA", "04", "JPN")}, set()),
    # "they" is the group of the sentence before, not a pair told later in the sentence
    ("President Joe Biden and Chinese President Xi Jinping met in Bali. They also agreed to "
     "set up a working group, weeks after Speaker Kevin McCarthy met Taiwan's president in "
     "California.",
     {("USA", "03", "CHN")}, {("USA", "03", "TWN")}),
], ids=["city", "city-fly", "they-not-a-later-pair"])
def test_nlp_events_places_and_later_pairs(coder, make_article, text, present, absent):
    got = _triples(_extracted(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_meeting_takes_the_code_of_the_visit_it_is_part_of(coder, make_article):
    text = ("Secretary of State Antony Blinken arrived in Beijing on Sunday for talks. "
            "Blinken also met Foreign Minister Qin Gang on Sunday.")
    evs = [e for e in _events(coder, make_article, text, published=date(2023, 6, 19))
           if "also met" in e.evidence.sentence and e.root == "04"]
    assert evs and all(e.cameo == "042" for e in evs), [(e.cameo, e.location) for e in evs]


@pytest.mark.parametrize("text,present,absent", [
    # the speaker's own "he" in the reported clause is not what the speech is about
    ("Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul. "
     "Speaking in Tokyo, Kishida said he expected ties with South Korea to improve soon.",
     {("JPN", "01", "KOR")}, set()),
    # a show of force with nobody named, around one side of the article's pair
    ("China's Taiwan Affairs Office criticized Taiwanese President Lai Ching-te on Monday. "
     "During naval drills around Taiwan last week, several missiles landed in the sea.",
     {("CHN", "15", "TWN")}, set()),
], ids=["speaker-he", "agentless-drills"])
def test_nlp_events_speaker_and_agentless_nouns(coder, make_article, text, present, absent):
    got = _triples(_extracted(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,code", [
    ("CIA Director William Burns met his Chinese intelligence counterparts in Beijing.",
     "CHNSPY"),
    ("Defense Secretary Lloyd Austin met Chinese military officials in Singapore.", "CHNMIL"),
], ids=["intelligence-counterparts", "military-officials"])
def test_nlp_events_role_noun_takes_the_sector_of_its_modifier(coder, make_article, text,
                                                                code):
    evs = [e for e in _events(coder, make_article, text) if e.root == "04"]
    assert evs and all(e.target.code == code for e in evs), [e.target.code for e in evs]


def test_nlp_events_appeal_for_someones_act_is_made_to_them(coder, make_article):
    text = ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing. "
            "He called for an end to Moscow's attacks on Ukrainian ports.")
    got = _triples(_events(coder, make_article, text))
    assert ("USA", "02", "RUS") in got, got


@pytest.mark.parametrize("text,present,absent", [
    # a stranded name of the object's kind is a new object; the subject carries over
    ("Chancellor Olaf Scholz met Chinese Premier Li Qiang on Monday, and Indian Prime "
     "Minister Narendra Modi on Tuesday.", {("DEU", "04", "IND")}, {("IND", "04", "CHN")}),
    ("Prime Minister Fumio Kishida visited Canberra in May, and Wellington in June.",
     {("JPN", "04", "AUS"), ("JPN", "04", "NZL")}, set()),
], ids=["object-person", "object-place"])
def test_nlp_events_gapped_object(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a wish to act is an expressed intent, and "between" people of no named side is between
    # the two sides of the article
    ("President Joe Biden met Chinese President Xi Jinping in Bali. U.S. officials said they "
     "wanted to revive regular calls between fleet commanders.", {("USA", "03", "CHN")},
     set()),
], ids=["wanted-to-revive-calls-between"])
def test_nlp_events_desire_and_generic_between(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a feeling told as a passive is the experiencer's judgement of what caused it, and of
    # whoever did the deed named
    ("Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing. "
     "Raimondo told reporters she was troubled by the fines that Beijing had imposed on "
     "American chip firms.", {("USA", "11", "CHN")}, {("CHN", "11", "USA")}),
], ids=["troubled-by-the-deed"])
def test_nlp_events_feeling_passive(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_second_conjunct_of_a_trip_series_shares_the_traveller(coder, make_article):
    text = ("President Lai Ching-te's stop in Honolulu followed a stopover in Guam and visits to "
            "Palau and Tuvalu, two of the countries that still recognize Taipei.")
    got = _triples(_events(coder, make_article, text))
    assert {("TWN", "04", "PLW"), ("TWN", "04", "TUV")} <= got, got


@pytest.mark.parametrize("text,present,absent", [
    # what a speaker says another side must, has to or needs to do is an appeal to it, even
    # when the clause holds an act of its own (which has not happened)
    ("Lavrov said Tbilisi must accept the new realities in Abkhazia.", {("RUS", "02", "GEO")},
     set()),
    ("The Greek foreign minister said Ankara has to halt its survey missions.",
     {("GRC", "02", "TUR")}, set()),
    ("Scholz said Beijing needs to use its influence over Pyongyang.", {("DEU", "02", "CHN")},
     set()),
    ("Moscow says Israel must end its strikes on Syria.", {("RUS", "02", "ISR")}, set()),
    # not an appeal: the speaker's own side, or both sides together
    ("Tokyo said Japan must strengthen its coast guard.", set(), {("JPN", "02", "JPN")}),
    ("Kishida said the two sides needed to return to the consensus reached in Lima.", set(),
     {("JPN", "02", "CHN"), ("CHN", "02", "JPN")}),
], ids=["must", "has-to", "needs-to", "must-with-act", "own-side", "both-sides"])
def test_nlp_events_reported_obligation_is_an_appeal(coder, make_article, text, present,
                                                      absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a side saying it will not do a cooperative act refuses it (12x), stated when said
    ("Ankara said it will not lift the ban on Armenian flights.", {("TUR", "12", "ARM")},
     {("TUR", "08", "ARM")}),
    ("Hungary says it will not accept any more Afghan refugees.", {("HUN", "12", "AFG")},
     set()),
    ("Officials said Hanoi had not yet agreed to resume talks with Beijing.",
     {("VNM", "12", "CHN")}, {("VNM", "03", "CHN")}),
    ("Warsaw said it would not send more tanks to Kyiv.", {("POL", "12", "UKR")},
     {("POL", "07", "UKR")}),
    # (an event noun whose verb is refused)
    ("Moscow won't rejoin the grain agreement with Kyiv, the Kremlin said.",
     {("RUS", "12", "UKR")}, {("RUS", "05", "UKR")}),
    # a plain negated fact is no refusal, and no event
    ("Modi did not meet Sharif in Astana.", set(), {("IND", "12", "PAK"), ("IND", "04", "PAK")}),
], ids=["will-not-lift", "will-not-accept", "not-agreed-to", "would-not-send", "noun",
        "did-not"])
def test_nlp_events_stated_refusal(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


def test_nlp_events_target_phrase_is_no_source(coder, make_article):
    # an agentless participle: the countries it is aimed at do not act on each other
    text = "Tokyo decided to ease the export curbs imposed on Iran and Syria after the war."
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, set(), {("IRN", "16", "SYR"), ("SYR", "16", "IRN")})


@pytest.mark.parametrize("text,present,absent", [
    # whose decision, offer or plan it is acts in the infinitive after it
    ("Hanoi condemned Beijing's decision to deploy a survey ship near Vanguard Bank.",
     {("VNM", "11", "CHN")}, set()),
    # (an offer to mediate is the intent to mediate, CAMEO 039, not the mediation, 045)
    ("Addis Ababa welcomed Nairobi's offer to mediate between Ethiopia and Eritrea.",
     {("KEN", "03", "ETH"), ("KEN", "03", "ERI")}, {("ETH", "04", "ERI"), ("KEN", "04", "ETH")}),
    # (an invitation's owner is the host: the invited one travels)
    ("Lula accepted Xi's invitation to visit Beijing.", {("BRA", "04", "CHN")},
     {("CHN", "04", "CHN")}),
], ids=["decision", "offer", "invitation"])
def test_nlp_events_owner_of_intent_noun_acts(coder, make_article, text, present, absent):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, absent)


@pytest.mark.parametrize("text,present", [
    # an accord, offer or aid package told before is referred back to by its noun: the act
    # on it is aimed at those who made it
    ("Rwanda and Burundi signed a border accord on Monday. Uganda welcomed the agreement.",
     {("UGA", "05", "RWA"), ("UGA", "05", "BDI")}),
    ("Chile and Peru signed a fisheries pact on Monday. Bolivia criticised the deal.",
     {("BOL", "11", "CHL"), ("BOL", "11", "PER")}),
], ids=["welcomed-agreement", "criticised-deal"])
def test_nlp_events_accord_told_before(coder, make_article, text, present):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, set())


def test_nlp_events_meeting_of_officials_from_the_two(coder, make_article):
    # "from the two countries" hung on the meeting, after an "of" phrase naming no country
    text = ("Hungary summoned the Slovak ambassador on Monday. A meeting of transport "
            "ministers from the two countries is expected next week in Vienna.")
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, {("HUN", "04", "SVK")}, set())


@pytest.mark.parametrize("text,present", [
    # "they" in what a group says it did is that group, though the tagger reads its name as
    # singular ("The Taliban", "The Houthis")
    ("The Houthis said that they had attacked a Saudi oil terminal.", {("YEM", "19", "SAU")}),
    ("The Taliban claimed they had attacked a Pakistani border post.", {("AFG", "19", "PAK")}),
], ids=["houthis", "taliban"])
def test_nlp_events_they_is_the_group_that_speaks(coder, make_article, text, present):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, set())


def test_nlp_events_backer_of_the_subject_is_no_target(coder, make_article):
    # a participle describing who acts names its backer: no inferred target
    text = "Sudanese army jets supported by Egypt bombed the rebel-held district of Bahri."
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, set(), {("SDN", "19", "EGY")})


@pytest.mark.parametrize("text,present", [
    # a surname introduced before, parsed as a modifier of the second name of a pair
    ("President Gustavo Petro met Lula in Brasilia in May. A meeting between Petro and "
     "Venezuelan President Nicolas Maduro in Caracas last week was seen as a thaw.",
     {("COL", "04", "VEN")}),
    # what a cause brought about happened, aimed at the side the article is about
    ("Chile recalled its envoy from Israel on Monday. The Israeli envoy mocked the decision, "
     "prompting Santiago to lodge a formal protest.", {("CHL", "11", "ISR")}),
], ids=["surname-in-pair", "prompted-protest"])
def test_nlp_events_pair_surname_and_prompted_act(coder, make_article, text, present):
    got = _triples(_events(coder, make_article, text))
    _assert_triples(got, present, set())
