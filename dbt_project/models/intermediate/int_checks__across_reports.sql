-- Checks across reports (suite across_reports; rules in expectations/checks.py): one body's reports over the
-- years and within one year. One row per report × check, in the checks' common columns.
-- carry_over_chain: what a body carried into year N+1 (结转下年度, year N) is what it carried over from the
--   year before in N+1 (上年结转), per applicant column; on the later report, the earlier one is `source`.
-- one_report_per_body_year: the other reports of the same body and year whose values differ (the loader
--   already keeps one of identical ones).
-- total_yoy_factor: the larger of two consecutive years' totals over the smaller (at least 1) stays ≤ 10.
-- Incremental on the reporting bodies a change touches (macros/incremental_touched.sql): every check here
-- compares reports of one body. `built_in` names the dbt invocation that wrote the row: the rows written in
-- this run are those of the touched bodies' reports (and of bodies with an ambiguous split, settled again).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook=[
        "{{ delete_groups_touched(ref('int_reports__bodies'), 'reporting_body_id') }}",
        "{{ delete_bodies_pending() }}",
    ],
) }}

with all_bodies as (
    select
        report_id,
        reporting_body_id,
        report_year,
        source_path
    from {{ ref('int_reports__bodies') }}
),

bodies as (
    -- every report of a body this model no longer holds (touched by the change), or all on a full build
    select
        all_bodies.*,
        dense_rank() over (order by all_bodies.report_id) as report_no,
        -- whether another report has the same body and year: only such reports' values are compared cell
        -- by cell (one_report_per_body_year), and in a real corpus a body publishes one report a year
        all_bodies.reporting_body_id is not null
        and all_bodies.report_year is not null
        and count(*) over (partition by all_bodies.reporting_body_id, all_bodies.report_year) > 1
            as shares_year
    from all_bodies
    {% if is_incremental() %}
        where all_bodies.reporting_body_id in (
            select fresh.reporting_body_id from all_bodies as fresh
            where fresh.report_id not in (select distinct built.report_id from {{ this }} as built)
        )
    {% endif %}
),

settled as (
    select
        settled.report_id,
        bodies.report_no,
        bodies.shares_year,
        settled.section,
        settled.row_code,
        settled.col_code,
        cast(settled.value as double) as value
    from {{ ref('int_report_values__settled') }} as settled
    inner join bodies on settled.report_id = bodies.report_id
),

-- The values compared cell by cell (one_report_per_body_year): of the reports that share their body and
-- year alone (every report's were numbered and materialised before: the model alone at 100,000 reports of
-- one body a year took 17.4 s, 0.7 s so; the same rows). Keyed by numbers, the report's and the
-- cell's, and made once: keyed on the report's id and the cell's three codes, and the settled values made
-- again for each reader, the model took 40.5 s at 100,000 reports (1 GB limit), 26.7 s so (the same rows).
compared as (
    select
        report_no,
        section,
        row_code,
        col_code,
        value
    from settled
    where shares_year
),

value_cells as (
    select distinct
        section,
        row_code,
        col_code
    from compared
),

numbered_cells as (
    select
        section,
        row_code,
        col_code,
        dense_rank() over (order by section, row_code, col_code) as cell_key
    from value_cells
),

report_values as materialized (
    select
        compared.report_no,
        numbered_cells.cell_key,
        compared.value
    from compared
    inner join numbered_cells
        on
            compared.section = numbered_cells.section
            and compared.row_code = numbered_cells.row_code
            and compared.col_code = numbered_cells.col_code
),

section3 as (
    select
        report_id,
        row_code,
        col_code,
        value
    from settled
    where section = '3' and row_code in ('carried_over', 'carried_forward', 'new_received', 'handled_total')
),

consecutive as (
    select
        later.report_id,
        later.report_year,
        earlier.report_id as prior_report_id,
        earlier.source_path as prior_source_path,
        -- A body with several reports the year before is checked against each: the check names which.
        case
            when count(*) over (partition by later.report_id) > 1 then '.vs.' || earlier.report_id else ''
        end as prior_suffix
    from bodies as later
    inner join bodies as earlier
        on later.reporting_body_id = earlier.reporting_body_id and earlier.report_year = later.report_year - 1
),

