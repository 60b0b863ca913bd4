-- Claims with the precision of their printed number: half a unit of the last printed digit
-- (29.3% → ± 0.05). One definition for the agreement check and the prior-year range.
with claims as (
    select * from {{ ref('stg_raw__narrative_claims') }}
),

final as (
    select
        report_id,
        claim_no,
        metric,
        claim_kind,
        value,
        decimals,
        number_text,
        base_metric,
        compared_year,
        sentence,
        char_offset,
        source_line,
        refers_to_claim_no,
        alt_metrics,
        alt_base_metrics,
        implicit,
        power(10, -decimals) / 2 as tolerance
    from claims
)

select * from final
