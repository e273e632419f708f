"""ICEWS event files (Dataverse ``events.YYYY.*.tab``): tab-separated with a header.

Columns used: Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text,
CAMEO Code, Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence
Number, Publisher, City, District, Province, Country, Latitude, Longitude (matched by name,
any order; extra columns are ignored).

* event id ``icews:<Event ID>``; ``article_id`` = Story ID;
* countries are names ("Russian Federation", "Occupied Palestinian Territory") mapped to
  ISO alpha-3 (pycountry, a few overrides, the actor KB); actors without a country (IGOs
  such as "United Nations") are looked up by name in the actor KB;
* sector lists ("Government,Executive,Foreign Ministry") become one CAMEO sector by keyword
  (``common.SECTOR_KEYWORDS``); an actor that is its country ("China") has no sector;
* CAMEO codes that lost their leading zero in a spreadsheet ("42", "211") are restored;
* Goldstein = the file's Intensity (ICEWS's Goldstein-type score), else the codebook's.
"""

from __future__ import annotations

from pathlib import Path

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
    quad_of_root_sql,
    typed,
)
from detente.store import Store

ROLES: dict[str, Role] = {
    "id": Role(("Event ID", "event_id", "EventID"), required=True),
    "date": Role(("Event Date", "event_date"), required=True),
    "source_name": Role(("Source Name", "source_name")),
    "source_sectors": Role(("Source Sectors", "source_sectors")),
    "source_country": Role(("Source Country", "source_country")),
    "event_text": Role(("Event Text", "event_text")),
    "cameo": Role(("CAMEO Code", "cameo_code", "CAMEO"), required=True),
    "intensity": Role(("Intensity", "intensity"), "DOUBLE"),
    "target_name": Role(("Target Name", "target_name")),
    "target_sectors": Role(("Target Sectors", "target_sectors")),
    "target_country": Role(("Target Country", "target_country")),
    "story_id": Role(("Story ID", "story_id")),
    "sentence_number": Role(("Sentence Number", "sentence_number")),
    "publisher": Role(("Publisher", "publisher")),
    "city": Role(("City", "city")),
    "district": Role(("District", "district")),
    "province": Role(("Province", "province")),
    "country": Role(("Country", "country")),
    "lat": Role(("Latitude", "latitude"), "DOUBLE"),
    "lon": Role(("Longitude", "longitude"), "DOUBLE"),
}


def cameo_sql(raw: str) -> str:
    """Restore leading zeros: '42' -> '042', '211' -> '0211' (no CAMEO root above 20)."""
    return (f"CASE WHEN NOT regexp_full_match({raw}, '[0-9]{{2,4}}') THEN NULL "
            f"WHEN length({raw}) = 2 THEN '0' || {raw} "
            f"WHEN length({raw}) = 3 AND CAST(substr({raw}, 1, 2) AS INTEGER) > 20 "
            f"THEN '0' || {raw} ELSE {raw} END")


def _build(found: dict[str, int]) -> dict[str, str]:
    raw_code = col(found, "cameo")
    code = cameo_sql(raw_code)
    day = date_sql(found, "date")
    return {
        **common_defaults("icews"),
        "event_id": f"'icews:' || {col(found, 'id')}",
        "article_id": col(found, "story_id"),
        **actor_sql(found, "source", "source_name", "source_country", "source_sectors"),
        **actor_sql(found, "target", "target_name", "target_country", "target_sectors"),
        "cameo": code,
        "root": f"substr({code}, 1, 2)",
        "label": "cb.label",
        "goldstein": f"coalesce({typed(found, 'intensity')}, cb.goldstein)",
        "quad_class": f"coalesce(cb.quad_class, {quad_of_root_sql(f'substr({code}, 1, 2)')})",
        "plover_type": "cb.plover_type",
        "plover_mode": "cb.plover_mode",
        "date_value": f"strftime({day}, '%Y-%m-%d')",
        "date_start": day,
        **location_sql(found, ("city", "district", "province", "country"), "country",
                       "lat", "lon"),
        "extra": (
            f"{{'event_text': {col(found, 'event_text')}, "
            f"'intensity': {typed(found, 'intensity')}, "
            f"'sentence_number': {col(found, 'sentence_number')}, "
            f"'publisher': {col(found, 'publisher')}, "
            f"'source_sectors': {col(found, 'source_sectors')}, "
            f"'target_sectors': {col(found, 'target_sectors')}}}"
        ),
        "reason": (
            f"CASE WHEN {col(found, 'id')} IS NULL THEN 'no Event ID' "
            f"WHEN {day} IS NULL THEN 'bad Event Date: ' || coalesce({col(found, 'date')}, "
            "'(empty)') "
            f"WHEN {code} IS NULL THEN 'bad CAMEO Code: ' || coalesce({raw_code}, '(empty)') "
            "ELSE NULL END"
        ),
        "line_key": col(found, "id"),
    }


def _joins(found: dict[str, int]) -> str:
    code = cameo_sql(col(found, "cameo"))
    return (
        actor_joins(found, "source", "source_name", "source_country", "source_sectors")
        + actor_joins(found, "target", "target_name", "target_country", "target_sectors")
        + location_join(found, "country")
        + f" LEFT JOIN {CODEBOOK} cb ON cb.code = {code}"
    )


def import_icews(store: Store, path: Path, options: ImportOptions,
                 progress: Progress | None = None) -> ImportSummary:
    """Import one ICEWS event file (see module docstring)."""
    return import_tabular(
        store, path, "icews", ROLES, _build, _joins,
        country_roles=("source_country", "target_country", "country"),
        sector_roles=("source_sectors", "target_sectors"),
        actor_roles=(("source_name", "source_country"), ("target_name", "target_country")),
        progress=progress, records=options.records,
    )
