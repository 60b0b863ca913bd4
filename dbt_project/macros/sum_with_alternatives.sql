{#- The sum of a unit of rows of which one may stand in for the others (the template's alternative_to:
    （六）其他处理's three sub-rows, or its single row other_total). An aggregate over the unit's rows: the
    sub-rows' sum where any of them holds a value (missing if one of them is missing), else the stand-in's
    value. The one place this rule is written; the parser reads the same alternative_to. -#}
{% macro sum_with_alternatives(value, is_alternative) -%}
    case
        when count({{ value }}) filter (where not {{ is_alternative }}) = 0
            then max({{ value }}) filter (where {{ is_alternative }})
        when count(*) filter (where not {{ is_alternative }} and {{ value }} is null) > 0 then null
        else sum({{ value }}) filter (where not {{ is_alternative }})
    end
{%- endmacro %}
