-- The national division list (raw.divisions: the pinned official code list and its recorded changes), with
-- the pinyin names the charts use for the places that have reports (seed jurisdictions).
with divisions as (
    select * from {{ ref('stg_raw__divisions') }}
),

pinyin as (
    select
        division_code,
        name_pinyin
    from {{ ref('jurisdictions') }}
),

final as (
    select
        divisions.division_code,
        divisions.name_zh,
        divisions.short_name_zh,
        pinyin.name_pinyin,
        divisions.tier,
        divisions.level,
        divisions.parent_code,
        divisions.city_zh,
        divisions.province_zh,
        divisions.valid_from_year,
        divisions.valid_to_year,
        divisions.source,
        divisions.change_source
    from divisions
    left join pinyin on divisions.division_code = pinyin.division_code
)

select * from final
