-- The quarantine checks (computed in int_reports__quarantine, which the marts need before they are
-- built) in the shape of every check model: one row per report × check.
with quarantine as (
    select
        report_id,
        check_code,
        observed_value,
        expected_value,
        observed,
        expected
    from {{ ref('int_reports__quarantine') }}
),

final as (
    select
        report_id,
        check_code as family,
        check_code as "check",
        observed_value,
        expected_value,
        observed,
        expected,
        cast(null as varchar) as source
    from quarantine
)

select * from final
