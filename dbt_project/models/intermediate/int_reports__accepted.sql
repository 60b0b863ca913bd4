-- The reports the marts are built from: every loaded report that passes the quarantine checks
-- (int_reports__quarantine). A quarantined report stays in raw and in marts.dq_findings, with the reason.
with reports as (
    select * from {{ ref('stg_raw__reports') }}
),

quarantined as (
    select distinct report_id
    from {{ ref('int_reports__quarantine') }}
    where not passed
),

final as (
    select reports.*
    from reports
    where reports.report_id not in (select quarantined.report_id from quarantined)
)

select * from final
