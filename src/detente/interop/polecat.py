"""POLECAT event files (PLOVER-coded): tab-separated with a header.

Columns used (matched by name, any order, common spellings accepted): Event ID, Event Date,
Event Type, Event Mode, Intensity, Quad Code, Contexts, Actor Name, Actor Country, Actor COW,
Primary Actor Sector, Recipient Name, Recipient Country, Recipient COW, Primary Recipient
Sector (or Recipient Primary Sector), Place Name (Placename), City, State, Country, Latitude,
Longitude, Story ID, Story Date (Publication Date), Headline.

PLOVER has no CAMEO codes, so each event gets a *representative* CAMEO code: the inverse of
the package's CAMEO -> PLOVER mapping (``coding/data/plover.csv``). For a (type, mode) pair
it is the shortest CAMEO code that maps to exactly that pair (ties: the root with most codes
of that type, then the lowest code); when the mode is empty or has no CAMEO code of its own,
the type's code without a mode chosen the same way (usually the type's CAMEO root).
Examples: CONSULT -> 04, CONSULT/visit -> 042, ACCUSE -> 11, ASSAULT -> 18,
PROTEST/demo -> 141, RETREAT -> 084. :func:`plover_to_cameo` lists the whole table. The
Goldstein score and quad class are that code's in the codebook; the file's PLOVER type and
mode are kept as they are (``plover_type``, ``plover_mode``), and its Intensity, Quad Code
and Contexts are in ``record.extra``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from detente.coding.codebook import load_codebook
from detente.interop.common import ImportOptions, ImportSummary, Progress, common_defaults
from detente.interop.tabular import (
    CODEBOOK,
    Role,
    actor_joins,
    actor_sql,
    col,
    date_sql,
    import_tabular,
    location_join,
    location_sql,
    typed,
)
from detente.store import Store

_PLOVER = "__interop_plover"

ROLES: dict[str, Role] = {
    "id": Role(("Event ID", "event_id", "id"), required=True),
    "date": Role(("Event Date", "event_date", "date"), required=True),
    "type": Role(("Event Type", "event_type", "event"), required=True),
    "mode": Role(("Event Mode", "event_mode", "mode")),
    "intensity": Role(("Intensity", "intensity"), "DOUBLE"),
    "quad": Role(("Quad Code", "quad_code", "Quad Class")),
    "contexts": Role(("Contexts", "Event Context", "context", "contexts")),
    "actor_name": Role(("Actor Name", "actor_name")),
    "actor_country": Role(("Actor Country", "actor_country")),
    "actor_cow": Role(("Actor COW", "actor_cow")),
    "actor_sector": Role(("Primary Actor Sector", "Actor Primary Sector", "actor_sector",
                          "Actor Sectors")),
    "recipient_name": Role(("Recipient Name", "recipient_name")),
    "recipient_country": Role(("Recipient Country", "recipient_country")),
    "recipient_cow": Role(("Recipient COW", "recipient_cow")),
    "recipient_sector": Role(("Primary Recipient Sector", "Recipient Primary Sector",
                              "recipient_sector", "Recipient Sectors")),
    "place": Role(("Place Name", "Placename", "place_name", "Location")),
    "city": Role(("City", "city")),
    "state": Role(("State", "state", "Province")),
    "country": Role(("Country", "country", "Location Country")),
    "lat": Role(("Latitude", "latitude", "lat"), "DOUBLE"),
    "lon": Role(("Longitude", "longitude", "lon"), "DOUBLE"),
    "story_id": Role(("Story ID", "story_id", "Source ID", "URL", "url")),
    "story_date": Role(("Story Date", "Publication Date", "story_date", "publication_date")),
    "headline": Role(("Headline", "headline")),
}


def plover_to_cameo() -> dict[tuple[str, str], str]:
    """``(TYPE, mode or '')`` -> representative CAMEO code (see module docstring)."""
    infos = [i for i in load_codebook() if i.plover_type]
    # ties between equally general codes go to the root with most codes of the type
    # (ACCUSE: 11 "disapprove" rather than 09 "investigate")
    weight: dict[tuple[str, str], int] = {}
    for info in infos:
        k = (info.plover_type.upper(), info.root)  # type: ignore[union-attr]
        weight[k] = weight.get(k, 0) + 1

    def rank(ptype: str, code: str) -> tuple[int, int, str]:
        return len(code), -weight.get((ptype, code[:2]), 0), code

    best: dict[tuple[str, str], str] = {}
    for info in infos:
        ptype = info.plover_type.upper()  # type: ignore[union-attr]
        key = (ptype, (info.plover_mode or "").lower())
        old = best.get(key)
        if old is None or rank(ptype, info.code) < rank(ptype, old):
            best[key] = info.code
    # a type whose codes all carry a mode still needs a mode-less entry: its most general code
    general: dict[str, str] = {}
    for (ptype, _mode), code in best.items():
        old = general.get(ptype)
        if old is None or rank(ptype, code) < rank(ptype, old):
            general[ptype] = code
    for ptype, code in general.items():
        best.setdefault((ptype, ""), code)
    return best


def _plover_frame() -> pd.DataFrame:
    rows = [(t, m, c) for (t, m), c in plover_to_cameo().items()]
    return pd.DataFrame(rows, columns=["ptype", "pmode", "code"])


def _build(found: dict[str, int]) -> dict[str, str]:
    day = date_sql(found, "date")
    ptype = f"upper({col(found, 'type')})"
    pmode = f"lower({col(found, 'mode')})"
    code = "coalesce(pm.code, pt.code)"
    return {
        **common_defaults("polecat"),
        "event_id": f"'polecat:' || {col(found, 'id')}",
        "article_id": col(found, "story_id"),
        **actor_sql(found, "source", "actor_name", "actor_country", "actor_sector"),
        **actor_sql(found, "target", "recipient_name", "recipient_country",
                    "recipient_sector"),
        "cameo": code,
        "root": "cb.root",
        "label": "cb.label",
        "goldstein": "cb.goldstein",
        "quad_class": "cb.quad_class",
        "plover_type": ptype,
        "plover_mode": pmode,
        "date_value": f"strftime({day}, '%Y-%m-%d')",
        "date_start": day,
        **location_sql(found, ("city", "state", "country"), "country", "lat", "lon",
                       place="place"),
        "extra": (
            f"{{'intensity': {typed(found, 'intensity')}, "
            f"'quad_code': {col(found, 'quad')}, 'contexts': {col(found, 'contexts')}, "
            f"'actor_cow': {col(found, 'actor_cow')}, "
            f"'recipient_cow': {col(found, 'recipient_cow')}, "
            f"'story_date': {col(found, 'story_date')}, "
            f"'headline': {col(found, 'headline')}}}"
        ),
        "reason": (
            f"CASE WHEN {col(found, 'id')} IS NULL THEN 'no Event ID' "
            f"WHEN {day} IS NULL THEN 'bad Event Date: ' || coalesce({col(found, 'date')}, "
            "'(empty)') "
            f"WHEN {code} IS NULL THEN 'unknown PLOVER Event Type: ' || "
            f"coalesce({col(found, 'type')}, '(empty)') "
            "ELSE NULL END"
        ),
        "line_key": col(found, "id"),
    }


def _joins(found: dict[str, int]) -> str:
    ptype = f"upper({col(found, 'type')})"
    pmode = f"coalesce(lower({col(found, 'mode')}), '')"
    return (
        actor_joins(found, "source", "actor_name", "actor_country", "actor_sector")
        + actor_joins(found, "target", "recipient_name", "recipient_country",
                      "recipient_sector")
        + location_join(found, "country")
        + f" LEFT JOIN {_PLOVER} pm ON pm.ptype = {ptype} AND pm.pmode = {pmode}"
        + f" LEFT JOIN {_PLOVER} pt ON pt.ptype = {ptype} AND pt.pmode = ''"
        + f" LEFT JOIN {CODEBOOK} cb ON cb.code = coalesce(pm.code, pt.code)"
    )


def import_polecat(store: Store, path: Path, options: ImportOptions,
                   progress: Progress | None = None) -> ImportSummary:
    """Import one POLECAT event file (see module docstring)."""
    return import_tabular(
        store, path, "polecat", ROLES, _build, _joins,
        country_roles=("actor_country", "recipient_country", "country"),
        sector_roles=("actor_sector", "recipient_sector"),
        actor_roles=(("actor_name", "actor_country"), ("recipient_name", "recipient_country")),
        extra_tables={_PLOVER: _plover_frame()},
        progress=progress, records=options.records,
    )
