-- Every table-backed metric of the claim vocabulary, computed per report from its template cells.
-- Null when any cell of the metric is missing: a partial sum would pass for a real figure.
with cells as (
    select distinct
        metric,
        section,
        row_code,
        col_code
    from {{ ref('stg_raw__narrative_metric_cells') }}
    where row_code is not null
)

select
    v.report_id,
    c.metric,
    case when bool_or(v.is_missing) or count(v.report_id) < count(*) then null else sum(v.value) end as value
from cells as c
inner join {{ ref('int_report_values__settled') }} as v
    on c.section = v.section and c.row_code = v.row_code and c.col_code = v.col_code
group by v.report_id, c.metric
