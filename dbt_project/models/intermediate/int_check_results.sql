-- Every check of every report, computed once by dbt: the union of the check models listed in
-- dbt_project.yml (var check_models, every int_checks__* model), each family's rule joined from the seed
-- check_rules. expectations/ validates this table with Great Expectations in one run and writes
-- marts.dq_findings and the findings page from it.
{{ config(materialized='table') }}

with rules as (
    select
        family,
        suite,
        severity,
        comparison,
        reason
    from {{ ref('check_rules') }}
),

checks as (
    {% for model in var('check_models') %}
        select
            cast(report_id as varchar) as report_id,
            cast(family as varchar) as family,
            cast("check" as varchar) as "check",
            cast(observed_value as double) as observed_value,
            cast(expected_value as double) as expected_value,
            cast(observed as varchar) as observed,
            cast(expected as varchar) as expected,
            cast(source as varchar) as source
        from {{ ref(model) }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

final as (
    select
        checks.report_id,
        checks.family,
        checks."check",
        checks.observed_value,
        checks.expected_value,
        checks.observed,
        checks.expected,
        checks.source,
        rules.suite,
        rules.severity,
        rules.comparison,
        rules.reason
    from checks
    left join rules on checks.family = rules.family
)

select * from final
