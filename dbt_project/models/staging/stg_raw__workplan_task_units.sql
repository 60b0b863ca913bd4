select
    plan_id,
    cast(task_no as integer) as task_no,
    unit_zh,
    role
from {{ source('raw', 'workplan_task_units') }}