carry_over as (
    select
        consecutive.report_id,
        'carry_over_chain' as family,  -- noqa: RF04
        'carry_over_chain.' || later.col_code || consecutive.prior_suffix as "check",
        later.value as observed_value,
        earlier.value as expected_value,
        coalesce(printf('%g', later.value), 'missing') || ' carried over (上年结转) in '
        || consecutive.report_year as observed,
        coalesce(printf('%g', earlier.value), 'missing') || ' carried forward (结转下年度) in '
        || (consecutive.report_year - 1) as expected,
        consecutive.prior_source_path as source  -- noqa: RF04
    from consecutive
    inner join section3 as later
        on consecutive.report_id = later.report_id and later.row_code = 'carried_over'
    inner join section3 as earlier
        on
            consecutive.prior_report_id = earlier.report_id
            and earlier.row_code = 'carried_forward'
            and later.col_code = earlier.col_code
),

yoy as (
    select
        consecutive.report_id,
        'total_yoy_factor' as family,  -- noqa: RF04
        'total_yoy_factor.' || later.row_code || consecutive.prior_suffix as "check",
        greatest(later.value, earlier.value) / greatest(least(later.value, earlier.value), 1) as observed_value,
        10.0 as expected_value,
        coalesce(printf('%g', later.value), 'missing') || ' in ' || consecutive.report_year as observed,
        'within ×10 of ' || coalesce(printf('%g', earlier.value), 'missing') || ' in '
        || (consecutive.report_year - 1) as expected,
        consecutive.prior_source_path as source  -- noqa: RF04
    from consecutive
    inner join section3 as later
        on
            consecutive.report_id = later.report_id
            and later.row_code in ('new_received', 'handled_total')
            and later.col_code = 'total'
    inner join section3 as earlier
        on
            consecutive.prior_report_id = earlier.report_id
            and later.row_code = earlier.row_code
            and earlier.col_code = 'total'
),

same_year as (
    -- each pair of one body's reports of one year once: the cells that differ are the same both ways
    select
        one.report_id,
        one.report_no,
        one.source_path,
        other.report_id as other_report_id,
        other.report_no as other_report_no,
        other.source_path as other_source_path
    from bodies as one
    inner join bodies as other
        on
            one.reporting_body_id = other.reporting_body_id
            and one.report_year = other.report_year
            and one.report_no < other.report_no
),

differing_pairs as (
    select
        same_year.report_id,
        same_year.source_path,
        same_year.other_report_id,
        same_year.other_source_path,
        count(*) filter (where mine.value is distinct from theirs.value) as differing_cells
    from same_year
    inner join report_values as mine on same_year.report_no = mine.report_no
    inner join report_values as theirs
        on same_year.other_report_no = theirs.report_no and mine.cell_key = theirs.cell_key
    group by same_year.report_id, same_year.source_path, same_year.other_report_id, same_year.other_source_path
),

differing as (
    select
        report_id,
        other_source_path,
        differing_cells
    from differing_pairs
    union all
    select
        other_report_id as report_id,
        source_path as other_source_path,
        differing_cells
    from differing_pairs
),

other_reports as (
    select
        bodies.report_id,
        count(differing.other_source_path) filter (where differing.differing_cells > 0) as n_differing,
        string_agg(
            differing.other_source_path || ' (' || differing.differing_cells || ' cells differ)', '; '
            order by differing.other_source_path
        ) filter (where differing.differing_cells > 0) as listed
    from bodies
    left join differing on bodies.report_id = differing.report_id
    group by bodies.report_id
),

one_per_year as (
    select
        report_id,
        'one_report_per_body_year' as family,  -- noqa: RF04
        'one_report_per_body_year' as "check",
        cast(n_differing as double) as observed_value,
        0.0 as expected_value,
        case when n_differing = 0 then '0' else n_differing || ': ' || listed end as observed,
        '0' as expected,
        cast(null as varchar) as source  -- noqa: RF04
    from other_reports
),

checks as (
    select * from carry_over
    union all
    select * from yoy
    union all
    select * from one_per_year
),

final as (
    select
        checks.*,
        bodies.reporting_body_id,
        '{{ invocation_id }}' as built_in
    from checks
    inner join bodies on checks.report_id = bodies.report_id
)

select * from final
