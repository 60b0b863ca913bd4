select
    report_id,
    division_code,
    jurisdiction_zh,
    reporting_body_zh,
    scope,
    report_year,
    template_version,
    source_path,
    source_sha256,
    source_format,
    published_on,
    source_url,
    parse_status
from {{ ref('int_reports__accepted') }}
