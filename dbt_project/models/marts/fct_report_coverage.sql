-- Which bodies' reports are loaded, per division and year: one row for every division with a report and
-- every year of the loaded reports' span in which its code is valid, so the years without a report (gaps)
-- are rows too. Reports whose division is unresolved are kept under the place their title names; a report
-- naming no place at all has no row to be counted in (int_checks__report_metadata flags it: place_named).
with all_bodies as (
    select * from {{ ref('int_reports__bodies') }}
),

divisions as (
    select * from {{ ref('stg_raw__divisions') }}
),

bodies as (
    select all_bodies.*
    from all_bodies
    left join divisions on all_bodies.division_code = divisions.division_code
    where coalesce(divisions.name_zh, all_bodies.jurisdiction_zh) is not null
),

places as (
    select distinct
        bodies.division_code,
        coalesce(divisions.name_zh, bodies.jurisdiction_zh) as name_zh,
        divisions.valid_from_year,
        divisions.valid_to_year
    from bodies
    left join divisions on bodies.division_code = divisions.division_code
),

years as (
    select unnest(range(min(report_year), max(report_year) + 1)) as report_year
    from bodies
),

grid as (
    select
        places.division_code,
        places.name_zh,
        years.report_year
    from places
    cross join years
    where years.report_year between coalesce(places.valid_from_year, 0) and coalesce(places.valid_to_year, 9999)
),

loaded as (
    select
        bodies.division_code,
        coalesce(divisions.name_zh, bodies.jurisdiction_zh) as name_zh,
        bodies.report_year,
        count(*) as reports_loaded,
        count(distinct bodies.reporting_body_id) as bodies_loaded,
        bool_or(bodies.scope = 'government') as has_government_report,
        bool_or(bodies.scope = 'government_office') as has_government_office_report,
        count(*) filter (where bodies.scope = 'department') as department_reports,
        count(*) filter (where bodies.scope = 'township') as township_reports,
        count(*) filter (where bodies.scope = 'zone_authority') as zone_authority_reports,
        string_agg(distinct bodies.body_name_normalised_zh, '; ' order by bodies.body_name_normalised_zh)
            as reporting_bodies_zh
    from bodies
    left join divisions on bodies.division_code = divisions.division_code
    group by all
),

final as (
    select
        grid.division_code,
        grid.name_zh,
        grid.report_year,
        coalesce(loaded.reports_loaded, 0) as reports_loaded,
        coalesce(loaded.bodies_loaded, 0) as bodies_loaded,
        coalesce(loaded.has_government_report, false) as has_government_report,
        coalesce(loaded.has_government_office_report, false) as has_government_office_report,
        coalesce(loaded.department_reports, 0) as department_reports,
        coalesce(loaded.township_reports, 0) as township_reports,
        coalesce(loaded.zone_authority_reports, 0) as zone_authority_reports,
        loaded.reporting_bodies_zh
    from grid
    left join loaded
        on
            grid.division_code is not distinct from loaded.division_code
            and grid.name_zh = loaded.name_zh
            and grid.report_year = loaded.report_year
)

select * from final
