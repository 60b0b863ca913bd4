-- One row per accepted report with its provenance: the source file's hash and format, the page it was
-- taken from where known, the date printed at its end, and the parser version that read it.
-- Incremental on the reports that came, went or were loaded again from another file of the same content
-- (macros/incremental_reports.sql: delete_reports_gone_or_moved): a row depends on its report and file alone.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_reports_gone_or_moved() }}",
) }}

with reports as (
    select * from {{ ref('int_reports__accepted') }}
    where {{ new_reports_only('report_id') }}
),

files as (
    select * from {{ ref('stg_raw__files') }}
),

final as (
    select
        reports.report_id,
        reports.division_code,
        reports.jurisdiction_zh,
        reports.reporting_body_zh,
        reports.scope,
        reports.report_year,
        reports.template_version,
        reports.source_path,
        reports.source_sha256,
        reports.source_format,
        reports.published_on,
        reports.source_url,
        reports.parse_status,
        files.parser_fingerprint as parser_version
    from reports
    left join files on reports.source_path = files.source_path
)

select * from final
