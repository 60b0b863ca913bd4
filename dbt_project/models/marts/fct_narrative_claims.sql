-- Claims the prose makes, beside what the tables say. `agrees` allows for the claim's own rounding:
-- a share printed with 2 decimals agrees when the table's share is within 0.005 percentage points.
-- Changes and prior-year shares can only be checked against a prior-year report; without one, null.
with claims as (
    select * from {{ ref('int_narrative_claims') }}
),

history as (
    select * from {{ ref('int_report_history') }}
),

metrics as (
    select * from {{ ref('int_report_metrics') }}
),

compared as (
    select
        c.*,
        m.value as table_value,
        b.value as base_table_value,
        pm.value as prior_table_value,
        pb.value as prior_base_table_value
    from claims as c
    inner join history as h on c.report_id = h.report_id
    left join metrics as m on c.report_id = m.report_id and c.metric = m.metric
    left join metrics as b on c.report_id = b.report_id and c.base_metric = b.metric
    left join metrics as pm on h.prior_report_id = pm.report_id and c.metric = pm.metric
    left join metrics as pb on h.prior_report_id = pb.report_id and c.base_metric = pb.metric
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
)

select
    report_id,
    claim_no,
    metric,
    claim_kind,
    value,
    number_text,
    decimals,
    base_metric,
    compared_year,
    sentence,
    char_offset,
    source_line,
    table_value,
    base_table_value,
    table_comparable,
    case when claim_kind = 'count' then 0 else tolerance end as tolerance,
    case
        when table_comparable is null then null
        when claim_kind = 'count' then value = table_comparable
        else abs(value - table_comparable) <= tolerance + 1e-9
    end as agrees
from comparable
