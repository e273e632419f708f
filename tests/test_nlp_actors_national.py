"""Nouns that are actors only with their country ("the Serbian community", "Chinese
automakers"), demonyms used as nouns for people ("Afghans", "a Ukrainian"), and named
organisations of broad use that the knowledge base knows."""

from __future__ import annotations

from datetime import date

import pytest

from detente.nlp.actors import ActorResolver

pytestmark = pytest.mark.slow



# the sector is the noun's class (none for a people's noun), the country the modifier's
NATIONAL_NOUNS = [
    ("Belgrade said the Bosnian community had been left without a school.", "community",
     "BIH"),
    ("Two Estonian servicemen were wounded near the line.", "servicemen", "ESTMIL"),
    ("Russian helicopters struck a depot overnight.", "helicopters", "RUSMIL"),
    ("Japanese automakers warned of losses from the new duties.", "automakers", "JPNBUS"),
    ("China's customs agency halted the shipments on Friday.", "agency", "CHNGOV"),
    ("Kenyan outlets reported the arrests late on Sunday.", "outlets", "KENMED"),
    ("The release of three Thai hostages was welcomed in Bangkok.", "hostages", "THA"),
    ("A drugmaker from Switzerland signed the accord.", "drugmaker", "CHEBUS"),
    ("Two Polish intelligence officers were expelled.", "officers", "POLSPY"),
    ("Vietnamese fishing vessels were chased from the reef.", "vessels", "VNMAGR"),
]


@pytest.mark.parametrize(("text", "word", "code"), NATIONAL_NOUNS,
                         ids=[c[0][:40] for c in NATIONAL_NOUNS])
def test_nlp_actors_national_noun_takes_sector_from_its_class(phrase_codes, text, word, code):
    assert phrase_codes(text, word, follow=False) == [code]


@pytest.mark.parametrize(("text", "word"), [
    ("The community gathered outside the town hall in Lyon.", "community"),
    ("Helicopters circled over the harbour in Mombasa.", "Helicopters"),
    ("The agency said the shipments would resume.", "agency"),
    ("The kits were sent as munitions for Ukraine ran short.", "munitions"),
])
def test_nlp_actors_national_noun_alone_is_no_one(phrase_codes, text, word):
    # neither the place nor the sentence makes such a noun an actor
    assert phrase_codes(text, word, follow=False) == []


DEMONYMS = [
    ("Islamabad ordered undocumented Afghans to leave by November.", "Afghans", "AFG"),
    ("Police detained a Ukrainian near the border crossing.", "Ukrainian", "UKR"),
    ("Two Americans were freed in an exchange on Thursday.", "Americans", "USA"),
    ("Egypt let wounded Palestinians cross at Rafah.", "Palestinians", "PSE"),
]


@pytest.mark.parametrize(("text", "word", "code"), DEMONYMS, ids=[c[0][:40] for c in DEMONYMS])
def test_nlp_actors_national_demonyms_are_people(phrase_codes, text, word, code):
    # coded by the country alone, as the people of a country are
    assert phrase_codes(text, word, follow=False) == [code]


def test_nlp_actors_national_the_plural_demonym_is_the_side(phrase_codes):
    # "the Russians" in a negotiation are the state, not its people
    assert phrase_codes("The Russians rejected the offer at the talks.", "Russians",
                        follow=False) == ["RUS"]


def test_nlp_actors_national_listed_demonyms_each_count(coder):
    doc = coder.nlp("Turkey opened its doors to many Syrians, Iraqis and Somalis.")
    resolver = ActorResolver(coder.kb, date(2016, 3, 1))
    resolver.prime(doc)
    tok = next(t for t in doc if t.text == "many").head
    assert {r.actor.code for r in resolver.resolve(tok)} >= {"SYR", "IRQ", "SOM"}


NAMED = [
    ("Rosgvardia units moved into the city.", "Rosgvardia", "RUSMIL"),
    ("OFAC added four firms to its list.", "OFAC", "USAGOV"),
    ("Lukoil halted exports through the port.", "Lukoil", "RUSBUS"),
    ("The Libyan National Army shelled the airport.", "Army", "LBYREB"),
    ("Petrobras signed a supply deal with Beijing.", "Petrobras", "BRABUS"),
    ("Frontex said crossings had doubled.", "Frontex", "EUCOP"),
    ("The Visegrad Group met in Prague.", "Group", "V4"),
    ("The U.N. atomic watchdog said its inspectors left.", "watchdog", "IAEA"),
    ("The UN children's agency said schools were shut.", "agency", "UNICEF"),
]


