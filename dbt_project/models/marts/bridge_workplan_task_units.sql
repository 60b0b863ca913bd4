select
    plan_id,
    task_no,
    unit_zh,
    role
from {{ ref('stg_raw__workplan_task_units') }}
