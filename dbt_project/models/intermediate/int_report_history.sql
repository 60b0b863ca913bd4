-- Each report with the report of the same jurisdiction and scope for the year before, where one was loaded.
with reports as (
    select
        report_id,
        division_code,
        jurisdiction_zh,
        scope,
        report_year,
        coalesce(division_code, jurisdiction_zh) as jurisdiction_key
    from {{ ref('stg_raw__reports') }}
)

select
    r.report_id,
    r.division_code,
    r.jurisdiction_zh,
    r.jurisdiction_key,
    r.scope,
    r.report_year,
    p.report_id as prior_report_id
from reports as r
left join reports as p
    on
        r.jurisdiction_key = p.jurisdiction_key
        and r.scope = p.scope
        and r.report_year - 1 = p.report_year
