-- Every reading a claim's words allow, one row per claim × reading: the metric as stated and its base
-- (reading_rank 0), then the other readings the extractor kept (收到 N 件 as new + carried over; a share
-- of an unnamed denominator as a share of each applications total). ingest/parsing/narrative/ says which.
-- Incremental by report (macros/incremental_reports.sql): a report's claims are read from its content alone
-- (report_id is its content hash, and a new grammar is a full refresh), so a run deletes the readings of
-- reports whose claims went and appends those of reports it holds none of. Every claim has its reading as
-- stated, so a report with claims has rows here. A table, not a view, so that its tests read the rows this
-- run wrote (macros/tests_scope.sql): as a view they read every claim of every report on every build
-- (6.6 s of a 100,000-report build with one report added).
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_claims_gone() }}",
) }}

with claims as (
    select * from {{ ref('int_narrative_claims') }}
    where {{ new_reports_only('report_id') }}
),

metric_readings as (
    select
        report_id,
        claim_no,
        metric as reading_metric,
        0 as metric_rank
    from claims
    union all
    select
        c.report_id,
        c.claim_no,
        trim(r.reading) as reading_metric,
        1 as metric_rank
    from claims as c
    cross join unnest(string_split(c.alt_metrics, ',')) as r (reading)
    where c.alt_metrics is not null
),

base_readings as (
    select
        report_id,
        claim_no,
        base_metric as reading_base_metric,
        0 as base_rank
    from claims
    union all
    select
        c.report_id,
        c.claim_no,
        trim(r.reading) as reading_base_metric,
        1 as base_rank
    from claims as c
    cross join unnest(string_split(c.alt_base_metrics, ',')) as r (reading)
    where c.alt_base_metrics is not null
),

final as (
    select
        m.report_id,
        m.claim_no,
        m.reading_metric,
        b.reading_base_metric,
        m.metric_rank + b.base_rank as reading_rank,
        '{{ invocation_id }}' as built_in
    from metric_readings as m
    inner join base_readings as b on m.report_id = b.report_id and m.claim_no = b.claim_no
)

select * from final
