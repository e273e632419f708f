"""False positives, session 18 (nlp.screen): a win at the ballot box is no blow, two sides that
failed to agree did not refuse each other, an agreement that talks are about is not one made,
protests a side is said to stir up are not its protest, the countermeasure a coded warning
warns of is not coded besides, a charge rejected in a clause on it is no rejection of a
backer. Each table has rows that must keep the event."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 10)


@pytest.fixture
def roots(sentence_rows):
    """(source country, target country, CAMEO code) of the two-sided events of ``text``."""
    return lambda text: {(s, t, c) for s, t, c, _st in sentence_rows(
        text, PUB, by="country", digits=4, both=True, prefilter=True)}


def _has_root(found: set[tuple[str, str, str]], row: tuple[str, str, str]) -> bool:
    return any(f[0] == row[0] and f[1] == row[1] and f[2].startswith(row[2]) for f in found)


# (sentence, a (source, target, root) it must not have)
DROPPED = [
    # an election win
    ("Muizzu, who defeated the incumbent in a tight race last year, accused India of meddling.",
     ("MDV", "IND", "18")),
    ("The Maldivian president, who beat his rival at the polls in September, has asked India "
     "to pull out its soldiers.", ("MDV", "IND", "18")),
    ("Tinubu, who beat two challengers in the February vote, thanked Ghana for its support.",
     ("NGA", "GHA", "18")),
    # two sides that failed to agree
    ("The Saudi-Houthi truce lapsed in the autumn after the parties could not agree on "
     "renewing it.", ("SAU", "YEM", "12")),
    ("Serbia and Kosovo met in Brussels, but the two sides could not agree on the text the EU "
     "put forward.", ("SRB", "XKX", "12")),
    ("The Saudi-led coalition and the Houthis could not agree to prolong the ceasefire.",
     ("SAU", "YEM", "12")),
    ("Armenia and Azerbaijan did not agree on a peace treaty at the talks.",
     ("ARM", "AZE", "12")),
    # protests a side is said to stir up
    ("Peru has barred Evo Morales, accusing him of stirring up the protests in its south.",
     ("BOL", "PER", "14")),
    ("Israel accused Iran of inciting protests in the West Bank last week.", ("IRN", "ISR", "1")),
    ("Belgrade blamed Zagreb for fomenting the demonstrations in Novi Sad.", ("HRV", "SRB", "14")),
    # the act a warning coded as a threat warns of
    ("Ukraine's trade envoy warned that Kyiv might bar Polish apples from its market.",
     ("UKR", "POL", "16")),
    ("Ankara threatened that it would expel the Swedish ambassador.", ("TUR", "SWE", "16")),
    ("Seoul cautioned that it might impose sanctions on Pyongyang.", ("KOR", "PRK", "16")),
    # a charge rejected, told in a clause on the charge
    ("Kinshasa says Kigali arms the rebels, an allegation supported by UN investigators and "
     "rejected by Rwanda.", ("RWA", "UNO", "12")),
    ("Ukraine accuses Russia of shelling the plant, an allegation supported by Western officials "
     "and rejected by Moscow.", ("RUS", "", "12")),
    ("Kenya accused Somalia of harbouring militants, an accusation rejected by Mogadishu.",
     ("SOM", "KEN", "12")),
    # an agreement that talks are about
    ("Talks on a free trade deal between the EU and Indonesia have slowed since 2016.",
     ("EU", "IDN", "057")),
    ("Negotiations over a trade pact between Canada and India have stalled.",
     ("CAN", "IND", "057")),
    ("Discussions on a new security accord between Japan and Britain dragged on for months.",
     ("JPN", "GBR", "057")),
]

# (sentence, an event it must keep)
KEPT = [
    ("Ukrainian troops beat back Russian forces near Kharkiv on Tuesday.", ("UKR", "RUS", "18")),
    ("Russia did not agree to extend the grain deal with Ukraine.", ("RUS", "UKR", "12")),
    ("Russia refused to extend the grain deal with Ukraine.", ("RUS", "UKR", "12")),
    ("Russia and Ukraine agreed to extend the grain deal.", ("RUS", "UKR", "03")),
    ("The EU and Mercosur concluded the negotiations on a partnership agreement on Friday.",
     ("EU", "", "057")),
    ("Canada and India signed a trade pact on Monday.", ("CAN", "IND", "057")),
    ("Thousands of Bolivians protested outside the Peruvian embassy in La Paz.",
     ("BOL", "PER", "14")),
    ("Ukraine's trade envoy warned that Kyiv might bar Polish apples from its market.",
     ("UKR", "POL", "13")),
    ("Poland banned imports of Ukrainian grain on Friday.", ("POL", "UKR", "16")),
    ("Ankara warned that Turkey would resume its offensive against Syria if the talks failed.",
     ("TUR", "SYR", "19")),
    ("Ethiopia rejected the plan put forward by Egypt.", ("ETH", "EGY", "12")),
    ("Kenya and Britain reached an agreement on trade after months of talks.",
     ("KEN", "GBR", "057")),
]


@pytest.mark.parametrize(("text", "row"), DROPPED)
def test_nlp_prec22_screened(roots, text, row) -> None:
    found = roots(text)
    if row[1]:
        assert not _has_root(found, row)
    else:  # (any target: the bloc's code)
        assert not any(f[0] == row[0] and f[2].startswith(row[2]) for f in found)


@pytest.mark.parametrize(("text", "row"), KEPT)
def test_nlp_prec22_kept(roots, text, row) -> None:
    found = roots(text)
    if row[1]:
        assert _has_root(found, row)
    else:
        assert any(f[0] == row[0] and f[2].startswith(row[2]) for f in found)
