"""Knowledge-base facts checked in session 9: the late-2025 changes of office (Honduras,
Bolivia, Peru, Malawi, Guinea-Bissau, Madagascar), people news names with their post (envoys,
ambassadors, military chiefs, opposition leaders), the titles of military chiefs and of
opposition figures, and actor codes of IGOs (never an IGO code with a GOV suffix)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.coding.actors import actor_code, default_kb

# name as news writes it | day | code on that day
DATED = """
    Nasry Asfura | 2026-03-01 | HNDGOV
    Xiomara Castro | 2025-12-01 | HNDGOV
    Rodrigo Paz | 2025-12-01 | BOLGOV
    Rodrigo Paz | 2023-06-01 | BOLLEG
    Luis Arce | 2025-12-01 | BOLELI
    José Jerí | 2025-11-01 | PERGOV
    José Jerí | 2025-08-01 | PERLEG
    Dina Boluarte | 2025-11-01 | PERELI
    Peter Mutharika | 2025-11-01 | MWIGOV
    Lazarus Chakwera | 2025-11-01 | MWIELI
    Umaro Sissoco Embaló | 2025-12-01 | GNBELI
    Horta N'Tam | 2025-12-01 | GNBGOV
    Andry Rajoelina | 2025-11-01 | MDGELI
    Michael Randrianirina | 2025-11-01 | MDGGOV
    Priti Patel | 2022-04-14 | GBRGOV
    Priti Patel | 2023-06-01 | GBRLEG
    Priti Patel | 2025-06-01 | GBROPP
    Denis Manturov | 2023-06-01 | RUSGOV
    Denis Manturov | 2025-06-01 | RUSGOV
    Mikhail Galuzin | 2024-06-01 | RUSGOV
    Sergei Vershinin | 2024-06-01 | RUSGOV
    Andrei Kelin | 2022-06-01 | RUSGOV
    Liu Xiaoming | 2022-06-01 | CHNGOV
    Zhang Hanhui | 2022-06-01 | CHNGOV
    Xiao Qian | 2023-06-01 | CHNGOV
    Kim Song | 2023-06-01 | PRKGOV
    Tony Radakin | 2023-06-01 | GBRMIL
    Upendra Dwivedi | 2025-06-01 | INDMIL
    Bipin Rawat | 2020-06-01 | INDMIL
    Sahir Shamshad Mirza | 2025-05-10 | PAKMIL
    Svetlana Tsikhanouskaya | 2023-06-01 | BLROPP
    Birhanu Jula | 2023-06-01 | ETHMIL
    Michael Herzog | 2023-06-01 | ISRGOV
    Varsen Aghabekian | 2025-06-01 | PSEGOV
    Bankole Adeoye | 2023-06-01 | AU
    Mahmoud Ali Youssouf | 2025-06-01 | AU
    Sergiy Kyslytsya | 2023-06-01 | UKRGOV
    Amina Mohammed | 2023-06-01 | UNO
    Amar Bendjama | 2024-06-01 | DZAGOV
    Fernando Arias | 2023-06-01 | OPCW
    Hanna Tetteh | 2015-06-01 | GHAGOV
    Santiago Abascal | 2023-06-01 | ESPOPP
    Simon Birmingham | 2020-11-26 | AUSGOV
    Henry Puna | 2022-06-01 | PIF
    Margaritis Schinas | 2021-06-01 | EU
    Mohamed al-Menfi | 2019-10-01 | LBYGOV
"""


def _rows(text: str) -> list[tuple[str, date, str]]:
    out = []
    for line in text.strip().splitlines():
        name, day, code = (x.strip() for x in line.split("|"))
        out.append((name, date.fromisoformat(day), code))
    return out


@pytest.mark.parametrize(("name", "day", "code"), _rows(DATED), ids=lambda x: str(x))
def test_coding_actors_names5_dated_codes(name, day, code):
    kb = default_kb()
    entries = [e for e in kb.find(name) if e.kind == "person"]
    assert entries, name
    assert kb.code_at(entries[0], day)[2] == code


@pytest.mark.parametrize(("title", "sector"), [
    ("Chief of Defence Staff", "MIL"),
    ("Nigerian Chief of Army Staff", "MIL"),
    ("Chief of the Naval Staff", "MIL"),
    ("Army Chief of Staff", "MIL"),
    ("Kenyan army chief", "MIL"),
    ("Chief of Staff", "GOV"),  # the head of a leader's office
    ("Deputy Permanent Representative", "GOV"),  # at the UN, not a member of a house
    ("Representative", "LEG"),
    ("Leader of the Opposition", "OPP"),
    ("opposition figure", "OPP"),
    ("Deputy Foreign Minister", "GOV"),
])
def test_coding_actors_names5_titles(title, sector):
    assert default_kb().title_sector(title) == sector


@pytest.mark.parametrize(("country", "sector", "code"), [
    ("EU", "GOV", "EU"),
    ("UNO", "GOV", "UNO"),
    ("UNO", None, "UNO"),
    ("NATO", "MIL", "NATOMIL"),
    ("MERCOSUR", "GOV", "MERCOSUR"),
    ("KEN", "GOV", "KENGOV"),
])
def test_coding_actors_names5_igo_codes_take_no_gov_suffix(country, sector, code):
    kb = default_kb()
    assert kb.make_code(country, sector) == code
    assert actor_code(country, sector, kb.igo_codes) == code


@pytest.mark.parametrize("word", ["Birmingham", "Melnyk"])
def test_coding_actors_names5_no_surname_that_is_mostly_something_else(word):
    # a city ("in Birmingham") or a common surname does not stand for one person
    assert not [e for e in default_kb().find(word) if e.kind == "person"]


def test_coding_actors_names5_philippine_communications_office():
    kb = default_kb()
    (entry,) = kb.find("Presidential Communications Office")
    assert (entry.country, entry.sector) == ("PHL", "GOV")
