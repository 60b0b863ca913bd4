select
    plan_id,
    cast(task_no as integer) as task_no,
    section_zh,
    subsection_zh,
    category_zh,
    requirement_zh,
    deadline_text,
    deadline_date,
    deadline_kind,
    units_inherited,
    deadline_inherited,
    source_line
from {{ source('raw', 'workplan_tasks') }}
