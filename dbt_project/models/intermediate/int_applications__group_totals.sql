-- Section 三's 总计 column summed per outcome group, one row per report × group. A group with any
-- missing row is null: a share computed from an incomplete group would look precise and be wrong.
-- （六）其他处理 is printed either as three sub-rows or as one row (other_total, which the template marks
-- as an alternative): the group counts once, by the rule of macro sum_with_alternatives.
with reports as (
    select
        report_id,
        template_version
    from {{ ref('stg_raw__reports') }}
),

template_rows as (
    select distinct
        template_version,
        row_code,
        row_alternative_to is not null as is_alternative
    from {{ ref('stg_raw__template_cells') }}
    where section = '3'
),

report_values as (
    select
        report_id,
        row_code,
        row_group,
        value
    from {{ ref('int_report_values__labelled') }}
    where
        section = '3'
        and col_code = 'total'
        and coalesce(missing_reason, '') != 'not_in_variant'
),

final as (
    select
        v.report_id,
        v.row_group as outcome_group,
        cast({{ sum_with_alternatives('v.value', 't.is_alternative') }} as double) as applications
    from report_values as v
    inner join reports as r on v.report_id = r.report_id
    inner join template_rows as t on r.template_version = t.template_version and v.row_code = t.row_code
    group by v.report_id, v.row_group
)

select * from final
