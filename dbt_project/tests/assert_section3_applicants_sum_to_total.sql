-- The six applicant columns sum to the 总计 column, per row.
{{ config(severity='warn') }}
with sums as (
    select
        report_id,
        outcome_code,
        sum(case when applicant_type != 'total' then applications end) as applicant_columns,
        max(case when applicant_type = 'total' then applications end) as total_column
    from {{ ref('fct_applications_by_outcome') }}
    group by report_id, outcome_code
)

select *
from sums
where applicant_columns != total_column
