"""Actor knowledge base: loader validation, lookups, dated codes.

Most tests load the package's non-person files plus a small people file of their own (so they
do not depend on the person lists); ``test_coding_actors_package_kb_*`` load everything.
"""

from __future__ import annotations

import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.coding.actors import (
    ActorKB,
    KBEntry,
    Role,
    Surface,
    actor_code,
    is_case_sensitive,
    load_kb,
    package_actor_dir,
    role_titles,
)
from detente.errors import DataFileError

BASE_FILES = ("countries.yaml", "igos.yaml", "institutions.yaml", "media.yaml", "agents.yaml")

PEOPLE = """\
- name: Antony Blinken
  aliases: [Tony Blinken, Antony J. Blinken, Blinken]
  roles:
    - {start: 2021-01-26, end: 2025-01-20, country: USA, sector: GOV, title: Secretary of State}
    - {start: 2015-01-09, end: 2017-01-20, country: USA, sector: GOV, title: Deputy SecState}
- name: Xi Jinping
  aliases: [Xi, President Xi]
  roles:
    - {start: 2012-11-15, end: null, country: CHN, sector: GOV, title: General Secretary}
    - {start: 2013-03-14, end: null, country: CHN, sector: GOV, title: President}
    - {start: 2008-03-15, end: 2013-03-14, country: CHN, sector: GOV, title: Vice President}
- name: Wang Yi
  aliases: [Wang]
  roles:
    - {start: 2013-03-16, end: 2022-12-30, country: CHN, sector: GOV, title: Foreign Minister}
    - {start: 2023-07-25, end: null, country: CHN, sector: GOV, title: Foreign Minister}
- name: Wang Wenbin
  aliases: [Wang]
  roles:
    - {start: 2020-07-01, end: 2024-01-01, country: CHN, sector: GOV, title: Spokesperson}
- name: Jens Stoltenberg
  aliases: [Stoltenberg]
  roles:
    - {start: 2005-10-17, end: 2013-10-16, country: NOR, sector: GOV, title: Prime Minister}
    - {start: 2014-10-01, end: 2024-10-01, country: NATO, sector: GOV, title: Secretary General}
- name: Month Precision
  roles:
    - {start: 2019-03, end: 2020, country: FRA, sector: LEG, title: Deputy}
"""


@pytest.fixture(scope="module")
def actor_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("actors")
    for name in BASE_FILES:
        shutil.copy(package_actor_dir() / name, folder / name)
    (folder / "people_test.yaml").write_text(PEOPLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def kb(actor_dir: Path) -> ActorKB:
    return load_kb(actor_dir=actor_dir)


def _person(kb: ActorKB, name: str) -> KBEntry:
    (entry,) = [e for e in kb.find(name) if e.kind == "person"]
    return entry


def _bad_dir(tmp_path: Path, actor_dir: Path, text: str, name: str = "people_bad.yaml") -> Path:
    for src in actor_dir.glob("*.yaml"):
        if src.name in BASE_FILES:
            shutil.copy(src, tmp_path / src.name)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------- validation

BAD_PEOPLE = [
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2020-01-01, end: 2022-01-01, country: USA, sector: GOV, title: X}\n"
        "    - {start: 2021-06-01, end: null, country: USA, sector: LEG, title: Y}\n",
        4,
        "overlap",
        id="overlap-different-codes",
    ),
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2022-01-01, end: 2020-01-01, country: USA, sector: GOV, title: X}\n",
        3,
        "before start",
        id="end-before-start",
    ),
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2020-01-01, end: null, country: XYZ, sector: GOV, title: X}\n",
        3,
        "unknown country code 'XYZ'",
        id="unknown-country",
    ),
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2020-01-01, end: null, country: USA, sector: BOSS, title: X}\n",
        3,
        "unknown sector 'BOSS'",
        id="unknown-sector",
    ),
    pytest.param(
        "- name: A\n  roles:\n    - {start: 2020-01-01, end: null, country: USA, title: X}\n",
        3,
        "missing field(s) sector",
        id="missing-sector",
    ),
    pytest.param(
        "# comment\n- name: A\n  aliases: [B]\n", 2, "missing field(s) roles", id="missing-roles"
    ),
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2020-13-01, end: null, country: USA, sector: GOV, title: X}\n",
        3,
        "bad date",
        id="bad-date",
    ),
    pytest.param(
        "- name: A\n  alias: [B]\n  roles:\n"
        "    - {start: 2020-01-01, end: null, country: USA, sector: GOV, title: X}\n",
        1,
        "unknown field(s) alias",
        id="typo-key",
    ),
    pytest.param(
        "- name: A\n  roles:\n"
        "    - {start: 2020-01-01, end: null, country: USA, sector: GOV, title: X, Y}\n",
        3,
        "unknown field(s) Y (a comma inside an unquoted value splits it",
        id="unquoted-comma",
    ),
    pytest.param(
        "- name: A\n  name: B\n  roles:\n"
        "    - {start: 2020-01-01, end: null, country: USA, sector: GOV, title: X}\n",
        2,
        "duplicate key 'name'",
        id="duplicate-key",
    ),
    pytest.param(
        "- &a {name: A, roles: []}\n- *a\n",
        2,
        "anchors",
        id="yaml-alias",
    ),
    pytest.param(
        "- name: A\n  roles:\n    - {start: 2020-01-01, end: null\n",
        4,
        "YAML syntax",
        id="yaml-syntax",
    ),
]


