{#- A reporting body's name as one body is always called, whoever printed it: no spaces, 管委会 for
    管理委员会, and without the province and prefecture in front of a lower division's name (临沂市兰山区人民政府
    and 兰山区人民政府 are one body). `tier`, `city` and `province` are the body's division's. -#}
{% macro normalise_body_name(name, tier, city, province) %}
    case
        when {{ tier }} = 'county' and starts_with(({{ _squash_body(name) }}), {{ province }} || {{ city }})
            then substr(({{ _squash_body(name) }}), length({{ province }} || {{ city }}) + 1)
        when {{ tier }} = 'county' and starts_with(({{ _squash_body(name) }}), {{ city }})
            then substr(({{ _squash_body(name) }}), length({{ city }}) + 1)
        when {{ tier }} in ('county', 'prefecture') and starts_with(({{ _squash_body(name) }}), {{ province }})
            then substr(({{ _squash_body(name) }}), length({{ province }}) + 1)
        else ({{ _squash_body(name) }})
    end
{% endmacro %}

{% macro _squash_body(name) %}
    replace(regexp_replace({{ name }}, '\s+', '', 'g'), '管理委员会', '管委会')
{% endmacro %}
