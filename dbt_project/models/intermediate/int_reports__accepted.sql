-- The reports the marts are built from: every loaded report that passes the quarantine checks
-- (int_reports__quarantine). A quarantined report stays in raw and in marts.dq_findings, with the reason.
-- A table, made once per build: about twenty models and pre-hooks read it, and as a view each of them
-- computed the quarantine checks over every value of every report again (0.3-0.6 s CPU each at 10,000).
{{ config(materialized='table') }}

with reports as (
    select * from {{ ref('stg_raw__reports') }}
),

quarantined as (
    select distinct report_id
    from {{ ref('int_reports__quarantine') }}
    where not passed
),

final as (
    select
        reports.report_id,
        reports.source_path,
        reports.source_sha256,
        reports.source_format,
        reports.report_title_zh,
        reports.jurisdiction_zh,
        reports.division_code,
        reports.report_year,
        reports.reporting_body_zh,
        reports.scope,
        reports.published_on,
        reports.template_version,
        reports.parse_status,
        reports.parse_message,
        reports.source_url,
        reports.parent_body_zh
    from reports
    where reports.report_id not in (select quarantined.report_id from quarantined)
)

select * from final
