-- Section 三 rows (outcomes) with their labels, from the template: for charts and readable queries.
select
    row_code as outcome_code,
    row_group as outcome_group,
    row_group_label_zh as outcome_group_label_zh,
    row_label_zh as label_zh,
    row_label_en as label_en,
    row_position as outcome_position
from {{ ref('stg_raw__template_cells') }}
where section = '3'
-- A code in several templates means the same thing: the newest template's labels and order.
qualify row_number() over (partition by row_code order by template_version desc, row_position asc, col_position asc) = 1
