{%- set reports = reports_to_build() %}

with section_two as (
    select
        report_id,
        value,
        row_code || '.' || col_code as cell
    from {{ ref('int_report_values__labelled') }}
    where section = '2' and {{ report_filter(reports, 'report_id') }}
),

pivoted as (
    select
        report_id,
        max(case when cell = 'licensing.decisions' then value end) as licensing_decisions,
        max(case when cell = 'penalty.decisions' then value end) as penalty_decisions,
        max(case when cell = 'coercion.decisions' then value end) as coercion_decisions,
        max(case when cell = 'fees.amount_10k_yuan' then value end) as fees_10k_yuan,
        max(case when cell = 'regulations.issued' then value end) as regulations_issued,
        max(case when cell = 'regulations.repealed' then value end) as regulations_repealed,
        max(case when cell = 'regulations.in_force' then value end) as regulations_in_force,
        max(case when cell = 'normative_documents.issued' then value end) as normative_docs_issued,
        max(case when cell = 'normative_documents.repealed' then value end) as normative_docs_repealed,
        max(case when cell = 'normative_documents.in_force' then value end) as normative_docs_in_force
    from section_two
    group by report_id
)

select
    r.report_id,
    r.division_code,
    r.report_year,
    r.scope,
    cast(p.licensing_decisions as bigint) as licensing_decisions,
    cast(p.penalty_decisions as bigint) as penalty_decisions,
    cast(p.coercion_decisions as bigint) as coercion_decisions,
    p.fees_10k_yuan,  -- exact as printed: raw's decimal type, never rounded
    cast(p.regulations_issued as integer) as regulations_issued,
    cast(p.regulations_repealed as integer) as regulations_repealed,
    cast(p.regulations_in_force as integer) as regulations_in_force,
    cast(p.normative_docs_issued as integer) as normative_docs_issued,
    cast(p.normative_docs_repealed as integer) as normative_docs_repealed,
    cast(p.normative_docs_in_force as integer) as normative_docs_in_force,
    '{{ invocation_id }}' as built_in
from {{ ref('int_reports__accepted') }} as r
left join pivoted as p
    on r.report_id = p.report_id
where {{ report_filter(reports, 'r.report_id') }}