@pytest.mark.parametrize(("text", "word", "code"), NAMED, ids=[c[0][:40] for c in NAMED])
def test_nlp_actors_national_named_organisations(phrase_codes, text, word, code):
    assert phrase_codes(text, word, follow=False) == [code]


def test_nlp_actors_national_nouns_name_no_one_in_the_kb(coder):
    kb = coder.kb
    assert kb.national_noun("communities") is not None  # a people's noun: no sector
    assert kb.national_noun_sector("communities") is None
    assert kb.national_noun_sector("automakers") == "BUS"
    assert kb.agent_sector("community") is None  # not a plain agent noun
    assert kb.national_noun_sector("fishing vessel") is None  # a plain agent noun (AGR)
    assert kb.agent_sector("fishing vessel") == "AGR"
    assert kb.demonym_country("Afghans") == "AFG"
    assert kb.demonym_country("Americas") is None  # a name, not a demonym
    assert kb.demonym_country("Europeans") is None  # not a country's
    assert not any(e.needs_country for _s, e in kb.aliases(kinds={"agent"}))


@pytest.mark.parametrize(("text", "word", "code"), [
    ("A Russian jet flew close to a drone, U.S. European Command said on Tuesday. "
     "The command said the pilot acted recklessly.", "command", "USAMIL"),
    ("Taiwan's Mainland Affairs Council rejected the plan on Monday. The council said "
     "it would not talk under pressure.", "council", "TWNGOV"),
])
def test_nlp_actors_national_bare_head_of_a_named_body(coder, text, word, code):
    # "the command" after "U.S. European Command": the body named before by that head
    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, date(2023, 3, 14))
    resolver.prime(doc)
    sents = list(doc.sents)
    for sent in sents[:-1]:
        for t in sent:
            resolver.resolve(t, follow=False)
        resolver.note_sentence(sent)
    tok = next(t for t in sents[-1] if t.text == word)
    assert [r.actor.code for r in resolver.resolve(tok, follow=False)] == [code]


def test_nlp_actors_national_bare_head_needs_the_body_named(phrase_codes):
    assert phrase_codes("The command said the pilot acted recklessly.", "command",
                        follow=False) == []


def test_nlp_actors_national_spokesperson_of_the_body_before(phrase_codes):
    text = ("Russia's Investigative Committee opened a case against the journalist. "
            "The spokesperson said the charges were serious.")
    assert phrase_codes(text, "spokesperson", follow=False) == ["RUSCOP"]


@pytest.mark.parametrize(("text", "word", "code"), [
    ("The governor of Ohio signed the order on Monday.", "governor", "USAGOV"),
    ("Officials from Kandahar met the envoys in Doha.", "Officials", "AFGGOV"),
])
def test_nlp_actors_national_agent_of_a_placed_province(phrase_codes, text, word, code):
    # a state, province or city after "of"/"from" gives the agent's country
    assert phrase_codes(text, word, follow=False) == [code]


def test_nlp_actors_national_the_demonym_adjective_as_subject(phrase_codes):
    # "the Iraqi" heading its phrase is the country's side, not a modifier
    assert phrase_codes("After hours of talks the Iraqi rejected the offer.", "Iraqi",
                        follow=False) == ["IRQ"]


def test_nlp_actors_national_the_west_bank_is_not_the_west(phrase_codes):
    assert phrase_codes("Settlers moved into the West Bank in March.", "Bank", follow=False) == []


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Gunmen seized a Maltese cargo ship off Yemen.", "ship", "MLTBUS"),
    ("A Kenyan cargo plane landed in Goma without a permit.", "plane", "KENBUS"),
    ("Rebels fired at a Bolivian passenger plane.", "plane", "BOL"),
    ("Two Cuban boats entered the bay at dawn.", "boats", "CUBMIL"),
])
def test_nlp_actors_national_carriers_by_what_they_carry(phrase_codes, text, word, code):
    # a two-word noun of either list wins over its head's class
    assert phrase_codes(text, word, follow=False) == [code]


