-- Section 三's 总计 column summed per outcome group, one row per report × group. A group with any
-- missing row is null: a share computed from an incomplete group would look precise and be wrong.
-- （六）其他处理 is printed either as three sub-rows or as one row (other_total, which the template marks
-- as an alternative): the group counts the sub-rows where they are printed, else the single row.
with alternatives as (
    select distinct row_code
    from {{ ref('stg_raw__template_cells') }}
    where row_alternative_to is not null
),

printed as (
    select
        v.report_id,
        v.row_group,
        v.value,
        v.is_missing,
        a.row_code is not null as is_alternative
    from {{ ref('int_report_values__labelled') }} as v
    left join alternatives as a on v.row_code = a.row_code
    where
        v.section = '3'
        and v.col_code = 'total'
        and coalesce(v.missing_reason, '') != 'not_in_variant'
),

per_group as (
    select
        report_id,
        row_group,
        bool_or(not is_alternative and not is_missing) as has_detail,
        case
            when bool_or(not is_alternative and is_missing) then null
            else cast(sum(case when not is_alternative then value end) as double)
        end as detail_sum,
        cast(max(case when is_alternative then value end) as double) as alternative_value
    from printed
    group by report_id, row_group
)

select
    report_id,
    row_group as outcome_group,
    case
        when has_detail then detail_sum
        when alternative_value is not null then alternative_value
        else detail_sum
    end as applications
from per_group
