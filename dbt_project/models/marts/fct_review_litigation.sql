{%- set reports = reports_to_build() %}

select
    p.report_id,
    r.division_code,
    r.report_year,
    r.scope,
    p.proceeding,
    cast(p.upheld as integer) as upheld,
    cast(p.corrected as integer) as corrected,
    cast(p.other as integer) as other,
    cast(p.pending as integer) as pending,
    cast(p.total as integer) as total,
    cast(p.total - p.pending as integer) as concluded,
    case
        when p.total - p.pending > 0 then cast(p.corrected as double) / (p.total - p.pending)
    end as correction_rate,
    '{{ invocation_id }}' as built_in
from {{ ref('int_review_litigation__pivoted') }} as p
inner join {{ ref('int_reports__accepted') }} as r
    on p.report_id = r.report_id
where {{ report_filter(reports, 'r.report_id') }} and {{ report_filter(reports, 'p.report_id') }}