@pytest.mark.parametrize(("text", "line", "reason"), BAD_PEOPLE)
def test_coding_actors_loader_rejects_bad_people(
    tmp_path: Path, actor_dir: Path, text: str, line: int, reason: str
) -> None:
    folder = _bad_dir(tmp_path, actor_dir, text)
    with pytest.raises(DataFileError) as info:
        load_kb(actor_dir=folder)
    message = str(info.value)
    assert message.startswith(f"people_bad.yaml:{line}:"), message
    assert reason in message
    assert info.value.code == "E300"


def test_coding_actors_loader_allows_same_code_overlap_and_touching_roles(
    tmp_path: Path, actor_dir: Path
) -> None:
    text = (
        "- name: A\n  roles:\n"
        "    - {start: 2012-11-15, end: null, country: CHN, sector: GOV, title: X}\n"
        "    - {start: 2013-03-14, end: null, country: CHN, sector: GOV, title: Y}\n"
        "- name: B\n  roles:\n"
        "    - {start: 2010-01-01, end: 2015-01-01, country: USA, sector: LEG, title: X}\n"
        "    - {start: 2015-01-01, end: null, country: USA, sector: GOV, title: Y}\n"
    )
    kb = load_kb(actor_dir=_bad_dir(tmp_path, actor_dir, text))
    b = _person(kb, "B")
    # on the shared day the later role wins
    assert kb.code_at(b, date(2015, 1, 1))[2] == "USAGOV"
    assert kb.code_at(b, date(2014, 12, 31))[2] == "USALEG"


def test_coding_actors_loader_rejects_duplicate_package_person(
    tmp_path: Path, actor_dir: Path
) -> None:
    text = (
        "- name: Antony Blinken\n  roles:\n"
        "    - {start: 2021-01-26, end: null, country: USA, sector: GOV, title: X}\n"
    )
    folder = _bad_dir(tmp_path, actor_dir, text)
    shutil.copy(actor_dir / "people_test.yaml", folder / "people_test.yaml")
    with pytest.raises(DataFileError, match=r"people_test\.yaml:1: duplicate person"):
        load_kb(actor_dir=folder)


