-- One row per accepted report with its reporting body's key: the body's normalised name within its division
-- (or, where the division is unresolved, within the place the title names). Reports of one body over the
-- years share `reporting_body_id`, which the checks across reports and the coverage mart follow.
-- A table, made once per build (as int_reports__accepted): the settled values, the history and the
-- checks across reports all read it.
{{ config(materialized='table') }}

with reports as (
    select * from {{ ref('int_reports__accepted') }}
),

divisions as (
    select
        division_code,
        tier,
        city_zh,
        province_zh
    from {{ ref('stg_raw__divisions') }}
),

named as (
    select
        reports.report_id,
        reports.division_code,
        reports.jurisdiction_zh,
        reports.report_year,
        reports.scope,
        reports.source_path,
        reports.reporting_body_zh,
        reports.parent_body_zh,
        {{ normalise_body_name('coalesce(reports.reporting_body_zh, reports.jurisdiction_zh, \'\')',
            'divisions.tier', "coalesce(divisions.city_zh, '')", "coalesce(divisions.province_zh, '')") }}
            as body_name_normalised_zh,
        {{ normalise_body_name('reports.parent_body_zh', 'divisions.tier',
            "coalesce(divisions.city_zh, '')", "coalesce(divisions.province_zh, '')") }}
            as parent_body_name_normalised_zh,
        coalesce(reports.division_code, reports.jurisdiction_zh, '') as place_key
    from reports
    left join divisions on reports.division_code = divisions.division_code
),

final as (
    select
        report_id,
        division_code,
        jurisdiction_zh,
        report_year,
        scope,
        source_path,
        reporting_body_zh,
        body_name_normalised_zh,
        md5(place_key || '|' || body_name_normalised_zh) as reporting_body_id,
        parent_body_zh,
        case
            when parent_body_name_normalised_zh is not null
                then md5(place_key || '|' || parent_body_name_normalised_zh)
        end as parent_body_id
    from named
)

select * from final
