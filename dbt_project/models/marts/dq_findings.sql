-- One finding per report × check: dbt's check row (intermediate.int_check_results) with Great
-- Expectations' verdict on it (the checks step writes checks.verdicts after dbt has run). A view, so that
-- it shows the verdicts the checks step wrote after dbt built it. A check row without a verdict for
-- its present operands (not validated yet) has a null passed and checked_at.
{{ config(materialized='view') }}

with check_results as (
    select * from {{ ref('int_check_results') }}
),

verdicts as (
    select * from {{ ref('stg_checks__verdicts') }}
),

final as (
    select
        check_results.report_id,
        check_results.suite,
        check_results."check",
        verdicts.passed,
        check_results.observed,
        check_results.expected,
        check_results.severity,
        check_results.reason,
        verdicts.checked_at
    from check_results
    left join verdicts
        on
            check_results.report_id = verdicts.report_id
            and check_results."check" = verdicts."check"
            and check_results.comparison = verdicts.comparison
            and check_results.observed_value is not distinct from verdicts.observed_value
            and check_results.expected_value is not distinct from verdicts.expected_value
)

select * from final
