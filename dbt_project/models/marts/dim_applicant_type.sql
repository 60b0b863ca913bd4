-- Section 三 applicant columns with their labels, from the template.
select
    col_code as applicant_type,
    col_group as applicant_group,
    col_label_zh as label_zh,
    col_label_en as label_en,
    col_position as applicant_position
from {{ ref('stg_raw__template_cells') }}
where section = '3'
-- A code in several templates means the same thing: the newest template's labels and order.
qualify row_number() over (partition by col_code order by template_version desc, row_position asc, col_position asc) = 1
