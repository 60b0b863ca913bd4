-- Every loaded value with its report's attributes and the template's labels and groups.
select
    v.report_id,
    r.division_code,
    r.report_year,
    r.scope,
    v.section,
    v.row_code,
    t.row_group,
    t.row_position,
    v.col_code,
    t.col_position,
    v.value,
    v.is_missing,
    v.missing_reason,
    v.source_line
from {{ ref('int_report_values__settled') }} as v
inner join {{ ref('int_reports__accepted') }} as r
    on v.report_id = r.report_id
inner join {{ ref('stg_raw__template_cells') }} as t
    on
        r.template_version = t.template_version
        and v.section = t.section
        and v.row_code = t.row_code
        and v.col_code = t.col_code
