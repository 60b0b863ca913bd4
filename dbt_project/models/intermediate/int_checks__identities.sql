-- The identity and plausibility checks of every report, set-based, from the template's own definition
-- (ingest/parsing/template/national_2021.yaml `identities` and `bounds`, loaded as raw.template_identities): one
-- row per report × check with each side's sum. A side with a missing operand is missing (the check cannot
-- be evaluated), never a smaller number. A row standing in for others (other_total for （六）'s sub-rows)
-- counts once with them: their sum where any is printed, else its own value.
-- Incremental by report (macros/incremental_checks.sql's report filter, as int_check_results and
-- int_reports__fault_counts): a report's checks are read from its own values (report_id is its content hash;
-- an ambiguous split settled by the body's previous report is made again each run; a new parser, template
-- or dbt project is a full refresh). As a view, int_check_results' filter for the reports of a run never
-- reached the printed sections and rows (grouped on the right of left joins): every report's values were
-- read for one report (4.5 s of the one-added dbt step at 100,000 reports).
{%- set reports_filter = checks_reports_filter() %}

-- Reports and cells are numbered, and every join and grouping below keys on those numbers: keyed on the
-- report's id (18 characters) and the cell's three codes, the operands' join and the three groupings spilled
-- at the 1 GB memory limit (the whole model 65 s at 100,000 reports, 12 s numbered, the same rows).
-- (dense_rank, not row_number: the number is the same wherever DuckDB evaluates the CTE.)
with reports as (
    select
        report_id,
        template_version,
        dense_rank() over (order by report_id) as report_no
    from {{ ref('stg_raw__reports') }}
    where {{ reports_filter }}
),

report_values as (
    select
        report_id,
        section,
        row_code,
        col_code,
        cast(value as double) as value,
        missing_reason,
        source_line
    from {{ ref('int_report_values__settled') }}
    where {{ reports_filter }}
),

identities as (
    select * from {{ ref('stg_raw__template_identities') }}
),

-- the cells the identities read, numbered
identity_cells as (
    select distinct
        section,
        row_code,
        col_code
    from identities
),

cells as (
    select
        section,
        row_code,
        col_code,
        dense_rank() over (order by section, row_code, col_code) as cell_key
    from identity_cells
),

-- Each check, side and unit of the template numbered (dense_rank over what names it), so that the per-report
-- aggregations below group by (the report's number, a number) instead of by up to eight text columns: at
-- 10,000 reports the units' grouping held 4 million groups of eight keys each (most of this model's time).
-- A report has one template version, so (report, number) groups exactly as the names did.
keyed as (
    select
        identities.*,
        cells.cell_key,
        identities.side = 'observed' as is_observed,
        identities.side = 'expected' as is_expected,
        dense_rank() over (
            order by
                identities.template_version, identities.section, identities.family, identities.per_axis,
                identities.checked_code, identities.emit_when
        ) as check_key,
        dense_rank() over (
            order by
                identities.template_version, identities.section, identities.family, identities.per_axis,
                identities.checked_code, identities.emit_when, identities.side, identities.unit
        ) as unit_key,
        count(*) over (
            partition by
                identities.template_version, identities.section, identities.family, identities.per_axis,
                identities.checked_code, identities.emit_when, identities.side, identities.unit
        ) as unit_operands
    from identities
    inner join cells
        on
            identities.section = cells.section
            and identities.row_code = cells.row_code
            and identities.col_code = cells.col_code
),

template_checks as (
    select distinct
        check_key,
        section,
        family,
        per_axis,
        checked_code,
        emit_when
    from keyed
),

-- What the report prints (a value or a flagged gap), leaving out the form of a row it does not use.
printed as (
    select
        reports.report_no,
        report_values.section,
        report_values.row_code,
        report_values.col_code,
        report_values.value,
        report_values.source_line
    from report_values
    inner join reports on report_values.report_id = reports.report_id
    where coalesce(report_values.missing_reason, '') != 'not_in_variant'
),

-- the printed values of the cells the identities read
printed_cells as (
    select
        printed.report_no,
        cells.cell_key,
        printed.value,
        printed.source_line
    from printed
    inner join cells
        on printed.section = cells.section and printed.row_code = cells.row_code and printed.col_code = cells.col_code
),

printed_sections as (
    select distinct
        report_no,
        section
    from printed
),

printed_rows as (
    select distinct
        report_no,
        section,
        row_code
    from printed
),

operands as (
    select
        r.report_no,
        i.check_key,
        i.unit_key,
        i.is_observed,
        i.is_expected,
        i.is_alternative,
        i.unit_operands,
        p.value,
        p.source_line
    from reports as r
    inner join keyed as i on r.template_version = i.template_version
    left join printed_cells as p on r.report_no = p.report_no and i.cell_key = p.cell_key
),

-- A unit of one operand is that operand (the sum with alternatives of one value is the value, missing
-- or not): only the few units of several operands are grouped. (A cell loaded twice, which the structure
-- check no_duplicate_cells fails as an error, gives its unit a row per copy: the side's sum is the same.)
units as (
    select
        report_no,
        check_key,
        unit_key,
        is_observed,
        is_expected,
        value as unit_value,
        source_line
    from operands
    where unit_operands = 1
    union all
    select
        report_no,
        check_key,
        unit_key,
        is_observed,
        is_expected,
        {{ sum_with_alternatives('value', 'is_alternative') }} as unit_value,
        min(source_line) as source_line
    from operands
    where unit_operands > 1
    group by report_no, check_key, unit_key, is_observed, is_expected
),

sides as (
    select
        report_no,
        check_key,
        is_observed,
        is_expected,
        case when count(*) filter (where unit_value is null) = 0 then sum(unit_value) end as side_value,
        count(unit_value) as units_with_value,
        min(source_line) as source_line
    from units
    group by report_no, check_key, is_observed, is_expected
),

checks_by_key as (
    select
        report_no,
        check_key,
        max(side_value) filter (where is_observed) as observed_value,
        max(side_value) filter (where is_expected) as expected_value,
        min(units_with_value) as units_with_value,
        max(source_line) filter (where is_expected) as source_line
    from sides
    group by report_no, check_key
),

checks as (
    select
        c.report_no,
        t.section,
        t.family,
        t.per_axis,
        t.checked_code,
        t.emit_when,
        c.observed_value,
        c.expected_value,
        c.units_with_value,
        c.source_line
    from checks_by_key as c
    inner join template_checks as t on c.check_key = t.check_key
),

emitted as (
    select c.*
    from checks as c
    left join printed_sections as s on c.report_no = s.report_no and c.section = s.section
    left join printed_rows as pr
        on c.report_no = pr.report_no and c.section = pr.section and c.checked_code = pr.row_code
    where
        case c.emit_when
            when 'both_printed' then c.units_with_value > 0
            else (c.per_axis = 'column' and s.section is not null) or (c.per_axis = 'row' and pr.row_code is not null)
        end
),

final as (
    select
        reports.report_id,
        emitted.family,
        emitted.family || '.' || emitted.checked_code as "check",
        emitted.observed_value,
        emitted.expected_value,
        {{ format_number('emitted.observed_value') }} as observed,
        {{ format_number('emitted.expected_value') }} as expected,
        'line ' || cast(emitted.source_line as varchar) as source
    from emitted
    inner join reports on emitted.report_no = reports.report_no
)

select * from final
