-- Each cell of the 2019 template beside the 2021 cell it corresponds to, and whether the two can be
-- compared. Section 二 is mapped by hand (seed template_crosswalk, with the reason); sections 三 and 四
-- share their codes, and a cell printed in both templates is the same count. 2021-only cells (the three
-- （六）其他处理 sub-rows) have no 2019 counterpart; their group total (other_total) has one in both.
with seeded as (
    select
        cast(section as varchar) as section,
        row_code_2019,
        col_code_2019,
        row_code_2021,
        col_code_2021,
        comparability,
        reason
    from {{ ref('template_crosswalk') }}
),

template_cells as (
    select
        template_version,
        section,
        row_code,
        col_code
    from {{ ref('stg_raw__template_cells') }}
    where section in ('3', '4')
),

shared as (
    select
        n.section,
        o.row_code as row_code_2019,
        o.col_code as col_code_2019,
        n.row_code as row_code_2021,
        n.col_code as col_code_2021,
        case when o.row_code is null then 'not_comparable' else 'same' end as comparability,
        case
            when o.row_code is null then 'a 2021 sub-row: the 2019 template prints its group as one row'
            else 'the same row and column in both templates'
        end as reason
    from template_cells as n
    left join template_cells as o
        on
            n.section = o.section
            and n.row_code = o.row_code
            and n.col_code = o.col_code
            and o.template_version = '2019'
    where n.template_version = '2021'
),

final as (
    select * from seeded
    union all
    select * from shared
)

select * from final
