-- One row per accepted report with its provenance: the source file's hash and format, the page it was
-- taken from where known, the date printed at its end, and the parser version that read it.
with reports as (
    select * from {{ ref('int_reports__accepted') }}
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
