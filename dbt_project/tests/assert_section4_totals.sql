-- Section 四: each proceeding's 维持 + 纠正 + 其他 + 尚未审结 = 总计.
{{ config(severity='warn') }}
select
    report_id,
    proceeding,
    upheld,
    corrected,
    other,
    pending,
    total
from {{ ref('fct_review_litigation') }}
where
    proceeding != 'litigation_all'
    and upheld + corrected + other + pending != total