@pytest.mark.parametrize(
    ("file", "text", "where", "reason"),
    [
        ("igos.yaml", "- {code: CHN, name: Fake}\n", "igos.yaml:1", "also a country code"),
        (
            "institutions.yaml",
            "- {name: X, country: USA}\n",
            "institutions.yaml:1",
            "missing field(s) sector",
        ),
        ("media.yaml", "- {name: X, country: QQQ}\n", "media.yaml:1", "unknown country code"),
        (
            "agents.yaml",
            "agents:\n  - {noun: x, sector: NOPE}\n",
            "agents.yaml:2",
            "unknown sector",
        ),
        ("countries.yaml", "- {code: usa, name: X}\n", "countries.yaml:1", "three capital letters"),
    ],
)
def test_coding_actors_loader_rejects_bad_other_files(
    tmp_path: Path, actor_dir: Path, file: str, text: str, where: str, reason: str
) -> None:
    folder = _bad_dir(tmp_path, actor_dir, "[]\n")
    path = folder / file
    if file == "countries.yaml":
        path.write_text(text + path.read_text(encoding="utf-8"), encoding="utf-8")
    elif file == "agents.yaml":
        path.write_text(text, encoding="utf-8")
    else:
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
        lines = path.read_text(encoding="utf-8").count("\n")
        where = f"{file}:{lines}"
    with pytest.raises(DataFileError) as info:
        load_kb(actor_dir=folder)
    assert str(info.value).startswith(where + ":"), str(info.value)
    assert reason in str(info.value)


def test_coding_actors_user_file_overrides_and_extends(tmp_path: Path, actor_dir: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "people:\n"
        "  - name: Antony Blinken\n"
        "    aliases: [AB]\n"
        "    roles:\n"
        "      - {start: 2030-01-01, end: null, country: GBR, sector: MIL, title: X}\n"
        "media:\n"
        "  - {name: Detente Gazette, aliases: [the Gazette], country: MLT}\n",
        encoding="utf-8",
    )
    kb = load_kb([user], actor_dir=actor_dir)
    blinken = _person(kb, "Antony Blinken")
    assert blinken.roles[0].country == "GBR"
    assert kb.find("AB") == [blinken]
    assert kb.find("Blinken") == []  # the user's entry replaced the package one
    assert [e.code for e in kb.find("the Gazette")] == ["MLTMED"]


def test_coding_actors_user_file_missing_is_reported(actor_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not found"):
        load_kb([tmp_path / "nope.yaml"], actor_dir=actor_dir)


# --------------------------------------------------------------------------- dated codes


@pytest.mark.parametrize(
    ("name", "on", "expected"),
    [
        ("Antony Blinken", date(2010, 5, 1), ("USA", None, "USA")),  # before the first role
        ("Antony Blinken", date(2015, 1, 9), ("USA", "GOV", "USAGOV")),  # first day
        ("Antony Blinken", date(2018, 6, 1), ("USA", "ELI", "USAELI")),  # between roles
        ("Antony Blinken", date(2023, 10, 6), ("USA", "GOV", "USAGOV")),
        ("Antony Blinken", date(2025, 1, 20), ("USA", "GOV", "USAGOV")),  # end is inclusive
        ("Antony Blinken", date(2025, 1, 21), ("USA", "ELI", "USAELI")),  # former official
        ("Antony Blinken", None, ("USA", "GOV", "USAGOV")),  # undated: most recent role
        ("Xi Jinping", date(2023, 11, 15), ("CHN", "GOV", "CHNGOV")),
        ("Xi Jinping", None, ("CHN", "GOV", "CHNGOV")),
        ("Wang Yi", date(2023, 3, 1), ("CHN", "ELI", "CHNELI")),
        ("Jens Stoltenberg", date(2010, 1, 1), ("NOR", "GOV", "NORGOV")),
        ("Jens Stoltenberg", date(2020, 1, 1), ("NATO", "GOV", "NATO")),  # IGO office
        ("Jens Stoltenberg", date(2025, 1, 1), ("NATO", "ELI", "NATOELI")),
        ("Month Precision", date(2019, 3, 1), ("FRA", "LEG", "FRALEG")),  # YYYY-MM start
        ("Month Precision", date(2020, 12, 31), ("FRA", "LEG", "FRALEG")),  # YYYY end
        ("Month Precision", date(2021, 1, 1), ("FRA", "ELI", "FRAELI")),
    ],
)
def test_coding_actors_code_at(
    kb: ActorKB, name: str, on: date | None, expected: tuple[str | None, ...]
) -> None:
    assert kb.code_at(_person(kb, name), on) == expected


def test_coding_actors_roles_sorted_and_typed(kb: ActorKB) -> None:
    blinken = _person(kb, "Blinken")
    assert [r.start for r in blinken.roles] == [date(2015, 1, 9), date(2021, 1, 26)]
    assert isinstance(blinken.roles[0], Role)
    assert blinken.code == "USAGOV" and blinken.key == "person:antony-blinken"
    assert blinken.where.startswith("people_test.yaml:")


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("White House", "USAGOV"),
        ("Pentagon", "USAMIL"),
        ("Capitol Hill", "USALEG"),
        ("Kremlin", "RUSGOV"),
        ("Zhongnanhai", "CHNGOV"),
        ("Malacañang", "PHLGOV"),
        ("PLA", "CHNMIL"),
        ("Ministry of State Security", "CHNSPY"),
        ("FBI", "USACOP"),
        ("Washington Post", "USAMED"),
        ("Reuters", "GBRMED"),
        ("Xinhua", "CHNMED"),
        ("National People's Congress", "CHNLEG"),
        ("European Parliament", "EULEG"),
        ("UN", "UNO"),
        ("NATO", "NATO"),
        ("EU", "EU"),
        ("Islamic State", "ISIS"),
        ("Boko Haram", "NGAREB"),
        ("AMISOM", "AUMIL"),
        ("Huawei", "CHNBUS"),
        ("United States", "USA"),
    ],
)
def test_coding_actors_code_of_non_person(kb: ActorKB, surface: str, code: str) -> None:
    entries = kb.find(surface)
    assert entries, surface
    assert kb.code_at(entries[0], date(2023, 1, 1))[2] == code


