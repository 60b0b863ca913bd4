-- Claims with the precision of their printed number: half a unit of the last printed digit
-- (29.3% → ± 0.05). One definition for the agreement check and the prior-year range.
select
    *,
    power(10, -decimals) / 2 as tolerance
from {{ ref('stg_raw__narrative_claims') }}
