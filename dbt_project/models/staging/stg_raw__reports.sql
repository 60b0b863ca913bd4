select
    report_id,
    source_path,
    source_sha256,
    source_format,
    title as report_title_zh,
    jurisdiction_zh,
    division_code,
    cast(report_year as integer) as report_year,
    reporting_body_zh,
    scope,
    published_on,
    template_version,
    parse_status,
    message as parse_message,
    source_url,
    parent_body_zh,
    first_seen_at
from {{ source('raw', 'reports') }}
