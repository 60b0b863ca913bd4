select
    report_id,
    cast(claim_no as integer) as claim_no,
    metric,
    claim_kind,
    value,
    cast(decimals as integer) as decimals,
    number_text,
    base_metric,
    cast(compared_year as integer) as compared_year,
    sentence,
    cast(char_offset as integer) as char_offset,
    source_line,
    cast(refers_to_claim_no as integer) as refers_to_claim_no,
    alt_metrics,
    alt_base_metrics,
    implicit
from {{ source('raw', 'narrative_claims') }}