# --------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("surface", "names"),
    [
        ("US", ["United States"]),
        ("U.S.", ["United States"]),
        ("U.S", ["United States"]),  # the tokenizer took the final period
        ("us", []),  # short all-caps aliases must match case
        ("Us", []),
        ("UN", ["United Nations"]),
        ("un", []),
        ("white house", ["White House"]),  # case-insensitive fallback for longer names
        ("WHITE HOUSE", ["White House"]),
        ("KREMLIN", ["Kremlin"]),
        ("Fed", ["Federal Reserve"]),
        ("fed", []),  # a lone lower-case word is an ordinary word
        ("diet", []),
        ("the White House", ["White House"]),
        ("The Kremlin", ["Kremlin"]),
        ("China\u2019s", ["China"]),
        ("Wang", ["Wang Yi", "Wang Wenbin"]),  # ambiguity is kept
        ("Tony Blinken", ["Antony Blinken"]),
        ("the two leaders", ["the two leaders"]),
        ("Chinese", []),  # adjectives are not names
        ("official", []),  # nor are agent nouns
        ("Nowhereland", []),
    ],
)
def test_coding_actors_find(kb: ActorKB, surface: str, names: list[str]) -> None:
    assert [e.name for e in kb.find(surface)] == names


@pytest.mark.parametrize(
    ("alias", "sensitive"),
    [
        ("US", True),
        ("U.S.", True),
        ("NATO", True),
        ("ASEAN", True),
        ("PBoC", False),
        ("INTERPOL", False),
        ("Beijing", False),
    ],
)
def test_coding_actors_case_rule(alias: str, sensitive: bool) -> None:
    assert is_case_sensitive(alias) is sensitive


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("American", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("Chinese", "CHN"),
        ("Filipino", "PHL"),
        ("Philippine", "PHL"),
        ("British", "GBR"),
        ("South Korean", "KOR"),
        ("North Korean", "PRK"),
        ("Emirati", "ARE"),
        ("Americans", "USA"),
        ("China's", "CHN"),
        ("Japanese", "JPN"),
        ("Russian", "RUS"),
        ("Taiwanese", "TWN"),
        ("Korean", "KOR"),
        ("Scottish", "GBR"),
        ("Ukrainian", "UKR"),
        ("U.N.", "UNO"),
        ("European", "EU"),
        ("Western", "WST"),
        ("us", None),
        ("Martian", None),
    ],
)
def test_coding_actors_adjective_country(kb: ActorKB, word: str, code: str | None) -> None:
    assert kb.adjective_country(word) == code


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("official", "GOV"),
        ("officials", "GOV"),
        ("embassy", "GOV"),
        ("embassies", "GOV"),
        ("spokeswoman", "GOV"),
        ("lawmaker", "LEG"),
        ("troops", "MIL"),
        ("coast guard", "MIL"),
        ("police", "COP"),
        ("court", "JUD"),
        ("rebels", "REB"),
        ("protesters", "CVL"),
        ("companies", "BUS"),
        ("state media", "MED"),
        ("analysts", "ELI"),
        ("refugees", "REF"),
        ("spies", "SPY"),
        ("banana", None),
    ],
)
def test_coding_actors_agent_sector(kb: ActorKB, noun: str, sector: str | None) -> None:
    assert kb.agent_sector(noun) == sector


