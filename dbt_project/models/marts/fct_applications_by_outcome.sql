-- depends_on: {{ ref('int_reports__accepted') }}  (its incremental pre-hook, delete_reports_gone)
{%- set reports = reports_to_build() %}
select
    report_id,
    division_code,
    report_year,
    scope,
    row_code as outcome_code,
    row_group as outcome_group,
    col_code as applicant_type,
    row_position as outcome_position,
    col_position as applicant_position,
    cast(value as integer) as applications,
    missing_reason,
    '{{ invocation_id }}' as built_in
from {{ ref('int_report_values__labelled') }}
where section = '3' and {{ report_filter(reports, 'report_id') }}
