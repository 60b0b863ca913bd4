-- Completeness of every report: the template cells it printed left empty, dashed or unreadable (kept
-- missing, never 0). One row per report; the first eight gaps are listed in template order with their
-- reason. Rows of the form the report does not use (not_in_variant) are not gaps.
with reports as (
    select
        report_id,
        template_version
    from {{ ref('stg_raw__reports') }}
),

report_values as (
    select
        report_id,
        section,
        row_code,
        col_code,
        value,
        missing_reason,
        source_line
    from {{ ref('int_report_values__settled') }}
    where coalesce(missing_reason, '') != 'not_in_variant'
),

template_cells as (
    select
        template_version,
        section,
        row_code,
        col_code,
        row_position,
        col_position
    from {{ ref('stg_raw__template_cells') }}
),

gaps as (
    select
        v.report_id,
        v.source_line,
        v.section || '/' || v.row_code || '/' || v.col_code || ' (' || v.missing_reason || ')' as printed,
        [v.section, lpad(cast(t.row_position as varchar), 4, '0'), lpad(cast(t.col_position as varchar), 4, '0')]
            as template_order
    from report_values as v
    inner join reports as r on v.report_id = r.report_id
    inner join template_cells as t
        on
            r.template_version = t.template_version
            and v.section = t.section
            and v.row_code = t.row_code
            and v.col_code = t.col_code
    where v.value is null
),

per_report as (
    select
        r.report_id,
        count(g.report_id) as missing,
        list(g.printed order by g.template_order) filter (where g.report_id is not null) as listed,
        min(g.source_line) as source_line
    from reports as r
    left join gaps as g on r.report_id = g.report_id
    group by r.report_id
),

final as (
    select
        report_id,
        'values_readable' as family,
        'values_readable' as "check",
        cast(missing as double) as observed_value,
        cast(0 as double) as expected_value,
        case
            when missing = 0 then '0'
            else
                cast(missing as varchar) || ': ' || array_to_string(listed[1:8], ', ')
                || case when missing > 8 then ' and ' || cast(missing - 8 as varchar) || ' more' else '' end
        end as observed,
        '0' as expected,
        case when source_line is not null then 'line ' || cast(source_line as varchar) end as source
    from per_report
)

select * from final
