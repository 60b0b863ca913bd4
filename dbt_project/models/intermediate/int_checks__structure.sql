-- Structure checks of every report: was it loaded whole and in the template's vocabulary? One row per
-- report × check. A failure is a load bug (severity error in check_rules): the build fails.
-- Every check is per report (keyed by report_id) except one_report_per_content, which is about several
-- reports by nature (the reports sharing a file's content).
with reports as (
    select
        report_id,
        template_version,
        source_sha256
    from {{ ref('stg_raw__reports') }}
),

report_values as (
    select
        report_id,
        section,
        row_code,
        col_code,
        value,
        missing_reason
    from {{ ref('stg_raw__report_values') }}
),

template_cells as (
    select
        template_version,
        section,
        row_code,
        col_code,
        value_type,
        -- numbered: a report's cells of the template are counted by number, not by their three codes
        -- joined (at 100,000 reports this view alone 9.6 → 4.1 s, the same rows)
        dense_rank() over (order by template_version, section, row_code, col_code) as cell_no
    from {{ ref('stg_raw__template_cells') }}
),

template_sizes as (
    select
        template_version,
        count(*) as cells
    from template_cells
    group by template_version
),

cells as (
    select
        v.report_id,
        v.section,
        v.row_code,
        v.col_code,
        v.value,
        v.missing_reason,
        -- (named only where it is not the template's: the template's cells are counted by number)
        case when t.row_code is null then v.section || '/' || v.row_code || '/' || v.col_code end as cell_key,
        t.cell_no,
        t.value_type,
        t.row_code is not null as is_known
    from report_values as v
    inner join reports as r on v.report_id = r.report_id
    left join template_cells as t
        on
            r.template_version = t.template_version
            and v.section = t.section
            and v.row_code = t.row_code
            and v.col_code = t.col_code
),

-- The report's cells aggregated straight from `cells`, read once: DuckDB then carries an incremental run's
-- report filter down to the values' scan. (Counting each cell first in a grouping of its own, joined here,
-- halved a full build's cost of this view but computed every report's counts for one report: 0.9 s of CPU
-- for one report at 10,000, against 0.03 s.)
per_report as (
    select
        r.report_id,
        any_value(s.cells) as template_cells,
        count(distinct c.cell_no) as present,
        -- (a cell is the template's or not wherever it is printed: the two counts of distinct cells add up)
        count(c.report_id) - count(distinct c.cell_no) - count(distinct c.cell_key) as duplicated,
        count(c.report_id) filter (where not c.is_known) as unknown_codes,
        list(c.cell_key order by c.cell_key) filter (where not c.is_known) as unknown_cells,
        count(c.report_id) filter (where c.value is null and c.missing_reason is null) as unexplained,
        count(c.report_id) filter (
            where c.value < 0 and coalesce(c.value_type, 'integer') != 'signed_integer'
        ) as negative
    from reports as r
    left join template_sizes as s on r.template_version = s.template_version
    left join cells as c on r.report_id = c.report_id
    group by r.report_id
),

same_content as (
    select
        report_id,
        count(*) over (partition by source_sha256) as reports
    from reports
),

checks as (
    select
        report_id,
        'template_cells_present' as family,
        present as observed_value,
        coalesce(template_cells, 0) as expected_value,
        null as observed
    from per_report
    union all
    select
        report_id,
        'no_duplicate_cells' as family,
        duplicated as observed_value,
        0 as expected_value,
        null as observed
    from per_report
    union all
    select
        report_id,
        'codes_in_vocabulary' as family,
        unknown_codes as observed_value,
        0 as expected_value,
        trim(cast(unknown_codes as varchar) || ' ' || coalesce(array_to_string(unknown_cells[1:5], ', '), ''))
            as observed
    from per_report
    union all
    select
        report_id,
        'values_or_flags' as family,
        unexplained as observed_value,
        0 as expected_value,
        null as observed
    from per_report
    union all
    select
        report_id,
        'values_non_negative' as family,
        negative as observed_value,
        0 as expected_value,
        null as observed
    from per_report
    union all
    select
        report_id,
        'one_report_per_content' as family,
        reports as observed_value,
        1 as expected_value,
        null as observed
    from same_content
),

final as (
    select
        report_id,
        family,
        family as "check",
        cast(observed_value as double) as observed_value,
        cast(expected_value as double) as expected_value,
        coalesce(observed, {{ format_number('observed_value') }}) as observed,
        {{ format_number('expected_value') }} as expected,
        cast(null as varchar) as source
    from checks
)

select * from final
