-- The outcome rows (予以公开 … 其他处理) sum to （七）总计, per applicant column.
{{ config(severity='warn') }}
with sums as (
    select
        report_id,
        applicant_type,
        sum(case when outcome_group not in ('received', 'total', 'carried_forward') then applications end)
            as outcome_rows,
        max(case when outcome_code = 'handled_total' then applications end) as handled_total
    from {{ ref('fct_applications_by_outcome') }}
    group by report_id, applicant_type
)

select *
from sums
where outcome_rows != handled_total
