"""Sentence -> event tables for session-12 precision screens (nlp.screen): mentions of an act
that are no event the text reports.

* an act a side held back from ("pulled back from ending the pact", "stopped short of
  recognising", "held off on sending troops");
* an act whose doer, or whose addressee, is no one in particular ("saying no country should
  give Putin a platform");
* what an invitation asks for besides a journey ("invited Algiers to reopen the border");
* a danger to a value, which is no threat a side makes ("would threaten regional security");
* measures told as taken, which are no threat ("the steps Beijing had taken against ...");
* accord (019) that is an agreement on an act ("agreed with the junta to strengthen ...");
* a judgement told twice: a speech that refers back to what a conjoined one judged ("called
  the decision a provocation and said it was unacceptable"), and a speech that reports
  another of the same root ("the ministry said Kishida told Yoon that ...");
* a cooperative act between a state and its own citizens (tested on sides), and an event
  one of whose sides is a region or bloc no member of which is named ("the West");
* status: a measure a side "has decided" (or, an institution's present, "decides") to take
  is taken (the decision enacts it), as "decided to" already was; "may decide to" is not;
* what a deadline asks for ("gave Mali until January to free the soldiers") and a person
  carried, who makes no journey ("was handed over and flown to New York"), tested on tokens.

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source country, code, target country, status); a two-character code is compared with the
event's root, a longer one with its code, and a status of None matches any.
"""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 6, 1)

Row = tuple[str, str, str, str | None]


def _has(got: set[tuple[str, str, str, str, str]], want: Row) -> bool:
    src, code, tgt, status = want
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


