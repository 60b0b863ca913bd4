-- Great Expectations' verdicts on the check rows (written by the checks step, after dbt).
with source as (
    select * from {{ source('checks', 'verdicts') }}
),

final as (
    select
        report_id,
        "check",
        observed_value,
        expected_value,
        comparison,
        passed,
        checked_at
    from source
)

select * from final
