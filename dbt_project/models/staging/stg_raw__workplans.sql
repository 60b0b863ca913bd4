select
    plan_id,
    source_path,
    title as plan_title_zh,
    jurisdiction_zh,
    division_code,
    cast(plan_year as integer) as plan_year,
    issuer_zh,
    doc_number,
    issued_on,
    cast(task_count as integer) as task_count,
    parse_status,
    message as parse_message
from {{ source('raw', 'workplans') }}
