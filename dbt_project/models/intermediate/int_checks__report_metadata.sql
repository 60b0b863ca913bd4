-- What a report says about itself, checked against what can be: a place named (or the report cannot be
-- put on a map, in a place's series or in fct_report_coverage), a publication date not after the day of
-- this build. One row per report × check. A failure is a finding about the report (severity warning in
-- check_rules): the report is loaded as printed, and the finding names it.
with reports as (
    select
        report_id,
        division_code,
        jurisdiction_zh,
        reporting_body_zh,
        published_on
    from {{ ref('stg_raw__reports') }}
),

checks as (
    select
        report_id,
        'place_named' as family,
        case when division_code is null and jurisdiction_zh is null then 0 else 1 end as observed_value,
        1 as expected_value,
        coalesce(
            division_code || ' ' || jurisdiction_zh,
            jurisdiction_zh,
            division_code,
            'no place found (body: ' || coalesce(reporting_body_zh, 'none found') || ')'
        ) as observed,
        'a place (division code or place name)' as expected
    from reports
    union all
    -- Days from the build's day to the publication date: 0 or less passes; null when no date is printed.
    select
        report_id,
        'published_on_not_future' as family,
        date_diff('day', cast('{{ run_started_at.strftime("%Y-%m-%d") }}' as date), published_on)
            as observed_value,
        case when published_on is not null then 0 end as expected_value,
        coalesce(cast(published_on as varchar), 'no date printed') as observed,
        'on or before {{ run_started_at.strftime("%Y-%m-%d") }} (the day of this build)' as expected
    from reports
),

final as (
    select
        report_id,
        family,
        family as "check",
        cast(observed_value as double) as observed_value,
        cast(expected_value as double) as expected_value,
        observed,
        expected,
        cast(null as varchar) as source
    from checks
)

select * from final