ROWS: list[tuple[str, str, set[Row], set[Row]]] = [
    # -- held back from the act
    ("pulled back from ending", "Seoul pulled back from scrapping its military pact with "
     "Tokyo.", set(), {("KOR", "12", "JPN", None)}),
    ("stopped short of", "Ankara stopped short of recognising the new government in Niamey.",
     set(), {("TUR", "05", "NER", None)}),
    ("held off on", "The Kremlin held off on sending troops to Armenia.", set(),
     {("RUS", "07", "ARM", None)}),
    ("the act itself stays", "Seoul scrapped its military pact with Tokyo.",
     {("KOR", "12", "JPN", "happened")}, set()),
    ("refrained from (kept as before)", "Hanoi refrained from condemning the Russian "
     "invasion.", set(), {("VNM", "11", "RUS", None)}),
    # -- no side in particular
    ("no country should", "Beijing condemned the deal, saying no government should arm "
     "Taiwan.", {("CHN", "111", "TWN", "happened")}, {("CHN", "02", "TWN", None)}),
    ("no state should: said", "Paris said no state should host Putin.", set(),
     {("FRA", "02", "RUS", None)}),
    ("a named side should (kept)", "Beijing said Washington should stop arming Taiwan.",
     {("CHN", "020", "USA", "happened")}, set()),
    # -- what an invitation asks for
    ("invited to restore trade", "Rabat invited Algiers to reopen the border and to restore "
     "trade.", {("MAR", "036", "DZA", None)}, {("DZA", "06", "MAR", None)}),
    ("invited to sign a pact", "Rome invited Tripoli to sign a migration pact with Italy.",
     {("ITA", "036", "LBY", None)}, {("LBY", "05", "ITA", None)}),
    ("invited to visit: the journey stays", "Yoon invited Kishida to visit Seoul.",
     {("JPN", "042", "KOR", "uncertain")}, set()),
    # -- a danger to a value
    ("would threaten security", "Officials in Chisinau said the Russian base would threaten "
     "Moldova's security.", set(), {("RUS", "13", "MDA", None)}),
    ("threatens peace and stability", "Manila said the Chinese buildup threatens peace and "
     "stability in the region.", set(), {("CHN", "13", "PHL", None)}),
    ("threatened to retaliate (kept)", "Tehran threatened to retaliate against London.",
     {("IRN", "130", "GBR", "happened")}, set()),
    ("threatened a side with strikes (kept)", "Moscow threatened Kyiv with new strikes.",
     {("RUS", "130", "UKR", "happened")}, set()),
    # -- measures told as taken
    ("measures had taken", "She criticised the measures Beijing had taken against "
     "Australian exporters.", set(), {("CHN", "13", "AUS", None)}),
    ("took countermeasures", "Moscow took countermeasures against the Finnish firms.", set(),
     {("RUS", "13", "FIN", None)}),
    ("would take measures (kept)", "Beijing said it would take resolute measures against "
     "Washington.", {("CHN", "130", "USA", "happened")}, set()),
    # -- agreeing with a side on an act is no accord with a view
    ("agreed with X to", "A Russian delegation visited Niamey, and Moscow said it had agreed "
     "with the Nigerien junta to deepen military ties.", {("RUS", "03", "NER", None)},
     {("RUS", "019", "NER", None)}),
    ("agreed with X on", "Rome said it had agreed with Tunis on a new migration scheme.",
     set(), {("ITA", "019", "TUN", None)}),
    # (prec15: an act agreed with a partner that no trigger codes is an intent, 030, as
    # "agreed to act" and "agreed with X on" are coded; accord with a view, 019, it is not)
    ("agreed with X to, the act not coded: an intent", "Erdogan flew to Sochi and "
     "agreed with Putin to revive the grain corridor.", {("TUR", "03", "RUS", None)},
     {("TUR", "019", "RUS", None)}),
    ("agreed with X (kept)", "Seoul fully agreed with Washington.",
     {("KOR", "019", "USA", "happened")}, set()),
    # -- status: a measure decided is taken
    ("has decided to recall", "Riyadh has decided to recall its ambassador to Beirut.",
     {("SAU", "161", "LBN", "happened")}, {("SAU", "161", "LBN", "planned")}),
    ("has decided to close", "Ottawa has decided to close its embassy in Tehran.",
     {("CAN", "16", "IRN", "happened")}, {("CAN", "16", "IRN", "planned")}),
    ("had decided to stop", "Lithuania had decided to stop all imports from Belarus.",
     {("LTU", "16", "BLR", "happened")}, set()),
    ("may decide to (not taken)", "Warsaw may decide to expel the Belarusian ambassador.",
     {("POL", "161", "BLR", "hypothetical")}, {("POL", "161", "BLR", "happened")}),
    # -- a bloc named by no member is no party
    ("the West accused", "Moscow accused Western countries of supplying the missiles.",
     set(), {("RUS", "11", "WST", None)}),
    ("Western governments threatened", "Western governments threatened Moscow with new "
     "sanctions.", set(), {("WST", "13", "RUS", None)}),
    ("the West condemned", "The West condemned the annexation by Moscow.", set(),
     {("WST", "11", "RUS", None)}),
    ("members named (kept)", "Russia accused the United States and Britain of supplying the "
     "missiles.", {("RUS", "112", "USA", "happened"), ("RUS", "112", "GBR", "happened")},
     set()),
    # -- one judgement, one event
    ("said he was disappointed", "Kishida said he was deeply disappointed that Seoul had "
     "revived the claims.", {("JPN", "111", "KOR", "happened")}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_prec9_sentence_events(extracted_pairs, label: str, text: str, present: set[Row],
                                   absent: set[Row]) -> None:
    got = extracted_pairs(text, PUB)
    for want in present:
        assert _has(got, want), (label, want, got)
    for unwanted in absent:
        assert not _has(got, unwanted), (label, unwanted, got)


def _speech_rows(coder, text: str) -> dict[str, str | None]:
    """Each trigger of ``text`` (one sentence) with the screen's reason, or None."""
    from detente.nlp.screen import screened

    doc = coder.nlp(text)
    sent = next(iter(doc.sents))
    trigs = coder.extractor.triggers(sent)
    return {t.token.text: screened(t, sent, trigs) for t in trigs}


TOLD_TWICE_ROWS = [
    # (text, trigger word, screened?)
    ("Paris called the verdict outrageous and said it was unjust.", "said", True),
    ("Seoul said that it firmly opposed the measures.", "opposed", False),
    ("Seoul condemned the launch and said Pyongyang must stop its provocations.", "said",
     False),
    ("Morrison called the post repugnant and said it was outrageous.", "said", True),
    ("Morrison called the post repugnant and said it was outrageous.", "called", False),
    ("Kishida said he was deeply disappointed that Seoul had revived the claims.", "said",
     False),
    # a speech reporting a speech of the same root: the inner one is the statement
    ("Tokyo's foreign ministry said Kishida told Yoon that better ties served the common "
     "interests of both countries.", "said", True),
    ("Tokyo's foreign ministry said Kishida told Yoon that better ties served the common "
     "interests of both countries.", "told", False),
    ("The ministry said the talks were constructive, and Seoul said Tokyo's stance was "
     "unacceptable.", "talks", False),
]


@pytest.mark.parametrize(("text", "word", "dropped"), TOLD_TWICE_ROWS,
                         ids=[f"{r[1]}: {r[0][:40]}" for r in TOLD_TWICE_ROWS])
def test_nlp_prec9_judgement_told_twice(coder, text: str, word: str, dropped: bool) -> None:
    rows = _speech_rows(coder, text)
    assert word in rows, rows
    assert (rows[word] is not None) is dropped, rows


@pytest.mark.parametrize(("root", "source", "target", "home"), [
    ("02", ("IND", "GOV"), ("IND", "CVL"), True),  # "to secure the release of its nationals"
    ("05", ("RUS", "GOV"), ("RUS", "CVL"), True),
    ("07", ("PHL", "CVL"), ("PHL", "GOV"), True),
    ("02", ("IND", "GOV"), ("IRN", "GOV"), False),  # another country
    ("14", ("KAZ", "CVL"), ("KAZ", "GOV"), False),  # protests are coded
    ("17", ("MMR", "MIL"), ("MMR", "CVL"), False),  # so is repression
    ("03", ("COL", "GOV"), ("COL", "REB"), False),  # and dealings with rebels
])
def test_nlp_prec9_home_cooperation_sides(root, source, target, home) -> None:
    from types import SimpleNamespace

    from detente.nlp.screen import home_cooperation, no_two_parties

    def side(pair: tuple[str, str | None]) -> SimpleNamespace:
        return SimpleNamespace(country=pair[0], sector=pair[1])

    ev = SimpleNamespace(root=root, source=side(source), target=side(target))
    assert home_cooperation(ev) is home  # type: ignore[arg-type]
    assert no_two_parties(ev) is home  # type: ignore[arg-type]  (the caller's one check)


DEADLINE_ROWS = [
    ("ECOWAS gave Mali until January to free the soldiers.", "free", "gave"),
    ("Minsk gave the Polish diplomats 72 hours to leave the country.", "leave", "gave"),
    ("Algiers gave the envoy a week to return home.", "return", "gave"),
    ("Tokyo gave Seoul a list of demands to consider.", "consider", None),
    ("Qatar gave Kabul money to rebuild the airport.", "rebuild", None),
]


@pytest.mark.parametrize(("text", "verb", "giver"), DEADLINE_ROWS,
                         ids=[r[0] for r in DEADLINE_ROWS])
def test_nlp_prec9_what_a_deadline_asks_for(coder, text: str, verb: str,
                                            giver: str | None) -> None:
    from detente.nlp.screen import _deadline_for

    tok = next(t for t in coder.nlp(text) if t.text == verb)
    got = _deadline_for(tok)
    assert (got.text if got is not None else None) == giver


CARRIED_ROWS = [
    ("Hernandez was handed over to U.S. agents and flown to New York.", "flown", "was"),
    ("The detained activist was taken to Moscow.", "taken", "was"),
    ("The captured sailors were brought to Sevastopol.", "brought", "were"),
    ("Blinken flew to Ankara on Monday.", "flew", None),
    ("The envoy has flown to Doha for talks.", "flown", None),
]


@pytest.mark.parametrize(("text", "verb", "aux"), CARRIED_ROWS, ids=[r[0] for r in CARRIED_ROWS])
def test_nlp_prec9_a_person_carried_makes_no_journey(coder, text: str, verb: str,
                                                     aux: str | None) -> None:
    from detente.nlp.screen import _carried

    tok = next(t for t in coder.nlp(text) if t.text == verb)
    got = _carried(tok)
    assert (got.text if got is not None else None) == aux


@pytest.mark.parametrize(("source", "target", "dropped"), [
    (("WST", None), ("RUS", "GOV"), True),
    (("RUS", "LEG"), ("WST", None), True),
    (("EUR", None), ("CHN", None), True),
    (("EU", None), ("RUS", "GOV"), False),  # an organisation is a party
    (("USA", "GOV"), ("RUS", "GOV"), False),
])
def test_nlp_prec9_unnamed_group_is_no_party(source, target, dropped) -> None:
    from types import SimpleNamespace

    from detente.nlp.screen import no_two_parties, unnamed_group

    ev = SimpleNamespace(root="11", source=SimpleNamespace(country=source[0], sector=source[1]),
                         target=SimpleNamespace(country=target[0], sector=target[1]))
    assert unnamed_group(ev) is dropped  # type: ignore[arg-type]
    assert no_two_parties(ev) is dropped  # type: ignore[arg-type]