def test_nlp_actors_national_unnamed_junta_is_the_other_main_country(phrase_codes):
    # no junta named before: the article's most named country besides the one dealing
    # with them
    text = ("Mali's soldiers closed the border with Algeria on Monday, and officials in "
            "Bamako said flights to Mali were halted. Algiers said it would talk to the "
            "putschists.")
    assert phrase_codes(text, "putschists", follow=False) == ["MLIMIL"]


def test_nlp_actors_national_nouns_from_a_user_file(tmp_path):
    from detente.coding.actors import load_kb

    user = tmp_path / "extra.yaml"
    user.write_text("national_nouns:\n  - {noun: shipowner, sector: BUS}\n", "utf-8")
    kb = load_kb((str(user),))
    assert kb.national_noun_sector("shipowners") == "BUS"
    assert kb.agent_sector("shipowner") is None


def test_nlp_actors_national_noun_in_both_lists_is_an_error(tmp_path):
    import shutil

    from detente.coding.actors import load_kb, package_actor_dir
    from detente.errors import DataFileError

    folder = tmp_path / "actors"
    shutil.copytree(package_actor_dir(), folder)
    agents = folder / "agents.yaml"
    agents.write_text(agents.read_text("utf-8").replace(
        "national_nouns:\n", "national_nouns:\n  - {noun: official, sector: GOV}\n", 1), "utf-8")
    with pytest.raises(DataFileError, match="official"):
        load_kb(actor_dir=folder)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Guyana took Venezuela to the International Court of Justice in 2018. "
     "Caracas said the court had no jurisdiction.", "court", "ICJ"),
    ("The European Commission fined the carmaker last year. The Commission said the "
     "fine would stand.", "Commission", "EUC"),
    ("The World Health Organization declared an emergency in May. Brasilia asked the "
     "organization for vaccines.", "organization", "WHO"),
])
def test_nlp_actors_national_bare_head_of_a_named_igo(phrase_codes, text, word, code):
    # an organisation named in an earlier sentence, even in no event there
    assert phrase_codes(text, word, follow=False) == [code]


@pytest.mark.parametrize(("text", "word", "code", "country"), [
    ("The U.N. Security Council extended the mission.", "Council", "UNSC", "UNO"),
    ("The International Court of Justice ruled on Tuesday.", "Court", "ICJ", "UNO"),
    ("The European Commission opened an inquiry.", "Commission", "EUC", "EU"),
    ("The International Atomic Energy Agency sent inspectors.", "Agency", "IAEA", "IAEA"),
])
def test_nlp_actors_national_an_igo_organ_acts_as_its_parent(coder, text, word, code,
                                                             country):
    # an organ keeps its own code and acts as its parent (an agency with its own treaty
    # is its own)
    doc = coder.nlp(text)
    resolver = ActorResolver(coder.kb, date(2023, 9, 21))
    resolver.prime(doc)
    tok = next(t for t in doc if t.text == word)
    (r,) = resolver.resolve(tok, follow=False)
    assert (r.actor.code, r.actor.country) == (code, country)


@pytest.mark.parametrize(("text", "word", "code"), [
    ("Chad thanked the African Union and its agencies for the help.", "agencies", "AU"),
    ("Navy helicopters sank three Houthi boats on Sunday.", "boats", "YEMREB"),
])
def test_nlp_actors_national_owner_told_by_the_phrase(phrase_codes, text, word, code):
    # "X and its agencies" are X's; an armed group's boats are in its sector
    assert phrase_codes(text, word, follow=False) == [code]


@pytest.mark.parametrize(("text", "word", "published", "code"), [
    ("The Popular Party accused the government of lying.", "Party", date(2024, 5, 1), "ESPOPP"),
    ("The Popular Party accused the opposition of lying.", "Party", date(2015, 5, 1), "ESPGOV"),
    ("Fidesz lawmakers voted against the motion.", "Fidesz", date(2019, 3, 1), "HUNGOV"),
    ("The Tories promised a referendum.", "Tories", date(2025, 1, 10), "GBROPP"),
])
def test_nlp_actors_national_parties_by_the_date(phrase_codes, text, word, published, code):
    assert phrase_codes(text, word, published, follow=False) == [code]
