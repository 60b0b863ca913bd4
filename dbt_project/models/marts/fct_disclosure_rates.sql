-- Shares of handled applications (section 三 （七）总计, 总计 column) by outcome group.
{%- set reports = reports_to_build() %}
with groups as (
    select
        report_id,
        max(case when outcome_group = 'total' then applications end) as handled_total_n,
        max(case when outcome_group = 'granted' then applications end) as granted_n,
        max(case when outcome_group = 'partially_granted' then applications end) as partially_granted_n,
        max(case when outcome_group = 'denied' then applications end) as denied_n,
        max(case when outcome_group = 'unable_to_provide' then applications end) as unable_to_provide_n,
        max(case when outcome_group = 'not_processed' then applications end) as not_processed_n,
        max(case when outcome_group = 'other' then applications end) as other_handling_n
    from {{ ref('int_applications__group_totals') }}
    where {{ report_filter(reports, 'report_id') }}
    group by report_id
)

select
    r.report_id,
    r.division_code,
    r.report_year,
    r.scope,
    cast(g.handled_total_n as integer) as handled_total,
    case when g.handled_total_n > 0 then g.granted_n / g.handled_total_n end as granted_share,
    case when g.handled_total_n > 0 then g.partially_granted_n / g.handled_total_n end as partially_granted_share,
    case when g.handled_total_n > 0 then g.denied_n / g.handled_total_n end as denied_share,
    case when g.handled_total_n > 0 then g.unable_to_provide_n / g.handled_total_n end as unable_to_provide_share,
    case when g.handled_total_n > 0 then g.not_processed_n / g.handled_total_n end as not_processed_share,
    case when g.handled_total_n > 0 then g.other_handling_n / g.handled_total_n end as other_share,
    '{{ invocation_id }}' as built_in
from {{ ref('int_reports__accepted') }} as r
left join groups as g
    on r.report_id = g.report_id
where {{ report_filter(reports, 'r.report_id') }}
