-- Report errors: what a report prints that the marts cannot hold (no year to file it under, a year no
-- report can have, a count with a fraction, a count too large for the marts' integer columns). One row per report × check, passed or not,
-- so marts.dq_findings records every check (expectations/ reads this model: severity `quarantine`). A
-- report failing any of them is kept out of every mart (int_reports__accepted) instead of failing the build.
-- The counts come from int_reports__fault_counts (incremental by report); the year from the report, as
-- the year check names the year of the build.
with reports as (
    select
        report_id,
        report_year
    from {{ ref('stg_raw__reports') }}
),

fault_counts as (
    select
        report_id,
        fractional,
        oversized,
        fractional_cells,
        oversized_cells
    from {{ ref('int_reports__fault_counts') }}
),

per_report as (
    select
        r.report_id,
        r.report_year,
        f.fractional,
        f.oversized,
        f.fractional_cells,
        f.oversized_cells
    from reports as r
    left join fault_counts as f on r.report_id = f.report_id
),

checks as (
    select
        report_id,
        'report_year_present' as check_code,
        case when report_year is null then 0 else 1 end as observed_value,
        1 as expected_value,
        coalesce(cast(report_year as varchar), 'no year in the title') as observed,
        'a report year' as expected
    from per_report
    union all
    -- 2008 (the regulations' first reporting year, var first_report_year) to the year of this build: a
    -- year outside is a misprint or a misread, and would stretch every series (fct_report_coverage's grid
    -- runs from the first year to the last). Not evaluable without a year (report_year_present fails).
    select
        report_id,
        'report_year_in_range' as check_code,
        case
            when report_year is null then null
            when report_year between {{ var('first_report_year') }} and {{ run_started_at.year }} then 1
            else 0
        end as observed_value,
        case when report_year is not null then 1 end as expected_value,
        coalesce(cast(report_year as varchar), 'no year in the title') as observed,
        '{{ year_of_build_expected() }}' as expected
    from per_report
    union all
    select
        report_id,
        'counts_are_integers' as check_code,
        fractional as observed_value,
        0 as expected_value,
        cast(fractional as varchar)
        || coalesce(': ' || array_to_string(fractional_cells[1:5], ', '), '') as observed,
        '0' as expected
    from per_report
    union all
    select
        report_id,
        'counts_within_range' as check_code,
        oversized as observed_value,
        0 as expected_value,
        cast(oversized as varchar)
        || coalesce(': ' || array_to_string(oversized_cells[1:5], ', '), '') as observed,
        '0' as expected
    from per_report
),

final as (
    select
        report_id,
        check_code,
        cast(observed_value as double) as observed_value,
        cast(expected_value as double) as expected_value,
        observed,
        expected,
        observed_value = expected_value as passed
    from checks
)

select * from final
