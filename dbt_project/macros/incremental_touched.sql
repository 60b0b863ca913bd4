{#
  Models that compare reports (int_report_history, fct_yoy, int_checks__across_reports) are incremental on
  the groups of reports a change touches: a report's rows there depend on the other reports of its group
  (its jurisdiction and scope, or its reporting body), never on other groups. An incremental run
    - deletes every row of a group that lost or gained a report (`delete_groups_touched`, the model's
      pre-hook: a removed report's group is read from the model's own rows, an added one's from
      `accepted`), and
    - recomputes the reports it no longer holds (all reports of the touched groups, and the new ones),
      against every report of their groups.
  Each row says in `built_in` the dbt invocation that wrote it: a later model (fct_yoy reads
  int_report_history) takes the rows written in this run as the reports touched.
  A full refresh (`dbt build --full-refresh`, whenever a stage other than the raw data changed) rebuilds
  every group; tests/test_incremental_across.py holds an incremental result equal to a full rebuild.
  `group_key`: an SQL expression naming a report's group, valid over the model's columns and `accepted`'s.
#}

{% macro delete_groups_touched(accepted, group_key) -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ group_key }} in (
            select {{ group_key }} from {{ this }}
            where report_id not in (select a.report_id from {{ accepted }} as a)
            union all
            select {{ group_key }} from {{ accepted }}
            where report_id not in (select distinct built.report_id from {{ this }} as built)
        )
    {%- endif -%}
{%- endmacro %}

{#- int_report_history's group: a jurisdiction (its code, else its name) and a scope. -#}
{% macro history_group() -%}
    coalesce(division_code, jurisdiction_zh, '') || '|' || coalesce(scope, '')
{%- endmacro %}

{#- fct_yoy's and fct_narrative_claims' rows to make again: of reports gone, of reports int_report_history wrote in this run (their
    jurisdiction and scope gained or lost a report), and of reports whose own or prior's values may be
    settled again (an ambiguous split: int_report_values__settled). -#}
{% macro delete_history_touched() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where report_id not in (select h.report_id from {{ ref('int_report_history') }} as h)
            or report_id in (
                select h.report_id from {{ ref('int_report_history') }} as h
                where h.built_in = '{{ invocation_id }}'
                    or h.report_id in ({{ _pending_reports() }})
                    or h.prior_report_id in ({{ _pending_reports() }})
            )
    {%- endif -%}
{%- endmacro %}

{% macro _pending_reports() -%}
    select pending.report_id from {{ source('raw', 'report_values') }} as pending
    where pending.candidates is not null
{%- endmacro %}

{#- int_checks__across_reports: the bodies of reports with an ambiguous split, whose values are settled
    again on every run (int_report_values__settled), are checked again. -#}
{% macro delete_bodies_pending() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where reporting_body_id in (
            select b.reporting_body_id from {{ ref('int_reports__bodies') }} as b
            where b.report_id in ({{ _pending_reports() }})
        )
    {%- endif -%}
{%- endmacro %}

{#- fct_yoy's and fct_narrative_claims' reports to make in an incremental run, as constants for their first
    CTEs (so that DuckDB computes the metrics, claims and readings views for those reports, not for all):
    read when the model is compiled, after int_report_history was built in this run and before the
    model's pre-hook (delete_history_touched): the reports of int_report_history the model holds no row
    of, and those the pre-hook deletes. `prior_ids` adds their priors (the prior's values are compared).
    Only ever a restriction beside the model's own predicate, which still decides: every row either model
    writes is of a report in int_report_history (inner join), so the list holds all of them. More than
    var checks_listed_reports: no list (`true`). -#}
{% macro history_to_build() -%}
    {%- if not is_incremental() -%}
        {{- return({'all': true}) -}}
    {%- endif -%}
    {%- set ids, priors = [], [] -%}
    {%- if execute -%}
        {%- set found = run_query(
            'select h.report_id, h.prior_report_id from ' ~ ref('int_report_history') ~ ' as h'
            ~ ' where h.report_id not in (select distinct built.report_id from ' ~ this ~ ' as built)'
            ~ " or h.built_in = '" ~ invocation_id ~ "'"
            ~ ' or h.report_id in (' ~ _pending_reports() ~ ')'
            ~ ' or h.prior_report_id in (' ~ _pending_reports() ~ ')'
            ~ ' order by 1 limit ' ~ (var('checks_listed_reports') + 1)
        ) -%}
        {%- do ids.extend(found.columns[0].values()) -%}
        {%- do priors.extend(found.columns[1].values() | reject('none')) -%}
    {%- endif -%}
    {%- set many = ids | length > var('checks_listed_reports') -%}
    {{- return({'all': many, 'ids': ids, 'prior_ids': (ids + priors) | unique | list}) -}}
{%- endmacro %}

{% macro history_filter(reports, column, with_priors=false) -%}
    {%- set ids = reports.prior_ids if with_priors else reports.ids -%}
    {%- if reports.all -%}
        true
    {%- else -%}
        {{ ids_in(column, ids) }}
    {%- endif -%}
{%- endmacro %}
