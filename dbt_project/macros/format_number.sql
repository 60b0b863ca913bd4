{#- A number as the findings print it (as Python's `{:g}`, integers without a point); null as 'missing'. -#}
{% macro format_number(expression) -%}
    case
        when {{ expression }} is null then 'missing'
        when {{ expression }} = floor({{ expression }}) then cast(cast({{ expression }} as hugeint) as varchar)
        else format('{:g}', cast({{ expression }} as double))
    end
{%- endmacro %}