@pytest.mark.parametrize(
    ("title", "sector"),
    [
        ("President", "GOV"),
        ("Secretary of State", "GOV"),
        ("Foreign Minister", "GOV"),
        ("Chinese Vice Foreign Minister", "GOV"),
        ("Admiral", "MIL"),
        ("Gen.", "MIL"),
        ("Senator", "LEG"),
        ("Rep.", "LEG"),
        ("Speaker", "LEG"),
        ("former President", "ELI"),
        ("Minister of Commerce", "GOV"),
        ("U.S. Secretary of Commerce", "GOV"),
        ("Director of the Office of the Central Foreign Affairs Commission", "GOV"),
        ("Chairman of the Joint Chiefs of Staff", "MIL"),
        ("U.S. House Speaker", "LEG"),
        ("Dr.", None),
        ("Grand Poobah", None),
    ],
)
def test_coding_actors_title_sector(kb: ActorKB, title: str, sector: str | None) -> None:
    assert kb.title_sector(title) == sector


def test_coding_actors_collectives_mark_dyad(kb: ActorKB) -> None:
    for phrase in (
        "the two leaders",
        "both sides",
        "the two countries",
        "the two sides",
        "the two presidents",
    ):
        entry = kb.collective(phrase)
        assert entry is not None and entry.dyad_reference, phrase
    assert kb.collective("the White House") is None


def test_coding_actors_aliases_flag_adjectives(kb: ActorKB) -> None:
    pairs = list(kb.aliases())
    assert all(isinstance(text, Surface) for text, _ in pairs)
    adjectives = {(str(t), e.code) for t, e in pairs if t.is_adjective}
    assert ("American", "USA") in adjectives and ("Chinese", "CHN") in adjectives
    names = {str(t) for t, _ in pairs if not t.is_adjective}
    assert {"United States", "White House", "Tony Blinken", "Xinhua", "both sides"} <= names
    assert "official" not in names
    agents = {str(t) for t, _ in kb.aliases(kinds={"agent"})}
    assert "official" in agents


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("Antony Blinkin", "Antony Blinken"),
        ("Whyte House", "White House"),
        ("Xi Jinpeng", "Xi Jinping"),
        ("Washingon Post", "The Washington Post"),
    ],
)
def test_coding_actors_suggest(kb: ActorKB, typo: str, expected: str) -> None:
    suggestions = kb.suggest(typo, limit=3)
    assert suggestions and suggestions[0] == expected
    assert len(suggestions) <= 3


def test_coding_actors_actor_code_rules() -> None:
    assert actor_code("USA", "GOV") == "USAGOV"
    assert actor_code("USA", None) == "USA"
    assert actor_code("NATO", "GOV", {"NATO"}) == "NATO"
    assert actor_code("NATO", "MIL", {"NATO"}) == "NATOMIL"
    assert actor_code(None, "GOV") is None


def test_coding_actors_kb_pickles(kb: ActorKB) -> None:
    clone = pickle.loads(pickle.dumps(kb))
    assert [e.name for e in clone.find("Blinken")] == ["Antony Blinken"]
    (text, _), *_ = clone.aliases()
    assert isinstance(text, Surface)


# --------------------------------------------------------------------------- package data


