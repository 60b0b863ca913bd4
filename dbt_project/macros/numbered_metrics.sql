{#- The tables' metrics (int_report_metrics' rows, CTE `metrics`) of the reports a CTE `report_numbers`
    numbers (report_id → report_no), keyed by numbers: CTEs metric_numbers (metric → metric_no, over every
    metric of the claims' vocabulary `metric_cells`) and numbered_metrics (report_no, metric_no, value).
    A model that looks a metric up several times (the report's and its prior's, the stated and the base
    metric) joins on these numbers instead of the report's id and the metric's name: at 100,000 reports
    those lookups spilled at the 1 GB memory limit (fct_narrative_claims, fct_yoy). -#}
{% macro numbered_metrics_ctes(metric_cells) -%}
metric_names as (
    select distinct metric from {{ metric_cells }}
),

metric_numbers as (
    select
        metric,
        dense_rank() over (order by metric) as metric_no
    from metric_names
),

numbered_metrics as materialized (
    select
        report_numbers.report_no,
        metric_numbers.metric_no,
        metrics.value
    from metrics
    inner join report_numbers on metrics.report_id = report_numbers.report_id
    inner join metric_numbers on metrics.metric = metric_numbers.metric
)
{%- endmacro %}
