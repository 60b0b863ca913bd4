select
    division_code,
    name_zh,
    name_pinyin,
    level,
    city_zh,
    province_zh
from {{ ref('jurisdictions') }}