def test_coding_actors_package_kb_loads_complete() -> None:
    # (how fast it loads is a benchmark's figure, not a test's: a shared machine varies)
    kb = load_kb()
    import pycountry

    assert {c.alpha_3 for c in pycountry.countries} <= kb.country_codes
    assert {"XKX", "TWN", "PSE"} <= kb.country_codes
    assert {"UNO", "NATO", "EU", "ASEAN", "APEC", "WHO", "IAEA"} <= kb.igo_codes
    assert kb.count("media") >= 40
    assert kb.count("igo") >= 30
    assert kb.count("institution") >= 100
    assert all(
        e.code
        for e in kb.entries
        if e.kind in {"country", "metonym", "institution", "igo", "media", "person"}
    )


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_coding_actors_code_at_invariants(kb: ActorKB, day: date) -> None:
    for name in ("Antony Blinken", "Xi Jinping", "Wang Yi", "Jens Stoltenberg"):
        person = _person(kb, name)
        country, sector, code = kb.code_at(person, day)
        assert country in {r.country for r in person.roles}
        covering = [r for r in person.roles if r.covers(day)]
        if covering:
            assert (country, sector) == (covering[-1].country, covering[-1].sector)
        elif day < person.roles[0].start:
            assert sector is None and code == country
        else:
            assert sector == "ELI"


def test_coding_actors_yaml_reader_matches_safe_load_on_package_files() -> None:
    import yaml

    from detente.coding.actors import _parse_yaml

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "__line__"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    for name in BASE_FILES:  # people files may use YAML 1.1 words on purpose; not checked here
        path = package_actor_dir() / name
        text = path.read_text(encoding="utf-8")
        assert strip(_parse_yaml(text, path.name)) == yaml.safe_load(text), path.name


def test_coding_actors_yaml_reader_keeps_yaml11_words_as_text() -> None:
    from detente.coding.actors import _parse_yaml

    data = _parse_yaml("- {code: NO, a: yes, b: 'null', c: null, d: 2021-01-26, e: '2021'}\n", "t")
    assert data == [
        {
            "__line__": 1,
            "code": "NO",
            "a": "yes",
            "b": "null",
            "c": None,
            "d": date(2021, 1, 26),
            "e": "2021",
        }
    ]


# --------------------------------------------------------------------------- session 4


def test_coding_actors_institution_roles_are_dated(kb: ActorKB) -> None:
    (taliban,) = [e for e in kb.find("Taliban") if e.kind == "institution"]
    assert kb.code_at(taliban, date(1999, 3, 1))[2] == "AFGGOV"
    assert kb.code_at(taliban, date(2012, 3, 1))[2] == "AFGREB"
    assert kb.code_at(taliban, date(2021, 8, 15))[2] == "AFGGOV"
    assert kb.code_at(taliban, None)[2] == "AFGGOV"
    (hamas,) = [e for e in kb.find("Hamas") if e.kind == "institution"]
    assert kb.code_at(hamas, date(2012, 3, 1))[2] == "PSEREB"  # no roles: its own code


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "- name: Group X\n  country: SDN\n  sector: REB\n  roles:\n"
            "    - {start: 2013-01-01, end: 2023-05-01, country: SDN, sector: MIL, title: A}\n"
            "    - {start: 2023-04-15, end: null, country: SDN, sector: REB, title: B}\n",
            "overlap",
        ),
        (
            "- name: Group Y\n  country: SDN\n  sector: REB\n  roles:\n"
            "    - {start: 2013-01-01, country: SDN, sector: MIL}\n",
            "missing field(s) title",
        ),
        ("- name: Group Z\n  country: SDN\n  sector: REB\n  roles: []\n", "non-empty list"),
    ],
)
def test_coding_actors_loader_rejects_bad_institution_roles(
    tmp_path: Path, actor_dir: Path, text: str, reason: str
) -> None:
    folder = _bad_dir(tmp_path, actor_dir, "[]\n")
    path = folder / "institutions.yaml"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb(actor_dir=folder)
    assert str(info.value).startswith("institutions.yaml:"), str(info.value)
    line = int(str(info.value).split(":")[1])
    assert line > before.count("\n"), str(info.value)  # the line of the bad entry or role
    assert reason in str(info.value)


