select
    t.plan_id,
    p.division_code,
    p.plan_year,
    t.task_no,
    t.section_zh,
    t.subsection_zh,
    t.category_zh,
    t.requirement_zh,
    t.deadline_text,
    t.deadline_date,
    t.deadline_kind,
    t.units_inherited,
    t.deadline_inherited,
    t.source_line
from {{ ref('stg_raw__workplan_tasks') }} as t
inner join {{ ref('stg_raw__workplans') }} as p
    on t.plan_id = p.plan_id
