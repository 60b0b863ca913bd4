"""DDL of the warehouse's raw schema.

`CORE_SCHEMA` holds the tables every run writes. `EXTRA_TABLES` holds feature tables (one per kind of
extracted record, e.g. work-plan tasks or narrative claims): each has a `source_path` column, so the
loader can replace a changed file's rows without knowing the table; parsers fill them through
`FileResult.extra[table_name]` as lists of dicts keyed by column name.
"""

CORE_SCHEMA = """
create schema if not exists raw;
create table if not exists raw.files (
    source_path varchar primary key,
    source_sha256 varchar not null,
    size_bytes bigint,
    source_format varchar,
    doc_kind varchar,
    status varchar not null,
    message varchar,
    report_id varchar,
    parser_fingerprint varchar,
    ingested_at timestamp
);
create table if not exists raw.reports (
    report_id varchar primary key,
    source_path varchar not null,
    source_sha256 varchar not null,
    source_format varchar,
    encoding varchar,
    title varchar,
    jurisdiction_zh varchar,
    division_code varchar,
    report_year integer,
    reporting_body_zh varchar,
    scope varchar,
    published_on date,
    template_version varchar,
    parse_status varchar,
    message varchar,
    ingested_at timestamp,
    report_key varchar  -- what the report is, whatever its format (ingest.parse.report_key_for)
);
create table if not exists raw.report_values (
    report_id varchar not null,
    section varchar not null,
    row_code varchar not null,
    col_code varchar not null,
    value decimal(20, 4),
    value_text varchar,
    missing_reason varchar,
    source_line integer
);
"""

EXTRA_TABLES: dict[str, str] = {}
