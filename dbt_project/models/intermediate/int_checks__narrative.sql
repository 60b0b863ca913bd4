-- Each figure a report's text states that its tables can check (marts.fct_narrative_claims): one row per
-- claim. Observed: |claim - tables|; expected: the claim's rounding tolerance (0 for counts).
with claims as (
    select
        report_id,
        claim_no,
        metric,
        claim_kind,
        value,
        number_text,
        source_line,
        table_comparable,
        tolerance
    from {{ ref('fct_narrative_claims') }}
    where table_comparable is not null
),

final as (
    select
        report_id,
        'narrative_agrees_with_table' as family,
        'narrative_agrees_with_table.' || cast(claim_no as varchar) || '.' || metric as "check",
        cast(abs(value - table_comparable) as double) as observed_value,
        cast(tolerance as double) as expected_value,
        'text says ' || number_text || ' (' || claim_kind || ', line ' || cast(source_line as varchar) || ')'
            as observed,
        'tables say ' || format('{:.4g}', cast(table_comparable as double))
        || ' (± ' || format('{:g}', cast(tolerance as double)) || ')' as expected,
        'line ' || cast(source_line as varchar) as source
    from claims
)

select * from final
