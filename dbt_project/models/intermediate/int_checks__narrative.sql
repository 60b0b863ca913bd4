-- Each figure a report's text states that its tables can check (marts.fct_narrative_claims): one row per
-- claim, in the family of its finding: narrative_agrees_with_table (warning when it fails),
-- narrative_rounding (a slip within one unit of the last printed digit: info) or narrative_ambiguous
-- (agrees only under another reading of the words: judged as stated, info, naming the reading).
-- Observed: |claim - tables|; expected: the claim's rounding tolerance (0 for counts).
with claims as (
    select
        report_id,
        claim_no,
        metric,
        claim_kind,
        value,
        number_text,
        source_line,
        char_offset,
        table_comparable,
        stated_table_comparable,
        tolerance,
        finding,
        note
    from {{ ref('fct_narrative_claims') }}
    where table_comparable is not null
),

judged as (
    select
        *,
        case finding
            when 'rounding' then 'narrative_rounding'
            when 'ambiguous' then 'narrative_ambiguous'
            else 'narrative_agrees_with_table'
        end as family_code,
        case when finding = 'ambiguous' then stated_table_comparable else table_comparable end as judged_against
    from claims
),

placed as (
    -- Two sentences of one line may print the same kind of figure of one metric at the same character:
    -- the later ones get #2, #3 (in text order), so that every check name is unique.
    select
        *,
        row_number() over (
            partition by report_id, family_code, metric, claim_kind, source_line, char_offset
            order by claim_no
        ) as repeat_no
    from judged
),

final as (
    select
        report_id,
        family_code as family,  -- noqa: RF04
        -- Named by what it checks, never by the claim's number (which moves when a claim is found before
        -- it): the metric, the kind and where the figure is printed (line, then character in its sentence).
        family_code || '.' || metric || '.' || claim_kind || '@' || cast(source_line as varchar) || ':'
        || cast(char_offset as varchar) || if(repeat_no > 1, '#' || cast(repeat_no as varchar), '') as "check",
        cast(abs(value - judged_against) as double) as observed_value,
        cast(tolerance as double) as expected_value,
        'text says ' || number_text || ' (' || claim_kind || ', line ' || cast(source_line as varchar) || ')'
        || coalesce('; ' || note, '') as observed,
        'tables say ' || format('{:.4g}', cast(table_comparable as double))
        || ' (± ' || format('{:g}', cast(tolerance as double)) || ')' as expected,
        'line ' || cast(source_line as varchar) as source  -- noqa: RF04
    from placed
)

select * from final
