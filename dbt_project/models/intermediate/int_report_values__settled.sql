-- Every value of an accepted report, with the run-together splits the parser left ambiguous settled by the
-- same body's previous report where it leaves exactly one of the candidates (stg's `candidates`):
--   section 三 上年结转 (carried_over) = last year's 结转下年度 (carried_forward), in all seven columns;
--   section 二 规章 and 规范性文件: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
-- Settled cells read value_source recovered_by_prior_report with the prior report's id in `evidence`. No prior
-- (or several of the body in that year), a prior value missing, or no or several candidates agreeing: the
-- cells stay missing as ambiguous_split with their candidates. Never a guess.
-- `not materialized`: four CTEs read report_values, so DuckDB would otherwise materialise it whole (every
-- column of every value) before a reader's filter applies; inlined, a reader's report filter reaches the
-- scan (one report's rows at 10,000 reports: 0.3 s of CPU → 0.02 s), and the other readers' own filters
-- (the ambiguous splits, the in-force rows) read only their columns.
with report_values as not materialized (
    select
        report_id,
        section,
        row_code,
        col_code,
        value,
        value_text,
        missing_reason,
        source_line,
        value_source,
        source_text,
        evidence,
        candidates,
        is_missing
    from {{ ref('stg_raw__report_values') }}
),

bodies as (
    select
        report_id,
        reporting_body_id,
        report_year
    from {{ ref('int_reports__bodies') }}
),

priors as (
    select
        later.report_id,
        earlier.report_id as prior_report_id
    from bodies as later
    inner join bodies as earlier
        on later.reporting_body_id = earlier.reporting_body_id and earlier.report_year = later.report_year - 1
    qualify count(*) over (partition by later.report_id) = 1
),

candidate_cells as (
    select
        report_id,
        section,
        row_code,
        col_code,
        unnest(from_json(candidates, '["BIGINT"]')) as candidate_value,
        generate_subscripts(from_json(candidates, '["BIGINT"]'), 1) as candidate_no
    from report_values
    where missing_reason = 'ambiguous_split' and candidates is not null
),

candidates as (
    select
        c.report_id,
        c.section,
        c.row_code,
        c.candidate_no,
        p.prior_report_id,
        max(case when c.col_code = 'issued' then c.candidate_value end) as issued,
        max(case when c.col_code = 'repealed' then c.candidate_value end) as repealed,
        max(case when c.col_code = 'in_force' then c.candidate_value end) as in_force,
        count(*) as cells,
        -- carried_over: the candidate's cells equal to last year's carried_forward, column by column
        sum(case when c.candidate_value = last_year.value then 1 else 0 end) as cells_as_prior
    from candidate_cells as c
    inner join priors as p on c.report_id = p.report_id
    left join report_values as last_year
        on
            p.prior_report_id = last_year.report_id
            and c.section = last_year.section
            and c.col_code = last_year.col_code
            and last_year.row_code = case when c.row_code = 'carried_over' then 'carried_forward' end
    where
        (c.section = '3' and c.row_code = 'carried_over')
        or (c.section = '2' and c.row_code in ('regulations', 'normative_documents'))
    group by all
),

prior_in_force as (
    select
        report_id,
        row_code,
        value
    from report_values
    where section = '2' and col_code = 'in_force' and value is not null
),

agreeing as (
    select
        c.report_id,
        c.section,
        c.row_code,
        c.candidate_no,
        c.prior_report_id,
        case
            when c.section = '3'
                then '上年结转 equals 结转下年度 of the same body''s previous report ' || c.prior_report_id
            else
                '现行有效 ' || c.in_force || ' = ' || cast(pf.value as bigint) || ' (现行有效 of the same body''s previous report '
                || c.prior_report_id || ') + 本年制发 ' || c.issued || ' − 本年废止 ' || c.repealed
        end as evidence
    from candidates as c
    left join prior_in_force as pf
        on c.prior_report_id = pf.report_id and c.row_code = pf.row_code
    where
        (c.section = '3' and c.cells_as_prior = c.cells and c.cells = 7)
        or (c.section = '2' and c.cells = 3 and c.in_force = pf.value + c.issued - c.repealed)
),

settled as (
    select *
    from agreeing
    qualify count(*) over (partition by report_id, section, row_code) = 1
),

final as (
    select
        v.report_id,
        v.section,
        v.row_code,
        v.col_code,
        coalesce(v.value, cast(c.candidate_value as decimal(38, 10))) as value,
        v.value_text,
        case when c.candidate_value is null then v.missing_reason end as missing_reason,
        v.source_line,
        case when c.candidate_value is null then v.value_source else 'recovered_by_prior_report' end
            as value_source,
        v.source_text,
        coalesce(s.evidence, v.evidence) as evidence,
        v.candidates,
        v.is_missing and c.candidate_value is null as is_missing
    from report_values as v
    left join settled as s
        on v.report_id = s.report_id and v.section = s.section and v.row_code = s.row_code
    left join candidate_cells as c
        on
            s.report_id = c.report_id
            and s.section = c.section
            and s.row_code = c.row_code
            and v.col_code = c.col_code
            and s.candidate_no = c.candidate_no
)

select * from final
