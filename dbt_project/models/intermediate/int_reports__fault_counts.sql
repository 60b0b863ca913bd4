-- Per loaded report, its counts the marts cannot hold: printed with a fraction, or larger than the
-- marts' integer columns (var max_count), with the cells as printed. int_reports__quarantine reads it.
-- Incremental by report (macros/incremental_checks.sql's report filter, as int_check_results): a report's
-- values are read from its content alone (report_id is its content hash; a new parser, template or dbt
-- project is a full refresh). As a view, every build counted every value of every report (20 million at
-- 100,000 reports, 1.5 s of the dbt step with nothing new, and again in its tests).
{%- set reports_filter = checks_reports_filter() %}

with reports as (
    select
        report_id,
        template_version
    from {{ ref('stg_raw__reports') }}
    where {{ reports_filter }}
),

report_values as (
    select
        report_id,
        section,
        row_code,
        col_code,
        value,
        value_text
    from {{ ref('stg_raw__report_values') }}
    where value is not null and {{ reports_filter }}
),

template_cells as (
    select
        template_version,
        section,
        row_code,
        col_code,
        value_type
    from {{ ref('stg_raw__template_cells') }}
),

counts as (
    select
        v.report_id,
        v.value,
        v.section || '/' || v.row_code || '/' || v.col_code || ' reads ' || v.value_text as printed,
        v.value != floor(v.value) as is_fractional,
        v.value > {{ var('max_count') }} as is_oversized
    from report_values as v
    inner join reports as r on v.report_id = r.report_id
    inner join template_cells as t
        on
            r.template_version = t.template_version
            and v.section = t.section
            and v.row_code = t.row_code
            and v.col_code = t.col_code
    where t.value_type = 'integer'
),

final as (
    select
        r.report_id,
        count(c.value) filter (where c.is_fractional) as fractional,
        count(c.value) filter (where c.is_oversized) as oversized,
        list(c.printed order by c.printed) filter (where c.is_fractional) as fractional_cells,
        list(c.printed order by c.printed) filter (where c.is_oversized) as oversized_cells,
        '{{ invocation_id }}' as built_in
    from reports as r
    left join counts as c on r.report_id = c.report_id
    group by r.report_id
)

select * from final
