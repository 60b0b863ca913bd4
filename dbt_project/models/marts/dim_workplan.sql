select
    plan_id,
    division_code,
    plan_year,
    plan_title_zh,
    issuer_zh,
    doc_number,
    issued_on,
    task_count,
    source_path,
    parse_status
from {{ ref('stg_raw__workplans') }}
