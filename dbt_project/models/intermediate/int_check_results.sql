-- depends_on: {{ ref('fct_narrative_claims') }}  (its claims written in a run: macros/incremental_checks.sql)
-- Every check of every report, computed once by dbt: the union of the check models listed in
-- dbt_project.yml (var check_models, every int_checks__* model), each family's rule joined from the seed
-- check_rules, and its verdict (passed) from the rule's comparison. Incremental by report
-- (macros/incremental_checks.sql): a run makes the checks of the reports that came or changed and, of the
-- families of var checks_redone_each_run, the rows that may have moved. expectations/ validates the rows
-- of the reports whose checks changed with Great Expectations and writes checks.verdicts and the findings
-- page.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_checks_to_redo() }}"
) }}
{%- set reports_filter = checks_reports_filter() %}
{%- set redone = redone_reports() %}

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
        where {{ checks_to_make(model, reports_filter, redone) }}
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
        rules.reason,
        -- The verdict: unknown when an operand is missing (the check cannot be evaluated).
        case
            when checks.observed_value is null or checks.expected_value is null then null
            when rules.comparison = 'eq' then checks.observed_value = checks.expected_value
            when rules.comparison = 'le' then checks.observed_value <= checks.expected_value
        end as passed
    from checks
    left join rules on checks.family = rules.family
)

select
    *,
    '{{ invocation_id }}' as built_in
from final
