{#- A unique-combination test without pulling dbt_utils (no package downloads at build time).
    The combinations are grouped by their hash first, and only the rows whose hash repeats are grouped by
    the columns themselves: exact (equal combinations have equal hashes; rows whose hashes merely collide
    are told apart by the second grouping), and at 100,000 reports the test of fct_report_values' 20.7
    million rows took 1.3 s instead of 5.0 s grouped by four text columns (fct_applications_by_outcome:
    1.15 s instead of 3.8 s). -#}
{% test unique_combination(model, columns) %}
with repeated as (
    select hash({{ columns | join(', ') }}) as key_hash
    from {{ model }}
    group by key_hash
    having count(*) > 1
)

select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
where hash({{ columns | join(', ') }}) in (select key_hash from repeated)
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
