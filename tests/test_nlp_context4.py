"""Context and screening (session 8, context4): what the pre-filter keeps and which mentions
of a meeting are no event of their own.

* the pre-filter keeps a sentence whose trigger's object is a named, capitalized document
  ("signed the Lome Declaration") and reported speech that warns of a price or of
  consequences;
* a meeting told again as a record ("..., the first visit to Togo by a Ghanaian minister in
  six years") is the same meeting, not a second one; told alone, it is the one mention;
* the acts nested in an appeal's content ("urged Moscow to stop arming Pyongyang") have not
  happened.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 2)


@pytest.fixture(scope="module")
def needed():
    """The pre-filter in its default ("needed") mode."""
    from detente.coding.actors import load_kb
    from detente.coding.patterns import load_lexicon
    from detente.nlp.prefilter import Prefilter

    return Prefilter(load_kb(), load_lexicon(), context="needed")


@pytest.mark.parametrize(("sentence", "eventful"), [
    # a named document as the object of a trigger
    ("Ghana and Togo signed the Lome Declaration on Tuesday.", True),
    ("Peru and Chile initialled the Arica Accord after a day of talks.", True),
    ("Kenya and Uganda ratified the Nile Basin Agreement last week.", True),
    # a capitalized word that is no object the trigger needs
    ("Ghana and Togo signed up for the Lome Marathon on Tuesday.", False),
    # reported speech that warns of a price or of consequences
    ("The German government told Serbia and Kosovo plainly that any delay would carry a "
     "heavy price.", True),
    ("Brussels has told both Parties that any failure to respect the Accord will have "
     "serious consequences.", True),
    # a price that is no warning
    ("Ghana and Togo said the price of cocoa rose again in April.", False),
])
def test_nlp_context4_prefilter_keeps(needed, sentence, eventful):
    scan = needed.scan(sentence)
    assert len(scan.sentences) == 1
    assert scan.sentences[0].eventful is eventful, scan.sentences[0]


@pytest.mark.parametrize(("label", "text", "present", "absent"), [
    # (the guest's visit, 042, is coded from the reception itself since session 11 (meet8:
    # a hosting tells the guest's visit); the record phrase adds no event of its own)
    ("record after a reception",
     "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi "
     "on Tuesday, the Tanzanian leader's first visit to Kenya since 2019.",
     {("KEN", "043", "TZA"), ("TZA", "042", "KEN")}, set()),
    ("record after talks",
     "Ghana's foreign minister held talks with his Togolese counterpart in Lome on Monday, the "
     "first visit to Togo by a Ghanaian minister in six years.",
     {("GHA", "042", "TGO")}, set()),
    ("record as a delegation",
     "A delegation of Indian lawmakers met Japan's prime minister in Tokyo on Friday, the "
     "first parliamentary delegation to visit Japan since 2018.",
     {("IND", "04", "JPN")}, set()),
    ("a welcome for a first visit: the visit it is part of",
     "Prime Minister Kristersson welcomed the President of Finland, Alexander Stubb, to "
     "Stockholm for his first visit to Sweden as President.",
     {("FIN", "042", "SWE")}, set()),
    ("a later first meeting is another meeting",
     "Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in Nairobi "
     "on Tuesday, ahead of the first meeting of the joint commission since 2016.",
     {("KEN", "043", "TZA")}, set()),
    ("record told alone",
     "It will be the Ghanaian president's first visit to Togo since 2015.",
     {("GHA", "042", "TGO")}, set()),
    ("an appeal to stop an act",
     "Seoul urged Moscow to stop arming Pyongyang.",
     {("KOR", "020", "RUS")}, {("RUS", "16", "PRK"), ("RUS", "07", "PRK")}),
    ("an appeal to help end an act",
     "Ankara asked Washington to help end the blockade of Qatar.",
     set(), {("USA", "19", "QAT"), ("USA", "08", "QAT")}),
])
def test_nlp_context4_screening(check_sentence, label, text, present, absent):
    check_sentence(text, present, absent, label, published=PUBLISHED)


@pytest.mark.parametrize(("text", "records"), [
    # one meeting told twice: the record goes
    ("Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in "
     "Nairobi on Tuesday, the Tanzanian leader's first visit to Kenya since 2019.", 1),
    # a first visit the welcome is for, and a later first meeting: not set off, no record
    ("Prime Minister Kristersson welcomed the President of Finland, Alexander Stubb, to "
     "Stockholm for his first visit to Sweden as President.", 0),
    ("Kenyan President William Ruto received Tanzanian President Samia Suluhu Hassan in "
     "Nairobi on Tuesday, ahead of the first meeting of the two countries' joint commission "
     "since 2016.", 0),
    # a record after a clause whose verb is no meeting: the one telling of that visit
    ("Tanzania's foreign minister met Ruto in Nairobi on Monday, and Uganda's foreign "
     "minister followed two days later, the first visit by a Ugandan minister since 2019.", 0),
    # the record tells the new meeting; the old talks inside it are no second telling
    ("It is Ruto's first trip abroad since the election, and his first meeting with Samia "
     "Suluhu Hassan since their talks in Arusha in 2021.", 0),
])
def test_nlp_context4_records_screened(coder, text, records):
    """How many meeting mentions of ``text`` are screened as records."""
    from detente.nlp.screen import _record_of

    doc = coder.nlp(text)
    sent = next(iter(doc.sents))
    triggers = coder.extractor.triggers(sent)
    meetings = [t for t in triggers if t.pattern.cameo[:2] == "04"]
    assert meetings
    assert sum(_record_of(t.token, triggers) is not None for t in meetings) == records


@pytest.mark.parametrize(("label", "text", "present", "absent"), [
    ("a country's people arriving in it",
     "Under the partnership, people who arrive in Norway by dangerous routes may be relocated "
     "to Rwanda.", set(), {("NOR", "04", "NOR")}),
    ("talks between a government and its rebels",
     "Colombian government negotiators held talks with ELN rebels in Havana on Monday.",
     {("COL", "04", "COL")}, set()),
])
def test_nlp_context4_home_meetings(check_sentence, label, text, present, absent):
    check_sentence(text, present, absent, label, published=PUBLISHED)


@pytest.mark.parametrize(("root", "source", "target", "home"), [
    ("04", ("NOR", "CVL"), ("NOR", None), True),  # its people arrive in the country
    ("04", ("KEN", None), ("KEN", "CVL"), True),
    ("04", ("AFG", "REB"), ("AFG", None), False),  # rebels to talk with "other Afghans"
    ("04", ("COL", "GOV"), ("COL", "REB"), False),
    ("04", ("NOR", "CVL"), ("SWE", None), False),  # another country
    ("19", ("SYR", "MIL"), ("SYR", "CVL"), False),  # not a meeting
])
def test_nlp_context4_home_meeting_sides(root, source, target, home):
    from types import SimpleNamespace

    from detente.nlp.screen import home_meeting

    def side(pair: tuple[str, str | None]) -> SimpleNamespace:
        return SimpleNamespace(country=pair[0], sector=pair[1])

    ev = SimpleNamespace(root=root, source=side(source), target=side(target))
    assert home_meeting(ev) is home  # type: ignore[arg-type]
