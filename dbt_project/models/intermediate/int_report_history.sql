-- Each report with the report of the same jurisdiction and scope for the year before, where one was loaded.
-- Where several were (two bodies of one place with the same scope), the one of the same reporting body is
-- taken, else the first by report_id: a report has at most one prior, so the facts keep their grain.
-- Incremental on the jurisdictions and scopes a change touches (macros/incremental_touched.sql); `built_in`
-- names the dbt invocation that wrote the row, and fct_yoy recomputes the reports written in its own.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_groups_touched(ref('int_reports__accepted'), history_group()) }}",
) }}

with accepted as (
    select
        report_id,
        division_code,
        jurisdiction_zh,
        scope,
        report_year,
        reporting_body_zh,
        coalesce(division_code, jurisdiction_zh) as jurisdiction_key,
        {{ history_group() }} as history_group
    from {{ ref('int_reports__accepted') }}
),

to_build as (
    -- every report of a group this model no longer holds (touched by the change), or all on a full build
    select accepted.*
    from accepted
    {% if is_incremental() %}
        where accepted.history_group in (
            select fresh.history_group from accepted as fresh
            where fresh.report_id not in (select distinct built.report_id from {{ this }} as built)
        )
    {% endif %}
)

select
    r.report_id,
    r.division_code,
    r.jurisdiction_zh,
    r.jurisdiction_key,
    r.scope,
    r.report_year,
    p.report_id as prior_report_id,
    '{{ invocation_id }}' as built_in
from to_build as r
left join accepted as p
    on
        r.jurisdiction_key = p.jurisdiction_key
        and r.scope = p.scope
        and r.report_year - 1 = p.report_year
qualify
    row_number() over (
        partition by r.report_id
        order by p.reporting_body_zh is not distinct from r.reporting_body_zh desc, p.report_id
    ) = 1
