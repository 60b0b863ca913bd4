-- Section 二 of the reports that follow the 2019 template (国办公开办函〔2019〕60号), one row per report:
-- its own rows and columns, never forced into the 2021 columns of fct_licensing_volumes (see
-- int_template_crosswalk for what compares across the change). The columns are the template's cells:
-- counts as bigint (a fractional count quarantines its report: int_reports__quarantine), the amount exact.
-- (noqa: LT02 on the loop's lines: sqlfluff's indent check cannot follow the Jinja loop.)
{%- set cells = [
    ('regulations', 'new_made'), ('regulations', 'new_published'), ('regulations', 'total_published'),
    ('normative_documents', 'new_made'), ('normative_documents', 'new_published'),
    ('normative_documents', 'total_published'),
    ('licensing', 'prior_items'), ('licensing', 'change'), ('licensing', 'decisions'),
    ('other_admin_services', 'prior_items'), ('other_admin_services', 'change'),
    ('other_admin_services', 'decisions'),
    ('penalty', 'prior_items'), ('penalty', 'change'), ('penalty', 'decisions'),
    ('coercion', 'prior_items'), ('coercion', 'change'), ('coercion', 'decisions'),
    ('fees', 'prior_items'), ('fees', 'change'),
    ('procurement', 'procurement_items'), ('procurement', 'procurement_amount_yuan'),
] %}

{%- set reports = reports_to_build() %}

with reports as (
    select
        report_id,
        division_code,
        report_year,
        scope,
        template_version
    from {{ ref('int_reports__accepted') }}
    where template_version = '2019' and {{ report_filter(reports, 'report_id') }}
),

report_values as (
    select
        report_id,
        row_code,
        col_code,
        value
    from {{ ref('int_report_values__settled') }}
    where section = '2' and {{ report_filter(reports, 'report_id') }}
),

final as (
    select
        r.report_id,
        r.division_code,
        r.report_year,
        r.scope,  -- noqa: LT02
        {%- for row, col in cells %}
        {%- set cell = "max(case when v.row_code = '" ~ row ~ "' and v.col_code = '" ~ col ~ "' then v.value end)" %}
        {{ cell if col == 'procurement_amount_yuan' else 'cast(' ~ cell ~ ' as bigint)' }} as {{ row }}__{{ col }}{{ "," if not loop.last }}  -- noqa: LT02
        {%- endfor %}
    from reports as r
    left join report_values as v on r.report_id = v.report_id
    group by r.report_id, r.division_code, r.report_year, r.scope
)

select
    *,
    '{{ invocation_id }}' as built_in
from final
