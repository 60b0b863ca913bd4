-- One row per reporting body with a report loaded: its name as printed, normalised, its scope, division and
-- the government its name shows it belongs to (区公安局 → 该区人民政府).
with bodies as (
    select * from {{ ref('int_reports__bodies') }}
),

final as (
    select
        reporting_body_id,
        min(reporting_body_zh) as reporting_body_zh,
        min(body_name_normalised_zh) as body_name_normalised_zh,
        min(scope) as scope,
        min(division_code) as division_code,
        min(jurisdiction_zh) as jurisdiction_zh,
        min(parent_body_zh) as parent_body_zh,
        min(parent_body_id) as parent_body_id,
        count(*) as reports_loaded,
        min(report_year) as first_report_year,
        max(report_year) as last_report_year
    from bodies
    group by reporting_body_id
)

select * from final
