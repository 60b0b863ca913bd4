"""DDL of the warehouse's raw schema.

`CORE_SCHEMA` holds the tables every run writes. `EXTRA_TABLES` holds feature tables (one per kind of
extracted record, e.g. work-plan tasks or narrative claims): each has a `source_path` column, so the
loader can replace a changed file's rows without knowing the table; parsers fill them through
`FileResult.extra[table_name]` as lists of dicts keyed by column name.
"""

from ingest.parsing.numbers import VALUE_SQL_TYPE

CORE_SCHEMA = f"""
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
    report_key varchar,  -- what the report is, whatever its format (ingest.parsing.parse.report_key_for)
    source_url varchar,  -- the page the report was taken from, where the source says (a crawl's 原文链接)
    parent_body_zh varchar,  -- the government the body belongs to, where its name shows it
    title_source varchar,  -- printed (the title), or opening_paragraph: no title printed (parsing/title.py)
    reporting_body_printed varchar,  -- the body as printed where it was a short form (report/short_forms.py)
    first_seen_at timestamptz  -- a crawled report: when the crawler first fetched its URL (provenance.py)
);
-- A crawled file's provenance, from its sidecar (ingest/pipeline/provenance.py; written by acquire/).
create table if not exists raw.crawl_sources (
    source_path varchar primary key,
    source_url varchar not null,   -- the address the crawler found it under
    final_url varchar,             -- where that address led (redirects)
    first_seen_at timestamptz,     -- when the crawler first fetched this URL
    content_seen_at timestamptz,   -- when it first fetched these bytes at this URL
    crawl_version integer,         -- 1 for the first bytes seen at the URL, 2 for the next, ...
    crawled_sha256 varchar,
    title varchar,                 -- the link text it was found under
    warc_file varchar,
    warc_offset bigint,
    crawl_id varchar
);
create table if not exists raw.report_values (
    report_id varchar not null,
    section varchar not null,
    row_code varchar not null,
    col_code varchar not null,
    value {VALUE_SQL_TYPE},  -- exact as printed (ingest.parsing.numbers)
    value_text varchar,
    missing_reason varchar,
    source_line integer,
    value_source varchar not null,  -- printed, recovered_by_shape, recovered_by_identity (report/flat),
        -- ocr, ...
    source_text varchar,  -- for a recovered value: the row's digits as printed, run together; OCR: as read
    evidence varchar,  -- what settled or converted the value: the claim, the prior report, the unit
    ocr_confidence double,  -- read by OCR: the lowest confidence of its characters (readers/ocr.py)
    ocr_confirmed_by varchar,  -- identity or second_reading; unconfirmed: missing (ocr_unconfirmed)
    candidates varchar  -- an ambiguous split (missing): this cell's value in each candidate, JSON ([5, 54])
);
"""

EXTRA_TABLES: dict[str, str] = {}

# Work plans (政务公开工作要点, ingest/parsing/workplan/): one row per plan, per task, per task and unit.
EXTRA_TABLES["raw.workplans"] = """
create table if not exists raw.workplans (
    source_path varchar not null,
    plan_id varchar primary key,
    title varchar,
    jurisdiction_zh varchar,
    division_code varchar,
    plan_year integer,
    issuer_zh varchar,
    doc_number varchar,
    issued_on date,
    task_count integer,
    parse_status varchar,
    message varchar
);
"""
EXTRA_TABLES["raw.workplan_tasks"] = """
create table if not exists raw.workplan_tasks (
    source_path varchar not null,
    plan_id varchar not null,
    task_no integer not null,
    section_zh varchar,
    subsection_zh varchar,
    category_zh varchar,
    requirement_zh varchar,
    deadline_text varchar,
    deadline_date date,
    deadline_kind varchar,
    units_inherited boolean,
    deadline_inherited boolean,
    source_line integer,
    primary key (plan_id, task_no)
);
"""
EXTRA_TABLES["raw.workplan_task_units"] = """
create table if not exists raw.workplan_task_units (
    source_path varchar not null,
    plan_id varchar not null,
    task_no integer not null,
    unit_zh varchar not null,
    role varchar not null,
    primary key (plan_id, task_no, unit_zh, role)
);
"""
# Figures stated in a report's prose (ingest/parsing/narrative/), one row per claim, as printed.
EXTRA_TABLES["raw.narrative_claims"] = """
create table if not exists raw.narrative_claims (
    source_path varchar not null,
    report_id varchar not null,
    claim_no integer not null,
    metric varchar not null,
    claim_kind varchar not null,
    value double not null,
    decimals integer not null,
    number_text varchar not null,
    base_metric varchar,
    compared_year integer,
    sentence varchar not null,
    char_offset integer not null,
    source_line integer,
    refers_to_claim_no integer,
    alt_metrics varchar,
    alt_base_metrics varchar,
    implicit boolean not null
);
"""
# Sentences of a report's prose that state an application, review or litigation figure and yielded no
# claim (ingest/parsing/narrative/unread.py): a narrative_unread info finding each.
EXTRA_TABLES["raw.narrative_unread"] = """
create table if not exists raw.narrative_unread (
    source_path varchar not null,
    report_id varchar not null,
    source_line integer,
    sentence_no integer not null,
    sentence varchar not null
);
"""
