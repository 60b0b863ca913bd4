select
    report_id,
    section,
    row_code,
    col_code,
    value,
    value_text,
    missing_reason,
    source_line,
    value_source,
    source_text,
    evidence,
    candidates,
    value is null as is_missing
from {{ source('raw', 'report_values') }}
