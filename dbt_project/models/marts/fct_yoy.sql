-- Year-over-year change per jurisdiction × scope × metric × year. The prior year's value comes from the
-- prior-year report where one was loaded (prior_source = 'report'); otherwise it is derived from a change
-- the report's text states (prior_source = 'narrative'): an absolute change (232 件, 增加27件 → 205) is
-- exact and preferred; a percentage (234 件, 同比减少29.3% → 234 / 0.707 ≈ 331) is only as precise as its
-- printed digits, so prior_value_min / prior_value_max keep the range its rounding allows.
-- Across the 2021 template change, a prior-year report counts only for metrics whose cells are the same
-- count in both templates (int_template_crosswalk): prior_template_version says when that happened.
-- Incremental on the jurisdictions and scopes a change touches: the reports int_report_history wrote in
-- this run (macros/incremental_touched.sql), and those whose values or whose prior's values may have been
-- settled again (an ambiguous split, raw.report_values.candidates); a full refresh rebuilds all.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_history_touched() }}",
) }}
{%- set to_build = history_to_build() %}

with history as (
    select * from {{ ref('int_report_history') }}
    where {{ history_filter(to_build, 'report_id') }}
    {% if is_incremental() %}
        and report_id not in (select distinct built.report_id from {{ this }} as built)
    {% endif %}
),

reports as (
    select * from {{ ref('int_reports__accepted') }}
    where {{ history_filter(to_build, 'report_id', with_priors=true) }}
),

metric_cells as (
    select distinct
        metric,
        section,
        row_code,
        col_code
    from {{ ref('stg_raw__narrative_metric_cells') }}
    where row_code is not null
),

crosswalk as (
    select * from {{ ref('int_template_crosswalk') }}
),

across_templates as (
    -- A metric compares across the templates when every cell of it is the same count in both.
    select
        m.metric,
        bool_and(coalesce(x.comparability = 'same', false)) as is_comparable
    from metric_cells as m
    left join crosswalk as x
        on m.section = x.section and m.row_code = x.row_code_2021 and m.col_code = x.col_code_2021
    group by m.metric
),

metrics as (
    select * from {{ ref('int_report_metrics') }}
    where {{ history_filter(to_build, 'report_id', with_priors=true) }}
),

claims as (
    select * from {{ ref('int_narrative_claims') }}
    where {{ history_filter(to_build, 'report_id') }}
),

-- Reports and metrics numbered: a metric's value is looked up in the report and in its prior, and the
-- claims' changes ranked, on numbers, not on the report's id and the metric's name (macros/numbered_metrics.sql;
-- at 100,000 reports the model alone, full, at the 1 GB limit: 11.1 → 4.8 s, the same rows). (dense_rank: the
-- same number wherever DuckDB evaluates the CTE.)
report_numbers as (
    select
        report_id,
        template_version,
        dense_rank() over (order by report_id) as report_no
    from reports
),

{{ numbered_metrics_ctes('metric_cells') }},

current_values as (
    select
        h.report_id,
        h.prior_report_id,
        h.division_code,
        h.jurisdiction_zh,
        h.scope,
        h.report_year,
        n.report_no,
        n.template_version,
        p.report_no as prior_report_no,
        p.template_version as prior_template_version,
        m.metric_no,
        m.value
    from history as h
    inner join report_numbers as n on h.report_id = n.report_id
    left join report_numbers as p on h.prior_report_id = p.report_id
    inner join numbered_metrics as m on n.report_no = m.report_no
),

from_report as (
    select
        c.report_no,
        c.metric_no,
        p.value as prior_value,
        c.prior_template_version
    from current_values as c
    inner join numbered_metrics as p on c.prior_report_no = p.report_no and c.metric_no = p.metric_no
    inner join metric_numbers as mn on c.metric_no = mn.metric_no
    left join across_templates as a on mn.metric = a.metric
    where
        p.value is not null
        and (c.template_version = c.prior_template_version or coalesce(a.is_comparable, false))
),

numbered_claims as (
    select
        claims.*,
        report_numbers.report_no,
        metric_numbers.metric_no
    from claims
    inner join report_numbers on claims.report_id = report_numbers.report_id
    inner join metric_numbers on claims.metric = metric_numbers.metric
),

changes as (
    select
        ch.report_no,
        ch.metric_no,
        ch.claim_no,
        ch.claim_kind,
        ch.value as change_value,
        ch.tolerance,
        -- The count a change is of: the count the text states right before it, else the table's.
        coalesce(ref.value, cv.value) as base_value
    from numbered_claims as ch
    inner join current_values as cv
        on ch.report_no = cv.report_no and ch.metric_no = cv.metric_no
    left join claims as ref
        on ch.report_id = ref.report_id and ch.refers_to_claim_no = ref.claim_no
    where
        ch.claim_kind in ('change_abs', 'change_pct')
        and ch.compared_year = cv.report_year - 1
),

from_narrative as (
    select
        report_no,
        metric_no,
        claim_no,
        case claim_kind
            when 'change_abs' then base_value - change_value
            else base_value / (1 + change_value / 100)
        end as prior_value,
        case claim_kind
            when 'change_abs' then base_value - change_value
            else base_value / (1 + (change_value + tolerance) / 100)
        end as prior_value_min,
        case claim_kind
            when 'change_abs' then base_value - change_value
            else base_value / (1 + (change_value - tolerance) / 100)
        end as prior_value_max,
        row_number() over (
            partition by report_no, metric_no
            order by case claim_kind when 'change_abs' then 0 else 1 end, claim_no
        ) as preference
    from changes
),

combined as (
    select
        c.report_id,
        c.prior_report_id,
        c.division_code,
        c.jurisdiction_zh,
        c.scope,
        c.report_year,
        mn.metric,
        c.value,
        r.prior_value as report_prior,
        r.prior_template_version,
        n.prior_value as narrative_prior,
        n.prior_value_min,
        n.prior_value_max,
        n.claim_no
    from current_values as c
    inner join metric_numbers as mn on c.metric_no = mn.metric_no
    left join from_report as r on c.report_no = r.report_no and c.metric_no = r.metric_no
    left join from_narrative as n
        on c.report_no = n.report_no and c.metric_no = n.metric_no and n.preference = 1
)

select
    division_code,
    jurisdiction_zh,
    scope,
    metric,
    report_year as year,
    value,
    coalesce(report_prior, narrative_prior) as prior_value,
    coalesce(report_prior, prior_value_min) as prior_value_min,
    coalesce(report_prior, prior_value_max) as prior_value_max,
    case
        when report_prior is not null then 'report'
        when narrative_prior is not null then 'narrative'
    end as prior_source,
    value - coalesce(report_prior, narrative_prior) as change_abs,
    100 * (value / nullif(coalesce(report_prior, narrative_prior), 0) - 1) as change_pct,
    report_id,
    case when report_prior is not null then prior_report_id end as prior_report_id,
    prior_template_version,
    case when report_prior is null then claim_no end as prior_claim_no,
    '{{ invocation_id }}' as built_in
from combined
