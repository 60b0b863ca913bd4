select
    source_path,
    source_sha256,
    size_bytes,
    source_format,
    doc_kind,
    status as load_status,
    message as load_message,
    report_id,
    parser_fingerprint,
    ingested_at
from {{ source('raw', 'files') }}
