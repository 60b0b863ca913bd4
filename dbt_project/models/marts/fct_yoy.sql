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

current_values as (
    select
        h.report_id,
        h.prior_report_id,
        h.division_code,
        h.jurisdiction_zh,
        h.scope,
        h.report_year,
        m.metric,
        m.value
    from history as h
    inner join metrics as m on h.report_id = m.report_id
),

from_report as (
    select
        c.report_id,
        c.metric,
        p.value as prior_value,
        pr.template_version as prior_template_version
    from current_values as c
    inner join metrics as p on c.prior_report_id = p.report_id and c.metric = p.metric
    inner join reports as cr on c.report_id = cr.report_id
    inner join reports as pr on c.prior_report_id = pr.report_id
    left join across_templates as a on c.metric = a.metric
    where
        p.value is not null
        and (cr.template_version = pr.template_version or coalesce(a.is_comparable, false))
),

changes as (
    select
        ch.report_id,
        ch.metric,
        ch.claim_no,
        ch.claim_kind,
        ch.value as change_value,
        ch.tolerance,
        -- The count a change is of: the count the text states right before it, else the table's.
        coalesce(ref.value, cv.value) as base_value
    from claims as ch
    inner join current_values as cv
        on ch.report_id = cv.report_id and ch.metric = cv.metric
    left join claims as ref
        on ch.report_id = ref.report_id and ch.refers_to_claim_no = ref.claim_no
    where
        ch.claim_kind in ('change_abs', 'change_pct')
        and ch.compared_year = cv.report_year - 1
),

from_narrative as (
    select
        report_id,
        metric,
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
            partition by report_id, metric
            order by case claim_kind when 'change_abs' then 0 else 1 end, claim_no
        ) as preference
    from changes
),

combined as (
    select
        c.*,
        r.prior_value as report_prior,
        r.prior_template_version,
        n.prior_value as narrative_prior,
        n.prior_value_min,
        n.prior_value_max,
        n.claim_no
    from current_values as c
    left join from_report as r on c.report_id = r.report_id and c.metric = r.metric
    left join from_narrative as n
        on c.report_id = n.report_id and c.metric = n.metric and n.preference = 1
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
