select
    template_version,
    section,
    row_code,
    row_label_zh,
    row_label_en,
    row_group,
    row_group_label_zh,
    row_alternative_to,
    cast(row_position as integer) as row_position,
    col_code,
    col_label_zh,
    col_label_en,
    col_group,
    cast(col_position as integer) as col_position,
    value_type,
    unit
from {{ source('raw', 'template_cells') }}
