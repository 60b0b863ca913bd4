select
    metric,
    label_zh as metric_label_zh,
    label_en as metric_label_en,
    section,
    row_code,
    col_code
from {{ source('raw', 'narrative_metric_cells') }}
