-- Section 三's 总计 column summed per outcome group, one row per report × group. A group with any
-- missing row is null: a share computed from an incomplete group would look precise and be wrong.
select
    report_id,
    row_group as outcome_group,
    case when bool_or(is_missing) then null else cast(sum(value) as double) end as applications
from {{ ref('int_report_values__labelled') }}
where section = '3' and col_code = 'total'
group by report_id, row_group
