-- Each report with the report of the same jurisdiction and scope for the year before, where one was loaded.
-- Where several were (two bodies of one place with the same scope), the one of the same reporting body is
-- taken, else the first by report_id: a report has at most one prior, so the facts keep their grain.
with reports as (
    select
        report_id,
        division_code,
        jurisdiction_zh,
        scope,
        report_year,
        reporting_body_zh,
        coalesce(division_code, jurisdiction_zh) as jurisdiction_key
    from {{ ref('int_reports__accepted') }}
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
qualify
    row_number() over (
        partition by r.report_id
        order by p.reporting_body_zh is not distinct from r.reporting_body_zh desc, p.report_id
    ) = 1
