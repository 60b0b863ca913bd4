{#
  Per-report marts are incremental on the reports that came and went (dbt_project.yml: the models under
  `+materialized: incremental`). A report's rows depend on that report alone, and a changed file is a new
  report_id (derived from its content hash), so an incremental run only
    - deletes the rows of reports no longer accepted (removed, changed, or quarantined): `delete_reports_gone`
      as the model's pre-hook, and
    - appends the rows of reports it does not hold yet: `new_reports_only` in the model's where clause.
  The one exception: a report with an ambiguous split (raw.report_values.candidates) may be settled by its
  body's previous report, so its rows are deleted and appended again on every run.
  When rows of unchanged reports may change (a new parser, template, reference or dbt project), the build
  driver runs `dbt build --full-refresh` (ingest/pipeline/stamp.py), and every model is rebuilt from scratch.
  The pre-hook reads int_reports__accepted: a model that does not select from it says
  `-- depends_on: {{ ref('int_reports__accepted') }}` on its first line.
  `not in (select distinct built.report_id from …)`, here and in the other incremental macros and models:
  DuckDB 2.0 builds the anti-join's hash table from every row of the subquery, one per value of a
  report's marts; with `distinct` it holds one per report (at 100,000 reports, the reports to build of
  fct_report_values took 1.3 s to list, now 0.04 s). The result is the same.
#}

{% macro new_reports_only(report_id) -%}
    {%- if is_incremental() -%}
        {{ report_id }} not in (select distinct built.report_id from {{ this }} as built)
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_reports_gone() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where report_id not in (select accepted.report_id from {{ ref('int_reports__accepted') }} as accepted)
            -- a report with an ambiguous split depends on its body's previous report too
            -- (int_report_values__settled), which may have come or gone: its rows are made again
            or report_id in (
                select pending.report_id from {{ source('raw', 'report_values') }} as pending
                where pending.candidates is not null
            )
    {%- endif -%}
{%- endmacro %}

{#- dim_report's rows also name the file a report was loaded from: a report whose file went while another
    file of the same content stayed is loaded again from that one (ingest/pipeline/changes.py), under the
    same report_id, and its row is made again. -#}
{% macro delete_reports_gone_or_moved() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where not exists (
            select 1 from {{ ref('int_reports__accepted') }} as accepted
            where
                accepted.report_id = {{ this }}.report_id
                and accepted.source_path is not distinct from {{ this }}.source_path
        )
    {%- endif -%}
{%- endmacro %}

{#- The reports a per-report mart's incremental run writes rows of, named as constants in its first CTE, so
    that DuckDB computes the views upstream (the settled and labelled values, the group totals) for those
    reports only, instead of for every report, then keeping the new ones (`new_reports_only`). Read when
    the model is compiled, before its pre-hook: the accepted reports the model holds no row of, and those
    the pre-hook deletes to make again (an ambiguous split). Every mart using it takes its reports from
    int_reports__accepted, so a report no longer accepted writes no row either way. `reports_to_build()`
    once per model (it runs a query), then `report_filter(reports, column)` wherever the old predicate was.
    More than var checks_listed_reports (a first build of many reports into an existing table): the old
    predicate, which the pre-hook's deletions make equal. -#}
{% macro reports_to_build() -%}
    {%- if not is_incremental() -%}
        {{- return({'all': true}) -}}
    {%- endif -%}
    {%- set reports = [] -%}
    {%- if execute -%}
        {%- set found = run_query(
            'select accepted.report_id from ' ~ ref('int_reports__accepted') ~ ' as accepted'
            ~ ' where accepted.report_id not in (select distinct built.report_id from ' ~ this ~ ' as built)'
            ~ ' or accepted.report_id in (' ~ _pending_reports() ~ ')'
            ~ ' order by 1 limit ' ~ (var('checks_listed_reports') + 1)
        ) -%}
        {%- do reports.extend(found.columns[0].values()) -%}
    {%- endif -%}
    {{- return({'all': false, 'many': reports | length > var('checks_listed_reports'), 'ids': reports}) -}}
{%- endmacro %}

{% macro report_filter(reports, column) -%}
    {%- if reports.all -%}
        true
    {%- elif reports.many -%}
        {{ new_reports_only(column) }}
    {%- else -%}
        {{ ids_in(column, reports.ids) }}
    {%- endif -%}
{%- endmacro %}

{#- `column` is one of `ids` (report ids named as constants, quotes doubled); none: false. -#}
{% macro ids_in(column, ids) -%}
    {%- if ids -%}
        {{ column }} in ('{{ ids | map('replace', "'", "''") | join("', '") }}')
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}

{#- int_narrative_claim_readings' pre-hook: its rows depend on a report's claims alone, which are read from
    the report's content (its report_id); the rows of reports whose claims are no longer loaded go. -#}
{% macro delete_claims_gone() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where not exists (
            select 1 from {{ ref('int_narrative_claims') }} as claims
            where claims.report_id = {{ this }}.report_id
        )
    {%- endif -%}
{%- endmacro %}
