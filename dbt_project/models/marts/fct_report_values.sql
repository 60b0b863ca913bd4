-- Every template value of every accepted report, as printed (or as its evidence settled it: value_source):
-- the long form the other facts pivot. Each row keeps where it came from (report, section, row, column,
-- line) and the cell's text as printed, so a reader of the open release can check any figure against its
-- source document.
{%- set reports = reports_to_build() %}

with report_values as (
    select * from {{ ref('int_report_values__settled') }}
    where {{ report_filter(reports, 'report_id') }}
),

reports as (
    select * from {{ ref('int_reports__accepted') }}
),

cells as (
    select * from {{ ref('stg_raw__template_cells') }}
),

final as (
    select
        v.report_id,
        r.template_version,
        v.section,
        v.row_code,
        v.col_code,
        c.row_label_zh,
        c.col_label_zh,
        c.unit,
        v.value,
        v.value_text,
        v.missing_reason,
        v.value_source,
        v.source_text,
        v.source_line
    from report_values as v
    inner join reports as r on v.report_id = r.report_id
    inner join cells as c
        on
            r.template_version = c.template_version
            and v.section = c.section
            and v.row_code = c.row_code
            and v.col_code = c.col_code
)

select
    *,
    '{{ invocation_id }}' as built_in
from final
