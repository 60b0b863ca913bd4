-- Section 四 pivoted to one row per report × proceeding, plus litigation_all (the two litigation rows
-- summed; null where either is missing, so a gap is never hidden as a smaller number).
with pivoted as (
    select
        report_id,
        row_code as proceeding,
        max(case when col_code = 'upheld' then value end) as upheld,
        max(case when col_code = 'corrected' then value end) as corrected,
        max(case when col_code = 'other' then value end) as other,
        max(case when col_code = 'pending' then value end) as pending,
        max(case when col_code = 'total' then value end) as total
    from {{ ref('int_report_values__labelled') }}
    where section = '4'
    group by report_id, row_code
),

litigation_all as (
    select
        d.report_id,
        'litigation_all' as proceeding,
        d.upheld + a.upheld as upheld,
        d.corrected + a.corrected as corrected,
        d.other + a.other as other,
        d.pending + a.pending as pending,
        d.total + a.total as total
    from pivoted as d
    inner join pivoted as a
        on d.report_id = a.report_id
    where d.proceeding = 'litigation_direct' and a.proceeding = 'litigation_after_review'
)

select * from pivoted
union all
select * from litigation_all
