select
    division_code,
    name_zh,
    short_name_zh,
    tier,
    level,
    parent_code,
    city_zh,
    province_zh,
    cast(valid_from_year as integer) as valid_from_year,
    cast(valid_to_year as integer) as valid_to_year,
    source,
    change_source
from {{ source('raw', 'divisions') }}
