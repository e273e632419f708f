"""Linking the sides of an event the sentence does name, though not as the trigger's own
arguments: a plural phrase of two states as the doer ("the two kingdoms signed a deal", "a
treaty the two countries signed"), an object pronoun of an "as X urged them to" clause, the
holders of the people a release frees ("the release of two sailors held in Iran"), and the
signers of a pact named by a "by" phrase ("the accord on a truce signed by A and B").

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


PAIR_GROUP_CASES = [
    ("verb subject, pair named in the sentence",
     "Analysts watch the gas field closely. The reservoir lies in waters that Qatar and "
     "Bahrain both claim, and the two emirates signed a deal in May 2021 to share it.",
     ("QAT", "05", "BHR")),
    ("relative clause on a treaty noun, pair named in the sentence",
     "Egypt accused Sudan of taking too much water. Under a pact the two nations signed in "
     "1959, Sudan is to receive a fixed share of the Nile's flow from Egypt's dam.",
     ("SDN", "05", "EGY")),
    ("'those two' subject, pair from the sentence before",
     "Chile and Peru have quarrelled over the sea border for decades. Those two countries "
     "signed a fisheries accord in Lima last year.",
     ("CHL", "05", "PER")),
    ("'both nations' agreeing, pair from the sentence before",
     "Greece sent a protest note to Turkey over the flights. Both nations agreed in Athens to "
     "set up a hotline between their air forces.",
     ("GRC", "03", "TUR")),
]


@pytest.mark.parametrize(("label", "text", "want"), PAIR_GROUP_CASES,
                         ids=[c[0] for c in PAIR_GROUP_CASES])
def test_nlp_link19_pair_group_doer(triples, label, text, want):
    got = triples(text)
    assert want in got, (label, got)


PAIR_GROUP_NEGATIVE = [
    ("a count of new states, no pair told",
     "Ghana welcomed the vote. Two countries signed the charter on Monday.",
     "05"),
    ("a third state in the clause: no one pair",
     "Egypt criticised Ethiopia. The two rivals held talks in Cairo with Sudan.",
     "04"),
]


@pytest.mark.parametrize(("label", "text", "root"), PAIR_GROUP_NEGATIVE,
                         ids=[c[0] for c in PAIR_GROUP_NEGATIVE])
def test_nlp_link19_pair_group_doer_negative(triples, label, text, root):
    got = triples(text)
    assert not any(r == root and s and t and s != t for s, r, t in got), (label, got)


AS_URGED_CASES = [
    ("UN urged them to do", "Argentina's foreign minister met his British counterpart in "
     "Delhi. He proposed that the two governments reopen talks on the islands, as the UN "
     "General Assembly has repeatedly urged them to do.",
     [("UNO", "02", "ARG"), ("UNO", "02", "GBR")]),
    ("EU asked them to", "Armenia and Azerbaijan traded accusations. The two countries must "
     "sign a peace treaty soon, as the European Union has asked them to.",
     [("EU", "02", "ARM"), ("EU", "02", "AZE")]),
    ("as the parser hangs it on the main verb: called on them to do",
     "Serbia's president met Kosovo's prime minister in Brussels. The envoy proposed to both "
     "men that the two governments resume the dialogue, as the European Union has often called "
     "on them to do.",
     [("EU", "02", "SRB"), ("EU", "02", "XKX")]),
    ("as Japan has long pressed them to", "Seoul and Manila held talks on trade. Both "
     "governments should cut tariffs on rice, as Japan has long pressed them to do.",
     [("JPN", "02", "KOR"), ("JPN", "02", "PHL")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), AS_URGED_CASES,
                         ids=[c[0] for c in AS_URGED_CASES])
def test_nlp_link19_as_urged_them(triples, label, text, wants):
    got = triples(text)
    for want in wants:
        assert want in got, (label, want, got)


RELEASE_CASES = [
    ("mediation led to the release, one holder",
     "Oman said its mediation between France and Iran had led to the release of two French "
     "nationals who had been detained in Iran for years.",
     [("IRN", "08", "FRA")], [("OMN", "08", "FRA")]),
    ("a swap: each side's people held by the other",
     "Oman announced that its mediation between Britain and Iran has resulted today in the "
     "release of three British citizens who had been detained in Iran and of two Iranian "
     "citizens held in Britain.",
     [("IRN", "08", "GBR"), ("GBR", "08", "IRN")], [("OMN", "08", "GBR")]),
    ("good offices produced the release, not the mediator's",
     "Switzerland said its good offices between Washington and Caracas produced the release "
     "of four Americans held in Venezuela and of a Venezuelan businessman jailed in the "
     "United States.",
     [("VEN", "08", "USA"), ("USA", "08", "VEN")], [("CHE", "08", "USA")]),
]


@pytest.mark.parametrize(("label", "text", "wants", "nots"), RELEASE_CASES,
                         ids=[c[0] for c in RELEASE_CASES])
def test_nlp_link19_release_holder(triples, label, text, wants, nots):
    got = triples(text)
    for want in wants:
        assert want in got, (label, want, got)
    for no in nots:
        assert no not in got, (label, no, got)


def test_nlp_link19_release_asked_for_is_no_release(triples):
    got = triples("Activists demanded the release of journalists held in Belarus.")
    assert not any(r == "08" for _, r, _ in got), got


SIGNER_CASES = [
    ("welcome of a deal on a topic signed by two governments",
     "Norway welcomed the deal on prisoner exchanges signed in Oslo by the governments of "
     "Colombia and Venezuela.",
     [("NOR", "05", "COL"), ("NOR", "05", "VEN"), ("COL", "05", "VEN")], []),
    ("praise of a treaty concluded in a capital: the signers, not the place's state only",
     "The African Union praised the peace treaty concluded in Addis Ababa by Eritrea and "
     "Ethiopia.",
     [("AU", "05", "ERI"), ("AU", "05", "ETH"), ("ERI", "05", "ETH")], []),
    ("welcome of an accord signed by two states, named after the scene",
     "Chad welcomed the accord signed by Sudan and South Sudan in Juba.",
     [("TCD", "05", "SDN"), ("TCD", "05", "SSD"), ("SDN", "05", "SSD")], []),
    ("criticism is no welcome",
     "Russia criticised the pact signed by Japan and the Philippines.",
     [("JPN", "05", "PHL")], [("RUS", "05", "JPN")]),
]


@pytest.mark.parametrize(("label", "text", "wants", "nots"), SIGNER_CASES,
                         ids=[c[0] for c in SIGNER_CASES])
def test_nlp_link19_pact_signers(triples, label, text, wants, nots):
    got = triples(text)
    for want in wants:
        assert want in got, (label, want, got)
    for no in nots:
        assert no not in got, (label, no, got)


RELIEF_CASES = [
    ("the first disaster sentence names the place by its adjective only",
     "Ten days after Cyclone Ana tore through the northern Malawian town of Mzuzu, crews "
     "are still clearing roads. The disaster hit a poor country. Zambia sent aid planes "
     "and medics.",
     [("ZMB", "07", "MWI")]),
    ("a storm named first, the stricken country in the next sentence",
     "Storm Boris burst the river banks overnight. The catastrophe struck Romania hardest. "
     "Hungary dispatched rescuers and boats to the east.",
     [("HUN", "07", "ROU")]),
    ("a list of senders after a flood",
     "Floods swept through the Pakistani province of Sindh last month. Qatar, Turkey and "
     "China sent aid flights.",
     [("QAT", "07", "PAK"), ("TUR", "07", "PAK"), ("CHN", "07", "PAK")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), RELIEF_CASES,
                         ids=[c[0] for c in RELIEF_CASES])
def test_nlp_link19_relief_to_stricken(triples, label, text, wants):
    got = triples(text)
    for want in wants:
        assert want in got, (label, want, got)


def test_nlp_link19_relief_storm_of_criticism_is_no_disaster(triples):
    got = triples("A storm of criticism followed the vote in Kenya. Uganda sent observers.")
    assert not any(r == "07" for _, r, _ in got), got


SUMMIT_HOST_CASES = [
    ("sidelines of a grouping's meeting hosted by a state",
     "Brazil's foreign minister met his French counterpart in Tokyo on the sidelines of the "
     "meeting of G7 foreign ministers hosted by Japan.",
     [("BRA", "04", "JPN"), ("FRA", "04", "JPN"), ("JPN", "04", "BRA"), ("JPN", "04", "FRA")]),
    ("a bloc's summit hosted by a member",
     "Chile's president met Spain's prime minister in Jakarta on Monday at the ASEAN summit "
     "hosted by Indonesia.",
     [("CHL", "04", "IDN"), ("IDN", "04", "ESP")]),
    ("talks during a conference hosted by a state",
     "Kenya's president held talks with Germany's chancellor during the climate conference "
     "hosted by the United Arab Emirates.",
     [("KEN", "04", "ARE"), ("ARE", "04", "DEU")]),
]


@pytest.mark.parametrize(("label", "text", "wants"), SUMMIT_HOST_CASES,
                         ids=[c[0] for c in SUMMIT_HOST_CASES])
def test_nlp_link19_summit_host(triples, label, text, wants):
    got = triples(text)
    for want in wants:
        assert want in got, (label, want, got)
    assert not any(t in ("G7", "ASEAN") for _, _, t in got), got


def test_nlp_link19_summit_host_needs_a_meeting_there(triples):
    # (a gathering hosted, no one said to meet at it: no guest named)
    got = triples("Prices rose before the energy conference hosted by Norway.")
    assert not any(s == "NOR" and r == "04" for s, r, _ in got), got
