select
    template_version,
    section,
    family,
    comparison,
    per_axis,
    checked_code,
    emit_when,
    side,
    row_code,
    col_code,
    unit,
    is_alternative
from {{ source('raw', 'template_identities') }}