def test_coding_actors_regions(kb: ActorKB, tmp_path: Path, actor_dir: Path) -> None:
    assert kb.region_country("Nagorno-Karabakh") == "AZE"
    assert kb.region_country("the Darfur") == "SDN"
    assert kb.region_country("tigray") == "ETH"
    assert kb.region_country("Atlantis") is None
    assert kb.find("Nagorno-Karabakh") == []  # a place, not an actor
    folder = _bad_dir(tmp_path, actor_dir, "[]\n")
    path = folder / "countries.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  name: Armenia\n" in text
    path.write_text(text.replace("  name: Armenia\n", "  name: Armenia\n  regions: [Karabakh]\n"),
                    encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb(actor_dir=folder)
    assert "region 'Karabakh' given to both" in str(info.value)


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Kyriakos Mitsotakis", "2023-12-07", "GRCGOV"),
        ("Nikos Dendias", "2022-05-01", "GRCGOV"),
        ("Eduardo Año", "2023-09-26", "PHLGOV"),
        ("Jay Tarriela", "2023-09-26", "PHLMIL"),
        ("Piotr Müller", "2023-09-21", "POLGOV"),
        ("Robert Fico", "2023-11-01", "SVKGOV"),
        ("Robert Fico", "2021-01-01", "SVKELI"),
        ("Petr Pavel", "2016-01-01", "NATOMIL"),
        ("Abdourahamane Tchiani", "2023-08-01", "NERMIL"),
        ("Samvel Shahramanyan", "2023-09-21", "AZEREB"),
        ("Stéphane Dujarric", "2023-09-21", "UNO"),
        ("Ibrahim Traoré", "2023-09-21", "BFAGOV"),
        ("Hun Manet", "2020-01-01", "KHMMIL"),
        ("Dina Boluarte", "2023-09-21", "PERGOV"),
        ("Macky Sall", "2024-06-01", "SENELI"),
    ],
)
def test_coding_actors_2023_office_holders(name: str, on: str, code: str) -> None:
    from detente.coding.actors import default_kb

    kb = default_kb()
    (entry,) = [e for e in kb.find(name) if e.kind == "person"]
    assert kb.code_at(entry, date.fromisoformat(on))[2] == code


@pytest.mark.parametrize(("title", "on", "held"), [
    # an undated office runs until the next dated one starts
    ("Trade Secretary; Chancellor from 2021-03-01", date(2020, 6, 1), ["Trade Secretary"]),
    ("Trade Secretary; Chancellor from 2021-03-01", date(2022, 6, 1), ["Chancellor"]),
    # year ranges and day ranges
    ("Senator; Defence Minister 2015-2017; President 2018-05-02 to 2022-05-01",
     date(2016, 3, 1), ["Defence Minister"]),
    ("Senator; Defence Minister 2015-2017; President 2018-05-02 to 2022-05-01",
     date(2019, 3, 1), ["President"]),
    # a bracketed date range dates the office; a bracketed note does not
    ("Interior Minister / Prime Minister (2012-2014) / Foreign Minister (2016-2019)",
     date(2013, 1, 1), ["Prime Minister"]),
    ("President (acting from 2020-01-05; confirmed 2020-02-01)", date(2019, 1, 1),
     ["President"]),
    # "and" joins two offices held together
    ("Mayor and Party Secretary of Harbin", date(2019, 1, 1),
     ["Mayor", "Party Secretary of Harbin"]),
])
def test_coding_actors_titles_on_a_day(title, on, held):
    role = Role(start=date(2010, 1, 1), end=None, country="XXX", sector="GOV", title=title)
    got = [name for name, start, end in role_titles(role)
           if start <= on and (end is None or on <= end)]
    assert got == held


@pytest.mark.parametrize(("key", "on", "held"), [
    ("person:james-cleverly", date(2023, 8, 30), ["Foreign Secretary"]),
    ("person:james-cleverly", date(2024, 1, 10), ["Home Secretary"]),
    ("person:yoon-suk-yeol", date(2023, 3, 16), ["President"]),
])
def test_coding_actors_kb_titles_on_the_article_day(key, on, held):
    kb = load_kb()
    assert kb.titles_on(kb.get(key), on) == held
