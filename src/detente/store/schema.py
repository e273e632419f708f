"""Schema migrations: each version is a list of statements applied in one transaction."""

from __future__ import annotations

SCHEMA_VERSION = 2

_V1 = [
    """CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, command VARCHAR, pipeline_version VARCHAR,
        started TIMESTAMP, finished TIMESTAMP,
        n_read INTEGER, n_new INTEGER, n_duplicate INTEGER, n_quarantined INTEGER,
        n_events INTEGER, seconds DOUBLE)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, published DATE,
        url VARCHAR, source VARCHAR, language VARCHAR, origin VARCHAR, text VARCHAR,
        raw_text VARCHAR, repairs JSON, skip_spans JSON, warnings JSON,
        ingested_at TIMESTAMP, run_id VARCHAR)""",
    "CREATE UNIQUE INDEX articles_hash ON articles (content_hash)",
    # One row per event mention (an event as stated in one sentence of one article), or one
    # imported event record (provenance = gdelt/icews/polecat/tkg).
    """CREATE TABLE mentions (
        event_id VARCHAR PRIMARY KEY, article_id VARCHAR, provenance VARCHAR,
        source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
        source_sector VARCHAR,
        target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
        target_sector VARCHAR,
        cameo VARCHAR, root VARCHAR, label VARCHAR, goldstein DOUBLE, quad_class INTEGER,
        plover_type VARCHAR, plover_mode VARCHAR,
        status VARCHAR, status_cue VARCHAR, date_value VARCHAR, date_precision VARCHAR,
        date_text VARCHAR, date_start DATE,
        location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
        sentence VARCHAR, start_char INTEGER, end_char INTEGER, trigger_text VARCHAR,
        speaker VARCHAR, anonymous BOOLEAN, confidence DOUBLE, rule VARCHAR, record JSON,
        fused_id VARCHAR)""",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    "CREATE INDEX mentions_dyad ON mentions (source_country, target_country, date_start)",
    # Fused events: one real-world event with all its mentions.
    """CREATE TABLE events (
        fused_id VARCHAR PRIMARY KEY, source_country VARCHAR, source_code VARCHAR,
        target_country VARCHAR, target_code VARCHAR, cameo VARCHAR, root VARCHAR,
        label VARCHAR, goldstein DOUBLE, quad_class INTEGER, status VARCHAR,
        date_value VARCHAR, date_precision VARCHAR, date_start DATE,
        location_name VARCHAR, location_country VARCHAR,
        n_mentions INTEGER, n_articles INTEGER, first_seen DATE, last_seen DATE,
        best_event_id VARCHAR, sentence VARCHAR, article_id VARCHAR, provenance VARCHAR)""",
    "CREATE INDEX events_dyad ON events (source_country, target_country, date_start)",
    # planned -> happened / cancelled links between fused events
    """CREATE TABLE event_links (
        from_id VARCHAR, to_id VARCHAR, kind VARCHAR, PRIMARY KEY (from_id, to_id, kind))""",
    """CREATE TABLE quarantine (
        id VARCHAR PRIMARY KEY, run_id VARCHAR, origin VARCHAR, line INTEGER, code VARCHAR,
        reason VARCHAR, item_id VARCHAR, quarantined_at TIMESTAMP)""",
    """CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR)""",
]

# Version 2 (imports at scale):
# - ``mentions.extra``: the dataset-specific fields of an imported row (GDELT tone and mention
#   counts, ICEWS/POLECAT ids, ...) as JSON, so that its event record can be rebuilt from the
#   columns (``detente.interop.stored_record_sql``) instead of storing ~800 bytes of JSON per
#   row.
#   NULL for text-derived mentions (their record is stored).
# - ``mentions_dyad`` is dropped: DuckDB does not use a multi-column ART index for scans
#   (dyad filters run on zone maps), so it only cost time on every insert.
# Both statements are idempotent, so a store half-way between versions upgrades too.
_V2 = [
    "ALTER TABLE mentions ADD COLUMN IF NOT EXISTS extra JSON",
    "DROP INDEX IF EXISTS mentions_dyad",
]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2}
