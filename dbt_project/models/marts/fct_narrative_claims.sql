-- Claims the prose makes, beside what the tables say. `agrees` allows for the claim's own rounding:
-- a share printed with 2 decimals agrees when the table's share is within 0.005 percentage points.
-- Changes and prior-year shares can only be checked against a prior-year report; without one, null.
-- Every reading the words allow is compared (int_narrative_claim_readings); the one used is kept:
--   as stated and agreeing: no finding;
--   another reading agrees (收到75件 = 74 new + 1 carried over): agrees, finding 'ambiguous', severity info;
--   within one unit of the last printed digit (5.5% printed for 5.556%): finding 'rounding', severity info;
--   otherwise: finding 'contradiction', severity warning (Laiwu's 2 lawsuits against a table of 1).
-- Incremental as fct_yoy: a claim compares with the prior-year report (macros/incremental_touched.sql).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_history_touched() }}",
) }}
{%- set reports = history_to_build() %}

with claims as (
    select * from {{ ref('int_narrative_claims') }}
    where {{ history_filter(reports, 'report_id') }}
    {% if is_incremental() %}
        and report_id not in (select distinct built.report_id from {{ this }} as built)
    {% endif %}
),

readings as (
    select * from {{ ref('int_narrative_claim_readings') }}
    where {{ history_filter(reports, 'report_id') }}
),

history as (
    select * from {{ ref('int_report_history') }}
    where {{ history_filter(reports, 'report_id') }}
),

metrics as (
    select * from {{ ref('int_report_metrics') }}
    where {{ history_filter(reports, 'report_id', with_priors=true) }}
),

-- Reports and metrics numbered: the claims' four lookups of the tables' metrics (the stated and base
-- metrics, in the report and in its prior) and the choice among a claim's readings key on numbers, not on the
-- report's id and the metric's name (macros/numbered_metrics.sql; at 100,000 reports the model alone, full, at
-- the 1 GB limit: 20.2 → 13.1 s, the same rows). (dense_rank: the same number wherever DuckDB evaluates it.)
history_reports as (
    select report_id from history
    union
    select prior_report_id as report_id from history
    where prior_report_id is not null
),

report_numbers as (
    select
        report_id,
        dense_rank() over (order by report_id) as report_no
    from history_reports
),

{{ numbered_metrics_ctes(ref('stg_raw__narrative_metric_cells')) }},

compared as (
    select
        cn.report_no,
        c.claim_no,
        c.claim_kind,
        c.value,
        c.decimals,
        r.reading_metric,
        r.reading_base_metric,
        r.reading_rank,
        m.value as table_value,
        b.value as base_table_value,
        pm.value as prior_table_value,
        pb.value as prior_base_table_value,
        case when c.claim_kind = 'count' then 0 else c.tolerance end as tolerance
    from claims as c
    inner join readings as r on c.report_id = r.report_id and c.claim_no = r.claim_no
    inner join history as h on c.report_id = h.report_id
    inner join report_numbers as cn on c.report_id = cn.report_id
    left join report_numbers as pn on h.prior_report_id = pn.report_id
    left join metric_numbers as rm on r.reading_metric = rm.metric
    left join metric_numbers as bm on r.reading_base_metric = bm.metric
    left join numbered_metrics as m on cn.report_no = m.report_no and rm.metric_no = m.metric_no
    left join numbered_metrics as b on cn.report_no = b.report_no and bm.metric_no = b.metric_no
    left join numbered_metrics as pm on pn.report_no = pm.report_no and rm.metric_no = pm.metric_no
    left join numbered_metrics as pb on pn.report_no = pb.report_no and bm.metric_no = pb.metric_no
),

comparable as (
    select
        *,
        case claim_kind
            when 'count' then table_value
            when 'share' then 100 * table_value / nullif(base_table_value, 0)
            when 'change_abs' then table_value - prior_table_value
            when 'change_pct' then 100 * (table_value / nullif(prior_table_value, 0) - 1)
            when 'prior_share' then 100 * prior_table_value / nullif(prior_base_table_value, 0)
        end as table_comparable
    from compared
),

judged as (
    select
        *,
        case
            when table_comparable is null then null
            when claim_kind = 'count' then value = table_comparable
            else abs(value - table_comparable) <= tolerance + 1e-9
        end as within_tolerance,
        -- A rounding slip: off by less than one unit of the last printed digit (counts have no slips).
        coalesce(claim_kind != 'count' and abs(value - table_comparable) < 2 * tolerance - 1e-9, false)
            as is_rounding_slip
    from comparable
),

ranked as (
    select
        *,
        row_number() over (
            partition by report_no, claim_no
            order by
                case
                    when within_tolerance then 0
                    when is_rounding_slip then 1
                    when within_tolerance is not null then 2
                    else 3
                end,
                reading_rank,
                reading_metric,
                reading_base_metric
        ) as pick,
        -- the stated reading's comparable (a claim's one reading of rank 0), in the same window: with a
        -- second pass over the readings joined back, the model's table took 22.2 s at 100,000 reports
        -- (1 GB limit), 20.8 s so (the same rows)
        max(table_comparable) filter (where reading_rank = 0) over (partition by report_no, claim_no)
            as stated_table_comparable
    from judged
),

final as (
    select
        c.report_id,
        c.claim_no,
        c.metric,
        c.claim_kind,
        c.value,
        c.number_text,
        c.decimals,
        c.base_metric,
        c.compared_year,
        c.sentence,
        c.char_offset,
        c.source_line,
        c.implicit,
        r.reading_metric,
        r.reading_base_metric,
        r.reading_rank > 0 as is_other_reading,
        r.table_value,
        r.base_table_value,
        r.table_comparable,
        r.stated_table_comparable,
        r.tolerance,
        r.within_tolerance as agrees,
        case
            when r.within_tolerance is null then null
            when r.within_tolerance and r.reading_rank = 0 then null
            when r.within_tolerance then 'ambiguous'
            when r.is_rounding_slip then 'rounding'
            else 'contradiction'
        end as finding,
        case
            when r.within_tolerance is null then null
            when r.within_tolerance and r.reading_rank = 0 then null
            when r.within_tolerance or r.is_rounding_slip then 'info'
            else 'warning'
        end as severity,
        case
            when r.within_tolerance and r.reading_rank > 0
                then
                    'agrees when read as ' || r.reading_metric
                    || coalesce(' of ' || r.reading_base_metric, '')
                    || coalesce(', not as stated (tables: ' || round(r.stated_table_comparable, 4) || ')', '')
            when r.within_tolerance is not null and not r.within_tolerance and r.is_rounding_slip
                then 'off by less than one unit of the last printed digit: a rounding slip'
        end as note
    from claims as c
    inner join report_numbers as cn on c.report_id = cn.report_id
    inner join ranked as r on cn.report_no = r.report_no and c.claim_no = r.claim_no and r.pick = 1
)

select
    *,
    '{{ invocation_id }}' as built_in
from final
